//! System calls, one small safe function each. Failures come back as the
//! raw `errno`, which is what PHP scripts see through socket_last_error().
//! Every `unsafe` block that talks to the C library lives here.

use std::ffi::{CStr, c_char, c_int, c_void};
use std::mem::MaybeUninit;

pub type RawFd = c_int;
pub type Errno = c_int;

/// The calling thread's `errno`.
#[inline(always)]
pub fn errno() -> Errno {
    // SAFETY: __errno_location returns this thread's errno slot.
    unsafe { *libc::__errno_location() }
}

#[inline(always)]
fn check(ret: isize) -> Result<usize, Errno> {
    if ret < 0 {
        Err(errno())
    } else {
        Ok(ret as usize)
    }
}

/// [socketpair(2)](https://man7.org/linux/man-pages/man2/socketpair.2.html)
pub fn socketpair(domain: c_int, ty: c_int, protocol: c_int) -> Result<[RawFd; 2], Errno> {
    let mut fds = [-1 as RawFd; 2];
    // SAFETY: `fds` has room for the two descriptors the kernel writes.
    let r = unsafe { libc::socketpair(domain, ty, protocol, fds.as_mut_ptr()) };
    if r != 0 { Err(errno()) } else { Ok(fds) }
}

/// [write(2)](https://man7.org/linux/man-pages/man2/write.2.html)
#[inline(always)]
pub fn write(fd: RawFd, buf: &[u8]) -> Result<usize, Errno> {
    // SAFETY: the kernel reads at most buf.len() bytes from buf.
    check(unsafe { libc::write(fd, buf.as_ptr().cast::<c_void>(), buf.len()) })
}

/// [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html) into memory
/// that need not be initialised: the kernel writes what it returns.
#[inline(always)]
pub fn recv(fd: RawFd, buf: &mut [MaybeUninit<u8>], flags: c_int) -> Result<usize, Errno> {
    // SAFETY: the kernel writes at most buf.len() bytes into buf.
    check(unsafe { libc::recv(fd, buf.as_mut_ptr().cast::<c_void>(), buf.len(), flags) })
}

/// [close(2)](https://man7.org/linux/man-pages/man2/close.2.html); like the C
/// extension, errors are ignored (the descriptor is gone either way on Linux).
pub fn close(fd: RawFd) {
    // SAFETY: closing a descriptor we own; the caller forgets it afterwards.
    unsafe { libc::close(fd) };
}

/// `getsockopt(fd, level, name)` for an int-valued option.
pub fn getsockopt_int(fd: RawFd, level: c_int, name: c_int) -> Result<c_int, Errno> {
    let mut val: c_int = 0;
    let mut len = size_of::<c_int>() as libc::socklen_t;
    // SAFETY: `val` and `len` describe a writable int-sized buffer.
    let r = unsafe { libc::getsockopt(fd, level, name, (&raw mut val).cast::<c_void>(), &mut len) };
    if r != 0 { Err(errno()) } else { Ok(val) }
}

unsafe extern "C" {
    fn hstrerror(err: c_int) -> *const c_char;
}

/// The C library's text for `errno` value `e` (what strerror() says), or
/// for a resolver error (hstrerror), handed to `f`. strerror_r() into a
/// buffer of ours: strerror() itself may format unknown codes into one
/// static buffer (glibc before 2.32, musl), which threads of a
/// thread-safe PHP would share.
pub fn with_strerror<R>(e: c_int, host: bool, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 256];
    let bytes = if host {
        // SAFETY: hstrerror() returns a static NUL-terminated string (or
        // null), never written afterwards.
        unsafe {
            let p = hstrerror(e);
            if p.is_null() {
                &[][..]
            } else {
                CStr::from_ptr(p).to_bytes()
            }
        }
    } else {
        // SAFETY: the XSI strerror_r (the libc crate's binding on glibc and
        // musl) writes at most `buf.len()` bytes, NUL-terminated, into our
        // zeroed buffer. Its result is not looked at: for a code it does
        // not know it reports EINVAL and still writes strerror()'s text
        // ("Unknown error N").
        unsafe { libc::strerror_r(e, buf.as_mut_ptr().cast(), buf.len()) };
        let end = buf.iter().position(|&b| b == 0).unwrap_or(0);
        buf.get(..end).unwrap_or_default()
    };
    f(bytes)
}

/// [recv(2)](https://man7.org/linux/man-pages/man2/recv.2.html), returning
/// the part of `buf` the kernel filled.
#[inline(always)]
pub fn recv_init(fd: RawFd, buf: &mut [MaybeUninit<u8>], flags: c_int) -> Result<&mut [u8], Errno> {
    let n = recv(fd, buf, flags)?.min(buf.len());
    // SAFETY: the kernel initialised the first n bytes of buf.
    Ok(unsafe { std::slice::from_raw_parts_mut(buf.as_mut_ptr().cast::<u8>(), n) })
}

/// A socket address as the kernel takes and gives it (`sockaddr_storage`
/// and its length), with the conversions the extension needs.
#[derive(Clone)]
pub struct SockAddr {
    storage: libc::sockaddr_storage,
    len: libc::socklen_t,
}

const SUN_PATH_OFFSET: usize = std::mem::offset_of!(libc::sockaddr_un, sun_path);
/// `sizeof(((struct sockaddr_un *)0)->sun_path)`.
pub const SUN_PATH_LEN: usize = 108;

