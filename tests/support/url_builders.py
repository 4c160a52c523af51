"""Werkzeug's URL builders compiled once per test process, not once per application.

Every test builds the application afresh, and for each of its URL rules (about 110)
Werkzeug writes and compiles two Python functions, the rule's URL builders: 0.12 s of
the 0.13 s it takes to build the application, a few minutes of CPU over a whole run.
A builder is a function of the rule's parsed structure and its defaults alone (it reaches
the rule's converters through the rule it is bound to, with `__get__`), so a rule of the
same structure in the next test's application is given the same function, bound to its
own rule. Production builds its application once per process and is untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from werkzeug.routing.rules import Rule

_compiled: dict[tuple[Any, ...], Callable[..., tuple[str, str]]] = {}


def share_url_builders() -> None:
    compile_builder = Rule._compile_builder
    if getattr(compile_builder, "shared", False):
        return

    def shared(self: Rule, append_unknown: bool = True) -> Callable[..., tuple[str, str]]:
        key = (
            self.rule,
            tuple(self._trace),
            repr(sorted((self.defaults or {}).items())),
            append_unknown,
        )
        if key not in _compiled:
            _compiled[key] = compile_builder(self, append_unknown)
        return _compiled[key]

    shared.shared = True  # type: ignore[attr-defined]
    Rule._compile_builder = shared  # type: ignore[method-assign]
