"""The annual review's words in a young person's own register: `voiced` and
`voiced_count` (portal/platform/voices.py) pick these where the reader is the young
person whose review it is."""

from __future__ import annotations

from flask_babel import ngettext, npgettext, pgettext


def _counted() -> None:  # pragma: no cover - read by `pybabel extract`
    """The shared form of the message `voiced_count` is used with."""
    ngettext(
        "Adding reports is your choice. You can add up to %(num)s file.",
        "Adding reports is your choice. You can add up to %(num)s files.",
        1,
    )
    ngettext(
        "Every question is your choice. Write as much or as little as you like, up to "
        "%(num)s character for each answer.",
        "Every question is your choice. Write as much or as little as you like, up to "
        "%(num)s characters for each answer.",
        1,
    )


def _young_person_at_their_review() -> None:  # pragma: no cover - read by `pybabel extract`
    """Their review page, their views and their reports."""
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Your views for the annual review",
    )
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    npgettext(
        "young person",
        "Every question is your choice. Write as much or as little as you like, up to "
        "%(num)s character for each answer.",
        "Every question is your choice. Write as much or as little as you like, up to "
        "%(num)s characters for each answer.",
        1,
    )
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Before the meeting, tell us what is working, what is not, what has changed and your "
        "hopes for the future. You can also add reports. Every question is your choice, and "
        "what you write is saved: you can come back to it before you send it.",
    )
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "You can send your views once. After that you cannot change them, but you can contact us.",
    )
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "You sent your views on %(date)s.",
    )
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # The review closed while they wrote: what they wrote is shown back to them.
    pgettext("young person", "Your views were not saved")
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # They sent their views, then chose a report from a page left open (another
    # tab): the file is named, not added.
    pgettext("young person", "Your views were already sent, so this file was not added to them.")
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # Their review closed (its meeting held, or the council's decision made) before they
    # sent their views, then they chose a report from a page left open: the file is
    # named, not added.
    pgettext(
        "young person",
        "We are no longer asking for views for this review, so this file was not added to "
        "your views.",
    )


def _young_person_sending_nothing() -> None:  # pragma: no cover - read by `pybabel extract`
    """Their review page, when they press "Send your views" with nothing in them."""
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # They pressed "Send your views" with no question answered and no report added:
    # nothing was sent, and the message links to the questions.
    pgettext(
        "young person",
        "Answer at least one question or add a report before you send your views",
    )


def _young_person_awaiting_review() -> None:  # pragma: no cover - read by `pybabel extract`
    """Their review's meeting, the decision and its dates."""
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The school, college or council will set the date of the review meeting and tell you.",
    )
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The council has not yet told you its decision: to keep the plan as it is, change it "
        "or stop it.",
    )
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You can contact the SEN team to ask when it will happen.")
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The council sent you the changes it proposes on %(sent)s. You have until %(date)s "
        "to comment on them and to ask for a particular school, college or other setting: "
        "15 days, counting the day it sent them as day 1. Reply to the council's letter or "
        "email the SEN team.",
    )
    # NOTE: Read by a young person (16 to 25) about their own annual review, once their
    # 15 days to comment on the proposed changes ended. Speak to them informally (tu, ty,
    # ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The council sent you the changes it proposes on %(sent)s. Your time to comment on "
        "them and to ask for a particular school, college or other setting ended on "
        "%(date)s. You can still contact the SEN team about them.",
    )
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    npgettext(
        "young person",
        "Adding reports is your choice. You can add up to %(num)s file.",
        "Adding reports is your choice. You can add up to %(num)s files.",
        1,
    )


def _young_person_review_page() -> None:  # pragma: no cover - read by `pybabel extract`
    """Their review page's labels, headings and the council's decision."""
    # NOTE: Read by a young person (16 to 25) about their own annual review, before their
    # meeting. %(date)s is the day of the meeting. Speak to them informally (tu, ty, ти,
    # sen), and of "your" views.
    pgettext(
        "young person",
        "You can send your views until %(date)s, the day of the meeting. Send them sooner "
        "if you can, so that everyone can read them before it.",
    )
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), and of "your" review and plan.
    pgettext("young person", "Back to the case")
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), and of "your" review and plan.
    pgettext("young person", "Review due by")
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), and of "your" review and plan.
    pgettext("young person", "Review meeting")
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), and of "your" review and plan.
    pgettext("young person", "After the meeting")
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), and of "your" review and plan.
    pgettext("young person", "The council decided to keep the plan as it is.")
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), and of "your" review and plan.
    pgettext("young person", "The council decided to change the plan.")
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), and of "your" review and plan.
    pgettext("young person", "The council decided to stop the plan.")
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), and of "your" review and plan.
    pgettext("young person", "Decision due by")
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), and of "your" review and plan.
    pgettext("young person", "Comment on the proposed changes by")
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), and of "your" review and plan.
    pgettext("young person", "Changed plan due by")
    # NOTE: Read by a young person (16 to 25) about their own annual review, once the
    # council made its decision. Speak to them informally (tu, ty, ти, sen).
    pgettext("young person", "Decision made on")
    # NOTE: Read by a young person (16 to 25) about their own annual review, once their
    # time to comment on the proposed changes ended. Speak to them informally.
    pgettext("young person", "The time to comment ended on")
    # NOTE: Read by a young person (16 to 25) about their own annual review, once the
    # council issued their changed plan. Speak to them informally, of "your" plan.
    pgettext("young person", "Changed plan issued on")
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), and of "your" review and plan.
    pgettext("young person", "Comment on the proposed changes")
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), and of "your" review and plan.
    pgettext("young person", "Your views")
    # NOTE: Read by a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), and of "your" review and plan.
    pgettext("young person", "We are no longer asking for views for this review.")


def _changed_after_sending() -> None:  # pragma: no cover - read by `pybabel extract`
    """Views changed in another tab after they were sent: not saved, and shown back."""
    # NOTE: Read by a young person (16 to 25) who changed an answer in another tab after
    # sending their views for their own annual review. Speak to them informally.
    pgettext("young person", "Your views were already sent, so this change was not saved.")
    # NOTE: Read by a young person (16 to 25) under views of theirs that were not saved.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "If you want the council to read it, copy it and email it to the SEN team or your "
        "caseworker.",
    )


def _views_sent_on_the_account_home() -> None:  # pragma: no cover - read by `pybabel extract`
    """Their account's home, once they have sent their views for their review."""
    # NOTE: A young person (16 to 25) reads this on their own account's home once they
    # have sent their views for their annual review. Speak to them informally.
    pgettext("young person", "You have sent your views for the annual review.")
    # NOTE: A link on a young person's (16 to 25) own account's home, to their annual
    # review's page, once they have sent their views. Speak to them informally.
    pgettext("young person", "The annual review: the meeting and the decision")


def _late_on_the_case_page() -> None:  # pragma: no cover - read by `pybabel extract`
    """Under the step the council is late with after the review, on their case page."""
    # NOTE: A young person (16 to 25) reads this link on their own case page: it goes to
    # their annual review's page. Speak to them informally (tu, ty, ти, sen).
    pgettext("young person", "See the dates on the annual review page")
