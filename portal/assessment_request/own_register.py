"""A young person's own request in their register: the messages shown on its pages that
are the same English as a parent's, marked in the "young person" context for
`pybabel extract` (see portal/platform/voices.py, which picks them). Never called.

The young person's own wording that differs from a parent's (forms/catalogue.yaml's
`*_self`, the sections' `title_self`) needs no context: only a young person reads it."""

from __future__ import annotations

from flask_babel import gettext, ngettext, npgettext, pgettext


def _task_list_and_consent() -> None:  # pragma: no cover - read by `pybabel extract`
    """The task list and the consent page, and the account home's link to the task list."""
    # NOTE: A young person (16 to 25) reads this on their account home: the link to the
    # request for an assessment they are making for themselves, not sent yet. Speak to
    # them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Continue your own request, started on %(date)s at %(time)s")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "About you")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "How can we contact you?")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your consent")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Answers are saved when you continue from each page. If you do not change this "
        "request, we will delete it on %(date)s.",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Send your request")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Complete every section and give your consent to check your answers and send the request.",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The law says we must share some information, so we do not ask you to choose:",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "You can change your choices or withdraw your consent at any time from your "
        "account. We then stop sharing from that day, but we cannot take back what we "
        "have already shared.",
    )


def _restored_draft() -> None:  # pragma: no cover - read by `pybabel extract`
    """The notices over a page whose typing was put back (templates/base.html)."""
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We have put back what you typed on this page before you were signed out. Check "
        "it, then save it.",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We have put back what you typed on this page. It was not saved: check it, then save it.",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We have put back what you typed on this page before you changed the language. It "
        "is not saved yet: check it, then save it.",
    )


def _questions_hints_and_reasons() -> None:  # pragma: no cover - read by `pybabel extract`
    """The questions' shared hints and reasons and the consent page's choices."""
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Add a document")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Select all that apply")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Give the names and roughly when")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Tell us what happened and when")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "For international numbers include the country code")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "To confirm we have the request and to keep you up to date about it.")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "So a caseworker can call you to talk about the request.")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person", "We will send a confirmation and updates about the request to this address"
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Is there anyone you do not want us to share your information with?")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "It is your information. If there is someone you do not want to know about it, we"
        " will keep it from them where the law allows.",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "These services can give advice for the assessment and plan support together. "
        "Sharing with them is your choice. You must tell us your choice, even if it is to"
        " share with none of them.",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Select all that you agree to. You can change this at any time.")


def _documents_counts_and_examples() -> None:  # pragma: no cover - read by `pybabel extract`
    """The documents page, the character count and the questions' examples."""
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Upload a file")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Documents you have added")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Reports from professionals help us decide sooner. You can also send them later, "
        "or we can ask for them.",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    npgettext(
        "young person",
        "Adding documents is your choice. You can add up to %(num)s document.",
        "Adding documents is your choice. You can add up to %(num)s documents.",
        1,
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    npgettext(
        "young person",
        "You can enter up to %(num)s character",
        "You can enter up to %(num)s characters",
        1,
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "For example, a family member. Give their name and how they know you. We will not "
        "share your information with them unless the law says we must.",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "For example, an educational psychologist, a paediatrician or a social worker. Give "
        "their names and roles if you know them.",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "For example, autism, cerebral palsy or epilepsy. You do not need a diagnosis to ask "
        "for an assessment.",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "It helps us check that services treat every group fairly. Leaving it blank does not "
        "affect the request.",
    )


def _check_your_answers() -> None:  # pragma: no cover - read by `pybabel extract`
    """Check your answers and the views listed there."""
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Check your answers before sending your request")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Change")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Now send your request")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "By sending this request you confirm that, to the best of your knowledge, the "
        "details you are providing are correct.",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Accept and send")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Add")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "See")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Saved. They will be sent with your request.")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Finish")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Not finished. They will not be sent with your request unless you finish them "
        "first. If you finish them later, we will send them to the same case.",
    )


def _young_persons_own() -> None:  # pragma: no cover - read by `pybabel extract`
    """Read by a young person only, so without a context; marked here for their note."""
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    gettext("All about me: views in your own words")


def _answered_wrongly() -> None:  # pragma: no cover - read by `pybabel extract`
    """The error messages of the question pages that are the same neutral English as a
    parent's (forms.kit.question's `in_own_voice`); those about the child have a young
    person's own English instead (`required_self` in forms/assessment_request/questions.py)."""
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter a first name")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter a last name")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter a date of birth")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter address line 1, typically the building and street")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter town or city")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter postcode")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter a real postcode, like SW1A 1AA")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter a first language")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Check the unique pupil number: it is not a real one")


def _answered_wrongly_more() -> None:  # pragma: no cover - read by `pybabel extract`
    """More of the question pages' error messages."""
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter an email address")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter an email address in the correct format, like name@example.com")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter a phone number")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Enter the name of the nursery, school or college")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Select at least one area")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "You must be 16 or older to ask for yourself. A parent or carer can ask for you",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You must be under 25 to ask for an EHC needs assessment")


def _request_sent() -> None:  # pragma: no cover - read by `pybabel extract`
    """The page after the request is sent (its shared count, then the young person's)."""
    ngettext(
        "%(num)s set of views was sent with your request.",
        "%(num)s sets of views were sent with your request.",
        1,
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Request sent")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your reference number")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "We have sent a confirmation email to the address you gave us.")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "You started views that you have not finished, so they were not sent. Finish them and"
        " we will send them to the same case straight away.",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(views)s names whose views they are.
    pgettext("young person", "Finish them: %(views)s")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "What happens next")


def _what_happens_next() -> None:  # pragma: no cover - read by `pybabel extract`
    """The rest of the page after the request is sent."""
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "A caseworker from the SEN team will look at your request and may contact you to talk"
        " about it.",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(date)s is a date.
    pgettext(
        "young person",
        "We must decide whether to carry out an assessment by %(date)s, and we will write to "
        "tell you what we decide and why.",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Go to your account")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "(takes 30 seconds)")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    npgettext(
        "young person",
        "%(num)s set of views was sent with your request.",
        "%(num)s sets of views were sent with your request.",
        1,
    )


def _unfinished_check() -> None:  # pragma: no cover - read by `pybabel extract`
    """Check your answers on a request not finished yet (its shared count, then the young
    person's words)."""
    ngettext(
        "You have %(num)s section left to complete.",
        "You have %(num)s sections left to complete.",
        1,
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    npgettext(
        "young person",
        "You have %(num)s section left to complete.",
        "You have %(num)s sections left to complete.",
        1,
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your request is not finished yet")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Go to your task list")
