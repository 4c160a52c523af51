"""The application as `make bench` serves it under gunicorn: the real portal plus the
bare pages it is compared with (see bench/pages.py)."""

from __future__ import annotations

from flask import render_template_string

from bench.pages import BARE, bare_question_routes
from portal import create_app
from portal.access import public

app = create_app()
app.add_url_rule("/bench/bare", "bench_bare", public(lambda: render_template_string(BARE)))
bare_question_routes(app)
