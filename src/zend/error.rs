//! Warnings and exceptions raised through PHP's own functions, so that their
//! text, class and "function(): " prefix are the engine's.

use std::ffi::{CStr, CString};
use std::ptr;

use super::ffi;

fn to_cstring(msg: &str) -> CString {
    CString::new(msg).unwrap_or_else(|e| {
        let mut bytes = e.into_vec();
        bytes.retain(|&b| b != 0);
        CString::new(bytes).unwrap_or_default()
    })
}

/// `php_error_docref(NULL, E_WARNING, ...)`: "f(): msg".
#[cold]
pub fn warning(msg: &str) {
    let msg = to_cstring(msg);
    // SAFETY: "%s" with one NUL-terminated string argument.
    unsafe { ffi::php_error_docref(ptr::null(), ffi::E_WARNING, c"%s".as_ptr(), msg.as_ptr()) }
}

/// `zend_argument_value_error(n, msg)`: ValueError "f(): Argument #n ($x) msg".
#[cold]
pub fn argument_value_error(arg_num: u32, msg: &CStr) {
    // SAFETY: "%s" with one NUL-terminated string argument.
    unsafe { ffi::zend_argument_value_error(arg_num, c"%s".as_ptr(), msg.as_ptr()) }
}

/// `zend_argument_type_error(n, msg)`: TypeError "f(): Argument #n ($x) msg".
#[cold]
pub fn argument_type_error(arg_num: u32, msg: &str) {
    let msg = to_cstring(msg);
    // SAFETY: "%s" with one NUL-terminated string argument.
    unsafe { ffi::zend_argument_type_error(arg_num, c"%s".as_ptr(), msg.as_ptr()) }
}

/// `zend_argument_error(NULL, n, msg)`: Error "f(): Argument #n ($x) msg".
#[cold]
pub fn argument_error(arg_num: u32, msg: &CStr) {
    // SAFETY: a null class means zend_ce_error; "%s" with one string.
    unsafe { ffi::zend_argument_error(ptr::null_mut(), arg_num, c"%s".as_ptr(), msg.as_ptr()) }
}

/// `zend_value_error(msg)`: a ValueError without the argument prefix.
#[cold]
pub fn value_error(msg: &str) {
    let msg = to_cstring(msg);
    // SAFETY: "%s" with one NUL-terminated string argument.
    unsafe { ffi::zend_value_error(c"%s".as_ptr(), msg.as_ptr()) }
}

/// `zend_throw_error(NULL, msg)`: an `Error`.
#[cold]
pub fn throw_error(msg: &str) {
    let msg = to_cstring(msg);
    // SAFETY: a null class means zend_ce_error; "%s" with one string.
    unsafe { ffi::zend_throw_error(ptr::null_mut(), c"%s".as_ptr(), msg.as_ptr()) }
}

/// `zend_wrong_parameters_count_error(min, max)`: the ArgumentCountError.
#[cold]
pub fn wrong_parameter_count(min: u32, max: u32) {
    // SAFETY: Zend reads the current call's argument count itself.
    unsafe { ffi::zend_wrong_parameters_count_error(min, max) }
}

/// `zend_wrong_param_count()` (WRONG_PARAM_COUNT): ArgumentCountError
/// "Wrong parameter count for f()".
#[cold]
pub fn wrong_param_count() {
    // SAFETY: Zend names the current function itself.
    unsafe { ffi::zend_wrong_param_count() }
}

/// `zend_argument_count_error(msg)`: ArgumentCountError with the message
/// as given.
#[cold]
pub fn argument_count_error(msg: &str) {
    let msg = to_cstring(msg);
    // SAFETY: "%s" with one NUL-terminated string argument.
    unsafe { ffi::zend_argument_count_error(c"%s".as_ptr(), msg.as_ptr()) }
}

/// `zend_argument_value_error(n, ...)` with a message built at run time.
#[cold]
pub fn argument_value_error_fmt(arg_num: u32, msg: &str) {
    let msg = to_cstring(msg);
    argument_value_error(arg_num, &msg);
}
