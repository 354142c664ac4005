"""spaCy's attribute ruler, its rules looked up instead of matched.

The English pipelines end their parse with an attribute ruler: some 180 rules that set a
token's part of speech, morphology or lemma from its tag, its word and its dependency ("TAG
VBZ, LOWER is" -> AUX). spaCy runs them through its general `Matcher`, every rule tried at
every token, and builds a `Span` for each match: a third of the cost of parsing the short
sentences the memo rules ask about. Nearly every rule names, for its first token, one tag, one
word or one dependency (or a few), so the rules a token can start are found by looking its
tag, word and dependency up, and only those are tried.

What is set is spaCy's own: the ruler's compiled attributes, applied by its `set_token_attrs`,
in the order spaCy applies them (by rule, so a later rule wins; then by position). A ruler with
a rule this module does not read (another attribute, another predicate, a quantifier) is left
as it is. Tests hold the two to the same parts of speech, morphology, lemmas, tags and
dependencies for every token of real articles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The token attributes a rule may test, in the order `Doc.to_array` reads them.
COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_TAG, _LOWER, _DEP, _SPACE = range(len(COLUMNS))
# Where a rule is looked up: by what it asks of its first token, the first of these it names
# with a value or a set of values (a word first: a tag has dozens of rules for its words); a
# rule that names none is tried at every token.
_LOOKUP_COLUMNS = (_LOWER, _TAG, _DEP, _SPACE)

Test = Callable[[list[int]], bool]  # one token's values (`COLUMNS`) -> whether it matches


class Unsupported(ValueError):
    """A rule this module does not read: the ruler is left to spaCy."""


class IndexedRules:
    """The rules of one `AttributeRuler`, indexed by what their first token must be."""

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.strings import get_string_id

        self._columns = [TAG, LOWER, DEP, IS_SPACE]  # as `COLUMNS` names them
        self._id = get_string_id
        self._strings = ruler.vocab.strings
        # (rule, token tests, which token of the match gets the attributes)
        self.general: list[tuple[int, list[Test], int]] = []
        self.lookup: list[dict[int, list[tuple[int, list[Test], int]]]] = [{} for _ in COLUMNS]
        for rule, entry in enumerate(ruler.patterns):
            index = entry.get("index", 0)
            for pattern in entry["patterns"]:
                if not pattern or not -len(pattern) <= index < len(pattern):
                    raise Unsupported(f"rule {rule}: index {index} outside its pattern")
                tests = [self._token_test(spec) for spec in pattern]
                target = index if index >= 0 else len(pattern) + index
                self._file((rule, tests, target), pattern[0])
        # what `matches` looks up for each token, in order; the rules tried everywhere last
        self._tables: list[tuple[int | None, dict | None]] = [
            (column, self.lookup[column]) for column in _LOOKUP_COLUMNS
        ]
        if self.general:
            self._tables.append((None, None))

    def _file(self, entry: tuple[int, list[Test], int], first: dict) -> None:
        for column in _LOOKUP_COLUMNS:
            value = first.get(COLUMNS[column])
            if isinstance(value, str):
                keys: Iterable = (self._id(value),)
            elif isinstance(value, bool):
                keys = (int(value),)
            elif isinstance(value, dict) and set(value) == {"IN"}:
                keys = {self._key(v) for v in value["IN"]}
            else:
                continue
            for key in keys:
                self.lookup[column].setdefault(key, []).append(entry)
            return
        self.general.append(entry)

    def _token_test(self, spec: dict) -> Test:
        if not isinstance(spec, dict):
            raise Unsupported(f"token pattern {spec!r}")
        return _all_of([self._value_test(attr, value) for attr, value in spec.items()])

    def _value_test(self, attr: str, value: Any) -> Test:
        if attr not in COLUMNS:
            raise Unsupported(f"attribute {attr!r}")
        column = COLUMNS.index(attr)
        if isinstance(value, dict):
            if len(value) != 1:
                raise Unsupported(f"{attr}: {value!r}")
            ((predicate, argument),) = value.items()
            if predicate in ("IN", "NOT_IN"):
                members = frozenset(self._key(v) for v in argument)
                if predicate == "IN":
                    return lambda row: row[column] in members
                return lambda row: row[column] not in members
            if predicate == "REGEX" and column != _SPACE:
                return self._regex_test(column, re.compile(argument))
            raise Unsupported(f"{attr}: {predicate}")
        key = self._key(value)
        return lambda row: row[column] == key

    def _key(self, value: Any) -> int:
        """A value as the Matcher compares it: strings by their hash, flags as 0 or 1."""
        if isinstance(value, str):
            return self._id(value)
        if isinstance(value, bool | int):
            return int(value)
        raise Unsupported(f"value {value!r}")

    def _regex_test(self, column: int, pattern: re.Pattern) -> Test:
        seen: dict[int, bool] = {}

        def test(row: list[int]) -> bool:
            key = row[column]
            found = seen.get(key)
            if found is None:
                # The Matcher searches the attribute's string (`_RegexPredicate`).
                found = seen[key] = pattern.search(self._strings[key]) is not None
            return found

        return test

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(rule, start, the token it sets) of every match in `doc`, sorted as spaCy applies
        them."""
        rows = doc.to_array(self._columns).tolist()
        count = len(rows)
        found: list[tuple[int, int, int]] = []
        for start, row in enumerate(rows):
            for column, table in self._tables:
                entries = self.general if table is None else table.get(row[column])
                if not entries:
                    continue
                for rule, tests, target in entries:
                    if len(tests) == 1:
                        if tests[0](row):
                            found.append((rule, start, start + target))
                    elif start + len(tests) <= count and all(
                        test(rows[start + offset]) for offset, test in enumerate(tests)
                    ):
                        found.append((rule, start, start + target))
        found.sort()
        return found


def _all_of(tests: list[Test]) -> Test:
    """One test of a token's values that passes where all of `tests` do."""
    if len(tests) == 1:
        return tests[0]
    first, rest = tests[0], _all_of(tests[1:])
    return lambda row: first(row) and rest(row)


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Give the pipeline's attribute ruler, if it has one whose every rule this module reads,
    indexed matching (the ruler object, its rules and its place in the pipeline stay spaCy's).
    Whether it was indexed."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if not hasattr(ruler, "patterns") or not hasattr(ruler, "attrs"):
        return False
    try:
        rules = IndexedRules(ruler)
    except Unsupported:
        return False
    from spacy.tokens._retokenize import set_token_attrs

    attrs = ruler.attrs

    def set_annotations(doc: Doc, matches: list[tuple[int, int, int]]) -> None:
        for rule, _, token in matches:
            set_token_attrs(doc[token], attrs[rule])

    # `AttributeRuler.__call__` is `set_annotations(doc, match(doc))` under its error handler:
    # these two, on this object only, are what change.
    ruler.match = rules.matches
    ruler.set_annotations = set_annotations
    return True
