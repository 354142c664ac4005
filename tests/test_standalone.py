"""Whether a sentence stands alone in a memo: furniture, first person, connectives, pronouns."""

from pathlib import Path

import pytest

from briefing.language import with_mentions
from briefing.load import parse_text
from briefing.segment import segment
from briefing.summarise.standalone import (
    caption_block,
    drop_connective,
    is_first_person,
    is_furniture,
    is_news,
    looks_back,
    standalone,
)


@pytest.mark.parametrize(
    "text",
    [
        "Follow us on Twitter @BBCNewsEnts, on Instagram, or if you have a story suggestion email"
        " entertainment.news@bbc.co.uk.",
        "Above, a friend of Scott's at a memorial.",
        "Apologies for the delay, see below as requested.",
        # bbc_news (technology): a series' own schedule, brief enough to pass for a next step
        "Part two will follow on Monday.",
        "Catch the prelims from 4pm BST on BBC Two and follow live coverage online.",
        "Sign up for our morning newsletter to get the day's top stories.",
        "Subscribe now for unlimited access to every story.",
        "You can sign up for free e-mail alerts on the site.",
        "Pictured: the new terminal building at Heathrow.",
        # bbc_news (sport): the outlet telling what its piece does
        "BBC Sport examines the challenges facing Radcliffe ahead of the big race.",
        "Image copyright Getty Images Image caption The minister arrives in Brussels.",
        # writers_dev (Daily Mail): captions with a label in capitals, and a pointer at a photo
        "EXCLUSIVE: Hilary Clinton and husband Bill go for a stroll while holding hands in a park.",
        "TUNE-UP: Clinton's presidential campaign prepared to hit the road again on Saturday.",
        "Clinton is seen here on Saturday, walking with her Secret Service agent.",
        "The child with the hood in this photo was born in 1988 and is an adult synesthete.",
        "Mr Afzal said teenagers are 'manipulated' by ISIS (file picture) and that Britain"
        " needs a new approach.",
        "Wigan manager Gary Caldwell looks on nervously as his hopes of survival are dented.",
        "The full op-ed can be read at USA Today.",
        # writers_dev (Daily Mail): a charity's call to action
        "People are being urged to search Men United and do something great with their mates"
        " via prostatecanceruk.org/menunited.",
        "For more information visit www.example.org.uk before 1 May.",
        # writers_dev (Daily Mail): who stands where in the picture, set off by commas
        "Whilst they don't own the exact same bag, Kim Kardashian, left, and Heidi Klum, right,"
        " are both the proud owners of pink Hermes Birkin bags.",
    ],
)
def test_page_furniture_is_never_news(text):
    assert is_furniture(text)
    assert not is_news(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the new visa rules would take effect on 1 June.",
        "Twitter shares fell 8% after the company reported a loss of $270m for the quarter.",
        "The broadcaster will show the final live on BBC One, it said in a statement.",
        '"We will not accept this deal," the union leader told reporters on Monday.',
        "Police said the photographs were taken by a neighbour who saw the fire spread.",
        'Mr Moores said: "Somebody can drive drunk and kill my son."',
        "The minister was seen leaving the building shortly after midnight.",
        "The petition on change.org has been signed by more than a million people.",
        "Voters were urged to check their registration before the deadline on Friday.",
        "Songs can be downloaded on PC or mobile and transferred between the platforms.",
        "The photo was taken in 1988, when the child was three.",
        # a firm named by its domain, and an explainer's "you"
        "Investors were urged to sell their shares in Lastminute.com after the profit warning.",
        "Millions of people visit Google.com every day, the company said.",
        "The service allows you to download songs for 79p each.",
        "If you earn more than £30,000 a year, your tax bill will rise by £200.",
        # a player's position, and a way turned
        "Scott Gibbs, the former Wales and Lions centre, played for St Helens from 1994-96.",
        "The driver turned left, and then right, before the car left the road.",
        # bbc_news: others signing up, which news reports (the first was a memo's lead)
        "BT is offering customers free internet telephone calls if they sign up to broadband in"
        " December.",
        "So far the US has refused to sign up to the Kyoto treaty - which aims to cut emissions.",
    ],
)
def test_news_sentences_are_news(text):
    assert is_news(text)


def test_reviewer_first_person_is_not_news():
    text = (
        "It has a lovely texture, and when I open the jar a delicate smell of flowers greets my"
        " nostrils."
    )
    assert is_first_person(text)
    assert not is_news(text)


def test_first_person_inside_a_quotation_is_reported_speech():
    assert not is_first_person('"I have no regrets," Mr Smith said after the verdict.')
    assert not is_first_person('"You never know," the coach told reporters.')


def test_the_writer_speaking_to_the_reader_is_not_news():
    # writers_dev (Daily Mail): a profile's colour
    text = (
        "A penchant for beer, fried food and an aversion to exercise could fool you into "
        "believing the lanky ex-public schoolboy cares little about ageing."
    )
    assert is_first_person(text)
    assert not is_news(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "But now it's his former companion who is suing.",
            "Now it's his former companion who is suing.",
        ),
        (
            "However some, including the UN, want a ceasefire.",
            "Some, including the UN, want a ceasefire.",
        ),
        ("And the bank cut rates again.", "The bank cut rates again."),
        ("Meanwhile, oil prices rose 3%.", "Oil prices rose 3%."),
        # Not connectives: "So far" and "Still" images are the sentence's own words.
        ("So far 12 people have been arrested.", "So far 12 people have been arrested."),
        (
            "Instead of battling everywhere, the party targets 60 seats.",
            "Instead of battling everywhere, the party targets 60 seats.",
        ),
        ("In addition to the cuts, taxes will rise.", "In addition to the cuts, taxes will rise."),
        ("Instead, the party targets 60 seats.", "The party targets 60 seats."),
        # bbc_news (sport): no comma after it
        (
            'Instead the RFU said in a statement they would, "set out any concerns".',
            'The RFU said in a statement they would, "set out any concerns".',
        ),
        # bbc_news: an enumeration of the writer's points
        (
            "Firstly, nobody is attempting to suggest the stories of the rift are fictions.",
            "Nobody is attempting to suggest the stories of the rift are fictions.",
        ),
        ("Secondly it has also underlined the view.", "It has underlined the view."),
        ("The vote passed.", "The vote passed."),
        # bbc_news: without its comma, before a pronoun
        (
            "As a result he misses the Cherry and White's quarter-final at home to Bristol.",
            "He misses the Cherry and White's quarter-final at home to Bristol.",
        ),
        (
            "Now he fears it could derail the club's hopes.",
            "He fears it could derail the club's hopes.",
        ),
        ("Now is the time to act.", "Now is the time to act."),
        ("Then the board met again.", "Then the board met again."),
        # bbc_news: a list's marker left at the start of a line
        (
            "- Britain's Paula Radcliffe will defend her title in St Galmier.",
            "Britain's Paula Radcliffe will defend her title in St Galmier.",
        ),
        ("-5C was the coldest night of the year.", "-5C was the coldest night of the year."),
        # bbc_news: an opinion feature's first point
        (
            "To begin with, 2005 will be the year that 3G mobile phones become inescapable.",
            "2005 will be the year that 3G mobile phones become inescapable.",
        ),
        ("To begin with a fee of £10 was charged.", "To begin with a fee of £10 was charged."),
        # writers_dev 0084: a speaker's "Well," is no part of the point; "Well-known" is
        (
            "Well, some twenty four hours later, Wembley was certainly delighted to host them.",
            "Some twenty four hours later, Wembley was certainly delighted to host them.",
        ),
        ("Well-known chef Rick Stein opened it.", "Well-known chef Rick Stein opened it."),
        # bbc_news (politics): "earlier" than what the sentence before told
        (
            "Earlier Foreign Secretary Jack Straw said the UK was prepared to veto any bid.",
            "Foreign Secretary Jack Straw said the UK was prepared to veto any bid.",
        ),
        (
            "Elsewhere, Nestle said it had enjoyed an exceptional year in North America.",
            "Nestle said it had enjoyed an exceptional year in North America.",
        ),
        ("Later he said he was sorry.", "He said he was sorry."),
        # a time of its own, or a name: kept
        (
            "Earlier this month, Mr Glazer met the board.",
            "Earlier this month, Mr Glazer met the board.",
        ),
        (
            "Earlier Monday Police Chief Bob Smith said no.",
            "Earlier Monday Police Chief Bob Smith said no.",
        ),
        ("Later Years is a film by Sam Smith.", "Later Years is a film by Sam Smith."),
    ],
)
def test_leading_connectives_are_dropped(text, expected):
    assert drop_connective(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bbc_news: "also" after the auxiliary points back to the sentence before
        (
            "The damming of the Upper Yangtze has also begun to attract criticism from "
            "environmentalists in China.",
            "The damming of the Upper Yangtze has begun to attract criticism from "
            "environmentalists in China.",
        ),
        (
            "There will also be a further £19.2m in either cash or stocks by the end of the "
            "financial year in June.",
            "There will be a further £19.2m in either cash or stocks by the end of the "
            "financial year in June.",
        ),
        # a speaker's words are theirs
        (
            'Mr Brown said: "We will also fight for jobs."',
            'Mr Brown said: "We will also fight for jobs."',
        ),
    ],
)
def test_also_after_an_auxiliary_is_dropped_outside_quotations(text, expected):
    assert drop_connective(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bbc_news: a connective between commas after the subject points back to the sentence
        # before, as an opening "However" does
        (
            "Sir Paul, however, did nothing more racy than remove his jacket as he sang.",
            "Sir Paul did nothing more racy than remove his jacket as he sang.",
        ),
        (
            "Market leader Nintendo, however, is releasing a handheld console.",
            "Market leader Nintendo is releasing a handheld console.",
        ),
        (
            "Bath director of rugby Jack Rowell, though, believes Williams fits the bill.",
            "Bath director of rugby Jack Rowell believes Williams fits the bill.",
        ),
        (
            "Last week, however, Mr Glazer issued a statement to the Stock Exchange.",
            "Last week Mr Glazer issued a statement to the Stock Exchange.",
        ),
        # where the commas do other work, they stay: a participle, a word that adds to the
        # clause, a long opening phrase, a speaker's words
        (
            "Swiss star Federer was not about to lose his cool, though, turning on the style.",
            "Swiss star Federer was not about to lose his cool, though, turning on the style.",
        ),
        (
            "There may be concerns other than cash, however, especially as MCI only emerged.",
            "There may be concerns other than cash, however, especially as MCI only emerged.",
        ),
        (
            "Taken in the context of a full work week, though, Clinton's rate drops.",
            "Taken in the context of a full work week, though, Clinton's rate drops.",
        ),
        ('"We, however, will fight on," he said.', '"We, however, will fight on," he said.'),
    ],
)
def test_a_connective_after_the_subject_is_dropped(text, expected):
    assert drop_connective(text) == expected


ARTICLE = """Ruto named running mate in Kenya poll

Kenyan presidential candidate Raila Odinga has named William Ruto as his running mate for the December election.

He said the choice would unite the country's regions. His rival, President Mwai Kibaki, has yet to respond.

They are due to meet at a televised debate next month.

Mrs Ngilu, the health minister, backed the pair on Tuesday. She said the ticket would win.
"""


def _read(text):
    """The article as `briefing make` hands it to the engine: segmented, entities read."""
    return with_mentions(segment(parse_text(text, path=Path("kenya.txt"), sha256="0" * 64)))


@pytest.fixture(scope="module")
def document():
    return _read(ARTICLE)


def _sentence(document, start):
    return next(s for s in document.sentences if s.text.startswith(start))


def _point(text, start):
    """The article's sentence that opens on `start`, as a point gives it (None: not used)."""
    document = _read(text)
    return standalone(_sentence(document, start), document)


def _left_as_it_is(text, start):
    """Whether the article's sentence that opens on `start` stands as it is in a point."""
    document = _read(text)
    sentence = _sentence(document, start)
    return standalone(sentence, document) == sentence.text


def _quoted(document):
    """The sentences `inside_quotation` marks as speech whose speaker is outside them."""
    from briefing.summarise.standalone import inside_quotation

    return [
        s.text for s, q in zip(document.sentences, inside_quotation(document), strict=True) if q
    ]


def test_an_opening_pronoun_names_the_person_in_brackets():
    document = _read(
        "Kenya poll\n\nOpposition leader Raila Odinga has promised free schooling for all.\n\n"
        "He said the plan would cost $200m a year.\n"
    )
    assert standalone(_sentence(document, "He said"), document) == (
        "[Raila Odinga] said the plan would cost $200m a year."
    )


def test_a_pronoun_after_two_people_is_not_guessed(document):
    # "Odinga has named Ruto as his running mate. He said ...": Odinga, most likely, but a
    # sentence naming a speaker and a subject is a trap ("Prosecutor X said Y ... He also ...").
    assert standalone(_sentence(document, "He said"), document) is None


def test_a_possessive_pronoun_becomes_the_person_possessive():
    document = _read(
        "Kenya poll\n\nRaila Odinga has named his running mate for the December election.\n\n"
        "His rival has yet to respond.\n"
    )
    assert standalone(_sentence(document, "His rival"), document) == (
        "[Raila Odinga’s] rival has yet to respond."
    )


def test_she_skips_a_man_named_more_recently(document):
    assert standalone(_sentence(document, "She said"), document) == (
        "[Mrs Ngilu] said the ticket would win."
    )


def test_an_opening_that_cannot_be_named_makes_the_sentence_unusable(document):
    assert standalone(_sentence(document, "They are due"), document) is None


@pytest.mark.parametrize(
    "text",
    [
        "It is understood that the two leaders will meet in Geneva next month.",
        "It remains unclear whether the bank will raise rates again this year.",
        "It emerged that the minister had been warned about the risks in March.",
    ],
)
def test_an_empty_it_announcing_a_clause_stands_alone(document, text):
    assert standalone(document.sentences[0], document, text) == text


def test_those_who_are_said_in_the_sentence_itself_stand_alone(document):
    # bbc_news: a relative clause says which ones; no earlier sentence is needed
    text = "For those who became broadbanders in 2004 there was no turning back."
    assert standalone(document.sentences[0], document, text) == text


def test_a_pronoun_with_nobody_named_before_it_is_unusable():
    document = _read(
        "Storm warning\n\nHe warned that the storm would reach the coast by Friday night.\n"
    )
    assert standalone(document.sentences[0], document) is None


@pytest.mark.parametrize(
    "text",
    [
        "To combat this many ringtone makers now sell their tunes directly.",
        "Despite this, the company expects profits to rise.",
        "It is the first time the court has ruled on the issue.",
        "This has angered opposition parties.",
        "The other is airports, a source of controversy after the army closed the new airport.",
        "The latter has refused to comment on the deal.",
        # bbc_news (sport): the third of the missed tests the sentence before told of
        "The third was alleged to have been on the eve of the opening ceremony.",
        "One of them said the company had known about the fault for years.",
        # writers_dev: "then" and "that" are what the sentences before told
        "Since then, efforts have been continuing to rescue it from closure.",
        # bbc_news: the writer's closing line, after a spokesman's call
        "Until then, multimedia will be a message that is not getting through.",
        "At least that's the conclusion of a study on synaesthesia.",
        "None of this seems to have affected his standing among the party faithful.",
        "Some of them were later released without charge.",
        # bbc_news: "them" is the musicians a survey asked, two sentences back
        "Almost all of them used the net for ideas and inspiration.",
        "More than 80% of them offered free samples online.",
        # bbc_news: without its "Also" the inverted sentence is no sentence
        "Also being released is a software utility that will help users find and remove spyware.",
        # bbc_news: a place in a list the sentences before gave
        "Topping the list was a controversial dam on the scenic upper Yangtze River.",
        "Rounding out the top five was animated fable The Polar Express, starring Tom Hanks.",
        # writers_dev and bbc_news: "that" before a noun is what the sentences before told
        'At that point Burns quipped: "I\'d be one of them."',
        "From that point, the one-million lira note will become the new one-lira coin.",
        "Since that inquiry was launched in October, Marsh has replaced its chief executive.",
    ],
)
def test_openings_that_point_outside_the_sentence_are_unusable(document, text):
    sentence = document.sentences[0]
    assert standalone(sentence, document, text) is None


