"""A family reading Persian met the names a right is about joined with the English comma on
"Your rights over your data" ("…این دربارهٔ این موارد است: چه کسی درخواست ارزیابی می‌کند؟,
نشانی ایمیل, …"): a list a person reads is joined as their language writes one."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import page

ABOUT = {"fa": "این دربارهٔ این موارد است:", "ar": "يتعلق هذا بـ:"}


@pytest.mark.parametrize("language", sorted(ABOUT))
def test_the_rights_page_joins_names_with_the_languages_comma(
    client: FlaskClient, language: str
) -> None:
    sign_in(client)
    html = page(client.get(f"/account/your-data/rights?lang={language}"))
    lists = [
        text.split(ABOUT[language], 1)[1]
        for paragraph in html.select("p")
        if ABOUT[language] in (text := paragraph.get_text(" ", strip=True))
    ]
    assert lists, "a right that applies to some items only names them"
    several = [names for names in lists if "،" in names]
    assert several, lists
    assert [names for names in lists if ", " in names] == []
