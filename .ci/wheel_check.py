"""The wheel production installs holds what the portal needs and nothing else, and serves.

`make wheel-check` (CI runs it after lint):
1. builds the wheel from this checkout (the assets must be built: `make assets`);
2. fails on any test, development tool, bench, .po or stylesheet source inside it, and on
   any template, compiled catalogue, asset, app.yaml or migration missing from it;
3. installs it in a fresh virtual environment in a temporary folder, its dependencies
   from requirements-production.lock (hash-checked), and checks that no development
   package (pytest, schemathesis, devtools, ...) can be imported there;
4. in that folder, nowhere near the checkout, with production settings (PORTAL_ENV=
   production, a database of its own on the test PostgreSQL server, made and dropped
   here): `flask --app portal.app db upgrade`, then gunicorn with the portal's config;
5. asks for /healthz, /readyz, and the start page in every language app.yaml offers
   (chosen as a person does, through /language/<code> and its cookie), each in its
   language, and for the stylesheet and script the page links to;
6. adds the `verify` extra (requirements-verify.lock) and checks `flask case-api verify`
   can run; without it, the command says what to install.

Any failure stops it with a non-zero exit and says what failed. Everything it started or
made (gunicorn, the database, the folder) is removed at the end.
"""

from __future__ import annotations

import html
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import requests
import yaml
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("TEST_RATELIMIT_STORAGE_URI", "redis://127.0.0.1:6379/0")
HOST = "send.example.gov.uk"
# On the start page in every language (templates/public/start.html).
START_PAGE_TEXT = "Who can ask for an assessment"
DEVELOPMENT_ONLY = "This is a development copy of the service"
# Not `tests`: govuk-frontend-jinja ships a top-level package of that name (the wheel's own
# files are checked for tests/ instead).
DEV_PACKAGES = ["devtools", "pytest", "schemathesis", "oidc_provider_mock", "playwright"]
FORBIDDEN = re.compile(
    r"^(tests|devtools|bench|node_modules|translations|templates|migrations)/"
    r"|\.(po|pot|scss)$|(^|/)\.built$|(^|/)babel\.cfg$|glossary"
)


class CheckFailed(Exception):
    pass


STARTED = time.monotonic()
# uv (a development dependency, as for `make lock`) builds and installs in seconds where
# pip takes minutes; it installs the same hash-checked files.
UV = str(Path(sys.executable).parent / "uv")


def step(message: str) -> None:
    print(f"wheel-check [{time.monotonic() - STARTED:3.0f} s]: {message}", flush=True)


def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]  # noqa: S603
    if result.returncode:
        raise CheckFailed(
            f"{' '.join(command)} exited {result.returncode}:\n{result.stdout[-3000:]}"
            f"\n{result.stderr[-3000:]}"
        )
    return result


def build_wheel(into: Path) -> Path:
    """Built from what git tracks plus the built assets, as a release would be: nothing
    left in the checkout from development (an old egg-info, a build/ folder) can slip in."""
    source = into.parent / "source"
    tracked = run(["git", "ls-files", "-z"], cwd=ROOT).stdout.split("\0")
    for name in filter(None, tracked):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "portal" / "static", source / "portal" / "static")
    run([UV, "build", "--quiet", "--wheel", "--out-dir", str(into), "."], cwd=source)
    (wheel,) = into.glob("*.whl")
    return wheel


def check_contents(wheel: Path, languages: list[str]) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    wrong = sorted(n for n in names if FORBIDDEN.search(n))
    if wrong:
        raise CheckFailed(
            "the wheel holds files production does not need:\n  " + "\n  ".join(wrong)
        )
    needed = [
        "portal/bundled/templates/base.html",
        "portal/bundled/templates/public/start.html",
        "portal/bundled/app.yaml",
        "portal/bundled/alembic.ini",
        "portal/bundled/migrations/env.py",
        "portal/bundled/migrations/script.py.mako",
        "portal/static/application.css",
        "portal/static/govuk-frontend.min.js",
        "portal/static/moj-frontend.min.js",
        "portal/case_api/openapi.yaml",
        "portal/wsgi.py",
        "forms/catalogue.yaml",
        "feedback/__init__.py",
    ]
    needed += [f"portal/bundled/translations/{c}/LC_MESSAGES/messages.mo" for c in languages[1:]]
    needed += [
        f"portal/bundled/migrations/versions/{p.name}"
        for p in (ROOT / "migrations" / "versions").glob("*.py")
    ]
    missing = [n for n in needed if n not in names]
    if missing:
        raise CheckFailed("the wheel lacks:\n  " + "\n  ".join(missing))
    step(f"{wheel.name}: {len(names)} files, none for development, none missing")


