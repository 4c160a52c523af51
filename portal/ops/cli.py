"""`flask --app portal.app ...` commands for operators."""

from __future__ import annotations

import threading

import click
from flask import Flask, current_app
from sqlalchemy import delete

from portal.auth.sessions import remove_expired
from portal.case_api import outbox
from portal.case_api.setup import case_api_client
from portal.draft_plans import service as draft_plans
from portal.models import SpentLogoutToken
from portal.models.base import utcnow
from portal.ops.key_rotation import rotate_all
from portal.ops.retention import run as retention_run
from portal.platform import db, deadlines, extensions
from portal.platform.crypto import new_key
from portal.platform.db import rows_changed, session_factory
from portal.platform.settings import project_path
from portal.reviews import service as reviews


def register(app: Flask) -> None:
    """Add every command group to `flask --app portal.app`."""
    _register_database(app)
    _register_sessions(app)
    _register_outbox(app)
    _register_case_api(app)
    _register_data_keys(app)
    _register_retention(app)
    _register_draft_plans(app)
    _register_reviews(app)
    _register_families(app)


def _register_database(app: Flask) -> None:
    @app.cli.group("db")
    def db_group() -> None:
        """The database's tables."""

    @db_group.command("upgrade")
    def db_upgrade() -> None:
        """Bring the tables up to date (`alembic upgrade head`), from a checkout or the
        installed wheel, which carries the migrations (run it before a new version starts)."""
        # Loaded where it is used, not at the top: a web worker never migrates, and
        # alembic (with mako and pygments) is about 10 MB of each worker's memory.
        # Optional: in a web worker.
        from alembic import command

        # Optional: as above.
        from alembic.config import Config

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
        with session_factory()() as session:
            spent = rows_changed(
                session, delete(SpentLogoutToken).where(SpentLogoutToken.expires_at < utcnow())
            )
            session.commit()
        click.echo(f"Removed {ended} expired sessions and {spent} spent logout tokens.")


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
        # Optional: loaded where it is used: a web worker needs no jsonschema.
        from portal.case_api.verify import bearer_token, schemathesis_missing, verify

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


def _register_draft_plans(app: Flask) -> None:
    @app.cli.group("draft-plans")
    def draft_plans_group() -> None:
        """Families' 15 days to respond to a draft EHC plan."""

    @draft_plans_group.command("remind")
    def draft_plans_remind() -> None:
        """Email families who have not responded, 5 days before their 15 days end (run
        daily; each family is reminded once per draft)."""
        app = current_app._get_current_object()  # type: ignore[attr-defined]
        queued = draft_plans.send_reminders(app, deadlines.council_today())
        click.echo(f"Queued {queued} reminders.")

    @draft_plans_group.command("tell")
    def draft_plans_tell() -> None:
        """Tell families their draft EHC plan is ready, with its last day (run daily; each
        family is told once per draft, while its 15 days last)."""
        app = current_app._get_current_object()  # type: ignore[attr-defined]
        queued = draft_plans.tell_of_drafts(app, deadlines.council_today())
        click.echo(f"Told {queued} families of a draft plan.")


def _register_reviews(app: Flask) -> None:
    @app.cli.group("reviews")
    def reviews_group() -> None:
        """Annual reviews of EHC plans."""

    @reviews_group.command("tell")
    def reviews_tell() -> None:
        """Tell families when their review meeting has been set (run daily; each family
        is told once per meeting date)."""
        app = current_app._get_current_object()  # type: ignore[attr-defined]
        queued = reviews.tell_of_meetings(app, deadlines.council_today())
        click.echo(f"Told {queued} families of a review meeting.")


def _register_families(app: Flask) -> None:
    @app.cli.group("families")
    def families_group() -> None:
        """What families are told by the way they chose."""

    @families_group.command("tell")
    def families_tell() -> None:
        """Run daily: tell families of a new draft plan, remind them before its 15 days
        end, and tell them of a review meeting; each once."""
        app = current_app._get_current_object()  # type: ignore[attr-defined]
        today = deadlines.council_today()
        click.echo(f"Told {draft_plans.tell_of_drafts(app, today)} families of a draft plan.")
        click.echo(f"Queued {draft_plans.send_reminders(app, today)} reminders.")
        click.echo(f"Told {reviews.tell_of_meetings(app, today)} families of a review meeting.")
