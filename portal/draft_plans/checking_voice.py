"""A young person checking their response to the draft of their own EHC plan before
sending it once: the check page and the overview's way to it, in their register, in the
"young person" context for `pybabel extract` (as holders_voice.py). Never called."""

from __future__ import annotations

from flask_babel import pgettext


def _checking() -> None:  # pragma: no cover - read by `pybabel extract`
    """The check page before the response is sent once, and the overview's way to it."""
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "Before you send it, you can check everything in your response and change any part of it.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult. The button that leads to the check page.
    pgettext("young person", "Check your response")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult. The heading of the page where they check it, then send it.
    pgettext("young person", "Check your response before sending it")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Your comments on the draft plan")
    # NOTE: A young person (16 to 25) responding to proposed amendments to
    # their own EHC plan, after its annual review, reads this. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your comments on the plan with the proposed amendments")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this, for a section they did not comment on. Speak to
    # them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "No comments")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Now send your response")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this above the send button when their response has
    # nothing in it. Speak to them informally (tu, ty, ти, sen), as to a
    # young adult.
    pgettext(
        "young person",
        "You have not commented on any section or asked for anything. If you send your "
        "response like this, it tells us you have nothing to add to the plan as it is, and "
        "you cannot add to it afterwards.",
    )