impl SockAddr {
    fn zeroed() -> SockAddr {
        // SAFETY: sockaddr_storage is plain old data; all zeroes is valid.
        let storage = unsafe { std::mem::zeroed::<libc::sockaddr_storage>() };
        SockAddr {
            storage,
            len: size_of::<libc::sockaddr_storage>() as libc::socklen_t,
        }
    }

    /// An empty address of `family` whose length is that family's struct,
    /// for calls that fill it in (recvfrom, accept).
    pub fn empty(family: c_int) -> SockAddr {
        let mut a = SockAddr::unfilled(family);
        a.storage.ss_family = family as libc::sa_family_t;
        a
    }

    /// Room for an address of `family`, all zeroes (family 0 included), as
    /// the C extension's `ecalloc` for recvmsg's name: a peer without an
    /// address (an unnamed socket, a TCP connection) leaves it so.
    pub fn unfilled(family: c_int) -> SockAddr {
        let mut a = SockAddr::zeroed();
        a.len = match family {
            libc::AF_INET => size_of::<libc::sockaddr_in>(),
            libc::AF_INET6 => size_of::<libc::sockaddr_in6>(),
            libc::AF_UNIX => size_of::<libc::sockaddr_un>(),
            _ => size_of::<libc::sockaddr_storage>(),
        } as libc::socklen_t;
        a
    }

    fn as_ptr(&self) -> *const libc::sockaddr {
        (&raw const self.storage).cast()
    }

    fn as_mut_ptr(&mut self) -> *mut libc::sockaddr {
        (&raw mut self.storage).cast()
    }

    pub fn v4(ip: [u8; 4], port: u16) -> SockAddr {
        let mut a = SockAddr::zeroed();
        let sin = libc::sockaddr_in {
            sin_family: libc::AF_INET as libc::sa_family_t,
            sin_port: port.to_be(),
            sin_addr: libc::in_addr {
                s_addr: u32::from_ne_bytes(ip),
            },
            sin_zero: [0; 8],
        };
        // SAFETY: sockaddr_storage is large and aligned enough for any sockaddr.
        unsafe { std::ptr::write(a.as_mut_ptr().cast::<libc::sockaddr_in>(), sin) };
        a.len = size_of::<libc::sockaddr_in>() as libc::socklen_t;
        a
    }

    pub fn v6(ip: [u8; 16], port: u16, scope_id: u32) -> SockAddr {
        let mut a = SockAddr::zeroed();
        let sin6 = libc::sockaddr_in6 {
            sin6_family: libc::AF_INET6 as libc::sa_family_t,
            sin6_port: port.to_be(),
            sin6_flowinfo: 0,
            sin6_addr: libc::in6_addr { s6_addr: ip },
            sin6_scope_id: scope_id,
        };
        // SAFETY: as for v4.
        unsafe { std::ptr::write(a.as_mut_ptr().cast::<libc::sockaddr_in6>(), sin6) };
        a.len = size_of::<libc::sockaddr_in6>() as libc::socklen_t;
        a
    }

    /// An AF_UNIX address of `path` (at most SUN_PATH_LEN bytes, NUL bytes
    /// included for abstract names); its length counts exactly those bytes.
    pub fn unix(path: &[u8]) -> SockAddr {
        let mut a = SockAddr::zeroed();
        a.storage.ss_family = libc::AF_UNIX as libc::sa_family_t;
        let n = path.len().min(SUN_PATH_LEN);
        // SAFETY: sun_path starts SUN_PATH_OFFSET bytes in and has room for
        // SUN_PATH_LEN bytes inside the storage.
        unsafe {
            std::ptr::copy_nonoverlapping(
                path.as_ptr(),
                a.as_mut_ptr().cast::<u8>().add(SUN_PATH_OFFSET),
                n,
            )
        };
        a.len = (SUN_PATH_OFFSET + n) as libc::socklen_t;
        a
    }

    pub fn family(&self) -> c_int {
        self.storage.ss_family.into()
    }

    /// An AF_PACKET address (`sockaddr_ll`) naming only an interface index.
    pub fn packet(ifindex: c_int) -> SockAddr {
        let mut a = SockAddr::zeroed();
        a.storage.ss_family = libc::AF_PACKET as libc::sa_family_t;
        // SAFETY: the storage is larger than a sockaddr_ll.
        unsafe { (*a.as_mut_ptr().cast::<libc::sockaddr_ll>()).sll_ifindex = ifindex };
        a.len = size_of::<libc::sockaddr_ll>() as libc::socklen_t;
        a
    }

    /// For AF_PACKET: the interface index.
    pub fn packet_ifindex(&self) -> c_int {
        // SAFETY: the storage holds at least a sockaddr_ll's bytes.
        unsafe { (*self.as_ptr().cast::<libc::sockaddr_ll>()).sll_ifindex }
    }

    /// For AF_INET: the address bytes and the port.
    pub fn v4_parts(&self) -> ([u8; 4], u16) {
        // SAFETY: the storage holds at least a sockaddr_in's bytes.
        let sin = unsafe { std::ptr::read(self.as_ptr().cast::<libc::sockaddr_in>()) };
        (
            sin.sin_addr.s_addr.to_ne_bytes(),
            u16::from_be(sin.sin_port),
        )
    }

