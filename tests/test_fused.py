"""Words fused at lost line breaks are split; real words, names, URLs and numbers are not."""

from pathlib import Path

import pytest

from briefing.load import load_article
from briefing.load.fused import words
from briefing.load.fused.pieces import (
    any_piece,
    bigram_key,
    break_points,
    piece,
    token_shape,
    unseen_word_log_probability,
)
from briefing.load.fused.splitter import Splitter, split_fused_words
from briefing.load.fused.words import TOKEN, first_word, last_word, memoised, split_points

EXAMPLE = Path(__file__).parents[1] / "inputs" / "pakistan-morocco-defence-mou.txt"

# Every fused word in the example article, found by reading it, with its repair.
EXAMPLE_FUSED = {
    "intheir": "in their",
    "ofUnderstanding": "of Understanding",
    "amilestone": "a milestone",
    "twoMuslim-majority": "two Muslim-majority",
    "officialvisit": "official visit",
    "wherehigh-level": "where high-level",
    "diversedefence": "diverse defence",
    "faceevolving": "face evolving",
    "questionsabout": "questions about",
    "ofthis": "of this",
    "betweenDefence": "between Defence",
    "MoroccanGovernment": "Moroccan Government",
    "Bothsides": "Both sides",
    "mutualinterest,": "mutual interest,",
    "andpossible": "and possible",
    "withthe": "with the",
    "forstructured": "for structured",
    "andexpanding": "and expanding",
    "overthe": "over the",
    "aseparate": "a separate",
    "ofForeign": "of Foreign",
    "Theconversation": "The conversation",
    "regionalstability": "regional stability",
    "bothnations": "both nations",
    "synchronisingdefence": "synchronising defence",
    "thecomprehensive": "the comprehensive",
    "strategicrelationship,": "strategic relationship,",
    "sustainedpartnership": "sustained partnership",
    "thatdemonstrate": "that demonstrate",
    "armedforces": "armed forces",
    "theirjoint": "their joint",
    "specificallydesigned": "specifically designed",
    "mutualunderstanding": "mutual understanding",
    "becomeincreasingly": "become increasingly",
    "measureswhile": "measures while",
    "operationalenvironments.": "operational environments.",
    "fraternalrelations": "fraternal relations",
    "mutualsupport": "mutual support",
    "formallyestablished": "formally established",
    "governmentsin": "governments in",
    "regularhigh-level": "regular high-level",
    "frequentlydescribe": "frequently describe",
    "afoundation": "a foundation",
    "defenceand": "defence and",
    "shiftinggeopolitical": "shifting geopolitical",
    "activelymodernising": "actively modernising",
    "partnershipsbeyond": "partnerships beyond",
    "tieswith": "ties with",
    "Theagreement": "The agreement",
    "includingcounter-terrorism": "including counter-terrorism",
    "andpotential": "and potential",
    "officialstatements": "official statements",
    "andenhanced": "and enhanced",
    "tofacilitate": "to facilitate",
    "futureagreements": "future agreements",
    "security,and": "security, and",
    "theway": "the way",
    "andincreased": "and increased",
    "industrialforums.": "industrial forums.",
    "commencingofficial": "commencing official",
    "Mausoleumof": "Mausoleum of",
    "MausoleumGuests": "Mausoleum Guests",
    "nationalfigure": "national figure",
    "tounderpin": "to underpin",
    "andRabat.": "and Rabat.",
}


def test_every_fused_word_in_the_example_is_split_and_nothing_else_changes():
    article = load_article(EXAMPLE)
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if not line.startswith(("Source:", "Tags:", "ogimage"))]
    expected = " ".join(EXAMPLE_FUSED.get(word, word) for word in " ".join(body).split())
    assert expected.startswith("ISLAMABAD: ")
    assert " ".join(article.paragraphs) == expected.removeprefix("ISLAMABAD: ")
    assert len(article.paragraphs) == 8


def test_the_example_keeps_its_metadata_as_fields():
    article = load_article(EXAMPLE)
    body = " ".join(article.paragraphs)
    for junk in ("Source:", "Tags:", "ogimageimage-name", "moroccoworldnews"):
        assert junk not in body
    assert article.source.url == (
        "https://www.moroccoworldnews.com/2025/01/xxxxxx/pakistan-morocco-sign-mou-defence-cooperation"
    )
    assert article.source.outlet == "moroccoworldnews.com"
    assert article.source.dateline == "ISLAMABAD"
    # The tag fused in the file is split, as the article spells the name elsewhere.
    assert article.source.tags == (
        "Pakistan",
        "Morocco",
        "Defence Cooperation",
        "Khawaja Asif",
        "Abdellatif Loudyi",
    )


