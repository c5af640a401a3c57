--TEST--
A destructor that reads a by-reference argument while the function releases its old value, where the C extension leaves freed memory there (rust_sockets only)
--DESCRIPTION--
The C extension releases a by-reference argument's old value in place
(socket_recvmsg()'s $message on every version, where a warning can come
between the release and the new value; socket_recv()'s $data and
the other ZEND_TRY_ASSIGN_REF results until 8.4, socket_create_pair()'s
$pair on 8.2): an array's elements are released one by one and left in the
variable as freed memory, which a later element's destructor then reads
(garbage; 8.4.27 aborts with "zend_mm_heap corrupted"); a destructor that
stores something else in the variable makes 8.2's release free the old
object twice (a segfault). rust_sockets holds null in the variable while the
old value is released (as PHP 8.5's zval_ptr_safe_dtor() does), except
that an object's own destructor sees that object, as with the C extension.
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) reads freed memory here'); ?>
--FILE--
<?php
require __DIR__ . '/engine.inc';

final class Replacer
{
    public function __destruct()
    {
        global $v;
        echo "  ~Replacer: \$v = ", show($v), "\n";
        $v = 'from a destructor';
    }
}

$v = null;
step('socket_create_pair() replacing an array of objects that read the variable', function () {
    global $v;
    $v = [new Watched('first', 'v'), new Watched('second', 'v')];
    return [socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $v), $v];
});
step('socket_recv() replacing an array of objects that read the variable', function () {
    global $v;
    $p = pair();
    socket_write($p[0], 'abc');
    $v = [new Watched('first', 'v'), 'x' => new Watched('second', 'v')];
    return [socket_recv($p[1], $v, 10, 0), $v];
});
step('socket_recvmsg() replacing a message whose elements read the variable', function () {
    global $v;
    $p = pair(SOCK_DGRAM);
    socket_write($p[0], 'x');
    $v = ['buffer_size' => 10, 'controllen' => 1, 'a' => new Watched('first', 'v'), 'b' => new Watched('second', 'v')];
    return [socket_recvmsg($p[1], $v, 0), $v];
});
step('socket_recvmsg() failing to convert what it received, its old message released before the warning', function () {
    global $v;
    $p = pair(SOCK_DGRAM);
    socket_set_option($p[1], SOL_SOCKET, SO_PASSCRED, 1);
    socket_write($p[0], 'x');
    $v = ['buffer_size' => 10, 'controllen' => 24, 'a' => new Watched('element', 'v')];
    return [socket_recvmsg($p[1], $v, 0), $v];
});
step('socket_create_pair() replacing an object whose destructor stores something else there', function () {
    global $v;
    $v = new Replacer;
    return [socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $v), $v];
});
step('socket_recv() replacing an object whose destructor stores something else there', function () {
    global $v;
    $p = pair();
    socket_write($p[0], 'abc');
    $v = new Replacer;
    return [socket_recv($p[1], $v, 10, 0), $v];
});
echo "done\n";
?>
--EXPECTF--
socket_create_pair() replacing an array of objects that read the variable
  ~first (next #7) $v = NULL
  ~second (next #3) $v = NULL
  => [0=>true,1=>[0=>Socket#5,1=>Socket#6]]
  next #4
socket_recv() replacing an array of objects that read the variable
  ~first (next #6) $v = NULL
  ~second (next #7) $v = NULL
  => [0=>3,1=>'abc']
  next #3
socket_recvmsg() replacing a message whose elements read the variable
  ~first (next #6) $v = NULL
  ~second (next #8) $v = NULL
  => [0=>1,1=>['name'=>NULL,'control'=>[],'iov'=>[0=>'x'],'flags'=>0]]
  next #4
socket_recvmsg() failing to convert what it received, its old message released before the warning
  ~element (next #8) $v = NULL
  warning: socket_recvmsg(): error converting native data (path: msghdr > control > element #1 > data): the cmsghdr structure is unexpectedly small; expected a length of at least 28, but got 24 | next #7 | socket_recvmsg[0=>Socket#3,1=>NULL,2=>0]
  => [0=>1,1=>false]
  next #3
socket_create_pair() replacing an object whose destructor stores something else there
  ~Replacer: $v = Replacer#3
  => [0=>true,1=>[0=>Socket#4,1=>Socket#7]]
  next #3
socket_recv() replacing an object whose destructor stores something else there
  ~Replacer: $v = Replacer#6
  => [0=>3,1=>'abc']
  next #8
done
