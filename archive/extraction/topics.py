"""Topics: a pattern hit counts when it is in the title or lead, in a sentence about the agenda,
a meeting or a speech, or in two different sentences (a passing word is not a topic)."""

from __future__ import annotations

import re
from bisect import bisect_right

from . import people
from .context import MEETING, Context, Span, sentence_cue
from .lexicon import Lexicon, Match
from .rx import CI, skip_ahead

_AGENDA = sentence_cue(
    r"\b(?:discuss\w*|agenda|focus\w*|address\w*|consider\w*|issues?|topics?|topical|exchang\w*"
    r"|dealt with|priorit\w*|emphasi[sz]\w*|highlight\w*|measures|cooperation in|combat\w*"
    r"|counter\w*|fight(?:ing)? against|problems?|threats?|challenges|trends|devoted|dedicated"
    r"|concerns?|reviewed|examined|approved|adopted|signed|plans?|attention|summed up|results"
    r"|agreed|proposed|stressed|noted|need|step(?:ped)? up|prevent\w*|protect\w*|participants"
    r"|shared?|sharing)\b"
)


# "he said", "noted she": a paragraph that goes on quoting the last person named
_PRONOUN_SPEECH = re.compile(
    r"\b(?:he|she)\s+(?:also\s+)?(?:said|says|noted|stated|emphasi[sz]ed|stressed|added|recalled"
    r"|continued|underlined|believes|warned|explained|pointed out)\b"
    r"|\b(?:said|noted|stated|emphasi[sz]ed|stressed|added) (?:he|she)\b"
)
_OUTSIDER_REASONS = ("press comment", "outsider")


def _outsider_paragraphs(ctx: Context, persons: list[people.Person]) -> set[int]:
    """Paragraphs that only relay what people outside the meeting said (a commentator talking
    to the press, an analyst): their words are not the meeting's agenda."""
    events = sorted((m.start, p.reason in _OUTSIDER_REASONS) for p in persons for m in p.mentions)
    out: set[int] = set()
    speaker_outside = False
    k = 0
    for pi, (s, e) in enumerate(ctx.doc.paragraphs):
        named = []
        while k < len(events) and events[k][0] < e:
            if events[k][0] >= s:
                named.append(events[k][1])
            k += 1
        if named:
            speaker_outside = named[-1]
            if all(named):
                out.add(pi)
        elif speaker_outside and (
            _PRONOUN_SPEECH.search(ctx.low, s, e) or ctx.text[s : s + 1] in '"“«'
        ):
            out.add(pi)
        else:
            speaker_outside = False
    return out


_CROSS = re.compile(skip_ahead(r"\bcross[- ]?$|\btrans[- ]?$"))
# the visit's programme beside the talks: "laid a wreath at the eternal fire", "visited the
# Genocide memorial complex", "planted a fir tree" - no subject of the meeting
_PROTOCOL = sentence_cue(
    r"\b(?:laid (?:a |the )?(?:wreaths?|flowers)|put a wreath|lay(?:ing)? (?:a )?wreaths?"
    r"|planted (?:a|the) \w*\s?tree|memorial complex|alley of hono(?:u)?r|eternal (?:fire|flame))\b"
)


