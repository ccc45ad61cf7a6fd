"""The venue, the convening body, the session's number, the states and international bodies
taking part, and the topics of a report in Russian.

Gazetteer hits come from the lexicon's one pass (Russian names in every case, see
:mod:`.gazetteer`); the rules here read the Russian sentence around them:

- Venue: a city after "в"/"во" in a sentence about the meeting ("в Ташкенте состоялось"),
  "в столице Азербайджана", "в казахстанской столице"; not the dateline's city, not a city in
  an organization's name or in background about another event; else a country in the same
  frame, or a national agency hosting ("В МВД Казахстана состоялась встреча").
- Taking part: a list of states after a participation cue ("приняли участие делегации ... А, Б и
  В", "представители А, Б"), after heads of delegations ("министры внутренних дел А, Б и В"),
  delegations and sides named by a demonym ("Казахстанскую делегацию", "белорусские коллеги"),
  the states of the participants, of a bilateral body's name, of a chairmanship handed over,
  and two or more states in the headline. Other states named are only mentioned, except the
  venue's state in parentheses after the city ("в Самарканде (Узбекистан)").
- Body: a known body after a meeting noun, in the headline or lead; else the phrase after the
  meeting noun ("заседание экспертной группы по ..."), rendered in English by the glossary.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

from ..body_names import codes_in, joint_agencies, joint_collegium, listed
from ..context import Context, Span
from ..countries import the_other_side
from ..lexicon import Match, Organization
from ..ordinals import roman_value
from ..rx import Prefixed
from ..topics import chosen_topics, field_of_body, topic_ref
from ..world_cities import WorldCity, world_city
from . import cues as C
from .chinese import place_pinyin
from .formats import central_asian_format, joint_collegia, member_format
from .morph import parse, plural_verb
from .numbers import compound_ordinal
from .people import latin
from .rendering import english_name, render

# "в Минске", "в городе-герое Бресте", "в кыргызстанском городе Чолпон-Ата", "на грузинском
# курорте Боржоми"; "посетил Эр-Рияд, где провел встречу": the town visited
# (a town named in quotes, as its checkpoint: "в пункте пропуска «Паланка»", "в “Паланке”")
_IN = re.compile(r"(?:\b(?:в|во|на|из)\s+(?:[а-яё]+(?:ском|цком)\s+)?(?:г\.\s*"
                 r"|город[еа](?:-герое)?\s+|столице\s+"
                 r"|курортном\s+|курорте\s+|горном\s+|городке\s+|поселке\s+|посёлке\s+"
                 r"|(?:международном\s+)?пункте\s+пропуска\s+)*"
                 r"|\bпосе(?:ти(?:л|ла|ли|т|ть)|щает|щают)\s+(?:г\.\s*|город\s+|порт\s+)?)"
                 r"[«“\"]?$")  # fmt: skip
_TOWN_IN_BRACKETS = re.compile(r"\bв\s+[^.;()]{3,60}\(\s*(?:г\.\s*|город\s+)$")
_CAPITAL = re.compile(
    r"\b[Вв]\s+(?:(?P<dem>[а-яё]+(?:ой|ей))\s+столице|столице\s+(?P<rest>[А-ЯЁ][^,.;]{2,40}))"
)
# "в Северной столице" (St Petersburg), "в южной столице Казахстана" (Almaty)
_NICKNAMED_CAPITAL = re.compile(r"\b[Вв]\s+(?P<side>[Сс]еверной|[Юю]жной)\s+столице\b")
_NICKNAMES = {"северной": "St. Petersburg", "южной": "Almaty"}
_HELD = re.compile(r"\b(?:состоял\w*|состоится|прош\w+|пройд\w+|проход\w+|проводит\w*|началось)\b")
_PAREN_AFTER = re.compile(r"\s*\(\s*$")


# "в Новополоцке", "в городе Манас": a place after "в", looked up in the morphology dictionary
# (the word start is looked behind for after the "в": a pattern that opens with a character
# class lets the engine skip ahead to the candidates)
_IN_TOWN = re.compile(
    r"[Вв](?<!\w[Вв])о?\s+(?P<town>(?:г\.\s*|(?:[а-яё]+(?:ском|цком)\s+)?(?:городе|городке|посёлке"
    r"|поселке|селе)\s+|районе\s+(?:[а-яё]+(?:ского|цкого)\s+)?(?:города|посёлка|поселка|села)\s+)?)"
    r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)\b"
)


# place names that are no town: continents and the large regions news copy names alone
_NOT_TOWNS = frozenset(
    """европа азия африка америка евразия австралия антарктида арктика сибирь урал кавказ
    закавказье прибалтика балтия скандинавия балканы ближний средний""".split()  # noqa: SIM905
)
# "Подмосковье", "Приморье", "Поволжье": a region named after what it lies by
_AREA = re.compile(r"(?:под|при|по|за)\w+ье$")


def _town_nominative(word: str, after_town_noun: bool) -> str | None:
    """The nominative of a place name the dictionary knows as one (tagged Geox), in the case
    "в" gives it (the locative; the nominative after "в городе")."""
    wanted = ("nomn", "loct") if after_town_noun else ("loct",)
    for p in parse(word.lower()):
        if p.tag.POS == "NOUN" and "Geox" in p.tag and p.tag.case in wanted:
            if p.normal_form in _NOT_TOWNS or _AREA.match(p.normal_form):
                return None  # a continent or a region ("в Европе", "в Подмосковье")
            return "-".join(part[:1].upper() + part[1:] for part in p.normal_form.split("-"))
    return None


# a town of another state than those the report names: only a big one
_BIG_TOWN = 1_000_000


def _unknown_town(
    ctx: Context, known_best: int, announcement: bool
) -> tuple[str, str | None, Span, float] | None:
    """A town the gazetteer does not know where the meeting is said to take place, scored as
    a known city is and taken only when it scores higher than every known one: its name in
    the nominative in Latin letters, and its state when given in brackets after it."""
    if known_best >= 5:
        return None  # a known city in the lead's meeting sentence: no town can score higher
    dl = ctx.doc.dateline
    best: tuple[int, re.Match[str], str] | None = None
    for m in _IN_TOWN.finditer(ctx.text):
        a, b = m.start("name"), m.end("name")
        if (dl and dl.start <= a < dl.end) or ctx.in_org(a, b) or _geo_at(ctx, a, b):
            continue
        name = _town_nominative(m.group("name"), bool(m.group("town"))) or _geonames_nominative(
            ctx, m.group("name"), bool(m.group("town"))
        )
        if name is None or ctx.lex.country_by_name(latin(name)) is not None:
            continue
        score = 2 + _place_score(ctx, ctx.sent_idx(a), a, announcement)
        if score >= 4 and score > known_best and (best is None or score > best[0]):
            best = (score, m, name)
    if best is None:
        return None
    _, m, name = best
    end = m.end("name")
    country = None
    # "в Самарканде (Узбекистан)", "в г. Тяньцзинь Китайской Народной Республики", "в городе
    # Ляньюньган китайской провинции Цзянсу": the state in brackets, in the genitive right
    # after the town, or as the adjective of its province
    after = re.match(
        r"\s*\(\s*([А-ЯЁ][^()]{2,40})\)|\s+(?=[А-ЯЁ])"
        r"|\s+(?=[а-яё]+(?:ской|цкой)\s+(?:провинции|области|республики|края|префектуры)\b)",
        ctx.text[end:],
    )
    given = None
    if after:
        for g in ctx.geo:
            if g.kind in ("country", "demonym") and end <= g.start <= end + len(after.group()):
                given = ctx.country_code(g)
                break
    # "проходит в Новополоцке", "в Харбине": the town GeoNames knows by that Russian name, in
    # the state the report gives it or names (or a big town, a capital), as the English
    # pipeline finds it; a town abroad is then named as GeoNames writes it in English
    # ("Харбин": "Harbin", not "Kharbin")
    named = (
        {given}
        if given
        else {ctx.country_code(g) for g in ctx.geo if g.kind in ("country", "demonym")}
    )
    town = _geonames_town(m.group("name"), name, bool(m.group("town")), named)
    if town is not None and given is not None and town.country != given:
        town = None
    country = ctx.lex.country_name(given or (town.country if town else None))
    if town is not None and town.country not in _RUSSIAN_NAMED:
        english = _plain_latin(town.name)
        known = ctx.lex.city_by_name(english)
        return known.name if known else english, country, ctx.span(m.start("name")), 0.45
    # a Chinese town in the Palladius system ("Тяньцзинь"): in pinyin, as English writes it
    chinese = place_pinyin(name) if country == "China" else None
    return chinese or latin(name), country, ctx.span(m.start("name")), 0.45


# the states of the former Soviet Union, whose towns English copy names as Russian spells
# them ("Bendery", "Kayrakkum"; GeoNames writes the local "Bender", "Qayroqqum")
_RUSSIAN_NAMED = frozenset("RU BY UA MD KZ KG TJ UZ TM AZ AM GE LT LV EE".split())  # noqa: SIM905


def _geonames_nominative(ctx: Context, word: str, after_town_noun: bool) -> str | None:
    """The nominative of a place name the dictionary does not know as one, when GeoNames knows
    a town by it in a state the report names (or a big town, a capital): "в городе Гулистон",
    "в Исфаре" ("Исфара")."""
    if not _CAPITALISED_WORD.fullmatch(word):
        return None
    named = {ctx.country_code(g) for g in ctx.geo if g.kind in ("country", "demonym")}
    names = _nominatives(word, after_town_noun, [word] if after_town_noun else [])
    return next((n for n in names if world_city(n, named, _BIG_TOWN) is not None), None)


_CAPITALISED_WORD = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁа-яё][а-яё]+)*")


def _nominatives(word: str, after_town_noun: bool, first: list[str]) -> list[str]:
    """``first``, then each capitalised nominative the dictionary gives ``word`` read as a noun
    in the case a place takes after "в" (after "город" also as it stands), without repeats."""
    wanted = ("nomn", "loct") if after_town_noun else ("loct",)
    names = list(first)
    for p in parse(word.lower()):
        if p.tag.POS == "NOUN" and p.tag.case in wanted:
            form = "-".join(part[:1].upper() + part[1:] for part in p.normal_form.split("-"))
            if form not in names:
                names.append(form)
    return names


def _geonames_town(
    word: str, nominative: str, after_town_noun: bool, named: set[str]
) -> WorldCity | None:
    """The GeoNames town called by the Russian ``nominative`` of ``word`` or, when the
    dictionary reads the word otherwise too, by another nominative of its case ("в Астаре":
    "Астара", not the indeclinable "Астаре"); by its Latin spelling as a last resort."""
    for name in [*_nominatives(word, after_town_noun, [nominative]), latin(nominative)]:
        town = world_city(name, named, _BIG_TOWN)
        if town is not None:
            return town
    return None


def _plain_latin(name: str) -> str:
    """A GeoNames name as English copy writes it: no diacritics ("Āstārā": "Astara"), the
    plain apostrophe ("Xi’an": "Xi'an")."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _geo_at(ctx: Context, a: int, b: int) -> bool:
    return any(g.start < b and a < g.end for g in ctx.geo)


# "прошедшего в городе Манасе", "состоявшемся в Гродно": held right there
_HELD_AT = re.compile(
    r"\b(?:прошедш|состоявш|проходивш|проходящ|прош[её]л|прошл[аио]|состоял|состоится|проходит"
    r"|пройд[её]т)\w*\s+(?:[а-яё]+\s+|\d{1,2}\s+[а-яё]+\s+(?:\d{4}\s+(?:года?\s+|г\.\s*)?)?)?"
    r"во?\s+(?:г\.\s*|городе\s+|городке\s+|посёлке\s+"
    r"|поселке\s+|селе\s+)?$"
)


# "В Ереван прибыли все главы государств", "Генпрокурор прибыл в Анкару": where those who
# take part came to
_ARRIVE = (
    r"(?:прибы(?:л|ла|ли|вает|вают)|прибуд(?:ет|ут)|прие(?:хал|хала|хали|дет|дут)"
    r"|прилет(?:ел|ела|ели|ит|ят)|съе(?:хались|дутся|дется)"
    # the guest "прибывшего в Ташкент", "приехавшие в Минск": a participle of the arrival
    r"|прибывш[а-яё]+|приехавш[а-яё]+|прилетевш[а-яё]+)"
)
_ARRIVED_AT = re.compile(rf"\b{_ARRIVE}\s+(?:[а-яё]+\s+){{0,3}}?во?\s+(?:г\.\s*|город\s+)?$")
# the town, then the day or the visit, then the verb: "В Бишкек 25 июля съедутся
# генпрокуроры", "в Оренбург с рабочим визитом прибыл министр"
_ARRIVED_AFTER = re.compile(
    r"[а-яё-]+(?:\s+\d{1,2}\s+[а-яё]+)?(?:\s+с\s+(?:рабочим\s+|официальным\s+)?визитом)?"
    rf"\s+{_ARRIVE}\b"
)


