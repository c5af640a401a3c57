//! What differs between the PHP versions rust_sockets is built for, as seen by
//! scripts: one named answer per difference of the C extension's behaviour,
//! so that a handler asks a question (`version::PORT_RANGE_CHECKED`) instead
//! of testing a version number. The engine's own differences (struct layouts,
//! renamed exports) are `crate::zend`'s business, not this module's.
//!
//! The version is the one build.rs found (`php83`..`php86` cfg flags, set
//! for that version and every later one); every answer is a constant, so the
//! compiler keeps only the branch of the version built for. Each answer was
//! read off that version's own sockets.so (8.2.36, 8.4.27, 8.5.7, 8.6.0RC3);
//! PHP 8.3 builds but is untested (no 8.3 package was reachable): its
//! answers are 8.2's or 8.4's as the 8.3 release notes say.

/// The PHP versions this crate builds for.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Php {
    V82,
    V83,
    V84,
    V85,
    V86,
}

/// The PHP this extension was built against.
pub const PHP: Php = if cfg!(php86) {
    Php::V86
} else if cfg!(php85) {
    Php::V85
} else if cfg!(php84) {
    Php::V84
} else if cfg!(php83) {
    Php::V83
} else {
    Php::V82
};

/// Whether the PHP built for is `v` or later.
pub const fn at_least(v: Php) -> bool {
    PHP as u8 >= v as u8
}

// ---- Functions and signatures (see arginfo.rs and module.rs) ----

/// socket_atmark() is the C extension's own (listed after socket_shutdown)
/// from 8.3; before, it is one of our additions (listed last).
pub const ATMARK_IS_NATIVE: bool = at_least(Php::V83);

/// socket_create_listen()'s `$backlog` defaults to SOMAXCONN from 8.4 (128
/// before); the signature shows the constant's name.
pub const LISTEN_BACKLOG_IS_SOMAXCONN: bool = at_least(Php::V84);

/// socket_addrinfo_lookup() has a fourth parameter, `&$error_code`, that
/// receives the EAI_* code of a failure (8.6).
pub const ADDRINFO_LOOKUP_ERROR_CODE: bool = at_least(Php::V86);

/// socket_cmsg_space() is declared `: int` from 8.6 (`: ?int` before; it
/// never returned null).
pub const CMSG_SPACE_RETURNS_INT: bool = at_least(Php::V86);

// ---- Creating sockets ----

/// SOCK_NONBLOCK / SOCK_CLOEXEC in `$type` are the C extension's own from
/// 8.4, and its `$type` ValueError names them ("... optionally OR'ed with
/// SOCK_CLOEXEC, SOCK_NONBLOCK"). We accept them on every version.
pub const TYPE_FLAGS_ARE_NATIVE: bool = at_least(Php::V84);

/// socket_accept() makes its socket close-on-exec (accept4 with
/// SOCK_CLOEXEC) from 8.4, and non-blocking when the listener is from 8.5
/// (the listener's blocking mode as socket_set_nonblock() left it).
pub const ACCEPT_SETS_CLOEXEC: bool = at_least(Php::V84);
pub const ACCEPT_INHERITS_NONBLOCK: bool = at_least(Php::V85);

/// socket_recvfrom() on an AF_INET/AF_INET6 socket without `$port`: 8.6's
/// ArgumentCountError says why ("expects exactly 6 arguments when argument
/// #1 ($socket) is of type AF_INET or AF_INET6"); before, "Wrong parameter
/// count for socket_recvfrom()".
pub const RECVFROM_PORT_COUNT_ERROR_NAMES_FAMILY: bool = at_least(Php::V86);

/// socket_create_listen() asks the resolver for 0.0.0.0 first until 8.5,
/// and gives up silently when that fails (as it does when no descriptor is
/// left); 8.6 binds INADDR_ANY directly, so socket() reports EMFILE.
pub const LISTEN_RESOLVES_ANY: bool = !at_least(Php::V86);

/// AF_PACKET sockets: socket_create() accepts the family (its `$domain`
/// ValueError names it) and bind/getsockname handle it from 8.5;
/// sendto/recvfrom from 8.6.
pub const AF_PACKET_SOCKETS: bool = at_least(Php::V85);
pub const AF_PACKET_SENDTO_RECVFROM: bool = at_least(Php::V86);

// ---- Addresses ----

/// socket_create_listen(), socket_bind() and socket_sendto() throw a
/// ValueError for a port outside 0..65535 (8.5); before, the port is
/// truncated to 16 bits.
pub const PORT_RANGE_CHECKED: bool = at_least(Php::V85);

/// socket_sendto() on an AF_UNIX socket with an address of 108 bytes or
/// more (NULs included) is a ValueError from 8.4; before, the path is cut
/// at its first NUL and at 107 bytes.
pub const UNIX_SENDTO_LENGTH_CHECKED: bool = at_least(Php::V84);

/// socket_addrinfo_lookup() checks its hints (8.5): numeric keys are a
/// ValueError, values must be ints (TypeError) within range (ValueError).
pub const ADDRINFO_HINTS_CHECKED: bool = at_least(Php::V85);

/// AF_UNSPEC is an accepted "ai_family" hint (8.6).
pub const ADDRINFO_FAMILY_UNSPEC: bool = at_least(Php::V86);

/// socket_shutdown() with a mode other than 0, 1, 2 is a ValueError (8.5);
/// before, the kernel's EINVAL.
pub const SHUTDOWN_MODE_CHECKED: bool = at_least(Php::V85);

