"""The portal's pages, read from its own url_map, so a new page is checked unlisted."""

from __future__ import annotations

from flask import Flask

from portal.platform.access import Audience, declared_access

NOT_PAGES = {
    "/healthz",
    "/readyz",
    "/account/your-data.json",
    "/account/your-data.html",
    "/feedback/reports.csv",
}


def page_paths(app: Flask) -> dict[str, list[str]]:
    """Every GET route without arguments, grouped by who may see it."""
    groups: dict[str, list[str]] = {"public": [], "family": [], "staff": [], "manager": []}
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or ()) or rule.arguments or rule.rule in NOT_PAGES:
            continue
        audiences = declared_access(app.view_functions[rule.endpoint]) or frozenset()
        if Audience.PUBLIC in audiences:
            groups["public"].append(rule.rule)
        elif Audience.FAMILY in audiences:
            groups["family"].append(rule.rule)
        elif audiences == {Audience.MANAGER}:
            groups["manager"].append(rule.rule)
        elif audiences & {Audience.CASEWORKER, Audience.MANAGER}:
            groups["staff"].append(rule.rule)
    groups["public"].append("/this-page-does-not-exist")
    return {name: sorted(paths) for name, paths in groups.items()}
