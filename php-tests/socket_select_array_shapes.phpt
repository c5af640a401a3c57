--TEST--
socket_select(): the arrays it leaves, whatever their shape: holes, string, negative and sparse keys, reordered and duplicated sockets, references, one variable for several sets, moved internal pointers, typed properties
--DESCRIPTION--
Each result shows its elements (key => which socket), its count, the key
its internal pointer is on, and the key the next append would take (the
next free element), all of which must be the C extension's.
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
$P = [];
$names = [];
for ($i = 0; $i < 40; $i++) {
    $P[] = $p = pair();
    $names[spl_object_id($p[0])] = "r$i";
    $names[spl_object_id($p[1])] = "w$i";
    // The first end of every even pair is readable.
    if ($i % 2 == 0) socket_write($p[1], "x");
}
function show(string $label, $ret, ...$arrays): void
{
    global $names;
    echo "$label: ", var_export($ret, true), "\n";
    foreach ($arrays as $a) {
        if ($a === null) { echo "  null\n"; continue; }
        $elements = [];
        foreach ($a as $k => $v) $elements[] = var_export($k, true) . '=>' . $names[spl_object_id($v)];
        echo '  [', implode(',', $elements), '] count ', count($a), ', pointer at ', var_export(key($a), true);
        $a[] = 'appended';
        echo ', next key ', var_export(array_key_last($a), true), "\n";
    }
}
$R = array_column($P, 0); $W = array_column($P, 1);
$cases = [
    'list' => fn() => [$R, null, null],
    'holes' => function () use ($R) { $r = $R; unset($r[0], $r[3], $r[7], $r[39]); return [$r, null, null]; },
    'hole before the end' => function () use ($R) { $r = $R; unset($r[38]); return [$r, null, null]; },
    'string keys' => function () use ($R) { $r = []; foreach ($R as $i => $s) $r["k$i"] = $s; return [$r, null, null]; },
    'mixed keys' => function () use ($R) { $r = []; foreach ($R as $i => $s) $r[$i % 3 ? "k$i" : $i * 5] = $s; return [$r, null, null]; },
    'negative keys' => function () use ($R) { $r = []; foreach ($R as $i => $s) $r[-$i - 10] = $s; return [$r, null, null]; },
    'sparse keys' => function () use ($R) { $r = []; foreach ($R as $i => $s) $r[$i * 1000] = $s; return [$r, null, null]; },
    'reversed' => fn() => [array_reverse($R), null, null],
    'reversed, keys kept' => fn() => [array_reverse($R, true), null, null],
    'duplicates' => fn() => [[$R[0], $R[0], $R[2], $R[0], $R[1]], null, null],
    'duplicates out of order' => fn() => [[$R[4], $R[2], $R[4], $R[0], $R[2]], [$R[1], $R[1]], null],
    'write set' => fn() => [null, array_merge($R, $W), null],
    'all three' => fn() => [$R, $W, $R],
    'empty read and except' => fn() => [[], $W, []],
    'one ready among many' => fn() => [[$R[1]] + array_fill_keys(range(5, 30), $R[1]) + [31 => $R[4]], null, null],
    'only the last ready' => function () use ($R) { $r = array_slice($R, 1, 29); $r[] = $R[0]; return [$r, null, null]; },
    'only the first ready' => function () use ($R) { $r = [$R[0]]; foreach ($R as $i => $s) if ($i % 2) $r[] = $s; return [$r, null, null]; },
    'nothing ready' => fn() => [array_filter($R, fn($i) => $i % 2, ARRAY_FILTER_USE_KEY), null, null],
    'popped' => function () use ($R) { $r = $R; $r[] = $R[0]; array_pop($r); return [$r, null, null]; },
];
foreach ($cases as $label => $make) {
    [$r, $w, $e] = $make();
    show($label, socket_select($r, $w, $e, 0), $r, $w, $e);
}
// References in the arrays: the results hold the sockets, not the references.
$x = $R[0]; $y = $R[1];
$r = [&$x, 'y' => &$y, $R[2]]; $w = null; $e = null;
show('references', socket_select($r, $w, $e, 0), $r);
var_dump($x === $R[0]);
// One variable for several sets; one array shared by two variables.
$rw = array_merge($R, $W);
show('one variable, read and write', socket_select($rw, $rw, $e, 0), $rw);
$all = $R;
show('one variable, all three', socket_select($all, $all, $all, 0), $all);
$all = $R; $none = null;
show('one variable, read and except', socket_select($all, $none, $all, 0), $all);
$a1 = $R; $a2 = $a1;
show('one array, two variables', socket_select($a1, $a2, $e, 0), $a1, $a2);
var_dump(count($R));
// The source's internal pointer moved; the variable a reference to another.
$r = $R; next($r); next($r);
show('moved pointer', socket_select($r, $w, $e, 0), $r);
$arr = $R; $ref = &$arr;
show('reference to the array', socket_select($ref, $w, $e, 0), $arr);
class T { public array $a = []; }
$t = new T; $t->a = $R;
show('typed property', socket_select($t->a, $w, $e, 0), $t->a);
// Larger: all of 100 ready, with and without a hole.
$big = [];
for ($i = 0; $i < 100; $i++) {
    $p = pair(); $keep[] = $p; $big[] = $p[0];
    $names[spl_object_id($p[0])] = "b$i";
    socket_write($p[1], "x");
}
$r = $big;
show('100 ready', socket_select($r, $w, $e, 0), $r);
$r = $big; unset($r[50]);
show('100 ready, one hole', socket_select($r, $w, $e, 0), $r);
// Every element ready, in lists that differ from a fresh one only in what
// the result must not keep: the next free key, the internal pointer,
// references; and results that must not show through to another variable.
$r = $big; unset($r[99]);
show('all ready, last unset', socket_select($r, $w, $e, 0), $r);
$r = $big; $r[] = $big[0]; array_pop($r);
show('all ready, popped', socket_select($r, $w, $e, 0), $r);
$r = $big; $r[200] = $big[0]; unset($r[200]);
show('all ready, a later key unset', socket_select($r, $w, $e, 0), $r);
$r = $big; end($r);
show('all ready, pointer at the end', socket_select($r, $w, $e, 0), $r);
$x = $big[0]; $r = [&$x, $big[1]];
show('all ready, a reference', socket_select($r, $w, $e, 0), $r);
$x = 1; var_dump(is_object($r[0]));
$r = $big; $keep_r = $r;
show('all ready, shared', socket_select($r, $w, $e, 0), $r);
$r[] = $big[2]; unset($r[0]);
var_dump(count($r), count($keep_r), count($big), key($keep_r));
$r = [$big[3]]; $w2 = [$big[3]];
show('one ready, read and write', socket_select($r, $w2, $e, 0), $r, $w2);
$rw = [$big[3], $big[4]];
show('all ready, one variable for read and write', socket_select($rw, $rw, $e, 0), $rw);
$t = new T; $t->a = [$big[5]];
show('all ready, typed property', socket_select($t->a, $w, $e, 0), $t->a);
?>
--EXPECTF--
list: 20
  [0=>r0,2=>r2,4=>r4,6=>r6,8=>r8,10=>r10,12=>r12,14=>r14,16=>r16,18=>r18,20=>r20,22=>r22,24=>r24,26=>r26,28=>r28,30=>r30,32=>r32,34=>r34,36=>r36,38=>r38] count 20, pointer at 0, next key 39
  null
  null
