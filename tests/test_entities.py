"""People, organisations and places, from the language pipeline's mentions of real sentences."""

import re
from pathlib import Path

import pytest

from briefing.entities import clean_name, extract_entities
from briefing.load import load_article, parse_text
from briefing.segment import segment

from .memo_helpers import EXAMPLE


def _entities(text, name="a.txt"):
    return extract_entities(segment(parse_text(text, path=Path(name), sha256="0" * 64)))


def _names(entities):
    return {
        kind: [e.name for e in getattr(entities, kind)]
        for kind in ("people", "organisations", "places")
    }


def _kinds_of(entities, name):
    """The lists ("people", "organisations", "places") that name is listed in."""
    return {kind for kind, listed in _names(entities).items() if name in listed}


def _roles(text):
    """Each listed person's role, for an article's text."""
    return {e.name: e.role for e in _entities(text).people}


def _entity(entities, name):
    """The entity of that name among all those found, listed or not."""
    return next(e for e in entities.found if e.name == name)


def test_example_article_lists_its_actors_with_roles_and_nothing_it_does_not_name():
    document = segment(load_article(EXAMPLE))
    found = extract_entities(document)
    names = _names(found)
    assert names["people"][:3] == ["Khawaja Muhammad Asif", "Abdellatif Loudyi", "Nasser Bourita"]
    assert {"Pakistan", "Morocco", "Rabat", "Islamabad"} <= set(names["places"])
    asif = found.people[0]
    assert set(asif.aliases) == {"Khawaja Asif", "Asif"}  # merged, not listed apart
    assert "Defence Minister" in asif.role
    assert found.people[2].role.startswith("Morocco’s Minister of Foreign Affairs")
    text = " ".join(p.text for p in document.paragraphs)
    for entity in (*found.people, *found.organisations, *found.places):
        assert re.search(rf"\b{re.escape(entity.name)}", text), entity.name
    # "MoU" (for "Memorandum of Understanding") and "Defence" (also written "defence") are no
    # organisations; "Moroccan" is no place.
    assert not {"MoU", "Defence", "Defence Cooperation"} & set(names["organisations"])
    assert "Moroccan" not in names["places"]


def test_surnames_and_acronyms_count_for_the_full_name():
    found = _entities(
        "Pundit and winger row\n\nFormer Arsenal midfielder Paul Merson has hit back at Andros "
        "Townsend, the Tottenham winger, after a row over his England call-up.\n\nTownsend scored "
        "against Italy on Tuesday and told reporters that Merson had been wrong. Merson said on "
        "Sky Sports that he would not apologise to Townsend."
    )
    people = {e.name: e for e in found.people}
    assert set(people) == {"Paul Merson", "Andros Townsend"}
    assert (
        people["Andros Townsend"].mentions == 3 and "Townsend" in people["Andros Townsend"].aliases
    )
    assert people["Paul Merson"].role == "former Arsenal midfielder"
    fbi = _entities(
        "Agents arrest suspect\n\nThe Federal Bureau of Investigation arrested a man in Chicago on "
        "Monday. The FBI said the man had planned an attack. A spokesman for the FBI declined to "
        "comment further."
    )
    assert [(e.name, e.aliases) for e in fbi.organisations] == [
        ("Federal Bureau of Investigation", ("FBI",))
    ]


def test_nationalities_are_never_places():
    found = _entities(
        "Dutch voters go to the polls\n\nDutch voters went to the polls on Wednesday in an "
        "election dominated by immigration. Dutch officials said turnout was high. Mark Rutte, "
        "the prime minister, said he expected to win."
    )
    assert found.places == ()
    assert [e.label for e in found.people] == ["Mark Rutte, prime minister"]


def test_a_party_named_by_its_members_is_one_organisation():
    # bbc-politics-201's opening, shortened: "the Tories" and "the Conservatives" are one party.
    found = _entities(
        "Howard denies split over ID cards\n\nMichael Howard has denied his shadow cabinet was "
        "split over its decision to back controversial Labour plans to introduce ID cards. The "
        "Tories said the plans would be scrutinised. Tory leader Michael Howard said the "
        "Conservatives would not oppose the bill. The Tories would press for changes, he said. "
        "Dutch and German officials watched the debate."
    )
    organisations = _names(found)["organisations"]
    assert "Tories" in organisations  # the name the text uses most, not one it does not use
    assert not {"Tory", "Conservatives", "Conservative Party"} & set(organisations)
    party = next(e for e in found.found if e.name == "Tories")
    assert party.kind == "organisation"
    assert party.aliases == ("Conservatives",)
    assert party.mentions == 3  # "Tory leader" describes Michael Howard: not the party acting
    # Nationalities stay groups, not organisations
    assert not {"Dutch", "German"} & set(organisations)


def test_a_party_is_never_a_person_or_a_place_nor_part_of_a_name():
    # writers_dev 0017 and 0021, shortened: the model reads "Lib Dem" as a person, "Ukip" as a
    # place, and takes "Tory" into a candidate's name.
    found = _entities(
        "Clegg campaigns in Eastleigh\n\nThe Liberal Democrats have admitted they face losing "
        "seats. Nick Clegg said the Lib Dems would hold on. Lib Dem activists in Hampshire "
        "were confident. Ukip is expected to do well. David Cameron was keen to support Tory "
        "Kelly Tolhurst, who is a local councillor. Ukip said it would stand everywhere."
    )
    names = _names(found)
    assert any(e.name == "Kelly Tolhurst" and e.kind == "person" for e in found.found)
    assert not {"Lib Dem", "Lib Dems", "Tory Kelly Tolhurst"} & set(names["people"])
    assert "Ukip" not in names["places"] and "Ukip" in names["organisations"]
    parties = [e for e in found.found if e.kind == "organisation" and "Dem" in e.name]
    assert len(parties) == 1  # "Liberal Democrats", "Lib Dems", "Lib Dem": one entry


def test_places_that_play_as_teams_are_organisations():
    found = _entities(
        "Liverpool beat Chelsea\n\nLiverpool beat Chelsea 2-1 at Anfield on Saturday to go top of "
        "the league. Mohamed Salah scored twice for Liverpool, and the Chelsea manager said his "
        "side had played badly. The win leaves Liverpool three points clear with ten games of "
        "the season left, and Chelsea face Arsenal next week."
    )
    assert _names(found)["organisations"][:2] == ["Liverpool", "Chelsea"]
    assert "Liverpool" not in _names(found)["places"]
    # The same city in a story that is not about sport stays a place.
    city = _entities(
        "Floods hit Liverpool\n\nHeavy rain flooded streets in Liverpool on Monday, and residents "
        "in Liverpool were told to stay at home. Trains to Liverpool were cancelled until Wednesday."
    )
    assert _names(city)["places"] == ["Liverpool"]


def test_the_file_name_and_the_outlet_are_never_listed():
    found = _entities(
        "Hong Kong (CNN)Six people were hurt after an explosion at a chemical plant in China's "
        "Fujian province. The plant, located in Zhangzhou city, produces paraxylene (PX). Xinhua "
        "news agency reported the fire was under control.",
        name="cnn-test-fbbafa743a8c2ecd2cedf65c6c61956b2db8ec5c.txt",
    )
    names = _names(found)
    listed = {n for kind in names.values() for n in kind} | {e.name for e in found.found}
    assert not any("CNN" in n or "Fbbafa" in n or "Test" in n for n in listed)
    assert "PX" not in listed  # an abbreviated common noun
    assert {"China", "Fujian", "Zhangzhou"} <= set(names["places"])


def test_a_note_on_the_writer_that_ends_the_piece_is_its_byline_not_news():
    # bbc_news: the note listed Clark Boyd, "World", BBC World Service and WGBH-Boston as names
    # in a story about satellite maps of Darfur
    text = (
        "Satellite mapping aids Darfur relief\n\n"
        "Aid workers trying to house, feed and clothe millions of homeless refugees in Darfur "
        "are getting a helping hand from satellites.\n\n"
        "Respond, a consortium of 18 European organisations, is providing maps to aid groups in "
        "Sudan. Einar Bjorgo of Unosat said the maps were made in hours.\n\n"
        "Clark Boyd is technology correspondent for The World, a BBC World Service and "
        "WGBH-Boston co-production\n"
    )
    article = parse_text(text, Path("darfur.txt"), "d" * 64)
    assert article.source.author == "Clark Boyd"
    assert not any("Clark Boyd" in p for p in article.paragraphs)
    listed = {e.name for e in _entities(text).found}
    assert not listed & {"Clark Boyd", "World", "BBC World Service", "WGBH-Boston"}
    # A last paragraph about someone the story names is news: "Mr Bjorgo ..." here
    quoted = text.replace("Clark Boyd is", "Einar Bjorgo is")
    assert parse_text(quoted, Path("darfur.txt"), "d" * 64).source.author is None
    # a column's opening names its writer as the one who argues: still the writer (bbc_news)
    column = (
        "Who do you think you are?\n\nThe real danger is not what happens to your data as it "
        "crosses the net, argues analyst Bill Thompson. It is what happens when it arrives.\n\n"
        "Cahoot admitted that its customers could see each other's accounts.\n\n"
        "Bill Thompson is a regular commentator on the BBC World Service programme Go Digital.\n"
    )
    article = parse_text(column, Path("column.txt"), "c" * 64)
    assert article.source.author == "Bill Thompson"
    assert not any("regular commentator" in p for p in article.paragraphs)
    # ... but one the opening quotes, or another the column names, is news
    named = column.replace("Cahoot admitted", "Bill Thompson said Cahoot admitted")
    assert parse_text(named, Path("column.txt"), "c" * 64).source.author is None


def test_a_byline_is_no_entity_but_a_sentence_starting_with_by_is_news():
    found = _entities(
        "Obama sets target\n\nBy 2020, President Barack Obama wants the United States to cut "
        "emissions, the White House said on Monday.\n\nBy Jane Hill\n\nObama said the plan "
        "would create jobs."
    )
    assert [(e.name, e.mentions) for e in found.people] == [("Barack Obama", 2)]
    assert "Jane Hill" not in {e.name for e in found.found}


def test_roles_come_from_appositives_and_titles():
    found = _entities(
        "Kenya counts votes\n\nUhuru Kenyatta has been leading in early results. Mr Kenyatta's "
        "running mate, William Ruto, who is also facing a trial at the International Criminal "
        "Court, said foreign embassies may have influenced the decision. Tory leader Michael "
        "Howard, who was visiting, said nothing. Uhuru Kenyatta denies the charges."
    )
    roles = {e.name: e.role for e in found.people}
    assert roles["William Ruto"] == "Mr Kenyatta's running mate"
    assert roles["Michael Howard"] == "Tory leader"
    assert roles["Uhuru Kenyatta"] is None  # the text gives him none
    assert _names(found)["organisations"] == ["International Criminal Court"]


def test_a_first_name_the_model_left_out_is_no_role():
    # bbc_news (entertainment): the model read "Sandino Moreno" alone, "Catalina" before it
    found = _entities(
        "Spirit awards hail Sideways\n\nThe comedy Sideways has dominated this year's "
        "Independent Spirit Awards.\n\nOther winners included Catalina Sandino Moreno, who took "
        "best actress for her role as a drug smuggler in the Colombian drama Maria Full of "
        "Grace."
    )
    roles = {e.name: e.role for e in found.people}
    assert "Sandino Moreno" in roles
    assert roles["Sandino Moreno"] is None


def test_a_long_role_keeps_what_it_is_head_of_and_loses_where():
    # bbc_news (tech): cut to "Yahoo's head", the role said he runs Yahoo
    found = _entities(
        "Yahoo celebrates a decade online\n\nYahoo has reached the grand old age of 10.\n\n"
        "Nick Hazel, Yahoo's head of consumer services in the UK, thinks the fact that Yahoo has "
        "grown up with the first wave of the internet generation will stand it in good stead."
    )
    roles = {e.name: e.role for e in found.people}
    # eight words as written ("Yahoo's" is one): whole
    assert roles["Nick Hazel"] == "Yahoo's head of consumer services in the UK"
    # longer, it loses where before what he heads
    roles = _roles(
        "Yahoo celebrates a decade online\n\nYahoo has reached the grand old age of 10.\n\n"
        "Nick Hazel, Yahoo's head of consumer services in the UK and the Irish Republic, thinks "
        "the fact that Yahoo has grown up with the internet generation will stand it in good "
        "stead."
    )
    assert roles["Nick Hazel"] == "Yahoo's head of consumer services"


def test_a_hyphenated_word_in_a_long_role_is_no_clause():
    # bbc_news (tech): the parse tags "added" of "value-added" a verb; cut at it, the role was
    # "director" alone
    roles = _roles(
        "BT offers free net phone calls\n\nBT is offering customers free internet telephone "
        'calls if they sign up to broadband in December.\n\n"People already using BT '
        "Communicator have found it by far the most convenient way of making a call if they "
        'are at their PC," said Andrew Burke, director of value-added services at BT Retail.'
    )
    assert roles["Andrew Burke"] == "director of value-added services at BT Retail"


def test_a_role_names_the_body_it_is_held_at_as_the_text_names_it_for_short():
    # writers_dev: a long name with its abbreviation, and a description with the name after it;
    # cut, the roles were "group chief executive" and "chief economist at the manufacturers'
    # organisation"
    found = _entities(
        "Factories slow\n\nUK manufacturing activity contracted in April, a survey said.\n\n"
        "David Noble, group chief executive at the Chartered Institute of Procurement and Supply "
        '(CIPS), said: "Recent fears over a stall have now become a reality."\n\n'
        "Lee Hopley, chief economist at the manufacturers' organisation, EEF, said: \"The sharp "
        'drop could be the clearest sign yet of uncertainty."'
    )
    roles = {e.name: e.role for e in found.people}
    assert roles["David Noble"] == "group chief executive at CIPS"
    assert roles["Lee Hopley"] == "chief economist at EEF"


# bbc_news (politics): the chief critic is named once, and answers the news without "said"
CHARADE = """Falconer rebuts 'charade' claims

Concessions on a bill which critics claim would allow euthanasia "through the back door" were not a political ploy, the lord chancellor has said.

Ministers have been accused of panic in offering last minute changes to the Mental Capacity Bill amid chaotic scenes in the Commons on Tuesday. Lord Falconer said it was fair to criticise the late timing of the offer. He said the changes provided a solution to a very difficult issue but some MPs argue the situation is still unclear.

The bill allows people to give somebody the power of attorney to make decisions on their behalf if they become too ill to decide for themselves. Ministers insist the plans would not change laws on euthanasia and would improve safeguards. Critics fear it could allow "killing by omission" through withdrawing treatment, including food and fluids.

Tony Blair said he would do everything he could to meet concerns about the bill. But changes to the bill must not overturn the law set when a court ruled that doctors could withdraw artificial feeding and hydration from Hillsborough coma victim Tony Bland. "It is important we don't end up in the situation where doctors and consultants are confused about the law and may lay themselves open to prosecution in circumstances where no sensible person would want that to happen," he said.

On Tuesday, the government saw off a backbench attempt to force changes to the bill by 297 votes to 203, despite rebellion by 34 Labour MPs. The revolt was also reduced by news that Lord Falconer had promised the Catholic archbishop of Cardiff to strengthen safeguards in the bill. But that only came after MPs bombarded Constitutional Affairs Minister David Lammy with a barrage of requests for him to read the letter as they complained they had been left in the dark. Eventually, he was hurriedly handed the letter to read out five minutes before the crunch votes, prompting claims of a shambles. The deputy speaker later said the debate had not been handled as it should have been.

Lord Falconer says there will be amendments when the bill goes to the House of Lords. He told BBC News: "We have given a commitment to put into the bill a clause that says that nothing in the bill authorises any act where the motive of the person authorising the decision is to end life. "The motive has got to be to end suffering." He denied the concessions were a "political manoeuvre" forced by panic about the rebellion. It was inevitable that minds became more focused as the bill went through Parliament but the result was a "sensible solution", he said. "I don't think it is something to be embarrassed about. These issues are not easy to deal with," he went on. BBC political editor Andrew Marr said Mr Lammy was "waste deep in quicksand and sinking fast" after his performance. But Lord Falconer praised his minister for an "excellent job". Former Conservative leader Iain Duncan Smith, one of the chief critics of the plans, condemned the debate as a "charade" and complained the promises of changes to the bill were vague."""


def test_a_voice_that_answers_the_news_counts_as_one_that_speaks():
    people = _names(_entities(CHARADE))["people"]
    assert "Iain Duncan Smith" in people  # not the coma victim whom a ruling names
    assert "Tony Bland" not in people


def test_a_prison_and_a_county_are_places_and_a_police_rank_is_no_part_of_a_name():
    # writers_dev 0061: the model read all three as people's names
    found = _entities(
        "Prison officer dies\n\nThe organisation said Mr Ismay was targeted for training "
        "officers at Maghaberry Prison near Lisburn, County Antrim. Mrs McAllister condemned the "
        "behaviour of some paramilitary inmates at Maghaberry Prison.\n\nDet Ch Insp Richard "
        'Campbell said it was "yet another difficult day for the Ismay family".'
    )
    people = _names(found)["people"]
    assert "Richard Campbell" in people
    assert not {"Maghaberry Prison", "County Antrim", "Det Ch Insp Richard Campbell"} & set(people)
    assert "Maghaberry Prison" in _names(found)["places"]


# bbc_news (entertainment): the model reads the band's name as a person's every time
AWARDS = """Snow Patrol feted at Irish awards

Snow Patrol were the big winners in Ireland's top music honours, the Meteor Awards, picking up accolades for best Irish band and album on Thursday.

The Belfast-born, Glasgow-based band collected the prizes at the ceremony at Dublin's Point Theatre. Westlife won the award for best Irish pop act, voted for by the public, beating former member Brian McFadden. Franz Ferdinand picked up best international band and album while Paddy Casey collected best Irish male. Singer-songwriter Casey beat Brian McFadden and Damien Rice. Juliette Turner was named best Irish female.

In the international categories, Morrissey beat Eminem, Usher and Robbie Williams to best male while PJ Harvey pipped Kylie Minogue, Joss Stone, Anastacia and Natasha Bedingfield to the female crown. The 8,000 fans at the ceremony were treated to performances from US rapper Snoop Dogg, Brian McFadden with Delta Goodrem and The Thrills featuring Rolling Stones star Ronnie Wood. Snow Patrol's success came after a year in which they made a chart breakthrough with their third album Final Straw. "I think a lot of bands should go through a wee bit of a kicking before the make a success," singer Gary Lightbody and drummer Jonny Quinn said. "It has been good for us, but also hard for us over the past six years." Snow Patrol will support U2 on their European tour later this year - but U2 were not nominated for best Irish band and album."""


def test_a_name_given_in_full_every_time_and_opening_on_no_first_name_is_no_persons():
    found = _entities(AWARDS)
    assert "Snow Patrol" not in _names(found)["people"]
    assert "Snow Patrol" in _names(found)["organisations"]  # "Snow Patrol were ...": a band
    assert "Brian McFadden" in _names(found)["people"]  # named in full three times too
    # a first name the census list lacks, but the words before it say a person (bbc_news)
    star = _entities(
        "Bookmakers back Aviator for Oscar\n\nBritish star Clive Owen is second favourite at "
        "William Hill to take the best supporting actor award, for his performance in Closer. "
        "Meanwhile, Clive Owen's best supporting actor nomination has led a bookmaker to shorten "
        "his odds of becoming the next James Bond.\n\n\"Clive Owen's nomination has sparked a "
        'betting frenzy from James Bond fans," said William Hill spokesman Rupert Adams.'
    )
    assert "Clive Owen" in _names(star)["people"]


def test_a_films_director_and_a_peer_are_people_whatever_the_model_read():
    # bbc_news: the model read both as organisations
    film = _entities(
        "Tautou 'to star in Da Vinci film'\n\nFrench actress Audrey Tautou, star of hit film "
        "Amelie, will play the female lead in the film adaptation of The Da Vinci Code.\n\nShe "
        "is currently starring in A Very Long Engagement, directed by Jean-Pierre Jeunet. Jeunet "
        "was also responsible for directing Tautou in Amelie in 2001."
    )
    assert "Jean-Pierre Jeunet" in _names(film)["people"]
    assert "Jean-Pierre Jeunet" not in _names(film)["organisations"]
    judge = _entities(
        "Top judge clashes with ministers\n\nLord Hutton's inquiry into the death of Dr David "
        "Kelly sparked debate about who should run inquiries. Lord Woolf said he had not been "
        "involved in the choice of Lord Hutton, who as a law lord did not come under his "
        "jurisdiction."
    )
    assert "Lord Hutton" in _names(judge)["people"]
    assert "Lord Hutton" not in _names(judge)["organisations"]


def test_a_time_in_a_match_before_a_name_is_no_role():
    # bbc_news (sport): "second half" was read as Wayne Carlisle's title
    found = _entities(
        "Mansfield 0-1 Leyton Orient\n\nAn second-half goal from Andy Scott condemned Mansfield "
        "to a ninth successive game without a win.\n\nEarly in the second half Wayne Carlisle's "
        "cross was met by Scott and he blasted the ball home from just outside the penalty area."
    )
    roles = {e.name: e.role for e in found.people}
    assert "Wayne Carlisle" in roles and roles["Wayne Carlisle"] is None
    # a position is a role (bbc_news, rugby)
    rugby = _entities(
        "Dominici backs lacklustre France\n\nBut although France have yet to click, Dominici "
        "says that they can still win the hard way as long as scrum-half Dimitri Yachvili "
        "continues in his goalkicking form."
    )
    assert {e.name: e.role for e in rugby.people}.get("Dimitri Yachvili") == "scrum-half"


def test_a_role_that_opens_a_sentence_keeps_its_capital_only_when_it_is_a_title():
    found = _entities(
        "Bus hit by lorry\n\nThree people were hurt when a bus was hit by a lorry in Oxford.\n\n"
        "Passenger Rebecca Crow posted a picture of her injuries. Chancellor George Osborne said "
        "he was shocked. Crow said the other passengers were thankful, and the chancellor "
        "visited the scene with Osborne's aides."
    )
    roles = {e.name: e.role for e in found.people}
    assert roles["Rebecca Crow"] == "passenger"
    assert roles["George Osborne"] == "Chancellor"  # a title, though "the chancellor" too


def test_a_role_given_as_one_of_many_is_the_role_alone():
    # writers_dev: "One signatory, Jenny Lewis, wrote ..." once gave "Jenny Lewis, One signatory"
    found = _entities(
        "College cuts degrees\n\nAn Oxford college is to cut two of its degrees, students said.\n\n"
        "One signatory, Jenny Lewis, wrote on the first petition that the college had lost its "
        "way. Jenny Lewis said the cuts would hurt mature students."
    )
    roles = {e.name: e.role for e in found.people}
    assert roles["Jenny Lewis"] == "signatory"


@pytest.mark.parametrize(
    ("span", "label", "name"),
    [
        ("the Moroccan Government", "ORG", "Moroccan Government"),
        ("Mr Odinga", "GPE", "Odinga"),
        ("Fujian province", "GPE", "Fujian"),
        # bbc_news (politics): "... to the Commons on Monday", the name and then when
        ("Commons on Monday", "ORG", "Commons"),
        # bbc_news (entertainment): "... the funerals of both Martin Luther King Jnr and Malcolm
        # X. Besides Dee, Davis is survived by ...", one span to the model
        ("Malcolm X. Besides Dee", "PERSON", "Malcolm X."),
        ("George W. Bush", "PERSON", "George W. Bush"),
        ("Stoke on Trent", "GPE", "Stoke on Trent"),
        ("Morocco’s", "GPE", "Morocco"),
        # bbc_news 0480: a list's comma inside the model's span
        ("Fraser,", "ORG", "Fraser"),
        # writers_dev: the model's span runs on to the noun the name owns
        ("Luton Town’s academy", "ORG", "Luton Town"),
        # bbc_news: a date the model began on a plural's apostrophe ("shop workers' days")
        ("' days", "DATE", None),
        ("Bank of England", "ORG", "Bank of England"),
        ("Fondation pour l'Enfance", "ORG", "Fondation pour l'Enfance"),
        ("the Association of Directors of", "ORG", None),  # cut short
        ("Telford Co-", "ORG", None),
        ("Independent the Tories", "ORG", None),  # two names run together
        ("CNN Test Fbbafa743a8c2ecd2cedf65c6c61956b2db8ec5c", "ORG", None),
        # writers_dev: the party, then one of its members by name, read as one body
        ("UKIP AM David Rowlands", "ORG", "UKIP"),
        ("Labour MP Diane Abbott", "ORG", "Labour"),
    ],
)
def test_clean_name(span, label, name):
    assert clean_name(span, label) == name


def test_a_name_the_model_cut_short_is_the_name_the_text_goes_on_to():
    # "the Affordable Care" before "act": the law the article names in full, never listed.
    found = _entities(
        "Court upholds health law\n\nThe enactment of the Affordable Care Act (ACA) - one of Mr "
        "Obama's most significant and controversial achievements - was upheld by the US Supreme "
        'Court.\n\n"Congress passed the Affordable Care act to improve health insurance markets, '
        'not to destroy them," Chief Justice John Roberts wrote.'
    )
    assert not [e for e in found.found if e.name.startswith("Affordable Care")]
    fondation = _entities(
        "Singer plays for charity\n\nMoney raised will go to the Fondation pour l'Enfance "
        "(Foundation for Childhood) which aims to help children in need. The show was sold out, "
        "and the Fondation pour l'Enfance thanked the singer."
    )
    names = _names(fondation)["organisations"]
    assert names == ["Fondation pour l'Enfance"]  # its translation is another name for it


def test_a_name_read_without_its_noun_is_the_law_or_figure_it_names_and_never_listed():
    # bbc_news (politics): the model read "the Mental Capacity" of the Bill as an organisation
    bill = _entities(
        "Falconer rebuts charade claims\n\nMinisters have been accused of panic in offering last "
        "minute changes to the Mental Capacity Bill amid chaotic scenes in the Commons on "
        "Tuesday. Lord Falconer said it was fair to criticise the late timing of the offer."
    )
    assert not [e for e in bill.found if "Mental Capacity" in e.name]
    # writers_dev: "Purchasing Managers'" of an index, read as a body
    index = _entities(
        "Factories slow\n\nThe Markit/CIPS manufacturing Purchasing Managers' Index fell to 49.2 "
        "from 50.7 in March, Markit said."
    )
    assert not [e for e in index.found if "Purchasing" in e.name]
    assert "Markit" in _names(index)["organisations"]
    # but an owner's is not cut: Gordon Brown's Budget is his (bbc_news, politics)
    budget = _entities(
        "Pre-poll clash on tax\n\nThe row over Gordon Brown's Budget turned into a full scale "
        "election battle. In Wednesday's Budget, Mr Brown doubled the level at which house buyers "
        "pay stamp duty."
    )
    assert _names(budget)["people"] == ["Gordon Brown"]


def test_two_bodies_joined_by_and_are_two_but_a_name_with_and_is_one():
    # bbc_news (entertainment): the model read the two commissioners as one organisation
    oscar = _entities(
        "Arnold congratulated on Oscar win\n\nOscar-winner Andrea Arnold has been congratulated "
        "by the UK Film Council, the organisation which partly funded her project.\n\nWasp, "
        "which was commissioned by the Film Council and Channel 4, beat films by fellow UK "
        "nominees Gary McKendry and Ashvin Kumar to the prize."
    )
    found = {e.name for e in oscar.found}
    assert "Channel 4" in found
    assert not [name for name in found if " and " in name]
    # writers_dev (CNN): one body's name, whose parts are never named alone
    cdc = _entities(
        "HIV outbreak grows\n\nThe number of new HIV infections in a rural Indiana county has "
        "grown, according to the Centers for Disease Control and Prevention. The Centers for "
        "Disease Control is working with state health leaders."
    )
    assert "Centers for Disease Control and Prevention" in {e.name for e in cdc.found}


def test_a_hit_is_a_work_and_so_is_its_last_word_but_not_the_hits_maker():
    # bbc_news (entertainment): the show, and its last word, read as people
    ratings = _entities(
        "Housewives lift Channel 4 ratings\n\nThe debut of US television hit Desperate "
        "Housewives has helped lift Channel 4's January audience share by 12% compared to last "
        "year.\n\nComedy drama Desperate Housewives managed to pull in five million viewers at "
        "one point during its run to date.\n\nThe success of Housewives has helped Channel 4."
    )
    assert not [e for e in ratings.found if "Housewives" in e.name]
    assert "Channel 4" in _names(ratings)["organisations"]
    # writers_dev (Daily Mail): the broadcaster before "show" made it, and is no work
    clarkson = _entities(
        "Clarkson will not face prosecution\n\nJeremy Clarkson will not face prosecution over "
        "the attack on a Top Gear producer which led to him being sacked from the hit BBC show. "
        "The BBC has said that Top Gear is likely to continue in some form.\n\nThe BBC "
        "announced that it would not renew his contract."
    )
    assert "BBC" in _names(clarkson)["organisations"]


