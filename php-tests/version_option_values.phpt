--TEST--
socket_set_option() values each version checks: SO_LINGER/SO_*TIMEO arrays (8.4), l_onoff range (8.4), string options (8.5), UDP_SEGMENT (8.5), multicast values and families (8.5), TCP_USER_TIMEOUT (8.6), SO_ATTACH_REUSEPORT_CBPF (8.3, 8.6)
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
$tcp = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$udp = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$unix = socket_create(AF_UNIX, SOCK_DGRAM, 0);
$values = [5, "str", null, true, 1.5, (object) ['x' => 1], [], ['l_onoff' => 1, 'l_linger' => 2], ['sec' => 1, 'usec' => 5]];
foreach ([SO_LINGER => 'SO_LINGER', SO_RCVTIMEO => 'SO_RCVTIMEO', SO_SNDTIMEO => 'SO_SNDTIMEO'] as $opt => $name) {
    foreach ($values as $v) {
        outcome("$name " . json_encode($v), fn() => socket_set_option($tcp, SOL_SOCKET, $opt, $v));
    }
}
foreach ([['l_onoff' => 65536, 'l_linger' => 1], ['l_onoff' => -1, 'l_linger' => 1], ['l_onoff' => PHP_INT_MAX, 'l_linger' => 1],
          ['l_onoff' => 70000], ['l_onoff' => "x", 'l_linger' => 3], ['l_onoff' => 65535, 'l_linger' => 65535]] as $v) {
    outcome('SO_LINGER ' . json_encode($v), fn() => socket_set_option($tcp, SOL_SOCKET, SO_LINGER, $v));
}
$stringable = new class { function __toString(): string { return 'lo'; } };
foreach (['lo', '', 5, null, true, 1.5, [], $stringable] as $v) {
    outcome('SO_BINDTODEVICE ' . json_encode($v), fn() => socket_set_option($tcp, SOL_SOCKET, SO_BINDTODEVICE, $v));
}
foreach (['cubic', 'reno', 5, null, [], $stringable] as $v) {
    outcome('TCP_CONGESTION ' . json_encode($v), fn() => @socket_set_option($tcp, SOL_TCP, TCP_CONGESTION, $v));
}
// Option 13 is SO_LINGER at SOL_SOCKET and TCP_CONGESTION at SOL_TCP.
outcome('13 at SOL_TCP', fn() => @socket_set_option($tcp, SOL_TCP, 13, 5));
foreach ([SOL_UDP, SOL_SOCKET, SOL_TCP] as $level) {
    foreach ([0, 1400, 65535, 65536, -1, "70000", [], PHP_INT_MAX] as $v) {
        outcome("103 at $level " . json_encode($v), fn() => @socket_set_option($udp, $level, 103, $v));
    }
}
foreach ([SOL_TCP, SOL_SOCKET] as $level) {
    foreach ([0, 1000, -1, 4294967295, 4294967296, PHP_INT_MAX, "x"] as $v) {
        outcome("18 at $level " . json_encode($v), fn() => @socket_set_option($tcp, $level, 18, $v));
    }
}
$group = ['group' => '224.0.0.23', 'interface' => 0, 'source' => '127.0.0.1'];
foreach ([MCAST_JOIN_GROUP, MCAST_LEAVE_GROUP, MCAST_JOIN_SOURCE_GROUP, MCAST_LEAVE_SOURCE_GROUP, MCAST_BLOCK_SOURCE, MCAST_UNBLOCK_SOURCE] as $opt) {
    foreach ([5, "x", null, (object) ['interface' => 0]] as $v) {
        outcome("mcast $opt " . json_encode($v), fn() => socket_set_option($udp, IPPROTO_IP, $opt, $v));
    }
    outcome("mcast $opt on unix", fn() => socket_set_option($unix, IPPROTO_IP, $opt, $group));
    outcome("mcast6 $opt on unix", fn() => socket_set_option($unix, IPPROTO_IPV6, $opt, ['group' => 'ff02::23', 'interface' => 0, 'source' => '::1']));
}
// 51 is SO_ATTACH_REUSEPORT_CBPF: 36 (SKF_AD_CPU) and 24 (SKF_AD_QUEUE)
// attach a program, other values but 0 are refused (0 detaches: see
// socket_option_reuseport_detach.phpt).
$reuse = socket_create(AF_INET, SOCK_DGRAM, 0);
socket_set_option($reuse, SOL_SOCKET, SO_REUSEPORT, 1);
socket_bind($reuse, '127.0.0.1', 0);
foreach ([36, 24, 1, -1, "36", 1.5, "1x"] as $v) {
    outcome('51 ' . json_encode($v), fn() => @socket_set_option($reuse, SOL_SOCKET, 51, $v));
}
outcome('51 at SOL_TCP', fn() => @socket_set_option($reuse, SOL_TCP, 51, 36));
outcome('51 unbound', fn() => @socket_set_option($udp, SOL_SOCKET, 51, 36));
?>
--EXPECTF--
SO_LINGER 5: ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
SO_LINGER "str": ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
SO_LINGER null: ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
SO_LINGER true: ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
SO_LINGER 1.5: ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
SO_LINGER {"x":1}: ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
SO_LINGER []: ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
SO_LINGER {"l_onoff":1,"l_linger":2}: true 0
SO_LINGER {"sec":1,"usec":5}: ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
SO_RCVTIMEO 5: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_RCVTIMEO "str": ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_RCVTIMEO null: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_RCVTIMEO true: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_RCVTIMEO 1.5: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_RCVTIMEO {"x":1}: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_RCVTIMEO []: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_RCVTIMEO {"l_onoff":1,"l_linger":2}: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_RCVTIMEO {"sec":1,"usec":5}: true 0
SO_SNDTIMEO 5: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_SNDTIMEO "str": ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_SNDTIMEO null: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_SNDTIMEO true: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_SNDTIMEO 1.5: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_SNDTIMEO {"x":1}: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_SNDTIMEO []: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_SNDTIMEO {"l_onoff":1,"l_linger":2}: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
SO_SNDTIMEO {"sec":1,"usec":5}: true 0
SO_LINGER {"l_onoff":65536,"l_linger":1}: true 0
SO_LINGER {"l_onoff":-1,"l_linger":1}: true 0
SO_LINGER {"l_onoff":9223372036854775807,"l_linger":1}: true 0
SO_LINGER {"l_onoff":70000}: ValueError: socket_set_option(): Argument #4 ($value) must have key "l_linger"
SO_LINGER {"l_onoff":"x","l_linger":3}: true 0
SO_LINGER {"l_onoff":65535,"l_linger":65535}: true 0
SO_BINDTODEVICE "lo": true 0
SO_BINDTODEVICE "": true 0
SO_BINDTODEVICE 5: true 0
SO_BINDTODEVICE null: true 0
SO_BINDTODEVICE true: true 0
SO_BINDTODEVICE 1.5: true 0
SO_BINDTODEVICE []: true 0
SO_BINDTODEVICE {}: true 0
TCP_CONGESTION "cubic": true 0
TCP_CONGESTION "reno": true 0
TCP_CONGESTION 5: false 22
TCP_CONGESTION null: false 22
TCP_CONGESTION []: false 22
TCP_CONGESTION {}: false 22
13 at SOL_TCP: false 22
103 at 17 0: true 0
103 at 17 1400: true 0
103 at 17 65535: true 0
103 at 17 65536: false 22
103 at 17 -1: false 22
103 at 17 "70000": false 22
103 at 17 []: true 0
103 at 17 9223372036854775807: false 22
103 at 1 0: false 92
103 at 1 1400: false 92
103 at 1 65535: false 92
103 at 1 65536: false 92
103 at 1 -1: false 92
103 at 1 "70000": false 92
103 at 1 []: false 92
103 at 1 9223372036854775807: false 92
103 at 6 0: false 92
103 at 6 1400: false 92
103 at 6 65535: false 92
103 at 6 65536: false 92
103 at 6 -1: false 92
103 at 6 "70000": false 92
103 at 6 []: false 92
103 at 6 9223372036854775807: false 92
18 at 6 0: true 0
18 at 6 1000: true 0
18 at 6 -1: false 22
18 at 6 4294967295: false 22
18 at 6 4294967296: true 0
18 at 6 9223372036854775807: false 22
18 at 6 "x": true 0
18 at 1 0: true 0
18 at 1 1000: true 0
18 at 1 -1: true 0
18 at 1 4294967295: true 0
18 at 1 4294967296: true 0
18 at 1 9223372036854775807: true 0
18 at 1 "x": true 0
mcast 42 5: ValueError: No key "group" passed in optval
mcast 42 "x": ValueError: No key "group" passed in optval
mcast 42 null: ValueError: No key "group" passed in optval
mcast 42 {"interface":0}: ValueError: No key "group" passed in optval

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
mcast 42 on unix: false 0

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
mcast6 42 on unix: false 0
mcast 45 5: ValueError: No key "group" passed in optval
mcast 45 "x": ValueError: No key "group" passed in optval
mcast 45 null: ValueError: No key "group" passed in optval
mcast 45 {"interface":0}: ValueError: No key "group" passed in optval

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
mcast 45 on unix: false 0

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
mcast6 45 on unix: false 0
mcast 46 5: ValueError: No key "group" passed in optval
mcast 46 "x": ValueError: No key "group" passed in optval
mcast 46 null: ValueError: No key "group" passed in optval
mcast 46 {"interface":0}: ValueError: No key "group" passed in optval

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
mcast 46 on unix: false 0

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
mcast6 46 on unix: false 0
mcast 47 5: ValueError: No key "group" passed in optval
mcast 47 "x": ValueError: No key "group" passed in optval
mcast 47 null: ValueError: No key "group" passed in optval
mcast 47 {"interface":0}: ValueError: No key "group" passed in optval

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
mcast 47 on unix: false 0

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
mcast6 47 on unix: false 0
mcast 43 5: ValueError: No key "group" passed in optval
mcast 43 "x": ValueError: No key "group" passed in optval
mcast 43 null: ValueError: No key "group" passed in optval
mcast 43 {"interface":0}: ValueError: No key "group" passed in optval

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
mcast 43 on unix: false 0

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
mcast6 43 on unix: false 0
mcast 44 5: ValueError: No key "group" passed in optval
mcast 44 "x": ValueError: No key "group" passed in optval
mcast 44 null: ValueError: No key "group" passed in optval
mcast 44 {"interface":0}: ValueError: No key "group" passed in optval

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
mcast 44 on unix: false 0

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
mcast6 44 on unix: false 0
51 36: false 22
51 24: false 22
51 1: false 22
51 -1: false 22
51 "36": false 22
51 1.5: false 22
51 "1x": false 22
51 at SOL_TCP: false 92
51 unbound: false 22
