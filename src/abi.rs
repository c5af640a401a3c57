//! The C layouts rust_sockets writes and reads as bytes, in one place: the
//! control messages of socket_sendmsg()/socket_recvmsg() (`cmsghdr`,
//! `ucred`, `in6_pktinfo`), the option values that are structs (`timeval`,
//! `linger`, `group_req`, `group_source_req`), `ifreq`, `sock_fprog`,
//! `SIOCATMARK`, and the `php_socket` part of a Socket object, which other
//! extensions read through php_sockets.h.
//!
//! Each comes from libc's definitions for the target the .so is built for
//! (PHP's own headers, through the generated bindings, for `php_socket`),
//! and every offset and size that the byte code elsewhere relies on is
//! checked against them here, at compile time. x86_64 and aarch64 Linux
//! (both LP64, both with the kernel's generic socket headers) agree on all
//! of them, so both builds run the same code; on a target where one differs
//! the build stops here rather than the extension misbehaving. A C `char`
//! is signed on x86_64 and unsigned on aarch64 (Debian compiles PHP with
//! -fsigned-char on both): nothing here or elsewhere reads a `char` as a
//! number; names, paths and addresses are bytes.
//!
//! The tests that pin these against each architecture's own sockets.so:
//! php-tests/abi_layouts.phpt (socket_cmsg_space() of every control
//! message; SCM_RIGHTS, SCM_CREDENTIALS, IPV6_PKTINFO, IPV6_HOPLIMIT and
//! IPV6_TCLASS round trips; SO_RCVTIMEO, SO_LINGER, SO_PEERCRED), the
//! multicast and option tests, and `tests` below; on arm64 under
//! `scripts/test --arch arm64`, against arm64's sockets.so.

use std::ffi::c_int;
use std::mem::offset_of;

use crate::socket::Socket;
use crate::zend::ffi::{zend_object, zval};

/// Copies `src` into `dst` at `at` (nothing when it does not fit).
fn put(dst: &mut [u8], at: usize, src: &[u8]) {
    if let Some(d) = dst.get_mut(at..at + src.len()) {
        d.copy_from_slice(src);
    }
}

/// The `N` bytes of `b` at `at` (zeroes past its end).
fn take<const N: usize>(b: &[u8], at: usize) -> [u8; N] {
    let mut out = [0u8; N];
    if let Some(s) = b.get(at..at + N) {
        out.copy_from_slice(s);
    }
    out
}

// ---- Control messages (<sys/socket.h>: struct cmsghdr, CMSG_*) -----------

/// CMSG_ALIGN's unit: control messages and their data are padded to it.
pub const CMSG_ALIGN_TO: usize = size_of::<libc::size_t>();

/// CMSG_ALIGN(len).
pub const fn cmsg_align(len: usize) -> usize {
    (len + CMSG_ALIGN_TO - 1) & !(CMSG_ALIGN_TO - 1)
}

/// Where a control message's data starts: CMSG_ALIGN(sizeof(struct cmsghdr)).
pub const CMSG_HDR: usize = cmsg_align(size_of::<libc::cmsghdr>());

/// CMSG_SPACE(len): a control message with `len` bytes of data, padded.
pub const fn cmsg_space(len: usize) -> usize {
    CMSG_HDR + cmsg_align(len)
}

/// CMSG_LEN(len): a control message's `cmsg_len` for `len` bytes of data.
pub const fn cmsg_len(len: usize) -> usize {
    CMSG_HDR + len
}

// libc's own CMSG_LEN and CMSG_SPACE agree: checked in crate::sys (calling
// them takes `unsafe`, which lives there).
// The header is a whole number of units (socket_cmsg_space() adds it
// before aligning).
const _: () = assert!(CMSG_HDR % CMSG_ALIGN_TO == 0);
// cmsg_len is a size_t, written and read as a usize.
const _: () = assert!(size_of::<libc::size_t>() == size_of::<usize>());

/// A control message's header as the kernel reads it: `cmsg_len`,
/// `cmsg_level` and `cmsg_type` at their offsets in the target's struct
/// cmsghdr, padding zero.
pub fn cmsg_header(len: usize, level: c_int, ty: c_int) -> [u8; CMSG_HDR] {
    let mut h = [0u8; CMSG_HDR];
    put(
        &mut h,
        offset_of!(libc::cmsghdr, cmsg_len),
        &len.to_ne_bytes(),
    );
    put(
        &mut h,
        offset_of!(libc::cmsghdr, cmsg_level),
        &level.to_ne_bytes(),
    );
    put(
        &mut h,
        offset_of!(libc::cmsghdr, cmsg_type),
        &ty.to_ne_bytes(),
    );
    h
}

