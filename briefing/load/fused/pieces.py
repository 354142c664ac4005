"""The part of the fused-word model that is the same in every document, memoised across them.

P(word) mixes the frequency list with the document's own counts (see `fused`). For a piece of a
token whose words the document does not use, and most pieces are like that ("Gov" + "ernment"),
that is the same in any document; so are the places a token can break and the marks at them.
Scoring a token means scoring every piece at every break, so keeping these across documents is
what makes the splitter cheap on clean text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import NamedTuple

from .words import (
    ABBREVIATION,
    ACRONYM_INSIDE,
    BROKEN_GROUPS,
    CODE,
    DASHES,
    DIGIT,
    DOMAIN,
    GROUPED,
    INNER_PUNCT,
    LEADING,
    LOWER,
    NUMBER,
    SENTENCE_INSIDE,
    SKIP,
    TRAILING,
    bigram_followers,
    camel,
    derived_frequency,
    first_word,
    last_word,
    memoised,
    own_words,
    possessive_stem,
    split_points,
    token_core,
    unigram_counts,
    word_frequencies,
    word_parts,
)

# A word this frequent ("said", "into", "Government") is never taken apart, written in lower
# case or with a capital first.
_COMMON = 1e-5

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
# Symbols that are words but not in the frequency list: about one "and" in 200 is written "&"
# in news text (0.5% of "and"s in the BBC set), names of firms and double acts mostly.
_SYMBOL_FREQUENCIES = {"&": 1e-4}
KNOWN_WORD = 1e-6  # a frequency at which "PlayStation" is a word, capitals and all
_LOG_POSSESSIVE = math.log(0.2)  # "Morocco's" given "Morocco"
_LOG_LONE_MARK = math.log(1e-3)  # a bracket or quote on its own: ")" + "into"
_LOG_DASH = math.log(0.003)  # " - " between clauses
_LOG_DANGLING_DASH = math.log(1e-5)
_LOG_TRAILING_MARK = math.log(0.3)  # "said." + "The"
_LOG_LEADING_MARK = math.log(0.05)  # "(METI)", "'miracle'"
LOG_QUOTE_SIDE = math.log(0.01)  # a closing quote put on the wrong word
_LOG_COMPOUND = math.log(100.0)  # "Muslim-majority" is likelier than its parts apart
# The bigram list counts pairs on a scale about 50 times the unigram list's (measured: the pairs
# that start with "the", "a", "of", "are" add up to 35-50 times the word's own count).
_BIGRAM_SCALE = 50.0
CACHE_WEIGHT = 0.05  # share of probability given to the document's own words

_OPENING_QUOTE_END = re.compile(r"[sn]['’]$")  # "analysts'", "rock 'n'": a quote that closes


def possessive(lower: str) -> bool:
    return lower.endswith(("'s", "s'")) and len(lower) > 2


def word_log_probability(
    word: str, count: int, total: int, stem_log_p: Callable[[str], float]
) -> float:
    """log P(word) for a piece without hyphens, given its `count` among the document's `total`
    tokens, and log P of a stem (for a possessive)."""
    lower = word.lower()
    frequency = word_frequencies().get(lower) or _SYMBOL_FREQUENCIES.get(lower, 0.0)
    p = (1 - CACHE_WEIGHT) * frequency + CACHE_WEIGHT * count / total
    log_p = math.log(p) if p > 0 else -math.inf
    letters = word.isalpha()  # most words: no digits, marks or apostrophes to look for
    has_digit = not letters and DIGIT.search(word) is not None
    if has_digit and not NUMBER.fullmatch(word) and not CODE.fullmatch(word):
        log_p += _LOG_INNER_PUNCT  # "3million" is in the list, but as a typo
    elif "," in word and NUMBER.fullmatch(word) and not GROUPED.fullmatch(word):
        return _LOG_NUMBER + _LOG_BROKEN_GROUPS  # "2004,10": two numbers, not one
    if not letters and possessive(lower):
        stem = word[:-2] if lower.endswith("'s") else word[:-1]
        return max(log_p, stem_log_p(stem) + _LOG_POSSESSIVE)
    if p > 0:
        pass
    elif (derived := derived_frequency(lower)) > 0:
        log_p = math.log((1 - CACHE_WEIGHT) * derived)
    elif (symbolic := _symbolic_log_probability(word)) is not None:
        return symbolic
    else:
        log_p = _LOG_OOV + _LOG_OOV_PER_CHAR * len(word)
        if not letters:  # marks or digits inside it
            if INNER_PUNCT.search(word):
                log_p += _LOG_INNER_PUNCT
            if SENTENCE_INSIDE.search(word):
                log_p += _LOG_INNER_PUNCT  # "Wedgburg.Ms": a sentence ends inside
            if has_digit and LOWER.search(word):
                log_p += _LOG_INNER_PUNCT  # "grow15%": digits inside a word are as rare
            if len(word) > 1 and "&" in (word[0], word[-1]):
                log_p += _LOG_INNER_PUNCT  # "Marks&": "&" ends no word, but stands for one
    # Capitals inside an unknown word are a sign of a lost break; inside a brand the list
    # knows well ("PlayStation", "YouTube") they are not. (A word in lower case has none.)
    unknown = count == 0 and frequency < KNOWN_WORD and not word.islower()
    if unknown and (camel(word) or (not frequency and ACRONYM_INSIDE.search(word))):
        log_p += _LOG_CAMEL
        log_p = max(log_p, _brand_log_probability(word))
    return log_p


# A name of two capitalised words of the list written as one ("OneMusic", "TalkTalk",
# "GameBoy"): firms and products are named so, at about this rate of a text's tokens.
_BRAND = re.compile(r"([A-Z][a-z]+)([A-Z][a-z]+)")
_LOG_BRAND = math.log(0.01)
# A title before a name, and words that join or open phrases ("TheFantastic", "AndThe"): a lost
# break, not a brand, opens on these.
_NOT_IN_A_BRAND = frozenset(
    """mr mrs ms dr sir lord lady st mt the a an and or but for of in on at to by with from
    as""".split()
)


def _brand_log_probability(word: str) -> float:
    """log P(word) as a brand made of two listed words, or -inf for any other word."""
    parts = _BRAND.fullmatch(word)
    if parts is None or parts.group(1).lower() in _NOT_IN_A_BRAND:
        return -math.inf
    frequencies = word_frequencies()
    left, right = (frequencies.get(part.lower(), 0.0) for part in parts.groups())
    if left < KNOWN_WORD or right < KNOWN_WORD:
        return -math.inf
    return _LOG_BRAND + math.log(left) + math.log(right)


def _symbolic_log_probability(word: str) -> float | None:
    """log P(word) for a number, an abbreviation, a domain or a code; None for anything else."""
    if word.isalpha():
        return None  # each of them has a digit or a full stop
    if NUMBER.fullmatch(word):
        return _LOG_NUMBER
    if ABBREVIATION.fullmatch(word):
        return _LOG_ABBREVIATION
    if DOMAIN.fullmatch(word):
        return _LOG_DOMAIN
    if CODE.fullmatch(word):
        return _LOG_CODE
    return None


@memoised
def unseen_word_log_probability(word: str) -> float:
    """log P(word) for a word the document does not use elsewhere."""
    return word_log_probability(word, 0, 1, unseen_word_log_probability)


def piece_log_probability(piece: str, word_log_p: Callable[[str], float]) -> float:
    """log P(piece) for a token or part of one, punctuation and all, from log P of its words."""
    core, parts, _ = word_parts(piece)
    if not core:
        result = 0.0 if any(c.isalnum() for c in piece) else _LOG_LONE_MARK
    elif not parts:  # a dash standing for a comma or a bracket
        result = _LOG_DASH
    elif len(parts) == 1:
        result = word_log_p(parts[0])
    else:  # a compound: as a whole if known, else as its parts
        whole = word_log_p(core)
        if not word_frequencies().get(core.lower()):
            whole = -math.inf
        joined = sum(word_log_p(p) for p in parts)
        result = max(whole, joined + _LOG_COMPOUND * (len(parts) - 1))
    if parts and (core[0] in DASHES or core[-1] in DASHES):
        result += _LOG_DANGLING_DASH  # "decline-" is likelier "decline" and a dash
    return result


# Pieces and break points are plain tuples, unpacked where they are used, not NamedTuples: a
# long document keeps hundreds of thousands of them, and the garbage collector walks every
# object of a class of its own at each full collection, while it stops tracking a plain tuple
# of strings and numbers.

# One side of a break in a token: (text, lowered, depends_on, unseen, capital):
# - lowered: its core and the parts of it, lower-cased;
# - depends_on: the words whose count in a document its log P depends on;
# - unseen: its log P in a document that uses none of them;
# - capital: its core lower-cased, if that starts with a capital, else None.
Piece = tuple[str, tuple[str, ...], tuple[str, ...], float, str | None]


@memoised
def piece(text: str) -> Piece:
    core = text.lstrip(LEADING).rstrip(TRAILING)
    if core.isascii() and core.isalpha():
        # Most pieces are letters, with marks around them or none ("Gov", "ernment,"): the
        # core is the piece's only part and only word, with no hyphen or apostrophe in it.
        lower = core.lower()
        capital = lower if core[0].isupper() else None
        return text, (lower,), (lower,), unseen_word_log_probability(core), capital
    return any_piece(text)


def any_piece(text: str) -> Piece:
    """`piece` for any text, without its shortcut for letters."""
    core, _, lowered = word_parts(text)
    depends_on = list(lowered)
    for word in lowered:
        while possessive(word):  # "Morocco's" is judged by "Morocco" too
            word = word[:-2] if word.endswith("'s") else word[:-1]
            depends_on.append(word)
    unseen = piece_log_probability(text, unseen_word_log_probability)
    capital = lowered[0] if core and core[0].isupper() else None
    return text, lowered, tuple(depends_on), unseen, capital


def bigram_key(word: str) -> str:
    """How a word is looked up in the bigram list: lower case, without a possessive ending."""
    if word.isalnum():  # most are: no apostrophe in it, so no possessive ending
        return word.lower()
    return possessive_stem(word.lower())


@memoised
def edge_keys(token: str) -> tuple[str, str]:
    """Bigram keys of a token's first and last words ("" where punctuation stands there)."""
    return bigram_key(first_word(token)), bigram_key(last_word(token))


