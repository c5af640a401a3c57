# Shared by the scripts in this folder: set-up, build, and running PHP with
# exactly one sockets implementation. Source it; do not run it.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ROOT

say() { printf '\n== %s\n' "$*" >&2; }

# ---- Which PHP -------------------------------------------------------------
# Every script builds and runs against one PHP: this machine's own (HOST_PHP,
# Debian 12's 8.2) unless its first arguments are `--php BUILD` or
# RUST_SOCKETS_PHP=BUILD is set. A BUILD is either a Debian package's
# version: 8.4 from sid, 8.5 and 8.6 from experimental, which Debian 12
# cannot install and which run inside the shared sid chroot (scripts/chroot;
# a script asked for one of them re-runs itself in there), or a PHP built
# here from php.net's source (SOURCE_PHPS, see "PHP built from source"
# below): 8.2-nts-src (non-thread-safe) and 8.2-zts-src (thread-safe, ZTS),
# built on this machine by scripts/phpsrc when first needed.
HOST_PHP=8.2
CHROOT_PHPS=(8.4 8.5 8.6)
SOURCE_PHPS=(8.2-nts-src 8.2-zts-src)
TESTED_PHPS=("$HOST_PHP" "${CHROOT_PHPS[@]}" "${SOURCE_PHPS[@]}")
# `--arch arm64` (either order with --php): that PHP on arm64, see
# lib-arm64.sh.
while :; do
    case "${1:-}" in
        --php) export RUST_SOCKETS_PHP=${2:?"--php needs a version (${TESTED_PHPS[*]})"}; shift 2 ;;
        --arch) export RUST_SOCKETS_ARCH=${2:?"--arch needs an architecture (arm64)"}; shift 2 ;;
        *) break ;;
    esac
