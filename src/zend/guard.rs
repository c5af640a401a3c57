//! The C entry points of PHP functions: each turns the raw call into a
//! `Frame`, runs the safe Rust function, stores its result, and makes sure a
//! Rust panic (a bug) surfaces as a PHP `Error` instead of unwinding into C.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr::NonNull;

use super::ffi::{zend_execute_data, zval};
use super::value::{Frame, Return};

/// A PHP function body: `None` means an exception or error was raised.
pub type Body = for<'a> fn(&Frame<'a>) -> Option<Return>;

/// Runs `body` for the call `ex`, storing its result in `rv`.
///
/// # Safety
/// `ex` and `rv` must be what PHP passed to the internal function's handler.
#[inline(always)]
pub unsafe fn run(ex: *mut zend_execute_data, rv: *mut zval, name: &'static str, body: Body) {
    // SAFETY: `ex` is the live frame of this call (contract): PHP never
    // calls a handler without one, so it is not null.
    let frame = unsafe { Frame::new(NonNull::new_unchecked(ex)) };
    match catch_unwind(AssertUnwindSafe(|| body(&frame))) {
        // SAFETY: `rv` is this call's return value (contract).
        Ok(Some(ret)) => unsafe { ret.store(rv) },
        Ok(None) => {}
        Err(payload) => report_panic(name, payload),
    }
}

#[cold]
#[inline(never)]
fn report_panic(name: &str, payload: Box<dyn std::any::Any + Send>) {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    let name = name.trim_start_matches("zif_");
    super::error::throw_error(&format!("{name}(): internal error in rust_sockets: {what}"));
}

/// Silences Rust's default panic message on stderr: a panic reaches PHP as
/// an `Error` exception instead (see `run`).
pub fn install_quiet_panic_hook() {
    std::panic::set_hook(Box::new(|_| {}));
}

/// Defines `extern "C"` handlers `zif_NAME` for safe function bodies.
#[macro_export]
macro_rules! php_handlers {
    ($($name:ident => $body:path),* $(,)?) => {
        $(
            #[allow(non_snake_case)]
            pub unsafe extern "C" fn $name(
                ex: *mut $crate::zend::ffi::zend_execute_data,
                rv: *mut $crate::zend::ffi::zval,
            ) {
                // SAFETY: PHP calls this handler with the call's frame and
                // return value, which is `run`'s contract.
                unsafe { $crate::zend::guard::run(ex, rv, stringify!($name), $body) }
            }
        )*
    };
}
