--TEST--
Arguments as traces show them (debug_backtrace() in a warning's handler, an exception's getTrace()): the values after the function converted its own copies
--DESCRIPTION--
Until 8.3 socket_set_option() converts its `$value` in place: to int for
integer options, to an array for SO_LINGER and SO_*TIMEO (whose fields then
become ints); the multicast options convert it too (IP_MULTICAST_TTL and
IPV6_MULTICAST_HOPS to int on every version, the loop flags to bool and the
MCAST_* groups to an array until 8.4). Parameter coercion (a string
parameter given an int) converts the argument on every version. The
caller's variables are not changed by any of it (except the fields of a
SO_LINGER/SO_*TIMEO array in the C extension of 8.2: see
socket_options_array_untouched.phpt).
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/engine.inc';

$u = fn() => socket_create(AF_UNIX, SOCK_DGRAM, 0);
step('SO_RCVTIMEO given an int', fn() => socket_set_option(socket_create(AF_INET, SOCK_STREAM, SOL_TCP), SOL_SOCKET, SO_RCVTIMEO, 5));
foreach (['"5"' => "5", 'null' => null, 'true' => true, '2.5' => 2.5, '[1]' => [1], 'an object' => new stdClass, '"x"' => 'x'] as $what => $value) {
    step("an integer option given $what (setsockopt failing)", fn() => socket_set_option($u(), SOL_SOCKET, 9999, $value));
}
step('socket_setopt() alias', fn() => socket_setopt($u(), 9999, 9999, "7"));
step('an integer option given "1" (setsockopt succeeding, then a warning)', function () use ($u) {
    return (function ($s) { $r = socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, "1"); trigger_error('after'); return $r; })($u());
});
foreach (['SO_LINGER' => SO_LINGER, 'SO_RCVTIMEO' => SO_RCVTIMEO, 'SO_SNDTIMEO' => SO_SNDTIMEO] as $name => $opt) {
    foreach (['5' => 5, 'null' => null, '"x"' => 'x'] as $what => $value) {
        step("$name given $what", fn() => socket_set_option($u(), 9999, $opt, $value));
    }
    // A new object each time: the C extension of 8.2 converts the fields in
    // the object's own property table.
    step("$name given an object", fn() => socket_set_option($u(), 9999, $opt, (object) array_map('strval', ['l_onoff' => 1, 'l_linger' => 2, 'sec' => 1, 'usec' => 2])));
    // Built afresh: the C extension of 8.2 converts the fields of the array
    // itself, which for a literal array is the literal in the compiled code.
    step("$name given an array of strings (setsockopt failing)", fn() => socket_set_option($u(), 9999, $opt, array_map('strval', ['l_onoff' => 1, 'l_linger' => 2, 'sec' => 3, 'usec' => 4, 'other' => 'x'])));
    step("$name given an array of ints", fn() => socket_set_option($u(), 9999, $opt, ['l_onoff' => 1, 'l_linger' => 2, 'sec' => 3, 'usec' => 4]));
}
$mcast = [
    'IP_MULTICAST_TTL' => [IPPROTO_IP, IP_MULTICAST_TTL], 'IP_MULTICAST_LOOP' => [IPPROTO_IP, IP_MULTICAST_LOOP],
    'IPV6_MULTICAST_HOPS' => [IPPROTO_IPV6, IPV6_MULTICAST_HOPS], 'IPV6_MULTICAST_LOOP' => [IPPROTO_IPV6, IPV6_MULTICAST_LOOP],
    'MCAST_JOIN_GROUP' => [IPPROTO_IP, MCAST_JOIN_GROUP], 'IP_MULTICAST_IF' => [IPPROTO_IP, IP_MULTICAST_IF],
    'IPV6_PKTINFO' => [IPPROTO_IPV6, IPV6_PKTINFO], 'IP_TTL' => [IPPROTO_IP, 2], 'IPV6_V6ONLY' => [IPPROTO_IPV6, 26],
];
foreach ($mcast as $name => [$level, $opt]) {
    foreach (['"3"' => "3", '"300"' => "300", '2.5' => 2.5, 'null' => null, 'an object' => (object) ['group' => '224.0.0.1', 'addr' => '::1']] as $what => $value) {
        step("$name given $what", fn() => socket_set_option($u(), $level, $opt, $value));
    }
}
step('TCP_CONGESTION and SO_BINDTODEVICE given an int', fn() => [
    socket_set_option($u(), SOL_TCP, TCP_CONGESTION, 5),
    socket_set_option($u(), SOL_SOCKET, SO_BINDTODEVICE, 5),
]);
step('socket_write() given an int and a numeric string', function () {
    $p = pair();
    socket_close($p[1]);
    return socket_write($p[0], 12345, "2");
});
step('socket_connect() and socket_bind() given ints', fn() => [
    socket_connect(socket_create(AF_INET, SOCK_STREAM, 0), 127001, "1"),
    socket_bind(socket_create(AF_INET, SOCK_STREAM, 0), 1921682, "80"),
]);
step('socket_sendto() given ints', fn() => socket_sendto(socket_create(AF_INET, SOCK_DGRAM, 0), 77, "2", "0", 999, "1"));
step('socket_send() on a closed socket', function () {
    $c = socket_create(AF_UNIX, SOCK_STREAM, 0);
    socket_close($c);
    return socket_send($c, 1.5, "3", "0");
});
step('socket_recv() failing: $data is null when the warning comes', function () {
    $b = 'old';
    return [socket_recv(socket_create(AF_INET, SOCK_STREAM, 0), $b, "5", "0"), $b];
});
step('socket_recvfrom() failing: the by-reference arguments untouched', function () {
    [$b, $a, $p] = ['old', 'old', 'old'];
    return [socket_recvfrom(socket_create(AF_INET, SOCK_STREAM, 0), $b, "5", "0", $a, $p), $b, $a, $p];
});
step('socket_getpeername() failing', function () {
    $a = 'old';
    return [socket_getpeername(socket_create(AF_INET, SOCK_DGRAM, 0), $a), $a];
});
step('socket_select() given a non-Socket element', function () {
    $r = [pair()[0], 'x'];
    $w = null;
    $e = null;
    return socket_select($r, $w, $e, "0");
});
step('socket_select() given a negative timeout', function () {
    $r = [pair()[0]];
    $w = null;
    $e = null;
    return socket_select($r, $w, $e, "0", -1);
});
step('socket_sendmsg() converting its message', fn() => socket_sendmsg(socket_create(AF_INET, SOCK_DGRAM, 0), ['iov' => [1, 2.5], 'name' => ['family' => '2', 'addr' => 127001, 'port' => '1']], "0"));
step('socket_sendmsg() given a bad control message', fn() => socket_sendmsg(pair()[0], ['iov' => ['a'], 'control' => [['level' => '1', 'type' => '1', 'data' => ['x']]]], "0"));
step('socket_recvmsg() given a bad message', function () {
    $p = pair(SOCK_DGRAM);
    socket_write($p[0], 'x');
    $m = ['buffer_size' => 'x', 'controllen' => '1'];
    return [socket_recvmsg($p[1], $m, "0"), $m];
});
// A received control message that does not fit the buffer: the old message
// is released before the warning; one that lives on (a literal, or an array
// held elsewhere too) is still in the variable then.
function passcred_pair(): array
{
    $p = pair(SOCK_DGRAM);
    socket_set_option($p[1], SOL_SOCKET, SO_PASSCRED, 1);
    socket_write($p[0], 'x');
    return $p;
}
step('socket_recvmsg() failing to convert what it received, into a literal', function () {
    $m = ['buffer_size' => 10, 'controllen' => 24];
    return [socket_recvmsg(passcred_pair()[1], $m, 0), $m];
});
step('socket_recvmsg() failing to convert what it received, into a shared array', function () {
    $m = ['buffer_size' => 10, 'controllen' => 24, 'o' => new Watched('element')];
    $keep = $m;
    return [socket_recvmsg(passcred_pair()[1], $m, 0), $m, $keep];
});
step('socket_cmsg_space() given a bad level', fn() => socket_cmsg_space("1", "9999", "1"));
step('socket_addrinfo_lookup() given ints', fn() => socket_addrinfo_lookup(127001, 80, ['ai_family' => "2", 'ai_socktype' => 1.0, 'bogus' => 1]));
step('socket_import_stream() given an int', fn() => socket_import_stream(5));
echo "done\n";
?>
--EXPECTF--
SO_RCVTIMEO given an int
  ValueError: socket_set_option(): Argument #4 ($value) must have key "sec" | socket_set_option[0=>Socket#4,1=>1,2=>20,3=>[0=>5]]
  next #6
