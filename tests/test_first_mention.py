"""A point's bare "The report" completed from the article's first mention of the report."""

from pathlib import Path

import pytest

from briefing.language import with_mentions
from briefing.load import parse_text
from briefing.segment import segment
from briefing.summarise.standalone import standalone


def _read(body):
    """A headline and the body, as `briefing make` hands it to the engine."""
    text = f"A headline\n\n{body}"
    return with_mentions(segment(parse_text(text, path=Path("a.txt"), sha256="0" * 64)))


def _point(body, start):
    """The article's sentence that opens on `start`, as a point gives it."""
    document = _read(body)
    sentence = next(s for s in document.sentences if s.text.startswith(start))
    return standalone(sentence, document)


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        # bbc_news: a preposition's phrase
        (
            "Over a million people have signed a petition against trade negotiations with the"
            " United States, a campaign group says.\n\n"
            "The petition calls on the EU and its member states to stop the talks on the"
            " Transatlantic Trade and Investment Partnership.",
            "The petition",
            "The petition [against trade negotiations with the United States] calls on",
        ),
        (
            "The BBC needs to be more open to scrutiny, says a report into the BBC's Freeview"
            " digital service.\n\n"
            "The report said the service has had an impressive take up since its launch.",
            "The report",
            "The report [into the BBC's Freeview digital service] said",
        ),
        # ... after plain words before the noun, and before a clause between commas
        (
            "Councils are struggling to pay for care, a survey of senior officials suggests.\n\n"
            "The annual survey, which was completed by 147 directors of adult social services,"
            " suggests that funding has fallen by £4.6bn since 2010.",
            "The annual survey",
            "The annual survey [of senior officials], which was completed",
        ),
        # a "to" clause; a bare "The deal" is replaced by the whole first mention, in brackets
        (
            "Federated Department Stores has agreed an $11bn deal to buy rival May Department"
            " Stores.\n\n"
            "The deal will bring together famous stores like Macy's and Marshall Field's.",
            "The deal",
            "[The $11bn deal to buy rival May Department Stores] will bring",
        ),
        (
            "Nokia is testing a wireless ticket system on German buses.\n\n"
            "The system would reduce queues and make travelling easier, said Nokia.",
            "The system",
            "[The wireless ticket system on German buses] would reduce queues",
        ),
        # an owner's name opens the mention, and so the point
        (
            "Bus travel in Germany is to get easier.\n\n"
            "Nokia's wireless ticket system on German buses is being tested in Hanau.\n\n"
            "The system would reduce queues and make travelling easier, said Nokia.",
            "The system",
            "[Nokia's wireless ticket system on German buses] would reduce queues",
        ),
    ],
)
def test_a_bare_noun_is_completed_as_the_article_introduced_it(article, start, expected):
    assert _point(article, start).startswith(expected)


