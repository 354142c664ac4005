from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.records import Document, Draft, EngineInfo, Summary
from briefing.summarise import base

ARTICLE = """Ministers agree new flood defence plan

LONDON: Ministers agreed a £2bn plan on Monday to strengthen flood defences along the east coast, after storms damaged 4,000 homes last winter.

The plan funds new sea walls in Norfolk and Suffolk. Work starts in March and should finish by 2029, the Environment Agency said.

Critics said the money falls short. Dr. Jane Hill of the University of East Anglia said at least £5bn was needed to protect the coast.

Local councils welcomed the announcement. They had asked for support since the storms.

Source: https://news.example.org/2026/flood-plan
Tags: floods, climate, infrastructure
"""


@pytest.fixture(autouse=True)
def process_as_found():
    """What a command's process tuning changes (`tuning.tune_process`, run by the CLI tests in
    this process) is put back after each test, so that tests see the library's own process."""
    import gc
    import os

    from briefing.encoder import runtime

    environment, owned, collector = dict(os.environ), runtime._OWNED, gc.get_threshold()
    yield
    os.environ.clear()
    os.environ.update(environment)
    runtime._OWNED = owned
    gc.set_threshold(*collector)


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch) -> Path:
    """Every test gets its own summary cache, never the user's real one."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "inputs" / "flood-plan.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


class FakeEngine:
    """Returns the first sentences of each document, or queued texts: for tests around the model."""

    info = EngineInfo(name="fake", model="none")

    def __init__(self, settings=None, queued: list[list[str]] | None = None) -> None:
        self.queued = list(queued or [])
        self.calls = 0

    def summarise(self, documents: Sequence[Document], points: int) -> list[Summary]:
        self.calls += 1
        out = []
        for doc in documents:
            if self.queued:
                out.append(Summary(points=tuple(Draft(t) for t in self.queued.pop(0))))
            else:
                out.append(
                    Summary(
                        points=tuple(
                            Draft(s.text, (i,)) for i, s in enumerate(doc.sentences[:points])
                        )
                    )
                )
        return out


@pytest.fixture
def fake_engine():
    base.register("fake", FakeEngine)
    yield FakeEngine
    base.ENGINES.pop("fake", None)


@pytest.fixture
def cli():
    from briefing.cli import app

    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, list(args), catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def tiny_t5(tmp_path_factory) -> Path:
    """A 1-layer T5 with random weights and a sentencepiece tokenizer trained here (built once)."""
    from tests.tiny_models import build_t5

    return build_t5(tmp_path_factory.mktemp("models") / "tiny-t5", ARTICLE.splitlines())


@pytest.fixture(scope="session")
def tiny_bart(tmp_path_factory) -> Path:
    """A 1-layer BART with random weights, a trained byte-level BPE and a 64-token input."""
    from tests.tiny_models import build_bart

    return build_bart(tmp_path_factory.mktemp("models") / "tiny-bart", ARTICLE.splitlines())


@pytest.fixture(scope="session")
def tiny_bert(tmp_path_factory) -> Path:
    """A 2-layer BERT with random weights and the packaged encoder's tokenizer (built once)."""
    from briefing.encoder.sentences import resolve_encoder
    from tests.tiny_models import build_bert

    tokenizer = Path(resolve_encoder(None)) / "tokenizer.json"
    return build_bert(tmp_path_factory.mktemp("models") / "tiny-bert", tokenizer)
