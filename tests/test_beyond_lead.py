"""Beyond the lead: a reaction and a next step get room in the memo, and a dated future event is
marked "What to watch"."""

from pathlib import Path

import pytest

from briefing.language import read_language
from briefing.load import parse_text
from briefing.pipeline import build_memo
from briefing.records import EngineInfo
from briefing.segment import segment
from briefing.summarise.standalone import dated_future

ARTICLE = """Council approves plan to close three libraries

The city council approved a plan on Tuesday to close three public libraries to save £1.5m a year.

The closures were backed by 31 votes to 20 after a four-hour debate in the council chamber.

The libraries at Eastfield, Marsh Lane and Kingsway will shut their doors at the end of March.

Council leader Amy Park said the cuts were the only way to balance the budget after a fall in grants from central government.

About 9,000 people used the three libraries last year, according to the council's own figures.

The remaining seven libraries will extend their opening hours on Saturdays from April.

The council has closed two swimming pools and a museum since 2019 to cut its costs.

Campaigners condemned the decision and said they would challenge the closures in the High Court.

A judicial review hearing is due to take place on 14 May, the campaign's lawyers said.
"""


@pytest.fixture(scope="module")
def memo():
    from briefing.summarise.extractive import ExtractiveEngine

    article = parse_text(ARTICLE, path=Path("libraries.txt"), sha256="2" * 64)
    document = read_language(segment(article))
    summary = ExtractiveEngine().summarise([document], 6)[0]
    return build_memo(document, summary, EngineInfo("extractive", "test"), "2026-01-01")


def test_the_reaction_at_the_end_of_the_article_is_a_key_point(memo):
    texts = [p.text for p in (memo.bluf, *memo.key_points)]
    assert memo.bluf.text.startswith("The city council approved a plan on Tuesday")
    assert any(t.startswith("Campaigners condemned the decision") for t in texts)


def test_a_dated_future_event_is_marked_what_to_watch(memo):
    watched = [p for p in memo.key_points if p.watch]
    assert len(watched) == 1
    assert "14 May" in watched[0].text or "end of March" in watched[0].text


def test_what_to_watch_comes_last_and_the_other_points_in_the_articles_order(memo):
    points = memo.key_points
    assert [p.watch for p in points] == [False] * (len(points) - 1) + [True]
    rest = [p.paragraph for p in points[:-1]]
    assert rest == sorted(rest)


def test_what_to_watch_is_printed_before_its_point(memo):
    from briefing.output.render import render

    markdown = render(memo, "md")
    assert markdown.count("**What to watch:**") == 1


@pytest.mark.parametrize(
    "text",
    [
        # bbc_news: how often is not when ("daily" and "monthly" are dates to the entity reader)
        "In a break with tradition, the party will ditch the leader's battle bus and daily press "
        "briefings in Westminster.",
        "The virus-fighting program will be updated monthly and is a precursor to new software.",
        # bbc_news: how long is not when either
        "Under the agreement, Metlife will be able to sell its products through Citigroup over "
        "the next 10 years.",
        "Sales of the new phones will rise over the next year, the company said.",
        # what may happen is not what is set to (bbc_news: Real Madrid's abandoned match)
        "If the result remains at 1-1, Real will drop to third place in the standings, 11 points "
        "behind leaders Barcelona, who snatched a late 2-1 win at Albacete on Saturday.",
        # an age is not a date (writers_dev 0096)
        "More tears will be shed for Martin Richard, who was 8 and looked just like his dad.",
        # a forecast's horizon is not a date to watch (writers_dev 0064, bbc_news)
        "The industry's value, pegged at around 400bn yuan, is expected to double by 2019, "
        "according to the China Association of Plastics and Aesthetics.",
        "The market for full-track music downloads was worth just $20 million in 2004, but is "
        "set to be worth $1.8 billion by 2009, according to Juniper Research.",
        # bbc_news: a decade is an era the future is likened to, not its date
        "The new picture is expected to be similar to Douglas's action films of the 1980s, "
        "such as Romancing The Stone and its sequel The Jewel of the Nile.",
    ],
)
def test_a_future_that_says_how_often_not_when_is_not_what_to_watch(text):
    document = read_language(segment(parse_text(f"Plans\n\n{text}\n", Path("p.txt"), "3" * 64)))
    assert not dated_future(document.sentences[0], document)


def test_a_date_after_a_phrase_of_time_is_still_when():
    text = "Sales went flat in the last quarter.\n\nThe firm will report its results next year."
    document = read_language(segment(parse_text(f"Plans\n\n{text}\n", Path("p.txt"), "3" * 64)))
    assert dated_future(document.sentences[1], document)


@pytest.mark.parametrize(
    "text",
    [
        "Peers began three days of detailed debate on the bill on Thursday.",
        "The trial of the two men opened at the Old Bailey on 3 May.",
        "The season's start last March was delayed by rain.",
        # writers_dev 0027: the date is the saying's; the future is a wish inside the quotation
        "On Friday, the day before Anzac day, Mr Winestock said of the memorial: 'Anzac Day "
        "wish: in next 30 years there will be no wars and in 50 years no soldiers around to "
        "honour.'",
        # "start" a noun, not a timetable's verb
        "At the start of the season the club lost 3-0 to Leeds on 14 August.",
        # bbc_news: the date is an aside's, in the past
        "Jobs will also be lost in the US - which accounted for 46% of profit in the first "
        "half of 2004 - and across its operations in the Americas.",
        # the date opens the sentence, the future is inside what was said that day
        "On Friday, the minister said: 'We will win the argument with the unions.'",
        # bbc_news: a weekly slot, not an event
        "Rock DJ Huw Stephens will go on air in the 2300 slot every Tuesday, with black music "
        "champion Ras Kwame on Wednesdays and dance DJ Rob Da Bank on Thursdays.",
        # bbc_news: a deadline passed, before the future that follows it
        "The 5,808 Academy voters had until Tuesday afternoon to return their ballots - any late"
        " submissions will not be included in the count.",
        # bbc_news: the day is the past verb's, before the future's
        "The IAAF council held a conference call on Tuesday and are set to announce their"
        " decision.",
    ],
)
def test_a_timetable_in_the_past_is_not_what_to_watch(text):
    document = read_language(segment(parse_text(f"Plans\n\n{text}\n", Path("p.txt"), "3" * 64)))
    assert not dated_future(document.sentences[0], document)


