"""Every kind of outbox message, checked against the contract before it can reach a delivery.

Each Kind has an example here (a Kind without one fails the first test), whose JSON body
is validated against the request body of its operation in openapi.yaml, with its path
parameters and its Idempotency-Key; its stored payload is pinned byte for byte, since a
message already queued must be read, and sent, exactly as before.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from sqlalchemy import String

from portal.case_api import bodies, contract, messages, outbox
from portal.case_api.messages import Kind, Status
from portal.models import OutboxMessage
from portal.models.base import new_id

AT = dt.datetime(2026, 3, 2, 9, 30, 15, 123456, tzinfo=dt.UTC)
REFERENCE = "BNT-2026-000123"
DRAFT, EVENT, VIEWS, FILE, REQUEST, CASEWORKER, FAMILY, RIGHTS = (new_id() for _ in range(8))
REQUEST_KEY = messages.request_key(DRAFT)
SHA = "0" * 64

FILE_REFERENCE = bodies.DocumentReference(
    id=FILE,
    filename="report.pdf",
    description="Paediatrician letter",
    content_type="application/pdf",
    size=1234,
    sha256=SHA,
)
FILE_JSON = {
    "id": FILE,
    "filename": "report.pdf",
    "description": "Paediatrician letter",
    "content_type": "application/pdf",
    "size": 1234,
    "sha256": SHA,
}

EXAMPLES: dict[Kind, messages.Message] = {
    Kind.ASSESSMENT_REQUEST: messages.CreateAssessmentRequest(
        key=REQUEST_KEY,
        reference=REFERENCE,
        submitted_at=AT,
        requester_role="parent_carer",
        language="en",
        answers={"child.first_name": "Ada", "needs.areas": ["communication"], "child.upn": None},
        documents=[FILE_REFERENCE],
    ),
    Kind.CONSENT_EVENT: messages.AddConsentEvent(
        key=messages.consent_event_key(EVENT),
        after_key=REQUEST_KEY,
        case_reference=REFERENCE,
        event=bodies.ConsentEventBody(
            choice="share:health",
            given=True,
            detail=None,
            given_by="parent_carer",
            occurred_at=AT,
            wording_version="2026-01",
            wording_sha256=SHA,
            language="cy",
            method="online",
        ),
    ),
    Kind.CONTRIBUTION: messages.AddContribution(
        key=messages.contribution_key(VIEWS),
        after_key=REQUEST_KEY,
        case_reference=REFERENCE,
        contribution=bodies.ContributionBody(
            author_role="child",
            helped_by="Sam Patel, teaching assistant",
            language="ar",
            answers={"likes": "Trains", "hard": None},
            attachments=[FILE_REFERENCE],
        ),
    ),
    Kind.DOCUMENT: messages.PutDocument(
        key=messages.document_key(FILE),
        after_key=messages.contribution_key(VIEWS),
        case_reference=REFERENCE,
        document_id=FILE,
    ),
    Kind.TRIAGE_DECISION: messages.RecordTriageDecision(
        # The longest key a triage decision can have: a 32-bit version.
        key=messages.triage_key(REQUEST, 2**31 - 1),
        after_key=REQUEST_KEY,
        case_reference=REFERENCE,
        decision=bodies.TriageDecisionBody(
            decision="family_replied",
            reason="The letter you asked for",
            decided_by=CASEWORKER,
            decided_at=AT,
            decision_date=AT.date(),
            assigned_to=None,
            duplicate_of=None,
            documents=[FILE_REFERENCE],
        ),
    ),
    Kind.CASE_NOTE: messages.AddCaseNote(
        key=messages.case_note_key(new_id()),
        after_key=REQUEST_KEY,
        case_reference=REFERENCE,
        note=bodies.CaseNoteBody(
            id="0" * 32,
            text="Spoke to the school: report to follow",
            written_by=CASEWORKER,
            written_at=AT,
        ),
    ),
    Kind.MEDIATION_STEP: messages.AddMediationStep(
        key=messages.mediation_step_key(new_id()),
        case_reference=REFERENCE,
        step=bodies.MediationStepBody(
            id="0" * 32,
            decision="final_plan",
            decided_on=dt.date(2026, 1, 31),
            step="mediation_certificate",
            happened_on=dt.date(2026, 3, 2),
            recorded_by=FAMILY,
            recorded_at=AT,
        ),
    ),
    Kind.DRAFT_PLAN_RESPONSE: messages.AddDraftPlanResponse(
        key=messages.draft_plan_response_key(new_id()),
        case_reference=REFERENCE,
        response=bodies.DraftPlanResponseBody(
            id="0" * 32,
            draft_issued_on=dt.date(2026, 1, 31),
            respond_by=dt.date(2026, 2, 14),
            late=True,
            responder_role="young_person",
            language="ar",
            comments=[{"section": "H1", "comment": "Nothing about transport"}],
            setting={"name": "Barnet College", "type": "specialist_post16"},
            meeting=True,
            personal_budget=None,
            attachments=[FILE_REFERENCE],
            sent_by=FAMILY,
            sent_at=AT,
        ),
    ),
    Kind.REVIEW_VIEWS: messages.AddReviewViews(
        key=messages.review_views_key(new_id()),
        case_reference=REFERENCE,
        views=bodies.ReviewViewsBody(
            id="1" * 32,
            review_due_on=dt.date(2028, 2, 29),
            meeting_on=None,
            author_role="young_person",
            language="fa",
            working="My mentor on Tuesdays",
            not_working=None,
            changed="I moved to college",
            hopes=None,
            attachments=[FILE_REFERENCE],
            sent_by=FAMILY,
            sent_at=AT,
        ),
    ),
    Kind.DATA_RIGHTS_REQUEST: messages.CreateDataRightsRequest(
        key=messages.data_rights_key(RIGHTS),
        request=bodies.DataRightsRequestBody(
            id=RIGHTS,
            reference="DR-0A1B2C3D",
            right="rectification",
            item="child.date_of_birth",
            item_label="What is their date of birth?",
            lawful_basis=["children_and_families_act_2014"],
            details="The year is wrong",
            correction="4 November 2015",
            case_references=[REFERENCE],
            requested_by=FAMILY,
            contact_email="parent@example.com",
            language="ar",
            received_at=AT,
            due_on=dt.date(2026, 4, 2),
        ),
    ),
    Kind.DATA_RIGHTS_UPDATE: messages.AddDataRightsUpdate(
        key=messages.data_rights_update_key("1" * 32),
        after_key=messages.data_rights_key(RIGHTS),
        request_id=RIGHTS,
        update=bodies.DataRightsUpdateBody(
            id="1" * 32,
            status="extended",
            reason="We need the school's records",
            due_on=dt.date(2026, 6, 2),
            made_by=CASEWORKER,
            made_at=AT,
        ),
    ),
    Kind.EMAIL: messages.SendEmail(
        key=messages.email_key(f"decision-{new_id()}-{new_id()}"),
        to="parent@example.com",
        subject="A decision about your request",
        body="We have decided.\n",
        language="en",
        template="decision",
        reference=REFERENCE,
    ),
    Kind.SMS: messages.SendSms(
        key=messages.sms_key(f"decision-{new_id()}-{new_id()}"),
        to="07700900982",
        body="We have decided.\nhttps://send.example/account",
        language="ar",
        template="decision",
        reference=REFERENCE,
    ),
}

# What each example's row stores, as the builders wrote it before the messages were typed:
# key for key, in the same order (a queued message is read back and sent exactly so).
STORED: dict[Kind, dict[str, Any]] = {
    Kind.ASSESSMENT_REQUEST: {
        "reference": REFERENCE,
        "submitted_at": AT.isoformat(),
        "requester_role": "parent_carer",
        "language": "en",
        "answers": {"child.first_name": "Ada", "needs.areas": ["communication"], "child.upn": None},
        "documents": [FILE_JSON],
    },
    Kind.CONSENT_EVENT: {
        "case_reference": REFERENCE,
        "event": {
            "choice": "share:health",
            "given": True,
            "detail": None,
            "given_by": "parent_carer",
            "occurred_at": AT.isoformat(),
            "wording_version": "2026-01",
            "wording_sha256": SHA,
            "language": "cy",
            "method": "online",
        },
    },
    Kind.CONTRIBUTION: {
        "case_reference": REFERENCE,
        "contribution": {
            "author_role": "child",
            "helped_by": "Sam Patel, teaching assistant",
            "language": "ar",
            "answers": {"likes": "Trains", "hard": None},
            "attachments": [FILE_JSON],
        },
    },
    Kind.DOCUMENT: {"case_reference": REFERENCE, "document_id": FILE},
    Kind.TRIAGE_DECISION: {
        "case_reference": REFERENCE,
        "decision": {
            "decision": "family_replied",
            "reason": "The letter you asked for",
            "decided_by": CASEWORKER,
            "decided_at": AT.isoformat(),
            "decision_date": AT.date().isoformat(),
            "assigned_to": None,
            "duplicate_of": None,
            "documents": [FILE_JSON],
        },
    },
    Kind.CASE_NOTE: {
        "case_reference": REFERENCE,
        "note": {
            "id": "0" * 32,
            "text": "Spoke to the school: report to follow",
            "written_by": CASEWORKER,
            "written_at": AT.isoformat(),
        },
    },
    Kind.MEDIATION_STEP: {
        "case_reference": REFERENCE,
        "step": {
            "id": "0" * 32,
            "decision": "final_plan",
            "decided_on": "2026-01-31",
            "step": "mediation_certificate",
            "happened_on": "2026-03-02",
            "recorded_by": FAMILY,
            "recorded_at": AT.isoformat(),
        },
    },
    Kind.DRAFT_PLAN_RESPONSE: {
        "case_reference": REFERENCE,
        "response": {
            "id": "0" * 32,
            "draft_issued_on": "2026-01-31",
            "respond_by": "2026-02-14",
            "late": True,
            "responder_role": "young_person",
            "language": "ar",
            "comments": [{"section": "H1", "comment": "Nothing about transport"}],
            "setting": {"name": "Barnet College", "type": "specialist_post16"},
            "meeting": True,
            "personal_budget": None,
            "attachments": [FILE_JSON],
            "sent_by": FAMILY,
            "sent_at": AT.isoformat(),
        },
    },
    Kind.REVIEW_VIEWS: {
        "case_reference": REFERENCE,
        "views": {
            "id": "1" * 32,
            "review_due_on": "2028-02-29",
            "meeting_on": None,
            "author_role": "young_person",
            "language": "fa",
            "working": "My mentor on Tuesdays",
            "not_working": None,
            "changed": "I moved to college",
            "hopes": None,
            "attachments": [FILE_JSON],
            "sent_by": FAMILY,
            "sent_at": AT.isoformat(),
        },
    },
    Kind.DATA_RIGHTS_REQUEST: {
        "request": {
            "id": RIGHTS,
            "reference": "DR-0A1B2C3D",
            "right": "rectification",
            "item": "child.date_of_birth",
            "item_label": "What is their date of birth?",
            "lawful_basis": ["children_and_families_act_2014"],
            "details": "The year is wrong",
            "correction": "4 November 2015",
            "case_references": [REFERENCE],
            "requested_by": FAMILY,
            "contact_email": "parent@example.com",
            "language": "ar",
            "received_at": AT.isoformat(),
            "due_on": "2026-04-02",
        },
    },
    Kind.DATA_RIGHTS_UPDATE: {
        "request_id": RIGHTS,
        "update": {
            "id": "1" * 32,
            "status": "extended",
            "reason": "We need the school's records",
            "due_on": "2026-06-02",
            "made_by": CASEWORKER,
            "made_at": AT.isoformat(),
        },
    },
    Kind.EMAIL: {
        "to": "parent@example.com",
        "subject": "A decision about your request",
        "body": "We have decided.\n",
        "language": "en",
        "template": "decision",
        "reference": REFERENCE,
    },
    Kind.SMS: {
        "to": "07700900982",
        "body": "We have decided.\nhttps://send.example/account",
        "language": "ar",
        "template": "decision",
        "reference": REFERENCE,
    },
}

CASE_SYSTEM_KINDS = [k for k in Kind if issubclass(messages.MODELS[k], messages.CaseMessage)]
# The message attribute that fills each parameter of an operation.
PARAMETERS = {
    "caseReference": "case_reference",
    "documentId": "document_id",
    "requestId": "request_id",
    "Idempotency-Key": "key",
}


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    if "$ref" not in node:
        return node
    found: Any = contract.spec()
    for part in node["$ref"].removeprefix("#/").split("/"):
        found = found[part]
    return found


def _operation(operation_id: str) -> dict[str, Any]:
    for path in contract.spec()["paths"].values():
        for operation in path.values():
            if operation.get("operationId") == operation_id:
                return operation
    raise AssertionError(f"openapi.yaml has no operation {operation_id}")


def _problems(schema: dict[str, Any], document: Any) -> list[str]:
    validator = Draft202012Validator(
        {**schema, "components": contract.spec()["components"]}, format_checker=FormatChecker()
    )
    return sorted(error.message for error in validator.iter_errors(document))


def _contract_problems(message: messages.CaseMessage) -> list[str]:
    """Everything the case system would refuse in this message's call, as the contract
    says: its JSON body, its path parameters and its Idempotency-Key."""
    operation = _operation(message.operation)
    found: list[str] = []
    content = _resolve(operation.get("requestBody", {})).get("content", {})
    if "application/json" in content:
        body = message.request_body()
        found += _problems(content["application/json"]["schema"], body)
    else:
        assert message.request_body() is None, "only a JSON body is rendered"
    for parameter in map(_resolve, operation.get("parameters", [])):
        if parameter["in"] not in ("path", "header"):
            continue
        assert parameter["name"] in PARAMETERS, f"nothing fills {parameter['name']}"
        value = getattr(message, PARAMETERS[parameter["name"]])
        found += [f"{parameter['name']}: {p}" for p in _problems(parameter["schema"], value)]
    return found


def test_every_kind_has_a_model_an_example_and_a_sender() -> None:
    assert set(messages.MODELS) == set(Kind)
    assert set(EXAMPLES) == set(Kind), "add an example of the new kind here"
    assert set(STORED) == set(Kind)
    assert {kind: type(example) for kind, example in EXAMPLES.items()} == messages.MODELS
    assert set(outbox.SENDERS) == set(Kind)


@pytest.mark.parametrize("kind", CASE_SYSTEM_KINDS, ids=str)
def test_each_kind_matches_its_operation_in_the_contract(kind: Kind) -> None:
    message = EXAMPLES[kind]
    assert isinstance(message, messages.CaseMessage)
    assert _contract_problems(message) == []


@pytest.mark.parametrize("kind", list(Kind), ids=str)
def test_each_kind_is_stored_and_read_back_exactly_as_before(kind: Kind) -> None:
    example = EXAMPLES[kind]
    row = messages.outbox_row(example)
    assert (row.kind, row.idempotency_key, row.after_key) == (kind, example.key, example.after_key)
    assert json.dumps(row.payload) == json.dumps(STORED[kind])
    read = messages.MODELS[kind].from_row(row)
    assert read == example
    assert json.dumps(read.payload()) == json.dumps(STORED[kind])


def test_the_request_body_of_each_kind_is_what_its_row_carries() -> None:
    bodies = {}
    for kind in CASE_SYSTEM_KINDS:
        example = EXAMPLES[kind]
        assert isinstance(example, messages.CaseMessage)
        bodies[kind] = example.request_body()
    assert bodies == {
        Kind.ASSESSMENT_REQUEST: STORED[Kind.ASSESSMENT_REQUEST],
        Kind.CONSENT_EVENT: STORED[Kind.CONSENT_EVENT]["event"],
        Kind.CONTRIBUTION: STORED[Kind.CONTRIBUTION]["contribution"],
        Kind.DOCUMENT: None,  # the file's bytes
        Kind.TRIAGE_DECISION: STORED[Kind.TRIAGE_DECISION]["decision"],
        Kind.CASE_NOTE: STORED[Kind.CASE_NOTE]["note"],
        Kind.MEDIATION_STEP: STORED[Kind.MEDIATION_STEP]["step"],
        Kind.DRAFT_PLAN_RESPONSE: STORED[Kind.DRAFT_PLAN_RESPONSE]["response"],
        Kind.REVIEW_VIEWS: STORED[Kind.REVIEW_VIEWS]["views"],
        Kind.DATA_RIGHTS_REQUEST: STORED[Kind.DATA_RIGHTS_REQUEST]["request"],
        Kind.DATA_RIGHTS_UPDATE: STORED[Kind.DATA_RIGHTS_UPDATE]["update"],
    }


def test_a_triage_decision_without_files_sends_no_documents_field() -> None:
    example = EXAMPLES[Kind.TRIAGE_DECISION]
    assert isinstance(example, messages.RecordTriageDecision)
    without = example.model_copy(
        update={"decision": example.decision.model_copy(update={"documents": None})}
    )
    body = without.request_body()
    assert "documents" not in body
    assert list(body) == list(STORED[Kind.TRIAGE_DECISION]["decision"])[:-1]
    read = messages.RecordTriageDecision.from_row(messages.outbox_row(without))
    assert read.request_body() == body


def test_a_message_that_breaks_the_contract_is_caught() -> None:
    """The check can fail: a wrong value, a missing field, an unknown one, a bad key."""
    consent = EXAMPLES[Kind.CONSENT_EVENT]
    assert isinstance(consent, messages.AddConsentEvent)
    wrong_role = consent.model_copy(
        update={"event": consent.event.model_copy(update={"given_by": "grandparent"})}
    )
    assert _contract_problems(wrong_role) == [
        "'grandparent' is not one of ['parent_carer', 'young_person']"
    ]

    request = EXAMPLES[Kind.ASSESSMENT_REQUEST]
    assert isinstance(request, messages.CreateAssessmentRequest)
    too_long = request.model_copy(update={"reference": "2026-123", "answers": {"a": "x" * 5001}})
    assert len(_contract_problems(too_long)) == 2

    triage = EXAMPLES[Kind.TRIAGE_DECISION]
    assert isinstance(triage, messages.RecordTriageDecision)
    unknown_decision = triage.model_copy(
        update={"decision": triage.decision.model_copy(update={"decision": "maybe"})}
    )
    assert len(_contract_problems(unknown_decision)) == 1

    document = EXAMPLES[Kind.DOCUMENT]
    assert isinstance(document, messages.PutDocument)
    bad_path = document.model_copy(update={"case_reference": "bnt/1", "key": "document 1"})
    assert len(_contract_problems(bad_path)) == 2

    extra = dict(STORED[Kind.CONTRIBUTION]["contribution"], mood="happy")
    assert _problems({"$ref": "#/components/schemas/Contribution"}, extra) == [
        "Additional properties are not allowed ('mood' was unexpected)"
    ]


@pytest.mark.parametrize("kind", list(Kind), ids=str)
def test_keys_fit_their_columns(kind: Kind) -> None:
    for column in (OutboxMessage.__table__.c.idempotency_key, OutboxMessage.__table__.c.after_key):
        assert isinstance(column.type, String) and column.type.length == messages.KEY_LENGTH
    example = EXAMPLES[kind]
    assert 8 <= len(example.key) <= messages.KEY_LENGTH
    assert example.after_key is None or len(example.after_key) <= messages.KEY_LENGTH


def test_an_email_key_is_cut_to_fit_and_stays_the_same_for_the_same_event() -> None:
    long_event = "x" * 100
    assert len(messages.email_key(long_event)) == messages.KEY_LENGTH
    assert messages.email_key(long_event) == messages.email_key(long_event)
    assert messages.email_key("request-1") == "email-request-1"


def test_the_keys_and_the_prefixes_the_portal_searches_by() -> None:
    assert messages.request_key("d1") == "assessment-request-d1"
    assert messages.consent_event_key("e1") == "consent-event-e1"
    assert messages.contribution_key("c1") == "contribution-c1"
    assert messages.document_key("f1") == "document-f1"
    assert messages.triage_key("r1", None) == "triage-r1-None"
    assert messages.triage_key("r1", 3) == "triage-r1-3"
    assert messages.mediation_step_key("m1") == "mediation-step-m1"
    assert messages.draft_plan_response_key("r1") == "draft-plan-response-r1"
    assert messages.review_views_key("v1") == "review-views-v1"
    assert messages.data_rights_key("d1") == "rights-request-d1"
    assert messages.data_rights_update_key("u1") == "rights-update-u1"
    assert messages.request_key("d1").startswith(messages.REQUEST_KEY_PREFIX)
    assert messages.contribution_key("c1").startswith(messages.CONTRIBUTION_KEY_PREFIX)
    assert messages.document_key("f1").startswith(messages.DOCUMENT_KEY_PREFIX)


def test_kinds_and_statuses_are_the_strings_stored() -> None:
    assert Kind.ASSESSMENT_REQUEST == "assessment_request.create"
    assert Kind.EMAIL == "email.send"
    assert Kind.SMS == "sms.send"
    assert [str(s) for s in Status] == ["pending", "sending", "delivered", "dead"]
    assert messages.UNSENT == ("pending", "sending")


def test_only_a_message_about_an_existing_case_names_one_whose_copy_goes_stale() -> None:
    changed = {kind: messages.updated_case(messages.outbox_row(EXAMPLES[kind])) for kind in Kind}
    assert changed == {
        Kind.ASSESSMENT_REQUEST: None,  # it creates the case
        Kind.CONSENT_EVENT: REFERENCE,
        Kind.CONTRIBUTION: REFERENCE,
        Kind.DOCUMENT: REFERENCE,
        Kind.TRIAGE_DECISION: REFERENCE,
        Kind.CASE_NOTE: REFERENCE,
        Kind.MEDIATION_STEP: REFERENCE,
        Kind.DRAFT_PLAN_RESPONSE: REFERENCE,
        Kind.REVIEW_VIEWS: REFERENCE,
        Kind.DATA_RIGHTS_REQUEST: None,  # about a person, not one case
        Kind.DATA_RIGHTS_UPDATE: None,
        Kind.EMAIL: None,
        Kind.SMS: None,
    }


def test_a_late_decisions_reason_is_sent_only_when_there_is_one() -> None:
    """An optional field: older messages, without it, still meet the contract."""
    triage = EXAMPLES[Kind.TRIAGE_DECISION]
    assert isinstance(triage, messages.RecordTriageDecision)

    def late(reason: str | None) -> messages.RecordTriageDecision:
        decision = triage.decision.model_copy(update={"decision": "assess", "late_reason": reason})
        return triage.model_copy(update={"decision": decision})

    assert "late_reason" not in late(None).request_body()
    assert _contract_problems(late(None)) == []
    assert late("away").request_body()["late_reason"] == "away"
    assert _contract_problems(late("away")) == []
    assert len(_contract_problems(late("busy"))) == 1
    read = messages.RecordTriageDecision.from_row(messages.outbox_row(late("none")))
    assert read.decision.late_reason == "none"
