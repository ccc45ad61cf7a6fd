"""Gazetteers compiled once: countries, cities, organizations and topic patterns.

All gazetteer matching goes through one Aho-Corasick automaton (pyahocorasick) over a *folded*
copy of the text: lower-cased, hyphens and dashes turned into spaces, typographic apostrophes
turned into ``'``. Folding never changes the length of the text, so every match is also a valid
span of the original. Why Aho-Corasick: one pass over the text finds every alias of every entry
at once (tens of MB/s), where a Python regex alternation of a few thousand aliases crawls at
well under 1 MB/s (see DESIGN.md, performance notes). The folding itself is ``folding``'s.

Topic pattern syntax (``fixtures/topics.json``, editable in the admin)
----------------------------------------------------------------------
* A pattern is a word or a phrase: ``money laundering``. Matching is case-insensitive and
  whole-word: ``drugs`` does not match inside ``drugstore``.
* Hyphens and spaces are interchangeable: ``counter-terrorism`` also matches
  ``counter terrorism``.
* A ``*`` at the very end means "any ending of the last word": ``terroris*`` matches
  terrorism, terrorist, terrorists. A ``*`` anywhere else is ignored.
* A pattern starting with ``+`` is *strong*: one occurrence anywhere is enough to tag the topic
  (otherwise a topic needs a hit in the title or lead, in a sentence about the agenda, or in
  two different sentences — "a passing word is not a topic").
"""

from __future__ import annotations

import gc
import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick

from .folding import fold, fold_key
from .orgnames import (
    HEAD_CUE,
    NameIndex,
    best_phrase,
    head_positions,
    may_start_name,
    phrase_words,
)
from .people import surname_like
from .russian.gazetteer import load_names_ru, russian_aliases
from .rx import SENTENCE_CUES, Prefixed

FIXTURES_DIR = Path(__file__).resolve().parents[2] / "fixtures"
DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    cis: bool


@dataclass(frozen=True, slots=True)
class City:
    name: str
    country: str | None  # ISO alpha-2
    capital: bool


@dataclass(frozen=True, slots=True)
class Organization:
    slug: str
    name: str
    acronym: str | None
    kind: str  # body | agency | international
    country: str | None  # ISO alpha-2 for national agencies


@dataclass(frozen=True, slots=True)
class Topic:
    slug: str
    name: str


class Match(NamedTuple):
    """One gazetteer hit: ``kind`` is country|demonym|city|org|topic; ``ref`` indexes the list.

    A NamedTuple rather than a frozen dataclass: a report has hundreds of hits and tuples are
    several times cheaper to create."""

    start: int
    end: int
    kind: str
    ref: int
    strong: bool = False


# Payload flags stored in the automaton.
_EXACT_CASE = 1  # acronyms: the original text must match exactly
_CAPITALISED = 2  # proper names: the first letter in the original must be upper-case
_WILDCARD = 4  # topic pattern ending in *
_STRONG = 8  # topic pattern starting with +


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


