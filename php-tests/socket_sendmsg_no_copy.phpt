--TEST--
socket_sendmsg(): the iov strings are sent from where they are, not copied first, so memory_limit does not count them twice (rust_sockets only)
--DESCRIPTION--
sockets.so copies every iov string into memory of its own (emalloc) before
sendmsg(): a message larger than the memory left under memory_limit is a
fatal error there, although the data is already in memory. rust_sockets
sends from the strings themselves, as socket_write() and socket_send() do
in both extensions.
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) copies the data first');
if (getenv('USE_ZEND_ALLOC') === '0') die('skip memory_limit needs Zend\'s allocator (not under valgrind)'); ?>
--INI--
memory_limit=24M
--FILE--
<?php
require __DIR__ . '/helpers.inc';
[$a, $b] = pair();
socket_set_nonblock($a);
$big = str_repeat('x', 14 << 20);
$sent = socket_sendmsg($a, ['iov' => [$big]]);
var_dump($sent > 0);
$m = ['buffer_size' => 16, 'controllen' => 1];
socket_recvmsg($b, $m);
var_dump($m['iov'][0]);
?>
--EXPECT--
bool(true)
string(16) "xxxxxxxxxxxxxxxx"
