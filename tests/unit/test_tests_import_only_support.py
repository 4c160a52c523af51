"""Tests share helpers through tests/support/, never by importing another test module or a
tier's conftest: a test module stays free to change without breaking others."""

from __future__ import annotations

import ast
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
TIER_MODULE = re.compile(r"^tests\.(unit|integration|browser|journeys|reliability)(\.|$)")


def imported_modules(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level:
            found.append((node.lineno, "." * node.level + (node.module or "")))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return found


def test_no_test_module_imports_another() -> None:
    offences = [
        f"{path.relative_to(TESTS.parent)}:{line} imports {module}"
        for path in sorted(TESTS.rglob("*.py"))
        for line, module in imported_modules(path)
        if TIER_MODULE.match(module) or module.startswith(".")
    ]
    assert offences == [], "helpers belong in tests/support/: " + "; ".join(offences)


def test_the_check_sees_an_import_from_a_test_module(tmp_path: Path) -> None:
    module = tmp_path / "test_example.py"
    module.write_text(
        "def test_x():\n    from tests.integration.test_request_journey import start\n"
        "from tests.browser import conftest\n"
        "from tests.support.pages import page\n"
    )
    modules = sorted(name for _, name in imported_modules(module) if TIER_MODULE.match(name))
    assert modules == [
        "tests.browser",
        "tests.browser.conftest",
        "tests.integration.test_request_journey",
        "tests.integration.test_request_journey.start",
    ]
