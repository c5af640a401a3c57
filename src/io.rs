//! Reading and writing: socket_write(), socket_read() with PHP_BINARY_READ
//! and PHP_NORMAL_READ.

use std::mem::MaybeUninit;

use std::ffi::c_int;

use crate::address::{self, Target};
use crate::args;
use crate::errors;
use crate::socket::Socket;
use crate::sys::{self, Errno, RawFd, SockAddr};
use crate::version;
use crate::zend::{Frame, OwnedZval, Return, ZString, error};

pub const PHP_NORMAL_READ: i64 = 1;
pub const PHP_BINARY_READ: i64 = 2;

/// socket_write(Socket $socket, string $data, ?int $length = null): int|false
pub fn socket_write(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 2, 3)?;
    let sock = a.object::<Socket>(1)?;
    let data = a.bytes(2)?;
    let length = a.long_or_null(3)?;
    let fd = sock.fd()?;

    let data = match length {
        Some(len) if len < 0 => {
            error::argument_value_error(3, c"must be greater than or equal to 0");
            return None;
        }
        Some(len) => data.get(..len as usize).unwrap_or(data),
        None => data,
    };
    errors::count_or_error(sock, "unable to write to socket", sys::write(fd, data))
}

/// socket_read(Socket $socket, int $length, int $mode = PHP_BINARY_READ): string|false
pub fn socket_read(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 2, 3)?;
    let sock = a.object::<Socket>(1)?;
    let length = a.long(2)?;
    let mode = a.long_or(3, PHP_BINARY_READ)?;
    let fd = sock.fd()?;

    // The C extension's overflow check: 0, negatives and PHP_INT_MAX.
    if length.wrapping_add(1) < 2 {
        return Some(Return::Bool(false));
    }

    let got = if mode == PHP_NORMAL_READ {
        read_normal(sock, fd, length as usize)
    } else {
        let mut buf = ZString::alloc(length as usize);
        sys::recv(fd, buf.buffer(), 0).map(|n| (n, buf))
    };
    finish_read(sock, got)
}

/// socket_read() with PHP_NORMAL_READ. The C extension allocates the whole
/// length first: so do we, where memory_limit can tell (ZString::SMALL_MAX).
/// Below that, a line already there in full (the common case) is peeked at
/// on the stack and received into a string of exactly its size.
#[inline(never)]
fn read_normal(sock: &Socket, fd: RawFd, length: usize) -> Result<(usize, ZString), Errno> {
    if length <= ZString::SMALL_MAX && sock.kind(fd) == libc::SOCK_STREAM {
        if let Some(line) = read_short_line(fd, length) {
            return line.map(|s| (s.len(), s));
        }
    }
    let mut buf = ZString::alloc(length);
    read_line(sock, fd, buf.buffer()).map(|n| (n, buf))
}

/// How much of a stream the short line read looks at.
const SHORT_LINE: usize = 256;

/// PHP_NORMAL_READ of a line that is already there in full: peeks into a
/// small stack buffer, then receives exactly the line into a string of
/// exactly its size. `None` when the line is longer or not complete yet:
/// the general path takes over, nothing consumed.
fn read_short_line(fd: RawFd, length: usize) -> Option<Result<ZString, Errno>> {
    let mut peek = [MaybeUninit::<u8>::uninit(); SHORT_LINE];
    let window = length.min(SHORT_LINE);
    let (head, _) = peek.split_at_mut(window);
    let seen = match sys::recv_init(fd, head, libc::MSG_PEEK) {
        Ok([]) => return Some(no_more_data(fd, 0).map(|_| ZString::empty())),
        Ok(seen) => seen,
        Err(e) => return Some(Err(e)),
    };
    let want = match line_end(seen) {
        Some(i) => i + 1,
        None if seen.len() == length => length,
        None => return None,
    };
    let mut line = ZString::alloc(want);
    match sys::recv_init(fd, line.buffer(), 0) {
        Ok(got) if !got.is_empty() => {
            let n = got.len();
            Some(Ok(line.truncate(n)))
        }
        Ok(_) => Some(no_more_data(fd, 0).map(|_| ZString::empty())),
        Err(e) => Some(Err(e)),
    }
}

