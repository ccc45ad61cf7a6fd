"""Organization names as reports actually write them: the same body under many wordings.

Reports name one council in many ways ("Council of Heads of Security Agencies and Special
Services of the Commonwealth of Independent States", "CIS Council of the Heads of Security
Bodies and Special Services", "Coordinating Council of the general prosecutors of the states -
members of the CIS"). The gazetteer cannot list every wording, so a name phrase found in the
text is compared with the gazetteer's names as a bag of normalised words: synonyms folded
("agencies", "authorities", "bodies" -> body; "countering", "fight against" -> combat;
"Commonwealth of Independent States" -> cis), words that never tell bodies apart dropped
("of", "the", "member states"), and generic words ("council", "heads") weighed half. A phrase
takes the name of the best gazetteer entry when their weighted overlap is high enough.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from .rx import CI, SENTENCE_CUES


def word_set(words: str) -> frozenset[str]:
    """The set of the space-separated words of ``words``."""
    return frozenset(words.split())


# word sequences folded into one word (None: the word is dropped)
_MULTI: dict[str, list[tuple[tuple[str, ...], tuple[str | None, ...]]]] = {}
for _words, _out in (
    (("commonwealth", "of", "independent", "states"), ("cis", None, None, None)),
    (("shanghai", "cooperation", "organization"), ("sco", None, None)),
    (("shanghai", "cooperation", "organisation"), ("sco", None, None)),
    (("collective", "security", "treaty", "organization"), ("csto", None, None, None)),
    (("collective", "security", "treaty", "organisation"), ("csto", None, None, None)),
    (("economic", "cooperation", "organization"), ("eco", None, None)),
    (("economic", "cooperation", "organisation"), ("eco", None, None)),
    (("internal", "affairs"), ("interior", None)),
    (("internal", "affaires"), ("interior", None)),
    (("financial", "intelligence", "units"), ("fiu", None, None)),
    (("financial", "intelligence", "unit"), ("fiu", None, None)),
    (("secretaries", "general"), ("secretary", None)),
    (("secretary", "general"), ("secretary", None)),
    (("fight", "against"), ("combat", None)),
    (("fighting", "against"), ("combat", None)),
    (("struggle", "against"), ("combat", None)),
    (("special", "services"), ("special", "service")),
    (("counter", "terrorist"), (None, "terror")),
    (("counter", "terrorism"), (None, "terror")),
    (("counter", "terror"), (None, "terror")),
):
    _MULTI.setdefault(_words[0], []).append((_words, _out))

_SYNONYMS = {
    "agencies": "body", "agency": "body", "bodies": "body", "authorities": "body",
    "authority": "body", "organs": "body", "organ": "body", "structures": "structure",
    "services": "service", "units": "unit", "subdivisions": "division",
    "subdivision": "division", "divisions": "division", "departments": "division",
    "department": "division",
    "ministers": "minister", "ministries": "minister", "ministry": "minister",
    "moi": "interior", "mia": "interior", "mvd": "interior",
    "heads": "head", "chiefs": "head", "chief": "head", "leaders": "head", "leader": "head",
    "commanders": "commander",
    "coordinating": "coordination", "coordinated": "coordination", "coordinators": "coordinator",
    "countering": "combat", "counter": "combat", "counteraction": "combat",
    "counteracting": "combat", "authorized": "competent", "authorised": "competent",
    "empowered": "competent", "dealing": "traffic", "turnover": "traffic",
    "combating": "combat", "combatting": "combat",
    "fighting": "combat", "fight": "combat", "struggle": "combat", "resistance": "combat",
    "defense": "defence", "centre": "center", "centres": "center", "centers": "center",
    "organisation": "organization", "organisations": "organization",
    "organizations": "organization",
    "terrorist": "terror", "terrorism": "terror", "antiterrorist": "terror",
    "antiterrorism": "terror",
    "trafficking": "traffic", "illegal": "illicit", "narcotics": "drug", "narcotic": "drug",
    "drugs": "drug", "councils": "council", "committees": "committee", "secretaries": "secretary",
    "prosecutors": "prosecutor", "troops": "troop",
    "forces": "troop", "guards": "troop", "guard": "troop", "frontier": "border",
    "boundary": "border", "emergencies": "emergency", "situations": "situation",
    "informational": "information", "crimes": "crime", "types": "type", "regional": "region",
    "experts": "expert", "interstate": "state", "caused": "made", "fius": "fiu",
    "board": "collegium", "boards": "collegium", "office": "bureau", "offices": "bureau",
}  # fmt: skip

# the organization a body belongs to: a loose name without one must match almost exactly,
# and a loose name never takes a body of another one (the ECO's or the Turkic States' council
# of customs heads or prosecutors is not the CIS's)
_OWNERS = frozenset({"cis", "csto", "sco", "eag", "osce", "eco", "turkic", "guam"})
_NO_OWNER_MIN = 0.9

_STOP = word_set(
    "of the and for on in to at a an its their with by member members states countries "
    "nations participating independent commonwealth territory territories meeting session "
    "sitting regular other dangerous general inter anti s"
)

# words that many bodies share: they count half
_GENERIC = word_set(
    "council committee commission board head body service cis minister coordination group "
    "organization center secretary"
)

# the words that say what kind of agency a body gathers (normalised as name_words gives them):
# a phrase naming none ("the heads of the competent authorities of the SCO member states")
# cannot be told from a body that names one ("... of border services of competent ...")
_AGENCY_KIND = word_set(
    "border troop drug narcotic customs migration emergency tax financial prosecutor interior "
    "police security intelligence terror corruption investigative justice court internal "
    "defence defense foreign railway railways transport"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# the head nouns that tell one kind of body from another (normalised): a council is no
# working group, and a meeting of heads has none
_BODY_HEADS = word_set(
    "council committee commission collegium bureau center structure group assembly secretariat"
)


Multi = dict[str, list[tuple[tuple[str, ...], tuple[str | None, ...]]]]


def normalised(words: Sequence[str], multi: Multi = _MULTI) -> list[str | None]:
    """One normalised word (or None: dropped) per lower-cased word of a name."""
    out: list[str | None] = []
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        for seq, repl in multi.get(w, ()):
            k = len(seq)
            if (k == 1 or (i + 1 < n and words[i + 1] == seq[1])) and tuple(
                words[i : i + k]
            ) == seq:
                out.extend(repl)
                i += len(seq)
                break
        else:
            if w.endswith(("'s", "’s")):
                w = w[:-2]
            elif w.endswith(("'", "’")):
                w = w[:-1]
            w = _SYNONYMS.get(w, w)
            out.append(None if w in _STOP else w)
            i += 1
    return out


def name_words(text: str, multi: Multi = _MULTI) -> frozenset[str]:
    """The normalised words of an organization name (see the module docstring)."""
    return frozenset(w for w in normalised(_WORD.findall(text.lower()), multi) if w)


def agency_kinds(text: str, multi: Multi = _MULTI) -> frozenset[str]:
    """The kinds of agency ``text`` names ("illegal migration", "anti-drug"), as normalised
    words."""
    return name_words(text, multi) & _AGENCY_KIND


def _weight(words: Iterable[str]) -> float:
    if isinstance(words, (set, frozenset)):  # two C-level counts instead of a Python loop
        return len(words) - 0.5 * len(_GENERIC.intersection(words))
    return sum(0.5 if w in _GENERIC else 1.0 for w in words)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Weighted overlap of two word bags (1.0: the same words)."""
    union = _weight(a | b)
    return _weight(a & b) / union if union else 0.0


