# Shared by scripts/package: the release build of rust_sockets.so for the PHP
# that lib.sh chose, its checks, its archive for PIE, and the test that
# installs an archive into a PHP without any build tools. Source it after
# lib.sh; do not run it.

# ---- Names -------------------------------------------------------------------
# PIE's extension-name (composer.json): the archive's and the module's name.
EXT_NAME=rust_sockets
DIST=$ROOT/dist
PACKAGE_WORK=$ROOT/target/dist

# The release's version: Cargo.toml's, which `php --ri sockets` prints
# (CARGO_PKG_VERSION) and the archives carry.
crate_version() { sed -n 's/^version *= *"\([^"]*\)".*/\1/p' "$ROOT/Cargo.toml" | head -n 1; }

# The newest release of CHANGELOG.md: its first "## [X.Y.Z]" heading.
changelog_version() { sed -n 's/^## \[\([0-9][^]]*\)\].*/\1/p' "$ROOT/CHANGELOG.md" | head -n 1; }

# One version everywhere: Cargo.toml, CHANGELOG.md's newest release, and the
# git tag when HEAD carries one (PIE names the archive it looks for after the
# tag, as Packagist reports it). composer.json holds no "version": Packagist
# takes it from the tag, and `composer validate --strict` rejects the field.
check_versions() {
    local v c tag
    v=$(crate_version) c=$(changelog_version)
    [ -n "$v" ] || { echo "no version in Cargo.toml" >&2; return 1; }
    [ "$v" = "$c" ] || { echo "Cargo.toml says $v, CHANGELOG.md's newest release $c" >&2; return 1; }
    if grep -q '"version"' "$ROOT/composer.json"; then
        echo "composer.json has a \"version\": the git tag is the version there" >&2
        return 1
    fi
    tag=$(git -C "$ROOT" tag --points-at HEAD 2>/dev/null | grep -E '^v?[0-9]+\.[0-9]+' | head -n 1 || true)
    if [ -n "$tag" ] && [ "$tag" != "$v" ]; then
        echo "HEAD is tagged $tag but Cargo.toml says $v (tag releases as $v, without a v: PIE puts the tag into the archive name)" >&2
        return 1
    fi
    echo "version $v: Cargo.toml, CHANGELOG.md${tag:+, tag $tag}"
}

# PIE's name for the architecture: arm64 for `--arch arm64` (lib.sh's ARCH),
# else this machine's (`uname -m`). PIE names aarch64 Linux arm64 (its
# Platform\Architecture enum: x86, x86_64, arm64).
pie_arch() {
    [ "${ARCH:-}" = arm64 ] && { echo arm64; return; }
    case "$(uname -m)" in
        x86_64 | amd64) echo x86_64 ;;
        aarch64 | arm64) echo arm64 ;;
        *) echo "no PIE name known for architecture $(uname -m)" >&2; return 1 ;;
    esac
}

# The archive PIE looks for, for PHP MINOR (8.2), TS (nts|zts), DEBUG (""|debug):
# php_{extension-name}-{version}_php{X.Y}-{arch}-{os}-{libc}[-debug]-{nts|zts}.tgz,
# all lower case, the .so at its root (docs/testing.md says where in PIE).
archive_name() {
    local minor=$1 ts=$2 debug=$3 arch
    arch=$(pie_arch) || return 1
    printf 'php_%s-%s_php%s-%s-linux-glibc%s-%s.tgz\n' \
        "$EXT_NAME" "$(crate_version)" "$minor" "$arch" "${debug:+-debug}" "$ts"
}

# "X.Y nts|zts [debug]" of the PHP on PATH (lib.sh's choice).
php_facts() {
    php -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION, " ", PHP_ZTS ? "zts" : "nts", PHP_DEBUG ? " debug" : "", "\n";'
}

