"""Builds the wheel production installs: pyproject.toml says what the package is; this
file only adds, at build time, what the portal reads from beside the package in a
checkout.

Why a build step rather than package-data: templates/, translations/, app.yaml,
migrations/ and alembic.ini live at the top of the checkout, outside `portal/`, and
package-data can only take files under a package (setuptools' data-files are
deprecated, and land outside site-packages where the code cannot find them). So
`build_py` copies them into the built package as `portal/bundled/`, where
`portal.platform.settings.project_path` looks when it is installed. Nothing is copied into the
checkout and no symlink is needed, so the working tree stays as it is.

- translations: each catalogue is compiled from its .po here (the same as `pybabel
  compile`, fuzzy entries left out), so the wheel never carries a stale .mo; the .po,
  .pot, glossaries and babel.cfg stay out.
- portal/static: GOV.UK Frontend's script and the compiled stylesheet, built by `make
  assets` (Node.js is not needed to build the wheel, but the assets must be there: the
  build stops if they are not).
- Editable installs (`pip install -e .`, what `make` does) read the checkout itself, so
  they skip all of this.

Build with `make wheel` (or `pip wheel . --no-deps -w dist` after `make assets`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
COPIED = ["templates", "migrations", "app.yaml", "alembic.ini"]
LEFT_OUT = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


class BuildPortal(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        package = Path(self.build_lib) / "portal"
        bundled = package / "bundled"
        shutil.rmtree(bundled, ignore_errors=True)
        bundled.mkdir(parents=True)
        for name in COPIED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, bundled / name, ignore=LEFT_OUT)
            else:
                shutil.copy2(source, bundled / name)
        _compile_catalogues(ROOT / "translations", bundled / "translations")
        _copy_static(ROOT / "portal" / "static", package / "static")


def _compile_catalogues(source: Path, target: Path) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalogues = sorted(source.glob("*/LC_MESSAGES/messages.po"))
    if not catalogues:
        raise SystemExit(f"No catalogues in {source}: the wheel would be English only")
    for po in catalogues:
        mo = target / po.relative_to(source).with_suffix(".mo")
        mo.parent.mkdir(parents=True, exist_ok=True)
        with po.open("rb") as read:
            catalogue = read_po(read, locale=po.parent.parent.name)
        with mo.open("wb") as write:
            write_mo(write, catalogue, use_fuzzy=False)


def _copy_static(source: Path, target: Path) -> None:
    if not (source / ".built").exists():
        raise SystemExit(
            f"{source} has not been built: run `make assets` before building the wheel"
        )
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=LEFT_OUT)


setup(cmdclass={"build_py": BuildPortal})
