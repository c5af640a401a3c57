--TEST--
socket_read(): PHP_NORMAL_READ when recv() gives 0 bytes: "" on a non-blocking socket, zero-length records skipped on a blocking one
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();

function show(string $what, $r, ?Socket $s = null): void
{
    echo "$what: ";
    dump($r);
    echo "  errors: ", $s ? socket_last_error($s) : '-', " ", socket_last_error(), "\n";
    if ($s) socket_clear_error($s);
    socket_clear_error();
}

// Non-blocking stream socket, peer closed: "" without a warning, every time.
[$a, $b] = pair();
socket_set_nonblock($b);
socket_close($a);
show("nonblocking, peer closed", socket_read($b, 100, PHP_NORMAL_READ), $b);
show("again", socket_read($b, 100, PHP_NORMAL_READ), $b);
show("binary read", socket_read($b, 100), $b);

// (A partial line before the end is left to the rust_sockets-only
// socket_read_normal_eof_partial.phpt: the C extension then tests a byte
// of its buffer that recv() did not write.)

// Lines then the end.
[$a, $b] = pair();
socket_set_nonblock($b);
socket_write($a, "one\ntwo\r");
socket_close($a);
show("line 1", socket_read($b, 100, PHP_NORMAL_READ), $b);
show("line 2", socket_read($b, 100, PHP_NORMAL_READ), $b);
show("end", socket_read($b, 100, PHP_NORMAL_READ), $b);

// Our own read side shut down.
[$a, $b] = pair();
socket_set_nonblock($b);
socket_shutdown($b, 0);
show("nonblocking, SHUT_RD", socket_read($b, 100, PHP_NORMAL_READ), $b);

// Non-blocking mode set on the descriptor through a stream counts too.
[$a, $b] = pair();
$st = socket_export_stream($b);
stream_set_blocking($st, false);
socket_close($a);
show("nonblocking through the stream", socket_read($b, 100, PHP_NORMAL_READ), $b);

// TCP: the peer closes.
[$c, $s, $l] = tcp_pair();
socket_set_nonblock($s);
socket_write($c, "tcp\n");
socket_close($c);
usleep(10000);
show("tcp, line then closed", socket_read($s, 100, PHP_NORMAL_READ), $s);
show("tcp, closed", socket_read($s, 100, PHP_NORMAL_READ), $s);

// Zero-length records at the head of non-blocking datagram/seqpacket sockets.
foreach ([SOCK_DGRAM, SOCK_SEQPACKET] as $type) {
    [$a, $b] = pair($type);
    socket_set_nonblock($b);
    // (Each record ends where a line ends: a non-blocking read that has to
    // wait for more makes the C extension spin.)
    foreach (["", "x", "\n"] as $rec) socket_write($a, $rec);
    show("nonblocking type $type, empty record first", socket_read($b, 100, PHP_NORMAL_READ), $b);
    show("the next records", socket_read($b, 100, PHP_NORMAL_READ), $b);
}

// Blocking datagram/seqpacket sockets skip zero-length records at the head;
// each recv() takes one byte of a whole record. (Empty records after the
// first byte are left to socket_read_normal_uninit.phpt: the C extension
// then tests a byte of its buffer that recv() did not write.)
foreach ([SOCK_DGRAM, SOCK_SEQPACKET] as $type) {
    [$a, $b] = pair($type);
    foreach (["", "", "a", "bc", "\n", "rest"] as $rec) socket_write($a, $rec);
    show("blocking type $type, empty records", socket_read($b, 100, PHP_NORMAL_READ), $b);
    show("the next record", socket_read($b, 1, PHP_BINARY_READ), $b);
}

// A blocking seqpacket socket at the end: false and ECONNRESET.
[$a, $b] = pair(SOCK_SEQPACKET);
socket_write($a, "z");
socket_close($a);
show("seqpacket record", socket_read($b, 100, PHP_BINARY_READ), $b);
show("seqpacket end", socket_read($b, 100, PHP_NORMAL_READ), $b);
?>
--EXPECTF--
nonblocking, peer closed: string(0) ""
  errors: 0 0
again: string(0) ""
  errors: 0 0
binary read: string(0) ""
  errors: 0 0
line 1: string(4) "one\n"
  errors: 0 0
line 2: string(4) "two\r"
  errors: 0 0
end: string(0) ""
  errors: 0 0
nonblocking, SHUT_RD: string(0) ""
  errors: 0 0
nonblocking through the stream: string(0) ""
  errors: 0 0
tcp, line then closed: string(4) "tcp\n"
  errors: 0 0
tcp, closed: string(0) ""
  errors: 0 0
nonblocking type 2, empty record first: string(0) ""
  errors: 0 0
the next records: string(2) "x\n"
  errors: 0 0
nonblocking type 5, empty record first: string(0) ""
  errors: 0 0
the next records: string(2) "x\n"
  errors: 0 0
blocking type 2, empty records: string(3) "ab\n"
  errors: 0 0
the next record: string(1) "r"
  errors: 0 0
blocking type 5, empty records: string(3) "ab\n"
  errors: 0 0
the next record: string(1) "r"
  errors: 0 0
seqpacket record: string(1) "z"
  errors: 0 0

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
seqpacket end: bool(false)
  errors: 104 104
