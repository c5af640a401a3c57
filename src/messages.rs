//! socket_sendmsg(), socket_recvmsg() and socket_cmsg_space(): messages
//! with addresses and ancillary data, converted between PHP arrays and
//! `msghdr` as the C extension's conversions.c does, errors included:
//! "error converting user data (path: msghdr > control > element #0 > data): ...".
//!
//! Control messages: SCM_RIGHTS (Socket objects or streams), SCM_CREDENTIALS
//! (pid, uid, gid), IPV6_PKTINFO (addr, ifindex), IPV6_HOPLIMIT, IPV6_TCLASS.

use std::ffi::{CStr, c_int};
use std::mem::MaybeUninit;

use crate::abi::{self, CMSG_HDR, FD_LEN, INT_LEN, cmsg_align, cmsg_len, cmsg_space};
use crate::address;
use crate::args;
use crate::errors;
use crate::socket::{self, Socket};
use crate::stackvec::StackVec;
use crate::sys::{self, SockAddr};
use crate::zend::stream::Stream;
use crate::zend::value::{Numeric, double_to_long, numeric_string};
use crate::zend::{
    EBuf, Frame, InternedKey, ObjectData, OwnedZval, Return, ZArray, ZString, Zv, error, ffi,
};

const MAX_USER_BUFF_SIZE: i64 = 100 * 1024 * 1024;
const DEFAULT_BUFF_SIZE: usize = 8192;

const IPV6_HOPLIMIT: c_int = 52;
const IPV6_TCLASS: c_int = 67;
const IPV6_PKTINFO: c_int = 50;

/// Declares the keys and `intern_keys()`, which interns every one (MINIT).
macro_rules! interned_keys {
    ($($key:ident = $text:literal),* $(,)?) => {
        $(static $key: InternedKey = InternedKey::new($text);)*

        /// Interns the keys of message arrays (MINIT).
        pub fn intern_keys() {
            $($key.intern();)*
        }
    };
}

// The keys of message arrays, interned at start-up: looked up in the
// script's arrays and set in the results without hashing.
interned_keys! {
    K_NAME = c"name",
    K_IOV = c"iov",
    K_CONTROL = c"control",
    K_FLAGS = c"flags",
    K_LEVEL = c"level",
    K_TYPE = c"type",
    K_DATA = c"data",
    K_BUFFER_SIZE = c"buffer_size",
    K_CONTROLLEN = c"controllen",
    K_FAMILY = c"family",
    K_ADDR = c"addr",
    K_PORT = c"port",
    K_FLOWINFO = c"flowinfo",
    K_SCOPE_ID = c"scope_id",
    K_PATH = c"path",
    K_PID = c"pid",
    K_UID = c"uid",
    K_GID = c"gid",
    K_IFINDEX = c"ifindex",
}

/// The control messages the C extension knows (its ancillary registry).
#[derive(Clone, Copy, PartialEq)]
enum Anc {
    Rights,
    Credentials,
    PktInfo,
    Int,
}

fn registry(level: c_int, ty: c_int) -> Option<(Anc, usize)> {
    match (level, ty) {
        (libc::SOL_SOCKET, libc::SCM_RIGHTS) => Some((Anc::Rights, 0)),
        (libc::SOL_SOCKET, libc::SCM_CREDENTIALS) => Some((Anc::Credentials, abi::UCRED_LEN)),
        (libc::IPPROTO_IPV6, IPV6_PKTINFO) => Some((Anc::PktInfo, abi::IN6_PKTINFO_LEN)),
        (libc::IPPROTO_IPV6, IPV6_HOPLIMIT) | (libc::IPPROTO_IPV6, IPV6_TCLASS) => {
            Some((Anc::Int, INT_LEN))
        }
        _ => None,
    }
}

/// One step of the path to the value being converted: spelled out only
/// when an error message needs it, so that converting costs no allocation.
#[derive(Clone, Copy)]
enum Key {
    Name(&'static CStr),
    Element(u32),
}

impl Key {
    fn text(self) -> String {
        match self {
            Key::Name(n) => n.to_string_lossy().into_owned(),
            Key::Element(i) => format!("element #{i}"),
        }
    }
}

/// A conversion's first error, and the path to where it happened, gathered
/// innermost first as the steps it happened in return.
struct Failure {
    msg: String,
    path: Vec<Key>,
}

/// A conversion's state: where it started (for messages) and its first
/// error. The path to the value being converted is not kept while all goes
/// well: each step (`under`) adds itself to a failure's path on its way
/// out, so a conversion that succeeds spends nothing on it.
struct Conv<'s> {
    sock: &'s Socket,
    what: &'static str,
    top: &'static CStr,
    err: Option<Failure>,
    /// An exception was thrown (a conversion to string failed): no warning.
    threw: bool,
}

