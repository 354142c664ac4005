"""The attribute ruler with its rules looked up (`indexed_ruler`) sets what spaCy's sets."""

from pathlib import Path

import pytest
import spacy

from briefing import language
from briefing.indexed_ruler import index_attribute_ruler

from .news import ARTICLES, LONG

ROOT = Path(__file__).resolve().parent.parent

# What the ruler's rules turn on: contractions and slang its multi-word rules name, "there is",
# auxiliaries, "but" as an adverb, pronouns as subject and object, whitespace tokens.
ODD = [
    "",
    " ",
    "\n\n",
    "ain't nothin' gon na stop y'all, let's c'm on",
    "I got ta go. You gets it, and she got it.",
    "There is a cat.  There are  dogs, and there 's more.",
    "It ai n't so, he said: I did not, you did n't.",
    "  leading spaces and\ttabs\n",
    "Whether or not, but I said that it is, it is; but then, whilst they'd been...",
    "Have you had the letter? We have. Did they? They do.",
    "That was the one that those who this affects chose.",
]


def _read(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def _texts() -> list[str]:
    paragraphs = []
    for article in (
        *ARTICLES,
        LONG,
        (ROOT / "inputs" / "pakistan-morocco-defence-mou.txt").read_text(),
    ):
        paragraphs.extend(p for p in article.split("\n\n") if p.strip())
    return paragraphs + ODD


@pytest.fixture(scope="module")
def spacy_ruler():
    """The default pipeline as spaCy loads it, its attribute ruler its own."""
    return spacy.load(language.default_model(), exclude=["lemmatizer"])


def test_the_pipeline_loaded_has_its_ruler_indexed():
    ruler = language.load_pipeline().get_pipe("attribute_ruler")
    assert "match" in vars(ruler) and "set_annotations" in vars(ruler)


def test_every_token_gets_what_spacys_ruler_gives_it(spacy_ruler):
    indexed = language.load_pipeline()
    texts = _texts()
    mine = list(indexed.pipe(texts, disable=["ner"]))
    theirs = list(spacy_ruler.pipe(texts, disable=["ner"]))
    assert sum(len(doc) for doc in mine) > 3000
    for text, a, b in zip(texts, mine, theirs, strict=True):
        assert _read(a) == _read(b), text
    # the rules did set something: parts of speech the tagger does not give
    assert any(t.pos_ == "AUX" for doc in mine for t in doc)


def _blank_ruler(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp


# Rules that overlap on purpose: a later rule wins where two set one attribute of one token,
# each keeps what only it sets, an index counts from the end, sets and expressions.
OVERLAPPING = [
    {"patterns": [[{"LOWER": "bank"}]], "attrs": {"TAG": "NN", "POS": "NOUN"}},
    {"patterns": [[{"LOWER": {"IN": ["bank", "river"]}}]], "attrs": {"POS": "PROPN"}},
    {"patterns": [[{"LOWER": "the"}, {"LOWER": "bank"}]], "attrs": {"LEMMA": "banc"}, "index": -1},
    {"patterns": [[{"LOWER": {"REGEX": "^r.v"}}]], "attrs": {"MORPH": "Number=Sing"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {
        "patterns": [[{"LOWER": {"NOT_IN": ["the", "bank"]}, "IS_SPACE": False}]],
        "attrs": {"POS": "X"},
    },
    {"patterns": [[{"LOWER": "river"}], [{"LOWER": "rivers"}]], "attrs": {"LEMMA": "river"}},
]


def test_a_later_rule_wins_as_in_spacy():
    text = "The bank  by the river, and rivers by the bank."
    spacys = _blank_ruler(OVERLAPPING)
    indexed = _blank_ruler(OVERLAPPING)
    assert index_attribute_ruler(indexed)
    a, b = indexed(text), spacys(text)
    assert _read(a) == _read(b)
    bank, river = a[1], a[5]
    assert (bank.tag_, bank.pos_, bank.lemma_) == ("NN", "PROPN", "banc")
    assert (river.pos_, str(river.morph), river.lemma_) == ("X", "Number=Sing", "river")


def test_a_rule_it_cannot_read_is_left_to_spacy():
    nlp = _blank_ruler([{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"POS": "DET"}}])
    assert not index_attribute_ruler(nlp)
    assert "match" not in vars(nlp.get_pipe("attribute_ruler"))
    assert nlp("a a b")[0].pos_ == "DET"
