"""Cache: an engine's summary of a document, reused while the input and its settings are unchanged.

Re-running `briefing make` over a folder where only a few articles are new should cost only those
few. The key is the sha256 of everything that shapes an engine's output: the input's content
hash and the segmented text the engine reads (so a change in the loader or splitter cannot hand
back stale sentence numbers), the engine, model, encoder, precision, device, the CPU features
that decide which precision runs (and the versions of the libraries that run the encoder), the
number of points, the abstractive engine's generation settings and prompt templates,
the sentences an engine ranks (`max_sentences`),
the source code of the engine modules (so an upgraded engine never reuses an old one's picks) and
a schema version. The value is the `Summary` as JSON, with the engine's name and model so a memo
can be written without creating the engine at all.

The folder is `cache_dir` from the settings, else $BRIEFING_CACHE_DIR, else the per-user cache
folder (`platformdirs.user_cache_dir("briefing")`). Writes are atomic; an unreadable entry is
a miss.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import inspect
import json
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import __version__
from .config import Settings
from .encoder.runtime import cpu_flags
from .folders import cache_folder
from .output.files import write_atomic
from .records import Document, Draft, EngineInfo, Summary

SCHEMA = "briefing-summary-cache/1"
PACKAGE_DIR = Path(__file__).resolve().parent
# The code whose change can change an engine's picks: the engines, and the encoder they embed with.
ENGINE_CODE_DIRS = (PACKAGE_DIR / "summarise", PACKAGE_DIR / "encoder")


def summaries_folder(settings: Settings) -> Path:
    return cache_folder(settings) / "summaries"


@dataclass(frozen=True)
class CachedSummary:
    summary: Summary
    engine: EngineInfo


class SummaryCache:
    """Summaries on disk, one JSON file per (document, settings) key, in two-level folders."""

    def __init__(self, folder: Path, settings: Settings) -> None:
        self.folder = folder
        self._settings_key = settings_fingerprint(settings)
        self._warned = False

    @classmethod
    def for_settings(cls, settings: Settings) -> SummaryCache | None:
        """The cache these settings ask for, or None when `cache` is off."""
        return cls(summaries_folder(settings), settings) if settings.cache else None

    def key(self, document: Document, points: int) -> str:
        digest = hashlib.sha256(self._settings_key.encode())
        digest.update(f"\0{points}\0".encode())
        digest.update(document_fingerprint(document).encode())
        return digest.hexdigest()

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def is_empty(self) -> bool:
        """Whether no summary is stored at all (a first run, or a cleared cache), so that every
        document will need the engine. Stops at the first entry found."""
        return next(self.folder.glob("*/*.json"), None) is None

    def get(self, document: Document, points: int) -> CachedSummary | None:
        """The stored summary, or None: absent, or not a valid summary of this document (cut
        short, damaged, edited by hand), which is a miss whose fresh summary replaces it."""
        path = self.path(self.key(document, points))
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            return None
        try:
            return _decode(json.loads(text), len(document.sentences))
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            self._warn(f"ignoring the damaged cache entry {path} ({exc}); summarising again")
            return None

    def _warn(self, message: str) -> None:
        """One warning per run: a damaged cache costs speed, never memos."""
        if not self._warned:
            warnings.warn(message, stacklevel=3)
            self._warned = True

    def put(self, document: Document, points: int, summary: Summary, engine: EngineInfo) -> None:
        text = json.dumps(_encode(summary, engine), ensure_ascii=False)
        try:
            write_atomic(self.path(self.key(document, points)), text)
        except OSError as exc:
            self._warn(f"cannot write the cache in {self.folder}: {exc}")


def document_fingerprint(document: Document) -> str:
    """The input's content hash plus the exact text the engine reads (title, sentences, ¶)."""
    content = [document.article.title, [(s.paragraph, s.text) for s in document.sentences]]
    readable = hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()
    return f"{document.article.sha256}:{readable}"


