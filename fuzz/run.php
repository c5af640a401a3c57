<?php
// Differential fuzzer: runs generated programs (gen.php) under PHP's
// sockets.so and under rust_sockets.so and compares what they print.
// Usage: php run.php NATIVE_SO RUST_SO FIRST_SEED COUNT [STATEMENTS [JOBS]]
// JOBS runners (default 2) share the seeds. A divergence is classed by the
// first line where the outputs differ (numbers and strings blanked); the
// first MINIMISE (env FUZZ_MINIMISE, default 1) of each class a runner sees
// are minimised (statements removed while it persists) and written to
// fuzz/divergences/seed-N.phpt: sockets.so's output is its expectation, so
// run-tests.php replays it against either extension.
[, $native, $rust, $first, $count] = $argv;
$statements = (int) ($argv[5] ?? 40);
$jobs = max(1, (int) ($argv[6] ?? 2));
$minimise_per_class = (int) (getenv('FUZZ_MINIMISE') === false ? 1 : getenv('FUZZ_MINIMISE'));
$dir = __DIR__;
@mkdir("$dir/divergences");
$tmp = $work = '';

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
 * What two runs of one program may print differently although nothing
 * differs but chance: the ports the kernel picks (ephemeral ports, bound to
 * port 0 or by connect()). Nothing else is normalised: object and resource
 * ids, paths and names, line numbers are compared as printed (fuzz/README
 * says why each normalisation that remains is there).
 */
function normalise(string $out): string {
    return preg_replace(PORT_PATTERN, 'PORT', $out);
}

/** Linux's ephemeral port range, 32768-60999 (5-digit numbers from 32000). */
const PORT_PATTERN = '~\b(3[2-9]\d{3}|[45]\d{4}|60\d{3})\b~';

/**
 * sockets.so's output as a phpt's --EXPECTF-- section: literal % doubled,
 * and what differs where the phpt runs (the script's path and lines, the
 * generator's process id in socket file names) and the ports as patterns.
 */
