"""Tiny models built from scratch, for tests that must run the real loading and generation code
without a model hub: random weights, tokenizers trained here on a few hundred sentences (or, for
the BERT encoder, the packaged encoder's tokenizer).

Their output is gibberish, which is the point: nothing about it is faked, and the code around the
model (chunking, batching, reduce, grounding, rendering) runs exactly as it does for real models.
"""

from __future__ import annotations

import io
import itertools
import random
from collections.abc import Iterable
from pathlib import Path

SUBJECTS = ["The council", "Ministers", "The agency", "Critics", "Local residents", "The minister"]
VERBS = ["agreed", "said", "announced", "rejected", "welcomed", "questioned", "funded", "approved"]
OBJECTS = [
    "a plan to strengthen flood defences",
    "new sea walls along the coast",
    "the budget for next year",
    "a report on storm damage",
    "support for homes hit by the storms",
    "work that starts in March",
]
TAILS = ["on Monday.", "last winter.", "by 2029.", "in Norfolk.", "after the storms.", "this week."]


def corpus(extra: Iterable[str] = ()) -> list[str]:
    """A few hundred plain news-like sentences (deterministic), plus `extra`."""
    rng = random.Random(7)
    combos = list(itertools.product(SUBJECTS, VERBS, OBJECTS, TAILS))
    rng.shuffle(combos)
    sentences = [" ".join(parts) for parts in combos[:400]]
    sentences += [f"About {n} homes and {n * 3} people were affected." for n in range(0, 400, 7)]
    return sentences + list(extra)


def build_t5(folder: Path, extra_text: Iterable[str] = (), vocab_size: int = 400) -> Path:
    """A 1-layer T5 (d_model 32) with a sentencepiece unigram tokenizer trained on `corpus()`."""
    import sentencepiece as spm
    import torch
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    torch.manual_seed(0)
    model_file = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(corpus(extra_text)),
        model_writer=model_file,
        vocab_size=vocab_size,
        model_type="unigram",
        pad_id=0,
        eos_id=1,
        unk_id=2,
        bos_id=-1,
        hard_vocab_limit=False,
        minloglevel=2,
    )
    spm_folder = folder.parent / f"{folder.name}-spm"
    spm_folder.mkdir(parents=True, exist_ok=True)
    (spm_folder / "spiece.model").write_bytes(model_file.getvalue())
    tokenizer = T5Tokenizer.from_pretrained(spm_folder, extra_ids=0)
    config = T5Config(
        vocab_size=len(tokenizer),
        d_model=32,
        d_kv=8,
        d_ff=64,
        num_layers=1,
        num_decoder_layers=1,
        num_heads=4,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.pad_token_id,
    )
    T5ForConditionalGeneration(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def build_bert(folder: Path, tokenizer_json: Path) -> Path:
    """A 2-layer BERT (hidden 32) saved as a masked-LM model, so its weights sit under `bert.`,
    with every tensor random (norm weights around 1): a bias or a norm mapped to the wrong place
    changes the numbers."""
    import shutil

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
    model = BertForMaskedLM(config).eval()
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            parameter.normal_(mean=1.0 if "LayerNorm.weight" in name else 0.0, std=0.2)
    model.save_pretrained(folder)
    shutil.copy(tokenizer_json, folder / "tokenizer.json")
    return folder


def bpe_tokenizer(texts: Iterable[str], vocab_size: int = 1000):
    """A byte-level BPE tokenizer trained on `texts`, wrapped as BART's (RoBERTa's) tokenizer."""
    from tokenizers import ByteLevelBPETokenizer
    from transformers import BartTokenizer

    specials = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]  # BART's ids 0..4
    trained = ByteLevelBPETokenizer()
    trained.train_from_iterator(
        list(texts), vocab_size=vocab_size, special_tokens=specials, show_progress=False
    )
    model = trained._tokenizer.model
    vocab = model.get_vocab() if hasattr(model, "get_vocab") else trained.get_vocab()
    merges = _merges(trained)
    return BartTokenizer(vocab=vocab, merges=merges)


def _merges(trained) -> list[tuple[str, str]]:
    import json

    data = json.loads(trained.to_str())
    return [
        tuple(m.split(" ")) if isinstance(m, str) else tuple(m) for m in data["model"]["merges"]
    ]


def build_bart(
    folder: Path, extra_text: Iterable[str] = (), max_positions: int = 64, vocab_size: int = 600
) -> Path:
    """A 1-layer BART (d_model 32) whose input is `max_positions` tokens long."""
    import torch
    from transformers import BartConfig, BartForConditionalGeneration

    torch.manual_seed(0)
    tokenizer = bpe_tokenizer(corpus(extra_text), vocab_size)
    config = BartConfig(
        vocab_size=len(tokenizer),
        d_model=32,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=max_positions,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.eos_token_id,
        forced_bos_token_id=tokenizer.bos_token_id,
    )
    BartForConditionalGeneration(config).save_pretrained(folder)
    tokenizer.model_max_length = max_positions
    tokenizer.save_pretrained(folder)
    return folder
