"""Topics: a pattern hit counts when it is in the title or lead, in a sentence about the agenda,
a meeting or a speech, or in two different sentences (a passing word is not a topic)."""

from __future__ import annotations

from . import people as P
from .context import MEETING, Context, Span
from .lexicon import Match
from .rx import CI

_AGENDA = CI(
    r"\b(?:discuss\w*|agenda|focus\w*|address\w*|consider\w*|issues?|topics?|topical|exchang\w*"
    r"|dealt with|priorit\w*|emphasi[sz]\w*|highlight\w*|measures|cooperation in|combat\w*"
    r"|counter\w*|fight(?:ing)? against|problems?|threats?|challenges|trends|devoted|dedicated"
    r"|concerns?|reviewed|examined|approved|adopted|signed|plans?|attention|summed up|results"
    r"|agreed|proposed|stressed|noted|need|step(?:ped)? up|prevent\w*|protect\w*|participants"
    r"|shared?|sharing)\b"
)


def find_topics(ctx: Context) -> dict[str, list[Span]]:
    lex = ctx.lex
    hits: dict[int, list[Match]] = {}
    for m in ctx.topics:
        hits.setdefault(m.ref, []).append(m)
    lead_end = 2
    if ctx.doc.title_span:
        lead_end += 1
    out: dict[str, list[Span]] = {}
    for ref, ms in hits.items():
        sents = sorted({ctx.sent_idx(m.start) for m in ms})
        strong = any(m.strong for m in ms)
        lead = any(si < lead_end for si in sents)
        agenda = False
        for m in ms:
            si = ctx.sent_idx(m.start)
            if ctx.has(_AGENDA, si) or ctx.has(MEETING, si) or ctx.has(P.SPEECH, si):
                agenda = True
                break
        if strong or lead or agenda or len(sents) >= 2:
            out[lex.topic_list[ref].slug] = [ctx.span(ctx.doc.sentences[si][0]) for si in sents]
    order = {t.slug: i for i, t in enumerate(lex.topic_list)}
    return dict(sorted(out.items(), key=lambda kv: order[kv[0]]))
