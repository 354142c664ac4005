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
from dataclasses import replace

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
        self.max_sentences = settings.max_sentences
        self.encoder = encoder or SentenceEncoder.from_settings(settings)
        model = self.encoder.name
        if self.encoder.precision != "float32":
            model = f"{model} ({self.encoder.precision})"
        self.info = EngineInfo(name="extractive", model=model)

    def summarise(self, documents: Sequence[Document], points: int) -> list[Summary]:
        documents = [leading(doc, self.max_sentences) for doc in documents]
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


def leading(doc: Document, count: int) -> Document:
    """`doc` cut to its first `count` sentences (`Settings.max_sentences`): ranking costs time
    and memory in the sentences ranked, and news puts what matters first. Indices into the cut
    document are indices into the whole one."""
    if sum(len(p.sentences) for p in doc.paragraphs) <= count:
        return doc
    kept, left = [], count
    for paragraph in doc.paragraphs:
        if left <= 0:
            break
        kept.append(replace(paragraph, sentences=paragraph.sentences[:left]))
        left -= len(paragraph.sentences)
    return replace(doc, paragraphs=tuple(kept))


CENTRALITY_WINDOW = 500  # sentences either side of one that its edges reach, in long documents


def directed_centrality(vectors: np.ndarray, window: int = CENTRALITY_WINDOW) -> np.ndarray:
    """PacSum centrality: weight of thresholded edges to later sentences minus those to earlier.

    Every pair of sentences, as PacSum has it, when no two are more than `window` apart; in a
    longer document, only the pairs within `window` of each other, a block of rows at a time,
    so memory stays linear in its length (an N x N matrix of 38,000 sentences is 5.8 GB)."""
    count = len(vectors)
    if count <= window + 1:
        similarity = vectors @ vectors.T
        low, high = similarity.min(), similarity.max()
        edges = np.maximum(similarity - (low + EDGE_THRESHOLD * (high - low)), 0.0)
        np.fill_diagonal(edges, 0.0)
        return np.triu(edges).sum(1) + BACKWARD_WEIGHT * np.tril(edges).sum(1)
    low, high = np.inf, -np.inf  # over the pairs within reach: a first pass, kept to two numbers
    for _, similarity, _, near in _bands(vectors, window):
        low, high = min(low, similarity[near].min()), max(high, similarity[near].max())
    threshold = low + EDGE_THRESHOLD * (high - low)
    centrality = np.zeros(count, dtype=vectors.dtype)
    for rows, similarity, offset, near in _bands(vectors, window):
        edges = np.where(near & (offset != 0), np.maximum(similarity - threshold, 0.0), 0.0)
        forward = np.where(offset > 0, edges, 0.0).sum(1)
        centrality[rows] = forward + BACKWARD_WEIGHT * np.where(offset < 0, edges, 0.0).sum(1)
    return centrality


def _bands(vectors: np.ndarray, window: int):
    """For each block of `window` rows: the rows, their similarities to every sentence within
    `window` of the block, each pair's offset (column - row), and which pairs are within reach."""
    count = len(vectors)
    for start in range(0, count, window):
        rows = slice(start, min(count, start + window))
        first, last = max(0, start - window), min(count, start + 2 * window)
        similarity = vectors[rows] @ vectors[first:last].T
        offset = np.arange(first, last)[None, :] - np.arange(rows.start, rows.stop)[:, None]
        yield rows, similarity, offset, np.abs(offset) <= window


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
