"""`make run`: serves the portal on this machine with its embedded development parts."""

from __future__ import annotations

import argparse
import os
import sys

from werkzeug.serving import run_simple

from devtools import demo
from devtools import identity as embedded
from portal import create_app
from portal.case_api import outbox
from portal.platform.settings import SettingsError, load_settings


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the SEND family portal locally.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "5000")))
    args = parser.parse_args()
    os.environ.setdefault("PORTAL_EMBEDDED_IDP_PORT", str(args.port + 1))
    os.environ.setdefault("PORTAL_EMBEDDED_CASE_SYSTEM_PORT", str(args.port + 3))
    try:
        settings = load_settings()
    except SettingsError as exc:
        sys.exit(str(exc))
    if settings.production:
        sys.exit("make run is for development: unset PORTAL_ENV=production.")
    app = create_app(settings)
    if settings.config.identity_providers.families.embedded:
        demo.seed(app)
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
            f" (http://{args.host}:{args.port}/account/)",
            f"  Staff: {people['caseworker']} or {people['manager']}"
            f" (http://{args.host}:{args.port}/caseworker/)",
        ]
    lines.append("Requests are delivered to the reference case system in the background.")
    lines.append(
        f"Emails go to the development mailbox: http://{args.host}:{args.port}/dev/mailbox"
    )
    lines.append("Press Ctrl+C to stop.")
    print("\n" + "\n".join(f"  {line}" for line in lines) + "\n", flush=True)
    run_simple(args.host, args.port, app, threaded=True, use_reloader=False)


if __name__ == "__main__":
    main()
