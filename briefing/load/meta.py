"""Metadata an article lacks or gives untidily: a headline made from its text, a publication date
in one form.

An untitled article's subject is written from its own first sentence, never from its file name
("wd_kenya_election.txt" says nothing a reader can use, and a Source line would then quote it as the
outlet's headline). Publication dates come in many shapes (ISO 8601 from feeds, RFC 822 from RSS,
"May 14, 2024" from pages, "D:20240514" from PDFs); they are kept as ISO 8601 (as precise as the
input: "2024-05-14", "2024-05" or "2024") and printed as "14 May 2024".
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from ..calendar_words import MONTHS

HEADLINE_WORDS = 14  # about what fits a SUBJECT line and reads as a headline
WHOLE_CLAUSE_SLACK = 6  # words a sentence's first clause may run over it and still be given whole

# Where a sentence's main clause usually ends: a relative or subordinate clause, an aside, a
# quote's attribution, a list. The headline keeps what comes before the first of these.
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[,;:(]\s|\s[-–—]\s|,?\s+(?:which|who|whose|where|while|whereas|although|though"
    r"|because|after|before|as|since|despite|amid|following|according to|in a move)\s)",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][\w.' ]{1,30}?)?\s*(?:\([^)]{1,40}\))?\s*"
    r"(?::|(?<=\s|\))[-–—]{1,2})\s+"  # "WASHINGTON (CNN) --", "BAGHDAD, Iraq (CNN) --"
    r"|^\([A-Z][\w.]{1,20}\)\s*(?:[-–—]{1,2}\s*)?"  # "(CNN)The number of ..."
    # "Miami (CNN)World heavyweight boxing champion ...": a place in any case, then the wire
    r"|^[A-Z][\w.' ]{1,40}?\s*\((?:CNN|AP|AFP|Reuters)\)\s*(?:[-–—]{1,2}\s*)?"
)
# A caption's label before the first sentence: "Sacked: But Jeremy Clarkson will not ..."
_LABEL = re.compile(r"^[A-Z][a-z]+(?:\s[A-Z]?[a-z]+)?:\s+(?=[A-Z])")
# Headlines leave out when, which the memo's dates say: "on Monday", "yesterday".
_WHEN = re.compile(
    r",?\s+(?:on|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|week|month|year|night|morning|evening)\b|,?\s+(?:yesterday|today|tonight)\b",
    re.IGNORECASE,
)
# What a headline never starts or ends on: punctuation, quotation marks, a dash left by an aside.
_HEADLINE_EDGES = " ,;:\"'“”‘’–—-"
# The reporting verbs a sentence's attribution ends on ("..., officials said"), by their
# forms: a headline gives the verb in the present ("scientists claim", "a survey suggests").
REPORTING_FORMS = {
    # ("told" needs its listener, "added" what came before: a headline says "says")
    "say": "said says say told tells tell added adds add",
    "warn": "warned warns warn",
    "claim": "claimed claims claim",
    "suggest": "suggested suggests suggest",
    "argue": "argued argues argue",
    "insist": "insisted insists insist",
    "believe": "believed believes believe",
    "predict": "predicted predicts predict",
    "report": "reported reports report",
    "announce": "announced announces announce",
    "confirm": "confirmed confirms confirm",
    "admit": "admitted admits admit",
    "estimate": "estimated estimates estimate",
    "write": "wrote writes write",
    "indicate": "indicated indicates indicate",
    "show": "showed shows show shown",
    "find": "found finds find",
    "reveal": "revealed reveals reveal",
}
_REPORTING_BASE = {form: base for base, forms in REPORTING_FORMS.items() for form in forms.split()}
_REPORTING_WORD = re.compile("|".join(_REPORTING_BASE), re.IGNORECASE)
_WEAK_END = frozenset(
    """a an and at by for from in into of on or over the to under with as its their his her one
    quite very so too rather but yet nor thanks due owing after before because when while if
    that who which whose where whether""".split()
)


def headline_from_text(paragraphs: tuple[str, ...], words: int = HEADLINE_WORDS) -> str | None:
    """A short headline from the article's first sentence: its main clause, cut at a word boundary
    and not on a dangling "of" or "the"; None when there is no text to make one from."""
    # A headline that opens on a pronoun ("It's one of the best loved books ...") names nothing:
    # the next paragraph's opening is tried for one that names its subject, and the first
    # headline is kept when it does not.
    fallback = None
    tries = 0
    asked = None
    for paragraph in paragraphs:
        if tries >= HEADLINE_TRIES and fallback is not None:
            break  # (with no headline yet, the search goes on, as it always did)
        if (fallback or asked) is not None and paragraph.lstrip()[:1] in "\"“‘'":
            continue  # a quotation's opening is no headline
        # A feature's teasing question ("If you had £140,000 to splurge, would you ...?", "Is
        # this Britain's most expensive handbag?") asks what the story is and says nothing; what
        # follows it in its paragraph answers it ("Who is to blame? The government, says ..."),
        # so the next paragraph is tried, and the question kept only where nothing else is.
        # A feature's imagined case ("If Wigan are to be relegated, then their new manager would
        # want to see them go down kicking") has a main clause that, cut out, says the opposite
        # of what happened: it waits, as a question does.
        if _opens_with_a_question(paragraph) or imagines(_first_sentence(paragraph)):
            asked = asked or _headline_of(paragraph, words)
            continue
        tries += 1
        if _LABEL.match(paragraph.strip()) and not _has_a_verb(_first_sentence(paragraph)):
            continue  # "Sweet life: The Duchess of Cornwall.": a picture's caption, no headline
        headline = _headline_of(paragraph, words)
        if headline is None:
            continue
        if (
            _PRONOUN_OPENING.match(headline) is None
            and not addresses_reader(_first_sentence(paragraph))
            and _says_what_happened(headline)
        ):
            return headline
        fallback = fallback or headline
    return fallback or asked


# Verbs of seeing someone do something, whose object's "-ing" phrase is what was seen
_PERCEIVING = frozenset(
    """see saw seen hear heard watch watched film filmed catch caught spot spotted witness
    witnessed show showed shown photograph photographed""".split()
)


def _has_a_verb(text: str) -> bool:
    """Whether the text has a verb with a tense, as the parse reads it."""
    from ..language import FINITE_TAGS, parse_sentence

    return any(t.tag_ in FINITE_TAGS for t in parse_sentence(text))


def _opens_with_a_question(paragraph: str) -> bool:
    """Whether the paragraph's first sentence is a question."""
    return _first_sentence(paragraph).rstrip("\"”’' ").endswith("?")


