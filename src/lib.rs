//! rust_sockets: PHP's ext/sockets as a PHP extension written in Rust.
//!
//! Layout, by concern (as the C extension's sockets.c, conversions.c, ...):
//! - `module`: what PHP loads (function table, start-up, phpinfo)
//! - `arginfo`: the function signatures
//! - `args`: argument parsing with the engine's exact errors
//! - `socket`: the `Socket` class, creating and closing sockets
//! - `io`: reading and writing
//! - `errors`: errno bookkeeping, warnings, socket_strerror()
//! - `constants`: the constants PHP scripts use
//! - `version`: what differs between the PHP versions built for
//! - `abi`: the C layouts read and written as bytes, checked against the
//!   target's (what an architecture could change)
//! - `zend` and `sys`: the only places with `unsafe`: PHP's C API and the
//!   system calls, each behind small safe functions.

pub mod abi;
pub mod address;
pub mod addrinfo;
pub mod arginfo;
pub mod args;
pub mod capi;
pub mod constants;
pub mod errors;
pub mod io;
pub mod messages;
pub mod module;
pub mod multicast;
pub mod options;
pub mod select;
pub mod socket;
pub mod stackvec;
pub mod streams;
pub mod sys;
pub mod version;
pub mod zend;
