"""int8 on CTranslate2: converted once by its own converter into the cache folder, reused, rebuilt
when damaged; close to float32 and batch-independent; float32 where it cannot run."""

import os
import shutil
import time
from pathlib import Path

import numpy as np
import pytest

from briefing import tuning
from briefing.encoder import ctranslate
from briefing.encoder import sentences as encoder_module
from briefing.encoder.sentences import SentenceEncoder

from .test_encoder import SENTENCES
from .test_encoder import SENTENCES as NEWS


@pytest.fixture
def model(tiny_bert, tmp_path) -> Path:
    """A copy of the tiny BERT under a path of this test's own: the key holds the path, and a
    process loads an encoder once per location."""
    copy = tmp_path / "model"
    shutil.copytree(tiny_bert, copy)
    return copy


@pytest.fixture
def conversions(monkeypatch) -> list[Path]:
    """Where each conversion of the test was written (the real converter runs)."""
    done: list[Path] = []
    convert = ctranslate.convert

    def counted(folder: Path, destination: Path) -> None:
        convert(folder, destination)
        done.append(destination)

    monkeypatch.setattr(ctranslate, "convert", counted)
    return done


@pytest.fixture(autouse=True)
def fresh_encoders():
    encoder_module.forget_loaded()
    yield
    encoder_module.forget_loaded()


def _entries(models: Path) -> list[Path]:
    return sorted(models.iterdir()) if models.is_dir() else []


def test_ctranslate2_is_installed():
    """It is in the project's dependencies: without it int8 runs nowhere (float32 instead)."""
    assert ctranslate.available()


def test_int8_runs_on_ctranslate2_close_to_float32(model, tmp_path):
    int8 = SentenceEncoder(str(model), precision="int8", models_dir=tmp_path / "models")
    assert (int8.runtime.backend, int8.precision) == ("ctranslate2", "int8")
    vectors = int8.encode(SENTENCES)
    reference = SentenceEncoder(str(model), precision="float32").encode(SENTENCES)
    assert vectors.shape == reference.shape == (len(SENTENCES), 32)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # A tiny model of random weights, so a loose bound: on CPUs without VNNI, CTranslate2's int8
    # products go through AVX2's saturating byte pairs, and random activations round further
    # from float32 than a trained model's (the next test holds the packaged model to 0.98).
    assert (vectors * reference).sum(1).min() > 0.95


def test_the_packaged_encoder_in_int8_stays_close_to_float32(tmp_path):
    """What `auto` runs on every CPU: the trained model's int8 vectors within 0.98 cosine of
    float32's (on 5,047 BBC sentences and headlines, 0.983 at least and 0.996 on average on an
    AVX2 CPU without VNNI)."""
    int8 = SentenceEncoder(precision="int8", models_dir=tmp_path / "models")
    assert (int8.runtime.backend, int8.precision) == ("ctranslate2", "int8")
    vectors = int8.encode(NEWS)
    reference = SentenceEncoder(precision="float32").encode(NEWS)
    assert (vectors * reference).sum(1).min() > 0.98


def test_int8_on_ctranslate2_gives_a_sentence_the_same_vector_in_any_batch(model, tmp_path):
    """Each token's activations get a scale of their own: the other texts in a batch do not
    change a sentence's vector, but for a last-bit difference in attention over padding that
    tips a rounding to int8 (benchmarks/batch_dependence.py)."""
    int8 = SentenceEncoder(str(model), precision="int8", models_dir=tmp_path / "models")
    texts = SENTENCES * 2
    batched = int8.encode(texts)
    for row, text in enumerate(texts):
        assert 1.0 - float(int8.encode([text])[0] @ batched[row]) < 1e-3


def test_the_conversion_is_kept_and_a_second_load_does_not_convert(model, tmp_path, conversions):
    models = tmp_path / "models"
    first = ctranslate.load(str(model), models, lanes=1)
    [entry] = _entries(models)
    assert entry.name == ctranslate.entry_name(model)
    assert {"model.bin", "config.json", "tokenizer.json"} <= {p.name for p in entry.iterdir()}
    written = {p.name: p.stat().st_mtime_ns for p in entry.iterdir()}
    second = ctranslate.load(str(model), models, lanes=1)
    assert len(conversions) == 1
    assert _entries(models) == [entry]  # no temporary folder left beside it
    assert {p.name: p.stat().st_mtime_ns for p in entry.iterdir()} == written
    ids = [e.ids for e in second.tokenizer.encode_batch(SENTENCES)]
    assert np.array_equal(first.embed(ids), second.embed(ids))


def test_the_encoder_from_settings_keeps_its_conversion_in_the_cache_folder(model, cache_dir):
    from briefing.config import Settings

    settings = Settings(encoder=str(model), precision="int8")
    assert SentenceEncoder.from_settings(settings).runtime.backend == "ctranslate2"
    assert [p.name for p in _entries(cache_dir / "models")] == [ctranslate.entry_name(model)]