def _says_what_happened(headline: str) -> bool:
    """Whether a headline cut from a longer sentence has a verb with a tense: a subject cut off
    before its verb ("The daughter of Chicago socialite Sheila Von Wiese-Mack accused of brutally
    murdering her mother …", the verb 20 words on) names someone and says nothing of what they
    did. A short line given whole ("Rivals of the £400 Apple") is a headline as written."""
    from ..language import FINITE_TAGS, parse_sentence

    if not headline.endswith(" …"):
        return True
    return any(t.tag_ in FINITE_TAGS for t in parse_sentence(headline.removesuffix(" …")))


# The reader spoken to: a feature's opening ("Holidaying with a tiger as your closest neighbour
# might not sound like ..."), never a report's, which tells what someone else did.
_READER = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
_QUOTATION = re.compile(r'"[^"]*"|“[^”]*”')


def addresses_reader(text: str) -> bool:
    """Whether the text speaks to its reader ("you", "your") outside its quotations."""
    return bool(_READER.search(_QUOTATION.sub(" ", text)))


_CONDITIONAL_OPENING = re.compile(r"(?:If|Unless|Were|Had|Should)\b")
_WOULD = frozenset({"would", "could", "might", "'d"})


def imagines(text: str, language: str | None = None) -> bool:
    """A sentence that imagines rather than reports: a condition first, then what would follow
    ("If Wigan Athletic are to be relegated ..., then their new manager Gary Caldwell would want
    to see them go down kicking and screaming", "If broadband were a jumbo jet, then 2003 would
    have seen it taxiing"), a feature's hook. What will follow a condition is a plan or a
    threat, and news ("If the strike goes ahead, flights will be cancelled"); so is what a
    pending decision would do ("If approved, the law would ban ...")."""
    from ..language import parse_sentence

    if not _CONDITIONAL_OPENING.match(text):
        return False
    parsed = parse_sentence(text, language)
    roots = [t for t in parsed if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return False
    root = roots[0]
    imagined = any(c.dep_ == "aux" and c.lower_ in _WOULD for c in root.children)
    conditions = [
        c for c in root.children if c.dep_ == "advcl" and c.i < root.i and c.left_edge.i == 0
    ]
    # (the rhetoric's marks: "then" after the condition, or one contrary to fact, "were";
    # a pending decision's "If approved, the law would ban ..." says what is proposed)
    return (
        imagined
        and bool(conditions)
        and (
            any(t.lower_ == "then" for t in parsed[conditions[0].right_edge.i + 1 : root.i])
            or any(t.lower_ == "were" for t in conditions[0].subtree)
        )
    )


HEADLINE_TRIES = 2  # the first paragraph, and the next when the first names nothing or speaks
# to the reader
# Personal pronouns only: "This year's festival ...", "That decision ..." open on a noun; and
# not an empty "It" ("It was a night to remember as Wales beat England").
_PRONOUN_OPENING = re.compile(
    r"(?:he|she|they|we|i|you)\b(?!-)|(?:that|this)(?:['’]s| is| was)\b|"
    r"it(?:['’]s|\s)(?!(?:is |was |has been )?[^,.]{0,60}?\b(?:to|that|as|when)\b)",
    re.IGNORECASE,
)


def _first_sentence(paragraph: str) -> str:
    """The paragraph's first sentence, without a dateline or a caption's label ("" if none)."""
    from ..segment import split_sentences

    text = _LABEL.sub("", _DATELINE.sub("", paragraph.strip()))
    spans = split_sentences(text)
    return text[spans[0][0] : spans[0][1]].strip() if spans else ""


_RELATIVE_OPENING = re.compile(r"(?:Which|Whose|Whom)\b")


def _headline_of(paragraph: str, words: int) -> str | None:
    """The headline the paragraph's first sentence gives, or None; a quotation it opens is
    closed."""
    headline = _cut_headline(paragraph, words)
    if headline is None:
        return None
    ellipsis = headline.endswith(" …")
    closed = _quotation_closed(headline.removesuffix(" …"), _first_sentence(paragraph), words)
    if closed is None:
        return None
    return closed + (" …" if ellipsis and closed in headline else "")


# A quotation mark that opens a quotation: at a word's start.
_QUOTE_OPENER = re.compile(r"(?:^|(?<=\s))(['‘\"“])(?=\w)")
_QUOTE_CLOSERS = {"'": "'’", "‘": "’'", '"': '"”', "“": '”"'}


def _quotation_closed(headline: str, sentence: str, words: int) -> str | None:
    """The headline with a quotation it leaves open closed where the sentence closes it, if
    that is a few words on ("... labelled Anzacs 'racist yobs'", "... says ageing is a
    'disease that can and should be cured'"), else cut before the quotation opens; None when
    too little is left."""
    for opener in reversed(list(_QUOTE_OPENER.finditer(headline))):
        closers = _QUOTE_CLOSERS[opener.group(1)]
        quoted = headline[opener.end() :]
        if re.search(rf"[\w.,!?][{closers}](?!\w)", quoted):
            continue  # closed inside the headline
        end = sentence.find(quoted) + len(quoted)  # where the headline's words stop there
        close = re.search(rf"[\w.,!?]([{closers}])(?!\w)", sentence[end - 1 :])
        if end > len(quoted) - 1 and close:  # (found)
            rest = sentence[end : end - 1 + close.end()]
            if len((headline + rest).split()) <= words + WHOLE_CLAUSE_SLACK:
                return headline + rest
        kept = headline[: opener.start()].split()
        while kept and kept[-1].lower().strip(",") in _WEAK_END:
            kept.pop()
        if len(kept) < 3 or kept[-1].lower() in BE_FORMS | _AUXILIARIES:
            return None
        return " ".join(kept).rstrip(",;:")
    return headline


def _cut_headline(paragraph: str, words: int) -> str | None:
    """The headline the paragraph's first sentence gives, or None."""
    first = _first_sentence(paragraph).rstrip(".!?…").strip()
    if not first:
        return None
    first = re.sub(r"^(?:But|And|However|Yet),?\s+", "", first)  # "But Jeremy Clarkson ..."
    if _RELATIVE_OPENING.match(first):
        return None  # "Which is exactly what happened ...": the rest of a sentence before
    if len(first.split()) < 3:
        return None
    parsed = _main_clause(first, words)
    if parsed:
        return parsed[0].upper() + parsed[1:]
    clause = first
    for match in _CLAUSE_BREAK.finditer(first):
        if len(first[: match.start()].split()) >= 4:  # a clause, not "In Nairobi,"
            clause = first[: match.start()]
            read = _read_before(first, match.start())
            if read == "fronted":
                # "Long relegated to the dusty corners of history, mead ... is making a
                # comeback": the clause after the phrase, if the parse finds one
                rest = first[match.end() :]
                parsed = _main_clause(rest, words) if len(rest.split()) >= 3 else None
                if parsed:
                    return parsed[0].upper() + parsed[1:]
            if read != "clause":
                # "A report about a woman who ... has sparked outrage": a subject without its
                # verb; the sentence from its start, cut, says more
                clause = first
            break
    clause = _WHEN.sub("", clause)
    # a clause a few words over is given whole: a complete headline, if long, says more than
    # one cut off with "…" ("... have been put in special …")
    limit = len(clause.split()) if len(clause.split()) <= words + WHOLE_CLAUSE_SLACK else words
    limit = _past_a_quotation(clause.split(), limit, words + WHOLE_CLAUSE_SLACK)
    kept = clause.split()[:limit]
    cut = len(kept) < len(clause.split())
    while len(kept) > 3 and kept[-1].lower().strip(",") in _WEAK_END:
        kept.pop()
    headline = " ".join(kept).strip(_HEADLINE_EDGES)
    if not headline:
        return None
    return headline[0].upper() + headline[1:] + (" …" if cut else "")


def _past_a_quotation(words: list[str], limit: int, most: int) -> int:
    """Where to cut the words: at `limit`, or past the close of a quotation that opens up to two
    words after it and closes within `most` words ("... to put tackling corruption at the 'top
    of the international agenda'"): a headline does not stop inside a quotation or just before
    the words it quotes."""
    for start in range(max(0, limit - 2), min(limit + 2, len(words))):
        if words[start][:1] not in "\"“‘'":
            continue
        closer = _QUOTE_CLOSERS.get(words[start][0], "")
        for end in range(start, min(most, len(words))):
            if re.search(rf"[{closer}][,.;:!?]*$", words[end]) and (
                end > start or len(words[end]) > 2
            ):
                return max(limit, end + 1)
        return limit
    return limit


# The parts of a clause a headline keeps: who, did what, to what; not where, when or how
# (prepositional phrases, asides, relative and adverbial clauses).
_CORE = frozenset(
    """nsubj nsubjpass aux auxpass neg prt dobj attr acomp oprd dative ccomp xcomp det poss
    compound amod nummod case mark cc conj quantmod nmod predet""".split()
)


_CLAUSE_PUNCTUATION = frozenset(',;:.!?()[]{}"“”‘’–—')  # a dash ends a headline on nothing


def _read_before(sentence: str, end: int) -> str:
    """What the sentence's first `end` characters are, read from the whole sentence's parse:
    "clause" (a verb with a tense, and the main verb if the parse found one), "fronted" (a
    phrase set before the main clause and its subject: "Long relegated to the dusty corners
    of history, mead ... is making a comeback", where the small model tags the participle a
    past tense), or "part" (the start of a clause, such as a subject without its verb)."""
    from ..language import FINITE_TAGS, parse_sentence

    doc = parse_sentence(sentence)
    for root in doc:
        if (
            root.dep_ == "ROOT"
            and root.pos_ in ("VERB", "AUX")
            and root.idx >= end
            and not _REPORTING_WORD.fullmatch(root.text)  # "X is so, a survey suggests"
        ):
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            return "part" if any(c.left_edge.idx < end for c in subjects) else "fronted"
    return "clause" if any(t.tag_ in FINITE_TAGS for t in doc if t.idx < end) else "part"


# Words that join a clause to what came before it: "If Wigan are relegated, then their manager
# would ...": a headline does not open on one.
_JOINING = frozenset("then so also thus still yet and but however".split())


def _main_clause(sentence: str, words: int, short_speaker: bool = False) -> str | None:
    """The sentence's core (subject, verb, object, and a reported clause), read from spaCy's
    parse: "Pakistan and Morocco have taken a significant step forward in their ... relationship
    by signing ..." gives "Pakistan and Morocco have taken a significant step forward". None
    when it is too short or too long to be a headline."""
    from ..language import parse_sentence

    doc = parse_sentence(sentence)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].pos_ not in ("VERB", "AUX"):
        return None  # no verb, or a parse the small model split in two: no clause to trust
    kept: set[int] = set()
    optional: list[set[int]] = []  # a verb's prepositional phrases, dropped last first if long

    def keep(token, into: set[int], whole: bool = False) -> None:
        """`token` and what the headline needs of its subtree, into `into`; `whole`: a phrase
        of where, when or how, kept whole or not at all ("for the first time in three years"
        is not "for the first time")."""
        into.add(token.i)
        verb = token.pos_ in ("VERB", "AUX")
        for child in token.children:
            if (
                child.dep_ in _CORE
                # "far enough", "very well": an adverb with its own adverb, not a clause
                or (
                    child.dep_ in ("advmod", "npadvmod")
                    and all(g.dep_ == "advmod" and not list(g.children) for g in child.children)
                )
                or (
                    child.dep_ == "prep"
                    and child.lower_ == "of"
                    and token.pos_ in ("NOUN", "PROPN")
                )
                # a participle kept whole has its agent: "helped [by strong consumer spending]"
                or (whole and child.dep_ == "agent")
                # a phrase kept whole, with its measure: "by a breakneck [9.5%]"
                or (whole and child.dep_ in ("prep", "npadvmod") and token.dep_ == "pobj")
                # "has moved away from its founding principles", "pulled out of the deal": the
                # adverb and its phrase are what the verb says; "has moved" alone says another
                # thing, so they are kept or the sentence gives no headline
                or (child.dep_ == "advmod" and verb and _particle_with_phrase(child))
                or (child.dep_ == "prep" and _particle_with_phrase(token))
                # "32 years after members refused": the measure of a "before" or "after"
                or (child.dep_ == "npadvmod" and verb and _measures_a_time(token, child))
                # a name's own phrase: "the Centers for Disease Control and Prevention"
                or (
                    child.dep_ == "prep"
                    and token.pos_ == "PROPN"
                    and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in child.children)
                )
            ):
                keep(child, into, whole)
            elif child.dep_ == "prep" and child.lower_ == "of" and token.pos_ in ("NUM", "PRON"):
                # "one [of the most significant in recent years]", "three [of the victims]":
                # what a number or a pronoun counts is part of it, kept whole
                keep(child, into, whole=True)
            elif (
                child.dep_ == "appos"
                and token.dep_ in ("nsubj", "nsubjpass")
                and token.pos_ == "NOUN"
                and child.pos_ == "PROPN"
                and child.i == token.i + len(list(child.lefts)) + 1
            ):
                # "their new manager Gary Caldwell would want ...": the subject's name
                keep(child, into)
            elif child.dep_ in ("prep", "acl") and token.dep_ in ("nsubj", "nsubjpass"):
                # "Shares in Allied Domecq have risen", "A proposal to introduce life sentences"
                phrase_of_subject: set[int] = set()
                optional.append(phrase_of_subject)
                # whole: "Teenagers [in foster care in Scotland]", not "in foster care"
                keep(child, phrase_of_subject, whole=True)
            elif (
                child.dep_ == "prep"
                and token.dep_ == "pobj"
                and token.head.lower_ == "of"
                and token.head.head.dep_ in ("nsubj", "nsubjpass")
            ):
                # "The number of new HIV infections [in a rural Indiana county]": where the
                # subject's own noun is, kept while there is room
                of_subject: set[int] = set()
                optional.append(of_subject)
                keep(child, of_subject, whole=True)
            elif child.dep_ == "prep" and token.dep_ == "dobj" and token.head.pos_ == "VERB":
                # "welcomed Morocco's readmission [to the African Union]": kept while there is
                # room, and never dropped for a phrase of the verb's that comes after it
                of_object: set[int] = set()
                optional.append(of_object)
                keep(child, of_object, whole=True)
            elif child.dep_ in ("pobj", "pcomp", "prep") and (
                token.dep_ in ("prep", "agent") or (token.dep_ == "conj" and token.tag_ == "IN")
            ):
                # "to a run-off", "out of a deal", "by a lorry"; a preposition the parse joined to
                # a verb ("to hack into computers and up his marks") still has its object
                keep(child, into, whole)
            elif child.dep_ == "relcl" and _only_by_its_clause(token, child):
                # "the only novel [she ever wrote]", "the first woman [to ...]": the clause
                # says which; without it the noun says another thing
                keep(child, into, whole=True)
            elif child.dep_ == "advmod" and verb and _years_ago(child):
                # "was published [50 years ago]": an anniversary, which no date of the memo's
                # gives; "two days ago" is when, and goes
                keep(child, into, whole=True)
            elif child.dep_ == "punct" and child.text in "-–'’":
                into.add(child.i)  # inside a word: "run-off"
            elif child.dep_ == "prep" and _complement_of_be(token):
                keep(child, into, whole=True)  # "sales have been below our expectations"
            elif (
                child.dep_ == "acl"
                and child.tag_ == "VBG"
                and token.dep_ == "dobj"
                and token.head.lower_ in _PERCEIVING
            ):
                # "saw militants [playing football with a severed head]": what the object was
                # doing is what was seen, given whole or not at all
                keep(child, into, whole=True)
            elif child.dep_ == "prep" and verb and _from_and_to(token, child):
                # "has gone [from Old Trafford scapegoat] [to one of the most dangerous
                # forwards]", "rose from 3% to 5%": a change, given whole or not at all
                keep(child, into, whole=True)
            elif child.dep_ == "prep" and token.dep_ == "xcomp" and _after_its_object(token, child):
                # "wants to put tackling corruption [at the top of the agenda]": what a verb
                # someone wants, plans or tries to do takes is part of what they want, not
                # where or when; without it the clause stops short
                keep(child, into, whole=True)
            elif child.dep_ in ("prep", "agent", "advcl") and verb:
                # Where, how, when and why: kept while the headline has room, the last first to
                # go ("is lined up to ride Spring Heeled", "were killed when a train derailed").
                phrase: set[int] = set()
                optional.append(phrase)
                keep(child, phrase, whole=True)

    def text_of(indices: set[int]) -> str:
        tokens = [
            t
            for t in doc
            if (t.i in indices and t.text not in _CLAUSE_PUNCTUATION and not _spaced_dash(t))
            or _comma_of_a_list(t, indices)
        ]
        out = []
        for n, t in enumerate(tokens):
            adjacent = n + 1 < len(tokens) and tokens[n + 1].i == t.i + 1
            attribution = n + 1 < len(tokens) and (
                tokens[n + 1].lower_ == "according" or tokens[n + 1].i in reporter
            )
            out.append(t.text + ("," if attribution else "") + (t.whitespace_ if adjacent else " "))
        return "".join(out).strip()

    def first_to_go(phrase: set[int]) -> bool:
        """Time goes before the rest: the memo has its dates."""
        return bool(_WHEN.search(" " + text_of(phrase)))

    def attribution_of(phrase: set[int]) -> bool:
        """ "according to the parents": who makes the claim, the last to go."""
        return text_of(phrase).lower().startswith("according to")

    # "..., a survey has indicated": the comma that sets the reporting clause apart stays
    reporter = _reporter_after_comma(doc, roots[0])
    attribution = _trailing_attribution(doc, roots[0])
    suffix = ""
    if attribution is not None:
        # "X happened, Obama has said": the headline is the claim, still with its source.
        claim, speaker = attribution
        if speaker:
            # the speaker's own noun, not its last word: "police in Northern Ireland say"
            subject = [t for t in speaker if t.dep_ == "nsubj" and t.head.i == roots[0].i]
            own = (subject or [t for t in speaker if t.head not in speaker] or speaker[-1:])[0]
            plural = own.tag_ in ("NNS", "NNPS")
            if short_speaker:
                # a claim that does not fit with its whole source keeps the source's noun:
                # "..., police say", not "..., police in Northern Ireland say"
                # ("..., the CBI says" for "business lobby group the CBI": its name)
                named = [t for t in speaker if t.dep_ == "appos" and t.head.i == own.i]
                if named and named[0].pos_ == "PROPN":
                    own = named[0]
                # the noun with what stands before it, not its phrase ("in Northern Ireland")
                short = [t for t in speaker if own.left_edge.i <= t.i <= own.i]
                if len(short) == len(speaker):
                    return None
                speaker = short
            words_of = "".join(t.text_with_ws for t in speaker).strip()  # "anti-fraud agency"
            # the reporter's own verb, in a headline's present: "scientists claim", not "say"
            verb = _REPORTING_BASE.get(roots[0].lower_, "say")
            suffix = f", {words_of} {_present(verb, plural)}"
            words -= len(suffix.split())
        keep(claim, kept)
    else:
        keep(roots[0], kept)
    said = _what_was_said(doc, roots[0]) - kept - set().union(*optional)
    kept |= said
    head = claim if attribution is not None else roots[0]
    # (the small model may hang the subject on the auxiliary: "Scholfield <- is lined up")
    clause = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))]
    subjects = [c for t in clause for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and not any(c.dep_ == "expl" for t in clause for c in t.children):
        # "Holidaying with a tiger as your neighbour might not sound like ...": a clause for a
        # subject, which the headline would drop, or none at all
        return None
    opening = min((t.left_edge.i for t in subjects), default=head.i)
    fronted = [p for p in optional if p and max(p) < opening]
    for phrase in optional:
        if phrase not in fronted:
            kept |= phrase
    # What stands before the subject ("In a sport beset by tiresome braggadocio, Ricky Burns
    # ...", "After the vote, Labour ...") is where or when, never the headline's opening.
    optional = [p for p in optional if p not in fronted]
    # A long description before the name ("Terminally ill actor and disability campaigner
    # Brian Rix") goes before what the subject did; a short one ("US actor") stays.
    descriptor = _descriptor(sorted(subjects, key=lambda t: t.i))
    dropping = (
        [p for p in optional if first_to_go(p)]
        + [descriptor if len(descriptor) >= LONG_DESCRIPTOR else set()]
        + [said]  # what a bare object of "said" left unparsed, before the verb's own phrases
        + [p for p in reversed(optional) if not first_to_go(p) and not attribution_of(p)]
        + [p for p in optional if attribution_of(p) and not first_to_go(p)]
    )
    dropped: set[int] = set().union(*fronted)
    # A clause a few words over the length is given whole, as the first clause is where there is
    # no parse ("... was hit by a lorry on the A34" says more than "... was hit"), but only where
    # the parse kept every word: a sentence it read in part is cut as before. Its times and a
    # long description before the name still go first.
    if not suffix and all(t.i in kept for t in doc if not t.is_punct):
        crowd = descriptor if len(descriptor) >= LONG_DESCRIPTOR and min(descriptor) == 0 else set()
        essential = len(text_of(kept - crowd - set().union(*filter(first_to_go, optional))).split())
        if essential <= words + WHOLE_CLAUSE_SLACK:
            words = max(words, essential)
    went = []
    for phrase in dropping:
        if len(text_of(kept).split()) <= words:
            break
        kept -= phrase
        dropped |= phrase
        went.append(phrase)
    # What went to make room goes back where room is left, the last to go first: "The number of
    # new HIV infections [in a rural Indiana county] has grown", once its long source has gone.
    for phrase in reversed(went):
        if (
            phrase
            and _fills_a_gap(doc, kept, phrase)
            and len(text_of(kept | phrase).split()) <= words
        ):
            kept |= phrase
            dropped -= phrase
    kept = _up_to_a_hole(doc, kept, dropped)
    kept |= _rest_of_hyphenated_words(doc, kept)
    if head.i not in kept:
        return None  # cut before its verb: no clause left
    if not _finite(head):
        # "Excrement thrown at the statue of ...": a verb with no tense of its own, read as the
        # main one by a parse that missed the real one; its headline would join the pieces
        return None
    kept_words = _WHEN.sub("", text_of(kept)).strip(_HEADLINE_EDGES).split()
    while kept_words and kept_words[-1].lower() in _WEAK_END:
        kept_words.pop()  # a phrase the parse left without its noun: "... debate on its"
    while kept_words and kept_words[0].lower().strip(",") in _JOINING:
        kept_words.pop(0)
    if kept_words and kept_words[-1].lower().strip(",") in BE_FORMS | _AUXILIARIES:
        return None  # "A discovery of arms was": a clause that stops before what it says
    if suffix and not short_speaker and len(kept_words) > words:
        return _main_clause(sentence, words + len(suffix.split()), short_speaker=True)
    if not 3 <= len(kept_words) <= words:
        return None
    return " ".join(kept_words) + suffix


def _from_and_to(verb: Any, phrase: Any) -> bool:
    """Whether the verb's phrase is the "from" or the "to" of a change the verb gives both of,
    one after the other ("has gone from scapegoat to star")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return any(
        a.lower_ == "from" and b.lower_ == "to" and b.i == a.right_edge.i + 1 and phrase in (a, b)
        for a, b in pairwise(preps)
    )


def _after_its_object(verb: Any, phrase: Any) -> bool:
    """Whether the verb's phrase comes right after its object: "to put [tackling corruption] [at
    the top ...]", where the phrase completes what the verb does to it."""
    return any(c.dep_ == "dobj" and phrase.i == c.right_edge.i + 1 for c in verb.children)