    /// For AF_INET6: the address bytes and the port.
    pub fn v6_parts(&self) -> ([u8; 16], u16) {
        // SAFETY: the storage holds at least a sockaddr_in6's bytes.
        let sin6 = unsafe { std::ptr::read(self.as_ptr().cast::<libc::sockaddr_in6>()) };
        (sin6.sin6_addr.s6_addr, u16::from_be(sin6.sin6_port))
    }

    /// An AF_INET6 address with flow information and scope.
    pub fn v6_full(ip: [u8; 16], port: u16, flowinfo: u32, scope_id: u32) -> SockAddr {
        let mut a = SockAddr::v6(ip, port, scope_id);
        // SAFETY: the storage holds a sockaddr_in6 written by v6().
        unsafe { (*a.as_mut_ptr().cast::<libc::sockaddr_in6>()).sin6_flowinfo = flowinfo.to_be() };
        a
    }

    /// For AF_INET6: flow information and scope id.
    pub fn v6_flow_scope(&self) -> (u32, u32) {
        // SAFETY: the storage holds at least a sockaddr_in6's bytes.
        let sin6 = unsafe { std::ptr::read(self.as_ptr().cast::<libc::sockaddr_in6>()) };
        (u32::from_be(sin6.sin6_flowinfo), sin6.sin6_scope_id)
    }

    /// For AF_UNIX: `sun_path` read as a C string (an abstract name, which
    /// starts with NUL, reads as empty, as in the C extension).
    pub fn unix_path(&self) -> &[u8] {
        // SAFETY: the storage is 128 bytes; sun_path starts inside it and
        // everything after it up to the end of the storage is readable.
        let tail = unsafe {
            std::slice::from_raw_parts(
                self.as_ptr().cast::<u8>().add(SUN_PATH_OFFSET),
                size_of::<libc::sockaddr_storage>() - SUN_PATH_OFFSET,
            )
        };
        let end = tail.iter().position(|&b| b == 0).unwrap_or(tail.len());
        tail.get(..end).unwrap_or_default()
    }
}

/// [socket(2)](https://man7.org/linux/man-pages/man2/socket.2.html)
pub fn socket(domain: c_int, ty: c_int, protocol: c_int) -> Result<RawFd, Errno> {
    // SAFETY: plain system call.
    let fd = unsafe { libc::socket(domain, ty, protocol) };
    if fd < 0 { Err(errno()) } else { Ok(fd) }
}

fn check_zero(r: c_int) -> Result<(), Errno> {
    if r != 0 { Err(errno()) } else { Ok(()) }
}

/// [bind(2)](https://man7.org/linux/man-pages/man2/bind.2.html)
pub fn bind(fd: RawFd, addr: &SockAddr) -> Result<(), Errno> {
    // SAFETY: `addr` is a valid address of `addr.len` bytes.
    check_zero(unsafe { libc::bind(fd, addr.as_ptr(), addr.len) })
}

/// [connect(2)](https://man7.org/linux/man-pages/man2/connect.2.html)
pub fn connect(fd: RawFd, addr: &SockAddr) -> Result<(), Errno> {
    // SAFETY: as for bind.
    check_zero(unsafe { libc::connect(fd, addr.as_ptr(), addr.len) })
}

/// [listen(2)](https://man7.org/linux/man-pages/man2/listen.2.html)
pub fn listen(fd: RawFd, backlog: c_int) -> Result<(), Errno> {
    // SAFETY: plain system call.
    check_zero(unsafe { libc::listen(fd, backlog) })
}

/// SO_ATTACH_REUSEPORT_CBPF with the classic BPF program that returns the
/// ancillary value `k` (SKF_AD_CPU, SKF_AD_QUEUE): `ld [SKF_AD_OFF + k];
/// ret a`, as the C extension builds it.
pub fn attach_reuseport_cbpf(fd: RawFd, level: c_int, k: u32) -> Result<(), Errno> {
    const BPF_LD_W_ABS: u16 = 0x20;
    const BPF_RET_A: u16 = 0x16;
    const SKF_AD_OFF: i32 = -0x1000;
    let filter = [
        libc::sock_filter {
            code: BPF_LD_W_ABS,
            jt: 0,
            jf: 0,
            k: SKF_AD_OFF.wrapping_add(k as i32) as u32,
        },
        libc::sock_filter {
            code: BPF_RET_A,
            jt: 0,
            jf: 0,
            k: 0,
        },
    ];
    // struct sock_fprog as bytes: `len`, six bytes of padding (which go to
    // the kernel too, so they must be initialised), the filter's address.
    const _: () = assert!(std::mem::offset_of!(libc::sock_fprog, filter) == 8);
    let mut prog = [0u8; size_of::<libc::sock_fprog>()];
    for (d, s) in prog.iter_mut().zip((filter.len() as u16).to_ne_bytes()) {
        *d = s;
    }
    let addr = (filter.as_ptr() as usize).to_ne_bytes();
    for (d, s) in prog.iter_mut().skip(8).zip(addr) {
        *d = s;
    }
    // SAFETY: `prog` and the filter it points to outlive the call; the
    // kernel copies the program.
    check_zero(unsafe {
        libc::setsockopt(
            fd,
            level,
            libc::SO_ATTACH_REUSEPORT_CBPF,
            prog.as_ptr().cast(),
            size_of::<libc::sock_fprog>() as libc::socklen_t,
        )
    })
}

