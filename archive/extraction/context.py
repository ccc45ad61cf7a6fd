"""Per-report working state (Context) and the cue patterns shared by the field extractors."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Any

from . import people
from .cleaning import CleanDoc
from .folding import fold_lowered
from .lexicon import Lexicon, Match
from .rx import CI, SENTENCE_CUES, finditer_from, lower_same_len, sentences_matching

Span = dict[str, Any]


# Patterns asked of whole sentences through Context.has. Registered here so that one
# Aho-Corasick pass per report finds every place where any of them can start (rx.CueFinder):
# a sentence is then tried only there, instead of a regex search of every sentence per cue.
_CUES = SENTENCE_CUES


def sentence_cue(pattern: str) -> CI:
    """A lower-case pattern for Context.has (see _CUES)."""
    return _CUES.add(CI(pattern))


MEETING = sentence_cue(
    r"\b(?:meeting|meetings|session|sitting|collegium|convened?|convenes|met|meet|gathered"
    r"|took place|takes place|was held|were held|held|hosted|summit|talks|conference|forum"
    r"|assembled|gathering|council)\b"
)


# one side visiting the other: where and when the visit is, the meeting is
VISIT = sentence_cue(
    r"\b(?:visited|received|welcomed|paid an? (?:official |working )?visit"
    r"|on an? (?:[\w-]+ )?(?:official|working) visit"
    # Russian: "в рамках визита", "с официальным визитом", "посетил"
    r"|в\s+рамках\s+(?:[а-яё]+\s+)?визита|с\s+(?:[а-яё]+\s+)?визитом|посетил[аи]?)\b"
)


FUTURE = sentence_cue(
    r"\b(?:will|to be held|is scheduled|are scheduled|is planned|are planned|upcoming|next"
    r"|scheduled for|shall)\b"
    # "a decision was made to hold the second meeting ... in 2025": a meeting still to come
    r"|\bto (?:hold|convene) (?:the|a|an|its|their) (?:\w+ ){0,4}?"
    r"(?:meeting|session|sitting|summit)\b"
)


OTHER_EVENT = sentence_cue(
    r"\b(?:decree|decisions? of|law of|adopted|signed (?:on|in)|since|until|founded|established"
    r"|anniversary of"
    # "as part of the implementation of the protocol of the 9th meeting of ..., held on ...":
    # the earlier session whose decisions this meeting carries out
    r"|follow-up to|(?:implementation|protocol) of the (?:[\w-]+ ){0,3}?(?:meeting|session|sitting)"
    r"|born|by the end of|earlier(?! in the day| today)|previous|last (?:meeting|session)|ago"
    r"|in force|ratified|(?:was|were) (?:created|set up|formed|instituted)"
    r"|(?:created|set up|formed|instituted) in (?:\w+ )?(?:19|20)\d\d"
    r"|the beginning of|last year|last year's|the year before|a year earlier|preceding"
    # "during last month's informal meeting", "days after a delegation held talks" (not "two
    # weeks after receiving X", told beside the meeting itself)
    r"|last (?:month|week|summer|spring|autumn|fall|winter)(?:'s|’s)?"
    r"|(?:days|weeks|months) (?:after|before) (?:a|an|the)"
    r"|most recent (?:meeting|session|sitting))\b"
)


PART_CUE = sentence_cue(
    r"\b(?:representatives?|delegations?|delegates|heads|ministers|chiefs|leaders|officials"
    r"|commanders|prosecutors|participants|colleagues|counterparts|partners|guests|observers"
    r"|experts) (?:of|from)\b|\b(?:attended by|participation of"
    r"|brought together|bringing together|gathered|assembled|took part|participated|joined by"
    # the list after an inverted verb: "Attending the meeting were ...", "Taking part in the
    # session were ...", "Among the participants were ..."
    r"|attending|taking part|among the participants"
    r"|with representatives|heads of delegations of|involving|as observers?|observer states"
    r"|observers (?:were|included|are)|list of observers included|chaired by|co-chaired by"
    r"|presided over by|under the chairmanship of|(?:meeting|conference|talks|consultations"
    r"|negotiations) between"
    # "A meeting was held between the customs services of A and B"
    r"|(?:was|were) held between)\b"
)
# sentences that describe who belongs to a body, not who came: "The Council members include
# representatives of ...", "It consists of ...", "the CSTO region, which includes 6 states"
MEMBERSHIP = sentence_cue(
    r"\b(?:members? include|members are|member states are|membership includes|consists of"
    r"|consisting of|comprises|comprising|is made up of|includes|include|are members"
    r"|are the \w+ (?:member|observer)|observer[- ]countries|dialogue partners|was founded"
    r"|was established|were established|was created|established on|established in"
    r"|founded in|partakes in)\b"
)


for _cue in (
    people.COCHAIR,
    people.SPEECH,
    people.EXCLUDE_CONTEXT,
    people.PARTICIPATION,
    people.PRESS,
    people.BACKGROUND,
):
    _CUES.add(_cue)
_CUES.add(people.TITLE_WORD)  # not a sentence cue, but found in the same pass (see cue_starts)


# Cheap whole-sentence pre-checks (plain substrings) before the exact, position-dependent ones.
CHAIR_HINT = sentence_cue(r"chair|presid|open|leadership|guidance|conduct|headed|led by")


HOST_HINT = sentence_cue(r"recei|welcom|greet|host|met with|invitation")


SPOKES_NEAR_HINT = sentence_cue(r"spokes|press secretary|official representative")


class Context:
    """Per-report working state shared by the field extractors."""

    def __init__(self, doc: CleanDoc, lex: Lexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        # lower-cased once: the cue patterns run on it, the gazetteer on its folded form
        lowered = doc.text.lower()
        self.low = lowered if len(lowered) == len(doc.text) else lower_same_len(doc.text)
        self.lowered = lowered  # plain str.lower(), for code that used it (find_dates)
        self.matches, self._cue_starts = lex.scan_with_cues(doc.text, fold_lowered(self.low))
        self.match_starts = [m.start for m in self.matches]  # for bisect: hits are in start order
        self.geo: list[Match] = []
        self.orgs: list[Match] = []
        self.topics: list[Match] = []
        by_kind = {"country": self.geo, "demonym": self.geo, "city": self.geo}
        by_kind["org"] = self.orgs
        by_kind["topic"] = self.topics
        for m in self.matches:  # one pass, each hit to its list, text order kept
            group = by_kind.get(m[2])
            if group is not None:
                group.append(m)
        # geo hits form one non-overlapping layer in text order (Lexicon.scan), so both their
        # starts and their ends are sorted: lookups by offset bisect these
        self.geo_starts = [m.start for m in self.geo]
        self.geo_ends = [m.end for m in self.geo]
        self._org_starts = [m.start for m in self.orgs]  # organizations do not overlap either
        self.name_starts: list[int] = []  # full-name mentions, set by find_people
        self.name_ends: list[int] = []
        self.venue_city: str | None = None  # set by places.find_venue, read by later steps
        self.body_span: tuple[int, int] | None = None  # the convening body's name (find_body)
        self.date_mentions: list[Any] = []  # every date the text states (find_meeting_date)
        self._sent_cache: dict[int, str] = {}
        # pattern -> sentences it matches in (CI hashes by identity: no id() call per lookup)
        self._cue_hits: dict[CI, set[int]] = {}
        self._sent_starts = [s for s, _ in doc.sentences]  # sorted: sent_idx bisects it

    def has(self, rx: CI, idx: int) -> bool:
        """Whether ``rx.search`` finds a match within sentence ``idx`` of the lower-cased text
        (worked out for every sentence on the first question about ``rx``)."""
        hits = self._cue_hits.get(rx)
        if hits is None:
            hits = self._cue_hits[rx] = self._sentences_matching(rx)
        return idx in hits

    def cue_starts(self, rx: CI) -> list[int] | None:
        """Sorted offsets of the lower-cased text where a match of ``rx`` may start, or None
        when ``rx`` is not registered in _CUES."""
        if self._cue_starts is None:
            self._cue_starts = _CUES.starts(self.low)
        return self._cue_starts.get(id(rx))

    def cue_finditer(self, rx: CI, a: int, b: int) -> Iterator[re.Match[str]]:
        """``rx.rx.finditer(self.low, a, b)``, from the registered cue's candidate starts."""
        starts = self.cue_starts(rx)
        if starts is None:
            return rx.rx.finditer(self.low, a, b)
        return finditer_from(rx.rx, self.low, starts, a, b)

    def in_org(self, pos: int, end: int | None = None) -> bool:
        """Whether offset ``pos`` (or the span ``pos:end``) is inside an organization's name:
        as they do not overlap, only the last one starting at or before ``pos`` can hold it."""
        i = bisect_right(self._org_starts, pos) - 1
        return i >= 0 and (pos if end is None else end - 1) < self.orgs[i].end

    def org_at(self, pos: int) -> Match | None:
        """The organization whose name starts at offset ``pos``, if any."""
        i = bisect_right(self._org_starts, pos) - 1
        return self.orgs[i] if i >= 0 and self.orgs[i].start == pos else None

    def _sentences_matching(self, rx: CI) -> set[int]:
        starts = self.cue_starts(rx)
        sentences = self.doc.sentences
        if starts is None:  # not a registered cue: search sentence by sentence
            search = rx.rx.search
            return {i for i, (a, b) in enumerate(sentences) if search(self.low, a, b)}
        return sentences_matching(rx.rx, self.low, starts, sentences, self._sent_starts)

    def sent_idx(self, pos: int) -> int:
        """Index of the sentence containing offset ``pos`` (see CleanDoc.sentence_index)."""
        i = bisect_right(self._sent_starts, pos) - 1
        return i if i > 0 else 0

    def sent_text(self, idx: int) -> str:
        s = self._sent_cache.get(idx)
        if s is None:
            a, b = self.doc.sentences[idx]
            s = self._sent_cache[idx] = self.text[a:b]
        return s

    def span(self, pos: int) -> Span:
        i = self.sent_idx(pos)
        a, b = self.doc.sentences[i]
        return {"start": a, "end": b, "text": self.text[a:b]}

    def country_code(self, m: Match) -> str | None:
        if m.kind in ("country", "demonym"):
            return self.lex.country_list[m.ref].code
        if m.kind == "city":
            return self.lex.city_list[m.ref].country
        if m.kind == "org":
            return self.lex.org_list[m.ref].country
        return None

    def in_title(self, pos: int) -> bool:
        ts = self.doc.title_span
        return bool(ts and ts[0] <= pos < ts[1])


_BULLET = re.compile(r"\s*[-–—•*]\s")


def bullet_of_participants(ctx: Context, sentence: int) -> bool:
    """Whether sentence ``sentence`` is an item of a bulleted list introduced by a sentence
    that ends with a colon and tells who took part ("attended by representatives of:")."""
    sentences = ctx.doc.sentences
    i = sentence
    while i > 0 and _BULLET.match(ctx.text, sentences[i][0]):
        i -= 1
    if i == sentence:
        return False
    a, b = sentences[i]
    intro = ctx.text[a:b].rstrip()
    return intro.endswith(":") and (ctx.has(PART_CUE, i) or bool(_LIST_INTRO.search(intro)))


# "The following delegations were also invited to participate in the event:"
_LIST_INTRO = re.compile(
    r"\b(?:participate|take part|attend|were present|the following (?:[\w-]+ ){0,3}?"
    r"(?:delegations|organi[sz]ations|bodies|participants|observers|guests))\b",
    re.IGNORECASE,
)
