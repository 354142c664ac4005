"""`briefing make --cluster ray` against the local path, in one run, and the per-stage costs that
docs/scale.md's estimate for 10 and 100 nodes is built from.

Writes the first N BBC articles (as benchmarks/throughput.py does) and then:

1. times `briefing make` and `briefing make --cluster ray` (a local Ray started for the run, as
   a user without RAY_ADDRESS gets), each a fresh process with an empty cache, alternated round
   by round; reports wall seconds, articles per second and the CPU seconds of each command's
   whole process tree (Ray's own processes included), and the cluster's share of the local
   path's throughput (the issue's goal: at least 0.8);
2. checks that both wrote the same files, byte for byte apart from the time they were made;
3. measures each stage alone, in one process with one thread (as one Ray worker runs it):
   load and segment, the engine, writing (memo, fit, render, atomic write), the driver's share
   (naming, reading an outcome back) and the digest; and the bytes a document and an outcome
   take between nodes.

Not a test: run it by hand, on Linux (it reads /proc; it needs ../shared/eval/bbc_news.jsonl).
The report goes to stdout and to benchmarks/results/cluster-YYYY-MM-DD.txt.

    python benchmarks/cluster.py [--articles 1000] [--rounds 1]
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from throughput import write_articles  # noqa: E402

from briefing.evaluate import shared_dir  # noqa: E402
from briefing.output.folder import LOCK  # noqa: E402

FORMATS = "md,html,json"


class TreeCPU:
    """CPU seconds of a process and every process below it, Ray's included (a local Ray started
    by the command is its child: the GCS, the raylet, the workers under it). Two lower bounds,
    the larger taken: the tree polled in /proc (a process's last half second, or one that lives
    less, is missed) and the rusage of the reaped children (a process orphaned before it ends
    is missed)."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.last: dict[tuple[int, int], float] = {}  # (pid, start time): CPU seconds
        self.ticks = os.sysconf("SC_CLK_TCK")

    def poll(self) -> None:
        parents: dict[int, int] = {}
        times: dict[int, tuple[int, float]] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:  # gone already
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            parents[int(entry)] = int(fields[1])
            cpu = (int(fields[11]) + int(fields[12])) / self.ticks
            times[int(entry)] = (int(fields[19]), cpu)
        tree, grown = {self.root}, True
        while grown:
            below = {pid for pid, parent in parents.items() if parent in tree} - tree
            tree |= below
            grown = bool(below)
        for pid in tree & times.keys():
            start, cpu = times[pid]
            self.last[pid, start] = cpu

    def polled(self) -> float:
        return sum(self.last.values())


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command: list[str], env: dict[str, str], log: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the whole process tree) of one command."""
    before = children_cpu()
    start = time.perf_counter()
    with log.open("w") as output:
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=output, stderr=output)
        tree = TreeCPU(process.pid)
        while process.poll() is None:
            tree.poll()
            time.sleep(0.5)
    wall = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{log.read_text()[-2000:]}")
    return wall, max(tree.polled(), children_cpu() - before)


def without_time(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, less the lines that carry the run's time, and less the lock
    file (it says which run held the folder)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name != LOCK:
            lines = path.read_bytes().splitlines(keepends=True)
            kept = [x for x in lines if b"generated_at" not in x and b"Generated 20" not in x]
            found[str(path.relative_to(folder))] = b"".join(kept)
    return found


def end_to_end(inputs: Path, count: int, rounds: int, work: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1", RAY_ADDRESS="")
    walls: dict[str, list[float]] = {"local": [], "ray": []}
    cpus: dict[str, list[float]] = {"local": [], "ray": []}
    same, differ = True, []
    for round_ in range(rounds):
        outputs = {}
        for name in walls:
            output = work / f"out-{name}-{round_}"
            cache = work / f"cache-{name}-{round_}"
            command = [PYTHON, "-m", "briefing", "make", str(inputs), "-o", str(output)]
            command += ["--format", FORMATS]
            if name == "ray":
                command += ["--cluster", "ray"]
            print(f"  round {round_ + 1}: {name}", file=sys.stderr)
            env_run = dict(env, BRIEFING_CACHE_DIR=str(cache))
            wall, cpu = run(command, env_run, work / f"log-{name}-{round_}.txt")
            walls[name].append(wall)
            cpus[name].append(cpu)
            print(f"    {wall:.1f} s, {cpu:.1f} CPU s", file=sys.stderr)
            outputs[name] = output
            shutil.rmtree(cache)
        local, remote = without_time(outputs["local"]), without_time(outputs["ray"])
        same = same and local == remote and len(local) == 3 * count + 1
        differ += sorted(k for k in local.keys() | remote.keys() if local.get(k) != remote.get(k))
        for output in outputs.values():
            shutil.rmtree(output)
    wall = {name: statistics.median(values) for name, values in walls.items()}
    return {
        "wall_s": wall,
        "cpu_s": {name: statistics.median(values) for name, values in cpus.items()},
        "per_s": {name: count / seconds for name, seconds in wall.items()},
        "ratio": wall["local"] / wall["ray"],
        "same_files": same,
        "differ": differ,
    }


def stages(inputs: Path, work: Path) -> dict:
    """Seconds per article of each stage, on one thread (run in a child: see `main`)."""
    from datetime import UTC, datetime

    from briefing.config import Settings
    from briefing.digest import build_digest
    from briefing.encoder.sentences import SentenceEncoder
    from briefing.output.folder import OutputFolder
    from briefing.pipeline import write_result
    from briefing.prepare import load_and_segment
    from briefing.summarise import create_engine

    paths = sorted(inputs.iterdir())
    settings = Settings(formats=tuple(FORMATS.split(",")), output_dir=work / "stages", cache=False)
    costs: dict[str, float] = {}

    start = time.process_time()
    documents = [d for p in paths for d in load_and_segment(p, settings.max_input_bytes)]
    costs["load_segment"] = (time.process_time() - start) / len(paths)

    start = time.perf_counter()
    engine = create_engine(settings)
    engine.summarise(documents[:1], settings.points + 1)  # the model read, and warmed
    costs["engine_start_s"] = time.perf_counter() - start
    start = time.process_time()
    summaries = []
    for n in range(0, len(documents), 64):
        summaries += engine.summarise(documents[n : n + 64], settings.points + 1)
    costs["engine"] = (time.process_time() - start) / len(documents)

    from briefing.cache import CachedSummary

    now = datetime.now(UTC).isoformat(timespec="seconds")
    output = OutputFolder(settings.output_dir)
    start = time.process_time()
    names = [output.claim(d.article.title, d.article.sha256) for d in documents]
    costs["driver_naming"] = (time.process_time() - start) / len(documents)
    start = time.process_time()
    outcomes = [
        write_result(d, CachedSummary(s, engine.info), settings, output, now, name)
        for d, s, name in zip(documents, summaries, names, strict=True)
    ]
    costs["write"] = (time.process_time() - start) / len(documents)
    pickled = [pickle.dumps(o) for o in outcomes]
    start = time.process_time()
    for blob in pickled:
        pickle.loads(blob)
    costs["driver_outcome"] = (time.process_time() - start) / len(documents)

    memos = [o.memo for o in outcomes if o.memo is not None]
    encoder = SentenceEncoder.from_settings(settings)
    start = time.process_time()
    build_digest(memos, encoder.encode, settings.digest)
    costs["digest"] = (time.process_time() - start) / len(memos)

    costs["document_bytes"] = statistics.mean(len(pickle.dumps(d)) for d in documents)
    costs["outcome_bytes"] = statistics.mean(
        len(pickle.dumps(o.__class__(**{**o.__dict__, "memo": None}))) for o in outcomes
    )
    costs["memo_bytes"] = statistics.mean(len(pickle.dumps(m)) for m in memos)
    costs["written_bytes"] = statistics.mean(
        sum(f.stat().st_size for f in o.files) for o in outcomes
    )
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--stages-of", type=Path, help=argparse.SUPPRESS)  # the child's part
    args = parser.parse_args()
    if args.stages_of:
        with tempfile.TemporaryDirectory() as work:
            print(json.dumps(stages(args.stages_of, Path(work))))
        return
    data = shared_dir() / "eval" / "bbc_news.jsonl"
    with tempfile.TemporaryDirectory(prefix="briefing-cluster-") as temp:
        work = Path(temp)
        inputs = work / "bbc"
        count = write_articles(data, args.articles, inputs)
        print(f"{count} BBC articles, formats {FORMATS}", file=sys.stderr)
        results = end_to_end(inputs, count, args.rounds, work)
        env = dict(os.environ, PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1", OMP_NUM_THREADS="1")
        child = [PYTHON, __file__, "--stages-of", str(inputs)]
        costs = json.loads(subprocess.run(child, env=env, capture_output=True, check=True).stdout)
    print("\n".join(report(count, args.rounds, results, costs)))
    saved = results_file()
    saved.write_text("\n".join(report(count, args.rounds, results, costs)) + "\n")
    print(f"\n(written to {saved.relative_to(ROOT)})")


def report(count: int, rounds: int, results: dict, costs: dict) -> list[str]:
    wall, per_s, cpu = results["wall_s"], results["per_s"], results["cpu_s"]
    lines = [
        f"{count} articles, median of {rounds} round(s), cold (empty cache), formats {FORMATS}:"
    ]
    lines.append(
        "  (CPU: the command's whole process tree, Ray's GCS, raylet and workers included)"
    )
    for name, label in (("local", "local"), ("ray", "--cluster ray")):
        lines.append(
            f"  {label:14s} {wall[name]:6.1f} s  {per_s[name]:6.1f} articles/s  "
            f"{cpu[name]:6.1f} CPU s  {cpu[name] / count * 1000:6.1f} CPU ms/article"
        )
    goal = "met" if results["ratio"] >= 0.8 else "NOT met"
    lines.append(f"  ray / local throughput: {results['ratio']:.2f}x (goal >= 0.8x: {goal})")
    lines.append(f"  ray / local CPU: {cpu['ray'] / cpu['local']:.2f}x")
    lines.append(f"  same files, byte for byte apart from the time: {results['same_files']}")
    if results["differ"]:
        shown = ", ".join(results["differ"][:5])
        lines.append(f"  files that differ or are missing: {len(results['differ'])} ({shown})")
    lines.append("\nper stage, one thread (CPU ms per article unless marked):")
    for name, value in costs.items():
        if name.endswith("_bytes"):
            lines.append(f"  {name:16s} {value / 1024:8.1f} KiB")
        elif name.endswith("_s"):
            lines.append(f"  {name:16s} {value:8.2f} s (wall, once per engine actor)")
        else:
            lines.append(f"  {name:16s} {value * 1000:8.2f} ms")
    return lines


def results_file() -> Path:
    """benchmarks/results/cluster-YYYY-MM-DD.txt, numbered when that day has one already."""
    folder = ROOT / "benchmarks" / "results"
    stem = f"cluster-{date.today().isoformat()}"
    path, n = folder / f"{stem}.txt", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}.txt", n + 1
    return path


if __name__ == "__main__":
    main()