# "reached an agreement on", "the agreements reached": a consensus, not a legal instrument
_REACHED_BEFORE = re.compile(
    r"\b(?:reach(?:ed|es|ing)?|c(?:a|o)me to|arrived at|confirmed|supported)\s+"
    r"(?:(?:an?|the|their|mutual|joint|full|common|prior|some|several|a number of|specific)\s+)?$"
    # "only by agreement of the parties", "by mutual agreement"
    r"|\bby (?:mutual )?$"
)
_REACHED_AFTER = re.compile(
    r"s?\s+(?:(?:were|was|have been|had been|has been|being|previously|earlier)\s+)?reached\b"
    # "the agreements that the presidents reached", "agreements which were reached at"
    r"|s?\s+(?:that|which)\s+(?:[\w'’-]+\s+){0,8}?reached\b"
    # "agreement on the importance of ... was reached", "an agreement ... of the parties"
    r"|s?\b[^.;]{0,200}?\b(?:was|were|has been|have been)\s+(?:also\s+)?reached\b"
    r"|s?\s+of the (?:parties|sides)\b"
)
# "the agreements" named again after agreements reached, with nothing of an instrument after
# them ("on", "between", "signed"): the same consensus
_THE_SAME_AGREEMENTS = re.compile(
    r"the agreements?\b(?!\s+(?:on|between|of|signed|concluded|with|to|for)\b)"
)
# a sentence telling an instrument signed long ago: "an agreement signed 25 years ago",
# "signed an agreement on cooperation ... in 2005"
# "A 1994 treaty reaffirmed", "had previously signed a similar agreement"
_SIGNED_LONG_AGO = sentence_cue(
    r"\b(?:years ago|(?:signed|ratified|concluded)\b[^.;]{0,120}\bin (?:19|20)\d\d"
    r"|(?:19|20)\d\d (?:treaty|agreement|convention|protocol)"
    r"|(?:previously|earlier|already|once) (?:signed|concluded|inked)"
    r"|had (?:been )?(?:signed|concluded))\b"
)
# a sentence that opens on a past year: "In 2014, the two ministries signed an agreement"
_YEAR_OPENING = re.compile(r"(?:in|since|back in) (?:19|20)\d\d\b")
# "in accordance with the agreement", "within the framework of bilateral and multilateral
# agreements", "implementing the previous agreements", "the States Parties to the Agreement":
# an instrument already in force that the work rests on, carries out or that names the members
# - no law the meeting makes
_IN_FORCE_BEFORE = re.compile(
    r"\b(?:in accordance with|in line with|in compliance with|pursuant to|on the basis of"
    r"|(?:with)?in the framework of|under|implement\w*|implementation of|execution of"
    r"|part(?:y|ies) to|signator(?:y|ies) (?:of|to)|members? of|member (?:states|countries) of)"
    r"\s+(?:(?:the|an?|its|their|this|these|those|said|aforesaid|existing|previous|earlier"
    r"|signed|current|bilateral|multilateral|and|international|relevant|intergovernmental"
    r"|interstate|interagency|provisions of|[\w-]+al)\s+){0,4}$"
)
_IN_FORCE_WORDS = ("agreement", "treat", "protocol", "memorand", "convention")
# what a meeting does with a legal instrument it makes: signs, adopts, drafts, approves,
# amends it; an agreement, protocol or memorandum in a sentence without such a verb is named
# in passing (unless the title or lead names it)
_MAKING = sentence_cue(
    r"\b(?:sign(?:s|ed|ing|ator\w*|ature\w*)?|ink(?:s|ed|ing)|adopt\w*|draft\w*|approv\w*|conclu(?:de|ded|sion)|endors\w*|ratif\w*"
    r"|amend\w*|modif\w*|initial(?:l?ed|l?ing)|finali[sz]\w*|negotiat\w*|elaborat\w*|develop\w*"
    r"|prepar\w*|agreed on|work(?:ed|ing)? (?:on|out)|discuss\w*|consider\w*|examin\w*|revis\w*"
    r"|updat\w*)\b"
)
# "joint anti-terrorist exercises", "the exercise Pabbi-Antiterror-2021": forces drilled in an
# operation, not the training of staff
_EXERCISE = re.compile(r"(?:joint |anti-terrorist |counter-terrorist )?exercis")
_EXERCISE_WORKED_ON = sentence_cue(r"\b(?:discuss\w*|review\w*|consider\w*|scenario)\b")
# "exchange of experience", "sharing best practices" praised or wished for in passing: what the
# sides learn from each other, no exchange of information
_EXPERIENCE = re.compile(
    r"(?:(?:the )?exchang\w* (?:of )?(?:experience|best practices)|(?:shar\w*|shared) "
    r"(?:experience|best practices)|best practices|experience sharing)"
)
# "exchange of experience and information", "... of experience and electronic information": the
# information exchanged too
_AND_INFORMATION = re.compile(r"\s+(?:and|as well as)\s+(?:[\w-]+\s+)?(?:information|data)\b")
# "the participants exchanged experience in", "discussed the exchange of experience": the
# exchange is what the meeting did or discussed
_EXPERIENCE_WORKED_ON = sentence_cue(
    r"\b(?:discuss\w*|consider\w*|(?:participants|sides|parties|delegations) exchanged)\b"
)
# "the border regions", "fires in border areas", "riverbanks along border rivers", "a town on
# the Belarusian-Polish border", "asset recovery across borders": the border as a place where
# other work is done, not its guard
_BORDER_AS_PLACE_AFTER = re.compile(
    r"\s+(?:regions?|areas?|rivers?|districts?|towns?|villages?|settlements?|territor\w+"
    r"|provinces?|oblasts?|municipalit\w+|and neighbo\w+ (?:states|countries)"
    r"|prosecut\w+|populations?)\b"
)
_BORDER_AS_PLACE_BEFORE = re.compile(r"\b(?:across|a town on the [\w-]+|along)\s+(?:the\s+)?$")
# "joint programs of the two countries", "new joint programs aimed at the rule of law": a
# programme of any kind; one against crime says so ("joint programme of combating crime")
_JOINT_PROGRAMME = re.compile(r"joint program")
_AGAINST_CRIME = re.compile(
    r"[^.;]{0,60}?\b(?:crim\w*|combat\w*|fight\w*|against|prevent\w*|counter\w*|offen[cs]\w*)"
)
# "persons who have received combat training abroad": training of the other side
_ADVERSARY_TRAINING = re.compile(r"\b(?:combat|militant|terrorist|paramilitary)\s+$")


