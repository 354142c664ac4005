"""Throughput of `briefing make` against the naive reference, as whole processes.

Writes the first N BBC articles (rows with `duplicate_of` skipped; title, blank line, body) into a
temporary folder, then times fresh processes, interleaved round by round (A B C A B C ...) so that
other load on the machine hits every variant alike:

- `naive`: benchmarks/naive_encoder.py, one article at a time, padded to its longest sentence,
  float32 (encodes only: it writes no memos);
- `cold`: `briefing make` with no summaries cached, at each precision asked for;
- `cached`: `briefing make` again on the same inputs and cache (the model is never loaded).

Converting the encoder for CTranslate2 (int8) is a one-time cost per install, kept in the cache
folder's `models/`: it is done once per precision before the timed runs, timed on its own (a
process that starts the encoder and converts it, against one that loads the conversion), and
each cold run starts with a copy of it in an otherwise empty cache folder.

Reported per size: median wall seconds, articles per second, CPU seconds (user + system, steadier
than wall time on a shared machine), peak resident memory, and the speed-up over naive. Then the
issue's goals are checked. Not a test: run it by hand.

    python benchmarks/throughput.py [--sizes 100 1000] [--rounds 3 2] [--precisions float32 int8]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
sys.path.insert(0, str(ROOT))

from briefing.evaluate import shared_dir  # noqa: E402


@dataclass
class Runs:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)

    def add(self, wall: float, cpu: float, peak_mb: float) -> None:
        print(f"    wall {wall:.2f} s, CPU {cpu:.2f} s, peak {peak_mb:.0f} MB", file=sys.stderr)
        self.wall.append(wall)
        self.cpu.append(cpu)
        self.peak_mb.append(peak_mb)


def write_articles(data: Path, count: int, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    with data.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("duplicate_of"):
                continue
            text = f"{row['title']}\n\n{row['article'].strip()}\n"
            (folder / f"{written:05d}.txt").write_text(text, encoding="utf-8")
            written += 1
            if written == count:
                break
    return written


def timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    stderr = process.stderr.read() if process.stderr else b""
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr.decode(errors='replace')[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


FORMATS = "md,html"  # what `briefing make` writes by default; --formats json leaves out the layout


def briefing_command(inputs: Path, output: Path, precision: str) -> list[str]:
    make = [PYTHON, "-m", "briefing", "make", str(inputs), "-o", str(output)]
    return [*make, "--precision", precision, "--format", FORMATS]


# Starts the encoder `briefing make` would start at a precision: a conversion it needs is kept.
PREPARE = (
    "import sys\n"
    "from briefing.config import Settings\n"
    "from briefing.encoder.sentences import SentenceEncoder\n"
    "SentenceEncoder.from_settings(Settings(precision=sys.argv[1]))\n"
)


def prepare_encoder(precision: str, env: dict[str, str], work: Path) -> dict[str, Runs]:
    """Convert the encoder into `work/models-<precision>/models` (nothing for a precision
    that needs no conversion); times a start that converts and one that loads the result."""
    prepared = {"converting start": Runs(), "loading start": Runs()}
    run_env = dict(env, BRIEFING_CACHE_DIR=str(work / f"models-{precision}"))
    for name, runs in prepared.items():
        print(f"  encoder at {precision}: {name}", file=sys.stderr)
        runs.add(*timed([PYTHON, "-c", PREPARE, precision], run_env, work))
    return prepared


def prepared_models(precision: str, work: Path) -> Path:
    return work / f"models-{precision}" / "models"


def bench_size(size: int, rounds: int, precisions: list[str], work: Path, data: Path) -> dict:
    inputs = work / f"bbc{size}"
    count = write_articles(data, size, inputs)
    env = dict(os.environ, PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1")
    for precision in precisions:
        if precision not in PREPARED:
            PREPARED[precision] = prepare_encoder(precision, env, work)
    runs: dict[str, Runs] = {"naive": Runs()}
    for precision in precisions:
        runs[f"cold {precision}"] = Runs()
        runs[f"cached {precision}"] = Runs()
    for round_ in range(rounds):
        for name in runs:
            if name.startswith("cached"):
                continue  # run right after its cold run, below
            print(f"  {size} articles, round {round_ + 1}: {name}", file=sys.stderr)
            if name == "naive":
                command = [PYTHON, str(ROOT / "benchmarks" / "naive_encoder.py"), str(inputs)]
                runs[name].add(*timed(command, env, work))
            else:
                precision = name.split()[1]
                cache = work / f"cache-{size}-{precision}-{round_}"
                output = work / f"out-{size}-{precision}-{round_}"
                run_env = dict(env, BRIEFING_CACHE_DIR=str(cache))
                if prepared_models(precision, work).is_dir():
                    shutil.copytree(prepared_models(precision, work), cache / "models")
                command = briefing_command(inputs, output, precision)
                runs[name].add(*timed(command, run_env, work))
                shutil.rmtree(output)
                runs[f"cached {precision}"].add(*timed(command, run_env, work))
                shutil.rmtree(output)
                shutil.rmtree(cache)
    return {"articles": count, "runs": runs}


# The encoder's one-time start-up runs, per precision (`prepare_encoder`), shared by all sizes.
PREPARED: dict[str, dict[str, Runs]] = {}


def conversion_lines(precisions: list[str]) -> list[str]:
    """The one-time conversion's cost: a start that converts less one that loads it."""
    lines = []
    for precision in precisions:
        converting, loading = PREPARED[precision].values()
        cpu = converting.cpu[0] - loading.cpu[0]
        wall = converting.wall[0] - loading.wall[0]
        lines.append(
            f"encoder conversion at {precision}, once per install: {cpu:.1f} CPU s, {wall:.1f} s "
            f"wall (a start that converts {converting.cpu[0]:.1f} CPU s, one that loads the "
            f"conversion {loading.cpu[0]:.1f})"
        )
    return lines


