//! The signatures of the extension's functions, as the C extension's
//! `sockets_arginfo.h` (generated from `sockets.stub.php`) declares them.
//! `php --rf NAME` prints these; the test suite compares them with native.
//! Where a signature changed between PHP versions, the version built for
//! picks it (see `crate::version`).

use crate::version;
use crate::zend::ffi::{
    MAY_BE_ARRAY, MAY_BE_BOOL, MAY_BE_FALSE, MAY_BE_LONG, MAY_BE_NULL, MAY_BE_STRING, MAY_BE_VOID,
};
use crate::zend::module::ArgInfo;

const INT: u32 = MAY_BE_LONG;
const NULLABLE_INT: u32 = MAY_BE_LONG | MAY_BE_NULL;

const fn socket() -> ArgInfo {
    ArgInfo::obj(c"socket", c"Socket", 0, None)
}

pub static SOCKET_CREATE_PAIR: [ArgInfo; 5] = [
    ArgInfo::returns(4, MAY_BE_BOOL),
    ArgInfo::arg(c"domain", INT, None),
    ArgInfo::arg(c"type", INT, None),
    ArgInfo::arg(c"protocol", INT, None),
    ArgInfo::by_ref(c"pair", 0, None),
];

pub static SOCKET_WRITE: [ArgInfo; 4] = [
    ArgInfo::returns(2, MAY_BE_LONG | MAY_BE_FALSE),
    socket(),
    ArgInfo::arg(c"data", MAY_BE_STRING, None),
    ArgInfo::arg(c"length", NULLABLE_INT, Some(c"null")),
];

pub static SOCKET_READ: [ArgInfo; 4] = [
    ArgInfo::returns(2, MAY_BE_STRING | MAY_BE_FALSE),
    socket(),
    ArgInfo::arg(c"length", INT, None),
    ArgInfo::arg(c"mode", INT, Some(c"PHP_BINARY_READ")),
];

pub static SOCKET_CLOSE: [ArgInfo; 2] = [ArgInfo::returns(1, MAY_BE_VOID), socket()];

pub static SOCKET_LAST_ERROR: [ArgInfo; 2] = [
    ArgInfo::returns(0, MAY_BE_LONG),
    ArgInfo::obj(c"socket", c"Socket", MAY_BE_NULL, Some(c"null")),
];

pub static SOCKET_CLEAR_ERROR: [ArgInfo; 2] = [
    ArgInfo::returns(0, MAY_BE_VOID),
    ArgInfo::obj(c"socket", c"Socket", MAY_BE_NULL, Some(c"null")),
];

pub static SOCKET_STRERROR: [ArgInfo; 2] = [
    ArgInfo::returns(1, MAY_BE_STRING),
    ArgInfo::arg(c"error_code", INT, None),
];

const fn socket_or_false(required: usize) -> ArgInfo {
    ArgInfo::returns_class(required, c"Socket", MAY_BE_FALSE)
}

const ARRAY_OR_NULL: u32 = MAY_BE_ARRAY | MAY_BE_NULL;

pub static SOCKET_SELECT: [ArgInfo; 6] = [
    ArgInfo::returns(4, MAY_BE_LONG | MAY_BE_FALSE),
    ArgInfo::by_ref(c"read", ARRAY_OR_NULL, None),
    ArgInfo::by_ref(c"write", ARRAY_OR_NULL, None),
    ArgInfo::by_ref(c"except", ARRAY_OR_NULL, None),
    ArgInfo::arg(c"seconds", NULLABLE_INT, None),
    ArgInfo::arg(c"microseconds", INT, Some(c"0")),
];

pub static SOCKET_CREATE_LISTEN: [ArgInfo; 3] = [
    socket_or_false(1),
    ArgInfo::arg(c"port", INT, None),
    ArgInfo::arg(
        c"backlog",
        INT,
        Some(if version::LISTEN_BACKLOG_IS_SOMAXCONN {
            c"SOMAXCONN"
        } else {
            c"128"
        }),
    ),
];

