"""More of the page's furniture that is never a headline: widgets, menus, navigation glued to a
headline, a headline repeated inside a breadcrumb or an image's text, bylines and credits after
it, a site's name with its acronym, and the wrapped lines of a cable.

Each page is written for the test (it imitates how news sites lay out their pages, it copies
none).
"""

from __future__ import annotations

import pytest

from archive.extraction.cleaning import clean
from tests.extraction.test_headlines import LEAD, RU_LEAD, _title

HEADLINE = "Border chiefs of Kazakhstan and Turkmenistan meet in Aktau"
RU_HEADLINE = "Генпрокуроры Таджикистана и Узбекистана подписали программу сотрудничества"


@pytest.mark.parametrize(
    "header",
    [
        "Tell a friend",  # a sharing widget
        "Share this story",
        "Link to the ministry opens in a new window",  # a link's hint
        "Subscribe to our Telegram channel",  # a subscription box
        "Steppe News Agency (SNA)",  # a site's name with its acronym
        "Caspian Border Review (cBR)",
        "Aktau Mission Post|",  # a menu item
        "Main page > Region > News |",  # a breadcrumb
        "Border Herald Online | Daily Briefing of the Ministry | Contacts and AddressesBorder",
    ],
)
def test_furniture_alone_gives_no_headline(header: str) -> None:
    assert _title(header) is None


@pytest.mark.parametrize(
    "header",
    [
        "Автор: . Дата создания:",  # an author's and a date's labels left empty
        "Интервал между буквами (Кернинг): Стандартный Средний Большой",  # a font widget
        "Выберите шрифт Arial Times New Roman",
        "Шрифт: a a a",
        "Будьте в курсе последних новостей",  # a subscription box
        "Подпишитесь на наш Telegram-канал",
        "Поделиться в социальных сетях",  # a sharing widget
        "Содружества Независимых Государств",  # the second line of an organisation's name
    ],
)
def test_russian_furniture_alone_gives_no_headline(header: str) -> None:
    assert _title(header, RU_LEAD) is None


@pytest.mark.parametrize(
    ("header", "lead", "headline"),
    [
        # the headline repeated in a breadcrumb, an image's text or a link to the previous item
        (f"Главная | ПРАВО | {RU_HEADLINE}\n{RU_HEADLINE}", RU_LEAD, RU_HEADLINE),
        (f"Вестник » Таджикистан » {RU_HEADLINE}\n{RU_HEADLINE}", RU_LEAD, RU_HEADLINE),
        (f"» » {RU_HEADLINE}\n{RU_HEADLINE}", RU_LEAD, RU_HEADLINE),
        (
            f"< {RU_HEADLINE} » Независимое агентство «Вестник»\n{RU_HEADLINE}",
            RU_LEAD,
            RU_HEADLINE,
        ),
        (f'{HEADLINE}\n<image>data:image/png;base64,AAAA" alt="{HEADLINE}', LEAD, HEADLINE),
        (f"{HEADLINE}\n{HEADLINE} Photo: t.me/steppe_news", LEAD, HEADLINE),
    ],
)
def test_headline_repeated_inside_furniture_is_taken_bare(
    header: str, lead: str, headline: str
) -> None:
    """A page often shows its headline twice, once inside a breadcrumb, a navigation link or an
    image's text: the bare one is the headline."""
    assert _title(header, lead) == headline


@pytest.mark.parametrize(
    ("header", "lead", "headline"),
    [
        (f"08:41 {RU_HEADLINE} | |", RU_LEAD, RU_HEADLINE),  # a time of day, empty labels
        (f"{RU_HEADLINE} | ИВАН ПЕТРОВ", RU_LEAD, RU_HEADLINE),  # a byline in capitals
        (f"Back{HEADLINE}", LEAD, HEADLINE),  # a "Back" link glued to it
        (f"{HEADLINE} Photo: t.me/steppe_news", LEAD, HEADLINE),  # a credit with no brackets
    ],
)
def test_furniture_glued_to_the_headline_is_taken_off(
    header: str, lead: str, headline: str
) -> None:
    assert _title(header, lead) == headline


