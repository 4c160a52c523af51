"""Special category data is encrypted at rest, and keys can be rotated."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import create_engine, select, text

from portal.models.base import Base, EncryptedJSON
from portal.ops.key_rotation import ENCRYPTED_COLUMNS
from portal.platform.crypto import new_key
from tests.conftest import build_app, downgrade, make_settings, migrate, sign_in
from tests.support.files import PDF
from tests.support.pages import hidden, page, post
from tests.support.queue import rows
from tests.support.requests import fill, start, submitted, upload
from tests.support.staff import act


def raw_values(url: str) -> str:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = [
            str(value)
            for table, _key, column in ENCRYPTED_COLUMNS
            for (value,) in connection.execute(text(f"SELECT {column} FROM {table}"))  # noqa: S608
        ]
    engine.dispose()
    return "\n".join(found)


def submit_request(app: Flask) -> str:
    client = app.test_client()
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    upload(client, draft, PDF, "report.pdf")
    post(client, f"/account/request/{draft}/check", {})
    return draft


def test_the_rows_hold_no_plain_answers(app: Flask, tmp_path: Path) -> None:
    submit_request(app)
    url = str(app.extensions["db_engine"].url)
    stored = raw_values(url)
    assert stored.count("gAAAAA") >= 3, "drafts, requests and the outbox are encrypted"
    for plain in ("Finds reading very hard", "Zoë", "Oak Primary", "anna@example.org"):
        assert plain not in stored


# A caseworker's and a data protection officer's own words about a family's health.
EXCEPTION = "Mother in hospital after a stroke; the family cannot meet us until March"
EXTENDED = "Waiting for the paediatrician's letter about the autism diagnosis"
ANSWERED = "We corrected the diagnosis: ADHD, not dyslexia"


def staff_reasons(app: Flask) -> tuple[str, str]:
    """A family sends a request and asks for a correction; a caseworker moves the
    decision date for exceptional personal circumstances, and extends then answers the
    correction. Returns the request's reference and the correction's page."""
    family = app.test_client()
    sign_in(family)
    reference = submitted(family)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    moved = act(
        staff,
        reference,
        "exception",
        {"kind": "personal_circumstances", "days": "30", "reason": EXCEPTION},
    )
    assert moved.status_code == 302, page(moved).get_text(" ")
    asked = post(
        family,
        "/account/your-data/rights/child.date_of_birth",
        {"right": "rectification", "details": "Wrong diagnosis", "correction": "ADHD"},
    )
    assert asked.status_code == 302
    request_id = asked.headers["Location"].rsplit("/", 1)[-1]
    path = f"/caseworker/data-rights/{request_id}"
    for action, prefix, reason in (("extend", "extend", EXTENDED), ("done", "close", ANSWERED)):
        csrf = hidden(staff.get(path))["close-csrf_token"]
        answered = staff.post(
            f"{path}/{action}", data={f"{prefix}-csrf_token": csrf, f"{prefix}-reason": reason}
        )
        assert answered.status_code == 302
    return reference, f"/account/your-data/requests/{request_id}"


def stored_reasons(url: str) -> list[str]:
    """The two tables' reasons as the database holds them."""
    engine = create_engine(url)
    with engine.connect() as connection:
        found = [
            *connection.scalars(text("SELECT reason FROM deadline_exceptions")),
            *connection.scalars(text("SELECT reason FROM data_rights_updates ORDER BY made_at")),
        ]
    engine.dispose()
    return found


def reasons_read_back(app: Flask, family_page: str) -> tuple[list[str], str]:
    """The exception's reason as the portal reads it, and the family's page about their
    correction, which shows the council's answers."""
    with app.app_context():
        from portal.models import DeadlineException
        from portal.platform import db

        exceptions = list(db.session().scalars(select(DeadlineException.reason)))
    family = app.test_client()
    sign_in(family)
    shown = " ".join(page(family.get(family_page)).get_text(" ", strip=True).split())
    return exceptions, shown


def test_staff_reasons_about_a_familys_circumstances_are_encrypted(db_app: Flask) -> None:
    _reference, family_page = staff_reasons(db_app)
    stored = stored_reasons(str(db_app.extensions["db_engine"].url))
    assert len(stored) == 3
    for value in stored:
        assert value.startswith("gAAAAA"), "stored encrypted"
    for words in ("stroke", "paediatrician", "diagnosis", "ADHD"):
        assert words not in "\n".join(stored)
    exceptions, shown = reasons_read_back(db_app, family_page)
    assert exceptions == [EXCEPTION]
    assert EXTENDED in shown and ANSWERED in shown


