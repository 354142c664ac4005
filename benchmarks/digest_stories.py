"""Story grouping on bbc_news: every `duplicate_of` row must land in its original's story, and
merged stories are printed for checking by hand that none joins two different events.

    python benchmarks/digest_stories.py [--rows 1000]
"""

from __future__ import annotations

import argparse

from digest_common import bbc_rows, lead_memo

from briefing.digest import build_digest
from briefing.encoder.sentences import SentenceEncoder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1000)
    args = parser.parse_args()
    rows = bbc_rows(args.rows)
    by_id = {r["id"]: r for r in rows}
    # An original beyond the first rows is brought in, so that each duplicate has its pair.
    extra = [
        r["duplicate_of"] for r in rows if r.get("duplicate_of") and r["duplicate_of"] not in by_id
    ]
    if extra:
        wanted = set(extra)
        rows += [r for r in bbc_rows(10_000) if r["id"] in wanted]
    memos = [lead_memo(r) for r in rows]
    digest = build_digest(memos, SentenceEncoder().encode)
    story_of = {}
    for number, story in enumerate(digest.stories):
        for article in story.articles:
            story_of[rows[article - 1]["id"]] = number
    duplicates = [r for r in rows if r.get("duplicate_of")]
    together = [r for r in duplicates if story_of[r["id"]] == story_of[r["duplicate_of"]]]
    print(f"{len(rows)} articles ({len(extra)} originals from beyond row {args.rows})")
    print(f"duplicate_of rows in their original's story: {len(together)}/{len(duplicates)}")
    for r in duplicates:
        if r not in together:
            print(f"  apart: {r['id']} ({r['title']}) from {r['duplicate_of']}")
    merged = [s for s in digest.stories if len(s.articles) > 1]
    duplicate_ids = {r["id"] for r in duplicates}
    distinct = [
        s for s in merged if len({rows[a - 1]["id"] for a in s.articles} - duplicate_ids) > 1
    ]
    print(
        f"stories: {len(digest.stories)}; merging 2+ articles: {len(merged)}; "
        f"merging 2+ distinct (not duplicate_of) articles: {len(distinct)}"
    )
    for story in distinct:
        print(f"\n[{story.topic}] {story.title}")
        for a in story.articles:
            row = rows[a - 1]
            mark = " (duplicate)" if row["id"] in duplicate_ids else ""
            lead = memos[a - 1].document.sentences[0].text[:150]
            print(f"  {row['id']}{mark}: {row['title']} | {lead}")


if __name__ == "__main__":
    main()
