"""The evaluation harness: ROUGE protocol, baselines, row loading, and `briefing eval`."""

import json
from pathlib import Path

import numpy as np
import pytest

from briefing import evaluate as ev
from briefing.errors import InputError
from briefing.records import Draft, Summary
from briefing.summarise.baselines import (
    LeadEngine,
    LexRankEngine,
    TextRankEngine,
    lexrank_scores,
    textrank_scores,
)

BODY = (
    "The council approved a new budget for the city library on Monday night.\n\n"
    "The library budget adds money for longer opening hours and new books.\n\n"
    "Residents had asked the council for longer library hours for years.\n\n"
    "The weather was mild."
)


def write_rows(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_rouge_of_identical_texts_is_100_and_of_disjoint_texts_is_0():
    same = ev.score(
        [["The cat sat on the mat.", "Dogs bark loudly."]],
        ["The cat sat on the mat.\nDogs bark loudly."],
    )
    assert same == pytest.approx(dict.fromkeys(ev.ROUGE_TYPES, 100.0))
    disjoint = ev.score([["Quantum chromodynamics explains gluons."]], ["The cat sat on the mat."])
    assert disjoint == pytest.approx(dict.fromkeys(ev.ROUGE_TYPES, 0.0))


def test_rouge_uses_stemming_and_averages_over_articles():
    stemmed = ev.score([["Ministers agreeing plans"]], ["Minister agreed plan"])
    assert stemmed["rouge1"] == pytest.approx(100.0)
    mean = ev.score([["a b c"], ["x y z"]], ["a b c", "p q r"])
    assert mean["rouge1"] == pytest.approx(50.0)


def test_rows_go_through_the_loader_without_inventing_a_title(tmp_path):
    path = write_rows(
        tmp_path / "rows.jsonl",
        [
            {"id": "a", "title": None, "article": "Short lead line\n\n" + BODY, "summary": "x"},
            {"id": "b", "title": "Library budget", "article": BODY, "summary": "y"},
            {"id": "c", "title": None, "article": BODY, "summary": "z", "duplicate_of": "b"},
        ],
    )
    untitled, titled = ev.load_items(path)
    assert untitled.document.article.title == ""
    # A short first paragraph is body text here, not a headline the loader made up.
    assert untitled.document.paragraphs[0].text == "Short lead line"
    assert titled.document.article.title == "Library budget"
    assert titled.document.paragraphs[0].text.startswith("The council approved")
    assert [p.index for p in titled.document.paragraphs] == [1, 2, 3, 4]
    assert len(ev.load_items(path, limit=1)) == 1


@pytest.mark.parametrize(
    ("line", "message"),
    [("{not json", "line 1 is not JSON"), ('{"article": "a"}', "needs non-empty")],
)
def test_bad_rows_are_input_errors_naming_the_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        ev.read_jsonl(path)


def test_lead_k_picks_the_first_k_sentences_in_order(tmp_path):
    path = write_rows(tmp_path / "r.jsonl", [{"title": "T", "article": BODY, "summary": "s"}])
    doc = ev.load_items(path)[0].document
    summary = LeadEngine().summarise([doc], 2)[0]
    assert [p.text for p in summary.points] == [s.text for s in doc.sentences[:2]]
    assert [p.sentences for p in summary.points] == [(0,), (1,)]


@pytest.mark.parametrize("scores", [textrank_scores, lexrank_scores])
def test_graph_centrality_prefers_the_sentence_that_shares_the_most(scores):
    sentences = [
        "The library opens longer hours.",
        "Council budget gives library longer hours and books.",
        "The council budget passed.",
        "Books arrive next month for the library.",
        "Rain fell in the hills.",
    ]
    result = scores(sentences)
    assert result.shape == (5,)
    assert int(np.argmax(result)) == 1
    assert int(np.argmin(result)) == 4
    assert result.sum() == pytest.approx(1.0)


@pytest.mark.parametrize("engine", [TextRankEngine, LexRankEngine])
def test_graph_engines_return_k_distinct_points_with_their_sentences(tmp_path, engine):
    path = write_rows(tmp_path / "r.jsonl", [{"title": "T", "article": BODY, "summary": "s"}])
    doc = ev.load_items(path)[0].document
    points = engine().summarise([doc], 3)[0].points
    assert len(points) == 3
    assert len({p.sentences for p in points}) == 3
    assert all(p.text == doc.sentences[p.sentences[0]].text for p in points)


def test_points_are_scored_in_reading_order():
    summary = Summary(
        points=(Draft("c", (5,)), Draft("a", (0,)), Draft("b", (2,)), Draft("d", (9,)))
    )
    assert ev.reading_order(summary, 3) == ["a", "b", "c"]


class CountingEncoder:
    name = "counting"
    dimension = 2

    def __init__(self):
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen.extend(texts)
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)


