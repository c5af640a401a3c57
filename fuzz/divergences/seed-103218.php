<?php
pcntl_alarm(10);
set_error_handler(function ($no, $msg) { echo "W: $msg\n"; return true; });
function show($v) { if (is_object($v)) return get_class($v); if (is_array($v)) return "[" . implode(",", array_map("show", $v)) . "]"; if (is_resource($v)) return "resource"; return var_export($v, true); }
function r($f) { try { echo show($f()), "\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$s = []; socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $a); socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $b);
$s = [$a[0], $a[1], $b[0], $b[1], socket_create(AF_INET, SOCK_STREAM, SOL_TCP), socket_create(AF_INET, SOCK_DGRAM, SOL_UDP)];
foreach ($s as $x) socket_set_nonblock($x); $closed = socket_create(AF_UNIX, SOCK_STREAM, 0); socket_close($closed);
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_getpeername("sock", $addr); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_getpeername("sock", $addr); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create_pair(AF_INET, PHP_INT_MAX, 0, $p); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_shutdown($closed, SO_LINGER); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_get_option($closed, SOL_TCP, 10); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_listen($s[1], MSG_PEEK); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_accept(null); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_bind($s[4], 123); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_write($s[2], null); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(AF_INET, SOCK_DGRAM, SOL_TCP); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_bind($s[5], 1.5, null); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_close($closed); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_write($s[1], "/tmp/rs-fuzz-13004.sock", TCP_NODELAY); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_clear_error(); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_addrinfo_lookup("0.0.0.0", "http", []); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_set_option(new stdClass, AF_INET, AF_INET, ["l_onoff" => 1, "l_linger" => 2]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_last_error($closed); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_shutdown($s[0]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_shutdown(1); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_clear_error($s[5]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_read($s[0], AF_INET); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_connect($s[2], "\0abstract"); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_addrinfo_lookup("/tmp/rs-fuzz-13004.sock", "http", []); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_recvfrom(null, $buf, SO_TYPE, MSG_DONTWAIT, $from); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_addrinfo_lookup(str_repeat("p", 120), null, []); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_getpeername(new stdClass, $addr, $port); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_bind($s[2], "/tmp/rs-fuzz-13004.sock", 0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_recvfrom($s[3], $buf, 1024, MSG_DONTWAIT, $from, $port); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_getpeername(1, $addr, $port); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_send($closed, str_repeat("p", 120), MSG_DONTWAIT, AF_INET); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_close($closed); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(AF_UNIX, SOCK_STREAM, 0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_read($s[4], MSG_DONTWAIT); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_accept($s[0]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(SOCK_DGRAM, -2147483649, true); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create_pair(AF_INET, SOCK_STREAM, 0, $p); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_shutdown($s[0], 65536); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create_pair(true, "0x1A", 0, $p); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
@unlink("/tmp/rs-fuzz-13004.sock");

/* sockets.so (exit 0):

   rust_sockets.so (exit 0):

*/
