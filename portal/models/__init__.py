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
    "LinkCode",
    "MailboxMessage",
    "OutboxMessage",
    "RequestDraft",
    "SpentLogoutToken",
    "WebSession",
]
