from pathlib import Path

import pytest

from briefing.load import discover, load_article, parse_text

EXAMPLE = Path(__file__).parents[1] / "inputs" / "pakistan-morocco-defence-mou.txt"


def test_title_metadata_and_dateline_are_taken_out_of_the_body(article_file):
    article = load_article(article_file)
    assert article.title == "Ministers agree new flood defence plan"
    assert article.source.url == "https://news.example.org/2026/flood-plan"
    assert article.source.outlet == "news.example.org"
    assert article.source.tags == ("floods", "climate", "infrastructure")
    assert article.source.dateline == "LONDON"
    assert article.paragraphs[0].startswith("Ministers agreed a £2bn plan")
    assert len(article.paragraphs) == 4
    assert not any("Source:" in p or "Tags:" in p for p in article.paragraphs)


def test_example_article_loses_its_metadata_and_junk_lines():
    article = load_article(EXAMPLE)
    body = "\n".join(article.paragraphs)
    assert "ogimageimage-name" not in body
    assert "Source:" not in body and "Tags:" not in body
    assert article.source.url.startswith("https://www.moroccoworldnews.com/")
    assert "Pakistan" in article.source.tags
    assert article.source.dateline == "ISLAMABAD"
    assert len(article.paragraphs) == 8


def test_a_long_first_paragraph_is_not_a_title_so_its_main_clause_gives_one():
    article = load_article(EXAMPLE)
    # From the text, never the file name ("Pakistan Morocco Defence MoU"): the first sentence's
    # core clause, without "by signing a formal Memorandum of ...", at most 14 words.
    assert article.title == (
        "Pakistan and Morocco have taken a significant step forward in their longstanding "
        "bilateral relationship"
    )
    assert article.paragraphs[0].startswith("Pakistan and Morocco have taken")


def test_markdown_heading_is_the_title(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Budget passes\n\nThe budget passed on Friday. It was close.\n")
    article = load_article(path)
    assert article.title == "Budget passes"
    assert article.paragraphs == ("The budget passed on Friday. It was close.",)


def test_hard_wrapped_lines_are_joined_into_paragraphs(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "The committee met on Tuesday to discuss the proposal that had been\n"
        "tabled the week before by a group of members from both parties.\n"
        "\n"
        "A vote is expected next month.\n"
    )
    article = load_article(path)
    assert article.paragraphs[0] == (
        "The committee met on Tuesday to discuss the proposal that had been "
        "tabled the week before by a group of members from both parties."
    )


def test_discover_reads_folders_recursively_and_skips_hidden_and_other_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b.txt", "a.md", "sub/c.txt", ".hidden/d.txt", "e.png"):
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["a.md", "b.txt", "sub/c.txt"]


@pytest.mark.parametrize(
    ("first_line", "url", "outlet"),
    [
        ("Source: Reuters", None, "Reuters"),
        (
            "URL: www.example.com/markets/rates",
            "https://www.example.com/markets/rates",
            "example.com",
        ),
        ("Source: https://news.example.org/a", "https://news.example.org/a", "news.example.org"),
    ],
)
def test_source_and_url_lines_become_fields_not_body_text(tmp_path, first_line, url, outlet):
    path = tmp_path / "rates.txt"
    path.write_text(
        f"{first_line}\n\nLONDON: The bank raised rates on Thursday to curb inflation.\n\n"
        "Markets fell after the governor announced the decision.\n"
    )
    article = load_article(path)
    assert (article.source.url, article.source.outlet) == (url, outlet)
    assert article.source.dateline == "LONDON"
    assert article.paragraphs[0].startswith("The bank raised rates")


@pytest.mark.parametrize(
    ("first", "place", "body"),
    [
        # writers_dev (CNN): a place in mixed case, or with its country, before the credit
        ("Hong Kong (CNN) Six people were hurt after an explosion.", "Hong Kong", "Six people"),
        ("BAGHDAD, Iraq (CNN) -- Six gay men were shot dead.", "BAGHDAD, Iraq", "Six gay men"),
        ("WASHINGTON (CNN) -- The U.S. Navy has charged six guards.", "WASHINGTON", "The U.S."),
        # no dateline: a speaker's label, and a place that opens a sentence
        ("Mr Smith: I was there when the bus was hit.", None, "Mr Smith:"),
        ("Hong Kong is a city of seven million people.", None, "Hong Kong is"),
    ],
)
def test_a_dateline_with_a_news_agency_credit_is_taken_out_of_the_body(first, place, body):
    article = parse_text(
        f"Story\n\n{first}\n\nA second paragraph follows here.\n",
        path=Path("story.txt"),
        sha256="0" * 64,
    )
    assert article.source.dateline == place
    assert article.paragraphs[0].startswith(body)
