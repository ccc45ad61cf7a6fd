"""Unit tests of the extraction package: dates, cleaning, names, decoding, errors, CLI."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from archive.extraction import (
    EXTRACTOR_VERSION,
    ExtractionError,
    Lexicon,
    decode_report,
    default_lexicon,
    extract,
    html_to_text,
    name_key,
    same_person,
)
from archive.extraction.cleaning import clean
from archive.extraction.dates import find_dates, resolve, stamp_dates

ROOT = Path(__file__).resolve().parents[2]
REPORTS = Path(__file__).resolve().parent / "reports"
PUB = dt.date(2025, 8, 13)


def _resolve(text: str, pub: dt.date | None = PUB) -> tuple:
    ds = find_dates(text)
    assert ds, text
    return resolve(ds[0], pub)


@pytest.mark.parametrize(
    ("text", "pub", "want"),
    [
        ("on 13 August 2025", None, ("2025-08-13", None, "day")),
        ("on 12 August", PUB, ("2025-08-12", None, "day")),
        ("on 12 August", None, (None, None, "unknown")),
        ("on August 23 and 24", dt.date(2010, 9, 1), ("2010-08-23", "2010-08-24", "day")),
        ("on 19-20 May 2016", None, ("2016-05-19", "2016-05-20", "day")),
        ("30 September - 1 October 2025", None, ("2025-09-30", "2025-10-01", "day")),
        ("in August 2012", None, ("2012-08", None, "month")),
        ("13.08.2025", None, ("2025-08-13", None, "day")),
        ("2025-08-13", None, ("2025-08-13", None, "day")),
        ("today", PUB, ("2025-08-13", None, "day")),
        ("yesterday", PUB, ("2025-08-12", None, "day")),
        ("today", None, (None, None, "unknown")),
        ("on Thursday", dt.date(2024, 4, 20), ("2024-04-18", None, "day")),
        ("on 28 December", dt.date(2025, 1, 5), ("2024-12-28", None, "day")),
    ],
)
def test_date_grammar_resolves_each_form(text: str, pub: dt.date | None, want: tuple) -> None:
    """Every supported date form resolves, and a missing year is never invented."""
    assert _resolve(text, pub) == want


def test_ambiguous_numeric_date_is_refused() -> None:
    """9/10/2020 could be September or October: no date at all."""
    assert find_dates("held on 9/10/2020") == []


def test_meeting_without_year_and_publication_date_has_no_date() -> None:
    """'On October 4' with nothing giving the year: precision unknown."""
    text = (REPORTS / "002_9319827ac0fa4145.txt").read_text()
    out = extract(text).to_dict()
    assert (out["date_start"], out["date_precision"]) == (None, "unknown")
    out = extract(text, publication_date=dt.date(2024, 10, 5)).to_dict()
    assert (out["date_start"], out["date_precision"]) == ("2024-10-04", "day")


def test_dateline_city_is_not_the_venue() -> None:
    """'MINSK, 13 August (BelTA)' is where the news was filed; the meeting was in St. Petersburg."""
    out = extract((REPORTS / "001_3522b661196935cf.txt").read_text()).to_dict()
    assert out["city"] == "St. Petersburg"
    assert out["date_start"] == "2025-08-12"
    assert out["publication_date"] == "2025-08-13"
    assert not out["summary"].startswith("MINSK")


def test_cleaning_removes_furniture_and_keeps_headline() -> None:
    """Menus, view counters, related lists and copyright lines go; the headline stays."""
    doc = clean((REPORTS / "003_cb9c46e238814e3a.txt").read_text())
    assert doc.title.startswith("RUSSIA, KAZAKHSTAN AND BELARUS")
    assert "Read 2740 times" not in doc.text
    assert "Frederick Starr" not in doc.text
    assert "Newsletter" not in doc.text
    assert doc.bylines == ["Georgiy Voloshin"]
    assert doc.publication_date == dt.date(2010, 9, 1)
    # the standfirst repeated as the first paragraph appears once
    assert doc.text.count("As Russia, Kazakhstan and Belarus continue") == 1


def test_evidence_offsets_point_into_cleaned_text() -> None:
    """Every evidence span is the text at its offsets in cleaned_text."""
    for path in sorted(REPORTS.glob("*.txt")):
        out = extract(path.read_text()).to_dict(include_text=True)
        text = out["cleaned_text"]
        ev = out["evidence"]
        spans = [ev[k] for k in ("title", "body", "date", "city", "ordinal") if ev[k]]
        spans += list(ev["countries"].values()) + list(ev["organizations"].values())
        spans += ev["participants"] + [s for v in ev["topics"].values() for s in v]
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], path.name
        assert len(ev["participants"]) == len(out["participants"])


def test_to_dict_has_exactly_the_contract_keys() -> None:
    """The importer depends on these keys."""
    out = extract((REPORTS / "000_ee85c059d8637bf0.txt").read_text(), file="x.txt").to_dict()
    assert set(out) == {
        "file", "language", "title", "body", "date_start", "date_end", "date_precision",
        "date_basis", "city", "venue_country", "ordinal", "countries", "countries_mentioned",
        "organizations", "participants", "topics", "summary", "publication_date", "evidence",
        "confidence",
    }  # fmt: skip
    assert set(out["participants"][0]) >= {"name", "role", "title", "country", "organization",
                                           "name_variants"}  # fmt: skip
    assert all(0.0 <= v <= 1.0 for v in out["confidence"].values())
    assert EXTRACTOR_VERSION


def test_name_normalisation_joins_transliterations() -> None:
    """Erjan/Yerzhan Sadenov and Turgumbayev/Turgumbaev are one person each."""
    assert same_person("Erjan Sadenov", "Yerzhan Sadenov")
    assert same_person("Yerlan Turgumbayev", "Erlan Turgumbaev")
    assert same_person("Ali Nagiyev", "Ali Nagiev")
    assert not same_person("Vladimir Kolokoltsev", "Vladimir Putin")
    assert name_key("Erjan Sadenov") == name_key("Yerzhan Sadenov")


def test_two_spellings_in_one_report_are_one_participant() -> None:
    """The second spelling is kept as a name variant."""
    out = extract((REPORTS / "014_name_variants_almaty_2020.txt").read_text()).to_dict()
    names = [p["name"] for p in out["participants"]]
    assert names.count("Yerlan Turgumbayev") == 1 and "Erlan Turgumbaev" not in names
    p = next(p for p in out["participants"] if p["name"] == "Yerlan Turgumbayev")
    assert p["name_variants"] == ["Erlan Turgumbaev"]


def test_ranks_are_stripped_from_names() -> None:
    """'Colonel General Ali Nagiyev' is Ali Nagiyev."""
    out = extract((REPORTS / "002_9319827ac0fa4145.txt").read_text()).to_dict()
    assert "Ali Nagiyev" in [p["name"] for p in out["participants"]]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("cp1251", "cp1251"),
        ("koi8-r", "koi8_r"),
        ("latin-1", "latin-1"),
    ],
)
def test_decode_report_detects_encodings(data: str, encoding: str) -> None:
    """Reports in the encodings seen in the wild decode to the same text."""
    if encoding in ("cp1251", "koi8_r"):
        text = (
            "Совет министров внутренних дел государств - участников СНГ провёл заседание в Минске. "
            "В заседании приняли участие делегации Армении, Беларуси, Казахстана и России. "
        ) * 5
    elif encoding == "latin-1":
        text = (
            "The ministers met in Chişinău? No: in Zürich, at the Café Crème, on 3 März 2019. " * 5
        )
        text = text.replace("ş", "s").replace("ă", "a")
    else:
        text = "The CIS interior ministers met in Astana — «Nur-Sultan» — on 4 October 2024. " * 3
    assert decode_report(text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02\x03\xff\xfe\x00\x00\x10" * 50, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
    ],
)
def test_decode_report_refuses_non_text(data: bytes, message: str) -> None:
    """Empty and binary files get a clear message."""
    with pytest.raises(ExtractionError, match=message):
        decode_report(data)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\t  ", "whitespace"),
        ("abc\x00def ghi jkl", "NUL"),
        ("1234 5678 !!!! ---- 99", "words"),
        ("word " * 500_000, "characters long"),
    ],
)
def test_extract_refuses_what_is_not_a_report(text: str, message: str) -> None:
    """ExtractionError (a ValueError) with a human message."""
    with pytest.raises(ExtractionError, match=message):
        extract(text)
    assert issubclass(ExtractionError, ValueError)


def test_html_report_is_stripped_of_markup_and_furniture() -> None:
    """Scripts, styles, nav, footers and sidebars never reach the text."""
    html = (REPORTS / "017_csto_drugs_dushanbe.html").read_text()
    text = html_to_text(html)
    assert "_gaq" not in text and "font-family" not in text
    assert "Stanislav Zas" not in text and "About CSTO" not in text
    assert "Khayrullo Sharifzoda" in text


def test_lexicon_from_plain_lists_uses_edited_topics() -> None:
    """The importer can pass topics as edited in the database."""
    base = default_lexicon()
    lex = Lexicon(
        countries=base.countries,
        topics=[{"slug": "caviar", "name": "Caviar", "patterns": ["+black caviar"]}],
        organizations=base.organizations,
        cities=base.cities,
    )
    out = extract((REPORTS / "003_cb9c46e238814e3a.txt").read_text(), lexicon=lex).to_dict()
    assert out["topics"] == ["caviar"]
    assert out["evidence"]["topics"]["caviar"][0]["text"].count("caviar")


def test_cli_reports_bad_files_and_processes_the_rest(tmp_path: Path) -> None:
    """A bad file gives a message naming it on stderr and exit 1; good files are printed."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x00\xff\x10\x00" * 100)
    good = REPORTS / "004_abfdd6eeedf5b907.txt"
    missing = tmp_path / "missing.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "archive.extraction", str(empty), str(good), str(binary),
         str(missing), "--pretty"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert proc.returncode == 1
    for bad in (empty, binary, missing):
        assert str(bad) in proc.stderr
    data = json.loads(proc.stdout)
    assert [d["file"] for d in data] == [str(good)]
    assert "cleaned_text" not in data[0]


