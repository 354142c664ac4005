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
from functools import lru_cache

# Probabilities, as natural logs, of things the frequency list does not cover.
# An unknown word (a rare name, a typo, a foreign word): the longer, the less likely any one is.
_LOG_OOV = math.log(0.001)
_LOG_OOV_PER_CHAR = -2.3
_LOG_NUMBER = math.log(1e-4)  # a number: "2004", "1,000", "£600m", "1990s", "3rd"
_LOG_ABBREVIATION = math.log(1e-5)  # "U.S", "e.g", "J.K"
_LOG_DOMAIN = math.log(1e-6)  # "bbc.co.uk", "Amazon.com"
_LOG_CODE = math.log(1e-6)  # letters and digits: "MP3", "G8", "A380", "PS2"
_LOG_INNER_PUNCT = math.log(1e-3)  # "said.The" as one word: a full stop inside a word is rare
_LOG_CAMEL = math.log(0.05)  # "ofUnderstanding" as one word: a capital inside a word is rare
_LOG_POSSESSIVE = math.log(0.2)  # "Morocco's" given "Morocco"
_LOG_DASH = math.log(0.003)  # " - " between clauses
_LOG_DANGLING_DASH = math.log(1e-5)
_LOG_TRAILING_MARK = math.log(0.3)  # "said." + "The"
_LOG_LEADING_MARK = math.log(0.05)  # "(METI)", "'miracle'"
_LOG_QUOTE_SIDE = math.log(0.01)  # a closing quote put on the wrong word
_LOG_COMPOUND = math.log(100.0)  # "Muslim-majority" is likelier than its parts apart
_CACHE_WEIGHT = 0.05  # share of probability given to the document's own words
_RHO_START = 0.02
_RHO_FLOOR = 1e-4
_EM_ROUNDS = 3

_SKIP = re.compile(
    r"(?:https?://|www\.|ftp://)|@|^#|^\d[\d,.:/%-]*$|^[^A-Za-z]*$|\.(?:com|org|net|gov|edu|uk|io)\b",
    re.IGNORECASE,
)
_LEADING = "\"'“‘«([{<*_"
_TRAILING = "\"'”’»)]}>*_.,;:!?…"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_NUMBER = re.compile(
    r"(?:(?-i:[A-Z]{0,2})[£$€¥]|#)?\d[\d,.]*(?:s|st|nd|rd|th|bn|m|k|p|pm|am|ft|mph|kg|km|cm|mm|kw|mw|gb|mb|%)?",
    re.IGNORECASE,
)
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co|uk|io|info|tv|fm)", re.I)
_CODE = re.compile(r"[A-Z]{1,4}\d{1,4}[A-Za-z]?|\d[A-Z]{1,3}")
_INNER_PUNCT = re.compile(r"[.,;:!?\"“”()…]")
_CAMEL = re.compile(r"[a-z][A-Z]")
# Capitals inside names and brands that are not word boundaries: McDonald, MacLeod, DiCaprio,
# O'Neill, iPhone, eBay.
_NAME_PREFIX = re.compile(r"Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|O'|D'|[ie]")
_TOKEN = re.compile(r"\S+")
_DASHES = "-–—"
_JOINERS = "-–—/"


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict  # loads a 320k-word list: keep it off import time

    return get_frequency_dict("en", "large")


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
        for text in texts:
            for token in _TOKEN.findall(text):
                core = _core(token)
                if not core:
                    continue
                self.counts[core.lower()] += 1
                parts = re.split(r"[-/]", core)
                if len(parts) > 1:
                    self.counts.update(p.lower() for p in parts if p)
        self.total = max(sum(self.counts.values()), 1)


def _core(token: str) -> str:
    """A token without surrounding punctuation and a possessive ending."""
    return token.strip(_LEADING + _TRAILING).translate(_APOSTROPHES)