# ---- Portable binaries: the glibc floor ---------------------------------------
# Every archive must load with glibc 2.28 or later: Debian 10, Ubuntu 20.04,
# RHEL/Alma/Rocky 8, Amazon Linux 2023, and everything newer. A .so linked on
# the builder (Debian 12: 2.36; the sid chroot: 2.43) asks for the builder's newest
# versions of what it calls (fstat, fstat64 and stat64 became GLIBC_2.33
# symbols), so the release build links against an older glibc instead:
# Debian 11's libc6/libc6-dev (2.31), fetched from this machine's own mirror
# into a sysroot. Against it those calls go through libc_nonshared.a to
# __fxstat64@GLIBC_2.2.5 and friends. One symbol is then still above 2.28:
# Rust's standard library imports gettid (2.30) weakly and calls the
# gettid system call itself when the symbol is absent; the link redirects
# that weak import to a name no library defines (--wrap=gettid), so the
# fallback is taken everywhere and the .so needs no GLIBC_2.30. What is left
# (statx, 2.28, also weak) is at the floor. check_glibc verifies the outcome.
GLIBC_FLOOR=2.28
SYSROOT_SUITE=bullseye
SYSROOT=$ROOT/target/sysroot-$SYSROOT_SUITE
SYSROOT_DONE=$SYSROOT/.rust_sockets-sysroot

# Fetches libc6, libc6-dev and libgcc-s1 of $SYSROOT_SUITE with a private apt
# state (the machine's own apt configuration is not touched) and unpacks them.
sysroot_prepare() {
    [ -e "$SYSROOT_DONE" ] && return 0
    [ "$(pie_arch)" = x86_64 ] || { echo "the glibc sysroot is made for x86_64 only" >&2; return 1; }
    say "glibc sysroot: libc6, libc6-dev, libgcc-s1 of Debian $SYSROOT_SUITE (amd64)"
    debs_extract "$SYSROOT" "$ROOT/target/sysroot-apt" "$SYSROOT_SUITE" amd64 libc6 libc6-dev libgcc-s1 || return 1
    # The loader's path in libc.so's linker script, relative so that it stays
    # inside the sysroot.
    mkdir -p "$SYSROOT/lib64"
    ln -sfn ../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 "$SYSROOT/lib64/ld-linux-x86-64.so.2"
}

# rustc arguments for the final link only (cargo rustc -- ...): cc searches
# the sysroot's libraries and start files before its own multiarch ones.
sysroot_link_args() {
    local s=$SYSROOT lib=x86_64-linux-gnu
    printf '%s\n' -C "link-arg=--sysroot=$s" -C "link-arg=-B$s/usr/lib/$lib/" \
        -C "link-arg=-L$s/usr/lib/$lib" -C "link-arg=-L$s/lib/$lib" -C "link-arg=-Wl,--wrap=gettid"
}

