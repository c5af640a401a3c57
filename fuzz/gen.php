<?php
// Generates a random program of ext/sockets calls for differential fuzzing.
// Usage: php gen.php SEED [STATEMENTS]   (deterministic for a seed)
//
// A program is a series of blocks, each printing every result, exception
// and warning in a normalised form:
// - hostile calls: any function with wrong types, nulls, huge and negative
//   ints, binary strings, closed sockets, sockets of the wrong kind, on a
//   pool of non-blocking sockets of every kind;
// - channels: a writer and a reader of one kind (stream, datagram and
//   seqpacket; AF_UNIX pairs, paths and abstract names, TCP and UDP over
//   IPv4 and IPv6, connected or not, streams imported as sockets), the
//   reader blocking or not, with a script of writes, sendmsg()s with
//   control messages, closes, shutdowns and reads in every mode;
// - streams exported and imported, closed and unset in every order;
// - options, addresses, addrinfo, select, cmsg_space with valid values.
//
// Programs must never block and must print the same thing on every run of
// one extension. A channel's generator keeps a model of what the reader's
// queue holds (as the C extension reads it), and issues a read that could
// wait only when the model says it cannot: data (or the line's end) is
// there, or the peer is gone, or SO_RCVTIMEO bounds the one recv().
// Where the model is not sure what a call did (a hostile message), the
// queue is drained without waiting and the model starts again from empty.
//
// Cases where rust_sockets deliberately differs (docs/differences.md, "Differences from
// ext/sockets") are not generated: PHP_NORMAL_READ that would spin (non-
// blocking, no data) or lose a final unterminated line at end of stream, a
// zero-length datagram in the middle of a blocking PHP_NORMAL_READ, lengths
// of PHP_INT_MAX, MSG_TRUNC on a longer datagram, control messages without
// level or type, get_option at IPPROTO_IP for IP_OPTIONS, the later PHP
// versions' constants and functions.
mt_srand((int) $argv[1]);
$count = (int) ($argv[2] ?? 40);
$tag = 'rs-fuzz-' . getmypid();
// The sockets.so of 8.2 and 8.5 send the wrong descriptors for Socket
// objects in SCM_RIGHTS (a difference in docs/differences.md): what arrives there is a
// stream, here a Socket, and every later object and resource id differs.
// Those versions' programs pass streams only.
const RIGHTS_SOCKETS_BROKEN = PHP_VERSION_ID < 80400 || (PHP_VERSION_ID >= 80500 && PHP_VERSION_ID < 80600);
/** A Socket of the pool for SCM_RIGHTS data, or a stream where that is a difference in docs/differences.md. */
function rights_item(string $item): string {
    return RIGHTS_SOCKETS_BROKEN && str_starts_with($item, '$s[') ? pick(['$st', '$stp[0]', '$stp[1]', '$fh']) : $item;
}

function pick(array $a) { return $a[mt_rand(0, count($a) - 1)]; }
function chance(int $percent): bool { return mt_rand(1, 100) <= $percent; }
function lit(string $s): string {
    // A PHP double-quoted literal of any bytes.
    $out = '';
    foreach (str_split($s) as $c) {
        $o = ord($c);
        $out .= match (true) {
            $c === '"' || $c === '\\' || $c === '$' => '\\' . $c,
            $o < 32 || $o > 126 => sprintf('\\x%02x', $o),
            default => $c,
        };
    }
    return '"' . $out . '"';
}
function data_lit(string $s): string {
    // Long runs of one byte stay short in the program.
    if (preg_match('~^(.)\1{49,}(.*)$~s', $s, $m)) {
        $run = strlen($s) - strlen($m[2]);
        return 'str_repeat(' . lit($m[1]) . ", $run)" . ($m[2] === '' ? '' : ' . ' . lit($m[2]));
    }
    return lit($s);
}

// ---------------------------------------------------------------- hostile
function int_arg(): string {
    return pick(['0', '1', '-1', '2', '10', '11', '64', '1024', '65536', 'PHP_INT_MAX', 'PHP_INT_MIN', '2147483648',
        '-2147483649', '"3"', '"abc"', '1.5', '2.0', 'null', 'true', 'false', '[]', 'new stdClass', 'AF_UNIX',
        'AF_INET', 'AF_INET6', 'SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_SEQPACKET', 'SOCK_RAW', 'SOL_SOCKET', 'SOL_TCP',
        'MSG_PEEK', 'MSG_DONTWAIT', 'MSG_WAITALL|MSG_DONTWAIT', 'MSG_OOB', 'SO_REUSEADDR', 'SO_LINGER',
        'SO_RCVTIMEO', 'SO_TYPE', 'SO_ERROR', 'TCP_NODELAY', '" 12 "', '"0x1A"', '"1e3"', '1e20', 'NAN', '-0.0',
        '"9223372036854775808"', 'SCM_RIGHTS', 'SCM_CREDENTIALS', 'IPPROTO_IPV6', 'IPV6_PKTINFO', 'IPV6_HOPLIMIT',
        'IPV6_TCLASS', 'SOL_UDP', '"  7"', '"7  "', '"-5"', '0x7fffffff', '-2147483648']);
}
function str_arg(): string {
    global $tag;
    return pick(['""', '"x"', '"hello world"', '"\0"', '"a\0b"', 'str_repeat("z", 70000)', '"\r\n"', '"\xff\xfe"',
        '123', '1.5', 'null', 'true', '[]', 'new stdClass', '"127.0.0.1"', '"::1"', '"localhost"',
        "\"$tag.sock\"", "\"\\0$tag\"", 'str_repeat("p", 120)', '"0.0.0.0"', '"999.1.1.1"', '"line\n"', '"a\rb"']);
}
// Host names that resolve (or fail) without asking DNS: this machine, like
// CI's, has no network, and a DNS timeout would make results depend on time.
function host_arg(): string {
    global $tag;
    return pick(['"127.0.0.1"', '"::1"', '"localhost"', '"0.0.0.0"', 'str_repeat("p", 120)', '"127.1"', '"0x7f.1"',
        '""', '"\0"', 'null', '1.5', '123', "\"$tag.sock\"", "\"\\0$tag\"", 'str_repeat("p", 300)', '"::"',
        '"::1%1"', '"::1%lo"', '"::1%nope"', '"fe80::1%1"', '"::1%4294967296"', '"::1%-3"', '"::ffff:127.0.0.1"',
        '"ip6-localhost"', '"localhost6"', '"1.2.3"', '"::1%"', '"[::1]"', 'str_repeat("h", 256)', '"a\0b"',
        "\"$tag-d.sock\"", '"/nonexistent/dir/x.sock"']);
}
// Lengths for reads: PHP_INT_MAX is left out (the C extension dies on it,
// rust_sockets returns false: pinned by socket_read_int_max.phpt).
function len_arg(): string {
    do { $v = int_arg(); } while ($v === 'PHP_INT_MAX' || $v === '0x7fffffff' || $v === '1e20' || $v === '"9223372036854775808"');
    return $v;
}
// Levels for socket_get_option() other than IPPROTO_IP (0): there an empty
// IP_OPTIONS value makes the C extension return uninitialised memory
// (pinned by socket_option_uninit_and_trunc.phpt, not a divergence to find).
// Nor IPPROTO_IPV6 with any option: several (IPV6_2292HOPOPTS, ...) come back
// empty, which leaves the C extension's int uninitialised too.
function level_arg(): string {
    return pick(['SOL_SOCKET', 'SOL_TCP', 'SOL_UDP', '1', '6', '-1', '"1"', '1.5', 'true', '[]', 'PHP_INT_MAX']);
}
// Options for socket_get_option(): not SO_PEERCRED (17 at SOL_SOCKET, as
// SOL_UDP is 17), an array in rust_sockets as in later PHP versions.
function get_opt_arg(): string {
    do { $v = int_arg(); } while (in_array($v, ['"1e3"', '1e20', 'NAN', 'SOL_UDP'], true));
    return $v;
}
function sock_arg(): string {
    return pick(['$s[0]', '$s[1]', '$s[2]', '$s[3]', '$s[4]', '$s[5]', '$s[6]', '$s[7]', '$s[8]', '$s[9]', '$s[0]', '$s[1]',
        'null', '"sock"', '1', 'new stdClass', '$closed', '$s[array_rand($s)]']);
}
function opt_value(): string {
    return pick(['1', '0', '"1"', '[]', '["l_onoff" => 1, "l_linger" => 2]', '["sec" => 0, "usec" => 500]',
        '["sec" => -1, "usec" => 0]', '["l_onoff" => "x"]', '"cubic"', 'null', 'new stdClass', '2**40', '-1',
        '["group" => "224.0.0.1"]', '["group" => "ff02::1", "interface" => 1]', '"lo"', '["addr" => "::1", "ifindex" => 0]',
        '["l_onoff" => 1]', '["sec" => 1]', '["usec" => 1]', '(object) ["sec" => 0, "usec" => 7]', '[1, 2]', '1.5',
        '["group" => "224.0.0.1", "source" => "127.0.0.1", "interface" => "lo"]', '["group" => 1]', '"reno"', '""']);
}