# "Госсекретарь во главе делегации посетил Брянск", "корабль посетит порт Баку", "принял
# находящегося с официальным визитом в Тбилиси начальника службы": the town the visitors
# are in is where they meet their hosts
_VISITED_AT = re.compile(
    r"\bпосе(?:ти(?:л|ла|ли|т|ть)|щает|щают)\s+(?:г\.\s*|город\s+|порт\s+)?$"
    r"|\bнаход(?:ящ\w+|ится|ятся)\s+с\s+(?:[а-яё]+\s+)?визитом\s+во?\s+(?:г\.\s*|городе\s+)?$"
)


# "в ходе визита грузинской делегации во главе с ... в Баку", "во время визита министра в
# Москву": the place of the visit during which the meeting is told
_DURING_VISIT_TO = re.compile(
    r"\b(?:в\s+ходе|во\s+время|в\s+рамках)\s+(?:[а-яё]+\s+)?визита\s+[^.;:()«»]{0,120}?\s"
    r"во?\s+$"
)


# a place, then the verb of discussing or signing: "Душанбе обсуждены", "Киеве подписан"
_DISCUSSED_AFTER = re.compile(
    r"[а-яё-]+\s+(?:обсужден[аоы]?|обсудили|обсуждают|обсуждаются|подписан[аоы]?|подписали)\b"
)


# what two sides did together: "главы ведомств подписали в Москве", "обсудили в Кишиневе"
_JOINT_ACT = re.compile(
    r"\b(?:подписали|обсудили|рассмотрели|договорились|согласовали|обменялись)\b"
)


_TOOK_PART = re.compile(r"\b(?:приня(?:л|ла|ли|в)|прим(?:ет|ут))\s+(?:[а-яё]+\s+)?участие\s+в")


def _place_score(ctx: Context, sentence: int, pos: int, announcement: bool) -> int:
    """How surely a place named in ``sentence`` is the venue: a meeting sentence (or a verb
    of holding right before the place), the headline or lead, or a lead telling what the
    sides did together there; not a sentence about another event, nor (in a report of a
    meeting held) one about a coming event ("Вице-премьеры проведут переговоры в Москве")."""
    held_at = (
        _HELD_AT.search(ctx.low, max(0, pos - 60), pos)
        or _DURING_VISIT_TO.search(ctx.low, max(0, pos - 140), pos)
        or _ARRIVED_AT.search(ctx.low, max(0, pos - 60), pos)
        or _VISITED_AT.search(ctx.low, max(0, pos - 60), pos)
        or _ARRIVED_AFTER.match(ctx.low, pos)
    )
    # a headline tells the meeting by what was discussed: "В Душанбе обсуждены перспективы"
    discussed = ctx.in_title(pos) and _DISCUSSED_AFTER.match(ctx.low, pos)
    # "29 ноября в Москве главы ведомств ... подписали соглашения": a lead with no meeting
    # word tells the meeting by what was done at it
    acted = sentence <= 2 and _JOINT_ACT.search(ctx.low, *ctx.doc.sentences[sentence])
    # "в городе Москве принял участие в конференции", "принял участие в семинаре,
    # организованном ... в Астане": the event one took part in, whatever its name
    took_part = (
        ctx.low.find("участи", *ctx.doc.sentences[sentence]) != -1
        and _TOOK_PART.search(ctx.low, *ctx.doc.sentences[sentence]) is not None
    )
    score = 2 if ctx.has(C.MEETING, sentence) or held_at or discussed or acted or took_part else 0
    if ctx.in_title(pos) or sentence <= 2:
        score += 1
    if (
        ctx.has(C.OTHER_EVENT, sentence)
        and not (held_at and _other_event_apart(ctx, sentence, pos))
    ) or _last_years_clause(ctx, sentence, pos):
        score -= 3
    if not announcement and ctx.has(C.FUTURE, sentence) and not ctx.has(C.HELD, sentence):
        score -= 1
    return score


def _other_event_apart(ctx: Context, sentence: int, pos: int) -> bool:
    """Whether every word of another event in the sentence lies outside the clause of the
    place at ``pos`` (between commas): "В ходе прошедшего в Ашхабаде заседания комиссии по
    консульским, пограничным ... вопросам была обсуждена реализация ранее достигнутых
    договоренностей" holds the meeting there; the earlier agreements are another clause's."""
    a, b = ctx.doc.sentences[sentence]
    start = max(ctx.low.rfind(",", a, pos), a)
    end = ctx.low.find(",", pos, b)
    end = b if end == -1 else end
    return not any(
        m.start() < end and m.end() > start for m in ctx.cue_finditer(C.OTHER_EVENT, a, b)
    )


_LAST_YEAR = re.compile(C.LAST_YEAR_RU)


def _last_years_clause(ctx: Context, sentence: int, pos: int) -> bool:
    """ "группы, заседание которой состоялось в октябре прошлого года в Оше,": a place in the
    clause that dates its event to a year before the news is that event's."""
    a, b = ctx.doc.sentences[sentence]
    start = max(ctx.text.rfind(",", a, pos), a)
    end = ctx.text.find(",", pos, b)
    return _LAST_YEAR.search(ctx.low, start, b if end == -1 else end) is not None


# "Позднее прошло заседание", "Затем состоялась встреча": the meeting follows what the
# sentence before tells, in the same place
_LATER = re.compile(r"(?:позднее|позже|затем|после этого|потом|там же)\b")


def _city_before_later(ctx: Context) -> Match | None:
    """A meeting told with no place of its own right after another event of the same day
    ("... возложили цветы к Вечному огню в Суздале. ... Позднее прошло заседание коллегии"):
    the city "в" the sentences before it name, when they name one city."""
    for i, (a, b) in enumerate(ctx.doc.sentences[:6]):
        if not (_LATER.match(ctx.low, a) and ctx.has(C.MEETING, i) and ctx.has(C.HELD, i)):
            continue
        if any(g.kind == "city" and a <= g.start < b for g in ctx.geo):
            return None
        lead = ctx.doc.sentences[max(0, i - 2)][0]
        cities = [
            g
            for g in ctx.geo
            if g.kind == "city"
            and lead <= g.start < a
            and _IN.search(ctx.low[max(0, g.start - 40) : g.start])
        ]
        if len({g.ref for g in cities}) == 1:
            return cities[0]
        return None
    return None


# "штаб-квартира которой находится в Женеве", "со штаб-квартирой в Москве": a seat
_SEAT_BEFORE = re.compile(r"штаб-квартир\w*|\b(?:находит|находят|расположен|базирует)\w*")


def _only_town_in_lead(ctx: Context, town: Match) -> bool:
    """Whether ``town`` is named "в" it in the headline or lead, not as a body's seat, alone
    in its sentence, and no other town of the report is named "в" it: the one place the
    news tells is where its meeting was."""
    dl = ctx.doc.dateline
    sentence = ctx.sent_idx(town.start)
    if not (ctx.in_title(town.start) or sentence <= 2):
        return False
    if not _IN.search(ctx.low[max(0, town.start - 40) : town.start]):
        return False
    if _SEAT_BEFORE.search(ctx.low, max(0, town.start - 60), town.start):
        return False
    a, b = ctx.doc.sentences[sentence]
    for g in ctx.geo:
        if g.kind != "city" or g.ref == town.ref or (dl and dl.start <= g.start < dl.end):
            continue
        if a <= g.start < b:
            return False
        if not ctx.in_org(g.start, g.end) and _IN.search(ctx.low[max(0, g.start - 40) : g.start]):
            return False
    return True


# "состоялся рабочий визит делегации ... в город Кабул", "визит министра в Минск": the town
# a guest's visit went to
_VISIT_TO_TOWN = re.compile(
    r"\bвизит(?:а|е|у|ом)?\s+(?:[^.;:«»()]{0,140}?\s)?во?\s+(?:г\.\s*|город\s+)?$"
)


_IN_A_MONTH = re.compile(
    r"\s+в\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре"
    r"|декабре)\b"
)


def _journey_town(ctx: Context, announcement: bool) -> Match | None:
    """The one town a guest's visit or arrival went to ("визит делегации ... в город Кабул",
    "прибыл в Ташкент"), when no town is named as the venue: the visitor met his hosts where
    he came. Not a town of another event's sentence, nor one of two towns visited."""
    if "визит" not in ctx.low and "прибы" not in ctx.low:
        return None
    dl = ctx.doc.dateline
    found = None
    for m in ctx.geo:
        if m.kind != "city" or (dl and dl.start <= m.start < dl.end) or ctx.in_org(m.start, m.end):
            continue
        if not (
            _VISIT_TO_TOWN.search(ctx.low, max(0, m.start - 160), m.start)
            or _ARRIVED_AT.search(ctx.low, max(0, m.start - 60), m.start)
        ):
            continue
        if _IN_A_MONTH.match(ctx.low, m.end):
            continue  # "визит ... в Рим в мае текущего года": a visit of its own month, before
        i = ctx.sent_idx(m.start)
        if ctx.has(C.OTHER_EVENT, i) or (not announcement and ctx.has(C.FUTURE, i)):
            continue
        if found is not None and found.ref != m.ref:
            return None  # two towns visited: which one the meeting was in is unsaid
        found = found or m
    return found


