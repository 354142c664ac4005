"""What the language pipeline reads from every sentence: whether it is a statement."""

from pathlib import Path

import pytest

from briefing.language import read_language
from briefing.load import parse_text
from briefing.segment import segment


def _statements(text: str) -> tuple[bool, ...]:
    document = read_language(segment(parse_text(f"Story\n\n{text}\n", Path("s.txt"), "5" * 64)))
    return document.statements


@pytest.mark.parametrize(
    "text",
    [
        # bbc_news: a company whose name opens on a verb, not an imperative
        "Ask Jeeves has become the third leading online search firm this week to thank a revival "
        "in internet advertising for improving fortunes.",
        "The ministry said the new visa rules would take effect on 1 June.",
    ],
)
def test_a_report_is_a_statement(text):
    assert _statements(text) == (True,)


@pytest.mark.parametrize(
    "text",
    [
        "Think back to the summer of 2012, when the Olympics came to London.",
        "Delicate, delicious and the perfect gift for a friend.",
    ],
)
def test_an_imperative_or_a_verbless_line_is_not(text):
    assert _statements(text) == (False,)


@pytest.mark.parametrize(
    "text",
    [
        # writers_dev: pictures' captions, told in the present of a past moment or a place
        "Spring Heeled (right) wins the Fulke Walwyn Kim Muir Challenge Cup at Cheltenham last "
        "year.",
        "A statue of a British soldier lays on the ground after being broken off its base in "
        "Port Elizabeth, South Africa.",
        "Mendes holds an open training session for fans and media at the UFC Gym in Fairfax, "
        "Virginia.",
        # writers_dev 0079: a month the picture was taken in
        "Heather Mack smiles at her baby daughter Stella before her sentencing hearing in "
        "Denpasar, Bali, in March.",
        # writers_dev: a moment, two presents of doing at once, in a line of its own
        "Lamas stretches his legs with a kick as he prepares to take on Mendes with an open "
        "training session.",
        "Scholfield rides Teaforthree (front) as the horse jumps the last fence at Aintree.",
        # writers_dev 0107 (CNN): the place given as a country's island
        "Rescue workers inspect the Bangkok Airways plane at Samui airport on Thailand's Ko Samui.",
    ],
)
def test_a_caption_in_the_present_is_not(text):
    assert _statements(text) == (False,)


@pytest.mark.parametrize(
    "text",
    [
        # bbc_news: the present of news, with a past time in it
        "The move follows a decision earlier this month by Anil to resign from his post.",
        "He also declares a trip to Mexico last year to address executives of News International.",
        "The company says it lost money last year in Paris, France.",
        # a past tense beside the present
        "She lives in Port Elizabeth, where she moved after she retired in Durban, South Africa.",
        # presents of news with an "as" in them (writers_dev, bbc_news)
        "The ruling preserves the law known as Obamacare, which Mr Obama considers a major part "
        "of his legacy.",
        "Morocco controls two-thirds of Western Sahara and sees it as part of its territory.",
        "Most performers cram their set with as much music as possible.",
        # a present of news ending on a place named with its country's possessive
        "The company says it employs 300 people at its plant in Britain's West Midlands.",
    ],
)
def test_the_present_of_news_with_a_past_time_is_a_statement(text):
    assert _statements(text) == (True,)


def test_every_layer_of_the_pipeline_multiplies_with_numpy():
    from thinc.api import NumpyOps

    from briefing.language import load_pipeline

    nlp = load_pipeline()
    layers = [
        layer
        for _, component in nlp.components
        if hasattr(component, "model")
        for layer in component.model.walk()
    ]
    assert len(layers) > 50
    assert all(type(layer.ops) is NumpyOps and not layer.ops.use_blis for layer in layers)


def test_numpy_products_read_the_same_names_and_tags_as_blis():
    import spacy

    import briefing.language as language

    text = (
        "Ask Jeeves has become the third leading online search firm this week to thank a revival "
        "in internet advertising.\n\nPakistan's defence minister Khawaja Muhammad Asif met "
        "Morocco's Abdellatif Loudyi in Rabat on Tuesday, the ministry said.\n"
    )
    document = segment(parse_text(f"Talks in Rabat\n\n{text}", Path("s.txt"), "5" * 64))
    ours = read_language(document)
    blis = spacy.load(language.default_model(), exclude=["lemmatizer"])
    assert blis.get_pipe("ner").model.ops.use_blis
    language.load_pipeline.cache_clear()
    try:
        original = language.load_pipeline
        language.load_pipeline = lambda name=None: blis
        theirs = read_language(document)
    finally:
        language.load_pipeline = original
    assert ours.mentions == theirs.mentions
    assert ours.statements == theirs.statements
    assert {m.text for m in ours.mentions} >= {"Khawaja Muhammad Asif", "Rabat"}