def bigram_log_conditional(first: str, second: str) -> float | None:
    """log P(second | first) for two bigram keys; None where the pair is not listed."""
    followers = bigram_followers().get(first)
    pair = followers.get(second) if followers else None
    unigrams = unigram_counts()
    if not pair or first not in unigrams:
        return None
    return math.log(pair / (_BIGRAM_SCALE * unigrams[first]))


# A place in a token where a lost line break can be, and what scoring it needs that depends on
# the token alone: (at, left, right, across, listed, marks, quote, left_first, right_last):
# - at: where the token breaks; left, right: the `Piece`s either side;
# - across: bigram keys of the words either side, if both are letters or digits, else None;
# - listed: log P(second | first) for `across`, where the bigram list has the pair, else None;
# - marks: log P terms for the punctuation at the break;
# - quote: a straight quote at the break: where, and on the left? (None if there is none);
# - left_first: bigram key of the token's first word (with the word before the token);
# - right_last: bigram key of the token's last word (with the word after it).
BreakPoint = tuple[
    int,
    Piece,
    Piece,
    tuple[str, str] | None,
    float | None,
    tuple[float, ...],
    tuple[int, bool] | None,
    str,
    str,
]


@memoised
def break_points(token: str) -> tuple[BreakPoint, ...]:
    points: list[BreakPoint] = []
    # The first word of any left piece is the token's first word, or the piece if shorter; the
    # same goes for the last word of a right piece. A left piece no longer than the first word
    # is that word's start, so it is its own last word too, and the key across the break is
    # the one it has with the word before (and the same on the right).
    first, last = first_word(token), last_word(token)
    first_key, last_key = bigram_key(first), bigram_key(last)
    for i in split_points(token):
        left, right = token[:i], token[i:]
        left_first = bigram_key(left) if i < len(first) else first_key
        right_last = bigram_key(right) if len(right) < len(last) else last_key
        across = listed = None
        if left[-1].isalnum() and right[0].isalnum():
            across = (
                left_first if i <= len(first) else bigram_key(last_word(left)),
                right_last if len(right) <= len(last) else bigram_key(first_word(right)),
            )
            if all(across):
                listed = bigram_log_conditional(*across)
        # Punctuation at the break: closing marks end words, opening marks start them.
        marks: tuple[float, ...] = ()
        if left[-1] in "'’" and not _OPENING_QUOTE_END.search(left):
            marks = (_LOG_LEADING_MARK,)  # "a'" + "duck": a quote that opens
        elif left[-1] in TRAILING:
            marks = (_LOG_TRAILING_MARK,)
        if right[0] in LEADING or right[0] in "'’":
            marks = (*marks, _LOG_LEADING_MARK)
        quote = None
        if '"' in (left[-1], right[0]):  # which side a straight quote is on
            on_left = left[-1] == '"'
            quote = (i - 1 if on_left else i, on_left)
        points.append(
            (i, piece(left), piece(right), across, listed, marks, quote, left_first, right_last)
        )
    return tuple(points)