# a capitalised name of an organization: "the International Training and Methodology Centre
# for Financial Monitoring", "the Regional Office for Capacity Building (ROCB)"
_NAME_WORD = r"(?:[A-Z][\w'’-]*|of|for|and|on|in|the)"
_ORGAN = (
    r"(?:Cent(?:er|re)|Office|Institute|Bureau|Agency|Directorate|Department|Service"
    r"|Protection)\b"
)
_ORGAN_BEFORE = re.compile(rf"\b{_ORGAN}(?:\s+{_NAME_WORD})*\s+$")
# before the organ's noun only its modifiers: "Training and Methodology Centre", but not
# "Regulation on the Bureau", a document about the organ
# the hit itself ends on the organ's noun: "US Customs and Border Protection"
_ORGAN_ENDS = re.compile(rf"\s{_ORGAN}$")
_ORGAN_AFTER = re.compile(rf"(?:\s+(?:[A-Z][\w'’-]*|and))*?\s+{_ORGAN}")


def _in_proper_name(ctx: Context, m: Match) -> bool:
    """Whether a capitalised hit mid-sentence stands in a name whose run of capitalised words
    holds an organ's noun ("Centre", "Office", "Bureau", ...)."""
    text = ctx.text
    if (
        not text[m.start : m.start + 1].isupper()
        or ctx.doc.sentences[ctx.sent_idx(m.start)][0] == m.start
    ):
        return False
    return bool(
        _ORGAN_ENDS.search(text, m.start, m.end)
        or _ORGAN_AFTER.match(text, m.end, m.end + 80)
        or _ORGAN_BEFORE.search(text, max(0, m.start - 80), m.start)
    )


def _not_the_topic(ctx: Context, m: Match) -> bool:
    """Whether a topic pattern's hit means something else where it stands: a consensus
    reached ("agreement"), fighters' training ("combat training"), or a word of an
    organization's name ("International Training and Methodology Centre"), which says what
    the organization does, not what the meeting discussed."""
    low = ctx.low
    word = low[m.start : m.start + 9]
    if word.startswith("agreement") and (
        _REACHED_BEFORE.search(low, max(0, m.start - 40), m.start)
        or _REACHED_AFTER.match(low, m.start + 9)
    ):
        return True
    if word.startswith("training") and _ADVERSARY_TRAINING.search(
        low, max(0, m.start - 20), m.start
    ):
        return True
    return ctx.in_org(m.start, m.end) or _in_proper_name(ctx, m)


