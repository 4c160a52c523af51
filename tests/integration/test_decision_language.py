"""A decision not to assess names the language the caseworker wrote their own words in,
as they say it on the decide page, not the language of their staff pages. A caseworker
with the staff pages in Arabic wrote in English; the family (in Bulgarian) was told "The
caseworker also wrote, in Arabic:", under an "Our reasons:" with nothing under it."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale, gettext
from sqlalchemy import select

from portal.case_api import outbox
from portal.models import MailboxMessage
from portal.platform import db, deadlines
from portal.platform.i18n import language_name
from tests.conftest import sign_in
from tests.support.pages import one, page
from tests.support.requests import submitted
from tests.support.staff import act

WORDS = "The school report shows her needs are met."


def _today() -> list[str]:
    today = deadlines.council_today()
    return [str(today.day), str(today.month), str(today.year)]


def _sent_in_bulgarian(app: Flask, client: FlaskClient) -> tuple[str, FlaskClient]:
    """A family reading Bulgarian sends a request; a caseworker reads the staff pages in
    Arabic."""
    sign_in(client)
    client.get("/account/?lang=bg")
    reference = submitted(client)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    staff.get("/caseworker/?lang=ar")
    return reference, staff


def _in_bulgarian(app: Flask, client: FlaskClient) -> tuple[str, FlaskClient]:
    reference, staff = _sent_in_bulgarian(app, client)
    assert act(staff, reference, "accept").status_code == 302
    return reference, staff


def _decide(staff: FlaskClient, reference: str, **more: object):  # type: ignore[no-untyped-def]
    fields = {"decision": "not_assess", "decided_on": _today(), "reason": WORDS, **more}
    return act(staff, reference, "decide", fields)


def _text(html: object) -> str:
    return " ".join(str(html).split())


def test_the_family_is_told_the_language_the_caseworker_chose(
    app: Flask, client: FlaskClient
) -> None:
    reference, staff = _in_bulgarian(app, client)
    assert _decide(staff, reference, written_in="en").status_code == 302
    outbox.run_once(app)
    with app.app_context():
        [email] = db.session().scalars(
            select(MailboxMessage)
            .where(MailboxMessage.to == "anna@example.org")
            .where(MailboxMessage.body.contains(WORDS))
        )
    with app.test_request_context(), force_locale("bg"):
        english = language_name("en")
        arabic = language_name("ar")
        heading = gettext("Our reasons:")
        also = gettext("The caseworker also wrote, in %(language)s:", language=english)
        theirs = gettext(
            "Our reasons, as the caseworker wrote them, in %(language)s:", language=english
        )
    body = _text(email.body)
    assert arabic not in body
    assert heading not in body, "no heading over no reasons"
    assert also not in body, "nothing else to add to"
    assert f"{theirs} {WORDS}" in body
    main = one(page(client.get(f"/account/cases/{reference}?lang=bg")), "main")
    shown = _text(main.get_text(" ", strip=True))
    assert arabic not in shown and heading not in shown
    assert f"{theirs} {WORDS}" in shown
    words = main.find(string=lambda s: s is not None and WORDS in s)
    assert words is not None and words.parent is not None and words.parent.get("lang") == "en"


def test_the_family_language_can_be_chosen(app: Flask, client: FlaskClient) -> None:
    reference, staff = _in_bulgarian(app, client)
    shown = page(staff.get(f"/caseworker/requests/{reference}/actions/decide"))
    choices = [str(i.get("value")) for i in shown.select("input[name=decide-written_in]")]
    assert choices == ["en", "bg"]
    assert not shown.select("input[name=decide-written_in][checked]"), "nothing pre-selected"
    assert _decide(staff, reference, written_in="bg").status_code == 302
    main = one(page(client.get(f"/account/cases/{reference}?lang=en")), "main")
    assert "as the caseworker wrote them, in Bulgarian:" in _text(main.get_text(" "))


def test_words_without_their_language_are_asked_for_and_kept(
    app: Flask, client: FlaskClient
) -> None:
    reference, staff = _in_bulgarian(app, client)
    staff.get("/caseworker/?lang=en")
    refused = _decide(staff, reference, standard_reasons=["needs_met_by_setting"])
    assert refused.status_code == 200
    shown = page(refused)
    message = "Select the language you wrote the other reasons in"
    summary = one(shown, ".govuk-error-summary")
    link = summary.find("a", string=lambda s: s is not None and message in s)
    assert link is not None
    target = one(shown, str(link["href"]))
    assert target.get("name") == "decide-written_in"
    assert message in one(shown, "#decide-written_in-error").get_text(" ")
    assert one(shown, "textarea[name=decide-reason]").get_text() == WORDS
    assert one(shown, "input[name=decide-standard_reasons][checked]").get("value") == (
        "needs_met_by_setting"
    )


def test_no_language_is_asked_for_without_words_of_their_own(
    app: Flask, client: FlaskClient
) -> None:
    reference, staff = _in_bulgarian(app, client)
    decided = _decide(staff, reference, reason="", standard_reasons=["needs_met_by_setting"])
    assert decided.status_code == 302


def test_the_hint_is_sentences_that_end(app: Flask, client: FlaskClient) -> None:
    """The hint under the caseworker's own words ran into the advice to write in the
    family's language: "…which language you wrote them in The family reads…"."""
    reference, staff = _in_bulgarian(app, client)
    for language in ("en", "ar", "bg", "fa", "pl", "ro", "tr"):
        staff.get(f"/caseworker/?lang={language}")
        shown = page(staff.get(f"/caseworker/requests/{reference}/actions/decide"))
        hint = one(shown, "#decide-reason-hint")
        parts = [p.get_text(" ", strip=True) for p in hint.select("p")] or [
            hint.get_text(" ", strip=True)
        ]
        assert len(parts) == 2, (language, parts)
        for part in parts:
            assert part.rstrip()[-1] in ".。؛.!", (language, part)


ASKED = "Please send the latest school report."


def test_a_message_asking_for_more_is_marked_in_the_language_chosen(
    app: Flask, client: FlaskClient
) -> None:
    """Asking the family for more information, the caseworker says which language they
    wrote in, as for a decision's reasons: the message is marked as that language (for
    screen readers and translation tools) where the family and the staff read it."""
    reference, staff = _sent_in_bulgarian(app, client)
    address = f"/caseworker/requests/{reference}/actions/more_information"
    shown = page(staff.get(address))
    choices = [str(i.get("value")) for i in shown.select("input[name=info-written_in]")]
    assert choices == ["en", "bg"]
    assert not shown.select("input[name=info-written_in][checked]"), "nothing pre-selected"
    staff.get("/caseworker/?lang=en")
    refused = act(staff, reference, "more_information", {"message": ASKED})
    assert refused.status_code == 200
    refused_page = page(refused)
    message = "Select the language you wrote the message in"
    assert message in one(refused_page, ".govuk-error-summary").get_text(" ")
    assert message in one(refused_page, "#info-written_in-error").get_text(" ")
    assert one(refused_page, "textarea[name=info-message]").get_text() == ASKED
    sent = act(staff, reference, "more_information", {"message": ASKED, "written_in": "en"})
    assert sent.status_code == 302
    for reader, path in (
        (staff, f"/caseworker/requests/{reference}/messages"),
        (client, f"/account/requests/{reference}/messages?lang=bg"),
    ):
        words = page(reader.get(path)).find(string=lambda s: s is not None and ASKED in s)
        assert words is not None and words.parent is not None, path
        assert words.parent.get("lang") == "en", path
