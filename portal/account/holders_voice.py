"""A young person's own account in their register: the messages of the account home, the
case page, messages, "Your data" and "How we contact you" that are the same English as a
parent's, marked in the "young person" context for `pybabel extract`. The pages are
rendered with `render_in_holders_voice` (portal/auth/holder.py), which picks them for a
young person's account. Never called."""

from __future__ import annotations

from flask_babel import pgettext


def _home_and_case() -> None:  # pragma: no cover - read by `pybabel extract`
    """The account home and the case page."""
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Requests you have started")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "If you do not change it, we will delete it on %(date)s.")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Ask for an EHC needs assessment")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Your cases")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # case page, a link to their annual review. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "The annual review: your views, the meeting and the decision")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "See or change your consent")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext(
        "young person",
        "We need more information from you: read our message and reply",
    )
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "You cannot see any cases yet.")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Your views")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Finish the views you started on %(date)s")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "How we contact you")


def _home_and_case_2() -> None:  # pragma: no cover - read by `pybabel extract`
    """The account home and the case page (part 2)."""
    # NOTE: A young person (16 to 25) reads this on the page of the request they sent
    # for themselves, before it reaches the council's case system. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We have received your request. Its progress will show here when it reaches the "
        "SEN team's case system.",
    )
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext(
        "young person",
        "Choose email, text messages or both, and the language we write in",
    )
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Your data")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "See and download everything this service holds about you")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "If the SEN team sent you a link code")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext(
        "young person",
        "A link code lets you see a case the council already holds, for example your own EHC plan.",
    )
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Enter a link code")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "You are")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext(
        "young person",
        "The annual review was due by %(date)s. Contact us if you have not heard from us about it.",
    )
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext(
        "young person",
        "We cannot show the progress of this case right now. Try again later, or contact us.",
    )


def _home_and_case_3() -> None:  # pragma: no cover - read by `pybabel extract`
    """The account home and the case page (part 3)."""
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext(
        "young person",
        "We decided not to carry out an assessment. We wrote to you to explain "
        "why and what you can do next.",
    )
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Respond by")
    # NOTE: A young person (16 to 25) reads this on their case page once they have sent
    # their response to the draft plan: the label of the date they sent it.
    pgettext("young person", "Response sent on")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "You sent your response to the draft EHC plan on %(date)s.")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "See your response")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext(
        "young person",
        "Your 15 days to respond ended on %(date)s. You can still send your "
        "response, but we will mark it as late.",
    )
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext(
        "young person",
        "You have until %(date)s to comment on the draft plan, ask for a "
        "school, college or other setting, ask for a meeting or ask for a "
        "personal budget.",
    )
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Continue your response")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Respond to the draft EHC plan")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext(
        "young person",
        "To keep a copy, print this page or save it as a PDF from your browser.",
    )


def _your_data() -> None:  # pragma: no cover - read by `pybabel extract`
    """ "Your data": what the service holds, and the download."""
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext(
        "young person",
        "This is everything this service holds about you and the requests you "
        "have made. The council's case system holds its own records: ask the "
        "SEN team for a copy of those.",
    )
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext("young person", "Another member of your family")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext("young person", "Cases you can see")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext("young person", "Download a copy for other software (JSON)")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext("young person", "Download a copy to read (HTML)")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext(
        "young person",
        "If something is wrong, or you do not want us to use or keep it, you "
        "can ask us to correct it, stop using it or erase it.",
    )
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext("young person", "Language we write to you in")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext("young person", "The date on your mediation certificate")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext("young person", "What you told us about mediation")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext("young person", "You contacted the mediation adviser")


