"""A young person's error pages, in their register: the messages of
templates/errors/error.html and components/contact_details.html that are the same English
as a parent's, marked in the "young person" context for `pybabel extract`. errors.py renders
the page with `template_words` in the reader's voice (readers_voice.py). Never called."""

from __future__ import annotations

from flask_babel import pgettext


def _what_went_wrong() -> None:  # pragma: no cover - read by `pybabel extract`
    """Each error page's heading and what to do next."""
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Sorry, there is a problem with your request")
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You cannot see this page")
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "What you sent is too large")
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "This can happen if the page was open for a long time, or if your browser is not "
        "accepting cookies from this service.",
    )
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Anything you saved before is still saved.")
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Go back to the page you were on and try again")
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person", "Check the web address or the information you entered, then try again."
    )
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You do not have permission to see this page.")


def _what_to_do() -> None:  # pragma: no cover - read by `pybabel extract`
    """What to do next, on each error page."""
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "If you think you should be able to see it, contact us.")
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "If you typed the web address, check it is correct.")
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "If you pasted the web address, check you copied the entire address.")
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Go back to the page you were on and use the links and buttons on it.")
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(size)s is a number of megabytes.
    pgettext(
        "young person",
        "Each file must be smaller than %(size)s MB. Make the file smaller or send fewer "
        "files at once, then try again.",
    )
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Wait a few minutes, then try again.")
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You will be able to use the service later.")
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Try again later.")


def _getting_help() -> None:  # pragma: no cover - read by `pybabel extract`
    """Who to contact, under every error page."""
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "If you need help")
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(team)s is the council's team, %(council)s the council.
    pgettext("young person", "Contact the %(team)s at %(council)s.")
    # NOTE: A young person (16 to 25) signed in to their own account reads this on an
    # error page. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Find out about call charges")


def _signed_in_elsewhere() -> None:  # pragma: no cover - read by `pybabel extract`
    """Said on their own account page when signing in began on a page that is not theirs."""
    # NOTE: A young person (16 to 25) reads this on their own account page, just signed
    # in. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(email)s is the email address of the account they are signed in to.
    pgettext(
        "young person",
        "You are signed in as %(email)s. The page you signed in from is not one you can see: "
        "someone else who used this computer may have left it open.",
    )
    # NOTE: A young person (16 to 25) signed in to their own account reads this on the
    # "Page not found" page, reached perhaps by going Back to pages someone else left on a
    # shared computer. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "If someone else used this computer before you, this may have been one of their pages.",
    )
