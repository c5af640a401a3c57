<?php
pcntl_alarm(10);
set_error_handler(function ($no, $msg) { echo "W: $msg\n"; return true; });
function show($v) { if (is_object($v)) return get_class($v); if (is_array($v)) return "[" . implode(",", array_map("show", $v)) . "]"; if (is_resource($v)) return "resource"; return var_export($v, true); }
function r($f) { try { echo show($f()), "\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$s = []; socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $a); socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $b);
$s = [$a[0], $a[1], $b[0], $b[1], socket_create(AF_INET, SOCK_STREAM, SOL_TCP), socket_create(AF_INET, SOCK_DGRAM, SOL_UDP)];
foreach ($s as $x) socket_set_nonblock($x); $closed = socket_create(AF_UNIX, SOCK_STREAM, 0); socket_close($closed);
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_getpeername($closed, $addr); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_sendto($s[5], "\xff\xfe", 0, 0, "\0"); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_strerror(AF_INET); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_last_error(); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_sendto(1, 1.5, "3", 0, 1.5, "abc"); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_close($s[4]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_clear_error(); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_recvfrom(1, $buf, SOCK_SEQPACKET, MSG_DONTWAIT, $from); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_sendto(new stdClass, null, MSG_OOB, 0, "/tmp/rs-fuzz-7835.sock"); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_write($s[0], 1.5); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_recv(null, $buf, false, MSG_DONTWAIT); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_listen($s[4]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(AF_UNIX, SOCK_DGRAM, 0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_shutdown($s[2], 2); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_addrinfo_lookup("127.1", "x", ["ai_family" => AF_INET]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_bind($s[0], "/tmp/rs-fuzz-7835.sock", 1.5); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_set_option($s[1], SOL_TCP, 64, 0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(AF_INET, SOCK_STREAM, SOL_UDP); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_last_error(); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(-2147483649, MSG_WAITALL|MSG_DONTWAIT, SOL_TCP); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_send($s[1], new stdClass, "0x1A", 1); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_accept($s[5]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_bind($s[5], null, " 12 "); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_recv(null, $buf, 2147483648, MSG_DONTWAIT|MSG_PEEK); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_write(new stdClass, true); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create_pair(AF_INET, SOCK_DGRAM, AF_INET, $p); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_bind($s[3], "\0abstract"); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_write("sock", "a\0b"); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_listen($s[3], PHP_INT_MIN); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_getsockname($s[2], $addr, $port); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = $r = [new stdClass, null]; $w = null; $e = null; socket_select($r, $w, $e, 0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_recv($s[0], $buf, MSG_DONTWAIT, MSG_DONTWAIT|MSG_TRUNC); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_last_error(); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_bind($s[1], str_repeat("p", 300), 0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(65536, "3", new stdClass); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(65536, PHP_INT_MAX, AF_INET); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create_listen(0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(AF_UNIX, SOCK_SEQPACKET, 0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(SO_REUSEADDR, 2147483648, MSG_PEEK); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
@unlink("/tmp/rs-fuzz-7835.sock");

/* sockets.so (exit 0):

   rust_sockets.so (exit 0):

*/
