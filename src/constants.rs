//! Every constant the C extension defines on Linux in any supported PHP
//! version, in PHP 8.6's order, with its value on Linux x86-64 and the
//! version whose sockets.so first defines it. Each version's own constants
//! keep its order (every version's list is 8.6's without the later ones,
//! checked against each sockets.so with `php --re sockets`); `php --re`
//! and get_defined_constants() list them in that order. Constants of later
//! versions are registered after them, so a version's own list is unchanged.
//! `tests` below checks values against libc.

use std::ffi::CStr;

use crate::version::{self, Php};

/// Where a constant comes from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Origin {
    /// The C extension of this PHP version and later.
    Php(Php),
    /// rust_sockets only (no sockets.so defines it).
    Ours,
}

pub struct Constant {
    pub name: &'static CStr,
    pub value: i64,
    pub origin: Origin,
}

impl Constant {
    /// Whether the C extension of the PHP built for defines it.
    pub fn is_native(&self) -> bool {
        matches!(self.origin, Origin::Php(v) if v <= version::PHP)
    }

    /// Whether we define it although that C extension does not: a later
    /// version's constant whose feature works here, or one of ours.
    /// AF_PACKET and its ETH_P_* protocols stay with the versions that
    /// take AF_PACKET sockets, SO_ATTACH_REUSEPORT_CBPF with those that
    /// handle its value (8.3).
    pub fn is_addition(&self) -> bool {
        if self.is_native() {
            return false;
        }
        let name = self.name.to_bytes();
        if name == b"AF_PACKET" || name.starts_with(b"ETH_P_") {
            return version::AF_PACKET_SOCKETS;
        }
        if name == b"SO_ATTACH_REUSEPORT_CBPF" {
            return version::REUSEPORT_CBPF_HANDLED;
        }
        true
    }
}

/// One table row: `c!(NAME, value, P84)` for a constant of PHP 8.4's C
/// extension and later, `c!(NAME, value, OURS)` for one of ours.
macro_rules! c {
    ($name:ident, $value:expr, $origin:ident) => {
        Constant {
            name: match CStr::from_bytes_with_nul(concat!(stringify!($name), "\0").as_bytes()) {
                Ok(s) => s,
                Err(_) => c"",
            },
            value: $value,
            origin: origin!($origin),
        }
    };
}

macro_rules! origin {
    (P82) => {
        Origin::Php(Php::V82)
    };
    (P83) => {
        Origin::Php(Php::V83)
    };
    (P84) => {
        Origin::Php(Php::V84)
    };
    (P85) => {
        Origin::Php(Php::V85)
    };
    (P86) => {
        Origin::Php(Php::V86)
    };
    (OURS) => {
        Origin::Ours
    };
}

