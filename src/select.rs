//! socket_select(): waits on arrays of sockets and leaves in each array the
//! sockets that are ready, under their original keys.
//!
//! The wait is one ppoll() call with select()'s meaning: Linux computes
//! select() results from the same poll masks (POLLIN_SET, POLLOUT_SET,
//! POLLEX_SET in fs/select.c), which is what the masks below are. The count
//! is select()'s (one per descriptor and set). Unlike the C extension, whose
//! fd_sets stop at FD_SETSIZE (1024), any descriptor number is accepted:
//! ppoll() has no such limit.
//!
//! The cost is linear in the number of sockets: one pollfd per element,
//! written during the one pass that checks the elements; each result array
//! built at its final size, a packed one (the common list of sockets) by
//! writing its slots in order instead of a hash update per element.

use crate::args;
use crate::errors;
use crate::socket::Socket;
use crate::sys::PollFds;
use crate::zend::{ArrayRef, Frame, ObjectData, OwnedZval, Return, ZArray, Zv, error};

const READ_EVENTS: i16 = libc::POLLIN | libc::POLLRDNORM | libc::POLLRDBAND;
const WRITE_EVENTS: i16 = libc::POLLOUT | libc::POLLWRNORM | libc::POLLWRBAND;
const EXCEPT_EVENTS: i16 = libc::POLLPRI;
/// What makes a descriptor count as ready in each select() set.
const SETS: [(i16, i16); 3] = [
    (READ_EVENTS, READ_EVENTS | libc::POLLHUP | libc::POLLERR),
    (WRITE_EVENTS, WRITE_EVENTS | libc::POLLERR),
    (EXCEPT_EVENTS, EXCEPT_EVENTS),
];

/// One of the three array arguments: the variable, the array it held when
/// called, and where its elements' pollfds are.
struct SetArg<'a> {
    var: Zv<'a>,
    scanned: ArrayRef<'a>,
    from: usize,
    to: usize,
}

impl SetArg<'_> {
    /// The set's pollfds, in the order of its elements.
    fn results<'p>(&self, pfds: &'p [libc::pollfd]) -> &'p [libc::pollfd] {
        pfds.get(self.from..self.to).unwrap_or_default()
    }
}

/// The descriptor of the socket in an array element, or the C extension's
/// TypeError.
fn element_fd(arg_num: u32, element: Zv<'_>) -> Option<i32> {
    let element = element.deref();
    let sock = element
        .as_object()
        .and_then(|o| <Socket as ObjectData>::slot().downcast::<Socket>(o));
    match sock.map(Socket::raw_fd) {
        Some(fd) if fd >= 0 => Some(fd),
        Some(_) => {
            error::argument_type_error(arg_num, "contains a closed socket");
            None
        }
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
    }
}

