"""A young person (16 to 25) giving feedback from their own account, in their register:
the page, its hints, its error messages and the thanks page, in the "young person"
context for `pybabel extract`. The routes pass the reader's voice (`readers_voice`,
portal/platform/readers_voice.py) to `template_words` and the form. The questions'
own entries are marked with the items a young person can ask about
(portal/data_rights/holders_voice.py). Never called."""

from __future__ import annotations

from flask_babel import pgettext


def _the_feedback_form() -> None:  # pragma: no cover - read by `pybabel extract`
    """The page, its hints, its hidden box and its button."""
    # NOTE: A young person (16 to 25) giving feedback from their own account reads
    # this: the page's heading. Speak to them informally (tu, ty, ти, sen), as to a
    # young adult.
    pgettext("young person", "Give feedback on our SEND services")
    # NOTE: A young person (16 to 25) giving feedback from their own account reads
    # this. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Tell us how we did. Your feedback is anonymous: we do not link it to you or "
        "your account, even if you are signed in, unless you ask us to contact you.",
    )
    # NOTE: A young person (16 to 25) giving feedback signed in to their own account
    # reads this. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "If you ask us to contact you, we keep your feedback and contact details with "
        "your account, and you can see them in ‘Your data’.",
    )
    # NOTE: A young person (16 to 25) giving feedback from their own account reads
    # this: the hint under each comment box. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Do not include names or personal details.")
    # NOTE: A young person (16 to 25) giving feedback from their own account reads
    # this under "Why we ask for this". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "Your feedback is anonymous unless you ask us to contact you.")
    # NOTE: A young person (16 to 25) giving feedback from their own account reads
    # this once they ask to be contacted. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "Give your name, and an email address or a phone number.")
    # NOTE: A button for a young person (16 to 25) giving feedback from their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Send feedback")
    # NOTE: The label of a box that people never see (robots fill it in), read out to
    # nobody; a young person's (16 to 25) page has it too. Speak to them informally
    # (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Leave this blank")


def _its_error_messages() -> None:  # pragma: no cover - read by `pybabel extract`
    """What a young person is told about an answer left out or too long."""
    # NOTE: An error message for a young person (16 to 25) giving feedback from their
    # own account. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Select which service your feedback is about")
    # NOTE: An error message for a young person (16 to 25) giving feedback from their
    # own account. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Select how you felt about the service")
    # NOTE: An error message for a young person (16 to 25) giving feedback from their
    # own account. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter your name so we can contact you")
    # NOTE: An error message for a young person (16 to 25) giving feedback from their
    # own account. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter an email address or a phone number so we can contact you")
    # NOTE: A young person (16 to 25) giving feedback from their own account reads
    # this in "%(name)s must be %(num)s characters or fewer". Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your comments on what worked well")
    # NOTE: A young person (16 to 25) giving feedback from their own account reads
    # this in "%(name)s must be %(num)s characters or fewer". Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your comments on what could be better")


def _thanks() -> None:  # pragma: no cover - read by `pybabel extract`
    """The page after a young person sends their feedback."""
    # NOTE: A young person (16 to 25) reads this after giving feedback from their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Thank you for your feedback")
    # NOTE: A link for a young person (16 to 25) after giving feedback from their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Go to the start page")
    # NOTE: A young person (16 to 25) reads this after giving feedback from their own
    # account and asking to be contacted. Speak to them informally (tu, ty, ти, sen).
    pgettext("young person", "We will contact you using the details you gave us.")
    # NOTE: A young person (16 to 25) reads this after giving feedback from their own
    # account without asking to be contacted. Speak to them informally (tu, ty, ти, sen).
    pgettext(
        "young person", "You did not ask us to contact you, so we will not reply to this feedback."
    )