impl<'s> Conv<'s> {
    fn new(sock: &'s Socket, what: &'static str, top: &'static CStr) -> Self {
        Conv {
            sock,
            what,
            top,
            err: None,
            threw: false,
        }
    }

    fn failed(&self) -> bool {
        self.err.is_some() || self.threw
    }

    fn fail(&mut self, msg: impl AsRef<str>) {
        if self.failed() {
            return;
        }
        self.err = Some(Failure {
            msg: msg.as_ref().to_owned(),
            path: Vec::new(),
        });
    }

    /// Runs `f` one step further down, at `key`.
    #[inline(always)]
    fn under<R>(&mut self, key: Key, f: impl FnOnce(&mut Self) -> R) -> R {
        let already = self.err.is_some();
        let r = f(self);
        if !already && self.err.is_some() {
            self.failed_under(key);
        }
        r
    }

    /// A failure happened under `key`: it is part of the failure's path.
    #[cold]
    #[inline(never)]
    fn failed_under(&mut self, key: Key) {
        if let Some(e) = self.err.as_mut() {
            e.path.push(key);
        }
    }

    /// err_msg_dispose(): the warning, if there is one, as the C extension
    /// words it: "error converting user data (path: msghdr > ...): ...".
    fn report(self) {
        if let Some(e) = self.err {
            let path: Vec<String> = std::iter::once(Key::Name(self.top))
                .chain(e.path.into_iter().rev())
                .map(Key::text)
                .collect();
            error::warning(&format!(
                "error converting {} data (path: {}): {}",
                self.what,
                path.join(" > "),
                e.msg
            ));
        }
    }

    /// from_zval_integer_common().
    fn integer(&mut self, zv: Zv<'_>) -> i64 {
        match zv.type_code() {
            ffi::IS_LONG => zv.as_long().unwrap_or(0),
            ffi::IS_DOUBLE => zv.to_long(),
            ffi::IS_STRING | ffi::IS_OBJECT => {
                let Some(s) = zv.try_to_zstring() else {
                    self.threw = true;
                    return 0;
                };
                match numeric_string(s.as_bytes()) {
                    Numeric::Long(l) => l,
                    Numeric::Double(d) => double_to_long(d),
                    Numeric::No => {
                        let text = address::c_string(s.as_bytes());
                        self.fail(format!(
                            "expected an integer, but got a non numeric string (possibly from a converted object): '{}'",
                            text.to_string_lossy()
                        ));
                        0
                    }
                }
            }
            _ => {
                self.fail(
                    "expected an integer, either of a PHP integer type or of a convertible type",
                );
                0
            }
        }
    }

    fn ranged(&mut self, zv: Zv<'_>, ok: impl Fn(i64) -> bool, what: &str) -> Option<i64> {
        let v = self.integer(zv);
        if self.failed() {
            return None;
        }
        if !ok(v) {
            self.fail(format!("given PHP integer is out of bounds for {what}"));
            return None;
        }
        Some(v)
    }

    fn int(&mut self, zv: Zv<'_>) -> Option<i32> {
        self.ranged(zv, |v| i32::try_from(v).is_ok(), "a native int")
            .map(|v| v as i32)
    }

    fn uint32(&mut self, zv: Zv<'_>) -> Option<u32> {
        self.ranged(
            zv,
            |v| u32::try_from(v).is_ok(),
            "an unsigned 32-bit integer",
        )
        .map(|v| v as u32)
    }

    fn uint16(&mut self, zv: Zv<'_>) -> Option<u16> {
        self.ranged(
            zv,
            |v| u16::try_from(v).is_ok(),
            "an unsigned 16-bit integer",
        )
        .map(|v| v as u16)
    }

