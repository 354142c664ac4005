from pathlib import Path

from briefing.records import Article
from briefing.segment import segment, split_sentences


def test_abbreviations_do_not_end_sentences():
    text = "Dr. Smith met U.S. officials at 3 p.m. on Jan. 5. They agreed. Mr. Jones did not."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Dr. Smith met U.S. officials at 3 p.m. on Jan. 5.",
        "They agreed.",
        "Mr. Jones did not.",
    ]


def test_sentences_keep_paragraph_numbers_and_offsets():
    article = Article(
        path=Path("x.txt"),
        sha256="0" * 64,
        title="T",
        paragraphs=("First one. Second one.", "Third one."),
    )
    doc = segment(article)
    assert [p.index for p in doc.paragraphs] == [1, 2]
    sentences = doc.sentences
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("First one.", 1),
        ("Second one.", 1),
        ("Third one.", 2),
    ]
    for s in sentences:
        assert doc.paragraphs[s.paragraph - 1].text[s.start : s.end] == s.text


def test_a_paragraph_with_one_closing_mark_is_one_sentence_as_pysbd_says():
    from briefing.segment import _segmenter

    examples = [
        "  The minister said talks would go on “for as long as it takes.”  ",
        "Shares rose 5% on Monday (their best day this year)",
        "He asked whether it would work?!",
        "Prices fell – and then recovered",
    ]
    for text in examples:
        [(start, end)] = split_sentences(text)
        assert text[start:end] == text.strip()
        assert [p.strip() for p in _segmenter().segment(text) if p.strip()] == [text.strip()]
    # A mark inside the paragraph still goes to pysbd, abbreviations and all.
    text = "Mr. Smith arrived. He spoke."
    assert [text[a:b] for a, b in split_sentences(text)] == ["Mr. Smith arrived.", "He spoke."]


def test_skipping_abbreviations_no_period_follows_gives_stock_pysbd_sentences():
    """The abbreviation search skips abbreviations never followed by a period; pysbd's own
    search, on the same text, must end every sentence at the same place."""
    import pysbd

    from briefing.segment import _segmenter

    stock = pysbd.Segmenter(language="en", clean=False)
    examples = [
        "Dr. Smith met U.S. officials at 3 p.m. on Jan. 5. They agreed. Mr. Jones did not.",
        "No. 10 said a deal was near. St. Mary's hospital, on Main St., was shut. No one came.",
        "The plan, e.g. new roads, costs $2bn; i.e. too much. Gen. Lee and Col. Smith disagreed.",
        "Sales rose in the U.S. Analysts at Ph.D. level say prices fall. A new era begins.",
        "Apple Inc. and Co. Ltd. are rivals. Rev. Jones spoke at 10 a.m. It was cold.",
        "Ministers met on Monday. The talks, which no one expected to succeed, went on. Then a "
        "vote was held and the motion passed by 310 votes to 285.",
        'He said: "We will see." Prof. Hill, of Leeds, agreed. Fig. 3 shows the fall.',
    ]
    ours = _segmenter()
    for text in examples:
        assert ours.processor(text).process() == stock.processor(text).process()
    # And the abbreviations still hold: "No. 10" and "Gen. Lee" end no sentence.
    text = "No. 10 said a deal was near. Gen. Lee was not sure. No one came."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "No. 10 said a deal was near.",
        "Gen. Lee was not sure.",
        "No one came.",
    ]


def test_a_straight_quote_split_off_a_quotation_closes_it():
    """bbc_news: pysbd ends the quotation's last sentence before its closing quote, which then
    opens the next sentence as '" Hewitt played down ...'."""
    text = (
        "\"I felt like I had a lot of break chances, I didn't take care of them all, but I broke "
        'him four times and he only broke me once. "I felt that was the key to get up in the set '
        'early." Hewitt played down his defeat and insisted he is focused solely on the '
        "Australian Open, which starts on 17 January."
    )
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences[-1].startswith("Hewitt played down his defeat")
    assert sentences[-2].endswith('the set early."')


def test_a_quotation_run_over_paragraphs_leaves_the_reporters_sentences_apart():
    # bbc_news: a statement quoted over three paragraphs, run together in the source, each
    # opening with a quotation mark and only the last closing; pysbd paired the marks wrongly
    # and kept the next four sentences of the report, and the expert's backing, in one
    text = (
        "Chelsea's statement added: \"This applies to both drugs. They have no place at our "
        'club. "Any player who takes drugs breaches his contract. "The club totally supports '
        "the FA.\" Fifa's disciplinary code stipulates a six-month ban. And the governing body "
        'has re-iterated its stance. "Fifa is not in a position to comment," said a Fifa '
        "spokesman. Chelsea's move won backing from drug-testing expert Michelle Verroken."
    )
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert "Fifa's disciplinary code stipulates a six-month ban." in sentences
    assert "Chelsea's move won backing from drug-testing expert Michelle Verroken." in sentences
    assert '"Any player who takes drugs breaches his contract.' in sentences
    # and a quotation whose paragraphs were kept apart is read as before
    whole = '"It was hard. We lost," he said. "We will be back," he added.'
    assert [whole[a:b] for a, b in split_sentences(whole)] == [
        '"It was hard. We lost," he said.',
        '"We will be back," he added.',
    ]


def test_a_sentence_whose_stop_was_lost_starts_where_its_opening_word_stands():
    # bbc_news: a list's last item and a crosshead run into the sentences after them
    text = (
        "- Possible help for pensioners The stamp duty threshold rise is intended to help first"
        " time buyers. Tax credits As a result, the number of properties has rocketed."
    )
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences == [
        "- Possible help for pensioners",
        "The stamp duty threshold rise is intended to help first time buyers.",
        "Tax credits",
        "As a result, the number of properties has rocketed.",
    ]
    # a title keeps its capitals: no sentence starts inside it
    titled = "He starred in Channel 4 show Faking It and read The Times every day."
    assert [titled[a:b] for a, b in split_sentences(titled)] == [titled]