@pytest.mark.parametrize(
    "text",
    [
        "The awards will be handed out on 13 January at a ceremony in Las Vegas.",
        # bbc_news: the entity reader took "3" for a number and missed the date
        "The festival, which honours the best TV from around the globe, will take place in "
        "Lucerne, Switzerland from 3-8 May.",
        # a timetable in the present tense, with its day
        "Peers begin three days of detailed debate on the bill on Thursday.",
        "The trial of the two men opens at the Old Bailey on 3 May.",
        "The bill faces a vote in the Commons on Tuesday.",
        # a future quoted with its date
        'The minister said: "The talks will resume on 3 March in Geneva."',
        # bbc_news: the day right before the future's verb
        "The Tories want quotas for migrants and on Tuesday will outline more details of their"
        " plans.",
        "The fundraising dinner, on Tuesday, is expected to be attended by more than 800 guests.",
        "The show airs on Tuesday and will feature a studio performance and fan interviews.",
        # bbc_news: an aside whose participle is a future's
        "Paul Boateng will succeed Ann Grant shortly after the next election, which is widely"
        " expected to be held on 5 May.",
    ],
)
def test_a_future_event_with_a_day_is_what_to_watch(text):
    document = read_language(segment(parse_text(f"Awards\n\n{text}\n", Path("a.txt"), "4" * 64)))
    assert dated_future(document.sentences[0], document)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # bbc_news: a plan its speaker states, reported, with its date
        ("Cairn added that it would be appraising another field early next year.", True),
        (
            "Herve Gaymard said he would seek action at the next meeting of G7 countries in February.",
            True,
        ),
        # the opening date is the saying's; a plan of the past; a state and a wish are no plan
        (
            "On Tuesday, the mayor said he would be making a full written response to the "
            "chairman of the assembly.",
            False,
        ),
        ("Davenport had said that she would quit at the end of the season.", False),
        # a promise, dated by its own date, not by the day it was made (bbc_news)
        ("The Lib Dems have pledged to oppose the bill when it is debated next Monday.", True),
        ("In December, the EU pledged to work towards lifting the ban.", False),
        ("The minister said it would become obvious on Friday if people flouted the law.", False),
        ("Sculthorpe said he would love the forward to come to Knowsley Road next season.", False),
    ],
)
def test_a_reported_plan_is_dated_by_its_own_date(text, dated):
    document = read_language(segment(parse_text(f"Plans\n\n{text}\n", Path("a.txt"), "3" * 64)))
    assert dated_future(document.sentences[0], document) is dated


@pytest.mark.parametrize(
    ("text", "future"),
    [
        # bbc_news and writers_dev: a future in a joined clause, and a passive "are expected to"
        (
            "The anti-spyware tool is available now and the anti-virus utility is expected to be "
            "available later this month.",
            True,
        ),
        ("The courts-martial are expected to start within 30 days at Camp Bucca.", True),
        ("The Senate will vote on the bill next week.", True),
        # a forecast reported in a past-tense sentence is not the sentence's own future
        ("Shares rose on hopes that the economy will recover this year.", False),
        ("The minister said he was expected to resign.", False),
        # a timetable's present tense; not its past, nor one inside a past sentence
        ("Peers begin three days of detailed debate on the bill on Thursday.", True),
        ("The trial of the two men opens at the Old Bailey on 3 May.", True),
        ("Peers began three days of debate on the bill on Thursday.", False),
        ("Shares rose on hopes that talks begin on Monday.", False),
        # business put off, in the past tense, to a date still to come
        (
            "Judge Lord Burns deferred sentence on Buksh until 27 June at the High Court in "
            "Edinburgh for background reports.",
            True,
        ),
        ("The case was adjourned until Friday.", True),
        ("The judge deferred sentence.", False),
        # the speaker's own plan, reported (bbc_news: the home secretary and the law lords)
        (
            "New Home Secretary Charles Clarke said he would carefully consider the ruling and "
            "would return to Parliament early in the new year with proposals.",
            True,
        ),
        # an event's timetable in a relative clause, a deadline set, a promise (writers_dev,
        # bbc_news)
        (
            "England were confident ahead of the second Test in Dubai, which begins on Thursday.",
            True,
        ),
        (
            "Now the City of Seattle wants its new plot to be used for development, giving a "
            "deadline of 22 February for the home to be moved.",
            True,
        ),
        (
            "A government task force held meetings on Wednesday, and promised to publish the "
            "plan within 10 days.",
            True,
        ),
        ("The firm missed the deadline of 5 May.", False),
        # a forecast of something else, and what would have been, are no plan
        ("The chancellor said the economy would grow by 3% next year.", False),
        ("The manager said he would have resigned last year.", False),
    ],
)
def test_what_to_watch_needs_a_future_main_clause(text, future):
    from briefing.pipeline import _main_clause_is_future

    assert _main_clause_is_future(text, None) is future


# writers_dev: a feature's opening sets a scene; the news is in the sentences after it
BURNS = """Burns wins third world title

In a sport beset by tiresome braggadocio, Ricky Burns seems like an impostor.

With three defeats in his previous six bouts, the Scottish boxer's career seemed to be on the wane.

Burns clinched the vacant WBA super-lightweight title at Glasgow's Hydro on Saturday night, beating Michele Di Rocco in the eighth round.

Italy's Di Rocco, at 34 a year older than Burns, had not lost a fight since September 2007.
"""


def _extractive_memo(text, points):
    """The engine's summary of the article and the memo built from it."""
    from briefing.summarise.extractive import ExtractiveEngine

    article = parse_text(text, path=Path("feature.txt"), sha256="3" * 64)
    document = read_language(segment(article))
    summary = ExtractiveEngine().summarise([document], points)[0]
    return summary, build_memo(document, summary, EngineInfo("extractive", "test"), "2026-01-01")


def test_a_scene_setting_opening_is_a_key_point_and_the_news_the_bottom_line():
    summary, memo = _extractive_memo(BURNS, 4)
    assert summary.points[0].text.startswith("In a sport beset")  # the engine's best ...
    # ... is not the news; the bottom line, printed first, names him in full
    assert memo.bluf.text.startswith("[Ricky] Burns clinched the vacant WBA")
    assert any(p.text.startswith("In a sport beset") for p in memo.key_points)


# writers_dev: a feature's opening speaks to its reader; the news is who offers what
TIGER = """Holidaying with the lair of a tiger as your closest neighbour might not sound like the cleverest idea in the world but it is certainly a once-in-a-lifetime experience that won't be forgotten.

For £3,500, tourists are being invited to book a trip to Russia and sleep in the natural habitat of the Siberian tiger, one of the world's most endangered animals.

Bespoke tour operators Natural World Safaris is offering the rare trip which also gives guests a unique opportunity to view the big cat.

The trip to Durminskoye Reserve in Khabarovsk lasts seven days in total with guests spending time in the wild environs inhabited by the last remaining Siberian tigers.
"""


def test_an_opening_that_speaks_to_the_reader_is_not_the_bottom_line():
    # The opening vouches for its claim in the writer's voice ("it is certainly a
    # once-in-a-lifetime experience"), which keeps it out of the points altogether; without
    # that word, the engine ranks it first, and the bottom line is still another point.
    _, memo = _extractive_memo(TIGER, 3)
    assert memo.bluf.text.startswith("For £3,500, tourists are being invited")
    summary, memo = _extractive_memo(TIGER.replace("it is certainly a", "it is a"), 3)
    assert summary.points[0].text.startswith("Holidaying")  # the engine's best ...
    assert memo.bluf.text.startswith("For £3,500, tourists are being invited")  # ... is not it


@pytest.mark.parametrize(
    "text",
    [
        "It is the first time a British woman has won the title.",
        "This is the biggest takeover in the history of the British brewing industry.",
        "After months of talks, the deal is now complete.",
    ],
)
def test_news_with_a_copula_is_no_scene_setting(text):
    from briefing.pipeline import _scene_setting

    assert not _scene_setting(text, None)


