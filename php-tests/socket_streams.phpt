--TEST--
socket_import_stream() and socket_export_stream(): one descriptor, stream and socket I/O mixed
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
// Import: a stream socket pair becomes Sockets.
[$sa, $sb] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$a = socket_import_stream($sa);
var_dump($a instanceof Socket, socket_get_option($a, SOL_SOCKET, SO_TYPE));
var_dump(socket_write($a, "from socket\n"), fgets($sb));
fwrite($sb, "from stream");
var_dump(socket_read($a, 100));
// The same stream imported twice: two Sockets, one descriptor.
$a2 = socket_import_stream($sa);
var_dump(socket_write($a2, "again"), fread($sb, 100));
// Blocking mode goes through the stream.
var_dump(socket_set_nonblock($a), stream_get_meta_data($sa)['blocked'], socket_read($a, 10), socket_last_error($a));
var_dump(socket_set_block($a), stream_get_meta_data($sa)['blocked']);
// A TCP server stream.
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$ss = socket_import_stream($server);
socket_getsockname($ss, $host, $port);
var_dump($host, $port > 0, socket_get_option($ss, SOL_SOCKET, 30));
$client = stream_socket_client("tcp://127.0.0.1:$port");
$conn = socket_accept($ss);
var_dump(fwrite($client, "tcp data"), socket_read($conn, 100));
// Export: a Socket becomes a stream (the same one each time).
[$x, $y] = pair();
$stream = socket_export_stream($x);
var_dump(get_resource_type($stream), $stream === socket_export_stream($x));
fwrite($stream, "via exported stream\n");
var_dump(socket_read($y, 100, PHP_NORMAL_READ));
socket_write($y, "back\n");
var_dump(fgets($stream));
$r = [$stream]; $w = null; $e = null;
socket_write($y, "ready");
var_dump(stream_select($r, $w, $e, 1), fread($stream, 10));
$meta = stream_get_meta_data($stream);
var_dump($meta['stream_type'], $meta['blocked']);
// An exported TCP socket knows its transport.
[$c, $s, $l] = tcp_pair();
$ts = socket_export_stream($c);
var_dump(stream_get_meta_data($ts)['stream_type'], stream_socket_get_name($ts, true) !== false);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(stream_get_meta_data(socket_export_stream($u))['stream_type']);
// Closing the socket closes the stream.
socket_close($x);
var_dump(socket_read($y, 10));
try { fwrite($stream, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(get_resource_type($stream));
// Errors.
foreach ([fn() => socket_import_stream(1), fn() => socket_import_stream(fopen('php://memory', 'r')),
          function () { $f = fopen('php://memory', 'r'); fclose($f); return socket_import_stream($f); },
          fn() => socket_export_stream("x")] as $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
?>
--EXPECTF--
bool(true)
int(1)
int(12)
string(12) "from socket
"
string(11) "from stream"
int(5)
string(5) "again"
bool(true)
bool(false)
bool(false)
int(11)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
int(1)
int(8)
string(8) "tcp data"
string(6) "stream"
bool(true)
string(20) "via exported stream
"
string(5) "back
"
int(1)
string(5) "ready"
string(11) "unix_socket"
bool(true)
string(14) "tcp_socket/ssl"
bool(true)
string(10) "udp_socket"
string(0) ""
fwrite(): supplied resource is not a valid stream resource
string(7) "Unknown"
TypeError: socket_import_stream(): Argument #1 ($stream) must be of type resource, int given

Warning: socket_import_stream(): Cannot represent a stream of type MEMORY as a Socket Descriptor in %s on line %d
bool(false)
TypeError: socket_import_stream(): supplied resource is not a valid stream resource
TypeError: socket_export_stream(): Argument #1 ($socket) must be of type Socket, string given
