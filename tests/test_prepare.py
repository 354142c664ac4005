import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from briefing import Settings, make, prepare

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
    outcomes = make([folder], Settings(engine="fake", output_dir=tmp_path / "out")).outcomes
    assert [o.path.name for o in outcomes] == ["0.txt", "1.txt", "2.txt"]
    assert all(o.ok for o in outcomes)


def _tables_read() -> bool:
    from briefing.load.fused import words

    return (
        words.word_frequencies.cache_info().currsize
        == 1
        == words.unigram_counts.cache_info().currsize
    )


def _blas_threads() -> list[int]:
    from threadpoolctl import threadpool_info

    return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]


def test_each_worker_runs_one_blas_thread(monkeypatch):
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")  # what a user's environment may ask for
    pool = prepare.loader_pool("spawn", 1)
    try:
        threads = pool.submit(_blas_threads).result()
    finally:
        pool.shutdown()
    assert threads and set(threads) == {1}


def test_each_worker_reads_the_word_tables_as_it_starts():
    with prepare.loader_pool("spawn", 1) as pool:
        assert pool.submit(_tables_read).result()


def test_the_engine_may_start_once_the_workers_exist_and_this_process_skips_the_tables(
    tmp_path, monkeypatch
):
    """`started` (which starts the engine's torch import) comes after the fork, never during it;
    this process does not read the word tables, which it never uses (the workers load)."""
    from multiprocessing import get_context

    from briefing.load.fused import words

    monkeypatch.setattr(prepare, "PARALLEL_FROM", 2)
    monkeypatch.setattr(prepare, "usable_cores", lambda: 2)
    events = []

    class Workers(ProcessPoolExecutor):
        def submit(self, *args, **kwargs):
            future = super().submit(*args, **kwargs)
            if "workers" not in events:
                events.append("workers")  # the first file sent: the workers exist
            return future

    def loader_pool(method, cores):
        # Spawned all the same: this test process may have torch's threads running.
        context = get_context("spawn")
        return Workers(cores, mp_context=context, initializer=prepare._start_worker)

    monkeypatch.setattr(prepare, "loader_pool", loader_pool)
    paths = []
    for n in range(2):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_text(ARTICLE, encoding="utf-8")
    words.word_frequencies.cache_clear()
    words.unigram_counts.cache_clear()
    read = prepare.documents(paths, 10_000, started=lambda: events.append("started"))
    assert len(list(read)) == 2
    assert events == ["workers", "started"]
    assert words.word_frequencies.cache_info().currsize == 0


def test_without_workers_the_engine_may_start_at_once(tmp_path):
    events = []
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    def read():
        for item in prepare.documents([path], 10_000, started=lambda: events.append("started")):
            events.append("document")
            yield item

    assert len(list(read())) == 1
    assert events == ["started", "document"]


_LOAD_AND_SEGMENT_FILES = prepare.load_and_segment_files


def _killed_on_poison(paths, **kwargs):
    """The loader, except that a file named poison kills the process reading it, as the
    system's out-of-memory killer would."""
    if any(path.name.startswith("poison") for path in paths):
        os.kill(os.getpid(), signal.SIGKILL)
    return _LOAD_AND_SEGMENT_FILES(paths, **kwargs)


def test_a_worker_killed_while_reading_costs_only_its_file(tmp_path, monkeypatch):
    monkeypatch.setattr(prepare, "PARALLEL_FROM", 2)
    monkeypatch.setattr(prepare, "usable_cores", lambda: 2)
    monkeypatch.setattr(prepare, "load_and_segment_files", _killed_on_poison)
    monkeypatch.setattr(prepare, "READ_TOGETHER", 3)  # the poisoned file read with others
    # fork: the workers run this test module's function as it is patched here
    monkeypatch.setattr(prepare, "start_method", lambda: "fork")
    paths = []
    for n in range(9):
        paths.append(tmp_path / (f"poison{n}.txt" if n == 3 else f"{n}.txt"))
        paths[-1].write_text(ARTICLE.replace("Monday", f"day {n}"), encoding="utf-8")
    read = list(prepare.documents(paths, 10_000))
    assert len(read) == 9  # every file has its outcome, in order, and the run ends
    assert (
        read[3] == f"{paths[3]}: the process reading it died (killed, perhaps for lack of memory)"
    )
    for n in (0, 1, 2, 4, 5, 6, 7, 8):
        assert f"day {n}" in read[n][0].paragraphs[0].text


def _slow_reader(path, max_bytes, data=None):
    time.sleep(30)  # a reader stuck on a pathological file
    raise AssertionError("the time limit did not stop the reader")


def test_a_file_that_takes_too_long_to_read_fails_alone(tmp_path, monkeypatch):
    from briefing.encoder import runtime

    monkeypatch.setattr(runtime, "_OWNED", True)  # the CLI's process: it may set a timer
    monkeypatch.setattr(prepare, "READ_SECONDS", 0.2)
    monkeypatch.setattr(prepare, "load_each", _slow_reader)
    path = tmp_path / "stuck.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert prepare.load_and_segment(path, 10_000) == f"{path}: took over 0.2 s to read"
    # a program calling the library keeps its own signals: no timer there
    monkeypatch.setattr(runtime, "_OWNED", False)
    monkeypatch.setattr(prepare, "load_each", lambda path, max_bytes, data=None: [])
    assert prepare.load_and_segment(path, 10_000) == []