DAMAGED = (
    "The companyreported record sales of the iPhone and the PlayStation this year, and its"
    " shares rosesharply. McDonald also said that YouTube adverts for its counter-terrorism"
    " awareness campaign, which ran in2004, had been seen 1,200,000 times. Details are at"
    " https://news.example.org/2026/sales-figures and press@example.org, tagged #results."
    " The chief executive, Maria Okonkwo-Bright, said the resultswere the best in the"
    " firm's history andthat more stores would open."
)


def test_real_words_names_urls_and_numbers_are_left_alone_while_fusions_are_split():
    (repaired,) = split_fused_words([DAMAGED])
    for fused, split in [
        ("companyreported", "company reported"),
        ("rosesharply.", "rose sharply."),
        ("in2004,", "in 2004,"),
        ("resultswere", "results were"),
        ("andthat", "and that"),
    ]:
        assert fused not in repaired
        assert split in repaired
    for whole in (
        "iPhone",
        "PlayStation",
        "McDonald",
        "YouTube",
        "counter-terrorism",
        "1,200,000",
        "https://news.example.org/2026/sales-figures",
        "press@example.org,",
        "#results.",
        "Okonkwo-Bright,",
        "firm's",
    ):
        assert f" {whole} " in f" {repaired} "


def test_the_documents_own_vocabulary_tells_how_to_split_a_name():
    paragraphs = [
        "The minister met Abdellatif Loudyi in Rabat on Tuesday.",
        "Officials said AbdellatifLoudyi would visit Islamabad next year.",
    ]
    assert split_fused_words(paragraphs)[1] == (
        "Officials said Abdellatif Loudyi would visit Islamabad next year."
    )


def test_a_name_repeated_as_one_word_stays_one_word():
    paragraphs = [
        "TimeWarner reported higher profits. TimeWarner said its film arm did well.",
        "Analysts expect TimeWarner to sell its cable business.",
    ]
    assert split_fused_words(paragraphs) == paragraphs


def test_a_name_in_camel_case_repeated_in_the_text_stays_one_word():
    # bbc_news: "Net" and "Ratings" are common words, "NetRatings" is no word; three copies of
    # it, and "Ratings" nowhere on its own, say it is spelled so
    paragraphs = [
        "The number of people with broadband has more than doubled, according to the "
        "Nielsen/NetRatings survey.",
        "Nielsen/NetRatings found that the number of people with fast internet access had risen.",
        "Nielsen/NetRatings analyst Gavin Hilton said the trend would continue.",
    ]
    assert split_fused_words(paragraphs) == paragraphs
    # a title and a surname fused twice are still split ("MrHoward" is no name)
    fused = ["Later MrHoward spoke. Then MrHoward left.", "Howard had said nothing before."]
    assert split_fused_words(fused)[0] == "Later Mr Howard spoke. Then Mr Howard left."


@pytest.mark.parametrize(
    "clean",
    [
        "The report was published on Monday by the committee.",
        "She said the proposal was a milestone for the region.",
        "Shares in GlaxoSmithKline and ExxonMobil rose 3.5% to $45.20 at 2pm.",
        "Mr O'Neill told BBC Radio 4's Today programme that the U.S. would act.",
    ],
)
def test_clean_text_comes_out_unchanged(clean):
    assert split_fused_words([clean]) == [clean]


@pytest.mark.parametrize(
    ("token", "points"),
    [
        ("-they", [1, 2, 3, 4]),
        ("decline-", [1, 2, 3, 4, 5, 6, 7]),
        ('")into', [2, 3, 4, 5]),
        ('said."The', [1, 2, 3, 5, 6, 7, 8]),
        ("1,000", []),
        ("2004,10", [5]),
        ("(METI)", [2, 3, 4]),
        ("McDonald", [1, 3, 4, 5, 6, 7]),
        ("--", []),
        ('a"(b', [1, 2]),
        ('so,"he', [1, 3, 4, 5]),
        ("Procter&", [1, 2, 3, 4, 5, 6, 7]),
        ("&Johnson", [1, 2, 3, 4, 5, 6, 7]),
        ("AT&T", [1]),
        ("Kinnarees", [1, 2, 3, 4, 5, 6, 7]),
    ],
)
def test_split_points_skip_number_groups_name_prefixes_and_marks_inside_words(token, points):
    assert list(split_points(token)) == points


