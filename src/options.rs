//! socket_get_option() / socket_set_option() (and their aliases
//! socket_getopt() / socket_setopt()): ints for most options, arrays for
//! SO_LINGER, SO_RCVTIMEO/SO_SNDTIMEO, SO_MEMINFO and TCP_CONGESTION,
//! strings for SO_BINDTODEVICE and TCP_CONGESTION.

use std::ffi::{CStr, c_int};

use crate::abi;
use crate::args;
use crate::errors;
use crate::socket::Socket;
use crate::sys;
use crate::version;
use crate::zend::{Frame, OwnedZval, Return, ZArray, Zv, error};

const SO_MEMINFO: c_int = 55;
/// SK_MEMINFO_VARS and the names of its fields, in order (linux/sock_diag.h).
const MEMINFO_KEYS: [&CStr; 9] = [
    c"rmem_alloc",
    c"rcvbuf",
    c"wmem_alloc",
    c"sndbuf",
    c"fwd_alloc",
    c"wmem_queued",
    c"optmem",
    c"backlog",
    c"drops",
];

fn get_failed(sock: &Socket, e: i32) -> Option<Return> {
    errors::socket_error(sock, "Unable to retrieve socket option", e);
    Some(Return::Bool(false))
}

/// socket_get_option(Socket $socket, int $level, int $option): array|int|false
pub fn socket_get_option(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 3, 3)?;
    let sock = a.object::<Socket>(1)?;
    let level = a.long(2)?;
    let name = a.long(3)?;
    let fd = sock.fd()?;
    // The C extension compares the zend_longs and truncates them to C ints
    // only for the system call.
    let (lvl, opt) = (level, name);
    let (level, name) = (level as c_int, name as c_int);

    if let Some(r) = crate::multicast::get(sock, fd, lvl, opt) {
        return r;
    }
    if lvl == i64::from(libc::IPPROTO_TCP) && opt == i64::from(libc::TCP_CONGESTION) {
        let mut buf = [0u8; 16];
        return match sys::getsockopt(fd, level, name, &mut buf) {
            Ok(_) => {
                let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
                let mut arr = ZArray::new(1);
                arr.set(
                    c"name",
                    OwnedZval::bytes(buf.get(..end).unwrap_or_default()),
                );
                Some(Return::Zval(arr.into_zval()))
            }
            Err(e) => get_failed(sock, e),
        };
    }
    if lvl == i64::from(libc::SOL_SOCKET) {
        match i32::try_from(opt).unwrap_or(-1) {
            libc::SO_LINGER => {
                let mut buf = [0u8; abi::LINGER_LEN];
                return match sys::getsockopt(fd, level, name, &mut buf) {
                    Ok(_) => {
                        let (onoff, linger) = abi::read_linger(&buf);
                        let mut arr = ZArray::new(2);
                        arr.set_long(c"l_onoff", onoff.into());
                        arr.set_long(c"l_linger", linger.into());
                        Some(Return::Zval(arr.into_zval()))
                    }
                    Err(e) => get_failed(sock, e),
                };
            }
            libc::SO_RCVTIMEO | libc::SO_SNDTIMEO => {
                let mut buf = [0u8; abi::TIMEVAL_LEN];
                return match sys::getsockopt(fd, level, name, &mut buf) {
                    Ok(_) => {
                        let (sec, usec) = abi::read_timeval(&buf);
                        let mut arr = ZArray::new(2);
                        arr.set_long(c"sec", sec);
                        arr.set_long(c"usec", usec);
                        Some(Return::Zval(arr.into_zval()))
                    }
                    Err(e) => get_failed(sock, e),
                };
            }
            // SO_PEERCRED (a later PHP addition): the peer's credentials.
            libc::SO_PEERCRED => {
                let mut buf = [0u8; abi::UCRED_LEN];
                return match sys::getsockopt(fd, level, name, &mut buf) {
                    Ok(_) => {
                        let (pid, uid, gid) = abi::read_ucred(&buf);
                        let mut arr = ZArray::new(3);
                        arr.set_long(c"pid", pid.into());
                        arr.set_long(c"uid", uid.into());
                        arr.set_long(c"gid", gid.into());
                        Some(Return::Zval(arr.into_zval()))
                    }
                    Err(e) => get_failed(sock, e),
                };
            }
            SO_MEMINFO => {
                let mut buf = [0u8; 4 * MEMINFO_KEYS.len()];
                return match sys::getsockopt(fd, level, name, &mut buf) {
                    Ok(n) if n != buf.len() => {
                        error::warning("Unable to retrieve all socket meminfo data");
                        Some(Return::Bool(false))
                    }
                    Ok(_) => {
                        let mut arr = ZArray::new(9);
                        for (key, chunk) in MEMINFO_KEYS.iter().zip(buf.chunks_exact(4)) {
                            let mut b = [0u8; 4];
                            b.copy_from_slice(chunk);
                            arr.set_long(key, u32::from_ne_bytes(b).into());
                        }
                        Some(Return::Zval(arr.into_zval()))
                    }
                    Err(e) => get_failed(sock, e),
                };
            }
            _ => {}
        }
    }

    let mut buf = [0u8; size_of::<c_int>()];
    match sys::getsockopt(fd, level, name, &mut buf) {
        // A one-byte option (IP_MULTICAST_LOOP, IP_TTL on some systems).
        Ok(1) => Some(Return::Long(buf.first().copied().unwrap_or(0).into())),
        Ok(_) => Some(Return::Long(c_int::from_ne_bytes(buf).into())),
        Err(e) => get_failed(sock, e),
    }
}