def settings_fingerprint(settings: Settings) -> str:
    """Every setting and every piece of code that can change an engine's output."""
    return json.dumps(
        {
            "schema": SCHEMA,
            "version": __version__,
            "engine": settings.engine,
            "model": settings.model,
            "encoder": settings.encoder,
            "language": language_fingerprint(settings.spacy_model),
            "precision": settings.precision,
            "device": settings.device,
            "hardware": hardware_fingerprint(),
            "generation": {name: getattr(settings, name) for name in GENERATION_SETTINGS},
            "prompt": settings.prompt,
            "max_sentences": settings.max_sentences,  # the sentences an engine ranks
            "prompts": prompts_fingerprint(settings.prompt),
            "code": engine_code_fingerprint(settings.engine),
        },
        sort_keys=True,
    )


def language_fingerprint(model: str | None) -> str:
    """The spaCy pipeline that reads names and sentence structure, with its version."""
    from importlib import metadata

    from .language import default_model

    name = model or default_model()
    try:
        return f"{name}-{metadata.version(name)}"
    except metadata.PackageNotFoundError:  # a folder, or a pipeline not installed as a package
        return name


# CPU features that decide which precision `auto` resolves to, whether a reduced precision
# asked for is run or falls back to float32 (`encoder._usable_precision`), and which of
# CTranslate2's int8 kernels run (AVX2, AVX-512 where `tuning.prefer_avx512` asks for them, VNNI):
# their roundings differ.
PRECISION_FEATURES = (
    "avx2",
    "avx512_vnni",
    "avx_vnni",
    "avx512_bf16",
    "amx_bf16",
    "amx_int8",
    "avx512f",
)


@lru_cache(maxsize=1)
def hardware_fingerprint() -> str:
    """The machine, the CPU features that decide its precision and kernels, and the versions of
    torch, transformers and CTranslate2, read without importing any: a cache folder shared by
    machines whose `auto` resolves to different precisions (int8 here, bfloat16 there) keeps
    their summaries apart."""
    import platform
    from importlib import metadata

    versions = []
    for package in ("torch", "transformers", "ctranslate2"):
        try:
            versions.append(f"{package}-{metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package}-none")
    return "/".join([platform.machine(), *sorted(cpu_flags() & set(PRECISION_FEATURES)), *versions])


# Abstractive generation settings: each changes what the model writes.
GENERATION_SETTINGS = (
    "num_beams",
    "max_new_tokens",
    "min_new_tokens",
    "no_repeat_ngram_size",
    "length_penalty",
    "max_input_tokens",
)


def prompts_fingerprint(prompt: str | None) -> str:
    """sha256 of the prompt templates: the built-in ones, and the user's own file if it is one."""
    from .resources import resource_dir

    files = sorted(resource_dir("prompts").glob("*.j2"))
    if prompt and Path(prompt).is_file():
        files.append(Path(prompt))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=8)
