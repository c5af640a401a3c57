--TEST--
socket_set_option() at IPPROTO_IP / IPPROTO_IPV6: multicast loop, TTL and hops; other options as ints
--DESCRIPTION--
Found by the differential fuzzer: at these levels the C extension sends any
option it does not handle itself to the int conversion, even SO_LINGER.
--EXTENSIONS--
sockets
--FILE--
<?php
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$u6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
foreach ([[$u, IPPROTO_IP, IP_MULTICAST_LOOP, "0"], [$u, IPPROTO_IP, IP_MULTICAST_LOOP, []], [$u, IPPROTO_IP, IP_MULTICAST_TTL, 300], [$u, IPPROTO_IP, IP_MULTICAST_TTL, "7"],
          [$u, IPPROTO_IP, IP_MULTICAST_TTL, -1], [$u6, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, -2], [$u6, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, 5], [$u6, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, false],
          [$u, IPPROTO_IP, SO_LINGER, 1], [$u, IPPROTO_IPV6, SO_RCVTIMEO, 1]] as [$s, $l, $o, $v]) {
    try { var_dump(socket_set_option($s, $l, $o, $v)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    var_dump(@socket_get_option($s, $l, $o));
}
?>
--EXPECTF--
bool(true)
int(0)
bool(true)
int(0)
ValueError: socket_set_option(): Argument #4 ($value) must be between 0 and 255
int(1)
bool(true)
int(7)
ValueError: socket_set_option(): Argument #4 ($value) must be between 0 and 255
int(7)
ValueError: socket_set_option(): Argument #4 ($value) must be between -1 and 255
int(1)
bool(true)
int(5)
bool(true)
int(0)
bool(true)
int(1)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
bool(false)
