"""What `create_app` keeps in `app.extensions`, read back with its type.

Each key is written once, at set-up (`create_app` and the `init_app` functions), under
the constants here, and read only through these functions: the current application's
by default, or the one given (workers and commands that hold an app outside a request).
What belongs to a feature or to the case API is kept and read there, under its own key
(portal.auth.providers, portal.case_api.setup), and the database's engine and sessions
beside them (portal.platform.db, which the reference case system uses without the rest);
portal.models.base reads the cipher by its key itself, as the tables stand below the
platform.
"""

from __future__ import annotations

from typing import Any, cast

from flask import Flask, current_app

from forms.catalogue import Catalogue
from portal.platform.crypto import DataCipher
from portal.platform.settings import Settings

SETTINGS = "portal_settings"
CIPHER = "portal_cipher"  # also read by portal.models.base
CATALOGUE = "portal_catalogue"


def of(app: Flask | None = None) -> dict[str, Any]:
    """The extensions of the application given, or of the one handling this request or
    command."""
    return (current_app if app is None else app).extensions


def settings(app: Flask | None = None) -> Settings:
    return cast(Settings, of(app)[SETTINGS])


def cipher(app: Flask | None = None) -> DataCipher:
    return cast(DataCipher, of(app)[CIPHER])


def catalogue(app: Flask | None = None) -> Catalogue:
    return cast(Catalogue, of(app)[CATALOGUE])