def _comma_of_a_list(token: Any, kept: set[int]) -> bool:
    """A comma between two items the headline keeps of a list ("shattering bones, shredding
    muscles and severing limbs"): without it the items run together."""
    doc = token.doc
    return (
        token.text == ","
        and token.i - 1 in kept
        and token.i + 1 in kept
        and token.i + 1 < len(doc)
        and doc[token.i + 1].dep_ == "conj"
    )


def _present(lemma: str, plural: bool) -> str:
    """The verb in the present tense: "claim" for "scientists", "claims" for "a survey"."""
    if plural:
        return lemma
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _reporter_after_comma(doc: Any, root: Any) -> set[int]:
    """The first word of a reporting verb's subject that follows a comma, as in "Activity fell,
    a survey has indicated"; empty where there is none."""
    if not _REPORTING_WORD.fullmatch(root.text):
        return set()
    for subject in root.children:
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.i < root.i:
            first = subject.left_edge
            if first.i > 0 and doc[first.i - 1].text == ",":
                return {first.i}
    return set()


def _rest_of_hyphenated_words(doc: Any, kept: set[int]) -> set[int]:
    """The parts not kept of the hyphenated words the headline keeps a part of: the parse makes
    "once-in-a-lifetime" seven tokens, and a headline of "once-" and "experience" is no
    English."""
    rest: set[int] = set()
    word: list[int] = []
    for token in doc:
        word.append(token.i)
        if token.whitespace_ or token.i == len(doc) - 1:
            if len(word) > 1 and any(doc[i].text == "-" for i in word) and kept & set(word):
                rest |= set(word) - kept
            word = []
    return rest


