--TEST--
socket_create(): families, types, protocols, and what is refused
--EXTENSIONS--
sockets
--FILE--
<?php
foreach ([[AF_INET, SOCK_STREAM, SOL_TCP], [AF_INET, SOCK_DGRAM, SOL_UDP], [AF_INET, SOCK_STREAM, 0],
          [AF_UNIX, SOCK_STREAM, 0], [AF_UNIX, SOCK_DGRAM, 0], [AF_UNIX, SOCK_SEQPACKET, 0],
          [AF_INET6, SOCK_STREAM, 0], [AF_INET, SOCK_SEQPACKET, 0], [AF_INET, SOCK_STREAM, SOL_UDP],
          [AF_UNIX, SOCK_STREAM, 99], [AF_INET, 0, 0], [AF_INET, -1, 0], [AF_INET, SOCK_RDM, 0]] as [$d, $t, $p]) {
    $s = socket_create($d, $t, $p);
    echo "$d/$t/$p: ", $s === false ? 'false ' . socket_last_error() : get_class($s) . ' type=' . socket_get_option($s, SOL_SOCKET, SO_TYPE), "\n";
}
foreach ([fn() => socket_create(99, SOCK_STREAM, 0), fn() => socket_create(AF_INET, 11, 0), fn() => socket_create(AF_INET, SOCK_STREAM),
          fn() => socket_create("x", 1, 0), fn() => socket_create(AF_INET, SOCK_STREAM, null), fn() => socket_create(AF_INET, "1", "6")] as $f) {
    try { $r = $f(); echo is_object($r) ? get_class($r) : var_export($r, true), "\n"; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
?>
--EXPECTF--
2/1/6: Socket type=1
2/2/17: Socket type=2
2/1/0: Socket type=1
1/1/0: Socket type=1
1/2/0: Socket type=2
1/5/0: Socket type=5
10/1/0: Socket type=1

Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
2/5/0: false 94

Warning: socket_create(): Unable to create socket [93]: Protocol not supported in %s on line %d
2/1/17: false 93

Warning: socket_create(): Unable to create socket [93]: Protocol not supported in %s on line %d
1/1/99: false 93

Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
2/0/0: false 94

Warning: socket_create(): Unable to create socket [22]: Invalid argument in %s on line %d
2/-1/0: false 22

Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
2/4/0: false 94
ValueError: socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
ValueError: socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM
ArgumentCountError: socket_create() expects exactly 3 arguments, 2 given
TypeError: socket_create(): Argument #1 ($domain) must be of type int, string given

Deprecated: socket_create(): Passing null to parameter #3 ($protocol) of type int is deprecated in %s on line %d
Socket
Socket
