"""Gunicorn's settings: `gunicorn --config python:portal.gunicorn_config 'portal.wsgi:app'`.

Its error and access logs go to stderr as JSON lines, like the portal's own, each access
line with the request id.
"""

import ctypes

logger_class = "portal.platform.logs.GunicornLogger"
accesslog = "-"
errorlog = "-"

# Gunicorn 25+ opens a control socket at one fixed path per user (~/.gunicorn); the portal
# does not use it, and two servers on one machine (tests in parallel, several instances)
# would fight over it.
control_socket_disable = True

# glibc gives each thread that allocates at once an arena of its own (up to eight a core),
# and each arena keeps what it freed: a worker's few threads need no more than two, and
# two keep each worker's resident memory a few megabytes lower (bench/soak.py). The same
# as MALLOC_ARENA_MAX=2 in the environment, which a deployment may not set.
M_ARENA_MAX = -8


def post_fork(server: object, worker: object) -> None:
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc (musl, macOS): nothing to limit
        return
    libc.mallopt(M_ARENA_MAX, 2)
