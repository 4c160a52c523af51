"""Every email and text message a young person (16 to 25) gets about their own case, or
their own information, speaks to them as a young person (issue #18): informally in the
languages with a formal "you", within two text messages, and in English never of "the
child". A parent or carer is still spoken to formally. The voice is read from the
account's link to the case, not from a signed-in session, so `flask families tell`
speaks the same way."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system import demo
from forms.triage.actions import EXCEPTION_KINDS
from forms.triage.decision import NOT_ASSESS_REASONS
from portal.case_api import messages
from portal.case_api.notify import text_message_parts
from portal.contact_preferences.service import MESSAGES, notify_family
from portal.data_rights.rights import ERASURE
from portal.models import Account, CaseLink, ContactPreference, OutboxMessage
from portal.platform import db
from portal.triage.service import standard_reasons
from tests.conftest import sign_in
from tests.support.links import BORN, issue_code, redeem
from tests.support.pages import post
from tests.support.voices import FORMAL_ON_PAGE as FORMAL

CASE = "BNT-2026-000123"
CHILDS_CASE = "BNT-2026-000456"
DAY = dt.date(2026, 9, 14)
LINKS: dict[str, tuple[str, dict[str, str]]] = {
    "request_received": ("account.case", {"reference": CASE}),
    "more_information": ("account.request_messages", {"reference": CASE}),
    "exception": ("account.case", {"reference": CASE}),
    "decision": ("account.case", {"reference": CASE}),
    "draft_plan_ready": ("draft_plans.respond", {"reference": CASE}),
    "draft_plan_reminder": ("draft_plans.respond", {"reference": CASE}),
    "amendment_ready": ("draft_plans.respond", {"reference": CASE}),
    "amendment_reminder": ("draft_plans.respond", {"reference": CASE}),
    "review_meeting_set": ("reviews.review", {"reference": CASE}),
    "draft_plan_response_received": ("draft_plans.sent", {"reference": CASE}),
    "amendment_response_received": ("draft_plans.sent", {"reference": CASE}),
    "review_views_received": ("reviews.review", {"reference": CASE}),
    "data_rights_received": ("account.your_data", {}),
    "data_rights_extended": ("account.your_data", {}),
    "data_rights_done": ("account.your_data", {}),
    "consent_withdrawn": ("account.case", {"reference": CASE}),
}
ABOUT_THEIR_DATA = {"right": ERASURE, "due": DAY, "reference": "DR-2026-000042"}
# A decision not to assess, with the dates to contact the mediation adviser and appeal by.
NOT_ASSESSED = {"decided_on": DAY, "contact_adviser_by": DAY, "appeal_due": DAY}
# Each message as a feature sends it: (name, what it is about, its context).
SENT: list[tuple[str, bool, dict[str, Any]]] = [
    ("request_received", True, {"reference": CASE, "decision_due": DAY}),
    ("more_information", True, {"reference": CASE}),
    # as portal.triage.actions tells a time limit exception, with the law's reason (one
    # that names nobody: those that do are told a young person in their own words)
    (
        "exception",
        True,
        {"reference": CASE, "due": DAY, "why": EXCEPTION_KINDS["school_closure"]},
    ),
    ("decision", True, {"reference": CASE, "decision": "assess", "decided_on": DAY}),
    ("decision", True, {"reference": CASE, "decision": "not_assess", **NOT_ASSESSED}),
    # as portal.triage.action_routes tells it, with every standard reason
    (
        "decision",
        True,
        {
            "reference": CASE,
            "decision": "not_assess",
            **NOT_ASSESSED,
            "reasons": standard_reasons(NOT_ASSESS_REASONS),
            "reasons_to_young_person": standard_reasons(NOT_ASSESS_REASONS, young_person=True),
        },
    ),
    ("draft_plan_ready", True, {"reference": CASE, "respond_by": DAY}),
    ("draft_plan_reminder", True, {"reference": CASE, "respond_by": DAY}),
    ("amendment_ready", True, {"reference": CASE, "respond_by": DAY, "amended_plan_due": DAY}),
    (
        "amendment_reminder",
        True,
        {"reference": CASE, "respond_by": DAY, "amended_plan_due": DAY},
    ),
    ("review_meeting_set", True, {"reference": CASE, "meeting_on": DAY}),
    # as portal.draft_plans.service and portal.reviews.service send them, on time and late
    *[
        (name, True, {"reference": CASE, "sent_on": DAY, "late": late, "respond_by": DAY})
        for name in ("draft_plan_response_received", "amendment_response_received")
        for late in (False, True)
    ],
    ("review_views_received", True, {"reference": CASE, "sent_on": DAY}),
    ("data_rights_received", False, ABOUT_THEIR_DATA),
    ("data_rights_extended", False, {**ABOUT_THEIR_DATA, "reason": "Ask."}),
    ("data_rights_done", False, {**ABOUT_THEIR_DATA, "reason": "Done."}),
    # as portal.consent.service tells it
    ("consent_withdrawn", True, {"reference": CASE, "withdrawn_at": DAY}),
]


@pytest.fixture
def app(db_app: Flask) -> Flask:
    """On each configured database: the voice is read from stored links."""
    return db_app


def test_every_message_is_sent_here() -> None:
    assert sorted({name for name, _about, _context in SENT}) == sorted(MESSAGES)


def account_with(app: Flask, language: str, links: dict[str, str]) -> str:
    """An account that chose email and texts in `language`, linked to cases as `links`
    says (case reference: relationship)."""
    with app.app_context():
        session = db.session()
        account = Account(kind="family", issuer="test", subject=uuid.uuid4().hex)
        account.email = f"{account.subject}@example.org"
        session.add(account)
        session.flush()
        session.add(
            ContactPreference(
                account_id=account.id, channels="both", mobile="07700900123", language=language
            )
        )
        for reference, relationship in links.items():
            session.add(
                CaseLink(
                    account_id=account.id,
                    case_reference=reference,
                    relationship=relationship,
                    via="link_code",
                )
            )
        session.commit()
        return account.id


def sent_to(app: Flask, account_id: str, case: str = CASE) -> list[tuple[str, str]]:
    """Send the account every message about `case` (and their data), as notify_family
    does; then (what, words) for each email and text queued."""
    with app.app_context():
        session = db.session()
        for number, (name, about_a_case, context) in enumerate(SENT):
            link = LINKS[name][0], {**LINKS[name][1]}
            if "reference" in link[1]:
                link[1]["reference"] = case
            notify_family(
                session,
                account_id,
                name,
                link,
                event=f"{name}-{number}-{account_id}",
                language="en",
                case_reference=case if about_a_case else None,
                **{**context, "reference": case if about_a_case else context["reference"]},
            )
        session.commit()
        rows = session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.kind.in_(("email.send", "sms.send")))
            .order_by(OutboxMessage.created_at)
        ).all()
        words = []
        for row in rows:
            if row.kind == "sms.send":
                text = messages.SendSms.from_row(row)
                words.append((f"text {text.template}", text.body))
            else:
                email = messages.SendEmail.from_row(row)
                words.append((f"email {email.template}", f"{email.subject}\n{email.body}"))
        session.query(OutboxMessage).delete()
        session.commit()
        return words


@pytest.mark.parametrize("language", sorted(FORMAL))
def test_a_young_person_is_spoken_to_informally_about_their_own_case(
    app: Flask, language: str
) -> None:
    young = account_with(app, language, {CASE: "young_person"})
    sent = sent_to(app, young)
    assert len(sent) == 2 * len(SENT), "an email and a text each"
    formal = [(what, FORMAL[language].findall(words)) for what, words in sent]
    assert [(what, found) for what, found in formal if found] == []
    for what, words in sent:
        if what.startswith("text"):
            assert text_message_parts(words) <= 2, (what, words)


@pytest.mark.parametrize("language", sorted(FORMAL))
def test_a_parent_is_still_spoken_to_formally(app: Flask, language: str) -> None:
    parent = account_with(app, language, {CASE: "parent_carer"})
    sent = dict(sent_to(app, parent))
    for what in ("email request_received", "email draft_plan_ready", "email data_rights_done"):
        assert FORMAL[language].search(sent[what]), (what, sent[what])


def test_a_young_person_is_never_told_of_the_child_in_english(app: Flask) -> None:
    young = account_with(app, "en", {CASE: "young_person"})
    sent = sent_to(app, young)
    assert [(what, words) for what, words in sent if re.search(r"(?i)\bchild", words)] == []
    assert any("We will now ask for advice about your needs." in words for _what, words in sent)
    parent = account_with(app, "en", {CASE: "parent_carer"})
    to_parent = sent_to(app, parent)
    assert any("the needs of the child or young person" in words for _what, words in to_parent)
    assert any("You are making good progress" in words for _what, words in sent)
    # Otherwise word for word what a parent reads, line for line.
    own, shared = (
        "We will now ask for advice about your needs.",
        "We will now ask for advice about the needs of the child or young person.",
    )
    [to_young_person] = [words for _what, words in sent if own in words]
    [parents] = [words for _what, words in to_parent if shared in words]
    assert to_young_person.replace(own, shared) == parents
    assert "We will tell you what happens next.\n\nYou can see your request" in parents
    assert any("They are making good progress" in words for _what, words in to_parent)


def test_the_voice_follows_the_case_a_message_is_about(app: Flask) -> None:
    """A young person who is also a parent: informal about their own case, formal about
    their child's, and formal about their data (as every page of their account is)."""
    both = account_with(app, "ro", {CASE: "young_person", CHILDS_CASE: "parent_carer"})
    own = dict(sent_to(app, both))
    childs = dict(sent_to(app, both, CHILDS_CASE))
    assert not FORMAL["ro"].search(own["email draft_plan_ready"])
    assert FORMAL["ro"].search(childs["email draft_plan_ready"])
    assert FORMAL["ro"].search(own["email data_rights_received"])