class Entry(NamedTuple):
    ref: int
    bag: frozenset[str]
    weight: float
    owner: frozenset[str]


class NameIndex:
    """Closest gazetteer entry for a name phrase, through an index of distinctive words."""

    def __init__(
        self, names: Iterable[tuple[int, str]], places: Iterable[tuple[str, str]] = ()
    ) -> None:
        """``names``: (ref, name or alias); ``places``: (name, code) of states, their other
        names and demonyms, which all fold into the state's code ("Russian Federation",
        "Russian" -> ru)."""
        places = list(places)
        multi: Multi = {k: list(v) for k, v in _MULTI.items()}
        for name, code in places:
            seq = tuple(_WORD.findall(name.lower()))
            if seq:
                out = (code.lower(), *([None] * (len(seq) - 1)))
                multi.setdefault(seq[0], []).append((seq, out))
        for v in multi.values():
            v.sort(key=lambda e: -len(e[0]))  # longest first: "Russian Federation" before "Russian"
        self.multi = multi
        codes = {code.lower() for _, code in places}
        bags: list[tuple[int, frozenset[str]]] = []
        owner: dict[int, frozenset[str]] = {}
        for ref, name in names:
            bag = name_words(name, multi)
            owner[ref] = owner.get(ref, frozenset()) | (bag & _OWNERS)
            if _weight(bag) >= 2:  # "Interpol", "OSCE": nothing to compare loosely
                bags.append((ref, bag))
        self.owner_of = owner
        # every word of a body's names, to tell whether a description says more than they do
        self._words_of: dict[int, frozenset[str]] = {}
        for ref, bag in bags:
            self._words_of[ref] = self._words_of.get(ref, frozenset()) | bag
        self._entries: list[Entry] = []
        self._by_word: dict[str, list[int]] = {}
        with_word: dict[str, set[int]] = {}
        for ref, bag in bags:
            k = len(self._entries)
            self._entries.append(Entry(ref, bag, _weight(bag), owner[ref]))
            for w in bag:
                with_word.setdefault(w, set()).add(k)
                # states tell joint collegiums apart but say nothing of the kind of body: a
                # phrase is not compared with every body that names a state
                if w not in _GENERIC and w not in codes:
                    self._by_word.setdefault(w, []).append(k)
        # every entry holding a word, generic ones too: a phrase's head noun narrows the
        # candidates before their words are compared
        self._with_word = {w: frozenset(ks) for w, ks in with_word.items()}
        # head noun -> word -> the entries holding both, in index order (built on first use)
        self._pairs: dict[str, dict[str, list[int]]] = {}

    def candidates(self, bag: Iterable[str], head: str | None = None) -> list[Entry]:
        """Entries sharing a distinctive word with ``bag`` (and holding ``head``, if given),
        in index order."""
        ks: set[int] = set()
        for w in bag:
            ks.update(self._by_word.get(w, ()))
        if head:
            ks.intersection_update(self._with_word.get(head, ()))
        return [self._entries[k] for k in sorted(ks)]

    def close_candidates(self, bag: set[str], head: str, floor: float) -> list[Entry]:
        """:meth:`candidates` of ``bag`` holding ``head`` (a word of ``bag``) whose words
        shared with ``bag`` weigh (as _weight counts) at least ``floor`` times their own
        weight; the shared weights are summed word by word over the entries holding the head
        instead of intersecting each candidate's bag."""
        pairs = self._pairs.get(head)
        if pairs is None:
            pairs = {}
            for k in sorted(self._with_word.get(head, ())):
                for w in self._entries[k].bag:
                    if w != head:
                        pairs.setdefault(w, []).append(k)
            self._pairs[head] = pairs
        by_word = self._by_word
        ks: set[int] = set(self._with_word.get(head, ())) if head in by_word else set()
        shared: dict[int, float] = {}
        get = shared.get
        for w in bag:
            held = pairs.get(w)
            if held is None:
                continue
            wt = 0.5 if w in _GENERIC else 1.0
            for k in held:
                shared[k] = get(k, 0.0) + wt
            if w in by_word:
                ks.update(held)
        base = 0.5 if head in _GENERIC else 1.0  # the head, which every entry here holds
        entries = self._entries
        return [e for k in sorted(ks) if base + get(k, 0.0) >= floor * (e := entries[k]).weight]

    def best(
        self,
        bag: frozenset[str],
        cands: list[Entry] | None = None,
        head: str | None = None,
        floor: float = 0.0,
    ) -> tuple[int | None, float]:
        """(ref, similarity) of the closest entry to ``bag`` (one whose name has the head noun
        ``head``, if given: an "Expert Group of the Council" is not the Council), if it is
        closer than ``floor``."""
        best_ref, best_sim = None, floor
        owner = bag & _OWNERS
        kind = bag & _AGENCY_KIND
        weight = _weight(bag)
        for e in self.candidates(bag, head) if cands is None else cands:
            small, large = (weight, e.weight) if weight < e.weight else (e.weight, weight)
            if small <= best_sim * large:
                continue  # cannot beat the best so far, even if one bag holds the other
            if head and head not in e.bag:
                continue
            if owner and e.owner and not owner & e.owner:
                continue  # a CSTO council is not an SCO one
            if not kind and e.bag & _AGENCY_KIND:
                continue  # the phrase leaves open what kind of agency meets
            common = _weight(bag & e.bag)
            sim = common / (weight + e.weight - common)
            if sim <= best_sim or (e.owner and not owner and sim < _NO_OWNER_MIN):
                continue
            best_ref, best_sim = e.ref, sim
        return best_ref, (best_sim if best_ref is not None else 0.0)

    def by_subject(
        self, bag: frozenset[str], subject: frozenset[str], allowed: Callable[[int], bool]
    ) -> int | None:
        """The one entry (``allowed``: a convening body) that a described body stands for
        when its owner, its kind of body and its subject agree with that entry's and no
        other's: "the coordinating council of heads of competent agencies of the CSTO ... to
        discuss measures against illegal migration" is the CSTO's migration council.

        ``bag``: the description's words; ``subject``: the kinds of agency its sentence names
        (agency_kinds). An entry qualifies through one of its names when that name has the
        description's owner, every head noun the description has (none when it has none: a
        meeting of heads is no council), the kinds the description names and no kind the
        sentence does not name, and the description says nothing the entry's names do not.
        A body its names give several owners (a joint group of the CIS's, the SCO's and the
        CSTO's centres) stands for no description naming one of them: it is theirs jointly."""
        owner = bag & _OWNERS
        if len(owner) != 1:
            return None
        heads = bag & _BODY_HEADS
        kinds = bag & _AGENCY_KIND
        subject = subject | kinds
        rest = {w for w in bag - owner if w not in _GENERIC}
        found: set[int] = set()
        for e in self._entries:
            if e.ref in found or e.owner != owner or not allowed(e.ref):
                continue
            e_heads = e.bag & _BODY_HEADS
            e_kinds = e.bag & _AGENCY_KIND
            if (
                (heads <= e_heads if heads else not e_heads)
                and e_kinds
                and kinds <= e_kinds <= subject
                and rest <= self._words_of[e.ref]
            ):
                found.add(e.ref)
        return found.pop() if len(found) == 1 else None

    def owned_by_another(self, ref: int, text: str, start: int, end: int) -> bool:
        """Whether a name matched at text[start:end] without its owner goes on to name another
        one: "the Council of Heads of Customs of ECO", "the Council of Prosecutors General of
        the Organization of Turkic States" are not the CIS's councils of the same words."""
        owner = self.owner_of.get(ref)
        m = _OWNER_AFTER.match(text, end) if owner else None
        if m is None:
            return False
        named = name_words(m.group("name"), self.multi) & _OWNERS
        if not named or named & owner:
            return False
        return not name_words(text[start:end], self.multi) & _OWNERS


