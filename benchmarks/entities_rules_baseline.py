"""The rule-based entity reader `briefing` used before the NER model (briefing/entities.py at
5b74bc9), kept as the baseline for `entities_score.py`. Its gazetteer is in
`entities_rules_data/`. What follows is its own description.

Entities: the people, organisations and places an article names, read from its own text.

No model and no network: a rule-based reader of capitalised spans. A span is a run of capitalised
words, joined by a few particles ("of", "de", "bin"...), inside one sentence. Each span is typed by
cues, in this order, and left out when no cue applies (precision over recall: a memo should not
list a guess):

- person: a title right before the name ("Defence Minister Khawaja Muhammad Asif", "Dr. Jane
  Hill"), an appositive after it ("Abdellatif Loudyi, the ... official", "Nasser Bourita,
  Morocco's Minister of ..."), or a reporting verb ("X said", "said X", "according to X");
  later mentions by part of the name ("Asif", "Khawaja Asif") count for the full name;
- organisation: a head word such as Ministry, Agency, Council, University, Party, Army, Inc or Ltd,
  or a well-known acronym (NATO, UN, EU...);
- place: a gazetteer of countries (with their demonyms: "Moroccan" counts for Morocco), capitals,
  major cities, regions and states, in `briefing/data/`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefing.records import Document


@dataclass(frozen=True)
class Entities:
    """The old record: names only, most mentioned first."""

    people: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


DATA_DIR = Path(__file__).resolve().parent / "entities_rules_data"
LIMIT = 8  # names kept per kind, most mentioned first

TITLES = frozenset(
    """mr mrs ms miss dr prof professor sir dame lord lady president vice minister
    chancellor secretary ambassador envoy governor mayor senator sen rep representative congressman
    congresswoman judge justice king queen prince princess duke duchess earl countess emperor pope
    cardinal bishop archbishop rev reverend imam rabbi sheikh sheikha general gen colonel col
    lieutenant lt major maj captain capt sergeant sgt admiral commander marshal chief chairman
    chairwoman chairperson director spokesman spokeswoman spokesperson coach manager ceo
    inspector detective officer superintendent det supt insp speaker cllr councillor pm
    mp""".split()
)
NOBILITY = frozenset("king queen prince princess duke duchess earl countess lord lady".split())
# Nouns that, after "X, the ...", make X a person: "Abdellatif Loudyi, the ... official".
ROLE_NOUNS = TITLES | frozenset(
    """official head leader founder owner executive analyst expert professor researcher scientist
    author writer journalist lawyer attorney doctor nurse teacher student player striker
    midfielder defender goalkeeper actor actress singer artist chef spokesperson adviser advisor
    aide worker resident mother father son daughter wife husband brother sister boy girl man
    woman""".split()
)
ORG_HEADS = frozenset(
    """ministry department agency authority administration commission committee council
    parliament senate congress assembly court tribunal government cabinet office bureau service
    services university college school institute institution academy foundation trust charity
    association society federation union league party movement front army navy forces force
    police guard corps bank fund exchange corporation company group holdings inc ltd plc llc
    corp co airlines airways organisation organization network channel times post journal
    herald guardian telegraph news radio television tv press media magazine hospital clinic club
    fc united""".split()
)
ORG_SINGLE = frozenset(
    """Parliament Congress Senate Pentagon Kremlin Interpol Europol Hamas Hezbollah Taliban
    Frontex Google Apple Microsoft Amazon Facebook Meta Twitter Tesla Reuters""".split()
)
ORG_ACRONYMS = frozenset(
    """UN EU NATO WHO IMF OPEC ASEAN AU ECB FBI CIA NSA NHS BBC CNN NASA IAEA WTO UNESCO UNICEF
    UNHCR ICC ICJ OECD FIFA UEFA IOC ISIS ISI RAF SNP ANC IRA PLO OSCE SCO BRICS G7 G20""".split()
)
REPORTING = r"(?:said|says|told|added|explained|wrote|argued|warned|insisted|stated|noted)"
PARTICLES = r"(?:of(?: the)?|for(?: the)?|de|del|da|du|der|la|le|van|von|bin|ibn|al|el)"
_WORD = r"(?:[A-Z][\w’'&\-]*(?:\.(?= [A-Z]))?|[A-Z]\.)"
_SPAN = re.compile(rf"{_WORD}(?:(?: {PARTICLES})? {_WORD})*")
_POSSESSIVE = re.compile(r"[’']s?$")
_APPOSITIVE = re.compile(r"^,\s+(?:the|a|an|its|his|her|their)\s+([^,.;:()]*)")
_APPOSITIVE_OF = re.compile(r"^,\s+[A-Z][\w\-]*[’']s\s+([A-Z]\w*)")
# "X said", not "..., director at X, said": a comma before the verb closes an appositive.
_SAID_AFTER = re.compile(rf"^\s+{REPORTING}\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|of|from|for|in|with|by|to)\s+$", re.IGNORECASE)
_SAID_BEFORE = re.compile(rf"\b(?:{REPORTING}|according to)\s+$")
_COMMON = frozenset(
    """the a an this that these those it its he she they we i you his her their our but and or
    so yet if when while as after before since during in on at by for with from of to into
    however meanwhile also then there here both all some many most several each every one two
    three no not yes monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december""".split()
)


@dataclass(frozen=True)
class _Span:
    text: str
    sentence: str
    start: int
    end: int


def extract_entities(document: Document) -> Entities:
    """People, organisations and places named in the document, most mentioned first."""
    lower_words = Counter(re.findall(r"\b[a-z][\w’'\-]*", _body(document)))
    spans = [s for sentence in _sentences(document) for s in _spans(sentence, lower_words)]
    places, orgs, people, unknown = Counter(), Counter(), Counter(), []
    counters = {"person": people, "organisation": orgs, "place": places}
    for span in spans:
        for kind, name in classify(span):
            if kind is None:
                unknown.append(name)
            else:
                counters[kind][name] += 1
    people = _merge_people(people, unknown)
    return Entities(people=_top(people), organisations=_top(orgs), places=_top(places))


def classify(span: _Span) -> list[tuple[str | None, str]]:
    """(kind, canonical name) pairs for one capitalised span; kind None when no cue applies."""
    words = span.text.split()
    lowered = [w.lower().rstrip(".") for w in words]
    titled = [i for i, w in enumerate(lowered) if w in TITLES]
    if titled:
        last = titled[-1]
        name = words[last + 1 :]
        if lowered[last] in NOBILITY and name and name[0] == "of":
            return [("person", " ".join(words[last:]))]  # "Duchess of Cornwall"
        cut = next((i for i, w in enumerate(name) if re.fullmatch(PARTICLES, w)), len(name))
        if cut and not _is_org(name[:cut]):
            found = [("person", " ".join(name[:cut]))]
            rest = [w for w in name[cut + 1 :] if w != "the"]  # "... Hill of the University of"
            if rest:  # typed without cues: the cues around the span belong to the person
                found += classify(_Span(" ".join(rest), "", 0, 0))
            return found
    cut = next((i for i, w in enumerate(words) if re.fullmatch(PARTICLES, w)), 0)
    if cut and not _is_org(words[:cut]) and _is_org(words[cut + 1 :]):
        # "Tal Gross of the Department of Health": two names, typed apart.
        left = " ".join(words[:cut])
        right = " ".join(w for w in words[cut + 1 :] if w != "the")
        end = span.start + len(left)
        return [*classify(_Span(left, span.sentence, span.start, end)), ("organisation", right)]
    place = gazetteer().get(span.text.lower())
    if place:
        return [("place", place)]
    if _is_org(words):
        return [("organisation", span.text)]
    parts = span.text.split("-")
    if len(parts) > 1 and all(gazetteer().get(p.lower()) for p in parts):
        return [("place", gazetteer()[p.lower()]) for p in parts]  # "Pakistan-Morocco"
    if 2 <= len(words) <= 4 and _person_cue(span):
        return [("person", span.text)]
    return [(None, span.text)]


def _is_org(words: list[str]) -> bool:
    if not words:
        return False
    if len(words) == 1:
        return words[0] in ORG_ACRONYMS or words[0] in ORG_SINGLE
    return any(w.lower().rstrip(".") in ORG_HEADS for w in words) or words[0] in ORG_ACRONYMS


def _person_cue(span: _Span) -> bool:
    after, before = span.sentence[span.end :], span.sentence[: span.start]
    if _SAID_AFTER.match(after) and not _PREPOSITION_BEFORE.search(before):
        return True  # "Employees at Moose Toys said": the sayer is not after a preposition
    if _SAID_BEFORE.search(before) or _APPOSITIVE_OF.match(after):
        return True
    appositive = _APPOSITIVE.match(after)
    return bool(
        appositive and any(w.lower() in ROLE_NOUNS for w in appositive.group(1).split()[:7])
    )


def _merge_people(people: Counter[str], others: Iterable[str]) -> Counter[str]:
    """Count "Asif" and "Khawaja Asif" as mentions of "Khawaja Muhammad Asif"."""
    others = list(others)
    # "Mr McKenzie" names a person whose full name, "Ian McKenzie", may come without a cue.
    for name in [n for n in people if " " not in n]:
        if any(n.split()[-1] == name for n in people if " " in n):
            continue  # "Cameron" already has a full name; the merge below counts it there
        fuller = Counter(o for o in others if 2 <= len(o.split()) <= 3 and o.split()[-1] == name)
        if fuller:
            people[fuller.most_common(1)[0][0]] += people.pop(name)
    merged: Counter[str] = Counter()
    names = sorted(people, key=lambda n: -len(n.split()))
    for name in names:
        parts = name.split()
        longer = next(
            (m for m in merged if set(parts) < set(m.split()) and parts[-1] == m.split()[-1]),
            None,
        )
        merged[longer or name] += people[name]
    for text in others:
        parts = text.split()
        for name in merged:
            if set(parts) <= set(name.split()) and parts[-1] == name.split()[-1]:
                merged[name] += 1
                break
    return merged


def _top(counts: Counter[str]) -> tuple[str, ...]:
    order = list(counts)  # first mention order breaks ties
    ranked = sorted(order, key=lambda n: (-counts[n], order.index(n)))
    return tuple(ranked[:LIMIT])


def _body(document: Document) -> str:
    return " ".join(p.text for p in document.paragraphs)


def _sentences(document: Document) -> Iterable[str]:
    yield document.article.title
    for paragraph in document.paragraphs:
        for sentence in paragraph.sentences:
            yield sentence.text


def _spans(sentence: str, lower_words: Counter[str]) -> Iterable[_Span]:
    for match in _SPAN.finditer(sentence):
        yield from _clean_spans(sentence, match.group(0), match.start(), lower_words)


def _clean_spans(
    sentence: str, text: str, start: int, lower_words: Counter[str]
) -> Iterable[_Span]:
    """The span without sentence-initial common words, split at an inner possessive."""
    end = start + len(text)
    words = text.split(" ")
    owner = next((i for i, w in enumerate(words[:-1]) if _POSSESSIVE.search(w)), None)
    if owner is not None and not _is_org(["", *words[owner + 1 :]]):
        # "AFR's Geoff Winestock" is two names; "Welsh Fishermen's Association" is one.
        head = " ".join(words[: owner + 1])
        yield from _clean_spans(sentence, head, start, lower_words)
        yield from _clean_spans(sentence, text[len(head) + 1 :], start + len(head) + 1, lower_words)
        return
    # A capitalised first word of a sentence is only a name if the article never writes it in
    # lower case ("Sources said" vs "Rabat said").
    while words and (
        words[0].lower() in _COMMON
        or (start == _first_letter(sentence) and lower_words[words[0].lower()] > 0)
    ):
        start += len(words[0]) + 1
        words = words[1:]
        while words and re.fullmatch(PARTICLES, words[0]):
            start += len(words[0]) + 1
            words = words[1:]
    if not words:
        return
    words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    if words[-1].endswith(".") and words[-1].lower().rstrip(".") not in TITLES:
        words[-1] = words[-1].rstrip(".")
    text = " ".join(words)
    if len(text) >= 2:
        yield _Span(text=text, sentence=sentence, start=start, end=end)


def _first_letter(sentence: str) -> int:
    match = re.search(r"[A-Za-z]", sentence)
    return match.start() if match else 0


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Lower-cased place name or demonym -> the place it names (a country for demonyms)."""
    places: dict[str, str] = {}
    for line in (DATA_DIR / "countries.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        country, *rest = line.split("\t")
        places[country.lower()] = country
        demonyms, capitals, aliases = [*rest, "", "", ""][:3]
        for demonym in filter(None, demonyms.split(",")):
            places[demonym.lower()] = country
            places[demonym.lower() + "s"] = country  # "Pakistanis"
        for name in filter(None, (capitals + "," + aliases).split(",")):
            places.setdefault(name.lower(), name)
        for alias in filter(None, aliases.split(",")):
            places[alias.lower()] = country
    for line in (DATA_DIR / "places.txt").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            places.setdefault(line.strip().lower(), line.strip())
    return places