# Every GLIBC_x.y version SO needs, one a line, lowest first.
glibc_versions() { objdump -T "$1" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/^GLIBC_//' | sort -uV; }

# Fails when SO needs a glibc symbol version above GLIBC_FLOOR (and says which).
check_glibc() {
    local so=$1 newest bad
    newest=$(glibc_versions "$so" | tail -n 1)
    bad=$(objdump -T "$so" | awk -v floor="$GLIBC_FLOOR" '
        function newer(a, b,   x, y, i, n) {
            n = split(a, x, "."); split(b, y, ".")
            for (i = 1; i <= 3; i++) { if ((x[i] + 0) != (y[i] + 0)) return (x[i] + 0) > (y[i] + 0) }
            return 0 }
        match($0, /GLIBC_[0-9][0-9.]*/) { v = substr($0, RSTART + 6, RLENGTH - 6); if (newer(v, floor)) print "  " $NF " (GLIBC_" v ")" }')
    if [ -n "$bad" ]; then
        echo "$(basename "$so") needs glibc symbols above the floor GLIBC_$GLIBC_FLOOR:" >&2
        printf '%s\n' "$bad" >&2
        return 1
    fi
    echo "glibc: needs $(glibc_versions "$so" | sed 's/^/GLIBC_/' | tr '\n' ' ')(newest GLIBC_$newest, floor GLIBC_$GLIBC_FLOOR)"
}

# The libraries SO links: the C library, its loader and libgcc_s (Rust's
# unwinder) only; anything else would have to be installed beside PHP.
check_needed() {
    local so=$1 lib bad=0
    while read -r lib; do
        case "$lib" in
            libc.so.6 | ld-linux-x86-64.so.2 | ld-linux-aarch64.so.1 | libgcc_s.so.1 | libm.so.6 | libdl.so.2 | libpthread.so.0 | librt.so.1 | libutil.so.1) ;;
            *) echo "$(basename "$so") links $lib, which a PHP system need not have" >&2; bad=1 ;;
        esac
    done < <(readelf -d "$so" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    [ $bad = 0 ] && echo "links: $(readelf -d "$so" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')"
    return $bad
}

# What PHP's loader and other extensions look up: get_module (dlsym at
# load), and the C API of php_sockets.h. Stripping must have kept them.
check_exports() {
    local so=$1 sym missing=0 exported
    exported=$(nm -D --defined-only "$so" | awk '{ print $NF }')
    for sym in get_module socket_ce socket_import_file_descriptor sockets_strerror; do
        grep -qx "$sym" <<<"$exported" || { echo "$(basename "$so") does not export $sym" >&2; missing=1; }
    done
    if readelf -S "$so" | grep -q '\.debug_'; then
        echo "$(basename "$so") still has debug sections" >&2; missing=1
    fi
    [ $missing = 0 ] && echo "exports get_module, socket_ce, socket_import_file_descriptor, sockets_strerror; no debug sections"
    return $missing
}

# glibc 2.31's own loader (the sysroot's) resolves every symbol version SO
# asks of the C library: what an older system's loader would do first.
check_old_loader() {
    local so=$1 s=$SYSROOT out
    out=$("$s/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" --library-path "$s/lib/x86_64-linux-gnu" --list "$so" 2>&1) || {
        echo "glibc $SYSROOT_SUITE's loader rejects $(basename "$so"):" >&2; printf '%s\n' "$out" >&2; return 1; }
    if grep -q "not found" <<<"$out"; then
        echo "glibc $SYSROOT_SUITE's loader rejects $(basename "$so"):" >&2; printf '%s\n' "$out" >&2; return 1
    fi
    echo "glibc $(sed -n 's/.*libc6_\([0-9.]*\)-.*/\1/p' "$SYSROOT_DONE")'s loader maps it and finds every version it needs"
}

# run-tests.php of the PHP on PATH: it ships with the PHP's development files
# (php8.X-dev), which the install test's PHP must not have, so the test kit
# carries a copy from here.
package_run_tests_php() {
    if declare -F run_tests_php >/dev/null; then run_tests_php; return; fi
    local f api
    api=$(php -n -r 'echo PHP_EXTENSION_DIR;' | grep -o '[0-9]\{8\}' | tail -n 1)
    for f in "$(php-config --prefix 2>/dev/null)/lib/php/$api/build/run-tests.php" "/usr/lib/php/$api/build/run-tests.php" \
        "$(php-config --prefix 2>/dev/null)/lib/php/build/run-tests.php"; do
        [ -f "$f" ] && { echo "$f"; return; }
    done
    echo "no run-tests.php found for $(command -v php)" >&2
    return 1
}

# ---- The release build of one PHP ---------------------------------------------
# Builds, strips and checks rust_sockets.so for the PHP on PATH, writes its
# archive into dist/ and a test kit (run-tests.php, this version's phpt suite,
# the examples) beside the build. Prints the archive's name last.
package_build() {
    setup_build
    [ -e "$SYSROOT_DONE" ] || sysroot_prepare
    local facts minor ts debug kind out so name stage link
    facts=$(php_facts)
    read -r minor ts debug <<<"$facts"
    kind=${RUST_SOCKETS_PHP:-$HOST_PHP}
    out=$PACKAGE_WORK/php-$kind
    so=$out/$EXT_NAME.so
    name=$(archive_name "$minor" "$ts" "$debug")
    mkdir -p "$out" "$DIST"
    say "release build for PHP $(php -n -r 'echo PHP_VERSION;') ($ts${debug:+, $debug}) against glibc $SYSROOT_SUITE's libraries"
    mapfile -t link < <(sysroot_link_args)
    (cd "$ROOT" && cargo rustc --release --locked --lib --quiet --target-dir "$out/cargo" -- "${link[@]}")
    # Debug information out (about 1.8 MB of 2.5), the symbol table kept:
    # a crash's backtrace still names the functions.
    strip --strip-debug -o "$so.tmp" "$out/cargo/release/lib$EXT_NAME.so" && mv -f "$so.tmp" "$so"
    echo "$EXT_NAME.so: $(stat -c %s "$so") bytes (unstripped $(stat -c %s "$out/cargo/release/lib$EXT_NAME.so"))"
    check_exports "$so"
    check_needed "$so"
    check_glibc "$so"
    check_old_loader "$so"
    local info
    info=$(php -n -d "extension=$so" --ri sockets)
    grep -qx "Implementation => rust_sockets" <<<"$info" || { printf '%s\n' "$info"; echo "the stripped .so does not load as rust_sockets" >&2; return 1; }
    grep -qx "rust_sockets version => $(crate_version)" <<<"$info" || {
        printf '%s\n' "$info"; echo "php --ri sockets does not say version $(crate_version)" >&2; return 1; }
    echo "php --ri sockets: rust_sockets version => $(crate_version)"

    package_archive "$so" "$name" "$out/stage"

    # What the install test needs from the build side.
    local kit=$out/kit
    rm -rf "$kit" && mkdir -p "$kit"
    cp "$(package_run_tests_php)" "$kit/run-tests.php"
    python3 "$ROOT/scripts/expectations.py" prepare "$ROOT/php-tests" "$kit/php-tests" "$minor"
    # What php.net's release of this version prints where Debian's build
    # prints something else (scripts/expectations.py), for the install test
    # in a PHP built from source.
    python3 "$ROOT/scripts/expectations.py" prepare "$ROOT/php-tests" "$kit/php-tests-src" "$minor-src"
    cp -r "$ROOT/examples" "$kit/examples"
    printf '%s\n' "$name" > "$out/archive"
    echo "archive: dist/$name"
}

# package_archive SO NAME STAGE: dist/NAME, the archive: the .so at its root
# (where PIE looks for {extension-name}.so), the ini for Debian's phpenmod,
# the licences. Reproducible: sorted names, no owners, the last commit's time.
package_archive() {
    local so=$1 name=$2 stage=$3
    rm -rf "$stage" && mkdir -p "$stage" "$DIST"
    install -m 0644 "$so" "$ROOT/rust_sockets.ini" "$ROOT/LICENSE-MIT" "$ROOT/LICENSE-APACHE" "$stage/"
    [ "$(basename "$so")" = "$EXT_NAME.so" ] || mv "$stage/$(basename "$so")" "$stage/$EXT_NAME.so"
    # The crates and the standard library compiled into the .so, with their
    # licence texts (MIT asks for its notice in copies of the software).
    (cd "$ROOT" && python3 scripts/third-party-licences.py) > "$stage/THIRD-PARTY-LICENSES"
    local epoch=${SOURCE_DATE_EPOCH:-}
    [ -n "$epoch" ] || epoch=$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)
    tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -C "$stage" \
        -cf - "$EXT_NAME.so" rust_sockets.ini LICENSE-MIT LICENSE-APACHE THIRD-PARTY-LICENSES \
        | gzip -9n > "$DIST/$name.tmp"
    mv -f "$DIST/$name.tmp" "$DIST/$name"
}

