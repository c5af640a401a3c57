//! Declarations of the Zend Engine and PHP symbols that ext-php-rs's generated
//! bindings leave out, and the constants of the PHP headers this crate relies
//! on. Struct layouts come from ext-php-rs's bindgen output, which is
//! generated against the PHP headers in use at build time; what differs
//! between PHP versions and is laid out or declared by hand here is gathered
//! at the end of this file ("Per PHP version"), each item with the version
//! that changed it (the `php83`..`php86` cfg flags come from build.rs).
//! The constants above that section are the same in 8.2, 8.4, 8.5 and 8.6
//! (checked against each version's headers).
//!
//! Nothing here is called outside `crate::zend`.

use std::ffi::{c_char, c_int, c_void};

pub use ext_php_rs::ffi::{
    Bucket, HashTable, zend_array, zend_class_entry, zend_execute_data, zend_executor_globals,
    zend_function_entry, zend_internal_arg_info, zend_module_entry, zend_object,
    zend_object_handlers, zend_reference, zend_string, zend_type, zval,
};

// Type codes (Zend/zend_types.h).
pub const IS_UNDEF: u8 = 0;
pub const IS_NULL: u8 = 1;
pub const IS_FALSE: u8 = 2;
pub const IS_TRUE: u8 = 3;
pub const IS_LONG: u8 = 4;
pub const IS_DOUBLE: u8 = 5;
pub const IS_STRING: u8 = 6;
pub const IS_ARRAY: u8 = 7;
pub const IS_OBJECT: u8 = 8;
pub const IS_RESOURCE: u8 = 9;
pub const IS_REFERENCE: u8 = 10;
pub const IS_VOID: u8 = 14;

const Z_TYPE_FLAGS_SHIFT: u32 = 8;
const IS_TYPE_REFCOUNTED: u32 = 1 << 0;
const IS_TYPE_COLLECTABLE: u32 = 1 << 1;
pub const IS_INTERNED_STRING_EX: u32 = IS_STRING as u32;
pub const IS_STRING_EX: u32 = IS_STRING as u32 | (IS_TYPE_REFCOUNTED << Z_TYPE_FLAGS_SHIFT);
pub const IS_ARRAY_EX: u32 = IS_ARRAY as u32
    | (IS_TYPE_REFCOUNTED << Z_TYPE_FLAGS_SHIFT)
    | (IS_TYPE_COLLECTABLE << Z_TYPE_FLAGS_SHIFT);
pub const IS_RESOURCE_EX: u32 = IS_RESOURCE as u32 | (IS_TYPE_REFCOUNTED << Z_TYPE_FLAGS_SHIFT);
pub const IS_OBJECT_EX: u32 = IS_OBJECT as u32
    | (IS_TYPE_REFCOUNTED << Z_TYPE_FLAGS_SHIFT)
    | (IS_TYPE_COLLECTABLE << Z_TYPE_FLAGS_SHIFT);

// zend_refcounted_h type_info of a fresh non-persistent string: GC_STRING.
const GC_NOT_COLLECTABLE: u32 = 1 << 4;
pub const GC_STRING: u32 = IS_STRING as u32 | GC_NOT_COLLECTABLE;
/// GC_IMMUTABLE: interned strings carry it in their GC flags.
pub const GC_IMMUTABLE: u32 = 1 << 6;
/// GC_PERSISTENT (IS_STR_PERSISTENT for strings): allocated with malloc.
pub const GC_PERSISTENT: u32 = 1 << 7;
/// GC_INFO_MASK: the bits of a refcounted value's type info that hold its
/// place in the garbage collector's buffer (0: not there).
pub const GC_INFO_MASK: u32 = 0xffff_fc00;
/// GC_NOT_COLLECTABLE, as a flag of a refcounted value.
pub const GC_NOT_COLLECTABLE_FLAG: u32 = GC_NOT_COLLECTABLE;
/// IS_OBJ_DESTRUCTOR_CALLED: an object's GC flag once its destructor ran
/// (or was skipped).
pub const IS_OBJ_DESTRUCTOR_CALLED: u32 = 1 << 8;

// Type masks used in arginfo (Zend/zend_types.h, zend_type_info.h, zend_compile.h).
pub const MAY_BE_NULL: u32 = 1 << IS_NULL;
pub const MAY_BE_FALSE: u32 = 1 << IS_FALSE;
pub const MAY_BE_TRUE: u32 = 1 << IS_TRUE;
pub const MAY_BE_BOOL: u32 = MAY_BE_FALSE | MAY_BE_TRUE;
pub const MAY_BE_LONG: u32 = 1 << IS_LONG;
pub const MAY_BE_STRING: u32 = 1 << IS_STRING;
pub const MAY_BE_ARRAY: u32 = 1 << IS_ARRAY;
pub const MAY_BE_VOID: u32 = 1 << IS_VOID;
pub const MAY_BE_ANY: u32 = (1 << 10) - 2;
const ZEND_TYPE_EXTRA_FLAGS_SHIFT: u32 = 25;
pub const ZEND_SEND_BY_REF: u32 = 1 << ZEND_TYPE_EXTRA_FLAGS_SHIFT;

