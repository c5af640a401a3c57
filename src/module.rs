//! The module PHP loads: its name (`sockets`, as the C extension's, so that
//! extension_loaded('sockets') and Composer's ext-sockets checks hold), its
//! function table, start-up (class and constants) and phpinfo() section.

use std::ffi::{CStr, c_int};

use crate::arginfo as ai;
use crate::zend::ffi::{SUCCESS, ZendResult, zend_module_entry};
use crate::zend::module::{self, FunctionEntry, ModuleCell};
use crate::{constants, socket, version};

mod handlers {
    crate::php_handlers! {
        zif_socket_select => crate::select::socket_select,
        zif_socket_create_listen => crate::socket::socket_create_listen,
        zif_socket_accept => crate::socket::socket_accept,
        zif_socket_set_nonblock => crate::socket::socket_set_nonblock,
        zif_socket_set_block => crate::socket::socket_set_block,
        zif_socket_listen => crate::socket::socket_listen,
        zif_socket_close => crate::socket::socket_close,
        zif_socket_write => crate::io::socket_write,
        zif_socket_read => crate::io::socket_read,
        zif_socket_getsockname => crate::address::socket_getsockname,
        zif_socket_getpeername => crate::address::socket_getpeername,
        zif_socket_create => crate::socket::socket_create,
        zif_socket_connect => crate::socket::socket_connect,
        zif_socket_strerror => crate::errors::socket_strerror,
        zif_socket_bind => crate::socket::socket_bind,
        zif_socket_recv => crate::io::socket_recv,
        zif_socket_send => crate::io::socket_send,
        zif_socket_recvfrom => crate::io::socket_recvfrom,
        zif_socket_sendto => crate::io::socket_sendto,
        zif_socket_get_option => crate::options::socket_get_option,
        zif_socket_set_option => crate::options::socket_set_option,
        zif_socket_create_pair => crate::socket::socket_create_pair,
        zif_socket_shutdown => crate::socket::socket_shutdown,
        zif_socket_last_error => crate::errors::socket_last_error,
        zif_socket_clear_error => crate::errors::socket_clear_error,
        zif_socket_atmark => crate::socket::socket_atmark,
        zif_socket_import_stream => crate::streams::socket_import_stream,
        zif_socket_export_stream => crate::streams::socket_export_stream,
        zif_socket_sendmsg => crate::messages::socket_sendmsg,
        zif_socket_recvmsg => crate::messages::socket_recvmsg,
        zif_socket_cmsg_space => crate::messages::socket_cmsg_space,
        zif_socket_addrinfo_lookup => crate::addrinfo::socket_addrinfo_lookup,
        zif_socket_addrinfo_connect => crate::addrinfo::socket_addrinfo_connect,
        zif_socket_addrinfo_bind => crate::addrinfo::socket_addrinfo_bind,
        zif_socket_addrinfo_explain => crate::addrinfo::socket_addrinfo_explain,
    }
}
use handlers::*;

