"""Own-words rules for the convening body: a body described otherwise than the reference data
writes it is the one reference body whose owner, kind of body and subject agree with the
description; an international organization's name that goes on with one of its bodies' names
is that body's owner, not the meeting's convener."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract
from archive.extraction.body_kinds import kind_in
from archive.extraction.orgnames import agency_kinds, name_words
from archive.extraction.russian.agencies import kind_ru


def _facts(text: str) -> dict:
    return extract(text, file="t.txt").to_dict()


def _by_subject(description: str, sentence: str) -> str | None:
    lex = default_lexicon()
    index = lex.name_index
    ref = index.by_subject(
        name_words(description, index.multi),
        agency_kinds(sentence, index.multi),
        lambda r: lex.org_list[r].kind == "body",
    )
    return None if ref is None else lex.org_list[ref].name


def test_described_council_is_the_one_body_of_its_owner_and_subject() -> None:
    """Owner, council and the sentence's subject (migration) name one reference body."""
    name = _by_subject(
        "coordinating council of heads of competent agencies of the CSTO",
        "to discuss measures against illegal migration",
    )
    assert name == "CSTO Coordination Council on Combating Illegal Migration"


def test_subject_in_the_description_itself() -> None:
    """ "anti-drug agencies" in the description is its subject."""
    name = _by_subject("Coordination Council of the heads of anti-drug agencies of the CSTO", "")
    assert name is not None
    assert name.startswith("CSTO Coordination Council of Heads of Competent Authorities on ")
    assert name.endswith(" Drug Trafficking")


@pytest.mark.parametrize(
    ("description", "sentence"),
    [
        # two subjects: either council may be meant
        (
            "coordinating council of heads of competent agencies of the CSTO",
            "to discuss illegal migration and drug trafficking",
        ),
        # no subject at all
        ("coordinating council of heads of competent agencies of the CSTO", "in Minsk"),
        # a working group is no council
        ("working group of the CSTO", "on illegal migration"),
        # another owner's council
        ("coordinating council of heads of agencies of the SCO", "on illegal migration"),
        # no owner: the CIS's and the CSTO's councils alike
        ("coordinating council of heads of competent agencies", "on illegal migration"),
    ],
)
def test_description_left_alone_unless_one_body_agrees(description: str, sentence: str) -> None:
    """Nothing is resolved when the subject, the kind of body or the owner leaves a doubt."""
    assert _by_subject(description, sentence) is None


def test_organization_before_its_councils_name_does_not_convene() -> None:
    """ "the CSTO Coordinating Council on X": the council (described) convenes, though the
    CSTO alone is named as convening further on."""
    facts = _facts(
        "The first meeting of the CSTO Coordinating Council on Space Safety was held in Minsk "
        "on 4 May 2027, the organization said.\nThe CSTO Secretary General spoke at a joint "
        "meeting of the CSTO."
    )
    assert facts["body"] == "Coordinating Council on Space Safety of the CSTO"


def test_organ_named_by_rank_alone_is_the_organization() -> None:
    """ "the SCO RATS Executive Committee hosted": no body of its own, the experts' meeting
    it hosts is for the council named next."""
    facts = _facts(
        "On 3-4 March 2027, the SCO RATS Executive Committee hosted the third expert meeting on "
        "preparations for the Meeting of Security Council Secretaries of SCO Member States."
    )
    assert (
        facts["body"]
        == "Experts of the Meeting of Secretaries of Security Councils of SCO Member States"
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Ministries of Internal Affairs of Latvia and Estonia have signed a memorandum "
            "on cooperation in Riga on 9 June 2027.",
            "Interior Ministries of Estonia and Latvia",
        ),
        (
            "Armenian, Georgian and Iranian customs administrations held trilateral "
            "consultations in Tbilisi on 14 April 2027.",
            "Customs Administrations of Armenia, Georgia and Iran",
        ),
        (
            "Azerbaijan`s and Kazakhstan`s ministries of emergency situations have signed a "
            "plan of cooperation in Baku on 5 October 2027.",
            "Emergencies Ministries of Azerbaijan and Kazakhstan",
        ),
    ],
)
def test_states_agencies_that_met_or_signed(text: str, body: str) -> None:
    """Two or three states' agencies, the subject of what they met, held or signed together."""
    assert _facts(text)["body"] == body


