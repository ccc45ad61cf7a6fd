"""Russian names of standing bodies read by their lemmas (:mod:`..name_sets`): "Совещание
руководителей ведомств государств-членов ШОС, занимающихся ... чрезвычайных ситуаций",
"Секретари советов безопасности стран ШОС", "Совета руководителей миграционных органов
государств – участников СНГ" are the reference names of ``fixtures/names_ru.json`` in words,
forms and orders the names do not list.

Keys are pymorphy3 normal forms with the usual interchangeable parts of body names folded (a
contraction and its words, "глава" and "руководитель", the three meeting nouns); the owners are
the organisations of the fixture's membership tails, read from their names' lemmas
("Содружества Независимых Государств", "Шанхайской организации сотрудничества", "СНГ").
"""

from __future__ import annotations

import re
import weakref
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon import Match
from ..name_sets import Signature, SignatureIndex, Token
from .gazetteer import _TAIL, load_names_ru, membership_phrases
from .morph import lemma, parse

if TYPE_CHECKING:
    from ..context import Context
    from ..lexicon import Lexicon

# words that carry nothing of a body's name: prepositions, conjunctions, the membership words
# ("государств-членов", "стран-участниц") and "вопросам" of "по вопросам ..."
_PREPOSITIONS = "и или а также по в во на с со о об за для от к при их"
_EMPTY = frozenset(f"{_PREPOSITIONS} государство страна член участник участница вопрос".split())

# the usual interchangeable parts of body names, lemma -> keys: contractions written out, one
# noun for a members' meeting
_FOLD: dict[str, tuple[str, ...]] = {
    "заседание": ("совещание",),
    "встреча": ("совещание",),
    "спецслужба": ("специальный", "служба"),
    "разведслужба": ("разведывательный", "служба"),
    "генпрокурор": ("генеральный", "прокурор"),
    "генпрокуратура": ("генеральный", "прокуратура"),
    "погранвойско": ("пограничный", "войско"),
    "погранвойска": ("пограничный", "войско"),
    "погранслужба": ("пограничный", "служба"),
    "совбез": ("совет", "безопасность"),
    "межгоссовет": ("межгосударственный", "совет"),
    "мвд": ("министр", "внутренний", "дело"),
    "мчс": ("министр", "чрезвычайный", "ситуация"),
    "чс": ("чрезвычайный", "ситуация"),
}

# words for the head of an agency, and ministries by their ministers: one key inside a name
# ("Совещание начальников ...", "Совет глав ...", "Совещание руководителей министерств и
# ведомств ...") but not where they open one: "главами спецслужб СНГ" are people and
# "министерствами внутренних дел стран ШОС" agencies, not the members' meetings "Руководители
# спецслужб СНГ" and "Министры внутренних дел ШОС"
_INNER = {"глава": "руководитель", "начальник": "руководитель", "министерство": "министр"}

_MEETING = "совещание"
_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]+")
# what ends a name: a sentence's end, a bracket, a quotation, a colon or a line break
_BREAK = re.compile(r"[.;:!?()«»\"“”\n]")


@lru_cache(maxsize=16_384)
def participle(word: str) -> bool:
    """Whether a word is most likely a full participle ("занимающихся", "отвечающих",
    "уполномоченных"): it opens a clause that still belongs to the name before it."""
    parses = parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "PRTF"


@lru_cache(maxsize=65_536)
def word_lemmas(word: str) -> tuple[str, ...]:
    """The folded lemmas of one word (an acronym as written, lower-cased)."""
    if word.isupper() and len(word) > 1:
        return _FOLD.get(word.lower(), (word.lower(),))
    # a contraction the dictionary reads first as something else ("Совбезов" as a surname)
    for p in parse(word.lower()):
        if p.normal_form in _FOLD:
            return _FOLD[p.normal_form]
    return (lemma(word.lower()),)


def word_keys(word: str) -> tuple[str, ...]:
    """The keys of one word: its folded lemmas, none for a word that carries nothing."""
    return tuple(k for k in word_lemmas(word) if k not in _EMPTY)


def _phrase_lemmas(phrase: str) -> tuple[str, ...]:
    return tuple(k for w in _WORD.findall(phrase) for k in word_lemmas(w))


_MEMBERSHIP_WORD = re.compile(r"(?:стран|государств|участник|участниц|член)", re.IGNORECASE)


class _Owners:
    """The owners' names as key sequences, longest first, by the key they open with."""

    def __init__(self, tails: dict[str, list[str]]) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        stems = set()
        for owner in tails:
            for phrase in membership_phrases(tails, owner):
                keys = _phrase_lemmas(phrase)
                if keys:
                    self.by_first.setdefault(keys[0], []).append((keys, owner))
                words = [w for w in _WORD.findall(phrase) if not _MEMBERSHIP_WORD.match(w)]
                if words:
                    stems.add(r"\w*\s+".join(re.escape(w.lower()[:6]) for w in words[:2]))
        for seqs in self.by_first.values():
            seqs.sort(key=lambda s: -len(s[0]))
        # a sentence naming no owner (the start of any owner's name) holds no name to read
        self.hint = re.compile("|".join(sorted(stems)))

    def at(self, keys: list[str], i: int) -> tuple[int, str] | None:
        """(number of lemmas, owner) of the owner's name starting at lemma ``i``, or None."""
        for seq, owner in self.by_first.get(keys[i], ()):
            if tuple(keys[i : i + len(seq)]) == seq:
                return len(seq), owner
        return None


