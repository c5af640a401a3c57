# Shared by the scripts in this folder: set-up, build, and running PHP with
# exactly one sockets implementation. Source it; do not run it.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ROOT

say() { printf '\n== %s\n' "$*" >&2; }

# ---- Which PHP -------------------------------------------------------------
# Every script builds and runs against one PHP version: this machine's own
# (HOST_PHP, Debian 12's 8.2) unless its first arguments are `--php 8.X` or
# RUST_SOCKETS_PHP=8.X is set. The versions Debian 12 cannot install (8.4
# from sid, 8.5 and 8.6 from experimental) run inside the shared sid chroot
# (scripts/chroot): a script asked for one of them re-runs itself in there.
HOST_PHP=8.2
CHROOT_PHPS=(8.4 8.5 8.6)
TESTED_PHPS=("$HOST_PHP" "${CHROOT_PHPS[@]}")
if [ "${1:-}" = --php ]; then
    export RUST_SOCKETS_PHP=${2:?"--php needs a version (${TESTED_PHPS[*]})"}
    shift 2
fi
PHP_VERSION_WANTED=${RUST_SOCKETS_PHP:-$HOST_PHP}
case "$PHP_VERSION_WANTED" in 8.[0-9]) ;; *) echo "unknown PHP version $PHP_VERSION_WANTED (${TESTED_PHPS[*]})" >&2; exit 2 ;; esac

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
    as_root apt-get -o DPkg::Lock::Timeout=600 update -q >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q \
        --no-install-recommends "${missing[@]}" >&2
}

# ---- The sid chroot (PHP 8.4, 8.5, 8.6) ------------------------------------
# One chroot for every checkout, outside them all.
CHROOT_DIR=${RUST_SOCKETS_CHROOT:-/var/cache/rust_sockets/sid}
CHROOT_MARK=/etc/rust_sockets-chroot

# Each chroot version's CLI (with its native sockets.so) and headers, and
# what building and the test suite need.
chroot_package_list() {
    local v
    for v in "${CHROOT_PHPS[@]}"; do
        printf '%s\n' "php$v-cli" "php$v-dev" "php$v-xml" "php$v-mbstring"
    done
    printf '%s\n' clang libclang-dev gcc libc6-dev make pkg-config ca-certificates \
        phpunit valgrind bc python3 iproute2 procps composer
}

in_the_chroot() { [ -e "$CHROOT_MARK" ]; }

# The Debian archive this machine's own apt uses (deb822 sources first, then
# one-line sources), never a hard-coded host: the chroot is made from it.
debian_mirror() {
    local m=""
    if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
        m=$(awk 'BEGIN { RS = ""; FS = "\n" }
            { t = ""; u = ""; s = ""
              for (i = 1; i <= NF; i++) {
                  if ($i ~ /^Types:/) t = $i; else if ($i ~ /^URIs:/) u = $i; else if ($i ~ /^Suites:/) s = $i }
              if (t ~ /[: ]deb( |$)/ && s !~ /-security/ && u != "") {
                  sub(/^URIs:[ \t]*/, "", u); split(u, a, /[ \t]+/); print a[1]; exit } }' \
            /etc/apt/sources.list.d/*.sources)
    fi
    if [ -z "$m" ]; then
        m=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk '
            $1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z+]+:\/\//) { print $i; exit } }')
    fi
    [ -n "$m" ] || { echo "no Debian mirror found in this machine's apt sources" >&2; return 1; }
    echo "${m%/}"
}

# Makes the chroot when it is missing: debootstrap (minbase) of sid from this
# machine's mirror, sid and experimental sources, the packages above. About a
# minute; several checkouts may ask at once (a lock serialises them).
# The marker's second line lists the packages the chroot was given, so that a
# chroot made by an older checkout gets what this one added (apt, once).
chroot_packages_line() { echo "packages: $(chroot_package_list | tr '\n' ' ')"; }