# ---- arm64 (aarch64) archives --------------------------------------------------
# package_build_arm64 X.Y: the release build for the arm64 PHP X.Y, cross-
# compiled against Debian 11's arm64 glibc (scripts/arm64 build --release,
# lib-arm64.sh: stripped, AArch64, no glibc symbol above 2.28), checked as
# the x86_64 ones are (exports, libraries, bullseye's own aarch64 loader run
# under qemu-user), loaded by that PHP in its arm64 root, and archived under
# PIE's arm64 name. Its test kit expects what PHP prints under qemu-user
# (php-tests/expect/X.Y-qemu), where its install test runs.
package_build_arm64() {
    local v=$1 out so name api root run_tests
    out=$PACKAGE_WORK/php-arm64-$v
    so=$out/$EXT_NAME.so
    root=$(arm64_root "$v") || return 1
    mkdir -p "$out"
    bash "$ROOT/scripts/arm64" build --php "$v" --release "$so" || return 1
    check_exports "$so"
    check_needed "$so"
    check_glibc "$so"
    local s=$ARM64_SYSROOT lo
    lo=$("$s/lib/aarch64-linux-gnu/ld-linux-aarch64.so.1" --library-path "$s/lib/aarch64-linux-gnu" --list "$so" 2>&1) \
        && ! grep -q "not found" <<<"$lo" || {
        echo "glibc $ARM64_SYSROOT_SUITE's aarch64 loader rejects $(basename "$so"):" >&2; printf '%s\n' "$lo" >&2; return 1; }
    echo "glibc $ARM64_SYSROOT_SUITE's aarch64 loader (under qemu-user) maps it and finds every version it needs"
    local info
    info=$(in_arm64_root "$root" "php$v" -n -d "extension=$so" --ri sockets)
    grep -qx "rust_sockets version => $(crate_version)" <<<"$info" || {
        printf '%s\n' "$info"; echo "arm64 PHP $v does not load $so as rust_sockets $(crate_version)" >&2; return 1; }
    echo "arm64 php$v --ri sockets: rust_sockets version => $(crate_version)"
    name=$(ARCH=arm64 archive_name "$v" nts "") || return 1
    package_archive "$so" "$name" "$out/stage"
    local kit=$out/kit
    rm -rf "$kit" && mkdir -p "$kit"
    api=$(in_arm64_root "$root" "php$v" -n -r 'echo basename(PHP_EXTENSION_DIR);')
    run_tests=$root/usr/lib/php/$api/build/run-tests.php
    [ -f "$run_tests" ] || { echo "no run-tests.php in $root for PHP $v" >&2; return 1; }
    cp "$run_tests" "$kit/run-tests.php"
    python3 "$ROOT/scripts/expectations.py" prepare "$ROOT/php-tests" "$kit/php-tests" "$v-qemu"
    cp -r "$ROOT/examples" "$kit/examples"
    printf '%s\n' "$name" > "$out/archive"
    echo "archive: dist/$name"
}