/// `cmsg_len`, `cmsg_level` and `cmsg_type` of the header at the start of
/// `b`; None when `b` is shorter than a header.
pub fn read_cmsg_header(b: &[u8]) -> Option<(usize, c_int, c_int)> {
    if b.len() < CMSG_HDR {
        return None;
    }
    Some((
        usize::from_ne_bytes(take(b, offset_of!(libc::cmsghdr, cmsg_len))),
        c_int::from_ne_bytes(take(b, offset_of!(libc::cmsghdr, cmsg_level))),
        c_int::from_ne_bytes(take(b, offset_of!(libc::cmsghdr, cmsg_type))),
    ))
}

/// The data of SCM_RIGHTS: descriptors, one C int each.
pub const FD_LEN: usize = size_of::<c_int>();
/// The data of IPV6_HOPLIMIT and IPV6_TCLASS: a C int.
pub const INT_LEN: usize = size_of::<c_int>();

/// The data of SCM_CREDENTIALS: struct ucred (pid, uid, gid).
pub const UCRED_LEN: usize = size_of::<libc::ucred>();
pub const UCRED_PID: usize = offset_of!(libc::ucred, pid);
pub const UCRED_UID: usize = offset_of!(libc::ucred, uid);
pub const UCRED_GID: usize = offset_of!(libc::ucred, gid);
// pid_t is read and written as an i32, uid_t and gid_t as u32s.
const _: () = assert!(size_of::<libc::pid_t>() == 4);
const _: () = assert!(size_of::<libc::uid_t>() == 4 && size_of::<libc::gid_t>() == 4);

/// The data of IPV6_PKTINFO: struct in6_pktinfo (address, interface index).
pub const IN6_PKTINFO_LEN: usize = size_of::<libc::in6_pktinfo>();
pub const IN6_PKTINFO_ADDR: usize = offset_of!(libc::in6_pktinfo, ipi6_addr);
pub const IN6_PKTINFO_IFINDEX: usize = offset_of!(libc::in6_pktinfo, ipi6_ifindex);
const _: () = assert!(size_of::<libc::in6_addr>() == 16);

/// struct ucred's bytes.
pub fn ucred_bytes(pid: i32, uid: u32, gid: u32) -> [u8; UCRED_LEN] {
    let mut b = [0u8; UCRED_LEN];
    put(&mut b, UCRED_PID, &pid.to_ne_bytes());
    put(&mut b, UCRED_UID, &uid.to_ne_bytes());
    put(&mut b, UCRED_GID, &gid.to_ne_bytes());
    b
}

/// pid, uid and gid of a struct ucred.
pub fn read_ucred(b: &[u8]) -> (i32, u32, u32) {
    (
        i32::from_ne_bytes(take(b, UCRED_PID)),
        u32::from_ne_bytes(take(b, UCRED_UID)),
        u32::from_ne_bytes(take(b, UCRED_GID)),
    )
}

/// struct in6_pktinfo's bytes.
pub fn in6_pktinfo_bytes(addr: [u8; 16], ifindex: u32) -> [u8; IN6_PKTINFO_LEN] {
    let mut b = [0u8; IN6_PKTINFO_LEN];
    put(&mut b, IN6_PKTINFO_ADDR, &addr);
    put(&mut b, IN6_PKTINFO_IFINDEX, &ifindex.to_ne_bytes());
    b
}

/// The address and interface index of a struct in6_pktinfo.
pub fn read_in6_pktinfo(b: &[u8]) -> ([u8; 16], u32) {
    (
        take(b, IN6_PKTINFO_ADDR),
        u32::from_ne_bytes(take(b, IN6_PKTINFO_IFINDEX)),
    )
}

// ---- Option values ----------------------------------------------------------

/// SO_RCVTIMEO / SO_SNDTIMEO: struct timeval (tv_sec, tv_usec).
pub const TIMEVAL_LEN: usize = size_of::<libc::timeval>();
// Both are longs the C extension fills from PHP ints: 64-bit here.
const _: () = assert!(size_of::<libc::time_t>() == 8 && size_of::<libc::suseconds_t>() == 8);

