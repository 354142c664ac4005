"""CPU seconds of the loader alone, and of its fused-word repair, in one process.

The first N bbc_news articles are written as files the way `benchmarks/throughput.py` writes
them (or one file is given) and read one after another with `briefing.load.load_each`; the word
tables are read first and not counted. The repair's share is the time spent building each
document's `Splitter` and splitting its texts. `--compare DIR` times another checkout's code
(`git archive REV | tar -x -C DIR`) too, each run a process of its own, the two alternated:

    python benchmarks/loader_speed.py --articles 1000 --compare /tmp/old --rounds 3
    python benchmarks/loader_speed.py --file long.txt --compare /tmp/old --rounds 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def measure(code: Path, files: list[Path]) -> dict[str, float]:
    """Load `files` with the briefing at `code`: CPU seconds in all and in the repair."""
    sys.path.insert(0, str(code))
    from briefing.load import load_each
    from briefing.load.fused import splitter as fused
    from briefing.load.fused.words import load_tables

    load_tables()
    repair = 0.0

    def timed(method: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            nonlocal repair
            started = time.process_time()
            try:
                return method(*args, **kwargs)
            finally:
                repair += time.process_time() - started

        return run

    fused.Splitter.__init__ = timed(fused.Splitter.__init__)
    fused.Splitter.split = timed(fused.Splitter.split)
    started = time.process_time()
    for path in files:
        load_each(path)
    return {"loader": time.process_time() - started, "repair": repair}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--file", type=Path, help="one file to load instead of the articles")
    parser.add_argument("--compare", type=Path, help="another checkout's root, timed too")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--code", type=Path, help=argparse.SUPPRESS)  # one run, as a child
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.code:
        files = [args.file] if args.file else sorted(args.folder.iterdir())
        print(json.dumps(measure(args.code, files)))
        return 0

    from throughput import write_articles  # this checkout's: it only writes the files

    from briefing.evaluate import shared_dir

    codes = {"this checkout": ROOT, **({str(args.compare): args.compare} if args.compare else {})}
    figures: dict[str, list[dict[str, float]]] = {name: [] for name in codes}
    with tempfile.TemporaryDirectory() as folder:
        if not args.file:
            write_articles(shared_dir() / "eval" / "bbc_news.jsonl", args.articles, Path(folder))
        for _ in range(args.rounds):
            for name, code in reversed(codes.items()):  # the other checkout first
                child = [sys.executable, __file__, "--code", str(code.resolve())]
                child += ["--file", str(args.file)] if args.file else ["--folder", folder]
                done = subprocess.run(child, capture_output=True, text=True, check=True)
                figures[name].append(json.loads(done.stdout))
    what = args.file or f"the first {args.articles:,} bbc_news articles"
    print(f"CPU seconds loading {what} (median of {args.rounds}, each run):")
    for name, runs in figures.items():
        for part in ("loader", "repair"):
            each = " / ".join(f"{run[part]:.2f}" for run in runs)
            median = statistics.median(run[part] for run in runs)
            print(f"  {name:<20} {part:<7} {median:6.2f}   ({each})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