# ---- The install test: a PHP with no build tools ------------------------------
# Each archive is unpacked into a PHP that has no Rust, no C compiler and no
# PHP development files: a minimal Debian root made with debootstrap from this
# machine's mirror, holding only the PHP CLI packages (and what they pull in).
# Debian 12 (the machine's own release, its own suites) for its PHP, sid with
# experimental for the others; for a PHP built from php.net's source, Debian
# 12 with that PHP's runtime libraries and a copy of it without its
# development files. Kept beside scripts/chroot's root and reused; every
# test starts by putting back PHP's own sockets.so.
BARE_DIR=${CACHE_DIR:-$(dirname "$CHROOT_DIR")}
BARE_MARK=/etc/rust_sockets-bare

host_codename() { sed -n 's/^VERSION_CODENAME=//p' /etc/os-release | tr -d '"'; }

# The Debian suite whose packages hold PHP MINOR (nts).
bare_suite_for() {
    if [ "$1" = "$HOST_PHP" ]; then host_codename; else echo sid; fi
}

bare_packages() {
    local v
    if [ "$1" = sid ]; then
        for v in "${CHROOT_PHPS[@]}"; do echo "php$v-cli"; done
    else
        echo "php$HOST_PHP-cli"
    fi
}

# bare_run ROOT CMD...: CMD inside ROOT with /proc and /dev, nothing else of
# this machine (no checkout, no toolchain), a clean environment.
# An arm64 root (BARE_ARCH=arm64) runs under qemu-user, and says so to the
# tests (RUST_SOCKETS_EMULATOR, as lib-arm64.sh's roots do).
bare_run() {
    local root=$1; shift
    as_root unshare --mount --propagation private -- bash -c '
        set -e
        d=$1 emu=$2; shift 2
        mount -t proc proc "$d/proc"
        mount --rbind /dev "$d/dev"
        exec chroot "$d" /usr/bin/env -i HOME=/root LANG=C.UTF-8 ${emu:+RUST_SOCKETS_EMULATOR=$emu} \
            PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
    ' sh "$root" "$([ "${BARE_ARCH:-}" = arm64 ] && echo qemu-user)" "$@"
}

