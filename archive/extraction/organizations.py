"""The international organizations and bodies taking part in the meeting (not the convening
body, not a report's source, not a framework the meeting stands in)."""

from __future__ import annotations

import re

from . import people
from .bodies import MEETING_BEFORE, convenes_after
from .context import PART_CUE, Context, Span
from .rx import CI

_FRAMEWORK = CI(
    r"\b(?:framework of|within the|channels?|through|via|member states of|cooperation with"
    r"|auspices|platform of|model of|experience of|(?<!as well as )members of|format of|line of"
    r"|as part of|in the (?:framework|format|course|context|session|meeting|sitting|work|field)"
    r"|agreements? (?:of|with|within))\b"
)


_MEMBER_STATES_AFTER = re.compile(
    r"\)?\s*(?:\([^)]{1,12}\)\s*)?(?:member |participating )?(?:states|countries|nations)\b"
)


# where a report names its source: the organization is not taking part for that
_SOURCE_BEFORE = re.compile(
    r"\b(?:press (?:service|office|centre|center|secretary)|website|according to|learned from"
    r"|reported by|citing|with (?:a )?reference to|information (?:department|service)|told)"
    r"\s+(?:of\s+)?(?:the\s+)?$"
)
# "Specialists of the CIS ATC proposed", "the head of the CIS Anti-Terrorism Center ... will
# present a report": the organization's people speak at the meeting
_OFFICIAL_OF = re.compile(
    r"\b(?:specialists|experts|representatives?|delegations?|staff|officials?|head|director"
    r"|chairman|secretary[- ]general|deputy secretary[- ]general|executive secretary)"
    r"\s+of\s+(?:the\s+)?$"
)
# a sentence that names the organizations the one before said took part
_ANAPHORIC_LIST = re.compile(
    r"(?:The|These|Those) (?:bodies|organi[sz]ations|structures|agencies)\b|Among them\b"
    r"|They (?:were|included)\b"
)
# a post someone is appointed to is no sign that the organization took part
_APPOINTMENT = re.compile(r"\b(?:candida\w*|appoint\w*|nominat\w*|(?:position|post) of)\b")
_ORGANISED_BY = re.compile(r"\b(?:organi[sz]ed|co-organi[sz]ed|hosted|convened) by\b")


def find_organizations(
    ctx: Context, persons: list[people.Person], body_name: str | None
) -> dict[str, Span]:
    lex = ctx.lex
    out: dict[str, Span] = {}
    for m in ctx.orgs:
        o = lex.org_list[m.ref]
        if o.kind not in ("international", "body") or o.name == body_name or o.name in out:
            continue
        if ctx.body_span and ctx.body_span[0] <= m.start < ctx.body_span[1]:
            continue  # "Committee of ... of the Council of Heads of Customs Services": the body
        if o.kind == "body" and MEETING_BEFORE.search(ctx.low, max(0, m.start - 40), m.start):
            continue  # "a meeting of the Council of Defense Ministers was held on April 27"
        if _MEMBER_STATES_AFTER.match(ctx.low, m.end) and " of " not in ctx.text[m.start : m.end]:
            # "ministers of the SCO member states": a framework, not a participant ("Assembly of
            # the CIS member states" is a name that goes on)
            continue
        si = ctx.sent_idx(m.start)
        a, b = ctx.doc.sentences[si]
        if _SOURCE_BEFORE.search(ctx.low, max(a, m.start - 45), m.start):
            continue  # "BelTA learned from the press service of the CIS Executive Committee"
        if convenes_after(ctx, m.end):
            out[o.name] = ctx.span(m.start)  # "the SCO RATS Executive Committee hosted ..."
            continue
        if (
            _OFFICIAL_OF.search(ctx.low, max(a, m.start - 60), m.start)
            and (ctx.has(people.SPEECH, si) or ctx.has(people.PARTICIPATION, si))
            and not ctx.has(people.PRESS, si)
            and not _APPOINTMENT.search(ctx.low, a, b)
        ):
            out[o.name] = ctx.span(m.start)  # "Specialists of the CIS ATC proposed ..."
            continue
        if si > 0 and _ANAPHORIC_LIST.match(ctx.text, a) and ctx.has(people.PARTICIPATION, si - 1):
            out[o.name] = ctx.span(m.start)  # "... bodies participated. The bodies ... are X, Y"
            continue
        before = ctx.text[a : m.start]
        cue = None
        for c in PART_CUE.finditer(before):
            if not ctx.in_org(a + c.start()):  # "Council of the heads of the competent ..."
                cue = c
        if cue is None:
            organiser = _ORGANISED_BY.search(ctx.low, max(a, m.start - 120), m.start)
            if organiser and not re.search(r"[.;]", ctx.text[organiser.end() : m.start]):
                out[o.name] = ctx.span(m.start)  # "organized by the ... and the Bureau"
                continue
            for c in re.finditer(r"\b(?:attended|took part|participated|were present)\b",
                                 ctx.text[m.end : ctx.doc.sentences[si][1]]):  # fmt: skip
                cue = c
                break
            if cue is None:
                continue
            if _FRAMEWORK.search(before[-40:]):
                continue
        else:
            between = before[cue.end() :]
            if _FRAMEWORK.search(between) and not re.search(r"representatives?", between, re.I):
                continue
            if ":" in between:
                continue  # "... heads of the competent authorities in Yerevan: the CSTO is"
            if len(between) > 600:
                continue
        out[o.name] = ctx.span(m.start)
    for p in persons:
        if (
            p.participant
            and p.organization
            and p.organization != body_name
            and p.organization not in out
            and p.evidence
        ):
            out[p.organization] = ctx.span(p.evidence[0])
    return out
