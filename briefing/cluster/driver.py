"""The driver: one Ray Data run per `briefing make --cluster ray`.

The run has two passes over one dataset. First, every input is loaded and segmented by CPU tasks
across the cluster and kept in Ray's object store; the driver reads back only each document's
place, title and content hash, and names the memos in input order, as one machine would (the
first of two same-titled articles keeps the plain name, a repeated content is skipped with a
warning), recording the names in the output folder's manifest. Then the kept documents stream
through a pool of actors, one per CPU (each loads the model once), that summarise them and fit,
render and write each memo atomically under its name (with `--device cuda`, GPU actors for the
engine and CPU tasks for writing); the driver turns their outcomes into the same `Outcome`
records, and the same exit status, as the local path.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import BriefingError
from ..folders import cache_folder
from ..output.folder import OutputFolder
from ..pipeline import Outcome, duplicate
from . import stages
from .inputs import input_path, list_url

INSTALL = "pip install 'briefing[ray]'"
# Load tasks per CPU at least, and input files per block at most: small enough that one slow
# file does not hold a long block back, nor one worker the run's last memos.
BLOCKS_PER_CPU = 4
BLOCK_FILES = 32
# Documents per call of a CPU actor: a block of up to 32 files is then one call in two batches
# (Ray Data joins smaller blocks up to this size).
WORKER_BATCH = BLOCK_FILES // 2
GPU_BATCH = 64  # articles per call of a GPU's engine: its encoder batches stay full


class ClusterError(BriefingError):
    """The cluster could not be reached or used: no Ray, no GPU when one was asked for."""


def make_memos_on_cluster(
    paths: Sequence[Path], settings: Settings, keep_memos: bool = False, quiet: bool = False
) -> Iterator[Outcome]:
    """Write a memo for every path on the Ray cluster at $RAY_ADDRESS (a local one, started for
    the run and stopped after it, when that is unset); yield one outcome per input: the inputs
    that failed to load or repeat another first, then the memos in input order, each as soon as
    it and those before it are done. `keep_memos`: outcomes carry their memo, for a digest.
    `quiet`: Ray logs only errors, for a caller that reports progress itself (the CLI prints a
    line per memo)."""
    ray = _import_ray()
    if quiet:
        import logging

        for name in ("ray", "ray.data"):
            logging.getLogger(name).setLevel(logging.ERROR)
    started_here = not ray.is_initialized()
    if started_here:
        _start(ray, quiet)
    try:
        # The same claim on the output folder as a run on one machine: no two runs write there.
        claimed = OutputFolder(settings.output_dir).lock()
        try:
            yield from _run(ray, list(paths), _portable(settings), keep_memos)
        finally:
            claimed.release()
    finally:
        if started_here:
            ray.shutdown()


def list_inputs(url: str) -> list[Path]:
    """The article files a URL names (see `inputs.list_url`), listed by the driver."""
    try:
        return list_url(url)
    except ImportError:  # pyarrow comes with Ray Data
        raise ClusterError(f"--cluster ray needs Ray: {INSTALL}") from None


def _import_ray() -> Any:
    try:
        import ray
        import ray.data  # Ray Data is in the extra, not in every Ray install
    except ImportError:
        raise ClusterError(f"--cluster ray needs Ray: {INSTALL}") from None
    return ray


def _start(ray: Any, quiet: bool) -> None:
    import logging

    try:
        # RAY_ADDRESS, when set, names the cluster; else a local one starts for the run.
        ray.init(
            address=os.environ.get("RAY_ADDRESS") or None,
            logging_level=logging.ERROR if quiet else logging.WARNING,
            log_to_driver=False,  # the workers' own logs stay in the cluster's log folder
            include_dashboard=False,
        )
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ClusterError(f"cannot start or reach the Ray cluster: {exc}") from None


def _portable(settings: Settings) -> Settings:
    """Settings every node reads alike: the cache folder as the driver resolves it (a shared
    folder, or the same per-user path on each node), not each worker's own environment."""
    if settings.cache:
        settings = settings.replace(cache_dir=cache_folder(settings))
    if settings.device is not None and settings.device.startswith("cuda:"):
        settings = settings.replace(device="cuda")  # each actor sees only the GPU Ray gave it
    return settings


