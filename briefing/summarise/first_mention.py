"""A thing the point calls by a definite description, said as the article first introduced
it: "[The wireless ticket system on German buses] would reduce queues ...", "The latest study
[on synaesthesia] adds ...".

News introduces a report, a lawsuit, a deal or a bill once, with what it is about ("a report
into search habits", "a lawsuit over gun sales violations in California", "a bill to
introduce compulsory ID cards"), and from then on calls it "the report". A point lifted from
later in the article keeps only the bare "The report", which says nothing once pasted into
someone else's brief. The article's own first mention says which. A bare "The system" is
replaced by that mention, in brackets, as an editor marks words put in place of the source's
("[Mr Obama] said"); a description with words of its own keeps them, and the words that
complete the noun there (a phrase with a preposition, a "to" clause, a participle's phrase)
follow it in brackets, verbatim, as a name does after "The minister".

Only where the article leaves no doubt: the point's subject is that noun, with nothing of its
own after it and no name before it; the article's first use of the noun before the point
brings in one thing ("a", "the", a possessive) with such a phrase, and no later use before
the point brings in another ("a list of ..." twice); the phrase is short, points nowhere itself
(no "their", no "this") and holds no figure or time of its own (the earlier sentence's fact,
"damage of about $10bn in 1998", may be another event's); and the bracket tells the reader
something the point does not. A description the article never completes ("The move", "The
news": what they stand for is a clause, not a phrase) is left as it is.
"""

from __future__ import annotations

import re

from ..calendar_words import MONTHS, WEEKDAYS
from ..records import Document, Sentence

# The point opens on "The" and a word in lower case; its subject, the noun, is at most the
# third word after it.
_OPENING = re.compile(r"The\s+[a-z]")
_NOUN_AT_MOST = 3
# A completing phrase opens on one of these (a preposition, or "to" before a verb).
_PREPOSITIONS = frozenset(
    "of to for by with between into on against over from about among involving".split()
)
# Words that point outside the phrase, as a pronoun does outside a point.
_POINTERS = frozenset(
    "he she it its they them their his her him we our us this that these those who which "
    "whom whose there then here such".split()
)
# Words of a date: a phrase that says only when ("released on Wednesday") does not say which.
_TIMES = frozenset(
    [w.lower() for w in (*WEEKDAYS, *MONTHS)]
    + "day week month year today yesterday morning afternoon evening night weekend".split()
)
# Words that set one of a kind against another ("Turkey's current loan agreement", then "the
# new deal"; "The latest study"): where either the point or the first mention has one, the
# article speaks of more than one, and its first may not be the point's.
_CONTRASTING = frozenset(
    """current previous earlier old existing former original last new latest rival other
    another second first next final recent revised""".split()
)
# Words that say when, not which.
_WHEN = frozenset("later earlier ago recently previously".split())
# Words that carry no content of their own, for comparing a bracket with the point.
_FUNCTION_WORDS = frozenset(
    """the a an of to for by with between into on against over from about among in at as and
    or its their his her this that these those be is are was were has have had""".split()
)
MAX_PHRASE_WORDS = 12
MIN_PHRASE_WORDS = 2
# Nouns that are not things introduced once: times, amounts, parts, a whole's share.
_NOT_INTRODUCED = frozenset(
    """year years month months week weeks day days time times period number numbers rest
    majority minority total amount figure figures rate level price prices cost costs share
    shares part end start beginning middle way fact case world country nation city area
    government""".split()
)


