"""Who the council shares information with, named in the person's language."""

from __future__ import annotations

from flask_babel import gettext

from portal.platform import extensions
from portal.platform.i18n import list_of


def partner_names(ids: list[str]) -> str:
    config = extensions.settings().config
    return list_of([gettext(config.partner(partner_id).name) for partner_id in ids])
