"""The warning on "Check your answers" when the account already sent a request for the
same child or young person that we are still deciding on: they may add to it instead of
sending another (portal.cases.service.asked_before finds it)."""

from __future__ import annotations

from flask_babel import gettext, pgettext
from markupsafe import Markup, escape

from portal.models import AssessmentRequest
from portal.platform.i18n import isolate
from portal.platform.kept_whole import reference_html
from portal.platform.written_dates import format_date


def warning(sent: AssessmentRequest, young_person: bool) -> Markup:
    """When the request was sent, its reference and the date we must decide by, in the
    reader's voice, as HTML (the reference kept whole on one line)."""
    if young_person:
        # NOTE: A young person (16 to 25) asking for their own assessment reads this before
        # sending a second request for themselves. Speak to them informally (tu, ty, ти,
        # sen), as to a young adult.
        first = pgettext(
            "young person",
            "You already sent a request for yourself on %(sent)s (reference %(reference)s). "
            "We must decide whether to carry out an assessment by %(due)s.",
        )
        # NOTE: A young person (16 to 25) asking for their own assessment reads this after
        # being told they already sent a request for themselves. Speak to them informally
        # (tu, ty, ти, sen), as to a young adult.
        then = pgettext(
            "young person",
            "You do not need to send another: you can add to that request from your account.",
        )
    else:
        first = gettext(
            "You already sent a request for %(name)s on %(sent)s (reference %(reference)s). "
            "We must decide whether to carry out an assessment by %(due)s."
        )
        then = gettext(
            "You do not need to send another: you can add to that request from your account."
        )
    said = escape(first) % {
        "name": isolate(sent.child_name),
        "sent": format_date(sent.submitted_at),
        "reference": reference_html(sent.reference),
        "due": format_date(sent.decision_due),
    }
    return Markup("{} {}").format(said, then)