LONG_DESCRIPTOR = 4  # words (punctuation aside) before a name that crowd a headline


def _descriptor(subjects: list[Any]) -> set[int]:
    """The words that describe a named subject before its name ("Terminally ill actor and
    disability campaigner" Brian Rix), which a headline short of room can drop and keep the
    name. The small model splits a coordinated description into subjects of their own
    ("campaigner and Baptist minister Jesse Jackson"): the name is the last subject's."""
    if not subjects:
        return set()
    named = subjects[-1]
    if named.pos_ != "PROPN":
        # "The shooting of African-American, father-of-four Walter Scott ...": the name the
        # subject is of, described before it
        of = [c for c in named.children if c.dep_ == "prep" and c.lower_ == "of"]
        names = [g for c in of for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if not names:
            return set()
        named, subjects = names[0], [names[0]]
    start = named.i
    while start > 0 and named.doc[start - 1].pos_ == "PROPN":
        start -= 1
    if named.i - start < 1:
        return set()  # a name of one word ("Burns") needs its description
    first = min(s.left_edge.i for s in subjects)
    # (with the hyphens inside its words: "father-of-four" goes whole)
    return {
        i for i in range(first, start) if not named.doc[i].is_punct or named.doc[i].text in "-–"
    }


def _fills_a_gap(doc: Any, kept: set[int], phrase: set[int]) -> bool:
    """Whether the phrase is all the words between two kept ones: put back, it leaves no hole."""
    first, last = min(phrase), max(phrase)
    inside = all(i in phrase or doc[i].is_punct for i in range(first, last + 1))
    return inside and first - 1 in kept and last + 1 in kept


def _up_to_a_hole(doc: Any, kept: set[int], dropped: set[int]) -> set[int]:
    """`kept` up to the first words left out between kept ones that were not a phrase the
    headline dropped, an aside between punctuation, or a time: "... are facing growing
    accusations [that killer cop Michael Slager would have got away with a cover up] had a
    bystander video not emerged" stops before the hole, not after it."""
    order = sorted(kept)
    for a, b in pairwise(order):
        if b - a == 1:
            continue
        hole = doc[a + 1 : b]
        aside = (doc[a].is_punct or hole[0].is_punct) and (hole[-1].is_punct or doc[b].is_punct)
        when = not _WHEN.sub("", " " + hole.text).strip(" ,")
        # Modifiers of a kept word ("infections [in a rural Indiana county] has grown") may go;
        # a clause ("accusations [that ... would have got away ...]") leaves the rest unreadable.
        roots = [t for t in hole if not (hole.start <= t.head.i < hole.end)]
        modifiers = all(t.dep_ in _MODIFIERS for t in roots)
        # Never part of a name: "[... colonialist Cecil] John Rhodes" is no one.
        splits_a_name = doc[b].pos_ == "PROPN" and hole[-1].pos_ == "PROPN"
        if splits_a_name or not (
            aside or when or modifiers or all(t.i in dropped or t.is_punct for t in hole)
        ):
            return {i for i in order if i <= a}
    return kept


# The adverbs that make a phrasal verb with their phrase: "moved away from", "pulled out of".
_PARTICLES = frozenset("away out back off down up ahead along apart aside forward".split())


_QUOTE_MARKS = frozenset("\"“”‘’'")


def _complement_of_be(verb: Any) -> bool:
    """Whether a phrase of `verb` is what it says: "be" with no other complement ("sales have
    been below our expectations", "the talks are in their final stage")."""
    return verb.lower_ in BE_FORMS and not any(
        c.dep_ in ("attr", "acomp", "dobj", "xcomp", "ccomp") for c in verb.children
    )


# The forms of "be" (the parse has no lemmas: the pipeline runs without its lemmatiser).
BE_FORMS = frozenset("be is are was were been being am 's 're".split())
_AUXILIARIES = frozenset("has have had will would can could may might must shall should".split())


def _spaced_dash(token: Any) -> bool:
    """A hyphen typed for a dash, with a space either side ("the market - in which ... -")."""
    return (
        token.text == "-"
        and bool(token.whitespace_)
        and token.i > 0
        and bool(token.doc[token.i - 1].whitespace_)
    )


def _particle_with_phrase(token: Any) -> bool:
    return (
        token.dep_ == "advmod"
        and token.lower_ in _PARTICLES
        and any(c.dep_ == "prep" for c in token.children)
    )


# Words that pick out one of a kind, which a relative clause then says: "the only novel she
# ever wrote", "the last time they met".
_ONE_OF_A_KIND = frozenset("only first last sole same".split())
_LONG_SPANS = frozenset("years decades centuries generations".split())


ITS_CLAUSE_WORDS = 6  # a longer clause is a sentence of its own, no part of a headline


def _only_by_its_clause(noun: Any, clause: Any) -> bool:
    """Whether `noun` is "the" one of a kind that its short relative `clause` says: "the only
    novel she ever wrote"; not "its biggest rival that would create the largest airline ..."."""
    return (
        any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and any(
            c.dep_ == "amod" and (c.lower_ in _ONE_OF_A_KIND or c.tag_ == "JJS")
            for c in noun.children
        )
        and len(list(clause.subtree)) <= ITS_CLAUSE_WORDS
    )


def _years_ago(adverb: Any) -> bool:
    return adverb.lower_ == "ago" and any(c.lower_ in _LONG_SPANS for c in adverb.children)


def _measures_a_time(verb: Any, measure: Any) -> bool:
    """ "[32 years] after members refused": a measure right before the verb clause's own "after",
    "before" or "since", without which the clause says another time."""
    marks = [
        c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before", "since")
    ]
    return any(measure.i < m.i for m in marks)


def _finite(verb: Any) -> bool:
    """Whether the verb has a tense: its own, or an auxiliary's ("has moved", "was found"). A
    participle with an object of its own ("The strength of the franc dented sales") is the past
    tense the small model mistook for one: a passive participle takes no object."""
    from ..language import FINITE_TAGS

    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(t.tag_ in FINITE_TAGS for t in (verb, *auxiliaries)):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)


