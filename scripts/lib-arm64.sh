# arm64 (aarch64) Linux on an x86_64 machine: `--arch arm64` (or
# RUST_SOCKETS_ARCH=arm64). Sourced by lib.sh; do not run it.
#
# rust_sockets.so is cross-compiled for aarch64 in the sid chroot (Debian's
# own rustc, which has the aarch64 standard library as a package; rustup's
# cannot fetch one here), against the headers of the arm64 PHP it is for.
# That PHP runs in an arm64 Debian root under qemu-user (binfmt_misc): Debian
# 12 for 8.2, sid with experimental for 8.4, 8.5 and 8.6, each with its own
# native sockets.so, the oracle there. A script given --arch arm64 builds
# first, on this machine, then re-runs itself in that root (same checkout,
# same arguments), where it finds the .so built and builds nothing.
# The roots are made by debootstrap from this machine's own mirror and kept
# in $CACHE_DIR/arm64-bookworm and $CACHE_DIR/arm64-sid.
# Emulation makes every timing there meaningless: correctness only.

ARCH=${RUST_SOCKETS_ARCH:-}
case "$ARCH" in
    "" | x86_64 | amd64) ARCH="" ;;
    arm64 | aarch64) ARCH=arm64 ;;
    *) echo "unknown architecture $ARCH (arm64, or none for this machine's)" >&2; exit 2 ;;
esac
# On an arm64 machine arm64 is the machine's own: nothing to emulate.
if [ "$ARCH" = arm64 ] && [ "$(uname -m)" = aarch64 ] && [ ! -e /etc/rust_sockets-arm64 ]; then ARCH=""; fi
export RUST_SOCKETS_ARCH=$ARCH

# The PHP builds tested on arm64: Debian's packages (no source builds).
ARM64_PHPS=(8.2 8.4 8.5 8.6)
[ -z "$ARCH" ] || TESTED_PHPS=("${ARM64_PHPS[@]}")
ARM64_MARK=/etc/rust_sockets-arm64
ARM64_RUST_TARGET=aarch64-unknown-linux-gnu

# Inside an arm64 root (the re-run): the .so was built before entering.
arm64_inside() { [ -e "$ARM64_MARK" ]; }

# The Debian suite whose arm64 packages hold PHP X.Y.
arm64_suite() {
    case "$1" in
        8.2) echo bookworm ;;
        8.4 | 8.5 | 8.6) echo sid ;;
        *) echo "no arm64 PHP $1 here (${ARM64_PHPS[*]})" >&2; return 1 ;;
    esac
}

arm64_root() { local s; s=$(arm64_suite "$1") && echo "$CACHE_DIR/arm64-$s"; }

# What an arm64 root holds: each PHP's CLI (its sockets.so, and the pcntl,
# posix and FFI the suites load) and headers (for the cross build's bindgen;
# run-tests.php, php-config); what the test scripts run (python3 for
# expectations.py, xz for php-src's tests' tarball, bc, ip for the fuzzer's
# network namespace, procps). No compiler, no PHPUnit (its scenarios are not
# run there): nothing is built in there, and every package costs minutes
# under emulation.
arm64_package_list() {
    local v
    for v in "${ARM64_PHPS[@]}"; do
        [ "$(arm64_suite "$v")" = "$1" ] || continue
        printf '%s\n' "php$v-cli" "php$v-dev"
    done
    printf '%s\n' python3 xz-utils bc iproute2 procps
}
arm64_packages_line() { echo "packages: $(arm64_package_list "$1" | tr '\n' ' ')"; }

# qemu-user for aarch64, registered with binfmt_misc with the F flag (the
# interpreter is opened once, so it runs inside any root).
arm64_binfmt() {
    local reg=/proc/sys/fs/binfmt_misc
    if [ ! -e "$reg/qemu-aarch64" ]; then
        need_packages qemu-user-static binfmt-support
        mountpoint -q "$reg" || as_root mount -t binfmt_misc binfmt_misc "$reg"
        [ -e "$reg/qemu-aarch64" ] || as_root update-binfmts --enable qemu-aarch64 >&2 || true
    fi
    grep -q '^flags:.*F' "$reg/qemu-aarch64" 2>/dev/null || {
        echo "qemu-aarch64 is not registered with binfmt_misc (flag F): see qemu-user-static, binfmt-support" >&2
        return 1
    }
}

