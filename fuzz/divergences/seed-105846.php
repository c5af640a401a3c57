<?php
pcntl_alarm(10);
set_error_handler(function ($no, $msg) { echo "W: $msg\n"; return true; });
function show($v) { if (is_object($v)) return get_class($v); if (is_array($v)) return "[" . implode(",", array_map("show", $v)) . "]"; if (is_resource($v)) return "resource"; return var_export($v, true); }
function r($f) { try { echo show($f()), "\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$s = []; socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $a); socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $b);
$s = [$a[0], $a[1], $b[0], $b[1], socket_create(AF_INET, SOCK_STREAM, SOL_TCP), socket_create(AF_INET, SOCK_DGRAM, SOL_UDP)];
foreach ($s as $x) socket_set_nonblock($x); $closed = socket_create(AF_UNIX, SOCK_STREAM, 0); socket_close($closed);
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_set_option($s[4], 65536, " 12 ", -1); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_set_option($s[1], SOL_SOCKET, "3", 2**40); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create_pair(SOCK_RAW, PHP_INT_MAX, 1024, $p); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(10, 0, 1.5); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_recv($s[3], $buf, PHP_INT_MIN, MSG_DONTWAIT|MSG_TRUNC); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_connect("sock", "\0abstract", 1); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create_pair(AF_INET, SO_REUSEADDR, 0, $p); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_bind($s[2], null); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_read($s[0], AF_INET6); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = $r = [$s[2], "sock"]; $w = []; $e = null; socket_select($r, $w, $e, 0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_read($closed, SOL_TCP); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_listen($s[2]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_bind($s[1], "/tmp/rs-fuzz-3345.sock"); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_set_option(new stdClass, SOL_SOCKET, [], 0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_recvfrom(1, $buf, SO_RCVTIMEO, MSG_DONTWAIT, $from, $port); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(2.0, SO_RCVTIMEO, SOCK_RAW); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_sendto("sock", 1.5, " 12 ", 0, "localhost"); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_write("sock", "\0abstract", SO_TYPE); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(SOCK_RAW, SO_RCVTIMEO, SO_TYPE); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_close($s[0]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_accept($s[4]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_accept(null); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(AF_INET, SOCK_STREAM, 0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_getpeername($s[2], $addr, $port); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(AF_INET, SOCK_STREAM, 0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_recvfrom($s[0], $buf, SOCK_SEQPACKET, MSG_DONTWAIT, $from, $port); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_strerror(11); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_recv($s[1], $buf, SOCK_RAW, MSG_DONTWAIT|MSG_TRUNC); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create_listen(0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_accept("sock"); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_last_error($closed); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = $r = [$s[2], null]; $w = [1]; $e = null; socket_select($r, $w, $e, 0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_accept(1); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create_listen(0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_last_error($s[1]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create_listen(0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_recvfrom($s[2], $buf, 0, MSG_DONTWAIT, $from); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_last_error(null); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
@unlink("/tmp/rs-fuzz-3345.sock");

/* sockets.so (exit 0):

   rust_sockets.so (exit 0):

*/
