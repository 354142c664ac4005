"""The command line: a thin shell over the library. Heavy modules load inside the commands."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .config import Settings, load_settings, parse_formats
from .errors import BriefingError, ConfigError, UsageError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import TaskID

    from .api import DigestOutcome
    from .pipeline import Outcome

app = typer.Typer(
    help="Turn news articles into one-page briefing memos.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main_callback() -> None:
    """Turn news articles into one-page briefing memos."""
    from .tuning import tune_process

    tune_process()  # this process is the command's: threads, allocator, environment, once


# Options more than one command takes, each declared once.
ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="Settings file (default: ./briefing.toml)")
]
DeviceOption = Annotated[
    str | None, typer.Option("--device", help="cpu, cuda, mps (default: best available)")
]


def _settings(config: Path | None, **overrides) -> Settings:
    try:
        return load_settings(config).replace(**overrides)
    except ConfigError as exc:
        raise typer.BadParameter(str(exc)) from None


# The option or argument each of `make`'s arguments comes from, for a usage error's hint.
_PARAM_HINTS = {"engine": "--engine", "cluster": "--cluster", "inputs": "INPUTS"}


@app.command()
def make(
    inputs: Annotated[
        list[str],  # strings: a URL (with --cluster ray) must reach the cluster path whole
        typer.Argument(
            help="Article files or folders (read recursively); with --cluster ray, also URLs "
            "(s3://bucket/folder/)."
        ),
    ],
    output_dir: Annotated[
        Path | None, typer.Option("-o", "--output", help="Folder for the memos (default: outputs)")
    ] = None,
    format: Annotated[
        str | None,
        typer.Option("--format", "-f", help="Comma-separated: md,html,json,pdf (default: md,html)"),
    ] = None,
    points: Annotated[
        int | None, typer.Option("--points", "-n", help="Key points per memo (default: 5)")
    ] = None,
    engine: Annotated[
        str | None,
        typer.Option(
            "--engine", "-e", help="Engine name (see `briefing models`) (default: extractive)"
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option("--model", "-m", help="Model: a Hugging Face id or a local folder."),
    ] = None,
    device: DeviceOption = None,
    prompt: Annotated[
        str | None,
        typer.Option("--prompt", help="Abstractive engine: a prompts/ template name or a .j2 file"),
    ] = None,
    config: ConfigOption = None,
    digest: Annotated[
        bool,
        typer.Option("--digest", help="Also write one digest memo across all the articles."),
    ] = False,
    precision: Annotated[
        str | None,
        typer.Option(
            "--precision",
            help="Encoder arithmetic: auto, float32, bfloat16, int8 (default: auto, int8 on "
            "CPUs, else bfloat16 where the hardware has it, else float32)",
        ),
    ] = None,
    cache: Annotated[
        bool | None,
        typer.Option(
            "--cache/--no-cache",
            help="Reuse summaries of unchanged inputs (default: on; folder: `briefing cache`)",
        ),
    ] = None,
    debug: Annotated[
        bool | None,
        typer.Option("--debug", help="Print the traceback of an unexpected error (to report it)."),
    ] = None,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster",
            help="Run on a cluster: ray (the one at $RAY_ADDRESS, else a local one for the run; "
            "needs `pip install 'briefing\\[ray]'`)",
        ),
    ] = None,
) -> None:
    """Write a briefing memo for every article in INPUTS."""
    from rich.console import Console

    from . import api

    settings = _settings(
        config,
        output_dir=output_dir,
        formats=parse_formats(format) if format is not None else None,
        points=points,
        engine=engine,
        model=model,
        device=device,
        prompt=prompt,
        precision=precision,
        cache=cache,
        debug=debug,
    )
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    report = _Report(console, settings.debug)
    try:
        with report:
            made = api.make(
                inputs,
                settings,
                digest=digest,
                cluster=cluster,
                keep_memos=False,  # the memos are on disk; a long run need not hold them
                on_start=report.start,
                on_outcome=report.outcome,
            )
    except UsageError as exc:
        if exc.argument is None:  # nothing to do is a usage error, as a missing path is
            console.print(f"[red]error:[/] {esc(exc)}")
            raise typer.Exit(2) from None
        raise typer.BadParameter(str(exc), param_hint=_PARAM_HINTS[exc.argument]) from None
    except BriefingError as exc:  # the engine itself could not start: nothing more can be done
        console.print(f"[red]error:[/] {esc(exc)}")
        raise typer.Exit(1) from None
    if made.digest is not None:
        _print_digest(made.digest, console)
    failed_note = f", [red]{made.failed} failed[/]" if made.failed else ""
    console.print(
        f"{made.written} memo{'s' * (made.written != 1)} written to "
        f"{esc(settings.output_dir)}{failed_note}"
    )
    raise typer.Exit(0 if made.ok else 1)


class _Report:
    """`briefing make`'s progress bar, and a line for each outcome as it arrives."""

    def __init__(self, console: Console, debug: bool) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        self.progress = Progress(*columns, console=console, transient=True)
        self.debug = debug
        self.task: TaskID | None = None

    def __enter__(self) -> _Report:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.task is not None:  # a run that never started has no bar to take down
            self.progress.stop()

    def start(self, total: int) -> None:
        """The bar appears once there is work to do, not for a call that cannot start."""
        self.progress.start()
        self.task = self.progress.add_task("Writing memos", total=total)

    def outcome(self, outcome: Outcome) -> None:
        if self.task is not None:
            self.progress.advance(self.task)
        console = self.progress.console
        if outcome.error:
            line, traceback = _split_traceback(outcome.error, self.debug)
            console.print(f"[red]✗[/] {esc(line)}", soft_wrap=True)
            if traceback:
                console.print(traceback, markup=False, highlight=False)
        elif outcome.skipped:
            console.print(
                f"[yellow]![/] {esc(outcome.path)}: {esc(outcome.warning)}", soft_wrap=True
            )
        else:
            names = esc(_file_names(outcome.files))
            fitted = f"; [yellow]{esc(outcome.note)}[/]" if outcome.note else ""
            note = f" [yellow]! {esc(outcome.warning)}[/]" if outcome.warning else ""
            console.print(
                f"[green]✓[/] {esc(outcome.path)} → {names} "
                f"({outcome.points} key points{fitted}){note}"
            )


