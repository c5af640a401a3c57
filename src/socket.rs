//! The `Socket` class: one object per descriptor, which it owns and closes
//! when it dies or when socket_close() is called; and the functions that
//! create and close sockets.

use std::cell::Cell;
use std::ffi::{CStr, c_int};

use crate::args;
use crate::errors;
use crate::sys::{self, RawFd};
use crate::zend::{ClassSlot, Frame, ObjectData, Return, ZvalCell, error};

/// The Rust data of a `Socket` object.
///
/// From `fd` on, the fields are laid out as the C extension's `php_socket`
/// (`bsd_socket`, `type`, `error`, `blocking`, `zstream`, then the
/// `zend_object`), so that C code using php_sockets.h's `socket_from_obj()`
/// finds them where it expects. Our own fields come first.
#[repr(C)]
pub struct Socket {
    /// SOCK_STREAM, SOCK_DGRAM, ... once known; 0 until then.
    kind: Cell<c_int>,
    _reserved: c_int,
    fd: Cell<RawFd>,
    /// The address family (the C extension's `type`).
    domain: Cell<c_int>,
    error: Cell<c_int>,
    blocking: Cell<c_int>,
    /// The PHP stream this socket was imported from, if any.
    zstream: ZvalCell,
}

static SOCKET_CLASS: ClassSlot = ClassSlot::new();

impl ObjectData for Socket {
    const CLASS_NAME: &'static CStr = c"Socket";
    const CONSTRUCT_ERROR: &'static CStr =
        c"Cannot directly construct Socket, use socket_create() instead";

    fn slot() -> &'static ClassSlot {
        &SOCKET_CLASS
    }

    fn new() -> Self {
        Socket {
            kind: Cell::new(0),
            _reserved: 0,
            fd: Cell::new(-1),
            domain: Cell::new(libc::AF_UNSPEC),
            error: Cell::new(0),
            blocking: Cell::new(1),
            zstream: ZvalCell::undef(),
        }
    }
}

impl Drop for Socket {
    fn drop(&mut self) {
        // A socket imported from a stream shares the stream's descriptor;
        // the stream (released with `zstream`) closes it.
        if self.zstream.is_undef() {
            self.close_fd();
        }
    }
}

/// Registers the class (MINIT).
pub fn register_class() {
    SOCKET_CLASS.register::<Socket>();
}

impl Socket {
    /// The descriptor of an open socket; for a closed one, the C extension's
    /// `Error: f(): Argument #1 ($socket) has already been closed`.
    #[inline(always)]
    pub fn fd(&self) -> Option<RawFd> {
        let fd = self.fd.get();
        if fd < 0 {
            error::argument_error(1, c"has already been closed");
            return None;
        }
        Some(fd)
    }

    pub fn error(&self) -> i32 {
        self.error.get()
    }

    pub fn set_error(&self, e: i32) {
        self.error.set(e);
    }

    /// SOCK_STREAM, SOCK_DGRAM, ...: cached, asked of the kernel once.
    pub fn kind(&self, fd: RawFd) -> c_int {
        let k = self.kind.get();
        if k != 0 {
            return k;
        }
        let k = sys::getsockopt_int(fd, libc::SOL_SOCKET, libc::SO_TYPE).unwrap_or(0);
        self.kind.set(k);
        k
    }

    fn adopt(&self, fd: RawFd, domain: c_int, kind: c_int) {
        self.fd.set(fd);
        self.domain.set(domain);
        self.kind.set(kind);
        self.error.set(0);
        self.blocking.set(1);
    }

    fn close_fd(&self) {
        let fd = self.fd.replace(-1);
        if fd >= 0 {
            sys::close(fd);
        }
    }
}

/// The socket types the C extension accepts for `$type` (`type > 10` is a
/// ValueError there).
const MAX_SOCK_TYPE: i64 = 10;

/// socket_create_pair(int $domain, int $type, int $protocol, &$pair): bool
pub fn socket_create_pair(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 4, 4)?;
    let domain = a.long(1)?;
    let ty = a.long(2)?;
    let protocol = a.long(3)?;
    let pair = a.zval(4)?;

    if ![libc::AF_UNIX, libc::AF_INET, libc::AF_INET6]
        .map(i64::from)
        .contains(&domain)
    {
        error::argument_value_error(1, c"must be one of AF_UNIX, AF_INET6, or AF_INET");
        return None;
    }
    if ty > MAX_SOCK_TYPE {
        error::argument_value_error(
            2,
            c"must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM",
        );
        return None;
    }

    // The objects come first and die on failure, as in the C extension, so
    // that object handles (spl_object_id) are the same afterwards.
    let objects = [
        SOCKET_CLASS.instantiate::<Socket>(),
        SOCKET_CLASS.instantiate::<Socket>(),
    ];
    // C int arguments: the zend_longs are truncated as the C extension's are.
    let (domain, ty) = (domain as c_int, ty as c_int);
    let fds = match sys::socketpair(domain, ty, protocol as c_int) {
        Ok(fds) => fds,
        Err(e) => {
            errors::global_error("Unable to create socket pair", e);
            return Some(Return::Bool(false));
        }
    };
    let ([a0, a1], [fd0, fd1]) = (objects, fds);
    a0.data().adopt(fd0, domain, ty);
    a1.data().adopt(fd1, domain, ty);
    let (a0, a1) = (a0.into_zval(), a1.into_zval());
    // If $pair cannot take an array (a typed reference), the TypeError is
    // Zend's and both sockets are closed as their objects die.
    // By-reference parameters always arrive as references; anything else
    // has nowhere to go and is released.
    let stored = pair.as_reference().is_none_or(|r| r.assign_pair(a0, a1));
    stored.then_some(Return::Bool(true))
}

/// socket_close(Socket $socket): void
pub fn socket_close(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 1, 1)?;
    let sock = a.object::<Socket>(1)?;
    sock.fd()?;
    sock.close_fd();
    Some(Return::Null)
}
