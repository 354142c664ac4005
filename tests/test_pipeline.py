"""The pipeline around the engine: batches on the engine's own thread, outcomes in input order."""

import threading
from pathlib import Path

import pytest

from briefing import pipeline
from briefing.config import Settings
from briefing.errors import BriefingError
from briefing.lane import EngineContractError
from briefing.pipeline import make_memos

from .conftest import ARTICLE, FakeEngine


def articles(folder: Path, count: int, empty: tuple[int, ...] = ()) -> list[Path]:
    """`count` articles with different titles; those numbered in `empty` are empty files."""
    folder.mkdir(exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"{n:02d}.txt"
        text = "" if n in empty else ARTICLE.replace("flood defence plan", f"flood plan {n}")
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths


def settings_for(tmp_path: Path, **changes) -> Settings:
    return Settings(output_dir=tmp_path / "out", formats=("json",), cache=False).replace(**changes)


def names(outcomes) -> list[str]:
    return [o.path.name for o in outcomes]


class Slow(FakeEngine):
    """Takes its time over a batch, so that reading runs ahead of it."""

    def summarise(self, documents, points):
        threading.Event().wait(0.2)
        return super().summarise(documents, points)


def test_memos_are_written_while_the_engine_works_on_the_next_batch(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH", 2)
    second_batch_started = threading.Event()
    release = threading.Event()

    class Slow(FakeEngine):
        def summarise(self, documents, points):
            if self.calls == 1:  # the second batch: held until the first memo is out
                second_batch_started.set()
                release.wait(timeout=20)
            return super().summarise(documents, points)

    outcomes = []
    for outcome in make_memos(articles(tmp_path / "in", 6), settings_for(tmp_path), Slow()):
        if not outcomes:
            # The first batch's memo came out while the engine is on the second batch.
            assert second_batch_started.wait(timeout=20)
            assert not release.is_set()
            release.set()
        outcomes.append(outcome)
    assert names(outcomes) == [f"{n:02d}.txt" for n in range(6)]
    assert all(o.ok for o in outcomes)


def test_a_failed_input_keeps_its_place_behind_memos_still_to_come(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH", 2)
    paths = articles(tmp_path / "in", 6, empty=(3,))
    outcomes = list(make_memos(paths, settings_for(tmp_path), Slow()))
    assert names(outcomes) == [f"{n:02d}.txt" for n in range(6)]
    assert [o.ok for o in outcomes] == [True, True, True, False, True, True]
    assert outcomes[3].error == f"{paths[3]}: is empty"


def test_a_duplicate_keeps_its_place_too(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH", 2)
    paths = articles(tmp_path / "in", 4)
    duplicate = tmp_path / "in" / "zz.txt"
    duplicate.write_text(paths[0].read_text("utf-8"), "utf-8")
    outcomes = list(make_memos([*paths, duplicate], settings_for(tmp_path), Slow()))
    assert names(outcomes) == ["00.txt", "01.txt", "02.txt", "03.txt", "zz.txt"]
    assert outcomes[-1].warning == f"same content as {paths[0]}; skipped"


def test_a_cache_hit_waits_behind_batches_still_with_the_engine(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH", 2)
    cache = tmp_path / "cache"
    paths = articles(tmp_path / "in", 5)
    settings = settings_for(tmp_path, cache=True, cache_dir=cache)
    list(make_memos(paths[4:], settings, FakeEngine()))  # 04 is now cached
    outcomes = list(make_memos(paths, settings, Slow()))
    assert names(outcomes) == [f"{n:02d}.txt" for n in range(5)]


def test_an_article_that_breaks_its_batch_fails_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH", 3)

    class Fussy(FakeEngine):
        def summarise(self, documents, points):
            if any("plan 4" in d.article.title for d in documents):
                raise BriefingError("the model choked on this one")
            return super().summarise(documents, points)

    outcomes = list(make_memos(articles(tmp_path / "in", 7), settings_for(tmp_path), Fussy()))
    assert names(outcomes) == [f"{n:02d}.txt" for n in range(7)]
    failed = [o for o in outcomes if not o.ok]
    assert names(failed) == ["04.txt"]
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


def test_an_engine_that_loses_a_summary_is_named(tmp_path):
    class Lossy(FakeEngine):
        def summarise(self, documents, points):
            return super().summarise(documents, points)[:-1]

    with pytest.raises(EngineContractError, match="returned 1 summaries for 2 documents"):
        list(make_memos(articles(tmp_path / "in", 2), settings_for(tmp_path), Lossy()))


def test_a_run_stopped_early_drops_the_batches_not_started(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH", 1)
    counting = FakeEngine()
    run = make_memos(articles(tmp_path / "in", 6), settings_for(tmp_path), counting)
    next(run)
    run.close()  # as when the caller stops reading (Ctrl-C in the CLI)
    threading.Event().wait(0.5)  # time for any batch still queued to run, if it would
    assert counting.calls < 6


def test_memory_is_given_back_after_every_batch(tmp_path, monkeypatch):
    from briefing import lane

    monkeypatch.setattr(pipeline, "BATCH", 2)
    released = []
    monkeypatch.setattr(lane, "release_free_memory", lambda: released.append(1))
    outcomes = list(make_memos(articles(tmp_path / "in", 4), settings_for(tmp_path), FakeEngine()))
    assert all(o.ok for o in outcomes)
    assert len(released) == 3  # after building the engine, and after each of the two batches


def test_the_engine_is_kept_out_of_the_collectors_walks_once_built(tmp_path, monkeypatch):
    import gc

    from briefing import lane

    engine = FakeEngine()
    walked = []
    monkeypatch.setattr(
        lane,
        "freeze_long_lived",
        lambda what: walked.append((what, any(o is engine for o in gc.get_objects()))),
    )
    outcomes = list(make_memos(articles(tmp_path / "in", 2), settings_for(tmp_path), engine))
    assert all(o.ok for o in outcomes)
    assert walked == [("engine", True)]  # frozen once, with the engine built and alive


def test_an_engine_waiting_for_work_gets_what_is_read_without_a_full_batch(tmp_path, monkeypatch):
    """At the start the engine is often ready before a full batch is read: it gets what there
    is (at least LAST_BATCH documents) rather than wait."""
    monkeypatch.setattr(pipeline, "BATCH", 8)
    monkeypatch.setattr(pipeline, "LAST_BATCH", 3)
    sizes = []

    class Noting(FakeEngine):
        def summarise(self, documents, points):
            sizes.append(len(documents))
            return super().summarise(documents, points)

    paths = articles(tmp_path / "in", 10)
    # A busy engine: full batches only, and the rest at the end.
    monkeypatch.setattr(pipeline.EngineLane, "ready", lambda lane: False)
    assert all(o.ok for o in make_memos(paths, settings_for(tmp_path), Noting()))
    assert sizes == [8, 2]
    # An engine ready and done with what it had each time a document is read.
    sizes.clear()
    monkeypatch.setattr(pipeline.EngineLane, "ready", lambda lane: True)
    monkeypatch.setattr(pipeline.Batch, "done", lambda batch: True)
    outcomes = list(make_memos(paths, settings_for(tmp_path), Noting()))
    assert names(outcomes) == [f"{n:02d}.txt" for n in range(10)]
    assert sizes == [3, 3, 3, 1]


@pytest.mark.parametrize("formats", [("json",), ("md", "html")])
def test_a_memo_that_breaks_while_built_with_its_batch_fails_alone(tmp_path, monkeypatch, formats):
    """The memos of an engine batch are built side by side (their parses made together): one
    whose building raises gets its own error, in its place, and the others are written. Laid
    out, in a run of more memos than an engine batch, they are built in a writer process
    (`output.writers`), which inherits the broken rule; what it built comes back with each
    outcome."""
    if "html" in formats:
        monkeypatch.setattr(pipeline, "BATCH", 2)
        monkeypatch.setattr(pipeline, "usable_cores", lambda: 2)
        monkeypatch.setattr(pipeline, "start_method", lambda: "fork")  # it inherits the rule
    build = pipeline.build_memo

    def breaks_on_plan_3(document, *args, **kwargs):
        if "flood plan 3" in document.article.title:
            raise KeyError("a rule broke")
        return build(document, *args, **kwargs)

    monkeypatch.setattr(pipeline, "build_memo", breaks_on_plan_3)
    paths = articles(tmp_path / "in", 6, empty=(1,))
    settings = settings_for(tmp_path, formats=formats)
    outcomes = list(make_memos(paths, settings, FakeEngine()))
    assert [o.path for o in outcomes] == paths
    assert [o.ok for o in outcomes] == [True, False, True, False, True, True]
    assert outcomes[1].error == f"{paths[1]}: is empty"
    assert (
        outcomes[3].error
        == f"{paths[3]}: unexpected error (please report): KeyError: 'a rule broke'"
    )
    assert all(
        o.memo is not None and o.memo.document.article.title.endswith(f"plan {n}")
        for n, o in enumerate(outcomes)
        if o.ok
    )


def test_memos_built_side_by_side_parse_their_sentences_together(tmp_path, monkeypatch):
    from briefing import language

    batches: list[int] = []
    parse = language.parse

    def counting(texts, model=None):
        batches.append(len(texts))
        return parse(texts, model)

    paths = articles(tmp_path / "in", 4)
    for path, month in zip(paths, ["March", "April", "May", "June"], strict=True):
        # sentences of their own: each memo's parses differ from the others'
        path.write_text(path.read_text().replace("March", month), "utf-8")
    alone = [o.memo for o in make_memos(paths[:1], settings_for(tmp_path), FakeEngine())]
    monkeypatch.setattr(language, "parse", counting)
    language.parse_sentence.cache_clear()
    outcomes = list(
        make_memos(paths, settings_for(tmp_path, output_dir=tmp_path / "o2"), FakeEngine())
    )
    language.parse_sentence.cache_clear()
    assert max(batches) >= 4  # a sentence of each of the four memos in one pass
    assert outcomes[0].memo.key_points == alone[0].key_points
    assert outcomes[0].memo.entities == alone[0].entities


class Preparing(FakeEngine):
    """An engine with a `prepare` step: notes on which thread each batch was prepared, and
    whether its `summarise` got what `prepare` made of that batch."""

    def __init__(self, settings=None) -> None:
        super().__init__(settings)
        self.prepared_on: list[str] = []
        self.given: list[bool] = []

    def prepare(self, documents):
        self.prepared_on.append(threading.current_thread().name)
        return [d.article.title for d in documents]

    def summarise(self, documents, points, prepared=None):
        self.given.append(prepared == [d.article.title for d in documents])
        return super().summarise(documents, points)


def test_the_next_batch_is_prepared_while_this_one_is_summarised(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH", 2)
    next_prepared = threading.Event()

    class Overlapping(Preparing):
        def prepare(self, documents):
            if self.prepared_on:  # the second batch, prepared while the first is summarised
                next_prepared.set()
            return super().prepare(documents)

        def summarise(self, documents, points, prepared=None):
            if not self.given:  # the first batch waits for the second to be prepared
                assert next_prepared.wait(timeout=20)
            return super().summarise(documents, points, prepared)

    engine = Overlapping()
    outcomes = list(make_memos(articles(tmp_path / "in", 6), settings_for(tmp_path), engine))
    assert all(o.ok for o in outcomes) and len(outcomes) == 6
    assert engine.given == [True, True, True]
    assert engine.prepared_on == ["briefing-prepare"] * 3


def test_a_batch_whose_preparation_fails_for_one_article_is_redone_one_by_one(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(pipeline, "BATCH", 3)

    class Fussy(Preparing):
        def prepare(self, documents):
            if any("plan 4" in d.article.title for d in documents):
                raise BriefingError("the encoder choked on this one")
            return super().prepare(documents)

        def summarise(self, documents, points, prepared=None):
            if prepared is None and any("plan 4" in d.article.title for d in documents):
                raise BriefingError("the encoder choked on this one")
            return super().summarise(documents, points, prepared)

    outcomes = list(make_memos(articles(tmp_path / "in", 7), settings_for(tmp_path), Fussy()))
    assert [o.ok for o in outcomes] == [True, True, True, True, False, True, True]
    assert "04.txt: the encoder choked on this one" in outcomes[4].error


def test_the_extractive_engine_summarises_what_it_prepared_as_it_would_alone():
    from briefing.load import parse_text
    from briefing.segment import segment
    from briefing.summarise.extractive import ExtractiveEngine

    texts = [ARTICLE, ARTICLE.replace("flood defence plan", "new flood plan").replace("£", "$")]
    documents = [
        segment(parse_text(text, Path(f"{n}.txt"), str(n) * 64)) for n, text in enumerate(texts)
    ]
    engine = ExtractiveEngine(Settings())
    prepared = engine.prepare(documents)
    assert prepared.shape == (sum(len(d.sentences) + 1 for d in documents), 384)
    assert engine.summarise(documents, 4, prepared=prepared) == engine.summarise(documents, 4)
