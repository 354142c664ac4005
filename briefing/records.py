"""The records that flow between stages: load -> segment -> summarise -> ground -> render.

Every record is a small frozen dataclass. Nothing mutable and no tensors cross a stage boundary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Source:
    """Where an article came from, as far as the loader could tell."""

    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    dateline: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """One input file, cleaned: a title, metadata and body paragraphs."""

    path: Path
    sha256: str
    title: str
    paragraphs: tuple[str, ...]
    source: Source = field(default_factory=Source)


@dataclass(frozen=True)
class Sentence:
    """A sentence, located by its paragraph (1-based) and character offsets inside it."""

    text: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    index: int  # 1-based, as cited in the memo (¶n)
    text: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Mention:
    """A named-entity mention found by the language pipeline: its text, its label (spaCy's:
    PERSON, ORG, GPE, LOC, NORP, ...), the paragraph it is in (1-based; 0 is the title) and its
    character offsets in that paragraph."""

    text: str
    label: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """An article split into paragraphs and sentences: what every engine reads.

    `mentions` holds the named entities the language pipeline found, in reading order, and
    `statements` whether each sentence is a statement (a finite verb, not an imperative); both
    None when the document has not been read by it (see `language.read_language`).
    """

    article: Article
    paragraphs: tuple[Paragraph, ...]
    mentions: tuple[Mention, ...] | None = None
    statements: tuple[bool, ...] | None = None

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)


@dataclass(frozen=True)
class Draft:
    """A piece of text an engine wrote or picked, before grounding.

    `sentences` holds indices into `Document.sentences` when the engine knows them (extractive
    engines always do); grounding fills in the rest.
    """

    text: str
    sentences: tuple[int, ...] = ()


@dataclass(frozen=True)
class Summary:
    """What an engine returns for one document: key points ranked by importance, best first."""

    points: tuple[Draft, ...]
    background: tuple[Draft, ...] = ()
    warnings: tuple[
        str, ...
    ] = ()  # what the reader should know, e.g. text the model could not read


@dataclass(frozen=True)
class KeyPoint:
    """A key point tied to its source: the paragraphs (1-based) and sentences that support it;
    `paragraph` is the first of them."""

    text: str
    paragraph: int
    sentences: tuple[int, ...]
    support: float  # 0..1: how well the cited sentences back the text (1.0 for verbatim extracts)
    unsupported: tuple[str, ...] = ()  # names and numbers in the text that the article never states
    rank: int = (
        0  # the engine's ranking, 0 = best (the bottom line); layout drops the highest first
    )
    watch: bool = False  # states a dated future event: printed as "What to watch"
    # Every paragraph its sentences come from, in order (a point joined from two sentences can
    # span two); empty means `paragraph` alone.
    paragraphs: tuple[int, ...] = ()


def paragraph_label(paragraphs: Sequence[int]) -> str:
    """Paragraph numbers as cited: a run of consecutive ones as "3–5", others joined by ", "."""
    runs: list[list[int]] = []
    for n in sorted(set(paragraphs)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


@dataclass(frozen=True)
class Entity:
    """One person, organisation or place the article names: the fullest name it gives, the
    other forms it uses (aliases), how often and in which paragraphs (1-based; 0 is the title)
    it is mentioned, and a short role when the text gives one ("running mate")."""

    name: str
    kind: str  # "person", "organisation" or "place"
    aliases: tuple[str, ...] = ()
    mentions: int = 1
    role: str | None = None
    paragraphs: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        """The name as the memo lists it: "William Ruto, running mate"."""
        return f"{self.name}, {self.role}" if self.role else self.name


@dataclass(frozen=True)
class Entities:
    """The people, organisations and places the memo lists, most salient first, and every
    entity the article names (`found`, for the JSON)."""

    people: tuple[Entity, ...] = ()
    organisations: tuple[Entity, ...] = ()
    places: tuple[Entity, ...] = ()
    found: tuple[Entity, ...] = ()


@dataclass(frozen=True)
class EngineInfo:
    name: str
    model: str


@dataclass(frozen=True)
class Memo:
    """Everything a template needs, and nothing it has to compute."""

    document: Document
    bluf: KeyPoint
    key_points: tuple[KeyPoint, ...]
    background: str
    engine: EngineInfo
    generated_at: str
    entities: Entities = field(default_factory=Entities)
    opinion: bool = False  # the writer's own view (a column, a review), not a report
    # Each background sentence and the paragraph it comes from, as the engine gave them; the
    # background may be cut to fit the page, and cites the paragraphs of those it still holds.
    background_sources: tuple[tuple[str, int], ...] = ()
