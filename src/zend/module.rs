//! Static tables PHP reads when it loads the extension: arginfo (the
//! signatures `php --rf` shows), the function table and the module entry.
//! They are built as the C macros of zend_API.h build them, so that every
//! signature is exactly the C extension's.

use std::cell::UnsafeCell;
use std::ffi::{CStr, c_char, c_int};
use std::ptr;

use super::ffi::{
    self, zend_execute_data, zend_function_entry, zend_internal_arg_info, zend_module_entry,
    zend_type, zval,
};

/// One arginfo row (`zend_internal_arg_info`).
#[repr(transparent)]
pub struct ArgInfo(zend_internal_arg_info);

// SAFETY: arginfo is immutable static data that PHP only reads.
unsafe impl Sync for ArgInfo {}

const fn cstr(s: &'static CStr) -> *const c_char {
    s.as_ptr()
}

const fn opt_cstr(s: Option<&'static CStr>) -> *const c_char {
    match s {
        Some(s) => s.as_ptr(),
        None => ptr::null(),
    }
}

impl ArgInfo {
    /// The first row: number of required arguments and the return type mask
    /// (ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX).
    pub const fn returns(required: usize, mask: u32) -> Self {
        ArgInfo(zend_internal_arg_info {
            name: ptr::without_provenance(required),
            type_: zend_type {
                ptr: ptr::null_mut(),
                type_mask: mask,
            },
            default_value: ptr::null(),
        })
    }

    /// The first row for a function returning an object of `class`
    /// (ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX).
    pub const fn returns_class(required: usize, class: &'static CStr, mask: u32) -> Self {
        ArgInfo(zend_internal_arg_info {
            name: ptr::without_provenance(required),
            type_: zend_type {
                ptr: cstr(class) as *mut _,
                type_mask: ffi::ZEND_TYPE_CLASS_NAME_LITERAL_BIT | mask,
            },
            default_value: ptr::null(),
        })
    }

    /// A by-value parameter of a builtin type (ZEND_ARG_TYPE_MASK).
    pub const fn arg(name: &'static CStr, mask: u32, default: Option<&'static CStr>) -> Self {
        ArgInfo(zend_internal_arg_info {
            name: cstr(name),
            type_: zend_type {
                ptr: ptr::null_mut(),
                type_mask: mask,
            },
            default_value: opt_cstr(default),
        })
    }

    /// A by-reference parameter (ZEND_ARG_TYPE_MASK with pass_by_ref = 1);
    /// mask 0 is an untyped `&$name`.
    pub const fn by_ref(name: &'static CStr, mask: u32, default: Option<&'static CStr>) -> Self {
        ArgInfo(zend_internal_arg_info {
            name: cstr(name),
            type_: zend_type {
                ptr: ptr::null_mut(),
                type_mask: mask | ffi::ZEND_SEND_BY_REF,
            },
            default_value: opt_cstr(default),
        })
    }

    /// A parameter typed with a class (ZEND_ARG_OBJ_TYPE_MASK / ZEND_ARG_OBJ_INFO).
    pub const fn obj(
        name: &'static CStr,
        class: &'static CStr,
        mask: u32,
        default: Option<&'static CStr>,
    ) -> Self {
        ArgInfo(zend_internal_arg_info {
            name: cstr(name),
            type_: zend_type {
                ptr: cstr(class) as *mut _,
                type_mask: ffi::ZEND_TYPE_CLASS_NAME_LITERAL_BIT | mask,
            },
            default_value: opt_cstr(default),
        })
    }
}

/// The signature of a PHP internal function's C entry point.
pub type Handler = unsafe extern "C" fn(*mut zend_execute_data, *mut zval);

/// One row of the function table (PHP_FE / PHP_FALIAS).
#[repr(transparent)]
#[derive(Clone, Copy)]
pub struct FunctionEntry(zend_function_entry);

// SAFETY: immutable static data that PHP only reads.
unsafe impl Sync for FunctionEntry {}

impl FunctionEntry {
    pub const fn new(name: &'static CStr, handler: Handler, args: &'static [ArgInfo]) -> Self {
        FunctionEntry(zend_function_entry {
            fname: cstr(name),
            handler: Some(handler),
            arg_info: args.as_ptr().cast(),
            num_args: args.len().saturating_sub(1) as u32,
            flags: 0,
            // PHP 8.4 added these two (PHP_FE leaves them NULL).
            #[cfg(php84)]
            frameless_function_infos: ptr::null(),
            #[cfg(php84)]
            doc_comment: ptr::null(),
        })
    }

    pub const fn end() -> Self {
        FunctionEntry(zend_function_entry {
            fname: ptr::null(),
            handler: None,
            arg_info: ptr::null(),
            num_args: 0,
            flags: 0,
            #[cfg(php84)]
            frameless_function_infos: ptr::null(),
            #[cfg(php84)]
            doc_comment: ptr::null(),
        })
    }
}

/// The table with row `index` moved to just before the terminating row,
/// the rows after it moving up one (at compile time).
pub const fn move_to_end<const N: usize>(
    mut table: [FunctionEntry; N],
    index: usize,
) -> [FunctionEntry; N] {
    let mut i = index;
    while i + 2 < N {
        table.swap(i, i + 1);
        i += 1;
    }
    table
}

