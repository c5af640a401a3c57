//! PHP arrays: built by this code (results, option values) and read from
//! arguments (select's socket arrays, option arrays, hints).

use std::ffi::CStr;
use std::marker::PhantomData;
use std::mem::{ManuallyDrop, size_of};
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

    /// The elements of the packed array `src` in `slots` (slot numbers,
    /// which are their keys), under the same keys, references replaced by
    /// the values they point to: what zend_hash_index_update of each, in
    /// order, into a new array gives, written the way ZEND_HASH_FILL_PACKED
    /// writes a packed array, slot by slot, the slots skipped left as holes.
    /// Storage is made for the keys below `keys_below`; a slot not above the
    /// previous one, at or past `keys_below` or a hole of `src` is passed
    /// over. None (and nothing allocated) if `src` is not packed.
    pub fn packed_selection(
        src: ArrayRef<'_>,
        keys_below: u32,
        slots: impl IntoIterator<Item = u32>,
    ) -> Option<ZArray> {
        let sht = src.ht.as_ptr();
        // SAFETY: reading the header of a live array.
        let (packed, used) =
            unsafe { ((*sht).u.flags & ffi::HASH_FLAG_PACKED != 0, (*sht).nNumUsed) };
        if !packed {
            return None;
        }
        let limit = keys_below.min(used);
        let out = ZArray::new(keys_below);
        let ht = out.ht.as_ptr();
        // SAFETY: `out` is a fresh array of ours, given packed storage for
        // nTableSize (>= keys_below) zvals by Zend. Every slot copied is
        // below `limit`, so in the new storage and below the source's
        // nNumUsed, and above the previous one; every slot up to the last
        // one copied is written, with a copy (and a reference) of the
        // source's value or IS_UNDEF, and nNumUsed covers exactly those.
        // No PHP code runs meanwhile.
        unsafe {
            ffi::zend_hash_real_init_packed(ht);
            let data = (*ht).__bindgen_anon_1.arPacked;
            let sdata = (*sht).__bindgen_anon_1.arPacked;
            let mut next = 0u32;
            let mut count = 0u32;
            for slot in slots {
                if slot < next || slot >= limit {
                    continue;
                }
                let from = sdata.add(slot as usize);
                if (*from).u1.v.type_ == ffi::IS_UNDEF {
                    continue;
                }
                while next < slot {
                    (*data.add(next as usize)).u1.type_info = ffi::IS_UNDEF as u32;
                    next += 1;
                }
                let value = Zv::from_ptr(NonNull::new_unchecked(from)).deref();
                let mut v = ManuallyDrop::new(OwnedZval::copy_of(value));
                ptr::copy_nonoverlapping((*v).as_mut_ptr(), data.add(slot as usize), 1);
                count += 1;
                next = slot + 1;
            }
            (*ht).nNumUsed = next;
            (*ht).nNumOfElements = count;
            if count > 0 {
                (*ht).nNextFreeElement = i64::from(next);
            }
        }
        Some(out)
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

    /// nNumUsed: the slots in use, holes included (for a packed array,
    /// one more than its highest key).
    pub fn used(self) -> u32 {
        // SAFETY: the array is live for 'a.
        unsafe { (*self.ht.as_ptr()).nNumUsed }
    }

    /// Whether the array is a list exactly as a fresh array that was given
    /// its elements in order by `zend_hash_index_update` would be: packed
    /// without holes (keys 0..n-1), at least one element, the next free key
    /// n, the internal pointer at the start and no foreach iterators on it.
    /// (array_values() returns its argument itself on the first three.)
    pub fn is_fresh_list(self) -> bool {
        // SAFETY: reading the header of a live array.
        unsafe {
            let ht = self.ht.as_ptr();
            (*ht).u.flags & ffi::HASH_FLAG_PACKED != 0
                && (*ht).nNumUsed == (*ht).nNumOfElements
                && (*ht).nNumUsed > 0
                && (*ht).nNextFreeElement == i64::from((*ht).nNumUsed)
                && (*ht).nInternalPointer == 0
                && (*ht).u.v.nIteratorsCount == 0
        }
    }

    /// Whether both are the very same array.
    pub fn same_as(self, other: ArrayRef<'_>) -> bool {
        self.ht == other.ht
    }

    /// For a caller that keeps this array where the C extension builds an
    /// element-for-element copy for the variable and releases this one:
    /// the garbage collector's buffer as that leaves it. Released from its
    /// only holder, the array is destroyed and leaves the buffer; shared,
    /// it is only decremented and becomes a possible root. Each refcounted
    /// element, held by the copy, becomes a possible root when it is
    /// decremented: at once when the array is destroyed, when the copy is
    /// released otherwise (earlier here, the one moment that differs).
    /// gc_status()['roots'] shows it; what the collector finds does not
    /// change (the elements are Sockets, which hold no references).
    pub fn settle_as_rebuilt(self) {
        // SAFETY: a live array and its live elements; the collector's own
        // functions are called as its inline helpers call them. No PHP
        // code runs: adding a root that fills the buffer may run the
        // collector, which the C extension's release would run there too.
        unsafe {
            let ht = self.ht.as_ptr();
            let info = (*ht).gc.u.type_info;
            if (*ht).gc.refcount == 1 {
                if info & ffi::GC_INFO_MASK != 0 {
                    ffi::gc_remove_from_buffer(ht.cast());
                }
            } else if info & (ffi::GC_INFO_MASK | ffi::GC_NOT_COLLECTABLE_FLAG) == 0 {
                ffi::gc_possible_root(ht.cast());
            }
            for v in self.values() {
                let zv = v.as_ptr();
                if ((*zv).u1.type_info >> 8) & 1 == 0 {
                    continue;
                }
                let r = (*zv).value.counted;
                let info = (*r).gc.u.type_info;
                if info & (ffi::GC_INFO_MASK | ffi::GC_NOT_COLLECTABLE_FLAG) == 0 {
                    ffi::gc_possible_root(r);
                }
            }
        }
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

    /// The element in slot `slot` (the slot of the n-th element is n when
    /// the array has no holes: `used() == len()`), or None for a hole or a
    /// slot past the end.
    pub fn entry(self, slot: u32) -> Option<(Key<'a>, Zv<'a>)> {
        // SAFETY: reading the table header of a live array; the slot is
        // checked to be below nNumUsed, so it exists (a zval in a packed
        // array, a Bucket in the others); unused slots are IS_UNDEF.
        unsafe {
            let ht = self.ht.as_ptr();
            if slot >= (*ht).nNumUsed {
                return None;
            }
            let (zv, key) = if (*ht).u.flags & ffi::HASH_FLAG_PACKED != 0 {
                let zv = (*ht).__bindgen_anon_1.arPacked.add(slot as usize);
                (zv, Key::Index(u64::from(slot)))
            } else {
                let b = (*ht).__bindgen_anon_1.arData.add(slot as usize);
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
    }

    /// ZEND_HASH_FOREACH_VAL: the values in order (not dereferenced),
    /// stepping through the slots without looking at keys.
    pub fn values(self) -> Values<'a> {
        // SAFETY: reading the table header of a live array; slots
        // 0..nNumUsed are zvals 16 bytes apart in a packed array and the
        // `val` of Buckets in the others.
        unsafe {
            let ht = self.ht.as_ptr();
            let used = (*ht).nNumUsed as usize;
            let (first, stride) = if (*ht).u.flags & ffi::HASH_FLAG_PACKED != 0 {
                ((*ht).__bindgen_anon_1.arPacked, size_of::<zval>())
            } else {
                (
                    (&raw mut (*(*ht).__bindgen_anon_1.arData).val),
                    size_of::<ffi::Bucket>(),
                )
            };
            Values {
                next: first.cast::<u8>(),
                end: first.cast::<u8>().wrapping_add(used * stride),
                stride,
                _l: PhantomData,
            }
        }
    }

    /// ZEND_HASH_FOREACH_KEY_VAL: the elements in order (not dereferenced).
    /// The array must not change while iterated, which callers ensure by
    /// not running PHP code in between.
    pub fn iter(self) -> impl Iterator<Item = (Key<'a>, Zv<'a>)> {
        (0..self.used()).filter_map(move |slot| self.entry(slot))
    }
}

/// The values of an array, in order: see `ArrayRef::values`.
pub struct Values<'a> {
    next: *mut u8,
    end: *mut u8,
    stride: usize,
    _l: PhantomData<&'a HashTable>,
}

impl<'a> Iterator for Values<'a> {
    type Item = Zv<'a>;

    #[inline(always)]
    fn next(&mut self) -> Option<Zv<'a>> {
        while self.next < self.end {
            let zv = self.next.cast::<zval>();
            self.next = self.next.wrapping_add(self.stride);
            // SAFETY: `zv` is a slot below nNumUsed of the live array (see
            // `values`); holes are IS_UNDEF. The array must not change while
            // iterated, which callers ensure by not running PHP code.
            unsafe {
                if (*zv).u1.v.type_ != ffi::IS_UNDEF {
                    return Some(Zv::from_ptr(NonNull::new_unchecked(zv)));
                }
            }
        }
        None
    }
}
