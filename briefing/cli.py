"""The command line: a thin shell over the library. Heavy modules load inside the commands."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .config import Settings, load_settings, parse_formats
from .errors import BriefingError, ConfigError

if TYPE_CHECKING:
    from rich.console import Console

    from .records import Memo

app = typer.Typer(
    help="Turn news articles into one-page briefing memos.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main_callback() -> None:
    """Turn news articles into one-page briefing memos."""


def _settings(config: Path | None, **overrides) -> Settings:
    try:
        return load_settings(config).replace(**overrides)
    except ConfigError as exc:
        raise typer.BadParameter(str(exc)) from None


@app.command()
def make(
    inputs: Annotated[
        list[Path], typer.Argument(help="Article files or folders (read recursively).")
    ],
    output_dir: Annotated[
        Path | None, typer.Option("-o", "--output", help="Folder for the memos (default: outputs)")
    ] = None,
    format: Annotated[
        str | None,
        typer.Option("--format", "-f", help="Comma-separated: md,html,json (default: md,html)"),
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
    device: Annotated[
        str | None, typer.Option("--device", help="cpu, cuda, mps (default: best available)")
    ] = None,
    prompt: Annotated[
        str | None,
        typer.Option("--prompt", help="Abstractive engine: a prompts/ template name or a .j2 file"),
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="Settings file (default: ./briefing.toml)")
    ] = None,
    digest: Annotated[
        bool,
        typer.Option("--digest", help="Also write one digest memo across all the articles."),
    ] = False,
    precision: Annotated[
        str | None,
        typer.Option(
            "--precision",
            help="Encoder arithmetic: auto, float32, bfloat16, int8 (default: auto, int8 on "
            "CPUs with VNNI, else bfloat16 where the hardware has it, else float32)",
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
            "needs `pip install 'briefing[ray]'`)",
        ),
    ] = None,
) -> None:
    """Write a briefing memo for every article in INPUTS."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .load import discover

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
    from .summarise import engine_names

    if settings.engine not in engine_names():
        raise typer.BadParameter(
            f"unknown engine {settings.engine!r}; choose from {', '.join(engine_names())}",
            param_hint="--engine",
        )
    if cluster is not None and cluster != "ray":
        raise typer.BadParameter(
            f"unknown cluster {cluster!r}; choose from ray", param_hint="--cluster"
        )
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise typer.BadParameter(
            f"no such file or folder: {', '.join(missing)}", param_hint="INPUTS"
        )
    paths = list(discover(inputs))
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    if not paths:
        from .load import SUPPORTED_SUFFIXES

        kinds = ", ".join(SUPPORTED_SUFFIXES)
        console.print(f"[red]error:[/] no supported article files ({kinds}) found")
        raise typer.Exit(2)  # nothing to do is a usage error, as a missing path is

    written = failed = 0
    memos: list[Memo] = []  # for the digest
    memo_files: dict[str, str | None] = {}
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("Writing memos", total=len(paths))
        try:
            for outcome in _memos(paths, settings, cluster, keep_memos=digest):
                progress.advance(task)
                if outcome.error:
                    failed += 1
                    line, traceback = _split_traceback(outcome.error, settings.debug)
                    progress.console.print(f"[red]✗[/] {esc(line)}", soft_wrap=True)
                    if traceback:
                        progress.console.print(traceback, markup=False, highlight=False)
                elif outcome.warning and not outcome.files:
                    progress.console.print(
                        f"[yellow]![/] {esc(outcome.path)}: {esc(outcome.warning)}", soft_wrap=True
                    )
                else:
                    written += 1
                    if digest and outcome.memo is not None:
                        memos.append(outcome.memo)
                        html = [f.name for f in outcome.files if f.suffix == ".html"]
                        memo_files[outcome.memo.document.article.sha256] = (html or [None])[0]
                    names = esc(_file_names(outcome.files))
                    fitted = f"; [yellow]{esc(outcome.note)}[/]" if outcome.note else ""
                    note = f" [yellow]! {esc(outcome.warning)}[/]" if outcome.warning else ""
                    progress.console.print(
                        f"[green]✓[/] {esc(outcome.path)} → {names} "
                        f"({outcome.points} key points{fitted}){note}"
                    )
        except BriefingError as exc:  # the engine itself could not start: nothing more can be done
            progress.stop()
            console.print(f"[red]error:[/] {esc(exc)}")
            raise typer.Exit(1) from None
    if digest:
        failed += _write_digest(memos, settings, memo_files, console)
    failed_note = f", [red]{failed} failed[/]" if failed else ""
    console.print(
        f"{written} memo{'s' * (written != 1)} written to {esc(settings.output_dir)}{failed_note}"
    )
    raise typer.Exit(1 if failed else 0)