def test_cached_encoder_encodes_each_text_once_per_run():
    inner = CountingEncoder()
    cached = ev.CachedEncoder(inner)
    first = cached.encode(["a", "bb", "a"])
    second = cached.encode(["bb", "ccc"])
    assert inner.seen == ["a", "bb", "ccc"]
    assert first[:, 0].tolist() == [1, 2, 1]
    assert second[:, 0].tolist() == [2, 3]


def test_eval_prints_lead_and_engines_side_by_side(cli, tmp_path):
    path = write_rows(
        tmp_path / "rows.jsonl",
        [{"title": None, "article": BODY, "summary": "The council approved a library budget."}],
    )
    result = cli("eval", str(path), "--points", "2", "--engine", "textrank", "--engine", "lexrank")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "rows.jsonl: 1 articles, 2 key points, ROUGE F1 (x100)"
    assert lines[2].startswith("| engine | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |")
    assert [line.split("|")[1].strip() for line in lines[4:]] == [
        "lead (Lead-2)",
        "textrank",
        "lexrank",
    ]

    data = json.loads(cli("eval", str(path), "-e", "lead", "--json").output)
    both = json.loads(cli("eval", str(path), "-e", "lexrank,textrank", "--json").output)
    assert [r["engine"] for r in both["results"]] == ["lead", "lexrank", "textrank"]
    assert data["points"] == 3
    (lead,) = data["results"]
    assert lead["engine"] == "lead" and lead["documents"] == 1
    assert set(ev.ROUGE_TYPES) <= set(lead)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope.jsonl"], "no such file"),
        (["{data}", "--engine", "nope"], "unknown engine 'nope'"),
        (["{data}", "--points", "0"], "between 1 and 20"),
    ],
)
def test_eval_usage_errors_exit_2(cli, tmp_path, args, message):
    path = write_rows(tmp_path / "r.jsonl", [{"article": BODY, "summary": "s"}])
    result = cli("eval", *[a.format(data=path) for a in args])
    assert result.exit_code == 2
    assert message in result.output


def test_eval_bad_data_exits_1_with_one_line(cli, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n", encoding="utf-8")
    result = cli("eval", str(path), "-e", "lead")
    assert result.exit_code == 1
    assert "line 1 is not JSON" in result.output


def test_eval_data_that_is_not_utf8_is_a_one_line_error(cli, tmp_path):
    data = tmp_path / "latin.jsonl"
    data.write_bytes(b'{"article": "caf\xe9 opens.", "summary": "x"}\n')
    result = cli("eval", str(data), "-e", "lead")
    assert result.exit_code == 1
    assert f"{data}: is not UTF-8" in result.output


def test_limit_counts_usable_rows_only(tmp_path):
    from briefing.evaluate import load_items

    data = tmp_path / "rows.jsonl"
    rows = [
        {"article": "...", "summary": "x"},  # no sentence with a word in it: not usable
        {"article": "The council met on Monday.", "summary": "Council met."},
        {"article": "The mayor resigned on Tuesday.", "summary": "Mayor resigned."},
    ]
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    items = load_items(data, limit=2)
    assert [i.reference for i in items] == ["Council met.", "Mayor resigned."]
