"""Gunicorn's settings: `gunicorn --config python:portal.gunicorn_config 'portal.wsgi:app'`.

Its error and access logs go to stderr as JSON lines, like the portal's own, each access
line with the request id.
"""

logger_class = "portal.platform.logs.GunicornLogger"
accesslog = "-"
errorlog = "-"

# Gunicorn 25+ opens a control socket at one fixed path per user (~/.gunicorn); the portal
# does not use it, and two servers on one machine (tests in parallel, several instances)
# would fight over it.
control_socket_disable = True
