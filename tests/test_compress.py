import pytest

from briefing.summarise.compress import compress


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
