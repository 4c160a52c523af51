"""For staff answering a request about one item: what this service holds of it now for
the account that asked, record by record: the case (and child) each record is for, the
record as staff name it, and what it says, as the family gave it. Read from the records
the family's rights page reads (held.py), as the page is made."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask_babel import gettext as _
from markupsafe import Markup, escape
from sqlalchemy import select

from portal.auth.holder import voice_of
from portal.cases import service as cases
from portal.consent import service as consent
from portal.data_rights import held as kept
from portal.draft_plans.service import COMMENTS
from portal.models import AssessmentRequest, Contribution
from portal.platform import db
from portal.platform.answers import in_own_words
from portal.platform.i18n import isolate
from portal.platform.written_dates import format_date


@dataclass(frozen=True)
class Holding:
    """One record's value of the item."""

    record: str  # which record, as staff name it
    case: Markup | None  # the case, named by its child as staff pages name cases
    value: str
    language: str | None  # the language the family typed it in; None: not typed by them
    reference: str | None = None  # the case (or request, until it is one) it belongs to


def holding(
    account_id: str, item_id: str, views: kept.SentViews | None, case: str | None = None
) -> list[Holding]:
    """Every record of the account's that holds the item now, the newest first; `views`:
    the set of views the request names, the one record it is about; `case`: the case of
    the child the request is about, whose records alone are shown."""
    found = _holding(account_id, item_id, views)
    return [held for held in found if held.reference == case] if case else found


def _holding(account_id: str, item_id: str, views: kept.SentViews | None) -> list[Holding]:
    named = {case.reference: case.child_name for case in cases.cases_seen_by(account_id)}
    sets = [views] if views else kept.views_sent(account_id)
    found = [
        Holding(
            _("Views given on %(date)s", date=format_date(kept.day_of(each.sent_at)))
            if each.sent_at
            else _("Views not sent yet"),
            _case(each.reference, named),
            each.answers[item_id],
            None,
            each.reference,
        )
        for each in sets
        if item_id in each.answers
    ]
    if views:
        return found
    young_person = voice_of(account_id) == "young person"
    in_force = kept.consent_case(account_id)
    if in_force is not None and item_id in consent.CHANGED_LATER:
        now = consent.answers_in_force(in_force[1], young_person)
        if item_id in now:
            record = _("Consent in force on the case")
            found.append(
                Holding(
                    record,
                    _case(in_force[0], named),
                    kept.as_text(now[item_id]),
                    None,
                    in_force[0],
                )
            )
    given = kept.given(account_id, young_person, each_record=True)
    # Each record by its kind and id, for a file's (which names only those) to be found.
    records = {(r.kind, r.id): r for _a, _o, _w, r in given if r.on is not None}
    requests = _requests(account_id, named)
    for answers, own, _when, record in given:
        value = answers.get(item_id)
        if value in (None, "", [], {}) or record.kind == kept.VIEWS:
            continue  # views' files: `_views_files`
        record = records.get((record.kind, record.id), record)  # a file's, its record's
        case, reference = (
            requests.get(record.id, (None, None))
            if record.kind == kept.REQUEST
            else (None, record.case)
        )
        case = case or _case(record.case, named) or _child(record, answers)
        if item_id == COMMENTS and isinstance(value, dict):  # a comment on each section
            found.extend(
                Holding(_named(record, letter), case, text, record.language, reference)
                for letter, text in sorted(value.items())
                if text
            )
            continue
        typed = in_own_words(item_id, own) and isinstance(value, str)
        shown = kept.as_text(kept.read(item_id, value, own))
        language = record.language if typed else None
        found.append(Holding(_named(record), case, shown, language, reference))
    return [*found, *_views_files(account_id, item_id, given, named)]


def _named(record: kept.Record, section: str | None = None) -> str:
    on = format_date(record.on) if record.on else ""
    if record.kind == kept.REQUEST:
        if record.sent:
            return str(_("Request for an EHC needs assessment, sent on %(date)s", date=on))
        return str(_("Request started on %(date)s, not sent", date=on))
    named: str
    if record.kind == kept.DRAFT_RESPONSE and section:
        named = _(
            "Response to the draft EHC plan of %(date)s, section %(section)s",
            date=on,
            section=section,
        )
    else:
        named = {
            kept.DRAFT_RESPONSE: lambda: _("Response to the draft EHC plan of %(date)s", date=on),
            kept.REVIEW_VIEWS: lambda: _("Views for the annual review of %(date)s", date=on),
            kept.MEDIATION: lambda: _("Mediation, recorded on %(date)s", date=on),
            kept.FEEDBACK: lambda: _("Feedback sent on %(date)s", date=on),
            kept.CONTACT: lambda: _("How they chose to hear from us"),
        }[record.kind]()
    return named if record.sent else str(_("%(record)s, not sent yet", record=named))


def _case(reference: str | None, named: dict[str, str]) -> Markup | None:
    return cases.case_label(reference, named.get(reference, "")) if reference else None


def _child(record: kept.Record, answers: dict[str, Any]) -> Markup | None:
    """An unsent request's child, by the name it gives."""
    name = cases.child_name(answers) if record.kind == kept.REQUEST else ""
    return escape(isolate(name)) if name else None


def _requests(
    account_id: str, named: dict[str, str]
) -> dict[str, tuple[Markup | None, str | None]]:
    """Each sent request's case (or its own reference, until it is one), named and by its
    reference, by its draft."""
    found: dict[str, tuple[Markup | None, str | None]] = {}
    for draft_id, reference, case, child in db.session().execute(
        select(
            AssessmentRequest.draft_id,
            AssessmentRequest.reference,
            AssessmentRequest.case_reference,
            AssessmentRequest.child_name,
        ).where(AssessmentRequest.account_id == account_id)
    ):
        shown = case or reference
        found[draft_id] = (cases.case_label(shown, child or named.get(shown, "")), shown)
    return found


def _views_files(
    account_id: str, item_id: str, given: list[kept.Given], named: dict[str, str]
) -> list[Holding]:
    """Files added to views: the views are not among the records `given` reads."""
    wanted = {
        record.id: answers[item_id]
        for answers, _own, _when, record in given
        if record.kind == kept.VIEWS and answers.get(item_id)
    }
    if not wanted:
        return []
    found = []
    for views_id, reference, sent_at in db.session().execute(
        select(Contribution.id, Contribution.case_reference, Contribution.submitted_at).where(
            Contribution.account_id == account_id, Contribution.id.in_(wanted)
        )
    ):
        record = (
            _("Views given on %(date)s", date=format_date(kept.day_of(sent_at)))
            if sent_at
            else _("Views not sent yet")
        )
        value = kept.as_text(wanted[views_id])
        found.append(Holding(record, _case(reference, named), value, None, reference))
    return found