/// [accept4(2)](https://man7.org/linux/man-pages/man2/accept.2.html): the new
/// descriptor and the peer's address (flags 0: accept(2)).
pub fn accept(fd: RawFd, flags: c_int) -> Result<(RawFd, SockAddr), Errno> {
    let mut addr = SockAddr::zeroed();
    // SAFETY: `addr` has room for `addr.len` bytes, which the kernel updates.
    let r = unsafe { libc::accept4(fd, addr.as_mut_ptr(), &mut addr.len, flags) };
    if r < 0 { Err(errno()) } else { Ok((r, addr)) }
}

/// [getsockname(2)](https://man7.org/linux/man-pages/man2/getsockname.2.html)
pub fn getsockname(fd: RawFd) -> Result<SockAddr, Errno> {
    let mut addr = SockAddr::zeroed();
    // SAFETY: as for accept.
    check_zero(unsafe { libc::getsockname(fd, addr.as_mut_ptr(), &mut addr.len) })?;
    Ok(addr)
}

/// [getpeername(2)](https://man7.org/linux/man-pages/man2/getpeername.2.html)
pub fn getpeername(fd: RawFd) -> Result<SockAddr, Errno> {
    let mut addr = SockAddr::zeroed();
    // SAFETY: as for accept.
    check_zero(unsafe { libc::getpeername(fd, addr.as_mut_ptr(), &mut addr.len) })?;
    Ok(addr)
}

/// [shutdown(2)](https://man7.org/linux/man-pages/man2/shutdown.2.html)
pub fn shutdown(fd: RawFd, how: c_int) -> Result<(), Errno> {
    // SAFETY: plain system call.
    check_zero(unsafe { libc::shutdown(fd, how) })
}

/// [send(2)](https://man7.org/linux/man-pages/man2/send.2.html)
#[inline(always)]
pub fn send(fd: RawFd, buf: &[u8], flags: c_int) -> Result<usize, Errno> {
    // SAFETY: the kernel reads at most buf.len() bytes from buf.
    check(unsafe { libc::send(fd, buf.as_ptr().cast::<c_void>(), buf.len(), flags) })
}

/// [sendto(2)](https://man7.org/linux/man-pages/man2/sendto.2.html)
pub fn sendto(fd: RawFd, buf: &[u8], flags: c_int, addr: &SockAddr) -> Result<usize, Errno> {
    // SAFETY: as for send; `addr` is valid for `addr.len` bytes.
    check(unsafe {
        libc::sendto(
            fd,
            buf.as_ptr().cast::<c_void>(),
            buf.len(),
            flags,
            addr.as_ptr(),
            addr.len,
        )
    })
}

/// [recvfrom(2)](https://man7.org/linux/man-pages/man2/recvfrom.2.html) with
/// `addr` prepared by `SockAddr::empty` and filled in by the kernel.
pub fn recvfrom(
    fd: RawFd,
    buf: &mut [MaybeUninit<u8>],
    flags: c_int,
    addr: &mut SockAddr,
) -> Result<usize, Errno> {
    // SAFETY: the kernel writes at most buf.len() bytes into buf and at most
    // addr.len bytes into addr.
    check(unsafe {
        libc::recvfrom(
            fd,
            buf.as_mut_ptr().cast::<c_void>(),
            buf.len(),
            flags,
            addr.as_mut_ptr(),
            &mut addr.len,
        )
    })
}

/// `fcntl(F_GETFL)` and `fcntl(F_SETFL)` with O_NONBLOCK set or cleared, as
/// PHP's php_set_sock_blocking() does.
pub fn set_nonblocking(fd: RawFd, nonblocking: bool) -> Result<(), Errno> {
    // SAFETY: plain fcntl calls on a descriptor.
    unsafe {
        let mut flags = libc::fcntl(fd, libc::F_GETFL);
        if nonblocking {
            flags |= libc::O_NONBLOCK;
        } else {
            flags &= !libc::O_NONBLOCK;
        }
        check_zero(if libc::fcntl(fd, libc::F_SETFL, flags) == -1 {
            -1
        } else {
            0
        })
    }
}

/// `fcntl(F_GETFL) & O_NONBLOCK`.
pub fn is_nonblocking(fd: RawFd) -> Result<bool, Errno> {
    // SAFETY: plain fcntl call.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        Err(errno())
    } else {
        Ok(flags & libc::O_NONBLOCK != 0)
    }
}

/// [setsockopt(2)](https://man7.org/linux/man-pages/man2/setsockopt.2.html)
/// with the option's bytes.
pub fn setsockopt(fd: RawFd, level: c_int, name: c_int, val: &[u8]) -> Result<(), Errno> {
    // SAFETY: the kernel reads val.len() bytes.
    check_zero(unsafe {
        libc::setsockopt(
            fd,
            level,
            name,
            val.as_ptr().cast::<c_void>(),
            val.len() as libc::socklen_t,
        )
    })
}

