--TEST--
Multicast options: IP_MULTICAST_IF, MCAST_JOIN/LEAVE(_SOURCE)_GROUP, BLOCK/UNBLOCK_SOURCE, IPV6_MULTICAST_IF, IPV6_PKTINFO
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!@socket_create(AF_INET6, SOCK_DGRAM, 0)) die("skip no IPv6"); ?>
--FILE--
<?php
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$u6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
$t = function ($f) { try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } };
$t(fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
$t(fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 'lo'));
$t(fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
$t(fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 1));
$t(fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 0));
$t(fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, -1));
$t(fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 'nosuchif0'));
$t(fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 999));
$t(fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '239.1.2.3', 'interface' => 'lo']));
$t(fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '239.1.2.3', 'interface' => 'lo']));
$t(fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => '239.1.2.3', 'interface' => 1]));
$t(fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => '239.1.2.3']));
$t(fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['interface' => 0]));
$t(fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, 'x'));
$t(fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '239.1.2.3', 'source' => '127.0.0.1', 'interface' => 0]));
$t(fn() => socket_set_option($u, IPPROTO_IP, MCAST_BLOCK_SOURCE, ['group' => '239.1.2.3', 'source' => '127.0.0.2']));
$t(fn() => socket_set_option($u, IPPROTO_IP, MCAST_UNBLOCK_SOURCE, ['group' => '239.1.2.3', 'source' => '127.0.0.2']));
$t(fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_SOURCE_GROUP, ['group' => '239.1.2.3', 'source' => '127.0.0.1']));
$t(fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '239.1.2.3']));
$t(fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => 'not an ip']));
$t(fn() => socket_set_option($u6, IPPROTO_IPV6, IPV6_MULTICAST_IF, 'lo'));
$t(fn() => socket_get_option($u6, IPPROTO_IPV6, IPV6_MULTICAST_IF));
$t(fn() => socket_set_option($u6, IPPROTO_IPV6, IPV6_MULTICAST_IF, 2**33));
$t(fn() => socket_set_option($u6, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => 'ff02::1', 'interface' => 'lo']));
$t(fn() => socket_set_option($u6, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => '239.1.2.3']));
$t(fn() => socket_set_option($u6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 0]));
$t(fn() => socket_get_option($u6, IPPROTO_IPV6, IPV6_PKTINFO));
$t(fn() => socket_set_option($u6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1']));
$t(fn() => socket_set_option($u6, IPPROTO_IPV6, IPV6_RECVPKTINFO, 1));
$t(fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '239.1.2.4', 'interface' => [1]]));
?>
--EXPECTF--
int(0)
bool(true)
int(1)
bool(true)
bool(true)
ValueError: Index must be between 0 and 4294967295

Warning: socket_set_option(): No interface with name "nosuchif0" could be found in %s on line %d
bool(false)

Warning: socket_set_option(): Failed obtaining address for interface 999: error 19 in %s on line %d
bool(false)
bool(true)

Warning: socket_set_option(): Unable to set socket option [98]: Address already in use in %s on line %d
bool(false)
bool(true)

Warning: socket_set_option(): Unable to set socket option [99]: Cannot assign requested address in %s on line %d
bool(false)
ValueError: No key "group" passed in optval
ValueError: No key "group" passed in optval
bool(true)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
bool(true)
ValueError: No key "source" passed in optval

Warning: socket_set_option(): Host lookup failed [-10000]: Unknown error -10000 in %s on line %d
bool(false)
bool(true)
int(1)
ValueError: Index must be between 0 and 4294967295
bool(true)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
bool(true)

Warning: socket_get_option(): unable to get socket option [92]: Protocol not available in %s on line %d
bool(false)

Warning: socket_set_option(): error converting user data (path: in6_pktinfo): The key 'ifindex' is required in %s on line %d
bool(false)
bool(true)

Warning: Array to string conversion in %s on line %d

Warning: socket_set_option(): No interface with name "Array" could be found in %s on line %d
bool(false)
