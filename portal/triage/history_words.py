"""The words of a request's History for what happened, naming who asked: the family, or
the young person on a request they made for themselves (a caseworker read "Family told
by email…" and "by the family" of a young adult's own request)."""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from flask_babel.speaklater import LazyString

from forms.assessment_request.sections import asks_for_themselves
from portal.case_api.messages import Kind

# What each triage decision sent to the case system says happened (those that name who
# asked are in `Asker.decisions`).
DECISIONS = {
    "accepted": _l("Accepted for a decision"),
    "assess": _l("Decision: assess"),
    "not_assess": _l("Decision: not to assess"),
    "deadline_exception": _l("Time limit exception recorded"),
}
OTHER_KINDS = {
    Kind.ASSESSMENT_REQUEST: _l("Request sent to the case system"),
    Kind.CONTRIBUTION: _l("Views sent"),
    Kind.DOCUMENT: _l("File sent"),
    Kind.CASE_NOTE: _l("Internal note added"),
}

# Each email and text that told the family something about the request, by its template:
# (by email, by text message).
TOLD = {
    "request_received": (
        _l("Family told by email that their request was received"),
        _l("Family told by text message that their request was received"),
    ),
    "more_information": (
        _l("Family told by email that the council asked for information"),
        _l("Family told by text message that the council asked for information"),
    ),
    "decision": (
        _l("Family told of the decision by email"),
        _l("Family told of the decision by text message"),
    ),
    "consent_withdrawn": (
        _l("Family told by email the assessment stopped as consent was withdrawn"),
        _l("Family told by text message the assessment stopped as consent was withdrawn"),
    ),
}
# The same, told to a young person about the request they made for themselves.
YOUNG_PERSON_TOLD = {
    "request_received": (
        _l("Young person told by email that their request was received"),
        _l("Young person told by text message that their request was received"),
    ),
    "more_information": (
        _l("Young person told by email that the council asked for information"),
        _l("Young person told by text message that the council asked for information"),
    ),
    "decision": (
        _l("Young person told of the decision by email"),
        _l("Young person told of the decision by text message"),
    ),
    "consent_withdrawn": (
        _l("Young person told by email the assessment stopped as consent was withdrawn"),
        _l("Young person told by text message the assessment stopped as consent was withdrawn"),
    ),
}


@dataclass(frozen=True)
class Asker:
    """How the History names who asked, what they did and what they were told."""

    by: LazyString  # who sent a file or replied, after "by"
    told: dict[str, tuple[LazyString, LazyString]]
    other: tuple[LazyString, LazyString]  # an email, a text message, of another template
    decisions: dict[str, LazyString]
    mediation: LazyString


FAMILY = Asker(
    by=_l("the family"),
    told=TOLD,
    other=(_l("Email to the family"), _l("Text message to the family")),
    decisions={
        "more_information": _l("Information asked of the family"),
        "family_replied": _l("The family replied"),
        "withdrawn": _l("Withdrawn at the family's request"),
    },
    mediation=_l("The family told us about mediation"),
)
YOUNG_PERSON = Asker(
    by=_l("the young person"),
    told=YOUNG_PERSON_TOLD,
    other=(_l("Email to the young person"), _l("Text message to the young person")),
    decisions={
        "more_information": _l("Information asked of the young person"),
        "family_replied": _l("The young person replied"),
        "withdrawn": _l("Withdrawn at the young person's request"),
    },
    mediation=_l("The young person told us about mediation"),
)


def asker(requester_role: str | None) -> Asker:
    return YOUNG_PERSON if asks_for_themselves(requester_role) else FAMILY