def test_what_is_kept_across_documents_does_not_leak_one_documents_words_into_another():
    # The first document spells the name apart, the second only fused and as one word: what the
    # splitter keeps across documents (pieces unseen in a document) must not carry the first
    # document's counts over.
    named = ["The minister met Abdellatif Loudyi in Rabat.", "Later AbdellatifLoudyi left."]
    unnamed = ["TimeWarner said TimeWarner would report.", "Analysts said TimeWarner did well."]
    for piece_memo in (piece, break_points, token_shape, unseen_word_log_probability):
        piece_memo.cache_clear()
    fresh = split_fused_words(unnamed)
    assert split_fused_words(named)[1] == "Later Abdellatif Loudyi left."
    assert split_fused_words(unnamed) == fresh == unnamed


def test_memoised_results_are_dropped_when_the_memo_is_full(monkeypatch):
    calls: list[str] = []

    @memoised
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    monkeypatch.setattr(words, "_MEMO_LIMIT", 2)
    assert [shout(w) for w in ("a", "b", "a", "c", "a")] == ["A", "B", "A", "C", "A"]
    assert calls == ["a", "b", "c", "a"]  # full at "c": emptied, so "a" is worked out again


def test_the_halves_of_a_split_token_are_split_again_only_as_rarely_as_clean_text_is():
    # A lost break joins two words: "sales.TimeWarner" is "sales." and "TimeWarner", however
    # damaged the rest of the text is.
    (repaired,) = split_fused_words(
        [
            "Quarterly profits rosesharply thanks to higher advert sales.TimeWarner said its film"
            " arm haddone well, andthat its cable business wouldbe sold nextyear."
        ]
    )
    assert repaired == (
        "Quarterly profits rose sharply thanks to higher advert sales. TimeWarner said its film"
        " arm had done well, and that its cable business would be sold next year."
    )


def test_a_lone_ampersand_or_dash_at_a_lost_break_is_split_off_but_not_one_inside_a_name():
    (repaired,) = split_fused_words(
        [
            "Shares in theretailer rose 3% as Marks& Spencer saidsales had grown, and Johnson"
            " &Johnson said its R&B unit and AT&T did well. The chief executive said - I quote"
            " - that the results were good.The firm's sales in Iraq- and elsewhere -rose."
        ]
    )
    assert repaired == (
        "Shares in the retailer rose 3% as Marks & Spencer said sales had grown, and Johnson"
        " & Johnson said its R&B unit and AT&T did well. The chief executive said - I quote"
        " - that the results were good. The firm's sales in Iraq - and elsewhere - rose."
    )


def test_a_pair_written_apart_elsewhere_in_the_document_tells_how_to_split_a_compound():
    clean = (
        "Sales of the console rose by a third over the Christmas period, the companysaid, and"
        " it expects demand to stay strong for the rest of the year as new titles come out."
    )
    paragraphs = [
        "The video game was a hit. " + clean,
        "Analysts said the videogame was the best seller of the year.",
    ]
    assert split_fused_words(paragraphs)[1] == (
        "Analysts said the video game was the best seller of the year."
    )
    # Without the pair written apart, "videogame" is a word.
    assert split_fused_words([paragraphs[1], clean])[0] == paragraphs[1]


def test_common_words_are_never_weighed_as_two_with_a_capital_or_without():
    """Scoring every split of "Government" cost a fifth of the splitter's time and never split
    it: a common word is kept whole before it is weighed, as "government" always was."""
    from briefing.load.fused.splitter import Splitter

    splitter = Splitter(["The Government said Their plans for government were fine."])
    for token in ("Government", "government", "Their", "The"):
        assert splitter._scored_alone(token, ()) is None
    # Not common, so weighed: a name, a fused pair with a capital, a word with an inner capital.
    for token in ("Abdellatif", "Theyear", "TimeWarner"):
        assert splitter._scored_alone(token, ()) is not None
    (repaired,) = split_fused_words(["Theyear ended well.Government bonds rose intheir market."])
    assert repaired == "The year ended well. Government bonds rose in their market."


