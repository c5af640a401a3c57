--TEST--
Object and resource ids after the functions that make and release objects, as each version's sockets.so leaves them
--DESCRIPTION--
spl_object_id() and var_dump()'s #N are the handle of an object; a freed
handle is the next one given out. Which ids the sockets get, and which are
free when a warning's handler runs, follow the order in which the C
extension makes and releases its objects (8.5 reordered
socket_create_pair()). Resource ids count every resource made.
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/engine.inc';

free_three();
step('socket_create_pair() failing (EOPNOTSUPP), then succeeding', function () {
    try { socket_create_pair(AF_INET6, SOCK_STREAM, 0, $x); } catch (Throwable $e) {}
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    return $p;
});
free_three();
step('socket_create_pair() twice into one variable', function () {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    $first = show($p);
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    return [$first, $p];
});
free_three();
step('socket_create_pair() ValueError', fn() => socket_create_pair(99, SOCK_STREAM, 0, $p));
free_three();
step('socket_create_pair() into a typed property', function () {
    $o = new class { public int $x = 1; };
    return socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $o->x);
});
free_three();
step('socket_create_pair() into an array element', function () {
    $a = ['keep' => new stdClass];
    socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $a['p']);
    return $a;
});
free_three();
step('socket_create() failing, then succeeding', fn() => [socket_create(AF_INET, SOCK_STREAM, 255), socket_create(AF_INET, SOCK_STREAM, 0)]);
free_three();
step('socket_create_listen() failing (port in use)', function () {
    global $show_args;
    [$l, $port] = tcp_listener();
    $show_args = false;
    $r = [socket_create_listen($port), socket_create_listen(0)];
    $show_args = true;
    return $r;
});
free_three();
step('socket_accept() failing, and on a non-blocking listener with nothing waiting', function () {
    $l = socket_create_listen(0);
    $x = socket_accept(socket_create(AF_INET, SOCK_STREAM, 0));
    socket_set_nonblock($l);
    return [$x, socket_accept($l)];
});
free_three();
step('socket_accept() of a connection', function () {
    [$c, $s, $l] = tcp_pair();
    return [$c, $s, $l];
});
free_three();
step('socket_import_stream() of streams that are not sockets, then of a socket', function () {
    $sp = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    return [socket_import_stream(fopen('php://memory', 'r')), socket_import_stream(fopen(__FILE__, 'r')), socket_import_stream($sp[0]), $sp];
});
free_three();
step('socket_export_stream(), twice, and imported back', function () {
    $p = pair();
    $st = socket_export_stream($p[0]);
    return [$st, socket_export_stream($p[0]), socket_import_stream($st), socket_export_stream(socket_create(AF_INET, SOCK_DGRAM, 0))];
});
free_three();
step('socket_addrinfo_lookup(), _bind(), _connect()', function () {
    $ai = socket_addrinfo_lookup('127.0.0.1', '1', ['ai_socktype' => SOCK_STREAM]);
    $u = socket_addrinfo_lookup('127.0.0.1', '0', ['ai_socktype' => SOCK_DGRAM]);
    return [$ai, socket_addrinfo_connect($ai[0]), socket_addrinfo_bind($u[0]), socket_addrinfo_lookup('nonexistent.invalid', null, ['ai_family' => AF_INET])];
});
free_three();
step('socket_select() rewriting its arrays (the last reference to sockets dropped)', function () {
    $p = pair();
    $q = pair();
    socket_write($p[1], 'x');
    $r = [$p[0], $q[0], 'k' => pair()[0]];
    $w = [$q[1], pair()[1]];
    $e = [pair()[0]];
    unset($q);
    $n = socket_select($r, $w, $e, 0);
    return [$n, $r, $w, $e];
});
free_three();
step('socket_recvmsg() receiving descriptors (SCM_RIGHTS) of streams and a file', function () {
    $p = pair(SOCK_DGRAM);
    $st = socket_export_stream(pair()[1]);
    $sp = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    $f = fopen(__FILE__, 'r');
    socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$st, $sp[0], $f]]]], 0);
    $m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 3)];
    $n = socket_recvmsg($p[1], $m, 0);
    return [$n, $m['control'][0]['data']];
});
// Socket objects in SCM_RIGHTS: 8.2's and 8.5's sockets.so send the wrong
// descriptors (a difference in docs/differences.md, scm_rights_sockets.phpt).
if (PHP_VERSION_ID >= 80400 && PHP_VERSION_ID < 80500 || PHP_VERSION_ID >= 80600) {
    free_three();
    step('socket_recvmsg() receiving Socket objects (SCM_RIGHTS), 8.4 and 8.6', function () {
        $p = pair(SOCK_DGRAM);
        $q = pair();
        socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$q[0], $q[1], socket_export_stream(pair()[0])]]]], 0);
        $m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 3)];
        $n = socket_recvmsg($p[1], $m, 0);
        return [$n, $m['control'][0]['data']];
    });
}
free_three();
step('socket_recvmsg() with more descriptors than fit (MSG_CTRUNC)', function () {
    $p = pair(SOCK_DGRAM);
    $st = socket_export_stream(pair()[1]);
    socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$st, $st, $st]]]], 0);
    $m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
    $n = socket_recvmsg($p[1], $m, 0);
    return [$n, $m];
});
echo "done\n";
?>
--EXPECTF--
socket_create_pair() failing (EOPNOTSUPP), then succeeding
  warning: socket_create_pair(): Unable to create socket pair [95]: Operation not supported | next #5 | socket_create_pair[0=>10,1=>1,2=>0,3=>NULL]
  => [0=>Socket#2,1=>Socket#3]
  next #5
socket_create_pair() twice into one variable
  => [0=>'[0=>Socket#2,1=>Socket#3]',1=>[0=>Socket#5,1=>Socket#6]]
  next #3
socket_create_pair() ValueError
  ValueError: socket_create_pair(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET | socket_create_pair[0=>99,1=>1,2=>0,3=>NULL]
  next #6
socket_create_pair() into a typed property
  TypeError: Cannot assign array to reference held by property class@anonymous::$x of type int | socket_create_pair[0=>1,1=>1,2=>0,3=>1]
  next #4
socket_create_pair() into an array element
  => ['keep'=>stdClass#6,'p'=>[0=>Socket#2,1=>Socket#3]]
  next #5
socket_create() failing, then succeeding
  warning: socket_create(): Unable to create socket [93]: Protocol not supported | next #3 | socket_create[0=>2,1=>1,2=>255]
  => [0=>false,1=>Socket#2]
  next #3
socket_create_listen() failing (port in use)
  warning: socket_create_listen(): unable to bind to given address [98]: Address already in use | next #4 | socket_create_listen(...)
  => [0=>false,1=>Socket#2]
  next #6
socket_accept() failing, and on a non-blocking listener with nothing waiting
  warning: socket_accept(): unable to accept incoming connection [22]: Invalid argument | next #5 | socket_accept[0=>Socket#2]
  => [0=>false,1=>false]
  next #3
socket_accept() of a connection
  => [0=>Socket#6,1=>Socket#4,2=>Socket#3]
  next #5
socket_import_stream() of streams that are not sockets, then of a socket
  warning: socket_import_stream(): Cannot represent a stream of type MEMORY as a Socket Descriptor | next #4 | socket_import_stream[0=>resource#9(stream)]
  warning: socket_import_stream(): Cannot represent a stream of type STDIO as a Socket Descriptor | next #4 | socket_import_stream[0=>resource#10(stream)]
  => [0=>false,1=>false,2=>Socket#4,3=>[0=>resource#6(stream),1=>resource#7(stream)]]
  next #3
socket_export_stream(), twice, and imported back
  => [0=>resource#11(stream),1=>resource#11(stream),2=>Socket#2,3=>resource#12(stream)]
  next #4
socket_addrinfo_lookup(), _bind(), _connect()
  warning: socket_addrinfo_connect(): Unable to connect address [111]: Connection refused | next #5 | socket_addrinfo_connect[0=>AddressInfo#3]
  => [0=>[0=>AddressInfo#3],1=>false,2=>Socket#6,3=>false]
  next #2
socket_select() rewriting its arrays (the last reference to sockets dropped)
  => [0=>4,1=>[0=>Socket#3,'k'=>Socket#7],2=>[0=>Socket#5,1=>Socket#9],3=>[]]
  next #6
socket_recvmsg() receiving descriptors (SCM_RIGHTS) of streams and a file
  => [0=>1,1=>[0=>Socket#4,1=>Socket#3,2=>resource#17(stream)]]
  next #9
socket_recvmsg() with more descriptors than fit (MSG_CTRUNC)
  => [0=>1,1=>['name'=>NULL,'control'=>[0=>['level'=>...,'type'=>...,'data'=>...]],'iov'=>[0=>'x'],'flags'=>8]]
  next #3
done
