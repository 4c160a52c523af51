"""The app's Jinja environment keeps Jinja's rules for globals while importing macro
files cheaply (portal/app.py, _TemplateGlobals)."""

from __future__ import annotations

from flask import Flask
from jinja2 import DictLoader


def test_an_imported_macro_sees_the_globals_of_the_template_that_imports_it(app: Flask) -> None:
    app.jinja_env.globals["greeting"] = "Hello"
    app.jinja_env.loader = DictLoader(
        {"macros.html": "{% macro hi() %}{{ greeting }} {{ name | default('') }}{% endmacro %}"}
    )
    source = '{% from "macros.html" import hi %}{{ hi() }}'

    assert app.jinja_env.from_string(source).render() == "Hello "
    own = app.jinja_env.from_string(source, globals={"name": "Amara"})
    assert own.render() == "Hello Amara"
    assert set(own.globals.keys()) == {"name", *app.jinja_env.globals}


def test_a_global_added_to_the_app_later_reaches_templates_already_loaded(app: Flask) -> None:
    template = app.jinja_env.from_string("{{ later }}")
    app.jinja_env.globals["later"] = "seen"
    assert template.render() == "seen"
    assert "later" in set(template.globals.keys())