pub static SOCKET_ACCEPT: [ArgInfo; 2] = [socket_or_false(1), socket()];

pub static SOCKET_SET_NONBLOCK: [ArgInfo; 2] = [ArgInfo::returns(1, MAY_BE_BOOL), socket()];

pub static SOCKET_SET_BLOCK: [ArgInfo; 2] = [ArgInfo::returns(1, MAY_BE_BOOL), socket()];

pub static SOCKET_LISTEN: [ArgInfo; 3] = [
    ArgInfo::returns(1, MAY_BE_BOOL),
    socket(),
    ArgInfo::arg(c"backlog", INT, Some(c"0")),
];

pub static SOCKET_GETSOCKNAME: [ArgInfo; 4] = [
    ArgInfo::returns(2, MAY_BE_BOOL),
    socket(),
    ArgInfo::by_ref(c"address", 0, None),
    ArgInfo::by_ref(c"port", 0, Some(c"null")),
];

pub static SOCKET_GETPEERNAME: [ArgInfo; 4] = [
    ArgInfo::returns(2, MAY_BE_BOOL),
    socket(),
    ArgInfo::by_ref(c"address", 0, None),
    ArgInfo::by_ref(c"port", 0, Some(c"null")),
];

pub static SOCKET_CREATE: [ArgInfo; 4] = [
    socket_or_false(3),
    ArgInfo::arg(c"domain", INT, None),
    ArgInfo::arg(c"type", INT, None),
    ArgInfo::arg(c"protocol", INT, None),
];

pub static SOCKET_CONNECT: [ArgInfo; 4] = [
    ArgInfo::returns(2, MAY_BE_BOOL),
    socket(),
    ArgInfo::arg(c"address", MAY_BE_STRING, None),
    ArgInfo::arg(c"port", NULLABLE_INT, Some(c"null")),
];

pub static SOCKET_BIND: [ArgInfo; 4] = [
    ArgInfo::returns(2, MAY_BE_BOOL),
    socket(),
    ArgInfo::arg(c"address", MAY_BE_STRING, None),
    ArgInfo::arg(c"port", INT, Some(c"0")),
];

pub static SOCKET_RECV: [ArgInfo; 5] = [
    ArgInfo::returns(4, MAY_BE_LONG | MAY_BE_FALSE),
    socket(),
    ArgInfo::by_ref(c"data", 0, None),
    ArgInfo::arg(c"length", INT, None),
    ArgInfo::arg(c"flags", INT, None),
];

pub static SOCKET_SEND: [ArgInfo; 5] = [
    ArgInfo::returns(4, MAY_BE_LONG | MAY_BE_FALSE),
    socket(),
    ArgInfo::arg(c"data", MAY_BE_STRING, None),
    ArgInfo::arg(c"length", INT, None),
    ArgInfo::arg(c"flags", INT, None),
];

pub static SOCKET_RECVFROM: [ArgInfo; 7] = [
    ArgInfo::returns(5, MAY_BE_LONG | MAY_BE_FALSE),
    socket(),
    ArgInfo::by_ref(c"data", 0, None),
    ArgInfo::arg(c"length", INT, None),
    ArgInfo::arg(c"flags", INT, None),
    ArgInfo::by_ref(c"address", 0, None),
    ArgInfo::by_ref(c"port", 0, Some(c"null")),
];

pub static SOCKET_SENDTO: [ArgInfo; 7] = [
    ArgInfo::returns(5, MAY_BE_LONG | MAY_BE_FALSE),
    socket(),
    ArgInfo::arg(c"data", MAY_BE_STRING, None),
    ArgInfo::arg(c"length", INT, None),
    ArgInfo::arg(c"flags", INT, None),
    ArgInfo::arg(c"address", MAY_BE_STRING, None),
    ArgInfo::arg(c"port", NULLABLE_INT, Some(c"null")),
];

