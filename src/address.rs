//! Socket addresses: turning the (address, port) arguments of bind(),
//! connect() and sendto() into a `sockaddr` the way the C extension's
//! sockaddr_conv.c does (inet_pton, then a host lookup; inet_pton, then
//! getaddrinfo, with `%scope`), and back into PHP values for
//! socket_getsockname(), socket_getpeername() and socket_recvfrom().

use std::ffi::CString;

use crate::args;
use crate::errors;
use crate::socket::Socket;
use crate::sys::{self, SockAddr};
use crate::version;
use crate::zend::{Frame, OwnedZval, RefSlot, Return, error};

/// MAXFQDNLEN of PHP's network layer.
const MAXFQDNLEN: usize = 255;

/// The bytes of a PHP string as C sees them through `char *`: up to the
/// first NUL.
pub fn c_string(bytes: &[u8]) -> CString {
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    CString::new(bytes.get(..end).unwrap_or_default()).unwrap_or_default()
}

/// `php_set_inet_addr()`: a dotted quad (inet_pton) or a host name.
pub fn inet_addr(sock: &Socket, addr: &[u8]) -> Option<[u8; 4]> {
    let name = c_string(addr);
    if let Some(ip) = sys::inet_pton4(&name) {
        return Some(ip);
    }
    // A name too long for a lookup reports whatever h_errno holds.
    let found = if name.as_bytes().len() > MAXFQDNLEN {
        Err(sys::h_errno())
    } else {
        sys::host_by_name(&name)
    };
    match found {
        Err(h_errno) => {
            // Host lookup errors are reported as -10000 - h_errno.
            errors::socket_error(sock, "Host lookup failed", -10000 - h_errno);
            None
        }
        Ok((family, _)) if family != libc::AF_INET => {
            error::warning("Host lookup failed: Non AF_INET domain returned on AF_INET socket");
            None
        }
        Ok((_, bytes)) => {
            let mut ip = [0u8; 4];
            for (d, s) in ip.iter_mut().zip(bytes) {
                *d = s;
            }
            Some(ip)
        }
    }
}

/// `php_set_inet6_addr()`: an IPv6 literal (inet_pton) or a host name
/// (getaddrinfo), and a scope id after `%` (a number or an interface name).
pub fn inet6_addr(sock: &Socket, addr: &[u8]) -> Option<([u8; 16], u32)> {
    let name = c_string(addr);
    let ip = match sys::inet_pton6(&name) {
        Some(ip) => ip,
        None => match sys::host_by_name6(&name) {
            Err(h_errno) => {
                errors::socket_error(sock, "Host lookup failed", -10000 - h_errno);
                return None;
            }
            Ok((family, len, ip)) => {
                if family != libc::AF_INET6 || len != size_of::<libc::sockaddr_in6>() {
                    error::warning(
                        "Host lookup failed: Non AF_INET6 domain returned on AF_INET6 socket",
                    );
                    return None;
                }
                ip
            }
        },
    };
    let bytes = name.as_bytes();
    let scope_id = match bytes.iter().position(|&b| b == b'%') {
        None => 0,
        Some(i) => scope_id(bytes.get(i + 1..).unwrap_or_default()),
    };
    Some((ip, scope_id))
}

/// The scope of `addr%scope`: a positive number up to UINT_MAX, else an
/// interface name (with the C extension's warning when there is none).
fn scope_id(scope: &[u8]) -> u32 {
    if let Some(n) = numeric_long(scope) {
        return if n > 0 && n <= i64::from(u32::MAX) {
            n as u32
        } else {
            0
        };
    }
    let name = c_string(scope);
    let index = sys::if_nametoindex(&name);
    if index == 0 {
        error::warning(&format!(
            "No interface with name \"{}\" could be found",
            String::from_utf8_lossy(name.as_bytes())
        ));
    }
    index
}

/// PHP's `is_numeric_string()` when it finds an integer: optional leading
/// whitespace, a sign, digits, optional trailing whitespace.
fn numeric_long(s: &[u8]) -> Option<i64> {
    let text = std::str::from_utf8(s).ok()?;
    let t = text.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let t = t.trim_end_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse::<i64>().ok()
}

/// What an address means for a socket's family, as bind() and connect()
/// read it. `None`: an error was reported (ValueError or warning).
pub enum Target {
    Addr(SockAddr),
    /// The family is not one the extension knows (a ValueError was thrown).
    Thrown,
    /// A lookup failed (a warning was given): the function returns false.
    Failed,
}

