"""A draft plan that changes while a family answers it, the late mark near midnight, what
the family's answers look like, and the caseworkers' list of responses a page at a time."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system.models import Entry
from portal.case_api import outbox
from portal.models import Account, Document, DraftPlanResponse, OutboxMessage
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.case_system import sessions
from tests.support.draft_plans import CASE, CHECK, HUB, linked_parent, long_date
from tests.support.files import PDF
from tests.support.links import young_persons_own_link
from tests.support.pages import hidden, one, page, post


@pytest.fixture
def app(db_app: Flask) -> Flask:
    """Each test here on each configured database (SQLite, and PostgreSQL when set)."""
    return db_app


@pytest.fixture
def family(app: Flask, client: FlaskClient) -> FlaskClient:
    return linked_parent(app, client)


def responses_in_case_system(app: Flask, issued: dt.date) -> list[dict[str, Any]]:
    """Those this app's family sent to the draft of `issued` (the case system is shared by
    the tests)."""
    with app.app_context():
        ours = set(db.session().scalars(select(DraftPlanResponse.id)))
    with sessions(app)() as session:
        return [
            entry.body
            for entry in session.scalars(
                select(Entry).where(
                    Entry.case_reference == CASE, Entry.kind == "draft_plan_response"
                )
            )
            if entry.body["draft_issued_on"] == issued.isoformat() and entry.body["id"] in ours
        ]


def responses_queued(app: Flask) -> int:
    with app.app_context():
        return len(
            db.session()
            .scalars(
                select(OutboxMessage).where(OutboxMessage.kind == "draft_plan_response.create")
            )
            .all()
        )


def test_a_draft_issued_again_while_a_family_answers_sends_nothing_they_did_not_see(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    first, again = (
        deadlines.council_today() - dt.timedelta(days=3),
        deadlines.council_today() - dt.timedelta(days=1),
    )
    sent_on(first)
    post(family, f"{HUB}/sections/F", {"comment": "Speech therapy must be weekly."})
    post(family, f"{HUB}/setting", {"setting_name": "Meadow School", "setting_type": "special"})
    opened = hidden(family.get(CHECK))  # the page they press Send on, for the first draft
    sent_on(again)  # the council re-issues the draft before they press it

    pressed = family.post(CHECK, data=opened)
    assert pressed.status_code == 302 and pressed.headers["Location"].endswith(HUB)
    assert responses_queued(app) == 0, "nothing is sent that they did not see"
    shown = page(family.get(HUB))
    banner = shown.select_one(".govuk-notification-banner")
    assert banner is not None
    assert f"The council issued a new draft plan on {long_date(again)}" in banner.get_text()
    text = shown.get_text(" ", strip=True)
    assert f"Draft sent on {long_date(again)}" in text
    assert "Speech therapy must be weekly." in text and "Meadow School" in text
    assert page(family.get(HUB)).select_one(".govuk-notification-banner") is None, "told once"

    assert family.post(CHECK, data=hidden(family.get(CHECK))).headers["Location"].endswith("/sent")
    outbox.run_once(app)
    [body] = responses_in_case_system(app, again)
    assert body["comments"] == [{"section": "F", "comment": "Speech therapy must be weekly."}]
    assert body["setting"] == {"name": "Meadow School", "type": "special"}


def test_a_comment_saved_from_a_page_of_the_earlier_draft_is_kept_for_the_new_one(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    opened = hidden(family.get(f"{HUB}/sections/A"))
    sent_on(deadlines.council_today())
    saved = family.post(f"{HUB}/sections/A", data={**opened, "comment": "Leo loves trains."})
    assert saved.status_code == 302
    shown = page(family.get(HUB))
    assert shown.select_one(".govuk-notification-banner") is not None
    assert "Leo loves trains." in shown.get_text()
    assert responses_queued(app) == 0


def test_a_response_at_half_past_midnight_uk_time_on_day_16_is_late(
    app: Flask, family: FlaskClient, sent_on: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent_on(dt.date(2026, 7, 1))  # its 15 days end on 15 July
    night = dt.datetime(2026, 7, 15, 23, 30, tzinfo=dt.UTC)  # 00:30 on 16 July in the UK
    monkeypatch.setattr("portal.draft_plans.service.utcnow", lambda: night)
    hub = page(family.get(HUB)).get_text(" ", strip=True)
    assert "Your 15 days to respond ended on 15 July 2026" in hub
    assert family.post(CHECK, data=hidden(family.get(CHECK))).headers["Location"].endswith("/sent")
    assert "we have marked it as late" in page(family.get(f"{HUB}/sent")).get_text()
    outbox.run_once(app)
    [body] = responses_in_case_system(app, dt.date(2026, 7, 1))
    assert body["late"] is True


def test_the_setting_asked_for_is_shown_as_written_not_as_markup(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today())
    post(family, f"{HUB}/setting", {"setting_name": "Meadow <School>", "setting_type": "special"})
    for path in (HUB, f"{HUB}/sent"):
        if path.endswith("/sent"):
            family.post(CHECK, data=hidden(family.get(CHECK)))
        shown = page(family.get(path))
        assert "<span" not in shown.get_text() and "<bdi" not in shown.get_text()
        # The name as typed, isolated in its own direction; the kind in the page's words.
        assert "Meadow <School>" in [b.get_text() for b in shown.select("bdi")], path
        cells = [" ".join(c.get_text().split()) for c in shown.select(".govuk-summary-list__value")]
        assert "Meadow <School> (A special school)" in cells, path


def sent_responses(app: Flask, how_many: int) -> None:
    """`how_many` sent responses on made-up cases, the draft of the last the newest."""
    with app.app_context():
        session = db.session()
        account = session.scalars(select(Account.id)).first()
        assert account is not None
        start = deadlines.council_today() - dt.timedelta(days=how_many)
        for n in range(how_many):
            session.add(
                DraftPlanResponse(
                    account_id=account,
                    case_reference=f"BNT-2026-9{n:05d}",
                    responder_role="parent_carer",
                    draft_issued_on=start + dt.timedelta(days=n),
                    answers={},
                    submitted_at=dt.datetime.now(dt.UTC),
                    late=False,
                )
            )
        session.commit()


def test_caseworkers_see_the_newest_responses_first_a_page_at_a_time(
    app: Flask, family: FlaskClient
) -> None:
    sent_responses(app, 260)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    first = page(staff.get("/caseworker/draft-plan-responses"))
    rows = first.select(".portal-draft-responses tbody tr")
    assert (
        rows[0].select("td")[0].get_text(strip=True).removeprefix("Case reference")
        == "BNT-2026-900259"
    )
    assert len(rows) < 260
    next_link = first.select_one(".govuk-pagination a[rel=next]")
    assert next_link is not None
    second = page(staff.get(str(next_link["href"])))
    references = [
        r.select("td")[0].get_text(strip=True).removeprefix("Case reference")
        for r in second.select("tbody tr")
    ]
    assert references[0] == f"BNT-2026-9{259 - len(rows):05d}"
    last = first.select(".govuk-pagination__item a")[-1]
    oldest = page(staff.get(str(last["href"]))).select("tbody tr")
    assert (
        oldest[-1].select("td")[0].get_text(strip=True).removeprefix("Case reference")
        == "BNT-2026-900000"
    )
    for bad in ("0", "-1", "9999", "1" + "0" * 20):
        assert staff.get(f"/caseworker/draft-plan-responses?page={bad}").status_code == 404
    assert staff.get("/caseworker/draft-plan-responses?page=x").status_code == 200


def test_a_comment_saved_in_a_tab_left_open_after_sending_is_shown_back_not_lost(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    """Tab A has section B open with a comment typed; tab B sends the response; tab A
    then saves. The comment cannot join what was sent: the page says so, shows it back to
    be copied and says how to get it to the council."""
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    tab_a = hidden(family.get(f"{HUB}/sections/B"))
    assert post(family, f"{HUB}/sections/F", {"comment": "Weekly speech therapy."}).status_code
    assert family.post(CHECK, data=hidden(family.get(CHECK))).headers["Location"].endswith("/sent")

    saved = family.post(f"{HUB}/sections/B", data={**tab_a, "comment": "Sam needs a quiet room."})

    assert saved.status_code == 200, saved.headers.get("Location")
    shown = page(saved)
    said = one(shown, "main").get_text(" ", strip=True)
    assert "Your response was already sent, so this comment was not added to it." in said
    inset = shown.select_one(".portal-not-sent .govuk-inset-text")
    assert inset is not None and inset.get_text(strip=True) == "Sam needs a quiet room."
    assert "email it to the SEN team" in said
    # A tester was told to email the SEN team, with no address to email.
    assert shown.select_one("main a[href='mailto:sen.team@barnet.gov.uk']") is not None
    assert shown.select_one(f"main a[href$='{HUB}/sent']") is not None
    # What was sent is unchanged.
    sent_page = page(family.get(f"{HUB}/sent")).get_text(" ", strip=True)
    assert "Weekly speech therapy." in sent_page and "quiet room" not in sent_page


def test_a_comment_left_empty_in_a_stale_tab_goes_to_what_was_sent(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    tab_a = hidden(family.get(f"{HUB}/sections/B"))
    assert family.post(CHECK, data=hidden(family.get(CHECK))).headers["Location"].endswith("/sent")
    left = family.post(f"{HUB}/sections/B", data={**tab_a, "comment": "  "})
    assert left.status_code == 302 and left.headers["Location"].endswith(f"{HUB}/sent")


def test_a_setting_asked_for_in_a_tab_left_open_after_sending_is_shown_back_not_lost(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    tab_a = hidden(family.get(f"{HUB}/setting"))
    assert family.post(CHECK, data=hidden(family.get(CHECK))).headers["Location"].endswith("/sent")

    saved = family.post(
        f"{HUB}/setting",
        data={**tab_a, "setting_name": "Meadow School", "setting_type": "special"},
    )

    assert saved.status_code == 200, saved.headers.get("Location")
    shown = page(saved)
    said = one(shown, "main").get_text(" ", strip=True)
    assert "Your response was already sent, so this answer was not added to it." in said
    rows = [
        row.get_text(" ", strip=True)
        for row in shown.select(".portal-not-sent .govuk-summary-list__row")
    ]
    assert [r for r in rows if "Meadow School" in r] and [
        r for r in rows if "A special school" in r
    ]
    assert not [r for r in rows if "(optional)" in r], "questions read back without it"
    assert "email it to the SEN team" in said
    assert "Meadow School" not in page(family.get(f"{HUB}/sent")).get_text(" ", strip=True)


def test_a_young_persons_comment_from_a_stale_tab_is_shown_back_to_them(
    app: Flask, client: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    young_persons_own_link(app, CASE, "young.person@example.org")  # the child's draft plan
    sign_in(client, person="young.person@example.org")
    tab_a = hidden(client.get(f"{HUB}/sections/B"))
    assert client.post(CHECK, data=hidden(client.get(CHECK))).headers["Location"].endswith("/sent")

    saved = client.post(f"{HUB}/sections/B", data={**tab_a, "comment": "I want to try college."})

    assert saved.status_code == 200
    main = page(saved).select_one("main")
    assert main is not None
    said = main.get_text(" ", strip=True)
    assert "this comment was not added" in said and "I want to try college." in said


def test_evidence_added_in_a_tab_left_open_after_sending_is_named_not_dropped(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    """Tab A has the evidence page open; tab B sends the response with one file; tab A
    then uploads another. It cannot join what was sent: the page names the file, shows
    what was written about it and says how to get it to the council; what was sent keeps
    its file."""
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    assert family.get(HUB).status_code == 200
    with app.app_context():
        response_id = db.session().scalars(select(DraftPlanResponse.id)).one()
    evidence = f"/account/draft-plan-responses/{response_id}/evidence"
    kept = {"file": (io.BytesIO(PDF), "ot-report.pdf"), "description": "OT report"}
    assert (
        family.post(
            evidence,
            data={**hidden(family.get(evidence)), **kept},
            content_type="multipart/form-data",
        )
        .headers["Location"]
        .split("?")[0]  # the address also names the case and draft, for a page left open
        .endswith(evidence)
    )
    tab_a = hidden(family.get(evidence))
    assert family.post(CHECK, data=hidden(family.get(CHECK))).headers["Location"].endswith("/sent")

    late = {"file": (io.BytesIO(PDF), "speech-therapy.pdf"), "description": "Speech report"}
    added = family.post(evidence, data={**tab_a, **late}, content_type="multipart/form-data")

    assert added.status_code == 200, added.headers.get("Location")
    shown = page(added)
    said = one(shown, "main").get_text(" ", strip=True)
    assert "Your response was already sent, so this file was not added to it." in said
    rows = [r.get_text(" ", strip=True) for r in shown.select(".portal-not-sent dd")]
    assert rows == ["speech-therapy.pdf", "Speech report"]
    assert "send it to the SEN team or your caseworker another way" in said
    assert shown.select_one(f"main a[href$='{HUB}/sent']") is not None
    sent_page = page(family.get(f"{HUB}/sent")).get_text(" ", strip=True)
    assert "ot-report.pdf" in sent_page and "speech-therapy.pdf" not in sent_page
    with app.app_context():
        names = db.session().scalars(select(Document.filename)).all()
    assert names == ["ot-report.pdf"]
