<?php
// 64-byte datagram socket_sendmsg + socket_recvmsg.
$n = (int) $argv[1];
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$msg = str_repeat('m', 64);
for ($i = 0; $i < $n; $i++) {
    socket_sendmsg($p[0], ['iov' => [$msg]]);
    $m = ['buffer_size' => 64, 'controllen' => 1];
    socket_recvmsg($p[1], $m);
}