@pytest.mark.parametrize(
    ("text", "general"),
    [
        # bbc_news: features' openings, what holds in general
        ("Gambling is hugely popular, especially with tech-savvy criminals.", True),
        (
            "There is no doubt that mobile phones sporting cameras and colour screens are hugely"
            " popular.",
            True,
        ),
        # news: a thing, a figure, a name
        ("The dollar is weak against the euro.", False),
        ("Unemployment is 5%, its lowest since 1975.", False),
        ("Mobile phones are banned in Dutch schools.", False),
        (
            "Ways of ensuring that parents know which video games are suitable for children are"
            " to be considered by the games industry.",
            False,
        ),
    ],
)
def test_a_statement_of_what_holds_in_general_is_scene_setting(text, general):
    from briefing.pipeline import _scene_setting

    assert _scene_setting(text, None) is general


# bbc_news: a court report whose one reaction, the denial, comes last
BAIL = """Pete Doherty misses bail deadline

Singer Pete Doherty will have to spend the weekend in jail because he could not come up with £150,000 bond money for his bail on time.

The former Libertines singer had been granted bail with curfew restrictions at Highbury Corner Magistrates Court on charges of robbery and blackmail. But his lawyer said the money could not be raised on time. Mr Doherty, 25, was arrested following an alleged incident in a London hotel on Wednesday evening. Musician Alan Wass, 23, also of north London, appeared in court accused of the same offences.

Magistrates imposed a range of bail conditions on Mr Doherty including a curfew between 2200 and 0700, except when he attends a drug rehabilitation centre. He was told he would not be able to leave his home without being accompanied by a security firm. He must also surrender his passport and report daily to a local police station. Mr Wass was also given a curfew and told to surrender his passport. Mr Doherty left The Libertines at the end of June 2004, but continued performing with his band Babyshambles. The singer, who has been linked to supermodel Kate Moss, was arrested after police were called to the Islington hotel in response to claims that a man had been assaulted. A man in his 30s was later taken to University College Hospital, London, with facial injuries, before being discharged. A lawyer representing Mr Doherty and Mr Wass said outside court the pair strenuously denied the charges.
"""


def test_being_accused_of_a_crime_is_no_reaction_and_the_denial_is_a_key_point():
    from briefing.summarise.extractive import ExtractiveEngine

    article = parse_text(BAIL, path=Path("bail.txt"), sha256="3" * 64)
    document = read_language(segment(article))
    (summary,) = ExtractiveEngine().summarise([document], 6)
    assert any("strenuously denied the charges" in p.text for p in summary.points)


# writers_dev (BBC): a plea, then the court's account; the sentencing date is at the very end
PLEA = """Man admits killing wife as she slept

A man has admitted killing his wife of 25 years while she slept at their home in Glasgow.

Asghar Buksh, 55, repeatedly struck mother-of-six Nasreen Buksh over the head with a heavy blunt object which has never been found.

He admitted culpable homicide on the basis of diminished responsibility at the High Court in Glasgow.

The court heard that 43-year-old Mrs Buksh died after being struck on the head at least five times.

Pathologists told the court that the lack of defensive injuries suggested she was assaulted as she slept.

Prosecutor Gordon Lamont said the couple had been estranged for some time before the killing.

The court was told that three psychiatrists described Buksh as suffering from an acute stress disorder at the time.

Judge Lord Burns deferred sentence on Buksh until 27 June at the High Court in Edinburgh for background reports.
"""


def test_a_sentencing_date_put_off_to_is_what_to_watch():
    from briefing.summarise.extractive import ExtractiveEngine

    document = read_language(segment(parse_text(PLEA, path=Path("plea.txt"), sha256="5" * 64)))
    engine = ExtractiveEngine()
    (summary,) = engine.summarise([document], 5)
    memo = build_memo(document, summary, engine.info, "2026-12-05T00:00:00+00:00")
    watched = [p for p in memo.key_points if p.watch]
    assert len(watched) == 1
    assert "deferred sentence on Buksh until 27 June" in watched[0].text


# bbc_news: the result, then the captain's reaction; nothing in it is a word of reaction
DRAW = """England settle for a draw

England had to settle for a draw in the first Test against Pakistan in Abu Dhabi, beaten by the fading light.

Needing 99 to win, England finished 25 runs short of victory on 74-4 when the umpires took the players off.

Adil Rashid took five wickets as Pakistan were bowled out for 173 on the final day.

Moeen Ali removed Wahab Riaz caught behind, before Rashid claimed the final three wickets.

The second Test begins in Dubai on Thursday.

England captain Alastair Cook, whose record-breaking 263 in the first innings was ultimately in vain, admitted England were frustrated to come so close to victory.
"""


def test_what_someone_the_memo_has_not_heard_from_says_is_a_key_point():
    from briefing.summarise.extractive import ExtractiveEngine

    document = read_language(segment(parse_text(DRAW, path=Path("d.txt"), sha256="8" * 64)))
    # one point beyond the three most salient: the other voice before the next date
    (summary,) = ExtractiveEngine().summarise([document], 4)
    assert any(p.text.startswith("England captain Alastair Cook") for p in summary.points)
    # "claimed the final three wickets" is a deed, not a voice
    from briefing.summarise.extractive import _speaks

    assert not _speaks("Rashid", "Moeen removed Wahab Riaz, before Rashid claimed three wickets.")
    assert _speaks(
        "Eric Schnaible", "Lt Col Eric Schnaible of the PCO told the agency it was over."
    )


# writers_dev 0020, shortened: the only sentence that looks back has a photo's pointer in it
SLAGER = """Officer charged over shooting

The fatal shooting of an unarmed black man fleeing from a police officer has stirred outrage around the nation.

The officer who shot Walter Scott, Michael Slager, was charged with murder on Tuesday.

Slager fired eight shots at the back of Walter Scott on Saturday, a video shows.

Mario Givens (pictured) filed an excessive force complaint against Slager in 2013, but he was not interviewed and no witnesses were questioned.
"""


def test_background_looks_back_and_leaves_out_a_photos_pointer():
    _, memo = _extractive_memo(SLAGER, 2)
    assert memo.background == (
        "Mario Givens filed an excessive force complaint against Slager in 2013, but he was not "
        "interviewed and no witnesses were questioned."
    )


def test_what_someone_said_is_never_background():
    # bbc_news 0347: the union's denial looks back ("had been"), but it is a voice in the story
    said = SLAGER.replace(
        "Mario Givens (pictured) filed an excessive force complaint against Slager in 2013, but "
        "he was not interviewed and no witnesses were questioned.",
        "Mario Givens said he had filed an excessive force complaint against Slager in 2013, but "
        "he was not interviewed.",
    )
    _, memo = _extractive_memo(said, 2)
    assert memo.background == ""


# writers_dev 0058, shortened: the reactions are quotations, given after their speakers
SURVEY = """UK factories shrink

UK manufacturing activity contracted in April for the first time in three years, a survey has indicated.

The Markit/CIPS manufacturing Purchasing Managers' Index fell to 49.2 from 50.7 in March. A reading below 50 indicates falling output.

Firms blamed soft domestic demand, a fall in new business from overseas and uncertainty ahead of the EU referendum.

The index for new orders fell to 50.4 in April, from 51.9 the month before, matching February's three-year low.

David Noble, group chief executive at the Chartered Institute of Procurement and Supply (CIPS), said: "Recent fears over a stall in the UK's manufacturing sector have now become a reality.

"An atmosphere of deep unease is building throughout the manufacturing supply chain, eating away at new orders and reducing British exports."
"""
DOBSON = (
    '"The manufacturing labour market is also being impacted, with the data signalling close to '
    '20,000 job losses over the past three months," said Rob Dobson, senior economist at Markit.'
)


