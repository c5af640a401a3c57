<?php
// socket_select over 1 socket (readable), timeout 0.
$n = (int) $argv[1];
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[1], "x");
$w = null; $e = null;
for ($i = 0; $i < $n; $i++) {
    $r = [$p[0]];
    socket_select($r, $w, $e, 0);
}