@dataclass
class Lexicon:
    """Every gazetteer the extractor uses, compiled once.

    Build it from the fixture files with :meth:`from_fixtures`, or from plain lists of dicts in
    the fixture shapes (the importer passes topics as edited in the database).

    About 300 lines in one class on purpose: building the automaton, the alias lookups and the
    scan all work on the same compiled state; the scan's pure steps (_leftmost_longest,
    _without_topics_in_orgs) and folding (folding.py) live outside it.
    """

    countries: list[dict[str, Any]]
    topics: list[dict[str, Any]]
    organizations: list[dict[str, Any]]
    cities: list[dict[str, Any]]
    given_names: frozenset[str] | None = None
    # Russian names by country code / slug / city / topic (fixtures/names_ru.json by default)
    names_ru: dict[str, Any] | None = None

    country_list: list[Country] = field(init=False)
    city_list: list[City] = field(init=False)
    org_list: list[Organization] = field(init=False)
    topic_list: list[Topic] = field(init=False)
    by_code: dict[str, Country] = field(init=False)
    capital_of: dict[str, City] = field(init=False)
    name_tokens: frozenset[str] = field(init=False)
    # capitalised words a person's name never opens: the words of countries' names and
    # demonyms, of organisations' names, and the adjectives that make a region of a place
    name_openers: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.country_list = [
            Country(code=c["code"], name=c["name"], cis=bool(c.get("cis"))) for c in self.countries
        ]
        self.by_code = {c.code: c for c in self.country_list}
        self.city_list = [
            City(name=c["name"], country=c.get("country"), capital=bool(c.get("capital")))
            for c in self.cities
        ]
        self.capital_of = {c.country: c for c in self.city_list if c.capital and c.country}
        self.org_list = [
            Organization(
                slug=o.get("slug") or fold_key(o["name"]).replace(" ", "-"),
                name=o["name"],
                acronym=o.get("acronym") or None,
                kind=o.get("kind") or "body",
                country=o.get("country") or None,
            )
            for o in self.organizations
        ]
        self.topic_list = [
            Topic(slug=t["slug"], name=t.get("name") or t["slug"]) for t in self.topics
        ]
        if self.given_names is None:
            self.given_names = load_given_names()
        if self.names_ru is None:
            self.names_ru = load_names_ru()
        self._org_alias: dict[str, int] = {}
        self._org_words: set[str] = set()  # one-word organization names, folded
        self._city_alias: dict[str, int] = {}
        self._country_alias: dict[str, int] = {}
        self._build_automaton()
        self._organs = self._organs_by_owner()
        # bodies and international organizations under wordings the aliases do not list
        self.name_index = NameIndex(
            (
                (i, alias)
                for i, o in enumerate(self.organizations)
                if (o.get("kind") or "body") in ("body", "international")
                for alias in (o["name"], *o.get("aliases", []))
            ),
            (
                (alias, c["code"])
                for c in self.countries
                for alias in (c["name"], *c.get("aliases", []), *c.get("demonyms", []))
            ),
        )

    # -- construction -------------------------------------------------------------------
    @classmethod
    def from_fixtures(cls, path: str | Path | None = None) -> Lexicon:
        """Load countries, topics, organizations and cities from ``path`` (the repo fixtures)."""
        base = Path(path) if path else FIXTURES_DIR

        def load(name: str) -> list[dict[str, Any]]:
            with open(base / name, encoding="utf-8") as fh:
                return json.load(fh)

        return cls(
            countries=load("countries.json"),
            topics=load("topics.json"),
            organizations=load("organizations.json"),
            cities=load("cities.json"),
        )

    def _add(self, alias: str, kind: str, ref: int, flags: int) -> None:
        key = fold_key(alias)
        if len(key) < 2:
            return
        payload = (kind, ref, flags)
        if key in self._automaton:
            _, payloads, _ = self._automaton.get(key)
            if payload not in payloads:
                payloads.append(payload)
        else:
            self._automaton.add_word(key, (len(key), [payload], ()))

    def _build_automaton(self) -> None:
        self._automaton = ahocorasick.Automaton()
        tokens: set[str] = set()
        self._add_places(tokens)
        self._add_organizations()
        self._add_topics()
        # Russian names in every case form, resolving to the same entries (russian/gazetteer.py)
        lookups = {"country": self._country_alias, "city": self._city_alias, "org": self._org_alias}
        for alias, kind, ref, flags in russian_aliases(self, self.names_ru or {}):
            self._add(alias, kind, ref, flags)
            if kind in lookups:
                lookups[kind].setdefault(fold_key(alias), ref)
        self._add_cues()
        self._automaton.make_automaton()
        tokens = {t.strip(".,'’") for t in tokens}
        self.name_tokens = frozenset(t for t in tokens if t and t[0].isupper())
        self.name_openers = self._name_openers()

    def _name_openers(self) -> frozenset[str]:
        """Words that stand before a name but never open one ("Bosnia and Herzegovina Nenad
        ...", "Eastern Europe", "Enforcement Divisions"): the word a country's name ends with,
        a demonym, a region adjective, and a word of an organisation's name that is not shaped
        like a surname (a body may be named after a person); never a given name."""
        words: set[str] = set(REGION_ADJECTIVES)
        for c in self.countries:
            for alias in (c["name"], c.get("official_name") or "", *c.get("aliases", [])):
                if alias:
                    words.add(alias.replace("-", " ").split()[-1])
            words.update(c.get("demonyms", []))
        for o in self.organizations:
            for alias in (o["name"], *o.get("aliases", [])):
                words.update(w for w in alias.replace("-", " ").split() if not surname_like(w))
        given = self.given_names or frozenset()
        return frozenset(
            w for w in (w.strip(".,'’()") for w in words) if w[:1].isupper() and w not in given
        )

    def _add_places(self, tokens: set[str]) -> None:
        """Countries (names, official names, aliases, demonyms) and cities; the words of their
        names go to ``tokens`` (words that are no part of a person's name)."""
        for i, c in enumerate(self.countries):
            names = [c["name"], c.get("official_name") or "", *c.get("aliases", [])]
            for alias in filter(None, names):
                flags = _EXACT_CASE if _is_acronym(alias) else _CAPITALISED
                self._add(alias, "country", i, flags)
                self._country_alias[fold_key(alias)] = i
                if c.get("cis") or len(alias.split()) == 1:
                    tokens.update(alias.replace("-", " ").split())
            for dem in c.get("demonyms", []):
                self._add(dem, "demonym", i, _CAPITALISED)
                tokens.add(dem)
        for i, c in enumerate(self.cities):
            for alias in [c["name"], *c.get("aliases", [])]:
                self._add(alias, "city", i, _CAPITALISED)
                self._city_alias[fold_key(alias)] = i
                tokens.update(alias.replace("-", " ").split())

    def _add_organizations(self) -> None:
        """Organizations by name, alias and acronym (an acronym in its own case only)."""
        for i, o in enumerate(self.organizations):
            aliases = [o["name"], *o.get("aliases", [])]
            if o.get("acronym"):
                aliases.append(o["acronym"])
            for alias in aliases:
                if " " not in alias.strip():
                    self._org_words.add(fold_key(alias))
                if _is_acronym(alias):
                    flags = _EXACT_CASE
                elif len(alias.split()) == 1:
                    flags = _CAPITALISED
                else:
                    flags = 0
                self._add(alias, "org", i, flags)
                self._org_alias[fold_key(alias)] = i

    def _organs_by_owner(self) -> dict[int, list[tuple[Prefixed, int]]]:
        """The organs a body's aliases name as "<Coordination Service> of the <owner>", by
        owner: each organ's short name (a service or secretariat of two words or more, no
        organization's own name, one organ's only) as a case-sensitive pattern."""
        found: dict[str, set[tuple[int, int]]] = {}
        for i, o in enumerate(self.organizations):
            for alias in (o["name"], *o.get("aliases", [])):
                for of in _OF.finditer(alias):
                    head, rest = alias[: of.start()], alias[of.end() :]
                    owner = _CIS if rest in _CIS_NAMES else self._org_alias.get(fold_key(rest))
                    if (
                        owner is None
                        or owner == i
                        or head.split()[-1] not in _ORGAN_NOUNS
                        or len(head.split()) < 2
                        or fold_key(head) in self._org_alias
                    ):
                        continue
                    found.setdefault(head, set()).add((owner, i))
        organs: dict[int, list[tuple[Prefixed, int]]] = {}
        for head, pairs in found.items():
            if len({organ for _, organ in pairs}) != 1:
                continue  # "Border Service" of two owners: no telling which
            for owner, organ in pairs:
                pattern = Prefixed(rf"\b{re.escape(head)}\b")
                organs.setdefault(owner, []).append((pattern, organ))
        return organs

    def _organs_named_alone(self, text: str, orgs: list[Match]) -> list[Match]:
        """An organ named without its owner in a text that names the owner ("delegations ...
        and Coordination Service took part" at the border troops commanders' council,
        "Chairman of the Coordination Service"): the owner's organ. Not where the words go on
        to another owner ("... Service of the Council of ...", "the State Border Service")."""
        owners = {m.ref for m in orgs if m.ref in self._organs}
        if _CIS in self._organs and _CIS_NAMED.search(text):
            owners.add(_CIS)  # the Commonwealth, no organization of the reference data itself
        out: list[Match] = []
        spans = [(m.start, m.end) for m in orgs]
        for owner in owners:
            for pattern, organ in self._organs[owner]:
                for m in pattern.finditer(text):
                    start, end = m.span()
                    if any(start < e and s < end for s, e in spans) or _OF_ANOTHER.match(text, end):
                        continue
                    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
                    if before and before.group(1) not in ("The", "Its"):
                        continue  # "State Coordination Service": another one's
                    out.append(tuple.__new__(Match, (start, end, "org", organ, False)))
                    spans.append((start, end))
        return out

    def _add_topics(self) -> None:
        """Topic patterns, "+" (strong) and a final "*" (any ending) read as flags."""
        for i, t in enumerate(self.topics):
            for raw in t.get("patterns", []):
                pat = raw.strip()
                flags = 0
                if pat.startswith("+"):
                    flags |= _STRONG
                    pat = pat[1:].strip()
                if pat.endswith("*"):
                    flags |= _WILDCARD
                pat = pat.replace("*", "").strip()
                if pat:
                    self._add(pat, "topic", i, flags)

    def _add_cues(self) -> None:
        """The sentence cues' literal starts ride along (value: length, [], pattern ids): the
        one pass of scan_with_cues then finds the cue candidates too. Folding keeps offsets,
        and a cue word in the lower-cased text is its folded form in the folded text."""
        self._cue_version = SENTENCE_CUES.version
        for word, ids in SENTENCE_CUES.words.items():
            key = fold(word)
            if key in self._automaton:
                length, payloads, cue_ids = self._automaton.get(key)
                self._automaton.add_word(key, (length, payloads, (*cue_ids, *ids)))
            else:
                self._automaton.add_word(key, (len(key), [], tuple(ids)))

    # -- lookup ---------------------------------------------------------------------------
    def org_by_name(self, name: str) -> Organization | None:
        """The organization whose name, alias or acronym is ``name`` (case-insensitive)."""
        i = self._org_alias.get(fold_key(name))
        return None if i is None else self.org_list[i]

    def city_by_name(self, name: str) -> City | None:
        i = self._city_alias.get(fold_key(name))
        return None if i is None else self.city_list[i]

    def country_by_name(self, name: str) -> Country | None:
        i = self._country_alias.get(fold_key(name))
        return None if i is None else self.country_list[i]

    def country_name(self, code: str | None) -> str | None:
        c = self.by_code.get(code or "")
        return c.name if c else None

    # -- matching -------------------------------------------------------------------------
    def _loose_names(
        self, text: str, orgs: list[Match], heads: list[int] | None = None
    ) -> list[Match]:
        """Organization names written in words the aliases do not list (orgnames): each head
        noun ("Council", "Bureau") outside a known name starts a phrase, and the phrase takes
        the closest gazetteer name if it is close enough."""
        out: list[Match] = []
        org_starts = [m.start for m in orgs]  # they do not overlap: bisect finds the one
        done = -1
        for head in head_positions(text, heads):
            i = bisect_right(org_starts, head) - 1
            if head < done or (i >= 0 and head < orgs[i].end) or not may_start_name(text, head):
                continue
            words, starts, at = phrase_words(text, head)
            ref, sim, start, end = best_phrase(self.name_index, words, starts, at, LOOSE_NAME_MIN)
            if ref is None or sim < LOOSE_NAME_MIN:
                continue
            if self.name_index.owned_by_another(ref, text, start, end):
                continue
            k = bisect_right(org_starts, start)
            if k < len(orgs) and orgs[k].start < end and orgs[k].ref == ref:
                # "the OSCE Office in Bishkek and the United Nations Office on ...": the words
                # before a known name the phrase runs into are no part of it
                continue
            out.append(tuple.__new__(Match, (start, end, "org", ref, False)))
            done = end
        return out

    def scan(self, text: str, folded: str | None = None) -> list[Match]:
        """Every gazetteer hit in ``text`` with whole-word boundaries, in text order.

        Entities (countries, demonyms, cities, organizations) are resolved leftmost-longest
        within their own layer; topic hits inside an organization's name are dropped (the
        "Anti-Terrorism Center" is not a mention of terrorism).
        """
        return self.scan_with_cues(text, folded)[0]

    def topics_in(self, text: str) -> list[Match]:
        """The topic hits in ``text``, those inside an organization's name too: what a body
        named in ``text`` is about ("Council ... on Combating Drug Trafficking")."""
        out, _ = _leftmost_longest(self._hits(text, fold(text), None))
        return [m for m in out if m.kind == "topic"]

    def scan_with_cues(
        self, text: str, folded: str | None = None
    ) -> tuple[list[Match], dict[int, list[int]] | None]:
        """:meth:`scan`, and from the same pass the offsets where each registered sentence cue
        may start (see rx.SENTENCE_CUES; None if cues were registered after this lexicon was
        built)."""
        if folded is None:
            folded = fold(text)
        cue_starts = (
            SENTENCE_CUES.empty_starts() if self._cue_version == SENTENCE_CUES.version else None
        )
        out, orgs = _leftmost_longest(self._hits(text, folded, cue_starts))
        heads = None
        if cue_starts is not None:
            heads = cue_starts.get(id(HEAD_CUE))
            if heads is not None:
                heads.sort()
        owned = self.name_index.owned_by_another
        if any(owned(m.ref, text, m.start, m.end) for m in orgs):
            # a known body's words going on to name another owner: that owner's body
            out = [m for m in out if m.kind != "org" or not owned(m.ref, text, m.start, m.end)]
            orgs = [m for m in out if m.kind == "org"]
        loose = self._loose_names(text, orgs, heads)
        if loose:
            drop = [(m.start, m.end) for m in loose]
            out = [m for m in out if m.kind != "org" or not _overlaps(m, drop)]
            out.extend(loose)
            out.sort(key=_START)
            orgs = [m for m in out if m.kind == "org"]
        if self._organs and orgs:
            organs = self._organs_named_alone(text, orgs)
            if organs:
                out.extend(organs)
                out.sort(key=_START)
                orgs = [m for m in out if m.kind == "org"]
        if orgs:
            out = _without_topics_in_orgs(out, orgs)
        if cue_starts is not None:
            for starts in cue_starts.values():
                starts.sort()
        return out, cue_starts

    def _hits(self, text: str, folded: str, cue_starts: dict[int, list[int]] | None) -> list[Match]:
        """Every automaton hit at word boundaries, with the case each alias asks for; the
        sentence cues' candidate starts go to ``cue_starts``."""
        n = len(folded)
        raw: list[Match] = []
        append = raw.append
        new_tuple = tuple.__new__
        for end_idx, (length, payloads, cue_ids) in self._automaton.iter(folded):
            start = end_idx - length + 1
            if cue_ids and cue_starts is not None:
                for i in cue_ids:
                    cue_starts[i].append(start)
            if not payloads:
                continue
            end = end_idx + 1
            glued = start > 0 and folded[start - 1].isalnum()
            if glued and not (text[start].isupper() and text[start - 1].islower()):
                continue  # inside a word; "inBaku" (spaces lost) is a place name
            for kind, ref, flags in payloads:
                e = end
                if flags & _WILDCARD:
                    while e < n and folded[e].isalpha():
                        e += 1
                elif (
                    e < n
                    and folded[e].isalnum()
                    and (kind not in _GLUE_KINDS or not _glued_word_after(text, folded, e))
                ):
                    continue
                if glued and kind not in _GLUE_KINDS:
                    continue
                if flags & _EXACT_CASE:
                    if kind == "org":
                        want = self.organizations[ref].get("acronym") or ""
                        ok = text[start:e] == want or _is_acronym(text[start:e])
                    else:  # "US$ 1.3 million" is a currency
                        ok = _is_acronym(text[start:e]) and text[e : e + 1] != "$"
                    if not ok:
                        continue
                elif flags & _CAPITALISED and not text[start].isupper():
                    continue
                elif (
                    kind in _GLUE_KINDS
                    and folded[start:e] in self._org_words
                    and text[start:e].isupper()
                ):
                    continue  # "GUAM" in capitals is the organization, not the island
                # tuple.__new__ directly: NamedTuple's own __new__ is a Python-level call
                append(new_tuple(Match, (start, e, kind, ref, bool(flags & _STRONG))))
        return raw


