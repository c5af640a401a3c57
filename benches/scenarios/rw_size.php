<?php
// socket_write of an argv[2]-byte message on a stream pair, then
// socket_read(argv[2]) until all of it is back.
require __DIR__ . '/buffers.inc';
$n = (int) $argv[1];
$size = (int) $argv[2];
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
make_room($a, $size);
$msg = str_repeat('w', $size);
for ($i = 0; $i < $n; $i++) {
    socket_write($a, $msg) === $size or no_room($size);
    for ($got = 0; $got < $size;) {
        $got += strlen(socket_read($b, $size));
    }
}