/// In the C extension's order (8.3 and later), which `php --re sockets` lists.
const TABLE: [FunctionEntry; 38] = [
    FunctionEntry::new(c"socket_select", zif_socket_select, &ai::SOCKET_SELECT),
    FunctionEntry::new(
        c"socket_create_listen",
        zif_socket_create_listen,
        &ai::SOCKET_CREATE_LISTEN,
    ),
    FunctionEntry::new(c"socket_accept", zif_socket_accept, &ai::SOCKET_ACCEPT),
    FunctionEntry::new(
        c"socket_set_nonblock",
        zif_socket_set_nonblock,
        &ai::SOCKET_SET_NONBLOCK,
    ),
    FunctionEntry::new(
        c"socket_set_block",
        zif_socket_set_block,
        &ai::SOCKET_SET_BLOCK,
    ),
    FunctionEntry::new(c"socket_listen", zif_socket_listen, &ai::SOCKET_LISTEN),
    FunctionEntry::new(c"socket_close", zif_socket_close, &ai::SOCKET_CLOSE),
    FunctionEntry::new(c"socket_write", zif_socket_write, &ai::SOCKET_WRITE),
    FunctionEntry::new(c"socket_read", zif_socket_read, &ai::SOCKET_READ),
    FunctionEntry::new(
        c"socket_getsockname",
        zif_socket_getsockname,
        &ai::SOCKET_GETSOCKNAME,
    ),
    FunctionEntry::new(
        c"socket_getpeername",
        zif_socket_getpeername,
        &ai::SOCKET_GETPEERNAME,
    ),
    FunctionEntry::new(c"socket_create", zif_socket_create, &ai::SOCKET_CREATE),
    FunctionEntry::new(c"socket_connect", zif_socket_connect, &ai::SOCKET_CONNECT),
    FunctionEntry::new(
        c"socket_strerror",
        zif_socket_strerror,
        &ai::SOCKET_STRERROR,
    ),
    FunctionEntry::new(c"socket_bind", zif_socket_bind, &ai::SOCKET_BIND),
    FunctionEntry::new(c"socket_recv", zif_socket_recv, &ai::SOCKET_RECV),
    FunctionEntry::new(c"socket_send", zif_socket_send, &ai::SOCKET_SEND),
    FunctionEntry::new(
        c"socket_recvfrom",
        zif_socket_recvfrom,
        &ai::SOCKET_RECVFROM,
    ),
    FunctionEntry::new(c"socket_sendto", zif_socket_sendto, &ai::SOCKET_SENDTO),
    FunctionEntry::new(
        c"socket_get_option",
        zif_socket_get_option,
        &ai::SOCKET_GET_OPTION,
    ),
    FunctionEntry::new(
        c"socket_getopt",
        zif_socket_get_option,
        &ai::SOCKET_GET_OPTION,
    ),
    FunctionEntry::new(
        c"socket_set_option",
        zif_socket_set_option,
        &ai::SOCKET_SET_OPTION,
    ),
    FunctionEntry::new(
        c"socket_setopt",
        zif_socket_set_option,
        &ai::SOCKET_SET_OPTION,
    ),
    FunctionEntry::new(
        c"socket_create_pair",
        zif_socket_create_pair,
        &ai::SOCKET_CREATE_PAIR,
    ),
    FunctionEntry::new(
        c"socket_shutdown",
        zif_socket_shutdown,
        &ai::SOCKET_SHUTDOWN,
    ),
    FunctionEntry::new(c"socket_atmark", zif_socket_atmark, &ai::SOCKET_ATMARK),
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
    FunctionEntry::new(
        c"socket_import_stream",
        zif_socket_import_stream,
        &ai::SOCKET_IMPORT_STREAM,
    ),
    FunctionEntry::new(
        c"socket_export_stream",
        zif_socket_export_stream,
        &ai::SOCKET_EXPORT_STREAM,
    ),
    FunctionEntry::new(c"socket_sendmsg", zif_socket_sendmsg, &ai::SOCKET_SENDMSG),
    FunctionEntry::new(c"socket_recvmsg", zif_socket_recvmsg, &ai::SOCKET_RECVMSG),
    FunctionEntry::new(
        c"socket_cmsg_space",
        zif_socket_cmsg_space,
        &ai::SOCKET_CMSG_SPACE,
    ),
    FunctionEntry::new(
        c"socket_addrinfo_lookup",
        zif_socket_addrinfo_lookup,
        ai::SOCKET_ADDRINFO_LOOKUP,
    ),
    FunctionEntry::new(
        c"socket_addrinfo_connect",
        zif_socket_addrinfo_connect,
        &ai::SOCKET_ADDRINFO_CONNECT,
    ),
    FunctionEntry::new(
        c"socket_addrinfo_bind",
        zif_socket_addrinfo_bind,
        &ai::SOCKET_ADDRINFO_BIND,
    ),
    FunctionEntry::new(
        c"socket_addrinfo_explain",
        zif_socket_addrinfo_explain,
        &ai::SOCKET_ADDRINFO_EXPLAIN,
    ),
    FunctionEntry::end(),
];

/// socket_atmark() is the C extension's own from 8.3, listed after
/// socket_shutdown(); before, it is a later version's addition, listed
/// after the C extension's own functions.
static FUNCTIONS: [FunctionEntry; 38] = if version::ATMARK_IS_NATIVE {
    TABLE
} else {
    module::move_to_end(TABLE, ATMARK_INDEX)
};
const ATMARK_INDEX: usize = 25;

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
    crate::addrinfo::register_class();
    crate::messages::intern_keys();
    // The C extension's own first, in its order; then what we add.
    let native = constants::CONSTANTS.iter().filter(|c| c.is_native());
    let added = constants::CONSTANTS.iter().filter(|c| c.is_addition());
    for c in native.chain(added) {
        module::register_long_constant(c.name, c.value, module_number);
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
