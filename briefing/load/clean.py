"""Clean: raw article text to an `Article`.

Article text is untrusted and usually damaged by copy-and-paste from web pages. This stage strips
metadata lines into fields (source URL, tags, author, date, dateline), drops junk lines, rebuilds
paragraphs from hard-wrapped lines, splits words fused at lost line breaks, and finds a title, or
makes one when the file has none.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

from ..records import Article, Source
from .decode import normalise
from .formats import RawArticle
from .fused.splitter import Splitter
from .lines import join_lines
from .meta import headline_from_text, iso_date

_META_LINE = re.compile(
    r"^\s*(?P<key>source|url|link|canonical|tags?|keywords|by|author|published|updated|date|title)"
    r"\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^\s*By\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&)){0,5})\s*$")
_URL = re.compile(r"https?://\S+")
# "ISLAMABAD:", "LONDON (Reuters) -" or "WASHINGTON (CNN) --" at the start of the first
# paragraph; a place in mixed case only before a news agency's credit ("Hong Kong (CNN) Six
# people ...", "BAGHDAD, Iraq (CNN) --"), as "Mr Smith: ..." is no dateline.
_AGENCIES = r"CNN|AP|AFP|Reuters|BBC|PA|UPI|Xinhua|Bloomberg|dpa|ANSA|EFE|Kyodo|Yonhap"
# "BAGHDAD, Iraq (CNN) --", "Hong Kong (CNN)Six people ...", "(CNN) -- A train ...": the place
# and, where the dateline names one, the outlet that wrote the story
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.' ]{1,30})?)"
    rf"(?:\s*\((?:(?P<agency>{_AGENCIES})|[^)]{{1,40}})\))?\s*(?::|\s[-–—]{{1,2}})\s+(?=\S)"
    r"|^(?P<named_place>[A-Z][\w.'\-]*(?:\s[A-Z][\w.'\-]*){0,3}(?:,\s*[A-Z][\w.' ]{1,30})?)?"
    rf"\s*\((?P<named_agency>{_AGENCIES})\)\s*(?:[-–—]{{1,2}}\s*)?(?=\S)"
)
_ADDRESS = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?")  # a URL without its scheme
_SENTENCE_END = re.compile(r"[.!?…:;\"”']\s*$")
# Whole lines that are page furniture, not article text.
_BOILERPLATE = re.compile(
    r"(?:advertisement|advert|sponsored( content)?|share( this)?( article| story| page)?"
    r"|share (?:on|via) \w+|(?:read|see) (?:more|also)\b.*|related (?:articles|stories|topics)"
    r"|(?:sign up|subscribe)\b.{0,60}|skip to (?:main )?content|image (?:source|caption|copyright)"
    r"\b.{0,60}|(?:accept|reject|manage)(?: all)? cookies|we use cookies\b.{0,120}"
    r"|follow us on \w+.{0,40}|(?:copyright|©)\b.{0,80}|all rights reserved\.?|print|email"
    r"|media playback is (?:not supported|unsupported) on (?:this|your) device)"
    r"[.:!]?",
    re.IGNORECASE,
)


def parse_text(text: str, path: Path, sha256: str, raw: RawArticle | None = None) -> Article:
    """An `Article` from raw text; `raw` carries metadata the file format held, if any."""
    raw = raw or RawArticle(text=text)
    meta, lines = _metadata_lines(normalise(text).split("\n"))
    blocks = _paragraphs(lines)
    tags = list(raw.tags) or [t.strip() for t in re.split(r"[,;|]", meta.get("tag", "")) if t]
    title = raw.title or meta.get("title")

    # Split fused words before looking for the title and dateline ("ISLAMABAD:Pakistan and...").
    splitter = Splitter([*blocks, *([title] if title else []), *tags])
    blocks = [splitter.split(b) for b in blocks]
    tags = [splitter.split(t) for t in tags if t.strip()]
    if title:
        title = splitter.split(normalise(title))
        # A page's headline often opens its body too (the <h1> above the text): say it once.
        if len(blocks) > 1 and _looks_like_title(blocks[0]) and _same_headline(blocks[0], title):
            blocks.pop(0)
    elif blocks and blocks[0].startswith("#"):
        title = blocks.pop(0).lstrip("#").strip()
    elif len(blocks) > 1 and _looks_like_title(blocks[0]):
        title = blocks.pop(0)
    if title:
        title = _PICTURE_POINTER.sub("", title).strip()  # "Aubrey de Grey (pictured) says ..."
    dateline = agency = None
    if blocks and (m := _DATELINE.match(blocks[0])):
        dateline = (m["place"] or m["named_place"] or "").strip() or None
        agency = m["agency"] or m["named_agency"]
        blocks[0] = blocks[0][m.end() :]
    writer = _writers_note(blocks)
    if writer is not None:
        blocks.pop()
    given = [meta.get(k) or "" for k in ("source", "url", "link", "canonical")]
    url = raw.url or next(filter(None, map(_first_url, given)), None)
    if url is None:
        address = next((g.strip() for g in given if _ADDRESS.fullmatch(g.strip())), None)
        url = f"https://{address}" if address else None
    named = meta.get("source", "")
    outlet = (
        named.strip()
        if named and not _URL.search(named) and not _ADDRESS.fullmatch(named.strip())
        else None
    )
    source = Source(
        url=url,
        # the outlet a dateline names is the story's own ("Boston (CNN)"), unlike a credit in
        # the body, which names a picture's source
        outlet=outlet or _outlet(url) or agency,
        published=iso_date(
            raw.published or meta.get("published") or meta.get("date") or meta.get("updated")
        ),
        author=raw.author or meta.get("author") or meta.get("by") or writer,
        dateline=dateline,
        tags=tuple(dict.fromkeys(t.strip() for t in tags if t.strip())),
    )
    body = tuple(b for b in blocks if b)
    return Article(
        path=path,
        sha256=sha256,
        title=title or headline_from_text(body) or title_from_filename(path, body),
        paragraphs=body,
        source=source,
    )


# A note on the writer that ends a piece: "Clark Boyd is technology correspondent for The World,
# a BBC World Service and WGBH-Boston co-production.", "Bill Thompson is a regular commentator
# on the BBC World Service programme Go Digital."
_WRITERS_NOTE = re.compile(
    r"(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}) (?:is|was) (?:a |an |the )?"
    r"(?:[\w-]+ ){0,4}?(?:correspondent|reporter|editor|writer|columnist|journalist|commentator|"
    r"presenter|contributor|blogger|broadcaster|author)\b[^.!?]*[.!?]?"
)
_WRITERS_NOTE_WORDS = 40


def _writers_note(blocks: list[str]) -> str | None:
    """The writer's name, where the article's last paragraph is a note on its writer, one
    sentence about someone the article names nowhere else; else None."""
    if len(blocks) < 2:
        return None
    note = _WRITERS_NOTE.fullmatch(blocks[-1].strip())
    if note is None or len(blocks[-1].split()) > _WRITERS_NOTE_WORDS:
        return None
    name = note["name"]
    surname = name.split()[-1]
    # (a column's opening may name its writer as the one arguing: "..., argues analyst Bill
    # Thompson.")
    opening = _WRITER_IN_THE_OPENING.sub(lambda m: "" if m["name"] == name else m[0], blocks[0])
    if any(re.search(rf"\b{re.escape(surname)}\b", block) for block in [opening, *blocks[1:-1]]):
        return None  # someone the story is about, or quotes
    return name


_WRITER_IN_THE_OPENING = re.compile(
    r"\b(?:argues|writes|asks|explains|reports|says)(?: [a-z][\w-]*){0,3} "
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})"
)


def _metadata_lines(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Metadata lines as fields (first one of each kind wins), and the lines left over.

    Metadata sits above or below the article, never inside it: a "Source: Reuters" between two
    paragraphs is a picture's credit, not the outlet (it is dropped as page furniture), and a
    "Date: ..." there is part of the text.
    """
    first, last = _article_span(lines)
    meta: dict[str, str] = {}
    kept: list[str] = []
    for n, line in enumerate(lines):
        match = _META_LINE.match(line)
        outside = n < first or n > last
        if match and _is_metadata(match["key"].lower(), match["value"]):
            if outside:
                key = match["key"].lower().rstrip("s")
                meta.setdefault("tag" if key == "keyword" else key, match["value"].strip())
            elif match["key"].lower() not in ("source", "url", "link", "canonical"):
                kept.append(line)
        elif (byline := _BYLINE.match(line)) and n < 8:
            meta.setdefault("author", byline["name"])
        elif _is_junk(line):
            continue
        else:
            kept.append(line)
    return meta, kept


