"""Light, fact-preserving compression of an extracted sentence.

Only ever removes words: a leading connective ("Notably,"), a leading attribution ("Sources
familiar with the talks said that"), or trailing clauses past the length budget. Never rewrites.
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


def compress(sentence: str, max_words: int = MAX_WORDS) -> str:
    text = sentence.strip()
    stripped = _CONNECTIVE.sub("", text, count=1)
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
