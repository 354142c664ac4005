"""Benchmark one very long article: peak memory and time of `briefing make` by article size.

Articles of 0.1, 1, 2 and 5 MB are made by joining bbc_news.jsonl bodies (rows marked
`duplicate_of` skipped) under one headline, so the text is ordinary news prose, paragraphs and
all. Each runs alone in a fresh `python -m briefing make` (extractive engine, no cache, md and
html); peak memory is the child's maximum resident set size, CPU time its user + system time
(the "sentences" column counts ". ", roughly). Goal: a 5 MB article in under 1.5 GB and a
minute.

    python benchmarks/long_articles.py                 # 0.1, 1, 2, 5 MB
    python benchmarks/long_articles.py --sizes 0.1 1
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.evaluate import shared_dir  # noqa: E402


def article_of(megabytes: float) -> str:
    """A headline and bbc_news bodies, in file order, up to `megabytes` of UTF-8."""
    limit = int(megabytes * 1_000_000)
    parts = ["Long report on the news of the year", ""]
    size = 0
    with (shared_dir() / "eval" / "bbc_news.jsonl").open(encoding="utf-8") as rows:
        while size < limit:
            for line in rows:
                row = json.loads(line)
                if row.get("duplicate_of"):
                    continue
                body = row["article"].strip()
                parts.append(body)
                size += len(body.encode()) + 2
                if size >= limit:
                    break
            rows.seek(0)
    return "\n\n".join(parts)[:limit].rsplit("\n\n", 1)[0] + "\n"


def run(path: Path, out: Path) -> tuple[float, float, float, int, str]:
    """Wall seconds, CPU seconds, peak MB, exit code and the last line of output of one
    `briefing make`. CPU time is the figure to compare on a shared machine, where wall time
    depends on what else runs."""
    command = [sys.executable, "-m", "briefing", "make", str(path), "-o", str(out), "--no-cache"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=os.environ)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # ru_maxrss: the largest child so far
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    lines = (done.stderr or done.stdout).strip().splitlines()
    return seconds, cpu, after.ru_maxrss / 1024, done.returncode, lines[-1] if lines else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1, 2, 5])
    args = parser.parse_args()
    print(f"{'MB':>5} {'sentences':>9} {'wall s':>7} {'CPU s':>6} {'peak MB':>8}  exit  last line")
    for megabytes in sorted(args.sizes):  # ascending: ru_maxrss of children only grows
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "long.txt"
            path.write_text(article_of(megabytes), encoding="utf-8")
            seconds, cpu, peak, code, last = run(path, Path(folder) / "out")
            sentences = path.read_text(encoding="utf-8").count(". ")
            print(
                f"{megabytes:>5} {sentences:>9,} {seconds:>7.1f} {cpu:>6.1f} {peak:>8.0f}  "
                f"{code:>4}  {last.split(' to ')[0]}"
            )


if __name__ == "__main__":
    main()
