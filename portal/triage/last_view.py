"""The queue as the caseworker last saw it (tray, filters, search, order and page), kept in
their session so that "Back to the queue" from a request's pages returns to it rather
than to the plain queue. Only the queue's own parameters are kept, and they are read
again through the queue's own checks when used: the link is always the queue's address,
built here, never one taken from a request."""

from __future__ import annotations

from flask import session, url_for

from portal.triage import queue as trays

KEY = "triage_queue"


def remember(view: trays.View) -> trays.View:
    """Keep the view shown (the plain queue needs nothing kept); written only when it
    changed, so that showing the same view again does not write the session."""
    args = trays.as_args(view, after=view.after, start=view.start)
    if args and session.get(KEY) != args:
        session[KEY] = args
    elif not args and KEY in session:
        session.pop(KEY)
    return view


def queue_url() -> str:
    """The queue as last seen, or the plain queue for someone who has not seen it since
    signing in (who opened a request from a link)."""
    kept = session.get(KEY)
    if not isinstance(kept, dict):
        return url_for("triage.queue")
    args = {
        name: [str(v) for v in value] if isinstance(value, list) else [str(value)]
        for name, value in kept.items()
    }
    # The people chosen were checked against the staff when the queue was shown; the
    # queue leaves out any who have gone since.
    view = trays.read_view(args, set(args.get("assigned", [])))
    return url_for("triage.queue", **trays.as_args(view, after=view.after, start=view.start))
