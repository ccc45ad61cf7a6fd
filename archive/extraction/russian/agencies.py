"""Meetings of two states' agencies that name no body, as Russian copy tells them: the kind of
agency each side comes from, read from its officials' Russian titles ("председатель
Госпогранслужбы Украины") or from the agencies the meeting sentence names ("встреча делегаций
генеральной прокуратуры РК и генеральной прокуратуры Республики Узбекистан"), named as the
English pipeline names such meetings (``body_kinds``: "Border Services of Belarus and Ukraine",
"Drug Control Agency of Tajikistan and Interior Ministry of Russia").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from ..body_kinds import KINDS, AgencyKind, agencies_name, counterpart, kind_in
from ..context import Context, Span
from ..lexicon import Lexicon
from .participants import Participant

# the kinds of agency as Russian titles and names word them, in ``KINDS``' order of precedence
_RU_WORDS = {
    # (the acronyms Russian copy keeps: АКН, Tajikistan's drug-control agency; СБНОН, Kyrgyzstan's
    # drug-control service; СК, an investigative committee; СИН, a penitentiary service; НЦБ,
    # Interpol's national bureau; ГТС, a state customs service; СБУ, Ukraine's security service;
    # ГУВД, УВД, УМВД, a police directorate of an interior ministry)
    "drug-control": r"наркот|антинаркот|наркоконтрол|\b(?:фскн|акн|сбнон)\b",
    "border": r"погран",
    "prosecutor": r"прокурор|прокуратур",
    "investigative-committee": r"следственн\w+\s+комитет|\bск\b",
    "financial-intelligence": r"финансов\w+\s+(?:разведк|мониторинг)",
    "customs": r"таможен|\w*тамож\w*комитет|\b(?:гтк|гтс)\b",
    "penitentiary": r"пенитенциар|уголовно-исполнительн|исполнени\w*\s+наказани|\b(?:фсин|син)\b",
    "gendarmerie": r"жандарм",
    "supreme-court": r"верховн\w+\s+суд",
    "interpol": r"интерпол|\bнцб\b",
    "security-council": r"совет\w*\s+безопасности|совбез",
    # a foreign intelligence service beside a state's security service ("директор Службы
    # внешней разведки России"), and a police service of its own ("начальник полиции Армении")
    "foreign-intelligence": r"внешн\w+\s+разведк|\bсвр\b",
    "police": r"полици",
    "national-guard": r"национальн\w+\s+гварди|нацгварди|росгварди",
    "national-security-committee": r"государственн\w+\s+комитет\w*\s+(?:по\s+)?национальной\s+"
    r"безопасности|госкомитет\w*\s+(?:по\s+)?национальной\s+безопасности|\bгкнб\b",
    "security-service": r"(?<!общественной\s)безопасност|спецслужб|разведк"
    r"|\b(?:кгб|фсб|гкнб|кнб|снб|сгб|сбу)\b",
    "emergencies": r"\bмчс\b|чрезвычайн\w+\s+ситуаци|спасательн\w+\s+(?:ведомств|служб)",
    # "Министерство общественной безопасности КНР", "МОБ КНР", "Главное управление
    # общественной безопасности Шанхая"
    "public-security": r"(?:министр|министерств|управлени|департамент|бюро)\w*\s+общественной"
    r"\s+безопасности"
    r"|\bмоб\b",
    "interior": r"внутренних\s+дел|\b(?:мвд|гувд|увд|умвд)\b|полици|милици"
    r"|общественной\s+безопасности",
    "justice": r"юстиции|\bминюст",
}
# words that make a title another kind: a ministry's police department, a police rank
_RU_UNLESS = {
    # a directorate of public security of an interior ministry is the ministry's
    "public-security": r"(?i:\bмвд\b|внутренних\s+дел)",
    # a rank, not the ministry: "генерал-майор юстиции", "советник юстиции"
    "justice": r"(?:генерал|полковник|майор|капитан|лейтенант|советник)[\w-]*\s+юстиции",
    "police": r"министерств|\bмвд\b|внутренних\s+дел|общественной\s+безопасности"
    r"|(?:генерал|полковник|подполковник|майор|капитан|лейтенант)[\w-]*\s+полици",
}
# (a kind without Russian words is not read from Russian titles)
_RU_KINDS = tuple(
    (kind, re.compile(_RU_WORDS[kind.key]), re.compile(_RU_UNLESS.get(kind.key, r"(?!)")))
    for kind in KINDS
    if kind.key in _RU_WORDS
)


def _own_kind(key: str, singular: str, plural: str, words: str) -> AgencyKind:
    return AgencyKind(key, singular, plural, plural, re.compile(words, re.IGNORECASE))


# agencies Russian copy names beside the kinds both pipelines read, after them (an interior
# ministry's migration department is the ministry): "Начальник Государственной миграционной
# службы", "председатель Комитета государственного контроля"
_RU_KINDS += tuple(
    (kind, re.compile(words), re.compile(r"(?!)"))
    for kind, words in (
        (
            _own_kind("migration", "Migration Service", "Migration Services", r"migration"),
            r"миграционн\w+\s+служб",
        ),
        (
            _own_kind(
                "state-control",
                "State Control Committee",
                "State Control Committees",
                r"state control",
            ),
            r"государственного\s+контроля|госконтрол|\bкгк\b",
        ),
    )
)
# offices that are no agency of law enforcement: an ambassador received by a minister is not a
# meeting of two agencies
_NO_AGENCY = re.compile(r"посол|посольств|консул|иностранных дел|обороны")


def kind_ru(text: str) -> AgencyKind | None:
    """The kind of agency a Russian title or name (lower case) names first."""
    for kind, rx, unless in _RU_KINDS:
        if rx.search(text) and not unless.search(text):
            return kind
    return None


def officials_body(
    lex: Lexicon,
    people: list[Participant],
    part: dict[str, Span],
    only: frozenset[str] | None = None,
    ctx: Context | None = None,
) -> str | None:
    """The two states' agencies whose officials meet with no body named: each state's kind
    from its officials' titles (most of them); a state none of whose officials' titles names a
    kind, or none of whose officials is named ("с украинским коллегой"), shares the other's
    when all are of one kind (titles of officials of no stated country count towards it). None
    when a title names an office that is no agency of that kind or when a participant's state
    is none of the two; ``only``: the kinds (keys) allowed."""
    if not 2 <= len(part) <= 3:
        return None
    states = [p.country for p in people if p.country]
    titles = [(p.country, p.title.lower()) for p in people if p.title]
    if len(part) == 3 and set(states) != set(part):
        return None  # three states' agencies, each by its own officials
    if not set(states) <= set(part) or not titles:
        return None
    embassy = _agency_and_embassy(lex, titles, list(part), only, ctx)
    if embassy is not None:
        return embassy
    # an ambassador beside his state's other officials accompanies them: no side of his own
    agencies = {c for c, t in titles if c and not _NO_AGENCY.search(t)}
    titles = [(c, t) for c, t in titles if c not in agencies or not _ENVOY.search(t)]
    if any(_NO_AGENCY.search(t) for _, t in titles):
        return None
    kinds: dict[str, AgencyKind] = {}
    for code in dict.fromkeys(states):
        found = [k for c, t in titles if c == code and (k := kind_ru(t))]
        if found:
            counts = Counter(k.key for k in found)
            kinds[code] = next(k for k in found if counts[k.key] == max(counts.values()))
    unplaced = [k for c, t in titles if c is None and (k := kind_ru(t))]
    missing = [c for c in part if c not in kinds]
    # (of two states whose kinds are not known, the one none of whose people is named)
    unnamed = [c for c in missing if c not in states]
    if len({k.key for k in unplaced}) == 1 and (len(missing) == 1 or len(unnamed) == 1):
        # the officials of no stated state are of the one state whose kind is not known yet
        # ("директор СВР России А ... глава Службы государственной безопасности страны Б")
        kinds[missing[0] if len(missing) == 1 else unnamed[0]] = unplaced[0]
    if ctx is not None:
        for code in [c for c in part if c not in kinds]:
            # a state none of whose officials' titles names its agency: the agency the text
            # names with it ("делегация МЧС Республики Узбекистан во главе с министром")
            named = _kind_named_with(ctx, code)
            if named is not None:
                kinds[code] = named
    known = [*kinds.values(), *unplaced]
    if not known or (len(kinds) < len(part) and len({k.key for k in known}) != 1):
        return None
    if only is not None and any(k.key not in only for k in known):
        return None
    envoy = _embassy_named(ctx, part, states) if ctx is not None and len(kinds) == 1 else None
    if envoy is not None:
        # "между Комитетом по ЧС ... и Посольством Японии": the side none of whose people is
        # named, whose embassy the text names, is that embassy
        home = next(iter(kinds))
        home_titles = [t for c, t in titles if c == home]
        return _agency_and_embassy_name(lex, home_titles, kinds[home], home, envoy)
    shared = counterpart(known[0])
    return agencies_name([(lex.country_name(c) or c, kinds.get(c, shared)) for c in part], ctx)


_AGENCY_WORD = re.compile(
    r"служб|министерств|комитет|агентств|ведомств|управлени|департамент|прокуратур|таможн"
    r"|гварди|полици|\b(?:мвд|мчс|фсб|кгб|гкнб|кнб|сгб|фсин|фскн|акн|гпк|гтк)\b"
)


def _embassy_named(ctx: Context, part: dict[str, Span], states: list[str]) -> str | None:
    """Of two states, the one none of whose people is named whose embassy or envoy the text
    names ("посольство США", "Посольством Японии")."""
    if len(part) != 2:
        return None
    unnamed = [c for c in part if c not in states]
    if len(unnamed) != 1:
        return None
    code = unnamed[0]
    named = any(
        m.kind != "city"
        and ctx.country_code(m) == code
        and _ENVOY_BEFORE.search(ctx.low, max(0, m.start - 45), m.start)
        for m in ctx.geo
    )
    return code if named else None


def _kind_named_with(ctx: Context, code: str) -> AgencyKind | None:
    """The one kind of agency the text names right before a state's name ("МЧС Республики
    Узбекистан", "таможенной службы Туркменистана"), if one."""
    low = ctx.low
    found = set()
    for g in ctx.geo:
        if g.kind == "city" or ctx.country_code(g) != code:
            continue
        start = ctx.doc.sentences[ctx.sent_idx(g.start)][0]
        before = _WORDS_BEFORE.search(low, max(start, g.start - 60), g.start)
        # an agency, not a subject ("проблемы национальной безопасности России")
        if before is None or not _AGENCY_WORD.search(before.group()):
            continue
        kind = kind_ru(before.group())
        if kind is not None:
            found.add(kind)
    return found.pop() if len(found) == 1 else None


