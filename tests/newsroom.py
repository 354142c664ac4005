"""Short news articles a test writes for itself: distinct titles, places, figures and quotes."""

from __future__ import annotations

from pathlib import Path

PLACES = ("Leeds", "Cardiff", "Glasgow", "Belfast", "Bristol", "Norwich", "Hull", "Derby")
TOPICS = (
    ("council", "approved a plan to rebuild", "bridges", "transport"),
    ("health board", "opened", "walk-in clinics", "health"),
    ("university", "announced", "research grants", "education"),
    ("water company", "was fined for", "sewage spills", "environment"),
)
PEOPLE = ("Amira Khan", "Tom Reid", "Grace Owusu", "Liam Doyle", "Priya Nair", "Sean Walsh")


def write_articles(folder: Path, count: int) -> list[Path]:
    """`count` plain-text articles in `folder`, each with a headline and four paragraphs."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        place = PLACES[n % len(PLACES)]
        body, verb, thing, tag = TOPICS[n % len(TOPICS)]
        person = PEOPLE[n % len(PEOPLE)]
        amount = 3 + n * 7 % 40
        things = 2 + n % 9
        text = f"""{place} {body} {verb} {things} {thing} in week {n + 1}

{place.upper()}: The {place} {body} {verb} {things} {thing} on Tuesday, at a cost of £{amount}m, \
officials said. The decision followed months of public meetings.

"This is the biggest investment in {thing} for a generation," said {person}, who leads the \
{body}. {person} said work would start in {("March", "June", "October")[n % 3]}.

Opposition members argued the £{amount}m could have been spent on housing. A vote on the \
budget is due before the end of the year.

Residents in {place} have campaigned on {tag} for a decade. About {things * 1200} people signed \
a petition last spring.
"""
        path = folder / f"article-{n:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
