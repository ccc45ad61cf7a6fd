"""Russian body names in English, word by word: each word by its lemma from the glossary
(``fixtures/names_ru.json``), a genitive group after a noun joined with "of", known states and
bodies by their English names."""

from __future__ import annotations

import re

from ..context import Context
from ..lexicon import Match
from .gazetteer import load_names_ru
from .morph import parse

# the parts of speech a body's name cannot lose in English: "Совет председателей верховных
# судов" less "председателей" and "судов" is no "Council of Supreme"
_CONTENT = frozenset({"NOUN", "ADJF", "PRTF"})


def render(ctx: Context, a: int, b: int) -> str | None:
    """A Russian body name in English: each word by its lemma from the glossary, a genitive
    group after a noun joined with "of", known states and bodies by their English names; None
    when a noun or adjective has no English in the glossary."""
    glossary = load_names_ru().get("glossary", {})
    hits = {m.start: m for m in ctx.geo + ctx.orgs if a <= m.start and m.end <= b}
    out: list[str] = []
    pos = a
    after_noun = False
    for tok in re.finditer(r"[^\s,]+|,", ctx.text[a:b]):
        s = a + tok.start()
        if s < pos:
            continue
        hit = hits.get(s)
        if hit is not None:
            out.append(("of " if after_noun else "") + english_name(ctx, hit))
            pos, after_noun = hit.end, True
            continue
        word = tok.group()
        if word == ",":
            out.append(",")
            after_noun = False
            continue
        # the reading the glossary knows, of an ambiguous form ("судов": суд, not судно)
        parses = parse(word.lower().split("-")[0])
        p = next((q for q in parses if q.normal_form in glossary), parses[0])
        eng = glossary.get(p.normal_form, glossary.get(word.lower()))
        if eng is None and p.tag.POS in _CONTENT and len(word) > 2 and not word.isupper():
            return None  # a name less one of its words misnames the body
        if not eng:
            continue  # a word the glossary leaves out ("дел" of "внутренних дел"), an acronym
        if eng == "States" and p.tag.number == "sing":
            eng = "State"  # "Союзного государства": the Union State, one state
        if eng == "and":
            out.append("and")
            after_noun = False
            continue
        out.append(("of " if after_noun and p.tag.case == "gent" else "") + eng)
        after_noun = p.tag.POS == "NOUN"
    text = re.sub(r"\s+", " ", " ".join(out).replace(" ,", ",")).strip(" ,")
    return text[:1].upper() + text[1:] if len(text.split()) >= 2 else None


def english_name(ctx: Context, m: Match) -> str:
    lex = ctx.lex
    if m.kind == "org":
        org = lex.org_list[m.ref]
        return org.acronym if org.acronym and len(org.acronym) <= 5 else org.name
    code = ctx.country_code(m)
    return lex.country_name(code) or ""
