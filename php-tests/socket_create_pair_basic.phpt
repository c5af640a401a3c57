--TEST--
socket_create_pair(): stream, datagram and seqpacket pairs of AF_UNIX
--EXTENSIONS--
sockets
--FILE--
<?php
pcntl_alarm(60); // bounded: a read that blocks fails the test
foreach (['SOCK_STREAM' => SOCK_STREAM, 'SOCK_DGRAM' => SOCK_DGRAM, 'SOCK_SEQPACKET' => SOCK_SEQPACKET] as $name => $type) {
    $pair = null;
    var_dump(socket_create_pair(AF_UNIX, $type, 0, $pair));
    var_dump(count($pair), array_keys($pair), $pair[0] instanceof Socket, $pair[1] instanceof Socket);
    var_dump(socket_write($pair[0], "ping $name"));
    var_dump(socket_read($pair[1], 100));
    var_dump(socket_write($pair[1], "pong"));
    var_dump(socket_read($pair[0], 100));
    var_dump(socket_last_error($pair[0]), socket_last_error($pair[1]), socket_last_error());
}
var_dump($pair);
?>
--EXPECTF--
bool(true)
int(2)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
bool(true)
bool(true)
int(16)
string(16) "ping SOCK_STREAM"
int(4)
string(4) "pong"
int(0)
int(0)
int(0)
bool(true)
int(2)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
bool(true)
bool(true)
int(15)
string(15) "ping SOCK_DGRAM"
int(4)
string(4) "pong"
int(0)
int(0)
int(0)
bool(true)
int(2)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
bool(true)
bool(true)
int(19)
string(19) "ping SOCK_SEQPACKET"
int(4)
string(4) "pong"
int(0)
int(0)
int(0)
array(2) {
  [0]=>
  object(Socket)#1 (0) {
  }
  [1]=>
  object(Socket)#2 (0) {
  }
}
