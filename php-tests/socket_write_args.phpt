--TEST--
socket_write(): argument errors in weak mode
--EXTENSIONS--
sockets
--FILE--
<?php
function attempt(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
attempt(fn() => socket_write());
attempt(fn() => socket_write($p[0]));
attempt(fn() => socket_write($p[0], "a", 1, 2));
attempt(fn() => socket_write("sock", "a"));
attempt(fn() => socket_write(null, "a"));
attempt(fn() => socket_write(new stdClass, "a"));
attempt(fn() => socket_write(STDOUT, "a"));
attempt(fn() => socket_write($p, "a"));
attempt(fn() => socket_write($p[0], []));
attempt(fn() => socket_write($p[0], new stdClass));
attempt(fn() => socket_write($p[0], null));
attempt(fn() => socket_write($p[0], "a", "x"));
attempt(fn() => socket_write($p[0], "a", 1.5));
attempt(fn() => socket_write($p[0], "a", []));
attempt(fn() => socket_write($p[0], new class { function __toString() { return "stringable"; } }));
attempt(fn() => socket_write(data: "a"));
attempt(fn() => socket_write($p[0], "a", len: 1));
// The first bad argument wins, and a closed socket is checked after parsing.
attempt(fn() => socket_write("x", []));
socket_close($p[0]);
attempt(fn() => socket_write($p[0], []));
attempt(fn() => socket_write($p[0], "a", -1));
?>
--EXPECTF--
ArgumentCountError: socket_write() expects at least 2 arguments, 0 given
ArgumentCountError: socket_write() expects at least 2 arguments, 1 given
ArgumentCountError: socket_write() expects at most 3 arguments, 4 given
TypeError: socket_write(): Argument #1 ($socket) must be of type Socket, string given
TypeError: socket_write(): Argument #1 ($socket) must be of type Socket, null given
TypeError: socket_write(): Argument #1 ($socket) must be of type Socket, stdClass given
TypeError: socket_write(): Argument #1 ($socket) must be of type Socket, resource given
TypeError: socket_write(): Argument #1 ($socket) must be of type Socket, array given
TypeError: socket_write(): Argument #2 ($data) must be of type string, array given
TypeError: socket_write(): Argument #2 ($data) must be of type string, stdClass given

Deprecated: socket_write(): Passing null to parameter #2 ($data) of type string is deprecated in %s on line %d
int(0)
TypeError: socket_write(): Argument #3 ($length) must be of type ?int, string given

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line %d
int(1)
TypeError: socket_write(): Argument #3 ($length) must be of type ?int, array given
int(10)
ArgumentCountError: socket_write(): Argument #1 ($socket) not passed
Error: Unknown named parameter $len
TypeError: socket_write(): Argument #1 ($socket) must be of type Socket, string given
TypeError: socket_write(): Argument #2 ($data) must be of type string, array given
Error: socket_write(): Argument #1 ($socket) has already been closed