def test_players_named_like_places_are_people():
    # bbc_news (sport): "Bridge" ends place names, and the model read Rio Ferdinand as a place
    found = _names(
        _entities(
            "England's defensive crisis grows\n\nEngland's defensive worries have deepened "
            "following the withdrawal of Tottenham's Ledley King from the squad to face Holland."
            "\n\nChelsea's John Terry and Wayne Bridge are also out, leaving coach Sven-Goran "
            "Eriksson with a real problem for Wednesday's match at Villa Park. Injured Rio "
            "Ferdinand and Sol Campbell were both left out of the squad. Terry would have been a "
            "certain starter in the absence of Campbell and Ferdinand.\n\nEriksson has still not "
            "decided whether to call up any further back-up, having already summoned Phil "
            "Neville after Bridge pulled out with a foot injury."
        )
    )
    assert {"Wayne Bridge", "Rio Ferdinand"} <= set(found["people"])
    assert not {"Wayne Bridge", "Rio Ferdinand", "Ferdinand"} & set(found["places"])
    assert "Villa Park" in found["places"]


def test_a_body_whose_name_has_without_in_capitals_is_no_person():
    # bbc_news (tech): the model read part of the name as a person's
    found = _entities(
        "Iran jails blogger for 14 years\n\nArash Sigarchi was arrested last month after using "
        "his blog to criticise the arrest of other online journalists. His sentence, criticised "
        'by human rights watchdog Reporters Without Borders, comes a day after an online "day '
        'of action" to secure his release.\n\nA spokesman for Reporters Without Borders, which '
        'tracks press freedom across the globe, described Mr Sigarchi\'s sentence as "harsh".'
    )
    assert _entity(found, "Reporters Without Borders").kind == "organisation"


def test_a_name_of_the_form_x_of_y_is_what_x_says_and_a_cut_head_noun_is_no_name():
    # bbc_news (politics): a university, though its name ends in "Islands"
    found = _entities(
        "MSPs hear renewed climate warning\n\nResearchers from the University of the Highlands "
        "and Islands and Southampton have been looking at wave heights in the Atlantic over the "
        "last nine years.\n\nThe project was conducted jointly by the Environmental Research "
        "Institute in Thurso, which is part of the University of the Highlands and Islands (UHI) "
        "Millennium Institute network, and the Southampton Oceanography Centre."
    )
    assert _entity(found, "University of the Highlands and Islands").kind == "organisation"
    assert not [e for e in found.found if e.name == "Islands"]
    # bbc_news (business): "the Bank" is the Reserve Bank of Australia, no name of its own
    rates = _names(
        _entities(
            "Australia rates at four year high\n\nThe Reserve Bank of Australia lifted interest "
            "rates to 5.5%, their highest level in four years.\n\nThe Bank said inflation would "
            "pick up. The Bank added that it would watch house prices."
        )
    )
    assert "Bank" not in rates["organisations"]


def test_an_abbreviation_in_brackets_is_the_name_it_spells_in_any_case():
    found = _entities(
        "Chinese dam firm 'defies Beijing'\n\nSo far, only 22 of the 30 construction projects "
        "targeted by China's State Environmental Protection Agency (Sepa) for having not carried "
        "out mandatory environmental assessments have complied with its shutdown order.\n\nThe "
        "Sepa order comes as the Chinese government appears to be trying to cool the economy. "
        "The Three Gorges Dam is the world's largest."
    )
    agency = _entity(found, "State Environmental Protection Agency")
    assert agency.kind == "organisation" and "Sepa" in agency.aliases
    assert _entity(found, "Three Gorges Dam").kind == "place"  # a site, whatever the label


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # The model reads "Eastleigh" as an organisation every time; the text puts people in it.
        (
            "Clegg tours target seats\n\nNick Clegg was stopping off in Hampshire where the Lib "
            "Dems held Eastleigh after Chris Huhne was jailed. He hopes to make gains, stopping "
            "off in Eastleigh in Hampshire.\n\nMr Clegg travelled to Eastleigh, the scene of a "
            "2013 by-election triumph. He was all smiles at the Ageas Bowl cricket ground near "
            "Eastleigh.",
            "Eastleigh",
            "places",
        ),
        # "Matalan" read as a person twice and a place once; a founder and a stake say company.
        (
            "BHS bidders fade\n\nAnother consortium led by Matalan tycoon John Hargreaves and "
            "Turkish retail entrepreneur Cafer Mahiroglu has faded into the background. Many "
            "observers had assumed that BHS would be snapped up by Matalan founder Mr "
            "Hargreaves.\n\nHe sold his 69% stake in Matalan in 2000.",
            "Matalan",
            "organisations",
        ),
        (
            "Labour's union cash\n\nIt included a £1million cheque from Unite, entrenching "
            "Labour's reliance on the union's militant boss.\n\nLabour received a £1million "
            "cheque from Unite, the Electoral Commission said.",
            "Unite",
            "organisations",
        ),
        # bbc_news: the model reads "Gazprom" as a place 10 times in 11; what is traded in is
        # either, and a chief, a monopoly and a company controlled by it say a firm.
        (
            "Gazprom 'to bring in investors'\n\nThe merger of Russian gas giant Gazprom and "
            "oil firm Rosneft will allow foreigners to trade in Gazprom shares. Gazprom chief "
            "Alexei Miller confirmed the deal. The state wanted to control Gazprom before "
            "allowing foreigners to trade. Speaking on NTV television, which is controlled by "
            "Gazprom, Mr Miller added that it was good news.\n\nCurrently, foreigners can only "
            "trade in Gazprom via a small issue of London-listed proxy shares.",
            "Gazprom",
            "organisations",
        ),
        # ... and what is auctioned and sold is a firm, not somewhere ("Yugansk", a place to the
        # model every time).
        (
            "Yukos unit buyer faces loan claim\n\nYukos made its surprise bankruptcy filing in "
            "Houston in an unsuccessful attempt to halt the auction of Yugansk, its main oil "
            "producing unit, by Russian authorities. Yugansk was sold to help pay off a back tax "
            "bill.\n\nIt has claimed that Russia forced the sale of Yugansk as part of a "
            "campaign to destroy Yukos.",
            "Yugansk",
            "organisations",
        ),
    ],
)
def test_words_around_a_name_type_it_when_the_model_is_unsure(text, name, kind):
    names = _names(_entities(text))
    assert [k for k, listed in names.items() if name in listed] == [kind]


def test_initials_that_open_the_names_of_a_firms_products_are_the_firm():
    # bbc_news: "BT", read as a place 7 times in 8, is no short form of "BT Together", its tariff
    entities = _entities(
        "BT offers free net phone calls\n\nBT is offering customers free internet telephone "
        "calls if they sign up to broadband in December.\n\nThe Christmas give-away entitles "
        "customers to free telephone calls anywhere in the UK via the internet. Users will need "
        "to use BT's internet telephony software, known as BT Communicator. BT has launched the "
        "promotion to show off the potential of a broadband connection to customers.\n\n"
        "People wanting to take advantage of the offer will need to be a BT Together fixed-line "
        "customer. BT is keen to provide extra services to its broadband customers, said Andrew "
        "Burke, director of value-added services at BT Retail."
    )
    assert _kinds_of(entities, "BT") == {"organisations"}
    assert "BT" not in _entity(entities, "BT Together").aliases
    assert _kinds_of(entities, "UK") == {"places"}


def test_a_peoples_adjective_and_an_institutions_noun_after_the_are_one_body():
    # bbc_news: "the British" (a people to the model) + "Library" (a person): one body, the
    # story's own, which had gone unlisted
    entities = _entities(
        "British Library gets wireless net\n\nVisitors to the British Library will be able "
        "to get wireless internet access alongside the extensive information available in its "
        "famous reading rooms.\n\nBroadband wireless connectivity will be made available in "
        "the eleven reading rooms, the auditorium, café, restaurant, and outdoor Piazza area. A "
        "study revealed that 86% of visitors to the Library carried laptops."
    )
    assert "British Library" in _names(entities)["organisations"]


def test_someone_named_only_in_a_caption_is_not_listed():
    # writers_dev (Daily Mail): the defender is in the picture, not in the story; the forward,
    # named in the caption too, stays
    entities = _entities(
        "Maverick Tottenham forward Emmanuel Adebayor has insisted that he is happy to stay and "
        "fight for his place at White Hart Lane.\n\nAdebayor joined Spurs in 2011 from "
        "Manchester City, initially on loan before an impressive first season tally of 18 "
        "goals.\n\nTottenham striker Emmanuel Adebayor rides the challenge of Liverpool "
        "defender Dejan Lovren (left)\n\nAdebayor takes to Twitter to pledge his future to "
        "Tottenham.\n",
        name="20e2986b31f649d4bd02689346e73b4d.txt",
    )
    found = {e.name for e in entities.found}
    assert "Emmanuel Adebayor" in found and "Dejan Lovren" not in found


def test_a_country_that_describes_what_is_sold_stays_a_place():
    # bbc_news: "the sale of the US unit", "the giant US budget deficit": the country's name
    # describes the noun after it, and says nothing of what the country is.
    entities = _entities(
        "Hilton to sell US casinos\n\nLadbrokes owner Hilton Group is to offload its US "
        "gaming division to BLB Investors. BLB will pay $339m for the US unit. BLB's purchase "
        "of the US unit is subject to approval by regulators in the US.\n\nBush seeks cuts "
        "aimed at curbing the giant US budget deficit."
    )
    assert _kinds_of(entities, "US") == {"places"}


def test_a_name_written_with_a_title_is_a_person():
    found = _entities(
        "Baltimore police chief sacked\n\nSix officers were charged over the death of the "
        "25-year-old, Freddie Gray.\n\nThe city has seen a sharp increase in violence since "
        "Freddie Gray's death on 19 April.\n\nThe police will review their response to the "
        "civil unrest that followed Mr Gray's death."
    )
    gray = _entity(found, "Freddie Gray")
    assert gray.kind == "person" and "Gray" in gray.aliases


def test_a_name_before_the_kind_of_body_it_names_is_an_organisation():
    # writers_dev: the magazine, not the ocean; the clinic, not the woman it is named after
    entities = _entities(
        "Obama on Libya\n\nDavid Cameron became distracted after the 2011 intervention in "
        "Libya, US President Barack Obama has said.\n\nSpeaking to the Atlantic magazine, he said "
        'the operation went as well as he had hoped, but Libya was now "a mess".\n\n'
        "Dawn Purvis is to step down as programme director of Northern Ireland's Marie Stopes "
        "clinic. She was harassed at the Marie Stopes office in Belfast.\n"
    )
    organisations = [e.name for e in entities.organisations]
    assert "Atlantic" in organisations and "Marie Stopes" in organisations
    assert not {"Atlantic", "Marie Stopes"} & {e.name for e in (*entities.places, *entities.people)}


def test_a_title_with_its_year_is_a_work_not_a_person():
    # bbc_news: films listed with the year they came out
    names = _names(
        _entities(
            "Day-Lewis set for Berlin honour\n\nDaniel Day-Lewis is to be honoured at the Berlin"
            " Film Festival.\n\nDay-Lewis has competed four times at the festival, with films"
            " The Crucible (1997) and The Boxer (1998). The Boxer was directed by Jim Sheridan.\n"
        )
    )
    assert "Daniel Day-Lewis" in names["people"]
    assert not {"Boxer", "The Boxer", "Crucible", "The Crucible"} & {
        n for kind in names.values() for n in kind
    }


def test_a_word_that_opens_a_sentence_is_no_given_name():
    # bbc_news: "An Audience With Alastair Campbell" made "With Alastair" a person
    names = _names(
        _entities(
            "Campbell returns to election team\n\nMr Campbell quit Number 10 in August 2003"
            " after being Tony Blair's right-hand man at the 1997 and 2001 elections. \"Of course"
            " Alastair's going to be part of the election campaign,\" Ms Jowell told Sky News."
            "\n\nMr Campbell was at the centre of the government's row with the BBC. Since"
            " leaving Downing Street, he has toured the country with his one man show, An"
            " Audience With Alastair Campbell and presented a number of interview programmes"
            " for Channel 4.\n"
        )
    )
    assert "Alastair Campbell" in names["people"]
    assert not any(n.startswith("With") for n in names["people"])


def test_a_name_before_a_trade_and_a_kind_of_body_is_an_organisation():
    # bbc_news: "Sal Oppenheim investment bank" was listed as a person
    names = _names(
        _entities(
            'Novartis hits acquisition trail\n\nNovartis is to buy Hexal for $8.3bn.\n\n"This'
            ' is a good deal," said Birgit Kuhlhoff, from Sal Oppenheim investment bank. Sal'
            " Oppenheim rates Novartis a buy.\n"
        )
    )
    assert "Sal Oppenheim" in names["organisations"]
    assert "Sal Oppenheim" not in names["people"]
    # ... but not a place ("the US investment bank"), nor a name before a noun that goes on
    # to another name
    names = _names(
        _entities(
            "Banker loses sexism claim\n\nA banker has lost her claim against US investment"
            " bank Merrill Lynch in London. She sued the US investment bank. She worked for the"
            " firm in the US and in London.\n"
        )
    )
    assert "US" in names["places"] and "US" not in names["organisations"]


def test_a_body_the_model_cut_at_its_and_is_one_body():
    # bbc_news: "Commercial Services Union", a name that does not exist, was listed
    names = _names(
        _entities(
            "Stalemate in pension strike talks\n\nTalks on pensions ended without a deal.\n\n"
            "The Public and Commercial Services Union (PCS) will co-ordinate any industrial"
            " action. PCS leader Mark Serwotka said the union would strike.\n"
        )
    )
    assert "Public and Commercial Services Union" in names["organisations"]
    assert "Commercial Services Union" not in names["organisations"]
    # ... but two bodies, the first a body's noun the article also writes alone, stay two
    names = _names(
        _entities(
            "Forces cuts\n\nThe Army and Royal Navy face cuts, the Ministry of Defence said."
            " The Army will lose four regiments.\n"
        )
    )
    assert "Army and Royal Navy" not in names["organisations"]


def test_a_name_that_ends_in_a_kind_of_body_is_no_place():
    # bbc_news: the model read a charity as a place
    names = _names(
        _entities(
            "Springer criticises opera musical\n\nJerry Springer has hit out at critics of the "
            "opera about his TV show.\n\nThe presenter is in London to speak at a fundraising "
            "dinner for the United Jewish Israel Appeal. The United Jewish Israel Appeal expects "
            "more than 800 guests.\n"
        )
    )
    assert names["organisations"] == ["United Jewish Israel Appeal"]
    assert names["places"] == ["London"]


def test_events_competitions_and_laws_are_not_listed_as_organisations_or_places():
    entities = _entities(
        "Sport cuts\n\nFunding for sport in Scotland will fall by a fifth after the Commonwealth "
        "Games, sportscotland said. Wilkinson will play in the Heineken Cup final at Murrayfield. "
        "Councils will use powers under the Antisocial Behaviour and Policing Act to fine owners.\n"
    )
    listed = [e.name for e in (*entities.organisations, *entities.places, *entities.people)]
    assert not any(n.endswith(("Games", "Cup", "Act")) for n in listed)


def test_one_country_under_its_everyday_names_is_one_place():
    found = _entities(
        "Trade talks resume\n\nBritain and the US will resume trade talks in London next week, "
        "officials in both countries said on Monday.\n\nThe UK wants lower tariffs on cars, while "
        "the United States has asked for wider access for its farmers. Talks between Britain and "
        "America stalled in March."
    )
    places = {e.name: e for e in found.places}
    assert set(places) >= {"United States", "London"}
    assert {"Britain", "UK"} & set(places) and not {"Britain", "UK"} <= set(places)
    us = places["United States"]
    assert {"US", "America"} <= set(us.aliases) and us.mentions == 3


# bbc_news: the subject of an obituary, whose full name the model tagged nowhere
MICHELS = (
    "Legendary Dutch boss Michels dies\n\n"
    'Legendary Dutch coach Rinus Michels, the man credited with developing "total football", '
    "has died aged 77.\n\n"
    'Referred to in the Netherlands as "the General", Michels led the Dutch at the 1974 World '
    "Cup. Michels played for Ajax and coached the side to four national titles. Michels had "
    "recently undergone heart surgery and Dutch football federation (KNVB) spokesman Frank "
    'Huizinga said: "He was one of the best coaches we had in history." Michels, named coach '
    "of the century by Fifa in 1999, also won five caps for the Netherlands."
)


def test_a_surname_tagged_alone_takes_the_full_name_the_text_gives():
    found = _entities(MICHELS)
    names = _names(found)
    assert names["people"][0] == "Rinus Michels"
    assert "Michels" in found.people[0].aliases
    assert not {"Michels", "Legendary Dutch"} & set(names["organisations"])


def test_an_acronym_next_to_another_is_not_taken_for_a_spelled_out_phrase():
    found = _entities(
        "EU-US seeking deal on air dispute\n\nThe EU and US have agreed to begin talks on "
        "ending subsidies given to aircraft makers, EU Trade Commissioner Peter Mandelson has "
        "announced.\n\nMr Mandelson said the EU and US hoped to avoid having to resolve the "
        "dispute at the World Trade Organisation. The EU says Boeing gets hidden subsidies."
    )
    assert "EU" in _names(found)["organisations"]
    assert [e.name for e in (*found.organisations, *found.places) if e.name == "US"] == ["US"]


def test_a_surname_the_model_took_for_a_place_joins_the_person_and_a_maker_is_no_film():
    found = _entities(
        "Spacey film premiere\n\nHollywood star Kevin Spacey wrote and starred in the film Beyond "
        "the Sea, inspired by the life of singer Bobby Darin. Kate Bosworth plays Darin's wife."
        "\n\nSpacey has long been fascinated by Darin. A BBC documentary about the singer will be "
        "shown next month, the BBC said."
    )
    names = _names(found)
    listed = {n for kind in names.values() for n in kind}
    assert "Darin" not in listed
    darin = next(e for e in found.people if e.name == "Bobby Darin")
    assert "Darin" in darin.aliases
    assert "BBC" in names["organisations"]  # the maker before "documentary" is not a work


def test_a_head_word_types_a_name_the_model_read_as_a_person_or_a_place():
    found = _entities(
        "Drawings on show\n\nRare drawings by Leonardo da Vinci have gone on show at Nottingham "
        "Castle. The exhibition is at Nottingham Castle until October, with loans from the "
        "Royal Collection.\n\nRedknapp said the Barclays Premier League was the best in the "
        "world. Harry Redknapp managed in the Barclays Premier League for years."
    )
    names = _names(found)
    assert "Nottingham Castle" in names["places"]
    assert "Barclays Premier League" in names["organisations"]


def test_a_competition_named_by_its_head_word_alone_is_not_listed():
    found = _entities(
        "Redknapp eyes return\n\nHarry Redknapp would consider a job in the Championship, he "
        "told Sky Sports on Friday.\n\nRedknapp left Queens Park Rangers in February. Several "
        "clubs in the Championship have asked about him, and Redknapp said the Championship was "
        "a tough league."
    )
    listed = {n for kind in _names(found).values() for n in kind}
    assert "Championship" not in listed and "Harry Redknapp" in listed


def test_a_peer_under_his_title_and_his_own_name_is_one_person():
    found = _entities(
        "Peer calls for change\n\nTerminally ill actor Brian Rix, 92, has said the law on "
        "assisted dying needs changing.\n\nMencap president Lord Rix urged the speaker of the "
        "House of Lords to push through legislation. Lord Rix wrote to Baroness D'Souza."
    )
    people = {e.name: e for e in found.people}
    rix = [e for e in found.people if "Rix" in e.name]
    assert len(rix) == 1 and {"Brian Rix", "Lord Rix"} <= {rix[0].name, *rix[0].aliases}
    assert "Baroness D'Souza" in people


def test_labour_is_a_party_whatever_the_model_took_it_for():
    found = _entities(
        "Tax cuts pledge\n\nThe Tories have promised £4bn of tax cuts if they win the election. "
        "Labour MPs met Tony Blair on Monday."
        "\n\nLabour said the sums did not add up. Michael Howard said Labour had raised taxes 66 "
        "times.\n\nGordon Brown said New Labour would keep the economy stable, and Labour would "
        "not cut public services."
    )
    names = _names(found)
    assert not {"Labour", "New Labour", "Labour MPs"} & set(names["people"])
    assert len({"Labour", "New Labour"} & set(names["organisations"])) == 1


def test_a_first_name_the_model_took_for_a_place_is_completed_from_the_full_name():
    found = _entities(
        "Draw in Abu Dhabi\n\nPakistan seemed to be cruising to a draw before debutant Adil "
        "Rashid - who returned 0-163 in the first innings - turned the match with five "
        'wickets.\n\n"It was brilliant from Adil Rashid who I think got some unfair criticism," '
        'Alastair Cook said.\n\n"It has been a good day from England and Adil Rashid."'
    )
    listed = {n for kind in _names(found).values() for n in kind}
    assert "Adil Rashid" in listed and "Adil" not in listed


def test_the_ends_of_a_route_are_places():
    found = _entities(
        "Bus hit by lorry\n\nThree people were injured when a broken-down bus was hit by a lorry "
        "on the A34 in Oxfordshire.\n\nFifty people were on the rail replacement service from "
        "Oxford to Didcot when it was hit at Drayton.\n\nThe bus was a replacement for the 00:05 "
        "train from Oxford to Didcot."
    )
    names = _names(found)
    assert {"Oxford", "Didcot"} <= set(names["places"])
    assert not {"Oxford", "Didcot"} & set(names["organisations"])


def test_words_that_come_before_firms_as_often_type_no_person():
    found = _entities(
        "Bank sells stake\n\nThe fund manager Fidelity International has sold its stake in "
        "Goldman Sachs, the bank said on Monday.\n\nGoldman Sachs shares fell 2%. Fidelity "
        "International declined to comment, and Human Rights Watch welcomed the sale."
    )
    names = _names(found)
    assert not {"Fidelity International", "Goldman Sachs"} & set(names["people"])
    assert {"Fidelity International", "Goldman Sachs"} <= set(names["organisations"])


def test_a_place_ending_in_a_word_for_a_body_stays_a_place():
    found = _entities(
        "Talks on the West Bank\n\nIsraeli and Palestinian officials met in Jerusalem to discuss "
        "the West Bank.\n\nSettlements in the West Bank were built after 1967, when the Soviet "
        "Union backed Egypt. The Soviet Union collapsed in 1991."
    )
    names = _names(found)
    assert "West Bank" in names["places"] and "West Bank" not in names["organisations"]
    assert "Soviet Union" not in names["organisations"]


def test_a_surname_that_is_a_nationality_stays_a_persons():
    found = _entities(
        "Comedian honoured\n\nThe comedian Dawn French has been made a dame in the New Year "
        "honours.\n\nThe French ambassador attended. Dawn French said she was thrilled, and "
        "French thanked her fans."
    )
    assert "Dawn French" in _names(found)["people"]


def test_a_woman_peer_is_not_merged_into_a_man_of_her_surname():
    found = _entities(
        "Thatcher son arrested\n\nSir Mark Thatcher has been arrested in South Africa over an "
        "alleged coup plot.\n\nLady Thatcher said she was worried about her son. Mark "
        "Thatcher denies the charges, and Lady Thatcher flew to Cape Town."
    )
    mark = next(e for e in found.people if e.name == "Mark Thatcher")
    assert "Lady Thatcher" not in mark.aliases


@pytest.mark.parametrize(
    ("name", "party"),
    [
        ("Labour", True),
        ("the Tories", True),
        ("Scottish National Party", True),
        ("Institute for Fiscal Studies", False),
        ("Royal Free Hospital", False),
    ],
)
def test_party_names_as_the_text_writes_them(name, party):
    from briefing.parties import is_party_name

    assert is_party_name(name) is party


def test_an_apposition_says_what_a_name_is():
    """ "Orvana, the Canadian mining company": an organisation, whatever the model's label; a
    name inside the apposition belongs to another entity."""
    found = _entities(
        "Miner's shares slump\n\nShares in Orvana, the Canadian mining company, fell 12% in "
        "Toronto on Monday after it cut its forecast.\n\nOrvana said output at its mine in "
        "Bolivia had fallen for a third quarter."
    )
    names = _names(found)
    assert "Orvana" in names["organisations"]
    assert "Orvana" not in names["places"]
    assert {"Toronto", "Bolivia"} <= set(names["places"])


def test_an_apposition_is_typed_by_its_own_noun_not_one_after_a_preposition():
    found = _entities(
        "Retail sales rise\n\nSales rose 28% at clothing retailer Bebe Stores in December.\n\n"
        '"We are faring better than expected," Ken Perkins, an analyst at research firm '
        "RetailMetrics, told reporters. Perkins said sales would slow in January."
    )
    names = _names(found)
    assert "Ken Perkins" in names["people"]
    assert "Ken Perkins" not in names["organisations"]


def test_a_clause_after_a_comma_is_no_apposition():
    found = _entities(
        "Retailer fights back\n\nIn a letter from chief executive Sidney Taurel, the company "
        "says the claims are false. In California, the company is fighting opposition to new "
        "stores.\n\nThe firm opened its first store in California in 1990."
    )
    names = _names(found)
    assert "California" in names["places"]
    assert "California" not in names["organisations"]
    assert "Sidney Taurel" in names["people"]


def test_a_name_the_words_around_call_a_person_is_never_listed_as_a_place():
    found = _entities(
        "Festival names its director\n\nPatti Smith will direct this year's Meltdown festival "
        "in London. The festival was run by the rock star Morrissey last summer.\n\nThe punk "
        "pioneer follows Morrissey, David Bowie and Nick Cave."
    )
    names = _names(found)
    assert "Morrissey" not in names["places"] + names["organisations"]
    assert {"Patti Smith", "Nick Cave"} <= set(names["people"])
    assert "London" in names["places"]


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Frenchman Cyril Saulnier", "Cyril Saulnier"),
        ("Spaniard Rafael Nadal", "Rafael Nadal"),
        ("Lib Dems David Laws", "David Laws"),  # a party by its members
        ("Briton Football Association", None),  # a body's head word
        ("Briton Airways", None),  # no first name and surname
        # an adjective of nationality may begin a firm's name
        ("American Eagle Outfitters", None),
        ("Australian Financial Review", None),
        ("Swiss National Bank", None),
    ],
)
def test_a_nationality_before_a_first_name_and_surname_leaves_the_person(name, person):
    from briefing.entities import _nationality_and

    assert _nationality_and(name, name) == person


def test_a_nationality_read_into_a_name_does_not_make_it_a_body():
    found = _entities(
        "Coria through in Rome\n\nArgentine Guillermo Coria beat Frenchman Cyril Saulnier "
        "6-3 6-2 in the first round of the Italian Open on Tuesday.\n\nSaulnier had won "
        "both of their earlier meetings, and Coria said he had been nervous."
    )
    names = _names(found)
    assert {"Guillermo Coria", "Cyril Saulnier"} <= set(names["people"])
    listed = [n for kind in names.values() for n in kind]
    assert not any("Argentine" in n or "Frenchman" in n for n in listed)


def test_events_and_awards_are_not_organisations():
    found = _entities(
        "Budget date set\n\nChancellor Gordon Brown will deliver his Budget to the House of "
        "Commons on 16 March, the Treasury has announced.\n\nThe Budget will be Mr Brown's "
        "eighth. The film won the Satyajit Ray Award at the London Film Festival."
    )
    names = _names(found)
    assert not {"Budget", "Satyajit Ray Award"} & {n for kind in names.values() for n in kind}
    assert {"House of Commons", "Treasury"} <= set(names["organisations"])
    assert "Gordon Brown" in names["people"]


def test_a_country_is_a_team_only_where_the_words_around_say_it_plays():
    """In a sports story the model labels "UAE" an organisation; the country it stands for
    hosts the series and plays no one."""
    found = _entities(
        "England draw first Test\n\nEngland drew the first Test against Pakistan in Abu Dhabi, "
        "with the batsman Joe Root scoring 85 and the bowler Mark Wood taking three wickets."
        "\n\nEngland were whitewashed 3-0 on their last tour of the United Arab Emirates. The "
        "spinners could be threatening on the dusty, spin-friendly tracks of the UAE, the "
        "captain said after the match.\n\nThe second Test starts in Dubai on Thursday, and the "
        "wicket is expected to turn."
    )
    names = _names(found)
    assert "United Arab Emirates" in names["places"]
    assert {"England", "Pakistan"} <= set(names["organisations"])


def test_a_relative_named_like_a_city_is_not_listed_as_a_place():
    """The words before the name ("their son") call it a person; the model's labels (given here,
    as the model gives them for other sentences) call it a place: it is listed as neither."""
    from dataclasses import replace

    from briefing.records import Mention

    text = (
        "He lives in Cambridge with his wife and their son Sydney. Sydney, who is 12, wants to "
        "study in Cambridge too."
    )
    document = segment(
        parse_text(f"Scientist at home\n\n{text}", path=Path("a.txt"), sha256="0" * 64)
    )
    mentions = tuple(
        Mention(m.group(), "GPE", 1, m.start(), m.end())
        for m in re.finditer(r"Cambridge|Sydney", text)
    )
    names = _names(extract_entities(replace(document, mentions=mentions)))
    assert "Sydney" not in names["places"]
    assert "Cambridge" in names["places"]


