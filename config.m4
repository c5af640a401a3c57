dnl rust_sockets for phpize: `phpize && ./configure && make && make test &&
dnl make install`, as for any PHP extension (PECL, PIE, docker-php-ext-install
dnl and packagers run exactly this). The extension is Rust, built by cargo
dnl (rules in Makefile.frag); nothing here is handed to phpize's libtool C
dnl rules, so PHP_NEW_EXTENSION is deliberately not called.
dnl
dnl Options (all optional):
dnl   --with-cargo=PATH      cargo to build with (default: cargo on PATH, else ~/.cargo/bin/cargo)
dnl   --with-libclang=DIR    directory holding libclang.so, which bindgen loads
dnl                          to read PHP's headers (default: LIBCLANG_PATH, llvm-config, system dirs)

PHP_ARG_WITH([cargo],,
  [AS_HELP_STRING([--with-cargo=PATH],
    [rust_sockets: cargo to build with [cargo on PATH, then ~/.cargo/bin/cargo]])],
  [no], [no])

PHP_ARG_WITH([libclang],,
  [AS_HELP_STRING([--with-libclang=DIR],
    [rust_sockets: directory of libclang.so for bindgen [LIBCLANG_PATH, llvm-config, system directories]])],
  [no], [no])

dnl The php-config that phpize/configure use, as an absolute path: cargo runs it
dnl (through build.rs and ext-php-rs) to build for this PHP and no other.
AC_MSG_CHECKING([for php-config to build against])
RUST_SOCKETS_PHP_CONFIG=`command -v "$PHP_CONFIG" 2>/dev/null`
case "$RUST_SOCKETS_PHP_CONFIG" in
  /*) ;;
  ?*) RUST_SOCKETS_PHP_CONFIG="`pwd`/$RUST_SOCKETS_PHP_CONFIG" ;;
  *) AC_MSG_ERROR([cannot find php-config ($PHP_CONFIG): pass --with-php-config=PATH]) ;;
esac
rust_sockets_php_version=`$RUST_SOCKETS_PHP_CONFIG --version 2>/dev/null`
AC_MSG_RESULT([$RUST_SOCKETS_PHP_CONFIG (PHP $rust_sockets_php_version)])

dnl The Zend API of that PHP, from its headers (php.net's php-config has no
dnl --phpapi), against the list build.rs supports (its APIS table, read
dnl here so that there is one list): a PHP it was not written for is refused
dnl now, in one line, rather than by a build script deep in cargo's output.
AC_MSG_CHECKING([for a PHP version rust_sockets supports])
rust_sockets_inc=`$RUST_SOCKETS_PHP_CONFIG --include-dir 2>/dev/null`
dnl (".define", not "#define": "#" would start an m4 comment.)
rust_sockets_api=`$SED -n 's/^.define ZEND_MODULE_API_NO[[ 	]]*\([[0-9]]*\).*/\1/p' "$rust_sockets_inc/Zend/zend_modules.h" 2>/dev/null`
rust_sockets_apis=`$SED -n 's/^ *("\([[0-9]]*\)", "\([[0-9.]]*\)".*/\1/p' "$abs_srcdir/build.rs"`
rust_sockets_known=`$SED -n 's/^ *("\([[0-9]]*\)", "\([[0-9.]]*\)".*/\2 (\1)/p' "$abs_srcdir/build.rs" | tr '\n' ',' | $SED 's/,$//; s/,/, /g'`
rust_sockets_ok=no
for rust_sockets_a in $rust_sockets_apis; do
  test "$rust_sockets_a" = "$rust_sockets_api" && rust_sockets_ok=yes
done
if test "$rust_sockets_ok" != "yes"; then
  AC_MSG_RESULT([no])
  AC_MSG_ERROR([rust_sockets supports PHP $rust_sockets_known; $RUST_SOCKETS_PHP_CONFIG is PHP $rust_sockets_php_version, Zend API ${rust_sockets_api:-unknown}])
fi
AC_MSG_RESULT([yes, Zend API $rust_sockets_api])

AC_MSG_CHECKING([for cargo])
RUST_SOCKETS_CARGO=
if test "$PHP_CARGO" != "no" && test "$PHP_CARGO" != "yes"; then
  RUST_SOCKETS_CARGO=`command -v "$PHP_CARGO" 2>/dev/null`
elif command -v cargo >/dev/null 2>&1; then
  RUST_SOCKETS_CARGO=`command -v cargo`
elif test -x "$HOME/.cargo/bin/cargo"; then
  RUST_SOCKETS_CARGO="$HOME/.cargo/bin/cargo"