def _your_data_2() -> None:  # pragma: no cover - read by `pybabel extract`
    """ "Your data": what the service holds, and the download (part 2)."""
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext("young person", "You have not given or withdrawn consent on this service.")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext("young person", "You have not made any requests.")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext("young person", "You")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account, above the answers they gave by choice (not the answers they
    # chose): they could have sent their request or views without them. Speak
    # to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Answers you chose to give: you could have left them out")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account, above the answers the service needed: they could not have sent
    # their request or views without them. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Answers we needed: you could not send without them")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext("young person", "Your consent choices")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext("young person", "Your requests about this information")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account, naming what they wrote. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Your response to the draft EHC plan of %(date)s, not sent")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account, naming what they wrote. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Your response to the draft EHC plan of %(date)s, sent on %(sent)s")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account, naming what they wrote. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Your views for the annual review due by %(date)s, not sent")
    # NOTE: A young person (16 to 25) reads this on "Your data" in their own
    # account, naming what they wrote. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Your views for the annual review due by %(date)s, sent on %(sent)s")


def _your_data_lists() -> None:  # pragma: no cover - read by `pybabel extract`
    """The lists of "Your data", each of the newest few with a link to all."""
    # NOTE: A young person (16 to 25) reads this on their "Your data": informal (tu, ty, sen).
    pgettext("young person", "Your requests for an assessment")
    # NOTE: A young person (16 to 25) reads this on their "Your data": informal (tu, ty, sen).
    pgettext("young person", "Views you have given")
    # NOTE: A young person (16 to 25) reads this on their "Your data": informal (tu, ty, sen).
    pgettext("young person", "Your responses to draft EHC plans")
    # NOTE: A young person (16 to 25) reads this on their "Your data": informal (tu, ty, sen).
    pgettext("young person", "Your views for annual reviews")
    # NOTE: A young person (16 to 25) reads this on their "Your data": informal (tu, ty, sen).
    pgettext("young person", "See all")
    # NOTE: A young person (16 to 25) reads this on their "Your data": the heading of what
    # we hold about keeping them safe (court orders, the professionals involved, being
    # looked after), about themselves. Not "child protection": they are 16 to 25.
    pgettext("young person", "Safeguarding information")


def _labels() -> None:  # pragma: no cover - read by `pybabel extract`
    """How the account home names a request or views not yet sent (the assessment_request
    and contributions services)."""
    # NOTE: A young person (16 to 25) reads this on their account home or
    # their own request, naming a request or views not yet sent. Speak to
    # them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Continue the request for %(name)s, started on %(date)s")
    # NOTE: A young person (16 to 25) reads this on their account home or
    # their own request, naming a request or views not yet sent. Speak to
    # them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Continue the request you started on %(date)s at %(time)s")
    # NOTE: A young person (16 to 25) reads this on their account home or
    # their own request, naming a request or views not yet sent. Speak to
    # them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your views in your own words")
    # NOTE: A young person (16 to 25) reads this on their account home or
    # their own request, naming a request or views not yet sent. Speak to
    # them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "For the request for %(name)s that you have not sent yet")
    # NOTE: A young person (16 to 25) reads this on their account home or
    # their own request, naming a request or views not yet sent. Speak to
    # them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "For the request you have not sent yet")


def _home_and_case_amendments() -> None:  # pragma: no cover - read by `pybabel extract`
    """The case page when its draft holds the amendments an annual review proposed."""
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Respond to the proposed amendments")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "You sent your response to the proposed amendments on %(date)s.")
    # NOTE: A young person (16 to 25) reads this in their own account: the
    # account home or the case page. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext(
        "young person",
        "You have until %(date)s to comment on the proposed amendments, ask for "
        "a school, college or other setting, ask for a meeting or ask for a "
        "personal budget.",
    )


def _home_draft_to_respond_to() -> None:  # pragma: no cover - read by `pybabel extract`
    """The account home's line under a case whose draft plan (or proposed amendments)
    waits for a response, and its button to start a request."""
    # NOTE: A young person (16 to 25) reads this on their account home. Speak to
    # them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Start now")
    # NOTE: A young person (16 to 25) reads this on their account home, under
    # their own case. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Draft plan sent on %(issued)s. Respond by %(due)s.")
    # NOTE: A young person (16 to 25) reads this on their account home, under
    # their own case. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Draft plan sent on %(issued)s. Your 15 days to respond ended on %(due)s. "
        "You can still send your response.",
    )
    # NOTE: A young person (16 to 25) reads this on their account home, under
    # their own case. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Draft plan sent on %(issued)s. You sent your response on %(sent)s.")
    # NOTE: A young person (16 to 25) reads this on their account home, under
    # their own case. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Proposed amendments sent on %(issued)s. Respond by %(due)s.")
    # NOTE: A young person (16 to 25) reads this on their account home, under
    # their own case. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Proposed amendments sent on %(issued)s. Your 15 days to respond ended on %(due)s. "
        "You can still send your response.",
    )
    # NOTE: A young person (16 to 25) reads this on their account home, under
    # their own case. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Proposed amendments sent on %(issued)s. You sent your response on %(sent)s.",
    )


def _plan_in_english() -> None:  # pragma: no cover - read by `pybabel extract`
    """Under their plan's sections (the case page and the draft plan pages), on a page in
    another language: the plan itself is in English."""
    # NOTE: A young person (16 to 25) reads this under the sections of their
    # own EHC plan, which are shown in English. %(team)s is the SEN team;
    # %(email)s and %(phone)s are its email address and telephone number.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The plan is written in English. To ask for it in your language, or for an "
        "interpreter, contact the %(team)s: %(email)s or %(phone)s. We will arrange it free "
        "of charge.",
    )
