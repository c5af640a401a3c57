<?php
// Differential fuzzer: runs generated programs (gen.php) under PHP's
// sockets.so and under rust_sockets.so and compares what they print.
// Usage: php run.php NATIVE_SO RUST_SO FIRST_SEED COUNT [STATEMENTS]
// A divergence is minimised (statements removed while it persists) and
// written to fuzz/divergences/seed-N.phpt: sockets.so's output is its
// expectation, so run-tests.php replays it against either extension.
[, $native, $rust, $first, $count] = $argv;
$statements = (int) ($argv[5] ?? 40);
$dir = __DIR__;
@mkdir("$dir/divergences");
$tmp = sys_get_temp_dir() . '/rs-fuzz-' . getmypid() . '.php';
// Programs run in a directory of this runner's own: the socket files they
// bind (relative paths) cannot collide with another runner's.
$work = sys_get_temp_dir() . '/rs-fuzz-work-' . getmypid();
@mkdir($work);

function run_with(string $so, string $file): array {
    global $work;
    // A run that died early leaves its socket files behind, which would
    // change the next run's bind(): every run starts in an empty directory.
    foreach (glob("$work/{,.}*", GLOB_BRACE) ?: [] as $stale) {
        if (!is_dir($stale)) {
            @unlink($stale);
        }
    }
    $cmd = ['env', 'RES_OPTIONS=timeout:1 attempts:1', 'timeout', '30', PHP_BINARY, '-n', '-d', "extension=$so", '-d', 'display_errors=1', $file];
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, $work);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    $code = proc_close($p);
    return [$code, normalise($out)];
}

/**
 * What may differ between two runs of one program: the script's path, the
 * socket file's name, ports the kernel picks. With $expectf, written as a
 * phpt's --EXPECTF-- section (literal % doubled).
 */
function normalise(string $out, bool $expectf = false): string {
    if ($expectf) {
        $out = str_replace('%', '%%', $out);
    }
    $out = preg_replace('~ in /\S+ on line \d+~', ' in %s on line %d', $out);
    $out = preg_replace('~rs-fuzz-\d+~', $expectf ? 'rs-fuzz-%d' : 'rs-fuzz', $out);
    return preg_replace('~\b(3[2-9]\d{3}|[45]\d{4}|60\d{3})\b~', $expectf ? '%d' : 'PORT', $out);
}

/**
 * A minimised divergence as a phpt: the program, and as its expectation
 * what sockets.so printed; what rust_sockets printed follows the program
 * after __halt_compiler(), for reading.
 */