    /// from_zval_write_aggregation(): each known key in order, or the
    /// container's error.
    fn aggregate<'a>(
        &mut self,
        container: Zv<'a>,
        fields: &[(&'static InternedKey, bool)],
        mut each: impl FnMut(&mut Self, usize, Zv<'a>),
    ) {
        let arr = container.as_array();
        if arr.is_none() {
            self.fail("expected an array here");
        }
        for (i, (name, required)) in fields.iter().enumerate() {
            if self.failed() {
                break;
            }
            match arr.and_then(|a| a.get_key(name)) {
                Some(v) => self.under(Key::Name(name.text()), |c| each(c, i, v)),
                None if *required => {
                    let name = name.text().to_string_lossy();
                    self.fail(format!("The key '{name}' is required"));
                    break;
                }
                None => {}
            }
        }
    }
}

/// The address of a message (from_zval_write_sockaddr_aux). With `fill`
/// false (recvmsg), only its family matters: a buffer of that size.
fn sockaddr_from(c: &mut Conv<'_>, zv: Zv<'_>, fill: bool) -> Option<SockAddr> {
    let Some(arr) = zv.as_array() else {
        c.fail("expected an array here");
        return None;
    };
    let family = match arr.get_key(&K_FAMILY).filter(|f| !f.is_null()) {
        Some(f) => c.under(Key::Name(c"family"), |c| c.int(f))?,
        None => c.sock.domain(),
    };
    let domain = c.sock.domain();
    match family {
        libc::AF_INET => {
            if domain != libc::AF_INET && domain != libc::AF_INET6 {
                c.fail(format!(
                    "the specified family (number {family}) is not supported on this socket"
                ));
                return None;
            }
            if !fill {
                return Some(SockAddr::unfilled(libc::AF_INET));
            }
            let (mut ip, mut port) = ([0u8; 4], 0u16);
            c.aggregate(
                zv,
                &[(&K_FAMILY, false), (&K_ADDR, false), (&K_PORT, false)],
                |c, i, v| match i {
                    0 => sa_family(c, v),
                    1 => {
                        let s = v.to_zstring();
                        match address::inet_addr(c.sock, s.as_bytes()) {
                            Some(a) => ip = a,
                            None => c.fail(format!(
                                "could not resolve address '{}' to get an AF_INET address",
                                address::c_string(s.as_bytes()).to_string_lossy()
                            )),
                        }
                    }
                    _ => port = c.uint16(v).unwrap_or(0),
                },
            );
            (!c.failed()).then(|| SockAddr::v4(ip, port))
        }
        libc::AF_INET6 => {
            if domain != libc::AF_INET6 {
                c.fail("the specified family (AF_INET6) is not supported on this socket");
                return None;
            }
            if !fill {
                return Some(SockAddr::unfilled(libc::AF_INET6));
            }
            let (mut ip, mut port, mut flow, mut scope) = ([0u8; 16], 0u16, 0u32, 0u32);
            let fields = [
                (&K_FAMILY, false),
                (&K_ADDR, false),
                (&K_PORT, false),
                (&K_FLOWINFO, false),
                (&K_SCOPE_ID, false),
            ];
            c.aggregate(zv, &fields, |c, i, v| match i {
                0 => sa_family(c, v),
                1 => ip = in6_addr(c, v).unwrap_or(ip),
                2 => port = c.uint16(v).unwrap_or(0),
                3 => flow = c.uint32(v).unwrap_or(0),
                _ => scope = c.uint32(v).unwrap_or(0),
            });
            (!c.failed()).then(|| SockAddr::v6_full(ip, port, flow, scope))
        }
        libc::AF_UNIX => {
            if domain != libc::AF_UNIX {
                c.fail("the specified family (AF_UNIX) is not supported on this socket");
                return None;
            }
            if !fill {
                return Some(SockAddr::unfilled(libc::AF_UNIX));
            }
            let mut path: Vec<u8> = Vec::new();
            c.aggregate(zv, &[(&K_FAMILY, false), (&K_PATH, false)], |c, i, v| {
                if i == 0 {
                    return sa_family(c, v);
                }
                let s = v.to_zstring();
                let b = s.as_bytes();
                if b.is_empty() {
                    c.fail(crate::version::MSG_EMPTY_PATH_ERROR);
                } else if b.len() >= sys::SUN_PATH_LEN {
                    c.fail(format!(
                        "the path is too long, the maximum permitted length is {}",
                        sys::SUN_PATH_LEN - 1
                    ));
                } else {
                    path = b.to_vec();
                }
            });
            if c.failed() {
                return None;
            }
            // sun_path starts zeroed: with no 'path' it holds the abstract
            // name "" (one NUL byte), which is where the C extension sends.
            if path.is_empty() {
                path.push(0);
            }
            // The length counts up to the first NUL, or past a leading NUL
            // (abstract names) up to the next one.
            let used = match path.split_first() {
                Some((0, rest)) => 1 + rest.iter().position(|&b| b == 0).unwrap_or(rest.len()),
                _ => path.iter().position(|&b| b == 0).unwrap_or(path.len()),
            };
            Some(SockAddr::unix(path.get(..used).unwrap_or_default()))
        }
        _ => {
            c.fail("the only families currently supported are AF_INET, AF_INET6 and AF_UNIX");
            None
        }
    }
}

fn sa_family(c: &mut Conv<'_>, v: Zv<'_>) {
    c.ranged(v, |f| u16::try_from(f).is_ok(), "a sa_family_t value");
}

fn in6_addr(c: &mut Conv<'_>, v: Zv<'_>) -> Option<[u8; 16]> {
    let s = v.to_zstring();
    match address::inet6_addr(c.sock, s.as_bytes()) {
        Some((ip, _)) => Some(ip),
        None => {
            c.fail(format!(
                "could not resolve address '{}' to get an AF_INET6 address",
                address::c_string(s.as_bytes()).to_string_lossy()
            ));
            None
        }
    }
}

/// One piece of data to send: a string borrowed as it is, or the string
/// another value converts to.
enum Piece<'a> {
    Borrowed(&'a [u8]),
    Converted(ZString),
}

impl Default for Piece<'_> {
    fn default() -> Self {
        Piece::Borrowed(&[])
    }
}

impl<'a> Piece<'a> {
    fn of(v: Zv<'a>) -> Piece<'a> {
        match v.as_bytes() {
            Some(b) => Piece::Borrowed(b),
            None => Piece::Converted(v.to_zstring()),
        }
    }

    fn bytes(&self) -> &[u8] {
        match self {
            Piece::Borrowed(b) => b,
            Piece::Converted(s) => s.as_bytes(),
        }
    }
}

/// One control message of socket_sendmsg(), appended to `buf`.
fn control_from(c: &mut Conv<'_>, elem: Zv<'_>, buf: &mut StackVec<u8, 256>) {
    let mut level = 0;
    let mut ty = 0;
    c.aggregate(elem, &[(&K_LEVEL, false)], |c, _, v| {
        level = c.int(v).unwrap_or(0)
    });
    if c.failed() {
        return;
    }
    c.aggregate(elem, &[(&K_TYPE, false)], |c, _, v| {
        ty = c.int(v).unwrap_or(0)
    });
    if c.failed() {
        return;
    }
    let Some((kind, size)) = registry(level, ty) else {
        c.fail(format!(
            "cmsghdr with level {level} and type {ty} not supported"
        ));
        return;
    };
    let arr = elem.as_array();
    let data_len = if kind == Anc::Rights {
        let Some(data) = arr.and_then(|a| a.get_key(&K_DATA)) else {
            c.fail("cmsghdr should have a 'data' element here");
            return;
        };
        match data.as_array() {
            None => {
                c.fail("expected an array here");
                return;
            }
            Some(d) if d.is_empty() => {
                c.fail("expected at least one element in this array");
                return;
            }
            Some(d) => d.len() as usize * FD_LEN,
        }
    } else {
        size
    };
    // The header, then the data converted in place.
    let msg = buf.extend_default(cmsg_space(data_len));
    let (header, rest) = msg.split_at_mut(CMSG_HDR.min(msg.len()));
    for (d, s) in header
        .iter_mut()
        .zip(abi::cmsg_header(cmsg_len(data_len), level, ty))
    {
        *d = s;
    }
    let Some(data) = rest.get_mut(..data_len) else {
        return;
    };
    c.aggregate(elem, &[(&K_DATA, false)], |c, _, v| match kind {
        Anc::Rights => rights_from(c, v, data),
        Anc::Credentials => credentials_from(c, v, data),
        Anc::PktInfo => pktinfo_from(c, v, data),
        Anc::Int => {
            if let (Some(n), Some(slot)) = (c.int(v), data.get_mut(..INT_LEN)) {
                slot.copy_from_slice(&n.to_ne_bytes());
            }
        }
    });
}

/// SCM_RIGHTS: Socket objects and streams as descriptors. (The C extension
/// writes a Socket's descriptor one slot too far, sending the wrong one.)
fn rights_from(c: &mut Conv<'_>, v: Zv<'_>, out: &mut [u8]) {
    let Some(arr) = v.as_array() else {
        c.fail("expected an array here");
        return;
    };
    for (i, (_, elem)) in arr.iter().enumerate() {
        let fd = c.under(Key::Element(i as u32 + 1), |c| {
            if let Some(obj) = elem.as_object() {
                if let Some(s) = <Socket as ObjectData>::slot().downcast::<Socket>(obj) {
                    if s.raw_fd() < 0 {
                        c.fail("socket is already closed");
                        return None;
                    }
                    return Some(s.raw_fd());
                }
            }
            if elem.type_code() == ffi::IS_RESOURCE {
                let Some(stream) = Stream::from_zval_quiet(elem) else {
                    c.fail("resource is not a stream");
                    return None;
                };
                let fd = stream.fd();
                if fd.is_none() {
                    c.fail("cast stream to file descriptor failed");
                }
                return fd;
            }
            c.fail("expected a Socket object or a stream resource");
            None
        });
        let Some(fd) = fd else { return };
        if let Some(slot) = out.get_mut(i * FD_LEN..(i + 1) * FD_LEN) {
            slot.copy_from_slice(&fd.to_ne_bytes());
        }
    }
}

fn credentials_from(c: &mut Conv<'_>, v: Zv<'_>, out: &mut [u8]) {
    let fields = [(&K_PID, true), (&K_UID, true), (&K_GID, true)];
    let mut vals = [0u32; 3];
    c.aggregate(v, &fields, |c, i, f| {
        let got = if i == 0 {
            c.ranged(
                f,
                |p| i32::try_from(p).is_ok_and(|p| p >= 0),
                "a pid_t value",
            )
        } else {
            c.ranged(f, |u| u32::try_from(u).is_ok(), "a uid_t value")
        };
        if let (Some(x), Some(slot)) = (got, vals.get_mut(i)) {
            *slot = x as u32;
        }
    });
    let [pid, uid, gid] = vals;
    for (d, s) in out.iter_mut().zip(abi::ucred_bytes(pid as i32, uid, gid)) {
        *d = s;
    }
}

fn pktinfo_from(c: &mut Conv<'_>, v: Zv<'_>, out: &mut [u8]) {
    let (mut ip, mut index) = ([0u8; 16], 0u32);
    c.aggregate(v, &[(&K_ADDR, true), (&K_IFINDEX, true)], |c, i, f| {
        if i == 0 {
            ip = in6_addr(c, f).unwrap_or(ip);
            return;
        }
        if let Some(n) = f.as_long() {
            match u32::try_from(n) {
                Ok(x) => index = x,
                Err(_) => c.fail(format!(
                    "the interface index cannot be negative or larger than {}; given {n}",
                    u32::MAX
                )),
            }
        } else {
            let name = address::c_string(f.to_zstring().as_bytes());
            index = sys::if_nametoindex(&name);
            if index == 0 {
                c.fail(format!(
                    "no interface with name \"{}\" could be found",
                    name.to_string_lossy()
                ));
            }
        }
    });
    for (d, s) in out.iter_mut().zip(abi::in6_pktinfo_bytes(ip, index)) {
        *d = s;
    }
}

/// LONG_CHECK_VALID_INT(flags, n).
fn c_int_arg(v: i64, arg: u32) -> Option<c_int> {
    let r = c_int::try_from(v).ok();
    if r.is_none() {
        error::argument_value_error(arg, c"must be between -2147483648 and 2147483647");
    }
    r
}

/// socket_sendmsg(Socket $socket, array $message, int $flags = 0): int|false
pub fn socket_sendmsg(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 2, 3)?;
    let sock = a.object::<Socket>(1)?;
    a.array(2)?;
    let flags = a.long_or(3, 0)?;
    let flags = c_int_arg(flags, 3)?;
    let fd = sock.fd()?;
    let msg_zv = a.zval(2)?;

