//! Globals, as the build kind keeps them: the executor globals (`EG()`) and
//! this module's own (`SOCKETS_G()`: the last error of any socket function,
//! what socket_last_error() without a socket returns).
//!
//! A non-thread-safe PHP (NTS: CLI, FPM, Apache's prefork) runs one request
//! at a time per process, and both are plain process globals. A thread-safe
//! PHP (ZTS: FrankenPHP, Apache's worker/event MPMs, `parallel`) runs one
//! request per thread at a time, and keeps every global once per thread in
//! TSRM: the engine's at a fast offset of the thread's storage, each
//! module's in the storage slot its resource id names, allocated (and made
//! by `globals_ctor`) for every thread that starts, as php-src's own
//! extensions declare theirs with ZEND_BEGIN_MODULE_GLOBALS. The handlers
//! call the functions below and never know which build they run in.

use std::ffi::c_void;
use std::sync::atomic::{AtomicI32, Ordering};

use super::ffi;

/// `zend_sockets_globals`: what the C extension keeps per thread that
/// scripts can see. (Its `strerror_buf` is a scratch buffer, and
/// `wsa_info` is Windows-only.)
#[repr(C)]
pub struct ModuleGlobals {
    last_error: AtomicI32,
}

/// `PHP_GINIT_FUNCTION(sockets)`: a new thread's (or, without ZTS, the
/// process's) globals start with no error.
unsafe extern "C" fn globals_ctor(globals: *mut c_void) {
    // SAFETY: Zend passes storage of `globals_size` bytes, suitably aligned
    // (malloc'd by TSRM, or our static), that nothing else uses yet.
    unsafe {
        globals.cast::<ModuleGlobals>().write(ModuleGlobals {
            last_error: AtomicI32::new(0),
        })
    }
}

/// What the module entry declares about the globals: `globals_size`,
/// the pointer Zend writes the resource id to (ZTS) or the globals
/// themselves (NTS), and the constructor.
pub struct GlobalsDecl {
    pub size: usize,
    pub ptr: *mut c_void,
    pub ctor: unsafe extern "C" fn(*mut c_void),
}

#[cfg(not(any(php_zts, feature = "process-wide-last-error")))]
mod kind {
    use super::*;

    /// The one copy a non-thread-safe PHP has (`sockets_globals`).
    static GLOBALS: ModuleGlobals = ModuleGlobals {
        last_error: AtomicI32::new(0),
    };

    pub fn decl() -> GlobalsDecl {
        GlobalsDecl {
            size: size_of::<ModuleGlobals>(),
            ptr: (&raw const GLOBALS).cast_mut().cast(),
            ctor: globals_ctor,
        }
    }

    #[inline(always)]
    pub fn module() -> &'static ModuleGlobals {
        &GLOBALS
    }

    /// `&executor_globals`.
    #[inline(always)]
    pub fn executor() -> *const ffi::zend_executor_globals {
        &raw const ext_php_rs::ffi::executor_globals
    }
}

#[cfg(all(php_zts, not(feature = "process-wide-last-error")))]
mod kind {
    use super::*;

    /// `sockets_globals_id`: the TSRM resource id of our globals, which
    /// Zend's module start-up writes here (`ts_allocate_id`) before any
    /// thread can run a request; read-only from then on.
    static GLOBALS_ID: AtomicI32 = AtomicI32::new(0);

    pub fn decl() -> GlobalsDecl {
        GlobalsDecl {
            size: size_of::<ModuleGlobals>(),
            ptr: GLOBALS_ID.as_ptr().cast(),
            ctor: globals_ctor,
        }
    }

    /// This thread's `SOCKETS_G()`.
    #[inline(always)]
    pub fn module() -> &'static ModuleGlobals {
        let id = GLOBALS_ID.load(Ordering::Relaxed);
        // SAFETY: TSRMG_BULK(id) (compiled from the headers in use by
        // ext-php-rs's wrapper) is this thread's storage for our resource
        // id, constructed by `globals_ctor` when the thread's resources
        // were allocated and freed only by ts_free_thread(), after the
        // thread's last request: no PHP function runs on the thread after
        // that, and no reference outlives the function call that took it
        // (callers use it at once; see `last_error`).
        unsafe { &*ext_php_rs_tsrmg_bulk(id).cast::<ModuleGlobals>() }
    }

    /// This thread's `&EG()`, at the engine's fast offset of its storage.
    #[inline(always)]
    pub fn executor() -> *const ffi::zend_executor_globals {
        // SAFETY: a wrapper compiled from the headers in use; every thread
        // that runs PHP code has its storage.
        unsafe { ext_php_rs::ffi::ext_php_rs_executor_globals() }
    }

    unsafe extern "C" {
        /// `TSRMG_BULK(id, void *)`, in ext-php-rs's wrapper (ZTS builds).
        fn ext_php_rs_tsrmg_bulk(id: std::ffi::c_int) -> *mut c_void;
    }
}

/// A deliberately wrong build for the thread test (tests/embed): the last
/// error kept once per process even in a thread-safe PHP, as this
/// extension once did. The test must fail with it, which shows that it
/// can tell per-thread globals from shared ones.
#[cfg(feature = "process-wide-last-error")]
mod kind {
    use super::*;

    static GLOBALS: ModuleGlobals = ModuleGlobals {
        last_error: AtomicI32::new(0),
    };

    pub fn decl() -> GlobalsDecl {
        GlobalsDecl {
            size: 0,
            ptr: std::ptr::null_mut(),
            ctor: globals_ctor,
        }
    }

    #[inline(always)]
    pub fn module() -> &'static ModuleGlobals {
        &GLOBALS
    }

    #[cfg(not(php_zts))]
    pub fn executor() -> *const ffi::zend_executor_globals {
        &raw const ext_php_rs::ffi::executor_globals
    }

    #[cfg(php_zts)]
    pub fn executor() -> *const ffi::zend_executor_globals {
        // SAFETY: as in the ZTS build.
        unsafe { ext_php_rs::ffi::ext_php_rs_executor_globals() }
    }
}

/// For the module entry (see `ModuleCell`).
pub fn decl() -> GlobalsDecl {
    kind::decl()
}

/// `SOCKETS_G(last_error)`.
#[inline(always)]
pub fn last_error() -> i32 {
    kind::module().last_error.load(Ordering::Relaxed)
}

/// `SOCKETS_G(last_error) = e`.
#[inline(always)]
pub fn set_last_error(e: i32) {
    kind::module().last_error.store(e, Ordering::Relaxed)
}

/// Whether an exception is pending (`EG(exception)`).
#[inline]
pub fn has_exception() -> bool {
    // SAFETY: the executor globals of the thread running this call exist
    // for the whole request; one pointer is read.
    unsafe { !(*kind::executor()).exception.is_null() }
}
