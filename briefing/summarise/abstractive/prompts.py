"""Prompts: how an article chunk is put to a seq2seq model, chosen by model family.

Templates live in `prompts/*.j2` (`{{ text }}` is the chunk). A user can name a packaged template
or give a path to their own file.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...errors import ConfigError
from ...resources import resource_dir

T5_FAMILY = frozenset(("t5", "mt5", "umt5"))


def prompt_for(model_type: str | None, model_name: str, task_prefix: str | None = None) -> str:
    """The packaged template for a model: instruction for Flan-T5, the prefix for T5, else plain.

    `task_prefix` is the model's own `task_specific_params["summarization"]["prefix"]`, when set.
    """
    if model_type in T5_FAMILY and "flan" in model_name.lower():
        return "flan-t5"
    if model_type == "t5" or (task_prefix or "").strip() == "summarize:":
        return "t5"
    return "plain"


@lru_cache(maxsize=8)
def load_prompt(name_or_path: str):
    """A compiled template: a packaged name (`t5`, `flan-t5`, `plain`) or a .j2 file."""
    import jinja2

    path = Path(name_or_path).expanduser()
    if not path.is_file():
        path = resource_dir("prompts") / f"{name_or_path}.j2"
    if not path.is_file():
        names = sorted(p.stem for p in resource_dir("prompts").glob("*.j2"))
        raise ConfigError(
            f"unknown prompt {name_or_path!r}: give a .j2 file or one of {', '.join(names)}"
        )
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)
    try:
        return env.from_string(path.read_text(encoding="utf-8"))
    except jinja2.TemplateSyntaxError as exc:
        raise ConfigError(f"prompt {path}: {exc}") from None


def render_prompt(name_or_path: str, text: str) -> str:
    return load_prompt(name_or_path).render(text=text).strip()
