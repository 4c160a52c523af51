"""Read by gunicorn when started from this folder; see portal/gunicorn_config.py."""

from portal.gunicorn_config import *  # noqa: F403
