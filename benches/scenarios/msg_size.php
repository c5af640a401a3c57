<?php
// socket_sendmsg of an argv[2]-byte datagram, socket_recvmsg of it.
require __DIR__ . '/buffers.inc';
$n = (int) $argv[1];
$size = (int) $argv[2];
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
make_room($a, $size);
$msg = str_repeat('m', $size);
for ($i = 0; $i < $n; $i++) {
    socket_sendmsg($a, ['iov' => [$msg]]) === $size or no_room($size);
    $m = ['buffer_size' => $size, 'controllen' => 1];
    socket_recvmsg($b, $m);
}
