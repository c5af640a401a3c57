--TEST--
socket_import_stream() / socket_export_stream(): what a Socket and its stream can still do after the other is closed or unset, in every order
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';

function attempt(string $what, callable $f): void
{
    echo "  $what: ";
    try {
        $r = $f();
        echo is_resource($r) ? get_resource_type($r) : (is_object($r) ? get_class($r) : var_export($r, true));
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage();
    }
    echo "\n";
}

function probe(?Socket $sock, $stream): void
{
    if ($sock !== null) {
        attempt("socket_set_nonblock", fn() => socket_set_nonblock($sock));
        attempt("socket_set_block", fn() => socket_set_block($sock));
        attempt("socket_get_option", fn() => socket_get_option($sock, SOL_SOCKET, SO_TYPE));
        attempt("socket_write", fn() => socket_write($sock, "x"));
        attempt("socket_export_stream", fn() => socket_export_stream($sock));
        attempt("socket_last_error", fn() => socket_last_error($sock));
    }
    if ($stream !== null) {
        attempt("stream_set_blocking", fn() => stream_set_blocking($stream, true));
        attempt("fwrite", fn() => fwrite($stream, "y"));
        attempt("get_resource_type", fn() => get_resource_type($stream));
        attempt("socket_import_stream", fn() => socket_import_stream($stream));
    }
    if ($sock !== null) {
        attempt("socket_close", fn() => socket_close($sock));
        attempt("socket_close again", fn() => socket_close($sock));
    }
    if ($stream !== null) {
        attempt("fclose", fn() => fclose($stream));
    }
}

function make(string $how): array
{
    if ($how === 'import') {
        $stream = stream_socket_server("udp://127.0.0.1:0", $errno, $errstr, STREAM_SERVER_BIND);
        $sock = socket_import_stream($stream);
    } else {
        [$sock, $other] = pair();
        $GLOBALS['keep'][] = $other;
        $stream = socket_export_stream($sock);
    }
    return [$sock, $stream];
}

foreach (['import', 'export'] as $how) {
    echo "== $how, nothing closed\n";
    [$sock, $stream] = make($how);
    probe($sock, $stream);

    echo "== $how, stream closed first\n";
    [$sock, $stream] = make($how);
    fclose($stream);
    probe($sock, $stream);

    echo "== $how, stream unset\n";
    [$sock, $stream] = make($how);
    unset($stream);
    probe($sock, null);

    echo "== $how, socket unset\n";
    [$sock, $stream] = make($how);
    unset($sock);
    probe(null, $stream);

    echo "== $how, socket closed first\n";
    [$sock, $stream] = make($how);
    socket_close($sock);
    probe($sock, $stream);

    echo "== $how, exported twice, then the socket closed\n";
    [$sock, $stream] = make($how);
    $again = socket_export_stream($sock);
    var_dump($again === $stream);
    socket_close($sock);
    probe(null, $again);
}
echo "done\n";
?>
--EXPECTF--
== import, nothing closed
  socket_set_nonblock: true
  socket_set_block: true
  socket_get_option: 2
  socket_write: 
Warning: socket_write(): unable to write to socket [89]: Destination address required in %s on line %d
false
  socket_export_stream: stream
  socket_last_error: 89
  stream_set_blocking: true
  fwrite: 
Notice: fwrite(): Send of 1 bytes failed with errno=89 Destination address required in %s on line %d
false
  get_resource_type: 'stream'
  socket_import_stream: Socket
  socket_close: NULL
  socket_close again: Error: socket_close(): Argument #1 ($socket) has already been closed
  fclose: TypeError: fclose(): supplied resource is not a valid stream resource
== import, stream closed first
  socket_set_nonblock: 
Warning: socket_set_nonblock(): unable to set nonblocking mode [9]: Bad file descriptor in %s on line %d
false
  socket_set_block: 
Warning: socket_set_block(): unable to set blocking mode [9]: Bad file descriptor in %s on line %d
false
  socket_get_option: 
Warning: socket_get_option(): Unable to retrieve socket option [9]: Bad file descriptor in %s on line %d
false
  socket_write: 
Warning: socket_write(): unable to write to socket [9]: Bad file descriptor in %s on line %d
false
  socket_export_stream: NULL
  socket_last_error: 9
  stream_set_blocking: TypeError: stream_set_blocking(): supplied resource is not a valid stream resource
  fwrite: TypeError: fwrite(): supplied resource is not a valid stream resource
  get_resource_type: 'Unknown'
  socket_import_stream: TypeError: socket_import_stream(): supplied resource is not a valid stream resource
  socket_close: TypeError: socket_close(): supplied resource is not a valid stream resource
  socket_close again: Error: socket_close(): Argument #1 ($socket) has already been closed
  fclose: TypeError: fclose(): supplied resource is not a valid stream resource
== import, stream unset
  socket_set_nonblock: true
  socket_set_block: true
  socket_get_option: 2
  socket_write: 
Warning: socket_write(): unable to write to socket [89]: Destination address required in %s on line %d
false
  socket_export_stream: stream
  socket_last_error: 89
  socket_close: NULL
  socket_close again: Error: socket_close(): Argument #1 ($socket) has already been closed
== import, socket unset
  stream_set_blocking: true
  fwrite: 
Notice: fwrite(): Send of 1 bytes failed with errno=89 Destination address required in %s on line %d
false
  get_resource_type: 'stream'
  socket_import_stream: Socket
  fclose: true
