<?php
// socket_select over pairs, some of them readable, with and without a
// timeout, and the arrays it leaves.
$pairs = [];
for ($i = 0; $i < 8; $i++) {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pairs[$i]);
}
foreach ([1, 4, 6] as $i) {
    socket_write($pairs[$i][0], "ready $i");
}
$read = array_map(fn ($p) => $p[1], $pairs);
$write = [$pairs[0][0], $pairs[3][0]];
$except = null;
var_dump(socket_select($read, $write, $except, 0));
var_dump(array_keys($read), count($write));
$read = [$pairs[0][1], $pairs[2][1]];
$write = $except = null;
var_dump(socket_select($read, $write, $except, 0, 20000), $read);
$read = ['a' => $pairs[4][1], 'b' => $pairs[5][1]];
var_dump(socket_select($read, $write, $except, null), array_keys($read));
var_dump(socket_read($pairs[4][1], 100));
socket_close($pairs[7][1]);
$read = [$pairs[7][0]];
var_dump(socket_select($read, $write, $except, 1), count($read));
try {
    $read = [$pairs[7][1]];
    socket_select($read, $write, $except, 0);
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$read = $write = $except = [];
try {
    var_dump(socket_select($read, $write, $except, 0));
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
