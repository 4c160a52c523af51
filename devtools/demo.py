"""Demonstration data for `make run`: the example parents and young person can already
see the reference case system's demonstration cases."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from devtools.demo_accounts import example_account
from devtools.identity import PEOPLE
from devtools.reference_case_system import demo as case_system_demo
from portal.auth.providers import FAMILIES
from portal.models import CaseLink
from portal.platform import db


def seed(app: Flask) -> None:
    """Idempotent: links the example families to the demonstration cases."""
    wanted = [
        (PEOPLE["parent"], case_system_demo.FINAL, "parent_carer"),
        (PEOPLE["parent"], case_system_demo.REVIEW, "parent_carer"),
        (PEOPLE["young_person"], case_system_demo.DRAFT, "young_person"),
        (PEOPLE["second_parent"], case_system_demo.CHILD_DRAFT, "parent_carer"),
        (PEOPLE["parent"], case_system_demo.NOT_ISSUING, "parent_carer"),
        (PEOPLE["young_adult"], case_system_demo.CEASED, "young_person"),
        (PEOPLE["young_student"], case_system_demo.OWN_REVIEW, "young_person"),
    ]
    with app.app_context():
        session = db.session()
        for person, reference, relationship in wanted:
            account = example_account(app, FAMILIES, person)
            linked = session.scalar(
                select(CaseLink).where(
                    CaseLink.account_id == account.id, CaseLink.case_reference == reference
                )
            )
            if linked is None:
                session.add(
                    CaseLink(
                        account_id=account.id,
                        case_reference=reference,
                        relationship=relationship,
                        via="link_code",
                    )
                )
        session.commit()