/// The address of bind()/connect(): AF_UNIX paths are taken whole (NUL bytes
/// included, so abstract names work) and must be shorter than sun_path.
pub fn target(sock: &Socket, addr: &[u8], port: Option<i64>, port_arg: u32) -> Target {
    match sock.domain() {
        libc::AF_UNIX => {
            if addr.len() >= sys::SUN_PATH_LEN {
                error::argument_value_error(2, c"must be less than 108");
                return Target::Thrown;
            }
            Target::Addr(SockAddr::unix(addr))
        }
        libc::AF_INET => {
            let Some(port) = port else {
                error::argument_value_error(
                    port_arg,
                    c"cannot be null when the socket type is AF_INET",
                );
                return Target::Thrown;
            };
            match inet_addr(sock, addr) {
                Some(ip) => Target::Addr(SockAddr::v4(ip, port as u16)),
                None => Target::Failed,
            }
        }
        libc::AF_INET6 => {
            let Some(port) = port else {
                error::argument_value_error(
                    port_arg,
                    c"cannot be null when the socket type is AF_INET6",
                );
                return Target::Thrown;
            };
            match inet6_addr(sock, addr) {
                Some((ip, scope)) => Target::Addr(SockAddr::v6(ip, port as u16, scope)),
                None => Target::Failed,
            }
        }
        _ => {
            error::argument_value_error(1, c"must be one of AF_UNIX, AF_INET, or AF_INET6");
            Target::Thrown
        }
    }
}

/// The text of an IPv4/IPv6 address as inet_ntop() writes it.
pub fn ip_text(addr: &SockAddr) -> Option<String> {
    match addr.family() {
        libc::AF_INET => sys::inet_ntop(libc::AF_INET, &addr.v4_parts().0),
        libc::AF_INET6 => sys::inet_ntop(libc::AF_INET6, &addr.v6_parts().0),
        _ => None,
    }
}

/// Stores an address (and port) into the by-reference arguments, as
/// socket_getsockname() and socket_getpeername() do.
fn store_name(addr: &SockAddr, host: RefSlot<'_>, port: Option<RefSlot<'_>>) -> Option<Return> {
    let port_number = match addr.family() {
        libc::AF_INET => addr.v4_parts().1,
        libc::AF_INET6 => addr.v6_parts().1,
        libc::AF_UNIX => {
            host.assign(OwnedZval::bytes(addr.unix_path()));
            return Some(Return::Bool(true));
        }
        // 8.5: an AF_PACKET socket's interface, by name and index.
        libc::AF_PACKET if version::AF_PACKET_SOCKETS => {
            let Ok(name) = sys::if_indextoname(addr.packet_ifindex()) else {
                error::throw_error("invalid interface index");
                return None;
            };
            host.assign(OwnedZval::bytes(&name));
            if let Some(port) = port {
                port.assign(OwnedZval::long(addr.packet_ifindex().into()));
            }
            return Some(Return::Bool(true));
        }
        _ => {
            error::argument_value_error(1, c"must be one of AF_UNIX, AF_INET, or AF_INET6");
            return None;
        }
    };
    let text = ip_text(addr).unwrap_or_default();
    host.assign(OwnedZval::bytes(text.as_bytes()));
    if let Some(port) = port {
        port.assign(OwnedZval::long(port_number.into()));
    }
    Some(Return::Bool(true))
}

/// socket_getsockname(Socket $socket, &$address, &$port = null): bool
pub fn socket_getsockname(f: &Frame<'_>) -> Option<Return> {
    name_of(f, sys::getsockname, "unable to retrieve socket name")
}

/// socket_getpeername(Socket $socket, &$address, &$port = null): bool
pub fn socket_getpeername(f: &Frame<'_>) -> Option<Return> {
    name_of(f, sys::getpeername, "unable to retrieve peer name")
}

fn name_of(
    f: &Frame<'_>,
    call: fn(sys::RawFd) -> Result<SockAddr, sys::Errno>,
    what: &str,
) -> Option<Return> {
    let a = args::parse(f, 2, 3)?;
    let sock = a.object::<Socket>(1)?;
    let host = a.by_ref(2);
    let port = a.by_ref(3);
    let fd = sock.fd()?;
    match call(fd) {
        Ok(addr) => match host {
            Some(host) => store_name(&addr, host, port),
            None => Some(Return::Bool(true)),
        },
        Err(e) => {
            errors::socket_error(sock, what, e);
            Some(Return::Bool(false))
        }
    }
}