def install(venv: Path, wheel: Path) -> None:
    base_python = getattr(sys, "_base_executable", sys.executable)
    run([UV, "venv", "--quiet", "--python", base_python, str(venv)])
    uv_pip = [UV, "pip", "install", "--quiet", "--python", str(venv / "bin" / "python")]
    lock = str(ROOT / "requirements-production.lock")
    run([*uv_pip, "--require-hashes", "--no-deps", "--compile-bytecode", "-r", lock])
    run([*uv_pip, "--no-deps", "--compile-bytecode", str(wheel)])
    run([UV, "pip", "check", "--quiet", "--python", str(venv / "bin" / "python")])
    for module in DEV_PACKAGES:
        found = subprocess.run(  # noqa: S603
            [str(venv / "bin" / "python"), "-c", f"import {module}"],
            capture_output=True,
            check=False,
            cwd=venv,
        )
        if found.returncode == 0:
            raise CheckFailed(f"{module} can be imported from the production install")
    step("installed with requirements-production.lock; no development package importable")


ASK_INSTALLED = """
import json
from joserfc.jwk import RSAKey
from portal.platform.crypto import new_key
from portal.platform.settings import project_path
family_key = RSAKey.generate_key(2048, private=True, auto_kid=True).as_dict(private=True)
print(json.dumps([str(project_path("app.yaml")), new_key(), json.dumps(family_key)]))
"""


def production_settings(venv: Path, work: Path) -> tuple[Path, str, str]:
    """The bundled app.yaml with what production refuses replaced: real providers (never
    contacted to render a page), a public service URL and a Notify template; a data key
    and the families' client key, made by the installed portal."""
    out = run([str(venv / "bin" / "python"), "-c", ASK_INSTALLED], cwd=work).stdout
    shipped, data_key, family_key = json.loads(out)
    if ROOT in Path(shipped).parents or "site-packages" not in shipped:
        raise CheckFailed(f"the installed portal reads app.yaml from {shipped}, not the wheel")
    config = yaml.safe_load(Path(shipped).read_text(encoding="utf-8"))
    config["service"]["url"] = f"https://{HOST}"
    for who in ("families", "staff"):
        config["identity_providers"][who].update(
            embedded=False, issuer=f"https://{who}-sign-in.invalid/"
        )
    config["case_api"].update(
        embedded=False,
        base_url="https://case-system.invalid/api",
        token_url="https://case-system.invalid/token",  # noqa: S106 (a URL, not a secret)
    )
    config["notify"]["template_id"] = str(uuid.uuid4())
    config["notify"]["sms_template_id"] = str(uuid.uuid4())
    path = work / "app.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path, data_key, family_key


def admin_connection() -> psycopg.Connection:
    return psycopg.connect(DATABASE_URL, autocommit=True, connect_timeout=10)


def database_url(name: str) -> str:
    parts = urlsplit(DATABASE_URL)
    return urlunsplit(parts._replace(path=f"/{name}"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def expected_texts(languages: list[str]) -> dict[str, str]:
    texts = {"en": START_PAGE_TEXT}
    for code in languages[1:]:
        po = ROOT / "translations" / code / "LC_MESSAGES" / "messages.po"
        with po.open("rb") as f:
            message = read_po(f, locale=code).get(START_PAGE_TEXT)
        if message is None or not message.string or message.fuzzy:
            raise CheckFailed(f"{po} has no translation of {START_PAGE_TEXT!r} to check with")
        texts[code] = message.string
    return texts


def wait_until_up(
    base: str, server: subprocess.Popen[bytes], log: Path, path: str = "/healthz"
) -> None:
    # The socket opens before a worker has loaded the portal: a busy machine takes a while.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise CheckFailed(f"gunicorn stopped (exit {server.returncode}):\n{tail(log)}")
        try:
            requests.get(f"{base}{path}", headers={"Host": HOST}, timeout=10)
            return
        except requests.RequestException:
            time.sleep(0.5)
    raise CheckFailed(f"gunicorn did not answer within 120 s:\n{tail(log)}")


def tail(log: Path) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-40:])