    let mut c = Conv::new(sock, "user", c"msghdr");
    let mut name = None;
    let mut pieces: StackVec<Piece<'_>, 8> = StackVec::default();
    let mut control: StackVec<u8, 256> = StackVec::default();
    c.aggregate(
        msg_zv,
        &[(&K_NAME, false), (&K_IOV, false), (&K_CONTROL, false)],
        |c, i, v| match i {
            0 => name = sockaddr_from(c, v, true),
            1 => match v.as_array() {
                None => c.fail("expected an array here"),
                Some(arr) => {
                    for (n, (_, elem)) in arr.iter().enumerate() {
                        c.under(Key::Element(n as u32 + 1), |_| pieces.push(Piece::of(elem)));
                    }
                }
            },
            _ => match v.as_array() {
                None => c.fail("expected an array here"),
                Some(arr) => {
                    for (n, (_, elem)) in arr.iter().enumerate() {
                        if c.failed() {
                            break;
                        }
                        c.under(Key::Element(n as u32), |c| {
                            control_from(c, elem, &mut control)
                        });
                    }
                }
            },
        },
    );
    if c.failed() {
        c.report();
        return Some(Return::Bool(false));
    }
    errors::count_or_error(
        sock,
        "Error in sendmsg",
        sys::sendmsg(
            fd,
            name.as_ref(),
            pieces.as_slice().iter().map(Piece::bytes),
            control.as_slice(),
            flags,
        ),
    )
}

/// Where socket_recvmsg() receives the data. The C extension emallocs
/// buffer_size bytes, receives into them and copies what came into a string
/// of that length. Where memory_limit can tell the difference (buffers of
/// pages, checked page by page, and huge ones, checked byte by byte and
/// named in the fatal error) we do the same; a small buffer (a slot of a
/// small-size bin, where the limit is only checked when a whole 2 MiB chunk
/// is added) is received straight into the string, saving the copy.
enum DataBuf {
    Direct(ZString),
    Copied(EBuf),
}

impl DataBuf {
    fn new(size: usize) -> DataBuf {
        if size <= ZString::SMALL_MAX {
            DataBuf::Direct(ZString::alloc(size))
        } else {
            DataBuf::Copied(EBuf::alloc(size))
        }
    }

