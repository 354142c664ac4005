"""Segment: paragraphs into sentences, with a rule-based splitter that knows abbreviations."""

from __future__ import annotations

import re
from functools import lru_cache

from .records import Article, Document, Paragraph, Sentence


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd  # a few ms to import; kept out of `briefing --help`

    return pysbd.Segmenter(language="en", clean=False)


# pysbd ends sentences only at these marks; a paragraph with none before its end is one sentence.
_TERMINATOR = re.compile(r"[.!?。．！？…]")
_CLOSING = "\"'”’)]}.!?。．！？…"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences in `text`, whitespace trimmed."""
    stripped = text.strip()
    if stripped and not _TERMINATOR.search(stripped.rstrip(_CLOSING)):
        # A third of news paragraphs are a single sentence: no need for pysbd's ~2 ms.
        start = text.find(stripped)
        return [(start, start + len(stripped))]
    spans: list[tuple[int, int]] = []
    cursor = 0
    # pysbd's own segment() finds each sentence again in the text with a regex compiled for
    # that sentence (a third of its time); the spans are found here with str.find instead.
    # Same spans on all 12,976 paragraphs of bbc_news and writers_dev.
    for piece in _segmenter().processor(text).process():
        piece = piece.strip()
        if not piece:
            continue
        start = text.find(piece, cursor)
        if start < 0:  # pysbd normalised something; fall back to the cursor
            start = cursor
        end = start + len(piece)
        spans.append((start, end))
        cursor = end
    return spans


def segment(article: Article) -> Document:
    paragraphs = []
    for number, text in enumerate(article.paragraphs, start=1):
        sentences = tuple(
            Sentence(text=text[a:b], paragraph=number, start=a, end=b)
            for a, b in split_sentences(text)
            if re.search(r"\w", text[a:b])
        )
        paragraphs.append(Paragraph(index=number, text=text, sentences=sentences))
    return Document(article=article, paragraphs=tuple(p for p in paragraphs if p.sentences))
