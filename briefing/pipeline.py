"""The pipeline: load -> segment -> summarise -> ground -> render, one batch of articles at a time.

A failure in one article is reported as that article's outcome; the others go on, and every memo
already written stays written.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from jinja2 import TemplateError

from .cache import CachedSummary, ReadingCache, SummaryCache
from .config import Settings
from .encoder.runtime import one_blas_thread, usable_cores
from .entities import extract_entities
from .errors import BriefingError, InputError, UnexpectedError, describe
from .ground import Embed, ground
from .lane import EngineLane, Summarised
from .language import load_pipeline, parsed_together
from .load.fused.words import word_frequencies
from .load.meta import BE_FORMS, addresses_reader, imagines
from .output.folder import OutputFolder
from .output.writers import MemoWriters, writer_folder
from .prepare import documents, start_method
from .records import Document, Draft, EngineInfo, Entities, Entity, KeyPoint, Memo, Summary
from .summarise import Engine, create_engine
from .summarise.standalone import (
    BODY_NOUNS,
    NEWS_MARKS,
    NO_NAME_NOR_FIGURE,
    NOT_A_PLAN,
    PLAN_VERBS,
    PROMISE_VERBS,
    PUT_OFF,
    ROLE_NOUNS,
    THE_NAMES,
    TIMETABLE_VERBS,
    dated_future,
    drop_connective,
    future_markers,
    said_in_general,
    written_as_opinion,
)
from .titles import DEMONYMS, TITLES

# Articles per engine call: enough for full encoder batches (about 550 sentences), few enough to
# stream, and little left queued when the last file is read (see `BATCHES_AHEAD`). A cold run of
# 1,000 BBC articles with one batch queued took 79.2, 69.2, 73.3 and 79.5 s with 32 against
# 81.4, 72.4, 80.7 and 80.7 s with 64 (alternated runs, one pair at a time).
BATCH = 32
# Batches queued for the engine, behind the one it runs, before the main thread waits for the
# oldest. The engine's rules and the memos' building and writing are Python on one
# interpreter lock, and the loaders are faster than both: whatever is queued when the last file
# is read is finished on about one core. With 3 queued, a cold run of 1,000 BBC articles ended
# on some 15 s of one busy core; with 1, it took 77.8 and 79.4 s (139.9 and 142.5 CPU s) against
# 90.7 and 88.5 (156.7 and 155.0), alternated runs; with none, the engine waits for each batch to
# be written (101.2 and 87.5 s). (Batches of 64 articles then.)
BATCHES_AHEAD = 1
LAST_BATCH = BATCH // 4  # the size of the last batches, and the least sent to an idle engine


@dataclass(frozen=True)
class Outcome:
    """What became of one input file."""

    path: Path
    files: tuple[Path, ...] = ()
    title: str | None = None
    points: int = 0
    error: str | None = None
    warning: str | None = None
    note: str | None = None  # what layout left out to fit one page
    memo: Memo | None = None  # for the digest

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def skipped(self) -> bool:
        """Not failed, yet nothing written: the input repeats an earlier one's content."""
        return self.error is None and self.warning is not None and not self.files

    @property
    def written(self) -> bool:
        """Its memo was written."""
        return self.error is None and not self.skipped


def build_memo(
    document: Document,
    summary: Summary,
    engine: EngineInfo,
    now: str,
    embed: Embed | None = None,
    language: str | None = None,
) -> Memo:
    """The memo for one document: the best point is the bottom line (see `_bottom_line`), the
    rest are key points.

    `embed` is a sentence encoder: points an engine wrote (rather than picked) are then grounded by
    meaning as well as by shared words. `language` names the spaCy pipeline that reads the
    names' roles (None: the default).
    """
    points = list(ground(document, summary.points, embed))
    if not points:
        raise BriefingError("the engine found no key points")
    first = _bottom_line(points, language)
    points = [points[first], *points[:first], *points[first + 1 :]]
    points = [replace(p, rank=n) for n, p in enumerate(points)]
    bluf, rest = points[0], points[1:]  # one point: a bottom line, and no key points
    rest = mark_what_to_watch(document, rest, language)
    entities = extract_entities(document, [p.text for p in points], language)
    # in the article's order, what to watch last: where a brief puts what comes next
    rest = sorted(rest, key=lambda p: (p.watch, p.paragraph, p.sentences))
    # (the background too, which the memo prints after the points: "[Michael] Slager had
    # decided ...", where no point named him in full)
    told = [
        KeyPoint(d.text, document.sentences[d.sentences[0]].paragraph, d.sentences, 1.0)
        for d in summary.background
        if d.sentences and d.sentences[0] < len(document.sentences)
    ]
    bluf, *rest = names_in_full(document, [bluf, *rest, *told], entities)
    rest, told = rest[: len(rest) - len(told)], rest[len(rest) - len(told) :]
    bluf, *rest = holders_named(entities, [bluf, *rest])
    bluf = identified(document, bluf, entities)
    background = " ".join(d.text for d in summary.background)
    background_sources = tuple((p.text, p.paragraph) for p in told)
    if len(told) == len(summary.background):
        background = " ".join(p.text for p in told)
    return Memo(
        document=document,
        bluf=bluf,
        key_points=tuple(rest),
        background=background,
        engine=engine,
        generated_at=now,
        entities=entities,
        opinion=written_as_opinion(document),
        background_sources=background_sources,
    )


