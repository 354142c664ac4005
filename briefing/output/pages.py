"""Pages: HTML laid out by WeasyPrint, measured, and printed to PDF.

The full fit (`fit`) and the quick proofs (`proofs`) both measure with these. Pages are
measured with 10 mm less height than they have, so the HTML still fits when a browser with
slightly different fonts prints it. WeasyPrint is imported on the first layout, not before.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import LayoutError
from .fonts import embed_whole_fonts, font_configuration, memo_fetcher

MAX_BLUF_LINES = 4  # the bottom line's printed lines, held by the fit and by the proofs
SLACK_CSS = "@page { margin-bottom: 26mm !important; }"  # the template's 16 mm + 10 mm of slack


@dataclass(frozen=True)
class Measure:
    pages: int
    bluf_lines: int


@lru_cache(maxsize=16)  # fitting measures the uncut memo twice: for its bottom line, its pages
def measure(html: str) -> Measure:
    """Pages the HTML prints on (with slack) and the printed lines of its bottom line."""
    document = layout_document(html, slack=True)
    from weasyprint.formatting_structure.boxes import LineBox

    bluf_lines = 0
    for page in document.pages:
        for box in page._page_box.descendants():
            if isinstance(box, LineBox) and "bluf" in element_classes(box.element):
                bluf_lines += 1
    return Measure(pages=len(document.pages), bluf_lines=bluf_lines)


def render_pdf(html: str, max_pages: int | None = 1) -> bytes:
    """The PDF of a fitted memo's print HTML; a page more than `max_pages` is an error, not a
    surprise (None: a digest's "Also today" may take the pages it needs)."""
    document = layout_document(html, slack=False)
    if max_pages is not None and len(document.pages) > max_pages:
        raise LayoutError(f"the PDF came out at {len(document.pages)} pages, not one")
    return document.write_pdf(full_fonts=embed_whole_fonts(html))


def count_pages(html: str) -> int:
    """Pages `html` prints on, with no slack: what a reader gets."""
    return len(layout_document(html, slack=False).pages)


def layout_document(html: str, slack: bool):
    try:
        import weasyprint
    except ImportError as exc:  # pango missing, typically
        raise LayoutError(f"HTML and PDF memos need WeasyPrint, which cannot load: {exc}") from exc
    # WeasyPrint logs every CSS property it does not know as a warning; they are not errors here.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    # Every memo of a run carries the same style sheet; parsed from each page it cost a third of
    # a memo's layout. One sheet, the document's only one, is taken out and parsed once: applied
    # first, as it was from the page, so the cascade is unchanged.
    html, style = _own_style(html)
    try:
        stylesheets = [_stylesheet(style)] if style is not None else []
    except OSError as exc:  # its @font-face fonts are copied to a temporary folder first
        reason = exc.strerror or str(exc)
        raise LayoutError(f"cannot copy the memo's fonts to a temporary folder: {reason}") from exc
    if slack:
        stylesheets.append(_stylesheet(SLACK_CSS))
    document = weasyprint.HTML(string=html, url_fetcher=memo_fetcher())
    return document.render(stylesheets=stylesheets, font_config=font_configuration())


def _own_style(html: str) -> tuple[str, str | None]:
    """The HTML without its style sheet, and the sheet; or the HTML as it is and None when it
    has no sheet or more than one (a template of the user's own may link or add others)."""
    start = html.find("<style>")
    if start < 0 or html.count("<style") != 1 or "<link" in html:
        return html, None
    end = html.find("</style>", start)
    if end < 0:
        return html, None
    return html[:start] + html[end + len("</style>") :], html[start + len("<style>") : end]


@lru_cache(maxsize=8)
def _stylesheet(css: str) -> Any:
    import weasyprint

    return weasyprint.CSS(string=css, url_fetcher=memo_fetcher(), font_config=font_configuration())


def element_classes(element: Any) -> list[str]:
    """The class names of a laid-out box's HTML element (none for an anonymous box)."""
    return (element.get("class") or "").split() if element is not None else []