function hostile_call(): string {
    $calls = [
        fn() => 'socket_create(' . int_arg() . ', ' . int_arg() . ', ' . int_arg() . ')',
        fn() => 'socket_create(AF_UNIX, ' . pick(['SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_SEQPACKET']) . ', 0)',
        fn() => 'socket_create(' . pick(['AF_INET', 'AF_INET6']) . ', ' . pick(['SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_SEQPACKET', 'SOCK_RDM']) . ', ' . pick(['0', 'SOL_TCP', 'SOL_UDP', '255']) . ')',
        fn() => 'socket_create_pair(' . pick(['AF_UNIX', 'AF_INET', 'AF_INET6', int_arg()]) . ', ' . pick(['SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_SEQPACKET', int_arg()]) . ', ' . pick(['0', int_arg()]) . ', $p)',
        fn() => 'socket_write(' . sock_arg() . ', ' . str_arg() . (mt_rand(0, 1) ? ', ' . int_arg() : '') . ')',
        fn() => 'socket_read(' . sock_arg() . ', ' . len_arg() . (mt_rand(0, 1) ? ', PHP_BINARY_READ' : '') . ')',
        fn() => 'socket_read(' . sock_arg() . ', ' . len_arg() . ', ' . pick(['0', '3', '-1', '"2"', 'null', '[]']) . ')',
        fn() => 'socket_send(' . sock_arg() . ', ' . str_arg() . ', ' . int_arg() . ', ' . pick(['0', 'MSG_DONTWAIT', 'MSG_NOSIGNAL', int_arg()]) . ')',
        fn() => 'socket_recv(' . sock_arg() . ', $buf, ' . len_arg() . ', ' . pick(['MSG_DONTWAIT', 'MSG_DONTWAIT|MSG_PEEK']) . ')',
        fn() => 'socket_sendto(' . sock_arg() . ', ' . str_arg() . ', ' . int_arg() . ', 0, ' . host_arg() . (mt_rand(0, 1) ? ', ' . int_arg() : '') . ')',
        fn() => 'socket_recvfrom(' . sock_arg() . ', $buf, ' . len_arg() . ', MSG_DONTWAIT, $from' . (mt_rand(0, 1) ? ', $port' : '') . ')',
        fn() => 'socket_bind(' . sock_arg() . ', ' . host_arg() . (mt_rand(0, 1) ? ', ' . pick(['0', int_arg()]) : '') . ')',
        fn() => 'socket_connect(' . sock_arg() . ', ' . host_arg() . (mt_rand(0, 1) ? ', ' . pick(['1', '9', int_arg()]) : '') . ')',
        fn() => 'socket_listen(' . sock_arg() . (mt_rand(0, 1) ? ', ' . int_arg() : '') . ')',
        fn() => 'socket_accept(' . sock_arg() . ')',
        fn() => 'socket_getsockname(' . sock_arg() . ', $addr' . (mt_rand(0, 1) ? ', $port' : '') . ')',
        fn() => 'socket_getpeername(' . sock_arg() . ', $addr' . (mt_rand(0, 1) ? ', $port' : '') . ')',
        fn() => 'socket_getsockname(' . sock_arg() . (mt_rand(0, 1) ? ', $addr' : '') . ')',
        fn() => 'socket_shutdown(' . sock_arg() . (mt_rand(0, 1) ? ', ' . int_arg() : '') . ')',
        fn() => 'socket_set_option(' . sock_arg() . ', ' . pick(['SOL_SOCKET', 'SOL_TCP', 'IPPROTO_IP', 'IPPROTO_IPV6', int_arg()]) . ', ' . int_arg() . ', ' . opt_value() . ')',
        fn() => 'socket_setopt(' . sock_arg() . ', ' . pick(['SOL_SOCKET', 'SOL_TCP']) . ', ' . int_arg() . ', ' . opt_value() . ')',
        fn() => 'socket_get_option(' . sock_arg() . ', ' . level_arg() . ', ' . get_opt_arg() . ')',
        fn() => 'socket_getopt(' . sock_arg() . ', ' . level_arg() . ', ' . get_opt_arg() . ')',
        fn() => 'socket_last_error(' . pick(['', sock_arg()]) . ')',
        fn() => 'socket_clear_error(' . pick(['', sock_arg()]) . ')',
        fn() => 'socket_strerror(' . pick([int_arg(), '-10001', '-10002', '-10003', '-10004', '-10000', '-20000', '104', '4096']) . ')',
        fn() => 'socket_close(' . sock_arg() . ')',
        fn() => 'socket_set_nonblock(' . sock_arg() . ')',
        fn() => '$r = [' . sock_arg() . ', ' . sock_arg() . ']; $w = ' . pick(['null', '[' . sock_arg() . ']', '[]']) . '; $e = null; socket_select($r, $w, $e, 0)',
        // No fixed port: the runners share one network namespace, and two
        // programs listening on port 1 at once made one of them fail (seed
        // 235 on 8.4, once in two smoke runs, alone never).
        fn() => 'socket_create_listen(' . pick(['0', '-1', '65536', 'null', '"x"']) . (mt_rand(0, 1) ? ', ' . int_arg() : '') . ')',
        fn() => 'socket_addrinfo_lookup(' . host_arg() . ', ' . pick(['null', '"80"', '"http"', '"x"', '"0"', '[]']) . ', ' . pick(['[]', '["ai_family" => AF_INET]', '["bogus" => 1]', '[1, 2]', '["ai_socktype" => SOCK_STREAM, "ai_flags" => "x"]', '"x"']) . ')',
        fn() => 'socket_addrinfo_explain(' . pick(['$ai', 'null', '$s[0]', '1']) . ')',
        fn() => 'socket_addrinfo_bind(' . pick(['$ai', 'null', '$s[0]']) . ')',
        fn() => 'socket_addrinfo_connect(' . pick(['$ai', 'null', '"x"']) . ')',
        fn() => 'socket_sendmsg(' . sock_arg() . ', ' . hostile_msg() . (mt_rand(0, 1) ? ', ' . int_arg() : '') . ')',
        fn() => '$m = ' . hostile_recv_msg() . '; socket_recvmsg(' . sock_arg() . ', $m, ' . pick(['MSG_DONTWAIT', 'MSG_DONTWAIT|MSG_PEEK']) . ')',
        fn() => 'socket_recvmsg(' . sock_arg() . ', ' . pick(['$undefined', '$buf']) . (mt_rand(0, 1) ? ', ' . int_arg() : '') . ')',
        fn() => 'socket_cmsg_space(' . int_arg() . ', ' . int_arg() . (mt_rand(0, 1) ? ', ' . int_arg() : '') . ')',
        fn() => 'socket_export_stream(' . sock_arg() . ')',
        fn() => 'socket_import_stream(' . pick(['$st', '$stp[0]', 'null', '1', '$s[0]', 'fopen("php://memory", "r")', 'stream_context_create()']) . ')',
    ];
    return pick($calls)();
}

// A message array with every key, or none, of any shape.
function hostile_msg(): string {
    $keys = [];
    foreach (['name', 'iov', 'control', 'flags'] as $k) {
        if (chance(50)) {
            $keys[] = "\"$k\" => " . hostile_value($k);
        }
    }
    if (chance(10)) {
        $keys[] = '"bogus" => 1';
    }
    return '[' . implode(', ', $keys) . ']';
}
function hostile_value(string $key): string {
    global $tag;
    return match ($key) {
        'name' => pick(['[]', 'null', '"x"', '["family" => AF_INET, "addr" => "127.0.0.1", "port" => 9]',
            '["family" => AF_INET6, "addr" => "::1", "port" => 9, "flowinfo" => 1, "scope_id" => 0]',
            '["family" => AF_INET6, "addr" => "nope", "port" => -1]', '["family" => AF_UNIX, "path" => ""]',
            "[\"family\" => AF_UNIX, \"path\" => \"$tag-none\"]", '["family" => AF_UNIX, "path" => str_repeat("p", 108)]',
            '["family" => 99]', '["family" => "x"]', '["family" => 70000]', '["path" => "a\0b"]', '["addr" => "1.2.3.4"]',
            '["family" => AF_INET, "port" => 70000]', '["family" => AF_INET, "addr" => "nope.invalid"]',
            '["family" => AF_INET6, "flowinfo" => -1]', '["family" => AF_INET6, "scope_id" => 4294967296]',
            '["family" => null, "path" => "\0abs"]']),
        'iov' => pick(['[]', '["a"]', '["a", "b", ""]', '"x"', 'null', '[1, 2.5, true, null]', '[[1]]',
            '[new stdClass]', '["k" => "v", 5 => "w"]', 'array_fill(0, 20, "z")', '[str_repeat("q", 70000)]']),
        'control' => '[' . implode(', ', array_map(fn() => hostile_cmsg(), range(1, mt_rand(0, 2)))) . ']',
        'flags' => pick(['0', '1', '"x"', 'null']),
    };
}
// Control elements always carry level and type: without one the C
// extension reads uninitialised memory (a difference in docs/differences.md).
function hostile_cmsg(): string {
    $level = pick(['SOL_SOCKET', 'IPPROTO_IPV6', '0', '"1"', '1.5', '99', 'SOL_TCP']);
    $type = pick(['SCM_RIGHTS', 'SCM_CREDENTIALS', 'IPV6_PKTINFO', 'IPV6_HOPLIMIT', 'IPV6_TCLASS', '99', '"x"']);
    $data = pick(['', '"data" => []', '"data" => [' . rights_item('$s[0]') . ']', '"data" => [' . rights_item('$s[0]') . ', ' . rights_item('$s[1]') . ', $st]', '"data" => [1]',
        '"data" => [$closed]', '"data" => "x"', '"data" => ["pid" => 1, "uid" => 0, "gid" => 0]',
        '"data" => ["pid" => -1, "uid" => 0, "gid" => 0]', '"data" => ["pid" => 1]', '"data" => ["uid" => -1, "gid" => 0, "pid" => 0]',
        '"data" => ["addr" => "::1", "ifindex" => 0]', '"data" => ["addr" => "::1", "ifindex" => "lo"]',
        '"data" => ["addr" => "::1", "ifindex" => "nope"]', '"data" => ["addr" => "x", "ifindex" => 1]',
        '"data" => ["addr" => "::1", "ifindex" => -1]', '"data" => ["addr" => "::1"]', '"data" => 5', '"data" => "abc"',
        '"data" => 2147483648', '"data" => [fopen("php://memory", "r")]', '"data" => [stream_context_create()]',
        '"data" => [$stp[0]]', '"data" => new stdClass', '"data" => null']);
    return "[\"level\" => $level, \"type\" => $type" . ($data === '' ? '' : ", $data") . ']';
}
/**
 * A message array of any shape for socket_recvmsg(); for a live AF_INET6
 * channel without a name of family AF_INET, which sockets.so fills from
 * beyond its buffer (a difference in docs/differences.md: such programs
 * only came out as nondeterministic, seeds 120992 on 8.5, 132403 on 8.6).
 */
function hostile_recv_msg(bool $inet6 = false): string {
    $keys = [];
    if (chance(40)) {
        $names = ['[]', '["family" => AF_INET]', '["family" => AF_INET6]', '["family" => AF_UNIX]',
            '["family" => 99]', '"x"', 'null', '["family" => "x"]'];
        $name = pick($names);
        $keys[] = '"name" => ' . ($inet6 && $name === '["family" => AF_INET]' ? '["family" => AF_INET6]' : $name);
    }
    if (chance(50)) {
        $keys[] = '"buffer_size" => ' . pick(['0', '1', '-1', '100', '8192', '"x"', '"5"', '1.9', 'null', '104857601', '[]']);
    }
    if (chance(80)) {
        $keys[] = '"controllen" => ' . pick(['0', '1', '16', '20', '24', '64', '-1', '4294967296', '"x"', '"32"', 'null',
            'socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 3)', 'socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS)', '2000', '[]']);
    }
    if (chance(10)) {
        $keys[] = '"iov" => []';
    }
    if (chance(10)) {
        $keys[] = '"flags" => 5';
    }
    return '[' . implode(', ', $keys) . ']';
}

