"""Does an article's memo depend on the other articles it is summarised with?

For each precision: the first N BBC articles (rows with `duplicate_of` skipped) are summarised
all together in one engine call, then each alone, and the picks (key points and background, as
sentence numbers) are compared. A sentence's vector should be its own whatever it is batched
with: PyTorch's dynamic int8, which shared one activation scale per batch, changed the picks of
42 of 100 articles; briefing's int8, on CTranslate2, has a scale per token.

    python benchmarks/batch_dependence.py [--articles 100] [--precisions float32 bfloat16 int8]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.evaluate import shared_dir  # noqa: E402
from briefing.load import parse_text  # noqa: E402
from briefing.records import Summary  # noqa: E402
from briefing.segment import segment  # noqa: E402

POINTS = 5  # the bottom line and the key points of a default memo


def bbc_documents(count: int) -> list:
    documents = []
    with (shared_dir() / "eval" / "bbc_news.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("duplicate_of"):
                continue
            text = f"{row['title']}\n\n{row['article'].strip()}\n"
            path, digest = Path(f"{len(documents):05d}.txt"), hashlib.sha256(text.encode())
            documents.append(segment(parse_text(text, path, digest.hexdigest())))
            if len(documents) == count:
                break
    return documents


def picks(summary: Summary) -> tuple:
    points = tuple(p.sentences for p in summary.points)
    return points, tuple(b.sentences for b in summary.background)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--precisions", nargs="+", default=["float32", "bfloat16", "int8"])
    args = parser.parse_args()

    from briefing.encoder.sentences import SentenceEncoder
    from briefing.summarise.extractive import ExtractiveEngine

    documents = bbc_documents(args.articles)
    for precision in args.precisions:
        engine = ExtractiveEngine(encoder=SentenceEncoder(precision=precision))
        together = engine.summarise(documents, POINTS)
        alone = [engine.summarise([d], POINTS)[0] for d in documents]
        changed = sum(picks(a) != picks(b) for a, b in zip(together, alone, strict=True))
        runs = f"{engine.encoder.precision} ({engine.encoder.runtime.backend})"
        print(
            f"{runs}: {changed} of {len(documents)} articles get other picks "
            "alone than in one batch with the others"
        )
        print(f"  sentence vectors, {vector_agreement(engine.encoder, documents)}")


def vector_agreement(encoder, documents: list) -> str:
    """How far each sentence's vector with its article alone is from its vector in one batch of
    all the articles (sentences, then headlines, as the engine sends them)."""
    import numpy as np

    def texts(docs: list) -> list[str]:
        return [s.text for d in docs for s in d.sentences] + [
            d.article.title.strip() for d in docs if d.article.title.strip()
        ]

    together = encoder.encode(texts(documents))
    alone = np.concatenate([encoder.encode(texts([d]))[: len(d.sentences)] for d in documents])
    gap = 1.0 - (together[: len(alone)] * alone).sum(1)
    return (
        f"1 - cosine alone vs together: {int((gap == 0).sum())} of {len(gap)} bit-identical, "
        f"mean {gap.mean():.1e}, largest {gap.max():.1e}"
    )


if __name__ == "__main__":
    main()
