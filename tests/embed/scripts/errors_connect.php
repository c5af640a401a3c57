<?php
// socket_last_error() and socket_clear_error() while other threads cause
// other errors: each thread's is its own, as with the C extension.
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
$wrong = 0;
for ($i = 0; $i < 3000; $i++) {
    @socket_connect($s, '/nonexistent/rust_sockets/' . $i);
    $wrong += socket_last_error() !== SOCKET_ENOENT;
    $wrong += socket_last_error($s) !== SOCKET_ENOENT;
    socket_clear_error();
    $wrong += socket_last_error() !== 0;
}
echo "ENOENT: $wrong wrong\n";
var_dump(socket_connect($s, '/nonexistent/rust_sockets'));
var_dump(socket_last_error(), socket_strerror(socket_last_error()));
