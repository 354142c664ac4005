"""Chunking: an article into pieces that fit a model's input, cut only between paragraphs.

A paragraph too long for one piece is cut between sentences, and a sentence too long for one piece
between words: nothing is ever dropped. Pieces are balanced (an
article of 1.2 inputs becomes two pieces of 0.6, not 1.0 and 0.2), so each summary gets enough
text and batches pad little.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...records import Document

# Token counts of texts, without special tokens: one tokenizer call for many texts.
CountTokens = Callable[[Sequence[str]], list[int]]

PARAGRAPH_BREAK = "\n"
SEPARATOR_COST = 1  # tokens a paragraph break may add when two units are joined


@dataclass(frozen=True)
class Chunk:
    """A piece of one article: the text the model reads and the paragraphs (1-based) it covers."""

    text: str
    paragraphs: tuple[int, ...]
    tokens: int


@dataclass(frozen=True)
class _Unit:
    text: str
    paragraph: int
    tokens: int


def plan_chunks(document: Document, count: CountTokens, budget: int) -> list[Chunk]:
    """Chunks covering every paragraph of `document`, in order, each at most `budget` tokens."""
    if budget < 8:
        raise ValueError(f"a chunk budget of {budget} tokens is too small to summarise anything")
    paragraphs = document.paragraphs
    sizes = count([p.text for p in paragraphs])
    units: list[_Unit] = []
    for paragraph, size in zip(paragraphs, sizes, strict=True):
        if size <= budget:
            units.append(_Unit(paragraph.text, paragraph.index, size))
            continue
        sentences = []
        for sentence, tokens in zip(
            paragraph.sentences, count([s.text for s in paragraph.sentences]), strict=True
        ):
            if tokens <= budget:
                sentences.append(sentence.text)
            else:
                sentences.extend(split_words(sentence.text, tokens, count, budget))
        for piece in pack(count(sentences), budget):
            text = " ".join(sentences[i] for i in piece)
            units.append(_Unit(text, paragraph.index, count([text])[0]))
    pending = pack([u.tokens for u in units], budget)
    chunks = []
    while pending:
        group = pending.pop(0)
        text = PARAGRAPH_BREAK.join(units[i].text for i in group)
        tokens = count([text])[0]
        if tokens > budget and len(group) > 1:
            # Joined text can tokenise a little longer than its parts: split rather than cut.
            half = len(group) // 2
            pending[:0] = [group[:half], group[half:]]
            continue
        paragraphs = tuple(dict.fromkeys(units[i].paragraph for i in group))
        chunks.append(Chunk(text, paragraphs, tokens))
    return chunks


def split_words(text: str, tokens: int, count: CountTokens, budget: int) -> list[str]:
    """A sentence longer than the model's input, cut between words into pieces that fit.

    Rare (tables, lists and run-on text the segmenter could not split), but it must not be lost.
    """
    words = text.split()
    parts = max(2, math.ceil(tokens / budget))
    while True:
        size = math.ceil(len(words) / parts)
        pieces = [" ".join(words[i : i + size]) for i in range(0, len(words), size)]
        if max(count(pieces)) <= budget or size == 1:
            return pieces
        parts += 1


def pack(sizes: Sequence[int], budget: int) -> list[list[int]]:
    """Consecutive groups of items (as indices), each within `budget` tokens, sizes balanced.

    An item larger than the budget on its own gets a group to itself (the caller decides what to
    do with it). A separator token between joined items is counted.
    """
    if not sizes:
        return []
    remaining = sum(sizes) + SEPARATOR_COST * (len(sizes) - 1)
    groups_left = max(1, math.ceil(remaining / budget))
    target = remaining / groups_left
    groups: list[list[int]] = [[]]
    used = 0
    for i, size in enumerate(sizes):
        extra = size + (SEPARATOR_COST if groups[-1] else 0)
        over_budget = used + extra > budget
        # Close the group where its size lands nearest the target (balanced groups).
        past_target = groups_left > 1 and used + extra - target > target - used
        if groups[-1] and (over_budget or past_target):
            remaining -= used + SEPARATOR_COST
            groups_left = max(1, groups_left - 1, math.ceil(remaining / budget))
            target = remaining / groups_left
            groups.append([])
            used, extra = 0, size
        groups[-1].append(i)
        used += extra
    return groups