def names_in_full(
    document: Document, points: Sequence[KeyPoint], entities: Entities
) -> list[KeyPoint]:
    """The points, in the order the memo prints them, with a person the article calls by the
    surname alone given the rest of the name in brackets where the memo first mentions them and
    has not named them in full before ("[Andy] Robinson has already been forced ..."), as a
    journalist does: only for a person the memo lists, whose surname is no other person's in
    the article, and where the language pipeline did not read that word in the cited sentence
    as something else (not "condemning Anzac day", a place or a date there, of a "person" the
    model made of "Calling Anzac")."""
    surnames: dict[str, list[Entity]] = {}
    for person in (e for e in entities.found if e.kind == "person" and " " in e.name):
        surnames.setdefault(person.name.rsplit(" ", 1)[1], []).append(person)
    listed = {e.name for e in entities.people}
    named: set[str] = set()
    out = []
    for point in points:
        text = point.text
        read_otherwise = _not_people_in(document, point)
        for surname, (person, *others) in surnames.items():
            if others or surname in named or surname not in person.aliases:
                continue
            if person.name not in listed:
                continue
            if person.name in text or any(a in text for a in person.aliases if " " in a):
                named.add(surname)
                continue
            alone = re.search(rf"(?<![\w\[’'-]){re.escape(surname)}\b", text)
            if (
                alone is None
                or _after_a_name(text, alone.start())
                or _NAME_GOES_ON.match(text, alone.end())
                or _AFTER_THE.search(text, 0, alone.start())
                # (the model's reading aside after an honorific: "Mr Doherty", read as a body)
                or (
                    surname in read_otherwise
                    and not _HONORIFIC_BEFORE.search(text, 0, alone.start())
                )
            ):
                continue
            given, start = person.name[: -len(surname)].split(), alone.start()
            if not all(_GIVEN_NAME.fullmatch(g) for g in given):
                continue  # "[BBC Sport] Wales", "[Treasurer] Lord ...": no first names
            while len(given) > 1 and given[-1].islower() and text[:start].endswith(f"{given[-1]} "):
                # "de Grey": the particle is the surname's, written before it ("[Aubrey] de Grey")
                start -= len(given.pop()) + 1
            text = f"{text[:start]}[{' '.join(given)}] {text[start:]}"
            named.add(surname)
        out.append(point if text == point.text else replace(point, text=text))
    return out


def holders_named(entities: Entities, points: Sequence[KeyPoint]) -> list[KeyPoint]:
    """The points, with one that opens on an office for its subject ("The home secretary has
    defended his decision ...") given its holder's name in brackets ("The home secretary
    [Charles Clarke] has ..."), as a journalist does, where the article gives that office as
    the role of one person, and only one: not a shadow, former or deputy's ("Shadow home
    secretary David Davis" holds no office of home secretary), and not where two people's
    roles end on it ("US President", "Russian President")."""
    people = [e for e in entities.found if e.kind == "person" and e.role]
    out = []
    for point in points:
        opening = _OFFICE_OPENING.match(point.text)
        if opening is not None:
            holders = {p.name for p in people if _holds(p.role or "", opening.group(1))}
            if len(holders) == 1 and not any(
                word in point.text for name in holders for word in name.split()
            ):
                point = _bracketed(point, opening.end(1), holders.pop())
        out.append(point)
    return out


def identified(document: Document, bluf: KeyPoint, entities: Entities) -> KeyPoint:
    """The bottom line, with the person it describes but does not name given their name in
    brackets where the article names them in the next sentence, as news often does ("A
    Conservative MP and former minister has defected to Labour." then "Robert Jackson, 58, MP
    for Wantage in Oxfordshire, said ..."): "A Conservative MP and former minister [Robert
    Jackson] has defected to Labour." Only where the next sentence opens on a listed person's
    full name, the role the article gives that person ends on a word of the description ("MP
    for Wantage"; not "a neighbour" for "A woman"), and the bottom line names no one else."""
    bluf = _report_identified(document, bluf)
    office = _OFFICE_OPENING.match(bluf.text)
    if office is not None and not bluf.text[office.end(1) :].startswith(" ["):
        return _headline_holder(document, bluf, entities, office)
    opening = _DESCRIPTION_OPENING.match(bluf.text)
    if opening is None or not bluf.sentences:
        return bluf
    sentences = document.sentences
    after = max(bluf.sentences) + 1
    if after >= len(sentences):
        return bluf
    if _BODY_OPENING.match(bluf.text):
        return _body_identified(document, bluf, entities)
    # (its connective aside: "However, Norfolk police chief Andy Hayman also warned ...")
    following = drop_connective(sentences[after].text).lstrip(" \"'‘“").lower()
    described = {w.lower() for w in opening.group(1).split()}
    for person in entities.people:
        role = _ROLE_HEAD.match(person.role or "")
        if role is None or not following.startswith(
            (person.name.lower(), f"{person.role} {person.name}".lower())
        ):
            continue
        if role.group(1).lower() not in described or _names_someone(bluf.text, entities):
            return bluf  # (someone named already: the description may be another's)
        return _bracketed(bluf, opening.end(1), person.name)
    return bluf


# "A US bank has said ...", "An Indian telecommunications firm has turned to ...", "A group of
# MPs and peers has called ...": a lede's body by description, its noun one a body is called by,
# then the verb.
_BODY_OPENING = re.compile(
    rf"^An? ((?:[A-Za-z-]+ ){{0,5}}?(?:{BODY_NOUNS}|group|network)"
    # ("A group of MPs and peers has called ...": who the group is of)
    r"(?: of (?:[A-Za-z-]+ (?:and )?){0,3}?[A-Za-z-]+s)?)"
    r"(?= (?:also |[a-z]+ly )?(?:has|have|had|is|was|will|would|can|could|may|might|must|did|"
    r"does|said|says|told|[a-z]+ed|[a-z]+[^s]s)\b)"
)


