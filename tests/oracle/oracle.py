#!/usr/bin/env python3
"""Regenerates the expected output of the conformance corpus with CPython 3.11.

    python3 tests/oracle/oracle.py            # every script
    python3 tests/oracle/oracle.py 012 fmt    # scripts whose name contains a filter

For each tests/conformance/NNN_name.py it writes NNN_name.out (stdout) and
NNN_name.err (stderr), exactly as CPython printed them, with two systematic
rewrites so the files do not depend on where the repository lives:
the script's absolute directory is removed from paths (tracebacks then read
`File "NNN_name.py"`, which is the file name the engine is given), and
nothing else. Directives in the script's leading comments set the run:

    # seed: 7          random starts seeded with 7 (default 0)
    # stdin: NNN.in    (implicit) a sibling NNN_name.in, if present, is stdin

Runs use PYTHONHASHSEED=0, as the engine's hashing does. Never edit the
expected files by hand: change the script and run this again.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "conformance"
SITE = Path(__file__).resolve().parent / "site"
TIMEOUT_S = 60


def directives(source: str) -> dict[str, str]:
    """Reads `# key: value` lines from the script's leading comment block."""
    found = {}
    for line in source.splitlines():
        if not line.startswith("#"):
            break
        match = re.match(r"#\s*([a-z-]+):\s*(.+?)\s*$", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def run_one(script: Path) -> None:
    source = script.read_text(encoding="utf-8")
    opts = directives(source)
    env = dict(os.environ)
    env.update(
        PYTHONHASHSEED="0",
        PYTHONPATH=str(SITE),
        PYTHONIOENCODING="utf-8",
        PYTHONDONTWRITEBYTECODE="1",
        COROSCOPE_SEED=opts.get("seed", "0"),
    )
    env.pop("PYTHONSTARTUP", None)
    stdin_file = script.with_suffix(".in")
    stdin = stdin_file.read_bytes() if stdin_file.exists() else b""
    proc = subprocess.run(
        [sys.executable, "-X", "utf8", str(script)],
        input=stdin,
        capture_output=True,
        cwd=script.parent,
        env=env,
        timeout=TIMEOUT_S,
    )
    prefix = str(script.parent) + os.sep
    for suffix, data in ((".out", proc.stdout), (".err", proc.stderr)):
        text = data.decode("utf-8").replace(prefix, "")
        script.with_suffix(suffix).write_text(text, encoding="utf-8")
    print(f"{script.name}: exit {proc.returncode}")


def main(filters: list[str]) -> int:
    if sys.version_info[:2] != (3, 11):
        print(f"oracle: needs CPython 3.11, found {sys.version.split()[0]}", file=sys.stderr)
        return 2
    scripts = sorted(CORPUS.glob("*.py"))
    chosen = [s for s in scripts if not filters or any(f in s.name for f in filters)]
    for script in chosen:
        run_one(script)
    print(f"oracle: {len(chosen)} scripts regenerated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
