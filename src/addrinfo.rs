//! The `AddressInfo` class and socket_addrinfo_lookup(), _bind(),
//! _connect() and _explain(): getaddrinfo() results as objects, and
//! sockets made from them.

use std::ffi::{CStr, c_int};

use crate::address::{self, c_string};
use crate::args;
use crate::errors;
use crate::socket::{self, Socket};
use crate::sys::{self, SockAddr};
use crate::version;
use crate::zend::{ClassSlot, Frame, ObjectData, OwnedZval, Return, ZArray, Zv, error};

/// The Rust data of an `AddressInfo` object: one getaddrinfo() result.
pub struct AddressInfo {
    flags: c_int,
    family: c_int,
    socktype: c_int,
    protocol: c_int,
    addr: Option<SockAddr>,
    canonname: Option<Vec<u8>>,
}

static ADDRESS_INFO_CLASS: ClassSlot = ClassSlot::new();

impl ObjectData for AddressInfo {
    const CLASS_NAME: &'static CStr = c"AddressInfo";
    const CONSTRUCT_ERROR: &'static CStr =
        c"Cannot directly construct AddressInfo, use socket_addrinfo_lookup() instead";

    fn slot() -> &'static ClassSlot {
        &ADDRESS_INFO_CLASS
    }

    fn new() -> Self {
        AddressInfo {
            flags: 0,
            family: 0,
            socktype: 0,
            protocol: 0,
            addr: None,
            canonname: None,
        }
    }
}

/// Registers the class (MINIT).
pub fn register_class() {
    ADDRESS_INFO_CLASS.register::<AddressInfo>();
}

const HINT_KEYS: [&[u8]; 4] = [b"ai_flags", b"ai_socktype", b"ai_protocol", b"ai_family"];

const HINT_KEYS_ERROR: &CStr = c"must only contain array keys \"ai_flags\", \"ai_socktype\", \"ai_protocol\", or \"ai_family\"";

/// One hint's value. Until 8.4 any value, converted as (int) does; from
/// 8.5 an int-like value (TypeError otherwise) within range (ValueError):
/// ai_family must be AF_INET or AF_INET6 (or AF_UNSPEC from 8.6), the
/// others 0..INT_MAX.
fn hint_value(key: &[u8], value: Zv<'_>) -> Option<c_int> {
    if !version::ADDRINFO_HINTS_CHECKED {
        return Some(value.to_long() as c_int);
    }
    let name = String::from_utf8_lossy(key);
    let Some(v) = value.try_to_long() else {
        error::argument_type_error(
            3,
            &format!(
                "\"{name}\" key must be of type int, {} given",
                value.value_name()
            ),
        );
        return None;
    };
    if key == b"ai_family" {
        let unspec = version::ADDRINFO_FAMILY_UNSPEC && v == i64::from(libc::AF_UNSPEC);
        if !(unspec || v == i64::from(libc::AF_INET) || v == i64::from(libc::AF_INET6)) {
            error::argument_value_error_fmt(
                3,
                &format!("\"{name}\" key must be AF_INET or AF_INET6"),
            );
            return None;
        }
    } else if !(0..=i64::from(c_int::MAX)).contains(&v) {
        error::argument_value_error_fmt(
            3,
            &format!("\"{name}\" key must be between 0 and {}", c_int::MAX),
        );
        return None;
    }
    Some(v as c_int)
}

