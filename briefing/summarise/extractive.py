"""The default engine: key points picked from the article with a pretrained sentence encoder.

News puts the essentials first, so a sentence's score starts from a position prior, 1/(1+i) for
the i-th sentence (the expected share of the news a reader gets from it, falling like Zipf's law).
Two signals then reorder sentences whose priors are close:

- directed centrality, as in PacSum (Zheng & Lapata 2019): a sentence gains from similar
  sentences that follow it (it introduces them) and loses from similar ones before it (it repeats
  them); edges below a share of the article's similarity range are dropped;
- similarity to the headline, when the article has one (eval rows without a title have none, and
  no headline is made up for them).

Sentences that do not work as a memo point are set aside unless there are too few others:
fragments, questions, sentences that open with a quotation mark, photo captions ("Under fire:
..."), lines without closing punctuation, and sentences that cannot come down to the memo's 35
words by dropping a trailing clause. Page furniture and the writer's first person never become
points or background (`standalone`). Selection is greedy MMR with a near-duplicate cut, so no two
points say the same thing; a picked sentence is used only if it stands alone (its opening pronoun
resolved to a named person, else it is passed over) and, when shortened, still reads as a
sentence with its attribution (`compress`, checked with the language pipeline's parse).

Beyond the first `LEAD_POINTS` points, which follow salience alone, the memo makes room for what
a reader needs next when the article has it: a reaction (criticism, denial, opposition), a dated
event still to come, and a next step (a vote, a deadline, a plan), each the most salient sentence
of its kind.
Points are returned best first. `briefing eval` measures every choice here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

import numpy as np

from ..calendar_words import MONTHS, WEEKDAYS
from ..config import Settings
from ..encoder.sentences import SentenceEncoder
from ..language import parsed_together, reads_as_statement
from ..listing import listing_paragraphs
from ..load.fused.words import word_frequencies
from ..records import Document, Draft, EngineInfo, Mention, Sentence, Summary
from ..segment import capitalised_inside_a_sentence
from ..titles import given_names
from .baselines import words
from .compress import MAX_WORDS, compress, fits, strip_framing
from .standalone import (
    EPITHET_NOUNS,
    PUT_OFF_UNTIL,
    REPORTING_VERBS,
    caption_block,
    dated_future,
    drop_connective,
    ends_inside_quotation,
    inside_quotation,
    is_news,
    looks_back,
    says_in_general,
    sentence_subject,
    standalone,
    unnamed_speaker,
    unquoted,
)

# The one weight tuned on writers_dev: how far one standard deviation of a signal may move a
# sentence against the position prior (0.05-0.2 all beat Lead-3; docs/evaluation.md has the check).
SIGNAL_WEIGHT = 0.1
EDGE_THRESHOLD = 0.3  # PacSum's beta: edges below min + 0.3 x (max - min) similarity are noise
BACKWARD_WEIGHT = -1.0  # PacSum's lambda for edges to earlier sentences (forward edges: +1)
REDUNDANCY = 0.1  # MMR: cosine to the closest chosen point, on the prior's scale
DUPLICATE = 0.85  # cosine above which two sentences count as the same fact
MIN_WORDS = 8  # shorter sentences are fragments ("It's busy.", "Read on.")
BRIEF_MIN_WORDS = 4  # a reaction or a next step in fewer words than a lead point takes
BACKGROUND_SENTENCES = 2
BACKGROUND_MAX_WORDS = 45  # background is whole sentences: a longer one is left out, not cut
LEAD_POINTS = 3  # points picked by salience alone before reactions and next steps get room
# What comes after the news: a reaction to it, and what happens next. A reaction is someone's act
# ("Shadow home secretary David Davis welcomed his 'gracious apology'", "The union rejected the
# offer"); words that only name one ("Amid opposition anger, Mr Blunkett had to answer ...", "The
# move triggered a wave of anti-government protests") say there was a reaction without giving it
# or whose it was, so a memo with only those has not yet given the other side, and they give none.
_NOT_SUFFERED = r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )"
_REACTING = re.compile(
    # (and the plain present a plural subject takes: "The Liberal Democrats oppose the plans")
    r"\b(?:criticis(?:ed|es|e)|criticiz(?:ed|es|e)|condemn(?:ed|s)?|reject(?:ed|s)?|"
    r"oppos(?:ed|es|e)|"
    # "was denied a penalty", "were dismissed for 74", "Upson also dismissed for his reaction":
    # a refusal or a sending-off suffered, not a denial or a dismissal made
    rf"{_NOT_SUFFERED}den(?:ied|ies)|"
    rf"{_NOT_SUFFERED}(?:dismiss|challeng)(?:ed|es)\b(?!\s+(?:for|from|by|in|after|on)\b)|"
    r"object(?:ed|s) to|protest(?:ed|s) (?:against|at|over)|hits? back|welcom(?:ed|es)|"
    # a denial in other words: "Cairn refutes the claims", "has consistently protested her
    # innocence", "pleaded not guilty"
    r"refut(?:ed|es)|rebut(?:ted|s)|"
    r"(?:protest(?:ed|s|ing)|maintain(?:ed|s|ing)) (?:his|her|their) innocence|"
    r"plead(?:ed|s)? not guilty|"
    r"respond(?:ed|s)|in response|called for|urg(?:ed|es)|"
    # (not the noun: "Calls for a shift ... have fallen on deaf ears", "led to calls for")
    r"(?<!^)(?<!\bto )(?<!\bthe )(?<!\bof )(?<!\bamid )calls for|vow(?:ed|s)|disput(?:ed|es)|"
    r"appeal(?:ed|s) against|accus(?:ed|es)(?! of\b)|"
    # opposition by law or by deed: "Shareholders have also launched lawsuits against the group"
    r"(?:launch(?:ed|es)|fil(?:ed|es)|br(?:ought|ings)|t(?:ook|akes)) (?:a |an )?(?:[a-z]+ )?"
    r"(?:lawsuits?|legal action|legal challenge|challenge|complaints?|suit|claim|petition) against|"
    r"threaten(?:ed|s) (?:to sue|legal action|to strike)|boycott(?:ed|s)|walked out|"
    r"went on strike|"
    # a reaction named with whose it is: "drawn criticism from environmental groups"
    r"(?:criticism|condemnation|opposition|protests?|anger|outrage) from)\b",
    re.IGNORECASE,
)
# A reaction suffered with no one named who made it ("The government was widely criticised for
# insisting ..."): like a reaction's noun alone, it says there was one without giving whose.
_SUFFERED_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)(?: [a-z]+ly)? $", re.IGNORECASE)
_BY_AFTER = re.compile(r"(?: [\w'’-]+){0,4}? by\b")  # "opposed in the past by leftist parties"
# The plain forms reacting shares with the infinitive: a reaction only where made, in the
# present ("The Liberal Democrats oppose the plans"), not one that may or will be.
_PLAIN_FORMS = frozenset("oppose criticise criticize condemn reject".split())
_NOT_DONE_BEFORE = re.compile(
    r"\b(?:will|would|could|can|may|might|shall|should|must|to|not|never)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# Answering a question is speaking, not reacting: "Mr Clarke's comments came in response to an
# emergency question from ...".
_ANSWER = re.compile(r" to (?:an? |the |his |her |their )?(?:[\w-]+ ){0,2}questions?\b")


# A verdict given in someone's words: "Hugh Williamson ... has called the law "another milestone
# in Russia's relentless crackdown"", "described the move as 'disgraceful'". Not a participle
# ("The 31-year-old admitted interest in the tour was immense, calling it ..."): the sentence's
# own speaker describing, not someone answering.
_VERDICT = re.compile(
    r"\b(?:call(?:ed|s)|brand(?:ed|s)|describ(?:ed|es)) (?:it|this|that|them|"
    r"(?:the|this|that|these|those) (?:[\w-]+ ){0,2}?[\w-]+) (?:(?:as )?(?:an? |the )?[\"“‘]|as\b)"
)


def reacts(text: str, verdicts: bool = True) -> bool:
    """Whether the sentence gives a reaction and whose it is (`_REACTING`, outside its
    quotations; or, with `verdicts`, a verdict in someone's words, `_VERDICT`): not one suffered
    with no one named who made it, nor an answer to a question."""
    verdict = _VERDICT.search(text) if verdicts else None
    if verdict is not None and verdict.group().split()[0] in unquoted(text):
        return True
    text = unquoted(text)
    for found in _REACTING.finditer(text):
        after = text[found.end() :]
        if _SUFFERED_BEFORE.search(text, 0, found.start()) and not _BY_AFTER.match(after):
            continue
        if found.group().lower() == "in response" and _ANSWER.match(after):
            continue
        if found.group().lower() in _PLAIN_FORMS and _NOT_DONE_BEFORE.search(
            text, 0, found.start()
        ):
            continue  # "could oppose the scheme", "will reportedly reject any offer": not yet done
        return True
    return False


# A defence made (not suffered: "was denied bail"): "have defended their stance", "denied the
# claims", "rejected the allegations", "hit back at critics". Not "defending champion", a title.
_DEFENDING = re.compile(
    # (what is defended: "defended the measures", "his performance", "coach Andy Robinson"; not
    # "Italy defended man on man", a side's play; nor "denied bail", a denial suffered)
    rf"{_NOT_SUFFERED}\b(?:defend(?:ed|s)\s+(?:(?:his|her|their|its|the|a|an|this|that|these|"
    r"those|our|my)\b|(?-i:(?:[a-z]+\s+)?[A-Z]))|"
    r"den(?:ied|ies)\b(?!\s+(?:bail|access|entry|permission|the\s+(?:right|chance)))|"
    r"reject(?:ed|s) (?:the |these |those |any |all )?(?:[a-z]+ )?(?:claims?|criticisms?|"
    r"allegations?|accusations?|charges?|suggestions?)\b|hit(?:s)? back\b)",
    re.IGNORECASE,
)


def answers_a_charge(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether the i-th sentence answers a charge or a criticism: a defence made ("But CCGs
    have defended their stance, saying ..."), or, right after a sentence that makes the charge,
    what someone says against it ("Critics have accused the party of effectively buying votes.
    But a UKIP spokesman said ..."). Outside quotations."""
    text = unquoted(sentences[i].text)
    found = _DEFENDING.search(text)
    if found is not None and not _NOT_MADE_BEFORE.search(text, 0, found.start()):
        return True
    before = sentences[i - 1] if i else None
    return (
        before is not None
        and before.paragraph == sentences[i].paragraph
        and _TURN_AGAINST.match(text.lstrip()) is not None
        and _SPOKEN.search(text) is not None
        and _CHARGING.search(unquoted(before.text)) is not None
    )


# A defence not made: suffered after an adverb ("been ... repeatedly denied"), imagined ("had
# he denied the charge"), or not made at all ("never denied").
_NOT_MADE_BEFORE = re.compile(
    r"\b(?:(?:was|were|been|being|is|are|be)\s+[a-z]+ly|be|had\s+(?:he|she|they|it|we|I)|not|never|"
    r"n['’]t|would|could|might|may)\s+$",
    re.IGNORECASE,
)
_TURN_AGAINST = re.compile(r"(?:But|However|Yet)\b")
# A charge or a criticism made: "Critics have accused the party of ...", "was condemned by".
_CHARGING = re.compile(
    # (not "attacks", which news says of bombs and hackers as often; nor "the alleged fraud")
    r"\b(?:accus(?:ed|es|ing)|critici[sz](?:ed|es|ing)|condemn(?:ed|s|ing)|blam(?:ed|es|ing)|"
    r"question(?:ed|s|ing) the|alleg(?:ed|es|ing) that)\b",
    re.IGNORECASE,
)


_NEXT_STEP = re.compile(
    r"\b(?:will|is to|are to|(?:is|are|was|were) due|expected to|plans? to|set to|"
    r"next (?:week|month|year|spring|summer|autumn|winter)|deadline|vote|ballot|run-off|"
    rf"hearing|summit|talks|by (?:the end of )?(?:19|20)\d\d|{PUT_OFF_UNTIL}|"
    # a decision pending: "is deciding whether to appeal", "are considering whether to ..."
    r"(?:deciding|considering|weighing(?: up)?|debating) whether)\b",
    re.IGNORECASE,
)
# A claim the sentence before made, disputed by its noun alone: "disputes the claim", "denied the
# allegations" (not "denied the claim that ...", "the allegations of fraud", "dismissed the claim
# he had reneged", which say what the claim is)
_CLAIM_BEFORE = re.compile(
    r"\b(?:disput|den(?:y|ie)|reject|dismiss|refut|deni)\w* the (?:claims?|allegations?|"
    r"accusations?|assertion)\b(?!\s+(?:that|of|by|from|made|about|he|she|they|it|his|her|"
    r"their)\b)",
    re.IGNORECASE,
)
_ILLUSTRATION = re.compile(r"\b(?:for example|for instance|e\.g\.)", re.IGNORECASE)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# A person called by a description and no name: "the London 2012 champion", "the 25-year-old"
# (not "the 25-year-old Laszlo Cseh", "the champion, Adam Peaty,")
_UNNAMED_EPITHET = re.compile(
    r"\bthe (?:[\w’'-]+ ){0,3}(?:\d{1,3}-year-old|(?:"
    + "|".join(sorted(EPITHET_NOUNS))
    + r")s?)\b(?!,? [A-Z]| \()"
    # (the noun of its phrase, not a word before one: "the 30-year-old law", "the DVD player
    # market", "the international community")
    r"(?! (?!(?:in|at|on|of|with|for|to|from|and|but|or|as|by|who|which|that|was|is|had|has|"
    r"will|would|could)\b)[a-z])"
)

_CAPTION = re.compile(r"^[A-Z][\w'’\- ]{0,40}:\s+(?![\"“‘'])")
# A sentence ends in a stop, inside or before its closing quote or bracket: a line that ends
# in a quotation and no stop ("... he admits to having 'two younger girlfriends'") is a
# picture's caption.
_CLOSED = re.compile(r"[.!…][\"”’')]*\s*$")
_QUOTE_OPEN = ('"', "“", "‘", "'")
# A sentence that opens on a word in lower case is the rest of one the splitter cut ("Predicted
# chart-topper Do They Know it's Christmas? | is expected to sell ..."); a name in lower case
# has a capital inside it ("eBay", "iPod") or is no word of the language (`_cut_opening`).
_CUT_OPENING = re.compile(r"^[\"'“‘(\[]*([a-z][a-z'’-]*)(?=[\s,.;:!?]|$)")
_PUNCTUATION_OPENING = re.compile(r"^\s*[,;:]")


def _cut_opening(text: str) -> bool:
    """Whether the sentence opens on a word in lower case that is a word of the language: the
    rest of one the splitter cut ("edged out Russia's Olga Fedorova ..."); or on a comma, a
    semicolon or a colon, its subject lost (", who broke onto the international scene ...").
    Not a name written in lower case ("sportscotland says it has yet to decide where the cuts
    will fall"), which is rarer in English than one word in a million."""
    if _PUNCTUATION_OPENING.match(text):
        return True  # ", who broke onto the international scene ...": the name before it lost
    opening = _CUT_OPENING.match(text)
    if opening is None:
        return False
    frequencies = word_frequencies()
    parts = [part for part in re.split(r"['’-]", opening.group(1)) if part]
    return any(frequencies.get(part, 0.0) >= LANGUAGE_WORD for part in parts)


LANGUAGE_WORD = 1e-6  # a word's frequency in English (Google Books) at which it is no rare name


# A single quotation mark that opens (after a space, a colon or a bracket, before a letter) or
# closes one (after a letter or a stop, before a space, a stop or the end). An apostrophe inside
# a word ("it's") is neither; a plural possessive ("voters' ") reads as a closer, so a quotation
# is never thought open for one.
_SINGLE_OPENS = re.compile(r"(?:^|(?<=[\s:(\[]))['‘](?=\w)")
_SINGLE_CLOSES = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?)]|$)")


