//! The `Socket` class: one object per descriptor, which it owns and closes
//! when it dies or when socket_close() is called; and the functions that
//! create and close sockets.

use std::cell::Cell;
use std::ffi::{CStr, c_int};

use crate::address::{self, Target};
use crate::args;
use crate::errors;
use crate::sys::{self, RawFd, SockAddr};
use crate::version;
use crate::zend::stream::{PHP_STREAM_OPTION_BLOCKING, Stream};
use crate::zend::{ClassSlot, Frame, NewObject, ObjectData, OwnedZval, Return, ZvalCell, error};

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

    /// The stream the socket shares its descriptor with, as the C
    /// extension's get_gc handler reports it (until 8.4).
    const GC_ZVAL: Option<fn(&Self) -> &ZvalCell> = if version::SOCKET_GC_REPORTS_STREAM {
        Some(Socket::gc_stream)
    } else {
        None
    };

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

/// Registers the class (MINIT) and publishes it to other extensions.
pub fn register_class() {
    SOCKET_CLASS.register::<Socket>();
    crate::capi::publish(&SOCKET_CLASS);
}

impl Socket {
    fn gc_stream(&self) -> &ZvalCell {
        &self.zstream
    }

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

    /// Where php_socket (bsd_socket...) starts inside this struct.
    pub const fn php_socket_offset() -> usize {
        std::mem::offset_of!(Socket, fd)
    }

    /// Where php_socket's fields (bsd_socket, type, error, blocking,
    /// zstream, std) are in a Socket object, from its `fd`: checked
    /// against php_sockets.h's struct in `crate::abi`.
    pub const PHP_SOCKET_OFFSETS: [usize; 6] = {
        use std::mem::offset_of;
        let fd = offset_of!(Socket, fd);
        [
            0,
            offset_of!(Socket, domain) - fd,
            offset_of!(Socket, error) - fd,
            offset_of!(Socket, blocking) - fd,
            offset_of!(Socket, zstream) - fd,
            crate::zend::object::std_offset::<Socket>() - fd,
        ]
    };

    /// The descriptor, -1 once closed (no error raised).
    pub fn raw_fd(&self) -> RawFd {
        self.fd.get()
    }

    pub fn error(&self) -> i32 {
        self.error.get()
    }

