--TEST--
TCP on 127.0.0.1: bind, listen, connect, accept, names, send, recv, shutdown
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($l, SOL_SOCKET, SO_REUSEADDR, 1));
var_dump(socket_bind($l, '127.0.0.1'));
var_dump(socket_getsockname($l, $addr, $port), $addr, $port > 0);
var_dump(socket_getsockname($l, $addr2), $addr2);
var_dump(socket_listen($l, 5));
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(@socket_getpeername($c, $none), socket_last_error($c), $none ?? 'unset');
var_dump(socket_connect($c, '127.0.0.1', $port));
$s = socket_accept($l);
var_dump($s instanceof Socket);
var_dump(socket_getpeername($s, $paddr, $pport), $paddr, socket_getsockname($c, $caddr, $cport), $pport === $cport);
var_dump(socket_getpeername($c, $x, $y), $y === $port);
var_dump(socket_send($c, "hello world", 5, 0));
var_dump(socket_send($c, "abc", 100, MSG_DONTWAIT));
var_dump(socket_recv($s, $buf, 3, MSG_PEEK), $buf);
var_dump(socket_recv($s, $buf, 100, MSG_WAITALL | MSG_DONTWAIT), $buf);
var_dump(socket_recv($s, $buf, 100, MSG_DONTWAIT), $buf, socket_last_error($s));
var_dump(socket_write($s, "reply"), socket_read($c, 100));
var_dump(socket_shutdown($c, 1));
var_dump(socket_recv($s, $buf, 100, 0), $buf);
var_dump(socket_write($s, "still open"), socket_read($c, 100));
// 8.5+: a mode other than SHUT_* is a ValueError (before: EINVAL).
var_dump(socket_shutdown($s));
try { var_dump(@socket_shutdown($s, 5), socket_last_error($s)); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(@socket_send($s, "x", 1, MSG_NOSIGNAL), socket_last_error($s));
// Connecting to a closed port.
$c2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($l);
var_dump(socket_connect($c2, '127.0.0.1', $port), socket_last_error($c2));
// Address forms and lookups.
$c3 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($c3, '127.1'), socket_getsockname($c3, $a3), $a3);
$c4 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($c4, 'localhost', 0), socket_getsockname($c4, $a4), $a4);
$c5 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($c5, "127.0.0.1\0garbage"), socket_getsockname($c5, $a5), $a5);
var_dump(socket_bind($c5, '127.0.0.1'), socket_last_error($c5));
$c6 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
try { socket_connect($c6, '127.0.0.1'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { socket_connect($c6, '127.0.0.1', null); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(socket_connect($c6, 'no-such-host.invalid', 80), socket_last_error($c6), socket_strerror(socket_last_error($c6)));
var_dump(socket_connect($c6, str_repeat('a', 300), 80), socket_last_error($c6));
var_dump(socket_bind($c6, '10.255.255.1', 1), socket_last_error($c6));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(false)
int(107)
string(5) "unset"
bool(true)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(true)
bool(true)
int(5)
int(3)
int(3)
string(3) "hel"
int(8)
string(8) "helloabc"
bool(false)
NULL
int(11)
int(5)
string(5) "reply"
bool(true)
int(0)
NULL
int(10)
string(10) "still open"
bool(true)
bool(false)
int(22)
bool(false)
int(32)

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
bool(false)
int(111)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
string(9) "127.0.0.1"

Warning: socket_bind(): Unable to bind address [22]: Invalid argument in %s on line %d
bool(false)
int(22)
socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET
socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET

Warning: socket_connect(): Host lookup failed [-10001]: Unknown host in %s on line %d
bool(false)
int(-10001)
string(12) "Unknown host"

Warning: socket_connect(): Host lookup failed [-10001]: Unknown host in %s on line %d
bool(false)
int(-10001)

Warning: socket_bind(): Unable to bind address [99]: Cannot assign requested address in %s on line %d
bool(false)
int(99)