def test_the_daily_command_tells_a_young_person_of_their_draft_plan_informally(
    app: Flask, staff: FlaskClient
) -> None:
    """`flask families tell`, with no one signed in: a young person and a parent linked to
    the young person's own case, both writing in Polish, by email and text."""
    case = demo.DRAFT  # a draft plan whose 15 days are running
    people = {"young_person": app.test_client(), "parent_carer": app.test_client()}
    sign_in(people["young_person"], person="young.person@example.org")
    sign_in(people["parent_carer"], person="second.parent@example.org")
    chosen = {"channels": ["email", "sms"], "mobile": "07700 900 123", "language": "pl"}
    for relationship, client in people.items():
        code = issue_code(staff, case, f"Sam {relationship}", relationship)
        assert redeem(client, code, BORN[case]).status_code == 302
        assert post(client, "/account/contact-preferences", chosen).status_code == 302
    told = app.test_cli_runner().invoke(args=["families", "tell"]).output
    assert "Told 2 families of a draft plan." in told
    with app.app_context():
        session = db.session()
        emails = {
            row.payload["to"]: f"{row.payload['subject']}\n{row.payload['body']}"
            for row in session.scalars(
                select(OutboxMessage).where(OutboxMessage.kind == "email.send")
            )
        }
        texts = [
            row.payload["body"]
            for row in session.scalars(
                select(OutboxMessage).where(OutboxMessage.kind == "sms.send")
            )
        ]
    to_young, to_parent = emails["young.person@example.org"], emails["second.parent@example.org"]
    assert to_young.startswith("Twój projekt planu EHC jest gotowy"), to_young
    assert FORMAL["pl"].findall(to_young) == []
    assert "możesz" in to_young
    assert to_parent.startswith("Projekt planu EHC jest gotowy")
    assert "mogą Państwo" in to_parent
    assert sorted(text.split(":")[0] for text in texts) == [
        "Projekt planu EHC jest gotowy do przeczytania",
        "Twój projekt planu EHC jest gotowy do przeczytania",
    ]