class Shape(NamedTuple):
    """What scoring a token that can be split needs, the same in every document."""

    points: tuple[BreakPoint, ...]
    lower: str  # the core lower-cased, as the document's vocabulary counts it
    own: tuple[str, ...]  # its words, which must not vouch for its pieces (`own_words`)
    key: str  # the core as the bigram list is looked up
    capital: str | None  # the core lower-cased, if it starts with a capital
    # log P(token is one word) when that is the same in every document: a word without hyphens
    # or a possessive ending, whose count leaves out the token's own copies, so none are left.
    keep: float | None


@memoised
def token_shape(token: str) -> Shape | None:
    """`token`'s shape for scoring; None for a token no document splits: too short, a number, an
    address, a common word, or one without a place to break."""
    if len(token) < 2 or (SKIP.search(token) and not BROKEN_GROUPS.search(token)):
        return None
    core = token_core(token)
    lower = core.lower()
    if (
        core.isalpha()
        and (core.islower() or core.istitle())
        and word_frequencies().get(lower, 0.0) >= _COMMON
    ):
        return None  # "said", "into", "The", "Government": common words are never two
    points = break_points(token)
    if not points:
        return None
    _, parts, _ = word_parts(token)
    keep = unseen_word_log_probability(core) if parts == (core,) and not possessive(lower) else None
    capital = lower if core and core[0].isupper() else None
    return Shape(points, lower, own_words(token), bigram_key(core), capital, keep)
