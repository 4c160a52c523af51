"""How families hear from us: they choose email, text messages or both, and the language,
on "How we contact you"; every message then goes by the channels they chose, says what
happened and links to the page where they act, and a text carries no child's name and no
needs."""

from __future__ import annotations

import re
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, select, text

from portal.case_api import outbox
from portal.models import AuditEvent, ContactPreference, MailboxMessage
from portal.platform import db
from tests.conftest import sign_in
from tests.support.pages import error, page, post
from tests.support.requests import submitted
from tests.support.staff import act, decide_not_to_assess

PAGE = "/account/contact-preferences"
CHILD = ("Zoë", "O'Neill-Kowalska", "reading", "Oak Primary")  # tests.support.answers


def html(response: Any) -> Any:
    """The page, read loosely: a missing element fails the test where it is used."""
    return page(response)


def choose(client: FlaskClient, channels: list[str], mobile: str = "", language: str = "en"):  # type: ignore[no-untyped-def]
    return post(client, PAGE, {"channels": channels, "mobile": mobile, "language": language})


def mailbox(app: Flask) -> list[MailboxMessage]:
    """What the family has received once the outbox worker has sent everything."""
    outbox.run_once(app)
    with app.app_context():
        found = db.session().scalars(select(MailboxMessage).order_by(MailboxMessage.sent_at))
        return list(found)


def texts(app: Flask) -> list[MailboxMessage]:
    return [m for m in mailbox(app) if m.channel == "sms"]


def test_the_page_asks_for_a_mobile_only_under_text_messages_and_says_why(
    client: FlaskClient,
) -> None:
    sign_in(client)
    shown = html(client.get(PAGE))
    assert shown.h1.get_text(strip=True) == "How we contact you"
    email = shown.find("input", {"name": "channels", "value": "email"})
    assert email.has_attr("checked"), "email until they choose otherwise"
    mobile = shown.find("input", {"name": "mobile"})
    assert mobile["dir"] == "ltr" and mobile["type"] == "tel"
    revealed = mobile.find_parent(class_="govuk-checkboxes__conditional")
    texts_box = shown.find("input", {"name": "channels", "value": "sms"})
    assert revealed["id"] == texts_box["data-aria-controls"], "shown under 'By text message'"
    assert "(optional)" not in shown.find("label", {"for": "mobile"}).get_text()
    why = revealed.find(class_="govuk-details").get_text(" ", strip=True)
    assert "never include a child's name" in why
    assert "You must answer this question if you choose text messages." in why
    languages = shown.find_all("input", {"name": "language"})
    assert len(languages) == 7
    arabic = shown.find(
        "label", {"for": languages[[i["value"] for i in languages].index("ar")]["id"]}
    )
    assert (arabic["lang"], arabic["dir"]) == ("ar", "rtl")
    assert html(client.get("/account/")).find("a", href=PAGE), "reached from the account"


