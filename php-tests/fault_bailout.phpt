--TEST--
A fatal error (memory limit) while reading leaks no descriptor: shutdown functions still see them closed after release
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (getenv('USE_ZEND_ALLOC') === '0') die('skip memory_limit needs Zend\'s allocator (not under valgrind)'); ?>
--INI--
memory_limit=8M
--FILE--
<?php
require __DIR__ . '/helpers.inc';
$base = open_fds();
[$a, $b] = pair();
socket_write($a, "x");
register_shutdown_function(function () {
    // The pair is still referenced by the global scope here; releasing it
    // closes both descriptors.
    $before = open_fds();
    $GLOBALS['a'] = $GLOBALS['b'] = null;
    echo "closed on release: ", $before - open_fds(), "\n";
});
socket_read($b, 12 << 20);
?>
--EXPECTF--
Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate %d bytes) in %s on line %d
closed on release: 2
