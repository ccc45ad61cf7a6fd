"""One person, one meeting and one search across Russian and English reports: Колокольцев and
Kolokoltsev are one Participant, the two reports of one meeting one Meeting, and the meeting is
found by his name in either script, in any case and in any standard romanisation; Russian
words are stemmed as Russian, English words as English."""

import pytest

from archive.ingest.importer import ReportImporter
from archive.ingest.reading import Report
from archive.models import Meeting, Participant

pytestmark = pytest.mark.django_db

RUSSIAN_REPORT = (
    "Главы МВД России и Белоруссии провели встречу в Минске\n\n"
    "МИНСК, 12 августа 2025 года. 12 августа в Минске министр внутренних дел Российской "
    "Федерации Владимир Колокольцев провёл встречу с министром внутренних дел Республики "
    "Беларусь Иваном Кубраковым. Стороны обсудили борьбу с наркопреступностью и незаконной "
    "миграцией.\n"
)

ENGLISH_REPORT = (
    "Interior ministers of Russia and Belarus meet in Minsk\n\n"
    "MINSK, 12 August 2025. Russian Interior Minister Vladimir Kolokoltsev held talks in Minsk "
    "on 12 August with "
    "Belarusian Interior Minister Ivan Kubrakov. The sides discussed drug trafficking and "
    "illegal migration.\n"
)

NAME_QUERIES = [
    "Колокольцев",
    "колокольцев",
    "Колокольцева",  # genitive: «встреча Колокольцева»
    "Колокольцевым",  # instrumental
    "Владимира Колокольцева",
    "Kolokoltsev",
    "Kolokolcev",  # ISO 9 / GOST 7.79 without its prime
    "Kolokol'tsev",  # BGN/PCGN, the MVD passport scheme
    "Kolokoltcev",  # GOST R 52535 passports
    "Vladimir Kolokoltsev",
]


def _import(*reports: tuple[str, str]) -> None:
    importer = ReportImporter(status="published")
    for name, text in reports:
        importer.import_report(Report(name=name, text=text))


def _found(client, q: str) -> list[str]:
    response = client.get("/api/meetings/", {"q": q})
    assert response.status_code == 200, response.content
    return [m["slug"] for m in response.json()["results"]]


@pytest.fixture
def both_reports(reference_data):
    _import(("ru.txt", RUSSIAN_REPORT), ("en.txt", ENGLISH_REPORT))
    return Meeting.objects.get()


def test_an_english_and_a_russian_report_of_one_meeting_make_one_meeting(both_reports):
    """The two reports attach to one meeting, and each of its people is one Participant."""
    assert sorted(both_reports.sources.values_list("language", flat=True)) == ["en", "ru"]
    kolokoltsev = Participant.objects.get(name_variants__normalized="vladimir kolokoltsev")
    assert both_reports.participant_ids.count(kolokoltsev.pk) == 1
    spellings = set(kolokoltsev.name_variants.values_list("name", flat=True))
    assert {"Vladimir Kolokoltsev", "Владимир Колокольцев"} <= spellings
    kubrakov = Participant.objects.filter(name_variants__name__icontains="Kubrak").distinct()
    assert kubrakov.count() == 1


@pytest.mark.parametrize("q", NAME_QUERIES)
def test_his_name_in_either_script_any_case_or_romanisation_finds_the_meeting(
    both_reports, client, q
):
    """Every spelling a reader may type finds the meeting, in the API and on the page."""
    assert _found(client, q) == [both_reports.slug]
    page = client.get("/", {"q": q})
    assert page.status_code == 200 and both_reports.get_absolute_url() in page.content.decode()


@pytest.mark.parametrize("q", ["Колокольцев", "Колокольцева", "Kolokolcev"])
def test_a_person_known_only_from_english_reports_is_found_by_other_spellings(
    reference_data, client, q
):
    """With no Russian report, «Колокольцев» and "Kolokolcev" still reach Kolokoltsev
    through the name matching (transliterated and folded), not through the report text."""
    _import(("en.txt", ENGLISH_REPORT))
    meeting = Meeting.objects.get()
    assert _found(client, q) == [meeting.slug]


def test_unrelated_names_in_either_script_find_nothing(both_reports, client):
    """The widening is by name: another surname in either script finds nothing."""
    assert _found(client, "Бортников") == []
    assert _found(client, "Bortnikov") == []


RUSSIAN_ONLY = (
    "Совещание руководителей пограничных ведомств прошло в Бишкеке\n\n"
    "БИШКЕК, 3 марта 2025 года. 3 марта в Бишкеке министр внутренних дел Киргизии Улан "
    "Ниязбеков провёл совещание с министром внутренних дел Казахстана Ержаном Саденовым. "
    "Стороны обсудили охрану границы и борьбу с контрабандой.\n"
)
ENGLISH_ONLY = (
    "Interior ministers meet in Dushanbe\n\n"
    "DUSHANBE, 5 June 2025. Tajik Interior Minister Ramazon Rahimzoda held talks in Dushanbe "
    "on 5 June with "
    "Uzbek Interior Minister Pulat Bobojonov. The ministers discussed smuggling across "
    "the border and guarding it.\n"
)


