<?php

/** Parent and forked children talking over socket pairs. */
final class ForkIpcTest extends SocketTestCase
{
    public function testMessagesInBothDirections(): void
    {
        [$parentEnd, $childEnd] = $this->pair();
        $pid = $this->fork(function () use ($parentEnd, $childEnd) {
            socket_close($parentEnd);
            while (($frame = self::readFrame($childEnd)) !== null) {
                if ($frame === 'quit') {
                    return 0;
                }
                self::writeAll($childEnd, self::frame(strrev($frame) . '|' . strlen($frame)));
            }
            return 3;
        });
        socket_close($childEnd);
        $all = '';
        for ($i = 0; $i < 256; $i++) {
            $all .= chr($i);
        }
        $messages = ['hello', '', "\0\0\0", $all, str_repeat($all, 4096), "line\r\nbreaks\n"];
        foreach ($messages as $m) {
            $this->assertTrue(self::writeAll($parentEnd, self::frame($m)));
            $this->assertSame(strrev($m) . '|' . strlen($m), self::readFrame($parentEnd));
        }
        $this->assertTrue(self::writeAll($parentEnd, self::frame('quit')));
        $this->assertSame(0, $this->wait($pid));
        $this->assertSame('', socket_read($parentEnd, 10), 'end of stream after the child exits');
    }

    public function testManyChildrenOverManyPairs(): void
    {
        $children = [];
        for ($n = 0; $n < 24; $n++) {
            [$mine, $theirs] = $this->pair();
            $pid = $this->fork(function () use ($mine, $theirs, $n) {
                socket_close($mine);
                $task = self::readFrame($theirs);
                self::writeAll($theirs, self::frame("child $n: " . hash('sha256', $task)));
                return $n;
            });
            socket_close($theirs);
            $children[$n] = [$pid, $mine];
        }
        foreach ($children as $n => [, $mine]) {
            $this->assertTrue(self::writeAll($mine, self::frame(str_repeat(chr($n), 1000 * ($n + 1)))));
        }
        foreach (array_reverse($children, true) as $n => [$pid, $mine]) {
            $this->assertSame("child $n: " . hash('sha256', str_repeat(chr($n), 1000 * ($n + 1))), self::readFrame($mine));
            $this->assertSame($n, $this->wait($pid));
            socket_close($mine);
        }
    }

    public function testChildDyingMidMessage(): void
    {
        [$mine, $theirs] = $this->pair();
        $pid = $this->fork(function () use ($mine, $theirs) {
            socket_close($mine);
            // Half a frame, then death without any cleanup.
            socket_write($theirs, pack('N', 1000) . str_repeat('x', 400));
            posix_kill(posix_getpid(), SIGKILL);
            return 0;
        });
        socket_close($theirs);
        $this->assertSame(128 + SIGKILL, $this->wait($pid));
        // Everything the child wrote arrives, then the end of the stream.
        $this->assertSame(404, strlen(self::readExactly($mine, 2000)));
        $this->assertSame('', socket_read($mine, 10));
        $this->assertSame(0, socket_last_error($mine));
        // Writing to the dead peer: EPIPE, a warning, false.
        $this->assertFalse(@socket_write($mine, 'anyone?'));
        $this->assertSame(SOCKET_EPIPE, socket_last_error($mine));
        $this->assertSame('Broken pipe', socket_strerror(socket_last_error()));
    }

    public function testChildKilledWhileParentWrites(): void
    {
        [$mine, $theirs] = $this->pair();
        $pid = $this->fork(function () use ($mine, $theirs) {
            socket_close($mine);
            self::readExactly($theirs, 1000);
            posix_kill(posix_getpid(), SIGKILL);
            return 0;
        });
        socket_close($theirs);
        $big = str_repeat('y', 8 << 20);
        $written = 0;
        $result = null;
        while ($written < strlen($big)) {
            $n = @socket_write($mine, substr($big, $written, 1 << 20));
            if ($n === false) {
                $result = socket_last_error($mine);
                break;
            }
            $written += $n;
        }
        $this->assertSame(128 + SIGKILL, $this->wait($pid));
        $this->assertContains($result, [SOCKET_EPIPE, SOCKET_ECONNRESET]);
        $this->assertLessThan(strlen($big), $written);
    }

    public function testPairSurvivesForkInBothProcesses(): void
    {
        // Both processes hold both ends; closing in one does not close in the other.
        [$a, $b] = $this->pair();
        $pid = $this->fork(function () use ($a, $b) {
            socket_close($a);
            return socket_write($b, "from child") === 10 ? 0 : 1;
        });
        $this->assertSame(0, $this->wait($pid));
        $this->assertSame('from child', socket_read($a, 100));
        $this->assertSame(4, socket_write($b, 'self'));
        $this->assertSame('self', socket_read($a, 100));
    }
}
