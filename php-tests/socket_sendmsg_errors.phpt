--TEST--
socket_sendmsg() / socket_recvmsg(): conversion errors name the path to the bad value
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
[$a, $b] = pair(SOCK_DGRAM);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$closed = socket_create(AF_UNIX, SOCK_STREAM, 0); socket_close($closed);
$cases = [
    [$a, ['iov' => 'str']],
    [$a, ['iov' => [[1]]]],
    [$a, ['name' => 'x']],
    [$a, ['name' => ['family' => AF_INET]]],
    [$a, ['name' => ['family' => AF_INET6]]],
    [$a, ['name' => ['family' => 99]]],
    [$a, ['name' => ['family' => 'abc']]],
    [$a, ['name' => ['family' => 2**40]]],
    [$a, ['name' => ['path' => '']]],
    [$a, ['name' => ['path' => str_repeat('p', 108)]]],
    [$u, ['name' => ['addr' => '127.0.0.1', 'port' => 70000]]],
    [$u, ['name' => ['addr' => '127.0.0.1', 'port' => 'x']]],
    [$u, ['name' => ['family' => AF_UNIX]]],
    [$a, ['control' => 'x']],
    [$a, ['control' => ['x']]],
    [$a, ['control' => [['level' => 1, 'type' => 99]]]],
    [$a, ['control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS]]]],
    [$a, ['control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => []]]]],
    [$a, ['control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => 'x']]]],
    [$a, ['control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [1]]]]],
    [$a, ['control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$closed]]]]],
    [$a, ['control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 1]]]]],
    [$a, ['control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => -1, 'uid' => 0, 'gid' => 0]]]]],
    [$a, ['control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 1, 'uid' => -1, 'gid' => 0]]]]],
    [$a, ['control' => [['level' => 'x', 'type' => 1]]]],
    [$a, ['control' => [['level' => 2**33, 'type' => 1]]]],
];
foreach ($cases as $i => [$sock, $msg]) {
    echo "$i: ";
    try { var_dump(socket_sendmsg($sock, $msg)); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$recv = [['buffer_size' => 10], ['controllen' => 0], ['controllen' => -1], ['controllen' => 1, 'buffer_size' => -1],
         ['controllen' => 1, 'buffer_size' => 200000000], ['controllen' => 1, 'name' => 'x'], ['controllen' => 1, 'buffer_size' => 'abc'],
         ['controllen' => 1, 'name' => ['family' => AF_INET6]]];
foreach ($recv as $i => $m) {
    echo "recv $i: ";
    try { var_dump(socket_recvmsg($a, $m, MSG_DONTWAIT), $m); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
foreach ([fn() => socket_sendmsg($a, 'x'), fn() => socket_sendmsg($a, [], 2**40), fn() => socket_sendmsg($closed, []),
          function () use ($a) { $m = 'x'; return socket_recvmsg($a, $m); }, fn() => socket_sendmsg($a, ['iov' => ['x']], MSG_DONTWAIT)] as $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
?>
--EXPECTF--
0: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > iov): expected an array here in %s on line %d
bool(false)
1: 
Warning: Array to string conversion in %s on line %d
int(5)
2: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > name): expected an array here in %s on line %d
bool(false)
3: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > name): the specified family (number 2) is not supported on this socket in %s on line %d
bool(false)
4: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > name): the specified family (AF_INET6) is not supported on this socket in %s on line %d
bool(false)
5: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > name): the only families currently supported are AF_INET, AF_INET6 and AF_UNIX in %s on line %d
bool(false)
6: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > name > family): expected an integer, but got a non numeric string (possibly from a converted object): 'abc' in %s on line %d
bool(false)
7: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > name > family): given PHP integer is out of bounds for a native int in %s on line %d
bool(false)
8: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > name > path): the path is cannot be empty in %s on line %d
bool(false)
9: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > name > path): the path is too long, the maximum permitted length is 107 in %s on line %d
bool(false)
10: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > name > port): given PHP integer is out of bounds for an unsigned 16-bit integer in %s on line %d
bool(false)
11: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > name > port): expected an integer, but got a non numeric string (possibly from a converted object): 'x' in %s on line %d
bool(false)
12: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > name): the specified family (AF_UNIX) is not supported on this socket in %s on line %d
bool(false)
13: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > control): expected an array here in %s on line %d
bool(false)
14: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): expected an array here in %s on line %d
bool(false)
15: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): cmsghdr with level 1 and type 99 not supported in %s on line %d
bool(false)
16: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): cmsghdr should have a 'data' element here in %s on line %d
bool(false)
17: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): expected at least one element in this array in %s on line %d
bool(false)
18: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): expected an array here in %s on line %d
bool(false)
19: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #1): expected a Socket object or a stream resource in %s on line %d
bool(false)
20: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #1): socket is already closed in %s on line %d
bool(false)
21: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): The key 'uid' is required in %s on line %d
bool(false)
22: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > pid): given PHP integer is out of bounds for a pid_t value in %s on line %d
bool(false)
23: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > uid): given PHP integer is out of bounds for a uid_t value in %s on line %d
bool(false)
24: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > level): expected an integer, but got a non numeric string (possibly from a converted object): 'x' in %s on line %d
bool(false)
25: 
Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > level): given PHP integer is out of bounds for a native int in %s on line %d
bool(false)
recv 0: 
Warning: socket_recvmsg(): error converting user data (path: msghdr): The key 'controllen' is required in %s on line %d
bool(false)
array(1) {
  ["buffer_size"]=>
  int(10)
}
recv 1: 
Warning: socket_recvmsg(): error converting user data (path: msghdr > controllen): controllen cannot be 0 in %s on line %d
bool(false)
array(1) {
  ["controllen"]=>
  int(0)
}
recv 2: 
Warning: socket_recvmsg(): error converting user data (path: msghdr > controllen): given PHP integer is out of bounds for an unsigned 32-bit integer in %s on line %d
bool(false)
array(1) {
  ["controllen"]=>
  int(-1)
}
recv 3: 
Warning: socket_recvmsg(): error converting user data (path: msghdr > buffer_size): the buffer size must be between 1 and 104857600; given -1 in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["buffer_size"]=>
  int(-1)
}
recv 4: 
Warning: socket_recvmsg(): error converting user data (path: msghdr > buffer_size): the buffer size must be between 1 and 104857600; given 200000000 in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["buffer_size"]=>
  int(200000000)
}
recv 5: 
Warning: socket_recvmsg(): error converting user data (path: msghdr > name): expected an array here in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["name"]=>
  string(1) "x"
}
recv 6: 
Warning: socket_recvmsg(): error converting user data (path: msghdr > buffer_size): expected an integer, but got a non numeric string (possibly from a converted object): 'abc' in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["buffer_size"]=>
  string(3) "abc"
}
recv 7: 
Warning: socket_recvmsg(): error converting user data (path: msghdr > name): the specified family (AF_INET6) is not supported on this socket in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["name"]=>
  array(1) {
    ["family"]=>
    int(10)
  }
}
TypeError: socket_sendmsg(): Argument #2 ($message) must be of type array, string given
ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
Error: socket_sendmsg(): Argument #1 ($socket) has already been closed
TypeError: socket_recvmsg(): Argument #2 ($message) must be of type array, string given
int(1)
