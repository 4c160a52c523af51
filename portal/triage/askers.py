"""Who asked for an assessment, in every caseworker's word that names them: the family,
or the young person on a request they made for themselves (a caseworker read "Family
told by email…" and "Waiting for the family" of a young adult's own request). A page
names who asked through `asker(found.requester_role)`, never by testing the role itself."""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from flask_babel.speaklater import LazyString

from forms.assessment_request.sections import asks_for_themselves

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
    """Every word a caseworker's page uses that names who asked."""

    asked: LazyString  # the History's first event: who asked
    actor: LazyString  # who did something in the audit trail
    by: LazyString  # who sent a file or replied, after "by"
    told: dict[str, tuple[LazyString, LazyString]]
    other: tuple[LazyString, LazyString]  # an email, a text message, of another template
    decisions: dict[str, LazyString]  # the History's decisions that name who asked
    mediation: LazyString
    deliveries: tuple[LazyString, LazyString, LazyString]  # an email's: sent, not, waiting
    statuses: dict[str, LazyString]  # the statuses that name who asked ("replied" too)
    titles: dict[str, LazyString]  # the actions that name who asked, in the menu
    done: dict[str, LazyString]  # what an action that names who asked confirms
    refused: dict[str, LazyString]  # why an action that names who asked cannot be taken now
    send: LazyString  # the button sending them a message
    withdraw: LazyString  # the withdrawal page's warning
    from_them: LazyString  # a message of theirs
    no_messages: LazyString
    no_documents: LazyString  # no files, and the request is not sent to the case system
    no_documents_with_request: LazyString
    with_replies: LazyString  # the heading of the files sent with their replies
    optional: LazyString  # what "Optional" on their answers means


FAMILY = Asker(
    asked=_l("Asked by a parent or carer"),
    actor=_l("Family"),
    by=_l("the family"),
    told=TOLD,
    other=(_l("Email to the family"), _l("Text message to the family")),
    decisions={
        "more_information": _l("Information asked of the family"),
        "family_replied": _l("The family replied"),
        "withdrawn": _l("Withdrawn at the family's request"),
    },
    mediation=_l("The family told us about mediation"),
    deliveries=(
        _l("Sent to the family"),
        _l("Not sent to the family"),
        _l("Waiting to send to the family"),
    ),
    statuses={
        "more_information": _l("Waiting for the family"),
        "withdrawn": _l("Withdrawn by the family"),
        "replied": _l("Family replied"),
    },
    titles={"more_information": _l("Ask the family for information")},
    done={"more_information": _l("Message sent to the family")},
    refused={
        "more_information": _l(
            "You cannot ask the family for information while the request's status is %(status)s"
        )
    },
    send=_l("Send to the family"),
    withdraw=_l("Withdraw the request because the family asked to. This cannot be undone."),
    from_them=_l("From the family"),
    no_messages=_l("No messages with the family yet."),
    no_documents=_l("The family did not add any documents."),
    no_documents_with_request=_l("The family did not add any documents to their request."),
    with_replies=_l("Sent with the family's replies"),
    optional=_l(
        "Answers marked “Optional” were the family’s choice to give: they were told they "
        "could leave those questions blank. They had to answer all the others."
    ),
)
YOUNG_PERSON = Asker(
    asked=_l("Asked by the young person"),
    actor=_l("Young person"),
    by=_l("the young person"),
    told=YOUNG_PERSON_TOLD,
    other=(_l("Email to the young person"), _l("Text message to the young person")),
    decisions={
        "more_information": _l("Information asked of the young person"),
        "family_replied": _l("The young person replied"),
        "withdrawn": _l("Withdrawn at the young person's request"),
    },
    mediation=_l("The young person told us about mediation"),
    deliveries=(
        _l("Sent to the young person"),
        _l("Not sent to the young person"),
        _l("Waiting to send to the young person"),
    ),
    statuses={
        "more_information": _l("Waiting for the young person"),
        "withdrawn": _l("Withdrawn by the young person"),
        "replied": _l("Young person replied"),
    },
    titles={"more_information": _l("Ask the young person for information")},
    done={"more_information": _l("Message sent to the young person")},
    refused={
        "more_information": _l(
            "You cannot ask the young person for information while the request's status is "
            "%(status)s"
        )
    },
    send=_l("Send to the young person"),
    withdraw=_l("Withdraw the request because the young person asked to. This cannot be undone."),
    from_them=_l("From the young person"),
    no_messages=_l("No messages with the young person yet."),
    no_documents=_l("The young person did not add any documents."),
    no_documents_with_request=_l("The young person did not add any documents to their request."),
    with_replies=_l("Sent with the young person's replies"),
    optional=_l(
        "Answers marked “Optional” were the young person’s choice to give: they were told "
        "they could leave those questions blank. They had to answer all the others."
    ),
)


def asker(requester_role: str | None) -> Asker:
    return YOUNG_PERSON if asks_for_themselves(requester_role) else FAMILY
