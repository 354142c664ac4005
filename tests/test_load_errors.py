"""Bad input: a one-line error naming the file and the reason; the batch goes on; exit code 1."""

import json
import os
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.load import load_article, load_articles

from .documents import make_pdf


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.md", b"  \n\t\n  \r\n", "is empty"),
        ("blank-utf16.txt", "  \n\n".encode("utf-16"), "is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text"),
        ("undecodable.txt", b"\x81\x8d\x8f\x90\x9d" * 40, "cannot be decoded"),
        ("scan.pdf", make_pdf([]), "has no text layer (scanned PDF?)"),
        ("broken.pdf", b"%PDF-1.4\nnot really a pdf", "not a readable PDF"),
        # found by the fuzz test: a trailer that is a number, which pypdf reads as a dictionary
        (
            "damaged.pdf",
            b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n0000000000 65535 f \n"
            b"0000000009 00000 n \ntrailer\n42\nstartxref\n45\n%%EOF\n",
            "not a readable PDF",
        ),
        ("broken.docx", b"PK\x03\x04 not a zip", "not a valid .docx file"),
        ("broken.json", b'{"title": "x", ', "is not valid JSON"),
        ("notext.json", b'{"title": "x"}', "has no text field"),
        ("broken.jsonl", b'{"text": "fine"}\n{oops\n', "line 2 is not valid JSON"),
        ("empty.html", b"<html><body><nav>Home</nav></body></html>", "no main text"),
        ("notes.rtf", b"{\\rtf1 hello}", "unsupported file type .rtf"),
    ],
)
def test_bad_input_names_the_file_and_the_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        load_articles(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert "\n" not in message


def test_size_limit_is_configurable(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 100)
    with pytest.raises(InputError, match="500 bytes, over the 100-byte limit"):
        load_article(path, max_bytes=100)


def test_missing_and_unreadable_paths(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "gone.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(InputError, match="is a folder"):
        load_article(folder)
    inside_a_file = tmp_path / "gone.txt"
    inside_a_file.write_text("x")
    with pytest.raises(InputError, match="cannot be read"):
        load_article(inside_a_file / "child.txt")


def test_permission_denied(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("A secret article.")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads any file: make the read fail as it would for a user
        real = os.open

        def denied(file, *args, **kwargs):
            if Path(file) == path:
                raise PermissionError(13, "Permission denied", str(file))
            return real(file, *args, **kwargs)

        monkeypatch.setattr(os, "open", denied)
    with pytest.raises(InputError, match="permission denied"):
        load_article(path)


def test_a_batch_goes_on_past_bad_files_and_says_so(cli, fake_engine, article_file, tmp_path):
    folder = article_file.parent
    (folder / "empty.txt").write_text("")
    (folder / "scan.pdf").write_bytes(make_pdf([]))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    (folder / "copy.md").write_bytes(article_file.read_bytes())
    (folder / "big.txt").write_text("Word " * 400)
    (folder / "briefing.toml").write_text("max_input_bytes = 1500\n")
    out = tmp_path / "memos"
    result = cli(
        "make",
        str(folder),
        "-o",
        str(out),
        "--engine",
        "fake",
        "--config",
        str(folder / "briefing.toml"),
    )
    assert result.exit_code == 1
    lines = result.output.splitlines()
    for name, reason in [
        ("empty.txt", "is empty"),
        ("scan.pdf", "has no text layer (scanned PDF?)"),
        ("binary.txt", "looks like a binary file, not text"),
        ("big.txt", "is 2,000 bytes, over the 1,500-byte limit"),
    ]:
        assert any(f"{folder / name}: {reason}" in line for line in lines), (name, result.output)
    # copy.md comes first (sorted), so the original is the one skipped: a warning, not a failure.
    assert any(
        line.endswith(f"flood-plan.txt: same content as {folder / 'copy.md'}; skipped")
        for line in lines
    )
    assert "1 memo written" in result.output and "4 failed" in result.output
    memos = sorted(p.name for p in out.iterdir())
    assert [m for m in memos if not m.startswith(".")] == [
        "ministers-agree-new-flood-defence-plan.html",
        "ministers-agree-new-flood-defence-plan.md",
    ]
    assert not [m for m in memos if m.endswith(".tmp")]  # nothing half-written


def test_inspect_prints_what_the_loader_made_of_a_file(cli, article_file):
    result = cli("inspect", str(article_file))
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["title"] == "Ministers agree new flood defence plan"
    assert report["source"]["url"] == "https://news.example.org/2026/flood-plan"
    assert report["source"]["outlet"] == "news.example.org"
    assert report["source"]["dateline"] == "LONDON"
    assert report["tags"] == ["floods", "climate", "infrastructure"]
    assert [p["index"] for p in report["paragraphs"]] == [1, 2, 3, 4]
    assert report["paragraphs"][2]["sentences"] == [
        "Critics said the money falls short.",
        "Dr. Jane Hill of the University of East Anglia said at least £5bn was needed to protect the coast.",
    ]


def test_inspect_of_a_bad_file_is_one_line_and_exit_code_1(cli, tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([]))
    result = cli("inspect", str(path))
    assert result.exit_code == 1
    assert result.output == f"error: {path}: has no text layer (scanned PDF?)\n"


def test_a_bad_record_in_a_feed_fails_alone(cli, fake_engine, tmp_path):
    feed = tmp_path / "feed.jsonl"
    good = {
        "title": "Harbour wall approved",
        "text": "The council approved the harbour wall on Monday after a long debate.",
    }
    feed.write_text(
        json.dumps(good) + "\n" + json.dumps({"title": "no text"}) + "\n{oops\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = cli("make", str(feed), "-o", str(out), "--engine", "fake")
    assert result.exit_code == 1
    assert f"{feed}: record 2 has no text field" in result.output
    assert f"{feed}: line 3 is not valid JSON" in result.output
    assert (out / "harbour-wall-approved.md").is_file()
    assert "1 memo written" in result.output and "2 failed" in result.output
