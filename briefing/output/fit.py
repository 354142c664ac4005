"""Layout: fit a memo on one printed page, measured with WeasyPrint (`briefing.output.pages`).

The HTML is laid out by WeasyPrint at the configured page size. While it takes more than one page,
the memo gives way in a fixed order, least useful part first: the background is cut to one
sentence, the lowest-ranked key points go (down to two), the background goes, the lists of names
shrink, key points go down to one, names go, and long sentences are clipped (marked "…"). What was
left out is reported, in the memo's footer and on the command line; a memo that still cannot fit
is an error, never a silent second page. The bottom line is held to four printed lines the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from ..config import MemoSettings
from ..errors import LayoutError
from ..records import Entities, Entity, Memo
from ..segment import split_sentences
from .pages import MAX_BLUF_LINES, measure

# Re-exported: callers print and count pages through this module.
from .pages import count_pages as count_pages
from .pages import layout_document as layout_document
from .pages import render_pdf as render_pdf
from .proofs import calibrate, calibrated, proves_fit
from .render import Page, render

MIN_POINTS = 2  # key points kept before the background and names give way entirely
FEW_NAMES = 3
CLIP_WORDS = 25

Item = TypeVar("Item")  # a Memo or a Digest: anything with key_points ranked by `rank`


@dataclass(frozen=True)
class Fitted:
    """A memo (or digest) as it fits one page, its HTML for screen and for print, and the cuts."""

    item: Any
    html: str  # with the article appendix that [¶n] links point to (hidden in print)
    print_html: str  # for the PDF: no appendix, links go to the source
    page: Page

    @property
    def note(self) -> str | None:
        """ "dropped 2 key points and shortened the background to fit one page", or None."""
        parts = []
        if self.page.dropped_points:
            n = self.page.dropped_points
            parts.append(f"dropped {n} key point{'s' * (n != 1)}")
        if self.page.shortened:
            parts.append(f"shortened {_join(self.page.shortened)}")
        return f"{' and '.join(parts)} to fit one page" if parts else None


def fit_memo(
    memo: Memo, templates_dir: Path | None, settings: MemoSettings, *, calibrate_now: bool = False
) -> Fitted:
    """The memo, cut as little as needed to print on one page at `settings.page_size`.

    A memo of the built-in template is proved to fit without a full layout when the page's glyph
    widths have been read (`prepare`), or when `calibrate_now` asks for them to be read now.
    Reading them costs about ten layouts: worth it for a batch of memos, not for the first few
    (see `OutputFolder.write`). The memo comes out the same either way."""

    def html(item: Memo, page: Page) -> str:
        return render(item, "html", templates_dir, page)

    page = Page(settings)
    proving = _built_in_template(templates_dir) and (calibrated(page) or calibrate_now)
    if proving and proves_fit(memo, page):
        return Fitted(memo, html(memo, page), _print_html(html, memo, page), page)
    return fit(memo, html, memo_cuts, page)


LAYOUTS_BEFORE_PROOFS = 8  # memos laid out in full before a writer reads the glyph widths


def prepare(stand_in: Memo, templates_dir: Path | None, settings: MemoSettings) -> None:
    """Read the page's glyph widths ahead of a batch of memos like `stand_in`, so that every one
    of them may be proved to fit, the first ones included. For the built-in template only."""
    if _built_in_template(templates_dir):
        calibrate(stand_in, Page(settings))


def _built_in_template(templates_dir: Path | None) -> bool:
    """Whether memos are printed with the built-in template and style, which `proves_fit` knows."""
    if templates_dir is None:
        return True
    return not any((templates_dir / name).exists() for name in ("memo.html.j2", "memo.css.j2"))


def fit(
    item: Item,
    render_html: Callable[[Item, Page], str],
    cuts: Callable[[Item, Page], Iterator[tuple[Item, Page]]],
    page: Page,
) -> Fitted:
    """The least-cut version of `item` whose HTML prints on one page.

    Each cut only removes content, so the page count never grows along the list of cuts: the
    first cut that fits is found by bisection, in a handful of layouts rather than one per cut.
    """
    item, page = _fit_bluf(item, render_html, page)
    candidates = list(cuts(item, page))

    def fits(index: int) -> bool:
        return measure(_print_html(render_html, *candidates[index])).pages == 1

    low, high = 0, len(candidates) - 1  # invariant: every cut before `low` overflows
    if not fits(0):
        if not fits(high):
            title, size = clip(_title(item), 8), page.settings.page_size
            raise LayoutError(
                f"cannot fit {title!r} on one {size} page even with one key point; "
                "shorten the title or the template"
            )
        low = 1
        while low < high:
            middle = (low + high) // 2
            if fits(middle):
                high = middle
            else:
                low = middle + 1
    chosen, chosen_page = candidates[low]
    return Fitted(
        chosen,
        render_html(chosen, chosen_page),
        _print_html(render_html, chosen, chosen_page),
        chosen_page,
    )


def _print_html(render_html: Callable[[Item, Page], str], item: Item, page: Page) -> str:
    """The HTML as printed: the article appendix is hidden in print, so it is left out of what is
    measured too (laying out a whole article's text costs more than the memo itself)."""
    return render_html(item, replace(page, appendix=False))


def _fit_bluf(item: Item, render_html: Callable[[Item, Page], str], page: Page):
    """Clip the bottom line until it prints in at most four lines."""
    for _ in range(4):
        lines = measure(_print_html(render_html, item, page)).bluf_lines
        if lines <= MAX_BLUF_LINES:
            break
        words = item.bluf.text.split()
        keep = max(8, int(len(words) * MAX_BLUF_LINES / lines) - 2)
        item = replace(item, bluf=replace(item.bluf, text=clip(item.bluf.text, keep)))
        page = _shortened(page, "the bottom line")
    return item, page


def memo_cuts(memo: Memo, page: Page) -> Iterator[tuple[Memo, Page]]:
    """The memo, then smaller and smaller versions of it, in the order parts give way."""
    yield memo, page
    sentences = [memo.background[a:b] for a, b in split_sentences(memo.background)]
    while len(sentences) > 1:
        sentences.pop()
        memo = replace(memo, background=" ".join(sentences))
        page = _shortened(page, "the background")
        yield memo, page
    memo, page = yield from _drop_points(memo, page, MIN_POINTS)
    if memo.background:
        memo, page = replace(memo, background=""), _shortened(page, "the background")
        yield memo, page
    entities = memo.entities
    if any(len(names) > FEW_NAMES for names in _lists(entities)):
        few = replace(
            entities,
            people=entities.people[:FEW_NAMES],
            organisations=entities.organisations[:FEW_NAMES],
            places=entities.places[:FEW_NAMES],
        )
        memo, page = replace(memo, entities=few), _shortened(page, "the names")
        yield memo, page
    memo, page = yield from _drop_points(memo, page, 1)
    if any(_lists(memo.entities)):
        # The JSON keeps every entity (`found`); only the printed lists go.
        none = replace(memo.entities, people=(), organisations=(), places=())
        memo, page = replace(memo, entities=none), _shortened(page, "the names")
        yield memo, page
    yield _clip_points(memo, page)


MIN_FULL_STORIES = 3  # stories kept in full on the first page before any is shortened


def digest_cuts(digest: Any, page: Page) -> Iterator[tuple[Any, Page]]:
    """A digest gives way story by story, least consequential first: moved to a one-line "Also
    today" entry under its section (down to three full stories), then the full stories' further
    points go, then their bottom lines are clipped. No story is ever left out."""
    yield digest, page
    ranked = digest.ranked()
    for story in reversed(ranked[MIN_FULL_STORIES:]):
        digest = digest.with_story(story, replace(story, brief=True))
        yield digest, page
    for story in reversed([s for s in digest.ranked() if not s.brief]):
        if story.further is not None:
            digest = digest.with_story(story, replace(story, further=None, shortened=True))
            yield digest, page
    for story in reversed([s for s in digest.ranked() if not s.brief]):
        clipped = replace(story.bottom_line, text=clip(story.bottom_line.text, CLIP_WORDS))
        if clipped != story.bottom_line:
            digest = digest.with_story(story, replace(story, bottom_line=clipped, shortened=True))
            yield digest, page


def fit_digest(digest: Any, render_html: Callable[[Any, Page], str], page: Page) -> Fitted:
    """The digest on one page if it can be, cut as little as needed; else its top stories on the
    first page and "Also today" with the sources on the pages after it."""
    try:
        return fit(digest, render_html, digest_cuts, page)
    except LayoutError:
        pass
    first = fit(digest, render_html, digest_cuts, replace(page, overflow=True, first_only=True))
    final = replace(first.page, first_only=False)
    return Fitted(
        first.item,
        render_html(first.item, final),
        _print_html(render_html, first.item, final),
        final,
    )


def _drop_points(
    item: Item, page: Page, keep: int
) -> Generator[tuple[Item, Page], None, tuple[Item, Page]]:
    """Drop the lowest-ranked key point, one at a time, down to `keep`; return the last cut."""
    while len(item.key_points) > keep:
        worst = max(item.key_points, key=lambda p: p.rank)
        item = replace(item, key_points=tuple(p for p in item.key_points if p is not worst))
        page = replace(page, dropped_points=page.dropped_points + 1)
        yield item, page
    return item, page


def _clip_points(item: Item, page: Page) -> tuple[Item, Page]:
    points = tuple(replace(p, text=clip(p.text, CLIP_WORDS)) for p in item.key_points)
    if points == item.key_points:
        return item, page
    return replace(item, key_points=points), _shortened(page, "long key points")


def _shortened(page: Page, part: str) -> Page:
    if part in page.shortened:
        return page
    return replace(page, shortened=(*page.shortened, part))


def _lists(entities: Entities) -> tuple[tuple[Entity, ...], ...]:
    return (entities.people, entities.organisations, entities.places)


def clip(text: str, words: int) -> str:
    """The first `words` words of `text`, with an ellipsis when anything was cut."""
    parts = text.split()
    if len(parts) <= words:
        return text
    return " ".join(parts[:words]).rstrip(",;:—–-") + " …"


def _title(item: Any) -> str:
    document = getattr(item, "document", None)
    return document.article.title if document else getattr(item, "title", "digest")


def _join(parts: tuple[str, ...]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
