<?php
// PHP_NORMAL_READ of ~45-byte lines written by a forked child: lines/s.
$n = (int) $argv[1];
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$pid = pcntl_fork();
if ($pid === 0) {
    socket_close($p[1]);
    $line = str_repeat('l', 44) . "\n";
    $batch = str_repeat($line, 100);
    for ($i = 0; $i < $n; $i += 100) {
        $data = $batch;
        while ($data !== '') {
            $w = socket_write($p[0], $data);
            $data = substr($data, $w);
        }
    }
    exit(0);
}
socket_close($p[0]);
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    socket_read($p[1], 1024, PHP_NORMAL_READ);
}
$dt = (hrtime(true) - $t) / 1e9;
pcntl_waitpid($pid, $status);
printf("%.0f\n", $n / $dt);
