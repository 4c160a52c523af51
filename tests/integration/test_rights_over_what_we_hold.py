"""The rights page lists what this service holds about the person, each item with what
they told us, and offers to correct only what they gave. Before, it listed every item
the portal could ever ask anyone (about 96 rows), a dash against most, each with "Correct
it": a young person was offered to correct "Your first name" and "What is your
relationship to the child?" (a parent's questions they were never asked), and anyone
"Which service is your feedback about?" (feedback is anonymous, never linked to them)."""

from __future__ import annotations

from flask import Flask

from tests.conftest import sign_in
from tests.support.draft_plans import linked_parent, send_response
from tests.support.pages import page
from tests.support.requests import submitted, young_person_answers

RIGHTS = "/account/your-data/rights"


def rows(client) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each row's item (from its link) and the row's words."""
    found = {}
    for row in page(client.get(RIGHTS)).select("tbody tr"):
        link = row.select_one(f"a[href^='{RIGHTS}/']")
        assert link is not None
        found[str(link["href"]).removeprefix(f"{RIGHTS}/")] = " ".join(
            row.get_text(" ", strip=True).split()
        )
    return found


def test_a_young_person_sees_what_they_told_us_and_nothing_they_were_never_asked(
    app: Flask,
) -> None:
    client = app.test_client()
    sign_in(client, person="young.person@example.org")
    submitted(client, "young_person", young_person_answers())

    shown = rows(client)

    assert "Zoë" in shown["child.first_name"]
    assert "Correct it" in shown["child.first_name"]
    assert "yp@example.org" in shown["contact.email"]
    for never_asked in ("parent.first_name", "parent.relationship", "child.upn"):
        assert never_asked not in shown, never_asked
    assert not [item for item in shown if item.startswith("feedback.")], "feedback is anonymous"
    assert not [row for row in shown.values() if "–" in row], "no row without a value"


def test_a_family_that_has_given_nothing_is_offered_nothing_to_correct(app: Flask) -> None:
    client = app.test_client()
    sign_in(client)

    shown = page(client.get(RIGHTS))

    assert shown.select("tbody tr") == []
    assert "Correct it" not in " ".join(
        cell.get_text(" ") for cell in shown.select("td, th[scope=row]")
    )


def test_a_response_to_a_draft_plan_is_listed_with_what_it_said(app: Flask) -> None:
    client = linked_parent(app, app.test_client())
    send_response(client, "Please add speech therapy.")

    shown = rows(client)

    assert "Please add speech therapy." in shown["draft_plan.comment"]
    assert "Correct it" in shown["draft_plan.comment"]
