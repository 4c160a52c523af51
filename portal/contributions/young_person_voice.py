"""A young person (16 to 25) giving their own views reads these the same English as a
parent's: marked in the "young person" context for `pybabel extract` (the views' other
words are in portal/platform/voices.py; a child's in child_voice.py). The start page is
rendered with `template_words` and `voiced` in the voice `service.starting_voice` finds,
the check page in the voice of who is writing. Never called."""

from __future__ import annotations

from flask_babel import pgettext


def _starting_views() -> None:  # pragma: no cover - read by `pybabel extract`
    """The start page where no plan is coming, its error messages, and the page for an
    account with neither a request nor a case."""
    # NOTE: Read by a young person (16 to 25) starting their own views for their own case,
    # where there is no EHC plan. Speak to them informally (tu, ty, ти, sen), as to a
    # young adult.
    pgettext(
        "young person",
        "Tell us, in your own words, what matters. Your caseworker will read what you "
        "write and keep it with the case.",
    )
    # NOTE: Read by a young person (16 to 25) starting their own views, where some of
    # their cases have an EHC plan. Speak to them informally (tu, ty, ти, sen), as to a
    # young adult.
    pgettext(
        "young person",
        "Tell us, in your own words, what matters. Where there is an EHC plan, what you "
        "write goes at the start of it, so everyone who reads it gets to know you first. "
        "Otherwise your caseworker will read it and keep it with the case.",
    )
    # NOTE: Read by a young person (16 to 25) starting their own views, where an EHC
    # plan is coming or in place. Speak to them informally (tu, ty, ти, sen), as to a
    # young adult.
    pgettext(
        "young person",
        "Tell us, in your own words, what matters. What you write goes at the start of "
        "your EHC plan, so everyone who reads it gets to know you first.",
    )
    # NOTE: Read by a young person (16 to 25) starting their own views: one of the
    # answers to "Which case are these views for?", their own request for themselves,
    # not sent yet. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(date)s is a date, %(time)s a time.
    pgettext(
        "young person",
        "With my own request that I have not sent yet, started on %(date)s at %(time)s",
    )
    # NOTE: An error message for a young person (16 to 25) starting their own views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Select who is giving their views")
    # NOTE: An error message for a young person (16 to 25) starting their own views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Select which case these views are for")
    # NOTE: Read by a young person (16 to 25) on their own request, which already has a
    # set of their views saved with it: a heading above the button that starts another set.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Start another set of views")
    # NOTE: A young person (16 to 25) reads this on their account home, under views they
    # have not finished: where they will go. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "For your own request that you have not sent yet")
    # NOTE: Read by a young person (16 to 25) in their own account who has neither a
    # request nor a case yet. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext(
        "young person",
        "Views go with a request for an EHC needs assessment, or to a case you can see in "
        "your account. You do not have either yet.",
    )


def _checking_views() -> None:  # pragma: no cover - read by `pybabel extract`
    """Checking their views before they send them (contributions/check.html; "Change"
    has its entry in portal/assessment_request/own_register.py)."""
    # NOTE: Read by a young person (16 to 25) checking their own views for their own
    # case. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(date)s is a date.
    pgettext(
        "young person",
        "The next annual review of the plan is due by %(date)s. Send your views well "
        "before then, so everyone can read them before the meeting.",
    )
    # NOTE: Read by a young person (16 to 25) checking their own views for their own
    # case, when the annual review meeting is booked. Speak to them informally (tu, ty,
    # ти, sen), as to a young adult. %(date)s is the meeting's date.
    pgettext(
        "young person",
        "The annual review meeting is on %(date)s. Send your views well before then, so "
        "everyone can read them before it.",
    )


def _sent_where_no_plan_is_coming() -> None:  # pragma: no cover - read by `pybabel extract`
    """The page after their own views are sent for a case where no EHC plan is coming
    (contributions/sent.html; the page's other words are in portal/platform/voices.py)."""
    # NOTE: Read by a young person (16 to 25) who has just sent their own views for a case
    # where no EHC plan is coming. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Thank you. We have your views. Your caseworker will read them and keep them with "
        "the case.",
    )


def _sending_nothing() -> None:  # pragma: no cover - read by `pybabel extract`
    """The check page, when they press "Send your views" (or "Save your views", with a
    request not sent yet) with no question answered and no file added."""
    # NOTE: Read by a young person (16 to 25) checking their own views. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult. They pressed "Send your views"
    # with nothing in them: nothing was sent, and the message links to the first question.
    pgettext(
        "young person", "Answer at least one question or add a file before you send your views"
    )
    # NOTE: Read by a young person (16 to 25) checking their own views, which will go with a
    # request not sent yet. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # They pressed "Save your views" with nothing in them: nothing was saved to send.
    pgettext(
        "young person", "Answer at least one question or add a file before you save your views"
    )


def _answer_named() -> None:  # pragma: no cover - read by `pybabel extract`
    # NOTE: Read by a young person (16 to 25) giving their own views, in "%(name)s must be
    # %(num)s characters or fewer" when an answer is too long. Speak to them informally
    # (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your answer")
