"""Who the council shares information with, named in the person's language."""

from __future__ import annotations

from collections.abc import Collection

from flask_babel import gettext

from portal.platform import extensions
from portal.platform.i18n import list_of


def partner_names(ids: list[str]) -> str:
    config = extensions.settings().config
    return list_of([gettext(config.partner(partner_id).name) for partner_id in ids])


def shared_split(
    ids: list[str], agreed: Collection[str] | None = None
) -> tuple[list[str], list[str]]:
    """Of the partners in `ids`: those the council shares with, and those it would share
    with only if the person agrees. Partners with a legal duty basis (app.yaml) are always
    shared with; a partner whose basis is consent is shared with where `agreed` names it,
    left out where it does not, and "only if you agree" where no choice is known yet
    (`agreed` is None)."""
    config = extensions.settings().config
    shared: list[str] = []
    if_agreed: list[str] = []
    for partner_id in ids:
        if config.partner(partner_id).basis != "consent":
            shared.append(partner_id)
        elif agreed is None:
            if_agreed.append(partner_id)
        elif partner_id in agreed:
            shared.append(partner_id)
    return shared, if_agreed