def test_an_honorific_of_an_owner_does_not_make_the_thing_owned_a_person():
    found = _entities(
        "G7 fails to agree\n\nChancellor Gordon Brown met finance ministers in London. The US "
        "says it cannot support Mr Brown's International Finance Facility to boost aid.\n\nUK plans for an International Finance Facility (IFF) to deal "
        "with debt have not been agreed, and the IFF will be discussed again in March."
    )
    assert "International Finance Facility" in _names(found)["organisations"]


# writers_dev (BBC): the manager named in full once, after his office, and by surname after;
# the club by its last word.
GUARDIOLA = """Guardiola: I will be better

Manchester City boss Pep Guardiola says his first season in the Premier League has not been good enough but promised "in the future I will be better".

City are fourth in the league following defeat at Chelsea on Wednesday, all but ending hopes of a league title in the Catalan's debut campaign in England.

Defeat at Stamford Bridge left City just four points ahead of Arsenal and Manchester United, both of whom have a game in hand.

With the FA Cup being City's only realistic chance of winning a trophy this term, it is likely to be the worst season of Guardiola's managerial career.

Guardiola has also responded to questions about a row between City and Chelsea coaching staff at Stamford Bridge following the defeat on Wednesday night.

Guardiola said: "We are so polite in our defeats and we are so polite when we win."
"""


def test_a_surname_after_an_office_and_a_full_name_is_the_person_not_a_body():
    names = _names(_entities(GUARDIOLA))
    assert "Pep Guardiola" in names["people"]
    assert "Guardiola" not in names["organisations"]


def test_a_club_called_by_the_last_word_of_its_name_is_the_club():
    names = _names(_entities(GUARDIOLA))
    assert "Manchester City" in names["organisations"]
    assert "City" not in names["places"] + names["organisations"]


def test_a_name_ending_like_a_place_word_is_not_a_place():
    """ "Rivera" is no plural of "river"."""
    names = _names(
        _entities(
            "Outrage over shooting\n\nThe shooting of Walter Scott by a police officer in "
            "Charleston has provoked a torrent of anger from celebrities.\n\nTV anchor Geraldo "
            "Rivera added: 'No spin-video clearly shows the officer shooting a fleeing man.'\n\n"
            "TV host Geraldo Rivera had strong words following the shooting, which led to the "
            "officer being charged with murder in South Carolina.\n"
        )
    )
    assert "Geraldo Rivera" not in names["places"]


# writers_dev (Daily Mail): two people named Scott, and "Scott" alone, which the model reads as
# a person mostly and as an organisation some of the time.
TWO_SCOTTS = """Celebrities react to shooting

The shooting of father-of-four Walter Scott by a white cop has provoked a torrent of anger and grief from celebrities on social media.

Mr Scott, 50, was gunned down by Officer Michael Slager on Saturday morning in Charleston, South Carolina, when he ran from the cop.

Musician Questlove shared his anger with followers through his posts after it emerged that Scott had been running from the cop with his back turned when he was shot dead.

The former Grey's Anatomy star also changed his profile picture to that of a statue which was created by artist Phillip Hyman on a South Carolina roadside in honor of Scott's death.

Officer Slager initially claimed that he feared for his life and Scott wrestled a Taser from him.

Comedian Orlando Jones, who comes from the same state, as Walter Scott, shared his anger on Twitter.

South Carolina Senator Tim Scott also added his thoughts on the killing, describing Mr Scott's death as 'unnecessary and avoidable'.

Mr Scott, (pictured left) a former U.S. Coast Guard, leaves a fiancée, his parents, siblings and four children after he was shot dead by a police officer. Right, Michael Slager has been charged with his murder.
"""


def test_a_surname_two_people_share_is_no_organisation():
    names = _names(_entities(TWO_SCOTTS))
    assert "Walter Scott" in names["people"]
    assert "Scott" not in names["organisations"] + names["places"]


# bbc_news: "Kashmiri politicians", which the model reads as an organisation.
KASHMIR = """Straw praises Kashmir moves

The UK has welcomed the decision by India and Pakistan to open a bus link across the ceasefire line dividing the disputed region of Kashmir.

Foreign Secretary Jack Straw, touring South East Asian countries, praised the "spirit of cooperation" in achieving the breakthrough. Media reports in both countries describe the deal as a major step in the ongoing peace process. Mr Straw said he hoped the agreement would make a difference to Kashmiris. The bus service was one of several announcements made after a meeting of foreign ministers of both countries in Islamabad on Wednesday. Kashmiri politicians on both sides of the Line of Control which divides the region welcomed the move.

In a statement, Mr Straw said the bus service between Srinagar and Muzaffarabad "will be able to reunite families that have been divided for decades". "This will make a real difference to the lives of Kashmiris on both sides of the Line of Control," he said.
"""


def test_the_people_of_a_place_are_not_an_organisation():
    names = _names(_entities(KASHMIR))
    assert "Kashmir" in names["places"]
    assert not {"Kashmiri", "Kashmiris"} & set(names["organisations"] + names["places"])


# bbc_news: "Sri Lankan" (of "the Sri Lankan authorities") listed as a place beside Sri Lanka.
SRI_LANKA = """Tsunami slows Sri Lanka's growth

Sri Lanka's president has launched a reconstruction drive worth $3.5bn (£1.8bn) by appealing for peace and national unity.

President Kumaratunga said it was now important to find a peaceful solution to years of internal conflict. Meanwhile, the International Monetary Fund (IMF) said damage from the tsunami would cut one percentage point from Sri Lanka's economic growth this year. It estimated the wave left physical damage equal to 6.5% of the economy.

Separately, the International Labour Organisation (ILO) said that at least one million people have lost their livelihoods in Sri Lanka and Indonesia alone. It called for action to create jobs. President Kumaratunga attended a ceremony in the southern town of Hambantota. She was joined by government and opposition politicians, together with Buddhist, Hindu, Muslim and Christian clergy.

Prime Minister Mahinda Rajapakse laid the foundation stone on a new housing project intended to provide 6,000 homes for survivors of the tsunami. Mrs Kumaratunga called for the tragedy to be "the start of a new beginning to rebuild our nation". "We are a country blessed with so many natural resources and we have not made use of them fully. Instead we have been squabbling, fighting," she added. Norway's peace negotiator Erik Solheim is due to arrive on Wednesday to try to revive peace talks in the decades-long conflict between government forces and the Tamil Tigers, who want a separate state in the north east of the country. Reconstruction efforts in eastern Sri Lanka have been hampered by tensions between the two sides.

The IMF said that the Sri Lankan authorities' initial estimates have put the physical damage at $1.3 to $1.5bn, but added that the implications for the economy were much wider than this. "The broader macroeconomic impact will clearly be substantial but the details are difficult to assess at this early stage," the IMF said. Growth, inflation, the balance of payments and foreign exchange reserves are all expected to show the effects of lost businesses and reconstruction costs. "The fishing industry has been devastated, agricultural production may be affected and tourism will suffer, especially in the short term," the report said. The ILO estimated that 400,000 Sri Lankans have lost their jobs, mostly in these three industries. Earnings from tourism this year are expected to be 15% lower than last year. Economic growth this year is expected to be 4%, which is about 1% less than previously forecast. Inflation could climb to 14% compared to a previous estimate of 12%. Although major exports have not suffered, the IMF expects the reconstruction effort will require higher imports which could damage the balance of payments. Foreign exchange reserves may become strained as "Sri Lanka will be hard pressed to keep international reserves at the pre-tsunami level" which totalled more than two months worth of imports. Last week, the IMF approved Sri Lanka's request for a freeze on loan repayments.
"""


def test_a_peoples_adjective_of_several_words_is_no_place_beside_its_place():
    entities = _entities(SRI_LANKA)
    assert "Sri Lanka" in _names(entities)["places"]
    assert "Sri Lankan" not in [e.name for e in entities.found]


def test_two_names_set_against_each_other_are_no_person():
    # bbc_news: the film "Freddy Vs Jason" listed among the people
    text = "Tarantino to make Friday sequel\n\nThe film-maker will reportedly meet executives from New Line Cinema this week to discuss the 12th film in the long-running 'stalk and slash' series. The original film, released in 1980, has spawned ten sequels based around mask-wearing murderer Jason Voorhees. The most recent, Freddy Vs Jason, was released in summer 2003. That film saw Jason battle Freddy Krueger, star of the Nightmare on Elm Street franchise. According to the industry newspaper, New Line had been trying to make another sequel involving Ash, the hero of the Evil Dead movies, but was unable to agree terms with director Sam Raimi. Tarantino is said to be intrigued by the prospect of building a new film around one of the horror genre's most recognised figures. First, however, he is scheduled to direct the season finale of US television series CSI: Crime Scene Investigation. Filming is due to start in early April. Tarantino's episode, for which he also wrote the original story, will be broadcast in the US on 19 May.\n"
    names = _names(_entities(text))
    assert "Jason Voorhees" in names["people"]
    assert "Freddy Vs Jason" not in names["people"] + names["organisations"]


def test_the_see_in_a_bishops_title_is_not_a_place_of_the_story():
    names = _names(
        _entities(
            "Economy focus for election battle\n\nEarlier the Archbishop of Canterbury wrote to "
            "all three parties urging them not to fight the election by exploiting fears.\n\n"
            "In an open letter, the Archbishop of Canterbury called on them not to frighten "
            "voters about terrorism, asylum and crime. Gordon Brown said voters in London would "
            "recognise that Labour had brought stability.\n"
        )
    )
    assert "Canterbury" not in names["places"]


def test_a_ministers_portfolio_is_no_organisation():
    # bbc_news (politics): the model took part of the office for a body
    found = _entities(
        "Jowell rejects gambling bill critics\n\nThe Secretary of State for Culture, Media and "
        "Sport, Tessa Jowell, has hit out at critics of the Gambling Bill.\n\nMs Jowell said "
        "the bill would protect children and the vulnerable."
    )
    assert not [e for e in found.found if e.name.startswith("State for")]
    assert "Tessa Jowell" in _names(found)["people"]


def test_a_name_cut_after_a_continents_adjective_is_not_listed():
    # bbc_news (sport): the model's span ends before "trials", on "European"
    found = _entities(
        "Kluft impressed by Sotherton form\n\nOlympic heptathlon champion Carolina Kluft has "
        "praised Kelly Sotherton.\n\nSotherton has also displayed promise, with a new high jump "
        "personal best in Sheffield at the combined Norwich Union European trials and AAA "
        "Championships, and a second place in the long jump behind Jade Johnson. Norwich Union "
        "European trials are held each year."
    )
    assert not [e for e in found.found if e.name.endswith("European")]


def test_the_club_whose_player_a_person_is_is_no_person():
    # bbc_news (sport): the model read the club before its player's name as a person
    names = _names(
        _entities(
            "Cole faces lengthy injury lay-off\n\nAston Villa's Carlton Cole could be out for "
            "six weeks with a knee injury.\n\nThe striker, who is on a season-long loan from "
            'Chelsea, picked up the knock in an England Under-21 match. "Carlton will be out of '
            'action for four to six weeks after a bad challenge," said Villa boss David '
            "O'Leary. Cole, who also struggled with an ankle problem earlier in the season, was "
            "unable to rest because O'Leary had a shortage of strikers. Villa have few forwards."
        )
    )
    assert "Aston Villa" in names["organisations"]
    assert "Aston Villa" not in names["people"]
    assert "Carlton Cole" in names["people"]


def test_a_product_named_after_the_firm_is_no_person():
    # bbc_news (tech): "The Apple Powerbook 100 has been chosen as the greatest gadget of all
    # time", with Apple, the firm, named alone in the article
    found = _entities(
        "Apple laptop is 'greatest gadget'\n\nThe Apple Powerbook 100 has been chosen as the "
        "greatest gadget of all time, by US magazine Mobile PC.\n\nAlmost everyone has a mobile "
        "phone, how many people own a Powerbook?\n\nWhat's an Apple Powerbook 100? It's out of "
        "date.\n\nApple.. a triumph of fashion over... well everything else.\n\nThe Americans "
        "focus on Apple, TV remote controls and the like."
    )
    assert "Apple Powerbook" not in _names(found)["people"]


def test_a_people_named_without_a_place_in_its_name_is_not_an_organisation():
    """ "the Scots", which the model reads as an organisation, in a story about Scotland."""
    names = _names(
        _entities(
            "Ireland surge past Scots\n\nIreland maintained their Six Nations Grand Slam "
            "ambitions with an impressive victory over Scotland at Murrayfield.\n\nHugo "
            "Southwell's try gave the Scots an early 8-0 lead but scores from locks Malcolm "
            "O'Kelly and Paul O'Connell put the visitors in command by half-time. Jon Petrie "
            "scored a second try for Scotland but late scores from John Hayes and Gavin Duffy "
            "sealed victory.\n"
        )
    )
    assert "Scots" not in names["organisations"] + names["places"]


def test_a_role_is_one_description_and_never_part_of_the_name():
    """writers_dev (Daily Mail): "Ferrari driver and fellow Spaniard", which the parse cuts at
    "fellow"; "Dr Sumit Mohan and Dr Dana March", where it reads "Sumit" as Mohan's role."""
    found = _entities(
        "Test driver injured\n\nMarussia test driver Maria de Villota suffered head injuries "
        "when her car hit a truck at Duxford Airfield.\n\nMessages of support have come in from "
        "the motor racing world, including ones from Ferrari driver and fellow Spaniard Fernando "
        "Alonso and Jenson Button.\n\nThe op-ed was penned by Dr Michael Rosenbaum, Dr Joan "
        "Bregstein, Dr Elizabeth Oelsner, Dr Sumit Mohan and Dr Dana March of Columbia "
        "University Medical Center.\n"
    )
    roles = {e.name: e.role for e in found.found if e.kind == "person"}
    assert roles["Sumit Mohan"] is None  # the text gives him none
    assert roles["Fernando Alonso"] == "Ferrari driver"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # writers_dev: an acronym the article spells out in lower case is a common noun
        (
            "Dr Oz hits back\n\nDr Mehmet Oz said critics have agendas, particularly against "
            "genetically modified organisms, which he has supported. The organization has "
            "previously received grants from Monsanto, who manufactures GMO seeds.\n\n'I have "
            "never judged GMO foods,' he said. 'But I support GMO labeling.'\n",
            "GMO",
        ),
        # writers_dev: a figure's label, which the model reads as a person
        (
            "Toy magnets and colours\n\nResearchers at Stanford University studied 6,588 people "
            "who see letters in colour.\n\nThe colours in the toy, the average colour choice for "
            "each letter and the most common colour are compared. Fig C shows when the choice "
            "does not match the toy. Fig C also shows the letters that matched.\n",
            "Fig C",
        ),
        # bbc_news: a tournament, which the model reads as an organisation
        (
            "Soderling wins tense Milan final\n\nFifth seed Robin Soderling took the Milan "
            "Indoors title with a dramatic win over Radek Stepanek in Sunday's final.\n\nIt was "
            "his second Milan Indoors final, and the Swede won it in three sets.\n",
            "Milan Indoors",
        ),
    ],
)
def test_common_nouns_labels_and_events_are_not_listed(text, name):
    names = _names(_entities(text))
    assert name not in names["people"] + names["organisations"] + names["places"]


def test_the_datelines_place_is_listed_though_the_text_names_it_no_more():
    """writers_dev (CNN): the dateline leaves the body, and its place stays the story's."""
    names = _names(
        _entities(
            "Explosion in Hong Kong\n\nHong Kong (CNN) Six people were hurt after an explosion "
            "at a construction site on Tuesday, provincial authorities say.\n\nFirefighters "
            "brought the blaze under control within an hour, police said.\n"
        )
    )
    assert "Hong Kong" in names["places"]


def test_a_nationality_noun_and_a_competition_are_never_listed():
    # bbc_news, Philippe Saint-Andre's complaint (the opening paragraphs)
    entities = _entities(
        "Saint-Andre anger at absent stars\n\n"
        "Sale Sharks director of rugby Philippe Saint-Andre has re-opened rugby's "
        "club-versus-country debate.\n\n"
        "The Frenchman has endured a difficult time in the Zurich Premiership this season, with "
        "eight players away with their countries.\n\n"
        "Saint-Andre said the Frenchman's view was shared by other clubs in the Zurich "
        "Premiership.\n"
    )
    listed = _names(entities)
    everything = [name for names in listed.values() for name in names]
    assert "Philippe Saint-Andre" in listed["people"]
    assert "Frenchman" not in everything
    assert "Zurich Premiership" not in everything


def test_a_name_mistyped_with_two_letters_swapped_is_not_a_second_entity():
    # bbc_news: "Thaliand" once, after "Thailand"
    entities = _entities(
        "Hingis to make unexpected return\n\n"
        "Martina Hingis makes her return to competitve tennis after two years out of the game "
        "at the Volvo Women's Open in Pattaya, Thailand, on Tuesday.\n\n"
        "She faces German Marlene Weingartner in the first round. The former world number one "
        "was 22 when she retired after having surgery on both ankles, and her last WTA event "
        "was in Filderstadt, Germany, in October 2002, when she lost to Elena Dementieva. Only "
        "last year she insisted that a comeback was unlikely, but speaking in Thaliand Hingis "
        'admitted: "I said that because I didn\'t know what would happen with my body."\n'
    )
    names = [e.name for e in entities.found]
    assert "Thailand" in names
    assert "Thaliand" not in names


def test_an_occupation_written_before_a_name_is_no_part_of_it():
    # bbc_news, Pete Doherty's bail (opening paragraphs)
    entities = _entities(
        "Pete Doherty misses bail deadline\n\n"
        "Singer Pete Doherty will have to spend the weekend in jail after failing to raise his "
        "bail in time.\n\n"
        "Doherty and his friend, Musician Alan Wass, were charged with robbery and blackmail.\n\n"
        "Wass was remanded in custody until Monday.\n"
    )
    people = _names(entities)["people"]
    assert "Alan Wass" in people
    assert not any(name.startswith(("Musician", "Singer")) for name in people)


def test_a_peoples_adjective_the_model_took_for_a_place_is_not_listed():
    # writers_dev (CNN): "Kuwaiti" only ever describes the border after it
    text = (
        "Guards charged\n\n"
        "The U.S. Navy has charged six guards accused of assaulting detainees at Camp Bucca in "
        "Iraq, naval officials said Thursday.\n\n"
        "The courts-martial are expected to start within 30 days at Camp Bucca, which is in "
        "southern Iraq near the Kuwaiti border.\n"
    )
    places = _names(_entities(text))["places"]
    assert "Kuwaiti" not in places
    assert "Iraq" in places


def test_a_place_that_also_describes_a_noun_is_still_a_place():
    text = (
        "Dubai growth\n\n"
        "Dubai has overtaken its neighbours as a centre for trade, officials said.\n\n"
        "The Dubai office of the bank opened last year.\n"
    )
    assert "Dubai" in _names(_entities(text))["places"]


def test_a_short_name_joins_the_longer_name_it_is_the_last_word_of():
    # writers_dev: "Navy" is the U.S. Navy, not the Navy Provisional Detainee Battalion 4
    text = (
        "Guards charged\n\n"
        "The U.S. Navy has charged six guards accused of assaulting detainees, naval officials "
        "said.\n\n"
        "The division also investigated an incident in a housing cell, the Navy said.\n\n"
        "The guards are assigned to Navy Provisional Detainee Battalion 4, the Navy said.\n"
    )
    organisations = _entities(text).organisations
    navy = next(e for e in organisations if e.name == "U.S. Navy")
    assert "Navy" in navy.aliases
    assert "Navy" not in [e.name for e in organisations]


def test_a_sentences_opening_preposition_is_no_part_of_a_name():
    assert clean_name("Across Wales", "PERSON") == "Wales"
    assert clean_name("Inside Balatov", "GPE") == "Balatov"
    assert clean_name("Under Armour", "ORG") == "Under Armour"


def test_a_degree_course_is_no_organisation():
    assert clean_name("BA English Studies", "ORG") is None
    assert clean_name("MA Women's Studies", "ORG") is None
    assert clean_name("MA", "ORG") is None  # "one of its three MA courses"


def test_a_title_followed_by_its_maker_is_a_work():
    # bbc_news: a film the model took for an organisation
    text = (
        "Sundance to honour foreign films\n\n"
        "Forty-two films will debut at Sundance, including The Liberace of Baghdad by British "
        "director Sean McAllister. The Liberace of Baghdad features an Iraqi pianist.\n\n"
        "The takeover of Manchester United by Malcolm Glazer was not discussed.\n"
    )
    names = _names(_entities(text))
    assert "Liberace of Baghdad" not in names["organisations"]
    assert "Manchester United" in names["organisations"]


def test_general_begins_a_bodys_name_and_a_hyphened_pair_is_two_names():
    # bbc_news: "Fiat-GM" once took GM's mentions, and "General Motors" lost "General"
    text = (
        "Deadline nears for Fiat-GM deal\n\n"
        "Fiat and General Motors (GM) have until midnight on 1 February to settle a disagreement "
        "over a potential takeover. GM is thought to be offering Fiat money to drop its claim.\n\n"
        "General Mike Jackson, the army chief, was not involved.\n"
    )
    found = _entities(text)
    motors = _entity(found, "General Motors")
    assert motors.kind == "organisation" and "GM" in motors.aliases
    assert "Fiat-GM" not in [e.name for e in found.found]
    assert "Mike Jackson" in _names(found)["people"]


def test_a_peoples_adjective_and_a_common_noun_the_model_split_are_one_body():
    # writers_dev: "Islamic" (a people's word) and "State" (a body) once gave "State"
    text = (
        "Camp falls\n\n"
        "A young Syrian boy has revealed how he saw depraved Islamic State militants playing "
        "football inside the besieged Yarmouk refugee camp.\n\n"
        "Before the Islamic State assault, there were around 18,000 people in Yarmouk.\n"
    )
    names = [e.name for e in _entities(text).found]
    assert "State" not in names


def test_a_name_set_beside_a_bodys_noun_is_no_person():
    # writers_dev: "Al Qaeda's local affiliate, Jabhat al-Nusra" was listed as a person
    text = (
        "Camp falls\n\n"
        "The camp is now reported to be almost completely under the control of ISIS and Al "
        "Qaeda's local affiliate, Jabhat al-Nusra.\n\n"
        "Members of the union, Smith said, had not been paid.\n"
    )
    assert "Jabhat al-Nusra" not in _names(_entities(text))["people"]


def test_a_person_the_memo_prints_is_listed_before_others_of_as_many_mentions():
    from briefing.entities import rank
    from briefing.language import with_mentions

    text = (
        "College cuts\n\n"
        "An Oxford college is to cut degrees, students have warned. Former deputy prime minister "
        "John Prescott and Dennis Skinner studied there.\n\n"
        "The college said the courses had too few students.\n\n"
        "It will keep its diploma courses for adults.\n\n"
        "Anne Hughes, 63, from Thame, has been studying English at the college for two years.\n"
    )
    document = with_mentions(segment(parse_text(text, path=Path("c.txt"), sha256="0" * 64)))
    point = "Anne Hughes, 63, from Thame, has been studying English at the college for two years."
    people = [e.name for e, _ in rank(document, [point]) if e.kind == "person"]
    assert people[0] == "Anne Hughes"


def test_a_name_the_model_reads_as_a_place_is_a_person_when_given_an_age():
    # writers_dev: the model tags "Uddin" a place seven times and never reads "Imran Uddin";
    # the age after the full name, at a paragraph's opening, says whose name it is
    found = _entities(
        "Imran Uddin used a keyboard spying device to hack into university computers and up his "
        "exam marks.\n\nImran Uddin, 25, who was studying science, bought keyboard spying "
        "equipment on the internet.\n\nUddin changed the marks that he had been given for "
        "previous assessments.\n\nUddin, from Birmingham, was in his final year of a bio-science "
        "course.\n\nUddin had tried to change his grades, the court heard."
    )
    names = _names(found)
    assert "Imran Uddin" in names["people"]
    assert "Uddin" not in names["places"]


def test_a_role_before_a_name_with_an_age_is_no_first_name():
    found = _entities(
        "Singers join the line-up\n\nThe new line-up was announced on Monday.\n\nSinger Jamelia, "
        "23, said she was thrilled. Jamelia has had six hits.\n\nJamelia will sing first."
    )
    assert all(e.name != "Singer Jamelia" for e in found.found)


def test_a_title_after_its_genre_is_a_work_and_a_position_before_a_name_a_person():
    # bbc_news: the model takes the film for a person, and the full-back for a body
    found = _entities(
        "Robots march to US cinema summit\n\nAnimated movie Robots has beaten Hollywood "
        "competition to take the number one spot at the US box office. Vin Diesel's family "
        "comedy The Pacifier fell to the number two spot, taking $18.1m.\n\nMeanwhile, former "
        "England full-back Dusty Hare said the side needed a new kicker."
    )
    names = _names(found)
    assert not any("Pacifier" in name for kind in names.values() for name in kind)
    assert "Dusty Hare" not in names["organisations"]


def test_an_office_keeps_its_and_its_of_and_its_hyphenated_words():
    # bbc_news 1173: "Work and Pensions Secretary" was "Work", "co-ordinator" was "-ordinator"
    found = _entities(
        "Labour attacks Tory cuts\n\nLabour launched its campaign on Monday. The press "
        "conference hosted by election co-ordinator Alan Milburn was lively.\n\nAlong with Work "
        "and Pensions Secretary Alan Johnson and Minister for Work Jane Kennedy, he then went on "
        "to tear into the Tory plans. Mr Milburn and Mr Johnson said the plans would fail. Ms "
        "Kennedy agreed with Mr Johnson and Mr Milburn."
    )
    roles = {e.name: e.role for e in found.people}
    assert roles["Alan Milburn"] == "election co-ordinator"
    assert roles["Alan Johnson"] == "Work and Pensions Secretary"
    assert roles["Jane Kennedy"] == "Minister for Work"


def test_a_first_name_read_apart_from_its_surname_is_one_person():
    # bbc_news 1333: the model read "Edith" alone there, and "Masai" alone later
    found = _entities(
        "Chepkemei hit by big ban\n\nAthletics Kenya has suspended Susan Chepkemei.\n\n"
        "AK has also threatened three-time women's short-course champion Edith Masai with a "
        "similar ban. Masai missed the national trials in early February.\n"
    )
    assert "Edith Masai" in _names(found)["people"]


def test_a_full_name_after_a_trade_or_a_kinship_is_a_person_whatever_the_model_said():
    # writers_dev 0073: "Liz Cowley" was an organisation to the model
    found = _entities(
        "Bats in the belfry\n\nChurch warden Liz Cowley said keeping the 11th Century building "
        "in good shape was difficult.\n"
    )
    assert "Liz Cowley" in _names(found)["people"]
    # writers_dev 0006: "Cordelia" was a place; a lone given name is no one the memo lists
    found = _entities(
        "Ageing\n\nDe Grey was raised in Chelsea by his artist mother Cordelia, who left him "
        "£11 million when she died in 2011.\n"
    )
    assert "Cordelia" not in _names(found)["places"]


def test_a_body_named_before_its_head_or_as_a_group_is_an_organisation():
    # writers_dev 0103: the model read "Diageo" as a person every time
    found = _entities(
        "Diageo invests in Starward\n\nDiageo, the world's biggest Scotch whisky distiller, has "
        "invested in an Australian distillery.\n\nDistill Ventures, which is part of the Diageo "
        "group, said it was investing in Melbourne-based Starward Whisky.\n\nDavid Gates, "
        "Diageo's global head of premium core spirits, said the deal was a good one.\n"
    )
    assert "Diageo" in _names(found)["organisations"]


def test_the_field_of_an_office_before_its_holder_is_no_organisation():
    # bbc_news 0347: "Transportation" of "Transportation Secretary Norman Mineta"
    found = _entities(
        "US to probe airline travel chaos\n\nTransportation Secretary Norman Mineta said he was "
        "deeply concerned about the delays at US Airways and Comair. Transportation Secretary "
        "Norman Mineta has asked for a report.\n"
    )
    assert not any("Transportation" in name for name in _names(found)["organisations"])
    # bbc_news 1301: a minister of a church, with no holder named after the title, is the
    # church's
    found = _entities(
        "Profile\n\nBrown was born in Glasgow, the son of a Church of Scotland Minister in the "
        "small Fife town of Kirkcaldy.\n"
    )
    assert "Church of Scotland" in [e.name for e in found.found]


def test_a_name_written_round_a_colon_gives_no_names_of_its_parts():
    # bbc_news 0783: "UK" of the programme CD:UK
    found = _entities(
        "TV presenter Deeley drops CD:UK\n\nCat Deeley is to quit as presenter of ITV1 pop show "
        "CD:UK after six years. She made her name on SM:tv with Ant and Dec, and CD:UK has been "
        "her home since. Deeley will host her last CD:UK show on 5 March.\n"
    )
    names = [e.name for e in found.found]
    assert "UK" not in names


