"""The morning brief: stories not articles, sections by topic, consequence first, nothing dropped."""

import json
import re
import zlib
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from briefing.config import DigestSettings, MemoSettings, Settings, Topic, load_settings
from briefing.digest import build_digest, fitting_note, render_digest
from briefing.errors import ConfigError
from briefing.load import parse_text
from briefing.output.fit import count_pages, fit_digest, render_pdf
from briefing.output.render import Page
from briefing.segment import segment
from briefing.stories import (
    OTHER,
    LeadFacts,
    article_texts,
    future_event,
    group_articles,
    lead_facts,
    mean_vectors,
    weigh,
)

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
# One event from two outlets in their own words; two months' releases of one series; the
# favourite, then the winner.
FIRE_BBC = (
    "Dhaka factory fire kills 12\n\nSource: BBC News\n\n"
    "Twelve workers were killed when fire swept through a garment factory in Dhaka, Bangladesh, "
    "on Wednesday, the Fire Service and Civil Defence said.\n\n"
    "The blaze started on the third floor of the eight-storey building in the Ashulia industrial "
    "area, officials said.\n\nFirefighters needed five hours to bring it under control."
)
FIRE_REUTERS = (
    "Blaze at Bangladesh garment factory leaves 12 dead\n\nSource: Reuters\n\n"
    "A fire at a garment factory on the outskirts of Dhaka killed 12 workers on Wednesday, "
    "Bangladesh's Fire Service and Civil Defence said.\n\n"
    "The fire broke out on the building's third floor in Ashulia and spread quickly, a "
    "spokesman said.\n\nThe factory's owners said they were cooperating with investigators."
)
INFLATION_MARCH = (
    "UK inflation falls to 2.1% in March\n\nSource: The Guardian\n\n"
    "UK consumer price inflation fell to 2.1% in March from 2.4% in February, the Office for "
    "National Statistics said.\n\n"
    "Lower petrol prices and cheaper air fares pulled the rate down, the ONS said.\n\n"
    "The Bank of England aims to keep inflation at 2%."
)
INFLATION_APRIL = (
    "UK inflation rises to 2.3% in April\n\nSource: The Guardian\n\n"
    "UK consumer price inflation rose to 2.3% in April from 2.1% in March, the Office for "
    "National Statistics said.\n\n"
    "Higher energy bills pushed the rate up, the ONS said.\n\n"
    "The Bank of England aims to keep inflation at 2%."
)
PRIZE_TIPPED = (
    "Kovac tipped for Costa book prize\n\nSource: BBC News\n\n"
    "Novelist Anna Kovac is the favourite to win the Costa Book of the Year award for her "
    "novel The Salt Road, according to bookmakers.\n\n"
    "The winner will be named at a ceremony in London.\n\n"
    "Kovac won the Costa novel award earlier this month."
)
PRIZE_WON = (
    "Kovac wins Costa book prize\n\nSource: The Guardian\n\n"
    "Novelist Anna Kovac has won the Costa Book of the Year award for her novel The Salt Road.\n\n"
    "The judges praised the book at a ceremony in London.\n\n"
    "Kovac won the Costa novel award earlier this month."
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
    from briefing.encoder.sentences import SentenceEncoder

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


@pytest.mark.parametrize(
    ("one", "other", "one_event"),
    [
        # One fire, two outlets: the same day, the same toll, told differently.
        (
            (
                "Dhaka factory fire kills 12",
                "Twelve workers were killed when fire swept through "
                "a garment factory in Dhaka on Wednesday, officials said.",
            ),
            (
                "Blaze at Bangladesh garment factory leaves 12 dead",
                "A fire at a garment factory "
                "near Dhaka killed 12 workers on Wednesday, the fire service said.",
            ),
            True,
        ),
        # One session's market move, rounded differently.
        (
            ("Shares rise on new takeover offer", "Shares in the club closed up 4.75% on Monday."),
            ("Mixed reaction to offer", "Shares in the club were up over 5% by noon on Monday."),
            True,
        ),
        # Two monthly releases: each lead names its own month first, the month before after.
        (
            (
                "UK inflation falls to 2.1% in March",
                "Inflation fell to 2.1% in March from 2.4% in February, the ONS said.",
            ),
            (
                "UK inflation rises to 2.3% in April",
                "Inflation rose to 2.3% in April from 2.1% in March, the ONS said.",
            ),
            False,
        ),
        # Two lawsuits of one company: different sums.
        (
            (
                "Owner sues Russia for $28bn",
                "The majority owner has sued the Russian government for $28.3bn.",
            ),
            (
                "Firm sues four firms for $20bn",
                "The oil firm has sued four companies over the auction of its main unit.",
            ),
            False,
        ),
        # The favourite, then the winner.
        (
            (
                "Kovac tipped for Costa prize",
                "Novelist Anna Kovac is the favourite to win the Costa Book of the Year award.",
            ),
            (
                "Kovac wins Costa prize",
                "Novelist Anna Kovac has won the Costa Book of the Year award.",
            ),
            False,
        ),
        # The hearing due, then the ruling.
        (
            (
                "Firm heading back to US court",
                "The oil company is due in a US court on Thursday as it fights for its survival.",
            ),
            (
                "Firm loses US bankruptcy battle",
                "A judge has dismissed the oil company's attempt "
                "to gain bankruptcy protection in the US.",
            ),
            False,
        ),
        # The third quarter's results and the fourth's.
        (
            ("Profits jump at carmaker", "Third quarter profits at the carmaker rose sharply."),
            ("Carmaker profits slip", "Fourth quarter profits at the carmaker fell."),
            False,
        ),
    ],
)
def test_reports_of_one_event_agree_on_their_leads_facts_and_developments_do_not(
    one, other, one_event
):
    first, second = lead_facts(one[0], one[1:]), lead_facts(other[0], other[1:])
    assert first.agrees(second) is one_event
    assert second.agrees(first) is one_event


def test_specifics_are_numbers_months_and_years_not_names_or_weekdays():
    facts = lead_facts(
        "Housewives lift Channel 4",
        [
            "Six weeks of the show lifted Channel 4's share by 12% in January, BBC Four said on Monday."
        ],
    )
    assert facts.specifics == {"6", "12", "january"}
    assert facts.periods[3] == "monday"  # a different weekday still tells two events apart
    # A month that is part of a name is no period; one after "In" is.
    may = lead_facts("Brexit talks", ["Theresa May met EU leaders in Brussels in June."])
    assert may.periods[0] == "june"
    assert lead_facts("Vote", ["In May, voters backed the plan."]).periods[0] == "may"


def test_publication_dates_days_apart_are_different_events():
    headline, lead = "Storm closes ports", "A storm closed the ports of the north coast."
    monday = lead_facts(headline, [lead], "2026-03-02")
    assert monday.agrees(lead_facts(headline, [lead], "2026-03-03T07:30:00+00:00"))
    assert not monday.agrees(lead_facts(headline, [lead], "2026-03-09"))
    # A date without its day, or none, tells nothing.
    assert monday.agrees(lead_facts(headline, [lead], "2026-03"))
    assert monday.agrees(lead_facts(headline, [lead], None))


def test_lead_facts_are_the_first_period_and_figure_the_lead_names():
    facts = lead_facts(
        "House prices rebound says Halifax",
        [
            "UK house prices increased by 1.1% in December, the first monthly rise since "
            "September, the Halifax has said.",
            "The 0.4% fall in November was the third in a row, the lender said.",
        ],
    )
    assert facts.periods[0] == "december"
    assert facts.figures == (("%", 1.1),)
    assert facts.specifics == {"1.1", "december", "september"}  # the first sentence's
    assert not facts.pending
    assert {"halifax", "uk", "0.4"} <= facts.names  # names from the whole lead


def _closeness_only(facts: LeadFacts) -> LeadFacts:
    """The same names, with nothing said about when, how much or whether it has happened."""
    return replace(facts, published=None, periods=(), figures=(), pending=False)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("one", "other", "one_event"),
    [
        (FIRE_BBC, FIRE_REUTERS, True),
        (INFLATION_MARCH, INFLATION_APRIL, False),
        (PRIZE_TIPPED, PRIZE_WON, False),
    ],
)
def test_close_articles_are_one_story_only_when_their_leads_facts_agree(
    encoder, one, other, one_event
):
    memos = _memos({"one.txt": one, "other.txt": other})
    digest = build_digest(memos, encoder.encode)
    assert len(digest.stories) == (1 if one_event else 2)
    # The pairs kept apart are close enough to be one story by closeness alone: their leads'
    # facts, not distance, keep them apart.
    vectors = mean_vectors(encoder.encode, [article_texts(m) for m in memos])
    facts = [lead_facts(texts[0], texts[1:3]) for texts in map(article_texts, memos)]
    assert group_articles(vectors, [_closeness_only(f) for f in facts]) == [[0, 1]]


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