/// socket_sendmsg()'s conversion error for an empty AF_UNIX path: "the
/// path is cannot be empty" until 8.3, "the path is must not be empty"
/// from 8.4.
pub const MSG_EMPTY_PATH_ERROR: &str = if at_least(Php::V84) {
    "the path is must not be empty"
} else {
    "the path is cannot be empty"
};

// ---- Options ----

/// SO_LINGER, SO_RCVTIMEO and SO_SNDTIMEO take an array (or object) only:
/// anything else is a TypeError (8.4.3); SO_LINGER's fields must be within
/// 0..65535 (8.4.27 and 8.5.7 print bytes of the value in place of
/// "l_linger" in that ValueError, fixed in 8.6: we name it everywhere).
pub const OPTION_ARRAYS_TYPED: bool = at_least(Php::V84);

/// SO_ATTACH_REUSEPORT_CBPF has its own handling from 8.3: 0 detaches
/// (with SO_DETACH_BPF until 8.5, which leaves the reuseport program
/// attached; SO_DETACH_REUSEPORT_BPF from 8.6, and here on every version),
/// SKF_AD_CPU and SKF_AD_QUEUE attach a two-instruction program, anything
/// else warns "Unsupported CBPF filter". 8.6 takes only an int (TypeError)
/// at SOL_SOCKET ("Invalid level" warning otherwise).
pub const REUSEPORT_CBPF_HANDLED: bool = at_least(Php::V83);
pub const REUSEPORT_CBPF_STRICT: bool = at_least(Php::V86);

/// SO_BINDTODEVICE and TCP_CONGESTION take a string only (TypeError, 8.5);
/// before, anything else is used as an empty string.
pub const STRING_OPTIONS_TYPED: bool = at_least(Php::V85);

/// UDP_SEGMENT must be within 0..65535 (ValueError, 8.5; 8.5 words it
/// "must be of between", 8.6 "must be between").
pub const UDP_SEGMENT_CHECKED: bool = at_least(Php::V85);
pub const UDP_SEGMENT_MESSAGE: &std::ffi::CStr = if at_least(Php::V86) {
    c"must be between 0 and 65535"
} else {
    c"must be of between 0 and 65535"
};

/// TCP_USER_TIMEOUT must be within 0..4294967295 (ValueError, 8.6).
pub const TCP_USER_TIMEOUT_CHECKED: bool = at_least(Php::V86);

/// MCAST_* group options with a value that is neither array nor object are
/// a TypeError (8.5; the message names MCAST_LEAVE_GROUP or
/// MCAST_LEAVE_SOURCE_GROUP whatever the option).
pub const MCAST_VALUE_TYPED: bool = at_least(Php::V85);

// ---- What scripts see beyond return values ----
//
// Object handles (spl_object_id, var_dump's #N), destructors run while a
// by-reference argument is replaced, the garbage collector's count, and
// argument values as traces show them (debug_backtrace(), an exception's
// getTrace() with zend.exception_ignore_args=0): each follows the order in
// which that version's sockets.so creates, releases and converts values.
// Several come from the engine's inline helpers, compiled into sockets.so
// from that version's headers. 8.3's are unverified (no 8.3 was reachable):
// they are taken as 8.2's.

/// socket_create_pair() calls socketpair() before it makes the two Socket
/// objects, and makes them after `&$pair` has been emptied (its old value
/// released), from 8.5; until 8.4 the objects come first (and die when
/// socketpair() fails), and `&$pair` is emptied after socketpair().
pub const PAIR_OBJECTS_AFTER_SOCKETPAIR: bool = at_least(Php::V85);

/// How `&$pair`'s old value is released when socket_create_pair() stores
/// its array (the engine's zend_try_array_init()): in place until 8.3, so a
/// destructor it runs still sees the old value in the variable; from 8.4
/// the variable holds null while the old value is released.
pub const ARRAY_INIT_RELEASES_IN_PLACE: bool = !at_least(Php::V84);

/// The same for the by-reference results stored with the engine's
/// ZEND_TRY_ASSIGN_REF_* macros (socket_recv's `$data`, socket_recvfrom's
/// and socket_getsockname's `$address`/`$port`, socket_addrinfo_lookup's
/// `$error_code`): in place until 8.4, null first from 8.5
/// (zval_ptr_safe_dtor).
pub const ASSIGN_REF_RELEASES_IN_PLACE: bool = !at_least(Php::V85);

/// The Socket class reports the stream it shares its descriptor with to the
/// garbage collector (a get_gc handler), so a cycle through a Socket counts
/// the stream too in gc_collect_cycles(); not from 8.5.
pub const SOCKET_GC_REPORTS_STREAM: bool = !at_least(Php::V85);

/// socket_set_option() converts its own `$value` argument in place, so
/// that traces of the call show the converted value: to int for integer
/// options and SO_ATTACH_REUSEPORT_CBPF, to an array for SO_LINGER and
/// SO_*TIMEO (whose two fields become ints), until 8.3; from 8.4 the
/// value is read without being changed. The elements of a SO_LINGER or
/// SO_*TIMEO array are converted in the caller's array itself by the C
/// extension; here in the call's own copy only (see docs/differences.md).
pub const OPTION_VALUE_CONVERTED_IN_PLACE: bool = !at_least(Php::V84);

/// The multicast options convert `$value` in place too: IP_MULTICAST_TTL
/// and IPV6_MULTICAST_HOPS to int on every version; IP_MULTICAST_LOOP and
/// IPV6_MULTICAST_LOOP to bool, and the MCAST_* group options to an array,
/// until 8.4 (from 8.5 they read it unchanged, an object's properties
/// included).
pub const MCAST_VALUE_CONVERTED_IN_PLACE: bool = !at_least(Php::V85);
