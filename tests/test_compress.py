import pytest

from briefing.summarise.compress import compress, fits


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Notably, the army held drills.", "The army held drills."),
        (
            "Sources familiar with the discussions indicate that the deal sets up joint drills.",
            "The deal sets up joint drills.",
        ),
        # An attribution with a name is part of the news: kept.
        (
            "Prime Minister Jane Doe said that taxes will rise.",
            "Prime Minister Jane Doe said that taxes will rise.",
        ),
        ("The vote passed.", "The vote passed."),
        (
            "(CNN) -- A train derailed near Split on Friday.",
            "A train derailed near Split on Friday.",
        ),
        ("BAGHDAD, Iraq (CNN) -- Six men were shot.", "Six men were shot."),
        (
            "Aubrey de Grey (pictured) says ageing can be cured.",
            "Aubrey de Grey says ageing can be cured.",
        ),
        (
            "One of the three was seriously hurt, police said.",
            "One of the three was seriously hurt.",
        ),
        # Named or numbered sources stay: they are part of the news.
        ("The plant will close, Jane Hill said.", "The plant will close, Jane Hill said."),
        ("The bill passed (by 52 votes to 48).", "The bill passed (by 52 votes to 48)."),
    ],
)
def test_compress_only_removes_framing(sentence, expected):
    assert compress(sentence) == expected


def test_long_sentences_are_cut_at_a_clause_boundary_never_rewritten():
    sentence = (
        "The ministry signed a memorandum of understanding on defence cooperation with its "
        "counterpart on Tuesday in the capital, an agreement widely viewed as a milestone in "
        "relations between the two countries that have grown closer over the past decade."
    )
    short = compress(sentence, max_words=35)
    assert len(short.split()) <= 35
    assert short == (
        "The ministry signed a memorandum of understanding on defence cooperation with its "
        "counterpart on Tuesday in the capital."
    )
    assert sentence.startswith(short[:-1])


LONG_TAIL = (
    " and the rest of the sentence goes on and on for many more words than a memo point can hold"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A dash-appended comment goes.
        (
            "But his power and focus returned as he clinched the vacant WBA World Super-Lightweight title at "
            "Glasgow's Hydro on Saturday night - and entered the record books as the first Scot to win world titles at three weights.",
            "But his power and focus returned as he clinched the vacant WBA World Super-Lightweight title at "
            "Glasgow's Hydro on Saturday night.",
        ),
        # A closing relative clause goes.
        (
            "Sunday's arrest came just hours after the murder of Aurelie Chatelain, a mother and instructor "
            "from the suburbs, who was riddled with bullets as she sat in her car in a car park in the Paris suburb.",
            "Sunday's arrest came just hours after the murder of Aurelie Chatelain, a mother and instructor "
            "from the suburbs.",
        ),
    ],
)
def test_trailing_clauses_are_dropped_only_where_the_head_is_whole(sentence, expected):
    assert len(sentence.split()) > 35
    assert fits(sentence)
    assert compress(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Cutting would leave a fronted phrase with no main clause.
        "As a sequel of sorts to the Diane Sawyer special, TV viewers will be able to follow Bruce Jenner's journey"
        + LONG_TAIL.replace(" and", " as"),
        # Cutting inside a dash aside would leave a subject without its verb.
        "His intervention in the debate - made, as he termed it, with deafening eclat - was even said to have"
        " helped cause the pound to slide on the international money markets as traders thought it made a so-called"
        " Brexit more likely.",
        # A relative clause in the middle is an aside, not a trailing clause.
        "Boss Neil Redfearn described the absence after the game but Morison, who scored Leeds' goal in the defeat"
        " at The Valley, told BBC West Yorkshire Sport that the players are around it every day and it is hard.",
    ],
)
def test_sentences_without_a_safe_cut_do_not_fit_and_are_cut_visibly(sentence):
    assert len(sentence.split()) > 35
    assert not fits(sentence)
    short = compress(sentence)
    assert short.endswith("…")
    assert len(short.split()) <= 35
    assert sentence.startswith(short[:-1])
