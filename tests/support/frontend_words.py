"""A test-only Arabic catalogue for GOV.UK Frontend's own words.

The real Arabic catalogue may not translate them yet, and gettext then returns the
English, so a test against it could not tell a translated page from one that never asked.
This catalogue gives each message, and each of Arabic's six plural forms, a distinct text.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from flask import Flask

FORMS = ["صفر", "واحد", "اثنان", "قليل", "كثير", "آخر"]  # Arabic's plural forms, in order
ERROR = "خطأ"
UNDER = ("You have %(num)s character remaining", "You have %(num)s characters remaining")
OVER = ("You have %(num)s character too many", "You have %(num)s characters too many")
DESCRIPTION = (
    "You can enter up to %(num)s character",
    "You can enter up to %(num)s characters",
)
FILES = ("%(num)s file chosen", "%(num)s files chosen")
SINGLE = {
    "Error": ERROR,
    "You have 0 characters remaining": "لم يبق أي حرف",
    "Choose file": "اختر ملفًا",
    "No file chosen": "لم يتم اختيار ملف",
    "Service information": "معلومات الخدمة",
}


@contextmanager
def arabic_test_catalogue(app: Flask, folder: Path) -> Iterator[None]:
    """The app reads the test catalogue after its own, while in the block. Flask-Babel
    keeps loaded catalogues in one cache for every app in the process: it is emptied on
    the way in and out, so no other test sees these texts."""
    catalog = Catalog(locale="ar")
    for english, arabic in SINGLE.items():
        catalog.add(english, arabic)
    catalog.add(UNDER, tuple(f"بقي %(num)s ({form})" for form in FORMS))
    catalog.add(OVER, tuple(f"زيادة %(num)s ({form})" for form in FORMS))
    catalog.add(DESCRIPTION, tuple(f"حتى %(num)s ({form})" for form in FORMS))
    catalog.add(FILES, tuple(f"ملفات %(num)s ({form})" for form in FORMS))
    target = folder / "ar" / "LC_MESSAGES"
    target.mkdir(parents=True)
    with (target / "messages.mo").open("wb") as out:
        write_mo(out, catalog)
    directories = app.extensions["babel"].translation_directories
    with app.app_context():
        cache = app.extensions["babel"].instance.domain_instance.cache
    directories.append(str(folder))
    cache.clear()
    try:
        yield
    finally:
        directories.remove(str(folder))
        cache.clear()
