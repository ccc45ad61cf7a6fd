"""People: names, titles in appositions, the role at the meeting, and who is only mentioned.

A person name is two to five capitalised tokens that are not title, rank or place words and
either start with a known given name (``data/given_names.txt``), end in a typical surname
ending, or stand next to an official title. Ranks and honorifics are never part of the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import attrgetter

# The comparison of names lives in names.py (one fold for extraction and resolver); these
# stay importable from here, where the extraction's people are found.
from .names import name_key as name_key
from .names import same_person as same_person
from .names import surname_key as surname_key
from .rx import CI, finditer_from

# Capitalised words that are never part of a person's name.
STOP = frozenset(
    """
    The A An And Of In On At For To By From With As But Or Nor This That These Those It Its He
    She They His Her Their We Our Mr Mrs Ms Dr Sir Madam Mister Gen Col Lt Maj Capt Sgt Prof
    Minister Ministers Ministry Deputy First Head Heads Chief Chiefs Director Directors Chairman
    Chairwoman Chair Co President Presidents Vice Prime Premier Secretary Secretaries General
    Generals Colonel Lieutenant Major Captain Sergeant Admiral Marshal Commander Commanders
    Commissioner Inspector Superintendent Officer Officers Police Militia Justice Internal
    Affairs Interior Security State National Federal Republic Federation Council Committee
    Commission Service Services Department Directorate Agency Bureau Office Centre Center Board
    Collegium Joint Main Central Regional City District Border Customs Guard Guards Troops Army
    Forces Special Anti Counter Terrorism Terrorist Organized Crime Crimes Combating Fight
    Coordination Coordinating Executive Secretariat Assembly Parliament Government Cabinet
    Senate Duma Majlis Mazhilis Prosecutor Prosecutors Procurator Attorney Court Supreme
    Constitutional Investigative Investigation Tax Finance Financial Economic Emergency Defence
    Defense Foreign Health Education Labor Labour Migration Drug Control Monitoring Intelligence
    Academy University Institute School CIS SCO CSTO EAEU EU UN OSCE MIA MVD FSB KNB SBU KGB NSC
    Interpol Europol Union Commonwealth Independent States Member Members Participating
    Cooperation Organization Organisation Treaty Collective Shanghai Eurasian Great Patriotic
    War Victory Day Year Peace Unity World Second Olympic Games Cup Forum Summit Conference
    Meeting Session Sitting Plenary Council's January February March April May June July August
    September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Today Yesterday News Press Spokesperson Spokesman Spokeswoman Official Representative
    Representatives Delegation Delegations Head's According During After Before Earlier Later
    Meanwhile However Also Moreover Furthermore Besides Following Within Under Over Among
    Elsewhere Additionally Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Receives Received
    Meets Holds Visits Discusses Signs Attends Hosts Chairs Urges Congratulates Welcomes
    Between Against Without Through Since Until Photo Video Source Read Share Follow Copyright
    Published Posted Updated Tags Category Hero Order Medal Honorary Honoured Honored Merited
    Excellency Ambassador Envoy Consul Akim Mayor Governor Senator Deputies Speaker Academician
    Doctor Professor Candidate Rector Head-of Ministers' Affairs' Affaires Chargé Charge Information
    Technology Technologies Internet Cyber Public Road Traffic Safety Patrol Criminal Investigations
    Operational Search Extradition Legal Law Laws Code Decree Program Programme Concept Strategy
    Plan Protocol Agreement Convention Charter Statute Regulation Resolution Declaration
    Memorandum Youth Volunteer Volunteers Sports Analyst Analysts Reports Field Paper Papers
    Analysis Oped Insights Silk Studies Caucasus Asia Asian European America American North
    South East West Middle Sea Lake River Mountain Region Oblast Province Territory Krai
    Autonomous Capital Palace Hall House Hotel Centre's Square Street Avenue Building Kremlin Ak
    Orda Residence Resort Caliber Az Kazinform BelTA TASS RIA Novosti Interfax Sputnik Trend
    AKIpress Kabar Xinhua Reuters AFP Tengrinews Azertac Armenpress Ukrinform Moldpres Khovar
    Dunyo UzA Kun Gazeta Kapital Report Competent Authorities Authority Bodies Body Units Unit
    Agencies Structure Structures Akorda Adviser Advisor Advisers Advisors Assistant Aide
    Councilor Councillor Counselor Counsellor Attache Attaché Chairperson Coordinator
    Economy Irrigation Water Resources Agriculture Energy Industry Trade Transport Culture
    Ecology Environment Emergencies Situations Infrastructure Communications Investment
    Investments Employment Protection Welfare Tourism Development Working Group Groups
    Diplomatic Mission Missions Contemporary Challenges Excellencies Brigadier Ambassadors
    Counterterrorism Corps Area Pacific Shri Smt Honorable Honourable Arabia
    """.split()  # noqa: SIM905 - a word list is easier to edit as text
)
TITLE_HEADS = CI(
    r"\b(?:minister|ministers|deputy|head|chief|director|chairman|chairwoman|chairperson|chair"
    r"|president|secretary|commander|prosecutor|procurator|general|colonel|lieutenant|major|captain"
    r"|officer|spokes(?:person|man|woman)|representative|ambassador|envoy|governor|mayor|akim"
    r"|superintendent|inspector|commissioner|adviser|advisor|coordinator|leader|premier|colleague"
    r"|counterpart|chief|rector|attaché|attache|consul|senator|speaker|vice|judge|marshal|admiral"
    r"|counsell?or|councill?or|aide|assistant|analyst|expert|observer|journalist|correspondent"
    r"|researcher|professor|scientist|commentator|historian"
    # "Chargé d'Affaires of the United States in Belarus"
    r"|charg[eé] d['’]affaires)s?\b"
)
SPOKES = CI(
    r"\b(?:spokes(?:person|man|woman)|press secretary|press officer|press service|press office"
    r"|official representative|press attach[eé]|head of the press|media relations"
    r"|communications? department|press department|information department|public relations"
    r"|press and information|information and public relations)\b"
)
# Heads of state and government are usually named in passing; deputies (a "Deputy Prime
# Minister - Minister of Internal Affairs") are ordinary participants.
HEAD_OF_STATE = CI(
    r"(?<!deputy )(?<!vice )(?<!vice-)(?<!to the )(?<!under the )"
    r"\b(?:presidents?|prime ministers?|premiers?|kings?|emirs?"
    r"|heads? of state|chancellors?|patriarchs?|popes?"
    # an honorific for a state's founding head: "the national leader of Azerbaijan"
    r"|(?:national|nationwide) leaders?|leaders? of the nation)\b"
    # (a president of an agency or a body, whatever its adjectives: "President of the Romanian
    # Customs Authority", "President of the International Association of Prosecutors")
    r"(?! of the (?:[a-z]+ ){0,3}(?:council|committee|bureau|court|association|academy|authority"
    r"|agency|service|commission|chamber|institute|university|foundation|federation of))"
)
EXCLUDE_CONTEXT = CI(
    r"\b(?:detained|arrested|apprehended|wanted|accused|convicted|sentenced|suspected|suspect"
    r"|extradited|killed|murdered|kidnapped|victim"
    r"|leader of (?:the |a |an )?(?:gang|group|criminal)"
    r"|thief in law|named after|in memory of|memory of|the late|posthumous(?:ly)?)\b"
)
PRESS = CI(
    r"\b(?:told (?:the )?(?:media|journalists|reporters|press|correspondents|news agency)"
    r"|in an interview|interview (?:to|with)|said in a statement|wrote in|posted on"
    r"|(?:in a )?comment(?:ed|ing)? (?:to|for) (?:the )?(?:journalists|reporters|media|press))\b"
)
PARTICIPATION = CI(
    r"\b(?:at (?:the|a|an)\s(?:(?:bilateral|trilateral|joint|working|plenary|extended|regular"
    r"|official|annual|first|second|third|\d+(?:st|nd|rd|th)) )?(?:meeting|session|sitting"
    r"|collegium|council|event|talks|forum|conference)"
    # "told the media following the talks with X", "the meeting included A, B and C"
    r"|(?:following|after) the (?:[\w-]+ )?(?:talks|meeting|consultations|negotiations|session)"
    r"|(?:meeting|session|talks|event) included"
    r"|attending|attendees|present were|were also present|among the participants"
    r"|attended|took part|taking part|take part|participated|participating|participate"
    r"|had talks|hold talks|holding talks"
    # "X held an introductory meeting with Y", "a meeting between X and Y"
    r"|held (?:an? |the |his |her |their )?(?:\w+ )?meeting|meeting between"
    r"|with the participation of"
    r"|brought together|bringing together|gathered|on the sidelines of"
    r"|chaired|co-chaired|presided|headed the"
    r"|led the|addressed the (?:[\w-]+ )?"
    r"(?:meeting|participants|session|council|collegium|audience)"
    r"|in (?:his|her) (?:speech|address|report|opening (?:words|remarks|speech))|opened the"
    r"|the floor was given|gave the floor|welcomed|received the|reception|delivered"
    r"|met with|held talks|signed|represented|was present|were present|heads? of (?:the )?"
    r"delegations?|co-chairm[ae]n|hosted|host|speakers?|participants?)\b"
)
SPEECH = CI(
    r"\b(?:said|says|noted|notes|stated|told|added|emphasi[sz]ed|stressed|underlined"
    r"|underscored|highlighted|pointed out|pointed to|explained|reported|informed|announced"
    r"|remarked|recalled|spoke|speaking|speech|addressed|delivered|presented|proposed|suggested"
    r"|praised|promised|reassured|assured|reminded|urged|called (?:for|on)|stated|cited"
    r"|greeted|welcomed|welcoming|wished|appreciated|congratulated"
    r"|present(?:s|ed)? (?:a |the )?report"
    r"|opening words|opening remarks|the floor was given|gave a report|made a report|commented"
    r"|concluded|concluding|believes|warned|expressed|voiced|briefed|outlined|laid out"
    r"|supported|thanked|called|asked|insisted|argued|summed up|drew attention"
    # a speech read, a presentation made: "read out a message", "made a presentation",
    # "articulated a series of initiatives", "Giving their reports were A, B and C"
    r"|read out|articulated|(?:made|gave|giving) (?:a |the |their |his |her )?presentations?"
    r"|giving (?:their |his |her |the )?reports?)\b"
)
CHAIR = CI(
    r"\b(?:chaired by|under the chairmanship of|presided (?:over )?by|chairmanship of"
    r"|under the leadership of|was chaired|conducted by"
    r"|(?<!deputy )(?<!vice )(?<!vice-)chairman of the (?:meeting|session|council)"
    r"|presiding over the (?:meeting|session|sitting|council|collegium) (?:was|is)"
    r"|chairing the (?:meeting|session|sitting) (?:was|is))\b"
)
CHAIR_AFTER = CI(r"^\W{0,3}\s*(?:who\s+)?(?:chaired|presided over|opened and chaired|chairs)\b")
# "opened by X", "X opened the session": the chair, or the host when someone else chairs
OPENER = CI(r"\bopened by\b[^;]{0,150}$")
OPENER_AFTER = CI(
    r"^\W{0,3}\s*(?:who\s+)?opened the (?:meeting|session|sitting|forum|conference|collegium"
    r"|council|event)\b"
)
# "Opening the meeting, X said": X is the host when someone else chairs
OPENING = CI(
    r"\bopening the (?:meeting|session|sitting|forum|conference|collegium|council|event)\b"
    r"[^.;]{0,150}$"
)
# "the delegation of Tajikistan under the leadership of X": X leads a delegation, not the meeting
LEADS_DELEGATION = CI(
    r"\bdelegations?\b[^,.;]{0,80}(?:headed by|led by|under the (?:leadership|guidance) of)\b"
    r"[^.;]{0,120}$"
)
COCHAIR = CI(r"\bco-?chair(?:ed|men|man|woman|persons|s)?\b|\bco-chaired\b")
HOST = CI(
    r"\b(?:reception by|received by|welcomed by|greeted by|at the invitation of|words of welcome"
    r"|received (?:the )?(?:heads|participants|delegations|members|guests)"
    r"|welcomed (?:the )?(?:heads|participants|delegations|members|guests|delegates)"
    r"|hosted by|host(?:ing)? (?:country|side|party)|greeted (?:the )?(?:participants|heads|"
    r"delegations|guests)|met with (?:the )?(?:heads|participants|delegations|members))\b"
    r"|\bwelcom(?:e|ing) (?:remarks|speech|address|words)\b(?![^.;]{0,60}\b(?:sent|forwarded)\b)"
    r"[^.;]{0,80}$"
)
HOST_AFTER = CI(
    r"^\W{0,3}\s*(?:\w+\s+){0,2}(?:hosted\b|(?:received|welcomed|greeted|met with)\s+(?:the )?"
    r"(?:[\w-]+\s+){0,2}(?:heads|participants|delegations|members|guests|delegates|secretaries"
    r"|ministers|minister|chiefs|chief|leaders|commanders|prosecutors|directors|representatives"
    r"|delegation|counterparts?|colleagues?|head)\b)"
)
# Sentences about earlier events: people named only there took part in something else.
BACKGROUND = CI(
    r"\b(?:previous|preceding|last|past|most recent) (?:meeting|session|sitting|collegium|council"
    r"|forum)"
    r"|\blast year\b|\ba year (?:ago|earlier)\b|\bthe year before\b|\bthen-|\bat that time\b"
    r"|\bin the past\b"
)
# "the programmes, which were signed by X": X signed them before this meeting.
SIGNED_EARLIER = CI(
    r"\b(?:which|that) (?:were|was|had been|have been) (?:signed|adopted|approved|concluded) by\b"
    r"[^.;]{0,150}$"
)
# "a message from X was read out": X was not there either.
ABSENT_BEFORE = CI(
    r"\b(?:(?:message|greetings?|letter|telegram|address|video message)(?: of greetings?)?"
    r" (?:from|by|of) (?:the )?(?:(?:mr|mrs|ms|dr)\.\s*)?[^,.;:]{0,70}"
    r"|\b(?:message|greetings?|letter|telegram|address)\b[^.;:]{0,60}\b(?:was|were) (?:also )?"
    r"(?:sent|forwarded) by (?:the )?[^,.;:]{0,70}"
    # (but who takes part on a side's behalf is there: "On behalf of the Russian side, the
    # meeting was attended by X", "Participating on behalf of A were X")
    r"|(?<!participating )(?<!participated )(?<!attended )(?<!took part )"
    r"\bon behalf of (?:the )?(?![^.;:]{0,120}?\b(?:attended|participat\w*|took part"
    r"|(?:was|were) (?:given|delivered|made) by)\b)[^.;:]{0,120}"
    r"|\bin (?:his|her|a|the) (?:\w+ )?(?:message|letter|telegram)\b[^.;:]{0,100}"
    r"|\b(?:hospitali[sz]\w+|illness|sick leave)\b[^.;]{0,100})$"
)
# "X sent a message of greetings", "X conveyed his greetings": X was not there (but who
# "conveyed the greetings and good wishes of President Y" or "conveyed authority" to a
# successor stands in the room).
ABSENT_AFTER = CI(
    r"^\s*(?:,[^,]{0,80},\s*)?(?:has |had |also )?(?:sent|forwarded|addressed a (?:message"
    r"|letter|telegram)|conveyed (?:(?:his|her|their|a) )?(?:\w+ )?(?:greetings|message"
    r"|congratulations|regards)\b(?!(?: and [\w ]{1,30}?)? (?:of|from)\b)"
    r"|(?:does|did|will|would|could) not (?:participate|attend|take part|come)"
    r"|(?:is|was|were) absent|refused to|declined to|skipped|boycotted)\b"
)

# Latin letters with diacritics too: Jürgen, Süleyman, Şahin, Ștefan, Əliyev.
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u018f\u0218\u021a"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u0259\u0219\u021b"
# A run of small letters is possessive ("++"): what may follow it in these patterns (an
# apostrophe or hyphen, a space, a look-ahead refusing a letter) never matches a small letter,
# so giving letters back could not lead to a match, and the engine is spared trying.
_TOKEN = rf"[{_UP}][{_LO}]++(?:['’-][{_UP}]?[{_LO}]++)*"
# Starting with a character class lets the regex engine skip ahead fast (a leading
# look-behind would not); the "not inside a word" check is done in Python.
_CANDIDATE = re.compile(
    rf"[{_UP}](?:[{_LO}]++(?:['’-][{_UP}]?[{_LO}]++)*(?:\s{_TOKEN})+"
    rf"|\.\s?(?:[A-Z]\.\s?)?{_TOKEN}(?:\s{_TOKEN})+)(?![\w-])"
)
_INITIALS_HINT = re.compile(rf"[A-Z][a-z]?\.\s?(?:[A-Z][a-z]?\.\s?)?[{_UP}][{_LO}]+")
_INITIALS_NAME = re.compile(
    r"(?:(?:[A-Z]|Kh|Sh|Zh|Ch|Yu|Ya|Ts|Ye)\.\s?){1,2}"
    rf"(?P<s>[{_UP}][{_LO}]++(?:-[{_UP}][{_LO}]++)?)"
    r"(?![\w-])(?!\s[A-Z][a-z])"
)
_SURNAME_END = re.compile(
    r"(?:ov|ova|ev|eva|yev|yeva|iev|ieva|in|ina|yn|sky|skiy|skii|skaya|ska|enko|ko|uk|yuk|chuk"
    r"|yan|ian|shvili|dze|ich|vich|ovich|evich|bayev|bayeva|baev|uly|kyzy|zade|li|ly|lu|oglu"
    r"|ogly|ski|beyli|ski|zoda|zod|iy|yi|ko|kin|kina|shin|sin|ets|ak|ik|ek|tsev|tseva|ziev)$"
)


def surname_like(word: str) -> bool:
    """Whether a word ends as the region's surnames do ("-ov", "-zoda", "-yan", ...)."""
    return _SURNAME_END.search(word.lower()) is not None


