"""The Jinja macros for MoJ Frontend's caseworking patterns draw MoJ's documented markup,
every word through gettext, rendered through the app's own Jinja."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bs4 import BeautifulSoup, Tag
from flask import Flask
from markupsafe import Markup


def render(app: Flask, source: str, **context: Any) -> BeautifulSoup:
    with app.test_request_context("/"):
        html = app.jinja_env.from_string(source).render(**context)
    return BeautifulSoup(html, "html.parser")


def one(page: BeautifulSoup | Tag, selector: str) -> Tag:
    found = page.select(selector)
    assert len(found) == 1, (selector, found)
    return found[0]


def test_a_badge_is_bold_text_in_its_colour(app: Flask) -> None:
    page = render(
        app, '{% from "components/badge.html" import badge %}{{ badge("Overdue", "red") }}'
    )
    badge = one(page, "strong.moj-badge.moj-badge--red")
    assert badge.get_text() == "Overdue"


def test_a_badge_without_a_colour_has_the_brand_colour(app: Flask) -> None:
    page = render(app, '{% from "components/badge.html" import badge %}{{ badge("New") }}')
    assert one(page, ".moj-badge")["class"] == ["moj-badge"]


def test_the_identity_bar_names_the_record_with_its_facts_and_actions(app: Flask) -> None:
    page = render(
        app,
        '{% from "components/identity_bar.html" import identity_bar %}'
        '{% call identity_bar("Sam <b>Smith</b>", facts, label="Request") %}'
        '<button class="govuk-button">Act</button>{% endcall %}',
        facts=[
            ("Reference", "REF-1"),
            ("Status", Markup('<strong class="moj-badge">New</strong>')),
        ],
    )
    bar = one(page, "div.moj-identity-bar")
    assert bar["role"] == "region" and bar["aria-label"] == "Request"
    title = one(
        bar, ".moj-identity-bar__container > .moj-identity-bar__details .moj-identity-bar__title"
    )
    assert title.get_text() == "Sam <b>Smith</b>"  # escaped, not markup
    facts = [(one(d, "dt").get_text(), one(d, "dd").get_text()) for d in bar.select("dl > div")]
    assert facts == [("Reference", "REF-1"), ("Status", "New")]
    assert one(bar, "dd .moj-badge").get_text() == "New"
    assert one(bar, ".moj-identity-bar__actions .moj-identity-bar__menu button").get_text() == "Act"


def test_the_identity_bar_without_actions_has_no_actions_area(app: Flask) -> None:
    page = render(
        app, '{% from "components/identity_bar.html" import identity_bar %}{{ identity_bar("A") }}'
    )
    assert page.select(".moj-identity-bar__actions") == []
    assert page.select("dl") == []


def test_sub_navigation_marks_the_page_shown_with_aria_current(app: Flask) -> None:
    items = [
        {"text": "Summary", "href": "/r/1", "active": False},
        {"text": "Answers", "href": "/r/1/answers", "active": True},
    ]
    page = render(
        app,
        '{% from "components/sub_navigation.html" import sub_navigation %}'
        '{{ sub_navigation("Sections of this request", items) }}',
        items=items,
    )
    nav = one(page, "nav.moj-sub-navigation")
    assert nav["aria-label"] == "Sections of this request"
    links = nav.select("ul.moj-sub-navigation__list > li.moj-sub-navigation__item > a")
    assert [(a.get_text(), a["href"], a.get("aria-current")) for a in links] == [
        ("Summary", "/r/1", None),
        ("Answers", "/r/1/answers", "page"),
    ]
    assert all("moj-sub-navigation__link" in a["class"] for a in links)


def test_the_timeline_shows_each_event_with_its_time_and_who(app: Flask) -> None:
    at = dt.datetime(2026, 3, 4, 10, 30, tzinfo=dt.UTC)
    items = [
        {"title": "Assigned", "at": at, "by": "Ana", "text": "To Ben"},
        {"title": "Received", "at": at - dt.timedelta(days=1)},
    ]
    page = render(
        app,
        '{% from "components/timeline.html" import timeline %}{{ timeline(items, 3) }}',
        items=items,
    )
    entries = one(page, "div.moj-timeline").select(".moj-timeline__item")
    assert len(entries) == 2
    first, second = entries
    assert one(first, ".moj-timeline__header > h3.moj-timeline__title").get_text() == "Assigned"
    assert one(first, "p.moj-timeline__byline").get_text() == "by Ana"
    assert one(first, "p.moj-timeline__date time")["datetime"] == at.isoformat()
    assert "2026" in one(first, "time").get_text()
    assert one(first, ".moj-timeline__description").get_text() == "To Ben"
    assert second.select(".moj-timeline__byline, .moj-timeline__description") == []


def test_the_button_menu_holds_each_action_as_a_secondary_button(app: Flask) -> None:
    items = [{"text": "Assign", "href": "/assign"}, {"text": "Save", "name": "act", "value": "x"}]
    page = render(
        app,
        '{% from "components/button_menu.html" import button_menu %}'
        '{{ button_menu("Actions", items, align="right") }}',
        items=items,
    )
    menu = one(page, "div.moj-button-menu")
    assert menu["data-module"] == "moj-button-menu"
    assert menu["data-button-text"] == "Actions"
    assert menu["data-align-menu"] == "right"
    link, button = menu.select(".moj-button-menu__item")
    assert link.name == "a" and link["href"] == "/assign" and link["role"] == "button"
    assert button.name == "button" and (button["name"], button["value"]) == ("act", "x")
    for item in (link, button):
        assert {"govuk-button", "govuk-button--secondary"} <= set(item["class"])


def test_the_filter_shows_chosen_filters_as_tags_that_remove_them(app: Flask) -> None:
    selected = [{"heading": "Status", "items": [{"text": "Overdue", "href": "/q?x=1"}]}]
    page = render(
        app,
        '{% from "components/filter.html" import filter %}'
        '{% call filter("Filter", selected, clear_href="/q") %}'
        '<input name="q" id="q">{% endcall %}',
        selected=selected,
    )
    panel = one(page, "div.moj-filter")
    assert one(panel, ".moj-filter__header-title h2").get_text() == "Filter"
    chosen = one(panel, ".moj-filter__content > .moj-filter__selected")
    assert one(chosen, ".moj-filter__heading-action a")["href"] == "/q"
    assert one(chosen, "h3").get_text() == "Status"
    tag = one(chosen, "ul.moj-filter-tags > li > a.moj-filter__tag")
    assert tag["href"] == "/q?x=1"
    assert " ".join(tag.get_text().split()) == "Remove this filter: Overdue"
    options = one(panel, ".moj-filter__options")
    assert one(options, "button[type=submit]").get_text() == "Apply filters"
    assert one(options, "input#q")


def test_the_filter_with_nothing_chosen_has_no_tags(app: Flask) -> None:
    page = render(app, '{% from "components/filter.html" import filter %}{{ filter("Filter") }}')
    assert page.select(".moj-filter__selected") == []


def test_the_filter_gives_its_toggle_button_words_through_gettext(app: Flask) -> None:
    """MoJ's FilterToggleButton reads its words from the panel's data attributes; its own
    defaults are English only."""
    page = render(app, '{% from "components/filter.html" import filter %}{{ filter("Filter") }}')
    panel = one(page, "div.moj-filter[data-module=moj-filter]")
    assert panel["data-toggle-button.show-text"] == "Show filter"
    assert panel["data-toggle-button.hide-text"] == "Hide filter"
    assert one(panel, ".moj-filter__header-action").get_text() == ""


def test_a_sortable_heading_says_how_it_is_sorted(app: Flask) -> None:
    page = render(
        app,
        '{% from "components/sortable_table.html" import sortable_header %}'
        "<table><tr>"
        '{{ sortable_header("Name", "/q?sort=name-desc", "ascending") }}'
        '{{ sortable_header("Received", "/q?sort=received") }}'
        "</tr></table>",
    )
    name, received = page.select("th")
    assert name["aria-sort"] == "ascending" and name["scope"] == "col"
    assert received["aria-sort"] == "none"
    assert one(name, "a")["href"] == "/q?sort=name-desc"
    assert one(name, "a")["aria-label"] == "Name, sort descending"
    assert one(received, "a")["aria-label"] == "Received, sort ascending"
    assert name.get_text(strip=True) == "Name"


def test_multi_select_gives_each_row_a_labelled_checkbox_and_a_select_all_place(
    app: Flask,
) -> None:
    page = render(
        app,
        '{% from "components/multi_select.html" import multi_select_table, multi_select_header,'
        " multi_select_checkbox %}"
        '<table {{ multi_select_table("requests-") }}><thead><tr>'
        '{{ multi_select_header("requests-") }}<th>Name</th></tr></thead><tbody><tr><td>'
        '{{ multi_select_checkbox("reference", "R1", "select-R1", "Select R1") }}'
        "</td><td>R1</td></tr></tbody></table>",
    )
    table = one(page, "table")
    assert table["data-module"] == "moj-multi-select"
    assert table["data-id-prefix"] == "requests-"
    heading = one(table, "thead th#requests-select-all")
    assert heading["data-select-all-label"] == "Select all"
    box = one(table, "tbody .govuk-checkboxes__item.moj-multi-select__checkbox")
    checkbox = one(box, "input.govuk-checkboxes__input[type=checkbox]")
    assert (checkbox["id"], checkbox["name"], checkbox["value"]) == ("select-R1", "reference", "R1")
    assert one(box, "label[for=select-R1] .govuk-visually-hidden").get_text() == "Select R1"
