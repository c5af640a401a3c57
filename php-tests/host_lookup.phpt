--TEST--
Address parsing and host lookups: inet_pton first, then the resolver; errors as -10000 - h_errno
--DESCRIPTION--
Found by the differential fuzzer: IPv4 text is parsed with inet_pton (so
"0x7f.1" is a host name), and lookups go through gethostbyname_r, whose own
error code stays local: the reported code is what the resolver left in h_errno.
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
// Resolved without DNS (numeric forms, /etc/hosts): results and codes.
foreach (['127.0.0.1', '127.1', '1.5', '123', 'localhost'] as $host) {
    $r = @socket_bind($s, $host, 0);
    echo json_encode($host), ': ', var_export($r, true), ' ', socket_last_error($s), "\n";
    if ($r) { $s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP); }
}
// Not IPv4 text for inet_pton, and not a name the resolver accepts: the
// code depends on the resolver's configuration, the outcome does not.
foreach (['0x7f.1', '256.1.1.1', str_repeat('p', 120), str_repeat('q', 300)] as $host) {
    $r = @socket_bind($s, $host, 0);
    echo strlen($host), ': ', var_export($r, true), ' ', socket_last_error($s) < -10000 ? 'lookup error' : 'other', "\n";
}
?>
--EXPECTF--
"127.0.0.1": true 0
"127.1": true 0
"1.5": false 99
"123": false 99
"localhost": true 99
6: false lookup error
9: false lookup error
120: false lookup error
300: false lookup error
