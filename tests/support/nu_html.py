"""The Nu HTML Checker (vnu-jar from npm, run with Java) over pages the test client
fetched: one run for every page, its errors named by page."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from portal.platform.settings import PROJECT_ROOT

VNU = PROJECT_ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_html_errors(pages: dict[str, str], folder: Path) -> list[str]:
    """Errors the checker finds in `pages` (a name for each page: its HTML)."""
    if shutil.which("java") is None or not VNU.exists():
        pytest.skip("the Nu HTML Checker needs Java and the vnu-jar npm package")
    files = []
    for number, (name, html) in enumerate(pages.items()):
        path = folder / f"{number}.html"
        path.write_text(html, encoding="utf-8")
        files.append((path, name))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--exit-zero-always"]
        + [str(path) for path, _name in files],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    names = {path.resolve().as_uri(): name for path, name in files}
    found = []
    for message in json.loads(result.stderr or result.stdout)["messages"]:
        if message["type"] == "error":
            where = names.get(message.get("url", "").replace("file:/", "file:///", 1), "")
            where = where or message.get("url", "")
            found.append(f"{where}: line {message.get('lastLine')}: {message['message']}")
    return found
