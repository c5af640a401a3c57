<?php
pcntl_alarm(10);
set_error_handler(function ($no, $msg) { echo "W: $msg\n"; return true; });
function show($v) { if (is_object($v)) return get_class($v); if (is_array($v)) return "[" . implode(",", array_map("show", $v)) . "]"; if (is_resource($v)) return "resource"; return var_export($v, true); }
function r($f) { try { echo show($f()), "\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$s = []; socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $a); socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $b);
$s = [$a[0], $a[1], $b[0], $b[1], socket_create(AF_INET, SOCK_STREAM, SOL_TCP), socket_create(AF_INET, SOCK_DGRAM, SOL_UDP)];
foreach ($s as $x) socket_set_nonblock($x); $closed = socket_create(AF_UNIX, SOCK_STREAM, 0); socket_close($closed);
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_get_option($s[4], 0, SO_ERROR); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
@unlink("/tmp/rs-fuzz-30723.sock");

/* sockets.so (exit 0):
[21902,NULL,NULL,NULL,NULL]
E: 0
W: unlink(/tmp/rs-fuzz.sock): No such file or directory

   rust_sockets.so (exit 0):
[0,NULL,NULL,NULL,NULL]
E: 0
W: unlink(/tmp/rs-fuzz.sock): No such file or directory

*/
