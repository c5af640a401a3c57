--TEST--
socket_read(): PHP_NORMAL_READ at the end of the stream with nothing left gives false and ECONNRESET
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
[$a, $b] = pair();
socket_write($a, "last\n");
socket_close($a);
dump(socket_read($b, 100, PHP_NORMAL_READ));
dump(socket_read($b, 100, PHP_NORMAL_READ));
dump(socket_last_error($b), socket_last_error());
dump(socket_read($b, 100));
socket_clear_error($b);
dump(socket_last_error($b), socket_last_error());
socket_clear_error();
dump(socket_last_error());
?>
--EXPECTF--
string(5) "last\n"

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
int(104)
int(104)
string(0) ""
int(0)
int(104)
int(0)
