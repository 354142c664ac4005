"""Check that a change to the loader leaves what it reads unchanged, article by article.

Runs `briefing.load.load_each` over every text of the evaluation data, as files, and writes what
it made of each (title, paragraphs, source fields) as JSON lines; `--against` compares them with
the lines an earlier run wrote, and fails when any article differs. The texts:

- every row of bbc_news.jsonl and writers_dev.jsonl, written as `benchmarks/throughput.py` does;
- the fused-word benchmark's texts (`benchmarks/fused_words.py`): each bbc_news row that is not a
  duplicate as it gives it clean, and wrapped at 72 columns with the lines joined without a
  space; writers_dev wrapped at 72 too, and bbc_news at 40 (twice the fused words);
- the example articles in inputs/, and the long articles of `benchmarks/long_articles.py`.

To compare with older code, run it on a copy of that code (`git archive REV | tar -x -C DIR`):

    python benchmarks/loader_identical.py --code /tmp/old --out /tmp/old.jsonl
    python benchmarks/loader_identical.py --against /tmp/old.jsonl
    python benchmarks/loader_identical.py --long 0.1 1 --against /tmp/old.jsonl --show 3
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = Path(__file__).resolve().parent


def texts(shared: Path, long_sizes: list[float]) -> Iterator[tuple[str, str]]:
    """(name, file text) of every text checked."""
    from fused_words import clean_paragraphs, fuse
    from long_articles import article_of

    for corpus in ("bbc_news", "writers_dev"):
        with (shared / "eval" / f"{corpus}.jsonl").open(encoding="utf-8") as rows:
            for n, line in enumerate(rows):
                row = json.loads(line)
                title = row.get("title")
                head = f"{title}\n\n" if title else ""
                yield f"{corpus}/{n}", f"{head}{row['article'].strip()}\n"
                if row.get("duplicate_of"):
                    continue
                title, paragraphs = clean_paragraphs(row)
                widths = (72, 40) if corpus == "bbc_news" else (72,)
                if corpus == "bbc_news":
                    yield f"{corpus}-clean/{n}", "\n\n".join([title, *paragraphs]) + "\n"
                for width in widths:
                    damaged, _ = fuse(paragraphs, width)
                    yield f"{corpus}-fused{width}/{n}", "\n\n".join([title, *damaged]) + "\n"
    for path in sorted((ROOT / "inputs").glob("*.txt")):
        yield f"inputs/{path.name}", path.read_text(encoding="utf-8")
    for megabytes in long_sizes:
        yield f"long/{megabytes}", article_of(megabytes)


def read_back(name: str, text: str, folder: Path) -> list:
    """What the loader made of `text` as a file: per article its title, paragraphs and source,
    or its error."""
    from briefing.load import InputError, load_each

    path = folder / "article.txt"
    path.write_text(text, encoding="utf-8")
    made = []
    for item in load_each(path):
        if isinstance(item, InputError):
            made.append(str(item))
        else:
            source = json.loads(json.dumps(vars(item.source)))  # tuples as lists, as read back
            made.append([item.title, list(item.paragraphs), source])
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, help="the root of the briefing code to run")
    parser.add_argument("--out", type=Path, help="write what the loader made here")
    parser.add_argument("--against", type=Path, help="compare with what an earlier run wrote")
    parser.add_argument("--long", type=float, nargs="*", default=[0.1, 1, 2, 5], help="MB")
    parser.add_argument("--show", type=int, default=5, help="print the first N differences")
    args = parser.parse_args()
    # The evaluation data is this checkout's, whatever code runs.
    os.environ.setdefault("BRIEFING_SHARED", str(ROOT.parent / "shared"))
    # The code under test goes first on the path, before the benchmark modules import it.
    sys.path[:0] = [str((args.code or ROOT).resolve()), str(BENCHMARKS)]
    import briefing

    print(f"code: {Path(briefing.__file__).parent}")
    from briefing.evaluate import shared_dir
    from briefing.load.fused.words import load_tables

    load_tables()
    earlier: dict[str, list] = {}
    if args.against:
        with args.against.open(encoding="utf-8") as lines:
            earlier = dict(json.loads(line) for line in lines)
    out = args.out.open("w", encoding="utf-8") if args.out else None
    compared = differing = count = 0
    cpu = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in texts(shared_dir(), args.long):
            started = time.process_time()
            made = read_back(name, text, Path(tmp))
            cpu += time.process_time() - started
            count += 1
            if out:
                out.write(json.dumps([name, made], ensure_ascii=False) + "\n")
            if name in earlier:
                compared += 1
                if json.loads(json.dumps(made)) != earlier[name]:
                    differing += 1
                    if differing <= args.show:
                        print(f"differs: {name}")
    if out:
        out.close()
    print(f"texts read: {count:,} ({cpu:.1f} CPU s loading)")
    if args.against:
        missing = len(earlier) - compared
        print(f"compared: {compared:,}  differing: {differing:,}  not in this run: {missing:,}")
        return 1 if differing else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
