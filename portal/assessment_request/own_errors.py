"""A young person's own request tells them what is wrong in their register: the consent
page's and check your answers' error messages, the file problems on the documents page
and the character count's running count, marked in the "young person" context for
`pybabel extract` (portal/platform/voices.py picks them; the question pages' own are in
own_register.py). Never called."""

from __future__ import annotations

from flask_babel import npgettext, pgettext


def _consent_and_check() -> None:  # pragma: no cover - read by `pybabel extract`
    """The consent page's error messages (forms/consent.py), then check your answers'."""
    # NOTE: A young person (16 to 25) giving consent on their own request reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Select yes if you agree to the EHC needs assessment")
    # NOTE: A young person (16 to 25) giving consent on their own request reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Select who we can share information with, or select that we must not share it",
    )
    # NOTE: A young person (16 to 25) giving consent on their own request reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Select who we can share information with, or select that we must not share it, not both",
    )
    # NOTE: A young person (16 to 25) giving consent on their own request reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Confirm that you understand what you are agreeing to")
    # NOTE: A young person (16 to 25) giving consent on their own request reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The wording on this page has changed since you opened it. Read it again, then make "
        "your choices",
    )
    # NOTE: A young person (16 to 25) sending their own request reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Give your consent before you send the request")
    # NOTE: A young person (16 to 25) sending their own request reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You must agree to the assessment before you send the request")


def _who_is_asking() -> None:  # pragma: no cover - read by `pybabel extract`
    """Who is asking, for a young person who has asked for themselves before."""
    # NOTE: A young person (16 to 25) who has asked for their own assessment before reads
    # this when they start another request. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "Select who is asking for the assessment")


def _files_of_their_views() -> None:  # pragma: no cover - read by `pybabel extract`
    """The files page of their own views (portal/contributions/routes.py)."""
    # NOTE: A young person (16 to 25) adding a file to their own views reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    npgettext(
        "young person",
        "Adding files is your choice. You can add up to %(num)s file.",
        "Adding files is your choice. You can add up to %(num)s files.",
        1,
    )


def _files_and_counts() -> None:  # pragma: no cover - read by `pybabel extract`
    """A file that cannot be added (portal/documents/service.py), and the character
    count under a long answer as it counts (portal/platform/frontend_text.py)."""
    # NOTE: A young person (16 to 25) adding a file to their own request or views reads
    # this. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Select a file to upload")
    # NOTE: A young person (16 to 25) adding a file to their own request or views reads
    # this. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    npgettext(
        "young person",
        "You can add up to %(num)s document",
        "You can add up to %(num)s documents",
        1,
    )
    # NOTE: A young person (16 to 25) adding a file to their own request or views reads
    # this. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The selected file has hidden content we cannot accept. Save it again as a new "
        "file, then upload that",
    )
    # NOTE: A young person (16 to 25) adding a file to their own request or views reads
    # this. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The selected file cannot be opened. Save it again as a new file, then upload that",
    )
    # NOTE: A young person (16 to 25) adding a file to their own request or views reads
    # this. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The selected PDF is protected with a password. Save a copy without the password, "
        "then upload that",
    )
    # NOTE: Under a young person's (16 to 25) long answer, updated as they type.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    npgettext(
        "young person",
        "You have %(num)s character remaining",
        "You have %(num)s characters remaining",
        1,
    )
    # NOTE: Under a young person's (16 to 25) long answer, updated as they type.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You have 0 characters remaining")
    # NOTE: Under a young person's (16 to 25) long answer, updated as they type.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    npgettext(
        "young person",
        "You have %(num)s character too many",
        "You have %(num)s characters too many",
        1,
    )
