--TEST--
Large transfers through a forked pair: writes return what the kernel took, reads get every byte in order
--EXTENSIONS--
sockets
pcntl
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time(60);
const TOTAL = 16 << 20;
[$a, $b] = pair();
$pid = pcntl_fork();
if ($pid === 0) {
    socket_close($b);
    // Pseudo-random chunks of pseudo-random sizes, and one 4 MiB write.
    mt_srand(42);
    $sent = 0; $h = hash_init('sha256');
    while ($sent < TOTAL) {
        $n = min(TOTAL - $sent, mt_rand(1, 300000));
        if ($sent === 0) $n = 4 << 20;
        $chunk = random_bytes($n);
        $off = 0;
        while ($off < $n) {
            $w = socket_write($a, substr($chunk, $off));
            if ($w === false) exit(1);
            $off += $w;
        }
        hash_update($h, $chunk);
        $sent += $n;
    }
    socket_write($b = $a, hash_final($h));
    exit(0);
}
socket_close($a);
$h = hash_init('sha256'); $got = 0; $reads = 0;
while ($got < TOTAL) {
    $chunk = socket_read($b, min(65536 * 3, TOTAL - $got));
    if ($chunk === false || $chunk === '') break;
    $got += strlen($chunk); $reads++;
    hash_update($h, $chunk);
}
$digest = '';
while (strlen($digest) < 64) $digest .= socket_read($b, 64 - strlen($digest));
var_dump($got, hash_final($h) === $digest, $reads > 1);
pcntl_waitpid($pid, $status);
var_dump(pcntl_wexitstatus($status));
// One read never returns more than asked, even with much more buffered.
[$c, $d] = pair();
socket_write($c, str_repeat("x", 100000));
var_dump(strlen(socket_read($d, 1000)), strlen(socket_read($d, 1 << 20)) <= 99000);
?>
--EXPECTF--
int(16777216)
bool(true)
bool(true)
int(0)
int(1000)
bool(true)
