"""The memo's own fonts: Source Serif Pro and Source Sans Pro (SIL Open Font License 1.1).

They come from the `font-source-serif-pro` and `font-source-sans-pro` packages, so a memo looks
and fits the same on every machine, whatever fonts the system has, and the one-page proofs
(`briefing.output.proofs`) measure the fonts the PDF prints with.

The built-in style names each face by a `briefing-font:` URL, then by its local name. WeasyPrint
reads the URL through `MemoFetcher`, which serves these files and nothing else (a memo loads no
other resource). A browser cannot read such a URL: it uses the font if installed, else the next
family in the style's list; the HTML file carries no path of this machine.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

SCHEME = "briefing-font:"


@dataclass(frozen=True)
class Face:
    """One font file and the CSS descriptors it answers to."""

    family: str  # the CSS font-family
    weight: int
    style: str  # "normal" or "italic"
    package: str
    file: str  # in the package's `files` folder

    @property
    def url(self) -> str:
        return f"{SCHEME}{self.file}"

    @property
    def local_name(self) -> str:
        """The PostScript name, which browsers match with `local()`."""
        return self.file.removesuffix(".ttf")


_SERIF, _SANS = "font_source_serif_pro", "font_source_sans_pro"
FACES = (
    Face("Source Serif Pro", 400, "normal", _SERIF, "SourceSerifPro-Regular.ttf"),
    Face("Source Serif Pro", 400, "italic", _SERIF, "SourceSerifPro-It.ttf"),
    Face("Source Serif Pro", 600, "normal", _SERIF, "SourceSerifPro-Semibold.ttf"),
    Face("Source Serif Pro", 700, "normal", _SERIF, "SourceSerifPro-Bold.ttf"),
    Face("Source Serif Pro", 700, "italic", _SERIF, "SourceSerifPro-BoldIt.ttf"),
    Face("Source Sans Pro", 400, "normal", _SANS, "SourceSansPro-Regular.ttf"),
    Face("Source Sans Pro", 400, "italic", _SANS, "SourceSansPro-It.ttf"),
    Face("Source Sans Pro", 700, "normal", _SANS, "SourceSansPro-Bold.ttf"),
    Face("Source Sans Pro", 700, "italic", _SANS, "SourceSansPro-BoldIt.ttf"),
)
_BY_URL = {face.url: face for face in FACES}


def font_file(face: Face) -> Path:
    """Where the face's file is installed."""
    return Path(str(resources.files(face.package) / "files" / face.file))


@lru_cache(maxsize=len(FACES))
def _font_bytes(url: str) -> bytes:
    return font_file(_BY_URL[url]).read_bytes()


@lru_cache(maxsize=1)
def memo_fetcher() -> Any:
    """WeasyPrint's URL fetcher for memos: the bundled fonts, and no other resource."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class MemoFetcher(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            if url not in _BY_URL:
                # Refusing every other fetch keeps rendering offline and inert.
                raise ValueError(f"briefing memos load no resources ({url[:60]})")
            return URLFetcherResponse(url, _font_bytes(url), {"Content-Type": "font/ttf"})

    return MemoFetcher()


@lru_cache(maxsize=1)
def font_configuration() -> Any:
    """One WeasyPrint font configuration for every memo of the process.

    Each configuration copies the fonts of the style's `@font-face` rules into a temporary
    folder of its own and registers them with fontconfig; sharing one does that once, not at
    every layout. Its cleanup, which removes the folder, is run when the process exits: objects
    still referenced then are not always collected.
    """
    from weasyprint.text.fonts import FontConfiguration

    configuration = FontConfiguration()
    weakref.finalize(configuration, _remove_fonts, configuration)
    return configuration


def _remove_fonts(configuration: Any) -> None:
    """The configuration's cleanup, run once: marked done, so that the object's own `__del__`,
    if it is collected later as the interpreter shuts down, does nothing."""
    configuration.__del__()
    configuration._folder = None


def embed_whole_fonts(html: str) -> bool:
    """Whether a PDF of `html` should embed the bundled fonts whole rather than subset them.

    Subsetting keeps a memo's PDF near 20 KiB. WeasyPrint does it in C with the HarfBuzz-Subset
    library (about 30 ms a memo), else in Python with fontTools (about 1 s). Without the library,
    whole fonts are embedded instead (about 0.2 s and 600 KiB), when the HTML uses the bundled
    fonts and only characters all of them have: a system font drawn for any other character
    (a CJK font can weigh 20 MB) is never embedded whole.
    """
    if _harfbuzz_subsets() or SCHEME not in html:
        return False
    return set(html) - _CONTROL <= _covered()


_CONTROL = set("\t\n\r")


@lru_cache(maxsize=1)
def _harfbuzz_subsets() -> bool:
    """Whether WeasyPrint subsets fonts with HarfBuzz (as it does with HarfBuzz-Subset >= 4.1)."""
    from weasyprint.text import ffi

    library = getattr(ffi, "harfbuzz_subset", None)
    return library is not None and bool(ffi.harfbuzz.hb_version_atleast(4, 1, 0))


@lru_cache(maxsize=1)
def _covered() -> frozenset[str]:
    """The characters every bundled face has."""
    from fontTools.ttLib import TTFont

    maps = [set(TTFont(font_file(face), lazy=True).getBestCmap()) for face in FACES]
    return frozenset(map(chr, set.intersection(*maps)))