def _body_identified(document: Document, bluf: KeyPoint, entities: Entities) -> KeyPoint:
    """The bottom line that opens on a body it describes but does not name ("A US bank has
    said it will donate ..."), with the body in brackets where the next sentence, in the lede's
    paragraph or the one after, opens on a listed organisation's name, as news names the lede's
    subject next ("Riggs Bank will establish a fund ..."): "A US bank [Riggs Bank] has said
    ...". Not where the bottom line names an organisation already."""
    opening = _BODY_OPENING.match(bluf.text)
    if opening is None or not bluf.sentences or not entities.organisations:
        return bluf
    if any(
        re.search(rf"(?<!\w){re.escape(form)}(?!\w)", bluf.text)
        for body in entities.organisations
        for form in (body.name, *body.aliases)
    ):
        return bluf
    sentences = document.sentences
    last = max(bluf.sentences)
    after = last + 1
    if after >= len(sentences) or sentences[after].paragraph - sentences[last].paragraph > 1:
        return bluf
    following = drop_connective(sentences[after].text).lstrip(" \"'‘“")
    following = following.removeprefix("The ")
    for body in entities.organisations:
        for form in sorted((body.name, *body.aliases), key=len, reverse=True):
            if re.match(rf"{re.escape(form)}(?:['’]s)?(?=[\s,])", following):
                return _bracketed(bluf, opening.end(1), body.name)
    return bluf


# What a lede reports by a finding whose author it leaves for later ("..., a report says.",
# "..., new figures show."): the noun, then the verb that says what the finding shows.
_FINDINGS = "report|study|survey|poll|research|investigation|analysis|inquiry|review"
_NUMBERS = "figures|statistics|data"
_UNNAMED_FINDING = re.compile(
    rf",\s+(?:say|says|said)?\s*(?:an?|new)\s+(?:(?:new|recent|latest|official|independent|"
    rf"major|fresh)\s+)?(?P<noun>{_FINDINGS}|{_NUMBERS})(?=\s+(?:has\s+|have\s+)?(?:says?|"
    r"said|found|finds|suggests?|suggested|shows?|showed|indicates?|revealed|reveals?|claims?|"
    r"concluded|concludes|warns?|warned)[.!]?$)"
)
# The same finding tied to who made it, in the sentences after: "The study, undertaken by the
# European Commission", "the joint report from the Food and Agriculture Organisation", "Research
# from Halifax", "figures revealed by the Electoral Commission" (the body's name follows), or
# "The Hefce report", "the Mori survey" (it goes before).
# (of the lede's kind: a report, a study or a survey is one finding called by any of those
# names, but "Office for National Statistics data" is another source than "a survey")
_FINDING_BY = {
    kind: re.compile(
        rf"\b(?i:{kind}),?\s+(?:(?:undertaken|conducted|carried out|compiled|published|released|"
        r"revealed|produced|written|issued)\s+)?(?:by|from)\s+"
    )
    for kind in (_FINDINGS, _NUMBERS)
}
_FINDING_AFTER = {
    kind: re.compile(rf"(?:['’]s)?\s+(?:(?:new|latest|annual|joint)\s+)?(?:{kind})\b")
    for kind in (_FINDINGS, _NUMBERS)
}
# Words of a description between "by" and the body's name: "by security firm Mirapoint", "by US
# researchers, Pew Internet"; no other name's words, nor a list's "and".
_DESCRIPTION_BEFORE_NAME = re.compile(r"(?:the\s+)?(?:(?!and\b|for\b|with\b)[\w-]+,?\s+){0,3}")
_FOUND_BY_IT = re.compile(r"\s+(?:has\s+|have\s+)?(?:found|concluded|discovered)\b")
_ANOTHER_FINDING = re.compile(
    r"\b(?:previous|earlier|last|other|another|separate|similar|rival|recent)\s+(?:the\s+)?$", re.I
)
FINDING_PARAGRAPHS = 2  # how many paragraphs after the lede's may name who made its finding


def _report_identified(document: Document, bluf: KeyPoint) -> KeyPoint:
    """The bottom line that reports what an unnamed finding says ("..., a report says."), with
    who made it in brackets ("a report [by the European Commission] says") where a sentence
    after it, in its paragraph or the next two, ties a finding to a body by name ("The study,
    undertaken by the European Commission, ...", "The Hefce report ..."), as news names the
    lede's source next. Only the first such body, and only where one body made it: a finding
    "by X and Y" is left as it is, not credited to X alone."""
    found = _UNNAMED_FINDING.search(bluf.text)
    if found is None or not bluf.sentences or document.mentions is None:
        return bluf
    kind = _NUMBERS if found.group("noun") in _NUMBERS.split("|") else _FINDINGS
    sentences = document.sentences
    last = max(bluf.sentences)
    if last >= len(sentences):
        return bluf
    first, end = sentences[last].paragraph, sentences[last].paragraph + FINDING_PARAGRAPHS
    texts = {p.index: p.text for p in document.paragraphs}
    bodies = sorted(
        # (a body's name the model may read as a person's: "The Hefce report", "the Mori
        # survey"; and a report may be a person's: "the Hutton report")
        (
            m
            for m in document.mentions
            if m.label in ("ORG", "PERSON") and first <= m.paragraph <= end
        ),
        key=lambda m: (m.paragraph, m.start),
    )
    for body in bodies:
        if body.paragraph == first and body.start < sentences[last].end:
            continue  # in the lede itself, which names no one it
        text = texts.get(body.paragraph, "")
        if text[body.end : body.end + 1].isalnum() or text[body.start - 1 : body.start].isalnum():
            continue  # a span the model cut inside a word: "Mira" of "Mirapoint"
        name = re.sub(r"^[Tt]he\s+", "", body.text)
        by = next(
            (
                m
                for m in _FINDING_BY[kind].finditer(text, max(0, body.start - 80), body.start)
                if _DESCRIPTION_BEFORE_NAME.fullmatch(text, m.end(), body.start)
            ),
            None,
        )
        after = _FINDING_AFTER[kind].match(text, body.end)
        if after is not None and _ANOTHER_FINDING.search(text, 0, body.start):
            after = None  # "The previous BRC survey found ...": not the one the lede reports
        if after is None and kind == _FINDINGS:
            # "..., the doctors' magazine Pulse found.": the body as the one who found it
            after = _FOUND_BY_IT.match(text, body.end)
        if by is None and after is None:
            continue
        if re.match(r"\s+and\s", text[body.end :]):
            return bluf  # "by security firm Mirapoint and market research company ..."
        the = (
            "the " if re.search(r"\bthe\s+$", text[: body.start], re.I) or body.text != name else ""
        )
        if after is not None and by is None:
            # ("The Hefce report": the "the" is the report's, not the body's)
            the = "the " if name.split()[0] in THE_NAMES else ""
        word = "from" if kind == _NUMBERS else "by"
        return _bracketed(bluf, found.end("noun"), f"{word} {the}{name}")
    return bluf


