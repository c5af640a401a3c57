--TEST--
IPV6_PKTINFO with a null address: warnings and false, not a crash (rust_sockets only)
--DESCRIPTION--
PHP 8.2's conversions.c formats its message with the original zval's string
pointer, which a null does not have: sockets.so segfaults. rust_sockets
reports the address it tried ('').
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) crashes here');
if (!@socket_create(AF_INET6, SOCK_DGRAM, 0)) die('skip no IPv6'); ?>
--FILE--
<?php
$s = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => null, 'ifindex' => 0]));
var_dump(socket_sendmsg($s, ['iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => null, 'ifindex' => 0]]]]));
echo "survived\n";
?>
--EXPECTF--
Warning: socket_set_option(): Host lookup failed [%i]: %s in %s on line %d

Warning: socket_set_option(): error converting user data (path: in6_pktinfo > addr): could not resolve address '' to get an AF_INET6 address in %s on line %d
bool(false)

Warning: socket_sendmsg(): Host lookup failed [%i]: %s in %s on line %d

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > addr): could not resolve address '' to get an AF_INET6 address in %s on line %d
bool(false)
survived