_ENVOY = re.compile(r"\bпосол\b|\bпосла\b|\bпослом\b")
_FOREIGN_MINISTRY = re.compile(r"иностранных\s+дел|\bмид\b")


def _agency_and_embassy(
    lex: Lexicon,
    titles: list[tuple[str | None, str]],
    part: list[str],
    only: frozenset[str] | None,
    ctx: Context | None = None,
) -> str | None:
    """ "Border Service of Kyrgyzstan and Embassy of Kazakhstan in Kyrgyzstan": one state's
    agency receiving the other state's ambassador, as the English pipeline names it
    (body_kinds.agency_and_embassy): every titled official of one state is its ambassador, and
    the other state's titles name one kind of agency (or, none of its people titled, the text
    names one with it: "МВД Украины")."""
    # the ambassador leads his side: its first official, his people beside him
    envoys = [c for c in part if (ts := [t for s, t in titles if s == c]) and _ENVOY.search(ts[0])]
    if len(envoys) != 1:
        return None
    envoy = envoys[0]
    home = next(c for c in part if c != envoy)
    host = lex.country_name(home) or home
    embassy = f"Embassy of {lex.country_name(envoy) or envoy} in {host}"
    home_titles = [t for s, t in titles if s == home]
    if only is None and home_titles and all(_FOREIGN_MINISTRY.search(t) for t in home_titles):
        # "посол России встретился с замминистра иностранных дел Узбекистана": the ambassador's
        # usual counterpart
        return f"Foreign Ministry of {host} and {embassy}"
    kinds = [k for t in home_titles if (k := kind_ru(t))]
    if not home_titles and ctx is not None and (named := _kind_named_with(ctx, home)):
        kinds = [named]
    if not kinds or len({k.key for k in kinds}) != 1 or (only and kinds[0].key not in only):
        return None
    return _agency_and_embassy_name(lex, home_titles, kinds[0], home, envoy)