def test_a_surname_two_people_share_is_not_guessed():
    # The prosecutor speaks, the accused acts: "He also made ..." is the accused, and the
    # sentence before names only "Buksh", a surname husband and wife share.
    document = _read(
        "Man admits killing wife\n\n"
        "Asghar Buksh, 55, struck his wife Nasreen Buksh over the head at their home.\n\n"
        "Prosecutor Gordon Lamont said the problems began after Mrs Buksh went abroad.\n\n"
        "The court heard that two days before the killing, Buksh went to a police office.\n\n"
        "He also made an emergency doctor's appointment and said he was suffering from stress.\n"
    )
    assert standalone(_sentence(document, "He also made"), document) is None


def test_a_title_on_a_shared_surname_says_nothing_of_the_full_name():
    # "Mrs Buksh" is the wife; the man is named in full, and "Buksh" alone in the sentence
    # before the pronoun is him: the model read no full name for her.
    document = _read(
        "Man admits killing wife\n\n"
        "Asghar Buksh, 55, has admitted killing his wife at their home in Glasgow.\n\n"
        "Prosecutor Gordon Lamont said the problems began after Mrs Buksh went abroad.\n\n"
        "The court heard that two days before the killing, Buksh went to a police office.\n\n"
        "He also made an emergency doctor's appointment and said he was suffering from stress.\n"
    )
    assert standalone(_sentence(document, "He also made"), document) == (
        "[Asghar Buksh] also made an emergency doctor's appointment and said he was suffering"
        " from stress."
    )


def test_a_pronoun_subject_behind_an_opening_phrase_without_its_comma_is_named():
    # writers_dev 0068, shortened: the phrase before "he" has no comma, or an aside of its own
    document = _read(
        "Student jailed for hacking\n\nStudent Imran Uddin, 25, who was studying science, bought "
        "keyboard spying equipment on the internet.\n\nThrough the software, which recorded "
        "key strokes, he was able to find out the passwords that staff were typing in.\n\n"
        "At the time of the hacking he was expected to achieve a 2:2 degree.\n\n"
        "Two days later it emerged that the marks had been changed.\n\n"
        "In the end they were caught by an employee.\n"
    )
    assert standalone(_sentence(document, "Through the software"), document) == (
        "Through the software, which recorded key strokes, [Imran Uddin] was able to find out "
        "the passwords that staff were typing in."
    )
    assert standalone(_sentence(document, "At the time"), document) == (
        "At the time of the hacking [Imran Uddin] was expected to achieve a 2:2 degree."
    )
    # an empty "it" stands for the clause after it; "they" names no one it could be
    later = _sentence(document, "Two days later")
    assert standalone(later, document) == later.text
    assert standalone(_sentence(document, "In the end"), document) is None


def test_a_pronoun_after_an_opening_phrase_is_named_or_the_sentence_is_not_used():
    # bbc_news 0279 and writers_dev 0089, shortened: the subject pronoun comes after "Last
    # week," or "Earlier this month," and points outside the sentence as an opening one does.
    document = _read(
        "Dam firm defies Beijing\n\nChina Three Gorges Project Corporation has refused to halt "
        "work on two power plants.\n\nLast week, it denied that its projects violated "
        "regulations.\n\nRetail tycoon Greg Tufnell is leading a bid for the chain.\n\n"
        "Earlier this month, he registered a new firm, Richess Group.\n\n"
        "In a statement, one official said the order would be obeyed.\n"
    )
    assert standalone(_sentence(document, "Last week"), document) is None
    assert standalone(_sentence(document, "Earlier this month"), document) == (
        "Earlier this month, [Greg Tufnell] registered a new firm, Richess Group."
    )
    # a determiner after the phrase is no pronoun
    assert standalone(_sentence(document, "In a statement"), document) == (
        "In a statement, one official said the order would be obeyed."
    )


def test_a_pronoun_is_not_given_a_name_the_article_never_gives_a_person():
    # writers_dev 0089, shortened: "Burton" (a retailer the model tags as a person) is never a
    # full name nor titled; "He then ..." continues the person named before it.
    document = _read(
        "BHS bids\n\nIn the public eye, Greg Tufnell is overshadowed by his brother.\n\n"
        "He then spent three years as managing director of menswear retailer Burton.\n\n"
        "Earlier this month, he registered a new firm, Richess Group, at Companies House.\n"
    )
    named = standalone(_sentence(document, "Earlier this month"), document)
    assert named == (
        "Earlier this month, [Greg Tufnell] registered a new firm, Richess Group, at Companies "
        "House."
    )


@pytest.mark.parametrize(
    "text",
    [
        # bbc_news: the lead of a story about the Golden Globes, once lost because "US" was
        # read as the pronoun "us".
        "US actor Jamie Foxx has been given two nominations for Golden Globe awards, with Meryl "
        "Streep, Morgan Freeman and Cate Blanchett also up for prizes.",
        "Last year, US exports to China rose by a fifth.",
        "IT spending by the health service will double by 2030.",
        # bbc_news: leads once lost to a pointer rule: "it" after the subject and its verb, and
        # "former" as a title
        "Indonesia's government has confirmed it is considering raising fuel prices by as much "
        "as 30%.",
        "The former chief financial officer at US telecoms firm WorldCom has admitted before a "
        "New York court that he used fraudulent accounting.",
        # bbc_news: a number, not the pronoun "one"
        "One in 10 adult Americans - equivalent to 22 million people - owns an MP3 player, "
        "according to a survey.",
    ],
)
def test_a_lead_that_names_its_subject_stands_alone(document, text):
    assert standalone(document.sentences[0], document, text) == text


MARSH = """US insurer Marsh cuts 2,500 jobs

Up to 2,500 jobs are to go at US insurance broker Marsh & McLennan in a shake up following bigger-than-expected losses.

The insurer said the cuts were part of a cost-cutting drive, aimed at saving millions of dollars.
"""

# The firm is the dam builder the lead names, not the newspaper named just before it.
DAM = """Chinese dam firm 'defies Beijing'

The China Three Gorges Project Corp is refusing to obey a government order to stop construction of one of its giant dams, the Chinese state press has said.

The builder of the Three Gorges Dam is continuing work on the sister Xiluodu dam, said the Beijing News. The Beijing News said the company may instead choose to pay a fine. The firm has also ignored orders to stop construction at two of its other projects.
"""


def test_the_firm_is_named_when_the_lead_names_it_just_before():
    document = _read(MARSH)
    sentence = _sentence(document, "The insurer said")
    assert standalone(sentence, document) == (
        "[Marsh & McLennan] said the cuts were part of a cost-cutting drive, aimed at saving "
        "millions of dollars."
    )


# bbc_news (entertainment): "The charity" opens the sentence but the record is its subject
CHARITY_RECORD = """Band Aid 20 single storms to No 1

The new version of the Band Aid song Do They Know It's Christmas? has gone straight in at number one in the UK singles chart.

The charity record is also tipped to be this year's Christmas number one. It features vocals from the likes of Chris Martin, Dido, Robbie Williams and the Sugababes.
"""


def test_a_body_noun_that_only_describes_the_subject_is_not_named():
    document = _read(CHARITY_RECORD)
    sentence = _sentence(document, "The charity record")
    assert standalone(sentence, document).startswith("The charity record is tipped")


def test_the_firm_is_left_as_it_is_when_another_organisation_was_named_just_before():
    document = _read(DAM)
    sentence = _sentence(document, "The firm has also")
    # (unbracketed; its "also", pointing back, goes: test_also_after_an_auxiliary_is_dropped_...)
    assert standalone(sentence, document) == sentence.text.replace("has also", "has")


# bbc_news: "the organisation" is the body named just before, though the story is the chancellor's
FUEL = """Petrol duties frozen, Brown says

Chancellor Gordon Brown has announced a freeze on fuel duty in his pre-budget speech to the Commons on Thursday.

The RAC welcomed the news, calling it an "early Christmas present" for motorists. But the organisation urged drivers to continue to shop around to get the best price for petrol.
"""

# bbc_news: ... and by its full name where the article spelled out its initials
KENYA_RUNNER = """Kenya lift Chepkemei's suspension

Kenya's athletics body has reversed a ban on marathon runner Susan Chepkemei after she made an official apology.

Athletics Kenya (AK) had suspended the two-time London Marathon runner-up for failing to turn up to a cross-country team training camp in Embu. "We have withdrawn the ban," said AK chief Isaiah Kiplagat.

"I am satisfied that the whole saga has been brought to an end," Chepkemei said. AK had insisted it was making an example of Chepkemei by banning her from competition until the end of 2005. But the organisation came under intense international and domestic pressure to reverse its decision.
"""


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        (
            FUEL,
            "But the organisation urged",
            "[RAC] urged drivers to continue to shop around to get the best price for petrol.",
        ),
        (
            KENYA_RUNNER,
            "But the organisation came",
            "[Athletics Kenya] came under intense international and domestic pressure to "
            "reverse its decision.",
        ),
    ],
)
def test_the_organisation_is_the_body_named_just_before(text, start, expected):
    assert _point(text, start) == expected


# bbc_news: "she" is the minister, not the movement named at the end of the sentence before.
KELLY = """Kelly trails new discipline power

Teachers could get more powers to remove unruly pupils from classes under a "zero tolerance" drive, Education Secretary Ruth Kelly has suggested.

Ms Kelly told the BBC progress had been made against severely disruptive children but parents were still worried about lower level problems. The minister also confirmed she received "spiritual support" from the Catholic movement Opus Dei. But she denied her faith meant she would refuse key government jobs.
"""


def test_a_pronoun_is_not_given_a_name_that_stood_in_a_prepositional_phrase():
    document = _read(KELLY)
    assert standalone(_sentence(document, "But she denied"), document) is None


def test_a_pronoun_is_not_given_a_name_that_only_modifies_a_noun():
    """ "her Onyx Hotel tour": the name is the tour's, and "she" is the star the sentence
    describes without naming."""
    document = _read(
        "Singer sues insurers\n\nSinger Mara Lind is suing four insurers that refused to pay "
        "for her cancelled tour.\n\nThe pop star cancelled her Onyx Hotel tour last June after "
        "a knee injury. She is now seeking £5m in costs in a claim filed in New York.\n"
    )
    assert standalone(_sentence(document, "She is now seeking"), document) is None


def test_a_pronoun_is_given_the_name_of_the_person_acted_on():
    document = _read(
        "Arrest in Nairobi\n\nPolice in Nairobi arrested Mr Samuel Kamau on Tuesday.\n\n"
        "He was charged with fraud and will appear in court next week.\n"
    )
    assert standalone(_sentence(document, "He was charged"), document) == (
        "[Samuel Kamau] was charged with fraud and will appear in court next week."
    )


# writers_dev (Daily Mail): a quotation in single quotes, open across sentences.
ROONEY = """Rooney on Fellaini

Fellaini was one of the stars of United's Manchester derby demolition of neighbours City on Sunday.

Now Rooney has revealed his admiration for the former Everton forward, saying: 'He is getting used in the right way. He is a handful for defenders to mark.

'It was hard for him. Thankfully the manager has shown faith in him.' Rooney added that the players were happy.
"""


def test_speech_inside_a_quotation_opened_before_it_is_marked():
    document = _read(ROONEY)
    quoted = _quoted(document)
    assert quoted == ["He is a handful for defenders to mark."]


def test_a_quotation_that_opens_again_without_closing_stays_open():
    """A speaker's words run on from one paragraph into the next, the next opening with a
    quote mark of its own and the first left unclosed; the paragraphs joined into one."""
    document = _read(
        "Club keeps its captain\n\n"
        '"Of course he is ambitious, but so are we," the chairman added. "We believe he will '
        'stay. "We have an open relationship. If he were less committed to the club he would '
        'have gone by now." The captain had said he would think about leaving.\n'
    )
    quoted = _quoted(document)
    # (the next paragraph of the quotation is a sentence of its own, its marks paired)
    assert quoted == [
        '"We have an open relationship. If he were less committed to the club he would have '
        'gone by now."'
    ]


def test_no_key_point_is_speech_without_its_speaker():
    from briefing.config import Settings
    from briefing.summarise import create_engine

    document = _read(ROONEY)
    summary = create_engine(Settings()).summarise([document], 5)[0]
    texts = [d.text for d in (*summary.points, *summary.background)]
    assert texts and not any("handful" in t or "shown faith" in t for t in texts)


# bbc_news: the Cardinal, whom the model does not read as a person, is the one who speaks.
CARDINAL = """Abortion not a poll issue - Blair

Tony Blair has said he does not want abortion to become an election issue.

Mr Blair's spokesman said the Catholic church had a well-known position on this issue. His words came as Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster, backed Mr Howard's stance and distanced himself from Labour. In a statement, he said abortion was a "very key issue".
"""


def test_a_pronoun_after_a_name_the_model_missed_is_not_guessed():
    document = _read(CARDINAL)
    assert standalone(_sentence(document, "In a statement"), document) is None


# bbc_news: "the firm" is the operator the model read as a person, not the parent it read as a firm
SUEZ = """Water firm Suez in Argentina row

A conflict between the Argentine State and water firm Aguas Argentinas, controlled by France's Suez, is casting doubt on the firm's future.

The firm, which serves the province of Buenos Aires, wants a tariff rise of 60% to fund water-supply improvements.
"""


def test_the_firm_is_not_named_when_the_sentence_before_names_two_bodies():
    document = _read(SUEZ)
    sentence = _sentence(document, "The firm, which serves")
    assert standalone(sentence, document) == sentence.text


@pytest.mark.parametrize(
    ("text", "opening", "named"),
    [
        (
            "Labour pledge on care\n\nThe Labour Party has promised free personal care for the "
            "elderly in England if it wins the general election.\n\n"
            "The party said the policy would cost about £1bn a year.\n",
            "The party said",
            "[Labour Party] said the policy would cost about £1bn a year.",
        ),
        (
            "Tax rise warning\n\nThe Institute for Fiscal Studies has warned that taxes will have "
            "to rise after the election.\n\nThe institute's director said the gap was £10bn.\n",
            "The institute's director",
            "[Institute for Fiscal Studies’] director said the gap was £10bn.",
        ),
        # bbc_news: a body whose name says what it is, named in the sentence before, though
        # not by the lead
        (
            "Final hunts held as ban looms\n\nHunts in England and Wales have begun on the last "
            "day that hunting with dogs is legal.\n\nAt the Court of Appeal on Wednesday, the "
            "Countryside Alliance failed in its attempt to have the Hunting Act ruled invalid."
            "\n\nThe alliance says hunt supporters will go out and test this law to its limits "
            "on Saturday.\n",
            "The alliance says",
            "[Countryside Alliance] says hunt supporters will go out and test this law to its "
            "limits on Saturday.",
        ),
    ],
)
def test_a_body_named_by_what_it_is_gets_its_name(text, opening, named):
    document = _read(text)
    assert standalone(_sentence(document, opening), document) == named


def test_sentences_after_a_speaker_label_are_that_speakers():
    document = _read(
        "Test ends in a draw\n\nEngland had to settle for a draw on the fifth day of the first "
        "Test against Pakistan.\n\nRichard Oelmann: Umpires had no choice with current rules. "
        "England would have done the same as Pakistan if positions reversed.\n\nSacked: The "
        "coach was dismissed on Monday. The club thanked him.\n"
    )
    quoted = _quoted(document)
    assert quoted == ["England would have done the same as Pakistan if positions reversed."]


def test_a_pronoun_in_an_opening_clause_is_named():
    document = _read(
        "Tory tax cuts\n\nMichael Howard has finally revealed the full scale of his planned Tory "
        "tax cuts.\n\nShould he win the next general election, he has earmarked £4 billion that "
        "will be used to reduce taxes.\n"
    )
    assert standalone(_sentence(document, "Should he win"), document) == (
        "Should [Michael Howard] win the next general election, he has earmarked £4 billion "
        "that will be used to reduce taxes."
    )


# bbc_news: who "they" are is in the sentence before
RIVALRY = """Could rivalry overshadow election?

Tony Blair and Gordon Brown are desperately trying to stuff the genie of their rivalry back into the bottle.

Along with any number of senior cabinet colleagues, they are insisting their only job is to win the next election. Despite their differences, the two men agreed on the manifesto. For example, the weekend's attempts by both men to play down the divisions failed.
"""


