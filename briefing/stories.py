"""Stories: articles about one event grouped, put under a topic, and weighed for consequence.

Everything here reads the sentence encoder's vectors (an `Embed` function) and the articles' own
text; nothing is trained. An article is represented by the mean of its title's, its lead
sentences' and its next paragraphs' first sentences' vectors: a title alone is too short to place
("Ad sales boost Time Warner profit"), a whole article too slow to encode for a morning's run.

- Grouping: two articles report one event when their vectors are very close, or close and
  their headlines and lead sentences share at least three names (people, places,
  organisations, numbers) and their headlines and first sentences a specific (a number, a
  month, a year); and, either way, only when the facts those leads state agree (`LeadFacts`: when,
  how much, whether it has happened). Closeness and names alone join the next development of
  an ongoing story: the ruling after the hearing, January's figures after December's, the
  winner after the favourite. A story takes an article only when it is linked to every
  article already in it, so that no chain of near-neighbours merges two events.
- Topics: a story goes to the topic whose description it is closest to. A description is read
  as a heading and a list of phrases ("sport: football, rugby, tennis"); its vector is the mean of
  the whole description's vector and the mean of its phrases' vectors, so that neither the
  heading nor one phrase decides alone. A story close to no topic goes under "Other".
- Consequence: how many sources carry the story, casualties, money, official action (a law, a
  ruling, a vote, a deal), the desk's watch-list; features and reviews count against.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from .calendar_words import MONTHS, WEEKDAYS
from .config import Topic
from .records import Memo
from .summarise.standalone import FUTURE

Embed = Callable[[Sequence[str]], np.ndarray]

OTHER = "Other"
# Cosine between two articles' vectors at or above which they report one event whatever their
# names, and the lower one at which three names and a specific (`LeadFacts.specifics`) shared by
# their leads are needed as well.
# Articles that are the same text (a wire story run twice) score about 1.0; different events of
# one kind (two football results, two quarterly reports) rarely pass 0.8 and then share few
# names. Both tiers also need the leads' facts to agree (`LeadFacts.agrees`).
SAME_EVENT = 0.9
RELATED = 0.8
SHARED_NAMES = 3
# Below this cosine with every topic, a story fits none ("Other"): MiniLM puts unrelated
# texts near 0; a story about anything a topic names scores well above.
MIN_TOPIC_FIT = 0.05
LEAD_TEXTS = 8  # title, lead sentences and first sentences of the next paragraphs

_NAME = re.compile(r"\b(?:[A-Z][\w'’.-]*[A-Za-z]|\d[\d,.]*\d|\d)(?:\s+[A-Z][\w'’.-]*[A-Za-z])*")
_NOT_NAMES = frozenset(
    "A An The This That These Those It Its He She They We I In On At For But And Or If As "
    "After Before When While Mr Mrs Ms Dr".split()
) | frozenset((*WEEKDAYS, *MONTHS))


def article_texts(memo: Memo, limit: int = LEAD_TEXTS) -> list[str]:
    """What stands for the article when placing it: its title, lead sentences, and the first
    sentence of each paragraph after the lead, `limit` texts at most."""
    document = memo.document
    texts = [document.article.title]
    paragraphs = [p for p in document.paragraphs if p.sentences]
    if paragraphs:
        texts.extend(s.text for s in paragraphs[0].sentences[:2])
        texts.extend(p.sentences[0].text for p in paragraphs[1:])
    return texts[:limit]


def mean_vectors(embed: Embed, groups: Sequence[Sequence[str]]) -> np.ndarray:
    """One unit vector per group of texts: the mean of the texts' vectors, all encoded at once."""
    flat = [text for group in groups for text in group]
    vectors = embed(flat)
    out, start = [], 0
    for group in groups:
        mean = vectors[start : start + len(group)].mean(0)
        out.append(mean / max(float(np.linalg.norm(mean)), 1e-9))
        start += len(group)
    return np.stack(out)


