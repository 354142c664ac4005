from briefing import prepare
from briefing.config import Settings
from briefing.pipeline import make

from .conftest import ARTICLE


def test_parallel_loading_keeps_order_and_failures(tmp_path, monkeypatch):
    folder = tmp_path / "inputs"
    folder.mkdir()
    paths = []
    for n in range(6):
        path = folder / f"{n}.txt"
        text = "" if n == 3 else ARTICLE.replace("Monday", f"day {n}")
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    serial = list(prepare.documents(paths, 10_000))
    monkeypatch.setattr(prepare, "PARALLEL_FROM", 2)
    monkeypatch.setattr(prepare, "usable_cores", lambda: 2)
    parallel = list(prepare.documents(paths, 10_000))
    assert parallel == serial
    assert parallel[3] == f"{paths[3]}: is empty"
    assert [
        d[0].paragraphs[0].text.count(f"day {n}") for n, d in enumerate(parallel) if n != 3
    ] == [1] * 5


def test_make_with_parallel_loading(tmp_path, monkeypatch, fake_engine):
    monkeypatch.setattr(prepare, "PARALLEL_FROM", 2)
    monkeypatch.setattr(prepare, "usable_cores", lambda: 2)
    folder = tmp_path / "inputs"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(ARTICLE.replace("Ministers agree", f"Plan {n}:"))
    outcomes = make([folder], Settings(engine="fake", output_dir=tmp_path / "out"))
    assert [o.path.name for o in outcomes] == ["0.txt", "1.txt", "2.txt"]
    assert all(o.ok for o in outcomes)


def test_workers_are_forked_with_the_word_tables_already_read(tmp_path, monkeypatch):
    from multiprocessing import get_context

    from briefing.load import words

    monkeypatch.setattr(prepare, "PARALLEL_FROM", 2)
    monkeypatch.setattr(prepare, "usable_cores", lambda: 2)
    monkeypatch.setattr(prepare, "_start_method", lambda: "fork")
    tables_read_at_fork = []

    def context(method):
        tables_read_at_fork.append(words.bigram_followers.cache_info().currsize == 1)
        # Spawned all the same: this test process may have torch's threads running.
        return get_context("spawn")

    monkeypatch.setattr(prepare, "get_context", context)
    paths = []
    for n in range(2):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_text(ARTICLE, encoding="utf-8")
    words.word_frequencies.cache_clear()
    words.bigram_followers.cache_clear()
    assert len(list(prepare.documents(paths, 10_000))) == 2
    assert tables_read_at_fork == [True]