def test_a_plural_pronoun_after_a_longer_opening_is_not_guessed():
    document = _read(RIVALRY)
    assert standalone(_sentence(document, "Along with any number"), document) is None
    assert standalone(_sentence(document, "For example"), document) == (
        "The weekend's attempts by both men to play down the divisions failed."
    )


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # a plural pronoun inside an opening, before a named subject
        (RIVALRY, "Despite their differences"),
        # a pronoun in an opening points ahead to the named subject, not back
        (
            "Blair in Ethiopia\n\nGordon Brown has warned against complacency on aid.\n\n"
            "When he arrived in Addis Ababa, Tony Blair was greeted by the prime minister.\n",
            "When he arrived",
        ),
        # "The council" is only a body named as a council, not the hospital before it
        (
            "Hospital closure\n\nThe Royal Free Hospital is to close its maternity unit in "
            "March.\n\nThe council said it would oppose the closure.\n",
            "The council said",
        ),
        # ... and "The league" only a body named as a league, not the club before it
        (
            "Cup run ends\n\nLeague officials met on Monday.\n\nArsenal were fined £100,000 "
            "for the brawl.\n\nThe league said it would appeal.\n",
            "The league said",
        ),
        # bbc_news: a name right after the age, which the model did not take for a person's
        (
            "Japan's ageing workforce: built to last?\n\n"
            "Japan's population is ageing fast.\n\n"
            "The 101-year-old Torao Toshitsune has eaten raw fish pretty much every day "
            "throughout his life. Mr Toshitsune is one of Japan's 23,000 centenarians.\n",
            "The 101-year-old",
        ),
        # writers_dev: a clause beside the age that names the person
        (
            "Paris church attack foiled\n\n"
            "A heavily armed Algerian jihadi is in custody after being arrested in Paris.\n\n"
            "The 24-year-old, named locally as Sid Ahmed Ghlam, had shot himself in the leg "
            "before his arrest by anti-terrorist officers on Sunday.\n",
            "The 24-year-old",
        ),
        # bbc_news: the same, for a trade
        (
            "Vibe awards back despite violence\n\n"
            "The Vibe awards return after last year's brawl.\n\n"
            "The rapper, whose real name is David Darnell Brown, is due in court on 20 December "
            "after being arrested on one charge of attempted murder.\n",
            "The rapper",
        ),
    ],
)
def test_an_opening_with_nothing_to_name_is_left_as_it_stands(text, opening):
    document = _read(text)
    sentence = _sentence(document, opening)
    assert standalone(sentence, document) == sentence.text


def test_a_label_that_names_no_person_is_no_speaker():
    document = _read(
        "Weekend results\n\nChelsea beat Arsenal on Sunday.\n\nPremier League: Chelsea beat "
        "Arsenal 2-1. Jose Mourinho was pleased with the result.\n"
    )
    assert _quoted(document) == []


# bbc_news: the Archbishop is described, not named; the Lib Dems are a party the model may read
# as a person. "He said ..." is the Archbishop's, and no name in brackets may say otherwise.
ARCHBISHOP = """Economy focus for election battle

Meanwhile the Tories outlined their plans to tackle "yob culture" and the Lib Dems gave more details about their proposals to replace council tax. Earlier the Archbishop of Canterbury wrote to all three parties urging them not to fight the election by exploiting people's fears.

In an open letter, he called on them not to turn the election into a competition about who can most effectively frighten voters about terrorism, asylum, and crime. He said they should concentrate instead on issues such as the environment and the arms trade.
"""


def test_a_pronoun_after_an_office_the_sentence_does_not_name_is_not_guessed():
    document = _read(ARCHBISHOP)
    assert standalone(_sentence(document, "He said they should"), document) is None


# writers_dev: a caption's label, then "He told Matt Lauer ...": the "he" after it is still the
# doctor the story is about, not the man he spoke to.
INTERVIEW = """Dr Oz defends show

"What happens when a doctor's job in media-medicine collides with office- or hospital-based medicine? Dr. Mehmet Oz is a case in-point," the staff members wrote.

Defense: On Friday, Dr Mehmet Oz appeared on the Today show and said his show would survive the criticism.

Vehement: He told Matt Lauer that his show was more about living 'the good life' than medical information.

And talking about the letter from the 10 doctors last week, he said that those critics have agendas.
"""


def test_a_pronoun_is_not_given_the_name_of_whom_the_person_before_spoke_to():
    document = _read(INTERVIEW)
    named = standalone(_sentence(document, "And talking about"), document)
    assert named is not None and "Matt Lauer" not in named
    assert named.startswith("Talking about the letter from the 10 doctors last week, [Mehmet Oz]")


# writers_dev (Daily Mail): "The prosecutor", a description the article gives Mr Afzal.
PROSECUTOR = """Teenagers see ISIS as pop idols

Prosecutor Nafir Afzal said hundreds of British teenagers see ISIS as 'pop idols'.

Mr Afzal added that a community-led approach to dealing with teenagers who have been corrupted by terrorists would be more successful than the 'stale' strategy used by the police and security services.

The prosecutor warned that unless the next government recruited young Muslim role models, the country could face 'another 7/7' terror attack.
"""

# writers_dev (BBC): "The former French president" is not the man the sentence before names.
SARKOZY = """Obama on Libya

Mr Obama said David Cameron became "distracted by a range of other things".

The former French president, he said, "wanted to trumpet the flights he was taking in the air campaign".
"""

# bbc_news: "The top seed" is Hewitt, but nothing in the article says so; the model may miss
# the other player named before it.
TOP_SEED = """Hewitt falls to Dent in Adelaide

Lleyton Hewitt suffered a shock defeat to Taylor Dent in the quarter-finals of the Australian Hardcourt Championships in Adelaide on Friday.

The top seed was a strong favourite for the title but went down 7-6 (7-4) 6-3 to the American.
"""


def test_a_description_the_article_gives_the_person_is_named_in_brackets():
    document = _read(PROSECUTOR)
    assert standalone(_sentence(document, "The prosecutor warned"), document) == (
        "The prosecutor [Nafir Afzal] warned that unless the next government recruited young "
        "Muslim role models, the country could face 'another 7/7' terror attack."
    )


def test_a_players_description_that_names_no_one_sure_is_not_used():
    """A wrong name in brackets would mislead; "The top seed" alone, lifted into a brief, says
    who acted no more than "He" does (two readers marked such points severe)."""
    document = _read(TOP_SEED.replace("Hewitt falls to Dent in Adelaide", "Shock in Adelaide"))
    assert standalone(_sentence(document, "The top seed"), document) is None


def test_an_office_that_names_no_one_sure_is_left_as_it_is():
    """An office says who acted ("The prosecutor"), where the article's people leave unsure
    which of them holds it."""
    document = _read(
        "Trial opens in Boston\n\n"
        "Dzhokhar Tsarnaev went on trial on Monday.\n\n"
        "The prosecutor told the jury the evidence was overwhelming.\n"
    )
    sentence = _sentence(document, "The prosecutor")
    assert standalone(sentence, document) == sentence.text


def test_a_description_of_the_person_the_headline_opens_on_is_named():
    # bbc_news: the story's subject, named last in the sentence before
    document = _read(TOP_SEED)
    assert standalone(_sentence(document, "The top seed"), document) == (
        "The top seed [Lleyton Hewitt] was a strong favourite for the title but went down 7-6 "
        "(7-4) 6-3 to the American."
    )
    # bbc_news 1474: a clause after the description names another body, not the person
    cole = _read(
        "Cole faces lengthy injury lay-off\n\nAston Villa's Carlton Cole could be out for six "
        "weeks with a knee injury.\n\nThe striker, who is on a season-long loan from Chelsea, "
        "picked up the knock in an England Under-21 match against Holland earlier this month.\n"
    )
    assert standalone(_sentence(cole, "The striker"), cole).startswith(
        "The striker [Carlton Cole], who is on a season-long loan"
    )


def test_a_countrys_description_of_the_headlines_person_is_named():
    # bbc_news: a country's in the possessive opens the description as "The" does
    document = _read(
        "Collins banned in landmark case\n\nSprinter Michelle Collins has received an "
        "eight-year ban for doping offences after a hearing at the North American Court of "
        "Arbitration for Sport (CAS).\n\nAmerica's former world indoor 200m champion is the "
        "first athlete to be suspended without a positive drugs test or an admission of drugs "
        "use. Collins' ban is a result of her connection to the federal inquiry into the Balco "
        "doping scandal.\n"
    )
    assert standalone(_sentence(document, "America's former"), document) == (
        "America's former world indoor 200m champion [Michelle Collins] is the first athlete to "
        "be suspended without a positive drugs test or an admission of drugs use."
    )


def test_an_age_or_a_ranking_names_the_person_the_headline_opens_on():
    # bbc_news 1333: the nearest person named before is the official quoted, not the runner;
    # the small model reads "finished" as an adjective and finds no subject
    ban = _read(
        "Chepkemei hit by big ban\n\nKenya's athletics body has suspended two-time London "
        "Marathon runner-up Susan Chepkemei from all competition until the end of the year.\n\n"
        '"We have banned her from all local and international competitions," said AK chief '
        "Isaiah Kiplagat. The 29-year-old finished second to Paula Radcliffe in the 2002 and 2003 "
        "London races.\n"
    )
    assert standalone(_sentence(ban, "The 29-year-old"), ban) == (
        "The 29-year-old [Susan Chepkemei] finished second to Paula Radcliffe in the 2002 and "
        "2003 London races."
    )
    # bbc_news 1766: "world number one" describes a player
    comeback = _read(
        "Hingis hints at playing comeback\n\nMartina Hingis has admitted that she might consider "
        "a competitive return to tennis.\n\nThe former world number one will play at the Volvo "
        "Women's Open in Pattaya.\n"
    )
    assert standalone(_sentence(comeback, "The former world"), comeback) == (
        "The former world number one [Martina Hingis] will play at the Volvo Women's Open in "
        "Pattaya."
    )


def test_the_one_person_a_headline_names_anywhere_is_whom_an_age_describes():
    # bbc_news 0783: the headline names her third; an age before her trade, and a name of a
    # show in the clause after it
    presenter = _read(
        "TV presenter Deeley drops CD:UK\n\nCat Deeley is to quit as presenter of ITV1 pop show "
        "CD:UK after six years.\n\nThe 28-year-old host who also presents Stars In Their Eyes "
        "said she wanted to concentrate on new television projects.\n"
    )
    assert standalone(_sentence(presenter, "The 28-year-old"), presenter).startswith(
        "The 28-year-old host [Cat Deeley] who also presents"
    )
    # writers_dev 0037: past someone else named last in the story's own words, that person or
    # no one ("The 43-year-old" is Vitali, the boxer's brother, whom the model did not read),
    # and a point that names no one is not used
    brothers = _read(
        "Klitschko defends his title\n\nWladimir Klitschko has an important title defense.\n\n"
        "Vitali, who retired from boxing in 2013, is a prominent figure in Ukrainian politics. "
        "The 43-year-old has led the Ukrainian Democratic Alliance for Reform since 2010.\n"
    )
    assert standalone(_sentence(brothers, "The 43-year-old"), brothers) is None
    # past someone else named last, only the one person a headline names: not one of two
    shock = _read(
        TOP_SEED.replace(
            "The top seed",
            '"It was a great day," said Dent\'s coach Mike Hill.\n\nThe 23-year-old',
        )
    )
    assert standalone(_sentence(shock, "The 23-year-old"), shock) is None


def test_a_description_set_beside_the_name_itself_gets_no_brackets():
    # writers_dev 0022: the description is fronted, and the name follows it
    document = _read(
        "Former QPR manager Harry Redknapp feels he still has plenty to offer football.\n\n"
        "Harry Redknapp was speaking at the announcement of a charity match.\n\n"
        "The well-travelled former West Ham, Bournemouth, Portsmouth, Southampton and Tottenham "
        "manager, Redknapp feels 'fit as a fiddle' again following knee surgery.\n"
    )
    sentence = _sentence(document, "The well-travelled")
    assert standalone(sentence, document) == sentence.text


def test_he_said_inside_a_sentence_is_not_given_the_nearest_name():
    """ "The former French president, he said, ...": "he" is whoever reports (Mr Obama), not
    Mr Cameron, whom the sentence before names."""
    document = _read(SARKOZY)
    assert standalone(_sentence(document, "The former French president"), document) is None


# writers_dev (CNN): a quotation whose speaker the sentence gives only as "she".
DERAILED = """Train derails in Croatia

A high-speed passenger train left its tracks on the outskirts of Split, Croatia, Friday, killing at least six people and injuring 45, according to Croatian police. The train was on its way from the Croatian capital, Zagreb, when it derailed about 20 kilometers from its destination of Split about noon, said Marina Kraljevic-Gudelj, a spokeswoman for police in Split. "This is a huge tragedy, so there is no place for speculation," she said. Police had launched an investigation into the cause of the crash.
"""


def test_a_quotations_speaker_given_as_a_pronoun_is_named():
    document = _read(DERAILED)
    assert standalone(_sentence(document, '"This is a huge tragedy'), document) == (
        '"This is a huge tragedy, so there is no place for speculation," [Marina '
        "Kraljevic-Gudelj] said."
    )


# bbc_news (entertainment): the sentence opens on the speaker; the person named last before
# it is another woman.
OSCAR = """Arnold congratulated on Oscar win

Wasp, which was commissioned by the Film Council and Channel 4, beat films by fellow UK nominees Gary McKendry and Ashvin Kumar to the prize. It stars actress Nathalie Press, who appeared in the Bafta-winning drama My Summer Of Love, as a single mother who is forced to take drastic action when she is invited on a date and is unable to find a babysitter to look after her four daughters. The film has already won over 30 other international awards including the Sundance Short Film Prize. Arnold, from Dartford in Kent, described her victory as "truly overwhelming. I'm really not used to this kind of thing," she said, after receiving her Oscar from actor Jeremy Irons.
"""


def test_a_quotations_pronoun_speaker_is_the_person_the_sentence_opens_on():
    document = _read(OSCAR)
    sentence = _sentence(document, "Arnold, from Dartford")
    assert standalone(sentence, document) == sentence.text


# bbc_news (politics): reported speech, its speaker given last as "he", no quotation marks.
WOOLF = """Woolf murder sentence rethink

There was an outcry three months ago when the Sentencing Guidelines Council - led by Lord Woolf - published its proposals for England and Wales. At the time Lord Woolf, the Lord Chief Justice, had said the one third reduction would only be in extraordinary circumstances. The guidelines were to recognise the need to spare victims and witnesses the trauma of going to court where possible, by allowing lighter sentences for guilty pleas and co-operation, he said.
"""


def test_reported_speech_closed_by_he_said_names_its_speaker():
    document = _read(WOOLF)
    assert standalone(_sentence(document, "The guidelines were"), document) == (
        "The guidelines were to recognise the need to spare victims and witnesses the trauma of "
        "going to court where possible, by allowing lighter sentences for guilty pleas and "
        "co-operation, [Lord Woolf] said."
    )


def test_reported_speech_closed_by_he_said_with_no_one_to_name_is_unusable():
    document = _read(
        "Budget row\n\nThe budget was published on Monday. Taxes would rise for most "
        "families over the coming years, and the poorest households would pay the most of all, "
        "he said.\n"
    )
    assert standalone(_sentence(document, "Taxes would"), document) is None


def test_a_people_named_by_its_adjective_is_no_person():
    """ "The French" is the team that France's coach, named just before, leads."""
    assert _left_as_it_is(
        "Fear will help France - Laporte\n\nFrance coach Bernard Laporte believes his team will "
        "be scared going into their game with England on Sunday, but claims it will work in "
        "their favour.\n\nThe French turned in a stuttering performance as they limped to a "
        "16-9 win against Scotland in the opening match of the Six Nations on Saturday.\n",
        "The French turned",
    )


def test_a_quotations_speaker_that_cannot_be_named_makes_it_unusable():
    """Two men named just before: "he" could be either."""
    document = _read(
        "Campaign row\n\nConservative co-chairman Liam Fox met Tory leader Michael Howard on "
        'Saturday to discuss the campaign. "The government seems intent on talking about '
        'history rather than the future," he said on Sunday.\n'
    )
    assert standalone(_sentence(document, '"The government'), document) is None


