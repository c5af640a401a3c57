--TEST--
Socket: final, not constructible, not clonable, not serialisable, not comparable, no dynamic properties
--EXTENSIONS--
sockets
--FILE--
<?php
function attempt(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
attempt(fn() => new Socket());
attempt(fn() => new Socket(1, 2));
attempt(fn() => (new ReflectionClass('Socket'))->newInstanceWithoutConstructor());
attempt(fn() => (new ReflectionClass('Socket'))->newInstance());
attempt(fn() => clone $a);
attempt(fn() => serialize($a));
attempt(fn() => unserialize('O:6:"Socket":0:{}'));
attempt(fn() => $a == $b);
attempt(fn() => $a == $a);
attempt(fn() => $a === $a);
attempt(fn() => $a < $b);
attempt(fn() => $a <=> $a);
attempt(fn() => $a == 1);
attempt(function () use ($a) { $a->prop = 1; });
attempt(fn() => $a->prop);
attempt(fn() => isset($a->prop));
attempt(fn() => get_object_vars($a));
attempt(fn() => (array) $a);
attempt(fn() => json_encode($a));
attempt(fn() => var_export($a, true));
attempt(fn() => (string) $a);
attempt(fn() => (bool) $a);
attempt(fn() => $a instanceof Socket);
attempt(fn() => get_class($a));
attempt(fn() => spl_object_id($a) === spl_object_id($p[0]));
$r = new ReflectionClass('Socket');
var_dump($r->isFinal(), $r->isCloneable(), $r->isInstantiable(), $r->isInternal(), $r->getConstructor(),
         $r->getExtensionName(), $r->getParentClass(), $r->getInterfaceNames(), $r->getMethods(), $r->getProperties(),
         $r->isIterable(), $r->getAttributes());
$w = new WeakMap; $w[$a] = 'meta'; var_dump(count($w));
print_r($a); echo "\n";
var_dump($a);
// Last, as it is fatal:
eval('class MySocket extends Socket {}');
?>
--EXPECTF--
Error: Cannot directly construct Socket, use socket_create() instead
Error: Cannot directly construct Socket, use socket_create() instead
ReflectionException: Class Socket is an internal class marked as final that cannot be instantiated without invoking its constructor
Error: Cannot directly construct Socket, use socket_create() instead
Error: Trying to clone an uncloneable object of class Socket
Exception: Serialization of 'Socket' is not allowed
Exception: Unserialization of 'Socket' is not allowed
bool(false)
bool(true)
bool(true)
bool(false)
int(0)
bool(false)
Error: Cannot create dynamic property Socket::$prop

Warning: Undefined property: Socket::$prop in %s on line %d
NULL
bool(false)
array(0) {
}
array(0) {
}
string(2) "{}"
string(30) "\Socket::__set_state(array(
))"
Error: Object of class Socket could not be converted to string
bool(true)
bool(true)
string(6) "Socket"
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
NULL
string(7) "sockets"
bool(false)
array(0) {
}
array(0) {
}
array(0) {
}
bool(false)
array(0) {
}
int(1)
Socket Object
(
)

object(Socket)#1 (0) {
}

Fatal error: Class MySocket cannot extend final class Socket in %s on line %d
