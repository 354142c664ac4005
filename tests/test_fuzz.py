"""Fuzzing the loader and the batch: mutated PDF, Word, HTML, JSON and text files, made from
small seeds built here, never crash a run. Each file is a memo or a one-line error naming it,
and the good files of a batch are all written.

Examples are derandomised (the same files on every run, so CI is stable) and counted per
format; about 3,500 files in all, a minute or two on two cores.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.config import Settings
from briefing.pipeline import make_memos
from briefing.prepare import load_and_segment
from briefing.records import Document

from .conftest import ARTICLE
from .documents import make_pdf, write_docx

PARAGRAPHS = [p for p in ARTICLE.split("\n\n")[1:] if not p.startswith("Source")]


def fuzz(examples: int) -> settings:
    """Settings for `examples` derandomised files: the same ones on every run."""
    return settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,  # fake_engine only registers an engine
        ],
    )


def _docx_seed() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        return write_docx(Path(folder) / "seed.docx", "Flood plan", PARAGRAPHS).read_bytes()


def _html_seed() -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<html><head><title>Flood plan</title><meta name='author' content='A. Writer'></head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>Flood plan</h1>{body}</article>"
        "<script>track()</script></body></html>"
    ).encode()


SEEDS: dict[str, bytes] = {
    ".txt": ARTICLE.encode("utf-8"),
    ".md": ("# Flood plan\n\n" + "\n\n".join(f"*{p}*" for p in PARAGRAPHS)).encode("utf-8"),
    ".html": _html_seed(),
    ".json": json.dumps({"title": "Flood plan", "text": "\n\n".join(PARAGRAPHS)}).encode(),
    ".jsonl": b"\n".join(
        json.dumps({"headline": f"Plan {n}", "body": p, "tags": ["a", n]}).encode()
        for n, p in enumerate(PARAGRAPHS)
    ),
    ".pdf": make_pdf([PARAGRAPHS[:2], PARAGRAPHS[2:]], title="Flood plan"),
    ".docx": _docx_seed(),
}


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    """`seed` with a few byte-level edits: flips, cuts, inserted noise, repeated slices."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "repeat", "delete", "truncate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif kind == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 200))] * draw(st.integers(2, 50))
        elif kind == "delete" and data:
            del data[at]
        elif kind == "truncate":
            del data[at:]
    return bytes(data)


@st.composite
def mutated_docx(draw) -> bytes:
    """The Word seed with one of its XML parts mutated and the zip rebuilt: the XML parser and
    python-docx see the damage, not only the zip reader."""
    source = zipfile.ZipFile(io.BytesIO(SEEDS[".docx"]))
    names = [n for n in source.namelist() if n.endswith(".xml") or n.endswith(".rels")]
    target = draw(st.sampled_from(names))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            data = source.read(name)
            archive.writestr(name, draw(mutated(data)) if name == target else data)
    return out.getvalue()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
TEXT_KEYS = ["text", "body", "title", "url", "date", "author", "tags", "headline", "link"]


@st.composite
def json_records(draw) -> bytes:
    """JSON objects with the reader's own keys holding values of every type."""
    keys = draw(st.lists(st.sampled_from(TEXT_KEYS), min_size=1, max_size=6, unique=True))
    record = {k: draw(json_values | st.sampled_from(PARAGRAPHS)) for k in keys}
    value = draw(st.sampled_from([record, [record, record], [record, 5]]))
    return json.dumps(value).encode()


def deep_html(depth: int, tag: str) -> bytes:
    return (f"<{tag}>" * depth + PARAGRAPHS[0] + f"</{tag}>" * depth).encode()


def check_load(tmp: Path, suffix: str, data: bytes) -> None:
    """The loader's contract on one file: documents, or one-line reasons that name it."""
    path = tmp / f"fuzzed{suffix}"
    path.write_bytes(data)
    result = load_and_segment(path, 5_000_000)
    reasons = [result] if isinstance(result, str) else [r for r in result if isinstance(r, str)]
    for reason in reasons:
        assert reason.startswith(str(path)), reason
        assert "\n" not in reason, reason
        assert "unexpected error" not in reason, reason
    if not isinstance(result, str):
        assert all(isinstance(r, (Document, str)) for r in result)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.mark.parametrize(
    ("suffix", "examples"),
    [(".txt", 500), (".md", 300), (".html", 400), (".json", 300), (".jsonl", 300), (".pdf", 600)],
)
def test_mutated_files_are_a_document_or_one_line_error(scratch, suffix, examples):
    @fuzz(examples)
    @given(data=mutated(SEEDS[suffix]))
    def check(data):
        check_load(scratch, suffix, data)

    check()


@fuzz(300)
@given(data=mutated(SEEDS[".docx"]))
def test_mutated_docx_zips(scratch, data):
    check_load(scratch, ".docx", data)


@fuzz(400)
@given(data=mutated_docx())
def test_docx_with_mutated_xml_inside(scratch, data):
    check_load(scratch, ".docx", data)


@fuzz(300)
@given(data=json_records())
def test_json_records_of_any_shape(scratch, data):
    check_load(scratch, ".json", data)
    check_load(scratch, ".jsonl", data.replace(b"\n", b" "))


@pytest.mark.parametrize("depth", [100, 2_000, 20_000])
@pytest.mark.parametrize("tag", ["div", "b", "table"])
def test_deeply_nested_html(scratch, depth, tag):
    check_load(scratch, ".html", deep_html(depth, tag))


@fuzz(25)
@given(
    files=st.lists(
        st.sampled_from(sorted(SEEDS)).flatmap(lambda s: mutated(SEEDS[s]).map(lambda d: (s, d))),
        min_size=4,
        max_size=10,
    )
)
def test_a_batch_of_mutated_files_writes_every_good_memo(fake_engine, files):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        inputs = root / "inputs"
        inputs.mkdir()
        good = []
        for n, title in enumerate(["Flood plan agreed", "Councils welcome plan"]):
            path = inputs / f"good{n}.txt"
            path.write_text(ARTICLE.replace("Ministers agree new flood defence plan", title))
            good.append(path)
        fuzzed = []
        for n, (suffix, data) in enumerate(files):
            path = inputs / f"fuzzed{n}{suffix}"
            path.write_bytes(data)
            fuzzed.append(path)
        out = root / "out"
        settings_ = Settings(engine="fake", output_dir=out, formats=("md", "json"), cache=False)
        outcomes = list(make_memos(sorted(good + fuzzed), settings_))
        for outcome in outcomes:
            if outcome.error:
                assert "\n" not in outcome.error and outcome.error.startswith(str(inputs))
                assert "unexpected error" not in outcome.error, outcome.error
            else:
                assert outcome.files or outcome.warning
        written = {o.path for o in outcomes if o.files}
        assert set(good) <= written
        for outcome in outcomes:  # every memo whole: each format present and readable
            for path in outcome.files:
                assert path.stat().st_size > 0
            json_files = [f for f in outcome.files if f.suffix == ".json"]
            assert all(json.loads(f.read_text())["bluf"] for f in json_files)
