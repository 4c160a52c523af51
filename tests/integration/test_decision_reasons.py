"""A decision not to assess reaches the family in their language: the standard reasons
translated, the caseworker's own words under a line naming the language they wrote in;
the audit list names who acted in words, not codes."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale, gettext
from sqlalchemy import select

from portal.case_api import outbox
from portal.models import MailboxMessage
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.pages import page
from tests.support.requests import submitted, young_person_answers
from tests.support.staff import act, decide_not_to_assess

MET_BY_SETTING = (
    "The information we have shows that their needs can be met from the support their "
    "school or college normally provides."
)


def decide_in_english(staff: FlaskClient, reference: str) -> None:
    """A caseworker working in English decides not to assess, with a standard reason and
    words of their own."""
    staff.get("/caseworker/?lang=en")
    decide_not_to_assess(
        staff, reference, ["needs_met_by_setting"], "Oak Primary's reading group is working well."
    )


def test_standard_reasons_are_translated_and_free_text_is_labelled(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    client.get("/account/?lang=ar")
    reference = submitted(client)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    decide_in_english(staff, reference)
    outbox.run_once(app)
    with app.app_context():
        sent = (
            db.session()
            .scalars(select(MailboxMessage).where(MailboxMessage.to == "anna@example.org"))
            .all()
        )
        with app.test_request_context(), force_locale("ar"):
            subject = gettext("Our decision about your request %(reference)s", reference="\0")
            email = next(
                m for m in sent if all(p.strip() in m.subject for p in subject.split("\0"))
            )
            reason_in_arabic = gettext(MET_BY_SETTING)
            wrote_in = gettext("The caseworker also wrote, in %(language)s:", language="الإنجليزية")
    assert reason_in_arabic != MET_BY_SETTING, "the standard reason has an Arabic translation"
    assert reason_in_arabic in email.body
    assert MET_BY_SETTING not in email.body
    assert wrote_in in email.body
    after = email.body.split(wrote_in, 1)[1]
    assert after.lstrip().startswith("Oak Primary's reading group is working well.")


def test_not_assessing_needs_a_reason_of_either_kind(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    reference = submitted(client)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    act(staff, reference, "accept")
    today = deadlines.council_today()
    refused = act(
        staff,
        reference,
        "decide",
        {
            "decision": "not_assess",
            "decided_on": [str(today.day), str(today.month), str(today.year)],
        },
    )
    assert refused.status_code == 200
    assert "Select at least one reason, or enter other reasons" in page(refused).get_text(" ")


def test_the_audit_list_names_who_acted_in_words(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    reference = submitted(client)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    act(staff, reference, "accept")
    shown = page(staff.get(f"/caseworker/requests/{reference}/history?lang=en")).get_text(" ")
    assert "(Council staff)" in shown or "(Family)" in shown
    for code in ("(family)", "(staff)", "(system)"):
        assert code not in shown


def test_the_family_reads_the_same_reasons_on_their_case_page(
    app: Flask, client: FlaskClient, reference: str, staff: FlaskClient
) -> None:
    """The case page says what the decision email says: the standard reasons in the
    family's language, then the caseworker's own words under a line naming their language."""
    decide_in_english(staff, reference)
    outbox.run_once(app)
    shown = page(client.get(f"/account/cases/{reference}?lang=ar"))
    main = shown.select_one("main")
    assert main is not None
    text = " ".join(main.get_text(" ", strip=True).split())
    with app.test_request_context(), force_locale("ar"):
        reason_in_arabic = gettext(MET_BY_SETTING)
        wrote_in = gettext("The caseworker also wrote, in %(language)s:", language="الإنجليزية")
    assert reason_in_arabic in text
    assert MET_BY_SETTING not in text
    assert wrote_in in text
    note = main.find(string=lambda s: "Oak Primary" in s)
    assert note is not None and note.parent is not None
    assert note.parent.get("lang") == "en", "the caseworker's words are marked as English"
    assert text.index(wrote_in) < text.index("Oak Primary's reading group is working well.")


def test_a_young_person_reads_the_reasons_about_themself(app: Flask, client: FlaskClient) -> None:
    """On their own request, the email and the case page say "your needs", not "their"."""
    sign_in(client, person="young.person@example.org")
    reference = submitted(client, "young_person", young_person_answers())
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    decide_in_english(staff, reference)
    outbox.run_once(app)
    to_young_person = MET_BY_SETTING.replace("their", "your")
    with app.app_context():
        [email] = db.session().scalars(
            select(MailboxMessage).where(MailboxMessage.subject.contains("Our decision"))
        )
    assert to_young_person in " ".join(email.body.split())
    main = page(client.get(f"/account/cases/{reference}?lang=en")).select_one("main")
    assert main is not None
    text = " ".join(main.get_text(" ", strip=True).split())
    assert to_young_person in text and MET_BY_SETTING not in text


def test_the_request_history_shows_the_standard_reasons_in_the_page_language(
    app: Flask, client: FlaskClient
) -> None:
    """A caseworker reading a request's History in Romanian or Arabic reads the standard
    reasons another caseworker chose in English in their own language; the caseworker's
    own words stay as written, set apart with their own direction."""
    sign_in(client)
    reference = submitted(client)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    decide_in_english(staff, reference)
    for language in ("ro", "ar"):
        staff.get(f"/caseworker/?lang={language}")
        shown = page(staff.get(f"/caseworker/requests/{reference}/history"))
        with app.test_request_context(), force_locale(language):
            translated = gettext(MET_BY_SETTING)
        assert translated != MET_BY_SETTING, f"the reason has a {language} translation"
        text = shown.get_text(" ")
        assert MET_BY_SETTING not in text, f"the standard reason in English in {language}"
        reason = next((s for s in shown.find_all(string=True) if translated in s), None)
        assert reason is not None, f"the standard reason in {language}"
        assert reason.find_parent(attrs={"dir": "auto"}) is None, "laid out as the page is"
        note = shown.find(string=lambda s: s is not None and "reading group" in s)
        assert note is not None and note.parent is not None
        assert note.parent.get("dir") == "auto"
        assert note.strip() == "Oak Primary's reading group is working well."
