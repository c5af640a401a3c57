<?php
// Bulk transfer through a forked pair in 64 KiB chunks: bytes/s.
$total = (int) $argv[1];
$chunk = 65536;
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$pid = pcntl_fork();
if ($pid === 0) {
    socket_close($p[1]);
    $data = str_repeat('b', $chunk);
    for ($sent = 0; $sent < $total;) {
        $w = socket_write($p[0], $data);
        if ($w === false) exit(1);
        $sent += $w;
    }
    exit(0);
}
socket_close($p[0]);
$t = hrtime(true);
$got = 0;
while ($got < $total) {
    $s = socket_read($p[1], $chunk);
    if ($s === false || $s === '') break;
    $got += strlen($s);
}
$dt = (hrtime(true) - $t) / 1e9;
pcntl_waitpid($pid, $status);
printf("%.0f\n", $got / $dt);
