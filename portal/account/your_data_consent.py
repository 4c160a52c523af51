"""A request's consent answers beside the consent in force now: a family changes them on
the case's consent page after sending, and "Your data" shows both (the request keeps what
was sent; the consent events say what holds now)."""

from __future__ import annotations

from typing import Any

from portal.consent import service as consent
from portal.models import ConsentEvent


def with_consent_now(
    groups: list[dict[str, Any]], now: dict[str, ConsentEvent], young_person: bool
) -> list[dict[str, Any]]:
    """`grouped_answers`' groups, each consent answer with `now_label` (the choice in force
    now) and `changed` (whether it differs from what was sent) where the case has consent
    events."""
    if not now:
        return groups
    in_force = consent.answers_in_force(now, young_person)
    for group in groups:
        for item in group["items"]:
            if item["id"] in in_force:
                item["now_label"] = in_force[item["id"]]
                item["changed"] = _as_set(in_force[item["id"]]) != _as_set(item["value_label"])
    return groups


def _as_set(label: Any) -> Any:
    """A list of choices compares by what is in it, not the order it was read in."""
    return frozenset(label) if isinstance(label, list) else label