def find_venue(
    ctx: Context, announcement: bool = False
) -> tuple[str | None, str | None, Span | None, float]:
    lex = ctx.lex
    dl = ctx.doc.dateline
    best: Match | None = None
    best_score = 0
    for m in ctx.geo:
        if m.kind != "city" or (dl and dl.start <= m.start < dl.end) or ctx.in_org(m.start, m.end):
            continue
        sentence = ctx.sent_idx(m.start)
        before = ctx.low[max(0, m.start - 40) : m.start]
        score = (2 if _IN.search(before) else 0) + _place_score(
            ctx, sentence, m.start, announcement
        )
        if ctx.text[m.start - 1 : m.start] in (" ", ".") and _TOWN_IN_BRACKETS.search(
            ctx.low, max(0, m.start - 80), m.start
        ):
            # "в штаб-квартире АТЦ СНГ (г. Москва)", "в Синьцзян-Уйгурском автономном районе
            # (город Урумчи)": the town of the place just named
            score += 2
        if score > best_score:
            best, best_score = m, score
    # both patterns hold "столице": a text without it is not scanned for them
    capital = "столице" in ctx.text
    for m in _CAPITAL.finditer(ctx.text) if capital else ():
        code = None
        for g in ctx.geo:
            if m.start() <= g.start < m.end() and g.kind in ("country", "demonym"):
                code = ctx.country_code(g)
                break
        if code in lex.capital_of:
            sentence = ctx.sent_idx(m.start())
            score = 2 + (2 if ctx.has(C.MEETING, sentence) else 0) + (1 if sentence <= 2 else 0)
            if score > best_score:
                city = lex.capital_of[code]
                best = Match(m.start(), m.end(), "city", lex.city_list.index(city))
                best_score = score
    for m in _NICKNAMED_CAPITAL.finditer(ctx.text) if capital else ():
        city = lex.city_by_name(_NICKNAMES[m.group("side").lower()])
        score = 2 + _place_score(ctx, ctx.sent_idx(m.start()), m.start(), announcement)
        if city is not None and score > best_score:
            best = Match(m.start(), m.end(), "city", lex.city_list.index(city))
            best_score = score
    unknown = _unknown_town(ctx, best_score, announcement)
    if unknown is not None:
        return unknown
    if best is not None and best_score == 3 and _only_town_in_lead(ctx, best):
        best_score = 4
    if best is not None and best_score >= 4:
        city = lex.city_list[best.ref]
        conf = min(1.0, 0.5 + 0.1 * best_score)
        return city.name, lex.country_name(city.country), ctx.span(best.start), conf
    journey = _journey_town(ctx, announcement)
    if journey is not None:
        city = lex.city_list[journey.ref]
        return city.name, lex.country_name(city.country), ctx.span(journey.start), 0.45
    there = _city_before_later(ctx)
    if there is not None:
        city = lex.city_list[there.ref]
        return city.name, lex.country_name(city.country), ctx.span(there.start), 0.4
    # a state or a national agency with no city: "в Казахстане пройдет", "В МВД Казахстана
    # состоялась встреча"
    for m in ctx.geo + ctx.orgs:
        code = ctx.country_code(m)
        if code is None or m.kind == "city":
            continue
        sentence = ctx.sent_idx(m.start)
        before = ctx.low[max(0, m.start - 6) : m.start]
        at_agency = m.kind == "country" and _AT_AGENCY_OF.search(
            ctx.low, max(0, m.start - 70), m.start
        )
        if (
            (re.search(r"\bв\s+$", before) or at_agency)
            # "Об этом сообщили в Верховном суде Таджикистана": the source, not the place
            and not _SOURCE_IN.search(ctx.low, max(0, m.start - 70), m.start)
            and (ctx.has(C.MEETING, sentence))
            # (not "договорённостей, достигнутых в ходе визита ... в Турецкую Республику":
            # the state of another event's clause)
            and not (
                ctx.has(C.OTHER_EVENT, sentence) and not _other_event_apart(ctx, sentence, m.start)
            )
            and (
                m.kind == "country"
                or (m.kind == "org" and ctx.lex.org_list[m.ref].kind == "agency")
            )
        ):
            return None, lex.country_name(code), ctx.span(m.start), 0.4
    # "В Генеральной прокуратуре состоялась встреча генерального прокурора Казахстана ...": an
    # agency whose state goes unnamed, then the meeting of its head, of that state
    for m in _AGENCY_MEETING.finditer(ctx.low):
        sentence = ctx.sent_idx(m.start())
        if ctx.has(C.OTHER_EVENT, sentence):
            continue
        end = min(ctx.doc.sentences[sentence][1], m.end() + 100)
        g = bisect_left(ctx.geo_starts, m.end())
        if g < len(ctx.geo) and ctx.geo[g].start < end and ctx.geo[g].kind == "country":
            return None, lex.country_name(ctx.country_code(ctx.geo[g])), ctx.span(m.start()), 0.35
        break
    # "находящимся с визитом в Грузии министром ...": the state the guest visits hosts
    for m in ctx.geo:
        if m.kind == "country" and _ON_A_VISIT.search(ctx.low, max(0, m.start - 30), m.start):
            return None, lex.country_name(ctx.country_code(m)), ctx.span(m.start), 0.35
    for m in ctx.geo:
        sentence = ctx.sent_idx(m.start)
        if (
            m.kind == "country"
            and sentence <= 2
            and (
                _VISIT_TO.search(ctx.low, max(0, m.start - 100), m.start)
                or _TRIP_TO.search(ctx.low, max(0, m.start - 60), m.start)
                or (
                    _IN_BEFORE_STATE.search(ctx.low, max(0, m.start - 4), m.start)
                    and _GUEST_IS_THERE.match(ctx.low, m.end)
                )
            )
            and not ctx.has(C.OTHER_EVENT, sentence)
        ):
            return None, lex.country_name(ctx.country_code(m)), ctx.span(m.start), 0.35
    # "Президент Беларуси провел встречу с ...", "на встрече с Президентом Беларуси": a head
    # of state met, no place named, at home (when the lead names one state's president)
    presidents: dict[str | None, Span] = {}
    for i in range(min(3, len(ctx.doc.sentences))):
        a, b = ctx.doc.sentences[i]
        if not ctx.has(C.MEETING, i) or ctx.has(C.OTHER_EVENT, i) or ctx.has(C.FUTURE, i):
            continue
        for m in _PRESIDENT.finditer(ctx.low, a, b):
            if _OF_THE_PRESIDENT.search(ctx.low, max(0, m.start() - 30), m.start()):
                continue
            g = bisect_left(ctx.geo_starts, m.end())
            if g < len(ctx.geo) and ctx.geo[g].start == m.end() and ctx.geo[g].kind == "country":
                presidents.setdefault(ctx.country_code(ctx.geo[g]), ctx.span(m.start()))
    if len(presidents) == 1:
        code, span = presidents.popitem()
        return None, lex.country_name(code), span, 0.3
    return None, None, None, 0.0


_PRESIDENT = re.compile(r"\bпрезидент(?:а|ом|у|е)?\s+")
# "Агентство ... при Президенте Республики Таджикистан", "полномочный представитель
# президента Кыргызстана": an agency or an official of the president's, not the president
_OF_THE_PRESIDENT = re.compile(r"(?:\bпри|представител\w*|администраци\w*|аппарат\w*)\s+$")


# "В Генеральной прокуратуре Кыргызской Республики состоялась встреча", "в Министерстве
# внутренних дел Узбекистана": a meeting at a state's agency, the state named after it
_AGENCY_MEETING = re.compile(
    r"(?<![а-яё])во?\s+(?:[а-яё]+\s+){0,2}(?:прокуратур|министерств|мвд|мчс|комитет|служб"
    r"|ведомств|агентств|генпрокуратур)[а-яё]*\s+(?:состоял\w*|прош(?:ла|ло|ли|ел|ёл))\s+"
    r"(?:рабочая\s+|официальная\s+)?(?:встреча|заседание|совещание|переговоры)\s+"
)
_SOURCE_IN = re.compile(r"\bсообщ\w+\s+во?\s+(?:[а-яё]+\s+){0,5}$")
_AT_AGENCY_OF = re.compile(
    r"\bво?\s+(?:[а-яё]+\s+){0,2}(?:прокуратур|министерств|комитет|служб|управлени|ведомств"
    # "в Высшем судейском совете Республики Узбекистан", "в Верховном суде"
    r"|агентств|департамент|аппарат|мвд|мчс|фсб|кгб|гкнб|генпрокуратур)[а-яё]*\s+(?:[а-яё]+\s+){0,3}$"
    r"|\bво?\s+(?:[а-яё]+\s+){0,2}(?:совете|суде)\s+(?:[а-яё]+\s+){0,3}$"
)
_ON_A_VISIT = re.compile(r"\bс\s+(?:официальным\s+|рабочим\s+)?визитом\s+во?\s+$")
# "осуществила однодневный рабочий визит в Республику Молдову", "во время официального визита
# делегации МВД Беларуси во Вьетнам": the state the delegation visits
_VISIT_TO = re.compile(r"\bвизит[аеу]?\s+(?:[^.;:«»()]{0,80}?\s)?во?\s+(?:республик\w+\s+)?$")


# the guest's journey to the host state: "находится с рабочей поездкой в Кубе", "прибыл в
# Казахстан", "отбыл в Германию", "посетил Китай"
_TRIP_TO = re.compile(
    r"\b(?:поездк\w*|командировк\w*|прибыл\w*|прибыв\w*|отбыл\w*|находится|находятся"
    r"|находясь)\s+(?:[а-яё]+\s+){0,2}?во?\s+$|\bпосети(?:л|ла|ли|т)\s+$"
)

# the state, then the guest's arrival or stay: "в Азербайджан с официальным визитом прибыла
# делегация", "в Китае находилась делегация"
_IN_BEFORE_STATE = re.compile(r"\bво?\s+$")
_GUEST_IS_THERE = re.compile(
    r"\s+(?:\d{1,2}\s+[а-яё]+\s+)?(?:с\s+(?:[а-яё]+\s+)?визитом\s+)?"
    rf"(?:{_ARRIVE}|находил(?:ся|ась|ись)|находится|находятся|пребывал\w*)\b"
)


# --------------------------------------------------------------------------- countries
_LIST_GAP = re.compile(r"^\s*[,;]?\s*[—–•-]?\s*(?:и|а также)?\s*[,—–•-]?\s*$")
_STOP = re.compile(r"[.;:!?]")
# the states a side cooperates with: "о сотрудничестве с правоохранительными органами A, B"
_PARTNERS = re.compile(r"\b(?:сотрудничеств|взаимодейств)\w*\s+с(?:о)?\s")
_HEADS = re.compile(
    r"\b(?:министр\w*|руководител\w*|глав[аы]\s+мвд|делегаци\w*|представител\w*|командующ\w*"
    r"|генпрокурор\w*|генеральн\w+ прокурор\w*|секретар\w*|эксперт\w*|специалист\w*"
    r"|коллег\w* из|наблюдател\w* из)\b"
)
_SIDE = re.compile(
    r"\s*(?:и\s+[а-яё]+\s+)?(?:делегаци\w*|сторон\w*|коллег\w*|полицейск\w*|министр\w*"
    r"|правоохранител\w*|специалист\w*|пограничник\w*|партн[её]р\w*|ведомств\w*|мвд)\b"
)
_DELEGATION_OF = re.compile(r"делегаци\w*\s+(?:мвд\s+)?$")
_TOGETHER = re.compile(r"наряду\s+с\s+$")
_CHAIR_PASS = re.compile(r"председательств\w*[^.]{0,80}?\bот\s+$")


_MEMBERS_BEFORE = re.compile(r"\b(?:государств|стран)(?:-(?:членов|участников|участниц))?\s+$")
_ACRONYM_AFTER = re.compile(r"\s*\([^()]{2,12}\)")
_MEMBERSHIP = re.compile(r"\b(?:являются|являлись|входят|входит|членами)\b")


# "генпрокуратур Армении, Беларуси, профильных агентств Казахстана и Таджикистана": the list
# goes on with the states of other agencies
_AGENCIES_GAP = re.compile(
    r"\s*,\s*(?:и\s+|а также\s+)?(?:[а-яё]+(?:ых|их)\s+)?(?:ведомств|агентств|служб|органов"
    r"|министерств|прокуратур|генпрокуратур|комитетов|полиции|милиции|мвд)\s+$"
)


# "Республики Армения (в режиме видеоконференцсвязи), Республики Беларусь": an aside on how
# a listed state took part
_ASIDE = re.compile(r"\s*\([^()]{2,60}\)")


def _gap_ok(ctx: Context, a: int, b: int) -> bool:
    if _LIST_GAP.match(ctx.low[a:b]) or _AGENCIES_GAP.match(ctx.low[a:b]):
        return True
    aside = _ASIDE.match(ctx.low, a, b)
    if aside and _LIST_GAP.match(ctx.low[aside.end() : b]):
        return True
    gap = ctx.text[a:b]
    if len(gap) > 250 or _STOP.search(gap):
        return False
    for o in ctx.orgs:
        if a <= o.start and o.end <= b:
            gap = gap.replace(ctx.text[o.start : o.end], ",")
    return bool(re.fullmatch(r"[\s,]*(?:(?:и|а также|,)\s*)*", gap))


def _add(ctx: Context, part: dict[str, Span], code: str | None, pos: int) -> None:
    """A state taking part, with where the text first tells it."""
    if code and code not in part:
        part[code] = ctx.span(pos)


# "От Казахстана присутствует премьер-министр", "От Узбекистана на мероприятии
# присутствовал начальник ...": a sentence opening with the side a participant stands for
_FROM_SIDE_OPENING = re.compile(r"от\s+$")
_SIDE_TAKES_PART = re.compile(r"\b(?:участ\w*|присутству\w*|присутствова\w*|прибыл\w*|возглав\w*)")


def _side_opening(ctx: Context, part: dict[str, Span], sentence: int, named: list[Match]) -> None:
    """The state after the opening "От" of a sentence telling who takes part is a side."""
    if not named:
        return
    a, b = ctx.doc.sentences[sentence]
    first = named[0]
    if (
        first.kind == "country"
        and first.start - a <= 4
        and _FROM_SIDE_OPENING.fullmatch(ctx.low, a, first.start)
        and _SIDE_TAKES_PART.search(ctx.low, first.end, b)
    ):
        _add(ctx, part, ctx.country_code(first), first.start)


def _orgs_from(ctx: Context, a: int, b: int) -> list[Match]:
    """The organisations' hits starting in ``a:b``, in text order: a slice of ctx.orgs, which
    is sorted and does not overlap (ctx._org_starts, its starts, kept with it)."""
    starts = ctx._org_starts
    return ctx.orgs[bisect_left(starts, a) : bisect_left(starts, b)]


