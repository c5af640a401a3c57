<?php
// Pairs of every type: every byte value through a stream pair, many times,
// then a datagram pair, and lines read in PHP_NORMAL_READ mode.
$data = '';
for ($i = 0; $i < 256; $i++) {
    $data .= chr($i);
}
$bad = 0;
for ($n = 0; $n < 50; $n++) {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    socket_set_option($p[1], SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
    socket_write($p[0], $data . $data);
    $got = '';
    while (strlen($got) < 512 && ($r = socket_read($p[1], 512 - strlen($got), PHP_BINARY_READ)) !== false && $r !== '') {
        $got .= $r;
    }
    $bad += $got !== $data . $data;
    socket_close($p[0]);
    socket_close($p[1]);
}
echo "stream pairs with data that differs: $bad\n";
var_dump(socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $q), $q);
var_dump(socket_write($q[0], "one datagram"), socket_read($q[1], 100));
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
var_dump(socket_write($q[0], "line one\nline two\n"));
var_dump(socket_read($q[1], 100, PHP_NORMAL_READ), socket_read($q[1], 100, PHP_NORMAL_READ));
var_dump(socket_create_pair(AF_UNIX, SOCK_SEQPACKET, 0, $s), socket_send($s[1], "\0\xff", 2, 0));
var_dump(socket_recv($s[0], $buf, 10, 0), bin2hex($buf));
try {
    socket_create_pair(AF_INET, SOCK_STREAM, 0, $x);
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(@socket_create_pair(AF_UNIX, SOCK_STREAM, 99, $x), socket_last_error(), $x ?? null);
