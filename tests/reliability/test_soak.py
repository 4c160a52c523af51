"""The soak (bench/soak.py, `make soak`) in miniature, so that it keeps working: a few
families through two app processes and two outbox workers, no error, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import soak
from tests.conftest import POSTGRES_URL


def test_a_small_soak_answers_every_page_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(soak, "FAMILIES", 3)
    monkeypatch.setattr(soak, "SECONDS", 4.0)
    monkeypatch.setattr(soak, "THINK", (0.05, 0.2))
    monkeypatch.setattr(soak, "BASELINE", 1)
    result = soak.run(tmp_path, POSTGRES_URL)
    assert result["server_errors"] == 0 and result["failures"] == []
    assert set(result["statuses"]) <= {"200", "302"}
    assert result["requests_sent"] >= 2  # the warm-up journey and the unloaded one
    assert result["nothing_lost"], result["checks"]
    timed = {page["kind"]: page["responses"] for page in result["pages"]}
    assert timed["question page"] and timed["answer (POST)"], timed
    assert all(page["unloaded_median_ms"] > 0 for page in result["pages"])