def _headline_holder(
    document: Document, bluf: KeyPoint, entities: Entities, office: re.Match
) -> KeyPoint:
    """The bottom line that opens on an office no one in the article is given ("The attorney
    general has again denied ..."), with the one person its headline names in brackets, as
    news names its subject in the headline and by office in the first sentence ("Goldsmith:
    'I was not leant on'"): only where the headline names one listed person and no other, the
    bottom line names no one, and the article gives no one that office as a role."""
    if any(p.role and _holds(p.role, office.group(1)) for p in entities.found):
        return bluf  # held by one, named already (`holders_named`), or by several: no guess
    title = document.article.title
    named = [
        person
        for person in entities.found
        if person.kind == "person"
        and re.search(rf"(?<![\w-]){re.escape(person.name.split()[-1])}(?![\w-])", title)
    ]
    if len(named) != 1 or named[0].name not in {p.name for p in entities.people}:
        return bluf
    if _names_someone(bluf.text, entities):
        return bluf
    return _bracketed(bluf, office.end(1), named[0].name)


def _names_someone(text: str, entities: Entities) -> bool:
    """Whether the text has a word of a listed person's name ("Blair's" too; not "Lee" in
    "Leeds")."""
    return any(
        re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
        for person in entities.people
        for word in person.name.split()
    )


def _bracketed(point: KeyPoint, end: int, name: str) -> KeyPoint:
    """The point with the name inserted in brackets after its first `end` characters, as
    journalists mark the words they add: "The home secretary [Charles Clarke] has ..."."""
    return replace(point, text=f"{point.text[:end]} [{name}]{point.text[end:]}")


# "A Conservative MP and former minister has ...": "A", a description of up to eight words with
# no comma, clause or name's possessive in it, then the verb, read by its form as for an office.
_DESCRIPTION_OPENING = re.compile(
    r"^An? ((?:(?!who |which |that )[A-Za-z-]+ ){0,7}?[A-Za-z-]+)"
    r"(?= (?:also |[a-z]+ly )?(?:has|have|had|is|was|will|would|can|could|may|might|must|"
    r"did|does|said|told|[a-z]+ed|[a-z]+[^s]s)\b)"
)
# The noun a role ends on, before what it is of: "MP" of "MP for Wantage in Oxfordshire".
_ROLE_HEAD = re.compile(r"^(?:[\w’'-]+ )*?([\w’'-]+)(?: (?:for|of|at|in|with|to|on)\b.*)?$")


# "The home secretary has ...": "The", an office of up to four words ending on an office's noun,
# then its verb, read by its form: an auxiliary, or a word in -s or -ed ("The director award
# went to ...": the office there describes the award, which no one holds).
_OFFICE_NOUNS = sorted(ROLE_NOUNS | TITLES | {"executive"})
_OFFICE_OPENING = re.compile(
    rf"^The ((?:[A-Za-z-]+ ){{0,3}}(?i:{'|'.join(_OFFICE_NOUNS)}))"
    r"(?= (?:also |[a-z]+ly )?(?:has|have|had|is|was|are|were|will|would|can|could|may|might|"
    r"must|should|did|does|said|told|[a-z]+ed|[a-z]+[^s]s)\b)"
)
# A word before an office that makes it another ("Shadow home secretary", "former minister").
_NOT_THE_OFFICE = frozenset(
    "shadow former ex ex- deputy assistant vice junior under acting outgoing late".split()
)


def _holds(role: str, office: str) -> bool:
    words, office_words = role.lower().split(), office.lower().split()
    if words[-len(office_words) :] != office_words:
        return False
    before = words[: -len(office_words)]
    return not (set(before) & _NOT_THE_OFFICE or any(w.startswith("ex-") for w in words))


def _not_people_in(document: Document, point: KeyPoint) -> set[str]:
    """The words of the names other than people's the language pipeline read in the point's
    sentences."""
    sentences = [document.sentences[i] for i in point.sentences if i < len(document.sentences)]
    return {
        word
        for m in document.mentions or ()
        if m.label != "PERSON"
        for s in sentences
        if m.paragraph == s.paragraph and s.start <= m.start < s.end
        for word in m.text.split()
    }


# A given name, an initial or a surname's particle ("[Aubrey] de Grey"), not an office, an
# acronym, a people's or a continent's adjective ("[European] Elvis fans") nor a word that joins
# ("Hide and [And] Seek").
_NO_GIVEN_NAME = sorted(TITLES | {w.lower() for w in DEMONYMS} | {"european", "and", "or", "of"})
_GIVEN_NAME = re.compile(
    rf"(?!(?i:{'|'.join(_NO_GIVEN_NAME)})\b)(?:[A-Z][a-z]*(?:[A-Z][a-z]+)?(?:[’'-][A-Z]?[a-z]+)*|"
    r"[A-Z]\.?|"
    r"de|van|von|der|den|da|di|du|le|la|al|el|bin|ibn)"
)


# "Mr Robinson", "Coach ...": a title, not another name, before the surname.
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(TITLES))})\.?\s$", re.IGNORECASE)
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.? $")


