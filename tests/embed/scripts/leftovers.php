<?php
// Sockets, streams and address infos left for the request's shutdown to
// free: the program checks that no descriptor outlives the requests.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[0], "never read");
$listen = socket_create_listen(0);
$stream = socket_export_stream($p[1]);
$streams = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$imported = socket_import_stream($streams[0]);
$udp = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($udp, '127.0.0.1', 0);
$ai = socket_addrinfo_lookup('127.0.0.1', '0', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
$bound = socket_addrinfo_bind($ai[0]);
$cycle = new stdClass();
$cycle->self = $cycle;
$cycle->socket = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(count($p), is_resource($stream), $imported, count($ai), $bound);