def _agency_and_embassy_name(
    lex: Lexicon, home_titles: list[str], kind: AgencyKind, home: str, envoy: str
) -> str:
    """ "<the home state's agency, as its officials' titles name it> of <home> and Embassy of
    <envoy> in <home>"."""
    host = lex.country_name(home) or home
    envoy_name = lex.country_name(envoy) or envoy
    return f"{_own_name(home_titles, kind)} of {host} and Embassy of {envoy_name} in {host}"


# agencies whose Russian names give them another noun or rank than their kind's English name:
# "Государственный таможенный комитет", "Комитет по чрезвычайным ситуациям"
_OWN_NAMES = (
    ("customs", re.compile(r"государственн\w+\s+таможенн\w+\s+комитет"), "State Customs Committee"),
    ("customs", re.compile(r"государственн\w+\s+таможенн\w+\s+служб"), "State Customs Service"),
    ("customs", re.compile(r"федеральн\w+\s+таможенн\w+\s+служб"), "Federal Customs Service"),
    (
        "emergencies",
        re.compile(r"комитет\w*\s+по\s+чрезвычайным\s+ситуациям"),
        "Committee for Emergency Situations",
    ),
)


def _own_name(titles: list[str], kind: AgencyKind) -> str:
    """The agency's own English name when its officials' titles give it one of another noun
    or rank than the kind's ("первый зампред Государственного таможенного комитета": State
    Customs Committee), one name for all; else the kind's."""
    names = {
        name for key, rx, name in _OWN_NAMES if key == kind.key for t in titles if rx.search(t)
    }
    return names.pop() if len(names) == 1 else kind.singular


# "встреча делегаций ...", "рабочая встреча руководства ...", "переговоры представителей ...":
# a meeting of two agencies' people, the agencies named next
_AGENCIES_MEET = re.compile(
    r"\b(?:встреч\w*|переговор\w*|совещани\w*|заседани\w*)\s+(?:[а-яё]+\s+){0,2}?"
    r"(?:делегаций|руководства|руководителей|представителей|глав)\s+"
)
_PHRASE_END = re.compile(r"\s+(?:по|в|во|на|о|об|с|со|для|где)\s|[,.;:()«»\"]")


# "главы пограничных ведомств России и Молдавии подписали": the heads of one kind of agency
# of two states, the subject of what they did together
_HEADS_ACTED = re.compile(
    r"\b(?:главы|руководители|представители|делегации)\s+(?P<agencies>[^.;:«»()]{3,90}?)\s+"
    r"(?:подписали|обсудили|провели\s+переговоры|договорились|согласовали)\b"
)


