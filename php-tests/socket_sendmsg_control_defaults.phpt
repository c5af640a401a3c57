--TEST--
socket_sendmsg(): a control message without 'level' or 'type' takes it as 0 (rust_sockets only)
--DESCRIPTION--
sockets.so leaves the missing field uninitialised: its warning names
whatever was on the stack ("cmsghdr with level 1 and type 83895352 not
supported"). rust_sockets takes it as 0.
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) reads uninitialised memory here'); ?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
[$a, $b] = pair(SOCK_DGRAM);
var_dump(socket_sendmsg($a, ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'data' => [1]]]]));
var_dump(socket_sendmsg($a, ['iov' => ['x'], 'control' => [['type' => SCM_RIGHTS, 'data' => [STDIN]]]]));
var_dump(socket_sendmsg($a, ['iov' => ['x'], 'control' => [['data' => [STDIN]]]]));
?>
--EXPECTF--
Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): cmsghdr with level 1 and type 0 not supported in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): cmsghdr with level 0 and type 1 not supported in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): cmsghdr with level 0 and type 0 not supported in %s on line %d
bool(false)