# A pronoun that may be someone the sentences before describe, or someone they speak of, is
# no one: a wrong name in brackets puts one person's act on another.
@pytest.mark.parametrize(
    ("text", "start"),
    [
        # writers_dev 0064: the paper that reported the story, and the woman it reported on
        (
            "Woman had surgery over face\n\nA report about a woman who said she had repeated "
            "plastic surgery after her husband divorced her has sparked outrage in China.\n\n"
            "Liaoshen Wanbao reported the 49-year-old woman in Shenyang city had claimed her "
            "husband had divorced her 10 years ago because he disliked the shape of her face.\n\n"
            "She said it spurred her to undergo facial surgery three times at a local hospital.\n",
            "She said it spurred",
        ),
        # someone new, after someone named
        (
            "Arrest in Leeds\n\nDetective Inspector Mark Taylor said the inquiry was going well. "
            "Police arrested a man in Leeds on Tuesday. He was released on bail later that day.\n",
            "He was released",
        ),
        # writers_dev 0048: the only person named before is inside a quoted headline, and the
        # one meant (Beyonce) the model took for a place
        (
            "Super Bowl shows\n\nBruce Springsteen's show was memorable. It led to the "
            'memorable headline: "America Attacked by Bruce Springsteen\'s crotch" - but it '
            "didn't stop the star delivering a powerful show.\n\nColdplay were the headline act "
            "at last year's Super Bowl in Santa Clara - but someone forgot to tell Beyonce.\n\n"
            "She only performed one song, Formation.\n",
            "She only performed",
        ),
        # writers_dev 0096: the prosecutor speaks of Tsarnaev, whom the model read as the only
        # person named before (it took her for an organisation)
        (
            'Tsarnaev trial\n\n"This is Dzhokhar Tsarnaev, unconcerned, unrepentant and '
            'unchanged," Pellegrini said.\n\nTsarnaev saw the people he killed as "the enemy," '
            "she said. As a result, two women and a man never reached the age of 30.\n",
            "Tsarnaev saw",
        ),
    ],
)
def test_a_pronoun_that_may_be_someone_unnamed_or_spoken_of_is_not_bracketed(text, start):
    document = _read(text)
    assert standalone(_sentence(document, start), document) is None


def test_a_share_of_what_someone_has_names_them_or_is_unusable():
    # bbc_news: "One of his fellow pupils"; writers_dev 0048: "Some of her dancers", after a
    # woman the model did not read as a person
    document = _read(
        "Spy chief named\n\nSergei Ivanov studied in Leningrad in the 1970s. One of his fellow "
        "pupils at intelligence school was Vladimir Putin.\n"
    )
    assert standalone(_sentence(document, "One of his"), document) == (
        "One of [Sergei Ivanov’s] fellow pupils at intelligence school was Vladimir Putin."
    )
    document = _read(
        "Super Bowl shows\n\nColdplay were the headline act at last year's Super Bowl in Santa "
        "Clara - but someone forgot to tell Beyonce.\n\nSome of her dancers were even pictured "
        "holding up a sign.\n"
    )
    assert standalone(_sentence(document, "Some of her"), document) is None


def test_a_description_of_the_one_named_before_does_not_stop_the_name():
    # writers_dev 0040: "The schoolboy" is Amjad Yaaqub, named the sentence before
    document = _read(
        "Boy saw beheading\n\nAmjad Yaaqub, 16, said he stumbled on the scene shortly after "
        "the terrorists beat him unconscious.\n\nThe schoolboy said the fighters were looking "
        "for his brother.\n\nHis story was revealed as refugees in Yarmouk spoke of the daily "
        "atrocities they have witnessed.\n"
    )
    assert standalone(_sentence(document, "His story"), document).startswith(
        "[Amjad Yaaqub’s] story was revealed"
    )


# bbc_news and writers_dev: background tells what came before the news
HISTORY = (
    "Yukos loses its unit\n\n"
    "The embattled Russian oil giant had previously filed for bankruptcy protection in a US "
    "court.\n\n"
    "The Bank of England raised interest rates five times between November 2003 and August last "
    "year.\n\n"
    "The company was founded by Mikhail Khodorkovsky.\n\n"
    "The chancellor said Mr Baume was never at meetings where the reforms were discussed.\n\n"
    "Record company Universal is responsible for the global distribution of the single.\n\n"
    "Talks between the two firms are due to resume on 3 March, two years after they began.\n"
)


@pytest.mark.parametrize(
    ("start", "earlier"),
    [
        ("The embattled Russian oil giant", True),  # "had previously filed"
        ("The Bank of England raised", True),  # a past date the language pipeline read
        ("The company was founded", True),
        ("The chancellor said", False),  # a reaction: news
        ("Record company Universal", False),  # the news's own detail
        ("Talks between the two firms", False),  # what comes next, whatever it recalls
    ],
)
def test_background_is_what_came_before_the_news(start, earlier):
    document = _read(HISTORY)
    assert looks_back(_sentence(document, start), document) is earlier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # writers_dev 0094: "those" and "they" after the writer's hedge point outside
        (
            "Presumably those are the kind of decisions they will now feel more confident "
            "contemplating.",
            None,
        ),
        ("Clearly this is a blow to the government's plans for the year ahead.", None),
        # a person's pronoun after the hedge is named, where it stands
        (
            "Perhaps he will resign before the vote next week in the Senate.",
            "Perhaps [David Cameron] will resign before the vote next week in the Senate.",
        ),
        # not a determiner: "this year" after an adverb of time
        (
            "Probably the most important result was in Wales, where the Tories won.",
            "Probably the most important result was in Wales, where the Tories won.",
        ),
    ],
)
def test_a_pronoun_after_the_writers_hedge_opens_the_point(text, expected):
    document = _read(f"Wales\n\nDavid Cameron won seats in Wales on Thursday.\n\n{text}\n")
    assert standalone(document.sentences[1], document) == expected


# bbc_news: the sentence before names the club too, which the lead names in passing only.
UMBRO = """Umbro profits lifted by Euro 2004

UK sportswear firm Umbro has posted a 222% rise in annual profit after sales of replica England football kits were boosted by the Euro 2004 tournament.

Pre-tax profit for 2004 was £15.4m ($29.4m). In January, Umbro announced its sponsorship agreement with Chelsea, which gave Umbro the lucrative right to make replica shirts, would end in 2006, five years earlier than expected. The firm, which is to receive a payment from Chelsea of £24.5m, said it is "appraising a number of additional investment opportunities as a result of this compensation".
"""


def test_the_firm_is_the_storys_own_of_two_bodies_named_just_before():
    document = _read(UMBRO)
    sentence = _sentence(document, "The firm, which is to receive")
    assert standalone(sentence, document).startswith(
        "[Umbro], which is to receive a payment from Chelsea of £24.5m, said"
    )


@pytest.mark.parametrize(
    ("opening", "named"),
    [
        # bbc_news: the pair are the two the sentence before names
        ("The pair claim", "The pair [Lebedev and Khodorkovsky] claim"),
        ("Both will be", "Both [Lebedev and Khodorkovsky] will be"),
        ("The two are", "The two [Lebedev and Khodorkovsky] are"),
        # named by what they are, or with the noun: as it stands
        ("The two Russian businessmen are", "The two Russian businessmen are"),
        ("Both the defendants are", "Both the defendants are"),
    ],
)
def test_the_pair_or_both_alone_as_the_subject_is_named_as_a_pronoun_is(opening, named):
    document = _read(
        "Khodorkovsky ally denies charges\n\n"
        "Platon Lebedev has been on trial alongside Mr Khodorkovsky since June in a case "
        f"centring around the privatisation of a fertiliser firm. {opening} being punished for "
        "the political ambitions of Mr Khodorkovsky.\n"
    )
    sentence = _sentence(document, opening)
    assert standalone(sentence, document).startswith(named)


def test_the_pair_is_not_used_where_the_sentence_before_names_one_person_or_three():
    for before in (
        "Platon Lebedev has been on trial since June.",
        "Platon Lebedev, Mikhail Khodorkovsky and Leonid Nevzlin have been charged.",
    ):
        document = _read("Yukos trial\n\n" + before + " The pair claim they are being punished.\n")
        assert standalone(_sentence(document, "The pair claim"), document) is None


def test_the_two_sides_are_the_two_teams_the_sentence_before_names_or_the_point_goes():
    # bbc_news (sport): "The two sides" out of its place is no one
    italy = (
        "Italy aim to rattle England\n\nItaly coach John Kirwan believes his side can upset "
        "England as the Six Nations wooden spoon battle hots up.\n\nThe two sides, both "
        "without a win, meet on 12 March at Twickenham.\n"
    )
    document = _read(italy)
    assert standalone(_sentence(document, "The two sides"), document) == (
        "The two sides [Italy and England], both without a win, meet on 12 March at Twickenham."
    )
    three = _read(italy.replace("upset England", "upset England and France"))
    assert standalone(_sentence(three, "The two sides"), three) is None


def test_he_after_someone_reports_on_an_unnamed_suspect_is_not_the_reporter():
    # writers_dev: a background read "[Bernard Cazeneuve] originally claimed to be the victim
    # of an attack ...", making the interior minister the gunman
    document = _read(
        "Church attack foiled\n\n"
        "French Interior Minister Bernard Cazeneuve today said: 'A terrorist attack was foiled "
        "on Sunday morning.'\n\n"
        "Mr Cazeneuve said the suspect was found on a street in the 13th arrondissement of "
        "Paris with a bullet in his leg, and bleeding heavily.\n\n"
        "He originally claimed to be the victim of an attack by criminals, but officers followed "
        "the trail of blood to his car.\n"
    )
    assert standalone(_sentence(document, "He originally claimed"), document) is None


def test_the_firm_described_by_where_it_is_from_is_named():
    # bbc_news: "The Netherlands-based company is due to complete ..." after a lead on Mittal
    document = _read(
        "Steel firm 'to cut' 45,000 jobs\n\n"
        "Mittal Steel, one of the world's largest steel producers, could cut up to 45,000 jobs "
        "over the next five years, its chief executive has said.\n\n"
        "The Netherlands-based company is due to complete its $4.5bn acquisition of US firm ISG "
        "next month, making it one of the largest global firms of its kind.\n"
    )
    sentence = _sentence(document, "The Netherlands-based company")
    assert standalone(sentence, document).startswith(
        "[Mittal Steel] is due to complete its $4.5bn acquisition"
    )


def test_a_firm_from_elsewhere_is_not_named_after_a_body_whose_name_says_where_it_is_from():
    # bbc_news (sport): the model did not read "adidas" as a name; "[UK Athletics] kitted out
    # Team GB" gave the firm's deal to the body that signed with it
    document = _read(
        "UK Athletics agrees new kit deal\n\n"
        "UK Athletics has agreed a new deal with adidas to supply Great Britain squads of all "
        "ages with their kit for the next four years.\n\n"
        "The German-based firm kitted out Team GB at the 2004 Olympics and has deals with 20 "
        "other national Olympic bodies.\n"
    )
    sentence = _sentence(document, "The German-based firm")
    named = standalone(sentence, document)
    assert named is None or "UK Athletics" not in named


def test_there_is_also_loses_its_also():
    # bbc_news: "There were also fears that ..." points back as an opening "Also" does
    assert drop_connective(
        "There were also fears that too much stress might be placed on the fragile banking system."
    ) == ("There were fears that too much stress might be placed on the fragile banking system.")
    assert drop_connective("But there is also growing evidence that the market is cooling.") == (
        "There is growing evidence that the market is cooling."
    )


def test_a_description_said_of_someone_introduces_no_one_new():
    # bbc_news: "... thanked her for inspiring him to become an actor. The actor, who was born
    # in ... Beirut, ..." was left unnamed, as if "an actor" were someone new
    document = _read(
        "Keanu Reeves given Hollywood star\n\n"
        "Actor Keanu Reeves, best known for his role in the Matrix movies, has been awarded a "
        "star on the prestigious Hollywood Walk of Fame.\n\n"
        "The 40-year-old attended the unveiling of the star with his mother, Patricia, and "
        'thanked her for inspiring him to become an actor. "When I was 15 years old I asked my '
        'mom if it was OK to be an actor," Reeves said. His star is the 2,277th to be embedded '
        "in the pavement on Hollywood Boulevard.\n\n"
        "The actor, who was born in the Lebanese capital Beirut, also spoke of how he dropped "
        "out of school.\n"
    )
    assert standalone(_sentence(document, "The actor, who"), document).startswith(
        "The actor [Keanu Reeves], who was born"
    )


# Descriptions by nationality or by a national side's trade that name no one sure: lifted into
# a brief, they say who acted no more than "he" does.
@pytest.mark.parametrize(
    ("text", "start"),
    [
        # bbc_news: "international" is a proper noun to the parse, "Norway" its compound
        (
            "Norway striker set for return\n\nThe club said on Monday that he was recovering "
            "well.\n\nThe 31-year-old Norway international had surgery in Sweden in August to "
            "transplant cartilage into the joint.\n",
            "The 31-year-old",
        ),
        # bbc_news: Adrian Mutu, whom the model did not read as a person, stood in a memo
        # naming no one
        (
            "Chelsea sack Mutu\n\nChelsea have sacked Adrian Mutu after he failed a drugs test."
            "\n\nIt emerged that Mutu had failed a drugs test on October 18. The Romanian "
            "international later suggested it was a substance designed to enhance sexual "
            "performance.\n",
            "The Romanian international",
        ),
        # bbc_news (sport): a two-word nationality, the referee, whom the headline does not name
        (
            "England coach faces rap after row\n\nEngland coach Andy Robinson is facing "
            "disciplinary action after criticising referee Jonathan Kaplan in his side's Six "
            "Nations defeat to Ireland.\n\nKaplan has refereed many Six Nations matches. And the "
            "South African has been appointed to take charge of Scotland's match against Wales "
            "on 13 March.\n",
            "And the South African",
        ),
    ],
)
def test_a_description_by_nationality_that_names_no_one_is_not_used(text, start):
    document = _read(text)
    assert standalone(_sentence(document, start), document) is None


def test_a_name_with_a_generations_suffix_is_known_by_its_surname():
    # bbc_news: "Harry Connick Jr", whose surname was read as "Jr", was no candidate for the
    # next "He", so the producer who spoke of him was named instead: "[Jeffrey Richards] has
    # recently starred in hit US comedy Will and Grace", which was Connick
    document = _read(
        "Connick Jr to lead Broadway show\n\n"
        "Singer and actor Harry Connick Jr is to star in a Broadway revival of 1950s hit "
        "musical The Pajama Game.\n\n"
        "He will play the supervisor of a US pyjama factory. Jeffrey Richards, the show's "
        'co-producer, said Connick was "an actor of enormous charisma and skill". He has '
        "recently starred in hit US comedy Will and Grace as the husband of Grace.\n"
    )
    assert standalone(_sentence(document, "He has recently"), document) is None


def test_a_description_is_the_persons_only_where_the_article_writes_it_before_their_name():
    """ "the Arsenal defender then fouled Didier Drogba" does not call Drogba the defender: only
    capitalised words, as a name's are, may stand between a description and the name."""
    document = _read(
        "Arsenal held at Highbury\n\n"
        "Arsenal were held to a 1-1 draw by Chelsea at Highbury on Saturday.\n\n"
        "Early in the second half the Arsenal defender then fouled Didier Drogba in the area.\n\n"
        "The defender was booked and Frank Lampard scored from the penalty.\n"
    )
    named = standalone(_sentence(document, "The defender"), document)
    assert named is None or "[Didier Drogba]" not in named
    # written before his name, the description is his
    document = _read(
        "Arsenal held at Highbury\n\n"
        "Arsenal were held to a 1-1 draw by Chelsea at Highbury on Saturday.\n\n"
        "Early in the second half Chelsea striker Didier Drogba was fouled in the area.\n\n"
        "The striker scored from the penalty himself.\n"
    )
    assert "[Didier Drogba]" in standalone(_sentence(document, "The striker"), document)


