"""Demonstration data for `make run`: the example parents and young person can already
see the reference case system's demonstration cases."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from devtools.identity import PEOPLE
from devtools.reference_case_system import demo as case_system_demo
from portal.auth.providers import FAMILIES, providers
from portal.models import Account, CaseLink
from portal.platform.db import session_factory


def seed(app: Flask) -> None:
    """Idempotent: links the example families to the demonstration cases."""
    issuer = providers(app)[FAMILIES].issuer
    wanted = [
        (PEOPLE["parent"], case_system_demo.FINAL, "parent_carer"),
        (PEOPLE["parent"], case_system_demo.REVIEW, "parent_carer"),
        (PEOPLE["young_person"], case_system_demo.DRAFT, "young_person"),
        (PEOPLE["second_parent"], case_system_demo.CHILD_DRAFT, "parent_carer"),
        (PEOPLE["parent"], case_system_demo.NOT_ISSUING, "parent_carer"),
        (PEOPLE["young_adult"], case_system_demo.CEASED, "young_person"),
        (PEOPLE["young_student"], case_system_demo.OWN_REVIEW, "young_person"),
    ]
    with session_factory(app)() as db:
        for subject, reference, relationship in wanted:
            account = db.scalar(
                select(Account).where(Account.issuer == issuer, Account.subject == subject)
            )
            if account is None:
                account = Account(kind="family", issuer=issuer, subject=subject, email=subject)
                db.add(account)
                db.flush()
            linked = db.scalar(
                select(CaseLink).where(
                    CaseLink.account_id == account.id, CaseLink.case_reference == reference
                )
            )
            if linked is None:
                db.add(
                    CaseLink(
                        account_id=account.id,
                        case_reference=reference,
                        relationship=relationship,
                        via="link_code",
                    )
                )
        db.commit()
