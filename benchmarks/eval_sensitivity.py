"""How much each choice in the default engine is worth, and whether the gain hinges on one constant.

Runs Lead-k, the default engine, and the engine with one setting changed at a time on an eval file
(default: writers_dev.jsonl), sharing one set of sentence embeddings. For each it prints ROUGE F1
against `summary` (the protocol), ROUGE-1 averaged over all of a row's references (a less noisy
check, writers_dev has 1-4 per article), and a 95% paired-bootstrap interval of the ROUGE-1 gain
over Lead-k.

    python benchmarks/eval_sensitivity.py [DATA.jsonl] [--points 3] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing import evaluate as ev
from briefing.encoder.sentences import SentenceEncoder
from briefing.summarise import extractive
from briefing.summarise.baselines import LeadEngine


@contextmanager
def patched(**values: object) -> Iterator[None]:
    """Set module-level settings of the extractive engine for one run, then restore them."""
    saved = {name: getattr(extractive, name) for name in values}
    for name, value in values.items():
        setattr(extractive, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(extractive, name, value)


_summarise_one = extractive._summarise_one


def _without_statements(doc, *args, **kwargs):
    return _summarise_one(replace(doc, statements=None), *args, **kwargs)


VARIANTS: list[tuple[str, dict[str, object]]] = [
    ("default", {}),
    ("no centrality/headline (weight 0)", {"SIGNAL_WEIGHT": 0.0}),
    ("signal weight 0.05", {"SIGNAL_WEIGHT": 0.05}),
    ("signal weight 0.2", {"SIGNAL_WEIGHT": 0.2}),
    ("undirected centrality", {"BACKWARD_WEIGHT": 1.0}),
    ("edge threshold 0.2", {"EDGE_THRESHOLD": 0.2}),
    ("edge threshold 0.4", {"EDGE_THRESHOLD": 0.4}),
    ("min words 6", {"MIN_WORDS": 6}),
    ("min words 10", {"MIN_WORDS": 10}),
    ("redundancy 0", {"REDUNDANCY": 0.0}),
    ("redundancy 0.3", {"REDUNDANCY": 0.3}),
    ("duplicate cut 0.75", {"DUPLICATE": 0.75}),
    ("no memo-sentence filter", {"is_memo_sentence": lambda sentence: True}),
    ("no compression", {"compress": lambda text, max_words=35, is_clause=None: text}),
    ("no standalone check", {"standalone": lambda sentence, doc, text=None: text or sentence.text}),
    ("no news filter", {"is_news": lambda text: True}),
    ("no statement check", {"_summarise_one": _without_statements}),
]


def bootstrap_interval(gain: np.ndarray, rounds: int = 2000) -> tuple[float, float]:
    rng = np.random.default_rng(0)
    means = [gain[rng.integers(0, len(gain), len(gain))].mean() for _ in range(rounds)]
    low, high = np.percentile(means, [2.5, 97.5])
    return float(low), float(high)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "data", nargs="?", type=Path, default=ev.shared_dir() / "eval/writers_dev.jsonl"
    )
    parser.add_argument("--points", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--only", nargs="*", help="run only the variants with these names")
    args = parser.parse_args()

    items = ev.load_items(args.data, args.limit)
    documents = [item.document for item in items]
    engine = extractive.ExtractiveEngine(encoder=ev.CachedEncoder(SentenceEncoder()))

    def measure(summarise: Callable) -> tuple[np.ndarray, np.ndarray]:
        summaries = ev.summaries_for(summarise, documents, args.points)
        system = [ev.reading_order(s, args.points) for s in summaries]
        protocol = ev.article_scores(system, [item.reference for item in items])
        every = np.array(
            [
                ev.article_scores([lines] * len(item.references), item.references)[:, 0].mean()
                for lines, item in zip(system, items, strict=True)
            ]
        )
        return protocol, every

    lead, lead_every = measure(LeadEngine())
    print(f"{args.data.name}: {len(items)} articles, {args.points} points; ROUGE F1 x100")
    print("| run | R-1 | R-2 | R-Lsum | R-1 all refs | R-1 gain over Lead (95% CI) |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    r1, r2, rl = lead.mean(0)
    print(f"| Lead-{args.points} | {r1:.2f} | {r2:.2f} | {rl:.2f} | {lead_every.mean():.2f} | |")
    for name, values in VARIANTS:
        if args.only and name not in args.only:
            continue
        with patched(**values):
            scores, every = measure(engine)
        low, high = bootstrap_interval(scores[:, 0] - lead[:, 0])
        r1, r2, rl = scores.mean(0)
        gain = r1 - lead[:, 0].mean()
        print(
            f"| {name} | {r1:.2f} | {r2:.2f} | {rl:.2f} | {every.mean():.2f} "
            f"| {gain:+.2f} ({low:+.2f} to {high:+.2f}) |"
        )


if __name__ == "__main__":
    main()
