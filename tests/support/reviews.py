"""Linked cases whose annual reviews the portal holds, for the caseworkers' list."""

from __future__ import annotations

import datetime as dt

from flask import Flask
from sqlalchemy import select

from portal.models import Account, CaseCache, CaseLink
from portal.platform import db, deadlines


def cases_with_reviews(app: Flask, how_many: int) -> None:
    """`how_many` linked cases whose reviews the portal holds, none overdue but the one
    with the last reference; and one whose review it has not read."""
    today = deadlines.council_today()
    now = dt.datetime.now(dt.UTC)
    with app.app_context():
        session = db.session()
        account = session.scalars(select(Account.id)).first()
        assert account is not None
        for n in range(how_many):
            reference = f"BNT-2026-8{n:05d}"
            late = n == how_many - 1
            due = today - dt.timedelta(days=10) if late else today + dt.timedelta(days=n % 50)
            session.add(
                CaseLink(
                    account_id=account,
                    case_reference=reference,
                    relationship="parent_carer",
                    via="link_code",
                )
            )
            session.add(
                CaseCache(
                    case_reference=reference,
                    kind="review",
                    body={"due_on": due.isoformat()},
                    fetched_at=now,
                )
            )
        unread = "BNT-2026-799999"
        session.add(
            CaseLink(
                account_id=account, case_reference=unread, relationship="parent_carer", via="x"
            )
        )
        session.add(
            CaseCache(case_reference=unread, kind="plan", body={"status": "final"}, fetched_at=now)
        )
        session.commit()
