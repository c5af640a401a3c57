<?php
// As errors_connect.php, with EAGAIN (recorded without a warning) and
// EADDRINUSE.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_set_nonblock($p[1]);
$listen = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($listen, '127.0.0.1', 0);
socket_listen($listen);
socket_getsockname($listen, $addr, $port);
$other = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$wrong = 0;
for ($i = 0; $i < 3000; $i++) {
    socket_read($p[1], 10);
    $wrong += socket_last_error() !== SOCKET_EAGAIN;
    @socket_bind($other, '127.0.0.1', $port);
    $wrong += socket_last_error() !== SOCKET_EADDRINUSE;
    socket_clear_error();
    $wrong += socket_last_error() !== 0;
}
echo "EAGAIN, EADDRINUSE: $wrong wrong\n";
var_dump(socket_read($p[1], 10), socket_last_error());
var_dump(socket_bind($other, '127.0.0.1', $port), socket_last_error());
