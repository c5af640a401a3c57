//! The C API php_sockets.h declares for other extensions: `socket_ce`,
//! `socket_import_file_descriptor()` and `sockets_strerror()`. PHP loads
//! extensions with RTLD_GLOBAL, so extensions loaded after this one find
//! these symbols by name. The Socket object's layout from `bsd_socket` on
//! is php_socket's, so `socket_from_obj()` and its fields work as with the
//! C extension.

use std::ffi::{c_char, c_int};
use std::ptr;

use crate::socket::Socket;
use crate::zend::ClassSlot;
use crate::zend::ffi::zend_class_entry;

/// `extern PHP_SOCKETS_API zend_class_entry *socket_ce;`
#[unsafe(no_mangle)]
#[allow(non_upper_case_globals)]
pub static mut socket_ce: *mut zend_class_entry = ptr::null_mut();

/// Publishes the class entry (MINIT, after the class is registered).
pub fn publish(slot: &ClassSlot) {
    // SAFETY: written once during MINIT, before any other extension or
    // script can read it; PHP's start-up is single-threaded.
    unsafe { socket_ce = slot.ce() };
}

/// `bool socket_import_file_descriptor(PHP_SOCKET socket, php_socket *retsock)`:
/// fills a Socket object (made with object_init_ex(socket_ce)) for `fd`.
///
/// # Safety
/// `retsock` must point to the php_socket part of a live Socket object.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn socket_import_file_descriptor(fd: c_int, retsock: *mut u8) -> bool {
    if retsock.is_null() {
        return false;
    }
    // SAFETY: per the contract, retsock is the `fd` field of our Socket.
    let sock = unsafe { &*retsock.sub(Socket::php_socket_offset()).cast::<Socket>() };
    sock.import_descriptor(fd);
    sock.error() == 0
}

/// `char *sockets_strerror(int error)`: libc's (or the resolver's) text.
#[unsafe(no_mangle)]
pub extern "C" fn sockets_strerror(error: c_int) -> *const c_char {
    // SAFETY: both return static strings (or this thread's buffer), as the
    // C extension's function does.
    unsafe {
        if error < -10000 {
            hstrerror(error.wrapping_neg().wrapping_sub(10000))
        } else {
            libc::strerror(error)
        }
    }
}

unsafe extern "C" {
    fn hstrerror(err: c_int) -> *const c_char;
}
