"""Bytes to clean Unicode: detect the encoding, refuse binary data, repair mojibake.

Article files come from anywhere: UTF-8 with or without a byte-order mark, UTF-16 from Windows
tools, cp1252 or Latin-1 from old editors, and UTF-8 that was decoded as cp1252 somewhere along
the way ("cafÃ©"). Each is turned into the same clean text, or refused with a reason.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import InputError

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than tab and line breaks: a few are noise, many mean binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")  # zero-width, BOM, soft hyphen
# An apostrophe a page's encoding turned into "¿", which no English word holds: "Mr Blair¿s
# government", "America¿s National Football League" (bbc_news, as "&#191;").
_LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z])¿(?=(?:s|t|ll|re|ve|d|m)\b)")
_FALLBACK_ENCODINGS = ("cp1252", "latin-1")


def decode(path: Path, data: bytes) -> str:
    """The text in `data`, or an `InputError` naming `path` and saying why there is none."""
    return decode_guessed(path, data)[0]


def decode_guessed(path: Path, data: bytes) -> tuple[str, str]:
    """The text in `data` and the encoding it was read as ("utf-8", "cp1252", "utf-8 with 2
    lines of cp1252" for a file pieced together from both), for `briefing inspect`."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), f"{encoding} (byte-order mark)"
            except UnicodeDecodeError as exc:
                raise InputError(path, f"is not valid {encoding} (byte {exc.start})") from exc
    if b"\x00" in data:
        guessed = _utf16_without_bom(data)
        if guessed is None:
            raise InputError(path, "looks like a binary file, not text")
        return guessed
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    mixed = _mixed_lines(data)
    if mixed is not None:
        return mixed
    return _legacy(path, data, utf8_error)


def _mixed_lines(data: bytes) -> tuple[str, str] | None:
    """A file pieced together from UTF-8 and cp1252 parts (a paste from one editor into
    another): each line in the encoding it is valid in. None unless some line with non-ASCII
    text is valid UTF-8 and no line is valid in neither."""
    lines = data.split(b"\n")
    utf8 = legacy = 0
    decoded = []
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            try:
                decoded.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                return None
            legacy += 1
    if not utf8:
        return None
    text = "\n".join(decoded)
    return (
        None
        if _looks_binary(text)
        else (text, f"utf-8 with {legacy} line{'s' * (legacy != 1)} of cp1252")
    )


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte-order mark: every other byte is zero for Latin text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        encoding = "utf-16-le"
    elif even > 0.4 * half and odd < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if _looks_binary(text) else (text, encoding)


def _legacy(path: Path, data: bytes, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    """Text that is not UTF-8: cp1252 (which Latin-1 files are too, bar control codes) when it
    reads as Western text; else what charset-normalizer judges it to be.

    Detection alone guesses poorly on short Western texts: a few "£" and "é" bytes fit cp850 or
    cp1250 as well, and 41 of 154 BBC articles saved as cp1252 were once read as one of those
    ("ú600m" for "£600m"). cp1252 is by far the commonest single-byte encoding, so it is tried
    first, and kept unless its reading looks wrong: a symbol inside a word ("pa³stwo", Polish
    read as cp1252) or mostly non-ASCII letters (Cyrillic or Greek read as cp1252)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _reads_as_western(text):
        return text, "cp1252"
    candidates: list[str] = []
    # Detection needs text to go on; a short text gets it only when cp1252 reads it wrongly.
    if text is not None or len(data) >= 1000:
        from charset_normalizer import from_bytes

        candidates = [m.encoding for m in from_bytes(data) if m.encoding != "cp1252"]
    candidates += [e for e in _FALLBACK_ENCODINGS if e not in candidates]
    readings = []
    for rank, encoding in enumerate(candidates):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if not _looks_binary(text):
            readings.append((_symbols_in_words(text), rank, encoding, text))
    if readings:
        _, _, encoding, text = min(readings)  # fewest symbols inside words, then detection's order
        return text, encoding
    raise InputError(
        path, f"cannot be decoded: not UTF-8 (byte {utf8_error.start}) and no other encoding fits"
    )


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_IN_WORDS = "’‘–-"  # apostrophes and dashes join words in Western text


def _reads_as_western(text: str) -> bool:
    """Whether `text`, read as cp1252, looks like a Western European language: no more than a
    trace of symbols inside words, and non-ASCII letters a minority of its letters."""
    if _looks_binary(text):
        return False
    letters = sum(1 for c in text if c.isalpha())
    foreign = sum(1 for m in _NON_ASCII.finditer(text) if m.group().isalpha())
    return foreign <= 0.3 * letters and _symbols_in_words(text) <= letters // 5000


def _symbols_in_words(text: str) -> int:
    """Non-ASCII symbols between two letters ("Rz¹d"): the mark of the wrong code page."""
    count = 0
    for match in _NON_ASCII.finditer(text):
        char, at = match.group(), match.start()
        count += (
            not char.isalpha()
            and char not in _IN_WORDS
            and 0 < at < len(text) - 1
            and text[at - 1].isalpha()
            and text[at + 1].isalpha()
        )
    return count


def _looks_binary(text: str) -> bool:
    """Control characters or undefined code points in more than 1% of the text."""
    if not text:
        return False
    odd = len(_CONTROL.findall(text)) + sum(
        1 for c in text if "\x80" <= c <= "\x9f" or c == "\ufffd"
    )
    return odd > 0.01 * len(text)


def normalise(text: str) -> str:
    """One form for everything: '\\n' line ends, plain spaces, no invisible marks, no mojibake."""
    import ftfy

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = ftfy.fix_text(
        text,
        # A character reference in a text ("caf&#233;", "&#163;5") is a page's markup left in
        # when it was copied: no writer types one for the reader. ftfy reads only well-formed
        # references, so "AT&T" and "R&D" stay as written.
        unescape_html=True,
        uncurl_quotes=False,  # curly quotes are not damage
        fix_character_width=False,
        fix_latin_ligatures=True,
        fix_line_breaks=True,
        normalization="NFC",
    )
    text = _LOST_APOSTROPHE.sub("’", _SPACES.sub(" ", text))
    text = _INVISIBLE.sub("", text)
    return _CONTROL.sub("", text.replace("\t", " "))