def test_a_hyphenated_role_after_the_name_is_given_whole():
    # writers_dev 0103: "co" of "co-founder", which the parse split at its hyphen
    found = _entities(
        "Diageo invests in Starward\n\nDistill Ventures said it was investing in Starward "
        'Whisky.\n\nFrank Lampen, co-founder of Distill Ventures, added: "The Starward team are '
        'exactly the types of entrepreneur we love working with."\n'
    )
    lampen = _entity(found, "Frank Lampen")
    assert lampen.role == "co-founder of Distill Ventures"


def test_a_name_a_possessive_pronoun_owns_is_a_thing_not_a_place():
    # writers_dev 0020: the officer's stun gun, which the model read as a place
    text = (
        "Officer charged with murder\n\nThe officer then tried to use his Taser to subdue "
        "Scott, but claims the suspect grabbed the stun gun during the struggle, according to "
        "the statement.\n\nPolice then said Slager reported on his radio moments after the "
        "struggle: 'Shots fired and the subject is down. He took my Taser.'\n\nThe footage "
        "begins in the vacant lot apparently moments after Slager fires his Taser.\n\nFootage "
        "then appears to show Slager jogging back to the point where the Taser fell to the "
        "ground.\n\nThe family lives in North Charleston, South Carolina.\n"
    )
    names = [e.name for e in _entities(text).found]
    assert "Taser" not in names
    assert "North Charleston" in names
    # a place's name before a noun it modifies, or in a list of places, is still the place
    found = _entities(
        "Clinton home\n\nThe Clintons were at their Chappaqua, New York, home on Sunday. The "
        "firm said its Iraq Index would be updated and its US-based staff would stay.\n"
    )
    names = [e.name for e in found.found]
    assert "Chappaqua" in names
    assert "Iraq" in names


def test_an_office_before_a_name_makes_its_holder_a_person_and_its_field_no_place():
    # writers_dev 0096: the prosecutor, whom the model took for an organisation, and the "U.S."
    # of her title, which it took for a place
    found = _entities(
        "Tsarnaev sentencing\n\nJurors heard from victims on Tuesday, as Assistant U.S. Attorney "
        'Nadine Pellegrini began her case.\n\n"This is Dzhokhar Tsarnaev," Pellegrini said.\n'
    )
    pellegrini = _entity(found, "Nadine Pellegrini")
    assert pellegrini.kind == "person"
    assert pellegrini.role == "Assistant U.S. Attorney"
    assert "U.S." not in [e.name for e in found.found]


def test_places_in_a_list_before_a_managers_title_or_a_loans_are_clubs():
    # writers_dev 0022 and 0042: clubs, in a sports story, that the model read as towns
    found = _entities(
        "Redknapp ready for return\n\nThe well-travelled former West Ham, Bournemouth, "
        "Portsmouth, Southampton and Tottenham manager feels fit again and would relish another "
        "job in the Premier League. He watched the match from the stands.\n\nWaghorn, who "
        "played for Millwall on loan from Leicester in 2013, was sent off as the league leaders "
        "won the game.\n"
    )
    places = _names(found)["places"]
    assert not {"Portsmouth", "Southampton", "Leicester"} & set(places)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # writers_dev 0025: a title the parse reads as a phrase the name stands beside
        (
            "Kenya election\n\nMr Kenyatta's running mate William Ruto, who is also facing a "
            "trial at the ICC, said foreign embassies may have influenced the decision. Mr "
            "Kenyatta and Mr Ruto deny the charges.\n",
            "William Ruto",
            "Mr Kenyatta's running mate",
        ),
        # writers_dev 0050: the office, not its holder's "Sir" and name
        (
            "Obama on Libya\n\nThe former Conservative Foreign Secretary Sir Malcolm Rifkind "
            "said the criticism was a bit rich. Rifkind added that Britain had done its part.\n",
            "Malcolm Rifkind",
            "former Conservative Foreign Secretary",
        ),
        # writers_dev 0022: the title after a noun the parse took into its phrase
        (
            "Redknapp wants job\n\nRedknapp is full of praise for the job current Bournemouth "
            "manager Eddie Howe has done at the club. Howe took over in 2012.\n",
            "Eddie Howe",
            "current Bournemouth manager",
        ),
        # writers_dev: "the son of councillor Shakil Ahmed" describes the son, not the father
        (
            "Students join group\n\nWaheed Ahmed, 21 - the son of councillor Shakil Ahmed - is "
            "said to be a member of the group. Shakil Ahmed said he was shocked.\n",
            "Shakil Ahmed",
            None,
        ),
        # bbc_news: "Monday school inspection chief": the day is when he spoke, not his office
        (
            "Citizenship event for 18s touted\n\nCitizenship ceremonies could be introduced "
            "for people celebrating their 18th birthday, Charles Clarke has said. On Monday "
            "school inspection chief David Bell, accused many schools of failing to take "
            "citizenship classes seriously. Ofsted boss Mr Bell said many lessons were poor.\n",
            "David Bell",
            "school inspection chief",
        ),
        # bbc_news: "Both" is said of the two people, and is no part of either's office
        (
            "Campbell returns to election team\n\nBoth Culture Secretary Tessa Jowell and"
            " Deputy Prime Minister John Prescott said Alastair Campbell would help.\n",
            "Tessa Jowell",
            "Culture Secretary",
        ),
        # bbc_news: a list's dash before the title is no part of it
        (
            "Blackburn v Burnley\n\nThe teams meet on Tuesday.\n\n- Blackburn boss Mark Hughes"
            ' said: "I fully expect us to progress."\n',
            "Mark Hughes",
            "Blackburn boss",
        ),
        # bbc_news: a title an editor put in brackets inside a quotation
        (
            "Bath faced with Tindall ultimatum\n\nMike Tindall's agent has warned Bath they"
            ' may lose the centre. "It is up to (Bath owner) Andrew Brownsword," he said.\n',
            "Andrew Brownsword",
            "Bath owner",
        ),
    ],
)
def test_a_title_before_the_name_in_one_phrase_is_its_role(text, name, role):
    assert _entity(_entities(text), name).role == role


def test_a_word_before_a_name_that_the_article_names_without_it_is_no_part_of_it():
    # writers_dev 0027: "Calling Anzac" was a person, and a memo point read "the day before
    # [Calling] Anzac day"; writers_dev 0075: "Striker Antenucci" of Mirco Antenucci
    entities = _entities(
        "SBS journalist Scott McIntyre was fired on Sunday over his tweets which called Anzac "
        "day 'the cultification of an imperialist invasion'.\n\n"
        "On Friday, the day before Anzac day, Mr Winestock said of the memorial: 'Anzac Day "
        "wish: in next 30 years there will be no wars.'\n\n"
        "Communications Minister Malcolm Turnbull was calling them 'despicable remarks'.\n\n"
        "Twitter user Brian Cox wrote: 'SBS sack this dirty traitor! Calling Anzac's war "
        "criminals on this sacred day!'\n"
    )
    names = [e.name for e in entities.found]
    assert "Calling Anzac" not in names
    entities = _entities(
        "Leeds players withdraw\n\n"
        "Six players - Mirco Antenucci, Giuseppe Bellusci and Dario Del Fabro - withdrew from "
        "the squad on the eve of Saturday's trip to Charlton citing injuries.\n\n"
        "The striker said nothing. Striker Antenucci has scored 10 goals this season.\n"
    )
    names = [e.name for e in entities.found]
    assert "Mirco Antenucci" in names
    assert "Striker Antenucci" not in names


def test_a_name_read_as_often_a_body_as_a_person_is_a_person_when_its_surname_is_one():
    # writers_dev 0027: the story's main actor was listed among organisations
    entities = _entities(
        "AFR writer backs reporter\n\n"
        "Speaking up in support of him, the AFR's Geoff Winestock wrote on the social media "
        "site: 'Ridiculous. Frightening. Sack me Fairfax.'\n\n"
        "Mr Winestock's tweet was shared widely.\n\n"
        "On Friday, the day before Anzac day, Mr Winestock said of the memorial: 'Anzac Day "
        "wish: in next 30 years there will be no wars.'\n\n"
        "Australian Financial Review journalist Geoff Winestock has spoken out in support of "
        "sacked SBS journalist Scott McIntyre.\n\n"
        "Both Fairfax and Mr Winestock declined to comment when contacted.\n"
    )
    assert "Geoff Winestock" in _names(entities)["people"]
    assert "Geoff Winestock" not in _names(entities)["organisations"]


def test_a_title_that_ends_on_another_persons_name_is_not_a_role():
    # writers_dev 0027: Ken Shipp was "SBS Managing Director Michael Ebeid"
    entities = _entities(
        "SBS statement\n\n"
        "After a public backlash against McIntyre's comments, SBS Managing Director Michael "
        "Ebeid and Director of Sport, Ken Shipp said in a joint statement that his comments "
        "had made his position untenable.\n\n"
        "Mr Ebeid and Mr Shipp said SBS apologised.\n"
    )
    assert _entity(entities, "Ken Shipp").role is None
    assert _entity(entities, "Michael Ebeid").role == "SBS Managing Director"


def test_a_police_force_is_an_organisation_and_a_stadium_never_a_team():
    # writers_dev 0092: the main actor was listed among places
    entities = _entities(
        "Clarkson inquiry dropped\n\n"
        "Jeremy Clarkson will not face prosecution over the attack on a Top Gear producer which "
        "led to him being sacked from the hit BBC show.\n\n"
        "Police had opened an investigation into the incident, which took place at a hotel in "
        "Hawes, North Yorkshire last month.\n\n"
        "A North Yorkshire Police spokesman said: ‘North Yorkshire Police has now completed its "
        "routine enquiries following the incident at Hawes involving Mr Jeremy Clarkson, and we "
        "will not be pursuing this matter any further.\n\n"
        "‘North Yorkshire Police takes a thorough and victim-led approach to all "
        "investigations.\n\n"
        "He has repeatedly apologised to Mr Tymon both in public and privately, and the "
        "producer told North Yorkshire Police he did not want to see Mr Clarkson prosecuted.\n"
    )
    assert "North Yorkshire Police" in _names(entities)["organisations"]
    # writers_dev 0084: a sports story, where places that play are teams
    entities = _entities(
        "Cup semi-finals\n\n"
        "Arsenal beat Reading 2-1 at Wembley on Saturday and Aston Villa beat Liverpool 2-1 "
        "there on Sunday.\n\n"
        "Wembley Stadium was a great setting for this weekend's two FA Cup semi-final "
        "clashes.\n\n"
        "Wembley hosted both semi-finals, and Liverpool captain Steven Gerrard scored.\n"
    )
    assert "Wembley Stadium" not in _names(entities)["organisations"]


def test_a_short_given_name_and_the_full_one_with_one_surname_are_one_person():
    # writers_dev 0032: "Josh Sweet; Joshua Sweet" was listed as two people
    entities = _entities(
        "Judge Mary Stacey admitted the victim had been 'scarred psychologically' after Josh "
        "Sweet broke into her home.\n\n"
        "Joshua Sweet, 20, of Birmingham, admitted burglary and sexual assault at Birmingham "
        "Crown Court.\n\n"
        "Sweet was given a three-year community order.\n\n"
        "Madhu Rai, prosecuting, said Sweet had been drinking.\n"
    )
    people = _names(entities)["people"]
    assert "Joshua Sweet" in people
    assert "Josh Sweet" not in people
    assert "Josh Sweet" in _entity(entities, "Joshua Sweet").aliases


def test_a_given_names_initial_and_the_full_name_with_one_surname_are_one_person():
    # bbc_news (sport): "Simon Taylor; S Taylor", the second from the team sheet
    entities = _entities(
        "Scotland v Italy\n\n"
        "Simon Taylor returns to the back row for Scotland after a serious knee injury. Coach "
        "Matt Williams said Simon Taylor had trained well all week.\n\n"
        ": C Paterson; S Webster, A Craig, H Southwell, S Lamont; D Parks, C Cusiter; T Smith, "
        "G Bulloch (capt), G Kerr; S Grimes, S Murray; S Taylor, J Petrie, A Hogg.\n"
    )
    people = _names(entities)["people"]
    assert "Simon Taylor" in people
    assert "S Taylor" not in people
    assert "S Taylor" in _entity(entities, "Simon Taylor").aliases


@pytest.mark.parametrize(
    ("text", "listed", "not_listed"),
    [
        # writers_dev 0105: an assembly member's letters before the name
        (
            "Kingsmill inquest\n\nThe inquest into the Kingsmill massacre has been delayed.\n\n"
            "Ulster Unionist MLA Danny Kennedy said he would be asking Justice Minister David "
            'Ford to ensure the matter was referred to the relevant authorities so that "action '
            'can be taken as soon as possible".\n',
            "Danny Kennedy",
            "MLA Danny Kennedy",
        ),
        # bbc_news: an office before the name
        (
            "Budget surplus\n\nTreasurer Peter Costello said the surplus would be used to cut "
            "taxes.\n\nMr Costello said growth would slow.\n",
            "Peter Costello",
            "Treasurer Peter Costello",
        ),
        # bbc_news: an office cut from the peer's name after it, once "Treasurer Lord"
        (
            "Fox attacks Blair's Tory 'lies'\n\n"
            "Dr Fox accused Mr Blair and other Cabinet ministers of telling lies about their "
            "opponents' policies and then attacking the lies. \"What we learned at the weekend is "
            "what Labour tactics are going to be and it's going to be fear and smear,\" he told "
            'BBC News. The Tory co-chairman attacked Labour\'s six new pledges as "vacuous" and '
            "said Mr Blair was very worried voters would take revenge for his failure to "
            "deliver. Dr Fox refused to discuss weekend newspaper reports that the party had "
            "repaid £500,000 to former Tory Treasurer Lord Ashcroft after he said the party could "
            'not win the election. "We repay loans when they are due but do not comment to '
            'individual financial matters," he said, insisting he enjoyed a "warm and '
            'constructive" relationship to Lord Ashcroft.\n',
            "Lord Ashcroft",
            "Treasurer Lord",
        ),
        # writers_dev 0016: two first names joined are two people, not one
        (
            "Fight night\n\nSibella says: 'Like Floyd and Manny, we need a perfect game plan.'\n\n"
            "Floyd Mayweather and Manny Pacquiao meet on Saturday in Las Vegas.\n",
            "Floyd Mayweather",
            "Floyd and Manny",
        ),
    ],
)
def test_offices_and_two_people_are_no_part_of_a_persons_name(text, listed, not_listed):
    names = [e.name for e in _entities(text).found]
    assert listed in names
    assert not_listed not in names


def test_a_name_with_an_acronym_is_no_person():
    # bbc_news: "BBC Sport Wales" was listed first among people
    entities = _entities(
        "Wales injuries\n\nWales centre Sonny Parker and number eight Ryan Jones will miss "
        "Saturday's game with Italy because of injury.\n\n"
        '"Our first aim was to get Gavin settled into the team," Wales coach Mike Ruddock told '
        "BBC Sport Wales.\n"
    )
    assert "BBC Sport Wales" not in _names(entities)["people"]


def test_a_peoples_name_is_no_persons_surname():
    # writers_dev: "Davi Yanomami", a leader named after his people, had all 21 mentions of the
    # Yanomami counted as his, and a point read "the microbiomes of [Davi] Yanomami people"
    entities = _entities(
        "Tribe's microbes studied\n\n"
        "Researchers sequenced the microbiomes of Yanomami people living in a remote Amazon "
        "village in Venezuela.\n\n"
        "The Yanomami are an indigenous ethnic group of about 35,000 people. Yanomami living "
        "in the village had the most diverse microbes ever reported in humans.\n\n"
        "Rob Knight of the University of California said the Yanomami had been isolated.\n\n"
        "In 2010, Yanomami indigenous leader Davi Yanomami said the samples were taken without "
        "consent.\n"
    )
    davi = _entity(entities, "Davi Yanomami")
    assert davi.mentions == 1
    assert "Yanomami" not in davi.aliases
    assert "Yanomami" not in _names(entities)["people"]


def test_an_athletes_title_before_a_full_name_makes_it_a_persons():
    # bbc_news: the model read "Carolina Kluft" and "Kluft" as a body all four times, and the
    # headline's subject was listed among organisations
    entities = _entities(
        "Kluft impressed by Sotherton form\n\n"
        "Olympic heptathlon champion Carolina Kluft was full of admiration for Britain's Kelly "
        "Sotherton as the pair prepared to clash in Birmingham.\n\n"
        'Sotherton finished third behind the Swede in Athens, and Kluft said: "I knew about '
        "her, she's a great girl.\" Kluft showed impressive early-season form on Tuesday in "
        "Stockholm's GE Galan meeting, winning the sprint hurdles, the long jump and the 400m.\n"
    )
    assert "Carolina Kluft" in _names(entities)["people"]
    assert "Carolina Kluft" not in _names(entities)["organisations"]
    assert _entity(entities, "Carolina Kluft").role == "Olympic heptathlon champion"


def test_a_partys_word_is_no_persons_surname_counted_in_the_text():
    # writers_dev: "Tory donor", "Tory chief whip" and "Tory candidate" were counted as
    # mentions of Michael Tory, named once, who was listed second among the people
    entities = _entities(
        "Union donations\n\n"
        "Ed Miliband received £1.6m from the unions. Ed Miliband thanked them.\n\n"
        "One of the most generous gifts to the Tories came from Michael Tory, a banker.\n\n"
        "Sawsan Asfari, wife of long-time Tory donor Ayman Asfari, gave £50,000. Tory "
        "candidate Henry Smith said the unions had bought Labour.\n"
    )
    assert _entity(entities, "Michael Tory").mentions == 1


def test_a_relative_clause_after_a_name_is_no_role():
    # writers_dev: "James Diner, who once dated model Caprice" was given as his role
    entities = _entities(
        "Donors named\n\n"
        "Hedge fund manager, James Diner, who once dated model Caprice, gave £25,000 to the "
        "party. James Diner declined to comment.\n"
    )
    assert _entity(entities, "James Diner").role is None


def test_a_noun_that_says_only_that_someone_is_a_person_is_no_role():
    # writers_dev: "Wu Shuoyan, woman"
    entities = _entities(
        "Cult trial opens\n\n"
        "The woman, 37-year-old Wu Shuoyan, is alleged to have been killed last May simply for "
        "refusing to hand over her phone number to cult members. Wu Shuoyan was beaten.\n"
    )
    assert _entity(entities, "Wu Shuoyan").role is None


def test_a_name_the_model_cut_short_is_given_whole():
    # writers_dev: "Church of the Almighty God", three times, was listed as "Church of the
    # Almighty"; "Kingston-upon-Thames" as "Kingston"
    entities = _entities(
        "Cult trial\n\n"
        "The Church of the Almighty God cult is banned in China but claims to have millions of "
        "members.\n\n"
        "The public face of the Church of the Almighty God is a website full of uplifting "
        "hymns.\n\n"
        "Public outrage has forced the authorities to increase pressure on the Church of the "
        "Almighty God with almost daily arrests.\n\n"
        "Councils the company is in talks with include Kingston-upon-Thames in south-west "
        "London, Aberdeen and Cheshire East.\n"
    )
    names = {e.name for e in entities.found}
    assert "Church of the Almighty God" in names
    assert "Church of the Almighty" not in names
    assert "Kingston-upon-Thames" in names
    # two names paired by a hyphen stay two: "the UK-Dutch group"
    paired = _entities(
        "Shell deal\n\nThe UK-Dutch group will own 30% of the project, with Qatar's state oil "
        "firm owning the rest. The UK group said the deal was good.\n"
    )
    assert "UK-Dutch" not in {e.name for e in paired.found}


def test_a_first_name_the_text_writes_in_a_web_address_is_still_a_first_name():
    # bbc_news: "President George W Bush" was listed as "W Bush": "george" of "georgewbush.com"
    # was read as the article writing the word in lower case, as it writes a trade
    entities = _entities(
        "Bush website blocked outside US\n\n"
        "Surfers outside the US have been unable to visit the official re-election site of "
        "President George W Bush.\n\n"
        "Since early Monday, georgewbush.com has been blocked to net users outside the US. "
        "George W Bush is seeking re-election on 2 November.\n"
    )
    assert "George W Bush" in _names(entities)["people"]


def test_an_abbreviation_in_brackets_is_another_name_for_the_body_before_it():
    # bbc_news: the span "the Global Alliance for Vaccines and Immunisation (Gavi" was no name,
    # and "Gavi" was listed alone, as a place
    entities = _entities(
        "UK pledges £1bn to vaccine effort\n\n"
        "UK Chancellor Gordon Brown has offered £960m over 15 years to the Global Alliance for "
        "Vaccines and Immunisation (Gavi). Gavi says the money will save five million lives.\n"
    )
    gavi = _entity(entities, "Global Alliance for Vaccines and Immunisation")
    assert gavi.kind == "organisation" and "Gavi" in gavi.aliases
    assert "Gavi" not in _names(entities)["places"]


def test_a_player_beaten_is_no_sign_that_his_country_plays_as_a_team():
    # bbc_news: "beat Sweden's Thomas Enqvist" listed Sweden among organisations
    entities = _entities(
        "Melzer shocks Agassi\n\n"
        "Second seed Andre Agassi suffered a comprehensive defeat by Jurgen Melzer in the "
        "quarter-finals of the SAP Open in San Jose. Defending champion and top seed Andy Roddick "
        "rallied to beat Sweden's Thomas Enqvist 3-6 7-6 (8-6) 7-5 in the tournament.\n"
    )
    assert "Sweden" not in _names(entities)["organisations"]


def test_a_supermodel_before_a_full_name_makes_it_a_persons():
    # bbc_news: "Danish supermodel Helena Christensen" was read as a body
    entities = _entities(
        "Jarre joins fairytale celebration\n\n"
        "French musician Jean-Michel Jarre is to perform at a concert in Copenhagen to mark the "
        "bicentennial of the birth of writer Hans Christian Andersen.\n\n"
        "Danish supermodel Helena Christensen was named a Hans Christian Andersen ambassador "
        "last year.\n"
    )
    assert _entity(entities, "Helena Christensen").kind == "person"


def test_a_dj_before_a_full_name_makes_it_a_persons():
    # bbc_news: "dance DJ Rob Da Bank" was listed among organisations
    entities = _entities(
        "John Peel replacement show begins\n\n"
        "Rock DJ Huw Stephens will go on air in the 2300 slot every Tuesday, with black music "
        "champion Ras Kwame on Wednesdays and dance DJ Rob Da Bank on Thursdays. Rob Da Bank "
        "is one of the hosts of The Blue Room.\n"
    )
    assert "Rob Da Bank" in _names(entities)["people"]


def test_a_plural_before_two_names_joined_by_and_is_no_role_of_the_first():
    # writers_dev: a caption's "Opponents Chad Mendes and Ricardo Lamas face off ..." gave
    # "Chad Mendes, Opponents"
    entities = _entities(
        "Mendes v Lamas\n\n"
        "Opponents Chad Mendes and Ricardo Lamas face off during the UFC weigh-in at the Patriot "
        "Center. Chad Mendes has lost only twice.\n"
    )
    assert _entity(entities, "Chad Mendes").role is None


def test_a_full_name_the_model_took_for_a_body_is_a_person_where_its_surname_alone_is_one():
    # bbc_news: "Elena Dementieva", an organisation to the model where her name opens the
    # story, was listed among organisations; "Dementieva" alone later is a person to it
    entities = _entities(
        "Dementieva wins in Hong Kong\n\n"
        "Elena Dementieva swept aside defending champion Venus Williams 6-3 6-2 to win Hong "
        "Kong's Champions Challenge event.\n\n"
        "Williams had won the title the year before. Dementieva said she was pleased with her "
        "serve.\n"
    )
    assert "Elena Dementieva" in _names(entities)["people"]
    assert "Elena Dementieva" not in _names(entities)["organisations"]


def test_a_name_after_the_is_no_persons_however_its_last_word_alone_is_read():
    # bbc_news: "the Neath-Swansea Ospreys", with "Ospreys" alone a person to the model, and
    # "the Deutsche Boerse bid", with "German Boerse" one: no person's name takes "the"
    entities = _entities(
        "Davies set to stay at Gloucester\n\n"
        "Wales hooker Mefin Davies is likely to stay with English side Gloucester despite "
        "reported interest from the Neath-Swansea Ospreys.\n\n"
        "BBC Wales understands the Ospreys are interested in the 32-year-old. Although he got "
        "match time with the Ospreys, he was angry. Ospreys said nothing.\n"
    )
    assert "Neath-Swansea Ospreys" not in _names(entities)["people"]


@pytest.mark.parametrize(
    ("text", "person", "wrong"),
    [
        # bbc_news: "Veteran Spaniard Conchita Martinez" was listed among organisations
        (
            "Martinez sees off Vinci challenge\n\n"
            "Veteran Spaniard Conchita Martinez came from a set down to beat Italian Roberta "
            "Vinci at the Qatar Open in Doha.\n\n"
            "The veteran Martinez found herself in trouble early on against Vinci.\n",
            "Conchita Martinez",
            "Veteran Spaniard Conchita Martinez",
        ),
        # bbc_news: a nationality as an adjective, taken in with the name
        (
            "Radcliffe to race in New York\n\n"
            "Paula Radcliffe will race in New York in November.\n\n"
            "Kenyan Susan Chepkemei, who finished second to Radcliffe last year, will also run. "
            "Chepkemei said she was ready.\n",
            "Susan Chepkemei",
            "Kenyan Susan Chepkemei",
        ),
        # bbc_news: a party by its members, taken in with the name
        (
            "MPs tout Lords replacement plan\n\n"
            "A group of MPs has tried to raise the pressure on Tony Blair over reform.\n\n"
            "But the all-party group, including Tories Ken Clarke and Sir George Young, Labour's "
            "Robin Cook and Tony Wright and Liberal Democrat Paul Tyler, is confident its plan "
            'would win support from a "large majority". Mr Clarke said the issue "went to the '
            'heart of reforming the health of the British political system".\n',
            "Ken Clarke",
            "Tories Ken Clarke",
        ),
    ],
)
def test_words_that_describe_a_person_are_no_part_of_the_name(text, person, wrong):
    found = {e.name: e.kind for e in _entities(text).found}
    assert found.get(person) == "person"
    assert wrong not in found


def test_a_sentences_opening_word_is_no_part_of_a_name():
    # bbc_news: 'Said Wales assistant coach Scott Johnson: "..."' listed "Said Wales" as a person
    found = {
        e.name
        for e in _entities(
            "Luscombe back for Wales\n\n"
            "Hal Luscombe is fit to face Scotland on 13 March.\n\n"
            'Said Wales assistant coach Scott Johnson: "We are positive about Hal." Johnson '
            "said Luscombe would start.\n"
        ).found
    }
    assert not any(name.startswith("Said ") for name in found)


def test_a_name_written_after_the_every_time_is_no_persons():
    # writers_dev: "the Charlie Hebdo terrorist attacks" listed Charlie Hebdo among people;
    # bbc_news: "the Department for Work and Pensions", a person to the model
    found = {
        e.name: e.kind
        for e in _entities(
            "Paris on alert\n\n"
            "Police in Paris are on alert after a man was arrested.\n\n"
            "It follows the Charlie Hebdo terrorist attacks in January, when three Islamist "
            "terrorists slaughtered 17 people in the city. Cherif Kouachi was one of them.\n"
        ).found
    }
    assert found.get("Charlie Hebdo") != "person"
    assert found.get("Cherif Kouachi") == "person"


@pytest.mark.parametrize(
    ("text", "team"),
    [
        # bbc_news: Parma and Dunfermline, clubs, were listed among places
        (
            "Chelsea sack Mutu\n\nChelsea have sacked Adrian Mutu after he failed a drugs test."
            "\n\nThe 25-year-old tested positive for a banned substance in October. Chelsea have "
            "decided to write off a possible transfer fee for Mutu, a £15.8m signing from Parma "
            "last season, who may face a two-year suspension. Mutu scored six goals in his first "
            "five games but was frozen out by coach Jose Mourinho.\n",
            "Parma",
        ),
        (
            "Old Firm pair handed suspensions\n\nCeltic's Henri Camara and Nacho Novo of "
            "Rangers have both been suspended for offences missed by the referee in a recent Old "
            "Firm game.\n\nThe additional bans come into effect from 28 December meaning Camara "
            "will also be unavailable for the home game against Livingston while Novo will miss "
            "the meetings with Dundee United and Dunfermline. Rangers boss Alex McLeish said "
            "the club would not appeal.\n",
            "Dunfermline",
        ),
    ],
)
def test_a_place_a_player_signs_from_or_a_side_meets_is_a_team(text, team):
    assert _entity(_entities(text), team).kind == "organisation"


def test_a_role_keeps_a_hyphenated_word_whole_and_loses_the_capital_of_its_sentence():
    # bbc_news: "Dan Gillmor, a well-known Silicon Valley journalist" gave "-known Silicon
    # Valley journalist"; "Fifth seed Patty Schnyder" opening a sentence gave "Fifth seed"
    entities = _entities(
        "Apple attacked over sources row\n\n"
        "Civil liberties group the Electronic Frontier Foundation has attacked Apple.\n\n"
        "The EFF has gained some powerful allies in its legal battle with Apple, including "
        "Dan Gillmor, a well-known Silicon Valley journalist. Gillmor said the case mattered.\n\n"
        "Fifth seed Patty Schnyder also had a battle as she needed three sets to win. "
        "Schnyder, the fifth seed, was pleased.\n"
    )
    assert _entity(entities, "Dan Gillmor").role == "well-known Silicon Valley journalist"
    assert _entity(entities, "Patty Schnyder").role == "fifth seed"