def test_cli_with_text_includes_cleaned_text() -> None:
    """--with-text adds cleaned_text; exit status 0 when all files are fine."""
    good = REPORTS / "000_ee85c059d8637bf0.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "archive.extraction", "--with-text", str(good)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["cleaned_text"].startswith("Sharing of Knowledge")


def test_mangled_reports_never_crash() -> None:
    """Shuffled, truncated, upper-cased or punctuation-free reports give a result or an
    ExtractionError, never another exception."""
    import random

    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt"))]
    words = " ".join(texts).split()
    for _ in range(300):
        t = rng.choice(texts)
        k = rng.randrange(6)
        if k == 0:
            t = " ".join(rng.choice(words) for _ in range(rng.randint(1, 200)))
        elif k == 1:
            lines = t.split("\n")
            rng.shuffle(lines)
            t = "\n".join(lines)
        elif k == 2:
            a = rng.randrange(len(t))
            t = t[a : a + rng.randint(0, 2000)]
        elif k == 3:
            t = t.upper()
        elif k == 4:
            t = t.replace(".", "").replace("\n", " ")
        else:
            t = "".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(0, 300)))
        try:
            out = extract(t).to_dict(include_text=True)
        except ExtractionError:
            continue
        assert out["date_precision"] in {"day", "month", "year", "unknown"}