pub static SOCKET_GET_OPTION: [ArgInfo; 4] = [
    ArgInfo::returns(3, MAY_BE_ARRAY | MAY_BE_LONG | MAY_BE_FALSE),
    socket(),
    ArgInfo::arg(c"level", INT, None),
    ArgInfo::arg(c"option", INT, None),
];

pub static SOCKET_SET_OPTION: [ArgInfo; 5] = [
    ArgInfo::returns(4, MAY_BE_BOOL),
    socket(),
    ArgInfo::arg(c"level", INT, None),
    ArgInfo::arg(c"option", INT, None),
    ArgInfo::arg(c"value", 0, None),
];

pub static SOCKET_SHUTDOWN: [ArgInfo; 3] = [
    ArgInfo::returns(1, MAY_BE_BOOL),
    socket(),
    ArgInfo::arg(c"mode", INT, Some(c"2")),
];

const fn address_info() -> ArgInfo {
    ArgInfo::obj(c"address", c"AddressInfo", 0, None)
}

pub static SOCKET_ADDRINFO_LOOKUP: &[ArgInfo] = if version::ADDRINFO_LOOKUP_ERROR_CODE {
    &[
        ArgInfo::returns(1, MAY_BE_ARRAY | MAY_BE_FALSE),
        ArgInfo::arg(c"host", MAY_BE_STRING, None),
        ArgInfo::arg(c"service", MAY_BE_STRING | MAY_BE_NULL, Some(c"null")),
        ArgInfo::arg(c"hints", MAY_BE_ARRAY, Some(c"[]")),
        ArgInfo::by_ref(c"error_code", 0, Some(c"null")),
    ]
} else {
    &[
        ArgInfo::returns(1, MAY_BE_ARRAY | MAY_BE_FALSE),
        ArgInfo::arg(c"host", MAY_BE_STRING, None),
        ArgInfo::arg(c"service", MAY_BE_STRING | MAY_BE_NULL, Some(c"null")),
        ArgInfo::arg(c"hints", MAY_BE_ARRAY, Some(c"[]")),
    ]
};

pub static SOCKET_ADDRINFO_CONNECT: [ArgInfo; 2] = [socket_or_false(1), address_info()];

pub static SOCKET_ADDRINFO_BIND: [ArgInfo; 2] = [socket_or_false(1), address_info()];

pub static SOCKET_ADDRINFO_EXPLAIN: [ArgInfo; 2] =
    [ArgInfo::returns(1, MAY_BE_ARRAY), address_info()];

pub static SOCKET_IMPORT_STREAM: [ArgInfo; 2] =
    [socket_or_false(1), ArgInfo::arg(c"stream", 0, None)];

pub static SOCKET_EXPORT_STREAM: [ArgInfo; 2] = [ArgInfo::returns(1, 0), socket()];

/// socket_atmark() (PHP 8.3).
pub static SOCKET_ATMARK: [ArgInfo; 2] = [ArgInfo::returns(1, MAY_BE_BOOL), socket()];

pub static SOCKET_SENDMSG: [ArgInfo; 4] = [
    ArgInfo::returns(2, MAY_BE_LONG | MAY_BE_FALSE),
    socket(),
    ArgInfo::arg(c"message", MAY_BE_ARRAY, None),
    ArgInfo::arg(c"flags", INT, Some(c"0")),
];

pub static SOCKET_RECVMSG: [ArgInfo; 4] = [
    ArgInfo::returns(2, MAY_BE_LONG | MAY_BE_FALSE),
    socket(),
    ArgInfo::by_ref(c"message", MAY_BE_ARRAY, None),
    ArgInfo::arg(c"flags", INT, Some(c"0")),
];

pub static SOCKET_CMSG_SPACE: [ArgInfo; 4] = [
    ArgInfo::returns(
        2,
        if version::CMSG_SPACE_RETURNS_INT {
            MAY_BE_LONG
        } else {
            MAY_BE_LONG | MAY_BE_NULL
        },
    ),
    ArgInfo::arg(c"level", INT, None),
    ArgInfo::arg(c"type", INT, None),
    ArgInfo::arg(c"num", INT, Some(c"0")),
];
