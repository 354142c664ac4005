"""The pipeline around the engine: batches on the engine's own thread, memos written in order."""

import threading
from pathlib import Path

import pytest

from briefing import pipeline
from briefing.config import Settings
from briefing.errors import BriefingError
from briefing.pipeline import make_memos

from .conftest import ARTICLE, FakeEngine


def articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(count):
        path = folder / f"{n:02d}.txt"
        # Different titles: different documents, different file names.
        path.write_text(ARTICLE.replace("flood defence plan", f"flood plan number {n}"), "utf-8")
        paths.append(path)
    return paths


def settings_for(tmp_path: Path) -> Settings:
    return Settings(output_dir=tmp_path / "out", formats=("json",), cache=False)


def test_the_next_batch_is_summarised_while_the_last_ones_memos_are_written(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH", 2)
    first_written = threading.Event()
    seen_when_summarising: list[bool] = []

    class Watching(FakeEngine):
        def summarise(self, documents, points):
            if self.calls == 1:  # the second batch: wait (a while) for the first batch's memos
                seen_when_summarising.append(first_written.wait(timeout=20))
            return super().summarise(documents, points)

    outcomes = []
    for outcome in make_memos(articles(tmp_path / "in", 6), settings_for(tmp_path), Watching()):
        outcomes.append(outcome)
        first_written.set()
    assert seen_when_summarising == [True]
    assert [o.path.name for o in outcomes] == [f"{n:02d}.txt" for n in range(6)]
    assert all(o.ok for o in outcomes)


def test_an_article_that_breaks_its_batch_fails_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH", 3)

    class Fussy(FakeEngine):
        def summarise(self, documents, points):
            if any("number 4" in d.article.title for d in documents):
                raise BriefingError("the model choked on this one")
            return super().summarise(documents, points)

    outcomes = list(make_memos(articles(tmp_path / "in", 7), settings_for(tmp_path), Fussy()))
    assert [o.path.name for o in outcomes] == [f"{n:02d}.txt" for n in range(7)]
    failed = [o for o in outcomes if not o.ok]
    assert [o.path.name for o in failed] == ["04.txt"]
    assert "04.txt: the model choked on this one" in failed[0].error
    written = sorted(p.name for o in outcomes for p in o.files)
    assert len(written) == 6 and all(name.endswith(".json") for name in written)
    memos = (p.name for p in (tmp_path / "out").glob("*.json") if not p.name.startswith("."))
    assert sorted(memos) == written


def test_an_engine_error_that_is_not_one_articles_stops_the_run(tmp_path):
    class Broken(FakeEngine):
        def summarise(self, documents, points):
            raise RuntimeError("out of memory")

    with pytest.raises(RuntimeError, match="out of memory"):
        list(make_memos(articles(tmp_path / "in", 2), settings_for(tmp_path), Broken()))