_MODIFIERS = frozenset(
    "prep amod appos advmod npadvmod relcl punct nummod compound quantmod poss det".split()
)


SPEAKER_WORDS = 6  # "US President Barack Obama", "a spokesman for the ministry"
SPEAKER_NAME_WORDS = 2  # of a long run of names and titles, the name: "Barack Obama"


def _what_was_said(doc: Any, root: Any) -> set[int]:
    """The rest of the sentence after a reporting verb whose object the parse left a bare noun
    ("Brian Rix has said the law on assisted dying needs changing", where the small model reads
    "needs" as a noun): what was said is all of it, where it fits, or the headline says "has
    said the law"."""
    # (not "revealed plans to ...", whose object is what was revealed, not a clause said)
    if not _REPORTING_WORD.fullmatch(root.text) or root.lower_.startswith("reveal"):
        return set()
    if any(c.dep_ == "ccomp" for c in root.children):
        return set()
    objects = [c for c in root.children if c.dep_ == "dobj" and c.i > root.i]
    if not objects:
        return set()
    return {t.i for t in doc[objects[0].left_edge.i :] if not t.is_punct or t.text in "-–'’"}


def _trailing_attribution(doc: Any, root: Any) -> tuple[Any, list] | None:
    """For a sentence that ends by saying who said it ("..., US President Barack Obama has
    said"), the root of the claim and the speaker's words; else None. The speaker is the words
    between the last comma and the reporting verb (the small model does not always attach them
    as its subject), a long run of titles and names cut to the name; none for a pronoun ("...,
    he said"), which a headline cannot name."""
    if not _REPORTING_WORD.fullmatch(root.text):
        return None
    claims = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    if not claims:
        return None
    end = root.i
    while end > 0 and doc[end - 1].dep_ in ("aux", "neg", "advmod") and doc[end - 1].head == root:
        end -= 1
    start = end
    while start > 0 and doc[start - 1].text != ",":
        start -= 1
    speaker = [t for t in doc[start:end] if t.text not in _QUOTE_MARKS]  # a quotation's close
    if not 1 <= len(speaker) <= SPEAKER_WORDS or start <= claims[0].i:
        return None
    if len(speaker) == 1 and speaker[0].pos_ == "PRON":
        return claims[0], []
    if any(t.pos_ in ("VERB", "AUX", "PRON") for t in speaker):
        return None  # "..., as officials had warned": not the sentence's frame
    names = [t for t in speaker if t.pos_ == "PROPN"]
    if len(names) > SPEAKER_NAME_WORDS and speaker[-1].pos_ == "PROPN":
        speaker = speaker[-SPEAKER_NAME_WORDS:]
    return claims[0], speaker