# bare_root NAME SUITE PACKAGES...: prints the root BARE_DIR/bare-NAME, a
# minbase SUITE with PACKAGES (no recommends), making it or adding packages
# when needed.
bare_root() {
    local name=$1 suite=$2 dir want mirror
    shift 2
    local pkgs=("$@")
    dir=$BARE_DIR/bare-$name
    want="packages: ${pkgs[*]}"
    if [ -e "$dir$BARE_MARK" ] && grep -qxF "$want" "$dir$BARE_MARK" && [ -e "$dir/etc/hosts" ]; then
        echo "$dir"; return
    fi
    [ "$(id -u)" = 0 ] || { echo "making $dir needs root (debootstrap, chroot)" >&2; return 1; }
    need_packages debootstrap
    [ "${BARE_ARCH:-}" != arm64 ] || arm64_binfmt >&2
    mkdir -p "$BARE_DIR"
    (
        flock 9
        if [ ! -e "$dir/etc/debian_version" ]; then
            mirror=$(debian_mirror)
            say "a root without build tools: debootstrap ${BARE_ARCH:+--arch=$BARE_ARCH }--variant=minbase $suite from $mirror"
            rm -rf "$dir.new"
            debootstrap ${BARE_ARCH:+--arch="$BARE_ARCH"} --variant=minbase "$suite" "$dir.new" "$mirror" >&2
            mv "$dir.new" "$dir"
        fi
        debian_sources "$suite" > "$dir/etc/apt/sources.list.d/debian.sources"
        rm -f "$dir/etc/apt/sources.list"
        cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
        # debootstrap writes no /etc/hosts; every installed system has localhost.
        printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' > "$dir/etc/hosts"
        local apt=(apt-get -o DPkg::Lock::Timeout=600 -o Acquire::Check-Valid-Until=false -q -y)
        say "installing in $dir: ${pkgs[*]} (no recommends)"
        bare_run "$dir" "${apt[@]}" update >&2
        bare_run "$dir" env DEBIAN_FRONTEND=noninteractive "${apt[@]}" install --no-install-recommends "${pkgs[@]}" >&2
        bare_run "$dir" apt-get clean
        { echo "rust_sockets install-test root (scripts/package): no build tools"; echo "$want"; } > "$dir$BARE_MARK"
    ) 9>"$dir.lock"
    echo "$dir"
}

