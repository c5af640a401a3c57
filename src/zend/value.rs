//! Borrowed views of zvals (the arguments of the current call), the values a
//! function returns, and owned PHP strings allocated with PHP's allocator.

use std::ffi::CStr;
use std::marker::PhantomData;
use std::mem::{ManuallyDrop, MaybeUninit, offset_of, size_of};
use std::ptr::{self, NonNull};

use super::ffi::{self, zend_execute_data, zend_string, zval};
use super::object::ObjRef;
use crate::version;

/// Slot of the first argument in a call frame: `ZEND_CALL_FRAME_SLOT`.
const CALL_FRAME_SLOT: usize = size_of::<zend_execute_data>().div_ceil(size_of::<zval>());

/// The call frame of the internal function being run: its arguments live as
/// long as the call, and so do the borrows this hands out.
pub struct Frame<'a> {
    ex: NonNull<zend_execute_data>,
    num_args: u32,
    _call: PhantomData<&'a mut zend_execute_data>,
}

impl<'a> Frame<'a> {
    /// # Safety
    /// `ex` must be the execute data PHP passed to the running internal
    /// function; the returned frame must not outlive that call.
    #[inline(always)]
    pub(crate) unsafe fn new(ex: NonNull<zend_execute_data>) -> Self {
        // SAFETY: the caller guarantees `ex` is the live frame; for an internal
        // call `This.u2.num_args` is ZEND_CALL_NUM_ARGS.
        let num_args = unsafe { (*ex.as_ptr()).This.u2.num_args };
        Frame {
            ex,
            num_args,
            _call: PhantomData,
        }
    }

    #[inline(always)]
    pub fn num_args(&self) -> u32 {
        self.num_args
    }

    /// Argument `n` (1-based, as in PHP's messages), if it was passed.
    #[inline(always)]
    pub fn arg(&self, n: u32) -> Option<Zv<'a>> {
        if n == 0 || n > self.num_args {
            return None;
        }
        // SAFETY: arguments 1..=num_args are initialised zvals stored right
        // after the frame header (ZEND_CALL_ARG), alive for the whole call.
        let p = unsafe {
            self.ex
                .as_ptr()
                .cast::<zval>()
                .add(CALL_FRAME_SLOT + n as usize - 1)
        };
        // SAFETY: `p` points into the frame, so it is not null.
        let ptr = unsafe { NonNull::new_unchecked(p) };
        Some(Zv {
            ptr,
            _l: PhantomData,
        })
    }
}

/// A zval owned by someone else (an argument slot, a reference's value).
#[derive(Clone, Copy)]
pub struct Zv<'a> {
    ptr: NonNull<zval>,
    _l: PhantomData<&'a zval>,
}

impl<'a> Zv<'a> {
    pub(crate) fn from_ptr(ptr: NonNull<zval>) -> Self {
        Zv {
            ptr,
            _l: PhantomData,
        }
    }

    /// Whether both are the very same zval (two by-reference arguments
    /// that are one variable).
    pub fn same_zval(self, other: Zv<'_>) -> bool {
        self.ptr == other.ptr
    }

    /// Whether the value is a PHP reference (`&$x`).
    #[inline(always)]
    pub fn is_reference(self) -> bool {
        self.type_code() == ffi::IS_REFERENCE
    }

