"""A young person's account starting a new request, in their register: the messages of
/account/request/who that are the same English as a parent's, marked in the "young
person" context for `pybabel extract`. The page is rendered with
`render_in_holders_voice` (portal/auth/holder.py), and its "Why we ask for this" takes
the holder's voice; its heading, back link, button, error message and the rest of "Why
we ask for this" have their entries already. The request's own pages are marked in
own_register.py. Never called."""

from __future__ import annotations

from flask_babel import npgettext, pgettext


def _who_is_asking() -> None:  # pragma: no cover - read by `pybabel extract`
    """The page that asks who is asking, before a request is started."""
    # NOTE: A young person (16 to 25) reads this in their own account, about to start a
    # new request for an assessment. Speak to them informally (tu, ty, ти, sen), as to a
    # young adult.
    pgettext(
        "young person",
        "You can ask for an assessment for yourself if you are aged 16 to 25, or as a "
        "parent or carer for a child or young person.",
    )
    # NOTE: A young person (16 to 25) reads this in their own account, about to start a
    # new request for an assessment. Speak to them informally (tu, ty, ти, sen), as to a
    # young adult.
    pgettext(
        "young person",
        "An assessment is for someone who has, or may have, special educational needs and "
        "may need more help than their nursery, school or college can usually give. You do "
        "not need a diagnosis, and you do not need the school or college to agree.",
    )
    # NOTE: A young person (16 to 25) reads this in their own account, about to start a
    # new request for an assessment. Speak to them informally (tu, ty, ти, sen), as to a
    # young adult.
    pgettext(
        "young person",
        "We will ask about the person the assessment is for, their education, their needs "
        "and the support they get now, and how to contact you. It takes about 30 minutes. "
        "Each page is saved when you continue, so you can stop and come back.",
    )
    # NOTE: A young person (16 to 25) reads this in their own account, about to start a
    # new request: how long one left unsent is kept. Speak to them informally.
    npgettext(
        "young person",
        "We delete a request that is not sent %(num)s day after you last change it.",
        "We delete a request that is not sent %(num)s days after you last change it.",
        28,
    )
    # NOTE: A young person (16 to 25) reads this under "Why we ask for this" in their
    # own account, asked who is asking for an assessment. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The law lets a parent or carer ask for a child, and a young person aged 16 to 25 "
        "ask for themselves. We need to know which so we write to the right person.",
    )


def _task_list() -> None:  # pragma: no cover - read by `pybabel extract`
    """The request's task list: the link once every section is complete, and why it
    cannot be sent while the assessment is refused."""
    # NOTE: A young person (16 to 25) who has completed every section of their own
    # request for an assessment reads this link. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Check your answers")
    # NOTE: A young person (16 to 25) who answered No to the assessment on their own
    # request reads this under "Your consent" on its task list. Speak to them informally
    # (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You must agree to the assessment before you can send the request")


def _told_apart() -> None:  # pragma: no cover - read by `pybabel extract`
    """The account home, naming two of their unsent requests started the same day."""
    # NOTE: A young person (16 to 25) reads this on their account home: two requests
    # for the same person were started the same day, told apart by the time. Speak to
    # them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Continue the request for %(name)s, started on %(date)s at %(time)s")


def _sent() -> None:  # pragma: no cover - read by `pybabel extract`
    """The page after a young person sends their own request, when they chose not to
    share with some of the services offered."""
    # NOTE: A link for a young person (16 to 25) who has just sent their own request and
    # chose not to share with some services: it opens their consent choices. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Change who we share information with")
