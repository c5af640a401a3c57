--TEST--
Reflection of the whole extension: every function (in order), its signature, both classes
--DESCRIPTION--
What `php --re sockets` shows, minus the implementation line. rust_sockets
also offers later PHP versions' additions (socket_atmark() and a few
constants, see newer_php_additions.phpt), left out here.
--EXTENSIONS--
sockets
--FILE--
<?php
$ext = new ReflectionExtension('sockets');
foreach ($ext->getFunctions() as $name => $f) {
    if ($name === 'socket_atmark') continue;
    echo $f;
}
foreach ($ext->getClasses() as $c) echo $c;
var_dump(count($ext->getFunctions()) - (isset($ext->getFunctions()['socket_atmark']) ? 1 : 0));
?>
--EXPECTF--
Function [ <internal:sockets> function socket_select ] {

  - Parameters [5] {
    Parameter #0 [ <required> ?array &$read ]
    Parameter #1 [ <required> ?array &$write ]
    Parameter #2 [ <required> ?array &$except ]
    Parameter #3 [ <required> ?int $seconds ]
    Parameter #4 [ <optional> int $microseconds = 0 ]
  }
  - Return [ int|false ]
}
Function [ <internal:sockets> function socket_create_listen ] {

  - Parameters [2] {
    Parameter #0 [ <required> int $port ]
    Parameter #1 [ <optional> int $backlog = 128 ]
  }
  - Return [ Socket|false ]
}
Function [ <internal:sockets> function socket_accept ] {

  - Parameters [1] {
    Parameter #0 [ <required> Socket $socket ]
  }
  - Return [ Socket|false ]
}
Function [ <internal:sockets> function socket_set_nonblock ] {

  - Parameters [1] {
    Parameter #0 [ <required> Socket $socket ]
  }
  - Return [ bool ]
}
Function [ <internal:sockets> function socket_set_block ] {

  - Parameters [1] {
    Parameter #0 [ <required> Socket $socket ]
  }
  - Return [ bool ]
}
Function [ <internal:sockets> function socket_listen ] {

  - Parameters [2] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <optional> int $backlog = 0 ]
  }
  - Return [ bool ]
}
Function [ <internal:sockets> function socket_close ] {

  - Parameters [1] {
    Parameter #0 [ <required> Socket $socket ]
  }
  - Return [ void ]
}
Function [ <internal:sockets> function socket_write ] {

  - Parameters [3] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> string $data ]
    Parameter #2 [ <optional> ?int $length = null ]
  }
  - Return [ int|false ]
}
Function [ <internal:sockets> function socket_read ] {

  - Parameters [3] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> int $length ]
    Parameter #2 [ <optional> int $mode = PHP_BINARY_READ ]
  }
  - Return [ string|false ]
}
Function [ <internal:sockets> function socket_getsockname ] {

  - Parameters [3] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> &$address ]
    Parameter #2 [ <optional> &$port = null ]
  }
  - Return [ bool ]
}
Function [ <internal:sockets> function socket_getpeername ] {

  - Parameters [3] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> &$address ]
    Parameter #2 [ <optional> &$port = null ]
  }
  - Return [ bool ]
}
Function [ <internal:sockets> function socket_create ] {

  - Parameters [3] {
    Parameter #0 [ <required> int $domain ]
    Parameter #1 [ <required> int $type ]
    Parameter #2 [ <required> int $protocol ]
  }
  - Return [ Socket|false ]
}
Function [ <internal:sockets> function socket_connect ] {

  - Parameters [3] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> string $address ]
    Parameter #2 [ <optional> ?int $port = null ]
  }
  - Return [ bool ]
}
Function [ <internal:sockets> function socket_strerror ] {

  - Parameters [1] {
    Parameter #0 [ <required> int $error_code ]
  }
  - Return [ string ]
}
Function [ <internal:sockets> function socket_bind ] {

  - Parameters [3] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> string $address ]
    Parameter #2 [ <optional> int $port = 0 ]
  }
  - Return [ bool ]
}
Function [ <internal:sockets> function socket_recv ] {

  - Parameters [4] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> &$data ]
    Parameter #2 [ <required> int $length ]
    Parameter #3 [ <required> int $flags ]
  }
  - Return [ int|false ]
}
Function [ <internal:sockets> function socket_send ] {

  - Parameters [4] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> string $data ]
    Parameter #2 [ <required> int $length ]
    Parameter #3 [ <required> int $flags ]
  }
  - Return [ int|false ]
}
Function [ <internal:sockets> function socket_recvfrom ] {

  - Parameters [6] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> &$data ]
    Parameter #2 [ <required> int $length ]
    Parameter #3 [ <required> int $flags ]
    Parameter #4 [ <required> &$address ]
    Parameter #5 [ <optional> &$port = null ]
  }
  - Return [ int|false ]
}
Function [ <internal:sockets> function socket_sendto ] {

  - Parameters [6] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> string $data ]
    Parameter #2 [ <required> int $length ]
    Parameter #3 [ <required> int $flags ]
    Parameter #4 [ <required> string $address ]
    Parameter #5 [ <optional> ?int $port = null ]
  }
  - Return [ int|false ]
}
Function [ <internal:sockets> function socket_get_option ] {

  - Parameters [3] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> int $level ]
    Parameter #2 [ <required> int $option ]
  }
  - Return [ array|int|false ]
}
Function [ <internal:sockets> function socket_getopt ] {

  - Parameters [3] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> int $level ]
    Parameter #2 [ <required> int $option ]
  }
  - Return [ array|int|false ]
}
Function [ <internal:sockets> function socket_set_option ] {

  - Parameters [4] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> int $level ]
    Parameter #2 [ <required> int $option ]
    Parameter #3 [ <required> $value ]
  }
  - Return [ bool ]
}
Function [ <internal:sockets> function socket_setopt ] {

  - Parameters [4] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> int $level ]
    Parameter #2 [ <required> int $option ]
    Parameter #3 [ <required> $value ]
  }
  - Return [ bool ]
}
Function [ <internal:sockets> function socket_create_pair ] {

  - Parameters [4] {
    Parameter #0 [ <required> int $domain ]
    Parameter #1 [ <required> int $type ]
    Parameter #2 [ <required> int $protocol ]
    Parameter #3 [ <required> &$pair ]
  }
  - Return [ bool ]
}
Function [ <internal:sockets> function socket_shutdown ] {

  - Parameters [2] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <optional> int $mode = 2 ]
  }
  - Return [ bool ]
}
Function [ <internal:sockets> function socket_last_error ] {

  - Parameters [1] {
    Parameter #0 [ <optional> ?Socket $socket = null ]
  }
  - Return [ int ]
}
Function [ <internal:sockets> function socket_clear_error ] {

  - Parameters [1] {
    Parameter #0 [ <optional> ?Socket $socket = null ]
  }
  - Return [ void ]
}
Function [ <internal:sockets> function socket_import_stream ] {

  - Parameters [1] {
    Parameter #0 [ <required> $stream ]
  }
  - Return [ Socket|false ]
}
Function [ <internal:sockets> function socket_export_stream ] {

  - Parameters [1] {
    Parameter #0 [ <required> Socket $socket ]
  }
}
Function [ <internal:sockets> function socket_sendmsg ] {

  - Parameters [3] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> array $message ]
    Parameter #2 [ <optional> int $flags = 0 ]
  }
  - Return [ int|false ]
}
Function [ <internal:sockets> function socket_recvmsg ] {

  - Parameters [3] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> array &$message ]
    Parameter #2 [ <optional> int $flags = 0 ]
  }
  - Return [ int|false ]
}
Function [ <internal:sockets> function socket_cmsg_space ] {

  - Parameters [3] {
    Parameter #0 [ <required> int $level ]
    Parameter #1 [ <required> int $type ]
    Parameter #2 [ <optional> int $num = 0 ]
  }
  - Return [ ?int ]
}
Function [ <internal:sockets> function socket_addrinfo_lookup ] {

  - Parameters [3] {
    Parameter #0 [ <required> string $host ]
    Parameter #1 [ <optional> ?string $service = null ]
    Parameter #2 [ <optional> array $hints = [] ]
  }
  - Return [ array|false ]
}
Function [ <internal:sockets> function socket_addrinfo_connect ] {

  - Parameters [1] {
    Parameter #0 [ <required> AddressInfo $address ]
  }
  - Return [ Socket|false ]
}
Function [ <internal:sockets> function socket_addrinfo_bind ] {

  - Parameters [1] {
    Parameter #0 [ <required> AddressInfo $address ]
  }
  - Return [ Socket|false ]
}
Function [ <internal:sockets> function socket_addrinfo_explain ] {

  - Parameters [1] {
    Parameter #0 [ <required> AddressInfo $address ]
  }
  - Return [ array ]
}
Class [ <internal:sockets> final class Socket ] {

  - Constants [0] {
  }

  - Static properties [0] {
  }

  - Static methods [0] {
  }

  - Properties [0] {
  }

  - Methods [0] {
  }
}
Class [ <internal:sockets> final class AddressInfo ] {

  - Constants [0] {
  }

  - Static properties [0] {
  }

  - Static methods [0] {
  }

  - Properties [0] {
  }

  - Methods [0] {
  }
}
int(36)