    /// The address family (AF_UNIX, AF_INET, AF_INET6).
    pub fn domain(&self) -> c_int {
        self.domain.get()
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

    pub fn is_blocking(&self) -> bool {
        self.blocking.get() != 0
    }

    /// The stream this socket shares its descriptor with, if it is still
    /// open. Quiet, as the C extension's `php_stream_from_zval_no_verify` /
    /// `zend_fetch_resource2_ex(.., NULL, ..)`: once a script has fclose()d
    /// the stream, socket_set_block() and socket_close() fall back to the
    /// descriptor instead of throwing.
    fn stream(&self) -> Option<Stream> {
        self.zstream.get().and_then(Stream::from_zval_quiet)
    }

    /// The stream, as socket_close() looks it up (`php_stream_from_zval_no_verify`,
    /// which does verify): a stream the script has fclose()d is Zend's
    /// TypeError "supplied resource is not a valid stream resource", and
    /// socket_close() carries on regardless.
    fn stream_for_close(&self) -> Option<Stream> {
        self.zstream.get().and_then(Stream::from_zval)
    }

    /// Another reference to the stream zval (for socket_export_stream).
    pub(crate) fn stream_zval(&self) -> Option<OwnedZval> {
        self.zstream.get().map(OwnedZval::copy_of)
    }

    pub(crate) fn attach_stream(&self, zv: OwnedZval) {
        self.zstream.set(zv);
    }

    /// Takes a descriptor that belongs to a stream (socket_import_stream).
    pub(crate) fn import(&self, fd: RawFd, domain: c_int, blocking: bool, stream: OwnedZval) {
        self.fd.set(fd);
        self.domain.set(domain);
        self.kind.set(0);
        self.error.set(0);
        self.blocking.set(c_int::from(blocking));
        self.zstream.set(stream);
    }

    /// socket_import_file_descriptor(): a descriptor received in a message;
    /// its family and blocking mode are asked of the kernel.
    pub(crate) fn import_descriptor(&self, fd: RawFd) {
        self.fd.set(fd);
        self.error.set(0);
        match sys::getsockopt_int(fd, libc::SOL_SOCKET, libc::SO_DOMAIN) {
            Ok(d) => self.domain.set(d),
            Err(_) => match sys::getsockname(fd) {
                Ok(addr) => self.domain.set(addr.family()),
                Err(e) => return errors::socket_error(self, "Unable to obtain socket family", e),
            },
        }
        match sys::is_nonblocking(fd) {
            Ok(nb) => self.blocking.set(c_int::from(!nb)),
            Err(e) => errors::socket_error(self, "Unable to obtain blocking state", e),
        }
    }

    /// Takes ownership of a freshly created descriptor. Its blocking flag
    /// says blocking, as the C extension's does, even when SOCK_NONBLOCK
    /// made the descriptor non-blocking: only socket_set_nonblock() and
    /// socket_set_block() change it (it is what socket_export_stream()
    /// gives the stream and, from 8.5, socket_accept() passes on).
    pub(crate) fn adopt(&self, fd: RawFd, domain: c_int, kind: c_int) {
        self.fd.set(fd);
        self.domain.set(domain);
        // SOCK_NONBLOCK and SOCK_CLOEXEC may be or-ed into the type.
        self.kind.set(kind & 0xf);
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

/// A new, not yet open Socket object. Functions that create sockets make it
/// before their system call, as the C extension does (object_init_ex), so
/// that object handles come out the same.
pub fn new_socket() -> NewObject<Socket> {
    SOCKET_CLASS.instantiate::<Socket>()
}

fn domain_is_valid(domain: i64, packet: bool) -> bool {
    [libc::AF_UNIX, libc::AF_INET, libc::AF_INET6]
        .map(i64::from)
        .contains(&domain)
        || (packet && domain == i64::from(libc::AF_PACKET))
}

/// SOCK_NONBLOCK and SOCK_CLOEXEC, which PHP 8.4 accepts in `$type` (and
/// we on every version).
const TYPE_FLAGS: i64 = (libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC) as i64;

/// socket_create()'s checks; socket_create_pair() has no AF_PACKET.
fn check_domain_and_type(domain: i64, ty: i64, packet: bool) -> Option<()> {
    if !domain_is_valid(domain, packet) {
        error::argument_value_error(
            1,
            if packet {
                c"must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET"
            } else {
                c"must be one of AF_UNIX, AF_INET6, or AF_INET"
            },
        );
        return None;
    }
    if ty & !TYPE_FLAGS > MAX_SOCK_TYPE {
        error::argument_value_error(
            2,
            if version::TYPE_FLAGS_ARE_NATIVE {
                c"must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM optionally OR'ed with SOCK_CLOEXEC, SOCK_NONBLOCK"
            } else {
                c"must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM"
            },
        );
        return None;
    }
    Some(())
}

/// `$port` of socket_create_listen/socket_bind/socket_sendto: from 8.5 a
/// ValueError outside 0..65535 (before, truncated to 16 bits).
pub fn check_port(port: i64, arg_num: u32) -> Option<()> {
    if version::PORT_RANGE_CHECKED && !(0..=65535).contains(&port) {
        error::argument_value_error(arg_num, c"must be between 0 and 65535");
        return None;
    }
    Some(())
}

/// socket_create(int $domain, int $type, int $protocol): Socket|false
pub fn socket_create(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 3, 3)?;
    let domain = a.long(1)?;
    let ty = a.long(2)?;
    let protocol = a.long(3)?;
    check_domain_and_type(domain, ty, version::AF_PACKET_SOCKETS)?;
    // An AF_PACKET protocol is an ETH_P_* value in host order: the C
    // extension swaps those that fit 16 bits to network order.
    let protocol = if domain == i64::from(libc::AF_PACKET) && protocol <= 65535 {
        i64::from((protocol as u16).to_be())
    } else {
        protocol
    };
    let obj = new_socket();
    let (domain, ty) = (domain as c_int, ty as c_int);
    match sys::socket(domain, ty, protocol as c_int) {
        Ok(fd) => {
            obj.data().adopt(fd, domain, ty);
            Some(Return::Zval(obj.into_zval()))
        }
        Err(e) => {
            errors::global_error("Unable to create socket", e);
            Some(Return::Bool(false))
        }
    }
}

/// socket_create_listen(int $port, int $backlog = 128 (8.4: SOMAXCONN)): Socket|false
pub fn socket_create_listen(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 1, 2)?;
    let port = a.long(1)?;
    let backlog = a.long_or(
        2,
        if version::LISTEN_BACKLOG_IS_SOMAXCONN {
            libc::SOMAXCONN.into()
        } else {
            128
        },
    )?;
    check_port(port, 1)?;
    let obj = new_socket();
    let sock = obj.data();
    // php_open_listen_sock() asks the resolver for 0.0.0.0 first (until
    // 8.5) and gives up silently when that fails (as it does when no
    // descriptor is left).
    let mut ip = [0u8; 4];
    if version::LISTEN_RESOLVES_ANY {
        let Ok((_, any)) = sys::host_by_name(c"0.0.0.0") else {
            return Some(Return::Bool(false));
        };
        for (d, s) in ip.iter_mut().zip(any) {
            *d = s;
        }
    }
    let fd = match sys::socket(libc::AF_INET, libc::SOCK_STREAM, 0) {
        Ok(fd) => fd,
        Err(e) => {
            errors::socket_error(sock, "unable to create listening socket", e);
            return Some(Return::Bool(false));
        }
    };
    sock.adopt(fd, libc::AF_INET, libc::SOCK_STREAM);
    if let Err(e) = sys::bind(fd, &SockAddr::v4(ip, port as u16)) {
        errors::socket_error(sock, "unable to bind to given address", e);
        return Some(Return::Bool(false));
    }
    if let Err(e) = sys::listen(fd, backlog as c_int) {
        errors::socket_error(sock, "unable to listen on socket", e);
        return Some(Return::Bool(false));
    }
    Some(Return::Zval(obj.into_zval()))
}

/// socket_accept(Socket $socket): Socket|false
pub fn socket_accept(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 1, 1)?;
    let listener = a.object::<Socket>(1)?;
    let fd = listener.fd()?;
    let obj = new_socket();
    // 8.4 makes the new socket close-on-exec, 8.5 non-blocking too when the
    // listener is (accept4 flags).
    let mut flags = 0;
    if version::ACCEPT_SETS_CLOEXEC {
        flags |= libc::SOCK_CLOEXEC;
    }
    if version::ACCEPT_INHERITS_NONBLOCK && !listener.is_blocking() {
        flags |= libc::SOCK_NONBLOCK;
    }
    match sys::accept(fd, flags) {
        Ok((new_fd, peer)) => {
            obj.data().adopt(new_fd, peer.family(), listener.kind.get());
            Some(Return::Zval(obj.into_zval()))
        }
        Err(e) => {
            // The C extension records the error on the new socket, which
            // dies at once: only the global error remains.
            errors::socket_error(obj.data(), "unable to accept incoming connection", e);
            Some(Return::Bool(false))
        }
    }
}

