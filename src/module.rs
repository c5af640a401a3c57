//! The module PHP loads: its name (`sockets`, as the C extension's, so that
//! extension_loaded('sockets') and Composer's ext-sockets checks hold), its
//! function table, start-up (class and constants) and phpinfo() section.

use std::ffi::{CStr, c_int};

use crate::arginfo as ai;
use crate::zend::ffi::{SUCCESS, ZendResult, zend_module_entry};
use crate::zend::module::{self, FunctionEntry, ModuleCell};
use crate::{constants, socket};

mod handlers {
    crate::php_handlers! {
        zif_socket_create_pair => crate::socket::socket_create_pair,
        zif_socket_close => crate::socket::socket_close,
        zif_socket_write => crate::io::socket_write,
        zif_socket_read => crate::io::socket_read,
        zif_socket_last_error => crate::errors::socket_last_error,
        zif_socket_clear_error => crate::errors::socket_clear_error,
        zif_socket_strerror => crate::errors::socket_strerror,
    }
}
use handlers::*;

static FUNCTIONS: [FunctionEntry; 8] = [
    FunctionEntry::new(c"socket_close", zif_socket_close, &ai::SOCKET_CLOSE),
    FunctionEntry::new(c"socket_write", zif_socket_write, &ai::SOCKET_WRITE),
    FunctionEntry::new(c"socket_read", zif_socket_read, &ai::SOCKET_READ),
    FunctionEntry::new(
        c"socket_strerror",
        zif_socket_strerror,
        &ai::SOCKET_STRERROR,
    ),
    FunctionEntry::new(
        c"socket_create_pair",
        zif_socket_create_pair,
        &ai::SOCKET_CREATE_PAIR,
    ),
    FunctionEntry::new(
        c"socket_last_error",
        zif_socket_last_error,
        &ai::SOCKET_LAST_ERROR,
    ),
    FunctionEntry::new(
        c"socket_clear_error",
        zif_socket_clear_error,
        &ai::SOCKET_CLEAR_ERROR,
    ),
    FunctionEntry::end(),
];

static MODULE: ModuleCell = ModuleCell::new(c"sockets", &FUNCTIONS, minit, minfo);

/// The PHP this was built against, for when the running one cannot be asked.
const BUILD_PHP_VERSION: &CStr =
    match CStr::from_bytes_with_nul(concat!(env!("RUST_SOCKETS_PHP_VERSION"), "\0").as_bytes()) {
        Ok(v) => v,
        Err(_) => c"8.2",
    };

const IMPLEMENTATION_VERSION: &CStr =
    match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
        Ok(v) => v,
        Err(_) => c"unknown",
    };

/// The entry point PHP looks up in the shared object.
#[unsafe(no_mangle)]
pub extern "C" fn get_module() -> *mut zend_module_entry {
    MODULE.publish(module::runtime_php_version(BUILD_PHP_VERSION))
}

unsafe extern "C" fn minit(_type: c_int, module_number: c_int) -> ZendResult {
    crate::zend::guard::install_quiet_panic_hook();
    socket::register_class();
    for (name, value) in constants::CONSTANTS {
        module::register_long_constant(name, *value, module_number);
    }
    SUCCESS
}

unsafe extern "C" fn minfo(_module: *mut zend_module_entry) {
    module::info_table_start();
    module::info_row(c"Sockets Support", c"enabled");
    module::info_row(c"Implementation", c"rust_sockets");
    module::info_row(c"rust_sockets version", IMPLEMENTATION_VERSION);
    module::info_table_end();
}
