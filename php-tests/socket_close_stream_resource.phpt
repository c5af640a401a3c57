--TEST--
socket_close() of an imported or exported socket releases the stream's resource (rust_sockets only)
--DESCRIPTION--
socket_close() closes the stream and keeps its resource (scripts may still
hold it), then sockets.so forgets its own reference without releasing it:
the resource stays in the request's list, of type "Unknown", after the
script has let go of it too. rust_sockets releases its reference.
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/helpers.inc'; if (!is_rust_sockets()) die('skip rust_sockets only: sockets.so (see docs/differences.md for which versions) keeps a reference to the resource'); ?>
--FILE--
<?php
require __DIR__ . '/helpers.inc';
function unknown(): int
{
    return count(array_filter(get_resources(), fn($r) => get_resource_type($r) === 'Unknown'));
}
for ($i = 0; $i < 3; $i++) {
    $st = stream_socket_server("udp://127.0.0.1:0", $e, $s, STREAM_SERVER_BIND);
    $sock = socket_import_stream($st);
    socket_close($sock);
    var_dump(get_resource_type($st));
    unset($st, $sock);
    [$x, $y] = pair();
    $exported = socket_export_stream($x);
    socket_close($x);
    unset($exported, $x, $y);
}
var_dump(unknown());
?>
--EXPECTF--
string(7) "Unknown"
string(7) "Unknown"
string(7) "Unknown"
int(0)
