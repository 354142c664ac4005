"""`briefing make --cluster ray` on 200 real articles: the same files as the local path.

`make check-eval` runs it (CI has the data and the `ray` extra); `tests/test_cluster.py` checks
the same on articles of its own, on a two-node cluster. Here a local Ray is started for the run,
as a user without `RAY_ADDRESS` gets, and the first 200 `bbc_news` articles go through both
paths with the default engine and every text format.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.config import Settings
from briefing.evaluate import shared_dir

ARTICLES = 200


def _bbc_articles(folder: Path, count: int) -> list[Path]:
    data = shared_dir() / "eval" / "bbc_news.jsonl"
    if not data.is_file():
        pytest.fail(f"{data} not found (set BRIEFING_SHARED to the shared data folder)")
    folder.mkdir()
    paths = []
    with data.open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            if row.get("duplicate_of"):
                continue
            path = folder / f"{row['id']}.txt"
            path.write_text(f"{row['title']}\n\n{row['article']}\n", encoding="utf-8")
            paths.append(path)
            if len(paths) == count:
                break
    return paths


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, without the lines that carry the run's time."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            lines = path.read_bytes().splitlines(keepends=True)
            found[str(path.relative_to(folder))] = b"".join(
                x for x in lines if b"generated_at" not in x and b"Generated 20" not in x
            )
    return found


def test_the_cluster_writes_the_same_files_for_200_bbc_articles(tmp_path, monkeypatch):
    from briefing.cluster import make_memos_on_cluster

    monkeypatch.setenv("RAY_ADDRESS", "")  # a local Ray for the run, stopped after it
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    paths = _bbc_articles(tmp_path / "in", ARTICLES)
    local = Settings(formats=("md", "html", "json"), output_dir=tmp_path / "local", cache=False)
    remote = local.replace(output_dir=tmp_path / "ray")

    # The local path as `briefing make` runs it: in its own process, tuned once as the command
    # tunes it (`tuning.tune_process`), as each Ray worker is. On a CPU with AVX-512 that
    # choice moves CTranslate2 to other kernels, whose vectors differ in the last digits and can
    # turn a near tie between two sentences: a library call in this process would compare
    # unlike with like.
    command = [sys.executable, "-m", "briefing", "make", str(tmp_path / "in")]
    command += ["-o", str(local.output_dir), "-f", "md,html,json", "--no-cache"]
    subprocess.run(command, check=True, capture_output=True)
    there = list(make_memos_on_cluster(paths, remote, quiet=True))

    assert sum(o.written for o in there) == ARTICLES
    local_files, ray_files = _files(tmp_path / "local"), _files(tmp_path / "ray")
    assert len([name for name in local_files if name.endswith(".md")]) == ARTICLES
    # (the output folder's lock holds the id of the process that wrote there)
    assert ray_files.pop(".briefing.lock", None) is not None
    assert local_files.pop(".briefing.lock", None) is not None
    assert ray_files == local_files
