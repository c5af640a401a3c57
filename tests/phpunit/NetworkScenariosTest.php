<?php

/** Several processes talking over TCP, socket pairs and streams. */
final class NetworkScenariosTest extends SocketTestCase
{
    public function testWorkerPoolOverSocketPairsWithSelect(): void
    {
        $workers = [];
        for ($w = 0; $w < 6; $w++) {
            [$mine, $theirs] = $this->pair();
            $pid = $this->fork(function () use ($mine, $theirs, $w) {
                socket_close($mine);
                while (($job = self::readFrame($theirs)) !== null) {
                    if ($job === 'stop') {
                        return 0;
                    }
                    usleep(random_int(0, 2000));
                    self::writeAll($theirs, self::frame("w$w:" . strtoupper($job)));
                }
                return 1;
            });
            socket_close($theirs);
            socket_set_nonblock($mine);
            $workers["worker-$w"] = [$pid, $mine];
        }
        $sockets = array_map(fn($w) => $w[1], $workers);
        // Hand out 60 jobs round robin, collect the answers with select.
        $jobs = [];
        for ($j = 0; $j < 60; $j++) {
            $jobs[] = "job-$j";
        }
        $pending = [];
        foreach ($jobs as $j => $job) {
            $key = 'worker-' . ($j % 6);
            socket_set_block($sockets[$key]);
            $this->assertTrue(self::writeAll($sockets[$key], self::frame($job)));
            socket_set_nonblock($sockets[$key]);
            $pending[$key] = ($pending[$key] ?? 0) + 1;
        }
        $answers = [];
        $buffers = array_fill_keys(array_keys($sockets), '');
        while (count($answers) < count($jobs)) {
            $read = $sockets;
            $write = null;
            $except = null;
            $n = socket_select($read, $write, $except, 5);
            $this->assertNotFalse($n);
            $this->assertGreaterThan(0, $n, 'timed out waiting for workers');
            $this->assertSame(count($read), $n);
            foreach ($read as $key => $sock) {
                $this->assertSame($sockets[$key], $sock, 'select keeps keys and objects');
                while (($chunk = socket_read($sock, 65536)) !== false && $chunk !== '') {
                    $buffers[$key] .= $chunk;
                }
                while (strlen($buffers[$key]) >= 4) {
                    $len = unpack('N', $buffers[$key])[1];
                    if (strlen($buffers[$key]) < 4 + $len) {
                        break;
                    }
                    $answers[] = substr($buffers[$key], 4, $len);
                    $buffers[$key] = substr($buffers[$key], 4 + $len);
                }
            }
        }
        sort($answers);
        $expected = [];
        foreach ($jobs as $j => $job) {
            $expected[] = 'w' . ($j % 6) . ':' . strtoupper($job);
        }
        sort($expected);
        $this->assertSame($expected, $answers);
        foreach ($workers as [$pid, $sock]) {
            socket_set_block($sock);
            self::writeAll($sock, self::frame('stop'));
            $this->assertSame(0, $this->wait($pid));
        }
    }

    public function testTcpEchoServerWithBinaryFrames(): void
    {
        $listener = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        $this->assertTrue(socket_set_option($listener, SOL_SOCKET, SO_REUSEADDR, 1));
        $this->assertTrue(socket_bind($listener, '127.0.0.1', 0));
        $this->assertTrue(socket_listen($listener, 16));
        $this->assertTrue(socket_getsockname($listener, $host, $port));
        $clients = 5;
        $server = $this->fork(function () use ($listener, $clients) {
            $conns = [];
            $served = 0;
            while ($served < $clients || $conns) {
                $read = $conns;
                if ($served < $clients) {
                    $read['listener'] = $listener;
                }
                $w = $e = null;
                if (socket_select($read, $w, $e, 10) < 1) {
                    return 2;
                }
                foreach ($read as $key => $sock) {
                    if ($key === 'listener') {
                        $c = socket_accept($listener);
                        socket_set_option($c, SOL_TCP, TCP_NODELAY, 1);
                        $conns['c' . $served++] = $c;
                        continue;
                    }
                    $frame = self::readFrame($sock);
                    if ($frame === null) {
                        socket_close($sock);
                        unset($conns[$key]);
                        continue;
                    }
                    self::writeAll($sock, self::frame(strrev($frame)));
                }
            }
            return 0;
        });
        socket_close($listener);
        $socks = [];
        for ($i = 0; $i < $clients; $i++) {
            $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
            $this->assertTrue(socket_connect($s, '127.0.0.1', $port));
            $socks[] = $s;
        }
        for ($round = 0; $round < 20; $round++) {
            foreach ($socks as $i => $s) {
                $payload = random_bytes(random_int(0, 70000));
                $this->assertTrue(self::writeAll($s, self::frame($payload)));
                $this->assertSame(strrev($payload), self::readFrame($s), "client $i round $round");
            }
        }
        foreach ($socks as $s) {
            socket_shutdown($s, 1);
            $this->assertSame('', socket_read($s, 10));
            socket_close($s);
        }
        $this->assertSame(0, $this->wait($server));
    }

    public function testStreamsAndSocketsShareDescriptors(): void
    {
        [$sa, $sb] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
        $pid = $this->fork(function () use ($sa, $sb) {
            fclose($sa);
            // The child talks through a Socket made from its stream.
            $sock = socket_import_stream($sb);
            while (($line = socket_read($sock, 1000, PHP_NORMAL_READ)) !== false && $line !== "quit\n") {
                socket_write($sock, strtoupper($line));
            }
            return 0;
        });
        fclose($sb);
        // The parent mixes stream and socket calls on the same descriptor.
        $sock = socket_import_stream($sa);
        fwrite($sa, "first\n");
        $this->assertSame("FIRST\n", socket_read($sock, 100, PHP_NORMAL_READ));
        socket_write($sock, "second\n");
        $this->assertSame("SECOND\n", fgets($sa));
        $exported = socket_export_stream($sock);
        $this->assertSame($sa, $exported, 'an imported socket exports its own stream');
        $r = [$sa];
        $w = $e = null;
        fwrite($sa, "third\n");
        $this->assertSame(1, stream_select($r, $w, $e, 5));
        $this->assertSame("THIRD\n", socket_read($sock, 100, PHP_NORMAL_READ));
        fwrite($sa, "quit\n");
        $this->assertSame(0, $this->wait($pid));
        $this->assertSame('', socket_read($sock, 10));
    }
}
