"""Split words fused where a line break was lost ("intheir", "ofUnderstanding", "AbdellatifLoudyi").

Copying text out of a web page or a PDF often drops the line breaks without putting a space in
their place, so the last word of one line runs into the first word of the next. Every token is
weighed as two hypotheses, with a unigram model of English:

- it is one word:                 P(token) * (1 - rho)
- it is two words run together:   P(left) * P(right) * rho

P(word) mixes word frequencies from `wordfreq` (large English list) with a cache of the document's
own tokens, so a name spelled "Abdellatif Loudyi" elsewhere in the article explains how to split
"AbdellatifLoudyi", and a token that appears as-is elsewhere ("TimeWarner") stays whole. rho, the
share of word boundaries that were lost, is estimated per document (a few rounds of EM), so clean
text, where rho is near zero, is left alone, and damaged text is repaired aggressively.

A lost line break joins exactly two words, so a token is split at one point at most. URLs, email
addresses, hashtags, handles and numbers are never split, nor is a token at a hyphen ("counter-
terrorism" keeps its hyphen; only the parts either side of it can be split off).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .words import (
    ABBREVIATION,
    ACRONYM_INSIDE,
    BROKEN_GROUPS,
    CODE,
    DASHES,
    DOMAIN,
    GROUPED,
    INNER_PUNCT,
    LEADING,
    NUMBER,
    SENTENCE_INSIDE,
    SKIP,
    TOKEN,
    TRAILING,
    URL_INSIDE,
    bigram_counts,
    camel,
    derived_frequency,
    edge_word,
    inner_quotes_close,
    own_words,
    possessive_stem,
    split_points,
    token_core,
    word_frequencies,
)

# Probabilities, as natural logs, of things the frequency list does not cover.
# An unknown word (a rare name, a typo, a foreign word): the longer, the less likely any one is.
_LOG_OOV = math.log(0.001)
_LOG_OOV_PER_CHAR = -2.3
_LOG_NUMBER = math.log(1e-4)  # a number: "2004", "1,000", "£600m", "1990s", "3rd"
_LOG_ABBREVIATION = math.log(1e-5)  # "U.S", "e.g", "J.K"
_LOG_DOMAIN = math.log(1e-6)  # "bbc.co.uk", "Amazon.com"
_LOG_CODE = math.log(1e-6)  # letters and digits: "MP3", "G8", "A380", "PS2"
_LOG_INNER_PUNCT = math.log(1e-3)  # "said.The" as one word: a full stop inside a word is rare
_LOG_BROKEN_GROUPS = math.log(1e-6)  # digits grouped other than in threes: "19,2006"
_LOG_CAMEL = math.log(0.001)  # "ofUnderstanding" as one word: a capital inside a word is rare
_COMMON = 1e-5  # a lower-case word this frequent ("said", "into") is never taken apart
_KNOWN_BRAND = 1e-6  # a frequency at which "PlayStation" is a word, capitals and all
_LOG_POSSESSIVE = math.log(0.2)  # "Morocco's" given "Morocco"
_LOG_LONE_MARK = math.log(1e-3)  # a bracket or quote on its own: ")" + "into"
_LOG_DASH = math.log(0.003)  # " - " between clauses
_LOG_DANGLING_DASH = math.log(1e-5)
_LOG_TRAILING_MARK = math.log(0.3)  # "said." + "The"
_LOG_LEADING_MARK = math.log(0.05)  # "(METI)", "'miracle'"
_LOG_QUOTE_SIDE = math.log(0.01)  # a closing quote put on the wrong word
_LOG_COMPOUND = math.log(100.0)  # "Muslim-majority" is likelier than its parts apart
# The bigram list counts pairs on a scale about 50 times the unigram list's (measured: the pairs
# that start with "the", "a", "of", "are" add up to 35-50 times the word's own count).
_BIGRAM_SCALE = 50.0
_CACHE_WEIGHT = 0.05  # share of probability given to the document's own words
_RHO_START = 0.02
_RHO_FLOOR = 1e-4
_EM_ROUNDS = 3


@dataclass(frozen=True)
class Split:
    """A token and where it was split: `left + " " + right` replaces `token`."""

    token: str
    left: str
    right: str


class Vocabulary:
    """The document's own tokens, counted by lower-cased core, for the cache part of P(word)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.counts: Counter[str] = Counter()
        self.capitalised: Counter[str] = Counter()  # "Is", "Irish": how a word is written here
        self.lowercase: Counter[str] = Counter()
        for text in texts:
            for token in TOKEN.findall(text):
                core = token_core(token)
                if not core:
                    continue
                self.counts[core.lower()] += 1
                if core[0].isupper():
                    self.capitalised[core.lower()] += 1
                elif core.islower():
                    self.lowercase[core.lower()] += 1
                parts = re.split(r"[-/]", core)
                if len(parts) > 1:
                    self.counts.update(p.lower() for p in parts if p)
        self.total = max(sum(self.counts.values()), 1)


