"""Cue words of Russian news copy, as lower-case patterns (rx.CI) for Context.has.

Registered with the sentence-cue finder at import time, so that one Aho-Corasick pass over a
report finds where each can start (see rx.CueFinder).
"""

from __future__ import annotations

import re

from ..context import sentence_cue
from ..rx import CI

# the meeting itself, reported or announced
MEETING_RU = (
    r"\b(?:заседани\w*|совещани\w*|встреч[аеиуы]\w*|сесси[яиюей]\w*|коллеги[яиюей]\w*"
    r"|конференци\w*|форум\w*|саммит\w*|переговор\w*|состоял\w*|состоится|состоятся"
    r"|прош[её]л|прошл[аио]|пройд[её]т|пройдут|проход\w*|провел\w*|провёл\w*|провод\w*"
    # the passive of holding: "проведено заседание", "Центром ... проведены сборы"
    r"|проведен[аоы]?"
    r"|соберутся|собер[её]тся|собрал\w*|открыл\w*|откро\w+|началось|начался|мероприяти\w*"
    r"|встретил\w*|встретятся|встретится"
    # "Совета, прошедшего в Манасе", "состоявшегося 9 октября": held there or then (not "в
    # прошедшем году")
    r"|состоявш\w*|прошедш\w*(?=,?\s+(?:\d|во?\s))"
    # a body or its members "will discuss" a matter: the coming meeting itself
    r"|обсудит|обсудят|рассмотрит|рассмотрят)"
)
FUTURE_RU = (
    r"\b(?:состоится|состоятся|пройд[её]т|пройдут|соберутся|собер[её]тся|примут|примет"
    r"|провед[её]т|проведут|начн[её]т|начнут"
    r"|будет|будут|планирует\w*|запланирован\w*|предстоящ\w*|намечен\w*|ожидается"
    r"|откроют|откроет|возглавит|рассмотрят|рассмотрит|обсудят|обсудит|следующ\w*"
    r"|встретятся|встретится)\b"
)
# "создан", "образованного": founded, told as done; the nouns "о создании", "на основании"
# name a matter or a basis, not an event of the past
OTHER_EVENT_RU = (
    # (not "Документ был подписан в ходе визита ...": the signing at the meeting told)
    r"\b(?:(?:создан|учрежд[её]н|образован|основан)(?!и[еяюий])\w*"
    r"|был[аио]? подписан\w*(?!\s+(?:в\s+ходе|во\s+время)\b)|ранее"
    r"|прошлом году|прошлогодн\w*|годовщин\w*|предыдущ\w*|напомним|в свое время|в своё время"
    r"|каждый год|ежегодно"
    # "Соглашения, подписанного 21 ноября": the day of an agreement signed before
    r"|подписанн\w+\s+(?:в\s+\w+\s+)?(?=\d)"
    # "в рамках исполнения договоренностей, достигнутых в ходе визита ... 25-26 декабря": the
    # earlier event whose agreements are carried out
    r"|(?:исполнени|реализаци|выполнени)\w* (?:[а-яё]+ ){0,2}?договор[её]нност\w*,? достигнут\w*)\b"
)
# a date in a year before the news ("в ноябре прошлого года"): another event's, for dates only
# (the sentence may still tell who takes part in this one)
LAST_YEAR_RU = r"\b(?:позапрошлого|прошлого)\s+года\b"
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
    r"|представител\w*|делегаци\w*|во главе с"
    # "по видеоконференцсвязи подключились Индия и ЮАР": joined by video link
    r"|подключил(?:ись|ся|ась))\b"
)
# said, noted, addressed ...: a speaker
SPEECH = sentence_cue(
    r"\b(?:выступи\w*|выступа\w*|отмети\w*|подчеркну\w*|заяви\w*|сказа\w*|сообщи\w*|зачита\w*"
    r"|озвучи\w*|обрати\w* с приветствием|обратил(?:ся|ась|ись)|поблагодари\w*|предложи\w*"
    r"|поделил\w*|выразил\w*|доложи\w*|проинформирова\w*|рассказа\w*|призва\w*|констатирова\w*"
    r"|добави\w*|указа\w*|акцентирова\w*|приветствова\w*)\b"
)
# taking the floor: a speaker even when also said to attend ("принял участие ... Гуцан
# выступил с докладом")
ADDRESS = sentence_cue(
    r"\b(?:(?:выступил[аи]?|выступит|выступят|доложит|доложат)"
    r"(?!\s+(?:в качестве|сопредседател|председател|принимающ|организатор|модератор))"
    r"|с докладом|с сообщением|доложил[аи]?|зачитал[аи]?"
    r"|обратил\w* с приветствием|(?:с|в\s+(?:своем\s+|своём\s+)?)приветственн\w+ слов\w*)\b"
)
# chairing the session
CHAIR = sentence_cue(
    r"\b(?:председательствова\w*|председательству\w*|председательствующ\w*"
    r"|под председательством|сопредседател\w*"
    # (not a head of state's leading the country: "под руководством Президента А")
    r"|под руководством(?!\s+(?:[а-яё]+\s+){0,2}(?:президент|глав\w+ государства"
    r"|верховн\w+ главнокомандующ))"
    r"|(?:заседани[ея]|совещани[ея]|коллеги[юя]) (?:провел|провёл|провела|провели)"
    # "проводит очередное заседание", "собрал совещание", "в совещании ..., которое провел А"
    r"|(?:провел|провёл|провела|проводит|собрал|собрала) (?:очередн\w+ |[а-яё]+ое )?"
    r"(?:заседани[ея]|совещани[ея])"
    r"|, которое (?:провел|провёл|провела))\b"
)
# chairing the body from now on
ELECTED_CHAIR = sentence_cue(
    r"\b(?:стал\w* председател\w*|избран\w* председател\w*|полномочия председател\w*"
    r"|председател\w* (?:совета |комитета )?(?:был[аи]? )?избран\w*"
    # "Председателем совета стал первый заместитель ... А": the name after the verb
    r"|председател\w+ (?:совета |комитета )?стал[аи]?\b"
    r"|возглавил\w* совет\w*|председательство\w* (?:перешл|перейд|перешло|переходит))"
)
# heading a delegation, or taking part
# the people named right before the verb discussed or agreed on something together ("Краснов
# и Швед обсудили взаимодействие"): they met
DISCUSSED = sentence_cue(r"\b(?:обсудили|рассмотрели|договорились|согласовали)\b")
ATTEND = sentence_cue(
    r"\b(?:принял\w* участи\w*|примет участи\w*|примут участи\w*|принима\w+ участи\w*"
    r"|участвова\w*|участвуют|участвует|будет участвовать|для участия|возглави\w*|возглавля\w*"
    r"|во главе с"
    r"|присутствова\w*"
    r"|прибыл\w*|подписал\w*|подписан[аоы]?"
    # "Российскую милицию представляли министр А ...", "Казахстан будет представлять А"
    r"|представлял[аи]?|(?:будет|будут)\s+представлять"
    # a visiting delegation's members: "вместе с министром находятся заместители А и Б", "в
    # составе делегации", "находится с официальным визитом" (not "находится в розыске")
    # (and a delegation's members named after it: "делегация министерства в составе А, Б")
    r"|в составе делегаци\w*|делегаци\w*\s+[^.;:]{0,100}?\bв составе"
    r"|вместе с [^.;]{0,60}?\bнаходятся"
    # an announcement's expected guests: "на встрече ожидается участие глав А, Б и В"
    r"|ожида\w+\s+(?:[а-яё]+\s+)?участи[ея]"
    r"|находи(?:тся|лся|лась|лись|ятся)\s+с\s+(?:официальным\s+|рабочим\s+)?визитом"
    # elected at the session to an office of the organisation ("вице-президентом Интерпола
    # избран россиянин А", "А избрали в ходе сессии"), not years before
    r"|(?<!\d году )(?<!\d г\. )(?:избран|избрана|избраны|избрали))\b"
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
    r"|\bкак сообщил[аи]?\b"  # "Как сообщила начальник отдела А, ...": the source of the news
)
SPOKES = sentence_cue(
    r"\b(?:пресс-секретар\w*|пресс-служб\w*|пресс-центр\w*|официальн\w+ представител\w*"
    r"|информации и общественных связей|по связям с общественностью|общественных связей)\b"
)
# read in titles only (``found_in``), not as a sentence cue
HEAD_OF_STATE = CI(
    # (a president of an association, agency or court presides over it, not over a state:
    # "президент Международной ассоциации прокуроров")
    r"(?<!вице-)(?<!при )\b(?:президент\w*(?!\s+(?:[а-яё-]+\s+){0,3}(?:ассоциаци|агентств"
    r"|организаци|комитет|суд|академи|палат|союз|фонд|банк))|премьер-министр\w*|глав\w+ государства"
    r"|глав\w+ правительства"
    # "Королевства Саудовская Аравия" names a state, not its king
    r"|корол(?!евств)\w*|эмир\w*|канцлер\w*|патриарх\w*"
    # a state's leader: "с кыргызстанским лидером А", "российский лидер Б"
    r"|[а-яё]+(?:ск|цк)(?:ий|ого|ому|им|ом)\s+лидер\w*)\b"
)
# a greeting sent by someone who is not there
ABSENT = sentence_cue(
    r"\b(?:от имени|направил\w* приветстви\w*|приветстви\w* (?:от|главы)"
    r"|приветстви\w* (?:[а-яё]+ ){0,2}направил\w*"
    # "Приветственное слово участникам заседания направили А и Б", "направил приветственную
    # телеграмму": a greeting's written form, sent
    r"|направил\w* приветственн\w*"
    r"|приветственн\w* (?:слов\w*|обращени\w*|телеграмм\w*|адрес\w*|письм\w*) (?:[а-яё]+ ){0,3}"
    r"направил\w*)\b"
)

# "все главы ..., кроме президента А", "участвуют ... всех стран, за исключением Б": what
# follows, up to the end of the clause, is left out of the company just named
_EXCEPTED_BEFORE = re.compile(r"\b(?:кроме|за\s+исключением)\s+[^,.;:!?()«»\"]{0,80}$")


def excepted(low: str, sentence_start: int, pos: int) -> bool:
    """Whether offset ``pos`` of the lower-cased text ``low`` stands in a clause of exception
    ("кроме ...", "за исключением ...") within its sentence: who or what it names is absent."""
    a = max(sentence_start, pos - 90)
    if low.find("кроме", a, pos) == -1 and low.find("исключением", a, pos) == -1:
        return False  # neither word the pattern needs: most places, found without the regex
    return _EXCEPTED_BEFORE.search(low, a, pos) is not None
