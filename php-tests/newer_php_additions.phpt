--TEST--
Additions of later PHP versions: SOCK_NONBLOCK/SOCK_CLOEXEC in $type (8.4), socket_atmark() (8.3), SO_PEERCRED, IP_MTU_DISCOVER (rust_sockets only)
--DESCRIPTION--
PHP 8.2's sockets.so has none of these; rust_sockets offers them on 8.2
without changing anything 8.2 scripts rely on (except that or-ing the flags
into $type, a ValueError in 8.2, now works as in 8.4).
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: later PHP versions\' additions'); ?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
foreach (['SOCK_NONBLOCK', 'SOCK_CLOEXEC', 'SO_PEERCRED', 'IP_MTU_DISCOVER', 'IP_PMTUDISC_DONT', 'IP_PMTUDISC_WANT',
          'IP_PMTUDISC_DO', 'IP_PMTUDISC_PROBE', 'IP_PMTUDISC_INTERFACE', 'IP_PMTUDISC_OMIT'] as $c) {
    echo "$c=", constant($c), "\n";
}
// Flags in $type: a non-blocking socket from the start, close-on-exec.
$s = socket_create(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, SOL_TCP);
var_dump($s instanceof Socket, socket_get_option($s, SOL_SOCKET, SO_TYPE));
var_dump(@socket_connect($s, '127.0.0.1', 9), socket_last_error($s));
var_dump(socket_create_pair(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0, $p));
var_dump(socket_read($p[0], 10), socket_last_error($p[0]));
var_dump(socket_write($p[1], "x"), socket_read($p[0], 10));
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, $q));
try { socket_create(AF_UNIX, SOCK_STREAM | 4096, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
// socket_atmark: at the out-of-band mark or not.
[$c, $srv, $l] = tcp_pair();
var_dump(socket_atmark($srv));
socket_send($c, "ab", 2, 0);
socket_send($c, "!", 1, MSG_OOB);
usleep(50000);
var_dump(socket_atmark($srv), socket_recv($srv, $buf, 10, 0), $buf, socket_atmark($srv));
var_dump(@socket_atmark($p[0]), socket_last_error($p[0]));
try { socket_atmark(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
echo new ReflectionFunction('socket_atmark');
// SO_PEERCRED: the peer of a socket pair is this process.
$cred = socket_get_option($q[0], SOL_SOCKET, SO_PEERCRED);
var_dump(array_keys($cred), $cred['pid'] === getmypid(), $cred['uid'] === getmyuid());
// IP_MTU_DISCOVER.
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($u, IPPROTO_IP, IP_MTU_DISCOVER, IP_PMTUDISC_DO), socket_get_option($u, IPPROTO_IP, IP_MTU_DISCOVER) === IP_PMTUDISC_DO);
?>
--EXPECTF--
SOCK_NONBLOCK=2048
SOCK_CLOEXEC=524288
SO_PEERCRED=17
IP_MTU_DISCOVER=10
IP_PMTUDISC_DONT=0
IP_PMTUDISC_WANT=1
IP_PMTUDISC_DO=2
IP_PMTUDISC_PROBE=3
IP_PMTUDISC_INTERFACE=4
IP_PMTUDISC_OMIT=5
bool(true)
int(1)
bool(false)
int(115)
bool(true)
bool(false)
int(11)
int(1)
string(1) "x"
bool(true)
socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM
bool(false)
bool(false)
int(2)
string(2) "ab"
bool(true)
bool(false)
int(%d)
socket_atmark() expects exactly 1 argument, 0 given
Function [ <internal:sockets> function socket_atmark ] {

  - Parameters [1] {
    Parameter #0 [ <required> Socket $socket ]
  }
  - Return [ bool ]
}
array(3) {
  [0]=>
  string(3) "pid"
  [1]=>
  string(3) "uid"
  [2]=>
  string(3) "gid"
}
bool(true)
bool(true)
bool(true)
bool(true)
