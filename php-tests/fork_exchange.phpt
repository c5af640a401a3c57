--TEST--
socket_create_pair() with pcntl_fork(): messages in both directions, child exit and end of stream
--EXTENSIONS--
sockets
pcntl
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
[$parent, $child] = pair();
$pid = pcntl_fork();
if ($pid === 0) {
    socket_close($parent);
    for ($i = 0; $i < 3; $i++) {
        $msg = socket_read($child, 100, PHP_NORMAL_READ);
        socket_write($child, "child got " . $msg);
    }
    socket_write($child, "bye\n");
    exit(7);
}
socket_close($child);
foreach (["one\n", "two\n", "three\n"] as $m) {
    socket_write($parent, $m);
    echo socket_read($parent, 100, PHP_NORMAL_READ);
}
echo socket_read($parent, 100, PHP_NORMAL_READ);
pcntl_waitpid($pid, $status);
var_dump(pcntl_wexitstatus($status));
// The child is gone: end of stream, and writing fails with EPIPE.
var_dump(socket_read($parent, 100));
var_dump(socket_write($parent, "anyone?"), socket_last_error($parent));
?>
--EXPECTF--
child got one
child got two
child got three
bye
int(7)
string(0) ""

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
int(32)