def test_capital_named_by_demonym_is_resolved() -> None:
    """'in the Belarusian capital' is Minsk; a 'Moscow-based analyst' is not the venue."""
    out = extract((REPORTS / "030_analysis_fiu_minsk.txt").read_text()).to_dict()
    assert (out["city"], out["venue_country"]) == ("Minsk", "Belarus")
    assert "Alexei Kozlov" not in [p["name"] for p in out["participants"]]


def test_head_of_state_who_only_sent_a_message_is_not_a_participant() -> None:
    """A president who sent greetings is mentioned; the official who read them out took part."""
    out = extract((REPORTS / "025_kazinform_nursultan_cmvd.txt").read_text()).to_dict()
    names = [p["name"] for p in out["participants"]]
    assert "Kassym-Jomart Tokayev" not in names
    assert "Erlan Karin" in names


def _topic_lexicon(patterns: list[str]) -> Lexicon:
    base = default_lexicon()
    return Lexicon(
        countries=base.countries,
        topics=[{"slug": "t", "name": "T", "patterns": patterns}],
        organizations=base.organizations,
        cities=base.cities,
    )


def test_topic_pattern_syntax_wildcard_hyphen_and_whole_words() -> None:
    """'terroris*' matches terrorists; 'counter-terrorism' matches 'counter terrorism';
    'drugs' does not match inside 'drugstore'."""
    lex = _topic_lexicon(["terroris*", "counter-terrorism", "drugs"])
    hits = {
        "Terrorists were discussed.": 1,
        "Counter terrorism was discussed.": 1,
        "A drugstore was robbed.": 0,
    }
    for text, n in hits.items():
        assert len([m for m in lex.scan(text) if m.kind == "topic"]) == n, text


