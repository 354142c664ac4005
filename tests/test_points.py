"""Generated text into key points, and prompt choice: no model needed."""

import numpy as np
import pytest

from briefing.errors import ConfigError
from briefing.summarise.abstractive.prompts import prompt_for, render_prompt
from briefing.summarise.points import distinct, grounded_first, split_points


def test_split_points_strips_bullets_and_drops_a_cut_off_last_sentence():
    text = "- Ministers agreed a £2bn plan.\n2. Work starts in March. Critics said it falls"
    assert split_points(text) == ["Ministers agreed a £2bn plan.", "Work starts in March."]


def test_split_points_reads_pegasus_newlines_and_drops_fragments():
    assert split_points("Storms hit the coast.<n>Yes.<n>Councils want more support.") == [
        "Storms hit the coast.",
        "Councils want more support.",
    ]


def test_distinct_drops_exact_and_near_duplicates_keeping_the_first_wording():
    points = [
        "Ministers agreed a £2bn flood plan on Monday.",
        "ministers agreed a £2bn flood plan on monday",
        "On Monday ministers agreed a £2bn flood plan.",
        "Critics said the money falls short.",
    ]
    assert distinct(points) == [points[0], points[3]]


def test_distinct_uses_embeddings_for_paraphrases():
    points = ["The plan costs two billion.", "Its price is 2bn pounds.", "Work starts in March."]
    vectors = np.array([[1.0, 0.0], [0.96, 0.28], [0.0, 1.0]])
    assert distinct(points, lambda texts: vectors[: len(texts)]) == [points[0], points[2]]


def test_points_with_invented_names_or_numbers_go_last():
    article = "Ministers agreed a plan on Monday. Work starts in March."
    points = [
        "Ministers agreed a plan worth 7bn.",
        "Work starts in March.",
        "They met Smith there.",
    ]
    assert grounded_first(points, article) == [points[1], points[0], points[2]]


@pytest.mark.parametrize(
    ("model_type", "name", "prefix", "expected"),
    [
        ("t5", "google/flan-t5-base", None, "flan-t5"),
        ("t5", "t5-small", "summarize: ", "t5"),
        ("bart", "facebook/bart-large-cnn", None, "plain"),
        ("pegasus", "google/pegasus-cnn_dailymail", None, "plain"),
        ("longt5", "pszemraj/long-t5-tglobal-base-16384-book-summary", None, "plain"),
        ("led", "allenai/led-large-16384-arxiv", None, "plain"),
    ],
)
def test_prompt_is_chosen_by_model_family(model_type, name, prefix, expected):
    assert prompt_for(model_type, name, prefix) == expected


def test_prompts_render_and_user_files_override(tmp_path):
    assert render_prompt("t5", "Storms hit.") == "summarize: Storms hit."
    assert render_prompt("plain", "Storms hit.") == "Storms hit."
    assert render_prompt("flan-t5", "Storms hit.").endswith("\n\nStorms hit.")
    mine = tmp_path / "mine.j2"
    mine.write_text("Key points of: {{ text }}\n")
    assert render_prompt(str(mine), "Storms hit.") == "Key points of: Storms hit."
    with pytest.raises(ConfigError, match=r"unknown prompt 'nope': give a \.j2 file or one of "):
        render_prompt("nope", "x")
