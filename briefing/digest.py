"""Digest: the morning brief across a run's memos, by topic, by story, most consequential first.

Articles about one event become one story with all their sources (`stories.group_articles`). A
story's bottom line is the best-covered article's: the one whose points the story's other
articles report most. Its further point is the one most articles report, else the one the
best-covered article ranks next; a fact that only one of several sources reports says so. Each
story goes under a topic section, in the order the desk set (`[digest] topics`), and sections
list their stories by consequence. "What to watch" gathers the dated future events the stories'
articles state. Layout may move stories to one-line "Also today" entries to fit the first page;
none is ever left out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from . import stories as st
from .config import DigestSettings, Settings
from .errors import BriefingError
from .load.meta import display_date
from .output.files import Written, write_atomic
from .output.render import DIGEST_PREFIX, Page, render_data, safe_link
from .records import Article, EngineInfo, KeyPoint, Memo

# Cosine of two MiniLM sentence embeddings at or above which two points state the same fact.
# On 8 hand-written pairs, paraphrases of one fact scored 0.74-0.98 ("signed a memorandum of
# understanding on defence cooperation" vs "signed a defence cooperation MoU": 0.74) and related
# but distinct facts about the same story 0.32-0.56: the threshold sits in that gap.
SAME_FACT = 0.7
WATCH_ITEMS = 6  # "What to watch" entries, at most two per story
WATCH_WORDS = 32

Embed = st.Embed


@dataclass(frozen=True)
class StoryPoint:
    text: str
    citations: tuple[tuple[int, int], ...]  # (article number in the sources list, paragraph)
    only: str | None = None  # the one source reporting it, when the story has several


@dataclass(frozen=True)
class Story:
    title: str
    articles: tuple[int, ...]  # numbers in the sources list, best-covered first
    topic: str
    bottom_line: StoryPoint
    further: StoryPoint | None
    weight: st.Weight
    brief: bool = False  # shown as a one-line "Also today" entry
    shortened: bool = False  # its further point left out to fit the page


@dataclass(frozen=True)
class WatchItem:
    when: str
    text: str
    citation: tuple[int, int]
    story: str  # the story's title


@dataclass(frozen=True)
class DigestSource:
    article: Article
    memo_file: str | None = None  # the article's own HTML memo, beside the digest


@dataclass(frozen=True)
class Digest:
    date: str
    sources: tuple[DigestSource, ...]
    sections: tuple[tuple[str, tuple[Story, ...]], ...]  # topic name, its stories in order
    watch: tuple[WatchItem, ...]
    engine: EngineInfo
    generated_at: str

    @property
    def stories(self) -> tuple[Story, ...]:
        return tuple(s for _, section in self.sections for s in section)

    def ranked(self) -> list[Story]:
        """Every story, most consequential first (what layout keeps in full longest)."""
        return sorted(self.stories, key=_importance)

    def with_story(self, old: Story, new: Story) -> Digest:
        """This digest with story `old` replaced by `new` (layout's cuts)."""
        sections = tuple(
            (name, tuple(new if s is old else s for s in section))
            for name, section in self.sections
        )
        return replace(self, sections=sections)


def build_digest(
    memos: Sequence[Memo],
    embed: Embed,
    settings: DigestSettings | None = None,
    memo_files: dict[str, str | None] | None = None,
) -> Digest:
    """The digest of `memos`: every article in exactly one story, every story in one section."""
    if not memos:
        raise BriefingError("no memos to make a digest of")
    settings = settings or DigestSettings()
    leads = [st.article_texts(m) for m in memos]
    points = [(m.bluf, *sorted(m.key_points, key=lambda p: p.rank)) for m in memos]
    flat = [p.text for ps in points for p in ps]
    point_vectors = embed(flat)
    owner = np.array([n for n, ps in enumerate(points) for _ in ps])
    vectors = st.mean_vectors(embed, leads)
    facts = [
        st.lead_facts(texts[0], texts[1:3], m.document.article.source.published)
        for m, texts in zip(memos, leads, strict=True)
    ]
    groups = st.group_articles(vectors, facts)
    story_vectors = np.stack([_unit(vectors[g].mean(0)) for g in groups])
    topics = st.assign_topics(
        story_vectors, settings.topics, st.topic_vectors(embed, settings.topics)
    )
    same = point_vectors @ point_vectors.T >= SAME_FACT
    offsets = np.cumsum([0, *(len(ps) for ps in points)])
    outlets = [_outlet_name(m.document.article, n) for n, m in enumerate(memos, start=1)]
    built = [
        _story(group, topic, points, offsets, same, owner, outlets, memos, settings.watch)
        for group, topic in zip(groups, topics, strict=True)
    ]
    order = [t.name for t in settings.topics] + [st.OTHER]
    sections = tuple(
        (name, tuple(sorted((s for s in built if s.topic == name), key=_importance)))
        for name in order
        if any(s.topic == name for s in built)
    )
    files = memo_files or {}
    first = memos[0]
    ranked = [s for _, section in sections for s in section]
    return Digest(
        date=first.generated_at[:10],
        sources=tuple(
            DigestSource(m.document.article, files.get(m.document.article.sha256)) for m in memos
        ),
        sections=sections,
        watch=_watch(sorted(ranked, key=_importance), memos),
        engine=first.engine,
        generated_at=first.generated_at,
    )


def _importance(story: Story) -> tuple[float, int]:
    return (-story.weight.score, story.articles[0])


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / max(float(np.linalg.norm(vector)), 1e-9)


def _story(
    group: list[int],
    topic: str,
    points: list[tuple[KeyPoint, ...]],
    offsets: np.ndarray,
    same: np.ndarray,
    owner: np.ndarray,
    outlets: list[str],
    memos: Sequence[Memo],
    watch: Sequence[str],
) -> Story:
    members = set(group)

    def reporters(index: int) -> set[int]:
        """Articles of the story with a point stating the same fact as point `index`."""
        return {int(a) for a in owner[same[index]] if int(a) in members}

    def coverage(article: int) -> tuple[int, int]:
        own = range(offsets[article], offsets[article + 1])
        return (sum(len(reporters(i)) for i in own), len(memos[article].document.paragraphs))

    best = max(group, key=coverage) if len(group) > 1 else group[0]
    ordered = [best, *(a for a in group if a != best)]

    def story_point(index: int) -> StoryPoint:
        article = int(owner[index])
        point = points[article][index - offsets[article]]
        by = reporters(index) | {article}
        cites = [(article + 1, point.paragraph)]
        for other in ordered:
            if other in by and other != article:
                match = next(i for i in range(offsets[other], offsets[other + 1]) if same[index, i])
                cites.append((other + 1, points[other][match - offsets[other]].paragraph))
        only = outlets[article] if len(group) > 1 and len(by) == 1 else None
        return StoryPoint(point.text, tuple(cites), only)

    bottom = int(offsets[best])
    candidates = [
        i
        for a in ordered
        for i in range(offsets[a], offsets[a + 1])
        if i != bottom and not same[bottom, i]
    ]
    # The further point: reported by the most articles, then the best-covered article's next.
    further = (
        max(candidates, key=lambda i: (len(reporters(i)), -ordered.index(int(owner[i])), -i))
        if candidates
        else None
    )
    texts = [p.text for a in group for p in points[a]]
    texts += [t for a in group for t in st.article_texts(memos[a])[1:3]]
    titles = [memos[a].document.article.title for a in group]
    return Story(
        title=memos[best].document.article.title,
        articles=tuple(a + 1 for a in ordered),
        topic=topic,
        bottom_line=story_point(bottom),
        further=story_point(further) if further is not None else None,
        weight=st.weigh(texts, titles, len(group), watch),
    )


def _watch(stories: list[Story], memos: Sequence[Memo]) -> tuple[WatchItem, ...]:
    """Dated future events the stories' articles state, the most consequential story's first."""
    from .output.fit import clip
    from .summarise.standalone import is_news, standalone

    found: list[WatchItem] = []
    for story in stories:
        taken = 0
        for number in story.articles:
            document = memos[number - 1].document
            for sentence in document.sentences:
                when = st.future_event(sentence.text)
                if not when or taken >= 2 or not is_news(sentence.text):
                    continue
                # A line of its own in the brief: it must stand alone, as a memo point does.
                whole = standalone(sentence, document)
                if whole is None or any(w.text == clip(whole, WATCH_WORDS) for w in found):
                    continue
                text = clip(whole, WATCH_WORDS)
                found.append(WatchItem(when, text, (number, sentence.paragraph), story.title))
                taken += 1
    return tuple(found[:WATCH_ITEMS])


def _outlet_name(article: Article, number: int) -> str:
    return article.source.outlet or f"source {number}"


def input_hash(digest: Digest) -> str:
    """One sha256 for the whole run: over the sorted sha256s of its inputs."""
    joined = "\n".join(sorted(s.article.sha256 for s in digest.sources))
    return hashlib.sha256(joined.encode()).hexdigest()


def digest_data(digest: Digest) -> dict[str, Any]:
    """The digest as plain data: its JSON file and its templates' context."""

    def point(p: StoryPoint | None) -> dict[str, Any] | None:
        if p is None:
            return None
        return {
            "text": p.text,
            "citations": [{"article": a, "paragraph": n} for a, n in p.citations],
            "only": p.only,
        }

    sources = digest.sources

    def story(s: Story) -> dict[str, Any]:
        outlets = [_outlet_name(sources[n - 1].article, n) for n in s.articles]
        return {
            "title": s.title,
            "topic": s.topic,
            "articles": list(s.articles),
            "outlets": list(dict.fromkeys(outlets)),
            "bottom_line": point(s.bottom_line),
            "further": point(s.further),
            "score": round(s.weight.score, 2),
            "reasons": list(s.weight.reasons),
            "also_today": s.brief,
            "shortened": s.shortened,
        }

    count = len(sources)
    return {
        "title": f"Morning brief: {count} article{'s' * (count != 1)}, "
        f"{len(digest.stories)} stor{'ies' if len(digest.stories) != 1 else 'y'}",
        "date": digest.date,
        "sections": [
            {
                "topic": name,
                "stories": [story(s) for s in section if not s.brief],
                "also_today": [story(s) for s in section if s.brief],
            }
            for name, section in digest.sections
        ],
        "watch": [
            {
                "when": w.when,
                "text": w.text,
                "citation": {"article": w.citation[0], "paragraph": w.citation[1]},
                "story": w.story,
            }
            for w in digest.watch
        ],
        "sources": [
            {
                "number": n,
                "title": s.article.title,
                "outlet": s.article.source.outlet,
                "published": display_date(s.article.source.published),
                "url": s.article.source.url,
                "link": safe_link(s.article.source.url),
                "memo": s.memo_file,
                "file": s.article.path.name,
                "sha256": s.article.sha256,
            }
            for n, s in enumerate(sources, start=1)
        ],
        "engine": {"name": digest.engine.name, "model": digest.engine.model},
        "generated_at": digest.generated_at,
        "input": {"sha256": input_hash(digest), "count": count},
    }


def render_digest(
    digest: Digest, fmt: str, templates_dir: Path | None = None, page: Page | None = None
) -> str:
    return render_data("digest", digest_data(digest), fmt, templates_dir, page)


def fitting_note(digest: Digest, two_pages: bool) -> str | None:
    """What layout did to fit the first page, by story title, or None."""
    parts = []
    moved = [s.title for s in digest.ranked() if s.brief]
    shortened = [s.title for s in digest.ranked() if s.shortened and not s.brief]
    if moved:
        where = "Also today, on page 2" if two_pages else "Also today"
        parts.append(f"moved to {where}: " + "; ".join(f"“{t}”" for t in moved))
    if shortened:
        parts.append("shortened: " + "; ".join(f"“{t}”" for t in shortened))
    return " and ".join(parts) or None


def write_digest(digest: Digest, settings: Settings) -> Written:
    """Write outputs/digest-YYYY-MM-DD.* in the run's formats; a same-day digest is replaced."""
    from .output.fit import fit_digest, render_pdf

    note = None
    if "html" in settings.formats or "pdf" in settings.formats:
        fitted = fit_digest(
            digest,
            lambda item, page: render_digest(item, "html", settings.templates_dir, page),
            Page(settings.memo),
        )
        digest, note = fitted.item, fitting_note(fitted.item, fitted.page.overflow)
    rendered: dict[str, str | bytes] = {
        fmt: render_digest(digest, fmt, settings.templates_dir, Page(settings.memo))
        for fmt in settings.formats
        if fmt in ("md", "json")
    }
    if "html" in settings.formats:
        rendered["html"] = fitted.html
    if "pdf" in settings.formats:
        rendered["pdf"] = render_pdf(fitted.print_html, max_pages=None)
    paths = []
    for fmt in settings.formats:
        path = settings.output_dir / f"{DIGEST_PREFIX}{digest.date}.{fmt}"
        write_atomic(path, rendered[fmt])
        paths.append(path)
    return Written(paths=tuple(paths), note=note)


def make_digest(
    memos: Sequence[Memo], settings: Settings, memo_files: dict[str, str | None] | None = None
) -> tuple[Digest, Written]:
    """Library entry point: the digest of `memos`, written beside them."""
    from .encoder.sentences import SentenceEncoder

    encoder = SentenceEncoder.from_settings(settings)
    digest = build_digest(memos, encoder.encode, settings.digest, memo_files)
    return digest, write_digest(digest, settings)
