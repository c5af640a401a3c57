--TEST--
socket_recvmsg(): the name of a peer without an address is null (unnamed socket, socket pair, TCP connection); with an address, its parts
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';

function receive(Socket $s, array $msg, string $what): void
{
    $r = socket_recvmsg($s, $msg, 0);
    echo "$what: ";
    var_dump($r);
    var_dump($msg === false ? false : $msg['name']);
}

// Both ends of a pair are unnamed.
foreach ([SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET] as $type) {
    [$a, $b] = pair($type);
    socket_write($a, "x");
    receive($b, ['name' => [], 'controllen' => 1], "pair type $type");
    socket_write($a, "x");
    receive($b, ['name' => ['family' => AF_UNIX], 'controllen' => 1], "pair type $type, family given");
    socket_write($a, "x");
    receive($b, ['controllen' => 1], "pair type $type, no name");
}

// An unbound sender to a bound AF_UNIX datagram socket, then a bound one.
$dir = sys_get_temp_dir() . '/rs_recvmsg_name_' . getmypid();
@mkdir($dir);
$rx = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($rx, "$dir/rx");
$tx = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_sendto($tx, "x", 1, 0, "$dir/rx");
receive($rx, ['name' => [], 'buffer_size' => 10, 'controllen' => 1], "unbound unix sender");
$tx2 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($tx2, "$dir/tx");
socket_sendto($tx2, "x", 1, 0, "$dir/rx");
receive($rx, ['name' => [], 'buffer_size' => 10, 'controllen' => 1], "bound unix sender");
// An abstract name reads back as "" (sun_path starts with a NUL).
$tx3 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($tx3, "\0rs_recvmsg_name_" . getmypid());
socket_sendto($tx3, "x", 1, 0, "$dir/rx");
receive($rx, ['name' => [], 'buffer_size' => 10, 'controllen' => 1], "abstract unix sender");
foreach (["$dir/rx", "$dir/tx"] as $f) @unlink($f);
@rmdir($dir);

// TCP: an accepted connection and a connecting one have no name per message.
[$c, $s, $l] = tcp_pair();
socket_write($c, "x");
receive($s, ['name' => [], 'controllen' => 1], "accepted tcp");
socket_write($s, "x");
receive($c, ['name' => ['family' => AF_INET], 'controllen' => 1], "connected tcp");

// UDP on loopback, IPv4 and IPv6: the sender's address and port.
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '127.0.0.1', 0);
socket_getsockname($u, $addr, $port);
$v = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($v, '127.0.0.1', 0);
socket_getsockname($v, $vaddr, $vport);
socket_sendto($v, "x", 1, 0, '127.0.0.1', $port);
$m = ['name' => [], 'controllen' => 1];
socket_recvmsg($u, $m, 0);
var_dump($m['name']['family'], $m['name']['addr'], $m['name']['port'] === $vport);
// A connected UDP socket still gets the sender's address.
socket_connect($u, '127.0.0.1', $vport);
socket_sendto($v, "y", 1, 0, '127.0.0.1', $port);
$m = ['name' => [], 'controllen' => 1];
socket_recvmsg($u, $m, 0);
var_dump($m['name']['addr'], $m['name']['port'] === $vport);

$u6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
if (@socket_bind($u6, '::1', 0)) {
    socket_getsockname($u6, $addr6, $port6);
    $v6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
    socket_bind($v6, '::1', 0);
    socket_getsockname($v6, $vaddr6, $vport6);
    socket_sendto($v6, "x", 1, 0, '::1', $port6);
    $m = ['name' => [], 'controllen' => 1];
    socket_recvmsg($u6, $m, 0);
    var_dump($m['name']['family'], $m['name']['addr'], $m['name']['port'] === $vport6, $m['name']['flowinfo'], $m['name']['scope_id']);
    // IPv4 family asked on an IPv6 socket: a sockaddr_in is too small for
    // the sender's address, which comes back cut short.
    socket_sendto($v6, "x", 1, 0, '::1', $port6);
    $m = ['name' => ['family' => AF_INET], 'controllen' => 1];
    var_dump(socket_recvmsg($u6, $m, 0));
    var_dump(is_array($m) ? array_keys($m['name'] ?? []) : $m);
} else {
    echo "no IPv6 loopback\n";
}
?>
--EXPECTF--
pair type 1: int(1)
NULL
pair type 1, family given: int(1)
NULL
pair type 1, no name: int(1)
NULL
pair type 2: int(1)
NULL
pair type 2, family given: int(1)
NULL
pair type 2, no name: int(1)
NULL
pair type 5: int(1)
NULL
pair type 5, family given: int(1)
NULL
pair type 5, no name: int(1)
NULL
unbound unix sender: int(1)
NULL
bound unix sender: int(1)
array(2) {
  ["family"]=>
  int(1)
  ["path"]=>
  string(%d) "%s/tx"
}
abstract unix sender: int(1)
array(2) {
  ["family"]=>
  int(1)
  ["path"]=>
  string(0) ""
}
accepted tcp: int(1)
NULL
connected tcp: int(1)
NULL
int(2)
string(9) "127.0.0.1"
bool(true)
string(9) "127.0.0.1"
bool(true)
int(10)
string(3) "::1"
bool(true)
int(0)
int(0)
int(1)
array(5) {
  [0]=>
  string(6) "family"
  [1]=>
  string(4) "addr"
  [2]=>
  string(4) "port"
  [3]=>
  string(8) "flowinfo"
  [4]=>
  string(8) "scope_id"
}