    fn buffer(&mut self) -> &mut [MaybeUninit<u8>] {
        match self {
            DataBuf::Direct(s) => s.buffer(),
            DataBuf::Copied(b) => b.buffer(),
        }
    }
}

/// How much control space socket_recvmsg() keeps on the stack; more is
/// allocated with emalloc, as the C extension allocates all of it.
const STACK_CONTROL: usize = 256;

/// socket_recvmsg(Socket $socket, array &$message, int $flags = 0): int|false
///
/// The buffers whose size the script chooses (buffer_size, controllen) are
/// allocated with emalloc in the C extension's order, as each key is
/// converted, so that memory_limit ends a request where it ends it there;
/// the data received is then copied into a string of its length, as there.
pub fn socket_recvmsg(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 2, 3)?;
    let sock = a.object::<Socket>(1)?;
    let msg_zv = a.zval(2)?.deref();
    if msg_zv.as_array().is_none() {
        msg_zv.wrong_type(2, ffi::Z_EXPECTED_ARRAY);
        return None;
    }
    let flags = a.long_or(3, 0)?;
    let flags = c_int_arg(flags, 3)?;
    let fd = sock.fd()?;

    let mut c = Conv::new(sock, "user", c"msghdr");
    let mut name = None;
    let mut data = None;
    let mut control_len = 0;
    let mut large_control = None;
    let fields = [
        (&K_NAME, false),
        (&K_BUFFER_SIZE, false),
        (&K_CONTROLLEN, true),
    ];
    c.aggregate(msg_zv, &fields, |c, i, v| match i {
        0 => name = sockaddr_from(c, v, false),
        1 => {
            let n = c.integer(v);
            if c.failed() {
                return;
            }
            if !(0..=MAX_USER_BUFF_SIZE).contains(&n) {
                c.fail(format!(
                    "the buffer size must be between 1 and {MAX_USER_BUFF_SIZE}; given {n}"
                ));
                return;
            }
            data = Some(DataBuf::new(n as usize));
        }
        _ => {
            let Some(n) = c.uint32(v) else { return };
            if n == 0 {
                c.fail("controllen cannot be 0");
                return;
            }
            control_len = n as usize;
            if control_len > STACK_CONTROL {
                large_control = Some(EBuf::alloc(control_len));
            }
        }
    });
    if c.failed() {
        c.report();
        return Some(Return::Bool(false));
    }
    let mut data = data.unwrap_or_else(|| DataBuf::new(DEFAULT_BUFF_SIZE));
    let direct = matches!(data, DataBuf::Direct(_));
    let mut small_control = [MaybeUninit::<u8>::uninit(); STACK_CONTROL];
    let control = match large_control.as_mut() {
        Some(buf) => buf.buffer(),
        None => small_control.get_mut(..control_len).unwrap_or_default(),
    };
    let r = match sys::recvmsg(fd, name.as_mut(), data.buffer(), control, flags) {
        Ok(r) => r,
        Err(e) => {
            errors::global_error("Error in recvmsg", e);
            return Some(Return::Bool(false));
        }
    };
    // Apart, so that the data buffer's borrow ends with its last use.
    let sys::Received {
        len,
        flags: msg_flags,
        data: filled,
        control: received_control,
    } = r;
    let received = filled.len();
    // Copied as the C extension copies it (an empty message makes no string).
    let copied = (!direct && received > 0).then(|| ZString::from_bytes(filled));
    let payload = match data {
        DataBuf::Direct(s) => s.truncate(received),
        DataBuf::Copied(_) => copied.unwrap_or_else(ZString::empty),
    };
    let mut n = Conv::new(sock, "native", c"msghdr");
    let result = message_to_zval(&mut n, name.as_ref(), received_control, payload, msg_flags);
    match result {
        Some(v) if !n.failed() => msg_zv.replace_with(v),
        // The C extension releases the old message, then reports the
        // conversion error, then stores false.
        _ => msg_zv.replace_around(|| n.report(), OwnedZval::bool(false)),
    }
    Some(Return::Long(len as i64))
}

