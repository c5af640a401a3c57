#!/usr/bin/env bash
# Runs inside a root that has a PHP and nothing to build with (scripts/package
# copies it there with an archive and a test kit; it is not meant to run
# anywhere else: it installs into that root's PHP).
#   install-test.sh debian X.Y ARCHIVE VERSION   Debian's php X.Y packages
#   install-test.sh prefix PHP ARCHIVE VERSION   a PHP built from php.net's
#                                                source (PHP: its bin/php)
# Installs the archive as the README says: the .so into PHP's extension
# directory, then on Debian the ini into mods-available and `phpdismod
# sockets && phpenmod rust_sockets`; elsewhere `extension=rust_sockets` in
# PHP's ini scan directory, as docker-php-ext-enable writes it. Then checks
# `php --ri sockets` and runs the PHP manual's examples and the phpt suite
# with PHP's own sockets.so and with rust_sockets.so, switching between them
# the same way.
set -euo pipefail
mode=$1 archive=$3 version=$4
case "$mode" in
    debian) V=$2 php=php$2 ;;
    prefix) php=$2 V=$("$php" -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;') ;;
    *) echo "usage: install-test.sh debian X.Y|prefix PHP ARCHIVE VERSION" >&2; exit 2 ;;
esac
cd "$(dirname "$0")"
fail() { echo "install test: $*" >&2; exit 1; }

bin=$(dirname "$(command -v "$php")")
for t in cargo rustc rustup clang gcc cc make "phpize$V" "php-config$V" phpize php-config "$bin/phpize" "$bin/php-config"; do
    if command -v "$t" >/dev/null; then fail "$t is installed: this is no system without build tools"; fi
done
if compgen -G "/usr/include/php*" >/dev/null || [ -d "$bin/../include/php" ]; then
    fail "PHP's development files are installed"
fi
echo "no cargo, rustc, clang, gcc, cc, make, phpize or php-config; no PHP headers"

ext=$($php -r 'echo PHP_EXTENSION_DIR;')
mods=/etc/php/$V/mods-available
scan=$($php -r 'echo PHP_CONFIG_FILE_SCAN_DIR;')
[ "$mode" = debian ] || [ -n "$scan" ] || fail "$php has no ini scan directory"

# enable native|rust: one implementation, the way the README says.
enable() {
    if [ "$mode" = debian ]; then
        if [ "$1" = rust ]; then
            phpdismod -v "$V" sockets && phpenmod -v "$V" rust_sockets
        else
            phpdismod -v "$V" rust_sockets && phpenmod -v "$V" sockets
        fi
    else
        rm -f "$scan/docker-php-ext-sockets.ini" "$scan/docker-php-ext-rust_sockets.ini"
        if [ "$1" = rust ]; then
            echo "extension=rust_sockets" > "$scan/docker-php-ext-rust_sockets.ini"
        else
            echo "extension=sockets" > "$scan/docker-php-ext-sockets.ini"
        fi
    fi
}
# (grep reads the whole output: with pipefail, grep -q's early exit would fail php with SIGPIPE.)
impl_of() { if grep -qx "Implementation => rust_sockets" <<<"$($php --ri sockets)"; then echo rust; else echo native; fi; }
use() {
    enable "$1"
    [ "$(impl_of)" = "$1" ] || fail "enabling $1 left $(impl_of) loaded"
}

# PHP's own state first (an earlier run may have left ours installed).
if [ "$mode" = debian ]; then
    phpdismod -v "$V" rust_sockets 2>/dev/null || true
    rm -f "$mods/rust_sockets.ini"
else
    # Whatever ini loads either implementation goes; enable() writes its own.
    grep -lE '^[[:space:]]*extension[[:space:]]*=[[:space:]]*"?(rust_)?sockets(\.so)?"?[[:space:]]*$' "$scan"/*.ini 2>/dev/null \
        | xargs -r rm -f
fi
rm -f "$ext/rust_sockets.so"
use native

# What the README says.
rm -rf unpacked && mkdir unpacked
tar -xzf "$archive" -C unpacked
echo "archive: $(cd unpacked && echo *)"
install -m 0644 unpacked/rust_sockets.so "$ext/"
[ "$mode" = debian ] && install -m 0644 unpacked/rust_sockets.ini "$mods/"
use rust

info=$($php --ri sockets)
grep -qx "rust_sockets version => $version" <<<"$info" || { printf '%s\n' "$info"; fail "php --ri sockets is not version $version"; }
[ "$($php -r 'echo phpversion("sockets");')" = "$($php -r 'echo PHP_VERSION;')" ] || fail "phpversion('sockets') is not PHP's"
echo "$php --ri sockets: Implementation => rust_sockets, rust_sockets version => $version ($($php -r 'echo PHP_VERSION, PHP_ZTS ? " ZTS" : " NTS";'))"

status=0
for ex in kit/examples/*.php; do
    use native; native=$($php "$ex" 2>&1) || status=1
    use rust; ours=$($php "$ex" 2>&1) || status=1
    # The fork example's parent and child print in either order.
    if [ "$(sort <<<"$ours")" = "$(sort <<<"$native")" ]; then
        echo "$(basename "$ex"): identical to the output with PHP's sockets.so"
    else
        echo "$(basename "$ex"): DIFFERS"; echo "-- rust_sockets:"; printf '%s\n' "$ours"; echo "-- sockets.so:"; printf '%s\n' "$native"
        status=1
    fi
done

# The phpt suite with the system's configuration (no -n): the extension as
# enabled above, the others (posix, ffi) as that PHP has them. It must pass
# both ways, with Debian's expectations in Debian's PHP and with php.net's
# release's (kit/php-tests-src: a stream type without OpenSSL, the engine's
# messages at memory_limit) in a PHP built from source; and every test that
# passes with that PHP's sockets.so must pass with ours.
suite=kit/php-tests
[ "$mode" = prefix ] && suite=kit/php-tests-src
for impl in native rust; do
    use "$impl"
    log=phpt-$impl.log
    NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$(command -v "$php") \
        $php kit/run-tests.php -q -j2 --no-color --no-progress --show-diff "$suite" > "$log" 2>&1 || true
    grep -E "^(FAIL|BORK|LEAK)" "$log" || true
    p=$(sed -n 's/^Tests passed *: *\([0-9]*\).*/\1/p' "$log")
    f=$(sed -n 's/^Tests failed *: *\([0-9]*\).*/\1/p' "$log")
    s=$(sed -n 's/^Tests skipped *: *\([0-9]*\).*/\1/p' "$log")
    [ -n "$p" ] || { tail -n 30 "$log"; fail "run-tests.php did not finish ($impl)"; }
    echo "phpt suite, $impl: ${p} passed, ${f:-0} failed, ${s:-0} skipped"
    sed -n 's/^PASS .*\[\(.*\.phpt\)\] *$/\1/p' "$log" | sort > "passed-$impl.txt"
    if [ "$p" -eq 0 ]; then status=1; fi
    if [ "${f:-0}" != 0 ]; then status=1; fi
done
if [ "$mode" = prefix ]; then
    lost=$(comm -23 passed-native.txt passed-rust.txt)
    if [ -n "$lost" ]; then
        echo "passed with PHP's sockets.so, not with rust_sockets.so:"; printf '  %s\n' $lost; status=1
    else
        echo "every test that passes with this PHP's sockets.so passes with rust_sockets.so"
    fi
fi
use rust
[ $status = 0 ] || fail "see above"
echo "install test passed: PHP $($php -r 'echo PHP_VERSION;'), $archive"
