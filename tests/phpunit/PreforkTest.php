<?php

/**
 * A pre-fork server: the parent accepts TCP connections and hands each to
 * a worker process over an AF_UNIX socket with SCM_RIGHTS.
 *
 * With Socket objects in SCM_RIGHTS, PHP 8.2's sockets.so sends the wrong
 * descriptor (a bug rust_sockets fixes), so under the C extension the
 * connections travel as streams (socket_export_stream), which it handles.
 */
final class PreforkTest extends SocketTestCase
{
    private static function isRust(): bool
    {
        return getenv('RUST_SOCKETS_IMPL') === 'rust';
    }

    public function testParentHandsConnectionsToWorkers(): void
    {
        $listener = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        $this->assertTrue(socket_bind($listener, '127.0.0.1', 0));
        $this->assertTrue(socket_listen($listener, 16));
        socket_getsockname($listener, $host, $port);

        $workers = [];
        for ($w = 0; $w < 3; $w++) {
            [$mine, $theirs] = $this->pair(SOCK_DGRAM);
            $pid = $this->fork(function () use ($mine, $theirs, $listener, $w) {
                socket_close($mine);
                socket_close($listener);
                while (true) {
                    $m = ['buffer_size' => 16, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
                    if (socket_recvmsg($theirs, $m) === false || $m['iov'] === ['stop']) {
                        return 0;
                    }
                    $conn = $m['control'][0]['data'][0];
                    $request = $conn instanceof Socket ? socket_read($conn, 100) : fread($conn, 100);
                    $reply = "worker $w: " . strtoupper($request);
                    $conn instanceof Socket ? socket_write($conn, $reply) : fwrite($conn, $reply);
                    $conn instanceof Socket ? socket_close($conn) : fclose($conn);
                }
            });
            socket_close($theirs);
            $workers[] = [$pid, $mine];
        }

        $clients = [];
        for ($i = 0; $i < 9; $i++) {
            $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
            $this->assertTrue(socket_connect($c, '127.0.0.1', $port));
            socket_write($c, "request $i");
            $clients[$i] = $c;
            $conn = socket_accept($listener);
            $this->assertInstanceOf(Socket::class, $conn);
            $passed = self::isRust() ? $conn : socket_export_stream($conn);
            [, $channel] = $workers[$i % 3];
            $sent = socket_sendmsg($channel, ['iov' => ['conn'], 'control' => [
                ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$passed]],
            ]]);
            $this->assertSame(4, $sent);
            socket_close($conn);
        }
        foreach ($clients as $i => $c) {
            $reply = '';
            while (($chunk = socket_read($c, 100)) !== false && $chunk !== '') {
                $reply .= $chunk;
            }
            $this->assertSame('worker ' . ($i % 3) . ': REQUEST ' . $i, $reply);
        }
        foreach ($workers as [$pid, $channel]) {
            socket_sendmsg($channel, ['iov' => ['stop']]);
            $this->assertSame(0, $this->wait($pid));
        }
    }
}