// ---------------------------------------------------------------- output
$out = [];
function stmt(string $code): void {
    global $out;
    $out[] = "r(function () { global \$s, \$c, \$k, \$closed, \$p, \$buf, \$from, \$port, \$addr, \$r, \$w, \$e, \$m, \$st, \$stp, \$ai, \$a, \$lp, \$fh; $code });";
    $out[] = ERR_LINE;
}
/**
 * After each statement: the global error, and the id the next object gets
 * (every object released so far, in the order it was).
 */
const ERR_LINE = 'echo "E: ", socket_last_error(), " #", spl_object_id(new stdClass), "\n";';
/**
 * What the by-reference arguments hold before a call: null, or now and then
 * objects whose destructors print when the call replaces them.
 */
function byref_init(): string {
    static $n = 0;
    if (!chance(15)) {
        return '$buf = $from = $port = $addr = null;';
    }
    $o = [];
    foreach (['buf', 'from', 'port', 'addr'] as $v) {
        $o[] = "\$$v = " . (chance(60) ? 'new Dtor(' . ++$n . ')' : 'null') . ';';
    }
    return implode(' ', $o);
}
/** A call whose result is printed with what the by-reference arguments hold. */
function call(string $expr): void {
    stmt(byref_init() . " \$v = $expr; return [\$v, \$buf, \$from, \$port, \$addr];");
}
function val(string $expr): void {
    stmt("return $expr;");
}

// ---------------------------------------------------------------- channels
/*
 * The kinds of channel: how to make the writer/reader pair (in the
 * program's mk()), whether reads are of a byte stream or of records, and
 * whether the reader sees end of stream (recv() giving 0) when the writer
 * closes or shuts down writing, or the reader shuts down reading.
 * 'to': the writer sends with an address (unconnected datagrams).
 */
const KINDS = [
    'unix-stream' => ['stream', true], 'unix-dgram' => ['dgram', false], 'unix-seqpacket' => ['dgram', true],
    'tcp4' => ['stream', true], 'tcp6' => ['stream', true], 'udp4' => ['dgram', false], 'udp6' => ['dgram', false],
    'udp4u' => ['dgram', false], 'udp6u' => ['dgram', false], 'unix-dgram-path' => ['dgram', false],
    'unix-stream-path' => ['stream', true], 'unix-abstract' => ['stream', true], 'unix-seqpacket-path' => ['dgram', true],
    'streampair' => ['stream', true], 'streampair-dgram' => ['dgram', false], 'tcp-stream' => ['stream', true],
    'exported' => ['stream', true],
];

final class Channel {
    public string $v;            // the program's $c[N]
    public bool $stream;
    public bool $eofable;
    public string $q = '';       // stream: the bytes queued
    public array $dq = [];       // records: the datagrams queued
    public bool $eof = false;    // recv() on an empty queue gives 0
    public bool $blocking = false;
    public bool $timeout = false; // SO_RCVTIMEO bounds a blocking recv()
    public bool $canWrite = true;
    public bool $writerOpen = true;
    public bool $hasTo;
    public bool $inet6;
    public bool $unix;
    public bool $passcred = false;
    public bool $recv6 = false;
    /** Socket objects went out in SCM_RIGHTS: the C extension sends the wrong descriptors (a difference in docs/differences.md). */
    public bool $socketRights = false;
    /** The peer reset the connection: the next recv() on an empty queue fails (ECONNRESET), later ones give 0. */
    public bool $reset = false;
    public bool $resetSeen = false;
    public int $sent = 0;         // datagrams queued (a unix dgram queue holds 10)

    public function __construct(public string $kind, int $n) {
        $this->v = "\$c[$n]";
        [$type, $this->eofable] = KINDS[$kind];
        $this->stream = $type === 'stream';
        $this->hasTo = in_array($kind, ['udp4u', 'udp6u', 'unix-dgram-path'], true);
        $this->inet6 = in_array($kind, ['tcp6', 'udp6', 'udp6u'], true);
        $this->unix = str_starts_with($kind, 'unix') || str_starts_with($kind, 'streampair') || $kind === 'exported';
    }

    public function empty(): bool { return $this->stream ? $this->q === '' : $this->dq === []; }

    /** Whether one recv() returns without waiting. */
    public function recvReturns(bool $dontwait): bool {
        return $dontwait || !$this->blocking || !$this->empty() || $this->eof || $this->timeout;
    }

    public function queue(string $data): void {
        if ($this->stream) {
            $this->q .= $data;
        } else {
            $this->dq[] = $data;
            $this->sent++;
        }
    }

    /** One recv() of $len bytes (consuming unless peeking). */
    public function take(int $len, bool $peek = false): void {
        if ($this->empty()) {
            // Even a peek takes the pending error.
            $this->resetSeen = $this->resetSeen || $this->reset;
        }
        if ($peek) {
            return;
        }
        if ($this->stream) {
            $this->q = (string) substr($this->q, min($len, strlen($this->q)));
        } else {
            array_shift($this->dq);
        }
    }

    /**
     * PHP_NORMAL_READ as the C extension does it (a recv() of one byte at
     * a time): whether it returns, without being one of the documented
     * differences; consumes what it reads when $apply.
     */
    public function normalRead(int $len, bool $apply): bool {
        $n = 0;
        $q = $this->q;
        $dq = $this->dq;
        $zeros = 0;
        while ($n < $len) {
            if ($this->stream) {
                if ($q === '') {
                    return $this->endOfRead($n, $apply, $q, $dq);
                }
                $b = $q[0];
                $q = substr($q, 1);
            } else {
                if ($dq === []) {
                    return $this->endOfRead($n, $apply, $q, $dq);
                }
                $d = array_shift($dq);
                if ($d === '') {
                    // A recv() of 0 after part of a line: the C extension then
                    // tests a byte it never wrote (docs/differences.md: "may read an
                    // uninitialised byte"), and a blocking read skips the
                    // record where rust_sockets ends the read: differences.
                    if ($n > 0) {
                        return false;
                    }
                    // First: non-blocking, the read ends (""); blocking, the C
                    // extension skips it and reads on.
                    if (!$this->blocking) {
                        break;
                    }
                    $zeros++;
                    continue;
                }
                $b = $d[0];
            }
            $n++;
            if ($b === "\n" || $b === "\r") {
                break;
            }
        }
        if ($apply) {
            [$this->q, $this->dq] = [$q, $dq];
        }
        return true;
    }

    private function endOfRead(int $n, bool $apply, string $q, array $dq): bool {
        // Nothing more queued: without end of stream the C extension spins
        // or waits; with it, a read that had part of a line loses it
        // (blocking) or tests a byte it never wrote (non-blocking): the
        // documented differences. Only a read that found nothing returns.
        if (!$this->eof || $n > 0) {
            return false;
        }
        $this->resetSeen = $this->resetSeen || $apply;
        if ($apply) {
            [$this->q, $this->dq] = [$q, $dq];
        }
        return true;
    }
}

$kinds = array_keys(KINDS);
$records = ["line\n", "ab\r", "x", "", "two\nlines\n", str_repeat('L', 300) . "\n", str_repeat('M', 3000) . "\n",
    "no-eol", "\r\n", "\n", "bin\0ary\n", str_repeat('Q', 70), "\rcr", str_repeat('S', 255) . "\n", str_repeat('T', 256), "y\n"];
$lengths = [1, 2, 3, 5, 10, 100, 255, 256, 257, 300, 1024, 2048, 4000, 8192, 70000];

/** A script of operations on a fresh channel. */
function channel_block(int $n): void {
    global $kinds, $records, $lengths;
    $kind = pick($kinds);
    $ch = new Channel($kind, $n);
    $c = $ch->v;
    val("$c = mk(" . lit($kind) . ", $n, " . (mt_rand(0, 1) ? 'true' : 'false') . ')');
    if (chance(50)) {
        $ch->blocking = true;
        call("socket_set_block({$c}['r'])");
    }
    if ($ch->blocking && chance(30)) {
        $ch->timeout = true;
        call("socket_set_option({$c}['r'], SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 20000])");
    }
    if ($ch->unix && !$ch->stream && chance(30) || $ch->unix && chance(15)) {
        $ch->passcred = true;
        call("socket_set_option({$c}['r'], SOL_SOCKET, SO_PASSCRED, 1)");
    }
    if ($ch->inet6 && !$ch->stream && chance(60)) {
        $ch->recv6 = true;
        foreach (['IPV6_RECVPKTINFO', 'IPV6_RECVHOPLIMIT', 'IPV6_RECVTCLASS'] as $o) {
            if (chance(70)) {
                call("socket_set_option({$c}['r'], IPPROTO_IPV6, $o, 1)");
            }
        }
    }
    $ops = mt_rand(3, 14);
    for ($i = 0; $i < $ops; $i++) {
        $what = mt_rand(1, 100);
        if ($what <= 30) {
            channel_write($ch, pick($records));
        } elseif ($what <= 60) {
            channel_read($ch);
        } elseif ($what <= 68) {
            channel_sendmsg($ch);
        } elseif ($what <= 74) {
            channel_recvmsg($ch);
        } elseif ($what <= 78) {
            // Messages of any shape on live sockets: whatever they did, the
            // model starts again from an empty queue.
            if (chance(50)) {
                call("socket_sendmsg({$ch->v}['w'], " . hostile_msg() . ')');
            } else {
                stmt("\$m = " . hostile_recv_msg($ch->inet6) . "; \$v = socket_recvmsg({$ch->v}['r'], \$m, MSG_DONTWAIT); return [\$v, " . ($ch->socketRights ? 'blind($m)' : '$m') . '];');
            }
            drain($ch);
        } elseif ($what <= 84) {
            channel_event($ch);
        } elseif ($what <= 90) {
            channel_look($ch);
        } else {
            // Several records, then reads of them.
            for ($j = mt_rand(1, 3); $j > 0; $j--) {
                channel_write($ch, pick($records));
            }
            channel_read($ch);
        }
    }
    if (chance(70)) {
        channel_read($ch);
    }
}

