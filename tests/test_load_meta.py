"""Subject, outlet and publication date: from the article's own text and metadata only."""

import json
from pathlib import Path

import pytest

from briefing.load import parse_text
from briefing.load.meta import display_date, headline_from_text, iso_date
from briefing.output.render import render
from briefing.segment import segment

from .memo_helpers import lead_memo

KENYA = (
    "NAIROBI: Kenya's electoral commission announced on Monday that the presidential election "
    "will go to a run-off, after no candidate won more than half of the votes cast.\n\n"
    "Opposition leaders said they would challenge the count in the Supreme Court.\n\n"
    "Source: Reuters\n\n"
    "The commission said the second round would be held on 14 June, weeks after the first "
    "round was marred by delays at polling stations.\n"
)


def _article(text: str, name: str = "wd_kenya_election.txt"):
    return parse_text(text, Path(name), "k" * 64)


def test_an_untitled_article_is_headed_by_its_first_sentences_main_clause_not_its_file_name():
    article = _article(KENYA)
    assert article.title == (
        "Kenya's electoral commission announced that the presidential election will go to a run-off"
    )
    assert "Wd" not in article.title


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        (
            "Shares in UK drinks and food firm Allied Domecq have risen on speculation that it "
            "could be the target of a takeover by France's Pernod Ricard.",
            "Shares in UK drinks and food firm Allied Domecq have risen on speculation",
        ),
        (
            "The US economy added 337,000 jobs in December, according to official figures.",
            "The US economy added 337,000 jobs in December, according to official figures",
        ),
        (
            "LONDON (Reuters) - Six people were killed when a passenger train derailed near Selby "
            "on Tuesday.",
            "Six people were killed when a passenger train derailed near Selby",
        ),
        # writers_dev: an aside between dashes goes, and no dash is left dangling at the end
        (
            "Union barons handed Ed Miliband more than £1.6 million – three times as much as the "
            "Tories received from their biggest donors – in the three months before the election.",
            # "in the three months" alone would leave out which: the phrase goes whole
            "Union barons handed Ed Miliband more than £1.6 million",
        ),
    ],
)
def test_headline_is_cut_at_a_clause_or_word_boundary(sentence, headline):
    assert headline_from_text((sentence,)) == headline


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # writers_dev: the headline once read "... after the 2011 intervention has said"
        (
            'David Cameron became "distracted" after the 2011 intervention in Libya, US President '
            "Barack Obama has said.",
            "David Cameron became distracted after the 2011 intervention in Libya, Barack Obama "
            "says",
        ),
        (
            "The strength of the Swiss franc dented sales in the first half, Nestle said.",
            "The strength of the Swiss franc dented sales, Nestle says",
        ),
        (
            "The minister resigned on Monday, officials said.",
            "The minister resigned, officials say",
        ),
        # writers_dev: "far enough" is kept, and "according to" is the last phrase to go
        (
            "A proposal to introduce life sentences for the offence of careless driving while "
            "under the influence of drink or drugs does not go far enough, according to the "
            "parents of one victim.",
            "A proposal does not go far enough, according to the parents of one victim",
        ),
        # writers_dev 0023: "one" with what it is one of, and a source too long for the
        # line cut to its noun (once "A discovery of arms was, police in Northern Ireland says")
        (
            "A discovery of arms in a County Antrim forest was one of the most significant in "
            "recent years, police in Northern Ireland have said.",
            "A discovery of arms was one of the most significant, police say",
        ),
        # a source named beside its description keeps its name when cut
        (
            "Rising fuel and materials costs are hitting confidence among the UK's small "
            "manufacturers despite a rise in output, business lobby group the CBI says.",
            "Rising fuel and materials costs are hitting confidence, the CBI says",
        ),
        # a pronoun names no one on a subject line: the claim alone, not "... he said"
        (
            "The two countries will sign a defence agreement in Rabat next week, he said.",
            "The two countries will sign a defence agreement in Rabat",
        ),
    ],
)
def test_a_headline_keeps_who_said_a_claim_reported_at_the_end(sentence, headline):
    assert headline_from_text((sentence,)) == headline


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # writers_dev: once "... are facing growing accusations had a bystander video"
        (
            "North Charleston police are facing growing accusations that killer cop Michael "
            "Slager would have got away with a cover up had a bystander video not emerged - as "
            "questions emerge over his colleagues' conduct after the shooting.",
            "North Charleston police are facing growing accusations",
        ),
        # and once "... from Old Trafford scapegoat to one" (the sentence, 19 words, is now
        # given whole)
        (
            "Wayne Rooney believes Marouane Fellaini has gone from Old Trafford scapegoat to one "
            "of the most dangerous forwards in Europe.",
            "Wayne Rooney believes Marouane Fellaini has gone from Old Trafford scapegoat to one "
            "of the most dangerous forwards in Europe",
        ),
    ],
)
def test_a_headline_never_jumps_over_words_it_left_out(sentence, headline):
    assert headline_from_text((sentence,)) == headline


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # writers_dev: a CNN dateline with two dashes, a caption's label, a wire tag
        (
            "WASHINGTON (CNN) -- The U.S. Navy has charged six guards accused of assaulting "
            "detainees in May at Camp Bucca in Iraq, naval officials said Thursday.",
            "The U.S. Navy has charged six guards, naval officials say",
        ),
        (
            "Sacked: But Jeremy Clarkson will not face prosecution over the incident which got "
            "him sacked from Top Gear.",
            "Jeremy Clarkson will not face prosecution over the incident",
        ),
        (
            "(CNN)The number of new HIV infections in a rural Indiana county has grown, according"
            " to the Centers for Disease Control and Prevention.",
            "The number of new HIV infections in a rural Indiana county has grown",
        ),
    ],
)
def test_a_headline_leaves_out_datelines_and_caption_labels(sentence, headline):
    assert headline_from_text((sentence,)) == headline


