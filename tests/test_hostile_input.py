"""Hostile and broken input: every file a memo or a one-line error, and the batch goes on."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.load import discover, load_articles
from briefing.load import formats as reader_formats
from briefing.prepare import load_and_segment

from .conftest import ARTICLE
from .documents import make_pdf, write_docx

PAGE = [
    "Ministers agreed a new plan on Monday to strengthen the flood defences of the east coast.",
    "Work starts in March and should finish by 2029, the Environment Agency said.",
]
SLUG = "ministers-agree-new-flood-defence-plan"


def encrypted_pdf(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([PAGE]))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def rezip(source: Path, change) -> bytes:
    """The .docx at `source` with each part's bytes passed through `change(name, data)`."""
    out = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info)))
    return out.getvalue()


def test_an_aes_pdf_without_a_password_is_read(tmp_path):
    path = tmp_path / "open.pdf"
    path.write_bytes(encrypted_pdf(""))
    [article] = load_articles(path)
    assert "flood defences of the east coast" in " ".join(article.paragraphs)


def test_an_aes_pdf_that_needs_a_password_says_encrypted(tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_pdf("secret"))
    with pytest.raises(InputError, match="is an encrypted PDF"):
        load_articles(path)


def test_a_docx_with_truncated_xml_is_one_error(tmp_path):
    good = write_docx(tmp_path / "good.docx", "Flood plan", PAGE)
    path = tmp_path / "cut.docx"
    path.write_bytes(
        rezip(good, lambda name, data: data[:200] if name == "word/document.xml" else data)
    )
    with pytest.raises(InputError, match=r"is not a valid \.docx file") as info:
        load_articles(path)
    assert "\n" not in str(info.value)


def test_a_zip_bomb_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_formats, "MAX_UNZIPPED_BYTES", 1_000_000)
    good = write_docx(tmp_path / "good.docx", "Flood plan", PAGE)
    padding = b"<!--" + b" " * 2_000_000 + b"-->"  # inflates 2 MB from a few kB
    path = tmp_path / "bomb.docx"
    path.write_bytes(
        rezip(good, lambda name, data: data + padding if name.endswith(".xml") else data)
    )
    assert path.stat().st_size < 100_000
    with pytest.raises(
        InputError,
        match=r"inflates to at least [\d,]+ bytes, over the 1,000,000-byte limit \(zip bomb\?\)",
    ):
        load_articles(path)


def test_a_zip_of_too_many_parts_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_formats, "MAX_ZIP_MEMBERS", 10)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for n in range(11):
            archive.writestr(f"part{n}.xml", b"<a/>")
    path = tmp_path / "many.docx"
    path.write_bytes(out.getvalue())
    with pytest.raises(InputError, match="holds 11 files, over the 10 limit"):
        load_articles(path)


def test_a_pdf_of_too_many_pages_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_formats, "MAX_PDF_PAGES", 2)
    path = tmp_path / "long.pdf"
    path.write_bytes(make_pdf([PAGE, PAGE, PAGE]))
    with pytest.raises(InputError, match="has 3 pages, over the 2-page limit"):
        load_articles(path)


def test_a_pdf_that_takes_too_long_is_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_formats, "READ_SECONDS", -1.0)  # the deadline has passed at once
    path = tmp_path / "slow.pdf"
    path.write_bytes(make_pdf([PAGE]))
    with pytest.raises(InputError, match=r"took over -?\d+ s to read"):
        load_articles(path)


def test_an_unexpected_reader_error_is_that_files_error_only(monkeypatch, tmp_path):
    def broken(path, data):
        raise AttributeError("'NoneType' object has no attribute 'text'")

    monkeypatch.setitem(reader_formats.READERS, ".html", broken)
    import briefing.load as load

    monkeypatch.setitem(load.READERS, ".html", broken)
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>Anything</p></body></html>")
    reason = load_and_segment(path, 5_000_000)
    assert reason == (
        f"{path}: unexpected error (please report): "
        "AttributeError: 'NoneType' object has no attribute 'text'"
    )
    detailed = load_and_segment(path, 5_000_000, debug=True)
    assert detailed.startswith(reason + "\nTraceback (most recent call last):")
    assert "in broken" in detailed


