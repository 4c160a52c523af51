"""The reference case system keeps the contract's rules: tokens, idempotency, problems."""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import requests
from werkzeug.serving import make_server

from devtools.reference_case_system import demo, idempotency
from devtools.reference_case_system.app import create_reference_app
from portal.platform import deadlines

SECRET = "reference-test-secret"


@pytest.fixture(scope="module")
def system(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object]]:
    folder: Path = tmp_path_factory.mktemp("case-system")
    app = create_reference_app(f"sqlite:///{folder / 'cs.db'}", {"portal": SECRET})
    with app.extensions["case_system"]["sessions"]() as session:
        demo.seed(session)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", app
    server.shutdown()


@pytest.fixture(scope="module")
def token(system: tuple[str, object]) -> str:
    base, _app = system
    response = requests.post(
        f"{base}/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=("portal", SECRET),
        timeout=5,
    )
    assert response.status_code == 200 and response.json()["token_type"] == "Bearer"
    return response.json()["access_token"]


def body(reference: str) -> dict:  # type: ignore[type-arg]
    return {
        "reference": reference,
        "submitted_at": "2026-11-29T10:00:00+00:00",
        "requester_role": "parent_carer",
        "language": "en",
        "answers": {"child.first_name": "Zoë"},
        "documents": [],
    }


def write(base: str, token: str, key: str, document: dict) -> requests.Response:  # type: ignore[type-arg]
    return requests.post(
        f"{base}/v1/assessment-requests",
        data=json.dumps(document),
        headers={
            "Authorization": f"Bearer {token}",
            "Idempotency-Key": key,
            "Content-Type": "application/json",
        },
        timeout=10,
    )


def test_a_token_is_needed_and_a_wrong_secret_gets_none(system: tuple[str, object]) -> None:
    base, _app = system
    refused = requests.get(f"{base}/v1/cases/{demo.FINAL}", timeout=5)
    assert refused.status_code == 401
    assert refused.headers["Content-Type"] == "application/problem+json"
    wrong = requests.post(
        f"{base}/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=("portal", "guess"),
        timeout=5,
    )
    assert wrong.status_code == 401 and wrong.json()["error"] == "invalid_client"


def test_the_same_key_and_body_return_the_first_result(
    system: tuple[str, object], token: str
) -> None:
    base, _app = system
    key = uuid.uuid4().hex
    first = write(base, token, key, body("BNT-2026-400001"))
    again = write(base, token, key, body("BNT-2026-400001"))
    assert first.status_code == again.status_code == 201
    assert (
        first.json() == again.json() == {"case_reference": "BNT-2026-400001", "status": "received"}
    )


def test_the_same_key_with_another_body_is_refused(system: tuple[str, object], token: str) -> None:
    base, _app = system
    key = uuid.uuid4().hex
    assert write(base, token, key, body("BNT-2026-400002")).status_code == 201
    other = write(base, token, key, body("BNT-2026-400003"))
    assert other.status_code == 422
    assert "different body" in other.json()["detail"]


