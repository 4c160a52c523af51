"""Page weight, compressed, of a first visit and of a repeat visit.

Run with `make bench`. A first visit fetches the page and everything it links to
(stylesheets, scripts, icons); a repeat visit fetches the page alone, because the
fingerprinted assets are cached for a year. Targets: at most 60 KB and 8 KB, and no
web fonts.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup

from bench import measured_app, write_results
from tests.conftest import make_settings, migrate, sign_in
from tests.integration.test_request_journey import start

FIRST_VISIT_KB = 60
REPEAT_VISIT_KB = 8
GZIP = {"Accept-Encoding": "gzip, br"}


def linked(html: str) -> list[str]:
    page = BeautifulSoup(html, "html.parser")
    urls = [tag["href"] for tag in page.select("link[href]") if tag.get("rel") != ["canonical"]]
    urls += [tag["src"] for tag in page.select("script[src], img[src]")]
    for script in page.select("script:not([src])"):  # modules imported by inline scripts
        urls += re.findall(r'from\s+"(/[^"]+)"', script.string or "")
    return [url for url in urls if url.startswith("/")]


def weigh(client: Any, path: str) -> dict[str, Any]:
    response = client.get(path, headers=GZIP)
    assert response.status_code == 200, path
    html_bytes = len(response.data)
    html = client.get(path).get_data(as_text=True)
    assets = {url: len(client.get(url, headers=GZIP).data) for url in linked(html)}
    fonts = [url for url in assets if url.split("?")[0].endswith((".woff", ".woff2", ".ttf"))]
    first = (html_bytes + sum(assets.values())) / 1024
    repeat = html_bytes / 1024
    return {
        "page": path,
        "first_visit_kb": round(first, 1),
        "repeat_visit_kb": round(repeat, 1),
        "assets": {url.split("?")[0]: round(size / 1024, 1) for url, size in assets.items()},
        "web_fonts": fonts,
        "met": first <= FIRST_VISIT_KB and repeat <= REPEAT_VISIT_KB and not fonts,
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/weight.db"
        migrate(url)
        app = measured_app(make_settings(Path(folder), url))
        visitor = app.test_client()
        rows = [weigh(visitor, path) for path in ("/", "/privacy", "/feedback/")]
        family = app.test_client()
        sign_in(family)
        draft = start(family)
        for path in (
            "/account/",
            f"/account/request/{draft}/",
            f"/account/request/{draft}/needs/description",
        ):
            rows.append(weigh(family, path))
        app.extensions["db_engine"].dispose()
    targets = f"targets <= {FIRST_VISIT_KB} / {REPEAT_VISIT_KB}"
    print(f"{'page (compressed)':46} {'first KB':>9} {'repeat KB':>10}  {targets}")
    for row in rows:
        shown = row["page"].replace(draft, "<draft>")
        verdict = "met" if row["met"] else "MISSED"
        print(f"{shown:46} {row['first_visit_kb']:>9} {row['repeat_visit_kb']:>10}  {verdict}")
        row["page"] = shown
    write_results(page_weight=rows)


if __name__ == "__main__":
    main()