/// to_zval_read_msghdr(): [name, control, iov, flags].
fn message_to_zval(
    c: &mut Conv<'_>,
    name: Option<&SockAddr>,
    control: &[u8],
    data: ZString,
    flags: c_int,
) -> Option<OwnedZval> {
    let mut out = ZArray::new(4);
    let name_zv = match name {
        None => OwnedZval::null(),
        Some(addr) => c.under(Key::Name(c"name"), |c| sockaddr_to_zval(c, addr))?,
    };
    out.set_key(&K_NAME, name_zv);
    let control_zv = c.under(Key::Name(c"control"), |c| control_to_zval(c, control))?;
    out.set_key(&K_CONTROL, control_zv);
    let mut iov = ZArray::new(1);
    if !data.is_empty() {
        iov.push(OwnedZval::string(data));
    }
    out.set_key(&K_IOV, iov.into_zval());
    out.set_key(&K_FLAGS, OwnedZval::long(flags.into()));
    Some(out.into_zval())
}

fn sockaddr_to_zval(c: &mut Conv<'_>, addr: &SockAddr) -> Option<OwnedZval> {
    let family = addr.family();
    if family == 0 {
        return Some(OwnedZval::null());
    }
    let mut out = ZArray::new(0);
    out.set_key(&K_FAMILY, OwnedZval::long(family.into()));
    match family {
        libc::AF_INET => {
            let (ip, port) = addr.v4_parts();
            let text = sys::inet_ntop(libc::AF_INET, &ip).unwrap_or_default();
            out.set_key(&K_ADDR, OwnedZval::bytes(text.as_bytes()));
            out.set_key(&K_PORT, OwnedZval::long(port.into()));
        }
        libc::AF_INET6 => {
            let (ip, port) = addr.v6_parts();
            let (flow, scope) = addr.v6_flow_scope();
            let text = sys::inet_ntop(libc::AF_INET6, &ip).unwrap_or_default();
            out.set_key(&K_ADDR, OwnedZval::bytes(text.as_bytes()));
            out.set_key(&K_PORT, OwnedZval::long(port.into()));
            out.set_key(&K_FLOWINFO, OwnedZval::long(flow.into()));
            out.set_key(&K_SCOPE_ID, OwnedZval::long(scope.into()));
        }
        libc::AF_UNIX => {
            let raw = addr.bytes();
            let path = raw.get(2..2 + sys::SUN_PATH_LEN).unwrap_or_default();
            match path.iter().position(|&b| b == 0) {
                Some(end) => out.set(
                    c"path",
                    OwnedZval::bytes(path.get(..end).unwrap_or_default()),
                ),
                None => {
                    c.under(Key::Name(c"path"), |c| {
                        c.fail("could not find a NUL in the path")
                    });
                    return None;
                }
            }
        }
        other => {
            c.fail(format!(
                "cannot read struct sockaddr with family {other}; not supported"
            ));
            return None;
        }
    }
    Some(out.into_zval())
}

