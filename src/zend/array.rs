//! PHP arrays: built by this code (results, option values) and read from
//! arguments (select's socket arrays, option arrays, hints).

use std::ffi::CStr;
use std::marker::PhantomData;
use std::mem::ManuallyDrop;
use std::ptr::{self, NonNull};
use std::sync::atomic::{AtomicPtr, Ordering};

use super::ffi::{self, HashTable, zend_string, zval};
use super::value::{OwnedZval, Zv, undef_zval};

/// A string key interned once, at module start-up, as Zend's own known
/// strings are: its hash is computed once, and since the engine interns a
/// script's literal `'iov'` to this same string, looking it up in a
/// script's array is a pointer comparison. Until interned (or if interning
/// is unavailable), the plain `str` functions are used.
pub struct InternedKey {
    text: &'static CStr,
    zstr: AtomicPtr<zend_string>,
}

impl InternedKey {
    pub const fn new(text: &'static CStr) -> InternedKey {
        InternedKey {
            text,
            zstr: AtomicPtr::new(ptr::null_mut()),
        }
    }

    /// Interns the key permanently (MINIT only).
    pub fn intern(&self) {
        // SAFETY: MINIT, single-threaded; permanent interned strings live
        // until the engine shuts down, after this module is unloaded.
        let z = unsafe {
            match ffi::zend_string_init_interned {
                Some(intern) => intern(self.text.as_ptr(), self.text.count_bytes(), true),
                None => ptr::null_mut(),
            }
        };
        self.zstr.store(z, Ordering::Relaxed);
    }

    pub fn text(&self) -> &'static CStr {
        self.text
    }

    fn zstr(&self) -> *mut zend_string {
        self.zstr.load(Ordering::Relaxed)
    }
}

/// A new array this code owns until it is handed over as a zval.
pub struct ZArray {
    ht: NonNull<HashTable>,
}

impl ZArray {
    /// `zend_new_array(size)`.
    pub fn new(size: u32) -> ZArray {
        // SAFETY: _zend_new_array never returns null (it bails out).
        let ht = unsafe { NonNull::new_unchecked(ffi::_zend_new_array(size)) };
        ZArray { ht }
    }

    /// `add_next_index_zval`.
    pub fn push(&mut self, v: OwnedZval) {
        let mut v = ManuallyDrop::new(v);
        // SAFETY: the array takes over the value's reference.
        unsafe { ffi::zend_hash_next_index_insert(self.ht.as_ptr(), (*v).as_mut_ptr()) };
    }

    /// `add_assoc_zval_ex`: a string key.
    pub fn set(&mut self, key: &CStr, v: OwnedZval) {
        let mut v = ManuallyDrop::new(v);
        // SAFETY: the array takes over the value's reference; Zend copies the key.
        unsafe {
            ffi::zend_hash_str_update(
                self.ht.as_ptr(),
                key.as_ptr(),
                key.count_bytes(),
                (*v).as_mut_ptr(),
            )
        };
    }

    pub fn set_long(&mut self, key: &CStr, n: i64) {
        self.set(key, OwnedZval::long(n));
    }

    /// `zend_hash_update` with an interned key (no hashing, no key copy).
    pub fn set_key(&mut self, key: &InternedKey, v: OwnedZval) {
        let z = key.zstr();
        if z.is_null() {
            return self.set(key.text(), v);
        }
        let mut v = ManuallyDrop::new(v);
        // SAFETY: the array takes over the value's reference; the key is a
        // permanent interned string, never freed by the array.
        unsafe { ffi::zend_hash_update(self.ht.as_ptr(), z, (*v).as_mut_ptr()) };
    }

    /// Copies `value` (with a new reference) under `key`, as select() keeps
    /// the keys of the arrays it filters.
    pub fn copy_entry(&mut self, key: Key<'_>, value: Zv<'_>) {
        let mut v = ManuallyDrop::new(OwnedZval::copy_of(value));
        // SAFETY: the array takes over the new reference; zend_hash_add
        // references the (live) key string itself. A duplicate key cannot
        // occur: keys come from one source array.
        unsafe {
            let added = match key {
                Key::Index(h) => {
                    ffi::zend_hash_index_update(self.ht.as_ptr(), h, (*v).as_mut_ptr())
                }
                Key::Str(k, _) => {
                    ffi::zend_hash_add(self.ht.as_ptr(), k.as_ptr(), (*v).as_mut_ptr())
                }
            };
            if added.is_null() {
                ffi::zval_ptr_dtor((*v).as_mut_ptr());
            }
        }
    }

