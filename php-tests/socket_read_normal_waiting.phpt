--TEST--
socket_read(): PHP_NORMAL_READ that would have to wait returns what it has: non-blocking, timed out, interrupted (rust_sockets only)
--DESCRIPTION--
On a non-blocking socket with no (more) data, sockets.so's php_read() calls
recv() again and again at 100% CPU until data arrives (so it cannot be run
here); a receive timeout (SO_RCVTIMEO) makes it spin the same way; a signal
(EINTR) part-way through a line loses the part already read. rust_sockets
returns the part of the line it has, or false with EAGAIN (no warning, as
for binary reads) / the warning for EINTR when it has nothing. The same holds
for a connection reset after part of a line.
--EXTENSIONS--
sockets
pcntl
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) spins here'); ?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
foreach ([SOCK_STREAM, SOCK_DGRAM] as $type) {
    [$a, $b] = pair($type);
    socket_set_nonblock($b);
    var_dump(socket_read($b, 100, PHP_NORMAL_READ), socket_last_error($b));
    socket_clear_error($b);
    socket_write($a, "ab");
    dump(socket_read($b, 100, PHP_NORMAL_READ));
    var_dump(socket_read($b, 100, PHP_NORMAL_READ), socket_last_error($b));
}

// A receive timeout, with and without part of a line.
[$a, $b] = pair();
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 100000]);
var_dump(socket_read($b, 100, PHP_NORMAL_READ), socket_last_error($b));
socket_write($a, "partial");
dump(socket_read($b, 100, PHP_NORMAL_READ));

// A signal part-way through a line (no SA_RESTART: pcntl's default).
[$a, $b] = pair();
pcntl_signal(SIGALRM, function () { echo "signal\n"; });
pcntl_async_signals(true);
socket_write($a, "half");
pcntl_alarm(1);
dump(socket_read($b, 100, PHP_NORMAL_READ));
// And with nothing read yet: EINTR, with its warning.
pcntl_alarm(1);
var_dump(socket_read($b, 100, PHP_NORMAL_READ), socket_last_error($b));
pcntl_signal(SIGALRM, SIG_DFL);
bound_test_time();

// A connection reset (RST) after part of a line: the part, then ECONNRESET.
[$c, $s, $l] = tcp_pair();
socket_write($c, "reset");
socket_set_option($c, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]);
socket_close($c);
usleep(20000);
dump(socket_read($s, 100, PHP_NORMAL_READ));
var_dump(socket_read($s, 100, PHP_NORMAL_READ), socket_last_error($s));
?>
--EXPECTF--
bool(false)
int(11)
string(2) "ab"
bool(false)
int(11)
bool(false)
int(11)
string(1) "a"
bool(false)
int(11)
bool(false)
int(11)
string(7) "partial"
signal
string(4) "half"

Warning: socket_read(): unable to read from socket [4]: Interrupted system call in %s on line %d
signal
bool(false)
int(4)
string(5) "reset"

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
int(104)