# in_arm64_root ROOT CMD...: CMD inside ROOT (emulated), in this checkout
# (mounted at the same path), with /proc and /dev, in a mount namespace of
# its own as in_chroot_raw.
in_arm64_root() {
    local root=$1 cwd=$PWD; shift
    case "$cwd/" in "$ROOT"/*) ;; *) cwd=$ROOT ;; esac
    as_root unshare --mount --propagation private -- bash -c '
        set -e
        d=$1 cwd=$2 src=$3; shift 3
        mount -t proc proc "$d/proc"
        mount --rbind /dev "$d/dev"
        mkdir -p "$d$src" && mount --bind "$src" "$d$src"
        exec chroot "$d" /usr/bin/env -u CARGO_TARGET_DIR RUST_SOCKETS_EMULATOR=qemu-user \
            PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            bash -c "cd \"\$1\" && shift && exec \"\$@\"" sh "$cwd" "$@"
    ' sh "$root" "$cwd" "$ROOT" "$@"
}

arm64_apt() {
    local root=$1; shift
    in_arm64_root "$root" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 \
        -o Acquire::Check-Valid-Until=false -q -y "$@" >&2
}

# Makes the arm64 root of PHP X.Y when it is missing (debootstrap --arch arm64
# of its suite from this machine's mirror, under emulation: about three
# minutes, then the packages: three more), or gives it what this checkout's
# package list added. A lock serialises concurrent runs.
arm64_root_create() {
    local v=$1 suite dir
    suite=$(arm64_suite "$v") || return 1
    dir=$(arm64_root "$v")
    if [ -e "$dir$ARM64_MARK" ] && grep -qxF "$(arm64_packages_line "$suite")" "$dir$ARM64_MARK"; then return 0; fi
    [ "$(id -u)" = 0 ] || { echo "making the arm64 root $dir needs root (debootstrap, chroot, mounts)" >&2; return 1; }
    arm64_binfmt
    need_packages debootstrap
    mkdir -p "$CACHE_DIR"
    (
        flock 9
        grep -qxF "$(arm64_packages_line "$suite")" "$dir$ARM64_MARK" 2>/dev/null && exit 0
        local mirror start=$SECONDS pkgs
        mirror=$(debian_mirror)
        if [ ! -e "$dir/etc/debian_version" ]; then
            say "creating the arm64 $suite root in $dir from $mirror (debootstrap under emulation)"
            rm -rf "$dir.new"
            debootstrap --arch=arm64 --variant=minbase "$suite" "$dir.new" "$mirror" >&2
            mv "$dir.new" "$dir"
            say "debootstrap: $((SECONDS - start)) s"
        fi
        debian_sources "$suite" > "$dir/etc/apt/sources.list.d/debian.sources"
        rm -f "$dir/etc/apt/sources.list"
        cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
        # debootstrap writes no /etc/hosts; the tests resolve localhost.
        [ -s "$dir/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' > "$dir/etc/hosts"
        mapfile -t pkgs < <(arm64_package_list "$suite")
        say "installing in the arm64 $suite root: ${pkgs[*]}"
        arm64_apt "$dir" update
        arm64_apt "$dir" install --no-install-recommends "${pkgs[@]}"
        arm64_apt "$dir" clean
        { echo "rust_sockets arm64 root (scripts/arm64); mirror $mirror"; arm64_packages_line "$suite"; } > "$dir$ARM64_MARK"
        say "arm64 $suite root ready: $((SECONDS - start)) s"
    ) 9>"$dir.lock"
}

# ---- The cross build (in the sid chroot) --------------------------------------
# Debian's rustc and cargo with the aarch64 standard library, and GNU's
# aarch64 compiler and binutils (the C wrapper of ext-php-rs, the link), in
# the sid chroot beside its own packages: a marker of their own, so that a
# checkout that does not build for arm64 neither installs nor removes them.
ARM64_CROSS_MARK=/etc/rust_sockets-arm64-cross
arm64_cross_packages() { printf '%s\n' rustc cargo libstd-rust-dev:arm64 gcc-aarch64-linux-gnu; }
arm64_cross_line() { echo "packages: $(arm64_cross_packages | tr '\n' ' ')"; }

arm64_cross_ready() {
    chroot_create
    grep -qxF "$(arm64_cross_line)" "$CHROOT_DIR$ARM64_CROSS_MARK" 2>/dev/null && return 0
    (
        flock 9
        grep -qxF "$(arm64_cross_line)" "$CHROOT_DIR$ARM64_CROSS_MARK" 2>/dev/null && exit 0
        local pkgs start=$SECONDS
        mapfile -t pkgs < <(arm64_cross_packages)
        say "installing the aarch64 cross toolchain in the sid chroot: ${pkgs[*]}"
        in_chroot_raw dpkg --add-architecture arm64
        in_chroot_raw apt-get -o DPkg::Lock::Timeout=600 -o Acquire::Check-Valid-Until=false -q -y update >&2
        in_chroot_raw env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q -y \
            install --no-install-recommends "${pkgs[@]}" >&2
        arm64_cross_line > "$CHROOT_DIR$ARM64_CROSS_MARK"
        say "cross toolchain: $((SECONDS - start)) s"
    ) 9>"$CHROOT_DIR.lock"
}

# The C library every aarch64 build is compiled and linked against: Debian
# 11's (glibc 2.31), as the x86_64 release build's, so that the .so needs no
# glibc symbol version above GLIBC_2.28 and runs wherever an arm64 PHP of its
# version does (Debian 10 on). libc6, libc6-dev, linux-libc-dev and
# libgcc-s1 of bullseye, arm64, fetched from this machine's mirror with a
# private apt state and unpacked. The tests load this very linkage: what
# they pass is what ships.
ARM64_SYSROOT_SUITE=bullseye
ARM64_SYSROOT=$ROOT/target/arm64/sysroot-$ARM64_SYSROOT_SUITE
ARM64_GLIBC_FLOOR=2.28

arm64_sysroot_prepare() {
    [ -e "$ARM64_SYSROOT/.rust_sockets-sysroot" ] && return 0
    say "aarch64 sysroot: libc6, libc6-dev, linux-libc-dev, libgcc-s1 of Debian $ARM64_SYSROOT_SUITE (arm64)"
    debs_extract "$ARM64_SYSROOT" "$ROOT/target/arm64/sysroot-apt" "$ARM64_SYSROOT_SUITE" arm64 \
        libc6 libc6-dev linux-libc-dev libgcc-s1
}

# arm64_build X.Y [OUT.so]: cross-compiles rust_sockets.so (release profile)
# for the arm64 PHP X.Y into $TARGET/release/rust_sockets.so, where the test
# scripts load it in the arm64 root; with OUT.so, also a copy stripped of
# its debug information, as the release archives hold it. Makes the root,
# the toolchain and the sysroot first when missing.
arm64_build() {
    local v=$1 out=${2:-} root start=$SECONDS
    root=$(arm64_root "$v") || return 1
    arm64_root_create "$v"
    arm64_cross_ready
    arm64_sysroot_prepare
    # The crates, fetched here (the chroot's cargo builds offline).
    (cd "$ROOT" && cargo fetch --locked --quiet)
    say "cross-compiling rust_sockets.so for PHP $v on arm64 ($ARM64_RUST_TARGET, in the sid chroot)"
    RUST_SOCKETS_CHROOT_BINDS=$root in_chroot env RUST_SOCKETS_NO_REEXEC=1 RUST_SOCKETS_ARCH=arm64 \
        RUST_SOCKETS_PHP="$v" bash "$ROOT/scripts/arm64" build-inside ${out:+--strip}
    arm64_check_so "$RUST_SO"
    if [ -n "$out" ]; then
        arm64_check_so "$TARGET/release/rust_sockets-stripped.so"
        mkdir -p "$(dirname "$out")"
        cp -f "$TARGET/release/rust_sockets-stripped.so" "$out.tmp" && mv -f "$out.tmp" "$out"
        echo "release .so: $out ($(stat -c %s "$out") bytes)"
    fi
    say "arm64 build of PHP $v: $((SECONDS - start)) s"
}

# In the sid chroot: cargo for aarch64 against the arm64 PHP's headers.
# ext-php-rs's build script and ours ask `php` and `php-config`: wrappers
# run the arm64 PHP inside its root (emulated) and print its paths as seen
# from here. bindgen (clang) and the C compiler see the sysroot's C headers.
arm64_build_inside() {
    local strip=${1:-} v=$PHP_VERSION_WANTED root bin s=$ARM64_SYSROOT
    root=$(arm64_root "$v")
    [ -x "$root/usr/bin/php$v" ] || { echo "no arm64 PHP $v in $root" >&2; return 1; }
    bin=$TARGET/cross-bin
    mkdir -p "$bin"
    cat > "$bin/php-config" <<WRAP
#!/bin/sh
# php-config of the arm64 PHP $v in $root, paths as seen from outside it.
out=\$("$root/usr/bin/php-config$v" "\$@") || exit \$?
case "\$1" in
    --include-dir | --includes | --extension-dir | --prefix) printf '%s\n' "\$out" | sed 's#\(^\|-I\)/#\1$root/#g' ;;
    *) printf '%s\n' "\$out" ;;
esac
WRAP
    printf '#!/bin/sh\n# The arm64 PHP %s, run in its root (emulated).\nexec chroot "%s" /usr/bin/php%s "$@"\n' "$v" "$root" "$v" > "$bin/php"
    chmod +x "$bin/php" "$bin/php-config"
    local t=${ARM64_RUST_TARGET//-/_} T
    T=$(tr '[:lower:]' '[:upper:]' <<<"$t")
    # Only the final link of our crate sees these (cargo rustc): the
    # sysroot's C library and start files first; Rust's weak import of
    # gettid (GLIBC_2.30) redirected to a name nothing defines, so that the
    # standard library takes its own fallback (the system call), as in the
    # x86_64 release build.
    local link=(-C "link-arg=--sysroot=$s" -C "link-arg=-B$s/usr/lib/aarch64-linux-gnu/"
        -C "link-arg=-L$s/usr/lib/aarch64-linux-gnu" -C "link-arg=-L$s/lib/aarch64-linux-gnu"
        -C "link-arg=-Wl,--wrap=gettid")
    (
        cd "$ROOT"
        env PHP="$bin/php" PHP_CONFIG="$bin/php-config" RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc \
            "CARGO_TARGET_${T}_LINKER=aarch64-linux-gnu-gcc" \
            "CC_$t=aarch64-linux-gnu-gcc" "CFLAGS_$t=--sysroot=$s" "AR_$t=aarch64-linux-gnu-ar" \
            "BINDGEN_EXTRA_CLANG_ARGS_$t=--sysroot=$s" \
            /usr/bin/cargo rustc --release --locked --offline --lib --quiet \
            --target "$ARM64_RUST_TARGET" --target-dir "$TARGET/cargo" -- "${link[@]}"
    )
    local built=$TARGET/cargo/$ARM64_RUST_TARGET/release/librust_sockets.so
    mkdir -p "$TARGET/release"
    cp -f "$built" "$RUST_SO.tmp" && mv -f "$RUST_SO.tmp" "$RUST_SO"
    if [ "$strip" = --strip ]; then
        aarch64-linux-gnu-strip --strip-debug -o "$TARGET/release/rust_sockets-stripped.so" "$built"
    fi
}

# An AArch64 shared object that asks no glibc symbol version above the floor.
arm64_check_so() {
    local so=$1 bad
    readelf -h "$so" | grep -q 'Machine: *AArch64' || { echo "$so is not an AArch64 object" >&2; return 1; }
    bad=$(objdump -T "$so" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/^GLIBC_//' | sort -uV \
        | awk -v floor="$ARM64_GLIBC_FLOOR" '{ n = split($1, x, "."); split(floor, y, ".")
            for (i = 1; i <= 3; i++) { if ((x[i] + 0) != (y[i] + 0)) { if ((x[i] + 0) > (y[i] + 0)) print "GLIBC_" $1; break } } }')
    if [ -n "$bad" ]; then echo "$so needs glibc symbol versions above GLIBC_$ARM64_GLIBC_FLOOR: $bad" >&2; return 1; fi
    echo "$(basename "$so"): AArch64, glibc $(objdump -T "$so" | grep -o 'GLIBC_[0-9][0-9.]*' | sort -uV | tail -n 1) at most (floor GLIBC_$ARM64_GLIBC_FLOOR)"
}

# ---- Running a script on arm64 --------------------------------------------------
# A script given --arch arm64 (and --php X.Y, default 8.2): the build here,
# then the same script with the same arguments in the arm64 root, where
# setup_build and build (lib.sh) find the .so and build nothing.
arm64_enter() {
    local v=$PHP_VERSION_WANTED
    case " ${ARM64_PHPS[*]} " in *" $v "*) ;; *) echo "PHP $v is not tested on arm64 (${ARM64_PHPS[*]})" >&2; exit 2 ;; esac
    arm64_build "$v" >&2
    in_arm64_root "$(arm64_root "$v")" env RUST_SOCKETS_PHP="$v" RUST_SOCKETS_ARCH=arm64 \
        bash "$(cd "$(dirname "$0")" && pwd)/$(basename "$0")" "$@"
}

# Inside the arm64 root: nothing to install or build.
arm64_setup_build() {
    command -v php >/dev/null || { echo "no arm64 PHP $PHP_VERSION_WANTED in this root" >&2; exit 1; }
}
arm64_built() {
    [ -f "$RUST_SO" ] || { echo "$RUST_SO is missing: run the script with --arch arm64 from outside the arm64 root (it builds first)" >&2; return 1; }
    NATIVE_SO="$(php-config --extension-dir)/sockets.so"
}
