<?php
// 64-byte round trips on one pair while argv[2] other pairs are open.
$n = (int) $argv[1];
$open = (int) $argv[2];
function fail(string $why): never
{
    fwrite(STDERR, "$why\n");
    exit(2);
}
$others = [];
for ($i = 0; $i < $open; $i++) {
    if (!@socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $others[$i])) {
        fail("cannot open $open pairs: " . socket_strerror(socket_last_error()));
    }
}
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p) or fail('no pair for the round trips');
[$a, $b] = $p;
$msg = str_repeat('x', 64);
// Past the descriptors a tool reserves, calls fail: make sure they work.
if (@socket_write($a, $msg) !== 64 || @socket_read($b, 64) !== $msg) {
    fail("the pair opened after $open others does not work");
}
for ($i = 0; $i < $n; $i++) {
    socket_write($a, $msg);
    socket_read($b, 64);
    socket_write($b, $msg);
    socket_read($a, 64);
}