pub static CONSTANTS: &[Constant] = &[
    c!(AF_UNIX, 1, P82),
    c!(AF_INET, 2, P82),
    c!(AF_INET6, 10, P82),
    c!(AF_UNSPEC, 0, P86),
    c!(AF_PACKET, 17, P85),
    c!(SOCK_STREAM, 1, P82),
    c!(SOCK_DGRAM, 2, P82),
    c!(SOCK_RAW, 3, P82),
    c!(SOCK_SEQPACKET, 5, P82),
    c!(SOCK_RDM, 4, P82),
    c!(SOCK_DCCP, 6, P84),
    c!(SOCK_CLOEXEC, 524288, P84),
    c!(SOCK_NONBLOCK, 2048, P84),
    c!(MSG_OOB, 1, P82),
    c!(MSG_WAITALL, 256, P82),
    c!(MSG_CTRUNC, 8, P82),
    c!(MSG_TRUNC, 32, P82),
    c!(MSG_PEEK, 2, P82),
    c!(MSG_DONTROUTE, 4, P82),
    c!(MSG_EOR, 128, P82),
    c!(MSG_EOF, 512, P82),
    c!(MSG_CONFIRM, 2048, P82),
    c!(MSG_ERRQUEUE, 8192, P82),
    c!(MSG_NOSIGNAL, 16384, P82),
    c!(MSG_DONTWAIT, 64, P82),
    c!(MSG_MORE, 32768, P82),
    c!(MSG_WAITFORONE, 65536, P82),
    c!(MSG_CMSG_CLOEXEC, 1073741824, P82),
    c!(MSG_ZEROCOPY, 67108864, P82),
    c!(SO_DEBUG, 1, P82),
    c!(SO_REUSEADDR, 2, P82),
    c!(SO_REUSEPORT, 15, P82),
    c!(SO_KEEPALIVE, 9, P82),
    c!(SO_DONTROUTE, 5, P82),
    c!(SO_LINGER, 13, P82),
    c!(SO_BROADCAST, 6, P82),
    c!(SO_OOBINLINE, 10, P82),
    c!(SO_SNDBUF, 7, P82),
    c!(SO_RCVBUF, 8, P82),
    c!(SO_SNDLOWAT, 19, P82),
    c!(SO_RCVLOWAT, 18, P82),
    c!(SO_SNDTIMEO, 21, P82),
    c!(SO_RCVTIMEO, 20, P82),
    c!(SO_TYPE, 3, P82),
    c!(SO_ERROR, 4, P82),
    c!(SO_BINDTODEVICE, 25, P82),
    c!(SO_BINDTOIFINDEX, 62, P84),
    c!(SOL_SOCKET, 1, P82),
    c!(SOMAXCONN, 4096, P82),
    c!(SO_MARK, 36, P82),
    c!(SO_INCOMING_CPU, 49, P82),
    c!(SO_MEMINFO, 55, P82),
    c!(SO_BPF_EXTENSIONS, 48, P82),
    c!(SO_BUSY_POLL, 46, P85),
    c!(SKF_AD_OFF, -4096, P82),
    c!(SKF_AD_PROTOCOL, 0, P82),
    c!(SKF_AD_PKTTYPE, 4, P82),
    c!(SKF_AD_IFINDEX, 8, P82),
    c!(SKF_AD_NLATTR, 12, P82),
    c!(SKF_AD_NLATTR_NEST, 16, P82),
    c!(SKF_AD_MARK, 20, P82),
    c!(SKF_AD_QUEUE, 24, P82),
    c!(SKF_AD_HATYPE, 28, P82),
    c!(SKF_AD_RXHASH, 32, P82),
    c!(SKF_AD_CPU, 36, P82),
    c!(SKF_AD_ALU_XOR_X, 40, P82),
    c!(SKF_AD_VLAN_TAG, 44, P82),
    c!(SKF_AD_VLAN_TAG_PRESENT, 48, P82),
    c!(SKF_AD_PAY_OFFSET, 52, P82),
    c!(SKF_AD_RANDOM, 56, P82),
    c!(SKF_AD_VLAN_TPID, 60, P82),
    c!(SKF_AD_MAX, 64, P82),
    c!(TCP_CONGESTION, 13, P82),
    c!(TCP_SYNCNT, 7, P84),
    c!(TCP_USER_TIMEOUT, 18, P86),
    c!(SO_ZEROCOPY, 60, P82),
    c!(TCP_NODELAY, 1, P82),
    c!(TCP_NOTSENT_LOWAT, 25, P82),
    c!(TCP_DEFER_ACCEPT, 9, P82),
    c!(TCP_KEEPIDLE, 4, P82),
    c!(TCP_KEEPINTVL, 5, P82),
    c!(TCP_KEEPCNT, 6, P82),
    c!(PHP_NORMAL_READ, 1, P82),
    c!(PHP_BINARY_READ, 2, P82),
    c!(MCAST_JOIN_GROUP, 42, P82),
    c!(MCAST_LEAVE_GROUP, 45, P82),
    c!(MCAST_BLOCK_SOURCE, 43, P82),
    c!(MCAST_UNBLOCK_SOURCE, 44, P82),
    c!(MCAST_JOIN_SOURCE_GROUP, 46, P82),
    c!(MCAST_LEAVE_SOURCE_GROUP, 47, P82),
    c!(IP_MULTICAST_IF, 32, P82),
    c!(IP_MULTICAST_TTL, 33, P82),
    c!(IP_MULTICAST_LOOP, 34, P82),
    c!(IP_BIND_ADDRESS_NO_PORT, 24, P83),
    c!(IPV6_MULTICAST_IF, 17, P82),
    c!(IPV6_MULTICAST_HOPS, 18, P82),
    c!(IPV6_MULTICAST_LOOP, 19, P82),
    c!(IPV6_V6ONLY, 26, P82),
    c!(SOCKET_EPERM, 1, P82),
    c!(SOCKET_ENOENT, 2, P82),
    c!(SOCKET_EINTR, 4, P82),
    c!(SOCKET_EIO, 5, P82),
    c!(SOCKET_ENXIO, 6, P82),
    c!(SOCKET_E2BIG, 7, P82),
    c!(SOCKET_EBADF, 9, P82),
    c!(SOCKET_EAGAIN, 11, P82),
    c!(SOCKET_ENOMEM, 12, P82),
    c!(SOCKET_EACCES, 13, P82),
    c!(SOCKET_EFAULT, 14, P82),
    c!(SOCKET_ENOTBLK, 15, P82),
    c!(SOCKET_EBUSY, 16, P82),
    c!(SOCKET_EEXIST, 17, P82),
    c!(SOCKET_EXDEV, 18, P82),
    c!(SOCKET_ENODEV, 19, P82),
    c!(SOCKET_ENOTDIR, 20, P82),
    c!(SOCKET_EISDIR, 21, P82),
    c!(SOCKET_EINVAL, 22, P82),
    c!(SOCKET_ENFILE, 23, P82),
    c!(SOCKET_EMFILE, 24, P82),
    c!(SOCKET_ENOTTY, 25, P82),
    c!(SOCKET_ENOSPC, 28, P82),
    c!(SOCKET_ESPIPE, 29, P82),
    c!(SOCKET_EROFS, 30, P82),
    c!(SOCKET_EMLINK, 31, P82),
    c!(SOCKET_EPIPE, 32, P82),
    c!(SOCKET_ENAMETOOLONG, 36, P82),
    c!(SOCKET_ENOLCK, 37, P82),
    c!(SOCKET_ENOSYS, 38, P82),
    c!(SOCKET_ENOTEMPTY, 39, P82),
    c!(SOCKET_ELOOP, 40, P82),
    c!(SOCKET_EWOULDBLOCK, 11, P82),
    c!(SOCKET_ENOMSG, 42, P82),
    c!(SOCKET_EIDRM, 43, P82),
    c!(SOCKET_ECHRNG, 44, P82),
    c!(SOCKET_EL2NSYNC, 45, P82),
    c!(SOCKET_EL3HLT, 46, P82),
    c!(SOCKET_EL3RST, 47, P82),
    c!(SOCKET_ELNRNG, 48, P82),
    c!(SOCKET_EUNATCH, 49, P82),
    c!(SOCKET_ENOCSI, 50, P82),
    c!(SOCKET_EL2HLT, 51, P82),
    c!(SOCKET_EBADE, 52, P82),
    c!(SOCKET_EBADR, 53, P82),
    c!(SOCKET_EXFULL, 54, P82),
    c!(SOCKET_ENOANO, 55, P82),
    c!(SOCKET_EBADRQC, 56, P82),
    c!(SOCKET_EBADSLT, 57, P82),
    c!(SOCKET_ENOSTR, 60, P82),
    c!(SOCKET_ENODATA, 61, P82),
    c!(SOCKET_ETIME, 62, P82),
    c!(SOCKET_ENOSR, 63, P82),
    c!(SOCKET_ENONET, 64, P82),
    c!(SOCKET_EREMOTE, 66, P82),
    c!(SOCKET_ENOLINK, 67, P82),
    c!(SOCKET_EADV, 68, P82),
    c!(SOCKET_ESRMNT, 69, P82),
    c!(SOCKET_ECOMM, 70, P82),
    c!(SOCKET_EPROTO, 71, P82),
    c!(SOCKET_EMULTIHOP, 72, P82),
    c!(SOCKET_EBADMSG, 74, P82),
    c!(SOCKET_ENOTUNIQ, 76, P82),
    c!(SOCKET_EBADFD, 77, P82),
    c!(SOCKET_EREMCHG, 78, P82),
    c!(SOCKET_ERESTART, 85, P82),
    c!(SOCKET_ESTRPIPE, 86, P82),
    c!(SOCKET_EUSERS, 87, P82),
    c!(SOCKET_ENOTSOCK, 88, P82),
    c!(SOCKET_EDESTADDRREQ, 89, P82),
    c!(SOCKET_EMSGSIZE, 90, P82),
    c!(SOCKET_EPROTOTYPE, 91, P82),
    c!(SOCKET_ENOPROTOOPT, 92, P82),
    c!(SOCKET_EPROTONOSUPPORT, 93, P82),
    c!(SOCKET_ESOCKTNOSUPPORT, 94, P82),
    c!(SOCKET_EOPNOTSUPP, 95, P82),
    c!(SOCKET_EPFNOSUPPORT, 96, P82),
    c!(SOCKET_EAFNOSUPPORT, 97, P82),
    c!(SOCKET_EADDRINUSE, 98, P82),
    c!(SOCKET_EADDRNOTAVAIL, 99, P82),
    c!(SOCKET_ENETDOWN, 100, P82),
    c!(SOCKET_ENETUNREACH, 101, P82),
    c!(SOCKET_ENETRESET, 102, P82),
    c!(SOCKET_ECONNABORTED, 103, P82),
    c!(SOCKET_ECONNRESET, 104, P82),
    c!(SOCKET_ENOBUFS, 105, P82),
    c!(SOCKET_EISCONN, 106, P82),
    c!(SOCKET_ENOTCONN, 107, P82),
    c!(SOCKET_ESHUTDOWN, 108, P82),
    c!(SOCKET_ETOOMANYREFS, 109, P82),
    c!(SOCKET_ETIMEDOUT, 110, P82),
    c!(SOCKET_ECONNREFUSED, 111, P82),
    c!(SOCKET_EHOSTDOWN, 112, P82),
    c!(SOCKET_EHOSTUNREACH, 113, P82),
    c!(SOCKET_EALREADY, 114, P82),
    c!(SOCKET_EINPROGRESS, 115, P82),
    c!(SOCKET_EISNAM, 120, P82),
    c!(SOCKET_EREMOTEIO, 121, P82),
    c!(SOCKET_EDQUOT, 122, P82),
    c!(SOCKET_ENOMEDIUM, 123, P82),
    c!(SOCKET_EMEDIUMTYPE, 124, P82),
    c!(IPPROTO_IP, 0, P82),
    c!(IPPROTO_IPV6, 41, P82),
    c!(SOL_TCP, 6, P82),
    c!(SOL_UDP, 17, P82),
    c!(SOL_UDPLITE, 136, P83),
    c!(IPPROTO_ICMP, 1, P85),
    c!(IPPROTO_ICMPV6, 58, P85),
    c!(IPV6_UNICAST_HOPS, 16, P82),
    c!(AI_PASSIVE, 1, P82),
    c!(AI_CANONNAME, 2, P82),
    c!(AI_NUMERICHOST, 4, P82),
    c!(AI_V4MAPPED, 8, P82),
    c!(AI_ALL, 16, P82),
    c!(AI_ADDRCONFIG, 32, P82),
    c!(AI_IDN, 64, P82),
    c!(AI_CANONIDN, 128, P82),
    c!(AI_NUMERICSERV, 1024, P82),
    c!(IPV6_RECVPKTINFO, 49, P82),
    c!(IPV6_PKTINFO, 50, P82),
    c!(IPV6_RECVHOPLIMIT, 51, P82),
    c!(IPV6_HOPLIMIT, 52, P82),
    c!(IPV6_RECVTCLASS, 66, P82),
    c!(IPV6_TCLASS, 67, P82),
    c!(SCM_RIGHTS, 1, P82),
    c!(SCM_CREDENTIALS, 2, P82),
    c!(SO_PASSCRED, 16, P82),
    c!(SO_ATTACH_REUSEPORT_CBPF, 51, P83),
    c!(SO_DETACH_REUSEPORT_BPF, 68, P86),
    c!(SO_DETACH_FILTER, 27, P83),
    c!(SO_DETACH_BPF, 27, P83),
    c!(TCP_QUICKACK, 12, P83),
    c!(TCP_REPAIR, 19, P83),
    c!(IP_MTU_DISCOVER, 10, P83),
    c!(IP_PMTUDISC_DO, 2, P83),
    c!(IP_PMTUDISC_DONT, 0, P83),
    c!(IP_PMTUDISC_WANT, 1, P83),
    c!(IP_PMTUDISC_PROBE, 3, P83),
    c!(IP_PMTUDISC_INTERFACE, 4, P83),
    c!(IP_PMTUDISC_OMIT, 5, P83),
    c!(ETH_P_IP, 2048, P85),
    c!(ETH_P_IPV6, 34525, P85),
    c!(ETH_P_LOOP, 96, P85),
    c!(ETH_P_ALL, 3, P85),
    c!(UDP_SEGMENT, 103, P85),
    c!(SHUT_RD, 0, P85),
    c!(SHUT_WR, 1, P85),
    c!(SHUT_RDWR, 2, P85),
    c!(EAI_BADFLAGS, -1, P86),
    c!(EAI_NONAME, -2, P86),
    c!(EAI_AGAIN, -3, P86),
    c!(EAI_FAIL, -4, P86),
    c!(EAI_NODATA, -5, P86),
    c!(EAI_FAMILY, -6, P86),
    c!(EAI_SOCKTYPE, -7, P86),
    c!(EAI_SERVICE, -8, P86),
    c!(EAI_ADDRFAMILY, -9, P86),
    c!(EAI_SYSTEM, -11, P86),
    c!(EAI_OVERFLOW, -12, P86),
    c!(EAI_INPROGRESS, -100, P86),
    c!(EAI_CANCELED, -101, P86),
    c!(EAI_NOTCANCELED, -102, P86),
    c!(EAI_ALLDONE, -103, P86),
    c!(EAI_INTR, -104, P86),
    c!(EAI_IDN_ENCODE, -105, P86),
    c!(SO_PEERCRED, 17, OURS),
];

