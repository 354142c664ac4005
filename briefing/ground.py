"""Ground: tie every key point to the paragraph and sentences it came from.

Extracted points already know their sentence. Written points (abstractive engines) are matched to
the sentences that best support them by word overlap, and, when a sentence encoder is given, by
embedding similarity; names and numbers the article never states are flagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from .records import Document, Draft, KeyPoint

Embed = Callable[[Sequence[str]], np.ndarray]

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][a-z]+)?")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z]+(?:[\s-][A-Z][a-zA-Z]+)*")
_STOP = frozenset(
    (
        "a an the and or but of to in on at by for with from as is are was were be been it its "
        "this that these those he she they we you i his her their our not no has have had will "
        "would"
    ).split()
)


def ground(
    document: Document, drafts: Sequence[Draft], embed: Embed | None = None
) -> list[KeyPoint]:
    sentences = document.sentences
    if not sentences:
        return []
    body = " ".join(p.text for p in document.paragraphs)
    vectors = None
    if embed is not None and any(not d.sentences for d in drafts):
        vectors = embed([s.text for s in sentences] + [d.text for d in drafts])
    points = []
    for n, draft in enumerate(drafts):
        if draft.sentences:
            support = overlap(draft.text, " ".join(sentences[i].text for i in draft.sentences))
            chosen = draft.sentences
            support = max(support, 1.0 if draft.text in sentences[chosen[0]].text else support)
        else:
            lexical = np.array([overlap(draft.text, s.text) for s in sentences])
            scores = lexical
            if vectors is not None:
                semantic = vectors[: len(sentences)] @ vectors[len(sentences) + n]
                scores = 0.5 * lexical + 0.5 * np.clip(semantic, 0.0, 1.0)
            best = int(np.argmax(scores))
            chosen, support = (best,), float(scores[best])
        points.append(
            KeyPoint(
                text=draft.text,
                paragraph=sentences[chosen[0]].paragraph,
                paragraphs=tuple(dict.fromkeys(sentences[i].paragraph for i in chosen)),
                sentences=tuple(chosen),
                support=round(float(support), 3),
                unsupported=unsupported_terms(draft.text, body),
            )
        )
    return points


def overlap(claim: str, evidence: str) -> float:
    """Share of the claim's content words that the evidence contains."""
    words = {w.lower() for w in _WORD.findall(claim)} - _STOP
    if not words:
        return 0.0
    found = {w.lower() for w in _WORD.findall(evidence)}
    return len(words & found) / len(words)


def unsupported_terms(text: str, article_text: str) -> tuple[str, ...]:
    """Numbers and capitalised names in `text` that never appear in the article."""
    haystack = article_text.lower()
    stated = {n.replace(",", "") for n in _NUMBER.findall(article_text)}
    missing = [n for n in _NUMBER.findall(text) if n.replace(",", "") not in stated]
    for name in _NAME.findall(text):
        if name.lower() not in haystack and name.lower() not in _STOP:
            missing.append(name)
    return tuple(dict.fromkeys(missing))
