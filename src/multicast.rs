//! Multicast and IPv6 options of socket_get_option() / socket_set_option(),
//! as the C extension's multicast.c and sendrecvmsg.c handle them: group
//! joins and leaves (MCAST_*), the multicast interface, IPV6_PKTINFO.

use std::ffi::{CStr, c_int};

use crate::abi;
use crate::address;
use crate::errors;
use crate::socket::Socket;
use crate::sys::{self, SockAddr};
use crate::version;
use crate::zend::{ArrayRef, OwnedZval, Return, ZArray, Zv, error};

const MCAST_JOIN_GROUP: c_int = 42;
const MCAST_BLOCK_SOURCE: c_int = 43;
const MCAST_UNBLOCK_SOURCE: c_int = 44;
const MCAST_JOIN_SOURCE_GROUP: c_int = 46;
const MCAST_LEAVE_SOURCE_GROUP: c_int = 47;
const IPV6_PKTINFO: c_int = 50;

/// What a multicast option came to: bytes for setsockopt(), a value already
/// reported, or an option the caller handles (as an int).
pub enum Mcast {
    Set(Vec<u8>),
    Done(Option<Return>),
    NotMine,
}

/// php_get_if_index_from_zval(): an index, or an interface name.
fn if_index(v: Zv<'_>) -> Option<u32> {
    if let Some(n) = v.as_long() {
        return match u32::try_from(n) {
            Ok(i) => Some(i),
            Err(_) => {
                error::value_error(&format!("Index must be between 0 and {}", u32::MAX));
                None
            }
        };
    }
    let name = address::c_string(v.to_zstring().as_bytes());
    let index = sys::if_nametoindex(&name);
    if index == 0 {
        error::warning(&format!(
            "No interface with name \"{}\" could be found",
            name.to_string_lossy()
        ));
        return None;
    }
    Some(index)
}

/// php_set_inet46_addr(): an address for the socket's family.
fn inet46(sock: &Socket, text: &[u8]) -> Option<SockAddr> {
    match sock.domain() {
        libc::AF_INET => address::inet_addr(sock, text).map(|ip| SockAddr::v4(ip, 0)),
        libc::AF_INET6 => {
            address::inet6_addr(sock, text).map(|(ip, scope)| SockAddr::v6(ip, 0, scope))
        }
        _ => {
            // A warning until 8.4, a ValueError from 8.5.
            let msg = "IP address used in the context of an unexpected type of socket";
            if version::MCAST_VALUE_TYPED {
                error::value_error(msg);
            } else {
                error::warning(msg);
            }
            None
        }
    }
}

/// php_get_address_from_array().
fn address_key(sock: &Socket, arr: ArrayRef<'_>, key: &CStr) -> Option<SockAddr> {
    let Some(v) = arr.get(key) else {
        error::value_error(&format!(
            "No key \"{}\" passed in optval",
            key.to_string_lossy()
        ));
        return None;
    };
    inet46(sock, v.to_zstring().as_bytes())
}

/// php_do_mcast_opt(): the MCAST_* options, with an array value (from 8.5
/// an array or object only: the TypeError names MCAST_LEAVE_GROUP or
/// MCAST_LEAVE_SOURCE_GROUP whatever the option, as the C extension's does).
fn group_option(sock: &Socket, name: c_int, value: Zv<'_>) -> Mcast {
    if version::MCAST_VALUE_TYPED && !value.is_array_or_object() {
        let option = if matches!(name, MCAST_JOIN_GROUP | libc::MCAST_LEAVE_GROUP) {
            "MCAST_LEAVE_GROUP"
        } else {
            "MCAST_LEAVE_SOURCE_GROUP"
        };
        error::argument_type_error(
            4,
            &format!(
                "must be of type array when argument #3 ($option) is {option}, {} given",
                value.value_name()
            ),
        );
        return Mcast::Done(None);
    }
    // Until 8.4 the C extension converts its own copy of the argument to
    // an array (which traces then show); from 8.5 it reads an array, or an
    // object's property table, as it is.
    let arr = if version::MCAST_VALUE_CONVERTED_IN_PLACE {
        value.convert_to_array_in_place()
    } else {
        value.as_array().or_else(|| value.object_properties())
    };
    let Some(arr) = arr else {
        return Mcast::Done(None);
    };
    let Some(group) = address_key(sock, arr, c"group") else {
        return Mcast::Done(
            if arr.get(c"group").is_some() && !crate::zend::globals::has_exception() {
                Some(Return::Bool(false))
            } else {
                None
            },
        );
    };
    let with_source = matches!(
        name,
        MCAST_BLOCK_SOURCE
            | MCAST_UNBLOCK_SOURCE
            | MCAST_JOIN_SOURCE_GROUP
            | MCAST_LEAVE_SOURCE_GROUP
    );
    let source = if with_source {
        match address_key(sock, arr, c"source") {
            Some(s) => Some(s),
            None => {
                return Mcast::Done(
                    if arr.get(c"source").is_some() && !crate::zend::globals::has_exception() {
                        Some(Return::Bool(false))
                    } else {
                        None
                    },
                );
            }
        }
    } else {
        None
    };
    let index = match arr.get(c"interface") {
        None => 0,
        Some(v) => match if_index(v) {
            Some(i) => i,
            None => {
                return Mcast::Done(if v.as_long().is_some() {
                    None
                } else {
                    Some(Return::Bool(false))
                });
            }
        },
    };
    Mcast::Set(abi::group_request(
        index,
        group.bytes(),
        source.as_ref().map(SockAddr::bytes),
    ))
}