holes: 19
  [2=>r2,4=>r4,6=>r6,8=>r8,10=>r10,12=>r12,14=>r14,16=>r16,18=>r18,20=>r20,22=>r22,24=>r24,26=>r26,28=>r28,30=>r30,32=>r32,34=>r34,36=>r36,38=>r38] count 19, pointer at 2, next key 39
  null
  null
hole before the end: 19
  [0=>r0,2=>r2,4=>r4,6=>r6,8=>r8,10=>r10,12=>r12,14=>r14,16=>r16,18=>r18,20=>r20,22=>r22,24=>r24,26=>r26,28=>r28,30=>r30,32=>r32,34=>r34,36=>r36] count 19, pointer at 0, next key 37
  null
  null
string keys: 20
  ['k0'=>r0,'k2'=>r2,'k4'=>r4,'k6'=>r6,'k8'=>r8,'k10'=>r10,'k12'=>r12,'k14'=>r14,'k16'=>r16,'k18'=>r18,'k20'=>r20,'k22'=>r22,'k24'=>r24,'k26'=>r26,'k28'=>r28,'k30'=>r30,'k32'=>r32,'k34'=>r34,'k36'=>r36,'k38'=>r38] count 20, pointer at 'k0', next key 0
  null
  null
mixed keys: 20
  [0=>r0,'k2'=>r2,'k4'=>r4,30=>r6,'k8'=>r8,'k10'=>r10,60=>r12,'k14'=>r14,'k16'=>r16,90=>r18,'k20'=>r20,'k22'=>r22,120=>r24,'k26'=>r26,'k28'=>r28,150=>r30,'k32'=>r32,'k34'=>r34,180=>r36,'k38'=>r38] count 20, pointer at 0, next key 181
  null
  null
