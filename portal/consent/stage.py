"""Consent on a case past the EHC needs assessment: the council has decided whether to
assess, or assessed and written (or decided not to write) a plan. Agreeing to the
assessment is no longer asked; the pages say where the case stands, what the person
agreed to and when, and what withdrawing means now. Sharing with the services they chose
can still be changed and stopped."""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext

from portal.case_api import reads
from portal.models import CaseCache, ConsentEvent
from portal.platform.voices import voiced
from portal.platform.written_dates import format_date

# Statuses past the assessment (the case page's "Progress"), and of those, the cases
# that were assessed.
ASSESSED = ("draft_plan", "final_plan", "not_issuing", "plan_ceased")
PAST = (*ASSESSED, "not_assessing", "closed")
WITH_A_PLAN = ("draft_plan", "final_plan")


@dataclass(frozen=True)
class Stage:
    """Where a case past the assessment stands, as its consent pages say it."""

    status: str
    standing: str  # where the case stands
    agreed: str  # what the person agreed to about the assessment, and when
    withdrawing: str  # what withdrawing consent to the assessment does now
    sharing: str  # what they can still change


def past_assessment(reference: str, held: dict[str, CaseCache] | None = None) -> str | None:
    """The case's status, if it is past the assessment (as the case system last said;
    None when it cannot say, and the assessment is then asked about as before). `held`:
    what the cache holds of the case, when already read."""
    status = (reads.case_status(reference, held).body or {}).get("status")
    return status if status in PAST else None


def standing(status: str) -> str:
    if status == "final_plan":
        return gettext("The EHC needs assessment has finished and we have issued an EHC plan.")
    if status == "draft_plan":
        return gettext(
            "The EHC needs assessment has finished and we have written a draft EHC plan."
        )
    if status == "not_issuing":
        return gettext(
            "The EHC needs assessment has finished. We decided not to issue an EHC plan."
        )
    if status == "plan_ceased":
        return gettext("We have decided to stop the EHC plan.")
    if status == "not_assessing":
        return gettext("We decided not to carry out an EHC needs assessment.")
    return gettext("This case is closed.")


def agreed(event: ConsentEvent | None, voice: str | None) -> str:
    """What the consent recorded here says about the assessment, truthfully."""
    if event is None:
        return gettext(
            "Consent to the EHC needs assessment for this case was recorded by the SEN team."
        )
    if event.given:
        return voiced(
            "You agreed to the EHC needs assessment on %(date)s.",
            voice,
            date=format_date(event.occurred_at),
        )
    return voiced(
        "You withdrew your consent to the EHC needs assessment on %(date)s.",
        voice,
        date=format_date(event.occurred_at),
    )


def withdrawing(status: str, voice: str | None) -> str:
    """What withdrawing consent to the assessment does on a case past it: it cannot
    undo an assessment, and only the council's decision stops a plan."""
    if status in WITH_A_PLAN:
        effect = voiced(
            "The assessment has already happened. Withdrawing your consent now cannot undo "
            "it or the advice we were given for it, and does not on its own stop the EHC "
            "plan.",
            voice,
        )
    elif status in ASSESSED:
        effect = voiced(
            "The assessment has already happened. Withdrawing your consent now cannot undo "
            "it or the advice we were given for it.",
            voice,
        )
    else:
        effect = gettext("There is no assessment in progress to stop.")
    recorded = voiced(
        "We will keep a record that you have withdrawn it, and the SEN team will see it on "
        "the case.",
        voice,
    )
    return f"{effect} {recorded}"


def of(status: str, event: ConsentEvent | None, voice: str | None) -> Stage:
    return Stage(
        status=status,
        standing=standing(status),
        agreed=agreed(event, voice),
        withdrawing=withdrawing(status, voice),
        sharing=voiced(
            "You can still change who we share information with. If you stop sharing with "
            "a service, we stop from that day, but we cannot take back what we have already "
            "shared.",
            voice,
        ),
    )
