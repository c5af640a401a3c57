<?php
// Generates a random program of ext/sockets calls for differential fuzzing.
// Usage: php gen.php SEED [STATEMENTS]   (deterministic for a seed)
// The program prints every result, exception and warning in a normalised
// form; it never blocks: every socket is made non-blocking, and no
// PHP_NORMAL_READ is issued (the C extension spins forever on an empty
// non-blocking socket, a bug rust_sockets does not copy).
mt_srand((int) $argv[1]);
$count = (int) ($argv[2] ?? 40);

function pick(array $a) { return $a[mt_rand(0, count($a) - 1)]; }

function int_arg(): string {
    return pick(['0', '1', '-1', '2', '10', '11', '64', '1024', '65536', 'PHP_INT_MAX', 'PHP_INT_MIN', '2147483648',
        '-2147483649', '"3"', '"abc"', '1.5', '2.0', 'null', 'true', 'false', '[]', 'new stdClass', 'AF_UNIX',
        'AF_INET', 'AF_INET6', 'SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_SEQPACKET', 'SOCK_RAW', 'SOL_SOCKET', 'SOL_TCP',
        'MSG_PEEK', 'MSG_DONTWAIT', 'MSG_WAITALL|MSG_DONTWAIT', 'MSG_OOB', 'SO_REUSEADDR', 'SO_LINGER',
        'SO_RCVTIMEO', 'SO_TYPE', 'SO_ERROR', 'TCP_NODELAY', '" 12 "', '"0x1A"', '"1e3"']);
}
function str_arg(): string {
    return pick(['""', '"x"', '"hello world"', '"\0"', '"a\0b"', 'str_repeat("z", 70000)', '"\r\n"', '"\xff\xfe"',
        '123', '1.5', 'null', 'true', '[]', 'new stdClass', '"127.0.0.1"', '"::1"', '"localhost"',
        '"rs-fuzz-' . getmypid() . '.sock"', '"\0abstract"', 'str_repeat("p", 120)', '"0.0.0.0"', '"999.1.1.1"']);
}
// Host names that resolve (or fail) without asking DNS: this machine, like
// CI's, has no network, and a DNS timeout would make results depend on time.
function host_arg(): string {
    return pick(['"127.0.0.1"', '"::1"', '"localhost"', '"0.0.0.0"', 'str_repeat("p", 120)', '"127.1"', '"0x7f.1"',
        '""', '"\0"', 'null', '1.5', '123', '"rs-fuzz-' . getmypid() . '.sock"', '"\0abstract"', 'str_repeat("p", 300)']);
}
// Levels for socket_get_option() other than IPPROTO_IP (0): there an empty
// IP_OPTIONS value makes the C extension return uninitialised memory
// (pinned by socket_option_uninit_and_trunc.phpt, not a divergence to find).
// Lengths for reads: PHP_INT_MAX is left out (the C extension dies on it,
// rust_sockets returns false: pinned by socket_read_int_max.phpt).
function len_arg(): string {
    do { $v = int_arg(); } while ($v === 'PHP_INT_MAX');
    return $v;
}
function level_arg(): string {
    return pick(['SOL_SOCKET', 'SOL_TCP', 'SOL_UDP', 'IPPROTO_IPV6', '1', '6', '-1', '"1"', '1.5', 'true', '[]', 'PHP_INT_MAX']);
}
function sock_arg(): string {
    return pick(['$s[0]', '$s[1]', '$s[2]', '$s[3]', '$s[4]', '$s[5]', '$s[0]', '$s[1]', 'null', '"sock"', '1',
        'new stdClass', '$closed']);
}
function opt_value(): string {
    return pick(['1', '0', '"1"', '[]', '["l_onoff" => 1, "l_linger" => 2]', '["sec" => 0, "usec" => 500]',
        '["sec" => -1, "usec" => 0]', '["l_onoff" => "x"]', '"cubic"', 'null', 'new stdClass', '2**40', '-1']);
}