def _memos(paths: list[Path], settings: Settings, cluster: str | None, keep_memos: bool):
    """The outcomes of `make_memos` on this machine, or of the same stages on a cluster."""
    if cluster is None:
        from .pipeline import make_memos

        return make_memos(paths, settings)
    from .cluster import make_memos_on_cluster

    return make_memos_on_cluster(paths, settings, keep_memos, quiet=True)


@app.command(name="cache")
def cache_command(
    clear: Annotated[bool, typer.Option("--clear", help="Delete every cached summary.")] = False,
    config: Annotated[
        Path | None, typer.Option("--config", help="Settings file (default: ./briefing.toml)")
    ] = None,
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


def _write_digest(
    memos: list[Memo], settings: Settings, memo_files: dict[str, str | None], console: Console
) -> int:
    """Write the run's digest and print its line; 1 when it failed, else 0."""
    from .digest import make_digest

    if not memos:
        console.print("[red]✗[/] digest: no memo was written, so there is nothing to digest")
        return 1
    try:
        made, written = make_digest(memos, settings, memo_files)
    except (BriefingError, OSError) as exc:
        console.print(f"[red]✗[/] digest: {esc(exc)}")
        return 1
    fitted = f"; [yellow]{esc(written.note)}[/]" if written.note else ""
    count, sections = len(made.stories), len(made.sections)
    console.print(
        f"[green]✓[/] digest of {len(memos)} article{'s' * (len(memos) != 1)} → "
        f"{esc(_file_names(written.paths))} ({count} stor{'ies' if count != 1 else 'y'} in "
        f"{sections} section{'s' * (sections != 1)}{fitted})"
    )
    return 0


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
    device: Annotated[
        str | None, typer.Option("--device", help="cpu, cuda, mps (default: best available)")
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="Settings file (default: ./briefing.toml)")
    ] = None,
) -> None:
    """Score engines' key points with ROUGE against reference summaries, Lead-k alongside."""
    from .evaluate import evaluate, format_table, load_items, to_json
    from .summarise import engine_names

    settings = _settings(config, device=device)
    if not 1 <= points <= 20:
        raise typer.BadParameter("must be between 1 and 20", param_hint="--points")
    if limit is not None and limit < 1:
        raise typer.BadParameter("must be at least 1", param_hint="--limit")
    wanted = [n.strip() for e in engines or () for n in e.split(",") if n.strip()]
    names = list(dict.fromkeys(["lead", *(wanted or ["textrank", "lexrank", "extractive"])]))
    unknown = [n for n in names if n not in engine_names()]
    if unknown:
        raise typer.BadParameter(
            f"unknown engine {unknown[0]!r}; choose from {', '.join(engine_names())}",
            param_hint="--engine",
        )
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
    from .models import hub_cache, local_models
    from .summarise import engine_names

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
    from .models import pull_model

    try:
        folder = pull_model(model_id)
    except BriefingError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"{model_id} → {folder}")


@app.command()
def inspect(
    file: Annotated[Path, typer.Argument(help="One article file (any supported format).")],
    config: Annotated[
        Path | None, typer.Option("--config", help="Settings file (default: ./briefing.toml)")
    ] = None,
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
