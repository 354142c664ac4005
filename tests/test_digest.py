"""The morning brief: stories not articles, sections by topic, consequence first, nothing dropped."""

import json
import re
import zlib
from pathlib import Path

import numpy as np
import pytest

from briefing.config import DigestSettings, MemoSettings, Settings, Topic, load_settings
from briefing.digest import build_digest, fitting_note, render_digest
from briefing.errors import ConfigError
from briefing.layout import count_pages, fit_digest, render_pdf
from briefing.load import parse_text
from briefing.render import Page
from briefing.segment import segment
from briefing.stories import OTHER, future_event, weigh

from .memo_helpers import PAGE_POINTS, lead_memo, pdf_pages

TRAIN_BBC = (
    "Source: BBC News\nPublished: 2026-11-28\n\n"
    "Six people were killed and dozens injured when a passenger train derailed near Selby in "
    "North Yorkshire on Tuesday.\n\n"
    "The Rail Accident Investigation Branch said it would publish its first findings on "
    "14 December.\n\nNetwork Rail said the line would stay closed until Friday."
)
TRAIN_REUTERS = (
    "Source: Reuters\n\n"
    "A passenger train derailed near the English town of Selby on Tuesday, killing six people "
    "and injuring dozens, officials said.\n\n"
    "Investigators will report their first findings on 14 December, the Rail Accident "
    "Investigation Branch said.\n\nThe train's operator said it was cooperating fully."
)
HONEY = (
    "Heather honey review\n\nI tasted the new heather honey from a small farm in Devon and my "
    "verdict is simple.\n\nWhen I open the jar a delicate smell of flowers greets my nostrils."
)
RATES = (
    "Source: Financial Times\n\nThe Bank of England raised interest rates to 5% on Thursday to "
    "curb inflation, their highest level in fifteen years.\n\n"
    "The bank's governor said further rises could follow if prices kept climbing."
)
VOTE = (
    "Source: Dawn\n\nPakistan's parliament passed a law on Monday giving the army new powers over "
    "border security.\n\nThe Senate will vote on the bill next week."
)
FOOTBALL = (
    "Source: The Guardian\n\nLiverpool beat Chelsea 2-1 at Anfield on Saturday to go top of the "
    "Premier League table.\n\nThe winning goal came in the last minute of the match."
)
MIX = {
    "train.txt": TRAIN_BBC,
    "honey.txt": HONEY,
    "rates.txt": RATES,
    "derail.txt": TRAIN_REUTERS,
    "vote.txt": VOTE,
    "football.txt": FOOTBALL,
}


def _memos(articles: dict[str, str]):
    return [
        lead_memo(segment(parse_text(text, Path(name), f"{n:064d}")), points=3)
        for n, (name, text) in enumerate(articles.items(), start=1)
    ]


def _bag_of_words(texts):
    """A stand-in encoder for layout tests: word counts hashed to 512 dimensions (no model)."""
    vectors = np.zeros((len(texts), 512))
    for row, text in enumerate(texts):
        for word in re.findall(r"\w+", text.lower()):
            vectors[row, zlib.crc32(word.encode()) % 512] += 1
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


@pytest.fixture(scope="module")
def encoder():
    from briefing.summarise.encoder import SentenceEncoder

    return SentenceEncoder()


@pytest.mark.slow
def test_two_outlets_reporting_one_event_are_one_story_with_both_sources(encoder):
    digest = build_digest(_memos(MIX), encoder.encode)
    assert len(digest.stories) == 5
    train = next(s for s in digest.stories if len(s.articles) == 2)
    assert set(train.articles) == {1, 4}
    data = json.loads(render_digest(digest, "json"))
    story = next(s for sec in data["sections"] for s in sec["stories"] if len(s["articles"]) == 2)
    assert story["outlets"] == ["BBC News", "Reuters"] or story["outlets"] == [
        "Reuters",
        "BBC News",
    ]
    # The bottom line is cited to both articles: both report it.
    assert {c["article"] for c in story["bottom_line"]["citations"]} == {1, 4}
    # Every article is in exactly one story.
    merged = sorted(a for sec in data["sections"] for s in sec["stories"] for a in s["articles"])
    assert merged == [1, 2, 3, 4, 5, 6]