def test_a_run_multiplies_on_one_blas_thread_and_puts_the_callers_threads_back(
    tmp_path, monkeypatch
):
    from threadpoolctl import threadpool_limits

    from briefing.summarise import base
    from tests.conftest import FakeEngine

    seen: list[list[int]] = []

    class Watching(FakeEngine):
        def summarise(self, documents, points):
            seen.append(_blas_threads())
            return super().summarise(documents, points)

    monkeypatch.setitem(base.ENGINES, "watching", Watching)
    (tmp_path / "a.txt").write_text(ARTICLE)
    with threadpool_limits(2, user_api="blas"):  # what the caller runs with
        make([tmp_path / "a.txt"], Settings(engine="watching", output_dir=tmp_path / "out"))
        after = _blas_threads()
    assert seen and set(seen[0]) == {1}
    assert set(after) == {2}


def test_files_read_together_come_out_as_each_read_alone(tmp_path):
    paths = []
    for n, text in enumerate(
        [
            ARTICLE,
            "",  # an empty file: its own reason
            ARTICLE.replace("Monday", "Tuesday").replace("Ministers", "Union leaders"),
            "Headline only\n",
        ]
    ):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    together = prepare.load_and_segment_files(paths, 10_000)
    alone = [prepare.load_and_segment(path, 10_000) for path in paths]
    assert together == alone
    assert together[1] == f"{paths[1]}: is empty"
    assert together[0][0].mentions and together[2][0].mentions != together[0][0].mentions


def test_a_document_the_pipeline_fails_on_fails_alone_when_read_with_others(tmp_path, monkeypatch):
    from briefing import language

    def fails_on_poison(document, model=None):
        if "poison" in document.article.title:
            raise ValueError("the tagger broke")
        return language.read_language(document, model)

    def fails_together(documents, model=None):
        if any("poison" in d.article.title for d in documents):
            raise ValueError("the tagger broke")
        return language.read_languages(documents, model)

    monkeypatch.setattr(prepare, "read_language", fails_on_poison)
    monkeypatch.setattr(prepare, "read_languages", fails_together)
    paths = []
    for n, title in enumerate(["Ministers agree", "A poison pill", "Talks go on"]):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_text(f"{title}\n\n{ARTICLE.split(chr(10), 2)[2]}", encoding="utf-8")
    first, poisoned, last = prepare.load_and_segment_files(paths, 10_000)
    assert first[0].mentions is not None and last[0].mentions is not None
    assert poisoned == [
        f"{paths[1]}: unexpected error (please report): ValueError: the tagger broke"
    ]


def _files(folder, count, empty=()):
    paths = []
    for n in range(count):
        paths.append(folder / f"{n}.txt")
        text = "" if n in empty else ARTICLE.replace("Monday", f"day {n}")
        paths[-1].write_text(text, encoding="utf-8")
    return paths


def test_files_loaded_early_are_read_as_if_the_workers_had_loaded_them(tmp_path, monkeypatch):
    paths = _files(tmp_path, 7, empty={2})
    expected = list(prepare.documents(paths, 10_000))  # one at a time, in this process
    loader = prepare.EarlyLoader(paths[:4], 10_000, False)
    loader._process.join(60)  # a few small files: it loads them all, sends them and ends
    loaded = loader.finish()
    loader.close()
    assert len(loaded) == 4 and loaded[2] == f"{paths[2]}: is empty"
    options = dict(language=None, debug=False, readings=None)
    # the workers may not load a file loaded early
    work = partial(_loading_late_files_only, max_bytes=10_000, **options)
    read = partial(prepare.read_loaded, **options)
    monkeypatch.setattr(prepare, "READ_TOGETHER", 3)  # a group ends where the early files end
    monkeypatch.setattr(prepare, "start_method", lambda: "fork")
    assert list(prepare._in_workers(work, paths, 2, None, loaded, read)) == expected


def _loading_late_files_only(paths, **kwargs):
    assert all(int(path.stem) >= 4 for path in paths), paths
    return _LOAD_AND_SEGMENT_FILES(paths, **kwargs)


def test_a_run_loads_its_first_files_early_and_gets_the_same_documents(tmp_path, monkeypatch):
    paths = _files(tmp_path, 12, empty={5})
    expected = list(prepare.documents(paths, 10_000))
    monkeypatch.setattr(prepare, "PARALLEL_FROM", 2)
    monkeypatch.setattr(prepare, "usable_cores", lambda: 2)
    monkeypatch.setattr(prepare, "start_method", lambda: "fork")
    monkeypatch.setattr(prepare, "_language_imported", lambda: False)
    started = []
    real_start = prepare.EarlyLoader.start.__func__

    def start(cls, *args):
        started.append(real_start(cls, *args))
        return started[-1]

    monkeypatch.setattr(prepare.EarlyLoader, "start", classmethod(start))
    assert list(prepare.documents(paths, 10_000)) == expected
    assert started and started[0] is not None
    assert not started[0]._process.is_alive()


def test_an_early_loader_that_dies_costs_nothing_but_time(tmp_path):
    paths = _files(tmp_path, 3)
    loader = prepare.EarlyLoader(paths, 10_000, False)
    loader._process.kill()
    loader._process.join()
    assert loader.finish() == []
    loader.close()
