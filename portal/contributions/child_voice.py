"""A child giving their own views is told in their register what is wrong and how much more
they can write: the character count under their answer and the problems with a file, in
the "child" context for `pybabel extract` (portal/platform/voices.py picks them; the
young person's are in portal/assessment_request/own_errors.py). Never called."""

from __future__ import annotations

from flask_babel import npgettext, pgettext


def _files_and_counts() -> None:  # pragma: no cover - read by `pybabel extract`
    """The character count as it counts, and a file that cannot be added
    (portal/documents/service.py)."""
    # NOTE: Read by a child (about 8 to 15) giving their own views: under
    # their answer as they type, or when a file cannot be added. Speak to
    # them informally (tu, ty, ти, sen), in plain words.
    npgettext(
        "child",
        "You have %(num)s character remaining",
        "You have %(num)s characters remaining",
        1,
    )
    # NOTE: Read by a child (about 8 to 15) giving their own views: under
    # their answer as they type, or when a file cannot be added. Speak to
    # them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "You have 0 characters remaining")
    # NOTE: Read by a child (about 8 to 15) giving their own views: under
    # their answer as they type, or when a file cannot be added. Speak to
    # them informally (tu, ty, ти, sen), in plain words.
    npgettext(
        "child",
        "You have %(num)s character too many",
        "You have %(num)s characters too many",
        1,
    )
    # NOTE: Read by a child (about 8 to 15) giving their own views: under
    # their answer as they type, or when a file cannot be added. Speak to
    # them informally (tu, ty, ти, sen), in plain words.
    npgettext(
        "child",
        "You can enter up to %(num)s character",
        "You can enter up to %(num)s characters",
        1,
    )
    # NOTE: Read by a child (about 8 to 15) giving their own views: under
    # their answer as they type, or when a file cannot be added. Speak to
    # them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Select a file to upload")
    # NOTE: Read by a child (about 8 to 15) giving their own views: under
    # their answer as they type, or when a file cannot be added. Speak to
    # them informally (tu, ty, ти, sen), in plain words.
    npgettext(
        "child",
        "You can add up to %(num)s document",
        "You can add up to %(num)s documents",
        1,
    )
    # NOTE: Read by a child (about 8 to 15) giving their own views: under
    # their answer as they type, or when a file cannot be added. Speak to
    # them informally (tu, ty, ти, sen), in plain words.
    pgettext(
        "child",
        "The selected file has hidden content we cannot accept. Save it again "
        "as a new file, then upload that",
    )


def _files_and_counts_2() -> None:  # pragma: no cover - read by `pybabel extract`
    """The character count as it counts, and a file that cannot be added
    (portal/documents/service.py) (part 2)."""
    # NOTE: Read by a child (about 8 to 15) giving their own views: under
    # their answer as they type, or when a file cannot be added. Speak to
    # them informally (tu, ty, ти, sen), in plain words.
    pgettext(
        "child",
        "The selected file cannot be opened. Save it again as a new file, then upload that",
    )
    # NOTE: Read by a child (about 8 to 15) giving their own views: under
    # their answer as they type, or when a file cannot be added. Speak to
    # them informally (tu, ty, ти, sen), in plain words.
    pgettext(
        "child",
        "The selected PDF is protected with a password. Save a copy without the"
        " password, then upload that",
    )
    # NOTE: Read by a child (about 8 to 15) giving their own views: under
    # their answer as they type, or when a file cannot be added. Speak to
    # them informally (tu, ty, ти, sen), in plain words.
    npgettext(
        "child",
        "Adding documents is your choice. You can add up to %(num)s document.",
        "Adding documents is your choice. You can add up to %(num)s documents.",
        1,
    )


def _files_of_their_views() -> None:  # pragma: no cover - read by `pybabel extract`
    """The files page of their own views (portal/contributions/routes.py)."""
    # NOTE: Read by a child (about 8 to 15) adding a file to their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    npgettext(
        "child",
        "Adding files is your choice. You can add up to %(num)s file.",
        "Adding files is your choice. You can add up to %(num)s files.",
        1,
    )


def _checking_views() -> None:  # pragma: no cover - read by `pybabel extract`
    """Checking their views before they send them (contributions/check.html)."""
    # NOTE: Read by a child (about 8 to 15) checking their own views: the link beside
    # each answer. Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Change")
    # NOTE: Read by a child (about 8 to 15) checking their own views: the link beside a
    # question not answered yet, or no file. Speak to them informally (tu, ty, ти, sen),
    # in plain words.
    pgettext("child", "Add")
    # NOTE: Read by a child (about 8 to 15) checking their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words. %(date)s is a date.
    pgettext(
        "child",
        "The next annual review of the plan is due by %(date)s. Send your views well "
        "before then, so everyone can read them before the meeting.",
    )
    # NOTE: Read by a child (about 8 to 15) checking their own views, when the annual
    # review meeting is booked. Speak to them informally (tu, ty, ти, sen), in plain
    # words. %(date)s is the meeting's date.
    pgettext(
        "child",
        "The annual review meeting is on %(date)s. Send your views well before then, so "
        "everyone can read them before it.",
    )


def _sent_where_no_plan_is_coming() -> None:  # pragma: no cover - read by `pybabel extract`
    """The page after their own views are sent for a case where no EHC plan is coming
    (contributions/sent.html; the page's other words are in portal/platform/voices.py)."""
    # NOTE: Read by a child (about 8 to 15) who has just sent their own views for a case
    # where no EHC plan is coming. Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext(
        "child",
        "Thank you. We have your views. Your caseworker will read them and keep them with "
        "the case.",
    )


def _sending_nothing() -> None:  # pragma: no cover - read by `pybabel extract`
    """The check page, when they press "Send your views" (or "Save your views", with a
    request not sent yet) with no question answered and no file added."""
    # NOTE: Read by a child (about 8 to 15) checking their own views. Speak to them
    # informally (tu, ty, ти, sen), in plain words. They pressed "Send your views"
    # with nothing in them: nothing was sent, and the message links to the first question.
    pgettext("child", "Answer at least one question or add a file before you send your views")
    # NOTE: Read by a child (about 8 to 15) checking their own views, which will go with a
    # request not sent yet. Speak to them informally (tu, ty, ти, sen), in plain words.
    # They pressed "Save your views" with nothing in them: nothing was saved to send.
    pgettext("child", "Answer at least one question or add a file before you save your views")