def heads_acted(ctx: Context) -> tuple[str, Span] | None:
    """The agencies of one kind of two or three states whose heads did something together, told
    in the lead's first sentences: "главы пограничных ведомств России и Молдавии подписали ...",
    "Главы МВД Казахстана, Кыргызстана и Узбекистана подписали протокол"."""
    m = next(
        (m for a, b in ctx.doc.sentences[:2] if (m := _HEADS_ACTED.search(ctx.low, a, b))), None
    )
    if m is None:
        return None
    x, y = m.span("agencies")
    kind = kind_ru(ctx.low[x:y])
    codes = [
        ctx.country_code(g)
        for g in ctx.geo
        if x <= g.start < y and g.kind in ("country", "demonym")
    ]
    names = [ctx.lex.country_name(c) for c in dict.fromkeys(c for c in codes if c)]
    if kind is None or not 2 <= len(names) <= 3 or None in names:
        return None
    return agencies_name([(name, kind) for name in names], ctx), ctx.span(m.start())


def agencies_meeting(ctx: Context) -> tuple[str, Span] | None:
    """Two agencies of two states whose people meet, named in the meeting sentence with
    nobody named ("состоялась рабочая встреча руководства Госпогранкомитета Беларуси и
    Пограничной службы ФСБ России"): their kinds and states, as :func:`officials_body`
    names them."""
    for a, b in ctx.doc.sentences[:6]:
        m = _AGENCIES_MEET.search(ctx.low, a, b)
        if m is None:
            continue
        stop = _PHRASE_END.search(ctx.low, m.end(), b)
        end = stop.start() if stop else b
        halves = re.split(r"\s+и\s+", ctx.low[m.end() : end], maxsplit=1)
        if len(halves) != 2:
            continue
        sides: list[tuple[str, AgencyKind]] = []
        pos = m.end()
        for half in halves:
            x = ctx.low.index(half, pos)
            y = pos = x + len(half)
            side = _agency_side(ctx, x, y)
            if side is None:
                break
            sides.append(side)
        if len(sides) == 2 and sides[0][0] != sides[1][0]:
            return agencies_name(sides, ctx), ctx.span(m.start())
    return None


def _agency_side(ctx: Context, a: int, b: int) -> tuple[str, AgencyKind] | None:
    """(state, kind) of one agency named between ``a`` and ``b``: a gazetteer agency, or a
    kind's words and a state."""
    for m in ctx.orgs:
        org = ctx.lex.org_list[m.ref]
        if a <= m.start < b and org.kind == "agency" and org.country:
            kind = kind_in(org.name)
            name = ctx.lex.country_name(org.country)
            return (name, kind) if kind and name else None
    kind = kind_ru(ctx.low[a:b])
    codes = {
        ctx.country_code(g)
        for g in ctx.geo
        if a <= g.start < b and g.kind in ("country", "demonym")
    }
    codes.discard(None)
    if kind is None or len(codes) != 1:
        return None
    name = ctx.lex.country_name(codes.pop())
    return (name, kind) if name else None


# the words right before two states that name their agencies: "Таможни Туркменистана и
# России", "между таможенными службами Туркменистана и Узбекистана", "Пограничные ведомства
# Беларуси и Литвы" (up to three words, within the sentence)
_WORDS_BEFORE = re.compile(r"(?:[а-яё-]+\s+){1,3}$")
_AND = re.compile(r"\s+и\s+")
# "руководителей приграничных таможенных органов двух стран": the two states taking part
_TWO_STATES = re.compile(r"\b(?:двух|обеих)\s+(?:стран|государств)\b")


def two_states_agencies(ctx: Context, part: dict[str, Span]) -> tuple[str, Span] | None:
    """The agencies of one kind of the two states taking part, named together in the headline
    or the lead's first sentences: "Таможни Туркменистана и России подписали ...", "встреча
    между таможенными службами Туркменистана и Узбекистана", "встреча руководителей
    таможенных органов двух стран"."""
    if not 1 <= len(part) <= 2:
        return None
    low = ctx.low
    sentences = ctx.doc.sentences
    lead_end = sentences[min(3, len(sentences) - 1)][1]
    # the states' names right after the words, the first named at ``pos`` (the one state
    # taking part and another named with it: "Спасательные службы Беларуси и Казахстана")
    found: list[int] = []
    geo = [g for g in ctx.geo if g.start < lead_end and g.kind == "country"]
    pairs: dict[int, list[str]] = {}
    for g, h in zip(geo, geo[1:], strict=False):
        pair = [ctx.country_code(g), ctx.country_code(h)]
        if (
            len(set(pair)) == 2
            and None not in pair
            and set(part) <= set(pair)
            and _AND.fullmatch(low, g.end, h.start)
            # a state named only here with the one taking part: in the headline's sentence
            and (len(part) == 2 or ctx.sent_idx(g.start) == 0)
        ):
            found.append(g.start)
            pairs[g.start] = [c for c in pair if c]
    if len(part) == 2:
        for a, b in sentences[:4]:
            found.extend(m.start() for m in _TWO_STATES.finditer(low, a, b))
    for pos in sorted(found):
        codes = pairs.get(pos, list(part))
        start = sentences[ctx.sent_idx(pos)][0]
        before = _WORDS_BEFORE.search(low, max(start, pos - 60), pos)
        if _CUSTOMS_AND_BORDER.search(low, max(start, pos - 60), pos):
            # "таможенных и пограничных органов Украины и Молдовы": both states' two agencies
            names = sorted(ctx.lex.country_name(code) or code for code in codes)
            return f"Customs and Border Agencies of {names[0]} and {names[1]}", ctx.span(pos)
        kind = kind_ru(before.group()) if before else None
        if kind is not None:
            sides = [(ctx.lex.country_name(code) or code, kind) for code in codes]
            return agencies_name(sides, ctx), ctx.span(pos)
    return None