an integer option given "5" (setsockopt failing)
  warning: socket_set_option(): Unable to set socket option [92]: Protocol not available | next #6 | socket_set_option[0=>Socket#3,1=>1,2=>9999,3=>5]
  => false
  next #3
an integer option given null (setsockopt failing)
  warning: socket_set_option(): Unable to set socket option [92]: Protocol not available | next #6 | socket_set_option[0=>Socket#3,1=>1,2=>9999,3=>0]
  => false
  next #3
an integer option given true (setsockopt failing)
  warning: socket_set_option(): Unable to set socket option [92]: Protocol not available | next #6 | socket_set_option[0=>Socket#3,1=>1,2=>9999,3=>1]
  => false
  next #3
an integer option given 2.5 (setsockopt failing)
  warning: socket_set_option(): Unable to set socket option [92]: Protocol not available | next #6 | socket_set_option[0=>Socket#3,1=>1,2=>9999,3=>2]
  => false
  next #3
an integer option given [1] (setsockopt failing)
  warning: socket_set_option(): Unable to set socket option [92]: Protocol not available | next #6 | socket_set_option[0=>Socket#3,1=>1,2=>9999,3=>1]
  => false
  next #3
an integer option given an object (setsockopt failing)
  warning: Object of class stdClass could not be converted to int | next #6 | socket_set_option[0=>Socket#3,1=>1,2=>9999,3=>stdClass#4]
  warning: socket_set_option(): Unable to set socket option [92]: Protocol not available | next #6 | socket_set_option[0=>Socket#3,1=>1,2=>9999,3=>1]
  => false
  next #3
