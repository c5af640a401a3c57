--TEST--
C layouts an architecture could change (src/abi.rs): control message sizes and padding, several messages in one buffer, in6_pktinfo, timeval, linger
--DESCRIPTION--
What rust_sockets writes and reads as bytes in the layouts of the C library
it is built for: socket_cmsg_space() of every control message it knows;
one recvmsg() receiving SCM_RIGHTS with 1 and 3 descriptors (data that
needs padding to the next message) and SCM_CREDENTIALS together, walked
as CMSG_NXTHDR walks them; IPV6_PKTINFO, IPV6_HOPLIMIT and IPV6_TCLASS
received over the IPv6 loopback (struct in6_pktinfo); SO_RCVTIMEO (struct
timeval) and SO_LINGER (struct linger) set and read back. Run against each
architecture's own sockets.so (scripts/test --arch arm64 for arm64).
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
foreach ([[SOL_SOCKET, SCM_RIGHTS], [SOL_SOCKET, SCM_CREDENTIALS], [IPPROTO_IPV6, IPV6_PKTINFO],
          [IPPROTO_IPV6, IPV6_HOPLIMIT], [IPPROTO_IPV6, IPV6_TCLASS]] as [$level, $type]) {
    echo "cmsg_space($level, $type, 0..4):";
    foreach ([0, 1, 2, 3, 4] as $n) echo ' ', socket_cmsg_space($level, $type, $n);
    echo "\n";
}

// Three control messages sent in one buffer: 1 descriptor (4 bytes of
// data, padded to 8), 3 descriptors (12, padded to 16), credentials (12).
// Linux hands them back as two: the credentials (padded to 16), then the
// four descriptors in one SCM_RIGHTS.
[$a, $b] = pair(SOCK_DGRAM);
socket_set_option($b, SOL_SOCKET, SO_PASSCRED, 1);
[$f1, $f2, $f3, $f4] = [tmpfile(), tmpfile(), tmpfile(), tmpfile()];
var_dump(socket_sendmsg($a, ['iov' => ['three'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$f1]],
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$f2, $f3, $f4]],
    ['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => getmypid(), 'uid' => getmyuid(), 'gid' => getmygid()]],
]]));
$m = ['buffer_size' => 16, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 4) + socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS)];
var_dump(socket_recvmsg($b, $m), $m['iov'], $m['flags']);
foreach ($m['control'] as $i => $c) {
    $data = $c['data'];
    if ($c['type'] === SCM_CREDENTIALS) {
        $data = [$data['pid'] === getmypid(), $data['uid'] === getmyuid(), $data['gid'] === getmygid()];
    } else {
        $data = array_map('get_resource_type', $data);
    }
    echo "#$i level {$c['level']} type {$c['type']}: ", json_encode($data), "\n";
}

// IPv6: the packet's destination and interface, hop limit and traffic class.
$r = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
if (!@socket_bind($r, '::1', 0)) {
    echo "no IPv6 loopback\n";
} else {
    socket_getsockname($r, $addr, $port);
    foreach ([IPV6_RECVPKTINFO, IPV6_RECVHOPLIMIT, IPV6_RECVTCLASS] as $o) {
        var_dump(socket_set_option($r, IPPROTO_IPV6, $o, 1));
    }
    $s = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
    var_dump(socket_sendmsg($s, ['name' => ['addr' => '::1', 'port' => $port], 'iov' => ['v6'],
        'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_TCLASS, 'data' => 40]]]));
    $m = ['name' => [], 'buffer_size' => 16, 'controllen' => 128];
    var_dump(socket_recvmsg($r, $m, MSG_DONTWAIT), $m['iov']);
    foreach ($m['control'] as $c) {
        $data = $c['data'];
        if ($c['type'] === IPV6_PKTINFO) {
            $data = ['addr' => $data['addr'], 'ifindex > 0' => $data['ifindex'] > 0];
        }
        echo "level {$c['level']} type {$c['type']}: ", json_encode($data), "\n";
    }
}

// Struct-valued options (times the kernel keeps exactly with any HZ).
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($t, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 500000]),
         socket_get_option($t, SOL_SOCKET, SO_RCVTIMEO),
         socket_set_option($t, SOL_SOCKET, SO_SNDTIMEO, ['sec' => 0, 'usec' => 100000]),
         socket_get_option($t, SOL_SOCKET, SO_SNDTIMEO),
         socket_set_option($t, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 7]),
         socket_get_option($t, SOL_SOCKET, SO_LINGER));
?>
--EXPECTF--
cmsg_space(1, 1, 0..4): 16 24 24 32 32
cmsg_space(1, 2, 0..4): 32 32 32 32 32
cmsg_space(41, 50, 0..4): 40 40 40 40 40
cmsg_space(41, 52, 0..4): 24 24 24 24 24
cmsg_space(41, 67, 0..4): 24 24 24 24 24
int(5)
int(5)
array(1) {
  [0]=>
  string(5) "three"
}
int(0)
#0 level 1 type 2: [true,true,true]
#1 level 1 type 1: ["stream","stream","stream","stream"]
bool(true)
bool(true)
bool(true)
int(2)
int(2)
array(1) {
  [0]=>
  string(2) "v6"
}
level 41 type 50: {"addr":"::1","ifindex > 0":true}
level 41 type 52: 64
level 41 type 67: 40
bool(true)
array(2) {
  ["sec"]=>
  int(5)
  ["usec"]=>
  int(500000)
}
bool(true)
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(100000)
}
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(7)
}
