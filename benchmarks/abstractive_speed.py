"""Benchmark: the abstractive engine's generation against the naive loop, on DistilBART's shape.

DistilBART-CNN-12-6's architecture is built from a BartConfig written out by hand (its published
values) with random weights, and a byte-level BPE tokenizer is trained on the BBC articles in
../shared/eval (only the token count per chunk matters). Both runs summarise the same chunks of
the same articles (the engine's chunk plan), with identical beams and a fixed number of new tokens
per chunk (min_new_tokens = max_new_tokens), so they do exactly the same useful work:

- naive: one `generate()` per chunk, padded to the model's maximum input (1,024 tokens);
- engine: `AbstractiveEngine.generate`: all chunks length-sorted, batched by a token budget,
  dynamic padding, `torch.inference_mode()`, SDPA attention.

Each run is a fresh subprocess (so peak memory is its own), timed around generation only, and the
runs alternate naive/engine/naive/engine so that load from other processes hits both alike.

    python benchmarks/abstractive_speed.py                  # 20 articles, 2 rounds
    python benchmarks/abstractive_speed.py --articles 5 --rounds 1 --new-tokens 8
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.evaluate import shared_dir  # noqa: E402

# sshleifer/distilbart-cnn-12-6 config.json, the values that set the amount of work.
DISTILBART_CNN_12_6 = {
    "vocab_size": 50264,
    "d_model": 1024,
    "encoder_layers": 12,
    "decoder_layers": 6,
    "encoder_attention_heads": 16,
    "decoder_attention_heads": 16,
    "encoder_ffn_dim": 4096,
    "decoder_ffn_dim": 4096,
    "max_position_embeddings": 1024,
    "activation_function": "gelu",
    "scale_embedding": False,
    "normalize_before": False,
    "add_final_layer_norm": False,
}


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def build_model(folder: Path) -> None:
    """DistilBART-CNN-12-6's shape, random weights, and a BPE trained on the BBC articles."""
    import torch
    from tokenizers import ByteLevelBPETokenizer
    from transformers import BartConfig, BartForConditionalGeneration, BartTokenizer

    texts = [r["article"] for r in read_jsonl(shared_dir() / "eval" / "bbc_news.jsonl")]
    trained = ByteLevelBPETokenizer()
    specials = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]
    trained.train_from_iterator(texts, vocab_size=50000, special_tokens=specials)
    data = json.loads(trained.to_str())
    merges = [
        tuple(m.split(" ")) if isinstance(m, str) else tuple(m) for m in data["model"]["merges"]
    ]
    tokenizer = BartTokenizer(vocab=data["model"]["vocab"], merges=merges)
    tokenizer.model_max_length = 1024
    config = BartConfig(
        **DISTILBART_CNN_12_6,
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_bos_token_id=0,
    )
    torch.manual_seed(0)
    BartForConditionalGeneration(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)


def documents(count: int):
    from briefing.records import Article
    from briefing.segment import segment

    docs = []
    for row in read_jsonl(shared_dir() / "eval" / "writers_dev.jsonl")[:count]:
        paragraphs = tuple(p.strip() for p in row["article"].split("\n\n") if p.strip())
        title = row["title"] or paragraphs[0][:80]
        docs.append(segment(Article(Path(f"{row['id']}.txt"), row["id"], title, paragraphs)))
    return docs


class PeakRss:
    """Samples this process's resident memory every 5 ms while running."""

    def __init__(self) -> None:
        self.peak = self.now()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    @staticmethod
    def now() -> int:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    def _sample(self) -> None:
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, self.now())

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.now())


