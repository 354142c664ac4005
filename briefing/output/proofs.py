"""A quick proof that a memo prints on one page, without laying the memo itself out.

Laying a memo out with WeasyPrint costs about 65 ms, after the encoder the largest cost of
`briefing make`; yet most memos are well short of a full page. For the built-in template, this
cheaper test comes first:

1. Bounds: for every text block (title, bottom line, each key point, background, each list of
   names, source line, footer), an upper bound on its printed lines. Words are measured with
   per-character widths that WeasyPrint itself reports, in that block's font (read once per
   process), widened by `WIDTH_MARGIN` for kerning and rounding, and wrapped greedily at spaces
   only. The real layout can also break at hyphens, which only ever saves lines.
2. Envelopes: the same memo structure (sections, number of key points, page settings), with
   filler words so wide that each takes a line of its own, as many per block as a bound. Every
   line of a block has the same height, so a memo whose blocks need no more lines than an
   envelope's is no taller than it: if the envelope prints on one page, so does the memo. Nor is
   a memo with fewer blocks (fewer key points, no background, a list of names less): a block
   left out of the normal flow of a page only takes its height and margins away. Each envelope
   is laid out by WeasyPrint once and kept, with whether it fitted; a memo that no kept envelope
   covers gets a new one, its bounds rounded up to a few steps so that later memos can share it
   (or, if that one overflows, its bounds as they are).

Whatever the bounds do not cover (a character outside the measured set, a custom template, a
"[check: ...]" note) returns False, and the memo is laid out in full as before.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from markupsafe import Markup

from ..records import paragraph_label
from .pages import MAX_BLUF_LINES, element_classes, layout_document, measure
from .render import Page, memo_data, render_data

WIDTH_MARGIN = 1.03  # a word is taken as 3% wider than the sum of its glyphs' advances
FILLER_CHAR = "n"
# Characters measured in each block's font: ASCII and the Latin-1 letters and typographic marks
# that news text uses. Any other character sends the memo to the full layout.
CHARSET = "".join(map(chr, range(32, 127))) + "‘’“”–—…•·¶£€°éèáàíóúñçöüäëïâêôÉ"
# Blocks whose font is another block's at another size: their widths are that block's, scaled
# by how wide a sample word comes out in both (a full table for each would double the cost).
SCALED_FROM = {
    "background": "point",
    "names": "point",
    "source": "point",
    "footer": "point-ref",
    "bluf-ref": "point-ref",
    "background-ref": "point-ref",
}
SAMPLE = "Hamburgefonstiv"
# Steps each block's bound is rounded up to, so that similar memos share one envelope.
STEPS = {
    "subject": (2,),
    "bluf": (4,),
    "point": (3,),
    "background": (4, 8),
    "names": (2,),
    "source": (2,),
    "footer": (2,),
}
LONGEST_DATE = "30 September 2000"  # what an envelope's "Published" row prints
NAME_LISTS = ("people", "organisations", "places", "tags")
FIXED = ("subject", "bluf", "point", "source", "footer")  # blocks every memo prints


# page -> the envelopes laid out for it: those that fit, those that overflowed
_ENVELOPES: dict[Page, tuple[list[dict], list[dict]]] = {}


@dataclass(frozen=True)
class Metrics:
    """Character widths per font context and the width of each block's lines, in CSS px."""

    widths: dict[str, dict[str, float]]  # context ("bluf", "point-ref", ...) -> char -> width
    line_width: dict[str, float]  # block -> content width


def proves_fit(memo: Any, page: Page) -> bool:
    """True when the memo, uncut, certainly prints on one page with its bottom line in at most
    four lines; False when that takes the full layout to tell."""
    data = memo_data(memo)
    page = replace(page, appendix=False)  # what is printed, and measured, has no appendix
    frame = _frame(data)
    metrics = _metrics(page, frame)
    bounds = _bounds(data, metrics)
    # A longer bottom line is clipped to fit, which takes the full layout.
    if bounds is None or bounds["bluf"][0] > MAX_BLUF_LINES:
        return False
    levels = _levels(bounds, {})
    if any(_within(levels, envelope) for envelope in _ENVELOPES.get(page, ([], []))[0]):
        return True
    # First an envelope rounded up to the steps, which later memos can share; if that one
    # is too tall, one of exactly the memo's bounds.
    rounded = _levels(bounds, STEPS)
    return any(_fits(envelope, frame, page, metrics) for envelope in _unique(rounded, levels))


def _fits(envelope: dict, frame: dict[str, Any], page: Page, metrics: Metrics) -> bool:
    """Whether the envelope prints on one page: known, or laid out now and kept."""
    fitted, overflowed = _ENVELOPES.setdefault(page, ([], []))
    if any(_within(envelope, known) for known in fitted):
        return True
    if any(_within(known, envelope) for known in overflowed):
        return False  # as tall as one that overflowed, or taller
    html = render_data("memo", _fill(frame, envelope, metrics), "html", None, page)
    fits = measure(html).pages == 1
    (fitted if fits else overflowed).append(envelope)
    return fits