negative keys: 20
  [-10=>r0,-12=>r2,-14=>r4,-16=>r6,-18=>r8,-20=>r10,-22=>r12,-24=>r14,-26=>r16,-28=>r18,-30=>r20,-32=>r22,-34=>r24,-36=>r26,-38=>r28,-40=>r30,-42=>r32,-44=>r34,-46=>r36,-48=>r38] count 20, pointer at -10, next key -9
  null
  null
sparse keys: 20
  [0=>r0,2000=>r2,4000=>r4,6000=>r6,8000=>r8,10000=>r10,12000=>r12,14000=>r14,16000=>r16,18000=>r18,20000=>r20,22000=>r22,24000=>r24,26000=>r26,28000=>r28,30000=>r30,32000=>r32,34000=>r34,36000=>r36,38000=>r38] count 20, pointer at 0, next key 38001
  null
  null
reversed: 20
  [1=>r38,3=>r36,5=>r34,7=>r32,9=>r30,11=>r28,13=>r26,15=>r24,17=>r22,19=>r20,21=>r18,23=>r16,25=>r14,27=>r12,29=>r10,31=>r8,33=>r6,35=>r4,37=>r2,39=>r0] count 20, pointer at 1, next key 40
  null
  null
reversed, keys kept: 20
  [38=>r38,36=>r36,34=>r34,32=>r32,30=>r30,28=>r28,26=>r26,24=>r24,22=>r22,20=>r20,18=>r18,16=>r16,14=>r14,12=>r12,10=>r10,8=>r8,6=>r6,4=>r4,2=>r2,0=>r0] count 20, pointer at 38, next key 39
  null
  null
duplicates: 2
  [0=>r0,1=>r0,2=>r2,3=>r0] count 4, pointer at 0, next key 4
  null
  null
duplicates out of order: 4
  [0=>r4,1=>r2,2=>r4,3=>r0,4=>r2] count 5, pointer at 0, next key 5
  [0=>r1,1=>r1] count 2, pointer at 0, next key 2
  null
write set: 80
  null
  [0=>r0,1=>r1,2=>r2,3=>r3,4=>r4,5=>r5,6=>r6,7=>r7,8=>r8,9=>r9,10=>r10,11=>r11,12=>r12,13=>r13,14=>r14,15=>r15,16=>r16,17=>r17,18=>r18,19=>r19,20=>r20,21=>r21,22=>r22,23=>r23,24=>r24,25=>r25,26=>r26,27=>r27,28=>r28,29=>r29,30=>r30,31=>r31,32=>r32,33=>r33,34=>r34,35=>r35,36=>r36,37=>r37,38=>r38,39=>r39,40=>w0,41=>w1,42=>w2,43=>w3,44=>w4,45=>w5,46=>w6,47=>w7,48=>w8,49=>w9,50=>w10,51=>w11,52=>w12,53=>w13,54=>w14,55=>w15,56=>w16,57=>w17,58=>w18,59=>w19,60=>w20,61=>w21,62=>w22,63=>w23,64=>w24,65=>w25,66=>w26,67=>w27,68=>w28,69=>w29,70=>w30,71=>w31,72=>w32,73=>w33,74=>w34,75=>w35,76=>w36,77=>w37,78=>w38,79=>w39] count 80, pointer at 0, next key 80
  null
