"""Example requests in the caseworkers' queue for `make run`, so the workspace can be seen
without first sending a request as a family.

Each is made as a family makes one, through the portal's own services: the request
journey's forms check the answers (as its pages do), consent is given in the wording the
consent page shows, views and a document are added, and the request is submitted, so its
answers are encrypted, its steps audited, and it goes to the case system through the
outbox. Caseworker's steps (assigning, asking the family, deciding) are triage actions.
A request received weeks ago is submitted with the request service's clock set back.

Idempotent: an example child's request, once sent, is left as it is, whatever a
caseworker has done to it since."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from unittest import mock

from flask import Flask, session
from sqlalchemy import select
from werkzeug.datastructures import FileStorage, MultiDict

from devtools import demo_answers as answers
from devtools.demo_accounts import example_account
from devtools.identity import PEOPLE
from forms.assessment_request.sections import SECTIONS, YOUNG_PERSON
from forms.consent import NO_SHARING
from forms.contributions import PROMPTS, HelpedByForm
from portal.assessment_request import service as requests
from portal.assessment_request import starting
from portal.auth.providers import FAMILIES, STAFF
from portal.consent import wording as consent_wording
from portal.contributions import service as contributions
from portal.documents import service as attachments
from portal.models import Account, AssessmentRequest, Document
from portal.models.base import utcnow
from portal.platform import db, deadlines
from portal.triage import actions

CASEWORKER = ("caseworker@council.example", "Sam Caseworker")
# Typed on the test sign-in page, to answer the caseworker's question as the family.
WAITING_FAMILY = "example.family.four@example.org"


class NotAccepted(Exception):
    """A page of the journey refused an example's answers (a council's own questions)."""


@dataclass(frozen=True)
class Example:
    """One demonstration family's request and what has happened to it since."""

    family: str  # the family's sign-in address (any address signs in on the test page)
    child: tuple[str, str]
    received_days_ago: int
    role: str = "parent_carer"
    then: str = "nothing"  # assign, ask, reply (asked, and the family replied), decide
    document: bool = False
    views: dict[str, str] = field(default_factory=dict)


EXAMPLES = (
    Example(
        "example.family.one@example.org",
        ("Ada", "Example"),
        0,
        document=True,
        views=answers.CHILD_VIEWS,
    ),
    Example("example.family.two@example.org", ("Ben", "Example"), 9, then="assign"),
    Example("example.family.three@example.org", ("Cleo", "Example"), 49),
    Example(WAITING_FAMILY, ("Dev", "Example"), 21, then="ask"),
    Example("example.family.six@example.org", ("Gus", "Example"), 14, then="reply"),
    Example("example.young.person@example.org", ("Eli", "Example"), 39, role=YOUNG_PERSON),
    Example(
        "example.family.five@example.org",
        ("Fern", "Example"),
        35,
        then="decide",
        document=True,
    ),
    # The young person of the test sign-in page, asking for himself: new, not yet assigned.
    Example(PEOPLE["young_person"], ("Jordan", "Hale"), 3, role=YOUNG_PERSON),
)
ASKED = (
    "Thank you for your request. Could you send us the school's latest support plan "
    "for Dev, or tell us the name of his teacher who looks after special needs?"
)
ASKED_GUS = "Could you send us Gus's latest school report?"
REPLIED = "Here is the report from his school. His teacher can tell you more."


def seed(app: Flask) -> None:
    """Makes each example request that is not there yet."""
    with app.test_request_context("/"):
        caseworker = example_account(app, STAFF, CASEWORKER[0], CASEWORKER[1])
        for example in EXAMPLES:
            family = example_account(app, FAMILIES, example.family)
            sent = db.session().scalar(
                select(AssessmentRequest.id).where(
                    AssessmentRequest.child_name == " ".join(example.child)
                )
            )
            if sent is None:
                _then(example, _send(example, family), caseworker)


@contextmanager
def _acting_as(account: Account) -> Iterator[None]:
    """Audit events name the person, as they do on the portal's pages."""
    session["account_id"], session["kind"] = account.id, account.kind
    try:
        yield
    finally:
        session.clear()


def _form(form_class: Any, data: dict[str, Any], wording: Any = None, **options: Any) -> Any:
    """A page's form posted with `data` (with the `wording` its page shows, if stamped),
    checked as the page checks it."""
    form = form_class(formdata=MultiDict(_fields(data)), meta={"csrf": False}, **options)
    if wording is not None:
        form.with_wording(wording)
    if not form.validate():
        raise NotAccepted(f"{form_class.__name__}: {form.errors}")
    return form