class RussianBodySets:
    """The reference bodies' Russian names as signatures, and the reader of a sentence."""

    def __init__(self, lex: Lexicon) -> None:
        names = load_names_ru()
        tails = names.get("tails", {})
        self.owners = _Owners(tails)
        org_ref = {o.slug: i for i, o in enumerate(lex.org_list)}
        sigs = []
        for slug, aliases in names.get("organizations", {}).items():
            ref = org_ref.get(slug)
            if ref is None or lex.org_list[ref].kind != "body":
                continue
            owned = {m.group(1) for a in aliases if (m := _TAIL.search(a))}
            if len(owned) != 1:
                continue  # the members' body of one organisation only
            owner = next(iter(owned))
            for alias in aliases:
                sigs.extend(self._signatures(ref, owner, alias))
        self.index = SignatureIndex(sigs)

    def _signatures(self, ref: int, owner: str, alias: str) -> list[Signature]:
        words = _WORD.findall(_TAIL.sub(" ", alias))
        if len(words) < 2:
            return []  # an acronym: the gazetteer has it as written
        lemmas = [_INNER.get(k, k) for w in words for k in word_lemmas(w)]
        tokens = self._tokens_of_lemmas(lemmas)
        if any(t.owner not in (None, owner) for t in tokens):
            return []
        content = [t.key for t in tokens if t.owner is None and t.key]
        if len(set(content)) < 2:
            return []
        out = [Signature(ref, owner, content[0], frozenset(content))]
        # a members' meeting is also named by its members alone ("Секретари советов
        # безопасности стран ШОС проведут ... заседание")
        if content[0] == _MEETING and len(set(content[1:])) >= 2:
            out.append(Signature(ref, owner, content[1], frozenset(content[1:])))
        return out

    def _tokens_of_lemmas(self, lemmas: list[str]) -> list[Token]:
        out, i = [], 0
        while i < len(lemmas):
            own = self.owners.at(lemmas, i)
            if own is not None:
                out.append(Token(0, 0, "", own[1]))
                i += own[0]
            else:
                key = "" if lemmas[i] in _EMPTY else lemmas[i]
                out.append(Token(0, 0, key, None))
                i += 1
        return out

    def sentence_tokens(
        self, text: str, start: int, end: int, places: frozenset[int] = frozenset()
    ) -> list[Token]:
        """The tokens of ``text[start:end]``: each word's keys, an owner's name as one token,
        a break token ("|") where a name cannot go on: punctuation that closes a phrase, and
        a place (the words starting at ``places``: a standing body's name holds no city, so
        "... СНГ в Минске, ... глава" is not read on past "Минске")."""
        flat: list[tuple[int, int, str, bool]] = []  # (start, end, lemma, qualifies)
        pos = start
        for m in _WORD.finditer(text, start, end):
            at = m.start()
            # most words follow one space, which holds no break and no comma: not searched
            spaced = at - pos == 1 and text[pos] == " "
            if (not spaced and _BREAK.search(text, pos, at)) or at in places:
                flat.append((pos, pos, "|", False))
            elif not spaced and "," in text[pos:at]:
                flat.append((pos, pos, ",", False))
            word = m.group()
            qualifies = participle(word)
            for k in word_lemmas(word):
                flat.append((m.start(), m.end(), k, qualifies))
            pos = m.end()
        lemmas = [f[2] for f in flat]
        out: list[Token] = []
        i = 0
        while i < len(flat):
            own = self.owners.at(lemmas, i)
            if own is not None:
                n, owner = own
                out.append(Token(flat[i][0], flat[i + n - 1][1], "", owner))
                i += n
            else:
                s, e, k, q = flat[i]
                key = "" if k in _EMPTY else k
                out.append(Token(s, e, key, None, q, _INNER.get(key)))
                i += 1
        return out


# the signatures of each living lexicon, by its id; an entry goes with its lexicon, so the
# cache keeps no lexicon alive (tests and editors' reloads build many)
_SETS: dict[int, RussianBodySets] = {}


def _body_sets(lex: Lexicon) -> RussianBodySets:
    """The signatures of one lexicon's bodies, built on first use."""
    sets = _SETS.get(id(lex))
    if sets is None:
        sets = _SETS[id(lex)] = RussianBodySets(lex)
        weakref.finalize(lex, _SETS.pop, id(lex), None)
    return sets


def add_body_names(ctx: Context) -> None:
    """Add to the report's organisation hits each stretch that names a reference body by its
    lemmas, where the gazetteer found no name of another body: the hits the stretch covers
    (the body's own shorter name, its owner's acronym) give way to it."""
    sets = _body_sets(ctx.lex)
    new: list[Match] = []
    places = frozenset(m.start for m in ctx.geo if m.kind == "city")
    hint = sets.owners.hint.search
    for a, b in ctx.doc.sentences:
        if b - a < 8 or not hint(ctx.low, a, b):
            continue
        tokens = sets.sentence_tokens(ctx.text, a, b, places)
        for start, end, ref in sets.index.find(tokens):
            inside = [m for m in ctx.orgs if m.start < end and start < m.end]
            if any(m.start < start or m.end > end for m in inside):
                continue  # a longer name the gazetteer knows
            if any(m.ref == ref and (m.start, m.end) == (start, end) for m in inside):
                continue
            if any(m.ref != ref and ctx.lex.org_list[m.ref].kind == "body" for m in inside):
                continue  # another body's name, whole: the gazetteer's reading stands
            new.append(Match(start, end, "org", ref))
    if not new:
        return
    drop = {(m.start, m.end) for m in ctx.orgs for n in new if m.start < n.end and n.start < m.end}
    ctx.orgs[:] = sorted([m for m in ctx.orgs if (m.start, m.end) not in drop] + new)
    ctx._org_starts = [m.start for m in ctx.orgs]