// Class flags (Zend/zend_compile.h).
pub const ZEND_ACC_FINAL: u32 = 1 << 5;
pub const ZEND_ACC_NO_DYNAMIC_PROPERTIES: u32 = 1 << 13;
pub const ZEND_ACC_NOT_SERIALIZABLE: u32 = 1 << 29;

// Error levels and constant flags.
pub const E_WARNING: c_int = 1 << 1;
pub const CONST_PERSISTENT: c_int = 1 << 0;

/// zend_expected_type (Zend/zend_API.h, Z_EXPECTED_TYPES order).
pub const Z_EXPECTED_LONG: c_int = 0;
pub const Z_EXPECTED_LONG_OR_NULL: c_int = 1;
pub const Z_EXPECTED_STRING: c_int = 4;
pub const Z_EXPECTED_STRING_OR_NULL: c_int = 5;
pub const Z_EXPECTED_ARRAY: c_int = 6;
pub const Z_EXPECTED_ARRAY_OR_NULL: c_int = 7;
pub const Z_EXPECTED_RESOURCE: c_int = 14;

/// HASH_FLAG_PACKED (Zend/zend_hash.h).
pub const HASH_FLAG_PACKED: u32 = 1 << 2;

pub type ZendResult = c_int;
pub const SUCCESS: ZendResult = 0;

unsafe extern "C" {
    // Zend/zend_alloc.h (release builds: no file/line arguments).
    pub fn _emalloc(size: usize) -> *mut c_void;
    pub fn _efree(ptr: *mut c_void);
    pub fn _erealloc(ptr: *mut c_void, size: usize) -> *mut c_void;

    // Zend/zend_API.h: the fast-ZPP slow paths and error reporting.
    pub fn zend_parse_arg_long_slow(arg: *mut zval, dest: *mut i64, arg_num: u32) -> bool;
    pub fn zend_wrong_parameters_count_error(min_num_args: u32, max_num_args: u32);
    pub fn zend_wrong_param_count();
    pub fn zend_wrong_parameter_type_error(num: u32, expected_type: c_int, arg: *mut zval);
    pub fn zend_wrong_parameter_class_error(num: u32, name: *const c_char, arg: *mut zval);
    pub fn zend_wrong_parameter_class_or_null_error(num: u32, name: *const c_char, arg: *mut zval);
    pub fn zend_argument_error(ce: *mut zend_class_entry, arg_num: u32, format: *const c_char, ...);
    pub fn zend_argument_value_error(arg_num: u32, format: *const c_char, ...);
    pub fn zend_argument_type_error(arg_num: u32, format: *const c_char, ...);
    pub fn zend_argument_count_error(format: *const c_char, ...);
    pub fn zend_throw_error(ce: *mut zend_class_entry, format: *const c_char, ...);
    pub fn zend_value_error(format: *const c_char, ...);
    pub fn zend_try_assign_typed_ref_arr(
        reference: *mut zend_reference,
        arr: *mut zend_array,
    ) -> ZendResult;

    // main/php.h
    pub fn php_error_docref(docref: *const c_char, type_: c_int, format: *const c_char, ...);

    // Zend/zend_hash.h, zend_variables.h, zend_API.h
    pub fn zend_new_pair(val1: *mut zval, val2: *mut zval) -> *mut HashTable;
    pub fn _zend_new_array(size: u32) -> *mut HashTable;
    pub fn zend_hash_str_update(
        ht: *mut HashTable,
        key: *const c_char,
        len: usize,
        data: *mut zval,
    ) -> *mut zval;
    pub fn zend_hash_add(ht: *mut HashTable, key: *mut zend_string, data: *mut zval) -> *mut zval;
    pub fn zend_hash_update(
        ht: *mut HashTable,
        key: *mut zend_string,
        data: *mut zval,
    ) -> *mut zval;
    pub fn zend_hash_find_known_hash(ht: *const HashTable, key: *const zend_string) -> *mut zval;
    pub fn zend_hash_index_update(ht: *mut HashTable, h: u64, data: *mut zval) -> *mut zval;
    pub fn zend_hash_next_index_insert(ht: *mut HashTable, data: *mut zval) -> *mut zval;
    pub fn zend_hash_real_init_packed(ht: *mut HashTable);
    pub fn zend_hash_str_find(ht: *const HashTable, key: *const c_char, len: usize) -> *mut zval;
    pub fn zval_ptr_dtor(zval_ptr: *mut zval);
    pub fn convert_to_long(op: *mut zval);
    pub fn convert_to_boolean(op: *mut zval);
    pub fn zend_array_dup(source: *mut HashTable) -> *mut HashTable;
    pub fn zval_get_long_func(op: *mut zval, is_strict: bool) -> i64;
    pub fn convert_to_array(op: *mut zval);
    pub fn zend_is_true(op: *mut zval) -> bool;
    pub fn _is_numeric_string_ex(
        s: *const c_char,
        len: usize,
        lval: *mut i64,
        dval: *mut f64,
        allow_errors: bool,
        oflow: *mut c_int,
        trailing: *mut bool,
    ) -> u8;
    pub fn zval_get_string_func(op: *mut zval) -> *mut zend_string;
    pub fn zval_try_get_string_func(op: *mut zval) -> *mut zend_string;
    pub fn zend_try_assign_typed_ref(reference: *mut zend_reference, zv: *mut zval) -> ZendResult;
    pub fn zend_zval_type_name(arg: *const zval) -> *const c_char;

    // Zend/zend_objects.h, zend_object_handlers.h, zend_API.h
    pub static std_object_handlers: zend_object_handlers;
    pub fn zend_object_std_init(object: *mut zend_object, ce: *mut zend_class_entry);
    pub fn zend_object_std_dtor(object: *mut zend_object);
    pub fn zend_objects_not_comparable(o1: *mut zval, o2: *mut zval) -> c_int;
    pub fn zend_objects_destroy_object(object: *mut zend_object);
    pub fn zend_objects_store_del(object: *mut zend_object);
    pub fn zend_std_get_properties(object: *mut zend_object) -> *mut HashTable;

    // Zend/zend_gc.h (ZEND_FASTCALL is the platform's C convention on x86-64).
    pub fn gc_possible_root(r: *mut ext_php_rs::ffi::zend_refcounted);
    pub fn gc_remove_from_buffer(r: *mut ext_php_rs::ffi::zend_refcounted);

    // Zend/zend_fibers.h: no fiber switch while a destructor runs.
    pub fn zend_fiber_switch_block();
    pub fn zend_fiber_switch_unblock();
    pub fn zend_register_internal_class_ex(
        ce: *mut zend_class_entry,
        parent: *mut zend_class_entry,
    ) -> *mut zend_class_entry;

    // Zend/zend_string.h
    pub static zend_string_init_interned:
        Option<unsafe extern "C" fn(*const c_char, usize, bool) -> *mut zend_string>;
    pub static zend_empty_string: *mut zend_string;

    // Zend/zend_constants.h
    pub fn zend_register_long_constant(
        name: *const c_char,
        name_len: usize,
        lval: i64,
        flags: c_int,
        module_number: c_int,
    );
    pub fn zend_get_constant_str(name: *const c_char, name_len: usize) -> *mut zval;

    // ext/standard/info.h
    pub fn php_info_print_table_start();
    pub fn php_info_print_table_row(num_cols: c_int, ...);
    pub fn php_info_print_table_end();
}