/// The end of socket_read(): the string read, or the error as the C
/// extension reports it (no warning for EAGAIN).
fn finish_read(sock: &Socket, got: Result<(usize, ZString), Errno>) -> Option<Return> {
    match got {
        Ok((0, _)) => Some(Return::Str(ZString::empty())),
        Ok((n, buf)) => Some(Return::Str(buf.truncate(n))),
        Err(e) => {
            if errors::is_transient(e) {
                sock.set_error(e);
                errors::set_last_error(e);
            } else {
                errors::socket_error(sock, "unable to read from socket", e);
            }
            Some(Return::Bool(false))
        }
    }
}

/// How much a line read peeks at first; doubled for each further piece of a
/// long line, so that a queue full of short lines is not copied over and
/// over.
const LINE_PEEK: usize = 256;

fn is_line_end(b: u8) -> bool {
    b == b'\n' || b == b'\r'
}

/// Where the first line end (`\n` or `\r`) of `bytes` is.
#[inline]
fn line_end(bytes: &[u8]) -> Option<usize> {
    memchr::memchr2(b'\n', b'\r', bytes)
}

/// PHP_NORMAL_READ: bytes up to and including the first `\n` or `\r`, or
/// `buf.len()` bytes, whichever comes first; nothing after the terminator
/// is consumed.
///
/// The C extension recv()s one byte at a time. On a stream socket the same
/// result comes from peeking at what is there (MSG_PEEK), and receiving
/// exactly up to the terminator: two system calls a line. Datagram-like
/// sockets (where every recv() consumes a whole message) keep the byte-wise
/// reads, so that what they return is the C extension's.
///
/// Unlike the C extension, a final line without terminator at end of stream
/// is returned instead of lost, and a non-blocking socket with no (more)
/// data returns what it has (or EAGAIN) instead of spinning.
fn read_line(sock: &Socket, fd: RawFd, buf: &mut [MaybeUninit<u8>]) -> Result<usize, Errno> {
    if sock.kind(fd) == libc::SOCK_STREAM {
        read_line_stream(fd, buf)
    } else {
        read_line_bytewise(fd, buf)
    }
}

/// The outcome of a line read that failed part-way: the part already read
/// is returned (the C extension loses it), else the error.
fn line_result(n: usize, err: Errno) -> Result<usize, Errno> {
    if n == 0 { Err(err) } else { Ok(n) }
}

/// A line read whose recv() gave 0 bytes (end of stream, or a zero-length
/// record) `n` bytes in. As the C extension's php_read() decides by the
/// descriptor's O_NONBLOCK flag (asked only now, not on every read): a
/// non-blocking socket returns what it has, `""` when nothing (no warning,
/// no error: a script's `=== ''` test for the end of the stream); a
/// blocking one gives ECONNRESET when nothing was read. With part of a line
/// read, that part is returned (the C extension loses it when blocking).
fn no_more_data(fd: RawFd, n: usize) -> Result<usize, Errno> {
    if n > 0 || sys::is_nonblocking(fd).unwrap_or(false) {
        Ok(n)
    } else {
        Err(libc::ECONNRESET)
    }
}

/// How many zero-length reads a blocking line read of a datagram-like
/// socket makes before it gives up (the C extension's `no_read > 200`,
/// whose count starts at 1 before the first recv()).
const MAX_EMPTY_READS: u32 = 200;

fn read_line_stream(fd: RawFd, buf: &mut [MaybeUninit<u8>]) -> Result<usize, Errno> {
    let mut n = 0;
    let mut peek = LINE_PEEK;
    while let Some(rest) = buf.get_mut(n..) {
        if rest.is_empty() {
            break;
        }
        let window = peek.min(rest.len());
        let (head, _) = rest.split_at_mut(window);
        let seen = match sys::recv_init(fd, head, libc::MSG_PEEK) {
            Ok([]) => return no_more_data(fd, n),
            Ok(seen) => seen,
            Err(e) => return line_result(n, e),
        };
        let want = line_end(seen).map_or(seen.len(), |i| i + 1);
        let (take, _) = head.split_at_mut(want);
        let got = match sys::recv_init(fd, take, 0) {
            Ok(got) => got,
            Err(e) => return line_result(n, e),
        };
        if got.is_empty() {
            return no_more_data(fd, n);
        }
        n += got.len();
        if line_end(got).is_some() {
            break;
        }
        peek = peek.saturating_mul(2);
    }
    Ok(n)
}

