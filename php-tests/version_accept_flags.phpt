--TEST--
socket_accept(): close-on-exec from 8.4; non-blocking when the listener was set non-blocking, from 8.5
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
/** The O_NONBLOCK and O_CLOEXEC flags of the descriptor a socket has, as /proc shows them. */
function fd_flags(Socket $s, array $before): string
{
    $new = array_values(array_diff(open_fd_numbers(), $before));
    preg_match('/flags:\s+(\d+)/', file_get_contents('/proc/self/fdinfo/' . $new[0]), $m);
    $flags = octdec($m[1]);
    return (($flags & 02000000) ? 'cloexec' : 'no-cloexec') . ' ' . (($flags & 04000) ? 'nonblock' : 'block');
}
function accept_from(Socket $listener): string
{
    socket_getsockname($listener, $addr, $port);
    $c = socket_create(AF_INET, SOCK_STREAM, 0);
    socket_connect($c, '127.0.0.1', $port);
    usleep(20000);
    $before = open_fd_numbers();
    $s = socket_accept($listener);
    $flags = fd_flags($s, $before);
    socket_close($s);
    return $flags;
}
$l = socket_create_listen(0);
echo 'blocking listener: ', accept_from($l), "\n";
socket_set_nonblock($l);
echo 'after socket_set_nonblock: ', accept_from($l), "\n";
socket_set_block($l);
echo 'after socket_set_block: ', accept_from($l), "\n";
?>
--EXPECTF--
blocking listener: no-cloexec block
after socket_set_nonblock: no-cloexec block
after socket_set_block: no-cloexec block