@pytest.fixture
def one_report_each(reference_data):
    _import(("ru.txt", RUSSIAN_ONLY), ("en.txt", ENGLISH_ONLY))
    russian = Meeting.objects.get(sources__language="ru")
    english = Meeting.objects.get(sources__language="en")
    return russian, english


def test_a_russian_word_finds_russian_reports_by_its_stem(one_report_each, client):
    """«контрабанды», «границе» and «совещания» are forms the report does not use: Russian
    stemming finds them; the English report is not found by Russian words."""
    russian, _ = one_report_each
    for q in ("контрабанды", "границе", "совещания", "контрабандой границ"):
        assert _found(client, q) == [russian.slug], q


def test_english_words_find_english_reports_by_their_stem(one_report_each, client):
    """ "guarded" and "discussing" find the English report by English stemming; the Russian
    report, which uses neither word, is not found."""
    _, english = one_report_each
    for q in ("guarded", "discussing", "guarding border"):
        assert _found(client, q) == [english.slug], q


def test_a_russian_report_is_found_by_an_inflected_name_of_its_people(one_report_each, client):
    """«Саденова» (genitive) and "Yerzhan Sadenov" find the meeting reported only in Russian."""
    russian, _ = one_report_each
    assert _found(client, "Саденова") == [russian.slug]
    assert _found(client, "Yerzhan Sadenov") == [russian.slug]


def test_the_spelling_shown_by_default_is_the_one_most_reports_wrote(reference_data):
    """Two Russian reports and one English: his name as most reports write it is Cyrillic;
    one more English report each way tips it back. The Latin name is the Wikipedia
    romanisation of the Cyrillic, which is kept beside it."""
    second_russian = RUSSIAN_REPORT.replace("Стороны обсудили", "Министры обсудили")
    _import(("ru.txt", RUSSIAN_REPORT), ("en.txt", ENGLISH_REPORT), ("ru2.txt", second_russian))
    person = Participant.objects.get(name_variants__normalized="vladimir kolokoltsev")
    assert person.name_cyrillic == "Владимир Колокольцев"
    assert person.name_in("reports") == "Владимир Колокольцев"
    assert person.name_in("latin") == "Vladimir Kolokoltsev"
    assert person.name_in("cyrillic") == "Владимир Колокольцев"
    english = [ENGLISH_REPORT.replace("The sides", f"The {w} sides") for w in ("two", "both")]
    _import(("en2.txt", english[0]), ("en3.txt", english[1]))
    person.refresh_from_db()
    assert person.name_in("reports") == "Vladimir Kolokoltsev"
    assert person.name_cyrillic == "Владимир Колокольцев"


def test_a_person_only_english_reports_name_keeps_the_latin_name_in_cyrillic(reference_data):
    """No reverse transliteration: without a Cyrillic spelling the Latin name is shown."""
    _import(("en.txt", ENGLISH_REPORT))
    person = Participant.objects.get(name_variants__normalized="vladimir kolokoltsev")
    assert person.name_cyrillic == ""
    assert person.name_in("cyrillic") == person.name_in("reports") == "Vladimir Kolokoltsev"


def test_the_batch_import_counts_spellings_as_the_one_report_path_does(reference_data):
    second_russian = RUSSIAN_REPORT.replace("Стороны обсудили", "Министры обсудили")
    ReportImporter(status="published").import_batch(
        [
            Report(name="ru.txt", text=RUSSIAN_REPORT),
            Report(name="en.txt", text=ENGLISH_REPORT),
            Report(name="ru2.txt", text=second_russian),
        ]
    )
    person = Participant.objects.get(name_variants__normalized="vladimir kolokoltsev")
    counts = dict(person.name_variants.values_list("name", "reports"))
    assert counts["Владимир Колокольцев"] == 2 and counts["Vladimir Kolokoltsev"] == 1
    assert person.name_reported == "Владимир Колокольцев"


@pytest.mark.parametrize("batch", [False, True])
def test_a_russian_report_after_an_english_one_adds_the_cyrillic_spelling(reference_data, batch):
    """Whichever report comes first, the person keeps the Cyrillic spelling and its count."""
    importer = ReportImporter(status="published")
    reports = [
        Report(name="en.txt", text=ENGLISH_REPORT),
        Report(name="ru.txt", text=RUSSIAN_REPORT),
    ]
    if batch:
        importer.import_batch(reports)
    else:
        for report in reports:
            importer.import_report(report)
    person = Participant.objects.get(name_variants__normalized="vladimir kolokoltsev")
    counts = dict(person.name_variants.values_list("name", "reports"))
    assert counts == {"Vladimir Kolokoltsev": 1, "Владимир Колокольцев": 1}
    assert person.name_cyrillic == "Владимир Колокольцев"