# "... of the Organization of Turkic States", "... of ECO (CHCA)": the owner after a name
_OWNER_AFTER = re.compile(
    r"\s+(?:of|in)\s+(?:the\s+)?(?:member[- ]states\s+of\s+(?:the\s+)?)?"
    r"(?P<name>(?:[A-Z][\w'’-]*|of|the)(?:\s+(?:[A-Z][\w'’-]*|of|the)){0,4})"
)


# ------------------------------------------------------------------------ name phrases
HEADS = (
    r"Councils?|Committees?|Commission|Board|Bureau|Office|Cent(?:re|er)|Structure|Service"
    r"|Organi[sz]ation|Group|Assembly|Collegium|Secretariat"
)
_HEAD_RX = re.compile(r"\b(?:" + HEADS + r")\b|\bjoint (?:collegium|board|sitting|session)\b")
# the same words lower-cased, found by the lexicon's one pass over the text (rx.SENTENCE_CUES)
HEAD_CUE = SENTENCE_CUES.add(
    CI(r"\b(?:" + HEADS.lower() + r"|joint (?:collegium|board|sitting|session))\b")
)
# where a name phrase stops
_STOP_WORDS = word_set(
    "was were is are be been being has have had will would shall should can could may "
    "held hold holds took take takes taking opened open opens started starts began begins "
    "kicked chaired chairs hosted hosts convened convenes met meets meet discussed discusses "
    "approved adopted considered which that who whom where when while under with at from "
    "today yesterday tomorrow during after before since until as about via through "
    "within also headed led attended participated reviewed summed noted said signed "
    "into upon than this these those"
)
_MONTHS = word_set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)
_HEAD_WORDS = word_set(
    "council councils committee commission board bureau office centre center structure "
    "service organization organisation group assembly collegium secretariat"
)
_CONNECTORS = frozenset({"of", "for", "on", "in", "and", "to", "against", "the", "a"})
_TOKEN = re.compile(r"[^\W_][\w'’]*(?:-[^\W_][\w'’]*)*|[^\w\s]")
_PART = re.compile(r"[^\W_][\w'’]*")
_LEFT_WORD = re.compile(r"(?:[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*|[a-z]+-[A-Z][\w'’]*)$")
_LEFT_SKIP = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Our", "Today", "On",
                        "In", "At", "By", "As", "From", "With", "And", "Of", "For", "To",
                        "During", "After", "Under", "Within", "Mr", "Ms", "Head", "Chairman",
                        "Director", "Deputy", "Secretary", "Representatives", "Members",
                        "Representative", "Member", "Chair", "Chief", "President",
                        "Vice", "First", "Acting"})  # fmt: skip


