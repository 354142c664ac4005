"""Split words fused where a line break was lost ("intheir", "ofUnderstanding", "AbdellatifLoudyi").

Copying text out of a web page or a PDF often drops the line breaks without putting a space in
their place, so the last word of one line runs into the first word of the next. Every token is
weighed as two hypotheses, with a unigram model of English:

- it is one word:                 P(token) * (1 - rho)
- it is two words run together:   P(left) * P(right) * rho

P(word) mixes word frequencies from `wordfreq` (large English list) with a cache of the document's
own tokens, so a name spelled "Abdellatif Loudyi" elsewhere in the article explains how to split
"AbdellatifLoudyi", and a token that appears as-is elsewhere ("TimeWarner") stays whole. Bigram
counts tell "its core" from "it score", and the document's own pairs ("video game" written apart)
back a split across the break. rho, the share of word boundaries that were lost, is estimated per
document (a few rounds of EM), so clean text, where rho is near zero, is left alone, and damaged
text is repaired aggressively.

A lost line break joins exactly two words, so a token is split at one point, and its halves again
only as rarely as clean text has words run together. URLs, email addresses, hashtags, handles and
numbers are never split, nor is a token at a hyphen ("counter-terrorism" keeps its hyphen; only
the parts either side of it can be split off).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

from .pieces import (
    CACHE_WEIGHT,
    KNOWN_WORD,
    LOG_QUOTE_SIDE,
    Piece,
    Shape,
    bigram_log_conditional,
    edge_keys,
    piece,
    piece_log_probability,
    possessive,
    token_shape,
    unseen_word_log_probability,
    word_log_probability,
)
from .words import (
    DASHES,
    TOKEN,
    URL_INSIDE,
    bigram_followers,
    inner_quotes_close,
    memoised,
    own_words,
    token_core,
    word_frequencies,
    word_parts,
)

_RHO_START = 0.02
_RHO_FLOOR = 1e-4
_EM_ROUNDS = 3
_MOST_SPLITS = 2  # a token is split, and its halves once more
# A capital inside a sentence, on a word the document writes nowhere else: as likely as not ...
_CAPITAL_PRIOR = 0.5
# ... but rare on a listed word that would be a name on its own (see `Splitter._case`) ...
_LISTED_CAPITAL_PRIOR = 0.1
# ... and rarer still on the words that only join others ("Over" of "firm Overpeer" is no word
# of its own), which open sentences and titles and almost nothing else; not on words that open
# names too ("Open", "New", "Go") nor on "I".
_JOINING_WORDS = frozenset(
    """the a an of to in on at by for from with over under into onto upon about after before
    between through during against among and or but nor than that this these those which who
    whom whose its his her their our my your""".split()
)
_JOINING_CAPITAL_PRIOR = 0.01

_VOCABULARY_PARTS = re.compile(r"[-/]")
_SENTENCE_END = re.compile(r"[.!?:]['\"’”)]*$")

Quotes = tuple[tuple[int, bool], ...]  # straight quotes inside a token: position, closes?


class Alone(NamedTuple):
    """A token scored without its context: what scoring it in any context starts from.

    The scores are tuples of floats, not objects per break point: a long document keeps one
    of these for each of its distinct tokens, and the garbage collector does not walk a tuple
    of floats.
    """

    shape: Shape
    scores: tuple[float, ...]  # per break point: log P of its two pieces
    # Per break point, what is added after the context's terms: the bigram across the break
    # and the marks at it.
    terms: tuple[tuple[float, ...], ...]
    keep: float  # log P(token is one word)
    copies: int  # how often the token is in the document
    best: tuple[float, int]  # the best split's score with no context around it, and where


Scored = tuple[int, float, float, int]  # best split point, log P(split), log P(whole), copies
_UNSEEN = object()


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
        # Pairs of words written apart, next to each other ("stock market"), as bigram keys.
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.pair_starts: Counter[str] = Counter()
        # Every token of the texts, counted in order of first sight. Each distinct token is
        # then looked at once: articles repeat many of their tokens. (`get`, not `+=`: a
        # Counter's missing key is a call in Python, and there are many.)
        self.tokens: Counter[str] = Counter()
        found = [TOKEN.findall(text) for text in texts]
        for tokens in found:
            self.tokens.update(tokens)
        counts, capitalised, lowercase = self.counts, self.capitalised, self.lowercase
        first_key: dict[str, str] = {}
        last_key: dict[str, str] = {}
        for token, n in self.tokens.items():
            first_key[token], last_key[token] = edge_keys(token)
            counted = _counted_as(token)
            if counted is None:
                continue
            lower, case, parts = counted
            counts[lower] = counts.get(lower, 0) + n
            if case > 0:
                capitalised[lower] = capitalised.get(lower, 0) + n
            elif case < 0:
                lowercase[lower] = lowercase.get(lower, 0) + n
            for part in parts:
                counts[part] = counts.get(part, 0) + n
        # Pairs of tokens by the keys of the one's last word and the next one's first, but for
        # those with punctuation between the words (an empty key); counted in C, as there are
        # as many as tokens.
        for tokens in found:
            lasts, firsts = map(last_key.__getitem__, tokens), map(first_key.__getitem__, tokens)
            next(firsts, None)
            written_apart = list(filter(all, zip(lasts, firsts, strict=False)))
            self.pairs.update(written_apart)
            self.pair_starts.update(map(itemgetter(0), written_apart))
        self.total = max(sum(self.counts.values()), 1)


@memoised
def _counted_as(token: str) -> tuple[str, int, tuple[str, ...]] | None:
    """How the vocabulary counts a token: its core lower-cased; 1 if the core starts with a
    capital, -1 if it is in lower case, else 0; and the lower-cased parts of a core with hyphens
    or slashes. None for a token with no core."""
    core = token_core(token)
    if not core:
        return None
    case = 1 if core[0].isupper() else -1 if core.islower() else 0
    parts = _VOCABULARY_PARTS.split(core)
    lowered = tuple(part.lower() for part in parts if part) if len(parts) > 1 else ()
    return core.lower(), case, lowered


class Splitter:
    """Splits fused tokens in one document, using that document's vocabulary."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.vocabulary = Vocabulary(texts)
        self.texts = texts
        self.rho = _RHO_START
        # Memos of pure functions of this document: each token is scored once alone (for EM,
        # and as where scoring it in context starts), and pieces and words recur.
        self._alone: dict[tuple[str, Quotes], Alone | None] = {}
        self._scores: dict[tuple[str, Quotes, str, str, bool], Scored | None] = {}
        self._log_probability: dict[tuple[str, tuple[str, ...], int], float] = {}
        self._words: dict[tuple[str, int], float] = {}
        self._whole: set[str] = set()  # tokens that cannot be split, whatever their context
        self._estimate()

    # --- the model -------------------------------------------------------------------------
    def _word(self, word: str, minus: int = 0) -> float:
        """log P(word) for a piece without hyphens: frequency list mixed with the document cache.

        `minus` occurrences are taken off the document's count: the token being judged must not
        vouch for itself.
        """
        key = (word, minus)
        cached = self._words.get(key)
        if cached is None:
            lower = word.lower()
            count = max(self.vocabulary.counts.get(lower, 0) - minus, 0)
            if count == 0 and not possessive(lower):
                cached = unseen_word_log_probability(word)  # as in any other document
            else:
                cached = word_log_probability(
                    word, count, self.vocabulary.total, lambda stem: self._word(stem, minus)
                )
            self._words[key] = cached
        return cached

    def log_probability(self, part: Piece, own: tuple[str, ...] = (), copies: int = 1) -> float:
        """log P(part) for a token or part of one, punctuation and all.

        `own`: the lower-cased words (core and parts) of the token this piece comes from, whose
        `copies` in the text must not count as evidence for the piece.
        """
        text, lowered, depends_on, unseen, _ = part
        if self.vocabulary.counts.keys().isdisjoint(depends_on):
            return unseen  # the document has none of its words: as in any other document
        mine = tuple(word for word in lowered if word in own)
        key = (text, mine, copies if mine else 0)
        cached = self._log_probability.get(key)
        if cached is None:
            cached = self._log_probability[key] = piece_log_probability(
                text, lambda word: self._word(word, copies * (word.lower() in own))
            )
        return cached

    def _keep(self, token: str) -> float:
        """log P(token is one word), leaving out the document's other copies of the same token
        (see `Shape.keep` for the tokens where that is the same in every document)."""
        core, parts, _ = word_parts(token)
        repeats = self.vocabulary.counts.get(core.lower(), 0)
        whole = self._word(core, repeats) if core else -math.inf
        if core and (core[0] in DASHES or core[-1] in DASHES):
            whole = -math.inf  # no word starts or ends with a dash: "-I", "Iraq-" is a word and one
        if len(parts) == 1 and parts[0] == core:
            return whole
        return max(whole, self.log_probability(piece(token), own_words(token), max(repeats, 1)))

    def _boost(self, first: str, second: str) -> float:
        """log P(second | first) / P(second) for two bigram keys, where the pair is a known
        bigram and that is > 0.

        Only ever a boost: the bigram list is cut off at 240k pairs, so a missing pair says
        little. It tells "its core" from "it score" and "a slight" from "as light".
        """
        if not first or not second:
            return 0.0
        conditional = bigram_log_conditional(first, second)
        if conditional is None:
            return 0.0
        return max(0.0, conditional - self._word(second))

    def _across(self, across: tuple[str, str], listed: float | None) -> float:
        """The bigram boost for the words either side of a break (`_boost`; `listed` is log P of
        the pair, kept in the break point), with the document's own pairs mixed in: "stock
        market" written apart elsewhere in it tells how to read "stockmarket", as the unigram
        cache does for "AbdellatifLoudyi"."""
        written_apart = self.vocabulary.pairs.get(across, 0)
        if not written_apart:
            return 0.0 if listed is None else max(0.0, listed - self._word(across[1]))
        first, second = across
        p = CACHE_WEIGHT * written_apart / self.vocabulary.pair_starts[first]
        if listed is not None:
            p += (1 - CACHE_WEIGHT) * math.exp(listed)
        return max(0.0, math.log(p) - self._word(second))

    def _case(self, lower: str | None, alone: bool = False) -> float:
        """log P(a capital) for a word inside a sentence, given it lower-cased if it has one:
        "Is" there is unlike "I" or "Irish".

        `alone`: the word would be a name of one word, a word in lower case after it. Where the
        document does not say how it writes the word, a word of the frequency list is then
        seldom capitalised ("Can" in "Stephen Can dillon"), while a capital on a word the list
        lacks is mostly a name's ("Candillon")."""
        if lower is None:
            return 0.0
        upper = self.vocabulary.capitalised.get(lower, 0)
        plain = self.vocabulary.lowercase.get(lower, 0)
        prior = _CAPITAL_PRIOR
        if alone and lower in _JOINING_WORDS:
            prior = _JOINING_CAPITAL_PRIOR
        elif alone and word_frequencies().get(lower, 0.0) >= KNOWN_WORD:
            prior = _LISTED_CAPITAL_PRIOR
        return math.log((upper + prior) / (upper + plain + 1))

    def best_split(
        self,
        token: str,
        quote_closes: dict[int, bool] | None = None,
        before: str = "",
        after: str = "",
        sentence_start: bool = True,
        rho: float | None = None,
    ) -> tuple[Split | None, float]:
        """The best way to split `token`, and the posterior probability that it is two words.

        `quote_closes`: for straight double quotes inside the token (by position), whether each
        closes a quotation, and so belongs to the left half ('so,"he' is 'so,"' + 'he').
        `before`, `after`: the words either side (as `bigram_key`s), when no punctuation parts
        them from the token.
        `sentence_start`: the token starts a sentence, so a capital says nothing.
        `rho`: the prior share of fused tokens, if not the document's.
        """
        inside = URL_INSIDE.search(token)
        if inside and inside.start() > 0:
            return Split(token, token[: inside.start()], token[inside.start() :]), 1.0
        quotes = tuple(sorted(quote_closes.items())) if quote_closes else ()
        key = (token, quotes, before, after, sentence_start)
        if key in self._scores:
            scored = self._scores[key]
        else:
            scored = self._scores[key] = self._score(*key)
        if scored is None:
            return None, 0.0
        i, split, keep, copies = scored
        return Split(token, token[:i], token[i:]), self._posterior(split, keep, copies, rho)

    def _posterior(self, split: float, keep: float, copies: int, rho: float | None = None) -> float:
        # Every copy of a token in the text is fused, or none is. Past the first, a copy is as
        # likely either way (the text repeats itself), except that each fused copy needs a lost
        # break of its own: "TimeWarner" seven times in clean text is a word, "lastweek" three
        # times in damaged text is not.
        rho = self.rho if rho is None else rho
        return _posterior(split, keep, copies, math.log(rho), math.log(1 - rho))

    def _score(
        self, token: str, quotes: Quotes, before: str, after: str, sentence_start: bool
    ) -> Scored | None:
        """The best split point, log P of the split and of the whole (all copies), but for rho."""
        alone = self._scored_alone(token, quotes)
        if alone is None:
            return None
        # Terms that are 0 are not added: adding them would change nothing. A boost is 0 unless
        # the bigram list has the pair, which a look-up tells before any is worked out.
        followers = bigram_followers()
        after_before = followers.get(before, {}) if before else {}
        best: tuple[float, int] | None = None
        shape = alone.shape
        for point, score, terms in zip(shape.points, alone.scores, alone.terms, strict=True):
            at, (_, _, _, _, capital), right, _, _, _, _, left_first, right_last = point
            if right_last == "an" and _before_a_consonant(after):
                continue  # "Southan Morris" is no "South an Morris": "an" goes before a vowel
            if not sentence_start and capital is not None:
                score += self._case(capital, alone=right[4] is None)
            if left_first in after_before:
                score += self._boost(before, left_first)
            if after and after in followers.get(right_last, ()):
                score += self._boost(right_last, after)
            for term in terms:
                score += term
            if best is None or score > best[0]:
                best = (score, at)
        if best is None:
            return None
        score, i = best
        keep = alone.keep + (self._boost(before, shape.key) + self._boost(shape.key, after))
        if not sentence_start:
            keep += self._case(shape.capital)
        return i, score, keep, alone.copies

    def _scored_alone(self, token: str, quotes: Quotes) -> Alone | None:
        """`token` scored without its context; None if it cannot be split."""
        found = self._alone.get((token, quotes), _UNSEEN)
        if found is _UNSEEN:
            found = self._alone[token, quotes] = self._score_alone(token, quotes)
        return found  # type: ignore[return-value]

    def _score_alone(self, token: str, quotes: Quotes) -> Alone | None:
        shape = token_shape(token)
        if shape is None:
            return None
        own = shape.own
        copies = max(self.vocabulary.counts.get(shape.lower, 1), 1)
        closing = dict(quotes)
        scores: list[float] = []
        all_terms: list[tuple[float, ...]] = []
        best: tuple[float, int] | None = None
        # Most pieces' words are not in the document, and terms that are 0 are left out (adding
        # them would change nothing): both tell without a call.
        in_document = self.vocabulary.counts.keys()
        pairs = self.vocabulary.pairs
        for at, left, right, across, listed, marks, quote, _, _ in shape.points:
            _, _, left_words, left_unseen, _ = left
            _, _, right_words, right_unseen, _ = right
            score = (
                left_unseen
                if in_document.isdisjoint(left_words)
                else self.log_probability(left, own, copies)
            ) + (
                right_unseen
                if in_document.isdisjoint(right_words)
                else self.log_probability(right, own, copies)
            )
            terms = marks
            if (
                across
                and (listed is not None or across in pairs)
                and (boost := self._across(across, listed))
            ):
                terms = (boost, *terms)
            if quote:
                where, on_left = quote
                terms = (*terms, LOG_QUOTE_SIDE if closing.get(where, False) != on_left else 0.0)
            scores.append(score)
            all_terms.append(terms)
            # Its score with no context, as `_score` adds it up: what EM weighs.
            for term in terms:
                score += term
            if best is None or score > best[0]:
                best = (score, at)
        if best is None:
            return None  # no break point (a shape always has one)
        if (
            copies > 1
            and _inner_capital(token, best[1])
            and not self._written_apart(token, best[1])
        ):
            # "Nielsen/NetRatings" three times and "Ratings" never: a lost line break joins
            # words at random places, and seldom the same two, capitalised, twice; a name does
            return None
        keep = self._keep(token) if shape.keep is None else shape.keep
        return Alone(shape, tuple(scores), tuple(all_terms), keep, copies, best)

    def _written_apart(self, token: str, at: int) -> bool:
        """Whether the document has the word after `at` on its own somewhere ("Mr|Howard" and
        "Howard"; not "Nielsen/Net|Ratings", whose "Ratings" is nowhere else)."""
        return self.vocabulary.counts.get(token_core(token[at:]).lower(), 0) > 0

    def _estimate(self) -> None:
        """EM for rho: the expected share of fused tokens, given the current rho."""
        tokens = self.vocabulary.tokens
        total = sum(tokens.values())
        if not total:
            return
        # A token's score alone does not depend on rho: score each once, then only reweigh.
        always = 0.0  # tokens split whatever rho is (a web address run into a word)
        scored: list[tuple[int, float, float, int]] = []  # count, log P split, log P whole, copies
        for token, n in tokens.items():
            inside = URL_INSIDE.search(token)
            if inside and inside.start() > 0:
                always += n
            elif (alone := self._scored_alone(token, ())) is not None:
                # With no context, `_score` adds nothing to the best split and adds 0 to the whole.
                scored.append((n, alone.best[0], alone.keep + 0.0, alone.copies))
            else:
                self._whole.add(token)
        for _ in range(_EM_ROUNDS):
            log_rho, log_other = math.log(self.rho), math.log(1 - self.rho)
            expected = always + sum(
                n * _posterior(split, keep, copies, log_rho, log_other)
                for n, split, keep, copies in scored
            )
            self.rho = min(max(expected / total, _RHO_FLOOR), 0.5)

    # --- applying it --------------------------------------------------------------------------
    def split(self, text: str) -> str:
        """`text` with every fused token split (once; the two halves are checked again)."""
        tokens = TOKEN.findall(text)
        quotes = inner_quotes_close(tokens) if '"' in text else None
        repaired = tokens.copy()
        for n, token in enumerate(tokens):
            closes = quotes[n] if quotes else None
            if not closes and token in self._whole:
                continue  # it has nowhere to split (EM scored every token alone)
            closes = closes or {}
            before = edge_keys(tokens[n - 1])[1] if n and token[0].isalnum() else ""
            after = ""
            if n + 1 < len(tokens) and token[-1].isalnum():
                after = edge_keys(tokens[n + 1])[0]
            start = n == 0 or bool(_SENTENCE_END.search(tokens[n - 1]))
            repaired[n] = self._repair(token, closes, before, after, start, depth=_MOST_SPLITS)
        if repaired == tokens:
            return text  # most paragraphs: nothing split
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
        # A lost line break joins two words, so the halves of a split token are fused again only
        # where the source had run two words together itself (or a line held a single word): as
        # rarely as in clean text, the floor of rho.
        rho = self.rho if depth == _MOST_SPLITS else min(self.rho, _RHO_FLOOR)
        found, posterior = self.best_split(token, quote_closes, before, after, start, rho)
        if found is None or posterior <= 0.5 or depth == 0:
            return token
        cut = len(found.left)
        right_quotes = {i - cut: c for i, c in quote_closes.items() if i >= cut}
        right_start = bool(_SENTENCE_END.search(found.left))
        left = self._repair(found.left, quote_closes, before, "", start, depth - 1)
        right = self._repair(found.right, right_quotes, "", after, right_start, depth - 1)
        return f"{left} {right}"


