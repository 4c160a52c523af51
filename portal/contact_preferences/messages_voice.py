"""The emails and text messages a young person (16 to 25) gets about their own request,
case or information, in their register: each message of templates/emails/ and
templates/texts/ that speaks to its reader, in the "young person" context for `pybabel
extract`, with a note saying who reads it. `notify_family` (service.py) renders a message
in this voice when portal.auth.holder.voice_of says the account holder is the young
person on the case; a parent or carer reads the shared, formal translation. Never
called."""

from __future__ import annotations

from flask_babel import pgettext


def _request_received() -> None:  # pragma: no cover - read by `pybabel extract`
    """The email saying their request for an assessment arrived."""
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "We have your request for an EHC needs assessment: %(reference)s")
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Thank you. %(council)s has your request for an education, health and care (EHC) "
        "needs assessment.",
    )
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Your reference is %(reference)s. Use it if you contact us about the request.",
    )
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We will decide whether to carry out an assessment by %(date)s, and we will write "
        "to tell you.",
    )
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You can see the request and add to it by signing in to %(service)s:")
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "If you have questions, contact the %(team)s: %(email)s or %(phone)s.")


def _more_information_and_decision() -> None:  # pragma: no cover - read by `pybabel extract`
    """The emails asking for more information and giving the decision."""
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "We need more information about your request %(reference)s")
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We need some more information before we can decide about your request for an EHC "
        "needs assessment (%(reference)s).",
    )
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Sign in to %(service)s to read what we need and reply:")
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Our decision about your request %(reference)s")
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "You can appeal to the First-tier Tribunal (Special Educational Needs and "
        "Disability) within 2 months of this decision, or within 1 month of a mediation "
        "certificate if that is later. Before you appeal you must contact a mediation "
        "adviser.",
    )
    # NOTE: In an email to a young person (16 to 25) about their own request or case,
    # followed by the link to their case page. Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "Read what you can do if you disagree, and tell us when you contact the mediation adviser:",
    )
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Free, impartial advice and support is available from the local SEND Information, "
        "Advice and Support Service (SENDIASS).",
    )
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You can see your request by signing in to %(service)s:")


def _draft_plan_and_review() -> None:  # pragma: no cover - read by `pybabel extract`
    """The emails about their draft EHC plan and their annual review."""
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your draft EHC plan is ready")
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The council has sent the draft EHC plan for case %(reference)s. You have until "
        "%(date)s to tell us what you think of it. You can comment on any section, ask "
        "for a school, college or other setting, ask to meet a council officer, ask for a "
        "personal budget and add evidence.",
    )
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Sign in to %(service)s to read the draft plan and respond:")
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Respond to the draft EHC plan by %(date)s")
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "You have until %(date)s to tell us what you think of the draft EHC plan for case "
        "%(reference)s. We have not had your response yet.",
    )
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your annual review meeting is on %(date)s")
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The annual review meeting for case %(reference)s is on %(date)s. Before the "
        "meeting you can tell us what is working, what is not, what has changed and your "
        "hopes for the future, and add reports.",
    )
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Sign in to %(service)s to give your views:")


def _amendments() -> None:  # pragma: no cover - read by `pybabel extract`
    """The emails about the proposed amendments to their plan after an annual review."""
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "After the annual review, the council has sent its proposed amendments to the EHC "
        "plan for case %(reference)s. You have until %(date)s to tell us what you think of "
        "them: 15 days, counting the day we sent them as day 1. You can comment on any "
        "section, ask for a school, college or other setting, ask to meet a council "
        "officer, ask for a personal budget and add evidence.",
    )
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Sign in to %(service)s to read the proposed amendments and respond:")
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Respond to the proposed amendments to the EHC plan by %(date)s")
    # NOTE: In an email to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "You have until %(date)s to tell us what you think of the proposed amendments to the "
        "EHC plan for case %(reference)s, sent after the annual review. We have not had your "
        "response yet.",
    )
    # NOTE: In a text message to a young person (16 to 25) about their own plan, sent
    # with a link of about 75 characters: keep it under 55 characters. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Respond soon to the proposed amendments to your EHC plan:")


def _data_rights() -> None:  # pragma: no cover - read by `pybabel extract`
    """The emails about their requests about their information (what they asked for is
    said in each email's template, in a sentence for each right)."""
    # NOTE: In an email to a young person (16 to 25) about their request about their data.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "We have your request about your information: %(reference)s")
    # NOTE: In an email to a young person (16 to 25) about their request about their data.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult. Call it what the
    # rest of the email calls it (Polish "żądanie", not "wniosek", an application).
    pgettext(
        "young person",
        "Your reference is %(reference)s. Use it if you contact us about this request.",
    )
    # NOTE: In an email to a young person (16 to 25) about their request about their data.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The law gives us one calendar month to answer, so we will answer by %(date)s. If "
        "your request is complex we can take two more months, and we will tell you why "
        "before then.",
    )
    # NOTE: In an email to a young person (16 to 25) about their request about their data.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person", "You can see what happens to it in your data, by signing in to %(service)s:"
    )
    # NOTE: In an email to a young person (16 to 25) about their request about their data.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "We need more time to answer your request %(reference)s")
    # NOTE: In an email to a young person (16 to 25) about their request about their data.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "We have answered your request %(reference)s")
    # NOTE: In an email to a young person (16 to 25) about their request about their data.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "If you are unhappy with how we handle your request, contact our data protection "
        "officer at %(email)s. You can also complain to the Information Commissioner's "
        "Office.",
    )


