"""Every message a person can see is translated, correctly, in every offered language."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.checkers import python_format
from babel.messages.pofile import read_po

from portal.settings import PROJECT_ROOT, TRANSLATIONS_DIR, load_council_config

OFFERED = [
    code for code in load_council_config(PROJECT_ROOT / "app.yaml").languages if code != "en"
]
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


@cache
def extracted() -> Catalog:
    """The messages the code and templates use now, freshly extracted."""
    folder = tempfile.mkdtemp(prefix="portal-extract-")
    out = Path(folder) / "messages.pot"
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


def catalogue(code: str) -> Catalog:
    with (TRANSLATIONS_DIR / code / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=code)


def _texts(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (value,)


def test_the_template_lists_every_message_in_use() -> None:
    with (TRANSLATIONS_DIR / "messages.pot").open("rb") as handle:
        committed = {m.id for m in read_po(handle) if m.id}
    in_use = {m.id for m in extracted() if m.id}
    assert in_use - committed == set(), "run `make translations`: messages.pot is out of date"


@pytest.mark.parametrize("code", OFFERED)
def test_every_message_is_translated(code: str) -> None:
    translated = catalogue(code)
    problems = []
    for message in extracted():
        if not message.id:
            continue
        found = translated.get(message.id)
        if found is None:
            problems.append(f"missing: {message.id!r}")
        elif found.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        elif not all(_texts(found.string)) or len(_texts(found.string)) < (
            translated.num_plurals if found.pluralizable else 1
        ):
            problems.append(f"untranslated: {message.id!r}")
    assert problems == [], f"{code}: {len(problems)} problems, first: {problems[:5]}"


@pytest.mark.parametrize("code", OFFERED)
def test_translations_keep_placeholders_and_markup(code: str) -> None:
    translated = catalogue(code)
    problems = []
    for message in translated:
        if not message.id or not message.string:
            continue
        try:
            python_format(translated, message)
        except Exception as exc:  # babel raises TranslationError
            problems.append(f"{message.id!r}: {exc}")
        source = " ".join(_texts(message.id))
        for text in _texts(message.string):
            if set(PLACEHOLDER.findall(text)) - set(PLACEHOLDER.findall(source)):
                problems.append(f"{message.id!r}: adds a placeholder")
            if sorted(TAG.findall(text)) != sorted(TAG.findall(_texts(message.id)[0])):
                problems.append(f"{message.id!r}: changes the HTML")
            if text.count("%%") != source.count("%%") and "%%" in source:
                problems.append(f"{message.id!r}: loses a literal %%")
    assert problems == [], f"{code}: {problems[:5]}"
