<?php
// 64-byte datagram socket_send + socket_recv.
$n = (int) $argv[1];
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$msg = str_repeat('d', 64);
for ($i = 0; $i < $n; $i++) {
    socket_send($p[0], $msg, 64, 0);
    socket_recv($p[1], $buf, 64, 0);
}