def test_a_headline_short_of_room_drops_a_long_description_before_the_name_first():
    sentence = (
        "Leading American civil rights campaigner and Baptist minister Jesse Jackson has called "
        "for a boycott of the company."
    )
    assert (
        headline_from_text((sentence,)) == "Jesse Jackson has called for a boycott of the company"
    )
    # a short one stays: "US actor" is no crowd
    sentence = (
        "US actor Jamie Foxx has been given two nominations for Golden Globe awards, with Meryl "
        "Streep, Morgan Freeman and Cate Blanchett also up for prizes."
    )
    assert headline_from_text((sentence,)) == (
        "US actor Jamie Foxx has been given two nominations for Golden Globe awards"
    )


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # writers_dev: "has moved" alone said the college had moved, as a building moves
        (
            "An Oxford college has moved away from its founding principles of providing degrees "
            "for working-class adults and mature students, students have warned.",
            "An Oxford college has moved away from its founding principles of providing degrees "
            "for working-class adults and mature students",
        ),
        # once "... welcomed Morocco's readmission after members refused to withdraw support":
        # the readmission to what, and 32 years after, not just after
        (
            "Western Sahara has welcomed Morocco's readmission to the African Union, 32 years "
            "after members refused to withdraw support for the territory's independence.",
            "Western Sahara has welcomed Morocco's readmission to the African Union",
        ),
        # once "Excrement thrown John Rhodes has triggered a wave of protests": the parse took
        # the participle for the verb, and the headline cut the name
        (
            "Excrement thrown at the statue of British colonialist Cecil John Rhodes has "
            "triggered a wave of protests across South Africa against 'racist' historical "
            "figures.",
            "Excrement thrown at the statue of British colonialist Cecil John Rhodes has "
            "triggered …",
        ),
        # bbc_news: the object's phrase says what rose; the headline ends on no "thanks"
        (
            "Telecoms equipment supplier Ericsson has posted a rise in fourth quarter profits "
            "thanks to clients like Deutsche Telekom upgrade their networks.",
            "Telecoms equipment supplier Ericsson has posted a rise in fourth quarter profits",
        ),
        # "higher than ..." is no phrasal verb
        (
            "Ethiopia produced 14.27 million tonnes of crops in 2004, 24% higher than in 2003 and "
            "21% more than the average of the past five years, a report says.",
            "Ethiopia produced 14.27 million tonnes of crops in 2004, a report says",
        ),
    ],
)
def test_a_headline_keeps_what_its_verb_and_object_need_and_whole_names(sentence, headline):
    assert headline_from_text((sentence,)) == headline


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # the small model reads "needs" as a noun, so "the law" is all "said" keeps
        (
            "Former judge Mary Holt, 81, has said the law on assisted dying needs changing.",
            "Former judge Mary Holt has said the law on assisted dying needs changing",
        ),
        # where what was said is too long, the verb's own phrases come first
        (
            "The company announced a deal with its biggest rival that would create the largest "
            "airline in Europe by 2027 and cut 3,000 jobs.",
            "The company announced a deal with its biggest rival",
        ),
    ],
)
def test_a_headline_never_ends_on_what_a_reporting_verb_left_unparsed(sentence, headline):
    assert headline_from_text((sentence,)) == headline


