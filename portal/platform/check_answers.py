"""GOV.UK's check answers pattern: answers read back as a summary list, each row keyed by
its question (never "(optional)") with a "Change" link to that question's own box."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from portal.platform.voices import voiced


def summary_rows(rows: list[dict[str, Any]], voice: str | None) -> list[dict[str, Any]]:
    """Answers as govukSummaryList takes them, each with its change link.

    Each row has its question (`label`), its answer as HTML (`value`), the id the answer
    is shown with (`anchor`) and where its change link goes (`href`), which names the
    question to a screen reader; "Change" in the reader's `voice`."""
    change = voiced("Change", voice)
    return [
        {
            "key": {"text": row["label"]},
            # The summary list takes no id for a row or its cells: the answer holds it.
            "value": {"html": Markup('<div id="{}">{}</div>').format(row["anchor"], row["value"])},
            "actions": {
                "items": [{"href": row["href"], "text": change, "visuallyHiddenText": row["label"]}]
            },
        }
        for row in rows
    ]