/// socket_addrinfo_lookup(string $host, ?string $service = null, array $hints = []
///                        [, &$error_code = null (8.6)]): array|false
pub fn socket_addrinfo_lookup(f: &Frame<'_>) -> Option<Return> {
    let max = if version::ADDRINFO_LOOKUP_ERROR_CODE {
        4
    } else {
        3
    };
    let a = args::parse(f, 1, max)?;
    let host = a.bytes(1)?;
    let service = a.bytes_or_null(2)?;
    let hints = if a.has(3) { Some(a.array(3)?) } else { None };
    let error_code = a.by_ref(4);

    // (flags, family, socktype, protocol). Until 8.4 only the string keys
    // of an array that is not a list count; from 8.5 a numeric key is a
    // ValueError too.
    let mut h = (0, 0, 0, 0);
    let checked = version::ADDRINFO_HINTS_CHECKED;
    if let Some(hints) = hints.filter(|h| checked || !h.is_packed()) {
        for (key, value) in hints.iter() {
            let Some(key) = key.str_bytes() else {
                if checked {
                    error::argument_value_error(3, HINT_KEYS_ERROR);
                    return None;
                }
                continue;
            };
            let Some(slot) = HINT_KEYS.iter().position(|k| *k == key) else {
                error::argument_value_error(3, HINT_KEYS_ERROR);
                return None;
            };
            let v = hint_value(key, value.deref())?;
            match slot {
                0 => h.0 = v,
                1 => h.2 = v,
                2 => h.3 = v,
                _ => h.1 = v,
            }
        }
    }
    let host = c_string(host);
    let service = service.map(c_string);
    let results = match sys::getaddrinfo(&host, service.as_deref(), h) {
        Ok(r) => r,
        Err(code) => {
            // 8.6: the EAI_* code into &$error_code.
            if let Some(slot) = error_code {
                slot.assign(OwnedZval::long(code.into()));
            }
            return Some(Return::Bool(false));
        }
    };
    let mut list = ZArray::new(0);
    for r in results.into_iter().filter(|r| r.family != libc::AF_UNSPEC) {
        let mut obj = ADDRESS_INFO_CLASS.instantiate::<AddressInfo>();
        let ai = obj.data_mut();
        (ai.flags, ai.family, ai.socktype, ai.protocol) =
            (r.flags, r.family, r.socktype, r.protocol);
        ai.addr = Some(r.addr);
        ai.canonname = r.canonname;
        list.push(obj.into_zval());
    }
    Some(Return::Zval(list.into_zval()))
}

/// socket_addrinfo_bind(AddressInfo $address): Socket|false
pub fn socket_addrinfo_bind(f: &Frame<'_>) -> Option<Return> {
    socket_from(f, true)
}

/// socket_addrinfo_connect(AddressInfo $address): Socket|false
pub fn socket_addrinfo_connect(f: &Frame<'_>) -> Option<Return> {
    socket_from(f, false)
}

fn socket_from(f: &Frame<'_>, bind: bool) -> Option<Return> {
    let a = args::parse(f, 1, 1)?;
    let ai = a.object::<AddressInfo>(1)?;
    let obj = socket::new_socket();
    let sock: &Socket = obj.data();
    let fd = match sys::socket(ai.family, ai.socktype, ai.protocol) {
        Ok(fd) => fd,
        Err(e) => {
            errors::global_error("Unable to create socket", e);
            return Some(Return::Bool(false));
        }
    };
    sock.adopt(fd, ai.family, ai.socktype);
    let addr = match ai.family {
        // AF_UNIX through getaddrinfo is refused (for security, upstream says).
        libc::AF_UNIX => return Some(Return::Bool(false)),
        libc::AF_INET | libc::AF_INET6 => ai.addr.clone(),
        _ => {
            let msg = if bind {
                c"must be one of AF_UNIX, AF_INET, or AF_INET6"
            } else {
                c"socket type must be one of AF_UNIX, AF_INET, or AF_INET6"
            };
            error::argument_value_error(1, msg);
            return None;
        }
    };
    let Some(addr) = addr else {
        return Some(Return::Bool(false));
    };
    let result = if bind {
        sys::bind(fd, &addr)
    } else {
        sys::connect(fd, &addr)
    };
    match result {
        Ok(()) => Some(Return::Zval(obj.into_zval())),
        Err(e) => {
            let what = if bind {
                "Unable to bind address"
            } else {
                "Unable to connect address"
            };
            errors::socket_error(sock, what, e);
            Some(Return::Bool(false))
        }
    }
}

/// socket_addrinfo_explain(AddressInfo $address): array
pub fn socket_addrinfo_explain(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 1, 1)?;
    let ai = a.object::<AddressInfo>(1)?;
    let mut out = ZArray::new(0);
    out.set_long(c"ai_flags", ai.flags.into());
    out.set_long(c"ai_family", ai.family.into());
    out.set_long(c"ai_socktype", ai.socktype.into());
    out.set_long(c"ai_protocol", ai.protocol.into());
    if let Some(name) = &ai.canonname {
        out.set(c"ai_canonname", OwnedZval::bytes(name));
    }
    let mut sa = ZArray::new(0);
    if let Some(addr) = &ai.addr {
        let text = address::ip_text(addr).unwrap_or_default();
        match ai.family {
            libc::AF_INET => {
                sa.set_long(c"sin_port", addr.v4_parts().1.into());
                sa.set(c"sin_addr", OwnedZval::bytes(text.as_bytes()));
            }
            libc::AF_INET6 => {
                sa.set_long(c"sin6_port", addr.v6_parts().1.into());
                sa.set(c"sin6_addr", OwnedZval::bytes(text.as_bytes()));
            }
            _ => {}
        }
    }
    out.set(c"ai_addr", sa.into_zval());
    Some(Return::Zval(out.into_zval()))
}