/// [getsockopt(2)](https://man7.org/linux/man-pages/man2/getsockopt.2.html)
/// into `buf`; returns the length the kernel reports.
pub fn getsockopt(fd: RawFd, level: c_int, name: c_int, buf: &mut [u8]) -> Result<usize, Errno> {
    let mut len = buf.len() as libc::socklen_t;
    // SAFETY: the kernel writes at most `len` bytes into buf.
    check_zero(unsafe {
        libc::getsockopt(fd, level, name, buf.as_mut_ptr().cast::<c_void>(), &mut len)
    })?;
    Ok(len as usize)
}

/// Pollfds for one ppoll() call, made for a count known in advance: up to
/// `POLL_INLINE` on the stack, left unwritten until pushed (a call on a few
/// sockets neither allocates nor fills storage it does not use); more, in a
/// `Vec` of that size.
pub struct PollFds {
    inline: [MaybeUninit<libc::pollfd>; POLL_INLINE],
    len: usize,
    heap: Vec<libc::pollfd>,
}

const POLL_INLINE: usize = 32;

impl PollFds {
    /// Room for `n` pollfds; pushes past that are dropped.
    #[inline(always)]
    pub fn with_capacity(n: usize) -> PollFds {
        let mut heap = Vec::new();
        if n > POLL_INLINE {
            let unused = libc::pollfd {
                fd: -1,
                events: 0,
                revents: 0,
            };
            heap.resize(n, unused);
        }
        PollFds {
            inline: [const { MaybeUninit::uninit() }; POLL_INLINE],
            len: 0,
            heap,
        }
    }