chroot_create() {
    if [ -e "$CHROOT_DIR$CHROOT_MARK" ]; then
        grep -qxF "$(chroot_packages_line)" "$CHROOT_DIR$CHROOT_MARK" && return 0
        [ "$(id -u)" = 0 ] || return 0
        (
            flock 9
            grep -qxF "$(chroot_packages_line)" "$CHROOT_DIR$CHROOT_MARK" && exit 0
            chroot_packages install
            { head -n 1 "$CHROOT_DIR$CHROOT_MARK"; chroot_packages_line; } > "$CHROOT_DIR$CHROOT_MARK.new"
            mv "$CHROOT_DIR$CHROOT_MARK.new" "$CHROOT_DIR$CHROOT_MARK"
        ) 9>"$CHROOT_DIR.lock"
        return
    fi
    [ "$(id -u)" = 0 ] || { echo "making the chroot needs root (debootstrap, mounts)" >&2; return 1; }
    need_packages debootstrap
    mkdir -p "$(dirname "$CHROOT_DIR")"
    (
        flock 9
        [ -e "$CHROOT_DIR$CHROOT_MARK" ] && exit 0
        local mirror; mirror=$(debian_mirror)
        if [ ! -e "$CHROOT_DIR/etc/debian_version" ]; then
            say "creating the sid chroot in $CHROOT_DIR from $mirror"
            rm -rf "$CHROOT_DIR.new"
            debootstrap --variant=minbase sid "$CHROOT_DIR.new" "$mirror" >&2
            mv "$CHROOT_DIR.new" "$CHROOT_DIR"
        fi
        # Experimental's Release is often past its Valid-Until on mirrors
        # (the issue measured it): that check is off for it alone.
        cat > "$CHROOT_DIR/etc/apt/sources.list.d/debian.sources" <<SRC
Types: deb
URIs: $mirror
Suites: sid
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $mirror
Suites: experimental
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
Check-Valid-Until: no
SRC
        rm -f "$CHROOT_DIR/etc/apt/sources.list"
        cp -L /etc/resolv.conf "$CHROOT_DIR/etc/resolv.conf" 2>/dev/null || true
        chroot_packages install
        { echo "rust_sockets test chroot (scripts/chroot); mirror $mirror"; chroot_packages_line; } > "$CHROOT_DIR$CHROOT_MARK"
    ) 9>"$CHROOT_DIR.lock"
}

# apt-get install (or upgrade) the chroot's packages. Experimental has the
# lowest priority: apt takes a package from it only when sid has none
# (php8.5-*, php8.6-*), and their dependencies from it only when needed.
chroot_packages() {
    local pkgs; mapfile -t pkgs < <(chroot_package_list)
    local apt=(apt-get -o DPkg::Lock::Timeout=600 -o Acquire::Check-Valid-Until=false -q -y)
    say "installing in the chroot: ${pkgs[*]}"
    in_chroot_raw "${apt[@]}" update >&2
    if [ "${1:-install}" = upgrade ]; then in_chroot_raw env DEBIAN_FRONTEND=noninteractive "${apt[@]}" dist-upgrade >&2; fi
    in_chroot_raw env DEBIAN_FRONTEND=noninteractive "${apt[@]}" install --no-install-recommends "${pkgs[@]}" >&2
}

# in_chroot CMD...: runs CMD inside the chroot, in this checkout (mounted at
# the same path), with the Rust toolchain, /proc and /dev. The mounts live in
# a mount namespace of the command's own, so nothing stays mounted after it
# and concurrent runs do not see each other's mounts.
in_chroot() { chroot_create && in_chroot_raw "$@"; }