def test_two_names_set_apart_by_a_slash_are_two_and_a_party_cut_short_is_the_party():
    # bbc_news: "the Bush/Kerry contest" listed "Bush Kerry" among people; "Liberal Democrat
    # chief executive Lord Rennard" listed "Liberal" among organisations
    games = _entities(
        "Online games play with politics\n\n"
        "After bubbling under for some time, online games broke through onto the political "
        "arena in 2004.\n\n"
        "The first official political campaign game was technically launched during the last "
        "week of 2003: the Iowa Game, commissioned by the Democrat hopeful Howard Dean. More "
        "than 20 followed suit, including Frontrunner, eLections, President Forever and The "
        "Political Machine, which allowed players to run an entire presidential campaign. "
        "Others helped raise the stakes during the Bush/Kerry contest by highlighting a "
        "candidate's virtues or his vices.\n"
    )
    assert not any(" " in e.name and "Bush" in e.name and "Kerry" in e.name for e in games.found)
    # (the model's two mentions there, joined only across a space)
    from briefing.entities import _joined
    from briefing.records import Mention

    document = segment(
        parse_text(
            "Games\n\nThe Bush/Kerry contest and the Edith Masai race.\n",
            path=Path("a.txt"),
            sha256="0" * 64,
        )
    )
    paragraph = document.paragraphs[0]
    spans = [(w, paragraph.text.index(w)) for w in ("Bush", "Kerry", "Edith", "Masai")]
    mentions = [Mention(w, "PERSON", paragraph.index, at, at + len(w)) for w, at in spans]
    assert [m.text for m in _joined(document, mentions)] == ["Bush", "Kerry", "Edith Masai"]
    labour = _entities(
        "Labour battle plan hides Blair\n\n"
        "Labour's election battle plan will concentrate on local campaigning.\n\n"
        "Mr Milburn said no decision had been taken yet over whether David Blunkett would have "
        "a prominent role in the election. Liberal Democrat chief executive Lord Rennard "
        "suggested Labour was avoiding news conferences in London because it wanted less "
        'scrutiny of its record and proposals. "Tony Blair seems to have disappeared from '
        'Labour leaflets and broadcasts," he said. "In contrast Charles Kennedy will feature '
        'prominently in the Liberal Democrat campaign right across the country."\n'
    )
    organisations = _names(labour)["organisations"]
    assert "Liberal" not in organisations
    assert "Liberal Democrats" in organisations


def test_a_surname_after_mr_or_after_a_first_name_ending_in_in_is_no_place():
    # bbc_news: "Iain Ferguson" (the model read only "Ferguson", and "in " ends "Iain") and
    # "Mr Ferguson" twice: Ferguson was listed among places
    found = {
        e.name: e.kind
        for e in _entities(
            "Tate & Lyle boss bags top award\n\n"
            "Tate & Lyle's chief executive has been named European Businessman of the Year by a "
            "leading business magazine.\n\n"
            "Iain Ferguson was awarded the title by US publication Forbes for returning one of "
            "the UK's manufacturers to the country's top 100 companies. The sugar group had been "
            "absent from the FTSE 100 for seven years until Mr Ferguson helped it return to "
            "growth. Mr Ferguson took the helm at the company in 2003.\n"
        ).found
    }
    assert found.get("Ferguson") != "place"
    assert found.get("Iain Ferguson") != "place"


def test_a_people_in_the_plural_before_a_name_with_initials_leaves_the_person():
    # bbc_news: "Irishmen JP McManus" was listed among organisations; "Torao Toshitsune" (a
    # place to the model) is "Mr Toshitsune" after
    mcmanus = _entities(
        "Man Utd stake\n\nThe racing tycoons have raised their stake in Manchester United.\n\n"
        "Irishmen JP McManus and John Magnier own 28.9% of the club. Mr McManus said he was "
        "happy. McManus made his fortune in currency trading.\n"
    )
    assert _entity(mcmanus, "JP McManus").kind == "person"


def test_a_drama_or_a_series_before_a_name_makes_it_a_work_and_capitals_end_no_persons_name():
    # bbc_news: "the medical drama ER" was listed among places, "US television series CSI:
    # Crime Scene Investigation" among organisations; "Team GB" among people
    found = {
        e.name: e.kind
        for e in _entities(
            "Tarantino to direct CSI episode\n\n"
            "Film director Quentin Tarantino is to direct an episode of US television series "
            "Crime Scene Investigation. In 1995 he directed an episode of the medical drama ER "
            "and has also appeared in the programme Alias.\n\n"
            "Kelly Holmes ran for Team GB in Athens. Team GB won 30 medals.\n"
        ).found
    }
    assert found.get("ER") is None and found.get("Alias") is None
    assert found.get("Team GB") != "person"
    from briefing.entities import _Cluster, _kind

    for name, kind in (("Team GB", "organisation"), ("Charles II", "person")):
        cluster = _Cluster()
        cluster.forms[name] = 2
        cluster.votes.extend([(name, "person")] * 2)
        assert _kind(cluster, sports=False) == kind


# bbc_news: "Fellow Bath prop Matt Stevens", of which the model made a person "Fellow Bath"
STEVENS = """Stevens named in England line-up

England have named Bath prop Matt Stevens in the starting line-up for their Six Nations match against Ireland at Lansdowne Road on Sunday.

Fellow Bath prop Duncan Bell will start on the bench, as coach Andy Robinson makes just one change to the team that was beaten by France. It will be Stevens' first start after two caps as a replacement against the All Blacks last year. Leicester duo Ollie Smith and Andy Goode have been drafted onto the bench. Stevens takes over from Phil Vickery, who suffered a broken arm playing for Gloucester last weekend. "I'm confident Matt will grasp this opportunity and make his mark against Ireland," said Robinson.

"All three players have shown outstanding form of late, most recently in the England A win against France A and for their club," added Robinson. "Selection beckons when players demonstrate such consistent ability. "This game against Ireland will be massive. We recognise it's a must-win game for us this season." England confirmed that Sale Sharks prop Andrew Sheridan was not considered for selection because of an injury he picked up to the back of his ankle during last Friday's match against Leeds.

J Robinson (Sale Sharks, capt); M Cueto (Sale Sharks), J Noon (Newcastle), O Barkley (Bath), J Lewsey (Wasps); C Hodgson (Sale Sharks), H Ellis (Leicester); G Rowntree (Leicester), S Thompson (Northampton), M Stevens (Bath), D Grewcock (Bath), B Kay (Leicester), J Worsley (Wasps), L Moody (Leicester), M Corry (Leicester).

A Titterrell (Sale Sharks), D Bell (Bath), S Borthwick (Bath), A Hazell (Gloucester), M Dawson (Wasps), A Goode (Leicester), O Smith (Leicester).
"""


def test_a_word_that_describes_before_a_name_opens_no_name():
    names = _names(_entities(STEVENS))
    assert "Matt Stevens" in names["people"]
    assert "Fellow Bath" not in names["people"]


def test_the_people_of_a_city_are_no_place():
    # bbc_news: "Londoners" listed as a place, where the article names London only in
    # "Transport for London"
    names = _names(
        _entities(
            "Hi-tech posters guide commuters\n\n"
            "Interactive posters are helping Londoners get around the city during the festive "
            "season.\n\n"
            "The posters are part of Transport for London's Safe Travel at Night campaign. The "
            "campaign is intended to help Londoners, especially women, avoid trouble on the way "
            "home. Nigel Marson, head of group marketing at Transport for London (TfL), said the "
            "posters were useful.\n"
        )
    )
    assert "Transport for London" in names["organisations"]
    assert "Londoners" not in names["places"] + names["organisations"]


def test_a_participle_that_opens_a_sentence_is_no_part_of_the_name_after_it():
    # bbc_news: "Praising Celtic" listed, of "Praising Celtic and Rangers for their efforts, ..."
    text = (
        "Jamieson issues warning to bigots\n\n"
        "Scotland's justice minister has warned bigoted soccer fans that she wants to hit them "
        '"where it hurts most" by banning them from matches.\n\n'
        "Cathy Jamieson said exclusion orders are one of a series of measures being considered. "
        "She praised Celtic and Rangers for their work in tackling the problem.\n\n"
        "Praising Celtic and Rangers for their efforts, she said: \"I don't think there is any "
        'doubt that we have seen some positive moves from the clubs. "Both Rangers and Celtic '
        'football clubs have been involved in working with the executive."\n'
    )
    organisations = _names(_entities(text))["organisations"]
    assert "Celtic" in organisations
    assert not [name for name in organisations if name.startswith("Praising")]


def test_a_given_name_that_ends_like_a_participle_stays_part_of_the_name():
    # bbc_news: "Fred" ends as "Praising" does, and the word list holds it
    text = (
        "Games firms face tough future\n\n"
        "UK video game firms face a tough future as the costs of making games rise.\n\n"
        "Fred Hasson, head of Tiga, which represents independent developers, said that more UK "
        'firms would go under due to greater risks in making new titles. Mr Hasson said: "In '
        'the last four years we have probably lost a third of independent developers." Mr '
        "Hasson said the industry was predicting that development costs would double.\n"
    )
    assert "Fred Hasson" in _names(_entities(text))["people"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # bbc_news: an office "for" its field before the name, in lower case ("civil aviation")
        (
            "Deccan seals deal\n\nAir Deccan has ordered 30 airliners.\n\n"
            '"The days of flying being a symbol of only maharajas or the rich are over," the '
            "minister for civil aviation Praful Patel said earlier.\n",
            "Praful Patel",
            "minister for civil aviation",
        ),
        # bbc_news: one description with "and" inside it ("Tory work")
        (
            "CSA chief still in job\n\nThe head of the Child Support Agency is still in post.\n\n"
            "Tory work and pensions spokesman David Willetts said families affected by CSA "
            "failings would wonder why Mr Smith was still in his job.\n",
            "David Willetts",
            "Tory work and pensions spokesman",
        ),
        # bbc_news: what he created, in seven words as written, is his role ...
        (
            "New consoles promise big problems\n\nMaking games will cost more.\n\n"
            "One developer bucking the trend towards big art teams is Will Wright, the creator "
            "of the best-selling The Sims games.\n",
            "Will Wright",
            "creator of the best-selling The Sims games",
        ),
        # ... but a head of nothing, cut from a longer one, is none ("Will Wright, creator")
        (
            "New consoles promise big problems\n\nMaking games will cost more.\n\n"
            "One developer bucking the trend towards big art teams is Will Wright, the creator "
            "of the best-selling The Sims games and their many add-on packs for the PC.\n",
            "Will Wright",
            None,
        ),
    ],
)
def test_a_role_says_what_the_person_is_in_full(text, name, role):
    roles = {e.name: e.role for e in _entities(text).found if e.kind == "person"}
    assert roles[name] == role


def test_a_clause_the_parse_ran_on_into_is_no_role():
    # bbc_news: "Kevin Keegan, but his professionalism" listed as a role
    found = _entities(
        "Bosvelt optimistic over new deal\n\nManchester City's Paul Bosvelt will find out "
        '"within a month" whether he is to be offered a new one-year deal.\n\nBosvelt joined '
        "City from Feyenoord in 2003 and at first he struggled to adapt to life in England. But "
        'his professionalism and dedication impressed manager Kevin Keegan. "He is an unsung '
        'hero," said Keegan.\n'
    )
    roles = {e.name: e.role for e in found.found if e.kind == "person"}
    assert roles["Kevin Keegan"] in (None, "manager")


def test_two_clubs_run_together_and_a_houses_members_are_no_bodies():
    # bbc_news: "Everton and Arsenal" listed as one organisation, "MPs" as another
    text = (
        "Ferguson rues failure to cut gap\n\n"
        "Boss Sir Alex Ferguson was left ruing Manchester United's failure to close the gap on "
        "Chelsea, Everton and Arsenal after his side's 1-1 draw with Fulham.\n\n"
        "Arsenal drew with Bolton on Saturday. Everton have won five in a row. MPs have called "
        "for an inquiry into ticket prices.\n"
    )
    organisations = _names(_entities(text))["organisations"]
    assert "Everton and Arsenal" not in organisations
    assert "MPs" not in organisations
    assert "Chelsea" in organisations


def test_a_name_listed_beside_a_work_is_a_work():
    # bbc_news: a film the model took for a person, listed with a hit
    text = (
        "US box office set for record high\n\n"
        "Surprise hits had come from some of the more art-house offerings such as Napoleon "
        "Dynamite and critical hit Sideways, said Paul Dergarabedian. Napoleon Dynamite made "
        "$44m.\n"
    )
    names = _names(_entities(text))
    assert "Napoleon Dynamite" not in names["people"]
    # ... but not the part an actor plays in one
    cast = (
        "Constantine tops US box office\n\n"
        "Oscar contenders The Aviator, starring Leonardo DiCaprio as Howard Hughes and"
        " wine-tasting comedy Sideways, both held onto positions in the top 10. Howard Hughes"
        " was a film producer.\n"
    )
    assert "Howard Hughes" in _names(_entities(cast))["people"]


def test_a_name_before_its_author_or_star_is_a_work_but_not_a_club_before_its_star():
    rowling = _names(
        _entities(
            "Rowling gives evidence\n\n"
            "Harry Potter author JK Rowling has given evidence in court. Harry Potter has sold "
            "250 million copies, said Rowling.\n"
        )
    )
    assert rowling["people"] == ["JK Rowling"]
    chelsea = _names(
        _entities(
            "Chelsea star injured\n\n"
            "Chelsea star Frank Lampard is injured, said Jose Mourinho. Chelsea play Arsenal "
            "on Saturday.\n"
        )
    )
    assert "Chelsea" in chelsea["organisations"]


def test_one_person_spelled_two_ways_is_listed_once():
    # bbc_news: "Viktor Makarov" and, in a quotation, "Victor Makarov"
    text = (
        "Russian ex-spy on hunger strike\n\n"
        "Viktor Makarov, 50, claims he has been betrayed by the British authorities. Mr Makarov"
        " told the BBC he would go on.\n\n"
        '"They took the information that Victor Makarov had," said historian David Kahn.\n'
    )
    people = _names(_entities(text))["people"]
    assert len([p for p in people if p.endswith("Makarov")]) == 1
    assert "David Kahn" in people


def test_a_real_name_is_the_same_person_as_the_name_they_go_by():
    # bbc_news: a rapper the model read as a body, and his own name listed as another person
    text = (
        "Rapper C-Murder freed on bail\n\n"
        "C-Murder, real name Corey Miller, has been freed on bail. The former member of rap group"
        " Tru was found guilty in 2003. Lawyer Ron Rakosky said C-Murder would appeal.\n"
    )
    names = _names(_entities(text))
    assert "C-Murder" in names["people"]
    assert "Corey Miller" not in names["people"]
    assert "C-Murder" not in names["organisations"]


def test_two_surnames_run_together_by_a_comma_are_no_one_name():
    # bbc_news: "formed in 1971 by Ferry, Mackay and Brian Eno", one span to the model
    text = (
        "Roxy Music on Isle of Wight bill\n\n"
        "Bryan Ferry and Andy Mackay will play the festival. Roxy Music were formed in 1971 by"
        " Ferry, Mackay and Brian Eno.\n"
    )
    names = _names(_entities(text))
    assert "Ferry, Mackay" not in names["organisations"] + names["people"]


def test_a_firm_called_by_its_first_word_and_a_kind_of_person_are_no_other_entries():
    # bbc_news: "Southwest Airlines" then "Southwest", which the model read as a place; and the
    # words of an award, read as a person
    text = (
        "High fuel costs hit US airlines\n\n"
        "Southwest Airlines saw its profits fall. Southwest, which has the highest market value"
        " of any US carrier, said fuel costs rose. Shares in Southwest fell 65 cents.\n\n"
        "Iain Ferguson of Tate & Lyle was named European Businessman of the Year. Tate said"
        " profits would rise.\n"
    )
    names = _names(_entities(text))
    assert "Southwest Airlines" in names["organisations"]
    assert "Southwest" not in names["places"] + names["organisations"]
    assert "European Businessman" not in names["people"]


def test_a_first_name_opening_a_sentence_completes_the_surname_the_model_read_alone():
    # bbc_news: "Iain Ferguson was awarded ...", of which the model tagged "Ferguson" alone
    text = (
        "Tate & Lyle boss bags top award\n\n"
        "Tate & Lyle's chief executive has been named European Businessman of the Year.\n\n"
        "Iain Ferguson was awarded the title by US publication Forbes. The sugar group had been"
        " absent from the FTSE 100 until Mr Ferguson helped it return to growth.\n"
    )
    assert "Iain Ferguson" in _names(_entities(text))["people"]


def test_clubs_listed_with_clubs_and_called_a_team_are_organisations():
    # writers_dev 0102: the model read Tottenham, West Ham and Barcelona as the places
    entities = _entities(
        "Patino weighs offers\n\n"
        "Everyone was into little Wilshere, with West Ham (the team his dad Andy supports), "
        "Tottenham and Arsenal all offering to give the academy kid a shot at the big time.\n\n"
        "Charlie Patino, 11, and his family must weigh up offers from Arsenal, Chelsea and "
        "Tottenham before the end of the season.\n\n"
        "The midfielder's style of play has been influenced by his favourite team Barcelona, "
        "and the coach says he watches every match.\n\n"
        "The family have already visited the training grounds of Tottenham, Arsenal and Chelsea "
        "with their son, and the player will decide which club to join in the summer."
    )
    names = _names(entities)
    for club in ("Tottenham", "West Ham"):
        assert club in names["organisations"], names
    assert _entity(entities, "Barcelona").kind == "organisation"
    assert not names["places"]


def test_a_firm_named_without_what_it_sells_is_the_firm():
    # bbc_news (business): "Krispy Kreme" was listed as a person, "Krispy Kreme Doughnuts" as
    # a place, and the firm not among organisations
    entities = _entities(
        "Krispy Kreme shares hit\n\n"
        "Shares in Krispy Kreme Doughnuts have taken a dunking on Wall Street after the firm "
        "said it would have to restate its 2004 financial reports.\n\n"
        "Krispy Kreme said accounting errors had forced the move. Shares in Krispy Kreme sank "
        "14.87% to close at $10.48.\n\n"
        "Krispy Kreme said the latest adjustments involved the way it accounted for leases. "
        "Krispy Kreme added that it had enough cash to fund its current operations."
    )
    names = _names(entities)
    assert names["organisations"][:1] == ["Krispy Kreme Doughnuts"], names
    assert not any("Krispy" in n for n in names["people"] + names["places"])
    # a person and the body named for her stay two
    foundation = _entities(
        "Foundation opens\n\n"
        "Nelson Mandela opened a school in Qunu on Monday, funded by the Nelson Mandela "
        "Foundation.\n\nNelson Mandela said the Nelson Mandela Foundation would build ten more. "
        "Mr Mandela thanked the teachers."
    )
    names = _names(foundation)
    assert "Nelson Mandela" in names["people"], names
    assert "Nelson Mandela Foundation" in names["organisations"]


def test_a_name_set_beside_what_it_is_between_commas_takes_that_kind():
    # writers_dev 0030: the regulator the law is about was read as a person and left out
    entities = _entities(
        "Russia's blogger law\n\n"
        "A new law imposing restrictions on users of social media has come into effect in "
        "Russia. It means bloggers with more than 3,000 daily readers must register with the "
        "mass media regulator, Roskomnadzor, and conform to the rules for larger outlets.\n\n"
        "A spokesman for the firm, Pavel Durov, said the company would comply."
    )
    assert _entity(entities, "Roskomnadzor").kind == "organisation"
    # a name set beside the head of a longer phrase is not of the kind its last noun says
    assert _entity(entities, "Pavel Durov").kind == "person"


def test_films_named_in_a_list_of_hits_or_after_their_maker_are_works_not_names():
    # bbc_news (entertainment): "Napoleon Dynamite" was listed as a person, "Liberace of
    # Baghdad" as an organisation, "Baghdad" (from the title) and "Angolan" as places
    entities = _entities(
        "Films on war triumph at Sundance\n\n"
        "British director Sean McAllister's The Liberace of Baghdad - about a pianist in "
        "war-torn Iraq - won a special prize. Both Why We Fight and The Liberace of Baghdad "
        "were made for the BBC.\n\n"
        "In the world cinema drama category, the Angolan film The Hero won the grand jury "
        "prize.\n\n"
        "Last year's festival provided a platform for hits such as Open Water, Napoleon "
        "Dynamite, Garden State and Super-Size Me. The festival is held in Park City, Utah."
    )
    listed = {e.name for e in entities.found}
    assert not listed & {"Napoleon Dynamite", "Liberace of Baghdad", "Baghdad", "Angolan"}
    assert _entity(entities, "Sean McAllister").kind == "person"
    assert _entity(entities, "Utah").kind == "place"


def test_a_family_called_by_its_surname_is_no_place():
    # bbc_news (tech): "the Beckhams" was listed among places
    entities = _entities(
        "Beckham virus spotted on the net\n\n"
        "Virus writers are trading on interest in David Beckham to catch people out. The "
        "message claims to have evidence of Beckham in a compromising position.\n\n"
        "Appetite for salacious gossip about the private life of the Beckhams might lead some "
        "into an unpleasant computer infection, said Graham Cluley of Sophos."
    )
    assert not any("Beckhams" in e.name for e in entities.found)
    assert _entity(entities, "David Beckham").kind == "person"


def test_a_peer_read_without_his_title_is_listed_by_it_and_a_treaty_is_no_body():
    # bbc_news (politics): "Bingham" alone was dropped as a one-word name, and the European
    # Convention on Human Rights listed among organisations
    entities = _entities(
        "Clarke defends terror detentions\n\n"
        "The home secretary has defended his decision not to release foreign terror suspects.\n\n"
        "Lord Bingham - a senior law lord - said the rules were incompatible with the European "
        "Convention on Human Rights as they allowed detentions that discriminate on the ground "
        "of nationality. The government opted out of part of the European Convention on Human "
        "Rights in order to bring in anti-terrorism legislation."
    )
    names = _names(entities)
    assert "Lord Bingham" in names["people"], names
    assert "European Convention on Human Rights" not in names["organisations"]
    # where the article names the peer in full, the two forms are one entry
    butler = _entities(
        "Butler launches attack on Blair\n\n"
        "Former civil service chief Lord Butler has criticised the way Tony Blair's government "
        "works. Lord Butler said Mr Blair bypassed the Cabinet.\n\n"
        "Robin Butler's report earlier this year into Iraq intelligence weakened ministers' case."
    )
    people = [e for e in butler.found if e.kind == "person" and "Butler" in e.name]
    assert len(people) == 1, people
    assert {people[0].name, *people[0].aliases} >= {"Lord Butler", "Robin Butler"}


def test_a_name_read_mostly_as_a_person_is_one_though_her_full_name_was_read_as_a_body():
    from dataclasses import replace

    from briefing.entities import rank
    from briefing.records import Mention

    # bbc_news (sport): the model read "Marion Jones" once as a person and three times as a
    # body, "Jones" alone five times as a person; and "Jones won" reads like a team's result
    text = (
        "Jones files lawsuit\n\n"
        "Marion Jones has filed a lawsuit against Victor Conte. Jones won five medals in Sydney. "
        "Jones denies taking drugs. Marion Jones passed a lie detector test. Jones said Conte "
        "lied. Lawyers for Marion Jones spoke. Jones will testify. Marion Jones is angry.\n"
    )
    document = segment(parse_text(text, path=Path("j.txt"), sha256="2" * 64))
    body = document.paragraphs[0].text
    labels = iter(["PERSON", "ORG", "ORG", "ORG"])
    mentions = []
    for match in re.finditer(r"(?:Marion )?Jones", body):
        label = next(labels) if match.group().startswith("Marion") else "PERSON"
        mentions.append(Mention(match.group(), label, 1, match.start(), match.end()))
    conte = body.index("Victor Conte")
    mentions.append(Mention("Victor Conte", "PERSON", 1, conte, conte + 12))
    document = replace(document, mentions=tuple(mentions), statements=None)
    kinds = {entity.name: entity.kind for entity, _ in rank(document)}
    assert kinds["Marion Jones"] == "person"


def test_a_name_an_apposition_calls_a_member_of_parliament_is_a_person():
    from briefing.entities import _apposed
    from briefing.records import Mention

    # bbc_news (politics): the model read "Quentin Davies" as an organisation, once
    text = (
        "MP attacked by muggers in Kenya\n\n"
        "Quentin Davies, the MP for Grantham and Stamford, was attacked in a park in Nairobi.\n"
    )
    document = segment(parse_text(text, path=Path("q.txt"), sha256="1" * 64))
    mention = Mention("Quentin Davies", "ORG", 1, 0, len("Quentin Davies"))
    assert _apposed(document, mention) == "person"
    # a title after a preposition is another's: "an aide to the MP for ..."
    text = text.replace("the MP for", "an aide to the MP for")
    document = segment(parse_text(text, path=Path("q.txt"), sha256="1" * 64))
    assert _apposed(document, mention) is None


def test_a_partys_members_name_the_party():
    # bbc_news (politics): "would be warmly welcomed by Labour MPs", read as a person
    assert clean_name("Labour MPs", "PERSON") == "Labour"
    assert clean_name("Conservative MPs", "NORP") == "Conservative Party"
    assert clean_name("Labour MP Diane Abbott", "ORG") == "Labour"


def test_a_role_is_read_where_the_text_gives_the_full_name_the_model_missed():
    from dataclasses import replace

    from briefing.records import Entity, Mention
    from briefing.roles import read_roles

    # writers_dev: the model read no name in the first sentence, then "Guardiola" alone
    text = (
        "Guardiola's first season\n\n"
        "Manchester City boss Pep Guardiola says his first season has not been good enough.\n\n"
        "Guardiola said the team would be better next year.\n"
    )
    document = segment(parse_text(text, path=Path("p.txt"), sha256="7" * 64))
    mentions = (Mention("Guardiola", "ORG", 2, 0, 9),)
    document = replace(document, mentions=mentions, statements=None)
    person = Entity("Pep Guardiola", "person", aliases=("Guardiola",))
    assert read_roles(document, [person]) == {"Pep Guardiola": "Manchester City boss"}


def test_a_countrys_name_after_the_and_before_a_bodys_is_part_of_its_name():
    # bbc_news: the model reads "US" as a place and "Anti-Doping Agency" as a body
    entities = _entities(
        "Jones files Conte lawsuit\n\n"
        "Marion Jones has filed a lawsuit for defamation against Balco boss Victor Conte.\n\n"
        "The sport's ruling body, the IAAF, is taking a cautious approach to Conte's allegations "
        "but contacted the US Anti-Doping Agency. Her lawsuit was filed in the US District Court "
        "in San Francisco. Jones is under investigation by the US Anti-Doping Agency.\n"
    )
    organisations = _names(entities)["organisations"]
    assert "US Anti-Doping Agency" in organisations
    assert "Anti-Doping Agency" not in organisations
    assert "District Court" not in organisations
    # bbc_news: the model's span takes the "the" in ("the United States"); a cooperative is a
    # body, not the place its name starts with
    balco = (
        "Balco case trial date pushed back\n\n"
        "The trial date for the Bay Area Laboratory Cooperative (Balco) steroid distribution "
        "case has been postponed.\n\n"
        "Balco has been accused by the United States Anti-Doping Agency (USADA) of being the "
        "source of the banned steroid THG. The United States Anti-Doping Agency has banned "
        "several athletes.\n"
    )
    names = _names(_entities(balco))
    assert "United States Anti-Doping Agency" in names["organisations"]
    assert "Bay Area Laboratory Cooperative" not in names["places"]


def test_a_word_for_what_a_player_does_before_his_surname_is_no_body():
    # bbc_news: "Goalscorer Toure", opening a sentence, read as an organisation
    entities = _entities(
        "Wenger dejected as Arsenal slump\n\n"
        "Arsenal manager Arsene Wenger claimed their display in the 3-1 defeat against Bayern "
        "Munich was their worst.\n\n"
        "Kolo Toure's late goal gives the Gunners hope for the second leg.\n\n"
        'Goalscorer Toure was also at fault for two goals, and Wenger said: "We need to help '
        'Toure rebuild his confidence."\n'
    )
    names = _names(entities)
    assert "Kolo Toure" in names["people"]
    assert not any("Goalscorer" in name for kind in names.values() for name in kind)
    # writers_dev: a first name shaped like such a word ("Adrian") is a first name
    named = _names(
        _entities(
            "Prison officer dies after bomb attack\n\n"
            "Adrian Ismay, 52, was seriously hurt after a booby-trap device exploded under his van"
            " in Belfast on 4 March.\n\n"
            "The organisation said Mr Ismay was targeted for training officers at Maghaberry "
            "Prison. Ismay died in hospital.\n"
        )
    )
    assert "Adrian Ismay" in named["people"]
    # bbc_news: a nationality before the surname of someone named in full
    entities = _entities(
        "Hantuchova in Dubai last eight\n\n"
        "World number one Lindsay Davenport and Anastasia Myskina also progressed. Marion "
        "Bartoli of France beat American Davenport's compatriot in the first round, but "
        "American Davenport won 6-4 6-1.\n"
    )
    davenport = next(e for e in entities.found if e.name == "Lindsay Davenport")
    assert davenport.mentions >= 2
    assert not any("American" in e.name for e in entities.found)