def test_a_quotation_given_its_speaker_is_a_reaction_and_closes_where_its_sentence_ends():
    from briefing.summarise.extractive import ExtractiveEngine

    document = read_language(segment(parse_text(SURVEY, path=Path("s.txt"), sha256="4" * 64)))
    (summary,) = ExtractiveEngine().summarise([document], 5)
    texts = [p.text for p in summary.points]
    # the speaker's first sentence, its quotation closed where the sentence ends
    assert (
        "David Noble, group chief executive at the Chartered Institute of Procurement and Supply "
        "(CIPS), said: \"Recent fears over a stall in the UK's manufacturing sector have now become "
        'a reality."'
    ) in texts
    # the three most salient points are still the news, and no quotation is left open
    assert not any('"' in t for t in texts[:3])
    assert all(t.count('"') % 2 == 0 for t in texts)
    # a quotation named after it is the reaction as well: one reaction, the most salient
    both = SURVEY + "\n" + DOBSON + "\n"
    document = read_language(segment(parse_text(both, path=Path("s.txt"), sha256="5" * 64)))
    (summary,) = ExtractiveEngine().summarise([document], 5)
    quoted = [p.text for p in summary.points if '"' in p.text]
    assert len(quoted) == 1 and quoted[0] in (texts[3], DOBSON)
    # writers_dev 0009: a few words are too little said to excerpt
    from briefing.summarise.extractive import _closing_mark

    assert _closing_mark('Adam Graves later told BBC News: "It sort of jumped forward.') is None
    assert (
        _closing_mark('He said: "We are taking this action in order to salvage our pride.') == '"'
    )


def test_a_sentence_its_speaker_turns_on_in_the_next_is_given_with_the_turn():
    # bbc_news 1001: "a quick, fair and firm asylum system", alone, reads as support for the
    # plans he went on to call "absolutely disgusting"
    from briefing.summarise.extractive import ExtractiveEngine

    text = (
        "Howard attacks cost of asylum\n\n"
        "Michael Howard has launched an attack on the cost of Britain's asylum system under Tony "
        "Blair.\n\n"
        "The Tory leader said English local authorities have spent more than £3bn on asylum "
        "since Labour won power in 1997.\n\n"
        "Liberal Democrat chairman Matthew Taylor said there needed to be a quick, fair and firm "
        'asylum system. But he said it was "absolutely disgusting" that the Tory leader was '
        "playing politics with the issue.\n\n"
        "Tony Blair said Labour would set out plans for tackling immigration abuse in the next "
        "few weeks.\n"
    )
    article = parse_text(text, path=Path("asylum.txt"), sha256="4" * 64)
    document = read_language(segment(article))
    summary = ExtractiveEngine().summarise([document], 4)[0]
    taylor = [p.text for p in summary.points if "Matthew Taylor" in p.text]
    assert len(taylor) == 1
    assert "firm asylum system. But he said" in taylor[0]
    assert "absolutely disgusting" in taylor[0]


# bbc_news (politics): "Amid opposition anger" names a reaction without giving it; the shadow home
# secretary's words are the other side
APOLOGY = """Blunkett sorry over murder plan

David Blunkett has apologised to MPs after the Home Office announced "prematurely" via press release a review of murder laws.

The home secretary confirmed the review was to get under way in the wake of a Law Commission report which branded the current murder law as "a mess". He said the review would look at partial defences to murder, including provocation and at mandatory sentences. The Home Office has already said the review will begin next year.

On Wednesday, a Home Office spokeswoman said the terms of reference for the review had not been established but it was likely to include only England and Wales. News of the review was released because it was thought Mr Blunkett would make the official announcement in a Commons debate on Wednesday. But the announcement never came, with the home secretary saying the debate had never reached that stage. Amid opposition anger, Mr Blunkett had to answer an emergency question in Parliament on Thursday. He said he had taken steps to ensure the incident was not repeated. Shadow home secretary David Davis welcomed his "gracious apology" and the review itself. But he argued the minister should have volunteered a formal statement instead of having to be "dragged" to face MPs.

In its report, the Law Commission said it had found wide support among criminal justice professionals for an end to the mandatory life sentence for murder. The panel suggested different kinds of murders could be "graded" to recognise the seriousness of the offence.
"""


def test_words_that_only_name_a_reaction_leave_room_for_the_reaction_itself():
    from briefing.summarise.extractive import ExtractiveEngine

    document = read_language(segment(parse_text(APOLOGY, path=Path("a.txt"), sha256="7" * 64)))
    (summary,) = ExtractiveEngine().summarise([document], 6)
    assert any(
        p.text.startswith("Shadow home secretary David Davis welcomed") for p in summary.points
    )


@pytest.mark.parametrize(
    ("sentence", "reacting"),
    [
        # someone's act of reaction (bbc_news)
        ("Moscow officials have dismissed Yukos' legal wrangling as meaningless.", True),
        ("Analysts and investors have welcomed the government decision.", True),
        ("The Three Gorges Dam project has drawn criticism from environmental groups.", True),
        ("Unions called for calm after the vote.", True),
        # a reaction named, not given; a refusal or a sending-off suffered; a noun
        ("Amid opposition anger, Mr Blunkett had to answer an emergency question.", False),
        ("The move triggered a wave of anti-government protests in Kiev.", False),
        ("Calls for a shift in Beijing's policy have fallen on deaf ears.", False),
        ("Arsenal were denied a penalty in the second half.", False),
        ("Millwall's Ed Upson was also dismissed for his reaction.", False),
    ],
)
def test_a_reaction_is_an_act_of_someone_not_a_word_for_one(sentence, reacting):
    from briefing.summarise.extractive import _REACTING

    assert bool(_REACTING.search(sentence)) is reacting


@pytest.mark.parametrize(
    ("sentence", "reacting"),
    [
        # a verdict in someone's words (writers_dev 0030: Human Rights Watch on Russia's law)
        (
            'Hugh Williamson, of New York-based Human Rights Watch, has called the law "another '
            "milestone in Russia's relentless crackdown on free expression\".",
            True,
        ),
        ("The opposition leader described the decision as a betrayal of voters.", True),
        # opposition by law (bbc_news: Krispy Kreme's restatement)
        (
            "Shareholders have also launched lawsuits against the group, claiming it made false "
            "statements and inflated sales.",
            True,
        ),
        # a reaction with who made it, in the passive
        ("The plan was rejected by MPs on Tuesday night.", True),
        ("The proposals were opposed in the past by leftist parties.", True),
        # the sentence's own speaker describing, not someone answering (bbc_news)
        (
            'The 31-year-old admitted interest in the Lions tour was immense, calling it "the '
            'biggest thing to hit New Zealand since Lord of the Rings".',
            False,
        ),
        # suffered with no one named (bbc_news: the home secretary's terror detentions)
        (
            "But the government was widely criticised for insisting the detentions would "
            "continue following the ruling last week.",
            False,
        ),
        # an answer to a question is speech, not a reaction
        (
            "Mr Clarke's comments came in response to an emergency question from Liberal "
            "Democrat constitutional affairs spokesman David Heath.",
            False,
        ),
        # the plain present, with a plural subject (bbc_news: ID cards)
        ("The Liberal Democrats oppose the plans.", True),
        ("Unions condemn the new pension rules as an attack on low-paid staff.", True),
        # but not one that may or will be made: the lead's own news, not the answer to it
        ("Up to 30 Labour MPs could oppose the scheme during a Commons debate.", False),
        (
            "Irishmen JP McManus and John Magnier will reportedly reject any formal £800m offer"
            " for the club.",
            False,
        ),
        # "called" that gives no verdict, and one inside a quotation
        ("It is called the Big Bang and it starts on Friday.", False),
        ('"They called it a disaster," the driver said.', False),
        # a denial in other words (bbc_news: Michelle Collins's ban; a court's plea)
        (
            "The sprinter has consistently protested her innocence but the CAS has upheld "
            "USADA's findings.",
            True,
        ),
        ("Cairn refutes the claims made in the report.", True),
        ("He pleaded not guilty to all four charges at Belfast Crown Court.", True),
    ],
)
def test_a_reaction_names_whose_it_is(sentence, reacting):
    from briefing.summarise.extractive import reacts

    assert reacts(sentence) is reacting


