--TEST--
socket_create_pair(): invalid domain and type, and what the kernel refuses
--EXTENSIONS--
sockets
--FILE--
<?php
$pair = 'untouched';
foreach ([[-1, SOCK_STREAM], [AF_UNIX + 100, SOCK_STREAM], [PHP_INT_MAX, SOCK_STREAM],
          [AF_UNIX, 11], [AF_UNIX, PHP_INT_MAX]] as [$domain, $type]) {
    try {
        var_dump(socket_create_pair($domain, $type, 0, $pair));
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump($pair, socket_last_error());

// AF_INET pairs are not supported by Linux: a warning, false, $pair untouched.
var_dump(socket_create_pair(AF_INET, SOCK_STREAM, 0, $pair));
var_dump($pair, socket_last_error(), socket_strerror(socket_last_error()));
var_dump(socket_create_pair(AF_INET6, SOCK_DGRAM, 0, $pair));
var_dump(socket_last_error());
// A protocol AF_UNIX does not know, a type it does not know, negative type.
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 12345, $pair));
var_dump(socket_last_error());
var_dump(socket_create_pair(AF_UNIX, 9, 0, $pair));
var_dump(socket_last_error());
var_dump(socket_create_pair(AF_UNIX, -1, 0, $pair));
var_dump(socket_last_error());
var_dump(socket_create_pair(AF_UNIX, SOCK_RAW, 0, $pair));
var_dump(socket_last_error());
var_dump($pair);
socket_clear_error();
var_dump(socket_last_error());
?>
--EXPECTF--
ValueError: socket_create_pair(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
ValueError: socket_create_pair(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
ValueError: socket_create_pair(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
ValueError: socket_create_pair(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM
ValueError: socket_create_pair(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM
string(9) "untouched"
int(0)

Warning: socket_create_pair(): Unable to create socket pair [95]: Operation not supported in %s on line %d
bool(false)
string(9) "untouched"
int(95)
string(23) "Operation not supported"

Warning: socket_create_pair(): Unable to create socket pair [95]: Operation not supported in %s on line %d
bool(false)
int(95)

Warning: socket_create_pair(): Unable to create socket pair [93]: Protocol not supported in %s on line %d
bool(false)
int(93)

Warning: socket_create_pair(): Unable to create socket pair [94]: Socket type not supported in %s on line %d
bool(false)
int(94)

Warning: socket_create_pair(): Unable to create socket pair [22]: Invalid argument in %s on line %d
bool(false)
int(22)
bool(true)
int(22)
array(2) {
  [0]=>
  object(Socket)#3 (0) {
  }
  [1]=>
  object(Socket)#2 (0) {
  }
}
int(0)