def test_roles_say_whose_or_are_left_out():
    roles = _roles(
        "Thanou desperate to make return\n\n"
        "Greek sprinter Katerina Thanou says she is eager to compete again.\n\n"
        "Thanou and her compatriot Kostas Kenteris were provisionally suspended by the IAAF in "
        "December. But her close friend Thomas Lane Butts, a retired minister in her hometown, "
        "says she once told him the reason.\n\n"
        "Communications director Nick Davies said the IAAF would seek to contact her.\n"
    )
    assert roles["Katerina Thanou"] == "Greek sprinter"
    assert roles.get("Kostas Kenteris") is None  # "compatriot": of whom, the list cannot say
    assert roles.get("Thomas Lane Butts") == "retired minister"
    assert roles.get("Nick Davies") == "communications director"


def test_a_role_opening_its_sentence_keeps_a_names_capital_and_loses_a_common_nouns():
    roles = _roles(
        "Bell set for England debut\n\n"
        "Bath prop Duncan Bell has been added to England's 30-man squad.\n\n"
        "Blues boss Jose Mourinho said he was pleased. Robinson has an injury worry over a "
        "centre who withdrew from Bath's starting line-up.\n\n"
        "Sports psychologist Hugh Richards said the squad was ready.\n"
    )
    assert roles["Duncan Bell"] == "Bath prop"  # "Bath's" inside a sentence: a name
    assert roles["Jose Mourinho"] == "Blues boss"  # a side's nickname
    assert roles["Hugh Richards"] == "sports psychologist"


def test_the_outlet_someone_spoke_to_is_no_actor_but_a_body_told_is():
    entities = _entities(
        "Wenger backs his keeper\n\n"
        "Arsenal manager Arsene Wenger has backed Jens Lehmann after the defeat by Bayern "
        "Munich.\n\n"
        '"He is a great keeper," Wenger told BBC Sport. Lehmann, speaking to the BBC News '
        "website, said he blamed himself.\n\n"
        "The minister told Congress that the club would not be fined, and Bayern Munich said "
        "it would not appeal.\n"
    )
    organisations = _names(entities)["organisations"]
    assert not {"BBC Sport", "BBC News"} & set(organisations)
    found = {e.name for e in entities.found}
    assert "Congress" in found  # a body told something in the story
    assert "Bayern Munich" in organisations


def test_a_long_role_loses_where_the_body_is_before_what_it_is_of():
    # writers_dev: cut to "director" once, where the parse hung "at ..." on the institute's name
    roles = _roles(
        "Scientist says ageing can be cured\n\n"
        "Aubrey de Grey says ageing is a disease.\n\n"
        "Nir Barsilai, director of the Institute for Aging Research at the Albert Einstein "
        "College of Medicine, said: 'Based on the biology that we know today, there is a roof.'\n"
    )
    assert roles["Nir Barsilai"] == "director of the Institute for Aging Research"


def test_a_role_cut_to_a_head_of_nothing_by_its_pronoun_phrase_is_none():
    roles = _roles(
        "Firm hires new head\n\n"
        "John Smith, head of its research division, said sales were up. Smith joined in 2001.\n"
    )
    assert roles.get("John Smith") is None


def test_a_surname_two_people_share_is_completed_to_neither():
    # bbc_news (Wales in Rome): Shane and Martyn Williams, and a "Williams" alone; the lone
    # surname was once completed to the first full name found, listing Shane Williams twice
    text = (
        "Wales win in Rome\n\n"
        "Wales beat Italy 38-8 in Rome. Diminutive wing Shane Williams fielded a kick ahead and"
        " danced past two men. Tom Shanklin and Martyn Williams gave the visitors a 19-5 lead.\n\n"
        "When he off-loaded to Martyn Williams, the flanker showed great pace. The fourth try came"
        " from another run by Shane Williams, who beat several players.\n\n"
        "Williams said the side had played well. Later efforts from Brent Cockbain, Shane Williams"
        " and Robert Sidoli sealed victory.\n"
    )
    people = [e.name for e in _entities(text).found if e.kind == "person"]
    assert people.count("Shane Williams") == 1
    assert "Martyn Williams" in people


def test_a_person_named_with_whose_they_are_is_a_person():
    # bbc_news: "Roma's Olivier Dacourt", one span to the model, read as a club; and
    # "Japan's Ai Sugiyama", the player read as a building
    text = (
        "Robben sidelined with broken foot\n\n"
        "Chelsea winger Arjen Robben has broken a bone in his foot and will miss the Premiership"
        " match. Robben suffered a similar injury after a challenge with Roma's Olivier Dacourt."
        " The Dutch winger scored twice in the league cup.\n\n"
        "In the day's other matches, Japan's Ai Sugiyama defeated Australian Samantha Stosur"
        " 6-3 6-4 in the second round.\n"
    )
    found = {e.name: e.kind for e in _entities(text).found}
    assert found.get("Olivier Dacourt") == "person"
    assert "Roma's Olivier Dacourt" not in found
    assert found.get("Ai Sugiyama") == "person"


def test_a_name_written_with_a_letter_once_and_twice_is_one_person():
    # writers_dev: a caption's "Hilary Clinton" beside the text's "Hillary Clinton"; the surname
    # alone then has two full names, and was typed a place where it followed a list of places
    text = (
        "Clinton on the campaign trail\n\n"
        "Democratic presidential candidate Hillary Clinton enjoyed a stop in Iowa. EXCLUSIVE:"
        " Hilary Clinton in a blue cap.\n\n"
        "Between Washington, D.C. and New York, Clinton has struggled to look like an ordinary"
        " voter, aides said. Hillary Clinton will visit New Hampshire next week.\n"
    )
    found = _entities(text).found
    assert [e.name for e in found if e.name.endswith("Clinton")] == ["Hillary Clinton"]
    assert "Clinton" in _entity(_entities(text), "Hillary Clinton").aliases


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Diminutive wing Shane Williams fielded a kick ahead.",
            "Shane Williams",
            "diminutive wing",
        ),
        (
            "Defending champion Joice Maduaka finished fifth in the final.",
            "Joice Maduaka",
            "defending champion",
        ),
        ("Fly-half Stephen Jones kicked two penalties.", "Stephen Jones", "fly-half"),
        # bbc_news: a person's noun the tagger reads as a common one, rarer than a common word
        (
            'Spokesman Nick Davies said: "We note the decision with concern."',
            "Nick Davies",
            "spokesman",
        ),
        ("Economist Colen Garrow said the budget looked sensible.", "Colen Garrow", "economist"),
        ("Flanker Colin Charvis is unlikely to play against France.", "Colin Charvis", "flanker"),
        # writers_dev: "Aiden O'Brien, Substitute"
        ("Substitute Aiden O'Brien fired over from long range.", "Aiden O'Brien", "substitute"),
    ],
)
def test_a_description_opening_a_sentence_loses_the_capital_its_place_gave_it(sentence, name, role):
    text = f"Match report\n\n{sentence} {name.split()[-1]} said the side had played well.\n"
    assert _roles(text)[name] == role


def test_a_name_after_a_noun_for_a_body_is_a_body_whatever_else_the_model_read():
    # bbc_news (technology): "network monitoring company Sandvine", read as a product, then
    # as a person where it speaks; the story's main actor was missing from the memo
    text = (
        "Halo 2 heralds traffic explosion\n\n"
        "The growing popularity of online gaming could spell problems for net service firms,"
        " warns network monitoring company Sandvine.\n\n"
        "It issued the warning following analysis which shows that traffic on the Xbox game"
        " network increased fourfold on the launch day of Halo 2. The 9 November traffic"
        " explosion has continued into December, said Sandvine.\n\n"
        "The surge should be a wake-up call to the industry, said Sandvine's chief technology"
        " officer Marc Morin.\n"
    )
    entities = _entities(text)
    assert _entity(entities, "Sandvine").kind == "organisation"
    assert "Sandvine" in [e.name for e in entities.organisations]


def test_a_partys_name_the_model_read_as_a_person_is_part_of_a_role():
    # bbc_news (ID cards): "Lib Dem leader Charles Kennedy", with "Lib Dem" read as a person
    text = (
        "Clarke faces ID cards rebellion\n\n"
        "Charles Clarke faces his first real test as home secretary on Monday. The Liberal"
        " Democrats oppose the plans.\n\n"
        "On Sunday, Lib Dem leader Charles Kennedy repeated his call for a pause.\n"
    )
    assert _roles(text)["Charles Kennedy"] == "Lib Dem leader"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param(
            # bbc_news: shares of students "down to 10% in Leeds Central and 8% in Nottingham
            # North", the seats read as people
            "Student 'inequality' exposed\n\n"
            "Teenagers from well-off areas are far more likely to go to university, a report"
            " says. The share was 62% in Sheffield Hallam, down to 10% in Leeds Central and 8% in"
            " Nottingham North, said Sir Howard Newby, the council's chief executive.\n",
            "Nottingham North",
            "person",
            id="a seat: a town and a compass point",
        ),
        pytest.param(
            # writers_dev (Diageo): "Scotch" from "the Scotch whisky market", and "Scotch" alone
            "Diageo, the world's biggest Scotch whisky distiller, has invested in an Australian"
            " distillery to help it expand into new export markets. Distill Ventures, which is"
            " part of the Diageo group, said it was investing an unspecified sum in"
            " Melbourne-based Starward Whisky. David Gates, Diageo's global head of premium core"
            " spirits, said the deal was a good one. Last year Diageo had a 37% share of the"
            " Scotch whisky market in terms of volumes.\n",
            "Scotch",
            "organisation",
            id="a people's word read as a body once",
        ),
        pytest.param(
            # writers_dev (PSNI): "a silver Skoda Fabia" was listed among the people
            "Prison officer dies after bomb\n\n"
            "The PSNI has launched a murder inquiry into the death of prison officer Adrian"
            " Ismay. Mr Ismay was injured when a bomb exploded under his van in Belfast.\n\n"
            "Police have repeated an appeal for information on two cars that police believe may"
            " have been used by the bombers - a red Citroen C3 and a silver Skoda Fabia.\n",
            "Skoda Fabia",
            "person",
            id="a name after a or an: one of a kind",
        ),
    ],
)
def test_a_name_the_model_misread_is_not_found_as_what_it_is_not(text, name, kind):
    entities = _entities(text)
    assert name not in [e.name for e in entities.found if e.kind == kind]
    # (the story's own names still are)
    assert entities.people or entities.organisations


def test_a_or_an_before_a_noun_after_a_name_leaves_the_name_a_persons():
    # bbc_news: "courtesy of a Steven Gerrard own goal", the one mention; "a" is the goal's
    found = _entities(
        "FA decides not to punish Mourinho\n\n"
        "The FA will take no action against Chelsea boss Jose Mourinho. Mourinho made the"
        " gesture after Chelsea's equaliser on 79 minutes courtesy of a Steven Gerrard own"
        " goal.\n"
    ).found
    assert ("Steven Gerrard", "person") in [(e.name, e.kind) for e in found]
    # and "the" with a word between is a noun's too: "After the ruling Carla Ferstman, ..."
    found = _entities(
        "Iraqis win death test case probe\n\n"
        "The families of six Iraqis have won the right to a full inquiry. After the ruling Carla"
        " Ferstman, legal director of the human rights organisation Redress, said the decision"
        " was welcome.\n"
    ).found
    assert ("Carla Ferstman", "person") in [(e.name, e.kind) for e in found]


def test_a_club_named_after_its_country_is_no_player_where_its_first_word_names_it_alone():
    # bbc_news (African Champions League): "Cameroon's Cotonsport Garoua", then "Cotonsport";
    # a player after a club's possessive is named by the surname ("Roma's Olivier Dacourt")
    found = _entities(
        "Hearts of Oak 3-2 Cotonsport\n\n"
        "Hearts of Oak beat Cameroon's Cotonsport Garoua in Accra on Sunday. Hearts started the"
        " game needing a win while Cotonsport only needed to avoid defeat.\n\n"
        "Hearts looked set for a comfortable win but Cotonsport staged a late fight back.\n"
    ).found
    assert "Cotonsport Garoua" not in [e.name for e in found if e.kind == "person"]


def test_a_clause_before_a_name_is_no_role():
    # bbc_news: "Leicester South, where Lib Dem MP Parmjit Singh Gill overturned ...": once the
    # party's words counted in a role, the clause's did too
    roles = _roles(
        "Kennedy begins pre-election tour\n\n"
        "Lib Dem leader Charles Kennedy is touring the country. On Tuesday Mr Kennedy will visit"
        " Leicester South, where Lib Dem MP Parmjit Singh Gill overturned a big Labour majority.\n"
    )
    assert not any("where" in (role or "") for role in roles.values())


def test_a_thing_named_like_a_person_is_a_body_only_where_it_acts_as_several_people():
    # writers_dev (Glastonbury): the model reads the band as a person each time; "their" says a
    # band, so it is listed with the bodies, not dropped
    band = _entities(
        "Arcade Fire rock Glastonbury\n\nArcade Fire brought a party atmosphere to Glastonbury "
        'on Friday, hours after an electric storm stopped the festival.\n\n"I thought it was '
        'pyrotechnics for Arcade Fire," said Lars Ulrich.\n\nArcade Fire took to the stage '
        "shortly after 22:00 BST, their arrival heralded by a man in a mirrored suit."
    )
    assert _kinds_of(band, "Arcade Fire") == {"organisations"}
    # a machine is "it": neither a person nor a body
    machine = _entities(
        "IBM computer tops speed chart\n\nBlue Gene has been named the fastest computer in the "
        "world, IBM said on Monday.\n\nBlue Gene can perform 70.7 trillion calculations a "
        "second, and its makers say Blue Gene will be faster still next year."
    )
    assert _kinds_of(machine, "Blue Gene") == set()


def test_a_title_keeps_the_department_its_commas_join_and_the_division_after_it():
    # bbc_news (tech): "Sport Secretary" is another office; "BT's managing director" alone
    # would make a division's head the company's
    roles = _roles(
        "Games warnings must be clearer\n\nCulture, Media and Sport Secretary Tessa Jowell said "
        'the rules were clear. "We are doubling speeds," said Duncan Ingram, BT\'s managing '
        "director, broadband and internet services. Work and Pensions Secretary Alan Johnson "
        "agreed."
    )
    assert roles["Tessa Jowell"] == "Culture, Media and Sport Secretary"
    assert roles["Duncan Ingram"] == "BT's managing director, broadband and internet services"
    assert roles["Alan Johnson"] == "Work and Pensions Secretary"
    # names joined by "and" are no department; a list of what someone is, no division
    others = _roles(
        "Talks\n\nForeign Secretary Jack Straw and Home Secretary David Blunkett met on Monday. "
        "The deal was good, said John Smith, a lawyer, teacher and father."
    )
    assert others["Jack Straw"] == "Foreign Secretary"
    assert "Straw" not in (others.get("David Blunkett") or "")
    assert others["John Smith"] == "lawyer"


# bbc_news (sport): the model reads "Wales" as a person's surname, and the other sides as
# places or teams mention by mention
SIX_NATIONS = """Wales silent on Grand Slam talk

Rhys Williams says Wales are still not thinking of winning the Grand Slam despite a third Six Nations win.

"That's the last thing on our minds at the moment," said Williams, a second- half replacement in Saturday's 24-18 win over France in Paris. "We all realise how difficult a task it is to go up to Scotland and beat them. "We've come unstuck there a couple of times recently so our focus is on that game and we'll worry about Ireland hopefully after we've beaten Scotland."

Said Wales assistant coach Scott Johnson: "They've worked through the weekend." Scotland secured their first win of the campaign on Saturday by grinding out an 18-10 win over Italy."""


def test_a_sports_storys_national_sides_are_listed_together_as_teams():
    found = _entities(SIX_NATIONS)
    names = _names(found)
    assert "Wales" in names["organisations"]  # a country, though read as a person each time
    assert {"France", "Scotland", "Ireland"} <= set(names["organisations"])
    assert _entity(found, "Italy").kind == "organisation"  # (named once: not listed)
    assert names["places"] == ["Paris"]  # where the match was, no side


def test_a_country_a_sports_story_is_in_stays_a_place():
    names = _names(
        _entities(
            "Federer wins in Dubai\n\nRoger Federer beat Ivan Ljubicic in the final in Dubai. "
            "Federer, who beat Britain's Tim Henman in the semi-final, won 6-1 6-7 6-3. The "
            "world number one next plays in Italy, where he won a 3-0 victory over Spain's "
            "Rafael Nadal last year."
        )
    )
    assert "Italy" not in names["organisations"]


def test_whose_player_someone_is_before_what_he_is_is_no_person():
    # writers_dev (MailOnline): "Maverick Tottenham" read as a person twice, Tottenham's name
    # then its alias
    found = _entities(
        "Adebayor happy at Spurs\n\nMaverick Tottenham forward Emmanuel Adebayor has insisted "
        "that he is happy to stay and fight for his place at White Hart Lane.\n\nTaking to "
        "Twitter on Tuesday night, the 31-year-old expressed his gratitude at being able to "
        "play in the Premier League. Maverick Tottenham forward Emmanuel Adebayor joined "
        "Tottenham in 2011 from Manchester City, and Tottenham made the switch permanent."
    )
    names = _names(found)
    assert not any("Maverick" in name for kind in names.values() for name in kind)
    assert "Tottenham" in names["organisations"]
    assert "Emmanuel Adebayor" in names["people"]
    # people named one after another, each with what he is, are all people (bbc_news)
    squad = _names(
        _entities(
            "Tindall wants second opinion\n\nEngland coach Andy Robinson is already without "
            "centre Will Greenwood and flanker Richard Hill while fly-half Jonny Wilkinson is "
            "certain to miss at least the first two games. Greenwood, Hill and Wilkinson are "
            "all injured, Robinson said."
        )
    )
    assert {"Will Greenwood", "Richard Hill", "Jonny Wilkinson"} <= set(squad["people"])
    # a body's name before what he is stays the body's (bbc_news)
    club = _names(
        _entities(
            "Ronaldo considering new contract\n\nManchester United winger Cristiano Ronaldo "
            "said he is close to agreeing to a new contract at Old Trafford. Ronaldo, 19, "
            "joined from Sporting Lisbon."
        )
    )
    assert "Manchester United" in club["organisations"]


def test_a_product_is_no_place_and_a_firm_called_a_firm_is_a_body():
    # bbc_news (tech): the model read "Windows" as a place ("a Windows virus") and a product
    # ("Windows 95"), and the anti-virus firm as a building
    names = _names(
        _entities(
            "Windows worm travels with Tetris\n\nUsers are being warned about a Windows virus "
            "that poses as the hugely popular Tetris game.\n\nPCs running Windows 95, 98, ME, "
            'NT, 2000, and XP could be vulnerable to the worm. "If your company has a culture '
            'of allowing staff to play games, this worm could spread," said Graham Cluley, '
            "spokesman for anti-virus firm Sophos. Sophos urged users to install patches."
        )
    )
    assert "Windows" not in names["places"] + names["organisations"]
    assert "Sophos" in names["organisations"]
    assert "Sophos" not in names["places"]


def test_a_ground_a_match_report_names_only_as_where_sides_play_is_a_place():
    # bbc_news (sport): the model reads both grounds as bodies
    found = _entities(
        "Italy aim to rattle England\n\nItaly coach John Kirwan believes his side can upset "
        "England as the championship's wooden spoon battle hots up.\n\nThe two sides, both "
        "without "
        "a win, meet on 12 March at Twickenham. England lost 19-13 to Ireland in Dublin, and "
        "Scotland face the trip to Murrayfield. Italy beat Scotland 18-10 last year."
    )
    for ground in ("Twickenham", "Murrayfield"):
        entity = next((e for e in found.found if e.name == ground), None)
        assert entity is None or entity.kind == "place"
    assert _entity(found, "Twickenham").kind == "place"
    assert _entity(found, "England").kind == "organisation"
    assert _entity(found, "Ireland").kind == "organisation"  # lost to: a side, not a place


def test_what_a_group_is_said_to_be_is_no_ones_role():
    # bbc_news (sport): "one of four Wallabies", "Ethiopian duo" are said of several people
    roles = _roles(
        "African double in Edinburgh\n\nEthiopian duo Gebre Gebremariam and Dejene Berhanu made "
        "last-gasp efforts to overtake him, but Eliud Kipchoge, the world 5000m champion, "
        "responded.\n\nThe South will be led by George Gregan, one of four Wallabies, alongside "
        "five Springboks."
    )
    assert roles["Eliud Kipchoge"] == "world 5000m champion"
    assert roles.get("Gebre Gebremariam") is None
    assert roles.get("George Gregan") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # bbc_news: the model reads each name as a body, listed between two people
        (
            "South African flanker Schalk Burger has shaken off a leg injury. He will join fellow "
            "Springboks John Smit, Cobus Visagie and Victor Matfield in the South pack, with "
            "Jacque Fourie among the centres.",
            "Cobus Visagie",
        ),
        (
            "Kenenisa Bekele will run in Birmingham. Compatriots Mulugeta Wondimu, Abiyote Abate "
            "and Markos Geneti, the world indoor bronze medallist over 3000m, will race against "
            "Bekele on 18 February.",
            "Abiyote Abate",
        ),
    ],
)
def test_a_name_between_two_people_in_a_list_is_a_person(text, name):
    assert _entity(_entities(f"Stars\n\n{text}\n"), name).kind == "person"


def test_a_body_between_two_people_stays_a_body_where_its_name_says_so():
    board = _entities(
        "Board changes\n\nThe statement was signed by Bill Gates, Microsoft Corporation and "
        "Steve Ballmer on Monday.\n"
    )
    assert "Microsoft Corporation" not in _names(board)["people"]


def test_a_side_written_before_a_players_name_is_not_part_of_it():
    # bbc_news: "fellow Springboks John Smit", read as one person's name
    entities = _entities(
        "Aid stars\n\nSouth African flanker Schalk Burger has shaken off a leg injury. He will "
        "join fellow Springboks John Smit, Cobus Visagie and Victor Matfield in the South pack.\n"
    )
    names = {e.name for e in entities.found}
    assert "John Smit" in names
    assert not any(name.startswith("Springboks ") for name in names)
    # a first name that ends in "s" is a first name ("Thomas Jefferson Smith")
    assert clean_name("Thomas Jefferson Smith", "PERSON") == "Thomas Jefferson Smith"


def test_a_player_the_model_read_as_a_body_is_a_person_in_a_sports_story():
    # bbc_news: "Marion Bartoli", named once, read as an organisation
    found = _entities(
        "Hantuchova in Dubai last eight\n\nDaniela Hantuchova moved into the quarter-finals of "
        "the Dubai Open, after beating Elene Likhotseva of Russia 7-5 6-4, and now faces Serena "
        "Williams.\n\nAustralian Open champion Williams survived an early scare to beat Russia's "
        "Elena Bovina 1-6 6-1 6-4. World number one Lindsay Davenport and Anastasia Myskina also "
        "progressed. Davenport defeated China's Jie Zheng 6-2 7-5, while French Open champion "
        "Myskina sailed through after her opponent Marion Bartoli retired hurt. The other "
        "quarter final pits wild card Sania Mirza of India against Jelena Jankovic.\n\n"
        '"I started well and finished well, but played some so-so games in the middle," '
        "Davenport said.\n"
    )
    assert _entity(found, "Marion Bartoli").kind == "person"


def test_a_body_with_a_first_name_in_its_name_stays_a_body():
    # p300: "accountancy firm Grant Thornton"; a name whose second word is a word of English
    found = _entities(
        "Glazer bid\n\nThe striker scored twice in the league match, and the club's fans "
        "cheered the goal. Joe McLean, a football specialist at accountancy firm Grant Thornton, "
        "said the support of the shareholders was crucial. The Coral Consortium, which backs the "
        "team, said the season had gone well.\n"
    )
    assert "Grant Thornton" not in _names(found)["people"]
    assert "Coral Consortium" not in _names(found)["people"]


@pytest.mark.parametrize(("name", "kind"), [("County Antrim", "place"), ("County Court", None)])
def test_a_county_is_a_place_and_a_county_court_is_not(name, kind):
    # writers_dev: "a County Antrim forest", which the model read as a body
    found = _entities(
        "Arms find\n\nA discovery of arms in a County Antrim forest was one of the most "
        "significant in recent years, police said. The case will be heard at the County Court "
        "in Belfast.\n"
    )
    assert (name in _names(found)["places"]) == (kind == "place")


def test_the_body_a_person_speaks_for_is_their_role():
    # bbc_news (politics, business): "X, of the Y," and "X, from the Y," name whom X speaks for
    entities = _entities(
        "Final hunts held as ban looms\n\n"
        "Anti-hunt organisations say they hope most will stay within the law. Mike Hobday, of "
        "the League Against Cruel Sports, told BBC News: \"We've long urged them to go drag "
        'hunting." Mike Hobday said the ban would be enforced.\n'
    )
    assert _entity(entities, "Mike Hobday").role == "League Against Cruel Sports"
    entities = _entities(
        "Brown shrugs off fears\n\n"
        "Economists say tax receipts have been overestimated. Carl Emmerson, from the Institute "
        "for Fiscal Studies, told BBC News the gap was large. Carl Emmerson added that taxes "
        "may have to rise.\n"
    )
    assert _entity(entities, "Carl Emmerson").role == "Institute for Fiscal Studies"


def test_where_a_person_is_from_is_no_role():
    entities = _entities(
        "Winner named\n\n"
        "The prize went to a first-time entrant. Helen Carroll, from Portsmouth, said she was "
        "delighted. Helen Carroll will receive a cheque next week.\n"
    )
    assert _entity(entities, "Helen Carroll").role is None


def test_a_thing_the_parse_took_a_name_for_the_apposition_of_is_no_role():
    # bbc_news (politics): "Gordon Brown, memory"
    entities = _entities(
        "The memory driving Brown's mission\n\n"
        "The memory Gordon Brown says keeps returning to him is of a girl he met in Kenya. "
        "Gordon Brown wants to double aid to Africa.\n"
    )
    assert _entity(entities, "Gordon Brown").role is None
    entities = _entities(
        "Rooney returns\n\nThe striker Wayne Rooney is fit again. Wayne Rooney trained on Monday.\n"
    )
    assert _entity(entities, "Wayne Rooney").role == "striker"
    # whose post it is makes a noun for a person a role (writers_dev)
    entities = _entities(
        "Arcade Fire\n\n"
        "The band's guitarist Richard Reed-Parry said the crowd had been wonderful. Richard "
        "Reed-Parry played two encores.\n"
    )
    assert _entity(entities, "Richard Reed-Parry").role == "band's guitarist"


def test_a_point_of_the_compass_on_its_own_is_no_place_nor_body():
    # bbc_news (sport): the two sides of a charity match, "North" and "South", were listed
    entities = _entities(
        "O'Driscoll/Gregan lead Aid stars\n\n"
        "Ireland's Brian O'Driscoll will lead the Northern Hemisphere team in the IRB Rugby Aid "
        "match at Twickenham.\n\n"
        "The South will be led by George Gregan, one of four Wallabies, alongside five "
        "Springboks and four All Blacks. The North side have been hit by the withdrawals of "
        "Scotland duo Gordon Bulloch and Chris Cusiter. Lions coach Sir Clive Woodward takes "
        "charge of the North side.\n"
    )
    listed = {name for names in _names(entities).values() for name in names}
    assert not {"North", "South"} & listed
    assert "Brian O'Driscoll" in _names(entities)["people"]
    assert clean_name("Leeds North", "GPE") == "Leeds North"  # a seat, named with its part


def test_a_title_the_model_read_into_a_persons_name_is_their_role():
    # writers_dev: the model's span was "Det Ch Insp Richard Campbell"; the name came out
    # right, the role not at all
    entities = _entities(
        "Murder inquiry launched\n\n"
        "The PSNI has launched a murder inquiry into the death of a prison officer. Det Ch Insp "
        'Richard Campbell said it was "yet another difficult day for the Ismay family". Richard '
        "Campbell appealed for information.\n"
    )
    assert _entity(entities, "Richard Campbell").role == "Det Ch Insp"