    /// ZVAL_DEREF: the value a reference points to, or the value itself.
    #[inline(always)]
    pub fn deref(self) -> Zv<'a> {
        if self.type_code() == ffi::IS_REFERENCE {
            // SAFETY: the type says the value is a live zend_reference,
            // whose value lives as long as the reference.
            unsafe {
                let r = (*self.ptr.as_ptr()).value.ref_;
                Zv::from_ptr(NonNull::new_unchecked(&raw mut (*r).val))
            }
        } else {
            self
        }
    }

    pub fn as_array(self) -> Option<super::array::ArrayRef<'a>> {
        if self.type_code() == ffi::IS_ARRAY {
            // SAFETY: the type says the value is a live array.
            let ht = unsafe { (*self.ptr.as_ptr()).value.arr };
            NonNull::new(ht).map(super::array::ArrayRef::new)
        } else {
            None
        }
    }

    /// `zval_get_long()`: PHP's (weak) conversion of any value to int.
    pub fn to_long(self) -> i64 {
        // SAFETY: zval_get_long_func only reads the zval.
        unsafe { ffi::zval_get_long_func(self.ptr.as_ptr(), false) }
    }

    /// `zval_try_get_long()`: None for a value that is no int (an array, an
    /// object, a non-numeric string), without raising anything itself.
    /// Before 8.4, where the engine does not export it, `zval_get_long()`.
    pub fn try_to_long(self) -> Option<i64> {
        #[cfg(php84)]
        {
            let mut failed = false;
            // SAFETY: reads the zval; writes the flag.
            let v = unsafe { ffi::zval_try_get_long(self.ptr.as_ptr(), &mut failed) };
            (!failed).then_some(v)
        }
        #[cfg(not(php84))]
        {
            Some(self.to_long())
        }
    }

    /// `zval_get_string()`: the value as a string (with PHP's conversions,
    /// warnings and, for objects without __toString, Error).
    pub fn to_zstring(self) -> ZString {
        // SAFETY: returns a new reference to a string (never null).
        unsafe { ZString::from_raw(ffi::zval_get_string_func(self.ptr.as_ptr())) }
    }

    /// `zval_try_get_string()`: None when the conversion threw.
    pub fn try_to_zstring(self) -> Option<ZString> {
        // SAFETY: returns a new reference, or null with an exception set.
        let p = unsafe { ffi::zval_try_get_string_func(self.ptr.as_ptr()) };
        (!p.is_null()).then(|| ZString::from_raw(p))
    }

    /// `zend_is_true()`: PHP's truthiness of any value.
    pub fn is_true(self) -> bool {
        // SAFETY: zend_is_true only reads the zval.
        unsafe { ffi::zend_is_true(self.ptr.as_ptr()) }
    }

    pub(crate) fn as_ptr(self) -> *mut zval {
        self.ptr.as_ptr()
    }

    /// `convert_to_long()` of this very zval (an argument's slot in the
    /// call frame, which belongs to the call): C extensions convert their
    /// arguments so, and traces of the call then show the converted value.
    /// Returns the int. No borrow of the old value may be alive.
    pub fn convert_to_long_in_place(self) -> i64 {
        // SAFETY: the zval is live and this call's to change; Zend
        // releases the old value and stores an int.
        unsafe {
            ffi::convert_to_long(self.ptr.as_ptr());
            (*self.ptr.as_ptr()).value.lval
        }
    }

    /// `convert_to_boolean()` of this very zval (see convert_to_long_in_place).
    pub fn convert_to_bool_in_place(self) -> bool {
        // SAFETY: as for convert_to_long_in_place; Zend stores true or false.
        unsafe { ffi::convert_to_boolean(self.ptr.as_ptr()) };
        self.type_code() == ffi::IS_TRUE
    }

    /// `convert_to_array()` of this very zval (see convert_to_long_in_place):
    /// an array stays as it is, an object gives its properties, null an
    /// empty array, a scalar `[0 => scalar]`.
    pub fn convert_to_array_in_place(self) -> Option<super::array::ArrayRef<'a>> {
        // SAFETY: as for convert_to_long_in_place; Zend stores an array.
        unsafe { ffi::convert_to_array(self.ptr.as_ptr()) };
        self.as_array()
    }

    /// The array this zval holds, made its own first (SEPARATE_ARRAY) when
    /// something else shares it, so that converting its elements in place
    /// changes this zval's copy only. The shared array loses this zval's
    /// reference without becoming a garbage-collector root: its other
    /// holders keep it, and the C extension, which converts the shared
    /// array itself, releases none.
    pub fn separate_array(self) -> Option<super::array::ArrayRef<'a>> {
        if self.type_code() != ffi::IS_ARRAY {
            return None;
        }
        let p = self.ptr.as_ptr();
        // SAFETY: the zval is live and this call's to change; an array that
        // is not refcounted (immutable) or has other holders is duplicated
        // (zend_array_dup never returns null) and the duplicate stored in
        // the zval; the original keeps at least one reference.
        unsafe {
            let ht = (*p).value.arr;
            let refcounted = ((*p).u1.type_info >> 8) & 1 != 0;
            if !refcounted || (*ht).gc.refcount > 1 {
                let dup = ffi::zend_array_dup(ht);
                if refcounted {
                    (*ht).gc.refcount -= 1;
                }
                (*p).value.arr = dup;
                (*p).u1.type_info = ffi::IS_ARRAY_EX;
            }
        }
        self.as_array()
    }

    /// `Z_OBJPROP_P()`: an object's properties as its get_properties
    /// handler gives them (no copy, no reference taken).
    pub fn object_properties(self) -> Option<super::array::ArrayRef<'a>> {
        let obj = self.as_object()?;
        // SAFETY: a live object; get_properties returns its property table
        // (kept by the object, which outlives the call's arguments).
        let ht = unsafe {
            let o = obj.as_ptr();
            match (*(*o).handlers).get_properties {
                Some(get) => get(o),
                None => ptr::null_mut(),
            }
        };
        NonNull::new(ht).map(super::array::ArrayRef::new)
    }

    /// `zend_zval_type_name()`: "int", "string", "stdClass"... as in messages.
    pub fn type_name(self) -> String {
        // SAFETY: returns a static or class-name string for a live zval.
        unsafe {
            let p = ffi::zend_zval_type_name(self.ptr.as_ptr());
            if p.is_null() {
                String::new()
            } else {
                CStr::from_ptr(p).to_string_lossy().into_owned()
            }
        }
    }

    /// `zend_zval_value_name()`: as type_name() but "true"/"false" for
    /// booleans (PHP 8.3's wording in messages; type_name() before 8.3).
    pub fn value_name(self) -> String {
        #[cfg(php83)]
        // SAFETY: returns a static or class-name string for a live zval.
        let p = unsafe { ffi::zend_zval_value_name(self.ptr.as_ptr()) };
        #[cfg(not(php83))]
        // SAFETY: as for type_name().
        let p = unsafe { ffi::zend_zval_type_name(self.ptr.as_ptr()) };
        if p.is_null() {
            return String::new();
        }
        // SAFETY: a NUL-terminated string owned by Zend or the class.
        unsafe { CStr::from_ptr(p).to_string_lossy().into_owned() }
    }

    #[inline(always)]
    pub fn type_code(self) -> u8 {
        // SAFETY: `ptr` is a live zval; reading its type byte is always valid.
        unsafe { (*self.ptr.as_ptr()).u1.v.type_ }
    }

    pub fn is_array_or_object(self) -> bool {
        matches!(self.type_code(), ffi::IS_ARRAY | ffi::IS_OBJECT)
    }

    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.type_code() == ffi::IS_NULL
    }

    #[inline(always)]
    pub fn as_long(self) -> Option<i64> {
        if self.type_code() == ffi::IS_LONG {
            // SAFETY: the type says the value is a long.
            Some(unsafe { (*self.ptr.as_ptr()).value.lval })
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn as_bytes(self) -> Option<&'a [u8]> {
        if self.type_code() == ffi::IS_STRING {
            // SAFETY: the type says the value is a live zend_string, which
            // outlives 'a because the zval holds a reference to it.
            Some(unsafe { zstr_bytes((*self.ptr.as_ptr()).value.str_) })
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn as_object(self) -> Option<ObjRef<'a>> {
        if self.type_code() == ffi::IS_OBJECT {
            // SAFETY: the type says the value is a live object, so the
            // pointer is not null.
            let obj = unsafe { NonNull::new_unchecked((*self.ptr.as_ptr()).value.obj) };
            Some(ObjRef::new(obj))
        } else {
            None
        }
    }

    /// Replaces the value in place (the dereferenced value of a by-reference
    /// argument), as the C extension does with `zval_ptr_dtor` and
    /// `ZVAL_COPY_VALUE`: the old value is released first (see
    /// `release_replaced`), then the new one stored.
    pub fn replace_with(self, v: OwnedZval) {
        let mut v = ManuallyDrop::new(v);
        // SAFETY: `ptr` is a live zval this call may write (an argument's
        // value), no borrow of whose value is alive; the new value is
        // nobody else's.
        unsafe {
            release_replaced(self.ptr.as_ptr(), true);
            ptr::write(self.ptr.as_ptr(), ManuallyDrop::take(&mut v.zv));
        }
    }

    /// As `replace_with`, when the C extension reports something (runs
    /// `between`, a warning whose handler may read the variable) after
    /// releasing the old value and before storing the new one: an old
    /// value that dies there is released first, null left in its place
    /// (`release_replaced`; the C extension leaves the freed value there);
    /// one that lives on (immutable, or held elsewhere too) is still in
    /// the variable meanwhile, as with the C extension, and loses this
    /// variable's reference when the new value is stored.
    pub fn replace_around(self, between: impl FnOnce(), v: OwnedZval) {
        let p = self.ptr.as_ptr();
        // SAFETY: as for replace_with; the refcount is read from a live,
        // refcounted value. In the second case this zval keeps its
        // reference until the new value is stored: whatever `between` does
        // to the variable, its value stays alive while it is in it.
        unsafe {
            let refcounted = ((*p).u1.type_info >> 8) & 1 != 0;
            if refcounted && (*(*p).value.counted).gc.refcount == 1 {
                release_replaced(p, true);
                between();
                drop(OwnedZval::from_raw(ptr::read(p)));
                ptr::write(p, v.into_raw());
            } else {
                between();
                let old = OwnedZval::from_raw(ptr::read(p));
                ptr::write(p, v.into_raw());
                drop(old);
            }
        }
    }

    /// For a by-reference parameter: the reference the argument slot holds.
    pub fn as_reference(self) -> Option<RefSlot<'a>> {
        if self.type_code() == ffi::IS_REFERENCE {
            // SAFETY: the type says the value is a live zend_reference.
            let r = unsafe { (*self.ptr.as_ptr()).value.ref_ };
            NonNull::new(r).map(|r| RefSlot { r, _l: PhantomData })
        } else {
            None
        }
    }

    /// Weak-mode conversion to int (`zend_parse_arg_long_slow`): emits PHP's
    /// own deprecations; `None` means it was not an acceptable int.
    #[cold]
    pub fn long_slow(self, arg_num: u32) -> Option<i64> {
        let mut out = 0i64;
        // SAFETY: `ptr` is the live argument zval; Zend may convert it in
        // place, which is what native parsing does to the same slot.
        let ok = unsafe { ffi::zend_parse_arg_long_slow(self.ptr.as_ptr(), &mut out, arg_num) };
        ok.then_some(out)
    }

    /// Weak-mode conversion to string (`zend_parse_arg_str_slow`). Zend
    /// replaces the argument zval with the converted string, so the bytes
    /// live as long as the call.
    #[cold]
    pub fn bytes_slow(self, arg_num: u32) -> Option<&'a [u8]> {
        let mut out: *mut zend_string = ptr::null_mut();
        // SAFETY: as for `long_slow`; on success `out` is the string now
        // stored in the argument slot.
        let ok = unsafe { ffi::zend_parse_arg_str_slow(self.ptr.as_ptr(), &mut out, arg_num) };
        if ok && !out.is_null() {
            // SAFETY: `out` is the live string held by the argument slot.
            Some(unsafe { zstr_bytes(out) })
        } else {
            None
        }
    }

    /// `zend_wrong_parameter_type_error`: "f(): Argument #n ($x) must be of type T, U given".
    #[cold]
    pub fn wrong_type(self, arg_num: u32, expected: std::ffi::c_int) {
        // SAFETY: Zend reads the zval to name its type; it checks for a
        // pending exception itself.
        unsafe { ffi::zend_wrong_parameter_type_error(arg_num, expected, self.ptr.as_ptr()) }
    }

    #[cold]
    pub fn wrong_class(self, arg_num: u32, class: &CStr, or_null: bool) {
        // SAFETY: as for `wrong_type`; `class` is NUL-terminated.
        unsafe {
            if or_null {
                ffi::zend_wrong_parameter_class_or_null_error(
                    arg_num,
                    class.as_ptr(),
                    self.ptr.as_ptr(),
                )
            } else {
                ffi::zend_wrong_parameter_class_error(arg_num, class.as_ptr(), self.ptr.as_ptr())
            }
        }
    }
}

