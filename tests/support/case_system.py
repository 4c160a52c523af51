"""The embedded reference case system behind a test app, made to fail on purpose."""

from __future__ import annotations

from flask import Flask

from devtools.reference_case_system.app import Faults


def faults(app: Flask) -> Faults:
    """The faults of the case system the portal `app` talks to."""
    return app.extensions["case_system"].extensions["case_system"]["faults"]
