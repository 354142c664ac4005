"""Which sentences can stand alone as a memo point: no model needed."""

import pytest

from briefing.records import Sentence
from briefing.summarise.extractive import is_memo_sentence


@pytest.mark.parametrize(
    ("text", "usable"),
    [
        ("The council voted on Tuesday to close two public libraries in March.", True),
        ("Nicholls said: 'I have not made up my mind if I am going to run Sam Winner yet.'", True),
        ("It's busy.", False),
        ("Scroll down for video.", False),
        ("Sweet life: The Duchess of Cornwall launches her own honey in the spring.", False),
        (
            "Does luxury honey really taste different enough from ordinary honey to justify it?",
            False,
        ),
        ('"We had no choice about the libraries," said council leader Amy Park on Monday.', False),
        ("Africa Live: More on this and other stories from across the continent", False),
        # The first sentence of a quotation of several (writers_dev): the quotation never closes
        # (it may still be a reaction, closed where it ends: test_beyond_lead)
        (
            'Dr Sam Turvey, of the Zoological Society of London, said: "China is one of the few '
            "places in the world with detailed records of its wildlife stretching back centuries.",
            False,
        ),
        (
            'Dr Sam Turvey said the records were "remarkable" and had "never been studied" before.',
            True,
        ),
        # the same in single quotation marks (writers_dev, Daily Mail); apostrophes are no quotes
        (
            "A senior Lib Dem told the paper that the source said: 'Everything is so marginal, "
            "we will see what the answer is.",
            False,
        ),
        ("It's the voters' choice in the end, the council leader said on Monday.", True),
        # the rest of a sentence the splitter cut opens on a common word in lower case; a name
        # written in lower case is no word of the language (writers_dev 0093)
        ("is expected to sell more than 200,000 copies by the end of the week.", False),
        ("edged out Russia's Olga Fedorova to win the women's 60m race in 7.23secs.", False),
        (
            "sportscotland says it has yet to decide where the cuts will fall amid concerns that "
            "elite athletes could suffer.",
            True,
        ),
        # a picture's caption: a quotation at the end and no stop
        (
            "The scientist and his wife Ada have an unusual marriage and he admits to having 'two "
            "younger girlfriends'",
            False,
        ),
        # bbc_news: a quotation reopened for its next sentence, and never closed: two marks,
        # both opening
        (
            'In a speech Mr Straw said of the Tory leader: "He is clever, fluent and tactical, '
            'but he is not wise. "He lacks strategy and good judgment.',
            False,
        ),
        ("He told the committee the scheme was 'a disgrace'.", True),
        ("He told the committee the scheme was 'a disgrace.'", True),
        # bbc_news: the rest of a sentence the splitter cut after a title's question mark
        # ("Predicted chart-topper Do They Know it's Christmas? | is expected to sell ...")
        (
            "is expected to sell at least 300,000 copies by the time the new chart is announced "
            "on Sunday.",
            False,
        ),
        # a name in lower case has a capital inside it
        ("eBay said its profits had risen by a quarter in the three months to June.", True),
        # bbc_news (sport): a paragraph the source begins with its name lost, a comma first
        (
            ", who broke onto the international scene at the Olympic Games last season, set an "
            "indoor personal best of 16.50m in the triple jump at a meeting in Ghent.",
            False,
        ),
    ],
)
def test_is_memo_sentence(text, usable):
    assert is_memo_sentence(Sentence(text=text, paragraph=1, start=0, end=len(text))) is usable


def test_a_sentence_whose_words_another_already_has_restates_it():
    from briefing.summarise.extractive import _restates

    # writers_dev: the same offers, told twice; the longer says more
    longer = (
        "Soon it will be decision time for another Luton discovery as 11-year-old Charlie Patino "
        "and his parents Julio and Katy weigh up offers from Arsenal, Chelsea and Tottenham."
    )
    shorter = "Charlie Patino, 11, and his family must weigh up offers from Arsenal, Chelsea and Tottenham."
    assert _restates(shorter, longer)
    assert not _restates(longer, shorter)
    # writers_dev: the replacement bus, told in a point and again lower down
    told = (
        "Fifty people were on the First Great Western rail replacement service from Oxford to "
        "Didcot when it was hit at Drayton, at 00:30 GMT."
    )
    assert _restates(
        "The bus was a replacement for the 00:05 First Great Western service from Oxford to Didcot.",
        told,
    )
    assert not _restates(
        "In a statement, a First Great Western spokesman said the firm was keen to offer support "
        "to all of the bus passengers and their families.",
        told,
    )


def test_background_order_does_not_turn_on_the_encoders_last_bits():
    from briefing.summarise.extractive import _central_first

    # bbc_news: two look-back sentences 0.00017 apart, which a cluster's batches swapped
    near = [(0.42742, 13), (0.42759, 7)]
    assert [i for _, i in sorted(near, key=_central_first)] == [7, 13]
    assert [i for _, i in sorted([(0.42759, 13), (0.42742, 7)], key=_central_first)] == [7, 13]
    # a real difference still ranks
    assert [i for _, i in sorted([(0.41, 4), (0.47, 9)], key=_central_first)] == [9, 4]


def test_one_figure_of_the_same_thing_told_twice_is_one_fact():
    from briefing.summarise.extractive import _same_figure

    # writers_dev: the minister's plan, said twice in other words; two points of one fact
    assert _same_figure(
        "Mr Davies said he will concentrate on the existing 125 Marine Protected Areas (MPAs) "
        "that cover 36% of Welsh seas to see if any changes can be made.",
        "He said he would now look at the 125 existing marine protected areas to see if further "
        "improvements could be made.",
    )
    # bbc_news: two figures of one story that count different things
    assert not _same_figure(
        "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m).",
        "TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.",
    )
    # a figure inside a name counts nothing: "3G", "MP3"; nor does a year
    assert not _same_figure(
        "People with 3G phones in the UK can already download clips.",
        "Fast 3G phones are here, but the focus has shifted to what comes next.",
    )
    assert not _same_figure(
        "In 2004 sales of the firm's phones rose sharply.", "In 2004 sales of cars fell."
    )