def _article_span(lines: list[str]) -> tuple[int, int]:
    """The first and last lines of running prose (a line of eight words or more that is not a
    metadata line); metadata above the first or below the last is the file's own."""
    prose = [
        n
        for n, line in enumerate(lines)
        if len(line.split()) >= 8
        and not ((m := _META_LINE.match(line)) and _is_metadata(m["key"].lower(), m["value"]))
    ]
    return (prose[0], prose[-1]) if prose else (len(lines), -1)


def _is_metadata(key: str, value: str) -> bool:
    # "Source: officials said" in running prose is not metadata; a URL, an address
    # ("www.example.com/x") or an outlet's name ("Source: Reuters") is.
    if key in ("url", "link", "canonical"):
        return bool(_URL.search(value) or _ADDRESS.fullmatch(value.strip()))
    if key == "source":
        short_name = len(value.split()) <= 4 and not _SENTENCE_END.search(value)
        return bool(_URL.search(value) or _ADDRESS.fullmatch(value.strip()) or short_name)
    return bool(value.strip()) and len(value.split()) <= 30 and not _SENTENCE_END.search(value)


def _is_junk(line: str) -> bool:
    """Leftovers of page markup: one long token with no spaces, or a line of page furniture."""
    stripped = line.strip()
    if not stripped:
        return False
    if (
        " " not in stripped
        and len(stripped) >= 8
        and not _URL.match(stripped)
        and re.fullmatch(r"[a-z0-9_\-]+", stripped)
    ):
        return True
    return len(stripped.split()) <= 12 and bool(_BOILERPLATE.fullmatch(stripped))


