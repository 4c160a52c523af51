"""The application's settings: the council's app.yaml and the environment, read once into
one typed object.

app.yaml is read by portal.platform.council_config, the environment variables by
portal.platform.environment; this module puts them together, makes the development
secrets a machine lacks, and refuses to start production with anything missing. Start-up
stops with a `SettingsError` naming everything that is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Literal, cast

from pydantic import BaseModel, ConfigDict, Field

from portal.platform import council_config, development_secrets
from portal.platform.council_config import (
    PROJECT_ROOT,
    TRANSLATIONS_DIR,
    CouncilConfig,
    SettingsError,
    load_council_config,
    project_path,
)
from portal.platform.environment import EnvironmentVariables
from portal.platform.keys import ClientKeyError, load_client_key

# Where these are wanted with the settings, they are imported from here.
__all__ = [
    "PROJECT_ROOT",
    "TRANSLATIONS_DIR",
    "Environment",
    "Settings",
    "SettingsError",
    "load_settings",
    "project_path",
]

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
    # The embedded development parts' ports (devtools); None: any free port.
    embedded_idp_port: int | None = None
    embedded_case_system_port: int | None = None

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
            found.append(
                "NOTIFY_API_KEY is not set, so emails and texts would only reach a local mailbox"
            )
        if not self.clamd_address:
            found.append("CLAMD_ADDRESS is not set, so uploaded files would not be scanned")
        return found


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """The settings from app.yaml and the environment (`environ` in its place, if given)."""
    variables = EnvironmentVariables.read(environ)
    env = _environment(variables.env)
    config = load_council_config(variables.config_path)
    production = env == "production"

    problems: list[str] = []
    secret_key = _secret_key(variables, production, problems)
    if production and variables.database_url is None:
        problems.append("DATABASE_URL must be set")
    data_keys = _data_keys(variables, production, problems)
    family_key = _family_client_key(variables, problems)
    if (
        family_key is None
        and not production
        and config.identity_providers.families.embedded
        and variables.family_client_private_key is None
    ):
        family_key = development_secrets.family_client_key(variables.instance_path)

    settings = Settings(
        env=env,
        config=config,
        config_path=variables.config_path,
        secret_key=secret_key,
        database_url=_database_url(variables),
        instance_path=variables.instance_path,
        family_client_private_key=family_key,
        staff_client_secret=variables.staff_client_secret,
        case_api_client_secret=variables.case_api_client_secret,
        notify_api_key=variables.notify_api_key,
        clamd_address=variables.clamd_address,
        metrics_token=variables.metrics_token or None,
        data_keys=data_keys,
        trusted_proxies=_whole_number("PORTAL_TRUSTED_PROXIES", variables.trusted_proxies),
        allowed_hosts=_host_names(variables.allowed_hosts),
        ratelimit_storage_uri=variables.ratelimit_storage_uri or "memory://",
        embedded_idp_port=variables.embedded_idp_port,
        embedded_case_system_port=variables.embedded_case_system_port,
    )
    if production:
        problems += _production_problems(settings, variables)
    if problems:
        where = " in production" if production else ""
        raise SettingsError(
            f"The portal cannot start{where}:\n" + "\n".join(f"  {p}" for p in problems)
        )
    return settings


def _environment(value: str) -> Environment:
    if value not in ("development", "test", "production"):
        raise SettingsError(f"PORTAL_ENV is {value!r}: it must be development, test or production")
    return cast(Environment, value)


def _secret_key(variables: EnvironmentVariables, production: bool, problems: list[str]) -> str:
    if production:
        if len(variables.secret_key) < 32:
            problems.append("SECRET_KEY must be set to at least 32 random characters")
        return variables.secret_key
    return variables.secret_key or development_secrets.secret_key(variables.instance_path)


def _data_keys(variables: EnvironmentVariables, production: bool, problems: list[str]) -> list[str]:
    keys = [k.strip() for k in variables.data_keys.split(",") if k.strip()]
    if production and not keys:
        problems.append("PORTAL_DATA_KEYS must be set (see README: encryption at rest)")
    elif not keys:
        keys = development_secrets.data_keys(variables.instance_path)
    return keys


def _database_url(variables: EnvironmentVariables) -> str:
    url = variables.database_url or f"sqlite:///{variables.instance_path / 'portal.db'}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def _family_client_key(variables: EnvironmentVariables, problems: list[str]) -> str | None:
    value = variables.family_client_private_key or None
    if value is None:
        return None
    try:
        load_client_key(value)
    except ClientKeyError as error:
        problems.append(f"FAMILY_OIDC_PRIVATE_KEY cannot be used: {error}")
        return None
    return value


def _whole_number(name: str, value: str | None) -> int:
    value = "0" if value is None else value
    if not value.isdigit():
        raise SettingsError(f"{name} is {value!r}: it must be a whole number")
    return int(value)


def _host_names(value: str) -> list[str]:
    return [h.strip().lower() for h in value.split(",") if h.strip()]


def _production_problems(settings: Settings, variables: EnvironmentVariables) -> list[str]:
    """What production needs that these settings lack."""
    config = settings.config
    problems = [
        f"{d}: production allows no development defaults" for d in settings.development_defaults
    ]
    if (
        not config.identity_providers.families.embedded
        and variables.family_client_private_key is None
    ):
        problems.append("FAMILY_OIDC_PRIVATE_KEY must be set")
    if not config.identity_providers.staff.embedded and not settings.staff_client_secret:
        problems.append("STAFF_OIDC_CLIENT_SECRET must be set")
    if not config.case_api.embedded and not settings.case_api_client_secret:
        problems.append("CASE_API_CLIENT_SECRET must be set")
    if council_config.INSTALLED and "instance_path" not in variables.model_fields_set:
        problems.append(
            "PORTAL_INSTANCE_PATH must be set: the folder where uploaded files are kept"
        )
    if variables.trusted_proxies is None:
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
    if settings.notify_api_key and not config.notify.sms_template_id:
        problems.append("notify.sms_template_id must be set in app.yaml to send text messages")
    sessions = config.sessions
    if sessions.idle_timeout_seconds or sessions.idle_warning_seconds:
        problems.append("sessions.idle_timeout_seconds and idle_warning_seconds are for tests")
    return problems
