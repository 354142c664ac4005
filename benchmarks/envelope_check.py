"""Check the one-page proofs on real memos: every memo an envelope proves must print on one page.

`tests/test_envelope.py` checks the tests' own memos, and `make check-eval` writers_dev's; this
checks hundreds: lead memos (5 key points) of the first N BBC articles (rows with `duplicate_of`
skipped) and of writers_dev, every fourth cut to 2 key points, every fourth without its
background, every fourth with 3 key points and no people, as real memos vary. Each proved memo
is then laid out in full by WeasyPrint. Prints, per page setting, the share of memos proved (so
laid out without a full layout of their own; the figure this measures), how many proved memos did
not print on one page (must be 0: the exit status is 1 otherwise), and how many envelope layouts
the proofs took. About a minute: run it after changing `briefing/output/proofs.py`, the built-in
template or its fonts.

    python benchmarks/envelope_check.py [--bbc 300]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.config import MemoSettings
from briefing.evaluate import read_jsonl, shared_dir
from briefing.output import proofs as envelope
from briefing.output.fit import MAX_BLUF_LINES, measure
from briefing.output.render import Page, render
from checks.eval_memos import eval_document, writers_dev
from tests.memo_helpers import lead_memo

PAGES = {
    "A4": Page(MemoSettings()),
    "Letter, banner and routing": Page(
        MemoSettings(page_size="Letter", banner="OFFICIAL", to="Desk", sender="Me")
    ),
}


def varied_memos(bbc: int) -> list:
    rows = read_jsonl(shared_dir() / "eval" / "bbc_news.jsonl", limit=bbc) + writers_dev()
    memos = []
    for n, row in enumerate(rows):
        memo = lead_memo(eval_document(row), points=5)
        if n % 4 == 1:
            memo = replace(memo, key_points=memo.key_points[:2])
        elif n % 4 == 2:
            memo = replace(memo, background="")
        elif n % 4 == 3:
            people = replace(memo.entities, people=())
            memo = replace(memo, key_points=memo.key_points[:3], entities=people)
        memos.append(memo)
    return memos


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc", type=int, default=300, help="BBC articles (plus all writers_dev)")
    memos = varied_memos(parser.parse_args().bbc)
    failures = 0
    for name, page in PAGES.items():
        start, proved, wrong = time.perf_counter(), 0, 0
        printed = replace(page, appendix=False)
        for memo in memos:
            if not envelope.proves_fit(memo, page):
                continue
            proved += 1
            laid_out = measure(render(memo, "html", None, printed))
            if laid_out.pages != 1 or laid_out.bluf_lines > MAX_BLUF_LINES:
                wrong += 1
                print(f"  proved but not one page: {memo.document.article.title}")
        fitted, overflowed = envelope._ENVELOPES[printed]
        print(
            f"{name}: {len(memos)} memos, {proved} proved ({proved / len(memos):.0%}), "
            f"{wrong} of them not on one page; "
            f"{len(fitted) + len(overflowed)} envelope layouts; "
            f"{time.perf_counter() - start:.0f} s"
        )
        failures += wrong
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
