--TEST--
socket_addrinfo_lookup(): hints checked from 8.5 (keys, int values, ranges, families; AF_UNSPEC from 8.6) and &$error_code (8.6)
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/helpers.inc';
function families(array|false $r): array|false
{
    return $r === false ? false : array_map(fn($a) => socket_addrinfo_explain($a)['ai_family'] . '/' . socket_addrinfo_explain($a)['ai_socktype'], $r);
}
$hints = [[], [1, 2], [5 => 1, 'ai_family' => AF_INET], ['ai_family' => AF_INET, 5 => 1], ['ai_bogus' => 1],
          ['ai_family' => AF_INET], ['ai_family' => AF_INET6], ['ai_family' => 0], ['ai_family' => AF_UNIX], ['ai_family' => 99],
          ['ai_family' => "2"], ['ai_family' => " 2"], ['ai_family' => "2abc"], ['ai_family' => "abc"], ['ai_family' => 2.0],
          ['ai_family' => 2.5], ['ai_family' => null], ['ai_family' => true], ['ai_family' => []], ['ai_family' => new stdClass],
          ['ai_socktype' => SOCK_DGRAM], ['ai_socktype' => -1], ['ai_socktype' => 2147483648], ['ai_flags' => AI_NUMERICHOST],
          ['ai_flags' => -1], ['ai_flags' => PHP_INT_MAX], ['ai_protocol' => 17], ['ai_protocol' => -1], ['ai_protocol' => PHP_INT_MIN],
          ['ai_flags' => -1, 'ai_family' => 99], ['ai_family' => 99, 'ai_flags' => -1], ['ai_flags' => "x", 'ai_bogus' => 1],
          ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM, 'ai_protocol' => 6, 'ai_flags' => AI_NUMERICHOST]];
foreach ($hints as $h) {
    outcome('hints ' . json_encode($h), fn() => families(socket_addrinfo_lookup('127.0.0.1', null, $h)));
}
$ref = ['ai_family' => AF_INET];
$r = &$ref['ai_family'];
outcome('hints with a reference', fn() => families(socket_addrinfo_lookup('127.0.0.1', null, $ref)));
if (PHP_VERSION_ID >= 80600) {
    foreach ([['no-such-host.invalid', null, ['ai_flags' => AI_NUMERICHOST]], ['127.0.0.1', 'no-such-service', []],
              ['127.0.0.1', null, ['ai_socktype' => 99]], ['127.0.0.1', null, []]] as [$host, $service, $h]) {
        $code = 'untouched';
        outcome("error_code $host " . json_encode($service), fn() => [families(socket_addrinfo_lookup($host, $service, $h, $code)), $code]);
    }
    $o = new class { public string $code = ''; };
    outcome('error_code into a typed property', fn() => [socket_addrinfo_lookup('no-such-host.invalid', null, ['ai_flags' => AI_NUMERICHOST], $o->code), $o->code]);
    $code = 'untouched';
    outcome('error_code after a ValueError', fn() => socket_addrinfo_lookup('127.0.0.1', null, ['ai_bogus' => 1], $code));
    var_dump($code);
    outcome('error_code omitted', fn() => socket_addrinfo_lookup('no-such-host.invalid', null, ['ai_flags' => AI_NUMERICHOST]));
    echo new ReflectionFunction('socket_addrinfo_lookup');
}
?>
--EXPECTF--
hints []: ["2\/1","2\/2","2\/3"] 0
hints [1,2]: ["2\/1","2\/2","2\/3"] 0
hints {"5":1,"ai_family":2}: ["2\/1","2\/2","2\/3"] 0
hints {"ai_family":2,"5":1}: ["2\/1","2\/2","2\/3"] 0
hints {"ai_bogus":1}: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
hints {"ai_family":2}: ["2\/1","2\/2","2\/3"] 0
hints {"ai_family":10}: false 0
hints {"ai_family":0}: ["2\/1","2\/2","2\/3"] 0
hints {"ai_family":1}: false 0
hints {"ai_family":99}: false 0
hints {"ai_family":"2"}: ["2\/1","2\/2","2\/3"] 0
hints {"ai_family":" 2"}: ["2\/1","2\/2","2\/3"] 0
hints {"ai_family":"2abc"}: ["2\/1","2\/2","2\/3"] 0
hints {"ai_family":"abc"}: ["2\/1","2\/2","2\/3"] 0
hints {"ai_family":2}: ["2\/1","2\/2","2\/3"] 0
hints {"ai_family":2.5}: ["2\/1","2\/2","2\/3"] 0
hints {"ai_family":null}: ["2\/1","2\/2","2\/3"] 0
hints {"ai_family":true}: false 0
hints {"ai_family":[]}: ["2\/1","2\/2","2\/3"] 0

Warning: Object of class stdClass could not be converted to int in %s on line %d
hints {"ai_family":{}}: false 0
hints {"ai_socktype":2}: ["2\/2"] 0
hints {"ai_socktype":-1}: false 0
hints {"ai_socktype":2147483648}: false 0
hints {"ai_flags":4}: ["2\/1","2\/2","2\/3"] 0
hints {"ai_flags":-1}: false 0
hints {"ai_flags":9223372036854775807}: false 0
hints {"ai_protocol":17}: ["2\/2"] 0
hints {"ai_protocol":-1}: ["2\/3"] 0
hints {"ai_protocol":-9223372036854775808}: ["2\/1","2\/2","2\/3"] 0
hints {"ai_flags":-1,"ai_family":99}: false 0
hints {"ai_family":99,"ai_flags":-1}: false 0
hints {"ai_flags":"x","ai_bogus":1}: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
hints {"ai_family":2,"ai_socktype":1,"ai_protocol":6,"ai_flags":4}: ["2\/1"] 0
hints with a reference: ["2\/1","2\/2","2\/3"] 0
