"""requirements.lock (what `make` installs) keeps up with pyproject.toml (what we ask for)."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from portal.platform.settings import PROJECT_ROOT

PIN = re.compile(
    r"^(?P<name>[A-Za-z0-9._-]+)==(?P<version>[^\s;\\]+)(?:\s*;\s*(?P<marker>[^\\]+))?"
)


def asked_for(extras: tuple[str, ...] | None = None) -> list[Requirement]:
    """The portal's dependencies and those of `extras` (default: every extra)."""
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]
    optional = project["optional-dependencies"]
    dependencies = list(project["dependencies"])
    for extra in optional if extras is None else extras:
        dependencies += optional[extra]
    return [Requirement(line) for line in dependencies]


def pinned(lock: str = "requirements.lock") -> dict[str, list[tuple[Version, str]]]:
    pins: dict[str, list[tuple[Version, str]]] = {}
    for line in (PROJECT_ROOT / lock).read_text().splitlines():
        if found := PIN.match(line):
            name = canonicalize_name(found["name"])
            marker = (found["marker"] or "").strip()
            pins.setdefault(name, []).append((Version(found["version"]), marker))
    return pins


def test_every_dependency_is_pinned_within_what_pyproject_allows() -> None:
    pins = pinned()
    for requirement in asked_for():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is in pyproject.toml but not in requirements.lock"
        for version, _marker in pins[name]:
            assert requirement.specifier.contains(version, prereleases=True), (
                f"requirements.lock pins {name}=={version}, outside {requirement.specifier}: "
                "run `make lock`"
            )


def test_every_pin_has_a_hash() -> None:
    text = (PROJECT_ROOT / "requirements.lock").read_text()
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    assert len(blocks) > 50, "the lock holds the whole tree, runtime and development"
    for block in blocks:
        assert "--hash=sha256:" in block, f"no hash for {block.splitlines()[0]}"


def test_the_production_locks_pin_the_same_versions_and_nothing_for_development() -> None:
    """requirements-production.lock (and -verify.lock, with the `verify` extra) are what
    production installs the wheel with (README: Installing in production)."""
    everything = pinned()
    development = {canonicalize_name(r.name) for r in asked_for(("dev",))} - {
        canonicalize_name(r.name) for r in asked_for(())
    }
    for lock, extras in (
        ("requirements-production.lock", ()),
        ("requirements-verify.lock", ("verify",)),
    ):
        pins = pinned(lock)
        for name, versions in pins.items():
            assert versions == everything.get(name), (
                f"{lock} pins {name} {versions}, requirements.lock {everything.get(name)}: "
                "run `make lock`"
            )
        if not extras:  # schemathesis itself needs pytest and hypothesis
            assert not development & set(pins), f"{lock} holds {sorted(development & set(pins))}"
        for requirement in asked_for(extras):
            name = canonicalize_name(requirement.name)
            assert name in pins, f"{name} is not in {lock}: run `make lock`"
