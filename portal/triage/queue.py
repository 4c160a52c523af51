"""The caseworkers' queue: work trays with their counts, filters, search and sorting.

Search needs no decrypting: the child's name, date of birth and UPN are plain columns (as
portal.models.requests says; part of a name is found, its words in any order, accents or
none, typed with Arabic or Persian letters, in the name as a search matches it, by trigram
index on PostgreSQL: portal.models.folding), and the postcode, which stays encrypted in
the answers, is found by its blind index (portal.platform.crypto): the term is hashed
under every data key and matched with one indexed `IN`, the same on SQLite and PostgreSQL.
Caseworkers search by area too: a term that could be the first part of a postcode alone
(the outward code, "en5" or " EN5 " for "EN5 4AB") is looked up the same way in the
outward codes' own blind index (portal.assessment_request.postcodes), whole, so "N1" finds
neither "N19 5AB" nor "EN1 1AA". Every way a term could be read is searched at once: one
that could be an outward code is still searched as a name, a reference and the rest.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_babel import lazy_pgettext
from sqlalchemy import ColumnElement, Select, and_, func, or_, select, true

from forms.kit.numbers import ascii_digits
from forms.kit.validators import UPN_LETTERS, compact_postcode, reference_parts, unseen
from portal.assessment_request.postcodes import outward_code_indexes
from portal.consent.service import assessment_withdrawn_at
from portal.models import AssessmentRequest, RequestStatusCount
from portal.models.folding import folded
from portal.models.requests import ROLES
from portal.platform import db, deadlines, extensions
from portal.triage.service import DECIDED, OPEN, REPLIED, STATUSES, WITHDRAWN
from portal.triage.typed_dates import as_date

TRAYS = {
    "open": _l("All open"),
    "mine": _l("Assigned to me"),
    "unassigned": _l("Not assigned"),
    "week": _l("Due this week"),
    # NOTE: The name of a tray of requests past their decision date (plural where the
    # language agrees in number; the tag beside one late date is "Overdue" alone).
    "overdue": lazy_pgettext("work tray", "Overdue"),
    "waiting": _l("Waiting for the family"),
    "replied": REPLIED,
    "decided": _l("Decided"),
    "all": _l("All requests"),
}
SORTS = {
    "due": _l("Decision due"),
    "received": _l("Received"),
    "name": _l("Child or young person"),
}
# The status filter's choices: a request the family has answered is back in "received"
# but is not "New" (as its badge says: portal.triage.service.shown_status).
STATUS_FILTERS = {
    "received": STATUSES["received"],
    "replied": REPLIED,
    **{status: label for status, label in STATUSES.items() if status != "received"},
}
# The statuses each tray can hold, for its status filter: a choice that could only ever
# empty the tray is not offered. A tray of one status ("Waiting for the family") has none.
_OPEN_FILTERS = ("received", "replied", "more_information", "accepted")
TRAY_STATUSES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("open", "mine", "unassigned", "week", "overdue"), _OPEN_FILTERS),
    "waiting": (),
    "replied": (),
    "decided": DECIDED,
    "all": tuple(STATUS_FILTERS),
}
PAGE_SIZE = 50
NOT_ASSIGNED = "none"
ONE_ASSIGNEE = ("mine", "unassigned")
_UPN = re.compile(rf"^[{UPN_LETTERS}][0-9]{{11}}[0-9{UPN_LETTERS}]$")
# A name is searched word by word, in any order: "Okafor, Marta" as letters write it, and
# with the Arabic comma and semicolon ("احمدی، سارا").
_NAME_BREAKS = re.compile(r"[\s,;\u060c\u061b]+")


@dataclass(frozen=True)
class View:
    """What the caseworker asked to see: a tray, the filters chosen in it, a search term,
    an order, and the last request of the page before (to continue after), with the
    place of this page's first request in the whole list (`start`, for "Requests 51 to
    64 of 64": keyset paging has no offset to count it from)."""

    tray: str = "open"
    statuses: tuple[str, ...] = ()
    assigned: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    search: str = ""
    sort: str = "due"
    descending: bool = False
    after: str | None = None
    start: int = 1


def _replied() -> ColumnElement[bool]:
    return and_(AssessmentRequest.status == "received", AssessmentRequest.replied_at.is_not(None))


def _status_filter(status: str) -> ColumnElement[bool]:
    if status == "received":
        return and_(AssessmentRequest.status == status, AssessmentRequest.replied_at.is_(None))
    return _replied() if status == "replied" else AssessmentRequest.status == status


