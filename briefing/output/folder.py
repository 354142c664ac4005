"""Output: the folder memos are written to, each memo in every format it is asked for.

HTML and PDF are fitted to one printed page first (`briefing.output.fit`). A manifest keeps two
different articles from ever sharing a file name.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..config import MemoSettings
from ..errors import BriefingError
from ..records import Memo
from .files import _TEMPORARY, Written, write_all
from .render import DIGEST_PREFIX, SUFFIXES, Page, render, slugify

MANIFEST = ".briefing-manifest.jsonl"
LOCK = ".briefing.lock"  # held by the run writing into the folder
# Before the journal: one JSON object of every name, rewritten after each new memo. Still read.
OLD_MANIFEST = ".briefing-manifest.json"


class OutputFolder:
    """Where memos go. Keeps a manifest so two different articles never share a file name.

    The manifest is a journal: when a name gets a new owner, a line `{"name": ..., "sha256": ...}`
    is appended, and the last line for a name wins. Appending keeps a memo's cost the same
    however many came before it; rewriting the whole manifest after each memo made a run's cost
    grow with the square of its memos (1,000 rewrites of up to 1,000 names: 0.41 CPU seconds
    and 1,000 new files). A line cut short by a crash is skipped when the journal is read.
    """

    def __init__(self, root: Path, *, proofs_from_first: bool = False) -> None:
        """`proofs_from_first`: the memos to come are many (see `fit.fit_memo`), so the page's
        glyph widths are read at the first, not after a few memos laid out in full."""
        self.root = root
        self._manifest_path = root / MANIFEST
        self._owners: dict[str, str] = _read_old_manifest(root / OLD_MANIFEST)
        self._owners.update(_read_manifest(self._manifest_path))
        self._proofs_from_first = proofs_from_first
        self._fitted = 0  # memos this folder has fitted to a page

    def lock(self) -> FolderLock:
        """Claim the folder for this run: a second run into it fails with a clear message
        rather than overwrite this one's memos. Temporary files that a killed run left are
        removed, and the manifest is read again, as the last run left it."""
        claimed = FolderLock.claim(self.root)
        for stale in self.root.glob(".*.tmp"):
            if _TEMPORARY.fullmatch(stale.name):
                stale.unlink(missing_ok=True)
        self._owners = _read_old_manifest(self.root / OLD_MANIFEST)
        self._owners.update(_read_manifest(self._manifest_path))
        return claimed

    def name_for(self, title: str, sha256: str) -> str:
        """The slug of `title`, made unique when another article already owns it."""
        slug = slugify(title)
        owner = self._owners.get(slug)
        # "digest-<date>" is the run's digest; an article titled "Digest ..." never takes it.
        if (owner is not None and owner != sha256) or slug.startswith(DIGEST_PREFIX):
            slug = f"{slug}-{sha256[:8]}"
        return slug

    def write(
        self,
        memo: Memo,
        formats: tuple[str, ...],
        templates_dir: Path | None,
        settings: MemoSettings | None = None,
        name: str | None = None,
    ) -> Written:
        """Write `memo` in every format; HTML and PDF are fitted to one printed page first.

        `name`: the file name (no suffix) `claim` gave the memo already, for writers that run
        apart from the process that keeps the manifest; None: claimed here, after writing."""
        article = memo.document.article
        slug = name or self.name_for(article.title, article.sha256)
        # Render everything before writing anything: a template error leaves no partial memo.
        rendered: dict[str, str | bytes] = {
            fmt: render(memo, fmt, templates_dir, Page(settings or MemoSettings()))
            for fmt in formats
            if fmt in ("md", "json")
        }
        fit = None
        if "html" in formats or "pdf" in formats:
            from .fit import LAYOUTS_BEFORE_PROOFS, fit_memo, render_pdf

            calibrate_now = self._proofs_from_first or self._fitted >= LAYOUTS_BEFORE_PROOFS
            fit = fit_memo(
                memo, templates_dir, settings or MemoSettings(), calibrate_now=calibrate_now
            )
            self._fitted += 1
            if "html" in formats:
                rendered["html"] = fit.html
            if "pdf" in formats:
                rendered["pdf"] = render_pdf(fit.print_html)
        files = {self.root / f"{slug}{SUFFIXES[fmt]}": rendered[fmt] for fmt in formats}
        write_all(files)
        paths = list(files)
        if name is None:
            self._record(slug, article.sha256)
        return Written(paths=tuple(paths), note=fit.note if fit else None)

    def claim(self, title: str, sha256: str) -> str:
        """The name `write` would give an article with this title and content, recorded in the
        manifest now, before its memo is written elsewhere."""
        slug = self.name_for(title, sha256)
        self._record(slug, sha256)
        return slug

    def _record(self, slug: str, sha256: str) -> None:
        if self._owners.get(slug) != sha256:
            self._owners[slug] = sha256
            _append_line(self._manifest_path, json.dumps({"name": slug, "sha256": sha256}))


def _read_manifest(path: Path) -> dict[str, str]:
    owners: dict[str, str] = {}
    try:
        lines = path.read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return owners
    for line in lines:
        try:
            entry = json.loads(line)
            name, sha256 = entry["name"], entry["sha256"]
        except (ValueError, TypeError, KeyError):
            continue  # cut short by a crash, or not ours
        if isinstance(name, str) and isinstance(sha256, str):
            owners[name] = sha256
    return owners


def _read_old_manifest(path: Path) -> dict[str, str]:
    try:
        owners = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(owners, dict):
        return {}
    return {k: v for k, v in owners.items() if isinstance(k, str) and isinstance(v, str)}


def _append_line(path: Path, line: str) -> None:
    """Append `line` to the journal at `path`, on a line of its own even after a cut-short one.
    The folder is made when it is missing, as `write_atomic` does. A symbolic link in its place
    is refused: the journal is never written outside the folder."""
    flags = os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, 0o666)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, flags, 0o666)
    except OSError as exc:
        if path.is_symlink():
            raise OSError(exc.errno, "it is a symbolic link; remove it", str(path)) from exc
        raise
    with os.fdopen(fd, "a+b") as handle:
        start = handle.tell()  # "a" mode: at the end
        if start:
            handle.seek(start - 1)
            if handle.read(1) != b"\n":
                line = "\n" + line
        handle.write(f"{line}\n".encode())


class FolderLock:
    """An exclusive lock on an output folder (`flock` on its `.briefing.lock`), released when
    the run ends or its process dies, so a killed run never leaves the folder locked."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    @classmethod
    def claim(cls, root: Path) -> FolderLock:
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock, as before
            return cls(None)
        root.mkdir(parents=True, exist_ok=True)
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(root / LOCK, flags, 0o666)
        except OSError as exc:
            raise BriefingError(f"cannot lock {root / LOCK}: {exc.strerror}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            who = f" (process {holder})" if holder.isdigit() else ""
            raise BriefingError(
                f"another briefing run{who} is writing memos to {root}; wait for it to finish, "
                "or write to another folder with -o"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return cls(fd)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the only descriptor releases the flock
            self._fd = None