def test_a_passing_word_is_not_a_topic_but_a_strong_pattern_is() -> None:
    """One mention in an unrelated sentence is not enough, unless the pattern starts with '+'."""
    text = (
        "Interior ministers meet in Minsk\n\n"
        "Officials of the two ministries met in Minsk on 3 March 2021 and discussed migration. "
        "The ministers also discussed border security. They agreed to meet again.\n\n"
        "The weather was fine and caviar was served at dinner."
    )
    weak = extract(text, lexicon=_topic_lexicon(["caviar"])).to_dict()
    strong = extract(text, lexicon=_topic_lexicon(["+caviar"])).to_dict()
    assert weak["topics"] == []
    assert strong["topics"] == ["t"]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "The 30th Plenary meeting of the Eurasian Group on Combating Money Laundering and "
            "Financing of Terrorism was held in Minsk on 14 November 2027. The delegations "
            "adopted the reports of the working groups.",
            "money-laundering",
        ),
        (
            "Вчера в Минске состоялось заседание Совета руководителей компетентных органов по "
            "противодействию незаконному обороту наркотиков государств - членов ОДКБ. "
            "Делегации приняли отчёты рабочих групп.",
            "drug-trafficking",
        ),
    ],
)
def test_the_convening_body_s_field_is_a_topic(text: str, topic: str) -> None:
    """A meeting of a body named for a field is about that field, though the report names the
    field only in the body's name, English or Russian."""
    result = extract(text).to_dict()
    assert result["body"], result
    assert topic in result["topics"], (result["body"], result["topics"])


@pytest.mark.parametrize(
    ("lead", "city"),
    [
        ("MINSK, 13 August (BelTA) - The ministers met.", "MINSK"),
        ("ASTANA. KAZINFORM – The ministers met.", "ASTANA"),
        ("MOSCOW, December 4. /TASS/. The ministers met.", "MOSCOW"),
        ("BISHKEK, Oct 12 (AKIpress) - The ministers met.", "BISHKEK"),
        ("YEREVAN, November 22, 2022. ARMENPRESS. The ministers met.", "YEREVAN"),
    ],
)
def test_datelines_of_the_agencies_are_recognised(lead: str, city: str) -> None:
    """The dateline is found and kept out of the summary."""
    from archive.extraction.cleaning import find_dateline

    found = find_dateline(lead)
    assert found is not None and found[0] == city
    out = extract("Headline of the report here\n" + lead + " Then they talked at length.")
    assert out.summary.startswith("The ministers met")


def test_lexicon_from_fixture_directory() -> None:
    """Lexicon.from_fixtures(path) reads the four fixture files of a directory."""
    lex = Lexicon.from_fixtures(ROOT / "fixtures")
    assert lex.city_by_name("Nur-Sultan").name == "Astana"
    assert lex.city_by_name("Kiev").name == "Kyiv"
    assert lex.org_by_name("CHSSS").name.startswith("Council of Heads of Security Bodies")
    assert len(lex.topic_list) == 26


