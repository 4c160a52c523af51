"""The portal's tables, one module per aggregate. Importing this registers them all."""

from portal.models.accounts import Account, SpentLogoutToken, WebSession
from portal.models.audit import AuditEvent, AuditRetentionSwitch
from portal.models.cases import CaseLink, LinkCode
from portal.models.consent import ConsentEvent, ConsentWording
from portal.models.contact import ContactPreference
from portal.models.contributions import Contribution
from portal.models.data_rights import DataRightsRequest, DataRightsUpdate
from portal.models.disagreement import MediationStep
from portal.models.draft_plans import DraftPlanResponse
from portal.models.outbox import CaseCache, MailboxMessage, OutboxMessage
from portal.models.requests import (
    AssessmentRequest,
    CaseNote,
    DeadlineException,
    Document,
    FamilyMessage,
    RequestDraft,
    RequestStatusCount,
)
from portal.models.reviews import ReviewViews

__all__ = [
    "Account",
    "AssessmentRequest",
    "AuditEvent",
    "AuditRetentionSwitch",
    "CaseCache",
    "CaseLink",
    "CaseNote",
    "ConsentEvent",
    "ConsentWording",
    "ContactPreference",
    "Contribution",
    "DataRightsRequest",
    "DataRightsUpdate",
    "DeadlineException",
    "Document",
    "DraftPlanResponse",
    "FamilyMessage",
    "LinkCode",
    "MailboxMessage",
    "MediationStep",
    "OutboxMessage",
    "RequestDraft",
    "RequestStatusCount",
    "ReviewViews",
    "SpentLogoutToken",
    "WebSession",
]
