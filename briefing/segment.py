"""Segment: paragraphs into sentences, with a rule-based splitter that knows abbreviations."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from .records import Article, Document, Paragraph, Sentence


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd  # a few ms to import; kept out of `briefing --help`

    segmenter = pysbd.Segmenter(language="en", clean=False)
    segmenter.language_module = _skipping_unused_abbreviations(segmenter.language_module)
    return segmenter


def _skipping_unused_abbreviations(language: type) -> type:
    """pysbd's `language`, whose abbreviation search skips abbreviations no period follows.

    For every line, pysbd takes each of its 188 English abbreviations that the line contains
    anywhere ("a", "no" and "st" are in most lines), finds its occurrences with a regex, and
    replaces the period after each one. Every replacement is of a period right after the
    abbreviation, so an abbreviation that is never followed by one changes nothing: here a
    substring test skips it. Abbreviations that are patterns themselves ("e.g", "u.s": pysbd
    does not escape the ".") are searched as pysbd does. Every paragraph of bbc_news, writers_dev
    and `inputs/` (13,585) gets the same sentences as from stock pysbd, in 7.5 s instead of 15.0
    (`benchmarks/sentence_splitter.py`); the 4,447 paragraphs of 1,000 BBC articles that reach
    pysbd in `briefing make`, 2.4 s instead of 5.2.
    """
    base = language.AbbreviationReplacer
    plain = {s for a in language.Abbreviation.ABBREVIATIONS if re.escape(s := a.strip()) == s}

    class AbbreviationReplacer(base):  # type: ignore[misc, valid-type]
        def search_for_abbreviations_in_string(self, text):
            # pysbd 0.3.4's loop, with the test for a following period added.
            lowered = text.lower()
            for abbr in self.lang.Abbreviation.ABBREVIATIONS:
                stripped = abbr.strip()
                if stripped not in lowered:
                    continue
                if stripped in plain and f"{stripped}." not in lowered:
                    continue
                matches = re.findall(rf"(?:^|\s|\r|\n){stripped}", text, flags=re.IGNORECASE)
                if not matches:
                    continue
                next_characters = re.findall(r"(?<={" + re.escape(stripped) + "} ).{1}", text)
                for index, match in enumerate(matches):
                    text = self.scan_for_replacements(text, match, index, next_characters)
            return text

    return type(language.__name__, (language,), {"AbbreviationReplacer": AbbreviationReplacer})


# pysbd ends sentences only at these marks; a paragraph with none before its end is one sentence.
_TERMINATOR = re.compile(r"[.!?。．！？…]")
_CLOSING = "\"'”’)]}.!?。．！？…"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences in `text`, whitespace trimmed."""
    stripped = text.strip()
    if stripped and not _TERMINATOR.search(stripped.rstrip(_CLOSING)) and not _lost_stops(text):
        # A third of news paragraphs are a single sentence: no need for pysbd's ~2 ms.
        start = text.find(stripped)
        return [(start, start + len(stripped))]
    # A quotation that runs over several paragraphs opens each with a quotation mark and closes
    # only the last; where the paragraphs were run together ('... in sport. "In coming to a
    # decision ...'), pysbd pairs the marks wrongly and keeps the reporter's sentences between
    # two of them in one. Each new quotation's opening is a sentence's start anyway: pysbd reads
    # the parts apart.
    bounds = sorted({0, *_reopened_quotations(text), *_lost_stops(text), len(text)})
    spans: list[tuple[int, int]] = []
    for first, last in pairwise(bounds):
        spans.extend((first + a, first + b) for a, b in _split(text[first:last]))
    return spans


def _reopened_quotations(text: str) -> list[int]:
    """Where a quotation opens right after a sentence's end while the one before is still open:
    the next paragraph of a quotation, run together with the one before."""
    found = []
    quoting = False
    for mark in _QUOTATION_MARKS.finditer(text):
        i = mark.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = mark.group() == "“" or (
            mark.group() == '"' and (before.isspace() or before in "([:") and not after.isspace()
        )
        if not opens:
            quoting = False
        else:
            if quoting and _AFTER_A_SENTENCE.search(text, max(0, i - 8), i):
                found.append(i)
            quoting = True
    return found


# A word in lower case, then a capitalised word that opens sentences and never continues one,
# then a word in lower case: "... a likely theme. - Possible help for pensioners The stamp duty
# threshold rise is intended ...", "... in violation of copyright law It added that ...". The
# page the text was taken from ended the sentence (or a heading, or a list's item) with a line
# break that was lost; a title keeps its capitals ("show Faking It and", "read The Times").
_LOST_STOP = re.compile(
    r"(?<![\w’'-])[a-z]{3,} (?P<opening>(?:The|As|But|However|This|It|He|She|They|We|In|Mr|Ms|"
    r"Mrs) [a-z])"
)


def _lost_stops(text: str) -> list[int]:
    """Where a sentence starts whose stop before it was lost (see `_LOST_STOP`)."""
    return [found.start("opening") for found in _LOST_STOP.finditer(text)]


_QUOTATION_MARKS = re.compile(r'["“”]')
_AFTER_A_SENTENCE = re.compile(r"[.!?]\s+$")


def _split(text: str) -> list[tuple[int, int]]:
    """pysbd's sentences of `text`, as spans."""
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
        if spans and _DANGLING_CLOSE.match(piece):
            # '... early." Hewitt played down ...' split as 'early.' and '" Hewitt ...': a
            # straight quote before a space closes the quotation before it, never opens one
            last_start, _ = spans[-1]
            spans[-1] = (last_start, start + 1)
            start = start + 1 + len(piece[1:]) - len(piece[1:].lstrip())
        spans.append((start, end))
        cursor = end
    return spans


_DANGLING_CLOSE = re.compile(r"[\"”’']\s+\S")


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


def capitalised_inside_a_sentence(word: str, text: str) -> bool:
    """Whether the text writes the word, capitalised, other than at a sentence's start: a
    name's word ("Bath's starting line-up"), where a sentence's opening capital says nothing."""
    for found in re.finditer(rf"\b{re.escape(word)}\b", text):
        # (the few characters before it: a sentence's end, then spaces and quotation marks)
        before = text[max(0, found.start() - 8) : found.start()].rstrip(" \"'“‘”’")
        if before and not before.endswith((".", "!", "?", ":")):
            return True
    return False