/// # Safety
/// `s` must point to a live zend_string that outlives `'a`.
#[inline(always)]
pub(crate) unsafe fn zstr_bytes<'a>(s: *const zend_string) -> &'a [u8] {
    // SAFETY: a zend_string stores `len` bytes at `val`.
    unsafe {
        let len = (*s).len;
        let val = s.cast::<u8>().add(offset_of!(zend_string, val));
        std::slice::from_raw_parts(val, len)
    }
}

/// A PHP reference passed for a by-reference parameter (`&$pair`).
pub struct RefSlot<'a> {
    r: NonNull<ffi::zend_reference>,
    _l: PhantomData<&'a mut zval>,
}

impl<'a> RefSlot<'a> {
    /// ZEND_TRY_ASSIGN_REF_*: stores `v` in the reference, through Zend's
    /// type check when the reference is typed. Returns false when Zend
    /// refused (the value is released and the TypeError is pending). The
    /// old value is released first, as the version's engine macros do it
    /// (see `version::ASSIGN_REF_RELEASES_IN_PLACE`).
    pub fn assign(&self, v: OwnedZval) -> bool {
        let r = self.r.as_ptr();
        let mut v = ManuallyDrop::new(v);
        // SAFETY: `r` is a live reference; Zend takes over the value (and
        // releases it on failure); for an untyped reference the old value
        // is released (PHP code may run) before the new one is stored,
        // which nothing else holds meanwhile.
        unsafe {
            if !(*r).sources.ptr.is_null() {
                return ffi::zend_try_assign_typed_ref(r, (*v).as_mut_ptr()) == ffi::SUCCESS;
            }
            store_replacing(
                &raw mut (*r).val,
                ManuallyDrop::take(&mut v.zv),
                version::ASSIGN_REF_RELEASES_IN_PLACE,
            );
        }
        true
    }

