"""A young person disagreeing with a decision on their own case, in their register: "If
you disagree" (templates/disagreement/_if_you_disagree.html) and the pages where they
record a mediation step (templates/disagreement/record.html, forms/disagreement.py), with
their error messages, in the "young person" context for `pybabel extract`. The case page
and the step pages are rendered with `render_in_holders_voice` (portal/auth/holder.py);
the annual review page gives the box the voice of the review's reader. Never called."""

from __future__ import annotations

from flask_babel import pgettext


def _if_you_disagree() -> None:  # pragma: no cover - read by `pybabel extract`
    """Mediation, the tribunal and the appeal deadline."""
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "If you disagree with our decision not to assess")
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "If you disagree with the final EHC plan")
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "You can ask for mediation, and you can appeal to the First-tier "
        "Tribunal (Special Educational Needs and Disability). Before you "
        "appeal, you usually need to contact a mediation adviser, even if you "
        "then decide not to have mediation.",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "Mediation is a free meeting with an independent mediator to try to settle the "
        "disagreement with us.",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    # The 30 days run from the day the council is told that the young person wants
    # mediation. The same sentence is on their account home and on the page where they
    # tell us they contacted the mediation adviser.
    pgettext(
        "young person",
        "If you want mediation, we must make sure it takes place within 30 days of being "
        "told that you want it.",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "Contact the mediation adviser by %(date)s, 2 months from the decision:",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "When mediation ends, or if you decide not to have it, the mediation "
        "adviser gives you a certificate. You need it to appeal.",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    # %(date)s is a date.
    pgettext("young person", "You told us you contacted the mediation adviser on %(date)s.")


def _if_you_disagree_2() -> None:  # pragma: no cover - read by `pybabel extract`
    """Mediation, the tribunal and the appeal deadline (part 2)."""
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "You told us the date on your mediation certificate is %(date)s.",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "Change the date you contacted the mediation adviser")
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "Tell us you have contacted the mediation adviser")
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "Change the date on your mediation certificate")
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "Tell us you have a mediation certificate")
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "Your appeal must reach the tribunal by %(date)s.")
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "This is 1 month from the date on your mediation certificate.",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "The time to appeal ends on %(date)s, 1 month from the date on your mediation certificate.",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "This is 2 months from the date of the decision, %(date)s. If you get a"
        " mediation certificate, you have until 1 month from its date if that "
        "is later.",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "Find out how to appeal on GOV.UK")


def _if_you_disagree_3() -> None:  # pragma: no cover - read by `pybabel extract`
    """The other decisions: not to issue a plan, and to stop one."""
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "If you get a mediation certificate, you have until 1 month from its date if that "
        "is later.",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "If you disagree with our decision not to issue an EHC plan")
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext("young person", "If you disagree with our decision to stop the EHC plan")
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "If you appeal, we must keep the EHC plan in place until the tribunal decides.",
    )


def _if_you_disagree_4() -> None:  # pragma: no cover - read by `pybabel extract`
    """Once the time to appeal has ended, or is waiting on a certificate; a certificate
    that leaves the 2 months as they were."""
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree", once the time to appeal has ended. %(service)s
    # is the local SEND information and advice service. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "If you still disagree, %(service)s can give you free advice about asking the "
        "tribunal to accept a late appeal, and about your next chance to disagree, for "
        "example after the next annual review.",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree", once the time to appeal has ended. %(service)s
    # is the local SEND information and advice service. Speak to them
    # informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "If you still disagree, %(service)s can give you free advice about asking the "
        "tribunal to accept a late appeal, and about what else you can do.",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "The 2 months from the decision ended on %(date)s. As you contacted the mediation "
        "adviser, your appeal must reach the tribunal within 1 month of the date on your "
        "mediation certificate.",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page,
    # under "If you disagree". Speak to them informally (tu, ty, ти, sen),
    # as to a young adult.
    pgettext(
        "young person",
        "This is 2 months from the date of the decision, %(date)s. That is later than 1 "
        "month from the date on your mediation certificate.",
    )


def _recording_a_step() -> None:  # pragma: no cover - read by `pybabel extract`
    """The pages where they tell us they contacted the mediation adviser, or the date on
    their mediation certificate: the question, what happens next and the error messages
    (the date's name goes into "%(date)s must be a real date" and the like)."""
    # NOTE: A young person (16 to 25) tells us about a mediation step on a
    # decision about their own case. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext(
        "young person",
        "Once you tell us, we show the last day to appeal that follows from the certificate.",
    )
    # NOTE: A young person (16 to 25) tells us about a mediation step on a
    # decision about their own case. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "When did you contact the mediation adviser?")
    # NOTE: A young person (16 to 25) tells us about a mediation step on a
    # decision about their own case. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "The date you contacted the mediation adviser")
    # NOTE: A young person (16 to 25) tells us about a mediation step on a
    # decision about their own case. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Enter the date you contacted the mediation adviser")
    # NOTE: A young person (16 to 25) tells us about a mediation step on a
    # decision about their own case. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "What date is on your mediation certificate?")
    # NOTE: A young person (16 to 25) tells us about a mediation step on a
    # decision about their own case. Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    pgettext("young person", "Enter the date on your mediation certificate")
    # NOTE: A young person (16 to 25) tells us the date on their mediation
    # certificate, but it is before the date they told us they contacted the
    # mediation adviser. Speak to them informally (tu, ty, ти, sen), as to a
    # young adult.
    pgettext(
        "young person",
        "The date on the certificate must be on or after %(date)s, the date you "
        "contacted the mediation adviser",
    )
    # NOTE: A young person (16 to 25) changes the date they contacted the
    # mediation adviser to a date after the date on the mediation certificate
    # they already told us about. Speak to them informally (tu, ty, ти, sen), as
    # to a young adult.
    pgettext(
        "young person",
        "The date you contacted the mediation adviser must be on or before %(date)s, "
        "the date on your mediation certificate",
    )