class Splitter:
    """Splits fused tokens in one document, using that document's vocabulary."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.vocabulary = Vocabulary(texts)
        self.texts = texts
        self.rho = _RHO_START
        # The same fusion can recur in one text ("fuelprices" twice), so a token's repeats only
        # vouch for it as far as the token itself looks like one word (starts at 0, then EM).
        self._scores: dict[tuple[Any, ...], Any] = {}
        self._log_probability: dict[tuple[str, bool], float] = {}
        self._estimate()

    # --- the model -------------------------------------------------------------------------
    def _word(self, word: str, minus: int = 0) -> float:
        """log P(word) for a piece without hyphens: frequency list mixed with the document cache.

        `minus` occurrences are taken off the document's count: the token being judged must not
        vouch for itself.
        """
        lower = word.lower()
        frequency = word_frequencies().get(lower, 0.0)
        count = max(self.vocabulary.counts.get(lower, 0) - minus, 0)
        p = (1 - _CACHE_WEIGHT) * frequency + _CACHE_WEIGHT * count / self.vocabulary.total
        log_p = math.log(p) if p > 0 else -math.inf
        if re.search(r"\d", word) and not NUMBER.fullmatch(word) and not CODE.fullmatch(word):
            log_p += _LOG_INNER_PUNCT  # "3million" is in the list, but as a typo
        elif "," in word and NUMBER.fullmatch(word) and not GROUPED.fullmatch(word):
            return _LOG_NUMBER + _LOG_BROKEN_GROUPS  # "2004,10": two numbers, not one
        if lower.endswith(("'s", "s'")) and len(lower) > 2:
            stem = word[:-2] if lower.endswith("'s") else word[:-1]
            return max(log_p, self._word(stem, minus) + _LOG_POSSESSIVE)
        if p > 0:
            pass
        elif (derived := derived_frequency(lower)) > 0:
            log_p = math.log((1 - _CACHE_WEIGHT) * derived)
        elif NUMBER.fullmatch(word):
            return _LOG_NUMBER
        elif ABBREVIATION.fullmatch(word):
            return _LOG_ABBREVIATION
        elif DOMAIN.fullmatch(word):
            return _LOG_DOMAIN
        elif CODE.fullmatch(word):
            return _LOG_CODE
        else:
            log_p = _LOG_OOV + _LOG_OOV_PER_CHAR * len(word)
            if INNER_PUNCT.search(word):
                log_p += _LOG_INNER_PUNCT
            if SENTENCE_INSIDE.search(word):
                log_p += _LOG_INNER_PUNCT  # "Wedgburg.Ms": a sentence ends inside
            if re.search(r"\d", word) and re.search(r"[a-z]", word):
                log_p += _LOG_INNER_PUNCT  # "grow15%": digits inside a word are as rare
        # Capitals inside an unknown word are a sign of a lost break; inside a brand the list
        # knows well ("PlayStation", "YouTube") they are not.
        shape = camel(word) or (not frequency and ACRONYM_INSIDE.search(word))
        if count == 0 and shape and frequency < _KNOWN_BRAND:
            log_p += _LOG_CAMEL
        return log_p

    def log_probability(
        self, piece: str, own: frozenset[str] = frozenset(), copies: int = 1
    ) -> float:
        """log P(piece) for a token or part of one, punctuation and all.

        `own`: the lower-cased words (core and parts) of the token this piece comes from, whose
        `copies` in the text must not count as evidence for the piece.
        """
        core = token_core(piece)
        parts = [p for p in re.split(r"[-/–—]", core) if p]
        mine = frozenset(p.lower() for p in [core, *parts]) & own
        key = (piece, mine, copies if mine else 0)
        cached = self._log_probability.get(key)
        if cached is not None:
            return cached
        if not core:
            result = 0.0 if any(c.isalnum() for c in piece) else _LOG_LONE_MARK
        elif not parts:  # a dash standing for a comma or a bracket
            result = _LOG_DASH
        elif len(parts) == 1:
            result = self._word(parts[0], copies * (parts[0].lower() in own))
        else:  # a compound: as a whole if known, else as its parts
            whole = self._word(core, copies * (core.lower() in own))
            if not word_frequencies().get(core.lower()):
                whole = -math.inf
            joined = sum(self._word(p, copies * (p.lower() in own)) for p in parts)
            result = max(whole, joined + _LOG_COMPOUND * (len(parts) - 1))
        if parts and (core[0] in DASHES or core[-1] in DASHES):
            result += _LOG_DANGLING_DASH  # "decline-" is likelier "decline" and a dash
        self._log_probability[key] = result
        return result

    def _keep(self, token: str) -> float:
        """log P(token is one word), leaving out the document's other copies of the same token."""
        core = token_core(token)
        parts = [p for p in re.split(r"[-/–—]", core) if p]
        repeats = self.vocabulary.counts.get(core.lower(), 0)
        whole = self._word(core, repeats) if core else -math.inf
        if len(parts) == 1 and parts[0] == core:
            return whole
        return max(whole, self.log_probability(token, own_words(token), max(repeats, 1)))

    def _boost(self, first: str, second: str) -> float:
        """log P(second | first) / P(second), where the pair is a known bigram and that is > 0.

        Only ever a boost: the bigram list is cut off at 240k pairs, so a missing pair says
        little. It tells "its core" from "it score" and "a slight" from "as light".
        """
        if not first or not second:
            return 0.0
        first, second = possessive_stem(first.lower()), possessive_stem(second.lower())
        unigrams, bigrams = bigram_counts()
        pair = bigrams.get(f"{first} {second}")
        if not pair or first not in unigrams:
            return 0.0
        conditional = pair / (_BIGRAM_SCALE * unigrams[first])
        return max(0.0, math.log(conditional) - self._word(second))

    def _case(self, piece: str) -> float:
        """log P(a capital) for a word inside a sentence: "Is" there is unlike "I" or "Irish"."""
        core = token_core(piece)
        if not core or not core[0].isupper():
            return 0.0
        lower = core.lower()
        upper, plain = self.vocabulary.capitalised[lower], self.vocabulary.lowercase[lower]
        return math.log((upper + 0.5) / (upper + plain + 1))

    def best_split(
        self,
        token: str,
        quote_closes: dict[int, bool] | None = None,
        before: str = "",
        after: str = "",
        sentence_start: bool = True,
    ) -> tuple[Split | None, float]:
        """The best way to split `token`, and the posterior probability that it is two words.

        `quote_closes`: for straight double quotes inside the token (by position), whether each
        closes a quotation, and so belongs to the left half ('so,"he' is 'so,"' + 'he').
        `before`, `after`: the words either side, when no punctuation parts them from the token.
        `sentence_start`: the token starts a sentence, so a capital says nothing.
        """
        inside = URL_INSIDE.search(token)
        if inside and inside.start() > 0:
            return Split(token, token[: inside.start()], token[inside.start() :]), 1.0
        quotes = tuple(sorted((quote_closes or {}).items()))
        key = (token, quotes, before, after, sentence_start)
        if key not in self._scores:
            self._scores[key] = self._score(*key)
        scored = self._scores[key]
        if scored is None:
            return None, 0.0
        i, split, keep, copies = scored
        # Every copy of a token in the text is fused, or none is. Past the first, a copy is as
        # likely either way (the text repeats itself), except that each fused copy needs a lost
        # break of its own: "TimeWarner" seven times in clean text is a word, "lastweek" three
        # times in damaged text is not.
        split += copies * math.log(self.rho)
        keep += copies * math.log(1 - self.rho)
        posterior = 1 / (1 + math.exp(min(max(keep - split, -700), 700)))
        return Split(token, token[:i], token[i:]), posterior

    def _score(
        self,
        token: str,
        quotes: tuple[tuple[int, bool], ...],
        before: str,
        after: str,
        sentence_start: bool,
    ) -> tuple[int, float, float, int] | None:
        """The best split point, log P of the split and of the whole (all copies), but for rho."""
        if len(token) < 2 or (SKIP.search(token) and not BROKEN_GROUPS.search(token)):
            return None
        core = token_core(token)
        if core.isalpha() and core.islower() and word_frequencies().get(core, 0.0) >= _COMMON:
            return None  # "said", "into": common words are never two
        own = own_words(token)
        copies = max(self.vocabulary.counts.get(core.lower(), 1), 1)
        best: tuple[float, int] | None = None
        for i in split_points(token):
            left, right = token[:i], token[i:]
            score = self.log_probability(left, own, copies) + self.log_probability(
                right, own, copies
            )
            if not sentence_start:
                score += self._case(left)
            score += self._boost(before, edge_word(left, first=True))
            score += self._boost(edge_word(right, first=False), after)
            if left[-1].isalnum() and right[0].isalnum():
                score += self._boost(edge_word(left, first=False), edge_word(right, first=True))
            # Punctuation at the break: closing marks end words, opening marks start them.
            if left[-1] in "'’" and not re.search(r"[sn]['’]$", left):
                score += _LOG_LEADING_MARK  # "a'" + "duck": a quote that opens, not "analysts'"
            elif left[-1] in TRAILING:
                score += _LOG_TRAILING_MARK
            if right[0] in LEADING or right[0] in "'’":
                score += _LOG_LEADING_MARK
            if '"' in (left[-1], right[0]):  # which side a straight quote is on
                on_left = left[-1] == '"'
                closes = dict(quotes).get(i - 1 if on_left else i, False)
                score += _LOG_QUOTE_SIDE if closes != on_left else 0.0
            if best is None or score > best[0]:
                best = (score, i)
        if best is None:
            return None
        score, i = best
        keep = self._keep(token)
        keep += self._boost(before, core) + self._boost(core, after)
        if not sentence_start:
            keep += self._case(token)
        return i, score, keep, copies

    def _estimate(self) -> None:
        """EM for rho: the expected share of fused tokens, given the current rho."""
        tokens = Counter(t for text in self.texts for t in TOKEN.findall(text))
        total = sum(tokens.values())
        if not total:
            return
        for _ in range(_EM_ROUNDS):
            expected = sum(n * self.best_split(t)[1] for t, n in tokens.items())
            self.rho = min(max(expected / total, _RHO_FLOOR), 0.5)

    # --- applying it --------------------------------------------------------------------------
    def split(self, text: str) -> str:
        """`text` with every fused token split (once; the two halves are checked again)."""
        repaired: list[str] = []
        tokens = TOKEN.findall(text)
        for n, (token, closes) in enumerate(zip(tokens, inner_quotes_close(tokens), strict=True)):
            before = edge_word(tokens[n - 1], first=False) if n else ""
            after = edge_word(tokens[n + 1], first=True) if n + 1 < len(tokens) else ""
            if not token[0].isalnum():
                before = ""
            if not token[-1].isalnum():
                after = ""
            start = n == 0 or bool(re.search(r"[.!?:]['\"’”)]*$", tokens[n - 1]))
            repaired.append(self._repair(token, closes, before, after, start, depth=2))
        replacements = iter(repaired)
        return TOKEN.sub(lambda _: next(replacements), text)

    def _repair(
        self,
        token: str,
        quote_closes: dict[int, bool],
        before: str,
        after: str,
        start: bool,
        depth: int,
    ) -> str:
        found, posterior = self.best_split(token, quote_closes, before, after, start)
        if found is None or posterior <= 0.5 or depth == 0:
            return token
        cut = len(found.left)
        right_quotes = {i - cut: c for i, c in quote_closes.items() if i >= cut}
        right_start = bool(re.search(r"[.!?:]['\"’”)]*$", found.left))
        left = self._repair(found.left, quote_closes, before, "", start, depth - 1)
        right = self._repair(found.right, right_quotes, "", after, right_start, depth - 1)
        return f"{left} {right}"


def split_fused_words(paragraphs: Sequence[str], context: Sequence[str] = ()) -> list[str]:
    """`paragraphs` with fused words split, judged against the vocabulary of all the text given."""
    splitter = Splitter([*paragraphs, *context])
    return [splitter.split(p) for p in paragraphs]