def names_in(text: str) -> frozenset[str]:
    """Capitalised word runs and numbers: the names a text mentions, roughly, lower-cased."""
    found = set()
    for match in _NAME.finditer(text):
        words = [w for w in match[0].split() if w not in _NOT_NAMES]
        if words:
            found.add(" ".join(words).lower().rstrip(".'’"))
    return frozenset(found)


def group_articles(vectors: np.ndarray, leads: Sequence[LeadFacts]) -> list[list[int]]:
    """Articles (rows of `vectors`, with their `leads`) grouped into stories; each story's
    articles in input order, stories in the order of their first article."""
    similarity = vectors @ vectors.T
    count = len(vectors)

    def linked(a: int, b: int) -> bool:
        cosine = similarity[a, b]
        one, other = leads[a], leads[b]
        close = cosine >= SAME_EVENT or (
            cosine >= RELATED
            and len(one.names & other.names) >= SHARED_NAMES
            and bool(one.specifics & other.specifics)
        )
        return close and one.agrees(other)

    stories: list[list[int]] = []
    for article in range(count):
        joinable = [s for s in stories if all(linked(article, other) for other in s)]
        if joinable:
            best = max(joinable, key=lambda s: float(similarity[article, s].mean()))
            best.append(article)
        else:
            stories.append([article])
    return stories


# --- one event or the next development -------------------------------------------------------
# Reports of one event come out within a day or so of each other; a report published further
# from another is of a later development (or an earlier one).
APART_DAYS = 2
# Two figures for one measure agree when they differ by at most this share of the larger:
# outlets round differently ("up over 5%" and "closed up 4.75%") but do not report 0.5% for 1.1%.
ROUNDING = 0.1
_PERIOD_KINDS = (
    re.compile(
        r"\b(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December)\b"
    ),
    re.compile(r"\b(?:first|second|third|fourth|final|last)\s+quarter\b|\bQ[1-4]\b", re.I),
    re.compile(r"(?<![\d$£€¥.,])(?:19|20)\d\d(?![\d%])"),
    re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
)
_PERCENT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)", re.I)
_AMOUNT = re.compile(
    r"([$£€¥])\s?(\d[\d,]*(?:\.\d+)?)\s?(trillion|tn|billion|bn|million|m|thousand|k)?\b", re.I
)
_NUMBER_WORDS = {
    word: str(n)
    for n, word in enumerate(
        "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split(),
        start=2,
    )
}
_NUMBER = re.compile(
    r"(?<![\w.,])\d(?:[\d,.]*\d)?|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE
)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
_SCALE = {
    "trillion": 1e12,
    "tn": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "million": 1e6,
    "m": 1e6,
    "thousand": 1e3,
    "k": 1e3,
}
# Words telling of an outcome as still to come: the favourite, the bid under negotiation, the
# hearing due, the vote to be held. A report of the outcome itself uses none of them. Read in
# the first sentence only: a headline is too compressed to tell ("German bidder in talks with
# LSE" over "... have held talks").
_PENDING = re.compile(
    r"\b(?:tipped|favou?rite to|set (?:to|for)|poised to|(?:expected|likely|about|due|preparing|"
    r"bracing) to|(?:is|are) due|(?:is|are) to|will|faces|facing|in (?:final |fresh )?"
    r"(?:talks|negotiations))\b",
    re.I,
)