def _the_decision() -> None:  # pragma: no cover - read by `pybabel extract`
    """What the case page says of the decision, above "If you disagree"."""
    # NOTE: A young person (16 to 25) reads this on their own case page, where
    # we tell them of a decision they can challenge. Speak to them informally
    # (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "After the assessment, we decided on %(date)s not to issue an EHC plan. "
        "We wrote to you to explain why and what you can do next.",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page, where
    # we tell them of a decision they can challenge. Speak to them informally
    # (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "After the assessment, we decided not to issue an EHC plan. We wrote to "
        "you to explain why and what you can do next.",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page, where
    # we tell them of a decision they can challenge. Speak to them informally
    # (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We decided on %(date)s to stop the EHC plan. We wrote to you to explain "
        "why and what you can do next.",
    )
    # NOTE: A young person (16 to 25) reads this on their own case page, where
    # we tell them of a decision they can challenge. Speak to them informally
    # (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We decided to stop the EHC plan. We wrote to you to explain why and what you can do next.",
    )


def _stopping_on_the_account_home() -> None:  # pragma: no cover - read by `pybabel extract`
    """The account home's line under a case with a decision the family can challenge: not
    to assess, not to issue a plan, or to stop one (templates/account/account.html)."""
    # NOTE: A young person (16 to 25) reads this on their account home, under their own
    # case. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(date)s and %(by)s are dates.
    pgettext(
        "young person",
        "We decided on %(date)s to stop the EHC plan. If you disagree, contact a "
        "mediation adviser by %(by)s.",
    )
    # NOTE: A young person (16 to 25) reads this on their account home, under their own
    # case. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(date)s is a date.
    pgettext("young person", "We decided on %(date)s to stop the EHC plan.")
    # NOTE: A young person (16 to 25) reads this on their account home, under their own
    # case. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(date)s and %(by)s are dates.
    pgettext(
        "young person",
        "We decided on %(date)s not to issue an EHC plan. If you disagree, contact a "
        "mediation adviser by %(by)s.",
    )
    # NOTE: A young person (16 to 25) reads this on their account home, under their own
    # case. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(date)s is a date.
    pgettext("young person", "We decided on %(date)s not to issue an EHC plan.")
    # NOTE: A young person (16 to 25) reads this on their account home, under their own
    # case. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(date)s and %(by)s are dates.
    pgettext(
        "young person",
        "We decided on %(date)s not to carry out an assessment. If you disagree, contact a "
        "mediation adviser by %(by)s.",
    )
    # NOTE: A young person (16 to 25) reads this on their account home, under their own
    # case. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(date)s is a date.
    pgettext("young person", "We decided on %(date)s not to carry out an assessment.")
    # NOTE: A young person (16 to 25) reads this on their account home, under the request
    # they sent, after "We decided not to carry out an assessment." Speak to them
    # informally (tu, ty, ти, sen), as to a young adult. %(by)s is a date.
    pgettext("young person", "If you disagree, contact a mediation adviser by %(by)s.")


def _final_plan_on_the_account_home() -> None:  # pragma: no cover - read by `pybabel extract`
    """The account home's line under a case whose final EHC plan (or amended plan) was
    issued less than 2 months ago (templates/account/account.html)."""
    # NOTE: A young person (16 to 25) reads this on their account home, under their own
    # case. Speak to them informally (tu, ty, ти, sen), as to a young adult. %(date)s and
    # %(by)s are dates. "The tribunal" is the First-tier Tribunal (Special Educational
    # Needs and Disability); the needs, the support and the setting are sections B, F and
    # I of the plan.
    pgettext(
        "young person",
        "We issued the final EHC plan on %(date)s. If you disagree with the special "
        "educational needs or the special educational support it sets out, or the school, "
        "college or other setting it names, you can appeal to the tribunal within 2 months of "
        "the date of our letter sending you the plan, or 1 month from the date on a mediation "
        "certificate if that is later. Before you appeal, contact a mediation adviser by "
        "%(by)s, unless your appeal is only about the school, college or other setting.",
    )
    # NOTE: A young person (16 to 25) reads this on their account home, under their own
    # case, once they told us they contacted a mediation adviser about their final EHC
    # plan; what follows says where their appeal stands. Speak to them informally (tu, ty,
    # ти, sen), as to a young adult. %(date)s is a date.
    pgettext("young person", "We issued the final EHC plan on %(date)s.")
    # NOTE: A young person (16 to 25) reads this on their account home, after the line
    # about appealing their final EHC plan: a link to "If you disagree" on their case page.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Find out about mediation, appealing and free help")
