--TEST--
The C API of php_sockets.h is exported for other extensions (socket_ce, sockets_strerror, socket_import_file_descriptor)
--EXTENSIONS--
sockets
ffi
--INI--
ffi.enable=1
--FILE--
<?php
// Resolved among the global symbols, as an extension loaded later would.
$ffi = FFI::cdef('
    char *sockets_strerror(int error);
    typedef struct { int dummy; } zend_class_entry;
    extern zend_class_entry *socket_ce;
    _Bool socket_import_file_descriptor(int socket, void *retsock);
');
var_dump(FFI::string($ffi->sockets_strerror(104)), FFI::string($ffi->sockets_strerror(-10001)));
var_dump(FFI::isNull($ffi->socket_ce));
var_dump(is_callable([$ffi, 'socket_import_file_descriptor']) || $ffi->socket_import_file_descriptor !== null);
?>
--EXPECTF--
string(24) "Connection reset by peer"
string(12) "Unknown host"
bool(false)
bool(true)