def _lists_after_cues(
    ctx: Context, part: dict[str, Span], sentence: int, named: list[Match]
) -> None:
    """States listed after a participation cue (any list) or after "heads of" (two or more)."""
    a, b = ctx.doc.sentences[sentence]
    cue_ends = []
    if ctx.has(C.PART, sentence) and named:
        cue_ends += [c.end() for c in ctx.cue_finditer(C.PART, a, b)]
    heads = [h.end() for h in _HEADS.finditer(ctx.low, a, b)] if named else []
    if named and ctx.has(C.MEETING, sentence):
        # "совещание руководителей ... государств-членов ШОС (ШОС) Кыргызстана, России и
        # Китая": the member states that meet, listed after their organisation
        for o in _orgs_from(ctx, a, b):
            if _MEMBERS_BEFORE.search(ctx.low, max(a, o.start - 30), o.start):
                acronym = _ACRONYM_AFTER.match(ctx.text, o.end)
                heads.append(acronym.end() if acronym else o.end)
    for end in cue_ends + heads:
        run: list[Match] = []
        for m in named:
            if m.start < end:
                continue
            if not run:
                # the name of the organisation whose members are listed does not count
                # towards the distance ("представители ведомств ... Организации Договора о
                # коллективной безопасности — России, Беларуси ...")
                gap = ctx.low[end : m.start]
                named_orgs = sum(o.end - o.start for o in _orgs_from(ctx, end, m.start))
                if m.start - end - named_orgs > 80 or _STOP.search(gap.rstrip(" :—–-")):
                    break
                if _PARTNERS.search(gap):
                    break  # "ознакомил делегацию с ... сотрудничеством с органами A, B": partners
            elif not _gap_ok(ctx, run[-1].end, m.start):
                break
            run.append(m)
        if run and (end in cue_ends or len(run) >= 2):
            for m in run:
                _add(ctx, part, ctx.country_code(m), m.start)


_STATES_LINK = re.compile(r"\s*(?:,\s*(?:и\s+)?|\s+и\s+)")
_VERB_AFTER = re.compile(r"\s+([а-яё]+)")


def _states_acting(ctx: Context, part: dict[str, Span], named: list[Match]) -> None:
    """ "Россия, Белоруссия и Казахстан обсудили ...": states listed as the subject of a verb
    in the plural act together, so take part."""
    run: list[Match] = []
    for m in named:
        if m.kind != "country":
            run = []
            continue
        if run and not _STATES_LINK.fullmatch(ctx.low, run[-1].end, m.start):
            run = []
        run.append(m)
        verb = _VERB_AFTER.match(ctx.low, m.end)
        if len(run) >= 2 and verb and plural_verb(verb.group(1)):
            for state in run:
                _add(ctx, part, ctx.country_code(state), state.start)


def _sides_and_delegations(
    ctx: Context, part: dict[str, Span], sentence: int, named: list[Match]
) -> None:
    """ "the Kazakh side", a state's delegation attending, attending together with a state,
    the chair passing to a state (and the one it passes from)."""
    a, b = ctx.doc.sentences[sentence]
    for m in named:
        if m.kind == "demonym" and _SIDE.match(ctx.low, m.end, b):
            _add(ctx, part, ctx.country_code(m), m.start)
        before = ctx.low[max(a, m.start - 40) : m.start]
        if m.kind == "country" and (
            (_DELEGATION_OF.search(before) and ctx.has(C.ATTEND, sentence))
            or (_TOGETHER.search(before) and ctx.has(C.ATTEND, sentence))
        ):
            _add(ctx, part, ctx.country_code(m), m.start)
        if m.kind == "country" and _agencies_meeting_before(ctx, a, m.start):
            _add(ctx, part, ctx.country_code(m), m.start)
        if _CHAIR_PASS.search(ctx.low, max(a, m.start - 120), m.start):
            _add(ctx, part, ctx.country_code(m), m.start)
            nxt = [n for n in named if n.start > m.end]
            if nxt and re.match(r"\s+к\s+$", ctx.low[m.end : nxt[0].start]):
                _add(ctx, part, ctx.country_code(nxt[0]), nxt[0].start)


# "встреча между таможенными службами Туркменистана и Узбекистана", "встреча заместителя
# Председателя Государственной таможенной службы Туркменистана с ...": the meeting's sides are
# the agencies of the states its noun phrase names
_MEETING_OF = re.compile(r"\b(?:встреч\w*|переговор\w*)\s+(?:между\s+)?")
_AGENCY_WORD = re.compile(
    r"\b(?:служб|министерств|мвд|мчс|комитет|ведомств|прокуратур|агентств|таможн|пограничн"
    r"|полици|управлени)"
)
_OUTSIDE_PHRASE = re.compile(r"[.,;:!?«»()\"]|\b(?:с|со|в|во|на|из|о|об|по|для|к|от|у)\s")


def _agencies_meeting_before(ctx: Context, a: int, pos: int) -> bool:
    """Whether the state at ``pos`` ends the noun phrase of a meeting of agencies that opens
    before it in the sentence (from ``a``): its agency is a side of the meeting."""
    last = [m.end() for m in _MEETING_OF.finditer(ctx.low, max(a, pos - 120), pos)][-1:]
    if not last:
        return False
    gap = ctx.low[last[0] : pos]
    return bool(_AGENCY_WORD.search(gap)) and not _OUTSIDE_PHRASE.search(gap)


# "Sputnik Беларусь", "Спутник Таджикистан": a news site named after a state
_NEWS_BRAND = re.compile(r"\b(?:sputnik|спутник)\s+$")


def _in_a_name(ctx: Context, m: Match) -> bool:
    """Whether a state's name is part of a name, not the state: in Russian copy a name in
    Latin letters is an agency's or a site's ("Kazakhstan Today"), as is a state after a news
    brand ("Sputnik Беларусь")."""
    return bool(
        re.search(r"[A-Za-z]", ctx.text[m.start : m.end])
        or _NEWS_BRAND.search(ctx.low, max(0, m.start - 10), m.start)
    )


def _mentioned(
    ctx: Context, states: list[Match], part: dict[str, Span], venue: str | None
) -> dict[str, Span]:
    """The states named and not taking part (not the venue's state)."""
    mentioned: dict[str, Span] = {}
    for m in states:
        code = ctx.country_code(m)
        if not code or code in part or code in mentioned or ctx.in_org(m.start):
            continue
        if (
            venue
            and ctx.lex.country_name(code) == venue
            and not _MEMBERSHIP.search(ctx.low, *ctx.doc.sentences[ctx.sent_idx(m.start)])
        ):
            # "в Самарканде (Узбекистан)", "В Армении состоится заседание", "министр
            # Таджикистана" in Dushanbe: the host's state, not a state only mentioned, unless
            # it is named among a body's members
            continue
        mentioned[code] = ctx.span(m.start)
    return mentioned


# "в городе Манасе в Киргизии": the state where the city lies
_CITY_IN = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*\s+во?\s+$")


def _host_takes_part(ctx: Context, part: dict[str, Span], states: list[Match], venue: str) -> None:
    """The host state of a meeting held takes part when the report names it (not only its
    city, not in brackets after it, not among a body's members) and it is one of the states
    these bodies gather ("В Таджикистан также прибыли ..."); a meeting held abroad does not
    make the host a participant."""
    country = ctx.lex.country_by_name(venue)
    if country is None or not country.cis or country.code in part:
        return
    for m in states:
        if ctx.country_code(m) != country.code or ctx.in_org(m.start):
            continue
        sentence = ctx.sent_idx(m.start)
        a, b = ctx.doc.sentences[sentence]
        if (
            _PAREN_AFTER.search(ctx.text, max(0, m.start - 3), m.start)
            or _CITY_IN.search(ctx.text, max(0, m.start - 40), m.start)
            or _MEMBERSHIP.search(ctx.low, a, b)
            or ctx.has(C.OTHER_EVENT, sentence)
        ):
            continue  # "в Минске (Республика Беларусь)", "в Манасе в Киргизии", "Членами ..."
        _add(ctx, part, country.code, m.start)
        return


# "сообщили в пресс-службе ...", "со ссылкой на ...": the agency tells the news
_SOURCE_BEFORE = re.compile(
    r"(?:сообщ\w*|пресс-служб\w*|пресс-центр\w*|ссылкой на|по информации|по данным"
    r"|общественных связей|официальн\w* сайт\w*)[^.;!?\n]{0,50}$"
)


# "причина отсутствия главы МВД ...", "не принял участия", "не приехал": who was away
_ABSENCE = re.compile(
    r"\bотсутстви\w*|\bне\s+(?:принял\w*|приня\w*)\s+участи|\bне\s+участвовал\w*"
    r"|\bне\s+(?:приехал|прибыл)\w*|\bбойкотировал\w*|\bпроигнорировал\w*"
)


def _agencies_taking_part(ctx: Context, part: dict[str, Span]) -> None:
    """A state named only by its agency ("встреча руководителей МВД Кыргызстана и
    Росгвардии", "коллегия с МВД России") takes part through it; not when the agency only
    tells the news ("сообщили в пресс-службе ФСБ"), nor in a sentence about who belongs to a
    body, about another event or about who was away ("причина отсутствия главы МВД ...")."""
    org_list = ctx.lex.org_list
    for m in ctx.orgs:
        o = org_list[m.ref]
        if not o.country or o.country in part or o.kind not in ("agency", "body"):
            continue
        sentence = ctx.sent_idx(m.start)
        a, b = ctx.doc.sentences[sentence]
        if (
            _SOURCE_BEFORE.search(ctx.low, max(a, m.start - 70), m.start)
            or _MEMBERSHIP.search(ctx.low, a, b)
            or ctx.has(C.OTHER_EVENT, sentence)
            or _ABSENCE.search(ctx.low, a, b)
        ):
            continue
        _add(ctx, part, o.country, m.start)


# "стороны обсудили", "двух стран", "обеих стран": a meeting of two sides
_TWO_SIDES = re.compile(r"\b(?:стороны|сторон|двух стран|обеих стран)\b")


_PLACE_BEFORE = re.compile(r"\b(?:в|во|из|на территории)\s+$")
_HEADLINE_CHARS = 300


def find_countries(
    ctx: Context,
    person_countries: list[tuple[str, int]],
    body_match: Match | None,
    venue: str | None,
    announcement: bool = False,
) -> tuple[dict[str, Span], dict[str, Span], float]:
    """The states taking part (lists, sides, delegations, the title, the body's name, people
    taking part) and those only mentioned, with a confidence."""
    part: dict[str, Span] = {}
    states = [m for m in ctx.geo if m.kind in ("country", "demonym") and not _in_a_name(ctx, m)]
    starts = [m.start for m in states]  # in text order, as ctx.geo: a sentence's are a slice
    for sentence, (a, b) in enumerate(ctx.doc.sentences):
        # "руководители спецслужб всех стран, за исключением Туркмении": that state is absent
        in_sentence = states[bisect_left(starts, a) : bisect_left(starts, b)]
        named = [m for m in in_sentence if not C.excepted(ctx.low, a, m.start)]
        if not named:
            continue
        if _MEMBERSHIP.search(ctx.low, a, b):
            named = []  # "Членами совета являются ...", "В состав СНГ входят ...": who belongs
        if ctx.has(C.OTHER_EVENT, sentence) and ctx.has(C.MEETING, sentence):
            continue  # "Напомним, предыдущее заседание прошло с участием делегаций ...": another
        _lists_after_cues(ctx, part, sentence, named)
        _side_opening(ctx, part, sentence, named)
        _sides_and_delegations(ctx, part, sentence, named)
        _states_acting(ctx, part, named)
    # the sides a headline names ("Главы МВД России и Казахстана ..."), not a place where
    # something happens or comes from ("... с наркопроизводством в Афганистане"); a page of
    # one paragraph has no headline, though cleaning takes its one line for a title
    ts = ctx.doc.title_span
    headline = ts is not None and ts[1] - ts[0] <= _HEADLINE_CHARS
    title = [
        m
        for m in states
        if headline
        and ctx.in_title(m.start)
        and not _PLACE_BEFORE.search(ctx.low, max(0, m.start - 16), m.start)
    ]
    if len({ctx.country_code(m) for m in title}) >= 2:
        for m in title:
            _add(ctx, part, ctx.country_code(m), m.start)
    if body_match is not None:
        for m in states:
            if body_match.start <= m.start < body_match.end:
                _add(ctx, part, ctx.country_code(m), m.start)
    _agencies_taking_part(ctx, part)
    for code, pos in person_countries:
        _add(ctx, part, code, pos)
    if venue and not announcement:
        _host_takes_part(ctx, part, states, venue)
    mentioned = _mentioned(ctx, states, part, venue)
    the_other_side(ctx, part, mentioned, _TWO_SIDES)
    conf = 0.9 if len(part) >= 2 else 0.7 if part else 0.3
    return part, mentioned, conf


