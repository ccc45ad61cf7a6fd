"""Cue words of Russian news copy, as lower-case patterns (rx.CI) for Context.has.

Registered with the sentence-cue finder at import time, so that one Aho-Corasick pass over a
report finds where each can start (see rx.CueFinder).
"""

from __future__ import annotations

from ..context import sentence_cue

# the meeting itself, reported or announced
MEETING_RU = (
    r"\b(?:заседани\w*|совещани\w*|встреч[аеиуы]\w*|сесси[яиюей]\w*|коллеги[яиюей]\w*"
    r"|конференци\w*|форум\w*|саммит\w*|переговор\w*|состоял\w*|состоится|состоятся"
    r"|прош[её]л|прошл[аио]|пройд[её]т|пройдут|проход\w*|провел\w*|провёл\w*|провод\w*"
    r"|соберутся|собер[её]тся|собрал\w*|открыл\w*|откро\w+|началось|начался|мероприяти\w*"
    r"|встретил\w*)"
)
FUTURE_RU = (
    r"\b(?:состоится|состоятся|пройд[её]т|пройдут|соберутся|собер[её]тся|примут|примет"
    r"|провед[её]т|проведут"
    r"|будет|будут|планирует\w*|запланирован\w*|предстоящ\w*|намечен\w*|ожидается"
    r"|откроют|откроет|возглавит|рассмотрят|обсудят|следующ\w*)\b"
)
OTHER_EVENT_RU = (
    r"\b(?:создан\w*|учрежд[её]н\w*|образован\w*|основан\w*|был[аио]? подписан\w*|ранее"
    r"|прошлом году|прошлогодн\w*|годовщин\w*|предыдущ\w*|напомним|в свое время|в своё время"
    r"|каждый год|ежегодно)\b"
)
# the meeting under way or held, as a report of it says: a report, not an announcement
HELD_RU = (
    r"\b(?:проходит|проходят|состоял(?:ось|ся|ась|ись)|прош(?:ло|[её]л|ла|ли)"
    r"|начал(?:ось|ся|ась|ись) работу|начал(?:ось|ся|ась)|открыл(?:ось|ся|ась)"
    r"|приня(?:л|ла|ли) участие|принима(?:ет|ют) участие|участвуют|участвовал[аи]?"
    r"|прибыл[аи]?|обсудили|рассмотрели|подписали|подписан[аоы]?)\b"
)
MEETING = sentence_cue(MEETING_RU)
# a meeting that prepares another ("встреча экспертов по подготовке заседания Совета")
PREPARATORY = sentence_cue(r"\b(?:по подготовке|в рамках подготовки|для подготовки)\b")
HELD = sentence_cue(HELD_RU)
FUTURE = sentence_cue(FUTURE_RU)
OTHER_EVENT = sentence_cue(OTHER_EVENT_RU)

# taking part: after these, a list of countries or people takes part
PART = sentence_cue(
    r"\b(?:участи[еюя]\w*|участвова\w*|участвуют|участвует|(?<!-)участник\w*|присутствова\w*"
    r"|представител\w*|делегаци\w*|во главе с)\b"
)
# said, noted, addressed ...: a speaker
SPEECH = sentence_cue(
    r"\b(?:выступи\w*|выступа\w*|отмети\w*|подчеркну\w*|заяви\w*|сказа\w*|сообщи\w*|зачита\w*"
    r"|озвучи\w*|обрати\w* с приветствием|обратились|обратился|поблагодари\w*|предложи\w*"
    r"|поделил\w*|выразил\w*|доложи\w*|проинформирова\w*|рассказа\w*|призва\w*|констатирова\w*"
    r"|добави\w*|указа\w*|акцентирова\w*)\b"
)
# chairing the session
CHAIR = sentence_cue(
    r"\b(?:председательствова\w*|председательствующ\w*|под председательством"
    r"|под руководством)\b"
)
# chairing the body from now on
ELECTED_CHAIR = sentence_cue(
    r"\b(?:стал\w* председател\w*|избран\w* председател\w*|полномочия председател\w*"
    r"|возглавил\w* совет\w*|председательство\w* (?:перешл|перейд|перешло|переходит))"
)
# heading a delegation, or taking part
ATTEND = sentence_cue(
    r"\b(?:принял\w* участи\w*|примет участи\w*|примут участи\w*|принима\w+ участи\w*"
    r"|участвова\w*|участвуют|участвует|будет участвовать|для участия|возглави\w*|возглавля\w*"
    r"|во главе с"
    r"|присутствова\w*"
    r"|прибыл\w*|подписал\w*)\b"
)
# receiving a delegation: a host
HOST = sentence_cue(
    r"\b(?:приня\w* (?:делегаци|участник|гост)\w*|встретил\w* с|встреча\w* \w+ \w+ с)\b"
)
# opening the meeting (in a joint body: its co-chairs)
OPEN = sentence_cue(r"\b(?:откро\w+|открыл\w*|открыва\w*)\b")
# who only relays the news
PRESS = sentence_cue(
    r"\b(?:сообщил\w*|рассказал\w*|заявил\w*) (?:«|\"|журналист|корреспондент|агентств|сми"
    r"|изданию|газете|порталу|телеканалу)|в интервью|пресс-конференци\w*|брифинг\w*"
)
SPOKES = sentence_cue(
    r"\b(?:пресс-секретар\w*|пресс-служб\w*|пресс-центр\w*|официальн\w+ представител\w*"
    r"|информации и общественных связей|по связям с общественностью|общественных связей)\b"
)
HEAD_OF_STATE = sentence_cue(
    r"(?<!вице-)\b(?:президент\w*|премьер-министр\w*|глав\w+ государства|глав\w+ правительства"
    r"|корол\w*|эмир\w*|канцлер\w*|патриарх\w*)\b"
)
# a greeting sent by someone who is not there
ABSENT = sentence_cue(r"\b(?:от имени|направил\w* приветствие|приветствие (?:от|главы))\b")