def test_a_batch_with_broken_files_writes_every_good_memo(cli, fake_engine, tmp_path, monkeypatch):
    import briefing.load as load

    def broken(path, data):
        raise NotImplementedError("unsupported filter /JBIG2Decode")

    folder = tmp_path / "inputs"
    folder.mkdir()
    for n in range(3):
        text = ARTICLE.replace("Ministers agree", f"Ministers {n} agree")
        (folder / f"good{n}.txt").write_text(text)
    (folder / "locked.pdf").write_bytes(encrypted_pdf("secret"))
    (folder / "strange.html").write_text("<p>x</p>")
    monkeypatch.setitem(load.READERS, ".html", broken)
    out = tmp_path / "out"
    result = cli("make", str(folder), "-o", str(out), "--engine", "fake", "-f", "md")
    assert result.exit_code == 1
    assert len(sorted(out.glob("*.md"))) == 3
    lines = result.output.splitlines()
    assert (
        f"✗ {folder / 'strange.html'}: unexpected error (please report): NotImplementedError: unsupported filter /JBIG2Decode"
        in lines
    )
    assert (
        f"✗ {folder / 'locked.pdf'}: is an encrypted PDF (it needs a password); save an unlocked copy"
        in lines
    )
    assert "Traceback" not in result.output
    assert "3 memos written" in result.output and "2 failed" in result.output
    debug = cli("make", str(folder), "-o", str(out), "--engine", "fake", "-f", "md", "--debug")
    assert "Traceback (most recent call last):" in debug.output
    assert "NotImplementedError: unsupported filter /JBIG2Decode" in debug.output


def test_a_fifo_and_a_link_to_a_device_are_refused_without_reading(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    assert load_and_segment(fifo, 1000) == f"{fifo}: is not a regular file (a named pipe)"
    assert load_and_segment(zero, 1000) == f"{zero}: is not a regular file (a device)"


def test_links_that_loop_or_go_nowhere_and_unreadable_folders_are_reported(tmp_path, monkeypatch):
    folder = tmp_path / "inputs"
    (folder / "locked").mkdir(parents=True)
    (folder / "good.txt").write_text(ARTICLE)
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "gone.md").symlink_to("nowhere.md")
    (folder / "back").symlink_to(folder)  # a link to a folder above: never followed
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == folder / "locked":  # as a folder without read permission (even for root)
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != folder / "locked")
    found = list(discover([folder]))
    assert found == [folder / n for n in ("gone.md", "good.txt", "locked", "loop.txt")]
    reasons = [load_and_segment(p, 5_000_000) for p in found]
    assert reasons[0] == f"{folder / 'gone.md'}: is a link to nothing"
    assert not isinstance(reasons[1], str)
    assert reasons[2] == f"{folder / 'locked'}: is a folder that cannot be read (permission denied)"
    assert reasons[3].startswith(f"{folder / 'loop.txt'}: cannot be read (Too many levels")


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("evil\n✓ forged.md (5 key points).txt", "evil\\n✓ forged.md (5 key points).txt"),
        ("\x1b[2J\x1b[31mcleared.txt", "\\x1b[2J\\x1b[31mcleared.txt"),
        ("right\u202eto-left.txt", "right\\u202eto-left.txt"),
    ],
)
def test_file_names_with_control_characters_are_printed_escaped(
    cli, fake_engine, tmp_path, name, shown
):
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / name).write_text("")
    result = cli("make", str(folder), "-o", str(tmp_path / "out"), "--engine", "fake")
    assert result.exit_code == 1
    [line] = [line for line in result.output.splitlines() if "is empty" in line]
    assert line == f"✗ {folder}/{shown}: is empty"
    assert line.isprintable()


def test_an_empty_input_folder_is_a_usage_error(cli, tmp_path):
    (tmp_path / "inputs").mkdir()
    result = cli("make", str(tmp_path / "inputs"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "no supported article files" in result.output
