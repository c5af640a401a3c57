#!/usr/bin/env bash
# Runs inside a root that has a Debian PHP CLI and nothing to build with
# (scripts/package copies it there with an archive and a test kit; it is not
# meant to run anywhere else: it installs into the system's PHP).
#   install-test.sh X.Y ARCHIVE VERSION
# Installs the archive as the README says (the .so into PHP's extension
# directory, the ini into mods-available, phpdismod sockets, phpenmod
# rust_sockets), checks `php --ri sockets`, then runs the PHP manual's
# examples and the phpt suite with the distribution's sockets.so and with
# rust_sockets.so, switching between them with phpenmod/phpdismod.
set -euo pipefail
V=$1 archive=$2 version=$3
php=php$V
cd "$(dirname "$0")"
fail() { echo "install test: $*" >&2; exit 1; }

for t in cargo rustc rustup clang gcc cc make "phpize$V" "php-config$V" phpize php-config; do
    if command -v "$t" >/dev/null; then fail "$t is installed: this is no system without build tools"; fi
done
if compgen -G "/usr/include/php*" >/dev/null; then fail "PHP's development files are installed"; fi
echo "no cargo, rustc, clang, gcc, cc, make, phpize or php-config; no /usr/include/php"

ext=$($php -r 'echo PHP_EXTENSION_DIR;')
mods=/etc/php/$V/mods-available

# The distribution's state first (an earlier run may have left ours enabled).
phpdismod -v "$V" rust_sockets 2>/dev/null || true
rm -f "$ext/rust_sockets.so" "$mods/rust_sockets.ini"
phpenmod -v "$V" sockets
# (grep reads the whole output: with pipefail, grep -q's early exit would fail php with SIGPIPE.)
impl_of() { if grep -qx "Implementation => rust_sockets" <<<"$($php --ri sockets)"; then echo rust; else echo native; fi; }
[ "$(impl_of)" = native ] || fail "rust_sockets is loaded before installing it"

# What the README says.
rm -rf unpacked && mkdir unpacked
tar -xzf "$archive" -C unpacked
echo "archive: $(cd unpacked && ls | tr '\n' ' ')"
install -m 0644 unpacked/rust_sockets.so "$ext/"
install -m 0644 unpacked/rust_sockets.ini "$mods/"
phpdismod -v "$V" sockets
phpenmod -v "$V" rust_sockets

info=$($php --ri sockets)
grep -qx "Implementation => rust_sockets" <<<"$info" || { printf '%s\n' "$info"; fail "php --ri sockets is not rust_sockets"; }
grep -qx "rust_sockets version => $version" <<<"$info" || { printf '%s\n' "$info"; fail "php --ri sockets is not version $version"; }
[ "$($php -r 'echo phpversion("sockets");')" = "$($php -r 'echo PHP_VERSION;')" ] || fail "phpversion('sockets') is not PHP's"
echo "php$V --ri sockets: Implementation => rust_sockets, rust_sockets version => $version ($($php -r 'echo PHP_VERSION;'))"

# use native|rust: enables one implementation the Debian way.
use() {
    if [ "$1" = rust ]; then
        phpdismod -v "$V" sockets && phpenmod -v "$V" rust_sockets
    else
        phpdismod -v "$V" rust_sockets && phpenmod -v "$V" sockets
    fi
    [ "$(impl_of)" = "$1" ] || fail "phpenmod left $(impl_of) enabled, not $1"
}

status=0
for ex in kit/examples/*.php; do
    use native; native=$($php "$ex" 2>&1) || status=1
    use rust; ours=$($php "$ex" 2>&1) || status=1
    # The fork example's parent and child print in either order.
    if [ "$(sort <<<"$ours")" = "$(sort <<<"$native")" ]; then
        echo "$(basename "$ex"): identical to the output with the distribution's sockets.so"
    else
        echo "$(basename "$ex"): DIFFERS"; echo "-- rust_sockets:"; printf '%s\n' "$ours"; echo "-- sockets.so:"; printf '%s\n' "$native"
        status=1
    fi
done

# The phpt suite with the system's configuration (no -n): the extension as
# enabled above, the others (posix, ffi) from conf.d.
for impl in native rust; do
    use "$impl"
    log=phpt-$impl.log
    NO_INTERACTION=1 TEST_PHP_EXECUTABLE=/usr/bin/$php \
        $php kit/run-tests.php -q -j2 --no-color --no-progress --show-diff kit/php-tests > "$log" 2>&1 || true
    grep -E "^(FAIL|BORK|LEAK)" "$log" || true
    p=$(sed -n 's/^Tests passed *: *\([0-9]*\).*/\1/p' "$log")
    f=$(sed -n 's/^Tests failed *: *\([0-9]*\).*/\1/p' "$log")
    s=$(sed -n 's/^Tests skipped *: *\([0-9]*\).*/\1/p' "$log")
    [ -n "$p" ] || { tail -n 30 "$log"; fail "run-tests.php did not finish ($impl)"; }
    echo "phpt suite, $impl: ${p} passed, ${f:-0} failed, ${s:-0} skipped"
    [ "${f:-0}" = 0 ] && [ "$p" -gt 0 ] || status=1
done
use rust
[ $status = 0 ] || fail "see above"
echo "install test passed: PHP $($php -r 'echo PHP_VERSION;'), $archive"
