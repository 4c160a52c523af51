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


def asked_for() -> list[Requirement]:
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]
    dependencies = project["dependencies"] + project["optional-dependencies"]["dev"]
    return [Requirement(line) for line in dependencies]


def pinned() -> dict[str, list[tuple[Version, str]]]:
    pins: dict[str, list[tuple[Version, str]]] = {}
    for line in (PROJECT_ROOT / "requirements.lock").read_text().splitlines():
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
