"""Regenerates startup_interned.txt: the strings CPython 3.11 has interned by
the time it compiles a script, as the conformance oracle runs it (a stock
install plus tests/oracle/site/sitecustomize.py, which imports random).

Why it matters: CPython folds a set display of constants into a frozenset and
rebuilds it when interning replaces one of its strings (see
`PySet::folded_display`), which changes the order the set prints in.

    python3 -m venv --without-pip /tmp/stock311      # no site-packages .pth imports
    /tmp/stock311/bin/python crates/engine/src/algo/startup_interned.py

Candidates are the identifier-like words of libpython's static strings and of
the standard library's sources; a fresh interpreter keeps those for which
sys.intern() of a new copy returns another object (an equal string was
interned already). Its own names start with zq_ so they can be left out.
"""
import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[3]
PROBE = r"""
import sys as zq_sys
zq_names = zq_sys.stdin.read().split()
def zq_fresh(zq_s):
    return chr(ord(zq_s)) if len(zq_s) == 1 else ''.join(list(zq_s))
def zq_interned(zq_s):
    zq_f = zq_fresh(zq_s)
    return zq_sys.intern(zq_f) is not zq_f
print("\n".join(zq_s for zq_s in zq_names if not zq_s.startswith('zq_') and zq_interned(zq_s)))
"""


def candidates() -> set[str]:
    words: set[str] = set()
    libdir = pathlib.Path(sys.base_prefix) / "lib"
    for so in libdir.glob("libpython3.11*.so*"):
        strings = subprocess.run(["strings", "-n", "1", str(so)], capture_output=True, text=True).stdout
        words.update(re.findall(r"\w+", strings, re.ASCII))
    for source in (libdir / "python3.11").rglob("*.py"):
        words.update(re.findall(r"\w+", source.read_text(errors="ignore"), re.ASCII))
    return {w for w in words if len(w) < 64}


def main() -> None:
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(ROOT / "tests/oracle/site"),
               PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1", COROSCOPE_SEED="0",
               COROSCOPE_CLOCK="real")
    names = "\n".join(sorted(candidates()))
    probe = subprocess.run([sys.executable, "-X", "utf8", "-c", PROBE], input=names, env=env,
                           capture_output=True, text=True, check=True).stdout
    interned = sorted(set(probe.split()))
    (HERE / "startup_interned.txt").write_text("\n".join(interned) + "\n")
    print(f"{len(interned)} strings")


if __name__ == "__main__":
    main()