/// The value of `key` in an option array, or the C extension's ValueError.
fn required_key<'a>(arr: crate::zend::ArrayRef<'a>, key: &CStr) -> Option<Zv<'a>> {
    let v = arr.get(key);
    if v.is_none() {
        error::argument_value_error_fmt(4, &format!("must have key \"{}\"", key.to_string_lossy()));
    }
    v
}

const UDP_SEGMENT: c_int = 103;

/// The value of a string option (SO_BINDTODEVICE, TCP_CONGESTION): from
/// 8.5 anything but a string is a TypeError; before, it is used as "".
fn string_value<'a>(value: Zv<'a>, option: &str) -> Option<&'a [u8]> {
    match value.as_bytes() {
        Some(b) => Some(b),
        None if version::STRING_OPTIONS_TYPED => {
            error::argument_type_error(
                4,
                &format!(
                    "must be of type string when argument #3 ($option) is {option}, {} given",
                    value.value_name()
                ),
            );
            None
        }
        None => Some(&[]),
    }
}

/// 8.4's TypeError for SO_LINGER / SO_*TIMEO given neither array nor object.
#[cold]
fn array_type_error(value: Zv<'_>, option: &str) {
    error::argument_type_error(
        4,
        &format!(
            "must be of type array when argument #3 ($option) is {option}, {} given",
            value.value_name()
        ),
    );
}

/// 8.4's range check of l_onoff and l_linger (unsigned short). The C
/// extension of 8.4 and 8.5 prints bytes of the value instead of the
/// name "l_linger" (fixed in 8.6): we name the field on every version.
fn linger_field_in_range(key: &CStr, v: i64) -> Option<()> {
    if (0..=65535).contains(&v) {
        return Some(());
    }
    error::argument_value_error_fmt(
        4,
        &format!("\"{}\" must be between 0 and 65535", key.to_string_lossy()),
    );
    None
}

/// SO_ATTACH_REUSEPORT_CBPF (8.3): 0 detaches the reuseport program,
/// SKF_AD_CPU or SKF_AD_QUEUE attach the two-instruction program that
/// returns it, anything else is refused. 8.4 and 8.5 detach with
/// SO_DETACH_BPF, which leaves the reuseport program attached (fixed in
/// 8.6): we use SO_DETACH_REUSEPORT_BPF on every version. 8.6 also wants
/// SOL_SOCKET and an int.
fn reuseport_cbpf(sock: &Socket, fd: sys::RawFd, level: c_int, value: Zv<'_>) -> Option<Return> {
    let v = if version::REUSEPORT_CBPF_STRICT {
        if level != libc::SOL_SOCKET {
            error::warning("Invalid level");
            return Some(Return::Bool(false));
        }
        match value.as_long() {
            Some(v) => v,
            None => {
                error::argument_type_error(
                    4,
                    &format!(
                        "must be of type int when argument #3 ($option) is SO_ATTACH_REUSEPORT_CBPF, {} given",
                        value.value_name()
                    ),
                );
                return None;
            }
        }
    } else {
        int_value(value)
    };
    let r = if v == 0 {
        sys::setsockopt(fd, level, SO_DETACH_REUSEPORT_BPF, &1i32.to_ne_bytes())
    } else {
        let k = v as u32;
        if k != SKF_AD_CPU && k != SKF_AD_QUEUE {
            error::warning("Unsupported CBPF filter");
            return Some(Return::Bool(false));
        }
        sys::attach_reuseport_cbpf(fd, level, k)
    };
    errors::bool_or_error(sock, "Unable to set socket option", r)
}

const SO_DETACH_REUSEPORT_BPF: c_int = 68;
const SKF_AD_CPU: u32 = 36;
const SKF_AD_QUEUE: u32 = 24;