    /// The first half of `zend_try_array_init()` and filling the array:
    /// a typed reference (a typed property passed by reference) is given a
    /// new empty array through Zend's type check (None: refused, the
    /// TypeError pending); an untyped one's old value is released as
    /// `in_place` says (see `release_replaced`). `ArrayTarget::fill_pair`
    /// then stores the elements, with no PHP code run in between.
    #[must_use]
    pub fn prepare_array(&self, in_place: bool) -> Option<ArrayTarget<'a>> {
        let r = self.r.as_ptr();
        // SAFETY: `r` is a live reference (held by the argument for the
        // call). _zend_new_array never returns null; Zend takes the array
        // over (and releases it on failure). An untyped reference's old
        // value is released, null left in its place.
        unsafe {
            if !(*r).sources.ptr.is_null() {
                let arr = ffi::_zend_new_array(0);
                if ffi::zend_try_assign_typed_ref_arr(r, arr) != ffi::SUCCESS {
                    return None;
                }
                let ht = NonNull::new((*r).val.value.arr)?;
                return Some(ArrayTarget::Typed(ht, PhantomData));
            }
            release_replaced(&raw mut (*r).val, in_place);
        }
        Some(ArrayTarget::Untyped(self.r, PhantomData))
    }
}

/// Where a by-reference argument's new array goes (`RefSlot::prepare_array`).
pub enum ArrayTarget<'a> {
    /// The empty array a typed reference was given, to be filled.
    Typed(NonNull<ffi::HashTable>, PhantomData<&'a mut zval>),
    /// An untyped reference holding null, to be given the array.
    Untyped(NonNull<ffi::zend_reference>, PhantomData<&'a mut zval>),
}

impl ArrayTarget<'_> {
    /// `[0 => a, 1 => b]`, as two `add_index_zval()` into the empty array
    /// give it (zend_new_pair builds the same array at once).
    pub fn fill_pair(self, a: OwnedZval, b: OwnedZval) {
        let mut a = ManuallyDrop::new(a);
        let mut b = ManuallyDrop::new(b);
        // SAFETY: the array (held by the reference) or the reference is
        // live, and no PHP code ran since prepare_array; the array or
        // zend_new_pair takes over both values' references. The reference
        // holds null, which needs no release.
        unsafe {
            match self {
                ArrayTarget::Typed(ht, _) => {
                    ffi::zend_hash_index_update(ht.as_ptr(), 0, (*a).as_mut_ptr());
                    ffi::zend_hash_index_update(ht.as_ptr(), 1, (*b).as_mut_ptr());
                }
                ArrayTarget::Untyped(r, _) => {
                    let r = r.as_ptr();
                    (*r).val.value.arr = ffi::zend_new_pair((*a).as_mut_ptr(), (*b).as_mut_ptr());
                    (*r).val.u1.type_info = ffi::IS_ARRAY_EX;
                }
            }
        }
    }
}