# A capitalised word straight after the surname: the word opens another's name ("mask-wearing
# murderer Jason Voorhees", where "Jason" was the surname of the film "Freddy Vs Jason").
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")
# ... and "the" or "a" before it, with a word or two that describe: a team's, a body's, a
# place's or a thing's name ("with the Ricoh Black Rams", "a Devon man", "the long-awaited
# Firefox"), for no person is "the Rams"
_AFTER_THE = re.compile(r"\b(?:the|a|an) (?:[a-z][\w’'-]* ){0,2}$")


def _after_a_name(text: str, start: int) -> bool:
    """Whether the surname at `start` follows another capitalised word that is no title: part of
    another name ("Jack Robinson"), or the opening of the sentence."""
    before = text[:start]
    if _TITLE_BEFORE.search(before):
        return False
    word = re.search(r"([A-Z][\w’'-]*)\s$", before)
    return word is not None


BOTTOM_LINE_CHOICES = 3  # the engine's best points, any of which may state the news


def _bottom_line(points: Sequence[KeyPoint], language: str | None) -> int:
    """Which point is the bottom line: the engine's best, unless it is a feature's scene-setting
    ("In a sport beset by tiresome braggadocio, Ricky Burns seems like an impostor") and one of
    the next best states something; that one then leads, and the scene stays a key point."""
    for n, point in enumerate(points[:BOTTOM_LINE_CHOICES]):
        # a feature's opening speaks to its reader ("... as your closest neighbour might not
        # sound like the cleverest idea"); a bottom line tells who did what
        if (
            not addresses_reader(point.text)
            and not _scene_setting(point.text, language)
            and not imagines(point.text, language)
        ):
            return n
    return 0


_COPULAS = BE_FORMS | frozenset(
    "seem seems seemed appear appears appeared look looks looked sound sounds sounded feel feels "
    "felt".split()
)
# What a scene-setting sentence opens with: a pronoun, or a phrase or clause and its comma.
_MAYBE_SCENE = re.compile(
    r"(?:It|He|She|They|We|This|That|There|These|Those|If|When|While|Although|Though|"
    r"As|Because|Since|Whether|Once|Until)\b|"
    r"(?:In|With|After|For|Despite|Like|Unlike|Amid|Before|On|At|From|By|Among|Along|Even|"
    r"[A-Z][a-z]+ing)\b[^,]{8,120},"
)
SCENE_WORDS = 4  # a phrase before the subject that sets a scene, not a time ("On Tuesday,")


def _scene_setting(text: str, language: str | None) -> bool:
    """A sentence that describes rather than reports: its main verb a copula ("is", "seems
    like"), with a pronoun for its subject ("If there is one thing ..., it is ...") or a clause
    or a long phrase before the subject; with "is" or "was", no figure, superlative, "first",
    "only", "record" or "now" either."""
    from .language import parse_sentence

    general = NO_NAME_NOR_FIGURE.fullmatch(text) is not None
    if not _MAYBE_SCENE.match(text) and not general:
        return False  # most bottom lines open on their subject: no parse needed to say so
    parsed = parse_sentence(text, language)
    roots = [t for t in parsed if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].lower_ not in _COPULAS:
        return False
    root = roots[0]
    if root.lower_ in BE_FORMS and (
        any(c.isdigit() for c in text)
        or any(t.tag_ in ("JJS", "RBS") or t.lower_ in NEWS_MARKS for t in parsed)
    ):
        # "Unemployment is 5%", "It is the first time a British woman has won", "This is the
        # biggest takeover", "the deal is now complete": news; "looks older than his 51 years"
        # is not
        return False
    if general and root.lower_ in ("is", "are") and said_in_general(root):
        return True
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if not subjects or any(c.dep_ in ("xcomp", "aux") and c.tag_ == "MD" for c in root.children):
        return False
    subject = subjects[0]
    fronted = any(
        c.i < subject.left_edge.i
        and c.dep_ in ("prep", "advcl")
        and c.right_edge.i - c.left_edge.i + 1 >= SCENE_WORDS
        for c in root.children
    )
    return subject.pos_ == "PRON" or fronted


def mark_what_to_watch(
    document: Document, points: Sequence[KeyPoint], language: str | None = None
) -> list[KeyPoint]:
    """The key points, the first that states a dated future event ("talks are due to resume
    on 3 March") marked as what to watch. Dates are the language pipeline's DATE and TIME
    mentions inside the cited sentence; the future must be the main clause's own, read from the
    parse of that one sentence ("The Senate will vote next week"), not a forecast reported in a
    past-tense sentence ("shares rose on hopes that the economy will recover this year")."""
    sentences = document.sentences
    marked = list(points)
    for n, point in enumerate(marked):
        cited = [sentences[i] for i in point.sentences if i < len(sentences)]
        dated = any(dated_future(s, document) for s in cited)
        if dated and future_markers(point.text) and _main_clause_is_future(point.text, language):
            marked[n] = replace(point, watch=True)
            break
    return marked