function channel_write(Channel $ch, string $data): void {
    $c = $ch->v;
    if (!$ch->canWrite || $ch->sent >= 8) {
        return;
    }
    $lit = data_lit($data);
    $len = strlen($data);
    $to = $ch->hasTo;
    $how = pick($to ? ['sendto', 'sendto', 'sendmsg'] : ['write', 'write', 'send', 'sendmsg', 'write-len']);
    match ($how) {
        'write' => call("socket_write({$c}['w'], $lit)"),
        'write-len' => call("socket_write({$c}['w'], $lit . \"tail-not-sent\", $len)"),
        'send' => call("socket_send({$c}['w'], $lit . \"tail\", $len, " . pick(['0', 'MSG_NOSIGNAL', 'MSG_DONTWAIT']) . ')'),
        'sendto' => call("socket_sendto({$c}['w'], $lit, $len, 0, {$c}['to'][0], {$c}['to'][1])"),
        'sendmsg' => call("socket_sendmsg({$c}['w'], [" . ($to ? "'name' => {$c}['name'], " : '') . "'iov' => " . iov_lit($data) . '])'),
    };
    // A stream carries no empty write.
    if (!$ch->stream || $data !== '') {
        $ch->queue($data);
    }
}

function iov_lit(string $data): string {
    if ($data === '' ) {
        return pick(['[]', '[""]']);
    }
    $cut = mt_rand(0, strlen($data));
    $parts = [substr($data, 0, $cut), substr($data, $cut)];
    if (chance(30)) {
        $parts = [$data];
    } elseif (chance(15)) {
        // More pieces than fit on the stack.
        $parts = str_split($data, max(1, intdiv(strlen($data), 12) + 1));
    }
    return '[' . implode(', ', array_map('data_lit', $parts)) . ']';
}

function channel_read(Channel $ch): void {
    global $lengths;
    $c = $ch->v;
    $len = pick($lengths);
    $r = "{$c}['r']";
    $mode = mt_rand(1, 100);
    if ($mode <= 35) {
        // PHP_NORMAL_READ, only where the C extension returns.
        if ($ch->normalRead($len, true)) {
            call("socket_read($r, $len, PHP_NORMAL_READ)");
            return;
        }
        $mode = 50;
    }
    if ($mode <= 55) {
        if (!$ch->recvReturns(false)) {
            call("socket_recv($r, \$buf, $len, MSG_DONTWAIT)");
            $ch->take($len);
            return;
        }
        call("socket_read($r, $len" . (chance(50) ? ', PHP_BINARY_READ' : '') . ')');
        $ch->take($len);
        return;
    }
    if ($mode <= 75) {
        $flags = pick(['0', 'MSG_PEEK', 'MSG_DONTWAIT', 'MSG_PEEK|MSG_DONTWAIT', 'MSG_WAITALL', 'MSG_TRUNC']);
        $dontwait = str_contains($flags, 'DONTWAIT');
        if ($flags === 'MSG_WAITALL' && $ch->stream && !(strlen($ch->q) >= $len || $ch->eof)) {
            $flags = 'MSG_DONTWAIT';
            $dontwait = true;
        }
        // MSG_TRUNC with a longer datagram: the C extension reads past its
        // buffer (a difference in docs/differences.md).
        if ($flags === 'MSG_TRUNC' && ($ch->stream || strlen($ch->dq[0] ?? '') > $len)) {
            $flags = '0';
        }
        if (!$ch->recvReturns($dontwait)) {
            $flags = 'MSG_DONTWAIT';
        }
        call("socket_recv($r, \$buf, $len, $flags)");
        $ch->take($len, str_contains($flags, 'PEEK'));
        return;
    }
    if ($mode <= 90) {
        $flags = $ch->recvReturns(false) ? pick(['0', 'MSG_DONTWAIT', 'MSG_PEEK']) : 'MSG_DONTWAIT';
        $port = chance(80);
        call("socket_recvfrom($r, \$buf, $len, $flags, \$from" . ($port ? ', $port' : '') . ')');
        // Without $port an AF_INET/AF_INET6 socket throws ArgumentCountError
        // before recvfrom(): nothing is read (seed 110483 on 8.4 read a line
        // the model thought gone, and hit the documented PHP_NORMAL_READ
        // difference at end of stream; seed 104549 on 8.2 a longer datagram
        // under MSG_TRUNC).
        if ($port || $ch->unix) {
            $ch->take($len, $flags === 'MSG_PEEK');
        }
        return;
    }
    // Readiness, as select sees it.
    $ready = !$ch->empty() || $ch->eof;
    $timeout = $ready && chance(50) ? 'null' : pick(['0', '0, 1000']);
    stmt("\$r = [" . pick(['', '"k" => ', '7 => ']) . "$r]; \$w = null; \$e = [$r]; \$v = socket_select(\$r, \$w, \$e, $timeout); return [\$v, \$r, \$e];");
}

/** A message to send: valid (its data is queued) or not (then the queue is drained). */
function channel_sendmsg(Channel $ch): void {
    global $records;
    $c = $ch->v;
    $data = pick($records);
    $msg = [];
    $valid = true;
    if ($ch->hasTo) {
        $msg[] = "'name' => {$c}['name']";
    } elseif (chance(15)) {
        $msg[] = "'name' => " . hostile_value('name');
        $valid = false;
    }
    if (chance(90)) {
        $msg[] = "'iov' => " . iov_lit($data);
    } else {
        $data = '';
    }
    $control = [];
    $nc = mt_rand(0, 2);
    for ($i = 0; $i < $nc; $i++) {
        $control[] = $cm = valid_cmsg($ch, $okay);
        $ch->socketRights = $ch->socketRights || str_contains($cm, 'SCM_RIGHTS') && preg_match("~\\['[wr]'\\]|\\\$s\\[~", $cm);
        $valid = $valid && $okay;
    }
    if (chance(20)) {
        $control[] = hostile_cmsg();
        $valid = false;
    }
    if ($control !== [] || chance(20)) {
        $msg[] = "'control' => [" . implode(', ', $control) . ']';
    }
    if (chance(10)) {
        $msg[] = "'flags' => 0";
    }
    $flags = chance(20) ? ', ' . pick(['0', 'MSG_DONTWAIT', 'MSG_NOSIGNAL', '2147483648', '-1']) : '';
    // A ValueError, or EINVAL: nothing sent.
    $valid = $valid && !in_array($flags, [', 2147483648', ', -1'], true);
    call("socket_sendmsg({$c}['w'], [" . implode(', ', $msg) . ']' . $flags . ')');
    if ($valid && $ch->canWrite && $ch->sent < 8 && !($ch->stream && $data === '')) {
        $ch->queue($data);
        // Mostly received at once, control messages and all.
        if ($control !== [] && chance(70)) {
            channel_recvmsg($ch);
        }
        return;
    }
    drain($ch);
}

/** A control message; $okay: whether the kernel takes it on this channel. */
function valid_cmsg(Channel $ch, ?bool &$okay): string {
    $okay = false;
    $which = mt_rand(1, 6);
    if ($which <= 2) {
        $okay = $ch->unix;
        $items = [];
        for ($i = mt_rand(1, 3); $i > 0; $i--) {
            // Never the channel's own sockets: with them in the receiver's
            // message, closing the writer is no end of stream for the reader,
            // while the C extension (a difference in docs/differences.md) sends other
            // descriptors and the reader sees the end (seeds 30382, 35380,
            // 36609). As many choices as before, so other programs stay the same.
            $items[] = rights_item(pick(['$s[1]', '$s[3]', '$s[0]', '$s[2]', '$st', '$stp[0]', '$stp[1]', '$fh']));
        }
        // The C extension writes a Socket's descriptor one slot on (a difference
        // in docs/differences.md): a Socket last in an even count writes past its
        // buffer and corrupts its heap. An odd count has padding there.
        if (count($items) % 2 === 0 && !in_array(end($items), ['$st', '$stp[0]', '$stp[1]', '$fh'], true)) {
            $items[] = '$fh';
        }
        if (chance(10)) {
            // More descriptors than fit on the stack, both ways.
            return "['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => array_fill(0, " . pick([9, 40, 70]) . ', $fh)]';
        }
        return "['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [" . implode(', ', $items) . ']]';
    }
    if ($which === 3) {
        $okay = $ch->unix;
        return "['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => getmypid(), 'uid' => 0, 'gid' => 0]]";
    }
    $okay = $ch->inet6 && !$ch->stream;
    return match ($which) {
        4 => "['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => " . pick(['0', '1', "'lo'"]) . ']]',
        5 => "['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => " . pick(['1', '64', '255', '-1']) . ']',
        default => "['level' => IPPROTO_IPV6, 'type' => IPV6_TCLASS, 'data' => " . pick(['0', '1', '255', '-1']) . ']',
    };
}

function channel_recvmsg(Channel $ch): void {
    global $lengths;
    $c = $ch->v;
    $keys = [];
    $valid = true;
    if (chance(60)) {
        // Not AF_INET on an AF_INET6 socket: the C extension then reads a
        // sockaddr_in6 out of its 16-byte sockaddr_in (garbage address and
        // scope_id, different on every run).
        $keys[] = "'name' => " . pick($ch->inet6 ? ['[]', '["family" => AF_INET6]', '["family" => AF_UNIX]'] : ['[]', '[]', '["family" => AF_INET]', '["family" => AF_INET6]', '["family" => AF_UNIX]']);
        $valid = false;
    }
    $size = 8192;
    if (chance(60)) {
        $size = pick([1, 3, 100, 8192, 70000]);
        $keys[] = "'buffer_size' => $size";
    }
    $keys[] = "'controllen' => " . pick(['1', '16', '24', '64', '2000', 'socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 3)',
        'socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS)', 'socket_cmsg_space(IPPROTO_IPV6, IPV6_PKTINFO) + socket_cmsg_space(IPPROTO_IPV6, IPV6_HOPLIMIT) + socket_cmsg_space(IPPROTO_IPV6, IPV6_TCLASS)']);
    $flags = $ch->recvReturns(false) ? pick(['0', '0', 'MSG_PEEK', 'MSG_DONTWAIT', 'MSG_CMSG_CLOEXEC']) : 'MSG_DONTWAIT';
    // Received descriptors are only counted after Socket objects were sent.
    $show = $ch->socketRights ? 'blind($m)' : '$m';
    if (chance(10)) {
        // Released when the message replaces it.
        $keys[] = "'x' => new Dtor(" . mt_rand(200, 299) . ')';
    }
    stmt("\$m = [" . implode(', ', $keys) . "]; \$v = socket_recvmsg({$c}['r'], \$m, $flags); return [\$v, $show];");
    if ($valid) {
        $ch->take($size, $flags === 'MSG_PEEK');
    } else {
        // The name's family may not fit the socket's: not read then.
        drain($ch);
    }
    // Received descriptors, used.
    if (chance(30) && !$ch->socketRights) {
        stmt('foreach ($m["control"] ?? [] as $x) foreach ((array) ($x["data"] ?? []) as $y) if ($y instanceof Socket) { $k[] = $y; } elseif (is_resource($y)) { $k[] = $y; } return count($k ?? []);');
        stmt('$o = []; foreach ($k ?? [] as $y) $o[] = $y instanceof Socket ? [socket_getsockname($y, $a), $a, socket_get_option($y, SOL_SOCKET, SO_TYPE)] : [get_resource_type($y), stream_get_meta_data($y)["stream_type"]]; return $o;');
    }
}

