<?php

/**
 * 1 GiB through a socket pair in both directions at once, in chunks of
 * random sizes, with a non-blocking writer (partial writes) and checksums:
 * no byte lost, duplicated or reordered.
 */
final class BulkTransferTest extends SocketTestCase
{
    private const TOTAL = 1 << 30;

    public function testGigabyteBothWaysWithRandomChunks(): void
    {
        pcntl_alarm(240);
        [$mine, $theirs] = $this->pair();
        // The child echoes what it reads, in chunks of its own sizes.
        $pid = $this->fork(function () use ($mine, $theirs) {
            socket_close($mine);
            mt_srand(7);
            $left = self::TOTAL;
            while ($left > 0) {
                $chunk = socket_read($theirs, min($left, mt_rand(1, 200000)));
                if ($chunk === false || $chunk === '') {
                    return 1;
                }
                $left -= strlen($chunk);
                if (!self::writeAll($theirs, $chunk)) {
                    return 2;
                }
            }
            return 0;
        });
        socket_close($theirs);
        socket_set_nonblock($mine);

        mt_srand(11);
        $pool = random_bytes(1 << 20);
        $sentHash = hash_init('crc32b');
        $recvHash = hash_init('crc32b');
        $sent = $received = $partial = 0;
        $pending = '';
        while ($received < self::TOTAL) {
            $r = [$mine];
            $w = $sent < self::TOTAL || $pending !== '' ? [$mine] : null;
            $e = null;
            $this->assertNotFalse(socket_select($r, $w, $e, 30));
            if ($w) {
                if ($pending === '') {
                    $len = min(self::TOTAL - $sent, mt_rand(1, 300000));
                    $off = mt_rand(0, (1 << 20) - 1);
                    $pending = substr(str_repeat(substr($pool, $off) . $pool, 1 + intdiv($len, 1 << 20)), 0, $len);
                    hash_update($sentHash, $pending);
                    $sent += $len;
                }
                $n = socket_write($mine, $pending);
                if ($n === false) {
                    $this->assertSame(SOCKET_EAGAIN, socket_last_error($mine));
                } else {
                    if ($n < strlen($pending)) {
                        $partial++;
                    }
                    $pending = (string) substr($pending, $n);
                }
            }
            if ($r) {
                while (($chunk = socket_read($mine, mt_rand(1, 500000))) !== false && $chunk !== '') {
                    hash_update($recvHash, $chunk);
                    $received += strlen($chunk);
                }
            }
        }
        $this->assertSame(self::TOTAL, $received);
        $this->assertSame(hash_final($sentHash), hash_final($recvHash));
        $this->assertGreaterThan(0, $partial, 'some writes were partial');
        $this->assertSame(0, $this->wait($pid));
    }
}
