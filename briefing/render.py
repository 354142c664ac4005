"""Render: memos to Markdown, HTML and JSON files, through Jinja2 templates.

Article text is untrusted: HTML is autoescaped, Markdown is escaped by the `md` filter, and file
names are slugs. Files are written to a temporary name and renamed, so no memo is half-written.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .config import MemoSettings
from .records import Entity, KeyPoint, Memo

PACKAGE_DIR = Path(__file__).resolve().parent
MANIFEST = ".briefing-manifest.jsonl"
# Before the journal: one JSON object of every name, rewritten after each new memo. Still read.
OLD_MANIFEST = ".briefing-manifest.json"
DIGEST_PREFIX = "digest-"
SUFFIXES = {"md": ".md", "html": ".html", "json": ".json", "pdf": ".pdf"}


def resource_dir(name: str) -> Path:
    """`templates` or `prompts`: inside the installed wheel, else at the top of the checkout."""
    for candidate in (PACKAGE_DIR / "_data" / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"cannot find the {name} folder of the briefing package")


@lru_cache(maxsize=8)
def environment(templates_dir: Path | None = None):
    import jinja2

    search = [str(templates_dir)] if templates_dir else []
    search.append(str(resource_dir("templates")))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search),
        # Read once: checking every template file's time before every memo cost 5,000 stat
        # calls on 1,000 memos.
        auto_reload=False,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2")),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = escape_markdown
    return env


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")


def escape_markdown(text: Any) -> str:
    """Make untrusted text inert in Markdown: no links, images, HTML, headings or emphasis."""
    text = " ".join(str(text).split())  # no line breaks: a newline could start a block
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = re.sub(r"^([-=])", r"\\\1", text)  # a list item, a rule or a setext underline
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", text)  # "1." at line start would become a list


def slugify(text: str, limit: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug or "article"


def safe_link(url: str | None) -> str | None:
    """`url` when it is a plain http(s) address, else None: only these become links."""
    if not url or any(c.isspace() or ord(c) < 32 or c in "\"'<>`\\" for c in url):
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def memo_data(memo: Memo) -> dict[str, Any]:
    """The memo as plain data: the JSON file, and the context every template gets."""
    article, source = memo.document.article, memo.document.article.source
    return {
        "title": article.title,
        "date": memo.generated_at[:10],
        "source": {
            "url": source.url,
            "link": safe_link(source.url),
            "outlet": source.outlet,
            "published": source.published,
            "author": source.author,
            "dateline": source.dateline,
        },
        "tags": list(source.tags),
        "bluf": memo.bluf.text,
        "bluf_point": _point(memo.bluf),
        "key_points": [_point(p) for p in memo.key_points],
        "background": memo.background,
        "entities": {
            "people": [e.label for e in memo.entities.people],
            "organisations": [e.label for e in memo.entities.organisations],
            "places": [e.label for e in memo.entities.places],
            "all": [_entity(e) for e in memo.entities.found],
        },
        "paragraphs": list(article.paragraphs),
        "engine": {"name": memo.engine.name, "model": memo.engine.model},
        "generated_at": memo.generated_at,
        "input": {"path": str(article.path), "sha256": article.sha256},
    }


def _entity(entity: Entity) -> dict[str, Any]:
    return {
        "name": entity.name,
        "type": entity.kind,
        "aliases": list(entity.aliases),
        "mentions": entity.mentions,
        "role": entity.role,
        "paragraphs": list(entity.paragraphs),
    }


def _point(point: KeyPoint) -> dict[str, Any]:
    return {
        "text": point.text,
        "paragraph": point.paragraph,
        "sentences": list(point.sentences),
        "support": point.support,
        "unsupported": list(point.unsupported),
        "rank": point.rank,
    }


@dataclass(frozen=True)
class Page:
    """How a memo is printed: fixed fields from settings, and what layout had to leave out."""

    settings: MemoSettings = field(default_factory=MemoSettings)
    appendix: bool = True  # the HTML file carries the article text, for its [¶n] links
    dropped_points: int = 0
    shortened: tuple[str, ...] = ()  # parts layout shortened to fit: "background", ...

    def context(self) -> dict[str, Any]:
        return {
            "banner": self.settings.banner,
            "to": self.settings.to,
            "sender": self.settings.sender,
            "size": self.settings.page_size,
            "appendix": self.appendix,
            "dropped_points": self.dropped_points,
            "shortened": list(self.shortened),
        }


def render(
    memo: Memo, fmt: str, templates_dir: Path | None = None, page: Page | None = None
) -> str:
    """The memo as Markdown, HTML or JSON text (PDF: `briefing.layout.render_pdf`)."""
    return render_data("memo", memo_data(memo), fmt, templates_dir, page)


def render_data(
    kind: str, data: dict[str, Any], fmt: str, templates_dir: Path | None, page: Page | None
) -> str:
    """`data` as JSON, or through the `<kind>.<fmt>.j2` template (kind: memo or digest)."""
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    template = environment(templates_dir).get_template(f"{kind}.{fmt}.j2")
    return template.render({kind: data, "page": (page or Page()).context()})


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write to a temporary file in the same folder, then rename: readers never see half a file.

    The temporary file is created as `open` creates files (0o666 less the umask, applied by the
    system), so the memo keeps those permissions with no `chmod`, and no reading of the umask,
    which can only be read by setting it: a race with any other thread creating files. The
    folder is made when it is missing, not checked before every file.
    """
    try:
        fd, tmp = _create_temporary(path)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = _create_temporary(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content if isinstance(content, bytes) else content.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _create_temporary(path: Path) -> tuple[int, Path]:
    """A new hidden file beside `path`, opened for writing; a random name, taken only if free."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue


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
            from .layout import fit_memo, render_pdf

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


@dataclass(frozen=True)
class Written:
    """The files written for one memo, and what layout left out to fit the page (or None)."""

    paths: tuple[Path, ...]
    note: str | None = None
