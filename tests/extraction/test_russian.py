"""Russian-language reports: language routing, case forms, names in the nominative, dates,
bodies, roles, encodings (archive/extraction/russian/)."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest

from archive.extraction import ExtractionError, decode_report, extract
from archive.extraction.core import detect_language
from archive.extraction.russian.morph import nominative, phrase_forms
from archive.extraction.russian.people import latin, nominative_name

REPORTS = Path(__file__).parent / "reports"


def _participant(out: dict, native: str) -> dict:
    return next(p for p in out["participants"] if p["name_native"] == native)


# --------------------------------------------------------------------------- routing
def test_a_russian_report_is_extracted_as_russian() -> None:
    text = (
        "Заседание Совета министров внутренних дел СНГ прошло 12 августа 2025 года в Минске. "
        "В нем приняли участие министры внутренних дел Армении, Казахстана и России."
    )
    out = extract(text).to_dict()
    assert out["language"] == "ru"
    assert out["body"] == "CIS Council of Interior Ministers"
    assert out["countries"] == ["Armenia", "Kazakhstan", "Russia"]


def test_an_english_article_with_a_russian_paragraph_stays_english() -> None:
    text = (REPORTS / "ru_mixed_language_1.txt").read_text(encoding="utf-8")
    assert detect_language(text) == "en"
    assert extract(text).to_dict()["language"] == "en"


# --------------------------------------------------------------------------- inflection
@pytest.mark.parametrize(
    ("phrase", "form"),
    [
        ("Координационный совет прокуроров", "Координационного совета прокуроров"),
        ("Объединённая коллегия МВД", "Объединённую коллегию МВД"),
        ("Республика Беларусь", "Республике Беларусь"),
        ("Чолпон-Ата", "Чолпон-Ате"),
        ("Ростов-на-Дону", "Ростове-на-Дону"),
    ],
)  # fmt: skip
def test_gazetteer_names_are_expanded_into_their_case_forms(phrase: str, form: str) -> None:
    assert form in phrase_forms(phrase)


def test_acronyms_and_indeclinable_names_keep_their_one_form() -> None:
    assert phrase_forms("МВД России") == ("МВД России",)
    assert phrase_forms("Душанбе") == ("Душанбе",)


@pytest.mark.parametrize(
    ("words", "hint", "expected"),
    [
        ("Ержана Саденова", "gent", "Ержан Саденов"),
        ("Александром Шепелевым", "ablt", "Александр Шепелев"),
        ("Владимиру Колокольцеву", "datv", "Владимир Колокольцев"),
        ("Светланы Боровской", "gent", "Светлана Боровская"),
        ("Хабибулло Вохидзода", None, "Хабибулло Вохидзода"),
        ("Игорю Шуневичу", None, "Игорь Шуневич"),
        ("Матлуба Абдуллоева", None, "Матлуба Абдуллоева"),
    ],
)
def test_names_are_put_back_in_the_nominative(words: str, hint: str | None, expected: str) -> None:
    forms, _ = nominative_name(words.split(), hint)
    assert " ".join(forms) == expected


def test_titles_are_put_back_in_the_nominative() -> None:
    words = ["первого", "заместителя", "министра", "внутренних", "дел"]
    assert nominative(words) == ["первый", "заместитель", "министра", "внутренних", "дел"]


def test_a_title_shared_by_a_list_is_one_person_s_title() -> None:
    words = ["министры", "внутренних", "дел", "Азербайджана"]
    assert nominative(words) == ["министр", "внутренних", "дел", "Азербайджана"]


@pytest.mark.parametrize(
    ("sentence", "ordinal"),
    [
        ("Сегодня в Бишкеке прошло 91-е заседание Совета командующих погранвойсками СНГ.", 91),
        ("В Бишкеке состоялось заседание Совета командующих пограничными войсками СНГ. "
         "Прошлое, 90-е заседание совета состоялось в Минске.", None),
        ("В Минске прошло Шестьдесят первое заседание Совета командующих пограничными "
         "войсками СНГ.", 61),
        ("В Минске открылось сто двадцать третье заседание Совета командующих пограничными "
         "войсками СНГ.", 123),
        ("В Минске прошло юбилейное 50-е заседание Совета командующих погранвойсками СНГ.", 50),
        ("В Минске прошло очередное заседание Совета командующих погранвойсками СНГ.", None),
    ],
)  # fmt: skip
def test_the_session_number_of_a_sitting_held(sentence: str, ordinal: int | None) -> None:
    assert extract(sentence).ordinal == ordinal


def test_latin_names_follow_the_wikipedia_romanisation() -> None:
    assert latin("Ержан Саденов") == "Yerzhan Sadenov"
    assert latin("Юрий Жданов") == "Yury Zhdanov"


@pytest.mark.parametrize(
    ("native", "pinyin"),
    [("Ван Сяохун", "Wang Xiaohong"), ("Чжао Кэчжи", "Zhao Kezhi"), ("Го Шэнкунь", "Guo Shengkun"),
     ("Си Цзиньпин", "Xi Jinping"), ("Ли Цян", "Li Qiang"), ("Сюй Ин", "Xu Ying")],
)  # fmt: skip
def test_chinese_names_are_written_in_pinyin(native: str, pinyin: str) -> None:
    assert latin(native) == pinyin


def test_a_participant_keeps_the_name_exactly_as_the_report_first_writes_it() -> None:
    out = extract(
        "12 марта 2027 года в Минске прошло заседание Совета министров внутренних дел СНГ под "
        "председательством министра внутренних дел Казахстана Ержана Саденова. Саденов "
        "поблагодарил коллег."
    ).to_dict()
    person = _participant(out, "Ержан Саденов")
    assert person["name"] == "Yerzhan Sadenov"
    assert person["name_as_written"] == "Ержана Саденова"


def test_a_chinese_name_in_an_oblique_case_is_found_in_the_nominative() -> None:
    out = extract(
        "20 мая 2027 года в Пекине прошло заседание Совета министров внутренних дел СНГ. "
        "Министр внутренних дел Казахстана Ержан Саденов провел встречу с министром "
        "общественной безопасности КНР Ван Сяохуном."
    ).to_dict()
    wang = _participant(out, "Ван Сяохун")
    assert (wang["name"], wang["country"]) == ("Wang Xiaohong", "China")


def test_an_inflected_city_title_and_name_are_stored_in_the_nominative() -> None:
    text = (
        "Заседание Совета министров внутренних дел СНГ прошло 14 мая 2025 года в Ташкенте. "
        "В нем принял участие министр внутренних дел Казахстана Ержан Саденов. Встреча "
        "министра внутренних дел Казахстана Ержана Саденова с белорусским коллегой Иваном "
        "Кубраковым состоялась накануне заседания."
    )
    out = extract(text).to_dict()
    assert out["city"] == "Tashkent" and out["venue_country"] == "Uzbekistan"
    sadenov = _participant(out, "Ержан Саденов")
    assert sadenov["name"] == "Yerzhan Sadenov"
    assert sadenov["country"] == "Kazakhstan"
    assert sadenov["title"] == "министр внутренних дел Казахстана"
    assert _participant(out, "Иван Кубраков")["country"] == "Belarus"


@pytest.mark.parametrize(
    ("name", "country"),
    [("Киргизии", "Kyrgyzstan"), ("Кыргызстана", "Kyrgyzstan"), ("Белоруссии", "Belarus"),
     ("Беларуси", "Belarus"), ("Республики Молдова", "Moldova"), ("РФ", "Russia")],
)  # fmt: skip
def test_russian_names_of_a_country_resolve_to_one_country(name: str, country: str) -> None:
    text = (
        "Заседание Совета министров внутренних дел СНГ прошло 14 мая 2025 года в Минске. "
        f"В нем приняли участие делегации Армении и {name}."
    )
    assert country in extract(text).to_dict()["countries"]


# --------------------------------------------------------------------------- bodies
@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("очередное заседание СМВД", "CIS Council of Interior Ministers"),
        ("заседание Совета руководителей органов безопасности и специальных служб "
         "государств – участников СНГ", "Council of Heads of Security Bodies and Special "
         "Services of the CIS"),
        ("заседание Комитета секретарей советов безопасности ОДКБ",
         "CSTO Committee of Secretaries of Security Councils"),
        ("заседание Совета РАТС ШОС", "Council of the SCO Regional Anti-Terrorist Structure"),
        ("заседание объединенной коллегии МВД России и Беларуси",
         "Joint Collegium of the Interior Ministries of Russia and Belarus"),
    ],
)  # fmt: skip
def test_bodies_under_russian_names_resolve_to_the_canonical_body(phrase: str, body: str) -> None:
    text = f"Вчера в Минске состоялось {phrase}. Участники обсудили борьбу с терроризмом."
    assert extract(text).to_dict()["body"] == body


def test_an_international_body_taking_part_is_named_in_english() -> None:
    text = (
        "Заседание Совета министров внутренних дел СНГ прошло 14 мая 2025 года в Баку. В нем "
        "приняли участие представители Армении, России и БКБОП."
    )
    out = extract(text).to_dict()
    assert out["organizations"] == ["Bureau for Coordinating the Fight against Organized Crime"]


def test_a_body_outside_the_gazetteer_is_rendered_in_english() -> None:
    text = (
        "В Самарканде состоялось 21-е Совещание руководителей органов безопасности и "
        "разведывательных служб государств-участников СНГ."
    )
    out = extract(text).to_dict()
    assert out["ordinal"] == 21
    words = set(out["body"].lower().split())
    assert {"meeting", "heads", "security", "intelligence", "services"} <= words


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("15 мая 2027 года в Минске прошло заседание Межгосударственного совета по "
         "противодействию коррупции.", {"interstate", "council", "combating", "corruption"}),
        ("15 мая 2027 года в Минске прошло заседание Совета министров юстиции "
         "государств-участников СНГ.", {"council", "ministers", "justice"}),
        ("15 мая 2027 года в Минске прошло заседание Совета руководителей органов по "
         "чрезвычайным ситуациям СНГ.", {"council", "heads", "emergency", "situations"}),
    ],
)  # fmt: skip
def test_unknown_bodies_keep_their_words_in_english(sentence: str, expected: set) -> None:
    assert expected <= set(extract(sentence).to_dict()["body"].lower().split())


def test_a_headline_s_body_phrase_ends_with_its_line() -> None:
    text = (
        "В Циндао прошло совещание министров внутренних дел государств-членов ШОС\n\n"
        "ЦИНДАО, 20 июня 2024 г. Совещание провел министр общественной безопасности КНР."
    )
    assert "China" not in extract(text).to_dict()["body"]


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("В Новополоцке прошло заседание Совета министров внутренних дел СНГ.", "Novopolotsk"),
        ("В Подмосковье прошло заседание Совета министров внутренних дел СНГ.", None),
        ("В Европе прошло заседание Совета министров внутренних дел СНГ.", None),
    ],
)
def test_a_town_outside_the_gazetteer_but_no_region(sentence: str, city: str | None) -> None:
    assert extract(sentence).to_dict()["city"] == city


# --------------------------------------------------------------------------- lists of names
@pytest.mark.parametrize(
    ("sentence", "taking_part"),
    [
        ("В заседании приняли участие министры внутренних дел Армении Ашот Варданян, Казахстана "
         "Нурлан Абишев и России Павел Соколов.",
         {"Ashot Vardanyan", "Nurlan Abishev", "Pavel Sokolov"}),
        ("В заседании принял участие министр внутренних дел Казахстана Нурлан Абишев, "
         "встретившийся ранее с Иваном Кубраковым и Павлом Соколовым.", {"Nurlan Abishev"}),
        ("Как сообщила начальник отдела Анна Петрова, генпрокурор Таджикистана Бободжон Бобохонов "
         "отбыл для участия в заседании.", {"Bobodzhon Bobokhonov"}),
    ],
)  # fmt: skip
def test_a_list_of_names_shares_its_cue_and_a_clause_does_not(sentence, taking_part) -> None:
    text = "В Минске состоялось заседание Совета министров внутренних дел СНГ. " + sentence
    assert {p["name"] for p in extract(text).to_dict()["participants"]} == taking_part


# --------------------------------------------------------------------------- roles
def test_roles_from_russian_cue_words() -> None:
    text = (
        "Заседание Совета министров внутренних дел СНГ прошло 14 мая 2025 года в Ереване. "
        "Председательствовал министр внутренних дел Армении Вагаршак Арутюнян. В заседании "
        "принял участие министр внутренних дел Казахстана Ержан Саденов. С докладом выступил "
        "заместитель министра внутренних дел России Андрей Храпов."
    )
    out = extract(text).to_dict()
    roles = {p["name_native"]: p["role"] for p in out["participants"]}
    assert roles == {
        "Вагаршак Арутюнян": "chair",
        "Ержан Саденов": "attendee",
        "Андрей Храпов": "speaker",
    }


def test_spokespeople_and_heads_of_state_are_only_mentioned() -> None:
    out = extract((REPORTS / "ru_mentioned_only_1.txt").read_text(encoding="utf-8")).to_dict()
    assert [p["name_native"] for p in out["participants"]] == ["Александр Бортников"]


# --------------------------------------------------------------------------- dates
def _date(text: str, **kw: object) -> tuple[str | None, str | None, str, str]:
    out = extract(text, **kw).to_dict()
    return out["date_start"], out["date_end"], out["date_precision"], out["date_basis"]


def test_a_range_across_two_months() -> None:
    text = (
        "30 мая – 1 июня 2025 года в Бишкеке пройдет заседание Совета министров внутренних дел СНГ."
    )
    assert _date(text) == ("2025-05-30", "2025-06-01", "day", "explicit")


def test_last_tuesday_is_resolved_against_the_page_date() -> None:
    text = "В минувший вторник в Минске прошло заседание Совета министров внутренних дел СНГ."
    published = dt.date(2024, 9, 13)  # a Friday
    assert _date(text, publication_date=published) == ("2024-09-10", None, "day", "publication")


def test_nakanune_in_the_lead_is_the_day_before_the_news() -> None:
    text = "МИНСК, 15 мая 2024 г. Накануне в Минске прошло заседание Совета глав МВД СНГ."
    assert _date(text) == ("2024-05-14", None, "day", "dateline")


def test_nakanune_before_a_noun_is_no_day() -> None:
    text = (
        "МИНСК, 15 мая 2024 г. Накануне заседания Совета министров внутренних дел СНГ министры "
        "провели встречу."
    )
    assert _date(text)[2] != "day"


def test_yesterday_without_a_page_date_is_not_dated() -> None:
    text = "Вчера в Минске прошло заседание Совета министров внутренних дел СНГ."
    assert _date(text)[:3] == (None, None, "unknown")


def test_a_cyrillic_dateline_is_the_day_of_the_news() -> None:
    text = (
        "МИНСК, 12 августа. /БелТА/. Сегодня в Минске открылось заседание Совета министров "
        "внутренних дел СНГ."
    )
    out = extract(text, url="https://example.by/news/2025/08/12/sovet").to_dict()
    assert (out["date_start"], out["date_basis"]) == ("2025-08-12", "dateline")
    assert out["city"] == "Minsk"


def test_an_update_stamp_does_not_give_a_year() -> None:
    text = (
        "Последнее обновление: 24.11.2024 12:25\n\nТакое решение было принято 18 мая на "
        "заседании объединенной коллегии МВД России и Беларуси в Минске."
    )
    assert _date(text)[:3] == (None, None, "unknown")


def test_a_month_without_a_day() -> None:
    text = "В середине мая в Душанбе соберутся руководители спецслужб стран СНГ."
    url = "https://example.kz/news/sng_date_2019_05_15_19_02"
    assert _date(text, url=url)[:3] == ("2019-05", None, "month")


# --------------------------------------------------------------------------- encodings
@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("ru_encoding_cp1251_1", "cp1251"),
        ("ru_encoding_koi8_1", "koi8_r"),
        ("ru_encoding_utf16_1", "utf-16"),
        ("ru_encoding_utf16le_1", "utf-16-le"),
        ("ru_encoding_iso8859_5_1", "iso8859_5"),
        ("ru_encoding_koi8_1", "cp866"),
    ],
)
def test_russian_reports_in_legacy_encodings_decode_to_the_same_facts(
    name: str, encoding: str
) -> None:
    text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
    decoded = decode_report(text.encode(encoding))
    assert decoded == text
    assert extract(decoded).to_dict() == extract(text).to_dict()


def test_short_koi8_text_is_not_taken_for_a_far_away_code_page() -> None:
    text = "Встреча министров прошла в Минске."
    assert decode_report(text.encode("koi8_r")) == text


def test_a_mixed_english_and_russian_file_in_windows_1251() -> None:
    text = (REPORTS / "ru_mixed_language_1.txt").read_text(encoding="utf-8")
    assert decode_report(text.encode("cp1251")) == text


def test_an_undecidable_file_is_a_clear_error() -> None:
    with pytest.raises(ExtractionError, match="encoding could not be recognised"):
        decode_report(bytes(range(0x80, 0x100)) * 8)


# --------------------------------------------------------------------------- provenance
def test_evidence_of_russian_reports_points_into_the_cleaned_text() -> None:
    for path in sorted(REPORTS.glob("ru_*.txt")):
        result = extract(path.read_text(encoding="utf-8"))
        text = result.cleaned_text
        spans = [result.evidence.get(k) for k in ("title", "body", "date", "city", "ordinal")]
        spans += result.evidence["participants"]
        spans += list(result.evidence["countries"].values())
        for span in filter(None, spans):
            assert text[span["start"] : span["end"]] == span["text"], path.name


def test_russian_extraction_runs_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The morphology dictionary and the transliteration tables ship in their packages."""
    import pymorphy3

    def no_network(*args: object, **kwargs: object) -> None:
        raise OSError("network access during extraction")

    monkeypatch.setattr(socket, "socket", no_network)
    assert pymorphy3.MorphAnalyzer().parse("Ташкенте")[0].normal_form == "ташкент"
    text = (REPORTS / "ru_inflection_2.txt").read_text(encoding="utf-8")
    assert extract(text).to_dict()["participants"]


# --------------------------------------------------------------------------- reference data
@pytest.mark.django_db
def test_reference_data_loads_the_russian_names_into_the_aliases() -> None:
    from archive.ingest.reference_data import load_reference_data
    from archive.models import Country, Organization, Topic

    load_reference_data()
    assert {"Киргизия", "Кыргызстан"} <= set(Country.objects.get(code="KG").aliases)
    assert (
        "Совет министров внутренних дел СНГ"
        in Organization.objects.get(slug="cis-council-of-interior-ministers").aliases
    )
    assert "терроризм" in Topic.objects.get(slug="terrorism").patterns