/** Reads whatever is queued without waiting; the model starts again empty. */
function drain(Channel $ch): void {
    $c = $ch->v;
    $stop = $ch->stream ? '> 0' : '!== false';
    stmt("\$n = 0; while ((\$x = @socket_recv({$c}['r'], \$b, 100000, MSG_DONTWAIT)) $stop && \$n < 50) \$n++; return \$n;");
    $ch->q = '';
    $ch->dq = [];
}

function channel_event(Channel $ch): void {
    $c = $ch->v;
    switch (mt_rand(1, 9)) {
        case 9:
            // A TCP reset: the writer lingers 0 s and closes. What was sent
            // stays readable; then one recv() fails with ECONNRESET, and
            // later ones give 0.
            if ($ch->writerOpen && str_starts_with($ch->kind, 'tcp')) {
                call("[socket_set_option({$c}['w'], SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]), socket_close({$c}['w'])]");
                $ch->writerOpen = $ch->canWrite = false;
                $ch->eof = true;
                $ch->reset = true;
                $ch->resetSeen = false;
            }
            break;
        case 1:
            if ($ch->writerOpen) {
                call("socket_close({$c}['w'])");
                $ch->writerOpen = $ch->canWrite = false;
                $ch->eof = $ch->eof || $ch->eofable;
            }
            break;
        case 2:
            if ($ch->writerOpen) {
                call("socket_shutdown({$c}['w'], " . pick(['1', '2']) . ')');
                $ch->canWrite = false;
                $ch->eof = $ch->eof || $ch->eofable;
            }
            break;
        case 3:
            call("socket_shutdown({$c}['r'], 0)");
            $ch->canWrite = false;
            if ($ch->eofable) {
                $ch->eof = true;
            } else {
                drain($ch);
            }
            break;
        case 4:
            $ch->blocking = !$ch->blocking;
            call(($ch->blocking ? 'socket_set_block' : 'socket_set_nonblock') . "({$c}['r'])");
            break;
        case 5:
            call("socket_get_option({$c}['r'], " . pick(['SOL_SOCKET, SO_ERROR', 'SOL_SOCKET, SO_TYPE', 'SOL_SOCKET, SO_RCVTIMEO', 'SOL_SOCKET, SO_LINGER', 'SOL_SOCKET, SO_PASSCRED', 'SOL_SOCKET, SO_KEEPALIVE', 'SOL_TCP, TCP_NODELAY', 'SOL_SOCKET, 30', 'IPPROTO_IPV6, IPV6_PKTINFO', 'IPPROTO_IPV6, IPV6_RECVPKTINFO']) . ')');
            break;
        case 6:
            call("socket_getpeername({$c}['" . pick(['r', 'w']) . "'], \$addr, \$port)");
            break;
        case 7:
            call("socket_getsockname({$c}['" . pick(['r', 'w']) . "'], \$addr, \$port)");
            break;
        default:
            call("socket_last_error({$c}['r'])");
            call("socket_clear_error({$c}['r'])");
    }
}

function channel_look(Channel $ch): void {
    $c = $ch->v;
    switch (mt_rand(1, 4)) {
        case 1:
            $s = $ch->recvReturns(false);
            stmt("\$r = [{$c}['r']]; \$w = [{$c}['w']]; \$e = []; \$v = socket_select(\$r, \$w, \$e, 0); return [\$v, count(\$r), count(\$w)];");
            break;
        case 2:
            if ($ch->recvReturns(false) || true) {
                call("socket_recv({$c}['r'], \$buf, 4096, MSG_PEEK|MSG_DONTWAIT)");
            }
            break;
        case 3:
            $st = "\$k[{$ch->v}]";
            stmt("\$x = socket_export_stream({$c}['" . pick(['r', 'w']) . "']); return [\$x, stream_get_meta_data(\$x)['stream_type'] ?? null, socket_export_stream({$c}['r']) === socket_export_stream({$c}['r'])];");
            break;
        default:
            call("socket_get_option({$c}['r'], SOL_SOCKET, SO_RCVBUF) > 0");
    }
}

// ---------------------------------------------------------------- streams
/** A socket and a stream sharing a descriptor, closed and unset in some order. */
function stream_block(int $n): void {
    $c = "\$c[$n]";
    $how = mt_rand(1, 6);
    switch ($how) {
        case 1:
        case 2:
            // Exported: a socket of some kind, then its stream.
            val("$c = mk(" . lit(pick(['unix-stream', 'unix-dgram', 'unix-seqpacket', 'tcp4', 'tcp6', 'udp4', 'udp6u', 'unix-stream-path'])) . ", $n, false)");
            val("{$c}['st'] = socket_export_stream({$c}['r'])");
            if (chance(50)) {
                val("socket_export_stream({$c}['r']) === {$c}['st']");
            }
            break;
        case 3:
            // Imported from stream_socket_pair().
            val("{$c}['sp'] = stream_socket_pair(STREAM_PF_UNIX, " . pick(['STREAM_SOCK_STREAM', 'STREAM_SOCK_DGRAM']) . ', 0)');
            val("{$c}['st'] = {$c}['sp'][1]");
            val("{$c}['r'] = socket_import_stream({$c}['st'])");
            val("{$c}['w'] = socket_import_stream({$c}['sp'][0])");
            break;
        case 4:
            // Imported from a stream server's connection.
            val("{$c}['srv'] = stream_socket_server(" . pick(['"tcp://127.0.0.1:0"', '"udp://127.0.0.1:0"', '"tcp://[::1]:0"']) . ', $en, $es, ' . pick(['STREAM_SERVER_BIND | STREAM_SERVER_LISTEN', 'STREAM_SERVER_BIND']) . ')');
            val("{$c}['st'] = @stream_socket_client(stream_socket_get_name({$c}['srv'], false), \$en, \$es, 1) ?: {$c}['srv']");
            val("{$c}['r'] = socket_import_stream({$c}['st'])");
            val("{$c}['w'] = socket_import_stream({$c}['srv'])");
            break;
        case 5:
            // Streams that are not sockets.
            val("{$c}['st'] = " . pick(['fopen("php://memory", "r+")', 'fopen(__FILE__, "r")', 'opendir(".")', 'fopen("php://temp", "r")', 'popen("true", "r")', 'fopen("php://memory", "r")']));
            val("{$c}['r'] = socket_import_stream({$c}['st'])");
            break;
        default:
            // Imported, then exported again (the same stream back).
            val("{$c}['sp'] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0)");
            val("{$c}['st'] = {$c}['sp'][1]");
            val("{$c}['r'] = socket_import_stream({$c}['st'])");
            val("socket_export_stream({$c}['r']) === {$c}['st']");
            val("{$c}['w'] = socket_import_stream({$c}['sp'][0])");
            break;
    }
    $ops = mt_rand(2, 8);
    for ($i = 0; $i < $ops; $i++) {
        switch (mt_rand(1, 14)) {
            case 1: val("fclose({$c}['st'])"); break;
            case 2: val("socket_close({$c}['r'])"); break;
            case 3: stmt("unset({$c}['st']); return 'unset';"); break;
            case 4: stmt("unset({$c}['r']); gc_collect_cycles(); return 'unset';"); break;
            case 5: val("socket_export_stream({$c}['r'])"); break;
            case 6: val("socket_import_stream({$c}['st'])"); break;
            case 7: val("[socket_write({$c}['r'], \"ping\\n\"), socket_getsockname({$c}['r'], \$a), \$a]"); break;
            case 8: val("[socket_recv({$c}['r'], \$b, 100, MSG_DONTWAIT), \$b]"); break;
            case 9: val("socket_set_" . pick(['block', 'nonblock']) . "({$c}['r'])"); break;
            case 10: val("[@fwrite({$c}['st'], \"pong\\n\"), stream_get_meta_data({$c}['st'])['blocked'] ?? null]"); break;
            case 11: val("[socket_get_option({$c}['r'], SOL_SOCKET, SO_TYPE), socket_last_error({$c}['r'])]"); break;
            case 12: val("is_resource({$c}['st'] ?? null) ? [stream_set_blocking({$c}['st'], false), fread({$c}['st'], 100)] : 'gone'"); break;
            case 13: val("[socket_write({$c}['w'] ?? null, \"from w\\n\"), socket_recv({$c}['r'], \$b, 100, MSG_DONTWAIT), \$b]"); break;
            default: val("[gettype({$c}['st'] ?? null), isset({$c}['r']) ? socket_last_error({$c}['r']) : null]"); break;
        }
    }
    if (chance(50)) {
        stmt("$c = null; gc_collect_cycles(); return 'dropped';");
    }
}

