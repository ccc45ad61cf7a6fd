"""Standing bodies recognised by the set of their name's words, whatever order and form a report
writes them in (the language-neutral half; :mod:`.russian.body_sets` reads Russian with it).

The gazetteer matches a body's names as written (with their case forms). Reports word the same
body in many ways the reference names do not hold: "Совещание руководителей ведомств
государств-членов ШОС, занимающихся вопросами ... чрезвычайных ситуаций", "Секретари советов
безопасности стран ШОС", "Координационного совета по ЧС ОДКБ". A language reduces a name to
*content keys* (lemmas, with the usual interchangeable parts folded: "спецслужба" = "специальная
служба") and to its *owner* (the organisation whose members' body it is: СНГ = Содружество
Независимых Государств = "государств – участников Содружества"); membership words
("государств-членов"), prepositions and conjunctions carry nothing. (English names have their
own bag-of-words matcher, :mod:`.orgnames`.)

A stretch of a sentence names a body when it opens with the key one of its names opens with and
holds every other key of that name and its owner, with at most one word of its own before the
owner (none that opens another name) and, after the owner, only a clause that qualifies it; two
bodies' names held alike name neither. Every key must be there: a one-off meeting whose words
only overlap a standing body's ("совещание руководителей подразделений по борьбе с наркотиками
таможенных служб стран ШОС") is never read as that body.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple


class Token(NamedTuple):
    """One word of a sentence: its key (a folded lemma or stem, "" for a word that carries
    nothing, "," for a comma, "|" for what ends a name), the owner it names (or None), its
    offsets, and whether it opens a clause that still qualifies the name before it (a
    participle: "..., занимающихся вопросами ...")."""

    start: int
    end: int
    key: str
    owner: str | None
    qualifies: bool = False
    inner: str | None = None  # the key inside a name, when it differs from the opening one


@dataclass(frozen=True)
class Signature:
    """One name of a body reduced to its content keys: ``head`` is the key the name opens with
    (a word's opening key: "главами спецслужб" opens no name "Руководители спецслужб" opens,
    while "Совещание начальников ..." holds the "руководителей" of "Совещание руководителей
    ...")."""

    ref: int
    owner: str | None
    head: str
    keys: frozenset[str]


# a body's name holds at most this many words of its own before its owner ("Совет ... по ЧС
# ОДКБ"): more name another body ("руководителей подразделений по борьбе с наркотиками
# таможенных служб ШОС" are not the customs services' heads) ...
STRAY_BEFORE_OWNER = 1
# ... and this many in all, a qualifying clause after the owner included ("руководителей
# ведомств государств-членов ШОС, занимающихся вопросами ... чрезвычайных ситуаций")
SLACK = 4


class SignatureIndex:
    """The signatures of the reference bodies, by the key they open with."""

    def __init__(self, signatures: Iterable[Signature]) -> None:
        self.by_head: dict[str, list[Signature]] = {}
        seen: set[tuple[int, frozenset[str], str | None]] = set()
        for sig in signatures:
            if (sig.ref, sig.keys, sig.owner) in seen:
                continue
            seen.add((sig.ref, sig.keys, sig.owner))
            self.by_head.setdefault(sig.head, []).append(sig)

    def find(self, tokens: Sequence[Token]) -> list[tuple[int, int, int]]:
        """(start, end, ref) of each stretch of ``tokens`` (one sentence, in order; a token with
        the key "|" breaks a name) that names one body, longest first where two overlap."""
        found: list[tuple[int, int, int, int]] = []
        # the keys and owners the sentence holds at all: a signature asking for one it lacks
        # cannot be held (_held would walk the sentence to find that out)
        keys: set[str | None] | None = None
        owners: set[str | None] = set()
        for i, tok in enumerate(tokens):
            candidates = self.by_head.get(tok.key)
            if not candidates:
                continue
            if keys is None:
                keys = {t.key for t in tokens} | {t.inner for t in tokens}
                owners = {t.owner for t in tokens}
            best: dict[int, tuple[int, int]] = {}  # ref -> (keys held, end index)
            for sig in candidates:
                if not sig.keys <= keys or (sig.owner is not None and sig.owner not in owners):
                    continue
                end = _held(tokens, i, sig, self.by_head)
                if end is not None and len(sig.keys) > best.get(sig.ref, (0, 0))[0]:
                    best[sig.ref] = (len(sig.keys), end)
            if not best:
                continue
            top = max(n for n, _ in best.values())
            refs = [r for r, (n, _) in best.items() if n == top]
            if len(refs) != 1:
                continue  # two bodies' names held alike: it names neither
            ref = refs[0]
            found.append((tok.start, tokens[best[ref][1]].end, ref, top))
        # overlapping stretches: the one holding more keys (then the earlier) names the body
        found.sort(key=lambda f: (-f[3], f[0]))
        kept: list[tuple[int, int, int]] = []
        for start, end, ref, _ in found:
            if all(end <= s or start >= e for s, e, _ in kept):
                kept.append((start, end, ref))
        return sorted(kept)


def _held(
    tokens: Sequence[Token], i: int, sig: Signature, heads: dict[str, list[Signature]]
) -> int | None:
    """The index of the last token of the stretch from ``i`` that holds every key of ``sig``
    and its owner, or None. A word that opens other names is no stray of this one: in
    "заседание Совета министров ..." the council, not the meeting, is named."""
    missing = set(sig.keys)
    owner_seen = sig.owner is None
    stray = 0
    last = i
    after_owner = False  # the name goes on past its owner only in a qualifying clause
    for j in range(i, len(tokens)):
        tok = tokens[j]
        if tok.key == "|":
            break
        if tok.key == ",":
            if after_owner and not (j + 1 < len(tokens) and tokens[j + 1].qualifies):
                break
            continue
        if tok.owner is not None:
            if sig.owner is not None and tok.owner != sig.owner:
                return None  # another organisation's body
            if tok.owner == sig.owner:
                owner_seen = after_owner = True
                last = j
        elif tok.key:
            key = tok.inner if tok.inner and j > i else tok.key
            if key in missing:
                missing.discard(key)
                last = j
            elif key not in sig.keys:
                if key in heads:
                    return None
                stray += 1
                if stray > (SLACK if after_owner else STRAY_BEFORE_OWNER):
                    return None
        if not missing and owner_seen:
            return last
    return None
