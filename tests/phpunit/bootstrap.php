<?php
// PHPUnit runs under one sockets implementation at a time (see
// scripts/test): RUST_SOCKETS_IMPL says which, NATIVE_SO and RUST_SO where
// both live, for the tests that start PHP processes of their own.
if (!extension_loaded('sockets')) {
    fwrite(STDERR, "the sockets extension is not loaded\n");
    exit(1);
}
require_once __DIR__ . '/SocketTestCase.php';
