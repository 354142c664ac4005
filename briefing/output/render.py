"""Render: memos to Markdown, HTML and JSON text, through Jinja2 templates.

Article text is untrusted: HTML is autoescaped, Markdown is escaped by the `md` filter, and file
names are slugs. Writing the files is `briefing.output.files`'s; the memo's files and their names
are `briefing.output.folder`'s.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..config import MemoSettings
from ..load.meta import display_date
from ..records import Entity, KeyPoint, Memo, paragraph_label
from ..resources import resource_dir
from .fonts import FACES

DIGEST_PREFIX = "digest-"
SUFFIXES = {"md": ".md", "html": ".html", "json": ".json", "pdf": ".pdf"}


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
    env.filters["cited"] = paragraph_label  # [3, 4] -> "3–4"
    env.globals["font_faces"] = FACES  # the @font-face rules of the built-in style
    return env


# Markdown's inline syntax, escaped. Not "(", ")" nor "!": a link or an image needs a "[" as well,
# and news is full of them ("(sporting director) Frank Arnesen", "We won!"), which a reader
# copying from the Markdown would otherwise get with backslashes.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+|~])")


# What GitHub-flavoured Markdown links without being asked (its "autolink" extension): e-mail
# addresses, "scheme://" and "www." addresses. Only the memo's own Source line is a link.
_EMAIL = re.compile(r"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)", re.ASCII)
_SCHEME = re.compile(r":(?=//)")
_WWW = re.compile(r"\b(www)\.", re.IGNORECASE)


def escape_markdown(text: Any) -> str:
    """Make untrusted text inert in Markdown, CommonMark and GitHub-flavoured: no links (bare
    addresses included), images, HTML, headings or emphasis. An e-mail address becomes a code
    span, the one form GFM never links that keeps every character as it was."""
    text = " ".join(str(text).split())  # no line breaks: a newline could start a block
    pieces = _EMAIL.split(text)  # odd places: the addresses
    text = "".join(f"`{p}`" if n % 2 else _escape_inline(p) for n, p in enumerate(pieces))
    text = re.sub(r"^([-=])", r"\\\1", text)  # a list item, a rule or a setext underline
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", text)  # "1." at line start would become a list


# "&" starts a character reference only before a name or number and ";" ("&copy;", "&#60;"):
# escaped there alone, so the Markdown reads "Duff & Phelps" as written.
_REFERENCE = re.compile(r"&(?=#?\w+;)")


def _escape_inline(text: str) -> str:
    text = _MD_SPECIAL.sub(r"\\\1", text)  # "<" and ">" too: "\<b>" is text, not a tag
    text = _REFERENCE.sub(r"\\&", text)
    return _WWW.sub(r"\1\\.", _SCHEME.sub(r"\\:", text))


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
        # When the article came out, as a reader writes it: the memo's own date is `date`.
        "published": display_date(source.published),
        "opinion": memo.opinion,  # the writer's own view, printed as such
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
        "bluf_point": _point(memo.bluf, memo),
        "key_points": [_point(p, memo) for p in memo.key_points],
        "background": memo.background,
        # the paragraphs of the background sentences the memo prints (it may be cut to fit)
        "background_paragraphs": sorted(
            {n for text, n in memo.background_sources if text in memo.background}
        ),
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


def _point(point: KeyPoint, memo: Memo) -> dict[str, Any]:
    sentences = memo.document.sentences
    return {
        "text": point.text,
        "paragraph": point.paragraph,
        "paragraphs": list(point.paragraphs or (point.paragraph,)),
        "sentences": list(point.sentences),
        # The article's own words behind the point, so a reader or a tool can check the wording.
        "source": " ".join(sentences[i].text for i in point.sentences if i < len(sentences)),
        "support": point.support,
        "unsupported": list(point.unsupported),
        "rank": point.rank,
        "watch": point.watch,
    }


@dataclass(frozen=True)
class Page:
    """How a memo is printed: fixed fields from settings, and what layout had to leave out."""

    settings: MemoSettings = field(default_factory=MemoSettings)
    appendix: bool = True  # the HTML file carries the article text, for its [¶n] links
    dropped_points: int = 0
    shortened: tuple[str, ...] = ()  # parts layout shortened to fit: "background", ...
    # A digest too long for one page: "Also today" and the sources go on the pages after the
    # first; `first_only` leaves them out, to measure the first page alone.
    overflow: bool = False
    first_only: bool = False

    def context(self) -> dict[str, Any]:
        return {
            "banner": self.settings.banner,
            "to": self.settings.to,
            "sender": self.settings.sender,
            "size": self.settings.page_size,
            "appendix": self.appendix,
            "dropped_points": self.dropped_points,
            "shortened": list(self.shortened),
            "overflow": self.overflow,
            "first_only": self.first_only,
        }


def render(
    memo: Memo, fmt: str, templates_dir: Path | None = None, page: Page | None = None
) -> str:
    """The memo as Markdown, HTML or JSON text (PDF: `briefing.output.fit.render_pdf`)."""
    return render_data("memo", memo_data(memo), fmt, templates_dir, page)


def render_data(
    kind: str, data: dict[str, Any], fmt: str, templates_dir: Path | None, page: Page | None
) -> str:
    """`data` as JSON, or through the `<kind>.<fmt>.j2` template (kind: memo or digest)."""
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    template = environment(templates_dir).get_template(f"{kind}.{fmt}.j2")
    return template.render({kind: data, "page": (page or Page()).context()})
