--TEST--
AF_PACKET sockets: refused until 8.4; socket_create/bind/getsockname from 8.5 (the interface by name and index), sendto/recvfrom from 8.6
--EXTENSIONS--
sockets
posix
--SKIPIF--
<?php if (posix_getuid() !== 0) die('skip AF_PACKET sockets need root (CAP_NET_RAW)'); ?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
const PACKET = 17; // AF_PACKET
const ALL = 3; // ETH_P_ALL, in host order (the C extension swaps it)
outcome('create raw', fn() => socket_create(PACKET, SOCK_RAW, ALL));
outcome('create dgram', fn() => socket_create(PACKET, SOCK_DGRAM, 0));
outcome('create stream', fn() => @socket_create(PACKET, SOCK_STREAM, 0));
outcome('create_pair', fn() => socket_create_pair(PACKET, SOCK_RAW, 0, $p));
if (PHP_VERSION_ID < 80500) {
    exit;
}
$s = socket_create(PACKET, SOCK_RAW, ALL);
outcome('getsockname unbound', fn() => socket_getsockname($s, $name, $index));
outcome('bind lo', fn() => socket_bind($s, 'lo'));
outcome('getsockname', fn() => [socket_getsockname($s, $name, $index), $name, $index]);
outcome('getsockname, no $port', fn() => [socket_getsockname($s, $name2), $name2]);
outcome('getpeername', fn() => @socket_getpeername($s, $peer, $port));
foreach (['lo', "lo\0junk", 'no-such-if0', '', str_repeat('x', 40)] as $if) {
    $t = socket_create(PACKET, SOCK_RAW, ALL);
    outcome('bind ' . json_encode($if), fn() => socket_bind($t, $if, 123));
    outcome('  then getsockname', fn() => [socket_getsockname($t, $name, $index), $name, $index]);
}
outcome('bind port 70000', fn() => socket_bind(socket_create(PACKET, SOCK_RAW, ALL), 'lo', 70000));
outcome('connect', fn() => socket_connect(socket_create(PACKET, SOCK_RAW, ALL), 'lo', 1));
$frame = pack('H12H12n', 'ffffffffffff', '020000000001', 0x88b5) . str_repeat('A', 46);
outcome('send', fn() => socket_send($s, $frame, strlen($frame), 0));
outcome('sendto, index 1', fn() => socket_sendto($s, $frame, strlen($frame), 0, 'lo', 1));
outcome('sendto, no index', fn() => socket_sendto($s, $frame, strlen($frame), 0, 'lo'));
outcome('sendto, index 0', fn() => @socket_sendto($s, $frame, strlen($frame), 0, 'lo', 0));
outcome('sendto, index 70000', fn() => @socket_sendto($s, $frame, strlen($frame), 0, 'lo', 70000));
outcome('sendto, length -1', fn() => socket_sendto($s, $frame, -1, 0, 'lo', 1));
socket_set_nonblock($s);
outcome('recvfrom MSG_TRUNC', fn() => socket_recvfrom($s, $buf, 100, MSG_TRUNC, $from, $fport));
outcome('recvfrom length 0', fn() => socket_recvfrom($s, $buf, 0, 0, $from, $fport));
$r = socket_create(PACKET, SOCK_RAW, ALL);
socket_bind($r, 'lo');
socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 1, 'usec' => 0]);
socket_sendto($s, $frame, strlen($frame), 0, 'lo', 1);
outcome('recvfrom', function () use ($r) {
    for ($i = 0; $i < 50; $i++) {
        $n = @socket_recvfrom($r, $buf, 100, 0, $from, $fport);
        if ($n === false || substr($buf, 12, 2) === "\x88\xb5") {
            return [$n, $n === false ? socket_last_error($r) : strlen($buf), $from ?? null, $fport ?? null];
        }
    }
    return 'not seen';
});
outcome('sendmsg', fn() => @socket_sendmsg($s, ['name' => ['addr' => 'lo'], 'iov' => [$frame]], 0));
outcome('multicast option', fn() => socket_set_option($s, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.1', 'interface' => 0]));
outcome('export/import', fn() => socket_import_stream(socket_export_stream(socket_create(PACKET, SOCK_RAW, 0))));
// The protocol as /proc/net/packet shows it (host order): swapped to network
// order when it fits 16 bits.
foreach ([3, 0x88b5, 0, -1, 0x10000] as $proto) {
    outcome("protocol $proto", function () use ($proto) {
        $p = @socket_create(PACKET, SOCK_RAW, $proto);
        if (!$p) {
            return $p;
        }
        $inode = fstat(socket_export_stream($p))['ino'];
        foreach (file('/proc/net/packet') as $line) {
            $f = preg_split('/\s+/', trim($line));
            if (($f[8] ?? '') == $inode) {
                return $f[3];
            }
        }
        return 'not listed';
    });
}
?>
--EXPECTF--
create raw: ValueError: socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
create dgram: ValueError: socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
create stream: ValueError: socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
create_pair: ValueError: socket_create_pair(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