def test_a_repeat_while_the_first_is_in_flight_gets_409(
    system: tuple[str, object], token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The slow fault holds the first write, its key claimed, until the repeat has had its
    answer: the test waits for the claim and releases the write, never racing a clock."""
    base, app = system
    claimed, release = threading.Event(), threading.Event()

    def hold(seconds: float) -> None:
        if seconds:  # only the slow fault's pause, after the key is claimed
            claimed.set()
            release.wait(timeout=30)

    monkeypatch.setattr(idempotency, "time", SimpleNamespace(sleep=hold))
    app.extensions["case_system"]["faults"].add("slow", seconds=1.5)
    key = uuid.uuid4().hex
    results: list[int] = []
    first = threading.Thread(
        target=lambda: results.append(write(base, token, key, body("BNT-2026-400004")).status_code)
    )
    first.start()
    try:
        assert claimed.wait(timeout=10), "the first write never claimed its key"
        assert write(base, token, key, body("BNT-2026-400004")).status_code == 409
    finally:
        release.set()
        first.join(timeout=10)
    assert results == [201]


def test_a_body_that_breaks_the_contract_is_refused_field_by_field(
    system: tuple[str, object], token: str
) -> None:
    base, _app = system
    document = {**body("BNT-2026-400005"), "requester_role": "neighbour"}
    del document["language"]
    refused = write(base, token, uuid.uuid4().hex, document)
    assert refused.status_code == 422
    assert refused.headers["Content-Type"] == "application/problem+json"
    fields = {error["field"] for error in refused.json()["errors"]}
    assert fields == {"requester_role", "(body)"}


def test_a_write_without_a_key_is_refused(system: tuple[str, object], token: str) -> None:
    base, _app = system
    response = requests.post(
        f"{base}/v1/assessment-requests",
        json=body("BNT-2026-400006"),
        headers={"Authorization": f"Bearer {token}"},
        timeout=5,
    )
    assert response.status_code == 400


def test_plans_have_every_section_status_and_dates(system: tuple[str, object], token: str) -> None:
    base, _app = system
    headers = {"Authorization": f"Bearer {token}"}
    final = requests.get(f"{base}/v1/cases/{demo.FINAL}/plan", headers=headers, timeout=5).json()
    assert [s["letter"] for s in final["sections"]] == [
        "A",
        "B",
        "C",
        "D",
        "E",
        "F",
        "G",
        "H1",
        "H2",
        "I",
        "J",
        "K",
    ]
    assert (final["status"], final["issued_on"], final["next_review_due"]) == (
        "final",
        "2025-07-21",
        "2027-07-08",
    )
    draft = requests.get(f"{base}/v1/cases/{demo.DRAFT}/plan", headers=headers, timeout=5).json()
    assert draft["status"] == "draft"
    assert draft["issued_on"] == (deadlines.council_today() - dt.timedelta(days=4)).isoformat()
    missing = requests.get(f"{base}/v1/cases/BNT-2026-999999/plan", headers=headers, timeout=5)
    assert missing.status_code == 404
    assert missing.headers["Content-Type"] == "application/problem+json"


def test_reviews_say_when_they_are_due_and_what_was_decided(
    system: tuple[str, object], token: str
) -> None:
    from portal.case_api.contract import problems

    base, _app = system
    headers = {"Authorization": f"Bearer {token}"}

    def review(reference: str) -> requests.Response:
        return requests.get(f"{base}/v1/cases/{reference}/review", headers=headers, timeout=5)

    past, upcoming = review(demo.FINAL).json(), review(demo.REVIEW).json()
    assert problems("Review", past) == [] and problems("Review", upcoming) == []
    assert past["decision"]["outcome"] == "amend"
    assert past["decision"]["phase_transfer"] == "school"
    assert upcoming["decision"] is None
    assert upcoming["meeting_on"] == demo.review_meeting_on().isoformat()
    assert review(demo.DRAFT).status_code == 404, "a draft plan has no review"


def test_a_second_process_starting_the_embedded_case_system_keeps_its_secret(
    tmp_path: Path,
) -> None:
    """`flask --app portal.app <anything>` beside `make run` used to write a new client secret
    into instance/, and the running portal's deliveries then all failed."""
    from devtools import case_system as embedded

    running_url, running_secret, _ = embedded._start(tmp_path, "send-portal")
    _, other_secret, _ = embedded._start(tmp_path, "send-portal")
    assert other_secret == running_secret
    token = requests.post(
        f"{running_url}/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=("send-portal", running_secret),
        timeout=5,
    )
    assert token.status_code == 200
    assert (tmp_path / "case_system_secret").stat().st_mode & 0o077 == 0


def test_a_data_rights_request_is_kept_once_and_updates_need_it(
    system: tuple[str, object], token: str
) -> None:
    base, _app = system
    request_id = uuid.uuid4().hex
    asked = {
        "id": request_id,
        "reference": f"DR-{request_id[:8].upper()}",
        "right": "erasure",
        "item": "feedback.contact_phone",
        "item_label": "Phone number",
        "lawful_basis": ["consent"],
        "details": "I no longer want to be contacted",
        "correction": None,
        "case_references": [],
        "requested_by": "f" * 32,
        "contact_email": None,
        "language": "pl",
        "received_at": "2026-11-29T10:00:00+00:00",
        "due_on": "2026-12-29",
    }

    def send(path: str, document: dict) -> requests.Response:  # type: ignore[type-arg]
        return requests.post(
            f"{base}/v1{path}",
            json=document,
            headers={"Authorization": f"Bearer {token}", "Idempotency-Key": uuid.uuid4().hex},
            timeout=5,
        )

    first, again = send("/data-rights-requests", asked), send("/data-rights-requests", asked)
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json(), "one request, however many keys it came with"
    update = {
        "id": uuid.uuid4().hex,
        "status": "done",
        "reason": "Erased",
        "due_on": "2026-12-29",
        "made_by": "e" * 32,
        "made_at": "2026-12-01T10:00:00+00:00",
    }
    assert send(f"/data-rights-requests/{request_id}/updates", update).status_code == 201
    unknown = send(f"/data-rights-requests/{uuid.uuid4().hex}/updates", update)
    assert unknown.status_code == 404
    wrong = send("/data-rights-requests", {**asked, "right": "portability"})
    assert wrong.status_code == 422


def test_the_demo_plan_of_amaras_brother_speaks_of_him(
    system: tuple[str, object], token: str
) -> None:
    """Tobi's plan is written from his sister's: it names him, and calls him he, not she."""
    base, _app = system
    headers = {"Authorization": f"Bearer {token}"}
    plan = requests.get(f"{base}/v1/cases/{demo.REVIEW}/plan", headers=headers, timeout=5).json()
    text = " ".join(section["content"] for section in plan["sections"])
    assert "Tobi" in text and "Amara" not in text
    assert not {"She", "she", "her"} & set(text.replace(".", " ").split()), text


@pytest.mark.parametrize(
    ("today", "meeting"),
    [
        (dt.date(2026, 12, 4), dt.date(2027, 1, 4)),  # 25 December, then a weekend
        (dt.date(2026, 11, 27), dt.date(2026, 12, 18)),
        (dt.date(2027, 3, 6), dt.date(2027, 3, 29)),  # a Saturday, so the Monday after
    ],
)
def test_the_demo_review_meeting_is_on_a_school_day(
    monkeypatch: pytest.MonkeyPatch, today: dt.date, meeting: dt.date
) -> None:
    """A walker found Tobi's review meeting, 3 weeks from the day, on Christmas Day."""
    monkeypatch.setattr(deadlines, "council_today", lambda: today)
    assert demo.review_meeting_on() == meeting


def test_a_late_decisions_reason_is_kept_and_a_decision_without_one_still_is(
    system: tuple[str, object], token: str
) -> None:
    """Why a decision was late is optional: older messages, without it, are still taken;
    a reason the law does not name is refused."""
    base, _app = system
    reference = "BNT-2026-400020"
    assert write(base, token, uuid.uuid4().hex, body(reference)).status_code == 201
    decision = {
        "decision": "assess",
        "reason": None,
        "decided_by": "caseworker",
        "decided_at": "2026-11-29T10:00:00+00:00",
        "decision_date": "2026-11-28",
        "assigned_to": None,
        "duplicate_of": None,
    }

    def decide(document: dict) -> requests.Response:  # type: ignore[type-arg]
        return requests.post(
            f"{base}/v1/cases/{reference}/triage-decisions",
            data=json.dumps(document),
            headers={
                "Authorization": f"Bearer {token}",
                "Idempotency-Key": uuid.uuid4().hex,
                "Content-Type": "application/json",
            },
            timeout=10,
        )

    refused = decide({**decision, "late_reason": "busy"})
    assert refused.status_code == 422
    assert {error["field"] for error in refused.json()["errors"]} == {"late_reason"}
    assert decide(decision).status_code == 201
    assert decide({**decision, "late_reason": "personal_circumstances"}).status_code == 201
