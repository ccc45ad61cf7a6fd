"""Who took part in a meeting reported in Russian: titles, roles, the state or international
body each participant represents, and who is only mentioned.

Rules, as Russian news copy is written:

- A title stands before the name, in the same case ("министра внутренних дел Казахстана Ержана
  Саденова"), or after a dash ("Дубровский В.Н. – представитель ..."). Its head is an office
  noun (министр, глава, начальник, заместитель ...); ranks ("генерал-полковник") are not part of
  it. The title, put back in the nominative, is the participant's title.
- The state comes from the title (a country, a demonym, a national agency), else from the
  delegation the person leads ("Казахстанскую делегацию возглавил ..."), else from paired
  adjectives ("главы белорусского и российского МВД А и Б", respectively).
- A list of names shares the cue of its sentence and its first title ("прибыли министры
  внутренних дел Азербайджана А, Беларуси Б и России В": each with the state before his
  name); states listed right before as many names go to them in turn ("министры ... Беларуси
  и России А и Б", "коллеги из Армении, Казахстана - А, Б").
- The international body comes from the title ("заместитель Генерального секретаря СНГ" -> the
  CIS Executive Committee), unless it is the convening body itself.
- Heads of state and government named in passing, spokespeople, sources relaying the news and
  senders of a greeting are mentioned, not participants. In an announcement the participants
  are those said to take part, lead a delegation, open, chair or address it, whatever the
  tense ("Казахстанскую делегацию возглавляет А", "А прибыл в Анкару"), and the subjects of
  the sentence telling the coming meeting ("Заседание будет вести А"), not one who tells of
  it; a sentence of background ("Ранее ...", "напомнили, что ...") makes no one a participant.
- Roles: chair (председательствовал, председательствующий, под председательством; else elected
  chairman of the body), co-chair (heads of the two ministries of a joint collegium), host
  ("встреча А с Б": A hosts), speaker (a speech verb, "с докладом выступил" - a report given
  makes its speaker a participant by itself), attendee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..context import Context
from ..lexicon import Match
from . import cues as C
from .elsewhere import set_aside_recalled_meetings
from .gazetteer import region_adjectives, town_adjectives
from .morph import nominative, parse, plural_verb
from .people import (
    RuPerson,
    find_lone_surnames,
    find_names,
    find_speaking_surnames,
    find_titled_surnames,
    group_people,
)

_TITLE_HEADS = frozenset(
    """министр замминистра заместитель замглава глава руководитель начальник директор
    председатель председательствующий секретарь генсек генпрокурор прокурор командующий
    вице-премьер-министр заминистр
    представитель посол президент премьер-министр советник помощник командир комиссар
    уполномоченный шеф генеральный исполнительный управляющий первый вице-премьер
    пресс-секретарь спикер член губернатор мэр аким хоким госсекретарь""".split()  # noqa: SIM905
)
_HEAD_NOUNS = _TITLE_HEADS - {"генеральный", "исполнительный", "первый", "управляющий"}
# a rank between the title and the name, in any case ("генерала армии Владимира Кулишова")
_CASE_END = r"(?:а|у|ом|е)?"
_RANK = re.compile(
    rf"\s*(?:генерал{_CASE_END}(?:-(?:полковник|майор|лейтенант){_CASE_END})?"
    r"(?: армии| полиции| милиции| юстиции| внутренней службы)?"
    rf"|(?:под)?полковник{_CASE_END}(?: полиции| милиции| юстиции)?|майор{_CASE_END}(?: полиции)?"
    r"|государственн\w+ советник\w* юстиции(?: \d-го класса)?)\s*$",
    re.IGNORECASE,
)
# a name in quotes inside a title: "начальник управления «Оңтүстік» Пограничной службы"
_SHORT_QUOTE = re.compile(r"«[^«»\s]+(?:\s[^«»\s]+){0,2}»")
_DASH_BEFORE = re.compile(r"\s[–—-]\s$")
_BOUNDARY = re.compile(r"[,;:«»\"]|\s[–—-]\s|\.\s")
_RIGHT_TITLE = re.compile(r"\s*(?:[,–—-]\s*)([^,.;:()«»\"]{4,160})")
_MEETING_WITH = re.compile(r"\b(?:встреч|переговор)\w*\s+(?:[^.,;]{0,120}?)$")
# "встреча председателя А и директора Б": the first of two named as a pair
_PAIRED_AFTER = re.compile(r"\s+и\s+[а-яё]")
# "А провел переговоры с Б", "А встретился в Худжанде с Б": A receives
_HOSTS_AFTER = re.compile(
    r"[^.;«»]{0,40}?\b(?:провел\w*|провёл|проведет)\s+(?:\w+\s+)?(?:встреч\w*|переговор\w*)"
    r"(?:\s+[^.;]{0,30}?)?\s+со?\s|[^.;«»]{0,40}?\bвстретил\w*\s+(?:[^.;]{0,30}?\s+)?со?\s"
)
# "встретился с делегацией ...", "провел рабочую встречу с представителями МВД ...", "с
# казахским коллегой": whom A met came to him, a delegation or a foreign colleague
_VISITORS = re.compile(
    r"(?:[а-яё]+\s+){0,2}?(?:делегаци|представител"
    r"|(?:[а-яё]+(?:ск|цк)|зарубежн|иностранн)[а-яё]+\s+коллег)"
)
# "Министр А встретился с президентом страны Б и премьер-министром В": a head of state or
# government named in the instrumental after the verb is the one the visitor met (his own
# meeting, not a reception beside another's)
_MET_HEAD = re.compile(
    r"\bвстрети(?:лс[яь]|лась|лись)\s+(?:[^.;«»]{0,30}?\s+)?с\s+[^.;:«»]{0,160}$"
)
# "А обсудил расширение сотрудничества с руководителем представительства Б", "А обсуждал эту
# проблему с белорусскими коллегами": the one who discussed it, named right before the
# verb, and whom he discussed it with, in the instrumental after it
_DISCUSSED_WITH_AFTER = re.compile(r"\s+(?:обсудил|обсуждал)[аи]?\s+[^.;:«»]{0,160}?\sсо?\s")
_DISCUSSED_WITH_BEFORE = re.compile(
    r"\b(?:обсудил|обсуждал)[аи]?\s+[^.;:«»]{0,160}?\sсо?\s+[^.;:«»]{0,100}$"
)
# "А встретится с директором Б, председателем В", "А совместно с главой МЧС Б проведет
# заседание": whom the coming meeting joins, named in the instrumental after the verb
_WILL_MEET_WITH = re.compile(
    r"\b(?:встрет(?:ится|ятся)|совместно)\s+(?:[^.;«»]{0,30}?\s+)?с\s+[^.;:«»]{0,160}$"
)
# "заявил министр А во время встречи с послом ...": A, named right before the meeting he has
# with the other side, is the side who receives it; with colleagues come "из" another state
# ("во время встречи со своими коллегами из Кыргызстана"), at home whatever the venue told
_DURING_MEETING_WITH = re.compile(
    # (a statement and its day may come first: "заявил А 24 июня на встрече с директором Б")
    r"(?:\s+\d{1,2}\s+[а-яё]+)?(?:\s+(?:заявил|отметил|сказал|подчеркнул)[аи]?)?"
    r",?\s+(?:во время|в ходе|на)\s+(?:[а-яё]+\s+)?(?:встреч[иеу]|переговор(?:ов|ах))\s+"
    r"(?:со\s+сво\w+|со?)\s(?P<from>коллег\w*\s+из\s)?"
)
# "А принял делегацию ...", "А принимал гостей": A receives them at home
_RECEIVES_AFTER = re.compile(
    r"[^.;«»]{0,40}?\b(?:прин(?:ял|яла|яли|имал|имала|имает|имая)|встретил[аи]?)\s+"
    r"(?:[^.;]{0,30}?\s+)?(?:делегаци|гост)"
)
# "Министра ... принял начальник полиции А": the one who receives, named after the verb
_RECEIVED_BY = re.compile(
    r"\bприн(?:ял|яла|яли|имал|имала|имали)\s+(?!участи|решени|участник)(?:[а-яё-]+\s+){0,2}$"
    # "Гостей встретил руководитель ... А": the guests first, then who met them
    r"|\b(?:гост\w*|делегаци\w*)\s+встретил[аи]?\s+$"
)
# "Президент А принял министра ... Б", "принимая главу МВД Б": Б is received, his title in
# the accusative right after the verb
_RECEIVED_ONE = re.compile(r"\bприн(?:ял|яла|имал|имала|имает|имая)\s+$")
# "Президент А принял министра ...", "А, принимая главу МВД ...": A receives one official
_RECEIVES_OFFICIAL = re.compile(
    r"[^.;«»]{0,40}?\bприн(?:ял|яла|имал|имала|имает|имая)\s+(?P<office>[а-яё-]+)\s"
)
# "с киргизским коллегой А", "его узбекский коллега Б": the state of the colleague
_COLLEAGUE = re.compile(r"(?P<dem>[а-яё]+(?:ским|ский|ского|скому|ском))\s+коллег\w*\s+$")
# a name, its title after a comma, then a colon and a quotation or, in a transcript, a dash
# ("Александр Буксман, заместитель генпрокурора: - Ни для кого не секрет"): the words are the
# person's
_SAYS_AFTER = re.compile(r"(?:,(?:[^.:;«»\"]|«[^«»\n]{1,40}»){0,160})?:\s*(?:[«\"„]|[-–—]\s)")
# the chairman of the body itself, with no other body named after the word
# a federal service of no stated state is Russia's ("Директор Федеральной службы по
# финансовому мониторингу"): the others' federal agencies are bureaus, police, offices
_FEDERAL_SERVICE = re.compile(r"\bфедеральн\w+\s+служб")
# an ambassador's title
_ENVOY = re.compile(r"\bпос(?:ол|ла|лом|лу)\b")
_CHAIRMAN_OF_BODY = re.compile(r"председател\w* (?:совета|коллегии|комитета)(?:\s*[–—,-]|\s*$)")
# one of a title's posts, between commas or dashes: the chairman of a council or commission
# ("вице-премьер, председатель Координационного совета") or of an organisation by its acronym
# ("Председатель ЕАГ – Директор Росфинмониторинга"); not of a state committee
_CHAIR_POST = re.compile(
    r"председател\w*\s+(?:(?:[а-яё]+(?:ого|его|ой|ых)\s+){0,2}(?:совета|коллегии|комиссии)"
    r"|(?-i:[А-ЯЁ]{2,6}))",
    re.I,
)
_POSTS_SPLIT = re.compile(r"\s*(?:,|\s[–—-])\s*")


def _chairs_among_posts(title: str) -> bool:
    """Whether a title of two or more posts names its holder the chairman of a council or an
    organisation in one of them."""
    if "редседател" not in title:
        return False
    posts = _POSTS_SPLIT.split(title.strip())
    return len(posts) >= 2 and any(_CHAIR_POST.fullmatch(p) for p in posts)


# "С казахстанской стороны в нем принял участие А", "со стороны Кыргызстана – Б": A's state
_FROM_SIDE = re.compile(
    r"\bс(?:о)?\s+(?:(?P<dem>[а-яё]+(?:ской|цкой))\s+сторон\w*|стороны\s+(?P<of>[а-яё]+))\b"
)
# a sentence opening with the state its people come from: "От Таджикистана ... примет участие"
_FROM_STATE = re.compile(r"\s*от\s+([а-яё]+)\s")
# "делегацией МВД Туркменистана во главе с заместителем министра А": A leads that state's
_LEADS_DELEGATION_OF = re.compile(
    r"(?:делегаци|представител)\w*\s+([^.;]{0,120}?)\s+(?:во главе с|под руководством)"
    r"\s+[^.;]{0,80}$"
)
# "Румынская делегация во главе с главным комиссаром А": the state of the delegation A leads
_DEMONYM_DELEGATION = re.compile(
    r"\b([а-яё]+(?:ская|ской|скую|цкая|цкой|цкую))\s+делегаци\w*\s+(?:во главе с|под руководством)"
    r"\s+[^.;]{0,80}$"
)
# "делегация (представители) МВД Таджикистана под руководством А": A leads a delegation,
# he does not chair the meeting
_LED_GROUP = re.compile(r"(?:делегаци|представител|групп)\w*[^.;]{0,100}$")
_WILL_SPEAK = re.compile(r"\bвыступ(?:ит|ят)\b")
# a sentence telling the side talks of a visit or a session
_SIDE_TALKS = re.compile(
    r"(?:в ходе|в рамках|во время)\s+(?:своего\s+)?(?:визита|пребывания|поездки)|на полях\b"
    r"|в кулуарах\b"
)
# "<state> в лице <title>": the state the person speaks for
_IN_PERSON_OF = re.compile(r"(\S+(?:\s+\S+)?)\s+в\s+лице\s+[^.;]{0,100}$")
# "Беларусь на встрече представляет министр ... А": the state, the subject of "представляет"
_STATE_REPRESENTED_BY = re.compile(
    r"(?:^|[.;,]\s*)([а-яё]+)\s+(?:(?:на|в)\s+[а-яё]+\s+)?представля(?:ет|ют|л|ла|ли)\s+[^.;]{0,100}$"
)
# meeting an arriving guest at the airport or station: a welcome, not the meeting
_MET_ON_ARRIVAL = re.compile(
    r"\b(?:в|на)\s+(?:международном\s+)?(?:аэропорту|вокзале)\b[^.]{0,80}?\bвстрети(?:л|ла|ли)\b"
    r"|\bвстрети(?:л|ла|ли)\b[^.]{0,80}?\b(?:в|на)\s+(?:международном\s+)?(?:аэропорту|вокзале)\b"
)
# the delegations or participants received, in the passive, by the name after it
_DELEGATIONS_RECEIVED_BY = re.compile(
    r"(?:делегаци|участник|гост)\w*\s+(?:был[аи]?\s+)?принят[ыа]?\s+[^.;:]{0,80}$"
)
# a participle telling an event held before: "состоявшихся 26 марта ... переговоров"
# the genitive plural of "встреча", which the meeting cue's endings leave out: "в ходе встреч с
# А, Б и В были обсуждены ..."
_MEETINGS_GENITIVE = re.compile(r"\bвстреч\s")
# a meeting held within a session or right before it: "в рамках совещания", "перед началом
# заседания", "на полях форума"
_WITHIN_THE_SESSION = re.compile(
    r"\b(?:в рамках|перед началом|в ходе|на полях|накануне)\s+(?:[а-яё]+\s+)?"
    r"(?:заседани|совещани|сесси|конференци|форум|коллеги|саммит)"
)
_HELD_BEFORE = re.compile(r"\b(?:состоявш|прошедш|предыдущ)\w*")
# a reception given by the one named after it: "на торжественном приеме президента А"
_RECEPTION_OF = re.compile(r"\bпри[её]м(?:е|а|у)?\s+(?:у\s+)?$")
# the greetings or the address whose sender is the name after them, in the genitive ("зачитав
# обращение Президента А", "огласил послание президента Б")
_GREETINGS_OF = re.compile(
    r"\b(?:приветстви[еяй]|обращени[еяй]|послани[еяй])\w*\s+(?:[а-яё]+\s+){0,3}$"
)
# "обратился президент А — его послание зачитал генеральный прокурор Б": another read out
# what the one named sent
_READ_FOR_HIM = re.compile(
    r"\s*(?:,|[–—-])\s*(?:его|её|ее)\s+(?:послание|обращение|приветствие)\s+(?:[а-яё]+\s+){0,2}"
    r"(?:зачита|огласи|озвучи)\w*"
)
# "его послание зачитал генеральный прокурор Б": who reads it out takes the floor
_READS_OUT = re.compile(r"\b(?:зачитал|огласил)[аи]?\s+$")
_ON_BEHALF_OF = re.compile(r"\bпо поручению\s+([^.,;]{0,80})$")
_FROM_BODY = re.compile(r"\bот\s+(?:[^.,;]{0,80})$")
# a term that begins after the meeting: "избран председателем ... в следующем году", "на 2027 год"
_LATER_TERM = re.compile(
    r"\b(?:в|на)\s+следующ\w+\s+год\w*|\bна\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+год"
)
# a sentence of background, told before the meeting: "Ранее ...", "Напомним, ...", "В
# ведомстве напомнили, что ..."
_EARLIER_SENTENCE = re.compile(r"\s*(?:ранее|напомним)\b|[^.;]{0,60}?\bнапомнил[аи]?,? что\b")


# cues that belong to the person named nearest to them in the sentence
_PERSON_CUES = (
    ("attend", C.ATTEND), ("speech", C.SPEECH), ("chair", C.CHAIR), ("elected", C.ELECTED_CHAIR),
    ("open", C.OPEN), ("press", C.PRESS), ("absent", C.ABSENT), ("address", C.ADDRESS),
    ("discussed", C.DISCUSSED),
)  # fmt: skip
_QUOTE = re.compile(r"(?<=«)[^»]*")
# a quotation in straight or curly quotes ("...", “...”, „...“) within a sentence, and the
# end of one that began in an earlier sentence ('... Финляндии", - сказала Ершова')
_STRAIGHT_QUOTE = re.compile(r"[\"“„][^\"“”„]*[\"”“]")
_QUOTE_ENDS_HERE = re.compile(r"^[^\"“”„«»]*(?=[\"”“],?\s*[-–—])")
# "сообщили журналистам в пресс-службе": the press service relays the news, not a person
_PRESS_SERVICE_AFTER = re.compile(r"[^.]{0,30}пресс-(?:служб|центр)")
# "на пресс-конференции после церемонии подписания", "на брифинге по итогам заседания"
# the news told to the journalists at the meeting, or during it
_PRESS_THERE = re.compile(
    r"(?:как\s+)?(?:сообщил|рассказал|заявил)\w*\s+(?:[а-яё]+\s+)?журналистам\b"
    r"|как сообщил[аи]?\s+в ходе\s+(?:совещани|заседани|встреч)"
)
# the head of an agency, not of one of its departments or its press office
_AGENCY_HEAD = re.compile(r"(?:глава|руководител|министр|председател|директор|начальник)\w*\s")
_SUBUNIT = re.compile(r"\b(?:отдел|сектор|пресс|информаци|общественн\w+ связ)")


def _heads_agency(title: str | None) -> bool:
    low = (title or "").lower()
    return bool(_AGENCY_HEAD.match(low)) and not _SUBUNIT.search(low)


_BRIEFING_AFTER_SESSION = re.compile(r"(?:пресс-конференци|брифинг)\w*\s+(?:по итогам|после)\b")
_COORDINATED = re.compile(r"[^.,;:!?«»]{0,80}")


# what may stand between two names of one list: a comma, "и" / "а также" or the semicolon of a
# bulleted list, then the next
# one's title or state ("министры ... Азербайджана Рамиль Усубов, Беларуси Игорь Шуневич"),
# or a dash before a list of names matching a list of states
# the words between a verb and its subject named after it: no clause boundary between them
_SUBJECT_AFTER = re.compile(r"[^.,;:!?«»()\"]{1,160}")
_LIST_LINK = re.compile(
    r"\s*(?:(?P<item>;\s*[—–•-]?\s*)|,\s*(?:а\s+также\s+|и\s+)?|\s+(?:и|а\s+также)\s+)(?P<rest>.*)",
    re.DOTALL,
)
_LIST_REST = re.compile(r"[^.;:!?«»()\"]{0,130}")
# cues a whole list shares: taking part, speaking
_LIST_CUES = frozenset({"attend", "speech", "address"})


def _list_link(ctx: Context, a: tuple[int, int], b: tuple[int, int]) -> str | None:
    """ "joined" (by "и", "а также" or the next one's title) or "comma" when the names at
    spans ``a`` and ``b`` (in this order) stand in one list, else None: the gap holds no verb
    and no end of a clause."""
    gap = ctx.text[a[1] : b[0]]
    m = _LIST_LINK.fullmatch(gap)
    if m is None or not _LIST_REST.fullmatch(m.group("rest")):
        return None
    rest = m.group("rest")
    words = re.findall(r"[А-ЯЁа-яё]+", rest)
    if _verb_in(rest) or any(_is_participle(w) for w in words):
        return None  # "А, встретившийся ранее с Б": not a list
    if words and _is_preposition(words[-1]):
        return None  # "А, а также с Б": the next name depends on a preposition
    if (
        m.group("item")
        or re.search(r"(?:^|\s)(?:и|также)\s", gap)
        or any(_is_head(w) for w in gap.split())
    ):
        return "joined"  # "А и Б", "А, а также Б", "title А, title Б", "title А; — title Б"
    return "comma"


_NEXT_WORD = re.compile(r"\s+(?:(?:ещё|еще|уже|также|вчера|сегодня)\s+)*([а-яё]+)")


def _singular_verb_after(ctx: Context, pos: int) -> bool:
    m = _NEXT_WORD.match(ctx.text, pos)
    return bool(m) and any(
        p.tag.POS == "VERB" and p.tag.number == "sing" and p.score >= 0.25
        for p in parse(m.group(1))
    )


def name_lists(ctx: Context, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs of names in one sentence that form a list: three or more, or two joined by "и" or
    each with a title of its own ("директор ... А, заместитель министра ... Б")."""
    out: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    joined = False

    def close() -> None:
        # "Как сообщила ... А, генпрокурор Б отбыл": a verb in the singular after the last
        # name has that name alone for its subject
        if run and _singular_verb_after(ctx, run[-1][1]):
            run.pop()
        if len(run) >= 3 or (len(run) == 2 and joined):
            out.append(list(run))

    for span in sorted(spans):
        link = None
        if run and ctx.sent_idx(run[-1][0]) == ctx.sent_idx(span[0]):
            link = _list_link(ctx, run[-1], span)
        if link is None:
            close()
            run, joined = [span], False
        else:
            run.append(span)
            joined = joined or link == "joined"
    close()
    return out


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def _without_quotations(low: str) -> str:
    """The sentence with the words of quotations blanked: in «...», "...", and the end of a
    quotation begun in an earlier sentence, before its attribution ('...", - сказала А')."""
    low = _QUOTE.sub(_blank, low)
    if '"' in low or "”" in low or "“" in low:
        low = _QUOTE_ENDS_HERE.sub(_blank, low, count=1)
        low = _STRAIGHT_QUOTE.sub(lambda q: q.group()[0] + _blank(q)[2:] + q.group()[-1], low)
    return low


def _assign_cues(
    ctx: Context, people: list[RuPerson], lists: list[list[tuple[int, int]]]
) -> dict[tuple[int, int], set[str]]:
    """Cue words of each sentence, each given to the mention nearest to it (and to mentions
    joined to that one by "и"): in "Как сообщила «АП» начальник отдела А, Б отбыл для участия",
    A relays the news and B takes part. A list of names shares taking part and speaking
    ("прибыли министры ... А, Б, В и Г"). Words inside «quotes» are the speaker's, not cues."""
    spans = sorted(
        {(m.start, m.end) for p in people for m in p.mentions}
        | {span for p in people for span in p.lone}
    )
    out: dict[tuple[int, int], set[str]] = {span: set() for span in spans}
    oblique = {(m.start, m.end) for p in people for m in p.mentions if m.oblique}
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for span in spans:
        by_sentence.setdefault(ctx.sent_idx(span[0]), []).append(span)
    for sentence, mentions in by_sentence.items():
        a, b = ctx.doc.sentences[sentence]
        low = _without_quotations(ctx.low[a:b])
        for cue_name, cue in _PERSON_CUES:
            for m in cue.rx.finditer(low):
                x, y = a + m.start(), a + m.end()
                name = cue_name
                if name == "press" and _PRESS_SERVICE_AFTER.match(ctx.low, y):
                    continue
                if name == "press" and _BRIEFING_AFTER_SESSION.match(ctx.low, x, x + 80):
                    name = "speech"  # who briefs the press after the session speaks for it
                elif name == "press" and _PRESS_THERE.match(ctx.low, x):
                    name = "press-there"  # "сообщил журналистам", "сообщил в ходе совещания"
                if (
                    name == "chair"
                    and m.group().startswith("под руководством")
                    and _LED_GROUP.search(ctx.low, max(a, x - 100), x)
                ):
                    name = "attend"  # a delegation's head takes part
                # who speaks is the verb's subject, a name in the nominative ("По поручению
                # Президента А участников приветствовал советник Б": Б)
                pool = mentions
                if name == "speech":
                    # no name in the nominative: the subject is a pronoun or an office ("Об
                    # этом он сообщил на встрече с генпрокурором Узбекистана Б"), not Б
                    pool = [sp for sp in mentions if sp not in oblique]
                    if not pool:
                        continue
                near = min(pool, key=lambda sp: max(sp[0] - y, x - sp[1], 0))
                if name == "discussed" and not 0 <= x - near[1] <= 2:
                    # only the verb's subject, named right before it or, in the nominative,
                    # after it in the same clause ("обсудили секретари советов безопасности
                    # Беларуси и России – А и Б")
                    after = [
                        sp
                        for sp in mentions
                        if sp[0] > y
                        and sp not in oblique
                        and _SUBJECT_AFTER.fullmatch(low, y - a, sp[0] - a)
                    ]
                    if not after:
                        continue
                    near = after[0]
                out[near].add(name)
                if name == "speech" and _next_to(ctx.low, near, x, y):
                    out[near].add("speech-next")
                for other in mentions:
                    lo, hi = sorted((near, other))
                    gap = ctx.low[lo[1] : hi[0]]
                    if other != near and " и " in f" {gap} " and _COORDINATED.fullmatch(gap):
                        out[other].add(name)
    for members in lists:
        shared = set().union(*(out.get(span, set()) for span in members)) & _LIST_CUES
        for span in members:
            out.setdefault(span, set()).update(shared)
    return out


def _next_to(low: str, span: tuple[int, int], x: int, y: int) -> bool:
    """Whether a speech verb (``x``-``y``) stands right beside a name, its subject ("заявил
    Владимир Колокольцев", "Игорь Калетник отметил"), with no word between them."""
    gap = low[span[1] : x] if span[1] <= x else low[y : span[0]] if y <= span[0] else "?"
    return len(gap) <= 4 and not gap.strip(" ,–—-")


def _acted_together(
    ctx: Context,
    people: list[RuPerson],
    lists: list[list[tuple[int, int]]],
    cue_map: dict[tuple[int, int], set[str]],
) -> None:
    """ "А и Б утвердили план", "А, Б и В подписали": names in the nominative right before a
    verb in the plural are its subjects, who did it together, so met."""
    oblique = {(m.start, m.end) for p in people for m in p.mentions if m.oblique}
    for members in lists:
        if any(span in oblique for span in members):
            continue
        m = _NEXT_WORD.match(ctx.low, members[-1][1])
        if m and plural_verb(m.group(1)):
            for span in members:
                cue_map.setdefault(span, set()).add("discussed")


def _coordinated(ctx: Context, parts: list[Participant]) -> None:
    """ "Руководители министерств генерал-полковник А и генерал-майор Б": the second name of a
    pair shares the first one's title."""
    by_start = {m.start: p for p in parts for m in p.person.mentions}
    for p in parts:
        for m in p.person.mentions:
            for q_start, q in by_start.items():
                gap = ctx.low[m.end : q_start]
                if q is p or q.title or not (0 < q_start - m.end <= 60):
                    continue
                if re.fullmatch(r"\s+и\s+[^.,;:!?«»]*", gap) and "коллег" not in gap:
                    q.title = p.title


def _states_in(ctx: Context, a: int, b: int) -> list[Match]:
    return [m for m in ctx.geo if a <= m.start and m.end <= b and m.kind != "city"]


def _state_run_before(ctx: Context, pos: int, sentence_start: int) -> list[Match]:
    """The list of states that ends right before ``pos`` ("Беларуси и России", "из Армении,
    Белоруссии, Казахстана -"), in text order; empty when none does."""
    states = _states_in(ctx, sentence_start, pos)
    if not states or not re.fullmatch(r"\s*[-–—:]?\s*", ctx.text[states[-1].end : pos]):
        return []
    run = [states[-1]]
    for m in reversed(states[:-1]):
        if not re.fullmatch(r"\s*(?:,|и|,\s*и|а также)\s*", ctx.low[m.end : run[0].start]):
            break
        run.insert(0, m)
    return run


def _lists(ctx: Context, parts: list[Participant], lists: list[list[tuple[int, int]]]) -> None:
    """What the names of one list share or take in turn:

    - a run of as many states right before the list, in order: "министры внутренних дел
      Беларуси и России Игорь Шуневич и Владимир Колокольцев", "коллеги из Армении, Белоруссии,
      Казахстана - А, Б, В";
    - the first name's title, with the state named before each of the others: "министры
      внутренних дел Азербайджана Рамиль Усубов, Беларуси Игорь Шуневич" (not "коллеги");
    - the first name's state, when nothing but the separator stands between the names."""
    by_span = {(m.start, m.end): p for p in parts for m in p.person.mentions}
    for members in lists:
        people = [by_span[span] for span in members if span in by_span]
        if len(people) != len(members):
            continue
        sentence_start = ctx.doc.sentences[ctx.sent_idx(members[0][0])][0]
        if _respectively(ctx, members, people, sentence_start):
            continue
        for (prev_span, span), prev, p in zip(
            zip(members, members[1:], strict=False), people, people[1:], strict=False
        ):
            gap = ctx.low[prev_span[1] : span[0]]
            states = _states_in(ctx, prev_span[1], span[0])
            if p.title is None and prev.title and "коллег" not in gap:
                base = _without_state(ctx, prev.title)
                if states:
                    p.title = f"{base} {ctx.text[states[0].start : states[0].end]}"
                elif base != prev.title and not re.fullmatch(r"\s*(?:,|и|,\s*и)\s*", gap):
                    p.title = base  # a state the gazetteer does not know stands before the name
                else:
                    p.title = prev.title
            if p.country is None and p.organization is None:
                if states:
                    p.country = ctx.country_code(states[0])
                elif re.fullmatch(r"\s*(?:,|и|,\s*и)\s*", gap) and prev.title:
                    p.country, p.organization = prev.country, prev.organization
                elif (
                    prev.country
                    and p.title
                    and "коллег" not in gap
                    and any(_is_head(w) for w in gap.split())
                    and not _INTERNATIONAL_OFFICE.search(p.title.lower())
                ):
                    # "министром внутренних дел России А, директором Федеральной службы ... Б":
                    # a national office of no state, in a list of a state's officials, is its
                    p.country = prev.country


# the offices of international bodies: "государственный секретарь Союзного государства"
_INTERNATIONAL_OFFICE = re.compile(r"секретар|генсек|организаци|офис|союз|содружеств")


def _respectively(
    ctx: Context, members: list[tuple[int, int]], people: list[Participant], sentence_start: int
) -> bool:
    """States listed right before the last names of a list, as many as those names, give
    them their states in order; whether they did."""
    for i, span in enumerate(members[:-1]):
        run = _state_run_before(ctx, span[0], sentence_start)
        codes = [ctx.country_code(m) for m in run]
        if len(run) == len(members) - i and len(set(codes)) == len(codes):
            for p, code in zip(people[i:], codes, strict=True):
                p.country = code
            return True
    return False


def _without_state(ctx: Context, title: str) -> str:
    """``title`` without the state it ends with ("министр внутренних дел Азербайджана")."""
    for m in reversed(ctx.lex.scan(title)):
        if m.kind in ("country", "demonym") and not title[m.end :].strip():
            return title[: m.start].rstrip()
    return title


@dataclass
class Participant:
    person: RuPerson
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    role: str = "attendee"
    participant: bool = False
    evidence: tuple[int, int] | None = None
    reason: str | None = None
    cues: set[str] = field(default_factory=set)


@lru_cache(maxsize=16_384)
def _is_head(word: str) -> bool:
    w = word.lower().strip(".,")
    if not w.isalpha() and "-" not in w:
        return False
    parses = parse(w)
    if parses and parses[0].tag.POS in ("PREP", "CONJ", "PRCL"):
        return False  # "после" is no form of "посол"
    return any(p.normal_form in _TITLE_HEADS for p in parses[:3])


def _leads_as_preposition(before: str, word: str) -> bool:
    """Whether ``before word`` is "во главе": a preposition (leading a delegation), no title."""
    return before.lower() == "во" and word.lower() == "главе"


@lru_cache(maxsize=16_384)
def _is_verb(word: str) -> bool:
    """A verb, short participle or gerund: where a title cannot reach back past."""
    parses = parse(word.lower())
    return bool(parses) and parses[0].tag.POS in ("VERB", "INFN", "PRTS", "GRND")


@lru_cache(maxsize=16_384)
def _may_be_verb(word: str) -> bool:
    """A word that is likely enough a finite verb ("прибыли": arrived, or profits)."""
    return any(p.tag.POS == "VERB" and p.score >= 0.25 for p in parse(word.lower()))


def _verb_in(text: str) -> bool:
    """Whether a verb stands in ``text`` ("во встрече в Душанбе прибыли министры ..." is not
    the meeting of those ministers with someone)."""
    return any(_is_verb(w) or _may_be_verb(w) for w in re.findall(r"[А-ЯЁа-яё]+", text))


@lru_cache(maxsize=16_384)
def _is_participle(word: str) -> bool:
    parses = parse(word.lower())
    return bool(parses) and parses[0].tag.POS in ("PRTF", "PRTS", "GRND")


@lru_cache(maxsize=16_384)
def _is_adjective(word: str) -> bool:
    parses = parse(word.lower())
    return word.isalpha() and bool(parses) and parses[0].tag.POS == "ADJF"


@lru_cache(maxsize=16_384)
def _is_preposition(word: str) -> bool:
    parses = parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "PREP"


def _head_noun_case(words: list[str]) -> str | None:
    """The case of a title's head noun; of an indeclinable one ("первого замминистра"), the
    case of the adjective agreeing with it before it."""
    for i, w in enumerate(words):
        for p in parse(w.lower()):
            if p.normal_form in _HEAD_NOUNS and p.tag.POS == "NOUN":
                if "Fixd" in p.tag and i > 0:
                    before = [q for q in parse(words[i - 1].lower()) if q.tag.POS == "ADJF"]
                    if before:
                        return before[0].tag.case
                return p.tag.case
    return None


def left_title(
    ctx: Context, sent_start: int, name_start: int, names: list[tuple[int, int]] = ()
) -> tuple[int, int] | None:
    """The span of the title standing right before a name, without ranks (it does not reach
    back past punctuation, a verb, a preposition before its head, or another name)."""
    seg_start = sent_start
    quoted = [q.span() for q in _SHORT_QUOTE.finditer(ctx.text, sent_start, name_start)]
    for m in _BOUNDARY.finditer(ctx.text, sent_start, name_start):
        if not any(x <= m.start() < y for x, y in quoted):
            seg_start = m.end()
    for a, b in names:
        if seg_start <= a and b <= name_start:
            seg_start = b
    words = list(re.finditer(r"\S+", ctx.text[seg_start:name_start]))
    first = None
    for i in range(len(words) - 1, -1, -1):
        w = words[i].group()
        if _is_head(w) and not (i > 0 and _leads_as_preposition(words[i - 1].group(), w)):
            first = i
        elif _is_head(w):
            break  # "во главе Генерального прокурора": the title starts after "во главе"
        elif first is None and i < len(words) - 16:
            break  # no office noun close to the name
        elif _is_verb(w) and (first is not None or i < len(words) - 1):
            break
        elif first is not None and first == i + 1 and w.lower() == "при":
            first = None  # "директора Агентства ... при президенте": the agency's, no title
        elif first is not None and _is_preposition(w):
            break  # "во главе с заместителем ...": the title starts after the preposition
    if first is None:
        # "руководителя пограничной службы ФСБ России, генерала армии А": a rank after a
        # comma, the title before it; or the title, a comma, the name ("командующий
        # пограничными войсками страны, Шерали Мирзо")
        comma = seg_start - 1
        if (
            comma > sent_start
            and ctx.text[comma] == ","
            and (
                _RANK.fullmatch(ctx.text, seg_start, name_start)
                or not ctx.text[seg_start:name_start].strip()
            )
        ):
            before = left_title(ctx, sent_start, comma, names)
            if before is not None and before[1] == comma:
                return before
        # "первый заместитель министра ... Республики - полковник милиции А": the title, a
        # dash, the rank before the name
        dash = _DASH_BEFORE.search(ctx.text, sent_start, seg_start)
        if dash and dash.end() == seg_start and _RANK.fullmatch(ctx.text, seg_start, name_start):
            before = left_title(ctx, sent_start, dash.start(), names)
            if before is not None and before[1] == dash.start():
                return before
        return None
    while first > 0 and _is_adjective(words[first - 1].group()):
        first -= 1  # "государственный советник", "белорусский министр"
    a = seg_start + words[first].start()
    dash = _DASH_BEFORE.search(ctx.text, sent_start, a)
    if first == 0 and dash:
        # a chained title: "первого заместителя директора – руководителя Пограничной службы"
        before = left_title(ctx, sent_start, dash.start(), names)
        if before is not None and before[1] == dash.start():
            a = before[0]
    elif first == 0 and re.search(r"\S,\s*$", ctx.text[sent_start:a]):
        # titles in apposition, in the same case: "первого заместителя директора ФСБ РФ,
        # руководителя Пограничной службы А", "Генпрокурор России, председатель КСГП А"
        comma = ctx.text.rindex(",", sent_start, a)
        before = left_title(ctx, sent_start, comma, names)
        if (
            before is not None
            and before[1] == comma
            and _head_noun_case(ctx.text[before[0] : before[1]].split())
            == _head_noun_case(ctx.text[a:name_start].split())
        ):
            a = before[0]
    b = name_start
    body = ctx.text[a:b]
    rank = _RANK.search(body)
    while rank and rank.start() > 0:
        body = body[: rank.start()]
        rank = _RANK.search(body)
    body = body.rstrip()
    return (a, a + len(body)) if body else None


def _title_case(ctx: Context, pos: int) -> str | None:
    """The case of a title that ends right before ``pos`` (a rank between them allowed), or
    None when no title does."""
    if not _OFFICE_NEAR.search(ctx.low, max(0, pos - 120), pos):
        return None  # no office noun close before: no title (a cheap test before the parse)
    sentence = ctx.sent_idx(pos)
    span = left_title(ctx, ctx.doc.sentences[sentence][0], pos)
    if span is None or not _TITLE_GAP.fullmatch(ctx.text, span[1], pos):
        return None
    return _head_noun_case(ctx.text[span[0] : span[1]].split())


_OFFICE_NEAR = re.compile(
    r"министр|глав|руководител|начальник|директор|председател|секретар|генсек|прокурор"
    r"|командующ|заместител|посол|представител|советник|помощник|президент|уполномоченн"
)
_TITLE_GAP = re.compile(r"\s*(?:[А-ЯЁA-Z]{2,5}\s+)?")


# an office in the genitive whose long title runs on over a comma up to the name: "под
# председательством Министра ... по делам гражданской обороны, чрезвычайным ситуациям ...
# Александра Куренкова" (not a name right after a comma: "заместителя министра, Анна ...")
_GENITIVE_OFFICE = re.compile(
    r"\b(?:министра|главы|руководителя|начальника|директора|председателя|заместителя"
    r"|секретаря|командующего)\s",
    re.IGNORECASE,
)
_TITLE_RUNS_ON = re.compile(r"[^.;:«»()]{0,180}[^\s,–—-]\s+")


# a military or police rank right before a name, its case in its ending: "генерал-полковника
# Леонида Мальцева", "с генерал-лейтенантом Б", "полковник В"
_RANK_BEFORE = re.compile(
    r"(?<![\w-])(?:генерал-|вице-|контр-)?(?:генерал|полковник|подполковник|майор|капитан"
    r"|лейтенант|адмирал)(?P<end>а|ом|у|е)?\s+$"
)
_RANK_CASES = {None: "nomn", "а": "gent", "ом": "ablt", "у": "datv", "е": "loct"}
_RANK_WORDS = ("генерал", "полковник", "майор", "капитан", "лейтенант", "адмирал")


# the chairmanship handed over to the one named next
_HANDED_TO = re.compile(
    r"\bпередал[аи]?\s+(?:[а-яё]+\s+){0,2}?(?:полномочия|председательство)\b[^.;]{0,120}$"
)
_LIST_JOIN = re.compile(r"\s*,\s*|\s+и\s+")


# the phrases right before a name that govern its case
_GOVERNS_CASE = re.compile(
    r"(?:\bв составе|\bв лице|\bс участием|\bпри участии|\bпод руководством"
    r"|\bпо приглашению|\bв сопровождении|\bво главе с)\s+$"
)


def hint_for(ctx: Context, pos: int, names: list[tuple[int, int]] = ()) -> str | None:
    before = ctx.low[max(0, pos - 40) : pos]
    if any(word in before for word in _RANK_WORDS):
        rank = _RANK_BEFORE.search(before)
        if rank is not None:
            return _RANK_CASES[rank.group("end")]
    sentence = ctx.sent_idx(pos)
    start = ctx.doc.sentences[sentence][0]
    span = left_title(ctx, start, pos, names)
    if span is None:
        # "глав погранведомств ... Шерали Мирзо и Руслана Мирзоева": the next name of a list
        # stands in the case of the title the list follows
        prev = next(
            (x for x, y in names if y < pos and _LIST_JOIN.fullmatch(ctx.text, y, pos)), None
        )
        if prev is not None:
            return hint_for(ctx, prev, names)
        governed = _GOVERNS_CASE.search(before)
        if governed is not None:
            # "в составе Деймона Хейса", "во главе с Лейфом Скаугом": the phrase right before
            # the name gives its case, which a foreign name's endings cannot
            return "ablt" if governed.group().startswith("во главе") else "gent"
        lo = max(start, pos - 220)
        offices = list(_GENITIVE_OFFICE.finditer(ctx.text, lo, pos))
        office = offices[-1] if offices else None  # the last office word before the name
        if (
            office is not None
            and _TITLE_RUNS_ON.fullmatch(ctx.text, office.end(), pos)
            and not any(office.start() < b <= pos for _, b in names)
        ):
            return "gent"
        return None
    return _head_noun_case(ctx.text[span[0] : span[1]].split())


# an office under the head of state or government, named before him: "помощник президента",
# "первый заместитель Президента", "советник президента по вопросам безопасности"
_UNDER_THE_HEAD = re.compile(
    r"(?:помощник|советник|заместител|референт|секретар|администраци|аппарат|канцеляри"
    r"|управлени|служб|представител)\w*\s+$"
)
# a second post after a dash: "помощник президента – секретарь Совета безопасности"
_SECOND_POST = re.compile(r"\s[–—-]\s")


def _heads_the_state(title_low: str) -> bool:
    """Whether a title is a head of state's or government's own ("президент Таджикистана"),
    not an office under him ("помощник президента", "первый заместитель Президента")."""
    m = C.HEAD_OF_STATE.search(title_low)
    return m is not None and not _UNDER_THE_HEAD.search(title_low, 0, m.start())


def _title_text(ctx: Context, span: tuple[int, int]) -> str:
    """The title in the nominative, each part of a chained one ("первого заместителя
    директора – руководителя Пограничной службы", or after a comma) on its own."""
    parts = re.split(r"(\s[–—-]\s|,\s+)", ctx.text[span[0] : span[1]])
    return "".join(p if i % 2 else " ".join(nominative(p.split())) for i, p in enumerate(parts))


# a title that points back to the state or agency just named: "председатель Погранкомитета
# республики", "председатель ведомства" ("этой республики" and "страны" point to the state the
# story is about or is held in, not to the one just named: left alone)
_ANAPHORIC_OWNER = re.compile(
    r"(?<!этой )(?<!этого )(?<!данной )(?<!данного )\b(?:республики|ведомства)\s*$"
)


def _anaphoric_state(ctx: Context, span: tuple[int, int], sentence: int) -> str | None:
    """The state a title ending in "республики" or "ведомства" points back to: the
    one state named before it in its sentence or, if none is, in the sentence before ("Границы
    Беларуси охраняются ... Об этом заявил председатель Погранкомитета республики А"); None
    when that sentence names several."""
    if not _ANAPHORIC_OWNER.search(ctx.low, span[0], span[1]):
        return None
    for k in (sentence, sentence - 1):
        if k < 0:
            break
        a = ctx.doc.sentences[k][0]
        b = span[0] if k == sentence else ctx.doc.sentences[k][1]
        codes = {
            ctx.country_code(m)
            for m in ctx.geo
            if a <= m.start < b and m.kind in ("country", "demonym")
        }
        codes.discard(None)
        if codes:
            return codes.pop() if len(codes) == 1 else None
    return None


def _geo_in(ctx: Context, a: int, b: int, towns: bool = False) -> str | None:
    for m in ctx.geo:
        if a <= m.start < b and m.kind in ("country", "demonym"):
            return ctx.country_code(m)
    for m in ctx.orgs:
        if a <= m.start < b:
            code = ctx.lex.org_list[m.ref].country
            if code:
                return code
    if towns:
        # "начальник управления общественной безопасности Пекина": the town's state
        for m in ctx.geo:
            if a <= m.start < b and m.kind == "city":
                return ctx.country_code(m)
        if ctx.low.find("ск", a, b) != -1:
            # "начальник управления милиции Могилёвского облисполкома", "губернатор Брянской
            # области": the state of the town the region or office is named after
            pattern, stems = town_adjectives()
            m = pattern.search(ctx.low, a, b)
            city = ctx.lex.city_by_name(stems[m.group(1)]) if m else None
            if city is not None:
                return city.country
        # "губернатор Приморского края", "начальник амурского УВД": the region's state
        pattern, codes = region_adjectives()
        m = pattern.search(ctx.low, a, b)
        if m is not None:
            return codes[m.group(1)]
    return None


# the standing officers of a body, no state's: "исполнительный секретарь", "заместитель
# председателя Совета командующих" (the chair is a state's head of agency in turn)
_BODY_STAFF = re.compile(
    r"(?:исполнительн\w+|ответственн\w+)\s+секретар\w*\s+$|заместител\w+\s+председател\w*\s+$"
)


def _org_in(ctx: Context, a: int, b: int, body: str | None) -> str | None:
    """The international body a title names, unless a state's agency follows it in the title
    ("начальник Национального центрального бюро Интерпола МВД России": a national office) or
    a state's office comes first, the body's post held besides it ("министр внутренних дел
    Беларуси, председатель Совета МВД ..."): the official speaks for the state."""
    for m in ctx.orgs:
        if a <= m.start < b:
            org = ctx.lex.org_list[m.ref]
            if org.kind in ("international", "body") and _geo_in(ctx, m.end, b) is not None:
                return None
            comma = ctx.text.rfind(",", a, m.start)
            if (
                org.kind == "body"
                and comma >= 0
                and _geo_in(ctx, a, comma) is not None
                and _geo_in(ctx, comma, m.start) is None
            ):
                return None
            if org.kind in ("international", "body") and org.name != body:
                return org.name
            if (
                org.kind == "body"
                and _BODY_STAFF.search(ctx.low, a, m.start)
                and _geo_in(ctx, a, b) is None
            ):
                return org.name  # "исполнительный секретарь КСГП": the body's own officer
            if org.kind in ("international", "body"):
                return None
    return None


def find_participants(ctx: Context, body: str | None, announcement: bool) -> list[Participant]:
    blocked = [(m.start, m.end) for m in ctx.geo + ctx.orgs]
    mentions = find_names(ctx.text, blocked, lambda pos, names: hint_for(ctx, pos, names))
    mentions += find_titled_surnames(ctx.text, mentions, blocked, lambda pos: _title_case(ctx, pos))
    mentions += find_speaking_surnames(ctx.text, mentions, blocked)
    mentions.sort(key=lambda m: m.start)
    people = group_people(mentions)
    find_lone_surnames(ctx.text, people, blocked)
    names = sorted((m.start, m.end) for m in mentions)
    lists = name_lists(ctx, names)
    cue_map = _assign_cues(ctx, people, lists)
    _acted_together(ctx, people, lists, cue_map)
    out = [_analyse(ctx, p, body, announcement, cue_map, names) for p in people]
    _coordinated(ctx, out)
    _lists(ctx, out, lists)
    for p in out:
        _decide(p, announcement)
    _presided_by_another(ctx, out)
    _paired(ctx, out)
    _pronouns(ctx, out)
    _office_then_name(ctx, out, names, body)
    _office_without_name(ctx, out)
    _office_speaks(ctx, out, names)
    _greets_guests(ctx, out, names)
    _deputies_of_the_minister(out)
    set_aside_recalled_meetings(ctx, out)
    return out


_HEAD_OR_DEPUTY = re.compile(
    r"(?:(?:перв\w+\s+)?заместител\w*\s+)?(?:глава|руководител|министр|председател|директор"
    r"|начальник|генеральн\w+ прокурор|генпрокурор)\w*\s"
)


def heads_of_the_sides(ctx: Context, parts: list[Participant], sides: set[str]) -> bool:
    """The head of an agency of one of the meeting's states, or his deputy, named where no
    word tells what he did ("главный вопрос, который волнует директора ФСБ России А и
    председателя КНБ Б"), is of that state's side: the report names the sides' heads. Not a
    head of state ("Президент А", "Председатель КНР Б"), nor one told elsewhere (his reason
    is not the want of a cue), before ("Ранее министр А заявил") or welcoming the guests at
    the airport. Whether any was added."""
    added = False
    for p in parts:
        low = (p.title or "").lower()
        if (
            p.participant
            or p.reason != "no cue"
            or p.country not in sides
            or not _HEAD_OR_DEPUTY.match(low)
            or _SUBUNIT.search(low)
            or C.HEAD_OF_STATE.found_in(low)
            or _STATE_ONLY.match(low)
        ):
            continue
        if not any(_told_now(ctx, m.start) for m in p.person.mentions):
            continue
        p.participant, p.reason, added = True, None, True
    return added


def _told_now(ctx: Context, pos: int) -> bool:
    """Whether the name at ``pos`` tells of the meeting itself: not in a sentence of the past
    ("Ранее ...", "Напомним, ...") or of the welcome at the airport, nor as the one another
    meeting is held with ("состоялись встречи главы делегации с министром ... А")."""
    s, e = ctx.doc.sentences[ctx.sent_idx(pos)]
    return not (
        _EARLIER_SENTENCE.match(ctx.low, s)
        or _MET_ON_ARRIVAL.search(ctx.low, s, e)
        or _MEETING_WITH_BEFORE.search(ctx.low, s, pos)
    )


# "встречи главы делегации с министром внутренних дел Ирана ", "провел переговоры с министром
# А и заместителем министра ": a meeting held with the name
_MEETING_WITH_BEFORE = re.compile(
    r"\b(?:встреч|переговор)\w*(?:\s+[^.;]{0,100}?)?\sс(?:о)?\s+[^.;]{0,160}$"
)


# a head of a state named by the state alone: "Председатель КНР", "глава Казахстана"
_STATE_ONLY = re.compile(r"(?:председател|глав|руководител)\w*\s+\S+$")


# "рассказал гостю о задачах", "поприветствовали гостей", "Министр проинформировал гостей":
# what one tells or shows the visitors he receives
_TO_GUESTS = re.compile(
    r"(?<![\w-])(?:рассказал|ознакомил|проинформировал|информировал|поприветствовал|приветствовал"
    r"|познакомил|поблагодарил)\w*\s+(?:[а-яё]+\s+){0,2}?гост(?:ю|я|ей|ям)(?![\w-])"
)


def _greets_guests(ctx: Context, parts: list[Participant], names: list[tuple[int, int]]) -> None:
    """Who tells, shows or greets "the guest(s)" receives them: the host of the visit. The
    subject is each participant named before the verb in the sentence, in the nominative
    ("Начальник управления А и начальник отдела Б поприветствовали гостей"), else the one
    participant whose title the sentence opens with ("Министр проинформировал гостей")."""
    if "гост" not in ctx.low:
        return
    for m in _TO_GUESTS.finditer(ctx.low):
        i = ctx.sent_idx(m.start())
        s, _ = ctx.doc.sentences[i]
        subjects = [
            p
            for p in parts
            if p.participant
            for n in p.person.mentions
            if s <= n.start < m.start() and (not n.oblique or "." in n.native)
        ]
        if not subjects and not any(s <= a < m.start() for a, _ in names):
            office = _OFFICE_SUBJECT.match(ctx.low, s)
            if office is not None:
                subjects = [
                    p
                    for p in parts
                    if p.participant and p.title and p.title.lower().startswith(office.group())
                ]
                subjects = subjects if len(subjects) == 1 else []
        for p in subjects:
            # (one read as "the guest" of "встреча А с Б" who is at home greets A's people)
            if "envoy" not in p.cues and p.role in ("speaker", "attendee", "host"):
                p.role = "host"
                p.cues.update(("host", "greets-guests"))
    if not any("greets-guests" in p.cues for p in parts):
        return
    for p in parts:
        # the guest greeted is no host, though "встреча А с Б" reads him as one
        if p.participant and p.role == "host" and not {"greets-guests", "receives"} & p.cues:
            cues = p.cues
            spoke = "speech" in cues and ({"address", "spoke-apart"} & cues or "attend" not in cues)
            p.role = "speaker" if spoke else "attendee"


# "председательствующий на заседании", "в этом году председательствует Киргизия"
_PRESIDING = re.compile(r"\bпредседательству(?:ющ\w*|ет)\b")


def _presided_by_another(ctx: Context, parts: list[Participant]) -> None:
    """The chairman elected at the sitting chairs from then on when the report tells the
    sitting's presiding apart, in a sentence that names none of its people
    ("председательствующий на заседании генпрокурор ...", "в этом году председательствует
    Киргизия, в следующем - Россия")."""
    elected = [p for p in parts if p.participant and p.role == "elected-chair"]
    if not elected or "председательству" not in ctx.low:
        return
    starts = [m.start for p in parts for m in p.person.mentions] + [
        a for p in parts for a, _ in p.person.lone
    ]
    for m in _PRESIDING.finditer(ctx.low):
        # the words between full stops (a copy may glue the next sentence to a stop)
        a = max(ctx.low.rfind(c, 0, m.start()) for c in ".!?…") + 1
        ends = [x for x in (ctx.low.find(c, m.end()) for c in ".!?…") if x != -1]
        b = min(ends, default=len(ctx.low))
        if not any(a <= x < b for x in starts):
            for p in elected:
                p.cues.add("elected-later")
            return


_BARE_DEPUTY = re.compile(r"(?:перв\w+\s+)?(?:заместител\w*\s+министра|замминистра)\b")


def _deputies_of_the_minister(parts: list[Participant]) -> None:
    """ "вместе с министром находятся первый заместитель министра А, заместители министра Б и
    В": a deputy minister of no stated state is the deputy of the one minister taking part who
    does not receive the others (the visitor whose delegation they make up), of his state."""
    ministers = {
        p.country
        for p in parts
        if p.participant
        and p.country
        and "receives" not in p.cues
        and p.title
        and p.title.lower().startswith("министр")
    }
    if len(ministers) != 1:
        return
    (state,) = ministers
    for p in parts:
        if p.participant and p.country is None and p.title and _BARE_DEPUTY.match(p.title.lower()):
            p.country = state


# the head of an office named as a verb's subject, with no name: "выступил министр внутренних
# дел Туркменистана", "глава МВД Туркменистана подчеркнул", "Министр выступил с докладом"
_OFFICE_SUBJECT = re.compile(
    r"(?<![\w-])(?:министр|глава|руководитель|начальник|председатель|директор|генпрокурор"
    r"|генеральный прокурор|командующий)(?![\w-])"
)


_TAKING_THE_FLOOR = re.compile(r"\bвыступая\b")


def _office_speaks(ctx: Context, parts: list[Participant], names: list[tuple[int, int]]) -> None:
    """Taking the floor told of an office and no name ("В ходе заседания выступил министр
    внутренних дел Туркменистана", "Выступая на встрече, глава МВД Туркменистана подчеркнул")
    is the one participant's who holds it: of the state the office names, else the one whose
    title has that office."""
    named = {ctx.sent_idx(a) for a, _ in names} | {
        ctx.sent_idx(a) for p in parts for a, _ in p.person.lone
    }
    floor = "выступая" in ctx.low  # the word of _TAKING_THE_FLOOR: else it is not searched
    for i, (s, e) in enumerate(ctx.doc.sentences):
        if i in named or not (
            ctx.has(C.ADDRESS, i) or (floor and _TAKING_THE_FLOOR.search(ctx.low, s, e))
        ):
            continue
        low = _without_quotations(ctx.low[s:e])
        m = _OFFICE_SUBJECT.search(low)
        if m is None or re.search(r"(?:^|\s)(?:с|со|к|от|у|при|для)\s+$", low[: m.start()]):
            continue
        states = [
            ctx.country_code(g)
            for g in ctx.geo
            if g.kind in ("country", "demonym") and s + m.start() - 30 <= g.start < s + m.end() + 60
        ]
        if states:
            who = [p for p in parts if p.participant and p.country == states[0]]
        else:
            who = [p for p in parts if p.participant and p.title and m.group() in p.title.lower()]
        if len(who) == 1:
            who[0].cues.add("office-spoke")
            if who[0].role == "attendee":
                who[0].role = "speaker"


# the head of an office in the nominative, as a sentence's subject: "Как заявил глава ГТК
# Беларуси", "генеральный секретарь ОДКБ выступил"
_OFFICE_NOMINATIVE = re.compile(
    r"(?<![\w-])(?:министр|глава|руководитель|начальник|председатель|директор|генпрокурор"
    r"|генеральный прокурор|генеральный секретарь|генсек|командующий)(?![\w-])"
)
_OFFICE_WORD = re.compile(r"\s+([А-ЯЁA-Zа-яёa-z][\w-]*)")
_BEFORE_PREPOSITION = re.compile(r"(?:^|\s)(?:с|со|к|от|у|при|для|о|об|по)\s+$")
_AT_SENTENCE_START = re.compile(r"[\s«\"„]*$")


def _office_phrase(ctx: Context, s: int, e: int) -> tuple[int, int] | None:
    """The span of the one unnamed office that speaks in the sentence ``s:e`` ("сказал в своем
    выступлении Министр по ЧС Республики Казахстан"): the office word and the words after it
    up to a verb or a mark; None unless there is exactly one, and it names its agency."""
    low = ctx.low[s:e]
    found = [
        m
        for m in _OFFICE_NOMINATIVE.finditer(low)
        if not _BEFORE_PREPOSITION.search(low[: m.start()])
    ]
    if len(found) != 1:
        return None
    m = found[0]
    end = m.end()
    for _ in range(8):
        w = _OFFICE_WORD.match(ctx.text, s + end, e)
        if w is None or w.group(1).lower() in ("и", "а", "что") or _is_verb(w.group(1)):
            break
        end = w.end() - s
    if end == m.end():
        return None  # "министр отметил": an office of no agency named
    return s + m.start(), s + end


def _office_then_name(
    ctx: Context, parts: list[Participant], names: list[tuple[int, int]], body: str | None
) -> None:
    """One whom a sentence's speech is told of by name alone, opening it, right after a
    sentence that tells the speech of an office with no name ("... сказал в своем выступлении
    Министр по ЧС Республики Казахстан. Юрий Ильин также отметил ..."), is the holder of that
    office: the report names him by his post first, then by his name. He took the floor."""
    named = {ctx.sent_idx(a) for a, _ in names}
    starts = [a for a, _ in names] + [a for p in parts for a, _ in p.person.lone]
    for p in parts:
        if p.title or "speech" not in p.cues:
            continue
        if p.reason != "no cue" and not (p.participant and "speech-next" in p.cues):
            continue  # (one who takes part only by his speech may still be the office told)
        first = min(p.person.mentions, key=lambda m: m.start, default=None)
        if first is None or first.oblique:
            continue
        i = ctx.sent_idx(first.start)
        s, _ = ctx.doc.sentences[i]
        if (
            i == 0
            or not ctx.has(C.SPEECH, i)
            or not _AT_SENTENCE_START.fullmatch(ctx.text, s, first.start)
        ):
            continue
        # the sentence before, or the one before it when a line break cuts it short
        j = i - 1 if ctx.has(C.SPEECH, i - 1) or ctx.has(C.ADDRESS, i - 1) else i - 2
        if (
            j < 0
            or j == i - 2
            and (i - 1 in named or not (ctx.has(C.SPEECH, j) or ctx.has(C.ADDRESS, j)))
        ):
            continue
        span = _office_phrase(ctx, *ctx.doc.sentences[j])
        # (an office followed by a name is that name's title, not an unnamed office)
        if span is None or any(
            span[0] <= a <= span[1] + 2 and ctx.text[span[1] : a].strip() == "" for a in starts
        ):
            continue
        p.title = _title_text(ctx, span)
        p.country = _geo_in(ctx, *span)
        p.organization = _org_in(ctx, *span, body)
        p.evidence = p.evidence or ctx.doc.sentences[i]
        p.participant = True
        p.reason = None
        p.cues.add("office-named")
        p.role = "speaker"


# "Глава МВД России выразил ...", "Российский министр отметил ...": an office with its state,
# then a verb, no name
# the office's verb, maybe after company ("министр ... Грузии вместе с членами делегации
# посетил")
_OFFICE_THEN_VERB = re.compile(
    r"\s+(?:вместе\s+с\s+[а-яё]+(?:\s+[а-яё]+){0,3}?\s+)?(?:[а-яё]+\s+)?[а-яё]+(?:л|ла|ли|ет|ит|ют|ят)\b"
)
_OFFICE_HEAD = re.compile(
    r"(?:^|[\s,])(?:[Гг]лава|[Мм]инистр|[Рр]уководитель|[Нн]ачальник|[Пп]редседатель"
    r"|[Дд]иректор|[Гг]енпрокурор)\s+(?:[а-яё]+\s+|МВД\s+|ФСБ\s+|МЧС\s+){0,3}$"
)


def _office_without_name(ctx: Context, parts: list[Participant]) -> None:
    """The one participant with no state of their own is the one a later sentence names by
    office alone ("Владимир Колокольцев провел заседание ... Глава МВД России выразил
    уверенность ..."): that office's state is theirs. Not when two or more lack one."""
    stateless = [p for p in parts if p.participant and p.country is None and not p.organization]
    if len(stateless) != 1:
        return
    taken = {p.country for p in parts if p.participant and p.country}
    for m in ctx.geo:
        if m.kind not in ("country", "demonym"):
            continue
        code = ctx.country_code(m)
        if code is None or code in taken:
            continue
        before = ctx.text[max(0, m.start - 60) : m.start]
        if m.kind == "demonym":
            office = re.match(
                r"\s+(?:министр|глава|руководитель|генпрокурор)\b", ctx.low[m.end : m.end + 20]
            )
            starts = re.search(r"(?:^|[.!?]\s+|\n)$", before)
            if not (office and starts):
                continue
            after = m.end + office.end()
        else:
            if not _OFFICE_HEAD.search(before):
                continue
            after = m.end
        if _OFFICE_THEN_VERB.match(ctx.low, after) and not re.match(
            r"\s+[А-ЯЁ]", ctx.text[after : after + 3]
        ):
            stateless[0].country = code
            return


def _analyse(
    ctx: Context,
    person: RuPerson,
    body: str | None,
    announcement: bool,
    cue_map: dict[tuple[int, int], set[str]],
    names: list[tuple[int, int]],
) -> Participant:
    part = Participant(person)
    doc = ctx.doc
    oblique = {(m.start, m.end) for m in person.mentions if m.oblique}
    # a full name in the nominative ("В.Иванова" may be a genitive)
    nominative = {
        (m.start, m.end) for m in person.mentions if not m.oblique and "." not in m.native
    }
    spans = [(m.start, m.end) for m in person.mentions] + person.lone
    for a, b in sorted(spans):
        sentence = ctx.sent_idx(a)
        s, e = doc.sentences[sentence]
        tspan = left_title(ctx, s, a, names)
        rspan = None
        if tspan is None:
            r = _RIGHT_TITLE.match(ctx.text, b, e)
            if r and _is_head(r.group(1).split()[0]):
                rspan = (r.start(1), r.end(1))
        span = tspan or rspan
        if _SAYS_AFTER.match(ctx.text, b, e):
            part.cues.add("speech")  # "Дмитрий Казьмин, директор ...: «Удалось обсудить ...»"
        if span and part.title is None:
            part.title = _title_text(ctx, span)
            part.country = _geo_in(ctx, *span, towns=True)
            part.organization = _org_in(ctx, *span, body)
            title_low = ctx.low[span[0] : span[1]]
            if (
                _heads_the_state(title_low)
                if body is None or _SECOND_POST.search(title_low)
                # (at a body's session, the president's aides meet the members beside it, as
                # he would: "в ходе встречи с советником президента А министры обсудили"; an
                # aide who holds a post of his own, "помощник президента – секретарь Совета
                # безопасности", sits in it by that post)
                else C.HEAD_OF_STATE.found_in(title_low)
            ):
                part.cues.add("head")
            if C.SPOKES.found_in(title_low):
                part.cues.add("spokes")
            if _ENVOY.search(title_low):
                part.cues.add("envoy")
            if part.country is None and _FEDERAL_SERVICE.search(title_low):
                part.country = "RU"  # "глава Федеральной службы по финансовому мониторингу"
            if part.country is None and part.organization is None:
                part.country = _anaphoric_state(ctx, span, sentence)
            if body and body_named(ctx, span, body):
                part.cues.add("of-body")
            if (
                C.CHAIR.found_in(title_low)
                # (with no body of the meeting told, "Председатель Комитета" heads his agency:
                # the State Committee for National Security, not a session)
                or (body is not None and _CHAIRMAN_OF_BODY.match(title_low))
                or _chairs_among_posts(ctx.text[span[0] : span[1]])
            ):
                part.cues.add("chair")  # "Председатель Совета – Генеральный прокурор ..."
        if (
            "head" in part.cues
            and "met-with" not in part.cues
            and (a, b) in oblique
            and ctx.low.find("встрети", s, a) != -1
            and _MET_HEAD.search(ctx.low, s, tspan[0] if tspan else a)
        ):
            part.cues.add("met-with")
        if part.evidence is None:
            part.evidence = (s, e)
        if _EARLIER_SENTENCE.match(ctx.low, s):
            # "Ранее председатель комитета А заявил, что ...": what one said or did before
            # the meeting; he takes part only by another sentence
            continue
        # (each pattern searched for only in a sentence with its verb: most have none)
        if (
            ctx.low.find("встрети", s, e) != -1
            and _MET_ON_ARRIVAL.search(ctx.low, s, e)
            and not _COLLEAGUE.search(ctx.low, max(s, a - 40), a)
        ):
            # "В аэропорту его встретили губернатор А и министр Б": a welcome on arrival (not
            # the visitor's counterpart: "Его армянский коллега А встретил делегацию")
            continue
        if C.excepted(ctx.low, s, a):
            # "прибыли все главы государств, кроме президента А": A is the one who did not
            continue
        # "В ходе визита А провёл переговоры с Б, В и Г": side talks of a visit are meetings
        # of their own; whom A met there took no part in the meeting by that sentence
        side_guest = (
            body is not None
            and bool(_SIDE_TALKS.match(ctx.low, s))
            and bool(re.search(r"\sсо?\s", ctx.low[s:a]))
        )
        if (
            ctx.has(C.MEETING, sentence)
            or (ctx.low.find("встреч ", s, e) != -1 and _MEETINGS_GENITIVE.search(ctx.low, s, e))
        ) and not side_guest:
            part.cues.add("meeting")
            if announcement and (body is None or _WITHIN_THE_SESSION.search(ctx.low, s, e)):
                # a meeting held within the coming session or, with no body named, the one the
                # report tells ("в рамках совещания А встретился с Б", "перед началом
                # заседания президент В принял Г")
                part.cues.add("framed")
        if ctx.has(C.FUTURE, sentence) or (
            ctx.low.find("выступ", s, e) != -1 and _WILL_SPEAK.search(ctx.low, s, e)
        ):
            part.cues.add("future")  # "на мероприятии выступит А": A will take part
            if (
                (a, b) in oblique
                and announcement
                and ctx.has(C.MEETING, sentence)
                and (ctx.low.find("встрет", s, a) != -1 or ctx.low.find("совместно", s, a) != -1)
                and _WILL_MEET_WITH.search(ctx.low, s, tspan[0] if tspan else a)
            ):
                part.cues.add("will-meet")
            if (
                (a, b) in nominative
                and ctx.has(C.MEETING, sentence)
                and "speech" not in cue_map.get((a, b), ())
            ):
                # "Заседание будет вести глава МВД А", "Министры А и Б на коллегии обсудят":
                # the subject of the sentence telling the coming meeting (not one who tells
                # of it: "Заседание пройдет в июле, сообщил министр А")
                part.cues.add("will-meet")
        if ctx.low.find("обсу", s, e) != -1 and (
            (
                (a, b) in nominative
                and not _MEETING_WITH.search(ctx.low, s, a)
                and _DISCUSSED_WITH_AFTER.match(ctx.low, b, e)
            )
            or (
                (a, b) in oblique
                and _DISCUSSED_WITH_BEFORE.search(ctx.low, s, tspan[0] if tspan else a)
            )
        ):
            part.cues.add("discussed")
        here = cue_map.get((a, b), set())
        part.cues.update(here)
        if "elected" in here and _LATER_TERM.search(ctx.low, s, e):
            part.cues.add("elected-later")  # chairs from next year, not this sitting
        if "speech" in here and "attend" not in here:
            part.cues.add("spoke-apart")
        before = ctx.low[max(s, a - 130) : a]
        if _FROM_BODY.search(before) and "от имени" in before:
            part.cues.add("sender")
        if _READ_FOR_HIM.match(ctx.low, b, e):
            part.cues.add("sender")
        head_start = tspan[0] if tspan else a
        if _READS_OUT.search(ctx.low, max(s, head_start - 20), head_start):
            part.cues.add("address")
        if (a, b) in oblique and _GREETINGS_OF.search(before):
            # "передал ... приветствия его российского коллеги А": A sent them, the bearer came
            part.cues.add("sender")
        if "переда" in before and (a, b) not in nominative and _HANDED_TO.search(before):
            # "передал полномочия руководства СМВД министру ... Б": Б chairs from now on
            part.cues.add("elected")
        meeting_with = _MEETING_WITH.search(before)
        if (
            meeting_with
            and not side_guest
            and ctx.has(C.MEETING, sentence)
            and not _verb_in(meeting_with.group().split(maxsplit=1)[-1])
        ):
            # "встреча министра А с Б": A receives B; "встречи ... с главой МВД Б": B is the guest;
            # "встреча председателя А и директора Б": two sides met, neither receives the other
            # (the names with their titles; not "на встрече А и Б оценили", the subjects)
            opens = max(s, a - 130) + meeting_with.start()
            if " с " in meeting_with.group():
                part.cues.add("guest")
            elif tspan is None or not (
                _PAIRED_AFTER.match(ctx.low, b)
                or any(opens <= x and y < a and _PAIRED_AFTER.match(ctx.low, y) for x, y in names)
            ):
                part.cues.add("host")
            else:
                part.cues.add("paired")
            if _SIDE_TALKS.search(ctx.low, s, a):
                part.cues.add("visit-side")  # "в рамках визита ... проведет встречу с А"
            if body is None and not _HELD_BEFORE.search(before):
                # one of the two the meeting told is between (not "состоявшихся ... в Москве
                # переговоров президента А", another event; not a reception beside a session)
                part.cues.add("side")
        elif (
            tspan
            and _RECEIVED_ONE.search(ctx.low, max(s, tspan[0] - 12), tspan[0])
            and _head_noun_case(ctx.text[tspan[0] : tspan[1]].split()) != "nomn"
        ):
            part.cues.add("guest")  # "Президент А принял министра ... Б": Б visits A
        elif _RECEIVES_AFTER.match(ctx.low, b, e) or (
            (a, b) not in oblique
            and _RECEIVED_BY.search(
                ctx.low, max(s, (tspan or (a, b))[0] - 30), (tspan or (a, b))[0]
            )
        ):
            # "Министра ... принял начальник полиции Армении А": the subject after the verb
            part.cues.update(("host", "receives"))
        elif (a, b) not in oblique and _receives_official(ctx, b, e):
            # "Президент А принял министра ... Б": A holds the meeting, B is his guest
            part.cues.update(("host", "receives", "receives-official"))
        elif hosts := _HOSTS_AFTER.match(ctx.low, b, e):
            part.cues.update(("host", "met-with"))
            if _VISITORS.match(ctx.low, hosts.end(), e):
                part.cues.add("met-visitors")
        elif during := _DURING_MEETING_WITH.match(ctx.low, b, e):
            part.cues.update(("host", "receives" if during.group("from") else "met-with"))
        received = ctx.low.find("принят", max(s, a - 140), a) != -1  # the regex's verb, cheaply
        if (received and _DELEGATIONS_RECEIVED_BY.search(ctx.low, max(s, a - 140), a)) or (
            tspan and _RECEPTION_OF.search(ctx.low, max(s, tspan[0] - 40), tspan[0])
        ):
            # "главы делегаций были приняты Президентом А", "присутствовали на торжественном
            # приеме президента Б", "состоялся приём у президента В": his reception of them
            part.cues.update(("host", "receives"))
        colleague = _COLLEAGUE.search(ctx.low, max(s, a - 40), a)
        if colleague:
            part.cues.add("colleague")  # a minister's counterpart: an office of its own
        if colleague and part.country is None:
            part.country = _geo_in(ctx, colleague.start(), colleague.end())
            if ctx.has(C.MEETING, sentence):
                part.cues.add("guest")
        represents = _STATE_REPRESENTED_BY.search(before) if part.country is None else None
        if represents:
            # "Беларусь на встрече представляет министр внутренних дел республики А"
            x = a - len(before) + represents.start(1)
            part.country = _geo_in(ctx, x, x + len(represents.group(1)))
        in_person = (
            _IN_PERSON_OF.search(before) if part.country is None and "в лице" in before else None
        )
        if in_person:
            # "принимающая сторона - Казахстан в лице генерального прокурора страны А"
            part.country = _geo_in(
                ctx, a - len(before) + in_person.start(1), a - len(before) + in_person.end(1)
            )
        on_behalf = _ON_BEHALF_OF.search(before)
        if on_behalf and not _verb_in(on_behalf.group(1)):
            part.cues.add("sender")  # "по поручению Президента А участников приветствовал Б"
        if part.country is None and (opening := _FROM_STATE.match(ctx.low, s, a)):
            # "От Таджикистана в работе заседания примет участие ... А": the side A stands for
            part.country = _geo_in(ctx, opening.start(1), opening.end(1))
        sides = list(_FROM_SIDE.finditer(ctx.low, s, a)) if part.country is None else []
        if sides and not any(sides[-1].end() <= x < a for x, _ in names):
            g = "dem" if sides[-1].group("dem") else "of"
            part.country = _geo_in(ctx, sides[-1].start(g), sides[-1].end(g))
        led_by_demonym = _DEMONYM_DELEGATION.search(before) if part.country is None else None
        if led_by_demonym:
            # "Румынская делегация во главе с главным комиссаром А": A's state
            x = a - len(before) + led_by_demonym.start(1)
            part.country = _geo_in(ctx, x, x + len(led_by_demonym.group(1)))
        led = _LEADS_DELEGATION_OF.search(before)
        if led and part.country is None:
            ga, gb = a - len(before) + led.start(1), a - len(before) + led.end(1)
            part.country = _geo_in(ctx, ga, gb)
            if part.country is None and part.organization is None:
                # "делегация АТЦ СНГ во главе с его Руководителем А": A's international body
                part.organization = _org_in(ctx, ga, gb, body)
        if part.country is None and ctx.low.find("в составе", max(s, a - 300), a) != -1:
            # "делегация экспертов из судов Великобритании в составе А, Б": the members' state
            made_of = _DELEGATION_MADE_OF.search(ctx.low, max(s, a - 300), a)
            if made_of is not None:
                part.country = _geo_in(ctx, made_of.start(1), made_of.end(1))
        if part.country is None and not _MET_THE_DELEGATION.match(ctx.low, b, e):
            # (not one who met the delegation: "А провел встречу с делегацией ... Азербайджана")
            part.country = _delegation_country(ctx, s, e)
    return part


# a delegation, its state named before its members: "делегация министерства юстиции Норвегии в
# составе А, Б"
_DELEGATION_MADE_OF = re.compile(r"делегаци\w*\s+([^.;:]{1,100}?)\s+в составе\s")


def _receives_official(ctx: Context, b: int, e: int) -> bool:
    """Whether the name ending at ``b`` is the subject of "принял" whose object is one office
    ("принял министра внутренних дел ..."), not "принял участие" or "принял решение", nor the
    heads of the delegations come for a session ("принял руководителей делегаций")."""
    m = _RECEIVES_OFFICIAL.match(ctx.low, b, e)
    return m is not None and _is_single_head(m.group("office"))


@lru_cache(maxsize=4096)
def _is_single_head(word: str) -> bool:
    return any(
        p.normal_form in _HEAD_NOUNS and p.tag.POS == "NOUN" and p.tag.number == "sing"
        for p in parse(word)
    )


def body_named(ctx: Context, span: tuple[int, int], body: str) -> bool:
    for m in ctx.orgs:
        if span[0] <= m.start < span[1] and ctx.lex.org_list[m.ref].name == body:
            return True
    return False


_DELEGATION = re.compile(r"делегаци")
_VENUE_BEFORE = re.compile(r"(?:\(|\bво?\s)\s*$")


# the delegation one met, after his name: "провел рабочую встречу с делегацией", "принял
# делегацию"
_MET_THE_DELEGATION = re.compile(r"[^.;«»]{0,80}?\b(?:со?|принял\w*)\s+(?:\w+\s+){0,2}делегаци")


def _delegation_country(ctx: Context, s: int, e: int) -> str | None:
    """ "Казахстанскую делегацию возглавил ...": the state of the delegation led."""
    if not _DELEGATION.search(ctx.low, s, e) or not C.ATTEND.rx.search(ctx.low, s, e):
        return None
    codes = {
        ctx.country_code(m)
        for m in ctx.geo
        if s <= m.start < e
        and m.kind != "city"
        # "в г. Баку (Азербайджан)", "в Армении", "в городе Чолпон-Ата Кыргызской
        # Республики": the venue, not the delegation's state
        and not _VENUE_BEFORE.search(ctx.low, max(s, m.start - 4), m.start)
        and not any(
            c.kind == "city" and 0 < m.start - c.end <= 2 and ctx.text[c.end : m.start].isspace()
            for c in ctx.geo
        )
    }
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None


def _decide(part: Participant, announcement: bool) -> None:
    cues = part.cues
    # a head of state who receives an official or is a side of the meeting told ("встреча
    # президента А с директором Б", "на встрече с Президентом А") holds it
    received = bool({"receives-official", "met-with", "side"} & cues)
    # a head of state or government who opens the session or takes the floor at it ("заседание
    # открыл премьер-министр А", "В своем приветственном слове президент Б отметил") is there
    present = {"attend", "chair", "open", "address"}
    if "head" in cues and not received and ("receives" in cues or not (present & cues)):
        # a head of state or government who receives the delegations come for the meeting
        # ("Премьер-министр А принял руководителей делегаций, прибывших для участия в
        # заседании") holds a reception of his own, outside the meeting; one who receives an
        # official ("Президент А принял министра ... Б") holds the meeting told
        part.reason = "head of state"
    elif "spokes" in cues:
        part.reason = "spokesperson"
    elif "sender" in cues or (
        "absent" in cues and not ({"attend", "chair", "address", "speech"} & cues)
    ):
        # "Приветствие участникам направил А": who sends a greeting is not there
        part.reason = "greeting"
    elif (
        ("press" in cues or "press-there" in cues and not _heads_agency(part.title))
        and "of-body" not in cues
        and not ({"attend", "chair"} & cues or received)
    ):
        # who relays the news is no participant, but the head of an agency who tells the
        # journalists there ("заявил журналистам руководитель Центра А", "Как сообщил в ходе
        # совещания начальник ГУВД Б") speaks for his side of it
        part.reason = "press"
    elif announcement:
        # the present tells the plan as well as the future ("делегацию возглавляет А")
        if (
            (
                {"attend", "open", "chair", "address", "will-meet"} & cues
                # (and those a sentence of the past says discussed it together: "обсудили
                # посол А и первый зампред Б")
                or ("discussed" in cues and "future" not in cues)
            )
            or (
                {"host", "guest", "paired"} & cues
                and {"future", "meeting"} <= cues
                and "visit-side" not in cues
            )
            or (
                # (and the two sides a sentence of the past tells met within the session, or
                # met with no other session told: "в рамках совещания А встретился с Б")
                {"host", "guest"} & cues
                and "framed" in cues
                and not {"future", "visit-side"} & cues
            )
        ):
            # (and the two sides of the meeting a sentence plans: "запланирована встреча
            # генерального прокурора А и генерального прокурора Б")
            part.participant = True
        else:
            part.reason = "announcement"
    elif (
        {"attend", "chair", "elected", "host", "guest", "discussed", "address"} & cues
        or "speech" in cues
        and ({"meeting", "of-body", "colleague", "speech-next"} & cues or part.title)
        or "meeting" in cues
        and part.title
    ):
        part.participant = True
    else:
        part.reason = "no cue"
    if not part.participant:
        return
    if "head" in cues and not received and not ({"attend", "chair"} & cues):
        # a head of state or government there only to open the session or greet it, outside
        # the body: his speech is what he did there
        part.role = "speaker"
    elif "chair" in cues:
        part.role = "chair"
    elif ("host" in cues or "head" in cues and received) and "envoy" not in cues:
        # (an ambassador meets the agencies of the state he is sent to as their guest: "встреча
        # главы налоговой службы А и посла Б", "посол В встретился с замминистра Г")
        part.role = "host"
    elif "elected" in cues:
        part.role = "elected-chair"
    elif "open" in cues:
        part.role = "opened"  # "Открывая заседание, А отметил": who opens it chairs it
    elif "address" in cues or (
        "speech" in cues and ("spoke-apart" in cues or "attend" not in cues)
    ):
        # one who took part speaks when a sentence of its own says so ("В мероприятии принял
        # участие А ... В ходе заседания А отметил"), not when the verb of the sentence
        # telling that he took part relays the news ("Как сообщили ..., принял участие А")
        part.role = "speaker"
    else:
        part.role = "attendee"


_PAIRED = re.compile(
    r"(?P<a>[а-яё]+(?:ого|ой|ых|ий|ая|ие))\s+и\s+(?P<b>[а-яё]+(?:ого|ой|ых|ий|ая|ие))\s+\S+\s*$"
)


def _paired(ctx: Context, parts: list[Participant]) -> None:
    """ "главы белорусского и российского МВД Игорь Шуневич и Владимир Колокольцев": the two
    demonyms belong to the two names, in order."""
    by_start = {m.start: p for p in parts for m in p.person.mentions}
    for p in parts:
        for m in p.person.mentions:
            after = ctx.text[m.end : m.end + 4]
            if not after.startswith(" и "):
                continue
            q = by_start.get(m.end + 3)
            if q is None:
                continue
            s = ctx.doc.sentences[ctx.sent_idx(m.start)][0]
            d = _PAIRED.search(ctx.low, max(s, m.start - 80), m.start)
            if not d:
                continue
            codes = [
                ctx.country_code(g)
                for g in ctx.geo
                if g.kind == "demonym" and d.start() <= g.start < d.end()
            ]
            if len(codes) == 2 and codes[0] != codes[1]:
                p.country, q.country = codes
                if q.title is None:
                    q.title = p.title


def _pronouns(ctx: Context, parts: list[Participant]) -> None:
    """ "Он озвучил приветствие": a speech verb after a pronoun is the last person named as
    a subject, in the nominative (not "на встрече с генпрокурором Б" after him), else the
    last person named ("... делегация во главе с А. Он озвучил ...")."""
    doc = ctx.doc
    named = sorted(
        [(m.start, not m.oblique, p) for p in parts for m in p.person.mentions]
        + [(a, True, p) for p in parts for a, _ in p.person.lone],
        key=lambda t: t[0],
    )
    for i, (s, _) in enumerate(doc.sentences):
        if not ctx.text.startswith(("Он ", "Она ", "Он, ", "Она, "), s) or not ctx.has(C.SPEECH, i):
            continue
        before = [(subject, p) for pos, subject, p in named if pos < s]
        subjects = [p for subject, p in before if subject]
        who = subjects[-1] if subjects else before[-1][1] if before else None
        if who is not None and who.participant and who.role == "attendee":
            who.role = "speaker"
