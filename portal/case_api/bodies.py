"""What outbox messages carry (portal/case_api/messages.py holds the messages): how moments
and days are written, the strict base every body stands on, and each body a case system
call sends, named after its openapi.yaml schema."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    model_serializer,
)

# Moments are sent as Python writes them (isoformat), as they always have been: the same
# key with a different body is refused by the case system.
Moment = Annotated[dt.datetime, PlainSerializer(lambda value: value.isoformat(), return_type=str)]
Day = Annotated[dt.date, PlainSerializer(lambda value: value.isoformat(), return_type=str)]


def day_in(value: Any) -> dt.date | None:
    """A day as the case system (or a form of the portal's) writes it, or None if it is
    missing or not a date."""
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


class Body(BaseModel):
    """What goes to the case system. Its validation errors name the field, never the
    value, as they may be logged and a value may be a child's name."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)


class DocumentReference(Body):
    """How the case system is told about a file (openapi: DocumentReference)."""

    id: str
    filename: str
    description: str | None
    content_type: str
    size: int
    sha256: str


class ConsentEventBody(Body):
    """openapi: ConsentEvent."""

    choice: str
    given: bool
    detail: str | None
    given_by: str
    occurred_at: Moment
    wording_version: str
    wording_sha256: str
    language: str
    method: str


class ContributionBody(Body):
    """openapi: Contribution."""

    author_role: str
    helped_by: str | None
    language: str
    answers: dict[str, str | None]
    attachments: list[DocumentReference]


class TriageDecisionBody(Body):
    """openapi: TriageDecision."""

    decision: str
    reason: str | None
    decided_by: str
    decided_at: Moment
    decision_date: Day | None
    assigned_to: str | None
    duplicate_of: str | None
    documents: list[DocumentReference] | None = None  # sent only when there are some
    late_reason: str | None = None  # sent only for a decision made after it was due
    decision_due: Day | None = None  # sent only with a time limit exception

    @model_serializer(mode="wrap")
    def _optional_fields_only_when_there_are_some(
        self, handler: SerializerFunctionWrapHandler
    ) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if not self.documents:
            data.pop("documents", None)
        for optional in ("late_reason", "decision_due"):
            if getattr(self, optional) is None:
                data.pop(optional, None)
        return data


class CaseNoteBody(Body):
    """openapi: CaseNote."""

    id: str
    text: str
    written_by: str
    written_at: Moment


class MediationStepBody(Body):
    """openapi: MediationStep."""

    id: str
    decision: str
    decided_on: Day
    step: str
    happened_on: Day
    recorded_by: str
    recorded_at: Moment


class DraftPlanResponseBody(Body):
    """openapi: DraftPlanResponse."""

    id: str
    draft_issued_on: Day
    respond_by: Day
    late: bool
    responder_role: str
    language: str
    comments: list[dict[str, str]]  # {"section": "F", "comment": ...}
    setting: dict[str, str] | None  # {"name": ..., "type": "special"}
    meeting: bool | None
    personal_budget: bool | None
    attachments: list[DocumentReference]
    sent_by: str
    sent_at: Moment


class ReviewViewsBody(Body):
    """openapi: ReviewViews."""

    id: str
    review_due_on: Day
    meeting_on: Day | None
    author_role: str
    language: str
    working: str | None
    not_working: str | None
    changed: str | None
    hopes: str | None
    attachments: list[DocumentReference]
    sent_by: str
    sent_at: Moment


class DataRightsViews(Body):
    """openapi: DataRightsViews."""

    views: str
    written_as: str
    case_reference: str | None
    sent_at: Moment | None


class DataRightsRequestBody(Body):
    """openapi: DataRightsRequest. `about` only when the request is about one set of views
    (a request before it was sent without it)."""

    id: str
    reference: str
    right: str
    item: str
    item_label: str
    lawful_basis: list[str]
    details: str
    correction: str | None
    case_references: list[str]
    requested_by: str
    contact_email: str | None
    language: str
    received_at: Moment
    due_on: Day
    about: DataRightsViews | None = None

    @model_serializer(mode="wrap")
    def _about_only_when_there_is_one(
        self, handler: SerializerFunctionWrapHandler
    ) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if self.about is None:
            data.pop("about", None)
        return data


class DataRightsUpdateBody(Body):
    """openapi: DataRightsUpdate."""

    id: str
    status: str
    reason: str
    due_on: Day
    made_by: str
    made_at: Moment
