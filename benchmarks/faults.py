"""Faults: kill `briefing make` at random points, corrupt its cache, fill the disk, and run it
twice at once into one folder, kill a loader worker mid-run; then count what was lost,
half-written or overwritten, and whether a run hung.

Each run is a fresh `python -m briefing make` on a folder of bbc_news.jsonl articles (rows marked
`duplicate_of` skipped), writing md, html and json, with a cache folder of its own. What counts:

- lost: an input whose memo a run reported written (a "✓" line) and that is not on disk whole,
  from that input, once the runs are over; or an input with no memo after a clean re-run;
- half-written: a memo file that does not parse or is cut short (json that does not load, md
  without its footer, html without `</html>`, pdf without `%%EOF`), or a memo set missing one
  of its formats;
- overwritten: a memo file that holds another input's memo than the one reported for it;
- tracebacks: any "Traceback" in a run's output.

The disk is "filled" with RLIMIT_FSIZE (no file may grow past a limit; writes past it fail with
EFBIG, as a full disk fails them with ENOSPC): no root, no loop device, no tmpfs needed.

    python benchmarks/faults.py                       # lead engine: fast, no model
    python benchmarks/faults.py --engine extractive --kills 4
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.evaluate import shared_dir  # noqa: E402

FORMATS = ("md", "html", "json")
ENDINGS = {".md": "Input sha256", ".html": "</html>", ".pdf": "%%EOF"}


@dataclass
class Tally:
    tried: list[str] = field(default_factory=list)
    lost: int = 0
    half_written: int = 0
    overwritten: int = 0
    tracebacks: int = 0
    notes: list[str] = field(default_factory=list)


def articles(count: int, offset: int = 0) -> list[tuple[str, str]]:
    """(title, body) of `count` bbc_news articles with distinct titles, from row `offset`."""
    found: list[tuple[str, str]] = []
    titles: set[str] = set()
    with (shared_dir() / "eval" / "bbc_news.jsonl").open(encoding="utf-8") as rows:
        for n, line in enumerate(rows):
            row = json.loads(line)
            if n < offset or row.get("duplicate_of") or not row.get("title"):
                continue
            if row["title"] not in titles:
                titles.add(row["title"])
                found.append((row["title"], row["article"]))
            if len(found) == count:
                break
    return found


def write_inputs(folder: Path, items: list[tuple[str, str]]) -> dict[str, Path]:
    """The articles as .txt files; path -> by input path string."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for n, (title, body) in enumerate(items):
        path = folder / f"article-{n:02d}.txt"
        path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        paths[str(path)] = path
    return paths


def command(inputs: Path, out: Path, engine: str, formats: tuple[str, ...]) -> list[str]:
    return [
        sys.executable, "-m", "briefing", "make", str(inputs), "-o", str(out),
        "--engine", engine, "--format", ",".join(formats),
    ]  # fmt: skip


def start(args: list[str], cache: Path, file_limit: int | None = None) -> subprocess.Popen:
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(cache), "COLUMNS": "300"}

    def limit() -> None:
        if file_limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, no kill
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=limit,
    )  # fmt: skip


def finish(process: subprocess.Popen, tally: Tally, within: float | None = None) -> tuple[int, str]:
    out, err = process.communicate(timeout=within)
    text = out + err
    tally.tracebacks += text.count("Traceback")
    return process.returncode, text


def reported(output: str) -> set[str]:
    """Inputs a run said it wrote a memo for ("✓ path → ...")."""
    return {line[2:].split(" → ", 1)[0] for line in output.splitlines() if line.startswith("✓ ")}


def memos(out: Path, tally: Tally) -> dict[str, Path]:
    """Input path -> its memo's json file, for every whole memo set in `out`; half-written
    files and incomplete sets are counted."""
    owners: dict[str, Path] = {}
    if not out.is_dir():
        return owners
    for path in sorted(out.iterdir()):
        if path.name.startswith(".") or path.suffix not in (".json", *ENDINGS):
            continue
        if path.suffix == ".json":
            try:
                owners[json.loads(path.read_text("utf-8"))["input"]["path"]] = path
            except (ValueError, KeyError, TypeError):
                tally.half_written += 1
                tally.notes.append(f"half-written: {path.name}")
            siblings = [path.with_suffix(f".{f}") for f in FORMATS]
            missing = [s.name for s in siblings if not s.exists()]
            if missing:
                tally.half_written += 1
                tally.notes.append(f"incomplete set: {path.stem} lacks {', '.join(missing)}")
        elif not path.read_bytes().rstrip().endswith(ENDINGS[path.suffix].encode()) and (
            ENDINGS[path.suffix] not in path.read_text("utf-8", errors="replace")[-400:]
        ):
            tally.half_written += 1
            tally.notes.append(f"half-written: {path.name}")
    return owners