/// socket_bind(Socket $socket, string $address, int $port = 0): bool
pub fn socket_bind(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 2, 3)?;
    let sock = a.object::<Socket>(1)?;
    let addr = a.bytes(2)?;
    let port = a.long_or(3, 0)?;
    let fd = sock.fd()?;
    check_port(port, 3)?;
    if version::AF_PACKET_SOCKETS && sock.domain() == libc::AF_PACKET {
        // The interface by name (0, any, when there is none); $port unused.
        let ifindex = sys::if_nametoindex(&address::c_string(addr)) as c_int;
        return match sys::packet_bind(fd, ifindex) {
            Ok(()) => Some(Return::Bool(true)),
            Err(Some(e)) => {
                errors::socket_error(sock, "Unable to bind address", e);
                Some(Return::Bool(false))
            }
            Err(None) => {
                error::value_error("invalid AF_PACKET socket");
                None
            }
        };
    }
    let target = match address::target(sock, addr, Some(port), 3) {
        Target::Addr(t) => t,
        Target::Thrown => return None,
        Target::Failed => return Some(Return::Bool(false)),
    };
    errors::bool_or_error(sock, "Unable to bind address", sys::bind(fd, &target))
}

/// socket_connect(Socket $socket, string $address, ?int $port = null): bool
pub fn socket_connect(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 2, 3)?;
    let sock = a.object::<Socket>(1)?;
    let addr = a.bytes(2)?;
    let port = a.long_or_null(3)?;
    let fd = sock.fd()?;
    let target = match address::target(sock, addr, port, 3) {
        Target::Addr(t) => t,
        Target::Thrown => return None,
        Target::Failed => return Some(Return::Bool(false)),
    };
    errors::bool_or_error(sock, "unable to connect", sys::connect(fd, &target))
}

/// socket_atmark(Socket $socket): bool (PHP 8.3): whether the socket is at
/// the out-of-band mark.
pub fn socket_atmark(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 1, 1)?;
    let sock = a.object::<Socket>(1)?;
    let fd = sock.fd()?;
    Some(Return::Bool(match sys::sockatmark(fd) {
        Ok(at) => at,
        Err(e) => {
            errors::socket_error(sock, "Unable to apply sockmark", e);
            false
        }
    }))
}

/// socket_listen(Socket $socket, int $backlog = 0): bool
pub fn socket_listen(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 1, 2)?;
    let sock = a.object::<Socket>(1)?;
    let backlog = a.long_or(2, 0)?;
    let fd = sock.fd()?;
    errors::bool_or_error(
        sock,
        "unable to listen on socket",
        sys::listen(fd, backlog as c_int),
    )
}

