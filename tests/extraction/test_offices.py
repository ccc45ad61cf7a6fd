"""The office a title names (archive.extraction.offices): English and Russian titles, deputies,
several posts in one title, and posts that are no national office."""

import pytest

from archive.extraction.offices import OFFICE_CHOICES, OTHER, office_label, office_of_title

TITLES = [
    (
        "Minister of Internal Affairs of the Republic of Kazakhstan, Police Lieutenant-General",
        "interior-minister",
    ),
    ("Kazakhstan's Interior Minister", "interior-minister"),
    ("Tajik Interior Minister", "interior-minister"),
    ("head of the Belarusian Ministry of Internal Affaires", "interior-minister"),
    ("министр внутренних дел Республики Казахстан", "interior-minister"),
    ("глава МВД Республики Беларусь", "interior-minister"),
    ("Deputy Minister of Internal Affairs", "deputy-interior-minister"),
    (
        "State Secretary - Deputy Minister of Internal Affairs of the Russian Federation",
        "deputy-interior-minister",
    ),
    ("первый заместитель министра внутренних дел", "deputy-interior-minister"),
    ("Chairman of the National Security Committee of Kazakhstan", "security-service-head"),
    ("Director of Russia's Federal Security Service", "security-service-head"),
    ("директор ФСБ России", "security-service-head"),
    (
        "председатель Комитета национальной безопасности Республики Казахстан",
        "security-service-head",
    ),
    (
        "Deputy Prime Minister of Kyrgyzstan, "
        "Chairman of the State Committee for National Security",
        "security-service-head",
    ),
    (
        "Head of the Border Guard Service of the Russian Federal Security Service",
        "border-service-head",
    ),
    ("Deputy Head of the Russian Border Service", "deputy-border-service-head"),
    (
        "Председатель Государственного пограничного комитета Республики Беларусь",
        "border-service-head",
    ),
    (
        "Prosecutor General of the Russian Federation - Chairman of the CIS CCPG",
        "prosecutor-general",
    ),
    ("генпрокурор Республики Таджикистан", "prosecutor-general"),
    ("заместитель Генерального прокурора Российской Федерации", "deputy-prosecutor-general"),
    ("Secretary of the Security Council of Kazakhstan", "security-council-secretary"),
    (
        "Assistant to the President and Secretary of the Security Council",
        "security-council-secretary",
    ),
    ("секретарь российского Совбеза", "security-council-secretary"),
    ("Director of the Federal Drug Control Service of the Russian Federation", "drug-control-head"),
    (
        "Director of the Financial Monitoring Department of the Tajik National Bank",
        "financial-intelligence-head",
    ),
    ("директор Росфинмониторинга", "financial-intelligence-head"),
    ("Russian Minister of Defence", "defence-minister"),
    ("Deputy minister of emergency situations", "deputy-emergency-minister"),
    ("Russian Foreign Minister", "foreign-minister"),
    ("руководитель Федеральной таможенной службы", "customs-head"),
    ("President of Russia", "head-of-state"),
]

NOT_A_NATIONAL_OFFICE = [
    "Head of the Astana Police Department",  # a unit, not the ministry
    "Head of the Ministry of Internal Affairs for the Sugd Region",
    "начальник Главного управления уголовного розыска МВД Республики Узбекистан",
    "representative of the Kyrgyz MIA",  # represents the office, does not hold it
    "Head of the CIS Anti-Terrorism Center",  # international bodies
    "Secretary-General of the CSTO",
    "генеральный секретарь ОДКБ",
    "FATF President",
    "первый заместитель министра",  # no field
    "",
]


@pytest.mark.parametrize(("title", "office"), TITLES)
def test_a_title_is_read_as_its_office(title, office):
    """Titles in English and Russian, with ranks, deputies and several posts, name one office."""
    assert office_of_title(title) == office


@pytest.mark.parametrize("title", NOT_A_NATIONAL_OFFICE)
def test_units_international_posts_and_aides_are_other(title):
    """A department's head, an international official or a representative is no minister."""
    assert office_of_title(title) == OTHER


def test_every_office_has_a_label_and_its_deputy():
    """Each office key has a reader's label and a deputy's key with a label."""
    keys = dict(OFFICE_CHOICES)
    assert office_label("interior-minister") == "Interior minister"
    assert office_label("deputy-interior-minister") == "Deputy interior minister"
    assert all(f"deputy-{key}" in keys for key in keys if key != OTHER and "deputy" not in key)
