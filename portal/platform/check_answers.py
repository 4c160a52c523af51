"""GOV.UK's check answers pattern: answers read back as a summary list, each row keyed by
its question (never "(optional)") with a "Change" link to that question's own box, and
the page opened from a row returning to that row (`row_asked`), not to the top."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from flask import request
from markupsafe import Markup
from wtforms import Field

from forms.kit.question import error_href
from portal.platform.voices import voiced

# The query parameter naming the row a change link was pressed on (a field's name).
ROW = "row"


def summary_rows(rows: list[dict[str, Any]], voice: str | None) -> list[dict[str, Any]]:
    """Answers as govukSummaryList takes them, each with its change link.

    Each row has its question (`label`), its answer as HTML (`value`), the id the answer
    is shown with (`anchor`) and where its change link goes (`href`), which names the
    question to a screen reader; "Change" in the reader's `voice`, or "Add" for a row
    whose `answered` is False."""
    change, add = voiced("Change", voice), voiced("Add", voice)
    return [
        {
            "key": {"text": row["label"]},
            # The summary list takes no id for a row or its cells: the answer holds it.
            "value": {"html": Markup('<div id="{}">{}</div>').format(row["anchor"], row["value"])},
            "actions": {
                "items": [
                    {
                        "href": row["href"],
                        "text": change if row.get("answered", True) else add,
                        "visuallyHiddenText": row["label"],
                    }
                ]
            },
        }
        for row in rows
    ]


def change_href(page: str, field: Field) -> str:
    """The change link of the row answering `field`: its `page` (an address with a query)
    naming the field as the row to return to, opened at the field's box."""
    return f"{page}&{ROW}={field.name}{error_href(field)}"


def row_asked(fields: Iterable[str]) -> str:
    """The row of the check page whose change link opened this page: the one it names, if
    it is one of the page's `fields`, else the page's first. Saving the page, or going
    back, returns to it: not to the top of the check page, nor to another row the page
    also asks."""
    names = list(fields)
    asked = request.args.get(ROW)
    return asked if asked in names else names[0]


def this_page() -> str:
    """Where a page's form posts: the page's own address with its query. A form with no
    `action` posts to the address in the browser, "#…" and all, so a page a change link
    opened at its box showed its errors with the browser taking the focus to that box,
    past the error summary."""
    return request.full_path.removesuffix("?")
