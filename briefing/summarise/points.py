"""Generated text into key points: split, clean, drop fragments and repeats, rank grounded first."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from ..ground import unsupported_terms
from ..segment import split_sentences

Embed = Callable[[Sequence[str]], np.ndarray]

MIN_WORDS = 3
NEAR_DUPLICATE = 0.9  # cosine of sentence embeddings above which two points say the same thing
SAME_WORDS = 0.8  # Jaccard overlap of content words above which two points say the same thing

_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*$")
_WORD = re.compile(r"\w+")


def split_points(text: str) -> list[str]:
    """Sentences of generated text: lines (bullets stripped), then the segmenter's sentences.

    A last sentence cut off by the token limit (no closing punctuation) is dropped when there are
    others; short fragments are dropped.
    """
    text = text.replace("<n>", "\n")  # PEGASUS writes its newlines as a token
    sentences: list[str] = []
    for line in text.splitlines():
        line = _BULLET.sub("", line).strip()
        if line:
            sentences.extend(line[a:b].strip() for a, b in split_sentences(line))
    if len(sentences) > 1 and not _ENDS_SENTENCE.search(sentences[-1]):
        sentences.pop()
    return [s for s in sentences if len(_WORD.findall(s)) >= MIN_WORDS]


def distinct(texts: Sequence[str], embed: Embed | None = None) -> list[str]:
    """`texts` in order, without exact or near duplicates (the first wording is kept)."""
    vectors = embed(list(texts)) if embed is not None and texts else None
    kept: list[int] = []
    seen: set[str] = set()
    for i, text in enumerate(texts):
        words = frozenset(w.lower() for w in _WORD.findall(text))
        key = " ".join(sorted(words))
        if key in seen:
            continue
        if any(_jaccard(words, texts[j]) >= SAME_WORDS for j in kept):
            continue
        if (
            vectors is not None
            and kept
            and float((vectors[kept] @ vectors[i]).max()) >= NEAR_DUPLICATE
        ):
            continue
        seen.add(key)
        kept.append(i)
    return [texts[i] for i in kept]


def grounded_first(texts: Sequence[str], article_text: str) -> list[str]:
    """Points whose names and numbers all appear in the article first, each group in order.

    The first point becomes the memo's bottom line: it should not be one that invents a fact.
    """
    flagged = [bool(unsupported_terms(t, article_text)) for t in texts]
    return [t for t, bad in zip(texts, flagged, strict=True) if not bad] + [
        t for t, bad in zip(texts, flagged, strict=True) if bad
    ]


def _jaccard(words: frozenset[str], other: str) -> float:
    other_words = {w.lower() for w in _WORD.findall(other)}
    union = words | other_words
    return len(words & other_words) / len(union) if union else 1.0
