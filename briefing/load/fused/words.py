"""What the fused-word splitter knows about tokens: shapes, word lists, quotes, split points.

Word frequencies come from `wordfreq` (its large English list), bigram counts from the Google
Books counts that ship with `symspellpy`; both are loaded on first use.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Iterator
from functools import lru_cache, update_wrapper
from pathlib import Path
from typing import TypeVar

SKIP = re.compile(
    r"^(?:https?://|www\.|ftp://)|@|^#\w|^[£$€]?\d(?:[\d,.:/%-]*[\d%])?$"
    r"|(?-i:\.(?:com|org|net|gov|edu|uk|io)\b)"  # a domain's ending is lower case: not "star.UK"
    # a variant's letter after a name ("Zafi.D", "Netsky.P"): no sentence opens on a lone
    # capital but "A" or "I" (two may be an acronym that opens one: "London.US officials")
    r"|(?-i:^[A-Z][a-z]+\.(?![AI]\b)[A-Z][,;:]?$)",
    re.IGNORECASE,
)
# A web address run into the word before it: "officialwww.dec.org.uk".
URL_INSIDE = re.compile(r"(?<=[a-z,.;:])(?:https?://|www\.)", re.IGNORECASE)
LEADING = "\"'“‘«([{<*_"
TRAILING = "\"'”’»)]}>*_.,;:!?…"
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
NUMBER = re.compile(
    r"(?-i:[A-Z]{0,2})[£$€¥]\d(?:[\d,.]*\d)?(?:bn|tn|m|k|p)?"
    r"|#?\d(?:[\d,.:]*\d)?(?:s|st|nd|rd|th|bn|tn|m|k|p|pm|am|ft|mph|kph|kg|km|cm"
    r"|mm|kw|mw|gw|gb|mb|kb|tb|ghz|mhz|secs?|mins?|hrs?|yds?|lbs?|oz|mg|ml|g|x|%|°[cf]?)?",
    re.IGNORECASE,
)
BROKEN_GROUPS = re.compile(r"\d,(?!\d{3}(?:\D|$))\d")  # "2004,10", "19,2006"
GROUPED = re.compile(r"\D*\d{1,3}(?:,\d{3})+(?:\.\d+)?\D*")  # "1,000", "£2,500.50"
ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")
DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co|uk|io|info|tv|fm)")
CODE = re.compile(r"[A-Z]{1,4}\d{1,4}[A-Za-z]?|\d[A-Z]{1,3}")
INNER_PUNCT = re.compile(r"[.,;:!?\"“”()…]")
SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?;,][\"“(]?[A-Z]")
_CAMEL = re.compile(r"[a-z][A-Z]")
# An acronym run into a word: "GMTon", "MEPRobert", "HPinkjet" (but "MPs", "CDs").
ACRONYM_INSIDE = re.compile(r"[A-Z]{2}(?:[a-rt-z]|s[a-z])")
# Capitals inside names that are never a lost break (McDonald, O'Neill, iPhone, eBay) ...
_NAME_PREFIX = re.compile(r"Mc|Mac|O'|D'|[ie]")
# ... and prefixes whose capital is no sign of one either way (DiCaprio, LeBron, but De Zeeuw).
_CAMEL_PREFIX = re.compile(r"Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|O'|D'|[ie]")
TOKEN = re.compile(r"\S+")
DIGIT = re.compile(r"\d")
LOWER = re.compile(r"[a-z]")
PART_SEPARATOR = re.compile(r"[-/–—]")  # between the parts of "counter-terrorism", "and/or"
_QUOTE = re.compile('"')
_SENTENCE_END_INSIDE = re.compile(r"[.!?]['\"’”)]*\s")
_NOT_WORD = re.compile(r"[^\w']+")
_LEADING_DIGITS = re.compile(r"\d*")
_BRITISH_ENDING = re.compile(r"is(e|ed|es|ing|ation|ations|er|ers)$")
DASHES = "-–—"
CLOSERS = ')]}"”’'  # marks that can stand alone before a lost break: ")into"
OPENERS = '([{"“‘'
JOINERS = "-–—/"


Result = TypeVar("Result")


def memoised(function: Callable[[str], Result]) -> Callable[[str], Result]:
    """`function` with its results kept, for pure functions of a token or a piece of one.

    Unlike `lru_cache`, the results live in one plain dict: lru_cache keeps a linked node per
    result, and the garbage collector walking hundreds of thousands of them cost more than the
    caching saved. The dict is emptied when full, so memory stays bounded in a long run. One
    argument only: the splitter calls these millions of times, and a found result then costs
    one dict lookup.
    """
    results: dict[str, Result] = {}

    def cached(text: str) -> Result:
        try:
            return results[text]
        except KeyError:
            if len(results) >= _MEMO_LIMIT:
                results.clear()
            result = results[text] = function(text)
            return result

    cached.cache_clear = results.clear  # type: ignore[attr-defined]
    return update_wrapper(cached, function)


_MEMO_LIMIT = 200_000  # results per function: a few hundred thousand distinct pieces of tokens


# The tables are read from the packages' data files without importing the packages: wordfreq's
# import alone took 0.12 s (it brings ftfy, langcodes and regex), symspellpy's 0.04 s, and every
# `briefing make` waits for the tables before its first article (docs/performance.md).
def _package_file(package: str, name: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{package} is not installed: pip install {package}")
    return Path(next(iter(spec.submodule_search_locations))) / name


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, float]:
    """wordfreq's large English list, {word: frequency}: `wordfreq.get_frequency_dict("en",
    "large")`, read as it reads it (a gzipped msgpack list of words by centibel, its "cBpack").
    Any other layout than the one known here is left to wordfreq itself."""
    import gzip

    import msgpack

    try:
        with gzip.open(_package_file("wordfreq", "data/large_en.msgpack.gz"), "rb") as packed:
            header, *buckets = msgpack.load(packed, raw=False)
    except (OSError, ValueError):
        header, buckets = None, []
    if header != {"format": "cB", "version": 1}:
        from wordfreq import get_frequency_dict

        return get_frequency_dict("en", "large")
    frequencies: dict[str, float] = {}
    for index, bucket in enumerate(buckets):
        frequency = 10 ** (-index / 100)  # wordfreq's cB_to_freq(-index), to the last bit
        for word in bucket:
            frequencies[word] = frequency
    return frequencies


# Frequency in English from which a capitalised word is a word of the language, not only a
# name: "Prevention", "Officer" (about 1e-5 and above) against "Rosneft", "Catalina" (below).
COMMON_WORD = 1e-5


def is_common_word(word: str) -> bool:
    """Whether `word`, lower-cased, is at least as frequent in English as `COMMON_WORD`."""
    return word_frequencies().get(word.lower(), 0.0) >= COMMON_WORD


# Frequency in English below which a word is rare, less than once in a million words: a foreign
# surname ("Bartoli", "Ljungberg"), not "Multimedia" or "Consortium".
RARE_WORD = 1e-6


def is_rare_word(word: str) -> bool:
    """Whether `word`, lower-cased, is less frequent in English than `RARE_WORD`."""
    return word_frequencies().get(word.lower(), 0.0) < RARE_WORD


@lru_cache(maxsize=1)
def unigram_counts() -> dict[str, int]:
    """Word counts from the Google Books n-grams, as shipped with symspellpy."""
    counts: dict[str, int] = {}
    for line in _symspell_lines("frequency_dictionary_en_82_765.txt"):
        word, _, count = line.partition(" ")
        counts[word] = int(count)
    return counts


@lru_cache(maxsize=1)
def bigram_followers() -> dict[str, dict[str, int]]:
    """The bigram counts by first word, then second: looking up a pair needs no string built."""
    followers: dict[str, dict[str, int]] = {}
    for line in _symspell_lines("frequency_bigramdictionary_en_243_342.txt"):
        first, second, count = line.split(" ")
        followers.setdefault(first, {})[second] = int(count)
    return followers


def _symspell_lines(name: str) -> list[str]:
    return _package_file("symspellpy", name).read_text("utf-8").splitlines()


def load_tables() -> None:
    """Read the word tables now (about 0.35 s): each loader worker does as it starts, so that
    they are ready for its first article (`prepare._start_worker`)."""
    word_frequencies()
    unigram_counts()
    bigram_followers()


def token_core(token: str) -> str:
    """A token without the opening marks before it and the closing marks after it."""
    core = token.lstrip(LEADING).rstrip(TRAILING)
    return core if core.isascii() else core.translate(APOSTROPHES)


def inner_quotes_close(tokens: list[str]) -> list[dict[int, bool]]:
    """For each token, which of the straight double quotes inside it ('far."Mark') close a
    quotation, by their position in the token.

    A quote with a space on one side says what it is; a quote inside a token lost that space.
    Such a quote opens a quotation when none is open (or after a colon: 'said:"It'). When one is
    open, it closes it if neither the quotation nor the quote ends a sentence ('"subside"and');
    otherwise it pairs with the next
    quote in the paragraph whose side is clear: it opens (news text often reopens a quotation
    without closing it) if that one closes, and closes if that one opens or there is none.
    On the fused BBC benchmark this puts 95% of such quotes on the right side.
    """
    text = " ".join(tokens)
    if '"' not in text:
        return [{} for _ in tokens]
    kinds = [(m.start(), _quote_kind(text, m.start())) for m in _QUOTE.finditer(text)]
    result: list[dict[int, bool]] = []
    index = opened_at = 0
    quote_open = False
    for token in tokens:
        decisions: dict[int, bool] = {}
        for i, char in enumerate(token if '"' in token else ""):
            if char != '"':
                continue
            kind = kinds[index][1]
            if kind is None:
                following = next((k for _, k in kinds[index + 1 :] if k is not None), None)
                at = kinds[index][0]
                if not quote_open or (i and token[i - 1] == ":"):  # 'said:"It'
                    kind = "open"
                elif token[i - 1] not in ".!?" and not _SENTENCE_END_INSIDE.search(
                    text, opened_at, at
                ):
                    kind = "close"  # a quotation within one sentence: '"subside"throughout'
                elif following is not None:  # pair up with the next clear quote
                    kind = "open" if following == "close" else "close"
                else:
                    kind = "close"
                decisions[i] = kind == "close"
            quote_open = kind == "open"
            if quote_open:
                opened_at = kinds[index][0]
            index += 1
        result.append(decisions)
    return result


def _quote_kind(text: str, at: int) -> str | None:
    """'open' or 'close' for a quote whose spacing shows it; None for one inside a word."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if before == " " and after != " ":
        return "open"
    if after == " " or (after in ".,;:!?)" and (at + 2 >= len(text) or text[at + 2] == " ")):
        return "close" if before != " " else None
    return None


def first_word(token: str) -> str:
    """The first word of a token, when no punctuation stands before it."""
    return _NOT_WORD.split(token, 1)[0] if token and token[0].isalnum() else ""


def last_word(token: str) -> str:
    """The last word of a token, when no punctuation stands after it."""
    return _NOT_WORD.split(token)[-1] if token and token[-1].isalnum() else ""


def possessive_stem(word: str) -> str:
    if not word.isascii():  # the curly apostrophes are not ASCII (isascii reads a flag)
        word = word.translate(APOSTROPHES)
    return word[:-2] if word.endswith("'s") else word.rstrip("'")


@memoised
def own_words(token: str) -> tuple[str, ...]:
    """The lower-cased core of a token and its parts, each once (a tuple: the garbage collector
    walks no tuple of strings, and there is one for each token)."""
    core = token_core(token).lower()
    return tuple(dict.fromkeys([core, *(p for p in PART_SEPARATOR.split(core) if p)]))


@memoised
def word_parts(piece: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A token's core, the parts of the core between hyphens and slashes, and the distinct ones
    of those lower-cased."""
    core = token_core(piece)
    parts = tuple(p for p in PART_SEPARATOR.split(core) if p)
    return core, parts, tuple(dict.fromkeys(p.lower() for p in [core, *parts]))


# Only suffixes no common word looks like: with "s", "ed" or "d", "headded" ("he added") and
# "Europeand" ("Europe and") would pass for words.
_SUFFIXES = ("ing", "ings", "ly", "ers", "ness", "ment", "ments", "able", "ism", "ists")
_PREFIXES = ("un", "re", "non", "pre", "mis", "dis", "anti", "sub", "inter", "mega", "cyber")
_DERIVED = 0.05  # share of a word's frequency that one of its rarer derived forms gets


def derived_frequency(lower: str) -> float:
    """A frequency for a word the list lacks but can build: "regularising" from "regularizing",
    "overbalancing" from "balancing", "unrecycled" from "recycled". Without it, a rare derived
    word looks like two words run together ("regular" + "ising")."""
    if len(lower) < 6 or not lower.isalpha():
        return 0.0
    frequencies = word_frequencies()
    british = "is" in lower and _BRITISH_ENDING.search(lower)
    if british and (american := f"{lower[: british.start()]}iz{british[1]}") in frequencies:
        return frequencies[american]
    if lower.endswith(_SUFFIXES):  # most words have none of these endings or beginnings
        for suffix in _SUFFIXES:
            stem = lower[: -len(suffix)]
            if lower.endswith(suffix) and len(stem) >= 4:
                for candidate in (stem, stem + "e"):
                    if frequencies.get(candidate, 0) > 1e-7:
                        return frequencies[candidate] * _DERIVED
    if lower.startswith(_PREFIXES):
        for prefix in _PREFIXES:
            rest = lower[len(prefix) :]
            if lower.startswith(prefix) and len(rest) >= 5 and frequencies.get(rest, 0) > 1e-7:
                return frequencies[rest] * _DERIVED * 0.1
    return 0.0


def camel(word: str) -> bool:
    for match in _CAMEL.finditer(word):
        if not _CAMEL_PREFIX.fullmatch(word[: match.start() + 1].lstrip(LEADING)):
            return True
    return False


def split_points(token: str) -> Iterator[int]:
    """Where a lost line break can be: between two characters that are not inside one word part."""
    n = len(token)
    alnum = [i for i, c in enumerate(token) if c.isalnum()]
    first_alnum, last_alnum = (alnum[0], alnum[-1]) if alnum else (n, -1)
    # The pieces made only of dashes, closing marks or opening marks, by their length.
    leading_dashes, trailing_dashes = _run(token, DASHES), _run(token[::-1], DASHES)
    leading_closers, trailing_openers = _run(token, CLOSERS), _run(token[::-1], OPENERS)
    for i in range(1, n):
        a, b = token[i - 1], token[i]
        if i <= leading_dashes or n - i <= trailing_dashes:  # a dash: "decline-", "-they"
            if alnum:
                yield i
            continue
        if a.isdigit() and (b.isdigit() or b in ",.%"):
            continue
        if a == "," and b.isdigit() and i > 1 and token[i - 2].isdigit():
            digits = _LEADING_DIGITS.match(token, i).group(0)
            if len(digits) == 3:
                continue  # "1,000": a thousands separator, not a lost break
        elif (a == "." and b.isdigit() and i > 1 and token[i - 2].isdigit()) or (
            a in JOINERS or b in JOINERS
        ):
            continue
        # An ampersand on its own is a word ("Marks&" + "Spencer"), inside one it is not ("R&B").
        lone_before = a == "&" and token[:i].lstrip(LEADING) == "&"
        lone_after = b == "&" and token[i:].rstrip(TRAILING) == "&"
        if not (a.isalnum() or a in TRAILING or a in "%$£€'’" or lone_before) or not (
            b.isalnum() or b in LEADING or b in "$£€'’" or lone_after
        ):
            continue
        if a.islower() and b.isupper() and _NAME_PREFIX.fullmatch(token[:i].lstrip(LEADING)):
            continue
        if a.isalpha() and token[i:].rstrip(TRAILING) in ("s", "S"):
            # "Kinnaree|s" where the article has "Kinnaree" too: a plural's ending, never a
            # word of its own
            continue
        if (first_alnum < i or i <= leading_closers or lone_before) and (
            last_alnum >= i or n - i <= trailing_openers or lone_after
        ):
            yield i


def _run(text: str, chars: str) -> int:
    """How many of the first characters of `text` are among `chars`."""
    return len(text) - len(text.lstrip(chars))