# bbc_news: the sentence before names the rapper and the man attacked; only one of them is
# the one the article calls a rapper.
VIBE = """Vibe awards back despite violence

The US Vibe awards will be held again next year despite a stabbing which happened during the ceremony.

Vibe magazine president Kenard Gibbs said the attack earlier this month in Santa Monica was "sickening". He said not holding the awards would be counter to the work the magazine has done to promote hip hop music. Rapper Young Buck has been charged after allegedly stabbing a man who hit Dr Dre as he was about to receive a lifetime achievement award.

The rapper, whose real name is David Darnell Brown, is due in court on 20 December after being arrested on one charge of attempted murder and a second charge of assault with a deadly weapon. The performer is one of the members of 50 Cent's G-Unit group, which is signed to Dr Dre's record label. The man who was stabbed, Jimmy James Johnson, suffered a collapsed lung and is in a stable condition at a Los Angeles hospital. Mr Johnson allegedly approached Dr Dre, who was seated at a table in front of the stage, and appeared to ask for an autograph before punching him. During the ensuing scuffle - which involved many of the 1,000-strong crowd - Mr Johnson was stabbed as he was being dragged away by security staff,
"""


def test_a_description_names_the_one_of_several_named_before_that_the_article_so_describes():
    document = _read(VIBE)
    named = standalone(_sentence(document, "The rapper"), document)
    # (the description that opens a sentence, "Rapper Young Buck", is no part of his name)
    assert named.startswith("The rapper [Young Buck], whose real name is David Darnell Brown")


def test_a_description_written_before_a_name_is_no_part_of_it_in_brackets():
    # bbc_news: "[Striker Thierry Henry] said: ..."
    document = _read(
        "Wenger shock at Newcastle dip\n\n"
        "Arsenal go into the game on the back of a 2-0 victory over Fulham on Sunday. Striker "
        "Thierry Henry, along with Robert Pires, scored against Fulham. And Henry afterwards "
        'described the display as "beautiful to watch". He said: "What matters is winning and '
        'the three points, of course."\n'
    )
    assert standalone(_sentence(document, "He said"), document).startswith("[Thierry Henry] said")


# bbc_news: the model's span ran past a dash ("Arsene Wenger - he's always said ..."), and the
# next "He told BBC Sport", which is Edu, was given to "[Arsene Wenger - he]".
EDU = """Edu blasts Arsenal

Arsenal's Brazilian midfielder Edu has hit out at the club for stalling over offering him a new contract.

Edu's deal expires next summer and he has been linked with Spanish trio Real Madrid, Barcelona and Valencia. He told BBC Sport: "I'm not sure if I want to stay or not because the club have let the situation go on this far. "If they had really wanted to sign they should have come up with an offer six months before indicating they wanted to sign me and that's made me think." Edu's brother and representative Amadeo Fensao has previously said that Arsenal's current offer to the midfielder was well short of what he was seeking. And Edu, 26, added: "My brother is due to come to London on Thursday.

"There is a meeting planned for 6 or 7 January to sort it out with Arsenal. "Now I have a choice to stay or go. I want to sort it out as soon as possible, that's in the best interests of both the club and myself. "I'm going to make my decision after the meeting later this week." Edu is now able to begin negotiations with other clubs because Fifa regulations allow players to start talks six months before their contracts expire. The midfielder, who broke in to the Brazilian national side in 2004, admitted he had been flattered to have been linked with the three Spanish giants. Edu said: "I've just heard stories from the news that the Madrid president Florentino Perez, the Valencia people, as well as Barcelona are interested.

"That's nice, but I've never talked to them, so I can't say they want me sign 100%." Last month Wenger said he we was hopeful Edu would sign a new deal and played down suggestions that the lure of a club like Real Madrid would be too strong for Edu. Edu added that he had been encouraged by Wenger's support for him. "I still have a good relationship with Arsene Wenger - he's always said he wants me to sign."
"""


def test_a_dash_ends_a_name_read_by_the_model():
    document = _read(EDU)
    named = standalone(_sentence(document, "He told BBC Sport"), document)
    assert named is None or "Wenger" not in named


# bbc_news: "seventh seed Russian Mikhail Youzhny" gave "The Russian [Russian Mikhail Youzhny]".
FEDERER = """Federer forced to dig deep

Top seed Roger Federer had to save two match points before squeezing past Juan Carlos Ferrero at the Dubai Open.

The world number one took two hours 15 minutes to earn his 4-6 6-3 7-6 victory, saving match points at 6-4 in the tiebreak before claiming it 8-6. Federer made a number of unforced errors early on, allowing Ferrero to take advantage and claim the first set. But the Swiss star hit back to reach the quarter-finals, where he will face seventh seed Russian Mikhail Youzhny. The Russian beat Germany's Rainer Schuettler 7-5 6-4. Federer was not unduly worried despite being taken to three sets for the third consecutive match. The world number one was forced to go the distance against Ivan Ljubicic in the Rotterdam final and against Ivo Minar in the first round in Dubai. "I definitely had a slow start again and to come back every time is quite an effort," he said. "I haven't been playing well, but I've been coming through. I'm winning the crucial points and that shows I'm on top of my game when I have to be."
"""


def test_a_nationality_before_a_name_is_no_part_of_it_in_brackets():
    document = _read(FEDERER)
    assert standalone(_sentence(document, "The Russian beat"), document).startswith(
        "The Russian [Mikhail Youzhny] beat"
    )


# bbc_news: "DJ Norman Cook - aka Fatboy Slim - has said ...": "[DJ Norman Cook]" before
FATBOY = """Dance music not dead says Fatboy

DJ Norman Cook - aka Fatboy Slim - has said that dance music is not dead, but has admitted it is currently going through a "fallow patch".

The commercial failure of the latest albums by Britain's two biggest dance acts - Fatboy Slim's Palookaville and The Prodigy's Always Outnumbered Never Outgunned - has been coupled with the closure of many "superclubs," and the folding of three dance music magazines. Last month the Brit Awards announced they would no longer be awarding a Best Dance Act prize, with the Brits committee announcing that "dance music is no longer where it's happening in music." These developments lead some to suggest that dance was finished as a popular music genre. Cook acknowledged that much change in the dance world in the four years since his last album, Halfway Between The Gutter And The Stars, but he stressed this did not mean the dance scene was permanently over. "Every week when I was making the album, I was reading articles about the demise of dance music - and obviously that affects you somewhat," he told BBC World Service's The Ticket programme. "I personally don't believe it's either dead or going to die, but it's going through a bit of a fallow patch. "So I think, consciously or subconsciously, reading every week that dance music was dead I would think 'right, scrub that track then'."

Although his album sales in the UK are down - Palookaville stayed in the UK top 75 for just three weeks - Cook has achieved recent global success with his beach parties. And event on Brighton sea front in 2002 attracted 250,000, people, while a later one in Rio achieved a crowd of 360,000. The DVD of the Rio set was the biggest seller of that year.

"With a crowd that big, if the weather's nice, the atmosphere before I even go is so good that about halfway through the first record I think 'I've got them'," Cook said. "I'm always really really nervous before the big ones - they had to give me Valium before Rio, because two hours before I was literally just pacing the floor. "For some reason, especially now I've got a reputation for it, the atmosphere and the joie de vivre that's already going on means all I have to do is play 'up' records." He promised more such parties in more locations around the world - despite problems after the Brighton event, which ended in chaos with many revellers finding themselves stranded as transport ground to a halt. One man also died of a heart attack, and a woman fell to her death during the free party. "We're having to widen our horizons from just beaches, because there's landlocked countries that want to get involved," Cook said. "We're doing Rio at the carnival, at the Maracana, and Sao Paolo - our new gig is famous football stadiums."

The DJ admitted, however, that his massive worldwide success had a downside, with intense media interest in his personal life. In particular, he said he had struggled to cope with tabloid intrusion during the temporary break-up of his marriage to Radio One presenter Zoe Ball, after she was linked with DJ Dan Peppe.

"The tabloid thing has been difficult at times," Cook said. "Especially the me-and-Zoe-Gate - it's quite scary." He said that he had been "determined" that what had happened with Ball did not affect the album. "At first I was doing deliberately jolly tunes so that people wouldn't think I was depressed," he explained. "Then I thought, 'that's not right'." And he highlighted a bizarre coincidence - that one song written before they split had turned out to have a great deal more meaning than intended. "I said to Zoe, 'I did this track called My Masochistic Baby Went And Left Me, do you mind if it's on the album?'" he recalled. "She said, 'yeah, it's hilarious, because your masochistic baby did leave you'." Cook also added that he had some ways of coping with the intense paparazzi pressure, which accumulates at the end of the private road he lives on - where Paul McCartney is a neighbour. "It's almost like prisoners rattling the bars with their mugs," Cook explained. "If there's a pap at the end of the road, everyone knocks on each other's doors - Paul comes round, and we warn him, because we don't know who they're after."
"""


def test_what_a_person_does_before_the_name_is_no_part_of_it_in_brackets():
    document = _read(FATBOY)
    assert standalone(_sentence(document, "And he highlighted"), document).startswith(
        "[Norman Cook] highlighted"
    )


# bbc_news: after Zenden's quotation, "The Holland international" is Zenden, not the manager
# the headline names, whom it used to be given to.
BORO = """McClaren hails Boro's Uefa spirit

Middlesbrough boss Steve McClaren has praised the way his side have got to grips with European football after the 2-0 Uefa Cup win against Lazio.

Boro, who are playing in Europe for the first time in their 128-year history, are top of Group E with maximum points. "I think we have taken to Europe really well," said McClaren. "We got about Lazio, didn't let them settle or play. And in possession, we controlled it and looked threatening every time we went forward." Before the match, McClaren had said that a win over the Italian giants would put Boro firmly on the European footballing map. And after they did just that he said: "It was a perfect European night. For the team to give the fans a performance like that was the icing on the cake. "There have been many good performances but this was something special.

"You can see that the experience we have in the squad is showing. To win in Europe you need to defend well, and we have done that because we have conceded only one goal in four games. "We can also score goals, and again that is something you can see from the performances we have had, so we have good balance. McClaren's only criticism of his side was that their dominance should have been resulted in more goals. "It should have been more convincing," said McClaren. "But I had watched Lazio in recent weeks and I saw them score a late equaliser against Inter Milan on Saturday so I knew we needed a second goal.

"No matter what anybody says, Lazio are favourites to win this competition." Middlesbrough forward Boudewijn Zenden said he did not expect such a comfortable match after he scored both goals. "We didn't expect it to be that one-sided," said Zenden. "We did quite well in the first half, we pressured them and they didn't cope with that. "I think we played quite well and it was a very good game, especially in the first half." The Holland international said Boro are confident of progressing in the competition after winning their first two group games. "We've got a very good feeling, there is a good spirit, all the lads work hard for each other and it's a squad of friendly players, which I think you can see on the pitch," he added.
"""


def test_a_players_description_after_his_own_words_is_not_the_headlines_person():
    document = _read(BORO)
    named = standalone(_sentence(document, "The Holland international"), document)
    assert named is None or "McClaren" not in named


# bbc_news: "The British number [Tim Henman] one"
HENMAN = """Henman overcomes rival Rusedski

Tim Henman saved a match point before fighting back to defeat British rival Greg Rusedski 4-6 7-6 (8-6) 6-4 at the Dubai Tennis Championships on Tuesday.

World number 46 Rusedski broke in the ninth game to take a tight opening set. Rusedski had match point at 6-5 in the second set tie-break after Henman double-faulted, but missed his chance and Henman rallied to clinch the set. The British number one then showed his superior strength to take the decider and earn his sixth win over Rusedski. Serve was held by both players with few alarms until the seventh game of the final set, when Rusedski's wild volley gave Henman a vital break. A furious Rusedski slammed his racket onto the ground in disgust and was warned by the umpire.

Henman, seeded three, then held his serve comfortably thanks to four serve-and-volley winners to take a clear 5-3 lead. Rusedski won his service game but Henman took the first of his three match points with a service winner to secure his place in the second round at Dubai for the first time in three years. It was the first match between the pair for three years - Henman last lost to Rusedski six years ago - and lasted two hours and 40 minutes. The pair are now likely to only face each other on court as rivals - rather than as team-mates - after Henman decided to retire from Davis Cup tennis leaving Rusedski to lead the team out against Israel on 4-6 March. Henman, who now faces Russian Igor Andreev in the last 16, admitted afterwards it was difficult coming up against his compatriot on a fast surface. "You just take it point by point when you're fighting to stay in the match," he said. "I had to keep playing aggressively and competing to get a chance. "I now have to recover in time for the next match because the body doesn't recover as quick as it used to, especially after two hours and 40 minutes."
"""


def test_a_ranks_number_belongs_to_the_description_before_the_brackets():
    document = _read(HENMAN)
    assert standalone(_sentence(document, "The British number one"), document).startswith(
        "The British number one [Tim Henman] then"
    )


# bbc_news: "the Briton" (Paula Radcliffe), read as a name: "The pair [Briton and Chepkemei]"
RADCLIFFE = """Radcliffe enjoys winning comeback

Paula Radcliffe made a triumphant return to competitive running with victory in the New York Marathon.

The Briton, running for the first time since dropping out of the Olympic marathon and 10,000m, held off Kenyan Susan Chepkemei in a thrilling finish. The pair were locked together for the last few miles before Radcliffe finally sprinted clear to win in two hours, 23 minutes and 10 seconds. "It's a good way to end the year," she said. "I'm ready for a good rest now." Radcliffe decided only recently to run in the race and many had doubted whether she had sufficiently recovered from her Olympic ordeal just 11 weeks ago. But the world record-holder was prominent at the head of the field for the whole race as her rivals slowly dropped off the pace. Just Chepkemei and Radcliffe were left in contention as the race came into the final few miles. The Kenyan put in several bursts of speed to throw off Radcliffe but the Briton managed to hang in. Both runners looked to be suffering as they reached the final mile in Central Park. But it was Radcliffe who managed to dredge up a final sprint to see off Chepkemei in the closest finish in the race's history and in the process make a huge step in erasing the disappointment she suffered in Athens.
"""


def test_one_of_a_people_by_the_noun_alone_is_no_name_in_brackets():
    document = _read(RADCLIFFE)
    named = standalone(_sentence(document, "The pair"), document)
    assert named is None or "Briton" not in named


# bbc_news: "Rapper Eminem", at a sentence's opening, gave "The rapper [Rapper Eminem]"
EMINEM = """Eminem secret gig venue revealed

Rapper Eminem is to play an intimate gig in London on Saturday, following a show on the River Thames on Friday.

The US star will play just two songs at a night showcasing his label Shady Records at the Islington Academy. Eminem performed on HMS Belfast on Friday, which is docked on the River Thames, where he filmed two songs for BBC One's Top of the Pops. He arrived in the UK on Friday following his appearance at the MTV Europe Music Awards in Rome. Other rap acts who may appear at the Islington gig include Stat Quo, Proof, DJ Green Lantern, Swift and Obie Trice.

Eminem's latest album soared to the top of the US chart after just three days on sale in record shops. Encore is now a chart-topper on both sides of the Atlantic following its debut at number one in the UK. The fourth album from the rap star was on sale for two days before it outsold all of its rivals. The album was released early in an effort to combat both physical and online piracy.

Eminem's album includes the track Mosh, which is a tirade against US President Bush and the presence of US troops in Iraq. The rapper was criticised earlier this year after a performance on BBC One's Top of the Pops in April led 12 viewers to complain he was "lewd" and "offensive". The complaints about the star grabbing his crotch were upheld by the BBC. "The performer had been asked to tone his act down after rehearsal but ignored this request during the live broadcast," a BBC statement read. "Although his gestures were part of the rap culture, they had gone beyond what is expected."
"""


def test_a_description_before_a_one_word_name_is_no_part_of_it():
    document = _read(EMINEM)
    assert standalone(_sentence(document, "The rapper was criticised"), document).startswith(
        "The rapper [Eminem] was criticised"
    )