    #[inline(always)]
    pub fn push(&mut self, pfd: libc::pollfd) {
        let stored = if self.heap.is_empty() {
            self.inline.get_mut(self.len).map(|slot| {
                slot.write(pfd);
            })
        } else {
            self.heap.get_mut(self.len).map(|slot| *slot = pfd)
        };
        if stored.is_some() {
            self.len += 1;
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The pollfds pushed.
    #[inline(always)]
    pub fn as_mut_slice(&mut self) -> &mut [libc::pollfd] {
        if !self.heap.is_empty() {
            return self.heap.get_mut(..self.len).unwrap_or_default();
        }
        let init = self.inline.get_mut(..self.len).unwrap_or_default();
        // SAFETY: while the pollfds are inline, the first `len` were written
        // by `push`; MaybeUninit<pollfd> has pollfd's layout.
        unsafe { &mut *(init as *mut [MaybeUninit<libc::pollfd>] as *mut [libc::pollfd]) }
    }
}

/// [ppoll(2)](https://man7.org/linux/man-pages/man2/ppoll.2.html); `timeout`
/// is (seconds, nanoseconds), None to wait indefinitely.
pub fn ppoll(fds: &mut [libc::pollfd], timeout: Option<(i64, i64)>) -> Result<usize, Errno> {
    let ts = timeout.map(|(sec, nsec)| libc::timespec {
        tv_sec: sec,
        tv_nsec: nsec,
    });
    let tsp = ts
        .as_ref()
        .map_or(std::ptr::null(), |t| t as *const libc::timespec);
    // SAFETY: `fds` is a valid array of pollfd of the given length; `tsp` is
    // null or points to a timespec that outlives the call.
    let r = unsafe {
        libc::ppoll(
            fds.as_mut_ptr(),
            fds.len() as libc::nfds_t,
            tsp,
            std::ptr::null(),
        )
    };
    if r < 0 { Err(errno()) } else { Ok(r as usize) }
}

/// `inet_pton(AF_INET, ...)`: a strict dotted quad.
pub fn inet_pton4(s: &CStr) -> Option<[u8; 4]> {
    let mut a = [0u8; 4];
    // SAFETY: `s` is NUL-terminated; `a` has room for an in_addr.
    let ok = unsafe { inet_pton_c(libc::AF_INET, s.as_ptr(), a.as_mut_ptr().cast::<c_void>()) };
    (ok == 1).then_some(a)
}

/// `inet_pton(AF_INET6, ...)`.
pub fn inet_pton6(s: &CStr) -> Option<[u8; 16]> {
    let mut a = [0u8; 16];
    // SAFETY: `s` is NUL-terminated; `a` has room for an in6_addr.
    let ok = unsafe { inet_pton_c(libc::AF_INET6, s.as_ptr(), a.as_mut_ptr().cast::<c_void>()) };
    (ok == 1).then_some(a)
}

/// `inet_ntop()` of an IPv4 or IPv6 address.
pub fn inet_ntop(family: c_int, addr: &[u8]) -> Option<String> {
    let mut buf = [0 as c_char; 64];
    // SAFETY: `addr` holds the bytes of an in_addr/in6_addr (checked by
    // length); `buf` is larger than INET6_ADDRSTRLEN.
    unsafe {
        let want = if family == libc::AF_INET6 { 16 } else { 4 };
        if addr.len() < want {
            return None;
        }
        let p = inet_ntop_c(
            family,
            addr.as_ptr().cast::<c_void>(),
            buf.as_mut_ptr(),
            buf.len() as libc::socklen_t,
        );
        if p.is_null() {
            return None;
        }
        Some(CStr::from_ptr(buf.as_ptr()).to_string_lossy().into_owned())
    }
}

unsafe extern "C" {
    fn gethostbyname_r(
        name: *const c_char,
        ret: *mut libc::hostent,
        buf: *mut c_char,
        buflen: usize,
        result: *mut *mut libc::hostent,
        h_errnop: *mut c_int,
    ) -> c_int;
    #[link_name = "inet_pton"]
    fn inet_pton_c(af: c_int, src: *const c_char, dst: *mut c_void) -> c_int;
    #[link_name = "inet_ntop"]
    fn inet_ntop_c(
        af: c_int,
        src: *const c_void,
        dst: *mut c_char,
        size: libc::socklen_t,
    ) -> *const c_char;
    fn __h_errno_location() -> *mut c_int;
}

/// The calling thread's `h_errno` (the resolver's last error).
pub fn h_errno() -> c_int {
    // SAFETY: returns this thread's h_errno slot.
    unsafe { *__h_errno_location() }
}

/// A host's family and first address, looked up as PHP's
/// php_network_gethostbyname() does: with gethostbyname_r(), whose own
/// error code stays local, so a failure reports whatever the resolver left
/// in the global h_errno (as the C extension reports it).
pub fn host_by_name(name: &CStr) -> Result<(c_int, Vec<u8>), c_int> {
    let mut buf = vec![0u8; 8192];
    loop {
        // SAFETY: `buf` is writable for its length; `host` and `result`
        // are written by the call; the address copied out lives in `buf`.
        unsafe {
            let mut host: libc::hostent = std::mem::zeroed();
            let mut result: *mut libc::hostent = std::ptr::null_mut();
            let mut herr: c_int = 0;
            let rc = gethostbyname_r(
                name.as_ptr(),
                &mut host,
                buf.as_mut_ptr().cast::<c_char>(),
                buf.len(),
                &mut result,
                &mut herr,
            );
            if rc == libc::ERANGE && buf.len() < (1 << 20) {
                let len = buf.len() * 2;
                buf.resize(len, 0);
                continue;
            }
            if result.is_null() {
                return Err(h_errno());
            }
            let len = usize::try_from(host.h_length).unwrap_or(0);
            let list = host.h_addr_list;
            let first = if list.is_null() {
                std::ptr::null_mut()
            } else {
                *list
            };
            let bytes = if first.is_null() {
                Vec::new()
            } else {
                std::slice::from_raw_parts(first.cast::<u8>(), len).to_vec()
            };
            return Ok((host.h_addrtype, bytes));
        }
    }
}

/// `getaddrinfo(name, NULL, {AF_INET6, AI_V4MAPPED|AI_ADDRCONFIG})`: the
/// first result's family, address length and IPv6 address, or h_errno.
pub fn host_by_name6(name: &CStr) -> Result<(c_int, usize, [u8; 16]), c_int> {
    // SAFETY: hints is zeroed then filled; the result list is read and
    // freed here.
    unsafe {
        let mut hints: libc::addrinfo = std::mem::zeroed();
        hints.ai_family = libc::AF_INET6;
        hints.ai_flags = libc::AI_V4MAPPED | libc::AI_ADDRCONFIG;
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        libc::getaddrinfo(name.as_ptr(), std::ptr::null(), &hints, &mut res);
        if res.is_null() {
            return Err(h_errno());
        }
        let family = (*res).ai_family;
        let len = (*res).ai_addrlen as usize;
        let mut ip = [0u8; 16];
        if family == libc::AF_INET6
            && len == size_of::<libc::sockaddr_in6>()
            && !(*res).ai_addr.is_null()
        {
            ip = (*(*res).ai_addr.cast::<libc::sockaddr_in6>())
                .sin6_addr
                .s6_addr;
        }
        libc::freeaddrinfo(res);
        Ok((family, len, ip))
    }
}

/// `if_nametoindex()`; 0 when there is no such interface.
pub fn if_nametoindex(name: &CStr) -> u32 {
    // SAFETY: `name` is NUL-terminated.
    unsafe { libc::if_nametoindex(name.as_ptr()) }
}

/// [if_indextoname(3)](https://man7.org/linux/man-pages/man3/if_indextoname.3.html)
pub fn if_indextoname(index: c_int) -> Result<Vec<u8>, Errno> {
    let mut buf = [0 as c_char; libc::IF_NAMESIZE];
    // SAFETY: the buffer has IF_NAMESIZE bytes, as the call requires.
    let p = unsafe { libc::if_indextoname(index as libc::c_uint, buf.as_mut_ptr()) };
    if p.is_null() {
        return Err(errno());
    }
    // SAFETY: on success the buffer holds a NUL-terminated name.
    Ok(unsafe { CStr::from_ptr(buf.as_ptr()) }.to_bytes().to_vec())
}

/// socket_bind() on an AF_PACKET socket, as the C extension does it: the
/// socket's own address read back with room for 8 bytes only (family,
/// protocol and interface index; the rest stays zero), its interface index
/// replaced, bound again. Err(None): the address could not be read.
pub fn packet_bind(fd: RawFd, ifindex: c_int) -> Result<(), Option<Errno>> {
    let mut a = SockAddr::zeroed();
    let mut len: libc::socklen_t = 8;
    // SAFETY: the kernel writes at most `len` bytes into the storage.
    if unsafe { libc::getsockname(fd, a.as_mut_ptr(), &mut len) } < 0 {
        return Err(None);
    }
    // SAFETY: the storage is larger than a sockaddr_ll.
    unsafe { (*a.as_mut_ptr().cast::<libc::sockaddr_ll>()).sll_ifindex = ifindex };
    a.len = size_of::<libc::sockaddr_ll>() as libc::socklen_t;
    bind(fd, &a).map_err(Some)
}

/// One result of getaddrinfo(), copied out of the C list.
pub struct AddrInfo {
    pub flags: c_int,
    pub family: c_int,
    pub socktype: c_int,
    pub protocol: c_int,
    pub addr: SockAddr,
    pub canonname: Option<Vec<u8>>,
}

/// [getaddrinfo(3)](https://man7.org/linux/man-pages/man3/getaddrinfo.3.html)
/// with hints (flags, family, socktype, protocol); Err is its return code.
pub fn getaddrinfo(
    host: &CStr,
    service: Option<&CStr>,
    hints: (c_int, c_int, c_int, c_int),
) -> Result<Vec<AddrInfo>, c_int> {
    // SAFETY: hints is zeroed then filled; the result list is walked, copied
    // and freed here; ai_addr points to ai_addrlen bytes.
    unsafe {
        let mut h: libc::addrinfo = std::mem::zeroed();
        (h.ai_flags, h.ai_family, h.ai_socktype, h.ai_protocol) = hints;
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        let svc = service.map_or(std::ptr::null(), CStr::as_ptr);
        let rc = libc::getaddrinfo(host.as_ptr(), svc, &h, &mut res);
        if rc != 0 {
            return Err(rc);
        }
        let mut out = Vec::new();
        let mut rp = res;
        while !rp.is_null() {
            let ai = &*rp;
            let mut addr = SockAddr::zeroed();
            let len = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
            if !ai.ai_addr.is_null() {
                std::ptr::copy_nonoverlapping(
                    ai.ai_addr.cast::<u8>(),
                    addr.as_mut_ptr().cast::<u8>(),
                    len,
                );
            }
            addr.len = len as libc::socklen_t;
            let canonname = (!ai.ai_canonname.is_null())
                .then(|| CStr::from_ptr(ai.ai_canonname).to_bytes().to_vec());
            out.push(AddrInfo {
                flags: ai.ai_flags,
                family: ai.ai_family,
                socktype: ai.ai_socktype,
                protocol: ai.ai_protocol,
                addr,
                canonname,
            });
            rp = ai.ai_next;
        }
        libc::freeaddrinfo(res);
        Ok(out)
    }
}

/// [sockatmark(3)](https://man7.org/linux/man-pages/man3/sockatmark.3.html),
/// as glibc implements it (`ioctl(SIOCATMARK)`), but with the answer
/// initialised: glibc hands the kernel an uninitialised int, which valgrind
/// reports (it treats the argument as read).
pub fn sockatmark(fd: RawFd) -> Result<bool, Errno> {
    /// <asm-generic/sockios.h> (the libc crate does not define it).
    const SIOCATMARK: libc::Ioctl = 0x8905;
    let mut answer: c_int = 0;
    // SAFETY: SIOCATMARK writes one int through the pointer, which is valid.
    let r = unsafe { libc::ioctl(fd, SIOCATMARK, &mut answer as *mut c_int) };
    if r < 0 { Err(errno()) } else { Ok(answer > 0) }
}

/// A received message (recvmsg): what the kernel filled in.
pub struct Received<'b, 'c> {
    /// recvmsg's return: the message's length (beyond `data` with MSG_TRUNC).
    pub len: usize,
    pub flags: c_int,
    /// The part of the data buffer the kernel filled.
    pub data: &'b [u8],
    /// The part of the control buffer the kernel filled.
    pub control: &'c [u8],
}

/// [sendmsg(2)](https://man7.org/linux/man-pages/man2/sendmsg.2.html) of the
/// given pieces, with an optional address and control bytes.
pub fn sendmsg<'b>(
    fd: RawFd,
    name: Option<&SockAddr>,
    iov: impl ExactSizeIterator<Item = &'b [u8]>,
    control: &[u8],
    flags: c_int,
) -> Result<usize, Errno> {
    let mut inline = [libc::iovec {
        iov_base: std::ptr::null_mut(),
        iov_len: 0,
    }; 8];
    let mut heap = Vec::new();
    let vecs: &mut [libc::iovec] = if iov.len() <= inline.len() {
        inline.get_mut(..iov.len()).unwrap_or_default()
    } else {
        heap.resize(
            iov.len(),
            libc::iovec {
                iov_base: std::ptr::null_mut(),
                iov_len: 0,
            },
        );
        &mut heap
    };
    for (v, b) in vecs.iter_mut().zip(iov) {
        *v = libc::iovec {
            iov_base: b.as_ptr() as *mut c_void,
            iov_len: b.len(),
        };
    }
    // SAFETY: zeroed msghdr (plain data) filled with pointers to buffers
    // that outlive the call; the kernel only reads them.
    unsafe {
        let mut msg: libc::msghdr = std::mem::zeroed();
        if let Some(a) = name {
            msg.msg_name = a.as_ptr() as *mut c_void;
            msg.msg_namelen = a.len;
        }
        msg.msg_iov = vecs.as_mut_ptr();
        msg.msg_iovlen = vecs.len();
        if !control.is_empty() {
            msg.msg_control = control.as_ptr() as *mut c_void;
            msg.msg_controllen = control.len();
        }
        check(libc::sendmsg(fd, &msg, flags))
    }
}

/// [recvmsg(2)](https://man7.org/linux/man-pages/man2/recvmsg.2.html) into
/// one buffer, with an optional address and a control buffer.
pub fn recvmsg<'b, 'c>(
    fd: RawFd,
    name: Option<&mut SockAddr>,
    buf: &'b mut [MaybeUninit<u8>],
    control: &'c mut [MaybeUninit<u8>],
    flags: c_int,
) -> Result<Received<'b, 'c>, Errno> {
    let mut iov = libc::iovec {
        iov_base: buf.as_mut_ptr().cast(),
        iov_len: buf.len(),
    };
    // SAFETY: zeroed msghdr filled with pointers to writable buffers of the
    // given lengths, which outlive the call; afterwards the kernel has
    // initialised the first `n` bytes of `buf` (fewer than `n` fit with
    // MSG_TRUNC) and the first `msg_controllen` bytes of `control`.
    unsafe {
        let mut msg: libc::msghdr = std::mem::zeroed();
        if let Some(a) = name {
            msg.msg_name = a.as_mut_ptr().cast();
            msg.msg_namelen = a.len;
        }
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = control.len();
        let n = check(libc::recvmsg(fd, &mut msg, flags))?;
        let data_len = n.min(buf.len());
        let control_len = msg.msg_controllen.min(control.len());
        Ok(Received {
            len: n,
            flags: msg.msg_flags,
            data: std::slice::from_raw_parts(buf.as_ptr().cast::<u8>(), data_len),
            control: std::slice::from_raw_parts(control.as_ptr().cast::<u8>(), control_len),
        })
    }
}

/// `fstat()` says the descriptor is a socket; Err is errno.
pub fn is_socket(fd: RawFd) -> Result<bool, Errno> {
    // SAFETY: `st` is a plain struct the kernel fills.
    unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        if libc::fstat(fd, &mut st) != 0 {
            return Err(errno());
        }
        Ok(st.st_mode & libc::S_IFMT == libc::S_IFSOCK)
    }
}