@pytest.mark.parametrize(
    ("article", "start"),
    [
        # "The move" stands for a clause: no phrase of the article's says which move
        (
            "The government has banned smoking in all pubs and restaurants from next year.\n\n"
            "The move was criticised by landlords, who fear a fall in trade.",
            "The move",
        ),
        # the first mention is not the one thing the point means
        (
            "Another report on the industry came out last year.\n\n"
            "A report into the BBC's Freeview digital service says it has done well.\n\n"
            "The report said the service has had an impressive take up since its launch.",
            "The report",
        ),
        # the first mention's phrase points elsewhere itself ("their")
        (
            "Apple has filed a lawsuit over leaks of their designs.\n\n"
            "The lawsuit was filed with the Santa Clara County Superior Court on Friday.",
            "The lawsuit",
        ),
        # the point's noun has a phrase of its own
        (
            "Microsoft has published a report into search habits.\n\n"
            "The report by Microsoft says 84% of net users regularly use a search engine.",
            "The report by",
        ),
        # the first mention is a name's words, not a description
        (
            "Small Island has been shortlisted for the Whitbread book of the year award.\n\n"
            "The book has already won the Orange Prize for fiction.",
            "The book",
        ),
        # the first mention's phrase says when, not which
        (
            "A study released on Wednesday says women in film are better qualified than men.\n\n"
            "The study found 60% of women in the film industry hold degrees.",
            "The study",
        ),
        # a second list of the kind before the point: which one it means is not said
        (
            "Joss Stone is on a list of British-based music millionaires.\n\n"
            "She was a new entry in a list of Britain's young music millionaires.\n\n"
            "The list also features Charlotte Church, Coldplay and Will Young.",
            "The list",
        ),
        # the first mention's phrase holds another event's figure
        (
            "In 1998 Hurricane Mitch caused damage of about $10bn in Central America.\n\n"
            "The damage covers fishing, farming and businesses.",
            "The damage",
        ),
        # the first mention is one of a kind set against another ("current", then "new"), and
        # the point means the other
        (
            "Turkey has agreed a new $10bn loan deal with the IMF.\n\n"
            "Turkey's current loan agreement with the IMF expires in February.\n\n"
            "The agreement must still be ratified by IMF directors next month.",
            "The agreement",
        ),
        # the bracket would say what the point says already
        (
            "Wal-Mart faces a lawsuit over gun sales violations in California.\n\n"
            "The lawsuit alleged Wal-Mart committed gun sales violations in California.",
            "The lawsuit",
        ),
        # a name before the noun says which already
        (
            "The Freeview service has been reviewed in a report by the government.\n\n"
            "The Freeview report said the service has had an impressive take up.",
            "The Freeview report",
        ),
    ],
)
def test_a_noun_the_article_does_not_complete_is_left_as_it_is(article, start):
    document = _read(article)
    sentence = next(s for s in document.sentences if s.text.startswith(start))
    assert standalone(sentence, document) == sentence.text


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        # bbc_news: a law named in full, then "the Act"
        (
            "The Freedom of Information Act gives the public new rights.\n\n"
            "Councils are not ready, MPs say.\n\n"
            "The Act comes into effect on 1 January.",
            "The Act",
            "The [Freedom of Information] Act comes into effect",
        ),
        # a body whose name goes on after its kind; a sentence's capitalised first word is not
        # part of the name
        (
            "Ministers met the Bank of England yesterday.\n\nThe Bank said inflation would stay low.",
            "The Bank said",
            "The Bank [of England] said",
        ),
        (
            "Critics of the European Commission say reform is slow.\n\n"
            "The Commission report says reform is slow.",
            "The Commission",
            "The [European] Commission report",
        ),
    ],
)
def test_a_name_shortened_to_its_kind_is_completed(article, start, expected):
    assert _point(article, start).startswith(expected)


@pytest.mark.parametrize(
    ("article", "start"),
    [
        # two of the kind: which one is meant is not said
        (
            "Ministers met the Bank of England and the Bank of Japan.\n\n"
            "The Bank said inflation would stay low.",
            "The Bank said",
        ),
        # named in full only after the point
        (
            "Peers debated the bill.\n\n"
            "The Bill now faces opposition from peers angry at house arrest.\n\n"
            "The Prevention of Terrorism Bill was passed.",
            "The Bill now",
        ),
        # "The Bill" mid-sentence: a title of its own
        (
            "Viewers still love The Bill, said the author of the Prevention of Terrorism Bill.\n\n"
            "The Bill has run for 20 years on ITV.",
            "The Bill has",
        ),
        # a name with words on both sides of its kind
        (
            "The European Bank for Reconstruction and Development lent more.\n\n"
            "The Bank said lending rose.",
            "The Bank said",
        ),
    ],
)
def test_a_shortened_name_is_left_where_the_article_leaves_doubt(article, start):
    point = _point(article, start)
    assert point is not None and point.startswith(start)
    assert "[" not in point
