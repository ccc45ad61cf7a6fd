"""The meeting's year from a Russian report's own wording, when the page gives none: the
period whose results the meeting sums up, the year named after a Victory anniversary, the date
of the figures it reviews, the plan it adopts, the year of the next sitting (in this order of
strength).

The results of a period outrank a plan: a meeting at the end of a year sums up that year and
plans the next two ("итоги работы во втором полугодии 2015 года", "план на 2016-2017 годы"),
while one at the start of a year plans the two years it opens ("план на 2013-2014 годы").
"""

from __future__ import annotations

import re

from ..context import Context
from ..date_cues import next_meeting

_Y = r"((?:19|20)\d\d)"
# "итоги работы за 2025 год", "итоги работы КСОПН во втором полугодии 2015 года", "результаты
# деятельности в 2016 году": the period now ending, so the meeting's year
_RESULTS = re.compile(
    r"\b(?:итог\w*|результат\w*)\s+(?:[а-яё]+\s+){0,4}?(?:за|в|во)\s+"
    r"(?:(?:перв|втор|трет|четв[её]рт)\w+\s+(?:полугоди|квартал)\w*\s+)?"
    rf"{_Y}\s+год"
)
# "план работы на 2018 год" (adopted the year before), "план мероприятий на 2013-2014 годы"
# (adopted in the first of the two years)
_PLAN = re.compile(
    r"\bплан\w*\s+(?:[а-яё]+\s+){0,8}?на\s+"
    rf"{_Y}(?:\s*[-–—]\s*{_Y})?\s+год"
)
# "по состоянию на 1 сентября 2011 года": the date of the figures a meeting reviews, in its
# year (weaker than the results of a period, stronger than a plan)
_AS_OF = re.compile(rf"\bпо\s+состоянию\s+на\s+(?:\d{{1,2}}\s+[а-яё]+\s+)?{_Y}\s+г")
# "в год 80-летия Победы", "в год 80-летнего юбилея Великой Победы": the year is named after
# the anniversary of 1945
_VICTORY = re.compile(r"\bгод\w*\s+(\d{2})-?(?:лети\w*|летн\w+\s+юбиле\w*)\s+(?:велик\w+\s+)?побед")
_VICTORY_YEAR = 1945
# "Следующее заседание, в 2020 году, пройдет в Казахстане": the next sitting of a body that
# meets yearly, when its month is not given
_IN_YEAR = re.compile(rf"\bв\s+{_Y}\s+году\b")
_MONTH = re.compile(
    r"\b(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|весн|лет[оа]м?\b|осен|зим)\w*"
)


def _one(years: set[int]) -> int | None:
    return next(iter(years)) if len(years) == 1 else None


def content_year_ru(ctx: Context, *, results_only: bool = False) -> int | None:
    """The meeting's year from the periods, plans and anniversaries the report names, when
    those of the strongest kind found agree; with ``results_only``, from the periods summed
    up and the anniversaries alone."""
    low = ctx.low
    results = {int(m.group(1)) for m in _RESULTS.finditer(low)}
    if results:
        return _one(results)
    victory = {_VICTORY_YEAR + int(m.group(1)) for m in _VICTORY.finditer(low)}
    if victory or results_only:
        return _one(victory)
    as_of = {int(m.group(1)) for m in _AS_OF.finditer(low)}
    if as_of:
        return _one(as_of)
    plans = set()
    for m in _PLAN.finditer(low):
        first, last = int(m.group(1)), m.group(2)
        if last is None:
            plans.add(first - 1)
        elif int(last) - first == 1:
            plans.add(first)  # a longer programme is drafted years ahead: no clue
    if plans:
        return _one(plans)
    following = set()
    for a, b in ctx.doc.sentences:
        if next_meeting(low, a, b) and not _MONTH.search(low, a, b):
            following |= {int(m.group(1)) - 1 for m in _IN_YEAR.finditer(low, a, b)}
    return _one(following)
