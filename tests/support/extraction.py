"""The messages the code and templates use now, extracted as `make translations` extracts
them: what the translation tests compare the catalogues with."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from portal.platform.council_config import PROJECT_ROOT, TRANSLATIONS_DIR


@cache
def extracted() -> Catalog:
    """Freshly extracted, once per test process."""
    out = Path(tempfile.mkdtemp(prefix="portal-extract-")) / "messages.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            str(TRANSLATIONS_DIR / "babel.cfg"),
            "-k",
            "lazy_gettext",
            "-k",
            "_l",
            "-k",
            "voiced",
            "-c",
            "NOTE",
            "-o",
            str(out),
            ".",
        ],
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
    )
    with out.open("rb") as handle:
        return read_po(handle)
