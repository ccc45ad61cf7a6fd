"""Phrases answered from the meetings' word-pair index instead of their de-TOASTed vectors.

A phrase in a tsquery ('drug' <-> 'traffick') is matched by PostgreSQL against the positions
in each candidate's search vector, which it reads from TOAST one meeting at a time: at a
million meetings a common phrase took seconds. Migration 0025 indexes every meeting's pairs
of lexemes at most ``PAIR_DISTANCE_MAX`` positions apart (``archive_phrase_pairs``: keys
"<distance> <first> <second>", read from the stored vector's own positions). So:

- a two-word phrase ``'a' <N> 'b'`` holds exactly when the pairs hold "N a b": one GIN
  containment test, no recheck (stop words inside a phrase only widen N);
- a longer phrase needs all of its pairs (a candidate set close to the matches) and is then
  checked against the vector on those candidates only (``ts_match_vq``, which no index
  answers, so no index's recheck recomputes a row's pairs);
- words outside phrases stay one ``search_vector @@`` test, which the vector's GIN index
  answers without a recheck.

``text_condition`` rewrites a search's tsquery (``websearch_to_tsquery``'s output, read back
as text) into that SQL condition for the phrases ANDed at its top, and gives None when there
is none the index can answer (no phrase, phrases only under OR or NOT, gaps wider than
``PAIR_DISTANCE_MAX``): the plain ``search_vector @@ query`` is then kept. Anything unusual
inside a phrase (a prefix, weights, an OR) keeps that phrase as a vector test: slower, never
inexact. tests/search/test_phrases.py compares both forms on phrases of every kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchQueryField
from django.db.models import BooleanField, F, Func, Q, TextField, Value
from django.db.models.functions import Cast

from .words import tsquery_text

PAIRS_FUNCTION = "archive_phrase_pairs"  # migration 0025; its index: meeting_phrase_pairs
PAIR_DISTANCE_MAX = 3  # the widest gap the function pairs (two stop words inside a phrase)
PAIR_KEY_MAX_BYTES = 1000  # pairs of longer lexemes are not indexed (GIN's key size limit)


# --- The tsquery as a tree ----------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    lexeme: str
    suffix: str = ""  # ":*" (prefix) or weights such as ":AB"; websearch gives neither


@dataclass(frozen=True)
class Not:
    operand: Node


@dataclass(frozen=True)
class Operator:
    kind: str  # "&", "|" or "<N>" (a phrase with distance N)
    left: Node
    right: Node

    @property
    def distance(self) -> int | None:
        return int(self.kind[1:-1]) if self.kind.startswith("<") else None


Node = Term | Not | Operator

_TOKEN = re.compile(
    r"\s*(?:'(?P<lexeme>(?:[^'\\]|''|\\.)*)'(?P<suffix>:[*A-Da-d]+)?"
    r"|(?P<phrase><(?:-|\d+)>)|(?P<op>[&|!()]))"
)


def parse_tsquery(text: str) -> Node | None:
    """The tree of a tsquery's text form (None for an empty query). Precedence as PostgreSQL
    reads it: ``!`` binds tightest, then ``<N>``, ``&``, ``|``; binary operators associate to
    the left."""
    tokens: list[tuple[str, str | Term]] = []
    position = 0
    text = text.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise ValueError(f"unreadable tsquery at {position}: {text!r}")
        position = match.end()
        if match["lexeme"] is not None:
            lexeme = re.sub(r"''|\\(.)", lambda m: m.group(1) or "'", match["lexeme"])
            tokens.append(("term", Term(lexeme, match["suffix"] or "")))
        elif match["phrase"]:
            kind = "<1>" if match["phrase"] == "<->" else match["phrase"]
            tokens.append(("phrase", kind))
        else:
            tokens.append(("op", match["op"]))
    if not tokens:
        return None
    parser = _Parser(tokens)
    tree = parser.expression(0)
    if parser.position != len(tokens):
        raise ValueError(f"unreadable tsquery: {text!r}")
    return tree


_LEVELS = ("|", "&", "phrase")  # loosest first


class _Parser:
    def __init__(self, tokens: list[tuple[str, str | Term]]) -> None:
        self.tokens = tokens
        self.position = 0

    def peek(self) -> tuple[str, str | Term] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def expression(self, level: int) -> Node:
        if level == len(_LEVELS):
            return self.unary()
        node = self.expression(level + 1)
        while (token := self.peek()) is not None and (
            token[1] == _LEVELS[level] if token[0] == "op" else token[0] == _LEVELS[level]
        ):
            self.position += 1
            node = Operator(str(token[1]), node, self.expression(level + 1))
        return node

    def unary(self) -> Node:
        token = self.peek()
        if token is None:
            raise ValueError("tsquery ends early")
        self.position += 1
        if token == ("op", "!"):
            return Not(self.unary())
        if token == ("op", "("):
            node = self.expression(0)
            if self.peek() != ("op", ")"):
                raise ValueError("unbalanced parentheses in tsquery")
            self.position += 1
            return node
        if token[0] == "term":
            return token[1]
        raise ValueError(f"unexpected {token[1]!r} in tsquery")


def to_text(node: Node) -> str:
    """The tree back in tsquery syntax, fully parenthesised."""
    if isinstance(node, Term):
        escaped = node.lexeme.replace("\\", "\\\\").replace("'", "''")
        return f"'{escaped}'{node.suffix}"
    if isinstance(node, Not):
        return f"!({to_text(node.operand)})"
    return f"({to_text(node.left)} {node.kind} {to_text(node.right)})"


def has_phrase(node: Node) -> bool:
    if isinstance(node, Term):
        return False
    if isinstance(node, Not):
        return has_phrase(node.operand)
    return node.distance is not None or has_phrase(node.left) or has_phrase(node.right)


def sought_lexemes(node: Node | None) -> list[str]:
    """The lexemes a match may show, left to right: every term not under a ``!``."""
    if node is None or isinstance(node, Not):
        return []
    if isinstance(node, Term):
        return [node.lexeme]
    return sought_lexemes(node.left) + sought_lexemes(node.right)


def phrase_chain(node: Node) -> list[tuple[int, str]] | None:
    """A phrase of plain lexemes as [(offset, lexeme)] — ``a <1> b <2> c`` is a at 0, b at 1,
    c at 3 (PostgreSQL starts the right operand N positions after the left one's last
    lexeme) — or None when it holds anything else."""
    if isinstance(node, Term):
        return None if node.suffix else [(0, node.lexeme)]
    if isinstance(node, Not) or node.distance is None or node.distance < 1:
        return None
    left, right = phrase_chain(node.left), phrase_chain(node.right)
    if left is None or right is None:
        return None
    start = left[-1][0] + node.distance
    return left + [(start + offset, lexeme) for offset, lexeme in right]


def pair_key(first: str, second: str, distance: int) -> str | None:
    """The index's key for ``second`` ``distance`` positions after ``first``, or None when the
    index holds no such key."""
    if not 1 <= distance <= PAIR_DISTANCE_MAX or " " in first or " " in second:
        return None
    if len(first.encode()) + len(second.encode()) > PAIR_KEY_MAX_BYTES:
        return None
    return f"{distance} {first} {second}"


def chain_keys(chain: list[tuple[int, str]]) -> list[str]:
    """The indexed pairs a phrase needs: each two of its lexemes at most PAIR_DISTANCE_MAX
    positions apart (a pair the index leaves out is not asked for)."""
    keys: list[str] = []
    for i, (offset, first) in enumerate(chain):
        for later, second in chain[i + 1 :]:
            key = pair_key(first, second, later - offset)
            if key is not None:
                keys.append(key)
    return keys


def _phrase(node: Node) -> tuple[list[str], bool] | None:
    """(the pairs a phrase needs, whether they decide it alone), or None when the pair index
    cannot narrow it. Two lexemes are decided by their one pair; more are only narrowed."""
    chain = phrase_chain(node)
    if chain is None:
        return None
    keys = chain_keys(chain)
    if not keys:
        return None
    return keys, len(chain) == 2


# --- The SQL condition --------------------------------------------------------------------


def _vector_matches(node: Node, *, indexed: bool = True) -> Q:
    """``search_vector @@ '<node>'::tsquery`` (lexemes as they are: no second normalising).
    ``indexed=False`` writes it as ``ts_match_vq(…)``, which no index answers: a filter on the
    rows the pair index found, so that no index's recheck makes PostgreSQL recompute the pairs
    of those rows (0.5-1 ms a meeting)."""
    query = Cast(Value(to_text(node)), SearchQueryField())
    if not indexed:
        return Q(
            Func(F("search_vector"), query, function="ts_match_vq", output_field=BooleanField())
        )
    return Q(
        Func(
            F("search_vector"),
            query,
            arg_joiner=" @@ ",
            template="(%(expressions)s)",
            output_field=BooleanField(),
        )
    )


def _pairs_hold(keys: list[str]) -> Q:
    """``archive_phrase_pairs(search_vector) @> keys``: answered by meeting_phrase_pairs."""
    return Q(
        Func(
            Func(F("search_vector"), function=PAIRS_FUNCTION, output_field=TextField()),
            Cast(Value(sorted(set(keys))), ArrayField(TextField())),
            arg_joiner=" @> ",
            template="(%(expressions)s)",
            output_field=BooleanField(),
        )
    )


def _conjuncts(node: Node) -> list[Node]:
    if isinstance(node, Operator) and node.kind == "&":
        return _conjuncts(node.left) + _conjuncts(node.right)
    return [node]


def _all_of(nodes: list[Node]) -> Node:
    combined = nodes[0]
    for node in nodes[1:]:
        combined = Operator("&", combined, node)
    return combined


@dataclass(frozen=True)
class PhraseCondition:
    """A search's condition with its phrases read from the pair index. ``indexed``: every
    part is an index condition with nothing to recheck (it may then be ORed with other index
    conditions, such as the similar people's meetings)."""

    condition: Q
    indexed: bool


def phrase_condition(tree: Node) -> PhraseCondition | None:
    """The condition that holds exactly where ``search_vector @@ tree`` does, with the phrases
    ANDed at its top read from the pair index (None: none of them can be).

    The pair function is only ever an index condition: a phrase under OR or NOT stays in the
    vector test, since PostgreSQL would compute the pairs of every row it filters."""
    keys: list[str] = []
    words: list[Node] = []  # conjuncts the vector's index answers without a recheck
    checks: list[Node] = []  # conjuncts checked against the vectors of the candidates
    for part in _conjuncts(tree):
        found = _phrase(part) if has_phrase(part) else None
        if found is None:
            (checks if has_phrase(part) else words).append(part)
            continue
        keys += found[0]
        if not found[1]:
            checks.append(part)  # the pairs give candidates only
    if not keys:
        return None
    condition = _pairs_hold(keys)
    if words:
        condition &= _vector_matches(_all_of(words))
    if checks:
        condition &= _vector_matches(_all_of(checks), indexed=False)
    return PhraseCondition(condition, indexed=not checks)


def text_condition(text: str) -> PhraseCondition | None:
    """The condition matching the meetings whose search vector matches ``text`` (web-search
    syntax), with its phrases read from the pair index; None when the plain vector test is
    the way (no phrase, or none the index can answer)."""
    try:
        tree = parse_tsquery(tsquery_text(text))
    except ValueError:
        return None  # a tsquery this parser cannot read: the plain vector test answers it
    return phrase_condition(tree) if tree is not None else None