def test_choosing_texts_without_a_uk_mobile_is_refused_next_to_the_box_and_in_the_summary(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    for typed, message in [
        ("", "Enter a UK mobile number so we can send you text messages"),
        ("020 8359 2000", "Enter a UK mobile number, like 07700 900 982 or +44 7700 900 982"),
        ("+33 6 12 34 56 78", "Enter a UK mobile number, like 07700 900 982 or +44 7700 900 982"),
    ]:
        refused = choose(client, ["sms"], typed)
        assert refused.status_code == 200
        assert error(refused) == message
        shown = html(refused)
        assert shown.select_one(".govuk-error-summary a")["href"] == "#mobile"
        assert message in shown.select_one("#mobile-error").get_text()
        assert shown.title.get_text().startswith("Error:")
    with app.app_context():
        assert db.session().scalars(select(ContactPreference)).all() == []
    nothing = choose(client, [])
    assert error(nothing) == "Select how we should tell you: by email, by text message or both"


def test_a_number_left_in_the_hidden_box_is_not_kept_when_email_is_chosen(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    assert choose(client, ["email"], "not a number").status_code == 302
    with app.app_context():
        kept = db.session().scalars(select(ContactPreference)).one()
        assert (kept.channels, kept.mobile) == ("email", None)


def test_a_family_that_chose_texts_hears_each_event_by_text_in_its_language(
    app: Flask, client: FlaskClient, staff: FlaskClient
) -> None:
    sign_in(client)
    saved = choose(client, ["sms"], "+44 7700 900 123", "ar")
    assert saved.status_code == 302
    assert "We will contact you the way you chose" in page(client.get(PAGE)).get_text()
    reference = submitted(client)
    mailbox(app)  # each event's text is sent before the next happens, so they come in order
    act(
        staff,
        reference,
        "more_information",
        {"message": "Please send the school report.", "written_in": "en"},
    )
    mailbox(app)
    decide_not_to_assess(staff, reference, note="Needs met by the school's SEN support")
    sent = mailbox(app)
    assert [m.channel for m in sent] == ["sms", "sms", "sms"], "no email: they chose texts"
    service = str(app.extensions["portal_settings"].config.service.url).rstrip("/")
    links = []
    for message in sent:
        assert (message.to, message.language) == ("07700900123", "ar")
        assert re.search(r"[\u0600-\u06ff]", message.body), "written in Arabic"
        for word in CHILD:
            assert word not in message.body
        (link,) = re.findall(r"https?://[^\s\u2069]+", message.body)
        assert link.startswith(service + "/") and link.endswith("lang=ar")
        links.append(link.removeprefix(service))
        opened = client.get(link.removeprefix(service))
        assert opened.status_code == 200 and reference in page(opened).get_text()
    assert links[0].startswith(f"/account/cases/{reference}?"), "received: the case"
    assert links[1].startswith(f"/account/requests/{reference}/messages?"), "they reply there"
    assert links[2].startswith(f"/account/cases/{reference}?"), "the decision, and appealing"


def test_both_sends_an_email_and_a_text_and_changing_back_to_email_forgets_the_number(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    choose(client, ["email", "sms"], "07700 900 123", "pl")
    submitted(client)
    sent = mailbox(app)
    assert sorted(m.channel for m in sent) == ["email", "sms"]
    email = next(m for m in sent if m.channel == "email")
    assert (email.to, email.language) == ("anna@example.org", "pl"), "the request's address"
    assert choose(client, ["email"], "07700 900 123", "pl").status_code == 302
    with app.app_context():
        kept = db.session().scalars(select(ContactPreference)).one()
        assert (kept.channels, kept.mobile) == ("email", None)
        changes = (
            db.session()
            .scalars(select(AuditEvent).where(AuditEvent.action == "contact_preferences_changed"))
            .all()
        )
        assert len(changes) == 2 and {e.object_id for e in changes} == {kept.account_id}
    seen = html(client.get("/account/your-data")).get_text(" ")
    assert "Changed how we contact you" in seen and "By email" in seen


def test_without_a_choice_a_family_hears_by_email_as_before(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    submitted(client)
    assert [m.channel for m in mailbox(app)] == ["email"]


def test_the_mobile_number_is_encrypted_at_rest_and_in_your_data(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    choose(client, ["sms"], "07700 900 123")
    engine = create_engine(str(app.extensions["db_engine"].url))
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT mobile FROM contact_preferences")).scalar_one()
    engine.dispose()
    assert "07700900123" not in stored and stored.startswith("gAAAAA")
    mine = client.get("/account/your-data.json").get_json()
    assert mine["account"]["contact_preferences"] == {
        "channels": "sms",
        "channels_label": "By text message",
        "mobile": "07700900123",
        "mobile_label": "07700 900 123",
        "language": "en",
        "language_label": "English",
    }


def test_the_development_mailbox_shows_a_text_with_its_number_of_text_messages(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    choose(client, ["sms"], "07700 900 123", "bg")
    submitted(client)
    outbox.run_once(app)
    shown = html(client.get("/dev/mailbox"))
    card = shown.select_one(".govuk-summary-card")
    title = card.select_one(".govuk-summary-card__title").get_text(strip=True)
    assert title == "Text message to \u206607700900123\u2069" or "07700900123" in title
    assert card.find(string=re.compile("sent as [12] text messages?"))
    body = card.select_one(".portal-email")
    assert body["lang"] == "bg" and re.search(r"[\u0400-\u04ff]", body.get_text())


def test_a_mobile_typed_in_persian_or_arabic_indic_digits_is_kept_in_0_to_9(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    client.get(f"{PAGE}?lang=fa")
    persian = "".join(chr(0x06F0 + int(d)) if d.isdigit() else d for d in "07700 900123")
    arabic_indic = "".join(chr(0x0660 + int(d)) if d.isdigit() else d for d in "+44 7700 900456")
    for typed, kept_as in [(persian, "07700900123"), (arabic_indic, "07700900456")]:
        saved = choose(client, ["sms"], typed, "fa")
        assert saved.status_code == 302, error(saved)
        with app.app_context():
            kept = db.session().scalars(select(ContactPreference)).one()
            assert (kept.channels, kept.mobile) == ("sms", kept_as)


def _whys_and_fields(form: Any) -> list[str]:
    """The form in reading order: "why" for each "Why we ask for this", else the name of
    each field a person fills in."""
    seen: list[str] = []
    for element in form.find_all(["details", "input"]):
        if element.name == "details" and "portal-why" in element.get("class", []):
            seen.append("why")
        elif (
            element.name == "input"
            and element.get("type") != "hidden"
            and element.get("name") not in seen
        ):
            seen.append(element["name"])
    return seen


def test_with_text_messages_chosen_no_two_why_we_ask_links_sit_together(
    client: FlaskClient,
) -> None:
    sign_in(client)
    assert choose(client, ["sms"], "07700 900982").status_code == 302
    for shown in (html(client.get(PAGE)), html(choose(client, ["sms"], "12"))):
        order = _whys_and_fields(shown.find("main").find("form"))
        assert order.count("why") == 3, "one for each question"
        together = [n for n in range(len(order) - 1) if order[n] == order[n + 1] == "why"]
        assert together == [], f"two 'Why we ask for this' one after the other: {order}"
        assert order.index("mobile") < order.index("why", order.index("mobile")), (
            "the mobile's reason after the mobile box"
        )


def test_a_number_refused_is_shown_back_as_it_was_typed_and_kept_normalised(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    for typed in ("020 8359 2000", "(07700) 900-98"):
        refused = html(choose(client, ["sms"], typed))
        assert refused.find("input", {"name": "mobile"})["value"] == typed
    assert choose(client, ["sms"], "07700 900 982").status_code == 302
    with app.app_context():
        assert db.session().scalars(select(ContactPreference)).one().mobile == "07700900982"


def test_the_saved_banner_comes_before_the_heading(client: FlaskClient) -> None:
    """GOV.UK puts a success banner above the page's heading; a tester found it below."""
    sign_in(client)
    saved = choose(client, ["email"])
    assert saved.status_code == 302
    shown = html(client.get(saved.headers["Location"]))
    banner = shown.select_one(".govuk-notification-banner--success")
    assert banner is not None and "Success" in banner.get_text()
    assert banner.find_next("h1") is not None, "the heading comes after the banner"


def test_the_mobile_given_in_a_request_is_offered_for_texts(client: FlaskClient) -> None:
    """A tester gave a mobile number in their request, then "How we contact you" asked
    for it again with an empty box; it is offered, and kept only if texts are chosen."""
    sign_in(client)
    submitted(client)  # its contact number is a mobile, 07700 900 982 (tests.support.answers)
    shown = html(client.get(PAGE))
    assert shown.select_one("input[name=mobile]")["value"] == "07700 900 982"
    assert choose(client, ["email"], "07700 900 982").status_code == 302
    kept = html(client.get(PAGE)).select_one("input[name=mobile]")
    assert kept["value"] == "07700 900 982", "still offered, not saved"