# writers_dev: untitled features whose subjects once read "In a sport" and "It's one but"
def test_a_headline_opens_on_its_subject_not_a_fronted_phrase():
    sentence = "In a sport beset by tiresome braggadocio, Ricky Burns seems like an impostor."
    assert headline_from_text((sentence,)) == "Ricky Burns seems like an impostor"


def test_a_headline_names_its_subject_when_a_later_opening_does():
    paragraphs = (
        "It's one of the best loved books in American literature, but To Kill a Mockingbird "
        "was also a one-hit wonder.",
        "Harper Lee's classic was published 50 years ago this summer and it remains the only "
        "novel she ever wrote.",
    )
    assert headline_from_text(paragraphs).startswith("Harper Lee's classic was published")
    # with no later opening to name it, the pronoun's headline is kept, never cut to "It's one"
    assert headline_from_text(paragraphs[:1]) == (
        "It's one of the best loved books in American literature"
    )


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # writers_dev 0044: a participle's phrase before the subject is no headline
        (
            "Long relegated to the dusty corners of history, mead - the drink of kings and "
            "Vikings - is making a comeback in the US.",
            "Mead is making a comeback in the US",
        ),
        # writers_dev 0064: a subject without its verb ("A report about a woman") is no
        # headline; the sentence from its start is, cut, and not on "after"
        (
            "A report about a woman who said she had repeated plastic surgery after her husband "
            'divorced her because she had a "fat face" has sparked outrage among China\'s online '
            "community.",
            "A report about a woman who said she had repeated plastic surgery …",
        ),
        # writers_dev 0042: the "then" of an "if" is no headline's opening
        (
            "If Wigan Athletic are to be relegated from the Sky Bet Championship, then their new "
            "manager Gary Caldwell would want to see them go down kicking and screaming.",
            "Their new manager Gary Caldwell would want to see them go down",
        ),
        # writers_dev 0007: the comma before a source given as a plural noun, and its own verb
        (
            "A breakthrough has been made in the development of clean hydrogen power, scientists "
            "claim.",
            "A breakthrough has been made, scientists claim",
        ),
        # writers_dev 0096: a list keeps its commas
        (
            "Dzhokhar Tsarnaev's bombs tore through their bodies: singeing flesh, shattering "
            "bones, shredding muscles and severing limbs.",
            "Dzhokhar Tsarnaev's bombs tore through their bodies shattering bones, shredding "
            "muscles and severing limbs",
        ),
        # writers_dev 0018: a clause with its source after it is a clause, not a phrase
        (
            "Adult social care firms are struggling to hire, retain and train staff as a result "
            "of cuts to council budgets, a survey of senior officials suggests.",
            "Adult social care firms are struggling to hire",
        ),
    ],
)
def test_a_headline_is_a_clause_never_a_phrase_or_a_subject_alone(sentence, headline):
    assert headline_from_text((sentence,)) == headline


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # bbc_news: the firm's name after what it is, once left out ("US aircraft firm has
        # unveiled ...")
        (
            "US aircraft firm Boeing has unveiled its new long-distance 777 plane, as it tries to "
            "regain its position as the industry's leading manufacturer.",
            "US aircraft firm Boeing has unveiled its new long-distance 777 plane",
        ),
        (
            "US phone company Qwest has said it will table a new offer for MCI after losing out "
            "to larger rival Verizon, setting the scene for a possible bidding war.",
            "US phone company Qwest has said it will table a new offer for MCI",
        ),
        # writers_dev 0042: the manager's name
        (
            "If Wigan Athletic are to be relegated from the Sky Bet Championship, then their new "
            "manager Gary Caldwell would want to see them go down kicking and screaming.",
            "Their new manager Gary Caldwell would want to see them go down",
        ),
    ],
)
def test_a_headline_keeps_the_name_set_beside_its_subject(sentence, headline):
    assert headline_from_text((sentence,)) == headline


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # writers_dev 0097: where the subject is, whole ("in Scotland" too)
        (
            "Teenagers in foster care in Scotland are being moved too often, according to a "
            "campaign group.",
            "Teenagers in foster care in Scotland are being moved too often, according to a "
            "campaign group",
        ),
        # bbc_news 184: a place in a list kept with the rest of the list
        (
            "Marks & Spencer has cut prices in London and the regions by an average of 24%, "
            "according to research from a City investment bank.",
            "Marks & Spencer has cut prices in London and the regions",
        ),
        # the source's own verb, in the present; "told" becomes "says"
        (
            "Former Worldcom boss Bernie Ebbers never made accounting decisions, a witness has "
            "told jurors.",
            "Former Worldcom boss Bernie Ebbers never made accounting decisions, a witness says",
        ),
    ],
)
def test_a_headline_keeps_where_its_subject_is_and_its_sources_verb(sentence, headline):
    assert headline_from_text((sentence,)) == headline


