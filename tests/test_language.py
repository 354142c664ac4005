"""What the language pipeline reads from every sentence: whether it is a statement."""

from pathlib import Path

import pytest

from briefing.language import read_language
from briefing.load import parse_text
from briefing.segment import segment


def _statements(text: str) -> tuple[bool, ...]:
    document = read_language(segment(parse_text(f"Story\n\n{text}\n", Path("s.txt"), "5" * 64)))
    return document.statements


@pytest.mark.parametrize(
    "text",
    [
        # bbc_news: a company whose name opens on a verb, not an imperative
        "Ask Jeeves has become the third leading online search firm this week to thank a revival "
        "in internet advertising for improving fortunes.",
        "The ministry said the new visa rules would take effect on 1 June.",
    ],
)
def test_a_report_is_a_statement(text):
    assert _statements(text) == (True,)


@pytest.mark.parametrize(
    "text",
    [
        "Think back to the summer of 2012, when the Olympics came to London.",
        "Delicate, delicious and the perfect gift for a friend.",
    ],
)
def test_an_imperative_or_a_verbless_line_is_not(text):
    assert _statements(text) == (False,)