all three: 60
  [0=>r0,2=>r2,4=>r4,6=>r6,8=>r8,10=>r10,12=>r12,14=>r14,16=>r16,18=>r18,20=>r20,22=>r22,24=>r24,26=>r26,28=>r28,30=>r30,32=>r32,34=>r34,36=>r36,38=>r38] count 20, pointer at 0, next key 39
  [0=>w0,1=>w1,2=>w2,3=>w3,4=>w4,5=>w5,6=>w6,7=>w7,8=>w8,9=>w9,10=>w10,11=>w11,12=>w12,13=>w13,14=>w14,15=>w15,16=>w16,17=>w17,18=>w18,19=>w19,20=>w20,21=>w21,22=>w22,23=>w23,24=>w24,25=>w25,26=>w26,27=>w27,28=>w28,29=>w29,30=>w30,31=>w31,32=>w32,33=>w33,34=>w34,35=>w35,36=>w36,37=>w37,38=>w38,39=>w39] count 40, pointer at 0, next key 40
  [] count 0, pointer at NULL, next key 0
empty read and except: 40
  [] count 0, pointer at NULL, next key 0
  [0=>w0,1=>w1,2=>w2,3=>w3,4=>w4,5=>w5,6=>w6,7=>w7,8=>w8,9=>w9,10=>w10,11=>w11,12=>w12,13=>w13,14=>w14,15=>w15,16=>w16,17=>w17,18=>w18,19=>w19,20=>w20,21=>w21,22=>w22,23=>w23,24=>w24,25=>w25,26=>w26,27=>w27,28=>w28,29=>w29,30=>w30,31=>w31,32=>w32,33=>w33,34=>w34,35=>w35,36=>w36,37=>w37,38=>w38,39=>w39] count 40, pointer at 0, next key 40
  [] count 0, pointer at NULL, next key 0
one ready among many: 1
  [31=>r4] count 1, pointer at 31, next key 32
  null
  null
only the last ready: 15
  [1=>r2,3=>r4,5=>r6,7=>r8,9=>r10,11=>r12,13=>r14,15=>r16,17=>r18,19=>r20,21=>r22,23=>r24,25=>r26,27=>r28,29=>r0] count 15, pointer at 1, next key 30
  null
  null
only the first ready: 1
  [0=>r0] count 1, pointer at 0, next key 1
  null
  null
nothing ready: 0
  [] count 0, pointer at NULL, next key 0
  null
  null
popped: 20
  [0=>r0,2=>r2,4=>r4,6=>r6,8=>r8,10=>r10,12=>r12,14=>r14,16=>r16,18=>r18,20=>r20,22=>r22,24=>r24,26=>r26,28=>r28,30=>r30,32=>r32,34=>r34,36=>r36,38=>r38] count 20, pointer at 0, next key 39
  null
  null
references: 2
  [0=>r0,1=>r2] count 2, pointer at 0, next key 2
bool(true)
one variable, read and write: 100
  [0=>r0,2=>r2,4=>r4,6=>r6,8=>r8,10=>r10,12=>r12,14=>r14,16=>r16,18=>r18,20=>r20,22=>r22,24=>r24,26=>r26,28=>r28,30=>r30,32=>r32,34=>r34,36=>r36,38=>r38] count 20, pointer at 0, next key 39
one variable, all three: 60
  [] count 0, pointer at NULL, next key 0
one variable, read and except: 20
  [] count 0, pointer at NULL, next key 0
one array, two variables: 60
  [0=>r0,2=>r2,4=>r4,6=>r6,8=>r8,10=>r10,12=>r12,14=>r14,16=>r16,18=>r18,20=>r20,22=>r22,24=>r24,26=>r26,28=>r28,30=>r30,32=>r32,34=>r34,36=>r36,38=>r38] count 20, pointer at 0, next key 39
  [0=>r0,1=>r1,2=>r2,3=>r3,4=>r4,5=>r5,6=>r6,7=>r7,8=>r8,9=>r9,10=>r10,11=>r11,12=>r12,13=>r13,14=>r14,15=>r15,16=>r16,17=>r17,18=>r18,19=>r19,20=>r20,21=>r21,22=>r22,23=>r23,24=>r24,25=>r25,26=>r26,27=>r27,28=>r28,29=>r29,30=>r30,31=>r31,32=>r32,33=>r33,34=>r34,35=>r35,36=>r36,37=>r37,38=>r38,39=>r39] count 40, pointer at 0, next key 40