def _unique(*envelopes: dict) -> list[dict]:
    return [e for n, e in enumerate(envelopes) if e not in envelopes[:n]]


def _within(small: dict[str, tuple[int, ...]], large: dict[str, tuple[int, ...]]) -> bool:
    """Whether every block of `small` needs no more lines than the same block of `large`.

    A block at 0 lines is left out (a list of names, the background). Key points are paired
    longest with longest, and `large` may have more of them.
    """
    for block, lines in small.items():
        if block == "point":
            mine, theirs = sorted(lines, reverse=True), sorted(large[block], reverse=True)
            if len(mine) > len(theirs):
                return False
            if any(x > y for x, y in zip(mine, theirs[: len(mine)], strict=True)):
                return False
        elif any(x > y for x, y in zip(lines, large[block], strict=True)):
            return False
    return True


WATCH_LABEL = "What to watch: "


# --- bounds on lines ------------------------------------------------------------------------------
def _bounds(data: dict[str, Any], metrics: Metrics) -> dict[str, tuple[int, ...]] | None:
    """Upper bounds on the printed lines of every block, or None if one cannot be bounded."""
    points = data["key_points"]
    if any(p["unsupported"] for p in points):
        return None  # the "[check: ...]" note is in a font of its own
    texts: dict[str, list[tuple[str, str | None]]] = {
        "subject": [(data["title"], None)],
        "bluf": [(data["bluf"], _ref(data["bluf_point"]))],
        # "What to watch:" is printed before its point in the point's own font (memo.html.j2).
        "point": [(WATCH_LABEL * bool(p.get("watch")) + p["text"], _ref(p)) for p in points],
        "background": [(data["background"], _background_ref(data))],
        "names": [("; ".join(names), None) for names in _name_lists(data)],
        "source": [(_source_line(data), None)],
        "footer": [(_footer_line(data), None)],
    }
    bounds = {}
    for block, items in texts.items():
        lines = []
        for text, ref in items:
            # An empty background or list of names is left out of the memo: 0 lines.
            count = _lines(text, ref, block, metrics) if text or block in FIXED else 0
            if count is None:
                return None
            lines.append(count)
        bounds[block] = tuple(lines)
    # The "Published" row: one line when the memo has a date (as long as any date), else none.
    bounds["published"] = (1,)  # the row is always printed: a date, or that none was given
    bounds["opinion"] = (int(bool(data["opinion"])),)  # the "Kind" row of the writer's view
    return bounds


def _lines(text: str, ref: str | None, block: str, metrics: Metrics) -> int | None:
    """An upper bound on the lines `text`, then its paragraph reference, print on.

    Words are taken as `WIDTH_MARGIN` wider than their glyphs, for what context adds. The
    reference cannot break; where it does not fit after the text, WeasyPrint moves a word of the
    text to a line of its own as well, so a reference that may not fit counts two more lines.
    It surely fits when it fits after the text's last line and the text takes as many lines even
    at `WIDTH_MARGIN` narrower (so that no layout packs the text tighter, last line fuller).
    """
    glyphs = metrics.widths[block]
    words = [_width(word, glyphs) for word in text.split()]
    ref_width = _width(ref, metrics.widths.get(f"{block}-ref", {})) if ref is not None else 0.0
    if ref_width is None or any(w is None for w in words):
        return None
    space, limit = glyphs[" "], metrics.line_width[block]
    lines, last = _wrap([w * WIDTH_MARGIN for w in words], space * WIDTH_MARGIN, limit)
    if ref is None:
        return lines
    tighter, _ = _wrap([w / WIDTH_MARGIN for w in words], space / WIDTH_MARGIN, limit)
    fits = last + (space + ref_width) * WIDTH_MARGIN <= limit
    return lines if fits and tighter == lines else lines + 2


def _wrap(words: list[float], space: float, limit: float) -> tuple[int, float]:
    """Lines that words of these widths take, wrapped greedily at spaces, and the last's width."""
    lines, used = 1, 0.0
    for width in words:
        if used and used + space + width > limit:
            lines, used = lines + 1, 0.0
        if width > limit:  # broken anywhere (a URL) or overflowing: a line per full width
            extra = math.ceil(width / limit) - 1
            lines, width = lines + extra, width - extra * limit
        used = used + space + width if used else width
    return lines, used


def _width(word: str, glyphs: dict[str, float]) -> float | None:
    try:
        return sum(glyphs[c] for c in word)
    except KeyError:
        return None


