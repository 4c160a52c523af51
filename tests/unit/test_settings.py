"""app.yaml and the environment: validated at start-up, with one clear message."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from joserfc.jwk import RSAKey

from devtools.server import served_settings
from portal.platform.council_config import load_council_config
from portal.platform.settings import PROJECT_ROOT, SettingsError, load_settings
from tests.conftest import write_config
from tests.support.production import DEFAULT, production_config, production_environ

FAMILY_JWK = RSAKey.generate_key(2048, private=True, auto_kid=True)


def error_for(tmp_path: Path, change) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(SettingsError) as caught:
        load_council_config(write_config(tmp_path, change))
    return str(caught.value)


def test_barnet_is_the_default_council() -> None:
    config = load_council_config(DEFAULT)
    assert config.council.name == "London Borough of Barnet"
    assert config.languages == ["en", "ro", "fa", "pl", "ar", "tr", "bg"]
    assert {p.id for p in config.partners} == {
        "dfe",
        "family_services",
        "nhs_commissioner",
        "nhs_trusts",
        "west_london_alliance",
        "vcds",
    }
    assert config.partner("dfe").basis == "legal_duty"


def test_a_missing_key_is_named(tmp_path: Path) -> None:
    message = error_for(tmp_path, lambda d: d["council"]["contact"].pop("email"))
    assert "council.contact.email: this key is missing" in message


def test_a_wrong_type_is_named(tmp_path: Path) -> None:
    message = error_for(tmp_path, lambda d: d["uploads"].update(max_file_mb="ten"))
    assert "uploads.max_file_mb:" in message
    assert "integer" in message


def test_an_unknown_language_is_named(tmp_path: Path) -> None:
    message = error_for(tmp_path, lambda d: d["languages"].append("xx"))
    assert "languages:" in message
    assert "'xx' is not a language the portal has translations for" in message


def test_a_duplicate_partner_id_is_named(tmp_path: Path) -> None:
    message = error_for(tmp_path, lambda d: d["partners"].append(dict(d["partners"][0])))
    assert "partners: id 'dfe' is used more than once" in message


def test_an_unknown_partner_reference_is_named() -> None:
    config = load_council_config(DEFAULT)
    with pytest.raises(SettingsError, match=r"'nhs_england' is not a partner id in app\.yaml"):
        config.check_partner_ids(["dfe", "nhs_england"], "forms/catalogue.yaml: child.name")


def test_app_yaml_cannot_hold_a_secret(tmp_path: Path) -> None:
    message = error_for(tmp_path, lambda d: d["case_api"].update(client_secret="s3cr3t"))
    assert "case_api.client_secret: this key is not recognised" in message
    assert "environment variables" in message


def test_a_file_that_is_not_yaml_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "app.yaml"
    path.write_text("council: [unclosed")
    with pytest.raises(SettingsError, match="is not valid YAML"):
        load_council_config(path)


def test_production_refuses_missing_secrets_and_development_defaults(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(production_environ(tmp_path))
    message = str(caught.value)
    assert "SECRET_KEY must be set" in message
    assert "DATABASE_URL must be set" in message
    assert "identity_providers.families.embedded is true" in message
    assert "case_api.embedded is true" in message
    assert "service.url is a local address" in message
    assert "PORTAL_DATA_KEYS must be set" in message
    assert not (tmp_path / "secret_key").exists(), "production must not invent a secret key"


def test_production_starts_with_real_parts_and_secrets_from_the_environment(tmp_path: Path) -> None:
    config = write_config(tmp_path, production_config)
    environ = production_environ(
        tmp_path,
        config,
        SECRET_KEY="x" * 40,
        DATABASE_URL="postgresql://portal@db.internal/portal",
        FAMILY_OIDC_PRIVATE_KEY=json.dumps(FAMILY_JWK.as_dict(private=True)),
        STAFF_OIDC_CLIENT_SECRET="secret",
        CASE_API_CLIENT_SECRET="secret",
        NOTIFY_API_KEY="key",
        CLAMD_ADDRESS="clamav.internal:3310",
        PORTAL_DATA_KEYS="oHpbDVnYm2x6XHUJpq0kR0OYtqBcoEqoqzAcL2BPdKk=",
        PORTAL_TRUSTED_PROXIES="1",
        PORTAL_ALLOWED_HOSTS="send.example.gov.uk",
        RATELIMIT_STORAGE_URI="redis://redis.internal:6379",
    )
    settings = load_settings(environ)
    assert settings.production
    assert settings.database_url.startswith("postgresql+psycopg://")
    assert settings.development_defaults == []

    del environ["CASE_API_CLIENT_SECRET"]
    with pytest.raises(SettingsError, match="CASE_API_CLIENT_SECRET must be set"):
        load_settings(environ)


def test_production_refuses_unset_proxies_hosts_and_in_memory_rate_limits(
    tmp_path: Path,
) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(production_environ(tmp_path))
    message = str(caught.value)
    assert "PORTAL_TRUSTED_PROXIES must be set" in message
    assert "PORTAL_ALLOWED_HOSTS must list the host names" in message
    assert "RATELIMIT_STORAGE_URI must be set to shared storage" in message


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ('{"kty": "RSA"', "not valid JSON"),
        ("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----", "neither"),
        (FAMILY_JWK.as_pem(private=False).decode(), "public key"),
    ],
)
def test_a_family_client_key_that_cannot_be_used_stops_start_up(
    tmp_path: Path, value: str, reason: str
) -> None:
    environ = {"PORTAL_ENV": "test", "PORTAL_INSTANCE_PATH": str(tmp_path)}
    with pytest.raises(SettingsError, match=f"FAMILY_OIDC_PRIVATE_KEY cannot be used: .*{reason}"):
        load_settings({**environ, "FAMILY_OIDC_PRIVATE_KEY": value})


@pytest.mark.parametrize("form", ["jwk", "pem"])
def test_a_family_client_key_is_accepted_as_a_jwk_or_a_pem(tmp_path: Path, form: str) -> None:
    value = (
        json.dumps(FAMILY_JWK.as_dict(private=True))
        if form == "jwk"
        else FAMILY_JWK.as_pem(private=True).decode()
    )
    environ = {"PORTAL_ENV": "test", "PORTAL_INSTANCE_PATH": str(tmp_path)}
    settings = load_settings({**environ, "FAMILY_OIDC_PRIVATE_KEY": value})
    assert settings.family_client_private_key == value


def test_time_outs_in_seconds_are_for_tests_only(tmp_path: Path) -> None:
    message = error_for(tmp_path, lambda d: d["sessions"].update(idle_warning_minutes=30))
    assert "sessions: the warning must come before the idle time-out" in message

    def short(data: dict) -> None:
        production_config(data)
        data["sessions"].update(idle_timeout_seconds=30, idle_warning_seconds=10)

    config = load_council_config(write_config(tmp_path, short))
    assert config.sessions.idle_timeout.total_seconds() == 30
    assert config.sessions.idle_warning.total_seconds() == 10
    environ = production_environ(
        tmp_path,
        write_config(tmp_path, short),
        SECRET_KEY="x" * 40,
        DATABASE_URL="postgresql://portal@db.internal/portal",
    )
    with pytest.raises(SettingsError, match="idle_warning_seconds are for tests"):
        load_settings(environ)


def test_an_unknown_environment_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="PORTAL_ENV is 'staging'"):
        load_settings({"PORTAL_ENV": "staging", "PORTAL_INSTANCE_PATH": str(tmp_path)})


def test_start_up_with_a_bad_file_prints_one_message_and_no_traceback(tmp_path: Path) -> None:
    config = write_config(tmp_path, lambda d: d.update(languages=["en", "xx"]))
    result = subprocess.run(
        [sys.executable, "-m", "devtools.server", "--port", "0"],
        env={"PORTAL_CONFIG": str(config), "PORTAL_INSTANCE_PATH": str(tmp_path), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
        cwd=PROJECT_ROOT,
    )
    assert result.returncode != 0
    assert "languages: 'xx' is not a language" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_catalogue_naming_a_partner_app_yaml_lacks_stops_start_up(tmp_path: Path) -> None:
    from portal.app import create_app

    config = write_config(
        tmp_path, lambda d: d.update(partners=[p for p in d["partners"] if p["id"] != "vcds"])
    )
    with pytest.raises(SettingsError) as caught:
        create_app(
            load_settings(
                {
                    "PORTAL_ENV": "test",
                    "PORTAL_CONFIG": str(config),
                    "PORTAL_INSTANCE_PATH": str(tmp_path),
                }
            )
        )
    assert "forms/catalogue.yaml: categories.child.identifiers.shared_with" in str(caught.value)
    assert "'vcds' is not a partner id in app.yaml" in str(caught.value)


def test_in_a_checkout_the_portal_reads_its_files_beside_the_package() -> None:
    from portal.platform import council_config as settings

    assert not settings.INSTALLED, "portal/bundled/ exists only in the installed wheel"
    assert settings.project_path("templates") == PROJECT_ROOT / "templates"
    assert settings.TRANSLATIONS_DIR == PROJECT_ROOT / "translations"


def test_installed_from_the_wheel_the_portal_reads_its_bundled_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wheel carries compiled catalogues only, and no checkout to keep instance/ in."""
    from portal.platform import council_config as settings

    bundled = tmp_path / "portal" / "bundled"
    codes = sorted(p.parent.parent.name for p in settings.TRANSLATIONS_DIR.glob("*/*/*.po"))
    for code in codes:
        (bundled / "translations" / code / "LC_MESSAGES").mkdir(parents=True)
        (bundled / "translations" / code / "LC_MESSAGES" / "messages.mo").write_bytes(b"")
    monkeypatch.setattr(settings, "BUNDLED", bundled)
    monkeypatch.setattr(settings, "INSTALLED", True)
    monkeypatch.setattr(settings, "TRANSLATIONS_DIR", bundled / "translations")
    assert settings.project_path("app.yaml") == bundled / "app.yaml"
    assert settings.available_locales() == ["en", *codes]

    environ = production_environ(tmp_path)
    del environ["PORTAL_INSTANCE_PATH"]
    with pytest.raises(SettingsError, match="PORTAL_INSTANCE_PATH must be set"):
        load_settings(environ)


def test_development_makes_a_family_client_key_once_and_keeps_it(tmp_path: Path) -> None:
    environ = {"PORTAL_ENV": "development", "PORTAL_INSTANCE_PATH": str(tmp_path)}
    first = load_settings(environ).family_client_private_key
    assert first and RSAKey.import_key(json.loads(first)).is_private
    assert (tmp_path / "family_oidc_key.json").stat().st_mode & 0o777 == 0o600
    assert load_settings(environ).family_client_private_key == first


def test_make_run_links_emails_to_where_it_serves_unless_the_council_names_an_address(
    tmp_path: Path,
) -> None:
    local = load_settings({"PORTAL_INSTANCE_PATH": str(tmp_path)})
    assert str(served_settings(local, "127.0.0.1", 5077).config.service.url).startswith(
        "http://127.0.0.1:5077"
    )
    named = write_config(tmp_path, lambda d: d["service"].update(url="https://send.example.gov.uk"))
    council = load_settings({"PORTAL_CONFIG": str(named), "PORTAL_INSTANCE_PATH": str(tmp_path)})
    assert str(served_settings(council, "127.0.0.1", 5077).config.service.url).startswith(
        "https://send.example.gov.uk"
    )
