"""What the language pipeline reads from every sentence: whether it is a statement."""

from pathlib import Path

import pytest

from briefing.language import read_language, reads_as_statement
from briefing.load import parse_text
from briefing.segment import segment


def _statements(text: str) -> tuple[bool, ...]:
    """Whether each sentence is a statement as the engine asks: from the tags of its paragraph,
    or where they say not, from its parse."""
    document = read_language(segment(parse_text(f"Story\n\n{text}\n", Path("s.txt"), "5" * 64)))
    return tuple(
        tagged or reads_as_statement(sentence)
        for tagged, sentence in zip(document.statements, document.sentences, strict=True)
    )


@pytest.mark.parametrize(
    "text",
    [
        # bbc_news: a company whose name opens on a verb, not an imperative
        "Ask Jeeves has become the third leading online search firm this week to thank a revival "
        "in internet advertising for improving fortunes.",
        "The ministry said the new visa rules would take effect on 1 June.",
        # bbc_news: a first word the tagger takes for a verb is the subject, or part of it
        "Fly-half Stephen Jones added four conversions as Wales maintained their superb start "
        "to this year's tournament.",
        "Hewitt, at times in Houston, showed form which easily matched his Grand Slam-winning "
        "efforts of 2001 and 2002.",
        # bbc_news: a finite verb the tagger takes for a bare or past form
        "Striker Thierry Henry, along with Robert Pires, scored against Fulham.",
        "The Irish open their campaign on 4 September at home to Cyprus.",
    ],
)
def test_a_report_is_a_statement(text):
    assert _statements(text) == (True,)


@pytest.mark.parametrize(
    "text",
    [
        "Think back to the summer of 2012, when the Olympics came to London.",
        "Delicate, delicious and the perfect gift for a friend.",
        # bbc_news: speech that opens on a command; labels of a team sheet
        '"Look, we are not going to be forming the next government," he said.',
        "Subs not used: Hislop, Quashie, Cisse.",
        "Booked: Ben Haim, Hierro.",
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


def test_a_name_the_tagger_takes_for_a_verb_is_read_again_from_the_parse():
    # bbc_news: "Fly" tagged as a bare verb that opens an imperative, in its paragraph
    text = (
        "Fly-half Jonny Wilkinson has been named as England's new rugby union captain for the "
        "three November Tests."
    )
    document = read_language(segment(parse_text(f"Story\n\n{text}\n", Path("s.txt"), "5" * 64)))
    assert document.statements == (False,)
    assert reads_as_statement(document.sentences[0])


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


def test_numpy_products_read_the_same_names_tags_and_parses_as_blis():
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
    # the tags and dependencies of the parses the rules read
    sentence = document.sentences[0].text
    parsed, theirs_parsed = language.parse([sentence])[0], blis(sentence)
    assert [(t.tag_, t.dep_, t.head.i) for t in parsed] == [
        (t.tag_, t.dep_, t.head.i) for t in theirs_parsed
    ]


# Sentences of bbc_news articles, as the key-point rules ask for their parses.
_PARSED = [
    [
        "Ask Jeeves has become the third leading online search firm this week to thank a revival "
        "in internet advertising for improving fortunes.",
        "He said the company would hire 200 staff.",
    ],
    [
        "The home secretary has said the detentions will continue.",
        "Mr Clarke's comments came in response to an emergency question.",
        "They were criticised at the time by former Olympic champion Michael Johnson.",
    ],
    ["Shares in the firm fell 3% in early trading in London."],
]


def _parses_of(sentences: list[str]) -> list[str]:
    from briefing.language import parse_sentence

    # each rule reads a parse, then asks for the next sentence's
    return [parse_sentence(text).to_json() for text in sentences]


def test_parses_asked_for_by_tasks_side_by_side_are_made_together_and_are_the_same(monkeypatch):
    from functools import partial

    from briefing import language

    language.parse_sentence.cache_clear()
    alone = [[language.parse([t])[0].to_json() for t in sentences] for sentences in _PARSED]
    batches: list[int] = []
    parse = language.parse

    def counting(texts, model=None):
        batches.append(len(texts))
        return parse(texts, model)

    monkeypatch.setattr(language, "parse", counting)
    together = language.parsed_together([partial(_parses_of, s) for s in _PARSED])
    language.parse_sentence.cache_clear()
    assert together == alone
    # a round per sentence of the task with the most, each with every task still asking
    assert batches == [3, 2, 1]


def test_a_task_that_fails_lets_the_others_finish_and_its_error_is_raised(monkeypatch):
    from functools import partial

    from briefing import language

    language.parse_sentence.cache_clear()
    finished = []

    def fails_after_one_parse():
        language.parse_sentence("The plan funds new sea walls in Norfolk and Suffolk.")
        raise ValueError("a rule broke")

    def parses_three(sentences):
        result = _parses_of(sentences)
        finished.append(len(result))
        return result

    tasks = [fails_after_one_parse, *(partial(parses_three, s) for s in _PARSED)]
    with pytest.raises(ValueError, match="a rule broke"):
        language.parsed_together(tasks)
    language.parse_sentence.cache_clear()
    assert sorted(finished) == [1, 2, 3]


def test_a_single_task_parses_alone_and_a_text_that_fails_a_batch_fails_only_its_task(
    monkeypatch,
):
    from functools import partial

    from briefing import language

    language.parse_sentence.cache_clear()
    calls: list[list[str]] = []
    parse = language.parse
    too_long = "A sentence far too long for the pipeline."

    def refusing(texts, model=None):
        calls.append(list(texts))
        if too_long in texts:
            raise ValueError("[E088] Text of length 1200000 exceeds maximum")
        return parse(texts, model)

    monkeypatch.setattr(language, "parse", refusing)
    assert language.parsed_together([lambda: _parses_of(_PARSED[2])]) == [
        [parse([_PARSED[2][0]])[0].to_json()]
    ]
    assert calls == [[_PARSED[2][0]]]
    language.parse_sentence.cache_clear()
    tasks = [partial(_parses_of, [too_long]), partial(_parses_of, _PARSED[2])]
    with pytest.raises(ValueError, match="E088"):
        language.parsed_together(tasks)
    # the other task's sentence, refused with it in one batch, was parsed again alone
    assert calls[-1] == [_PARSED[2][0]] and len(calls[-3]) == 2
    assert language.parse_sentence(_PARSED[2][0]).to_json() == parse([_PARSED[2][0]])[0].to_json()
    language.parse_sentence.cache_clear()


def test_a_batch_that_comes_back_short_leaves_no_task_waiting(monkeypatch):
    from functools import partial

    from briefing import language

    language.parse_sentence.cache_clear()
    parse = language.parse
    monkeypatch.setattr(language, "parse", lambda texts, model=None: parse(texts, model)[:-1])
    with pytest.raises(ValueError):  # zip(strict=True): a bug in the batch, raised, not a hang
        language.parsed_together([partial(_parses_of, s) for s in _PARSED])
    language.parse_sentence.cache_clear()
