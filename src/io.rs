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

    if mode == PHP_NORMAL_READ && sock.kind(fd) == libc::SOCK_STREAM {
        if let Some(line) = read_short_line(fd, length as usize) {
            return finish_read(sock, line.map(|s| (s.len(), s)));
        }
    }
    let mut buf = ZString::alloc(length as usize);
    let got = if mode == PHP_NORMAL_READ {
        read_line(sock, fd, buf.buffer())
    } else {
        sys::recv(fd, buf.buffer(), 0)
    };
    finish_read(sock, got.map(|n| (n, buf)))
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

/// How much of a stream the fast line read looks at.
const SHORT_LINE: usize = 256;

/// PHP_NORMAL_READ of a line that is already there in full (the common
/// case): peeks into a small stack buffer, then receives exactly the line
/// into a string of exactly its size. `None` when the line is longer or
/// not complete yet: the general path takes over, nothing consumed.
fn read_short_line(fd: RawFd, length: usize) -> Option<Result<ZString, Errno>> {
    let mut peek = [MaybeUninit::<u8>::uninit(); SHORT_LINE];
    let window = length.min(SHORT_LINE);
    let (head, _) = peek.split_at_mut(window);
    let seen = match sys::recv_init(fd, head, libc::MSG_PEEK) {
        Ok([]) => return Some(Err(libc::ECONNRESET)),
        Ok(seen) => seen,
        Err(e) => return Some(Err(e)),
    };
    let want = match seen.iter().position(|&b| is_line_end(b)) {
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
        Ok(_) => Some(Err(libc::ECONNRESET)),
        Err(e) => Some(Err(e)),
    }
}

/// How much a line read peeks at first; doubled for each further piece of a
/// long line, so a buffer full of short lines is not copied over and over.
const LINE_PEEK: usize = 1024;

fn is_line_end(b: u8) -> bool {
    b == b'\n' || b == b'\r'
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

/// The outcome of a line read that stopped early: partial data is returned
/// (no byte is lost); with nothing read, end of stream is ECONNRESET, as the
/// C extension reports it.
fn line_result(n: usize, err: Option<Errno>) -> Result<usize, Errno> {
    match (n, err) {
        (0, Some(e)) => Err(e),
        (0, None) => Err(libc::ECONNRESET),
        (n, _) => Ok(n),
    }
}

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
            Ok([]) => return line_result(n, None),
            Ok(seen) => seen,
            Err(e) => return line_result(n, Some(e)),
        };
        let want = seen
            .iter()
            .position(|&b| is_line_end(b))
            .map_or(seen.len(), |i| i + 1);
        let (take, _) = head.split_at_mut(want);
        let got = match sys::recv_init(fd, take, 0) {
            Ok(got) => got,
            Err(e) => return line_result(n, Some(e)),
        };
        if got.is_empty() {
            return line_result(n, None);
        }
        n += got.len();
        if got.iter().copied().any(is_line_end) {
            break;
        }
        peek = peek.saturating_mul(2);
    }
    Ok(n)
}

fn read_line_bytewise(fd: RawFd, buf: &mut [MaybeUninit<u8>]) -> Result<usize, Errno> {
    let mut n = 0;
    for slot in buf.chunks_mut(1) {
        match sys::recv_init(fd, slot, 0) {
            Ok([b]) => {
                n += 1;
                if is_line_end(*b) {
                    break;
                }
            }
            Ok(_) => return line_result(n, None),
            Err(e) => return line_result(n, Some(e)),
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
