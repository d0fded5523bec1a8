#!/usr/bin/env python3
"""Regenerate the expected outputs of the montybox conformance corpus.

Every ``tests/cases/NAME.py`` is run with CPython 3.11 (the interpreter running
this script), cwd ``tests/cases``, ``PYTHONHASHSEED=0``,
``PYTHONIOENCODING=utf-8``, ``PYTHONDONTWRITEBYTECODE=1`` (no other PYTHON*
variables) and a 10 s timeout.  The result is written to
``tests/cases/NAME.expected`` as JSON ``{"exit_code", "stdout", "stderr"}``.

CPython 3.11 reports the script as an absolute path in tracebacks and warnings;
the absolute ``tests/cases/`` prefix is stripped from the output so that the
expected files read ``File "NAME.py", line N`` wherever the repository lives.
Likewise the standard-library directory (seen in the asyncio frames of
tracebacks that escape ``asyncio.run``) is written as ``<stdlib>``.

Usage:
    python3 tests/regen.py            regenerate every case
    python3 tests/regen.py NAME...    regenerate only these cases (".py" optional)
    python3 tests/regen.py --check    regenerate in memory; exit 1 and list every
                                      case whose .expected differs or is missing,
                                      or any .expected without a .py
"""
import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

CASES = Path(__file__).resolve().parent / "cases"
TIMEOUT = 10


def normalize(text):
    """Make paths in tracebacks independent of where things are installed."""
    text = text.replace(str(CASES) + os.sep, "")
    return text.replace(sysconfig.get_paths()["stdlib"] + os.sep, "<stdlib>" + os.sep)


def run_case(name):
    """Run cases/NAME.py and return the serialized .expected text."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    try:
        proc = subprocess.run(
            [sys.executable, name + ".py"], cwd=CASES, env=env,
            capture_output=True, timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        sys.exit(f"error: case {name} timed out after {TIMEOUT} s")
    obj = {
        "exit_code": proc.returncode,
        "stdout": normalize(proc.stdout.decode("utf-8")),
        "stderr": normalize(proc.stderr.decode("utf-8")),
    }
    return json.dumps(obj, indent=1, ensure_ascii=False) + "\n"


def main(args):
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"error: regen.py needs CPython 3.11.x, got {sys.version.split()[0]}")
    check = "--check" in args
    names = [a[:-3] if a.endswith(".py") else a for a in args if a != "--check"]
    all_names = sorted(p.stem for p in CASES.glob("*.py"))
    if not names:
        names = all_names
    for name in names:
        if not (CASES / (name + ".py")).is_file():
            sys.exit(f"error: no such case: {name}")

    bad = []
    for name in names:
        text = run_case(name)
        path = CASES / (name + ".expected")
        if check:
            if not path.is_file():
                bad.append(f"missing:  {name}.expected")
            elif path.read_text(encoding="utf-8") != text:
                bad.append(f"differs:  {name}.expected")
        else:
            path.write_text(text, encoding="utf-8")
    if check:
        bad += [f"orphan:   {p.name} (no .py)" for p in sorted(CASES.glob("*.expected"))
                if not (CASES / (p.stem + ".py")).is_file()]
        for line in bad:
            print(line)
        print(f"{len(names)} cases checked, {len(bad)} problem(s)")
        return 1 if bad else 0
    print(f"wrote {len(names)} .expected file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
