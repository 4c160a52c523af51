"""`flask --app portal ...` commands for operators."""

from __future__ import annotations

import datetime as dt

import click
from flask import Flask, current_app
from sqlalchemy import delete

from portal.auth.sessions import remove_expired
from portal.db import utcnow
from portal.models import SpentLogoutToken
from portal.requests import remove_stale_drafts


def register(app: Flask) -> None:
    @app.cli.group()
    def sessions() -> None:
        """Server-side sessions."""

    @sessions.command("purge")
    def purge() -> None:
        """Delete expired sessions and spent logout tokens (run every few minutes)."""
        settings = current_app.extensions["portal_settings"].config.sessions
        ended = remove_expired(current_app, dt.timedelta(minutes=settings.idle_timeout_minutes))
        with current_app.extensions["db_sessionmaker"]() as db:
            spent = db.execute(
                delete(SpentLogoutToken).where(SpentLogoutToken.expires_at < utcnow())
            )
            db.commit()
        click.echo(f"Removed {ended} expired sessions and {spent.rowcount} spent logout tokens.")

    @app.cli.group()
    def retention() -> None:
        """Deleting what the portal no longer needs to keep (app.yaml: retention)."""

    @retention.command("run")
    def run() -> None:
        """Delete drafts nobody has changed for the drafts retention period."""
        removed = remove_stale_drafts(current_app)
        click.echo(f"Deleted {removed} drafts that had not changed within the retention period.")
