--TEST--
The garbage collector's view of Socket and AddressInfo objects: what gc_collect_cycles() counts
--DESCRIPTION--
A Socket that shares its descriptor with a stream (socket_export_stream(),
socket_import_stream()) shows the stream to the collector until 8.4 (the C
extension's get_gc handler), so collecting a cycle through it counts the
stream too; from 8.5 it does not.
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/engine.inc';

function cycle_through($x): void
{
    $o = new stdClass;
    $o->self = $o;
    $o->x = $x;
}

step('a cycle through a Socket with an exported stream', function () {
    $p = pair();
    socket_export_stream($p[0]);
    cycle_through($p[0]);
    unset($p);
    return gc_collect_cycles();
});
step('the same, the stream still held by the script', function () {
    $p = pair();
    $st = socket_export_stream($p[0]);
    cycle_through($p[0]);
    unset($p);
    return [gc_collect_cycles(), $st];
});
step('a cycle through a Socket imported from a stream', function () {
    $sp = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    cycle_through(socket_import_stream($sp[0]));
    unset($sp);
    return gc_collect_cycles();
});
step('a cycle through a Socket without a stream', function () {
    $p = pair();
    cycle_through($p[0]);
    unset($p);
    return gc_collect_cycles();
});
step('a cycle through a closed Socket that had a stream', function () {
    $p = pair();
    socket_export_stream($p[0]);
    socket_close($p[0]);
    cycle_through($p[0]);
    unset($p);
    return gc_collect_cycles();
});
step('a cycle through a Socket whose stream was closed with fclose()', function () {
    $p = pair();
    fclose(socket_export_stream($p[0]));
    cycle_through($p[0]);
    unset($p);
    return gc_collect_cycles();
});
step('a cycle of an array holding both sockets of a pair, both exported', function () {
    $p = pair();
    socket_export_stream($p[0]);
    socket_export_stream($p[1]);
    $a = [$p];
    $a[] = &$a;
    unset($a, $p);
    return gc_collect_cycles();
});
step('a cycle through AddressInfo objects', function () {
    cycle_through(socket_addrinfo_lookup('127.0.0.1', '80'));
    return gc_collect_cycles();
});
step('a Socket with a stream, still referenced from outside the cycle', function () {
    global $keep;
    $p = pair();
    socket_export_stream($p[0]);
    $keep = $p[0];
    cycle_through($p[0]);
    unset($p);
    return gc_collect_cycles();
});
step('gc_status() after collecting', function () {
    $p = pair();
    socket_export_stream($p[1]);
    cycle_through($p[1]);
    unset($p);
    $before = gc_status();
    $n = gc_collect_cycles();
    $after = gc_status();
    return [$n, $after['collected'] - $before['collected'], $after['runs'] - $before['runs']];
});
// The collector's buffer of possible roots (gc_status()['roots']) after
// calls that release values: what the C extension's releases put there.
function roots_after(callable $f): int
{
    gc_collect_cycles();
    $before = gc_status()['roots'];
    $f();
    return gc_status()['roots'] - $before;
}
step('roots: socket_select() with every socket of a list ready, and half of them', function () {
    [$a, $b] = [pair(), pair()];
    socket_write($a[1], 'x');
    socket_write($b[1], 'x');
    $w = $e = null;
    $out = [];
    foreach ([[$a[0], $b[0]], [$a[0], $b[1]]] as $sockets) {
        foreach ([false, true] as $shared) {
            $r = $sockets;
            $r[] = $r[0];
            $copy = $shared ? $r : null;
            gc_collect_cycles();
            $before = gc_status()['roots'];
            socket_select($r, $w, $e, 0);
            $selected = gc_status()['roots'] - $before;
            $r = null;
            // A list shared with another variable and all ready: here the
            // sockets become possible roots at once, with the C extension
            // when the array it built is released (docs/performance.md says so).
            $out[] = $shared ? [gc_status()['roots'] - $before] : [$selected, gc_status()['roots'] - $before];
        }
    }
    return $out;
});
step('roots: by-reference results, options, messages, streams', function () {
    $p = pair(SOCK_DGRAM);
    return [
        roots_after(function () use ($p) { socket_write($p[0], 'x'); $x = [1]; $y = $x; socket_recv($p[1], $x, 10, 0); }),
        roots_after(function () { $x = [new stdClass]; $y = $x; socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $x); }),
        roots_after(function () use ($p) { socket_write($p[0], 'x'); $m = ['buffer_size' => 10, 'controllen' => 1, 'o' => [new stdClass]]; socket_recvmsg($p[1], $m, 0); }),
        roots_after(function () use ($p) { $o = ['l_onoff' => 1, 'l_linger' => strlen('ab')]; socket_set_option($p[0], SOL_SOCKET, SO_LINGER, $o); }),
        roots_after(function () use ($p) { $o = (object) ['sec' => 1, 'usec' => strlen('ab')]; socket_set_option($p[0], SOL_SOCKET, SO_RCVTIMEO, $o); }),
        roots_after(function () use ($p) { socket_sendmsg($p[0], ['iov' => [str_repeat('x', 3)]], 0); }),
        roots_after(function () { $x = socket_addrinfo_lookup('127.0.0.1', '80', ['ai_socktype' => strlen('a')]); socket_addrinfo_explain($x[0]); }),
        roots_after(function () { $q = pair(); $s = socket_export_stream($q[0]); socket_close($q[0]); }),
    ];
});
echo "done\n";
?>
--EXPECTF--
a cycle through a Socket with an exported stream
  => 3
  next #5
the same, the stream still held by the script
  => [0=>2,1=>resource#7(stream)]
  next #4
a cycle through a Socket imported from a stream
  => 3
  next #5
a cycle through a Socket without a stream
  => 2
  next #3
a cycle through a closed Socket that had a stream
  => 2
  next #4
a cycle through a Socket whose stream was closed with fclose()
  => 3
  next #5
a cycle of an array holding both sockets of a pair, both exported
  => 6
  next #4
a cycle through AddressInfo objects
  => 5
  next #6
a Socket with a stream, still referenced from outside the cycle
  => 1
  next #5
gc_status() after collecting
  => [0=>3,1=>3,2=>1]
  next #4
roots: socket_select() with every socket of a list ready, and half of them
  => [0=>[0=>2,1=>2],1=>[0=>3],2=>[0=>2,1=>2],3=>[0=>2]]
  next #4
roots: by-reference results, options, messages, streams
  => [0=>3,1=>1,2=>2,3=>2,4=>2,5=>2,6=>1,7=>1]
  next #7
done
