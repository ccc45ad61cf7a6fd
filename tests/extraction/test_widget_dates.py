"""A widget's day above the article (exchange rates, weather) is the day the page was stored,
not the day it was published: it dates nothing in the report."""

from __future__ import annotations

import pytest

from archive.extraction import extract
from archive.extraction.cleaning import clean

ENGLISH = """Currency rates from 26/02/2029
$1 – 12137.10
€1 – 14307.21
Search
Uzbekistan takes part in meeting of SCO Supreme Courts chiefs

Tashkent (Agency) -- The Chairperson of the Supreme Court of Uzbekistan will take part in the \
ninth meeting of chairpersons of supreme courts of the SCO member states in Astana. The event \
will be held on 3-5 September.
"""

RUSSIAN = """Погода 12.03.2029 +4
Курсы валют 12.03.2029 USD 91,2
Главы МЧС встретятся в Бишкеке

Встреча руководителей ведомств по чрезвычайным ситуациям Кыргызстана и Казахстана пройдет \
14 сентября в Бишкеке.
"""


@pytest.mark.parametrize("text", [ENGLISH, RUSSIAN])
def test_a_widget_s_day_is_no_publication_date(text: str) -> None:
    assert clean(text).publication_date is None


@pytest.mark.parametrize("text", [ENGLISH, RUSSIAN])
def test_a_yearless_date_gets_no_year_from_a_widget(text: str) -> None:
    out = extract(text).to_dict()
    assert out["date_start"] is None or not out["date_start"].startswith("2029")
