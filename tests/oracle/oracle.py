#!/usr/bin/env python3
"""Regenerates the expected output of the conformance corpus with CPython 3.11.

    python3 tests/oracle/oracle.py            # every script
    python3 tests/oracle/oracle.py 012 fmt    # scripts whose name contains a filter
    python3 tests/oracle/oracle.py --runs 5 -j 4 5    # options before filters

For each tests/conformance/NNN_name.py it writes NNN_name.out (stdout) and
NNN_name.err (stderr), exactly as CPython printed them, with two systematic
rewrites so the files do not depend on where the repository or Python lives:
the script's absolute directory is removed from paths (tracebacks then read
`File "NNN_name.py"`, which is the file name the engine is given), and
CPython's standard-library directory is written `/usr/lib/python3.11`
(tracebacks through asyncio.run show its frames). Directives in the script's
leading comments set the run:

    # seed: 7          random starts seeded with 7 (default 0)
    # stdin: NNN.in    (implicit) a sibling NNN_name.in, if present, is stdin
    # clock: virtual   time and asyncio run on the virtual clock of
                       site/coroscope_virtual_clock.py, in UTC; every asyncio
                       script uses it (tests/conformance/ORACLE.md)
    # clock: real      (the default) the real clock; for threads

Runs use PYTHONHASHSEED=0, as the engine's hashing does. Every script runs
--runs times (default 3), the later runs with object addresses shifted, and
must print the same stdout, stderr and exit status each time; a nondeterministic script, a virtual-clock deadlock or a
timeout fails loudly (nothing is written for it and the exit status is 1).
Never edit the expected files by hand: change the script and run this again.
"""
from __future__ import annotations

import argparse
import difflib
import os
import re
import subprocess
import sys
import sysconfig
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "conformance"
SITE = Path(__file__).resolve().parent / "site"
TIMEOUT_S = 60
STDLIB = sysconfig.get_paths()["stdlib"]
STDLIB_AS = "/usr/lib/python3.11"
DEADLOCK_STATUS = 97  # coroscope_virtual_clock.DEADLOCK_STATUS
SLOW_S = 2.0  # virtual-clock scripts should take less real time than this


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


class Failure(Exception):
    """The script cannot give expected files; the message says why."""


def run_once(script: Path, env: dict[str, str], stdin: bytes) -> tuple[str, str, int, float]:
    start = time.monotonic()
    try:
        proc = subprocess.run(
            [sys.executable, "-X", "utf8", str(script)],
            input=stdin,
            capture_output=True,
            cwd=script.parent,
            env=env,
            timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        raise Failure(f"timed out after {TIMEOUT_S} s") from None
    elapsed = time.monotonic() - start
    prefix = str(script.parent) + os.sep
    out, err = (
        data.decode("utf-8").replace(prefix, "").replace(STDLIB + os.sep, STDLIB_AS + "/")
        for data in (proc.stdout, proc.stderr)
    )
    return out, err, proc.returncode, elapsed


def run_one(script: Path, runs: int) -> str:
    """Runs `script` `runs` times; writes .out/.err if every run agrees."""
    source = script.read_text(encoding="utf-8")
    opts = directives(source)
    clock = opts.get("clock", "real")
    if clock not in ("real", "virtual"):
        raise Failure(f"unknown `# clock: {clock}` (use virtual or real)")
    env = dict(os.environ)
    env.update(
        PYTHONHASHSEED="0",
        PYTHONPATH=str(SITE),
        PYTHONIOENCODING="utf-8",
        PYTHONDONTWRITEBYTECODE="1",
        COROSCOPE_SEED=opts.get("seed", "0"),
        COROSCOPE_CLOCK=clock,
    )
    if clock == "virtual":
        env["TZ"] = "UTC"
    env.pop("PYTHONSTARTUP", None)
    stdin_file = script.with_suffix(".in")
    stdin = stdin_file.read_bytes() if stdin_file.exists() else b""
    results = []
    for i in range(runs):
        # Runs after the first shift object addresses (site/sitecustomize.py)
        # so that output depending on them shows up as nondeterminism.
        results.append(run_once(script, dict(env, COROSCOPE_PERTURB=str(2 * i)), stdin))
    first = results[0]
    if first[2] == DEADLOCK_STATUS and "oracle: deadlock" in first[1]:
        raise Failure("deadlock under the virtual clock (CPython would hang)")
    for i, other in enumerate(results[1:], start=2):
        if other[:3] != first[:3]:
            raise Failure(f"nondeterministic: run 1 and run {i} differ\n" + describe(first, other))
    out, err, status, _ = first
    script.with_suffix(".out").write_text(out, encoding="utf-8")
    script.with_suffix(".err").write_text(err, encoding="utf-8")
    slowest = max(r[3] for r in results)
    note = f" (slow: {slowest:.1f} s real)" if clock == "virtual" and slowest > SLOW_S else ""
    return f"{script.name}: exit {status}{note}"


def describe(a: tuple, b: tuple) -> str:
    lines = []
    for label, x, y in (("stdout", a[0], b[0]), ("stderr", a[1], b[1])):
        lines += difflib.unified_diff(
            x.splitlines(), y.splitlines(), f"{label} run 1", f"{label} run N", lineterm="")
    if a[2] != b[2]:
        lines.append(f"exit status {a[2]} vs {b[2]}")
    return "\n".join("    " + line for line in lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per script that must agree (default 3)")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="scripts run in parallel")
    parser.add_argument("filters", nargs="*", help="substrings of script names (default: all)")
    args = parser.parse_args(argv)
    if sys.version_info[:2] != (3, 11):
        print(f"oracle: needs CPython 3.11, found {sys.version.split()[0]}", file=sys.stderr)
        return 2
    scripts = sorted(CORPUS.glob("*.py"))
    chosen = [s for s in scripts if not args.filters or any(f in s.name for f in args.filters)]

    def job(script: Path) -> tuple[bool, str]:
        try:
            return True, run_one(script, max(1, args.runs))
        except Failure as e:
            return False, f"{script.name}: FAILED: {e}"

    failed = 0
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for ok, line in pool.map(job, chosen):
            print(line, file=sys.stdout if ok else sys.stderr, flush=True)
            failed += not ok
    print(f"oracle: {len(chosen) - failed} scripts regenerated, {failed} failed "
          f"({args.runs} runs each)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
