"""The public API: `from briefing import make` does what `briefing make` does, and says so."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import MakeResult, Outcome, Settings, UsageError, make

from .conftest import ARTICLE

STRIKE = """Port workers strike over pay

Dock workers in Felixstowe began a 48-hour strike on Monday after talks over pay broke down.

The union said its members had been offered a rise below inflation. The port handles almost half of the country's container trade.

Shipping lines said they would divert vessels to Southampton and London Gateway until the strike ends.
"""


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "flood.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "strike.txt").write_text(STRIKE, encoding="utf-8")
    return folder


def settings_for(tmp_path: Path, **changes) -> Settings:
    return Settings(engine="fake", output_dir=tmp_path / "out", formats=("md", "json")).replace(
        **changes
    )


def test_make_writes_a_memo_per_article_and_returns_their_outcomes(fake_engine, inputs, tmp_path):
    made = make(inputs, settings_for(tmp_path, points=2))
    assert isinstance(made, MakeResult)
    assert [o.path.name for o in made.outcomes] == ["flood.txt", "strike.txt"]
    assert (made.written, made.failed, made.ok, made.digest) == (2, 0, True, None)
    flood, strike = made.outcomes
    assert [f.name for f in flood.files] == [
        "ministers-agree-new-flood-defence-plan.md",
        "ministers-agree-new-flood-defence-plan.json",
    ]
    assert all(f.is_file() for o in made.outcomes for f in o.files)
    assert strike.title == "Port workers strike over pay"
    assert strike.memo is not None and strike.memo.bluf.text.startswith(
        "Dock workers in Felixstowe"
    )
    data = json.loads(strike.files[1].read_text(encoding="utf-8"))
    assert data["bluf"] == strike.memo.bluf.text
    assert [p["text"] for p in data["key_points"]] == [p.text for p in strike.memo.key_points]
    assert strike.points == len(strike.memo.key_points) == 2


def test_the_callbacks_hear_the_count_first_then_each_outcome_in_order(
    fake_engine, inputs, tmp_path
):
    heard: list[int | Outcome] = []
    made = make(
        [str(inputs / "strike.txt"), inputs / "flood.txt"],
        settings_for(tmp_path),
        on_start=heard.append,
        on_outcome=heard.append,
    )
    assert heard == [2, *made.outcomes]
    assert [o.path.name for o in made.outcomes] == ["strike.txt", "flood.txt"]


def test_a_bad_article_fails_alone_and_a_repeat_is_skipped(fake_engine, inputs, tmp_path):
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    (inputs / "again.txt").write_text(STRIKE, encoding="utf-8")
    made = make(inputs, settings_for(tmp_path))
    by_name = {o.path.name: o for o in made.outcomes}
    assert by_name["empty.txt"].error == f"{inputs / 'empty.txt'}: is empty"
    assert by_name["strike.txt"].skipped  # read after again.txt, with the same content
    assert by_name["strike.txt"].warning == f"same content as {inputs / 'again.txt'}; skipped"
    assert by_name["again.txt"].written and by_name["flood.txt"].written
    assert (made.written, made.failed, made.ok) == (2, 1, False)


def test_keep_memos_false_leaves_them_on_disk_only_and_the_digest_still_has_them(
    fake_engine, inputs, tmp_path
):
    made = make(
        inputs, settings_for(tmp_path, formats=("md", "html")), digest=True, keep_memos=False
    )
    assert all(o.written and o.memo is None for o in made.outcomes)
    assert made.digest is not None and made.digest.ok, made.digest
    assert made.digest.digest is not None and len(made.digest.digest.sources) == 2
    assert [f.suffix for f in made.digest.files] == [".md", ".html"]
    html = made.digest.files[1].read_text(encoding="utf-8")
    # The digest links each citation to the article's own memo.
    assert 'href="port-workers-strike-over-pay.html#p1"' in html
    assert made.ok


def test_a_digest_of_nothing_is_a_failure_of_its_own(fake_engine, tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    made = make(folder, settings_for(tmp_path), digest=True)
    assert made.digest is not None and made.digest.files == ()
    assert made.digest.error == "no memo was written, so there is nothing to digest"
    assert (made.written, made.failed) == (0, 2)  # the article, and the digest


@pytest.mark.parametrize(
    ("call", "argument", "message"),
    [
        ({"engine": "nope"}, "engine", "unknown engine 'nope'; choose from "),
        ({"cluster": "dask"}, "cluster", "unknown cluster 'dask'; choose from ray"),
        ({"inputs": "missing"}, "inputs", "no such file or folder: {tmp}/missing"),
        ({"inputs": "photos"}, None, "no supported article files (.txt, "),
    ],
)
def test_a_call_that_cannot_start_raises_before_any_work(
    fake_engine, inputs, tmp_path, call, argument, message
):
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "harbour.jpg").write_bytes(b"\xff\xd8\xff")
    given = tmp_path / call["inputs"] if "inputs" in call else inputs
    started: list[int] = []
    with pytest.raises(UsageError) as raised:
        make(
            given,
            settings_for(tmp_path, engine=call.get("engine")),
            cluster=call.get("cluster"),
            on_start=started.append,
        )
    assert raised.value.argument == argument
    assert str(raised.value).startswith(message.format(tmp=tmp_path))
    assert started == [] and not (tmp_path / "out").exists()


def test_import_briefing_is_light_and_make_loads_no_model_library():
    code = (
        "import sys, briefing\n"
        "assert briefing.Settings().points == 5\n"
        "light = ('numpy', 'jinja2', 'rich', 'typer')\n"
        "heavy = ('torch', 'transformers', 'spacy', 'weasyprint', 'ray')\n"
        "print(','.join(m for m in light + heavy if m in sys.modules))\n"
        "from briefing import make\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n") == ["", "", ""]


@pytest.mark.slow
def test_the_library_leaves_the_process_as_it_found_it(inputs, tmp_path):
    """The default engine (torch, CTranslate2, spaCy) runs, and the calling program keeps its
    environment, torch's thread count and its garbage collector: tuning them is the CLI's."""
    import gc
    import os

    import torch

    environment, threads, frozen = dict(os.environ), torch.get_num_threads(), gc.get_freeze_count()
    result = make([inputs], Settings(output_dir=tmp_path / "out", formats=("md",)))
    assert result.written == 2
    assert dict(os.environ) == environment
    assert torch.get_num_threads() == threads
    assert gc.get_freeze_count() <= frozen  # nothing frozen (frozen objects may still die)


def test_the_loaders_take_a_path_as_a_string_too(tmp_path):
    from briefing import load_article
    from briefing.load import inspect_file, load_articles

    path = tmp_path / "plan.txt"
    path.write_text(
        "Budget plan\n\nThe minister said the plan would cost £2bn.\n", encoding="utf-8"
    )
    article = load_article(str(path))
    assert article.title == "Budget plan"
    assert article.path == path
    assert load_articles(str(path)) == [article]
    assert inspect_file(str(path))["path"] == str(path)