def test_the_document_vocabulary_counts_every_occurrence_case_parts_and_pairs():
    from briefing.load.fused.splitter import Vocabulary

    vocabulary = Vocabulary(
        [
            "The stock market fell. The stock market rose.",
            'Counter-terrorism talks: "Stock" is up; the market is Up',
        ]
    )
    assert vocabulary.counts == {
        "the": 3, "stock": 3, "market": 3, "fell": 1, "rose": 1, "counter-terrorism": 1,
        "counter": 1, "terrorism": 1, "talks": 1, "is": 2, "up": 2,
    }  # fmt: skip
    assert vocabulary.total == 19
    assert vocabulary.capitalised == {"the": 2, "counter-terrorism": 1, "stock": 1, "up": 1}
    assert vocabulary.lowercase["stock"] == 2 and vocabulary.lowercase["the"] == 1
    # Pairs only where no punctuation stands between the words ("fell. The" is none).
    assert vocabulary.pairs == {
        ("the", "stock"): 2, ("stock", "market"): 2, ("market", "fell"): 1,
        ("market", "rose"): 1, ("terrorism", "talks"): 1, ("is", "up"): 2,
        ("the", "market"): 1, ("market", "is"): 1,
    }  # fmt: skip
    assert vocabulary.pair_starts == {"the": 3, "stock": 2, "market": 3, "terrorism": 1, "is": 2}


# Tokens of every shape the shortcuts below must handle as the general reading does: fused
# words, names, capitals, marks around and inside, possessives, curly and modifier apostrophes,
# hyphens, digits, letters outside ASCII.
AWKWARD = (
    "intheir ofUnderstanding \"Wedgburg.Ms (METI)into said.The so,\"he Morocco's analysts' "
    "rock'n'roll O'Neill's McDonald donʼt Pakistan’s ‘miracle’ x.'s counter-terrorism, "
    "grow15% 1,000 Marks& &Johnson AT&T Iraq- -rose café Zürich İstanbul ΣΟΦΙΑ TimeWarner."
).split()


def _example_tokens() -> list[str]:
    return [*dict.fromkeys(TOKEN.findall(EXAMPLE.read_text(encoding="utf-8"))), *AWKWARD]


def test_a_piece_of_letters_is_read_as_any_piece_is():
    pieces = {t[:i] for t in _example_tokens() for i in range(1, len(t) + 1)}
    pieces |= {t[i:] for t in _example_tokens() for i in range(len(t))}
    for text in sorted(pieces):
        assert piece(text) == any_piece(text), text


def test_the_keys_at_a_break_are_those_of_the_words_next_to_it():
    """The break points take the keys of a token's first and last words from the token once;
    each must still be the key of the word it names."""
    for token in _example_tokens():
        first, last = first_word(token), last_word(token)
        for at, _, _, across, _, _, _, left_first, right_last in break_points(token):
            left, right = token[:at], token[at:]
            assert left_first == bigram_key(left if at < len(first) else first), token
            assert right_last == bigram_key(right if len(right) < len(last) else last), token
            if left[-1].isalnum() and right[0].isalnum():
                keys = (bigram_key(last_word(left)), bigram_key(first_word(right)))
                assert across == keys, (token, at)
            else:
                assert across is None, (token, at)


def test_em_weighs_each_token_as_scoring_it_with_no_context_does():
    """EM takes each token's best split from its score alone; scoring it in a context where
    nothing stands before or after it, at a sentence start, must give the same figures."""
    from briefing.load.fused.splitter import Splitter

    text = EXAMPLE.read_text(encoding="utf-8")
    splitter = Splitter(text.split("\n\n"))
    weighed = 0
    for token in dict.fromkeys(TOKEN.findall(text)):
        alone = splitter._scored_alone(token, ())
        if alone is None:
            continue
        at, split, keep, copies = splitter._score(token, (), "", "", True)
        assert (split, at) == alone.best and keep == alone.keep and copies == alone.copies
        weighed += 1
    assert weighed > 100


def test_a_name_is_not_split_into_a_word_and_an_before_a_consonant():
    # bbc_news: "Director Southan Morris" came out as "Director South an Morris"
    paragraph = (
        "Michael will attend the festival to introduce the screening on 16 February. Director "
        "Southan Morris and executive producer Andy Stephens will also attend the festival."
    )
    fused = "The company said thatit would appeal againstan order from the court."
    repaired = split_fused_words([paragraph, fused])
    assert "Southan Morris" in repaired[0]
    assert repaired[1] == "The company said that it would appeal against an order from the court."


