//! Argument parsing modelled on Zend's fast parameter parsing API
//! (`ZEND_PARSE_PARAMETERS_START` / `Z_PARAM_*`): an inline check for the
//! exact type, then Zend's own slow helpers for weak-mode coercion (and its
//! deprecations), and Zend's own error functions, so that every TypeError,
//! ValueError, ArgumentCountError and deprecation is the engine's text.
//!
//! Each method parses one argument; `None` means the error has been raised
//! and the function must return at once (RETURN_THROWS). Calling them in
//! argument order reproduces the engine's "first bad argument wins".

use crate::zend::ffi::{
    Z_EXPECTED_LONG, Z_EXPECTED_LONG_OR_NULL, Z_EXPECTED_STRING, Z_EXPECTED_STRING_OR_NULL,
};
use crate::zend::{ArrayRef, Frame, ObjectData, RefSlot, Zv, error};

pub struct Args<'f, 'a> {
    frame: &'f Frame<'a>,
}

/// `ZEND_PARSE_PARAMETERS_START(min, max)`: the argument count check.
#[inline(always)]
pub fn parse<'f, 'a>(frame: &'f Frame<'a>, min: u32, max: u32) -> Option<Args<'f, 'a>> {
    let n = frame.num_args();
    if n < min || n > max {
        error::wrong_parameter_count(min, max);
        return None;
    }
    Some(Args { frame })
}

impl<'a> Args<'_, 'a> {
    /// Whether optional argument `n` was passed.
    #[inline(always)]
    pub fn has(&self, n: u32) -> bool {
        n <= self.frame.num_args()
    }

    #[inline(always)]
    fn arg(&self, n: u32) -> Option<Zv<'a>> {
        self.frame.arg(n)
    }

    /// `Z_PARAM_OBJECT_OF_CLASS(dest, T's class)`.
    #[inline(always)]
    pub fn object<T: ObjectData>(&self, n: u32) -> Option<&'a T> {
        let zv = self.arg(n)?;
        if let Some(obj) = zv.as_object() {
            if let Some(data) = T::slot().downcast::<T>(obj) {
                return Some(data);
            }
        }
        zv.wrong_class(n, T::CLASS_NAME, false);
        None
    }

    /// `Z_PARAM_OBJECT_OF_CLASS_OR_NULL` for an optional argument: absent
    /// and null both give `Some(None)`.
    #[inline(always)]
    pub fn object_or_null<T: ObjectData>(&self, n: u32) -> Option<Option<&'a T>> {
        let Some(zv) = self.arg(n) else {
            return Some(None);
        };
        if let Some(obj) = zv.as_object() {
            if let Some(data) = T::slot().downcast::<T>(obj) {
                return Some(Some(data));
            }
        } else if zv.is_null() {
            return Some(None);
        }
        zv.wrong_class(n, T::CLASS_NAME, true);
        None
    }

    /// `Z_PARAM_LONG`.
    #[inline(always)]
    pub fn long(&self, n: u32) -> Option<i64> {
        let zv = self.arg(n)?;
        match zv.as_long() {
            Some(v) => Some(v),
            None => long_slow(zv, n, Z_EXPECTED_LONG),
        }
    }

    /// `Z_PARAM_LONG` after `Z_PARAM_OPTIONAL`: `default` when absent.
    #[inline(always)]
    pub fn long_or(&self, n: u32, default: i64) -> Option<i64> {
        if self.has(n) {
            self.long(n)
        } else {
            Some(default)
        }
    }

    /// `Z_PARAM_LONG_OR_NULL` (optional): absent or null give `Some(None)`.
    #[inline(always)]
    pub fn long_or_null(&self, n: u32) -> Option<Option<i64>> {
        let Some(zv) = self.arg(n) else {
            return Some(None);
        };
        if let Some(v) = zv.as_long() {
            return Some(Some(v));
        }
        if zv.is_null() {
            return Some(None);
        }
        long_slow(zv, n, Z_EXPECTED_LONG_OR_NULL).map(Some)
    }

    /// `Z_PARAM_STR` / `Z_PARAM_STRING`: the string's bytes, borrowed.
    #[inline(always)]
    pub fn bytes(&self, n: u32) -> Option<&'a [u8]> {
        let zv = self.arg(n)?;
        match zv.as_bytes() {
            Some(b) => Some(b),
            None => bytes_slow(zv, n, Z_EXPECTED_STRING),
        }
    }

    /// `Z_PARAM_STRING_OR_NULL` (optional): absent or null give `Some(None)`.
    #[inline(always)]
    pub fn bytes_or_null(&self, n: u32) -> Option<Option<&'a [u8]>> {
        let Some(zv) = self.arg(n) else {
            return Some(None);
        };
        if let Some(b) = zv.as_bytes() {
            return Some(Some(b));
        }
        if zv.is_null() {
            return Some(None);
        }
        bytes_slow(zv, n, Z_EXPECTED_STRING_OR_NULL).map(Some)
    }

    /// `Z_PARAM_ARRAY`: the array, borrowed.
    pub fn array(&self, n: u32) -> Option<ArrayRef<'a>> {
        let zv = self.arg(n)?;
        let arr = zv.as_array();
        if arr.is_none() {
            zv.wrong_type(n, crate::zend::ffi::Z_EXPECTED_ARRAY);
        }
        arr
    }

    /// A by-reference argument (`"z"` on `&$x`), if it was passed.
    #[inline(always)]
    pub fn by_ref(&self, n: u32) -> Option<RefSlot<'a>> {
        self.arg(n).and_then(|zv| zv.as_reference())
    }

    /// `Z_PARAM_ZVAL` (`"z"`): the raw argument, e.g. a by-reference slot.
    #[inline(always)]
    pub fn zval(&self, n: u32) -> Option<Zv<'a>> {
        self.arg(n)
    }
}

#[cold]
#[inline(never)]
fn long_slow(zv: Zv<'_>, n: u32, expected: std::ffi::c_int) -> Option<i64> {
    let r = zv.long_slow(n);
    if r.is_none() {
        zv.wrong_type(n, expected);
    }
    r
}

#[cold]
#[inline(never)]
fn bytes_slow<'a>(zv: Zv<'a>, n: u32, expected: std::ffi::c_int) -> Option<&'a [u8]> {
    let r = zv.bytes_slow(n);
    if r.is_none() {
        zv.wrong_type(n, expected);
    }
    r
}
