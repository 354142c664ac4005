"""The abstractive engine end to end, on tiny T5 and BART models built in the test session.

Random weights write gibberish; these tests check everything around the model (loading, prompts,
chunking, batching, map-reduce, grounding, rendering), never the wording.
"""

import json
from pathlib import Path

import pytest

from briefing.config import Settings
from briefing.records import Article
from briefing.segment import segment
from briefing.summarise.abstractive.engine import AbstractiveEngine, max_input_tokens
from briefing.summarise.abstractive.generate import generation_settings, length_batches

pytestmark = pytest.mark.slow


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "briefing.toml"
    path.write_text("num_beams = 2\nmax_new_tokens = 24\nmin_new_tokens = 12\n")
    return path


@pytest.mark.parametrize("model", ["tiny_t5", "tiny_bart"])
def test_make_writes_a_grounded_memo_with_a_tiny_model(
    model, request, cli, article_file, tmp_path, config_file
):
    folder = request.getfixturevalue(model)
    out = tmp_path / "memos"
    result = cli(
        "make",
        str(article_file),
        "-o",
        str(out),
        "--engine",
        "abstractive",
        "--model",
        str(folder),
        "--format",
        "md,json",
        "--config",
        str(config_file),
    )
    assert result.exit_code == 0, result.output
    assert "1 memo written" in result.output
    data = json.loads((out / "ministers-agree-new-flood-defence-plan.json").read_text())
    assert data["engine"] == {"name": "abstractive", "model": str(folder)}
    assert data["bluf"]
    for point in data["key_points"]:
        assert 1 <= point["paragraph"] <= len(data["paragraphs"])
        assert 0.0 <= point["support"] <= 1.0
        assert point["sentences"]
    memo = (out / "ministers-agree-new-flood-defence-plan.md").read_text()
    assert "engine `abstractive`" in memo


def long_article(paragraphs: int) -> Article:
    body = tuple(
        f"Paragraph {n} reports that the council approved plan number {n} on Monday. "
        f"Residents said the plan {n} would help homes hit by the storms."
        for n in range(1, paragraphs + 1)
    )
    return Article(path=Path("long.txt"), sha256="0" * 64, title="A long story", paragraphs=body)


def test_an_article_longer_than_the_input_is_read_to_its_last_paragraph(tiny_bart):
    settings = Settings(model=str(tiny_bart), num_beams=2, max_new_tokens=8, min_new_tokens=8)
    engine = AbstractiveEngine(settings)
    assert engine.max_input == 64
    doc = segment(long_article(12))
    article_tokens = sum(engine.count_tokens([p.text for p in doc.paragraphs]))
    assert article_tokens > 3 * engine.max_input

    plan = engine.plan(doc)
    assert len(plan) >= 4
    assert [p for chunk in plan for p in chunk.paragraphs] == list(range(1, 13))
    assert all(chunk.tokens <= engine.budget for chunk in plan)

    # Watch what the real model is given: every chunk, in one batched map call, then the reduce.
    seen: list[list[str]] = []
    generate = engine.model.generate

    def recording_generate(**inputs):
        texts = engine.tokenizer.batch_decode(inputs["input_ids"], skip_special_tokens=True)
        seen.append(texts)
        return generate(**inputs)

    engine.model.generate = recording_generate
    try:
        summary = engine.summarise([doc], 4)[0]
    finally:
        del engine.model.generate
    fed = " ".join(text for call in seen for text in call)
    last = doc.paragraphs[-1].text
    assert last in fed
    assert all(p.text in fed for p in doc.paragraphs)
    assert len(seen) >= 2  # a map pass and at least one reduce pass
    assert max(len(call) for call in seen) > 1  # chunks are batched, not one call per chunk
    assert summary.points
    assert summary.warnings == ()


def test_generation_settings_come_from_the_model_then_the_user(tiny_t5):
    engine = AbstractiveEngine(Settings(model=str(tiny_t5)))
    # The tiny model ships no generation settings: summarisation fallbacks apply.
    assert engine.generation.num_beams == 4
    assert engine.generation.no_repeat_ngram_size == 3
    assert engine.generation.max_new_tokens == 128
    engine.model.config.task_specific_params = {
        "summarization": {"num_beams": 3, "max_length": 60, "min_length": 10, "prefix": "x"}
    }
    try:
        own = generation_settings(engine.model, Settings())
        assert (own.num_beams, own.max_length, own.min_length) == (3, 60, 10)
        assert own.max_new_tokens is None
        user = generation_settings(engine.model, Settings(max_new_tokens=20, num_beams=2))
        assert (user.num_beams, user.max_new_tokens, user.max_length) == (2, 20, None)
    finally:
        del engine.model.config.task_specific_params


def test_t5_input_limit_and_prompt(tiny_t5):
    engine = AbstractiveEngine(Settings(model=str(tiny_t5)))
    assert max_input_tokens(engine.model, engine.tokenizer) == 512  # relative positions: as trained
    assert max_input_tokens(engine.model, engine.tokenizer, 100) == 100
    assert engine.prompt == "t5"
    assert engine.budget < engine.max_input  # room left for "summarize:" and </s>


def test_length_batches_sort_by_length_and_respect_the_token_budget():
    lengths = [10, 500, 30, 480, 20, 12]
    batches = length_batches(lengths, budget=2000, beams=2)
    assert sorted(i for b in batches for i in b) == list(range(6))
    assert batches[0][0] == 1  # longest first
    for batch in batches:
        width = max(lengths[i] for i in batch)
        assert len(batch) * width * 2 <= 2000 or len(batch) == 1
    assert [1, 3] in batches  # 2 rows x 500 wide x 2 beams fits 2000 exactly
    assert [1, 3] not in length_batches(lengths, budget=1999, beams=2)


def test_an_input_that_must_be_cut_is_reported_not_hidden(tiny_bart, cli, tmp_path):
    engine = AbstractiveEngine(
        Settings(model=str(tiny_bart), num_beams=1, max_new_tokens=4, min_new_tokens=4)
    )
    long_text = " ".join(["flood"] * 200)
    outputs, cut = engine.generate(["Storms hit the coast.", long_text])
    assert cut == [1]
    assert len(outputs) == 2
