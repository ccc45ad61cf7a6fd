"""Dates as real published reports write them: page stamps, datelines, URLs, relative and
under-way wording, the report's own reporting periods, traps that are never the meeting's date,
and the basis of each answer (date_basis)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from archive.extraction import default_lexicon, extract
from archive.extraction.cleaning import clean, find_dateline
from archive.extraction.dates import find_dates, stamp_dates, url_date

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "tests" / "extraction" / "reports"


def _date(text: str, **kw) -> tuple:
    out = extract(text, **kw).to_dict()
    return out["date_start"], out["date_end"], out["date_precision"], out["date_basis"]


# --------------------------------------------------------------------------- the grammar
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Thu, 06/04/2009 - 23:36", dt.date(2009, 6, 4)),  # the weekday shows US order
        ("Mon, 06/04/2009 - 23:36", dt.date(2009, 4, 6)),
        ("08 / 06 / 2016", dt.date(2016, 6, 8)),  # a page stamp outside the US: day first
        ("10 july 2018 Meeting of the Council", dt.date(2018, 7, 10)),  # lower-case month
        ("Published: 26.10.2018", dt.date(2018, 10, 26)),
        ("Uzbekistan 01/07/2009 OSCE organizes a meeting", dt.date(2009, 7, 1)),
    ],
)
def test_page_stamps_are_read_in_every_order(line: str, want: dt.date) -> None:
    assert [d for _, _, d in stamp_dates(line)] == [want]


def test_an_ambiguous_numeric_date_in_running_text_is_still_refused() -> None:
    assert find_dates("the plan signed on 06/04/2009 was reviewed") == []


def test_month_abbreviation_glued_to_the_day() -> None:
    (d,) = find_dates("will host a meeting on Apr.8, the press service said")
    assert (d.month, d.day, d.year) == (4, 8, None)


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://asiaplus.example/en/news/security/20170629/cis-ministers", (2017, 6, 29)),
        ("https://times.example/2013/09/cis-ministries-cooperation", (2013, 9, None)),
        ("https://kitchen.example/2019/10/29/meeting-held/", (2019, 10, 29)),
        ("http://www.news.example/2018/05-16/302871.shtml", (2018, 5, 16)),
        ("https://menafn.example/1107236614/Council-Adopts", None),  # an id, not a date
        ("https://news.example/news/2015123/", None),
        ("https://news.example/item?d=20170629", None),  # only the path counts
        (None, None),
    ],
)
def test_dates_in_urls(url: str | None, want: tuple | None) -> None:
    assert url_date(url) == want


@pytest.mark.parametrize(
    ("lead", "city", "dated"),
    [
        ("ALMATY. KAZINFORM The fourth sitting of the collegium opened.", "ALMATY", False),
        ("DUSHANBE, 14.08.2017 /NIAT “Khovar”/. The delegation left.", "DUSHANBE", True),
        ("Baku. 24 May. REPORT.AZ/ The 42nd meeting will be held today.", "Baku", True),
        ("BAKU, Azerbaijan, June 8. The Council is working on two documents.", "BAKU", True),
    ],
)
def test_wire_datelines(lead: str, city: str, dated: bool) -> None:
    found = find_dateline(lead)
    assert found is not None and found[0] == city
    assert (found[2] is not None) == dated


def test_a_plain_sentence_is_not_a_dateline() -> None:
    assert find_dateline("Astana. The main problem in the region remains drug trafficking.") is None


# --------------------------------------------------------------------------- publication date
def test_the_stamp_nearest_the_article_is_the_publication_date() -> None:
    """A site's current date (or exchange-rate date) comes before the page's own stamp."""
    doc = clean(
        "Currency rates from 27/09/2024\nSearch\n"
        "Uzbekistan 01/07/2009 OSCE organizes a meeting on organized crime\n"
        "Tashkent, Uzbekistan (UzDaily.com) -- An OSCE meeting in Astana brought seven deputy "
        "interior ministers together today for talks on organized crime.\n"
    )
    assert doc.publication_date == dt.date(2009, 7, 1)
    assert doc.title == "OSCE organizes a meeting on organized crime"


def test_an_update_stamp_yields_to_the_publication_stamp() -> None:
    doc = clean(
        "Published: 12.03.2021\nLast updated: 20.03.2021\nCIS ministers met in Minsk\n"
        "The ministers of internal affairs of the CIS member states met in Minsk to discuss "
        "cybercrime and drug trafficking.\n"
    )
    assert doc.publication_date == dt.date(2021, 3, 12)


def test_metadata_date_line_glued_to_the_lead() -> None:
    doc = clean(" date 2024-11-27 The 20th meeting of heads of security services was held.\n")
    assert doc.publication_date == dt.date(2024, 11, 27)
    assert doc.publication_source == "meta"
    assert doc.text.startswith("The 20th meeting")


def test_a_first_of_january_metadata_date_gives_the_year_only() -> None:
    text = " date 2020-01-01 The meeting of the CSTO drug council was held by video link.\n"
    assert _date(text) == ("2020", None, "year", "inferred")


# --------------------------------------------------------------------------- meeting date
def test_relative_word_resolved_against_the_url_date_is_inferred() -> None:
    text = "Dushanbe yesterday hosted a regular meeting of the CIS Council of Interior Ministers.\n"
    url = "https://asiaplus.example/en/news/security/20170629/cis-ministers"
    assert _date(text, url=url) == ("2017-06-28", None, "day", "inferred")
    assert _date(text) == (None, None, "unknown", "unknown")


def test_year_from_the_url_completes_a_stated_day() -> None:
    text = "ASTANA – The CIS interior ministers met in Astana on Sep. 10 to discuss cooperation.\n"
    url = "https://times.example/2013/09/cis-ministries-cooperation"
    assert _date(text, url=url) == ("2013-09-10", None, "day", "inferred")


def test_a_page_date_beats_the_url_and_makes_the_year_explicit() -> None:
    text = (
        "10 March 2016\nMinisters meet in Astana\n"
        "The CIS interior ministers met in Astana on 9 March to discuss cooperation.\n"
    )
    url = "https://times.example/2013/09/cis-ministries-cooperation"
    assert _date(text, url=url) == ("2016-03-09", None, "day", "explicit")


def test_no_year_anywhere_means_no_date() -> None:
    text = (
        "The ministers of internal affairs of Russia and Belarus will meet in Bryansk on June "
        "7-8 to discuss border cooperation.\n"
    )
    assert _date(text) == (None, None, "unknown", "unknown")


def test_an_unresolvable_relative_word_yields_to_a_date_in_the_same_sentence() -> None:
    text = "Today, on May 15, 2012, a meeting of the Coordination Council was held in Moscow.\n"
    assert _date(text) == ("2012-05-15", None, "day", "explicit")


def test_a_week_that_may_lie_in_the_month_before_gives_the_year_only() -> None:
    early = (
        "3 March 2022\nSecurity chiefs met\n"
        "The CSTO security council secretaries met in Yerevan last week to discuss terrorism.\n"
    )
    assert _date(early)[:3] == ("2022", None, "year")
    late = early.replace("3 March 2022", "25 March 2022")
    assert _date(late)[:3] == ("2022-03", None, "month")


def test_reported_meeting_without_a_date_takes_the_month_of_publication() -> None:
    text = (
        "17 February 2018 Read: 1207\nMinisters meet\n"
        "The Minister of Internal Affairs of Azerbaijan has met his Georgian counterpart to "
        "discuss drug trafficking.\n"
    )
    assert _date(text) == ("2018-02", None, "month", "inferred")


def test_an_announcement_without_a_date_has_none() -> None:
    text = (
        "17 February 2018\nMinisters to meet\n"
        "The interior ministers of Azerbaijan and Georgia will meet to discuss drug trafficking.\n"
    )
    assert _date(text) == (None, None, "unknown", "unknown")


def test_this_fall_gives_the_year_of_publication() -> None:
    text = (
        "24 April 2006\nCIS interior chiefs to meet in Kazakhstan this fall\n"
        "CIS interior ministers will meet in Kazakhstan this fall, the Russian minister said in "
        "his report on the last meeting.\n"
    )
    assert _date(text) == ("2006", None, "year", "inferred")


def test_end_of_a_meeting_that_runs_through_a_date() -> None:
    text = (
        "DUSHANBE, September 4, 2014, Asia-Plus -- The interior minister is taking part in a "
        "session of the CIS Council of Interior Ministers that kicked off in Cholpon-Ata on "
        "September 4.\n“During the meeting that will run through September 6, the members will "
        "discuss ten issues,” the spokesman said.\n"
    )
    assert _date(text) == ("2014-09-04", "2014-09-06", "day", "explicit")


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("The participants reviewed the results of the Council's activities in 2016.", 2017),
        ("The meeting summed up the work of the Council in 2023-2024.", 2024),
        ("The Council approved the plan of action for 2020.", 2019),
        ("The Council approved the Plan of the main activities for 2024-2025.", None),
        ("The Council discussed the work plan for 2019-2023.", None),  # drafted years ahead
        ("The Council approved the draft plan for 2020.", None),
        (
            "They reviewed the results of the activities in 2016 and the plan for 2020.",
            None,  # the clues disagree
        ),
    ],
)
def test_the_year_from_the_reports_own_periods(sentence: str, want: int | None) -> None:
    lead = "Baku. 24 May. REPORT.AZ/ The meeting of the Council is held today in Bishkek."
    text = f"{lead} {sentence}\n"
    got = _date(text)
    if want is None:
        assert got == (None, None, "unknown", "unknown")
    else:
        assert got == (f"{want}-05-24", None, "day", "inferred")


@pytest.mark.parametrize(
    "trap",
    [
        "The first meeting of the Council was held in Almaty in March 1996, and this time the "
        "Council held its 30th session.",
        "The Council first met in March 1993 in Minsk; this is its 45th session.",
        "The previous meeting (June 2016, Astana, Kazakhstan) adopted the regulations of the "
        "30th session.",
    ],
)
def test_history_and_asides_are_never_the_meetings_date(trap: str) -> None:
    text = f"Heads of the financial intelligence units of the CIS met in Bishkek. {trap}\n"
    assert _date(text)[0] is None


def test_the_first_meeting_of_a_new_body_keeps_its_date() -> None:
    text = "The first meeting of the Coordination Group was held in Tashkent on 12 August 2017.\n"
    assert _date(text) == ("2017-08-12", None, "day", "explicit")


def test_the_next_session_at_the_end_is_not_this_one() -> None:
    text = (
        "CSTO secretaries met in Yerevan\n08 / 06 / 2016\n"
        "Today the session of the Committee of Secretaries of Security Councils took place in "
        "Yerevan.\nThe secretaries discussed terrorism.\n"
        "It was decided that the next session of the Committee will take place in October "
        "2016, in Yerevan.\n"
    )
    assert _date(text) == ("2016-06-08", None, "day", "publication")


def test_an_announced_next_meeting_in_the_lead_is_the_reports_meeting() -> None:
    text = "The next meeting of the Council will be held in Bishkek on 15 October 2025.\n"
    assert _date(text) == ("2025-10-15", None, "day", "explicit")


# --------------------------------------------------------------------------- the contract
def test_date_basis_is_in_the_cli_json(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "Dushanbe yesterday hosted a meeting of the CIS Council of Interior Ministers.\n",
        encoding="utf-8",
    )
    url = "https://example.org/news/20170629/item"
    proc = subprocess.run(
        [sys.executable, "-m", "archive.extraction", str(path), "--url", url],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    (out,) = json.loads(proc.stdout)
    assert (out["date_start"], out["date_basis"]) == ("2017-06-28", "inferred")


def _golden_with_basis() -> list[tuple[Path, dict]]:
    cases = []
    for gold_path in sorted(REPORTS.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "date_basis" in gold:
            cases.append((gold_path.with_suffix(".txt"), gold))
    return cases


@pytest.mark.parametrize(
    ("path", "gold"), _golden_with_basis(), ids=lambda v: getattr(v, "stem", "")
)
def test_golden_reports_date_basis(path: Path, gold: dict) -> None:
    """Golden reports that state a basis get it, with their date."""
    out = extract(path.read_text(encoding="utf-8"), lexicon=default_lexicon()).to_dict()
    assert (out["date_start"], out["date_end"], out["date_precision"], out["date_basis"]) == (
        gold["date_start"],
        gold["date_end"],
        gold["date_precision"],
        gold["date_basis"],
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("21-May-2013 11:22:41", (21, 5, 2013, None)),
        ("27 Сентября 2023, 08:22 1252", (27, 9, 2023, None)),
        ("МИНСК, 18 сен — Sputnik", (18, 9, None, None)),
        ("с 19 по 21 июля 2018 года", (19, 7, 2018, 21)),
        ("30 мая – 1 июня", (30, 5, None, 1)),
        ("в сентябре 2023 года", (None, 9, 2023, None)),
    ],
)
def test_more_written_forms(text: str, want: tuple) -> None:
    """Dashed stamps, and Russian month names in their cases and abbreviations."""
    (d,) = find_dates(text)
    assert (d.day, d.month, d.year, d.end_day) == want


def test_russian_relative_words() -> None:
    assert [d.relative for d in find_dates("Сегодня в Душанбе, во вторник в Минске")] == [
        "today",
        "tuesday",
    ]


def test_a_speakers_today_in_a_quote_is_not_the_reports() -> None:
    text = (
        "The interior ministers met in Astana on Sep. 10, 2013 to discuss cooperation.\n"
        "“All the countries are interested in law and order today,” the president told the "
        "ministers at the meeting.\n"
    )
    assert _date(text) == ("2013-09-10", None, "day", "explicit")


def test_a_labelled_stamp_under_the_article_dates_a_weekday() -> None:
    text = (
        "The Minister of Internal Affairs of Moldova held talks with her Belarusian "
        "counterpart in Minsk on Monday.\nThe ministers discussed illegal migration.\n"
        "Posted 16.11.2020\n"
    )
    assert _date(text) == ("2020-11-16", None, "day", "publication")


def test_a_recent_meeting_is_not_dated_by_the_wire_dateline() -> None:
    text = (
        " date 2023-06-09 BAKU, Azerbaijan, June 9. The heads of border services discussed "
        "smuggling at the recent meeting of the CIS Council of Border Troops Commanders.\n"
    )
    assert _date(text) == ("2023-06", None, "month", "inferred")


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # what the meeting did does not make its date another event's
        ("The Council met in Astana on 10 September and adopted the concept until 2020.", "-09-10"),
        ("The Council adopted the concept at its meeting in Astana on 10 September.", "-09-10"),
        # the date the lead opens with, even without a meeting word
        ("On 9 September, the heads of the border agencies discussed drug trafficking.", "-09-09"),
        # history: the month of publication, never 1996
        ("On 5 March 1996 the Council was founded in Almaty. The ministers met in Astana.", "-09"),
        ("The ministers met in Astana. The agreement signed on 4 June 1999 was discussed.", "-09"),
    ],
)
def test_acts_and_history_in_a_dated_sentence(body: str, want: str) -> None:
    text = f"11 September 2013\nCIS interior ministers\n{body}\n"
    assert _date(text)[0] == "2013" + want


def test_a_headline_ending_in_a_date_is_a_stamp_only_with_a_time_of_day() -> None:
    """ "<headline> 28 April 2027, 19:28" ends with the page's stamp; "<headline> on 12 October
    2027" tells the meeting's day, not the page's."""
    stamped = clean(
        "Ministers met in Astana 28 April 2027, 19:28\n\nThe ministers met on April 28."
    )
    assert stamped.publication_date == dt.date(2027, 4, 28)
    told = clean("Ministers to meet in Minsk on 12 October 2027\n\nThe ministers will meet there.")
    assert told.publication_date is None
