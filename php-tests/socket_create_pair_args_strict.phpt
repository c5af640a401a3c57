--TEST--
socket_create_pair(): strict_types argument checks
--EXTENSIONS--
sockets
--FILE--
<?php
declare(strict_types=1);
function attempt(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
attempt(function () { $r = socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p); return [$r, count($p)]; });
attempt(fn() => socket_create_pair("1", SOCK_STREAM, 0, $p));
attempt(fn() => socket_create_pair(AF_UNIX, 1.0, 0, $p));
attempt(fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, null, $p));
attempt(fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, false, $p));
attempt(fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, 0));
// Strictness comes from the calling file: a callback called by an internal
// function is checked in weak mode... but call_user_func from a strict file
// is strict.
attempt(fn() => call_user_func('socket_create_pair', AF_UNIX, "1", 0, $p));
?>
--EXPECTF--
array(2) {
  [0]=>
  bool(true)
  [1]=>
  int(2)
}
TypeError: socket_create_pair(): Argument #1 ($domain) must be of type int, string given
TypeError: socket_create_pair(): Argument #2 ($type) must be of type int, float given
TypeError: socket_create_pair(): Argument #3 ($protocol) must be of type int, null given
TypeError: socket_create_pair(): Argument #3 ($protocol) must be of type int, bool given
ArgumentCountError: socket_create_pair() expects exactly 4 arguments, 3 given

Warning: Undefined variable $p in %s on line %d

Warning: socket_create_pair(): Argument #4 ($pair) must be passed by reference, value given in %s on line %d
TypeError: socket_create_pair(): Argument #2 ($type) must be of type int, string given