def report(results: dict[int, dict], precisions: list[str]) -> list[str]:
    lines = [
        "| articles | run | wall s (median) | articles/s | CPU s | peak RSS MB | vs naive (wall) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for result in results.values():
        naive = statistics.median(result["runs"]["naive"].wall)
        for name, runs in result["runs"].items():
            wall = statistics.median(runs.wall)
            lines.append(
                f"| {result['articles']} | {name} | {wall:.2f} | {result['articles'] / wall:.1f} "
                f"| {statistics.median(runs.cpu):.1f} | {max(runs.peak_mb):.0f} "
                f"| {naive / wall:.2f}x |"
            )
    lines.append("")
    lines += goals(results, precisions)
    lines += conversion_lines(precisions)
    return lines


def goals(results: dict[int, dict], precisions: list[str]) -> list[str]:
    """The issue's goals, checked for each precision measured."""
    lines = []
    wanted = {100: 2.5, 1000: 4.0}
    for precision in precisions:
        for size, result in results.items():
            runs = result["runs"]
            speedup = statistics.median(runs["naive"].wall) / statistics.median(
                runs[f"cold {precision}"].wall
            )
            cpu_speedup = statistics.median(runs["naive"].cpu) / statistics.median(
                runs[f"cold {precision}"].cpu
            )
            goal = wanted.get(size)
            verdict = "" if goal is None else (" ok" if speedup >= goal else f" < {goal}x goal")
            cached = statistics.median(runs[f"cached {precision}"].wall) / result["articles"]
            peak = max(runs[f"cold {precision}"].peak_mb + runs[f"cached {precision}"].peak_mb)
            lines.append(
                f"{precision}, {size}: {speedup:.2f}x naive wall{verdict} ({cpu_speedup:.2f}x in "
                f"CPU time); cached re-run {1000 * cached:.0f} ms/article; peak {peak:.0f} MB"
                f"{' ok' if peak < 1536 else ' OVER 1.5 GB'}"
            )
        if 100 in results and 1000 in results:
            ratio = statistics.median(results[1000]["runs"][f"cold {precision}"].wall) / (
                statistics.median(results[100]["runs"][f"cold {precision}"].wall)
            )
            lines.append(
                f"{precision}: T(1000) / T(100) = {ratio:.2f}{' ok' if ratio <= 11 else ' > 11'}"
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=shared_dir() / "eval" / "bbc_news.jsonl")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--rounds", type=int, nargs="+", default=[3, 2], help="one per size")
    parser.add_argument("--precisions", nargs="+", default=["float32", "bfloat16", "int8"])
    parser.add_argument("--json", type=Path, help="also write the raw timings here")
    parser.add_argument(
        "--formats",
        default="md,html",
        help="formats `briefing make` writes (md,html by default; HTML includes the layout)",
    )
    args = parser.parse_args()
    globals()["FORMATS"] = args.formats  # read by briefing_command
    rounds = args.rounds + [args.rounds[-1]] * (len(args.sizes) - len(args.rounds))
    results = {}
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        for size, n in zip(args.sizes, rounds, strict=False):
            results[size] = bench_size(size, n, args.precisions, Path(tmp), args.data)
    print(f"python {' '.join(sys.argv)}  (cores: {len(os.sched_getaffinity(0))})\n")
    print("\n".join(report(results, args.precisions)))
    if args.json:
        raw = {
            size: {name: vars(runs) for name, runs in r["runs"].items()}
            for size, r in results.items()
        }
        args.json.write_text(json.dumps(raw, indent=1))


if __name__ == "__main__":
    main()