/// Stores `new` in `slot`, its old value released first as
/// `release_replaced` says. An old value whose release runs no PHP code (one
/// that is not refcounted, or a string: most by-reference results replace
/// the previous call's string) is released after the store instead, in
/// line: nothing can tell the order apart.
///
/// # Safety
/// As for `release_replaced`; `new` is a value whose reference the slot
/// takes over.
#[inline(always)]
unsafe fn store_replacing(slot: *mut zval, new: zval, in_place: bool) {
    // SAFETY: per the contract; a refcounted string that is not persistent
    // is freed with efree when its last reference goes, as
    // zend_string_release_ex(s, 0) frees it.
    unsafe {
        let info = (*slot).u1.type_info;
        if info & (1 << 8) == 0 {
            ptr::write(slot, new);
            return;
        }
        if info as u8 == ffi::IS_STRING {
            let s = (*slot).value.str_;
            if (*s).gc.u.type_info & ffi::GC_PERSISTENT == 0 {
                ptr::write(slot, new);
                (*s).gc.refcount -= 1;
                if (*s).gc.refcount == 0 {
                    ffi::_efree(s.cast());
                }
                return;
            }
        }
        release_replaced(slot, in_place);
        ptr::write(slot, new);
    }
}

/// Releases the value of `slot`, leaving null there, as the C extension
/// releases a by-reference argument's old value before storing a new one.
///
/// In place (`zval_ptr_dtor(slot)`: the engine's ZEND_TRY_ASSIGN_REF_*
/// macros up to 8.4, its zend_try_array_init() up to 8.3, sockets.so's own
/// code in socket_recvmsg() and socket_select()): the old value stays in
/// the variable while it is released, so the destructor of an object that
/// dies there sees that object in it. That part is done as the engine
/// does it (the destructor runs with the object still stored, as
/// zend_objects_store_del runs it); the rest of the release happens with
/// null stored, as from 8.5 (zval_ptr_safe_dtor) or 8.4
/// (zend_try_array_init): what the C extension leaves in the variable
/// meanwhile is memory that is being freed (an array whose first elements
/// are gone, an object whose properties are), which nothing may read (see
/// docs/differences.md).
///
/// # Safety
/// `slot` must be a live zval this call may overwrite (a reference's
/// value); no borrow of its value may be alive.
unsafe fn release_replaced(slot: *mut zval, in_place: bool) {
    // SAFETY: per the contract; an object's handlers, flags and class are
    // live while it is; its destructor is called at most once (the flag is
    // set first), with the reference the slot holds, as the engine does.
    unsafe {
        if (*slot).u1.type_info & (1 << 8) == 0 {
            // Not refcounted: nothing to release.
            (*slot).u1.type_info = ffi::IS_NULL as u32;
            return;
        }
        if in_place && (*slot).u1.v.type_ == ffi::IS_OBJECT {
            let obj = (*slot).value.obj;
            if (*obj).gc.refcount == 1 && destructor_pending(obj) {
                (*obj).gc.u.type_info |= ffi::IS_OBJ_DESTRUCTOR_CALLED;
                if let Some(dtor) = (*(*obj).handlers).dtor_obj {
                    ffi::zend_fiber_switch_block();
                    dtor(obj);
                    ffi::zend_fiber_switch_unblock();
                }
                // Unless the destructor stored something else there, the
                // object is released as zend_objects_store_del does after
                // a destructor: freed, or kept by whoever took it.
                if (*slot).u1.v.type_ == ffi::IS_OBJECT && (*slot).value.obj == obj {
                    (*slot).u1.type_info = ffi::IS_NULL as u32;
                    (*obj).gc.refcount -= 1;
                    if (*obj).gc.refcount == 0 {
                        ffi::zend_objects_store_del(obj);
                    }
                    return;
                }
            }
        }
        let garbage = ptr::read(slot);
        (*slot).u1.type_info = ffi::IS_NULL as u32;
        drop(OwnedZval::from_raw(garbage));
    }
}

/// Whether releasing `obj`'s last reference would run a destructor (the
/// test zend_objects_store_del makes).
///
/// # Safety
/// `obj` must be a live object.
unsafe fn destructor_pending(obj: *mut ffi::zend_object) -> bool {
    // SAFETY: reading a live object's flags, handlers and class.
    unsafe {
        (*obj).gc.u.type_info & ffi::IS_OBJ_DESTRUCTOR_CALLED == 0
            && ((*(*obj).handlers).dtor_obj.map(|f| f as usize)
                != Some(ffi::zend_objects_destroy_object as unsafe extern "C" fn(_) as usize)
                || !(*(*obj).ce).destructor.is_null())
    }
}

/// A zval this code owns one reference of; released on drop.
///
/// The zval sits in a ManuallyDrop because ext-php-rs gives its `zval`
/// type a Drop of its own: every release here is explicit.
pub struct OwnedZval {
    zv: ManuallyDrop<zval>,
}

impl OwnedZval {
    pub(crate) fn from_raw(zv: zval) -> Self {
        OwnedZval {
            zv: ManuallyDrop::new(zv),
        }
    }

    pub(crate) fn as_mut_ptr(&mut self) -> *mut zval {
        &mut *self.zv
    }

    /// The zval itself, whose reference the caller takes over.
    fn into_raw(self) -> zval {
        let mut this = ManuallyDrop::new(self);
        // SAFETY: `this` is never dropped, so the zval is moved out once.
        unsafe { ManuallyDrop::take(&mut this.zv) }
    }