/// socket_shutdown(Socket $socket, int $mode = 2): bool
pub fn socket_shutdown(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 1, 2)?;
    let sock = a.object::<Socket>(1)?;
    let how = a.long_or(2, 2)?;
    let fd = sock.fd()?;
    if version::SHUTDOWN_MODE_CHECKED && !(0..=2).contains(&how) {
        error::argument_value_error(2, c"must be one of SHUT_RD, SHUT_WR or SHUT_RDWR");
        return None;
    }
    errors::bool_or_error(
        sock,
        "Unable to shutdown socket",
        sys::shutdown(fd, how as c_int),
    )
}

/// socket_set_nonblock(Socket $socket): bool
pub fn socket_set_nonblock(f: &Frame<'_>) -> Option<Return> {
    set_blocking(f, false, "unable to set nonblocking mode")
}

/// socket_set_block(Socket $socket): bool
pub fn socket_set_block(f: &Frame<'_>) -> Option<Return> {
    set_blocking(f, true, "unable to set blocking mode")
}

fn set_blocking(f: &Frame<'_>, blocking: bool, what: &str) -> Option<Return> {
    let a = args::parse(f, 1, 1)?;
    let sock = a.object::<Socket>(1)?;
    let fd = sock.fd()?;
    // A stream is given the chance to switch itself, keeping its state right.
    if let Some(stream) = sock.stream() {
        if stream.set_option(PHP_STREAM_OPTION_BLOCKING, c_int::from(blocking)) != -1 {
            sock.blocking.set(c_int::from(blocking));
            return Some(Return::Bool(true));
        }
    }
    let r = sys::set_nonblocking(fd, !blocking).map(|()| sock.blocking.set(c_int::from(blocking)));
    errors::bool_or_error(sock, what, r)
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
    check_domain_and_type(domain, ty, false)?;
    // C int arguments: the zend_longs are truncated as the C extension's are.
    let (domain, ty, protocol) = (domain as c_int, ty as c_int, protocol as c_int);
    // By-reference parameters always arrive as references; anything else
    // has nowhere to go.
    let pair = pair.as_reference();

    // The order of the C extension's steps decides which object handles
    // (spl_object_id) the sockets get and what a destructor run by the
    // release of $pair's old value sees.
    if version::PAIR_OBJECTS_AFTER_SOCKETPAIR {
        // 8.5: socketpair(), $pair emptied, then the objects.
        let (fd0, fd1) = match sys::socketpair(domain, ty, protocol) {
            Ok([fd0, fd1]) => (fd0, fd1),
            Err(e) => {
                errors::global_error("Unable to create socket pair", e);
                return Some(Return::Bool(false));
            }
        };
        let Some(pair) = pair else {
            sys::close(fd0);
            sys::close(fd1);
            return Some(Return::Bool(true));
        };
        // A typed reference that cannot hold an array: Zend's TypeError,
        // and the descriptors are closed (the C extension leaves them open).
        let Some(target) = pair.prepare_array(version::ARRAY_INIT_RELEASES_IN_PLACE) else {
            sys::close(fd0);
            sys::close(fd1);
            return None;
        };
        let (a0, a1) = (new_socket(), new_socket());
        a0.data().adopt(fd0, domain, ty);
        a1.data().adopt(fd1, domain, ty);
        target.fill_pair(a0.into_zval(), a1.into_zval());
        return Some(Return::Bool(true));
    }

    // Until 8.4: the objects, socketpair() (the objects die if it fails),
    // then $pair emptied and filled.
    let (a0, a1) = (new_socket(), new_socket());
    let [fd0, fd1] = match sys::socketpair(domain, ty, protocol) {
        Ok(fds) => fds,
        Err(e) => {
            errors::global_error("Unable to create socket pair", e);
            // Released in this order, as the C extension releases them.
            drop(a0);
            drop(a1);
            return Some(Return::Bool(false));
        }
    };
    // The descriptors belong to the objects from here on: if $pair refuses
    // the array, they are closed as the objects die.
    a0.data().adopt(fd0, domain, ty);
    a1.data().adopt(fd1, domain, ty);
    let Some(pair) = pair else {
        return Some(Return::Bool(true));
    };
    let Some(target) = pair.prepare_array(version::ARRAY_INIT_RELEASES_IN_PLACE) else {
        drop(a0);
        drop(a1);
        return None;
    };
    target.fill_pair(a0.into_zval(), a1.into_zval());
    Some(Return::Bool(true))
}

/// socket_close(Socket $socket): void
pub fn socket_close(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 1, 1)?;
    let sock = a.object::<Socket>(1)?;
    sock.fd()?;
    if sock.zstream.is_undef() {
        sock.close_fd();
    } else {
        // The stream owns the descriptor: close it (keeping the resource,
        // which scripts may still hold) and let go of it.
        if let Some(stream) = sock.stream_for_close() {
            stream.close_keep_resource();
        }
        sock.zstream.clear();
        sock.fd.set(-1);
    }
    Some(Return::Null)
}