// ---------------------------------------------------------------- options
function option_block(): void {
    $set = [
        ['SOL_SOCKET', 'SO_REUSEADDR', ['0', '1', 'true', '"1"']],
        ['SOL_SOCKET', 'SO_REUSEPORT', ['1']],
        ['SOL_SOCKET', 'SO_KEEPALIVE', ['1', '0']],
        ['SOL_SOCKET', 'SO_BROADCAST', ['1']],
        ['SOL_SOCKET', 'SO_OOBINLINE', ['1']],
        ['SOL_SOCKET', 'SO_DONTROUTE', ['1']],
        ['SOL_SOCKET', 'SO_RCVBUF', ['4096', '0', '-1', '1048576']],
        ['SOL_SOCKET', 'SO_SNDBUF', ['4096', '65536']],
        ['SOL_SOCKET', 'SO_RCVLOWAT', ['1', '10', '0']],
        ['SOL_SOCKET', 'SO_SNDLOWAT', ['1']],
        ['SOL_SOCKET', 'SO_LINGER', ['["l_onoff" => 1, "l_linger" => 0]', '["l_onoff" => 0, "l_linger" => 5]', '["l_onoff" => 70000, "l_linger" => 1]', '["l_onoff" => "1", "l_linger" => "2"]', '["l_linger" => 1]', '1', '(object) ["l_onoff" => 1, "l_linger" => 3]']],
        ['SOL_SOCKET', 'SO_RCVTIMEO', ['["sec" => 1, "usec" => 0]', '["sec" => 0, "usec" => 1500000]', '["sec" => "2", "usec" => 0.5]', '["sec" => 0]', '5', '["sec" => -1, "usec" => -1]']],
        ['SOL_SOCKET', 'SO_SNDTIMEO', ['["sec" => 3, "usec" => 250000]', '[]']],
        ['SOL_SOCKET', 'SO_BINDTODEVICE', ['"lo"', '""', '"nope0"', '123', 'null']],
        ['SOL_SOCKET', 'SO_PASSCRED', ['1']],
        ['SOL_SOCKET', '12', ['3', '7']],
        ['SOL_SOCKET', 'SO_MARK', ['5']],
        ['SOL_TCP', 'TCP_NODELAY', ['1', '0']],
        ['SOL_TCP', 'TCP_CONGESTION', ['"cubic"', '"reno"', '"bogus"', '""', '5', 'null']],
        ['SOL_TCP', 'TCP_KEEPIDLE', ['10']],
        ['SOL_TCP', '5', ['5']],
        ['SOL_TCP', '6', ['3']],
        ['SOL_TCP', 'TCP_DEFER_ACCEPT', ['1']],
        ['IPPROTO_IP', 'IP_MULTICAST_LOOP', ['0', '1', '"x"', '[]']],
        ['IPPROTO_IP', 'IP_MULTICAST_TTL', ['0', '1', '255', '256', '-1', '"7"']],
        ['IPPROTO_IP', 'IP_MULTICAST_IF', ['0', '1', '"lo"', '"nope0"', '-1', '4294967296', '2']],
        ['IPPROTO_IP', '2', ['64', '0', '256']],
        ['IPPROTO_IP', '1', ['16']],
        ['IPPROTO_IP', 'MCAST_JOIN_GROUP', ['["group" => "224.0.0.1", "interface" => 1]', '["group" => "224.0.0.1", "interface" => "lo"]', '["group" => "224.0.0.1"]', '["group" => "224.0.0.1", "interface" => "nope0"]', '["group" => "224.0.0.1", "interface" => -1]', '["interface" => 1]', '["group" => "nope.invalid"]', '["group" => "::1"]', '"x"', '["group" => "ff02::1", "interface" => 1]']],
        ['IPPROTO_IP', 'MCAST_LEAVE_GROUP', ['["group" => "224.0.0.1", "interface" => 1]', '["group" => "ff02::1"]']],
        ['IPPROTO_IP', 'MCAST_BLOCK_SOURCE', ['["group" => "224.0.0.1", "source" => "127.0.0.1", "interface" => 1]', '["group" => "224.0.0.1"]', '["group" => "224.0.0.1", "source" => "nope.invalid"]']],
        ['IPPROTO_IP', 'MCAST_UNBLOCK_SOURCE', ['["group" => "224.0.0.1", "source" => "127.0.0.1", "interface" => 1]']],
        ['IPPROTO_IP', 'MCAST_JOIN_SOURCE_GROUP', ['["group" => "232.1.1.1", "source" => "127.0.0.1", "interface" => 1]', '["group" => "ff3e::1", "source" => "::1", "interface" => 1]']],
        ['IPPROTO_IP', 'MCAST_LEAVE_SOURCE_GROUP', ['["group" => "232.1.1.1", "source" => "127.0.0.1", "interface" => "lo"]']],
        ['IPPROTO_IPV6', 'MCAST_JOIN_GROUP', ['["group" => "ff02::1", "interface" => 1]', '["group" => "ff02::1", "interface" => 0]', '["group" => "ff02::1%lo"]']],
        ['IPPROTO_IPV6', 'IPV6_MULTICAST_IF', ['0', '1', '"lo"', '"nope0"', '-5']],
        ['IPPROTO_IPV6', 'IPV6_MULTICAST_HOPS', ['-1', '0', '255', '256', '-2']],
        ['IPPROTO_IPV6', 'IPV6_MULTICAST_LOOP', ['0', '1', '"0"']],
        ['IPPROTO_IPV6', 'IPV6_PKTINFO', ['["addr" => "::1", "ifindex" => 0]', '["addr" => "::1", "ifindex" => 1]', '["addr" => "::", "ifindex" => "lo"]', '["addr" => "::1", "ifindex" => "nope0"]', '["addr" => "::1", "ifindex" => -1]', '["addr" => "nope"]', '["ifindex" => 1]', '["addr" => "::1"]', '5']],
        ['IPPROTO_IPV6', 'IPV6_RECVPKTINFO', ['1']],
        ['IPPROTO_IPV6', 'IPV6_V6ONLY', ['1']],
        ['IPPROTO_IPV6', 'IPV6_UNICAST_HOPS', ['7']],
        ['SOL_UDP', '1', ['1']],
    ];
    $n = mt_rand(1, 4);
    for ($i = 0; $i < $n; $i++) {
        [$level, $opt, $values] = pick($set);
        // A socket the option belongs to, mostly.
        $sock = chance(20) ? pick(['$s[0]', '$s[2]', '$s[4]', '$s[5]', '$s[6]', '$s[7]', '$s[8]', '$s[9]']) : match ($level) {
            'IPPROTO_IP' => pick(['$s[4]', '$s[5]']),
            'IPPROTO_IPV6' => pick(['$s[6]', '$s[7]']),
            'SOL_TCP' => pick(['$s[4]', '$s[6]']),
            default => pick(['$s[0]', '$s[2]', '$s[4]', '$s[5]', '$s[6]', '$s[7]', '$s[8]']),
        };
        if (chance(80)) {
            call("socket_set_option($sock, $level, $opt, " . pick($values) . ')');
        }
        // Read back; not SO_BINDTODEVICE, whose empty value leaves the C
        // extension's int uninitialised (a difference in docs/differences.md, as IP_OPTIONS).
        if ($opt !== 'SO_BINDTODEVICE') {
            call("socket_get_option($sock, $level, $opt)");
        }
    }
    if (chance(30)) {
        $sock = pick(['$s[0]', '$s[2]', '$s[4]', '$s[5]', '$s[6]', '$s[7]', '$s[8]', '$s[9]']);
        call("socket_get_option($sock, SOL_SOCKET, " . pick(['SO_MEMINFO', 'SO_ERROR', 'SO_TYPE', 'SO_ACCEPTCONN', 'SO_RCVTIMEO', 'SO_SNDTIMEO', 'SO_LINGER', 'SO_DEBUG', '30']) . ')');
    }
}

// ---------------------------------------------------------------- addresses
function address_block(int $n): void {
    global $tag;
    $c = "\$c[$n]";
    [$family, $type] = pick([['AF_INET', 'SOCK_STREAM'], ['AF_INET', 'SOCK_DGRAM'], ['AF_INET6', 'SOCK_STREAM'],
        ['AF_INET6', 'SOCK_DGRAM'], ['AF_UNIX', 'SOCK_STREAM'], ['AF_UNIX', 'SOCK_DGRAM'], ['AF_UNIX', 'SOCK_SEQPACKET']]);
    val("$c = socket_create($family, $type, 0)");
    $hosts = $family === 'AF_UNIX'
        ? ["\"$tag-$n.a\"", "\"\\0$tag-$n\"", '""', 'str_repeat("u", 107)', 'str_repeat("u", 108)', '"/nonexistent/x"', "\"$tag-$n.a\\0tail\""]
        : ['"127.0.0.1"', '"::1"', '"localhost"', '"0.0.0.0"', '"::"', '"::1%1"', '"::1%lo"', '"::1%nope"', '"fe80::1%1"',
            '"fe80::1%lo"', '"::1%99"', '"::ffff:127.0.0.1"', '"127.1"', '"ip6-localhost"', '"nope.invalid"', '"999.0.0.1"',
            '""', 'str_repeat("h", 300)', '"::1%4294967297"', '"::1% 3"', '"::1%0"'];
    $port = fn() => pick(['0', '0', 'null', '-1', '65536', '1', '"80"']);
    if (chance(70)) {
        call("socket_bind($c, " . pick($hosts) . (chance(80) ? ', ' . $port() : '') . ')');
    }
    call("socket_getsockname($c, \$addr, \$port)");
    if (chance(50)) {
        if ($type === 'SOCK_STREAM' && chance(50)) {
            // Something to connect to.
            val("\$k['l$n'] = socket_create($family, SOCK_STREAM, 0)");
            if ($family === 'AF_UNIX') {
                val("[socket_bind(\$k['l$n'], \"$tag-$n.l\"), socket_listen(\$k['l$n'])]");
                call("socket_connect($c, \"$tag-$n.l\")");
            } else {
                $ip = $family === 'AF_INET' ? '"127.0.0.1"' : '"::1"';
                val("[socket_bind(\$k['l$n'], $ip, 0), socket_listen(\$k['l$n']), socket_getsockname(\$k['l$n'], \$a, \$lp)]");
                stmt("global \$lp; return socket_connect($c, $ip, \$lp);");
            }
            call("socket_getpeername($c, \$addr, \$port)");
            call("[socket_set_nonblock(\$k['l$n']), socket_accept(\$k['l$n'])]");
        } else {
            call("socket_connect($c, " . pick($hosts) . (chance(80) ? ', ' . $port() : '') . ')');
            call("socket_getpeername($c, \$addr" . (chance(70) ? ', $port' : '') . ')');
        }
    }
    if ($type === 'SOCK_DGRAM' && chance(50)) {
        call("socket_sendto($c, \"dg\", 2, MSG_DONTWAIT, " . pick($hosts) . (chance(80) ? ', ' . $port() : '') . ')');
        call("socket_recvfrom($c, \$buf, 10, MSG_DONTWAIT, \$from, \$port)");
    }
}