def _words_before_head(text: str, head: int) -> tuple[list[tuple[str, int, int]], list[int]]:
    """The name phrase's words before the head noun, nearest first (see phrase_words), and
    the positions among them a phrase may start at."""
    left: list[tuple[str, int, int]] = []
    starts_left: list[int] = []  # positions in ``left`` (counted from the head) a phrase may start
    pos = head
    hops = 0
    while len(left) < 10:
        j = pos - 1
        while j >= 0 and text[j] == " ":
            j -= 1
        if j < 0 or j < pos - 2:
            break
        if text[j] == ")":  # "(SCO)" right before the name
            opening = text.rfind("(", max(0, j - 12), j)
            if opening == -1 or not text[opening + 1 : j].isupper():
                break
            left.append((text[opening + 1 : j].lower(), opening + 1, j))
            pos = opening
            continue
        i = j
        while i >= 0 and (text[i].isalnum() or text[i] in "'’-&"):
            i -= 1
        word = text[i + 1 : j + 1]
        if word in ("of", "the") and hops < 2 and left:
            left.append((word, i + 1, j + 1))
            pos = i + 1
            if word == "of":
                hops += 1
            continue
        if not word or word in _LEFT_SKIP or not _LEFT_WORD.match(word):
            break
        parts = [
            (p.group().lower(), i + 1 + p.start(), i + 1 + p.end()) for p in _PART.finditer(word)
        ]
        left.extend(reversed(parts))
        starts_left.append(len(left) - 1)
        pos = i + 1
    return left, starts_left