an integer option given "x" (setsockopt failing)
  warning: socket_set_option(): Unable to set socket option [92]: Protocol not available | next #6 | socket_set_option[0=>Socket#3,1=>1,2=>9999,3=>0]
  => false
  next #3
socket_setopt() alias
  warning: socket_setopt(): Unable to set socket option [95]: Operation not supported | next #3 | socket_setopt[0=>Socket#5,1=>9999,2=>9999,3=>7]
  => false
  next #5
an integer option given "1" (setsockopt succeeding, then a warning)
  warning: after | next #6 | trigger_error[0=>'after']
  => true
  next #5
SO_LINGER given 5
  ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff" | socket_set_option[0=>Socket#5,1=>9999,2=>13,3=>[0=>5]]
  next #6
SO_LINGER given null
  ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff" | socket_set_option[0=>Socket#3,1=>9999,2=>13,3=>[]]
  next #6
SO_LINGER given "x"
  ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff" | socket_set_option[0=>Socket#4,1=>9999,2=>13,3=>[0=>'x']]
  next #6
SO_LINGER given an object
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>9999,2=>13,3=>['l_onoff'=>1,'l_linger'=>2,'sec'=>'1','usec'=>'2']]
  => false
  next #5
SO_LINGER given an array of strings (setsockopt failing)
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>9999,2=>13,3=>['l_onoff'=>1,'l_linger'=>2,'sec'=>'3','usec'=>'4','other'=>'x']]
  => false
  next #5
SO_LINGER given an array of ints
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>9999,2=>13,3=>['l_onoff'=>1,'l_linger'=>2,'sec'=>3,'usec'=>4]]
  => false
  next #5
