"""A Babel extractor for text people read that lives in YAML (app.yaml, the catalogue).

babel.cfg names the keys whose values are messages, for example
`keys = name description`; every scalar under one of those keys, at any depth, is
extracted with its line number. A `*_self` text (the catalogue's wording for a young
person asking for themselves, or a child or young person giving their own views) that no
other key also has gets a note saying who reads it; so does a text under a `staff` key
(the catalogue's names for staff) that no family reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import yaml

STAFF_NOTE = [
    "NOTE: Read by council staff about a family's answers (a request, views, a review).",
    "A short noun phrase: formal, neutral, third person, never addressed to the family.",
]
OWN_WORDS_NOTE = [
    "NOTE: Read by a child or young person about themselves (their own request or views).",
    "Speak to them informally (tu, ty, ти, sen), in plain words.",
]


def _walk(
    node: yaml.Node, keys: set[str], staff: bool = False
) -> Iterator[tuple[int, str, str, bool]]:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value in keys and isinstance(value_node, yaml.ScalarNode):
                text = yaml.safe_load(yaml.serialize(value_node))
                if isinstance(text, str) and text:
                    yield value_node.start_mark.line + 1, text, key_node.value, staff
            else:
                yield from _walk(value_node, keys, staff or key_node.value == "staff")
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _walk(item, keys, staff)


def extract_yaml(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: dict[str, str]
) -> Iterator[tuple[int, str | None, str, list[str]]]:
    keys = set(options.get("keys", "name description").replace(",", " ").split())
    root = yaml.compose(fileobj.read().decode("utf-8"))
    if root is None:
        return
    found = list(_walk(root, keys))
    shared = {text for _line, text, key, staff in found if not key.endswith("_self") and not staff}
    for line, text, key, staff in found:
        own = key.endswith("_self") and text not in shared
        note = OWN_WORDS_NOTE if own else STAFF_NOTE if staff and text not in shared else []
        yield line, None, text, note