_MONTH_NUMBER = {m[:3].lower(): n for n, m in enumerate(MONTHS, start=1)}
_MONTH = r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_SHAPES = (
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})(?:-(?P<day>\d{1,2}))?(?:[T ].*)?"),
    re.compile(r"D:(?P<year>\d{4})(?P<mnum>\d{2})?(?P<day>\d{2})?.*"),
    re.compile(
        r"(?:[A-Za-z]{3,9},?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
        + _MONTH
        + r",?\s+(?P<year>\d{4})\b.*"
    ),
    re.compile(
        r"(?:[A-Za-z]{3,9},?\s+)?" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
        r"(?P<year>\d{4})\b.*"
    ),
    re.compile(_MONTH + r",?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<year>\d{4})"),
)


def iso_date(text: str | None) -> str | None:
    """`text` as an ISO 8601 date, as precise as it is ("2024-05-14", "2024-05", "2024"); the text
    as given when it has no recognisable date, None when it is empty."""
    if not text or not text.strip():
        return None
    value = " ".join(text.split())
    for shape in _DATE_SHAPES:
        match = shape.fullmatch(value)
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        month = int(parts["mnum"]) if parts.get("mnum") else None
        if parts.get("month"):
            month = _MONTH_NUMBER[parts["month"][:3].lower()]
        day = int(parts["day"]) if parts.get("day") else None
        if (
            not 1000 <= year <= 2999
            or (month and not 1 <= month <= 12)
            or (day and not 1 <= day <= 31)
        ):
            continue
        return "-".join(
            [f"{year:04d}", *([f"{month:02d}"] if month else []), *([f"{day:02d}"] if day else [])]
        )
    return value


def display_date(iso: str | None) -> str | None:
    """An ISO date as a reader writes it ("14 May 2024", "May 2024"); other text unchanged."""
    if not iso:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso)
    if not match:
        return iso
    year, month, day = match.groups()
    if not month:
        return year
    name = MONTHS[int(month) - 1]
    return f"{int(day)} {name} {year}" if day else f"{name} {year}"
