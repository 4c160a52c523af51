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
    # NOTE: Read by a young person (16 to 25) in their own account who has neither a
    # request nor a case yet. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext(
        "young person",
        "Views go with a request for an EHC needs assessment, or to a case you can see in "
        "your account. You do not have either yet.",
    )


def _answering() -> None:  # pragma: no cover - read by `pybabel extract`
    """Help under a question of their own views where a child's would not suit them
    (forms/contributions.py's YOUNG_PERSONS_HINTS)."""
    # NOTE: Read by a young person (16 to 25) giving their own views, under "What do I
    # find hard?". They may be at school, college, in training, an apprenticeship or work.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Think about times that are hard for you: at school, college, training or work, "
        "at home, or out and about.",
    )
    # NOTE: Read by a young person (16 to 25) giving their own views, under "What helps
    # me, and how do I like to talk with people?". Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext(
        "young person",
        "Think about what helps you learn or work and feel calm, and how you like people "
        "to talk to you.",
    )
    # NOTE: Read by a young person (16 to 25) giving their own views, under "What do I
    # want to do in the future?". Speak to them informally (tu, ty, ти, sen), as to a
    # young adult: not "when you grow up".
    pgettext(
        "young person",
        "Think about this year and the next few years: studying, work, friends, "
        "where you want to live.",
    )


def _examples() -> None:  # pragma: no cover - read by `pybabel extract`
    """Examples under a question of their own views where a child's would not suit them
    (forms/contributions.py's YOUNG_PERSONS_EXAMPLES)."""
    # NOTE: Examples a young person (16 to 25) reads under "What do people like about
    # me?", in their own words as a young adult (informal: tu, ty, ти, sen).
    pgettext(
        "young person",
        "I am reliable. I am good with computers. I make my friends laugh. "
        "I know a lot about trains.",
    )
    # NOTE: Examples a young person (16 to 25) reads under "What matters to me?", in
    # their own words as a young adult (informal: tu, ty, ти, sen).
    pgettext(
        "young person",
        "My friends and family. Knowing what is happening each day. Going to the gym. "
        "Having my own money.",
    )
    # NOTE: Examples a young person (16 to 25) reads under "What do I find hard?", in
    # their own words as a young adult (informal: tu, ty, ти, sen).
    pgettext(
        "young person",
        "Noisy rooms at college or work. Writing a lot. When plans change and nobody tells me.",
    )
    # NOTE: Examples a young person (16 to 25) reads under "What helps me, and how do I
    # like to talk with people?", in their own words as a young adult (informal: tu, ty,
    # ти, sen). Each sentence asks the people who support them (plural "you").
    pgettext(
        "young person",
        "Show me, do not just tell me. Give me time to answer. Send me a message "
        "instead of calling me.",
    )
    # NOTE: Examples a young person (16 to 25) reads under "What do I want to do in the
    # future?", in their own words as a young adult (informal: tu, ty, ти, sen).
    pgettext(
        "young person",
        "Finish my course or apprenticeship. Get a job working with animals. Travel on "
        "my own. Live with friends one day.",
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