_OWNER_MEMBERS = re.compile(r"\s*(?:CIS|CSTO|SCO)\s+member")


def phrase_words(
    text: str, head: int, limit: int = 180
) -> tuple[list[tuple[str, int, int]], list[int], int]:
    """The words of the name phrase around the head noun at ``head``, as (lower-cased word,
    start, end) triples; the indices of the words a phrase may start with; the index of the
    head. Before the head: capitalised words ("CIS", "Coordination", "Anti-Terrorist"), an
    acronym in brackets ("Shanghai Cooperation Organization (SCO) Security Council"), and up
    to two "Secretaries of the" hops; after it, words up to a verb, a date or punctuation."""
    left, starts_left = _words_before_head(text, head)
    # a phrase never starts with a connector: keep starts on capitalised words only
    while left and left[-1][0] in ("of", "the"):
        left.pop()
    words = left[::-1]
    n_left = len(words)
    starts = sorted({n_left - 1 - k for k in starts_left if k < n_left} | {n_left})
    for m in _TOKEN.finditer(text, head, min(len(text), head + limit)):
        tok = m.group()
        if not tok[0].isalnum():
            if (
                tok in "-–—"
                and len(words) > n_left
                and (
                    text[m.end() : m.end() + 2].strip()[:1].islower()
                    or _OWNER_MEMBERS.match(text, m.end())
                )
            ):
                continue  # "states - members of the Commonwealth", "the states – CSTO members"
            if tok == "&" and len(words) > n_left:
                words.append(("and", m.start(), m.end()))
                continue
            break
        low = tok.lower()
        if len(words) > n_left and (low in _STOP_WORDS or low in _MONTHS):
            break
        if tok[0].isdigit():
            break
        if "-" in tok:  # "Anti-Terrorist", "member-states": the parts, as in the aliases
            base = m.start()
            words.extend((p.group().lower(), base + p.start(), base + p.end())
                         for p in _PART.finditer(tok))  # fmt: skip
            continue
        words.append((low, m.start(), m.end()))
        if len(words) > n_left + 24:
            break
    return words, [k for k in starts if k <= n_left], n_left


