--TEST--
socket_last_error() and socket_clear_error(): per socket and global, arguments
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
[$a, $b] = pair();
[$c, $d] = pair();
socket_close($b);
var_dump(@socket_write($a, "x"));
var_dump(socket_last_error($a), socket_last_error($c), socket_last_error(), socket_last_error(null));
socket_clear_error($a);
var_dump(socket_last_error($a), socket_last_error());
socket_write($a, "x");
var_dump(socket_last_error($a), socket_last_error());
socket_clear_error(null);
var_dump(socket_last_error($a), socket_last_error());
// A later success does not reset the error.
var_dump(socket_write($c, "ok"), socket_last_error($a), socket_last_error($c));
foreach ([fn() => socket_last_error("a"), fn() => socket_last_error($a, 1), fn() => socket_clear_error(1),
          fn() => socket_clear_error(new stdClass), fn() => socket_clear_error($a, $c), fn() => socket_last_error(socket: $c),
          fn() => socket_clear_error(socket: null), fn() => socket_last_error(false)] as $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
?>
--EXPECTF--
bool(false)
int(32)
int(0)
int(32)
int(32)
int(0)
int(32)

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
int(32)
int(32)
int(32)
int(0)
int(2)
int(32)
int(0)
TypeError: socket_last_error(): Argument #1 ($socket) must be of type ?Socket, string given
ArgumentCountError: socket_last_error() expects at most 1 argument, 2 given
TypeError: socket_clear_error(): Argument #1 ($socket) must be of type ?Socket, int given
TypeError: socket_clear_error(): Argument #1 ($socket) must be of type ?Socket, stdClass given
ArgumentCountError: socket_clear_error() expects at most 1 argument, 2 given
int(0)
NULL
TypeError: socket_last_error(): Argument #1 ($socket) must be of type ?Socket, bool given
