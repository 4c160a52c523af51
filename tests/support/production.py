"""Settings as production has them: the environment and app.yaml with real parts."""

from __future__ import annotations

from pathlib import Path

from portal.platform.settings import PROJECT_ROOT

DEFAULT = PROJECT_ROOT / "app.yaml"


def production_environ(tmp_path: Path, config: Path = DEFAULT, **extra: str) -> dict[str, str]:
    return {
        "PORTAL_ENV": "production",
        "PORTAL_CONFIG": str(config),
        "PORTAL_INSTANCE_PATH": str(tmp_path),
        **extra,
    }


def production_config(data: dict) -> None:  # type: ignore[type-arg]
    """Change app.yaml's data to name real providers, a real case system and a real URL."""
    data["notify"]["template_id"] = "f33517ff-2a88-4f6e-b855-c550268ce08a"
    data["notify"]["sms_template_id"] = "0b8e4d0c-5f0e-4f52-9a8e-3c1f2b7d6a41"
    data["service"]["url"] = "https://send.council.example"
    for provider in ("families", "staff"):
        data["identity_providers"][provider].update(embedded=False, issuer="https://id.example.org")
    data["case_api"].update(
        embedded=False,
        base_url="https://cases.example.org/api/v1",
        token_url="https://cases.example.org/oauth/token",
    )
