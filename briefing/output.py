"""Output: the folder memos are written to, each memo in every format it is asked for.

HTML and PDF are fitted to one printed page first (`briefing.layout`). A manifest keeps two
different articles from ever sharing a file name.
"""

from __future__ import annotations

import json
from pathlib import Path

from .config import MemoSettings
from .records import Memo
from .render import DIGEST_PREFIX, SUFFIXES, Page, Written, render, slugify, write_atomic

MANIFEST = ".briefing-manifest.jsonl"
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

    def __init__(self, root: Path) -> None:
        self.root = root
        self._manifest_path = root / MANIFEST
        self._owners: dict[str, str] = _read_old_manifest(root / OLD_MANIFEST)
        self._owners.update(_read_manifest(self._manifest_path))

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
    ) -> Written:
        """Write `memo` in every format; HTML and PDF are fitted to one printed page first."""
        article = memo.document.article
        slug = self.name_for(article.title, article.sha256)
        # Render everything before writing anything: a template error leaves no partial memo.
        rendered: dict[str, str | bytes] = {
            fmt: render(memo, fmt, templates_dir, Page(settings or MemoSettings()))
            for fmt in formats
            if fmt in ("md", "json")
        }
        fit = None
        if "html" in formats or "pdf" in formats:
            from .layout import fit_memo  # WeasyPrint and the fonts: only for HTML and PDF
            from .pages import render_pdf

            fit = fit_memo(memo, templates_dir, settings or MemoSettings())
            if "html" in formats:
                rendered["html"] = fit.html
            if "pdf" in formats:
                rendered["pdf"] = render_pdf(fit.print_html)
        paths = []
        for fmt in formats:
            path = self.root / f"{slug}{SUFFIXES[fmt]}"
            write_atomic(path, rendered[fmt])
            paths.append(path)
        if self._owners.get(slug) != article.sha256:
            self._owners[slug] = article.sha256
            _append_line(self._manifest_path, json.dumps({"name": slug, "sha256": article.sha256}))
        return Written(paths=tuple(paths), note=fit.note if fit else None)


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
    The folder is made when it is missing, as `write_atomic` does."""
    try:
        handle = path.open("a+b")
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("a+b")
    with handle:
        start = handle.tell()  # "a" mode: at the end
        if start:
            handle.seek(start - 1)
            if handle.read(1) != b"\n":
                line = "\n" + line
        handle.write(f"{line}\n".encode())
