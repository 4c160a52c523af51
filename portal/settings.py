"""The council's settings (app.yaml) and the environment, read once into one typed object.

Start-up stops with a `SettingsError` naming every key that is wrong. Secrets are only
ever read from the environment; app.yaml cannot hold them because unknown keys are
refused.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
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

PROJECT_ROOT = Path(__file__).resolve().parent.parent
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


class Council(_Strict):
    name: str
    short_name: str
    website: HttpUrl
    copyright_holder: str
    contact: Contact
    data_protection_officer_email: EmailStr


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


Environment = Literal["development", "test", "production"]


class Settings(BaseModel):
    """Everything the application needs to know, from app.yaml and the environment."""

    model_config = ConfigDict(frozen=True)

    env: Environment
    config: CouncilConfig
    config_path: Path
    secret_key: str
    database_url: str
    instance_path: Path
    family_client_private_key: str | None = None
    staff_client_secret: str | None = None
    case_api_client_secret: str | None = None
    notify_api_key: str | None = None
    clamd_address: str | None = None
    metrics_token: str | None = None
    data_keys: list[str]
    trusted_proxies: int = 0
    allowed_hosts: list[str] = Field(default_factory=list)
    ratelimit_storage_uri: str = "memory://"

    @property
    def production(self) -> bool:
        return self.env == "production"

    @property
    def development_defaults(self) -> list[str]:
        """The parts of a development set-up that are switched on; production allows none."""
        found = []
        idp = self.config.identity_providers
        if idp.families.embedded:
            found.append("identity_providers.families.embedded is true")
        if idp.staff.embedded:
            found.append("identity_providers.staff.embedded is true")
        if self.config.case_api.embedded:
            found.append("case_api.embedded is true")
        if self.database_url.startswith("sqlite"):
            found.append("DATABASE_URL is a SQLite database")
        if self.config.service.url.host in ("localhost", "127.0.0.1"):
            found.append("service.url is a local address, so links in emails would not work")
        if not self.notify_api_key:
            found.append("NOTIFY_API_KEY is not set, so emails would only reach a local mailbox")
        if not self.clamd_address:
            found.append("CLAMD_ADDRESS is not set, so uploaded files would not be scanned")
        return found


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
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)  # noqa: S506 (a safe loader)
    except FileNotFoundError as exc:
        raise SettingsError(f"{path} does not exist") from exc
    except yaml.YAMLError as exc:
        raise SettingsError(f"{path} is not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise SettingsError(f"{path} is not valid: it must be a mapping of settings")
    try:
        return CouncilConfig.model_validate(raw)
    except ValidationError as exc:
        raise SettingsError(_describe(exc, path)) from None


def _development_secret_key(instance_path: Path) -> str:
    """A random key kept in instance/, so development sessions survive a restart."""
    key_file = instance_path / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    instance_path.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


def _whole_number(environ: dict[str, str], name: str) -> int:
    value = environ.get(name, "0")
    if not value.isdigit():
        raise SettingsError(f"{name} is {value!r}: it must be a whole number")
    return int(value)


def _development_data_keys(instance_path: Path) -> list[str]:
    """A data key kept in instance/, so development data stays readable across runs."""
    from portal.crypto import new_key

    key_file = instance_path / "data_keys"
    if not key_file.exists():
        instance_path.mkdir(parents=True, exist_ok=True)
        key_file.write_text(new_key())
        key_file.chmod(0o600)
    return key_file.read_text().strip().split(",")


def _development_family_client_key(instance_path: Path) -> str:
    """A JWK kept in instance/ for the embedded families' provider, which, as GOV.UK One
    Login does, accepts only `private_key_jwt`."""
    from joserfc.jwk import RSAKey

    key_file = instance_path / "family_oidc_key.json"
    if not key_file.exists():
        instance_path.mkdir(parents=True, exist_ok=True)
        key = RSAKey.generate_key(2048, private=True, auto_kid=True)
        key_file.write_text(json.dumps(key.as_dict(private=True)))
        key_file.chmod(0o600)
    return key_file.read_text()


def _family_client_key(environ: dict[str, str], problems: list[str]) -> str | None:
    from portal.auth.keys import ClientKeyError, load_client_key

    value = environ.get("FAMILY_OIDC_PRIVATE_KEY") or None
    if value is None:
        return None
    try:
        load_client_key(value)
    except ClientKeyError as error:
        problems.append(f"FAMILY_OIDC_PRIVATE_KEY cannot be used: {error}")
        return None
    return value


def _host_names(environ: dict[str, str]) -> list[str]:
    return [
        h.strip().lower() for h in environ.get("PORTAL_ALLOWED_HOSTS", "").split(",") if h.strip()
    ]


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    environ = dict(os.environ if environ is None else environ)
    env = environ.get("PORTAL_ENV", "development")
    if env not in ("development", "test", "production"):
        raise SettingsError(f"PORTAL_ENV is {env!r}: it must be development, test or production")
    config_path = Path(environ.get("PORTAL_CONFIG", project_path("app.yaml")))
    # Installed, there is no checkout to keep instance/ in: production names it (below).
    default_instance = Path.cwd() / "instance" if INSTALLED else PROJECT_ROOT / "instance"
    instance_path = Path(environ.get("PORTAL_INSTANCE_PATH", default_instance))
    config = load_council_config(config_path)

    problems = []
    secret_key = environ.get("SECRET_KEY", "")
    if env == "production":
        if len(secret_key) < 32:
            problems.append("SECRET_KEY must be set to at least 32 random characters")
        if "DATABASE_URL" not in environ:
            problems.append("DATABASE_URL must be set")
        if INSTALLED and "PORTAL_INSTANCE_PATH" not in environ:
            problems.append(
                "PORTAL_INSTANCE_PATH must be set: the folder where uploaded files are kept"
            )
    elif not secret_key:
        secret_key = _development_secret_key(instance_path)

    data_keys = [k.strip() for k in environ.get("PORTAL_DATA_KEYS", "").split(",") if k.strip()]
    if env == "production" and not data_keys:
        problems.append("PORTAL_DATA_KEYS must be set (see README: encryption at rest)")
    elif not data_keys:
        data_keys = _development_data_keys(instance_path)

    database_url = environ.get("DATABASE_URL") or f"sqlite:///{instance_path / 'portal.db'}"
    if database_url.startswith("postgresql://"):
        database_url = "postgresql+psycopg://" + database_url.removeprefix("postgresql://")

    family_key = _family_client_key(environ, problems)
    if (
        family_key is None
        and env != "production"
        and config.identity_providers.families.embedded
        and "FAMILY_OIDC_PRIVATE_KEY" not in environ
    ):
        family_key = _development_family_client_key(instance_path)

    settings = Settings(
        env=env,
        config=config,
        config_path=config_path,
        secret_key=secret_key,
        database_url=database_url,
        instance_path=instance_path,
        family_client_private_key=family_key,
        staff_client_secret=environ.get("STAFF_OIDC_CLIENT_SECRET"),
        case_api_client_secret=environ.get("CASE_API_CLIENT_SECRET"),
        notify_api_key=environ.get("NOTIFY_API_KEY"),
        clamd_address=environ.get("CLAMD_ADDRESS"),
        metrics_token=environ.get("METRICS_TOKEN") or None,
        data_keys=data_keys,
        trusted_proxies=_whole_number(environ, "PORTAL_TRUSTED_PROXIES"),
        allowed_hosts=_host_names(environ),
        ratelimit_storage_uri=environ.get("RATELIMIT_STORAGE_URI") or "memory://",
    )
    if settings.production:
        problems += [
            f"{d}: production allows no development defaults" for d in settings.development_defaults
        ]
        if (
            not config.identity_providers.families.embedded
            and "FAMILY_OIDC_PRIVATE_KEY" not in environ
        ):
            problems.append("FAMILY_OIDC_PRIVATE_KEY must be set")
        if not config.identity_providers.staff.embedded and not settings.staff_client_secret:
            problems.append("STAFF_OIDC_CLIENT_SECRET must be set")
        if not config.case_api.embedded and not settings.case_api_client_secret:
            problems.append("CASE_API_CLIENT_SECRET must be set")
        if "PORTAL_TRUSTED_PROXIES" not in environ:
            problems.append(
                "PORTAL_TRUSTED_PROXIES must be set: the number of proxies in front of the "
                "portal (0 if none)"
            )
        if not settings.allowed_hosts:
            problems.append(
                "PORTAL_ALLOWED_HOSTS must list the host names the portal answers to "
                "(for example send.example.gov.uk)"
            )
        if settings.ratelimit_storage_uri.startswith("memory"):
            problems.append(
                "RATELIMIT_STORAGE_URI must be set to shared storage (for example "
                "redis://host:6379): in memory each worker would keep its own count"
            )
        if settings.notify_api_key and not config.notify.template_id:
            problems.append("notify.template_id must be set in app.yaml to send emails")
        sessions = config.sessions
        if sessions.idle_timeout_seconds or sessions.idle_warning_seconds:
            problems.append("sessions.idle_timeout_seconds and idle_warning_seconds are for tests")
    if problems:
        where = " in production" if env == "production" else ""
        raise SettingsError(
            f"The portal cannot start{where}:\n" + "\n".join(f"  {p}" for p in problems)
        )
    return settings
