<?php
// PHP_NORMAL_READ of ~45-byte lines written by a forked child over TCP
// loopback: lines/s. (On TCP a MSG_PEEK stops at the bytes asked for; on
// an AF_UNIX stream it walks the whole receive queue: see benches/floor.)
$n = (int) $argv[1];
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
$pid = pcntl_fork();
if ($pid === 0) {
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_connect($c, '127.0.0.1', $port);
    $line = str_repeat('l', 44) . "\n";
    $batch = str_repeat($line, 100);
    for ($i = 0; $i < $n; $i += 100) {
        $data = $batch;
        while ($data !== '') {
            $w = socket_write($c, $data);
            $data = substr($data, $w);
        }
    }
    exit(0);
}
$s = socket_accept($l);
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    socket_read($s, 1024, PHP_NORMAL_READ);
}
$dt = (hrtime(true) - $t) / 1e9;
pcntl_waitpid($pid, $status);
printf("%.0f\n", $n / $dt);
