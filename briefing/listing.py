"""Lists set in or appended to a story: chronologies, live-text logs, line-ups, fixtures.

A chronology ("15 February 2011 - Protests erupt in Libya"), a live-text log ("Foul by Steve
Morison (Millwall).", "Joe Edwards (Walsall) wins a free kick ..."), a team's line-up, a list of
results: lines made to one pattern, one after another. They are the page's reference material,
not the story: a memo that quotes one as a key point or as background reads as a broken page, and
the names in them are not the story's actors. Both the key points (`summarise.extractive`) and
the names (`entities`) leave them aside.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .records import Document, Paragraph

LIST_RUN = 5  # consecutive short paragraphs, at least, that make a list
LIST_ENTRY_WORDS = 40
ALIKE = 0.7  # how alike two entries' shapes are (difflib's ratio) to follow one pattern
ALIKE_WINDOW = 6  # entries either side an entry is compared with
OPENING = 4  # or the first tokens of their shapes ("Goal ! N 9", "N ( N )") are the same
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# An entry of a chronology: a date, then a dash or a colon.
_DATED_ENTRY = re.compile(
    rf"^(?:\d{{1,2}}\s+{_MONTH_NAME}(?:\s+\d{{4}})?|{_MONTH_NAME}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|"
    rf"{_MONTH_NAME}\s+\d{{4}}|\d{{4}})\s*[-–—:]\s"
)
_SHAPE_TOKEN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|\d[\d,.:]*|\w+|[^\w\s]")


def listing_paragraphs(document: Document) -> frozenset[int]:
    """The paragraphs (by index) that are entries of a list appended to or set in the story:
    at least `LIST_RUN` short paragraphs in a row (one other line may fall between two) that
    each open with a date, have no word in lower case or follow the pattern of an entry near
    them."""
    paragraphs = document.paragraphs
    shapes = [_shape(p.text) if _entry_like(p.text) else None for p in paragraphs]
    patterned = [
        shape is not None
        and (bool(_DATED_ENTRY.match(p.text)) or _wordless(shape) or _has_twin(shapes, n))
        for n, (p, shape) in enumerate(zip(paragraphs, shapes, strict=True))
    ]
    listed: set[int] = set()
    run: list[int] = []  # positions of the patterned entries of the current run
    for n, is_entry in enumerate([*patterned, False, False]):
        if is_entry:
            if run and n - run[-1] > 2:
                run = _close_run(run, paragraphs, listed)
            run.append(n)
        elif run and n - run[-1] >= 2:
            run = _close_run(run, paragraphs, listed)
    # Two lists with a line or two between them are one list: those lines are entries too
    # ("Penalty conceded by ..." between the goals and the shots of one live log).
    marked = [p.index in listed for p in paragraphs]
    for n, shape in enumerate(shapes):
        if shape is not None and not marked[n]:
            before = any(marked[max(0, n - 2) : n])
            after = any(marked[n + 1 : n + 3])
            if before and after:
                listed.add(paragraphs[n].index)
    listed.update(p.index for p in paragraphs if _line_up(p.text))
    return frozenset(listed)


LINE_UP_ENTRIES = 5
LINE_UP_PROSE = 0.15  # the share of words in lower case, at most, of a line-up in one paragraph
_NAME_AND_SIDE = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’-]+)+ \([^()]{1,40}\)")
_LOWER_CASE_WORD = re.compile(r"[a-z][a-z'’-]*[,.;:]?")


# A team sheet written out in one paragraph: surnames set apart by commas and semicolons (by
# position), perhaps a label ("Replacements:") and substitutions with their minute ("Everitt for
# Mapletoft (53)").
_SHEET_LABEL = re.compile(r"^[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2}:\s+")
_NEXT_LABEL = re.compile(r"\.\s+(?=[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2}:\s)")
_SURNAME = r"(?:(?:[a-z]{1,3}|[A-Z]{1,2}\.?) )*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
_SHEET_ENTRY = re.compile(rf"{_SURNAME}(?: for {_SURNAME})?(?: \((?:\d{{1,3}}|capt|c)\))?")
SHEET_ENTRIES = 6
SUBSTITUTIONS = 2
_SUBSTITUTION = re.compile(rf"{_SURNAME} for {_SURNAME} \(\d{{1,3}}\)")


def _team_sheet(text: str) -> bool:
    """Whether the paragraph is a team sheet: at least `SHEET_ENTRIES` entries set apart by
    commas or semicolons, every one a name (or a substitution), and no sentence around them;
    prose that lists places or people has its verb and its "and"."""
    entries = [
        entry
        for part in _NEXT_LABEL.split(text.strip())  # "... (39). Not used: Fury, Brooks"
        for entry in re.split(r"\s*[,;]\s*", _SHEET_LABEL.sub("", part).rstrip("."))
    ]
    if not all(_SHEET_ENTRY.fullmatch(e) for e in entries):
        return False
    # (substitutions with their minutes are a sheet's, however few: "Everitt for Mapletoft (53)")
    changes = sum(bool(_SUBSTITUTION.fullmatch(e)) for e in entries)
    return len(entries) >= SHEET_ENTRIES or changes >= SUBSTITUTIONS


def _line_up(text: str) -> bool:
    """A team's line-up or a list of nominees set in one paragraph: names, each with its side
    or country in brackets, and almost no words in lower case ("J Robinson (Sale Sharks,
    capt); M Cueto (Sale Sharks), M Tait (Newcastle), ..."). In bbc_news and writers_dev every
    paragraph with five such entries has fewer than a tenth of its words in lower case, or more
    than two fifths (prose listing nominees with their films)."""
    if _team_sheet(text):
        return True
    if len(_NAME_AND_SIDE.findall(text)) < LINE_UP_ENTRIES:
        return False
    words = text.split()
    prose = sum(bool(_LOWER_CASE_WORD.fullmatch(w)) for w in words)
    return prose <= LINE_UP_PROSE * len(words)


def _close_run(run: list[int], paragraphs: tuple[Paragraph, ...], listed: set[int]) -> list[int]:
    if len(run) >= LIST_RUN:
        listed.update(p.index for p in paragraphs[run[0] : run[-1] + 1])
    return []


def _entry_like(text: str) -> bool:
    # A chronology's entry may run to a few sentences ("21 August: Rebel fighters enter ...").
    longest = 2 * LIST_ENTRY_WORDS if _DATED_ENTRY.match(text) else LIST_ENTRY_WORDS
    return len(text.split()) <= longest and "\n" not in text.strip()


def _shape(text: str) -> tuple[str, ...]:
    """The entry with names as "N" and numbers as "9": "Foul by N ( N ) ." for "Foul by Steve
    Morison (Millwall)."; the words between names kept, in lower case."""
    shape = []
    for token in _SHAPE_TOKEN.findall(text):
        if token[0].isupper():
            shape.append("N")
        elif token[0].isdigit():
            shape.append("9")
        else:
            shape.append(token.lower())
    return tuple(shape)


def _wordless(shape: tuple[str, ...]) -> bool:
    """Names, numbers and punctuation only, no word in lower case, so no verb: a team sheet's
    line ("Brebner."), its scorers ("Archibald 19, Grady 29"), an attendance ("8,661"). Prose has
    lower-case words, even in a one-line paragraph."""
    return not any(token[0].islower() for token in shape)


def _has_twin(shapes: list[tuple[str, ...] | None], n: int) -> bool:
    """Whether another short paragraph near the n-th follows its pattern."""
    low, high = max(0, n - ALIKE_WINDOW), min(len(shapes), n + ALIKE_WINDOW + 1)
    mine = shapes[n]
    return mine is not None and any(
        mine[:OPENING] == other[:OPENING]
        or SequenceMatcher(None, mine, other, autojunk=False).ratio() >= ALIKE
        for m, other in enumerate(shapes[low:high], start=low)
        if m != n and other is not None
    )