def test_a_player_named_with_his_side_in_brackets_is_a_person():
    # bbc_news (sport): the model read both players as bodies; the squad gives their clubs
    entities = _entities(
        "Laporte tinkers with team\n\n"
        "France coach Bernard Laporte has made four changes for Saturday's Six Nations clash "
        "with Wales. He opted for Yannick Nyanga in the back row instead of Grand Slam winner "
        "Imanol Harinordoquy, who is back in the squad. The dependable Yann Delaigue keeps the "
        "number 10 jersey at fly-half. The scrum-half scored a try in the match against England "
        "and the coach praised the forwards.\n\n"
        "France: Julien Laharrague (Brive), Aurelien Rougerie (Clermont), Yann Delaigue "
        "(Castres), Dimitri Yachvili (Biarritz), Imanol Harinordoquy (Biarritz), Yannick Nyanga "
        "(Stade Toulousain).\n"
    )
    assert not {"Imanol Harinordoquy", "Yann Delaigue"} & set(_names(entities)["organisations"])
    assert _entity(entities, "Imanol Harinordoquy").kind == "person"
    # a body's short form in brackets is no side
    from briefing.entities import _player_and_side

    assert not _player_and_side("Liberal Democrats", "the Liberal Democrats (Lib Dems) said")
    # nor its initials, nor a body named by its head word (bbc_news, sport)
    assert not _player_and_side("World Anti-Doping Agency", "the World Anti-Doping Agency (Wada)")
    assert not _player_and_side("Greek Athletics Federation", "Greek Athletics Federation (Segas)")


def test_a_bodys_building_is_named_by_the_body():
    # writers_dev: "Moose Toys HQ" was listed as the company
    assert clean_name("Moose Toys HQ", "ORG") == "Moose Toys"
    assert clean_name("the Nato Headquarters", "ORG") == "Nato"
    assert clean_name("HQ", "ORG") == "HQ"  # (nothing left to name it by)
    # a lone closing quote the tokenizer left after a name leaves nothing behind
    assert clean_name("Moose Toys ’", "ORG") == "Moose Toys"


def test_a_plural_title_before_a_name_is_no_role():
    # writers_dev: "Drs Michael Rosenbaum, left, and Joan Bregstein" gave "Michael Rosenbaum, Drs"
    entities = _entities(
        "Faculty letter\n\n"
        "The eight faculty members, including Drs Michael Rosenbaum, left, and Joan Bregstein, "
        "said they had spent a great deal of time on the letter. Michael Rosenbaum said the "
        "show was a disgrace.\n"
    )
    assert _entity(entities, "Michael Rosenbaum").role is None


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # bbc_news (sport): a post left, in the past: "former"
        (
            "Claudio Ranieri has been sacked as Valencia coach just eight months after taking "
            "charge.",
            "Claudio Ranieri",
            "former Valencia coach",
        ),
        ("Ronald Koeman quit as Ajax boss last week.", "Ronald Koeman", "former Ajax boss"),
        # a post taken, or one not left yet
        (
            "Walter Smith was named as the new national manager on Monday.",
            "Walter Smith",
            "new national manager",
        ),
        ("Bob Smith will step down as chairman next year.", "Bob Smith", "chairman"),
    ],
)
def test_a_post_given_or_left_as_the_text_says_is_the_role(sentence, name, role):
    text = f"Changes at the top\n\n{sentence} {name.split()[-1]} said it was the right time.\n"
    assert _roles(text)[name] == role


@pytest.mark.parametrize(
    "sentence",
    [
        "Claudio Ranieri has not been sacked as Valencia coach, the club insisted.",
        "Claudio Ranieri resigned as a matter of principle.",
        "Claudio Ranieri was sacked as the club's manager on Monday.",
        "The statement Claudio Ranieri read out was short.",
    ],
)
def test_no_post_where_none_was_given_or_left_or_whose_it_is_is_unsaid(sentence):
    text = f"Changes at the top\n\n{sentence} Ranieri said it was the right time.\n"
    assert _roles(text)["Claudio Ranieri"] is None


def test_a_club_drawn_with_its_country_in_brackets_is_no_player():
    from briefing.entities import _player_and_side

    draw = "Draw: Real Madrid (Spain) v Arsenal (England), Bayern Munich (Germany) v Juventus."
    assert not _player_and_side("Real Madrid", draw)
    assert not _player_and_side("Bayern Munich", draw)
    assert clean_name("West", "PERSON") == "West"  # a surname alone ("Fred West")


def test_the_outlets_correspondent_is_not_listed_unless_the_story_is_about_them():
    # bbc_news (politics): "Danny Shaw, BBC home affairs correspondent" took an actor's place
    text = (
        "Row over police power for CSOs\n\n"
        "The Police Federation has said it strongly opposes giving Community Support Officers "
        "the power to detain suspects.\n\n"
        "Police Federation chairman Jan Berry said civilian officers should act as eyes and "
        "ears. Home Office minister Hazel Blears defended the move.\n\n"
        "Shadow home secretary David Davis said the research showed no effect on crime. BBC home "
        "affairs correspondent Danny Shaw said the research is inconclusive.\n"
    )
    entities = _entities(text)
    assert "Danny Shaw" not in _names(entities)["people"]
    assert {"Jan Berry", "Hazel Blears", "David Davis"} <= set(_names(entities)["people"])
    assert _entity(entities, "Danny Shaw").role == "BBC home affairs correspondent"  # JSON
    # ... but one the story is about is
    freed = _entities(
        "Reporter freed\n\n"
        "BBC correspondent Alan Johnston has been freed after four months in captivity in Gaza."
        "\n\nAlan Johnston thanked those who had campaigned for his release.\n"
    )
    assert "Alan Johnston" in _names(freed)["people"]
    # ... and a reporter is as often one the story is about (bbc_news, politics)
    jibe = _entities(
        "Mayor will not retract Nazi jibe\n\n"
        "London Mayor Ken Livingstone has refused to apologise for comparing a Jewish reporter "
        "to a concentration camp guard.\n\n"
        "Evening Standard reporter Oliver Finegold had asked the mayor how a party had gone. "
        "Oliver Finegold said the remark was offensive.\n"
    )
    assert "Oliver Finegold" in _names(jibe)["people"]


def test_a_plural_in_the_possessive_opens_a_bodys_name():
    # bbc_news (entertainment): the model read "Circle" alone, as a place
    names = _names(
        _entities(
            "Bennett play takes theatre prizes\n\nAlan Bennett's The History Boys has won three "
            "awards. The Critics' Circle named Rebecca Lenkiewicz its most promising playwright. "
            "Both the Critics' Circle and the Whatsonstage.com awards are voted for in London.\n"
        )
    )
    assert "Critics' Circle" in names["organisations"]
    assert "Circle" not in names["places"] + names["organisations"]


def test_a_name_made_an_adjective_of_likeness_is_no_actor():
    assert clean_name("George Bush-style", "PERSON") is None
    assert clean_name("Thatcher-era", "PERSON") is None
    # ... but one of agency is the name itself
    assert clean_name("Labour-led", "ORG") == "Labour"
    assert clean_name("US-based", "GPE") == "US"
    assert clean_name("Rolls-Royce", "ORG") == "Rolls-Royce"


def test_a_party_is_not_folded_into_a_local_branch_of_it():
    # bbc_news (politics): the party under investigation is Labour, not its Stevenage branch
    text = (
        "Labour faces 'cold calls' inquiry\n\nLabour is to be investigated by a watchdog over "
        "claims its election campaign has broken the rules on cold calling.\n\nThe Labour Party "
        "says it would expect the watchdog to take complaints seriously. Labour denies breaking "
        "rules.\n\nThe letter quotes a Stevenage Labour Party members' newsletter explaining "
        "how calls are used. Labour says it avoids those on the lists.\n"
    )
    found = _entities(text)
    assert _names(found)["organisations"][0] == "Labour Party"
    assert "Stevenage Labour Party" not in _names(found)["organisations"][:1]
    # ... while a party's own full name still gathers its short forms
    names = _names(
        _entities(
            "Kilroy quits\n\nRobert Kilroy-Silk has quit the UK Independence Party. The UK "
            "Independence Party said the Independence Party would fight on. UKIP leader Roger "
            "Knapman said he was sorry.\n"
        )
    )
    assert "UK Independence Party" in names["organisations"]
    assert "Independence Party" not in names["organisations"]


def test_a_ministry_named_by_what_it_does_keeps_its_noun():
    assert clean_name("Interior ministry", "ORG") == "Interior Ministry"
    assert clean_name("Fujian province", "GPE") == "Fujian"
    names = _names(
        _entities(
            "Gay men shot in Iraq\n\nSix gay men were shot dead in Baghdad, an official with "
            "Iraq's Interior ministry said. The Interior ministry said the killings were under "
            "investigation.\n"
        )
    )
    assert "Interior Ministry" in names["organisations"]
    assert "Interior" not in names["organisations"]


def test_a_day_kept_is_no_place_nor_body_but_a_person_may_be_called_day():
    names = _names(
        _entities(
            "Reporter sacked\n\nAn SBS reporter was sacked over tweets about Anzac Day. He called "
            "Anzac Day an imperialist invasion. The tweets on Anzac Day drew 500 complaints.\n"
        )
    )
    assert "Anzac Day" not in names["places"] + names["organisations"]
    assert (
        "Doris Day"
        in _names(
            _entities(
                "Star dies\n\nDoris Day has died aged 97. Doris Day starred in Calamity Jane.\n"
            )
        )["people"]
    )


def test_a_country_outside_sport_is_a_place_whatever_the_model_read():
    # bbc_news (politics): the model read "Cyprus" as a product and a body
    names = _names(
        _entities(
            "Turkey deal to help world peace\n\nTony Blair said the EU's decision to open talks "
            "with Turkey would help world peace. The internationally recognised southern part of "
            "Cyprus is an EU member, but Turkey, which occupies the north, does not recognise "
            "Cyprus. Ankara has agreed to sign a protocol covering Cyprus.\n"
        )
    )
    assert "Cyprus" in names["places"] and "Cyprus" not in names["organisations"]
    # unions of countries are none of them
    assert "EU" not in names["places"]


def test_english_words_with_no_first_name_are_no_persons_name_outside_sport():
    # bbc_news (tech): a magazine the model read as a person
    names = _names(
        _entities(
            "Virgin Radio offers 3G broadcast\n\nUK broadcaster Virgin Radio says it will become "
            "the first station in Europe to offer 3G phone broadcasts. Its sister station Classic "
            "Rock will follow, said James Cridland, head of new media. Classic Rock has a large "
            "audience online.\n"
        )
    )
    assert "Classic Rock" not in names["people"]
    assert "James Cridland" in names["people"]
    # a title, or the surname alone again, says a person: "Lord Liverpool", "Tiger Woods"; and
    # a doer's noun before the name is none of it ("Golfer")
    names = _names(
        _entities(
            "Blair record\n\nTony Blair is Labour's longest-serving prime minister. Only Lord "
            "Liverpool and Margaret Thatcher served longer. Golfer Tiger Woods, who met Mr Blair "
            "on Monday, said he admired him. Woods said he would return to Downing Street.\n"
        )
    )
    assert {"Lord Liverpool", "Tiger Woods"} <= set(names["people"])
    assert _names(
        _entities(
            "Hunt\n\nFarmer Geoff Brooks said the hunt had crossed his land. Brooks said he would "
            "complain.\n"
        )
    )["people"] == ["Geoff Brooks"]


def test_a_clubs_name_in_a_sports_story_is_an_organisation():
    # bbc_news (sport): "Aston Villa" read as a person, "Birmingham City" as a place
    names = _names(
        _entities(
            "Blues slam Blackburn over Savage\n\nBirmingham City have accused Blackburn of "
            "poaching Robbie Savage. The midfielder scored against Aston Villa last season. "
            "Managing director Karren Brady said the club would fight to keep him and the fans "
            "want a win at home.\n"
        )
    )
    assert {"Birmingham City", "Aston Villa"} <= set(names["organisations"])
    assert not {"Birmingham City", "Aston Villa"} & set(names["people"] + names["places"])


def test_a_town_written_as_a_side_is_its_club_and_a_ground_a_place():
    # bbc_news (sport): the model read "Southampton" once, as the town; the text writes it as
    # a side three times ("Southampton have", "Southampton striker", "Southampton were")
    text = (
        "Brentford v Southampton\n\n"
        "- Brentford boss Martin Allen: \"There's no doubt we're the underdogs. \"Southampton "
        'have just drawn with the Premiership champions and that makes our task harder."\n\n'
        "- BRENTFORD are the lowest ranked club left in the FA Cup. Victory over Premiership "
        "strugglers Southampton, would bring the mighty Manchester United to Griffin Park and a "
        "gigantic pay day for the sole League One survivors.\n\n"
        "- Martin Allen's brave side came back from two goals down at St Mary's to earn a "
        "deserved replay. Southampton striker Henri Camara scored twice from close range to put "
        "the Saints in command.\n\n"
        "- Victory here would set up a repeat of the 1976 final. Southampton were last humbled "
        "by a club from the third tier six years ago.\n"
    )
    names = _names(_entities(text))
    assert "Southampton" in names["organisations"] and "Southampton" not in names["places"]
    # a ground named in French is a place, however the model read it
    names = _names(
        _entities(
            "Wales ecstatic\n\nMan-of-the-match Stephen Jones, who kicked three penalties, a "
            "drop goal and conversion, was ecstatic following after the win at Stade de France. "
            "Wales have a good record at the Stade de France, having won their first two games "
            "there.\n"
        )
    )
    assert "Stade de France" in names["places"]
    assert "Stade de France" not in names["people"] + names["organisations"]
    # ... and a country named where fans are is no side ("fans ... in Europe are")
    assert not _entities(
        "Games\n\nThe new game will be available in Europe and the US. Fans of the game series "
        "in Europe are going to have to wait until March to play the match.\n"
    ).organisations


def test_a_player_beaten_in_a_match_is_a_person_named_by_nationality_and_surname():
    # bbc_news (sport): "Taylor Dent" and "American Dent" read as bodies, never as a person
    names = _names(
        _entities(
            "Johansson takes Adelaide victory\n\nSecond seed Joachim Johansson won his second "
            "career title with a 7-5 6-3 win over Taylor Dent at the Australian hardcourt "
            "championships in Adelaide.\n\nThe Swede was made to graft, American Dent surviving "
            "three break points in the fifth game of the match. But Johansson got the "
            "breakthrough with a sublime backhand return winner and won the second set with "
            "more ease.\n"
        )
    )
    assert names["people"][:2] == ["Joachim Johansson", "Taylor Dent"]
    assert not {"Taylor Dent", "American Dent"} & set(names["organisations"])
    # ... not a body's noun after a first name: "Delta Airlines" is no person "Airlines"
    names = _names(
        _entities(
            "Fares cut\n\nAmerican Airlines and Delta Airlines have cut fares on routes to "
            "Europe. American Airlines said demand had fallen. Delta Airlines said it would "
            "follow.\n"
        )
    )
    assert {"American Airlines", "Delta Airlines"} <= set(names["organisations"])
    assert not names["people"]


def test_a_lone_name_mostly_read_as_a_person_is_not_listed_as_anything_else():
    # bbc_news (sport): "Paula" (Radcliffe, never named in full), read as a person seven
    # times and as somewhere once, was listed as a place
    text = (
        "Radcliffe proves doubters wrong\n\nPaula was back to her best in New York. Few "
        "thought Paula could win after Athens. Paula said the race was the hardest of her "
        "life, and Paula added that she would run in London. In Paula's mind, the Olympics in "
        "Athens were over.\n"
    )
    found = _entities(text)
    assert "Paula" not in _names(found)["places"] + _names(found)["organisations"]
    # ... but a firm's name the model reads as a person's is not a people's name
    names = _names(
        _entities(
            "Yukos loses battle\n\nYukos has lost its bid for bankruptcy protection in the US. "
            "Yukos said it would appeal. Yukos shares fell 10% in Moscow. Lawyers for Yukos "
            "told the court that Yukos had been robbed.\n"
        )
    )
    assert "Yukos" in names["organisations"]


def test_a_racehorse_is_no_person():
    # writers_dev (racing): "Double Ross", English words with no first name, is a horse
    names = _names(
        _entities(
            "Nick Scholfield is lined up to ride Spring Heeled\n\nNick Scholfield is lined up "
            "to ride Double Ross for trainer Nigel Twiston-Davies at Cheltenham. The jockey "
            "won on Double Ross last season, and Paul Nicholls said the horse was in form.\n"
        )
    )
    assert "Double Ross" not in names["people"]
    assert "Nick Scholfield" in names["people"]


def test_a_products_model_is_no_body():
    # writers_dev: "Martin DB9 Volante" (of "an Aston Martin DB9 Volante") listed as a body;
    # bbc_news: "BMW X5" beside BMW itself
    names = _names(
        _entities(
            "BMW reveals new models\n\nBMW is planning to launch new models. The BMW X5 will be "
            "joined by a smaller car, BMW said. With the same amount of money, you could splash "
            "out on an Aston Martin DB9 Volante, the BMW X5 or a house.\n"
        )
    )
    assert "BMW" in names["organisations"]
    assert not {"BMW X5", "Martin DB9 Volante", "Aston Martin DB9 Volante"} & set(
        names["organisations"]
    )


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # a county the model read as a person three times, which the words around say is a place
        (
            "Floods\n\nHeavy rain has caused flooding across Kent. Kent police said roads were "
            "closed. Parts of Kent were cut off. Kent is expected to be hit again.\n",
            "places",
            "Kent",
        ),
        # a golfer whose first name is an English word, named again by his surname
        (
            "Woods back\n\nTiger Woods returned to golf. Woods, 34, was greeted warmly. Tiger "
            "Woods has won 14 major titles.\n",
            "people",
            "Tiger Woods",
        ),
        # a player whose surname ends as a club's name does, and a city a side plays in
        (
            "Liga\n\nDavid Villa scored twice as Valencia beat Sevilla 3-1 in the league match. "
            "Villa said the team had played well. The coach praised the fans and the goal.\n",
            "people",
            "David Villa",
        ),
        (
            "Test\n\nEngland lost the third Test in Cape Town. The team flew to Cape Town on "
            "Monday for the match, the coach said, and the players want a win.\n",
            "places",
            "Cape Town",
        ),
    ],
)
def test_rules_for_sides_and_lone_names_leave_places_and_people_alone(text, kind, name):
    assert name in _names(_entities(text))[kind]


def test_no_body_from_a_peoples_plural_before_a_place_nor_a_lower_case_ministry():
    assert not _entities(
        "Iraq\n\nCritics say the Americans' Iraq policy has failed. The Americans' Iraq policy "
        "is under review.\n"
    ).organisations
    assert clean_name("defence ministry", "ORG") is None
    assert clean_name("Health departments", "ORG") == "Health"


def test_a_persons_span_cut_after_the_first_name_takes_the_surname_after_it():
    # bbc_news (politics): the model read "Tory Dominic" and left "Grieve" out
    names = _names(
        _entities(
            "Blair's hope for Blunkett return\n\nTony Blair said David Blunkett left \"without a "
            "stain on his character\" but Tory Dominic Grieve branded the way Mr Blunkett's "
            "office handled the visa application a disgrace.\n"
        )
    )
    assert "Dominic Grieve" in names["people"]
    assert "Tory Dominic" not in names["people"]


def test_a_radio_station_is_a_body_and_two_names_that_open_alike_are_not_one():
    # bbc_news (sport): "Cadena Ser" listed as a person, and "Real Madrid and Real Socieded"
    # as one organisation
    found = _entities(
        "Bomb threat at Bernabeu stadium\n\nMidfielder Guti told private Spanish radio station "
        'Cadena Ser: "I have never seen this before." The match between Real Madrid and Real '
        "Sociedad was abandoned after a bomb threat. Real Madrid said the match would be "
        "finished in January.\n"
    )
    names = _names(found)
    assert "Cadena Ser" not in names["people"]
    assert not any(" and " in name for name in names["organisations"])
    assert clean_name("Real Madrid and Real Sociedad", "ORG") is None
    assert clean_name("Marks and Spencer", "ORG") == "Marks and Spencer"


def test_a_clubs_opening_word_before_its_town_makes_the_clubs_name():
    # bbc_news (sport): "Real Sociedad president" read as the place "Sociedad", and "Madrid
    # were about to play" listed as a body beside Real Madrid
    found = _entities(
        "Real will finish abandoned match\n\nReal Madrid and Real Sociedad will play the final "
        "six minutes of their league match, which was abandoned on Sunday because of a bomb scare. "
        'Real Sociedad president Jose Luis Astiazaran said: "We thought the best thing was to '
        'play the time remaining." Real Madrid director of sport Emilio Butragueno praised the '
        "fans. The Bernabeu was targeted in 2002, when Madrid were about to play Barcelona.\n"
    )
    names = _names(found)
    assert {"Real Madrid", "Real Sociedad"} <= set(names["organisations"])
    assert not {"Sociedad", "Madrid"} & set(names["places"] + names["organisations"])
    assert "Madrid" in _entity(found, "Real Madrid").aliases
    assert _roles(
        "Real will finish abandoned match\n\nReal Madrid director of sport Emilio Butragueno "
        "praised the spectators inside the ground for their conduct. Butragueno said the game "
        "would be finished.\n"
    ) == {"Emilio Butragueno": "Real Madrid director of sport"}


def test_a_player_joined_to_a_country_before_a_noun_is_no_place():
    # bbc_news (sport): "Brazilian Ronaldo and England captain David Beckham" made Ronaldo a
    # place, by his coordination with "England"
    found = _entities(
        "Real will finish abandoned match\n\nThe Bernabeu was evacuated with the score at 1-1. "
        "Brazilian Ronaldo and England captain David Beckham had to wait in the street in their "
        "kit. The charity match was billed as \"Ronaldo's friends against Zidane's friends\".\n"
    )
    assert "Ronaldo" not in _names(found)["places"]
    assert "David Beckham" in _names(found)["people"]


def test_a_family_called_by_its_surname_is_no_place_and_a_platform_no_place():
    found = _entities(
        "Foster care\n\nCarla, 23, was taken into care at the age of 12 and had eight foster "
        'homes before moving in with the Randalls. "Looking back now I realised that the '
        'Randalls saved my life," she said. Residents took to Weibo to post photos of the fire '
        "in Zhangzhou. Elsewhere, Abebe Dinkessa of Ethiopia won the Brussels IAAF "
        "cross-country race on Sunday.\n"
    )
    places = _names(found)["places"]
    assert "Randalls" not in places and "Weibo" not in places
    assert "Zhangzhou" in places  # not every place after "the" or near a platform


def test_a_players_name_with_a_particle_or_a_suffix_is_a_persons():
    # writers_dev (sport): "Brazil's Joao Gomes Junior" and "South Africa's Chad le Clos"
    # were listed as organisations
    found = _entities(
        "Swimming\n\nBritain's Adam Peaty won the 50m breaststroke final at the world "
        "championships. Brazil's Joao Gomes Junior took silver. South Africa's Chad le Clos "
        "stormed to victory in the 200m butterfly final, and the champion took gold in the "
        "relay. Le Clos said he was delighted with the medal.\n"
    )
    names = _names(found)
    assert {"Joao Gomes Junior", "Chad le Clos"} <= set(names["people"])
    assert not {"Joao Gomes Junior", "Chad le Clos"} & set(names["organisations"])


def test_a_story_of_video_games_is_no_sports_story_and_a_firm_among_firms_no_person():
    # bbc_news (tech): "games ... game ... players" made a story of the Blu-ray format a
    # sports story, and "Vivendi Universal", listed among firms, a person
    found = _entities(
        "Games win for Blu-ray DVD format\n\nThe next-generation DVD format Blu-ray is gaining "
        "ground. The Blu-Ray Association said on Thursday that games giants Electronic Arts and "
        "Vivendi would both support its DVD format. Games consoles and DVD players will use the "
        'discs, and the game makers want more storage. "The technical requirement for game '
        'development today demands more advanced optical-disc technologies," said Michael '
        "Heilmann, chief technology officer for Vivendi Universal. But the support from Vivendi "
        "and Electronics Arts is a big boost to Blu-ray in the battle for supremacy. While "
        "Toshiba's HD-DVD technology has won backing from Paramount, Universal and Warner Bros.\n"
    )
    assert "Vivendi Universal" in _names(found)["organisations"]
    assert "Vivendi Universal" not in _names(found)["people"]


def test_roles_keep_two_posts_of_one_body_and_a_body_described_before_its_name():
    # bbc_news (tech), writers_dev (world): "founder" of "founder and chairman of P2P network Red
    # Swoosh", and no role for "Hugh Williamson, of New York-based Human Rights Watch"
    assert _roles(
        "P2P\n\nBut they have slowly realised that P2P is a good way to distribute content, said "
        "Travis Kalanick, founder and chairman of P2P network Red Swoosh. Mr Kalanick left.\n"
    ) == {"Travis Kalanick": "founder and chairman of P2P network Red Swoosh"}
    assert _roles(
        "Russia\n\nHugh Williamson, of New York-based Human Rights Watch, has called the law "
        '"another milestone". Mr Williamson said so.\n'
    ) == {"Hugh Williamson": "Human Rights Watch"}
    assert _roles(
        "Hunting\n\nMike Hobday, of the League Against Cruel Sports, told BBC News it was wrong.\n"
    ) == {"Mike Hobday": "League Against Cruel Sports"}
    assert _roles("Racing\n\nLewis Hamilton, Ferrari driver and fellow Briton, won.\n") == {
        "Lewis Hamilton": "Ferrari driver"
    }


def test_a_club_played_at_is_the_club_and_a_supplier_a_body():
    # bbc_news: "a Uefa Cup match at Sporting Lisbon" made the club a ground, and "BT, the UK's
    # biggest internet supplier" a place
    sport = _entities(
        "Boro suffer injury blow\n\nMiddlesbrough midfielder James Morrison has had surgery on a "
        "hernia and will miss the rest of the season. The club said the injury was a blow. "
        "Meanwhile, the kick-off time for Boro's Uefa Cup match at Sporting Lisbon on 17 March "
        "has been brought forward. The striker scored in the league match last season.\n"
    )
    assert "Sporting Lisbon" not in _names(sport)["places"]
    firms = _entities(
        "Britons fed up with net service\n\nIt is particularly bad news for BT, the UK's biggest "
        "internet supplier, with almost three times as many people trying to leave as joining. "
        "The survey found that BT and Tiscali have been actively blocking customers.\n"
    )
    assert "BT" in _names(firms)["organisations"]
    assert "BT" not in _names(firms)["places"]


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # rules of this change tried on sentences of a review's own
        (
            "He was posted to Afghanistan in 2004 and then posted to Iraq. He served in Iraq.",
            "places",
            "Afghanistan",
        ),
        (
            "Thousands of protesters took to Tahrir Square on Friday. They stayed in Tahrir Square.",
            "places",
            "Tahrir Square",
        ),
        (
            "Britain accords great importance to the talks, the minister said. Britain and France agreed.",
            "places",
            "Britain",
        ),
        (
            "Spain's Santa Cruz de Tenerife hosts the summit next week. Officials in Santa Cruz de Tenerife said it would be big.",
            "places",
            "Santa Cruz de Tenerife",
        ),
        (
            "Talks between Siemens and Heinrich von Pierer have stalled, the firm said. Mr von Pierer declined to comment.",
            "people",
            "Heinrich von Pierer",
        ),
        (
            "Inter Milan moved top of the league with a win, while Milan were held to a draw. Milan coach Carlo Ancelotti was angry. Inter Milan coach Roberto Mancini was happy.",
            "organisations",
            "Milan",
        ),
        (
            "The two Milibands, Ed Miliband and David Miliband, met. Ed Miliband said so. Miliband spoke.",
            "people",
            "Ed Miliband",
        ),
    ],
)
def test_this_changes_rules_leave_places_people_and_clubs_alone(text, kind, name):
    assert name in _names(_entities(f"Story\n\n{text}\n"))[kind]


def test_a_club_a_manager_took_over_at_or_left_is_the_club_and_a_towns_people_no_place():
    # bbc_news (sport): Liverpool, which Houllier took over at and left, listed as a place; "the
    # Teessiders" (Middlesbrough's side) as a place
    found = _entities(
        "Houllier praises Benitez regime\n\nFormer Liverpool manager Gerard Houllier has "
        "praised Rafael Benitez. Benitez has done well since the Spaniard took over at "
        "Liverpool. Houllier is ready to return to the game after leaving Liverpool in May. "
        '"I have been involved in football since leaving Liverpool," he said. His team played '
        "in Liverpool. The injury is the latest blow for the Teessiders, who have been without "
        "three players.\n"
    )
    names = _names(found)
    assert "Liverpool" in names["organisations"] and "Liverpool" not in names["places"]
    assert "Teessiders" not in names["places"]


def test_a_firm_named_again_by_its_first_word_is_a_body():
    # bbc_news (business): "France's Pernod Ricard", then "Pernod" seven times, listed as a person
    found = _entities(
        "Pernod takeover talk lifts Domecq\n\nShares in UK drinks and food firm Allied Domecq "
        "have risen on speculation that it could be the target of a takeover by France's Pernod "
        "Ricard.\n\nAllied Domecq shares in London rose 4%, while Pernod shares in Paris slipped "
        "1.2%. Pernod said it was seeking acquisitions but refused to comment on specifics.\n\n"
        "Pernod's last major purchase was a third of US giant Seagram in 2000. Last year Pernod "
        "tried to buy Glenmorangie, but lost out to luxury goods firm LVMH.\n"
    )
    names = _names(found)
    assert "Pernod Ricard" in names["organisations"]
    assert not any("Pernod" in n for n in names["people"])