/// The header (cmsg_len, level, type) of the control message at `off`.
fn cmsg_header(control: &[u8], off: usize) -> Option<(usize, c_int, c_int)> {
    abi::read_cmsg_header(control.get(off..)?)
}

/// The control messages received, as CMSG_FIRSTHDR/CMSG_NXTHDR (glibc's)
/// walk them: (cmsg_len, level, type, data) each.
fn cmsgs(control: &[u8]) -> impl Iterator<Item = (usize, c_int, c_int, &[u8])> {
    let mut off = 0usize;
    let mut current = cmsg_header(control, 0);
    std::iter::from_fn(move || {
        let (len, level, ty) = current?;
        let data = control
            .get(off + CMSG_HDR..(off + len).min(control.len()))
            .unwrap_or_default();
        current = if len < CMSG_HDR {
            None
        } else {
            let next = off + cmsg_align(len);
            off = next;
            cmsg_header(control, next).filter(|(l, _, _)| next + cmsg_align(*l) <= control.len())
        };
        Some((len, level, ty, data))
    })
}

/// The control messages received, as an array. When the conversion stops
/// (say at a message type it does not know, which the kernel puts before
/// SCM_RIGHTS), every received descriptor not yet wrapped in an object, in
/// that message or a later one, is closed, not leaked.
fn control_to_zval(c: &mut Conv<'_>, control: &[u8]) -> Option<OwnedZval> {
    let mut out = ZArray::new(0);
    let mut index = 1u32;
    let mut pending = Pending::default();
    // CMSG_FIRSTHDR / CMSG_NXTHDR as glibc defines them (as cmsgs(), written
    // out: this is the hot path).
    let mut off = 0usize;
    let mut current = cmsg_header(control, 0);
    while let Some((len, level, ty)) = current {
        let data = control
            .get(off + CMSG_HDR..(off + len).min(control.len()))
            .unwrap_or_default();
        if let Some((Anc::Rights, _)) = registry(level, ty) {
            for b in data.chunks_exact(FD_LEN) {
                let mut x = [0u8; FD_LEN];
                x.copy_from_slice(b);
                pending.push(c_int::from_ne_bytes(x));
            }
        }
        let elem = c.under(Key::Element(index), |c| {
            cmsg_to_zval(c, level, ty, len, data, &mut pending)
        });
        match elem {
            Some(e) => out.push(e),
            None => {
                pending.close_all();
                close_rights_after(control, index as usize);
                return None;
            }
        }
        index += 1;
        if len < CMSG_HDR {
            break;
        }
        let next = off + cmsg_align(len);
        current =
            cmsg_header(control, next).filter(|(l, _, _)| next + cmsg_align(*l) <= control.len());
        off = next;
    }
    Some(out.into_zval())
}

/// Closes the descriptors carried by the control messages after the first
/// `skip` ones.
#[cold]
fn close_rights_after(control: &[u8], skip: usize) {
    for (_, level, ty, data) in cmsgs(control).skip(skip) {
        if let Some((Anc::Rights, _)) = registry(level, ty) {
            for b in data.chunks_exact(4) {
                let mut x = [0u8; 4];
                x.copy_from_slice(b);
                sys::close(c_int::from_ne_bytes(x));
            }
        }
    }
}