int(40)
moved pointer: 20
  [0=>r0,2=>r2,4=>r4,6=>r6,8=>r8,10=>r10,12=>r12,14=>r14,16=>r16,18=>r18,20=>r20,22=>r22,24=>r24,26=>r26,28=>r28,30=>r30,32=>r32,34=>r34,36=>r36,38=>r38] count 20, pointer at 0, next key 39
reference to the array: 20
  [0=>r0,2=>r2,4=>r4,6=>r6,8=>r8,10=>r10,12=>r12,14=>r14,16=>r16,18=>r18,20=>r20,22=>r22,24=>r24,26=>r26,28=>r28,30=>r30,32=>r32,34=>r34,36=>r36,38=>r38] count 20, pointer at 0, next key 39
typed property: 20
  [0=>r0,2=>r2,4=>r4,6=>r6,8=>r8,10=>r10,12=>r12,14=>r14,16=>r16,18=>r18,20=>r20,22=>r22,24=>r24,26=>r26,28=>r28,30=>r30,32=>r32,34=>r34,36=>r36,38=>r38] count 20, pointer at 0, next key 39
100 ready: 100
  [0=>b0,1=>b1,2=>b2,3=>b3,4=>b4,5=>b5,6=>b6,7=>b7,8=>b8,9=>b9,10=>b10,11=>b11,12=>b12,13=>b13,14=>b14,15=>b15,16=>b16,17=>b17,18=>b18,19=>b19,20=>b20,21=>b21,22=>b22,23=>b23,24=>b24,25=>b25,26=>b26,27=>b27,28=>b28,29=>b29,30=>b30,31=>b31,32=>b32,33=>b33,34=>b34,35=>b35,36=>b36,37=>b37,38=>b38,39=>b39,40=>b40,41=>b41,42=>b42,43=>b43,44=>b44,45=>b45,46=>b46,47=>b47,48=>b48,49=>b49,50=>b50,51=>b51,52=>b52,53=>b53,54=>b54,55=>b55,56=>b56,57=>b57,58=>b58,59=>b59,60=>b60,61=>b61,62=>b62,63=>b63,64=>b64,65=>b65,66=>b66,67=>b67,68=>b68,69=>b69,70=>b70,71=>b71,72=>b72,73=>b73,74=>b74,75=>b75,76=>b76,77=>b77,78=>b78,79=>b79,80=>b80,81=>b81,82=>b82,83=>b83,84=>b84,85=>b85,86=>b86,87=>b87,88=>b88,89=>b89,90=>b90,91=>b91,92=>b92,93=>b93,94=>b94,95=>b95,96=>b96,97=>b97,98=>b98,99=>b99] count 100, pointer at 0, next key 100
100 ready, one hole: 99
  [0=>b0,1=>b1,2=>b2,3=>b3,4=>b4,5=>b5,6=>b6,7=>b7,8=>b8,9=>b9,10=>b10,11=>b11,12=>b12,13=>b13,14=>b14,15=>b15,16=>b16,17=>b17,18=>b18,19=>b19,20=>b20,21=>b21,22=>b22,23=>b23,24=>b24,25=>b25,26=>b26,27=>b27,28=>b28,29=>b29,30=>b30,31=>b31,32=>b32,33=>b33,34=>b34,35=>b35,36=>b36,37=>b37,38=>b38,39=>b39,40=>b40,41=>b41,42=>b42,43=>b43,44=>b44,45=>b45,46=>b46,47=>b47,48=>b48,49=>b49,51=>b51,52=>b52,53=>b53,54=>b54,55=>b55,56=>b56,57=>b57,58=>b58,59=>b59,60=>b60,61=>b61,62=>b62,63=>b63,64=>b64,65=>b65,66=>b66,67=>b67,68=>b68,69=>b69,70=>b70,71=>b71,72=>b72,73=>b73,74=>b74,75=>b75,76=>b76,77=>b77,78=>b78,79=>b79,80=>b80,81=>b81,82=>b82,83=>b83,84=>b84,85=>b85,86=>b86,87=>b87,88=>b88,89=>b89,90=>b90,91=>b91,92=>b92,93=>b93,94=>b94,95=>b95,96=>b96,97=>b97,98=>b98,99=>b99] count 99, pointer at 0, next key 100