def engine_code_fingerprint(engine: str) -> str:
    """sha256 of the built-in engine modules and of the module that defines `engine`."""
    from .summarise.base import ENGINES

    files = {path for folder in ENGINE_CODE_DIRS for path in folder.rglob("*.py")}
    origin = _factory_file(ENGINES.get(engine))
    if origin is not None:
        files.add(origin)
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(_code_name(path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _code_name(path: Path) -> str:
    """A code file's path inside the package (two engines' folders may hold the same name)."""
    try:
        return path.relative_to(PACKAGE_DIR).as_posix()
    except ValueError:
        return path.name


def _factory_file(factory: Any) -> Path | None:
    """The source file of a registered engine, found without importing it."""
    try:
        if isinstance(factory, str):
            spec = importlib.util.find_spec(factory.partition(":")[0])
            origin = spec.origin if spec else None
        else:
            origin = inspect.getsourcefile(factory) if factory is not None else None
    except (ImportError, TypeError, ValueError):
        return None
    return Path(origin).resolve() if origin and Path(origin).is_file() else None


def _encode(summary: Summary, engine: EngineInfo) -> dict[str, Any]:
    def drafts(items: tuple[Draft, ...]) -> list[dict[str, Any]]:
        return [{"text": d.text, "sentences": list(d.sentences)} for d in items]

    return {
        "schema": SCHEMA,
        "engine": {"name": engine.name, "model": engine.model},
        "points": drafts(summary.points),
        "background": drafts(summary.background),
    }


def _decode(data: Any, sentences: int) -> CachedSummary:
    """The entry as a summary of a document of `sentences` sentences; a ValueError saying what
    is wrong when it is not one."""
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ValueError("not a summary entry")
    engine = data.get("engine")
    if not isinstance(engine, dict) or not all(
        isinstance(engine.get(k), str) for k in ("name", "model")
    ):
        raise ValueError("no engine name and model")
    points = _drafts(data.get("points"), sentences, "points")
    if not points:
        raise ValueError("no points")
    summary = Summary(
        points=points, background=_drafts(data.get("background"), sentences, "background")
    )
    return CachedSummary(summary=summary, engine=EngineInfo(engine["name"], engine["model"]))


def _drafts(items: Any, sentences: int, field: str) -> tuple[Draft, ...]:
    if not isinstance(items, list):
        raise ValueError(f"{field} is not a list")
    drafts = []
    for item in items:
        text = item.get("text") if isinstance(item, dict) else None
        cited = item.get("sentences") if isinstance(item, dict) else None
        if not isinstance(text, str) or not text.strip() or not isinstance(cited, list):
            raise ValueError(f"{field} holds something that is not a text with its sentences")
        if not all(type(i) is int and 0 <= i < sentences for i in cited):
            raise ValueError(f"{field} cite a sentence the document does not have")
        drafts.append(Draft(text, tuple(cited)))
    return tuple(drafts)


READING_SCHEMA = 1


class ReadingCache:
    """What the language pipeline read from each document (its mentions and statements), on
    disk beside the summaries: a re-run on unchanged inputs skips the tagger and the entity
    recogniser as it skips the engine. Keyed by the document's text, the pipeline and its
    version, and the reading code; an entry that does not decode is a miss."""

    def __init__(self, folder: Path, language: str | None) -> None:
        self.folder = folder
        self._key = json.dumps(
            [READING_SCHEMA, language_fingerprint(language), _reading_code()], sort_keys=True
        )

    @classmethod
    def for_settings(cls, settings: Settings) -> ReadingCache | None:
        if not settings.cache:
            return None
        return cls(cache_folder(settings) / "readings", settings.spacy_model)

    def path(self, document: Document) -> Path:
        digest = hashlib.sha256(self._key.encode())
        digest.update(document_fingerprint(document).encode())
        key = digest.hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def get(self, document: Document) -> Document | None:
        from dataclasses import replace

        from .records import Mention

        try:
            data = json.loads(self.path(document).read_text(encoding="utf-8"))
            mentions = tuple(
                Mention(str(t), str(lb), int(p), int(s), int(e))
                for t, lb, p, s, e in data["mentions"]
            )
            statements = tuple(bool(b) for b in data["statements"])
        except (OSError, ValueError, TypeError, KeyError):
            return None
        if len(statements) != len(document.sentences):
            return None
        return replace(document, mentions=mentions, statements=statements)

    def put(self, document: Document) -> None:
        if document.mentions is None or document.statements is None:
            return
        data = {
            "mentions": [[m.text, m.label, m.paragraph, m.start, m.end] for m in document.mentions],
            "statements": list(document.statements),
        }
        # A cache that cannot be written is only slower.
        with contextlib.suppress(OSError):
            write_atomic(self.path(document), json.dumps(data, ensure_ascii=False))


@lru_cache(maxsize=1)
def _reading_code() -> str:
    return hashlib.sha256((Path(__file__).parent / "language.py").read_bytes()).hexdigest()