def _paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated blocks; inside a block, hard-wrapped lines are joined back up."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    paragraphs: list[str] = []
    for block in filter(None, blocks):
        if _hard_wrapped(block):
            paragraphs.append(join_lines(block))
        else:
            paragraphs.extend(block)
    return [re.sub(r"[ \t]+", " ", p).strip() for p in paragraphs]


def _hard_wrapped(block: list[str]) -> bool:
    if len(block) < 2:
        return False
    widths = [len(line) for line in block[:-1]]
    return max(widths) <= 100 and min(widths) >= 0.6 * max(widths)


# A picture's pointer in a headline written beside a photo: "(pictured)", "(left)", "(above)".
_PICTURE_POINTER = re.compile(
    r"\s*\((?:pictured|left|right|centre|center|above|below|top|bottom|inset|file photo)"
    r"(?:[,;][^)]*)?\)",
    re.IGNORECASE,
)


def _same_headline(block: str, title: str) -> bool:
    """Whether `block` is the title again, or the title without a suffix (" | Outlet")."""
    a, b = (" ".join(re.findall(r"\w+", t.lower())) for t in (block.lstrip("#"), title))
    return bool(a) and (a == b or b.startswith(a) or a.startswith(b))


def _looks_like_title(block: str) -> bool:
    words = block.split()
    return 0 < len(words) <= 20 and not re.search(r"[.;,]$", block) and not _DATELINE.match(block)


def _first_url(text: str) -> str | None:
    match = _URL.search(text)
    return match.group(0).rstrip(".,;)") if match else None


def _outlet(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None


_SMALL_WORDS = frozenset("a an and at by for in of on or the to vs with".split())


def title_from_filename(path: Path, paragraphs: tuple[str, ...]) -> str:
    """A title made from the file name, in title case, keeping the article's own spelling of
    words with inner capitals ("MoU", "iPhone")."""
    spellings: Counter[str] = Counter(re.findall(r"[\w’'-]+", " ".join(paragraphs)))
    inner_caps: dict[str, str] = {}
    for word, _ in spellings.most_common():
        if any(c.isupper() for c in word[1:]):
            inner_caps.setdefault(word.lower(), word)
    words = [w for w in re.split(r"[\s_\-]+", path.stem) if w]
    titled = []
    for n, word in enumerate(words):
        if word.lower() in inner_caps:
            titled.append(inner_caps[word.lower()])
        elif n and word.lower() in _SMALL_WORDS:
            titled.append(word.lower())
        else:
            titled.append(word[0].upper() + word[1:])
    return " ".join(titled) or "Untitled article"
