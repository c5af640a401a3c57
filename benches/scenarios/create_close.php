<?php
// socket_create_pair + socket_close of both.
$n = (int) $argv[1];
for ($i = 0; $i < $n; $i++) {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    socket_close($p[0]);
    socket_close($p[1]);
}