# --------------------------------------------------------------------------- body
_MEETING_NOUN = re.compile(r"\b(?:заседани[еия]|совещани[еия]|встреч[аиеу]|сесси[ия])\s+$")
_ORG_REFERENCE = re.compile(r"\b(?:секретариат\w*|представител\w*|исполком\w*|при|от)\s+$")
# "соглашения об образовании Совета ...", "необходимость создания Совета": a body yet to be
# set up is what an agreement or a plan is about, not who meets
_TO_BE_FOUNDED = re.compile(r"\b(?:образовани|создани|учреждени)[еяию]\s+$")
_PHRASE = re.compile(
    r"\b(?:заседани[еия]|совещани[еия]|встреч[аиеу])\s+"
    r"(?P<b>(?:[а-яё]+(?:ых|ой|ого|ый|ое)\s+)?(?:совет|межгоссовет|совещани|комитет|комисси|коллеги|групп"
    r"|министр|руководител|глав|секретар|командующ|генпрокурор|генеральн|эксперт|начальник)"
    r"\w*[^.;()«»\"\n]*)",  # not past the line: a headline has no full stop
    re.IGNORECASE,
)
_PHRASE_END = re.compile(
    r"\s+(?:в|во|на|по итогам|состоял\w*|состоится|прош\w+|пройд\w+|проход\w+|под|где"
    r"|который|которое|которая|обсуд\w*|рассмотр\w*|делегаци\w*)\s"
    r"|,\s+(?!(?:[А-ЯЁ][а-яё]+\s+)?[А-ЯЁ])"
    r"|(?<!борьбе)\s+с\s"  # "по борьбе с киберпреступностью" is part of the name
)
_HEADS_OF_MEMBERS = re.compile(
    r"(?:^|(?<=\n))(?:Главы|Руководители|Министры|Командующие|Генпрокуроры|Секретари)\s+"
    r"[^.;:()«»\n]{2,80}?\s(?:стран|государств(?:-членов|-участников)?)\b"
)
_INTERIOR_HEADS = re.compile(
    r"(?:главы|руководители|министры)\s+(?:мвд|министерств\s+внутренних\s+дел|внутренних\s+дел)\b"
)
# "совместная коллегия", "объединённое заседание коллегий МВД А и Б"
_JOINT = re.compile(
    r"\b(?:объедин[её]нн\w+|совместн\w+)\s+(?:(?:расширенн\w+\s+)?заседани\w+\s+)?коллеги\w+"
)
# "МВД Узбекистана и Таджикистана", "Министерства внутренних дел Грузии и Азербайджана"
_MVD_PAIR = re.compile(
    r"\b(?:мвд|министерств[аоу]?\s+внутренних\s+дел)\s+(?P<a>[а-яё]+)\s+и\s+(?P<b>[а-яё]+)\b"
)


# "В заседании приняли участие представители и эксперты A, B, а также Совета ...": a body in
# the list of those taking part, after the representatives and with no meeting named between
_TAKING_PART = re.compile(r"\b(?:принял[аио]?\s+участие|участвовал[аио]?)\b")
_REPRESENTATIVES = re.compile(r"\bпредставител\w*")
_MEETING_WORD = re.compile(r"\b(?:заседани|совещани|встреч|сесси)\w*")


def _listed_as_taking_part(ctx: Context, pos: int) -> bool:
    """Whether the body named at ``pos`` is one of those whose representatives took part, as
    the sentence lists them before it: a participant, not the convener."""
    a = ctx.doc.sentences[ctx.sent_idx(pos)][0]
    head = ctx.low[a:pos]
    part = _TAKING_PART.search(head)
    reps = _REPRESENTATIVES.search(head, part.end()) if part else None
    return reps is not None and _MEETING_WORD.search(head, reps.end()) is None


# "заседание экспертной рабочей группы при Совещании министров обороны ШОС", "заседания
# временной Рабочей группы при Комитете секретарей советов безопасности ОДКБ": a body's own
# working group meets, the body itself does not
_GROUP_UNDER = re.compile(
    r"\b(?:заседани|совещани|встреч)\w*\s+(?:(?![а-яё]+(?:ой|ей)\s)[\w-]+\s+)?(?P<adj>(?:[а-яё]+(?:ой|ей)\s+){0,2})"
    r"рабоч(?:ей|ая)\s+групп[ыа]\s+при\s+$"
)
_GROUP_ADJECTIVES = (
    ("экспертн", "Expert"),
    ("временн", "Temporary"),
    ("специальн", "Special"),
    ("постоянн", "Permanent"),
    ("совместн", "Joint"),
)


def _working_group_under(ctx: Context) -> tuple[str, Span, float, None] | None:
    """ "Expert Working Group under the Meeting of Defence Ministers of SCO Member States": the
    working group a known body has, whose meeting the lead reports."""
    if "групп" not in ctx.low:
        return None
    sentences = ctx.doc.sentences
    # the lead, with a dateline standing as a sentence of its own
    lead_end = sentences[min(4, len(sentences)) - 1][1]
    for m in ctx.orgs:
        if m.start >= lead_end:
            break
        org = ctx.lex.org_list[m.ref]
        if org.kind != "body":
            continue
        a = ctx.doc.sentences[ctx.sent_idx(m.start)][0]
        found = _GROUP_UNDER.search(ctx.low, max(a, m.start - 90), m.start)
        if found is None:
            continue
        words = [
            english
            for word in found.group("adj").split()
            for stem, english in _GROUP_ADJECTIVES
            if word.startswith(stem)
        ]
        name = " ".join([*words, "Working Group under the", org.name])
        return name, ctx.span(m.start), 0.6, None
    return None


def find_body(
    ctx: Context, participating: list[str]
) -> tuple[str | None, Span | None, float, Match | None]:
    lex = ctx.lex
    group = _working_group_under(ctx)
    if group is not None:
        return group
    scores: dict[int, float] = {}
    first: dict[int, Match] = {}
    for m in ctx.orgs:
        org = lex.org_list[m.ref]
        if org.kind != "body":
            continue
        before = ctx.low[max(0, m.start - 40) : m.start]
        if _ORG_REFERENCE.search(before):
            continue  # "Секретариат Координационного совета": the body's office
        if _TO_BE_FOUNDED.search(before):
            continue
        if _listed_as_taking_part(ctx, m.start):
            continue
        s = 1.0
        if ctx.in_title(m.start):
            s += 3
        if _MEETING_NOUN.search(before) or re.search(r"\d+-\w+\s+$", before):
            s += 3
        sentence = ctx.sent_idx(m.start)
        if sentence <= 3:
            s += 2
        if ctx.has(C.MEETING, sentence):
            s += 1
        scores[m.ref] = scores.get(m.ref, 0) + s
        first.setdefault(m.ref, m)
    if scores:
        ref = max(scores, key=lambda r: (scores[r], -first[r].start))
        m = first[ref]
        return lex.org_list[ref].name, ctx.span(m.start), min(1.0, 0.5 + scores[ref] / 10), m
    assembly = _general_assembly(ctx) or _organisations_plenary(ctx)
    if assembly is not None:
        return (*assembly, None)
    council = _organisations_council(ctx)
    if council is not None:
        return (*council, None)
    member = member_format(ctx) or joint_collegia(ctx) or central_asian_format(ctx)
    if member is not None:
        return (*member, None)
    # the pattern's words, looked for first: most texts have no joint collegium
    low = ctx.low
    joint = (
        _JOINT.search(low) if "коллеги" in low and ("совместн" in low or "объедин" in low) else None
    )
    if joint:
        start, end = ctx.doc.sentences[ctx.sent_idx(joint.start())]
        # whose collegium: "коллегии генпрокуратур", "коллегию двух ведомств" of prosecutors
        agencies = joint_agencies(ctx.low, joint.end(), end)
        # the states of a trilateral collegium, named in its sentence ("Россия, Белоруссия и
        # Казахстан обсудили ... в рамках совместной коллегии", "совместной коллегии МЧС России,
        # Белоруссии и МВД Казахстана") when fewer states are known to take part
        named = [lex.country_name(c) or c for c in codes_in(ctx, start, end)]
        if len(participating) == 2:
            a, b = participating
            name, known = joint_collegium(ctx, agencies, a, b)
            return name, ctx.span(joint.start()), 0.7 if known else 0.5, None
        if len(named) == 3 and len(participating) < 3:
            name = f"Joint Collegium of the {agencies} of {listed(sorted(named))}"
            return name, ctx.span(joint.start()), 0.5, None
    found = _phrase_body(ctx)
    if found is not None:
        return found
    pair = _MVD_PAIR.search(ctx.low)
    if pair:
        codes = [ctx.country_code(g) for g in ctx.geo if pair.start() <= g.start < pair.end()]
        names = [lex.country_name(c) for c in codes if c]
        if len(names) == 2:
            return (
                f"Interior Ministries of {names[0]} and {names[1]}",
                ctx.span(pair.start()),
                0.4,
                None,
            )
    return None, None, 0.0, None


def _organisations_council(ctx: Context) -> tuple[str, Span, float] | None:
    """ "заседании Региональной антитеррористической структуры организации (РАТС), которое
    проходит 8 апреля": a sitting of an organisation is a sitting of its council, when the
    reference data knows one ("Council of the SCO Regional Anti-Terrorist Structure")."""
    for m in ctx.orgs:
        if not _MEETING_NOUN.search(ctx.low, max(0, m.start - 20), m.start):
            continue
        council = ctx.lex.org_by_name(f"Council of the {ctx.lex.org_list[m.ref].name}")
        if council is not None and council.kind == "body":
            return council.name, ctx.span(m.start), 0.5
    return None


# "в ходе 85-й сессии Генеральной ассамблеи Интерпола": an organisation's assembly in session
_ASSEMBLY = re.compile(
    r"\b(?:сесси|заседани)\w*\s+(?:[а-яё]+\s+)?[Гг]енеральн\w+\s+[Аа]ссамбле\w+\s+(?=[А-ЯЁA-Z])"
)


def _general_assembly(ctx: Context) -> tuple[str, Span, float] | None:
    """The session of an international organisation's General Assembly the report tells of
    ("Мэн Хунвэя избрали в ходе 85-й сессии Генеральной ассамблеи Интерпола"): "<organisation>
    General Assembly"."""
    for m in _ASSEMBLY.finditer(ctx.text) if "ссамбле" in ctx.text else ():
        org = ctx.org_at(m.end())
        if org is not None and ctx.lex.org_list[org.ref].kind == "international":
            return f"{ctx.lex.org_list[org.ref].name} General Assembly", ctx.span(m.start()), 0.5
    return None


# "28-е Пленарное заседание Евразийской группы ...", "пленарной недели ЕАГ", "Межсессионное
# заседание ЕАГ": an international organisation's own plenary or intersessional sitting
_PLENARY_BEFORE = re.compile(
    r"\b(?:пленарн|межсессионн)\w+\s+(?:заседани|недел|сесси|встреч)\w*\s+$"
)


def _organisations_plenary(ctx: Context) -> tuple[str, Span, float] | None:
    """The international organisation whose plenary or intersessional sitting the report
    tells of: it convenes the meeting itself."""
    for m in ctx.orgs:
        org = ctx.lex.org_list[m.ref]
        if org.kind != "international":
            continue
        if _PLENARY_BEFORE.search(ctx.low, max(0, m.start - 40), m.start):
            return org.name, ctx.span(m.start), 0.5
    return None


def _phrase_body(ctx: Context) -> tuple[str, Span, float, None] | None:
    """ "Главы МВД стран ШОС ...": the heads of an organization's member states, in the
    headline or lead, are the format that meets; else "заседание экспертной группы по ...":
    the phrase after a meeting noun in the headline or the first sentences, in English."""
    limit = ctx.doc.sentences[min(3, len(ctx.doc.sentences) - 1)][1]
    for m in _HEADS_OF_MEMBERS.finditer(ctx.text, 0, limit):
        org = next((o for o in ctx.orgs if m.end() <= o.start < m.end() + 40), None)
        if org is None or _STOP.search(ctx.text, m.end(), org.end):
            continue
        if _INTERIOR_HEADS.match(ctx.low, m.start()):
            # "Главы МВД стран ШОС": the interior ministers of the organization's states
            name = f"Interior Ministers of {english_name(ctx, org)} Member States"
            return name, ctx.span(m.start()), 0.35, None
        english = render(ctx, m.start(), org.end)
        if english:
            return english, ctx.span(m.start()), 0.35, None
    for m in _PHRASE.finditer(ctx.text, 0, limit):
        # "Совещание руководителей ...": a capitalised meeting noun is part of the name
        a = m.start() if ctx.text[m.start()].isupper() else m.start("b")
        end = _PHRASE_END.search(ctx.text, a, m.end("b"))
        b = end.start() if end else m.end("b")
        phrase = ctx.text[a:b].strip(" ,")
        if len(phrase.split()) < 2:
            continue
        english = render(ctx, a, a + len(phrase))
        if english:
            return english, ctx.span(a), 0.4, None
    return None


