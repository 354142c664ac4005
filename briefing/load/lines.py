"""Hard-wrapped lines back into one paragraph: plain-text files (`clean`) and PDF pages
(`formats`) both lose paragraphs to line breaks."""

from __future__ import annotations

import re


def join_lines(lines: list[str]) -> str:
    """Hard-wrapped lines as one paragraph; a word hyphenated across a line break is rejoined."""
    out = ""
    for line in (raw.strip() for raw in lines):
        if not line:
            continue
        broken = re.search(r"(\w+)-$", out)
        first = re.match(r"[a-z]+", line)
        if broken and first:
            joined = _dehyphenate(broken[1], first[0])
            out = out[: broken.start()] + joined + line[first.end() :] if joined else out + line
        else:
            out = f"{out} {line}" if out else line
    return out


def _dehyphenate(left: str, right: str) -> str | None:
    """'coun-'+'try' is 'country'; 'counter-'+'terrorism' stays hyphenated (None)."""
    if not right:
        return None
    from wordfreq import zipf_frequency

    joined = zipf_frequency(left + right, "en")
    parts = min(zipf_frequency(left, "en"), zipf_frequency(right, "en"))
    return left + right if joined > 2 and joined >= parts else None
