"""The memo's own fonts: printed with them on any machine, nothing else fetched, no path leaked."""

import io
from dataclasses import replace

import pytest

from briefing.config import MemoSettings
from briefing.load import load_article
from briefing.output import fonts
from briefing.output.fit import fit_memo, layout_document, render_pdf
from briefing.output.render import Page, render
from briefing.segment import segment

from .memo_helpers import EXAMPLE, lead_memo


@pytest.fixture(scope="module")
def fitted():
    return fit_memo(lead_memo(segment(load_article(EXAMPLE))), None, MemoSettings())


def pdf_fonts(data: bytes) -> set[str]:
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(data)).pages[0]
    # "/ABCDEF+Source-Serif-Pro-Bold": a subset tag, then the name
    return {
        f.get_object()["/BaseFont"].split("+")[-1] for f in page["/Resources"]["/Font"].values()
    }


@pytest.mark.parametrize("whole", [False, True])
def test_the_pdf_is_printed_with_the_bundled_fonts_only(fitted, monkeypatch, whole):
    monkeypatch.setattr("briefing.output.pages.embed_whole_fonts", lambda html: whole)
    assert pdf_fonts(render_pdf(fitted.print_html)) == {
        "Source-Serif-Pro",
        "Source-Serif-Pro-Semi-Bold",  # the bottom line
        "Source-Serif-Pro-Bold",  # the subject
        "Source-Sans-Pro",
        "Source-Sans-Pro-Bold",
    }


def test_every_bundled_face_is_installed_and_named_in_the_style(fitted):
    for face in fonts.FACES:
        assert fonts.font_file(face).read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType
        assert f'url("{face.url}")' in fitted.html


def test_the_html_file_names_no_path_of_this_machine(fitted):
    assert "file:" not in fitted.html
    assert str(fonts.font_file(fonts.FACES[0]).parent) not in fitted.html


def test_a_memo_fetches_nothing_but_its_fonts(tmp_path):
    secret = tmp_path / "secret.css"
    secret.write_text("p { font-size: 40pt; }", encoding="utf-8")
    html = f'<link rel="stylesheet" href="{secret.as_uri()}"><p>Rabat</p>'
    document = layout_document(html, slack=False)
    [line] = [b for b in document.pages[0]._page_box.descendants() if type(b).__name__ == "LineBox"]
    assert line.height < 30  # 40pt text would be over 50 px tall


def test_whole_fonts_only_without_harfbuzz_and_only_for_characters_every_face_has(monkeypatch):
    page = Page(MemoSettings())
    memo = lead_memo(segment(load_article(EXAMPLE)), points=2)
    html = render(memo, "html", None, replace(page, appendix=False))
    monkeypatch.setattr(fonts, "_harfbuzz_subsets", lambda: False)
    assert fonts.embed_whole_fonts(html)
    assert not fonts.embed_whole_fonts(html.replace("Rabat", "拉巴特"))  # a system font drawn
    assert not fonts.embed_whole_fonts("<p>Rabat</p>")  # not the bundled fonts
    monkeypatch.setattr(fonts, "_harfbuzz_subsets", lambda: True)
    assert not fonts.embed_whole_fonts(html)


def test_a_run_leaves_no_copy_of_the_fonts_behind(article_file, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    temporary = tmp_path / "tmp"  # where WeasyPrint copies the fonts of @font-face rules
    temporary.mkdir()
    out = tmp_path / "out"
    command = [sys.executable, "-m", "briefing", "make", str(article_file), "-o", str(out)]
    run = subprocess.run(
        [*command, "-e", "lead", "--format", "pdf"],
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "TMPDIR": str(temporary)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert [p.suffix for p in out.iterdir() if not p.name.startswith(".")] == [".pdf"]
    assert list(temporary.iterdir()) == []
    assert "Traceback" not in run.stderr and "Exception ignored" not in run.stderr