# --------------------------------------------------------------------------- ordinal
_NOUN = r"(?:заседани\w*|совещани\w*|сесси\w*|встреч\w*|раз)"
_ORDINAL = re.compile(
    rf"\b(?:(?P<num>\d{{1,3}})-?(?:[а-яё]{{1,3}})?|(?P<roman>(?-i:[IVXLCХІ]{{1,7}}))|(?P<word>[а-яё]+(?:ый|ой|ий|ое|ее|ая|ье|ья|ого|его|ом|ем)))"
    rf"\s+(?:[а-яё]+\s+){{0,2}}?{_NOUN}\b",
    re.IGNORECASE,
)
# What a match of _ORDINAL or _ORDINAL_AFTER is made of: word characters, spaces and hyphens,
# around a meeting noun. Any other character ends the stretch of text one can lie in.
_NOT_IN_ORDINAL = re.compile(r"[^\w\s-]")
_NOUN_STEMS = ("заседани", "совещани", "сесси", "встреч")
# letters that case-insensitive matching takes for с, д, о, в, т but str.lower() keeps as they
# are (old Cyrillic letter forms): with one of them the text is searched whole
_OTHER_CASE_FORMS = "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85"


def _noun_positions(ctx: Context) -> list[int] | None:
    """Where a meeting noun (_NOUN) may start, sorted; None when that cannot be told by plain
    substring search of the lower-cased text."""
    text, low = ctx.text, ctx.low
    if any(ch in text for ch in _OTHER_CASE_FORMS):
        return None
    nouns = []
    for stem in _NOUN_STEMS:
        at = low.find(stem)
        while at != -1:
            nouns.append(at)
            at = low.find(stem, at + 1)
    at = low.find("раз")
    while at != -1:
        after = text[at + 3 : at + 4]
        if not (after.isalnum() or after == "_"):  # "раз" is the whole noun: a boundary after
            nouns.append(at)
        at = low.find("раз", at + 1)
    nouns.sort()
    return nouns


def _noun_stretches(ctx: Context) -> list[tuple[int, int]] | None:
    """The stretches of text between characters no ordinal phrase holds that contain a
    meeting noun (_NOUN), in text order; None when they cannot be told by plain substring
    search of the lower-cased text (then the whole text is searched). The case-insensitive
    regexes are slow to try at every word: tried only there, they find the same matches."""
    nouns = _noun_positions(ctx)
    if not nouns:
        return nouns
    text = ctx.text
    n = len(text)
    reverse = text[::-1]
    out: list[tuple[int, int]] = []
    for q in nouns:
        if out and q < out[-1][1]:
            continue  # in the stretch already taken
        before = _NOT_IN_ORDINAL.search(reverse, n - q)
        a = n - before.start() if before else 0
        after_m = _NOT_IN_ORDINAL.search(text, q)
        out.append((a, after_m.start() if after_m else n))
    return out


def _before_noun_windows(ctx: Context) -> list[tuple[int, int]] | None:
    """Where a match of _ORDINAL can lie, in text order (None: anywhere). A match is the
    number or ordinal word, at most two words and the noun, with spaces between and none
    inside: it ends in the word that opens with the noun and starts at most three words
    before it. Those windows, merged where they overlap, hold every match, and a scan of a
    window finds the same ones as the scan of the whole text (none crosses a window's edge)."""
    nouns = _noun_positions(ctx)
    if nouns is None:
        return None
    text = ctx.text
    n = len(text)
    out: list[tuple[int, int]] = []
    for q in nouns:
        start = end = q
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < n and not text[end].isspace():
            end += 1
        for _ in range(3):  # three words back
            while start > 0 and text[start - 1].isspace():
                start -= 1
            while start > 0 and not text[start - 1].isspace():
                start -= 1
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _ordinal_finditer(rx: re.Pattern[str], ctx: Context) -> list[re.Match[str]]:
    """``list(rx.finditer(ctx.text))`` for _ORDINAL and _ORDINAL_AFTER (see _noun_stretches
    and, for _ORDINAL, the narrower _before_noun_windows)."""
    stretches = _before_noun_windows(ctx) if rx is _ORDINAL else _noun_stretches(ctx)
    if stretches is None:
        return list(rx.finditer(ctx.text))
    return [m for a, b in stretches for m in rx.finditer(ctx.text, a, b)]


# "следующее", "прошлое заседание": another sitting ("прошло 91-е заседание" is this one)
_NOT_THIS = re.compile(
    r"\b(?:следующ\w*|предыдущ\w*|прошл(?:ый|ое|ая|ого|ой|ом|ую|ые|ых)|предстоящ\w*),?\s+$"
)


# an event the meeting is held within or beside: "в рамках участия в 67-й сессии", "для
# участия в 55-ой сессии Подкомиссии", "на полях 30-го заседания"
_FRAME_BEFORE = re.compile(
    r"\b(?:в\s+рамках(?:\s+участия\s+в)?|для\s+участия\s+в|на\s+полях|в\s+ходе\s+участия\s+в)"
    r"\s+$"
)


# "заседание стало двадцатым": the ordinal after the noun and a copula
_ORDINAL_AFTER = re.compile(
    rf"\b{_NOUN}\s+(?:стал[оаи]?|было|была|является)\s+(?:уже\s+)?"
    r"(?P<card>(?:[а-яё]+\s+){0,2}?)"
    r"(?P<word>[а-яё]+(?:ым|ой))\b",
    re.IGNORECASE,
)
# "проходит 27-й Координационный совет": the ordinal right before the body's name
_ORDINAL_BEFORE_BODY = re.compile(
    r"\b(?:(?P<num>\d{1,3})-?(?:[ыои]?[йгмх]|ое|ый|ая|го|ого|му)|(?P<word>[а-яё]+(?:ый|ой|ий"
    r"|ого|ому|ом|ым)))\s+$",
    re.IGNORECASE,
)


# Cyrillic "Х" and "І" typed for the Latin letters of a Roman numeral ("IХ заседание")
_LATIN_ROMAN = str.maketrans("ХІ", "XI")
# "пройдет 29 заседание Совета": a bare number before the noun in the singular is an ordinal
# (a count would take the plural, "29 заседаний"), unless it ends in 1 ("21 заседание" counts)
_BARE_ORDINAL = re.compile(r"(\d{1,3})\s+(?:заседание|совещание|сессия|сессию|встреча|встречу)")


def _bare_ordinal(found: str) -> bool:
    m = _BARE_ORDINAL.fullmatch(found.lower())
    if m is None:
        return False
    number = m.group(1)
    return not number.endswith("1") or number.endswith("11")


def find_ordinal(ctx: Context, body_match: Match | None) -> tuple[int | None, Span | None]:
    cands = []
    for m in _ordinal_finditer(_ORDINAL, ctx):
        n, start = None, m.start()
        if m.group("num"):
            n = int(m.group("num"))
            if not re.match(
                r"\d+-?(?:[ыои]?[ейгмх]|ое|ый|ая|го|ого|му|я|ю)$", m.group().split()[0]
            ) and not _bare_ordinal(m.group()):
                continue
        elif m.group("roman"):
            roman = m.group("roman")
            if len(roman) < 2 and roman.translate(_LATIN_ROMAN) != roman:
                continue  # a lone Cyrillic "Х" or "І" is a letter, not ten or one
            n = roman_value(roman.translate(_LATIN_ROMAN))
        else:
            # "Шестьдесят первое заседание": the cardinals before the ordinal word count too
            n, taken = compound_ordinal(ctx.text[max(0, start - 40) : start], m.group("word"))
            start -= taken
        if not n or _NOT_THIS.search(ctx.low, max(0, start - 25), start):
            continue
        sentence = ctx.sent_idx(start)
        if ctx.has(C.OTHER_EVENT, sentence):
            continue
        if _FRAME_BEFORE.search(ctx.low, max(0, start - 40), start) and (
            body_match is None or ctx.sent_idx(body_match.start) != sentence
        ):
            continue  # "в рамках участия в 67-й сессии Комиссии": the frame's count, not this
        score = 1 + (
            2 if body_match is not None and ctx.sent_idx(body_match.start) == sentence else 0
        )
        score += 1 if sentence <= 3 else 0
        cands.append((score, -start, n, start))
    for m in _ordinal_finditer(_ORDINAL_AFTER, ctx):
        # the meeting counts itself ("стало двадцатым с момента создания"): another event
        # is only one named as such ("прошлое заседание стало ...")
        n, _ = compound_ordinal(m.group("card"), m.group("word"))
        sentence = ctx.sent_idx(m.start())
        if n and not _NOT_THIS.search(ctx.low, max(0, m.start() - 25), m.start()):
            cands.append((1 + (1 if sentence <= 3 else 0), -m.start(), n, m.start()))
    for o in ctx.orgs if body_match is not None else ():
        if o.ref != body_match.ref:
            continue
        m = _ORDINAL_BEFORE_BODY.search(ctx.text, max(0, o.start - 40), o.start)
        if m is None:
            continue
        if m.group("num"):
            n, start = int(m.group("num")), m.start()
        else:
            n, taken = compound_ordinal(
                ctx.text[max(0, m.start() - 40) : m.start()], m.group("word")
            )
            start = m.start() - taken
        if n and not ctx.has(C.OTHER_EVENT, ctx.sent_idx(start)):
            cands.append((3 + (1 if ctx.sent_idx(start) <= 3 else 0), -start, n, start))
    if not cands:
        return None, None
    _, _, n, pos = max(cands)
    return n, ctx.span(pos)


# --------------------------------------------------------------------------- organizations
_FRAMEWORK = re.compile(
    r"(?:\b(?:государств\w*|стран\w*)(?:-(?:член\w*|участни\w*))?|\bпри|пресс-служб\w*"
    # "в форматах ШОС и БРИКС", "с коллегами по ОДКБ": the frame the states work in
    r"|пресс-центр\w*|\bформат\w*|\bколлег\w*\s+по)\s+(?:\(\w+\)\s+)?$"
)


# the membership tail an organisation's name ends with, and a noun phrase joined before it
_TAIL = re.compile(r"\s(?:СНГ|Содружества(?:\s+Независимых\s+Государств)?|ОДКБ|ШОС)$")
_TAIL_AFTER = re.compile(r"\s(?:СНГ|Содружества(?:\s+Независимых\s+Государств)?|ОДКБ|ШОС)\b")
_JOINED_BEFORE = re.compile(r"((?:[А-ЯЁа-яё-]+\s+){1,3})и\s+$")


def _sharing_the_tail(ctx: Context, m: Match) -> Organization | None:
    """The body named before ``m`` that shares its membership tail ("Исполнительного
    комитета и Антитеррористического центра Содружества": the CIS Executive Committee)."""
    tail = _TAIL.search(ctx.text, m.start, m.end) or _TAIL_AFTER.match(ctx.text, m.end)
    joined = _JOINED_BEFORE.search(ctx.text, max(0, m.start - 60), m.start) if tail else None
    if joined is None or ctx.in_org(joined.start(1), joined.end(1)):
        return None
    words = joined.group(1).split()
    for n in range(1, len(words) + 1):  # the shortest phrase before "и" that names a body
        phrase = " ".join([*words[-n:], tail.group().strip()])
        for hit in ctx.lex.scan(phrase):
            org = ctx.lex.org_list[hit.ref] if hit.kind == "org" else None
            if org is not None and hit.start == 0 and hit.end == len(phrase):
                return org if org.kind in ("international", "body") else None
    return None


# an acronym the gazetteer does not know right before an organisation: a unit of it
_OWNED_UNIT = re.compile(r"(?<![\w-])[А-ЯЁ]{2,6}\s+$")


