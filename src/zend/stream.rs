//! PHP streams, as far as sockets need them: the stream behind a resource,
//! casting it to a descriptor, its options, and making a socket stream
//! from a descriptor.

use std::ffi::{CStr, c_char, c_int, c_void};
use std::ptr::{self, NonNull};

use super::ffi::{self, zval};
use super::value::{OwnedZval, Zv, undef_zval};
use ext_php_rs::ffi::{php_stream, zend_resource};

const PHP_STREAM_AS_SOCKETD: c_int = 2;
pub const PHP_STREAM_OPTION_BLOCKING: c_int = 1;
const PHP_STREAM_OPTION_READ_BUFFER: c_int = 2;
const PHP_STREAM_BUFFER_NONE: c_int = 0;
const PHP_STREAM_FREE_CLOSE: c_int = 1 | 2;
const PHP_STREAM_FREE_PERSISTENT: c_int = 16;
const PHP_STREAM_FREE_KEEP_RSRC: c_int = 64;

/// php_netstream_data_t (main/php_network.h): a socket stream's state, up
/// to 8.4.
#[cfg(not(php85))]
#[repr(C)]
struct NetstreamData {
    socket: c_int,
    is_blocked: c_char,
    timeout: libc::timeval,
    timeout_event: c_char,
    ownsize: usize,
}

/// 8.5 made the two flags `bool`s and put them together before `timeout`.
#[cfg(php85)]
#[repr(C)]
struct NetstreamData {
    socket: c_int,
    is_blocked: bool,
    timeout_event: bool,
    timeout: libc::timeval,
    ownsize: usize,
}

/// A flag of NetstreamData: a `char` up to 8.4, a `bool` from 8.5.
#[cfg(not(php85))]
fn netstream_flag(b: bool) -> c_char {
    c_char::from(b)
}
#[cfg(php85)]
fn netstream_flag(b: bool) -> bool {
    b
}

unsafe extern "C" {
    fn php_file_le_stream() -> c_int;
    fn php_file_le_pstream() -> c_int;
    fn zend_fetch_resource2_ex(
        res: *mut zval,
        name: *const c_char,
        t1: c_int,
        t2: c_int,
    ) -> *mut c_void;
    // Exported as _php_stream_* up to 8.5, as php_stream_* from 8.6 (the
    // same functions; the old names were macros' targets).
    #[cfg_attr(php86, link_name = "php_stream_cast")]
    fn _php_stream_cast(
        stream: *mut php_stream,
        castas: c_int,
        ret: *mut *mut c_void,
        show_err: c_int,
    ) -> c_int;
    #[cfg_attr(php86, link_name = "php_stream_set_option")]
    fn _php_stream_set_option(
        stream: *mut php_stream,
        option: c_int,
        value: c_int,
        ptrparam: *mut c_void,
    ) -> c_int;
    #[cfg_attr(php86, link_name = "php_stream_free")]
    fn _php_stream_free(stream: *mut php_stream, close_options: c_int) -> c_int;
    fn _php_stream_xport_create(
        name: *const c_char,
        namelen: usize,
        options: c_int,
        flags: c_int,
        persistent_id: *const c_char,
        timeout: *mut libc::timeval,
        context: *mut c_void,
        error_string: *mut *mut ffi::zend_string,
        error_code: *mut c_int,
    ) -> *mut php_stream;
    fn _php_stream_fopen_from_fd(
        fd: c_int,
        mode: *const c_char,
        persistent_id: *const c_char,
        zero_position: bool,
    ) -> *mut php_stream;
    fn _php_stream_sock_open_from_socket(
        socket: c_int,
        persistent_id: *const c_char,
    ) -> *mut php_stream;
}

/// A stream that lives at least as long as the resource it came from.
#[derive(Clone, Copy)]
pub struct Stream(NonNull<php_stream>);

impl Stream {
    /// `php_stream_from_zval`: the stream behind a resource zval; for
    /// anything else Zend's TypeError ("supplied resource is not a valid
    /// stream resource") and None.
    pub fn from_zval(zv: Zv<'_>) -> Option<Stream> {
        // SAFETY: zend_fetch_resource2_ex checks the zval's type itself.
        unsafe {
            let p = zend_fetch_resource2_ex(
                zv.as_ptr(),
                c"stream".as_ptr(),
                php_file_le_stream(),
                php_file_le_pstream(),
            );
            NonNull::new(p.cast::<php_stream>()).map(Stream)
        }
    }

    /// The stream behind a resource zval, or None without any error
    /// (zend_fetch_resource2_ex with no type name).
    pub fn from_zval_quiet(zv: Zv<'_>) -> Option<Stream> {
        // SAFETY: zend_fetch_resource2_ex checks the type; a null name keeps
        // it silent.
        unsafe {
            let p = zend_fetch_resource2_ex(
                zv.as_ptr(),
                ptr::null(),
                php_file_le_stream(),
                php_file_le_pstream(),
            );
            NonNull::new(p.cast::<php_stream>()).map(Stream)
        }
    }