def test_a_paragraph_that_opens_on_which_gives_no_headline():
    # writers_dev 0039: the second paragraph goes on from the first
    paragraphs = (
        "It's every interviewer's worst nightmare. Ask the wrong question and you find your "
        "interviewee walking out on you mid sentence.",
        "Which is exactly what happened past Tuesday to a reporter interviewing Robert Downey Jr.",
    )
    assert headline_from_text(paragraphs) == "It's every interviewer's worst nightmare"


def test_the_outlet_a_dateline_names_is_the_articles():
    # writers_dev 0096: "Boston (CNN)" with no space after it; a credit in the body is not one
    article = _article(
        "Boston (CNN)Dzhokhar Tsarnaev's bombs tore through their bodies. On Tuesday, jurors "
        "began to hear about the holes his bombs left in the hearts of the survivors.\n\n"
        "The jury will decide whether he should be put to death.\n"
    )
    assert article.source.outlet == "CNN"
    assert article.source.dateline == "Boston"
    assert article.paragraphs[0].startswith("Dzhokhar Tsarnaev's bombs")
    assert (
        _article(
            "(CNN) -- A high-speed train left its tracks in Croatia on Friday.\n"
        ).source.outlet
        == "CNN"
    )


def test_a_credit_inside_the_body_is_not_the_outlet_and_leaves_the_text():
    article = _article(KENYA)
    assert article.source.outlet is None
    assert not any("Reuters" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize("where", ["top", "bottom"])
def test_a_source_line_above_or_below_the_article_is_the_outlet(where):
    text = f"Source: BBC News\n\n{KENYA}" if where == "top" else f"{KENYA}\nSource: BBC News\n"
    assert _article(text).source.outlet == "BBC News"


@pytest.mark.parametrize(
    ("given", "iso", "shown"),
    [
        ("2024-05-14T10:00:00Z", "2024-05-14", "14 May 2024"),
        ("Tue, 14 May 2024 10:00:00 GMT", "2024-05-14", "14 May 2024"),
        ("May 14, 2024", "2024-05-14", "14 May 2024"),
        ("14th May 2024", "2024-05-14", "14 May 2024"),
        ("D:20240514093000", "2024-05-14", "14 May 2024"),
        ("2024-05", "2024-05", "May 2024"),
        ("last Tuesday", "last Tuesday", "last Tuesday"),  # no date in it: as given
    ],
)
def test_publication_dates_are_normalised(given, iso, shown):
    assert iso_date(given) == iso
    assert display_date(iso_date(given)) == shown


def test_memo_shows_the_publication_date_apart_from_its_own_date():
    article = _article(f"Published: May 14, 2024\nSource: BBC News\n\n{KENYA}")
    assert article.source.published == "2024-05-14"
    memo = lead_memo(segment(article), points=2)
    md = render(memo, "md")
    assert "**PREPARED:** 2026-11-29  \n**PUBLISHED:** 14 May 2024  \n" in md
    html = render(memo, "html")
    assert '<th scope="row">Published</th><td class="published">14 May 2024</td>' in html
    data = json.loads(render(memo, "json"))
    assert (data["date"], data["published"], data["source"]["published"]) == (
        "2026-11-29",
        "14 May 2024",
        "2024-05-14",
    )


def test_a_memo_without_a_publication_date_says_so():
    # "Friday" in a point cannot be placed: the reader is told the article gives no date.
    memo = lead_memo(segment(_article(KENYA)), points=2)
    assert "**PUBLISHED:** not given in the article" in render(memo, "md")
    assert "not given in the article" in render(memo, "html")
    assert json.loads(render(memo, "json"))["published"] is None


def test_a_pointer_to_a_picture_leaves_the_headline():
    article = parse_text(
        "Aubrey de Grey (pictured) says ageing is a 'disease that can and should be cured'\n\n"
        "With his Rasputin beard, Aubrey de Grey looks older than his 51 years. He wants to "
        "cure ageing.\n",
        path=Path("degrey.txt"),
        sha256="0" * 64,
    )
    assert article.title == "Aubrey de Grey says ageing is a 'disease that can and should be cured'"


@pytest.mark.parametrize(
    ("paragraphs", "headline"),
    [
        # a determiner opens on a noun, an empty "It" on the clause after it
        (
            (
                "This year's Glastonbury festival has sold out in a record three hours.",
                "Organisers said 112,500 tickets went on sale at 0900.",
            ),
            "This year's Glastonbury festival has sold out in a record three hours",
        ),
        (
            (
                "It was a night to remember in Cardiff as Wales beat England.",
                "Wales now face Italy in Rome.",
            ),
            "It was a night to remember in Cardiff as Wales beat England",
        ),
    ],
)
def test_only_a_personal_pronoun_gives_way_to_a_later_opening(paragraphs, headline):
    assert headline_from_text(paragraphs) == headline


@pytest.mark.parametrize(
    ("sentence", "left_out", "kept"),
    [
        # writers_dev: "for the first time" alone would be false; the phrase goes whole
        (
            "UK manufacturing activity contracted in April for the first time in three years, "
            "a survey has indicated, adding to fears over the economy's strength.",
            "for the first time",
            "UK manufacturing activity contracted in April, a survey has indicated",
        ),
        # bbc_news: a hyphenated word is never cut to "faster-"
        (
            "The main driver of the faster-than-expected expansion has been exports, with tourism "
            "seeing a strong rebound, the statistical office said.",
            "faster- ",
            "faster-than-expected expansion",
        ),
    ],
)
def test_a_headline_keeps_a_phrase_or_a_hyphenated_word_whole_or_not_at_all(
    sentence, left_out, kept
):
    headline = headline_from_text((sentence,))
    assert kept in headline
    assert left_out not in headline


# writers_dev: a feature that opens by speaking to its reader, with a clause for a subject
TIGER = (
    "Holidaying with the lair of a tiger as your closest neighbour might not sound like the "
    "cleverest idea in the world but it is certainly a once-in-a-lifetime experience that won't "
    "be forgotten.",
    "For £3,500, tourists are being invited to book a trip to Russia and sleep in the natural "
    "habitat of the Siberian tiger, one of the world's most endangered animals.",
)


def test_an_opening_that_speaks_to_the_reader_gives_way_to_the_next():
    assert headline_from_text(TIGER).startswith(
        "Tourists are being invited to book a trip to Russia"
    )
    # alone, it is never a headline without its subject ("Might not sound but it is ...")
    assert not headline_from_text(TIGER[:1]).startswith("Might")


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # bbc_news: the small model hangs the subject on "has"; the headline keeps it
        (
            "Ask Jeeves has become the third leading online search firm this week to thank a "
            "revival in internet advertising for improved profits.",
            "Ask Jeeves has become",
        ),
        # bbc_news: what "are" says is where the livelihoods are, not left for room
        (
            "Billions of farmers' livelihoods are at risk from falling commodity prices and "
            "protectionism, the UN's Food & Agriculture Organisation has warned.",
            "Billions of farmers' livelihoods are at risk",
        ),
        # bbc_news: a speaker after a quotation, without its closing mark
        (
            '"Clearance rates in our end-of-season sale have been below our expectations," the '
            "company said.",
            "have been below our expectations, the company says",
        ),
        # bbc_news: a hyphen typed for a dash leaves with its aside
        (
            "B&B said the buy-to-let market - in which the bank is a major player - would "
            "continue to grow much faster than the wider mortgage market.",
            "B&B said the buy-to-let market would continue to grow",
        ),
    ],
)
def test_a_headline_keeps_its_subject_and_what_be_says(sentence, headline):
    assert headline in headline_from_text((sentence,))


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # writers_dev: a first clause a few words over the headline's length is given whole,
        # never "... have been put in special …"
        (
            "All four schools run by a Telford academy trust have been put in special measures "
            "within a week.",
            "All four schools run by a Telford academy trust have been put in special measures "
            "within a week",
        ),
        # writers_dev: a CNN dateline with its country leaves the headline
        (
            "BANGKOK, Thailand (CNN) -- A Bangkok Airways plane crashed at an airport at a resort "
            "island in Thailand, killing the pilot and injuring 37 people Tuesday, aviation "
            "officials said.",
            "A Bangkok Airways plane crashed at an airport, aviation officials say",
        ),
    ],
)
def test_a_headline_is_whole_where_it_can_be_and_never_opens_on_a_dateline(sentence, headline):
    assert headline_from_text((sentence,)) == headline


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # writers_dev: a clause the parse read whole, a few words over the length, is given
        # whole; "has come into effect" alone does not say where
        (
            "A new law imposing restrictions on users of social media has come into effect in "
            "Russia.",
            "A new law imposing restrictions on users of social media has come into effect in "
            "Russia",
        ),
        # writers_dev: a passive's agent keeps its noun ("was hit by", cut to "was hit", said
        # nothing of the lorry)
        (
            "Three people were injured when a broken-down bus was hit by a lorry on the A34 in "
            "Oxfordshire.",
            "Three people were injured when a broken-down bus was hit by a lorry on the A34 in "
            "Oxfordshire",
        ),
        # bbc_news: "official figures have shown" is who says it
        (
            "US economic growth accelerated in the third quarter, helped by strong consumer "
            "spending, official figures have shown.",
            "US economic growth accelerated in the third quarter, official figures show",
        ),
    ],
)
def test_a_headline_gives_a_short_clause_whole_with_its_agent_and_source(sentence, headline):
    assert headline_from_text((sentence,)) == headline


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # writers_dev 0027: once "... has labelled Anzacs 'racist yobs", the quotation open
        (
            "A senior writer for the Australian Financial Review has labelled Anzacs 'racist "
            "yobs', while standing up for an SBS football reporter who was sacked after "
            "condemning Anzac day on Twitter.",
            "A senior writer for the Australian Financial Review has labelled Anzacs 'racist yobs'",
        ),
        # writers_dev 0006: a quotation a few words longer is given whole, not cut to "a
        # 'disease"
        (
            "Aubrey de Grey (pictured) says ageing is a 'disease that can and should be cured'",
            "Aubrey de Grey says ageing is a 'disease that can and should be cured'",
        ),
    ],
)
def test_a_headline_closes_every_quotation_it_opens(sentence, headline):
    assert headline_from_text((sentence,)) == headline