fn cmsg_to_zval(
    c: &mut Conv<'_>,
    level: c_int,
    ty: c_int,
    len: usize,
    data: &[u8],
    pending: &mut Pending,
) -> Option<OwnedZval> {
    let mut out = ZArray::new(3);
    out.set_key(&K_LEVEL, OwnedZval::long(level.into()));
    out.set_key(&K_TYPE, OwnedZval::long(ty.into()));
    let value = c.under(Key::Name(c"data"), |c| {
        let Some((kind, size)) = registry(level, ty) else {
            c.fail(format!("cmsghdr with level {level} and type {ty} not supported"));
            return None;
        };
        if cmsg_len(size) > len {
            c.fail(format!(
                "the cmsghdr structure is unexpectedly small; expected a length of at least {}, but got {len}",
                cmsg_len(size)
            ));
            return None;
        }
        let int_at = |i: usize| {
            let mut b = [0u8; 4];
            if let Some(s) = data.get(i..i + 4) {
                b.copy_from_slice(s);
            }
            b
        };
        Some(match kind {
            Anc::Int => OwnedZval::long(c_int::from_ne_bytes(int_at(0)).into()),
            Anc::Credentials => {
                let (pid, uid, gid) = abi::read_ucred(data);
                let mut arr = ZArray::new(3);
                arr.set_key(&K_PID, OwnedZval::long(pid.into()));
                arr.set_key(&K_UID, OwnedZval::long(uid.into()));
                arr.set_key(&K_GID, OwnedZval::long(gid.into()));
                arr.into_zval()
            }
            Anc::PktInfo => {
                let (addr, ifindex) = abi::read_in6_pktinfo(data);
                let mut arr = ZArray::new(2);
                let text = sys::inet_ntop(libc::AF_INET6, &addr).unwrap_or_default();
                arr.set_key(&K_ADDR, OwnedZval::bytes(text.as_bytes()));
                arr.set_key(&K_IFINDEX, OwnedZval::long(ifindex.into()));
                arr.into_zval()
            }
            Anc::Rights => {
                let mut arr = ZArray::new(0);
                let count = len.saturating_sub(CMSG_HDR) / FD_LEN;
                for i in 0..count {
                    let fd = c_int::from_ne_bytes(int_at(i * FD_LEN));
                    match sys::is_socket(fd) {
                        Err(e) => {
                            c.fail(format!(
                                "error creating resource for received file descriptor {fd}: fstat() call failed with errno {e}"
                            ));
                            return None;
                        }
                        Ok(true) => {
                            let obj = socket::new_socket();
                            obj.data().import_descriptor(fd);
                            arr.push(obj.into_zval());
                        }
                        Ok(false) => match Stream::from_fd(fd) {
                            Some(s) => arr.push(s.into_zval()),
                            None => sys::close(fd),
                        },
                    }
                    pending.remove(fd);
                }
                arr.into_zval()
            }
        })
    })?;
    out.set_key(&K_DATA, value);
    Some(out.into_zval())
}

/// Received descriptors not yet wrapped in objects (a few at a time, kept
/// on the stack; more go to the heap).
#[derive(Default)]
struct Pending {
    inline: [c_int; 8],
    len: usize,
    more: Vec<c_int>,
}

impl Pending {
    fn push(&mut self, fd: c_int) {
        match self.inline.get_mut(self.len) {
            Some(slot) => {
                *slot = fd;
                self.len += 1;
            }
            None => self.more.push(fd),
        }
    }

    fn remove(&mut self, fd: c_int) {
        if let Some(slot) = self.inline.iter_mut().take(self.len).find(|s| **s == fd) {
            *slot = -1;
        }
        self.more.retain(|&p| p != fd);
    }

    fn close_all(self) {
        for fd in self.inline.into_iter().take(self.len).chain(self.more) {
            if fd >= 0 {
                sys::close(fd);
            }
        }
    }
}

/// socket_cmsg_space(int $level, int $type, int $num = 0): ?int
pub fn socket_cmsg_space(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 2, 3)?;
    let level = a.long(1)?;
    let ty = a.long(2)?;
    let n = a.long_or(3, 0)?;
    let level_c = c_int_arg(level, 1)?;
    let ty_c = c_int_arg(ty, 2)?;
    c_int_arg(n, 3)?;
    if n < 0 {
        error::argument_value_error(3, c"must be greater than or equal to 0");
        return None;
    }
    let Some((kind, size)) = registry(level_c, ty_c) else {
        error::value_error(&format!(
            "Pair level {level} and/or type {ty} is not supported"
        ));
        return None;
    };
    let var = if kind == Anc::Rights {
        FD_LEN as i64
    } else {
        0
    };
    let total = (size as i64).checked_add(n.checked_mul(var).unwrap_or(i64::MAX));
    let space = total
        .and_then(|t| t.checked_add(CMSG_HDR as i64 + abi::CMSG_ALIGN_TO as i64 - 1))
        .map(|t| t & !(abi::CMSG_ALIGN_TO as i64 - 1));
    match space {
        Some(s) if var == 0 || s >= 0 => Some(Return::Long(s)),
        _ => {
            error::argument_value_error(3, c"is too large");
            None
        }
    }
}
