"""Light, fact-preserving compression of an extracted sentence.

Only ever removes words: a news-agency tag ("(CNN) --"), a pointer to a photo ("(pictured)"), a
leading connective ("However,"), or trailing clauses past the length budget. Never rewrites, and
never removes who said it: a reporting frame ("Nestle said that ...", "..., officials said",
"according to ...") stays with its claim, and a trailing clause that carries one, or a quotation,
is never cut; nor one that gives a figure, unless the sentence is too long to keep whole. A
sentence that cannot be shortened that way is kept whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..calendar_words import MONTHS
from .standalone import REPORTING_VERBS, drop_connective

MAX_WORDS = 35
# A sentence whose trailing clauses each give a figure is kept whole up to this length, rather
# than cut to a head that leaves the figure out
FIGURE_MAX_WORDS = 50

_CLAUSE_BREAK = re.compile(r"(?:,|;|\s[—–-])\s")
# "(CNN) -- ", "LONDON, England (CNN) -- ", "Miami (CNN)World ...": a wire tag, not the news.
_AGENCY_TAG = re.compile(
    r"^(?:[A-Z][\w.'\- ]{0,40}?(?:,\s*[A-Z][\w.' ]{0,30})?\s*)?"
    r"\((?:CNN|AP|AFP|Reuters|EW\.com|CNN Student News)\)\s*(?:[—–-]{1,2}\s*)?"
)
# "(pictured)", "(left)", "(above, with her son)": where the photo is, not what happened.
_PHOTO_NOTE = re.compile(
    r"\s\((?:pictured|picture|photo|file photo|left|right|centre|center|middle|above|below|"
    r"inset|top|bottom|front|back|far left|far right|second left|second right)\b[^()]{0,60}\)|"
    # "(police mugshot, left, and outside court, right)": where each photo is, after a comma
    r"\s\([^()]{0,40}, (?:pictured|left|right|centre|center|middle|above|below)\b[^()]{0,40}\)",
    re.IGNORECASE,
)
# "Mr Smith, pictured, said", "the minivan pictured, but": the same pointer without brackets, as
# the Daily Mail writes it. Not a verb: "were pictured." and "pictured leaving" are kept.
_BARE_PHOTO_NOTE = re.compile(
    r"(?P<before>\b\w+)(?P<note>,?\s+pictured(?:\s+(?:left|right|centre|center|above|below|top|"
    r"bottom))?)(?P<after>\s*[,.;:!?])",
    re.IGNORECASE,
)
_AUXILIARIES = frozenset("am is are was were be been being has have had get got gets".split())
IsClause = Callable[[str], bool]


def compress(sentence: str, max_words: int = MAX_WORDS, is_clause: IsClause | None = None) -> str:
    """The sentence without framing, shortened to `max_words` where a trailing clause can go
    (and, with `is_clause`, where what is left is still a sentence); else whole."""
    text = strip_framing(sentence)
    words = len(text.split())
    if words > max_words:
        short = _trim_clauses(text, max_words, is_clause, keep_figures=True)
        if short is None and words > FIGURE_MAX_WORDS:
            # too long to keep whole for its figure: the cut a sentence without one would get
            short = _trim_clauses(text, max_words, is_clause)
        text = short or text
    return text


def fits(sentence: str, max_words: int = MAX_WORDS) -> bool:
    """Whether the sentence comes down to `max_words` by dropping framing or a trailing clause
    (a figure aside: a sentence that keeps one whole is still short enough to read)."""
    text = strip_framing(sentence)
    return len(text.split()) <= max_words or _trim_clauses(text, max_words) is not None


def strip_framing(sentence: str) -> str:
    """The sentence without a wire tag, a photo pointer or a leading connective."""
    text = sentence.strip()
    stripped = _AGENCY_TAG.sub("", text, count=1)
    stripped = _PHOTO_NOTE.sub("", stripped)
    stripped = _BARE_PHOTO_NOTE.sub(_without_bare_note, stripped)
    stripped = drop_connective(stripped)
    return stripped[:1].upper() + stripped[1:] if stripped != text else text


def _without_bare_note(match: re.Match[str]) -> str:
    before, note, after = match.group("before", "note", "after")
    if before.lower() in _AUXILIARIES:
        return match.group(0)  # "they were pictured.": the photo is what happened
    if note.startswith(",") and after.strip() == ",":
        return before  # "Mr Smith, pictured, said" -> "Mr Smith said"
    return before + after


def _trim_clauses(
    text: str, max_words: int, is_clause: IsClause | None = None, keep_figures: bool = False
) -> str | None:
    """The longest head, at most `max_words` words (at least 8), that ends where a trailing clause
    can go without changing what the head says or losing who said it (with `keep_figures`, nor
    a figure it gives); None when there is no such place."""
    heads = []
    for match in _CLAUSE_BREAK.finditer(text):
        head, tail = text[: match.start()], text[match.end() :]
        n = len(head.split())
        if n > max_words:
            break
        if n >= 8 and _detachable(head, match.group(0), tail, keep_figures):
            heads.append(head.rstrip(" ,;:") + ".")
    return next((h for h in reversed(heads) if is_clause is None or is_clause(h)), None)


def _detachable(head: str, delimiter: str, tail: str, keep_figures: bool = False) -> bool:
    """A trailing clause can go when the head is a whole clause and the tail only adds to it."""
    # Who said it stays with what was said: a tail that attributes the head's claim ("...,
    # officials said", "according to ...") or quotes is never cut. A head with its own frame
    # ("Campaigners said they would sue, and argued ...") keeps its attribution either way.
    if _quotes(tail) or _REPORTING_HEAD.search(head):
        return False
    if keep_figures and _carries_a_figure(tail):
        # "..., before ISIS carried out an assault that has left more than 200 people dead": a
        # figure is the fact a reader looks for, never a detail to cut
        return False
    word = tail.split(maxsplit=1)[0].lower() if tail.split() else ""
    # (in a closing relative clause, a word of reporting after a determiner is a noun, and
    # reports nothing: "the Tamil Tigers, who want a separate state in the north east")
    reporting = _REPORTING.finditer(tail)
    if word in _RELATIVE:
        reporting = (m for m in reporting if not _DETERMINED.search(tail, 0, m.start()))
    if any(True for _ in reporting) and not _REPORTING.search(head):
        return False
    # Inside an open aside or quotation, the head is not a whole sentence.
    if head.count("(") != head.count(")") or _count_quotes(head) % 2:
        return False
    if len(_SINGLE_QUOTE.findall(head)) > len(_SINGLE_CLOSE.findall(head)):
        return False  # "... due to 'a myriad of factors which ..., re-interviewing ...'"
    if len(_DASH.findall(head)) % 2:
        return False
    # "it emerged that, while Mr Brown is in Africa, the prime minister is to ...": an aside
    # inside a reported clause, which goes on after it: no cut after "that," or right after
    # "that" leaves a sentence. (It also keeps "Apart from that, ..." whole, which costs only
    # a shorter cut.)
    if _INTERRUPTED_CLAUSE.search(head):
        return False
    if _THAT_AFTER_AN_ASIDE.match(tail):
        # "... said it was a recognition, before it was too late, that the survivors should be
        # a priority": an aside, after which the head's clause goes on with what it says
        return False
    first_break = _CLAUSE_BREAK.search(head)
    # "As a sequel to the special, ..." : a fronted phrase alone is not a sentence.
    if _FRONTED.match(head) and first_break is None:
        return False
    if delimiter.strip() in "—–-":
        # An appended comment ("... title - and entered the record books"); not the first of
        # a pair of dashes, whose aside closes and leaves the sentence going on ("joining his
        # rival Alan Milburn - who ... - and John Prescott at an election poster launch").
        return _DASH.search(tail) is None
    if word in ("but", "yet"):
        # "Aldo and McGregor may have taken the spotlight ..., but this weekend it's time for two
        # other fighters": the turn is what the sentence says; the head alone says the opposite
        return False
    if word in _RELATIVE or word in ("a", "an", "the"):
        # A closing relative clause or appositive can go; "Morison, who scored the goal, told ..."
        # or "The plan, the first in years, passed" is an aside in the middle: it cannot.
        return _CLAUSE_BREAK.search(tail) is None
    if word.endswith("ing") and word not in _NOT_PARTICIPLES:
        # "..., while its index, measuring the cost of inputs, also eased": a participle's
        # phrase with a break after it is an aside in the middle, as above
        return _CLAUSE_BREAK.search(tail) is None
    return word in _TRAILING_STARTS


def _carries_a_figure(text: str) -> bool:
    """Whether the text gives a figure: an amount, a share, a count ("200 people", "90 per
    cent", "£5m"); not a year, a date or a time of day ("in 2012", "on 9 November", "4pm")."""
    for match in _NUMBER.finditer(text):
        if _YEAR.fullmatch(match.group()) or _TIME_AFTER.match(text, match.end()):
            continue
        before = text[max(0, match.start() - 12) : match.start()].split()
        after = text[match.end() : match.end() + 12].split()
        if (before and before[-1].strip(",") in MONTHS) or (
            after and after[0].strip(",.") in MONTHS
        ):
            continue
        return True
    return False


_NUMBER = re.compile(r"(?<![\w.])[£$€]?\d(?:[\d,.]*\d)?")
_YEAR = re.compile(r"(?:1[89]|20)\d\d(?:s)?")
_TIME_AFTER = re.compile(r"\s?(?:am|pm|GMT|BST|BC|AD)\b|:\d\d|s\b")


def _count_quotes(text: str) -> int:
    # Straight double quotes and curly ones; apostrophes are too often possessives to count.
    return text.count('"') + text.count("“") + text.count("”")


def _quotes(text: str) -> bool:
    """Whether the text holds a quotation: double quotes, or a single quote opening one (after
    a space, colon or dash, before a word: British papers quote 'like this')."""
    return bool(_count_quotes(text) or _SINGLE_QUOTE.search(text))


_SINGLE_QUOTE = re.compile(r"(?:^|(?<=[\s:(—–-]))['‘](?=\w)")
# A single quote that closes one: after a letter or a stop, before a space, a stop or the end (a
# plural possessive, "voters' ", reads as one too, so a quotation is never thought open for it).
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?)]|$)")


