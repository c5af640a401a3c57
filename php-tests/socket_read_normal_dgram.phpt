--TEST--
socket_read(): PHP_NORMAL_READ on datagram and seqpacket pairs reads one byte of each message
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
foreach ([SOCK_DGRAM, SOCK_SEQPACKET] as $type) {
    [$a, $b] = pair($type);
    foreach (["abc", "def", "\nxyz", "g", "\rh"] as $m) socket_write($a, $m);
    dump(socket_read($b, 100, PHP_NORMAL_READ));
    dump(socket_read($b, 100, PHP_NORMAL_READ));
    // $length messages at most, one byte of each.
    foreach (["one", "two", "three", "four", "five", "six"] as $m) socket_write($a, $m);
    dump(socket_read($b, 5, PHP_NORMAL_READ));
    dump(socket_read($b, 100));
}
?>
--EXPECTF--
string(3) "ad\n"
string(2) "g\r"
string(5) "ottff"
string(3) "six"
string(3) "ad\n"
string(2) "g\r"
string(5) "ottff"
string(3) "six"
