import json
import threading
from pathlib import Path

import pytest

from briefing import make
from briefing.cache import SummaryCache, engine_code_fingerprint
from briefing.config import Settings
from briefing.errors import ModelError
from briefing.folders import cache_folder
from briefing.summarise import base

from .conftest import ARTICLE, FakeEngine

OTHER = ARTICLE.replace("Ministers agree new flood defence plan", "Councils back coastal plan")


class CountingEngine(FakeEngine):
    """The fake engine, counting how often it is created and how many documents it reads."""

    created = 0
    documents = 0

    def __init__(self, settings=None) -> None:
        super().__init__(settings)
        type(self).created += 1

    def summarise(self, documents, points):
        type(self).documents += len(documents)
        return super().summarise(documents, points)


@pytest.fixture
def counting():
    CountingEngine.created = CountingEngine.documents = 0
    base.register("counting", CountingEngine)
    base.register("counting-too", CountingEngine)
    yield CountingEngine
    base.ENGINES.pop("counting", None)
    base.ENGINES.pop("counting-too", None)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    return folder


def run(inputs: Path, tmp_path: Path, **changes) -> tuple:
    settings = Settings(engine="counting", output_dir=tmp_path / "out", formats=("json",))
    outcomes = make([inputs], settings.replace(**changes)).outcomes
    assert all(o.ok for o in outcomes), outcomes
    return outcomes


def test_unchanged_inputs_and_settings_never_create_the_engine(counting, inputs, tmp_path):
    first = run(inputs, tmp_path)
    assert (counting.created, counting.documents) == (1, 2)
    memo = (tmp_path / "out" / "ministers-agree-new-flood-defence-plan.json").read_text()
    (tmp_path / "out" / "ministers-agree-new-flood-defence-plan.json").unlink()

    counting.created = counting.documents = 0
    second = run(inputs, tmp_path)
    assert (counting.created, counting.documents) == (0, 0)
    assert [o.files for o in second] == [o.files for o in first]
    again = (tmp_path / "out" / "ministers-agree-new-flood-defence-plan.json").read_text()
    # The memo written from the cache is the memo the engine made, engine name included.
    drop = lambda text: {k: v for k, v in json.loads(text).items() if k != "generated_at"}  # noqa: E731
    assert drop(again) == drop(memo)
    assert json.loads(again)["engine"] == {"name": "fake", "model": "none"}


def test_a_changed_input_is_summarised_again_and_only_it(counting, inputs, tmp_path):
    run(inputs, tmp_path)
    counting.created = counting.documents = 0
    (inputs / "b.txt").write_text(OTHER.replace("welcomed", "cautiously welcomed"))
    outcomes = run(inputs, tmp_path)
    assert (counting.created, counting.documents) == (1, 1)
    assert [o.path.name for o in outcomes] == ["a.txt", "b.txt"]


def test_a_hit_behind_a_miss_keeps_the_input_order(counting, inputs, tmp_path):
    run(inputs, tmp_path)
    counting.documents = 0
    (inputs / "a.txt").write_text(ARTICLE.replace("Monday", "Tuesday"))
    outcomes = run(inputs, tmp_path)
    assert counting.documents == 1
    assert [o.path.name for o in outcomes] == ["a.txt", "b.txt"]


@pytest.mark.parametrize(
    "change",
    [
        {"points": 3},
        {"engine": "counting-too"},
        {"model": "some/other-model"},
        {"encoder": "some/other-encoder"},
        {"precision": "int8"},
        {"num_beams": 2},
        {"max_new_tokens": 40},
        {"prompt": "flan-t5"},
        {"max_sentences": 100},
    ],
    ids=lambda change: next(iter(change)),
)
def test_a_setting_that_shapes_the_summary_misses(counting, inputs, tmp_path, change):
    run(inputs, tmp_path)
    counting.created = counting.documents = 0
    run(inputs, tmp_path, **change)
    assert counting.documents == 2
    counting.created = counting.documents = 0
    run(inputs, tmp_path, **change)  # and that new setting is cached in its turn
    assert counting.documents == 0


def test_settings_that_only_change_the_files_still_hit(counting, inputs, tmp_path):
    run(inputs, tmp_path)
    counting.created = counting.documents = 0
    run(inputs, tmp_path, formats=("md", "html"), output_dir=tmp_path / "elsewhere")
    assert counting.documents == 0
    assert (tmp_path / "elsewhere" / "councils-back-coastal-plan.html").is_file()


def test_no_cache_neither_reads_nor_writes(counting, inputs, tmp_path, cache_dir):
    run(inputs, tmp_path, cache=False)
    assert not cache_dir.exists()
    run(inputs, tmp_path)
    counting.created = counting.documents = 0
    run(inputs, tmp_path, cache=False)
    assert counting.documents == 2


