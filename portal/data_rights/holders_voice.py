"""A young person asking about their own information, in their register: the messages of
the data-rights pages, what each right means and why one does not apply (rights.py), the
request's questions, their error messages and "Why we ask for this", in the "young
person" context for `pybabel extract`. The pages are rendered with
`render_in_holders_voice` (portal/auth/holder.py). Never called."""

from __future__ import annotations

from flask_babel import pgettext


def _never_given() -> None:  # pragma: no cover - read by `pybabel extract`
    """The rights page's part for what the young person has not given on this service."""
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "You have not given us any information on this service yet.")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "Information you have not given us on this service")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We may still hold some of it from others, such as a school or a health service. You"
        " can make a request about any of it.",
    )


def _views() -> None:  # pragma: no cover - read by `pybabel extract`
    """The heading of each set of views on the rights page and a request's pages."""
    # NOTE: A young person (16 to 25) asking us to correct, restrict or erase their own
    # information reads this: the heading of the views they wrote. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your views")
    # NOTE: A young person (16 to 25) reads this on a request they sent about one answer in
    # their views: the label of the row that says which views. Speak to them informally
    # (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Where you told us")


def _asking() -> None:  # pragma: no cover - read by `pybabel extract`
    """The rights page, a request and the page after sending it."""
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "Correct, restrict or erase your information")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "Back to your data")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The law gives you rights over the information we hold about you. Which"
        " rights apply to each item depends on why we hold it. Choose an item below"
        " to make a request about it.",
    )
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We answer within one calendar month. If a request is complex, we can "
        "take two more months, and we will tell you why within the first month.",
    )
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "To withdraw consent, go to the case it was given for.")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "To ask for a copy of everything we hold, download it from your data.",
    )
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "What you told us on this service")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "What you can ask")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "Make a request")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "What you told us:")


def _asking_2() -> None:  # pragma: no cover - read by `pybabel extract`
    """The rights page, a request and the page after sending it (part 2)."""
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "Your reference is %(reference)s")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "What you asked")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The law gives us one calendar month to answer, so we will answer by "
        "%(date)s. If your request is complex we can take two more months, and "
        "we will tell you why before then.",
    )
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "If you are unhappy with how we handle your request, contact our data "
        "protection officer at %(email)s. You can also complain to the "
        "Information Commissioner's Office.",
    )
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We keep it but stop using it, for example while we check whether it is"
        " right or consider your objection (Article 18). This applies to "
        "everything we hold.",
    )
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "You can object to a use that rests on a task in the public interest. "
        "We stop, unless we have strong legal reasons to go on (Article 21).",
    )
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We delete it where the law allows, for example something you gave only"
        " with your consent. We cannot erase what the law requires us to keep "
        "(Article 17).",
    )


def _asking_3() -> None:  # pragma: no cover - read by `pybabel extract`
    """The rights page, a request and the page after sending it (part 3)."""
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "You cannot ask us to erase this: the law requires the council to keep "
        "it (UK GDPR Article 17(3)(b)).",
    )
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "You cannot ask us to erase this while we need it for a task the law "
        "gives the council (UK GDPR Article 17(3)(b)).",
    )
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "You cannot object to this use: the law requires it (UK GDPR Article 21"
        " covers only a task in the public interest).",
    )
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "You cannot object to this use, but you can withdraw your consent at any time.",
    )
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "What do you want us to do?")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "Tell us what is wrong, or why you are asking")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "For example, the date of birth is wrong, or you do not want us to use this for statistics",
    )


def _asking_4() -> None:  # pragma: no cover - read by `pybabel extract`
    """The rights page, a request and the page after sending it (part 4)."""
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "So the person who answers your request knows exactly what to look at.",
    )
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "Only if you are asking us to correct it")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "So we can correct it without asking you again.")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "Select what you want us to do")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "Select one of the things you can ask us to do")
    # NOTE: A young person (16 to 25) asking us to correct, restrict or
    # erase their own information reads this. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "Send request")


def _item_names() -> None:  # pragma: no cover - read by `pybabel extract`
    """The items a young person can ask about, named by the catalogue's question where
    it has no `label_self` (forms/catalogue.yaml) but speaks to "you": their own wording
    (portal/data_rights/rights.py item_name)."""
    # NOTE: The name of an item of their information, as a young person (16 to
    # 25) asking us to correct, restrict or erase it reads it: the question as
    # it would be put to them. Speak to them informally (tu, ty, ти, sen), as
    # to a young adult.
    pgettext("young person", "Your first name")
    # NOTE: The name of an item of their information, as a young person (16 to
    # 25) asking us to correct, restrict or erase it reads it: the question as
    # it would be put to them. Speak to them informally (tu, ty, ти, sen), as
    # to a young adult.
    pgettext("young person", "Your last name")
    # NOTE: The name of an item of their information, as a young person (16 to
    # 25) asking us to correct, restrict or erase it reads it: the question as
    # it would be put to them. Speak to them informally (tu, ty, ти, sen), as
    # to a young adult.
    pgettext("young person", "What is your relationship to the child?")
    # NOTE: The name of an item of their information, as a young person (16 to
    # 25) asking us to correct, restrict or erase it reads it: the question as
    # it would be put to them. Speak to them informally (tu, ty, ти, sen), as
    # to a young adult.
    pgettext("young person", "Add a report")
    # NOTE: The name of an item of their information, as a young person (16 to
    # 25) asking us to correct, restrict or erase it reads it: the question as
    # it would be put to them. Speak to them informally (tu, ty, ти, sen), as
    # to a young adult.
    pgettext("young person", "Which service is your feedback about?")
    # NOTE: The name of an item of their information, as a young person (16 to
    # 25) asking us to correct, restrict or erase it reads it: the question as
    # it would be put to them. Speak to them informally (tu, ty, ти, sen), as
    # to a young adult.
    pgettext("young person", "Overall, how did you feel about the service you received?")
    # NOTE: The name of an item of their information, as a young person (16 to
    # 25) asking us to correct, restrict or erase it reads it: the question as
    # it would be put to them. Speak to them informally (tu, ty, ти, sen), as
    # to a young adult.
    pgettext("young person", "Would you like us to contact you about your feedback?")
    # NOTE: The name of an item of their information, as a young person (16 to
    # 25) asking us to correct, restrict or erase it reads it: the question as
    # it would be put to them. Speak to them informally (tu, ty, ти, sen), as
    # to a young adult.
    pgettext("young person", "Your name")


def _said_once_a_table() -> None:  # pragma: no cover - read by `pybabel extract`
    """What can be asked about a table of items, and why not the rest, said once for it."""
    # NOTE: A young person (16 to 25) asking us to correct, restrict or erase
    # their own information reads this above a table of it. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "About each item in this table, you can ask us to:")
    # NOTE: A young person (16 to 25) reads this beside an item: the rights it has
    # besides those of every item in the table. Speak to them informally.
    pgettext("young person", "You can also ask us to")
    # NOTE: A young person (16 to 25) reads why a consent choice is not erased.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "You change a consent choice on your case's consent page, not by asking us to erase"
        " it. We keep a record of every choice, to show what was agreed and when (UK GDPR"
        " Article 7(1)).",
    )
