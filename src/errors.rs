//! Socket errors as scripts see them: the errno kept per socket and globally
//! (`SOCKETS_G(last_error)`), the "msg [errno]: text" warnings, and the
//! functions socket_last_error(), socket_clear_error(), socket_strerror().

use crate::args;
use crate::socket::Socket;
use crate::sys;
use crate::zend::{Frame, Return, ZString, error, globals};

/// `SOCKETS_G(last_error) = e`: the last error of any socket function, in
/// this process (NTS) or this thread (ZTS), as the C extension keeps it.
#[inline(always)]
pub fn set_last_error(e: i32) {
    globals::set_last_error(e)
}

#[inline(always)]
pub fn last_error() -> i32 {
    globals::last_error()
}

/// Whether an errno is the normal outcome of non-blocking I/O, which the C
/// extension records without a warning.
#[inline(always)]
pub fn is_transient(e: i32) -> bool {
    e == libc::EAGAIN || e == libc::EWOULDBLOCK || e == libc::EINPROGRESS
}

/// `sockets_strerror()`: hands libc's text, or the resolver's for the
/// `-10000 - h_errno` codes of failed host lookups.
pub fn with_strerror<R>(e: i32, f: impl FnOnce(&[u8]) -> R) -> R {
    if e < -10000 {
        sys::with_strerror(e.wrapping_neg().wrapping_sub(10000), true, f)
    } else {
        sys::with_strerror(e, false, f)
    }
}

fn strerror(e: i32) -> String {
    with_strerror(e, |b| String::from_utf8_lossy(b).into_owned())
}

/// `PHP_SOCKET_ERROR(sock, msg, errno)`: records the error on the socket and
/// globally, and warns unless the error is transient.
#[cold]
pub fn socket_error(sock: &Socket, msg: &str, e: i32) {
    sock.set_error(e);
    set_last_error(e);
    if !is_transient(e) {
        error::warning(&format!("{msg} [{e}]: {}", strerror(e)));
    }
}

/// The return of a call that gives `bool`: `true`, or `false` after
/// `PHP_SOCKET_ERROR` (bind, connect, listen, shutdown, set_option).
#[inline]
pub fn bool_or_error(sock: &Socket, msg: &str, r: Result<(), sys::Errno>) -> Option<Return> {
    Some(Return::Bool(match r {
        Ok(()) => true,
        Err(e) => {
            socket_error(sock, msg, e);
            false
        }
    }))
}

/// The return of a call that gives `int|false`: the byte count, or `false`
/// after `PHP_SOCKET_ERROR` (write, send, recv, sendto, sendmsg).
#[inline]
pub fn count_or_error(sock: &Socket, msg: &str, r: Result<usize, sys::Errno>) -> Option<Return> {
    match r {
        Ok(n) => Some(Return::Long(n as i64)),
        Err(e) => {
            socket_error(sock, msg, e);
            Some(Return::Bool(false))
        }
    }
}

/// A failure with no socket to record it on: global errno and a warning
/// (the C extension's `SOCKETS_G(last_error) = errno; php_error_docref(...)`).
#[cold]
pub fn global_error(msg: &str, e: i32) {
    set_last_error(e);
    error::warning(&format!("{msg} [{e}]: {}", strerror(e)));
}

/// socket_last_error(?Socket $socket = null): int
pub fn socket_last_error(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 0, 1)?;
    let e = match a.object_or_null::<Socket>(1)? {
        Some(sock) => {
            sock.fd()?;
            sock.error()
        }
        None => last_error(),
    };
    Some(Return::Long(e.into()))
}

/// socket_clear_error(?Socket $socket = null): void
pub fn socket_clear_error(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 0, 1)?;
    match a.object_or_null::<Socket>(1)? {
        Some(sock) => {
            sock.fd()?;
            sock.set_error(0);
        }
        None => set_last_error(0),
    }
    Some(Return::Null)
}

/// socket_strerror(int $error_code): string
pub fn socket_strerror(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 1, 1)?;
    let Ok(code) = i32::try_from(a.long(1)?) else {
        error::argument_value_error(1, c"must be between -2147483648 and 2147483647");
        return None;
    };
    Some(Return::Str(with_strerror(code, ZString::from_bytes)))
}