# bbc_news (politics): the lead gives the home secretary's side; the opposition's comes after
DETENTIONS = """Clarke defends terror detentions

The home secretary has defended his decision not to release foreign terror suspects despite a legal ruling their detention breached human rights laws.

House of Lords law lords ruled against the detention measures last week. They said it was wrong to have one set of laws for foreign suspects and another for British suspects. New Home Secretary Charles Clarke said he would carefully consider the ruling and would return to Parliament early in the new year with proposals.

He insisted that he would not be rushed into judgement but would examine the law lords' findings in detail. "My duty is to look at first of all the security of this country and in so doing to consider very carefully the precise legal measures that there are." Mr Clarke's comments came in response to an emergency question from Liberal Democrat constitutional affairs spokesman David Heath. Mr Heath said the judgement contained "unprecedented condemnation and could not have been more unequivocal". He said he accepted the difficult balance between the nation's security and human rights but questioned why the home office had made "no contingency plans for the present circumstances".

But the government was widely criticised for insisting the detentions would continue following the ruling last week. The detainees took their case to the House of Lords after the Court of Appeal backed the Home Office's powers to hold them without limit or charge.
"""


def test_an_answer_or_a_criticism_with_no_critic_leaves_room_for_the_opposition():
    from briefing.summarise.extractive import ExtractiveEngine

    document = read_language(segment(parse_text(DETENTIONS, path=Path("a.txt"), sha256="8" * 64)))
    (summary,) = ExtractiveEngine().summarise([document], 5)
    assert any(p.text.startswith("Mr Heath said the judgement") for p in summary.points)


# writers_dev 0093: the government is mentioned in a lead point as a funder; its answer comes later
FUNDING = """Sport funding in Scotland is facing a 20% reduction over a three-year period, a move described as "heartbreaking" by the national agency.

sportscotland says it has yet to decide where the cuts will fall amid concerns that elite athletes could suffer.

The cuts are being blamed on reduced government spending and a drop in National Lottery ticket sales - a major contributor to sports backing.

Governing bodies are bracing themselves for potential job losses.

About 60% of funding is made up from Scottish Government money, with lottery sales making up the rest.

In the year ending 2015, total revenue was £65.1m, which is divided up and awarded to 52 sports.

By the end of next year, that figure will have fallen to £51.8m - a cut to the Scottish sporting budget of 20% in just three years.

sportscotland chairman Mel Young said: "It's heartbreaking to me because I know the effort the sport governing bodies and the community that's around it; the volunteers and the mums and dads.

"And, to have to say that we're having to cut some money back is, I believe, not the right way to go."

Former badminton player Susan Egelstaff, a double bronze medallist at the Commonwealth Games [in 2002 and 2006] and an Olympian, fears the cuts will have "a huge impact".

"What that means in the future is that Scotland will be constantly playing catch-up," she said. "It's almost impossible to catch up if you fall too far behind the leading nations."

The Scottish Government said sport and physical activity play a "key role" in a healthy Scotland and that "significant" investment would continue in those areas.

"Having successfully delivered the Commonwealth Games [in 2014] we are now focusing on protecting or raising investment in areas intended to decrease health inequality and improve life chances, and the small reduction in the sport budget allows us to support those priorities," Minister for Sport Aileen Campbell said.
"""


def test_a_body_a_point_only_mentions_has_not_yet_been_heard():
    from briefing.summarise.extractive import ExtractiveEngine

    document = read_language(segment(parse_text(FUNDING, path=Path("f.txt"), sha256="8" * 64)))
    (summary,) = ExtractiveEngine().summarise([document], 6)
    assert any(p.text.startswith("The Scottish Government said sport") for p in summary.points)


# bbc_news (business): the Asian Development Bank's warning, its second sentence in quotation
# marks with no speaker of its own
POVERTY = """Asia quake increases poverty risk

Nearly two million people across Asia could be pushed into poverty because of the tsunami, the Asian Development Bank (ADB) has said.

The economic impact of the disaster will be modest because the damage was concentrated on coastal areas, the ADB said. But the blow to many low-income people could be "enormous".

Sri Lanka and the Maldives are the two countries the ADB fears are most at risk.
"""


def test_quoted_words_that_go_on_from_someone_s_speech_are_no_point_of_their_own():
    from briefing.summarise.extractive import ExtractiveEngine

    document = read_language(segment(parse_text(POVERTY, path=Path("a.txt"), sha256="9" * 64)))
    (summary,) = ExtractiveEngine().summarise([document], 4)
    assert summary.points
    assert not any("enormous" in p.text and "ADB" not in p.text for p in summary.points)


def test_a_trial_with_its_kind_and_a_time_to_come_is_what_to_watch():
    # bbc_news: "a criminal trial", the adjective between the verb and its noun
    text = (
        "And Thanou and Kenteris face a criminal trial later this year for allegedly avoiding "
        "the test and then faking a motorcycle accident."
    )
    document = read_language(segment(parse_text(f"Plans\n\n{text}\n", Path("p.txt"), "3" * 64)))
    assert dated_future(document.sentences[0], document)


# bbc_news: the forecast's source is the next sentence's opening
TV_FUTURE = """TV future in the hands of viewers

With home theatre systems, plasma high-definition TVs, and digital video recorders moving into the living room, the way people watch TV will be radically different in five years' time.

That is according to an expert panel which gathered at the annual Consumer Electronics Show in Las Vegas to discuss how these new technologies will impact one of our favourite pastimes. With the US leading the trend, programmes and other content will be delivered to viewers via home networks, through cable, satellite, telecoms companies, and broadband service providers to front rooms and portable devices.

One of the most talked-about technologies of CES has been digital and personal video recorders (DVR and PVR). These set-top boxes, like the US's TiVo and the UK's Sky+ system, allow people to record, store, play, pause and forward wind TV programmes when they want.
"""


def test_a_claim_whose_source_the_next_sentence_gives_carries_it():
    summary, memo = _extractive_memo(TV_FUTURE, 3)
    forecast = next(p for p in summary.points if p.text.startswith("With home theatre"))
    assert forecast.text.endswith("in five years' time, according to an expert panel.")
    assert len(forecast.sentences) == 2  # traced to both sentences
    assert memo.bluf.text == forecast.text  # the bottom line, with its source


