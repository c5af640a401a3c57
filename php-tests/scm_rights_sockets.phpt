--TEST--
SCM_RIGHTS with Socket objects sends their own descriptors (rust_sockets only)
--DESCRIPTION--
PHP 8.2's sockets.so writes a Socket's descriptor one slot too far in the
control message (its loop index starts at 1), so the receiver gets the wrong
descriptors (slot 0 stays 0: stdin). rust_sockets sends the right ones; the
received descriptors arrive as Socket objects.
--EXTENSIONS--
sockets
pcntl
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) sends the wrong descriptor'); ?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
[$chan, $worker] = pair(SOCK_DGRAM);
// Two connections whose other ends stay here.
[$x1, $y1] = pair();
[$x2, $y2] = pair();
var_dump(socket_sendmsg($chan, ['iov' => ['two sockets'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$x1, $x2]],
]]));
$pid = pcntl_fork();
if ($pid === 0) {
    $m = ['buffer_size' => 100, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 2)];
    socket_recvmsg($worker, $m);
    [$r1, $r2] = $m['control'][0]['data'];
    socket_write($r1, "via first " . get_class($r1));
    socket_write($r2, "via second " . get_class($r2));
    exit(0);
}
pcntl_waitpid($pid, $status);
var_dump(socket_read($y1, 100), socket_read($y2, 100));
// Received descriptors that are not sockets come as streams; a closed
// Socket in the list is refused.
$c = socket_create(AF_UNIX, SOCK_STREAM, 0); socket_close($c);
var_dump(@socket_sendmsg($chan, ['control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$x1, $c]]]]));
?>
--EXPECT--
int(11)
string(16) "via first Socket"
string(17) "via second Socket"
bool(false)