@dataclass(frozen=True)
class LeadFacts:
    """What an article's headline and first sentence state about the event: who and where (the
    names), its specifics (numbers, months, years), when (the first period named of each kind:
    month, quarter, year, weekday; the publication date), how much (the first percentage and
    the first sum in each currency), and whether it has happened. Reports of one event agree
    on these; successive developments of one story differ in them. The first of each is the
    one the lead is about: a monthly release names its month and figure first and the month
    before after ("rose to 2.3% in April from 2.1% in March"). Names come from the headline and
    all lead sentences; the paragraphs after them give the background (the company, the court,
    the history) that every development of an ongoing story repeats."""

    names: frozenset[str] = frozenset()
    # The months, quarters, years and numbers the headline and first sentence state: reports
    # of one event share at least one (the toll, the price, the month), however differently
    # they word it; developments of one story share the cast but not these.
    specifics: frozenset[str] = frozenset()
    published: date | None = None
    periods: tuple[str | None, ...] = ()
    figures: tuple[tuple[str, float], ...] = ()  # (unit: "%" or a currency sign, value)
    pending: bool = False

    def agrees(self, other: LeadFacts) -> bool:
        """False when the two leads cannot report one event: published days apart, about
        different periods of one kind, giving different figures in one unit, or one telling as
        to come what the other tells as done."""
        if (
            self.published
            and other.published
            and abs((self.published - other.published).days) > APART_DAYS
        ):
            return False
        for mine, theirs in zip(self.periods, other.periods, strict=False):
            if mine and theirs and mine != theirs:
                return False
        theirs = dict(other.figures)
        for unit, value in self.figures:
            if unit in theirs and not _same_figure(value, theirs[unit]):
                return False
        return self.pending == other.pending


def lead_facts(headline: str, lead: Sequence[str], published: str | None = None) -> LeadFacts:
    """The facts of an article's `headline` and lead sentences (`lead`, first sentence first),
    and its ISO publication date where known. When, how much and whether it has happened are
    read in the headline and first sentence, where news states them; names in the whole lead."""
    first = lead[0] if lead else ""
    text = f"{headline}. {first}"
    periods = tuple(
        next((m[0].lower() for m in kind.finditer(text) if not _in_name(text, m.start())), None)
        for kind in _PERIOD_KINDS
    )
    figures: dict[str, float] = {}
    if percent := _PERCENT.search(text):
        figures["%"] = _number(percent[1])
    for m in _AMOUNT.finditer(text):
        figures.setdefault(m[1], _number(m[2]) * _SCALE.get((m[3] or "").lower(), 1.0))
    whole = ". ".join([headline, *lead])
    return LeadFacts(
        names_in(whole),
        _specifics(text),
        _day(published),
        periods,
        tuple(figures.items()),
        bool(_PENDING.search(first)),
    )


def _specifics(text: str) -> frozenset[str]:
    """The months, quarters, years and numbers `text` states (number words as digits). Weekdays
    are left out: a Thursday recurs every week, so two leads naming one may be months apart."""
    found = set()
    for pattern in (*_PERIOD_KINDS[:3], _NUMBER):
        for m in pattern.finditer(text):
            if not _in_name(text, m.start()):
                word = m[0].lower()
                found.add(_NUMBER_WORDS.get(word, word.replace(",", "")))
    return frozenset(found)


def _in_name(text: str, start: int) -> bool:
    """Whether the word at `start` continues a name ("Channel 4", "BBC Four", "Theresa May")."""
    before = _NAME_BEFORE.search(text, 0, start)
    return before is not None and before[0].strip() not in _NOT_NAMES


def _same_figure(a: float, b: float) -> bool:
    return abs(a - b) <= ROUNDING * max(abs(a), abs(b))


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso and len(iso) >= 10 else None
    except ValueError:
        return None


def topic_vectors(embed: Embed, topics: Sequence[Topic]) -> np.ndarray:
    """One unit vector per topic: the mean of its description's and its phrases' mean vector."""
    groups = [_phrases(t.description) for t in topics]
    whole = embed([t.description for t in topics])
    phrases = mean_vectors(embed, groups)
    mixed = whole / np.linalg.norm(whole, axis=1, keepdims=True) + phrases
    return mixed / np.linalg.norm(mixed, axis=1, keepdims=True)


