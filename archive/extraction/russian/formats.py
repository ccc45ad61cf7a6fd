"""Meetings of one office across an organisation's member states, as Russian copy names them:
"совещание руководителей антинаркотических ведомств государств-членов ШОС", "Главы МВД стран
ШОС", "Совещание руководителей компетентных органов государств-членов Шанхайской организации
сотрудничества (ШОС), наделенных полномочиями по борьбе с незаконным оборотом наркотиков".

Such a meeting gets the name the English pipeline gives it (``member_meetings``): the
organisation's standing body for those office-holders, or "Meeting of {office} of {org} Member
States" with the office in the archive's words, whatever the Russian wording.
"""

from __future__ import annotations

import re

from ..context import Context, Span
from ..member_meetings import _name_for as member_meeting_name
from . import cues as C
from .rendering import render

# office-holders as Russian copy names them -> as the archive's names put them; the first
# that matches wins (border services "компетентных органов" are no drug agencies)
_OFFICES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rx), canonical)
    for rx, canonical in (
        (r"\bпограничн\w+\s+(?:служб|ведомств|орган|войск)", "Heads of Border Services"),
        (
            r"\bантинаркотическ\w+|\bнаркот\w+|\bнаделенн\w+\s+полномочиями\s+по\s+борьбе\s+с"
            r"\s+незаконным\s+оборотом",
            "Heads of Competent Authorities for Combating Illicit Drug Trafficking",
        ),
        (r"\bсекретар\w+\s+советов\s+безопасности", "Secretaries of Security Councils"),
        (r"\bгенеральн\w+\s+прокурор\w*|\bгенпрокурор\w*", "Prosecutors General"),
        (
            r"\bминистр\w*\s+(?:внутренних\s+дел|мвд)|\b(?:глав|руководител)\w*\s+(?:мвд"
            r"|министерств\s+внутренних\s+дел)",
            "Interior Ministers",
        ),
        (
            r"\bорганов\s+безопасности\s+и\s+специальных\s+служб|\bспецслужб",
            "Heads of Security Agencies and Intelligence Services",
        ),
        (r"\bверховн\w+\s+суд", "Chairpersons of Supreme Courts"),
        (r"\bчрезвычайн\w+|\bмчс\b", "Heads of Emergency Agencies"),
    )
)
# the office as a standing body's name words it, where that differs from the meeting's
_STANDING_OFFICES = {
    "Heads of Competent Authorities for Combating Illicit Drug Trafficking": (
        "Heads of Competent Authorities on Combating Drug Trafficking"
    ),
}
_STANDING_FORMS = ("{org} Coordination Council of {office}", "{org} Council of {office}")


def _standing_body(ctx: Context, org: str, office: str) -> str | None:
    """The organisation's standing body for the office-holders, when the gazetteer knows it
    ("CSTO Coordination Council of Heads of Competent Authorities on Combating Drug
    Trafficking" for the heads of the CSTO states' drug-control agencies)."""
    worded = _STANDING_OFFICES.get(office, office)
    for form in _STANDING_FORMS:
        known = ctx.lex.org_by_name(form.format(org=org, office=worded))
        if known is not None and known.kind == "body":
            return known.name
    return None


# the organisations whose member states meet, by the code the archive's names use
_ORGS: tuple[tuple[str, str], ...] = (
    ("SCO", r"ШОС|Шанхайской\s+организации\s+сотрудничества"),
    ("CIS", r"СНГ|Содружества\s+Независимых\s+Государств"),
    ("CSTO", r"ОДКБ|Организации\s+Договора\s+о\s+коллективной\s+безопасности"),
    ("OTS", r"ОТГ|Организации\s+[Тт]юркских\s+[Гг]осударств"),
    ("ECO", r"ОЭС|Организации\s+экономического\s+сотрудничества"),
)
_ORG = "|".join(rx for _, rx in _ORGS)
# "совещание руководителей ... государств-членов ШОС", "главы ... стран ШОС", "встреча
# министров внутренних дел Организации экономического сотрудничества": the holders, then the
# member states of an organisation or the organisation itself
_FORMAT = re.compile(
    r"\b(?:[Сс]овещани\w*|[Зз]аседани\w*|[Вв]стреч\w*|[Гг]лав\w*|[Рр]уководител\w*"
    r"|[Мм]инистр\w*|[Сс]екретар\w*|[Гг]енпрокурор\w*|[Гг]енеральн\w+\s+прокурор\w*)"
    r"(?P<holders>(?:\s+[а-яёА-ЯЁ-]+){0,6}?)\s+"
    r"(?:(?:государств|стран)(?:-(?:членов|участников|участниц))?\s+)?"
    rf"(?P<org>{_ORG})(?:\s*\((?:{_ORG})\))?"
)
# a standing body's head noun among the holders' words
_BODY_WORD = re.compile(r"\b(?:[Сс]овет|[Кк]омитет|[Кк]омисси)\w*")
# the clause that tells a body's field after the organisation: ", наделенных полномочиями по
# борьбе с незаконным оборотом наркотиков"
_FIELD_AFTER = re.compile(r"[^.;]{0,160}?,\s*(наделенн\w+\s+полномочиями\s+[^.;]{0,80})")


