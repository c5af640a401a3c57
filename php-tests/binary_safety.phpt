--TEST--
Every byte value 0x00-0xFF goes through write and read unchanged, in both directions
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
$all = '';
for ($i = 0; $i < 256; $i++) $all .= chr($i);
$data = str_repeat($all, 64) . "\0" . strrev($all) . "\0";
foreach ([SOCK_STREAM, SOCK_SEQPACKET, SOCK_DGRAM] as $type) {
    [$a, $b] = pair($type);
    foreach ([[$a, $b], [$b, $a]] as [$from, $to]) {
        var_dump(socket_write($from, $data) === strlen($data));
        $got = '';
        while (strlen($got) < strlen($data)) {
            $got .= socket_read($to, 1 << 20);
        }
        var_dump($got === $data, md5($got));
    }
}
// A string made of NUL bytes only, and NUL-terminated C-style strings.
[$a, $b] = pair();
socket_write($a, "\0\0\0");
var_dump(bin2hex(socket_read($b, 10)));
socket_write($a, "abc\0def", 5);
var_dump(bin2hex(socket_read($b, 10)));
?>
--EXPECTF--
bool(true)
bool(true)
string(32) "6ecfea2af0a104826c8987425480d01e"
bool(true)
bool(true)
string(32) "6ecfea2af0a104826c8987425480d01e"
bool(true)
bool(true)
string(32) "6ecfea2af0a104826c8987425480d01e"
bool(true)
bool(true)
string(32) "6ecfea2af0a104826c8987425480d01e"
bool(true)
bool(true)
string(32) "6ecfea2af0a104826c8987425480d01e"
bool(true)
bool(true)
string(32) "6ecfea2af0a104826c8987425480d01e"
string(6) "000000"
string(10) "6162630064"