# "таможенных и пограничных органов", "пограничных и таможенных служб": two kinds of agency
_CUSTOMS_AND_BORDER = re.compile(
    r"\b(?:таможенн\w+\s+и\s+пограничн|пограничн\w+\s+и\s+таможенн)\w+\s+"
    r"(?:орган|служб|ведомств|администраци)\w*\s+$"
)


# "В рамках данного мероприятия проведена двусторонняя встреча Генеральных прокуроров
# Узбекистана и Таджикистана", "На полях заседания состоялись двусторонние переговоры ...", "В
# ходе встреч, проведенных в рамках заседания, А встретился с Генеральным прокурором РФ Б"
_TWO_SIDED = re.compile(
    r"\bдвусторонн\w+\s+(?:рабоч\w+\s+)?(?:встреч|переговор)\w*|\bвстретил(?:ся|ись|ась)\s+с\b"
)
_FRAME = re.compile(r"\b(?:в\s+рамках|на\s+полях|в\s+ходе)\b")


def bilateral_within(ctx: Context, part: dict[str, Span]) -> tuple[str, Span] | None:
    """Two states' talks held within a session of a body ("В рамках данного мероприятия
    проведена двусторонняя встреча Генеральных прокуроров Узбекистана и Таджикистана"), in a
    report where only those two states take part: the talks are its meeting, named by the kind
    of agency the sentence gives them."""
    if len(part) != 2:
        return None
    for a, b in ctx.doc.sentences[:5]:
        m = _TWO_SIDED.search(ctx.low, a, b)
        if m is None or not _FRAME.search(ctx.low, a, b):
            continue
        kind = kind_ru(ctx.low[m.end() : b])
        if kind is None:
            return None
        sides = [(ctx.lex.country_name(code) or code, kind) for code in part]
        return agencies_name(sides, ctx), ctx.span(a)
    return None


# "Президент Азербайджана Ильхам Алиев в среду принял министра внутренних дел Грузии": a head
# of state receiving one visitor
_PRESIDENT_RECEIVED = re.compile(
    r"\bпрезидент\w*\s+(?P<state>[а-яё]+)\s+(?:[\w-]+,?\s+){0,6}?"
    r"(?:принял|встретился\s+с|провел\s+переговоры\s+с|на\s+встрече\s+с)"
    r"\s+(?P<visitor>[^.;]{5,160})"
)
# "Глава МВД России А встретился с президентом Кубы Б": the visitor first, who meets the head
# of state
_MET_PRESIDENT = re.compile(
    r"(?P<visitor>[^.;]{5,160}?)\s+(?:встретил(?:ся|ась|ись)|провел\w*\s+переговоры)\s+с\s+"
    r"президентом\s+(?P<state>[а-яё]+)"
)


def president_received(ctx: Context) -> tuple[str, Span] | None:
    """ "President of Azerbaijan and Interior Ministry of Georgia": in the lead's first
    sentences, a state's president receiving one visitor of another state's agency (or the
    visitor meeting him: "А встретился с президентом Б"), named as the English pipeline names
    it."""
    for a, b in ctx.doc.sentences[:3]:
        m = _PRESIDENT_RECEIVED.search(ctx.low, a, b)
        if m is None and "президентом" in ctx.low[a:b]:
            m = _MET_PRESIDENT.search(ctx.low, a, b)
        if m is None:
            continue
        home = [
            ctx.country_code(g)
            for g in ctx.geo
            if m.start("state") <= g.start < m.end("state") and g.kind == "country"
        ]
        v, w = m.span("visitor")
        kind = kind_ru(ctx.low[v:w])
        codes = {
            ctx.country_code(g)
            for g in ctx.geo
            if v <= g.start < w and g.kind in ("country", "demonym")
        } - set(home)
        codes.discard(None)
        if len(home) != 1 or home[0] is None or kind is None or len(codes) != 1:
            continue
        lex = ctx.lex
        guest = codes.pop()
        name = f"President of {lex.country_name(home[0])} and {kind.singular} of "
        return name + (lex.country_name(guest) or guest), ctx.span(m.start())
    return None