all ready, last unset: 99
  [0=>b0,1=>b1,2=>b2,3=>b3,4=>b4,5=>b5,6=>b6,7=>b7,8=>b8,9=>b9,10=>b10,11=>b11,12=>b12,13=>b13,14=>b14,15=>b15,16=>b16,17=>b17,18=>b18,19=>b19,20=>b20,21=>b21,22=>b22,23=>b23,24=>b24,25=>b25,26=>b26,27=>b27,28=>b28,29=>b29,30=>b30,31=>b31,32=>b32,33=>b33,34=>b34,35=>b35,36=>b36,37=>b37,38=>b38,39=>b39,40=>b40,41=>b41,42=>b42,43=>b43,44=>b44,45=>b45,46=>b46,47=>b47,48=>b48,49=>b49,50=>b50,51=>b51,52=>b52,53=>b53,54=>b54,55=>b55,56=>b56,57=>b57,58=>b58,59=>b59,60=>b60,61=>b61,62=>b62,63=>b63,64=>b64,65=>b65,66=>b66,67=>b67,68=>b68,69=>b69,70=>b70,71=>b71,72=>b72,73=>b73,74=>b74,75=>b75,76=>b76,77=>b77,78=>b78,79=>b79,80=>b80,81=>b81,82=>b82,83=>b83,84=>b84,85=>b85,86=>b86,87=>b87,88=>b88,89=>b89,90=>b90,91=>b91,92=>b92,93=>b93,94=>b94,95=>b95,96=>b96,97=>b97,98=>b98] count 99, pointer at 0, next key 99
all ready, popped: 100
  [0=>b0,1=>b1,2=>b2,3=>b3,4=>b4,5=>b5,6=>b6,7=>b7,8=>b8,9=>b9,10=>b10,11=>b11,12=>b12,13=>b13,14=>b14,15=>b15,16=>b16,17=>b17,18=>b18,19=>b19,20=>b20,21=>b21,22=>b22,23=>b23,24=>b24,25=>b25,26=>b26,27=>b27,28=>b28,29=>b29,30=>b30,31=>b31,32=>b32,33=>b33,34=>b34,35=>b35,36=>b36,37=>b37,38=>b38,39=>b39,40=>b40,41=>b41,42=>b42,43=>b43,44=>b44,45=>b45,46=>b46,47=>b47,48=>b48,49=>b49,50=>b50,51=>b51,52=>b52,53=>b53,54=>b54,55=>b55,56=>b56,57=>b57,58=>b58,59=>b59,60=>b60,61=>b61,62=>b62,63=>b63,64=>b64,65=>b65,66=>b66,67=>b67,68=>b68,69=>b69,70=>b70,71=>b71,72=>b72,73=>b73,74=>b74,75=>b75,76=>b76,77=>b77,78=>b78,79=>b79,80=>b80,81=>b81,82=>b82,83=>b83,84=>b84,85=>b85,86=>b86,87=>b87,88=>b88,89=>b89,90=>b90,91=>b91,92=>b92,93=>b93,94=>b94,95=>b95,96=>b96,97=>b97,98=>b98,99=>b99] count 100, pointer at 0, next key 100
all ready, a later key unset: 100
  [0=>b0,1=>b1,2=>b2,3=>b3,4=>b4,5=>b5,6=>b6,7=>b7,8=>b8,9=>b9,10=>b10,11=>b11,12=>b12,13=>b13,14=>b14,15=>b15,16=>b16,17=>b17,18=>b18,19=>b19,20=>b20,21=>b21,22=>b22,23=>b23,24=>b24,25=>b25,26=>b26,27=>b27,28=>b28,29=>b29,30=>b30,31=>b31,32=>b32,33=>b33,34=>b34,35=>b35,36=>b36,37=>b37,38=>b38,39=>b39,40=>b40,41=>b41,42=>b42,43=>b43,44=>b44,45=>b45,46=>b46,47=>b47,48=>b48,49=>b49,50=>b50,51=>b51,52=>b52,53=>b53,54=>b54,55=>b55,56=>b56,57=>b57,58=>b58,59=>b59,60=>b60,61=>b61,62=>b62,63=>b63,64=>b64,65=>b65,66=>b66,67=>b67,68=>b68,69=>b69,70=>b70,71=>b71,72=>b72,73=>b73,74=>b74,75=>b75,76=>b76,77=>b77,78=>b78,79=>b79,80=>b80,81=>b81,82=>b82,83=>b83,84=>b84,85=>b85,86=>b86,87=>b87,88=>b88,89=>b89,90=>b90,91=>b91,92=>b92,93=>b93,94=>b94,95=>b95,96=>b96,97=>b97,98=>b98,99=>b99] count 100, pointer at 0, next key 100
