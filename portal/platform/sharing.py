"""Who the council shares information with, named in the person's language."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TypeAlias

from flask_babel import gettext

from portal.platform import extensions
from portal.platform.i18n import list_of


def partner_names(ids: list[str]) -> str:
    config = extensions.settings().config
    return list_of([gettext(config.partner(partner_id).name) for partner_id in ids])


@dataclass(frozen=True)
class RecordedByCouncil:
    """A case whose consent the SEN team recorded outside this service (on paper, before
    the portal): which partners it names is not known, and the case's consent page is
    where the family sees and changes it. The partners a choice was made about here
    (`decided_here`) go by that choice: shared with where it gave consent (`given`)."""

    reference: str
    given: frozenset[str] = frozenset()
    decided_here: frozenset[str] = frozenset()


Agreed: TypeAlias = Collection[str] | RecordedByCouncil | None


def shared_split(
    ids: list[str], agreed: Agreed = None, young_person: bool = False
) -> tuple[list[str], list[str]]:
    """Of the partners in `ids`: those the council shares with, and those it shares with
    only as the person agrees. Partners with a legal duty basis (app.yaml) are always
    shared with; a partner whose basis is consent is shared with where `agreed` names it,
    left out where it does not, and in the second list where no choice is known here
    (`agreed` is None: "only if you agree"; RecordedByCouncil: "as the consent recorded
    with the SEN team says"). A young person is not offered a service for young children
    only, so it is named to them only where they agreed to it."""
    config = extensions.settings().config
    shared: list[str] = []
    if_agreed: list[str] = []
    for partner_id in ids:
        partner = config.partner(partner_id)
        decided = isinstance(agreed, RecordedByCouncil) and partner_id in agreed.decided_here
        agreed_to = (isinstance(agreed, Collection) and partner_id in agreed) or (
            isinstance(agreed, RecordedByCouncil) and partner_id in agreed.given
        )
        if young_person and partner.young_children_only and not agreed_to:
            continue
        if partner.basis != "consent":
            shared.append(partner_id)
        elif decided:
            if agreed_to:
                shared.append(partner_id)
        elif agreed is None or isinstance(agreed, RecordedByCouncil):
            if_agreed.append(partner_id)
        elif partner_id in agreed:
            shared.append(partner_id)
    return shared, if_agreed
