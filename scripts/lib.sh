# Shared by the scripts in this folder: set-up, build, and running PHP with
# exactly one sockets implementation. Source it; do not run it.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ROOT
PHP_VERSION_WANTED=8.2

say() { printf '\n== %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "need root to run: $*" >&2; return 1; fi
}

# Installs the Debian packages that are missing (apt-get update once first).
need_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    as_root apt-get update -q >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

# What building and running the examples needs.
setup_build() {
    need_packages "php${PHP_VERSION_WANTED}-cli" "php${PHP_VERSION_WANTED}-dev" libclang-dev clang pkg-config
    if ! command -v cargo >/dev/null; then
        [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
    fi
    command -v cargo >/dev/null || { echo "cargo not found: install Rust (rustup) first" >&2; exit 1; }
}

# What the test suite needs on top (PHPUnit and its extensions, valgrind).
setup_tests() {
    setup_build
    need_packages phpunit "php${PHP_VERSION_WANTED}-xml" "php${PHP_VERSION_WANTED}-mbstring"
}

NATIVE_SO="$(php-config --extension-dir 2>/dev/null || true)/sockets.so"
RUST_SO="$ROOT/target/release/rust_sockets.so"
export NATIVE_SO RUST_SO

# Builds the release extension as target/release/rust_sockets.so.
build() {
    say "building rust_sockets.so (release)"
    (cd "$ROOT" && cargo build --release --quiet)
    # Replaced by rename, never rewritten in place: running PHP processes
    # may have the old file mapped.
    cp -f "$ROOT/target/release/librust_sockets.so" "$RUST_SO.tmp" && mv -f "$RUST_SO.tmp" "$RUST_SO"
    NATIVE_SO="$(php-config --extension-dir)/sockets.so"
}

# The .so of an implementation: native | rust.
impl_so() {
    case "$1" in
        native) echo "$NATIVE_SO" ;;
        rust) echo "$RUST_SO" ;;
        *) echo "unknown implementation $1 (native|rust)" >&2; return 1 ;;
    esac
}

# An ini scan dir with Debian's CLI configuration minus its sockets.ini,
# plus the chosen implementation: PHP as a user has it, with one sockets.
ini_dir_for() {
    local impl=$1 dir so
    so=$(impl_so "$impl")
    dir="$ROOT/target/ini-$impl"
    rm -rf "$dir" && mkdir -p "$dir"
    for f in /etc/php/$PHP_VERSION_WANTED/cli/conf.d/*.ini; do
        [ -e "$f" ] || continue
        case "$(basename "$f")" in *sockets.ini) continue ;; esac
        cp "$f" "$dir/"
    done
    printf 'extension=%s\n' "$so" > "$dir/20-sockets.ini"
    echo "$dir"
}

# php_with native|rust ARGS...: php with that implementation only.
php_with() {
    local impl=$1; shift
    PHP_INI_SCAN_DIR=$(ini_dir_for "$impl") php "$@"
}
