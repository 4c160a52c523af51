"""The example people's accounts for `make run`: the accounts signing in as them finds.

Sign-in finds an account by its issuer and subject, and an embedded sign-in's issuer is
its address, port and all (`make run PORT=...` serves it on another). A database seeded
while the sign-in was on another port holds the example people's cases, requests and
consents under the issuer of then: the seed moves each example person's account to the
issuer sign-in uses now, so that they find what was made for them, rather than a second,
empty account of the same name."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from portal.auth.providers import STAFF, providers
from portal.models import Account
from portal.platform import db

EMBEDDED_ISSUERS = "http://127.0.0.1:%"


def example_account(app: Flask, provider: str, email: str, name: str | None = None) -> Account:
    """The account the person's sign-in finds, made as their first sign-in makes it if
    no start of `make run` has made one yet."""
    issuer = providers(app)[provider].issuer
    kind = "staff" if provider == STAFF else "family"
    session = db.session()
    account = session.scalar(
        select(Account).where(Account.issuer == issuer, Account.subject == email)
    )
    if account is None:
        account = _seeded_on_another_port(kind, email)
        if account is not None:
            account.issuer = issuer
    if account is None:
        account = Account(kind=kind, issuer=issuer, subject=email, email=email, display_name=name)
        session.add(account)
    session.commit()
    return account


def _seeded_on_another_port(kind: str, email: str) -> Account | None:
    return db.session().scalar(
        select(Account)
        .where(
            Account.kind == kind,
            Account.subject == email,
            Account.issuer.like(EMBEDDED_ISSUERS),
        )
        .order_by(Account.created_at)
        .limit(1)
    )
