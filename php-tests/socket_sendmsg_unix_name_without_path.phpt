--TEST--
socket_sendmsg(): an AF_UNIX name without 'path' is the abstract name "" (sun_path left zeroed), not an empty address
--EXTENSIONS--
sockets
--FILE--
<?php
// Found by the differential fuzzer: the C extension computes the address
// length from its zeroed sun_path, so a name with no 'path' addresses the
// abstract socket "" (nobody listens there: ECONNREFUSED), where an empty
// address would be EINVAL.
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
foreach ([['name' => []], ['name' => ['family' => AF_UNIX]], ['name' => [], 'iov' => ['x', 'y']]] as $m) {
    var_dump(socket_sendmsg($p[0], $m), socket_last_error($p[0]));
}
// With a path, abstract or not, the address is the path's.
$name = "\0rs-sendmsg-nopath-" . getmypid();
$r = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($r, $name));
var_dump(socket_sendmsg($p[0], ['name' => ['path' => $name], 'iov' => ['to the abstract name']]));
var_dump(socket_recv($r, $buf, 100, MSG_DONTWAIT), $buf);
?>
--EXPECTF--
Warning: socket_sendmsg(): Error in sendmsg [111]: Connection refused in %s on line %d
bool(false)
int(111)

Warning: socket_sendmsg(): Error in sendmsg [111]: Connection refused in %s on line %d
bool(false)
int(111)

Warning: socket_sendmsg(): Error in sendmsg [111]: Connection refused in %s on line %d
bool(false)
int(111)
bool(true)
int(20)
int(20)
string(20) "to the abstract name"
