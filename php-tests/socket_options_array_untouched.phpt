--TEST--
socket_set_option(): the caller's SO_LINGER / SO_RCVTIMEO array is not changed (rust_sockets only)
--DESCRIPTION--
The C extension converts the array's elements to int in place, so a caller's
array of strings comes back holding ints (and a literal array shared with
other code is changed too). rust_sockets only reads them.
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) changes the array'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, 0);
$o = ['l_onoff' => "1", 'l_linger' => "5"];
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, $o), $o);
$t = ['sec' => "2", 'usec' => 0.5];
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, $t), $t, socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
?>
--EXPECT--
bool(true)
array(2) {
  ["l_onoff"]=>
  string(1) "1"
  ["l_linger"]=>
  string(1) "5"
}
bool(true)
array(2) {
  ["sec"]=>
  string(1) "2"
  ["usec"]=>
  float(0.5)
}
array(2) {
  ["sec"]=>
  int(2)
  ["usec"]=>
  int(0)
}