def test_a_players_notice_is_no_paragraph_of_the_article():
    # writers_dev 0069 (BBC Sport): the notice became a place, "Media"
    article = _article(
        "Britain's Adam Peaty defended his 50m breaststroke title with another stunning "
        "display.\n\n"
        "Media playback is not supported on this device\n\n"
        "The 20-year-old won in 26.51 seconds in Kazan.\n",
        "wd_peaty.txt",
    )
    paragraphs = segment(article).paragraphs
    assert [p.text[:10] for p in paragraphs] == ["Britain's ", "The 20-yea"]


def test_a_subject_cut_off_before_its_verb_is_no_headline_while_the_next_paragraph_gives_one():
    # writers_dev: the first sentence's verb ("will turn over") comes 20 words in, past what a
    # headline holds, and the small model's parse does not find its subject
    paragraphs = (
        "The daughter of Chicago socialite Sheila Von Wiese-Mack accused of brutally murdering "
        "her mother during a Bali vacation will turn over a 'significant percentage' of her "
        "$1.3million trust fund to care for her newborn daughter.",
        "Vanessa Favia, attorney for 19-year-old Heather Mack, has filed court documents for her "
        "client agreeing to turn over funds for the care of four-month-old Stella.",
    )
    headline = headline_from_text(paragraphs)
    assert headline.startswith("Vanessa Favia has filed court documents")
    # with no other paragraph, the cut subject is still better than no subject at all
    assert headline_from_text(paragraphs[:1]).startswith("The daughter of Chicago socialite")


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # writers_dev: without its clause "the only novel" says another thing, and "was
        # published" says nothing without how long ago
        (
            "Harper Lee's classic was published 50 years ago this summer and it remains the "
            "only novel she ever wrote.",
            ("50 years ago", "the only novel she ever wrote"),
        ),
    ],
)
def test_a_headline_keeps_what_picks_out_its_noun_and_an_anniversary(sentence, kept):
    headline = headline_from_text((sentence,))
    assert all(words in headline for words in kept)