def _tray(tray: str, me: str, today: dt.date) -> ColumnElement[bool]:
    status, due = AssessmentRequest.status, AssessmentRequest.decision_due
    is_open = status.in_(OPEN)
    # No decision is due on a request whose consent to the assessment was withdrawn.
    clock = assessment_withdrawn_at(AssessmentRequest.reference).is_(None)
    conditions: dict[str, ColumnElement[bool]] = {
        "open": is_open,
        "mine": and_(is_open, AssessmentRequest.assigned_to == me),
        "unassigned": and_(is_open, AssessmentRequest.assigned_to.is_(None)),
        "week": and_(is_open, due.between(today, today + dt.timedelta(days=7)), clock),
        "overdue": and_(is_open, due < today, clock),
        "waiting": status == "more_information",
        "replied": _replied(),
        "decided": status.in_(DECIDED),
        "all": true(),
    }
    return conditions[tray]


def tray_counts(me: str, today: dt.date) -> dict[str, int]:
    """How many requests are in each tray: the open trays counted among open requests
    only (served by the status index), the others from the counts by status the
    database keeps, so that no count grows with the decided history."""
    session = db.session()
    by_status = dict(
        session.execute(select(RequestStatusCount.status, RequestStatusCount.count)).all()
    )
    open_trays = ("mine", "unassigned", "week", "overdue", "replied")
    counts = session.execute(
        select(*(func.count().filter(_tray(tray, me, today)) for tray in open_trays)).where(
            AssessmentRequest.status.in_(OPEN)
        )
    ).one()
    return {
        "open": sum(by_status.get(status, 0) for status in OPEN),
        **dict(zip(open_trays, counts, strict=True)),
        "waiting": by_status.get("more_information", 0),
        "decided": sum(by_status.get(status, 0) for status in DECIDED),
        "all": sum(by_status.values()),
    }


def status_filters(tray: str) -> dict[str, Any]:
    """The status filter's choices in `tray`, with their labels."""
    return {status: STATUS_FILTERS[status] for status in TRAY_STATUSES[tray]}


def elsewhere(view: View, me: str, today: dt.date) -> dict[str, int]:
    """The other trays the search finds requests in, with how many (with the filters but
    the status, which is the tray's own), for a search that found none in its tray."""
    others = [tray for tray in TRAYS if tray != view.tray]
    query = _filtered(replace(view, tray="all", statuses=()), me, today)
    counts = (
        db.session()
        .execute(
            query.with_only_columns(
                *(func.count().filter(_tray(tray, me, today)) for tray in others)
            )
        )
        .one()
    )
    return {tray: count for tray, count in zip(others, counts, strict=True) if count}


def _search(term: str) -> ColumnElement[bool] | None:
    term = term.strip()
    if not term:
        return None
    compact = "".join(ascii_digits(term).upper().split())
    matches = [AssessmentRequest.reference == compact]
    words = _NAME_BREAKS.split(folded(term))
    if any(words):
        matches.append(
            and_(
                *(
                    AssessmentRequest.child_name_search.contains(word, autoescape=True)
                    for word in words
                    if word
                )
            )
        )
    matches += _by_reference_number(compact)
    born = as_date(term)
    if born is not None:
        matches.append(AssessmentRequest.child_date_of_birth == born)
    if _UPN.match(compact):
        matches.append(AssessmentRequest.upn == compact)
    cipher = extensions.cipher()
    postcode = compact_postcode(term)
    if postcode:
        hashes = cipher.blind_indexes(postcode)
        matches.append(AssessmentRequest.child_postcode_index.in_(hashes))
    area = outward_code_indexes(term, cipher)
    if area:
        matches.append(AssessmentRequest.child_postcode_outward_index.in_(area))
    return or_(*matches)


def _by_reference_number(compact: str) -> list[ColumnElement[bool]]:
    """The references a reference as typed could be, looked up by the reference's index:
    with or without its letters, and with spaces, hyphens or nothing between its parts
    (BNT 2026 641403, BNT2026641403, 2026-641403, 641403); without its year, any year's
    in a child's 25 years."""
    prefix = extensions.settings().config.reference_prefix
    parts = reference_parts(compact)
    if not parts or parts[0] not in ("", prefix.upper()):
        return []
    _letters, year, number = parts
    this_year = deadlines.council_today().year
    years = [int(year)] if year else range(this_year - 25, this_year + 1)
    return [AssessmentRequest.reference.in_([f"{prefix}-{y}-{number}" for y in years])]