def test_no_cache_flag_on_the_command_line(cli, counting, inputs, tmp_path):
    out = str(tmp_path / "out")
    assert cli("make", str(inputs), "-o", out, "-e", "counting").exit_code == 0
    counting.documents = 0
    assert cli("make", str(inputs), "-o", out, "-e", "counting").exit_code == 0
    assert counting.documents == 0
    assert cli("make", str(inputs), "-o", out, "-e", "counting", "--no-cache").exit_code == 0
    assert counting.documents == 2


def test_a_damaged_entry_is_a_miss_and_is_rewritten(counting, inputs, tmp_path, cache_dir):
    run(inputs, tmp_path)
    entries = sorted(cache_dir.glob("summaries/*/*.json"))
    assert len(entries) == 2
    for entry in entries:
        entry.write_text('{"schema": "briefing-summary-cache/1", "points": [')
    counting.documents = 0
    with pytest.warns(UserWarning, match="ignoring the damaged cache entry"):
        run(inputs, tmp_path)
    assert counting.documents == 2
    assert all(json.loads(e.read_text())["points"] for e in entries)


def test_where_the_cache_lives(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "env"))
    assert cache_folder(Settings()) == tmp_path / "env"
    assert cache_folder(Settings(cache_dir=tmp_path / "set")) == tmp_path / "set"
    monkeypatch.delenv("BRIEFING_CACHE_DIR")
    assert cache_folder(Settings()).name == "briefing"
    assert SummaryCache.for_settings(Settings(cache=False)) is None


def test_engine_code_is_part_of_the_key(counting):
    # Built-in engines are found by module name without importing them; others by their class.
    assert engine_code_fingerprint("extractive") != engine_code_fingerprint("counting")
    assert engine_code_fingerprint("counting") == engine_code_fingerprint("counting-too")


def test_cache_command_counts_and_clears(cli, counting, inputs, tmp_path, cache_dir):
    run(inputs, tmp_path)
    result = cli("cache")
    assert result.exit_code == 0
    assert f"{cache_dir / 'summaries'}: 2 cached summaries" in result.output
    result = cli("cache", "--clear")
    assert "deleted 2 cached summaries" in result.output
    assert not list(cache_dir.glob("summaries/*/*.json"))


def test_the_engine_is_built_once_in_the_background(counting, inputs, tmp_path):
    built_in: list[str] = []

    class ThreadNoting(CountingEngine):
        def __init__(self, settings=None) -> None:
            super().__init__(settings)
            built_in.append(threading.current_thread().name)

    base.register("counting", ThreadNoting)
    run(inputs, tmp_path)
    assert len(built_in) == 1 and built_in[0].startswith("briefing-engine")


def test_an_engine_that_cannot_load_stops_the_run_with_its_own_error(inputs, tmp_path):
    def broken(settings):
        raise ModelError("cannot load sentence encoder 'nowhere'")

    base.register("broken", broken)
    try:
        settings = Settings(engine="broken", output_dir=tmp_path / "out", formats=("json",))
        with pytest.raises(ModelError, match="nowhere"):
            make([inputs], settings)
    finally:
        base.ENGINES.pop("broken", None)


def _engine_start_and_reads(monkeypatch) -> list[str]:
    """Records, in order, when the engine lane starts and when each input is read."""
    from briefing import pipeline

    events: list[str] = []
    lane, documents = pipeline.EngineLane, pipeline.documents

    def noting_lane(*args, **kwargs):
        events.append("engine")
        return lane(*args, **kwargs)

    def noting_documents(*args, **kwargs):
        for item in documents(*args, **kwargs):
            events.append("read")
            yield item

    monkeypatch.setattr(pipeline, "EngineLane", noting_lane)
    monkeypatch.setattr(pipeline, "documents", noting_documents)
    return events


def test_on_a_first_run_the_engine_starts_before_any_input_is_read(
    counting, inputs, tmp_path, monkeypatch
):
    events = _engine_start_and_reads(monkeypatch)
    assert SummaryCache(tmp_path / "cache" / "summaries", Settings()).is_empty()
    run(inputs, tmp_path, cache_dir=tmp_path / "cache")
    assert events == ["engine", "read", "read"]
    assert not SummaryCache(tmp_path / "cache" / "summaries", Settings()).is_empty()

    # With summaries cached, the engine waits for an input that misses, and starts only then.
    events.clear()
    (inputs / "b.txt").write_text(OTHER.replace("coastal", "inland"), encoding="utf-8")
    run(inputs, tmp_path, cache_dir=tmp_path / "cache")
    assert events == ["read", "read", "engine"]
    assert counting.documents == 3  # both inputs, then only the changed one


