--TEST--
socket_read(): PHP_BINARY_READ lengths, modes, end of stream and datagrams
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_write($a, "0123456789");
// Lengths the C extension rejects without a warning or errno (PHP_INT_MAX
// is in socket_read_int_max.phpt: the C extension dies on it).
foreach ([0, -1, -100, PHP_INT_MIN] as $len) {
    var_dump(socket_read($b, $len), socket_last_error($b), socket_last_error());
}
var_dump(socket_read($b, 3));
var_dump(socket_read($b, 3, PHP_BINARY_READ));
// Any mode other than PHP_NORMAL_READ is a binary read.
var_dump(socket_read($b, 1, 0));
var_dump(socket_read($b, 1, 3));
var_dump(socket_read($b, 1, -1));
var_dump(socket_read($b, 100));
// Weak-mode lengths and modes.
socket_write($a, "abcdef");
var_dump(socket_read($b, "2"));
var_dump(socket_read($b, 2.0, "2"));
var_dump(socket_read($b, true));
var_dump(socket_read(mode: PHP_BINARY_READ, length: 10, socket: $b));
// End of stream: an empty string, every time, without an error.
socket_close($a);
var_dump(socket_read($b, 10), socket_read($b, 10), socket_last_error($b));
socket_close($b);

// A datagram is read whole or truncated to the length; the rest is gone.
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $d);
socket_write($d[0], "first datagram");
socket_write($d[0], "second");
var_dump(socket_read($d[1], 5));
var_dump(socket_read($d[1], 100));
socket_write($d[0], "");
var_dump(socket_read($d[1], 100));
// Argument errors.
foreach ([fn() => socket_read($d[1]), fn() => socket_read($d[1], "x"), fn() => socket_read($d[1], 1, "x"),
          fn() => socket_read("s", 1), fn() => socket_read($d[1], 1, 2, 3), fn() => socket_read($d[1], null),
          fn() => socket_read($d[1], 1.5), fn() => socket_read($d[1], 10)] as $f) {
    socket_write($d[0], "x");
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
?>
--EXPECTF--
bool(false)
int(0)
int(0)
bool(false)
int(0)
int(0)
bool(false)
int(0)
int(0)
bool(false)
int(0)
int(0)
string(3) "012"
string(3) "345"
string(1) "6"
string(1) "7"
string(1) "8"
string(1) "9"
string(2) "ab"
string(2) "cd"
string(1) "e"
string(1) "f"
string(0) ""
string(0) ""
int(0)
string(5) "first"
string(6) "second"
string(0) ""
ArgumentCountError: socket_read() expects at least 2 arguments, 1 given
TypeError: socket_read(): Argument #2 ($length) must be of type int, string given
TypeError: socket_read(): Argument #3 ($mode) must be of type int, string given
TypeError: socket_read(): Argument #1 ($socket) must be of type Socket, string given
ArgumentCountError: socket_read() expects at most 3 arguments, 4 given

Deprecated: socket_read(): Passing null to parameter #2 ($length) of type int is deprecated in %s on line %d
bool(false)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line %d
string(1) "x"
string(1) "x"
