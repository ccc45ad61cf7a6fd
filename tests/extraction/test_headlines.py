"""A report's headline is the line above the article that tells it, never the page's furniture.

Each page is written for the test (it imitates how news sites lay out their pages, it copies
none).
"""

from __future__ import annotations

import datetime as dt

import pytest

from archive.extraction.cleaning import clean

LEAD = (
    "The heads of the border services of Kazakhstan and Turkmenistan met in Aktau on 6 July "
    "2027 and discussed the protection of the common border.\n\n"
    "The next meeting will take place in Turkmenbashi next year."
)
RU_LEAD = (
    "Генеральные прокуроры Таджикистана и Узбекистана 18 октября 2027 года провели встречу "
    "в Душанбе и подписали программу сотрудничества.\n\n"
    "Стороны обсудили борьбу с коррупцией и торговлей людьми."
)


def _title(header: str, lead: str = LEAD) -> str | None:
    return clean(f"{header}\n\n{lead}\n").title


@pytest.mark.parametrize(
    "header",
    [
        "State Border Committee of the Republic",  # a site's own name
        "The Union of Northern Republics",  # an organisation's name
        "Press Release of the Press Office of the State Border Committee",  # a rubric
        "Information of the Media Relations Department of the Border Guard Service",
        "Photo of the State Border Committee",  # a photo caption
        "(Wire- Steppe News) Anna Petrova Read more",  # a byline and teaser
        "Aktau - aktau-news.kz news agency , Aida SAPAROVA",  # dateline, address, author
        "Версия для печатиВерсия для печатиPDFPDF",  # print and PDF buttons
        "Kz Ru En Tm Uz",  # a language switcher
    ],
)
def test_furniture_alone_gives_no_headline(header: str) -> None:
    """A page whose only line above the article is furniture has no headline."""
    assert _title(header) is None


@pytest.mark.parametrize(
    "header",
    [
        "Генеральная прокуратура Республики Приморье",  # an agency's own name
        "Агентство по надзору за связью при Правительстве Республики Приморье",
        "Сетевое издание Информационный портал Приозерья",  # a site's name
        "ДРУЗЬЯ | Южный Кавказ",  # a rubric with a separator
    ],
)
def test_russian_furniture_alone_gives_no_headline(header: str) -> None:
    """The same in Russian: a name with no verb and no event, a row of rubric labels."""
    assert _title(header, RU_LEAD) is None


def test_line_telling_the_article_beats_a_longer_tag_list() -> None:
    """A tag list longer than the headline shares no word with the lead: the headline wins."""
    header = (
        "Football Cup Energy Week Climate Forum Tourism Awards Film Festival\n"
        "Border chiefs of Kazakhstan and Turkmenistan meet in Aktau"
    )
    assert _title(header) == "Border chiefs of Kazakhstan and Turkmenistan meet in Aktau"


def test_weather_widget_is_no_headline() -> None:
    """A weather widget over the headline is furniture, however long."""
    header = (
        "Aktau Sunny/Clear 31 / 19 Tomorrow Cloudy 28 / 17 Weekly City Forecast\n"
        "Border chiefs meet in Aktau"
    )
    assert _title(header) == "Border chiefs meet in Aktau"


def test_sidebar_items_lose_to_the_headline() -> None:
    """A sidebar's bullet items ("• ... Detail>>>") are no headline."""
    header = (
        "• Added a list of border crossing points with their opening hours Detail>>>\n"
        "• New page for exporters Detail>>>\n"
        "Border cooperation discussed"
    )
    assert _title(header) == "Border cooperation discussed"


def test_russian_line_telling_the_article_beats_a_site_slogan() -> None:
    """A site's name and slogan over the headline are furniture: the headline is chosen."""
    header = (
        'Информационный портал Приозерья "Степной вестник" - только свежие новости региона\n'
        "Генпрокуроры Таджикистана и Узбекистана подписали программу сотрудничества"
    )
    assert (
        _title(header, RU_LEAD)
        == "Генпрокуроры Таджикистана и Узбекистана подписали программу сотрудничества"
    )


@pytest.mark.parametrize(
    ("header", "headline"),
    [
        (
            "Пограничники Казахстана и Туркмении обсудили охрану границы - Sputnik Приозерье",
            "Пограничники Казахстана и Туркмении обсудили охрану границы",
        ),
        (
            "Пограничники Казахстана и Туркмении обсудят охрану границы : Steppe Today",
            "Пограничники Казахстана и Туркмении обсудят охрану границы",
        ),
        (
            "Пограничники Казахстана и Туркмении обсудили охрану границы - Вестник, 07.07.2027",
            "Пограничники Казахстана и Туркмении обсудили охрану границы",
        ),
        (
            "Border chiefs of Kazakhstan and Turkmenistan meet in Aktau | steppe-news.kz",
            "Border chiefs of Kazakhstan and Turkmenistan meet in Aktau",
        ),
    ],
)
def test_site_name_after_the_headline_is_taken_off(header: str, headline: str) -> None:
    """A site's name after " - ", " : " or " | " (Latin after Cyrillic, a web address, a site's
    stamp) is no part of the headline."""
    assert _title(header, RU_LEAD) == headline


def test_breadcrumb_before_the_headline_is_taken_off() -> None:
    """A breadcrumb glued before the headline ("Site // Rubric // ...") is furniture."""
    header = "Вестник // Общество // Генпрокуроры Таджикистана и Узбекистана провели встречу"
    assert _title(header, RU_LEAD) == "Генпрокуроры Таджикистана и Узбекистана провели встречу"


def test_photo_credit_after_the_headline_is_taken_off() -> None:
    """A photo credit ending the headline ("(фото: «...»)") is no part of it."""
    header = "Генпрокуроры Таджикистана и Узбекистана провели встречу (фото: «Пресс-служба»)"
    assert _title(header, RU_LEAD) == "Генпрокуроры Таджикистана и Узбекистана провели встречу"


def test_page_stamp_ending_a_long_headline_is_the_publication_date() -> None:
    """A long headline ending with the page's weekday, date and time of day: the stamp leaves
    the headline and dates the page."""
    doc = clean(
        "Border chiefs of Kazakhstan and Turkmenistan agree on joint steps against the "
        "trafficking of drugs across the Caspian shore Wednesday, July 7, 2027 09:15:40 AM\n\n"
        f"{LEAD}\n"
    )
    assert doc.title == (
        "Border chiefs of Kazakhstan and Turkmenistan agree on joint steps against the "
        "trafficking of drugs across the Caspian shore"
    )
    assert doc.publication_date == dt.date(2027, 7, 7)


@pytest.mark.parametrize(
    "header",
    [
        "CIS Prison Services To Share Training Programmes",  # an organisation, then a verb
        "Sharing of Knowledge and Skills",  # shares no word with the lead, tells an action
        "A Shield for the Border and a Sword for Smugglers",  # a figure of speech
    ],
)
def test_headlines_in_capitals_are_kept(header: str) -> None:
    """A headline written in capitals is no name, even when it shares no word with the lead."""
    assert _title(header) == header


def test_markup_left_in_a_headline_is_taken_out() -> None:
    """A page whose copy keeps a stray tag ("– <font color=red>INTERVIEW </font>") gives the
    headline's words without it."""
    assert _title("Border chiefs agree on joint patrols – <font color=red>INTERVIEW </font>") == (
        "Border chiefs agree on joint patrols – INTERVIEW"
    )