def president_met(lex: Lexicon, people: list[Participant]) -> str | None:
    """ "President of Azerbaijan and Federal Security Service of Russia": a state's president
    taking part as a side of the meeting told ("встреча президента А с директором ФСБ России
    Б"), and the officials of one agency of one state (another, or his own), named as the
    English pipeline names such meetings."""
    heads = [p for p in people if "head" in p.cues]
    if len(heads) != 1 or not heads[0].title:
        return None
    head = heads[0]
    if not head.title.lower().startswith(("президент", "глава государства")):
        return None
    # one named with neither state nor title tells nothing of the sides
    others = [p for p in people if p is not head and (p.country or p.title)]
    states = {p.country for p in others}
    kinds = {kind_ru(p.title.lower()) if p.title else None for p in others}
    if len(states) != 1 or None in states or len(kinds) != 1:
        return None
    (state,), (kind,) = states, kinds
    if kind is None or (head.country is None and not head.title.lower().startswith("глава")):
        return None
    # "Глава государства принял директора ... Казахстана": the head of the state he receives
    # his own officials of
    home, guest = lex.country_name(head.country or state), lex.country_name(state)
    if home is None or guest is None:
        return None
    return f"President of {home} and {kind.singular} of {guest}"


def agency_and_organisation(
    lex: Lexicon,
    people: list[Participant],
    ctx: Context | None = None,
    part: dict[str, Span] | None = None,
) -> str | None:
    """ "Customs Service of Turkmenistan and United Nations Office on Drugs and Crime": the
    officials of one agency of one state meeting those of one international organisation
    ("встреча заместителя председателя таможенной службы Туркменистана А с региональным
    представителем УНП ООН Б"), named as the English pipeline names such meetings. The state's
    agency is the one its officials' titles name, else the one the text names with the state
    ("встреча заместителя Председателя Государственной таможенной службы Туркменистана с ...",
    the state's official unnamed), the one state taking part. None when neither names one
    agency, or a titled participant is of neither side."""
    home = [p for p in people if p.country and not p.organization]
    guests = [p for p in people if p.organization and not p.country]
    # one named with neither state nor organisation is of the state's side, when it is read
    # from the text ("директор Агентства")
    stateless = [p for p in people if not p.country and not p.organization]
    if not guests or len(home) + len(guests) + len(stateless) != len(people):
        return None
    if stateless and ctx is None:
        return None
    orgs = {p.organization for p in guests}
    states = {p.country for p in home} or set(part or ())
    if len(orgs) != 1 or len(states) != 1:
        return None
    (org_name,), (code,) = orgs, states
    org = lex.org_by_name(org_name)
    state = lex.country_name(code)
    if org is None or org.kind != "international" or state is None:
        return None
    other = org.name
    if all(p.title and _SECRETARY_GENERAL.match(p.title.lower()) for p in guests):
        # "Генеральный секретарь ОДКБ": the organisation's chief officer, as golds name him
        other = f"{org.acronym or org.name} Secretary General"
    titles = [p.title.lower() for p in home if p.title]
    if titles and all(_FOREIGN_MINISTRY.search(t) for t in titles):
        return f"Foreign Ministry of {state} and {other}"
    kinds = {k.key: k for t in titles if (k := kind_ru(t))}
    if kinds:
        if len(kinds) != 1 or len(titles) != len(home) or stateless:
            return None
        (kind,) = kinds.values()
    elif ctx is not None and part is not None and code in part:
        # the state's officials' titles name no kind ("директор Агентства") or none of them
        # is named: the agency the text names with the state
        named = _agency_named_with(ctx, code)
        if named is None or any(kind_ru(p.title.lower()) for p in stateless if p.title):
            return None
        kind = named
    else:
        return None
    return f"{kind.singular} of {state} and {other}"


# an agency's name before its state's, its words after the agency's noun up to seven:
# "в Агентстве по контролю за наркотиками при Президенте Республики Таджикистан"
_AGENCY_BEFORE_STATE = re.compile(
    r"(?:служб|министерств|комитет|агентств|ведомств|управлени|департамент|прокуратур|таможн)"
    r"[а-яё]*\s+(?:[а-яё-]+\s+){0,7}$"
)


def _agency_named_with(ctx: Context, code: str) -> AgencyKind | None:
    """The one kind of agency the text names with a state, its noun up to eight words before
    the state's name ("Государственной таможенной службы Туркменистана", "Агентстве по
    контролю за наркотиками при Президенте Республики Таджикистан"), if one."""
    found = _kind_named_with(ctx, code)
    if found is not None:
        return found
    low = ctx.low
    kinds = set()
    for g in ctx.geo:
        if g.kind == "city" or ctx.country_code(g) != code:
            continue
        start = ctx.doc.sentences[ctx.sent_idx(g.start)][0]
        before = _AGENCY_BEFORE_STATE.search(low, max(start, g.start - 90), g.start)
        if before is not None and (kind := kind_ru(before.group())) is not None:
            kinds.add(kind)
    return kinds.pop() if len(kinds) == 1 else None


_SECRETARY_GENERAL = re.compile(r"(?:генеральн\w+\s+секретар|генсек)")