@app.command(name="cache")
def cache_command(
    clear: Annotated[bool, typer.Option("--clear", help="Delete every cached summary.")] = False,
    config: ConfigOption = None,
) -> None:
    """Show where cached summaries are kept and how many there are; --clear deletes them."""
    from .cache import summaries_folder

    folder = summaries_folder(_settings(config))
    entries = list(folder.glob("*/*.json")) if folder.is_dir() else []
    if clear:
        for entry in entries:
            entry.unlink(missing_ok=True)
        typer.echo(f"deleted {len(entries)} cached summaries from {folder}")
        return
    size = sum(e.stat().st_size for e in entries)
    typer.echo(f"{folder}: {len(entries)} cached summaries, {size / 1e6:.1f} MB")


# Characters that move the cursor, end a line or reorder text: a file name holding them could
# forge a line of the report ("\n✓ ...") or hide its own end.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def esc(value: object) -> str:
    """File names and messages carry untrusted text: never let them be read as rich markup, and
    show control characters as escapes (\\n, \\x1b) rather than obey them."""
    from rich.markup import escape

    return escape(_UNPRINTABLE.sub(_escaped, str(value)))


_TRACEBACK = "\nTraceback (most recent call last):"


def _split_traceback(error: str, debug: bool) -> tuple[str, str]:
    """An error's line, and the traceback `--debug` put after it (else ""), its control
    characters but line breaks shown as escapes."""
    line, mark, rest = error.partition(_TRACEBACK) if debug else (error, "", "")
    lines = (mark + rest).lstrip("\n").split("\n")
    return line, "\n".join(_UNPRINTABLE.sub(_escaped, part) for part in lines)