SO_RCVTIMEO given 5
  ValueError: socket_set_option(): Argument #4 ($value) must have key "sec" | socket_set_option[0=>Socket#5,1=>9999,2=>20,3=>[0=>5]]
  next #6
SO_RCVTIMEO given null
  ValueError: socket_set_option(): Argument #4 ($value) must have key "sec" | socket_set_option[0=>Socket#3,1=>9999,2=>20,3=>[]]
  next #6
SO_RCVTIMEO given "x"
  ValueError: socket_set_option(): Argument #4 ($value) must have key "sec" | socket_set_option[0=>Socket#4,1=>9999,2=>20,3=>[0=>'x']]
  next #6
SO_RCVTIMEO given an object
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>9999,2=>20,3=>['l_onoff'=>'1','l_linger'=>'2','sec'=>1,'usec'=>2]]
  => false
  next #5
SO_RCVTIMEO given an array of strings (setsockopt failing)
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>9999,2=>20,3=>['l_onoff'=>'1','l_linger'=>'2','sec'=>3,'usec'=>4,'other'=>'x']]
  => false
  next #5
SO_RCVTIMEO given an array of ints
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>9999,2=>20,3=>['l_onoff'=>1,'l_linger'=>2,'sec'=>3,'usec'=>4]]
  => false
  next #5
SO_SNDTIMEO given 5
  ValueError: socket_set_option(): Argument #4 ($value) must have key "sec" | socket_set_option[0=>Socket#5,1=>9999,2=>21,3=>[0=>5]]
  next #6
SO_SNDTIMEO given null
  ValueError: socket_set_option(): Argument #4 ($value) must have key "sec" | socket_set_option[0=>Socket#3,1=>9999,2=>21,3=>[]]
  next #6
SO_SNDTIMEO given "x"
  ValueError: socket_set_option(): Argument #4 ($value) must have key "sec" | socket_set_option[0=>Socket#4,1=>9999,2=>21,3=>[0=>'x']]
  next #6
SO_SNDTIMEO given an object
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>9999,2=>21,3=>['l_onoff'=>'1','l_linger'=>'2','sec'=>1,'usec'=>2]]
  => false
  next #5
SO_SNDTIMEO given an array of strings (setsockopt failing)
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>9999,2=>21,3=>['l_onoff'=>'1','l_linger'=>'2','sec'=>3,'usec'=>4,'other'=>'x']]
  => false
  next #5
SO_SNDTIMEO given an array of ints
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>9999,2=>21,3=>['l_onoff'=>1,'l_linger'=>2,'sec'=>3,'usec'=>4]]
  => false
  next #5
IP_MULTICAST_TTL given "3"
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #6 | socket_set_option[0=>Socket#3,1=>0,2=>33,3=>3]
  => false
  next #3
IP_MULTICAST_TTL given "300"
  ValueError: socket_set_option(): Argument #4 ($value) must be between 0 and 255 | socket_set_option[0=>Socket#3,1=>0,2=>33,3=>300]
  next #7
IP_MULTICAST_TTL given 2.5
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #5 | socket_set_option[0=>Socket#6,1=>0,2=>33,3=>2]
  => false
  next #6
IP_MULTICAST_TTL given null
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #5 | socket_set_option[0=>Socket#6,1=>0,2=>33,3=>0]
  => false
  next #6
IP_MULTICAST_TTL given an object
  warning: Object of class stdClass could not be converted to int | next #5 | socket_set_option[0=>Socket#6,1=>0,2=>33,3=>stdClass#4]
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #5 | socket_set_option[0=>Socket#6,1=>0,2=>33,3=>1]
  => false
  next #6
IP_MULTICAST_LOOP given "3"
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #5 | socket_set_option[0=>Socket#6,1=>0,2=>34,3=>true]
  => false
  next #6
IP_MULTICAST_LOOP given "300"
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #5 | socket_set_option[0=>Socket#6,1=>0,2=>34,3=>true]
  => false
  next #6
