"""A sentence that only goes on from the one before joins that sentence's point."""

from pathlib import Path

import pytest

from briefing.language import with_mentions
from briefing.load import parse_text
from briefing.segment import segment
from briefing.summarise.extractive import ExtractiveEngine, continuation

# writers_dev, the BBC's report of a ban on dogs at Dundee's golf courses (opening paragraphs)
DUNDEE = (
    "Dogs banned from Dundee golf courses\n\n"
    "Golfers at Dundee's public courses have been banned from bringing their dogs with them after "
    "complaints from fellow players and staff.\n\n"
    "It follows reports of dog fouling and damage at the Camperdown and Caird Park courses.\n\n"
    "Dogs can still be walked across the courses but not if owners are playing a round of the "
    "game at the time.\n\n"
    "A spokesman for Leisure and Culture Dundee said the rules were changed on 20 April.\n\n"
    'He said: "This change reflects the concerns of many players and staff about dog fouling '
    'and damage being caused to the courses, particularly greens and bunkers."\n'
)


def _document(text: str):
    return with_mentions(segment(parse_text(text, path=Path("d.txt"), sha256="0" * 64)))


def _pair(before: str, after: str):
    document = _document(f"Story\n\n{before}\n\n{after}\n")
    first, second = document.sentences
    return continuation(first, second)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Golfers at Dundee's public courses have been banned from bringing their dogs with "
            "them after complaints from fellow players and staff.",
            "It follows reports of dog fouling and damage at the Camperdown and Caird Park "
            "courses.",
        ),
        (  # bbc_news
            "By 2007, Japan's population is expected to peak at 127 million, then shrink to under "
            "100 million by the middle of the century.",
            "This means 30 million fewer workers at a time when the number of elderly will have "
            "almost doubled.",
        ),
        (  # a leading connective goes, as in any point
            "Analysts said that the deal is aimed at offsetting Johnson & Johnson's reliance on a "
            "slowing drug business.",
            "But they also pointed out that more mergers are likely because the drug and "
            "healthcare industries are fragmented.",
        ),
    ],
)
def test_a_sentence_that_goes_on_from_the_one_before_continues_it(before, after):
    text = _pair(before, after)
    assert text is not None
    assert text[0].isupper() and not text.startswith("But")


@pytest.mark.parametrize(
    "after",
    [
        # a caption and a time: neither refers to the sentence before
        "This graphic shows the results for 400 synesthetes with 10 or more letters matching.",
        "This weekend saw its TV channel sidekicks deliver a double header with a new ally.",
        # a quotation given to "she": naming her is the speaker rules' work, not this one's
        'It was "a scandal that nobody has been held to account for it," she said.',
        # a person, not the sentence before
        "He photographed the scene from the roof of the station.",
    ],
)
def test_captions_times_and_unnamed_speakers_do_not(after):
    before = "Officials said the new visa rules would take effect on 1 June after a long delay."
    assert _pair(before, after) is None


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # writers_dev: "it" is the building of a sentence further back, not the offices
        (
            "Now the council offices link the station to a park and the town centre.",
            "It was partly paid for with insurance money after a fire destroyed the old offices "
            "on the other side of town.",
        ),
        # "they" after one firm
        (
            "The company said AOL's underlying profit before exceptional items rose 8%.",
            "They believe the results show that the turnaround is working.",
        ),
    ],
)
def test_it_or_they_that_does_not_agree_with_the_subject_before_does_not(before, after):
    assert _pair(before, after) is None


def test_the_memo_of_the_dundee_report_gives_the_ban_with_its_reason():
    document = _document(DUNDEE)
    (summary,) = ExtractiveEngine().summarise([document], 3)
    joined = next(p for p in summary.points if len(p.sentences) == 2)
    assert joined.sentences == (0, 1)
    assert joined.text == (
        "Golfers at Dundee's public courses have been banned from bringing their dogs with them "
        "after complaints from fellow players and staff. It follows reports of dog fouling and "
        "damage at the Camperdown and Caird Park courses."
    )
    # the sentence is not a point of its own as well
    assert sum(1 in p.sentences for p in summary.points) == 1