    /// The array this value is, if it is one.
    pub fn as_array(&self) -> Option<super::array::ArrayRef<'_>> {
        let p = (&raw const *self.zv).cast_mut();
        // SAFETY: `p` points to our live zval.
        Zv::from_ptr(unsafe { NonNull::new_unchecked(p) }).as_array()
    }

    pub fn null() -> Self {
        let mut zv = undef_zval();
        zv.u1.type_info = ffi::IS_NULL as u32;
        OwnedZval::from_raw(zv)
    }

    pub fn bool(b: bool) -> Self {
        let mut zv = undef_zval();
        zv.u1.type_info = if b { ffi::IS_TRUE } else { ffi::IS_FALSE } as u32;
        OwnedZval::from_raw(zv)
    }

    pub fn long(n: i64) -> Self {
        let mut zv = undef_zval();
        zv.value.lval = n;
        zv.u1.type_info = ffi::IS_LONG as u32;
        OwnedZval::from_raw(zv)
    }

    pub fn string(s: ZString) -> Self {
        let mut zv = undef_zval();
        let interned = s.is_interned();
        zv.value.str_ = s.into_raw();
        zv.u1.type_info = if interned {
            ffi::IS_INTERNED_STRING_EX
        } else {
            ffi::IS_STRING_EX
        };
        OwnedZval::from_raw(zv)
    }

    pub fn bytes(b: &[u8]) -> Self {
        OwnedZval::string(ZString::from_bytes(b))
    }

    /// ZVAL_COPY: another reference to the same value.
    pub fn copy_of(v: Zv<'_>) -> Self {
        // SAFETY: copying a live zval and taking a reference on its payload
        // when it is refcounted (Z_TRY_ADDREF).
        unsafe {
            let zv = ptr::read(v.ptr.as_ptr());
            if (zv.u1.type_info >> 8) & 1 != 0 {
                (*zv.value.counted).gc.refcount += 1;
            }
            OwnedZval::from_raw(zv)
        }
    }
}

impl Drop for OwnedZval {
    fn drop(&mut self) {
        // SAFETY: we own one reference of the value.
        unsafe { ffi::zval_ptr_dtor(&mut *self.zv) }
    }
}

/// An undefined zval (IS_UNDEF), for fields that hold no value yet.
pub const fn undef_zval() -> zval {
    // SAFETY: an all-zero zval is IS_UNDEF with a zero payload.
    unsafe { MaybeUninit::<zval>::zeroed().assume_init() }
}

/// What a PHP function returns. `None` from a handler means "an exception
/// was thrown" (RETURN_THROWS) and leaves the return value untouched.
pub enum Return {
    /// `void` functions and plain `null`.
    Null,
    Bool(bool),
    Long(i64),
    Str(ZString),
    /// Arrays, objects: any value built as a zval.
    Zval(OwnedZval),
}

impl Return {
    /// # Safety
    /// `rv` must be the return-value zval PHP passed to the running function.
    #[inline(always)]
    pub(crate) unsafe fn store(self, rv: *mut zval) {
        // SAFETY: `rv` is writable; PHP initialised it to NULL and owns it.
        unsafe {
            match self {
                Return::Null => (*rv).u1.type_info = ffi::IS_NULL as u32,
                Return::Bool(b) => {
                    (*rv).u1.type_info = if b { ffi::IS_TRUE } else { ffi::IS_FALSE } as u32
                }
                Return::Long(n) => {
                    (*rv).value.lval = n;
                    (*rv).u1.type_info = ffi::IS_LONG as u32;
                }
                Return::Str(s) => {
                    let interned = s.is_interned();
                    (*rv).value.str_ = s.into_raw();
                    (*rv).u1.type_info = if interned {
                        ffi::IS_INTERNED_STRING_EX
                    } else {
                        ffi::IS_STRING_EX
                    };
                }
                Return::Zval(v) => {
                    let mut v = ManuallyDrop::new(v);
                    ptr::write(rv, ManuallyDrop::take(&mut v.zv));
                }
            }
        }
    }
}

/// An owned `zend_string` allocated by PHP's allocator (`emalloc`), so that
/// `memory_limit` governs it exactly as it governs the C extension's buffers.
pub struct ZString {
    s: NonNull<zend_string>,
}

const ZSTR_HEADER: usize = offset_of!(zend_string, val);

/// `ZEND_MM_ALIGNED_SIZE(_ZSTR_STRUCT_SIZE(len))`, computed without overflow
/// panics: a length near `usize::MAX` wraps exactly as C's arithmetic does
/// and Zend reports the overflow itself.
#[inline(always)]
fn zstr_alloc_size(len: usize) -> usize {
    len.wrapping_add(ZSTR_HEADER + 1).wrapping_add(7) & !7
}

impl ZString {
    /// The longest string whose allocation is a slot of one of Zend's
    /// small-size bins (ZEND_MM_MAX_SMALL_SIZE, 3072 bytes, holding the
    /// header and the NUL too). memory_limit is only checked when such
    /// slots need a new 2 MiB chunk, not per allocation, so allocating a
    /// string of this size or a smaller one instead makes no difference a
    /// script can see; for larger strings it can, and the size shows in
    /// the fatal error.
    pub const SMALL_MAX: usize = 3072 - ZSTR_HEADER - 8;