#[cfg(test)]
mod tests {
    use super::{CONSTANTS, Origin};
    use crate::version::Php;

    fn value(name: &str) -> Option<i64> {
        CONSTANTS
            .iter()
            .find(|c| c.name.to_bytes() == name.as_bytes())
            .map(|c| c.value)
    }

    /// The table's values are libc's where libc names the same constant.
    #[test]
    fn values_match_libc() {
        let libc_values: &[(&str, i64)] = &[
            ("AF_UNIX", libc::AF_UNIX.into()),
            ("AF_INET", libc::AF_INET.into()),
            ("AF_INET6", libc::AF_INET6.into()),
            ("SOCK_STREAM", libc::SOCK_STREAM.into()),
            ("SOCK_DGRAM", libc::SOCK_DGRAM.into()),
            ("SOCK_RAW", libc::SOCK_RAW.into()),
            ("SOCK_SEQPACKET", libc::SOCK_SEQPACKET.into()),
            ("SOCK_RDM", libc::SOCK_RDM.into()),
            ("MSG_OOB", libc::MSG_OOB.into()),
            ("MSG_WAITALL", libc::MSG_WAITALL.into()),
            ("MSG_PEEK", libc::MSG_PEEK.into()),
            ("MSG_DONTWAIT", libc::MSG_DONTWAIT.into()),
            ("MSG_NOSIGNAL", libc::MSG_NOSIGNAL.into()),
            ("SOL_SOCKET", libc::SOL_SOCKET.into()),
            ("SO_REUSEADDR", libc::SO_REUSEADDR.into()),
            ("SO_KEEPALIVE", libc::SO_KEEPALIVE.into()),
            ("SO_RCVTIMEO", libc::SO_RCVTIMEO.into()),
            ("SO_SNDTIMEO", libc::SO_SNDTIMEO.into()),
            ("SO_ERROR", libc::SO_ERROR.into()),
            ("SOL_TCP", libc::SOL_TCP.into()),
            ("SOL_UDP", libc::SOL_UDP.into()),
            ("TCP_NODELAY", libc::TCP_NODELAY.into()),
            ("SCM_RIGHTS", libc::SCM_RIGHTS.into()),
            ("SOCKET_EPERM", libc::EPERM.into()),
            ("SOCKET_EINTR", libc::EINTR.into()),
            ("SOCKET_EAGAIN", libc::EAGAIN.into()),
            ("SOCKET_EWOULDBLOCK", libc::EWOULDBLOCK.into()),
            ("SOCKET_EPIPE", libc::EPIPE.into()),
            ("SOCKET_ECONNRESET", libc::ECONNRESET.into()),
            ("SOCKET_EINPROGRESS", libc::EINPROGRESS.into()),
            ("SOCKET_ECONNREFUSED", libc::ECONNREFUSED.into()),
            ("SOCKET_EADDRINUSE", libc::EADDRINUSE.into()),
            ("SOCKET_ETIMEDOUT", libc::ETIMEDOUT.into()),
        ];
        for (name, want) in libc_values {
            assert_eq!(value(name), Some(*want), "{name}");
        }
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<_> = CONSTANTS.iter().map(|c| c.name.to_bytes()).collect();
        names.sort();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
    }

    /// As many of each version's own as its sockets.so defines (212, 231
    /// for 8.4, 243, 263), which `php --re sockets` counts.
    #[test]
    fn native_counts() {
        let count = |v: Php| {
            CONSTANTS
                .iter()
                .filter(|c| matches!(c.origin, Origin::Php(s) if s <= v))
                .count()
        };
        assert_eq!(count(Php::V82), 212);
        assert_eq!(count(Php::V84), 231);
        assert_eq!(count(Php::V85), 243);
        assert_eq!(count(Php::V86), 263);
    }
}
