"""A young person responding to the draft of their own EHC plan, in their register: the
messages of the draft plan pages, its questions, their error messages and "Why we ask
for this", in the "young person" context for `pybabel extract`. The pages are rendered
with `render_in_holders_voice` (portal/auth/holder.py). Never called."""

from __future__ import annotations

from flask_babel import ngettext, npgettext, pgettext


def _responding() -> None:  # pragma: no cover - read by `pybabel extract`
    """The response page, its questions and the page after sending."""
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Back to the case")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "The council issued a new draft plan on %(date)s. Your response has not been "
        "sent. What you wrote before is here: check it, then send your response.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "You have until %(date)s to respond. That is 15 days, counting the day we sent it "
        "as day 1. If you have not responded by %(reminder)s, we will email you a reminder.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "You can comment on any section of the draft plan, ask for a particular"
        " school, college or other setting, ask for a meeting with a council "
        "officer, ask for a personal budget and add evidence. What you write is"
        " saved as you go: you can come back to it before you send it.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Your comments")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Change your comments")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Comment on this section")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "What you are asking for")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Send your response")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "You can send your response once. After that you cannot change it, but you can contact us.",
    )


def _reminder() -> None:  # pragma: no cover - read by `pybabel extract`
    """When their 15 days end, and how the reminder before then comes: the way they
    chose to hear from us, and only until its day."""
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    # The day of the reminder has passed (it was sent then, if they had not responded).
    pgettext(
        "young person",
        "You have until %(date)s to respond. That is 15 days, counting the day we sent it "
        "as day 1.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    # They chose to hear from us by text message only (contact preferences).
    pgettext(
        "young person",
        "You have until %(date)s to respond. That is 15 days, counting the day we sent it "
        "as day 1. If you have not responded by %(reminder)s, we will send you a reminder "
        "by text message.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    # They chose to hear from us by email and by text message (contact preferences).
    pgettext(
        "young person",
        "You have until %(date)s to respond. That is 15 days, counting the day we sent it "
        "as day 1. If you have not responded by %(reminder)s, we will send you a reminder "
        "by email and by text message.",
    )


def _responding_2() -> None:  # pragma: no cover - read by `pybabel extract`
    """The response page, its questions and the page after sending (part 2)."""
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Ask for a school, college or other setting")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "You have the right to ask for a particular school, college or other "
        "setting to be named in the plan, but you do not have to ask for one.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Your response has been sent")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "It reached us after the 15 days ended on %(date)s, so we have marked "
        "it as late. We will still read it before we write the final plan.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "We will read it before we write the final plan. If you asked for a "
        "meeting, we will contact you to arrange it.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "You did not comment on any section.")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Your comments on this section")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "Say what is wrong or missing, and what you would like it to say",
    )


def _responding_3() -> None:  # pragma: no cover - read by `pybabel extract`
    """The response page, its questions and the page after sending (part 3)."""
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "The law gives you at least 15 days to tell us what you think of the "
        "draft plan. We read every comment before we write the final plan.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "Which school, college or other setting do you want named in the plan?",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "You have the right to ask for a particular school, college or other "
        "setting to be named in the plan. We must ask the setting, and name it "
        "unless the law says we cannot.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "Do you want a meeting with a council officer to talk about the draft plan?",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "The law lets you ask for a meeting about the draft plan within the 15 "
        "days. If you ask, we arrange it with you.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Do you want to ask for a personal budget?")


def _responding_4() -> None:  # pragma: no cover - read by `pybabel extract`
    """The response page, its questions and the page after sending (part 4)."""
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "The law lets you ask for a personal budget while the plan is a draft. "
        "If you ask, we must consider it and tell you what we decide.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Add evidence")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "A report, letter or other document that supports what you say. PDF, "
        "Word, image or audio files, up to 10MB each.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "Evidence, such as a therapist's report or a letter from a school, "
        "helps us understand your comments and decide on the final plan.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "So the people reading your response know what each file shows before they open it.",
    )
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Select what kind of setting it is")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Enter the name of the school, college or other setting")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this, having typed a setting's name and chosen not to ask
    # for one. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Select what kind of setting it is, or delete the name if you do not want to ask for one",
    )


def _responding_5() -> None:  # pragma: no cover - read by `pybabel extract`
    """The response page, its questions and the page after sending (part 5)."""
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Evidence for your response")
    # NOTE: A young person (16 to 25) responding to the draft of their own
    # EHC plan reads this. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    npgettext(
        "young person",
        "Adding evidence is your choice. You can add up to %(num)s file.",
        "Adding evidence is your choice. You can add up to %(num)s files.",
        1,
    )


