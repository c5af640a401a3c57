--TEST--
SCM_RIGHTS: received descriptors live as long as their objects; MSG_CTRUNC when the control buffer is too small, nothing leaked
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
[$a, $b] = pair(SOCK_DGRAM);
$base = open_fds();
$files = [tmpfile(), tmpfile(), tmpfile()];
var_dump(open_fds() - $base);
for ($i = 0; $i < 50; $i++) {
    socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => $files]]]);
    $m = ['buffer_size' => 8, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 3)];
    socket_recvmsg($b, $m);
    if ($i === 0) var_dump(count($m['control'][0]['data']), open_fds() - $base);
    // The message (and the received descriptors with it) is dropped.
    unset($m);
}
var_dump(open_fds() - $base);
// A control buffer too small for the descriptors: the kernel drops them.
socket_sendmsg($a, ['iov' => ['y'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => $files]]]);
$m = ['buffer_size' => 8, 'controllen' => 1];
var_dump(socket_recvmsg($b, $m), $m['iov'], ($m['flags'] & MSG_CTRUNC) === MSG_CTRUNC, $m['control']);
var_dump(open_fds() - $base);
?>
--EXPECTF--
int(3)
int(3)
int(6)
int(3)
int(1)
array(1) {
  [0]=>
  string(1) "y"
}
bool(true)
array(0) {
}
int(3)
