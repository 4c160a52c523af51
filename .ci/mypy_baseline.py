"""mypy with a baseline: fail only on errors that are not in .ci/mypy-baseline.txt.

The baseline holds today's errors, each as `path: [code] message` (no line numbers, so
an edit above an old error does not make it new). It may only shrink: an error fixed is
a failure until `--update` (or `make types`) rewrites the file without it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / ".ci" / "mypy-baseline.txt"
ERROR = re.compile(
    r"^(?P<path>[^:]+):\d+(?::\d+)?: error: (?P<message>.*?)\s+\[(?P<code>[\w-]+)\]$"
)


def current_errors() -> tuple[Counter[str], str]:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-pretty", "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode not in (0, 1):
        sys.exit(f"mypy could not run:\n{result.stdout}{result.stderr}")
    errors: Counter[str] = Counter()
    for line in result.stdout.splitlines():
        if found := ERROR.match(line):
            errors[f"{found['path']}: [{found['code']}] {found['message']}"] += 1
    return errors, result.stdout


def main() -> int:
    errors, output = current_errors()
    if "--update" in sys.argv:
        BASELINE.write_text("".join(f"{e}\n" for e in sorted(errors.elements())))
        print(f"{BASELINE.relative_to(ROOT)}: {sum(errors.values())} errors recorded")
        return 0
    known = Counter(BASELINE.read_text().splitlines()) if BASELINE.exists() else Counter()
    new = errors - known
    fixed = known - errors
    if new:
        keys = set(new)
        print("mypy: errors that are not in the baseline (fix them):")
        for line in output.splitlines():
            found = ERROR.match(line)
            if found and f"{found['path']}: [{found['code']}] {found['message']}" in keys:
                print(f"  {line}")
        return 1
    if fixed:
        print(f"mypy: {sum(fixed.values())} errors in the baseline are fixed: run `make types`")
        print("to shrink .ci/mypy-baseline.txt, and commit it.")
        return 1
    print(f"mypy: no new errors ({sum(errors.values())} in the baseline still to fix)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
