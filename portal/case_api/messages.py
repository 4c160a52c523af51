"""What the portal puts in its outbox: one typed message per kind, and the keys they go by.

Each kind of message has one model here. Its fields are the payload stored (encrypted) in
the outbox row; a message for the case system also renders the JSON body of the call it
becomes (`request_body`), exactly as the client sends it, and names the operation of
openapi.yaml it must match (tests/unit/test_case_messages.py checks every kind against it,
so a message that breaks the contract fails a test, not a delivery).

Idempotency keys, and the `after_key` a message waits behind, are made here and nowhere
else: `request_key(draft_id)` and its siblings, and the prefixes the portal searches the
outbox by. `outbox_row(message)` turns a message into its row; `Model.from_row(row)`
reads one back for delivery.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, ClassVar, Final, Self

from pydantic import Field, ValidationError

from portal.case_api.bodies import Body as _Model
from portal.case_api.bodies import (
    CaseNoteBody,
    ConsentEventBody,
    ContributionBody,
    DataRightsRequestBody,
    DataRightsUpdateBody,
    DocumentReference,
    DraftPlanResponseBody,
    MediationStepBody,
    Moment,
    ReviewViewsBody,
    TriageDecisionBody,
)
from portal.models import OutboxMessage


class Kind(StrEnum):
    """What an outbox message asks for; stored in OutboxMessage.kind."""

    ASSESSMENT_REQUEST = "assessment_request.create"
    CONSENT_EVENT = "consent_event.create"
    CONTRIBUTION = "contribution.create"
    DOCUMENT = "document.upload"
    TRIAGE_DECISION = "triage_decision.create"
    CASE_NOTE = "case_note.create"
    MEDIATION_STEP = "mediation_step.create"
    DRAFT_PLAN_RESPONSE = "draft_plan_response.create"
    REVIEW_VIEWS = "review_views.create"
    DATA_RIGHTS_REQUEST = "data_rights_request.create"
    DATA_RIGHTS_UPDATE = "data_rights_update.create"
    EMAIL = "email.send"
    SMS = "sms.send"


class Status(StrEnum):
    """Where an outbox message is; stored in OutboxMessage.status (a plain string column:
    a member compares equal to its value)."""

    PENDING = "pending"  # due at next_attempt_at
    SENDING = "sending"  # claimed by a worker, until its lease runs out
    DELIVERED = "delivered"
    DEAD = "dead"  # given up on, until a caseworker retries it


UNSENT: Final = (Status.PENDING, Status.SENDING)  # still to be delivered, and not given up on


# The keys. Each names the thing a message carries, so repeating the action that queued
# it cannot queue it twice, and the case system or Notify recognises a second send.
REQUEST_KEY_PREFIX: Final = "assessment-request-"
CONSENT_EVENT_KEY_PREFIX: Final = "consent-event-"
CONTRIBUTION_KEY_PREFIX: Final = "contribution-"
DOCUMENT_KEY_PREFIX: Final = "document-"
TRIAGE_KEY_PREFIX: Final = "triage-"
CASE_NOTE_KEY_PREFIX: Final = "case-note-"
MEDIATION_STEP_KEY_PREFIX: Final = "mediation-step-"
DRAFT_PLAN_RESPONSE_KEY_PREFIX: Final = "draft-plan-response-"
REVIEW_VIEWS_KEY_PREFIX: Final = "review-views-"
DATA_RIGHTS_KEY_PREFIX: Final = "rights-request-"
DATA_RIGHTS_UPDATE_KEY_PREFIX: Final = "rights-update-"
EMAIL_KEY_PREFIX: Final = "email-"
SMS_KEY_PREFIX: Final = "sms-"
KEY_LENGTH: Final = 64  # OutboxMessage.idempotency_key and after_key


def request_key(draft_id: str) -> str:
    """The key of the request that creates a case: what the case's other messages wait behind."""
    return f"{REQUEST_KEY_PREFIX}{draft_id}"


def consent_event_key(event_id: str) -> str:
    return f"{CONSENT_EVENT_KEY_PREFIX}{event_id}"


def contribution_key(contribution_id: str) -> str:
    return f"{CONTRIBUTION_KEY_PREFIX}{contribution_id}"