all ready, pointer at the end: 100
  [0=>b0,1=>b1,2=>b2,3=>b3,4=>b4,5=>b5,6=>b6,7=>b7,8=>b8,9=>b9,10=>b10,11=>b11,12=>b12,13=>b13,14=>b14,15=>b15,16=>b16,17=>b17,18=>b18,19=>b19,20=>b20,21=>b21,22=>b22,23=>b23,24=>b24,25=>b25,26=>b26,27=>b27,28=>b28,29=>b29,30=>b30,31=>b31,32=>b32,33=>b33,34=>b34,35=>b35,36=>b36,37=>b37,38=>b38,39=>b39,40=>b40,41=>b41,42=>b42,43=>b43,44=>b44,45=>b45,46=>b46,47=>b47,48=>b48,49=>b49,50=>b50,51=>b51,52=>b52,53=>b53,54=>b54,55=>b55,56=>b56,57=>b57,58=>b58,59=>b59,60=>b60,61=>b61,62=>b62,63=>b63,64=>b64,65=>b65,66=>b66,67=>b67,68=>b68,69=>b69,70=>b70,71=>b71,72=>b72,73=>b73,74=>b74,75=>b75,76=>b76,77=>b77,78=>b78,79=>b79,80=>b80,81=>b81,82=>b82,83=>b83,84=>b84,85=>b85,86=>b86,87=>b87,88=>b88,89=>b89,90=>b90,91=>b91,92=>b92,93=>b93,94=>b94,95=>b95,96=>b96,97=>b97,98=>b98,99=>b99] count 100, pointer at 0, next key 100
all ready, a reference: 2
  [0=>b0,1=>b1] count 2, pointer at 0, next key 2
bool(true)
all ready, shared: 100
  [0=>b0,1=>b1,2=>b2,3=>b3,4=>b4,5=>b5,6=>b6,7=>b7,8=>b8,9=>b9,10=>b10,11=>b11,12=>b12,13=>b13,14=>b14,15=>b15,16=>b16,17=>b17,18=>b18,19=>b19,20=>b20,21=>b21,22=>b22,23=>b23,24=>b24,25=>b25,26=>b26,27=>b27,28=>b28,29=>b29,30=>b30,31=>b31,32=>b32,33=>b33,34=>b34,35=>b35,36=>b36,37=>b37,38=>b38,39=>b39,40=>b40,41=>b41,42=>b42,43=>b43,44=>b44,45=>b45,46=>b46,47=>b47,48=>b48,49=>b49,50=>b50,51=>b51,52=>b52,53=>b53,54=>b54,55=>b55,56=>b56,57=>b57,58=>b58,59=>b59,60=>b60,61=>b61,62=>b62,63=>b63,64=>b64,65=>b65,66=>b66,67=>b67,68=>b68,69=>b69,70=>b70,71=>b71,72=>b72,73=>b73,74=>b74,75=>b75,76=>b76,77=>b77,78=>b78,79=>b79,80=>b80,81=>b81,82=>b82,83=>b83,84=>b84,85=>b85,86=>b86,87=>b87,88=>b88,89=>b89,90=>b90,91=>b91,92=>b92,93=>b93,94=>b94,95=>b95,96=>b96,97=>b97,98=>b98,99=>b99] count 100, pointer at 0, next key 100
int(100)
int(100)
int(100)
int(0)
one ready, read and write: 2
  [0=>b3] count 1, pointer at 0, next key 1
  [0=>b3] count 1, pointer at 0, next key 1
all ready, one variable for read and write: 4
  [0=>b3,1=>b4] count 2, pointer at 0, next key 2
all ready, typed property: 1
  [0=>b5] count 1, pointer at 0, next key 1
