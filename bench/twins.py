"""Bare twins: for any page, a page of the same GOV.UK components with fixed text.

A page's components are read from its own HTML (what is inside <main>, in order: a
table of 5 rows and 3 columns, a summary list of 7 rows with change links, radios with
4 options...). The twin renders the same components through govuk-frontend-jinja's
macros in the same layout, with no database, no catalogue and no form behind it, so
`twin time / page time` is what the portal's own work costs on top of GOV.UK's.

The components travel in the twin's URL (`/bench/twin?c=table:5:3,paragraph,...`), so
a twin can be served by any process, gunicorn's included.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from bs4 import BeautifulSoup, Tag
from flask import Flask, render_template, request

from portal.platform.access import public

TEMPLATE = Path(__file__).with_name("twin.html").read_text()
# A component's root class, and what to count inside it.
COUNTED = {
    "govuk-table": "tr",
    "govuk-summary-list": ".govuk-summary-list__row",
    "govuk-task-list": ".govuk-task-list__item",
    "govuk-radios": ".govuk-radios__item",
    "govuk-checkboxes": ".govuk-checkboxes__item",
    "govuk-select": "option",
    "govuk-error-summary": "li",
    "govuk-list": "li",
}
SINGLE = {
    "govuk-tag": "tag",
    "govuk-details": "details",
    "govuk-inset-text": "inset",
    "govuk-warning-text": "warning",
    "govuk-notification-banner": "banner",
    "govuk-panel": "panel",
    "govuk-button": "button",
    "govuk-back-link": "back_link",
    "govuk-date-input": "date_input",
    "govuk-character-count": "character_count",
    "govuk-file-upload": "file_upload",
}
INSIDE_OTHERS = {"govuk-input": "govuk-date-input", "govuk-textarea": "govuk-character-count"}


def _describe(element: Tag) -> str | None:
    classes = element.get("class") or []
    for root, counted in COUNTED.items():
        if root in classes:
            rows = element.select(counted)
            kind = root.removeprefix("govuk-").replace("-", "_")
            if root == "govuk-table":
                columns = max((len(row.find_all(["th", "td"])) for row in rows), default=0)
                return f"table:{len(rows)}:{columns}"
            if root == "govuk-summary-list":
                actions = 1 if element.select(".govuk-summary-list__actions") else 0
                return f"summary_list:{len(rows)}:{actions}"
            return f"{kind}:{len(rows)}"
    for root, kind in SINGLE.items():
        if root in classes:
            return kind
    for root, container in INSIDE_OTHERS.items():
        if root in classes and not element.find_parent(class_=container):
            return root.removeprefix("govuk-")
    if element.name == "p" and "govuk-body" in classes:
        return "paragraph"
    if element.name in ("h1", "h2", "h3", "h4") and any(
        c.startswith("govuk-heading-") for c in classes
    ):
        return "heading"
    return None


TEXT = {"paragraph", "heading", "list"}


def components(html: str) -> list[str]:
    """The GOV.UK components inside a page's <main>, in order. A component inside
    another (a tag in a task list) is counted on its own, as the twin's container holds
    fixed text; text inside one (a paragraph in a details) goes with its container."""
    main = BeautifulSoup(html, "html.parser").find("main")
    assert isinstance(main, Tag), "a page without <main>"
    found: list[str] = []
    described: set[int] = set()
    for element in main.find_all(True):
        kind = _describe(element)
        if kind is None:
            continue
        if kind.split(":")[0] in TEXT and any(id(p) in described for p in element.parents):
            continue
        found.append(kind)
        described.add(id(element))
    return found


def twin_url(html: str) -> str:
    return "/bench/twin?" + urlencode({"c": ",".join(components(html))})


def register(app: Flask) -> None:
    template = app.jinja_env.from_string(TEMPLATE)  # compiled once, as a page's template is

    def twin() -> str:
        parts: list[dict[str, Any]] = []
        for entry in request.args.get("c", "").split(","):
            kind, *numbers = entry.split(":")
            parts.append({"kind": kind, "n": [int(n) for n in numbers] + [0, 0]})
        return render_template(template, parts=parts)

    app.add_url_rule("/bench/twin", "bench_twin", public(twin))
    app.jinja_env.filters.update(
        twin_row=lambda _, columns: [{"text": "Cell"}] * columns,
        twin_task=lambda _: {"title": {"text": "Task"}, "href": "#", "status": {"text": "Done"}},
        twin_option=lambda n: {"value": str(n), "text": f"Option {n}"},
        twin_error=lambda _: {"text": "Enter an answer", "href": "#"},
    )
