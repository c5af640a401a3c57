<?php
// Descriptors passed over SCM_RIGHTS: a stream exported from a socket and
// a file, received as a Socket and a stream, then used.
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $channel);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $carried);
$file = fopen('php://memory', 'r+');
$tmp = tmpfile();
fwrite($tmp, "in the file\n");
rewind($tmp);
$sent = socket_sendmsg($channel[0], [
    'iov' => ["with descriptors\0\xff"],
    'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [socket_export_stream($carried[1]), $tmp]]],
], 0);
var_dump($sent);
$msg = ['buffer_size' => 64, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 2)];
var_dump(socket_recvmsg($channel[1], $msg, 0));
var_dump(bin2hex($msg['iov'][0]), $msg['flags']);
[$sock, $stream] = $msg['control'][0]['data'];
var_dump($sock instanceof Socket, is_resource($stream));
socket_write($carried[0], "through the passed socket");
socket_set_option($sock, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
var_dump(socket_read($sock, 100));
var_dump(fgets($stream));
socket_close($sock);
fclose($stream);
$msg = ['buffer_size' => 64];
socket_set_nonblock($channel[1]);
var_dump(@socket_recvmsg($channel[1], $msg, 0), socket_last_error($channel[1]));
