"""Views in a person's own words: one question a page, files checked by content, sent
once through the outbox to the case system, and read by caseworkers."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, text

from devtools.reference_case_system import demo
from portal.case_api import outbox
from portal.models import AuditEvent, Contribution, Document, OutboxMessage
from portal.platform import db, deadlines, files
from tests.conftest import sign_in
from tests.support.case_system import faults
from tests.support.contributions import PROMPTS, add_file, answer_all, begin
from tests.support.files import PDF, PNG, build_pdf
from tests.support.links import issue_code, redeem
from tests.support.pages import error, hidden, one, page, post
from tests.support.requests import fill, start, submitted, young_person_answers


@pytest.fixture
def family(client: FlaskClient) -> FlaskClient:
    sign_in(client)
    return client


def message(app: Flask) -> OutboxMessage:
    with app.app_context():
        return (
            db.session()
            .scalars(select(OutboxMessage).where(OutboxMessage.kind == "contribution.create"))
            .one()
        )


def test_a_parent_answers_one_optional_question_a_page_and_sends_to_the_case(
    app: Flask, family: FlaskClient
) -> None:
    reference = submitted(family)
    contribution = begin(family, "parent_carer", f"case:{reference}")
    first = page(family.get(f"/account/contributions/{contribution}/about/likes"))
    assert first.select_one("h1").get_text(strip=True) == (
        "What do people like and admire about them? (optional)"
    )
    assert first.select_one(".govuk-character-count")["data-maxlength"] == "2000"
    assert "See some examples" in first.get_text(" ")
    answer_all(
        family, contribution, {"likes": "Kind, funny.", "hopes": "<script>alert(1)</script>"}
    )
    assert add_file(family, contribution, PNG, "drawing.png").status_code == 302

    check = family.get(f"/account/contributions/{contribution}/check")
    html = check.get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, "shown as text, never run"
    assert "<script>alert(1)" not in html
    assert post(family, f"/account/contributions/{contribution}/check", {}).status_code == 302

    sent = message(app)
    body = sent.payload["contribution"]
    assert sent.payload["case_reference"] == reference
    assert body["author_role"] == "parent_carer" and body["language"] == "en"
    assert body["answers"]["likes"] == "Kind, funny." and body["answers"]["hard"] is None
    assert [a["filename"] for a in body["attachments"]] == ["drawing.png"]
    assert sent.after_key is not None, "waits for the request that creates the case"

    outbox.run_once(app)
    entries = app.extensions["case_api"]
    assert entries is not None
    assert message(app).status == "delivered"


def test_sent_views_cannot_be_changed_but_more_can_follow(app: Flask, family: FlaskClient) -> None:
    reference = submitted(family)
    contribution = begin(family, "parent_carer", f"case:{reference}")
    answer_all(family, contribution, {"likes": "First words"})
    post(family, f"/account/contributions/{contribution}/check", {})
    path = f"/account/contributions/{contribution}/about/likes"
    assert family.get(path).headers["Location"].endswith("/sent")
    changed = family.post(path, data={**hidden(family.get("/account/link")), "answer": "Rewritten"})
    assert changed.headers["Location"].endswith("/sent")
    with app.app_context():
        kept = db.session().get(Contribution, contribution)
        assert kept.answers["views.likes"] == "First words"
    assert "Give more views" in page(
        family.get(f"/account/contributions/{contribution}/sent")
    ).get_text(" ")
    second = begin(family, "parent_carer", f"case:{reference}")
    assert second != contribution


def test_a_young_persons_version_is_in_the_first_person_with_examples(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client, person="young.person@example.org")
    reference = submitted(client, "young_person", young_person_answers())
    contribution = begin(client, "young_person", f"case:{reference}")
    headings = []
    for slug in PROMPTS:
        shown = page(client.get(f"/account/contributions/{contribution}/about/{slug}"))
        headings.append(shown.select_one("h1").get_text(strip=True))
        assert shown.select_one("details .govuk-details__text").get_text(strip=True)
    assert headings[0] == "What do people like about me? (optional)"
    assert headings[-1] == "What do I want to do in the future? (optional)"


def test_a_child_names_who_helped_them(app: Flask, family: FlaskClient) -> None:
    reference = submitted(family)
    contribution = begin(family, "child", f"case:{reference}")
    path = f"/account/contributions/{contribution}/helped-by"
    refused = post(family, path, {"helped_by": ""})
    assert error(refused) == "Enter the name of the person who helped"
    assert post(family, path, {"helped_by": "Sam Patel, teaching assistant"}).status_code == 302
    answer_all(family, contribution, {"likes": "I like trains"})
    post(family, f"/account/contributions/{contribution}/check", {})
    assert message(app).payload["contribution"]["helped_by"] == "Sam Patel, teaching assistant"
    assert message(app).payload["contribution"]["author_role"] == "child"


def test_views_with_an_unsent_request_wait_and_go_with_it(app: Flask, family: FlaskClient) -> None:
    draft = start(family)
    fill(family, draft)
    contribution = begin(family, "parent_carer", f"draft:{draft}")
    answer_all(family, contribution, {"important": "Routine"})
    post(family, f"/account/contributions/{contribution}/check", {})
    with app.app_context():
        assert (
            not db.session()
            .scalars(select(OutboxMessage).where(OutboxMessage.kind == "contribution.create"))
            .all()
        ), "nothing is sent before the request"
    task_list = page(family.get(f"/account/request/{draft}/")).get_text(" ")
    assert "1 set of views saved" in task_list
    post(family, f"/account/request/{draft}/check", {})
    sent = message(app)
    assert sent.after_key == f"assessment-request-{draft}"
    assert sent.payload["contribution"]["answers"]["important"] == "Routine"


def test_files_are_checked_by_content_and_limited(app: Flask, family: FlaskClient) -> None:
    reference = submitted(family)
    contribution = begin(family, "parent_carer", f"case:{reference}")
    renamed = add_file(family, contribution, b"MZ\x90\x00 a program", "drawing.pdf")
    assert error(renamed) == "The selected file must be a PDF, Word document, image or audio file"
    assert error(add_file(family, contribution, b"", "empty.png")) in (
        "The selected file is empty",
        "Select a file to upload",
    )
    polyglot = PNG + b"<script>alert(1)</script>"
    assert "hidden content" in error(add_file(family, contribution, polyglot, "cat.png"))
    pdf_with_script = build_pdf(b"/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>")
    assert "hidden content" in error(add_file(family, contribution, pdf_with_script, "a.pdf"))
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "0" * (20 * 1024 * 1024))
    assert "hidden content" in error(add_file(family, contribution, bomb.getvalue(), "b.docx"))
    assert add_file(family, contribution, PNG, "../../etc/passwd.exe").status_code == 302
    listed = family.get(f"/account/contributions/{contribution}/files").get_data(as_text=True)
    assert "passwd.png" in listed and ".exe" not in listed and "../" not in listed
    for number in range(4):
        assert add_file(family, contribution, PDF, f"p{number}.pdf").status_code == 302
    assert error(add_file(family, contribution, PDF, "sixth.pdf")) == (
        "You can add up to 5 documents"
    )


def test_a_post_too_large_gets_a_413_page_and_the_answers_stay(
    app: Flask, family: FlaskClient
) -> None:
    reference = submitted(family)
    contribution = begin(family, "parent_carer", f"case:{reference}")
    answer_all(family, contribution, {"likes": "Saved before the big file"})
    app.config["MAX_CONTENT_LENGTH"] = 64 * 1024  # a whole post larger than this is refused
    response = add_file(family, contribution, PDF + b"x" * (65 * 1024), "huge.pdf")
    assert response.status_code == 413
    assert "What you sent is too large" in page(response).get_text(" ")
    with app.app_context():
        kept = db.session().get(Contribution, contribution)
        assert kept.answers["views.likes"] == "Saved before the big file"


def test_answers_keep_the_language_they_were_written_in(app: Flask, family: FlaskClient) -> None:
    reference = submitted(family)
    family.get("/language/ar?next=/account/")
    contribution = begin(family, "parent_carer", f"case:{reference}")
    answer_all(family, contribution, {"likes": "لطيف ومضحك"})
    post(family, f"/account/contributions/{contribution}/check", {})
    assert message(app).payload["contribution"]["language"] == "ar"
    with app.app_context():
        raw = db.session().execute(text("SELECT answers FROM contributions")).scalars().one()
    assert "لطيف" not in raw, "special category: encrypted at rest"


def test_another_family_cannot_reach_views(app: Flask, family: FlaskClient) -> None:
    reference = submitted(family)
    contribution = begin(family, "parent_carer", f"case:{reference}")
    other = app.test_client()
    sign_in(other, person="second.parent@example.org")
    for path in ("about/likes", "files", "check", "sent"):
        assert other.get(f"/account/contributions/{contribution}/{path}").status_code == 404, path
    forged = {"author": "parent_carer", "destination": f"case:{reference}"}
    assert post(other, "/account/contributions/new", forged).status_code == 200
    with app.app_context():
        assert db.session().scalars(select(Contribution)).all() == [
            db.session().get(Contribution, contribution)
        ], "no views were started for a case that is not theirs"


def test_caseworkers_read_views_and_files_and_each_look_is_audited(
    app: Flask, family: FlaskClient
) -> None:
    reference = submitted(family)
    contribution = begin(family, "parent_carer", f"case:{reference}")
    answer_all(family, contribution, {"hard": "Busy rooms"})
    add_file(family, contribution, PDF, "letter.pdf")
    post(family, f"/account/contributions/{contribution}/check", {})
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    shown = page(staff.get(f"/caseworker/cases/{reference}/contributions"))
    assert "Busy rooms" in shown.get_text(" ")
    # Each answer is named as staff name it, not by the question the author was asked.
    keys = [dt_.get_text(strip=True) for dt_ in shown.select("main dt")]
    assert "What they find hard" in keys, keys
    assert [key for key in keys if key.endswith("?")] == [], keys
    download = staff.get(shown.select_one("a[href*='/caseworker/documents/']")["href"])
    assert download.status_code == 200 and download.data == PDF
    assert download.headers["Content-Disposition"].startswith("attachment")
    with app.app_context():
        actions = db.session().scalars(select(AuditEvent.action)).all()
    assert "viewed_views" in actions and "viewed_document" in actions
    assert family.get(f"/caseworker/cases/{reference}/contributions").status_code in (403, 404)


def test_a_requests_views_section_shows_them_and_audits_the_look(
    app: Flask, family: FlaskClient
) -> None:
    reference = submitted(family)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    shown = page(staff.get(f"/caseworker/requests/{reference}/views"))
    assert "No views have been sent yet." in shown.get_text(" ")
    with app.app_context():
        looked = db.session().scalars(select(AuditEvent.action)).all()
    assert "viewed_views" not in looked, "nothing was shown, so no look at views is recorded"

    contribution = begin(family, "parent_carer", f"case:{reference}")
    answer_all(family, contribution, {"hard": "Busy rooms"})
    post(family, f"/account/contributions/{contribution}/check", {})
    shown = page(staff.get(f"/caseworker/requests/{reference}/views"))
    assert "Busy rooms" in shown.get_text(" ")
    with app.app_context():
        about = db.session().scalars(
            select(AuditEvent.object_id).where(AuditEvent.action == "viewed_views")
        )
        assert list(about) == [reference]


def test_the_annual_review_deadline_is_shown_for_a_case_with_a_plan(
    app: Flask, family: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Amara's next review has a fixed date, 8 July 2027, and views are asked for it only
    # while it is still to come: the portal's day is set before it, then after it.
    due = deadlines.annual_review_due(demo.AMARA_REVIEWED_ON)
    monkeypatch.setattr(deadlines, "council_today", lambda: due - dt.timedelta(weeks=8))
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    redeem(family, issue_code(staff, demo.FINAL, "Jo Parent", "parent_carer"))
    contribution = begin(family, "parent_carer", f"case:{demo.FINAL}")
    answer_all(family, contribution, {})
    check = page(family.get(f"/account/contributions/{contribution}/check")).get_text(" ")
    assert "The next annual review of the plan is due by 8 July 2027" in check
    monkeypatch.setattr(deadlines, "council_today", lambda: due + dt.timedelta(days=1))
    check = page(family.get(f"/account/contributions/{contribution}/check")).get_text(" ")
    assert "The next annual review of the plan is due by" not in check, "a past date is not asked"
    faults(app).clear()


def test_views_and_their_files_go_with_a_stale_draft(app: Flask, family: FlaskClient) -> None:

    from sqlalchemy import update

    from portal.assessment_request.service import remove_stale_drafts
    from portal.models import Document, RequestDraft

    draft = start(family)
    contribution = begin(family, "parent_carer", f"draft:{draft}")
    add_file(family, contribution, PNG, "drawing.png")
    with app.app_context():
        key = db.session().scalars(select(Document.storage_key)).one()
        stored = files.path_of(key)
        assert stored.exists()
        db.session().execute(
            update(RequestDraft).values(updated_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=29))
        )
        db.session().commit()
    assert remove_stale_drafts(app) == 1
    with app.app_context():
        assert db.session().scalars(select(Contribution)).all() == []
        assert db.session().scalars(select(Document)).all() == []
    assert not stored.exists(), "the drawing itself is deleted, not only its row"


def test_sent_views_files_can_be_read_but_not_changed(app: Flask, family: FlaskClient) -> None:
    reference = submitted(family)
    contribution = begin(family, "parent_carer", f"case:{reference}")
    assert add_file(family, contribution, PDF, "letter.pdf").status_code == 302
    post(family, f"/account/contributions/{contribution}/check", {})
    with app.app_context():
        document = db.session().scalars(select(Document)).one()
    files_page = f"/account/contributions/{contribution}/files"
    assert family.get(files_page).headers["Location"].endswith(f"/{contribution}/sent")
    late = family.post(
        files_page,
        data={**hidden(family.get("/account/link")), "file": (io.BytesIO(PNG), "late.png")},
        content_type="multipart/form-data",
    )
    assert late.headers["Location"].endswith(f"/{contribution}/sent")
    removal = f"{files_page}/{document.id}/remove"
    assert family.get(removal).status_code == 404
    assert family.post(removal, data=hidden(family.get("/account/link"))).status_code == 404
    assert family.get(f"{files_page}/{document.id}").status_code == 200
    with app.app_context():
        assert [d.filename for d in db.session().scalars(select(Document))] == ["letter.pdf"]


def test_views_started_from_a_case_page_go_back_to_that_case(family: FlaskClient) -> None:
    reference = submitted(family)
    started = page(family.get(f"/account/contributions/new?case={reference}"))
    back, chosen = started.select_one(".govuk-back-link"), started.select_one("input:checked")
    assert back is not None and back["href"] == f"/account/cases/{reference}"
    assert chosen is not None and chosen["value"] == f"case:{reference}"


def test_arabic_staff_read_the_language_and_byline_of_views_in_arabic(
    app: Flask, family: FlaskClient
) -> None:
    reference = submitted(family)
    contribution = begin(family, "parent_carer", f"case:{reference}")
    answer_all(family, contribution, {"hard": "Busy rooms"})
    post(family, f"/account/contributions/{contribution}/check", {})
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    shown = page(staff.get(f"/caseworker/cases/{reference}/contributions?lang=ar"))
    assert one(shown, "main p.govuk-hint").get_text(strip=True).endswith("الإنجليزية")
    byline = one(shown, "main h2").get_text()
    assert "،" in byline and ", " not in byline, byline


def test_the_files_on_the_arabic_check_page_are_listed_one_a_line(
    family: FlaskClient,
) -> None:
    """Each file on a line of its own, with its description under it: no list separator
    (once an English comma in an Arabic line) between them."""
    contribution = begin(family, "parent_carer", f"case:{submitted(family)}")
    add_file(family, contribution, PDF, "letter.pdf")
    add_file(family, contribution, PNG, "drawing.png")
    check = page(family.get(f"/account/contributions/{contribution}/check?lang=ar"))
    files = check.select(".govuk-summary-list__value")[-1]
    assert [name.get_text() for name in files.select("li bdi")] == ["letter.pdf", "drawing.png"]
    assert "," not in files.get_text(), files.get_text()


@pytest.mark.parametrize("lang", ["en", "ar", "bg", "fa", "pl", "ro", "tr"])
def test_the_check_and_sent_pages_name_each_question_without_optional(
    family: FlaskClient, lang: str
) -> None:
    """ "(optional)" is for a question being asked; reading answers back, it is noise."""
    reference = submitted(family)
    contribution = begin(family, "parent_carer", f"case:{reference}")
    answer_all(family, contribution, {"likes": "Kind, funny."})
    base = f"/account/contributions/{contribution}"
    asked = [
        one(page(family.get(f"{base}/about/{slug}?lang={lang}")), "h1").get_text(strip=True)
        for slug in PROMPTS
    ]

    def keys(path: str) -> list[str]:
        shown = page(family.get(f"{path}?lang={lang}"))
        return [k.get_text(strip=True) for k in shown.select(".govuk-summary-list__key")]

    checked = keys(f"{base}/check")
    post(family, f"{base}/check", {})
    for read_back in (checked, keys(f"{base}/sent")):
        assert all("(optional)" not in key for key in read_back), read_back
        for question, key in zip(asked, read_back[: len(PROMPTS)], strict=True):
            assert key != question and key in question, (key, question)
