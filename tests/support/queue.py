"""The caseworkers' queue in tests: requests made to order, and what the queue page shows
(its trays and their counts, its rows in order, its filter tags)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from bs4 import BeautifulSoup
from flask import Flask
from sqlalchemy import select

from portal.assessment_request.postcodes import outward_code_index, postcode_index
from portal.models import Account, AssessmentRequest, RequestDraft
from portal.platform import db, deadlines, extensions


def account(app: Flask, kind: str = "family", email: str | None = None) -> str:
    """An account's id: the staff member's with this email if they have signed in, else a
    new one."""
    with app.app_context():
        if email:
            found = db.session().scalar(select(Account.id).where(Account.email == email))
            if found:
                return found
        made = Account(kind=kind, issuer="https://tests.example", subject=uuid.uuid4().hex)
        made.email, made.display_name = email, email
        db.session().add(made)
        db.session().commit()
        return made.id


def add_request(
    app: Flask,
    reference: str,
    name: str,
    due_in: int = 30,
    received_days_ago: int = 5,
    **fields: Any,
) -> str:
    """A request as submission stores it (its postcode indexed by the same functions), with
    the fields given; returns its id."""
    answers = {"child.address_postcode": fields.pop("postcode", "EN5 4AB")}
    owner = account(app)
    today = deadlines.council_today()
    submitted = dt.datetime.combine(
        today - dt.timedelta(days=received_days_ago), dt.time(10), dt.UTC
    )
    with app.app_context():
        draft = RequestDraft(
            account_id=owner, requester_role=fields.get("requester_role", "parent_carer")
        )
        draft.answers, draft.submitted_at = answers, submitted
        db.session().add(draft)
        db.session().flush()
        made = AssessmentRequest(
            reference=reference,
            draft_id=draft.id,
            account_id=owner,
            requester_role=fields.pop("requester_role", "parent_carer"),
            answers=answers,
            language=fields.pop("language", "en"),
            submitted_at=submitted,
            decision_due=today + dt.timedelta(days=due_in),
            child_name=name,
            child_postcode_index=postcode_index(answers, extensions.cipher()),
            child_postcode_outward_index=outward_code_index(answers, extensions.cipher()),
            **fields,
        )
        db.session().add(made)
        db.session().commit()
        return made.id


def rows(page: BeautifulSoup) -> list[str]:
    """The references in the queue's table, in the order shown."""
    return [link.get_text(strip=True) for link in page.select("tbody td:nth-of-type(2) a")]


def trays(page: BeautifulSoup) -> dict[str, tuple[int, str, bool]]:
    """Each tray's label: (its count, its address, whether it is the current one)."""
    found = {}
    for link in page.select("nav.moj-sub-navigation a"):
        label, _sep, count = link.get_text(strip=True).rpartition(" (")
        found[label] = (
            int(count.rstrip(")")),
            str(link["href"]),
            link.get("aria-current") == "page",
        )
    return found


def tags(page: BeautifulSoup) -> dict[str, str]:
    """Each filter tag's words (without the hidden "Remove this filter"): its address."""
    found = {}
    for tag in page.select("a.moj-filter__tag"):
        hidden = tag.select_one(".govuk-visually-hidden")
        words = tag.get_text(strip=True).removeprefix(hidden.get_text(strip=True) if hidden else "")
        found[words.strip()] = str(tag["href"])
    return found


def sort_header(page: BeautifulSoup, name: str):  # type: ignore[no-untyped-def]
    """The column heading whose link starts with `name`."""
    for heading in page.select("th[aria-sort]"):
        if heading.a and heading.a.get_text(strip=True).startswith(name):
            return heading
    raise AssertionError(f"no sortable heading {name!r}")
