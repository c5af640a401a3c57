//! socket_select(): waits on arrays of sockets and leaves in each array the
//! sockets that are ready, under their original keys.
//!
//! The wait is one ppoll() call with select()'s meaning: Linux computes
//! select() results from the same poll masks (POLLIN_SET, POLLOUT_SET,
//! POLLEX_SET in fs/select.c), which is what the masks below are. The
//! C extension's limits stay: descriptors from FD_SETSIZE on are refused
//! with its warning, and the count is select()'s (one per descriptor and
//! set).

use crate::args;
use crate::errors;
use crate::socket::Socket;
use crate::zend::{ArrayRef, Frame, ObjectData, Return, ZArray, Zv, error};

const FD_SETSIZE: i32 = 1024;

const READ_EVENTS: i16 = libc::POLLIN | libc::POLLRDNORM | libc::POLLRDBAND;
const WRITE_EVENTS: i16 = libc::POLLOUT | libc::POLLWRNORM | libc::POLLWRBAND;
const EXCEPT_EVENTS: i16 = libc::POLLPRI;
/// What makes a descriptor count as ready in each select() set.
const SETS: [(i16, i16); 3] = [
    (READ_EVENTS, READ_EVENTS | libc::POLLHUP | libc::POLLERR),
    (WRITE_EVENTS, WRITE_EVENTS | libc::POLLERR),
    (EXCEPT_EVENTS, EXCEPT_EVENTS),
];

/// Most calls wait on a few sockets: their pollfds live on the stack.
const INLINE: usize = 32;

/// The socket in an array element, or the C extension's TypeError.
fn element_socket<'a>(arg_num: u32, element: Zv<'a>) -> Option<&'a Socket> {
    let element = element.deref();
    let sock = element
        .as_object()
        .and_then(|o| <Socket as ObjectData>::slot().downcast::<Socket>(o));
    match sock {
        None => {
            error::argument_type_error(
                arg_num,
                &format!(
                    "must only have elements of type Socket, {} given",
                    element.type_name()
                ),
            );
            None
        }
        Some(s) if s.raw_fd() < 0 => {
            error::argument_type_error(arg_num, "contains a closed socket");
            None
        }
        Some(s) => Some(s),
    }
}

