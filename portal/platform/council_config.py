"""The council's settings file, app.yaml, read into one typed object.

Start-up stops with a `SettingsError` naming every key that is wrong. Secrets are never
here (they come from the environment: portal.platform.environment); app.yaml cannot hold
them because unknown keys are refused.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    HttpUrl,
    ValidationError,
    field_validator,
    model_validator,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# Installed from the wheel, what sits beside the package in a checkout is inside it:
# setup.py copies templates/, translations/ (compiled), app.yaml, migrations/ and
# alembic.ini into portal/bundled/ (the built static assets are in portal/static in both).
BUNDLED = PROJECT_ROOT / "portal" / "bundled"
INSTALLED = BUNDLED.is_dir()


def project_path(name: str) -> Path:
    """Where the portal's own file or folder `name` (templates, translations, app.yaml,
    migrations, alembic.ini) is: in the checkout in development, in portal/bundled/ when
    installed from the wheel."""
    return (BUNDLED if INSTALLED else PROJECT_ROOT) / name


TRANSLATIONS_DIR = project_path("translations")

YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, about 10 times faster


class SettingsError(RuntimeError):
    """app.yaml or the environment cannot be used; the message says what to fix."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Contact(_Strict):
    team: str
    email: EmailStr
    phone: str
    opening_hours: str
    address: list[str] = Field(min_length=1)
    # The page of the SEN team's request form for schools, nurseries and colleges,
    # linked from the page for professionals; without it they are told to ask the team.
    education_settings_request_form: HttpUrl | None = None


class AdviceService(_Strict):
    """Who a family can turn to when they disagree with a decision."""

    name: str
    email: EmailStr
    phone: str
    website: HttpUrl | None = None


class Council(_Strict):
    name: str
    short_name: str
    website: HttpUrl
    copyright_holder: str
    contact: Contact
    data_protection_officer_email: EmailStr
    mediation_adviser: AdviceService
    sendiass: AdviceService


class Service(_Strict):
    name: str
    # Where families reach the portal; links in emails start with it.
    url: HttpUrl
    phase: Literal["alpha", "beta", "live"]
    privacy_notice_updated: dt.date
    accessibility_statement_prepared: dt.date


