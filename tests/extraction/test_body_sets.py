"""Standing bodies read by the set of their name's words (lemmas in Russian), whatever order,
forms and membership wording a report uses, and never a one-off meeting read as one."""

from __future__ import annotations

import gc
import weakref

import pytest

from archive.extraction import default_lexicon, extract
from archive.extraction.lexicon import Lexicon
from archive.extraction.russian import body_sets


def _body(text: str) -> str | None:
    return extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()["body"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            # the members' meeting named by its members, the meeting noun far after them
            "Секретари советов безопасности стран ШОС проведут в Бишкеке свое очередное "
            "заседание. Стороны обсудят борьбу с терроризмом и экстремизмом.",
            "Meeting of Secretaries of Security Councils of SCO Member States",
        ),
        (
            # a contraction the dictionary reads first as a surname ("Совбезов")
            "Президент провел встречу с секретарями Совбезов стран ШОС. Стороны обсудили "
            "региональную безопасность.",
            "Meeting of Secretaries of Security Councils of SCO Member States",
        ),
        (
            # the body's subject in a participial clause after the membership tail
            "В Душанбе пройдет совещание руководителей ведомств государств-членов ШОС, "
            "ведающих вопросами защиты населения от чрезвычайных ситуаций. Встреча продлится "
            "два дня.",
            "Meeting of Heads of Emergency Agencies of SCO Member States",
        ),
        (
            # the membership tail after a spaced dash
            "В Баку прошло заседание Совета руководителей миграционных органов государств – "
            "участников СНГ. Участники обсудили трудовую миграцию.",
            "Council of Heads of Migration Bodies of the CIS",
        ),
        (
            # a contraction of the subject, the owner's acronym after it
            "В Минске открылось заседание Координационного совета по ЧС ОДКБ. Спасатели "
            "обсудят совместные учения.",
            "CSTO Coordination Council on Emergency Situations",
        ),
        (
            # "начальников" for the name's "руководителей", the tail with a spaced dash
            "Вчера в Москве прошло Совещание начальников головных подразделений компетентных "
            "органов государств – участников СНГ. Обсуждалась борьба с терроризмом.",
            "Meeting of Heads of Lead Counter-Terrorism Units of CIS Competent Authorities",
        ),
    ],
)
def test_a_reference_body_in_words_its_names_do_not_hold(text: str, body: str) -> None:
    assert _body(text) == body


@pytest.mark.parametrize(
    "text",
    [
        # a meeting of other heads, whose words hold a standing meeting's between them
        "В Ташкенте прошло совещание руководителей подразделений по борьбе с наркотиками "
        "таможенных служб стран ШОС. Обсуждался обмен информацией.",
        # a council still to be set up is what the experts' agreement is about
        "В Минске эксперты согласовали проект соглашения об образовании Совета глав "
        "пенитенциарных служб государств СНГ. Документ направят правительствам.",
        # another organisation's members: no body of the first organisation
        "Секретари советов безопасности стран ОДКБ проведут в Бишкеке свое очередное заседание.",
    ],
)
def test_no_reference_body_from_words_that_only_overlap_its_names(text: str) -> None:
    body = _body(text)
    assert body is None or default_lexicon().org_by_name(body) is None, body


@pytest.mark.parametrize(
    "text",
    [
        "В Шуше состоялось пленарное заседание Конференции органов специальных служб тюркских "
        "государств. Участники обсудили безопасность транспортных коридоров.",
        "Baku hosted the 26th meeting of the Conference of Special Services of Turkic States. "
        "The heads of the services discussed transport security.",
    ],
)
def test_the_turkic_special_services_conference_under_the_organisations_newer_name(
    text: str,
) -> None:
    """The conference named after the Turkic states, as its organisation has been called
    since it was renamed, is the conference of the Turkic-speaking states."""
    assert _body(text) == "Conference of Special Services of Turkic-Speaking States"


def test_a_body_listed_among_those_taking_part_does_not_convene() -> None:
    """ "В заседании приняли участие представители и эксперты A, B, а также Совета ...": the
    council's people take part in the experts' meeting; the council neither convenes it nor
    is left out of the organisations taking part."""
    facts = extract(
        "В Исполкоме СНГ прошло заседание группы экспертов по проекту положения о центре "
        "обмена данными. В заседании приняли участие полномочные представители и эксперты "
        "Армении, Беларуси, Казахстана, а также Совета министров внутренних дел "
        "государств-участников СНГ и Исполнительного комитета СНГ. Проект одобрен.",
        file="x.txt",
        lexicon=default_lexicon(),
    ).to_dict()
    assert facts["body"] != "CIS Council of Interior Ministers"
    assert "CIS Council of Interior Ministers" in facts["organizations"]


def test_the_signatures_keep_no_lexicon_alive() -> None:
    """A lexicon read once and dropped (a test's, an editor's reload) is freed with its
    signatures: the cache holds none."""
    lex = Lexicon.from_fixtures()
    text = "Секретари советов безопасности стран ШОС провели в Бишкеке заседание."
    extract(text, file="x.txt", lexicon=lex)
    assert id(lex) in body_sets._SETS, "the signatures were built for it"
    gone = weakref.ref(lex)
    del lex
    gc.collect()
    assert gone() is None
