--TEST--
SCM_RIGHTS: descriptors received with a message whose conversion fails are closed, not leaked (rust_sockets only)
--DESCRIPTION--
With SO_TIMESTAMP (29) on, the kernel puts an SCM_TIMESTAMP message, which
the C extension cannot convert, before the SCM_RIGHTS one: socket_recvmsg()
warns and sets $message to false, and sockets.so leaves the descriptors it
received open for the rest of the process. rust_sockets closes them.
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) leaks the descriptors'); ?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
[$a, $b] = pair(SOCK_DGRAM);
var_dump(socket_set_option($b, SOL_SOCKET, 29 /* SO_TIMESTAMP */, 1));
$base = open_fds();
$files = [tmpfile(), tmpfile()];
socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => $files]]]);
unset($files);
$m = ['buffer_size' => 8, 'controllen' => 256];
var_dump(socket_recvmsg($b, $m), $m);
var_dump(open_fds() - $base);
?>
--EXPECTF--
bool(true)

Warning: socket_recvmsg(): error converting native data (path: msghdr > control > element #1 > data): cmsghdr with level 1 and type 29 not supported in %s on line %d
int(1)
bool(false)
int(0)
