"""People a Russian report names only as the sides of a meeting it looks back on: one whose
agreements the report's meeting carries out ("реализация договоренностей, достигнутых по
итогам встречи президента А с председателем Б"), or one a sentence of the past tells ("Ранее
состоялся телефонный разговор А и Б", "Напомним, что А встречался с Б"). They were not at
the report's meeting."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..context import Context
    from .participants import Participant

_MEETING = r"(?:встреч|переговор|бесед|разговор|саммит|встретил|встречал|провел\w*\s+телефонн)"
# the words before a name that put it in a meeting whose agreements the report carries out
_AGREED_AT = re.compile(
    r"(?<![\w-])(?:договоренност|договорённост|соглашени|решени|поручени|понимани)\w*\s*,?\s+"
    r"(?:которые\s+были\s+)?(?:достигнут|принят|дан|выработан)\w*\s+(?:на|в\s+ходе|по\s+итогам"
    r"|во\s+время|после|в\s+рамках)\s+(?:[\w-]+\s+){0,3}?" + _MEETING + r"\w*\s[^.;]{0,200}$"
)
_AGREED_CHEAP = ("достигнут", "принят", "дан", "выработан")
# a sentence of the past telling a meeting before the name: "Ранее ...", "Напомним, ...",
# "Как сообщалось, ...", "Министр напомнил, что ..."
_RECALLED = re.compile(
    r"\s*(?:ранее|напомним|как\s+(?:уже\s+)?сообщал\w*)\b[^.;]{0,160}?(?<![\w-])"
    + _MEETING
    + r"|[^.;]{0,80}?(?<![\w-])напомнил[аи]?,?\s+что\b[^.;]{0,160}?(?<![\w-])"
    + _MEETING
)


def set_aside_recalled_meetings(ctx: Context, parts: list[Participant]) -> None:
    """Mark as only mentioned the participants every one of whose full-name mentions lies
    after words that tell a meeting the report looks back on."""
    for p in parts:
        if not p.participant or not p.person.mentions:
            continue
        if all(_recalled(ctx, m.start) for m in p.person.mentions):
            p.participant = False
            p.reason = "another meeting"


def _recalled(ctx: Context, pos: int) -> bool:
    a = ctx.doc.sentences[ctx.sent_idx(pos)][0]
    lo = max(a, pos - 360)
    low = ctx.low[lo:pos]
    if any(w in low for w in _AGREED_CHEAP) and _AGREED_AT.search(ctx.low, lo, pos):
        return True
    m = (
        _RECALLED.match(ctx.low, a, pos)
        if "напомн" in low or low[:20].lstrip()[:3] in ("ран", "как")
        else None
    )
    return m is not None