class Partner(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    name: str
    description: str
    basis: Literal["legal_duty", "consent"]
    # A service for young children only: not offered to a young person asking for
    # themselves (forms/consent.py).
    young_children_only: bool = False


class IdentityProvider(_Strict):
    embedded: bool
    issuer: HttpUrl | None = None
    client_id: str
    scopes: list[str]

    @model_validator(mode="after")
    def _issuer_when_not_embedded(self) -> IdentityProvider:
        if not self.embedded and self.issuer is None:
            raise ValueError("issuer is required when embedded is false")
        if "openid" not in self.scopes:
            raise ValueError("scopes must include openid")
        return self


class FamilyIdentityProvider(IdentityProvider):
    vtr: list[str] = Field(default_factory=lambda: ["Cl.Cm"])
    # The languages the provider's pages come in; unset, its discovery document says.
    ui_locales: list[str] | None = None


class StaffIdentityProvider(IdentityProvider):
    role_claim: str
    roles: dict[Literal["caseworker", "manager"], str]


class IdentityProviders(_Strict):
    families: FamilyIdentityProvider
    staff: StaffIdentityProvider


class Outbox(_Strict):
    max_attempts: Annotated[int, Field(ge=1, le=100)]
    initial_backoff_seconds: Annotated[float, Field(gt=0)]
    max_backoff_seconds: Annotated[float, Field(gt=0)]
    # How long a claimed message is a worker's: a worker that dies mid-send loses it then.
    lease_seconds: Annotated[float, Field(gt=0)] = 60
    # How long an idle worker waits before looking for due messages again.
    poll_seconds: Annotated[float, Field(gt=0, le=60)] = 1


class CaseApi(_Strict):
    embedded: bool
    base_url: HttpUrl | None = None
    token_url: HttpUrl | None = None
    client_id: str
    timeout_seconds: Annotated[float, Field(gt=0, le=120)]
    cache_seconds: Annotated[int, Field(ge=0, le=3600)]
    outbox: Outbox

    @model_validator(mode="after")
    def _urls_when_not_embedded(self) -> CaseApi:
        if not self.embedded and (self.base_url is None or self.token_url is None):
            raise ValueError("base_url and token_url are required when embedded is false")
        return self


class Sessions(_Strict):
    """The time-outs. The `_seconds` keys replace the minutes for tests that cannot wait
    half an hour; production refuses them."""

    idle_timeout_minutes: Annotated[int, Field(ge=5, le=240)]
    idle_warning_minutes: Annotated[int, Field(ge=1, le=30)]
    absolute_lifetime_hours: Annotated[int, Field(ge=1, le=24)]
    # Staff hold more: a shorter day, and their roles asked of the provider again often.
    staff_absolute_lifetime_hours: Annotated[int, Field(ge=1, le=24)] = 8
    staff_roles_check_minutes: Annotated[int, Field(ge=1, le=60)] = 15
    idle_timeout_seconds: Annotated[int, Field(ge=2)] | None = None
    idle_warning_seconds: Annotated[int, Field(ge=1)] | None = None

    @property
    def idle_timeout(self) -> dt.timedelta:
        return dt.timedelta(seconds=self.idle_timeout_seconds or self.idle_timeout_minutes * 60)

    @property
    def idle_warning(self) -> dt.timedelta:
        return dt.timedelta(seconds=self.idle_warning_seconds or self.idle_warning_minutes * 60)

    @model_validator(mode="after")
    def _warning_before_time_out(self) -> Sessions:
        if self.idle_warning >= self.idle_timeout:
            raise ValueError("the warning must come before the idle time-out")
        return self


class Uploads(_Strict):
    max_file_mb: Annotated[int, Field(ge=1, le=100)]
    max_files_per_contribution: Annotated[int, Field(ge=1, le=20)]

    @property
    def max_request_bytes(self) -> int:
        """A whole form post: every file at its limit plus room for the other fields."""
        return (self.max_file_mb * self.max_files_per_contribution + 1) * 1024 * 1024


class Notify(_Strict):
    template_id: str | None = None
    reply_to_id: str | None = None
    sms_template_id: str | None = None
    sms_sender_id: str | None = None
    base_url: str = "https://api.notifications.service.gov.uk"
    timeout_seconds: Annotated[float, Field(gt=0)] = 10.0


class RetentionRule(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    description: str
    days: Annotated[int, Field(ge=1)]


def available_locales() -> list[str]:
    """English plus every locale that has a catalogue in translations/ (the wheel carries
    only the compiled .mo)."""
    found = {p.parent.parent.name for p in TRANSLATIONS_DIR.glob("*/LC_MESSAGES/messages.[mp]o")}
    return ["en", *sorted(found - {"en"})]


class CouncilConfig(_Strict):
    council: Council
    service: Service
    languages: list[str] = Field(min_length=1)
    partners: list[Partner] = Field(min_length=1)
    identity_providers: IdentityProviders
    case_api: CaseApi
    reference_prefix: Annotated[str, Field(pattern=r"^[A-Z]{2,5}$")]
    notify: Notify
    sessions: Sessions
    uploads: Uploads
    retention: list[RetentionRule]

    def retention_days(self, rule_id: str) -> int:
        return next(rule.days for rule in self.retention if rule.id == rule_id)

    @field_validator("languages")
    @classmethod
    def _known_languages(cls, languages: list[str]) -> list[str]:
        known = available_locales()
        for code in languages:
            if code not in known:
                raise ValueError(
                    f"{code!r} is not a language the portal has translations for "
                    f"(it has {', '.join(known)})"
                )
        if languages[0] != "en":
            raise ValueError("English (en) must come first")
        if len(set(languages)) != len(languages):
            raise ValueError("a language is listed twice")
        return languages

    @field_validator("partners", "retention")
    @classmethod
    def _unique_ids(cls, items: list[Partner] | list[RetentionRule]) -> list:
        ids = [item.id for item in items]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"id {duplicates[0]!r} is used more than once")
        return items

    def partner(self, partner_id: str) -> Partner:
        for partner in self.partners:
            if partner.id == partner_id:
                return partner
        raise KeyError(partner_id)

    def check_partner_ids(self, ids: list[str], where: str) -> None:
        """Refuse a reference (from the catalogue, say) to a partner app.yaml lacks."""
        known = {p.id for p in self.partners}
        for partner_id in ids:
            if partner_id not in known:
                raise SettingsError(
                    f"{where}: {partner_id!r} is not a partner id in app.yaml "
                    f"(known: {', '.join(sorted(known))})"
                )


def _describe(error: ValidationError, source: Path) -> str:
    lines = []
    for problem in error.errors():
        key = ""
        for part in problem["loc"]:
            key += f"[{part}]" if isinstance(part, int) else (f".{part}" if key else str(part))
        message = problem["msg"].removeprefix("Value error, ")
        if problem["type"] == "missing":
            message = "this key is missing"
        elif problem["type"] == "extra_forbidden":
            message = "this key is not recognised (secrets belong in environment variables)"
        lines.append(f"  {key or '(top level)'}: {message}")
    return f"{source} is not valid:\n" + "\n".join(lines)


def load_council_config(path: Path) -> CouncilConfig:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise SettingsError(f"{path} does not exist") from exc
    return _parsed(text, path)


@functools.lru_cache(maxsize=8)
def _parsed(text: str, path: Path) -> CouncilConfig:
    """One parse per text: the configuration is frozen, so each app built from the same
    file (every test's) can share it."""
    try:
        raw = yaml.load(text, Loader=YAML_LOADER)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        raise SettingsError(f"{path} is not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise SettingsError(f"{path} is not valid: it must be a mapping of settings")
    try:
        return CouncilConfig.model_validate(raw)
    except ValidationError as exc:
        raise SettingsError(_describe(exc, path)) from None
