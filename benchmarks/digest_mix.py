"""The morning brief of a 12-article mix, printed to PDF on A4 and Letter, with pictures of its
first page and of one article memo for the README.

The mix is made at run time in a temporary folder (no evaluation text enters the repository):
ten bbc_news articles across its five categories, two of them on one event (Manchester United's
share rise on Malcolm Glazer's new offer, as two different articles), each with the "Source: BBC
News" line a saved page carries; and two untitled writers_dev articles, with no outlet, so the
sources list shows what it does when an article has no metadata.

    python benchmarks/digest_mix.py [--docs docs/]    # needs pdftoppm (poppler-utils) for PNGs
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from briefing.evaluate import shared_dir

BBC = [
    "bbc-business-229",  # Shares rise on new Man Utd offer     } one event,
    "bbc-business-209",  # Mixed reaction to Man Utd offer     } two articles
    "bbc-business-169",  # Buyers snap up Jet Airways' shares
    "bbc-politics-064",  # Blair hails Turkey-EU talks deal
    "bbc-politics-102",
    "bbc-entertainment-044",
    "bbc-entertainment-013",
    "bbc-sport-124",
    "bbc-tech-010",
    "bbc-tech-003",
]
WRITERS = 2


def write_mix(folder: Path) -> list[str]:
    rows = {}
    with (shared_dir() / "eval" / "bbc_news.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"] in BBC:
                rows[row["id"]] = row
    names = []
    for n, key in enumerate(BBC, start=1):
        row = rows[key]
        name = f"{n:02d}-{key}.txt"
        (folder / name).write_text(
            f"{row['title']}\nSource: BBC News\n\n{row['article']}\n", encoding="utf-8"
        )
        names.append(f"{name}: {row['title']}")
    with (shared_dir() / "eval" / "writers_dev.jsonl").open(encoding="utf-8") as handle:
        writers = [json.loads(line) for _, line in zip(range(40), handle, strict=False)]
    untitled = [w for w in writers if not w["title"]][:WRITERS]
    for n, row in enumerate(untitled, start=len(BBC) + 1):
        name = f"{n:02d}-wd_{row['id'][:8]}.txt"
        (folder / name).write_text(row["article"] + "\n", encoding="utf-8")
        names.append(f"{name}: (untitled)")
    return names


def run(inputs: Path, out: Path, size: str) -> str:
    config = out.parent / f"{size}.toml"
    config.write_text(f'[memo]\npage_size = "{size}"\n')
    command = [
        sys.executable,
        "-m",
        "briefing",
        "make",
        str(inputs),
        "-o",
        str(out),
        "--digest",
        "--format",
        "md,html,json,pdf",
        "--config",
        str(config),
        "--no-cache",
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=Path, default=Path("docs"))
    parser.add_argument("--keep", type=Path, help="copy the A4 and Letter outputs here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        inputs = root / "inputs"
        inputs.mkdir()
        for line in write_mix(inputs):
            print(line)
        for size in ("A4", "Letter"):
            out = root / size
            print(f"\n--- {size}\n{run(inputs, out, size)}")
            [pdf] = out.glob("digest-*.pdf")
            pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
            for line in pages.stdout.splitlines():
                if line.startswith(("Pages", "Page size")):
                    print(f"{pdf.name}: {line}")
            if args.keep:
                shutil.copytree(out, args.keep / size, dirs_exist_ok=True)
            if size == "A4" and shutil.which("pdftoppm"):
                args.docs.mkdir(parents=True, exist_ok=True)
                picture = ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile"]
                subprocess.run(
                    [*picture, str(pdf), str(args.docs / "digest-first-page")], check=True
                )
                memo = next(p for p in out.glob("*.pdf") if "man-utd" in p.name)
                subprocess.run([*picture, str(memo), str(args.docs / "memo-example")], check=True)


if __name__ == "__main__":
    main()
