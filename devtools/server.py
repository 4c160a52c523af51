"""`make run`: serves the portal on this machine with its embedded development parts."""

from __future__ import annotations

import argparse
import sys

from flask import Flask
from pydantic import HttpUrl
from werkzeug.serving import run_simple

from devtools import demo, demo_feedback, demo_requests
from devtools import identity as embedded
from devtools.settings import ServerSettings
from portal.app import create_app
from portal.case_api import outbox
from portal.platform.settings import Settings, SettingsError, load_settings


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the SEND family portal locally.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=ServerSettings().port)
    args = parser.parse_args()
    try:
        settings = served_settings(load_settings(), args.host, args.port)
    except SettingsError as exc:
        sys.exit(str(exc))
    if settings.production:
        sys.exit("make run is for development: unset PORTAL_ENV=production.")
    app = create_app(settings)
    if settings.config.identity_providers.families.embedded:
        seed(app)
    outbox.start_thread(app)
    council = settings.config.council.short_name
    lines = [
        f"The SEND family portal for {council} is running.",
        f"Open http://{args.host}:{args.port}/ in your browser.",
    ]
    if settings.config.identity_providers.families.embedded:
        people = embedded.PEOPLE
        lines += [
            "Signing in opens a test sign-in page: choose one of the example people.",
            f"  Families: {people['parent']} or {people['young_person']}"
            f" (http://{args.host}:{args.port}/account/); {people['young_person']} has sent a"
            f" request for themselves; {people['second_parent']} has a"
            " draft plan to respond to; a decision to challenge: not to issue a plan"
            f" ({people['parent']}), to stop a plan ({people['young_adult']});"
            f" {people['young_student']} has an annual review of their own plan coming up",
            f"  Staff: {people['caseworker']} or {people['manager']}"
            f" (http://{args.host}:{args.port}/caseworker/)",
            f"  The caseworkers' queue has example requests in each tray"
            f" (http://{args.host}:{args.port}/caseworker/queue): new (one a young person's"
            f" own, from {people['young_person']}), assigned to"
            f" {demo_requests.CASEWORKER[1]}, overdue, due this week (a young person's own),"
            " waiting for the family, and decided; to answer as the family waiting, type"
            f" {demo_requests.WAITING_FAMILY} on the test sign-in page",
            f"  The feedback report has example responses, in English and in Persian"
            f" (http://{args.host}:{args.port}/feedback/reports, as {people['manager']})",
        ]
    lines.append("Requests are delivered to the reference case system in the background.")
    lines.append(
        f"Emails go to the development mailbox: http://{args.host}:{args.port}/dev/mailbox"
    )
    lines.append("Press Ctrl+C to stop.")
    print("\n" + "\n".join(f"  {line}" for line in lines) + "\n", flush=True)
    run_simple(args.host, args.port, app, threaded=True, use_reloader=False)


def seed(app: Flask) -> None:
    """The example people's cases, requests and feedback, as each start seeds them."""
    demo.seed(app)
    try:
        demo_requests.seed(app)
    except demo_requests.NotAccepted as problem:  # a council's own questions or rules
        print(f"The caseworkers' example requests were not made: {problem}", file=sys.stderr)
    demo_feedback.seed(app)


def served_settings(settings: Settings, host: str, port: int) -> Settings:
    """The settings as served here: the embedded parts on fixed ports beside the portal's,
    unless the environment names them (PORTAL_EMBEDDED_IDP_PORT,
    PORTAL_EMBEDDED_CASE_SYSTEM_PORT); and links in emails to where the portal is served,
    unless app.yaml names an address that is not this machine's."""
    idp, case_system = settings.embedded_idp_port, settings.embedded_case_system_port
    service = settings.config.service
    if service.url.host in ("localhost", "127.0.0.1"):
        service = service.model_copy(update={"url": HttpUrl(f"http://{host}:{port}/")})
    return settings.model_copy(
        update={
            "embedded_idp_port": port + 1 if idp is None else idp,
            "embedded_case_system_port": port + 3 if case_system is None else case_system,
            "config": settings.config.model_copy(update={"service": service}),
        }
    )


if __name__ == "__main__":
    main()
