--TEST--
socket_set_option(SO_ATTACH_REUSEPORT_CBPF, 0) detaches the reuseport program (rust_sockets only)
--DESCRIPTION--
PHP 8.3 to 8.5 detach with SO_DETACH_BPF, an alias of SO_DETACH_FILTER,
which leaves the reuseport program attached (ENOENT when there is no
socket filter); 8.6 fixed it with SO_DETACH_REUSEPORT_BPF, which rust_sockets
uses on every version that handles the option (8.3 and later). On 8.2 the
option has no special handling (as there): EINVAL.
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: PHP 8.4 and 8.5 sockets.so detach the wrong program');
if (emulator()) die('skip under qemu-user: it translates no SO_ATTACH_REUSEPORT_CBPF (ENOPROTOOPT)'); ?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
$s = socket_create(AF_INET, SOCK_DGRAM, 0);
socket_set_option($s, SOL_SOCKET, SO_REUSEPORT, 1);
socket_bind($s, '127.0.0.1', 0);
outcome('detach with none attached', fn() => @socket_set_option($s, SOL_SOCKET, 51, 0));
outcome('attach SKF_AD_CPU', fn() => @socket_set_option($s, SOL_SOCKET, 51, 36));
outcome('detach', fn() => @socket_set_option($s, SOL_SOCKET, 51, 0));
outcome('detach again', fn() => @socket_set_option($s, SOL_SOCKET, 51, 0));
?>
--EXPECTF--
detach with none attached: false 22
attach SKF_AD_CPU: false 22
detach: false 22
detach again: false 22
