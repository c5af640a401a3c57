<?php
// Non-blocking socket_read hitting EAGAIN + socket_last_error + socket_clear_error.
$n = (int) $argv[1];
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_set_nonblock($p[0]);
for ($i = 0; $i < $n; $i++) {
    socket_read($p[0], 64);
    socket_last_error($p[0]);
    socket_clear_error($p[0]);
}
