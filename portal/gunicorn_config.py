"""Gunicorn's settings: `gunicorn --config python:portal.gunicorn_config 'portal.wsgi:app'`.

Its error and access logs go to stderr as JSON lines, like the portal's own, each access
line with the request id.
"""

logger_class = "portal.logs.GunicornLogger"
accesslog = "-"
errorlog = "-"
