//! Internal PHP classes whose objects carry Rust data (`Socket`,
//! `AddressInfo`), registered by hand so that they behave as the C
//! extension's: final, no constructor, not clonable, not comparable, not
//! serialisable, no dynamic properties.
//!
//! An object is laid out as C extensions lay theirs out: the Rust data first,
//! the `zend_object` last, and the handlers' `offset` leads from one to the
//! other.

use std::cell::UnsafeCell;
use std::ffi::CStr;
use std::marker::PhantomData;
use std::mem::{ManuallyDrop, MaybeUninit, offset_of, size_of};
use std::ptr::{self, NonNull};
use std::sync::atomic::{AtomicPtr, Ordering};

use super::ffi::{self, zend_class_entry, zend_object, zend_object_handlers};
use super::value::{OwnedZval, ZvalCell, undef_zval};

/// The Rust side of an object of an internal class.
pub trait ObjectData: Sized + 'static {
    /// The class's name as PHP shows it.
    const CLASS_NAME: &'static CStr;
    /// The Error message for `new ClassName()`.
    const CONSTRUCT_ERROR: &'static CStr;
    /// Where the class entry and handlers live.
    fn slot() -> &'static ClassSlot;
    /// The state of a fresh object, before a function fills it in.
    fn new() -> Self;
    /// The zval the class shows the garbage collector besides the object's
    /// properties (a get_gc handler, as the C extension's Socket has for
    /// its stream), if any; None keeps the standard handler.
    const GC_ZVAL: Option<fn(&Self) -> &ZvalCell> = None;
}

#[repr(C)]
struct Container<T> {
    data: T,
    std: UnsafeCell<zend_object>,
}

/// How far an object's zend_object is from the start of its Rust data.
pub const fn std_offset<T: ObjectData>() -> usize {
    offset_of!(Container<T>, std)
}

/// A class entry and its object handlers, filled in at MINIT.
pub struct ClassSlot {
    ce: AtomicPtr<zend_class_entry>,
    handlers: UnsafeCell<MaybeUninit<zend_object_handlers>>,
}

// SAFETY: the handlers are written once, in MINIT, before any PHP code runs,
// and only read afterwards; the class entry pointer is atomic.
unsafe impl Sync for ClassSlot {}

impl ClassSlot {
    pub const fn new() -> Self {
        ClassSlot {
            ce: AtomicPtr::new(ptr::null_mut()),
            handlers: UnsafeCell::new(MaybeUninit::zeroed()),
        }
    }

    #[inline(always)]
    pub fn ce(&self) -> *mut zend_class_entry {
        self.ce.load(Ordering::Relaxed)
    }

    /// Registers class `T` (MINIT only).
    pub fn register<T: ObjectData>(&'static self) {
        // SAFETY: MINIT runs single-threaded before any object exists. The
        // class entry is set up as INIT_CLASS_ENTRY does (zeroed, interned
        // name) and registered by Zend, which copies it.
        unsafe {
            let h = (*self.handlers.get()).as_mut_ptr();
            ptr::copy_nonoverlapping(&raw const ffi::std_object_handlers, h, 1);
            // An int up to 8.5, a size_t from 8.6.
            (*h).offset = offset_of!(Container<T>, std) as _;
            (*h).free_obj = Some(free_obj::<T>);
            (*h).get_constructor = Some(get_constructor::<T>);
            (*h).clone_obj = None;
            (*h).compare = Some(ffi::zend_objects_not_comparable);
            if T::GC_ZVAL.is_some() {
                (*h).get_gc = Some(get_gc::<T>);
            }

            let mut ce = MaybeUninit::<zend_class_entry>::zeroed();
            let name = T::CLASS_NAME;
            if let Some(intern) = ffi::zend_string_init_interned {
                (*ce.as_mut_ptr()).name = intern(name.as_ptr(), name.count_bytes(), true);
            }
            let ce = ffi::zend_register_internal_class_ex(ce.as_mut_ptr(), ptr::null_mut());
            (*ce).ce_flags |= ffi::ZEND_ACC_FINAL
                | ffi::ZEND_ACC_NO_DYNAMIC_PROPERTIES
                | ffi::ZEND_ACC_NOT_SERIALIZABLE;
            (*ce).__bindgen_anon_2.create_object = Some(create_object::<T>);
            // From 8.3 the engine also reads the class's default handlers
            // (reflection, lazy objects); the C extension sets them too.
            #[cfg(php83)]
            {
                (*ce).default_object_handlers = h;
            }
            self.ce.store(ce, Ordering::Relaxed);
        }
    }

    fn handlers(&self) -> *const zend_object_handlers {
        self.handlers.get().cast()
    }

    /// The Rust data of `obj` if it is an object of this class.
    #[inline(always)]
    pub fn downcast<'a, T: ObjectData>(&self, obj: ObjRef<'a>) -> Option<&'a T> {
        // SAFETY: `obj` is live; its class entry pointer is readable, and
        // never null, so before MINIT (a null slot) nothing matches.
        let ce = unsafe { (*obj.0.as_ptr()).ce };
        if ce != self.ce() {
            return None;
        }
        // SAFETY: objects of this class are created by create_object::<T>
        // only (the class is final), so `obj` is the `std` of a Container<T>.
        Some(unsafe { &(*container::<T>(obj.0.as_ptr())).data })
    }

    /// A new object of class `T` (as object_init_ex would create it).
    pub fn instantiate<T: ObjectData>(&self) -> NewObject<T> {
        // SAFETY: create_object::<T> is this class's create_object handler.
        let obj = unsafe { create_object::<T>(self.ce()) };
        // SAFETY: create_object never returns null (emalloc bails out).
        let obj = unsafe { NonNull::new_unchecked(obj) };
        NewObject {
            obj,
            _t: PhantomData,
        }
    }
}