def test_a_long_description_before_the_name_the_subject_is_of_goes_before_the_verb_does():
    # writers_dev: cut at fourteen words, the headline stopped on "has provoked"
    assert (
        headline_from_text(
            (
                "The shooting of African-American, father-of-four Walter Scott by a white cop has "
                "provoked a torrent of anger and grief from celebrities on social media.",
            )
        )
        == "The shooting of Walter Scott has provoked a torrent of anger and grief"
    )


def test_a_headline_is_never_a_teasing_question_where_a_statement_follows():
    # writers_dev: a feature's opening questions ask what the story is; the first paragraph
    # that opens on a statement says something
    paragraphs = (
        "If you had £140,000 to splurge, would you splash out on an Aston Martin DB9 Volante or "
        "maybe even a three-bedroom detached house in Nottingham?",
        "Or, would you rather shell your hard-earned savings on a pink handbag?",
        "That is exactly what retailer Vestiaire Collective is hoping for, as they put a Hermes "
        "bag on sale for a cool £140,000 on their site.",
        "Is this Britain's most expensive handbag? A made-to-measure pink croc Hermes Birkin bag "
        "embellished with rubies has gone on sale for £140,000.",
        "The rare tote is so exclusive that it can't even be brought in store.",
    )
    headline = headline_from_text(paragraphs)
    assert headline.startswith("The rare tote is so exclusive")
    # with only questions to go on, the first is still better than a file name
    assert headline_from_text(paragraphs[:2]).startswith("Would you splash out")
    # what answers a question in its paragraph is no headline: it leans on the question
    assert (
        headline_from_text(
            (
                "Who is to blame? The government, says a report by MPs published today.",
                "The report found that councils wasted millions on consultants.",
            )
        )
        == "The report found that councils wasted millions on consultants"
    )