def member_format(ctx: Context, sentences: int = 4) -> tuple[str, Span, float] | None:
    """The member-state meeting the headline or one of the first ``sentences`` sentences names,
    with the archive's name for it, or None."""
    if not ctx.doc.sentences:
        return None
    end = ctx.doc.sentences[min(sentences, len(ctx.doc.sentences)) - 1][1]
    for m in _FORMAT.finditer(ctx.text, 0, end):
        if any(ctx.in_org(pos) for pos in range(m.start(), m.start("org"))):
            continue  # "Секретариат Координационного совета генеральных прокуроров ...": a body
        sentence = ctx.sent_idx(m.start())
        if not m.group().lower().startswith(("совещ", "засед", "встреч")) and not ctx.has(
            C.MEETING, sentence
        ):
            continue  # "главы ... стран ШОС" meet only in a sentence about a meeting
        if _BODY_WORD.search(m.group("holders")):
            continue  # "заседание Совета руководителей органов по ЧС СНГ": a council, named as such
        low = m.group().lower()
        a, b = ctx.doc.sentences[sentence]
        field = _FIELD_AFTER.match(ctx.low, m.end(), b)
        phrase = low + (" " + field.group(1) if field else "")
        office = next((name for rx, name in _OFFICES if rx.search(phrase)), None)
        if office is None:
            continue
        org = next(code for code, rx in _ORGS if re.fullmatch(rx, m.group("org")))
        name = _standing_body(ctx, org, office) or member_meeting_name(ctx.lex, org, office)[0]
        return name, ctx.span(m.start()), 0.45
    return None


# "Совещание глав чрезвычайных ведомств стран Центральной Азии", "встреча руководителей
# спецслужб государств Центральной Азии": the region's states' office-holders meeting, no
# other state beside them ("... Центральной Азии и Китая" is another format)
_REGION_FORMAT = re.compile(
    r"\b(?:[Сс]овещани|[Зз]аседани|[Вв]стреч)\w*\s+(?P<holders>(?:[а-яёА-ЯЁ-]+\s+){1,6}?)"
    r"(?:стран|государств)\s+Центральной\s+Азии\b(?!\s+и\s)(?!\s*(?:,|-|–|—)\s*[А-ЯЁ])"
)
# the region's office-holders in the archive's words, where they differ from a member-state
# meeting's: the region's special services are named as such
_REGION_OFFICES = (
    (re.compile(r"\bспецслужб|\bспециальн\w+\s+служб"), "Heads of Special Services"),
)


def central_asian_format(ctx: Context, sentences: int = 4) -> tuple[str, Span, float] | None:
    """ "Meeting of Heads of Emergency Agencies of Central Asian States": a meeting of one
    office across the Central Asian states that the headline or the lead names (the reference
    data's name when it knows the format)."""
    if "Центральной Азии" not in ctx.text or not ctx.doc.sentences:
        return None
    end = ctx.doc.sentences[min(sentences, len(ctx.doc.sentences)) - 1][1]
    for m in _REGION_FORMAT.finditer(ctx.text, 0, end):
        holders = m.group("holders").lower()
        if _BODY_WORD.search(holders):
            continue
        office = next(
            (name for rx, name in (*_REGION_OFFICES, *_OFFICES) if rx.search(holders)), None
        )
        if office is None:
            continue
        name = f"Meeting of {office} of Central Asian States"
        known = ctx.lex.org_by_name(name)
        return (known.name if known else name), ctx.span(m.start()), 0.45
    return None


# "заседание коллегий Службы внешней разведки Российской Федерации и Комитета государственной
# безопасности Республики Беларусь": the collegia of two agencies sit together
_COLLEGIA = re.compile(r"\b(?:заседани\w*|сессии)\s+коллегий\s+(?=[А-ЯЁ])")
# where the second agency's name ends
_AGENCY_END = re.compile(r"\s+(?:с|в|во|на|под|по|где|которое|состоял\w*|прош\w+)\s|[,.;:()«»]")


def joint_collegia(ctx: Context) -> tuple[str, Span, float] | None:
    """Two agencies of two states whose collegia sit together, each by its gazetteer name or
    rendered word by word: "Joint Collegium of the A and the B". Two agencies of one kind
    ("коллегий МВД Кыргызстана и МВД Казахстана") are left to the joint-collegium rule, which
    names their kind once."""
    m = _COLLEGIA.search(ctx.text) if "коллегий" in ctx.text else None
    if m is None:
        return None
    end = ctx.doc.sentences[ctx.sent_idx(m.start())][1]
    stop = _AGENCY_END.search(ctx.text, m.end(), end)
    phrase_end = stop.start() if stop else end
    parts = re.split(r"\s+и\s+(?=[А-ЯЁ])", ctx.text[m.end() : phrase_end], maxsplit=1)
    if len(parts) != 2:
        return None
    names, states = [], []
    pos = m.end()
    for part in parts:
        a = ctx.text.index(part, pos)
        b = pos = a + len(part)
        org = ctx.org_at(a)
        if org is not None and org.end >= b - 1 and ctx.lex.org_list[org.ref].kind == "agency":
            agency = ctx.lex.org_list[org.ref]
            names.append(agency.name)
            states.append(agency.country)
            continue
        rendered = render(ctx, a, b)
        geo = [g for g in ctx.geo if a <= g.start < b and g.kind == "country"]
        if rendered is None or len(geo) != 1:
            return None
        names.append(rendered)
        states.append(ctx.country_code(geo[0]))
    if None in states or states[0] == states[1]:
        return None
    kinds = [re.sub(r"\s+of\s+\S.*$", "", n) for n in names]
    if kinds[0] == kinds[1]:
        return None
    return f"Joint Collegium of the {names[0]} and the {names[1]}", ctx.span(m.start()), 0.45
