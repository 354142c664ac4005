"""Stories: articles about one event grouped, put under a topic, and weighed for consequence.

Everything here reads the sentence encoder's vectors (an `Embed` function) and the articles' own
text; nothing is trained. An article is represented by the mean of its title's, its lead
sentences' and its next paragraphs' first sentences' vectors: a title alone is too short to place
("Ad sales boost Time Warner profit"), a whole article too slow to encode for a morning's run.

- Grouping: two articles report one event when their vectors are very close, or close and they
  share at least two names (people, places, organisations, numbers); a story takes an article
  only when it is linked to every article already in it, so that no chain of near-neighbours
  merges two events.
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

import numpy as np

from .config import Topic
from .records import Memo

Embed = Callable[[Sequence[str]], np.ndarray]

OTHER = "Other"
# Cosine between two articles' vectors at or above which they report one event whatever their
# names, and the lower one at which two shared names are needed as well. Articles that are the
# same text (a wire story run twice) score about 1.0; different events of one kind (two football
# results, two quarterly reports) rarely pass 0.8 and then share few names.
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
    "After Before When While Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday "
    "Sunday January February March April May June July August September October November "
    "December".split()
)


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


def group_articles(vectors: np.ndarray, names: Sequence[frozenset[str]]) -> list[list[int]]:
    """Articles (rows of `vectors`) grouped into stories; each story's articles in input order,
    stories in the order of their first article."""
    similarity = vectors @ vectors.T
    count = len(vectors)

    def linked(a: int, b: int) -> bool:
        cosine = similarity[a, b]
        return cosine >= SAME_EVENT or (
            cosine >= RELATED and len(names[a] & names[b]) >= SHARED_NAMES
        )

    stories: list[list[int]] = []
    for article in range(count):
        joinable = [s for s in stories if all(linked(article, other) for other in s)]
        if joinable:
            best = max(joinable, key=lambda s: float(similarity[article, s].mean()))
            best.append(article)
        else:
            stories.append([article])
    return stories


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
_FUTURE = re.compile(
    r"\b(?:will|shall|is due|are due|is expected|are expected|is scheduled|are scheduled|"
    r"is set to|are set to|plans? to|is to|are to|deadline|due to (?:be|take|vote|meet|visit))\b",
    re.I,
)


def future_event(sentence: str) -> str | None:
    """When a dated future event in `sentence` happens ("on 14 June", "next week"), or None."""
    when = _WHEN.search(sentence)
    if when and _FUTURE.search(sentence):
        return when[0]
    return None
