"""A young person choosing how we contact them, in their register: "How we contact you",
its questions, their error messages and "Why we ask for this", in the "young person"
context for `pybabel extract`. The page is rendered with `render_in_holders_voice`
(portal/auth/holder.py). Never called. Where a young person reads other English than a
parent (texts never carry *their* name, not "a child's"), the template picks the young
person's message itself, and the mobile number's reason is the catalogue's `why_self`."""

from __future__ import annotations

from flask_babel import pgettext


def _how_we_contact_you() -> None:  # pragma: no cover - read by `pybabel extract`
    """The page, its questions and what it says once saved."""
    # NOTE: A young person (16 to 25) choosing how we contact them, in their
    # own account, reads this. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "When something changes about your requests or cases, we tell you what "
        "has happened and link to the page where you can act on it.",
    )
    # NOTE: A young person (16 to 25) choosing how we contact them, in their
    # own account, reads this. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "Text messages are short. They never include your name or anything"
        " about your needs: you read those when you sign in.",
    )
    # NOTE: A young person (16 to 25) choosing how we contact them, in their
    # own account, reads this. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "Save")
    # NOTE: A young person (16 to 25) choosing how we contact them, in their
    # own account, reads this. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "We will contact you the way you chose")
    # NOTE: A young person (16 to 25) choosing how we contact them, in their
    # own account, reads this. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "Select how we should tell you: by email, by text message or both",
    )
    # NOTE: A young person (16 to 25) choosing how we contact them, in their
    # own account, reads this. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "Select the language we should write to you in")
    # NOTE: A young person (16 to 25) choosing how we contact them, in their
    # own account, reads this. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "Enter a UK mobile number so we can send you text messages")
    # NOTE: A young person (16 to 25) choosing how we contact them, in their
    # own account, reads this. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult. Keep the example numbers as they are.
    pgettext("young person", "Enter a UK mobile number, like 07700 900 982 or +44 7700 900 982")
    # NOTE: A young person (16 to 25) choosing how we contact them, in their
    # own account, reads this. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "How should we tell you when something changes?")
    # NOTE: A young person (16 to 25) choosing how we contact them, in their
    # own account, reads this. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "We tell you what has happened and link to the page where you can act on it",
    )


def _how_we_contact_you_2() -> None:  # pragma: no cover - read by `pybabel extract`
    """The page, its questions and what it says once saved (part 2)."""
    # NOTE: A young person (16 to 25) choosing how we contact them, in their
    # own account, reads this. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "So you hear about your requests and cases in the way that works for you.",
    )
    # NOTE: A young person (16 to 25) choosing how we contact them, in their
    # own account, reads this. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "Which language should we write to you in?")
    # NOTE: A young person (16 to 25) choosing how we contact them, in their
    # own account, reads this. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "So our emails and text messages are in the language that works best for you.",
    )
    # NOTE: Under a young person's (16 to 25) mobile number, in "Why we ask for this": the
    # number is needed only if they choose text messages. Speak to them informally.
    pgettext("young person", "You must answer this question if you choose text messages.")