def _quotes_balance(text: str) -> bool:
    """Whether every quotation the sentence opens it also closes. One that does not was cut
    from a quotation of several sentences ('the source said: "Everything is so marginal.', or
    'he said: "He is clever. "He lacks strategy.', two opening marks): printed alone, it
    leaves the quotation open and its end unsaid."""
    if text.count('"') % 2 or text.count("“") != text.count("”") or ends_inside_quotation(text):
        return False
    return len(_SINGLE_OPENS.findall(text)) <= len(_SINGLE_CLOSES.findall(text))


def _closing_mark(text: str) -> str | None:
    """The mark that closes the one quotation a sentence opens and leaves open at its end,
    because the speech goes on in the next sentence ('David Noble ... said: "Recent fears ...
    have now become a reality.'): a memo point may end the quotation there, as an excerpt of it
    does. None for a sentence with any other quotation left open, or one with none."""
    if not _CLOSED.search(text) or text.rstrip()[-1:] in "\"”’'":
        return None
    if text.count("“") == text.count("”") + 1 and text.rfind("“") > text.rfind("”"):
        opener, closer = "“", "”"
    elif text.count('"') == 1 and "“" not in text:
        opener, closer = '"', '"'
    else:
        return None
    start = text.rfind(opener)
    if start == 0 or not _SPEECH_OPENS.search(text[:start]):
        return None  # the quotation opens the sentence: whose words they are comes later
    rest = text[start + 1 :]
    if len(rest.split()) < MIN_WORDS:
        return None  # "... told BBC News: "It sort of jumped forward.": too little said
    # (single quotation marks inside, if any, are closed there)
    if len(_SINGLE_OPENS.findall(rest)) > len(_SINGLE_CLOSES.findall(rest)):
        return None
    return closer


