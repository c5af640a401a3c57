//! The signatures of the extension's functions, as the C extension's
//! `sockets_arginfo.h` (generated from `sockets.stub.php`) declares them.
//! `php --rf NAME` prints these; the test suite compares them with native.

use crate::zend::ffi::{
    MAY_BE_BOOL, MAY_BE_FALSE, MAY_BE_LONG, MAY_BE_NULL, MAY_BE_STRING, MAY_BE_VOID,
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
