"""The contract's `format: date-time` is checked, not only described: jsonschema checks it
with rfc3339-validator, which the `format-nongpl` extra in pyproject.toml brings."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from portal.case_api import contract
from portal.case_api.bodies import DocumentReference


def request(submitted_at: str) -> dict[str, object]:
    return {
        "reference": "BNT-2026-000001",
        "submitted_at": submitted_at,
        "requester_role": "parent_carer",
        "language": "en",
        "answers": {},
        "documents": [],
    }


def test_a_date_time_in_rfc_3339_is_accepted() -> None:
    assert contract.problems("AssessmentRequest", request("2026-11-29T10:00:00+00:00")) == []


def test_a_date_time_that_is_not_rfc_3339_is_refused_by_the_field() -> None:
    for wrong in ("29/11/2026 10:00", "2026-11-29", "2026-11-29T10:00:00", "yesterday"):
        found = contract.problems("AssessmentRequest", request(wrong))
        assert [problem["field"] for problem in found] == ["submitted_at"], wrong
        assert "date-time" in found[0]["message"]


def test_a_message_to_the_case_system_that_does_not_fit_names_the_field_not_the_value() -> None:
    with pytest.raises(ValidationError) as refused:
        DocumentReference.model_validate({"id": "1", "surprise": "Amara Okafor"})
    assert "surprise" in str(refused.value)
    assert "Amara" not in str(refused.value)