# bbc_news: a definition between the figures
BLOGS = """Blog reading explodes in America

Americans are becoming avid blog readers, with 32 million getting hooked in 2004, according to new research.

The survey, conducted by the Pew Internet and American Life Project, showed that blog readership has shot up by 58% in the last year. Blogs, or web logs, are online spaces in which people can publish their thoughts, opinions or spread news events in their own words. Despite the explosive growth, more than 60% of online Americans have still never heard of blogs, the survey found.

Reading blogs remains far more popular than writing them, the survey found. Only 7% of the 120 million US adults who use the internet had created a blog or web-based diary.
"""


def test_what_a_thing_is_is_no_key_point():
    summary, _ = _extractive_memo(BLOGS, 5)
    assert summary.points  # the figures are
    assert not any(p.text.startswith("Blogs, or web logs") for p in summary.points)


# bbc_news (business): the next step is said in five words, shorter than a lead point may be
PENSION_TALKS = """Stalemate in pension strike talks

Talks aimed at averting national strikes over pension reforms have ended without agreement after 90 minutes of discussion in Gateshead.

Five public sector unions met Deputy Prime Minister John Prescott at the Labour spring conference. They want the government to withdraw regulations which would raise the pension age for council workers from 60 to 65. Up to 1.4 million workers could take part in strikes earmarked for 23 March. Discussions will resume next week.

A spokesman for Unison, Britain's biggest union, said after the meeting that the two sides were at least still talking.

The unions say the changes would cost council workers thousands of pounds in lost pensions over their working lives.

Local government employers estimate the reforms would save councils some £1bn a year by the end of the decade.
"""


def test_a_next_step_said_in_a_few_words_is_a_key_point():
    from briefing.summarise.extractive import ExtractiveEngine

    article = parse_text(PENSION_TALKS, path=Path("pensions.txt"), sha256="3" * 64)
    document = read_language(segment(article))
    summary = ExtractiveEngine().summarise([document], 5)[0]
    memo = build_memo(document, summary, EngineInfo("extractive", "test"), "2026-01-01")
    texts = [p.text for p in (memo.bluf, *memo.key_points)]
    assert "Discussions will resume next week." in texts


@pytest.mark.parametrize(
    ("before", "advice", "carried"),
    [
        # bbc_news (technology): the analyst's view, run on after its "said"
        (
            "The traffic explosion has continued into December, said Sandvine.",
            "Service providers now need to make sure that their networks can cope with demand.",
            "Service providers now need to make sure that their networks can cope with demand,"
            " according to Sandvine.",
        ),
        (
            "Prices have risen for a fifth month, the finance minister said.",
            "Households should expect further rises in energy bills over the winter months.",
            "Households should expect further rises in energy bills over the winter months,"
            " according to the finance minister.",
        ),
    ],
)
def test_advice_run_on_after_its_source_carries_it(before, advice, carried):
    from briefing.records import Sentence
    from briefing.summarise.extractive import _advising_source_before, _with_source

    sentences = [
        Sentence(text=before, paragraph=2, start=0, end=len(before)),
        Sentence(
            text=advice, paragraph=2, start=len(before) + 1, end=len(before) + 1 + len(advice)
        ),
    ]
    source = _advising_source_before(sentences, 1)
    assert source is not None and _with_source(advice, source) == carried


def test_advice_after_a_sentence_with_no_source_is_left_as_it_is():
    from briefing.records import Sentence
    from briefing.summarise.extractive import _advising_source_before

    before, advice = "Traffic has grown fourfold.", "Providers need to plan for it now, and fast."
    sentences = [
        Sentence(text=before, paragraph=2, start=0, end=len(before)),
        Sentence(
            text=advice, paragraph=2, start=len(before) + 1, end=len(before) + 1 + len(advice)
        ),
    ]
    assert _advising_source_before(sentences, 1) is None
    # nor across paragraphs
    said = "Traffic has grown fourfold, said Sandvine."
    sentences = [
        Sentence(text=said, paragraph=2, start=0, end=len(said)),
        Sentence(text=advice, paragraph=3, start=0, end=len(advice)),
    ]
    assert _advising_source_before(sentences, 1) is None


# bbc_news (politics): the last day of legal hunting, the hunts' side in the lead; a BBC
# correspondent's report and the anti-hunt side's answer further down
HUNTS = """Final hunts held as ban looms

Hunts in England and Wales have begun on the last day that hunting with dogs is legal, with more due out later.

Thousands of supporters are expected to turn out at more than 250 meets, many of which have altered their normal schedules to be out on a Thursday. The ban on hunting with dogs comes into effect from 0001 GMT on Friday. The Countryside Alliance had its latest legal bid to block the ban thwarted on Wednesday when the Appeal Court ruled the Hunting Act was lawful.

But the group says hunting will continue in some form after the ban comes in, with hunts expected to test the new law to its limits. Others are expected to defy the ban by continuing to hunt illegally.

At the headquarters of Quorn hunt in Leicestershire, feelings were running high as hunt enthusiasts prepared for their final legal hunt. BBC correspondent Sarah Mukherjee said hunt supporters were in tears.

The alliance says hunt supporters will go out and test this law to its limits on Saturday. The League Against Cruel Sports and the RSPCA say they will monitor hunts and assist police in bringing prosecutions.
"""


def test_a_correspondent_reports_the_sides_and_is_none_of_them():
    from briefing.summarise.extractive import ExtractiveEngine, _reporter

    document = read_language(segment(parse_text(HUNTS, path=Path("h.txt"), sha256="8" * 64)))
    (summary,) = ExtractiveEngine().summarise([document], 4)
    texts = [p.text for p in summary.points]
    assert any(t.startswith("The League Against Cruel Sports and the RSPCA say") for t in texts)
    assert not any("Sarah Mukherjee" in t for t in texts)
    # the journalist, and the outlet named in the journalist's title, are no side
    said = "BBC political correspondent Mark Mardell said Britishness had long been a theme."
    assert _reporter("Mark Mardell", said) and _reporter("BBC", said)
    assert _reporter("Rachel Harvey", "Rachel Harvey, the BBC's correspondent, said so.")
    # ... but one who speaks to a journalist is, and one a journalist's sentence names
    assert not _reporter("Tony Blair", "Tony Blair told the correspondent he was sure.")
    assert not _reporter("Tony Blair", "Tony Blair told reporters on Monday it was over.")
    assert not _reporter("Tony Blair", "A spokesman told the reporter Tony Blair would stay.")
    assert not _reporter(
        "Gordon Brown", "Gordon Brown, speaking to a BBC correspondent in Washington, said so."
    )
    assert not _reporter(
        "Gordon Brown", "BBC correspondent Nick Robinson said Gordon Brown was angry."
    )
    assert not _reporter("Smith", "Smith attacked reporter Joe Bloggs.")


# writers_dev (sport), shortened: a round-up, whose later paragraphs tell other races
ROUND_UP = """Peaty defends title

Britain's Adam Peaty defended his 50m breaststroke title with another stunning display to complete a double-double at the world championships.

Peaty, 22, who also retained his 100m title on Monday, finished in 25.99 seconds, just short of the world record he set in the semi-final.

Brazil's Joao Gomes Junior took silver and South African Cameron van der Burgh was third.

Van der Burgh, the 2009 and 2013 world champion in the 50m breaststroke, had paid tribute to Peaty's powerful performances before the final.

South Africa's Chad le Clos stormed to victory in the 200m butterfly final in one minute 53 seconds. Home favourite Laszlo Cseh had closed the gap to the London 2012 champion in the final few metres, but had to settle for silver.

Le Clos's father Bert, who had become a celebrity during London 2012, and mother Geraldine had been present in the Budapest arena.
"""


