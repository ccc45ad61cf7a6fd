"""The office a title names, in a small vocabulary: "Minister of Internal Affairs of the
Republic of Kazakhstan, Police Lieutenant-General", "Kazakhstan's Interior Minister" and
"министр внутренних дел Республики Казахстан" are all ``interior-minister``.

Readers filter meetings by office ("Kazakhstan's interior minister"), so the free-text titles
the extractor finds (English or Russian, in the nominative) are read here into one of
``OFFICES``, each also as a deputy's (``deputy-interior-minister``), or ``other``. A title
holding several posts ("Deputy Prime Minister, Chairman of the State Committee for National
Security") is read part by part and its most specific office wins; a post in an international
body (the CIS, CSTO or SCO secretariats, the EAG, Interpol) is no national office and reads as
``other``, like a department's head ("Head of the Astana Police Department"). No maintained
library classifies officials' posts; the rules below cover the bodies of this archive.

Pure Python: the importer stores the result on each attendance, editors correct it there.
"""

from __future__ import annotations

import re
from functools import lru_cache

OTHER = "other"
DEPUTY_PREFIX = "deputy-"

# key -> label, most specific first: when two parts of a title name offices, the earlier
# entry wins (a security-service head who is also deputy prime minister is the former).
OFFICES: dict[str, str] = {
    "interior-minister": "Interior minister",
    "security-service-head": "Head of security service",
    "border-service-head": "Head of border service",
    "prosecutor-general": "Prosecutor general",
    "security-council-secretary": "Security council secretary",
    "drug-control-head": "Head of drug control",
    "financial-intelligence-head": "Head of financial intelligence",
    "customs-head": "Head of customs",
    "defence-minister": "Defence minister",
    "emergency-minister": "Emergency minister",
    "foreign-minister": "Foreign minister",
    "head-of-state": "Head of state or government",
}


def _deputy_label(label: str) -> str:
    return "Deputy " + label[:1].lower() + label[1:]


# Every office, its deputy's, and "other", as (key, label): the choices editors pick from.
OFFICE_CHOICES: list[tuple[str, str]] = [
    *((key, label) for key, label in OFFICES.items()),
    *((DEPUTY_PREFIX + key, _deputy_label(label)) for key, label in OFFICES.items()),
    (OTHER, "Other"),
]
OFFICE_LABELS: dict[str, str] = dict(OFFICE_CHOICES)

# A title's parts: posts joined by a comma, a dash between spaces, a semicolon, or "and"
# before a capital ("Assistant to the President and Secretary of the Security Council").
_PARTS = re.compile(r"\s*(?:[,;]|\s[–—-]\s|\s[–—]|[–—]\s|\sand\s(?=[A-Z]))\s*")

# Words that lead an office (English and Russian stems).
_HEAD = (
    r"(?:\b(?:head|chief|director|chairman|chairwoman|chair|commander|leader)\b"
    r"|\b(?:глав|руководител|директор|председател|начальник|командующ)\w*)"
)
_MINISTER = r"(?:\bminister\b|\bминистр(?:а|ом|у)?\b)"
_DEPUTY = re.compile(
    r"\b(?:deputy|vice)\b|\bзам(?:еститель|естителя|министра)?\b|\bвице[- ]", re.IGNORECASE
)
# Aides and envoys are not the office they serve.
_AIDE = re.compile(
    r"\b(?:assistant|aide|adviser to|advisor to|representative|envoy|spokes\w*|officer"
    r"|помощник\w*|советник\w*|представител\w*)\b",
    re.IGNORECASE,
)
# A unit inside a ministry or a region's branch: its head holds no national office.
_UNIT = re.compile(
    r"\b(?:department|division|unit|directorate|bureau|office|administration|region|oblast"
    r"|city|district|regional|main directorate|управлени\w*|департамент\w*|отдел\w*"
    r"|област\w*|город\w*|район\w*)\b",
    re.IGNORECASE,
)
# Posts in international bodies.
_INTERNATIONAL = re.compile(
    r"\b(?:cis|csto|sco|eaeu|eag|fatf|interpol|unodc|osce|un|rats|ccpg|ipa|caricc|rilo"
    r"|council of (?:heads|commanders|ministers)|executive committee|anti-terror\w* cent\w*"
    r"|снг|одкб|шос|еаэс|еаг|ксгп|исполнительн\w+ комитет\w*|совет\w* командующих"
    r"|совет\w* министров внутренних дел)\b",
    re.IGNORECASE,
)