def field_of_body(ctx: Context, name: str, start: int, end: int) -> dict[int, list[Match]]:
    """The topics a convening body's name gives it, as strong hits at its mention: a meeting of
    the council "on Combating Drug Trafficking" or of the heads of drug-control agencies is
    about drug trafficking."""
    hits: dict[int, list[Match]] = {}
    for m in ctx.lex.topics_in(name):
        if ctx.lex.topic_list[m.ref].slug == "legal-framework":
            continue  # the "Collective Security Treaty Organization": named after its founding act
        hits.setdefault(m.ref, []).append(Match(start, end, "topic", m.ref, True))
    return hits


# "the exchange of analytical information", "exchanging hydrological data", "the FIUs share
# the intelligence", "the data exchanged": information exchanged, whatever words qualify it
# Both phrase patterns open with "\b", which keeps the regex engine from skipping ahead: as
# registered cues they are tried only where the lexicon's pass found one of their first words.
_EXCHANGE_OF = sentence_cue(
    r"\b(?:exchang\w*|shar(?:e|es|ed|ing))\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:information|data|intelligence)\b"
    r"|\b(?:information|data|intelligence)\s+(?:(?:was|were)\s+)?(?:exchang\w*|shar(?:ing|ed))\b"
)


# "the agreement of 25 November 2005 on the exchange of legal information": a document's name
_DOCUMENT_ON = re.compile(
    r"\b(?:agreement|protocol|memorandum|treaty|convention)\b[^.;]{0,40}\bon (?:the )?$"
)


# "combatting transboundary crime", "the growth of cross-border crime", "transnational
# criminality", "crime, including its organized and transnational forms": crime beyond one
# state's reach, organized crime by the golds' convention
_CRIME_ACROSS_STATES = sentence_cue(
    r"\b(?:cross[- ]?border|trans[- ]?boundary|trans[- ]?border|transnational|international)\s+"
    r"(?:crimes?|criminality|criminal activit\w*)\b"
    r"|\borgani[sz]ed (?:and|or) (?:[\w-]+ )?(?:forms|crimes?)\b|\bits organi[sz]ed forms\b"
)


def topic_ref(lex: Lexicon, slug: str) -> int | None:
    """The index of the topic ``slug`` in the lexicon's topics (a hit's ``ref``), if it has it."""
    return next((i for i, t in enumerate(lex.topic_list) if t.slug == slug), None)


def _phrase_hits(ctx: Context) -> list[Match] | None:
    """The report's topic hits with the phrases the patterns' fixed words miss added, in text
    order; None when there is none: every exchange of information, data or intelligence (not
    a document's name: an agreement "on the exchange of legal information" may be named in
    passing), and crime across states as organized crime."""
    low = ctx.low
    found: list[Match] = []
    if ("exchang" in low or "shar" in low) and (
        ref := topic_ref(ctx.lex, "information-exchange")
    ) is not None:
        found += [
            Match(x.start(), x.end(), "topic", ref)
            for x in ctx.cue_finditer(_EXCHANGE_OF, 0, len(low))
            if not _DOCUMENT_ON.search(low, max(0, x.start() - 60), x.start())
        ]
    if ("crim" in low) and (ref := topic_ref(ctx.lex, "organized-crime")) is not None:
        found += [
            Match(x.start(), x.end(), "topic", ref)
            for x in ctx.cue_finditer(_CRIME_ACROSS_STATES, 0, len(low))
        ]
    if not found:
        return None
    return sorted(ctx.topics + found, key=lambda m: m.start)


