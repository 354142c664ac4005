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
_FALLBACK_ENCODINGS = ("cp1252", "latin-1")


def decode(path: Path, data: bytes) -> str:
    """The text in `data`, or an `InputError` naming `path` and saying why there is none."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"is not valid {encoding} (byte {exc.start})") from exc
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(path, "looks like a binary file, not text")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    return _legacy(path, data, utf8_error)


def _utf16_without_bom(data: bytes) -> str | None:
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
    return None if _looks_binary(text) else text


def _legacy(path: Path, data: bytes, utf8_error: UnicodeDecodeError) -> str:
    """Text that is not UTF-8: a single-byte Western encoding, as charset-normalizer judges."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # Short texts give charset detection little to go on: there, the Western default wins.
    candidates = [best.encoding] if best is not None and len(data) >= 1000 else []
    candidates += [e for e in _FALLBACK_ENCODINGS if e not in candidates]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if not _looks_binary(text):
            return text
    raise InputError(
        path, f"cannot be decoded: not UTF-8 (byte {utf8_error.start}) and no other encoding fits"
    )


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
        unescape_html=False,  # "&amp;" in plain text may be meant; HTML readers unescape
        uncurl_quotes=False,  # curly quotes are not damage
        fix_character_width=False,
        fix_latin_ligatures=True,
        fix_line_breaks=True,
        normalization="NFC",
    )
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    return _CONTROL.sub("", text.replace("\t", " "))
