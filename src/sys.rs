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

/// The C library's text for `errno` value `e` (strerror), or for a resolver
/// error (hstrerror), handed to `f` before the buffer can be reused.
pub fn with_strerror<R>(e: c_int, host: bool, f: impl FnOnce(&[u8]) -> R) -> R {
    // SAFETY: both return a NUL-terminated string (static, or a buffer valid
    // until the next call on this thread), read here before anything else
    // runs; PHP's CLI and FPM are single-threaded per request.
    let bytes = unsafe {
        let p = if host {
            hstrerror(e)
        } else {
            libc::strerror(e)
        };
        if p.is_null() {
            &[][..]
        } else {
            CStr::from_ptr(p).to_bytes()
        }
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
