--TEST--
socket_create_pair(): when a typed reference rejects the array, both descriptors are closed (rust_sockets only)
--DESCRIPTION--
The C extension creates the pair, fails to store it in a property typed int,
and leaves both descriptors open for the rest of the process.
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) leaks the descriptors'); ?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
class T { public int $p = 0; }
$t = new T;
$base = open_fds();
for ($i = 0; $i < 5; $i++) {
    try {
        socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $t->p);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(open_fds() - $base, $t->p);
?>
--EXPECT--
Cannot assign array to reference held by property T::$p of type int
Cannot assign array to reference held by property T::$p of type int
Cannot assign array to reference held by property T::$p of type int
Cannot assign array to reference held by property T::$p of type int
Cannot assign array to reference held by property T::$p of type int
int(0)
int(0)
