//! The thin layer between PHP's C API and the safe Rust above it. Every
//! `unsafe` block of the crate that touches PHP lives in this module (the
//! system calls live in `crate::sys`), each with a `// SAFETY:` comment.

pub mod array;
pub mod error;
pub mod ffi;
pub mod globals;
pub mod guard;
pub mod module;
pub mod object;
pub mod stream;
pub mod value;

pub use array::{ArrayRef, InternedKey, Key, ZArray};
pub use object::{ClassSlot, NewObject, ObjRef, ObjectData};
pub use value::{EBuf, Frame, OwnedZval, RefSlot, Return, ZString, Zv, ZvalCell};
