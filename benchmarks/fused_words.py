"""Benchmark the loader's repair of words fused at lost line breaks.

For every article in bbc_news.jsonl (rows marked `duplicate_of` are skipped), each paragraph is
wrapped at 72 columns and its lines are joined without a space: the defect of text copied out of a
web page or a PDF ("...in their" + "longstanding..." -> "intheir"). The damaged article is written
to a file and read back by `briefing.load.load_article`. Two figures:

- restored: the share of fused pairs (last word of a wrapped line, first word of the next) that
  come out as exactly those two words again, at that place (goal: at least 99%);
- changed: the share of words that come out different when the clean article goes in (goal: at
  most 0.1%).

    python benchmarks/fused_words.py                   # all 2,089 articles (a few minutes)
    python benchmarks/fused_words.py --limit 200 --show 20

Words are compared by their spans in the text with all whitespace removed, so the comparison is
exact; where the loader changed characters too (a dateline taken out, say), the two texts are
aligned with difflib first, and words it cannot align count as not restored / changed.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.evaluate import shared_dir
from briefing.load import load_article

Span = tuple[int, int]


def articles(path: Path, limit: int | None, every: int = 1) -> Iterator[dict]:
    count = 0
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            row = json.loads(line)
            if row.get("duplicate_of") or n % every:
                continue
            yield row
            count += 1
            if limit and count >= limit:
                return


def clean_paragraphs(row: dict) -> tuple[str, list[str]]:
    """A row's title and paragraphs, each on one line with single spaces."""
    title = " ".join((row.get("title") or "Untitled").split())
    return title, [" ".join(p.split()) for p in row["article"].split("\n\n") if p.strip()]


def fuse(paragraphs: list[str], width: int, index: int = 0) -> tuple[list[str], list[int]]:
    """The paragraphs wrapped at `width` with their lines joined without a space, and the
    fused pairs as the index of each pair's first word (`index` words come before them)."""
    damaged, pairs = [], []
    for paragraph in paragraphs:
        lines = textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False)
        for line in lines[:-1]:
            index += len(line.split())
            pairs.append(index - 1)  # the pair is (index - 1, index)
        index += len(lines[-1].split())
        damaged.append("".join(lines))
    return damaged, pairs


def word_spans(words: list[str]) -> list[Span]:
    """Each word's (start, end) in the text with all whitespace removed."""
    spans, cursor = [], 0
    for word in words:
        spans.append((cursor, cursor + len(word)))
        cursor += len(word)
    return spans


def loaded_words(text: str, folder: Path, name: str) -> list[str]:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    article = load_article(path)
    return " ".join([article.title, *article.paragraphs]).split()


def matched_spans(original: list[str], output: list[str]) -> set[Span]:
    """Spans of `original` words that are also exactly one word of `output`, at the same place."""
    source, target = "".join(original), "".join(output)
    out_spans = set(word_spans(output))
    spans = word_spans(original)
    if source == target:
        return {s for s in spans if s in out_spans}
    mapping: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, source, target, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            mapping[a + k] = b + k
    found = set()
    for start, end in spans:
        if start in mapping and end - 1 in mapping:
            new = (mapping[start], mapping[end - 1] + 1)
            if new[1] - new[0] == end - start and new in out_spans:
                found.add((start, end))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=shared_dir() / "eval" / "bbc_news.jsonl")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--every", type=int, default=1, help="only every Nth article")
    parser.add_argument("--width", type=int, default=72)
    parser.add_argument("--show", type=int, default=0, help="print N failures of each kind")
    args = parser.parse_args()
    if not args.data.is_file():
        parser.error(
            f"{args.data} not found: pass --data, or set BRIEFING_SHARED to the shared folder"
        )

    fused_total = fused_restored = clean_total = clean_changed = documents = 0
    sound_total = sound_restored = 0
    misses: list[str] = []
    changes: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for row in articles(args.data, args.limit, args.every):
            title, paragraphs = clean_paragraphs(row)
            original = title.split() + [w for p in paragraphs for w in p.split()]
            spans = word_spans(original)

            damaged, pairs = fuse(paragraphs, args.width, len(title.split()))
            clean = "\n\n".join([title, *paragraphs]) + "\n"
            kept = matched_spans(original, loaded_words(clean, folder, row["id"]))
            clean_total += len(original)
            for n, span in enumerate(spans):
                if span not in kept:
                    clean_changed += 1
                    if len(changes) < args.show:
                        changes.append(f"{row['id']}: {original[n]}")

            text = "\n\n".join([title, *damaged]) + "\n"
            found = matched_spans(original, loaded_words(text, folder, row["id"]))
            for i in pairs:
                fused_total += 1
                both = spans[i] in found and spans[i + 1] in found
                fused_restored += both
                # Pairs whose words the loader leaves alone in the clean text: the source's own
                # defects ("ofTexas", "website.He") aside.
                if spans[i] in kept and spans[i + 1] in kept:
                    sound_total += 1
                    sound_restored += both
                if not both and len(misses) < args.show:
                    misses.append(f"{row['id']}: {original[i]} + {original[i + 1]}")
            documents += 1

    restored = fused_restored / max(fused_total, 1)
    changed = clean_changed / max(clean_total, 1)
    print(f"articles: {documents}  ({time.perf_counter() - started:.0f} s)")
    print("| measure | count | share | goal |")
    print("| --- | --- | --- | --- |")
    print(
        f"| fused words restored exactly | {fused_restored:,} / {fused_total:,} "
        f"| {restored:.2%} | ≥ 99% |"
    )
    print(
        f"| ... of them, pairs whose words the loader keeps as they are in the clean text "
        f"| {sound_restored:,} / {sound_total:,} | {sound_restored / max(sound_total, 1):.2%} | |"
    )
    print(f"| clean words changed | {clean_changed:,} / {clean_total:,} | {changed:.3%} | ≤ 0.1% |")
    if misses:
        print("\nfused pairs not restored:", *misses, sep="\n  ")
    if changes:
        print("\nclean words changed:", *changes, sep="\n  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
