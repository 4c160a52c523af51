"""Who may use each route: one declaration per view, checked when the app is built.

Every view carries exactly one access declaration. Building the application fails if a
route has none, so a new page cannot be published by accident without deciding who may
see it. Sign-in (issue 3) adds the family, young person and staff audiences here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import Flask

View = TypeVar("View", bound=Callable)
ACCESS_ATTRIBUTE = "portal_access"


def public(view: View) -> View:
    """Anyone may use this route, signed in or not."""
    setattr(view, ACCESS_ATTRIBUTE, "public")
    return view


def declared_access(view: Callable) -> str | None:
    return getattr(view, ACCESS_ATTRIBUTE, None)


def undeclared_routes(app: Flask) -> list[str]:
    return sorted(
        rule.rule
        for rule in app.url_map.iter_rules()
        if declared_access(app.view_functions[rule.endpoint]) is None
    )


def check_every_route_declared(app: Flask) -> None:
    missing = undeclared_routes(app)
    if missing:
        raise RuntimeError(f"routes without an access declaration: {', '.join(missing)}")
