--TEST--
socket_sendmsg() / socket_recvmsg(): iov, names, SCM_RIGHTS with streams, SCM_CREDENTIALS, flags
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
[$a, $b] = pair(SOCK_DGRAM);
var_dump(socket_sendmsg($a, ['iov' => ["hello ", "world", "", 42]]));
$m = ['buffer_size' => 100, 'controllen' => 100];
var_dump(socket_recvmsg($b, $m), $m);
// Truncated to buffer_size: MSG_TRUNC in flags.
socket_sendmsg($a, ['iov' => [str_repeat("x", 50)]]);
$m = ['buffer_size' => 10, 'controllen' => 1];
var_dump(socket_recvmsg($b, $m), $m['iov'], $m['flags'] & MSG_TRUNC);
// Default buffer size, nothing there: EAGAIN warns, $message unchanged.
$m = ['controllen' => 1];
var_dump(socket_recvmsg($b, $m, MSG_DONTWAIT), socket_last_error(), socket_last_error($b), $m);
// SCM_RIGHTS with a stream: the receiver gets a new descriptor.
$file = fopen('php://temp', 'w+');
$tmp = tmpfile();
fwrite($tmp, "shared file");
var_dump(socket_sendmsg($a, ['iov' => ['fd'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$tmp]]]]));
$m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
var_dump(socket_recvmsg($b, $m), $m['iov'], count($m['control']), $m['control'][0]['level'], $m['control'][0]['type']);
$got = $m['control'][0]['data'][0];
var_dump(get_resource_type($got));
fseek($got, 0);
var_dump(fread($got, 100));
// SCM_CREDENTIALS (the receiver asks for them with SO_PASSCRED).
[$c, $d] = pair(SOCK_DGRAM);
var_dump(socket_set_option($d, SOL_SOCKET, SO_PASSCRED, 1));
var_dump(socket_sendmsg($c, ['iov' => ['creds'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => getmypid(), 'uid' => getmyuid(), 'gid' => getmygid()]]]]));
$m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS)];
var_dump(socket_recvmsg($d, $m), $m['control'][0]['data']['pid'] === getmypid(), array_keys($m['control'][0]['data']));
// Names: AF_UNIX datagram sockets bound to paths.
$dir = sys_get_temp_dir() . '/rs-msg-' . getmypid();
@mkdir($dir);
$u1 = socket_create(AF_UNIX, SOCK_DGRAM, 0); socket_bind($u1, "$dir/one");
$u2 = socket_create(AF_UNIX, SOCK_DGRAM, 0); socket_bind($u2, "$dir/two");
var_dump(socket_sendmsg($u1, ['name' => ['path' => "$dir/two"], 'iov' => ['to two']]));
$m = ['name' => [], 'buffer_size' => 100, 'controllen' => 1];
var_dump(socket_recvmsg($u2, $m), $m['name'] === ['family' => AF_UNIX, 'path' => "$dir/one"], $m['iov']);
@unlink("$dir/one"); @unlink("$dir/two"); @rmdir($dir);
// Names: UDP on loopback.
$s1 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP); socket_bind($s1, '127.0.0.1', 0); socket_getsockname($s1, $h1, $p1);
$s2 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP); socket_bind($s2, '127.0.0.1', 0); socket_getsockname($s2, $h2, $p2);
var_dump(socket_sendmsg($s1, ['name' => ['addr' => '127.0.0.1', 'port' => $p2], 'iov' => ['udp']]));
$m = ['name' => [], 'buffer_size' => 100, 'controllen' => 1];
var_dump(socket_recvmsg($s2, $m), $m['name']['family'], $m['name']['addr'], $m['name']['port'] === $p1, $m['iov']);
// socket_cmsg_space.
var_dump(socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS), socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 3), socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS),
         socket_cmsg_space(IPPROTO_IPV6, IPV6_PKTINFO), socket_cmsg_space(IPPROTO_IPV6, IPV6_HOPLIMIT, 5));
foreach ([fn() => socket_cmsg_space(1, 99), fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, -1), fn() => socket_cmsg_space(2**31, 1),
          fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, PHP_INT_MAX), fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 2**31 - 1)] as $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
?>
--EXPECTF--
int(13)
int(13)
array(4) {
  ["name"]=>
  NULL
  ["control"]=>
  array(0) {
  }
  ["iov"]=>
  array(1) {
    [0]=>
    string(13) "hello world42"
  }
  ["flags"]=>
  int(0)
}
int(10)
array(1) {
  [0]=>
  string(10) "xxxxxxxxxx"
}
int(32)

Warning: socket_recvmsg(): Error in recvmsg [11]: Resource temporarily unavailable in %s on line %d
bool(false)
int(11)
int(0)
array(1) {
  ["controllen"]=>
  int(1)
}
int(2)
int(2)
array(1) {
  [0]=>
  string(2) "fd"
}
int(1)
int(1)
int(1)
string(6) "stream"
string(11) "shared file"
bool(true)
int(5)
int(5)
bool(true)
array(3) {
  [0]=>
  string(3) "pid"
  [1]=>
  string(3) "uid"
  [2]=>
  string(3) "gid"
}
int(6)
int(6)
bool(true)
array(1) {
  [0]=>
  string(6) "to two"
}
int(3)
int(3)
int(2)
string(9) "127.0.0.1"
bool(true)
array(1) {
  [0]=>
  string(3) "udp"
}
int(16)
int(32)
int(32)
int(40)
int(24)
ValueError: Pair level 1 and/or type 99 is not supported
ValueError: socket_cmsg_space(): Argument #3 ($num) must be greater than or equal to 0
ValueError: socket_cmsg_space(): Argument #1 ($level) must be between -2147483648 and 2147483647
ValueError: socket_cmsg_space(): Argument #3 ($num) must be between -2147483648 and 2147483647
int(8589934608)