# bbc_news: the model read "Manchester United" as a person, and a quotation's "he said" was
# given to the club
BEES = """Bees handed potential Man Utd tie

Brentford face a home tie against holders Manchester United in the FA Cup sixth round if they can come through their replay against Southampton.

The League One side held the Saints at St Mary's in their fifth-round tie and were rewarded with a potential draw against Sir Alex Ferguson's side. Newcastle will be at home to either Tottenham or Nottingham Forest. Bolton host Arsenal or Sheffield United and Leicester will visit the winners of the Burnley and Blackburn replay. The ties will be played on the weekend of 12-13 March.

was delighted to be paired with United, although he admitted they still have plenty of work to do to set up a dream tie. "We've got our work cut out next Tuesday but you can't deny it's exciting," he said.

"It would be a sell-out. It will probably be on television. We have financial problems and the revenue it could bring in would certainly help our situation. "We're happy to be in the draw but we've still got to beat a Premiership team. "We've got to beat Southampton first and that's going to be a hard game but if we do there will be some celebration."

welcomed the opportunity to face United. "We're not counting on anything yet," he said. "It is obviously going to be a difficult replay judging by the way Brentford came back at us on Saturday and the fact that United have come out of the hat will give them even more incentive. "But I've been drawn against United so many times in cups and beaten them at both Bournemouth and West Ham. "There are no easy ties in the FA Cup and I'm sure nobody is counting on one."

Newcastle v Tottenham or Nottingham Forest

Southampton or Brentford v Manchester United

Bolton v Arsenal or Sheffield United

Burnley or Blackburn v Leicester
"""


def test_a_body_the_model_read_as_a_person_is_no_speaker():
    document = _read(BEES)
    named = standalone(_sentence(document, "\"We've got our work cut out"), document)
    assert named is None or "[Manchester United]" not in named


# bbc_news: four descriptions once given the wrong person in brackets
DUBAI = """Henman hopes ended in Dubai

Third seed Tim Henman slumped to a straight sets defeat in his rain-interrupted Dubai Open quarter-final against Ivan Ljubicic.

The Croatian eighth seed booked his place in the last four with a 7-5 6-4 victory over the British number one. Henman had looked on course to level the match after going 2-0 up in the second set, but his progress was halted as the rain intervened again. Ljubicic hit back after the break to seal a fourth straight win over Henman. Earlier in the day, Spanish fifth seed Tommy Robredo secured his semi-final place when he beat Nicolas Kiefer of Germany 6-4 6-4. Afterwards, Henman was left cursing the weather and the umpire after seven breaks for rain during the match. "It was incredibly frustrating," Henman said. "It's raining and the umpire doesn't take control. "He kept telling us to play till the end of the game. But if it's raining, you come off - the score's irrelevant. "It couldn't be more frustrating as I was very happy with my form until now. You don't expect this in the desert."
"""
JANSEN = """Jansen suffers a further setback

Blackburn striker Matt Jansen faces three weeks out after surgery to treat a cartilage problem.

But central defender Lorenzo Amoruso is moving closer to fitness following a knee operation. Rovers' assistant manager Mark Bowen said: "Matt had a small operation to trim knee cartilage. "It's a tiny piece of work, which should be a fairly quick recovery. Lorenzo is also jogging for the first time, along with kicking a ball." Jansen's career has been dogged by injury since a freak scooter accident two years ago.

He returned to first-team action soon after Mark Hughes' appointment as Blackburn boss and marked it with a goal against Portsmouth in his first appearance of the season. Bowen added: "I'm guessing, but I reckon maybe two to three weeks before he is back in action completely." The Rovers assistant boss forecast a longer time spell for Amoruso's availability for first-team duties. Bowen said: "There's still some scar tissue present so it will be some weeks. "It's a case of see how he goes. You can't put a real time on a comeback, we'll see how he progresses."
"""
LAPORTE = """Laporte tinkers with team

France coach Bernard Laporte has made four changes to the starting line-up that beat England for Saturday's Six Nations clash with Wales.

He opted for Yannick Nyanga in the back row instead of Grand Slam winner Imanol Harinordoquy, who is back in the squad. Other changes see Julien Laharrague win his first cap at full-back, Aurelien Rougerie return after injury on the wing and Yannick Jauzion in at centre. But Laporte has resisted fan pressure to start Frederic Michalak at fly-half. The dependable Yann Delaigue keeps the number 10 jersey, despite clamours for the flair of Michalak. The 26-year-old Laharrague gets his chance despite playing on the wing for his club Brive.

"We are launching him into the great international level," said team manager Jo Maso. "He is young and this is a great opportunity for us and above all for him. "There are 25 matches left before the World Cup so we must see as many players as possible. The competition is very high and open." Jauzion, France's player of the year in 2004, would probably have played in the first two matches instead of the South African-born Liebeneberg had he been fit. The Stade Toulousain star wins his 23rd cap and is reunited with Damien Traille, with whom he forged an effective midfield in 2004. "The return of Jauzion is going to be a plus for us," said Laporte. "We are going to test him at an international level."

Julien Laharrague (Brive), Aurelien Rougerie (Clermont), Yannick Jauzion (Stade Toulousain), Damien Traille (Biarritz), Christophe Dominici (Stade Francais), Yann Delaigue (Castres), Dimitri Yachvili (Biarritz), Julien Bonnaire (Bourgoin), Yannick Nyanga (Beziers), Serge Betsen (Biarritz), Jerome Thion (Biarritz), Fabien Pelous (Stade Toulousain, capt), Nicolas Mas (Perpignan), Sebastien Bruno (Sale), Sylvain Marconnet (Stade Francais)

Replacements: William Servat (Stade Toulousain), Olivier Milloud (Bourgoin), Gregory Lamboley (Stade Toulousain), Imanol Harinordoquy (Biarritz), Pierre Mignoni (Clermont), Frederic Michalak (Stade Toulousain), Jean-Philippe Grandclaude (Perpignan)
"""
ANCRAM = """Labour's 'EU propaganda'

A "taxpayer subsidised propaganda exercise" on the EU is being used to lull the British public into a false sense of security, say the Tories.

Shadow foreign secretary Michael Ancram told MPs a new White Paper was part of trying to soften up opinion ahead of the referendum on the EU constitution. His claims were denied by Foreign Secretary Jack Straw, who accused the Tories of "running scared" of debate. EU cooperation would help get better UK immigration controls, he argued.

Mr Straw used Thursday's Commons debate to launch the new White Paper on the prospects for the EU in 2005. Security, stability and prosperity would be the key themes when the UK took over the chairmanship of the EU in July, said Mr Straw. Africa and climate change would also feature highly. He said the UK was trying to ensure future EU budgets were limited to 1% of Europe's economic output and were spent "where it adds most value". Mr Straw promised to continue to ensure the UK's budget rebate, secured in 1984 by Margaret Thatcher, was "fully justified". "We, like all other countries, have a veto on any changes proposed in this area," he said.

Mr Ancram condemned the document, which the Foreign Office says has cost about £2,500 to design, print and deliver. "Isn't the reason that the government is now involved in a taxpayer subsidised propaganda exercise to try to sell the new EU to the country in advance of the forthcoming referendum and general election?," he asked. The Tory spokesman also criticised the government for claiming the EU constitution would make Europe easier to understand. "The government, last week, had to publish a commentary of 500 pages to try and explain this 'easy and simple' constitution to the British people," he said. "Who are they trying to kid?" The proposed question for the constitution referendum is: "Should the United Kingdom approve the Treaty establishing a Constitution for the European Union?" The Electoral Commission on Thursday said it was satisfied the question was easy to understand. The government has suggested the referendum on the constitution could take place in spring 2006, with the Tories set to campaign for a "no" vote.

Mr Ancram said ministers were prolonging uncertainty by putting the vote off until the latest date possible. The foreign secretary hit back by saying Tory attitudes to Europe had helped keep the party out of power for more than a decade. Mr Straw argued cooperation with European partners could bring a "level playing field" on immigration and asylum controls. "You are setting your face against all of these things," he added. For the Liberal Democrats, Sir Menzies Campbell said the UK should not ignore the need to reform the EU Common Agricultural Policy. Change was particularly important for developing countries wanting access to markets, he argued. Sir Menzies was among those worried about plans, backed by the UK, to lift the arms embargo imposed on China after the Tiananmen Square massacre. Mr Straw said no decisions had been taken - Chinese human rights had improved but not by enough.
"""


@pytest.mark.parametrize(
    ("article", "opening", "wrong"),
    [
        # "seventh seed Tim Henman" is not "The Croatian eighth seed" (Ivan Ljubicic)
        (DUBAI, "The Croatian eighth seed", "Henman"),
        # after the assistant manager's quotation, "The Rovers assistant boss" is he, not
        # the player the headline names
        (JANSEN, "The Rovers assistant boss", "Jansen"),
        # "The Stade Toulousain star" is a player, not the coach the headline names
        (LAPORTE, "The Stade Toulousain star", "Laporte"),
        # "shadow foreign secretary Michael Ancram" is not "The foreign secretary"
        (ANCRAM, "The foreign secretary", "Ancram"),
    ],
)
def test_a_description_the_article_gives_another_is_not_bracketed_with_this_name(
    article, opening, wrong
):
    document = _read(article)
    named = standalone(_sentence(document, opening), document)
    assert named is None or wrong not in named


# bbc_news: "Rowling said she had plenty of time ... She also previously revealed ...": the
# model read no person in "Rowling said", and "She" was given to the book, "[Harry Potter]"
POTTER = """New Harry Potter tops book chart

Harry Potter and the Half-Blood Prince has topped Amazon's book chart less than 24 hours after its release date - 16 July - was announced.

Thousands of customers placed pre-orders on the amazon.co.uk website for the sixth book in the series. Rowling revealed she had completed the novel on Tuesday, ahead of the scheduled announcement on 25 December. It will be published simultaneously in the UK, the US, Canada, Australia, New Zealand and South Africa. JK Rowling's fifth book in the wizard series, Harry Potter and Order of the Phoenix was Amazon's largest pre-ordered item ever, with 420,000 copies pre-ordered prior to its release in June 2003. Customers who pre-order Harry Potter and the Half-Blood Prince avoid standing in long queues at bookshops on the day of the book's release next July. "The fact that the book has already hit number one in our Hot 100 books chart shows how incredibly excited customers are about the sixth Harry Potter," said Amazon's Robin Terrell.

Harry Potter and the Half-Blood Prince takes up the story of Harry Potter's sixth year at Hogwarts School of Witchcraft and Wizardry as Lord Voldemort grows stronger. Rowling has already revealed that the Half-Blood Prince is neither Harry nor Voldemort. And she added that the opening chapter of the book had been brewing in her mind for 13 years. Rowling said she had plenty of time while pregnant "to tinker with the manuscript to my satisfaction and I am as happy as I have ever been with the end result". She also previously revealed that a character will be killed in the sixth book, but she has given no hints as to who it might be. Following publication of the sixth book, just one novel remains to complete the series.
"""


def test_one_word_saying_something_is_someone_the_model_missed():
    document = _read(POTTER)
    named = standalone(_sentence(document, "She also previously revealed"), document)
    assert named is None or "Harry Potter" not in named


# bbc_news: "Mrs Howard has also appeared along side her husband ... she said": the surname's
# full name in the article is her husband's, "Michael Howard", who was put in brackets
MRS_HOWARD = """Mrs Howard gets key election role

Michael Howard's ex-model wife, Sandra, is to play a leading role in the Conservative election campaign.

Mrs Howard will make solo visits to target seats as well as accompanying her husband on his helicopter campaign trail criss-crossing the country. Mr Howard will host a news conference at the party's London HQ every morning, Tory co-chairman Liam Fox said. "We want Michael to be as accessible as possible," Mr Fox said, adding that the party was not afraid of scrutiny.

The Tory leader wanted to meet as many ordinary members of the public, Mr Fox said. Tony Blair has also said he is intending to get out and talk to as many people as possible during the election campaign. But Labour campaign chiefs say there are no plans for Mr Blair to hold a daily news conference.

Mr Fox responded by accusing the prime minister of "hiding away from the scrutiny of London's media". The Liberal Democrats also say they are planning to hold daily news conferences with Charles Kennedy. On Mrs Howard's role, Mr Fox said: "Sandra has already been campaigning with Michael on a number of visits and has been undertaking short visits herself. "That pattern will continue. It's worked very well up until now." Mrs Howard made her debut speech at the Conservative Party Conference in Bournemouth last October. She used her speech on the fringe to highlight the work of a drugs charity, Addaction, which she supports. Mrs Howard has also appeared along side her husband on TV chat shows. During an interview on ITV1's This Morning she said she often criticised her husband for not showing the side of him that she knows.
"""


def test_she_after_a_womans_title_is_that_woman_not_the_surnames_full_name():
    document = _read(MRS_HOWARD)
    named = standalone(_sentence(document, "During an interview on ITV1"), document)
    assert named.startswith("During an interview on ITV1's This Morning [Mrs Howard] said she")


# bbc_news: a lead that describes its subject and a second sentence that names her
JAMIESON = """Jamieson issues warning to bigots

Scotland's justice minister has warned bigoted soccer fans that she wants to hit them "where it hurts most" by banning them from matches.

Cathy Jamieson said exclusion orders are one of a series of measures being considered in the Scottish Executive campaign against sectarianism. She praised Celtic and Rangers for their work in tackling the problem. However, the minister said stopping sectarian abuse associated with Old Firm matches is a key objective. Ms Jamieson was speaking ahead of the third round Scottish Cup clash between the Glasgow clubs at Parkhead on Sunday.
"""


def test_the_description_a_lead_gives_before_naming_its_subject_is_theirs():
    document = _read(JAMIESON)
    named = standalone(_sentence(document, "However, the minister"), document)
    assert named == (
        "The minister [Cathy Jamieson] said stopping sectarian abuse associated with Old Firm "
        "matches is a key objective."
    )


def test_a_lead_describes_only_the_first_person_named_after_it():
    # the description is the lead's subject's, and the first person named is someone else
    named = _point(
        JAMIESON.replace(
            "Cathy Jamieson said", "Opposition spokesman Bill Aitken said the minister was right."
        ).replace("Ms Jamieson was", "Mr Aitken was"),
        "However, the minister",
    )
    assert named is None or "[" not in named


def test_a_one_of_a_nation_noun_describes_a_person():
    # bbc_news: "The Scot" is the headline's Gordon Strachan, whom the lead names
    named = _point(
        "Strachan turns down Pompey\n\n"
        "Former Southampton manager Gordon Strachan has rejected the chance to become "
        "Portsmouth's new boss.\n\n"
        "The Scot was Pompey chairman Milan Mandaric's first choice to replace Harry Redknapp, "
        "who left Fratton Park for rivals Saints earlier in December.\n",
        "The Scot",
    )
    assert named.startswith("The Scot [Gordon Strachan] was Pompey chairman")


KOOYONG = """Classy Henman makes winning start

Tim Henman opened his 2005 campaign with a 6-1 7-5 victory over Argentine David Nalbandian at the Kooyong Classic exhibition tournament on Wednesday.

The British number one will next play Roger Federer at the Australian Open warm-up event on Friday. Henman made an impressive start to the year, only faltering against Nalbandian when serving for the match at 5-4. But the Briton regained his composure to win the next two games for only his second win in six matches against the Argentine.
"""


def test_a_nationality_names_the_one_of_two_the_article_gives_no_other_nation():
    document = _read(KOOYONG)
    named = standalone(_sentence(document, "But the Briton"), document)
    assert named.startswith("The Briton [Tim Henman] regained his composure")
    # bbc_news: a people and a standing before the name make him a Thai, not the Spaniard
    named = _point(
        "Moya fights back for Indian title\n\n"
        "Carlos Moya became the first man to successfully defend the Chennai Open title by "
        "beating four-times finalist Paradorn Srichaphan 3-6 6-4 7-6 (7/5).\n\n"
        "The Spaniard then donated his £28,000 prize money to relief efforts for the victims "
        "of the Asian tsunami. The final was close throughout, with Thai second seed "
        "Srichaphan - the 2003 winner - closing out the first set.\n",
        "The Spaniard",
    )
    assert named.startswith("The Spaniard [Carlos Moya] then donated")


def test_a_nationality_names_no_one_where_both_could_be_of_it():
    # Nalbandian of no nation the article gives: either could be the Briton
    document = _read(KOOYONG.replace("Argentine David", "David"))
    assert standalone(_sentence(document, "But the Briton"), document) is None