    pub fn into_zval(self) -> OwnedZval {
        let ht = ManuallyDrop::new(self).ht;
        let mut zv = undef_zval();
        zv.value.arr = ht.as_ptr();
        zv.u1.type_info = ffi::IS_ARRAY_EX;
        OwnedZval::from_raw(zv)
    }
}

impl Drop for ZArray {
    fn drop(&mut self) {
        let mut zv = undef_zval();
        zv.value.arr = self.ht.as_ptr();
        zv.u1.type_info = ffi::IS_ARRAY_EX;
        drop(OwnedZval::from_raw(zv));
    }
}

/// The key of an array element.
#[derive(Clone, Copy)]
pub enum Key<'a> {
    Index(u64),
    Str(NonNull<zend_string>, PhantomData<&'a zend_string>),
}

impl<'a> Key<'a> {
    /// The bytes of a string key.
    pub fn str_bytes(self) -> Option<&'a [u8]> {
        match self {
            Key::Index(_) => None,
            // SAFETY: the key string lives as long as the array ('a).
            Key::Str(k, _) => Some(unsafe { super::value::zstr_bytes(k.as_ptr()) }),
        }
    }
}

/// An array owned by someone else (an argument).
#[derive(Clone, Copy)]
pub struct ArrayRef<'a> {
    ht: NonNull<HashTable>,
    _l: PhantomData<&'a HashTable>,
}

impl<'a> ArrayRef<'a> {
    pub(crate) fn new(ht: NonNull<HashTable>) -> Self {
        ArrayRef {
            ht,
            _l: PhantomData,
        }
    }

    pub fn len(self) -> u32 {
        // SAFETY: the array is live for 'a.
        unsafe { (*self.ht.as_ptr()).nNumOfElements }
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// Whether both are the very same array.
    pub fn same_as(self, other: ArrayRef<'_>) -> bool {
        self.ht == other.ht
    }

    /// HT_IS_PACKED: a list whose keys are 0..n.
    pub fn is_packed(self) -> bool {
        // SAFETY: reading the flags of a live array.
        unsafe { (*self.ht.as_ptr()).u.flags & ffi::HASH_FLAG_PACKED != 0 }
    }

    /// `zend_hash_str_find`.
    pub fn get(self, key: &CStr) -> Option<Zv<'a>> {
        // SAFETY: the array is live; the result, if any, points into it.
        let p =
            unsafe { ffi::zend_hash_str_find(self.ht.as_ptr(), key.as_ptr(), key.count_bytes()) };
        NonNull::new(p).map(Zv::from_ptr)
    }

    /// `zend_hash_find_known_hash` with an interned key.
    pub fn get_key(self, key: &InternedKey) -> Option<Zv<'a>> {
        let z = key.zstr();
        if z.is_null() {
            return self.get(key.text());
        }
        // SAFETY: the array is live and the key an interned string with its
        // hash set; the result, if any, points into the array.
        let p = unsafe { ffi::zend_hash_find_known_hash(self.ht.as_ptr(), z) };
        NonNull::new(p).map(Zv::from_ptr)
    }

    /// ZEND_HASH_FOREACH_KEY_VAL: the elements in order (not dereferenced).
    pub fn iter(self) -> impl Iterator<Item = (Key<'a>, Zv<'a>)> {
        // SAFETY: reading the table header of a live array.
        let (packed, used, data) = unsafe {
            let ht = self.ht.as_ptr();
            (
                (*ht).u.flags & ffi::HASH_FLAG_PACKED != 0,
                (*ht).nNumUsed as usize,
                (*ht).__bindgen_anon_1.arData,
            )
        };
        (0..used).filter_map(move |i| {
            // SAFETY: slots 0..nNumUsed exist; packed arrays store zvals,
            // the others Buckets; unused slots are IS_UNDEF. The array must
            // not change while iterated, which callers ensure by not running
            // PHP code in between.
            unsafe {
                let (zv, key) = if packed {
                    let zv = data.cast::<zval>().add(i);
                    (zv, Key::Index(i as u64))
                } else {
                    let b = data.add(i);
                    let key = match NonNull::new((*b).key) {
                        Some(k) => Key::Str(k, PhantomData),
                        None => Key::Index((*b).h),
                    };
                    (&raw mut (*b).val, key)
                };
                if (*zv).u1.v.type_ == ffi::IS_UNDEF {
                    return None;
                }
                Some((key, Zv::from_ptr(NonNull::new_unchecked(zv))))
            }
        })
    }
}
