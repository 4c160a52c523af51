"""Single-use codes that let a named person reach a case.

A caseworker issues a code for a named person and relationship; the code is shown once,
stored only as a hash, expires after 14 days and can be redeemed once. A caseworker can
cancel a code while it waits to be used; a new code for the same person, relationship and
case cancels the ones still waiting (the old one was lost, or never arrived).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable
from enum import StrEnum

from sqlalchemy import ColumnElement, bindparam, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.base import ExecutableOption

from forms.kit.validators import young_person_age
from portal.auth.holder import YOUNG_PERSON, forget_account_voice
from portal.models import Account, CaseCache, CaseLink, LinkCode
from portal.models.base import utcnow
from portal.platform import audit, db, deadlines

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: easy to read aloud
VALID_FOR = dt.timedelta(days=14)


class Redemption(StrEnum):
    LINKED = "linked"
    ALREADY_LINKED = "already_linked"
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED = "used"
    CANCELLED = "cancelled"
    WRONG_DATE = "wrong_date"  # the date of birth typed is not the case's
    CANNOT_CHECK = "cannot_check"  # the case system could not say whose case it is
    # A young person's own code for someone not aged 16 to 25 (made before the caseworker's
    # page refused it, or they have turned 26 since).
    NOT_A_YOUNG_PERSON = "not_a_young_person"


class CannotCheck(Exception):
    """The case system did not answer, so the date of birth cannot be checked."""


def normalise(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _hash(code: str) -> str:
    return hashlib.sha256(normalise(code).encode()).hexdigest()


def format_code(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def _waiting(now: dt.datetime) -> list[ColumnElement[bool]]:
    return [
        LinkCode.redeemed_at.is_(None),
        LinkCode.cancelled_at.is_(None),
        LinkCode.expires_at > now,
    ]


def issue(
    case_reference: str, person_name: str, relationship: str, issued_by: str
) -> tuple[str, dt.datetime, int]:
    """Create a code and return it, with when it expires and how many codes still waiting
    for the same person it cancelled; this is the only time it exists in plain text."""
    code = "".join(secrets.choice(ALPHABET) for _ in range(12))
    now = utcnow()
    session = db.session()
    earlier = session.execute(
        select(LinkCode.id, LinkCode.person_name).where(
            LinkCode.case_reference == case_reference,
            LinkCode.relationship == relationship,
            *_waiting(now),
        )
    )
    cancelled = sum(
        _cancelled(session, code_id, issued_by, now)
        for code_id, name in earlier.all()
        if _same_name(name, person_name)
    )
    session.add(
        LinkCode(
            code_hash=_hash(code),
            case_reference=case_reference,
            person_name=person_name,
            relationship=relationship,
            issued_by=issued_by,
            issued_at=now,
            expires_at=now + VALID_FOR,
        )
    )
    audit.add(session, "link_code_issued", "case", case_reference)
    session.commit()
    return format_code(code), now + VALID_FOR, cancelled


def _cancelled(session: Session, code_id: str, cancelled_by: str, now: dt.datetime) -> bool:
    """Cancel the code if it is still waiting to be used (a conditional update: a code
    being redeemed at the same moment is either spent or cancelled, never both)."""
    changed = db.rows_changed(
        session,
        update(LinkCode)
        .where(LinkCode.id == code_id, *_waiting(now))
        .values(cancelled_at=now, cancelled_by=cancelled_by),
    )
    if changed != 1:
        return False
    reference = session.scalar(select(LinkCode.case_reference).where(LinkCode.id == code_id))
    audit.add(session, "link_code_cancelled", "case", reference)
    return True


def _same_name(one: str, other: str) -> bool:
    return " ".join(one.casefold().split()) == " ".join(other.casefold().split())


def cancel(code_id: str, cancelled_by: str) -> tuple[LinkCode | None, bool]:
    """Cancel a code if it is waiting to be used: the code (None if there is no such code),
    and whether this cancelled it."""
    session = db.session()
    cancelled = _cancelled(session, code_id, cancelled_by, utcnow())
    session.commit()
    return session.get(LinkCode, code_id, populate_existing=True), cancelled


def redeem(
    code: str,
    account_id: str,
    date_of_birth: dt.date,
    born_on: Callable[[str], dt.date | None],
) -> tuple[Redemption, LinkCode | None]:
    """Spend the code if the date of birth typed is the case's: a code alone is not enough.

    `born_on(case_reference)` gives the case's date of birth from the case system (None:
    no such case, or none held), or raises CannotCheck."""
    session = db.session()
    found = session.scalar(select(LinkCode).where(LinkCode.code_hash == _hash(code)))
    if found is None:
        return Redemption.UNKNOWN, None
    if found.redeemed_at is not None:
        if found.redeemed_by == account_id and case_of(account_id, found.case_reference):
            return Redemption.ALREADY_LINKED, found  # entered again by whom it linked
        return Redemption.USED, None
    if found.cancelled_at is not None:
        return Redemption.CANCELLED, None
    if found.expires_at <= utcnow():
        return Redemption.EXPIRED, None
    try:
        born = born_on(found.case_reference)
    except CannotCheck:
        return Redemption.CANNOT_CHECK, None
    if born is None or born != date_of_birth:
        return Redemption.WRONG_DATE, None
    if found.relationship == YOUNG_PERSON and not young_person_age(born, deadlines.council_today()):
        return Redemption.NOT_A_YOUNG_PERSON, None
    return _spend(session, found.id, account_id)


def _spend(session: Session, code_id: str, account_id: str) -> tuple[Redemption, LinkCode | None]:
    """Spend a code that passed the checks and link its case to the account (unless it is
    linked already); USED if someone spent the code meanwhile."""
    link_code = session.scalar(
        select(LinkCode)
        .where(LinkCode.id == code_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if link_code is None or link_code.redeemed_at is not None:
        return Redemption.USED, None
    if link_code.cancelled_at is not None:
        return Redemption.CANCELLED, None
    existing = session.scalar(
        select(CaseLink).where(
            CaseLink.account_id == account_id,
            CaseLink.case_reference == link_code.case_reference,
        )
    )
    # Spend the code only if nobody has: a conditional update, so two redemptions at the
    # same moment cannot both succeed, on any database.
    spent = db.rows_changed(
        session,
        update(LinkCode)
        .where(
            LinkCode.id == link_code.id,
            LinkCode.redeemed_at.is_(None),
            LinkCode.cancelled_at.is_(None),
        )
        .values(redeemed_at=utcnow(), redeemed_by=account_id),
    )
    if spent != 1:
        session.rollback()
        return Redemption.USED, None
    if existing is None:
        session.add(
            CaseLink(
                account_id=account_id,
                case_reference=link_code.case_reference,
                relationship=link_code.relationship,
                via="link_code",
            )
        )
    audit.add(session, "link_code_redeemed", "case", link_code.case_reference)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        return Redemption.ALREADY_LINKED, link_code
    forget_account_voice()
    return (Redemption.ALREADY_LINKED if existing else Redemption.LINKED), link_code


_CASES_OF = (
    select(CaseLink)
    .where(CaseLink.account_id == bindparam("account"))
    .order_by(CaseLink.created_at.desc())
)
_CASE_OF = select(CaseLink).where(
    CaseLink.account_id == bindparam("account"), CaseLink.case_reference == bindparam("case")
)


def cases_of(account_id: str) -> list[CaseLink]:
    return list(db.session().scalars(_CASES_OF, {"account": account_id}))


def case_of(account_id: str, case_reference: str) -> CaseLink | None:
    """The account's link to this case, or None: the object check for every case page."""
    return db.session().scalar(_CASE_OF, {"account": account_id, "case": case_reference})