def test_wrapped_lines_of_a_cable_give_its_subject() -> None:
    """A diplomatic cable's header: routing lines, then paragraphs wrapped at sixty-odd
    characters. A line starting in lower case continues a sentence, a numbered paragraph
    marked with its classification is text: neither is the headline."""
    header = (
        "FM AMEMBASSY STEPPETOWN\n"
        "SUBJECT: STEPPELAND: BORDER CHIEFS AGREE ON PATROLS\n"
        "1. (SBU) Summary: the heads of the border services of\n"
        "Kazakhstan and Turkmenistan met in Aktau and agreed on joint\n"
        "patrols of the Caspian shore and on the exchange of\n"
        "information about smugglers. End summary."
    )
    title = _title(header)
    assert title is not None
    assert not title[0].islower()
    assert "(SBU)" not in title


def test_cable_subject_runs_on_to_the_next_line() -> None:
    """A subject line cut after a function word goes on in the next line in capitals; a
    routing line after a whole subject does not."""
    header = (
        "SUBJECT: STEPPELAND: BORDER CHIEFS ASK FOR\n"
        "HELP AGAINST SMUGGLERS ON THE CASPIAN SHORE\n"
        "1. (SBU) Summary: the heads of the border services met in Aktau."
    )
    assert _title(header) == (
        "STEPPELAND: BORDER CHIEFS ASK FOR HELP AGAINST SMUGGLERS ON THE CASPIAN SHORE"
    )
    header = "SUBJECT: STEPPELAND: BORDER CHIEFS MEET IN AKTAU\nDEPT FOR SCA/CEN (SMITH)"
    assert _title(header) == "STEPPELAND: BORDER CHIEFS MEET IN AKTAU"


def test_line_the_page_shows_twice_beats_a_standfirst() -> None:
    """The headline shown twice (the page's title and its heading) wins over a standfirst
    sentence that shares more words with the lead."""
    header = (
        f"{RU_HEADLINE}\n"
        "Генеральные прокуроры Таджикистана и Узбекистана провели встречу в Душанбе и "
        "подписали программу\n"
        f"{RU_HEADLINE}"
    )
    assert _title(header, RU_LEAD) == RU_HEADLINE


def test_list_items_in_lower_case_under_the_headline_stay_in_the_text() -> None:
    """A list whose items open in lower case ("the Republic of ... headed by ...;") has begun
    the article: the headline stays the headline and no item is lost."""
    doc = clean(
        f"{HEADLINE}\n\n"
        "The delegations that took part:\n"
        "the Republic of Kazakhstan headed by the Chairman of the Border Service Arman Seitkali;\n"
        "Turkmenistan headed by the Commander of the Border Troops Serdar Amanov."
    )
    assert doc.title == HEADLINE
    assert "headed by the Chairman of the Border Service Arman Seitkali" in doc.text
    assert "headed by the Commander of the Border Troops Serdar Amanov" in doc.text


def test_sentence_broken_under_the_headline_is_joined_not_lost() -> None:
    """A sentence broken across lines under the headline ("... its international" /
    "cooperation. ...") is one line of the article: nothing of it is lost and it is no
    headline."""
    doc = clean(
        f"{HEADLINE}\n\n"
        "The border service of Kazakhstan keeps developing its international\n"
        "cooperation with its neighbours on the Caspian shore and in the steppe\n"
        "Turkmenistan being the first of them, as the two chiefs said in Aktau on 6 July 2027."
    )
    assert doc.title == HEADLINE
    assert "developing its international cooperation with its neighbours" in doc.text


def test_a_tag_closing_a_headline_ends_no_menu_item() -> None:
    """Markup pasted into a headline ends in ">": the closing of a tag, not a breadcrumb's
    separator, so the headline is kept whole, its words without the tags."""
    header = f"{HEADLINE} <b>(updated)</b>"
    assert _title(header) == f"{HEADLINE} (updated)"
