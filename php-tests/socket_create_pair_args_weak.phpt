--TEST--
socket_create_pair(): argument count and weak-mode coercion of $domain, $type, $protocol
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
attempt(fn() => socket_create_pair());
attempt(fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, 0));
attempt(fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p, 5));
// Numeric strings, floats without fraction, bools are accepted in weak mode.
attempt(function () { $r = socket_create_pair("1", "1", "0", $p); return [$r, count($p)]; });
attempt(function () { $r = socket_create_pair(1.0, 1.0, 0.0, $p); return [$r, count($p)]; });
attempt(function () { $r = socket_create_pair(true, true, false, $p); return [$r, count($p)]; });
attempt(function () { $r = socket_create_pair(" 1", "1 ", "0", $p); return [$r, count($p)]; });
// Deprecated: fractional floats and null.
attempt(function () { $r = socket_create_pair(1.5, SOCK_STREAM, 0, $p); return [$r, count($p)]; });
attempt(function () { $r = socket_create_pair(AF_UNIX, null, 0, $p); return $r; });
attempt(function () { $r = socket_create_pair(AF_UNIX, SOCK_STREAM, null, $p); return [$r, count($p)]; });
// Not ints at all.
attempt(fn() => socket_create_pair("unix", SOCK_STREAM, 0, $p));
attempt(fn() => socket_create_pair(AF_UNIX, "1x", 0, $p));
attempt(fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, [], $p));
attempt(fn() => socket_create_pair(new stdClass, SOCK_STREAM, 0, $p));
attempt(fn() => socket_create_pair(AF_UNIX, 1e30, 0, $p));
attempt(fn() => socket_create_pair(AF_UNIX, NAN, 0, $p));
attempt(fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, fopen('php://memory', 'r'), $p));
attempt(fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, "", $p));
// The first bad argument is the one reported.
attempt(fn() => socket_create_pair("a", "b", "c", $p));
// Named arguments.
attempt(function () { $r = socket_create_pair(pair: $p, protocol: 0, type: SOCK_STREAM, domain: AF_UNIX); return [$r, count($p)]; });
attempt(fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, 0, pear: $p));
attempt(fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, pair: $p));
?>
--EXPECTF--
ArgumentCountError: socket_create_pair() expects exactly 4 arguments, 0 given
ArgumentCountError: socket_create_pair() expects exactly 4 arguments, 3 given
ArgumentCountError: socket_create_pair() expects exactly 4 arguments, 5 given
array(2) {
  [0]=>
  bool(true)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  bool(true)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  bool(true)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  bool(true)
  [1]=>
  int(2)
}

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line %d
array(2) {
  [0]=>
  bool(true)
  [1]=>
  int(2)
}

Deprecated: socket_create_pair(): Passing null to parameter #2 ($type) of type int is deprecated in %s on line %d

Warning: socket_create_pair(): Unable to create socket pair [94]: Socket type not supported in %s on line %d
bool(false)

Deprecated: socket_create_pair(): Passing null to parameter #3 ($protocol) of type int is deprecated in %s on line %d
array(2) {
  [0]=>
  bool(true)
  [1]=>
  int(2)
}
TypeError: socket_create_pair(): Argument #1 ($domain) must be of type int, string given
TypeError: socket_create_pair(): Argument #2 ($type) must be of type int, string given
TypeError: socket_create_pair(): Argument #3 ($protocol) must be of type int, array given
TypeError: socket_create_pair(): Argument #1 ($domain) must be of type int, stdClass given
TypeError: socket_create_pair(): Argument #2 ($type) must be of type int, float given
TypeError: socket_create_pair(): Argument #2 ($type) must be of type int, float given
TypeError: socket_create_pair(): Argument #3 ($protocol) must be of type int, resource given
TypeError: socket_create_pair(): Argument #3 ($protocol) must be of type int, string given
TypeError: socket_create_pair(): Argument #1 ($domain) must be of type int, string given
array(2) {
  [0]=>
  bool(true)
  [1]=>
  int(2)
}
Error: Unknown named parameter $pear
ArgumentCountError: socket_create_pair(): Argument #3 ($protocol) not passed
