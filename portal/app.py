"""The SEND family portal: `create_app()` wires settings, extensions and blueprints."""

from __future__ import annotations

import warnings
from collections import ChainMap
from collections.abc import KeysView, MutableMapping
from itertools import chain
from typing import Any

import authlib.deprecate  # noqa: F401  (imported for its side effect on warning filters)
from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader

# authlib warns about its own modules that oidc-provider-mock and rfc7523 still import;
# it forces its warnings on when imported, so these filters must come after it.
warnings.filterwarnings("ignore", message="authlib.jose module is deprecated")
warnings.filterwarnings("ignore", message="The httpx module is deprecated")

from flask import Flask
from flask.templating import Environment
from govuk_frontend_wtf.main import WTFormsHelpers
from jinja2.bccache import Bucket, BytecodeCache
from werkzeug.middleware.proxy_fix import ProxyFix

import feedback
import feedback.routes
import portal.account.messages_routes
import portal.account.routes
import portal.assessment_request.routes
import portal.auth.routes
import portal.consent.caseworker_routes
import portal.consent.routes
import portal.contact_preferences.routes
import portal.contributions.caseworker_routes
import portal.contributions.routes
import portal.data_rights.caseworker_routes
import portal.data_rights.routes
import portal.disagreement.routes
import portal.documents.caseworker_routes
import portal.documents.routes
import portal.draft_plans.caseworker_routes
import portal.draft_plans.routes
import portal.links.caseworker_routes
import portal.links.routes
import portal.ops.routes
import portal.public.routes
import portal.reports.routes
import portal.reviews.caseworker_routes
import portal.reviews.routes
import portal.triage.action_routes
import portal.triage.request_routes
import portal.triage.routes
import portal.triage.workspace_routes
from forms.catalogue import Catalogue, load_catalogue, partner_references
from forms.kit.question import TODAY, error_href, wtforms_errors
from portal.auth import setup as auth_setup
from portal.case_api import notify
from portal.case_api import setup as case_api_setup
from portal.documents import service as attachments
from portal.models.base import utcnow
from portal.ops import cli
from portal.platform import (
    access,
    assets,
    audit,
    compression,
    db,
    deadlines,
    errors,
    extensions,
    frontend_text,
    i18n,
    logs,
    rate_limits,
    security,
)
from portal.platform.answers import as_html, subject_headings
from portal.platform.check_answers import this_page
from portal.platform.crypto import DataCipher
from portal.platform.settings import Settings, SettingsError, load_settings, project_path
from portal.platform.sharing import partner_names, shared_split


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or load_settings()
    logs.configure_logging()
    app = Flask(
        __name__,
        static_folder="static",
        static_url_path="/assets",
        template_folder=str(project_path("templates")),
        instance_path=str(settings.instance_path),
    )
    app.jinja_environment = _PortalEnvironment
    app.config.update(
        SECRET_KEY=settings.secret_key,
        MAX_CONTENT_LENGTH=settings.config.uploads.max_request_bytes,
        MAX_FORM_MEMORY_SIZE=1024 * 1024,
        TESTING=settings.env == "test",
        # The Host header is only believed for these names (PORTAL_ALLOWED_HOSTS), so no
        # link or sign-in redirect_uri is built from a host an attacker chose.
        TRUSTED_HOSTS=settings.allowed_hosts or None,
    )
    app.extensions[extensions.SETTINGS] = settings
    app.extensions[extensions.CIPHER] = DataCipher(settings.data_keys)
    app.extensions[extensions.CATALOGUE] = _load_catalogue(settings)
    app.extensions[TODAY] = deadlines.council_today

    compression.init_app(app)  # first registered, so the last to touch each response
    logs.init_app(app)
    security.init_app(app)
    i18n.init_app(app)
    frontend_text.init_app(app)
    assets.init_app(app)
    db.init_app(app, settings.database_url)
    audit.init_app(app)
    errors.init_app(app)
    rate_limits.init_app(app, settings)
    auth_setup.init_app(app, settings)
    case_api_setup.init_app(app, settings)
    access.init_app(app)
    WTFormsHelpers(app)
    app.add_template_global(wtforms_errors)
    app.add_template_global(error_href)
    app.add_template_global(notify.service_link)
    app.add_template_global(audit.describe, "describe_action")
    app.add_template_global(audit.describe_actor, "describe_actor")
    _register_templates(app)

    register_blueprints(app)

    cli.register(app)
    if settings.trusted_proxies:
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=settings.trusted_proxies, x_proto=settings.trusted_proxies
        )
    # First of all hooks: the CSRF check reads the form, so the body limit must be set.
    app.before_request_funcs.setdefault(None, []).insert(0, attachments.limit_request_body)
    access.check_every_route_declared(app)
    return app


