"""Every kind of audit event the portal can record reads as plain words in a family's
"Your data", or is deliberately kept out of it: a new kind never shows as its code."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from portal.data_rights.service import DONE, EXTENDED
from portal.models.disagreement import STEPS
from portal.platform.audit import ACTIONS, HIDDEN_FROM_FAMILIES
from portal.triage.actions import SENT_AS

ROOT = Path(__file__).resolve().parents[2]
CALLS = {"add", "record", "record_all", "record_meanwhile"}
# What each f-string's placeholder can be, from the code that fills it.
FILLED = {
    "triage_": set(SENT_AS),
    "data_rights_": {EXTENDED, DONE},
    "recorded_": set(STEPS),
}


def _strings(node: ast.AST) -> Iterator[str]:
    for found in ast.walk(node):
        if isinstance(found, ast.Constant) and isinstance(found.value, str):
            yield found.value


def _kinds(node: ast.expr, function: ast.AST, where: str) -> Iterator[str]:
    if isinstance(node, ast.JoinedStr):
        prefix = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
        assert prefix in FILLED, f"{where}: say what f'{prefix}...' can be in FILLED"
        yield from (prefix + value for value in FILLED[prefix])
    elif isinstance(node, ast.Name):  # a variable: every string assigned to it nearby
        values = [
            a.value
            for a in ast.walk(function)
            if isinstance(a, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == node.id for t in a.targets)
        ]
        assert values, f"{where}: cannot tell which kinds {node.id} holds"
        for value in values:
            yield from _strings(value)
    else:
        found = list(_strings(node))
        assert found, f"{where}: cannot tell which kind is recorded"
        yield from found


def recorded_kinds() -> dict[str, str]:
    """Each kind the portal's code records, with where."""
    kinds: dict[str, str] = {}
    for path in sorted([*(ROOT / "portal").rglob("*.py"), *(ROOT / "feedback").rglob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for call in ast.walk(function):
                if not (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and isinstance(call.func.value, ast.Name)
                    and call.func.value.id == "audit"
                    and call.func.attr in CALLS
                ):
                    continue
                where = f"{path.relative_to(ROOT)}:{call.lineno}"
                action = call.args[1] if call.func.attr == "add" else call.args[0]
                for kind in _kinds(action, function, where):
                    kinds.setdefault(kind, where)
    return kinds


def test_every_recorded_kind_is_described_for_families_or_deliberately_hidden() -> None:
    kinds = recorded_kinds()
    assert "document_added" in kinds and "triage_assess" in kinds, "the scan finds them"
    unexplained = {
        kind: where
        for kind, where in kinds.items()
        if kind not in ACTIONS and kind not in HIDDEN_FROM_FAMILIES
    }
    assert unexplained == {}, "describe in audit.ACTIONS or add to HIDDEN_FROM_FAMILIES"


def test_no_kind_is_both_described_and_hidden() -> None:
    assert set(ACTIONS) & set(HIDDEN_FROM_FAMILIES) == set()
