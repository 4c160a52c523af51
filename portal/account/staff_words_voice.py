"""A young person's words, in their own account, for the council's messages and a
decision's note on a page in another language (components/staff_words_in_english.html),
marked in the "young person" context for `pybabel extract` as portal/account/
holders_voice.py does. Never called."""

from __future__ import annotations

from flask_babel import pgettext


def _staff_words_in_english() -> None:  # pragma: no cover - read by `pybabel extract`
    """Over the council's messages and a decision's note, on a page in another language:
    staff write them in their own words, often in English."""
    # NOTE: A young person (16 to 25) reads this over the messages the SEN
    # team sent them about their request. %(team)s is the SEN team; %(email)s
    # and %(phone)s are its email address and telephone number.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Messages from the %(team)s may be written in English. To ask for a translation, or "
        "for an interpreter, contact the %(team)s: %(email)s or %(phone)s. We will arrange it "
        "free of charge.",
    )
    # NOTE: A young person (16 to 25) reads this under what the caseworker wrote about a
    # decision on their case, written in another language than the page's. %(team)s is the
    # SEN team; %(email)s and %(phone)s are its email address and telephone number.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "To ask for this in your language, or for an interpreter, contact the %(team)s: "
        "%(email)s or %(phone)s. We will arrange it free of charge.",
    )
