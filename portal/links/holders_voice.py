"""A young person's link code page in their register: the messages of /account/link that
are the same English as a parent's, marked in the "young person" context for `pybabel
extract`. The page is rendered with `render_in_holders_voice` (portal/auth/holder.py);
its form's hint, button and errors, and the refusals in routes.py, take the account's
voice ("Back to your account" and "Continue" have theirs already). Never called."""

from __future__ import annotations

from flask_babel import pgettext


def _entering_a_code() -> None:  # pragma: no cover - read by `pybabel extract`
    """The page, its hint and its error messages."""
    # NOTE: A young person (16 to 25) reads this in their own account: the heading of the
    # page where they enter a link code. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Enter your link code")
    # NOTE: A young person (16 to 25) reads this in their own account, entering a link
    # code. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "To check the code is yours, we also ask for the date of birth of the child or "
        "young person the case is about.",
    )
    # NOTE: A young person (16 to 25) reads this in their own account, entering a link
    # code for their own case. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext("young person", "To check the code is yours, we also ask for your date of birth.")
    # NOTE: A young person (16 to 25) reads this in their own account: the label of the
    # date they enter with a link code for their own case. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "Your date of birth")
    # NOTE: A young person (16 to 25) reads this in their own account, entering a link
    # code. Speak to them informally (tu, ty, ти, sen), as to a young adult. The example
    # code stays as it is.
    pgettext(
        "young person", "The 12 letters and numbers from the SEN team, for example KX7D-P2MQ-9RTA"
    )
    # NOTE: An error message for a young person (16 to 25) entering a link code in their
    # own account. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter the link code")
    # NOTE: An error message for a young person (16 to 25) entering a link code in their
    # own account. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter the date of birth")


def _refused() -> None:  # pragma: no cover - read by `pybabel extract`
    """A code refused (portal/links/routes.py)."""
    # NOTE: An error message for a young person (16 to 25) entering a link code in their
    # own account. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Check the link code: it does not match a code we sent")
    # NOTE: An error message for a young person (16 to 25) entering a link code in their
    # own account. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "This link code has already been used. Ask the SEN team for a new one")
    # NOTE: An error message for a young person (16 to 25) entering a link code in their
    # own account. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "This link code has expired. Ask the SEN team for a new one")
    # NOTE: An error message for a young person (16 to 25) entering a link code the SEN
    # team cancelled, in their own account. Speak to them informally (tu, ty, ти, sen), as
    # to a young adult.
    pgettext("young person", "This link code no longer works. Ask the SEN team for a new one")
    # NOTE: An error message for a young person (16 to 25) entering a link code in their
    # own account, when the code is for a young person's own access but the case is about
    # someone under 16 or over 25. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext(
        "young person",
        "This link code is for a young person aged 16 to 25 to see their own case, so it "
        "cannot be used for this case. Ask the SEN team for a new one",
    )
    # NOTE: An error message for a young person (16 to 25) entering a link code in their
    # own account. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The date of birth does not match the case this code is for. Check it and try again",
    )
    # NOTE: An error message for a young person (16 to 25) entering a link code in their
    # own account. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "We cannot check the date of birth at the moment. Try again later")
    # NOTE: Said to a young person (16 to 25) on a case's page when they have just added it
    # to their own account with a link code. Speak to them informally (tu, ty, ти, sen), as
    # to a young adult. %(reference)s is the case's reference.
    pgettext("young person", "Case %(reference)s is now in your account")
    # NOTE: Said on a young person's (16 to 25) case page when they entered again a link
    # code that had already added it to their account. Speak to them informally.
    pgettext("young person", "Case %(reference)s is already in your account")
