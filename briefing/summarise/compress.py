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
    text = sentence.strip()
    stripped = _AGENCY_TAG.sub("", text, count=1)
    stripped = _PHOTO_NOTE.sub("", stripped)
    stripped = _TRAILING_ATTRIBUTION.sub(lambda m: m["end"] or ".", stripped)
    stripped = _CONNECTIVE.sub("", stripped, count=1)
    match = _ATTRIBUTION.match(stripped)
    # Keep attributions that carry a name or number: who said it can be the news.
    if match and not re.search(r"\d|\b[A-Z][a-z]+\s[A-Z][a-z]+", match.group(0)[1:]):
        stripped = stripped[match.end() :]
    if stripped != text:
        text = _capitalise(stripped)
    if len(text.split()) > max_words:
        text = _trim_clauses(text, max_words)
    return text


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _trim_clauses(text: str, max_words: int) -> str:
    """Cut at the last clause boundary that leaves at most `max_words` words (at least 8)."""
    best = None
    for match in _CLAUSE_BREAK.finditer(text):
        head = text[: match.start()]
        n = len(head.split())
        if n > max_words:
            break
        if n >= 8:
            best = head
    if best is None:
        return " ".join(text.split()[:max_words]).rstrip(",;:") + "…"
    return best.rstrip(" ,;:") + "."