def test_the_firm_is_the_subject_of_the_sentence_before_of_the_storys_two_bodies():
    # bbc_news: the lead names Oracle and Peoplesoft, the story's own both; Oracle is its subject
    assert _point(
        "Jobs go at Oracle after takeover\n\n"
        "Oracle has announced it is cutting about 5,000 jobs following the completion of its "
        "$10.3bn takeover of its smaller rival Peoplesoft last week.\n\n"
        "The company said it would retain more than 90% of Peoplesoft product development and "
        "product support staff.\n",
        "The company said",
    ) == (
        "[Oracle] said it would retain more than 90% of Peoplesoft product development and "
        "product support staff."
    )


@pytest.mark.parametrize(
    ("text", "opening", "named"),
    [
        # bbc_news: a body named in passing, which the article calls a firm ("The company" is
        # what it calls a firm), and no other in the sentence it does
        (
            "Disaster claims 'less than $10bn'\n\n"
            "Insurers have sought to calm fears that they face huge losses after an earthquake "
            "and giant waves killed at least 38,000 people in southern Asia.\n\n"
            'Lloyds of London told the Financial Times it expected its exposure to be limited to "'
            'holiday resorts, personal accident, travel insurance and marine risks". A '
            "spokeswoman for Hanover Re, Europe's fifth-largest reinsurance firm, estimated "
            "tsunami-related damage claims would be in the low double-digit millions of euros. "
            "The company has paid out about 300 million euros to cover damage caused recently "
            "by four major hurricanes in the US.\n",
            "The company has paid",
            "[Hanover Re] has paid out about 300 million euros",
        ),
        # bbc_news: the firm's own managing director named beside it
        (
            "Games enter the classroom\n\n"
            "Video games are being developed for use in schools.\n\n"
            "Most game firms are too busy turning a profit in the lucrative commercial market to "
            "consider developing games for use in schools but Liverpool-based games firm Lateral "
            "Visions saw a gap in the market.\n\n"
            '"Learning games were somewhat old-fashioned," said Dr Carl Gavin, managing '
            "director of Lateral Visions. The company set out to write something that had all "
            "the look and feel of a commercial game.\n",
            "The company set out",
            "[Lateral Visions] set out to write something",
        ),
    ],
)
def test_the_firm_is_the_body_the_article_calls_a_firm(text, opening, named):
    document = _read(text)
    assert standalone(_sentence(document, opening), document).startswith(named)


def test_a_body_the_article_calls_by_another_kind_is_not_the_watchdog():
    # bbc_news: the watchdog is the regulator AMF, not Vivendi, the firm named just before
    assert _left_as_it_is(
        "Watchdog probes bond sale\n\n"
        "French stock market regulator AMF has filed complaints against media giant Vivendi "
        "Universal, its boss and another top executive.\n\n"
        'Vivendi has said it believes there is "no legal basis" for the complaints. The '
        "watchdog is said to believe the executive pair were party to privileged information.\n",
        "The watchdog",
    )


def test_the_band_is_named_only_where_the_article_calls_one_so():
    # bbc_news: the model reads REM as a person; the article calls them a band
    assert _point(
        "REM concerts blighted by illness\n\n"
        "US rock band REM have been forced to postpone another concert after bassist Mike Mills "
        "was taken to hospital with an intestinal infection.\n\n"
        "The band were forced to cut short Monday night's show in Sheffield.\n",
        "The band",
    ).startswith("[REM] were forced to cut short")
    # "The group" of people named by no noun: as it stands
    assert _left_as_it_is(
        "Cult members held\n\n"
        "Police in Texas arrested a group of cult members led by Hollis Dunn on Monday.\n\n"
        "The group was held at a ranch near Waco.\n",
        "The group",
    )


def test_the_group_is_the_body_the_sentence_just_before_is_about():
    # bbc_news (politics): "But the group says hunting will continue ..." stood unnamed
    assert _point(
        "Final hunts held as ban looms\n\n"
        "Hunts in England and Wales have begun on the last day that hunting with dogs is legal."
        "\n\n"
        "The ban on hunting with dogs comes into effect from 0001 GMT on Friday. The Countryside "
        "Alliance had its latest legal bid to block the ban thwarted on Wednesday when the Appeal "
        "Court ruled the Hunting Act was lawful.\n\n"
        "But the group says hunting will continue in some form after the ban comes in.\n",
        "But the group says",
    ).startswith("[Countryside Alliance] says hunting will continue")
    # not a group of people the sentence before speaks of
    assert _left_as_it_is(
        "Migrants held\n\n"
        "Thirty migrants were found at the border on Monday.\n\n"
        "Amnesty International said a group of 30 migrants had been held for a month. The group "
        "includes six children.\n",
        "The group",
    )
    # not a body the sentence before only mentions: its subject is someone else
    assert _left_as_it_is(
        "Fans angry\n\n"
        "Supporters were told of the decision on Monday.\n\n"
        "Dozens of fans protested outside the offices of Leeds United on Tuesday. The group "
        "said it would return next week.\n",
        "The group",
    )


def test_a_pronoun_after_a_sentence_about_someone_described_is_that_person():
    # bbc_news: "He" is the player the sentences before describe, not Real Madrid's director,
    # whom one of them names ("[Emilio Butragueno] began the season in superb form" had given
    # Reyes's slump to him)
    named = _point(
        "Reyes tricked into Real admission\n\n"
        "Jose Antonio Reyes has added to speculation linking him with a move from Arsenal to "
        "Real Madrid after falling victim to a radio prank.\n\n"
        "The Spaniard believed he was talking to Real Madrid sporting director Emilio "
        'Butragueno when he allegedly berated his team-mates as "bad people". "I wish I was '
        'playing for Real Madrid," the 21-year-old told Cadena Cope. The striker joined the '
        "Gunners from Seville for £17m at the start of 2004, but it has frequently been reported "
        "that he is homesick. He began the season in superb form but has struggled to maintain "
        "his high standards.\n",
        "He began",
    )
    # the Spaniard the first sentence after the lead is about, whom the lead names
    assert named.startswith("[Jose Antonio Reyes] began the season")


def test_a_pronoun_after_a_description_that_is_a_name_is_that_person():
    # bbc_news: "The player ... was Gavin Henson": he is the one "He" goes on about
    assert _point(
        "Henson stakes early Lions claim\n\n"
        "The Six Nations has thrown up several candidates for the Lions tour.\n\n"
        "The player who staked the biggest claim for a place in the starting XV over the "
        "weekend was Gavin Henson. He once showed a clean pair of heels to Mathew Tait when he "
        "got outside him.\n",
        "He once",
    ).startswith("[Gavin Henson] once showed")


@pytest.mark.parametrize(
    ("text", "opening", "named"),
    [
        # bbc_news: "he" is the Tory leader the sentence before is about, not Tony Blair, whom
        # it names ("[Tony Blair] promises to focus on restoring order" before)
        (
            "Howard unveils election platform\n\n"
            'The Conservatives would stand up for the "forgotten majority", Michael Howard '
            "pledged as he unveiled the first part of the Tory election manifesto.\n\n"
            "The Tory leader argued there was a mass of people whom he says feel let down by "
            "Tony Blair and who share Tory values. In the foreword to the manifesto, he promises "
            "to focus on restoring order.\n",
            "In the foreword",
            "In the foreword to the manifesto, [Michael Howard] promises",
        ),
        # bbc_news: Houllier, not the coach whose job he did not go for ("[Mark Hughes] has been
        # working for Uefa" before)
        (
            "Houllier praises Benitez regime\n\n"
            "Former Liverpool manager Gerard Houllier has praised the work of his successor.\n\n"
            "Houllier also revealed he is now ready to return to the game after leaving "
            "Liverpool in May. The former France boss has been linked with a host of jobs and "
            "pulled out of the race to succeed Mark Hughes as Wales national coach. He has been "
            "working for Uefa, covering the Premiership for French television.\n",
            "He has been working",
            "[Gerard Houllier] has been working for Uefa",
        ),
    ],
)
def test_a_pronoun_is_the_person_the_sentence_before_describes_not_one_it_names(
    text, opening, named
):
    document = _read(text)
    assert standalone(_sentence(document, opening), document).startswith(named)


def test_a_pronoun_after_someone_the_model_missed_revealing_something_names_no_one():
    # bbc_news: the model read Rowling only as a body and the book as a person: "[Harry
    # Potter] added that the opening chapter of the book had been brewing in her mind"
    named = _point(
        "New Harry Potter tops book chart\n\n"
        "Advance orders for the sixth Harry Potter book have made it the top seller.\n\n"
        "Harry Potter and the Half-Blood Prince takes up the story of Harry Potter's sixth year "
        "at Hogwarts School of Witchcraft and Wizardry as Lord Voldemort grows stronger. "
        "Rowling has already revealed that the Half-Blood Prince is neither Harry nor "
        "Voldemort. And she added that the opening chapter of the book had been brewing in her "
        "mind for 13 years.\n",
        "And she added",
    )
    assert named is None or "Harry Potter" not in named


# bbc_news: the man the article is about, and a man it names once, in a sentence that speaks of
# the first as "his" before it names the second
EX_SPY = """Russian ex-spy on hunger strike

Viktor Makarov, 50, claims he has been betrayed by the British authorities.

Mr Makarov joined the KGB in 1970s Russia, as an idealistic 20 year-old. One of his fellow pupils at intelligence school was Vladimir Putin. At KGB headquarters in Moscow, he was posted to the secret 16th directorate. By the 1980s he had risen to the rank of senior lieutenant.
"""


def test_a_pronoun_is_not_given_the_name_of_someone_a_sentence_names_after_another_mans_his():
    point = _point(EX_SPY, "At KGB headquarters")
    assert point is None or "Putin" not in point
    later = _point(EX_SPY, "By the 1980s")
    assert later is None or "Putin" not in later


# bbc_news: a person spoken of inside a point, whom neither it nor its sentence names
ELIGIBLE = """Barkley fit for match in Ireland

Olly Barkley is fit to face Ireland on Saturday.

Last December, the International Rugby Board confirmed that he could only be eligible for England as he had travelled on tour with them in 1998.
"""
SURPRISED = """Man arrested

Police hunted the man for weeks.

Local police were said to be surprised he was in the area.
"""


def test_a_person_spoken_of_inside_a_point_is_named_or_the_point_is_not_used():
    assert _point(ELIGIBLE, "Last December").startswith(
        "Last December, the International Rugby Board confirmed that [Olly Barkley] could"
    )
    assert _point(SURPRISED, "Local police") is None
    # "him" as an object; a thing as the subject before it says nothing of whom
    accused = (
        "Drink remark 'acts as diversion'\n\n"
        "First Minister Jack McConnell told pupils it was okay to get drunk once in a while.\n\n"
        "The one-sentence comment was immediately criticised by the Scottish National Party"
        " which accused him of encouraging young people to get drunk.\n"
    )
    assert "which accused [Jack McConnell] of encouraging" in _point(accused, "The one-sentence")
    # bbc_news: the sentence's first word is a surname the model read with its possessive
    young = (
        "Young debut cut short by Ginepri\n\n"
        "Fifteen-year-old Donald Young's first appearance in an ATP tennis tournament proved"
        " brief.\n\n"
        "The wildcard entry was dispatched by fellow American Robby Ginepri in straight sets."
        " Young, who beat two players ranked in the top 200 when he was just 14, was only 2-1"
        " down in the first set.\n"
    )
    assert "Ginepri" not in _point(young, "Young, who beat")
    # ... but not where the sentence names or describes the person itself
    described = "A headline\n\nThe prime minister said he was up for it.\n"
    assert _point(described, "The prime minister") == "The prime minister said he was up for it."


# bbc_news: a lead with a noun's own "that" clause, closed by the frame of a claim
DRINK = """Drink remark 'acts as diversion'

The first minister's statement that it was okay to get drunk "once in a while" has diverted attention from the real issues, it has been claimed.

Jack Law, chief executive of Alcohol Focus Scotland, said Jack McConnell's comment was "ill-advised".
"""


def test_a_clause_of_a_noun_and_a_closing_it_has_been_claimed_point_nowhere():
    lead = 'The first minister\'s statement that it was okay to get drunk "once in a while"'
    assert _point(DRINK, "The first minister").startswith(lead)


# bbc_news: a player the model never read as a person, then "his", with his manager named
# further back
BAROS = """Unclear future for striker Baros

Liverpool forward Milan Baros is uncertain whether he remains part of boss Rafa Benitez's plans after being dropped for the Carling Cup final.

Baros, who is Liverpool's leading scorer this season, denied reports of a row with Benitez but claims he is mystified at being left on the bench. He told Czech newspaper Daily Sport: "I don't know why I didn't play on Sunday. I didn't argue with anybody. "I was disappointed but I am not thinking of leaving right now." The Czech international came on as a substitute after 74 minutes but could not prevent his side losing 3-2 to Chelsea after extra-time.

Baros denied suggestions he wanted to leave the Millennium Stadium before the match upon learning of his omission from the starting line-up. But his admission that he "guessed something like this was going to happen on Saturday", will do little to quell claims of a falling-out with Benitez.
"""


def test_a_pronoun_after_a_sentence_about_a_name_the_model_did_not_read_names_no_one_else():
    point = _point(BAROS, "But his admission")
    assert point is None or "Benitez’s]" not in point


@pytest.mark.parametrize(
    ("text", "news"),
    [
        # writers_dev: the writer vouching for the claim, in the memo's voice once lifted
        (
            "As far as his credentials for the job are concerned, the 54-year-old executive "
            "certainly talks the talk.",
            False,
        ),
        ("Mr Kennedy is clearly hoping for a more significant outcome than that.", False),
        # bbc_news: the certainty is the analysts', who are said to hold it
        (
            "The figures prompted some analysts to forecast that the Bank of England will almost "
            "certainly raise rates this year.",
            True,
        ),
        ('Mr Brown said: "We will certainly win the vote."', True),
        ("The ruling clearly states that the deal is illegal.", True),
        # a hedge is no vouching: the claim is weighed, not asserted
        (
            "Paula Radcliffe faces arguably the biggest test of her career in the New York City "
            "Marathon on Sunday.",
            True,
        ),
    ],
)
def test_the_writers_own_judgement_is_no_news(text, news):
    assert is_news(text) is news


def test_a_description_after_a_sentence_about_the_headlines_person_is_theirs():
    # bbc_news: the sentence before names two people, the one the headline opens on as its
    # subject; "The Sydney Olympic gold medallist" goes on about her
    text = (
        "Jones files Conte lawsuit\n\n"
        "Marion Jones has filed a lawsuit for defamation against Balco boss Victor Conte "
        "following his allegations that he gave her performance-enhancing drugs.\n\n"
        "The Sydney Olympic gold medallist says Conte damaged her reputation and she is seeking "
        "$25m (£13m) in the suit.\n"
    )
    assert _point(text, "The Sydney Olympic") == (
        "The Sydney Olympic gold medallist [Marion Jones] says Conte damaged her reputation and "
        "she is seeking $25m (£13m) in the suit."
    )


