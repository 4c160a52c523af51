"""`flask --app portal.app ...` commands for operators."""

from __future__ import annotations

import threading

import click
from alembic import command
from alembic.config import Config
from flask import Flask, current_app
from sqlalchemy import delete

from portal.auth.sessions import remove_expired
from portal.case_api import outbox
from portal.case_api.setup import case_api_client
from portal.case_api.verify import bearer_token, schemathesis_missing, verify
from portal.models import SpentLogoutToken
from portal.models.base import utcnow
from portal.ops.key_rotation import rotate_all
from portal.ops.retention import run as retention_run
from portal.platform import db, extensions
from portal.platform.crypto import new_key
from portal.platform.db import session_factory
from portal.platform.settings import project_path


def register(app: Flask) -> None:
    """Add every command group to `flask --app portal.app`."""
    _register_database(app)
    _register_sessions(app)
    _register_outbox(app)
    _register_case_api(app)
    _register_data_keys(app)
    _register_retention(app)


def _register_database(app: Flask) -> None:
    @app.cli.group("db")
    def db_group() -> None:
        """The database's tables."""

    @db_group.command("upgrade")
    def db_upgrade() -> None:
        """Bring the tables up to date (`alembic upgrade head`), from a checkout or the
        installed wheel, which carries the migrations (run it before a new version starts)."""
        config = Config(str(project_path("alembic.ini")))
        with db.engine().begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        click.echo("The database is up to date.")


def _register_sessions(app: Flask) -> None:
    @app.cli.group()
    def sessions() -> None:
        """Server-side sessions."""

    @sessions.command("purge")
    def purge() -> None:
        """Delete expired sessions and spent logout tokens (run every few minutes)."""
        settings = extensions.settings().config.sessions
        ended = remove_expired(current_app, settings.idle_timeout)
        with session_factory()() as db:
            spent = db.execute(
                delete(SpentLogoutToken).where(SpentLogoutToken.expires_at < utcnow())
            )
            db.commit()
        click.echo(f"Removed {ended} expired sessions and {spent.rowcount} spent logout tokens.")


def _register_outbox(app: Flask) -> None:
    @app.cli.group("outbox")
    def outbox_group() -> None:
        """Delivering messages to the case system."""

    @outbox_group.command("run")
    @click.option("--once", is_flag=True, help="Deliver what is due now, then stop.")
    def outbox_run(once: bool) -> None:
        """Deliver due messages; without --once, keep going until stopped."""
        app = current_app._get_current_object()  # type: ignore[attr-defined]
        if once:
            click.echo(f"Tried {outbox.run_once(app)} messages.")
            return
        stop = threading.Event()
        click.echo("Delivering outbox messages. Press Ctrl+C to stop.")
        try:
            outbox.run(app, stop)
        except KeyboardInterrupt:
            stop.set()

    @outbox_group.command("retry")
    @click.argument("message_id")
    def outbox_retry(message_id: str) -> None:
        """Put a dead letter back in the queue."""
        app = current_app._get_current_object()  # type: ignore[attr-defined]
        click.echo(
            "Queued again." if outbox.retry_dead(app, message_id) else "No such dead letter."
        )


def _register_case_api(app: Flask) -> None:
    @app.cli.group("case-api")
    def case_api_group() -> None:
        """The case system API contract."""

    @case_api_group.command("verify")
    @click.argument("url", required=False)
    @click.option("--token-url", help="Where to get a token (default: the portal's setting).")
    @click.option("--client-id", help="Client id (default: the portal's setting).")
    @click.option("--max-examples", default=25, show_default=True)
    def case_api_verify(
        url: str | None, token_url: str | None, client_id: str | None, max_examples: int
    ) -> None:
        """Check an implementation at URL (default: the portal's case system) against
        openapi.yaml. The client secret comes from CASE_API_CLIENT_SECRET. Needs the
        `verify` extra (schemathesis)."""

        if schemathesis_missing():
            raise click.ClickException(
                "schemathesis is not installed: install the portal with its verify extra "
                "(pip install 'send-family-portal[verify]')"
            )

        config = case_api_client().config
        secret = extensions.settings().case_api_client_secret or config.client_secret
        token = bearer_token(token_url or config.token_url, client_id or config.client_id, secret)
        result = verify(url or config.base_url, token, max_examples)
        click.echo(result.stdout[-6000:])
        if result.returncode:
            click.echo(result.stderr[-2000:], err=True)
            raise SystemExit(result.returncode)


def _register_data_keys(app: Flask) -> None:
    @app.cli.group("data-keys")
    def data_keys() -> None:
        """Keys that encrypt special category data at rest."""

    @data_keys.command("new")
    def data_keys_new() -> None:
        """Print a new key to put first in PORTAL_DATA_KEYS."""
        click.echo(new_key())

    @data_keys.command("rotate")
    def data_keys_rotate() -> None:
        """Re-encrypt everything with the first key in PORTAL_DATA_KEYS."""
        rows, files = rotate_all(current_app._get_current_object())  # type: ignore[attr-defined]
        click.echo(f"Re-encrypted {rows} values and {files} files with the first key.")


def _register_retention(app: Flask) -> None:
    @app.cli.group()
    def retention() -> None:
        """Deleting what the portal no longer needs to keep (app.yaml: retention)."""

    @retention.command("run")
    def run() -> None:
        """Delete what app.yaml's retention periods say the portal no longer keeps."""
        removed = retention_run(current_app._get_current_object())  # type: ignore[attr-defined]
        for what, count in removed.items():
            click.echo(f"Deleted {count} {what}.")
