<?php
// Wall time of a 64-byte datagram sent and received on an AF_UNIX
// SOCK_DGRAM pair: argv[1] = msg (socket_sendmsg + socket_recvmsg) or send
// (socket_send + socket_recv), argv[2] = count. Prints, as
// floor/dgram_msg.c does: operations/s, user and system CPU ns per operation.
$msg = $argv[1] === 'msg';
$n = (int) $argv[2];
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
$data = str_repeat('m', 64);
$r0 = getrusage();
$t0 = hrtime(true);
if ($msg) {
    for ($i = 0; $i < $n; $i++) {
        socket_sendmsg($a, ['iov' => [$data]]);
        $m = ['buffer_size' => 64, 'controllen' => 1];
        socket_recvmsg($b, $m);
    }
} else {
    for ($i = 0; $i < $n; $i++) {
        socket_send($a, $data, 64, 0);
        socket_recv($b, $buf, 64, 0);
    }
}
$dt = (hrtime(true) - $t0) / 1e9;
$r1 = getrusage();
$cpu = fn($k) => ($r1["ru_$k.tv_sec"] - $r0["ru_$k.tv_sec"]) * 1e9 + ($r1["ru_$k.tv_usec"] - $r0["ru_$k.tv_usec"]) * 1e3;
printf("%.0f %.0f %.0f\n", $n / $dt, $cpu('utime') / $n, $cpu('stime') / $n);