def first_mention_named(sentence: Sentence, document: Document, text: str) -> str:
    """`text` with its opening "The <noun>" completed from the noun's first mention in the
    article, or unchanged: a bare "The system" is replaced by that mention in brackets ("[The
    wireless ticket system on German buses] would ..."), as an editor marks replaced words; one
    with words of its own ("The latest study") keeps them, and the phrase follows in brackets
    ("The latest study [on synaesthesia] adds ...")."""
    from ..language import parse_sentence

    if _OPENING.match(text) is None or not _may_be_introduced(text, sentence, document):
        return text
    doc = parse_sentence(text)
    subject = next((t for t in doc if t.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subject is None
        or subject.i > _NOUN_AT_MOST
        or subject.left_edge.i != 0
        or subject.lower_ in _NOT_INTRODUCED
        or not _bare(subject)
    ):
        return text
    if any(t.lower_ in _CONTRASTING for t in doc[: subject.i]):
        return text
    mention = _first_mention(subject.lower_, sentence, document)
    if mention is None:
        return text
    before, phrase = mention
    end = subject.idx + len(subject.text)
    if not _adds_to(f"{before} {phrase}", text):
        return text
    if subject.i == 1 and before != "The":
        # "The system" -> "[The wireless ticket system on German buses]"
        return f"[{before} {subject.text} {phrase}]{text[end:]}"
    if not _adds_to(phrase, text):
        return text
    return f"{text[:end]} [{phrase}]{text[end:]}"


def _may_be_introduced(text: str, sentence: Sentence, document: Document) -> bool:
    """Whether a word the point's subject may be (one of its first words after "The") is in the
    article before the sentence: where none is, no first mention can complete it, and the
    sentence need not be parsed to tell."""
    opening = text.split()[1 : _NOUN_AT_MOST + 1]
    words = {piece.lower() for word in opening for piece in _WORD.findall(word)}
    words -= _NOT_INTRODUCED | _FUNCTION_WORDS
    words = {word for word in words if not word.isdigit()}
    if not words:
        return False
    earlier = _text_before(sentence, document)
    return any(re.search(rf"\b{re.escape(word)}\b", earlier, re.IGNORECASE) for word in words)


_WORD = re.compile(r"\w+")


def _adds_to(words: str, text: str) -> bool:
    """Whether the bracket tells the reader something the point does not: at least half of its
    content words are not in the point ("The lawsuit [over gun sales violations in
    California] alleged ... gun sales violations in California" says it twice)."""
    content = [w for w in re.findall(r"[\w'’-]+", words.lower()) if w not in _FUNCTION_WORDS]
    said = set(re.findall(r"[\w'’-]+", text.lower()))
    return bool(content) and sum(w not in said for w in content) * 2 >= len(content)


def _bare(noun) -> bool:
    """Whether a common noun stands with nothing of its own but "the" and plain modifiers
    before it: no name, number or possessive before it, no phrase of its own after it (a
    clause between commas is allowed: "The survey, which was completed by ...")."""
    if noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS"):
        return False
    for child in noun.children:
        if child.i < noun.i:
            if child.dep_ == "det" and child.lower_ == "the":
                continue
            if _plain_modifier(child):
                continue
            return False
        elif child.dep_ not in ("punct", "relcl") or (
            child.dep_ == "relcl" and noun.doc[noun.i + 1].text != ","
        ):
            return False
    return True


def _plain_modifier(token) -> bool:
    """An adjective or a common noun before the noun, lower case, alone or with an adverb
    ("The new report", "The trade protocol", "The widely expected deal")."""
    return (
        token.dep_ in ("amod", "compound")
        and token.pos_ in ("ADJ", "NOUN", "VERB")
        and token.text[:1].islower()
        and all(c.dep_ == "advmod" for c in token.children)
    )


def _first_mention(noun: str, sentence: Sentence, document: Document) -> tuple[str, str] | None:
    """The opening words before the noun and the completing phrase after it where the article first
    uses it (the same word: "talks" for "The talks") before the sentence, or None where that
    use has no such phrase, is not one thing introduced, or is not the only thing the article
    introduces by that noun before the sentence ("a list of British-based music millionaires",
    then "a list of Britain's young music millionaires")."""
    from ..language import parse_sentence

    form = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
    found: tuple[str, str] | None = None
    for earlier in document.sentences:
        if (earlier.paragraph, earlier.start) >= (sentence.paragraph, sentence.start):
            break
        if form.search(earlier.text) is None:
            continue
        doc = parse_sentence(earlier.text)
        nouns = [t for t in doc if t.lower_ == noun and t.pos_ == "NOUN"]
        if found is None and nouns:
            found = _completing_phrase(nouns[0])
            if found is None:
                return None  # the first use: the article introduces the thing there, or no one
            nouns = nouns[1:]
        if any(_introduced(t) for t in nouns):
            return None  # a second one of the kind: which the point means is not said
    return found


def _a_time(token) -> bool:
    """A word that says when: a day, a month, "later" (not in a name: "May Department Stores")."""
    if token.dep_ == "compound" and token.head.pos_ == "PROPN":
        return False
    return token.lower_ in _TIMES or token.lower_ in _WHEN


def _introduced(noun) -> bool:
    """Whether a use of the noun brings in a new one ("a list of ...", "another deal")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children)


def _completing_phrase(noun) -> tuple[str, str] | None:
    """The words a point would open on before the noun and the phrase after it that completes
    it ("The wireless ticket", "on German buses"; "The", "to buy rival ..."), if the noun is one
    thing, introduced."""
    if noun.dep_ == "attr":
        # "The 3.9% rate was an increase on ...", "Brown is the most powerful chancellor of
        # modern times": what something else is, not a thing introduced
        return None
    before = [c for c in noun.children if c.i < noun.i]
    if not any(c.dep_ in ("det", "poss") for c in before):
        return None  # "caused damage of about $10bn": a kind of thing, not one introduced
    if any(c.dep_ == "det" and c.lower_ not in ("a", "an", "the") for c in before):
        return None  # "another report", "each deal", "this plan": no first mention
    if any(c.pos_ == "PROPN" and c.dep_ != "poss" for c in before):
        return None  # "the Whitbread book of the year": a name's words, not a description
    # (the model labels an infinitive after a noun a relative clause: "a deal to buy ...")
    after = [c for c in noun.children if c.i > noun.i and c.dep_ in ("prep", "acl", "relcl")]
    if not after or after[0].left_edge.i != noun.i + 1:
        return None
    first = after[0]
    if first.dep_ == "prep" and first.lower_ not in _PREPOSITIONS:
        return None
    if first.dep_ != "prep" and not (
        (first.dep_ == "acl" and first.tag_ == "VBN")
        or any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children)
    ):
        return None
    span = noun.doc[first.left_edge.i : first.right_edge.i + 1]
    words = [t for t in span if not t.is_punct]
    if span[0].is_punct or not MIN_PHRASE_WORDS <= len(words) <= MAX_PHRASE_WORDS:
        return None
    if any(t.lower_ in _POINTERS or t.is_quote or t.text in "()[]" for t in span):
        return None
    if span[-1].dep_ in ("prep", "det", "cc", "aux", "mark") or span[-1].is_punct:
        return None
    if any(t.like_num or _a_time(t) for t in span):
        # "damage of about $10bn", "to suspend ... repayments ... later on Friday": a figure
        # or a time is the earlier sentence's own fact, which the point may not share
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in span):
        return None
    # What stands before the noun, as a point would open on it: "The" and the mention's own
    # words ("The wireless ticket"), or its owner's ("Turkey's current $18.6bn loan").
    modifiers = [t for t in noun.doc[noun.left_edge.i : noun.i] if t.dep_ != "det"]
    if any(t.lower_ in _CONTRASTING for t in modifiers):
        return None
    if not modifiers or any(t.lower_ in _POINTERS or t.is_punct for t in modifiers):
        return "The", span.text  # "their phone": the noun alone, and the phrase
    words = noun.doc.text[modifiers[0].idx : noun.idx].strip()
    owned = any(c.dep_ == "poss" for c in noun.children)
    return (words if owned else f"The {words}"), span.text


# A body's or a law's name that news shortens to its kind once it has named it in full: "the
# Freedom of Information Act", then "the Act"; "the Bank of England", then "the Bank".
SHORTENED_KINDS = frozenset(
    """Act Bill Treaty Convention Directive Bank Commission Committee Council Academy
    Institute Forum Assembly Authority Agency Department Ministry Court Tribunal Inquiry Fund
    Foundation Trust Society Federation League Corporation Board""".split()
)
# The point opens on "The" and the kind alone, with its own words after it in lower case ("The
# Act comes into effect"), not on a name that goes on ("The Bank of England", "The Bank's").
_SHORT_NAME = re.compile(r"The (?P<kind>[A-Z][a-z]+)(?= (?!(?:of|for|on|and|in|de)\b)[a-z])")
# The words of a name: capitalised words (not a possessive), and between them the small words
# inside names ("Freedom of Information", "Institute for the Study of War").
_CAPITALISED = r"[A-Z](?:[\w’'&-]|\.(?=\w))*(?<!['’]s)"
_LINK = r"(?:(?:of|for|on)(?: the)?|and|de)"
_NAME = rf"{_CAPITALISED}(?: (?:{_LINK} )?{_CAPITALISED})*"
_OPENERS = "|".join(
    """No Every Each Any All This That These Those Another Under Without With Our Their His Her
    Its My Your Since After Before During If When While As""".split()
)
# Where a sentence opens: the text's start, a line's, or after a full stop and a space.
_SENTENCE_START = re.compile(r"(?:\A|\n|[.!?][\"”’']?\s+)\Z")


def short_name_completed(sentence: Sentence, document: Document, text: str) -> str:
    """`text` with an opening "The Act" completed from the one name of that kind the article
    gives in full before the sentence, the missing words in brackets: "The [Freedom of
    Information] Act comes into effect ...", "The Bank [of England] said ...". Unchanged where
    the article names two of the kind (which one is meant is not said), names it in full only
    later, or uses "The Act" as a name of its own (a title: "The Office", "The Bill")."""
    opening = _SHORT_NAME.match(text)
    if opening is None or opening.group("kind") not in SHORTENED_KINDS:
        return text
    kind = opening.group("kind")
    # (Not the headline's words: a headline in capitals throughout has no names to find.)
    article = "\n".join(p.text for p in document.paragraphs)
    if re.search(rf"(?<![.!?:\"“‘'\n]) The {kind}\b", f"{document.article.title}\n{article}"):
        return text  # "The Bill" mid-sentence: a title, not a shortened name
    names = _full_names(kind, article)
    if len(names) != 1:
        return text
    ((prefix, suffix),) = names
    if prefix and suffix:
        return text  # "the European Bank for Reconstruction ...": not one shape or the other
    if names != _full_names(kind, _text_before(sentence, document)):
        return text  # named in full only after the point: the reader has not met it
    end = opening.end("kind")
    if prefix:
        return f"The [{prefix}] {kind}{text[end:]}"
    return f"The {kind} [{suffix}]{text[end:]}"


def _text_before(sentence: Sentence, document: Document) -> str:
    """The article's text before the sentence."""
    parts = []
    for paragraph in document.paragraphs:
        if paragraph.index > sentence.paragraph:
            break
        if paragraph.index == sentence.paragraph:
            parts.append(paragraph.text[: sentence.start])
        else:
            parts.append(paragraph.text)
    return "\n".join(parts)


def _full_names(kind: str, text: str) -> set[tuple[str, str]]:
    """The names of this kind the text gives in full, as the words before the kind and the
    words after it: ("Freedom of Information", "") for "the Freedom of Information Act", ("",
    "of England") for "the Bank of England"."""
    found = set()
    for match in re.finditer(rf"\b({_NAME}) {kind}\b(?! {_LINK} [A-Z])", text):
        prefix = match.group(1)
        if _SENTENCE_START.search(text, 0, match.start()) and not prefix.startswith("The "):
            # "Critics of the European Commission": a sentence's first word is capitalised
            # whatever it is, so the name is only what follows its first small word, if any
            # (and a word that opens a sentence and never a name goes: "No Bill goes through")
            prefix = re.sub(rf"^.*? {_LINK} |^(?:{_OPENERS})(?: |$)", "", prefix)
        prefix = re.sub(r"^The ", "", prefix)
        if prefix not in ("", "The", kind):
            found.add((prefix, ""))
    for match in re.finditer(rf"(?:\b({_CAPITALISED}) )?\b{kind} ({_LINK} {_NAME})", text):
        before = match.group(1)
        found.add(("" if before in (None, "The", "the") else before, match.group(2)))
    return found
