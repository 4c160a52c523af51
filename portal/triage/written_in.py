"""The language of what a family or caseworker typed that a request's History shows again,
from the messages sent to the case system about it, so that the page can mark each with
the language it was written in (WCAG 3.1.2): where none was recorded, none is said."""

from __future__ import annotations

from typing import Any

from portal.case_api import messages as case_messages
from portal.models import AssessmentRequest, OutboxMessage
from portal.triage import service as triage

# A decision whose reason is a message with the family, and who wrote it: the message and
# the decision are recorded together (portal/triage/actions.py).
MESSAGE_SENDERS = {"more_information": "council", "family_replied": "family"}
# A file's name is of no known language (as the request's Messages and Documents say it).
FILE_NAME = "und"


def languages(request: AssessmentRequest, sent: list[tuple[OutboxMessage, Any]]) -> dict[str, str]:
    """The language of the text each decision sent carries, by its outbox row's id: a
    message with the family in the language recorded with it (a family's without one, in
    the family's language); a caseworker's own words on a decision not to assess in the
    language they said they wrote them in. A request's messages are read only if a
    decision sent one."""
    decisions = [
        (row.id, message.decision)
        for row, message in sent
        if isinstance(message, case_messages.RecordTriageDecision) and message.decision.reason
    ]
    recorded: dict[tuple[str, str], list[str]] = {}
    if any(decision.decision in MESSAGE_SENDERS for _id, decision in decisions):
        for written in triage.messages(request):
            recorded.setdefault((written.sender, written.body), []).append(written.language)
    found: dict[str, str] = {}
    for row_id, decision in decisions:
        sender = MESSAGE_SENDERS.get(decision.decision)
        if sender is not None:
            kept = recorded.get((sender, decision.reason or ""))
            if kept:
                found[row_id] = kept.pop(0)
            elif sender == "family":
                found[row_id] = request.writes_in or request.language
        elif decision.decision == "not_assess" and request.decision:
            told = request.decision.get("written_in")
            if told and request.decision.get("note"):
                found[row_id] = told
    return found
