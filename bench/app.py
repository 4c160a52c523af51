"""The application as `make bench` serves it under gunicorn: the real portal plus the
bare twins it is compared with (see bench/twins.py)."""

from __future__ import annotations

from bench import twins
from portal.app import create_app

app = create_app()
twins.register(app)
