<?php
// As errors_connect.php, with EPIPE (a write to a pair whose peer is gone).
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_close($p[1]);
$wrong = 0;
for ($i = 0; $i < 3000; $i++) {
    @socket_write($p[0], "x");
    $wrong += socket_last_error() !== SOCKET_EPIPE;
    socket_clear_error($p[0]);
    $wrong += socket_last_error() !== SOCKET_EPIPE;
    $wrong += socket_last_error($p[0]) !== 0;
    socket_clear_error();
    $wrong += socket_last_error() !== 0;
}
echo "EPIPE: $wrong wrong\n";
var_dump(socket_write($p[0], "x"), socket_last_error());