done
PHP_VERSION_WANTED=${RUST_SOCKETS_PHP:-$HOST_PHP}
case "$PHP_VERSION_WANTED" in 8.[0-9] | 8.[0-9]-nts-src | 8.[0-9]-zts-src) ;; *) echo "unknown PHP build $PHP_VERSION_WANTED (${TESTED_PHPS[*]})" >&2; exit 2 ;; esac
# The PHP minor version (8.2 for 8.2-zts-src): what build.rs, the version
# differences and the per-version expectations key on.
PHP_MINOR=${PHP_VERSION_WANTED%%-*}
# A build from source: nts or zts; empty for Debian's packages.
PHP_SOURCE_KIND=""
case "$PHP_VERSION_WANTED" in *-src) PHP_SOURCE_KIND=${PHP_VERSION_WANTED#*-}; PHP_SOURCE_KIND=${PHP_SOURCE_KIND%-src} ;; esac
export PHP_MINOR PHP_SOURCE_KIND

# Shared by every checkout, outside them all: the sid chroot and the PHPs
# built from source (root's /var/cache/rust_sockets, else the user's cache).
if [ -n "${RUST_SOCKETS_CACHE:-}" ]; then CACHE_DIR=$RUST_SOCKETS_CACHE
elif [ "$(id -u)" = 0 ] || [ -w /var/cache/rust_sockets ]; then CACHE_DIR=/var/cache/rust_sockets
else CACHE_DIR=${XDG_CACHE_HOME:-$HOME/.cache}/rust_sockets; fi
export RUST_SOCKETS_CACHE=$CACHE_DIR

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
CHROOT_DIR=${RUST_SOCKETS_CHROOT:-$CACHE_DIR/sid}
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

# debian_sources SUITE: deb822 stanzas for a root of SUITE (the bare
# install-test roots, the arm64 roots): the machine's own Debian stanzas for its own
# release (its updates and security suites included), or sid + experimental
# on the machine's mirror.
debian_sources() {
    local suite=$1 mirror
    if [ "$suite" = sid ]; then
        mirror=$(debian_mirror) || return 1
        printf 'Types: deb\nURIs: %s\nSuites: sid\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\n' "$mirror"
        printf 'Types: deb\nURIs: %s\nSuites: experimental\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\nCheck-Valid-Until: no\n' "$mirror"
        return
    fi
    python3 - "$suite" <<'PY'
import glob, re, sys
suite = sys.argv[1]
out = []
for f in sorted(glob.glob('/etc/apt/sources.list.d/*.sources')):
    for block in re.split(r'\n\s*\n', open(f).read()):
        fields = dict(re.findall(r'^([A-Za-z-]+):[ \t]*(.*)$', block, re.M))
        suites = [s for s in fields.get('Suites', '').split() if s == suite or s.startswith(suite + '-')]
        if 'deb' in fields.get('Types', '').split() and suites and fields.get('Enabled', 'yes') != 'no':
            out.append('Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
                       % (fields['URIs'].split()[0], ' '.join(suites)))
for f in ['/etc/apt/sources.list'] + sorted(glob.glob('/etc/apt/sources.list.d/*.list')):
    try:
        lines = open(f).read().splitlines()
    except OSError:
        continue
    for line in lines:
        m = re.match(r'^\s*deb\s+(\[[^\]]*\]\s+)?(\S+)\s+(\S+)\s', line)
        if m and (m.group(3) == suite or m.group(3).startswith(suite + '-')):
            out.append('Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
                       % (m.group(2), m.group(3)))
print('\n'.join(out), end='')
PY
}

# debs_extract DEST WORK SUITE ARCH PKG...: downloads PKGs of Debian SUITE
# for ARCH from this machine's mirror with a private apt state in WORK (the
# machine's own apt untouched), unpacks them into DEST and lists the .debs
# in DEST/.rust_sockets-sysroot. The glibc sysroots the release builds link
# against (x86_64 and arm64) are made this way.
debs_extract() {
    local dest=$1 work=$2 suite=$3 arch=$4 mirror deb
    shift 4
    mirror=$(debian_mirror) || return 1
    rm -rf "$dest" "$work"
    mkdir -p "$work/lists/partial" "$work/archives/partial" "$work/debs"
    printf 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s %s main\n' \
        "$mirror" "$suite" > "$work/sources.list"
    local apt=(apt-get -q -o Dir::Etc::SourceList="$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
        -o Dir::State::Lists="$work/lists" -o Dir::State::status=/dev/null
        -o Dir::Cache::archives="$work/archives" -o Debug::NoLocking=1 -o APT::Sandbox::User=root
        -o APT::Architecture="$arch" -o APT::Architectures::="$arch")
    "${apt[@]}" update >&2
    (cd "$work/debs" && "${apt[@]}" download "$@" >&2)
    for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$dest"; done
    basename -a "$work"/debs/*.deb > "$dest/.rust_sockets-sysroot"
    rm -rf "$work"
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
# the same path), with the Rust toolchain, /proc and /dev (and the folders
# RUST_SOCKETS_CHROOT_BINDS lists, at their own paths). The mounts live in
# a mount namespace of the command's own, so nothing stays mounted after it
# and concurrent runs do not see each other's mounts.
in_chroot() { chroot_create && in_chroot_raw "$@"; }

in_chroot_raw() {
    local cwd=$PWD
    case "$cwd/" in "$ROOT"/*) ;; *) cwd=$ROOT ;; esac
    as_root unshare --mount --propagation private -- bash -c '
        set -e
        d=$1 cwd=$2 cargo_home=$3 rustup_home=$4 root=$5 binds=$6; shift 6
        mount -t proc proc "$d/proc"
        mount --rbind /dev "$d/dev"
        for p in "$cargo_home" "$rustup_home" "$root" $binds; do
            [ -d "$p" ] || continue
            mkdir -p "$d$p" && mount --bind "$p" "$d$p"
        done
        exec chroot "$d" /usr/bin/env \
            PATH="$cargo_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
            CARGO_HOME="$cargo_home" RUSTUP_HOME="$rustup_home" \
            bash -c "cd \"\$1\" && shift && exec \"\$@\"" sh "$cwd" "$@"
    ' sh "$CHROOT_DIR" "$cwd" "${CARGO_HOME:-$HOME/.cargo}" "${RUSTUP_HOME:-$HOME/.rustup}" "$ROOT" \
        "${RUST_SOCKETS_CHROOT_BINDS:-}" "$@"
}

# A PHP version this machine cannot install but the chroot holds.
php_needs_chroot() {
    local v=$1 c
    in_the_chroot && return 1
    [ -x "/usr/bin/php-config$v" ] && return 1
    for c in "${CHROOT_PHPS[@]}"; do [ "$c" = "$v" ] && return 0; done
    return 1
}

# arm64 under emulation: ARCH, the arm64 roots, the cross build.
source "$ROOT/scripts/lib-arm64.sh"

# A script asked for such a version re-runs itself in the chroot (same
# arguments, same checkout), making the chroot first when it is missing.
if [ -z "${RUST_SOCKETS_NO_REEXEC:-}" ] && [ -z "$ARCH" ] && php_needs_chroot "$PHP_VERSION_WANTED"; then
    in_chroot env RUST_SOCKETS_PHP="$PHP_VERSION_WANTED" \
        bash "$(cd "$(dirname "$0")" && pwd)/$(basename "$0")" "$@"
    exit $?
fi

# ---- Debian's PHP source packages ------------------------------------------
# php-src as Debian ships it: the package's .orig.tar.xz is php.net's release
# tarball, unpatched. Used for php-src's own ext/sockets tests
# (scripts/upstream) and for the PHPs built from source (scripts/phpsrc).

# The Debian suites whose sources hold phpX.Y: the machine's own for its PHP,
# sid and experimental for the newer ones (see scripts/chroot).
php_source_suites() {
    # The PHP in use: the suites this machine (or the chroot) installs from.
    if [ "$1" = "$PHP_MINOR" ]; then echo ""; return 0; fi
    case "$1" in
        "$HOST_PHP") echo "" ;;  # the machine's own suites
        8.4) echo "sid" ;;
        8.5 | 8.6) echo "experimental" ;;
        *) echo "no Debian source known for PHP $1" >&2; return 1 ;;
    esac
}

# deb-src stanzas for the Debian archives this machine's apt already uses
# (deb822 .sources files and one-line sources.list entries), never a host
# written here; with suites given, those suites on the main archive instead.
deb_src_sources() {
    local suites=$1
    python3 - "$suites" <<'PY'
import glob, os, re, sys
suites = sys.argv[1].split()
codename = dict(l.strip().split('=', 1) for l in open('/etc/os-release') if '=' in l).get('VERSION_CODENAME', '').strip('"')
stanzas = []
for f in sorted(glob.glob('/etc/apt/sources.list.d/*.sources')):
    for block in re.split(r'\n\s*\n', open(f).read()):
        fields = dict(re.findall(r'^([A-Za-z-]+):\s*(.*)$', block, re.M))
        if 'deb' in fields.get('Types', '').split() and fields.get('Enabled', 'yes') != 'no':
            stanzas.append(fields)
for f in ['/etc/apt/sources.list'] + sorted(glob.glob('/etc/apt/sources.list.d/*.list')):
    if os.path.exists(f):
        for line in open(f):
            m = re.match(r'^\s*deb\s+(\[[^\]]*\]\s+)?(\S+)\s+(\S+)\s+(.*)$', line)
            if m:
                signed = re.search(r'signed-by=(\S+?)\]?(\s|$)', m.group(1) or '')
                fields = {'URIs': m.group(2), 'Suites': m.group(3), 'Components': m.group(4)}
                if signed:
                    fields['Signed-By'] = signed.group(1)
                stanzas.append(fields)
# Debian's archives: the stanzas carrying the release's own suites.
debian = [s for s in stanzas if any(x.startswith(codename) for x in s.get('Suites', '').split())]
# A sid system (scripts/chroot's) names its suites sid/experimental, not its
# codename: all its stanzas are Debian's.
debian = debian or [s for s in stanzas if {'sid', 'unstable', 'experimental'} & set(s.get('Suites', '').split())]
if suites:
    main = [s for s in debian if s.get('Suites', '').split()[0] == codename] or debian[:1]
    debian = [dict(main[0], Suites=' '.join(suites))] if main else []
for s in debian:
    print('Types: deb-src')
    for k in ('URIs', 'Suites', 'Components', 'Signed-By'):
        if k in s:
            print(f'{k}: {s[k]}')
    print()
PY
}

# php_source_download X.Y STATE DEST [WANTED...]: downloads Debian's source
# package of phpX.Y into DEST (emptied first), with a private apt state in
# STATE: the first of the WANTED Debian versions that the archive serves,
# then the others it lists, newest first (a mirror may list a source it does
# not serve: seen for bookworm-security's php8.2 8.2.36, whose binaries
# install). Prints the Debian version fetched.
php_source_download() {
    local ver=$1 apt=$2 dest=$3 suites; shift 3
    suites=$(php_source_suites "$ver") || return 1
    mkdir -p "$apt/parts" "$apt/lists/partial" "$apt/archives/partial" "$dest"
    deb_src_sources "$suites" > "$apt/parts/debian-src.sources"
    local opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$apt/parts"
        -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache::Archives=$apt/archives"
        -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache="
        -o "Acquire::Check-Valid-Until=false" -o "APT::Sandbox::User=root" -q)
    apt-get "${opts[@]}" update >&2 || true
    local v tried=()
    for v in "$@" $(apt-cache "${opts[@]}" showsrc "php$ver" 2>/dev/null | sed -n 's/^Version: //p' | sort -V -r -u); do
        case " ${tried[*]} " in *" $v "*) continue ;; esac
        tried+=("$v")
        if (cd "$dest" && rm -f ./* && apt-get "${opts[@]}" source --download-only "php$ver=$v" >/dev/null 2>&1); then
            echo "$v"; return 0
        fi
        say "php$ver $v's source is not served by this mirror"
    done
    echo "cannot download any php$ver source package" >&2
    return 1
}

# ---- PHP built from source (8.2-nts-src, 8.2-zts-src) ------------------------
# PHP as php.net ships it, built here the way Docker's official images and
# self-built PHPs are: php.net's php-config (no Debian patches: no
# --phpapi), its own layout (PREFIX/lib/php/extensions/..., a conf.d of its
# own), and for 8.2-zts-src thread safety (--enable-zts). Each has its own
# shared sockets.so (the oracle for that build), the embed SAPI (libphp.so,
# for tests/embed), pcntl and posix, and what PHPUnit and the test suites
# load (dom, xml, xmlwriter, tokenizer, mbstring, ffi). Built by
# scripts/phpsrc (about five minutes each on two cores) into
# $CACHE_DIR/php-src/php8.X-KIND, once.
php_src_prefix() { echo "$CACHE_DIR/php-src/php$1-$2"; }   # X.Y nts|zts

# How such a PHP is configured and compiled (X.Y nts|zts): the configure
# options, then the compiler flags of Docker's official images (no debug
# information). A PHP built otherwise (by an older checkout) is built again.
php_src_configure() {
    local prefix; prefix=$(php_src_prefix "$1" "$2")
    printf '%s\n' --prefix="$prefix" --with-config-file-path="$prefix/etc" \
        --with-config-file-scan-dir="$prefix/etc/conf.d" \
        --disable-all --enable-cli --disable-cgi --disable-phpdbg --enable-embed=shared \
        --enable-sockets=shared --enable-pcntl --enable-posix \
        --with-libxml --enable-dom --enable-xml --enable-xmlwriter --enable-tokenizer \
        --enable-mbstring --disable-mbregex --with-ffi
    [ "$2" = zts ] && echo --enable-zts
    return 0
}
PHP_SRC_CFLAGS="-fstack-protector-strong -fpic -fpie -O2 -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64"
php_src_recipe() { echo "configure $(php_src_configure "$1" "$2" | tr '\n' ' ')CFLAGS $PHP_SRC_CFLAGS"; }
php_src_ready() {
    local mark; mark="$(php_src_prefix "$1" "$2")/.rust_sockets-built"
    [ -f "$mark" ] && grep -qxF "$(php_src_recipe "$1" "$2")" "$mark"
}

# php_src_build X.Y nts|zts: builds and installs that PHP when missing.
php_src_build() {
    local minor=$1 kind=$2 prefix
    prefix=$(php_src_prefix "$minor" "$kind")
    php_src_ready "$minor" "$kind" && return 0
    need_packages gcc g++ make libc6-dev pkg-config bison re2c xz-utils libxml2-dev libffi-dev dpkg-dev
    mkdir -p "$CACHE_DIR/php-src"
    (
        flock 9
        php_src_ready "$minor" "$kind" && exit 0
        local dl="$CACHE_DIR/php-src/dl-$minor" tarball
        tarball=$(ls "$dl"/php"$minor"_*.orig.tar.* 2>/dev/null | grep -v '\.asc$' | head -n 1 || true)
        if [ -z "$tarball" ]; then
            say "downloading php$minor's source package (php.net's tarball inside)"
            php_source_download "$minor" "$CACHE_DIR/php-src/apt-$minor" "$dl" >/dev/null
            tarball=$(ls "$dl"/php"$minor"_*.orig.tar.* | grep -v '\.asc$' | head -n 1)
        fi
        local build="$CACHE_DIR/php-src/build-$minor-$kind" top
        rm -rf "$build" "$prefix" && mkdir -p "$build"
        tar -xf "$tarball" -C "$build"
        top=$(ls "$build")
        local opts; mapfile -t opts < <(php_src_configure "$minor" "$kind")
        say "building PHP $top ($kind) from php.net's source into $prefix (about five minutes)"
        (
            cd "$build/$top"
            export CFLAGS="$PHP_SRC_CFLAGS" CPPFLAGS="$PHP_SRC_CFLAGS" LDFLAGS="-Wl,-O1 -pie"
            ./configure -q "${opts[@]}" >&2
            make -s -j"$(nproc)" >&2
            make -s install >&2
        )
        # A conf.d as Docker's images have it (docker-php-ext-enable writes
        # docker-php-ext-NAME.ini): the C extension enabled there.
        mkdir -p "$prefix/etc/conf.d"
        echo "extension=sockets" > "$prefix/etc/conf.d/docker-php-ext-sockets.ini"
        # php-src's own tests and the embed test program need the tree.
        rm -rf "$prefix/src" && mv "$build/$top" "$prefix/src" && rm -rf "$build"
        printf 'PHP %s from %s\n%s\n' "$top" "$(basename "$tarball")" "$(php_src_recipe "$minor" "$kind")" \
            > "$prefix/.rust_sockets-built"
    ) 9>"$CACHE_DIR/php-src/.lock"
}

# ---- Running the chosen PHP ------------------------------------------------
# `php`, `php-config` and `phpize` on PATH are the chosen build's (Debian
# installs them as php8.X, php-config8.X, ...; a source build has them in
# PREFIX/bin), so every script and tool (ext-php-rs's build script included)
# sees one PHP. Cargo builds each into a target directory of its own:
# target/ for the host's PHP, target/phpBUILD for the others.
# Another architecture's builds: target/ARCH/phpBUILD.
if [ -n "$ARCH" ]; then TARGET=$ROOT/target/$ARCH/php$PHP_VERSION_WANTED
elif [ "$PHP_VERSION_WANTED" = "$HOST_PHP" ]; then TARGET=$ROOT/target; else TARGET=$ROOT/target/php$PHP_VERSION_WANTED; fi
export CARGO_TARGET_DIR=$TARGET
PHP_BIN_DIR=$TARGET/php-bin
mkdir -p "$PHP_BIN_DIR"
for tool in php php-config phpize; do
    if [ -n "$PHP_SOURCE_KIND" ]; then
        ln -sfn "$(php_src_prefix "$PHP_MINOR" "$PHP_SOURCE_KIND")/bin/$tool" "$PHP_BIN_DIR/$tool"
    else
        ln -sfn "/usr/bin/$tool$PHP_VERSION_WANTED" "$PHP_BIN_DIR/$tool"
    fi
done
export PATH="$PHP_BIN_DIR:$PATH"
export PHP="$PHP_BIN_DIR/php" PHP_CONFIG="$PHP_BIN_DIR/php-config"
export TARGET PHP_VERSION_WANTED

# What this PHP is, as the summary lines say it: "8.2.36", "8.2.32 ZTS
# (source build)", "8.5.7 arm64 (qemu)" (under qemu-user).
php_build_label() {
    local v; v=$(php -n -r 'echo PHP_VERSION, PHP_ZTS ? " ZTS" : "";')${ARCH:+ $ARCH}${RUST_SOCKETS_EMULATOR:+ (${RUST_SOCKETS_EMULATOR%-user})}
    if [ -n "$PHP_SOURCE_KIND" ]; then
        case "$v" in *ZTS) echo "$v (source build)" ;; *) echo "$v NTS (source build)" ;; esac
    else
        echo "$v"
    fi
}

# run-tests.php of this PHP: php.net's layout keeps it in PREFIX/lib/php/build,
# Debian's in /usr/lib/php/API/build.
run_tests_php() {
    local f
    for f in "$(php-config --prefix)/lib/php/build/run-tests.php" \
        /usr/lib/php/"$(php_api)"/build/run-tests.php; do
        [ -f "$f" ] && { echo "$f"; return 0; }
    done
    echo "run-tests.php of $(command -v php) not found" >&2
    return 1
}

# The Zend module API of this PHP, from its headers (every build has them;
# Debian's php-config alone has --phpapi).
php_api() { sed -n 's/^#define ZEND_MODULE_API_NO[[:space:]]*\([0-9]*\).*/\1/p' "$(php-config --include-dir)/Zend/zend_modules.h"; }

# What building and running the examples needs.
setup_build() {
    if [ -n "$ARCH" ]; then arm64_setup_build; return; fi
    if [ -n "$PHP_SOURCE_KIND" ]; then
        need_packages libclang-dev clang pkg-config
        php_src_build "$PHP_MINOR" "$PHP_SOURCE_KIND"
    else
        need_packages "php${PHP_VERSION_WANTED}-cli" "php${PHP_VERSION_WANTED}-dev" libclang-dev clang pkg-config
    fi
    if ! command -v cargo >/dev/null; then
        [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
    fi
    command -v cargo >/dev/null || { echo "cargo not found: install Rust (rustup) first" >&2; exit 1; }
}

# What the test suite needs on top (PHPUnit and its extensions, valgrind).
setup_tests() {
    setup_build
    [ -z "$ARCH" ] || return 0   # the arm64 root has them
    if [ -n "$PHP_SOURCE_KIND" ]; then need_packages phpunit; else
        need_packages phpunit "php${PHP_VERSION_WANTED}-xml" "php${PHP_VERSION_WANTED}-mbstring"; fi
}

NATIVE_SO="$(php-config --extension-dir 2>/dev/null || true)/sockets.so"
RUST_SO="$TARGET/release/rust_sockets.so"
export NATIVE_SO RUST_SO

# Builds the release extension as $TARGET/release/rust_sockets.so.
build() {
    if [ -n "$ARCH" ]; then arm64_built; return; fi
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
    if [ "$PHP_VERSION_WANTED" = "$HOST_PHP" ] && [ -z "$ARCH" ]; then
        echo "$ROOT/php-tests"
        return
    fi
    python3 "$ROOT/scripts/expectations.py" prepare "$ROOT/php-tests" "$TARGET/php-tests" "$(expectations_key)"
    echo "$TARGET/php-tests"
}

# What this build's expectations are filed under (scripts/expectations.py):
# its minor version, with "-src" for a build from php.net's source, "-qemu"
# for another architecture's PHP under emulation.
expectations_key() { echo "$PHP_MINOR${PHP_SOURCE_KIND:+-src}${ARCH:+-qemu}"; }

# FILES... under php-tests/ as paths in the suite phpt_dir prepared ($1).
phpt_files() {
    local dir=$1 f; shift
    for f in "$@"; do
        f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
        case "$f" in "$ROOT/php-tests/"*) f=$dir/${f#"$ROOT/php-tests/"} ;; esac
        printf '%s\n' "$f"
    done
}

# The ini scan dir this PHP reads: Debian's CLI conf.d, or the one a source
# build was configured with.
php_conf_d() {
    if [ -n "$PHP_SOURCE_KIND" ]; then echo "$(php_src_prefix "$PHP_MINOR" "$PHP_SOURCE_KIND")/etc/conf.d"
    else echo "/etc/php/$PHP_VERSION_WANTED/cli/conf.d"; fi
}

# An ini scan dir with this PHP's configuration minus its sockets ini, plus
# the chosen implementation: PHP as a user has it, with one sockets.
ini_dir_for() {
    local impl=$1 dir so
    so=$(impl_so "$impl")
    dir="$TARGET/ini-$impl"
    rm -rf "$dir" && mkdir -p "$dir"
    for f in "$(php_conf_d)"/*.ini; do
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

# --arch arm64: built here, then the script re-runs in the arm64 root
# (lib-arm64.sh). scripts/test without --php runs every version itself.
if [ -n "$ARCH" ] && [ -z "${RUST_SOCKETS_NO_REEXEC:-}" ] && ! arm64_inside \
    && { [ -n "${RUST_SOCKETS_PHP:-}" ] || [ -z "${RUST_SOCKETS_EVERY_PHP:-}" ]; }; then
    arm64_enter "$@"
    exit $?
fi