def _fields(data: dict[str, Any]) -> list[tuple[str, str]]:
    """Form fields as the test client posts them: a list is one field per value (a date
    is its day, month and year)."""
    posted: list[tuple[str, str]] = []
    for name, value in data.items():
        values = value if isinstance(value, list) else [value]
        posted += [(name, str(one)) for one in values]
    return posted


def _send(example: Example, family: Account) -> AssessmentRequest:
    """The request journey, page by page, then its submission `received_days_ago`."""
    young_person = example.role == YOUNG_PERSON
    day = deadlines.council_today() - dt.timedelta(days=example.received_days_ago)
    when = min(utcnow(), dt.datetime.combine(day, dt.time(12), dt.UTC))  # midday: any clock's day
    given = answers.for_child(example.child, young_person, example.received_days_ago)
    with _acting_as(family), mock.patch.object(requests, "utcnow", lambda: when):
        draft = starting.start(family.id, example.role, "en")
        shown = consent_wording.choices_form(young_person)
        partners = [choice.value for choice in shown.sharing.choices if choice.value != NO_SHARING]
        posted = {
            **answers.CONSENT,
            "sharing": partners[:2] or [NO_SHARING],  # whatever partners app.yaml names
            "wording_version": shown.wording.version,
            "wording_sha256": shown.wording.sha256,
        }
        choices = _form(type(shown), posted, shown.wording)
        requests.save_consent(draft, choices.answers(), choices.wording)
        for section in SECTIONS:
            pages = section.pages_for(example.role)
            for position, page in enumerate(pages):
                data = given[section.slug].get(page.slug, {})
                form = _form(page.form, data, young_person=young_person)
                requests.save(draft, form.answers(), section, position == len(pages) - 1, "en")
        if example.document:
            _add_document(draft.id, family.id, example.child[0])
        if example.views:
            _add_views(family.id, draft.id, example.views)
        if not requests.ready_to_submit(draft):
            raise NotAccepted(f"the example request for {example.child[0]} is not complete")
        return requests.submit(draft)


def _add_document(draft_id: str, account_id: str, child: str) -> None:
    upload = FileStorage(answers.support_plan_pdf(child), f"{child} support plan.pdf")
    problem, _document = attachments.check_and_keep(
        upload,
        "The school's support plan",
        0,
        {"draft_id": draft_id, "account_id": account_id},
    )
    if problem:
        raise NotAccepted(problem)


def _reply_file(account_id: str, child: str) -> Document:
    """The school report the family's reply speaks of, attached to it."""
    upload = FileStorage(answers.support_plan_pdf(child), f"{child} school report.pdf")
    problem, document = attachments.check_and_keep(upload, None, 0, {"account_id": account_id})
    if problem or document is None:
        raise NotAccepted(problem or "the example reply's file was not kept")
    return document


def _add_views(account_id: str, draft_id: str, views: dict[str, str]) -> None:
    """The child's own views, written with a parent's help, sent with the request."""
    contribution = contributions.start(account_id, "child", f"draft:{draft_id}", "en")
    helped = _form(HelpedByForm, {"helped_by": views["helped_by"]}, young_person=True)
    contributions.save(contribution, helped.answers(), "en")
    for slug, form_class in PROMPTS.items():
        form = _form(form_class, {"answer": views[slug]}, young_person=True)
        contributions.save(contribution, form.answers(), "en")
    contributions.finish(contribution)


def _then(example: Example, request: AssessmentRequest, caseworker: Account) -> None:
    """What the caseworker has done since, as the action pages do it, and the family's
    reply to their question, as the messages page sends it."""
    with _acting_as(caseworker):
        if example.then == "assign":
            actions.act(
                request, "assign", caseworker.id, request.version, assigned_to=caseworker.id
            )
        elif example.then == "ask":
            actions.ask_family(request, caseworker.id, request.version, ASKED, "en")
        elif example.then == "reply":
            actions.ask_family(request, caseworker.id, request.version, ASKED_GUS, "en")
        elif example.then == "decide":
            actions.act(request, "accept", caseworker.id, request.version)
            decided_on = deadlines.council_today() - dt.timedelta(days=2)
            actions.act(
                request,
                "assess",
                caseworker.id,
                request.version,
                decided_on=decided_on,
                email=(
                    "decision",
                    {
                        "decision": "assess",
                        "decided_on": decided_on,
                        "reasons": [],
                        "reason": "",
                        "written_in": "en",
                    },
                ),
            )
    if example.then == "reply":
        family = db.session().get(Account, request.account_id)
        assert family is not None
        with _acting_as(family):
            report = _reply_file(family.id, example.child[0])
            actions.family_reply(request, family.id, REPLIED, "en", [report])