$calls = [
    fn() => 'socket_create(' . int_arg() . ', ' . int_arg() . ', ' . int_arg() . ')',
    fn() => 'socket_create(AF_UNIX, ' . pick(['SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_SEQPACKET']) . ', 0)',
    fn() => 'socket_create(AF_INET, ' . pick(['SOCK_STREAM', 'SOCK_DGRAM']) . ', ' . pick(['0', 'SOL_TCP', 'SOL_UDP']) . ')',
    fn() => 'socket_create_pair(' . pick(['AF_UNIX', 'AF_INET', int_arg()]) . ', ' . pick(['SOCK_STREAM', 'SOCK_DGRAM', int_arg()]) . ', ' . pick(['0', int_arg()]) . ', $p)',
    fn() => 'socket_write(' . sock_arg() . ', ' . str_arg() . (mt_rand(0, 1) ? ', ' . int_arg() : '') . ')',
    fn() => 'socket_read(' . sock_arg() . ', ' . len_arg() . (mt_rand(0, 1) ? ', PHP_BINARY_READ' : '') . ')',
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
    fn() => 'socket_shutdown(' . sock_arg() . (mt_rand(0, 1) ? ', ' . int_arg() : '') . ')',
    fn() => 'socket_set_option(' . sock_arg() . ', ' . pick(['SOL_SOCKET', 'SOL_TCP', int_arg()]) . ', ' . int_arg() . ', ' . opt_value() . ')',
    fn() => 'socket_get_option(' . sock_arg() . ', ' . level_arg() . ', ' . int_arg() . ')',
    fn() => 'socket_last_error(' . pick(['', sock_arg()]) . ')',
    fn() => 'socket_clear_error(' . pick(['', sock_arg()]) . ')',
    fn() => 'socket_strerror(' . int_arg() . ')',
    fn() => 'socket_close(' . sock_arg() . ')',
    fn() => '$r = [' . sock_arg() . ', ' . sock_arg() . ']; $w = ' . pick(['null', '[' . sock_arg() . ']', '[]']) . '; $e = null; socket_select($r, $w, $e, 0)',
    fn() => 'socket_create_listen(0)',
    fn() => 'socket_addrinfo_lookup(' . host_arg() . ', ' . pick(['null', '"80"', '"http"', '"x"']) . ', ' . pick(['[]', '["ai_family" => AF_INET]', '["bogus" => 1]', '[1, 2]']) . ')',
];

echo "<?php\n";
echo "pcntl_alarm(10);\n";
echo 'set_error_handler(function ($no, $msg) { echo "W: $msg\n"; return true; });' . "\n";
echo 'function show($v) { if (is_object($v)) return get_class($v); if (is_array($v)) return "[" . implode(",", array_map("show", $v)) . "]"; if (is_resource($v)) return "resource"; return var_export($v, true); }' . "\n";
echo 'function r($f) { try { echo show($f()), "\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }' . "\n";
echo '$s = []; socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $a); socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $b);' . "\n";
echo '$s = [$a[0], $a[1], $b[0], $b[1], socket_create(AF_INET, SOCK_STREAM, SOL_TCP), socket_create(AF_INET, SOCK_DGRAM, SOL_UDP)];' . "\n";
echo 'foreach ($s as $x) socket_set_nonblock($x); $closed = socket_create(AF_UNIX, SOCK_STREAM, 0); socket_close($closed);' . "\n";
for ($i = 0; $i < $count; $i++) {
    $call = pick($calls)();
    echo "r(function () use (&\$s, &\$closed, &\$p, &\$buf, &\$from, &\$port, &\$addr, &\$r, &\$w, &\$e) { \$v = $call; ";
    // New sockets join the pool, non-blocking.
    echo "if (\$v instanceof Socket) { socket_set_nonblock(\$v); \$s[" . mt_rand(0, 5) . "] = \$v; } ";
    echo "if (is_array(\$p ?? null) && count(\$p) === 2) { foreach (\$p as \$q) socket_set_nonblock(\$q); \$s[4] = \$p[0]; \$s[5] = \$p[1]; \$p = null; } ";
    echo "return [\$v, \$buf ?? null, \$from ?? null, \$port ?? null, \$addr ?? null]; });\n";
    echo 'echo "E: ", socket_last_error(), "\n";' . "\n";
}
echo '@unlink("rs-fuzz-' . getmypid() . '.sock");' . "\n";
