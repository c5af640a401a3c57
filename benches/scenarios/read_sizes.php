<?php
// socket_read of a length on a message of a size: argv[2] = message bytes,
// argv[3] = read length.
$n = (int) $argv[1];
$size = (int) $argv[2];
$len = (int) $argv[3];
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$msg = str_repeat('r', $size);
for ($i = 0; $i < $n; $i++) {
    socket_write($p[0], $msg);
    $got = 0;
    while ($got < $size) {
        $got += strlen(socket_read($p[1], $len));
    }
}
