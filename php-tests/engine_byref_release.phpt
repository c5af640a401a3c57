--TEST--
By-reference arguments: when their old value is released, what its destructor sees there, which ids the new values get
--DESCRIPTION--
The functions that store into a by-reference argument release its old value
first: in place until 8.4 (the variable still holds the object while its
destructor runs), with null stored first from 8.5 (socket_create_pair():
from 8.4). Where the C extension leaves freed memory in the variable meanwhile: byref_release_freed_memory.phpt.
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/engine.inc';

/** Keeps itself (in $kept) from its destructor. */
final class Keeper
{
    public function __destruct()
    {
        global $v, $kept;
        $kept = $v;
        echo "  ~Keeper: \$v = ", show($v), "\n";
    }
}

final class Thrower
{
    public function __destruct()
    {
        throw new RuntimeException('from a destructor');
    }
}

$v = null;
free_three();
step('socket_create_pair() into an object', function () {
    global $v;
    $v = new Watched('old', 'v');
    return [socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $v), $v];
});
free_three();
step('socket_create_pair() into an object, on 8.5 after socketpair() failed', function () {
    global $v;
    $v = new Watched('old', 'v');
    return [socket_create_pair(AF_INET, SOCK_STREAM, 0, $v), $v];
});
free_three();
step('socket_recv() of data, of nothing (EAGAIN) and failing, into objects', function () {
    global $v;
    $p = pair();
    socket_write($p[0], 'abc');
    $v = new Watched('data', 'v');
    $r1 = socket_recv($p[1], $v, 10, 0);
    $got = $v;
    $v = new Watched('none', 'v');
    $r2 = socket_recv($p[1], $v, 10, MSG_DONTWAIT);
    $v = new Watched('error', 'v');
    $r3 = socket_recv(socket_create(AF_INET, SOCK_STREAM, 0), $v, 10, 0);
    return [$r1, $got, $r2, $r3, $v];
});
free_three();
step('socket_recvfrom() into objects', function () {
    global $v, $a, $port;
    $x = socket_create(AF_INET, SOCK_DGRAM, 0);
    socket_bind($x, '127.0.0.1');
    socket_getsockname($x, $h, $p);
    socket_sendto($x, 'hi', 2, 0, '127.0.0.1', $p);
    $v = new Watched('data', 'v');
    $a = new Watched('address', 'a');
    $port = new Watched('port', 'v');
    $r = socket_recvfrom($x, $v, 10, 0, $a, $port);
    return [$r, $v, $a, $port === $p];
});
free_three();
step('socket_getsockname() and socket_getpeername() into objects', function () {
    global $v, $a;
    $x = socket_create(AF_INET, SOCK_DGRAM, 0);
    $v = new Watched('address', 'v');
    $a = new Watched('port', 'a');
    $r1 = socket_getsockname($x, $v, $a);
    $v = new Watched('kept', 'v');
    $r2 = socket_getpeername($x, $v);
    return [$r1, $r2, $v, $a];
});
free_three();
step('an object whose destructor keeps itself', function () {
    global $v, $kept;
    $v = new Keeper;
    $p = pair();
    socket_write($p[0], 'x');
    $r = socket_recv($p[1], $v, 10, 0);
    return [$r, $v, $kept];
});
free_three();
step('an object whose destructor throws', function () {
    global $v;
    $v = new Thrower;
    $p = pair();
    socket_write($p[0], 'x');
    $r = socket_recv($p[1], $v, 10, 0);
    return [$r, $v];
});
free_three();
step('socket_recvmsg() replacing a message array that holds an object', function () {
    global $m;
    $p = pair(SOCK_DGRAM);
    socket_write($p[0], 'x');
    $m = ['buffer_size' => 10, 'controllen' => 1, 'o' => new Watched('element')];
    $r = socket_recvmsg($p[1], $m, 0);
    return [$r, $m];
});
if (PHP_VERSION_ID >= 80600) {
    free_three();
    step('socket_addrinfo_lookup() failing into $error_code (8.6)', function () {
        global $v;
        $v = new Watched('old', 'v');
        $r = socket_addrinfo_lookup('nonexistent.invalid', null, [], $v);
        return [$r, is_int($v)];
    });
}
echo "done\n";
?>
--EXPECTF--
socket_create_pair() into an object
  ~old (next #6) $v = Watched#3
  => [0=>true,1=>[0=>Socket#2,1=>Socket#5]]
  next #3
socket_create_pair() into an object, on 8.5 after socketpair() failed
  warning: socket_create_pair(): Unable to create socket pair [95]: Operation not supported | next #4 | socket_create_pair[0=>2,1=>1,2=>0,3=>Watched#3]
  => [0=>false,1=>Watched#3]
  next #2
socket_recv() of data, of nothing (EAGAIN) and failing, into objects
  ~old (next #7) $v = Watched#4
  ~data (next #3) $v = Watched#4
  ~none (next #3) $v = Watched#4
  ~error (next #7) $v = Watched#4
  warning: socket_recv(): Unable to read from socket [107]: Transport endpoint is not connected | next #4 | socket_recv[0=>Socket#3,1=>NULL,2=>10,3=>0]
  => [0=>3,1=>'abc',2=>false,3=>false,4=>NULL]
  next #6
socket_recvfrom() into objects
  ~data (next #7) $v = Watched#5
  ~address (next #5) $a = Watched#3
  ~port (next #3) $v = 'hi'
  => [0=>2,1=>'hi',2=>'127.0.0.1',3=>true]
  next #6
socket_getsockname() and socket_getpeername() into objects
  ~address (next #5) $v = Watched#2
  ~port (next #2) $a = Watched#3
  warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected | next #2 | socket_getpeername[0=>Socket#6,1=>Watched#3]
  => [0=>true,1=>false,2=>Watched#3,3=>0]
  next #6
an object whose destructor keeps itself
  ~kept (next #4) $v = Keeper#6
  ~Keeper: $v = Keeper#6
  => [0=>1,1=>'x',2=>Keeper#6]
  next #4
an object whose destructor throws
  RuntimeException: from a destructor | __destruct[]
  next #2
socket_recvmsg() replacing a message array that holds an object
  ~element (next #2)
  => [0=>1,1=>['name'=>NULL,'control'=>[],'iov'=>[0=>'x'],'flags'=>0]]
  next #7
done