impl SockAddr {
    /// The raw bytes of the address (for messages' name conversions).
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: the storage is plain data of its full size.
        unsafe {
            std::slice::from_raw_parts(
                self.as_ptr().cast::<u8>(),
                size_of::<libc::sockaddr_storage>(),
            )
        }
    }

    /// An address built from raw bytes (at most sockaddr_storage's size).
    pub fn from_bytes(b: &[u8], len: usize) -> SockAddr {
        let mut a = SockAddr::zeroed();
        // SAFETY: copying at most the storage's size into it.
        unsafe {
            let n = b.len().min(size_of::<libc::sockaddr_storage>());
            std::ptr::copy_nonoverlapping(b.as_ptr(), a.as_mut_ptr().cast::<u8>(), n);
        }
        a.len = len.min(size_of::<libc::sockaddr_storage>()) as libc::socklen_t;
        a
    }
}

/// `struct ifreq` (net/if.h): the interface name, then a 24-byte union.
#[repr(C, align(8))]
struct IfReq([u8; 40]);

fn ioctl_ifreq(fd: RawFd, request: libc::c_ulong, req: &mut IfReq) -> Result<(), Errno> {
    // SAFETY: `req` is a full-size struct ifreq the kernel reads and writes.
    let r = unsafe { libc::ioctl(fd, request, req.0.as_mut_ptr()) };
    if r == -1 { Err(errno()) } else { Ok(()) }
}