function expectf(string $out): string {
    $out = str_replace('%', '%%', $out);
    $out = preg_replace('~ in /\S+ on line \d+~', ' in %s on line %d', $out);
    $out = preg_replace('~rs-fuzz-\d+~', 'rs-fuzz-%d', $out);
    return preg_replace(PORT_PATTERN, '%d', $out);
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
    $expect = expectf($raw($native));
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

function minimise(string $native, string $rust, string $program, string $tmp, string $class): string {
    $lines = explode("\n", $program);
    $i = count($lines) - 1;
    while ($i >= 0) {
        if (str_starts_with($lines[$i], 'r(function')) {
            $try = $lines;
            array_splice($try, $i, 2);
            // Still diverging, and in the same way (not, say, a program
            // that now reads before its data is written).
            $d = diverges($native, $rust, implode("\n", $try), $tmp);
            if ($d !== null && divergence_class($d[0][1], $d[1][1])[0] === $class) {
                $lines = $try;
            }
        }
        $i--;
    }
    return implode("\n", $lines);
}

/**
 * The class of a divergence: the first line where the two outputs differ,
 * numbers and quoted strings blanked, as "native | rust_sockets".
 */
function divergence_class(string $native, string $rust): array {
    $n = explode("\n", $native);
    $r = explode("\n", $rust);
    $i = 0;
    while ($i < count($n) && ($n[$i] ?? null) === ($r[$i] ?? null)) {
        $i++;
    }
    [$a, $b] = [$n[$i] ?? '(end)', $r[$i] ?? '(end)'];
    // Where in the line they part, and a little of each after that.
    $at = strspn($a ^ $b, "\0");
    $blank = static function (string $l): string {
        $l = preg_replace("~string\(\d+\) [0-9a-f]{32}~", 'STR', $l);
        $l = preg_replace("~'(?:[^'\\\\]|\\\\.)*'?~", "'S'", $l);
        return preg_replace('~-?\d+~', 'N', $l);
    };
    $head = substr($blank(substr($a, 0, $at)), -24);
    $text = $head . '{' . substr($blank(substr($a, $at)), 0, 16) . ' | ' . substr($blank(substr($b, $at)), 0, 16) . '}';
    return [substr(md5($text), 0, 8), $text];
}

/** One runner: every JOBS-th seed from $offset. Returns its tallies. */
function run_seeds(int $offset): array {
    global $native, $rust, $first, $count, $statements, $jobs, $dir, $tmp, $work, $minimise_per_class;
    $tmp = sys_get_temp_dir() . '/rs-fuzz-' . getmypid() . '.php';
    // Programs run in a directory of this runner's own: the socket files they
    // bind (relative paths) cannot collide with another runner's.
    $work = sys_get_temp_dir() . '/rs-fuzz-work-' . getmypid();
    @mkdir($work);
    $t = ['crashes' => 0, 'divergences' => 0, 'ok' => 0, 'native_died' => 0, 'native_hung' => 0, 'flaky' => 0, 'done' => 0, 'classes' => []];
    // A long run can be stopped (SIGINT, SIGTERM) and still reports what it did.
    $stop = false;
    if (function_exists('pcntl_async_signals')) {
        pcntl_async_signals(true);
        foreach ([SIGINT, SIGTERM] as $sig) {
            pcntl_signal($sig, function () use (&$stop) { $stop = true; });
        }
    }
    for ($seed = (int) $first + $offset; $seed < (int) $first + (int) $count && !$stop; $seed += $jobs) {
        if ($offset === 0 && $t['done'] > 0 && $t['done'] * $jobs % 1000 === 0) {
            echo "progress: about ", $t['done'] * $jobs, " programs\n";
        }
        $t['done']++;
        $program = shell_exec(escapeshellarg(PHP_BINARY) . ' -n ' . escapeshellarg("$dir/gen.php") . " $seed $statements");
        // A stop that interrupted this program's runs discards it.
        $both = is_string($program) && !$stop ? run_both($native, $rust, $program, $tmp) : null;
        if ($both === null || $stop) {
            $t['done']--;
            break;
        }
        $d = $both[0] === $both[1] ? null : $both;
        $rc = $both[1][0];
        // SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGSEGV: a crash. (137 is PHP's own
        // "Hard memory limit" kill, the same for both.)
        if (in_array($rc, [4, 6, 7, 8, 11, 132, 134, 135, 136, 139], true)) {
            $t['crashes']++;
            echo "seed $seed: rust_sockets exited with $rc\n";
        }
        if ($d === null) {
            $t['ok']++;
            continue;
        }
        // Where the C extension dies (the documented PHP_INT_MAX length) and
        // rust_sockets carries on, that is a fix, not a divergence.
        $memory_death = preg_match('~(Allowed memory size|Hard memory limit) of~', $d[0][1])
            && !preg_match('~(Allowed memory size|Hard memory limit) of~', $d[1][1]);
        // Killed by its own alarm: the C extension spun or waited (a read the
        // generator should not have written).
        if (in_array($d[0][0], [14, 142], true) && !in_array($d[1][0], [14, 142], true)) {
            $t['native_hung']++;
            $t['ok']++;
            echo "seed $seed: sockets.so did not finish (a read that spins or waits: a generator bug)\n";
            continue;
        }
        // (An exit code of 4..11 is the signal itself: proc_close() through
        // timeout(1) reports a signalled child so.)
        $died = [4, 6, 7, 8, 11, 132, 134, 135, 136, 137, 139];
        if ($memory_death || (in_array($d[0][0], $died, true) && !in_array($d[1][0], $died, true))) {
            $t['native_died']++;
            $t['ok']++;
            continue;
        }
        // A divergence that does not happen again is timing (a peer's close
        // racing a read, a port the kernel reused): counted, not minimised.
        if (diverges($native, $rust, $program, $tmp) === null) {
            $t['flaky']++;
            $t['ok']++;
            echo "seed $seed: diverged once, not on a second run (timing)\n";
            continue;
        }
        // A program whose output differs between two runs of sockets.so itself
        // reads something the kernel varies (a raw socket's IP ids, timing):
        // it says nothing about rust_sockets.
        $again = run_both($native, $native, $program, $tmp);
        if ($again[0] !== $again[1] || $again[0] !== $d[0]) {
            $t['flaky']++;
            $t['ok']++;
            echo "seed $seed: sockets.so itself differs from run to run (nondeterministic program)\n";
            continue;
        }
        $t['divergences']++;
        [$class, $text] = divergence_class($d[0][1], $d[1][1]);
        $seen = $t['classes'][$class]['seeds'] ?? [];
        $t['classes'][$class] = ['text' => $text, 'seeds' => [...$seen, $seed]];
        if (count($seen) >= $minimise_per_class) {
            echo "seed $seed: divergence, class $class\n";
            continue;
        }
        $small = minimise($native, $rust, $program, $tmp, $class);
        file_put_contents("$dir/divergences/seed-$seed.phpt", divergence_phpt($seed, $small, $native, $rust));
        echo "seed $seed: divergence, class $class ($text), minimised to fuzz/divergences/seed-$seed.phpt\n";
    }
    @unlink($tmp);
    foreach (glob("$work/{,.}*", GLOB_BRACE) ?: [] as $f) {
        is_dir($f) || @unlink($f);
    }
    @rmdir($work);
    return $t;
}

// The runners are forked children; each hands its tallies back in a file.
$children = [];
$results = [];
for ($j = 0; $j < $jobs; $j++) {
    $file = sys_get_temp_dir() . '/rs-fuzz-tally-' . getmypid() . "-$j.json";
    $pid = $jobs > 1 ? pcntl_fork() : 0;
    if ($pid === 0) {
        $t = run_seeds($j);
        if ($jobs === 1) {
            $results[] = $t;
            break;
        }
        file_put_contents($file, json_encode($t));
        exit(0);
    }
    $children[$pid] = $file;
}
if ($jobs > 1) {
    // Ctrl-C reaches the children (same process group); the parent waits.
    pcntl_async_signals(true);
    foreach ([SIGINT, SIGTERM] as $sig) {
        pcntl_signal($sig, SIG_IGN);
    }
    foreach ($children as $pid => $file) {
        pcntl_waitpid($pid, $status);
        $t = json_decode((string) @file_get_contents($file), true);
        @unlink($file);
        $results[] = is_array($t) ? $t : ['crashes' => 1, 'divergences' => 0, 'ok' => 0, 'native_died' => 0, 'native_hung' => 0, 'flaky' => 0, 'done' => 0, 'classes' => []];
    }
}
$sum = ['crashes' => 0, 'divergences' => 0, 'ok' => 0, 'native_died' => 0, 'native_hung' => 0, 'flaky' => 0, 'done' => 0, 'classes' => []];
foreach ($results as $t) {
    foreach ($t as $k => $v) {
        if ($k === 'classes') {
            foreach ($v as $class => $c) {
                $sum['classes'][$class]['text'] = $c['text'];
                $sum['classes'][$class]['seeds'] = [...($sum['classes'][$class]['seeds'] ?? []), ...$c['seeds']];
            }
        } else {
            $sum[$k] += $v;
        }
    }
}
if ($sum['classes']) {
    echo "divergence classes (first differing line, native | rust_sockets):\n";
    uasort($sum['classes'], fn($a, $b) => count($b['seeds']) <=> count($a['seeds']));
    foreach ($sum['classes'] as $class => $c) {
        sort($c['seeds']);
        printf("  %s %4d  seeds %s%s\n        %s\n", $class, count($c['seeds']), implode(' ', array_slice($c['seeds'], 0, 6)),
            count($c['seeds']) > 6 ? ' ...' : '', $c['text']);
    }
}
echo "fuzz: {$sum['ok']} passed, {$sum['divergences']} failed\n";
echo "programs: {$sum['done']}, divergences: {$sum['divergences']} in " . count($sum['classes']) . " classes, rust_sockets crashes: {$sum['crashes']}, sockets.so died (documented fixes): {$sum['native_died']}, sockets.so hung: {$sum['native_hung']}, nondeterministic (timing, kernel): {$sum['flaky']}\n";
exit($sum['divergences'] || $sum['crashes'] ? 1 : 0);
