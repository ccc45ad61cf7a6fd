"""Scoring extraction against hand-written gold: per-field precision, recall and accuracy.

One scorer for the project's own golden reports (tests/extraction/) and for the development set
of real published reports (eval/real/, ``scripts/eval_real.py``), so both are measured alike.

A gold file follows the golden format (tests/extraction/reports/*.json): the contract's fields
plus ``*_optional`` lists (values neither required nor wrong), ``mentioned_people`` (named but
not taking part), ``roles_accepted``, ``date_acceptable`` and ``city_acceptable`` (defensible
alternatives). Participants match by name through :func:`same_person`, on the Latin name or,
for reports in another script, on the native-script name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .lexicon import Lexicon, default_lexicon
from .orgnames import agency_kinds
from .people import same_person

# Words that do not tell one body from another when a body is outside the gazetteer.
BODY_STOPWORDS = {"of", "the", "and", "in", "on", "for", "cis", "meeting", "trilateral", "member",
                  "states", "participating", "commonwealth", "independent"}  # fmt: skip
SET_FIELDS = ("countries", "countries_mentioned", "participants", "topics", "organizations")
REPORT_FIELDS = ("date", "date_basis", "city", "body", "ordinal", "venue_country")


@dataclass
class Tally:
    """True and false positives and false negatives of one set-valued field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, out: set, gold: set, optional: set = frozenset()) -> None:
        self.tp += len(out & gold)
        self.fp += len(out - gold - optional)
        self.fn += len(gold - out)

    def prf(self) -> tuple[float, float, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


@dataclass
class Ratio:
    """Right answers out of those asked."""

    right: int = 0
    asked: int = 0

    def add(self, ok: bool) -> None:
        self.asked += 1
        self.right += bool(ok)

    @property
    def value(self) -> float:
        return self.right / self.asked if self.asked else 1.0


@dataclass
class Scores:
    reports: int = 0
    fields: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in SET_FIELDS})
    per_report: dict[str, Ratio] = field(
        default_factory=lambda: {k: Ratio() for k in REPORT_FIELDS}
    )
    roles: Ratio = field(default_factory=Ratio)
    participant_country: Ratio = field(default_factory=Ratio)
    participant_organization: Ratio = field(default_factory=Ratio)
    mentioned_as_participant: list[str] = field(default_factory=list)
    invented_dates: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    # The body beside its two halves: golds naming a body of the reference data, and golds
    # naming one descriptively ("Interior Ministries of A and B"), whose states, when it names
    # any, are also compared alone (the right parties found, whatever words name their agencies).
    reference_body: Ratio = field(default_factory=Ratio)
    descriptive_body: Ratio = field(default_factory=Ratio)
    descriptive_body_states: Ratio = field(default_factory=Ratio)
    # ... and its states with kinds of agency the gold names ("customs", "emergency"),
    # whatever words name them: "Customs Services of A and B" for "State Customs Committee of A
    # and Federal Customs Service of B"
    descriptive_body_kinds: Ratio = field(default_factory=Ratio)


def body_words(name: str, lexicon: Lexicon) -> set[str]:
    """The words that identify a body, countries and demonyms folded to the country's name."""
    words = set()
    for word in re.findall(r"[A-Za-z]+", name.lower()):
        country = lexicon.country_by_name(word.title())
        if country is None:
            for entry in lexicon.countries:
                if word.title() in entry.get("demonyms", []):
                    country = lexicon.by_code[entry["code"]]
        word = country.name.lower() if country else word
        if word in BODY_STOPWORDS:
            continue
        word = re.sub(r"(?:ies|ers|ry|er|s)$", "", word)
        if word not in BODY_STOPWORDS:
            words.add(word)
    return words


def body_matches(out: str | None, gold: str | None, optional: bool = False) -> bool:
    """Same canonical body, or (for bodies outside the gazetteer) mostly the same words."""
    lexicon = default_lexicon()
    if optional:
        return out is None or out == gold or lexicon.org_by_name(out) is None
    if gold is None or out is None:
        return gold == out
    gold_body, out_body = lexicon.org_by_name(gold), lexicon.org_by_name(out)
    if gold_body or out_body:
        return bool(gold_body and out_body and gold_body.slug == out_body.slug)
    a, b = body_words(out, lexicon), body_words(gold, lexicon)
    return len(a & b) / max(1, len(a | b)) >= 0.6