# The Debian packages of the libraries the PHP of PREFIX and its shared
# extensions load (ldd), for a root that runs that PHP.
prefix_runtime_packages() {
    local prefix=$1 lib path cand pkg
    for lib in $(ldd "$prefix/bin/php" "$prefix"/lib/php/extensions/*/*.so 2>/dev/null | awk '/=> \// { print $3 }' | sort -u); do
        pkg=
        # dpkg knows a library by the path its package ships, /lib or /usr/lib.
        for path in "$lib" "$(readlink -f "$lib")"; do
            for cand in "$path" "${path#/usr}" "/usr$path"; do
                pkg=$(dpkg -S "$cand" 2>/dev/null | head -n 1 | cut -d: -f1) && [ -n "$pkg" ] && break 2
            done
        done
        [ -n "$pkg" ] || { echo "no Debian package holds $lib (needed by $prefix/bin/php)" >&2; return 1; }
        echo "$pkg"
    done | sort -u
}

# A PHP built from php.net's source (lib.sh's *-src kinds) for MINOR and TS,
# where those builds live.
src_php_prefix() { echo "$BARE_DIR/php-src/php$1-$2"; }

# The test kit (run-tests.php, the suite, the examples) of the build that
# made ARCHIVE.
kit_for() {
    local f
    for f in "$PACKAGE_WORK"/php-*/archive; do
        if [ -f "$f" ] && [ "$(cat "$f")" = "$1" ] && [ -d "$(dirname "$f")/kit" ]; then
            echo "$(dirname "$f")/kit"; return
        fi
    done
    echo "no test kit for $1: build it first (scripts/package build)" >&2
    return 1
}

# install_test_in ROOT ARCHIVE KIT MODE ARG: copies the archive, the kit and
# install-test.sh into ROOT and runs it there (MODE ARG: debian X.Y or
# prefix PHP).
install_test_in() {
    local root=$1 name=$2 kit=$3 dest start
    dest=$root/tmp/rust_sockets-install
    rm -rf "$dest" && mkdir -p "$dest"
    cp "$DIST/$name" "$dest/"
    cp -r "$kit" "$dest/kit"
    install -m 0755 "$ROOT/scripts/install-test.sh" "$dest/install-test.sh"
    start=$SECONDS
    bare_run "$root" bash /tmp/rust_sockets-install/install-test.sh "$4" "$5" "$name" "$(crate_version)" || return 1
    echo "install test of $name: $((SECONDS - start)) s"
}

# package_install_test ARCHIVE: the archive (in dist/) installed as the README
# says into a PHP that has no build tools, then the manual's examples and the
# phpt suite with PHP's own sockets.so and with ours. A non-thread-safe
# archive goes into Debian's PHP CLI packages; a thread-safe one (Debian has
# no thread-safe PHP CLI) into the ZTS PHP built from php.net's source.
package_install_test() {
    local name=$1 minor ts kit suite root
    minor=$(sed -n 's/^php_[a-z_]*-[^_]*_php\([0-9]*\.[0-9]*\)-.*/\1/p' <<<"$name")
    case "$name" in *-zts.tgz) ts=zts ;; *) ts=nts ;; esac
    kit=$(kit_for "$name") || return 1
    if [ "$ts" = zts ]; then
        package_install_test_prefix "$name" "$(src_php_prefix "$minor" zts)"
        return
    fi
    suite=$(bare_suite_for "$minor")
    local pkgs
    mapfile -t pkgs < <(bare_packages "$suite")
    case "$name" in
        *-arm64-*)
            # An arm64 Debian under qemu-user, with that PHP's CLI only.
            suite=$(arm64_suite "$minor") || return 1
            root=$(BARE_ARCH=arm64 bare_root "arm64-$suite" "$suite" "php$minor-cli") || return 1
            say "install test of $name: Debian $suite's arm64 php$minor-cli under qemu-user, no build tools"
            BARE_ARCH=arm64 install_test_in "$root" "$name" "$kit" debian "$minor"
            return ;;
    esac
    root=$(bare_root "$suite" "$suite" "${pkgs[@]}") || return 1
    say "install test of $name: Debian $suite's php$minor-cli, no build tools"
    install_test_in "$root" "$name" "$kit" debian "$minor"
}

# package_install_test_prefix ARCHIVE PREFIX: the same with a PHP built from
# php.net's source, installed at PREFIX: a Debian root with that PHP's
# runtime libraries only, and a copy of the PHP without its development
# files (include/, lib/php/build, phpize, php-config), enabled the way
# PHP.net's layout and the Docker images are: extension=rust_sockets in the
# ini scan directory.
package_install_test_prefix() {
    local name=$1 prefix=$2 kit root pkgs
    [ -x "$prefix/bin/php" ] || { echo "no PHP at $prefix (lib.sh's source builds make it)" >&2; return 1; }
    kit=$(kit_for "$name") || return 1
    mapfile -t pkgs < <(prefix_runtime_packages "$prefix")
    [ ${#pkgs[@]} -gt 0 ] || return 1
    root=$(bare_root "$(host_codename)-src" "$(host_codename)" "${pkgs[@]}") || return 1
    rm -rf "${root:?}$prefix"
    mkdir -p "$root$prefix"
    tar -C "$prefix" --exclude=./lib/php/build -cf - ./bin/php ./lib ./etc | tar -C "$root$prefix" -xf -
    say "install test of $name: $("$prefix/bin/php" -n -r 'echo PHP_VERSION, PHP_ZTS ? " ZTS" : " NTS";') from php.net's source ($prefix), no build tools"
    install_test_in "$root" "$name" "$kit" prefix "$prefix/bin/php"
}
