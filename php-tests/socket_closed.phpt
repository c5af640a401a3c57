--TEST--
Every function given a closed socket throws the C extension's Error
--EXTENSIONS--
sockets
--FILE--
<?php
pcntl_alarm(60); // bounded: a read that blocks fails the test
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
var_dump(socket_close($a));
$calls = [
    'socket_close' => fn() => socket_close($a),
    'socket_write' => fn() => socket_write($a, "x"),
    'socket_write (negative length)' => fn() => socket_write($a, "x", -1),
    'socket_read' => fn() => socket_read($a, 10),
    'socket_read (length 0)' => fn() => socket_read($a, 0),
    'socket_last_error' => fn() => socket_last_error($a),
    'socket_clear_error' => fn() => socket_clear_error($a),
];
foreach ($calls as $name => $call) {
    try {
        var_dump($call());
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump($a);
// The peer sees the end of the stream.
var_dump(socket_read($b, 10));
var_dump(socket_read($b, 10, PHP_NORMAL_READ));
var_dump(socket_last_error($b));
var_dump(@socket_write($b, "x"), socket_last_error($b), socket_last_error());
socket_close($b);
// Closing in a destructor, twice through the same array.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
socket_close($q[0]);
try { socket_close($q[0]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
unset($q);
echo "done\n";
?>
--EXPECTF--
NULL
socket_close: Error: socket_close(): Argument #1 ($socket) has already been closed
socket_write: Error: socket_write(): Argument #1 ($socket) has already been closed
socket_write (negative length): Error: socket_write(): Argument #1 ($socket) has already been closed
socket_read: Error: socket_read(): Argument #1 ($socket) has already been closed
socket_read (length 0): Error: socket_read(): Argument #1 ($socket) has already been closed
socket_last_error: Error: socket_last_error(): Argument #1 ($socket) has already been closed
socket_clear_error: Error: socket_clear_error(): Argument #1 ($socket) has already been closed
object(Socket)#1 (0) {
}
string(0) ""

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
int(104)
bool(false)
int(32)
int(32)
socket_close(): Argument #1 ($socket) has already been closed
done