in_chroot_raw() {
    local cwd=$PWD
    case "$cwd/" in "$ROOT"/*) ;; *) cwd=$ROOT ;; esac
    as_root unshare --mount --propagation private -- bash -c '
        set -e
        d=$1 cwd=$2 cargo_home=$3 rustup_home=$4 root=$5; shift 5
        mount -t proc proc "$d/proc"
        mount --rbind /dev "$d/dev"
        for p in "$cargo_home" "$rustup_home" "$root"; do
            [ -d "$p" ] || continue
            mkdir -p "$d$p" && mount --bind "$p" "$d$p"
        done
        exec chroot "$d" /usr/bin/env \
            PATH="$cargo_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
            CARGO_HOME="$cargo_home" RUSTUP_HOME="$rustup_home" \
            bash -c "cd \"\$1\" && shift && exec \"\$@\"" sh "$cwd" "$@"
    ' sh "$CHROOT_DIR" "$cwd" "${CARGO_HOME:-$HOME/.cargo}" "${RUSTUP_HOME:-$HOME/.rustup}" "$ROOT" "$@"
}

# A PHP version this machine cannot install but the chroot holds.
php_needs_chroot() {
    local v=$1 c
    in_the_chroot && return 1
    [ -x "/usr/bin/php-config$v" ] && return 1
    for c in "${CHROOT_PHPS[@]}"; do [ "$c" = "$v" ] && return 0; done
    return 1
}

# A script asked for such a version re-runs itself in the chroot (same
# arguments, same checkout), making the chroot first when it is missing.
if [ -z "${RUST_SOCKETS_NO_REEXEC:-}" ] && php_needs_chroot "$PHP_VERSION_WANTED"; then
    in_chroot env RUST_SOCKETS_PHP="$PHP_VERSION_WANTED" \
        bash "$(cd "$(dirname "$0")" && pwd)/$(basename "$0")" "$@"
    exit $?
fi

# ---- Running the chosen PHP ------------------------------------------------
# `php`, `php-config` and `phpize` on PATH are the chosen version's (Debian
# installs them as php8.X, php-config8.X, ...), so every script and tool
# (ext-php-rs's build script included) sees one PHP. Cargo builds each
# version into a target directory of its own: target/ for the host's PHP,
# target/php8.X for the others.
if [ "$PHP_VERSION_WANTED" = "$HOST_PHP" ]; then TARGET=$ROOT/target; else TARGET=$ROOT/target/php$PHP_VERSION_WANTED; fi
export CARGO_TARGET_DIR=$TARGET
PHP_BIN_DIR=$TARGET/php-bin
mkdir -p "$PHP_BIN_DIR"
for tool in php php-config phpize; do
    ln -sfn "/usr/bin/$tool$PHP_VERSION_WANTED" "$PHP_BIN_DIR/$tool"
done
export PATH="$PHP_BIN_DIR:$PATH"
export PHP="$PHP_BIN_DIR/php" PHP_CONFIG="$PHP_BIN_DIR/php-config"
export TARGET PHP_VERSION_WANTED

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
RUST_SO="$TARGET/release/rust_sockets.so"
export NATIVE_SO RUST_SO

# Builds the release extension as $TARGET/release/rust_sockets.so.
build() {
    say "building rust_sockets.so (release) for PHP $PHP_VERSION_WANTED"
    (cd "$ROOT" && cargo build --release --quiet)
    # Replaced by rename, never rewritten in place: running PHP processes
    # may have the old file mapped.
    cp -f "$TARGET/release/librust_sockets.so" "$RUST_SO.tmp" && mv -f "$RUST_SO.tmp" "$RUST_SO"
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

# The phpt suite as this version runs it: php-tests/ itself for the host's
# PHP, otherwise a copy in $TARGET/php-tests with each test's expectation for
# this version (php-tests/expect/, see scripts/expectations.py). Prints it.
phpt_dir() {
    if [ "$PHP_VERSION_WANTED" = "$HOST_PHP" ]; then
        echo "$ROOT/php-tests"
        return
    fi
    python3 "$ROOT/scripts/expectations.py" prepare "$ROOT/php-tests" "$TARGET/php-tests" "$PHP_VERSION_WANTED"
    echo "$TARGET/php-tests"
}

# FILES... under php-tests/ as paths in the suite phpt_dir prepared ($1).
phpt_files() {
    local dir=$1 f; shift
    for f in "$@"; do
        f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
        case "$f" in "$ROOT/php-tests/"*) f=$dir/${f#"$ROOT/php-tests/"} ;; esac
        printf '%s\n' "$f"
    done
}

# An ini scan dir with Debian's CLI configuration minus its sockets.ini,
# plus the chosen implementation: PHP as a user has it, with one sockets.
ini_dir_for() {
    local impl=$1 dir so
    so=$(impl_so "$impl")
    dir="$TARGET/ini-$impl"
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
