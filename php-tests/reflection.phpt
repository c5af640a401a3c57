--TEST--
Reflection: the extension's name, version, functions and signatures
--EXTENSIONS--
sockets
--FILE--
<?php
var_dump(extension_loaded('sockets'), phpversion('sockets') === PHP_VERSION);
$ext = new ReflectionExtension('sockets');
var_dump($ext->getName(), $ext->getVersion() === PHP_VERSION, $ext->getClassNames(), $ext->getDependencies(), $ext->getINIEntries());
foreach (['socket_create_pair', 'socket_write', 'socket_read', 'socket_close', 'socket_last_error', 'socket_clear_error', 'socket_strerror'] as $f) {
    $r = new ReflectionFunction($f);
    echo $r;
    var_dump($r->getExtensionName(), $r->isInternal(), $r->getNumberOfParameters(), $r->getNumberOfRequiredParameters(),
             (string) $r->getReturnType(), $r->isVariadic(), $r->returnsReference(), $r->isDeprecated());
    foreach ($r->getParameters() as $p) {
        echo '  $', $p->getName(), ': type=', var_export((string) $p->getType(), true),
             ' byref=', var_export($p->isPassedByReference(), true),
             ' optional=', var_export($p->isOptional(), true),
             ' nullable=', var_export($p->allowsNull(), true),
             ' default=', $p->isDefaultValueAvailable() ? var_export($p->getDefaultValue(), true) . ' (' . $p->getDefaultValueConstantName() . ')' : '-',
             "\n";
    }
}
echo new ReflectionClass('Socket');
?>
--EXPECTF--
bool(true)
bool(true)
string(7) "sockets"
bool(true)
array(2) {
  [0]=>
  string(6) "Socket"
  [1]=>
  string(11) "AddressInfo"
}
array(0) {
}
array(0) {
}
Function [ <internal:sockets> function socket_create_pair ] {

  - Parameters [4] {
    Parameter #0 [ <required> int $domain ]
    Parameter #1 [ <required> int $type ]
    Parameter #2 [ <required> int $protocol ]
    Parameter #3 [ <required> &$pair ]
  }
  - Return [ bool ]
}
string(7) "sockets"
bool(true)
int(4)
int(4)
string(4) "bool"
bool(false)
bool(false)
bool(false)
  $domain: type='int' byref=false optional=false nullable=false default=-
  $type: type='int' byref=false optional=false nullable=false default=-
  $protocol: type='int' byref=false optional=false nullable=false default=-
  $pair: type='' byref=true optional=false nullable=true default=-
Function [ <internal:sockets> function socket_write ] {

  - Parameters [3] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> string $data ]
    Parameter #2 [ <optional> ?int $length = null ]
  }
  - Return [ int|false ]
}
string(7) "sockets"
bool(true)
int(3)
int(2)
string(9) "int|false"
bool(false)
bool(false)
bool(false)
  $socket: type='Socket' byref=false optional=false nullable=false default=-
  $data: type='string' byref=false optional=false nullable=false default=-
  $length: type='?int' byref=false optional=true nullable=true default=NULL ()
Function [ <internal:sockets> function socket_read ] {

  - Parameters [3] {
    Parameter #0 [ <required> Socket $socket ]
    Parameter #1 [ <required> int $length ]
    Parameter #2 [ <optional> int $mode = PHP_BINARY_READ ]
  }
  - Return [ string|false ]
}
string(7) "sockets"
bool(true)
int(3)
int(2)
string(12) "string|false"
bool(false)
bool(false)
bool(false)
  $socket: type='Socket' byref=false optional=false nullable=false default=-
  $length: type='int' byref=false optional=false nullable=false default=-
  $mode: type='int' byref=false optional=true nullable=false default=2 (PHP_BINARY_READ)
Function [ <internal:sockets> function socket_close ] {

  - Parameters [1] {
    Parameter #0 [ <required> Socket $socket ]
  }
  - Return [ void ]
}
string(7) "sockets"
bool(true)
int(1)
int(1)
string(4) "void"
bool(false)
bool(false)
bool(false)
  $socket: type='Socket' byref=false optional=false nullable=false default=-
Function [ <internal:sockets> function socket_last_error ] {

  - Parameters [1] {
    Parameter #0 [ <optional> ?Socket $socket = null ]
  }
  - Return [ int ]
}
string(7) "sockets"
bool(true)
int(1)
int(0)
string(3) "int"
bool(false)
bool(false)
bool(false)
  $socket: type='?Socket' byref=false optional=true nullable=true default=NULL ()
Function [ <internal:sockets> function socket_clear_error ] {

  - Parameters [1] {
    Parameter #0 [ <optional> ?Socket $socket = null ]
  }
  - Return [ void ]
}
string(7) "sockets"
bool(true)
int(1)
int(0)
string(4) "void"
bool(false)
bool(false)
bool(false)
  $socket: type='?Socket' byref=false optional=true nullable=true default=NULL ()
Function [ <internal:sockets> function socket_strerror ] {

  - Parameters [1] {
    Parameter #0 [ <required> int $error_code ]
  }
  - Return [ string ]
}
string(7) "sockets"
bool(true)
int(1)
int(1)
string(6) "string"
bool(false)
bool(false)
bool(false)
  $error_code: type='int' byref=false optional=false nullable=false default=-
Class [ <internal:sockets> final class Socket ] {

  - Constants [0] {
  }

  - Static properties [0] {
  }

  - Static methods [0] {
  }

  - Properties [0] {
  }

  - Methods [0] {
  }
}