def find_topics(
    ctx: Context,
    persons: list[people.Person] | None = None,
    body: tuple[str, Span] | None = None,
) -> dict[str, list[Span]]:
    """The topics of the agenda, and the field of the convening ``body`` (name, evidence)."""
    skip = _outsider_paragraphs(ctx, persons) if persons else set()
    starts = [s for s, _ in ctx.doc.paragraphs]
    hits: dict[int, list[Match]] = (
        field_of_body(ctx, body[0], body[1]["start"], body[1]["start"] + 1) if body else {}
    )
    lead_end = 2 + (1 if ctx.doc.title_span else 0)
    reached = False  # an agreement read as a consensus reached: "the agreements" after it too
    for m in _phrase_hits(ctx) or ctx.topics:
        if skip and bisect_right(starts, m.start) - 1 in skip:
            continue
        if _CROSS.search(ctx.low, max(0, m.start - 6), m.start):
            continue  # "cross-border crime", "cross-border transfers": across borders, not at them
        sentence = ctx.sent_idx(m.start)
        if ctx.has(_PROTOCOL, sentence):
            continue
        if _not_the_topic(ctx, m):
            reached = reached or ctx.low.startswith("agreement", m.start)
            continue
        slug = ctx.lex.topic_list[m.ref].slug
        if (
            slug == "crime-prevention-programs"
            and _JOINT_PROGRAMME.match(ctx.low, m.start)
            and not _AGAINST_CRIME.match(ctx.low, m.end)
        ):
            continue
        if (
            slug == "border-security"
            and ctx.low.startswith("border", m.start)
            and (
                _BORDER_AS_PLACE_AFTER.match(ctx.low, m.start + 6 + (ctx.low[m.start + 6] == "s"))
                or _BORDER_AS_PLACE_BEFORE.search(ctx.low, max(0, m.start - 40), m.start)
            )
        ):
            continue
        if (
            slug == "information-exchange"
            and (x := _EXPERIENCE.match(ctx.low, m.start))
            and not _AND_INFORMATION.match(ctx.low, x.end())
            and not ctx.has(_EXPERIENCE_WORKED_ON, sentence)
        ):
            continue
        if (
            slug == "personnel-training"
            and _EXERCISE.match(ctx.low, m.start)
            and sentence >= lead_end
            and not ctx.has(_EXERCISE_WORKED_ON, sentence)
        ):
            continue
        legal = slug == "legal-framework"
        if legal and (
            ctx.has(_SIGNED_LONG_AGO, sentence)
            or _YEAR_OPENING.match(ctx.low, ctx.doc.sentences[sentence][0])
        ):
            continue  # "an agreement signed in 2005": the history of the relations
        if (
            legal
            and ctx.low.startswith(_IN_FORCE_WORDS, m.start)
            and _IN_FORCE_BEFORE.search(ctx.low, max(0, m.start - 70), m.start)
        ):
            continue  # "in accordance with the agreement": an instrument in force
        if legal and sentence >= lead_end and ctx.low.startswith(_IN_FORCE_WORDS, m.start):
            # past the lead an instrument counts where the meeting makes it, and there it is
            # the meeting's business whatever else the sentence says
            if not ctx.has(_MAKING, sentence):
                continue
            m = Match(m.start, m.end, m.kind, m.ref, True)
        if reached and _THE_SAME_AGREEMENTS.match(ctx.low, max(0, m.start - 4)):
            continue  # "... the agreements reached. According to him, the agreements include"
        hits.setdefault(m.ref, []).append(m)
    return chosen_topics(ctx, hits, lead_end, (_AGENDA, MEETING, people.SPEECH))


def chosen_topics(
    ctx: Context, hits: dict[int, list[Match]], lead_end: int, cues: tuple[CI, ...]
) -> dict[str, list[Span]]:
    """The topics whose hits count, in the taxonomy's order, each with the sentences it is in:
    a strong pattern, a hit in the first ``lead_end`` sentences (title and lead), in a sentence
    that has one of the language's ``cues`` (the agenda, the meeting, a speech), or in two
    different sentences; a passing word is not a topic."""
    out: dict[str, list[Span]] = {}
    for ref, ms in hits.items():
        sents = sorted({ctx.sent_idx(m.start) for m in ms})
        strong = any(m.strong for m in ms)
        lead = any(sentence < lead_end for sentence in sents)
        # the cues are asked only when nothing else has settled it
        if (
            strong
            or lead
            or len(sents) >= 2
            or any(ctx.has(cue, sentence) for sentence in sents for cue in cues)
        ):
            out[ctx.lex.topic_list[ref].slug] = [
                ctx.span(ctx.doc.sentences[sentence][0]) for sentence in sents
            ]
    order = {t.slug: i for i, t in enumerate(ctx.lex.topic_list)}
    return dict(sorted(out.items(), key=lambda kv: order[kv[0]]))
