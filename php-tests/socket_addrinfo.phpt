--TEST--
socket_addrinfo_lookup(), _explain(), _bind(), _connect() and the AddressInfo class
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
$list = socket_addrinfo_lookup('127.0.0.1', '0', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
var_dump(count($list), $list[0] instanceof AddressInfo);
var_dump(socket_addrinfo_explain($list[0]));
$udp = socket_addrinfo_lookup('127.0.0.1', '5353', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_DGRAM, 'ai_protocol' => SOL_UDP, 'ai_flags' => AI_NUMERICHOST]);
var_dump(socket_addrinfo_explain($udp[0]));
// Without hints: every socket type.
$all = socket_addrinfo_lookup('127.0.0.1');
var_dump(count($all) >= 1, array_unique(array_map(fn($ai) => socket_addrinfo_explain($ai)['ai_family'], $all)));
// Canonical names.
$canon = socket_addrinfo_lookup('localhost', null, ['ai_flags' => AI_CANONNAME, 'ai_family' => AF_INET]);
var_dump(socket_addrinfo_explain($canon[0])['ai_canonname']);
// Bind one, connect another to it.
$srv = socket_addrinfo_bind($list[0]);
var_dump($srv instanceof Socket, socket_listen($srv), socket_getsockname($srv, $h, $port), $h);
$target = socket_addrinfo_lookup('127.0.0.1', (string) $port, ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
$cli = socket_addrinfo_connect($target[0]);
var_dump($cli instanceof Socket, socket_write($cli, "via addrinfo"), socket_read(socket_accept($srv), 100));
// Failures.
var_dump(socket_addrinfo_lookup('no-such-host.invalid'));
var_dump(socket_addrinfo_lookup('127.0.0.1', 'no-such-service'));
$busy = socket_addrinfo_lookup('127.0.0.1', (string) $port, ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
var_dump(@socket_addrinfo_bind($busy[0]), socket_last_error());
$closed = socket_addrinfo_lookup('127.0.0.1', '1', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
var_dump(@socket_addrinfo_connect($closed[0]), socket_last_error());
// Hints: until 8.4 list arrays and numeric keys are ignored (8.5+: ValueError);
// unknown string keys are not.
foreach ([[1, 2, 3], [5 => 1, 'ai_family' => AF_INET]] as $h) {
    try { var_dump(count(socket_addrinfo_lookup('127.0.0.1', null, $h)) >= 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
foreach ([fn() => socket_addrinfo_lookup('127.0.0.1', null, ['ai_bogus' => 1]),
          fn() => socket_addrinfo_lookup('127.0.0.1', null, 'hints'),
          fn() => socket_addrinfo_lookup(), fn() => socket_addrinfo_explain(new stdClass),
          fn() => socket_addrinfo_bind(socket_create(AF_INET, SOCK_STREAM, 0)),
          fn() => new AddressInfo(), fn() => clone $list[0], fn() => serialize($list[0]),
          fn() => $list[0] == $list[0], fn() => $list[0] == $all[0]] as $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
var_dump($list[0]);
?>
--EXPECTF--
int(1)
bool(true)
array(5) {
  ["ai_flags"]=>
  int(0)
  ["ai_family"]=>
  int(2)
  ["ai_socktype"]=>
  int(1)
  ["ai_protocol"]=>
  int(6)
  ["ai_addr"]=>
  array(2) {
    ["sin_port"]=>
    int(0)
    ["sin_addr"]=>
    string(9) "127.0.0.1"
  }
}
array(5) {
  ["ai_flags"]=>
  int(4)
  ["ai_family"]=>
  int(2)
  ["ai_socktype"]=>
  int(2)
  ["ai_protocol"]=>
  int(17)
  ["ai_addr"]=>
  array(2) {
    ["sin_port"]=>
    int(5353)
    ["sin_addr"]=>
    string(9) "127.0.0.1"
  }
}
bool(true)
array(1) {
  [0]=>
  int(2)
}
string(9) "localhost"
bool(true)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
int(12)
string(12) "via addrinfo"
bool(false)
bool(false)
bool(false)
int(98)
bool(false)
int(111)
bool(true)
bool(true)
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) must be of type array, string given
ArgumentCountError: socket_addrinfo_lookup() expects at least 1 argument, 0 given
TypeError: socket_addrinfo_explain(): Argument #1 ($address) must be of type AddressInfo, stdClass given
TypeError: socket_addrinfo_bind(): Argument #1 ($address) must be of type AddressInfo, Socket given
Error: Cannot directly construct AddressInfo, use socket_addrinfo_lookup() instead
Error: Trying to clone an uncloneable object of class AddressInfo
Exception: Serialization of 'AddressInfo' is not allowed
bool(true)
bool(false)
object(AddressInfo)#1 (0) {
}