def get(base: str, path: str, cookie: str | None = None) -> requests.Response:
    # As behind the council's proxy (PORTAL_TRUSTED_PROXIES=1): HTTPS, on its host name.
    headers = {"Host": HOST, "X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}
    if cookie:
        headers["Cookie"] = cookie
    return requests.get(base + path, headers=headers, timeout=30, allow_redirects=False)


def expect(response: requests.Response, status: int, what: str) -> requests.Response:
    if response.status_code != status:
        raise CheckFailed(
            f"{what}: {response.request.url} answered {response.status_code}, not {status}:\n"
            f"{response.text[:2000]}"
        )
    return response


def check_pages(base: str, languages: list[str]) -> None:
    health = expect(get(base, "/healthz"), 200, "health").json()
    ready = expect(get(base, "/readyz"), 200, "readiness").json()
    if health.get("status") != "ok" or ready != {"status": "ok", "database": "ok"}:
        raise CheckFailed(f"/healthz said {health}, /readyz said {ready}")
    step("/healthz and /readyz: ok (the database is reachable)")

    texts = expected_texts(languages)
    english = expect(get(base, "/"), 200, "the start page").text
    for code in languages:
        switched = expect(get(base, f"/language/{code}?next=/"), 302, f"switching to {code}")
        cookie = switched.cookies.get("locale")
        if cookie != code:
            raise CheckFailed(f"/language/{code} set the locale cookie to {cookie!r}")
        page = expect(get(base, "/", cookie=f"locale={code}"), 200, f"the start page ({code})")
        text = html.unescape(page.text)
        if f'<html lang="{code}"' not in page.text:
            raise CheckFailed(f"the start page asked for in {code} is not marked lang={code!r}")
        if texts[code] not in text:
            raise CheckFailed(f"the start page in {code} lacks {texts[code]!r}")
        if DEVELOPMENT_ONLY in text:
            raise CheckFailed("the start page offers the development sign-in in production")
        if code != "en" and START_PAGE_TEXT in text:
            raise CheckFailed(f"the start page in {code} is still in English")
        step(f"start page in {code}: lang={code}, {texts[code]!r}")

    # The stylesheet's link, and GOV.UK Frontend's script imported by an inline module.
    links = re.findall(r'(?:href=|src=|from )"(/assets/[^"]+)"', english)
    kinds = {"text/css": 0, "text/javascript": 0}
    for link in links:
        url = html.unescape(link)
        response = expect(get(base, url), 200, "a static asset")
        kind = response.headers.get("Content-Type", "").split(";")[0]
        if kind in kinds and len(response.content) > 1000:
            kinds[kind] += 1
    if not all(kinds.values()):
        raise CheckFailed(
            f"the start page links to no stylesheet or no script that serves: {links}"
        )
    step(f"{len(links)} static assets linked from the start page, each served")


def check_verify(venv: Path, work: Path, environment: dict[str, str]) -> None:
    flask = [str(venv / "bin" / "flask"), "--app", "portal.app", "case-api", "verify"]
    without = subprocess.run(  # noqa: S603
        [*flask, "http://127.0.0.1:9/"],
        capture_output=True,
        text=True,
        check=False,
        cwd=work,
        env=environment,
    )
    if without.returncode == 0 or "verify extra" not in without.stderr:
        raise CheckFailed(f"case-api verify without schemathesis:\n{without.stderr[-2000:]}")
    python = ["--python", str(venv / "bin" / "python")]
    run(
        [
            UV,
            "pip",
            "install",
            "--quiet",
            *python,
            "--require-hashes",
            "--no-deps",
            "-r",
            str(ROOT / "requirements-verify.lock"),
        ]
    )
    run([UV, "pip", "check", "--quiet", *python])
    run([str(venv / "bin" / "python"), "-c", "import portal.case_api.verify_hooks"], cwd=work)
    run([str(venv / "bin" / "python"), "-m", "schemathesis.cli", "--version"], cwd=work)
    run([*flask, "--help"], cwd=work, env=environment)
    verify_against_reference(flask, work, environment)
    step("case-api verify: says to install the verify extra without it; with it, passes")


def verify_against_reference(flask: list[str], work: Path, environment: dict[str, str]) -> None:
    """The installed portal's `flask case-api verify` against the reference case system,
    which runs from the checkout (devtools is never in the wheel), as a council would
    check its own case system before going live."""
    port = free_port()
    secret = secrets.token_urlsafe(24)
    reference_env = {
        **os.environ,
        "CASE_SYSTEM_DATABASE_URL": f"sqlite:///{work / 'case-system.db'}",
        "CASE_SYSTEM_CLIENTS": f"portal:{secret}",
    }
    log = work / "case-system.log"
    with log.open("wb") as log_file:
        reference = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--bind",
                f"127.0.0.1:{port}",
                # Any length of request line, so a fuzzed query too long for gunicorn's
                # 4,094 bytes reaches the case system, which refuses it as the contract
                # says (400), not gunicorn (414, which the contract does not know).
                "--limit-request-line",
                "0",
                "devtools.reference_case_system.wsgi:app",
            ],
            cwd=ROOT,
            env=reference_env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, reference, log, path="/v1/cases")
        result = subprocess.run(  # noqa: S603
            [
                *flask,
                f"{base}/v1",
                "--token-url",
                f"{base}/oauth/token",
                "--client-id",
                "portal",
                "--max-examples",
                "5",
            ],
            capture_output=True,
            text=True,
            check=False,
            cwd=work,
            env={**environment, "CASE_API_CLIENT_SECRET": secret},
        )
        if result.returncode != 0 or "passed" not in result.stdout:
            raise CheckFailed(
                "case-api verify against the reference case system failed:\n"
                f"{result.stdout[-3000:]}\n{result.stderr[-2000:]}"
            )
    finally:
        reference.terminate()
        reference.wait(timeout=30)


