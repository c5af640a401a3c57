--TEST--
socket_write(): $length handling and return values
--EXTENSIONS--
sockets
--FILE--
<?php
pcntl_alarm(60); // bounded: a read that blocks fails the test
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
var_dump(socket_write($a, "hello"));
var_dump(socket_write($a, "hello", null));
var_dump(socket_write($a, "hello", 2));
var_dump(socket_write($a, "hello", 0));
var_dump(socket_write($a, "hello", 100));
var_dump(socket_write($a, "hello", PHP_INT_MAX));
var_dump(socket_write($a, ""));
var_dump(socket_write($a, "", 5));
var_dump(socket_write($a, "12", "1"));
var_dump(socket_write($a, 12345));
var_dump(socket_write($a, 1.5));
var_dump(socket_write($a, true));
var_dump(socket_write(length: 3, data: "abcdef", socket: $a));
var_dump(socket_read($b, 1000));
try { socket_write($a, "x", -1); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { socket_write($a, "x", PHP_INT_MIN); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(socket_last_error($a), socket_last_error());
?>
--EXPECTF--
int(5)
int(5)
int(2)
int(0)
int(5)
int(5)
int(0)
int(0)
int(1)
int(5)
int(3)
int(1)
int(3)
string(35) "hellohellohehellohello1123451.51abc"
ValueError: socket_write(): Argument #3 ($length) must be greater than or equal to 0
socket_write(): Argument #3 ($length) must be greater than or equal to 0
int(0)
int(0)