def test_a_surname_is_not_split_into_a_common_word_and_a_lower_case_rest():
    # bbc_news: "says Stephen Candillon of Respond" came out as "Stephen Can dillon": "Can" with
    # a capital inside a sentence, as a name of one word, is far rarer than an unlisted surname.
    # At the share of lost breaks of that clean article (rho about 0.002):
    paragraph = (
        '"These wadis had a very small amount of flooding, generally, in terms of depth, but '
        "greatly impeded the transport capabilities and capacities of the humanitarian groups on "
        'the ground," says Stephen Candillon of Respond imaging partner Sertit.'
    )
    # The same article writes "can" in lower case, three times
    before = (
        '"Our users are usually not so much familiar with reading satellite imagery, reading '
        "satellite maps, so it's our task to transfer the data into information that "
        'non-technical people can read and understand easily and very, very efficiently," said '
        "Mr Voigt. But the best map is one you can hold in your hands, especially in remote "
        'areas where internet connections and laptops are scarce. "We print maps, we laminate '
        "the maps, we encapsulate the maps if needed so you can take a shower with the map, "
        "it's completely protected.\""
    )
    splitter = Splitter([before, paragraph])
    _, fused = splitter.best_split(
        "Candillon", sentence_start=False, before="stephen", after="of", rho=0.002
    )
    assert fused < 0.5
    # A listed word that goes on as a name in capitals is still split off ("Grand|Prix"), and
    # a name and a word in lower case ("Obama|said") too.
    damaged = ["He won the Monaco GrandPrix in May, and Obamasaid thatit was deserved."]
    assert split_fused_words(damaged) == [
        "He won the Monaco Grand Prix in May, and Obama said that it was deserved."
    ]


def test_a_brand_of_two_listed_words_in_camel_case_stays_one_word_in_clean_text():
    # bbc_news: "OneMusic", named once, came out as "One Music", even in the memo's source
    paragraphs = [
        "John Peel replacement show begins",
        "The permanent replacement for late DJ John Peel's BBC Radio 1 show goes on air on Tuesday, with three hosts chosen to fill the legendary presenter's slot.",
        'Rock DJ Huw Stephens will go on air in the 2300 slot every Tuesday, with black music champion Ras Kwame on Wednesdays and dance DJ Rob Da Bank on Thursdays. Rob Da Bank filled in after Peel had a heart attack aged 65 in October. All three will play "diverse, unpredictable and non-commercial" songs under the banner of the OneMusic show.',
        'Radio 1 said the station was not trying to replace Peel, but would rise to the "challenge" of "keeping his legacy alive" with unpredictable music. The three DJs were chosen for their "in-depth musical knowledge across a variety of musical genres", the station said.',
    ]
    assert split_fused_words(paragraphs) == paragraphs
    # while a title and a name, and a lower-case word and a capital, run together, are split
    damaged = ["Later MrHoward spoke of the new wayofUnderstanding the deal. Then MrHoward left."]
    assert split_fused_words(damaged)[0].startswith("Later Mr Howard spoke")


def test_a_plural_of_a_word_the_article_has_keeps_its_s():
    # bbc_news: "the festival's Golden Kinnaree awards" made "Kinnarees" look like "Kinnaree"
    # and a word "s"; no lost break leaves a word of one "s"
    paragraphs = [
        "The festival's Golden Kinnaree awards are its main prizes.",
        "The Golden Kinnarees will be awarded on Friday.",
    ]
    assert split_fused_words(paragraphs) == paragraphs


def test_a_variants_letter_after_a_name_is_no_sentence_run_into_the_next():
    # bbc_news (tech): "The Zafi.D virus" became "The Zafi. D virus", and the memo's point
    # opened "D virus translates ..."
    (repaired,) = split_fused_words(
        [
            "The Zafi.D virus translates its greeting, as the Netsky.P worm did. It spread.Then it "
            "stopped."
        ]
    )
    assert "Zafi.D virus" in repaired and "Netsky.P worm" in repaired
    assert "spread. Then" in repaired
    (acronym,) = split_fused_words(["Prices rose in London.US officials said so."])
    assert "London. US officials" in acronym  # two capitals may open a sentence


def test_a_capital_inside_a_sentence_is_rarest_on_the_commonest_words():
    # bbc_news (tech): "anti-piracy firm Overpeer" became "firm Over peer" in a story full of
    # "peer-to-peer": "Over" inside a sentence opens no name, while "Peer" might
    splitter = Splitter(["Music firms sue networks", "The firms said the cases were hard."])
    assert splitter._case("over", alone=True) < splitter._case("peer", alone=True) - 1