_TOKENS = re.compile(r"(?:[A-Z]\.\s?)+|[^\s]+")
_POSSESSIVE = re.compile(r"['’]s$")
_HYPHEN_SPLIT = re.compile(r"[-’']")


@dataclass
class NameMention:
    start: int
    end: int
    name: str
    weak: bool = False  # no known given name or surname ending: needs a title beside it
    ref: bool = False  # a later surname-only reference to a person already named


@dataclass
class Person:
    name: str
    mentions: list[NameMention] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    title: str | None = None
    title_span: tuple[int, int] | None = None
    country: str | None = None  # ISO code
    organization: str | None = None
    role: str = "attendee"
    # "opened": "X opened the meeting" (the chair, or the host when another chairs);
    # "opening": "Opening the meeting, X said" (the host when another chairs)
    opened: str = ""
    led_delegation: bool = False  # "the delegation of X headed by ..."
    met_with: bool = False  # the host only because "met with" the guests
    participant: bool = True
    reason: str = ""
    confidence: float = 0.5
    evidence: tuple[int, int] | None = None


# "Interior Minister Sadenov", "his Kyrgyz counterpart Niyazbekov": a surname after a title.
# The title words are found in the lower-cased text (fast start on the first letters), the
# surname is checked in the original text.
TITLE_WORD = CI(
    r"(?<!\w)(?=[acdghkmpsr])(?:minister|counterpart|colleague|president|director|chairman|chief"
    r"|head|general|colonel|prosecutor|secretary|commander|ambassador|governor|mayor|akim|mr|mrs"
    r"|ms|dr)\b\.?\s+"
)
_LONE_SURNAME = re.compile(rf"[{_UP}][{_LO}]{{3,}}+(?![\w-])(?!\s[{_UP}][{_LO}])")


