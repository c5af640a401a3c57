--TEST--
socket_read(): PHP_NORMAL_READ returns a final line without terminator at end of stream (rust_sockets only)
--DESCRIPTION--
The C extension loses such a line: it reads it byte by byte, then keeps
calling recv() on the closed stream 200 times and returns false with
ECONNRESET, discarding what it read. rust_sockets returns the line; the next
read reports the end of the stream as the C extension does.
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) loses the line'); ?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
[$a, $b] = pair();
socket_write($a, "complete\nfinal line, no newline");
socket_close($a);
dump(socket_read($b, 100, PHP_NORMAL_READ));
dump(socket_read($b, 100, PHP_NORMAL_READ));
dump(socket_read($b, 100, PHP_NORMAL_READ), socket_last_error($b));
?>
--EXPECTF--
string(9) "complete\n"
string(22) "final line, no newline"

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
int(104)
