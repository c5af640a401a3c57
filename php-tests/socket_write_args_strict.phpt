--TEST--
socket_write(): argument errors under strict_types
--EXTENSIONS--
sockets
--FILE--
<?php
declare(strict_types=1);
pcntl_alarm(60); // bounded: a read that blocks fails the test
function attempt(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
attempt(fn() => socket_write($p[0], 123));
attempt(fn() => socket_write($p[0], null));
attempt(fn() => socket_write($p[0], "a", "1"));
attempt(fn() => socket_write($p[0], "a", 1.0));
attempt(fn() => socket_write($p[0], "a", null));
attempt(fn() => socket_write($p[0], new class { function __toString() { return "s"; } }));
attempt(fn() => socket_read($p[1], "10"));
attempt(fn() => socket_read($p[1], 10, "1"));
attempt(fn() => socket_read($p[1], 2));
attempt(fn() => socket_strerror("1"));
attempt(fn() => socket_last_error(null));
attempt(fn() => socket_last_error(1));
?>
--EXPECTF--
TypeError: socket_write(): Argument #2 ($data) must be of type string, int given
TypeError: socket_write(): Argument #2 ($data) must be of type string, null given
TypeError: socket_write(): Argument #3 ($length) must be of type ?int, string given
TypeError: socket_write(): Argument #3 ($length) must be of type ?int, float given
int(1)
TypeError: socket_write(): Argument #2 ($data) must be of type string, class@anonymous given
TypeError: socket_read(): Argument #2 ($length) must be of type int, string given
TypeError: socket_read(): Argument #3 ($mode) must be of type int, string given
string(1) "a"
TypeError: socket_strerror(): Argument #1 ($error_code) must be of type int, string given
int(0)
TypeError: socket_last_error(): Argument #1 ($socket) must be of type ?Socket, int given
