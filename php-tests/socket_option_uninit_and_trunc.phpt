--TEST--
socket_get_option() of an empty option value gives 0; socket_recv() with MSG_TRUNC never shows bytes past its buffer (rust_sockets only)
--DESCRIPTION--
Found by the differential fuzzer. When getsockopt() returns no bytes (IP_OPTIONS
on a socket without any), the C extension returns its uninitialised int. With
MSG_TRUNC, recv() returns the datagram's full length, and the C extension sets
the string's length to it, reading past its buffer. rust_sockets returns 0, and
a string of at most $length bytes (with the full length as the return value).
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) reads uninitialised memory here'); ?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($t, IPPROTO_IP, 4));
[$a, $b] = pair(SOCK_DGRAM);
socket_write($a, "0123456789");
var_dump(socket_recv($b, $buf, 4, MSG_TRUNC), $buf);
socket_write($a, "abc");
var_dump(socket_recv($b, $buf, 10, MSG_TRUNC), $buf);
?>
--EXPECT--
int(0)
int(10)
string(4) "0123"
int(3)
string(3) "abc"
