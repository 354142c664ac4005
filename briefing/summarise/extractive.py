"""The default engine: key points picked from the article with a pretrained sentence encoder.

News puts the essentials first, so a sentence's score starts from a position prior, 1/(1+i) for
the i-th sentence (the expected share of the news a reader gets from it, falling like Zipf's law).
Two signals then reorder sentences whose priors are close:

- directed centrality, as in PacSum (Zheng & Lapata 2019): a sentence gains from similar
  sentences that follow it (it introduces them) and loses from similar ones before it (it repeats
  them); edges below a share of the article's similarity range are dropped;
- similarity to the headline, when the article has one (eval rows without a title have none, and
  no headline is made up for them).

Sentences that do not work as a memo point are set aside unless there are too few others:
fragments, questions, sentences that open with a quotation mark, photo captions ("Under fire:
..."), lines without closing punctuation, and sentences that cannot come down to the memo's 35
words by dropping a trailing clause. Selection is greedy MMR with a near-duplicate cut,
so no two points say the same thing; points are returned best first, lightly compressed.
`briefing eval` measures every choice here (see README, "Measuring key points").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ..config import Settings
from ..records import Document, Draft, EngineInfo, Sentence, Summary
from .compress import MAX_WORDS, compress, fits
from .encoder import SentenceEncoder

# The one weight tuned on writers_dev: how far one standard deviation of a signal may move a
# sentence against the position prior (0.05-0.2 all beat Lead-3; see README for the check).
SIGNAL_WEIGHT = 0.1
EDGE_THRESHOLD = 0.3  # PacSum's beta: edges below min + 0.3 x (max - min) similarity are noise
BACKWARD_WEIGHT = -1.0  # PacSum's lambda for edges to earlier sentences (forward edges: +1)
REDUNDANCY = 0.1  # MMR: cosine to the closest chosen point, on the prior's scale
DUPLICATE = 0.85  # cosine above which two sentences count as the same fact
MIN_WORDS = 8  # shorter sentences are fragments ("It's busy.", "Read on.")
BACKGROUND_SENTENCES = 2

_CAPTION = re.compile(r"^[A-Z][\w'’\- ]{0,40}:\s+(?![\"“‘'])")
_CLOSED = re.compile(r"[.!…\"”’')]\s*$")
_QUOTE_OPEN = ('"', "“", "‘", "'")


class ExtractiveEngine:
    def __init__(self, settings: Settings | None = None, encoder: SentenceEncoder | None = None):
        settings = settings or Settings()
        self.encoder = encoder or SentenceEncoder.from_settings(settings)
        model = self.encoder.name
        if self.encoder.precision != "float32":
            model = f"{model} ({self.encoder.precision})"
        self.info = EngineInfo(name="extractive", model=model)

    def summarise(self, documents: Sequence[Document], points: int) -> list[Summary]:
        texts = [s.text for doc in documents for s in doc.sentences]
        titles = [doc.article.title.strip() for doc in documents]
        # One encoder call for every sentence and headline of every document: batches stay full.
        vectors = self.encoder.encode(texts + [t for t in titles if t])
        summaries, offset, title_row = [], 0, len(texts)
        for doc, title in zip(documents, titles, strict=True):
            count = len(doc.sentences)
            title_vector = None
            if title:
                title_vector = vectors[title_row]
                title_row += 1
            sentence_vectors = vectors[offset : offset + count]
            summaries.append(_summarise_one(doc, sentence_vectors, title_vector, points))
            offset += count
        return summaries


def is_memo_sentence(sentence: Sentence) -> bool:
    """Whether a sentence can stand alone as a memo point (a fragment or caption cannot)."""
    text = sentence.text.strip()
    return not (
        len(text.split()) < MIN_WORDS
        or text.startswith(_QUOTE_OPEN)
        or text.rstrip("\"”’' ").endswith("?")
        or not _CLOSED.search(text)
        or _CAPTION.match(text)
        or not fits(text, MAX_WORDS)
    )


def directed_centrality(vectors: np.ndarray) -> np.ndarray:
    """PacSum centrality: weight of thresholded edges to later sentences minus those to earlier."""
    similarity = vectors @ vectors.T
    low, high = similarity.min(), similarity.max()
    edges = np.maximum(similarity - (low + EDGE_THRESHOLD * (high - low)), 0.0)
    np.fill_diagonal(edges, 0.0)
    return np.triu(edges).sum(1) + BACKWARD_WEIGHT * np.tril(edges).sum(1)


def sentence_scores(vectors: np.ndarray, title: np.ndarray | None) -> np.ndarray:
    """Salience: position prior + small standardised centrality and headline terms."""
    count = len(vectors)
    scores = 1.0 / (1.0 + np.arange(count))
    if count < 2:
        return scores
    scores = scores + SIGNAL_WEIGHT * _standardise(directed_centrality(vectors))
    if title is not None:
        scores = scores + SIGNAL_WEIGHT * _standardise(vectors @ title)
    return scores


def _standardise(values: np.ndarray) -> np.ndarray:
    spread = values.std()
    return (values - values.mean()) / spread if spread > 1e-9 else np.zeros_like(values)


def select(
    scores: np.ndarray,
    vectors: np.ndarray,
    k: int,
    eligible: Sequence[bool] | None = None,
    fallback: Sequence[bool] | None = None,
) -> list[int]:
    """Greedy MMR over eligible sentences, then over `fallback` ones (default: all the others) if
    too few; never two near-duplicates. Something is always chosen when there is anything."""
    count = len(scores)
    eligible = [True] * count if eligible is None else eligible
    fallback = [True] * count if fallback is None else fallback
    pools = (
        [i for i in range(count) if eligible[i]],
        [i for i in range(count) if not eligible[i] and fallback[i]],
    )
    chosen: list[int] = []
    for candidates in pools:
        while candidates and len(chosen) < k:
            if chosen:
                overlap = (vectors[candidates] @ vectors[chosen].T).max(1)
            else:
                overlap = np.zeros(len(candidates))
            adjusted = scores[candidates] - REDUNDANCY * overlap
            best = int(np.argmax(adjusted))
            pick = candidates.pop(best)
            if chosen and overlap[best] >= DUPLICATE:
                continue
            chosen.append(pick)
    if not chosen and count and k:
        chosen.append(int(np.argmax(scores)))
    return chosen


def is_fragment(sentence: Sentence) -> bool:
    """A heading, a caption stub or a broken line: never a memo point while anything else is."""
    text = sentence.text.strip()
    return len(text.split()) < MIN_WORDS or not _CLOSED.search(text)


def _summarise_one(doc: Document, vectors: np.ndarray, title: np.ndarray | None, k: int) -> Summary:
    if not doc.sentences:
        return Summary(points=())
    scores = sentence_scores(vectors, title)
    eligible = [is_memo_sentence(s) for s in doc.sentences]
    # Fewer points beat a padded memo: fragments fill in only when nothing else is left.
    fallback = [not is_fragment(s) for s in doc.sentences]
    chosen = select(scores, vectors, k, eligible, fallback)
    points: list[Draft] = []
    for i in chosen:
        text = compress(doc.sentences[i].text, MAX_WORDS)
        if all(text != p.text for p in points):
            points.append(Draft(text=text, sentences=(i,)))
    return Summary(points=tuple(points), background=_background(doc, vectors, chosen))


def _background(doc: Document, vectors: np.ndarray, chosen: list[int]) -> tuple[Draft, ...]:
    """Context from paragraphs the key points do not cite, most central first, in reading order."""
    cited = {doc.sentences[i].paragraph for i in chosen}
    pool = [i for i, s in enumerate(doc.sentences) if s.paragraph not in cited]
    if not pool:
        return ()
    centrality = (vectors[pool] @ vectors.mean(0)).tolist()
    ranked = [i for _, i in sorted(zip(centrality, pool, strict=True), reverse=True)]
    picked = sorted(ranked[:BACKGROUND_SENTENCES])
    return tuple(Draft(text=compress(doc.sentences[i].text), sentences=(i,)) for i in picked)
