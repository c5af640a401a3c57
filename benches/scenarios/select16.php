<?php
// socket_select over 16 sockets (8 readable), timeout 0.
$n = (int) $argv[1];
$socks = [];
for ($i = 0; $i < 8; $i++) {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    socket_write($p[1], "x");
    $socks[] = $p[0];
    $socks[] = $p[1];
}
$w = null; $e = null;
for ($i = 0; $i < $n; $i++) {
    $r = $socks;
    socket_select($r, $w, $e, 0);
}
