"""The shape the code keeps (issue 17): no module over 400 lines, no function over 60,
and no import inside a function unless the dependency is optional, which the line
before it says with a comment starting "# Optional:"."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOTS = ("portal", "forms", "feedback", "devtools")
MODULE_LINES = 400
FUNCTION_LINES = 60


def problems(path: Path) -> list[str]:
    source = path.read_text()
    lines = source.splitlines()
    found = []
    if len(lines) > MODULE_LINES:
        found.append(f"{path}: {len(lines)} lines (at most {MODULE_LINES})")
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        length = (node.end_lineno or node.lineno) - node.lineno + 1
        if length > FUNCTION_LINES:
            found.append(f"{path}:{node.lineno}: {node.name} is {length} lines")
        for inner in ast.walk(node):
            if isinstance(inner, ast.Import | ast.ImportFrom):
                above = lines[inner.lineno - 2].strip() if inner.lineno > 1 else ""
                if not above.startswith("# Optional:"):
                    found.append(
                        f"{path}:{inner.lineno}: import inside {node.name}; move it to the "
                        'top, or say why it is optional in a "# Optional:" comment above'
                    )
    return found


def main() -> int:
    found = [
        p for root in ROOTS for path in sorted(Path(root).rglob("*.py")) for p in problems(path)
    ]
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
