"""The command line: a thin shell over the library. Heavy modules load inside the commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .config import Settings, load_settings, parse_formats
from .errors import BriefingError, ConfigError

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
    config: Annotated[
        Path | None, typer.Option("--config", help="Settings file (default: ./briefing.toml)")
    ] = None,
    precision: Annotated[
        str | None,
        typer.Option(
            "--precision",
            help="Encoder arithmetic: auto, float32, bfloat16, int8 (default: auto, bfloat16 "
            "where the hardware has it, else float32)",
        ),
    ] = None,
    cache: Annotated[
        bool | None,
        typer.Option(
            "--cache/--no-cache",
            help="Reuse summaries of unchanged inputs (default: on; folder: `briefing cache`)",
        ),
    ] = None,
) -> None:
    """Write a briefing memo for every article in INPUTS."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .load import discover
    from .pipeline import make_memos

    settings = _settings(
        config,
        output_dir=output_dir,
        formats=parse_formats(format) if format is not None else None,
        points=points,
        engine=engine,
        model=model,
        device=device,
        precision=precision,
        cache=cache,
    )
    from .summarise import engine_names

    if settings.engine not in engine_names():
        raise typer.BadParameter(
            f"unknown engine {settings.engine!r}; choose from {', '.join(engine_names())}",
            param_hint="--engine",
        )
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise typer.BadParameter(
            f"no such file or folder: {', '.join(missing)}", param_hint="INPUTS"
        )
    paths = list(discover(inputs))
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    if not paths:
        console.print("[red]error:[/] no supported article files (.txt, .md) found")
        raise typer.Exit(1)

    written = failed = 0
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("Writing memos", total=len(paths))
        try:
            for outcome in make_memos(paths, settings):
                progress.advance(task)
                if outcome.error:
                    failed += 1
                    progress.console.print(
                        f"[red]✗[/] {outcome.error}", markup=True, soft_wrap=True
                    )
                elif outcome.warning:
                    progress.console.print(
                        f"[yellow]![/] {outcome.path}: {outcome.warning}", soft_wrap=True
                    )
                else:
                    written += 1
                    names = _file_names(outcome.files)
                    progress.console.print(
                        f"[green]✓[/] {outcome.path} → {names} ({outcome.points} key points)"
                    )
        except BriefingError as exc:  # the engine itself could not start: nothing more can be done
            progress.stop()
            console.print(f"[red]error:[/] {exc}")
            raise typer.Exit(1) from None
    failed_note = f", [red]{failed} failed[/]" if failed else ""
    console.print(
        f"{written} memo{'s' * (written != 1)} written to {settings.output_dir}{failed_note}"
    )
    raise typer.Exit(1 if failed else 0)


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


def _file_names(files: tuple[Path, ...]) -> str:
    """outputs/slug.{md,html} rather than every path in full."""
    if len(files) == 1:
        return str(files[0])
    stem = files[0].with_suffix("")
    return f"{stem}.{{{','.join(f.suffix.lstrip('.') for f in files)}}}"