def _phrases(description: str) -> list[str]:
    head, colon, rest = description.partition(":")
    parts = [head] if colon else []
    parts += [p.strip().removeprefix("and ").strip() for p in re.split(r"[,;]", rest or head)]
    return [p for p in parts if p] or [description]


def assign_topics(
    story_vectors: np.ndarray, topics: Sequence[Topic], topic_matrix: np.ndarray
) -> list[str]:
    """Each story's topic name, or "Other" when it is close to none."""
    scores = story_vectors @ topic_matrix.T
    best = scores.argmax(1)
    return [
        topics[int(j)].name if scores[i, j] >= MIN_TOPIC_FIT else OTHER for i, j in enumerate(best)
    ]


# --- consequence ---------------------------------------------------------------------------------
_CASUALTIES = re.compile(
    r"\b(?:killed|dead|died|deaths?|dying|injured|wounded|casualties|fatalities|massacre)\b", re.I
)
_MONEY = re.compile(
    r"[$£€¥]\s?\d|\b\d[\d,.]*\s?(?:bn|billion|trillion|m|million)\b|\b(?:billion|million)s?\b",
    re.I,
)
_OFFICIAL = re.compile(
    r"\b(?:law|laws|bill|legislation|ruling|ruled|court|verdict|sentenced|charged|vote[ds]?|"
    r"referendum|election|deal|agreement|treaty|accord|memorandum|sanctions?|signed|passed|"
    r"approved|banned|decree|resolution|ceasefire|summit)\b",
    re.I,
)
_FEATURE_TITLE = re.compile(r"\b(?:review|interview|recipe|opinion|column|profile|quiz)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|I'm|I've)\b")


@dataclass(frozen=True)
class Weight:
    """How much a story matters, and why (for the JSON and for checking the order by hand)."""

    score: float
    reasons: tuple[str, ...]


def weigh(
    texts: Sequence[str], titles: Sequence[str], sources: int, watch: Sequence[str]
) -> Weight:
    """The consequence of a story from its points and lead (`texts`), its articles' titles and
    how many articles carry it."""
    joined = " ".join(texts)
    score, reasons = 0.0, []
    if sources > 1:
        score += 1.5 * (sources - 1)
        reasons.append(f"{sources} sources")
    if _CASUALTIES.search(joined):
        score += 3.0
        reasons.append("casualties")
    if _OFFICIAL.search(joined):
        score += 1.5
        reasons.append("official action")
    if _MONEY.search(joined):
        score += 1.0
        reasons.append("money")
    watched = [name for name in watch if _mentions(joined + " " + " ".join(titles), name)]
    if watched:
        score += 4.0
        reasons.append("watch-list: " + ", ".join(watched))
    if any(_FEATURE_TITLE.search(t) for t in titles) or len(_FIRST_PERSON.findall(joined)) >= 2:
        score -= 3.0
        reasons.append("feature or review")
    return Weight(score, tuple(reasons))


def _mentions(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name.strip())}(?!\w)", text, re.IGNORECASE) is not None


# --- what to watch -------------------------------------------------------------------------------
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_WHEN = re.compile(
    rf"\b(?:(?:on|by|from|until|before)\s+(?:{_WEEKDAY}|\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})"
    rf"(?:,?\s+\d{{1,2}}\s+{_MONTH}|\s+\d{{4}})?|in\s+{_MONTH}(?:\s+\d{{4}})?|next\s+(?:week|month|"
    rf"year|{_WEEKDAY})|later\s+this\s+(?:week|month|year)|(?:this|next)\s+(?:spring|summer|autumn|"
    rf"winter)|by\s+the\s+end\s+of\s+(?:the\s+)?(?:week|month|year|{_MONTH}))\b"
)


def future_event(sentence: str) -> str | None:
    """When a dated future event in `sentence` happens ("on 14 June", "next week"), or None."""
    when = _WHEN.search(sentence)
    if when and FUTURE.search(sentence):
        return when[0]
    return None
