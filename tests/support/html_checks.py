"""What a careful reviewer checks on every HTML page the test client fetches: a language
and direction, one h1 that the title starts with, a CSP nonce on every script, no id
used twice, and every form that posts saying where to (without one, it posts to the
address in the browser, "#…" and all, and the browser then takes the focus past the
error summary to the box the "#…" names).

It reads the page with the standard library's tokenizer alone: building a BeautifulSoup
tree of every page cost more than the portal took to make it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from html.parser import HTMLParser

from babel.support import Translations
from werkzeug.test import TestResponse

from portal.platform.settings import PROJECT_ROOT

_VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class _PageFacts(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root: dict[str, str | None] = {}
        self.h1s: list[list[str]] = []
        self.h1_captions: list[list[str]] = []  # the words of each h1's caption, if it has one
        self.title: list[str] = []
        self.script_nonces: list[str | None] = []
        self.ids: Counter[str] = Counter()
        self.posted_to: list[str | None] = []  # each posting form's action
        self._open: list[list[str]] = []
        self._caption_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id") is not None:
            self.ids[str(values["id"])] += 1
        if self._caption_depth:
            self._caption_depth += tag not in _VOID
        elif self._in_h1() and "govuk-caption" in (values.get("class") or ""):
            self._caption_depth = 1
            self._open.append(self.h1_captions[-1])
        if tag == "html" and not self.root:
            self.root = values
        elif tag == "h1":
            self.h1s.append([])
            self.h1_captions.append([])
            self._open.append(self.h1s[-1])
        elif tag == "title":
            self._open.append(self.title)
        elif tag == "script":
            self.script_nonces.append(values.get("nonce"))
        elif tag == "form" and (values.get("method") or "").lower() == "post":
            self.posted_to.append(values.get("action"))

    def _in_h1(self) -> bool:
        return bool(self.h1s and self._open and self._open[-1] is self.h1s[-1])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id") is not None:
            self.ids[str(values["id"])] += 1

    def handle_endtag(self, tag: str) -> None:
        if self._caption_depth:
            self._caption_depth -= 1
            if not self._caption_depth:
                self._open.pop()
        elif tag in ("h1", "title") and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for text in self._open:
            text.append(data)

    def headings(self) -> tuple[str, str]:
        """The h1's words, and its words without its caption (a case or person's name
        above a question, which a title may put before or after the question)."""
        whole, caption = _words(self.h1s[0]), _words(self.h1_captions[0])
        return whole, " ".join(whole.removeprefix(caption).split())


def _words(parts: list[str]) -> str:
    return " ".join("".join(parts).split())


@functools.cache
def _error_prefix(language: str) -> str:
    """What a page's title starts with, in its own language, when its form has errors."""
    words = Translations.load(PROJECT_ROOT / "translations", [language]).gettext("Error:")
    return f"{words} "


def check_page(response: TestResponse) -> None:
    facts = _PageFacts()
    facts.feed(response.get_data(as_text=True))
    facts.close()
    where = f"{response.request.path} ({response.status_code})"

    assert facts.root.get("lang") and facts.root.get("dir") in ("ltr", "rtl"), where

    assert len(facts.h1s) == 1, f"{where}: {len(facts.h1s)} h1 elements"
    whole, bare = facts.headings()
    title = _words(facts.title).removeprefix(_error_prefix(str(facts.root["lang"])))
    assert title.startswith((whole, bare)), f"{where}: title {title!r} does not start with {bare!r}"

    policy = response.headers.get("Content-Security-Policy", "")
    nonce = re.search(r"'nonce-([^']+)'", policy)
    assert nonce, f"{where}: no CSP nonce"
    for script in facts.script_nonces:
        assert script == nonce.group(1), f"{where}: a script lacks the nonce"

    duplicates = {i for i, count in facts.ids.items() if count > 1}
    assert not duplicates, f"{where}: duplicate ids {duplicates}"

    for action in facts.posted_to:
        assert action and "#" not in action, f"{where}: a form posts to {action!r}"