def register_blueprints(app: Flask) -> None:
    """Every page the portal serves. Each feature's blueprint lives in its package; the
    routes modules imported above add their routes to it."""
    for blueprint in (
        i18n.bp,
        portal.public.bp,
        portal.auth.bp,
        portal.account.bp,
        portal.links.bp,
        portal.assessment_request.bp,
        portal.consent.bp,
        portal.contact_preferences.bp,
        portal.contributions.bp,
        portal.data_rights.bp,
        portal.disagreement.bp,
        portal.documents.bp,
        portal.draft_plans.bp,
        portal.reviews.bp,
        portal.triage.bp,
        portal.reports.bp,
        portal.ops.bp,
        feedback.bp,
    ):
        app.register_blueprint(blueprint)


def _load_catalogue(settings: Settings) -> Catalogue:
    catalogue = load_catalogue()
    for where, partner_ids in partner_references(catalogue):
        settings.config.check_partner_ids(partner_ids, f"forms/catalogue.yaml: {where}")
    rules = {rule.id for rule in settings.config.retention}
    for item in catalogue.items:
        if item.retention not in rules:
            raise SettingsError(
                f"forms/catalogue.yaml: items.{item.id}.retention: {item.retention!r} is not "
                f"a retention rule in app.yaml (known: {', '.join(sorted(rules))})"
            )
    return catalogue


class _TemplateGlobals(ChainMap[str, Any]):
    """A template's globals whose keys are a dict's keys.

    Jinja imports a macro file on every render of a template that imports it, and first
    checks the importing template's globals against the imported one's
    (`ctx.globals_keys - template.globals.keys()`). On a ChainMap that difference asks
    every map for every key in Python: a tenth of a page's time where a page imports
    thirty macro files. A dict's keys make it one set operation."""

    def keys(self) -> KeysView[str]:  # type: ignore[override]
        return dict.fromkeys(chain.from_iterable(self.maps)).keys()


class _PortalEnvironment(Environment):
    def make_globals(self, d: MutableMapping[str, Any] | None) -> ChainMap[str, Any]:
        return _TemplateGlobals({} if d is None else d, self.globals)


class _CompiledTemplates(BytecodeCache):
    """Compiled templates shared by every app in the process, checked against their
    source. An app compiles each template once anyway; this matters where a process
    builds many apps (the tests build one per test) or a worker restarts its app."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


COMPILED_TEMPLATES = _CompiledTemplates()


def _register_templates(app: Flask) -> None:
    settings = extensions.settings(app)
    own_templates = app.jinja_loader
    assert own_templates is not None  # create_app gives the template folder
    app.jinja_env.bytecode_cache = COMPILED_TEMPLATES
    app.jinja_loader = ChoiceLoader(
        [
            own_templates,
            PrefixLoader(
                {
                    "govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
                    "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf"),
                }
            ),
        ]
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.globals["council"] = settings.config.council
    app.jinja_env.globals["service"] = settings.config.service
    app.jinja_env.globals["uploads"] = settings.config.uploads
    app.jinja_env.globals["now"] = utcnow
    app.jinja_env.globals["answer_html"] = as_html
    app.jinja_env.globals["this_page"] = this_page
    app.jinja_env.globals["answer_subjects"] = subject_headings
    app.jinja_env.globals["shared_split"] = shared_split
    app.jinja_env.globals["partner_names"] = partner_names
