"""The word tables the fused-word splitter reads: the same as the packages' own, read faster."""

import subprocess
import sys

from briefing.load.fused import words


def test_word_frequencies_are_wordfreqs_own_to_the_last_bit():
    from wordfreq import get_frequency_dict

    assert words.word_frequencies() == get_frequency_dict("en", "large")
    assert len(words.word_frequencies()) > 300_000


def test_bigram_and_unigram_counts_come_from_symspellpys_files():
    followers = words.bigram_followers()
    assert sum(len(seconds) for seconds in followers.values()) == 242_342  # one pair a line
    assert followers["abcs"]["of"] == 10_956_800  # the file's first line: "abcs of 10956800"
    assert words.unigram_counts()["the"] > words.unigram_counts()["of"] > 0


def test_reading_the_tables_imports_neither_package():
    """Importing wordfreq alone took 0.12 s, on a start-up every `briefing make` waits for."""
    code = (
        "import sys; from briefing.load.fused.words import load_tables; load_tables(); "
        "print(sorted(m for m in ('wordfreq', 'symspellpy') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_an_unknown_wordfreq_layout_is_left_to_wordfreq(monkeypatch, tmp_path):
    import gzip

    import msgpack

    odd = tmp_path / "data" / "large_en.msgpack.gz"
    odd.parent.mkdir()
    odd.write_bytes(gzip.compress(msgpack.packb([{"format": "cB", "version": 2}, ["the"]])))
    monkeypatch.setattr(words, "_package_file", lambda package, name: tmp_path / name)
    words.word_frequencies.cache_clear()
    try:
        from wordfreq import get_frequency_dict

        assert words.word_frequencies() == get_frequency_dict("en", "large")
    finally:
        words.word_frequencies.cache_clear()
