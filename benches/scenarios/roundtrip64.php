<?php
// 64-byte round trip on a stream pair: 2 socket_write + 2 socket_read.
$n = (int) $argv[1];
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
$msg = str_repeat('x', 64);
for ($i = 0; $i < $n; $i++) {
    socket_write($a, $msg);
    socket_read($b, 64);
    socket_write($b, $msg);
    socket_read($a, 64);
}