@pytest.mark.parametrize(
    ("lead", "headline"),
    [
        # writers_dev: the attribution kept its comma, in a headline's present
        (
            'A 6,000-year-old "eco-home" has been discovered close to Stonehenge, '
            "archaeologists have revealed.",
            "A 6,000-year-old eco-home has been discovered, archaeologists reveal",
        ),
        # writers_dev: "wants to put tackling corruption" stopped before what it was put at
        (
            'Prime Minister David Cameron has said he wants to put tackling corruption at the "top '
            'of the international agenda" ahead of a London summit on the issue.',
            'Prime Minister David Cameron has said he wants to put tackling corruption at the "top '
            'of the international agenda"',
        ),
        # writers_dev: "from" without its "to" says another thing; cut, it says it is cut
        (
            "Wayne Rooney believes Manchester United team-mate Marouane Fellaini has gone from Old "
            "Trafford scapegoat to one of the most dangerous forwards in Europe.",
            "Wayne Rooney believes Manchester United team-mate Marouane Fellaini has gone from Old "
            "Trafford scapegoat …",
        ),
        (
            "Unemployment rose from 3% to 5% last year, figures show.",
            "Unemployment rose from 3% to 5%, figures show",
        ),
    ],
)
def test_a_headline_made_from_the_lead_is_a_whole_clause_or_says_it_is_cut(lead, headline):
    assert headline_from_text((lead,)) == headline


def test_a_headline_is_made_from_no_caption_nor_a_wire_tag():
    # writers_dev: "Hong Kong CNN)Six people were hurt ..." and "The Duchess of Cornwall", from
    # the caption "Sweet life: The Duchess of Cornwall."
    assert (
        headline_from_text(
            (
                "Hong Kong (CNN)Six people were hurt after an explosion at a controversial "
                "chemical plant in China's southeastern Fujian province sparked a huge fire, "
                "provincial authorities told state media.",
            )
        )
        == "Six people were hurt, provincial authorities say"
    )
    assert (
        headline_from_text(
            (
                "Sweet life: The Duchess of Cornwall.",
                "The Duchess of Cornwall has launched her own brand of honey.",
            )
        )
        == "The Duchess of Cornwall has launched her own brand of honey"
    )