def kills(work: Path, engine: str, trials: int, tally: Tally, rng: random.Random) -> None:
    inputs, out, cache = work / "kill-in", work / "kill-out", work / "kill-cache"
    paths = write_inputs(inputs, articles(16))
    began = time.perf_counter()
    probe = start(command(inputs, work / "probe-out", engine, FORMATS), work / "probe-cache")
    finish(probe, tally)
    duration = time.perf_counter() - began
    for trial in range(trials):
        if trial % 2:  # every other trial from scratch: kills while the engine works and writes
            shutil.rmtree(cache, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
        process = start(command(inputs, out, engine, FORMATS), cache)
        wait = rng.uniform(0.2, duration)
        time.sleep(wait)
        process.send_signal(signal.SIGKILL)
        _, output = finish(process, tally)
        claimed = reported(output)
        owners = memos(out, tally)
        tally.lost += len([p for p in claimed if p not in owners])
        leftovers = len(list(out.glob(".*.tmp"))) if out.is_dir() else 0
        tally.tried.append(
            f"kill -9 at {wait:.1f} s of {duration:.1f} s: {len(claimed)} memos reported, "
            f"{len(owners)} whole sets on disk, {leftovers} temporary files left"
        )
    code, output = finish(start(command(inputs, out, engine, FORMATS), cache), tally)
    owners = memos(out, tally)
    tally.lost += len([p for p in paths if p not in owners])
    left = len(list(out.glob(".*.tmp")))
    tally.tried.append(
        f"re-run after the kills: exit {code}, {len(owners)} of {len(paths)} memos, "
        f"{left} temporary files left"
    )


def corrupt_cache(work: Path, engine: str, tally: Tally) -> None:
    inputs, out, cache = work / "cache-in", work / "cache-out", work / "cache-cache"
    paths = write_inputs(inputs, articles(12, offset=100))
    finish(start(command(inputs, out, engine, FORMATS), cache), tally)
    entries = sorted(cache.glob("summaries/*/*.json"))
    damage = [
        lambda t: t[: len(t) // 2],
        lambda t: "[]",
        lambda t: "null",
        lambda t: "\x00\xff garbage",
        lambda t: t.replace('"sentences": [', '"sentences": [99999, '),
        lambda t: json.dumps({**json.loads(t), "points": []}),
        lambda t: json.dumps({**json.loads(t), "engine": None}),
        lambda t: "",
    ]
    for entry, change in zip(entries, damage, strict=False):
        entry.write_text(change(entry.read_text("utf-8")), encoding="utf-8")
    shutil.rmtree(out)
    code, output = finish(start(command(inputs, out, engine, FORMATS), cache), tally)
    warnings = output.count("damaged cache entry")
    owners = memos(out, tally)
    tally.lost += len([p for p in paths if p not in owners])
    code2, output2 = finish(start(command(inputs, out, engine, FORMATS), cache), tally)
    tally.tried.append(
        f"cache: {min(len(entries), len(damage))} of {len(entries)} entries damaged "
        f"({len(damage)} ways): exit {code}, {len(owners)} of {len(paths)} memos, "
        f"{warnings} warning; next run exit {code2}, "
        f"{output2.count('damaged cache entry')} warnings"
    )


def disk_full(work: Path, engine: str, tally: Tally) -> None:
    inputs = work / "disk-in"
    paths = write_inputs(inputs, articles(12, offset=200))
    for limit in (2_000, 6_000, 20_000):
        out, cache = work / f"disk-out-{limit}", work / f"disk-cache-{limit}"
        process = start(command(inputs, out, engine, FORMATS), cache, file_limit=limit)
        code, output = finish(process, tally)
        claimed = reported(output)
        owners = memos(out, tally)
        tally.lost += len([p for p in claimed if p not in owners])
        extra = [p for p in owners if p not in claimed]  # on disk, though reported failed
        failures = [line for line in output.splitlines() if line.startswith("✗ ")]
        named = sum("cannot write" in line and str(out) in line for line in failures)
        summary = [line for line in output.splitlines() if "written to" in line]
        tally.tried.append(
            f"files limited to {limit:,} bytes: exit {code}, {len(claimed)} reported written, "
            f"{len(owners)} whole sets on disk, {len(extra)} on disk but reported failed, "
            f"{len(failures)} failures ({named} naming the file); "
            f"summary: {summary[-1].strip() if summary else '-'}"
        )
        tally.lost += len(extra)  # a memo the run disowned is as good as lost to its reader
        if len(claimed) + len(failures) < len(paths):
            tally.notes.append(f"limit {limit}: some inputs neither written nor failed")


def concurrent(work: Path, engine: str, tally: Tally) -> None:
    out = work / "both-out"
    items = articles(20, offset=300)
    first = write_inputs(work / "both-a", items)
    # The same titles with other bodies: the two runs want the same file names.
    second = write_inputs(work / "both-b", [(t, b + "\n\nA different ending.") for t, b in items])
    runs = [
        start(command(work / "both-a", out, engine, FORMATS), work / "both-cache-a"),
        start(command(work / "both-b", out, engine, FORMATS), work / "both-cache-b"),
    ]
    results = [finish(p, tally) for p in runs]
    owners = memos(out, tally)
    for (code, output), paths in zip(results, (first, second), strict=True):
        claimed = reported(output)
        gone = [p for p in claimed if p not in owners]
        tally.overwritten += len(gone)
        said = next((line for line in output.splitlines() if "another briefing run" in line), "")
        tally.tried.append(
            f"concurrent run: exit {code}, {len(claimed)} of {len(paths)} reported written, "
            f"{len(claimed) - len(gone)} still there" + (f"; said: {said.strip()}" if said else "")
        )


def worker_killed(work: Path, engine: str, tally: Tally) -> None:
    """A loader worker killed mid-run (as the out-of-memory killer would): the run must end, and
    every memo be written, the files that worker held read again."""
    inputs, out = work / "worker-in", work / "worker-out"
    paths = write_inputs(inputs, articles(80, offset=400))  # enough for worker processes
    process = start(command(inputs, out, engine, FORMATS), work / "worker-cache")
    victim = None
    deadline = time.monotonic() + 60
    while victim is None and process.poll() is None and time.monotonic() < deadline:
        victim = next(iter(_children(process.pid)), None)
        time.sleep(0.05)
    if victim is not None:
        time.sleep(0.3)  # let it start reading
        with contextlib.suppress(ProcessLookupError):
            os.kill(victim, signal.SIGKILL)
    try:
        code, output = finish(process, tally, within=300)
    except subprocess.TimeoutExpired:
        process.kill()
        tally.lost += len(paths)
        tally.tried.append("loader worker killed: the run hung (stopped after 300 s)")
        return
    owners = memos(out, tally)
    tally.lost += len([p for p in paths if p not in owners])
    tally.tried.append(
        f"loader worker {'killed' if victim else 'not found'} mid-run: exit {code}, "
        f"{len(owners)} of {len(paths)} memos on disk, {len(reported(output))} reported"
    )


def _children(pid: int) -> list[int]:
    """The loader workers of run `pid`: its children (Linux's /proc) forked from it, so with its
    command line; not multiprocessing's resource tracker, whose command line is its own."""
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        with contextlib.suppress(OSError):
            fields = dict(
                line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
            )
            command = (status.parent / "cmdline").read_bytes()
            if fields.get("PPid", "").strip() == str(pid) and b"briefing" in command:
                found.append(int(status.parent.name))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", default="lead")
    parser.add_argument("--kills", type=int, default=8)
    parser.add_argument("--seed", type=int, default=23)
    args = parser.parse_args()
    tally = Tally()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        kills(work, args.engine, args.kills, tally, rng)
        corrupt_cache(work, args.engine, tally)
        disk_full(work, args.engine, tally)
        concurrent(work, args.engine, tally)
        worker_killed(work, args.engine, tally)
    print(f"briefing make under faults (engine {args.engine}, formats {','.join(FORMATS)})")
    for line in tally.tried:
        print(f"  - {line}")
    print(
        f"memos lost {tally.lost}, half-written {tally.half_written}, "
        f"overwritten by another run {tally.overwritten}, tracebacks {tally.tracebacks}"
    )
    for note in tally.notes:
        print(f"  ! {note}")


if __name__ == "__main__":
    main()
