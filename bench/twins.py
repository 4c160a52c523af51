"""Bare twins: for any page, a page of the same GOV.UK and MoJ components with fixed
text.

A page's components are read from its own HTML (what is inside <main>, in order: a
table of 5 rows and 3 columns, a summary list of 7 rows with change links, radios with
4 options, a timeline of 3 items...; and before <main>, where a layout puts them: the
back link, the identity bar and the sub navigation). The twin renders the same
components through govuk-frontend-jinja's macros and the portal's MoJ macros
(templates/components/) in the same layout (the staff layout for a staff page), with no
database, no catalogue and no form behind it, so `twin time / page time` is what the
portal's own work costs on top of the components'.

The components travel in the twin's URL (`/bench/twin?c=table:5:3,paragraph,...`), so
a twin can be served by any process, gunicorn's included.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from bs4 import BeautifulSoup, Tag
from flask import Flask, render_template, request

from portal.platform.access import public

MOMENT = dt.datetime(2025, 1, 1, 9, 30, tzinfo=dt.UTC)
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
    "moj-timeline": ".moj-timeline__item",
    "moj-button-menu": ".moj-button-menu__item",
    "moj-sub-navigation": ".moj-sub-navigation__item",
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
    "moj-badge": "badge",
}
INSIDE_OTHERS = {"govuk-input": "govuk-date-input", "govuk-textarea": "govuk-character-count"}
# Components whose macro renders what is inside them: nothing inside is counted apart
# (a filter's own choices, in .moj-filter__options, are the caller's and are counted).
WHOLE = {"moj-identity-bar", "moj-button-menu", "moj-sub-navigation", "moj-filter"}
# What a layout may put before <main>.
BEFORE_MAIN = {"back_link", "identity_bar", "sub_navigation"}


def _describe(element: Tag) -> str | None:
    classes: list[str] = list(element.get("class") or [])
    for root, counted in COUNTED.items():
        if root in classes:
            rows = element.select(counted)
            kind = root.split("-", 1)[1].replace("-", "_")
            if root == "govuk-table":
                columns = max((len(row.find_all(["th", "td"])) for row in rows), default=0)
                sortable = len(element.select("th.portal-sortable"))
                multi = int(element.get("data-module") == "moj-multi-select")
                return f"table:{len(rows)}:{columns}:{sortable}:{multi}"
            if root == "govuk-summary-list":
                actions = 1 if element.select(".govuk-summary-list__actions") else 0
                return f"summary_list:{len(rows)}:{actions}"
            return f"{kind}:{len(rows)}"
    for root, kind in SINGLE.items():
        if root in classes:
            return kind
    if "moj-identity-bar" in classes:
        facts = len(element.select(".portal-identity-bar__fact"))
        badges = len(element.select(".portal-identity-bar__fact .moj-badge"))
        menu = len(element.select(".moj-button-menu__item"))
        return f"identity_bar:{facts}:{badges}:{menu}"
    if "moj-filter" in classes:
        categories = len(element.select(".moj-filter-tags"))
        return f"filter:{categories}:{len(element.select('.moj-filter__tag'))}"
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


def _owned(element: Tag) -> bool:
    """Rendered by the macro of a WHOLE component it is in."""
    for parent in element.parents:
        classes: list[str] = list(parent.get("class") or [])
        if "moj-filter__options" in classes and "govuk-button" not in (element.get("class") or []):
            return False
        if WHOLE.intersection(classes):
            return True
    return False


def _found_in(elements: list[Tag]) -> list[str]:
    found: list[str] = []
    described: set[int] = set()
    for element in elements:
        kind = _describe(element)
        if kind is None or _owned(element):
            continue
        if kind.split(":")[0] in TEXT and any(id(p) in described for p in element.parents):
            continue
        found.append(kind)
        described.add(id(element))
    return found


def components(html: str) -> list[str]:
    """The components inside a page's <main>, in order. A component inside another (a
    tag in a task list) is counted on its own, as the twin's container holds fixed text;
    text inside one (a paragraph in a details) goes with its container."""
    return _parts(html)[1]


def _parts(html: str) -> tuple[list[str], list[str], bool]:
    """What is before <main>, what is in it, and whether it is a staff page."""
    soup = BeautifulSoup(html, "html.parser")
    main = soup.find("main")
    assert isinstance(main, Tag), "a page without <main>"
    elements = [
        element
        for sibling in reversed(main.find_previous_siblings())
        for element in [sibling, *sibling.find_all(True)]
    ]
    before = [kind for kind in _found_in(elements) if kind.split(":")[0] in BEFORE_MAIN]
    body = soup.find("body")
    staff = isinstance(body, Tag) and "portal-staff" in (body.get("class") or [])
    return before, _found_in(main.find_all(True)), staff


def twin_url(html: str) -> str:
    before, inside, staff = _parts(html)
    query = {"c": ",".join(inside)}
    if before:
        query["b"] = ",".join(before)
    if staff:
        query["layout"] = "staff"
    return "/bench/twin?" + urlencode(query)


def register(app: Flask) -> None:
    template = app.jinja_env.from_string(TEMPLATE)  # compiled once, as a page's template is

    def twin() -> str:
        return render_template(
            template,
            parts=_read(request.args.get("c", "")),
            before=_read(request.args.get("b", "")),
            layout="layouts/staff.html" if request.args.get("layout") == "staff" else "base.html",
        )

    app.add_url_rule("/bench/twin", "bench_twin", public(twin))
    app.jinja_env.filters.update(
        twin_row=lambda _, columns: [{"text": "Cell"}] * columns,
        twin_task=lambda _: {"title": {"text": "Task"}, "href": "#", "status": {"text": "Done"}},
        twin_option=lambda n: {"value": str(n), "text": f"Option {n}"},
        twin_error=lambda _: {"text": "Enter an answer", "href": "#"},
        twin_event=lambda _: {
            "title": "Event",
            "at": MOMENT,
            "by": "A caseworker",
            "text": "What happened.",
        },
        twin_link=lambda n: {"text": f"Link {n}", "href": "#", "active": n == 0},
    )


def _read(components: str) -> list[dict[str, Any]]:
    parts: list[dict[str, Any]] = []
    for entry in filter(None, components.split(",")):
        kind, *numbers = entry.split(":")
        parts.append({"kind": kind, "n": [int(n) for n in numbers] + [0, 0, 0, 0]})
    return parts