# "в Исполнительном комитете СНГ состоялось заседание", "в Секретариате ГУАМ состоялось": the
# meeting held at the organisation's seat, the word right before its name or its secretariat's
_AT_SEAT = re.compile(r"(?:^|\s)во?\s+(?:г\.\s*)?(?:(?:секретариат|штаб-квартир)\w*\s+)?$")
# "представители секретариата ШОС", "заместитель генерального секретаря ШОС", "Генеральный
# секретарь ОДКБ": the organisation's own officers, before its name or opening the name found
_OFFICERS = re.compile(
    r"(?:секретариат\w*|генеральн\w+\s+секретар\w*|генсек\w*|исполнительн\w+\s+комитет\w*"
    r"|исполком\w*)\s+$"
)
_OFFICERS_NAMED = re.compile(
    r"(?:секретариат|генеральн\w+\s+секретар|генсек|исполнительн|исполком)"
)
_HELD_VERB = re.compile(
    r"\b(?:состоял(?:ось|ся|ась|ись)|состоится|состоятся|прош(?:ло|[её]л|ла|ли)|пройд[её]т"
    r"|пройдут|проходит|проходят|завершил(?:ось|ся|ась))\b"
)


# experts named in the sentence, other than the level a group sits at ("на уровне экспертов")
_EXPERTS_DRAFTING = re.compile(r"(?<!уровне )эксперт")


def _held_at_organisation(ctx: Context, m: Match, sentence: int) -> bool:
    """Whether the sentence holds a body's sitting at the organisation ``m`` names ("23 марта в
    Исполнительном комитете СНГ в Минске состоялось заседание Совета"): the host
    organisation takes part. An experts' group drafting a text there only uses its rooms."""
    a, b = ctx.doc.sentences[sentence]
    return (
        _AT_SEAT.search(ctx.low, max(a, m.start - 24), m.start) is not None
        and _EXPERTS_DRAFTING.search(ctx.low, a, b) is None
        and ctx.has(C.MEETING, sentence)
        and _HELD_VERB.search(ctx.low, a, b) is not None
    )


# who holds the meeting: "под эгидой АТЦ СНГ", "Центром ... проведены сборы", "организатором
# выступил": the organiser takes part
_ORGANISER = re.compile(
    r"\bпод эгидой\b|\bорганизатор\w*|\bпри организаци\w*"
    r"|\bорганизова(?:л[аои]?|н[аоы]?)\b|\bпроведен[аоы]?\b"
)


# "КГК активно участвует в мероприятиях ШОС", "участвуют в работе таких площадок, как ...":
# the agency's standing part in the organisation's work, not in this meeting
_HABITUAL = re.compile(
    r"участву(?:ет|ют)\s+(?:[а-яё]+\s+){0,3}?в\s+(?:[а-яё]+\s+)?(?:работе|мероприятиях|деятельности)"
)


def _officers(ctx: Context, m: Match) -> bool:
    """Whether ``m`` names the organisation's secretariat or secretary-general ("представители
    секретариата ШОС", "Генеральный секретарь ОДКБ") rather than the organisation alone."""
    return bool(
        _OFFICERS_NAMED.match(ctx.low, m.start)
        or _OFFICERS.search(ctx.low, max(0, m.start - 40), m.start)
    )


# the organisation's secretariat or secretary-general (or deputy) named: its people are at the
# meeting its report tells ("руководство Секретариата ОДКБ", "заявил генсек ОДКБ по итогам
# заседания"), unless it is the source the report quotes
_LEADERSHIP = re.compile(r"(?:секретариат\w*|генеральн\w+\s+секретар\w*|генсек\w*)\s+$")
_LEADERSHIP_NAMED = re.compile(r"секретариат|генеральн\w+\s+секретар|генсек")
# "... состоится в Баку - генсек ОТГ": a headline's words put in the secretary-general's mouth
_ATTRIBUTED = re.compile(r"\s[-–—]\s+$")
# "генеральный секретарь СНГ был назначен на эту должность": a post filled, no one at a meeting
_APPOINTED = re.compile(r"\b(?:назнач\w*|избра\w*|кандидатур\w*)")
_QUOTED_SOURCE = re.compile(
    r"(?:пресс-служб\w*|пресс-секретар\w*|пресс-центр\w*|ссылк\w+\s+на|сообщ\w+|по данным"
    # "об этом заявил генеральный секретарь": the statement the report is made of
    r"|об\s+этом\s+[а-яё]+"
    # "провёл встречу с генеральным секретарём": met by someone, told by that meeting's people
    r"|встреч\w*\s+с|встретил\w*\s+с)"
    r"\s+(?:[а-яё]+\s+){0,2}$"
)


def _its_leadership(ctx: Context, m: Match) -> bool:
    """Whether ``m`` names the secretariat or secretary-general of an organisation (not as the
    report's source): its people take part."""
    start = m.start
    if ctx.lex.org_list[m.ref].kind != "international":
        return False
    near = ctx.low[max(0, start - 40) : start + 20]
    if "секрет" not in near and "генсек" not in near:
        return False
    if _LEADERSHIP_NAMED.match(ctx.low, start):
        at = start  # "Секретариата ОДКБ": the secretariat in the organisation's own name
    else:
        leader = _LEADERSHIP.search(ctx.low, max(0, start - 40), start)
        if leader is None:
            return False
        at = leader.start()
    if _QUOTED_SOURCE.search(ctx.low, max(0, at - 40), at) or _ATTRIBUTED.search(
        ctx.low, max(0, at - 3), at
    ):
        return False
    a, b = ctx.doc.sentences[ctx.sent_idx(start)]
    return not _APPOINTED.search(ctx.low, a, b)


# "две страны — члены ЕАГ", "структуры из стран ..., членов Евросоюза": states that belong to
# the organisation - a frame of membership, not the organisation's people - and the names
# listed after it ("членов Евросоюза, НАТО и ШОС")
_MEMBERS_OF = re.compile(r"(?:^|\s)член(?:ов|ы|ам|ами)\s+$")
_STATES_BEFORE = re.compile(r"\b(?:стран|государств)\w*[^.;]{0,80}$")
# what joins the names of a list: commas, "и", and names the reference data does not know
_LIST_JOIN = re.compile(r"(?:[\s,]+|и\b|[А-ЯЁA-Z][\w«»\"-]*)+")


def _states_members_of(ctx: Context, m: Match) -> bool:
    """Whether ``m`` names the organisation that states named before are members of."""
    start = m.start
    if "член" not in ctx.low[max(0, start - 12) : start]:
        return False
    if not _MEMBERS_OF.search(ctx.low, max(0, start - 12), start):
        return False
    a = ctx.doc.sentences[ctx.sent_idx(start)][0]
    return _STATES_BEFORE.search(ctx.low, max(a, start - 100), start) is not None


def find_organizations(
    ctx: Context,
    body: str | None,
    person_orgs: list[tuple[str, int]],
    body_end: int | None,
    present: set[str] | None = None,
) -> dict[str, Span]:
    """The organisations taking part; ``present`` gathers those whose own officers take part
    or at whose seat the meeting is held: they attend the body they frame, not only convene it."""
    lex = ctx.lex
    out: dict[str, Span] = {}
    previous: Match | None = None
    framed = -1  # where the last name of a list of states' organisations ends
    for m in ctx.orgs:
        o = lex.org_list[m.ref]
        spelled_out, previous = previous, m
        if _states_members_of(ctx, m) or (
            framed >= 0 and _LIST_JOIN.fullmatch(ctx.text, framed, m.start)
        ):
            framed = m.end
            continue  # "две страны — члены ЕАГ", "из стран ..., членов Евросоюза, НАТО и ШОС"
        framed = -1
        if o.kind not in ("international", "body") or o.name == body or o.name in out:
            continue
        if (
            spelled_out is not None
            and spelled_out.ref == m.ref
            and re.fullmatch(r"\s*\(", ctx.text[spelled_out.end : m.start])
        ):
            continue  # "Организации Договора о коллективной безопасности (ОДКБ)": one naming
        if spelled_out is not None and re.fullmatch(r"\s*\(", ctx.text[spelled_out.end : m.start]):
            continue  # "Региональной антитеррористической структуры ... (ШОС)": a gloss
        if _OWNED_UNIT.search(ctx.text, max(0, m.start - 12), m.start) and not any(
            o.end <= m.start and m.start - o.end <= 2 for o in ctx.orgs
        ):
            continue  # "сил специального назначения КСОР ОДКБ": the unit's owner
        if re.match(r"\s*(?:государств|стран)", ctx.low[m.end : m.end + 12]) or _FRAMEWORK.search(
            ctx.low, max(0, m.start - 40), m.start
        ):
            continue  # "стран ШОС", "государств-членов ОДКБ", "при Исполкоме": a framework
        if body_end is not None and 0 <= m.start - body_end <= 3:
            continue  # "Комитета секретарей ... ОДКБ": the body's own organization
        sentence = ctx.sent_idx(m.start)
        a, _ = ctx.doc.sentences[sentence]
        if ctx.has(C.ABSENT, sentence):
            continue  # "Приветствие участникам направил ...": a greeting sent, not taking part
        at_seat = _held_at_organisation(ctx, m, sentence)
        if not (
            _ORGANISER.search(ctx.low, a, ctx.doc.sentences[sentence][1])
            or at_seat
            or _its_leadership(ctx, m)
        ):
            if not ctx.has(C.PART, sentence):
                continue
            cue = None
            for c in ctx.cue_finditer(C.PART, a, m.start):
                cue = c
            if cue is None or m.start - cue.end() > 400 or _HABITUAL.match(ctx.low, cue.start()):
                continue
        if present is not None and (at_seat or _officers(ctx, m)):
            present.add(o.name)
        out[o.name] = ctx.span(m.start)
        shared = _sharing_the_tail(ctx, m)
        if shared is not None and shared.name != body:
            out.setdefault(shared.name, ctx.span(m.start))
    for name, pos in person_orgs:
        if name != body and name not in out:
            out[name] = ctx.span(pos)
    return out


# --------------------------------------------------------------------------- topics
_AGENDA = C.sentence_cue(
    r"\b(?:обсуд\w*|обсужд\w*|рассмотр\w*|повестк\w*|вопрос\w*|борьб\w*|противодейств\w*"
    r"|сотрудничеств\w*|взаимодейств\w*|мер[аыу]?\b|тем[аоуы]\w*|проблем\w*|угроз\w*|пресеч\w*"
    r"|профилактик\w*|совершенствова\w*|задач\w*|итог\w*|план\w*|программ\w*"
    # what the work has achieved: "Налажен информационный обмен", "Сформирована правовая база"
    r"|налаж\w*|функционир\w*|сформирова\w*)"
)


# "министр общественной безопасности", "Департамент охраны общественного порядка": an
# office named after its field, not a subject of the meeting
_OFFICE_BEFORE = re.compile(
    r"\b(?:министр|министерств|ведомств|департамент|управлени|служб|комитет|бюро|отдел)\w*\s+$"
)


