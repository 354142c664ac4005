"""Defects a policy reader would not sign, counted over real memos.

Writes writers_dev (all rows) and the first 300 bbc_news rows (rows with `duplicate_of` skipped)
as text files, runs `briefing make -f json,md` on each set, and checks every memo's bottom line,
key points and background against the article text each cites (the JSON's `source`):

- attribution dropped: the cited sentence attributes its claim (a reporting verb, "according
  to", a quotation) and the point keeps no attribution at all;
- opening: the point opens with a pronoun or a connective, or has a pronoun subject after a short
  opening phrase ("Last week, it denied"; a "[Name]" the memo inserted is fine);
- furniture: captions and photo pointers, picture credits, calls to follow, subscribe or click,
  schedules, notes to readers (and, printed for reading but not counted as defects, points that
  mention social media or pictures, as news may); first person: the writer's own "I"/"we"
  outside quotation marks;
- not a sentence: the point, as printed, has no finite main verb (spaCy's parse);
- cut: a point or the background ending in "…" or without closing punctuation (Markdown/JSON).

The checks here are written apart from the engine's own filters (wider nets, other wording), so
they can disagree with it; every flagged example is printed for a reader to judge.

    python benchmarks/memo_lint.py [--bbc 300] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared"))

REPORTING = re.compile(
    r"\b(?:say|says|said|tell|tells|told|claim\w*|believ\w*|argu\w*|suggest\w*|note[sd]?|"
    r"add(?:s|ed)|warn\w*|insist\w*|stat(?:es|ed)|report\w*|alleg\w*|estimat\w*|predict\w*|"
    r"think|thinks|thought|den(?:y|ies|ied)|admit\w*|accus\w*|announc\w*|confirm\w*|"
    r"explain\w*|wr(?:ote|ites)|acknowledg\w*|maintain(?:s|ed)?|contend(?:s|ed)?|assert\w*|"
    r"conclud\w*|fear(?:s|ed)? that|expect(?:s|ed)? (?:that|to)|hope[sd]? (?:that|to)|"
    r"according to|quoted|cited|indicat\w*|urg(?:e|es|ed)|vow\w*|promis\w*|reveal\w*|"
    r"disclos\w*)\b",
    re.IGNORECASE,
)
QUOTE = re.compile(r"[\"“”]|(?:^|(?<=[\s:(]))['‘]\w")
OPENERS = re.compile(
    r"^(?:he|she|his|her|him|they|them|their|it|its|this|these|those|that|we|our|i|my|you|"
    r"but|and|so(?! far\b)|yet|or|however|also|meanwhile|moreover|furthermore|nevertheless|"
    r"still|then|instead(?! of\b)|thus|therefore|besides|plus|additionally|indeed|firstly|secondly|"
    r"thirdly|lastly|finally(?=,)|"
    r"(?:as a result|now)(?= (?:he|she|they|it|we|his|her|their)\b))\b"
    # "It is estimated that ...": an empty "it" that the clause after it fills.
    r"(?!\s+(?:is|was|has been|had been|remains|seems|appears|emerged)\s+(?:\w+\s+)?"
    r"(?:that|whether)\b)",
    re.IGNORECASE,
)
# What a reader calls page furniture: calls to follow, subscribe or click, credits, photo
# pointers, schedules, notes to readers.
FURNITURE = re.compile(
    r"^@\w{2,}|\b(?:follow us|follow (?:the|our) \w+ on|subscribe|sign up|click|"
    r"download (?:the|our)|podcast|iplayer|live coverage|live stream|watch live|"
    r"photograph(?:ed)? by|caption|getty|"
    r"copyright|apologies|see below|read more|more on this|catch the|tune in)\b|"
    r"\b(?<!was |ere |een |ing |are | is )pictured\b(?! \w+ing\b)|"
    r"\((?:left|right|above|below|inset|centre|center)\b|\d\s?(?:am|pm) (?:bst|gmt)\b",
    re.IGNORECASE,
)
# A wider net, for reading: news may well mention social media or pictures ("sacked after
# condemning Anzac day on Twitter"); the flagged points are printed, not counted as defects.
MEDIA = re.compile(
    r"@\w{2,}|\b(?:twitter|facebook|instagram|tiktok|newsletter|picture|image|photograph)\b",
    re.IGNORECASE,
)
# "Last week, it denied ...": a pronoun subject after a short opening phrase opens the claim too.
FRONTED = re.compile(
    r"^(?P<lead>[^,\"“”‘’]{2,60}?),\s+(?:he|she|his|her|they|their|it|its)\b"
    r"(?!\s+(?:is|was|has been|had been|remains|seems|appears|emerged)\s+(?:\w+\s+)?"
    r"(?:that|whether)\b)",
    re.IGNORECASE,
)


def _fronted_pronoun(text: str) -> bool:
    found = FRONTED.match(text)
    return found is not None and len(found.group("lead").split()) <= 6


FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself)\b|\b(?:[Ww]e|our|us|ourselves)\b")
QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|(?:^|(?<=[\s:(]))['‘][^'‘’]*(?:['’]|$)")
CLOSED = re.compile(r"(?:[.!?][\"'”’)\]]*|[\"'”’])$")
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def write_sets(folder: Path, bbc: int) -> dict[str, Path]:
    sets = {}
    for name, limit in (("writers_dev", None), ("bbc_news", bbc)):
        target = folder / name
        target.mkdir(parents=True)
        count = 0
        with open(SHARED / "eval" / f"{name}.jsonl", encoding="utf-8") as rows:
            for line in rows:
                row = json.loads(line)
                if row.get("duplicate_of"):
                    continue
                title = (row.get("title") or "").strip()
                text = f"{title}\n\n{row['article'].strip()}\n" if title else row["article"]
                (target / f"{count:04d}-{row['id']}.txt").write_text(text, encoding="utf-8")
                count += 1
                if limit and count >= limit:
                    break
        sets[name] = target
    return sets


def run_make(inputs: Path, output: Path) -> None:
    command = [sys.executable, "-m", "briefing", "make", str(inputs), "-o", str(output)]
    subprocess.run([*command, "-f", "json,md"], check=False, capture_output=True, cwd=ROOT)


def parser():
    import spacy

    from briefing.language import default_model

    return spacy.load(default_model(), exclude=["lemmatizer"])


def reach(folder: Path) -> dict[str, float]:
    """How far into the article the memos go, and how many say what to watch."""
    furthest, shares, watch, beyond = [], [], 0, 0
    for path in sorted(folder.glob("*.json")):
        memo = json.loads(path.read_text(encoding="utf-8"))
        cited = [p["paragraph"] for p in [memo["bluf_point"], *memo["key_points"]]]
        furthest.append(max(cited))
        shares.append(max(cited) / max(len(memo["paragraphs"]), 1))
        beyond += max(cited) > 3
        watch += any(p.get("watch") for p in memo["key_points"])
    count = max(len(furthest), 1)
    return {
        "memos citing a paragraph past ¶3": 100 * beyond / count,
        "furthest paragraph cited, median share of the article": 100
        * sorted(shares)[len(shares) // 2]
        if shares
        else 0.0,
        "furthest paragraph cited, largest": max(furthest, default=0),
        "memos with a What to watch point": 100 * watch / count,
    }


def lint(folder: Path, nlp) -> tuple[dict[str, list[str]], int, int]:
    from briefing import language

    found: dict[str, list[str]] = defaultdict(list)
    memos = points = 0
    for path in sorted(folder.glob("*.json")):
        if path.name.startswith("digest-"):
            continue
        memo = json.loads(path.read_text(encoding="utf-8"))
        memos += 1
        items = [memo["bluf_point"], *memo["key_points"]]
        points += len(items)
        texts = [item["text"] for item in items]
        for item, parsed in zip(items, nlp.pipe(texts), strict=True):
            text, source = item["text"], item.get("source", "")
            where = f"{path.stem}: {text}"
            attributed = REPORTING.search(source) or QUOTE.search(source)
            if attributed and not (REPORTING.search(text) or QUOTE.search(text)):
                found["attribution dropped"].append(f"{where}  <=  {source}")
            if OPENERS.match(text) or _fronted_pronoun(text):
                found["opens with a pronoun or connective"].append(where)
            if FURNITURE.search(text):
                found["furniture, captions, promotion"].append(where)
            elif MEDIA.search(text):
                found["mentions social media or pictures (for reading)"].append(where)
            if FIRST_PERSON.search(QUOTED.sub(" ", text)):
                found["first person outside quotes (wide net)"].append(where)
            words = [t for t in parsed if not (t.is_punct or t.is_space)]
            # A main verb with a subject and no auxiliary is finite too, whatever its tag: the
            # tagger takes some for bare or past forms ("[Burren Energy] successfully bid for the
            # two contracts", "callers on average hang up after just 65 seconds").
            finite = any(t.tag_ in FINITE for t in words) or language.acts_with_subject(words)
            # An imperative: a bare verb as the root, with no subject ("Think back to ...";
            # not "Ask Jeeves has become ...", whose first word is a name's).
            imperative = any(
                t.dep_ == "ROOT"
                and t.tag_ == "VB"
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children)
                for t in words
            )
            if not finite or imperative:
                found["not a sentence (no finite verb, or an imperative)"].append(where)
            if text.endswith("…") or not CLOSED.search(text):
                found["point cut or unclosed"].append(where)
        background = memo.get("background") or ""
        if background and (background.endswith("…") or not CLOSED.search(background)):
            found["background cut mid-sentence"].append(f"{path.stem}: …{background[-80:]}")
    return found, memos, points


RULES = (
    "attribution dropped",
    "opens with a pronoun or connective",
    "furniture, captions, promotion",
    "first person outside quotes (wide net)",
    "not a sentence (no finite verb, or an imperative)",
    "point cut or unclosed",
    "background cut mid-sentence",
    "mentions social media or pictures (for reading)",
)


def main() -> None:
    parser_ = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser_.add_argument("--bbc", type=int, default=300, help="bbc_news rows to read")
    parser_.add_argument("--keep", type=Path, help="write inputs and memos here, and keep them")
    parser_.add_argument("--examples", type=int, default=4)
    args = parser_.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="memo-lint-"))
    sets = write_sets(work / "inputs", args.bbc)
    nlp = parser()
    results, reaches = {}, {}
    for name, inputs in sets.items():
        output = work / "memos" / name
        run_make(inputs, output)
        results[name] = lint(output, nlp)
        reaches[name] = reach(output)
    header = " | ".join(f"{n} ({r[1]} memos, {r[2]} points)" for n, r in results.items())
    print(f"| rule | {header} |")
    print("|---|" + "---|" * len(results))
    for rule in RULES:
        cells = []
        for _, (found, memos, points) in results.items():
            count = len(found.get(rule, []))
            base = memos if rule.startswith("background") else points
            cells.append(f"{count} ({100 * count / max(base, 1):.1f}%)")
        print(f"| {rule} | {' | '.join(cells)} |")
    print()
    for name, figures in reaches.items():
        print(
            f"{name}: "
            + "; ".join(
                f"{k}: {v:.0f}{'%' * ('memos' in k or 'share' in k)}" for k, v in figures.items()
            )
        )
    for name, (found, _, _) in results.items():
        for rule in RULES:
            for example in found.get(rule, [])[: args.examples]:
                print(f"[{name}] {rule}: {example}")


if __name__ == "__main__":
    main()