# Letters whose word never takes "an" (acronyms aside: "an MP", "an SNP").
_CONSONANTS = frozenset("bcdfgjklmnpqrstvwxyzBCDFGJKLMNPQRSTVWXYZ")


_HONORIFICS = frozenset("mr mrs ms dr sir st".split())


def _inner_capital(token: str, at: int) -> bool:
    """Whether `token` splits at `at` between a capitalised word and a capital ("Net|Ratings",
    "Play|Station"), as a name written in camel case does."""
    start = max(token.rfind("/", 0, at), token.rfind("-", 0, at)) + 1
    word = token[start:at]
    return (
        len(word) >= 2
        and word.lower() not in _HONORIFICS  # "Mr|Lamberty": no name begins with a title
        and word[0].isupper()
        and word[1:].isalpha()
        and word[1:].islower()
        and token[at : at + 1].isupper()
    )


def _before_a_consonant(word: str) -> bool:
    return bool(word) and word[0] in _CONSONANTS and not word.isupper()


def _posterior(split: float, keep: float, copies: int, log_rho: float, log_other: float) -> float:
    """P(split) from log P of the split and of the whole, given log rho and log (1 - rho)."""
    split += copies * log_rho
    keep += copies * log_other
    return 1 / (1 + math.exp(min(max(keep - split, -700), 700)))


def split_fused_words(paragraphs: Sequence[str], context: Sequence[str] = ()) -> list[str]:
    """`paragraphs` with fused words split, judged against the vocabulary of all the text given."""
    splitter = Splitter([*paragraphs, *context])
    return [splitter.split(p) for p in paragraphs]
