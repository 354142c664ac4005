"""Each file format the loader reads, on small files the tests make themselves."""

import json

from briefing.load import SUPPORTED_SUFFIXES, discover, load_article, load_articles

from .documents import make_pdf, write_docx

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Flood plan agreed | News Example</title>
<link rel="canonical" href="https://news.example.org/2026/flood-plan">
<meta property="og:title" content="Ministers agree new flood defence plan">
<meta name="author" content="Jane Hill">
<meta property="article:published_time" content="2026-03-02T09:00:00Z">
<meta name="keywords" content="floods, climate">
<script>var tracking = "TRACKING-SCRIPT";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport NAVIGATION</a></nav>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
<button>Accept all cookies</button></div>
<article><h1>Ministers agree new flood defence plan</h1>
<p>Ministers agreed a £2bn plan on Monday to strengthen flood defences along the east coast,
after storms damaged 4,000 homes last winter.</p>
<p>The plan funds new sea walls in Norfolk and Suffolk. Work starts in March and should finish
by 2029, the Environment Agency said.</p>
<p>Critics said the money falls short. Dr Jane Hill of the University of East Anglia said at
least £5bn was needed to protect the coast.</p>
<div class="share-buttons social-share"><a href="#">Share on Facebook</a>
<a href="#">Share on Twitter</a></div>
</article>
<footer>Copyright 2026 News Example. All rights reserved.</footer>
</body></html>
"""


def test_html_keeps_the_article_and_drops_page_furniture(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(path)
    assert article.title == "Ministers agree new flood defence plan"
    assert article.source.url == "https://news.example.org/2026/flood-plan"
    assert article.source.outlet == "news.example.org"
    assert article.source.published == "2026-03-02"
    assert article.source.author == "Jane Hill"
    assert article.source.tags == ("floods", "climate")
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("Ministers agreed a £2bn plan on Monday")
    body = " ".join(article.paragraphs)
    for furniture in ("TRACKING-SCRIPT", "NAVIGATION", "cookies", "Share on", "Copyright"):
        assert furniture not in body


def pdf_pages() -> list[list[str]]:
    bodies = [
        [
            "Ministers agreed a plan on Monday to strengthen flood defences along",
            "the east coast, after storms damaged four thousand homes last winter.",
            "The Environment Agency said the coun-",
            "try needs a second plan for the north within five years.",
        ],
        [
            "Critics said the money falls short of what the coast needs. Dr Jane",
            "Hill of the University of East Anglia said at least five billion",
            "pounds was needed, and that counter-",
            "terrorism funds had been cut too.",
        ],
    ]
    return [
        ["The Daily Example - Flood report", *body, f"Page {n} of 2"]
        for n, body in enumerate(bodies, start=1)
    ]


def test_a_headline_repeated_at_the_top_of_the_body_is_said_once(tmp_path):
    page = tmp_path / "vote.html"
    page.write_text(
        "<html><head><title>Budget vote | Daily Planet</title></head><body><article>"
        "<h1>Budget vote</h1>"
        "<p>The parliament passed the budget on Friday after a long debate about taxes.</p>"
        "<p>Opposition parties said the plan cuts too deep into public services.</p>"
        "<p>The finance minister said the deficit stays under three percent of output.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    article = load_article(page)
    assert article.paragraphs[0].startswith("The parliament passed the budget")
    assert "Budget vote" not in article.paragraphs


def test_pdf_text_layer_without_running_headers_and_page_numbers(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(pdf_pages(), title="Flood plan agreed"))
    article = load_article(path)
    assert article.title == "Flood plan agreed"
    body = " ".join(article.paragraphs)
    assert "Daily Example" not in body
    assert "Page 1" not in body and "Page 2" not in body
    # A word hyphenated at a line break is one word again; a real compound keeps its hyphen.
    assert "the country needs a second plan" in body
    assert "counter-terrorism funds" in body
    assert "along the east coast" in body  # hard-wrapped lines joined with a space


def test_docx_paragraphs_title_and_properties(tmp_path):
    path = write_docx(
        tmp_path / "memo.docx",
        "Ministers agree new flood defence plan",
        [
            "Ministers agreed a £2bn plan on Monday to strengthen flood defences.",
            "Critics said the money falls short.",
        ],
        author="Jane Hill",
    )
    article = load_article(path)
    assert article.title == "Ministers agree new flood defence plan"
    assert article.paragraphs == (
        "Ministers agreed a £2bn plan on Monday to strengthen flood defences.",
        "Critics said the money falls short.",
    )
    assert article.source.author == "Jane Hill"
    assert article.source.tags == ("floods", "climate")


RECORD = {
    "title": "Ministers agree new flood defence plan",
    "text": "Ministers agreed a £2bn plan on Monday.\n\nCritics said the money falls short.",
    "url": "https://news.example.org/2026/flood-plan",
    "date": "2026-03-02",
    "tags": ["floods", "climate"],
}


def test_json_record_with_title_text_url_and_date(tmp_path):
    path = tmp_path / "article.json"
    path.write_text(json.dumps(RECORD), encoding="utf-8")
    article = load_article(path)
    assert article.title == RECORD["title"]
    assert article.paragraphs == (
        "Ministers agreed a £2bn plan on Monday.",
        "Critics said the money falls short.",
    )
    assert article.source.url == RECORD["url"]
    assert article.source.outlet == "news.example.org"
    assert article.source.published == "2026-03-02"
    assert article.source.tags == ("floods", "climate")


def test_jsonl_gives_one_article_per_record(tmp_path):
    second = {"title": "Budget passes", "body": "The budget passed on Friday. It was close."}
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(RECORD) + "\n\n" + json.dumps(second) + "\n", encoding="utf-8")
    articles = load_articles(path)
    assert [a.title for a in articles] == [RECORD["title"], "Budget passes"]
    assert [a.path.name for a in articles] == ["feed.jsonl#1", "feed.jsonl#3"]
    assert articles[0].sha256 != articles[1].sha256
    # a record without tags has none (not a tag written "()")
    assert articles[1].source.tags == ()


def test_markdown_and_text_are_read_as_before(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Budget passes\n\nThe budget passed on Friday. It was close.\n")
    assert load_article(path).title == "Budget passes"


def test_discover_finds_every_supported_format(tmp_path):
    for suffix in SUPPORTED_SUFFIXES:
        (tmp_path / f"a{suffix}").write_text("x")
    (tmp_path / "b.png").write_text("x")
    found = sorted(p.suffix for p in discover([tmp_path]))
    assert found == sorted(SUPPORTED_SUFFIXES)