@pytest.mark.parametrize(
    "text",
    [
        # a deed that is no meeting
        "Kyrgyz and Tajik border guards exchanged fire near the village of Vorukh on 3 May 2027.",
        "Armenian, Georgian and Iranian customs administrations seized 40 kg of heroin in 2027.",
    ],
)
def test_states_agencies_doing_anything_else_name_no_body(text: str) -> None:
    """The agencies of states that did something other than meet are no meeting's body."""
    assert _facts(text)["body"] is None


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Chinese Minister of Public Security", "public-security"),
        ("Ministry of Public Security of the People's Republic of China", "public-security"),
        # a public-security department of an interior ministry is the ministry's
        ("Head of the Public Security Department of the Ministry of Internal Affairs", "interior"),
        ("Minister of Internal Affairs and Public Security", "interior"),
    ],
)
def test_ministry_of_public_security_is_a_kind_of_its_own(title: str, key: str) -> None:
    """A ministry of public security is named as such; a department of that name is not one."""
    kind = kind_in(title)
    assert kind is not None and kind.key == key


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("министр общественной безопасности КНР", "public-security"),
        ("начальник управления общественной безопасности МВД", "interior"),
    ],
)
def test_russian_ministry_of_public_security(title: str, key: str) -> None:
    """ "министр общественной безопасности" heads a ministry of public security."""
    kind = kind_ru(title)
    assert kind is not None and kind.key == key


def test_russian_agency_receiving_an_ambassador_meets_the_embassy() -> None:
    """A Russian report of a minister and another state's ambassador: the ministry and the
    embassy in the minister's state, as English reports are named."""
    facts = _facts(
        "Председатель Государственной пограничной службы Кыргызстана Таалай Бекиев встретился "
        "с Чрезвычайным и Полномочным Послом Республики Казахстан в Кыргызской Республике "
        "Ерланом Сарсенбаевым. Стороны обсудили работу пунктов пропуска."
    )
    assert facts["body"] == "Border Service of Kyrgyzstan and Embassy of Kazakhstan in Kyrgyzstan"


def test_russian_two_ambassadors_name_no_embassy() -> None:
    """Ambassadors on both sides: no agency receives an embassy."""
    facts = _facts(
        "Посол Республики Казахстан в Грузии Ерлан Сарсенбаев встретился с Послом Армении в "
        "Грузии Ашотом Смбатяном. Стороны обсудили сотрудничество."
    )
    assert facts["body"] is None or "Embassy" not in facts["body"]


def test_russian_joint_collegium_of_three_states_named_by_its_first_agency() -> None:
    """ "совместной коллегии МЧС России, Белоруссии и МВД Казахстана": three states' collegium,
    of the emergencies ministries the sentence names first."""
    facts = _facts(
        "Заседание совместной коллегии МЧС России, Белоруссии и МВД Казахстана прошло в Омске "
        "16 сентября 2027 года."
    )
    assert facts["body"] == (
        "Joint Collegium of the Emergencies Ministries of Belarus, Kazakhstan and Russia"
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "President of the Republic of Uzbekistan received the Secretary General of the World "
            "Customs Organization in Tashkent on 4 May 2027.",
            "President of Uzbekistan and World Customs Organization",
        ),
        (
            "Tajik President received visiting Russia's Security Council Secretary in Dushanbe "
            "on 4 May 2027.",
            "President of Tajikistan and Security Council of Russia",
        ),
        (
            "Президент Армении в среду принял министра внутренних дел Литвы. Стороны обсудили "
            "сотрудничество.",
            "President of Armenia and Interior Ministry of Lithuania",
        ),
    ],
)
def test_president_receiving_one_visitor(text: str, body: str) -> None:
    """A head of state receiving one state's official or an organization's head."""
    assert _facts(text)["body"] == body


def test_president_receiving_several_states_names_no_pair() -> None:
    """Visitors of several states: no "President of A and <agency> of B"."""
    facts = _facts(
        "President of the Republic of Uzbekistan received the interior ministers of "
        "Kazakhstan, Kyrgyzstan and Tajikistan in Tashkent on 4 May 2027."
    )
    assert not (facts["body"] or "").startswith("President of")