def child(mode: str, folder: Path, args: argparse.Namespace) -> dict:
    """One timed run in this process: load, plan chunks, generate, report."""
    import torch

    from briefing.config import Settings
    from briefing.summarise.abstractive.engine import AbstractiveEngine
    from briefing.summarise.abstractive.prompts import render_prompt

    settings = Settings(
        model=str(folder),
        device="cpu",
        num_beams=args.beams,
        max_new_tokens=args.new_tokens,
        min_new_tokens=args.new_tokens,
        no_repeat_ngram_size=3,
    )
    engine = AbstractiveEngine(settings)
    chunks = [chunk for doc in documents(args.articles) for chunk in engine.plan(doc)]
    texts = [chunk.text for chunk in chunks]
    input_tokens = sum(chunk.tokens for chunk in chunks)
    kwargs = engine.generation.kwargs()
    model, tokenizer = engine.model, engine.tokenizer
    warm = tokenizer(["A short warm-up sentence."], return_tensors="pt")
    model.generate(**warm, **kwargs)  # first-call set-up, paid by both modes alike
    loaded = PeakRss.now()
    with PeakRss() as memory:
        start = time.perf_counter()
        if mode == "engine":
            outputs, _ = engine.generate(texts)
        else:
            outputs = []
            for text in texts:
                inputs = tokenizer(
                    render_prompt(engine.prompt, text),
                    padding="max_length",
                    truncation=True,
                    max_length=engine.max_input,
                    return_tensors="pt",
                )
                generated = model.generate(**inputs, **kwargs)
                outputs.append(tokenizer.decode(generated[0], skip_special_tokens=True).strip())
        seconds = time.perf_counter() - start
    return {
        "mode": mode,
        "chunks": len(texts),
        "input_tokens": input_tokens,
        "generated_tokens": len(texts) * args.new_tokens,
        "seconds": seconds,
        "peak_rss": memory.peak,
        "loaded_rss": loaded,
        "threads": torch.get_num_threads(),
        "outputs": outputs,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--new-tokens", type=int, default=16)
    parser.add_argument("--beams", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2, help="naive/engine pairs, alternated")
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "briefing-bench"
    )
    parser.add_argument("--child", choices=("naive", "engine"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    folder = args.workdir / "distilbart-cnn-12-6-random"
    if args.child:
        print(json.dumps(child(args.child, folder, args)))
        return
    if not (folder / "model.safetensors").is_file():
        print(f"building DistilBART-CNN-12-6 (random weights) in {folder} ...", file=sys.stderr)
        build_model(folder)
    runs = []
    for round_ in range(args.rounds):
        for mode in ("naive", "engine"):
            command = [sys.executable, __file__, "--child", mode, "--workdir", str(args.workdir)]
            command += ["--articles", str(args.articles), "--new-tokens", str(args.new_tokens)]
            command += ["--beams", str(args.beams)]
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            run = json.loads(done.stdout.strip().splitlines()[-1])
            runs.append(run)
            print(
                f"round {round_ + 1} {mode}: {run['chunks']} chunks, {run['seconds']:.1f} s, "
                f"peak RSS {run['peak_rss'] / 2**30:.2f} GiB",
                file=sys.stderr,
                flush=True,
            )
    report(runs, args)


def report(runs: list[dict], args: argparse.Namespace) -> None:
    naive = [r for r in runs if r["mode"] == "naive"]
    engine = [r for r in runs if r["mode"] == "engine"]
    first = runs[0]
    print(
        f"\n{args.articles} articles, {first['chunks']} chunks, {first['input_tokens']} input "
        f"tokens, {args.beams} beams, {args.new_tokens} new tokens per chunk, "
        f"{first['threads']} threads, {args.rounds} alternated rounds\n"
    )
    columns = ["run", "seconds (median)", "input tokens/s", "generated tokens/s", "peak RSS"]
    columns.append("peak over loaded model")
    print("| " + " | ".join(columns) + " |")
    print("|" + " --- |" * len(columns))
    for name, group in (("naive loop", naive), ("engine", engine)):
        seconds = statistics.median(r["seconds"] for r in group)
        peak = max(r["peak_rss"] for r in group)
        extra = max(r["peak_rss"] - r["loaded_rss"] for r in group)
        print(
            f"| {name} | {seconds:.1f} | {first['input_tokens'] / seconds:.0f} | "
            f"{first['generated_tokens'] / seconds:.1f} | {peak / 2**30:.2f} GiB | "
            f"{extra / 2**20:.0f} MiB |"
        )
    ratios = [n["seconds"] / e["seconds"] for n, e in zip(naive, engine, strict=True)]
    same = sum(a == b for a, b in zip(naive[0]["outputs"], engine[0]["outputs"], strict=True))
    print(f"\nthroughput ratio engine/naive per round: {', '.join(f'{r:.2f}x' for r in ratios)}")
    print(f"median ratio: {statistics.median(ratios):.2f}x")
    print(f"identical outputs (naive vs engine, round 1): {same}/{len(naive[0]['outputs'])}")


if __name__ == "__main__":
    main()