def test_background_is_of_the_memos_story_and_names_no_one_by_description_alone():
    # the Cseh sentence made the memo say Cseh took silver in Peaty's race
    _, memo = _extractive_memo(ROUND_UP, 3)
    assert "Cseh" not in memo.background
    assert "Bert" not in memo.background and "Geraldine" not in memo.background
    assert "Peaty" in memo.background  # the background of his race is kept


# bbc_news (politics), shortened: the headline's actor is not the other side, whatever the model
# reads "Blunkett" as in the headline
POLICING = """Blunkett unveils policing plans

People could be given the mobile phone number of their local bobby under an overhaul of policing in England and Wales unveiled by David Blunkett.

The plans include a dedicated policing team for each neighbourhood and a 10 point compulsory customer charter. The home secretary said targets would be put in place to ensure that the public got a good response from police.

Mr Blunkett said a new three digit number would be created for non-emergency phone calls to police.

Tory spokesman David Davis said the proposals were "little more than a taxpayer-funded PR exercise" ahead of a general election predicted for next May.

Mr Blunkett already boasts about producing record police numbers.
"""


def test_the_other_side_is_not_the_headlines_actor_nor_shares_only_his_first_name():
    _, memo = _extractive_memo(POLICING, 4)
    texts = [p.text for p in (memo.bluf, *memo.key_points)]
    assert any(t.startswith("Tory spokesman David Davis said") for t in texts)


# bbc_news (politics), shortened: "Europe, which disputes the claim" followed a point of Mr
# Blair's belief, not the US position it disputes
CLIMATE = """Blair 'pressing US on climate'

Tony Blair is pressing the US to cut greenhouse gases despite its unwillingness to sign the Kyoto Protocol, Downing Street has indicated.

The prime minister is said to believe the United States' refusal to sign the Kyoto Protocol is undermining other countries' resolve to cut carbon dioxide production.

The US has refused to sign up to the Kyoto treaty, branding it politically motivated. President Bush's advisers have repeatedly denied global warming is taking place. Europe, which disputes the claim, has signalled it wants to press ahead with talks about longer term climate change action.

Mr Blair was left blushing on Wednesday when it emerged his manifesto target of a 20% cut to greenhouse gas levels by 2010 was set to be missed.
"""


def test_a_point_disputing_the_claim_comes_only_after_the_claim():
    _, memo = _extractive_memo(CLIMATE, 4)
    texts = [p.text for p in (memo.bluf, *memo.key_points)]
    for n, text in enumerate(texts):
        if "disputes the claim" in text:
            assert n > 0 and "denied global warming" in texts[n - 1]


# bbc_news (sport): Wenger's view, then his quotation of it, had been two of the five points,
# where Aragones' answer ("insists the fine is unjustified") had none
ARAGONES = """Aragones angered by racism fine

Spain coach Luis Aragones is furious after being fined by The Spanish Football Federation for his comments about Thierry Henry.

The 66-year-old criticised his 3000 euros (£2,060) punishment even though it was far below the maximum penalty. "I am not guilty, nor do I accept being judged for actions against the image of the sport," he said. "I'm not a racist and I've never lacked sporting decorum. I've never done that and I have medals for sporting merit." Aragones was handed the fine on Tuesday after making racist remarks about Henry to Arsenal team-mate and Spanish international Jose Reyes last October.

The Spanish Football Federation at first declined to take action against Aragones, but was then requested to do so by Spain's anti-violence commission. The fine was far less than the expected amount of about £22,000 or even the suspension of his coaching licence. Arsenal boss Arsene Wenger, who was fined £15,000 in December for accusing Manchester United striker Ruud van Nistelrooy of cheating, believes that Aragones' punishment was too lenient. "You compare his fine and my fine, and if you consider his was for racist abuse, then you seem to get away with it more in Spain than you should," Wenger said. "He shouldn't have said what he said, and how much money is enough, I don't know but it doesn't look a big punishment." However, Aragones insists the fine is unjustified and unfair. "I have been treated like Islero (the bull that killed famous bullfighter Manolete)," said Aragones on hearing he had been fined for his actions. "I have not liked one thing about this whole affair and I do not agree with the sanction. They have looked for a scapegoat." Spain's anti-violence commission must now ratify the Spanish FA's decision and has until next week to announce its verdict. Aragones has 10 days to appeal, and the commission can also appeal. Alberto Flores, president of the Spanish FA's disciplinary committee, said no-one in the committee felt Aragones was a racist nor had "acted in a racist way." "A fine, the highest we could apply, is sufficient punishment. Suspension would have been a bit exaggerated," Flores told sports daily Marca.
"""


def test_a_quotation_beside_the_reporters_account_of_it_is_no_second_point():
    _, memo = _extractive_memo(ARAGONES, 6)
    texts = [p.text for p in (memo.bluf, *memo.key_points)]
    assert any("Arsene Wenger" in t and "too lenient" in t for t in texts)
    assert not any(t.startswith('"You compare his fine') for t in texts)
    assert any("insists the fine is unjustified" in t for t in texts)


@pytest.mark.parametrize(
    ("text", "imagined"),
    [
        # writers_dev and bbc_news: features' hooks, an imagined case and what would follow
        (
            "If Wigan Athletic are to be relegated from the Sky Bet Championship, then their new "
            "manager Gary Caldwell would want to see them go down kicking and screaming.",
            True,
        ),
        (
            "If broadband were a jumbo jet, then 2003 would have seen it taxiing down the runway, "
            "firing up its engines and preparing for take-off.",
            True,
        ),
        # news: a threat, what a pending decision would do, a claim with its source
        ("If the strike goes ahead, flights will be cancelled across Europe.", False),
        (
            "If approved, the law would ban smoking in all public places in England from 2007.",
            False,
        ),
        ("If Labour wins the election, taxes would rise, the Conservatives claimed.", False),
        ("The bill would ban smoking if approved by MPs.", False),
    ],
)
def test_an_imagined_case_is_told_apart_from_a_condition_of_the_news(text, imagined):
    from briefing.load.meta import imagines

    assert imagines(text) is imagined


# writers_dev: a match report's hook imagines; the news is the red card after it
WIGAN = """If Wigan Athletic are to be relegated from the Sky Bet Championship, then their new manager Gary Caldwell would want to see them go down kicking and screaming.

Martyn Waghorn took that a little too literally against Millwall, his red card for a senseless kick at Dan Harding punished by a Lions side determined to avoid a similar fate.

When Waghorn lashed out after failing to win a corner on the hour, it was set up for the hosts to claim three precious points.
"""


def test_an_imagined_opening_is_neither_the_headline_nor_the_bottom_line():
    summary, memo = _extractive_memo(WIGAN, 3)
    # cut to its main clause, the hook would say he wants them relegated
    assert not memo.document.article.title.startswith("Their new manager")
    assert memo.document.article.title.startswith("Martyn Waghorn")
    assert summary.points[0].text.startswith("If Wigan")  # the engine's best ...
    assert memo.bluf.text.startswith("Martyn Waghorn took that")  # ... is not the bottom line