def find_titled_surnames(
    text: str,
    low: str,
    given: frozenset[str],
    blocked: frozenset[str],
    taken: list[NameMention],
    starts: list[int] | None = None,
) -> list[NameMention]:
    """Surnames standing alone after a title word, outside the full names already found.

    ``starts``: sorted offsets where a title word may start (from one Aho-Corasick pass, see
    rx.CueFinder); the title words are then matched only there instead of scanning ``low``.
    """
    out: list[NameMention] = []
    titles = (
        TITLE_WORD.rx.finditer(low) if starts is None else finditer_from(TITLE_WORD.rx, low, starts)
    )
    for t in titles:
        m = _LONE_SURNAME.match(text, t.end())
        if m is None:
            continue
        s, e = m.span()
        word = m.group(0)
        if word in STOP or word in blocked or word in given:
            continue
        if not _SURNAME_END.search(word.lower()):
            continue
        if any(x.start <= s < x.end for x in taken):
            continue
        out.append(NameMention(s, e, word))
    return out


# "Naryshkin praised ...", "Mehdiyev noted that ...": a surname alone opening a sentence, the
# subject of a verb of speech (a report whose opening, with the full name, was cut off)
_SPEAKING_SURNAME = re.compile(
    rf"[{_UP}][{_LO}]{{3,}}+(?:-[{_UP}][{_LO}]++)? (?:also |further )?"
    r"(?:said|says|noted|stressed|praised|emphasi[sz]ed|added|stated|underlined|pointed out"
    r"|thanked|expressed|informed|recalled|remarked)\b"
)
# what stands before a sentence's first word: a full stop and a space, a line break
_SENTENCE_BEFORE = re.compile(r"(?:[.!?”\"]\s|\n)$")