@pytest.mark.slow
def test_a_fact_only_one_of_several_sources_reports_is_marked(encoder):
    digest = build_digest(_memos(MIX), encoder.encode)
    train = next(s for s in digest.stories if len(s.articles) == 2)
    points = [train.bottom_line, train.further]
    assert train.bottom_line.only is None
    single = [p for p in points if p and len(p.citations) == 1]
    assert all(p.only in ("BBC News", "Reuters") for p in single)


@pytest.mark.slow
def test_sections_follow_the_desks_order_and_each_story_its_topic(encoder):
    digest = build_digest(_memos(MIX), encoder.encode)
    topics = {s.title.split()[0]: s.topic for s in digest.stories}
    assert topics["Six"] == "Society"
    assert topics["The"] == "Economy and trade"  # The Bank of England ...
    assert topics["Liverpool"] == "Sport"
    assert topics["Heather"] == "Culture"
    order = [t.name for t in DigestSettings().topics] + [OTHER]
    names = [name for name, _ in digest.sections]
    assert names == sorted(names, key=order.index)
    assert names[-1] == "Sport"  # culture and sport last


@pytest.mark.slow
def test_a_story_that_fits_no_topic_goes_under_other(encoder):
    sport_only = DigestSettings(topics=(Topic("Sport", "sport: football, tennis, matches"),))
    digest = build_digest(
        _memos({"rates.txt": RATES, "f.txt": FOOTBALL}), encoder.encode, sport_only
    )
    assert [(name, [s.title.split()[0] for s in stories]) for name, stories in digest.sections] == [
        ("Sport", ["Liverpool"]),
        ("Other", ["The"]),
    ]


@pytest.mark.slow
def test_the_watch_list_puts_a_story_first_in_its_section(encoder):
    texts = {
        "a.txt": "Source: Reuters\n\nFrance's parliament approved the budget on Tuesday after a "
        "long debate.\n\nThe opposition said it would appeal.",
        "b.txt": "Source: Dawn\n\nKenya's foreign minister met his Ugandan counterpart in Nairobi on "
        "Tuesday to discuss trade.\n\nThe talks were described as friendly.",
    }
    plain = build_digest(_memos(texts), encoder.encode)
    watched = build_digest(_memos(texts), encoder.encode, DigestSettings(watch=("Kenya",)))
    [(_, first)] = [(n, s) for n, s in plain.sections if len(s) == 2]
    [(_, second)] = [(n, s) for n, s in watched.sections if len(s) == 2]
    assert first[0].title.startswith("France")
    assert second[0].title.startswith("Kenya")
    assert "watch-list: Kenya" in second[0].weight.reasons


def test_consequence_counts_sources_casualties_official_action_and_reviews_lower():
    crash = weigh(["Six people were killed when a train derailed."], ["Train derails"], 2, ())
    law = weigh(["Parliament passed a law on border security."], ["Law passed"], 1, ())
    review = weigh(
        ["When I open the jar a delicate smell greets my nostrils."], ["Honey review"], 1, ()
    )
    assert crash.reasons == ("2 sources", "casualties")
    assert law.reasons == ("official action",)
    assert review.reasons == ("feature or review",)
    assert crash.score > law.score > review.score


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("The Senate will vote on the bill next week.", "next week"),
        ("Investigators will report their first findings on 14 December.", "on 14 December"),
        ("The minister is due to visit Kabul on Thursday.", "on Thursday"),
        ("The minister visited Kabul on Thursday.", None),  # past: nothing to watch
        ("Prices will keep rising, analysts said.", None),  # no date
    ],
)
def test_what_to_watch_takes_dated_future_events(sentence, when):
    assert future_event(sentence) == when


