"""CPU time to print a fitted memo to PDF, and the PDF's size, on the tests' own news articles.

Each of the 12 articles of `tests/news.py` becomes a lead memo (5 key points), fitted to one A4
page; one memo is printed first and not counted (it loads WeasyPrint and the fonts). Then, per
memo, the CPU time of the layout alone (`layout_document`) and of the whole of `render_pdf`
(the same layout, then the PDF), and the PDF's size. Most of a PDF's cost is in the fonts: with
the HarfBuzz-Subset library WeasyPrint subsets them in C; without it, in Python with fontTools
(about 1 s a memo), which `render_pdf` avoids by embedding whole fonts where it can. Needs no
data from outside the checkout; about 30 s.

    python benchmarks/pdf_speed.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.config import MemoSettings
from briefing.output.fit import fit_memo, layout_document, render_pdf
from tests.memo_helpers import lead_memo, news_documents


def cpu_ms(work) -> tuple[float, object]:
    start = time.process_time()
    result = work()
    return (time.process_time() - start) * 1000, result


def main() -> None:
    from weasyprint import __version__
    from weasyprint.text import ffi

    memos = [lead_memo(document, points=5) for document in news_documents()]
    htmls = [fit_memo(memo, None, MemoSettings()).print_html for memo in memos]
    render_pdf(htmls[0])  # imports, fonts, first layout: not counted
    layout, pdf, sizes = [], [], []
    for html in htmls:
        layout.append(cpu_ms(lambda html=html: layout_document(html, slack=False))[0])
        spent, data = cpu_ms(lambda html=html: render_pdf(html))
        pdf.append(spent)
        sizes.append(len(data))
    subsetter = "HarfBuzz-Subset" if getattr(ffi, "harfbuzz_subset", None) else "fontTools"
    print(f"WeasyPrint {__version__}, fonts subset by {subsetter}; {len(htmls)} memos, A4")
    for name, values in (("layout", layout), ("render_pdf", pdf)):
        print(
            f"{name:>10}: median {statistics.median(values):.0f} ms CPU a memo, "
            f"mean {statistics.mean(values):.0f}, max {max(values):.0f}"
        )
    print(
        f"  PDF size: median {statistics.median(sizes) / 1024:.0f} KiB, max {max(sizes) / 1024:.0f}"
    )


if __name__ == "__main__":
    main()
