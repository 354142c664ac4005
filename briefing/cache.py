"""Cache: an engine's summary of a document, reused while the input and its settings are unchanged.

Re-running `briefing make` over a folder where only a few articles are new should cost only those
few. The key is the sha256 of everything that shapes an engine's output: the input's content
hash and the segmented text the engine reads (so a change in the loader or splitter cannot hand
back stale sentence numbers), the engine, model, encoder, precision, device, the CPU features
that decide which precision runs (and torch's version), the number of points,
the abstractive engine's generation settings and prompt templates,
the source code of the engine modules (so an upgraded engine never reuses an old one's picks) and
a schema version. The value is the `Summary` as JSON, with the engine's name and model so a memo
can be written without creating the engine at all.

The folder is `cache_dir` from the settings, else $BRIEFING_CACHE_DIR, else the per-user cache
folder (`platformdirs.user_cache_dir("briefing")`). Writes are atomic; an unreadable entry is
a miss.
"""

from __future__ import annotations

import hashlib
import importlib.util
import inspect
import json
import os
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import __version__
from .config import Settings
from .records import Document, Draft, EngineInfo, Summary
from .render import write_atomic
from .summarise.runtime import cpu_flags

SCHEMA = "briefing-summary-cache/1"
ENV_VAR = "BRIEFING_CACHE_DIR"
SUMMARISE_DIR = Path(__file__).resolve().parent / "summarise"


def cache_folder(settings: Settings) -> Path:
    """The `cache_dir` setting, else $BRIEFING_CACHE_DIR, else the per-user cache folder."""
    if settings.cache_dir is not None:
        return settings.cache_dir
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    import platformdirs

    return Path(platformdirs.user_cache_dir("briefing", appauthor=False))


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
        try:
            data = json.loads(self.path(self.key(document, points)).read_text(encoding="utf-8"))
            return _decode(data)
        except (OSError, ValueError, KeyError, TypeError):
            return None  # absent, half-written by an older version, or damaged: a miss

    def put(self, document: Document, points: int, summary: Summary, engine: EngineInfo) -> None:
        text = json.dumps(_encode(summary, engine), ensure_ascii=False)
        try:
            write_atomic(self.path(self.key(document, points)), text)
        except OSError as exc:
            # A cache that cannot be written costs speed, never memos: say so once and go on.
            if not self._warned:
                warnings.warn(f"cannot write the cache in {self.folder}: {exc}", stacklevel=2)
                self._warned = True


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


# CPU features that decide which precision `auto` resolves to, and whether a reduced precision
# asked for is run or falls back to float32 (`encoder._usable_precision`); and AVX-512, whose
# kernels CTranslate2 runs where the CPU has it (`ctranslate.prefer_avx512`).
PRECISION_FEATURES = ("avx512_vnni", "avx_vnni", "avx512_bf16", "amx_bf16", "amx_int8", "avx512f")


@lru_cache(maxsize=1)
def hardware_fingerprint() -> str:
    """The machine, the CPU features that decide its precision and kernels, and the versions of
    torch and CTranslate2, read without importing either: a cache folder shared by machines
    whose `auto` resolves to different precisions (int8 here, bfloat16 there) keeps their
    summaries apart."""
    import platform
    from importlib import metadata

    versions = []
    for package in ("torch", "ctranslate2"):
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
    from .render import resource_dir

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

    files = set(SUMMARISE_DIR.glob("*.py"))
    origin = _factory_file(ENGINES.get(engine))
    if origin is not None:
        files.add(origin)
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


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


def _decode(data: dict[str, Any]) -> CachedSummary | None:
    if data.get("schema") != SCHEMA:
        return None

    def drafts(items: list[dict[str, Any]]) -> tuple[Draft, ...]:
        return tuple(Draft(str(d["text"]), tuple(int(i) for i in d["sentences"])) for d in items)

    summary = Summary(points=drafts(data["points"]), background=drafts(data["background"]))
    engine = EngineInfo(name=str(data["engine"]["name"]), model=str(data["engine"]["model"]))
    return CachedSummary(summary=summary, engine=engine)