def _many_stories(count: int) -> dict[str, str]:
    """`count` distinct stories, each with a long bottom line (different words: no merging)."""
    places = "Aberdeen Bristol Cardiff Dover Exeter Fife Glasgow Hull Ipswich Jarrow Kendal Leeds"
    towns = (
        places + " Morpeth Newry Oban Perth Quorn Ripon Selby Truro Ulverston Wick York Zennor"
    ).split()
    return {
        f"s{n}.txt": f"Council {towns[n]} story {n}\n\nThe council of {towns[n]} decided on "
        f"measure {n} after a meeting that lasted well into the evening, with residents of "
        f"{towns[n]} filling the public gallery to hear the outcome of the vote {n}.\n\n"
        f"Officials in {towns[n]} said work on measure {n} would start within the month."
        for n in range(count)
    }


def test_stories_that_do_not_fit_the_page_become_also_today_lines_and_none_is_dropped():
    digest = build_digest(_memos(_many_stories(10)), _bag_of_words)
    page = Page(MemoSettings(page_size="A4"))
    fitted = fit_digest(digest, lambda d, p: render_digest(d, "html", None, p), page)
    assert count_pages(fitted.print_html) == 1
    brief = [s for s in fitted.item.stories if s.brief]
    assert brief and len(fitted.item.stories) == 10
    for story in fitted.item.stories:  # every story is on the page, in full or as one line
        assert story.title in fitted.print_html
    note = fitting_note(fitted.item, fitted.page.overflow)
    assert note.startswith("moved to Also today: “")
    assert all(f"“{s.title}”" in note for s in brief)
    assert "Also today" in fitted.print_html


def test_a_brief_too_long_for_one_page_puts_also_today_on_the_second():
    digest = build_digest(_memos(_many_stories(24)), _bag_of_words)
    page = Page(MemoSettings(page_size="Letter", banner="OFFICIAL"))
    fitted = fit_digest(digest, lambda d, p: render_digest(d, "html", None, p), page)
    assert fitted.page.overflow
    pdf = render_pdf(fitted.print_html, max_pages=None)
    assert len(pdf_pages(pdf)) >= 2
    assert pdf_pages(pdf)[0] == pytest.approx(PAGE_POINTS["Letter"], abs=1.0)
    for story in fitted.item.stories:
        assert story.title in fitted.print_html
    assert "on page 2" in fitting_note(fitted.item, fitted.page.overflow)


def test_sources_list_outlet_title_date_and_never_a_file_path_when_better_exists():
    digest = build_digest(_memos({"train.txt": TRAIN_BBC, "honey.txt": HONEY}), _bag_of_words)
    md = render_digest(digest, "md")
    assert "1. BBC News · “Six people were killed and dozens injured when a passenger train" in md
    assert "· published 28 November 2026" in md
    assert "file train.txt" not in md
    assert "2. “Heather honey review” · file honey.txt" in md  # nothing better known


def test_digest_settings_come_from_the_digest_table(tmp_path):
    path = tmp_path / "briefing.toml"
    path.write_text(
        '[digest]\nwatch = ["Kenya"]\n\n[[digest.topics]]\nname = "Sport"\n'
        'description = "sport: football, tennis"\n'
    )
    settings = load_settings(path)
    assert settings.digest.watch == ("Kenya",)
    assert settings.digest.topics == (Topic("Sport", "sport: football, tennis"),)
    path.write_text('[digest]\nwatchlist = ["Kenya"]\n')
    with pytest.raises(ConfigError, match=r"unknown setting\(s\) digest\.watchlist"):
        load_settings(path)
    assert Settings().digest.topics[0].name == "Security and defence"


def test_cli_digest(cli, fake_engine, article_file, tmp_path):
    other = article_file.parent / "second.txt"
    other.write_text(
        "Port workers strike\n\nDock workers in Felixstowe began a strike on Monday over pay.\n\n"
        "The union said talks had failed after three weeks.\n"
    )
    out = tmp_path / "out"
    result = cli("make", str(article_file.parent), "-o", str(out), "--engine", "fake", "--digest")
    assert result.exit_code == 0, result.output
    assert re.search(r"digest of 2 articles → .* \(2 stories in \d sections?\)", result.output)
    [md] = out.glob("digest-*.md")
    [html] = out.glob("digest-*.html")
    assert "Morning brief: 2 articles, 2 stories" in md.read_text()
    # Screen HTML links each citation to the article's own memo, at the paragraph.
    assert 'href="ministers-agree-new-flood-defence-plan.html#p1"' in html.read_text()