def _main_clause_is_future(text: str, language: str | None) -> bool:
    """Whether the sentence's main verb is in the future: "will" or "shall" on it, or a present
    "is to", "is due to", "plans to" governing an infinitive."""
    from .language import main_clauses, parse_sentence

    parsed = parse_sentence(text, language)
    clauses = main_clauses(parsed)
    # ... and an event's own timetable, said of it in a relative clause: "ahead of the second
    # Test in Dubai, which begins on Thursday"
    scheduled = [
        t
        for t in parsed
        if t.dep_ == "relcl"
        and t.lower_ in TIMETABLE_VERBS
        and t.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in t.children)
    ]
    if scheduled:
        return True
    # a deadline set, not one met or missed: "giving a deadline of 22 February for the home to
    # be moved"
    if any(
        t.lower_ in ("deadline", "deadlines") and t.head.lower_ not in _DEADLINE_PAST
        for t in parsed
    ):
        return True
    for verb in clauses:
        children = list(verb.children)
        auxiliaries = [c for c in children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in ("will", "shall", "'ll") for c in auxiliaries):
            return True
        if (
            verb.lower_ in PROMISE_VERBS
            and not any(a.lower_ == "had" for a in auxiliaries)
            and any(c.dep_ == "xcomp" for c in children)
        ):
            return True  # "... and promised to publish the plan within 10 days"
        if (
            verb.lower_ in PLAN_VERBS
            and not any(a.lower_ == "had" for a in auxiliaries)  # a plan of the past
            and _own_plan(verb)
        ):
            return True  # "Mr Clarke said he would return to Parliament early in the new year"
        # "is to", "is due to", "plans to", and the passive "are expected to"
        present = verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in auxiliaries)
        if verb.tag_ in ("VBZ", "VBP") and not auxiliaries and verb.lower_ in TIMETABLE_VERBS:
            return True  # a timetable's present: "Peers begin three days of debate on Thursday"
        if verb.lower_ in PUT_OFF and any(c.lower_ == "until" for c in children):
            return True  # "The judge deferred sentence until 27 June": the date is to come
        if present and any(
            c.dep_ in ("xcomp", "acomp", "attr") and any(g.lower_ == "to" for g in c.subtree)
            for c in children
        ):
            return True
    return False


_NOT_A_PLAN = frozenset(NOT_A_PLAN.split("|")) | {"be"}
_DEADLINE_PAST = frozenset("missed miss misses met passed expired extended".split())


def _own_plan(verb) -> bool:
    """Whether the verb of saying reports the speaker's own plan: a clause under it with a
    pronoun for its subject and "would" on its verb (or a verb joined to that one)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        verbs = [clause, *(c for c in clause.children if c.dep_ == "conj")]
        subject = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subject or subject[0].lower_ not in ("he", "she", "it", "they", "we"):
            continue
        for v in verbs:
            helpers = [a.lower_ for a in v.children if a.dep_ in ("aux", "neg")]
            # not what would have been, nor a plan not to ("would not"), nor a state or a wish
            # ("would be", "would love")
            if (
                "would" in helpers
                and not {"have", "not", "n't"} & set(helpers)
                and v.lower_ not in _NOT_A_PLAN
            ):
                return True
    return False


def read_documents(
    paths: Iterable[Path], settings: Settings, started: Callable[[], None] | None = None
) -> Iterator[Document | Outcome]:
    """Each path as a segmented document, or as a failed outcome saying why not. `started`: see
    `prepare.documents`. The loading may start before the first document is asked for."""
    paths = list(paths)
    readings = ReadingCache.for_settings(settings)  # what the language pipeline read last time
    read = documents(
        paths, settings.max_input_bytes, started, settings.spacy_model, settings.debug, readings
    )
    return _documents_read(paths, read)


def _documents_read(
    paths: list[Path], read: Iterator[list[Document | str] | str]
) -> Iterator[Document | Outcome]:
    seen: dict[str, Path] = {}
    for path, item in zip(paths, read, strict=True):
        if isinstance(item, str):
            yield Outcome(path=path, error=item)
            continue
        for document in item:  # a JSONL file holds one article per record
            if isinstance(document, str):  # a record that could not be read
                yield Outcome(path=path, error=document)
                continue
            article = document.article
            if article.sha256 in seen:
                yield duplicate(article.path, seen[article.sha256])
                continue
            seen[article.sha256] = article.path
            yield document


def duplicate(path: Path, first: Path) -> Outcome:
    """The outcome of an input with the same content as `first`, read before it: skipped."""
    return Outcome(path=path, warning=f"same content as {first}; skipped")


def make_memos(
    paths: Sequence[Path], settings: Settings, engine: Engine | None = None
) -> Iterator[Outcome]:
    """Write a memo for every path; yield one outcome per path, in order, as each finishes.

    Documents whose summary is in the cache skip the engine; when all of them do, the engine
    (and its model) is never created. The engine works on a thread of its own (`EngineLane`):
    while it summarises one batch, this thread reads the next documents and writes the memos of
    the batches it has finished.
    """
    with one_blas_thread():  # put back when the run ends, or when the caller stops early
        yield from _make_memos(paths, settings, engine)


def _make_memos(
    paths: Sequence[Path], settings: Settings, engine: Engine | None
) -> Iterator[Outcome]:
    output = OutputFolder(settings.output_dir)
    claimed = output.lock()  # another run into this folder fails here, before any work
    now = datetime.now(UTC).isoformat(timespec="seconds")
    cache = SummaryCache.for_settings(settings)
    points = settings.points + 1  # the bottom line plus the key points
    lane: EngineLane | None = None
    batches: deque[Batch] = deque()  # sent to the engine, not yet written: oldest first
    cold = cache is None or cache.is_empty()  # nothing cached: every document needs the engine

    def start_engine() -> None:
        nonlocal lane
        if lane is None:
            lane = EngineLane(lambda: engine or create_engine(settings))  # loads the model

    # With nothing cached (a first run, or no cache), every document needs the engine: it starts
    # loading as soon as the loader's workers are forked, not at the first document read (0.3 s
    # into a run of 100 BBC articles instead of 0.7 s, in traced runs). A run whose inputs all
    # fail then loads the model for nothing.
    early = start_engine if paths and cold else None
    # The first files start loading now, while the language pipeline loads (`prepare.documents`).
    read = read_documents(paths, settings, early)
    # None: memos are built and written on this thread; so in a run with summaries cached, whose
    # cached memos are written as they are read, and where a writer would cost its start
    writers = _memo_writers(paths, settings) if cold else None
    # batches whose memos are being built and written by `writers`: oldest first
    writing: deque[Handed] = deque()
    pending: list[Entry] = []  # read, not yet sent
    misses, prepared = 0, writers is not None  # (a writer process reads the glyph widths)

    def written(ahead: int) -> Iterator[Outcome]:
        """The outcomes of the batches the engine has finished, oldest first, waiting for the
        oldest while more than `ahead` are queued. A batch handed to `writers` is given once
        written, or (while `ahead`) when the next is handed over: the writer works while this
        thread builds the next."""
        while batches and (len(batches) > ahead or batches[0].done()):
            built = _write_batch(batches.popleft(), cache, settings, output, now, writers)
            writing.append(built)
        while writing and (len(writing) > (ahead and 1) or writing[0].done()):
            yield from _outcomes(writing.popleft(), settings, output, now)

    try:
        for item in read:
            if isinstance(item, Outcome):
                if pending or batches or writing:
                    pending.append(item)  # behind the memos still to come: outcomes stay in order
                else:
                    yield item
                continue
            cached = cache.get(item, points) if cache is not None else None
            if cached is None:
                start_engine()
            if cached is not None and not pending and not batches and not writing:
                yield _write(item, cached.summary, cached.engine, settings, output, now)
                continue
            pending.append((item, cached))  # a hit waits behind earlier misses, in order
            misses += cached is None
            # Send a full engine batch; or what there is once the engine waits for work (ready
            # before a full batch is read, at the start); or a long queue of hits waiting behind
            # a few misses.
            idle = lane is not None and lane.ready() and all(b.done() for b in batches)
            if misses >= BATCH or (idle and misses >= LAST_BATCH) or len(pending) >= 8 * BATCH:
                batches.append(Batch.of(pending, lane, points))
                if not prepared and lane is not None and len(paths) > BATCH:
                    # The glyph widths, read now: while the engine loads or runs this batch.
                    prepared = _prepare_layout(item, settings)
                pending, misses = [], 0
                yield from written(ahead=BATCHES_AHEAD)
        if pending:
            batches.append(Batch.of(pending, lane, points))
        yield from written(ahead=0)
    finally:
        if lane is not None:
            lane.close()
        if writers is not None:
            writers.close()  # memos built and handed over are written, even on an early stop
        claimed.release()


Entry = tuple[Document, CachedSummary | None] | Outcome  # an outcome: an input that failed


@dataclass(frozen=True)
class Batch:
    """What was read, in input order (documents, with their cached summaries if any, and failed
    inputs), and the engine's work on the documents not in the cache."""

    entries: tuple[Entry, ...]
    fresh: Future[Summarised] | None  # None: nothing for the engine

    @classmethod
    def of(cls, entries: Sequence[Entry], lane: EngineLane | None, points: int) -> Batch:
        todo = [e[0] for e in entries if not isinstance(e, Outcome) and e[1] is None]
        # A miss always starts the lane before it is queued, so `lane` is set when `todo` is.
        return cls(tuple(entries), lane.summarise(todo, points) if lane and todo else None)

    def done(self) -> bool:
        return self.fresh is None or self.fresh.done()


