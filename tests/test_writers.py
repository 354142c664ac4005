"""Memos built, laid out and written by a writer process (`briefing.output.writers`) in a run
of many."""

import os
import re
from pathlib import Path

import pytest

from briefing import pipeline
from briefing.errors import LayoutError
from briefing.output.folder import OutputFolder
from briefing.pipeline import make_memos

from .conftest import FakeEngine
from .test_pipeline import articles, names, settings_for

GENERATED = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")


@pytest.fixture
def many(monkeypatch):
    """Runs of more memos than an engine batch, on a machine with a core for a writer, forked
    (as when no engine thread runs yet): it inherits the tests' stand-ins. An engine thread of an
    earlier test, still ending, would otherwise have the writer spawned without them."""
    monkeypatch.setattr(pipeline, "BATCH", 2)
    monkeypatch.setattr(pipeline, "usable_cores", lambda: 2)
    monkeypatch.setattr(pipeline, "start_method", lambda: "fork")


def files(folder: Path) -> dict[str, str]:
    """Every memo file's text, but for the time it was made."""
    return {
        p.name: GENERATED.sub("T", p.read_text("utf-8"))
        for p in sorted(folder.iterdir())
        if p.suffix in (".md", ".html")
    }


def test_a_writer_process_writes_the_files_one_process_writes(tmp_path, many, monkeypatch):
    paths = articles(tmp_path / "in", 5, empty=(2,))
    writers_pid = tmp_path / "pids"
    writers_pid.mkdir()
    write = OutputFolder.write

    def recorded(self, memo, *args, **kwargs):
        (writers_pid / str(os.getpid())).touch()
        return write(self, memo, *args, **kwargs)

    monkeypatch.setattr(OutputFolder, "write", recorded)  # the writer, forked, inherits it
    apart = settings_for(tmp_path, formats=("md", "html"), output_dir=tmp_path / "apart")
    outcomes = list(make_memos(paths, apart, FakeEngine()))
    assert names(outcomes) == [f"{n:02d}.txt" for n in range(5)]
    assert [o.ok for o in outcomes] == [True, True, False, True, True]
    assert {p.name for p in writers_pid.iterdir()} - {str(os.getpid())}  # another process wrote

    monkeypatch.setattr(pipeline, "_memo_writers", lambda paths, settings: None)
    here = settings_for(tmp_path, formats=("md", "html"), output_dir=tmp_path / "here")
    alone = list(make_memos(paths, here, FakeEngine()))
    assert [o.files and [f.name for f in o.files] for o in alone] == [
        o.files and [f.name for f in o.files] for o in outcomes
    ]
    assert len(files(tmp_path / "apart")) == 8
    assert files(tmp_path / "apart") == files(tmp_path / "here")


def ready_and_seen(settings):
    """The writer's start (`pipeline._ready_to_build`), and a file named by the process it ran
    in: a spawned writer imports this module by name, so it runs this too."""
    (Path(os.environ["BRIEFING_TEST_WRITERS"]) / str(os.getpid())).touch()


def test_a_spawned_writer_process_writes_the_same_files(tmp_path, many, monkeypatch):
    """Where a fork is not safe (an engine thread already running), the writer is a fresh
    interpreter: it gets what it builds with by pickling, and writes the same files."""
    monkeypatch.setattr(pipeline, "start_method", lambda: "spawn")
    monkeypatch.setattr(pipeline, "_ready_to_build", ready_and_seen)
    monkeypatch.setenv("BRIEFING_TEST_WRITERS", str(tmp_path / "pids"))
    (tmp_path / "pids").mkdir()
    paths = articles(tmp_path / "in", 4)
    apart = settings_for(tmp_path, formats=("md", "html"), output_dir=tmp_path / "apart")
    outcomes = list(make_memos(paths, apart, FakeEngine()))
    assert [o.ok for o in outcomes] == [True] * 4
    assert {p.name for p in (tmp_path / "pids").iterdir()} - {str(os.getpid())}  # it ran
    monkeypatch.setattr(pipeline, "_memo_writers", lambda paths, settings: None)
    here = settings_for(tmp_path, formats=("md", "html"), output_dir=tmp_path / "here")
    list(make_memos(paths, here, FakeEngine()))
    assert len(files(tmp_path / "apart")) == 8
    assert files(tmp_path / "apart") == files(tmp_path / "here")


def test_no_writer_process_for_a_run_that_lays_nothing_out(tmp_path, many):
    settings = settings_for(tmp_path, formats=("md", "json"))
    assert pipeline._memo_writers(articles(tmp_path / "in", 5), settings) is None


def test_a_writer_process_that_dies_loses_no_memo(tmp_path, many, monkeypatch):
    write, parent = OutputFolder.write, os.getpid()

    def dies_at_the_second(self, memo, *args, **kwargs):
        if os.getpid() != parent and "flood plan 1" in memo.document.article.title:
            os._exit(1)  # as when the system kills it for lack of memory
        return write(self, memo, *args, **kwargs)

    monkeypatch.setattr(OutputFolder, "write", dies_at_the_second)  # the writer inherits it
    paths = articles(tmp_path / "in", 6)
    settings = settings_for(tmp_path, formats=("md", "html"))
    outcomes = list(make_memos(paths, settings, FakeEngine()))
    assert names(outcomes) == [f"{n:02d}.txt" for n in range(6)]
    assert all(o.ok for o in outcomes)
    written = sorted(p.name for p in (tmp_path / "out").glob("*.html"))
    assert len(written) == 6
    assert written == sorted(f.name for o in outcomes for f in o.files if f.suffix == ".html")


def test_a_memo_that_fails_in_the_writer_process_fails_alone(tmp_path, many, monkeypatch):
    write = OutputFolder.write

    def cannot_fit(self, memo, *args, **kwargs):
        if "flood plan 3" in memo.document.article.title:
            raise LayoutError(
                "cannot fit 'Ministers agree…' on one A4 page even with one key point"
            )
        return write(self, memo, *args, **kwargs)

    monkeypatch.setattr(OutputFolder, "write", cannot_fit)
    paths = articles(tmp_path / "in", 5)
    settings = settings_for(tmp_path, formats=("md", "html"))
    outcomes = list(make_memos(paths, settings, FakeEngine()))
    assert [o.ok for o in outcomes] == [True, True, True, False, True]
    assert outcomes[3].error == (
        f"{paths[3]}: cannot fit 'Ministers agree…' on one A4 page even with one key point"
    )
    assert "\n" not in outcomes[3].error
