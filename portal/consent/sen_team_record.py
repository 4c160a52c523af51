"""Consent the SEN team recorded outside this service (on paper, before the portal), for
a case no request was sent for here (one linked with a code). Each choice stands as that
record has it until the person changes it here, one at a time: withdrawing one
organisation records that withdrawal alone, and the others stay as the SEN team recorded
them; the change form starts with them ticked, and what it records replaces them."""

from __future__ import annotations

from typing import Any

from forms import items
from forms.consent import NO_SHARING
from portal.consent.service import ASSESSMENT, SHARE, answers_from, choices
from portal.models import ConsentEvent


def replacing(now: dict[str, ConsentEvent], young_person: bool, on_record: bool) -> list[str]:
    """The choices still as the SEN team recorded them (`on_record`: the case's consent
    is theirs, `service.on_sen_team_record`): those offered with no event here."""
    return [choice for choice in choices(young_person) if choice not in now] if on_record else []


def withdrawable(now: dict[str, ConsentEvent], young_person: bool, on_record: bool) -> list[str]:
    """The sharing the SEN team's record still decides on, each to withdraw on its own."""
    return [c for c in replacing(now, young_person, on_record) if c.startswith(SHARE)]


def answers_in_place(
    now: dict[str, ConsentEvent], young_person: bool, on_record: bool
) -> dict[str, Any]:
    """The consent form filled in with the consent in place: each choice as given here,
    or else as the SEN team's record has it, given."""
    answers = answers_from(now)
    if not on_record:
        return answers
    still = set(withdrawable(now, young_person, on_record))
    given = {SHARE + p for p in answers.get(items.CONSENT_SHARING) or [] if p != NO_SHARING}
    sharing = [c.removeprefix(SHARE) for c in choices(young_person) if c in given | still]
    answers[items.CONSENT_SHARING] = sharing or [NO_SHARING]
    if ASSESSMENT not in now:
        answers[items.CONSENT_ASSESSMENT] = "yes"
    return answers
