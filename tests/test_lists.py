"""Lists set in or appended to a story (chronologies, live-text logs, line-ups) are not the
story: never key points or background."""

from pathlib import Path

from briefing.config import Settings
from briefing.listing import listing_paragraphs
from briefing.load import parse_text
from briefing.segment import segment
from briefing.summarise import create_engine

# writers_dev: a match report with the live-text log the page carried after it.
MATCH = """Millwall held by Walsall

League One play-off chasing Millwall missed the chance to make significant ground on the top six as they were held to a goalless draw by Walsall.

The hosts had the better chances as Lee Gregory volleyed over and Steve Morison headed Shane Ferguson's cross wide.

Walsall's best chance saw Florent Cuvelier long-range strike held by Millwall goalkeeper Jordan Archer.

Substitute Aiden O'Brien fired over from long range as Millwall closed the gap on the play-offs to four points.

Match ends, Millwall 0, Walsall 0.

Second Half ends, Millwall 0, Walsall 0.

Delay in match Jason McCarthy (Walsall) because of an injury.

Foul by Steve Morison (Millwall).

Eoghan O'Connell (Walsall) wins a free kick in the attacking half.

Foul by Shaun Cummings (Millwall).

Simeon Jackson (Walsall) wins a free kick in the defensive half.

Corner,  Walsall. Conceded by Shaun Cummings.

Foul by Aiden O'Brien (Millwall).

Joe Edwards (Walsall) wins a free kick in the defensive half.

Attempt missed. Kieron Morris (Walsall) left footed shot from outside the box is high and wide to the left.

Substitution, Walsall. Will Randall-Hurren replaces Erhun Oztumer.
"""

# writers_dev: the chronology under a story about David Cameron and Libya.
CHRONOLOGY = """Obama on Libya

David Cameron became "distracted" after the 2011 intervention in Libya, US President Barack Obama has said.

Former Conservative Foreign Secretary Sir Malcolm Rifkind said it was "a bit rich" for the US president to single out the UK and France, as they had carried out more air operations in the Libya campaign than any other country.

15 February 2011 - Protests against Colonel Gaddafi's regime erupt in Libya

20 February - Anti-Gaddafi rebels seize control of Libya's second city Benghazi

28 February: Mr Cameron asks the Ministry of Defence to "work with our allies on plans for a military no-fly zone" over Libya

17 March: The UN Security Council votes to impose a no-fly zone over Libya

19 March: The RAF begins bombing raids alongside French and US jets, with logistical support from several Arab nations

20 October: Gaddafi is captured and killed by rebel fighters in the city of Sirte
"""

# writers_dev: prose in short paragraphs, a quotation spread over several: no list.
PROSE = """Dawn Purvis to step down

Dawn Purvis is to step down as programme director of Northern Ireland's Marie Stopes clinic.

It is the first private clinic to offer early medical abortions to women in Northern Ireland under strict legal controls.

Ms Purvis, who will step down on 24 April, said it was "time to move on".

She will take on a new role on the clinic's Northern Ireland advisory board.

Ms Purvis told the BBC that had had no influence on her decision to step down.

"But I feel it's time to move on and I think it's time for Marie Stopes to get someone else in to manage the clinic," she said.

"I think we've challenged the myths and stereotypes that are presented by those who are opposed to a woman's right to chose."

Genevieve Edwards, director of policy for Marie Stopes UK, said: "We were so lucky to have Dawn and wish her every success."
"""

# bbc_news: a match report with the team sheet under it, a line of names, scorers, bookings, the
# attendance and the referee in short paragraphs of their own.
TEAM_SHEET = """Dundee Utd 4-1 Aberdeen

Dundee United eased into the semi-final of the Scottish Cup with an emphatic win over Aberdeen.

Alan Archibald prodded United ahead in 19 minutes and James Grady made it two from close range 10 minutes later. Richie Byrne's header gave Aberdeen a way back into the game, but Stevie Crawford restored United's lead from 18 yards before half time.

Bullock, Duff, Wilson, Ritchie, Archibald, Scotland (Samuel 63), Brebner, Kerr (Cameron 87), Robson, Crawford, Grady.

Colgan, Dodds, Kenneth.

Brebner.

Archibald 19, Grady 29, Crawford 41, Grady 47.

Esson, Hart, Anderson, Diamond, Byrne (Morrison 75), McNaughton, Heikkinen (Foster 27), Winter, Clark (Stewart 51), Mackie, Whelan.

Blanchard, McGuire.

: Anderson, Diamond.

Byrne 33.

8,661

K Clark
"""


def _document(text):
    return segment(parse_text(text, path=Path("story.txt"), sha256="0" * 64))


def _texts(document, indices):
    return [p.text for p in document.paragraphs if p.index in indices]


def test_a_live_text_log_after_a_match_report_is_a_list_and_the_report_is_not():
    document = _document(MATCH)
    listed = _texts(document, listing_paragraphs(document))
    assert listed[0] == "Match ends, Millwall 0, Walsall 0."
    assert listed[-1] == "Substitution, Walsall. Will Randall-Hurren replaces Erhun Oztumer."
    assert len(listed) == 12
    assert not any("Aiden O'Brien fired over" in text for text in listed)