/// One recv() a byte, as the C extension reads every kind of socket: each
/// recv() of a datagram or seqpacket socket consumes a whole record.
/// Zero-length records are skipped as there: a non-blocking socket returns
/// at the first, a blocking one gives up after 200 (ECONNRESET, or the part
/// already read), which is also how the end of a seqpacket stream shows.
fn read_line_bytewise(fd: RawFd, buf: &mut [MaybeUninit<u8>]) -> Result<usize, Errno> {
    let mut n = 0;
    let mut empty_reads = 0;
    for slot in buf.chunks_mut(1) {
        loop {
            match sys::recv_init(fd, slot, 0) {
                Ok([b]) => {
                    n += 1;
                    if is_line_end(*b) {
                        return Ok(n);
                    }
                    break;
                }
                Ok(_) => {
                    if empty_reads == 0 && sys::is_nonblocking(fd).unwrap_or(false) {
                        return Ok(n);
                    }
                    empty_reads += 1;
                    if empty_reads == MAX_EMPTY_READS {
                        return line_result(n, libc::ECONNRESET);
                    }
                }
                Err(e) => return line_result(n, e),
            }
        }
    }
    Ok(n)
}

/// socket_send(Socket $socket, string $data, int $length, int $flags): int|false
pub fn socket_send(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 4, 4)?;
    let sock = a.object::<Socket>(1)?;
    let data = a.bytes(2)?;
    let length = a.long(3)?;
    let flags = a.long(4)?;
    let fd = sock.fd()?;
    if length < 0 {
        error::argument_value_error(3, c"must be greater than or equal to 0");
        return None;
    }
    let data = data.get(..length as usize).unwrap_or(data);
    errors::count_or_error(
        sock,
        "Unable to write to socket",
        sys::send(fd, data, flags as c_int),
    )
}

/// socket_recv(Socket $socket, &$data, int $length, int $flags): int|false
///
/// Like the C extension, `$data` becomes null when nothing was received
/// (end of stream or error), and the buffer keeps its allocated size.
pub fn socket_recv(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 4, 4)?;
    let sock = a.object::<Socket>(1)?;
    let data = a.by_ref(2);
    let length = a.long(3)?;
    let flags = a.long(4)?;
    let fd = sock.fd()?;
    // 0, negatives and (unlike the C extension, which dies on it) PHP_INT_MAX.
    if length.wrapping_add(1) < 2 {
        return Some(Return::Bool(false));
    }
    let mut buf = ZString::alloc(length as usize);
    let got = sys::recv(fd, buf.buffer(), flags as c_int);
    let stored = match got {
        Ok(n) if n > 0 => OwnedZval::string(buf.set_len(n)),
        _ => {
            drop(buf);
            OwnedZval::null()
        }
    };
    if let Some(data) = data {
        data.assign(stored);
    }
    errors::count_or_error(sock, "Unable to read from socket", got)
}

/// socket_sendto(Socket $socket, string $data, int $length, int $flags,
///               string $address, ?int $port = null): int|false
pub fn socket_sendto(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 5, 6)?;
    let sock = a.object::<Socket>(1)?;
    let data = a.bytes(2)?;
    let length = a.long(3)?;
    let flags = a.long(4)?;
    let addr = a.bytes(5)?;
    let port = a.long_or_null(6)?;
    let fd = sock.fd()?;
    // 8.6 sends on AF_PACKET sockets, whose $port is an interface index.
    let packet = version::AF_PACKET_SENDTO_RECVFROM && sock.domain() == libc::AF_PACKET;
    if let Some(port) = port.filter(|_| !packet) {
        crate::socket::check_port(port, 6)?;
    }
    if length < 0 {
        error::argument_value_error(3, c"must be greater than or equal to 0");
        return None;
    }
    let data = data.get(..length as usize).unwrap_or(data);
    let target = if packet {
        let Some(port) = port else {
            error::argument_value_error(6, c"cannot be null when the socket type is AF_PACKET");
            return None;
        };
        SockAddr::packet(port as c_int)
    } else if sock.domain() == libc::AF_UNIX {
        if version::UNIX_SENDTO_LENGTH_CHECKED && addr.len() >= sys::SUN_PATH_LEN {
            error::argument_value_error(5, c"must be less than 108");
            return None;
        }
        // snprintf("%s") into sun_path: up to the first NUL, at most 107 bytes.
        let path = address::c_string(addr);
        let path = path.as_bytes();
        SockAddr::unix(path.get(..sys::SUN_PATH_LEN - 1).unwrap_or(path))
    } else {
        match address::target(sock, addr, port, 6) {
            Target::Addr(t) => t,
            Target::Thrown => return None,
            Target::Failed => return Some(Return::Bool(false)),
        }
    };
    errors::count_or_error(
        sock,
        "Unable to write to socket",
        sys::sendto(fd, data, flags as c_int, &target),
    )
}