pub type StartupFn = unsafe extern "C" fn(c_int, c_int) -> ffi::ZendResult;
pub type InfoFn = unsafe extern "C" fn(*mut zend_module_entry);

/// The module entry PHP keeps a pointer to (and writes its bookkeeping into).
pub struct ModuleCell(UnsafeCell<zend_module_entry>);

// SAFETY: PHP loads and starts modules on one thread; after start-up the
// entry is only read.
unsafe impl Sync for ModuleCell {}

impl ModuleCell {
    pub const fn new(
        name: &'static CStr,
        functions: &'static [FunctionEntry],
        startup: StartupFn,
        info: InfoFn,
    ) -> Self {
        ModuleCell(UnsafeCell::new(zend_module_entry {
            size: size_of::<zend_module_entry>() as u16,
            zend_api: ffi_api_no(),
            zend_debug: ext_php_rs::PHP_DEBUG as u8,
            zts: ext_php_rs::PHP_ZTS as u8,
            ini_entry: ptr::null(),
            deps: ptr::null(),
            name: cstr(name),
            functions: functions.as_ptr().cast(),
            module_startup_func: Some(startup),
            module_shutdown_func: None,
            request_startup_func: None,
            request_shutdown_func: None,
            info_func: Some(info),
            version: ptr::null(),
            // Filled in by `publish` (see `super::globals`).
            globals_size: 0,
            #[cfg(not(php_zts))]
            globals_ptr: ptr::null_mut(),
            #[cfg(php_zts)]
            globals_id_ptr: ptr::null_mut(),
            globals_ctor: None,
            globals_dtor: None,
            post_deactivate_func: None,
            module_started: 0,
            type_: 0,
            handle: ptr::null_mut(),
            module_number: 0,
            build_id: ptr::null(),
        }))
    }

    /// Fills in what is only known at load time (the engine's build id, the
    /// version string, the module globals: a process's or, in a thread-safe
    /// PHP, each thread's) and hands the entry to PHP.
    pub fn publish(&'static self, version: *const c_char) -> *mut zend_module_entry {
        let m = self.0.get();
        let globals = super::globals::decl();
        // SAFETY: called from get_module, before PHP reads the entry; PHP's
        // module loading is single-threaded. The build id is a static string
        // compiled from the PHP headers (ZEND_MODULE_BUILD_ID). The globals'
        // pointer is a static of ours that Zend writes once, at start-up
        // (ZTS: the resource id; NTS: the constructor's storage).
        unsafe {
            (*m).build_id = ext_php_rs::ffi::ext_php_rs_php_build_id();
            (*m).version = version;
            (*m).globals_size = globals.size;
            #[cfg(not(php_zts))]
            {
                (*m).globals_ptr = globals.ptr;
            }
            #[cfg(php_zts)]
            {
                (*m).globals_id_ptr = globals.ptr.cast();
            }
            (*m).globals_ctor = Some(globals.ctor);
        }
        m
    }
}

const fn ffi_api_no() -> u32 {
    ext_php_rs::ffi::ZEND_MODULE_API_NO
}

/// `PHP_VERSION` of the running PHP as a C string that lives for the
/// process (what PHP_SOCKETS_VERSION is to the C extension), or `fallback`.
pub fn runtime_php_version(fallback: &'static CStr) -> *const c_char {
    static VERSION: std::sync::OnceLock<std::ffi::CString> = std::sync::OnceLock::new();
    let v = VERSION.get_or_init(|| {
        let name = c"PHP_VERSION";
        // SAFETY: the constant table exists once PHP loads extensions; the
        // constant, when found, is a string zval that we copy at once.
        let found = unsafe {
            let zv = ffi::zend_get_constant_str(name.as_ptr(), name.count_bytes());
            super::value::borrowed_bytes(zv).map(|b| b.to_vec())
        };
        found
            .and_then(|b| std::ffi::CString::new(b).ok())
            .unwrap_or_else(|| fallback.to_owned())
    });
    v.as_ptr()
}

/// Registers an int constant (REGISTER_LONG_CONSTANT with CONST_PERSISTENT).
pub fn register_long_constant(name: &CStr, value: i64, module_number: c_int) {
    // SAFETY: called during MINIT with a NUL-terminated name; Zend copies it.
    unsafe {
        ffi::zend_register_long_constant(
            name.as_ptr(),
            name.count_bytes(),
            value,
            ffi::CONST_PERSISTENT,
            module_number,
        )
    }
}

/// One row of phpinfo()'s table for this module.
pub fn info_row(key: &CStr, value: &CStr) {
    // SAFETY: both strings are NUL-terminated; PHP copies them to output.
    unsafe { ffi::php_info_print_table_row(2, key.as_ptr(), value.as_ptr()) }
}

pub fn info_table_start() {
    // SAFETY: plain output call, valid while PHP prints module info.
    unsafe { ffi::php_info_print_table_start() }
}

pub fn info_table_end() {
    // SAFETY: as for info_table_start.
    unsafe { ffi::php_info_print_table_end() }
}
