--TEST--
AF_UNIX: filesystem and abstract addresses, path limits, recvfrom's sender
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
$dir = sys_get_temp_dir() . '/rs-unix-' . getmypid();
@mkdir($dir);
$path = "$dir/server.sock";
@unlink($path);
$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($l, $path), socket_listen($l));
var_dump(socket_getsockname($l, $name), $name === $path);
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c, $path));
$s = socket_accept($l);
var_dump(socket_getpeername($s, $peer), $peer, socket_getpeername($c, $p2), $p2 === $path);
var_dump(socket_getsockname($c, $mine, $port), $mine, $port ?? 'port untouched');
// Abstract names (leading NUL) read back as empty.
$abs = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($abs, "\0rs-abstract-" . getmypid()), socket_getsockname($abs, $aname), $aname);
$d = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($d, "$dir/client.sock"));
// sendto() copies the path as a C string: an abstract name is cut to "".
var_dump(socket_sendto($d, "to abstract", 11, 0, "\0rs-abstract-" . getmypid()));
var_dump(socket_connect($d, "\0rs-abstract-" . getmypid()), socket_send($d, "to abstract", 11, 0));
var_dump(socket_recvfrom($abs, $buf, 100, 0, $from), $buf, $from === "$dir/client.sock");
var_dump(socket_sendto($abs, "back", 4, 0, "$dir/client.sock\0ignored"), socket_recvfrom($d, $buf, 100, 0, $from), $buf, $from);
// Limits: sun_path is 108 bytes.
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
foreach ([str_repeat('a', 107), str_repeat('a', 108), str_repeat('a', 200)] as $long) {
    try { var_dump(@socket_bind($u, "/tmp/$long")); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
    try { var_dump(@socket_connect($u, $long)); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
var_dump(@socket_connect($u, "$dir/missing.sock"), socket_last_error($u));
// 8.4+: 108 bytes or more are a ValueError (before: cut to 107 bytes).
try { var_dump(@socket_sendto($d, "x", 1, 0, str_repeat('b', 300)), socket_last_error($d)); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(socket_bind(socket_create(AF_UNIX, SOCK_STREAM, 0), ""));
foreach ([$path, "$dir/client.sock"] as $f) @unlink($f);
@rmdir($dir);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(0) ""
bool(true)
bool(true)
bool(true)
string(0) ""
string(14) "port untouched"
bool(true)
bool(true)
string(0) ""
bool(true)

Warning: socket_sendto(): Unable to write to socket [22]: Invalid argument in %s on line %d
bool(false)
bool(true)
int(11)
int(11)
string(11) "to abstract"
bool(true)
int(4)
int(4)
string(4) "back"
string(0) ""
socket_bind(): Argument #2 ($address) must be less than 108
bool(false)
socket_bind(): Argument #2 ($address) must be less than 108
socket_connect(): Argument #2 ($address) must be less than 108
socket_bind(): Argument #2 ($address) must be less than 108
socket_connect(): Argument #2 ($address) must be less than 108
bool(false)
int(2)
bool(false)
int(2)
bool(true)