def test_reasons_kept_before_they_were_encrypted_read_the_same_after(
    db_app: Flask, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 0028 encrypts the reasons already stored, with the data keys the portal
    reads them with; going back to 0027 leaves them in clear as they were."""
    _reference, family_page = staff_reasons(db_app)
    db_app.extensions["db_engine"].dispose()
    monkeypatch.setenv("PORTAL_INSTANCE_PATH", str(tmp_path))
    downgrade(database_url, "0027")
    assert stored_reasons(database_url) == [EXCEPTION, EXTENDED, ANSWERED]
    migrate(database_url)
    assert all(value.startswith("gAAAAA") for value in stored_reasons(database_url))
    exceptions, shown = reasons_read_back(db_app, family_page)
    assert exceptions == [EXCEPTION]
    assert EXTENDED in shown and ANSWERED in shown


def test_every_encrypted_column_is_rotated() -> None:
    in_models = {
        (table.name, column.name)
        for table in Base.metadata.tables.values()
        for column in table.columns
        if isinstance(column.type, EncryptedJSON)
    }
    assert in_models == {(table, column) for table, _key, column in ENCRYPTED_COLUMNS}


def test_rotating_keys_keeps_everything_readable(tmp_path: Path) -> None:
    old, new = new_key(), new_key()
    url = f"sqlite:///{tmp_path / 'rotate.db'}"
    migrate(url)
    before = build_app(make_settings(tmp_path, url, PORTAL_DATA_KEYS=old))
    draft = submit_request(before)
    with before.app_context():
        from portal.models import AssessmentRequest, ConsentEvent
        from portal.platform import db

        sent = db.session().scalars(select(AssessmentRequest)).one()
        first = db.session().scalars(select(ConsentEvent)).first()
        db.session().add(
            ConsentEvent(
                case_reference=sent.reference,
                account_id=sent.account_id,
                given_by="young_person",
                choice="named_exclusions",
                given=True,
                detail="My uncle Bob",
                wording_version=first.wording_version,
                wording_sha256=first.wording_sha256,
                language="en",
            )
        )
        db.session().commit()

    both = build_app(make_settings(tmp_path, url, PORTAL_DATA_KEYS=f"{new},{old}"))
    result = both.test_cli_runner().invoke(args=["data-keys", "rotate"])
    assert result.exit_code == 0, result.output
    assert "Re-encrypted" in result.output and "and 1 files" in result.output

    after = build_app(make_settings(tmp_path, url, PORTAL_DATA_KEYS=new))
    client = after.test_client()
    sign_in(client)
    check = client.get(f"/account/request/{draft}/submitted")
    assert check.status_code == 200
    documents = client.get(f"/account/request/{draft}/check")
    assert documents.status_code in (200, 302)
    with after.app_context():
        from portal.models import Document
        from portal.platform.files import read

        assert (
            db.session().scalars(select(AssessmentRequest)).one().answers["child.first_name"]
            == "Zoë"
        )
        assert read(db.session().scalars(select(Document)).one().storage_key) == PDF
        details = db.session().scalars(select(ConsentEvent.detail)).all()
        assert "My uncle Bob" in details, "consent events are re-encrypted, never rewritten"


@pytest.mark.parametrize("term", ["EN5+4AB", "en5"])
def test_searching_by_postcode_survives_a_new_key_and_rotation(tmp_path: Path, term: str) -> None:
    """The postcode's blind indexes, of the whole and of its first part, are made with the
    data keys: a request indexed under the old key is found while both are configured, and
    after rotation under the new one."""
    old, new = new_key(), new_key()
    url = f"sqlite:///{tmp_path / 'rotate.db'}"
    migrate(url)
    submit_request(build_app(make_settings(tmp_path, url, PORTAL_DATA_KEYS=old)))

    def found(keys: str) -> list[str]:
        app = build_app(make_settings(tmp_path, url, PORTAL_DATA_KEYS=keys))
        staff = app.test_client()
        sign_in(staff, "staff", "caseworker@council.example")
        return rows(page(staff.get(f"/caseworker/queue?q={term}")))

    assert len(found(old)) == 1
    assert found(new) == [], "indexed under the old key alone"
    assert found(f"{new},{old}") == found(old), "found under the old key's index"
    both = build_app(make_settings(tmp_path, url, PORTAL_DATA_KEYS=f"{new},{old}"))
    assert both.test_cli_runner().invoke(args=["data-keys", "rotate"]).exit_code == 0
    assert len(found(new)) == 1, "re-indexed under the new key"


@pytest.mark.parametrize(
    ("before", "column"),
    [("0017", "child_postcode_index"), ("0033", "child_postcode_outward_index")],
)
def test_the_migration_indexes_postcodes_already_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, before: str, column: str
) -> None:
    """Each blind index's migration indexes the requests stored before it (from the
    newest down to before the oldest, and up again, the older one among them)."""
    key = new_key()
    url = f"sqlite:///{tmp_path / 'before.db'}"
    migrate(url)
    app = build_app(make_settings(tmp_path, url, PORTAL_DATA_KEYS=key))
    submit_request(app)

    def stored() -> object:
        engine = create_engine(url)
        with engine.connect() as connection:
            found = connection.execute(
                text(f"SELECT {column} FROM assessment_requests")  # noqa: S608
            ).scalar_one()
        engine.dispose()
        return found

    indexed = stored()
    assert indexed
    downgrade(url, before)
    monkeypatch.setenv("PORTAL_DATA_KEYS", key)
    monkeypatch.setenv("PORTAL_INSTANCE_PATH", str(tmp_path))
    migrate(url)
    assert stored() == indexed
