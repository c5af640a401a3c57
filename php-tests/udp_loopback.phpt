--TEST--
UDP on 127.0.0.1: sendto, recvfrom, connected datagrams, truncation
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
$a = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($a, '127.0.0.1', 0);
socket_getsockname($a, $ah, $ap);
$b = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($b, '127.0.0.1', 0);
socket_getsockname($b, $bh, $bp);
var_dump(socket_sendto($b, "datagram one", 100, 0, '127.0.0.1', $ap));
var_dump(socket_sendto($b, "datagram two", 8, 0, '127.0.0.1', $ap));
var_dump(socket_recvfrom($a, $buf, 100, 0, $from, $port), $buf, $from, $port === $bp);
var_dump(socket_recvfrom($a, $buf, 3, 0, $from, $port), $buf);
var_dump(socket_recvfrom($a, $buf, 100, MSG_DONTWAIT, $from, $port), socket_last_error($a), $buf);
try { socket_recvfrom($a, $buf, 100, 0, $from); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { socket_sendto($b, "x", 1, 0, '127.0.0.1'); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { socket_sendto($b, "x", -1, 0, '127.0.0.1', 1); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(socket_recvfrom($a, $buf, 0, 0, $from, $port), socket_recvfrom($a, $buf, -5, 0, $from, $port));
// Connected: send/recv and read/write.
var_dump(socket_connect($b, '127.0.0.1', $ap));
var_dump(socket_send($b, "connected", 9, 0), socket_recv($a, $buf, 100, 0), $buf);
var_dump(socket_write($b, ""), socket_recvfrom($a, $buf, 100, 0, $from, $port), $buf);
// A datagram too large.
var_dump(socket_sendto($b, str_repeat("x", 70000), 70000, 0, '127.0.0.1', $ap), socket_last_error($b));
var_dump(socket_sendto($b, "x", 1, 0, 'no-such-host.invalid', 1), socket_last_error($b));
?>
--EXPECTF--
int(12)
int(8)
int(12)
string(12) "datagram one"
string(9) "127.0.0.1"
bool(true)
int(3)
string(3) "dat"
bool(false)
int(11)
string(3) "dat"
ArgumentCountError: Wrong parameter count for socket_recvfrom()
ValueError: socket_sendto(): Argument #6 ($port) cannot be null when the socket type is AF_INET
ValueError: socket_sendto(): Argument #3 ($length) must be greater than or equal to 0
bool(false)
bool(false)
bool(true)
int(9)
int(9)
string(9) "connected"
int(0)
int(0)
string(0) ""

Warning: socket_sendto(): Unable to write to socket [90]: Message too long in %s on line %d
bool(false)
int(90)

Warning: socket_sendto(): Host lookup failed [-10001]: Unknown host in %s on line %d
bool(false)
int(-10001)