    /// `php_stream_cast(stream, PHP_STREAM_AS_FD, &fd, REPORT_ERRORS)`.
    pub fn fd(self) -> Option<c_int> {
        let mut fd: c_int = -1;
        // SAFETY: the stream is live; the cast writes an int.
        let r = unsafe { _php_stream_cast(self.0.as_ptr(), 1, (&raw mut fd).cast(), 1) };
        (r == 0).then_some(fd)
    }

    /// `php_stream_fopen_from_fd(fd, "rw", NULL)`: a plain-file stream.
    pub fn from_fd(fd: c_int) -> Option<Stream> {
        // SAFETY: plain call; PHP takes the descriptor into the stream.
        NonNull::new(unsafe { _php_stream_fopen_from_fd(fd, c"rw".as_ptr(), ptr::null(), false) })
            .map(Stream)
    }

    /// `php_stream_cast(stream, PHP_STREAM_AS_SOCKETD, &fd, REPORT_ERRORS)`.
    pub fn socket_fd(self) -> Option<c_int> {
        let mut fd: c_int = -1;
        // SAFETY: the stream is live; the cast writes a php_socket_t.
        let r = unsafe {
            _php_stream_cast(
                self.0.as_ptr(),
                PHP_STREAM_AS_SOCKETD,
                (&raw mut fd).cast(),
                1,
            )
        };
        (r == 0).then_some(fd)
    }

    pub fn set_option(self, option: c_int, value: c_int) -> c_int {
        // SAFETY: the stream is live; these options take no pointer.
        unsafe { _php_stream_set_option(self.0.as_ptr(), option, value, ptr::null_mut()) }
    }

    pub fn unbuffer_reads(self) {
        self.set_option(PHP_STREAM_OPTION_READ_BUFFER, PHP_STREAM_BUFFER_NONE);
    }

    /// Closes the stream (and its descriptor) but keeps the resource, as
    /// socket_close() does for an imported or exported socket.
    pub fn close_keep_resource(self) {
        // SAFETY: the stream is live; after this it is freed, and the
        // resource (kept) no longer points to it.
        unsafe {
            let persistent = (*self.0.as_ptr()).is_persistent() != 0;
            let opts = PHP_STREAM_FREE_KEEP_RSRC
                | PHP_STREAM_FREE_CLOSE
                | if persistent {
                    PHP_STREAM_FREE_CLOSE | PHP_STREAM_FREE_PERSISTENT
                } else {
                    0
                };
            _php_stream_free(self.0.as_ptr(), opts);
        }
    }

    /// `php_stream_xport_create(proto, ...)` with nothing but the protocol:
    /// a socket stream of that transport, not connected to anything yet.
    pub fn for_transport(proto: &CStr) -> Option<Stream> {
        // SAFETY: all optional arguments are null; the name is NUL-terminated.
        let p = unsafe {
            _php_stream_xport_create(
                proto.as_ptr(),
                proto.count_bytes(),
                0,
                0,
                ptr::null(),
                ptr::null_mut(),
                ptr::null_mut(),
                ptr::null_mut(),
                ptr::null_mut(),
            )
        };
        NonNull::new(p).map(Stream)
    }

    /// `php_stream_sock_open_from_socket(fd, NULL)`.
    pub fn from_socket(fd: c_int) -> Option<Stream> {
        // SAFETY: plain call; PHP takes the descriptor into the stream.
        NonNull::new(unsafe { _php_stream_sock_open_from_socket(fd, ptr::null()) }).map(Stream)
    }

    /// Points a socket stream at `fd`, as socket_export_stream() does.
    pub fn set_socket(self, fd: c_int, blocking: bool, timeout_sec: i64) {
        // SAFETY: streams made by for_transport/from_socket are socket
        // streams whose abstract data is a php_netstream_data_t.
        unsafe {
            let data = (*self.0.as_ptr()).abstract_.cast::<NetstreamData>();
            if data.is_null() {
                return;
            }
            (*data).socket = fd;
            (*data).is_blocked = netstream_flag(blocking);
            (*data).timeout = libc::timeval {
                tv_sec: timeout_sec,
                tv_usec: 0,
            };
        }
    }

    /// `php_stream_to_zval`: the resource as a zval (taking the stream's
    /// own reference) and the stream marked as exposed to scripts.
    pub fn into_zval(self) -> OwnedZval {
        // SAFETY: a fresh stream's resource is live; ZVAL_RES.
        unsafe {
            let s = self.0.as_ptr();
            (*s).set___exposed(1);
            let res: *mut zend_resource = (*s).res;
            let mut zv = undef_zval();
            zv.value.res = res;
            zv.u1.type_info = ffi::IS_RESOURCE_EX;
            OwnedZval::from_raw(zv)
        }
    }
}

/// FG(default_socket_timeout).
pub fn default_socket_timeout() -> i64 {
    // SAFETY: the file globals exist for the whole request.
    unsafe {
        let fg = ext_php_rs::ffi::ext_php_rs_file_globals();
        if fg.is_null() {
            60
        } else {
            (*fg).default_socket_timeout
        }
    }
}