def _ref(point: dict[str, Any]) -> str:
    return f"[¶{paragraph_label(point['paragraphs'])}]"


def _background_ref(data: dict[str, Any]) -> str | None:
    paragraphs = data["background_paragraphs"]
    return f"[¶{paragraph_label(paragraphs)}]" if paragraphs else None


def _name_lists(data: dict[str, Any]) -> list[list[str]]:
    entities = data["entities"]
    return [entities["people"], entities["organisations"], entities["places"], data["tags"]]


def _source_line(data: dict[str, Any]) -> str:
    """The text of the template's source paragraph."""
    source = data["source"]
    published = data["published"] and f"published {data['published']}"
    parts = [source["outlet"], f"“{data['title']}”", published, source["author"]]
    # The file's path only stands in when the article names no outlet and no address.
    parts.append(source["url"] or ("" if source["outlet"] else f"file {data['input']['path']}"))
    return " · ".join(part for part in parts if part)


def _footer_line(data: dict[str, Any]) -> str:
    """The text of the template's footer (a fresh page: nothing left out to fit)."""
    engine, sha = data["engine"], data["input"]["sha256"][:16]
    return (
        f"Generated {data['generated_at']} by briefing · engine {engine['name']} · "
        f"model {engine['model']} · input sha256 {sha}"
    )


def _levels(bounds: dict[str, tuple[int, ...]], steps: dict[str, tuple[int, ...]]) -> dict:
    """Each bound rounded up to its block's next step (if any); key points in order of size,
    as the order of list items does not change their total height."""
    levels = {}
    for block, lines in bounds.items():
        up = steps.get(block, ())
        rounded = tuple(next((s for s in up if s >= n), n) if n else 0 for n in lines)
        levels[block] = tuple(sorted(rounded)) if block == "point" else rounded
    return levels


# --- the envelope ---------------------------------------------------------------------------------
def _frame(data: dict[str, Any]) -> dict[str, Any]:
    """The memo's data with the parts that vary emptied: what envelopes and probes fill in."""
    # Shallow: `_with_blocks` copies it whole before filling anything in.
    return {
        **data,
        "paragraphs": [],  # the article text is not printed
        "source": dict.fromkeys(data["source"]),
        "input": {**data["input"], "path": "x"},
    }


def _fill(frame: dict[str, Any], levels: dict[str, tuple[int, ...]], metrics: Metrics) -> dict:
    """`frame` with, in every block, as many filler words as its level: one per line."""

    def filler(block: str, lines: int) -> str:
        glyph = metrics.widths[block][FILLER_CHAR]
        # Wider than half a line, so no two share one; narrower than a line, so none breaks.
        word = FILLER_CHAR * (math.floor(0.6 * metrics.line_width[block] / glyph) + 1)
        return " ".join([word] * lines)

    names = {
        key: [filler("names", n)] if n else []
        for key, n in zip(NAME_LISTS, levels["names"], strict=True)
    }
    background = levels["background"][0]
    frame = frame | {
        "published": LONGEST_DATE if levels["published"][0] else None,
        "opinion": bool(levels["opinion"][0]),
    }
    return _with_blocks(
        frame,
        title=filler("subject", levels["subject"][0]),
        bluf=filler("bluf", levels["bluf"][0]),
        points=[filler("point", n) for n in levels["point"]],
        background=filler("background", background) if background else "",
        names=names,
        source=filler("source", levels["source"][0]),
        footer=filler("footer", levels["footer"][0]),
    )


def _with_blocks(frame: dict[str, Any], **blocks: Any) -> dict[str, Any]:
    """A copy of `frame` with each block's text set: the source line's through the outlet, the
    footer's through the model name (fields that only those blocks print)."""
    data = copy.deepcopy(frame)
    data["title"], data["bluf"], data["background"] = (
        blocks["title"],
        blocks["bluf"],
        blocks["background"],
    )
    # As many key points as asked for, each like the frame's (its last, or its bottom line's).
    like = data["key_points"] or [_any_point(frame)]
    data["key_points"] = [
        like[min(n, len(like) - 1)] | {"text": text} for n, text in enumerate(blocks["points"])
    ]
    data["entities"] = {key: blocks["names"][key] for key in NAME_LISTS[:3]}
    data["tags"] = blocks["names"]["tags"]
    data["source"]["outlet"] = blocks["source"]
    data["engine"]["model"] = blocks["footer"]
    return data


# --- calibration: read from WeasyPrint once per process and page ----------------------------------
_METRICS: dict[Page, Metrics] = {}


def calibrate(memo: Any, page: Page) -> None:
    """Read the glyph widths for `page` now, with `memo` standing in for the memos to come."""
    _metrics(replace(page, appendix=False), _frame(memo_data(memo)))


def calibrated(page: Page) -> bool:
    """Whether the glyph widths for `page` have been read."""
    return replace(page, appendix=False) in _METRICS


