from briefing.records import Article, Document
from briefing.segment import segment
from briefing.summarise.abstractive.chunking import pack, plan_chunks


def count_words(texts):
    return [len(t.split()) for t in texts]


def document(paragraphs: list[str]) -> Document:
    return segment(Article(path="a.txt", sha256="0", title="T", paragraphs=tuple(paragraphs)))


def words(text: str) -> list[str]:
    return text.split()


def test_pack_balances_groups_and_respects_the_budget():
    assert pack([10] * 12, 100) == [list(range(6)), list(range(6, 12))]  # 60 + 60, not 100 + 20
    assert all(sum([10] * len(g)) + len(g) - 1 <= 100 for g in pack([10] * 12, 100))
    assert pack([], 100) == []
    assert pack([150, 10], 100) == [[0], [1]]  # an oversized item gets a group of its own


def test_chunks_cover_every_paragraph_in_order_within_budget():
    paragraphs = [
        f"Paragraph {n} says something new about the plan number {n}." for n in range(1, 21)
    ]
    doc = document(paragraphs)
    chunks = plan_chunks(doc, count_words, 40)
    assert len(chunks) > 1
    assert all(c.tokens <= 40 for c in chunks)
    covered = [p for c in chunks for p in c.paragraphs]
    assert covered == list(range(1, 21))
    assert words(" ".join(c.text for c in chunks)) == words(" ".join(paragraphs))


def test_a_long_paragraph_is_cut_between_sentences_and_a_long_sentence_between_words():
    long_paragraph = " ".join(f"Sentence {n} has exactly seven words here." for n in range(10))
    run_on = " ".join(f"word{n}" for n in range(95))  # one 95-word "sentence"
    doc = document(["Short opening paragraph here.", long_paragraph, run_on])
    chunks = plan_chunks(doc, count_words, 30)
    assert all(c.tokens <= 30 for c in chunks)
    assert words(" ".join(c.text for c in chunks)) == words(
        " ".join(p.text for p in doc.paragraphs)
    )
    assert {p for c in chunks for p in c.paragraphs} == {1, 2, 3}
    # sentences are never split across chunks when they fit
    assert all(c.text.endswith(".") for c in chunks if c.paragraphs == (2,))