    /// `zend_string_alloc(len, 0)`: the contents are uninitialised. Like the
    /// C extension this may end the request with PHP's "Allowed memory size"
    /// fatal error; callers hold no resources when they call it.
    #[inline]
    pub fn alloc(len: usize) -> ZString {
        // SAFETY: _emalloc never returns null (it bails out instead); the
        // header is initialised as zend_string_alloc does.
        unsafe {
            let p = ffi::_emalloc(zstr_alloc_size(len)).cast::<zend_string>();
            (*p).gc.refcount = 1;
            (*p).gc.u.type_info = ffi::GC_STRING;
            (*p).h = 0;
            (*p).len = len;
            ZString {
                s: NonNull::new_unchecked(p),
            }
        }
    }

    pub fn from_bytes(bytes: &[u8]) -> ZString {
        let mut s = ZString::alloc(bytes.len());
        // SAFETY: the buffer has room for len + 1 bytes.
        unsafe {
            let dst = s.val_ptr();
            ptr::copy_nonoverlapping(bytes.as_ptr(), dst, bytes.len());
            *dst.add(bytes.len()) = 0;
        }
        s
    }

    /// PHP's interned empty string (what RETURN_EMPTY_STRING returns).
    pub fn empty() -> ZString {
        // SAFETY: zend_empty_string is set up at engine start-up and never
        // freed; it is interned, so Drop leaves it alone.
        unsafe {
            ZString {
                s: NonNull::new_unchecked(ffi::zend_empty_string),
            }
        }
    }

    fn val_ptr(&mut self) -> *mut u8 {
        // SAFETY: `val` is inside the allocation.
        unsafe { self.s.as_ptr().cast::<u8>().add(ZSTR_HEADER) }
    }

    pub fn len(&self) -> usize {
        // SAFETY: the string is live.
        unsafe { (*self.s.as_ptr()).len }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The whole allocated buffer, for a syscall to fill.
    pub fn buffer(&mut self) -> &mut [MaybeUninit<u8>] {
        let len = self.len();
        // SAFETY: the allocation holds `len` bytes after the header; they may
        // be uninitialised, which MaybeUninit expresses.
        unsafe { std::slice::from_raw_parts_mut(self.val_ptr().cast(), len) }
    }

    /// The first `n` bytes of the buffer (at most its length).
    pub fn buffer_prefix(&mut self, n: usize) -> &mut [MaybeUninit<u8>] {
        let buf = self.buffer();
        let n = n.min(buf.len());
        let (head, _) = buf.split_at_mut(n);
        head
    }

    /// Sets the length to the `n` bytes that were filled (at most the
    /// allocated length) and terminates them, keeping the allocation as
    /// the C extension's socket_recv() does.
    pub fn set_len(mut self, n: usize) -> ZString {
        let n = n.min(self.len());
        // SAFETY: the allocation has room for len + 1 bytes and n <= len.
        unsafe {
            (*self.s.as_ptr()).len = n;
            *self.val_ptr().add(n) = 0;
        }
        self
    }

    /// `zend_string_truncate` to the `n` bytes that were filled, plus the
    /// terminating NUL. `n` must not exceed the current length.
    pub fn truncate(mut self, n: usize) -> ZString {
        let n = n.min(self.len());
        if n != self.len() {
            let this = ManuallyDrop::new(self);
            // SAFETY: shrinking reallocation of our own emalloc'd string (it
            // is not interned: only `alloc` makes strings we truncate).
            let p = unsafe { ffi::_erealloc(this.s.as_ptr().cast(), zstr_alloc_size(n)) };
            // SAFETY: _erealloc never returns null.
            let s = unsafe { NonNull::new_unchecked(p.cast()) };
            self = ZString { s };
        }
        // SAFETY: the allocation has room for n + 1 bytes.
        unsafe {
            (*self.s.as_ptr()).len = n;
            *self.val_ptr().add(n) = 0;
        }
        self
    }

    pub fn as_bytes(&self) -> &[u8] {
        // SAFETY: the string is live and owned by us.
        unsafe { zstr_bytes(self.s.as_ptr()) }
    }

    fn is_interned(&self) -> bool {
        // SAFETY: the string is live.
        unsafe { (*self.s.as_ptr()).gc.u.type_info & ffi::GC_IMMUTABLE != 0 }
    }

    /// Takes over one reference of a zend_string (interned or not).
    pub(crate) fn from_raw(p: *mut zend_string) -> ZString {
        // SAFETY: callers pass a non-null string they own a reference of.
        let s = unsafe { NonNull::new_unchecked(p) };
        ZString { s }
    }

    fn into_raw(self) -> *mut zend_string {
        ManuallyDrop::new(self).s.as_ptr()
    }
}

impl Drop for ZString {
    fn drop(&mut self) {
        if self.is_interned() {
            return;
        }
        // SAFETY: we own one reference of a live, non-interned string: the
        // last one frees it (zend_string_release).
        unsafe {
            let s = self.s.as_ptr();
            (*s).gc.refcount -= 1;
            if (*s).gc.refcount == 0 {
                ffi::_efree(s.cast());
            }
        }
    }
}

/// Bytes allocated with PHP's allocator (`emalloc`, as the C extension's
/// `accounted_emalloc`), freed on drop: for buffers whose size a script
/// chooses, so that memory_limit stops a request where it stops the C
/// extension, with the same "tried to allocate N bytes".
pub struct EBuf {
    p: NonNull<u8>,
    len: usize,
}

impl EBuf {
    /// `emalloc(len)`: the contents are uninitialised. May end the request
    /// with PHP's memory-limit fatal error; callers hold no resources that
    /// need dropping when they call it.
    pub fn alloc(len: usize) -> EBuf {
        // SAFETY: _emalloc never returns null (it bails out instead).
        let p = unsafe { NonNull::new_unchecked(ffi::_emalloc(len).cast::<u8>()) };
        EBuf { p, len }
    }