/// An option value as bytes for setsockopt(): built here, or borrowed
/// from a PHP string.
enum OptVal<'a> {
    Built([u8; 16], usize),
    Str(&'a [u8]),
}

impl OptVal<'_> {
    fn int(v: i64) -> Self {
        let mut b = [0u8; 16];
        for (d, s) in b.iter_mut().zip((v as c_int).to_ne_bytes()) {
            *d = s;
        }
        OptVal::Built(b, size_of::<c_int>())
    }

    /// One unsigned char (IP_MULTICAST_LOOP, IP_MULTICAST_TTL).
    fn byte(v: u8) -> Self {
        let mut b = [0u8; 16];
        if let Some(first) = b.first_mut() {
            *first = v;
        }
        OptVal::Built(b, 1)
    }

    /// A struct's bytes (struct linger, struct timeval: crate::abi).
    fn of_struct<const N: usize>(bytes: [u8; N]) -> Self {
        const { assert!(N <= 16) };
        let mut buf = [0u8; 16];
        for (d, s) in buf.iter_mut().zip(bytes) {
            *d = s;
        }
        OptVal::Built(buf, N)
    }

    fn bytes(&self) -> &[u8] {
        match self {
            OptVal::Built(b, n) => b.get(..*n).unwrap_or_default(),
            OptVal::Str(s) => s,
        }
    }
}

/// An integer option's value: until 8.3 the C extension converts its own
/// copy of the argument (convert_to_long), which traces then show.
fn int_value(value: Zv<'_>) -> i64 {
    if version::OPTION_VALUE_CONVERTED_IN_PLACE {
        value.convert_to_long_in_place()
    } else {
        value.to_long()
    }
}

/// IP_MULTICAST_LOOP / IPV6_MULTICAST_LOOP: converted in place to bool
/// until 8.4.
fn loop_flag(value: Zv<'_>) -> bool {
    if version::MCAST_VALUE_CONVERTED_IN_PLACE {
        value.convert_to_bool_in_place()
    } else {
        value.is_true()
    }
}

/// The two fields of SO_LINGER's or SO_*TIMEO's array (or object) value.
///
/// Until 8.3 the C extension converts the argument to an array in place
/// (a scalar becomes `[0 => scalar]`, which has neither key; an object
/// gives its properties), then both fields to int in place: in the
/// caller's array itself there, in the call's own copy here (docs/differences.md),
/// so that traces show what they show with the C extension.
/// From 8.4 it reads an array or an object's property table as they are
/// (anything else a TypeError).
fn option_pair(value: Zv<'_>, k1: &CStr, k2: &CStr, option: &str) -> Option<(i64, i64)> {
    if version::OPTION_VALUE_CONVERTED_IN_PLACE {
        let arr = value.convert_to_array_in_place()?;
        required_key(arr, k1)?;
        required_key(arr, k2)?;
        let mut fields = [0i64; 2];
        for (field, key) in fields.iter_mut().zip([k1, k2]) {
            // Already ints: nothing to convert, nothing to copy.
            let current = value.as_array().and_then(|a| a.get(key));
            if let Some(n) = current.and_then(|v| v.as_long()) {
                *field = n;
                continue;
            }
            // Looked up again: a conversion's warning handler may have
            // changed the array.
            *field = value
                .separate_array()
                .and_then(|a| a.get(key))
                .map_or(0, |v| v.convert_to_long_in_place());
        }
        return Some((fields[0], fields[1]));
    }
    let arr = match (value.as_array(), value.object_properties()) {
        (Some(arr), _) | (None, Some(arr)) => arr,
        (None, None) => {
            array_type_error(value, option);
            return None;
        }
    };
    let first = required_key(arr, k1)?.deref().to_long();
    let second = required_key(arr, k2)?.deref().to_long();
    Some((first, second))
}

/// The value of an IPPROTO_IP / IPPROTO_IPV6 option (multicast.c's
/// php_do_setsockopt_ip(v6)_mcast); None when a ValueError was thrown.
fn ip_level_value<'a>(level: c_int, name: c_int, value: Zv<'a>) -> Option<OptVal<'a>> {
    // TTL and hops are converted in place on every version, the loop flags
    // until 8.4 (see version::MCAST_VALUE_CONVERTED_IN_PLACE).
    let ranged = |min: i64, max: i64, msg: &CStr| {
        let v = value.convert_to_long_in_place();
        if v < min || v > max {
            error::argument_value_error(4, msg);
            return None;
        }
        Some(v)
    };
    Some(match (level, name) {
        (libc::IPPROTO_IP, libc::IP_MULTICAST_LOOP) => OptVal::byte(loop_flag(value).into()),
        (libc::IPPROTO_IP, libc::IP_MULTICAST_TTL) => {
            OptVal::byte(ranged(0, 255, c"must be between 0 and 255")? as u8)
        }
        (libc::IPPROTO_IPV6, libc::IPV6_MULTICAST_LOOP) => OptVal::int(loop_flag(value).into()),
        (libc::IPPROTO_IPV6, libc::IPV6_MULTICAST_HOPS) => {
            OptVal::int(ranged(-1, 255, c"must be between -1 and 255")?)
        }
        _ => OptVal::int(int_value(value)),
    })
}

