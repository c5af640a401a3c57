--TEST--
Signals during blocking socket_read, socket_accept and socket_select: EINTR as the C extension reports it, handler runs, socket still usable
--EXTENSIONS--
sockets
pcntl
posix
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time(30);
// Without SA_RESTART, so that the blocked call returns EINTR.
pcntl_signal(SIGUSR1, function () { echo "handler ran\n"; }, false);
function interrupt_soon(): int {
    $parent = getmypid();
    $pid = pcntl_fork();
    if ($pid === 0) { usleep(200000); posix_kill($parent, SIGUSR1); exit(0); }
    return $pid;
}
[$a, $b] = pair();
$pid = interrupt_soon();
var_dump(socket_read($a, 10), socket_last_error($a), socket_last_error());
pcntl_signal_dispatch();
pcntl_waitpid($pid, $st);
socket_write($b, "still works");
var_dump(socket_read($a, 100));

$pid = interrupt_soon();
var_dump(socket_read($a, 10, PHP_NORMAL_READ), socket_last_error($a));
pcntl_signal_dispatch();
pcntl_waitpid($pid, $st);

[$l, $port] = tcp_listener();
$pid = interrupt_soon();
var_dump(socket_accept($l), socket_last_error($l), socket_last_error());
pcntl_signal_dispatch();
pcntl_waitpid($pid, $st);

$pid = interrupt_soon();
$r = [$a]; $w = null; $e = null;
var_dump(socket_select($r, $w, $e, 10), socket_last_error(), count($r));
pcntl_signal_dispatch();
pcntl_waitpid($pid, $st);

$pid = interrupt_soon();
var_dump(socket_recv($a, $buf, 10, 0), $buf, socket_last_error($a));
pcntl_signal_dispatch();
pcntl_waitpid($pid, $st);
?>
--EXPECTF--

Warning: socket_read(): unable to read from socket [4]: Interrupted system call in %s on line %d
bool(false)
int(4)
int(4)
handler ran
string(11) "still works"

Warning: socket_read(): unable to read from socket [4]: Interrupted system call in %s on line %d
bool(false)
int(4)
handler ran

Warning: socket_accept(): unable to accept incoming connection [4]: Interrupted system call in %s on line %d
bool(false)
int(0)
int(4)
handler ran

Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line %d
bool(false)
int(4)
int(1)
handler ran

Warning: socket_recv(): Unable to read from socket [4]: Interrupted system call in %s on line %d
bool(false)
NULL
int(4)
handler ran
