from pathlib import Path

from briefing.ground import ground, overlap, unsupported_terms
from briefing.load import parse_text
from briefing.records import Draft
from briefing.segment import segment

from .conftest import ARTICLE


def _doc():
    return segment(parse_text(ARTICLE, path=Path("a.txt"), sha256="0" * 64))


def test_extracted_points_cite_the_paragraph_of_their_sentence():
    doc = _doc()
    index = next(i for i, s in enumerate(doc.sentences) if s.text.startswith("Critics"))
    [point] = ground(doc, [Draft(doc.sentences[index].text, (index,))])
    assert point.paragraph == 3
    assert point.support == 1.0
    assert point.unsupported == ()


def test_written_points_are_matched_to_the_best_supporting_sentence():
    doc = _doc()
    [point] = ground(doc, [Draft("Sea walls will be built in Norfolk and Suffolk.")])
    assert point.paragraph == 2
    assert doc.sentences[point.sentences[0]].text.startswith("The plan funds new sea walls")
    assert 0.5 < point.support <= 1.0


def test_names_and_numbers_missing_from_the_article_are_flagged():
    doc = _doc()
    [point] = ground(doc, [Draft("Ministers agreed a £9bn plan with Boris Johnson in March.")])
    assert set(point.unsupported) == {"9", "Boris Johnson"}


def test_overlap_and_unsupported_terms():
    assert overlap("sea walls in Norfolk", "The plan funds new sea walls in Norfolk.") == 1.0
    assert overlap("the and of", "anything") == 0.0
    assert unsupported_terms("It cost 4,000 pounds.", "damaged 4,000 homes") == ()
    assert unsupported_terms("It cost 4,500 pounds.", "damaged 4,000 homes") == ("4,500",)
