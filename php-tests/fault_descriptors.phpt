--TEST--
Descriptor exhaustion (RLIMIT_NOFILE lowered): false and a warning, nothing leaked, recovery after closing
--EXTENSIONS--
sockets
posix
--SKIPIF--
<?php
if (!function_exists('posix_setrlimit')) die('skip needs posix_setrlimit');
// run-tests.php -m: valgrind keeps descriptors of its own near the limit.
if (getenv('USE_ZEND_ALLOC') === '0') die('skip not under valgrind (it uses descriptors of its own)');
?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
// Exactly 10 descriptors left, whatever this process inherited.
$base = open_fds();
$limit = nofile_limit_leaving(10);
var_dump(posix_setrlimit(POSIX_RLIMIT_NOFILE, $limit, $limit));
$kept = [];
while (count($kept) < 50) {
    $s = @socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    if ($s === false) break;
    $kept[] = $s;
}
var_dump(count($kept), socket_last_error(), socket_strerror(socket_last_error()));
var_dump(socket_create(AF_UNIX, SOCK_STREAM, 0));
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p), $p ?? 'untouched');
var_dump(socket_create_listen(0));
// Counting needs a descriptor of its own: free one first.
array_pop($kept);
var_dump(open_fds() - $base);
// Accept with no descriptor left.
array_pop($kept); array_pop($kept);
[$l, $port] = tcp_listener();
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
// Full again, then accept.
while (($s = @socket_create(AF_INET, SOCK_STREAM, SOL_TCP)) !== false) { $kept[] = $s; }
var_dump(socket_accept($l), socket_last_error(), socket_last_error($l));
// Recovery.
$kept = [];
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p2), count($p2));
var_dump(socket_accept($l) instanceof Socket);
?>
--EXPECTF--
bool(true)
int(10)
int(24)
string(19) "Too many open files"

Warning: socket_create(): Unable to create socket [24]: Too many open files in %s on line %d
bool(false)

Warning: socket_create_pair(): Unable to create socket pair [24]: Too many open files in %s on line %d
bool(false)
string(9) "untouched"
bool(false)
int(9)

Warning: socket_accept(): unable to accept incoming connection [24]: Too many open files in %s on line %d
bool(false)
int(24)
int(0)
bool(true)
int(2)
bool(true)
