--TEST--
socket_select(): ready sockets kept under their keys, timeouts, counts, errors
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
[$a, $b] = pair();
[$c, $d] = pair();
function keys($arr) { return $arr === null ? 'null' : '[' . implode(',', array_keys($arr)) . ']'; }
// Nothing to read yet; everything writable.
$r = ['first' => $a, 7 => $c]; $w = ['x' => $b, 'y' => $d]; $e = [$a];
var_dump(socket_select($r, $w, $e, 0), keys($r), keys($w), keys($e));
socket_write($b, "data");
$r = ['first' => $a, 7 => $c]; $w = null; $e = null;
var_dump(socket_select($r, $w, $e, 0, 0), keys($r), $r['first'] === $a, keys($w));
// The same socket twice, in one array and in two: counted once per set.
$r = [$a, $a, 'k' => $a]; $w = [$a]; $e = [];
var_dump(socket_select($r, $w, $e, 0), keys($r), keys($w), keys($e));
// The same variable for read and write.
$rw = [$a, $c];
var_dump(socket_select($rw, $rw, $e, 0), keys($rw));
// References inside the arrays.
$ref = $a; $r = [&$ref]; $w = null;
var_dump(socket_select($r, $w, $e, 0), keys($r));
// Timeouts: microseconds above a second, nothing ready.
$r = [$c]; $w = null; $e = null;
$t = microtime(true);
var_dump(socket_select($r, $w, $e, 0, 1100000), keys($r), microtime(true) - $t >= 1.0);
$r = [$c];
var_dump(socket_select($r, $w, $e, 0, 250000), keys($r));
// Negative timeouts.
$r = [$c];
var_dump(@socket_select($r, $w, $e, -1), socket_last_error(), keys($r));
$r = [$c];
var_dump(@socket_select($r, $w, $e, 1, -5), socket_last_error());
$r = [$c];
var_dump(socket_select($r, $w, $e, 1, -1000000), keys($r));
// End of stream is readable; so is a listening socket with a connection.
socket_close($d);
$r = [$c];
var_dump(socket_select($r, $w, $e, null), keys($r));
[$l, $port] = tcp_listener();
$cl = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($cl, '127.0.0.1', $port);
$r = ['listener' => $l];
var_dump(socket_select($r, $w, $e, 5), keys($r));
// Out-of-band data shows in the except set.
$srv = socket_accept($l);
socket_send($cl, "!", 1, MSG_OOB);
usleep(50000);
$r = null; $e = [$srv];
var_dump(socket_select($r, $w, $e, 1), keys($e));
// A descriptor closed under its Socket (through an exported stream): EBADF,
// arrays untouched.
[$x0, $x1] = pair();
fclose(socket_export_stream($x0));
$r = [$x0, $c]; $w = [$x1]; $e = null;
var_dump(socket_select($r, $w, $e, 5), socket_last_error(), keys($r), keys($w));
// Errors.
$closed = pair()[0]; socket_close($closed);
foreach ([
    fn() => socket_select($n1, $n2, $n3, 0),
    function () { $x = []; $y = []; $z = []; return socket_select($x, $y, $z, 0); },
    function () use ($a) { $x = [$a, 1]; $y = null; $z = null; return socket_select($x, $y, $z, 0); },
    function () use ($a) { $x = null; $y = [new stdClass]; $z = null; return socket_select($x, $y, $z, 0); },
    function () use ($closed) { $x = null; $y = null; $z = [$closed]; return socket_select($x, $y, $z, 0); },
    function () { $x = "str"; $y = null; $z = null; return socket_select($x, $y, $z, 0); },
    function () use ($a) { $x = [$a]; $y = null; $z = null; return socket_select($x, $y, $z); },
    function () use ($a) { $x = [$a]; $y = null; $z = null; return socket_select($x, $y, $z, "1"); },
    function () use ($a) { $x = [$a]; $y = null; $z = null; return socket_select($x, $y, $z, "x"); },
    function () use ($a) { $x = [$a]; $y = null; $z = null; return socket_select($x, $y, $z, 0, null); },
    fn() => socket_select([$a], $n2, $n3, 0),
] as $f) {
    try { var_dump($f()); } catch (Throwable $ex) { echo get_class($ex), ': ', $ex->getMessage(), "\n"; }
}
?>
--EXPECTF--
int(2)
string(2) "[]"
string(5) "[x,y]"
string(2) "[]"
int(1)
string(7) "[first]"
bool(true)
string(4) "null"
int(2)
string(7) "[0,1,k]"
string(3) "[0]"
string(2) "[]"
int(3)
string(3) "[0]"
int(1)
string(3) "[0]"
int(0)
string(2) "[]"
bool(true)
int(0)
string(2) "[]"
bool(false)
int(22)
string(3) "[0]"
bool(false)
int(22)

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
bool(false)
string(3) "[0]"
int(1)
string(3) "[0]"
int(1)
string(10) "[listener]"
int(1)
string(3) "[0]"

Warning: socket_select(): Unable to select [9]: Bad file descriptor in %s on line %d
bool(false)
int(9)
string(5) "[0,1]"
string(3) "[0]"
ValueError: socket_select(): At least one array argument must be passed
ValueError: socket_select(): At least one array argument must be passed
TypeError: socket_select(): Argument #1 ($read) must only have elements of type Socket, int given
TypeError: socket_select(): Argument #2 ($write) must only have elements of type Socket, stdClass given
TypeError: socket_select(): Argument #3 ($except) contains a closed socket
TypeError: socket_select(): Argument #1 ($read) must be of type ?array, string given
ArgumentCountError: socket_select() expects at least 4 arguments, 3 given
int(1)
TypeError: socket_select(): Argument #4 ($seconds) must be of type ?int, string given

Deprecated: socket_select(): Passing null to parameter #5 ($microseconds) of type int is deprecated in %s on line %d
int(1)
Error: socket_select(): Argument #1 ($read) cannot be passed by reference
