--TEST--
socket_recvmsg(): a name asked as AF_INET on an IPv6 socket reads only what the kernel wrote into the short buffer (rust_sockets only)
--DESCRIPTION--
With 'name' => ['family' => AF_INET] on an AF_INET6 socket, sockets.so
allocates a 16-byte sockaddr_in, into which the kernel writes the first 16
bytes of the sender's sockaddr_in6; it then reads a whole sockaddr_in6 (28
bytes) out of it: the address's last 8 bytes and scope_id come from past
its buffer, different on every run. rust_sockets reads the bytes the kernel
wrote, the rest being zero.
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) reads past its buffer here');
if (!@socket_bind(socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP), '::1', 0)) die('skip no IPv6 loopback'); ?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
$u = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '::1', 0);
socket_getsockname($u, $addr, $port);
$v = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($v, '::1', 0);
socket_getsockname($v, $vaddr, $vport);
for ($i = 0; $i < 3; $i++) {
    socket_sendto($v, "x", 1, 0, '::1', $port);
    $m = ['name' => ['family' => AF_INET], 'controllen' => 1];
    var_dump(socket_recvmsg($u, $m, 0));
    var_dump($m['name']['family'], $m['name']['addr'], $m['name']['port'] === $vport, $m['name']['flowinfo'], $m['name']['scope_id']);
}
?>
--EXPECT--
int(1)
int(10)
string(2) "::"
bool(true)
int(0)
int(0)
int(1)
int(10)
string(2) "::"
bool(true)
int(0)
int(0)
int(1)
int(10)
string(2) "::"
bool(true)
int(0)
int(0)