IP_MULTICAST_LOOP given 2.5
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #5 | socket_set_option[0=>Socket#6,1=>0,2=>34,3=>true]
  => false
  next #6
IP_MULTICAST_LOOP given null
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #5 | socket_set_option[0=>Socket#6,1=>0,2=>34,3=>false]
  => false
  next #6
IP_MULTICAST_LOOP given an object
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #5 | socket_set_option[0=>Socket#6,1=>0,2=>34,3=>true]
  => false
  next #6
IPV6_MULTICAST_HOPS given "3"
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #5 | socket_set_option[0=>Socket#6,1=>41,2=>18,3=>3]
  => false
  next #6
IPV6_MULTICAST_HOPS given "300"
  ValueError: socket_set_option(): Argument #4 ($value) must be between -1 and 255 | socket_set_option[0=>Socket#6,1=>41,2=>18,3=>300]
  next #7
IPV6_MULTICAST_HOPS given 2.5
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>41,2=>18,3=>2]
  => false
  next #5
IPV6_MULTICAST_HOPS given null
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>41,2=>18,3=>0]
  => false
  next #5
IPV6_MULTICAST_HOPS given an object
  warning: Object of class stdClass could not be converted to int | next #3 | socket_set_option[0=>Socket#5,1=>41,2=>18,3=>stdClass#4]
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>41,2=>18,3=>1]
  => false
  next #5
IPV6_MULTICAST_LOOP given "3"
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>41,2=>19,3=>true]
  => false
  next #5
IPV6_MULTICAST_LOOP given "300"
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>41,2=>19,3=>true]
  => false
  next #5
IPV6_MULTICAST_LOOP given 2.5
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>41,2=>19,3=>true]
  => false
  next #5
IPV6_MULTICAST_LOOP given null
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>41,2=>19,3=>false]
  => false
  next #5
IPV6_MULTICAST_LOOP given an object
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #3 | socket_set_option[0=>Socket#5,1=>41,2=>19,3=>true]
  => false
  next #5
