"""A young person's "Your data" in their register: its consent answers beside the choice
now, what each file was added to, the list of what was done with their information, and
their feedback, marked in the "young person" context for `pybabel extract` (as
holders_voice.py marks the rest). Never called."""

from __future__ import annotations

from flask_babel import pgettext


def _your_data() -> None:  # pragma: no cover - read by `pybabel extract`
    # NOTE: A young person (16 to 25) reads this on "Your data", beside a consent
    # choice they changed after sending their request. Speak to them informally
    # (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your choice now")
    # NOTE: A young person (16 to 25) reads this on "Your data": the consent choice
    # their request was sent with. Speak to them informally (tu, ty, ти, sen).
    pgettext("young person", "When you sent the request")
    # NOTE: A young person (16 to 25) reads this on "Your data", under a consent
    # choice. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You have not changed this since you sent the request.")
    # NOTE: A young person (16 to 25) reads this link on "Your data" and on the page
    # of their rights. Speak to them informally (tu, ty, ти, sen).
    pgettext("young person", "Change your consent choices")
    # NOTE: A young person (16 to 25) reads this on "Your data", under a file's
    # name: what they added it to. Speak to them informally (tu, ty, ти, sen).
    pgettext("young person", "Added to request %(reference)s")
    # NOTE: A young person (16 to 25) reads this on "Your data", under a file's
    # name. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Added to a request you have not sent")
    # NOTE: A young person (16 to 25) reads this on "Your data", under a file's
    # name. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Added to your views")
    # NOTE: A young person (16 to 25) reads this on "Your data", under a file's
    # name. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Added to your response to a draft EHC plan")
    # NOTE: A young person (16 to 25) reads this on "Your data", under a file's
    # name. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Added to your views for an annual review")
    # NOTE: A young person (16 to 25) reads this on "Your data", under a file's
    # name. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Sent with your reply to our message about request %(reference)s")
    # NOTE: A young person (16 to 25) reads this on "Your data", under a file's
    # name: the description they gave it. Speak to them informally (tu, ty, ти, sen).
    pgettext("young person", "What you said it is: %(description)s")
    # NOTE: A young person (16 to 25) reads this heading on "Your data": the list
    # of who looked at or changed their information, their own actions too.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Who has seen or changed this information, including you")
    # NOTE: A young person (16 to 25) reads this above a list on "Your data" reached from
    # one of their cases: %(name)s is the name on the case (their own). Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Showing only what you sent for %(name)s, case %(reference)s.")
    # NOTE: A young person (16 to 25) reads this above a list on "Your data" reached from
    # one of their cases. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Showing only what you sent for case %(reference)s.")
    # NOTE: A young person (16 to 25) reads this link on "Your data", under a list kept to
    # one case. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "See what you sent for every case")


def _feedback() -> None:  # pragma: no cover - read by `pybabel extract`
    """The feedback they asked us to contact them about."""
    # NOTE: A young person (16 to 25) reads this heading on "Your data": the feedback
    # they asked us to contact them about. Speak to them informally (tu, ty, ти, sen).
    pgettext("young person", "Your feedback")
    # NOTE: A young person (16 to 25) reads this on "Your data", under "Your feedback".
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Feedback you gave while signed in and asked us to contact you about. Feedback "
        "you gave without asking us to contact you is not linked to you, so it is not "
        "listed here.",
    )
    # NOTE: A young person (16 to 25) reads this on "Your data", under "Your feedback".
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "When the time we keep feedback for ends, we delete your comments and contact "
        "details, and the feedback is no longer linked to you.",
    )