# "рабочая встреча заместителей главных пограничных уполномоченных двух стран", "встреча
# пограничных представителей": the two states' border commissioners or representatives meet
_BORDER_DELEGATES = re.compile(
    r"\b(?:встреч|совещани|переговор|заседани)\w*\s+(?:[а-яё]+\s+){0,2}?"
    r"(?P<deputy>заместител\w+\s+главн\w+\s+)?пограничн\w+\s+"
    r"(?P<who>уполномоченн|представител)\w*"
)


def border_delegates(ctx: Context, part: dict[str, Span]) -> tuple[str, Span] | None:
    """ "Deputy Chief Border Commissioners of Belarus and Lithuania", "Border Representatives
    of Kyrgyzstan and Tajikistan": in the headline or the lead's first sentences, a meeting of
    the border commissioners (пограничные уполномоченные) or representatives of the two states
    taking part, named as golds name them."""
    if len(part) != 2:
        return None
    sentences = ctx.doc.sentences
    end = sentences[min(4, len(sentences)) - 1][1]
    if ctx.low.find("погранич", 0, end) == -1:
        return None
    m = _BORDER_DELEGATES.search(ctx.low, 0, end)
    if m is None:
        return None
    who = "Commissioners" if m.group("who") == "уполномоченн" else "Representatives"
    deputy = "Deputy Chief " if m.group("deputy") else ""
    names = sorted(ctx.lex.country_name(c) or c for c in part)
    return f"{deputy}Border {who} of {names[0]} and {names[1]}", ctx.span(m.start())


# "Министры внутренних дел Украины, Польши, Литвы ...", "встреча делегаций министерств
# внутренних дел Беларуси, Молдовы ...": whose agencies, then the list of their states
_HEADS_OF_LISTED = re.compile(
    r"\b(?:министр\w*|(?P<heads>глав\w*|руководител\w*)|делегаци\w*)\s+"
    r"(?P<what>(?:[а-яё-]+\s+){1,4}?)$"
)
_LIST_GAP = re.compile(r"\s*,\s*|\s+и\s+")


def listed_states_agencies(ctx: Context, part: dict[str, Span]) -> tuple[str, Span] | None:
    """ "Interior Ministries of Estonia, Latvia, Lithuania, Poland and Ukraine": in the
    headline or the lead's first sentences, the ministers, heads or delegations of one kind of
    agency of three or more states listed together, the states taking part ("Heads of Drug
    Control Agencies of ..." when their heads meet)."""
    sentences = ctx.doc.sentences
    for a, b in sentences[:3]:
        i = bisect_left(ctx.geo_starts, a)
        while i < len(ctx.geo) and ctx.geo[i].start < b:
            first = ctx.geo[i]
            head = _HEADS_OF_LISTED.search(ctx.low, max(a, first.start - 70), first.start)
            codes, j = [], i
            while head is not None and j < len(ctx.geo) and ctx.geo[j].start < b:
                g = ctx.geo[j]
                code = ctx.country_code(g)
                if g.kind == "city" or code is None or code in codes:
                    break
                if codes and not _LIST_GAP.fullmatch(ctx.low, ctx.geo[j - 1].end, g.start):
                    break
                codes.append(code)
                j += 1
            kind = kind_ru(head.group("what")) if head else None
            if kind is not None and len(codes) >= 3 and set(codes) == set(part):
                sides = [(ctx.lex.country_name(c) or c, kind) for c in codes]
                # "главы антинаркотических структур ...": the heads of the agencies meet
                heads = "Heads of " if head and head.group("heads") else ""
                return heads + agencies_name(sides, ctx), ctx.span(head.start())
            i = max(j, i + 1)
    return None


# States the reference data lists no country for, whose agencies meet as any state's do
# ("МВД Абхазии", "министр внутренних дел Южной Осетии", "Министерство юстиции ПМР"): their
# names as the golds write them, and their Russian stems, adjectives and acronyms
_UNRECOGNISED = (
    ("Abkhazia", re.compile(r"абхаз|\bапсны\b")),
    ("South Ossetia", re.compile(r"южн\w*\s+осети|югоосетин|\bрюо\b")),
    ("Transnistria", re.compile(r"приднестров|\bпмр\b")),
)
# how far into the report the sides' agencies are looked for: its headline and lead
_LEAD_SENTENCES = 4
# the words right before a state that name its agency: "делегация МВД ", "министр юстиции "
_KIND_BEFORE = re.compile(r"(?:[\w-]+\s+){1,4}$")
# the words right after a state's demonym that name its agency: "российского МЧС",
# "таджикских пограничников"
_KIND_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}[\w-]+")


