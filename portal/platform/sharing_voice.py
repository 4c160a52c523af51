"""The "Why we ask for this" words on sharing that depends on the person's agreement, and
on questions it explains together (components/why_we_ask.html), in the "child" and
"young person" contexts that `voiced`
picks for a child's or a young person's own views and request (portal/platform/voices.py).
Marked for `pybabel extract`; never called."""

from __future__ import annotations

from flask_babel import pgettext


def _child_sharing() -> None:  # pragma: no cover - read by `pybabel extract`
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    # %(partners)s and %(agreed_partners)s are lists of organisations.
    pgettext(
        "child",
        "We may share it with: %(partners)s. If you agree, we may also share it with: "
        "%(agreed_partners)s.",
    )
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    # %(partners)s is a list of organisations.
    pgettext("child", "We share it outside the council only if you agree, with: %(partners)s.")


def _young_person_sharing() -> None:  # pragma: no cover - read by `pybabel extract`
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(partners)s and %(agreed_partners)s are lists of organisations.
    pgettext(
        "young person",
        "We may share it with: %(partners)s. If you agree, we may also share it with: "
        "%(agreed_partners)s.",
    )
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(partners)s is a list of organisations.
    pgettext(
        "young person", "We share it outside the council only if you agree, with: %(partners)s."
    )
    # NOTE: Read by a young person (16 to 25) on their own case, whose consent the SEN
    # team recorded outside this service: a link to the page showing it.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "See or change the consent for this case")


def _young_person_questions_together() -> None:  # pragma: no cover - read by `pybabel extract`
    # NOTE: Read by a young person (16 to 25) on their own request, under questions asked
    # for the same reason (the lines of their address). Speak to them informally (tu, ty,
    # ти, sen), as to a young adult.
    pgettext("young person", "You must answer these questions.")
    # NOTE: Read by a young person (16 to 25) on their own request, under questions asked
    # for the same reason. Those marked "(optional)" after their label may be left blank.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You must answer these questions, except the ones marked as optional.")
    # NOTE: Read by a young person (16 to 25) on their own request, under questions asked
    # for the same reason. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "These questions are your choice: you can leave them blank.")
