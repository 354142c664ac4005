"""Encodings, line endings, invisible characters and mojibake all come out as the same text."""

import json
from pathlib import Path

import pytest

from briefing.load import load_article
from briefing.load.decode import decode_guessed

from .conftest import ARTICLE as ARTICLE_TEXT

TEXT = "Café owners in Zürich said the “naïve” plan would cost €2m – about £1.7m.\n"
BODY = "Café owners in Zürich said the “naïve” plan would cost €2m – about £1.7m."


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8.txt", TEXT.encode("utf-8")),
        ("utf8-bom.txt", b"\xef\xbb\xbf" + TEXT.encode("utf-8")),
        ("utf16-le-bom.txt", TEXT.encode("utf-16")),  # Python writes a BOM, little-endian
        ("utf16-be-bom.txt", b"\xfe\xff" + TEXT.encode("utf-16-be")),
        ("utf16-le-no-bom.txt", TEXT.encode("utf-16-le")),
        ("cp1252.txt", TEXT.encode("cp1252")),
        ("crlf.txt", TEXT.replace("\n", "\r\n").encode("utf-8")),
    ],
)
def test_every_encoding_decodes_to_the_same_text(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    assert load_article(path).paragraphs == (BODY,)


def test_latin1_decodes(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café owners in Zürich said the plan was naïve.\n".encode("latin-1"))
    assert load_article(path).paragraphs == ("Café owners in Zürich said the plan was naïve.",)


def test_mojibake_is_repaired(tmp_path):
    path = tmp_path / "mojibake.txt"
    # UTF-8 bytes once decoded as cp1252 and saved again as UTF-8: "CafÃ©", "â€œnaÃ¯veâ€\x9d".
    damaged = TEXT.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "\x9d")
    path.write_text(damaged, encoding="utf-8")
    assert load_article(path).paragraphs == (BODY,)


def test_non_breaking_and_zero_width_spaces_are_normalised(tmp_path):
    path = tmp_path / "spaces.txt"
    path.write_text("The\u00a0plan\u200b costs\u202f£2bn and\u00ad the vote is on Monday.\n")
    assert load_article(path).paragraphs == ("The plan costs £2bn and the vote is on Monday.",)


def test_character_references_left_by_a_web_page_are_read_as_characters(tmp_path):
    # bbc_news: "a nearby internet caf&#233;", "&#163;4.50 for an hour's session"
    path = tmp_path / "references.txt"
    path.write_text(
        "Many were going to a nearby internet caf&#233; to check e-mail.\n\n"
        "It costs &#163;4.50 an hour, said AT&T and R&D staff at Procter &amp; Gamble.\n"
    )
    assert load_article(path).paragraphs == (
        "Many were going to a nearby internet café to check e-mail.",
        "It costs £4.50 an hour, said AT&T and R&D staff at Procter & Gamble.",
    )
    # bbc_news: an apostrophe the page's encoding made "¿" ("&#191;"); a Spanish question keeps it
    path.write_text(
        "Personnel from America&#191;s National Football League came.\n\nHe asked: ¿Dónde está?\n"
    )
    assert load_article(path).paragraphs == (
        "Personnel from America’s National Football League came.",
        "He asked: ¿Dónde está?",
    )


CP1252_SAMPLES = [
    # Short texts with £, é and ’: detection alone once read these as cp850 or cp1250.
    "The deal is worth $1.13bn (£600m), the company’s chief executive said.",
    "Café owners in the town said the council’s plan was “naïve”.",
    "Ticket prices rose to £45 – up from £30 – and fans said it was déjà vu.",
    "Société Générale’s profits fell 5%, it said on Thursday.",
]


@pytest.mark.parametrize("text", CP1252_SAMPLES)
def test_cp1252_text_is_read_as_cp1252(text):
    assert decode_guessed(Path("a.txt"), text.encode("cp1252")) == (text, "cp1252")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Rząd w Warszawie przyjął w poniedziałek plan ochrony przed powodzią.", "cp1250"),
        ("Правительство в понедельник утвердило новый план защиты от наводнений.", "cp1251"),
    ],
)
def test_other_code_pages_are_not_forced_into_cp1252(text, encoding):
    assert decode_guessed(Path("a.txt"), text.encode(encoding)) == (text, encoding)


def test_a_file_mixing_utf8_and_cp1252_is_repaired_line_by_line():
    lines = [
        ("Café owners said the plan was naïve.", "utf-8"),
        ("Prices rose to £5 at the café, the owner’s figures show.", "cp1252"),
        ("The minister’s plan was published on Monday.", "utf-8"),
    ]
    data = b"\n".join(text.encode(encoding) for text, encoding in lines)
    text, guessed = decode_guessed(Path("a.txt"), data)
    assert text == "\n".join(t for t, _ in lines)
    assert guessed == "utf-8 with 1 line of cp1252"


def test_inspect_shows_the_guessed_encoding(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes((ARTICLE_TEXT + CP1252_SAMPLES[0]).encode("cp1252"))
    result = cli("inspect", str(path))
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["encoding"] == "cp1252"
