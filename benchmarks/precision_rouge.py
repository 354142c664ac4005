"""ROUGE of the default engine at each encoder precision, side by side with Lead-3, in one run.

Protocol of ../shared/eval/README.md: rouge-score with the Porter stemmer, F1 of rouge1, rouge2
and rougeLsum; 3 key points, one per line in reading order, against `summary`; Lead-3 is the first
three sentences of the body with the same (pysbd) splitter. Articles are parsed by briefing's own
loader and splitter, as `briefing make` would read them.

    python benchmarks/precision_rouge.py [--data ../shared/eval/writers_dev.jsonl] [--limit N]

Reduced precision may be the default only where it costs less than 0.3 ROUGE-1 (issue #7).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.config import Settings  # noqa: E402
from briefing.evaluate import load_items, reading_order, score, shared_dir  # noqa: E402
from briefing.records import Document, Summary  # noqa: E402

POINTS = 3
ALLOWED_LOSS = 0.3  # ROUGE-1 points
PRECISIONS = ("float32", "bfloat16", "int8")


def read_documents(path: Path, limit: int | None) -> tuple[list[Document], list[str]]:
    """The rows exactly as `briefing eval` reads them (same loader path, no invented titles)."""
    items = load_items(path, limit)
    return [item.document for item in items], [item.reference for item in items]


def in_reading_order(summary: Summary) -> list[str]:
    return reading_order(summary, POINTS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=shared_dir() / "eval" / "writers_dev.jsonl")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()

    from briefing.summarise.extractive import ExtractiveEngine

    documents, references = read_documents(args.data, args.limit)
    rows: dict[str, dict[str, float]] = {}
    picks: dict[str, list[tuple]] = {}
    lead = [[s.text for s in doc.sentences[:POINTS]] for doc in documents]
    rows["Lead-3"] = score(lead, references)
    for precision in PRECISIONS:
        engine = ExtractiveEngine(Settings(precision=precision))
        start = time.perf_counter()
        summaries = engine.summarise(documents, POINTS)
        seconds = time.perf_counter() - start
        label = f"extractive {precision}"
        if engine.encoder.runtime.backend != "torch":
            label += f" ({engine.encoder.runtime.backend})"
        if engine.encoder.precision != precision:  # no native support here: it ran in float32
            label += f" (ran as {engine.encoder.precision})"
        rows[label] = score([in_reading_order(s) for s in summaries], references)
        rows[label]["seconds"] = seconds
        picks[label] = [tuple(d.sentences for d in s.points) for s in summaries]

    print(f"{len(documents)} articles from {args.data.name}, {POINTS} points, F1 x 100\n")
    print("| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | engine seconds | same picks as float32 |")
    print("| --- | --- | --- | --- | --- | --- |")
    base = picks.get("extractive float32")
    for name, row in rows.items():
        same = "" if name == "Lead-3" or base is None else _share_same(picks[name], base)
        seconds = f"{row['seconds']:.1f}" if "seconds" in row else ""
        print(
            f"| {name} | {row['rouge1']:.2f} | {row['rouge2']:.2f} | {row['rougeLsum']:.2f} "
            f"| {seconds} | {same} |"
        )
    reference = rows.get("extractive float32")
    if reference:
        print()
        for name, row in rows.items():
            if not name.startswith("extractive") or name == "extractive float32":
                continue
            loss = reference["rouge1"] - row["rouge1"]
            verdict = "allowed" if loss < ALLOWED_LOSS else "NOT allowed"
            print(f"{name}: ROUGE-1 {-loss:+.2f} vs float32 -> {verdict} as a default")


def _share_same(these: list[tuple], base: list[tuple]) -> str:
    same = sum(a == b for a, b in zip(these, base, strict=True))
    return f"{same}/{len(base)}"


if __name__ == "__main__":
    main()