/// The flags 8.6 takes for socket_recvfrom() on an AF_PACKET socket.
const PACKET_RECV_FLAGS: i64 = (libc::MSG_OOB
    | libc::MSG_PEEK
    | libc::MSG_WAITALL
    | libc::MSG_DONTWAIT
    | libc::MSG_ERRQUEUE
    | libc::MSG_CMSG_CLOEXEC) as i64;

/// socket_recvfrom(Socket $socket, &$data, int $length, int $flags,
///                 &$address, &$port = null): int|false
pub fn socket_recvfrom(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 5, 6)?;
    let sock = a.object::<Socket>(1)?;
    let data = a.by_ref(2);
    let length = a.long(3)?;
    let flags = a.long(4)?;
    let addr_ref = a.by_ref(5);
    let port_ref = a.by_ref(6);
    let fd = sock.fd()?;
    let domain = sock.domain();
    let packet = version::AF_PACKET_SENDTO_RECVFROM && domain == libc::AF_PACKET;
    // 8.6 refuses flags that could make the length exceed the buffer
    // (MSG_TRUNC) on AF_PACKET sockets.
    if packet && flags & !PACKET_RECV_FLAGS != 0 {
        error::argument_value_error(
            4,
            c"must be a combination of MSG_OOB, MSG_PEEK, MSG_WAITALL, MSG_DONTWAIT, MSG_ERRQUEUE, and MSG_CMSG_CLOEXEC for AF_PACKET sockets",
        );
        return None;
    }
    // 0 and negatives; also lengths whose +1 overflows (the C extension dies).
    if !(1..=i64::MAX - 2).contains(&length) {
        return Some(Return::Bool(false));
    }
    // The buffer comes first, as in the C extension (whose checks of the
    // family and of $port follow it).
    let mut buf = ZString::alloc(length as usize + 1);
    let error_text = match domain {
        libc::AF_UNIX | libc::AF_INET => "Unable to recvfrom",
        libc::AF_INET6 => "unable to recvfrom",
        libc::AF_PACKET if packet => "unable to recvfrom",
        _ => {
            error::argument_value_error(1, c"must be one of AF_UNIX, AF_INET, or AF_INET6");
            return None;
        }
    };
    if domain != libc::AF_UNIX && !packet && port_ref.is_none() {
        if version::RECVFROM_PORT_COUNT_ERROR_NAMES_FAMILY {
            error::argument_count_error(
                "socket_recvfrom() expects exactly 6 arguments when argument #1 ($socket) is of type AF_INET or AF_INET6",
            );
        } else {
            error::wrong_param_count();
        }
        return None;
    }
    let mut from = SockAddr::empty(domain);
    let n = match sys::recvfrom(
        fd,
        buf.buffer_prefix(length as usize),
        flags as c_int,
        &mut from,
    ) {
        Ok(n) => n,
        Err(e) => {
            drop(buf);
            errors::socket_error(sock, error_text, e);
            return Some(Return::Bool(false));
        }
    };
    let (host, port) = match domain {
        libc::AF_UNIX => (from.unix_path().to_vec(), None),
        libc::AF_INET => {
            let text = address::ip_text(&from).unwrap_or_else(|| "0.0.0.0".to_owned());
            (text.into_bytes(), Some(i64::from(from.v4_parts().1)))
        }
        libc::AF_PACKET => match sys::if_indextoname(from.packet_ifindex()) {
            Ok(name) => (name, Some(i64::from(from.packet_ifindex()))),
            Err(e) => {
                drop(buf);
                errors::socket_error(sock, "unable to get the interface name", e);
                return Some(Return::Bool(false));
            }
        },
        _ => {
            let text = address::ip_text(&from).filter(|t| !t.is_empty());
            (
                text.unwrap_or_else(|| "::".to_owned()).into_bytes(),
                Some(i64::from(from.v6_parts().1)),
            )
        }
    };
    if let Some(data) = data {
        data.assign(OwnedZval::string(buf.set_len(n)));
    }
    if let Some(addr_ref) = addr_ref {
        addr_ref.assign(OwnedZval::bytes(&host));
    }
    if let (Some(port_ref), Some(port)) = (port_ref, port) {
        port_ref.assign(OwnedZval::long(port));
    }
    Some(Return::Long(n as i64))
}