def _text_messages() -> None:  # pragma: no cover - read by `pybabel extract`
    """The text messages, each sent with a link: keep each within its length."""
    # NOTE: A text message to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # Sent with a link: keep the translation under 70 characters.
    pgettext("young person", "We have your request about your information. Follow it here:")
    # NOTE: A text message to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # Sent with a link: keep the translation under 70 characters.
    pgettext("young person", "We need more time to answer your request about your information:")
    # NOTE: A text message to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # Sent with a link: keep the translation under 70 characters.
    pgettext("young person", "We have answered your request about your information:")
    # NOTE: A text message to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # Sent with a link: keep the translation under 60 characters.
    pgettext("young person", "We have your request for an EHC needs assessment. See it here:")
    # NOTE: A text message to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # Sent with a link: keep the translation under 55 characters.
    pgettext("young person", "We need more information about your request. Reply here:")
    # NOTE: A text message to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # Sent with a link: keep the translation under 60 characters.
    pgettext(
        "young person", "We have made a decision about your request. Read why and what you can do:"
    )
    # NOTE: A text message to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # Sent with a link: keep the translation under 55 characters.
    pgettext("young person", "Your draft EHC plan is ready to read:")
    # NOTE: A text message to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # Sent with a link: keep the translation under 55 characters.
    pgettext("young person", "Your time to respond to the draft EHC plan ends soon:")
    # NOTE: A text message to a young person (16 to 25) about their own request or case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # Sent with a link: keep the translation under 55 characters.
    pgettext("young person", "Your annual review meeting has been set:")


def _receipts() -> None:  # pragma: no cover - read by `pybabel extract`
    """The emails and text messages saying their response to a draft plan (or to proposed
    amendments) or their views for an annual review arrived."""
    # NOTE: In an email to a young person (16 to 25) about their own plan.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "We have your response to the draft EHC plan: %(reference)s")
    # NOTE: In an email to a young person (16 to 25) about their own plan.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Thank you. %(council)s has your response to the draft EHC plan for case "
        "%(reference)s. You sent it on %(date)s.",
    )
    # NOTE: In an email to a young person (16 to 25) about their own plan.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "We have your response to the proposed amendments: %(reference)s")
    # NOTE: In an email to a young person (16 to 25) about their own plan.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Thank you. %(council)s has your response to the proposed amendments to the EHC "
        "plan for case %(reference)s. You sent it on %(date)s.",
    )
    # NOTE: In an email to a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "We have your views for the annual review: %(reference)s")
    # NOTE: In an email to a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Thank you. %(council)s has your views for the annual review of case "
        "%(reference)s. You sent them on %(date)s.",
    )
    # NOTE: In an email to a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We will read them before the review meeting, and think about them when we decide "
        "whether to keep the plan as it is, change it or stop it.",
    )
    # NOTE: In an email to a young person (16 to 25) about their own plan or review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You can see what you sent by signing in to %(service)s:")
    # NOTE: A text message to a young person (16 to 25) about their own plan.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # Sent with a link: keep the translation under 50 characters.
    pgettext("young person", "We have your response to the draft EHC plan:")
    # NOTE: A text message to a young person (16 to 25) about their own plan.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # Sent with a link: keep the translation under 50 characters.
    pgettext("young person", "We have your response to the proposed amendments:")
    # NOTE: A text message to a young person (16 to 25) about their own annual review.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # Sent with a link: keep the translation under 50 characters.
    pgettext("young person", "We have your views for the annual review:")


def _time_limit_exception() -> None:  # pragma: no cover - read by `pybabel extract`
    """The email and text message telling them the decision about their request moved."""
    # NOTE: In an email to a young person (16 to 25) about their own request.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "We need more time to decide about your request %(reference)s")
    # NOTE: In an email to a young person (16 to 25) about their own request, followed by
    # the reason the law allows (one of the time limit exceptions). Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We cannot decide by the usual date, 6 weeks after your request, whether to carry "
        "out an EHC needs assessment (%(reference)s). The law allows us more time for this "
        "reason:",
    )
    # NOTE: In an email to a young person (16 to 25) about their own request. %(date)s is
    # the new date. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "We will now decide by %(date)s.")
    # NOTE: In an email to a young person (16 to 25) about their own request.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Sign in to %(service)s to see your request:")
    # NOTE: A text message to a young person (16 to 25) about their own request, sent with
    # a link of about 75 characters: keep it under 55 characters. Speak to them informally.
    pgettext("young person", "We need more time to decide. See the new date:")