def best_phrase(
    index: NameIndex,
    words: list[tuple[str, int, int]],
    starts: list[int],
    head: int,
    floor: float = 0.0,
) -> tuple[int | None, float, int, int]:
    """(ref, similarity, start, end offsets) of the span of ``words`` (starting at one of
    ``starts``, running through the head word and ending on a content word) closest to a
    gazetteer entry, if closer than ``floor``; the longer span among equally close ones."""
    norm = normalised([w for w, _, _ in words], index.multi)
    head_word = norm[head]
    full = {w for w in norm if w}
    # the owner the whole phrase names: "Council of Heads of Customs of ECO" is not the CIS's
    # council, whichever part of the phrase is compared
    phrase_owner = full & _OWNERS
    # an entry whose words the whole phrase covers too little of cannot come close enough
    # (the weight of the shared words as _weight counts it: one per word, half per generic)
    if head_word:
        cands = index.close_candidates(full, head_word, floor)
    else:
        generic = _GENERIC.intersection(full)
        cands = [
            e
            for e in index.candidates(full, head_word)
            if len(full & e.bag) - 0.5 * len(generic & e.bag) >= floor * e.weight
        ]
    if not cands:
        return None, 0.0, 0, 0
    # the overlap with each candidate grows word by word instead of being recomputed per span
    holders: dict[str, list[int]] = {}
    for i, e in enumerate(cands):
        for w in e.bag:
            holders.setdefault(w, []).append(i)
    best: tuple[int | None, float, int, int] = (None, floor, 0, 0)
    n = len(words)
    for s in starts:
        bag: set[str] = set()
        weight = 0.0
        common = [0.0] * len(cands)
        owner: set[str] = set()
        kind = False
        for k in range(s, n):
            w = norm[k]
            if w and w not in bag:
                bag.add(w)
                wt = 0.5 if w in _GENERIC else 1.0
                weight += wt
                for i in holders.get(w, ()):
                    common[i] += wt
                if w in _OWNERS:
                    owner.add(w)
                kind = kind or w in _AGENCY_KIND
            if k < head or words[k][0] in _CONNECTORS:
                continue
            if k + 1 < n and words[k + 1][0] not in _CONNECTORS and words[k][0] not in _HEAD_WORDS:
                continue  # only whole runs of content words, or up to a head noun
            length = words[k][2] - words[s][1]
            for i, e in enumerate(cands):
                c = common[i]
                sim = c / (weight + e.weight - c)
                if sim < best[1] - 1e-9 or (sim <= best[1] + 1e-9 and length <= best[3] - best[2]):
                    continue  # ties go to the longer phrase: "... of the CIS Member States" whole
                if phrase_owner and e.owner and not phrase_owner & e.owner:
                    continue  # a CSTO council is not an SCO one
                if not kind and e.bag & _AGENCY_KIND:
                    continue  # the phrase leaves open what kind of agency meets
                if e.owner and not owner and sim < _NO_OWNER_MIN:
                    continue
                best = (e.ref, sim, words[s][1], words[k][2])
    if best[0] is None:
        return None, 0.0, 0, 0
    return best


_NAME_GOES_ON = re.compile(r"(?:joint\s+)?[\w-]+\s+(?:of|for|on|to|and|&)\s")
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w'’&-]*|\))\s*$")


def may_start_name(text: str, head: int) -> bool:
    """Whether a head noun can be part of a longer name: a name word before it ("CIS Council",
    "(SCO) Security Council") or a name going on after it ("Council of ..."). A bare "the
    Council" names nothing the gazetteer could tell."""
    if _NAME_GOES_ON.match(text, head):
        return True
    m = _CAPITALISED_BEFORE.search(text, max(0, head - 40), head)
    if m is None:
        return False
    word = m.group().strip()
    return word not in _LEFT_SKIP


def head_positions(text: str, starts: list[int] | None = None) -> list[int]:
    """Offsets of head nouns ("Council", "Bureau", "joint collegium") in ``text``; ``starts``:
    where HEAD_CUE may match (from the lexicon's pass), to try only there."""
    if starts is None:
        return [m.start() for m in _HEAD_RX.finditer(text)]
    match = _HEAD_RX.match
    return [p for p in starts if match(text, p) and (p == 0 or not text[p - 1].isalnum())]
