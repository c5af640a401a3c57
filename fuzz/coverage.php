<?php
// Line coverage of src/ from llvm-cov's output (fuzz/run --coverage).
// Usage: php coverage.php ROOT SUMMARY_JSON SHOW_TXT UNCOVERED_OUT
// Prints a table per file of src/ and two totals: src/ outside src/zend/
// and src/sys.rs (the figure the fuzzer is judged by) and all of src/.
// Writes the lines never executed, file by file, to UNCOVERED_OUT.
[, $root, $summary, $show, $uncoveredOut] = $argv;
$json = json_decode(file_get_contents($summary), true);
$src = rtrim($root, '/') . '/src/';

function is_plumbing(string $rel): bool {
    return str_starts_with($rel, 'zend/') || $rel === 'sys.rs';
}

$rows = [];
foreach ($json['data'][0]['files'] ?? [] as $f) {
    if (!str_starts_with($f['filename'], $src)) {
        continue;
    }
    $rel = substr($f['filename'], strlen($src));
    $l = $f['summary']['lines'];
    $rows[$rel] = [$l['count'], $l['covered']];
}
// Plumbing last, each group by name.
uksort($rows, fn($a, $b) => [is_plumbing($a), $a] <=> [is_plumbing($b), $b]);

$pct = fn(int $covered, int $count) => $count ? sprintf('%5.1f%%', 100 * $covered / $count) : '    -';
$line = fn(string $name, int $count, int $covered) => sprintf("  %-26s %6d %8d %7d  %s\n", $name, $count, $covered, $count - $covered, $pct($covered, $count));
echo "\n== line coverage of src/ (llvm-cov)\n";
printf("  %-26s %6s %8s %7s  %s\n", 'file', 'lines', 'covered', 'missed', 'cover');
$main = [0, 0]; $all = [0, 0];
foreach ($rows as $rel => [$count, $covered]) {
    echo $line("src/$rel", $count, $covered);
    $all[0] += $count; $all[1] += $covered;
    if (!is_plumbing($rel)) {
        $main[0] += $count; $main[1] += $covered;
    }
}
echo $line('src/ minus zend/, sys.rs', $main[0], $main[1]);
echo $line('src/ (overall)', $all[0], $all[1]);
printf("coverage: %s of src/ outside zend/ and sys.rs (%d of %d lines); overall %s (%d of %d)\n",
    trim($pct($main[1], $main[0])), $main[1], $main[0], trim($pct($all[1], $all[0])), $all[1], $all[0]);

// `llvm-cov show` prints each file as "PATH:" then "  N|  COUNT|source";
// a COUNT of 0 is a line never run.
$out = '';
$file = null;
foreach (file($show, FILE_IGNORE_NEW_LINES) as $l) {
    if (preg_match('~^(/\S+\.rs):$~', $l, $m)) {
        $file = str_starts_with($m[1], $src) ? 'src/' . substr($m[1], strlen($src)) : null;
        if ($file !== null) {
            $out .= "\n$file\n";
        }
        continue;
    }
    if ($file !== null && preg_match('~^\s*(\d+)\|\s*0\|(.*)$~', $l, $m)) {
        $out .= sprintf("%5d  %s\n", $m[1], $m[2]);
    }
}
file_put_contents($uncoveredOut, ltrim($out));
echo "uncovered lines: $uncoveredOut\n";