def find_speaking_surnames(
    text: str, given: frozenset[str], blocked: frozenset[str], taken: list[NameMention]
) -> list[NameMention]:
    """Surnames of the region's shape that open a sentence as the subject of a verb of speech,
    for people the report never names in full (no name found has that surname)."""
    known = {surname_key(m.name) for m in taken}
    out: list[NameMention] = []
    for m in _SPEAKING_SURNAME.finditer(text):
        s = m.start()
        if s and not _SENTENCE_BEFORE.search(text, max(0, s - 2), s):
            continue
        word = m.group().split(" ", 1)[0]
        if word in STOP or word in blocked or word in given or not surname_like(word):
            continue
        if surname_key(word) in known:
            continue
        out.append(NameMention(s, s + len(word), word))
    return out


def _flush_name(
    run: list[tuple[str, int, int]],
    base: int,
    text: str,
    given: frozenset[str],
    out: list[NameMention],
    openers: frozenset[str] = frozenset(),
) -> None:
    """Turn a run of name tokens ((word, start, end) in the candidate at ``base``) into a
    mention."""
    words = [t[0] for t in run]
    # "Welcoming Ivan Petrov": a capitalised word opening the sentence is not part of the
    # name, so start at the given name. Inside a sentence the words before a given name are
    # kept: a surname written first ("Rahimzoda Ramazon Hamro") or a longer given name
    # ("Zarar Ahmad Moqbeli Usmoni").
    for i, w in enumerate(words[:-1]):
        if w in given:
            at = base + run[0][1]
            if (
                i
                # (a place's or a body's word before the given name ends that place's or
                # body's name: "of the United Arab Emirates Ahmed ...")
                and not any(x in openers for x in words[:i])
                and (
                    not (_opens_sentence(text, at) or _continues_phrase(text, at, given))
                    or any(_SURNAME_END.search(x.lower()) and len(x) > 3 for x in words[:i])
                    # "Under Secretary R. Nicholas Burns": initials before the given name are his
                    or all(x.rstrip().endswith(".") for x in words[:i])
                )
            ):
                break
            run, words = run[i:], words[i:]
            break
    # a place's, a region's or an organisation's word opens no one's name: "Bosnia and
    # Herzegovina Nenad Nešić" names Nenad Nešić, "Eastern Europe" no one; what follows such
    # a word is a name only if it reads as one by itself (see ``ok`` below)
    lead = 0
    while lead < len(words) and words[lead] in openers:
        lead += 1
    if lead:
        run, words = run[lead:], words[lead:]
        if len(words) < 2:
            return
    # a name of up to five words is one person's ("Ali Mohammed Jasim Yusuf Al-Kubaisi": given
    # name, father's, grandfather's and family name); a longer run keeps its last three
    if len(words) > 5:
        run, words = run[-3:], words[-3:]
    last = words[-1]
    end_trim = 0
    if _POSSESSIVE.search(last):
        last = last[:-2]
        end_trim = 2
    if len(words) < 2 or not last:
        return
    first = words[0]
    ok = (
        first in given
        or any(w in given for w in words[1:-1])
        or (first.endswith(".") and len(words) >= 2)
        or (_SURNAME_END.search(last.lower()) is not None and len(last) > 3)
    )
    s = base + run[0][1]
    e = base + run[-1][2] - end_trim
    name = text[s:e]
    if first[:4] == "H.E." and len(words) > 2:
        # "H.E. Hakan Fidan": "His Excellency" abbreviated is no initials of the name; the
        # mention still spans it, so that no title runs over it
        name = name[len(first) :]
    if ok:
        out.append(NameMention(s, e, name))
    elif len(words) <= 3 and not first.endswith(".") and not lead:
        out.append(NameMention(s, e, name, weak=True))


