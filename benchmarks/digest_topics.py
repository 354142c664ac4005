"""Topic accuracy of the digest's sections against bbc_news's own categories.

The first 1,000 rows of bbc_news without `duplicate_of` go through `build_digest` with a topic
list written for the set's five categories (descriptions only: no example is taken from the
set); an article's section is its story's. Prints the accuracy and the confusion table.

    python benchmarks/digest_topics.py [--rows 1000]
"""

from __future__ import annotations

import argparse
import collections
import time

from digest_common import bbc_rows, lead_memo

from briefing.config import DigestSettings, Topic
from briefing.digest import build_digest
from briefing.encoder.sentences import SentenceEncoder

BBC_TOPICS = (
    Topic(
        "business",
        "business and the economy: companies and their profits, markets and shares, banks, "
        "trade, jobs, prices, interest rates, takeovers, industry",
    ),
    Topic(
        "entertainment",
        "entertainment and the arts: films and cinema, music, television, actors, singers, "
        "celebrities, awards, books, theatre",
    ),
    Topic(
        "politics",
        "politics: government, parliament, elections, political parties, ministers, public policy "
        "and laws",
    ),
    Topic(
        "sport",
        "sport: football, rugby, tennis, cricket, athletics, matches, players, teams, coaches, "
        "championships",
    ),
    Topic(
        "tech",
        "technology: computers, the internet, software, mobile phones, video games, gadgets, "
        "digital services, online security",
    ),
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1000)
    args = parser.parse_args()
    rows = [r for r in bbc_rows(args.rows) if not r.get("duplicate_of")]
    memos = [lead_memo(r) for r in rows]
    encoder = SentenceEncoder()
    start = time.perf_counter()
    digest = build_digest(memos, encoder.encode, DigestSettings(topics=BBC_TOPICS))
    seconds = time.perf_counter() - start
    section = {}
    for story in digest.stories:
        for number in story.articles:
            section[number - 1] = story.topic
    names = [t.name for t in BBC_TOPICS] + ["Other"]
    table = collections.Counter((rows[i]["category"], section[i]) for i in range(len(rows)))
    right = sum(n for (truth, got), n in table.items() if truth == got)
    print(f"{len(rows)} articles (first {args.rows} rows less duplicate_of), {seconds:.1f} s")
    print(f"topic accuracy: {right}/{len(rows)} = {right / len(rows):.1%}")
    print("\nrows: bbc category; columns: digest section")
    print(f"{'':>14}" + "".join(f"{n:>14}" for n in names))
    for truth in sorted({r["category"] for r in rows}):
        print(f"{truth:>14}" + "".join(f"{table[(truth, n)]:>14}" for n in names))


if __name__ == "__main__":
    main()
