--TEST--
socket_read(): a huge length hits memory_limit with PHP's fatal error, as in the C extension
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (getenv('USE_ZEND_ALLOC') === '0') die('skip memory_limit needs Zend\'s allocator (not under valgrind)'); ?>
--INI--
memory_limit=16M
--FILE--
<?php
require __DIR__ . '/helpers.inc';
[$a, $b] = pair();
socket_write($a, "x");
// Within the limit: allocated, filled with what there is.
var_dump(socket_read($b, 8 << 20));
echo "next\n";
// Data waits, so without a memory limit the read returns instead of blocking.
socket_write($a, "y");
var_dump(socket_read($b, 64 << 20));
echo "not reached\n";
?>
--EXPECTF--
string(1) "x"
next
%A memory %s exhausted (tried to allocate %d bytes) in %s on line %d%A