def body_states(name: str | None, lexicon: Lexicon) -> set[str]:
    """The states a body's name names, by name or demonym ("Kyrgyz", "Kyrgyzstan")."""
    if not name:
        return set()
    hits = lexicon.scan(name)
    return {lexicon.countries[m.ref]["code"] for m in hits if m.kind in ("country", "demonym")}


def same_kinds(out: str, gold: str) -> bool:
    """Whether ``out`` names kinds of agency the gold names, and no others (none if it names
    none): "Border Services of A and B" for "Border Committee of A and Border Service of the
    Security Committee of B"."""
    out_kinds, gold_kinds = agency_kinds(out), agency_kinds(gold)
    return out_kinds <= gold_kinds and bool(out_kinds) == bool(gold_kinds)


def score_body(scores: Scores, name: str, out: str | None, gold: dict[str, Any]) -> None:
    """The convening body right, and right within its half of the golds (reference data or
    a descriptive name, and then its states alone)."""
    ok = body_matches(out, gold["body"], gold.get("body_optional", False))
    scores.per_report["body"].add(ok)
    if not ok:
        scores.failures.append(f"{name}: body {out!r} != {gold['body']!r}")
    if not gold["body"] or gold.get("body_optional", False):
        return
    lexicon = default_lexicon()
    if lexicon.org_by_name(gold["body"]) is not None:
        scores.reference_body.add(ok)
        return
    scores.descriptive_body.add(ok)
    states = body_states(gold["body"], lexicon)
    if states:  # a group's body ("Heads of Emergency Agencies of SCO Member States") has none
        same_states = body_states(out, lexicon) == states
        scores.descriptive_body_states.add(same_states)
        scores.descriptive_body_kinds.add(same_states and same_kinds(out or "", gold["body"]))


def city_matches(out: str | None, gold: str | None) -> bool:
    lexicon = default_lexicon()
    if out is None or gold is None:
        return out == gold
    gold_city, out_city = lexicon.city_by_name(gold), lexicon.city_by_name(out)
    return (gold_city.name if gold_city else gold) == (out_city.name if out_city else out)


def _names(person: dict[str, Any]) -> list[str]:
    names = [person.get("name"), person.get("name_native"), *person.get("name_variants", [])]
    return [n for n in names if n]


def _same(out_person: dict[str, Any], gold_person: dict[str, Any]) -> bool:
    return any(same_person(a, b) for a in _names(out_person) for b in _names(gold_person))


def _gold_name(person: dict[str, Any]) -> str:
    return person.get("name") or person.get("name_native") or "?"


def score_participants(scores: Scores, name: str, out: dict, gold: dict) -> None:
    gold_people = gold["participants"]
    optional = gold.get("participants_optional", [])
    optional_people = [p if isinstance(p, dict) else {"name": p} for p in optional]
    mentioned = [{"name": m} for m in gold.get("mentioned_people", [])]
    matched: set[int] = set()
    tally = scores.fields["participants"]
    for person in out["participants"]:
        hit = next(
            (i for i, g in enumerate(gold_people) if i not in matched and _same(person, g)), None
        )
        if hit is None:
            if any(_same(person, o) for o in optional_people):
                continue
            tally.fp += 1
            scores.failures.append(f"{name}: extra participant {person['name']}")
            if any(_same(person, m) for m in mentioned):
                scores.mentioned_as_participant.append(f"{name}: {person['name']}")
            continue
        matched.add(hit)
        tally.tp += 1
        wanted = gold_people[hit]
        who = _gold_name(wanted)
        if who not in gold.get("participant_country_optional", []):
            ok = person["country"] == wanted["country"]
            scores.participant_country.add(ok)
            if not ok:
                scores.failures.append(
                    f"{name}: country of {person['name']} {person['country']} != "
                    f"{wanted['country']}"
                )
        ok = person["organization"] == wanted.get("organization")
        scores.participant_organization.add(ok)
        if not ok:
            scores.failures.append(
                f"{name}: organization of {person['name']} {person['organization']}"
                f" != {wanted.get('organization')}"
            )
        accepted = gold.get("roles_accepted", {}).get(who, [wanted["role"]])
        scores.roles.add(person["role"] in accepted)
        if person["role"] not in accepted:
            scores.failures.append(f"{name}: role of {person['name']} {person['role']} "
                                   f"not in {accepted}")  # fmt: skip
    for i, wanted in enumerate(gold_people):
        if i not in matched:
            tally.fn += 1
            scores.failures.append(f"{name}: missed participant {_gold_name(wanted)}")