def test_what_a_pointer_means_does_not_stand_alone_and_a_summing_up_word_goes():
    text = (
        "TV future in the hands of viewers\n\n"
        "Digital video recorders are moving into the living room, experts say.\n\n"
        "What this means, said Stacey Jolna, senior vice president of TV Guide TV group, is that "
        "the way people find the content they want to watch has to be simplified.\n\n"
        "Essentially, the recorders allow for much more personalised TV.\n"
    )
    assert _point(text, "What this means") is None
    # bbc_news: without its "But", the speaker's inverted verb would open the point
    inverted = (
        "When invention turns to innovation\n\n"
        "Great inventions like the car changed people's lives. But, says Nick Donofrio, senior "
        "vice-president of technology and manufacturing at IBM, it was not the thing itself "
        "that actually improved people's lives.\n"
    )
    assert _point(inverted, "But, says") is None
    # bbc_news: a share whose noun the sentence before gives
    shares = (
        "Teens 'know little' of politics\n\n"
        "Only a quarter of 14-16 year olds knew that Labour was the government. Almost all "
        "could identify Tony Blair, but only one in six knew who Michael Howard was. Most "
        "pupils said politics was boring.\n"
    )
    assert _point(shares, "Almost all could") is None
    # bbc_news: "this" is the feature the sentence before told of
    pointer = (
        "Latest Opera browser gets vocal\n\n"
        "The browser also fits pages to the width of the screen. The company points out that "
        "this will also appeal to anyone using Opera with a handheld device. The firm said that "
        'this year\'s sales were up 12%, and added: "This is our best browser."\n'
    )
    assert _point(pointer, "The company points out") is None
    assert _point(pointer, "The firm said") is not None  # a determiner, and a quotation
    # writers_dev: "this" is the clause before it in the same sentence
    assert _left_as_it_is(
        "Lib Dems brace for losses\n\n"
        "The Liberal Democrats have admitted they are on course to lose at least 20 MPs, but "
        "claim this could still be enough to put them back in power.\n",
        "The Liberal Democrats",
    )
    assert _point(shares, "Most pupils") is not None  # with its noun
    assert drop_connective("Essentially, the recorders allow for much more personalised TV.") == (
        "The recorders allow for much more personalised TV."
    )


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        # bbc_news: "either" says someone else was in no mood to celebrate
        (
            "But Wenger's Bayern counterpart Felix Magath was in no mood to celebrate either.",
            "Wenger's Bayern counterpart Felix Magath was in no mood to celebrate.",
        ),
        (
            "People are using SMS to book cinema tickets too.",
            "People are using SMS to book cinema tickets.",
        ),
        # not an adverb of degree, nor what a quotation says, nor a "too" inside the sentence
        ("The price was far too high.", "The price was far too high."),
        ('He said: "Me too."', 'He said: "Me too."'),
        (
            "Text messaging is set to smash more records in 2005 too, said the MDA.",
            "Text messaging is set to smash more records in 2005 too, said the MDA.",
        ),
    ],
)
def test_a_closing_too_or_either_goes_as_an_opening_also_does(text, alone):
    assert drop_connective(text) == alone


def test_a_definition_or_what_holds_in_general_is_no_key_point():
    from briefing.summarise.standalone import says_in_general

    document = _read(
        "Blog reading explodes in America\n\n"
        "Blogs, or web logs, are online spaces in which people can publish their thoughts, "
        "opinions or spread news events in their own words. Blog readership has shot up by 58% "
        "in the last year. Reading blogs is now the most popular thing to do online. The survey "
        "found that blogs are online diaries. There are questions over what the survey "
        "counted.\n\n"
        # bbc_news: a name opening a sentence, which the tagger reads as a common noun
        "Wales coach Mike Ruddock will name his squad. Ruddock, though, is keen to protect his "
        "players from injury and fatigue.\n"
    )
    general = [says_in_general(s, document) for s in document.sentences]
    assert general == [True, False, False, False, False, False, False]


def test_review_fixes_hold():
    from briefing.summarise.extractive import _NEXT_STEP
    from briefing.summarise.standalone import FUTURE

    # "weighing" as a pending decision, with or without "up"
    assert _NEXT_STEP.search("The IAAF is weighing whether to appeal.")
    assert _NEXT_STEP.search("Ministers are weighing up whether to act.")
    # a plural noun "faces" is no future: words before the noun only after the article
    assert FUTURE.search("Thanou and Kenteris face a criminal trial later this year.")
    assert not FUTURE.search("Familiar faces at the trial were grim.")
    # "as well" compares unless set off by a comma
    assert drop_connective("He did not play as well.") == "He did not play as well."
    assert drop_connective("The firm cut jobs, as well.") == "The firm cut jobs."


@pytest.mark.parametrize(
    ("article", "named"),
    [
        # writers_dev (Press Association): the lede holds back the name, the next paragraph
        # opens on it with an age
        (
            "A man has admitted killing his wife of 25 years while she slept.\n\n"
            "Asghar Buksh, 55, repeatedly struck mother-of-six Nasreen Buksh over the head.\n\n"
            "He admitted culpable homicide on the basis of diminished responsibility.\n",
            "A man [Asghar Buksh, 55] has admitted killing his wife of 25 years while she slept.",
        ),
        # writers_dev: a headline first, then the lede; the model reads "Uddin" as a place
        (
            "Imran Uddin used a spying device to hack into university computers.\n\n"
            "A student who tried to cheat his way to a better degree by hacking into the"
            " university computers has been jailed.\n\n"
            "Imran Uddin, 25, who was studying science, bought keyboard spying equipment.\n",
            "A student [Imran Uddin, 25] who tried to cheat his way to a better degree by hacking"
            " into the university computers has been jailed.",
        ),
    ],
)
def test_a_lede_that_holds_back_its_subjects_name_is_given_it(article, named):
    start = named.split(" [")[0]
    assert _point(article, start) == named


@pytest.mark.parametrize(
    ("article", "start"),
    [
        # the next paragraph names someone else first: no age, so no telling it is the same man
        (
            "A man has been stabbed in the city centre.\n\n"
            "Police Sergeant John Smith said officers were called at 2am.\n",
            "A man has",
        ),
        # two people, not one
        (
            "A man and a woman have been arrested after a raid.\n\n"
            "Peter Jones, 41, and Mary Jones, 39, were held overnight.\n",
            "A man and",
        ),
        # a body, not a person: "A student union"
        (
            "A student union has voted to boycott the talks.\n\n"
            "Sarah Brown, 22, its president, said the vote was clear.\n",
            "A student union",
        ),
        # later in the article: no lede, whatever follows
        (
            "Prices rose again.\n\nMarkets fell.\n\nA man was later arrested.\n\n"
            "Tom Hill, 30, was charged.\n",
            "A man was",
        ),
    ],
)
def test_a_description_is_left_as_it_is_where_no_withheld_name_follows(article, start):
    assert _left_as_it_is(article, start)


FRONTED = """Wales win in Rome

Wales beat Italy 38-8 in Rome on Saturday. Coach Mike Ruddock praised his side.

After back-to-back wins at the start of the tournament for the first time in 11 years, they will travel to Paris in a fortnight looking like genuine contenders.

After the game, he said the side had been superb and deserved the win.

After he scored twice, Stephen Jones was replaced by Ceri Sweeney.

If Mr Ruddock keeps the side together, he will become the first coach to win a Grand Slam in Wales since 1978.

Like Ruddock, he was well within his rights to criticise the referee after the game.
"""


def test_a_pronoun_subject_after_an_opening_phrase_is_named_or_the_point_refused():
    # bbc_news (Wales in Rome): "they" after the phrase is the subject, as if it opened it
    assert _point(FRONTED, "After back-to-back") is None
    assert _point(FRONTED, "After the game") == (
        "After the game, [Mike Ruddock] said the side had been superb and deserved the win."
    )
    # the pronoun inside the opening clause, and the subject named: as it is
    assert _left_as_it_is(FRONTED, "After he scored")
    # the opening phrase names whom the pronoun stands for: whole as it is (bbc_news)
    assert _left_as_it_is(FRONTED, "If Mr Ruddock")
    # ... but for one likened to the one named, who is someone else
    assert _point(FRONTED, "Like Ruddock") is None


@pytest.mark.parametrize(
    ("text", "used"),
    [
        # bbc_news (tennis): "after that" is the set the sentence before told of
        (
            "But Vinci's game fell to pieces after that and Martinez swept her aside with some"
            " crisp returns.",
            False,
        ),
        ("Before this, the club had never reached a final in its 120 years.", False),
        # a determiner, which says which ("this" counts from today)
        ("The club has not won a trophy since this country joined the European Union.", True),
        ("The club expects to sell its ground after this season ends in May.", True),
    ],
)
def test_a_demonstrative_alone_after_a_preposition_points_outside(text, used):
    article = f"Club news\n\nThe club said on Monday it would sell its ground. {text}\n"
    document = _read(article)
    sentence = _sentence(document, text.split()[0] if not text.startswith("But") else "But")
    assert (standalone(sentence, document) is not None) is used


def test_the_captions_beside_a_caption_that_places_someone_in_its_picture_are_no_news():
    # writers_dev (MailOnline): a block of captions between the report's paragraphs; only the
    # first says it is one ("(left)"), the others tell their moment in the present
    document = _read(
        "Adebayor insists he is happy at Tottenham\n\n"
        "Adebayor joined Spurs in 2011 from Manchester City, initially on loan.\n\n"
        "Tottenham striker Emmanuel Adebayor rides the challenge of Liverpool defender Dejan "
        "Lovren (left)\n\n"
        "Adebayor takes to Twitter to pledge his future to Tottenham and insists he will fight "
        "for his place in the team.\n\n"
        "Adebayor gives an underwhelming performance against League One side Sheffield United "
        "in the League Cup.\n\n"
        "The striker's more modest form since then has left Adebayor little more than a "
        "bit-part in the Spurs machine.\n"
    )
    captions = {document.sentences[i].text[:24] for i in caption_block(document)}
    assert captions == {"Adebayor takes to Twitte", "Adebayor gives an underw"}
    # the same sentences with no caption beside them are the report's
    alone = _read("Adebayor at Tottenham\n\nAdebayor gives an underwhelming performance.\n")
    assert caption_block(alone) == set()


def test_a_caption_set_inside_a_speakers_quotation_is_no_news():
    # writers_dev (MailOnline): a picture's caption laid out between two paragraphs of Rooney's
    # words became a key point
    document = _read(
        "Rooney hails Fellaini\n\n"
        "Now Rooney has revealed his admiration for the former Everton forward, saying: 'He is "
        "getting used in the right way. He is a handful for defenders to mark.\n\n"
        "Marouane Fellaini has enjoyed an upturn in fortunes in recent weeks at Manchester "
        "United.\n\n"
        "'We like to play out from the back and if teams are pressing us then we have him as "
        "an option.'\n"
    )
    captions = {document.sentences[i].text[:24] for i in caption_block(document)}
    assert captions == {"Marouane Fellaini has en"}
    # the reporter's words before another speaker's quotation are the report's
    other = _read(
        "Peaty retains title\n\n"
        "\"It's really impressive. He is swimming like a new kind of stroke.\n\n"
        'Former British swimmer Mark Foster told BBC Sport that Peaty\'s display was "immense".'
        "\n\n"
        '"There are not enough words to describe how good he is," he said.\n'
    )
    assert caption_block(other) == set()


def test_a_side_named_by_its_part_in_the_match_is_no_point():
    # writers_dev (sport): "The hosts" out of its place is no one
    text = (
        "Millwall miss chance\n\nLeague One play-off chasing Millwall missed the chance to "
        "close the gap on the top six after a goalless draw with Walsall.\n\nThe hosts had the "
        "better chances, with Lee Gregory going closest.\n\nThe home side's fans booed at the "
        "end. Millwall's Lee Gregory hit the post twice."
    )
    assert _point(text, "The hosts had") is None
    assert _point(text, "The home side's fans") is None
    assert _left_as_it_is(text, "Millwall's Lee Gregory")


def test_he_after_someone_named_acting_on_him_is_not_that_person():
    # bbc_news (politics): "him" is Callaghan, whom Tony Blair called a giant; the next "He" is
    # Callaghan too, and putting Blair in brackets would make Blair Lord Callaghan of Cardiff
    document = _read(
        "Ex-PM Lord Callaghan dies aged 92\n\nFormer Labour prime minister Lord Callaghan has "
        "died on the eve of his 93rd birthday.\n\nHe entered Downing Street in 1976 after the "
        'resignation of Harold Wilson. Prime Minister Tony Blair called him a "giant" of the '
        "Labour movement. He held each of the major offices of chancellor, home secretary, "
        "foreign secretary and prime minister during his career and became Lord Callaghan of "
        "Cardiff in 1987.\n"
    )
    assert standalone(_sentence(document, "He held each"), document) is None
    # where the one named is the sentence's subject and no one else is spoken of, he is named
    document = _read(
        "Blair visit\n\nPrime Minister Tony Blair visited the flooded town on Monday.\n\n"
        "He held talks with local council leaders about the clean-up.\n"
    )
    assert standalone(_sentence(document, "He held talks"), document).startswith(
        "[Tony Blair] held talks"
    )


def test_he_after_a_sentence_whose_subject_is_someones_relative_is_that_someone():
    # the subject is the wife, not John Smith, so "him" may be Smith and the next "He" is him
    document = _read(
        "Smith to go\n\nJohn Smith's wife joined him on stage in Leeds. He will stand down "
        "next month.\n"
    )
    assert standalone(_sentence(document, "He will"), document) == (
        "[John Smith] will stand down next month."
    )


def test_a_quotations_speaker_given_by_description_is_named_in_brackets():
    # bbc_news (sport): "said the German" is Anna-Lena Groenefeld, of the sentence before
    text = (
        "Veteran Martinez wins Thai title\n\nConchita Martinez won her first title in almost "
        "five years with victory over Anna-Lena Groenefeld at the Volvo Women's Open in "
        'Pattaya, Thailand.\n\nThe 32-year-old Spaniard came through 6-3 3-6 6-3. "It feels '
        'really good," said Martinez. Groenefeld was the more powerful player but could not '
        'match her opponent\'s relentless accuracy. "It was my first final, a new experience," '
        "said the German.\n"
    )
    assert _point(text, '"It was my first') == (
        '"It was my first final, a new experience," said the German [Anna-Lena Groenefeld].'
    )
    # ... but not the one before where the article gives her another nation
    other = text.replace("over Anna-Lena Groenefeld", "over Austrian Anna-Lena Groenefeld")
    assert _point(other, '"It was my first').endswith("said the German.")


def test_a_body_described_by_its_rank_right_after_the_lead_that_names_it_is_named():
    # bbc_news (business): "France's second largest carmaker" is Renault, which the lead names
    text = (
        "Renault boss hails 'great year'\n\nStrong sales outside western Europe helped Renault "
        "boost its profits by more than 40% in 2004 although the firm warned of lower margins "
        "this year.\n\nFrance's second largest carmaker enjoyed a healthy 43% rise in net "
        "profits to 2.4bn euros as sales rose 8% to 40.7bn euros.\n"
    )
    assert _point(text, "France's second").startswith(
        "France's second largest carmaker [Renault] enjoyed a healthy 43% rise"
    )
    # after a sentence that names another body as well, no guess
    other = text.replace("helped Renault boost", "helped Renault and Nissan boost")
    assert _point(other, "France's second").startswith("France's second largest carmaker enjoyed")


# writers_dev: a report of a report goes on in its body's voice, "it said"
CARE = """Adult social care firms are struggling to hire, retain and train staff as a result of cuts to council budgets, a survey of senior officials suggests.

Councils in England are facing a £1.1bn shortfall this year, on top of "almost unendurable" cuts since 2010, the Association of Directors of Adult Social Services has warned.

Freezing care provider fees to save money was no long sustainable, it said.

Ministers say extra money will help NHS and social care services work together.

Some companies - particularly those in southern England - are struggling to attract staff, amid increasing concern about the quality of care, it said.
"""


def test_a_closing_it_said_names_the_body_last_given_as_the_source():
    assert _point(CARE, "Some companies") == (
        "Some companies - particularly those in southern England - are struggling to attract "
        "staff, amid increasing concern about the quality of care, [the Association of "
        "Directors of Adult Social Services] said."
    )
    # with no body given as a source before it, the claim keeps its frame as it is
    alone = CARE.replace(", the Association of Directors of Adult Social Services has warned", "")
    assert _left_as_it_is(alone, "Some companies")


def test_one_who_speaks_for_the_body_last_given_as_the_source_is_its():
    # bbc_news (politics): "its chief executive" is the funding council's
    text = (
        "Student inequality exposed\n\nTeenagers from well-off backgrounds are six times more "
        "likely to go to university than those from the most deprived areas, a report says.\n\n"
        "The Higher Education Funding Council for England said more people went to university "
        'between 1994 and 2000. The percentage of poorer students "hardly changed at all", '
        "said its chief executive, Sir Howard Newby.\n"
    )
    assert _point(text, "The percentage") == (
        'The percentage of poorer students "hardly changed at all", said [the Higher Education '
        "Funding Council for England’s] chief executive, Sir Howard Newby."
    )


@pytest.mark.parametrize(
    ("text", "start", "usable"),
    [
        # bbc_news (sport): compared with those the sentence before named
        (
            "Wales win\n\nThe Wales players will be household names. None more so than Henson, "
            "who can now expect the same sort of spotlight as Jonny Wilkinson.\n",
            "None more so",
            False,
        ),
        ("Report\n\nNothing in the report was new, the minister said.\n", "Nothing in", True),
    ],
)
def test_a_point_compared_with_those_before_it_is_not_used(text, start, usable):
    assert (_point(text, start) is not None) is usable
