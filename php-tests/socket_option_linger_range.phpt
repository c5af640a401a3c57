--TEST--
socket_set_option(SO_LINGER): an l_linger outside 0..65535 is named in the ValueError (rust_sockets only)
--DESCRIPTION--
From PHP 8.4 the C extension checks both fields of SO_LINGER. For l_linger
the sockets.so of 8.4.27 and 8.5.7 print bytes of the value's zval instead
of the field's name (from the heap for a string: not even the same from one
run to the next); 8.6 names it. rust_sockets names it on every version
that checks. Before 8.4 the value is truncated to 16 bits, as there.
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: PHP 8.4 and 8.5 sockets.so print garbage here'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach ([65536, -1, PHP_INT_MAX, "99999", 1e10] as $linger) {
    try {
        var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => $linger]));
        var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER)['l_linger']);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
bool(true)
int(0)
bool(true)
int(65535)
bool(true)
int(65535)
bool(true)
int(34463)
bool(true)
int(58368)