/// socket_set_option(Socket $socket, int $level, int $option, $value): bool
///
/// Unlike the C extension, which converts the elements of a SO_LINGER or
/// SO_*TIMEO array in place (changing the caller's array), the values are
/// only read.
pub fn socket_set_option(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 4, 4)?;
    let sock = a.object::<Socket>(1)?;
    let level = a.long(2)?;
    let name = a.long(3)?;
    let value = a.zval(4)?;
    let fd = sock.fd()?;
    // Compared as zend_longs, truncated to C ints for the system call.
    let (lvl, opt) = (level, name);
    let (level, name) = (level as c_int, name as c_int);

    // At the IP levels the C extension handles its multicast options and
    // sends every other option straight to the int conversion (its
    // `goto default_case`), whatever the option's number means elsewhere.
    let ip_level = lvl == i64::from(libc::IPPROTO_IP) || lvl == i64::from(libc::IPPROTO_IPV6);
    if ip_level {
        match crate::multicast::set(sock, fd, level, name, value) {
            crate::multicast::Mcast::Done(r) => return r,
            crate::multicast::Mcast::Set(bytes) => {
                return errors::bool_or_error(
                    sock,
                    "Unable to set socket option",
                    sys::setsockopt(fd, level, name, &bytes),
                );
            }
            crate::multicast::Mcast::NotMine => {}
        }
    }
    let tcp_level = lvl == i64::from(libc::IPPROTO_TCP);
    let val = if ip_level {
        // multicast.c's helpers take the option already truncated to int.
        ip_level_value(level, name, value)?
    } else if tcp_level && opt == i64::from(libc::TCP_CONGESTION) {
        OptVal::Str(string_value(value, "TCP_CONGESTION")?)
    } else if version::TCP_USER_TIMEOUT_CHECKED
        && tcp_level
        && opt == i64::from(libc::TCP_USER_TIMEOUT)
    {
        let v = value.to_long();
        if !(0..=i64::from(u32::MAX)).contains(&v) {
            error::argument_value_error(4, c"must be between 0 and 4294967295");
            return None;
        }
        OptVal::int(v)
    } else {
        match i32::try_from(opt).unwrap_or(-1) {
            libc::SO_LINGER | libc::SO_RCVTIMEO | libc::SO_SNDTIMEO => {
                let (k1, k2, option) = match name {
                    libc::SO_LINGER => (c"l_onoff", c"l_linger", "SO_LINGER"),
                    libc::SO_RCVTIMEO => (c"sec", c"usec", "SO_RCVTIMEO"),
                    _ => (c"sec", c"usec", "SO_SNDTIMEO"),
                };
                let (first, second) = option_pair(value, k1, k2, option)?;
                if name == libc::SO_LINGER {
                    if version::OPTION_ARRAYS_TYPED {
                        linger_field_in_range(k1, first)?;
                        linger_field_in_range(k2, second)?;
                    }
                    // struct linger: C ints, each cast to unsigned short first.
                    OptVal::of_struct(abi::linger_bytes(
                        c_int::from(first as u16),
                        c_int::from(second as u16),
                    ))
                } else {
                    OptVal::of_struct(abi::timeval_bytes(first, second))
                }
            }
            libc::SO_BINDTODEVICE => OptVal::Str(string_value(value, "SO_BINDTODEVICE")?),
            UDP_SEGMENT if version::UDP_SEGMENT_CHECKED => {
                let v = value.to_long();
                if !(0..=65535).contains(&v) {
                    error::argument_value_error(4, version::UDP_SEGMENT_MESSAGE);
                    return None;
                }
                OptVal::int(v)
            }
            libc::SO_ATTACH_REUSEPORT_CBPF if version::REUSEPORT_CBPF_HANDLED => {
                return reuseport_cbpf(sock, fd, level, value);
            }
            _ => OptVal::int(int_value(value)),
        }
    };
    errors::bool_or_error(
        sock,
        "Unable to set socket option",
        sys::setsockopt(fd, level, name, val.bytes()),
    )
}
