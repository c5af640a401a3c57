#!/usr/bin/env python3
"""The licences of the code a release .so carries besides ours: every crate
compiled into it (Cargo's normal dependencies, proc-macros excluded: they run
at build time only) and Rust's standard library, each with its licence
expression and the text of the licence it is taken under: MIT, which every
one of them offers. Written to standard output, for the archives'
THIRD-PARTY-LICENSES.

    third-party-licences.py [CARGO_TREE_ARGS...]   (run in the crate's root)
"""
import glob
import json
import os
import subprocess
import sys


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


meta = json.loads(run("cargo", "metadata", "--format-version", "1", "--locked"))
root = meta["resolve"]["root"]
packages = {p["id"]: p for p in meta["packages"]}
tree = run("cargo", "tree", "--locked", "-e", "normal,no-proc-macro", "--prefix", "none",
           "--format", "{p}", *sys.argv[1:])
wanted = set()
for line in tree.splitlines():
    words = line.replace(" (*)", "").split()
    if len(words) >= 2:
        wanted.add((words[0], words[1].lstrip("v")))
ours = packages[root]["name"]

def licence_text(pkg):
    """The crate's MIT text, else any licence file it ships."""
    d = os.path.dirname(pkg["manifest_path"])
    for pattern in ("LICENSE-MIT*", "LICENSE_MIT*", "LICENSE.md", "LICENSE", "LICENSE.txt", "COPYING*"):
        for f in sorted(glob.glob(os.path.join(d, pattern))):
            with open(f, encoding="utf-8", errors="replace") as fh:
                return os.path.basename(f), fh.read().strip()
    return None, None


out = ["Third-party code in rust_sockets.so",
       "===================================",
       "",
       "rust_sockets itself is dual licensed under MIT or Apache-2.0 (LICENSE-MIT,",
       "LICENSE-APACHE). The .so also contains the following, each taken under",
       "the MIT licence (every one offers it), whose text follows its entry.",
       ""]
entries = []
for pkg in sorted(packages.values(), key=lambda p: p["name"]):
    if pkg["name"] == ours or (pkg["name"], pkg["version"]) not in wanted:
        continue
    name, text = licence_text(pkg)
    if text is None:
        # A crate of a workspace whose licence file lives at the workspace's
        # root (ext-php-rs-introspection is ext-php-rs's): that project's.
        sibling = next((p for p in packages.values() if p["name"] == pkg["name"].rsplit("-", 1)[0]), None)
        if sibling:
            name, text = licence_text(sibling)
            name = f"{sibling['name']}'s {name}"
    if text is None:
        sys.exit(f"no licence text found for {pkg['name']} {pkg['version']}")
    entries.append((pkg["name"], pkg["version"], pkg.get("license") or "?", pkg.get("repository") or "", name, text))

sysroot = run("rustc", "--print", "sysroot").strip()
rustc = run("rustc", "--version").strip()
std_mit = next((f for f in glob.glob(os.path.join(sysroot, "share/doc/rust/**/*"), recursive=True)
                if os.path.basename(f) in ("LICENSE-MIT", "MIT.txt")), None)
if std_mit:
    with open(std_mit, encoding="utf-8") as fh:
        entries.append(("Rust standard library", rustc, "MIT OR Apache-2.0",
                        "https://github.com/rust-lang/rust",
                        f"the Rust distribution's {os.path.basename(std_mit)}; its COPYRIGHT-library.html "
                        "names the library's authors and the few parts under other permissive terms",
                        fh.read().strip()))
else:
    entries.append(("Rust standard library", rustc, "MIT OR Apache-2.0",
                    "https://github.com/rust-lang/rust", None,
                    "See https://github.com/rust-lang/rust/blob/master/LICENSE-MIT"))

for name, version, expr, repo, fname, text in entries:
    out.append("-" * 72)
    out.append(f"{name} {version}  ({expr})  {repo}".rstrip())
    if fname:
        out.append(f"({fname})")
    out.append("")
    out.append(text)
    out.append("")
sys.stdout.write("\n".join(out) + "\n")
