"""A young person's consent for their own case in their register: the messages of the
consent pages (/account/cases/<reference>/consent, and withdrawing, changing and
confirming from it) that are the same English as a parent's, marked in the "young person"
context for `pybabel extract`. The pages are rendered with `template_words` for the case's
young person, which picks them ("Your consent", "Back" and "Back to the case" have theirs
already); portal/consent/wording.py says what withdrawing does with `voiced`. Never
called."""

from __future__ import annotations

from flask_babel import pgettext


def _consent_page() -> None:  # pragma: no cover - read by `pybabel extract`
    """The consent for their case, and the notice after they change it."""
    # NOTE: A young person (16 to 25) reads this about consent for their own case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "This is what you have agreed to. You can change your choices or withdraw your "
        "consent at any time.",
    )
    # NOTE: A young person (16 to 25) reads this about consent for their own case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Change your choices")
    # NOTE: A young person (16 to 25) reads this about consent for their own case, when
    # this service holds none of their consent: the SEN team recorded it (for example on
    # paper, or before the young person turned 16). Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext(
        "young person",
        "We have no record in this service of what you agreed to. Consent for this case "
        "was recorded by the SEN team.",
    )
    # NOTE: A young person (16 to 25) reads this about consent for their own case, when
    # this service holds none of their consent, above the "Change your choices" button.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "If you want to change what you agreed to, you can tell us here.")
    # NOTE: A young person (16 to 25) reads this about consent for their own case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your consent has been updated")


def _withdrawing() -> None:  # pragma: no cover - read by `pybabel extract`
    """A row's "Withdraw" link, and the page it opens (consent.withdraw_consent)."""
    # NOTE: A young person (16 to 25) reads this about consent for their own case: the
    # link on each choice they have given. Speak to them informally (tu, ty, ти, sen), as
    # to a young adult.
    pgettext("young person", "Withdraw")
    # NOTE: A young person (16 to 25) reads this about consent for their own case: the
    # heading of the page that withdraws one choice. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult. %(choice)s is the choice, for example "Sharing with NHS
    # trusts".
    pgettext("young person", "Withdraw consent: %(choice)s")
    # NOTE: A young person (16 to 25) reads this about consent for their own case: the
    # button that withdraws one choice. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext("young person", "Withdraw consent")
    # NOTE: A young person (16 to 25) reads this about consent for their own case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We will stop the EHC needs assessment and contact you to talk about what happens "
        "next. Advice we have already been given stays on the case.",
    )
    # NOTE: A young person (16 to 25) reads this about consent for their own case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We will stop keeping information from the people you named. We may then share "
        "information with them under the choices you have made.",
    )
    # NOTE: A young person (16 to 25) reads this about consent for their own case: a link
    # back to their consent. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult.
    pgettext("young person", "Back to your consent")
    # NOTE: A young person (16 to 25) reads this about consent for their own case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You have not given consent for this, so there is nothing to withdraw")
    # NOTE: A young person (16 to 25) reads this about consent for their own case, after
    # withdrawing one choice. Speak to them informally (tu, ty, ти, sen), as to a young
    # adult. %(choice)s is the choice, for example "Sharing with NHS trusts".
    pgettext("young person", "You have withdrawn your consent: %(choice)s")


def _removing() -> None:  # pragma: no cover - read by `pybabel extract`
    """Taking back the people they named: removing a protection, never called
    withdrawing consent (portal/consent/wording.py)."""
    # NOTE: A young person (16 to 25) reads this about consent for their own case: the
    # link on the people they told us not to share information with. It removes that
    # protection; it is not withdrawing consent. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Remove")
    # NOTE: A young person (16 to 25) reads this about consent for their own case: the
    # heading of the page that removes the people they told us not to share information
    # with. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Remove the people we must not share information with")
    # NOTE: A young person (16 to 25) reads this about consent for their own case: the
    # button that removes the people they named. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Stop keeping information from the people you named")
    # NOTE: A young person (16 to 25) reads this about consent for their own case, after
    # removing the people they named. Speak to them informally (tu, ty, ти, sen), as to a
    # young adult.
    pgettext("young person", "You have removed the people we must not share information with")
    # NOTE: A young person (16 to 25) reads this about consent for their own case, when
    # they named nobody. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You have not named anyone, so there is nobody to remove")


