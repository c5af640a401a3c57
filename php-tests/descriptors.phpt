--TEST--
Descriptors: closed by socket_close(), when the object dies, and in reference cycles
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
$base = open_fds();
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(open_fds() - $base);
socket_close($p[0]);
var_dump(open_fds() - $base);
unset($p);
var_dump(open_fds() - $base);
for ($i = 0; $i < 1000; $i++) {
    socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $q);
}
var_dump(open_fds() - $base);
$q = null;
var_dump(open_fds() - $base);
// A cycle through an object holding the sockets: closed by the collector.
class Node { public $self; public $sockets; }
for ($i = 0; $i < 10; $i++) {
    $n = new Node; $n->self = $n;
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $n->sockets);
    unset($n);
}
var_dump(open_fds() - $base > 0);
gc_collect_cycles();
var_dump(open_fds() - $base);
// The peer of a dropped socket sees the end of the stream.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $r);
$keep = $r[1];
unset($r);
var_dump(socket_read($keep, 10));
?>
--EXPECTF--
int(2)
int(1)
int(0)
int(2)
int(0)
bool(true)
int(0)
string(0) ""
