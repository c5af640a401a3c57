<?php

use PHPUnit\Framework\TestCase;

abstract class SocketTestCase extends TestCase
{
    /** @var int[] children to reap */
    private array $children = [];

    protected function setUp(): void
    {
        // Nothing in a scenario may block for long: SIGALRM ends it.
        pcntl_alarm(60);
    }

    protected function tearDown(): void
    {
        foreach ($this->children as $pid) {
            posix_kill($pid, SIGKILL);
            pcntl_waitpid($pid, $status);
        }
        $this->children = [];
        pcntl_alarm(0);
    }

    /** @return Socket[] */
    protected function pair(int $type = SOCK_STREAM): array
    {
        $this->assertTrue(socket_create_pair(AF_UNIX, $type, 0, $pair));
        return $pair;
    }

    /**
     * Runs $child in a forked process, which exits with what it returns.
     * Output of the child goes nowhere: it reports through its sockets.
     */
    protected function fork(callable $child): int
    {
        $pid = pcntl_fork();
        $this->assertNotSame(-1, $pid);
        if ($pid === 0) {
            $code = 1;
            try {
                $code = (int) $child();
            } catch (Throwable $e) {
                fwrite(STDERR, "child: $e\n");
            }
            // Leave without PHPUnit's shutdown work (it would report the
            // test run a second time): replace the process, keep the code.
            pcntl_exec('/bin/sh', ['-c', 'exit ' . $code]);
            exit(127);
        }
        $this->children[] = $pid;
        return $pid;
    }

    protected function wait(int $pid): int
    {
        $this->assertSame($pid, pcntl_waitpid($pid, $status));
        $this->children = array_values(array_diff($this->children, [$pid]));
        return pcntl_wifexited($status) ? pcntl_wexitstatus($status) : 128 + pcntl_wtermsig($status);
    }

    /** Reads exactly $n bytes (or fewer at end of stream). */
    protected static function readExactly(Socket $s, int $n): string
    {
        $buf = '';
        while (strlen($buf) < $n) {
            $chunk = socket_read($s, $n - strlen($buf));
            if ($chunk === false || $chunk === '') {
                break;
            }
            $buf .= $chunk;
        }
        return $buf;
    }

    protected static function writeAll(Socket $s, string $data): bool
    {
        while ($data !== '') {
            $n = socket_write($s, $data);
            if ($n === false) {
                return false;
            }
            $data = (string) substr($data, $n);
        }
        return true;
    }

    /** A length-prefixed frame, as many IPC protocols use. */
    protected static function frame(string $payload): string
    {
        return pack('N', strlen($payload)) . $payload;
    }

    protected static function readFrame(Socket $s): ?string
    {
        $head = self::readExactly($s, 4);
        if (strlen($head) < 4) {
            return null;
        }
        $len = unpack('N', $head)[1];
        $body = self::readExactly($s, $len);
        return strlen($body) === $len ? $body : null;
    }

    protected static function openFds(): int
    {
        return count(scandir('/proc/self/fd')) - 2;
    }
}