class Splitter:
    """Splits fused tokens in one document, using that document's vocabulary."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.vocabulary = Vocabulary(texts)
        self.texts = texts
        self.rho = _RHO_START
        # How far each token's other occurrences can be trusted to be one word: 1 - P(fused).
        # The same fusion can recur in one text ("fuelprices" twice), so a token's repeats only
        # vouch for it as far as the token itself looks like one word (starts at 0, then EM).
        self.trust: dict[str, float] = {}
        self._log_probability: dict[tuple[str, bool], float] = {}
        self._estimate()

    # --- the model -------------------------------------------------------------------------
    def _word(self, word: str, minus: int = 0, trust: float = 1.0) -> float:
        """log P(word) for a piece without hyphens: frequency list mixed with the document cache.

        `minus` occurrences are taken off the document's count (the token being judged must not
        vouch for itself), and what is left counts as far as `trust` says.
        """
        lower = word.lower()
        frequency = _frequencies().get(lower, 0.0)
        count = max(self.vocabulary.counts.get(lower, 0) - minus, 0) * trust
        p = (1 - _CACHE_WEIGHT) * frequency + _CACHE_WEIGHT * count / self.vocabulary.total
        log_p = math.log(p) if p > 0 else -math.inf
        if lower.endswith(("'s", "s'")) and len(lower) > 2:
            stem = word[:-2] if lower.endswith("'s") else word[:-1]
            return max(log_p, self._word(stem, minus, trust) + _LOG_POSSESSIVE)
        if p > 0:
            pass
        elif _NUMBER.fullmatch(word):
            return _LOG_NUMBER
        elif _ABBREVIATION.fullmatch(word):
            return _LOG_ABBREVIATION
        elif _DOMAIN.fullmatch(word):
            return _LOG_DOMAIN
        elif _CODE.fullmatch(word):
            return _LOG_CODE
        else:
            log_p = _LOG_OOV + _LOG_OOV_PER_CHAR * len(word)
            if _INNER_PUNCT.search(word):
                log_p += _LOG_INNER_PUNCT
            if re.search(r"\d", word) and re.search(r"[a-z]", word):
                log_p += _LOG_INNER_PUNCT  # "grow15%": digits inside a word are as rare
        if count == 0 and _camel(word):
            log_p += _LOG_CAMEL
        return log_p

    def log_probability(self, piece: str, own: frozenset[str] = frozenset()) -> float:
        """log P(piece) for a token or part of one, punctuation and all.

        `own`: the lower-cased words (core and parts) of the token this piece comes from, whose
        one occurrence there must not count as evidence for the piece.
        """
        core = _core(piece)
        parts = [p for p in re.split(r"[-/–—]", core) if p]
        mine = frozenset(p.lower() for p in [core, *parts]) & own
        key = (piece, mine)
        cached = self._log_probability.get(key)
        if cached is not None:
            return cached
        if not core:
            result = 0.0
        elif not parts:  # a dash standing for a comma or a bracket
            result = _LOG_DASH
        elif len(parts) == 1:
            result = self._word(parts[0], int(parts[0].lower() in own))
        else:  # a compound: as a whole if known, else as its parts
            whole = self._word(core, int(core.lower() in own))
            if not _frequencies().get(core.lower()):
                whole = -math.inf
            joined = sum(self._word(p, int(p.lower() in own)) for p in parts)
            result = max(whole, joined + _LOG_COMPOUND * (len(parts) - 1))
        if parts and (core[0] in _DASHES or core[-1] in _DASHES):
            result += _LOG_DANGLING_DASH  # "decline-" is likelier "decline" and a dash
        self._log_probability[key] = result
        return result

    def _keep(self, token: str) -> float:
        """log P(token is one word), its repeats in the text counting as far as they are trusted."""
        core = _core(token)
        parts = [p for p in re.split(r"[-/–—]", core) if p]
        trust = self.trust.get(core.lower(), 0.0)
        if len(parts) == 1 and parts[0] == core:
            return self._word(core, 1, trust)
        whole = self._word(core, 1, trust) if core else -math.inf
        return max(whole, self.log_probability(token, _own_words(token)))

    def best_split(self, token: str, quote_open: bool = False) -> tuple[Split | None, float]:
        """The best way to split `token`, and the posterior probability that it is two words.

        `quote_open`: a straight double quote is open before the token, so a '"' inside it
        closes that quote and belongs to the left half ('so,"he' is 'so,"' + 'he').
        """
        if len(token) < 3 or _SKIP.search(token):
            return None, 0.0
        keep = self._keep(token) + math.log(1 - self.rho)
        own = _own_words(token)
        best: tuple[float, int] | None = None
        for i in _split_points(token):
            left, right = token[:i], token[i:]
            score = self.log_probability(left, own) + self.log_probability(right, own)
            # Punctuation at the break: closing marks end words, opening marks start them.
            if left[-1] in _TRAILING:
                score += _LOG_TRAILING_MARK
            if right[0] in _LEADING or right[0] in "'’":
                score += _LOG_LEADING_MARK
            if '"' in (left[-1], right[0]):  # which side a straight quote is on: count them
                after = left[-1] == '"'
                closes = (quote_open + token[: i - 1 if after else i].count('"')) % 2 == 1
                score += _LOG_QUOTE_SIDE if closes != after else 0.0
            if best is None or score > best[0]:
                best = (score, i)
        if best is None:
            return None, 0.0
        score, i = best
        posterior = 1 / (1 + math.exp(min(keep - score - math.log(self.rho), 700)))
        return Split(token, token[:i], token[i:]), posterior

    def _estimate(self) -> None:
        """EM for rho, the share of fused tokens; then which tokens' repeats can be trusted.

        Repeats are left out while rho is estimated, then a token's repeats count for it only if
        the token looks like one word without them: trusting repeats during EM would feed on
        itself (a repeat vouches for a repeat). All or nothing, because even a small share of a
        repeat outweighs an unknown word.
        """
        tokens = Counter(t for text in self.texts for t in _TOKEN.findall(text))
        total = sum(tokens.values())
        if not total:
            return
        for _ in range(_EM_ROUNDS):
            posteriors = {t: self.best_split(t)[1] for t in tokens}
            expected = sum(tokens[t] * p for t, p in posteriors.items())
            self.rho = min(max(expected / total, _RHO_FLOOR), 0.5)
        trust: dict[str, float] = {}
        for token in tokens:
            core = _core(token).lower()
            trust[core] = min(trust.get(core, 1.0), float(self.best_split(token)[1] < 0.5))
        self.trust = trust

    # --- applying it --------------------------------------------------------------------------
    def split(self, text: str) -> str:
        """`text` with every fused token split (once; the two halves are checked again)."""
        repaired: list[str] = []
        quotes = 0
        for token in _TOKEN.findall(text):
            repaired.append(self._repair(token, quotes % 2 == 1, depth=2))
            quotes += token.count('"')
        replacements = iter(repaired)
        return _TOKEN.sub(lambda _: next(replacements), text)

    def _repair(self, token: str, quote_open: bool, depth: int) -> str:
        found, posterior = self.best_split(token, quote_open)
        if found is None or posterior <= 0.5 or depth == 0:
            return token
        right_open = quote_open != (found.left.count('"') % 2 == 1)
        left = self._repair(found.left, quote_open, depth - 1)
        return f"{left} {self._repair(found.right, right_open, depth - 1)}"


def _own_words(token: str) -> frozenset[str]:
    core = _core(token).lower()
    return frozenset([core, *(p for p in re.split(r"[-/–—]", core) if p)])


def _camel(word: str) -> bool:
    for match in _CAMEL.finditer(word):
        if not _NAME_PREFIX.fullmatch(word[: match.start() + 1].lstrip(_LEADING)):
            return True
    return False


def _split_points(token: str) -> Iterable[int]:
    """Where a lost line break can be: between two characters that are not inside one word part."""
    for i in range(1, len(token)):
        a, b = token[i - 1], token[i]
        left, right = token[:i], token[i:]
        if not left.strip(_DASHES) or not right.strip(_DASHES):  # a dash: "decline-", "-they"
            if any(c.isalnum() for c in left + right):
                yield i
            continue
        if a.isdigit() and (b.isdigit() or b in ",.%"):
            continue
        if (a in ",." and b.isdigit()) or a in _JOINERS or b in _JOINERS:
            continue
        if not (a.isalnum() or a in _TRAILING or a in "%$£€'’") or not (
            b.isalnum() or b in _LEADING or b in "$£€'’"
        ):
            continue
        if a.islower() and b.isupper() and _NAME_PREFIX.fullmatch(left.lstrip(_LEADING)):
            continue
        if any(c.isalnum() for c in left) and any(c.isalnum() for c in right):
            yield i


def split_fused_words(paragraphs: Sequence[str], context: Sequence[str] = ()) -> list[str]:
    """`paragraphs` with fused words split, judged against the vocabulary of all the text given."""
    splitter = Splitter([*paragraphs, *context])
    return [splitter.split(p) for p in paragraphs]