def _run(ray: Any, paths: list[Path], settings: Settings, keep_memos: bool) -> Iterator[Outcome]:
    from ray.data import DataContext, from_items

    context = DataContext.get_current()
    context.enable_progress_bars = False  # the caller reports progress, readable when piped
    now = datetime.now(UTC).isoformat(timespec="seconds")
    resources = ray.cluster_resources()
    cpus = max(1, int(resources.get("CPU", 1)))
    rows = [{"index": n, "path": str(path)} for n, path in enumerate(paths)]
    # Small blocks: a worker given the last one finishes soon after the others.
    blocks = max(BLOCKS_PER_CPU * cpus, -(-len(rows) // BLOCK_FILES))
    loaded = (
        from_items(rows, override_num_blocks=max(1, min(len(rows), blocks)))
        .flat_map(
            stages.load_rows,
            fn_kwargs={
                "max_bytes": settings.max_input_bytes,
                "language": settings.spacy_model,
                "debug": settings.debug,
            },
        )
        .materialize()
    )
    names: dict[tuple[int, int], str] = {}
    yield from _listing(loaded, OutputFolder(settings.output_dir), names)
    if not names:
        return
    kept = loaded.map_batches(stages.named, fn_kwargs={"names": names}, batch_format="pyarrow")
    written = _summarised_and_written(kept, settings, now, keep_memos, resources, cpus)
    yield from _in_order(written, sorted(names))


def _in_order(written: Any, keys: list[tuple[int, int]]) -> Iterator[Outcome]:
    """The outcomes in input order, as on one machine (a digest cites its sources in it), each
    yielded as soon as those before it are. Asking Ray Data to keep the order instead held
    every memo back to the end of a run of 200."""
    waiting: dict[tuple[int, int], bytes] = {}
    position = 0
    for batch in written.iter_batches(batch_format="pyarrow", batch_size=None):
        rows = zip(batch["index"].to_pylist(), batch["record"].to_pylist(), strict=True)
        waiting.update(zip(rows, batch["outcome"].to_pylist(), strict=True))
        while position < len(keys) and keys[position] in waiting:
            outcome = pickle.loads(waiting.pop(keys[position]))
            if isinstance(outcome, stages.EngineFailed):
                raise BriefingError(str(outcome))
            yield outcome
            position += 1


def _listing(
    loaded: Any, output: OutputFolder, names: dict[tuple[int, int], str]
) -> Iterator[Outcome]:
    """Failed and repeated inputs as outcomes; every other document named, in input order."""
    listing = sorted(
        loaded.select_columns(list(stages.LISTING)).iter_rows(),
        key=lambda row: (row["index"], row["record"]),
    )
    seen: dict[str, Path] = {}
    for row in listing:
        if row["error"]:
            yield Outcome(path=input_path(row["path"]), error=row["error"])
        elif row["sha256"] in seen:
            yield duplicate(input_path(row["article_path"]), seen[row["sha256"]])
        else:
            seen[row["sha256"]] = input_path(row["article_path"])
            names[row["index"], row["record"]] = output.claim(row["title"], row["sha256"])


def _summarised_and_written(
    kept: Any, settings: Settings, now: str, keep_memos: bool, resources: dict, cpus: int
) -> Any:
    """The memos written, as outcomes. On CPUs, one actor per CPU both summarises and writes
    (the engine is about a third of an article's CPU, so a pool of engines beside writing tasks
    leaves one or the other short of CPUs); with `--device cuda`, a pool of one actor per GPU
    runs the engine, and CPU tasks write. Ray Data restarts an actor whose process dies and
    hands its batch to the new one."""
    from ray.data import ActorPoolStrategy

    if settings.device is None or not settings.device.startswith("cuda"):
        workers = ActorPoolStrategy(
            min_size=1,
            max_size=cpus,
            initial_size=cpus,
            # One batch running and one waiting: no actor idles between batches, and none
            # holds a queue of them while another has nothing left to do.
            max_tasks_in_flight_per_actor=2,
        )
        return kept.map_batches(
            stages.MemoWorker,
            fn_constructor_kwargs={"settings": settings, "now": now, "keep_memos": keep_memos},
            batch_size=WORKER_BATCH,
            batch_format="pyarrow",
            num_cpus=1,
            compute=workers,
        )
    gpus = int(resources.get("GPU", 0))
    if gpus < 1:
        raise ClusterError(f"--device {settings.device}: the Ray cluster has no GPU")
    return kept.map_batches(
        stages.EngineWorker,
        fn_constructor_kwargs={"settings": settings},
        batch_size=GPU_BATCH,
        batch_format="pyarrow",
        num_gpus=1,
        compute=ActorPoolStrategy(min_size=1, max_size=gpus),
    ).map_batches(
        stages.write_rows,
        fn_kwargs={"settings": settings, "now": now, "keep_memos": keep_memos},
        batch_size=GPU_BATCH // 4,
        batch_format="pyarrow",
    )