def _cut_short(entry: Path) -> None:
    data = (entry / "model.bin").read_bytes()
    (entry / "model.bin").write_bytes(data[: len(data) // 2])


def _no_tokenizer(entry: Path) -> None:
    (entry / "tokenizer.json").unlink()


def _garbled_config(entry: Path) -> None:
    (entry / "config.json").write_text("{not json", encoding="utf-8")


@pytest.mark.parametrize("damage", [_cut_short, _no_tokenizer, _garbled_config])
def test_a_damaged_conversion_is_converted_again(model, tmp_path, conversions, damage):
    models = tmp_path / "models"
    before = ctranslate.load(str(model), models, lanes=1)
    [entry] = _entries(models)
    damage(entry)
    with pytest.warns(RuntimeWarning, match="will not load .*; converting it again"):
        after = ctranslate.load(str(model), models, lanes=1)
    assert len(conversions) == 2
    assert _entries(models) == [entry]
    ids = [e.ids for e in before.tokenizer.encode_batch(SENTENCES)]
    assert np.array_equal(before.embed(ids), after.embed(ids))
    ctranslate.load(str(model), models, lanes=1)  # and it loads again as it is
    assert len(conversions) == 2


def test_the_key_changes_with_the_model_and_the_converter(model, tmp_path, monkeypatch):
    key = ctranslate.model_key(model)
    assert ctranslate.model_key(model) == key

    other = tmp_path / "other"
    shutil.copytree(model, other)
    assert ctranslate.model_key(other) != key  # another folder

    weights = model / "model.safetensors"
    os.utime(weights, ns=(time.time_ns(), weights.stat().st_mtime_ns + 1_000_000))
    changed = ctranslate.model_key(model)
    assert changed != key  # the weights rewritten

    monkeypatch.setattr(ctranslate, "FORMAT", ctranslate.FORMAT + 1)
    assert ctranslate.model_key(model) != changed

    monkeypatch.undo()
    versions = {"ctranslate2": "9.9.9", "transformers": "9.9.9"}
    monkeypatch.setattr(ctranslate.metadata, "version", versions.__getitem__)
    assert ctranslate.model_key(model) != changed


def test_a_conversion_killed_halfway_leaves_nothing_that_a_later_run_loads(
    model, tmp_path, monkeypatch
):
    models = tmp_path / "models"
    convert = ctranslate.convert

    def killed(folder: Path, destination: Path) -> None:
        convert(folder, destination)
        _cut_short(destination)  # the model half written when the process dies
        raise SystemExit(137)

    monkeypatch.setattr(ctranslate, "convert", killed)
    # A killed process cleans nothing up.
    monkeypatch.setattr(ctranslate.shutil, "rmtree", lambda *args, **kwargs: None)
    with pytest.raises(SystemExit):
        ctranslate.load(str(model), models, lanes=1)
    [leftover] = _entries(models)
    assert leftover.name.startswith(".tmp-")
    monkeypatch.undo()
    loaded = ctranslate.load(str(model), models, lanes=1)
    assert loaded.dimension == 32
    assert ctranslate.entry_name(model) in [p.name for p in _entries(models)]


def test_a_folder_left_by_a_run_killed_long_ago_is_removed(model, tmp_path):
    models = tmp_path / "models"
    old, recent = models / ".tmp-old-1", models / ".tmp-recent-2"
    for leftover in (old, recent):
        (leftover / "model").mkdir(parents=True)
    long_ago = time.time() - ctranslate.STALE_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    ctranslate.load(str(model), models, lanes=1)
    assert not old.exists()
    assert recent.exists()  # perhaps another run converting now


def test_of_two_runs_converting_at_once_the_first_rename_wins(model, tmp_path, monkeypatch):
    models = tmp_path / "models"
    entry = models / ctranslate.entry_name(model)
    convert = ctranslate.convert

    def raced(folder: Path, destination: Path) -> None:
        convert(folder, destination)
        convert(folder, tmp_path / "theirs")  # the other run finishes first
        (tmp_path / "theirs").rename(entry)
        (entry / "theirs").write_text("", encoding="utf-8")

    monkeypatch.setattr(ctranslate, "convert", raced)
    mine = ctranslate.load(str(model), models, lanes=1)
    assert (entry / "theirs").exists()
    assert _entries(models) == [entry]
    monkeypatch.undo()
    theirs = ctranslate.load(str(model), models, lanes=1)
    ids = [e.ids for e in mine.tokenizer.encode_batch(SENTENCES)]
    assert np.array_equal(mine.embed(ids), theirs.embed(ids))


def test_with_the_cache_off_the_model_is_converted_for_each_run(model, tmp_path, conversions):
    for _ in range(2):
        loaded = ctranslate.load(str(model), None, lanes=1)
        assert loaded.embed([[101, 2023, 102]]).shape == (1, 32)
    assert len(conversions) == 2
    assert not any(path.exists() for path in conversions)


def test_a_cache_folder_that_cannot_be_written_converts_for_the_run(model, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    with pytest.warns(RuntimeWarning, match="cannot keep the converted encoder in"):
        loaded = ctranslate.load(str(model), blocked / "models", lanes=1)
    assert loaded.dimension == 32


def test_a_model_ctranslate2_cannot_convert_runs_in_float32_with_a_warning(
    model, tmp_path, monkeypatch
):
    def refuse(folder: Path, destination: Path) -> None:
        raise ValueError("No conversion is registered for the model configuration")

    monkeypatch.setattr(ctranslate, "convert", refuse)
    with pytest.warns(RuntimeWarning, match="CTranslate2 cannot run .*No conversion.*float32"):
        encoder = SentenceEncoder(str(model), precision="int8", models_dir=tmp_path / "models")
    assert (encoder.runtime.backend, encoder.precision) == ("torch", "float32")
    assert encoder.encode(SENTENCES[:2]).shape == (2, 32)


def test_a_family_ctranslate2_does_not_convert_is_left_to_torch(model, tmp_path, monkeypatch):
    """`auto` takes the best float the hardware has, quietly; int8 asked for says why not."""
    monkeypatch.setattr(ctranslate, "CONVERTIBLE", frozenset({"roberta"}))
    monkeypatch.setattr(encoder_module, "bfloat16_supported", lambda device: False)
    with pytest.warns(RuntimeWarning, match="does not convert bert encoders; using float32"):
        asked = SentenceEncoder(
            str(model), precision="int8", device="cpu", models_dir=tmp_path / "models"
        )
    assert (asked.runtime.backend, asked.precision) == ("torch", "float32")
    encoder_module.forget_loaded()
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        auto = SentenceEncoder(
            str(model), precision="auto", device="cpu", models_dir=tmp_path / "models"
        )
    assert (auto.runtime.backend, auto.precision) == ("torch", "float32")
    assert not (tmp_path / "models").exists()


def test_without_ctranslate2_int8_is_float32_with_a_warning(model, monkeypatch):
    monkeypatch.setattr(ctranslate, "available", lambda: False)
    with pytest.warns(RuntimeWarning, match=r"'int8' needs CTranslate2 .*; using float32"):
        encoder = SentenceEncoder(str(model), precision="int8", device="cpu")
    assert (encoder.runtime.backend, encoder.precision) == ("torch", "float32")
    assert encoder.encode(SENTENCES).shape == (len(SENTENCES), 32)


@pytest.mark.parametrize("precision", ["float32", "bfloat16"])
def test_other_precisions_run_in_torch_and_convert_nothing(model, tmp_path, precision, recwarn):
    encoder = SentenceEncoder(str(model), precision=precision, models_dir=tmp_path / "models")
    assert encoder.runtime.backend == "torch"
    assert not (tmp_path / "models").exists()


@pytest.mark.parametrize(
    ("flags", "already", "expected"),
    [
        ({"avx2", "avx512f", "avx512bw", "avx512dq", "avx512vl"}, None, "AVX512"),
        ({"avx2", "avx512f"}, None, None),  # not the whole AVX-512 set CTranslate2 uses
        ({"avx2"}, None, None),
        ({"avx2", "avx512f", "avx512bw", "avx512dq", "avx512vl"}, "AVX2", "AVX2"),  # the user's
    ],
)
def test_avx512_is_asked_for_only_where_the_cpu_has_it(monkeypatch, flags, already, expected):
    monkeypatch.setattr(tuning.runtime, "cpu_flags", lambda: flags)
    # Set first, so that the variable is put back as it was whatever the test sets.
    monkeypatch.setenv(tuning.ISA_VARIABLE, already or "")
    if already is None:
        monkeypatch.delenv(tuning.ISA_VARIABLE)
    tuning.prefer_avx512()
    assert tuning.os.environ.get(tuning.ISA_VARIABLE) == expected


@pytest.mark.parametrize(
    ("runs_int8", "bfloat16", "expected"),
    [
        (True, False, "int8"),  # AVX2 without VNNI or bf16: int8 beats float32 there too
        (True, True, "int8"),  # VNNI with bf16: int8 beats bfloat16
        (False, True, "bfloat16"),  # no int8 kernels for this CPU
        (False, False, "float32"),
    ],
)
def test_auto_takes_int8_wherever_ctranslate2_runs_it(monkeypatch, runs_int8, bfloat16, expected):
    monkeypatch.setattr(ctranslate, "runs_int8", lambda: runs_int8)
    monkeypatch.setattr(encoder_module, "bfloat16_supported", lambda device: bfloat16)
    assert encoder_module._usable_precision("auto", "cpu") == expected
    assert encoder_module._usable_precision("auto", "cuda") == (
        "bfloat16" if bfloat16 else "float32"
    )


def test_ctranslate2_reports_int8_kernels_here():
    """The machines this project runs on (x86-64 with AVX2, Arm) all have them."""
    assert ctranslate.runs_int8()
