"""Encodings, line endings, invisible characters and mojibake all come out as the same text."""

import pytest

from briefing.load import load_article

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
