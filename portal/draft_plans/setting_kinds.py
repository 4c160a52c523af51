"""The kinds of school or other setting a family is offered to ask for in the plan
(Children and Families Act 2014, section 38). A post-16 institution is for a young person
over compulsory school age: offered on a young person's own response, and for a child who
will be over that age by the next school year; where the case system does not say when
the child was born, every kind is offered."""

from __future__ import annotations

from typing import Any

from forms.draft_plans import POST16, SETTING_TYPES
from portal.auth.holder import YOUNG_PERSON
from portal.draft_plans.service import SETTING_TYPE, Draft
from portal.models import DraftPlanResponse
from portal.platform import deadlines


def post16_offered(draft: Draft, response: DraftPlanResponse) -> bool:
    if response.responder_role == YOUNG_PERSON or draft.born is None:
        return True
    return deadlines.over_compulsory_school_age_next_school_year(
        draft.born, deadlines.council_today()
    )


def offered(draft: Draft, response: DraftPlanResponse) -> dict[str, Any]:
    """Each kind offered, with its words."""
    every = post16_offered(draft, response)
    return {kind: words for kind, words in SETTING_TYPES if every or kind not in POST16}


def not_offered(response: DraftPlanResponse, kinds: dict[str, Any]) -> bool:
    """A kind saved that is not among `kinds`: saved before post-16 institutions were
    offered only to those of age, or before the child's date of birth was corrected."""
    kind = response.answers.get(SETTING_TYPE)
    return bool(kind) and kind not in kinds