def document_key(document_id: str) -> str:
    return f"{DOCUMENT_KEY_PREFIX}{document_id}"


def triage_key(request_id: str, seen_version: int | None) -> str:
    """One decision per version of the request the caseworker acted on."""
    return f"{TRIAGE_KEY_PREFIX}{request_id}-{seen_version}"


def case_note_key(note_id: str) -> str:
    return f"{CASE_NOTE_KEY_PREFIX}{note_id}"


def mediation_step_key(step_id: str) -> str:
    return f"{MEDIATION_STEP_KEY_PREFIX}{step_id}"


def draft_plan_response_key(response_id: str) -> str:
    return f"{DRAFT_PLAN_RESPONSE_KEY_PREFIX}{response_id}"


def review_views_key(views_id: str) -> str:
    return f"{REVIEW_VIEWS_KEY_PREFIX}{views_id}"


def data_rights_key(request_id: str) -> str:
    """What the request's updates wait behind."""
    return f"{DATA_RIGHTS_KEY_PREFIX}{request_id}"


def data_rights_update_key(update_id: str) -> str:
    return f"{DATA_RIGHTS_UPDATE_KEY_PREFIX}{update_id}"


# What a notice to the family is about, where more than one place needs its name: the
# place that sends it, and the request's History, which finds it again by its key.
RECEIVED_EVENT_PREFIX: Final = "request-"
CONSENT_WITHDRAWN_EVENT_PREFIX: Final = "consent-withdrawn-"


def received_event(draft_id: str) -> str:
    """The notice that the request sent from `draft_id` was received."""
    return f"{RECEIVED_EVENT_PREFIX}{draft_id}"


def consent_withdrawn_event(consent_event_id: str) -> str:
    """The notice that withdrawing consent (`consent_event_id`) stopped the assessment."""
    return f"{CONSENT_WITHDRAWN_EVENT_PREFIX}{consent_event_id}"


def email_key(event: str) -> str:
    """`event` names what the email is about (one email per event); the key is Notify's
    reference too."""
    return f"{EMAIL_KEY_PREFIX}{event}"[:KEY_LENGTH]


def sms_key(event: str) -> str:
    """`event` names what the text message is about (one text per event); the key is
    Notify's reference too."""
    return f"{SMS_KEY_PREFIX}{event}"[:KEY_LENGTH]


class Message(_Model):
    """One outbox message: its fields are the payload; `key` and `after_key` go in the row."""

    kind: ClassVar[Kind]

    key: str = Field(exclude=True)
    after_key: str | None = Field(default=None, exclude=True)

    def payload(self) -> dict[str, Any]:
        """What the row stores (encrypted)."""
        return self.model_dump(mode="json")

    @classmethod
    def from_row(cls, row: OutboxMessage) -> Self:
        return cls.model_validate(
            {**row.payload, "key": row.idempotency_key, "after_key": row.after_key}
        )


class CaseMessage(Message):
    """A message for the case system: one call of one operation in openapi.yaml."""

    operation: ClassVar[str]  # its operationId

    def request_body(self) -> dict[str, Any] | None:
        """The JSON body the client sends (None when the body is not JSON)."""
        raise NotImplementedError


class CaseUpdate(CaseMessage):
    """A message about a case that exists (or will, once the request creating it arrives):
    stored as the case's reference and what is sent about it."""

    case_reference: str


class CreateAssessmentRequest(CaseMessage):
    """The family's request, which creates the case; consent travels separately, as events.
    The stored payload is the body itself."""

    kind = Kind.ASSESSMENT_REQUEST
    operation = "createAssessmentRequest"

    reference: str
    submitted_at: Moment
    requester_role: str
    language: str
    answers: dict[str, str | list[str] | None]
    documents: list[DocumentReference]

    def request_body(self) -> dict[str, Any]:
        return self.payload()


# The message models look alike on purpose: one per kind, each naming its operation and
# body, so a kind that drifts from the contract fails its own test (duplicates: deliberate).
class AddConsentEvent(CaseUpdate):
    kind = Kind.CONSENT_EVENT
    operation = "addConsentEvent"

    event: ConsentEventBody

    def request_body(self) -> dict[str, Any]:
        return self.event.model_dump(mode="json")