# A memo to build and write, under the name claimed for it (None: claimed as it is written).
Job = tuple[Document, Summary, EngineInfo, str | None]


@dataclass(frozen=True)
class Handed:
    """A batch's outcomes in input order: None for each memo handed to the writer process
    (`jobs`, in the same order), to be built and written there (`built`)."""

    outcomes: tuple[Outcome | None, ...]
    jobs: tuple[Job, ...] = ()
    built: Future[list[Outcome]] | None = None

    def done(self) -> bool:
        return self.built is None or self.built.done()


def _memo_writers(paths: Sequence[Path], settings: Settings) -> MemoWriters | None:
    """A writer process (`output.writers`) for a run of more memos than an engine batch that are
    laid out on a page, where a core is free for it; None otherwise. Started before the engine
    and the loader's workers, while a fork is cheap and safe."""
    laid_out = {"html", "pdf"} & set(settings.formats)
    if not laid_out or len(paths) <= BATCH or usable_cores() < 2:
        return None
    # The language pipeline is loaded here first, as the loader's workers need it from this
    # process anyway (`prepare.documents`): the writer forked after it has it too, instead of
    # spending its own CPU on loading spaCy (and the torch that thinc imports).
    with suppress(BriefingError):  # a pipeline that cannot load: each memo says so
        load_pipeline(settings.spacy_model)
    return MemoWriters(settings.output_dir, start_method(), partial(_ready_to_build, settings))


def _ready_to_build(settings: Settings) -> None:
    """What a writer process loads before its first batch, while the run starts: the language
    pipeline, which the memos' names and What to watch parse with (already there when the
    writer was forked), and the word list that the names' checks read."""
    with suppress(BriefingError):  # a pipeline that cannot load: each memo says so
        load_pipeline(settings.spacy_model)
    word_frequencies()


def _write_batch(
    batch: Batch,
    cache: SummaryCache | None,
    settings: Settings,
    output: OutputFolder,
    now: str,
    writers: MemoWriters | None = None,
) -> Handed:
    """The batch's memos built and written here, or handed to `writers` under names claimed now,
    in input order."""
    points = settings.points + 1
    fresh = iter(batch.fresh.result() if batch.fresh is not None else ())
    outcomes: list[Outcome | None] = []
    jobs: list[Job] = []
    for entry in batch.entries:
        if isinstance(entry, Outcome):
            outcomes.append(entry)
            continue
        document, cached = entry
        if cached is None:
            cached = next(fresh)
            if cache is not None and not isinstance(cached, BriefingError):
                cache.put(document, points, cached.summary, cached.engine)
        if isinstance(cached, BriefingError):
            outcomes.append(write_result(document, cached, settings, output, now))
            continue
        name = None  # written here: the name is recorded once the memo is written
        if writers is not None:
            try:
                name = output.claim(document.article.title, document.article.sha256)
            except OSError as exc:  # the manifest cannot be written: this memo fails
                outcomes.append(_failed(document, exc, settings))
                continue
        jobs.append((document, cached.summary, cached.engine, name))
        outcomes.append(None)
    if writers is not None and jobs:
        with suppress(BrokenProcessPool):  # a writer that died: the memos are made here
            built = writers.submit(build_and_write, jobs, settings, now)
            return Handed(tuple(outcomes), tuple(jobs), built)
    return _merged(outcomes, build_and_write(jobs, settings, now, output))