/// socket_select(?array &$read, ?array &$write, ?array &$except,
///               ?int $seconds, int $microseconds = 0): int|false
pub fn socket_select(f: &Frame<'_>) -> Option<Return> {
    let a = args::parse(f, 4, 5)?;
    let mut sets: [Option<SetArg<'_>>; 3] = [None, None, None];
    for (n, set) in (1u32..).zip(sets.iter_mut()) {
        let zv = a.zval(n)?.deref();
        if zv.is_null() {
            continue;
        }
        match zv.as_array() {
            Some(arr) => {
                *set = Some(SetArg {
                    var: zv,
                    scanned: arr,
                    from: 0,
                    to: 0,
                })
            }
            None => {
                zv.wrong_type(n, crate::zend::ffi::Z_EXPECTED_ARRAY_OR_NULL);
                return None;
            }
        }
    }
    let seconds = a.long_or_null(4)?;
    let micros = a.long_or(5, 0)?;

    // Check every element (in order, as the C extension does) and write one
    // pollfd per element, into storage of the exact size.
    let total: usize = sets
        .iter()
        .flatten()
        .map(|set| set.scanned.len() as usize)
        .sum();
    let mut pfds = PollFds::with_capacity(total);
    for (n, (set, &(events, _))) in (1u32..).zip(sets.iter_mut().zip(&SETS)) {
        let Some(set) = set else { continue };
        set.from = pfds.len();
        for element in set.scanned.values() {
            let fd = element_fd(n, element)?;
            pfds.push(libc::pollfd {
                fd,
                events,
                revents: 0,
            });
        }
        set.to = pfds.len();
    }
    if pfds.is_empty() {
        error::value_error("socket_select(): At least one array argument must be passed");
        return None;
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

    let pfds = pfds.as_mut_slice();
    if let Err(e) = crate::sys::ppoll(pfds, timeout) {
        errors::global_error("Unable to select", e);
        return Some(Return::Bool(false));
    }
    let pfds: &[libc::pollfd] = pfds;

    // A descriptor that is not open (closed under the Socket, e.g. through
    // an exported stream) makes select() fail with EBADF before waiting,
    // arrays untouched; ppoll() reports it as POLLNVAL instead, and returns
    // at once.
    if pfds.iter().any(|pfd| pfd.revents & libc::POLLNVAL != 0) {
        errors::global_error("Unable to select", libc::EBADF);
        return Some(Return::Bool(false));
    }

    // Each array keeps, under their keys, the sockets that are ready. The
    // same variable may be passed for two sets: by the time the second set
    // is filtered, it holds the first set's result, which is matched by
    // descriptor, as the C extension's FD_ISSET does.
    let mut total_ready = 0i64;
    for (i, (set, &(_, mask))) in sets.iter().zip(&SETS).enumerate() {
        let Some(set) = set else { continue };
        let results = set.results(pfds);
        let ready = Ready::of(results, mask);
        total_ready += ready.distinct(results, mask) as i64;
        let replaced = sets
            .iter()
            .take(i)
            .flatten()
            .any(|earlier| earlier.var.same_zval(set.var));
        // Every element ready: the array the C extension builds afresh is
        // the scanned one, element for element, when that is a plain list
        // (no references, which it would dereference; keys, next free key
        // and internal pointer as a new array has them). The variable keeps
        // it, as array_values() returns such a list itself.
        // What the C extension's release of the array does to the garbage
        // collector's buffer is done by settle_as_rebuilt() (gc_status()
        // shows it).
        if !replaced
            && ready.count == results.len()
            && set.scanned.is_fresh_list()
            && set.var.as_array().is_some_and(|a| a.same_as(set.scanned))
            && !set.scanned.values().any(|v| v.is_reference())
        {
            set.scanned.settle_as_rebuilt();
            continue;
        }
        let out = if replaced {
            let Some(current) = set.var.as_array() else {
                continue;
            };
            by_descriptor(current, results, mask)
        } else {
            in_order(set.scanned, results, mask, &ready)
        };
        set.var.replace_with(out);
    }
    Some(Return::Long(total_ready))
}

/// What ppoll() said of one set.
struct Ready {
    /// Elements that are ready.
    count: usize,
    /// The position of the last of them.
    last: u32,
    /// Whether the ready descriptors come in strictly ascending order (so
    /// that none is there twice).
    ascending: bool,
}

impl Ready {
    fn of(results: &[libc::pollfd], mask: i16) -> Ready {
        let mut ready = Ready {
            count: 0,
            last: 0,
            ascending: true,
        };
        let mut last_fd = -1;
        for (position, pfd) in (0u32..).zip(results) {
            if pfd.revents & mask != 0 {
                ready.count += 1;
                ready.last = position;
                ready.ascending &= pfd.fd > last_fd;
                last_fd = pfd.fd;
            }
        }
        ready
    }

    /// select()'s count for the set: ready descriptors, each once however
    /// many elements hold it.
    fn distinct(&self, results: &[libc::pollfd], mask: i16) -> usize {
        if self.ascending {
            return self.count;
        }
        let mut fds = ready_fds(results, mask);
        fds.dedup();
        fds.len()
    }
}

/// The positions of the ready elements.
fn positions(results: &[libc::pollfd], mask: i16) -> impl Iterator<Item = u32> {
    (0u32..)
        .zip(results)
        .filter(move |(_, pfd)| pfd.revents & mask != 0)
        .map(|(position, _)| position)
}

/// The ready descriptors of a set, sorted (duplicates kept).
fn ready_fds(results: &[libc::pollfd], mask: i16) -> Vec<i32> {
    let mut fds: Vec<i32> = results
        .iter()
        .filter(|pfd| pfd.revents & mask != 0)
        .map(|pfd| pfd.fd)
        .collect();
    fds.sort_unstable();
    fds
}

/// The ready elements of the array that was scanned, whose elements pair
/// with their pollfds in order, built at its final size. A list of sockets
/// (a packed array without holes, where an element's position is its key)
/// at least about half ready is written slot by slot, the rest by hash
/// updates.
fn in_order(arr: ArrayRef<'_>, results: &[libc::pollfd], mask: i16, ready: &Ready) -> OwnedZval {
    let no_holes = arr.used() == arr.len();
    if ready.count > 0 && no_holes && ready.last as usize <= 2 * ready.count + 8 {
        let selection = ZArray::packed_selection(arr, ready.last + 1, positions(results, mask));
        if let Some(out) = selection {
            return out.into_zval();
        }
    }
    let mut out = ZArray::new(u32::try_from(ready.count).unwrap_or(u32::MAX));
    if ready.count == 0 {
        return out.into_zval();
    }
    if no_holes {
        for position in positions(results, mask) {
            if let Some((key, element)) = arr.entry(position) {
                out.copy_entry(key, element.deref());
            }
        }
    } else {
        for ((key, element), pfd) in arr.iter().zip(results) {
            if pfd.revents & mask != 0 {
                out.copy_entry(key, element.deref());
            }
        }
    }
    out.into_zval()
}

/// The elements of `arr` whose descriptor is ready in the set.
fn by_descriptor(arr: ArrayRef<'_>, results: &[libc::pollfd], mask: i16) -> OwnedZval {
    let fds = ready_fds(results, mask);
    let mut out = ZArray::new(0);
    for (key, element) in arr.iter() {
        let element = element.deref();
        let fd = element
            .as_object()
            .and_then(|o| <Socket as ObjectData>::slot().downcast::<Socket>(o))
            .map(Socket::raw_fd);
        if fd.is_some_and(|fd| fds.binary_search(&fd).is_ok()) {
            out.copy_entry(key, element);
        }
    }
    out.into_zval()
}
