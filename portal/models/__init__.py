"""The portal's tables, one module per aggregate. Importing this registers them all."""

from portal.models.accounts import Account, SpentLogoutToken, WebSession
from portal.models.audit import AuditEvent, AuditRetentionSwitch
from portal.models.cases import CaseLink, LinkCode
from portal.models.consent import ConsentEvent, ConsentWording
from portal.models.contributions import Contribution
from portal.models.outbox import CaseCache, MailboxMessage, OutboxMessage
from portal.models.requests import (
    AssessmentRequest,
    DeadlineException,
    Document,
    FamilyMessage,
    RequestDraft,
)

__all__ = [
    "Account",
    "AssessmentRequest",
    "AuditEvent",
    "AuditRetentionSwitch",
    "CaseCache",
    "CaseLink",
    "ConsentEvent",
    "ConsentWording",
    "Contribution",
    "DeadlineException",
    "Document",
    "FamilyMessage",
    "Feedback",
    "LinkCode",
    "MailboxMessage",
    "OutboxMessage",
    "RequestDraft",
    "SpentLogoutToken",
    "WebSession",
]

# The feedback package keeps its own table; importing it here puts it on Base.metadata
# wherever the portal's tables are (a plain import, so either package may load first).
import feedback.models  # noqa: F401
