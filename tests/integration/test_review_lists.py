"""Caseworkers' list of annual reviews a page at a time, the overdue first whatever the
case reference, read from what the portal keeps of the case system; and a family's views
shown as they wrote them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.case_api import reads
from portal.models import CaseCache
from portal.platform import db
from tests.conftest import sign_in
from tests.support.own_pages import linked_to_case
from tests.support.pages import page, post, seen
from tests.support.reviews import cases_with_reviews

HUB = f"/account/cases/{demo.REVIEW}/annual-review"


@pytest.fixture
def app(db_app: Flask) -> Flask:
    """Each test here on each configured database (SQLite, and PostgreSQL when set)."""
    return db_app


def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each question the portal asks the case system, by kind and case, from now on."""
    asked: list[str] = []
    for kind, reader in list(reads.READERS.items()):

        def asking(client: Any, reference: str, kind: str = kind, reader: Callable = reader) -> Any:
            asked.append(kind + " " + reference)
            return reader(client, reference)

        monkeypatch.setitem(reads.READERS, kind, asking)
    return asked


def test_caseworkers_see_overdue_reviews_first_a_page_at_a_time_asking_only_what_is_not_kept(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 230 reviews the portal keeps, fresh, are not asked for again: only the linked
    demo case's review, which nobody opened, and that of the case the case system has no
    review for, once (its answer, no review, is kept too)."""
    linked_to_case(app, client, demo.REVIEW, "parent_carer")
    cases_with_reviews(app, 230)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    asked = counted(monkeypatch)
    first = page(staff.get("/caseworker/annual-reviews"))
    rows = first.select(".portal-reviews tbody tr")
    top = [seen(c) for c in rows[0].select("td")]
    assert top[0] == "BNT-2026-800229 Consent record" and "Overdue" in top[5]
    reviews_asked = [a for a in asked if a.startswith("review ")]
    assert reviews_asked == [f"review {demo.REVIEW}", "review BNT-2026-799999"], "not kept"
    next_link = first.select_one(".govuk-pagination a[rel=next]")
    assert next_link is not None
    second = page(staff.get(str(next_link["href"]))).select(".portal-reviews tbody tr")
    assert second and seen(second[0].select("td")[0]) not in {seen(r.select("td")[0]) for r in rows}
    last = first.select(".govuk-pagination__item a")[-1]
    final = page(staff.get(str(last["href"]))).select(".portal-reviews tbody tr")
    unread = [seen(c) for c in final[-1].select("td")]
    assert unread[0] == "BNT-2026-799999 Consent record"
    assert unread[2] == "The case system has no annual review for this case yet."
    reviews_asked = [a for a in asked if a.startswith("review ")]
    assert len(reviews_asked) == 2, "what the case system said is kept, even that there is none"
    # And the children's names of the rows shown that the portal does not keep, each once.
    names_asked = [a for a in asked if not a.startswith("review ")]
    assert all(a.startswith("case ") for a in names_asked), names_asked
    assert len(names_asked) == len(set(names_asked)), names_asked
    for bad in ("0", "999", "1" + "0" * 20):
        assert staff.get(f"/caseworker/annual-reviews?page={bad}").status_code == 404
    assert staff.get("/caseworker/annual-reviews?page=two").status_code == 200


def test_a_case_whose_plan_was_stopped_is_not_listed_for_a_review(
    app: Flask, client: FlaskClient
) -> None:
    """The demo case whose plan the council stopped still has its plan, marked final, in the
    case system: a young person who looked at it left the portal holding both. A stopped
    plan has no annual review, so the list does not show it as a review not read yet."""
    family = linked_to_case(app, client, demo.CEASED, "young_person")
    assert family.get(f"/account/cases/{demo.CEASED}").status_code == 200
    with app.app_context():
        rows = db.session().execute(
            select(CaseCache.kind, CaseCache.final_plan).where(
                CaseCache.case_reference == demo.CEASED
            )
        )
        kept = {kind: final for kind, final in rows}
    assert (kept["case"], kept["plan"]) == (False, True), "the portal holds the stopped plan"
    other = linked_to_case(app, app.test_client(), demo.REVIEW, "parent_carer")
    assert other.get(HUB).status_code == 200
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")

    shown = page(staff.get("/caseworker/annual-reviews"))
    listed = [seen(r.select("td")[0]) for r in shown.select(".portal-reviews tbody tr")]
    assert listed == [f"{demo.REVIEW} Consent record"]
    assert "Review date not known yet" not in shown.get_text()


def test_a_familys_views_are_shown_as_they_wrote_them(app: Flask, client: FlaskClient) -> None:
    family = linked_to_case(app, client, demo.REVIEW, "parent_carer")
    post(family, f"{HUB}/views", {"hopes": "To <b>swim</b> for the county."})
    shown = page(family.get(HUB))
    assert "<div" not in shown.get_text()
    written = [s.get_text() for s in shown.select(".portal-review-views div[dir=auto]")]
    assert "To <b>swim</b> for the county." in written
    values = [v.get_text(strip=True) for v in shown.select(".portal-review-views dd")]
    assert "None added" in values
