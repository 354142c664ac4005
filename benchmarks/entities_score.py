"""Score the memo's "Named in the article" lists against the hand-annotated gold set.

For each article of `entities_gold/gold.jsonl` (ids only; the text is read from the shared
evaluation data), both readers list names: the NER-based `briefing.entities` and the rule-based
reader it replaced (`entities_rules_baseline.py`). A listed name is right when it is a gold
entity's name or alias (case, a leading "the" and a possessive aside) and the listed type is
one the gold set allows; names marked "neutral" in the gold set count neither way; a second name
for an entity already listed is wrong. Must-see recall: the share of must-see entities listed
with a right type. See `entities_gold/GUIDELINE.md`.

    python benchmarks/entities_score.py [--shared ../shared] [--show] [--memos]

By default the salience cue from key points is left out (no engine runs): what is scored is the
list a memo without key points would print, before layout trims it. With `--memos`, the lists
are those of the memos `briefing make` writes with the default engine (its bottom line and key
points count towards salience), scored beside the rules; that run needs the sentence encoder.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

GOLD = ROOT / "benchmarks" / "entities_gold" / "gold.jsonl"
KINDS = {"people": "person", "organisations": "organisation", "places": "place"}


def normalise(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"(?:'s|’s|'|’)$", "", name)
    return re.sub(r"[\s.]+", " ", name.replace("’", "'")).strip().lower()


def score(listed: list[tuple[str, str]], gold: list[list]) -> dict:
    """Right and wrong listed names, and must-see entities found, for one article."""
    index = {}
    for n, (name, _types, _must, aliases) in enumerate(gold):
        for form in (name, *aliases):
            index.setdefault(normalise(form), n)
    right, wrong, seen, found = [], [], set(), set()
    for name, kind in listed:
        n = index.get(normalise(name))
        if n is not None and gold[n][1] == "neutral":
            continue
        if n is None or kind not in gold[n][1].split("|") or n in seen:
            wrong.append(f"{name} ({kind})")
            continue
        seen.add(n)
        right.append(name)
        found.add(n)
    must = [n for n, entity in enumerate(gold) if entity[2]]
    missed = [gold[n][0] for n in must if n not in found]
    return {"right": right, "wrong": wrong, "must": len(must), "missed": missed}


def load_rows(shared: Path, wanted: dict[str, str]) -> dict[str, dict]:
    rows = {}
    for name in sorted(set(wanted.values())):
        with (shared / "eval" / f"{name}.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if row["id"] in wanted:
                    rows[row["id"]] = row
    return rows


def document_of(row: dict):
    from briefing.load import parse_text
    from briefing.segment import segment

    text = f"{row['title']}\n\n{row['article']}" if row.get("title") else row["article"]
    return segment(parse_text(text, path=Path(f"{row['id']}.txt"), sha256=row["id"]))


def memo_entities(rows: dict[str, dict]) -> dict:
    """The names each article's memo lists, by article id: `briefing make` run on the articles
    written out as text files, with the default engine."""
    import tempfile

    from briefing.api import make
    from briefing.config import Settings

    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder, "in")
        inputs.mkdir()
        files = {}
        for n, (row_id, row) in enumerate(sorted(rows.items())):
            path = inputs / f"{n:03d}.txt"
            text = f"{row['title']}\n\n{row['article']}" if row.get("title") else row["article"]
            path.write_text(text + "\n", encoding="utf-8")
            files[path.name] = row_id
        settings = Settings(formats=("json",), output_dir=Path(folder, "out"), cache=False)
        result = make(inputs, settings)
        made = {}
        for outcome in result.outcomes:
            if outcome.memo is None:
                raise SystemExit(f"{outcome.path.name}: {outcome.error or 'no memo'}")
            made[files[outcome.path.name]] = outcome.memo.entities
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", action="store_true", help="print each article's errors")
    parser.add_argument(
        "--gold", type=Path, default=GOLD, help="the annotations (default: %(default)s)"
    )
    parser.add_argument(
        "--memos",
        action="store_true",
        help="score the lists of the memos `briefing make` writes (key points count)",
    )
    args = parser.parse_args()

    import entities_rules_baseline as rules

    from briefing.entities import extract_entities
    from briefing.language import default_model, with_mentions

    gold = [json.loads(line) for line in args.gold.read_text("utf-8").splitlines() if line.strip()]
    rows = load_rows(args.shared, {g["id"]: g["set"] for g in gold})
    readers = {
        "rules (before)": lambda d: rules.extract_entities(d),
        f"NER {default_model()} (now)": lambda d: extract_entities(with_mentions(d)),
    }
    if args.memos:
        made = memo_entities(rows)
        readers[f"NER {default_model()}, memos (now)"] = lambda d: made[d.article.sha256]
        del readers[f"NER {default_model()} (now)"]
    totals = {name: {} for name in readers}
    for name, read in readers.items():
        started = time.perf_counter()
        for entry in gold:
            document = document_of(rows[entry["id"]])
            entities = read(document)
            listed = []
            for field, kind in KINDS.items():
                for item in getattr(entities, field):
                    listed.append((item if isinstance(item, str) else item.name, kind))
            result = score(listed, entry["entities"])
            for key in ("all", entry["set"]):
                tally = totals[name].setdefault(
                    key, dict.fromkeys(("right", "wrong", "must", "hit", "n"), 0)
                )
                tally["right"] += len(result["right"])
                tally["wrong"] += len(result["wrong"])
                tally["must"] += result["must"]
                tally["hit"] += result["must"] - len(result["missed"])
                tally["n"] += 1
            if args.show and (result["wrong"] or result["missed"]):
                print(f"{name} {entry['id']}: wrong {result['wrong']} missed {result['missed']}")
        totals[name]["seconds"] = time.perf_counter() - started

    print(f"python benchmarks/entities_score.py  ({len(gold)} articles, {args.gold})")
    print()
    print("| reader | set | listed/article | precision | must-see recall |")
    print("| --- | --- | --- | --- | --- |")
    for name in readers:
        for key in ("all", "writers_dev", "bbc_news"):
            if key not in totals[name]:
                continue  # a gold file of one set
            t = totals[name][key]
            listed = t["right"] + t["wrong"]
            print(
                f"| {name} | {key} | {listed / t['n']:.1f} | "
                f"{t['right'] / max(listed, 1):.3f} ({t['right']}/{listed}) | "
                f"{t['hit'] / max(t['must'], 1):.3f} ({t['hit']}/{t['must']}) |"
            )


if __name__ == "__main__":
    main()
