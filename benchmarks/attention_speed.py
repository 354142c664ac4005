"""Encoder time with attention written out against torch's fused kernel, alternated in one process.

The sentences and headlines of the first N BBC articles (rows with `duplicate_of` skipped) are
encoded again and again at one precision, switching between the two ways of computing attention
(`briefing/summarise/bert.py`, `_WRITTEN_OUT_UP_TO`) each time, so that the machine's own drift
hits both alike. Reports the median wall and CPU seconds of each. Not a test: run it by hand.

    python benchmarks/attention_speed.py [--articles 100] [--rounds 8] [--precision int8]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from batch_dependence import bbc_documents  # noqa: E402  (this folder is on sys.path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--precision", default="int8")
    args = parser.parse_args()

    from briefing.summarise import bert
    from briefing.summarise.encoder import SentenceEncoder

    documents = bbc_documents(args.articles)
    texts = [s.text for d in documents for s in d.sentences]
    texts += [d.article.title.strip() for d in documents if d.article.title.strip()]
    encoder = SentenceEncoder(precision=args.precision)
    encoder.encode(texts[:300])  # warm up: threads, allocator, first batches
    ways = {"written out": bert._WRITTEN_OUT_UP_TO, "fused kernel": 0}
    timings: dict[str, list[tuple[float, float]]] = {name: [] for name in ways}
    for _ in range(args.rounds):
        for name, up_to in ways.items():
            bert._WRITTEN_OUT_UP_TO = up_to
            wall, cpu = time.perf_counter(), time.process_time()
            encoder.encode(texts)
            timings[name].append((time.perf_counter() - wall, time.process_time() - cpu))
    print(
        f"{len(texts)} sentences and headlines of {len(documents)} articles, "
        f"{encoder.precision}, {args.rounds} rounds"
    )
    for name, runs in timings.items():
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        print(
            f"  attention {name}: wall {statistics.median(walls):.2f} s (median; "
            f"{min(walls):.2f}-{max(walls):.2f}), CPU {statistics.median(cpus):.2f} s"
        )


if __name__ == "__main__":
    main()
