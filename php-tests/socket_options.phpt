--TEST--
socket_get_option() / socket_set_option(): ints, linger, timeouts, strings, errors, aliases
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
[$c, $s, $l] = tcp_pair();
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
function show($label, $v) { echo $label, ': ', json_encode($v), "\n"; }
foreach (['SO_REUSEADDR' => SO_REUSEADDR, 'SO_KEEPALIVE' => SO_KEEPALIVE, 'SO_BROADCAST' => SO_BROADCAST,
          'SO_OOBINLINE' => SO_OOBINLINE, 'SO_TYPE' => SO_TYPE, 'SO_ERROR' => SO_ERROR, 'SO_DEBUG' => SO_DEBUG,
          'SO_RCVLOWAT' => SO_RCVLOWAT, 'SO_DONTROUTE' => SO_DONTROUTE, 'SO_REUSEPORT' => SO_REUSEPORT] as $n => $o) {
    show($n, socket_get_option($c, SOL_SOCKET, $o));
}
foreach ([SO_KEEPALIVE, SO_REUSEADDR, SO_BROADCAST] as $o) {
    var_dump(socket_set_option($u, SOL_SOCKET, $o, 1), socket_get_option($u, SOL_SOCKET, $o));
    var_dump(socket_setopt($u, SOL_SOCKET, $o, false), socket_getopt($u, SOL_SOCKET, $o));
}
var_dump(socket_set_option($c, SOL_TCP, TCP_NODELAY, true), socket_get_option($c, SOL_TCP, TCP_NODELAY));
foreach ([TCP_KEEPIDLE => 30, TCP_KEEPINTVL => 5, TCP_KEEPCNT => 3] as $o => $v) {
    var_dump(socket_set_option($c, SOL_TCP, $o, $v), socket_get_option($c, SOL_TCP, $o));
}
var_dump(socket_set_option($c, SOL_SOCKET, SO_SNDBUF, 65536), socket_get_option($c, SOL_SOCKET, SO_SNDBUF) >= 65536);
// Linger and timeouts are arrays.
show('linger', socket_get_option($c, SOL_SOCKET, SO_LINGER));
var_dump(socket_set_option($c, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 7]));
show('linger', socket_get_option($c, SOL_SOCKET, SO_LINGER));
// l_onoff 65537: truncated to 1 until 8.3, a ValueError from 8.4 (the
// l_linger case is in socket_option_linger_range.phpt).
try { var_dump(socket_set_option($c, SOL_SOCKET, SO_LINGER, ['l_linger' => "7", 'l_onoff' => 65537, 'extra' => 1])); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
show('linger', socket_get_option($c, SOL_SOCKET, SO_LINGER));
show('rcvtimeo', socket_get_option($c, SOL_SOCKET, SO_RCVTIMEO));
var_dump(socket_set_option($c, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 2, 'usec' => 500000]));
show('rcvtimeo', socket_get_option($c, SOL_SOCKET, SO_RCVTIMEO));
var_dump(socket_set_option($c, SOL_SOCKET, SO_SNDTIMEO, ['sec' => "1", 'usec' => 0.9]));
show('sndtimeo', socket_get_option($c, SOL_SOCKET, SO_SNDTIMEO));
$obj = new stdClass; $obj->sec = 3; $obj->usec = 0;
var_dump(socket_set_option($c, SOL_SOCKET, SO_SNDTIMEO, $obj));
show('sndtimeo', socket_get_option($c, SOL_SOCKET, SO_SNDTIMEO));
var_dump(@socket_set_option($c, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 2000000]), socket_last_error($c));
var_dump(@socket_set_option($c, SOL_SOCKET, SO_RCVTIMEO, ['sec' => -1, 'usec' => 0]), socket_last_error($c));
foreach ([5, [], ['l_onoff' => 1], "str", null] as $bad) {
    try { var_dump(socket_set_option($c, SOL_SOCKET, SO_LINGER, $bad)); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
try { socket_set_option($c, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 1]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
// A receive timeout makes a blocking read give up with EAGAIN, silently.
socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 100000]);
var_dump(socket_read($s, 10), socket_last_error($s));
// Strings.
$cong = socket_get_option($c, SOL_TCP, TCP_CONGESTION);
var_dump(array_keys($cong), is_string($cong['name']) && $cong['name'] !== '');
var_dump(socket_set_option($c, SOL_TCP, TCP_CONGESTION, "cubic"), socket_get_option($c, SOL_TCP, TCP_CONGESTION)['name']);
var_dump(@socket_set_option($c, SOL_TCP, TCP_CONGESTION, "no-such-algorithm"), socket_last_error($c));
var_dump(@socket_set_option($c, SOL_SOCKET, SO_BINDTODEVICE, "no-such-dev0"), socket_last_error($c));
// Meminfo.
$m = socket_get_option($c, SOL_SOCKET, SO_MEMINFO);
var_dump(is_array($m) ? array_keys($m) : $m, is_array($m) ? count(array_filter($m, 'is_int')) : null);
// Conversions of the value.
var_dump(socket_set_option($u, SOL_SOCKET, SO_BROADCAST, "1"), socket_get_option($u, SOL_SOCKET, SO_BROADCAST));
var_dump(socket_set_option($u, SOL_SOCKET, SO_BROADCAST, [0]), socket_get_option($u, SOL_SOCKET, SO_BROADCAST));
var_dump(socket_set_option($u, SOL_SOCKET, SO_BROADCAST, "abc"), socket_get_option($u, SOL_SOCKET, SO_BROADCAST));
var_dump(socket_set_option($u, SOL_SOCKET, SO_BROADCAST, new stdClass), socket_get_option($u, SOL_SOCKET, SO_BROADCAST));
var_dump(socket_set_option($u, SOL_SOCKET, SO_BROADCAST, 2**33 + 1), socket_get_option($u, SOL_SOCKET, SO_BROADCAST));
// Errors.
var_dump(socket_get_option($c, SOL_SOCKET, 12345), socket_last_error($c));
var_dump(socket_set_option($c, SOL_SOCKET, 12345, 1), socket_last_error($c));
var_dump(socket_get_option($c, -1, 1), socket_set_option($c, 99999, 1, 1));
var_dump(socket_get_option($c, SOL_SOCKET, SO_TYPE + 2**32));
foreach ([fn() => socket_get_option($c, SOL_SOCKET), fn() => socket_set_option($c, SOL_SOCKET, SO_KEEPALIVE),
          fn() => socket_get_option($c, "SOL", 1), fn() => socket_set_option("s", 1, 1, 1)] as $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
// One-byte options.
var_dump(socket_get_option($u, IPPROTO_IP, IP_MULTICAST_LOOP), socket_get_option($u, IPPROTO_IP, IP_MULTICAST_TTL));
?>
--EXPECTF--
SO_REUSEADDR: 0
SO_KEEPALIVE: 0
SO_BROADCAST: 0
SO_OOBINLINE: 0
SO_TYPE: 1
SO_ERROR: 0
SO_DEBUG: 0
SO_RCVLOWAT: 1
SO_DONTROUTE: 0
SO_REUSEPORT: 0
bool(true)
int(1)
bool(true)
int(0)
bool(true)
int(1)
bool(true)
int(0)
bool(true)
int(1)
bool(true)
int(0)
bool(true)
int(1)
bool(true)
int(30)
bool(true)
int(5)
bool(true)
int(3)
bool(true)
bool(true)
linger: {"l_onoff":0,"l_linger":0}
bool(true)
linger: {"l_onoff":1,"l_linger":7}
bool(true)
linger: {"l_onoff":1,"l_linger":7}
rcvtimeo: {"sec":0,"usec":0}
bool(true)
rcvtimeo: {"sec":2,"usec":500000}
bool(true)
sndtimeo: {"sec":1,"usec":0}
bool(true)
sndtimeo: {"sec":3,"usec":0}
bool(false)
int(33)
bool(true)
int(33)
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
socket_set_option(): Argument #4 ($value) must have key "l_linger"
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
socket_set_option(): Argument #4 ($value) must have key "usec"
bool(false)
int(11)
array(1) {
  [0]=>
  string(4) "name"
}
bool(true)
bool(true)
string(5) "cubic"
bool(false)
int(2)
bool(false)
int(19)
array(9) {
  [0]=>
  string(10) "rmem_alloc"
  [1]=>
  string(6) "rcvbuf"
  [2]=>
  string(10) "wmem_alloc"
  [3]=>
  string(6) "sndbuf"
  [4]=>
  string(9) "fwd_alloc"
  [5]=>
  string(11) "wmem_queued"
  [6]=>
  string(6) "optmem"
  [7]=>
  string(7) "backlog"
  [8]=>
  string(5) "drops"
}
int(9)
bool(true)
int(1)
bool(true)
int(1)
bool(true)
int(0)

Warning: Object of class stdClass could not be converted to int in %s on line %d
bool(true)
int(1)
bool(true)
int(1)

Warning: socket_get_option(): Unable to retrieve socket option [92]: Protocol not available in %s on line %d
bool(false)
int(92)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
int(92)

Warning: socket_get_option(): Unable to retrieve socket option [95]: Operation not supported in %s on line %d

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
bool(false)
int(1)
ArgumentCountError: socket_get_option() expects exactly 3 arguments, 2 given
ArgumentCountError: socket_set_option() expects exactly 4 arguments, 3 given
TypeError: socket_get_option(): Argument #2 ($level) must be of type int, string given
TypeError: socket_set_option(): Argument #1 ($socket) must be of type Socket, string given
int(1)
int(1)
