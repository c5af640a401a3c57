<?php
// socket_select over argv[2] sockets in the read array, timeout 0: both
// ends of socket pairs, of which the first argv[3] pairs (all by default)
// have a byte waiting at one end. So half of the array is readable, or
// argv[3] sockets. (One socket: one end of one pair, readable.)
$n = (int) $argv[1];
$size = (int) $argv[2];
$readable = (int) ($argv[3] ?? $size);
$socks = [];
for ($i = 0; count($socks) < $size; $i++) {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    if ($i < $readable) {
        socket_write($p[1], "x");
    }
    $socks[] = $p[0];
    if (count($socks) < $size) {
        $socks[] = $p[1];
    } else {
        $peer = $p[1];
    }
}
$w = null; $e = null;
for ($i = 0; $i < $n; $i++) {
    $r = $socks;
    if (socket_select($r, $w, $e, 0) === false) {
        exit(2); // sockets.so: descriptors from FD_SETSIZE (1024) on
    }
}
