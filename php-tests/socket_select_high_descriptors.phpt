--TEST--
socket_select(): descriptors numbered 1024 and above in all three arrays, a timeout and a signal, as for low ones (rust_sockets only)
--DESCRIPTION--
PHP 8.2's sockets.so builds fd_sets, which stop at FD_SETSIZE (1024): as soon
as one descriptor in the arrays is numbered 1024 or above it warns "You MUST
recompile PHP with a larger value of FD_SETSIZE. It is set to 1024, but you
have descriptors numbered at least as high as N. ...", returns false and
leaves the arrays as they were. rust_sockets waits with ppoll(), which has no
such limit, and gives the same results as for low descriptors.

The descriptors are pushed up portably: the kernel hands out the lowest free
number (POSIX), so with 1100 files open first, the sockets created next are
numbered above them; the files are closed again before selecting.
--EXTENSIONS--
sockets
posix
pcntl
--SKIPIF--
<?php
require __DIR__ . '/helpers.inc';
if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) refuses descriptors >= FD_SETSIZE (1024) with "You MUST recompile PHP with a larger value of FD_SETSIZE" and false');
$l = posix_getrlimit();
$hard = $l['hard openfiles'];
if ($hard !== 'unlimited' && (int) $hard < 1200) die("skip needs RLIMIT_NOFILE of 1200, the hard limit is $hard");
?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time(20);
// Room for 1100 descriptors and the sockets above them.
$l = posix_getrlimit();
$soft = $l['soft openfiles'];
if ($soft !== 'unlimited' && (int) $soft < 1200) {
    $hard = $l['hard openfiles'];
    $want = $hard === 'unlimited' ? 1200 : min(1200, (int) $hard);
    var_dump(posix_setrlimit(POSIX_RLIMIT_NOFILE, $want, $hard === 'unlimited' ? POSIX_RLIMIT_INFINITY : (int) $hard));
} else {
    var_dump(true);
}
// One pair below 1024, then everything else above it.
[$low0, $low1] = pair();
$fillers = [];
for ($i = 0; $i < 1100; $i++) {
    $fillers[] = fopen('/dev/null', 'r');
}
$before = open_fd_numbers();
[$a0, $a1] = pair();
[$b0, $b1] = pair();
[$client, $server, $listener] = tcp_pair();
// The seven sockets made after the files all have numbers from 1024 on.
$new = array_diff(open_fd_numbers(), $before);
var_dump(count($new), min($new) >= 1024);
$fillers = [];
function keys($arr) { return $arr === null ? 'null' : '[' . implode(',', array_keys($arr)) . ']'; }

// Nothing to read yet; everything writable; no out-of-band data.
$r = ['a' => $a0, 'b' => $b0, 'low' => $low0]; $w = [$a1, 5 => $b1, $low1]; $e = [$server, $client];
var_dump(socket_select($r, $w, $e, 0), keys($r), keys($w), keys($e));

// Data on a0 and on the low pair, out-of-band data on the server side.
socket_write($a1, "data");
socket_write($low1, "low");
socket_send($client, "!", 1, MSG_OOB);
$r = ['a' => $a0, 'b' => $b0, 'low' => $low0, 'srv' => $server];
$w = [$a1, 5 => $b1];
$e = [$server, $client];
$t = microtime(true);
var_dump(socket_select($r, $w, $e, 5), keys($r), keys($w), keys($e));
var_dump($r['a'] === $a0, $e[0] === $server, microtime(true) - $t < 4);
var_dump(socket_read($a0, 100), socket_read($low0, 100));

// The same socket twice (counted once), and the same variable for two sets.
socket_write($b1, "b");
$r = [$b0, $a0, $b0]; $w = null; $e = null;
var_dump(socket_select($r, $w, $e, 0), keys($r));
socket_write($a1, "a");
$rw = [$a0, 'x' => $low0, $b0];
var_dump(socket_select($rw, $rw, $e, 0), keys($rw));
var_dump(socket_read($a0, 10), socket_read($b0, 10));

// A timeout with nothing ready.
$r = [$b0, $a0]; $w = null; $e = null;
$t = microtime(true);
var_dump(socket_select($r, $w, $e, 0, 300000), keys($r), microtime(true) - $t >= 0.25);

// A signal during an endless wait: EINTR, arrays untouched, handler runs.
pcntl_signal(SIGALRM, function () { echo "alarm handler ran\n"; }, false);
pcntl_alarm(1);
$r = ['b' => $b0]; $w = null; $e = [$client];
var_dump(socket_select($r, $w, $e, null), socket_last_error(), keys($r), keys($e));
pcntl_signal_dispatch();
pcntl_signal(SIGALRM, SIG_DFL);
bound_test_time(20);

// Still usable afterwards.
socket_write($b1, "x");
$w = null;
$r = ['b' => $b0]; $e = null;
var_dump(socket_select($r, $w, $e, 5), keys($r));
?>
--EXPECTF--
bool(true)
int(7)
bool(true)
int(3)
string(2) "[]"
string(7) "[0,5,6]"
string(2) "[]"
int(5)
string(7) "[a,low]"
string(5) "[0,5]"
string(3) "[0]"
bool(true)
bool(true)
bool(true)
string(4) "data"
string(3) "low"
int(1)
string(5) "[0,2]"
int(5)
string(5) "[0,1]"
string(1) "a"
string(1) "b"
int(0)
string(2) "[]"
bool(true)

Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line %d
bool(false)
int(4)
string(3) "[b]"
string(3) "[0]"
alarm handler ran
int(1)
string(3) "[b]"
