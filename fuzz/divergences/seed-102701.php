<?php
pcntl_alarm(10);
set_error_handler(function ($no, $msg) { echo "W: $msg\n"; return true; });
function show($v) { if (is_object($v)) return get_class($v); if (is_array($v)) return "[" . implode(",", array_map("show", $v)) . "]"; if (is_resource($v)) return "resource"; return var_export($v, true); }
function r($f) { try { echo show($f()), "\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$s = []; socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $a); socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $b);
$s = [$a[0], $a[1], $b[0], $b[1], socket_create(AF_INET, SOCK_STREAM, SOL_TCP), socket_create(AF_INET, SOCK_DGRAM, SOL_UDP)];
foreach ($s as $x) socket_set_nonblock($x); $closed = socket_create(AF_UNIX, SOCK_STREAM, 0); socket_close($closed);
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_accept(new stdClass); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_set_option(null, SOL_TCP, "0x1A", 1); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_recvfrom($s[2], $buf, SOCK_DGRAM, MSG_DONTWAIT, $from); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_write($s[3], "localhost", -1); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_listen($closed); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = $r = [$s[4], 1]; $w = [$closed]; $e = null; socket_select($r, $w, $e, 0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_strerror(11); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_write($s[0], "hello world", 64); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_read($s[1], SOL_SOCKET); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_shutdown($s[2], -1); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_addrinfo_lookup("localhost", null, ["ai_family" => AF_INET]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(new stdClass, 1.5, SO_RCVTIMEO); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_set_option($s[4], SOL_TCP, AF_INET, "1"); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_accept(null); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_last_error(); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_set_option($s[0], SOL_SOCKET, -2147483649, -1); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_get_option($s[1], 11, 65536); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_addrinfo_lookup("\0abstract", "80", [1, 2]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_addrinfo_lookup("\0", "80", []); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_shutdown($s[1]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_set_option("sock", SOL_TCP, 1.5, ["l_onoff" => 1, "l_linger" => 2]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_set_option($closed, SOL_TCP, 10, 2**40); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_write(null, ""); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_strerror(-2147483649); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_connect($s[1], null, 9); if ($v instanceof Socket) { socket_set_nonblock($v); $s[1] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_write($s[5], "999.1.1.1"); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_addrinfo_lookup(1.5, null, []); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_bind($s[1], 123, SO_LINGER); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_write(new stdClass, str_repeat("z", 70000)); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(1.5, 65536, PHP_INT_MAX); if ($v instanceof Socket) { socket_set_nonblock($v); $s[2] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create(AF_UNIX, SOCK_STREAM, 0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_last_error(1); if ($v instanceof Socket) { socket_set_nonblock($v); $s[5] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_get_option($s[3], SOL_SOCKET, 1.5); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_shutdown($s[5]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_bind($s[4], "/tmp/rs-fuzz-8513.sock", 0); if ($v instanceof Socket) { socket_set_nonblock($v); $s[3] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_shutdown($s[1]); if ($v instanceof Socket) { socket_set_nonblock($v); $s[4] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
r(function () use (&$s, &$closed, &$p, &$buf, &$from, &$port, &$addr, &$r, &$w, &$e) { $v = socket_create_pair(false, SOCK_DGRAM, SOCK_SEQPACKET, $p); if ($v instanceof Socket) { socket_set_nonblock($v); $s[0] = $v; } if (is_array($p ?? null) && count($p) === 2) { foreach ($p as $q) socket_set_nonblock($q); $s[4] = $p[0]; $s[5] = $p[1]; $p = null; } return [$v, $buf ?? null, $from ?? null, $port ?? null, $addr ?? null]; });
echo "E: ", socket_last_error(), "\n";
@unlink("/tmp/rs-fuzz-8513.sock");

/* sockets.so (exit 0):

   rust_sockets.so (exit 0):

*/