# What introduces a speaker's words: "said:", "told the BBC:", "added that".
_SPEECH_OPENS = re.compile(r"(?:[,:]|\b(?:said|says|added|adds|told [\w ]{1,40}?))\s*$")


class ExtractiveEngine:
    def __init__(self, settings: Settings | None = None, encoder: SentenceEncoder | None = None):
        settings = settings or Settings()
        self.language = settings.spacy_model
        self.max_sentences = settings.max_sentences
        self.encoder = encoder or SentenceEncoder.from_settings(settings)
        model = self.encoder.name
        if self.encoder.precision != "float32":
            model = f"{model} ({self.encoder.precision})"
        # The tables the rules read, loaded now: the rules of a batch run on threads side by
        # side (`parsed_together`), which would each load them at their first use.
        word_frequencies()
        given_names()
        self.info = EngineInfo(name="extractive", model=model)

    def prepare(self, documents: Sequence[Document]) -> np.ndarray:
        """The vectors of every sentence of the documents (as `leading` cuts them), then of
        their headlines: the encoder's work, native code that needs no interpreter lock, done for
        the next batch while the rules of this one run (`base.PreparingEngine`)."""
        documents = [leading(doc, self.max_sentences) for doc in documents]
        texts = [s.text for doc in documents for s in doc.sentences]
        titles = [t for doc in documents if (t := doc.article.title.strip())]
        # One encoder call for every sentence and headline of every document: batches stay full.
        return self.encoder.encode(texts + titles)

    def summarise(
        self, documents: Sequence[Document], points: int, prepared: np.ndarray | None = None
    ) -> list[Summary]:
        vectors = self.prepare(documents) if prepared is None else prepared
        documents = [leading(doc, self.max_sentences) for doc in documents]
        texts = [s.text for doc in documents for s in doc.sentences]
        titles = [doc.article.title.strip() for doc in documents]
        jobs, offset, title_row = [], 0, len(texts)
        for doc, title in zip(documents, titles, strict=True):
            count = len(doc.sentences)
            title_vector = None
            if title:
                title_vector = vectors[title_row]
                title_row += 1
            sentence_vectors = vectors[offset : offset + count]
            jobs.append(
                partial(_summarise_one, doc, sentence_vectors, title_vector, points, self.language)
            )
            offset += count
        # The documents' rules side by side, so that the sentences they parse are parsed
        # together (`parsed_together`).
        return parsed_together(jobs)


_SAYING = re.compile(rf"\b(?:{REPORTING_VERBS})\b", re.IGNORECASE)


def _unattributed(text: str) -> bool:
    """A sentence that opens a quotation and, outside its quotations, says nobody said it."""
    text = text.strip()
    return text.startswith(_QUOTE_OPEN) and not _SAYING.search(unquoted(text))


# Words spoken, in quotation marks: a closed quotation of a word or more.
_QUOTATION = re.compile(r"[\"“][^\"“”]+[\"”]")
_ATTRIBUTED = re.compile(
    rf"\b(?:{REPORTING_VERBS}|according to|described|called|dubbed|branded|termed|labelled|"
    r"nicknamed|known as|praised|hailed|declared|promised|urged|welcomed|criticised|criticized|"
    r"condemned|attacked|lik(?:en|ens|ened)|point(?:s|ed)? out|indicat(?:ed|es)|"
    r"bemoan(?:s|ed)?|complain(?:s|ed)?|apologi[sz]ed|conced(?:ed|es))\b",
    re.IGNORECASE,
)


# A capitalised word past the sentence's first: a name.
_NAME_INSIDE = re.compile(r"(?<=\s)[A-Z]")


def _ends_on_a_pointer(text: str) -> bool:
    """Whether the sentence ends on a demonstrative standing for what an earlier one told ("...
    presented in a written parliamentary answer on 17 March 2003 did not suggest this.", "Japan
    appears to be doing just that."): out of its place, it says nothing. Outside quotations:
    a speaker's "I never said that." is what they said."""
    return bool(_POINTER_AT_THE_END.search(unquoted(text).strip()))


_POINTER_AT_THE_END = re.compile(r"\b(?:this|that|these|those)\s*[.!]?$", re.IGNORECASE)