fi
if test -z "$RUST_SOCKETS_CARGO"; then
  AC_MSG_RESULT([no])
  if test "$PHP_CARGO" != "no" && test "$PHP_CARGO" != "yes"; then
    AC_MSG_ERROR([cargo not found at $PHP_CARGO (--with-cargo)])
  fi
  AC_MSG_ERROR([cargo not found: install Rust (https://rustup.rs) or pass --with-cargo=PATH])
fi
AC_MSG_RESULT([$RUST_SOCKETS_CARGO])

dnl cargo runs rustc from its own directory first (rustup's proxies live side
dnl by side); the crate's rust-version is the minimum (Debian 12's own rustc
dnl is older and cannot build edition 2024).
AC_MSG_CHECKING([for rustc >= rust-version of Cargo.toml])
RUST_SOCKETS_BIN=`dirname "$RUST_SOCKETS_CARGO"`
rust_sockets_rustc_version=`PATH="$RUST_SOCKETS_BIN:$PATH" rustc --version 2>/dev/null | $SED -n 's/^rustc \([[0-9]][[0-9]]*\.[[0-9]][[0-9]]*\).*/\1/p'`
rust_sockets_rust_min=`$SED -n 's/^rust-version *= *"\([[0-9.]]*\)".*/\1/p' "$abs_srcdir/Cargo.toml"`
if test -z "$rust_sockets_rustc_version"; then
  AC_MSG_RESULT([no])
  AC_MSG_ERROR([$RUST_SOCKETS_CARGO cannot run rustc (with rustup: rustup default stable)])
fi
if test "`printf '%s\n%s\n' "$rust_sockets_rust_min" "$rust_sockets_rustc_version" | sort -t. -k1,1n -k2,2n | head -n 1`" != "$rust_sockets_rust_min"; then
  AC_MSG_RESULT([$rust_sockets_rustc_version])
  AC_MSG_ERROR([rustc $rust_sockets_rustc_version is too old: rust_sockets needs Rust $rust_sockets_rust_min or later (rustup update)])
fi
AC_MSG_RESULT([$rust_sockets_rustc_version])

dnl bindgen (through ext-php-rs) loads libclang at build time. Looked for where
dnl clang-sys looks: LIBCLANG_PATH, llvm-config's libdir, the usual system dirs.
AC_MSG_CHECKING([for libclang])
RUST_SOCKETS_LIBCLANG_PATH=
if test "$PHP_LIBCLANG" != "no" && test "$PHP_LIBCLANG" != "yes"; then
  RUST_SOCKETS_LIBCLANG_PATH=$PHP_LIBCLANG
  rust_sockets_dirs=$PHP_LIBCLANG
elif test -n "$LIBCLANG_PATH"; then
  RUST_SOCKETS_LIBCLANG_PATH=$LIBCLANG_PATH
  rust_sockets_dirs=$LIBCLANG_PATH
else
  rust_sockets_dirs="`${LLVM_CONFIG_PATH:-llvm-config} --libdir 2>/dev/null` /usr/local/llvm*/lib* /usr/lib/llvm-*/lib /usr/local/lib*/*/* /usr/local/lib*/* /usr/local/lib* /usr/lib*/*/* /usr/lib*/* /usr/lib* /opt/homebrew/opt/llvm/lib /usr/local/opt/llvm/lib /Library/Developer/CommandLineTools/usr/lib"
fi
rust_sockets_libclang=
for rust_sockets_dir in $rust_sockets_dirs; do
  test -d "$rust_sockets_dir" || continue
  for rust_sockets_file in "$rust_sockets_dir"/libclang.so "$rust_sockets_dir"/libclang-*.so "$rust_sockets_dir"/libclang.so.* "$rust_sockets_dir"/libclang-*.so.* "$rust_sockets_dir"/libclang.dylib; do
    if test -f "$rust_sockets_file"; then
      rust_sockets_libclang=$rust_sockets_file
      break 2
    fi
  done
done
if test -z "$rust_sockets_libclang"; then
  AC_MSG_RESULT([no])
  AC_MSG_ERROR([libclang not found (bindgen needs it): install libclang-dev (Debian, Ubuntu) or clang, or pass --with-libclang=DIR])
fi
AC_MSG_RESULT([$rust_sockets_libclang])

dnl What cargo names the library, and where PHP wants it.
case $host_os in
  darwin*) RUST_SOCKETS_DYLIB=librust_sockets.dylib ;;
  *) RUST_SOCKETS_DYLIB=librust_sockets.so ;;
esac

dnl Debian-style layouts (Debian, Ubuntu, Ondřej Surý's packages) keep one ini
dnl per module in /etc/php/X.Y/mods-available, next to the SAPIs' ini dirs.
rust_sockets_ini_path=`$RUST_SOCKETS_PHP_CONFIG --ini-path 2>/dev/null`
RUST_SOCKETS_MODS_AVAILABLE=
if test -n "$rust_sockets_ini_path"; then
  RUST_SOCKETS_MODS_AVAILABLE="`dirname "$rust_sockets_ini_path"`/mods-available"
fi

dnl Without PHP_NEW_EXTENSION no build directory is registered, and phpize's
dnl configure would call `shtool mkdir -p` with none (8.2 prints an error).
PHP_ADD_BUILD_DIR([modules])

PHP_SUBST([RUST_SOCKETS_PHP_CONFIG])
PHP_SUBST([RUST_SOCKETS_CARGO])
PHP_SUBST([RUST_SOCKETS_BIN])
PHP_SUBST([RUST_SOCKETS_LIBCLANG_PATH])
PHP_SUBST([RUST_SOCKETS_DYLIB])
PHP_SUBST([RUST_SOCKETS_MODS_AVAILABLE])
PHP_ADD_MAKEFILE_FRAGMENT([$abs_srcdir/Makefile.frag], [$abs_srcdir], [$abs_builddir])
