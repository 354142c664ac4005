"""The memo's structure, its settings, template overrides, and safety against article text."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefing.config import MemoSettings, load_settings
from briefing.errors import ConfigError
from briefing.output.render import Page, render, safe_link

from .memo_helpers import EXAMPLE, lead_memo
from .test_render import _memo

EVIL = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "# Heading",
)


def test_html_memo_has_every_part_in_memo_order():
    page = Page(MemoSettings(banner="OFFICIAL", to="Desk officers", sender="Policy unit"))
    html = render(_memo(), "html", None, page)
    parts = [
        'class="banner banner-top">OFFICIAL',
        "Memorandum",
        "Prepared</th><td>2026-11-29",
        "To</th><td>Desk officers",
        "From</th><td>Policy unit",
        'Subject</th><td class="subject">Ministers agree new flood defence plan',
        "Bottom line",
        "Key points",
        "Background",
        "Named in the article",
        "Source</h2>",
        'class="provenance"',
        'class="banner banner-bottom">OFFICIAL',
        "Article text",
    ]
    positions = [html.index(part) for part in parts]
    assert positions == sorted(positions)
    assert "<dt>People</dt><dd>Jane Hill</dd>" in html
    assert "engine fake · model none · input sha256 aaaaaaaaaaaaaaaa" in html
    assert "news.example.org</span> · “Ministers agree new flood defence plan”" in html


def test_citations_link_to_the_appendix_in_html_and_to_the_source_in_print():
    memo = _memo()
    screen = render(memo, "html", None, Page())
    printed = render(memo, "html", None, Page(appendix=False))
    assert '<a class="ref" href="#p2"' in screen and '<li id="p2">' in screen
    assert 'href="#p' not in printed and "Article text" not in printed
    assert '<a class="ref" href="https://news.example.org/2026/flood-plan"' in printed


def test_markdown_memo_routing_and_banner():
    md = render(_memo(), "md", None, Page(MemoSettings(banner="OFFICIAL", to="Desk")))
    assert md.startswith("**OFFICIAL**\n\n# Ministers agree")
    assert md.rstrip().endswith("**OFFICIAL**")
    assert "**TO:** Desk" in md and "**FROM:**" not in md
    assert "- **People:** Jane Hill" in md


def test_memo_settings_from_the_toml_file(tmp_path):
    path = tmp_path / "briefing.toml"
    path.write_text(
        'templates_dir = "tpl"\n[memo]\nbanner = "OFFICIAL"\nto = "Minister"\n'
        'from = "Policy unit"\npage_size = "Letter"\n'
    )
    settings = load_settings(path)
    assert settings.memo == MemoSettings("OFFICIAL", "Minister", "Policy unit", "Letter")
    assert settings.templates_dir == tmp_path / "tpl"
    html = render(_memo(), "html", None, Page(settings.memo))
    assert "size: Letter;" in html


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[memo]\nbaner = "X"\n', "unknown setting(s) memo.baner"),
        ('[memo]\npage_size = "A5"\n', "page_size must be A4 or Letter, not 'A5'"),
        ("[memo]\nto = 3\n", "memo to must be a string"),
        ('memo = "x"\n', "memo must be a table"),
    ],
)
def test_bad_memo_settings(tmp_path, text, message):
    path = tmp_path / "briefing.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_settings(path)


def test_a_templates_folder_overrides_the_packaged_templates(tmp_path):
    (tmp_path / "memo.md.j2").write_text("MINE {{ memo.title | md }} {{ page.banner }}\n")
    md = render(_memo(), "md", tmp_path, Page(MemoSettings(banner="B")))
    assert md == "MINE Ministers agree new flood defence plan B\n"
    assert "<!DOCTYPE html>" in render(_memo(), "html", tmp_path)  # html still the packaged one


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend((tag, k, v or "") for k, v in attrs)


def _evil_article(tmp_path: Path) -> Path:
    title = " ".join(EVIL)
    body = [
        f"Officials met on Monday {EVIL[0]} to discuss the plan for the coast.",
        f"The plan {EVIL[1]} funds new sea walls, the agency said on Tuesday.",
        f"Critics said {EVIL[2]} that the money falls short of what is needed.",
        f"{EVIL[3]}\nLocal councils welcomed the announcement after the storms.",
    ]
    path = tmp_path / "in" / "evil.txt"
    path.parent.mkdir()
    path.write_text(f"# {title}\n\n" + "\n\n".join(body) + "\n\nSource: javascript:alert(1)\n")
    return path


def test_article_text_cannot_inject_markup_links_or_headings(cli, fake_engine, tmp_path):
    out = tmp_path / "out"
    result = cli(
        "make", str(_evil_article(tmp_path)), "-o", str(out), "--engine", "fake", "-f", "md,html",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    [html_file] = out.glob("*.html")
    [md_file] = out.glob("*.md")
    assert re.fullmatch(r"[a-z0-9-]+\.html", html_file.name)
    html = html_file.read_text()
    assert "alert(1)" in html  # the text is kept, as text
    parser = _Tags()
    parser.feed(html)
    assert "script" not in parser.tags and "img" not in parser.tags
    assert not [a for a in parser.attrs if a[1].startswith("on")]
    hrefs = [v for tag, k, v in parser.attrs if k == "href"]
    assert hrefs and all(h.startswith(("#p", "http://", "https://")) for h in hrefs)

    from markdown_it import MarkdownIt

    md = md_file.read_text()
    rendered = MarkdownIt("commonmark").render(md)
    assert "<script" not in rendered and "<img" not in rendered
    assert "javascript:" not in re.findall(r'href="([^"]*)"', rendered).__str__()
    assert "<a " not in rendered
    headings = re.findall(r"<h([1-6])>(.*?)</h\1>", rendered)
    assert not [text for _, text in headings if "Heading" in text and not text.startswith("&lt;")]
    assert [level for level, _ in headings].count("1") == 1  # only the memo's own title


def test_only_plain_http_urls_become_links():
    assert safe_link("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "data:text/html,x", 'https://x.org/"onmouseover=', "//x"):
        assert safe_link(bad) is None


def test_example_memo_names_its_people_and_places():
    html = render(lead_memo(_example_document()), "html")
    people = re.search(r"<dt>People</dt><dd>(.*?)</dd>", html).group(1)
    assert [name.split(",")[0] for name in people.split("; ")] == [
        "Khawaja Muhammad Asif",
        "Abdellatif Loudyi",
        "Nasser Bourita",
    ]
    assert people.startswith("Khawaja Muhammad Asif, Pakistan’s Defence Minister; ")


def _example_document():
    from briefing.load import load_article
    from briefing.segment import segment

    return segment(load_article(EXAMPLE))


MOODY = (
    "Moody joins up with England\n\n"
    "Lewis Moody has flown to Dublin to join England's camp ahead of Sunday's game against "
    "Ireland.\n\n"
    "England coach Andy Robinson said the chances of him playing were very slim.\n\n"
    "Robinson has already been forced to make one change to the starting line-up with Bath "
    "prop Matt Stevens coming in for Phil Vickery. Robinson also admits Moody is a doubt.\n"
)


def test_a_surname_alone_gets_the_rest_of_the_name_where_the_memo_first_uses_it():
    from briefing.language import read_language
    from briefing.load import parse_text
    from briefing.pipeline import build_memo
    from briefing.records import Draft, EngineInfo, Summary
    from briefing.segment import segment

    # bbc_news: "Robinson" opens a key point; the memo never names him in full before it
    text = MOODY
    document = read_language(segment(parse_text(text, path=Path("m.txt"), sha256="6" * 64)))
    sentences = document.sentences
    picks = [0, next(i for i, s in enumerate(sentences) if s.text.startswith("Robinson has"))]
    picks.append(next(i for i, s in enumerate(sentences) if s.text.startswith("Robinson also")))
    summary = Summary(points=tuple(Draft(sentences[i].text, (i,)) for i in picks))
    memo = build_memo(document, summary, EngineInfo("fake", "none"), "2026-12-05T00:00:00+00:00")
    texts = [p.text for p in memo.key_points]
    assert texts[0].startswith("[Andy] Robinson has already been forced")
    assert texts[1].startswith("Robinson also admits")  # named in full once is enough
    # a surname two people share is left as it is
    shared = text + "\nHis brother Jason Robinson was not picked.\n"
    document = read_language(segment(parse_text(shared, path=Path("m.txt"), sha256="7" * 64)))
    summary = Summary(points=tuple(Draft(document.sentences[i].text, (i,)) for i in picks))
    memo = build_memo(document, summary, EngineInfo("fake", "none"), "2026-12-05T00:00:00+00:00")
    assert memo.key_points[0].text.startswith("Robinson has already been forced")


def test_a_surname_in_the_background_gets_the_given_name_no_point_gave():
    from briefing.language import read_language
    from briefing.load import parse_text
    from briefing.pipeline import build_memo
    from briefing.records import Draft, EngineInfo, Summary
    from briefing.segment import segment

    # bbc_news (sport), as above: the background, printed after the points, names Robinson
    # by his surname alone where no point named him in full
    text = MOODY.replace(
        "Robinson also admits Moody is a doubt.", "Robinson had picked Moody in 2004."
    )
    document = read_language(segment(parse_text(text, path=Path("m.txt"), sha256="6" * 64)))
    sentences = document.sentences
    told = next(i for i, s in enumerate(sentences) if s.text.startswith("Robinson had"))
    summary = Summary(
        points=(Draft(sentences[0].text, (0,)),), background=(Draft(sentences[told].text, (told,)),)
    )
    memo = build_memo(document, summary, EngineInfo("fake", "none"), "2026-12-05T00:00:00+00:00")
    assert memo.background == "[Andy] Robinson had picked Moody in 2004."
    assert memo.background_sources == (("[Andy] Robinson had picked Moody in 2004.", 3),)
    # named in full in a point before it, the background leaves him as the article does
    first = next(i for i, s in enumerate(sentences) if s.text.startswith("England coach"))
    summary = Summary(
        points=(Draft(sentences[0].text, (0,)), Draft(sentences[first].text, (first,))),
        background=(Draft(sentences[told].text, (told,)),),
    )
    memo = build_memo(document, summary, EngineInfo("fake", "none"), "2026-12-05T00:00:00+00:00")
    assert memo.background == "Robinson had picked Moody in 2004."


def test_a_surname_with_its_particle_gets_the_given_name_before_the_particle():
    from dataclasses import replace

    from briefing.load import parse_text
    from briefing.pipeline import names_in_full
    from briefing.records import Entities, Entity, KeyPoint
    from briefing.segment import segment

    # writers_dev 0006: "[Aubrey de] Grey" put the bracket inside the name
    text = "Ageing\n\nPeter Thiel donated £2.4 million to de Grey's anti-ageing institute.\n"
    document = replace(segment(parse_text(text, path=Path("g.txt"), sha256="8" * 64)), mentions=())
    person = Entity("Aubrey de Grey", "person", aliases=("Grey",))
    entities = Entities(people=(person,), found=(person,))
    point = KeyPoint(document.sentences[0].text, 1, (0,), 1.0)
    assert names_in_full(document, [point], entities)[0].text == (
        "Peter Thiel donated £2.4 million to [Aubrey] de Grey's anti-ageing institute."
    )


def test_a_surname_the_model_read_as_something_else_there_is_left_alone():
    from dataclasses import replace

    from briefing.load import parse_text
    from briefing.pipeline import names_in_full
    from briefing.records import Entities, Entity, KeyPoint, Mention
    from briefing.segment import segment

    # writers_dev: a "person" the model made of "Calling Anzac"; "Anzac" in the point is a day
    text = "Writer sacked\n\nThe reporter was sacked after condemning Anzac day on Twitter.\n"
    document = segment(parse_text(text, path=Path("a.txt"), sha256="9" * 64))
    start = document.paragraphs[0].text.index("Anzac")
    document = replace(
        document, mentions=(Mention("Anzac day", "DATE", 1, start, start + 9),), statements=None
    )
    person = Entity("Calling Anzac", "person", aliases=("Anzac",))
    entities = Entities(people=(person,), found=(person,))
    point = KeyPoint(document.sentences[0].text, 1, (0,), 1.0)
    assert names_in_full(document, [point], entities)[0].text == point.text
    # where nothing else was read there, the rest of the name is given
    document = replace(document, mentions=())
    assert "[Calling] Anzac" in names_in_full(document, [point], entities)[0].text

    # bbc_news (technology): after an honorific the word is a person's name, whatever the model
    # read ("Mr Doherty", a body to it)
    text = (
        "Blu-ray\n\nMr Doherty added that it was making sure the discs could satisfy all needs.\n"
    )
    document = segment(parse_text(text, path=Path("d.txt"), sha256="9" * 64))
    start = document.paragraphs[0].text.index("Doherty")
    document = replace(
        document, mentions=(Mention("Doherty", "ORG", 1, start, start + 7),), statements=None
    )
    person = Entity("Richard Doherty", "person", aliases=("Doherty",))
    entities = Entities(people=(person,), found=(person,))
    point = KeyPoint(document.sentences[0].text, 1, (0,), 1.0)
    assert names_in_full(document, [point], entities)[0].text.startswith(
        "Mr [Richard] Doherty added"
    )


def test_an_office_opening_a_point_gets_its_one_holder_in_brackets():
    from briefing.language import read_language
    from briefing.load import parse_text
    from briefing.pipeline import build_memo
    from briefing.records import Draft, EngineInfo, Summary
    from briefing.segment import segment

    # bbc_news (politics): the bottom line said who acted only by his office
    text = (
        "Clarke defends terror detentions\n\n"
        "The home secretary has defended his decision not to release foreign terror suspects "
        "despite a legal ruling their detention breached human rights laws.\n\n"
        "New Home Secretary Charles Clarke said he would carefully consider the ruling and "
        "would return to Parliament early in the new year with proposals.\n\n"
        "Shadow home secretary David Davis said it was not possible to overstate the importance "
        "of the judgment.\n"
    )
    document = read_language(segment(parse_text(text, path=Path("c.txt"), sha256="6" * 64)))
    summary = Summary(points=tuple(Draft(s.text, (i,)) for i, s in enumerate(document.sentences)))
    memo = build_memo(document, summary, EngineInfo("fake", "none"), "2026-12-06T00:00:00+00:00")
    # the shadow home secretary holds no office of home secretary: one holder, named
    assert memo.bluf.text.startswith("The home secretary [Charles Clarke] has defended")
    # two holders of the office: no guess
    two = text.replace("Shadow home secretary", "Former home secretary")
    two = two.replace("Former home secretary", "Home secretary")
    document = read_language(segment(parse_text(two, path=Path("c.txt"), sha256="5" * 64)))
    summary = Summary(points=tuple(Draft(s.text, (i,)) for i, s in enumerate(document.sentences)))
    memo = build_memo(document, summary, EngineInfo("fake", "none"), "2026-12-06T00:00:00+00:00")
    assert memo.bluf.text.startswith("The home secretary has defended")


def _bottom_line(text: str) -> str:
    """The bottom line of the memo built from every sentence of the article as a point."""
    from briefing.language import read_language
    from briefing.load import parse_text
    from briefing.pipeline import build_memo
    from briefing.records import Draft, EngineInfo, Summary
    from briefing.segment import segment

    article = parse_text(text, path=Path("m.txt"), sha256="4" * 64)
    document = read_language(segment(article))
    points = tuple(Draft(s.text, (i,)) for i, s in enumerate(document.sentences))
    memo = build_memo(document, Summary(points=points), EngineInfo("fake", "none"), "-")
    return memo.bluf.text


def test_a_bottom_line_that_describes_its_actor_gets_the_name_the_next_sentence_gives():
    # bbc_news (politics): the news named its MP only in the second sentence, after his age
    text = (
        "Conservative MP defects to Labour\n\n"
        "A Conservative MP and former minister has defected to Labour.\n\n"
        "Robert Jackson, 58, MP for Wantage in Oxfordshire, said he was disillusioned with the "
        "party's leadership and its views on Europe. Prime Minister Tony Blair declared himself "
        "delighted.\n"
    )

    assert _bottom_line(text) == (
        "A Conservative MP and former minister [Robert Jackson] has defected to Labour."
    )
    # the person the next sentence names is another: a neighbour is no MP
    other = text.replace("MP for Wantage in Oxfordshire", "a neighbour of the family")
    assert _bottom_line(other) == "A Conservative MP and former minister has defected to Labour."
    # bbc_news (politics): named after a connective and the title the article gives him
    text = (
        "Police chief backs drinking move\n\n"
        "A chief constable has backed the introduction of 24-hour drinking.\n\n"
        "However, Norfolk police chief Andy Hayman also warned that a great deal of work was "
        "still needed.\n"
    )
    assert _bottom_line(text).startswith("A chief constable [Andy Hayman] has backed")


def test_a_bottom_line_that_describes_its_body_gets_the_name_the_next_sentence_opens_on():
    # bbc_news (business): the lede's bank is named by the next paragraph's first words
    text = (
        "Bank payout to Pinochet victims\n\n"
        "A US bank has said it will donate more than $8m to victims of former Chilean military "
        "ruler Augusto Pinochet's regime under a Madrid court settlement.\n\n"
        "Riggs Bank will put money in a special fund to be managed by a Madrid-based charity, "
        "the Salvador Allende Foundation, which helps abused victims. Last month in a US court, "
        "Riggs Bank pleaded guilty to failing to report suspicious transactions.\n"
    )

    assert _bottom_line(text).startswith("A US bank [Riggs Bank] has said it will donate")
    # where the next sentence opens on something else, the description stays as it is
    other = text.replace("Riggs Bank will put", "The money will go")
    assert _bottom_line(other).startswith("A US bank has said")
    # bbc_news (politics): a group described by its members
    group = (
        "Sport betting rules in spotlight\n\n"
        "A group of MPs and peers has called for a tightening of regulations controlling "
        "betting on sport.\n\n"
        "The Parliamentary Group on Betting and Gaming held a substantial inquiry into betting "
        "last year. The all-party group recommended 15 ways to protect punters.\n"
    )
    assert _bottom_line(group).startswith(
        "A group of MPs and peers [Parliamentary Group on Betting and Gaming] has called"
    )


def test_an_office_no_one_is_given_is_held_by_the_one_person_the_headline_names():
    from briefing.language import read_language
    from briefing.load import parse_text
    from briefing.pipeline import build_memo
    from briefing.records import Draft, EngineInfo, Summary
    from briefing.segment import segment

    # bbc_news (politics): named in the headline, by office in the first sentence
    body = (
        "\n\nThe attorney general has again denied being leant on by Downing Street to make "
        "the legal case for invading Iraq.\n\n"
        "Lord Goldsmith said the answer represented his genuinely held independent view. "
        "Former foreign secretary Robin Cook said Parliament may have been misled.\n"
    )

    def _bottom_line(headline: str) -> str:
        article = parse_text(headline + body, path=Path("g.txt"), sha256="3" * 64)
        document = read_language(segment(article))
        points = tuple(Draft(s.text, (i,)) for i, s in enumerate(document.sentences))
        memo = build_memo(document, Summary(points=points), EngineInfo("fake", "none"), "-")
        return memo.bluf.text

    assert _bottom_line("Goldsmith: I was not leant on").startswith(
        "The attorney general [Lord Goldsmith] has again denied"
    )
    # two people in the headline: which one holds the office is no safe guess
    assert _bottom_line("Cook attacks Goldsmith").startswith("The attorney general has again")


def test_a_role_is_read_past_an_age_and_without_the_adverb_opening_its_sentence():
    from briefing.language import parse
    from briefing.roles import role_in

    for text, role in [
        ("Robert Jackson, 58, MP for Wantage, said he was disillusioned.", "MP for Wantage"),
        (
            "Mary Cartwright, 91, a former Rover engineer, returned to the site.",
            "former Rover engineer",
        ),
        ("John Smith, 34, of Leeds, was arrested on Monday.", None),
    ]:
        doc = parse([text])[0]
        name = text.split(",")[0]
        assert role_in(doc, 0, len(name)) == role
    # writers_dev: a title the parse did not hang on the name (it read two subjects of "says")
    text = "Manchester City boss Pep Guardiola says his first season has not been good enough."
    start = text.index("Pep Guardiola")
    doc = parse([text])[0]
    assert role_in(doc, start, start + len("Pep Guardiola")) == "Manchester City boss"
    # ... with the words that qualify it: a deputy is no chief executive
    for text, name, role in [
        (
            "Ryanair deputy chief executive Michael Cawley told Radio 4's Today programme.",
            "Michael Cawley",
            "Ryanair deputy chief executive",
        ),
        (
            "Yesterday former Spurs and England defender Gary Stevens said he was sorry.",
            "Gary Stevens",
            "former Spurs and England defender",
        ),
    ]:
        start = text.index(name)
        assert role_in(parse([text])[0], start, start + len(name)) == role
    text = "Last summer Pep Guardiola said he was happy."  # a time, not a title
    start = text.index("Pep Guardiola")
    assert role_in(parse([text])[0], start, start + len("Pep Guardiola")) is None
    # bbc_news (politics): the adverb that opens the sentence is no part of the title
    text = "Earlier Foreign Secretary Jack Straw said the UK was prepared to veto any bid."
    start = text.index("Jack Straw")
    assert role_in(parse([text])[0], start, start + len("Jack Straw")) == "Foreign Secretary"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The mayor said his comments would not affect the bid.", True),
        ("The chief executive told staff the plant would close.", True),
        # the office describes the award, which no one holds (bbc_news)
        ("The director award went to Clint Eastwood for Million Dollar Baby.", False),
        # a deputy holds no office of mayor
        ("The deputy mayor said the bid was safe.", False),
    ],
)
def test_an_office_is_named_only_where_it_is_the_subject(text, named):
    from briefing.pipeline import holders_named
    from briefing.records import Entities, Entity, KeyPoint

    people = (
        Entity("Ken Livingstone", "person", role="London mayor"),
        Entity("Ann Smith", "person", role="chief executive"),
        Entity("Alexander Payne", "person", role="director"),
    )
    point = KeyPoint(text, 1, (0,), 1.0)
    (out,) = holders_named(Entities(people=people, found=people), [point])
    assert (out.text != text) is named


def test_a_character_is_no_person():
    from briefing.entities import extract_entities
    from briefing.load import parse_text
    from briefing.segment import segment

    # writers_dev: "Iron Man" listed among the people
    text = (
        "Haskell goes to the movies\n\nEngland flanker James Haskell posted a photo of himself "
        "dressed as Robert Downey Jr.'s character Iron Man. James Haskell said the film was "
        "great.\n"
    )
    found = extract_entities(segment(parse_text(text, path=Path("i.txt"), sha256="5" * 64)))
    assert "Iron Man" not in [e.name for e in found.people]


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        # bbc_news: "[BBC Sport] Wales centre Sonny Parker ..." was a bottom line
        ("BBC Sport Wales", "Wales centre Sonny Parker will miss Saturday's game with Italy."),
        # bbc_news: "[Treasurer] Lord Ashcroft": an office, not a first name
        ("Treasurer Lord", "The party repaid £500,000 to Lord Ashcroft last year."),
        # writers_dev 0016: "[Floyd and] Manny Pacquiao"
        ("Floyd and Manny", "The MGM Grand will host Mayweather's showdown with Manny."),
        # bbc_news: "[Freddy Vs] Jason Voorhees": a film's title, "Jason" the first name there
        (
            "Freddy Vs Jason",
            "The original film, released in 1980, has spawned ten sequels based around "
            "mask-wearing murderer Jason Voorhees.",
        ),
        # bbc_news: a film's title and a people's adjective are no first names
        ("And Seek", "Boogeyman has knocked Robert de Niro thriller Hide and Seek off the top."),
        ("European Elvis", "Elvis fans around the world have been marking his birthday."),
        # bbc_news: "the long-awaited [Spread] Firefox", a campaign's name read as a person's
        (
            "Spread Firefox",
            "Internet Explorer has a serious rival in the long-awaited Firefox 1.0 web browser.",
        ),
        # bbc_news: "a [North] Devon man", a place the model read as a person
        (
            "North Devon",
            "The accusation came after it emerged a Devon man had been told he could use his "
            "four dogs.",
        ),
        # writers_dev: "with the [Ricoh Black] Rams", a team the model read as a person
        (
            "Ricoh Black Rams",
            "Four months in Japan with the Rams and Haskell was on the move again.",
        ),
    ],
)
def test_only_given_names_go_in_brackets_before_a_surname(name, sentence):
    from dataclasses import replace

    from briefing.load import parse_text
    from briefing.pipeline import names_in_full
    from briefing.records import Entities, Entity, KeyPoint
    from briefing.segment import segment

    document = segment(parse_text(f"Story\n\n{sentence}\n", path=Path("n.txt"), sha256="7" * 64))
    document = replace(document, mentions=())
    person = Entity(name, "person", aliases=(name.split()[-1],))
    entities = Entities(people=(person,), found=(person,))
    point = KeyPoint(document.sentences[0].text, 1, (0,), 1.0)
    assert names_in_full(document, [point], entities)[0].text == point.text


def test_a_bottom_line_that_reports_an_unnamed_finding_gets_who_made_it():
    # bbc_news (business): "a report says", and the next paragraph says whose study it was
    text = (
        "EU 'too slow' on economic reform\n\n"
        "Most EU countries have failed to put in place policies aimed at making Europe the "
        "world's most competitive economy by the end of the decade, a report says.\n\n"
        "The study, undertaken by the European Commission, sought to assess how far the EU has "
        "moved towards meeting its economic targets. In 2000, EU leaders at a summit in Lisbon "
        "pledged the European economy would outstrip that of the US by 2010.\n"
    )
    assert _bottom_line(text).endswith("a report [by the European Commission] says.")
    # figures, from whoever revealed them
    figures = (
        "UKIP outspent Labour on EU poll\n\n"
        "The UK Independence Party outspent both Labour and the Liberal Democrats in the "
        "European elections, new figures show.\n\n"
        "UKIP spent £2.36m on the campaign - second only to the Conservatives' £3.13m. Labour's "
        "campaign cost £1.7m, according to figures revealed by the Electoral Commission on "
        "Wednesday.\n"
    )
    assert _bottom_line(figures).endswith("new figures [from the Electoral Commission] show.")
    # writers_dev: the body as the one who found it
    found = (
        "GPs paid to cut referrals\n\n"
        "Some doctors in England are being offered thousands of pounds to cut the number of "
        "patients being sent to hospital, an investigation has found.\n\n"
        "At least nine clinical commissioning groups were offering GP practices payments to "
        "reduce referrals, the doctors' magazine Pulse found.\n"
    )
    assert _bottom_line(found).endswith("an investigation [by Pulse] has found.")


def test_an_unnamed_finding_is_not_credited_to_another_source_or_to_one_of_two():
    # bbc_news (business): the lede's survey is the BRC's; "the previous BRC survey" and
    # "Office for National Statistics data" are others, so none is named
    text = (
        "Sales fail to boost High Street\n\n"
        "The January sales have failed to help the UK High Street recover from a poor Christmas "
        "season, a survey has found.\n\n"
        "Stores received a boost from bargain hunters but trading then reverted to December "
        "levels. The previous BRC survey found Christmas 2004 was the worst for 10 years for "
        "retailers. And according to Office for National Statistics data, sales in December "
        "failed to meet expectations.\n"
    )
    assert _bottom_line(text).endswith("a survey has found.")
    # a study by two bodies is not credited to the first alone
    two = (
        "Bad e-mail habits sustain spam\n\n"
        "The bad behaviour of e-mail users is helping to sustain the spam industry, a new study "
        "has found.\n\n"
        "According to a survey conducted by security firm Mirapoint and market research company "
        "the Radicati Group, nearly a third of e-mail users have clicked on links in spam "
        "messages. One in ten users have bought products advertised in junk mail. Clicking on a "
        "link in a spam message can expose people to viruses and alert spammers to live e-mail "
        "accounts.\n\nThe fact that one in ten e-mail users are buying things advertised in "
        'spam continues to make it an attractive business, the report concludes. "This '
        'preliminary data is surprising and somewhat shocking to us," said Marcel Nienhuis, '
        "market analyst at the Radicati Group.\n"
    )
    assert _bottom_line(two).endswith("a new study has found.")