def _speech_goes_on(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether the sentence goes on with the speech of the one before it: words in quotation
    marks, no one said to speak them and no name of anyone, after a sentence that reports
    someone speaking ("..., the ADB said. But the blow to many low-income people could be
    "enormous"."). Alone, the quoted claim would be the memo's own."""
    text = sentences[i].text
    if i == 0 or not _QUOTATION.search(text) or _ATTRIBUTED.search(unquoted(text)):
        return False
    if _NAME_INSIDE.search(unquoted(text).strip()):
        return False  # someone of its own: "A Big Brother spokeswoman was 'satisfied' ..."
    before = sentences[i - 1]
    return before.paragraph == sentences[i].paragraph and bool(
        _SAYING.search(unquoted(before.text))
    )


def is_memo_sentence(sentence: Sentence, min_words: int = MIN_WORDS) -> bool:
    """Whether a sentence can stand alone as a memo point (a fragment or caption cannot)."""
    text = sentence.text.strip()
    return (
        not text.startswith(_QUOTE_OPEN)
        and _quotes_balance(text)
        and _whole_statement(sentence, min_words)
    )


def _whole_statement(sentence: Sentence, min_words: int = MIN_WORDS) -> bool:
    """A sentence that reads whole within the memo's length, however it opens."""
    text = sentence.text.strip()
    return not (
        len(text.split()) < min_words
        or _cut_opening(text)
        or text.rstrip("\"”’' ").endswith("?")
        or not _CLOSED.search(text)
        or _CAPTION.match(text)
        or not fits(text, MAX_WORDS)
    )


def leading(doc: Document, count: int) -> Document:
    """`doc` cut to its first `count` sentences (`Settings.max_sentences`): ranking costs time
    and memory in the sentences ranked, and news puts what matters first. Indices into the cut
    document are indices into the whole one."""
    if sum(len(p.sentences) for p in doc.paragraphs) <= count:
        return doc
    kept, left = [], count
    for paragraph in doc.paragraphs:
        if left <= 0:
            break
        kept.append(replace(paragraph, sentences=paragraph.sentences[:left]))
        left -= len(paragraph.sentences)
    statements = doc.statements[:count] if doc.statements is not None else None
    return replace(doc, paragraphs=tuple(kept), statements=statements)


CENTRALITY_WINDOW = 500  # sentences either side of one that its edges reach, in long documents


def directed_centrality(vectors: np.ndarray, window: int = CENTRALITY_WINDOW) -> np.ndarray:
    """PacSum centrality: weight of thresholded edges to later sentences minus those to earlier.

    Every pair of sentences, as PacSum has it, when no two are more than `window` apart; in a
    longer document, only the pairs within `window` of each other, a block of rows at a time,
    so memory stays linear in its length (an N x N matrix of 38,000 sentences is 5.8 GB)."""
    count = len(vectors)
    if count <= window + 1:
        similarity = vectors @ vectors.T
        low, high = similarity.min(), similarity.max()
        edges = np.maximum(similarity - (low + EDGE_THRESHOLD * (high - low)), 0.0)
        np.fill_diagonal(edges, 0.0)
        return np.triu(edges).sum(1) + BACKWARD_WEIGHT * np.tril(edges).sum(1)
    low, high = np.inf, -np.inf  # over the pairs within reach: a first pass, kept to two numbers
    for _, similarity, _, near in _bands(vectors, window):
        low, high = min(low, similarity[near].min()), max(high, similarity[near].max())
    threshold = low + EDGE_THRESHOLD * (high - low)
    centrality = np.zeros(count, dtype=vectors.dtype)
    for rows, similarity, offset, near in _bands(vectors, window):
        edges = np.where(near & (offset != 0), np.maximum(similarity - threshold, 0.0), 0.0)
        forward = np.where(offset > 0, edges, 0.0).sum(1)
        centrality[rows] = forward + BACKWARD_WEIGHT * np.where(offset < 0, edges, 0.0).sum(1)
    return centrality


def _bands(vectors: np.ndarray, window: int):
    """For each block of `window` rows: the rows, their similarities to every sentence within
    `window` of the block, each pair's offset (column - row), and which pairs are within reach."""
    count = len(vectors)
    for start in range(0, count, window):
        rows = slice(start, min(count, start + window))
        first, last = max(0, start - window), min(count, start + 2 * window)
        similarity = vectors[rows] @ vectors[first:last].T
        offset = np.arange(first, last)[None, :] - np.arange(rows.start, rows.stop)[:, None]
        yield rows, similarity, offset, np.abs(offset) <= window


def sentence_scores(vectors: np.ndarray, title: np.ndarray | None) -> np.ndarray:
    """Salience: position prior + small standardised centrality and headline terms."""
    count = len(vectors)
    scores = 1.0 / (1.0 + np.arange(count))
    if count < 2:
        return scores
    scores = scores + SIGNAL_WEIGHT * _standardise(directed_centrality(vectors))
    if title is not None:
        scores = scores + SIGNAL_WEIGHT * _standardise(vectors @ title)
    return scores


def _standardise(values: np.ndarray) -> np.ndarray:
    spread = values.std()
    return (values - values.mean()) / spread if spread > 1e-9 else np.zeros_like(values)


def select(
    scores: np.ndarray,
    vectors: np.ndarray,
    k: int,
    eligible: Sequence[bool] | None = None,
    fallback: Sequence[bool] | None = None,
    accept: Callable[[int, Sequence[int]], bool] | None = None,
    chosen: Sequence[int] = (),
    always: bool = True,
) -> list[int]:
    """Greedy MMR over eligible sentences, then over `fallback` ones (default: all the others) if
    too few, until `k` are chosen (counting those `chosen` already); never two near-duplicates.
    `accept` has the last word on a pick, given those chosen so far (it is asked only about
    sentences that would be picked).
    With `always`, something is chosen when there is anything."""
    count = len(scores)
    eligible = [True] * count if eligible is None else eligible
    fallback = [True] * count if fallback is None else fallback
    taken = set(chosen)
    pools = (
        [i for i in range(count) if eligible[i] and i not in taken],
        [i for i in range(count) if not eligible[i] and fallback[i] and i not in taken],
    )
    chosen = list(chosen)
    for candidates in pools:
        while candidates and len(chosen) < k:
            if chosen:
                overlap = (vectors[candidates] @ vectors[chosen].T).max(1)
            else:
                overlap = np.zeros(len(candidates))
            adjusted = scores[candidates] - REDUNDANCY * overlap
            best = int(np.argmax(adjusted))
            pick = candidates.pop(best)
            if chosen and overlap[best] >= DUPLICATE:
                continue
            if accept is not None and not accept(pick, chosen):
                continue
            chosen.append(pick)
    if always and not chosen and count and k:
        chosen.append(int(np.argmax(scores)))
    return chosen


def _restates(text: str, other: str) -> bool:
    """Whether `text` tells nothing `other` does not: almost all its words are there ("Charlie
    Patino, 11, and his family must weigh up offers from Arsenal, Chelsea and Tottenham" after
    "... as 11-year-old Charlie Patino and his parents ... weigh up offers from Arsenal, Chelsea
    and Tottenham"). Cosine misses such a pair when the other goes on to say more."""
    mine = set(words(text))
    return len(mine) >= RESTATED_WORDS and len(mine & set(words(other))) >= RESTATED * len(mine)


def _same_figure(text: str, other: str) -> bool:
    """Whether the two sentences give one figure of the same thing: the same number, with two
    or more of the same words right after it ("he would now look at the 125 existing marine
    protected areas" and "he will concentrate on the existing 125 Marine Protected Areas"), a
    fact told twice in other words. A year is no figure of anything."""
    mine = _figures(text)
    if not mine:
        return False
    theirs = _figures(other)
    return any(
        len(things & theirs[figure]) >= FIGURE_WORDS
        for figure, things in mine.items()
        if figure in theirs
    )


def _figures(text: str) -> dict[str, set[str]]:
    """Each figure of the text (not a year), with the words of what it counts: the few after it
    (and before it, where a word such as "existing" stands first)."""
    found: dict[str, set[str]] = {}
    for match in _FIGURE.finditer(text):
        figure = match.group()
        if _YEAR.fullmatch(figure):
            continue
        after = re.findall(r"[A-Za-z]+", text[match.end() : match.end() + 40])[:4]
        before = re.findall(r"[A-Za-z]+", text[max(0, match.start() - 12) : match.start()])[-1:]
        found.setdefault(figure, set()).update(
            w.lower() for w in (*before, *after) if w.lower() not in _FUNCTION_WORDS
        )
    return found


# (a number standing alone, not one inside a name: "3G", "MP3", "G7", "2:17:18")
_FIGURE = re.compile(r"(?<![\w.:/-])[£$€]?\d[\d,.]*(?:%|bn|m|k)?(?![\w:/-])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_FUNCTION_WORDS = frozenset(
    "the a an of to in on at for and or by with from that this its their his her is was are were "
    "be been has have had will would than per cent".split()
)
FIGURE_WORDS = 2  # words of what a figure counts that two sentences share to give one fact


RESTATED = 0.8  # share of a sentence's words in another that make it a restatement
RESTATED_WORDS = 4  # a shorter sentence is a fragment anyway


def is_fragment(sentence: Sentence) -> bool:
    """A heading, a caption stub or a broken line: never a memo point while anything else is."""
    text = sentence.text.strip()
    return len(text.split()) < MIN_WORDS or not _CLOSED.search(text) or _cut_opening(text)


def _summarise_one(
    doc: Document,
    vectors: np.ndarray,
    title: np.ndarray | None,
    k: int,
    language: str | None = None,
) -> Summary:
    if not doc.sentences:
        return Summary(points=())
    sentences = doc.sentences
    scores = sentence_scores(vectors, title)
    # News: not furniture or first person; and, asked only of a sentence about to be used, a
    # statement (`stated`).
    listed = listing_paragraphs(doc)  # a chronology or a live-text log, not the story
    # Speech whose speaker is in a sentence before: a quotation opened there, or one that is the
    # whole sentence ("'It was hard for him.'") and names no one saying it.
    quoted = inside_quotation(doc)
    captions = caption_block(doc)  # a block of pictures' captions, beside one that says so
    news = [
        s.paragraph not in listed
        and i not in captions
        and not q
        and not _unattributed(s.text)
        and not _speech_goes_on(sentences, i)
        and not _ends_on_a_pointer(s.text)
        and is_news(s.text)
        for i, (s, q) in enumerate(zip(sentences, quoted, strict=True))
    ]
    eligible = [n and is_memo_sentence(s) for n, s in zip(news, sentences, strict=True)]
    # A reaction or a next step is often said in a few words ("The Liberal Democrats oppose
    # the plans.", "Discussions will resume next week."): shorter than a lead point may be, it
    # is the memo's as one of those.
    said_briefly = [
        e or (n and is_memo_sentence(s, BRIEF_MIN_WORDS))
        for n, e, s in zip(news, eligible, sentences, strict=True)
    ]
    # (a reaction so brief must say by name whose it is: "Election officials have urged
    # patience" is no answer from anyone)
    named_briefly = [
        e or (b and any(m.label in _NAMED_ACTORS for m in _mentions_of(s, doc)))
        for e, b, s in zip(eligible, said_briefly, sentences, strict=True)
    ]
    # A quotation with its speaker named after it ('"... job losses," said Rob Dobson, senior
    # economist at Markit.'), or the first sentence of one after its speaker ('David Noble ...
    # said: "Recent fears ... have now become a reality.'), is no lead point: the news is in
    # the reporter's words. But it is how news gives a reaction, and may be the memo's, from
    # someone it has not yet heard.
    voiced = [
        n
        and not e
        and _whole_statement(s)
        and (
            (s.text.lstrip().startswith(_QUOTE_OPEN) and _quotes_balance(s.text.strip()))
            or _closing_mark(s.text.strip()) is not None
        )
        for n, e, s in zip(news, eligible, sentences, strict=True)
    ]
    # Fewer points beat a padded memo: fragments fill in only when nothing else is left.
    # Nor is a quotation ever left open ('... added: "The team are ... with. "Their vision ...',
    # two paragraphs of speech the source ran together).
    fallback = [
        n
        and not is_fragment(s)
        and (_quotes_balance(s.text) or bool(_closing_mark(s.text.strip())))
        for n, s in zip(news, sentences, strict=True)
    ]
    texts: dict[int, str | None] = {}
    second_readings: dict[int, bool] = {}

    def stated(i: int) -> bool:
        """A statement, where the language pipeline has read the document: a finite verb, no
        imperative, no caption, as the tags of its paragraph say; or, where they say not, as
        the sentence's parse does (`language.reads_as_statement`: a name taken for a verb)."""
        if doc.statements is None or doc.statements[i]:
            return True
        if i not in second_readings:
            first = re.match(r"[\"'“‘]*([A-Z][\w’'-]*)", sentences[i].text.lstrip())
            # (paragraph by paragraph: each opens a sentence)
            name_first = first is not None and any(
                capitalised_inside_a_sentence(first.group(1), p.text) for p in doc.paragraphs
            )
            second_readings[i] = reads_as_statement(sentences[i], language, name_first)
        return second_readings[i]

    def point_text(i: int) -> str | None:
        if i not in texts:
            clause = _clause_check(language)
            whole = sentences[i].text
            short = compress(whole, MAX_WORDS, is_clause=clause)
            closer = _closing_mark(whole.strip())
            if closer is None:
                texts[i] = standalone(sentences[i], doc, short)
            elif short.strip() != whole.strip():
                texts[i] = None  # a quotation is given as it was said, or not at all
            else:
                named = standalone(sentences[i], doc, short)
                texts[i] = None if named is None else named.rstrip() + closer
        return texts[i]

    def turn(i: int) -> str | None:
        """The next sentence, where in it the speaker of this one turns on what it says."""
        after = sentences[i + 1] if i + 1 < len(sentences) else None
        if after is None or after.paragraph - sentences[i].paragraph > 1:
            return None
        return after.text.strip() if _TURNED.match(after.text.strip()) else None

    general: dict[int, bool] = {}

    def in_general(i: int) -> bool:
        """What holds in general or what a thing is ("Blogs, or web logs, are online spaces
        ..."): background that explains, never a key point. Asked only of a sentence about to be
        picked: the few that pass the check's first test are parsed."""
        if i not in general:
            general[i] = says_in_general(sentences[i], doc, language)
        return general[i]

    def usable(i: int, chosen: Sequence[int]) -> bool:
        if not stated(i) or in_general(i):
            return False
        text, turned = point_text(i), turn(i)
        return (
            text is not None
            # with its turn, or not at all
            and (turned is None or len(f"{text} {turned}".split()) <= CONTINUED_MAX_WORDS)
            and not any(
                _restates(sentences[i].text, sentences[j].text)
                or _same_figure(sentences[i].text, sentences[j].text)
                for j in chosen
            )
            # (a quotation beside the reporter's account of it: the account is the point)
            and not any(
                _said_again(doc, i, j)
                for j in (i - 1, i + 1)
                if 0 <= j < len(sentences) and (j in chosen or eligible[j])
            )
            # "Europe, which disputes the claim, ...": whose claim is the sentence before's,
            # and without it the point disputes whatever the memo said last
            and (i - 1 in chosen or not _CLAIM_BEFORE.search(unquoted(sentences[i].text)))
        )

    chosen = select(scores, vectors, min(k, LEAD_POINTS), eligible, fallback, usable)
    heard = _voices(doc, chosen)
    # Each kind of point, in the order the memo makes room for them; a kind's forms are tried in
    # turn: a reaction in words of reaction before what someone not yet heard from says.
    # Each form with the sentences it may pick from.
    Form = tuple[Callable[[Sentence], bool], list[bool]]
    # (words of reaction inside a quotation are the speaker's subject, not a reaction: "whether
    # the carriers responded appropriately")
    reacting: Form = (lambda s: reacts(s.text), named_briefly)
    # (a verdict among the lead points is often the story's own matter, not the answer to it:
    # "a Law Commission report which branded the current murder law as 'a mess'")
    reacting_act: Form = (lambda s: reacts(s.text, verdicts=False), named_briefly)
    # (not one so brief: "Tony Blair has argued.", a split sentence's end; "Mark van Gisbergen
    # added 18 points", a deed)
    other_voice: Form = (lambda s: _another_voice(s, doc, heard), eligible)
    what_to_watch: Form = (lambda s: dated_future(s, doc), said_briefly)  # a dated event to come
    next_step: Form = (lambda s: bool(_NEXT_STEP.search(s.text)), said_briefly)
    # the other side's answer to what the story charges: "But CCGs have defended their stance,
    # saying it is about good practice"
    position = {id(s): i for i, s in enumerate(sentences)}
    defence: Form = (lambda s: answers_a_charge(sentences, position[id(s)]), named_briefly)
    # Each kind: the forms that show the memo has one, then those it may pick one by.
    kinds: tuple[tuple[tuple[Form, ...], tuple[Form, ...]], ...] = (
        (
            (reacting_act, other_voice),
            (
                reacting,
                other_voice,
                (lambda s: _another_voice(s, doc, heard), voiced),
            ),
        ),
        ((defence,), (defence,)),
        ((what_to_watch,), (what_to_watch,)),
        ((next_step,), (next_step,)),
    )
    nothing = [False] * len(sentences)
    for shown_by, forms in kinds:
        if len(chosen) >= k:
            break
        if any(form(sentences[i]) for form, _ in shown_by for i in chosen):
            continue  # the memo already has one
        for form, pool in forms:
            of_kind = [e and form(s) for e, s in zip(pool, sentences, strict=True)]
            before = len(chosen)
            chosen = select(
                scores, vectors, len(chosen) + 1, of_kind, nothing, usable, chosen, False
            )
            if len(chosen) > before:
                break
    chosen = select(scores, vectors, k, eligible, fallback, usable, chosen)
    points: list[Draft] = []
    # (a turn chosen on its own is given with the sentence it turns on, wherever that ranks)
    turns = {i: turn(i) if point_text(i) is not None else None for i in chosen}
    turned_on = {i: turned for i, turned in turns.items() if turned is not None}
    for i in chosen:
        text = point_text(i) or compress(sentences[i].text, MAX_WORDS)
        used: tuple[int, ...] = (i,)
        after = i + 1
        if i - 1 in turned_on:
            continue  # given with the sentence before, whose turn it is
        if i in turned_on:
            text, used = f"{text} {turned_on[i]}", (i, after)
        elif (
            (source := _source_after(sentences, i)) is not None
            and _ATTRIBUTED.search(unquoted(text)) is None
            and _closing_mark(text.strip()) is None  # (a quotation has its speaker elsewhere)
        ):
            text, used = _with_source(text, source), (i, after)
        elif (
            (source := _advising_source_before(sentences, i)) is not None
            and _ATTRIBUTED.search(unquoted(text)) is None
            and _closing_mark(text.strip()) is None
        ):
            text, used = _with_source(text, source), (i - 1, i)
        elif (
            point_text(i) is not None
            and after < len(sentences)
            and after not in chosen
            and eligible[after]
            and point_text(after) is None
            and stated(after)
        ):
            follower = continuation(sentences[i], sentences[after], language)
            if follower is not None and len(text.split()) + len(follower.split()) <= (
                CONTINUED_MAX_WORDS
            ):
                text, used = f"{text} {follower}", (i, after)
        if all(text != p.text for p in points):
            points.append(Draft(text=text, sentences=used))
    background = _background(doc, vectors, chosen, eligible, stated, language)
    return Summary(points=tuple(points), background=background)


# Who can speak for a side: the language pipeline's people and bodies.
_VOICE_LABELS = frozenset({"PERSON", "ORG"})


_NAMED_ACTORS = frozenset({"PERSON", "ORG", "NORP"})  # who may act: people, bodies, parties


def _mentions_of(sentence: Sentence, doc: Document) -> list[Mention]:
    return [
        m
        for m in doc.mentions or ()
        if m.paragraph == sentence.paragraph and sentence.start <= m.start < sentence.end
    ]


_SPEAKER_PRONOUN = re.compile(r"\b(?:he|she)\b")


def _said_again(doc: Document, i: int, j: int) -> bool:
    """Whether sentence `i` is a quotation that says again, in its speaker's words, what `j`,
    beside it in its paragraph, reports that person thinks ("Arsenal boss Arsene Wenger ...
    believes that Aragones' punishment was too lenient." then '"You compare his fine and my
    fine ...," Wenger said.'). A memo's points each add a fact; the reporter's account is kept,
    the quotation not added to it."""
    sentences = doc.sentences
    quote, other = sentences[i], sentences[j]
    if abs(i - j) != 1 or quote.paragraph != other.paragraph:
        return False
    if not quote.text.lstrip().startswith(_QUOTE_OPEN):
        return False
    closing = max(quote.text.rfind(mark) for mark in ('"', "”", "’", "'"))
    if closing <= 0:
        return False
    at = quote.start + closing
    speakers = {
        m.text.split()[-1].removesuffix("'s").removesuffix("’s")
        for m in _mentions_of(quote, doc)
        if m.label == "PERSON" and m.start > at
    }
    if any(re.search(rf"\b{re.escape(name)}\b", other.text) for name in speakers):
        return True
    # ('... lenient. "You compare ...," he said.': the one the sentence before names)
    return (
        not speakers
        and j < i
        and _SPEAKER_PRONOUN.search(quote.text[closing + 1 :]) is not None
        and any(m.label == "PERSON" for m in _mentions_of(other, doc))
    )


def _mentions_in(sentence: Sentence, doc: Document) -> list[str]:
    return [m.text for m in _mentions_of(sentence, doc) if m.label in _VOICE_LABELS]


def _voices(doc: Document, chosen: Sequence[int]) -> set[str]:
    """The words of the names of those the memo has heard from: the headline's, and those who
    speak in the points chosen so far. A body a point only mentions has not spoken: "About 60%
    of funding is made up from Scottish Government money" leaves the government's answer ("The
    Scottish Government said ... 'significant' investment would continue") to be given."""
    names = [m.text for m in doc.mentions or () if m.paragraph == 0 and m.label in _VOICE_LABELS]
    # (and the headline's actor however the model read it there: "Blunkett unveils policing
    # plans", where "Blunkett" alone is no person to the model, is the story's own voice, not
    # the other side)
    headline = set(re.findall(r"[A-Z][\w'’-]+", doc.article.title or ""))
    names += [
        m.text
        for m in doc.mentions or ()
        if m.paragraph > 0 and m.label == "PERSON" and headline.intersection(m.text.split())
    ]
    for i in chosen:
        outside = unquoted(doc.sentences[i].text)
        names += [n for n in _mentions_in(doc.sentences[i], doc) if _speaks(n, outside)]
    return {word for name in names for word in name.split()}


def _another_voice(sentence: Sentence, doc: Document, heard: set[str]) -> bool:
    """Whether the sentence reports what someone the memo has not heard from says: the other
    side of a story ("Lt Col Eric Schnaible, a Pentagon spokesman, said it was a mutually
    agreed separation") is news its lead leaves out, whatever words it uses."""
    outside = unquoted(sentence.text)
    if not _SPEECH_WORD.search(outside):
        return False  # most sentences: no name to look for
    return any(
        # (by the last word, the surname: "David Davis" is heard from no more for a "David
        # Blunkett" than for anyone)
        name.split()[-1] not in heard and _speaks(name, outside) and not _reporter(name, outside)
        for name in _mentions_in(sentence, doc)
    )


def _reporter(name: str, text: str) -> bool:
    """Whether the text calls the one named a correspondent or a reporter, or names the outlet
    one reports for ("BBC correspondent Sarah Mukherjee said hunt supporters were in tears",
    "Rachel Harvey, the BBC's correspondent in Jakarta"): a journalist tells what the story's
    sides say, and is none of them. Not one who speaks to a journalist ("told the reporter",
    "speaking to a BBC correspondent")."""
    name = re.escape(name)
    return bool(
        # "BBC correspondent Sarah Mukherjee", "correspondent in Jakarta, Rachel Harvey"
        re.search(
            rf"(?<!\bthe )(?<!\ba )(?<!\ban )\b{_JOURNALIST}(?:\s+(?:in|for|at)\s+{_PROPER})?"
            rf",?\s+{name}\b",
            text,
        )
        # "Rachel Harvey, the BBC's correspondent", "Mark Mardell, our political correspondent"
        or re.search(
            rf"\b{name},\s+(?:(?:the|a|an|our)\s+)?(?:{_TITLE_WORD}\s+){{0,3}}?{_JOURNALIST}\b",
            text,
        )
        # "BBC political correspondent": the outlet
        or re.search(rf"\b{name}(?:['’]s)?\s+(?:{_TITLE_WORD}\s+){{0,2}}?{_JOURNALIST}\b", text)
    )


# Speech, not thought: "believe" and "fear" report a view as often as a voice; and not a verb
# that is as often a deed ("Rashid claimed the final three wickets", "dismissed for 74").
_SPEECH = (
    r"(?:said|says|say|told|tells|added|adds|warned|warns|insisted|insists|argued|argues|"
    r"denied|denies|responded|responds|replied|accused|admitted|admits|countered|criticised|"
    r"criticized|welcomed|condemned|"
    # (the progressive: "Anti-spam group Spamhaus is warning about a novel virus")
    # (not "he might have been saying", what someone imagines said)
    r"(?:is|are|was|were) (?:warning|saying|insisting|arguing|urging))"
)


_SPEECH_WORD = re.compile(rf"\b(?:{_SPEECH}|according to)\b")
_SPOKEN = re.compile(rf"\b{_SPEECH}\b")
_JOURNALIST = r"(?:correspondent|reporter)"
# A word of a journalist's title ("BBC [political] correspondent", "[the BBC's] correspondent"):
# a name's, or a beat's; not a verb ("Smith attacked reporter Joe Bloggs").
_TITLE_WORD = (
    r"(?:[A-Z][\w-]*(?:['’]s)?|[a-z]+al|home|affairs|world|business|economics|chief|senior|"
    r"health|education|environment|science|technology|sports?|security|arts|transport|"
    r"defence|foreign|industry|media|music|entertainment|crime|travel|motoring|weather|"
    r"court|money|consumer|tech|news|community|religious|africa|europe)"
)
_PROPER = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
# A claim whose source the next sentence gives: "... will be radically different in five years'
# time. That is according to an expert panel which gathered at ...". The point carries it.
_SOURCE_FOLLOWS = re.compile(
    r"(?:That|This)(?:\s+(?:is|was)|['’]s)\s+(?:according\s+to|(?:the|a)\s+(?:view|verdict|"
    r"conclusion|finding|findings|warning|message|claim|prediction|forecast)\s+(?:of|from))"
    r"\s+|So\s+(?:says|said|say)\s+"
)
# Where the source's noun phrase ends: its relative clause, an aside, its purpose.
_SOURCE_ENDS = re.compile(r",|;|:|\s[-–—]\s|\s(?:which|who|whose|that|where|when|to)\s|\.\s*$")
SOURCE_WORDS = 12  # a source longer than this is a sentence of its own, not a phrase to carry


def _source_after(sentences: Sequence[Sentence], i: int) -> str | None:
    """Who makes the claim of the i-th sentence, where the next (in the same paragraph or the
    next) opens by giving it: "That is according to an expert panel ..." gives "an expert
    panel"; None where it does not."""
    if i + 1 >= len(sentences) or sentences[i + 1].paragraph - sentences[i].paragraph > 1:
        return None
    after = sentences[i + 1].text.strip()
    opening = _SOURCE_FOLLOWS.match(after)
    if opening is None:
        return None
    rest = after[opening.end() :]
    end = _SOURCE_ENDS.search(rest)
    source = rest[: end.start() if end else len(rest)].strip()
    if not source or len(source.split()) > SOURCE_WORDS or not re.match(r"[\w£$€]", source):
        return None
    return source


# What someone thinks must be done: advice, never the memo's own ("Service providers now need
# to make sure that their networks can cope ...").
_ADVISING = re.compile(r"\b(?:needs? to|should|ought to|must)\b")
_FIRST_CLAUSE = re.compile(r"[^,;:]*")
# A source named at the end of a sentence, after its verb ("..., said Sandvine.") or before it
# ("..., the minister said.").
_SAID_BY_AFTER = re.compile(
    r",\s+(?:said|says|added|warned|according to)\s+(?P<source>[^,;:\"“”]{2,80}?)\.?$"
)
_SAID_BY_BEFORE = re.compile(r",\s+(?P<source>[^,;:\"“”]{2,80}?)\s+(?:said|says|added|warned)\.?$")


def _advising_source_before(sentences: Sequence[Sentence], i: int) -> str | None:
    """Whose advice the i-th sentence gives, where it names no one and the sentence before, in
    its paragraph, ends by naming who spoke: "The 9 November traffic explosion has continued
    into December, said Sandvine. Service providers now need to make sure that their networks
    can cope ..." gives "Sandvine". News runs a source's view on after its "said" without
    saying it again; lifted alone, the advice would be the memo's."""
    if i == 0 or sentences[i - 1].paragraph != sentences[i].paragraph:
        return None
    # (in its first clause: "The unemployment rate stayed at 5.4%, and about 200,000 jobs will
    # need to be created ..." joins a fact to the advice, and the source is the advice's only)
    if not _ADVISING.search(_FIRST_CLAUSE.match(unquoted(sentences[i].text)).group()):
        return None
    before = unquoted(sentences[i - 1].text).strip()
    found = _SAID_BY_AFTER.search(before) or _SAID_BY_BEFORE.search(before)
    if found is None:
        return None
    source = found.group("source").strip()
    if len(source.split()) > SOURCE_WORDS or not re.match(r"[\w£$€]", source):
        return None
    words = source.split()
    if words[0] in ("The", "A", "An") and len(words) > 1 and words[1].islower():
        return source[0].lower() + source[1:]  # "the minister", not "the Times"
    return source


def _with_source(text: str, source: str) -> str:
    """The claim with its source: "..., according to an expert panel." """
    body = text.rstrip()
    end = body[-1] if body[-1:] in ".!?" else ""
    return f"{body.removesuffix(end).rstrip(',;:')}, according to {source}{end or '.'}"


# The same speaker turning on what the sentence before gives as theirs: "Matthew Taylor said
# there needed to be a quick, fair and firm asylum system. But he said it was 'absolutely
# disgusting' ...": alone, the first sentence says the opposite of what was meant; the point
# gives both.
_TURNED = re.compile(rf"(?:But|However,?|Yet)\s+(?:he|she|they)\s+(?:also\s+)?{_SPEECH}\b")


def _speaks(name: str, text: str) -> bool:
    """Whether `name` is who speaks in the text (outside its quotations): just before a verb of
    speech (a few words between, for a title: "X, a Pentagon spokesman, said"), just after one
    ("said X"), or after "according to". The patterns are fixed and the name is found by
    position: a pattern made for each name costs more to compile than the sentence to read."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (
            _word_boundary(text, start)
            and _word_boundary(text, end)
            and (_SPEECH_AFTER_NAME.match(text, end) or _SPEECH_BEFORE_NAME.search(text, 0, start))
        ):
            return True
        start = text.find(name, start + 1)
    return False


def _word_boundary(text: str, at: int) -> bool:
    """Whether `at` is a word boundary, as `\\b` reads one."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after


_SPEECH_AFTER_NAME = re.compile(rf"[^.;:\"“”]{{0,90}}?\s{_SPEECH}\b")
_SPEECH_BEFORE_NAME = re.compile(rf"\b(?:{_SPEECH}|according to)\s+(?:the\s+)?$")


# A sentence that only goes on from the one before ("It follows reports of dog fouling ...", "They
# say the results show ...", "This comes after ...") cannot stand alone in a brief, but beside
# that sentence it is the story's next fact: news leads are written in such pairs. So it joins
# the point made of the sentence before, where that point is chosen, the two are next to each
# other in the text, and they fit a bullet together.
CONTINUED_MAX_WORDS = 50
# Not "This photo shows ..." (a caption) nor "This weekend saw ..." (a time, not the sentence
# before).
_GOES_ON = re.compile(
    r"^(?:It|This|That|These|They)\b(?!['’])(?!\s+(?:graphic|picture|photo|photograph|image|"
    r"shot|video|footage|map|chart|week|weekend|month|year|morning|afternoon|evening|spring|"
    r"summer|autumn|winter|season)s?\b)"
)


def continuation(before: Sentence, sentence: Sentence, language: str | None = None) -> str | None:
    """`sentence` as it reads after `before`, if it opens by referring back to it ("It follows
    ...") and says nothing else it needs named (no "he said"); else None."""
    if sentence.paragraph - before.paragraph > 1:
        return None
    text = drop_connective(sentence.text)
    opening = _GOES_ON.match(text)
    if opening is None or unnamed_speaker(text):
        return None
    pronoun = opening.group(0)
    if pronoun in ("It", "They") and not _EVENT_IT.match(text):
        # "It" or "they" of a thing or people: the subject of the sentence before, if it agrees
        # ("The council offices ... link the station to a park. It was partly paid for ...":
        # "it" is not the offices, and beside them would read as the park)
        subject = sentence_subject(before.text)
        if subject is None or subject.lower_ in PERSONAL_PRONOUNS:
            return None
        plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
        if plural != (pronoun == "They"):
            return None
    return compress(text, MAX_WORDS, is_clause=_clause_check(language))


# "It follows ...", "It comes after ...", "It means ...", "It is the first ...": "it" is what the
# sentence before reported, whatever that sentence's subject.
_EVENT_IT = re.compile(
    r"^It (?:follows|followed|comes|came|means|meant|marks|marked|represents|"
    r"(?:is|was|will be) (?:the|a|an) (?:first|second|third|latest|last|biggest|largest|"
    r"highest|lowest|worst|best)\b)"
)
PERSONAL_PRONOUNS = frozenset("he she they it we i you".split())


def _clause_check(language: str | None) -> Callable[[str], bool]:
    """Whether a shortened sentence is still a sentence: its main verb is finite (read from the
    language pipeline's parse). "All non-EU nationals, apart from ..." has lost its verb."""

    def is_clause(text: str) -> bool:
        from ..language import parse_sentence

        parsed = parse_sentence(text, language)
        roots = [t for t in parsed if t.dep_ == "ROOT"]
        auxiliaries = ("aux", "auxpass")
        return any(
            t.tag_ in _FINITE_TAGS
            for root in roots
            for t in (root, *(c for c in root.children if c.dep_ in auxiliaries))
        )

    return is_clause


def _main_clause_conjectures(text: str, language: str | None) -> bool:
    """Whether the sentence's main verb, or one joined to it, takes "would", "could", "might"
    or "may" (read from the language pipeline's parse)."""
    from ..language import main_clauses, parse_sentence

    return any(
        c.dep_ == "aux" and c.lower_ in _MODALS_OF_CONJECTURE
        for verb in main_clauses(parse_sentence(text, language))
        for c in verb.children
    )


_MODALS_OF_CONJECTURE = frozenset("would could might may 'd".split())


def _central_first(pair: tuple[float, int]) -> tuple[float, int]:
    centrality, index = pair
    return (-round(centrality, CENTRALITY_DECIMALS), index)


CENTRALITY_DECIMALS = 2


def _story_words(text: str) -> set[str]:
    """The text's content words, an owner's without its "'s" ("BA's" is "BA"); no numbers,
    which any two events may share."""
    return {re.sub(r"'s$", "", w) for w in words(text.replace("’", "'")) if not w.isdigit()}


def _of_the_story(text: str, story: set[str]) -> bool:
    """Whether a sentence of background is of the story the memo tells: one about others by
    name (the names its pronouns stand for included) shares a word with the headline or the
    points ("BA has cut 13,000 jobs"), or it is another event of a round-up ("Le Clos's father
    Bert ... were present in the Budapest arena", "The pair [Bert and Geraldine] had been
    receiving treatment", in a memo of Peaty's race); one that names no one is the story's
    context ("GDP is expected at 3.2% in 2004")."""
    named = any(w not in _CALENDAR for w in _CAPITALISED_INSIDE.findall(text))
    return not named or bool(story.intersection(_story_words(text)))


# A capitalised word past a sentence's first, as names are written (not an acronym, "GDP")
_CAPITALISED_INSIDE = re.compile(r"(?<=\s)\[?([A-Z][a-z][\w'’-]*)")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


_CONJECTURE = re.compile(r"\b(?:would|could|might|may)\b")


def _background(
    doc: Document,
    vectors: np.ndarray,
    chosen: list[int],
    eligible: Sequence[bool],
    stated: Callable[[int], bool],
    language: str | None = None,
) -> tuple[Draft, ...]:
    """Context from paragraphs the key points do not cite, most central first, in reading order:
    whole sentences that stand alone, or none."""
    cited = {doc.sentences[i].paragraph for i in chosen}
    pool = [
        i
        for i, s in enumerate(doc.sentences)
        if s.paragraph not in cited
        and eligible[i]
        and len(s.text.split()) <= BACKGROUND_MAX_WORDS
        and not _ILLUSTRATION.search(s.text)  # "..., for example, ...": needs what it illustrates
        # "... closed the gap to the London 2012 champion": someone named in the sentences
        # before, which the background leaves behind (and with them, which race it was)
        and not _UNNAMED_EPITHET.search(s.text)
        # what someone says is a voice in the story, not its context ("Union officials denied
        # there had been a deliberate sickout"): a key point or nothing
        and not _SPOKEN.search(unquoted(s.text))
        # what came before the news; better none than the news's leftovers
        and looks_back(s, doc)
    ]
    # The story the memo tells, in the words of its headline and its points
    story = _story_words(doc.article.title or "").union(
        *(_story_words(doc.sentences[i].text) for i in chosen)
    )
    if pool and chosen:
        # Not a point again in other words (an article that repeats its lead further down).
        repeats = (vectors[pool] @ vectors[chosen].T).max(1)
        pool = [i for i, r in zip(pool, repeats, strict=True) if r < DUPLICATE]
    if not pool:
        return ()
    # Most central first, to two decimals, then the earliest: the encoder's vectors move in
    # their last bits with the batch a sentence is encoded in (a cluster's batches are not a
    # laptop's), and two sentences 0.0002 apart must not swap places with them.
    centrality = (vectors[pool] @ vectors.mean(0)).tolist()
    ranked = [i for _, i in sorted(zip(centrality, pool, strict=True), key=_central_first)]
    picked: list[int] = []
    texts: dict[int, str | None] = {}
    for i in ranked:
        if len(picked) == BACKGROUND_SENTENCES:
            break
        if not stated(i):
            continue
        if _CONJECTURE.search(unquoted(doc.sentences[i].text)) and _main_clause_conjectures(
            doc.sentences[i].text, language
        ):
            # what may or would be is a forecast, or someone's speech going on in reported
            # form ('..., said: "..." From 2006 upfront tuition fees in England would be
            # removed'): not what came before, and without its speaker a claim in the memo's
            # voice; but not a past fact's clause ("had decided he would quit")
            continue
        # whole, but for a photo's pointer or a wire tag ("Birmingham Crown Court (pictured)")
        whole = texts[i] = standalone(doc.sentences[i], doc, strip_framing(doc.sentences[i].text))
        if whole is not None and chosen and not _of_the_story(whole, story):
            continue
        # An article that prints a sentence twice (a pull quote, a repeated paragraph, a
        # caption retelling the text) gives it once.
        if whole is not None and all(float(vectors[i] @ vectors[j]) < DUPLICATE for j in picked):
            picked.append(i)
    return tuple(
        Draft(text=texts[i] or doc.sentences[i].text, sentences=(i,)) for i in sorted(picked)
    )
