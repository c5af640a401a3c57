--TEST--
socket_read(): a length of PHP_INT_MAX is rejected like other impossible lengths (rust_sockets only)
--DESCRIPTION--
The C extension's check `(length + 1) < 2` overflows for PHP_INT_MAX (undefined
behaviour in C, compiled away), so it tries to allocate 2^63 bytes and PHP dies
with "Hard memory limit ... exhausted". rust_sockets returns false, as it does
for 0 and negative lengths.
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) dies on this length'); ?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
[$a, $b] = pair();
socket_write($a, "data");
var_dump(socket_read($b, PHP_INT_MAX), socket_read($b, PHP_INT_MAX, PHP_NORMAL_READ), socket_last_error($b));
var_dump(socket_read($b, 100));
?>
--EXPECT--
bool(false)
bool(false)
int(0)
string(4) "data"