_INTERIOR = (
    r"(?:internal affai\w*|interior|\bmia\b|\bmvd\b|public security|home affairs"
    r"|внутренних дел|\bмвд\b)"
)
_SECURITY_SERVICE = (
    r"(?:security (?:service|committee|agency|bureau)|national security committee"
    r"|committee (?:for|of) (?:state|national) security|state security|national security"
    r"(?! council| adviser| advisor| division)|intelligence service|\b(?:fsb|kgb|knb|gknb|sgb"
    r"|svr|sbu)\b|безопасности|\b(?:фсб|кгб|кнб|гкнб|сгб|свр|сбу)\b|разведк)"
)
_SECURITY_COUNCIL = (
    r"(?:security council|national security (?:adviser|advisor|division)|совета? безопасности"
    r"|совбез\w*)"
)
_BORDER = r"(?:border|frontier|погранич\w*)"
_PROSECUTOR = (
    r"(?:prosecutor[- ]general|general prosecutor|procurator[- ]general|attorney[- ]general"
    r"|генеральн\w* прокурор\w*|генпрокурор\w*)"
)
_DRUGS = r"(?:drug|narcotic\w*|наркоти\w*|наркоконтрол\w*)"
_FINANCIAL = (
    r"(?:financial (?:monitoring|intelligence|investigation)|\bfiu\b|rosfinmonitoring"
    r"|финансов\w* (?:мониторинг\w*|разведк\w*)|росфинмониторинг\w*)"
)
_CUSTOMS = r"(?:customs|таможен\w*)"
_DEFENCE = r"(?:defen[cs]e|обороны)"
_EMERGENCY = r"(?:emergenc\w*|чрезвычайн\w*|\bмчс\b)"
_FOREIGN = r"(?:foreign affairs|foreign minister|\bforeign\b|иностранных дел|\bмид\b)"
_HEAD_OF_STATE = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:president|prime minister|premier|chancellor|президент\w*"
    r"|премьер[- ]министр\w*|председател\w* правительства)\b",
    re.IGNORECASE,
)


def _search(pattern: str, text: str) -> bool:
    return re.search(pattern, text, re.IGNORECASE) is not None


def _office_of_part(part: str) -> str | None:
    """The office one post names (without the deputy's prefix), or None."""
    if not part or _AIDE.search(part) or _INTERNATIONAL.search(part):
        return None
    minister = _search(_MINISTER, part)
    head = _search(_HEAD, part)
    unit = _UNIT.search(part) is not None
    if _search(_PROSECUTOR, part):
        return "prosecutor-general"
    if _search(_SECURITY_COUNCIL, part) and _search(r"secretar|секретар|adviser|advisor", part):
        return "security-council-secretary"
    if (head or minister) and _search(_FINANCIAL, part):
        return "financial-intelligence-head"  # often a department of a ministry or bank
    if unit:
        return None
    if (minister or head) and _search(_INTERIOR, part):
        return "interior-minister"
    if (head or minister) and _search(_BORDER, part):
        return "border-service-head"
    if (head or minister) and _search(_DRUGS, part):
        return "drug-control-head"
    if (head or minister) and _search(_CUSTOMS, part):
        return "customs-head"
    if head and _search(_SECURITY_SERVICE, part):
        return "security-service-head"
    if minister and _search(_DEFENCE, part):
        return "defence-minister"
    if minister and _search(_EMERGENCY, part):
        return "emergency-minister"
    if minister and _search(_FOREIGN, part):
        return "foreign-minister"
    if _HEAD_OF_STATE.search(part) and not _search(r"\bof the (?:\w+ )?(?:court|bank)", part):
        return "head-of-state"
    return None


_RANK = {key: rank for rank, key in enumerate(OFFICES)}


@lru_cache(maxsize=16384)
def office_of_title(title: str | None) -> str:
    """The vocabulary key of the office ``title`` names: one of ``OFFICES``, its deputy's
    (``deputy-…``), or ``OTHER`` when it names none of them (or nothing at all)."""
    best: tuple[int, str] | None = None
    for part in _PARTS.split((title or "").strip()):
        office = _office_of_part(part)
        if office is None:
            continue
        key = DEPUTY_PREFIX + office if _DEPUTY.search(part) else office
        if best is None or _RANK[office] < best[0]:
            best = (_RANK[office], key)
    return best[1] if best else OTHER


def office_label(key: str) -> str:
    """The reader's name of an office key ("Deputy interior minister"); unknown keys as such."""
    return OFFICE_LABELS.get(key, key)
