--TEST--
socket_create_pair(): what happens to the by-reference $pair
--EXTENSIONS--
sockets
--FILE--
<?php
function show($v) { echo is_array($v) ? 'array(' . count($v) . ') of ' . get_class($v[0]) : var_export($v, true), "\n"; }

// Undefined variable: created.
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $undef)); show($undef);
// An existing string, int and array: replaced.
$s = "string"; socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $s); show($s);
$arr = [1, 2, 3, 'x' => 4]; socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $arr); show($arr); var_dump(array_keys($arr));
// An array element, new or existing, and a nested one.
$a = ['keep' => 1]; socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $a['p']); show($a['p']); var_dump(array_keys($a));
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $a['deep']['er']); show($a['deep']['er']);
// An object property, declared or dynamic.
class Holder { public $p = 'old'; public ?array $typed = null; public int $int = 5; public array|int $union = 0;
               public static ?array $static = null; public iterable $it = []; public mixed $mixed = null; }
$h = new Holder;
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->p); show($h->p);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->typed); show($h->typed);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->union); show($h->union);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->it); show($h->it);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->mixed); show($h->mixed);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, Holder::$static); show(Holder::$static);
// A typed property that cannot hold an array: Zend's TypeError, $int intact.
try {
    var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->int));
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($h->int);
// A reference shared with another variable: both see the pair.
$x = 'x'; $y = &$x; socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $y); show($x);
// Via a reference in an array.
$r = ['a' => null]; $ref = &$r['a']; socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $ref); show($r['a']);
// A value with a destructor is released (once) when replaced.
class D { function __destruct() { echo "destructed\n"; } }
$d = new D; socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $d); show($d);
// Failure leaves $pair alone.
$keep = 'kept'; var_dump(@socket_create_pair(AF_INET, SOCK_STREAM, 0, $keep)); show($keep);
// A literal cannot be passed by reference.
try {
    eval('socket_create_pair(AF_UNIX, SOCK_STREAM, 0, [1]);');
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
// Passing the result of a function: a notice, and the pair is lost.
function f() { return null; }
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, f()));
// call_user_func cannot pass by reference: a warning, the call still runs.
var_dump(call_user_func('socket_create_pair', AF_UNIX, SOCK_STREAM, 0, $cuf)); var_dump($cuf);
var_dump(call_user_func_array('socket_create_pair', [AF_UNIX, SOCK_STREAM, 0, &$cufa])); show($cufa);
echo "done\n";
?>
--EXPECTF--
bool(true)
array(2) of Socket
array(2) of Socket
array(2) of Socket
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
array(2) of Socket
array(2) {
  [0]=>
  string(4) "keep"
  [1]=>
  string(1) "p"
}
array(2) of Socket
array(2) of Socket
array(2) of Socket
array(2) of Socket
array(2) of Socket
array(2) of Socket
array(2) of Socket
TypeError: Cannot assign array to reference held by property Holder::$int of type int
int(5)
array(2) of Socket
array(2) of Socket
destructed
array(2) of Socket
bool(false)
'kept'
Error: socket_create_pair(): Argument #4 ($pair) cannot be passed by reference

Notice: Only variables should be passed by reference in %s on line %d
bool(true)

Warning: Undefined variable $cuf in %s on line %d

Warning: socket_create_pair(): Argument #4 ($pair) must be passed by reference, value given in %s on line %d
bool(true)

Warning: Undefined variable $cuf in %s on line %d
NULL
bool(true)
array(2) of Socket
done