def score_date(scores: Scores, name: str, out: dict, gold: dict) -> None:
    got = (out["date_start"], out["date_end"], out["date_precision"])
    want = (gold["date_start"], gold["date_end"], gold["date_precision"])
    acceptable = gold.get("date_acceptable", [])
    ok = got == want or out["date_start"] in acceptable
    scores.per_report["date"].add(ok)
    if not ok:
        scores.failures.append(f"{name}: date {got} != {want}")
    if (
        out["date_start"] is not None
        and out["date_start"] not in acceptable
        and (gold["date_start"] is None or not gold["date_start"].startswith(out["date_start"]))
    ):
        scores.invented_dates.append(f"{name}: {out['date_start']} (gold {gold['date_start']})")
    if "date_basis" in gold and "date_basis" in out:
        ok = out["date_basis"] == gold["date_basis"]
        scores.per_report["date_basis"].add(ok)
        if not ok:
            scores.failures.append(
                f"{name}: date basis {out['date_basis']} != {gold['date_basis']}"
            )


def _as_is(value: str) -> str:
    return value


def organization_name(name: str) -> str:
    """An organisation's name as the reference data names it ("OSCE" for "Organization for
    Security and Co-operation in Europe"), so a gold and an extraction naming one organisation
    by two of its names agree; a name the reference data does not know, as written."""
    known = default_lexicon().org_by_name(name)
    return known.name if known is not None else name


def score_report(scores: Scores, name: str, out: dict[str, Any], gold: dict[str, Any]) -> None:
    """Add one report's extraction ``out`` against its ``gold`` to ``scores``."""
    scores.reports += 1
    for key in ("countries", "countries_mentioned", "topics", "organizations"):
        same = organization_name if key == "organizations" else _as_is
        got = {same(value) for value in out[key]}
        want = {same(value) for value in gold[key]}
        optional = {same(value) for value in gold.get(key + "_optional", [])}
        scores.fields[key].add(got, want, optional)
        extra, missed = got - optional - want, want - got
        if extra or missed:
            scores.failures.append(f"{name}: {key} +{sorted(extra)} -{sorted(missed)}")
    score_participants(scores, name, out, gold)
    score_date(scores, name, out, gold)
    ok = city_matches(out["city"], gold["city"]) or out["city"] in gold.get("city_acceptable", [])
    scores.per_report["city"].add(ok)
    if not ok:
        scores.failures.append(f"{name}: city {out['city']} != {gold['city']}")
    scores.per_report["venue_country"].add(out["venue_country"] == gold["venue_country"])
    score_body(scores, name, out["body"], gold)
    scores.per_report["ordinal"].add(out["ordinal"] == gold["ordinal"])
    if out["ordinal"] != gold["ordinal"]:
        scores.failures.append(f"{name}: ordinal {out['ordinal']} != {gold['ordinal']}")


def score(cases: Iterable[tuple[str, dict[str, Any], dict[str, Any]]]) -> Scores:
    """Scores of ``(name, extraction, gold)`` triples."""
    scores = Scores()
    for name, out, gold in cases:
        score_report(scores, name, out, gold)
    return scores


def format_scores(scores: Scores, title: str, *, failures: bool = True) -> str:
    lines = [f"{title}: {scores.reports} reports", f"{'field':26} {'P':>6} {'R':>6} {'F1':>6}"]
    for key, tally in scores.fields.items():
        p, r, f = tally.prf()
        lines.append(f"{key:26} {p:6.3f} {r:6.3f} {f:6.3f}")
    for label, ratio in (
        ("participant role", scores.roles),
        ("participant country", scores.participant_country),
        ("participant organization", scores.participant_organization),
        *((f"{key} right", ratio) for key, ratio in scores.per_report.items()),
        ("  body of reference data", scores.reference_body),
        ("  body named descriptively", scores.descriptive_body),
        ("    its states alone", scores.descriptive_body_states),
        ("    its states and kinds", scores.descriptive_body_kinds),
    ):
        lines.append(f"{label:26} {ratio.value:6.3f}  ({ratio.right}/{ratio.asked})")
    lines.append(
        f"mentioned-only listed as participants: {len(scores.mentioned_as_participant)} "
        f"{scores.mentioned_as_participant}"
    )
    lines.append(f"invented dates: {len(scores.invented_dates)} {scores.invented_dates}")
    if failures:
        lines.extend(f"  - {failure}" for failure in scores.failures)
    return "\n".join(lines)