    /// The whole buffer, for a system call to fill.
    pub fn buffer(&mut self) -> &mut [MaybeUninit<u8>] {
        // SAFETY: the allocation holds len bytes, possibly uninitialised.
        unsafe { std::slice::from_raw_parts_mut(self.p.as_ptr().cast(), self.len) }
    }
}

impl Drop for EBuf {
    fn drop(&mut self) {
        // SAFETY: our own emalloc'd block, freed once.
        unsafe { ffi::_efree(self.p.as_ptr().cast()) }
    }
}

/// The bytes of a string zval found by a lookup (a constant's value).
///
/// # Safety
/// `zv` must be null or a live zval that outlives `'a`.
pub(crate) unsafe fn borrowed_bytes<'a>(zv: *const zval) -> Option<&'a [u8]> {
    if zv.is_null() {
        return None;
    }
    // SAFETY: per the contract the zval is live; its type byte tells whether
    // the payload is a string.
    unsafe {
        if (*zv).u1.v.type_ == ffi::IS_STRING {
            Some(zstr_bytes((*zv).value.str_))
        } else {
            None
        }
    }
}

/// A zval kept in a field of an object's Rust data (the Socket's stream),
/// released when the object dies.
#[repr(transparent)]
pub struct ZvalCell(std::cell::UnsafeCell<ManuallyDrop<zval>>);

impl ZvalCell {
    pub const fn undef() -> Self {
        ZvalCell(std::cell::UnsafeCell::new(ManuallyDrop::new(undef_zval())))
    }

    /// The zval itself, for the garbage collector to read (get_gc).
    pub(crate) fn as_ptr(&self) -> *mut zval {
        self.0.get().cast::<zval>()
    }

    pub fn is_undef(&self) -> bool {
        // SAFETY: reading the type byte of a zval we own.
        unsafe { (*self.0.get().cast::<zval>()).u1.v.type_ == ffi::IS_UNDEF }
    }
}

impl ZvalCell {
    /// The value, borrowed (None when undefined).
    pub fn get(&self) -> Option<Zv<'_>> {
        if self.is_undef() {
            return None;
        }
        // SAFETY: the cell holds a live zval for as long as it is borrowed.
        let p = unsafe { NonNull::new_unchecked(self.0.get().cast::<zval>()) };
        Some(Zv::from_ptr(p))
    }

    /// Stores a value (releasing any previous one).
    pub fn set(&self, v: OwnedZval) {
        let mut v = ManuallyDrop::new(v);
        // SAFETY: the cell owns its zval; the old one is released after the
        // new one is in place. No borrow from `get` is alive across this
        // (callers do not hold one while storing).
        unsafe {
            let slot = self.0.get().cast::<zval>();
            let old = ptr::read(slot);
            ptr::write(slot, ManuallyDrop::take(&mut v.zv));
            if old.u1.v.type_ != ffi::IS_UNDEF {
                drop(OwnedZval::from_raw(old));
            }
        }
    }

    /// Releases the value, leaving the cell undefined.
    pub fn clear(&self) {
        // SAFETY: as for `set`.
        unsafe {
            let slot = self.0.get().cast::<zval>();
            let old = ptr::read(slot);
            ptr::write(slot, undef_zval());
            if old.u1.v.type_ != ffi::IS_UNDEF {
                drop(OwnedZval::from_raw(old));
            }
        }
    }
}

impl Drop for ZvalCell {
    fn drop(&mut self) {
        if !self.is_undef() {
            // SAFETY: the cell owns one reference of its value.
            unsafe { ffi::zval_ptr_dtor(self.0.get().cast::<zval>()) }
        }
    }
}

/// PHP's `is_numeric_string()` on bytes: an int, a float, or neither.
pub enum Numeric {
    Long(i64),
    Double(f64),
    No,
}

pub fn numeric_string(b: &[u8]) -> Numeric {
    if b.first().is_none_or(|&c| c > b'9') {
        return Numeric::No;
    }
    let (mut l, mut d) = (0i64, 0f64);
    // SAFETY: reads `b.len()` bytes; writes the two outputs.
    let t = unsafe {
        ffi::_is_numeric_string_ex(
            b.as_ptr().cast(),
            b.len(),
            &mut l,
            &mut d,
            false,
            ptr::null_mut(),
            ptr::null_mut(),
        )
    };
    match t {
        ffi::IS_LONG => Numeric::Long(l),
        ffi::IS_DOUBLE => Numeric::Double(d),
        _ => Numeric::No,
    }
}

/// PHP's conversion of a float to int (convert_to_long on a double).
pub fn double_to_long(d: f64) -> i64 {
    let mut zv = undef_zval();
    zv.value.dval = d;
    zv.u1.type_info = ffi::IS_DOUBLE as u32;
    // SAFETY: a double zval on our stack; nothing to release.
    unsafe { ffi::zval_get_long_func(&mut zv, false) }
}
