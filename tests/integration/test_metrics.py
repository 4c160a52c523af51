"""The platform reads outbox depth, dead letters and open requests from /metrics."""

from __future__ import annotations

from pathlib import Path

from flask.testing import FlaskClient
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import build_app, make_settings, migrate, sign_in
from tests.support.requests import submitted


def test_metrics_need_the_token_and_count_what_waits(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'metrics.db'}"
    migrate(url)
    app = build_app(make_settings(tmp_path, url, METRICS_TOKEN="s3cret-metrics-token"))
    family: FlaskClient = app.test_client()
    sign_in(family)
    submitted(family)
    platform = app.test_client()
    assert platform.get("/metrics").status_code == 404
    assert platform.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 404
    answer = platform.get("/metrics", headers={"Authorization": "Bearer s3cret-metrics-token"})
    assert answer.mimetype == "text/plain"
    samples = {
        (sample.name, tuple(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(answer.get_data(as_text=True))
        for sample in family.samples
    }
    waiting = samples[("portal_outbox_messages", (("status", "pending"),))]
    assert waiting == 5, "the request, its consent and the family's email"
    assert samples[("portal_requests", (("state", "open"),))] == 1
    assert samples[("portal_requests", (("state", "overdue"),))] == 0
    assert samples[("portal_outbox_oldest_waiting_seconds", ())] >= 0
    app.extensions["db_engine"].dispose()


def test_without_a_token_there_is_no_metrics_page(client: FlaskClient) -> None:
    assert client.get("/metrics", headers={"Authorization": "Bearer "}).status_code == 404