# "подписали протокол заседания", "протокола по итогам совещания": the meeting's minutes, no
# instrument of law
_MINUTES_OF = re.compile(
    r"протокол\w*\s+(?:[а-яё]+\s+)?(?:заседани|совещани|встреч|переговоров)|протокол\w*\s+по итогам"
)
# "совместное патрулирование и техническое оснащение государственных рубежей", "воздушном
# патрулировании ... границы"
_PATROL_OF_BORDER = re.compile(r"патрулир\w*\s+[^.;]{0,60}?\b(?:границ|рубеж)")
# "в соответствии с соглашением", "согласно протоколу", "на основе Соглашения", "в рамках
# заключенного между нами Меморандума": an instrument in force that the work rests on
_UNDER_INSTRUMENT = re.compile(
    r"\b(?:в соответствии с|согласно|на основе|на основании|в рамках)\s+"
    r"(?:[а-яё]+(?:ого|его|ой|ей|ым|им|ых|их)\s+|между\s+[а-яё]+\s+){0,3}$"
)
_INSTRUMENT = re.compile(r"соглашени|договор|протокол|меморандум")
# "практической реализации двусторонних договоренностей и соглашений", "реализовывать
# достигнутые договорённости и соглашения": carrying out the instruments already in force,
# named in the plural, makes no new law (unlike "реализации соответствующего соглашения")
_IMPLEMENTING = re.compile(
    r"\b(?:реализаци\w*|реализовыва\w*|реализовать|выполнени\w*)\s+"
    r"(?:[а-яё]+\s+){0,2}?[а-яё]+(?:ых|их|ые|ие)\s+(?:[а-яё]+\s+){0,2}$"
)
# "подписали программу сотрудничества", "программа сотрудничества прокуратур двух стран
# была подписана", "Программы сотрудничества между Генеральной прокуратурой А и ...": the
# instrument two agencies sign for their own ties, not a programme against crime
_COOPERATION_PROGRAMME = re.compile(r"программ\w*\s+сотрудничества\b")
_SIGNED_BEFORE = re.compile(r"\bподпис\w*\s+(?:[а-яё]+\s+){0,2}$")
_SIGNED_OR_BETWEEN_AFTER = re.compile(r"\s+(?:между\b|[^.;]{0,60}?\bподписан)")
_PLURAL_INSTRUMENT = re.compile(r"(?:соглашени[йя]|протокол(?:ов|ы)|меморанд\w+(?:ов|ы))\b")
_EXCHANGE_OF_INFORMATION = Prefixed(
    r"\bобмен(?:ял|ива|ен|у|а|ом|е)\w*\s+(?:[а-яё]+(?:ой|ей)\s+(?:и\s+[а-яё]+(?:ой|ей)\s+)?)?"
    r"информацией\b"
)
# "предоставлять друг другу информацию", "оперативного предоставления запрашиваемой
# информации": the sides giving each other what they know
_PROVIDING_INFORMATION = Prefixed(
    r"\bпредостав(?:лени|ля|ит|и)\w*\s+(?:друг\s+другу\s+)?(?:[а-яё]+(?:ой|ей|ую|юю)\s+){0,2}"
    r"информаци\w*"
)
# "25 лет назад было подписано Соглашение", "в 2018 году было подписано двустороннее
# соглашение", "Тогда было подписано соглашение", "После заключения данного соглашения",
# "был подписан 15 мая 1992 года": the history of the relations, no law the
# meeting makes
_SIGNED_LONG_AGO = C.sentence_cue(
    r"лет назад|(?:подписа|заключ|ратифицир)\w*[^.;]{0,120}\bв (?:19|20)\d\d год"
    r"|в (?:19|20)\d\d году[^.;]{0,120}(?:подписа|заключ)|ранее (?:подписа|заключ)\w*"
    r"|тогда (?:был[оаи]? )?(?:подписа|заключ)|после (?:подписания|заключения)"
    r"|(?:подписа|заключ)\w*[^.;]{0,60}\b19\d\d год"
)
# "реализации Соглашения о подготовке кадров", "ход реализации Протокола", "государств -
# участников Соглашения", "присоединилась ко всем конвенциям": carrying out or belonging to an
# instrument in force, not drafting or signing one
_CARRYING_OUT = re.compile(
    r"\b(?:реализаци\w*|выполнени\w*|имплементаци\w*|исполнени\w*|участник(?:ов|и|ам)?|сторон(?:ы|ам?)"
    r"|присоедин\w*\s+ко?(?:\s+всем)?)\s+(?:[а-яё]+(?:ого|его|ой|ей|ых|их|ым|им)\s+){0,3}$"
)
# "соглашений, достигнутых во время визита", "достигнутые соглашения": a consensus reached
_REACHED_AFTER = re.compile(r"\w*,?\s+достигнут")
_REACHED_BEFORE = re.compile(r"\bдостигнут\w*\s+(?:[а-яё]+\s+)?$")
# what a meeting does with an instrument it makes: signs, concludes, adopts, approves, drafts,
# agrees on, amends or discusses it; one in a sentence without such a verb past the lead is
# named in passing
_MAKING = C.sentence_cue(
    r"\b(?:подпис\w*|заключ\w*|приня\w*|приним\w*|утверд\w*|утвержд\w*|одобр\w*|разработ\w*"
    r"|проект\w*|согласова\w*|ратифи\w*|парафир\w*|доработ\w*|измене\w*|дополнени\w*"
    r"|подготов\w*|обсу[дж]\w*|рассмотр\w*|выработ\w*)"
)
# "совместные антитеррористические учения", "учения «Кобальт-2025»": forces drilled in an
# operation, not the training of staff
_EXERCISE = re.compile(r"(?:совместн\w*\s+)?учени")
_WORKED_ON = C.sentence_cue(r"\b(?:обсу[дж]\w*|рассмотр\w*|обменялись)")
# "обмен опытом", "обмена передовым опытом" praised or wished for in passing: what the sides
# learn from each other, no exchange of information - unless information goes with it ("обмен
# опытом и информацией") or the meeting discusses or does the exchange
_EXPERIENCE = re.compile(r"обмен\w*\s+(?:[а-яё]+(?:ым|им)\s+)?опыт\w*")
_AND_INFORMATION = re.compile(r"\s+(?:и|а также)\s+(?:[а-яё]+\s+)?(?:информаци|данны)")
# "совместные программы Беларуси и Китая", "совместных программ и договоренностей": a
# programme of any kind; one against crime says so ("совместные программы борьбы с
# преступностью")
_JOINT_PROGRAMME = re.compile(r"совместн\w*\s+программ\w*")
_AGAINST_CRIME = re.compile(
    r"[^.;]{0,60}?(?:борьб|преступн|противодейств|профилакт|предупрежд|пресечен|террор|наркот)"
)
# "протокол о сотрудничестве", "протокол к соглашению": an instrument of its own
_PROTOCOL_ON = re.compile(r"протокол\w*\s+(?:об?|к)\s")


def find_topics(
    ctx: Context, body_match: Match | None = None, described: tuple[str, Span] | None = None
) -> dict[str, list[Span]]:
    """The topics of the agenda, and the field of the convening body itself: a meeting of the
    council "on Combating Drug Trafficking" is about drug trafficking, and so is one of the
    heads of drug-control agencies the archive names by ``described`` (name, evidence)."""
    hits: dict[int, list[Match]] = {}
    field: tuple[str, int, int] | None = None
    if body_match is not None and body_match.kind == "org":
        field = ctx.lex.org_list[body_match.ref].name, body_match.start, body_match.end
    elif described is not None:
        field = described[0], described[1]["start"], described[1]["start"] + 1
    if field is not None:
        hits = field_of_body(ctx, *field)
    # the protocol the report names as the meeting's minutes is the one it names again
    # ("Подписанный протокол включает ...") unless that one is "о" or "к" something else
    minutes = any(
        ctx.low.startswith("протокол", m.start) and _MINUTES_OF.match(ctx.low, m.start)
        for m in ctx.topics
    )
    lead_end = 2 + (1 if ctx.doc.title_span else 0) + (1 if ctx.doc.dateline is not None else 0)
    for m in ctx.topics:
        if _OFFICE_BEFORE.search(ctx.low, max(0, m.start - 30), m.start):
            continue
        sentence = ctx.sent_idx(m.start)
        slug = ctx.lex.topic_list[m.ref].slug
        if (
            minutes
            and ctx.low.startswith("протокол", m.start)
            and not _PROTOCOL_ON.match(ctx.low, m.start)
        ):
            continue
        if (
            _EXERCISE.match(ctx.low, m.start)
            and slug == "personnel-training"
            and sentence >= lead_end
            and not ctx.has(_WORKED_ON, sentence)
        ):
            continue
        if (
            (x := _EXPERIENCE.match(ctx.low, m.start))
            and slug == "information-exchange"
            and not _AND_INFORMATION.match(ctx.low, x.end())
            and not ctx.has(_WORKED_ON, sentence)
        ):
            continue
        if (jp := _JOINT_PROGRAMME.match(ctx.low, m.start)) and not _AGAINST_CRIME.match(
            ctx.low, jp.end()
        ):
            continue
        if _PATROL_OF_BORDER.match(ctx.low, m.start):
            continue  # patrolling a border is its guard, not public order
        if _UNDER_INSTRUMENT.search(ctx.low, max(0, m.start - 60), m.start) and (
            _INSTRUMENT.match(ctx.low, m.start)
        ):
            continue  # "в соответствии с соглашением": the instrument work rests on, not new law
        if (cp := _COOPERATION_PROGRAMME.match(ctx.low, m.start)) and (
            _SIGNED_BEFORE.search(ctx.low, max(0, m.start - 40), m.start)
            or _SIGNED_OR_BETWEEN_AFTER.match(ctx.low, cp.end())
        ):
            continue
        if _PLURAL_INSTRUMENT.match(ctx.low, m.start) and _IMPLEMENTING.search(
            ctx.low, max(0, m.start - 90), m.start
        ):
            continue
        if _INSTRUMENT.match(ctx.low, m.start) or ctx.low.startswith("конвенц", m.start):
            if ctx.has(_SIGNED_LONG_AGO, sentence):
                continue
            if _CARRYING_OUT.search(ctx.low, max(0, m.start - 60), m.start):
                continue
            if _REACHED_AFTER.match(ctx.low, m.end) or _REACHED_BEFORE.search(
                ctx.low, max(0, m.start - 30), m.start
            ):
                continue
            if sentence >= lead_end and slug == "legal-framework":
                # past the lead an instrument counts where the meeting makes it, and there
                # it is the meeting's business whatever else the sentence says
                if not ctx.has(_MAKING, sentence):
                    continue
                m = Match(m.start, m.end, m.kind, m.ref, True)
        hits.setdefault(m.ref, []).append(m)
    # "обменялись информацией", "обмениваться информацией", "обмену разведывательной
    # информацией", "обмена статистической и аналитической информацией": the verb and the noun
    # with the kinds of information between them; "предоставлять друг другу информацию"
    said = [
        rx
        for word, rx in (("обмен", _EXCHANGE_OF_INFORMATION), ("предостав", _PROVIDING_INFORMATION))
        if word in ctx.low
    ]
    if said and (ref := topic_ref(ctx.lex, "information-exchange")) is not None:
        for rx in said:
            for x in rx.finditer(ctx.low):
                hits.setdefault(ref, []).append(Match(x.start(), x.end(), "topic", ref))
    training = "тренинг" in ctx.low or "курс" in ctx.low or "подготовк" in ctx.low
    if training and (ref := topic_ref(ctx.lex, "personnel-training")) is not None:
        for x in _TRAINING.finditer(ctx.low):
            if ctx.has(_TRAINING_WORKED_ON, ctx.sent_idx(x.start())):
                hits.setdefault(ref, []).append(Match(x.start(), x.end(), "topic", ref))
    crossings = "кпп" in ctx.low or "пропуск" in ctx.low or "управлени" in ctx.low
    if crossings and (ref := topic_ref(ctx.lex, "border-security")) is not None:
        for x in _CHECKPOINTS.finditer(ctx.low):
            hits.setdefault(ref, []).append(Match(x.start(), x.end(), "topic", ref))
    legal = "правов" in ctx.low or "договорн" in ctx.low
    if legal and (ref := topic_ref(ctx.lex, "legal-framework")) is not None:
        for x in _LEGAL_COOPERATION.finditer(ctx.low):
            if not _INSTRUMENT_ON.search(ctx.low, max(0, x.start() - 60), x.start()):
                hits.setdefault(ref, []).append(Match(x.start(), x.end(), "topic", ref))
    return chosen_topics(ctx, hits, lead_end, (_AGENDA, C.MEETING, C.SPEECH))


# "организация тренингов", "учебные курсы", "обучающих курсов", "подготовка национальных
# кадров": the staff trained, whatever the training is called, where the meeting discusses,
# organises or holds it
_TRAINING = re.compile(
    r"\bтренинг\w*|\b(?:учебн|обучающ)\w+\s+курс\w*"
    r"|\bподготовк\w+\s+(?:[а-яё-]+\s+){1,2}(?:кадров|специалистов|сотрудников)\b"
)


# "через КПП «Серхетабат»", "на пунктах пропуска", "управления границами", "пропускную
# способность": the border's crossings and management, border security by the golds'
# convention
_CHECKPOINTS = re.compile(
    r"(?<![а-яё])кпп(?![а-яё])|\bпункт\w*\s+(?:[а-яё-]+\s+)?пропуска\b"
    r"|\bуправлени\w*\s+границ\w*|\bпропускн\w+\s+способност"
)


# what the meeting does with such a training: discusses, considers, organises or holds it
_TRAINING_WORKED_ON = C.sentence_cue(
    r"\b(?:обсу\w*|рассмотр\w*|вопрос\w*|организ\w*|провед\w*|провест\w*|предлож\w*"
    r"|направлен\w*)"
)


# "правовой помощи", "правового сотрудничества", "правовой основы сотрудничества",
# "нормативно-договорной базы": the law the states work under, the golds' legal framework;
# not in an instrument's name ("конвенция о правовой помощи"), which may be named in passing
_LEGAL_COOPERATION = re.compile(
    r"\bправов\w+\s+(?:помощ\w*|сотрудничеств\w*|основ\w*|баз\w*)"
    r"|\b(?:нормативно|договорно)[- ]\w+\s+баз\w*"
)
_INSTRUMENT_ON = re.compile(
    r"\b(?:соглашени|конвенци|договор|протокол|меморандум)\w*\s+(?:[а-яё-]+\s+){0,3}?об?\s+$"
)
