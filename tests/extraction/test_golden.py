"""Golden reports: every report under tests/extraction/reports against its hand-written gold.

Prints per-field precision / recall / F1; each quality target is a test of its own.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from archive.extraction import decode_report, default_lexicon, extract, same_person

REPORTS = Path(__file__).parent / "reports"
STOPWORDS = {"of", "the", "and", "in", "on", "for", "cis", "meeting", "trilateral", "member",
             "states", "participating", "commonwealth", "independent"}  # fmt: skip


def golden_cases() -> list[tuple[Path, dict]]:
    cases = []
    for gold_path in sorted(REPORTS.glob("*.json")):
        src = next(p for p in REPORTS.glob(gold_path.stem + ".*") if p.suffix != ".json")
        cases.append((src, json.loads(gold_path.read_text(encoding="utf-8"))))
    return cases


def _body_words(name: str) -> set[str]:
    lex = default_lexicon()
    words = set()
    for w in re.findall(r"[A-Za-z]+", name.lower()):
        c = lex.country_by_name(w.title())
        if c is None:
            for country in lex.countries:
                if w.title() in country.get("demonyms", []):
                    c = lex.by_code[country["code"]]
        w = c.name.lower() if c else w
        w = re.sub(r"(?:ies|ers|ry|er|s)$", "", w)
        if w not in STOPWORDS:
            words.add(w)
    return words


def body_matches(out: str | None, gold: str | None, optional: bool = False) -> bool:
    """Same canonical body, or (for bodies outside the gazetteer) mostly the same words."""
    lex = default_lexicon()
    if optional:
        return out is None or out == gold or lex.org_by_name(out) is None
    if gold is None or out is None:
        return gold == out
    g = lex.org_by_name(gold)
    o = lex.org_by_name(out)
    if g or o:
        return bool(g and o and g.slug == o.slug)
    a, b = _body_words(out), _body_words(gold)
    return len(a & b) / max(1, len(a | b)) >= 0.6


def city_matches(out: str | None, gold: str | None) -> bool:
    lex = default_lexicon()
    if out is None or gold is None:
        return out == gold
    g, o = lex.city_by_name(gold), lex.city_by_name(out)
    return (g.name if g else gold) == (o.name if o else out)


class Counter:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, out: set, gold: set, optional: set = frozenset()) -> None:
        self.tp += len(out & gold)
        self.fp += len(out - gold - optional)
        self.fn += len(gold - out)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def run_golden() -> dict:
    fields = {k: Counter() for k in ("countries", "countries_mentioned", "participants",
                                     "topics", "organizations")}  # fmt: skip
    roles_ok = roles_n = 0
    pcountry_ok = pcountry_n = 0
    porg_ok = porg_n = 0
    mentioned_as_participant: list[str] = []
    invented: list[str] = []
    per_report = {"date": 0, "city": 0, "body": 0, "ordinal": 0, "venue_country": 0}
    failures: list[str] = []
    cases = golden_cases()
    for src, gold in cases:
        text = decode_report(src.read_bytes())
        out = extract(text, file=src.name).to_dict()
        name = src.stem
        fields["countries"].add(set(out["countries"]), set(gold["countries"]))
        fields["countries_mentioned"].add(
            set(out["countries_mentioned"]),
            set(gold["countries_mentioned"]),
            set(gold.get("countries_mentioned_optional", [])),
        )
        fields["topics"].add(
            set(out["topics"]), set(gold["topics"]), set(gold.get("topics_optional", []))
        )
        fields["organizations"].add(
            set(out["organizations"]),
            set(gold["organizations"]),
            set(gold.get("organizations_optional", [])),
        )
        # participants: matched by normalised name (transliteration-blind)
        gold_people = gold["participants"]
        optional = gold.get("participants_optional", [])
        matched_gold: set[int] = set()
        for p in out["participants"]:
            hit = next(
                (i for i, g in enumerate(gold_people) if i not in matched_gold
                 and (same_person(p["name"], g["name"])
                      or any(same_person(v, g["name"]) for v in p["name_variants"]))),
                None,
            )  # fmt: skip
            if hit is not None:
                matched_gold.add(hit)
                fields["participants"].tp += 1
                g = gold_people[hit]
                if g["name"] not in gold.get("participant_country_optional", []):
                    pcountry_n += 1
                    if p["country"] == g["country"]:
                        pcountry_ok += 1
                    else:
                        failures.append(
                            f"{name}: country of {p['name']} {p['country']} != {g['country']}"
                        )
                porg_n += 1
                if p["organization"] == g.get("organization"):
                    porg_ok += 1
                else:
                    failures.append(
                        f"{name}: organization of {p['name']} {p['organization']}"
                        f" != {g.get('organization')}"
                    )
                accepted = gold.get("roles_accepted", {}).get(g["name"], [g["role"]])
                roles_n += 1
                if p["role"] in accepted:
                    roles_ok += 1
                else:
                    failures.append(f"{name}: role of {p['name']} {p['role']} not in {accepted}")
            elif any(same_person(p["name"], o) for o in optional):
                pass
            else:
                fields["participants"].fp += 1
                failures.append(f"{name}: extra participant {p['name']}")
                if any(same_person(p["name"], m) for m in gold.get("mentioned_people", [])):
                    mentioned_as_participant.append(f"{name}: {p['name']}")
        for i, g in enumerate(gold_people):
            if i not in matched_gold:
                fields["participants"].fn += 1
                failures.append(f"{name}: missed participant {g['name']}")
        # date
        got = (out["date_start"], out["date_end"], out["date_precision"])
        want = (gold["date_start"], gold["date_end"], gold["date_precision"])
        acceptable = gold.get("date_acceptable", [])  # defensible alternatives a reader allows
        if got == want or out["date_start"] in acceptable:
            per_report["date"] += 1
        else:
            failures.append(f"{name}: date {got} != {want}")
        if (
            out["date_start"] is not None
            and out["date_start"] not in acceptable
            and (gold["date_start"] is None or not gold["date_start"].startswith(out["date_start"]))
        ):
            invented.append(f"{name}: {out['date_start']} (gold {gold['date_start']})")
        if city_matches(out["city"], gold["city"]) or out["city"] in gold.get(
            "city_acceptable", []
        ):
            per_report["city"] += 1
        else:
            failures.append(f"{name}: city {out['city']} != {gold['city']}")
        if out["venue_country"] == gold["venue_country"]:
            per_report["venue_country"] += 1
        if body_matches(out["body"], gold["body"], gold.get("body_optional", False)):
            per_report["body"] += 1
        else:
            failures.append(f"{name}: body {out['body']!r} != {gold['body']!r}")
        if out["ordinal"] == gold["ordinal"]:
            per_report["ordinal"] += 1
        for k in ("countries", "countries_mentioned", "topics", "organizations"):
            optional = set(gold.get(k + "_optional", []))
            a, b = set(out[k]) - optional, set(gold[k]) - optional
            if a != b:
                failures.append(f"{name}: {k} +{sorted(a - b)} -{sorted(b - a)}")
    return {
        "n": len(cases),
        "fields": fields,
        "roles": (roles_ok, roles_n),
        "participant_country": (pcountry_ok, pcountry_n),
        "participant_organization": (porg_ok, porg_n),
        "mentioned_as_participant": mentioned_as_participant,
        "invented": invented,
        "per_report": per_report,
        "failures": failures,
    }


def print_scores(res: dict) -> None:
    print(f"\nGolden reports: {res['n']}")
    print(f"{'field':22} {'P':>6} {'R':>6} {'F1':>6}")
    for k, c in res["fields"].items():
        p, r, f = c.prf()
        print(f"{k:22} {p:6.3f} {r:6.3f} {f:6.3f}")
    ok, n = res["roles"]
    print(f"{'role accuracy':22} {ok / max(n, 1):6.3f}  ({ok}/{n})")
    ok, n = res["participant_country"]
    print(f"{'participant country':22} {ok / max(n, 1):6.3f}  ({ok}/{n})")
    ok, n = res["participant_organization"]
    print(f"{'participant org':22} {ok / max(n, 1):6.3f}  ({ok}/{n})")
    for k, v in res["per_report"].items():
        print(f"{k + ' right':22} {v / res['n']:6.3f}  ({v}/{res['n']})")
    print(f"mentioned-only listed as participants: {res['mentioned_as_participant']}")
    print(f"invented dates: {res['invented']}")
    for f in res["failures"]:
        print("  -", f)


@pytest.fixture(scope="module")
def golden() -> dict:
    res = run_golden()
    print_scores(res)
    return res


def test_there_are_enough_golden_reports(golden: dict) -> None:
    """At least the five seeds and twenty reports of our own."""
    assert golden["n"] >= 25


def test_countries_f1_at_least_095(golden: dict) -> None:
    """Participating countries F1 >= 0.95."""
    assert golden["fields"]["countries"].prf()[2] >= 0.95


def test_participants_f1_at_least_095(golden: dict) -> None:
    """Participants (by normalised name) F1 >= 0.95."""
    assert golden["fields"]["participants"].prf()[2] >= 0.95


def test_role_accuracy_at_least_09(golden: dict) -> None:
    """Roles of correctly found participants are right at least 90 % of the time."""
    ok, n = golden["roles"]
    assert n and ok / n >= 0.9


def test_participants_country_right_at_least_09(golden: dict) -> None:
    """The country a found participant represents is right at least 90 % of the time."""
    ok, n = golden["participant_country"]
    assert n and ok / n >= 0.9


def test_participants_organization_right_at_least_09(golden: dict) -> None:
    """The international body a found participant represents (or none) is right >= 90 %."""
    ok, n = golden["participant_organization"]
    assert n and ok / n >= 0.9


def test_no_mentioned_only_person_is_a_participant(golden: dict) -> None:
    """Bylines, spokespersons, presidents named in passing never become participants."""
    assert golden["mentioned_as_participant"] == []


def test_no_invented_dates(golden: dict) -> None:
    """A date is either right or absent."""
    assert golden["invented"] == []


@pytest.mark.parametrize("field", ["city", "body"])
def test_city_and_body_right_in_95_percent(golden: dict, field: str) -> None:
    """City and convening body are right in at least 95 % of reports."""
    assert golden["per_report"][field] / golden["n"] >= 0.95


def test_topics_and_organizations_reasonable(golden: dict) -> None:
    """Topics and organizations are reported with useful precision and recall."""
    assert golden["fields"]["topics"].prf()[2] >= 0.75
    assert golden["fields"]["organizations"].prf()[2] >= 0.8


if __name__ == "__main__":
    print_scores(run_golden())