pub fn timeval_bytes(sec: i64, usec: i64) -> [u8; TIMEVAL_LEN] {
    let mut b = [0u8; TIMEVAL_LEN];
    put(
        &mut b,
        offset_of!(libc::timeval, tv_sec),
        &sec.to_ne_bytes(),
    );
    put(
        &mut b,
        offset_of!(libc::timeval, tv_usec),
        &usec.to_ne_bytes(),
    );
    b
}

/// tv_sec and tv_usec of a struct timeval.
pub fn read_timeval(b: &[u8]) -> (i64, i64) {
    (
        i64::from_ne_bytes(take(b, offset_of!(libc::timeval, tv_sec))),
        i64::from_ne_bytes(take(b, offset_of!(libc::timeval, tv_usec))),
    )
}

/// SO_LINGER: struct linger (l_onoff, l_linger), C ints.
pub const LINGER_LEN: usize = size_of::<libc::linger>();

pub fn linger_bytes(onoff: c_int, linger: c_int) -> [u8; LINGER_LEN] {
    let mut b = [0u8; LINGER_LEN];
    put(
        &mut b,
        offset_of!(libc::linger, l_onoff),
        &onoff.to_ne_bytes(),
    );
    put(
        &mut b,
        offset_of!(libc::linger, l_linger),
        &linger.to_ne_bytes(),
    );
    b
}

/// l_onoff and l_linger of a struct linger.
pub fn read_linger(b: &[u8]) -> (c_int, c_int) {
    (
        c_int::from_ne_bytes(take(b, offset_of!(libc::linger, l_onoff))),
        c_int::from_ne_bytes(take(b, offset_of!(libc::linger, l_linger))),
    )
}

/// MCAST_JOIN_GROUP and friends: struct group_req (interface, group) or
/// struct group_source_req (interface, group, source), the addresses each
/// in a sockaddr_storage.
pub fn group_request(index: u32, group: &[u8], source: Option<&[u8]>) -> Vec<u8> {
    let mut b = match source {
        None => vec![0u8; size_of::<libc::group_req>()],
        Some(_) => vec![0u8; size_of::<libc::group_source_req>()],
    };
    // group_req and group_source_req start alike (checked below).
    put(
        &mut b,
        offset_of!(libc::group_req, gr_interface),
        &index.to_ne_bytes(),
    );
    let storage = size_of::<libc::sockaddr_storage>();
    put(
        &mut b,
        offset_of!(libc::group_req, gr_group),
        group.get(..storage).unwrap_or(group),
    );
    if let Some(s) = source {
        put(
            &mut b,
            offset_of!(libc::group_source_req, gsr_source),
            s.get(..storage).unwrap_or(s),
        );
    }
    b
}
const _: () = assert!(
    offset_of!(libc::group_req, gr_interface) == offset_of!(libc::group_source_req, gsr_interface)
        && offset_of!(libc::group_req, gr_group) == offset_of!(libc::group_source_req, gsr_group)
);

// ---- ioctl and setsockopt structs -------------------------------------------

/// struct ifreq (<net/if.h>): the interface's name, then a union holding
/// here an interface index (SIOCGIFNAME) or an address (SIOCGIFADDR).
pub const IFREQ_LEN: usize = size_of::<libc::ifreq>();
/// ifr_ifindex, the union's int.
pub const IFREQ_IFINDEX: usize = offset_of!(libc::ifreq, ifr_ifru);
/// The IPv4 address in ifr_addr (a sockaddr_in: after family and port).
pub const IFREQ_ADDR4: usize =
    offset_of!(libc::ifreq, ifr_ifru) + offset_of!(libc::sockaddr_in, sin_addr);
/// Its alignment (a union of pointers and addresses).
pub const IFREQ_ALIGN: usize = align_of::<libc::ifreq>();

/// struct sock_fprog (SO_ATTACH_REUSEPORT_CBPF): the filter's length (an
/// unsigned short), padding, the filter's address.
pub const SOCK_FPROG_LEN: usize = size_of::<libc::sock_fprog>();

pub fn sock_fprog_bytes(len: u16, filter: *const libc::sock_filter) -> [u8; SOCK_FPROG_LEN] {
    let mut b = [0u8; SOCK_FPROG_LEN];
    put(
        &mut b,
        offset_of!(libc::sock_fprog, len),
        &len.to_ne_bytes(),
    );
    put(
        &mut b,
        offset_of!(libc::sock_fprog, filter),
        &(filter as usize).to_ne_bytes(),
    );
    b
}

