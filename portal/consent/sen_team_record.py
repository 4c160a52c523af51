"""Consent the SEN team recorded outside this service (on paper, before the portal): a
case with no consent events here. The choices that record decides on (service.replacing)
stand as given until the person changes them here: the change form starts with them
ticked, and each organisation can be withdrawn on its own, as one given here can."""

from __future__ import annotations

from typing import Any

from forms import items
from forms.consent import NO_SHARING
from portal.consent.service import SHARE, Change, answers_from, replacing
from portal.models import ConsentEvent


def answers_in_place(now: dict[str, ConsentEvent], young_person: bool) -> dict[str, Any]:
    """The consent form filled in with the consent in place: the consent in force here,
    or else the SEN team's record, with each choice it decides on given."""
    if now:
        return answers_from(now)
    sharing = [choice.removeprefix(SHARE) for choice in withdrawable(now, young_person)]
    return {items.CONSENT_ASSESSMENT: "yes", items.CONSENT_SHARING: sharing or [NO_SHARING]}


def withdrawable(now: dict[str, ConsentEvent], young_person: bool) -> list[str]:
    """The sharing the SEN team's record decides on, each to withdraw on its own (none
    once the case has consent events here: they then say what is given)."""
    return [choice for choice in replacing(now, young_person) if choice.startswith(SHARE)]


def withdrawing_one(now: dict[str, ConsentEvent], choice: str, young_person: bool) -> list[Change]:
    """What withdrawing `choice` records. Withdrawn from the SEN team's record, a record
    here replaces it that keeps sharing with the others it decides on: a case with
    consent events reads a choice without one as not given."""
    decided = withdrawable(now, young_person)
    if choice not in decided:
        return [Change(choice, False)]
    return [Change(other, other != choice) for other in decided]


def kept_on_withdrawing(now: dict[str, ConsentEvent], choice: str, young_person: bool) -> list[str]:
    """The partners `withdrawing_one` keeps sharing with (ids)."""
    return [
        change.choice.removeprefix(SHARE)
        for change in withdrawing_one(now, choice, young_person)
        if change.given
    ]
