"""Who may use each route, decided in one place.

Every view declares its audiences with one decorator (`public`, `family`,
`young_person`, `caseworker`, `manager`). Building the application fails if a route has
no declaration, and `enforce` checks the declaration before every request: someone not
signed in is sent to sign in, someone signed in without the right is refused and the
refusal audited. Object checks (is this case yours?) live beside the objects they guard.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from flask import Flask, abort, current_app, g, redirect, request, session, url_for
from sqlalchemy import select
from werkzeug.wrappers import Response

from portal.models import CaseLink
from portal.platform import audit, db

View = TypeVar("View", bound=Callable)
ACCESS_ATTRIBUTE = "portal_access"


class Audience(StrEnum):
    PUBLIC = "public"
    FAMILY = "family"
    YOUNG_PERSON = "young_person"
    CASEWORKER = "caseworker"
    MANAGER = "manager"


STAFF_AUDIENCES = {Audience.CASEWORKER, Audience.MANAGER}


def allow(*audiences: Audience) -> Callable[[View], View]:
    def declare(view: View) -> View:
        setattr(view, ACCESS_ATTRIBUTE, frozenset(audiences))
        return view

    return declare


public = allow(Audience.PUBLIC)
family = allow(Audience.FAMILY)
young_person = allow(Audience.YOUNG_PERSON)
caseworker = allow(Audience.CASEWORKER, Audience.MANAGER)
manager = allow(Audience.MANAGER)


@dataclass(frozen=True)
class SignedIn:
    account_id: str
    kind: str  # "family" or "staff"
    roles: tuple[str, ...]
    name: str | None

    @property
    def is_staff(self) -> bool:
        return self.kind == "staff"


def signed_in_account_id() -> str:
    """The signed-in person's account, on a route the access policy has already guarded."""
    person = current_person()
    assert person is not None
    return person.account_id


def current_person() -> SignedIn | None:
    if "person" not in g:
        account_id = session.get("account_id")
        g.person = (
            SignedIn(
                account_id=account_id,
                kind=session.get("kind", "family"),
                roles=tuple(session.get("roles", ())),
                name=session.get("name"),
            )
            if account_id
            else None
        )
    return g.person


def declared_access(view: Callable) -> frozenset[Audience] | None:
    return getattr(view, ACCESS_ATTRIBUTE, None)


def _is_young_person(person: SignedIn) -> bool:

    return (
        db.session().scalar(
            select(CaseLink.id)
            .where(
                CaseLink.account_id == person.account_id,
                CaseLink.relationship == "young_person",
            )
            .limit(1)
        )
        is not None
    )


def permits(person: SignedIn, audiences: frozenset[Audience]) -> bool:
    if Audience.FAMILY in audiences and person.kind == "family":
        return True
    if Audience.YOUNG_PERSON in audiences and person.kind == "family":
        return _is_young_person(person)
    if person.is_staff:
        if Audience.MANAGER in audiences and "manager" in person.roles:
            return True
        if Audience.CASEWORKER in audiences and "caseworker" in person.roles:
            return True
    return False


def enforce() -> Response | None:
    """Runs before every request: the access decision for the route being asked for."""
    view = current_app.view_functions.get(request.endpoint or "")
    if view is None:
        return None
    audiences = declared_access(view)
    if audiences is None:
        abort(500)
    if Audience.PUBLIC in audiences:
        return None
    if g.get("database_unavailable"):
        abort(503)  # who is signed in cannot be known just now
    person = current_person()
    if person is None:
        provider = "staff" if audiences <= STAFF_AUDIENCES else "families"
        target = (request.full_path if request.method == "GET" else request.path).rstrip("?")
        if g.get("session_timed_out"):
            return redirect(url_for("auth.session_ended", next=target))
        return redirect(url_for("auth.start", provider_name=provider, next=target))
    if not permits(person, audiences):
        audit.record("access_refused", "route", request.url_rule.rule if request.url_rule else None)
        g.refused_audiences = audiences  # for the error page's words to staff
        # A family is not told that staff pages exist.
        abort(404 if person.kind == "family" and audiences <= STAFF_AUDIENCES else 403)
    return None


def undeclared_routes(app: Flask) -> list[str]:
    return sorted(
        rule.rule
        for rule in app.url_map.iter_rules()
        if declared_access(app.view_functions[rule.endpoint]) is None
    )


def check_every_route_declared(app: Flask) -> None:
    missing = undeclared_routes(app)
    if missing:
        raise RuntimeError(f"routes without an access declaration: {', '.join(missing)}")


def init_app(app: Flask) -> None:
    app.before_request(enforce)