/// SIOCATMARK (<asm/sockios.h>): the kernel's generic value, which x86_64
/// and aarch64 use (alpha, mips, parisc, sh and sparc have their own; the
/// libc crate does not define it).
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
pub const SIOCATMARK: libc::Ioctl = 0x8905;
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
compile_error!(
    "rust_sockets is built and tested for x86_64 and aarch64 Linux: check every layout in \
     src/abi.rs for this architecture (SIOCATMARK first) and add it there"
);

// ---- php_socket (ext/sockets/php_sockets.h) ---------------------------------

/// php_sockets.h's struct, its field types from the PHP headers in use.
/// Other extensions reach a Socket's fields from its zend_object
/// (socket_from_obj(): the object's address minus the offset of `std`), so
/// a Socket object holds these at the same distances before its zend_object.
#[repr(C)]
struct PhpSocket {
    bsd_socket: c_int,
    type_: c_int,
    error: c_int,
    blocking: c_int,
    zstream: zval,
    std: zend_object,
}

const PHP_SOCKET_OFFSETS: [usize; 6] = [
    offset_of!(PhpSocket, bsd_socket),
    offset_of!(PhpSocket, type_),
    offset_of!(PhpSocket, error),
    offset_of!(PhpSocket, blocking),
    offset_of!(PhpSocket, zstream),
    offset_of!(PhpSocket, std),
];

// A Socket object's php_socket fields where php_sockets.h has them.
const _: () = {
    let [a0, a1, a2, a3, a4, a5] = Socket::PHP_SOCKET_OFFSETS;
    let [b0, b1, b2, b3, b4, b5] = PHP_SOCKET_OFFSETS;
    assert!(a0 == b0 && a1 == b1 && a2 == b2 && a3 == b3 && a4 == b4 && a5 == b5);
};

#[cfg(test)]
mod tests {
    use super::*;

    /// What glibc's CMSG_* macros give on x86_64 and aarch64 Linux, and the
    /// C extension's socket_cmsg_space() there (php-tests/abi_layouts.phpt).
    #[test]
    fn control_message_sizes() {
        assert_eq!(CMSG_HDR, 16);
        assert_eq!(cmsg_space(FD_LEN), 24);
        assert_eq!(cmsg_space(UCRED_LEN), 32);
        assert_eq!(cmsg_space(IN6_PKTINFO_LEN), 40);
        assert_eq!(cmsg_len(IN6_PKTINFO_LEN), 36);
    }

    #[test]
    fn headers_round_trip() {
        let h = cmsg_header(cmsg_len(UCRED_LEN), libc::SOL_SOCKET, libc::SCM_CREDENTIALS);
        assert_eq!(
            read_cmsg_header(&h),
            Some((28, libc::SOL_SOCKET, libc::SCM_CREDENTIALS))
        );
        assert_eq!(read_cmsg_header(&h[..CMSG_HDR - 1]), None);
        assert_eq!(read_ucred(&ucred_bytes(-1, 7, u32::MAX)), (-1, 7, u32::MAX));
        let mut ip = [0u8; 16];
        ip[15] = 1;
        assert_eq!(read_in6_pktinfo(&in6_pktinfo_bytes(ip, 3)), (ip, 3));
        assert_eq!(read_timeval(&timeval_bytes(-5, 999_999)), (-5, 999_999));
        assert_eq!(read_linger(&linger_bytes(1, 65535)), (1, 65535));
    }

    /// The layouts as the kernel's and glibc's headers give them for both
    /// x86_64 and aarch64.
    #[test]
    fn struct_layouts() {
        assert_eq!((UCRED_LEN, UCRED_PID, UCRED_UID, UCRED_GID), (12, 0, 4, 8));
        assert_eq!((IN6_PKTINFO_LEN, IN6_PKTINFO_IFINDEX), (20, 16));
        assert_eq!((TIMEVAL_LEN, LINGER_LEN), (16, 8));
        assert_eq!((IFREQ_LEN, IFREQ_IFINDEX, IFREQ_ADDR4), (40, 16, 20));
        assert_eq!(SOCK_FPROG_LEN, 16);
        assert_eq!(group_request(1, &[2; 128], None).len(), 136);
        assert_eq!(group_request(1, &[2; 128], Some(&[3; 128])).len(), 264);
        assert_eq!(PHP_SOCKET_OFFSETS, [0, 4, 8, 12, 16, 32]);
    }
}