MCAST_JOIN_GROUP given "3"
  ValueError: No key "group" passed in optval | socket_set_option[0=>Socket#5,1=>0,2=>42,3=>[0=>'3']]
  next #7
MCAST_JOIN_GROUP given "300"
  ValueError: No key "group" passed in optval | socket_set_option[0=>Socket#3,1=>0,2=>42,3=>[0=>'300']]
  next #7
MCAST_JOIN_GROUP given 2.5
  ValueError: No key "group" passed in optval | socket_set_option[0=>Socket#6,1=>0,2=>42,3=>[0=>2.5]]
  next #7
MCAST_JOIN_GROUP given null
  ValueError: No key "group" passed in optval | socket_set_option[0=>Socket#5,1=>0,2=>42,3=>[]]
  next #7
MCAST_JOIN_GROUP given an object
  warning: socket_set_option(): IP address used in the context of an unexpected type of socket | next #6 | socket_set_option[0=>Socket#3,1=>0,2=>42,3=>['group'=>'224.0.0.1','addr'=>'::1']]
  => false
  next #3
IP_MULTICAST_IF given "3"
  warning: socket_set_option(): No interface with name "3" could be found | next #6 | socket_set_option[0=>Socket#3,1=>0,2=>32,3=>'3']
  => false
  next #3
IP_MULTICAST_IF given "300"
  warning: socket_set_option(): No interface with name "300" could be found | next #6 | socket_set_option[0=>Socket#3,1=>0,2=>32,3=>'300']
  => false
  next #3
IP_MULTICAST_IF given 2.5
  warning: socket_set_option(): No interface with name "2.5" could be found | next #6 | socket_set_option[0=>Socket#3,1=>0,2=>32,3=>2.5]
  => false
  next #3
IP_MULTICAST_IF given null
  warning: socket_set_option(): No interface with name "" could be found | next #6 | socket_set_option[0=>Socket#3,1=>0,2=>32,3=>NULL]
  => false
  next #3
IP_MULTICAST_IF given an object
  Error: Object of class stdClass could not be converted to string | socket_set_option[0=>Socket#3,1=>0,2=>32,3=>stdClass#5]
  next #7
IPV6_PKTINFO given "3"
  warning: socket_set_option(): error converting user data (path: in6_pktinfo): expected an array here | next #4 | socket_set_option[0=>Socket#6,1=>41,2=>50,3=>'3']
  => false
  next #6
IPV6_PKTINFO given "300"
  warning: socket_set_option(): error converting user data (path: in6_pktinfo): expected an array here | next #4 | socket_set_option[0=>Socket#6,1=>41,2=>50,3=>'300']
  => false
  next #6
IPV6_PKTINFO given 2.5
  warning: socket_set_option(): error converting user data (path: in6_pktinfo): expected an array here | next #4 | socket_set_option[0=>Socket#6,1=>41,2=>50,3=>2.5]
  => false
  next #6
IPV6_PKTINFO given null
  warning: socket_set_option(): error converting user data (path: in6_pktinfo): expected an array here | next #4 | socket_set_option[0=>Socket#6,1=>41,2=>50,3=>NULL]
  => false
  next #6
IPV6_PKTINFO given an object
  warning: socket_set_option(): error converting user data (path: in6_pktinfo): expected an array here | next #4 | socket_set_option[0=>Socket#6,1=>41,2=>50,3=>stdClass#3]
  => false
  next #6
IP_TTL given "3"
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #4 | socket_set_option[0=>Socket#6,1=>0,2=>2,3=>3]
  => false
  next #6
IP_TTL given "300"
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #4 | socket_set_option[0=>Socket#6,1=>0,2=>2,3=>300]
  => false
  next #6
IP_TTL given 2.5
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #4 | socket_set_option[0=>Socket#6,1=>0,2=>2,3=>2]
  => false
  next #6
IP_TTL given null
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #4 | socket_set_option[0=>Socket#6,1=>0,2=>2,3=>0]
  => false
  next #6
IP_TTL given an object
  warning: Object of class stdClass could not be converted to int | next #4 | socket_set_option[0=>Socket#6,1=>0,2=>2,3=>stdClass#5]
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #4 | socket_set_option[0=>Socket#6,1=>0,2=>2,3=>1]
  => false
  next #6
IPV6_V6ONLY given "3"
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #4 | socket_set_option[0=>Socket#6,1=>41,2=>26,3=>3]
  => false
  next #6
IPV6_V6ONLY given "300"
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #4 | socket_set_option[0=>Socket#6,1=>41,2=>26,3=>300]
  => false
  next #6
IPV6_V6ONLY given 2.5
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #4 | socket_set_option[0=>Socket#6,1=>41,2=>26,3=>2]
  => false
  next #6
IPV6_V6ONLY given null
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #4 | socket_set_option[0=>Socket#6,1=>41,2=>26,3=>0]
  => false
  next #6
IPV6_V6ONLY given an object
  warning: Object of class stdClass could not be converted to int | next #4 | socket_set_option[0=>Socket#6,1=>41,2=>26,3=>stdClass#3]
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #4 | socket_set_option[0=>Socket#6,1=>41,2=>26,3=>1]
  => false
  next #6
TCP_CONGESTION and SO_BINDTODEVICE given an int
  warning: socket_set_option(): Unable to set socket option [95]: Operation not supported | next #4 | socket_set_option[0=>Socket#6,1=>6,2=>13,3=>5]
  => [0=>false,1=>true]
  next #6
socket_write() given an int and a numeric string
  warning: socket_write(): unable to write to socket [32]: Broken pipe | next #7 | socket_write[0=>Socket#6,1=>'12345',2=>'2']
  => false
  next #4
socket_connect() and socket_bind() given ints
  warning: socket_bind(): Unable to bind address [99]: Cannot assign requested address | next #6 | socket_bind[0=>Socket#4,1=>'1921682',2=>'80']
  => [0=>true,1=>false]
  next #4
socket_sendto() given ints
  => 2
  next #4
socket_send() on a closed socket
  Error: socket_send(): Argument #1 ($socket) has already been closed | socket_send[0=>Socket#4,1=>'1.5',2=>'3',3=>'0']
  next #7
socket_recv() failing: $data is null when the warning comes
  warning: socket_recv(): Unable to read from socket [107]: Transport endpoint is not connected | next #5 | socket_recv[0=>Socket#6,1=>NULL,2=>'5',3=>'0']
  => [0=>false,1=>NULL]
  next #6
socket_recvfrom() failing: the by-reference arguments untouched
  warning: socket_recvfrom(): Unable to recvfrom [107]: Transport endpoint is not connected | next #5 | socket_recvfrom[0=>Socket#6,1=>'old',2=>'5',3=>'0',4=>'old',5=>'old']
  => [0=>false,1=>'old',2=>'old',3=>'old']
  next #6
socket_getpeername() failing
  warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected | next #5 | socket_getpeername[0=>Socket#6,1=>'old']
  => [0=>false,1=>'old']
  next #6
socket_select() given a non-Socket element
  TypeError: socket_select(): Argument #1 ($read) must only have elements of type Socket, string given | socket_select[0=>[0=>Socket#6,1=>'x'],1=>NULL,2=>NULL,3=>'0']
  next #7
socket_select() given a negative timeout
  warning: socket_select(): Unable to select [22]: Invalid argument | next #4 | socket_select[0=>[0=>Socket#5],1=>NULL,2=>NULL,3=>'0',4=>-1]
  => false
  next #5
socket_sendmsg() converting its message
  => 4
  next #5
socket_sendmsg() given a bad control message
  warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #1): expected a Socket object or a stream resource | next #4 | socket_sendmsg[0=>Socket#5,1=>['iov'=>[0=>'a'],'control'=>[0=>['level'=>...,'type'=>...,'data'=>...]]],2=>'0']
  => false
  next #5
socket_recvmsg() given a bad message
  warning: socket_recvmsg(): error converting user data (path: msghdr > buffer_size): expected an integer, but got a non numeric string (possibly from a converted object): 'x' | next #7 | socket_recvmsg[0=>Socket#4,1=>['buffer_size'=>'x','controllen'=>'1'],2=>'0']
  => [0=>false,1=>['buffer_size'=>'x','controllen'=>'1']]
  next #4
socket_recvmsg() failing to convert what it received, into a literal
  warning: socket_recvmsg(): error converting native data (path: msghdr > control > element #1 > data): the cmsghdr structure is unexpectedly small; expected a length of at least 28, but got 24 | next #4 | socket_recvmsg[0=>Socket#5,1=>['buffer_size'=>10,'controllen'=>24],2=>0]
  => [0=>1,1=>false]
  next #5
socket_recvmsg() failing to convert what it received, into a shared array
  warning: socket_recvmsg(): error converting native data (path: msghdr > control > element #1 > data): the cmsghdr structure is unexpectedly small; expected a length of at least 28, but got 24 | next #4 | socket_recvmsg[0=>Socket#7,1=>['buffer_size'=>10,'controllen'=>24,'o'=>Watched#5],2=>0]
  => [0=>1,1=>false,2=>['buffer_size'=>10,'controllen'=>24,'o'=>Watched#5]]
  next #7
  ~element (next #6)
socket_cmsg_space() given a bad level
  ValueError: Pair level 1 and/or type 9999 is not supported | socket_cmsg_space[0=>'1',1=>'9999',2=>'1']
  next #7
socket_addrinfo_lookup() given ints
  ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family" | socket_addrinfo_lookup[0=>'127001',1=>'80',2=>['ai_family'=>'2','ai_socktype'=>1.0,'bogus'=>1]]
  next #7
socket_import_stream() given an int
  TypeError: socket_import_stream(): Argument #1 ($stream) must be of type resource, int given | socket_import_stream[0=>5]
  next #7
done
