<?php
// TCP on loopback: listen on a port the kernel picks, connect, accept,
// exchange binary data both ways, shut down, and see the other side's end.
$server = socket_create_listen(0, 16);
var_dump($server);
socket_getsockname($server, $addr, $port);
var_dump($addr, $port > 0);
$client = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($client, '127.0.0.1', $port));
$conn = socket_accept($server);
var_dump($conn);
foreach ([$client, $conn] as $s) {
    socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
}
$blob = str_repeat("\x00\x01\xfe\xff", 4096);
$n = 0;
while ($n < strlen($blob)) {
    $w = socket_write($client, substr($blob, $n));
    if ($w === false) {
        break;
    }
    $n += $w;
}
$got = '';
while (strlen($got) < strlen($blob) && ($r = socket_recv($conn, $buf, 65536, 0)) > 0) {
    $got .= $buf;
}
var_dump($got === $blob);
var_dump(socket_send($conn, "reply", 5, 0), socket_recv($client, $buf, 100, MSG_WAITALL), $buf);
var_dump(socket_shutdown($conn, 1), socket_recv($client, $buf, 100, 0), $buf);
socket_getpeername($conn, $peer);
var_dump($peer);
var_dump(socket_get_option($client, SOL_TCP, TCP_NODELAY), socket_set_option($client, SOL_TCP, TCP_NODELAY, 1));
socket_close($conn);
socket_close($client);
socket_close($server);
