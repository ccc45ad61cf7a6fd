"""The reference data's bodies: consistent (one entry per name, every Russian name an entry's),
found in English and Russian reports under the wordings reports use, and given as the convening
body by their canonical name."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from archive.extraction import decode_report, default_lexicon, extract
from archive.extraction.folding import fold_key
from archive.extraction.russian.gazetteer import expand_tails
from archive.extraction.russian.morph import phrase_forms

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
REPORTS = Path(__file__).parent / "reports"
ORGANIZATIONS = json.loads((FIXTURES / "organizations.json").read_text(encoding="utf-8"))
NAMES_RU = json.loads((FIXTURES / "names_ru.json").read_text(encoding="utf-8"))
COUNTRY_CODES = {
    c["code"] for c in json.loads((FIXTURES / "countries.json").read_text(encoding="utf-8"))
}
KINDS = {"body", "agency", "international"}


def _labels(entry: dict) -> list[str]:
    """An entry's name, acronym and aliases."""
    return [entry["name"], *([entry["acronym"]] if entry.get("acronym") else []), *entry["aliases"]]


def test_every_entry_has_a_unique_slug_and_name_a_known_kind_and_country() -> None:
    """Slugs and names identify one entry each; kinds and states are the archive's."""
    slugs = [o["slug"] for o in ORGANIZATIONS]
    names = [fold_key(o["name"]) for o in ORGANIZATIONS]
    assert len(set(slugs)) == len(slugs)
    assert len(set(names)) == len(names)
    for entry in ORGANIZATIONS:
        assert entry["kind"] in KINDS, entry["slug"]
        assert entry["country"] is None or entry["country"] in COUNTRY_CODES, entry["slug"]
        if entry["kind"] == "agency":
            assert entry["country"], entry["slug"]


def test_no_name_or_alias_is_shared_by_two_entries() -> None:
    """A name, acronym or alias (as the gazetteer folds it) belongs to one entry: otherwise a
    report naming it gets whichever entry was read last."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in ORGANIZATIONS:
        for label in _labels(entry):
            owners[fold_key(label)].add(entry["slug"])
    shared = {label: slugs for label, slugs in owners.items() if len(slugs) > 1}
    assert shared == {}


def test_every_russian_name_belongs_to_an_entry() -> None:
    """names_ru.json names only bodies organizations.json has, and none twice."""
    slugs = {o["slug"] for o in ORGANIZATIONS}
    russian = NAMES_RU["organizations"]
    assert set(russian) <= slugs
    owners: dict[str, set[str]] = defaultdict(set)
    for slug, names in russian.items():
        for name in names:
            for expanded in expand_tails(name, NAMES_RU["tails"]):
                owners[fold_key(expanded)].add(slug)
    assert {name: s for name, s in owners.items() if len(s) > 1} == {}


def test_every_russian_name_is_found_in_the_genitive() -> None:
    """ "в заседании Совета руководителей пенитенциарных служб ...": each name of a body (its
    membership tails written out), inflected as a sentence has it after "заседании", is read
    as that body and no other."""
    lex = default_lexicon()
    missed = []
    for slug, names in NAMES_RU["organizations"].items():
        for name in names:
            if len(name.split()) < 2:
                continue  # an acronym or a one-word name is matched as written
            for expanded in expand_tails(name, NAMES_RU["tails"]):
                forms = phrase_forms(expanded)
                genitive = forms[1] if len(forms) > 1 else expanded
                text = f"Вчера в Минске прошло очередное заседание {genitive}."
                found = [lex.org_list[m.ref].slug for m in lex.scan(text) if m.kind == "org"]
                if found != [slug]:
                    missed.append((slug, genitive, found))
    assert missed == []


def test_every_english_name_is_read_as_its_entry() -> None:
    """Every English name and alias, in a sentence, is read as its entry."""
    lex = default_lexicon()
    missed = []
    for entry in ORGANIZATIONS:
        for label in [entry["name"], *entry["aliases"]]:
            text = f"Yesterday the {label} held its regular session in Minsk."
            found = [lex.org_list[m.ref].slug for m in lex.scan(text) if m.kind == "org"]
            if entry["slug"] not in found:
                missed.append((entry["slug"], label, found))
    assert missed == []


@pytest.mark.parametrize(
    ("report", "body"),
    [
        # "the Council of Heads of Penitentiary Services of CIS countries"
        (
            "real_reference_penitentiary_council_1",
            "Council of Heads of Penitentiary Services of the CIS",
        ),
        # "the Board of the Union State Border Committee"
        (
            "real_reference_union_border_board_1",
            "Board of the Border Committee of the Union State",
        ),
        # "Межгосударственного совета по противодействию коррупции", no membership tail
        (
            "ru_reference_anticorruption_council_1",
            "Interstate Council for Combating Corruption of the CIS",
        ),
        # "совещание председателей верховных судов государств-членов ШОС"
        (
            "ru_reference_sco_supreme_courts_1",
            "Meeting of Chairpersons of Supreme Courts of SCO Member States",
        ),
    ],
)
def test_a_standing_body_is_the_convener_by_its_canonical_name(report: str, body: str) -> None:
    """The report's body is the reference entry under its own name, not a description of it."""
    text = decode_report((REPORTS / f"{report}.txt").read_bytes())
    out = extract(text, file=f"{report}.txt").to_dict()
    assert out["body"] == body
    assert default_lexicon().org_by_name(body).kind == "body"


def test_two_spellings_of_one_format_are_one_entry() -> None:
    """ "Chairpersons" and "Chairmen" of the SCO supreme courts name one body."""
    lex = default_lexicon()
    chairpersons = lex.org_by_name("Meeting of Chairpersons of Supreme Courts of SCO Member States")
    chairmen = lex.org_by_name("Meeting of Chairmen of the Supreme Courts of SCO Member States")
    assert chairpersons is not None
    assert chairpersons == chairmen