def test_machines_whose_precision_differs_keep_their_summaries_apart(monkeypatch):
    """`auto` is int8 where CTranslate2 runs it, and its kernels (and their roundings) differ with
    the CPU's features: a cache folder shared between such machines must not hand one's picks
    to the other. Read without torch."""
    from briefing import cache

    settings = Settings()
    monkeypatch.setattr(cache, "cpu_flags", lambda: {"sse2", "avx2", "avx512_vnni"})
    cache.hardware_fingerprint.cache_clear()
    with_vnni = cache.settings_fingerprint(settings)
    monkeypatch.setattr(cache, "cpu_flags", lambda: {"sse2", "avx2", "avx512_vnni", "fpu"})
    cache.hardware_fingerprint.cache_clear()
    assert cache.settings_fingerprint(settings) == with_vnni  # flags that decide nothing
    monkeypatch.setattr(cache, "cpu_flags", lambda: {"sse2", "avx2", "avx512_bf16"})
    cache.hardware_fingerprint.cache_clear()
    assert cache.settings_fingerprint(settings) != with_vnni
    assert "/torch-" in cache.hardware_fingerprint()
    assert "/ctranslate2-" in cache.hardware_fingerprint()  # it runs int8 where installed
    # AVX-512 decides which of CTranslate2's kernels run int8 (ctranslate.prefer_avx512).
    monkeypatch.setattr(cache, "cpu_flags", lambda: {"sse2", "avx2", "avx512_vnni", "avx512f"})
    cache.hardware_fingerprint.cache_clear()
    assert cache.settings_fingerprint(settings) != with_vnni
    cache.hardware_fingerprint.cache_clear()


VALID = {"schema": "briefing-summary-cache/1", "engine": {"name": "counting", "model": "none"}}


@pytest.mark.parametrize(
    "entry",
    [
        [],
        None,
        "a summary",
        {**VALID, "points": [], "background": []},  # no points: the memo would fail every run
        {**VALID, "points": [{"text": "Ministers agreed.", "sentences": [999]}], "background": []},
        {**VALID, "points": [{"text": "Ministers agreed.", "sentences": [-1]}], "background": []},
        {**VALID, "points": [{"text": "Ministers agreed.", "sentences": ["0"]}], "background": []},
        {**VALID, "points": [{"text": "Ministers agreed.", "sentences": [True]}], "background": []},
        {**VALID, "points": [{"text": None, "sentences": [0]}], "background": []},
        {**VALID, "points": [None], "background": []},
        {**VALID, "points": {"text": "x"}, "background": []},
        {**VALID, "points": [{"text": "Ministers agreed.", "sentences": [0]}]},  # no background
        {"schema": VALID["schema"], "engine": None, "points": [], "background": []},
    ],
)
def test_an_entry_that_is_not_a_valid_summary_is_a_miss_rewritten_with_one_warning(
    counting, inputs, tmp_path, cache_dir, entry
):
    run(inputs, tmp_path)
    entries = sorted(cache_dir.glob("summaries/*/*.json"))
    for path in entries:
        path.write_text(json.dumps(entry))
    counting.documents = 0
    with pytest.warns(UserWarning, match="damaged cache entry") as caught:
        outcomes = run(inputs, tmp_path)
    assert len([w for w in caught if "cache" in str(w.message)]) == 1
    assert counting.documents == 2  # both summarised again
    assert all(o.points >= 1 for o in outcomes)
    for path in entries:
        rewritten = json.loads(path.read_text())
        assert rewritten["points"] and all(
            0 <= i < 20 for p in rewritten["points"] for i in p["sentences"]
        )
    counting.documents = 0
    run(inputs, tmp_path)  # and the rewritten entries are hits again
    assert counting.documents == 0


def test_a_rerun_reuses_what_the_language_pipeline_read(counting, inputs, tmp_path, monkeypatch):
    from briefing import language

    cache = tmp_path / "cache"
    first = run(inputs, tmp_path, cache_dir=cache)
    assert len(list((cache / "readings").rglob("*.json"))) == 2

    def unavailable(*args, **kwargs):
        raise AssertionError("the language pipeline ran again on unchanged inputs")

    monkeypatch.setattr(language, "read_language", unavailable)
    again = run(inputs, tmp_path, cache_dir=cache)
    assert [o.memo.entities for o in again] == [o.memo.entities for o in first]
    assert [o.memo.document.statements for o in again] == [
        o.memo.document.statements for o in first
    ]


def test_a_damaged_reading_is_read_again(counting, inputs, tmp_path):
    cache = tmp_path / "cache"
    first = run(inputs, tmp_path, cache_dir=cache)
    for entry in (cache / "readings").rglob("*.json"):
        entry.write_text('{"mentions": [["x", "PERSON", "one", 0, 1]], "statements": []}')
    again = run(inputs, tmp_path, cache_dir=cache)
    assert [o.memo.entities for o in again] == [o.memo.entities for o in first]