_REPORTING = re.compile(rf"\b(?:{REPORTING_VERBS})\b", re.IGNORECASE)
# A head that ends in an open reporting frame ("..., he said that") needs what follows it.
_REPORTING_HEAD = re.compile(rf"\b(?:{REPORTING_VERBS})(?:\s+that)?\s*$", re.IGNORECASE)
_DASH = re.compile(r"\s[—–-]\s")
_DETERMINED = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+(?:[a-z-]+\s+)?$")
_FRONTED = re.compile(
    r"^(?:as|with|after|before|although|though|while|when|if|despite|since|because|following|"
    r"according|at|in|on|during|amid|for|from|having|speaking|unlike|like|once|until)\b",
    re.IGNORECASE,
)
# (the first break of the tail: the aside's end)
_THAT_AFTER_AN_ASIDE = re.compile(r"^[^,;—–]*(?:,|\s[—–-])\s+that\s")
_INTERRUPTED_CLAUSE = re.compile(r"\b(?:that|whether)(?:\s*,\s|\s*$)", re.IGNORECASE)
_RELATIVE = frozenset({"which", "who", "whom", "whose", "where"})
_TRAILING_STARTS = frozenset(
    """as although though but and while whereas after before because since so including
    according amid despite than""".split()
)
_NOT_PARTICIPLES = frozenset({"during", "notwithstanding", "nothing", "something", "everything"})
