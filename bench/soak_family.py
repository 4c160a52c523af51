"""One family in the soak (bench/soak.py): a browser that asks for an assessment page by
page, pausing on each page as a person does, and times every response by page kind.

Light on purpose, so that 200 of them in one process measure the portal, not themselves:
http.client, a new connection for each request (a browser's idle keep-alive connection
would have been closed by gunicorn during the pause), and the form's hidden fields read
with a regular expression rather than a parser.
"""

from __future__ import annotations

import html
import http.client
import random
import re
import threading
import time
from collections import defaultdict
from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode

from tests.support.requests import ANSWERS, CONSENT

# Page kinds, as reported: each page a family sees is one of these.
ACCOUNT = "account page"
TASK_LIST = "task list"
QUESTION = "question page"
ANSWER = "answer (POST)"
CHECK = "check answers"
SEND = "send (POST)"
CONFIRMATION = "confirmation"
KINDS = (ACCOUNT, TASK_LIST, QUESTION, ANSWER, CHECK, SEND, CONFIRMATION)

# Where a family pauses in one journey: the account page, "who is asking", the task list,
# consent, every question, the task list again and check your answers.
PAUSES = 6 + sum(len(pages) for pages in ANSWERS.values())

HIDDEN = re.compile(r"<input\b[^>]*\btype=\"hidden\"[^>]*>")
ATTRIBUTE = re.compile(r"\b(name|value)=\"([^\"]*)\"")
REFERENCE = re.compile(r"govuk-panel.*?(BNT-\d{4}-\d{6})", re.DOTALL)


@dataclass
class Record:
    """What every family saw, shared by all of them (appends are atomic under the GIL)."""

    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    references: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class Family:
    """A signed-in family whose requests a load balancer shares between the app processes."""

    def __init__(
        self,
        token: str,
        ports: list[int],
        record: Record,
        think: tuple[float, float] = (0.0, 0.0),
        stop: float = float("inf"),
        seed: int = 0,
    ) -> None:
        self.cookie = f"__Host-session={token}"
        self.ports = ports
        self.record = record
        self.think = think
        self.stop = stop
        self.turn = seed
        self.random = random.Random(seed)
        self.quiet = False  # not timing: before the soak
        self.steps: Iterator[None] = self.journey()

    def call(self, kind: str, method: str, path: str, data: str | None = None) -> tuple[int, str]:
        port = self.ports[self.turn % len(self.ports)]
        self.turn += 1
        headers = {"Cookie": self.cookie, "Connection": "close"}
        if data is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        started = time.perf_counter()
        try:
            connection.request(method, path, body=data, headers=headers)
            response = connection.getresponse()
            body = response.read()
        finally:
            connection.close()
        seconds = time.perf_counter() - started
        with self.record.lock:
            self.record.statuses[response.status] += 1
            if not self.quiet:
                self.record.times[kind].append(seconds)
        if response.status >= 400:
            raise AssertionError(f"{method} {path}: {response.status}")
        if response.status in (301, 302, 303):
            return response.status, response.getheader("Location", "")
        return response.status, body.decode()

    def page(
        self, kind: str, path: str, answers: Mapping[str, object]
    ) -> Generator[None, None, str]:
        """See a question page, pause (the generator yields), send the answers; returns
        where they lead."""
        _, page = self.call(kind, "GET", path)
        fields: dict[str, object] = {}
        for tag in HIDDEN.findall(page):
            attributes = dict(ATTRIBUTE.findall(tag))
            if "name" in attributes:
                fields[attributes["name"]] = html.unescape(attributes.get("value", ""))
        yield
        post_kind = SEND if kind == CHECK else ANSWER
        status, location = self.call(
            post_kind, "POST", path, urlencode({**fields, **answers}, doseq=True)
        )
        if status != 302:
            raise AssertionError(f"POST {path} answered {status}: the answers were refused")
        return location

    def journey(self) -> Iterator[None]:
        """Asking for an assessment, from the account page to the confirmation; yields
        wherever a person pauses (reading a page, filling it in)."""
        self.call(ACCOUNT, "GET", "/account/")
        yield
        draft = yield from self.page(QUESTION, "/account/request/who", {"role": "parent_carer"})
        self.call(TASK_LIST, "GET", draft)
        yield
        yield from self.page(QUESTION, f"{draft}consent", CONSENT)
        for section, pages in ANSWERS.items():
            for slug, data in pages.items():
                yield from self.page(QUESTION, f"{draft}{section}/{slug}", data)
        self.call(TASK_LIST, "GET", draft)
        yield
        done = yield from self.page(CHECK, f"{draft}check", {})
        # Sent: the confirmation follows at once, whatever the time.
        _, page = self.call(CONFIRMATION, "GET", done)
        match = REFERENCE.search(page)
        if not match:
            raise AssertionError(f"no reference on the confirmation page {done}")
        with self.record.lock:
            self.record.references.append(match.group(1))

    def request_assessment(self) -> None:
        """The whole journey without pausing."""
        for _ in self.journey():
            pass

    def part_way(self, pauses: int) -> None:
        """Before the soak: as a family who began earlier, be `pauses` pauses into a
        journey, quietly (not timed), so that families are spread over the journey from
        the start and each kind of page is asked for throughout."""
        self.steps = self.journey()
        self.quiet = True
        try:
            for _ in range(pauses):
                next(self.steps)
        finally:
            self.quiet = False

    def keep_asking(self) -> None:
        """Pausing as a person does, request after request, until the time is up;
        failures are recorded, not raised."""
        low, high = self.think
        try:
            time.sleep(self.random.uniform(0, high))  # mid-pause when the soak begins
            while True:
                for _ in self.steps:
                    time.sleep(self.random.uniform(low, high))
                    if time.monotonic() > self.stop:
                        return
                time.sleep(self.random.uniform(low, high))
                self.steps = self.journey()
        except Exception as failure:  # reported by the soak
            with self.record.lock:
                self.record.failures.append(f"{type(failure).__name__}: {failure}")
