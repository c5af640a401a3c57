<?php

/** Creating and destroying many sockets leaves nothing behind. */
final class LeakTest extends SocketTestCase
{
    private const N = 100000;

    public function testCreatedAndClosed(): void
    {
        $fds = self::openFds();
        // Warm up allocator caches before taking the baseline.
        socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
        socket_close($p[0]);
        socket_close($p[1]);
        unset($p);
        $mem = memory_get_usage();
        for ($i = 0; $i < self::N; $i++) {
            socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
            socket_close($p[0]);
            socket_close($p[1]);
        }
        unset($p);
        $this->assertSame($fds, self::openFds());
        $this->assertSame($mem, memory_get_usage());
    }

    public function testCreatedAndDropped(): void
    {
        $fds = self::openFds();
        socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
        unset($p);
        $mem = memory_get_usage();
        for ($i = 0; $i < self::N; $i++) {
            socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
        }
        unset($p);
        $this->assertSame($fds, self::openFds());
        $this->assertSame($mem, memory_get_usage());
    }

    public function testFailedCreationsAndErrors(): void
    {
        $fds = self::openFds();
        $first = $last = 0;
        for ($i = 0; $i < 10000; $i++) {
            @socket_create_pair(AF_INET, SOCK_STREAM, 0, $p);
            try {
                socket_create_pair(AF_UNIX, 99, 0, $p);
            } catch (ValueError $e) {
            }
            socket_strerror($i);
            // Compared at the same point of two rounds, so that the last
            // error and exception PHP keeps are counted in both.
            if ($i === 1000) {
                $first = memory_get_usage();
            } elseif ($i === 9999) {
                $last = memory_get_usage();
            }
        }
        $this->assertSame($fds, self::openFds());
        $this->assertSame($first, $last);
    }

    public function testReadsAndWrites(): void
    {
        [$a, $b] = $this->pair();
        $mem = memory_get_usage();
        for ($i = 0; $i < 20000; $i++) {
            socket_write($a, "line $i\n");
            $line = socket_read($b, 100, PHP_NORMAL_READ);
            socket_write($b, $line);
            socket_read($a, 65536);
        }
        unset($line);
        $this->assertSame($mem, memory_get_usage());
    }
}
