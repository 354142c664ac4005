"""The library call behind `briefing make`: `make` finds the article files, writes a memo for each
(on this machine or on a cluster) and the digest when asked, and returns what became of each
input as a record. The CLI parses its options into `Settings`, calls `make` and prints.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .cluster import is_url, list_inputs
from .config import Settings
from .errors import BriefingError, UsageError
from .load import SUPPORTED_SUFFIXES, discover
from .pipeline import Outcome, make_memos
from .summarise import engine_names, unknown_engine

if TYPE_CHECKING:
    from .digest import Digest
    from .records import Memo

CLUSTERS = ("ray",)


@dataclass(frozen=True)
class DigestOutcome:
    """What became of the run's digest: its files, or why there are none."""

    files: tuple[Path, ...] = ()
    digest: Digest | None = None
    note: str | None = None  # what layout moved or shortened to fit the first page
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class MakeResult:
    """What one `make` did: an outcome per input, in input order, and the digest's (None when
    no digest was asked for)."""

    outcomes: tuple[Outcome, ...]
    digest: DigestOutcome | None = None

    @property
    def written(self) -> int:
        """The number of memos written."""
        return sum(o.written for o in self.outcomes)

    @property
    def failed(self) -> int:
        """The number of inputs that failed, and 1 more if the digest did."""
        digest_failed = self.digest is not None and not self.digest.ok
        return sum(not o.ok for o in self.outcomes) + digest_failed

    @property
    def ok(self) -> bool:
        return self.failed == 0


def make(
    inputs: str | Path | Iterable[str | Path],
    settings: Settings | None = None,
    *,
    digest: bool = False,
    cluster: str | None = None,
    keep_memos: bool = True,
    on_start: Callable[[int], None] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> MakeResult:
    """Write a memo for every article file in `inputs` (files, and folders read recursively)
    and, with `digest`, one digest across them, as `briefing make` does; say what became of each.

    `cluster="ray"` runs the stages on the Ray cluster at $RAY_ADDRESS (else on a local one
    started for the run); only there may an input be a URL (a string: `s3://bucket/folder/`).
    `keep_memos=False` leaves the `Memo` out of the outcomes returned, for a long run whose
    memos are wanted only on disk. For a progress report, `on_start` is called with the number
    of input files once they are found, and `on_outcome` with each outcome as it is known, in
    input order.

    Raises `UsageError` before any work when the call cannot start, and `BriefingError` when the
    run cannot go on (the engine does not start, another run writes into the output folder). A
    bad article never raises: it is a failed outcome, and the others go on.
    """
    settings = settings or Settings()
    paths = _input_files(inputs, settings, cluster)
    if on_start is not None:
        on_start(len(paths))
    outcomes: list[Outcome] = []
    memos: list[Memo] = []  # for the digest
    memo_files: dict[str, str | None] = {}  # each article's HTML memo, for the digest's links
    with closing(_memos(paths, settings, cluster, keep_memos or digest)) as arriving:
        for outcome in arriving:
            if on_outcome is not None:
                on_outcome(outcome)
            if digest and outcome.written and outcome.memo is not None:
                memos.append(outcome.memo)
                html = [f.name for f in outcome.files if f.suffix == ".html"]
                memo_files[outcome.memo.document.article.sha256] = (html or [None])[0]
            outcomes.append(outcome if keep_memos else replace(outcome, memo=None))
    written = _digest(memos, settings, memo_files) if digest else None
    return MakeResult(outcomes=tuple(outcomes), digest=written)


def _input_files(
    inputs: str | Path | Iterable[str | Path], settings: Settings, cluster: str | None
) -> list[Path]:
    """The article files to read, after checking that the call can start at all."""
    if settings.engine not in engine_names():
        raise UsageError(unknown_engine(settings.engine), "engine")
    if cluster is not None and cluster not in CLUSTERS:
        raise UsageError(
            f"unknown cluster {cluster!r}; choose from {', '.join(CLUSTERS)}", "cluster"
        )
    given = [inputs] if isinstance(inputs, str | Path) else list(inputs)
    urls = [str(item) for item in given if is_url(item)]
    if urls and cluster is None:
        raise UsageError(f"URL inputs need --cluster ray: {', '.join(urls)}")
    local = [Path(item) for item in given if str(item) not in urls]
    missing = [str(p) for p in local if not p.exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}", "inputs")
    paths: list[Path] = []
    for item in given:
        if str(item) in urls:
            paths += list_inputs(str(item))
        else:
            paths += discover([Path(item)])
    if not paths:
        kinds = ", ".join(SUPPORTED_SUFFIXES)
        raise UsageError(f"no supported article files ({kinds}) found")
    return paths


def _memos(
    paths: Sequence[Path], settings: Settings, cluster: str | None, keep_memos: bool
) -> Generator[Outcome, None, None]:
    """The outcomes of `make_memos` on this machine, or of the same stages on a cluster."""
    if cluster is None:
        return make_memos(paths, settings)
    from .cluster import make_memos_on_cluster

    return make_memos_on_cluster(paths, settings, keep_memos, quiet=True)


def _digest(
    memos: Sequence[Memo], settings: Settings, memo_files: dict[str, str | None]
) -> DigestOutcome:
    """The run's digest written beside its memos, or why it could not be."""
    if not memos:
        return DigestOutcome(error="no memo was written, so there is nothing to digest")
    from .digest import make_digest

    try:
        made, written = make_digest(memos, settings, memo_files)
    except (BriefingError, OSError) as exc:
        return DigestOutcome(error=str(exc))
    return DigestOutcome(files=written.paths, digest=made, note=written.note)