function divergence_phpt(int $seed, string $program, string $native, string $rust): string {
    $raw = static function (string $so) use ($program): string {
        global $tmp, $work;
        file_put_contents($tmp, $program);
        $p = proc_open(['timeout', '30', PHP_BINARY, '-n', '-d', "extension=$so", '-d', 'display_errors=1', $tmp],
            [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, $work);
        $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
        proc_close($p);
        return $out;
    };
    $expect = normalise($raw($native), true);
    $theirs = $raw($rust);
    return "--TEST--\nfuzz seed $seed: rust_sockets diverges from sockets.so (minimised)\n--EXTENSIONS--\nsockets\n"
        . "--FILE--\n" . rtrim($program) . "\n__halt_compiler();\nrust_sockets.so printed:\n$theirs\n--EXPECTF--\n$expect";
}

/** Both runs' [exit code, output]: native's, then rust_sockets'. */
function run_both(string $native, string $rust, string $program, string $tmp): array {
    file_put_contents($tmp, $program);
    return [run_with($native, $tmp), run_with($rust, $tmp)];
}

function diverges(string $native, string $rust, string $program, string $tmp): ?array {
    $d = run_both($native, $rust, $program, $tmp);
    return $d[0] === $d[1] ? null : $d;
}

function minimise(string $native, string $rust, string $program, string $tmp): string {
    $lines = explode("\n", $program);
    $i = count($lines) - 1;
    while ($i >= 0) {
        if (str_starts_with($lines[$i], 'r(function')) {
            $try = $lines;
            array_splice($try, $i, 2);
            if (diverges($native, $rust, implode("\n", $try), $tmp) !== null) {
                $lines = $try;
            }
        }
        $i--;
    }
    return implode("\n", $lines);
}

$crashes = 0; $divergences = 0; $ok = 0; $native_died = 0; $flaky = 0; $done = 0;
// A long run can be stopped (SIGINT, SIGTERM) and still reports what it did.
$stop = false;
if (function_exists('pcntl_async_signals')) {
    pcntl_async_signals(true);
    foreach ([SIGINT, SIGTERM] as $sig) {
        pcntl_signal($sig, function () use (&$stop) { $stop = true; });
    }
}
for ($seed = (int) $first; $seed < (int) $first + (int) $count && !$stop; $seed++) {
    if ($done > 0 && $done % 1000 === 0) {
        echo "progress: $done programs, $divergences divergences, $crashes crashes\n";
    }
    $done++;
    $program = shell_exec(escapeshellarg(PHP_BINARY) . ' -n ' . escapeshellarg("$dir/gen.php") . " $seed $statements");
    // A stop that interrupted this program's runs discards it.
    $both = is_string($program) && !$stop ? run_both($native, $rust, $program, $tmp) : null;
    if ($both === null || $stop) {
        $done--;
        break;
    }
    $d = $both[0] === $both[1] ? null : $both;
    $rc = $both[1][0];
    // SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGSEGV: a crash. (137 is PHP's own
    // "Hard memory limit" kill, the same for both.)
    if (in_array($rc, [132, 134, 135, 136, 139], true)) {
        $crashes++;
        echo "seed $seed: rust_sockets exited with $rc\n";
    }
    if ($d === null) {
        $ok++;
        continue;
    }
    // Where the C extension dies (the documented PHP_INT_MAX length) and
    // rust_sockets carries on, that is a fix, not a divergence.
    $memory_death = preg_match('~(Allowed memory size|Hard memory limit) of~', $d[0][1])
        && !preg_match('~(Allowed memory size|Hard memory limit) of~', $d[1][1]);
    if ($memory_death || (in_array($d[0][0], [132, 134, 135, 136, 137, 139], true) && $d[1][0] < 128)) {
        $native_died++;
        $ok++;
        continue;
    }
    // A divergence that does not happen again is timing (a peer's close
    // racing a read, a port the kernel reused): counted, not minimised.
    if (diverges($native, $rust, $program, $tmp) === null) {
        $flaky++;
        $ok++;
        echo "seed $seed: diverged once, not on a second run (timing)\n";
        continue;
    }
    // A program whose output differs between two runs of sockets.so itself
    // reads something the kernel varies (a raw socket's IP ids, timing):
    // it says nothing about rust_sockets.
    $again = run_both($native, $native, $program, $tmp);
    if ($again[0] !== $again[1] || $again[0] !== $d[0]) {
        $flaky++;
        $ok++;
        echo "seed $seed: sockets.so itself differs from run to run (nondeterministic program)\n";
        continue;
    }
    $divergences++;
    $small = minimise($native, $rust, $program, $tmp);
    file_put_contents("$dir/divergences/seed-$seed.phpt", divergence_phpt($seed, $small, $native, $rust));
    echo "seed $seed: divergence, minimised to fuzz/divergences/seed-$seed.phpt\n";
}
@unlink($tmp);
foreach (glob("$work/{,.}*", GLOB_BRACE) ?: [] as $f) {
    is_dir($f) || @unlink($f);
}
@rmdir($work);
echo "fuzz: $ok passed, $divergences failed\n";
echo "programs: $done, divergences: $divergences, rust_sockets crashes: $crashes, sockets.so died (documented fixes): $native_died, nondeterministic (timing, kernel): $flaky\n";
exit($divergences || $crashes ? 1 : 0);