def test_skip_ahead_keeps_every_cue_pattern_equivalent() -> None:
    """The faster form of each case-insensitive cue pattern finds exactly the same matches."""
    import re as _re

    from archive.extraction import (
        bodies,
        body_names,
        context,
        countries,
        ordinals,
        organizations,
        participants,
        people,
        places,
        topics,
    )
    from archive.extraction.rx import CI, lower_same_len

    patterns = [
        v
        for mod in (
            people,
            context,
            bodies,
            body_names,
            ordinals,
            organizations,
            countries,
            participants,
            places,
            topics,
        )
        for v in vars(mod).values()
        if isinstance(v, CI)
    ]
    assert any(p.rx.pattern != p.pattern for p in patterns)  # some were rewritten
    texts = [lower_same_len(p.read_text(encoding="utf-8")) for p in REPORTS.glob("*.txt")]
    texts.append("aforesaid unsaid said. co-chaired; the co-chairmen; xmet met")
    for p in patterns:
        plain = _re.compile(p.pattern)
        for t in texts:
            assert [m.span() for m in plain.finditer(t)] == [m.span() for m in p.rx.finditer(t)]


def test_skip_ahead_finds_the_same() -> None:
    """skip_ahead's rewriting of a leading \\b finds what the pattern finds, from any offset."""
    import re as _re

    from archive.extraction.rx import skip_ahead

    shapes = [
        r"\b(?:has|have)\s+(?:now\s+)?(?:signed|agreed)\b",
        r"\bcross[- ]?$|\btrans[- ]?$",
        r"\b(?:not|no|without|never)\b[^.;,]{0,25}$",
        r"\b(?:results?|итог(?:и|ам))\s+(?:[\w-]+\s+){0,3}?встречи",
    ]
    left_alone = [r"\b(?:the )?meeting", r"\b(?:a|b)?c", r"(?i)\b(?:has|have)", r"[ab]\b"]
    for shape in left_alone:
        assert skip_ahead(shape) == shape
    texts = [p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt"))[:120]]
    texts += [t.lower() for t in texts]
    texts.append("has signed; xhas signed; _has agreed, have now agreed\ncross-\ntrans not no")
    for shape in shapes:
        plain, fast = _re.compile(shape), _re.compile(skip_ahead(shape))
        assert fast.pattern != shape
        for t in texts:
            assert [m.span() for m in plain.finditer(t)] == [m.span() for m in fast.finditer(t)]
            for pos in range(0, len(t), 97):
                want, got = plain.search(t, pos, pos + 150), fast.search(t, pos, pos + 150)
                assert (want and want.span()) == (got and got.span())


def test_literal_starts_of_cue_patterns() -> None:
    """Every match of a pattern starts with one of its literal starts; None when unknowable."""
    from archive.extraction.rx import literal_starts

    assert literal_starts(r"\bco-?chair(?:ed|men)?\b") == ("co-chair", "cochair")
    assert literal_starts(r"(?<!deputy )\b(?:presidents?|kings?)\b") == ("king", "president")
    assert literal_starts(r"\b(?:in a )?comment\b") == ("comment", "in a comment")
    assert literal_starts(r"chair|presid") == ("chair", "presid")
    assert literal_starts(r"[a-z]+ing") is None
    assert literal_starts(r"\b(?:said|\w+ed)\b") is None
    assert literal_starts(r"(?i)said") is None


def test_cue_prefilter_answers_exactly_as_a_sentence_search() -> None:
    """Context.has (candidates from the one Aho-Corasick pass) and cue_finditer agree with a
    plain regex search of every sentence, for every registered cue, on every golden report."""
    from archive.extraction.context import Context
    from archive.extraction.rx import SENTENCE_CUES

    lex = default_lexicon()
    cues = list(SENTENCE_CUES._patterns.values())
    assert len(cues) >= 15
    texts = [decode_report(p.read_bytes()) for p in sorted(REPORTS.glob("*.txt"))]
    texts.append("Co-chaired by X. The co-chairmen met; then-minister Y sent a message. Z said")
    for text in texts:
        ctx = Context(clean(text), lex)
        assert ctx._cue_starts is not None  # found in the gazetteer's pass
        for rx in cues:
            for i, (a, b) in enumerate(ctx.doc.sentences):
                assert ctx.has(rx, i) == (rx.rx.search(ctx.low, a, b) is not None), rx.pattern
                want = [m.span() for m in rx.rx.finditer(ctx.low, a, b)]
                assert [m.span() for m in ctx.cue_finditer(rx, a, b)] == want, rx.pattern


def test_the_lexicon_leaves_the_cyclic_collector() -> None:
    """The lexicon's objects live as long as the process: frozen out of the collector's
    generations, full collections during extraction do not walk them."""
    import gc

    lexicon = default_lexicon()
    assert gc.get_freeze_count() > 100_000
    assert all(o is not lexicon for o in gc.get_objects())  # the collector's generations


def test_prefixed_patterns_match_as_the_plain_regex() -> None:
    """A pattern searched from its literal starts finds exactly what the compiled regex finds:
    word boundaries before a start, overlapping and glued starts, no match, every golden
    report."""
    import re as _re

    from archive.extraction.lexicon import _CIS_NAMED
    from archive.extraction.russian.facts import _EXCHANGE_OF_INFORMATION
    from archive.extraction.rx import Prefixed

    patterns = [_CIS_NAMED, _EXCHANGE_OF_INFORMATION, Prefixed(r"\b(?:aba|ab)\b|(?<!x)baba")]
    patterns.append(Prefixed(r"aba\b"))  # its first "aba" in "ababa" fails, the second not
    patterns += [p for organs in default_lexicon()._organs.values() for p, _ in organs]
    texts = [decode_report(p.read_bytes()) for p in sorted(REPORTS.glob("*.txt"))]
    texts += ["xCIS CIS", "CISCO CIS.", "", "ababa aba ab xbaba baba", "обмена информацией"]
    texts.append("the Coordination Service; State Coordination Services, Anti-Terrorism Center.")
    texts.append("обменялись оперативной и аналитической информацией; сообменом информацией")
    for pattern in patterns:
        plain = _re.compile(pattern.rx.pattern)
        for text in texts:
            for subject in (text, text.lower()):
                want = [m.span() for m in plain.finditer(subject)]
                assert [m.span() for m in pattern.finditer(subject)] == want, subject[:60]
                first = plain.search(subject, 3)
                found = pattern.search(subject, 3)
                assert (found and found.span()) == (first and first.span())
    with pytest.raises(ValueError):
        Prefixed(r"\b\w+ed\b")


def test_placed_elsewhere_prefilters_hold_a_word_of_every_match() -> None:
    """The substring tests before the patterns that place a name elsewhere let through every
    text the patterns match: each alternative's own example holds one of the words."""
    from archive.extraction import elsewhere

    before = [
        "the murder of the former head of the bank ",
        "a criminal case against the former secretary general, ",
        "three days after receiving ",
        "a week before his talks with ",
        "During her visit, she also met with Senator ",
        "An invitation has been sent to his colleague ",
    ]
    further = [
        "Besides, the Minister held an introductory meeting with the Ambassador ",
        "In conclusion, he had official talks with ",
        "The Minister also held a meeting with ",
        "He has already met with ",
        "as announced following the talks with ",
    ]
    for text in before:
        assert elsewhere._ELSEWHERE_BEFORE.search(text), text
        assert any(word in text.lower() for word in elsewhere._ELSEWHERE_WORDS), text
    for text in further:
        assert elsewhere._FURTHER_MEETING.match(text), text
        low = text.lower()
        assert "with" in low and any(word in low for word in elsewhere._FURTHER_WORDS), text


def test_prefilters_cover_their_patterns() -> None:
    """The shortcuts that skip a regex are sound: every ordinal word of _ORDINAL is among the
    words whose absence skips it, and name candidates are split into the same tokens as by
    _TOKENS."""
    import re as _re

    from archive.extraction import ordinals, people
    from archive.extraction.rx import literal_starts

    starts = set(literal_starts(ordinals._ORDINAL_START.pattern) or ())
    for group in ("tens", "word"):
        body = _re.search(rf"\(\?P<{group}>([^)]*)\)", ordinals.ORDINAL.pattern).group(1)
        assert set(body.split("|")) <= starts, group
    for p in sorted(REPORTS.glob("*.txt")):
        text = decode_report(p.read_bytes())
        for m in people._CANDIDATE.finditer(text):
            raw = m.group(0)
            want = [(t.group(0), t.start(), t.end()) for t in people._TOKENS.finditer(raw)]
            assert people._tokens(raw) == want, raw


@pytest.mark.parametrize(
    "sentence, body",
    [
        (
            "The Collegium of the Ministry of Internal Affairs of Kyrgyzstan held an extended "
            "meeting in Osh on 23 June 1999.",
            "Collegium of the Ministry of Internal Affairs of Kyrgyzstan",
        ),
        (
            "Commission on Crime Prevention of the St. Petersburg Region held a meeting in "
            "St. Petersburg on 30 May 2010.",
            "Commission on Crime Prevention of the St. Petersburg Region",
        ),
        (
            "On 4 July 2000 the 29th meeting of the Council of Heads of Border and Customs Posts "
            "of the Cahul Region was held in Cahul.",
            "Council of Heads of Border and Customs Posts of the Cahul Region",
        ),
    ],
)
def test_a_body_the_gazetteer_does_not_know_is_named_from_the_sentence(sentence, body) -> None:
    """A national or regional body convening ("The Collegium of ... held a meeting") or
    meeting ("the meeting of the Council of ...") is the body, "St." and all."""
    text = f"Meeting in the region\n\n{sentence}\n\nDelegations from Kyrgyzstan took part."
    assert extract(text).to_dict()["body"] == body


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("21.09.07", dt.date(2007, 9, 21)),
        ("mirtv.ru 21.09.07", dt.date(2007, 9, 21)),
        ("03.11.98", dt.date(1998, 11, 3)),
        ("21.09.2007", dt.date(2007, 9, 21)),
    ],
)
def test_a_page_stamp_with_a_two_digit_year_is_read_day_first(line, day) -> None:
    assert [d for _, _, d in stamp_dates(line)] == [day]


