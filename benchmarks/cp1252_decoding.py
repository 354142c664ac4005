"""Benchmark the loader's decoding of Windows-1252 text (cp1252, "ANSI" on Western Windows).

Every bbc_news.jsonl article (rows marked `duplicate_of` skipped) that has non-ASCII characters
and can be written in cp1252 is saved as cp1252, with its headline, and read back by
`briefing.load.decode`; it counts as correct when the text comes back character for character.
Goal: at least 153 of the 154.

    python benchmarks/cp1252_decoding.py
    python benchmarks/cp1252_decoding.py --show 5     # print the first few wrong ones
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.evaluate import shared_dir
from briefing.load.decode import decode_guessed


def samples() -> list[tuple[str, str]]:
    """(id, text) for each article with non-ASCII text that cp1252 can encode."""
    found = []
    with (shared_dir() / "eval" / "bbc_news.jsonl").open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            if row.get("duplicate_of"):
                continue
            text = f"{row.get('title') or ''}\n\n{row['article']}"
            if text.isascii():
                continue
            try:
                text.encode("cp1252")
            except UnicodeEncodeError:
                continue
            found.append((str(row["id"]), text))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print this many wrong decodings")
    args = parser.parse_args()
    rows = samples()
    wrong: list[tuple[str, str, str]] = []
    for ident, text in rows:
        data = text.encode("cp1252")
        got, encoding = decode_guessed(Path(f"{ident}.txt"), data)
        if got != text:
            wrong.append((ident, encoding, got))
    print(f"cp1252 articles decoded correctly: {len(rows) - len(wrong)} of {len(rows)}")
    for ident, encoding, got in wrong[: args.show]:
        bad = next(
            i for i, (a, b) in enumerate(zip(got, dict(rows)[ident], strict=False)) if a != b
        )
        print(f"  {ident} read as {encoding}: ...{got[max(0, bad - 30) : bad + 30]!r}")


if __name__ == "__main__":
    main()