def build_and_write(
    jobs: Sequence[Job], settings: Settings, now: str, output: OutputFolder | None = None
) -> list[Outcome]:
    """Each job's memo built and written to `output` (in a writer process: its own folder), in
    order. The memos are built side by side, so that the sentences their names and What to
    watch parse are parsed together (`language.parsed_together`); then written in order."""
    output = output or writer_folder()
    built = parsed_together(
        [partial(_built, doc, summary, engine, settings, now) for doc, summary, engine, _ in jobs]
    )
    return [
        _written(document, memo, summary, settings, output, name)
        for (document, summary, _, name), memo in zip(jobs, built, strict=True)
    ]


def _merged(outcomes: Sequence[Outcome | None], made: Sequence[Outcome]) -> Handed:
    fill = iter(made)
    return Handed(tuple(next(fill) if o is None else o for o in outcomes))


def _outcomes(handed: Handed, settings: Settings, output: OutputFolder, now: str) -> list[Outcome]:
    """The batch's outcomes once its memos are written (by the writer process; here, if that
    died before writing them all: a memo it wrote is written again, to the same files)."""
    if handed.built is not None:
        try:
            made = handed.built.result()
        except Exception:  # BrokenProcessPool, or what a result could not carry back
            made = build_and_write(handed.jobs, settings, now, output)
        handed = _merged(handed.outcomes, made)
    return [o for o in handed.outcomes if o is not None]


def write_result(
    document: Document,
    result: CachedSummary | BriefingError,
    settings: Settings,
    output: OutputFolder,
    now: str,
    name: str | None = None,
) -> Outcome:
    """The last stage: the memo of the engine's summary written, or the engine's failure as the
    document's outcome. `name`: see `OutputFolder.write`."""
    if isinstance(result, BriefingError):
        path, title = document.article.path, document.article.title
        return Outcome(path=path, title=title, error=_reason(path, result))
    return _write(document, result.summary, result.engine, settings, output, now, name)


def _prepare_layout(document: Document, settings: Settings) -> bool:
    """Ready the one-page proofs for a batch of memos now, while the engine is busy, if memos
    will be laid out (see `layout.prepare`): a memo of the document's first sentence stands in
    for the memos to come, which share its page and template. Whether that was done."""
    if not ({"html", "pdf"} & set(settings.formats) and document.sentences):
        return False
    from .output.fit import prepare

    first = Summary(points=(Draft(document.sentences[0].text, (0,)),))
    stand_in = build_memo(
        document, first, EngineInfo("extractive", "-"), "-", language=settings.spacy_model
    )
    prepare(stand_in, settings.templates_dir, settings.memo)
    return True


def _write(
    document: Document,
    summary: Summary,
    engine: EngineInfo,
    settings: Settings,
    output: OutputFolder,
    now: str,
    name: str | None = None,
) -> Outcome:
    built = _built(document, summary, engine, settings, now)
    return _written(document, built, summary, settings, output, name)


def _built(
    document: Document, summary: Summary, engine: EngineInfo, settings: Settings, now: str
) -> Memo | Outcome:
    """The document's memo, or the outcome that says why it has none."""
    try:
        embed = _grounding_encoder(settings)
        return build_memo(document, summary, engine, now, embed, settings.spacy_model)
    except Exception as exc:
        return _failed(document, exc, settings)


def _written(
    document: Document,
    memo: Memo | Outcome,
    summary: Summary,
    settings: Settings,
    output: OutputFolder,
    name: str | None = None,
) -> Outcome:
    if isinstance(memo, Outcome):
        return memo
    try:
        written = output.write(memo, settings.formats, settings.templates_dir, settings.memo, name)
    except Exception as exc:
        return _failed(document, exc, settings)
    return Outcome(
        path=document.article.path,
        files=written.paths,
        title=document.article.title,
        points=len(memo.key_points),
        note=written.note,
        memo=memo,
        warning="; ".join(summary.warnings) or None,
    )


def _failed(document: Document, exc: Exception, settings: Settings) -> Outcome:
    path, title = document.article.path, document.article.title
    if isinstance(exc, BriefingError | OSError):
        return Outcome(path=path, title=title, error=_reason(path, exc))
    if isinstance(exc, TemplateError):  # a user's own template: it fails this memo, not the run
        where = f" {exc.name}" if getattr(exc, "name", None) else ""
        return Outcome(path=path, title=title, error=f"{path}: template{where}: {exc}")
    # a bug met on this article: its error, and the batch goes on
    return Outcome(
        path=path, title=title, error=describe(UnexpectedError(path, exc), settings.debug)
    )


def _grounding_encoder(settings: Settings) -> Embed:
    """The default sentence encoder, loaded only if a written (abstractive) point needs grounding.

    Grounding does not depend on whether a summary came from the engine or from the cache.
    """

    def embed(texts: Sequence[str]):
        from .encoder.sentences import SentenceEncoder

        return SentenceEncoder.from_settings(settings).encode(texts)

    return embed


def _reason(path: Path, exc: Exception) -> str:
    """One line naming the input and what went wrong with it."""
    if isinstance(exc, OSError) and exc.filename:
        return f"{path}: cannot write {exc.filename}: {exc.strerror}"
    if isinstance(exc, InputError):
        return str(exc)  # names its file already
    return f"{path}: {exc}"
