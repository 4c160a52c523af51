"""The checks every page a journey visits must pass, and a person who runs them.

A `Person` wraps one Playwright page in its own browser context. Each time the page
shows a new document, the next use of `person.page` (and the end of the test) checks it
first: axe-core's WCAG 2.2 A and AA rules, English left on a page in another language,
reflow at 320 px, console errors and CSP violations, and 5xx responses. A journey that
uses only `person.page` therefore cannot skip a page.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from babel.messages.pofile import read_po

from portal.platform.settings import PROJECT_ROOT
from tests.support.browser import AXE_SOURCE, run_axe

TRANSLATIONS = PROJECT_ROOT / "translations"
DESKTOP = {"width": 1024, "height": 800}
NARROWEST = 320

# GOV.UK Frontend's own English words (Nunjucks macro and JavaScript defaults): none is in
# the portal's catalogue unless the portal passes it in, so each is English on any page
# in another language.
GOVUK_FRONTEND_DEFAULTS = [
    r"You have [\d,.]+ characters? remaining",
    r"You have [\d,.]+ characters? too many",
    r"You can enter up to [\d,.]+ characters",
    r"You have [\d,.]+ words? remaining",
    r"You have [\d,.]+ words? too many",
    r"You can enter up to [\d,.]+ words",
    r"Error:",
    r"There is a problem",
    r"Skip to main content",
    r"Show all sections",
    r"Hide all sections",
    r"Show all",
    r"Hide all",
    r"This section",
    r"Support links",
    r"Menu",
    r"Important",
    r"Success",
    r"Warning",
    r"Day",
    r"Month",
    r"Year",
    r"Back",
    r"Change",
    r"or",
    r"Choose file",
    r"Choose files",
    r"No file chosen",
    r"Drag and drop file here or",
    r"Drag and drop files here or",
    r"Enter files here",
    r"Leaving drop zone",
    r"© Crown copyright",
    r"All content is available under the",
    r"Open Government Licence v3.0",
]

# Text equal to an English message that is nonetheless right on a translated page.
ALLOWED_ENGLISH: dict[str, str] = {
    "GOV.UK": "the name of the government's website, never translated",
    "SEN2": "the name of the Department for Education's statutory return",
    "EHC": "the abbreviation used in letters and on the plan itself",
}

# Reads the page as a screen reader would: text in visible elements, including GOV.UK's
# visually hidden text, but not inside a part marked as another language, and not what a
# person typed into a text box.
VISIBLE_TEXT = """() => {
  const lang = (document.documentElement.lang || '').split('-')[0]
  const texts = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue.replace(/\\s+/g, ' ').trim()
    const element = node.parentElement
    if (!text || !element || element.closest('script, style, noscript, template, textarea')) {
      continue
    }
    if (!element.checkVisibility()) continue
    const marked = element.closest('[lang]')
    if (marked && marked.lang.split('-')[0] !== lang) continue
    texts.push(text)
  }
  for (const element of document.body.querySelectorAll('[aria-label]')) {
    const marked = element.closest('[lang]')
    if (marked && marked.lang.split('-')[0] !== lang) continue
    texts.push(element.getAttribute('aria-label').replace(/\\s+/g, ' ').trim())
  }
  for (const part of document.title.split(/ [–-] /)) texts.push(part.trim())
  return texts
}"""

WIDEST = """limit => {
  const wide = []
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect()
    if (box.width && (box.right > limit + 1 || box.left < -1)) {
      const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
        (element.className && typeof element.className === 'string'
          ? '.' + element.className.trim().split(/\\s+/).join('.') : '')
      wide.push(`${name} (${Math.round(box.left)} to ${Math.round(box.right)} px)`)
    }
  }
  return wide.slice(-4)
}"""

REPORT_CSP = """() => {
  document.addEventListener('securitypolicyviolation', event => {
    window.reportCspViolation(
      `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} ` +
      `(${event.sourceFile || event.documentURI}:${event.lineNumber})`)
  })
}"""


class PageProblem(AssertionError):
    """A page a journey visited fails one of the checks every page must pass."""


def _literal_pattern(message: str) -> re.Pattern[str] | None:
    """A message as a pattern for the text it becomes; None if too little of it is fixed."""
    parts = re.split(r"%\(\w+\)[sd]|%[sd]", " ".join(message.split()))
    if len(parts) == 1:
        return None
    if sum(len(re.sub(r"\W", "", part)) for part in parts) < 12:
        return None
    return re.compile("(?s)" + ".+?".join(re.escape(part) for part in parts))


@dataclass
class EnglishCatalogue:
    """The English messages, and what one language makes of each."""

    exact: dict[str, str]
    patterns: list[tuple[re.Pattern[str], str]]
    translated_texts: set[str]

    def english_in(self, texts: list[str]) -> list[str]:
        found = []
        for text in dict.fromkeys(texts):
            if text in ALLOWED_ENGLISH or text in self.translated_texts:
                continue
            if text in self.exact:
                found.append(f"{text!r} ({self.exact[text]})")
                continue
            for pattern, why in self.patterns:
                if pattern.fullmatch(text):
                    found.append(f"{text!r} ({why})")
                    break
        return found


@functools.cache
def catalogue_for(language: str) -> EnglishCatalogue:
    path = TRANSLATIONS / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as po_file:
        po = read_po(po_file, locale=language)
    exact: dict[str, str] = {}
    patterns: list[tuple[re.Pattern[str], str]] = []
    translated: set[str] = set()
    for message in po:
        if not message.id:
            continue
        ids: tuple[str, ...] = (
            tuple(message.id) if isinstance(message.id, (tuple, list)) else (str(message.id),)
        )
        strings: tuple[str, ...] = (
            message.string if isinstance(message.string, tuple) else (str(message.string),)
        )
        translated.update(" ".join(s.split()) for s in strings if s)
        for english in ids:
            english = " ".join(english.split())
            if english in (" ".join(s.split()) for s in strings if s):
                continue
            why = "untranslated" if not any(strings) else f"the catalogue's English for {language}"
            exact[english] = why
            pattern = _literal_pattern(english)
            if pattern is not None:
                patterns.append((pattern, why))
    for default in GOVUK_FRONTEND_DEFAULTS:
        why = "GOV.UK Frontend's own English"
        pattern = re.compile(default)
        patterns.append((pattern, why))
        if re.escape(default.replace("\\", "")) == default:
            exact.setdefault(default.replace("\\", ""), why)
    return EnglishCatalogue(exact, patterns, translated)


def known_languages() -> set[str]:
    return {p.name for p in TRANSLATIONS.iterdir() if (p / "LC_MESSAGES").is_dir()}


@dataclass
class Person:
    """Someone using the portal in a browser of their own, every page checked."""

    name: str
    base_url: str
    raw: Any  # playwright.sync_api.Page
    keep_going: bool = os.environ.get("JOURNEYS_KEEP_GOING") == "1"
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    _pending: bool = False
    _pending_url: str = ""
    unchecked: list[str] = field(default_factory=list)
    _console: list[str] = field(default_factory=list)
    _server_errors: list[str] = field(default_factory=list)
    _skip: Callable[[str], bool] | None = None

    @classmethod
    def open(cls, browser: Any, base_url: str, name: str, locale: str = "en-GB") -> Person:
        context = browser.new_context(base_url=base_url, locale=locale, viewport=DESKTOP)
        context.add_init_script(path=str(AXE_SOURCE))
        context.add_init_script(script=f"({REPORT_CSP})()")
        context.set_default_timeout(10_000)
        raw = context.new_page()
        person = cls(name=name, base_url=base_url, raw=raw)
        context.expose_function(
            "reportCspViolation", lambda text: person._console.append(f"CSP violation: {text}")
        )
        raw.on("framenavigated", person._navigated)
        raw.on("console", person._console_message)
        raw.on("pageerror", lambda error: person._console.append(f"script error: {error}"))
        raw.on("response", person._response)
        return person

    def _ours(self, url: str) -> bool:
        return urlsplit(url).netloc == urlsplit(self.base_url).netloc

    def _navigated(self, frame: Any) -> None:
        if frame != self.raw.main_frame:
            return
        left, arrived = self._pending_url.split("#")[0], frame.url.split("#")[0]
        if self._pending and self._ours(left) and left != arrived:
            self.unchecked.append(urlsplit(left).path)
        self._pending = True
        self._pending_url = frame.url

    def _console_message(self, message: Any) -> None:
        where = message.location.get("url", "") if message.location else ""
        if message.type == "error" and (
            not where or self._ours(where) or "Content Security" in message.text
        ):
            self._console.append(f"console error: {message.text} ({where})")

    def _response(self, response: Any) -> None:
        if response.status >= 500:
            self._server_errors.append(
                f"{response.status} from {response.request.method} {response.url}"
            )

    @property
    def page(self) -> Any:
        """The page, after checking whatever new page it shows."""
        if self._pending:
            self.check()
        return self.raw

    def start(self, path: str) -> Any:
        """Open a page by its address, as a person following a link from elsewhere does."""
        self.page.goto(path)
        return self.page

    def check(self) -> None:
        """Run every check on the page shown now."""
        self._pending = False
        raw = self.raw
        raw.wait_for_load_state("load")
        url = raw.url
        problems: list[str] = []
        if self._server_errors:
            problems.append("server errors: " + "; ".join(self._server_errors))
            self._server_errors.clear()
        if self._ours(url):
            problems += self._check_portal_page()
        if self._console:
            problems.append("; ".join(self._console))
            self._console.clear()
        self.checked.append(url)
        if problems:
            title = raw.title() if self._ours(url) else ""
            message = f"{self.name} on {urlsplit(url).path or url} ({title!r}): " + " | ".join(
                problems
            )
            self.problems.append(message)
            if not self.keep_going:
                raise PageProblem(message)

    def _check_portal_page(self) -> list[str]:
        raw = self.raw
        problems = []
        language = (raw.locator("html").get_attribute("lang") or "").split("-")[0]
        violations = run_axe(raw)
        if violations:
            problems.append(
                "axe WCAG 2.2 AA: "
                + "; ".join(f"{v['id']} ({v['help']}): {v['targets']}" for v in violations)
            )
        if language != "en" and language in known_languages():
            english = catalogue_for(language).english_in(raw.evaluate(VISIBLE_TEXT))
            if english:
                problems.append(f"English on a page in {language}: " + ", ".join(english))
        size = raw.viewport_size or DESKTOP
        raw.set_viewport_size({"width": NARROWEST, "height": size["height"]})
        try:
            width = raw.evaluate("document.documentElement.scrollWidth")
            if width > NARROWEST:
                wide = raw.evaluate(WIDEST, NARROWEST)
                problems.append(
                    f"{width} px wide at a {NARROWEST} px viewport (widest: {', '.join(wide)})"
                )
        finally:
            raw.set_viewport_size(size)
        return problems

    def finish(self) -> None:
        """Check the last page, then report what was found if checks were kept going."""
        if (self._pending or self._console or self._server_errors) and not self.raw.is_closed():
            self.check()
        if self.unchecked:
            self.problems.append(
                f"{self.name} passed pages without checking them (use person.page after each"
                f" step): {', '.join(self.unchecked)}"
            )
        if self.problems and (self.keep_going or self.unchecked):
            raise PageProblem("\n".join(self.problems))

    def close(self) -> None:
        self.raw.context.close()