def _escaped(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape").decode()


def _file_names(files: tuple[Path, ...]) -> str:
    """outputs/slug.{md,html} rather than every path in full."""
    if len(files) == 1:
        return str(files[0])
    stem = files[0].with_suffix("")
    return f"{stem}.{{{','.join(f.suffix.lstrip('.') for f in files)}}}"


def _print_digest(digest: DigestOutcome, console: Console) -> None:
    """The digest's line: its files and stories, or why it failed."""
    if digest.error is not None or digest.digest is None:
        console.print(f"[red]✗[/] digest: {esc(digest.error)}")
        return
    made = digest.digest
    articles, count, sections = len(made.sources), len(made.stories), len(made.sections)
    fitted = f"; [yellow]{esc(digest.note)}[/]" if digest.note else ""
    console.print(
        f"[green]✓[/] digest of {articles} article{'s' * (articles != 1)} → "
        f"{esc(_file_names(digest.files))} ({count} stor{'ies' if count != 1 else 'y'} in "
        f"{sections} section{'s' * (sections != 1)}{fitted})"
    )


@app.command("eval")
def eval_command(
    data: Annotated[
        Path, typer.Argument(help="JSONL with 'article', 'summary' and optional 'title' per line.")
    ],
    points: Annotated[
        int, typer.Option("--points", "-n", help="Key points scored per article.")
    ] = 3,
    engines: Annotated[
        list[str] | None,
        typer.Option(
            "--engine",
            "-e",
            help="Engine to score (repeatable or comma-separated). Lead-k is always scored first. "
            "Default: textrank, lexrank, extractive.",
        ),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", help="Score only the first N usable rows.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    device: DeviceOption = None,
    config: ConfigOption = None,
) -> None:
    """Score engines' key points with ROUGE against reference summaries, Lead-k alongside."""
    from .evaluate import evaluate, format_table, load_items, to_json
    from .summarise import engine_names, unknown_engine

    settings = _settings(config, device=device)
    if not 1 <= points <= 20:
        raise typer.BadParameter("must be between 1 and 20", param_hint="--points")
    if limit is not None and limit < 1:
        raise typer.BadParameter("must be at least 1", param_hint="--limit")
    wanted = [n.strip() for e in engines or () for n in e.split(",") if n.strip()]
    names = list(dict.fromkeys(["lead", *(wanted or ["textrank", "lexrank", "extractive"])]))
    unknown = [n for n in names if n not in engine_names()]
    if unknown:
        raise typer.BadParameter(unknown_engine(unknown[0]), param_hint="--engine")
    if not data.is_file():
        raise typer.BadParameter(f"no such file: {data}", param_hint="DATA")
    try:
        items = load_items(data, limit)
        if not items:
            raise typer.BadParameter(f"{data} has no usable rows", param_hint="DATA")
        results = list(evaluate(items, names, points, settings))
    except BriefingError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(to_json(results, data.name, points))
    else:
        typer.echo(format_table(results, data.name, points))


models_app = typer.Typer(
    help="Engines, and the models on this machine for the abstractive engine.",
    invoke_without_command=True,
)
app.add_typer(models_app, name="models")


@models_app.callback()
def models(ctx: typer.Context) -> None:
    """List the engines, and the seq2seq models in the local Hugging Face cache."""
    if ctx.invoked_subcommand is not None:
        return
    from .hub import hub_cache
    from .summarise import engine_names
    from .summarise.abstractive.models import local_models

    typer.echo("engines: " + ", ".join(engine_names()))
    found = local_models()
    if not found:
        typer.echo(f"no seq2seq models in the Hugging Face cache ({hub_cache()})")
        typer.echo("get one with `briefing models pull ID` on a connected machine")
        return
    typer.echo(f"seq2seq models in {hub_cache()} (use with --engine abstractive --model ID):")
    for model in found:
        size = model.size_bytes / 1e9
        typer.echo(f"  {model.name}  ({model.model_type}, {size:.1f} GB)")


@models_app.command("pull")
def models_pull(
    model_id: Annotated[
        str, typer.Argument(help="A Hugging Face id, e.g. facebook/bart-large-cnn")
    ],
) -> None:
    """Download a model into the standard Hugging Face cache (needs the network)."""
    from .summarise.abstractive.models import pull_model

    try:
        folder = pull_model(model_id)
    except BriefingError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"{model_id} → {folder}")


@app.command()
def inspect(
    file: Annotated[Path, typer.Argument(help="One article file (any supported format).")],
    config: ConfigOption = None,
) -> None:
    """Print what the loader made of FILE (metadata, paragraphs, sentences) as JSON."""
    import json

    from .load import inspect_file

    settings = _settings(config)
    if not file.is_file():
        what = "is a folder, not a file" if file.is_dir() else "no such file"
        raise typer.BadParameter(f"{file}: {what}", param_hint="FILE")
    try:
        report = inspect_file(file, settings.max_input_bytes)
    except BriefingError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