def test_a_chronology_is_a_list_and_the_reaction_before_it_is_not():
    document = _document(CHRONOLOGY)
    listed = _texts(document, listing_paragraphs(document))
    assert len(listed) == 6
    assert all(not text.startswith(("David Cameron", "Former Conservative")) for text in listed)


def test_a_team_sheet_is_a_list_though_its_lines_follow_no_one_pattern():
    document = _document(TEAM_SHEET)
    listed = _texts(document, listing_paragraphs(document))
    assert listed[0].startswith("Bullock, Duff")
    assert listed[-1] == "K Clark"
    assert len(listed) == 10
    assert not any(text.startswith(("Dundee United", "Alan Archibald")) for text in listed)


def test_surnames_on_a_team_sheet_are_not_listed_as_places_or_organisations():
    from briefing.entities import extract_entities

    entities = extract_entities(_document(TEAM_SHEET))
    assert "Alan Archibald" in [e.name for e in entities.people]
    others = [e.name for e in (*entities.organisations, *entities.places)]
    assert "Dundee United" in others
    assert not {"Archibald", "Brebner", "Cameron 87"} & set(others)


def test_prose_in_short_paragraphs_is_not_a_list():
    assert listing_paragraphs(_document(PROSE)) == frozenset()


def test_no_key_point_or_background_comes_from_a_live_text_log():
    document = _document(MATCH)
    listed = listing_paragraphs(document)
    engine = create_engine(Settings())
    summary = engine.summarise([document], 5)[0]
    used = {document.sentences[i].paragraph for d in summary.points for i in d.sentences}
    used |= {document.sentences[i].paragraph for d in summary.background for i in d.sentences}
    assert used and not used & listed


def test_names_that_only_a_live_text_log_gives_are_not_listed():
    from briefing.entities import extract_entities

    entities = extract_entities(_document(MATCH))
    listed = [e.name for e in (*entities.people, *entities.organisations, *entities.places)]
    assert "Steve Morison" in listed
    assert not {"Jason McCarthy", "Erhun Oztumer", "Will Randall-Hurren"} & set(listed)
    assert not any(any(c.isdigit() for c in name) for name in listed)  # "Millwall 0"


# bbc_news: a line-up set in one paragraph after the story
LINE_UP = """Teenager Tait picked for England

Newcastle's teenage centre Mathew Tait has been named as a centre in England's team to face Wales in the Six Nations opener in Cardiff on Saturday.

J Robinson (Sale Sharks, capt); M Cueto (Sale Sharks), M Tait (Newcastle), J Noon (Newcastle), J Lewsey (Wasps); C Hodgson (Sale Sharks), M Dawson (Wasps); G Rowntree (Leicester), S Thompson (Northampton).

Fellow nominees include Imelda Staunton (Vera Drake), Natalie Press (My Summer of Love), Anne Reid (The Mother), Eva Birthistle (Ae Fond Kiss) and Julie Walters (Mickybo and Me), who are all hoping to win.
"""


def test_a_line_up_in_one_paragraph_is_a_list_and_prose_listing_names_is_not():
    document = _document(LINE_UP)
    listed = _texts(document, listing_paragraphs(document))
    assert len(listed) == 1 and listed[0].startswith("J Robinson (Sale Sharks, capt)")
    from briefing.entities import extract_entities

    people = [e.name for e in extract_entities(document).people]
    assert "Mathew Tait" in people
    assert "M Tait" not in people


# bbc_news: a rugby report's two team sheets, by position, each with its replacements
TEAM_SHEETS = """London Irish 19-33 Wasps

Wasps made light of the absence of several internationals to sink London Irish with a trio of second-half tries.

Rob Hoadley returned to haunt his old club at the Madejski Stadium, scoring the opening try in the 43rd minute. Mark van Gisbergen added 18 points.

Horak, Staniforth, Penney, Nordt, Bishop; Mapletoft, Edwards; Hatley, van der Walt, Hardwick; Kennedy, Casey; Gustard, Dawson, Murphy.

Replacements: Everitt for Mapletoft (53), Hodgson for Edwards (77), Wheatley for Hatley (71), Paice for van der Walt (60).

Van Gisbergen; Voyce, Erinle, Hoadley, Roberts; King, Richards; Payne, Greening, Dowd; Shaw, Purdy; Hart, Rees, Dallaglio.

Replacements: Priscott for Roberts (71), Green for Dowd (71), Skivington for Shaw (71). Not used: Fury, Brooks

The visitors named France, Italy, Spain, Portugal, Greece and Cyprus as the sides they feared.
"""


def test_team_sheets_by_position_are_a_list_and_their_surnames_no_names():
    document = _document(TEAM_SHEETS)
    listed = _texts(document, listing_paragraphs(document))
    assert len(listed) == 4
    assert listed[0].startswith("Horak, Staniforth") and listed[-1].endswith(
        "Not used: Fury, Brooks"
    )
    from briefing.entities import extract_entities

    entities = extract_entities(document)
    others = {e.name for e in (*entities.organisations, *entities.places)}
    assert not {"Dowd", "Shaw", "Edwards", "Mapletoft", "Horak"} & others
    assert "London Irish" in {e.name for e in entities.organisations}  # a club, not a city
