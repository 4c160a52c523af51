"""A young person's own account in their register: the messages about their own request
and the page after replying, marked in the "young person" context for `pybabel extract`
(see holders_voice.py). Never called."""

from __future__ import annotations

from flask_babel import pgettext


def _messages() -> None:  # pragma: no cover - read by `pybabel extract`
    """The messages about a request, and the page after replying."""
    # NOTE: A young person (16 to 25) reads this in their own account, on
    # the messages about their own request or after replying. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "From you")
    # NOTE: A young person (16 to 25) reads this in their own account, on
    # the messages about their own request or after replying. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Documents you sent:")
    # NOTE: A young person (16 to 25) reads this in their own account, on
    # the messages about their own request or after replying. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Send your reply")
    # NOTE: A young person (16 to 25) reads this in their own account, on
    # the messages about their own request or after replying. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You did not attach any documents.")
    # NOTE: A young person (16 to 25) reads this in their own account, on
    # the messages about their own request or after replying. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Your caseworker will read your reply. We will tell you if we need anything else.",
    )
    # NOTE: A young person (16 to 25) reads this in their own account, on
    # the messages about their own request or after replying. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "See your messages about this request")
    # NOTE: A young person (16 to 25) reads this in their own account, on
    # the messages about their own request or after replying. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Your reply was not sent because the request changed. Try again",
    )
    # NOTE: A young person (16 to 25) reads this in their own account, on
    # the messages about their own request or after replying. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    # The request moved on while they wrote: their reply is shown back to them.
    pgettext(
        "young person",
        "Your reply was not sent because the request changed. We no longer need more "
        "information from you.",
    )


def _messages_not_sent() -> None:  # pragma: no cover - read by `pybabel extract`
    """A reply not sent, and the reply form."""
    # NOTE: A young person (16 to 25) reads this in their own account, on
    # the messages about their own request or after replying. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    # Followed by the names of the files they chose to attach to that reply.
    pgettext("young person", "The files you chose were not sent:")
    # NOTE: A young person (16 to 25) reads this in their own account, on
    # the messages about their own request or after replying. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "%(problem)s: %(name)s. Choose your files again")
    # NOTE: A young person (16 to 25) reads this in their own account, on
    # the messages about their own request, when their reply could not be sent as it
    # was (too long, say). Speak to them informally (tu, ty, ти, sen), as to a young
    # adult. %(names)s: the names of the files they had chosen.
    pgettext("young person", "Choose your files again: %(names)s")
    # NOTE: A young person (16 to 25) reads this in their own account, on
    # the messages about their own request or after replying. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your reply")
    # NOTE: A young person (16 to 25) reads this in their own account, on
    # the messages about their own request or after replying. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter your reply")
    # NOTE: A young person (16 to 25) reads this in their own account, on
    # the messages about their own request or after replying. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Attach documents (optional)")


def _messages_2() -> None:  # pragma: no cover - read by `pybabel extract`
    """The messages about a request, and the page after replying (part 2)."""
    # NOTE: A young person (16 to 25) reads this in their own account, on
    # the messages about their own request or after replying. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "For example, a report or a letter. You can choose more than one file: "
        "PDF, Word, image or audio.",
    )