def _sort_column(sort: str) -> ColumnElement[object]:
    if sort == "received":
        return AssessmentRequest.submitted_at  # type: ignore[return-value]
    if sort == "name":
        return func.lower(AssessmentRequest.child_name)
    return AssessmentRequest.decision_due  # type: ignore[return-value]


def _filtered(view: View, me: str, today: dt.date) -> Select[Any]:
    query = select(AssessmentRequest).where(_tray(view.tray, me, today))
    if view.statuses:
        query = query.where(or_(*(_status_filter(status) for status in view.statuses)))
    if view.assigned:
        people = [person for person in view.assigned if person != NOT_ASSIGNED]
        anyone = [AssessmentRequest.assigned_to.in_(people)] if people else []
        if NOT_ASSIGNED in view.assigned:
            anyone.append(AssessmentRequest.assigned_to.is_(None))
        query = query.where(or_(*anyone))
    if view.roles:
        query = query.where(AssessmentRequest.requester_role.in_(view.roles))
    searched = _search(view.search)
    return query if searched is None else query.where(searched)


def requests(
    view: View, me: str, today: dt.date, limit: int = PAGE_SIZE
) -> tuple[list[AssessmentRequest], int]:
    """A page of the tray, in the order asked for, continuing after the request `view.after`
    (keyset paging on (sort value, id): no offset to count through however deep the page),
    and how many requests in all match the tray and filters (counted in the same
    statement; once more only for a page past the last)."""
    column = _sort_column(view.sort)
    query = _filtered(view, me, today)
    matching = (
        query.with_only_columns(func.count(AssessmentRequest.id)).correlate(None).scalar_subquery()
    )
    if view.after is not None:
        last = (
            db.session().execute(select(column).where(AssessmentRequest.id == view.after)).first()
        )
        if last is not None:
            beyond = column < last[0] if view.descending else column > last[0]
            query = query.where(
                or_(beyond, and_(column == last[0], AssessmentRequest.id > view.after))
            )
    ordered = column.desc() if view.descending else column.asc()
    query = (
        query.add_columns(matching)
        .options(WITHDRAWN)
        .order_by(ordered, AssessmentRequest.id)
        .limit(limit)
    )
    found = db.session().execute(query).all()
    if found:
        return [row[0] for row in found], found[0][1]
    if view.after is None:
        return [], 0
    return [], db.session().execute(select(matching)).scalar_one()


def read_view(args: dict[str, list[str]], staff: set[str]) -> View:
    """The view from the query string; a value the portal does not offer is left out, so
    a hand-made address shows the queue rather than an error. `staff` is who requests can
    be assigned to."""

    def chosen(name: str, allowed: set[str] | dict[str, object]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v for v in args.get(name, []) if v in allowed))

    def one(name: str) -> str:
        values = args.get(name, [])
        return values[0] if values else ""

    tray = one("tray") if one("tray") in TRAYS else "open"
    after = one("after")
    paged = re.fullmatch(r"[0-9a-f]{32}", after) is not None
    start = one("start")
    return View(
        tray=tray,
        statuses=chosen("status", status_filters(tray)),
        # Whom requests are assigned to narrows no tray of one person's, or of nobody's.
        assigned=() if tray in ONE_ASSIGNEE else chosen("assigned", {*staff, NOT_ASSIGNED}),
        roles=chosen("role", set(ROLES)),
        search=_searched(one("q")),
        sort=one("sort") if one("sort") in SORTS else "due",
        descending=one("order") == "desc",
        after=after if paged else None,
        start=int(start) if paged and start.isdigit() and 0 < int(start) < 10**7 else 1,
    )


def _searched(typed: str) -> str:
    """The search term with its digits written 0-9 (Persian and Arabic-Indic digits) and
    without the invisible direction marks and isolates that right-to-left text copied
    from a page, email or text message carries."""
    visible = "".join(ch for ch in ascii_digits(typed) if not unseen(ch))
    return " ".join(visible.split())[:100]


def as_args(view: View, **changes: object) -> dict[str, Any]:
    """The query string that shows `view` with `changes`, for links (paging starts again
    unless `after` is given)."""
    changed = replace(view, **{"after": None, "start": 1, **changes})  # type: ignore[arg-type]
    args: dict[str, Any] = {
        "tray": changed.tray,
        "status": list(changed.statuses),
        "assigned": list(changed.assigned),
        "role": list(changed.roles),
        "q": changed.search,
        "sort": changed.sort,
        "order": "desc" if changed.descending else "",
        "after": changed.after or "",
        "start": changed.start if changed.after else "",
    }
    defaults = {"tray": "open", "sort": "due"}
    return {name: value for name, value in args.items() if value and value != defaults.get(name)}