def test_a_products_name_on_the_storys_noun_and_a_page_label_are_no_names():
    # writers_dev: a tasting of honeys listed "Vasilissa Greek Honey" and "Chestnut Honey" as
    # people, the label "VERDICT:" and the lone title "Duchess" as bodies
    found = _entities(
        "The Duchess of Cornwall has created a buzz\n\nThe Duchess of Cornwall has created a buzz "
        "with the launch of her own honey, produced by the bees in her garden.\n\nThe Duchess "
        "says the honey is for tea.\n\nVasilissa Greek Honey.\n\nVERDICT: The shimmering "
        "flecks make this honey an indulgent gift. I like this honey.\n\nVasilissa Greek Honey "
        "is trickled with edible gold.\n\nChestnut Honey.\n\nVERDICT: A dark brown honey with "
        "a rich taste. Chestnut Honey is a runny honey.\n"
    )
    names = _names(found)
    listed = [n for kind in names.values() for n in kind]
    assert not any("Honey" in n for n in names["people"]), names
    assert "VERDICT" not in listed and "Duchess" not in listed


def test_another_name_of_a_body_and_an_accent_make_no_second_entry():
    # writers_dev: "ISIS" and "Islamic State" listed apart, "Daesh" as a place; "Hermés Birkin"
    # a person beside "Hermes Birkin"
    found = _entities(
        "Boy saw Islamic State militants in Yarmouk\n\nA young Syrian boy has revealed how he"
        " saw Islamic State militants playing football inside the besieged Yarmouk refugee "
        "camp.\n\nThe schoolboy said the ISIS fighters were looking for his brother. ISIS "
        "carried out a bloody assault that has left more than 200 people dead.\n\nRefugees "
        "spoke of atrocities since ISIS seized control of the camp. Ibrahim Abdel Fatah said "
        "he saw heads cut off by ISIS. He saw two members of Daesh playing with a head, and "
        "Daesh fighters in the street.\n\nBefore the Islamic State assault, there were 18,000"
        " people in Yarmouk. A pink Hermès Birkin bag has gone on sale, and Hermes Birkin "
        "bags sell fast, said the Hermes Birkin seller Jane Smith.\n"
    )
    listed = [n for names in _names(found).values() for n in names]
    assert len([n for n in listed if n in ("ISIS", "Islamic State", "Daesh")]) == 1, listed
    assert len([n for n in listed if "Birkin" in n]) == 1, listed


def test_a_firms_name_owning_what_is_somewhere_and_a_paper_are_no_places():
    # bbc_news (tech): a story of browsers read as a sports story ("win", "beat", "fans"),
    # Microsoft a place for "in Microsoft's Internet Explorer", the New York Times for "an
    # advert in the New York Times", "the Spread Firefox website" a person
    found = _entities(
        "Firefox browser takes on Microsoft\n\nMicrosoft's Internet Explorer has a serious "
        "rival in Firefox, which is steadily winning people away from Microsoft. Fans of the "
        "software raised cash for an advert in the New York Times.\n\nSecurity problems have "
        "come to light in Microsoft's Internet Explorer. A campaign by the Spread Firefox "
        "website raised the money for the advert in the New York Times. Firefox could beat "
        "Microsoft and win the browser war, Firefox fans say.\n"
    )
    names = _names(found)
    assert "Microsoft" in names["organisations"] and "Microsoft" not in names["places"]
    assert "New York Times" not in names["places"]
    assert not any("Firefox" in n for n in names["people"])


def test_a_name_that_ends_on_an_english_noun_never_written_alone_is_no_persons():
    # bbc_news (tech, business): "Tsunami Blog" (of "the South-East Asia Earthquake and Tsunami
    # Blog") and "Beatty Rail Maintenance" listed as people; a person is named again by the
    # surname ("Putin")
    blog = _entities(
        "Voters flock to blog awards site\n\nVoting is under way for the annual Bloggies, which "
        "recognise the best web blog of the year. Nikolai Nolan, who has run the Bloggies for "
        'five years, said the site was busy. "There are four nominations for the South-East '
        'Asia Earthquake and Tsunami Blog, which is a pretty timely one," said Mr Nolan.\n\nThe '
        "South-East Asia Earthquake and Tsunami Blog is also nominated in the best overall "
        "category.\n"
    )
    assert not any("Blog" in n for n in _names(blog)["people"])
    firm = _entities(
        "Hatfield executives go on trial\n\nEngineering firm Balfour Beatty and five railway "
        "managers are to go on trial for manslaughter over the Hatfield rail crash. Balfour "
        "Beatty's railway maintenance arm was in charge of the line.\n\nBalfour Beatty Rail "
        "Maintenance faces a corporate manslaughter charge. Beatty Rail Maintenance denies it.\n"
    )
    assert not any("Maintenance" in n for n in _names(firm)["people"])
    putin = _entities(
        "Russia gets investment blessing\n\nVladimir Putin has welcomed a rise in investment "
        "in Russia. Vladimir Putin said the economy would grow. Putin said so again.\n"
    )
    assert "Vladimir Putin" in _names(putin)["people"]


def test_a_firm_is_named_as_written_and_its_brands_and_nicknames_are_no_entries():
    # bbc_news (business): "Foster" was listed for "Foster's", and the brands "Wolf Blass" (as a
    # person), "Penfolds" and "Lindemans" (as firms)
    found = _entities(
        "Winemaker rejects Foster's offer\n\nAustralian winemaker Southcorp has rejected a "
        "takeover offer worth 3.1bn Australian dollars ($2.3bn; £1.8bn) from brewing giant "
        "Foster's Group.\n\nSouthcorp, whose brands include Penfolds, Rosemount and "
        "Lindemans, dismissed the offer as inadequate. The two companies held four days of "
        "talks after Foster's bought an 18.8% stake in Southcorp on 13 January. A merger "
        "would create a global player with worldwide annual sales of 39m cases and "
        "revenues of A$2.6bn.\n\nSouthcorp said Foster's A$4.17-a-share takeover proposal "
        'offered a "excellent strategic fit" but undervalued the company. "Southcorp\'s '
        "board has informed Foster's that it is not prepared to recommend the offer as it "
        'does not adequately reflect the strategic value of the company," said Southcorp '
        "chairman Brian Finn.\n\nSouthcorp said Foster's takeover offer was "
        '"opportunistic". However, it said that the offer may represent an \'opening '
        "bid', opening up the possibility of Foster's returning with an improved "
        "offer.\n\nFoster's said a combination of the two companies would create a global "
        'player with an "unrivalled" collection of premium wine brands. Despite being best '
        "known for brewing Foster's Lager, Foster's is already one of Australia's largest "
        'wine producers, owning the Beringer and Wolf Blass brands among others. "The '
        "combination of Foster's and Southcorp will transform the global wine industry and "
        "significantly enhance Australia's competitive position on the global stage,\" "
        "said Trevor O'Hoy, Foster's chief executive officer.\n"
    )
    names = _names(found)
    assert "Foster's" in names["organisations"] and "Foster" not in names["organisations"]
    brands = {"Wolf Blass", "Penfolds", "Rosemount", "Lindemans", "Beringer"}
    assert not brands & {*names["people"], *names["organisations"], *names["places"]}
    # ... and a name the text writes without the "'s" keeps it off ("Chelsea's Damien Duff")
    club = _entities(
        "Duff out for Chelsea\n\nChelsea's Damien Duff will miss the match against Newcastle. "
        "Chelsea's manager Jose Mourinho said the winger was injured.\n"
    )
    assert "Chelsea's" not in _names(club)["organisations"]


def test_a_nickname_a_plural_and_a_misspelling_are_no_one_elses_entries():
    # bbc_news (entertainment): "Ant" listed as a body, "Declan Donnelly" as a body, "Pascuale"
    # (Pasquale, misspelt) as a place; "Billy Elliots" as a person
    show = _entities(
        "Jungle TV show ratings drop\n\nThe fourth series of the show peaked on Monday, just "
        "before Joe Pasquale won. Comic Pasquale beat former butler Paul Burrell. Pasquale had "
        "been the show's favourite to win, and its hosts Anthony McPartlin and Declan Donnelly, "
        "known as Ant and Dec, said the vote was the closest in the programme's history.\n\n"
        "Pascuale has been flooded with offers of TV work, according to his management "
        "company.\n"
    )
    names = _names(show)
    assert "Declan Donnelly" in {e.name for e in show.found if e.kind == "person"}
    assert "Declan Donnelly" not in names["organisations"]
    assert "Ant" not in names["organisations"]
    assert "Pascuale" not in {*names["places"], *names["people"], *names["organisations"]}
    musical = _entities(
        "Tough schedule delays Elliot show\n\nPreviews of the musical Billy Elliot have been "
        "delayed. The three boys playing Billy are James Lomas, George Maguire and Liam "
        'Mower.\n\nDirector Stephen Daldry said: "The young Billy Elliots in particular are '
        'working very hard."\n'
    )
    assert "Billy Elliots" not in _names(musical)["people"]
    # two people in a list stay people where neither is a first name twice or a body's head
    bank = _entities(
        "Bank advises on deal\n\nThe deal was agreed by Goldman Sachs and Morgan Stanley, "
        "advisers said. Goldman Sachs declined to comment.\n"
    )
    assert not {"Goldman Sachs", "Morgan Stanley"} & set(_names(bank)["people"])


def test_a_party_named_by_a_members_adjective_is_listed_by_the_partys_name():
    # bbc_news (politics): "Lib Dem" (of "Lib Dem spokesman") listed as an organisation
    found = _entities(
        "Lib Dems stress Budget trust gap\n\nLib Dem spokesman Vince Cable said voters did not "
        "trust Gordon Brown. The Lib Dem plans would cost less, he said.\n\nThe Lib Dems say "
        "their sums add up. Lib Dem leader Charles Kennedy agreed.\n"
    )
    organisations = _names(found)["organisations"]
    assert "Lib Dems" in organisations and "Lib Dem" not in organisations


def test_a_side_played_away_at_is_a_side_not_a_place():
    # bbc_news (sport): "Fenerbahce" listed as a place for "lost 3-0 away at Fenerbahce"
    found = _entities(
        "Ferguson backs United kids\n\nManchester United boss Alex Ferguson has backed his young "
        "players after the second-string side lost 3-0 away at Fenerbahce in the Champions "
        "League. United had already qualified for the knockout stage, and Ferguson rested "
        "his first-choice striker, midfielder and goalkeeper.\n"
    )
    assert "Fenerbahce" not in _names(found)["places"]


def test_a_body_is_listed_by_its_own_name_not_its_country_nor_its_branch():
    # bbc_news (technology): "US Pew Research Center" (of "the US Pew Research Center", then
    # "the Pew report"); writers_dev (BBC): "Fostering Network Scotland" (once, in a role)
    # for the Fostering Network (three times)
    pew = _entities(
        "Savvy searchers fail to spot ads\n\nInternet search engine users are an odd mix of "
        "naive and sophisticated, suggests a report into search habits. The report by the US Pew "
        "Research Center reveals that 84% of net users regularly turn to Google or Ask Jeeves. "
        "According to Pew Research 44% of searchers use just a single search engine.\n\nSaid "
        'the Pew report: "This finding is ironic."\n'
    )
    assert "Pew Research Center" in _names(pew)["organisations"]
    assert "US Pew Research Center" not in _names(pew)["organisations"]
    network = _entities(
        "Foster care moves too frequent\n\nTeenagers in foster care in Scotland are being moved "
        "too often, according to a campaign group.\n\nResearch carried out by the Fostering "
        "Network suggests almost half of fostered young people have moved three times or more. "
        "The Fostering Network surveyed 250 children, teenagers and foster carers. The "
        "Fostering Network said instability had a detrimental effect.\n\nSara Lurie, director "
        'of the Fostering Network Scotland, said: "We need more carers."\n'
    )
    assert "Fostering Network" in _names(network)["organisations"]
    assert "Fostering Network Scotland" not in _names(network)["organisations"]
    # a name whose country is its own stays whole
    party = _entities(
        "UKIP gains\n\nThe UK Independence Party won two seats. The UK Independence Party said "
        "it would stand in every seat, and UKIP leader Roger Knapman agreed.\n"
    )
    assert "Independence Party" not in _names(party)["organisations"]


def test_a_tournaments_town_in_an_individual_sport_is_a_place():
    # bbc_news (sport, tennis): "Marseille" was listed as an organisation (a club's town)
    found = _entities(
        "Rusedski forced out in Marseille\n\nGreg Rusedski was forced to withdraw from the Open "
        "13 in Marseille on Thursday with a rib injury.\n\nThe British number two had been "
        "scheduled to play qualifier Sebastien de Chaunac, who beat world number five Guillermo "
        "Coria 6-4 7-5 in round one. American Taylor Dent caused a shock with a 7-6 6-2 victory "
        "over second seed David Nalbandian.\n"
    )
    assert "Marseille" not in _names(found)["organisations"]


def test_a_bodys_name_of_two_topics_is_one_and_a_counted_plural_and_a_title_are_none():
    # bbc_news (politics): the model cut "the Parliamentary Group on Betting and Gaming" at its
    # "and" (and read "Gaming" as a place), and read "the two Houses" as a body
    found = _entities(
        "Sport betting rules in spotlight\n\nA group of MPs and peers has called for a "
        "tightening of regulations controlling betting on sport.\n\nThe Parliamentary Group on "
        "Betting and Gaming held a substantial inquiry into betting last year. The all-party "
        "group recommended 15 ways to protect punters. Lord Condon said a higher penalty, "
        'perhaps as the Bill passes through the two Houses, "might be appropriate."\n'
    )
    names = _names(found)
    assert "Parliamentary Group on Betting and Gaming" in names["organisations"]
    assert not {"Gaming", "Houses"} & {*names["organisations"], *names["places"]}
    # ... but two bodies in a list stay two
    banks = _entities(
        "Rates held\n\nThe Bank of England and Barclays said rates would hold. The Bank of "
        "England said so again, and Barclays agreed.\n"
    )
    assert "Barclays" in _names(banks)["organisations"]
    # bbc_news (entertainment): a song's title set between commas after "duet"
    song = _entities(
        "Usher leads Soul Train shortlist\n\nChart-topping R&B star Usher is leading the field "
        "at this year's Soul Train Awards. His duet with Keys, My Boo, earned the pair a nod for "
        "best R&B-soul single. Keys' album The Diary of Alicia Keys was also up for best album "
        "by a female, and Alicia Keys said she was delighted.\n"
    )
    assert "My Boo" not in _names(song)["people"]


# bbc_news (entertainment): the model reads "Super Bowl" as an event five times and as a
# building once, and "Hey Jude", sung, as a man called Jude
SUPER_BOWL = (
    "Sir Paul rocks Super Bowl crowds\n\nSir Paul McCartney wowed fans with a live "
    "mini-concert at American football's Super Bowl - and avoided any Janet Jackson-style "
    "controversies.\n\nThe 62-year-old sang Hey Jude and other Beatles songs in a 12-minute set "
    "at half-time during the game in Florida. Last year, Jackson exposed a breast during a dance "
    "routine, causing outrage among millions of TV viewers and landing the CBS TV network a "
    "fine. Sir Paul, however, did nothing more racy than remove his jacket as he sang. "
    "Organisers were widely considered to be playing it safe this year by booking 62-year-old "
    "Sir Paul for his second Super Bowl show.\n\nThree years ago, he was invited to perform at "
    "the first Super Bowl after the September 11 attacks and performed his specially-written "
    "song Freedom. Finally, he closed the show with a rousing version of Hey Jude.\n\nThe Super "
    "Bowl is watched by an audience of 144.4 million in the US, with many of the people "
    "watching are said to tune in specifically to see the entertainment put on around the "
    "event.\n"
)


def test_a_name_the_model_reads_as_an_event_or_a_song_is_not_listed():
    found = _entities(SUPER_BOWL)
    names = _names(found)
    listed = {*names["people"], *names["organisations"], *names["places"]}
    assert "Paul McCartney" in names["people"]
    assert "Florida" in names["places"]
    assert not {"Super Bowl", "Hey Jude", "Jude"} & listed
    assert not any(e.name in ("Super Bowl", "Hey Jude") for e in found.found)
    # a singer is still sung with: "sang with Elton John" names a person
    duet = _entities(
        "Star duet\n\nThe 62-year-old sang with Elton John at the concert in Florida. Elton John "
        "said it was a night to remember.\n"
    )
    assert "Elton John" in _names(duet)["people"]


def test_a_countrys_body_is_the_body_and_a_title_with_a_possessive_is_no_person():
    # bbc_news (technology): the page's "America’s" (a lost apostrophe, made good by the
    # loader) is whose league it is, not part of its name; the model read a game named for a
    # skater as a person
    found = _entities(
        "Sporting rivals go to extra time\n\nThe ESPN coup happened just weeks after EA had "
        "pulled off another enormous licensing deal, controversially giving them exclusive "
        "rights to teams and personnel from America’s National Football League (NFL). EA said "
        "the deal with the NFL was worth millions.\n\nTony Hawk's Underground 2 held its own at "
        "three, while Star Wars Battlefront inched up to four places to four.\n"
    )
    names = _names(found)
    assert "National Football League" in names["organisations"]
    assert "America’s National Football League" not in names["organisations"]
    assert not any("Tony Hawk" in e.name for e in found.found if e.kind == "person")


def test_a_counterpart_is_no_role_without_whose_office_it_is():
    # writers_dev: "his Millwall counterpart" is Millwall's manager, as Caldwell is Wigan's; in
    # a list of names, "Millwall counterpart" says neither
    roles = _roles(
        "Millwall beat Wigan\n\nWigan manager Gary Caldwell saw his side lose. There were two "
        "confrontations in the first-half, with Caldwell and his Millwall counterpart Neil "
        "Harris on the edge of their technical areas appealing for calm. Harris was pleased.\n"
    )
    assert roles["Neil Harris"] is None
    # whose it is, named, makes it one
    roles = _roles(
        "Arsenal draw\n\nArsene Wenger was angry. But Wenger's Bayern counterpart Felix Magath "
        "was in no mood to celebrate either. Magath said so.\n"
    )
    assert roles["Felix Magath"] == "Wenger's Bayern counterpart"


def test_a_places_name_spelled_two_ways_is_one_place():
    # writers_dev (CNN): a caption's "Ko Samui", read as a person, is the text's "Koh Samui"
    found = _entities(
        "Plane crash\n\nBANGKOK, Thailand (CNN) -- A Bangkok Airways plane crashed at an airport "
        "at a resort island in Thailand, killing the pilot and injuring 37 people Tuesday, "
        "aviation officials said. Rescue workers inspect the Bangkok Airways plane at Samui "
        "airport on Thailand's Ko Samui. The plane carrying 68 people and four crew members "
        "skidded and then crashed after landing at Koh Samui airport, officials with the civil "
        "aviation department said. The ATR-72 turboprop had taken off from the town of Krabi on "
        "the west coast Thailand for its trip to the resort island of Koh Samui. Air traffic "
        "control warned the pilot of volatile winds before the plane landed, aviation officials "
        "said. Seven people were seriously injured and emergency officials were working to free "
        "the plane's co-pilot who was trapped in the plane, officials said.\n"
    )
    names = _names(found)
    assert "Koh Samui" in names["places"]
    assert not {"Ko Samui", "Koh Samui"} & set(names["people"])


def test_an_adjective_made_of_a_name_and_an_acronym_with_a_plural_are_not_listed():
    # bbc_news (sport): "Olympic" before "final" and "champion" describes them
    found = _entities(
        "Gardener wins double in Glasgow\n\nBritain's Jason Gardener enjoyed a double 60m "
        "success in Glasgow in his first competitive outing since he won 100m relay gold at the "
        'Athens Olympics. "My last race was the Olympic final and there was a lot of '
        'expectation," said Gardener. Yaroslav Rybakov beat Olympic champion Stefan Holm into '
        "second place in Glasgow.\n"
    )
    names = _names(found)
    assert "Olympic" not in {*names["organisations"], *names["places"]}
    assert "Glasgow" in names["places"]
    # writers_dev: "GP practices", "a GP", "the GPs committee": a kind of doctor, no body
    found = _entities(
        "Referral payments\n\nGP practices are being paid to help local NHS groups limit the "
        "number of patient referrals, the doctors' magazine Pulse found. At least nine groups "
        "were offering GP practices payments for hitting targets. Referrals should happen "
        "within two weeks of a GP first suspecting cancer, the GP magazine said. Dr Chand "
        "Nagpaul, chairman of the GPs committee of the British Medical Association, said GP "
        "payments were misguided.\n"
    )
    assert "GP" not in _names(found)["organisations"]


def test_a_feeling_is_no_role():
    # bbc_news (sport): how he felt after the match, not what he is
    roles = _roles(
        'Jones happy with Henson heroics\n\nWales beat England. "People all over the world '
        'want to see Wales back at the top table of world rugby," said a proud coach Mike '
        "Ruddock. Ruddock was pleased.\n"
    )
    assert roles["Mike Ruddock"] == "coach"


def test_a_bodys_name_that_ends_on_its_country_is_no_mention_of_the_country():
    # bbc_news (politics): the model read "Universities UK" as the country alone
    found = _entities(
        "Student inequality exposed\n\nTeenagers from well-off backgrounds are more likely to go "
        "to university, a report for England says. The group which represents university "
        "vice-chancellors, Universities UK, said the new system of deferred fees in England "
        "would encourage more of them to go.\n"
    )
    assert "UK" not in _names(found)["places"]
    assert any(e.name == "Universities UK" and e.kind == "organisation" for e in found.found)
    # a country's name after a compass point, or after a name that describes a noun, stays
    found = _entities(
        "Air show\n\nIndia's defence minister has opened the country's Aero India 2005 air show "
        "in Bangalore. Flights to Northern Ireland and India were cancelled, India said.\n"
    )
    assert "India" in _names(found)["places"]


def test_an_its_office_is_the_body_that_opens_the_sentence_or_is_the_source_before_it():
    # bbc_news (business): "its UK chief executive" is Vodafone's
    roles = _roles(
        "Vodafone appoints new Japan boss\n\nVodafone has drafted in its UK chief executive "
        "William Morrow to take charge of its troubled Japanese operation. Mr Morrow will "
        "succeed Shiro Tsuda as president of Vodafone KK in April.\n"
    )
    assert roles["William Morrow"] == "UK chief executive of Vodafone"
    # bbc_news (politics): one who speaks after what they said, for the body just given as
    # the source
    roles = _roles(
        "Student inequality exposed\n\nTeenagers from well-off backgrounds are six times more "
        "likely to go to university, a report says.\n\nThe Higher Education Funding Council for "
        "England said more people went to university between 1994 and 2000. But the percentage "
        'of poorer students "hardly changed at all", said its chief executive, Sir Howard '
        "Newby.\n"
    )
    assert roles["Howard Newby"] == (
        "chief executive of the Higher Education Funding Council for England"
    )
    # bbc_news (business): another body between them, whose "its" is then not sure
    roles = _roles(
        "Yukos bankruptcy 'not US matter'\n\nDeutsche Bank maintains the case has no place in "
        "a US court because Yukos has no assets in the US, apart from a house in Houston owned "
        "by its chief finance officer Bruce Misamore. Mr Misamore declined to comment.\n"
    )
    assert roles["Bruce Misamore"] == "chief finance officer"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # bbc_news (tech): "Google" of "Google vice-president", which the parse split at its
        # hyphen
        (
            'The year search became personal\n\nGoogle dominates search. "Search was always '
            'important," said Urs Holzle, Google vice-president of operations. Mr Holzle said '
            "more.\n",
            "Urs Holzle",
            "Google vice-president of operations",
        ),
        # writers_dev: a long office is cut after its own "of", not to its bare head
        (
            "GPs paid to cut referrals\n\nDr Chand Nagpaul, chairman of the GPs committee of the "
            "doctors' trade union the British Medical Association, told BBC Radio 4's Today "
            'programme that such schemes were a "financial contaminant". Dr Nagpaul said more.\n',
            "Chand Nagpaul",
            "chairman of the GPs committee",
        ),
        # bbc_news (tech): too long, the office keeps the body's name, not its description
        (
            "What high-definition will do to DVDs\n\nFor Rick Dean, director of business "
            "development for digital content company THX, a high-definition future is an "
            'exciting prospect. "It is remarkable," says Mr Dean.\n',
            "Rick Dean",
            "director of business development for THX",
        ),
        # writers_dev: the office the sentence says he holds at a body it names
        (
            "GPs paid to cut referrals\n\nDr Peter Melton is local GP and clinical chief "
            "officer for North East Lincolnshire CCG, which offers more than £6,000 to practices. "
            "Dr Melton said more.\n",
            "Peter Melton",
            "local GP and clinical chief officer",
        ),
        # ... not what he is like
        (
            "GPs paid to cut referrals\n\nDr Peter Melton is a big fan of the scheme run by "
            "North East Lincolnshire CCG. Dr Melton said more.\n",
            "Peter Melton",
            None,
        ),
        # writers_dev: the body one speaks for, with no comma before it
        (
            "GPs paid to cut referrals\n\nDr Rosie Loftus of the charity Macmillan Cancer Support "
            'described the findings outlined in Pulse as "very worrying". Dr Loftus said more.\n',
            "Rosie Loftus",
            "Macmillan Cancer Support",
        ),
        # bbc_news (business): "newly-appointed" is one word of the role, though three tokens
        (
            "Peugeot deal boosts Mitsubishi\n\nThe deal with Peugeot was celebrated by "
            "Mitsubishi's newly-appointed chief executive Takashi Nishioka, who took over after "
            "three top bosses stood down last month. Mr Nishioka said more.\n",
            "Takashi Nishioka",
            "Mitsubishi's newly-appointed chief executive",
        ),
        # bbc_news (sport): the phrase the parse runs on past the name to the score
        (
            "Dementieva prevails in Hong Kong\n\nElena Dementieva swept aside defending champion "
            "Venus Williams 6-3 6-2 to win Hong Kong's Champions Challenge event. Williams was "
            "disappointed.\n",
            "Venus Williams",
            "defending champion",
        ),
        # writers_dev: a role held for another person named in it
        (
            "Bali case\n\nVanessa Favia, attorney for 19-year-old Heather Mack, has filed court "
            "documents for her client agreeing to turn over funds. Heather Mack is in Bali.\n",
            "Vanessa Favia",
            "attorney for 19-year-old Heather Mack",
        ),
    ],
)
def test_a_role_is_read_in_words_as_written_with_the_body_the_parse_hangs_apart(text, name, role):
    assert _roles(text)[name] == role


def test_a_name_read_as_a_peoples_that_the_words_around_call_a_body_is_a_body():
    # bbc_news (tech): "Symantec", read once as a people's name and once as a body's
    found = _entities(
        "Warnings about junk mail deluge\n\nThe amount of spam circulating online could be "
        "about to undergo a massive increase, say experts. Anti-spam group Spamhaus is warning "
        "about a novel virus.\n\nBut Kevin Hogan, senior manager at Symantec security response, "
        'said such warnings were premature. "If something like this mean the end of e-mail '
        'then e-mail would have stopped two-three years ago," said Mr Hogan. Mr Hogan said 90% '
        "of the junk mail filtered by Symantec subsidiary Brightmail was spotted using "
        "techniques that did not rely on looking at net addresses.\n"
    )
    assert "Symantec" in _names(found)["organisations"]
    # a people's word stays one
    assert (
        _kinds_of(
            _entities(
                "Japan's exports\n\nJapanese exporters gained. An analyst at Japanese bank Nomura "
                "said the Japanese were buying.\n"
            ),
            "Japanese",
        )
        == set()
    )


def test_a_partys_name_cut_at_its_country_and_a_programme_of_policy():
    # bbc_news (politics): "The UK Independence Party", read as "UK" and "Independence Party"
    found = _entities(
        "UKIP outspent Labour on EU poll\n\nThe UK Independence Party outspent both Labour and "
        "the Liberal Democrats in the European elections, new figures show.\n\nUKIP spent "
        "£2.36m on the campaign. The campaign took UKIP into third place with an extra 10 MEPs. "
        "Critics have accused UKIP of effectively buying votes.\n"
    )
    organisations = _names(found)["organisations"]
    assert "UK Independence Party" in organisations
    assert "Independence Party" not in organisations
    assert "UKIP" not in organisations  # one entry for both its names
    # bbc_news (business): "the Lisbon Agenda" is no place; Lisbon is one
    found = _entities(
        "EU 'too slow' on economic reforms\n\nMost EU countries have failed to put in place "
        "policies aimed at making Europe the world's most competitive economy, a report "
        "says.\n\nIn 2000, EU leaders at a summit in Lisbon pledged the European economy would "
        "outstrip that of the US by 2010. Their economic targets became known as the Lisbon "
        "Agenda. The Lisbon Agenda set out to increase the number of people employed.\n"
    )
    places = _names(found)["places"]
    assert "Lisbon Agenda" not in places
    assert "Lisbon" in places