def _leftmost_longest(raw: list[Match]) -> tuple[list[Match], list[Match]]:
    """The hits resolved leftmost-longest within their layer (places, organizations, each
    topic), in text order; and the organizations among them."""
    # by start, longest first, ties in automaton order: two stable sorts with C key
    # functions are cheaper than one with a Python key function
    raw.sort(key=_END, reverse=True)
    raw.sort(key=_START)
    out: list[Match] = []
    layer_end: dict[Any, int] = {}
    orgs: list[Match] = []
    for m in raw:
        kind = m[2]
        # Topics overlap freely across topics, never within one topic.
        layer = m[3] if kind == "topic" else kind if kind == "org" else "geo"
        if m[0] < layer_end.get(layer, -1):
            continue
        layer_end[layer] = m[1]
        out.append(m)
        if kind == "org":
            orgs.append(m)
    return out, orgs


def _without_topics_in_orgs(out: list[Match], orgs: list[Match]) -> list[Match]:
    """The hits without topics inside an organization's name (the "Anti-Terrorism Center" is
    not a mention of terrorism)."""
    # organizations do not overlap each other, so one forward walk finds the enclosing one
    kept: list[Match] = []
    oi = 0
    for m in out:  # in start order
        if m.kind == "topic":
            while oi < len(orgs) and orgs[oi].end <= m.start:
                oi += 1
            if oi < len(orgs) and orgs[oi].start <= m.start and m.end <= orgs[oi].end:
                continue
        kept.append(m)
    return kept


