"""Every route declares who may use it; an undeclared route stops the app being built."""

from __future__ import annotations

import pytest
from flask import Flask

from portal.platform.access import check_every_route_declared, undeclared_routes


def test_every_route_has_an_access_declaration(app: Flask) -> None:
    assert len(list(app.url_map.iter_rules())) > 5
    assert undeclared_routes(app) == []


def test_a_route_without_a_declaration_is_refused(app: Flask) -> None:
    app.add_url_rule("/forgotten", "forgotten", lambda: "oops")
    with pytest.raises(RuntimeError, match="routes without an access declaration: /forgotten"):
        check_every_route_declared(app)