/// socket_select(?array &$read, ?array &$write, ?array &$except,
///               ?int $seconds, int $microseconds = 0): int|false
pub fn socket_select(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 4, 5)?;
    let mut arrays: [Option<(Zv<'_>, ArrayRef<'_>)>; 3] = [None, None, None];
    for (i, slot) in arrays.iter_mut().enumerate() {
        let n = i as u32 + 1;
        let zv = a.zval(n)?.deref();
        if zv.is_null() {
            continue;
        }
        match zv.as_array() {
            Some(arr) => *slot = Some((zv, arr)),
            None => {
                zv.wrong_type(n, crate::zend::ffi::Z_EXPECTED_ARRAY_OR_NULL);
                return None;
            }
        }
    }
    let seconds = a.long_or_null(4)?;
    let micros = a.long_or(5, 0)?;

    // Check every element (in order, as the C extension does) and collect
    // one pollfd per element.
    let mut inline = [libc::pollfd {
        fd: -1,
        events: 0,
        revents: 0,
    }; INLINE];
    let mut heap = Vec::new();
    let mut count = 0usize;
    let mut bounds = [0usize; 4];
    let mut sets = 0;
    let mut max_fd = 0;
    for (i, entry) in arrays.iter().enumerate() {
        if let Some((_, arr)) = entry {
            let (events, _) = SETS.get(i).copied().unwrap_or((0, 0));
            let before = count;
            for (_, element) in arr.iter() {
                let sock = element_socket(i as u32 + 1, element)?;
                let fd = sock.raw_fd();
                max_fd = max_fd.max(fd);
                let pfd = libc::pollfd {
                    fd,
                    events,
                    revents: 0,
                };
                if let Some(slot) = inline.get_mut(count) {
                    *slot = pfd;
                } else {
                    if heap.is_empty() {
                        heap.extend_from_slice(&inline);
                    }
                    heap.push(pfd);
                }
                count += 1;
            }
            if count > before {
                sets += 1;
            }
        }
        if let Some(b) = bounds.get_mut(i + 1) {
            *b = count;
        }
    }
    if sets == 0 {
        error::value_error("socket_select(): At least one array argument must be passed");
        return None;
    }
    if max_fd >= FD_SETSIZE {
        error::warning(&format!(
            "You MUST recompile PHP with a larger value of FD_SETSIZE.\n\
             It is set to {FD_SETSIZE}, but you have descriptors numbered at least as high as {max_fd}.\n \
             --enable-fd-setsize={} is recommended, but you may want to set it\n\
             to equal the maximum number of open files supported by your system,\n\
             in order to avoid seeing this error again at a later date.",
            (max_fd + 1024) & !1023
        ));
        return Some(Return::Bool(false));
    }

    // select()'s timeval, normalised as the C extension does, then checked
    // and converted as glibc's select() does: a negative part is EINVAL
    // without a system call; microseconds carry into seconds.
    let timeout = match seconds {
        None => None,
        Some(sec) => {
            let (sec, usec) = if micros > 999_999 {
                (sec.wrapping_add(micros / 1_000_000), micros % 1_000_000)
            } else {
                (sec, micros)
            };
            if sec < 0 || usec < 0 {
                errors::global_error("Unable to select", libc::EINVAL);
                return Some(Return::Bool(false));
            }
            Some((
                sec.saturating_add(usec / 1_000_000),
                (usec % 1_000_000) * 1000,
            ))
        }
    };

    let pfds: &mut [libc::pollfd] = if heap.is_empty() {
        inline.get_mut(..count).unwrap_or_default()
    } else {
        &mut heap
    };
    if let Err(e) = crate::sys::ppoll(pfds, timeout) {
        errors::global_error("Unable to select", e);
        return Some(Return::Bool(false));
    }

    // The three fd_sets select() would have returned.
    let mut ready = [FdSet::default(); 3];
    let mut total = 0i64;
    for (i, set) in ready.iter_mut().enumerate() {
        let (_, mask) = SETS.get(i).copied().unwrap_or((0, 0));
        let (from, to) = (
            bounds.get(i).copied().unwrap_or(0),
            bounds.get(i + 1).copied().unwrap_or(0),
        );
        for pfd in pfds.get(from..to).unwrap_or_default() {
            if pfd.revents & mask != 0 && set.insert(pfd.fd) {
                total += 1;
            }
        }
    }

    // Each array keeps, under their keys, the sockets that are ready. An
    // array still the one scanned above pairs its elements with their
    // results in order; one that changed meanwhile (a variable passed
    // twice) is matched by descriptor, as the C extension's FD_ISSET does.
    for (i, entry) in arrays.iter().enumerate() {
        let (Some((zv, scanned)), Some(set)) = (entry, ready.get(i)) else {
            continue;
        };
        let Some(arr) = zv.as_array() else { continue };
        let (_, mask) = SETS.get(i).copied().unwrap_or((0, 0));
        let mut out = ZArray::new(0);
        if arr.same_as(*scanned) {
            let (from, to) = (
                bounds.get(i).copied().unwrap_or(0),
                bounds.get(i + 1).copied().unwrap_or(0),
            );
            let results = pfds.get(from..to).unwrap_or_default();
            for ((key, element), pfd) in arr.iter().zip(results) {
                if pfd.revents & mask != 0 {
                    out.copy_entry(key, element.deref());
                }
            }
        } else {
            for (key, element) in arr.iter() {
                let element = element.deref();
                let fd = element
                    .as_object()
                    .and_then(|o| <Socket as ObjectData>::slot().downcast::<Socket>(o))
                    .map_or(-1, Socket::raw_fd);
                if set.contains(fd) {
                    out.copy_entry(key, element);
                }
            }
        }
        zv.replace_with(out.into_zval());
    }
    Some(Return::Long(total))
}

/// An fd_set: a bit per descriptor below FD_SETSIZE.
#[derive(Clone, Copy, Default)]
struct FdSet([u64; (FD_SETSIZE / 64) as usize]);

impl FdSet {
    /// Adds `fd`; false if it was there already.
    fn insert(&mut self, fd: i32) -> bool {
        let Some(word) = usize::try_from(fd / 64)
            .ok()
            .and_then(|w| self.0.get_mut(w))
        else {
            return false;
        };
        let bit = 1u64 << (fd % 64);
        let new = *word & bit == 0;
        *word |= bit;
        new
    }

    fn contains(&self, fd: i32) -> bool {
        usize::try_from(fd / 64)
            .ok()
            .and_then(|w| self.0.get(w))
            .is_some_and(|word| fd >= 0 && word & (1u64 << (fd % 64)) != 0)
    }
}
