"""The naive reference for `throughput.py`: one article at a time, the model card's recipe.

For each input file: load and split it into sentences exactly as `briefing make` does, tokenise
that article's sentences (and title) padded to its longest sentence, run the same encoder in
float32 under `torch.no_grad()`, mean-pool; and read its names the way a user would, `nlp(text)`
with the same spaCy pipeline `briefing` loads by default, every component on. The models are
loaded once per process. Nothing is written: this is a lower bound on the naive pipeline's
cost, so ratios against it are conservative.

    python benchmarks/naive_encoder.py FOLDER
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(folder: Path) -> None:
    start = time.perf_counter()
    import spacy
    import torch
    from transformers import AutoModel, AutoTokenizer

    from briefing.encoder.sentences import resolve_encoder
    from briefing.language import default_model
    from briefing.load import discover, load_article
    from briefing.segment import segment

    location = resolve_encoder(None)
    tokenizer = AutoTokenizer.from_pretrained(location)
    model = AutoModel.from_pretrained(location).eval()
    nlp = spacy.load(default_model())
    sentences = names = 0
    paths = list(discover([folder]))
    for path in paths:
        document = segment(load_article(path, 5_000_000))
        texts = [s.text for s in document.sentences] + [document.article.title]
        batch = tokenizer(texts, padding=True, truncation=True, return_tensors="pt")
        with torch.no_grad():
            hidden = model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        torch.nn.functional.normalize(pooled, dim=-1)
        sentences += len(texts)
        doc = nlp("\n\n".join([document.article.title, *document.article.paragraphs]))
        names += len(doc.ents)
    elapsed = time.perf_counter() - start
    print(
        f"naive: {len(paths)} articles, {sentences} texts, {names} names in {elapsed:.2f} s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