/// php_if_index_to_addr4(): the IPv4 address of interface `index`
/// (SIOCGIFNAME, then SIOCGIFADDR on `fd`).
pub fn if_index_to_addr4(fd: RawFd, index: u32) -> Result<[u8; 4], Errno> {
    let mut req = IfReq([0; 40]);
    for (d, s) in req.0.iter_mut().skip(16).zip(index.to_ne_bytes()) {
        *d = s;
    }
    ioctl_ifreq(fd, libc::SIOCGIFNAME, &mut req)?;
    ioctl_ifreq(fd, libc::SIOCGIFADDR, &mut req)?;
    let mut ip = [0u8; 4];
    ip.copy_from_slice(req.0.get(20..24).unwrap_or(&[0; 4]));
    Ok(ip)
}

/// php_add4_to_if_index(): the index of the interface that has IPv4
/// address `ip`; None when no interface has it.
pub fn if_index_of_addr4(ip: [u8; 4]) -> Result<Option<u32>, Errno> {
    // SAFETY: getifaddrs() hands out a list that is walked, read and freed
    // here; every pointer in it is checked for null first.
    unsafe {
        let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
        if libc::getifaddrs(&mut list) != 0 {
            return Err(errno());
        }
        let mut found = None;
        let mut cur = list;
        while !cur.is_null() {
            let ifa = &*cur;
            if !ifa.ifa_addr.is_null() && i32::from((*ifa.ifa_addr).sa_family) == libc::AF_INET {
                let sin = &*ifa.ifa_addr.cast::<libc::sockaddr_in>();
                if sin.sin_addr.s_addr.to_ne_bytes() == ip && !ifa.ifa_name.is_null() {
                    found = Some(libc::if_nametoindex(ifa.ifa_name));
                    break;
                }
            }
            cur = ifa.ifa_next;
        }
        libc::freeifaddrs(list);
        Ok(found)
    }
}