def _changing() -> None:  # pragma: no cover - read by `pybabel extract`
    """Changing their choices, and checking the changes (consent.change_consent,
    consent.confirm_consent); the warning for a young person under 16."""
    # NOTE: A young person (16 to 25) reads this about consent for their own case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You have not changed any of your choices")
    # NOTE: A young person (16 to 25) reads this above the choices for their own case,
    # when the SEN team recorded its consent outside this service (for example on paper):
    # "them" are the organisations named just before. Speak to them informally (tu, ty,
    # ти, sen), as to a young adult.
    pgettext(
        "young person",
        "What you choose here replaces the consent the SEN team recorded. Each of them "
        "is ticked below: we will stop sharing with any of them you untick.",
    )
    # NOTE: A young person (16 to 25) reads this about consent for their own case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Check the changes to your consent")
    # NOTE: A young person (16 to 25) reads this about consent for their own case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You are giving your consent.")
    # NOTE: A young person (16 to 25) reads this about consent for their own case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You are withdrawing your consent.")
    # NOTE: A young person (16 to 25) reads this about consent for their own case, before
    # confirming changes. %(partners)s is a list of organisations. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "We will start sharing your information with: %(partners)s.")
    # NOTE: A young person (16 to 25) reads this about consent for their own case, before
    # confirming changes. %(partners)s is a list of organisations. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "We will stop sharing your information with: %(partners)s.")
    # NOTE: A young person (16 to 25) reads this about consent for their own case: a
    # button. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Confirm the changes")
    # NOTE: A young person (16 to 25) reads this about consent for their own case: a
    # link. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Cancel and keep your consent as it is")
    # NOTE: A young person under 16, linked to their own case, reads this on its consent
    # pages. Speak to them informally (tu, ty, ти, sen), as to a young person.
    pgettext("young person", "You cannot give consent for this case yet")
    # NOTE: A young person under 16, linked to their own case, reads this on its consent
    # page. Speak to them informally (tu, ty, ти, sen), as to a young person.
    pgettext(
        "young person",
        "You can give consent for yourself from the age of 16. Until then, a parent or carer "
        "with parental responsibility gives consent for you.",
    )


def _assessment_stopped() -> None:  # pragma: no cover - read by `pybabel extract`
    """After they withdraw their consent to the assessment: their case page, their account
    home, and the email and text message that confirm it (portal.consent.service)."""
    # NOTE: A young person (16 to 25) reads this on their own case page after withdrawing
    # their consent to their EHC needs assessment. %(date)s is a day.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You withdrew your consent to the EHC needs assessment on %(date)s.")
    # NOTE: A young person (16 to 25) reads this on their own case page after withdrawing
    # their consent to their EHC needs assessment.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We have stopped the assessment. We will contact you to talk about what happens next.",
    )
    # NOTE: A young person (16 to 25) reads this on their account home, under their own
    # case, after withdrawing their consent to their assessment. %(sent)s and %(date)s are
    # days. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Sent on %(sent)s. You withdrew your consent to the assessment on %(date)s. We will "
        "contact you about what happens next.",
    )
    # NOTE: The subject of an email to a young person (16 to 25) who withdrew their consent
    # to their EHC needs assessment. Speak to them informally (tu, ty, ти, sen).
    pgettext(
        "young person", "You have withdrawn your consent to the EHC needs assessment: %(reference)s"
    )
    # NOTE: In an email to a young person (16 to 25) who withdrew their consent to their
    # EHC needs assessment. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We have stopped the EHC needs assessment. We will contact you to talk about what "
        "happens next. Advice we have already been given stays on the case.",
    )
    # NOTE: In an email to a young person (16 to 25) who withdrew their consent to their
    # EHC needs assessment; a link follows. %(service)s is the service's name.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "If you change your mind, you can give your consent again. Sign in to %(service)s to "
        "see your case and your consent:",
    )
    # NOTE: A text message to a young person (16 to 25) who withdrew their consent to their
    # EHC needs assessment, sent with a link of about 75 characters: keep it under 55
    # characters. Speak to them informally (tu, ty, ти, sen).
    pgettext("young person", "We have stopped the EHC needs assessment, as you asked:")


def _past_the_assessment() -> None:  # pragma: no cover - read by `pybabel extract`
    """Consent for their own case once it is past the assessment (portal/consent/stage.py)."""
    # NOTE: A young person (16 to 25) reads this on their consent pages, once their case
    # is past the EHC needs assessment. %(date)s is the day. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext("young person", "You agreed to the EHC needs assessment on %(date)s.")
    # NOTE: A young person (16 to 25) reads this before withdrawing their consent to an
    # assessment that has finished, with a draft or final EHC plan. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The assessment has already happened. Withdrawing your consent now cannot undo it or "
        "the advice we were given for it, and does not on its own stop the EHC plan.",
    )
    # NOTE: A young person (16 to 25) reads this before withdrawing their consent to an
    # assessment that has finished, with no EHC plan. Speak to them informally (tu, ty,
    # ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The assessment has already happened. Withdrawing your consent now cannot undo it or "
        "the advice we were given for it.",
    )
    # NOTE: A young person (16 to 25) reads this before withdrawing their consent to an
    # assessment past its decision: "it" is their consent. Speak to them informally (tu,
    # ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We will keep a record that you have withdrawn it, and the SEN team will see it on "
        "the case.",
    )
    # NOTE: A young person (16 to 25) reads this on their consent pages, once their case
    # is past the EHC needs assessment. Speak to them informally (tu, ty, ти, sen), as to
    # a young adult.
    pgettext(
        "young person",
        "You can still change who we share information with. If you stop sharing with a "
        "service, we stop from that day, but we cannot take back what we have already "
        "shared.",
    )
