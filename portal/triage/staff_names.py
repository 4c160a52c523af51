"""How staff are named where a caseworker chooses one or reads who has a request: by
their name, and where two staff share it, by their email address too."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from flask_babel import gettext

from portal.platform.i18n import isolate


class Named(Protocol):
    """A staff account, or a row of its id, name and email."""

    @property
    def id(self) -> str: ...
    @property
    def display_name(self) -> str | None: ...
    @property
    def email(self) -> str | None: ...


def _shown(person: Named) -> str:
    return person.display_name or person.email or person.id


def labels(people: Iterable[Named], me: str | None = None) -> dict[str, str]:
    """Each person's name by account id, told apart by email from anyone of the same name;
    `me`, if given, is the signed-in person, whose entry says so (in lists to choose from)."""
    people = list(people)
    counted = Counter(_shown(person).strip().casefold() for person in people)
    named = {}
    for person in people:
        name = _shown(person)
        if counted[name.strip().casefold()] > 1 and person.email and person.email != name:
            name = gettext("%(name)s (%(email)s)", name=name, email=isolate(person.email))
        if person.id == me:
            name = gettext("%(name)s (you)", name=name)
        named[person.id] = name
    return named
