# rust_sockets for phpize (see config.m4): cargo builds the module, and the
# rules of PHP's build/Makefile.global (all, test, install, clean) pick it up
# through the prerequisites and variables below. Needs GNU make.

RUST_SOCKETS_SO = $(phplibdir)/rust_sockets.so
# cargo's output for this route, apart from scripts/' target/release: the
# environment differs (PHP_CONFIG, PHP, PATH are build-script inputs), and one
# shared directory would make each route rebuild after the other.
RUST_SOCKETS_TARGET = $(builddir)/target/phpize
# What the module is built from. make compares these with the module, so that
# `make install` (often run through sudo, where cargo may not be found) does
# not run cargo again after `make`. Makefile is rewritten by every
# ./configure, which may have been given another PHP.
RUST_SOCKETS_SOURCES = $(srcdir)/Cargo.toml $(srcdir)/Cargo.lock $(srcdir)/build.rs \
	$(shell find $(srcdir)/src -name '*.rs') $(builddir)/Makefile

all: $(RUST_SOCKETS_SO)
build-modules: $(RUST_SOCKETS_SO)
install: install-rust-sockets-ini
clean: clean-rust-sockets

# Built for the PHP of the php-config that ./configure used: build.rs and
# ext-php-rs run PHP_CONFIG (headers, API version) and PHP (php -i).
# Replaced by rename, never rewritten in place: running PHP processes may
# have the old file mapped.
$(RUST_SOCKETS_SO): $(RUST_SOCKETS_SOURCES)
	cd $(srcdir) && PATH="$(RUST_SOCKETS_BIN):$$PATH" PHP_CONFIG="$(RUST_SOCKETS_PHP_CONFIG)" \
		$(if $(PHP_EXECUTABLE),PHP="$(PHP_EXECUTABLE)") \
		$(if $(RUST_SOCKETS_LIBCLANG_PATH),LIBCLANG_PATH="$(RUST_SOCKETS_LIBCLANG_PATH)") \
		"$(RUST_SOCKETS_CARGO)" build --release --locked --target-dir "$(RUST_SOCKETS_TARGET)"
	@test -d $(phplibdir) || mkdir -p $(phplibdir)
	cp -f "$(RUST_SOCKETS_TARGET)/release/$(RUST_SOCKETS_DYLIB)" $@.tmp && mv -f $@.tmp $@

# `make test`: php-tests/ with run-tests.php against modules/rust_sockets.so:
# PHP's test rule runs PHP with -n (PHP 8.4 and later), or with a copy of the
# system ini stripped of its extension= lines (8.2, 8.3), so the C sockets.so
# of conf.d is never loaded next to it. The module is given by its full path,
# which frees extension_dir (the rule points it at modules/) to be PHP's own
# again: run-tests.php loads what a test's --EXTENSIONS-- section asks for
# (posix, ffi) from there, while "sockets" is already loaded, as ours. The
# phpt files ask phpinfo() which implementation runs (helpers.inc), so the
# rust_sockets-only ones, skipped under the C extension, run here too.
PHP_TEST_SHARED_EXTENSIONS = -d extension=$(RUST_SOCKETS_SO) -d extension_dir=$(EXTENSION_DIR)
# From PHP 8.4 some tests expect what that version prints (php-tests/expect/
# 8.X/, see scripts/expectations.py): make test runs a copy of the suite with
# this PHP's expectations.
RUST_SOCKETS_PHP_MINOR = $(shell "$(RUST_SOCKETS_PHP_CONFIG)" --version | cut -d. -f1,2)
# A PHP built from php.net's source (its php-config has no --phpapi, which
# Debian's patched one adds) has expectations of its own where its release
# prints something else than Debian's build (see scripts/expectations.py).
RUST_SOCKETS_EXPECT_KEY = $(RUST_SOCKETS_PHP_MINOR)$(shell "$(RUST_SOCKETS_PHP_CONFIG)" --phpapi >/dev/null 2>&1 || echo -src)
TESTS = $(builddir)/php-tests-$(RUST_SOCKETS_EXPECT_KEY)
test: rust-sockets-tests
rust-sockets-tests:
	python3 $(srcdir)/scripts/expectations.py prepare $(srcdir)/php-tests $(TESTS) $(RUST_SOCKETS_EXPECT_KEY)
.PHONY: rust-sockets-tests

# Debian-style layouts (/etc/php/X.Y/mods-available next to php-config's
# --ini-path): rust_sockets.ini, so that `phpdismod sockets && phpenmod
# rust_sockets` switches from the C extension.
install-rust-sockets-ini:
	@if test -n "$(RUST_SOCKETS_MODS_AVAILABLE)" && test -d "$(RUST_SOCKETS_MODS_AVAILABLE)"; then \
		$(mkinstalldirs) "$(INSTALL_ROOT)$(RUST_SOCKETS_MODS_AVAILABLE)" && \
		echo "Installing rust_sockets.ini:       $(INSTALL_ROOT)$(RUST_SOCKETS_MODS_AVAILABLE)/" && \
		$(INSTALL_DATA) $(srcdir)/rust_sockets.ini "$(INSTALL_ROOT)$(RUST_SOCKETS_MODS_AVAILABLE)/rust_sockets.ini"; \
	fi

# PHP's clean rule deletes every *.so, *.a and *.o below the build directory,
# and so half of cargo's target/ (proc-macro libraries, build scripts' static
# libraries, the module). cargo rebuilds what is missing, but that costs about
# a full build anyway, so clean takes all of target/ away rather than leave it
# half deleted.
clean-rust-sockets:
	rm -rf $(builddir)/target $(builddir)/php-tests-8.*

.PHONY: install-rust-sockets-ini clean-rust-sockets
