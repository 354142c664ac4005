"""The plain-torch BERT that runs the packaged encoder: the same numbers as transformers' BERT."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from briefing.summarise.bert import PlainBert, load_plain_bert, plain_bert_config
from briefing.summarise.encoder import SentenceEncoder, resolve_encoder

from .test_encoder import SENTENCES

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tiny_bert(tmp_path_factory) -> Path:
    """A small BERT with random weights, saved as a masked-LM model (weights under `bert.`)
    with the packaged encoder's tokenizer."""
    import torch
    from transformers import BertConfig, BertForMaskedLM

    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=30522,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=4,
        intermediate_size=64,
        max_position_embeddings=128,
    )
    folder = tmp_path_factory.mktemp("tiny-bert")
    BertForMaskedLM(config).eval().save_pretrained(folder)
    shutil.copy(Path(resolve_encoder(None)) / "tokenizer.json", folder / "tokenizer.json")
    return folder


def hidden_states(folder: Path, texts: list[str]):
    """Both implementations' last hidden states for a padded batch, and its mask."""
    import torch
    from transformers import AutoModel

    tokenizer, plain = load_plain_bert(folder, plain_bert_config(folder))
    tokenizer.no_padding()
    rows = [e.ids for e in tokenizer.encode_batch(texts)]
    width = max(map(len, rows))
    ids = torch.tensor([row + [0] * (width - len(row)) for row in rows])
    mask = torch.tensor([[1] * len(row) + [0] * (width - len(row)) for row in rows])
    reference = AutoModel.from_pretrained(folder).eval()
    with torch.inference_mode():
        theirs = reference(input_ids=ids, attention_mask=mask).last_hidden_state
        mine = plain.eval()(ids, mask)
    return mine, theirs, mask.bool()


def test_a_bert_checkpoint_gives_transformers_numbers(tiny_bert):
    mine, theirs, real = hidden_states(tiny_bert, SENTENCES)
    assert mine.shape == theirs.shape
    assert (mine - theirs)[real].abs().max() < 1e-5


@pytest.mark.slow
def test_the_packaged_encoder_gives_transformers_numbers():
    mine, theirs, real = hidden_states(Path(resolve_encoder(None)), SENTENCES)
    assert (mine - theirs)[real].abs().max() < 1e-4


def test_the_encoder_runs_a_plain_bert_folder_on_plain_bert(tiny_bert):
    encoder = SentenceEncoder(str(tiny_bert), precision="float32")
    assert isinstance(encoder.runtime.forward, PlainBert)
    vectors = encoder.encode(SENTENCES)
    assert vectors.shape == (len(SENTENCES), 32)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


@pytest.mark.parametrize(
    ("change", "remove"),
    [
        ({"model_type": "roberta"}, None),
        ({"position_embedding_type": "relative_key"}, None),
        ({"hidden_act": "gelu_new"}, None),
        ({}, "model.safetensors"),
        ({}, "tokenizer.json"),
    ],
)
def test_anything_but_a_plain_bert_is_left_to_transformers(tiny_bert, tmp_path, change, remove):
    folder = tmp_path / "model"
    shutil.copytree(tiny_bert, folder)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    (folder / "config.json").write_text(json.dumps(config | change), encoding="utf-8")
    if remove:
        (folder / remove).unlink()
    assert plain_bert_config(folder) is None
    assert plain_bert_config(tiny_bert) is not None


def test_a_bert_with_another_activation_still_loads_through_transformers(tiny_bert, tmp_path):
    folder = tmp_path / "model"
    shutil.copytree(tiny_bert, folder)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    (folder / "config.json").write_text(json.dumps(config | {"hidden_act": "gelu_new"}), "utf-8")
    encoder = SentenceEncoder(str(folder), precision="float32")
    assert not isinstance(encoder.runtime.forward, PlainBert)
    assert encoder.encode(SENTENCES).shape == (len(SENTENCES), 32)


@pytest.mark.slow
def test_the_default_encoder_starts_without_transformers_modelling_code():
    """The point of the plain BERT: about 2.4 s less start-up, measured in `bert.py`."""
    code = (
        "import sys\n"
        "from briefing.summarise.encoder import SentenceEncoder\n"
        "SentenceEncoder().encode(['Ministers agreed a plan.'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('transformers')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
