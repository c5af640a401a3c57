--TEST--
socket_read(): PHP_NORMAL_READ stops after \n or \r and consumes nothing after it
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
bound_test_time();
[$a, $b] = pair();
socket_write($a, "line one\nline two\r\nline three\rno terminator yet");
for ($i = 0; $i < 4; $i++) {
    dump(socket_read($b, 100, PHP_NORMAL_READ));
}
// What follows the terminator is still there for a binary read; a
// blocking line read would wait for the rest of the line.
dump(socket_read($b, 4));
dump(socket_read($b, 13));
// A line longer than $length: $length bytes, the rest stays.
socket_write($a, " and more\n0123456789abcdef\n");
dump(socket_read($b, 100, PHP_NORMAL_READ));
dump(socket_read($b, 4, PHP_NORMAL_READ));
dump(socket_read($b, 4, PHP_NORMAL_READ));
dump(socket_read($b, 100, PHP_NORMAL_READ));
// Length 1 reads one byte, terminator or not.
socket_write($a, "\n\rx\n");
dump(socket_read($b, 1, PHP_NORMAL_READ), socket_read($b, 1, PHP_NORMAL_READ),
         socket_read($b, 1, PHP_NORMAL_READ), socket_read($b, 1, PHP_NORMAL_READ));
// Empty lines, binary data with NUL bytes inside a line.
socket_write($a, "\n\n\0a\0\n");
dump(socket_read($b, 10, PHP_NORMAL_READ), socket_read($b, 10, PHP_NORMAL_READ), (socket_read($b, 10, PHP_NORMAL_READ)));
// A line written in pieces by another process arrives whole.
$pid = pcntl_fork();
if ($pid === 0) {
    foreach (["par", "tial", " line", "\nnext\n"] as $piece) {
        socket_write($a, $piece);
        usleep(20000);
    }
    exit(0);
}
dump(socket_read($b, 100, PHP_NORMAL_READ));
dump(socket_read($b, 100, PHP_NORMAL_READ));
pcntl_waitpid($pid, $status);
dump(socket_last_error($b));
// Length 0 and negatives are rejected as for binary reads.
dump(socket_read($b, 0, PHP_NORMAL_READ), socket_read($b, -1, PHP_NORMAL_READ));
?>
--EXPECTF--
string(9) "line one\n"
string(9) "line two\r"
string(1) "\n"
string(11) "line three\r"
string(4) "no t"
string(13) "erminator yet"
string(10) " and more\n"
string(4) "0123"
string(4) "4567"
string(9) "89abcdef\n"
string(1) "\n"
string(1) "\r"
string(1) "x"
string(1) "\n"
string(1) "\n"
string(1) "\n"
string(4) "\000a\000\n"
string(13) "partial line\n"
string(5) "next\n"
int(0)
bool(false)
bool(false)