def test_a_two_digit_stamp_that_is_no_calendar_date_gives_none() -> None:
    assert stamp_dates("31.02.19") == []


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("в минувший вторник", "2025-04-15"),  # the news day is a Tuesday: the one before
        ("в прошлый четверг", "2025-04-17"),
        ("во вторник", "2025-04-22"),  # the news day itself
    ],
)
def test_a_russian_weekday_resolves_against_the_day_of_the_news(phrase, day) -> None:
    (mention,) = find_dates(phrase)
    assert resolve(mention, dt.date(2025, 4, 22))[0] == day


def test_patterns_searched_without_ignorecase_keep_its_letter_folds() -> None:
    """Where a flagged pattern is searched unflagged in lower-cased text for speed, a letter the
    flag lets stand for another ("ı" for "i", "ſ" for "s") still matches as the flag has it."""
    import re as _re

    from archive.extraction import headlines, places, when
    from archive.extraction.rx import folds_to_another

    assert folds_to_another("font ſize") and folds_to_another("held ın")
    assert not folds_to_another("font size") and not folds_to_another("заседание")
    assert _re.search("font size", "font ſize", _re.IGNORECASE)  # the fold being kept
    assert headlines.headline_text("Font ſize: A A A") is None
    assert headlines.headline_text("Font size: A A A") is None
    assert places._held_in("the talks were held ın ")
    assert places._held_in("the talks were held in ")
    assert not places._held_in("the talks were about ")
    ctx = types.SimpleNamespace(text="The 5th meetıng", low="the 5th meetıng")
    assert [m.group() for m in when._numbered_in(ctx, 0, len(ctx.text))] == ["5th meetıng"]
