--TEST--
Buffers a script sizes (socket_read/recv/recvfrom lengths, recvmsg's buffer_size and controllen) are allocated when and as the C extension allocates them: memory_limit stops the request at the same point, with the same byte count
--EXTENSIONS--
sockets
pcntl
--SKIPIF--
<?php if (getenv('USE_ZEND_ALLOC') === '0') die('skip memory_limit needs Zend\'s allocator (not under valgrind)'); ?>
--INI--
memory_limit=8M
--FILE--
<?php
require __DIR__ . '/helpers.inc';

// Each case in a child of its own: the fatal error ends it.
function in_child(string $what, callable $f): void
{
    echo "-- $what\n";
    $pid = pcntl_fork();
    if ($pid === 0) {
        $f();
        echo "returned\n";
        exit(0);
    }
    pcntl_waitpid($pid, $status);
    echo "exit ", pcntl_wexitstatus($status), "\n";
}

[$a, $b] = pair(SOCK_DGRAM);
$recv = function (array $msg) use ($a, $b) {
    socket_write($a, "x");
    var_dump(socket_recvmsg($b, $msg, 0));
};
in_child("buffer_size of 8 MiB (page-aligned)", fn() => $recv(['buffer_size' => 8 << 20, 'controllen' => 16]));
in_child("buffer_size of 20 MB", fn() => $recv(['buffer_size' => 20000000, 'controllen' => 16]));
in_child("buffer_size too large, controllen missing", fn() => $recv(['buffer_size' => 16 << 20]));
in_child("controllen of 12 MiB", fn() => $recv(['controllen' => 12 << 20]));
in_child("both within the limit", fn() => $recv(['buffer_size' => 1 << 20, 'controllen' => 1 << 20]));

// A line read allocates the whole length first, even when a short line waits.
[$c, $d] = pair();
in_child("PHP_NORMAL_READ of up to 8 MiB, a short line waiting", function () use ($c, $d) {
    socket_write($c, "short\n");
    var_dump(socket_read($d, 8 << 20, PHP_NORMAL_READ));
});
in_child("PHP_NORMAL_READ of up to 1 MiB", function () use ($c, $d) {
    socket_write($c, "short\n");
    var_dump(socket_read($d, 1 << 20, PHP_NORMAL_READ));
});
in_child("socket_recv of 8 MiB", function () use ($c, $d) {
    socket_write($c, "short\n");
    var_dump(socket_recv($d, $buf, 8 << 20, 0));
});
in_child("socket_recvfrom of 8 MiB", function () use ($a, $b) {
    socket_write($a, "x");
    var_dump(socket_recvfrom($b, $buf, 8 << 20, 0, $from));
});
?>
--EXPECTF--
-- buffer_size of 8 MiB (page-aligned)

Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate 8388608 bytes) in %s on line %d
exit 255
-- buffer_size of 20 MB
Hard memory limit of 16777216 bytes exhausted (tried to allocate 20000768 bytes) in %s on line %d
exit 137
-- buffer_size too large, controllen missing
Hard memory limit of 16777216 bytes exhausted (tried to allocate 16777216 bytes) in %s on line %d
exit 137
-- controllen of 12 MiB

Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate 12582912 bytes) in %s on line %d
exit 255
-- both within the limit
int(1)
returned
exit 0
-- PHP_NORMAL_READ of up to 8 MiB, a short line waiting

Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate 8392704 bytes) in %s on line %d
exit 255
-- PHP_NORMAL_READ of up to 1 MiB
string(6) "short
"
returned
exit 0
-- socket_recv of 8 MiB

Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate 8392704 bytes) in %s on line %d
exit 255
-- socket_recvfrom of 8 MiB

Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate 8392704 bytes) in %s on line %d
exit 255