== import, socket closed first
  socket_set_nonblock: Error: socket_set_nonblock(): Argument #1 ($socket) has already been closed
  socket_set_block: Error: socket_set_block(): Argument #1 ($socket) has already been closed
  socket_get_option: Error: socket_get_option(): Argument #1 ($socket) has already been closed
  socket_write: Error: socket_write(): Argument #1 ($socket) has already been closed
  socket_export_stream: Error: socket_export_stream(): Argument #1 ($socket) has already been closed
  socket_last_error: Error: socket_last_error(): Argument #1 ($socket) has already been closed
  stream_set_blocking: TypeError: stream_set_blocking(): supplied resource is not a valid stream resource
  fwrite: TypeError: fwrite(): supplied resource is not a valid stream resource
  get_resource_type: 'Unknown'
  socket_import_stream: TypeError: socket_import_stream(): supplied resource is not a valid stream resource
  socket_close: Error: socket_close(): Argument #1 ($socket) has already been closed
  socket_close again: Error: socket_close(): Argument #1 ($socket) has already been closed
  fclose: TypeError: fclose(): supplied resource is not a valid stream resource
== import, exported twice, then the socket closed
bool(true)
  stream_set_blocking: TypeError: stream_set_blocking(): supplied resource is not a valid stream resource
  fwrite: TypeError: fwrite(): supplied resource is not a valid stream resource
  get_resource_type: 'Unknown'
  socket_import_stream: TypeError: socket_import_stream(): supplied resource is not a valid stream resource
  fclose: TypeError: fclose(): supplied resource is not a valid stream resource
== export, nothing closed
  socket_set_nonblock: true
  socket_set_block: true
  socket_get_option: 1
  socket_write: 1
  socket_export_stream: stream
  socket_last_error: 0
  stream_set_blocking: true
  fwrite: 1
  get_resource_type: 'stream'
  socket_import_stream: Socket
  socket_close: NULL
  socket_close again: Error: socket_close(): Argument #1 ($socket) has already been closed
  fclose: TypeError: fclose(): supplied resource is not a valid stream resource
== export, stream closed first
  socket_set_nonblock: 
Warning: socket_set_nonblock(): unable to set nonblocking mode [9]: Bad file descriptor in %s on line %d
false
  socket_set_block: 
Warning: socket_set_block(): unable to set blocking mode [9]: Bad file descriptor in %s on line %d
false
  socket_get_option: 
Warning: socket_get_option(): Unable to retrieve socket option [9]: Bad file descriptor in %s on line %d
false
  socket_write: 
Warning: socket_write(): unable to write to socket [9]: Bad file descriptor in %s on line %d
false
  socket_export_stream: NULL
  socket_last_error: 9
  stream_set_blocking: TypeError: stream_set_blocking(): supplied resource is not a valid stream resource
  fwrite: TypeError: fwrite(): supplied resource is not a valid stream resource
  get_resource_type: 'Unknown'
  socket_import_stream: TypeError: socket_import_stream(): supplied resource is not a valid stream resource
  socket_close: TypeError: socket_close(): supplied resource is not a valid stream resource
  socket_close again: Error: socket_close(): Argument #1 ($socket) has already been closed
  fclose: TypeError: fclose(): supplied resource is not a valid stream resource
== export, stream unset
  socket_set_nonblock: true
  socket_set_block: true
  socket_get_option: 1
  socket_write: 1
  socket_export_stream: stream
  socket_last_error: 0
  socket_close: NULL
  socket_close again: Error: socket_close(): Argument #1 ($socket) has already been closed
== export, socket unset
  stream_set_blocking: true
  fwrite: 1
  get_resource_type: 'stream'
  socket_import_stream: Socket
  fclose: true
== export, socket closed first
  socket_set_nonblock: Error: socket_set_nonblock(): Argument #1 ($socket) has already been closed
  socket_set_block: Error: socket_set_block(): Argument #1 ($socket) has already been closed
  socket_get_option: Error: socket_get_option(): Argument #1 ($socket) has already been closed
  socket_write: Error: socket_write(): Argument #1 ($socket) has already been closed
  socket_export_stream: Error: socket_export_stream(): Argument #1 ($socket) has already been closed
  socket_last_error: Error: socket_last_error(): Argument #1 ($socket) has already been closed
  stream_set_blocking: TypeError: stream_set_blocking(): supplied resource is not a valid stream resource
  fwrite: TypeError: fwrite(): supplied resource is not a valid stream resource
  get_resource_type: 'Unknown'
  socket_import_stream: TypeError: socket_import_stream(): supplied resource is not a valid stream resource
  socket_close: Error: socket_close(): Argument #1 ($socket) has already been closed
  socket_close again: Error: socket_close(): Argument #1 ($socket) has already been closed
  fclose: TypeError: fclose(): supplied resource is not a valid stream resource
== export, exported twice, then the socket closed
bool(true)
  stream_set_blocking: TypeError: stream_set_blocking(): supplied resource is not a valid stream resource
  fwrite: TypeError: fwrite(): supplied resource is not a valid stream resource
  get_resource_type: 'Unknown'
  socket_import_stream: TypeError: socket_import_stream(): supplied resource is not a valid stream resource
  fclose: TypeError: fclose(): supplied resource is not a valid stream resource
done
