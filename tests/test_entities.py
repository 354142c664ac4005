"""People, organisations and places, read from the article's own text by rule."""

from pathlib import Path

import pytest

from briefing.entities import extract_entities, gazetteer
from briefing.load import load_article, parse_text
from briefing.segment import segment

from .conftest import ARTICLE
from .memo_helpers import EXAMPLE


def _entities(text):
    return extract_entities(segment(parse_text(text, path=Path("a.txt"), sha256="0" * 64)))


def test_example_article_people_and_places():
    found = extract_entities(segment(load_article(EXAMPLE)))
    assert found.people[:3] == ("Khawaja Muhammad Asif", "Abdellatif Loudyi", "Nasser Bourita")
    assert {"Pakistan", "Morocco", "Rabat", "Islamabad"} <= set(found.places)
    assert "Asif" not in found.people and "Khawaja Asif" not in found.people  # merged
    # "MoroccanGovernment" in the raw text: the loader splits it, and both bodies are found.
    assert found.organisations == ("Moroccan Government", "National Defence Administration")


def test_titles_heads_and_particles_split_a_person_from_an_organisation():
    found = _entities(ARTICLE)
    assert found.people == ("Jane Hill",)
    assert set(found.organisations) == {"Environment Agency", "University of East Anglia"}
    assert set(found.places) == {"Norfolk", "Suffolk"}
    assert "Critics" not in found.people and "Ministers" not in found.people


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        ("Moroccan officials met in Paris on Monday to talk trade.", "places", "Morocco"),
        ("Talks went on, Maria Lopez said on Friday.", "people", "Maria Lopez"),
        ("The deal was signed, according to Tom Baker after the meeting.", "people", "Tom Baker"),
        ("Anna Weiss, the agency's chief economist, left early.", "people", "Anna Weiss"),
        ("Prime Minister Shehbaz Sharif spoke first.", "people", "Shehbaz Sharif"),
        ("The Bank of England raised rates again.", "organisations", "Bank of England"),
        ("NATO and the UN issued statements.", "organisations", "NATO"),
        ("Pakistan-Morocco ties grew.", "places", "Pakistan"),
    ],
)
def test_cues(sentence, kind, name):
    found = _entities(f"A headline about it\n\n{sentence} More text follows here.")
    assert name in getattr(found, kind)


def test_names_without_a_cue_are_left_out():
    found = _entities("A headline about it\n\nGreen Valley Farm grew. Silver Lining returned.")
    assert found.people == () and found.organisations == () and found.places == ()


def test_gazetteer_maps_demonyms_and_aliases_to_countries():
    places = gazetteer()
    assert places["pakistani"] == "Pakistan"
    assert places["uk"] == "United Kingdom"
    assert places["rabat"] == "Rabat"


def test_a_surname_after_a_title_takes_the_full_name_the_article_gives():
    found = _entities(
        "A headline about it\n\nIan McKenzie runs the mill. Mr McKenzie said it would close. "
        "David Cameron visited. Later Mr Cameron left, and Samantha Cameron stayed."
    )
    assert found.people[:1] == ("Ian McKenzie",)
    assert "David Cameron" in found.people and "Cameron" not in found.people
    assert "Samantha Cameron" not in found.people  # no cue of her own