def main() -> int:
    # Nothing from the checkout may reach the installed portal's interpreter.
    for name in ("PYTHONPATH", "PYTHONHOME", "PORTAL_CONFIG", "PORTAL_INSTANCE_PATH"):
        os.environ.pop(name, None)
    languages = yaml.safe_load((ROOT / "app.yaml").read_text(encoding="utf-8"))["languages"]
    temp = Path(tempfile.mkdtemp(prefix="portal-wheel-check-"))
    if ROOT in temp.parents:
        raise CheckFailed(f"{temp} is inside the checkout")
    database = f"portal_wheel_{secrets.token_hex(6)}"
    server: subprocess.Popen[bytes] | None = None
    created = False
    try:
        wheel = build_wheel(temp / "dist")
        check_contents(wheel, languages)
        venv = temp / "venv"
        install(venv, wheel)

        work = temp / "work"
        work.mkdir()
        config, data_key, family_key = production_settings(venv, work)
        step("production app.yaml and keys made")
        with admin_connection() as connection:
            connection.execute(f'CREATE DATABASE "{database}"')  # type: ignore[arg-type]
        created = True
        step(f"database {database} created")
        environment = {
            "PATH": f"{venv / 'bin'}:{os.environ['PATH']}",
            "HOME": str(work),
            "LANG": "C.UTF-8",
            "PORTAL_ENV": "production",
            "PORTAL_CONFIG": str(config),
            "PORTAL_INSTANCE_PATH": str(work / "instance"),
            "SECRET_KEY": secrets.token_urlsafe(48),
            "PORTAL_DATA_KEYS": data_key,
            "DATABASE_URL": database_url(database),
            "FAMILY_OIDC_PRIVATE_KEY": family_key,
            "STAFF_OIDC_CLIENT_SECRET": secrets.token_urlsafe(24),
            "CASE_API_CLIENT_SECRET": secrets.token_urlsafe(24),
            "NOTIFY_API_KEY": f"wheelcheck-{uuid.uuid4()}-{uuid.uuid4()}",
            "CLAMD_ADDRESS": "127.0.0.1:3310",
            "PORTAL_TRUSTED_PROXIES": "1",
            "PORTAL_ALLOWED_HOSTS": HOST,
            "RATELIMIT_STORAGE_URI": REDIS_URL,
        }
        out = run(
            [str(venv / "bin" / "flask"), "--app", "portal.app", "db", "upgrade"],
            cwd=work,
            env=environment,
        )
        step(f"flask db upgrade: {out.stdout.strip()}")

        port = free_port()
        log = work / "gunicorn.log"
        with log.open("wb") as log_file:
            server = subprocess.Popen(  # noqa: S603
                [
                    str(venv / "bin" / "gunicorn"),
                    "--config",
                    "python:portal.gunicorn_config",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "2",
                    "portal.wsgi:app",
                ],
                cwd=work,
                env=environment,
                stdout=log_file,
                stderr=subprocess.STDOUT,
            )
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base, server, log)
        step(f"gunicorn serving from {venv} on port {port}")
        try:
            check_pages(base, languages)
        except CheckFailed as failure:
            raise CheckFailed(f"{failure}\ngunicorn's log:\n{tail(log)}") from None
        check_verify(venv, work, environment)
    except CheckFailed as failure:
        print(f"wheel-check FAILED: {failure}", file=sys.stderr, flush=True)
        return 1
    finally:
        if server is not None and server.poll() is None:
            server.send_signal(signal.SIGINT)  # quick shutdown: nothing is in flight
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        if created:
            with admin_connection() as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')  # type: ignore[arg-type]
        shutil.rmtree(temp, ignore_errors=True)
    step("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
