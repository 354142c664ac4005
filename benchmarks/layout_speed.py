"""What one-page fitting costs per memo: HTML unfitted, every memo laid out, fitted the way
`briefing make` fits (envelopes first: see briefing/output/proofs.py), and fitted + PDF.

Memos are built from writers_dev articles with their first sentences as points (no model), so
only rendering and layout are timed. The four are timed in alternation, memo by memo, so that
load from other processes falls on all alike.

    python benchmarks/layout_speed.py [--articles 30] [--page-size A4]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.config import MemoSettings
from briefing.evaluate import shared_dir
from briefing.output.fit import fit, fit_memo, measure, memo_cuts, render_pdf
from briefing.output.render import Page, render
from checks.eval_memos import eval_document
from tests.memo_helpers import lead_memo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--page-size", default="A4", choices=("A4", "Letter"))
    args = parser.parse_args()
    with (shared_dir() / "eval" / "writers_dev.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle][: args.articles]
    memos = [lead_memo(eval_document(row), points=6) for row in rows]
    settings = MemoSettings(page_size=args.page_size)
    fit_memo(memos[0], None, settings)  # WeasyPrint's first layout loads fonts: not timed

    def plain(memo):
        render(memo, "html", None, Page(settings))

    def full(memo):
        return fit(memo, lambda m, page: render(m, "html", None, page), memo_cuts, Page(settings))

    def html(memo):
        return fit_memo(memo, None, settings)

    def pdf(memo):
        render_pdf(fit_memo(memo, None, settings).print_html)

    times: dict[str, list[float]] = {
        "html, template only": [],
        "html, every memo laid out": [],
        "html (fitted: envelopes first)": [],
        "html + pdf": [],
    }
    cut = 0
    for memo in memos:
        for name, work in zip(times, (plain, full, html, pdf), strict=True):
            measure.cache_clear()  # each variant lays the memo out from scratch
            start = time.perf_counter()
            result = work(memo)
            times[name].append(time.perf_counter() - start)
            if name == "html, every memo laid out" and result.note:
                cut += 1
    print(f"{len(memos)} writers_dev articles, {args.page_size}, 5 key points + background each")
    print(f"memos that needed cuts to fit one page: {cut}/{len(memos)}")
    print("| output | median ms/memo | p90 ms/memo |")
    print("| --- | --- | --- |")
    for name, values in times.items():
        p90 = statistics.quantiles(values, n=10)[-1]
        print(f"| {name} | {1000 * statistics.median(values):.0f} | {1000 * p90:.0f} |")


if __name__ == "__main__":
    main()
