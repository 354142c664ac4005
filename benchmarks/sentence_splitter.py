"""pysbd as the segmenter runs it against stock pysbd: the same sentences, and the time of each.

Every paragraph of the evaluation data (bbc_news and writers_dev, one paragraph per line) and of
the articles in `inputs/` goes through pysbd's processor twice, in alternated rounds: once as
pysbd ships, once with the abbreviation search that skips abbreviations no period follows
(`briefing/segment.py`, `_skipping_unused_abbreviations`). Reports the paragraphs whose
sentences differ (the goal is none) and the median seconds of each. Not a test: run it by hand.

    python benchmarks/sentence_splitter.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.evaluate import shared_dir  # noqa: E402
from briefing.segment import _segmenter  # noqa: E402


def paragraphs() -> list[str]:
    found = []
    for name in ("bbc_news", "writers_dev"):
        with (shared_dir() / "eval" / f"{name}.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                found += re.split(r"\n+", json.loads(line)["article"])
    for path in sorted((ROOT / "inputs").iterdir()):
        found += re.split(r"\n+", path.read_text(encoding="utf-8", errors="replace"))
    return [p for p in found if p.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    import pysbd

    texts = paragraphs()
    segmenters = {"stock pysbd": pysbd.Segmenter(language="en", clean=False), "ours": _segmenter()}
    sentences: dict[str, list] = {}
    seconds: dict[str, list[float]] = {name: [] for name in segmenters}
    for _ in range(args.rounds):
        for name, segmenter in segmenters.items():
            start = time.perf_counter()
            sentences[name] = [segmenter.processor(text).process() for text in texts]
            seconds[name].append(time.perf_counter() - start)
    differ = sum(a != b for a, b in zip(*sentences.values(), strict=True))
    print(f"{len(texts)} paragraphs; sentences differ for {differ}")
    for name, runs in seconds.items():
        print(f"  {name}: {statistics.median(runs):.2f} s (median of {args.rounds})")


if __name__ == "__main__":
    main()