def _amending() -> None:  # pragma: no cover - read by `pybabel extract`
    """The response page when it holds the amendments an annual review proposed."""
    # NOTE: A young person (16 to 25) responding to proposed amendments to
    # their own EHC plan, after its annual review, reads this. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Respond to the proposed amendments to the EHC plan")
    # NOTE: A young person (16 to 25) responding to proposed amendments to
    # their own EHC plan, after its annual review, reads this. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "You can comment on any section of the plan with the proposed "
        "amendments, ask for a particular school, college or other setting, ask"
        " for a meeting with a council officer, ask for a personal budget and "
        "add evidence. What you write is saved as you go: you can come back to "
        "it before you send it.",
    )
    # NOTE: A young person (16 to 25) responding to proposed amendments to
    # their own EHC plan, after its annual review, reads this. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "It reached us after the 15 days ended on %(date)s, so we have marked "
        "it as late. We will still read it before we send the amended plan.",
    )
    # NOTE: A young person (16 to 25) responding to proposed amendments to
    # their own EHC plan, after its annual review, reads this. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We will read it before we send the amended plan. If you asked for a "
        "meeting, we will contact you to arrange it.",
    )


def _not_added() -> None:  # pragma: no cover - read by `pybabel extract`
    """A comment or an answer saved after the response was sent, shown back to be copied."""
    # NOTE: A young person (16 to 25) sent their response to the draft of their
    # own EHC plan, then saved a comment from a page left open (another tab):
    # the comment is shown back, not added. Speak to them informally (tu, ty,
    # ти, sen), as to a young adult.
    pgettext("young person", "Your comment was not added")
    # NOTE: A young person (16 to 25) sent their response to the draft of their
    # own EHC plan, then saved a comment from a page left open (another tab):
    # the comment is shown back, not added. Speak to them informally (tu, ty,
    # ти, sen), as to a young adult.
    pgettext("young person", "Your response was already sent, so this comment was not added to it.")
    # NOTE: A young person (16 to 25) sent their response to the draft of their
    # own EHC plan, then saved a comment from a page left open (another tab):
    # the comment is shown back, not added. Speak to them informally (tu, ty,
    # ти, sen), as to a young adult.
    pgettext(
        "young person",
        "If you want the council to read it, copy it and email it to the SEN team or your "
        "caseworker.",
    )
    # NOTE: A young person (16 to 25) sent their response to the draft of their
    # own EHC plan, then saved a comment from a page left open (another tab):
    # the comment is shown back, not added. Speak to them informally (tu, ty,
    # ти, sen), as to a young adult.
    pgettext("young person", "See the response you sent")
    # NOTE: A young person (16 to 25) sent their response to the draft of their
    # own EHC plan, then saved an answer (a setting, a meeting, a
    # personal budget) from a page left open (another tab):
    # the answer is shown back, not added. Speak to them informally (tu, ty,
    # ти, sen), as to a young adult.
    pgettext("young person", "Your answer was not added")
    # NOTE: A young person (16 to 25) sent their response to the draft of their
    # own EHC plan, then saved an answer (a setting, a meeting, a
    # personal budget) from a page left open (another tab):
    # the answer is shown back, not added. Speak to them informally (tu, ty,
    # ти, sen), as to a young adult.
    pgettext("young person", "Your response was already sent, so this answer was not added to it.")


def _file_not_added() -> None:  # pragma: no cover - read by `pybabel extract`
    """An evidence file chosen after the response was sent: named, not added."""
    # NOTE: A young person (16 to 25) sent their response to the draft of their
    # own EHC plan, then chose an evidence file from a page left open (another
    # tab): the file is named, not added. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Your file was not added")
    # NOTE: A young person (16 to 25) sent their response to the draft of their
    # own EHC plan, then chose an evidence file from a page left open (another
    # tab): the file is named, not added. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Your response was already sent, so this file was not added to it.")
    # NOTE: A young person (16 to 25) chose an evidence file on a page of their
    # response left open (another tab) while the council issued a new draft of
    # their own EHC plan: the file is named, not added. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The page you chose this file on was out of date, so the file was not added.",
    )
    # NOTE: A young person (16 to 25) sent their response to the draft of their
    # own EHC plan, then chose an evidence file from a page left open (another
    # tab): the file is named, not added. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "The file you chose")
    # NOTE: A young person (16 to 25) sent their response to the draft of their
    # own EHC plan, then chose an evidence file from a page left open (another
    # tab): the file is named, not added. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext(
        "young person",
        "If you want the council to see this file, send it to the SEN team or your "
        "caseworker another way, for example by email or with the next thing you send them.",
    )


def _counted() -> None:  # pragma: no cover - read by `pybabel extract`
    """The shared form of the evidence page's counted message (`voiced_count`)."""
    ngettext(
        "Adding evidence is your choice. You can add up to %(num)s file.",
        "Adding evidence is your choice. You can add up to %(num)s files.",
        1,
    )