function addrinfo_block(): void {
    $host = pick(['"127.0.0.1"', '"::1"', '"localhost"', '"0.0.0.0"', '"nope.invalid"', '""', '"ip6-localhost"', '"127.0.0.1"', '"::1"']);
    $service = pick(['null', '"0"', '"80"', '"http"', '"nope-service"', '"65536"']);
    $hints = [];
    foreach (['ai_family' => ['AF_INET', 'AF_INET6', 'AF_UNIX', '0', '"2"'], 'ai_socktype' => ['SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_RAW', '0'],
        'ai_protocol' => ['0', 'SOL_TCP', 'SOL_UDP'], 'ai_flags' => ['AI_PASSIVE', 'AI_CANONNAME', 'AI_NUMERICHOST', 'AI_CANONNAME|AI_PASSIVE', '0']] as $k => $vals) {
        if (chance(50)) {
            $hints[] = "\"$k\" => " . pick($vals);
        }
    }
    stmt("\$ai = null; \$x = socket_addrinfo_lookup($host, $service, [" . implode(', ', $hints) . ']); if (is_array($x)) { $ai = $x[0] ?? null; return array_map("socket_addrinfo_explain", $x); } return $x;');
    if (chance(70)) {
        stmt('if (!$ai) return null; $x = socket_addrinfo_bind($ai); if ($x) { socket_getsockname($x, $a, $p); return [$x, $a]; } return $x;');
    }
    if (chance(50)) {
        stmt('if (!$ai) return null; $x = socket_addrinfo_connect($ai); return $x;');
    }
    if (chance(30)) {
        // Something listening to connect to.
        stmt('$l = socket_create_listen(0); socket_getsockname($l, $a, $lp); $x = socket_addrinfo_lookup("127.0.0.1", (string) $lp, ["ai_socktype" => SOCK_STREAM]); $k[] = $l; $y = socket_addrinfo_connect($x[0]); return [$y, $y ? socket_getpeername($y, $a) : null, socket_accept($l)];');
    }
}

function select_block(): void {
    $elems = [];
    $pool = ['$s[0]', '$s[1]', '$s[2]', '$s[3]', '$s[4]', '$s[6]', '$s[7]', '$s[8]', '$s[9]'];
    $arr = function () use ($pool) {
        $which = mt_rand(1, 10);
        if ($which === 1) return 'null';
        if ($which === 2) return '[]';
        if ($which === 3) return '[$s[0], "x"]';
        if ($which === 4) return '[$closed]';
        if ($which === 5) return '["a" => $s[0], "b" => $s[1], 5 => $s[2]]';
        $items = [];
        for ($i = mt_rand(1, 4); $i > 0; $i--) {
            $items[] = (chance(20) ? '"k' . $i . '" => ' : '') . pick($pool);
        }
        return '[' . implode(', ', $items) . ']';
    };
    $timeout = pick(['0', '0, 0', '0, 1000', '-1', '0, -1', '"0"', '1.5', '-1, 1000000', '-2, 1000000', '-5, 5000001']);
    $r = $arr(); $w = $arr(); $e = $arr();
    if ($timeout === 'null' && !str_contains($w, '$s[')) {
        // Without a timeout, only a writable socket makes it return.
        $w = '[$s[0]]';
    }
    if (chance(15)) {
        stmt("\$r = $r; \$v = socket_select(\$r, \$r, \$e, 0); return [\$v, \$r];");
        return;
    }
    stmt("\$r = $r; \$w = $w; \$e = $e; \$v = socket_select(\$r, \$w, \$e, $timeout); return [\$v, \$r, \$w, \$e];");
}

/**
 * The garbage collector's count: cycles through Sockets, with or without a
 * stream (the C extension shows the stream to the collector until 8.4),
 * closed or not, and through AddressInfo objects and arrays of sockets.
 */
function gc_block(int $n): void {
    $q = "\$k['g$n']";
    switch (mt_rand(1, 6)) {
        case 1:
            // The collector's buffer as every call so far left it, then its count.
            val('[gc_status()["roots"], gc_collect_cycles()]');
            break;
        case 2:
        case 3:
            $export = pick(['', "socket_export_stream({$q}[0]); ", "socket_export_stream({$q}[1]); socket_close({$q}[1]); ", "socket_close({$q}[0]); "]);
            stmt("socket_create_pair(AF_UNIX, " . pick(['SOCK_STREAM', 'SOCK_DGRAM']) . ", 0, $q); $export\$o = new stdClass; \$o->self = \$o; \$o->a = {$q}[0]; \$o->b = " . pick(["{$q}[1]", "[{$q}[1]]", 'new Dtor(' . (300 + $n) . ')']) . "; unset(\$o, $q); return [gc_status()['roots'], gc_collect_cycles()];");
            break;
        case 4:
            stmt("\$sp = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0); \$x = [socket_import_stream(\$sp[0]), \$sp[1]]; \$x[] = &\$x; unset(\$x, \$sp); return gc_collect_cycles();");
            break;
        case 5:
            stmt("\$x = socket_addrinfo_lookup('127.0.0.1', '80'); \$o = new stdClass; \$o->o = \$o; \$o->x = \$x; unset(\$x, \$o); return gc_collect_cycles();");
            break;
        default:
            // A cycle kept alive by the pool: nothing to collect.
            stmt("\$o = new stdClass; \$o->self = \$o; \$o->s = \$s[" . mt_rand(0, 9) . "]; \$k['g$n'] = \$o; return [gc_collect_cycles(), count(\$k)];");
    }
}

function misc_block(): void {
    switch (mt_rand(1, 13)) {
        case 7:
            stmt('ob_start(); phpinfo(INFO_MODULES); return str_contains(ob_get_clean(), "Sockets Support => enabled");');
            break;
        case 8:
            // Later PHP versions' additions (socket_atmark(), SO_PEERCRED as
            // an array), run with nothing of theirs shown. socket_atmark()
            // only where sockets.so has it too (8.3 on): a call that only
            // rust_sockets makes leaves its argument in the collector's
            // buffer, in a slot of its own, which changes the order a later
            // gc_collect_cycles() frees objects in, and so the ids the next
            // objects get (seed 104090 on 8.2).
            $atmark = PHP_VERSION_ID >= 80300 ? 'socket_atmark($y); ' : '';
            stmt('$x = [socket_create(AF_INET, SOCK_STREAM, 0), socket_create(AF_INET, SOCK_DGRAM, 0), $s[0]]; set_error_handler(fn() => true); foreach ($x as $y) { try { ' . $atmark . '$v = socket_get_option($y, SOL_SOCKET, 17); } catch (Throwable $t) {} } restore_error_handler(); socket_clear_error(); return "later";');
            break;
        case 9:
            stmt('$l = socket_create_listen(0); socket_getsockname($l, $a, $lp); $k[] = $l; return socket_create_listen($lp);');
            break;
        case 10:
            call(pick(['socket_write($s[0], "abc", -1)', 'socket_send($s[0], "abc", -1, 0)', 'socket_sendto($s[5], "abc", -2, 0, "127.0.0.1", 9)', 'socket_strerror(PHP_INT_MAX)', 'socket_strerror(-2147483649)']));
            break;
        case 11:
            // A raw socket (root only) and a seqpacket pair, exported.
            stmt('$x = socket_create(' . pick(['AF_INET, SOCK_RAW, 1', 'AF_INET6, SOCK_RAW, 58', 'AF_INET, SOCK_SEQPACKET, 132']) . '); return $x ? [$x, socket_export_stream($x)] : $x;');
            break;
        case 12:
            // More sockets than select() keeps on the stack.
            stmt('$r = array_fill(0, 40, $s[' . pick(['0', '1', '2']) . ']); $w = array_fill(0, ' . pick(['0', '33']) . ', $s[1]); $e = null; $v = socket_select($r, $w, $e, 0); return [$v, count($r), count($w)];');
            break;
        case 13:
            stmt('$r = ' . pick(['"x"', '1', 'new stdClass', 'true']) . '; $w = null; $e = null; return socket_select($r, $w, $e, 0);');
            break;
        case 1:
            call('socket_cmsg_space(' . pick(['SOL_SOCKET', 'IPPROTO_IPV6', '0', '2147483648']) . ', ' . pick(['SCM_RIGHTS', 'SCM_CREDENTIALS', 'IPV6_PKTINFO', 'IPV6_HOPLIMIT', 'IPV6_TCLASS', '0']) . (chance(60) ? ', ' . pick(['0', '1', '10', '-1', '2147483647', '4611686018427387904', '2147483648']) : '') . ')');
            break;
        case 2:
            // A listener with a connection waiting, accepted in both modes.
            stmt('$l = socket_create_listen(0); socket_getsockname($l, $a, $lp); $x = socket_create(AF_INET, SOCK_STREAM, 0); socket_set_nonblock($x); $y = socket_connect($x, "127.0.0.1", $lp); $k[] = $x; socket_set_nonblock($l); $z = socket_accept($l); $q = [$l]; $nn = null; $v = socket_select($q, $nn, $nn, 0); return [$y, $z, $v, socket_accept($l), socket_getpeername($z, $pa), $pa];');
            break;
        case 3:
            call('socket_create_listen(0, ' . pick(['0', '1', '-1', '128', 'PHP_INT_MAX']) . ')');
            break;
        case 4:
            stmt('$x = socket_create(AF_INET, SOCK_STREAM, 0); socket_set_nonblock($x); $v = socket_connect($x, "127.0.0.1", 1); return [$v, socket_last_error($x), socket_get_option($x, SOL_SOCKET, SO_ERROR)];');
            break;
        case 5:
            stmt('$x = socket_create(AF_INET6, SOCK_DGRAM, 0); return [socket_bind($x, "::1"), socket_listen($x), socket_accept($x), socket_shutdown($x, 5), socket_getpeername($x, $a)];');
            break;
        default:
            stmt('$x = socket_create(AF_UNIX, SOCK_STREAM, 0); $y = clone $x; return $y;');
            break;
    }
}

