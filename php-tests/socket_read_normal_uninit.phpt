--TEST--
socket_read(): PHP_NORMAL_READ after an empty recv() part-way through a line never looks at bytes it did not receive (rust_sockets only)
--DESCRIPTION--
When recv() gives 0 bytes after part of a line (the peer closed a
non-blocking stream, or a zero-length record follows a datagram's byte), the
C extension's php_read() tests the next byte of its buffer for '\n'/'\r'
although recv() did not write it: what the line comes back as depends on
what the heap held there before (a stale '\n' ends the line early with a
byte that was never received). rust_sockets looks only at bytes received:
a non-blocking stream gives the partial line, then ""; a blocking datagram
or seqpacket socket skips the empty record and reads on.
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) reads an uninitialised byte here'); ?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();

[$a, $b] = pair();
socket_set_nonblock($b);
socket_write($a, "ab");
socket_close($a);
dump(socket_read($b, 100, PHP_NORMAL_READ), socket_read($b, 100, PHP_NORMAL_READ));

[$c, $s, $l] = tcp_pair();
socket_set_nonblock($s);
socket_write($c, "tcp");
socket_close($c);
usleep(10000);
dump(socket_read($s, 100, PHP_NORMAL_READ), socket_read($s, 100, PHP_NORMAL_READ));

foreach ([SOCK_DGRAM, SOCK_SEQPACKET] as $type) {
    [$a, $b] = pair($type);
    foreach (["a", "", "", "bc", "\n", "rest"] as $rec) socket_write($a, $rec);
    dump(socket_read($b, 100, PHP_NORMAL_READ), socket_read($b, 100, PHP_BINARY_READ));
}

// The end of a seqpacket stream after a record's first byte: the byte is
// returned, then false with ECONNRESET.
[$a, $b] = pair(SOCK_SEQPACKET);
socket_write($a, "z\n");
socket_close($a);
dump(socket_read($b, 100, PHP_NORMAL_READ));
dump(socket_read($b, 100, PHP_NORMAL_READ), socket_last_error($b));
?>
--EXPECTF--
string(2) "ab"
string(0) ""
string(3) "tcp"
string(0) ""
string(3) "ab\n"
string(4) "rest"
string(3) "ab\n"
string(4) "rest"
string(1) "z"

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
int(104)
