"""int8 on CTranslate2: the same checkpoint, close to float32, batch-independent, with torch's
int8 where CTranslate2 cannot run it."""

import shutil
from pathlib import Path

import numpy as np
import pytest

from briefing.summarise import ctranslate
from briefing.summarise import encoder as encoder_module
from briefing.summarise.encoder import SentenceEncoder, resolve_encoder
from briefing.summarise.quantise import Int8Linear

from .test_encoder import SENTENCES
from .tiny_models import build_bert


@pytest.fixture(scope="module")
def tiny_bert(tmp_path_factory) -> Path:
    tokenizer = Path(resolve_encoder(None)) / "tokenizer.json"
    return build_bert(tmp_path_factory.mktemp("tiny-bert-ct2"), tokenizer)


def _copy(folder: Path, tmp_path: Path) -> str:
    """A copy under a new path: the encoder is loaded once per location and process."""
    copy = tmp_path / "model"
    shutil.copytree(folder, copy)
    return str(copy)


def test_ctranslate2_is_installed():
    """It is in the project's dependencies: an install without it runs int8 in torch, slower."""
    assert ctranslate.available()


def test_int8_runs_on_ctranslate2_close_to_float32(tiny_bert, tmp_path):
    location = _copy(tiny_bert, tmp_path)
    int8 = SentenceEncoder(location, precision="int8", device="cpu")
    assert (int8.runtime.backend, int8.precision) == ("ctranslate2", "int8")
    vectors = int8.encode(SENTENCES)
    reference = SentenceEncoder(location, precision="float32", device="cpu").encode(SENTENCES)
    assert vectors.shape == reference.shape
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert (vectors * reference).sum(1).min() > 0.99


def test_int8_on_ctranslate2_gives_a_sentence_the_same_vector_in_any_batch(tiny_bert, tmp_path):
    """Each token's activations get a scale of their own, as in torch's int8: the other texts in
    a batch do not change a sentence's vector, but for a last-bit difference in attention over
    padding that tips a rounding to int8 (100 BBC articles' 1,423 sentences: 806 bit-identical,
    1 - cosine 6.0e-6 on average and 2.2e-3 at most; benchmarks/batch_dependence.py)."""
    int8 = SentenceEncoder(_copy(tiny_bert, tmp_path), precision="int8", device="cpu")
    texts = SENTENCES * 2
    batched = int8.encode(texts)
    for row, text in enumerate(texts):
        assert 1.0 - float(int8.encode([text])[0] @ batched[row]) < 1e-3


@pytest.mark.slow
def test_the_packaged_encoder_in_int8_on_ctranslate2_matches_torch_int8(monkeypatch):
    """Both quantise weights per output row and activations per token: the vectors differ only
    where rounding does (cosine 0.997 on average for 100 BBC articles' sentences)."""
    on_ctranslate2 = SentenceEncoder(precision="int8")
    assert on_ctranslate2.runtime.backend == "ctranslate2"
    monkeypatch.setattr(ctranslate, "available", lambda: False)
    encoder_module._load.cache_clear()
    try:
        in_torch = SentenceEncoder(precision="int8")
        assert in_torch.runtime.backend == "torch"
        similarity = (on_ctranslate2.encode(SENTENCES) * in_torch.encode(SENTENCES)).sum(1)
    finally:
        encoder_module._load.cache_clear()
    assert similarity.min() > 0.99


def test_without_ctranslate2_int8_runs_in_torch(monkeypatch, tiny_bert, tmp_path):
    monkeypatch.setattr(ctranslate, "available", lambda: False)
    encoder = SentenceEncoder(_copy(tiny_bert, tmp_path), precision="int8", device="cpu")
    assert (encoder.runtime.backend, encoder.precision) == ("torch", "int8")
    layers = encoder.runtime.embed.forward.modules()
    assert any(isinstance(layer, Int8Linear) for layer in layers)
    assert encoder.encode(SENTENCES).shape == (len(SENTENCES), 32)


def test_a_checkpoint_ctranslate2_cannot_convert_runs_in_torch_with_a_warning(
    monkeypatch, tiny_bert, tmp_path
):
    def refuse(*args, **kwargs):
        raise RuntimeError("unsupported layout")

    monkeypatch.setattr(ctranslate, "Int8BertEncoder", refuse)
    with pytest.warns(RuntimeWarning, match="CTranslate2 cannot run .*unsupported layout"):
        encoder = SentenceEncoder(_copy(tiny_bert, tmp_path), precision="int8", device="cpu")
    assert encoder.runtime.backend == "torch"
    assert encoder.encode(SENTENCES[:2]).shape == (2, 32)


@pytest.mark.parametrize("precision", ["float32", "bfloat16"])
def test_other_precisions_stay_on_torch(tiny_bert, tmp_path, precision, recwarn):
    encoder = SentenceEncoder(_copy(tiny_bert, tmp_path), precision=precision, device="cpu")
    assert encoder.runtime.backend == "torch"


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
    monkeypatch.setattr(ctranslate, "cpu_flags", lambda: flags)
    # Set first, so that the variable is put back as it was whatever the test sets.
    monkeypatch.setenv(ctranslate.ISA_VARIABLE, already or "")
    if already is None:
        monkeypatch.delenv(ctranslate.ISA_VARIABLE)
    ctranslate.prefer_avx512()
    assert ctranslate.os.environ.get(ctranslate.ISA_VARIABLE) == expected