// ---------------------------------------------------------------- program
echo "<?php\n";
echo "pcntl_alarm(10);\n";
// array_rand() in a program must pick the same on every run.
echo "mt_srand(" . (int) $argv[1] . ");\n";
// Warnings show the arguments of the function that raised them as a trace
// shows them (the frame's own values, after any conversion), and the id the
// next object would get (which objects are alive at that moment).
// No trace for socket_recvmsg()'s "error converting native data" warning:
// sockets.so has released the old message by then and left it in
// $message, freed, which debug_backtrace() would copy (a difference in docs/differences.md;
// engine_trace_args.phpt and byref_release_freed_memory.phpt pin it).
echo 'set_error_handler(function ($no, $msg) { $t = str_starts_with($msg, "socket_recvmsg(): error converting native data") ? [] : debug_backtrace(); echo "W: $msg | #", spl_object_id(new stdClass), " ", isset($t[1]["function"]) ? $t[1]["function"] . show($t[1]["args"] ?? null) : "", "\n"; return true; });' . "\n";
echo <<<'PHP'
/** Prints when released: by-reference arguments hold these before a call. */
final class Dtor { public function __construct(public int $n) {} public function __destruct() { echo "~Dtor{$this->n} #", spl_object_id(new stdClass), "\n"; } }
function show($v, int $depth = 0) {
    if ($depth > 4) return '...';
    if (is_object($v)) return get_class($v) . '#' . spl_object_id($v);
    if (is_array($v)) {
        if (isset($v['pid']) && $v['pid'] === getmypid()) $v['pid'] = 'PID';
        $list = array_is_list($v);
        $o = [];
        foreach ($v as $k => $x) $o[] = ($list ? '' : var_export($k, true) . '=>') . show($x, $depth + 1);
        return '[' . implode(',', $o) . ']';
    }
    if (is_resource($v)) return 'resource#' . get_resource_id($v) . '(' . get_resource_type($v) . ')';
    if (gettype($v) === 'resource (closed)') return 'resource#' . get_resource_id($v) . '(closed)';
    if (is_string($v) && strlen($v) > 80) return 'string(' . strlen($v) . ') ' . md5($v);
    return var_export($v, true);
}
function blind($m) {
    foreach (is_array($m) ? $m['control'] ?? [] : [] as $i => $x)
        if (is_array($x) && ($x['type'] ?? 0) === SCM_RIGHTS && is_array($x['data'] ?? null)) $m['control'][$i]['data'] = count($x['data']) . ' descriptors';
    return $m;
}
function r($f) { try { echo show($f()), "\n"; } catch (Throwable $e) { $t = $e->getTrace()[0] ?? []; echo get_class($e), ": ", $e->getMessage(), " | ", $t['function'] ?? '', show($t['args'] ?? null), "\n"; } }

PHP;
echo '$D = ' . lit($tag) . ";\n";
echo <<<'PHP'
/** A writer 'w' and a reader 'r' of one kind; the writer is non-blocking. */
function mk(string $kind, int $n, bool $flip) {
    global $D;
    $c = [];
    $ip = ['4' => '127.0.0.1', '6' => '::1'];
    switch ($kind) {
        case 'unix-stream': case 'unix-dgram': case 'unix-seqpacket':
            $t = ['unix-stream' => SOCK_STREAM, 'unix-dgram' => SOCK_DGRAM, 'unix-seqpacket' => SOCK_SEQPACKET][$kind];
            socket_create_pair(AF_UNIX, $t, 0, $p);
            [$c['w'], $c['r']] = $flip ? [$p[1], $p[0]] : $p;
            break;
        case 'tcp4': case 'tcp6':
            $af = $kind === 'tcp4' ? AF_INET : AF_INET6; $a = $ip[$kind[3]];
            $c['l'] = socket_create($af, SOCK_STREAM, SOL_TCP);
            socket_bind($c['l'], $a, 0); socket_listen($c['l'], 4); socket_getsockname($c['l'], $x, $port);
            $cl = socket_create($af, SOCK_STREAM, SOL_TCP); socket_connect($cl, $a, $port); $ac = socket_accept($c['l']);
            [$c['w'], $c['r']] = $flip ? [$ac, $cl] : [$cl, $ac];
            break;
        case 'udp4': case 'udp6': case 'udp4u': case 'udp6u':
            $af = $kind[3] === '4' ? AF_INET : AF_INET6; $a = $ip[$kind[3]];
            $c['w'] = socket_create($af, SOCK_DGRAM, SOL_UDP); $c['r'] = socket_create($af, SOCK_DGRAM, SOL_UDP);
            socket_bind($c['r'], $a, 0); socket_getsockname($c['r'], $x, $rp);
            if ($flip || strlen($kind) === 4) { socket_bind($c['w'], $a, 0); }
            socket_getsockname($c['w'], $x, $wp);
            if (strlen($kind) === 4) { socket_connect($c['w'], $a, $rp); socket_connect($c['r'], $a, $wp); }
            $c['to'] = [$a, $rp];
            $c['name'] = $af === AF_INET ? ['family' => AF_INET, 'addr' => $a, 'port' => $rp] : ['family' => AF_INET6, 'addr' => $a, 'port' => $rp, 'flowinfo' => 0, 'scope_id' => 0];
            break;
        case 'unix-dgram-path':
            $c['w'] = socket_create(AF_UNIX, SOCK_DGRAM, 0); $c['r'] = socket_create(AF_UNIX, SOCK_DGRAM, 0);
            socket_bind($c['r'], "$D-$n.r");
            if ($flip) { socket_bind($c['w'], "$D-$n.w"); }
            $c['to'] = ["$D-$n.r", null];
            $c['name'] = ['family' => AF_UNIX, 'path' => "$D-$n.r"];
            break;
        case 'unix-stream-path': case 'unix-abstract': case 'unix-seqpacket-path':
            $t = $kind === 'unix-seqpacket-path' ? SOCK_SEQPACKET : SOCK_STREAM;
            $path = $kind === 'unix-abstract' ? "\0$D-$n" : "$D-$n.l";
            $c['l'] = socket_create(AF_UNIX, $t, 0); socket_bind($c['l'], $path); socket_listen($c['l']);
            $cl = socket_create(AF_UNIX, $t, 0); socket_connect($cl, $path); $ac = socket_accept($c['l']);
            [$c['w'], $c['r']] = $flip ? [$ac, $cl] : [$cl, $ac];
            break;
        case 'streampair': case 'streampair-dgram':
            $c['sp'] = stream_socket_pair(STREAM_PF_UNIX, $kind === 'streampair' ? STREAM_SOCK_STREAM : STREAM_SOCK_DGRAM, 0);
            $c['w'] = socket_import_stream($c['sp'][0]); $c['r'] = socket_import_stream($c['sp'][1]);
            break;
        case 'tcp-stream':
            $c['srv'] = stream_socket_server('tcp://127.0.0.1:0');
            $c['cl'] = stream_socket_client(stream_socket_get_name($c['srv'], false));
            $c['ac'] = stream_socket_accept($c['srv']);
            $c['w'] = socket_import_stream($flip ? $c['ac'] : $c['cl']); $c['r'] = socket_import_stream($flip ? $c['cl'] : $c['ac']);
            break;
        case 'exported':
            socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
            [$c['w'], $c['r']] = $p;
            $c['st'] = socket_export_stream($flip ? $c['r'] : $c['w']);
            break;
    }
    socket_set_nonblock($c['w']);
    socket_set_nonblock($c['r']);
    return $c;
}

PHP;
echo '$s = []; $c = []; $k = []; socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $a); socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $b);' . "\n";
echo '$s = [$a[0], $a[1], $b[0], $b[1], socket_create(AF_INET, SOCK_STREAM, SOL_TCP), socket_create(AF_INET, SOCK_DGRAM, SOL_UDP), socket_create(AF_INET6, SOCK_STREAM, 0), socket_create(AF_INET6, SOCK_DGRAM, 0)];' . "\n";
echo 'socket_create_pair(AF_UNIX, SOCK_SEQPACKET, 0, $q); $s[8] = $q[0]; $s[9] = $q[1];' . "\n";
echo 'foreach ($s as $x) socket_set_nonblock($x); $closed = socket_create(AF_UNIX, SOCK_STREAM, 0); socket_close($closed);' . "\n";
echo '$stp = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0); stream_set_blocking($stp[0], false); stream_set_blocking($stp[1], false); $st = $stp[0]; $fh = fopen(__FILE__, "r"); $ai = null;' . "\n";

$pool = $count;
$n = 0;
while (count($out) / 2 < $count) {
    $which = mt_rand(1, 100);
    if ($which <= 32) {
        $call = hostile_call();
        // New sockets join the pool, non-blocking.
        $pre = byref_init() . (chance(10) ? ' $p = new Dtor(' . mt_rand(100, 199) . ');' : '');
        $out[] = "r(function () { global \$s, \$closed, \$p, \$buf, \$from, \$port, \$addr, \$r, \$w, \$e, \$m, \$st, \$stp, \$ai; $pre \$v = $call; "
            . "if (\$v instanceof Socket) { socket_set_nonblock(\$v); \$s[" . mt_rand(0, 9) . "] = \$v; } "
            . "if (is_array(\$p ?? null) && count(\$p) === 2) { foreach (\$p as \$q) socket_set_nonblock(\$q); \$s[4] = \$p[0]; \$s[5] = \$p[1]; \$p = null; } "
            . "return [\$v, \$buf ?? null, \$from ?? null, \$port ?? null, \$addr ?? null]; });";
        $out[] = ERR_LINE;
    } elseif ($which <= 62) {
        channel_block($n++);
    } elseif ($which <= 72) {
        stream_block($n++);
    } elseif ($which <= 80) {
        option_block();
    } elseif ($which <= 87) {
        address_block($n++);
    } elseif ($which <= 90) {
        addrinfo_block();
    } elseif ($which <= 94) {
        select_block();
    } elseif ($which <= 97) {
        misc_block();
    } else {
        gc_block($n++);
    }
}
// Now and then the end: recvmsg() asking for more than memory_limit allows
// (a fatal error naming the size it tried to allocate).
if (chance(3)) {
    stmt('ini_set("memory_limit", "16M"); socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $mp); $m = ["buffer_size" => ' . pick(['50000000', '16777216', '100000000']) . ', "controllen" => 16]; return socket_recvmsg($mp[1], $m, MSG_DONTWAIT);');
}
echo implode("\n", $out), "\n";
echo 'foreach (glob(' . lit($tag) . ' . "*") ?: [] as $f) @unlink($f);' . "\n";