def sides_in_lead(
    ctx: Context, people: list[Participant], part: dict[str, Span]
) -> tuple[str, Span] | None:
    """ "Emergencies Ministries of Belarus and Russia", "Interior Ministries of Abkhazia and
    Russia": with no body named, two sides' agencies meeting, each side's agency the kind its
    officials' titles give it, else the kind the headline or the lead names with the state
    ("делегация МЧС России", "МВД Абхазии", "российской таможни"); a side whose agency is
    unsaid is the other's counterpart. A side may be a state the reference data lists no
    country for (Abkhazia, South Ossetia, Transnistria), named in the lead or in a title."""
    sentences = ctx.doc.sentences[:_LEAD_SENTENCES]
    if not sentences:
        return None
    a, b = sentences[0][0], sentences[-1][1]
    lead = ctx.low[a:b]
    sides: dict[str, AgencyKind | None] = {}
    first = b
    for name, rx in _UNRECOGNISED:
        for m in rx.finditer(lead):
            before = _KIND_BEFORE.search(lead, max(0, m.start() - 50), m.start())
            kind = kind_ru(before.group()) if before else None
            if kind is None and name in sides:
                continue
            sides[name] = kind
            first = min(first, a + m.start())
            if kind is not None:
                break
    for p in people:
        title = (p.title or "").lower()
        named = next((name for name, rx in _UNRECOGNISED if rx.search(title)), None)
        if named is not None:
            sides[named] = sides.get(named) or kind_ru(title)
    for code in part:
        if code not in ctx.lex.by_code:
            continue
        kinds = [
            k
            for p in people
            if p.country == code
            and p.title
            and not any(rx.search(p.title.lower()) for _, rx in _UNRECOGNISED)
            and (k := kind_ru(p.title.lower()))
        ]
        name = ctx.lex.country_name(code) or code
        sides[name] = kinds[0] if kinds else _kind_in_lead(ctx, code, a, b)
    envoy = _envoy_in_lead(ctx, people, part, a, b)
    if envoy is not None:
        # an ambassador calling on the other side's agency: the agency and the embassy
        envoy_name = ctx.lex.country_name(envoy) or envoy
        home = [(name, k) for name, k in sides.items() if name != envoy_name]
        if not home:
            # the host state the text leaves out of the sides, its agency named in the lead
            lead_states = {
                code
                for m in ctx.geo
                if a <= m.start < b
                and m.kind != "city"
                and (code := ctx.country_code(m))
                and code != envoy
            }
            home = [
                (ctx.lex.country_name(code) or code, kind)
                for code in sorted(lead_states)
                if (kind := _kind_in_lead(ctx, code, a, b)) is not None
            ]
        if len(home) != 1 or home[0][1] is None:
            return None
        (host, kind), titles = home[0], [(p.title or "").lower() for p in people]
        agency = _own_name([t for t in titles if kind_ru(t) is kind], kind)
        return f"{agency} of {host} and Embassy of {envoy_name} in {host}", ctx.span(a)
    if len(sides) != 2:
        return None
    known = {k.key: k for k in sides.values() if k is not None}
    if not known:
        return None
    if any(k is None for k in sides.values()):
        if len(known) != 1:
            return None
        # the side whose agency the text leaves unsaid meets its counterpart
        other = next(iter(known.values()))
        sides = {name: k or counterpart(other) for name, k in sides.items()}
    pairs = [(name, k) for name, k in sides.items() if k is not None]
    return agencies_name(pairs), ctx.span(first if first < b else a)


def _kind_in_lead(ctx: Context, code: str, a: int, b: int) -> AgencyKind | None:
    """The kind of the agency the lead names with a state: in the words right before its name
    ("МЧС России") or right after its demonym ("российской таможни")."""
    for m in ctx.geo:
        if not a <= m.start < b or m.kind == "city" or ctx.country_code(m) != code:
            continue
        if m.kind == "demonym":
            after = _KIND_AFTER.match(ctx.low, m.end, min(b, m.end + 40))
            kind = kind_ru(after.group()) if after else None
        else:
            before = _KIND_BEFORE.search(ctx.low, max(a, m.start - 50), m.start)
            kind = kind_ru(before.group()) if before else None
        if kind is not None:
            return kind
    return None


# "Посол Республики Австрия", "посольства США", "поверенный в делах США": an envoy of the
# state named next
_ENVOY_BEFORE = re.compile(
    r"(?:\bпосол|\bпосла|\bпослом|посольств\w*|поверенн\w+\s+в\s+делах)"
    r"\s+(?:[\w-]+\s+){0,2}$"
)


def _envoy_in_lead(
    ctx: Context, people: list[Participant], part: dict[str, Span], a: int, b: int
) -> str | None:
    """The one state whose ambassador or embassy meets the other side: all of its titled
    officials are its envoys, or the lead names its envoy or embassy ("посол Австрии"),
    its officials being none of the others'."""
    envoys = set()
    for code in part:
        titles = [p.title.lower() for p in people if p.country == code and p.title]
        if titles and all(_ENVOY.search(t) or "посольств" in t for t in titles):
            envoys.add(code)
    for m in ctx.geo:
        if not a <= m.start < b or m.kind == "city":
            continue
        if _ENVOY_BEFORE.search(ctx.low, max(a, m.start - 45), m.start):
            code = ctx.country_code(m)
            if code and not any(
                p.country == code and p.title and not _ENVOY.search(p.title.lower()) for p in people
            ):
                envoys.add(code)
    return envoys.pop() if len(envoys) == 1 else None