def _metrics(page: Page, frame: dict[str, Any]) -> Metrics:
    """Character widths in each block's font, and each block's line width, from two layouts of
    the built-in template: one of probe characters in the title, bottom line, a key point and its
    reference; one of a short memo with every section and a sample word in the other fonts."""
    if page not in _METRICS:

        def span(kind: str, text: str, code: int = 0) -> Markup:
            return Markup('<span class="{}" data-c="{}" style="white-space: pre">{}</span>').format(
                kind, code, text
            )

        def ref(inner: Markup) -> Markup:
            return Markup('<span class="ref">{}</span>').format(inner)

        probe = Markup(" ").join(span("probe", c, ord(c)) for c in CHARSET)
        sample = span("sample", SAMPLE)
        # One key point whatever the memo has, so that a memo with none (a bottom line only)
        # still calibrates the key points of the memos after it.
        frame = frame | {"key_points": frame["key_points"][:1] or [_any_point(frame)]}
        probes = _with_blocks(
            frame,
            title=probe,
            bluf=probe,
            points=[probe + Markup(" ") + ref(probe)],
            background="x",
            names={key: ["x"] for key in NAME_LISTS},
            source="x",
            footer="x",
        )
        widths: dict[str, dict[str, float]] = {}
        document = layout_document(_html(probes, page), slack=True)
        for box, chain in _boxes(document, "InlineBox"):
            context = _context(chain) if "probe" in element_classes(box.element) else None
            if context in ("subject", "bluf", "point", "point-ref"):
                widths.setdefault(context, {})[chr(int(box.element.get("data-c")))] = box.width
        short = _with_blocks(
            frame,
            title="x",
            bluf=Markup("x ") + ref(sample),
            points=["x"],
            background=sample + Markup(" ") + ref(sample),
            names={key: [sample] for key in NAME_LISTS},
            source=sample,
            footer=sample,
        )
        line_width: dict[str, float] = {}
        document = layout_document(_html(short, page), slack=True)
        for box, chain in _boxes(document, "BlockBox"):
            block = _block_of(chain)
            if block:
                line_width[block] = min(line_width.get(block, math.inf), box.width)
        for box, chain in _boxes(document, "InlineBox"):
            context = _context(chain) if "sample" in element_classes(box.element) else None
            if context in SCALED_FROM and context not in widths:
                base = widths[SCALED_FROM[context]]
                scale = box.width / sum(base[c] for c in SAMPLE)
                widths[context] = {c: w * scale for c, w in base.items()}
        _METRICS[page] = Metrics(widths=widths, line_width=line_width)
    return _METRICS[page]


def _html(data: dict[str, Any], page: Page) -> str:
    return render_data("memo", data, "html", None, page)


def _any_point(frame: dict[str, Any]) -> dict[str, Any]:
    bluf = dict(frame["bluf_point"])
    return bluf | {"unsupported": []}


def _boxes(document: Any, kind: str) -> Iterator[tuple[Any, list[Any]]]:
    """Boxes of one kind ("BlockBox" also matches table cells) that belong to an element, each
    with its element and that element's ancestors, innermost last."""

    def walk(box: Any, chain: list[Any]) -> Iterator[tuple[Any, list[Any]]]:
        if box.element is not None and (not chain or chain[-1] is not box.element):
            chain = [*chain, box.element]
        name = type(box).__name__
        if box.element is not None and (name == kind or f"{name}:{kind}" == _CELL):
            yield box, chain
        for child in getattr(box, "children", ()):
            yield from walk(child, chain)

    for page in document.pages:
        yield from walk(page._page_box, [])


_CELL = "TableCellBox:BlockBox"


def _block_of(chain: list[Any]) -> str | None:
    """The text block the innermost element of `chain` is, by the template's markup, or None."""
    element = chain[-1]
    classes = element_classes(element)
    parent = element_classes(chain[-2]) if len(chain) > 1 else []
    if element.tag == "td" and "subject" in classes:
        return "subject"
    if element.tag == "p" and "bluf" in classes:
        return "bluf"
    if element.tag == "li" and "points" in parent:
        return "point"
    if element.tag == "p" and "background" in classes:
        return "background"
    if element.tag == "dd":
        return "names"
    if element.tag == "p" and "sources" in parent:
        return "source"
    if element.tag == "footer" and "provenance" in classes:
        return "footer"
    return None


def _context(chain: list[Any]) -> str | None:
    """The font context of a probe: its block, and "-ref" inside a paragraph reference."""
    in_ref = False
    for depth in range(len(chain) - 1, 0, -1):
        if "ref" in element_classes(chain[depth - 1]):
            in_ref = True
        block = _block_of(chain[:depth])
        if block:
            return f"{block}-ref" if in_ref else block
    return None
