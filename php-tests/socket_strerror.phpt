--TEST--
socket_strerror(): libc's messages, resolver messages for -10000 - h_errno, C int truncation
--EXTENSIONS--
sockets
--FILE--
<?php
foreach ([0, 1, 4, 11, 13, 22, 32, 98, 104, 110, 111, 115, 133, 134, 135, 200, 4096, -1, -2, -9999, -10000,
          -10001, -10002, -10003, -10004, -10005, -10099, PHP_INT_MAX, PHP_INT_MIN, 2**32 + 4, -(2**32) + 32,
          2147483647, -2147483648, 2147483648, -2147483649] as $code) {
    try {
        echo $code, ': ', var_export(socket_strerror($code), true), "\n";
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
foreach (SOCKET_EPERM ? get_defined_constants(true)['sockets'] : [] as $name => $value) {
    if (str_starts_with($name, 'SOCKET_E')) echo "$name: ", socket_strerror($value), "\n";
}
foreach (["4", 4.0, true, null, "x", [], 4.5] as $arg) {
    try { var_dump(socket_strerror($arg)); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
try { socket_strerror(); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { socket_strerror(1, 2); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
?>
--EXPECTF--
0: 'Success'
1: 'Operation not permitted'
4: 'Interrupted system call'
11: 'Resource temporarily unavailable'
13: 'Permission denied'
22: 'Invalid argument'
32: 'Broken pipe'
98: 'Address already in use'
104: 'Connection reset by peer'
110: 'Connection timed out'
111: 'Connection refused'
115: 'Operation now in progress'
133: 'Memory page has hardware error'
134: 'Unknown error 134'
135: 'Unknown error 135'
200: 'Unknown error 200'
4096: 'Unknown error 4096'
-1: 'Unknown error -1'
-2: 'Unknown error -2'
-9999: 'Unknown error -9999'
-10000: 'Unknown error -10000'
-10001: 'Unknown host'
-10002: 'Host name lookup failure'
-10003: 'Unknown server error'
-10004: 'No address associated with name'
-10005: 'Unknown resolver error'
-10099: 'Unknown resolver error'
9223372036854775807: ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
-9223372036854775808: ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
4294967300: ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
-4294967264: ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
2147483647: 'Unknown error 2147483647'
-2147483648: 'Unknown resolver error'
2147483648: ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
-2147483649: ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
SOCKET_EPERM: Operation not permitted
SOCKET_ENOENT: No such file or directory
SOCKET_EINTR: Interrupted system call
SOCKET_EIO: Input/output error
SOCKET_ENXIO: No such device or address
SOCKET_E2BIG: Argument list too long
SOCKET_EBADF: Bad file descriptor
SOCKET_EAGAIN: Resource temporarily unavailable
SOCKET_ENOMEM: Cannot allocate memory
SOCKET_EACCES: Permission denied
SOCKET_EFAULT: Bad address
SOCKET_ENOTBLK: Block device required
SOCKET_EBUSY: Device or resource busy
SOCKET_EEXIST: File exists
SOCKET_EXDEV: Invalid cross-device link
SOCKET_ENODEV: No such device
SOCKET_ENOTDIR: Not a directory
SOCKET_EISDIR: Is a directory
SOCKET_EINVAL: Invalid argument
SOCKET_ENFILE: Too many open files in system
SOCKET_EMFILE: Too many open files
SOCKET_ENOTTY: Inappropriate ioctl for device
SOCKET_ENOSPC: No space left on device
SOCKET_ESPIPE: Illegal seek
SOCKET_EROFS: Read-only file system
SOCKET_EMLINK: Too many links
SOCKET_EPIPE: Broken pipe
SOCKET_ENAMETOOLONG: File name too long
SOCKET_ENOLCK: No locks available
SOCKET_ENOSYS: Function not implemented
SOCKET_ENOTEMPTY: Directory not empty
SOCKET_ELOOP: Too many levels of symbolic links
SOCKET_EWOULDBLOCK: Resource temporarily unavailable
SOCKET_ENOMSG: No message of desired type
SOCKET_EIDRM: Identifier removed
SOCKET_ECHRNG: Channel number out of range
SOCKET_EL2NSYNC: Level 2 not synchronized
SOCKET_EL3HLT: Level 3 halted
SOCKET_EL3RST: Level 3 reset
SOCKET_ELNRNG: Link number out of range
SOCKET_EUNATCH: Protocol driver not attached
SOCKET_ENOCSI: No CSI structure available
SOCKET_EL2HLT: Level 2 halted
SOCKET_EBADE: Invalid exchange
SOCKET_EBADR: Invalid request descriptor
SOCKET_EXFULL: Exchange full
SOCKET_ENOANO: No anode
SOCKET_EBADRQC: Invalid request code
SOCKET_EBADSLT: Invalid slot
SOCKET_ENOSTR: Device not a stream
SOCKET_ENODATA: No data available
SOCKET_ETIME: Timer expired
SOCKET_ENOSR: Out of streams resources
SOCKET_ENONET: Machine is not on the network
SOCKET_EREMOTE: Object is remote
SOCKET_ENOLINK: Link has been severed
SOCKET_EADV: Advertise error
SOCKET_ESRMNT: Srmount error
SOCKET_ECOMM: Communication error on send
SOCKET_EPROTO: Protocol error
SOCKET_EMULTIHOP: Multihop attempted
SOCKET_EBADMSG: Bad message
SOCKET_ENOTUNIQ: Name not unique on network
SOCKET_EBADFD: File descriptor in bad state
SOCKET_EREMCHG: Remote address changed
SOCKET_ERESTART: Interrupted system call should be restarted
SOCKET_ESTRPIPE: Streams pipe error
SOCKET_EUSERS: Too many users
SOCKET_ENOTSOCK: Socket operation on non-socket
SOCKET_EDESTADDRREQ: Destination address required
SOCKET_EMSGSIZE: Message too long
SOCKET_EPROTOTYPE: Protocol wrong type for socket
SOCKET_ENOPROTOOPT: Protocol not available
SOCKET_EPROTONOSUPPORT: Protocol not supported
SOCKET_ESOCKTNOSUPPORT: Socket type not supported
SOCKET_EOPNOTSUPP: Operation not supported
SOCKET_EPFNOSUPPORT: Protocol family not supported
SOCKET_EAFNOSUPPORT: Address family not supported by protocol
SOCKET_EADDRINUSE: Address already in use
SOCKET_EADDRNOTAVAIL: Cannot assign requested address
SOCKET_ENETDOWN: Network is down
SOCKET_ENETUNREACH: Network is unreachable
SOCKET_ENETRESET: Network dropped connection on reset
SOCKET_ECONNABORTED: Software caused connection abort
SOCKET_ECONNRESET: Connection reset by peer
SOCKET_ENOBUFS: No buffer space available
SOCKET_EISCONN: Transport endpoint is already connected
SOCKET_ENOTCONN: Transport endpoint is not connected
SOCKET_ESHUTDOWN: Cannot send after transport endpoint shutdown
SOCKET_ETOOMANYREFS: Too many references: cannot splice
SOCKET_ETIMEDOUT: Connection timed out
SOCKET_ECONNREFUSED: Connection refused
SOCKET_EHOSTDOWN: Host is down
SOCKET_EHOSTUNREACH: No route to host
SOCKET_EALREADY: Operation already in progress
SOCKET_EINPROGRESS: Operation now in progress
SOCKET_EISNAM: Is a named type file
SOCKET_EREMOTEIO: Remote I/O error
SOCKET_EDQUOT: Disk quota exceeded
SOCKET_ENOMEDIUM: No medium found
SOCKET_EMEDIUMTYPE: Wrong medium type
string(23) "Interrupted system call"
string(23) "Interrupted system call"
string(23) "Operation not permitted"

Deprecated: socket_strerror(): Passing null to parameter #1 ($error_code) of type int is deprecated in %s on line %d
string(7) "Success"
TypeError: socket_strerror(): Argument #1 ($error_code) must be of type int, string given
TypeError: socket_strerror(): Argument #1 ($error_code) must be of type int, array given

Deprecated: Implicit conversion from float 4.5 to int loses precision in %s on line %d
string(23) "Interrupted system call"
ArgumentCountError: socket_strerror() expects exactly 1 argument, 0 given
ArgumentCountError: socket_strerror() expects exactly 1 argument, 2 given
