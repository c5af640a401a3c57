//! socket_import_stream() and socket_export_stream(): a Socket and a PHP
//! stream sharing one descriptor. The Socket keeps a reference to the
//! stream, which owns the descriptor from then on.

use crate::args;
use crate::errors;
use crate::socket::{self, Socket};
use crate::sys;
use crate::zend::stream::{self, Stream};
use crate::zend::{Frame, Return, error};

/// socket_import_stream($stream): Socket|false
pub fn socket_import_stream(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 1, 1)?;
    let zv = a.zval(1)?;
    if zv.type_code() != crate::zend::ffi::IS_RESOURCE {
        zv.wrong_type(1, crate::zend::ffi::Z_EXPECTED_RESOURCE);
        return None;
    }
    let stream = Stream::from_zval(zv)?;
    // The cast reports its own warning when the stream has no socket.
    let Some(fd) = stream.socket_fd() else {
        return Some(Return::Bool(false));
    };
    let obj = socket::new_socket();
    let sock = obj.data();
    // socket_import_file_descriptor(): the family, then the blocking mode.
    let family = match sys::getsockopt_int(fd, libc::SOL_SOCKET, libc::SO_DOMAIN) {
        Ok(d) => d,
        Err(_) => match sys::getsockname(fd) {
            Ok(addr) => addr.family(),
            Err(e) => {
                errors::socket_error(sock, "Unable to obtain socket family", e);
                return Some(Return::Bool(false));
            }
        },
    };
    let nonblocking = match sys::is_nonblocking(fd) {
        Ok(nb) => nb,
        Err(e) => {
            errors::socket_error(sock, "Unable to obtain blocking state", e);
            return Some(Return::Bool(false));
        }
    };
    sock.import(
        fd,
        family,
        !nonblocking,
        crate::zend::OwnedZval::copy_of(zv),
    );
    stream.unbuffer_reads();
    Some(Return::Zval(obj.into_zval()))
}

/// socket_export_stream(Socket $socket): resource|false
pub fn socket_export_stream(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 1, 1)?;
    let sock = a.object::<Socket>(1)?;
    let fd = sock.fd()?;
    if let Some(existing) = sock.stream_zval() {
        return Some(Return::Zval(existing));
    }
    // A transport PHP knows for this kind of socket, so that stream
    // functions (stream_socket_get_name...) work on it.
    let kind = sys::getsockopt_int(fd, libc::SOL_SOCKET, libc::SO_TYPE).unwrap_or(0);
    let protocol = match sock.domain() {
        libc::AF_INET | libc::AF_INET6 => match kind {
            libc::SOCK_STREAM => {
                let proto =
                    sys::getsockopt_int(fd, libc::SOL_SOCKET, libc::SO_PROTOCOL).unwrap_or(0);
                (proto == libc::IPPROTO_TCP).then_some(c"tcp://")
            }
            libc::SOCK_DGRAM => Some(c"udp://"),
            _ => None,
        },
        libc::AF_UNIX => match kind {
            libc::SOCK_STREAM => Some(c"unix://"),
            libc::SOCK_DGRAM => Some(c"udg://"),
            _ => None,
        },
        _ => None,
    };
    let made = protocol
        .and_then(Stream::for_transport)
        .or_else(|| Stream::from_socket(fd));
    let Some(s) = made else {
        error::warning("Failed to create stream");
        return Some(Return::Bool(false));
    };
    s.set_socket(fd, sock.is_blocking(), stream::default_socket_timeout());
    sock.attach_stream(s.into_zval());
    sock.stream_zval().map(Return::Zval)
}