_START = itemgetter(0)
_END = itemgetter(1)
# Pages that lose the spaces between words ("Belarus,Kazakhstan,UzbekistanandUkrainealso
# arrived inBaku"): a country or city name may be glued to a neighbour when the glue is a
# case change on the left or one of these short words on the right.
_GLUE_KINDS = frozenset({"country", "city"})
_GLUE_WORD = re.compile(
    r"(?:and|also|as|at|by|for|from|has|had|have|in|into|is|of|on|the|to|under|was|were|with"
    r"|will|which|who)"
)


def _glued_word_after(text: str, folded: str, pos: int) -> bool:
    m = _GLUE_WORD.match(folded, pos)
    return bool(m) and (m.end() == len(text) or not text[m.end()].islower())


LOOSE_NAME_MIN = 0.72  # weighted word overlap for a name phrase to take a gazetteer name


# an organ's short name, and what may follow it ("of the CIS" names no other owner)
_OF = re.compile(r" of (?:the )?")
_ORGAN_NOUNS = frozenset({"Service", "Secretariat", "Center", "Centre"})
# the Commonwealth owns organs ("Anti-Terrorism Center of the CIS") without being an entry
_CIS = -1
_CIS_NAMES = frozenset({"CIS", "Commonwealth of Independent States"})
_CIS_NAMED = Prefixed(r"\bCIS\b|Commonwealth of Independent States")
_OF_ANOTHER = re.compile(r" of (?!the CIS\b)")
_NAME_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]*) $")


def _overlaps(m: Match, spans: list[tuple[int, int]]) -> bool:
    return any(m.start < e and s < m.end for s, e in spans)


# adjectives that make a region of a place name ("Western Siberia", "Mountainous Badakhshan")
REGION_ADJECTIVES = frozenset(
    """
    Northern Southern Eastern Western Central Northeastern Northwestern Southeastern Southwestern
    North-Eastern North-Western South-Eastern South-Western Upper Lower Greater Inner Outer
    Mountainous
    """.split()  # noqa: SIM905 - a word list is easier to edit as text
)


def load_given_names() -> frozenset[str]:
    names: set[str] = set()
    with open(DATA_DIR / "given_names.txt", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                names.update(line.split())
    return frozenset(names)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon built from the repository's fixtures, built once per process. It and what
    was loaded before it live as long as the process, so they leave the cyclic collector's
    generations (``gc.freeze``): the full collections that extraction's many small objects
    set off no longer walk its hundreds of thousands of objects each time."""
    lexicon = Lexicon.from_fixtures()
    gc.freeze()
    return lexicon
