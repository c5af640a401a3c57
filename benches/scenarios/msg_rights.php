<?php
// socket_sendmsg + socket_recvmsg carrying one descriptor (SCM_RIGHTS, a stream).
$n = (int) $argv[1];
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$f = fopen('php://stdin', 'r');
$space = socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1);
for ($i = 0; $i < $n; $i++) {
    socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$f]]]]);
    $m = ['buffer_size' => 8, 'controllen' => $space];
    socket_recvmsg($p[1], $m);
    fclose($m['control'][0]['data'][0]);
}
