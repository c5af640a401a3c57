--TEST--
socket_set_option(): the caller's SO_LINGER / SO_RCVTIMEO array is not changed (rust_sockets only)
--DESCRIPTION--
The C extension of 8.2 converts the array's elements to int in place, so a
caller's array of strings comes back holding ints (and an object's
properties, and a literal array in the compiled code, which the next run of
the same line then sees changed). rust_sockets converts them in the call's
own copy: traces of the call show what they show with the C extension.
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
// What a trace shows (8.2: the converted fields), and the caller's values after.
set_error_handler(function ($no, $msg) { echo $msg, ': ', json_encode(debug_backtrace()[1]['args'][3]), "\n"; return true; });
$o = (object) ['l_onoff' => "1", 'l_linger' => "5"];
for ($i = 0; $i < 2; $i++) {
    socket_set_option($s, 9999, SO_LINGER, ['l_onoff' => "1", 'l_linger' => "5"]);
    socket_set_option($s, 9999, SO_LINGER, $o);
    socket_set_option($s, 9999, SO_SNDTIMEO, $t);
}
var_dump($o, $t);
?>
--EXPECTF--
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
socket_set_option(): Unable to set socket option [92]: Protocol not available: {"l_onoff":1,"l_linger":5}
socket_set_option(): Unable to set socket option [92]: Protocol not available: {"l_onoff":1,"l_linger":5}
socket_set_option(): Unable to set socket option [92]: Protocol not available: {"sec":2,"usec":0}
socket_set_option(): Unable to set socket option [92]: Protocol not available: {"l_onoff":1,"l_linger":5}
socket_set_option(): Unable to set socket option [92]: Protocol not available: {"l_onoff":1,"l_linger":5}
socket_set_option(): Unable to set socket option [92]: Protocol not available: {"sec":2,"usec":0}
object(stdClass)#3 (2) {
  ["l_onoff"]=>
  string(1) "1"
  ["l_linger"]=>
  string(1) "5"
}
array(2) {
  ["sec"]=>
  string(1) "2"
  ["usec"]=>
  float(0.5)
}
