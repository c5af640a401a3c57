#!/usr/bin/env python3
"""Per-PHP-version expectations of the phpt suite.

A test's --EXPECTF-- section is what the host's PHP (8.2) prints. When a
later version's sockets.so prints something else for the same code (a new
ValueError, an engine message worded differently), that version's output
lives in php-tests/expect/<version>/<test>.expectf, written by
`scripts/bless --php <version> -w`. A version without a file of its own
takes the nearest earlier version's file, else the test's own section: a
file for 8.4 says "from 8.4 on, the output is this".

A PHP built from php.net's source is its version plus "-src" (8.2-src):
php.net's release, which may print something else than Debian's patched
build of the same minor version (Debian's 8.2.36 has a "Hard memory limit"
that php.net's 8.2.32 has not; a PHP built without OpenSSL names a TCP
stream "tcp_socket", not "tcp_socket/ssl"). Its own file,
php-tests/expect/8.2-src/<test>.expectf, comes first; else it expects what
its version expects. Nothing inherits from it.

  expectations.py prepare SRC_DIR DST_DIR VERSION
      copies the suite to DST_DIR with each test's expectation for VERSION
  expectations.py bless TEST VERSION OUTPUT_FILE
      stores OUTPUT_FILE (a test's normalised output under VERSION) as the
      test's expectation for VERSION, in the section or in an override, and
      drops an override that says the same as what it would inherit
  expectations.py show TEST VERSION
      prints the expectation VERSION uses and where it comes from
"""
import os
import re
import shutil
import sys

BASE = "8.2"  # the version whose output the tests' own sections hold
VERSIONS = ["8.2", "8.3", "8.4", "8.5", "8.6"]
SECTION = re.compile(r"^--([A-Z_]+)--\n", re.M)


def read(path):
    with open(path, encoding="latin-1", newline="") as f:
        return f.read()


def write(path, text):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="latin-1", newline="") as f:
        f.write(text)


def sections(text):
    """[(name, body)] in file order."""
    marks = list(SECTION.finditer(text))
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        out.append((m.group(1), text[m.end():end]))
    return out


def expect_section(text):
    for name, body in sections(text):
        if name in ("EXPECT", "EXPECTF", "EXPECTREGEX"):
            return name, body
    return None, None


def override_path(test, version):
    d, name = os.path.split(test)
    return os.path.join(d, "expect", version, name[: -len(".phpt")] + ".expectf")


def expectation(test, version, below=False):
    """(text, origin) of what `version` expects: its own override (unless
    `below`), the nearest earlier version's, else the test's section."""
    if version.endswith("-src"):
        p = override_path(test, version)
        if not below and os.path.exists(p):
            return read(p), p
        return expectation(test, version[: -len("-src")])
    idx = VERSIONS.index(version)
    for v in reversed(VERSIONS[1 : idx + (0 if below else 1)]):
        p = override_path(test, v)
        if os.path.exists(p):
            return read(p), p
    name, body = expect_section(read(test))
    return body, f"{test} --{name}--"


def expectf_regex(wanted):
    """run-tests.php's EXPECTF patterns as a Python regex."""
    wanted = wanted.replace("\r\n", "\n").strip()
    parts = re.split(r"(%r.*?%r)", wanted, flags=re.S)
    out = []
    for p in parts:
        if p.startswith("%r") and p.endswith("%r") and len(p) >= 4:
            out.append("(" + p[2:-2] + ")")
            continue
        p = re.escape(p)
        for k, v in {
            "%e": re.escape(os.sep), "%s": r"[^\r\n]+", "%S": r"[^\r\n]*",
            "%a": r".+", "%A": r".*", "%w": r"\s*", "%i": r"[+-]?\d+", "%d": r"\d+",
            "%x": r"[0-9a-fA-F]+", "%f": r"[+-]?\.?\d+\.?\d*(?:[Ee][+-]?\d+)?",
            "%c": r".", "%0": r"\x00",
        }.items():
            p = p.replace(re.escape(k), v).replace(k, v)
        out.append(p)
    return re.compile("^" + "".join(out) + "$", re.S)


def matches(output, wanted):
    """Whether a normalised output (paths and line numbers already %s/%d)
    is what `wanted` expects."""
    if wanted is None:
        return False
    output = output.replace("\r\n", "\n").strip()
    if output == wanted.replace("\r\n", "\n").strip():
        return True
    concrete = output.replace("%s", "x").replace("%d", "0")
    if expectf_regex(wanted).match(concrete) is not None:
        return True
    # A concrete expectation (a number the output normalised to %d).
    wanted = wanted.replace("\r\n", "\n").strip().replace("%s", "x").replace("%d", "0")
    return expectf_regex(output).match(wanted) is not None


def prepare(src, dst, version):
    if os.path.isdir(dst):
        shutil.rmtree(dst)
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns(
        "expect", "*.diff", "*.out", "*.exp", "*.log", "*.php", "*.sh", "*.mem"))
    if version == BASE:
        return
    for root, _, files in os.walk(src):
        if os.path.basename(root) == "expect" or "/expect/" in root + "/":
            continue
        for f in files:
            if not f.endswith(".phpt"):
                continue
            test = os.path.join(root, f)
            text, origin = expectation(test, version)
            if not origin.endswith(".expectf"):
                continue
            target = os.path.join(dst, os.path.relpath(test, src))
            content = read(target)
            name, body = expect_section(content)
            start = content.index(f"--{name}--\n")
            write(target, content[:start] + "--EXPECTF--\n" + text)


def bless(test, version, output_file):
    out = read(output_file)
    if version == BASE:
        content = read(test)
        if matches(out, expect_section(content)[1]):
            print(f"{test}: unchanged (its expectation matches)")
            return
        content = re.sub(r"^--EXPECTF?--\n.*\Z", "", content, flags=re.S | re.M)
        write(test, content + "--EXPECTF--\n" + out + "\n")
        print(f"wrote {test}")
        return
    own = override_path(test, version)
    inherited, origin = expectation(test, version, below=True)
    if matches(out, inherited):
        if os.path.exists(own):
            os.remove(own)
            print(f"removed {own}: PHP {version} prints what it inherits from {origin}")
        else:
            print(f"{test}: PHP {version} prints what it inherits from {origin}")
        return
    write(own, out + "\n")
    print(f"wrote {own}")


def main(argv):
    if len(argv) >= 1 and argv[0] == "prepare" and len(argv) == 4:
        prepare(argv[1], argv[2], argv[3])
    elif len(argv) >= 1 and argv[0] == "bless" and len(argv) == 4:
        bless(argv[1], argv[2], argv[3])
    elif len(argv) >= 1 and argv[0] == "show" and len(argv) == 3:
        text, origin = expectation(argv[1], argv[2])
        print(f"# from {origin}")
        sys.stdout.write(text)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