impl Default for ClassSlot {
    fn default() -> Self {
        Self::new()
    }
}

/// # Safety
/// `obj` must be the `std` member of a `Container<T>`.
unsafe fn container<T>(obj: *mut zend_object) -> *mut Container<T> {
    // SAFETY: per the contract, stepping back by the offset of `std` stays
    // inside the same allocation.
    unsafe { obj.cast::<u8>().sub(offset_of!(Container<T>, std)).cast() }
}

unsafe extern "C" fn create_object<T: ObjectData>(ce: *mut zend_class_entry) -> *mut zend_object {
    // SAFETY: zend_object_alloc: emalloc never returns null; the data part is
    // written before anything reads it; zend_object_std_init initialises the
    // zend_object part (the class has no declared properties, so the one
    // properties_table slot in the struct is more than enough room).
    unsafe {
        let c = ffi::_emalloc(size_of::<Container<T>>()).cast::<Container<T>>();
        ptr::write(&raw mut (*c).data, T::new());
        let std = UnsafeCell::raw_get(&raw const (*c).std);
        ffi::zend_object_std_init(std, ce);
        (*std).handlers = T::slot().handlers();
        std
    }
}

unsafe extern "C" fn free_obj<T: ObjectData>(obj: *mut zend_object) {
    // SAFETY: Zend calls free_obj once per object, on an object created by
    // create_object::<T>; the memory itself is freed by Zend afterwards.
    unsafe {
        let c = container::<T>(obj);
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            ptr::drop_in_place(&raw mut (*c).data);
        }));
        ffi::zend_object_std_dtor(obj);
    }
}

/// The get_gc handler of a class with a GC_ZVAL: that zval, and the
/// object's properties (built if need be, as zend_std_get_properties does
/// for the C extension's handler).
unsafe extern "C" fn get_gc<T: ObjectData>(
    obj: *mut zend_object,
    table: *mut *mut ffi::zval,
    n: *mut std::ffi::c_int,
) -> *mut ffi::HashTable {
    // SAFETY: Zend passes a live object of this class (created by
    // create_object::<T>) and two out-pointers; the zval reported lives in
    // the object, as long as the object does.
    unsafe {
        match T::GC_ZVAL {
            Some(field) => {
                *table = field(&(*container::<T>(obj)).data).as_ptr();
                *n = 1;
            }
            None => {
                *table = ptr::null_mut();
                *n = 0;
            }
        }
        ffi::zend_std_get_properties(obj)
    }
}

unsafe extern "C" fn get_constructor<T: ObjectData>(
    _obj: *mut zend_object,
) -> *mut ext_php_rs::ffi::zend_function {
    // SAFETY: throwing an Error with a constant message.
    unsafe { ffi::zend_throw_error(ptr::null_mut(), c"%s".as_ptr(), T::CONSTRUCT_ERROR.as_ptr()) };
    ptr::null_mut()
}

/// A borrowed object (an argument of the current call).
#[derive(Clone, Copy)]
pub struct ObjRef<'a>(NonNull<zend_object>, PhantomData<&'a zend_object>);

impl ObjRef<'_> {
    pub(crate) fn new(p: NonNull<zend_object>) -> Self {
        ObjRef(p, PhantomData)
    }

    pub(crate) fn as_ptr(self) -> *mut zend_object {
        self.0.as_ptr()
    }
}

/// A freshly created object this code holds the only reference to.
pub struct NewObject<T> {
    obj: NonNull<zend_object>,
    _t: PhantomData<T>,
}

impl<T: ObjectData> NewObject<T> {
    pub fn data(&self) -> &T {
        // SAFETY: the object was created by create_object::<T> and is alive
        // while we hold its reference.
        unsafe { &(*container::<T>(self.obj.as_ptr())).data }
    }

    /// The data of an object nobody else has seen yet.
    pub fn data_mut(&mut self) -> &mut T {
        // SAFETY: we hold the only reference to this new object, and the
        // borrow of self keeps it unique for as long as it is used.
        unsafe { &mut (*container::<T>(self.obj.as_ptr())).data }
    }

    /// Hands the reference over to a zval.
    pub fn into_zval(self) -> OwnedZval {
        let obj = ManuallyDrop::new(self).obj;
        let mut zv = undef_zval();
        zv.value.obj = obj.as_ptr();
        zv.u1.type_info = ffi::IS_OBJECT_EX;
        OwnedZval::from_raw(zv)
    }
}

impl<T> Drop for NewObject<T> {
    fn drop(&mut self) {
        let mut zv = undef_zval();
        zv.value.obj = self.obj.as_ptr();
        zv.u1.type_info = ffi::IS_OBJECT_EX;
        drop(OwnedZval::from_raw(zv));
    }
}