class AddContribution(CaseUpdate):
    kind = Kind.CONTRIBUTION
    operation = "addContribution"

    contribution: ContributionBody

    def request_body(self) -> dict[str, Any]:
        return self.contribution.model_dump(mode="json")


class RecordTriageDecision(CaseUpdate):
    kind = Kind.TRIAGE_DECISION
    operation = "recordTriageDecision"

    decision: TriageDecisionBody

    def request_body(self) -> dict[str, Any]:
        return self.decision.model_dump(mode="json")


class AddCaseNote(CaseUpdate):
    kind = Kind.CASE_NOTE
    operation = "addCaseNote"

    note: CaseNoteBody

    def request_body(self) -> dict[str, Any]:
        return self.note.model_dump(mode="json")


class AddMediationStep(CaseUpdate):
    kind = Kind.MEDIATION_STEP
    operation = "addMediationStep"

    step: MediationStepBody

    def request_body(self) -> dict[str, Any]:
        return self.step.model_dump(mode="json")


class AddDraftPlanResponse(CaseUpdate):
    kind = Kind.DRAFT_PLAN_RESPONSE
    operation = "addDraftPlanResponse"

    response: DraftPlanResponseBody

    def request_body(self) -> dict[str, Any]:
        return self.response.model_dump(mode="json")


class AddReviewViews(CaseUpdate):
    kind = Kind.REVIEW_VIEWS
    operation = "addReviewViews"

    views: ReviewViewsBody

    def request_body(self) -> dict[str, Any]:
        return self.views.model_dump(mode="json")


class CreateDataRightsRequest(CaseMessage):
    """A family's request about their own information, about no one case."""

    kind = Kind.DATA_RIGHTS_REQUEST
    operation = "createDataRightsRequest"

    request: DataRightsRequestBody

    def request_body(self) -> dict[str, Any]:
        return self.request.model_dump(mode="json")


class AddDataRightsUpdate(CaseMessage):
    kind = Kind.DATA_RIGHTS_UPDATE
    operation = "addDataRightsUpdate"

    request_id: str
    update: DataRightsUpdateBody

    def request_body(self) -> dict[str, Any]:
        return self.update.model_dump(mode="json")


class PutDocument(CaseUpdate):
    """A file's bytes, sent once what refers to it has arrived. They are read from storage
    when sent, not copied into the message: the body is the file, not JSON."""

    kind = Kind.DOCUMENT
    operation = "putDocument"

    document_id: str

    def request_body(self) -> None:
        return None


class SendEmail(Message):
    """An email, for GOV.UK Notify (or the development mailbox); the key is its reference."""

    kind = Kind.EMAIL

    to: str
    subject: str
    body: str
    language: str
    template: str
    reference: str | None


class SendSms(Message):
    """A text message, for GOV.UK Notify (or the development mailbox); the key is its
    reference. `to` is a UK mobile number (07…); `reference` the case it is about, for the
    caseworkers' list of messages not delivered."""

    kind = Kind.SMS

    to: str
    body: str
    language: str
    template: str
    reference: str | None = None


MODELS: Final[dict[Kind, type[Message]]] = {
    model.kind: model
    for model in (
        CreateAssessmentRequest,
        AddConsentEvent,
        AddContribution,
        PutDocument,
        RecordTriageDecision,
        AddCaseNote,
        AddMediationStep,
        AddDraftPlanResponse,
        AddReviewViews,
        CreateDataRightsRequest,
        AddDataRightsUpdate,
        SendEmail,
        SendSms,
    )
}


def outbox_row(message: Message) -> OutboxMessage:
    """The row that queues `message`, for the caller's transaction."""
    return OutboxMessage(
        kind=message.kind.value,
        idempotency_key=message.key,
        after_key=message.after_key,
        payload=message.payload(),
    )


def updated_case(row: OutboxMessage) -> str | None:
    """The existing case a delivered message changed (so its cached copy is stale): none
    for a request, which creates its case, an email or a text, or a kind this module does
    not know."""
    model = MODELS[Kind(row.kind)] if row.kind in MODELS else None
    if model is None or not issubclass(model, CaseUpdate):
        return None
    try:
        return model.from_row(row).case_reference
    except ValidationError:  # it was sent, so it fitted: this is only for safety's sake
        return None