/// php_do_setsockopt_ip_mcast() / _ipv6_mcast() / _ipv6_rfc3542() for the
/// options that are not plain ints.
pub fn set(sock: &Socket, fd: sys::RawFd, level: c_int, name: c_int, value: Zv<'_>) -> Mcast {
    match (level, name) {
        (_, MCAST_JOIN_GROUP..=MCAST_LEAVE_SOURCE_GROUP) => group_option(sock, name, value),
        (libc::IPPROTO_IP, libc::IP_MULTICAST_IF) => {
            let Some(index) = if_index(value) else {
                return Mcast::Done(if value.as_long().is_some() {
                    None
                } else {
                    Some(Return::Bool(false))
                });
            };
            if index == 0 {
                return Mcast::Set(vec![0; 4]);
            }
            match sys::if_index_to_addr4(fd, index) {
                Ok(ip) => Mcast::Set(ip.to_vec()),
                Err(e) => {
                    error::warning(&format!(
                        "Failed obtaining address for interface {index}: error {e}"
                    ));
                    Mcast::Done(Some(Return::Bool(false)))
                }
            }
        }
        (libc::IPPROTO_IPV6, libc::IPV6_MULTICAST_IF) => match if_index(value) {
            Some(index) => Mcast::Set(index.to_ne_bytes().to_vec()),
            None => Mcast::Done(if value.as_long().is_some() {
                None
            } else {
                Some(Return::Bool(false))
            }),
        },
        (libc::IPPROTO_IPV6, IPV6_PKTINFO) => match pktinfo_from(sock, value) {
            Some(b) => Mcast::Set(b),
            None => Mcast::Done(Some(Return::Bool(false))),
        },
        _ => Mcast::NotMine,
    }
}

/// IPV6_PKTINFO's value ['addr' => ..., 'ifindex' => ...] (in6_pktinfo),
/// with conversions.c's messages.
fn pktinfo_from(sock: &Socket, value: Zv<'_>) -> Option<Vec<u8>> {
    let fail = |msg: String| {
        error::warning(&format!("error converting user data (path: {msg}"));
        None
    };
    let Some(arr) = value.as_array() else {
        return fail("in6_pktinfo): expected an array here".to_owned());
    };
    let Some(addr) = arr.get(c"addr") else {
        return fail("in6_pktinfo): The key 'addr' is required".to_owned());
    };
    let text = addr.to_zstring();
    let Some((ip, _)) = address::inet6_addr(sock, text.as_bytes()) else {
        return fail(format!(
            "in6_pktinfo > addr): could not resolve address '{}' to get an AF_INET6 address",
            address::c_string(text.as_bytes()).to_string_lossy()
        ));
    };
    let Some(ifindex) = arr.get(c"ifindex") else {
        return fail("in6_pktinfo): The key 'ifindex' is required".to_owned());
    };
    let index = if let Some(n) = ifindex.as_long() {
        match u32::try_from(n) {
            Ok(i) => i,
            Err(_) => {
                return fail(format!(
                    "in6_pktinfo > ifindex): the interface index cannot be negative or larger than {}; given {n}",
                    u32::MAX
                ));
            }
        }
    } else {
        let name = address::c_string(ifindex.to_zstring().as_bytes());
        match sys::if_nametoindex(&name) {
            0 => {
                return fail(format!(
                    "in6_pktinfo > ifindex): no interface with name \"{}\" could be found",
                    name.to_string_lossy()
                ));
            }
            i => i,
        }
    };
    Some(ip.into_iter().chain(index.to_ne_bytes()).collect())
}

/// socket_get_option() for IP_MULTICAST_IF (an interface index) and
/// IPV6_PKTINFO (an array); None for every other option.
pub fn get(sock: &Socket, fd: sys::RawFd, level: i64, name: i64) -> Option<Option<Return>> {
    if level == i64::from(libc::IPPROTO_IP) && name == i64::from(libc::IP_MULTICAST_IF) {
        let mut buf = [0u8; 4];
        if let Err(e) = sys::getsockopt(fd, libc::IPPROTO_IP, libc::IP_MULTICAST_IF, &mut buf) {
            errors::socket_error(sock, "Unable to retrieve socket option", e);
            return Some(Some(Return::Bool(false)));
        }
        if buf == [0; 4] {
            return Some(Some(Return::Long(0)));
        }
        return Some(Some(match sys::if_index_of_addr4(buf) {
            Ok(Some(i)) => Return::Long(i.into()),
            Ok(None) => {
                let text = sys::inet_ntop(libc::AF_INET, &buf).unwrap_or_default();
                error::warning(&format!(
                    "The interface with IP address {text} was not found"
                ));
                Return::Bool(false)
            }
            Err(e) => {
                error::warning(&format!("Failed obtaining interfaces list: error {e}"));
                Return::Bool(false)
            }
        }));
    }
    if level == i64::from(libc::IPPROTO_IPV6) && name == i64::from(IPV6_PKTINFO) {
        let mut buf = [0u8; 20];
        if let Err(e) = sys::getsockopt(fd, libc::IPPROTO_IPV6, IPV6_PKTINFO, &mut buf) {
            errors::socket_error(sock, "unable to get socket option", e);
            return Some(Some(Return::Bool(false)));
        }
        let mut arr = ZArray::new(2);
        let text =
            sys::inet_ntop(libc::AF_INET6, buf.get(..16).unwrap_or_default()).unwrap_or_default();
        arr.set(c"addr", OwnedZval::bytes(text.as_bytes()));
        let mut idx = [0u8; 4];
        idx.copy_from_slice(buf.get(16..20).unwrap_or(&[0; 4]));
        arr.set_long(c"ifindex", u32::from_ne_bytes(idx).into());
        return Some(Some(Return::Zval(arr.into_zval())));
    }
    None
}
