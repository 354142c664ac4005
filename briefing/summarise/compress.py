"""Light, fact-preserving compression of an extracted sentence.

Only ever removes words: a news-agency tag ("(CNN) --"), a leading connective ("Notably,"), a
leading or trailing anonymous attribution ("Sources familiar with the talks said that", ", police
said."), a pointer to a photo ("(pictured)"), or trailing clauses past the length budget. Never
rewrites, and keeps any attribution that names someone or carries a number.
"""

from __future__ import annotations

import re

MAX_WORDS = 35

_CONNECTIVE = re.compile(
    r"^(?:notably|however|meanwhile|additionally|moreover|furthermore|also|indeed|"
    r"in addition|in fact|at the same time|separately|similarly|nevertheless|nonetheless|"
    r"as a result|in particular|importantly|crucially|overall|still|yet|but|and|so)\s*,\s+",
    re.IGNORECASE,
)
# "<up to ~10 words> say(s)/said/indicate(s)/note(s)/... that <clause>"
_ATTRIBUTION = re.compile(
    r"^(?:[\w’'\-]+\s){1,10}?(?:say|says|said|indicate|indicates|indicated|note|notes|noted|"
    r"believe|believes|point out|points out|pointed out|suggest|suggests|suggested|"
    r"report|reports|reported|argue|argues|argued)\s+that\s+",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"(?:,|;|\s[—–-])\s")
# "(CNN) -- ", "LONDON, England (CNN) -- ", "Miami (CNN)World ...": a wire tag, not the news.
_AGENCY_TAG = re.compile(
    r"^(?:[A-Z][\w.'\- ]{0,40}?(?:,\s*[A-Z][\w.' ]{0,30})?\s*)?"
    r"\((?:CNN|AP|AFP|Reuters|EW\.com|CNN Student News)\)\s*(?:[—–-]{1,2}\s*)?"
)
# "(pictured)", "(left)", "(above, with her son)": where the photo is, not what happened.
_PHOTO_NOTE = re.compile(
    r"\s\((?:pictured|picture|photo|file photo|left|right|centre|center|above|below|inset|top|"
    r"bottom|front|back)\b[^()]{0,60}\)",
    re.IGNORECASE,
)
# ", police said." / ", the official said." / ", according to officials.": anonymous sources.
_TRAILING_ATTRIBUTION = re.compile(
    r",\s(?:(?:he|she|they|it|police|officials|sources|the [a-z]+(?: [a-z]+)?)\s"
    r"(?:said|says|added|told [a-z]+)|according to (?:police|officials|sources|the [a-z]+))"
    r"(?P<end>[.!]?[\"”’']?)$"
)


def compress(sentence: str, max_words: int = MAX_WORDS) -> str:
    """The sentence without framing, cut to `max_words` (with "…" when no clause can go)."""
    text = _strip_framing(sentence)
    if len(text.split()) > max_words:
        head = _trim_clauses(text, max_words)
        text = head if head else " ".join(text.split()[:max_words]).rstrip(",;:") + "…"
    return text


def fits(sentence: str, max_words: int = MAX_WORDS) -> bool:
    """Whether the sentence comes down to `max_words` by dropping framing or a trailing clause."""
    text = _strip_framing(sentence)
    return len(text.split()) <= max_words or _trim_clauses(text, max_words) is not None


def _strip_framing(sentence: str) -> str:
    text = sentence.strip()
    stripped = _AGENCY_TAG.sub("", text, count=1)
    stripped = _PHOTO_NOTE.sub("", stripped)
    stripped = _TRAILING_ATTRIBUTION.sub(lambda m: m["end"] or ".", stripped)
    stripped = _CONNECTIVE.sub("", stripped, count=1)
    match = _ATTRIBUTION.match(stripped)
    # Keep attributions that carry a name or number: who said it can be the news.
    if match and not re.search(r"\d|\b[A-Z][a-z]+\s[A-Z][a-z]+", match.group(0)[1:]):
        stripped = stripped[match.end() :]
    return _capitalise(stripped) if stripped != text else text


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _trim_clauses(text: str, max_words: int) -> str | None:
    """The longest head, at most `max_words` words (at least 8), that ends where a trailing clause
    can go without changing what the head says; None when there is no such place."""
    best = None
    for match in _CLAUSE_BREAK.finditer(text):
        head, tail = text[: match.start()], text[match.end() :]
        n = len(head.split())
        if n > max_words:
            break
        if n >= 8 and _detachable(head, match.group(0), tail):
            best = head
    return best.rstrip(" ,;:") + "." if best else None


def _detachable(head: str, delimiter: str, tail: str) -> bool:
    """A trailing clause can go when the head is a whole clause and the tail only adds to it."""
    # Inside an open aside or quotation, the head is not a whole sentence.
    if head.count("(") != head.count(")") or _count_quotes(head) % 2:
        return False
    if len(_DASH.findall(head)) % 2:
        return False
    first_break = _CLAUSE_BREAK.search(head)
    # "As a sequel to the special, ..." : a fronted phrase alone is not a sentence.
    if _FRONTED.match(head) and first_break is None:
        return False
    if delimiter.strip() in "—–-":
        return True  # an appended comment: "... title - and entered the record books"
    word = tail.split(maxsplit=1)[0].lower() if tail.split() else ""
    if word in _RELATIVE or word in ("a", "an", "the"):
        # A closing relative clause or appositive can go; "Morison, who scored the goal, told ..."
        # or "The plan, the first in years, passed" is an aside in the middle: it cannot.
        return _CLAUSE_BREAK.search(tail) is None
    return word in _TRAILING_STARTS or (word.endswith("ing") and word not in _NOT_PARTICIPLES)


def _count_quotes(text: str) -> int:
    # Straight double quotes and curly ones; apostrophes are too often possessives to count.
    return text.count('"') + text.count("“") + text.count("”")


_DASH = re.compile(r"\s[—–-]\s")
_FRONTED = re.compile(
    r"^(?:as|with|after|before|although|though|while|when|if|despite|since|because|following|"
    r"according|at|in|on|during|amid|for|from|having|speaking|unlike|like|once|until)\b",
    re.IGNORECASE,
)
_RELATIVE = frozenset({"which", "who", "whom", "whose", "where"})
_TRAILING_STARTS = frozenset(
    """as although though but and while whereas after before because since so including
    according amid despite than""".split()
)
_NOT_PARTICIPLES = frozenset({"during", "notwithstanding", "nothing", "something", "everything"})