# bbc_news (tech): a warning, and two firms that doubt it
SPAM_DELUGE = """Warnings about junk mail deluge

The amount of spam circulating online could be about to undergo a massive increase, say experts.

Anti-spam group Spamhaus is warning about a novel virus which hides the origins of junk mail. The program makes spam look like it is being sent by legitimate mail servers making it hard to spot and filter out. Spamhaus said that if the problem went unchecked real e-mail messages could get drowned by the sheer amount of junk being sent.

Before now many spammers have recruited home PCs to act as anonymous e-mail relays in an attempt to hide the origins of their junk mail. The PCs are recruited using viruses and worms that compromise machines via known vulnerabilities or by tricking people into opening an attachment infected with the malicious program. Once compromised the machines start to pump out junk mail on behalf of spammers. Spamhaus helps to block junk messages from these machines by collecting and circulating blacklists of net addresses known to harbour infected machines. But the novel worm spotted recently by Spamhaus routes junk via the mail servers of the net service firm that infected machines used to get online in the first place. In this way the junk mail gets a net address that looks legitimate. As blocking all mail from net firms just to catch the spam is impractical, Spamhaus is worried that the technique will give junk mailers the ability to spam with little fear of being spotted and stopped. Steve Linford, director of Spamhaus, predicted that if a lot of spammers exploit this technique it could trigger the failure of the net's e-mail sending infrastructure. David Stanley, UK managing director of filtering firm Ciphertrust, said the new technique was the next logical step for spammers. "They are adding to their armoury," he said. The amount of spam in circulation was still growing, said Mr Stanley, but he did not think that the appearance of this trick would mean e-mail meltdown. But Kevin Hogan, senior manager at Symantec security response, said such warnings were premature. "If something like this mean the end of e-mail then e-mail would have stopped two-three years ago," said Mr Hogan. While the technique of routing mail via mail servers of net service firms might cause problems for those that use blacklists and block lists it did not mean that other techniques for stopping spam lost their efficacy too. Mr Hogan said 90% of the junk mail filtered by Symantec subsidiary Brightmail was spotted using techniques that did not rely on looking at net addresses. For instance, said Mr Hogan, filtering out e-mail messages that contain a web link can stop about 75% of spam.
"""


def test_a_body_that_is_warning_has_been_heard_and_the_other_side_gets_the_room():
    from briefing.summarise.extractive import _speaks

    # bbc_news (tech): "Spamhaus is warning" is the story's own voice, so its next "said" is no
    # other side, and the memo's one reaction is the filtering firm's doubt
    assert _speaks("Spamhaus", "Anti-spam group Spamhaus is warning about a novel virus.")
    _, memo = _extractive_memo(SPAM_DELUGE, 6)
    texts = [p.text for p in (memo.bluf, *memo.key_points)]
    assert any("he did not think that the appearance of this trick" in t for t in texts)


def test_what_would_or_could_be_is_never_background():
    # bbc_news (politics): the minister's speech going on in reported form ("would be
    # removed") after his quotation is no context in the memo's voice
    text = SLAGER.replace(
        "Mario Givens (pictured) filed an excessive force complaint against Slager in 2013, but "
        "he was not interviewed and no witnesses were questioned.",
        "From 2013 complaints against officers would be heard by an independent panel, with "
        "grants for the families of those shot.",
    )
    _, memo = _extractive_memo(text, 2)
    assert memo.background == ""
    # a past fact whose clause says what was to be is background (bbc_news: "Mr Blair had
    # decided in November 2003 he would quit ...")
    past = SLAGER.replace(
        "Mario Givens (pictured) filed an excessive force complaint against Slager in 2013, but "
        "he was not interviewed and no witnesses were questioned.",
        "Slager had decided in 2013 he would quit the force, but he was persuaded to stay on.",
    )
    _, memo = _extractive_memo(past, 2)
    assert memo.background.startswith("Slager had decided in 2013 he would quit")


# bbc_news (sport): the tagger reads the lede's first word, a country, as a bare verb
VICKERY = """Vickery out of Six Nations

England tight-head prop Phil Vickery has been ruled out of the rest of the 2005 RBS Six Nations after breaking a bone in his right forearm.

Vickery was injured as his club side, Gloucester, beat Bath 17-16 in the West country derby on Saturday. He could be joined on the sidelines by Bath centre Olly Barkley, who sat out the derby due to a leg injury. Barkley will have a scan on Sunday and might miss England's trip to Six Nations leaders Ireland next weekend. The news is just the latest blow for coach Andy Robinson, who has seen his side lose their opening two matches in the 2005 Six Nations.
"""


def test_a_lede_that_opens_on_a_name_the_article_capitalises_elsewhere_is_no_order():
    _, memo = _extractive_memo(VICKERY, 4)
    assert memo.bluf.text.startswith("England tight-head prop Phil Vickery has been ruled out")
    # a word written capitalised only where it opens a sentence says nothing: still an order
    from briefing.language import reads_as_statement
    from briefing.records import Sentence

    order = "Click the link below to read more about the injury."
    assert not reads_as_statement(Sentence(order, 1, 0, len(order)))


# bbc_news (politics): a charge, and the party's answer right after it
UKIP_SPENDING = """UKIP outspent Labour on EU poll

The UK Independence Party outspent both Labour and the Liberal Democrats in the European elections, new figures show.

UKIP, which campaigned on a slogan of "Say no to Europe", spent £2.36m on the campaign - second only to the Conservatives' £3.13m. The campaign took UKIP into third place with an extra 10 MEPs. Labour's campaign cost £1.7m, the Lib Dems' £1.19m and the Greens' £404,000, according to figures revealed by the Electoral Commission on Wednesday. Much of the UKIP funding came from Yorkshire millionaire Sir Paul Sykes, who helped bankroll the party's billboard campaign. Critics have accused the party of effectively buying votes. But a UKIP spokesman said Labour and the Conservatives had spent £10m between them on the last general election. "With the advantages of public money the others have, the only way the smaller parties can get their message across is by buying the advertising space," he added.
"""


def test_the_answer_to_a_charge_gets_a_key_point():
    from briefing.summarise.extractive import answers_a_charge

    _, memo = _extractive_memo(UKIP_SPENDING, 6)
    texts = [p.text for p in (memo.bluf, *memo.key_points)]
    assert "Critics have accused the party of effectively buying votes." in texts
    assert any(t.startswith("A UKIP spokesman said Labour and the Conservatives") for t in texts)
    # a defence made, wherever it is; not one suffered, nor a title
    document = read_language(
        segment(
            parse_text(
                "Referral payments\n\nSome GPs are paid to refer fewer patients. Some have "
                "questioned the wisdom of the move. But CCGs have defended their stance, saying "
                "it is about good practice. The defending champion was denied a penalty. He "
                "said it was unfair. Italy defended man on man. He was charged and repeatedly "
                "denied bail. It would have been longer had he denied the charge. Mr Blair "
                "directly denied that quote on Wednesday. Refugees will not be denied sanctuary. "
                "Hackers mounted attacks on the site. But Malcolm Seagrave added that it was only "
                "a matter of time.\n",
                path=Path("r.txt"),
                sha256="9" * 64,
            )
        )
    )
    answers = [answers_a_charge(document.sentences, i) for i in range(len(document.sentences))]
    assert [i for i, answers_it in enumerate(answers) if answers_it] == [2, 8]