_CASE_OF_WITH_CACHE = (
    select(CaseLink, CaseCache)
    .outerjoin(CaseCache, CaseCache.case_reference == CaseLink.case_reference)
    .where(
        CaseLink.account_id == bindparam("account"), CaseLink.case_reference == bindparam("case")
    )
)


def case_of_with_cache(
    account_id: str, case_reference: str, *also: ExecutableOption
) -> tuple[CaseLink | None, dict[str, CaseCache]]:
    """`case_of`, and what the case cache holds of the case by kind, in one statement:
    the case page's object check and its first read make one round trip. `also`: more
    of the link read with it (a `with_expression`)."""
    rows = (
        db.session()
        .execute(
            _CASE_OF_WITH_CACHE.options(*also), {"account": account_id, "case": case_reference}
        )
        .all()
    )
    if not rows:
        return None, {}
    return rows[0][0], {cached.kind: cached for _, cached in rows if cached is not None}


def recently_issued(limit: int = 20) -> list[tuple[LinkCode, str | None]]:
    """The latest codes, each with the email of the account that used it (None while
    unused, or when that account gave none): a code is not tied to the person named."""
    rows = db.session().execute(
        select(LinkCode, Account.email)
        .outerjoin(Account, Account.id == LinkCode.redeemed_by)
        .order_by(LinkCode.issued_at.desc())
        .limit(limit)
    )
    return [(code, email) for code, email in rows]