_OPENERS = frozenset('.!?"“”«»:;\n')


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is the first of its sentence, line or quotation."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _OPENERS


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")
# "... Civil Service Affairs and Fighting Corruption Kairat ...", "... Division of Handwriting
# and Documentary Examinations Vahe ...": a capitalised phrase going on over "and"
_PHRASE_GOES_ON = re.compile(r"([A-Z][a-z]+) (?:and|of|for) $")


def _continues_phrase(text: str, pos: int, given: frozenset[str] = frozenset()) -> bool:
    """Whether the word at ``pos`` follows a capitalised title or office word ("Ministry of
    Internal Affaires Uladzimir Navumau"), or goes on a capitalised phrase over "and", "of" or
    "for" after a word that is no one's name, so that it may still belong to that phrase."""
    m = _WORD_BEFORE.search(text, max(0, pos - 20), pos)
    if m is not None and m.group(1) in STOP:
        return True
    m = _PHRASE_GOES_ON.search(text, max(0, pos - 30), pos)
    return (
        m is not None
        and m.group(1) not in given
        and (m.group(1) in STOP or not surname_like(m.group(1)))
    )


def _tokens(raw: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of the _TOKENS in a name candidate. Without a dot the candidate is
    words joined by single whitespace characters (see _CANDIDATE): str.split, whose whitespace
    is the regex's \\s, finds the same tokens faster."""
    if "." in raw:
        return [(t.group(0), t.start(), t.end()) for t in _TOKENS.finditer(raw)]
    out = []
    pos = 0
    for w in raw.split():
        out.append((w, pos, pos + len(w)))
        pos += len(w) + 1
    return out


def find_names(
    text: str,
    given: frozenset[str],
    blocked: frozenset[str],
    openers: frozenset[str] = frozenset(),
) -> list[NameMention]:
    """Full-name mentions (two or more name tokens) in ``text``; ``openers`` are words that
    never open a name (see ``Lexicon.name_openers``)."""
    out: list[NameMention] = []
    for m in _CANDIDATE.finditer(text):
        base = m.start()
        if (
            base
            and (text[base - 1].isalnum() or text[base - 1] in "-_")
            and not _glued_after_word(text, base, m.group(0), given)
        ):
            continue
        run: list[tuple[str, int, int]] = []
        for t in _tokens(m.group(0)):
            w = t[0]
            if w in given:
                bad = False
            elif w in STOP or w in blocked or w.rstrip("s") in blocked:
                bad = True
            elif w[-1] == "s" and w[:-1] in STOP:
                bad = True  # a title's or an office's word in the plural: "Ministers of Interiors"
            elif "-" in w or "'" in w or "’" in w:
                bad = any(p in STOP for p in _HYPHEN_SPLIT.split(w) if p)
            else:
                bad = False
            if bad:
                if len(run) >= 2:
                    _flush_name(run, base, text, given, out, openers)
                run = []
            else:
                run.append(t)
        if len(run) >= 2:
            _flush_name(run, base, text, given, out, openers)
    _find_initialled(text, given, blocked, out)
    _find_dotless_initials(text, given, blocked, out)
    _repair_glued(text, given, blocked, out)
    if " To " in text:
        _find_family_to(text, blocked, out)
    if _has_particle(text):
        _join_particles(text, given, blocked, out)
    _join_capital_surnames(text, given, blocked, out)
    if "“" in text or '"' in text:
        out[:] = [x for x in out if not _names_a_vessel(text, x)]
    out.sort(key=attrgetter("start"))
    return out


# a ship named after a person: the “Rasul Gamzatov” border patrol ship
_VESSEL_AFTER = re.compile(
    r"[\"”]\s*(?:[\w-]+\s+){0,2}(?:ship|vessel|boat|frigate|corvette|icebreaker|aircraft"
    r"|helicopter)s?\b"
)


def _names_a_vessel(text: str, nm: NameMention) -> bool:
    """Whether a name in quotation marks names a ship or an aircraft, not a person."""
    return text[nm.start - 1 : nm.start] in '"“' and bool(
        _VESSEL_AFTER.match(text, nm.end, nm.end + 50)
    )


# a lower-case particle inside a name: "Pierre von Arx", "Ahmad Terrirudin bin Mohd Salleh",
# "Ulvi Vagif oglu Bakhshaliyev", "Nour ul-Haq Ulumi"
# (searched from the space before the particle, which the engine skips to; the letter before
# it is tested in Python: a pattern opening with a letter class is tried at every letter)
_PARTICLE_HINT = re.compile(
    r" (?:von|van|der|de|bin|binti|ibn|oglu|ogly|kyzy|qizi) [A-Z]| (?:ul|ud)-[A-Z]"
)


def _has_particle(text: str) -> bool:
    """Whether a lower-case letter, a space and a particle stand before a capital ("a von
    A", "a ul-A"); matches of _PARTICLE_HINT cannot overlap, so none is passed over."""
    for m in _PARTICLE_HINT.finditer(text):
        p = m.start()
        if p and "a" <= text[p - 1] <= "z":
            return True
    return False


_PARTICLE_NAME = re.compile(
    rf"(?P<left>(?:{_TOKEN}\s)?{_TOKEN})\s(?:(?:von|van|der|de|bin|binti|ibn|oglu|ogly|kyzy|qizi)\s"
    rf"|(?:ul|ud)-(?=[{_UP}]))(?P<right>{_TOKEN}(?:\s{_TOKEN}){{0,2}})(?![\w-])"
)
_WORD_LEFT = re.compile(r"([\w.]+)\s+$")
# lower-case words that stand before a name as a title does
_TITLE_LOWER = frozenset(("counterpart", "colleague", "excellency", "envoy", "ambassador"))


def _join_particles(
    text: str, given: frozenset[str], blocked: frozenset[str], out: list[NameMention]
) -> None:
    """Add the names that run across a lower-case particle, after a title, an office word or
    a state's name, or opening with a known given name (not "in Rio de Janeiro"); the shorter
    names found on either side of the particle give way to them."""
    for m in _PARTICLE_NAME.finditer(text):
        left = m.group("left").split()
        while left and (left[0] in STOP or left[0] in blocked):
            left.pop(0)  # "Ambassador Pierre von Arx": the title is no part of the name
        right = m.group("right").split()
        for k, w in enumerate(right):
            if w in STOP or w in blocked:
                right = right[:k]
                break
        if not left or not right:
            continue
        s = m.end("left") - len(" ".join(left))
        e = m.start("right") + len(" ".join(right))
        if s and (text[s - 1].isalnum() or text[s - 1] in "-_"):
            continue
        word = _WORD_LEFT.search(text, max(0, s - 30), s)
        before = word.group(1).rstrip(".") if word else ""
        if not (
            left[0] in given
            or before in STOP
            or before in blocked
            or before.lower() in _TITLE_LOWER
        ):
            continue
        kept = [x for x in out if not (x.start < e and s < x.end)]
        kept.append(NameMention(s, e, text[s:e]))
        out[:] = kept


# a surname in capitals after the given names, as official releases write it: "Mrs. Ana
# REVENCO", "Lucian Nicolae BODE", "Mr. Victor-Ştefan IVAŞCU"; matched with the space before
# it, which the regex engine skips to (a match holds no space, so none is passed over)
_CAPITAL_SURNAME = re.compile(rf" ([{_UP}][{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)(?![\w'’-])")
# what stands right before such a surname: a lower-case letter or a full stop, then a space
# (tested on the two characters, as a look-behind would slow the scan of the whole text)
_BEFORE_CAPITALS = re.compile(rf"[{_LO}.] ")
_GIVEN_BEFORE_CAPITALS = re.compile(rf"((?:{_TOKEN}\s){{1,3}})$")
_HONORIFICS = frozenset(("Mr", "Mrs", "Ms", "Madam", "Dr"))


def _join_capital_surnames(
    text: str, given: frozenset[str], blocked: frozenset[str], out: list[NameMention]
) -> None:
    """Add the names whose surname is written in capitals, after one to three given names
    of which one is a known given name or which follow "Mr." or "Mrs." (an acronym after a
    state's adjective or an office's word, "the Russian MIA", is none)."""
    for m in _CAPITAL_SURNAME.finditer(text):
        at = m.start(1)
        if at < 2 or not _BEFORE_CAPITALS.match(text, at - 2, at):
            continue
        surname = m.group(1)
        if surname in STOP or surname in blocked:
            continue
        lead = _GIVEN_BEFORE_CAPITALS.search(text, max(0, at - 60), at)
        if lead is None:
            continue
        words = lead.group(1).split()
        while words and (words[0] in STOP or words[0] in blocked):
            words.pop(0)
        if not words or any(w in STOP or w in blocked for w in words):
            continue
        s = at - len(" ".join(words)) - 1
        word = _WORD_LEFT.search(text, max(0, s - 30), s)
        before = word.group(1).rstrip(".") if word else ""
        known = any(part in given for w in words for part in w.split("-"))
        if not (known or before in _HONORIFICS):
            continue
        e = m.end()
        kept = [x for x in out if not (x.start < e and s < x.end)]
        kept.append(NameMention(s, e, text[s:e]))
        out[:] = kept


# "Minister of Public Security To Lam", "Gen. To Lam": a Vietnamese name whose family name is
# spelt like the English "to", after a title, an office or a state; one or two short given
# syllables, then no further capitalised word (a headline's "Ministers To Step Up Cooperation")
_FAMILY_TO = re.compile(r"\b([A-Z][A-Za-z]+\.?) (To(?: [A-Z][a-z]{1,5}){1,2})(?![\w'’-]| [A-Z])")


def _find_family_to(text: str, blocked: frozenset[str], out: list[NameMention]) -> None:
    """Add "To Lam" after a title word, an office's word or a state's name, when its given
    syllables are no English words of the text (a headline's "Ministers To Meet")."""
    for m in _FAMILY_TO.finditer(text):
        before = m.group(1).rstrip(".")
        if before not in STOP and before not in blocked:
            continue
        syllables = m.group(2).split()[1:]
        if any(w in STOP or w in blocked for w in syllables):
            continue
        if any(re.search(rf"\b{w.lower()}\b", text) for w in syllables):
            continue
        s, e = m.span(2)
        if not any(x.start < e and s < x.end for x in out):
            out.append(NameMention(s, e, m.group(2)))


_GIVEN_BEFORE = re.compile(rf"(?<![\w.-])([{_UP}][{_LO}]+) $")


_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _initials_hints(text: str) -> Iterator[re.Match[str]]:
    """``_INITIALS_HINT.finditer(text)``, the pattern tried only where a match can start: a
    capital before a full stop, or a capital and a small letter before one."""
    starts = []
    find = text.find
    dot = find(".", 1)
    while dot != -1:
        before = text[dot - 1]
        if before in _ASCII_UPPER:
            starts.append(dot - 1)
        elif before in _ASCII_LOWER and dot >= 2 and text[dot - 2] in _ASCII_UPPER:
            starts.append(dot - 2)
        dot = find(".", dot + 1)
    return finditer_from(_INITIALS_HINT, text, starts)


def _find_initialled(
    text: str, given: frozenset[str], blocked: frozenset[str], out: list[NameMention]
) -> None:
    """Add "V.A. Kolokoltsev": initials and a surname."""
    for hint in _initials_hints(text):
        # the exact pattern may start later inside the hint: "Mr. Kh. Sharifzoda"
        m = _INITIALS_NAME.search(text, hint.start(), hint.end() + 40)
        if m is None:
            continue
        i = m.start()
        if i and (text[i - 1].isalnum() or text[i - 1] in "._"):
            continue
        surname = m.group("s")
        if surname in STOP or (surname in blocked and surname not in given):
            continue
        if any(x.start <= m.start() < x.end for x in out):
            continue
        weak = not (_SURNAME_END.search(surname.lower()) and len(surname) > 3)
        start = m.start()
        before = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
        if (
            before
            and m.group(0).count(".") == 1
            and (
                before.group(1) in given
                or (before.group(1) not in STOP and before.group(1) not in blocked)
            )
        ):
            # "John J. Sullivan", "Oleg V. Syromolotov": a given name, a middle initial
            start, weak = before.start(1), False
        out.append(NameMention(start, m.end(), text[start : m.end()], weak=weak))


# "Shri KPS Malhotra", "Ministry of External Affairs, KD Dewal", "Oleg V Syromolotov": initials
# written without dots (as Indian and South African copy does), before a surname
# (searched without a leading \b, which would keep the regex engine from skipping ahead to a
# capital: _dotless_matches tests the character before; "[A-Z][A-Z]{0,2}", not "[A-Z]{1,3}",
# since only a pattern that opens with a character class gives the engine a set to skip to)
_DOTLESS_INITIALS = re.compile(
    rf"([A-Z][A-Z]{{0,2}}) ([{_UP}][{_LO}]++(?:-[{_UP}][{_LO}]++)?)(?![\w-])"
)
_BEFORE_DOTLESS = re.compile(
    rf"(?:(?:\b(?:Shri|Smt|Adv|Dr|Mr|Mrs|Ms|Prof)\.?|,)|(?<![\w.-])(?P<g>[{_UP}][{_LO}]+)) $"
)


def _dotless_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches ``\\b`` + _DOTLESS_INITIALS would give: a match after a letter, digit or "_"
    is refused and the search goes on from the character after its start, as the regex engine
    would."""
    search = _DOTLESS_INITIALS.search
    m = search(text)
    while m is not None:
        at = m.start()
        if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
            m = search(text, at + 1)
        else:
            yield m
            m = search(text, m.end())


def _find_dotless_initials(
    text: str, given: frozenset[str], blocked: frozenset[str], out: list[NameMention]
) -> None:
    """Add "KD Dewal" after a courtesy word or a comma, and "Oleg V Syromolotov" (a known
    given name, one capital, a surname): initials without their dots."""
    for m in _dotless_matches(text):
        initials, surname = m.group(1), m.group(2)
        if initials in STOP or initials in blocked:
            continue
        if surname in STOP or surname in blocked or surname in given:
            continue
        before = _BEFORE_DOTLESS.search(text, max(0, m.start() - 30), m.start())
        if before is None:
            continue
        start = m.start()
        if before.group("g") is not None:
            if len(initials) != 1 or before.group("g") not in given:
                continue
            start = before.start("g")
        if any(x.start < m.end() and start < x.end for x in out):
            continue
        out.append(NameMention(start, m.end(), text[start : m.end()]))


def _repair_glued(
    text: str, given: frozenset[str], blocked: frozenset[str], out: list[NameMention]
) -> None:
    """Names in words run together where a page lost a space."""
    # "Hamroand Uzbekistan": a name glued to the "and" of a list of countries
    for i, nm in enumerate(out):
        if nm.name.endswith("and") and len(nm.name.rsplit(None, 1)[-1]) >= 7:
            nxt = _NEXT_WORD.match(text, nm.end)
            if nxt and nxt.group(1) in blocked:
                out[i] = NameMention(nm.start, nm.end - 3, nm.name[:-3], weak=nm.weak)
    # "AzizDolosbayev": a given name and a surname run together
    for g in _GLUED_NAME.finditer(text):
        first, last = g.group(1), g.group(2)
        i = g.start()
        if (
            first in given
            and not (i and (text[i - 1].isalnum() or text[i - 1] == "-"))
            and _SURNAME_END.search(last.lower())
            and last not in blocked
        ):
            out.append(NameMention(i, g.end(), f"{first} {last}"))


# Words run together where a page lost the space between two elements.
_NEXT_WORD = re.compile(rf"\s+([{_UP}][{_LO}]+)")
# (a leading character class lets the regex engine skip ahead fast; the word start is checked
# in Python)
_GLUED_NAME = re.compile(rf"([{_UP}][{_LO}]{{2,}})([{_UP}][{_LO}]{{3,}})(?![\w-])")


def _glued_after_word(text: str, base: int, candidate: str, given: frozenset[str]) -> bool:
    """Whether a name starts right after a word with no space ("TajikistanRamazon Rahimzoda"):
    a word of four or more letters ends in lower case, and the name opens with a given name."""
    if not text[base - 1].islower():
        return False
    i = base - 1
    while i >= 0 and text[i].isalpha():
        i -= 1
    return base - 1 - i >= 4 and candidate.split(None, 1)[0] in given


OUTSIDER = CI(
    r"\b(?:analyst|expert|observer|journalist|correspondent|columnist|author|researcher"
    r"|political scientist|blogger|commentator|historian|lawyer for)\b"
)
