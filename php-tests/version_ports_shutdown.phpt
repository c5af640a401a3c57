--TEST--
Ports outside 0..65535 (truncated until 8.4, ValueError from 8.5) and socket_shutdown() modes (EINVAL until 8.4, ValueError from 8.5)
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
// Ports that truncate to 0 (any free port) where they are truncated.
foreach ([65536, 131072, PHP_INT_MIN, -65536] as $port) {
    outcome("create_listen($port)", fn() => socket_create_listen($port));
    outcome("bind($port)", fn() => socket_bind(socket_create(AF_INET, SOCK_DGRAM, 0), '127.0.0.1', $port));
    outcome("bind6($port)", fn() => socket_bind(socket_create(AF_INET6, SOCK_DGRAM, 0), '::1', $port));
    outcome("sendto($port)", fn() => @socket_sendto(socket_create(AF_INET, SOCK_DGRAM, 0), "x", 1, 0, '127.0.0.1', $port));
    outcome("connect($port)", fn() => @socket_connect(socket_create(AF_INET, SOCK_DGRAM, 0), '127.0.0.1', $port));
}
// The checks come after the closed-socket check, before the host lookup
// and (sendto) before the length check.
$closed = socket_create(AF_INET, SOCK_DGRAM, 0);
socket_close($closed);
outcome('bind closed', fn() => socket_bind($closed, '127.0.0.1', 70000));
outcome('sendto closed', fn() => socket_sendto($closed, "x", 1, 0, '127.0.0.1', 70000));
outcome('bind unknown host', fn() => @socket_bind(socket_create(AF_INET, SOCK_DGRAM, 0), 'no-such-host.invalid', 70000));
outcome('sendto length -1', fn() => socket_sendto(socket_create(AF_INET, SOCK_DGRAM, 0), "x", -1, 0, '127.0.0.1', 70000));
outcome('bind unix', fn() => socket_bind(socket_create(AF_UNIX, SOCK_DGRAM, 0), "\0rs-ports-" . getmypid(), 70000));
outcome('sendto unix', fn() => @socket_sendto(socket_create(AF_UNIX, SOCK_DGRAM, 0), "x", 1, 0, "\0rs-none", 70000));
outcome('sendto null port', fn() => socket_sendto(socket_create(AF_UNIX, SOCK_DGRAM, 0), "x", 1, 0, "\0rs-none", null));
foreach ([0, 1, 2, 3, -1, PHP_INT_MAX] as $mode) {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    outcome("shutdown($mode)", fn() => @socket_shutdown($p[0], $mode));
}
outcome('shutdown closed', fn() => socket_shutdown($closed, 7));
?>
--EXPECTF--
create_listen(65536): 'Socket' 0
bind(65536): true 0
bind6(65536): true 0
sendto(65536): false 22
connect(65536): true 0
create_listen(131072): 'Socket' 0
bind(131072): true 0
bind6(131072): true 0
sendto(131072): false 22
connect(131072): true 0
create_listen(-9223372036854775808): 'Socket' 0
bind(-9223372036854775808): true 0
bind6(-9223372036854775808): true 0
sendto(-9223372036854775808): false 22
connect(-9223372036854775808): true 0
create_listen(-65536): 'Socket' 0
bind(-65536): true 0
bind6(-65536): true 0
sendto(-65536): false 22
connect(-65536): true 0
bind closed: Error: socket_bind(): Argument #1 ($socket) has already been closed
sendto closed: Error: socket_sendto(): Argument #1 ($socket) has already been closed
bind unknown host: false -10001
sendto length -1: ValueError: socket_sendto(): Argument #3 ($length) must be greater than or equal to 0
bind unix: true 0
sendto unix: false 22

Warning: socket_sendto(): Unable to write to socket [22]: Invalid argument in %s on line %d
sendto null port: false 22
shutdown(0): true 0
shutdown(1): true 0
shutdown(2): true 0
shutdown(3): false 22
shutdown(-1): false 22
shutdown(9223372036854775807): false 22
shutdown closed: Error: socket_shutdown(): Argument #1 ($socket) has already been closed