// ---- Per PHP version ---------------------------------------------------------
// Everything below differs between the PHP versions supported; bindgen's
// structs follow the headers by themselves, these do not.

/// The type-mask bit of an arginfo class type whose `ptr` is a C string
/// (ZEND_TYPE_INIT_CLASS_CONST): `_ZEND_TYPE_NAME_BIT` up to 8.2,
/// `_ZEND_TYPE_LITERAL_NAME_BIT` from 8.3 (where `_ZEND_TYPE_NAME_BIT` means
/// a `zend_string*`).
#[cfg(not(php83))]
pub const ZEND_TYPE_CLASS_NAME_LITERAL_BIT: u32 = 1 << 24;
#[cfg(php83)]
pub const ZEND_TYPE_CLASS_NAME_LITERAL_BIT: u32 = 1 << 23;

unsafe extern "C" {
    /// `zend_zval_value_name()` (8.3): "true"/"false" where
    /// zend_zval_type_name() says "bool", in the engine's newer messages.
    #[cfg(php83)]
    pub fn zend_zval_value_name(arg: *const zval) -> *const c_char;

    /// `zval_try_get_long()` (exported from 8.4): the int of a value, or
    /// `*failed` for one that has none (with the engine's warnings and
    /// deprecations for leading-numeric strings and fractional floats).
    #[cfg(php84)]
    pub fn zval_try_get_long(op: *const zval, failed: *mut bool) -> i64;

    /// `bool zend_parse_arg_str_slow(zval *arg, zend_string **dest, uint32_t arg_num)`
    /// up to 8.5.
    #[cfg(not(php86))]
    pub fn zend_parse_arg_str_slow(
        arg: *mut zval,
        dest: *mut *mut zend_string,
        arg_num: u32,
    ) -> bool;
    /// 8.6: `zend_string *zend_parse_arg_str_slow(zval *arg, uint32_t arg_num)`,
    /// NULL when the value is not acceptable.
    #[cfg(php86)]
    #[link_name = "zend_parse_arg_str_slow"]
    fn zend_parse_arg_str_slow_86(arg: *mut zval, arg_num: u32) -> *mut zend_string;
}

/// 8.6's `zend_parse_arg_str_slow` behind the older signature.
///
/// # Safety
/// As for `zend_parse_arg_str_slow`: `arg` is a live argument zval.
#[cfg(php86)]
pub unsafe fn zend_parse_arg_str_slow(
    arg: *mut zval,
    dest: *mut *mut zend_string,
    arg_num: u32,
) -> bool {
    // SAFETY: forwarded contract; `dest` is the caller's out-pointer.
    unsafe {
        let s = zend_parse_arg_str_slow_86(arg, arg_num);
        *dest = s;
        !s.is_null()
    }
}
