"""Entities: the people, organisations and places an article names, from its NER mentions.

The language pipeline (`language.find_mentions`) tags every name in the article; this module
turns those mentions into one entry per real-world entity:

- clean: a leading "the" and a trailing possessive go; "Western Sahara's Polisario Front" is two
  names when "Western Sahara" is named on its own; spans with stray lower-case words, digits in
  words, addresses or more than seven words are mangled and dropped, as are words the article
  also writes in lower case ("Defence" next to "defence") and mentions in boilerplate: bylines,
  credits, the outlet in a dateline ("Hong Kong (CNN)") and a title made from the file name;
- merge: a part of a person's name counts for the full name ("Asif", "Khawaja Asif" ->
  "Khawaja Muhammad Asif"), an acronym for the name it abbreviates ("FBI" -> "Federal Bureau of
  Investigation"), the start of an organisation's name for the whole ("Labour" -> "Labour
  Party"), whatever label the model gave each mention;
- complete: a span the model cut short takes the rest of the name the text goes on with ("the
  Affordable Care" + "act", a law; "Swansea Unite" + "Against Fascism (UAF)"; "the Board of
  Deputies" + "of British Jews"); an abbreviation in brackets is the name before it, in any case
  ("State Environmental Protection Agency (Sepa)");
- type: by the majority of the mentions' labels, unless the words around the mentions say
  otherwise ("stopping off in Eastleigh", "Matalan founder", "a cheque from Unite", "Mr Gray");
  a person needs a full name somewhere in the
  article (a lone "Rabat" tagged as a person is the city it is elsewhere); nationalities and
  demonyms (NORP) are never places; a place that acts as a team in a sports story ("Liverpool
  beat Chelsea") is an organisation;
- rank: by salience, from the number of mentions, the title, the lead, the dateline, the key
  points and the first position; a name mentioned once, late and nowhere that matters is kept in
  the JSON but not listed.

Roles ("Abdellatif Loudyi, the Moroccan Government official ...") come from `roles`, which
parses the sentences where the listed people are first named.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from .calendar_words import MONTHS, WEEKDAYS
from .listing import listing_paragraphs
from .parties import NATIONAL_PARTIES, PARTIES_BY_MEMBERS, PARTY_MEMBER, is_party_name
from .records import Document, Entities, Entity, Mention
from .summarise.standalone import is_furniture
from .titles import (
    CLUB_OPENINGS,
    DEMONYMS,
    PERSON_OF_A_NATION,
    TITLES,
    census_surnames,
    country_names,
    given_names,
)

KINDS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",  # nationalities, religions: typed, never listed (parties: see below)
}
LISTED = ("person", "organisation", "place")
# The model's labels of what no list names: events, works, laws (not its products, a label
# the small model gives firms and surnames as readily: "F-Secure", "Mendes")
THING_LABELS = frozenset({"EVENT", "WORK_OF_ART", "LAW"})
# The everyday names of the countries news names most often by more than one: one entry each,
# named by the fullest form the article uses ("UK" and "Britain" in one story are one place).
COUNTRY_ALIASES = {
    alias: country
    for country, aliases in {
        "united kingdom": ("uk", "u k", "britain", "great britain"),
        "united states": ("us", "u s", "usa", "u s a", "america", "united states of america"),
        "united arab emirates": ("uae", "u a e"),
        "soviet union": ("ussr",),
        "netherlands": ("holland",),
    }.items()
    for alias in (country, *aliases)
}
# Bodies that news names by more than one name, each of which the model reads on its own: one
# entry each, named by the fullest form the article uses ("ISIS" and "Islamic State" in one story).
BODY_ALIASES = {
    alias: body
    for body, aliases in {
        "islamic state": (
            "isis",
            "isil",
            "daesh",
            "islamic state of iraq and syria",
            "islamic state of iraq and the levant",
        ),
        "al qaeda": ("al qaida", "al quaeda", "alqaeda"),
    }.items()
    for alias in (body, *aliases)
}
# A product's model code: capitals and digits in one word ("DB9", "A380", "PS2"), after the maker
_MODEL_CODE = re.compile(r"(?=[^\s]*\d)(?=[^\s]*[A-Z])[A-Z\d-]{2,}")
LIMIT = 5  # names listed per kind, most salient first
LONE_PERSON_VOTES = 3  # a lone name read as a person this often is none of the other kinds
MIN_SALIENCE = 2.0  # one mention and nothing else that marks the name as part of the story
MAX_WORDS = 7
LEAD_PARAGRAPHS = 2
# Lower-case words a name may contain ("Bank of England", "Charles de Gaulle", "Fondation pour
# l'Enfance"); "the" only after one of the first five ("Museum of the Moon").
PARTICLES = frozenset(
    "of for and on in at the de del della di da das do dos du des la le les l' d' pour et sur "
    "van von der den ter ten bin ibn al el y e & 's".split()
)
_PARTICLE_PREFIX = re.compile(r"^(?:d'|d’|l'|l’|al-|el-|bin-|ibn-)[A-Z]")
# Titles before a name that are not part of it: "Mr Odinga", "Councillor Izzi Seccombe".
# Seats in an assembly, written after the party and before the member's name.
MEMBER_TITLES = frozenset("MP MEP MSP AM MLA MS TD MK".split())
# Letters after a person's name: honours and offices, no part of it ("Guy Mansfield QC").
POST_NOMINALS = MEMBER_TITLES | frozenset("QC KC OBE MBE CBE KBE DBE JP".split())
# Peers' titles, part of the name a peer goes by ("Lord Rix"), unless the article also gives
# the peer's own name ("Brian Rix").
# Only the men's: "Lady Thatcher" is not "Sir Mark Thatcher", whom the article may name too.
PEERAGES = frozenset("lord baron earl viscount".split())
# Words that only ever stand before a name: a person's name never ends on one.
_TITLE_BEFORE_A_NAME = PEERAGES | frozenset("sir dame lady".split())
# Head words that type a name whatever the model said: "Jubilee Coalition" is no person,
# "Maidan Square" no person and "Coronation Fountain" no organisation.
ORG_HEADS = frozenset(
    """coalition party council association union committee ministry department agency group
    trust foundation institute university college school academy corporation company inc ltd
    plc bank society federation league club board commission court service services fund
    alliance front army navy authority united utd fc rovers athletic wanderers museum gallery
    theatre theater hospital police constabulary appeal charity cooperative co-operative
    laboratory laboratories""".split()
)
# Of those, the bodies a place's name never ends in: not "bank", "union", "court" or
# "federation" ("West Bank", "Soviet Union", "Earls Court", "Russian Federation").
INSTITUTION_HEADS = frozenset(
    """university college council hospital museum gallery theatre theater club league school
    academy ministry department committee commission police constabulary association trust
    foundation institute corporation society fund authority agency alliance appeal
    charity cooperative co-operative laboratory""".split()
)
PLACE_HEADS = frozenset(
    """square street road avenue lane airport stadium bridge station fountain province county
    island islands river peninsula mountains valley dam reservoir canal tunnel motorway
    harbour castle palace cathedral abbey mosque airfield aerodrome racecourse prison jail
    gaol""".split()
)
# Events, competitions, laws and programmes of policy ("the Lisbon Agenda"), which the model
# takes for organisations or places: a name that ends in one is none of the three kinds the memo
# lists.
EVENT_AND_LAW_HEADS = frozenset(
    """games olympics cup championship championships tournament festival award awards prize act
    bill treaty protocol accord accords convention summit budget election elections referendum
    open indoors prix marathon premiership slam slams index agenda declaration charter pact
    doctrine""".split()
)
# The last words of newspapers' names ("The New York Times", "Daily Mail")
PUBLICATION_HEADS = frozenset(
    """times post journal herald gazette telegraph tribune chronicle mail express mirror observer
    guardian independent""".split()
)
# Days and weeks kept or marked ("Anzac Day", "Christmas Eve"), and periods of history ("the
# Mesolithic Period"), which the model takes for places or bodies; a person may be called so
# ("Doris Day").
DAY_HEADS = frozenset("day eve week period".split())
# Adjectives of continents and regions, which begin names but never end them.
CONTINENTAL = frozenset("European African Asian Arab Latin Nordic Scandinavian Caribbean".split())
# Sites and works that the model takes for organisations ("the Three Gorges Dam", "Xiluodu
# Power Plant"), but surnames too ("Robert Plant", "Michael Bay"): they retype organisations
# only.
FACILITY_HEADS = frozenset("plant lake bay beach park mine pier".split())
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_INNER_POSSESSIVE = re.compile(r"^(.+?)(?:'s|’s) (.+)$")
# Words that close the name of a part of a place (a constituency, a district), never a surname
# after a word that is no first name
_PART_OF_A_PLACE = frozenset("North South East West Central".split())
_POSSESSIVE_BEFORE = re.compile(r"\w(?:'s|’s) $")
_ADDRESS = re.compile(r"@|https?:|www\.|\.(?:com|org|net|co\.uk)\b", re.IGNORECASE)
_HASHLIKE = re.compile(r"\w*\d\w*[a-zA-Z]\w*\d|\d{3,}")
# Short lines that credit rather than report: bylines, photo credits, prompts ("By Jane Hill",
# "Photo: Getty Images", "Follow us on Twitter"); a long sentence that starts "By 2020, ..." is
# news.
_CREDIT_LINE = re.compile(
    r"^\s*(?:by|reporting by|written by|edited by|photo(?:graph)?s?|pictures?|images?|credit|"
    r"source|copyright|follow|read more|click|sign up|published|updated|last updated)\b",
    re.IGNORECASE,
)
CREDIT_WORDS = 12
# Credits anywhere in a sentence.
_CREDIT = re.compile(
    r"contributed to this report|all rights reserved|©|\bgetty images\b|"
    r"\bfollow (?:us|him|her|them)? ?(?:on|@)",
    re.IGNORECASE,
)
_DATELINE_OUTLET = re.compile(r"\(([^()]{1,40})\)\s*(?:--|—|–|-)?\s*\S?")
# What a voice in the story does: says, or answers the news ("Iain Duncan Smith, one of the chief
# critics of the plans, condemned the debate as a 'charade'"); not "denied" nor "accused", as often
# done to someone ("was denied bail", "accused of murder").
_REPORTED = re.compile(
    r"\b(?:said|says|told|added|warned|argued|insisted|explained|stated|wrote|admitted|"
    r"condemned|criticised|criticized|complained|urged|welcomed|rejected|responded|replied)\b"
)
_ACCORDING = re.compile(r"\baccording to (?:the )?$")
_SCORE = re.compile(r"\d+[-–]\d+")
_MEMBERS = re.compile(r" [A-Z]{2,4}s$")  # "Labour MPs", "Tory MEPs"
_DEMONYM = re.compile(r"(?:an|ian|ese|ish|i|ic)s?$")
# The endings of such a word that describes ("Kuwaiti", "Congolese"); not "-an" nor a plural's
# "-s", which end many places' names ("Milan", "Sudan", "Paris")
_ADJECTIVE_OF_A_PEOPLE = re.compile(r"(?:ian|ese|ish|i|ic)$")
IRREGULAR_DEMONYMS = frozenset("Dutch French Swiss Greek Thai Welsh Czech Scots Brits".split())
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;] )\b[A-Z][\w’'-]* $")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]?(?:[A-Z&][a-z]?){1,5}")

SPORTS_CUES = 3  # distinct sporting words that make a story a sports story
# Words only sport uses in news; a story needs one of them ("win", "beat", "final", "fans" and
# "season" tell of awards, elections, consoles and shows as often; so do "caps", "squad",
# "tries" and "coaching", of spending, police and anyone's efforts)
SPORTING_TERMS = frozenset(
    """goal goals scored scorer striker midfielder defender goalkeeper keeper winger league cup
    championship tournament semi-final quarter-final fixture stadium referee innings wicket
    wickets rugby football cricket tennis premiership kick-off half-time seed seeded seeds medal
    medallist athletics athlete athletes sprinter golfer boxer jockey hamstring quarter-finals
    semi-finals""".split()
)
# The words a match report is counted by (`_a_match_report`), of which a sports story has a few
SPORTS_WORDS = frozenset(
    """match matches goal goals scored scorer striker midfielder defender goalkeeper keeper winger
    league cup season championship tournament semi-final quarter-final final fixture squad club
    clubs fans stadium referee penalty penalties tries innings wicket wickets rugby football
    cricket tennis coach manager premiership draw drew victory defeat win beat beaten played
    player players kick-off half-time boss game games injury injured leg caps coaching
    seed seeded medal medallist athletics athlete athletes sprinter golfer boxer jockey""".split()
)
CONTEST_WORDS = 5  # or this many distinct sporting words of any kind
_TEAM_BEFORE = re.compile(
    r"\b(?:beat|beating|beaten by|against|v|vs|defeated|defeating|face|facing|host|hosting|"
    r"join|joined|joining|signed for|sign for|leave|left|leaving|play|playing|over|loan from|"
    r"loan at|"
    # a manager's or a player's time with a club: "took over at Liverpool", "a poor stint at
    # Leeds" (not "his career at Highbury", a ground that stands for its club)
    r"(?:took over|taking over|spell|stint) at|"
    # the other side of a fixture: "away at Fenerbahce", "at home to Everton"
    r"away (?:at|to|from)|at home to|"
    # "his favourite team Barcelona", "Premiership side Bolton"
    r"team|side|club|"
    r"loaned to|loaned from|signing from|move to|move from|transfer to|transfer from|"
    r"(?:loss|defeat|lost|losing|draw|drew|drawn|win|won|victory|clash|meeting|tie)\s+"
    r"(?:to|against|with|over|at|by))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# (the names of a list share the word after its last: "former West Ham, Portsmouth and
# Tottenham manager")
_TEAM_AFTER = re.compile(
    r"^(?:(?:,| and| or) (?-i:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}))*"
    r"(?:'s?|’s?)?\s+(?:beat|won|win|lost|lose|drew|draw|scored|face|host|play|manager|boss|"
    r"coach|striker|midfielder|defender|goalkeeper|keeper|winger|forward|captain|squad|side|"
    r"team|player|players|fans|supporters|chairman|skipper|\d+-\d+)\b",
    re.IGNORECASE,
)


@dataclass
class _Cluster:
    """The mentions of one entity, gathered while reading (private, mutable)."""

    forms: Counter[str] = field(default_factory=Counter)  # cleaned surface form -> mentions
    votes: list[tuple[str, str | None]] = field(default_factory=list)  # (form, kind) a mention
    paragraphs: list[int] = field(default_factory=list)
    first: tuple[int, int] = (1 << 30, 0)
    team_like: int = 0
    located: bool = False  # a mention right after "in"
    determined: int = 0  # mentions right after "the" or "a", which no person's name takes
    quoted: bool = False  # a mention in a sentence that reports what someone said
    # Mentions whose words say "organisation" or "place" ("Matalan founder", "near Eastleigh")
    cues: Counter[str] = field(default_factory=Counter)

    @property
    def name(self) -> str:
        """The fullest form: most words, then most mentions, then first seen."""
        order = [f for f in self.forms if not _opened_by_a_verb(f, self.forms)] or list(self.forms)
        return max(order, key=lambda f: (len(f.split()), self.forms[f], -order.index(f)))

    def add(
        self,
        form: str,
        kind: str | None,
        mention: Mention,
        # a team, after "in", a speaker, a cue, after "the"
        context: tuple[bool, bool, bool, str | None, bool],
    ) -> None:
        team_like, located, quoted, cue, determined = context
        self.determined += determined
        if cue:
            self.cues[cue] += 1
        self.forms[form] += 1
        self.votes.append((form, kind))
        if mention.paragraph not in self.paragraphs:
            self.paragraphs.append(mention.paragraph)
        self.first = min(self.first, (mention.paragraph, mention.start))
        self.team_like += team_like
        self.located = self.located or located
        self.quoted = self.quoted or quoted

    def absorb(self, other: _Cluster) -> None:
        self.forms.update(other.forms)
        self.votes.extend(other.votes)
        self.paragraphs = sorted(set(self.paragraphs) | set(other.paragraphs))
        self.first = min(self.first, other.first)
        self.team_like += other.team_like
        self.located = self.located or other.located
        self.determined += other.determined
        self.quoted = self.quoted or other.quoted
        self.cues.update(other.cues)

    @property
    def labels(self) -> Counter[str]:
        return Counter(kind for _, kind in self.votes if kind)


def extract_entities(
    document: Document, points: Sequence[str] = (), model: str | None = None
) -> Entities:
    """People, organisations and places named in the document, most salient first; `points`
    are the memo's bottom line and key points, which count towards salience. Roles are read for
    the listed people with the spaCy pipeline `model` (None: the default)."""
    from .language import with_mentions

    document = with_mentions(document, model)
    ranked = rank(document, points)
    found = tuple(entity for entity, _ in ranked)
    listed = {
        kind: [e for e, salience in ranked if e.kind == kind and _listable(e, salience)][:LIMIT]
        for kind in LISTED
    }
    if listed["person"]:
        from .roles import read_roles

        roles = read_roles(document, listed["person"], model)
        reporters = {e.name for e in listed["person"] if _reports_it(e, roles.get(e.name))}
        if reporters:
            # correspondents tell the story and are no actors in it: the next people named take
            # their places
            people = [e for e, salience in ranked if e.kind == "person" and _listable(e, salience)]
            more = people[LIMIT : LIMIT + len(reporters)]
            roles |= read_roles(document, more, model) if more else {}
            listed["person"] = [
                e for e in people[: LIMIT + len(reporters)] if e.name not in reporters
            ][:LIMIT]
        found = tuple(replace(e, role=roles.get(e.name)) for e in found)
        listed = {k: [replace(e, role=roles.get(e.name)) for e in v] for k, v in listed.items()}
    return Entities(
        people=tuple(listed["person"]),
        organisations=tuple(listed["organisation"]),
        places=tuple(listed["place"]),
        found=tuple(found),
    )


def _reports_it(person: Entity, role: str | None) -> bool:
    """Whether the person is a correspondent who tells the story ("Danny Shaw, BBC home affairs
    correspondent"), not one the story is about: named neither in the headline nor in the first
    paragraph ("BBC correspondent Alan Johnston has been freed"). Not a "reporter", a word news
    uses as often of one the story is about ("comparing a Jewish reporter to a concentration
    camp guard": Oliver Finegold, the Evening Standard reporter)."""
    return (
        role is not None
        and _REPORTER_ROLE.search(role) is not None
        and not {0, 1} & set(person.paragraphs)
    )


_REPORTER_ROLE = re.compile(r"\bcorrespondents?\b", re.IGNORECASE)


def _listable(entity: Entity, salience: float) -> bool:
    """People named in full are the story's actors; an organisation or a place needs more than
    one passing mention (see `MIN_SALIENCE`)."""
    return entity.kind == "person" or salience >= MIN_SALIENCE


def rank(document: Document, points: Sequence[str] = ()) -> tuple[tuple[Entity, float], ...]:
    """Every entity the article names, merged and typed, with its salience, most salient
    first."""
    mentions = document.mentions or ()
    # A line-up, a live-text log or a chronology names everyone on the pitch or in the timeline,
    # and the model reads its shorthand badly ("Millwall 0" and "Attempt" as organisations):
    # the story's names are those of its prose.
    listed = listing_paragraphs(document)
    sports = _is_sports(document)
    captions = _captions(document)
    body = [
        m
        for m in _completed(
            document,
            _coordinated_people(document, _listed_apart(_joined(document, mentions, sports))),
        )
        if m.paragraph > 0
        and m.paragraph not in listed
        and not _boilerplate(document, m)
        and not _a_medium(document, m)
        and not _in_a_title(document, m)
        and not _glued_to_a_colon(document, m)
        and not _a_section_label(document, m)
        and not _another_name_for(document, m)
        and not _counted(document, m)
    ]
    # Who is only in a picture ("... rides the challenge of Liverpool defender Dejan Lovren
    # (left)") is not in the story; a caption's mention of one its text names counts.
    pictured = [
        m for m in body if any(p == m.paragraph and a <= m.start < b for p, a, b in captions)
    ]
    if pictured:
        told = _outside(document, captions)
        body = [
            m
            for m in body
            if m not in pictured or re.search(rf"\b{re.escape(m.text.split()[-1])}\b", told)
        ]
    # A name given only as a brand ("the Beringer and Wolf Blass brands") is no entry; one the
    # text also names otherwise ("Maserati" of "the Maserati brand") keeps every mention.
    brands = [m for m in body if _a_brand(document, m)]
    if brands:
        named_otherwise = {_key(m.text) for m in body if m not in brands}
        body = [m for m in body if m not in brands or _key(m.text) in named_otherwise]
    works = _works(document, body)
    clusters = _merge(document, body, works, sports=sports)
    title = document.article.title if not _title_is_file_name(document) else ""
    dateline = (document.article.source.dateline or "").lower()
    excluded = {(document.article.source.author or "").lower()}
    body_text = " ".join(p.text for p in document.paragraphs if p.index not in listed)
    # Nationalities as adjectives ("Dutch", "British"); not plurals, which name parties too
    # ("Liberal Democrats")
    towns = {m.text for m in mentions if m.label == "GPE"}
    nationalities = {
        m.text
        for m in mentions
        if m.label == "NORP"
        and not m.text.endswith("s")
        and (_DEMONYM.search(m.text) or m.text in IRREGULAR_DEMONYMS)
    }
    # (not a surname that a name in full ends on already: merged with it where it is one
    # person's, and "Williams" of Shane and Martyn Williams is no one's first name to find)
    in_full = {c.name.rsplit(" ", 1)[-1] for c in clusters if " " in c.name}
    for cluster in clusters:
        if cluster.name not in in_full:
            _complete_person(cluster, document, body)
    clusters = _same_names_joined(clusters)
    # One-word names the model reads as a body at least as often as anything else
    bodies = {
        c.name
        for c in clusters
        if " " not in c.name and c.labels["organisation"] * 2 >= sum(c.labels.values()) > 0
    }
    # Surnames of the people named in full ("Scott" of Walter Scott and Tim Scott)
    surnames = {c.name.split()[-1] for c in clusters if " " in c.name and c.labels["person"]}
    # Each name the model read on its own somewhere
    names_alone = {form for c in clusters for form in c.forms if " and " not in form}
    real_names = _real_names(body_text)
    kinds = {id(c): _kind(c, sports, surnames) for c in clusters}
    if sports:
        # a player the model read as a body, whom a squad or the match's log names with his
        # side in brackets (lists the body's text leaves out)
        every_word = " ".join(p.text for p in document.paragraphs)
        kinds.update(
            {
                id(c): "person"
                for c in clusters
                if kinds[id(c)] == "organisation" and _player_and_side(c.name, every_word)
            }
        )
    kinds.update(_acronyms_of_parents(clusters, kinds))
    if sports:
        kinds.update(_places_as_sides(clusters, kinds, body_text))
    if sports and _a_match_report(body_text):
        kinds.update(_countries_as_teams(clusters, kinds, body_text))
        kinds.update(_grounds(clusters, kinds, body_text))
    # What the model reads as an event, a work or a law, by the name's whole form ("the Super
    # Bowl": an event five times, a building once; "the Iraq war" is no mention of Iraq)
    things = Counter(_key(_strip_the(m.text)) for m in body if m.label in THING_LABELS)
    scored = []
    for cluster in clusters:
        kind = kinds[id(cluster)]
        entity_name = cluster.name
        if sum(things[_key(f)] for f in cluster.forms) > sum(cluster.labels.values()):
            continue  # a thing in most of its mentions: typed by their majority, no entry
        if entity_name in works:
            continue  # "Housewives", whose full name is a show's: "the hit Desperate Housewives"
        if entity_name in real_names.values():
            continue  # "Corey Miller": C-Murder's own name, one entry with the name he goes by
        if entity_name in real_names:
            kind = "person"  # "C-Murder, real name Corey Miller": a person, whatever he is called
        if kind == "person" and cluster.determined == sum(cluster.forms.values()):
            # "the Mac Mini", "the Harry Potter films", "the Desperate Housewives star", every
            # time: a product's or a work's name, which the model reads as a person's by its
            # shape (a person is also written without it: "the Bush budget", "Mr Bush")
            continue
        if kind == "person" and entity_name.split()[0] in bodies and " " in entity_name:
            # "Yahoo Messenger", "Apple Powerbook": a body's product, named after the body the
            # article names alone (no person's first name is a firm's in the same story)
            continue

        person_cued = cluster.cues["person"] > max(
            (n for k, n in cluster.cues.items() if k != "person"), default=0
        )
        if kind == "person" and (
            _words_not_a_name(cluster, body_text) or _ends_on_a_noun(cluster, body_text)
        ):
            # "Classic Rock", "Xbox Live", "Being Digital": a title, a product; "Double Ross":
            # a horse; a band or a charity a body ("Snow Patrol were ...", "Age Concern say")
            if not _acts_as_a_group(entity_name, document):
                continue
            kind = "organisation"
        if kind == "person" and _INNER_POSSESSIVE.match(entity_name):
            # "Tony Hawk's Underground", "Childe Harold's Pilgrimage": a game's or a poem's
            # title, named for its hero; no one's name has a possessive inside it
            continue
        if kind == "person" and _surname_a_common_noun(cluster, body_text):
            continue  # "Chestnut Honey" in a tasting of honeys: the text's noun, no surname
        if kind == "person" and _plural_of_a_name(entity_name, body_text):
            continue  # "The young Billy Elliots" of the musical "Billy Elliot": no one person
        if kind == "person" and not person_cued and _named_like_a_thing(entity_name, body_text):
            # "Arcade Fire", "Blue Gene", "Snow Patrol": read as a person's name by its
            # shape, but named in full every time, as a band, a machine or a club is; unless
            # the words around it say a person ("British star Clive Owen", "rapper Snoop Dogg")
            others = {k: n for k, n in cluster.labels.items() if k != "person" and n}
            if others:
                kind = max(others, key=others.__getitem__)
            else:
                # a band, a club, a firm is a body; a machine or a show is not listed
                kind = "organisation" if _acts_as_a_group(entity_name, document) else None
        if kind not in LISTED or entity_name.lower() in excluded:
            continue
        if kind == "place" and _named_as_a_product(entity_name, document.mentions or ()) >= len(
            cluster.votes
        ):
            continue  # "Windows" of "a Windows virus" and of "PCs running Windows 95"
        if any(w.lower().rstrip(".") in _AGAINST for w in entity_name.split()[1:-1]):
            continue  # "Freddy Vs Jason": two names set against each other, a match's or a film's
        if _two_names_joined(entity_name, names_alone, _after_a_list(document, cluster)):
            continue  # "Chelsea, Everton and Arsenal": the model ran two clubs into one name
        if entity_name.removesuffix("s") in MEMBER_TITLES:
            continue  # "MPs": the members of a house, no body's name
        if (
            kind in ("place", "organisation")
            and _key(entity_name) not in PARTIES_BY_MEMBERS
            and (
                _demonym(entity_name, clusters)
                or (kind == "place" and _residents(entity_name, body_text))
            )
        ):
            continue  # "Kashmiri" beside "Kashmir", "the Scots": a people, not a body
        if (
            kind == "place"
            and " " not in entity_name
            and _ADJECTIVE_OF_A_PEOPLE.search(entity_name)
            and not cluster.located
            and _only_before_a_noun(entity_name, document)
        ):
            continue  # "near the Kuwaiti border": a people's adjective, whatever the model read
        if (
            kind in ("place", "organisation")
            and re.fullmatch(r"[A-Z][a-z]+ic", entity_name)
            and not cluster.located
            and (ends := [p + len(entity_name) for p in _positions(body_text, entity_name)])
            and all(
                _before_a_noun(body_text, end)
                # (not before a body's noun: "the Atlantic magazine" is the magazine's name)
                and body_text[end + 1 :].split(" ", 1)[0].strip(",.;:").lower() not in ORG_NOUNS
                for end in ends
            )
        ):
            continue  # "the Olympic final", "Olympic champion": an adjective made of a name
        if (
            kind == "person"
            and entity_name.split()[0] in nationalities | DEMONYMS | CONTINENTAL
            and entity_name.split()[-1].lower() in PERSON_NOUNS | {"businessman", "businesswoman"}
        ):
            continue  # "European Businessman [of the Year]": a kind of person, an award's words
        if (
            kind != "person"
            and " " in entity_name
            and entity_name.split()[-1] in nationalities | DEMONYMS | CONTINENTAL
            # (but for a club named by its town and its people: "London Irish")
            and not (sports and kind == "organisation" and entity_name.rsplit(" ", 1)[0] in towns)
        ):
            # "Legendary Dutch", "the Norwich Union European [Indoor Championships]": a
            # people's or a continent's adjective ends no body's or place's name
            continue
        forms = sorted(
            (f for f in cluster.forms if not _opened_by_a_verb(f, cluster.forms)),
            key=lambda f: -len(f),
        )
        if kind == "organisation":
            entity_name = _without_its_country(entity_name, body_text)
            entity_name = _without_its_branch(entity_name, body_text)
            entity_name = _possessive_name(entity_name, f"{title}\n{body_text}")
            entity_name = _party_by_its_name(entity_name, cluster.forms, body_text)
            if entity_name not in forms and not _POSSESSIVE.search(entity_name):
                forms.append(entity_name)  # its own name as the text writes it counts as one
        surname = entity_name.split()[-1]
        if (
            kind == "person"
            and surname not in forms
            and _occurrences(body_text, [surname])
            and not _names_a_people(surname, body_text)  # "Davi Yanomami", "Yanomami people"
            and _party(surname, "PERSON", body_text) is None  # "Michael Tory", "Tory donor"
        ):
            forms.append(surname)  # "Townsend scored": the model missed a later mention
        # The model misses some mentions of a name it found ("Chelsea" tagged once of three):
        # the name's forms are counted in the text itself.
        mentions = max(sum(cluster.forms.values()), _occurrences(body_text, forms))
        in_points = sum(_named_in(point, forms) for point in points)
        salience = (
            mentions
            + 2.0 * _named_in(title, forms)
            + 1.5 * any(p <= LEAD_PARAGRAPHS for p in cluster.paragraphs)
            + 1.0 * (dateline in (f.lower() for f in forms))
            + 1.0 * cluster.quoted
            # A name the memo prints counts as one its headline gives: the reader looks it up
            # in the list ("Anne Hughes, 63, from Thame ..." in a point)
            + 2.0 * bool(in_points)
            + 0.5 * in_points
        )
        entity = Entity(
            name=entity_name,
            kind=kind,
            aliases=tuple(f for f in forms if f != entity_name),
            mentions=mentions,
            paragraphs=tuple(sorted(cluster.paragraphs)),
        )
        scored.append((-salience, cluster.first, entity))
    place = _dateline_place(document)
    if place and not any(
        place.lower() in (f.lower() for f in (e.name, *e.aliases)) for *_, e in scored
    ):
        # "Hong Kong (CNN) Six people were hurt ...": where the story is, though the text that
        # follows names it no more; a mention in the lead, and the dateline's
        salience = 1 + 1.5 + 1.0
        scored.append((-salience, (1, 0), Entity(name=place, kind="place", paragraphs=(1,))))
    ranked: list[tuple[Entity, float]] = []
    trading = {e.name for *_, e in scored if e.kind == "organisation"}
    for minus, _, entity in sorted(scored, key=lambda s: s[:2]):
        if " " not in entity.name and any(_trading_name(entity.name, n) for n in trading):
            continue  # "Southwest" beside "Southwest Airlines", "Tate" beside "Tate & Lyle"
        if any(e.kind == entity.kind and _swapped_letters(e.name, entity.name) for e, _ in ranked):
            continue  # "Thaliand" after "Thailand": the same place, mistyped
        if entity.mentions == 1 and any(
            e.kind == "person" and _mistyped(entity.name, e.name.rsplit(" ", 1)[-1])
            for e, _ in ranked
        ):
            continue  # "Pascuale" once, after Joe Pasquale: his name mistyped, read as a place
        if entity.kind == "person" and any(
            e.kind == "person" and _transliterated(e.name, entity.name) for e, _ in ranked
        ):
            continue  # "Victor Makarov" after "Viktor Makarov": one man, spelled two ways
        ranked.append((entity, -minus))
    return tuple(ranked)


def _acronyms_of_parents(clusters: Sequence[_Cluster], kinds: dict[int, str | None]) -> dict:
    """Initials read as a place's that open the names of the article's bodies or products ("BT"
    of "BT Retail" and "BT Together"): the body they belong to. No country is named so but
    those whose short names news uses (`COUNTRY_ALIASES`: "US" of "US Congress" stays one)."""
    openers = {
        c.name.split()[0] for c in clusters if " " in c.name and kinds[id(c)] == "organisation"
    }
    return {
        id(c): "organisation"
        for c in clusters
        if kinds[id(c)] == "place"
        and c.name in openers
        and _ACRONYM.fullmatch(c.name)
        and c.name.isupper()
        and _key(c.name) not in COUNTRY_ALIASES
        and _key(c.name) not in country_names()
    }


SIDE_WORDS = 2  # times the text writes a place's name as a side's, that make it one


def _places_as_sides(
    clusters: Sequence[_Cluster], kinds: dict[int, str | None], text: str
) -> dict[int, str]:
    """In a sports story, a place whose name the text writes as a side's, whether or not the
    model read it there: with a plural verb or a side's word after it ("Southampton have just
    drawn", "Southampton striker Henri Camara", "Southampton were last humbled"), at least
    `SIDE_WORDS` times. The model reads a club named for its town as the town."""
    sides = {}
    for c in clusters:
        if kinds[id(c)] != "place" or c.located or " " in c.name or c.name.endswith("s"):
            continue
        written = sum(
            1
            for form in c.forms
            for start in _positions(text, form)
            if _plural_subject(text, start, start + len(form))
            or _TEAM_AFTER.match(text[start + len(form) : start + len(form) + 80])
        )
        if written >= SIDE_WORDS:
            sides[id(c)] = "organisation"
    return sides


def _countries_as_teams(
    clusters: Sequence[_Cluster], kinds: dict[int, str | None], text: str
) -> dict[int, str]:
    """In a sports story where a country plays as a team ("a 24-18 win over France"), the
    other countries it names as one side of a match do too ("we'll worry about Ireland",
    "after we've beaten Scotland"): one match report lists its national sides together, not
    some as teams and some as places. Not a country named only as where ("the race in Italy",
    "their last tour of the United Arab Emirates"), which may host and play no one."""
    countries = [c for c in clusters if c.name.lower() in country_names()]
    if not any(kinds[id(c)] == "organisation" for c in countries):
        return {}
    return {
        id(c): "organisation"
        for c in countries
        if kinds[id(c)] == "place"
        and not c.located
        and any(
            not _WHERE_BEFORE.search(text[max(0, start - 12) : start])
            for form in c.forms
            for start in _positions(text, form)
        )
    }


def _grounds(
    clusters: Sequence[_Cluster], kinds: dict[int, str | None], text: str
) -> dict[int, str]:
    """In a match report, a body's name that is only ever where a match is played or a side
    goes ("meet on 12 March at Twickenham", "the trip to Murrayfield"), never a side that plays
    or a body called so, is a ground: a place. A club is named playing, joined or left."""
    return {
        id(c): "place"
        for c in clusters
        if kinds[id(c)] == "organisation"
        and not c.team_like
        and not c.cues["organisation"]
        and c.name.lower() not in country_names()
        # ("a Uefa Cup match at Sporting Lisbon": a club's name is the club, wherever it plays)
        and not _a_clubs_name(c.name)
        # ("a law lecturer at the University of Buckingham": an institution, where no side plays)
        and _head_word(c.name) not in INSTITUTION_HEADS
        and (starts := [start for form in c.forms for start in _positions(text, form)])
        and all(_AT_A_GROUND.search(text[max(0, start - 16) : start]) for start in starts)
        # ("at the Hellenic Olympic Committee building": the body's, not a ground)
        and not any(_BUILDING_AFTER.match(text, start + len(c.name)) for start in starts)
    }


_BUILDING_AFTER = re.compile(r"['’]?s? (?:building|buildings|headquarters|offices|office|HQ)\b")


_AT_A_GROUND = re.compile(r"\b(?:at|trip to|visit to|travel to|return to)(?: the)? $")


# A preposition of place before a name, and its "the": "in", "of the", "to".
_WHERE_BEFORE = re.compile(
    r"\b(?:in|of|at|from|into|across|around|near|outside|inside|throughout|"
    # a side goes to a place, and loses to a side ("lost 19-13 to Ireland")
    r"(?:trip|travel|travelled|tour|go|going|went|up|back|fly|flew) to)(?: the)? $",
    re.IGNORECASE,
)


def _named_like_a_thing(name: str, text: str) -> bool:
    """Whether a name read as a person's is written in full every time, three times or more,
    and opens on no first name the census lists: news names a person in full once, then by
    the surname ("Justin Bieber", then "Bieber"), while a band, a club, a product or a show
    keeps its whole name ("Snow Patrol", "Big Brother"). Not a peer or anyone
    named with a title ("Lord Woolf"), nor a surname of an Irish or Scottish shape ("Aiden
    O'Brien"), which says a person whatever the first name."""
    words = name.split()
    if len(words) < 2 or words[0].lower().rstrip(".") in TITLES | _TITLE_BEFORE_A_NAME:
        return False
    if any(part.lower() in given_names() for part in words[0].split("-")):
        return False
    if _GAELIC_SURNAME.match(words[-1]):
        return False
    from .load.fused.words import is_common_word

    if not any(is_common_word(word) for part in words for word in part.split("-")):
        # "Adil Rashid", "Biogen Idec": a first name the list lacks is as likely as a firm's
        # coined name; a common word in it ("Snow Patrol", "Blue Gene") is a thing's
        return False
    full = sum(1 for _ in _positions(text, name))
    return full >= NAMED_IN_FULL and sum(1 for _ in _positions(text, words[-1])) == full


NAMED_IN_FULL = 3  # a person named in full this often is named by the surname alone too


def _acts_as_a_group(name: str, document: Document) -> bool:
    """Whether a name is written as that of several people acting together: with a verb in the
    plural after it ("Snow Patrol were ..."), or opening a sentence that goes on with "their"
    or "they" ("Arcade Fire took to the stage ..., their arrival heralded by ..."). A machine,
    a product or a show is "it"; a person "he" or "she"."""
    plural = re.compile(rf"{re.escape(name)}\s+(?:were|are|have|[’']ve|[’']re)\b")
    for sentence in document.sentences:
        text = sentence.text
        if name not in text:
            continue
        if plural.search(text):
            return True
        if text.startswith(name) and _THEIRS.search(text, len(name)):
            return True
    return False


_THEIRS = re.compile(r"\b(?:their|they)\b")
_GAELIC_SURNAME = re.compile(r"(?:Mc|Mac|O['’])[A-Z]")


# Words after a firm's first word that say what it trades in or as: the firm goes by the first
# word alone ("Southwest" for "Southwest Airlines"). Not a club's ("Manchester United").
TRADES = frozenset(
    """airlines airways motors group holdings securities pharmaceuticals foods entertainment
    records pictures studios communications telecom technologies systems industries energy
    petroleum oil stores brewery breweries""".split()
)


def _trading_name(word: str, firm: str) -> bool:
    """Whether the word is the firm's first word and the rest of its name says what it trades
    as, or names a partner ("Tate & Lyle")."""
    first, _, rest = firm.partition(" ")
    if first != word or not rest:
        return False
    return rest.startswith(("& ", "and ")) or all(w.lower() in TRADES for w in rest.split())


# A name someone goes by, then the name they were born with: "C-Murder, real name Corey
# Miller", "Snoop Dogg - real name Calvin Broadus -", "Mars (real name Bob Allen Deal)".
_REAL_NAME = re.compile(
    r"(?P<known>[A-Z0-9][\w'’.-]*(?: [A-Z0-9][\w'’.-]*){0,2})(?:,| -| –| \()\s*(?:whose )?real name"
    r"(?: is)? (?P<real>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,3})"
)


def _real_names(text: str) -> dict[str, str]:
    """The names people go by in the text, each with the name the text says is their real one."""
    return {found.group("known"): found.group("real") for found in _REAL_NAME.finditer(text)}


def _swapped_letters(name: str, other: str) -> bool:
    """Whether the two names differ only by two letters side by side, swapped: the commonest
    typing slip. Only in names of five letters or more ("Iran" and "Iraq" differ otherwise)."""
    if len(name) != len(other) or len(name) < 5 or name == other:
        return False
    differ = [i for i, (a, b) in enumerate(zip(name, other, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and name[differ[0]] == other[differ[1]]
        and name[differ[1]] == other[differ[0]]
    )


MISTYPED_LENGTH = 7  # letters a name needs before one letter changed is taken for a slip


def _mistyped(name: str, other: str) -> bool:
    """Whether a one-word name is another mistyped: two letters swapped, or one letter changed
    in a name of seven letters or more ("Pascuale" for "Pasquale"; shorter names of places
    and people differ by one letter: "Gambia" and "Zambia")."""
    if " " in name or name == other:
        return False
    if _swapped_letters(name, other):
        return True
    return (
        len(name) == len(other) >= MISTYPED_LENGTH
        and sum(a != b for a, b in zip(name.lower(), other.lower(), strict=True)) == 1
    )


# Letters that spellings of one name from another alphabet exchange: "Viktor" and "Victor",
# "Sergei" and "Sergey", "Mohammed" and "Mohammad".
_TRANSLITERATED = frozenset({frozenset("ck"), frozenset("iy"), frozenset("sz"), frozenset("ea")})


def _transliterated(name: str, other: str) -> bool:
    """Whether two people's names are one name spelled two ways: the same surname, and given
    names that differ by a doubled letter, or of five letters or more that differ by one letter
    that such spellings exchange."""
    first, *rest = name.split()
    second, *others = other.split()
    if rest != others or not rest or first == second:
        return False
    if _DOUBLED.sub(r"\1", first.lower()) == _DOUBLED.sub(r"\1", second.lower()):
        return True  # "Hilary Clinton" beside "Hillary Clinton": a letter written once, or twice
    if abs(len(first) - len(second)) == 1 and (
        first.lower().replace("h", "") == second.lower().replace("h", "")
    ):
        return True  # "Ko Samui" beside "Koh Samui", "Sara" and "Sarah": an "h" left out
    if len(first) != len(second) or len(first) < 5:
        return False
    differ = [(a, b) for a, b in zip(first.lower(), second.lower(), strict=True) if a != b]
    return len(differ) == 1 and frozenset(differ[0]) in _TRANSLITERATED


_DOUBLED = re.compile(r"(\w)\1")


def _dateline_place(document: Document) -> str | None:
    """The dateline's place as a name ("BAGHDAD, Iraq" gives "Baghdad"), if the article has
    one."""
    dateline = (document.article.source.dateline or "").split(",")[0].strip()
    if not dateline or not dateline[0].isalpha():
        return None
    return dateline.title() if dateline.isupper() else dateline


def _coordinated_people(document: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """A name the model took for a place or a body, written in one list with a person ("Injured
    Rio Ferdinand and Sol Campbell were both left out") and called by its last word alone
    elsewhere ("Ferdinand"), as people are by surname: a person. A body beside its head ("Richard
    Branson and Virgin Atlantic") is not called "Atlantic". Nor need it be where the list names
    a person on either side of it ("fellow Springboks John Smit, Cobus Visagie and Victor
    Matfield"): the items of a list are things of one kind, and a body between two people is
    no list's way of writing."""
    alone = {m.text for m in mentions if " " not in m.text}
    read = list(mentions)

    def between(a: Mention, b: Mention) -> str | None:
        """The words between two mentions of one paragraph."""
        if a.paragraph != b.paragraph:
            return None
        return _paragraph_text(document, a.paragraph)[a.end : b.start]

    def listed(a: Mention, b: Mention) -> bool:
        return between(a, b) in (" and ", ", ", ", and ")

    for n, (a, b, c) in enumerate(zip(mentions, mentions[1:], mentions[2:], strict=False)):
        words = b.text.split()
        if (
            a.label == c.label == "PERSON"
            and b.label in ("GPE", "ORG", "LOC", "NORP")
            and 2 <= len(words) <= 3
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and words[-1].lower() not in ORG_HEADS
            and listed(a, b)
            and listed(b, c)
        ):
            read[n + 1] = replace(b, label="PERSON")
    for n, (a, b) in enumerate(pairwise(mentions)):
        if between(a, b) not in (" and ", ", "):
            continue
        for index, mention, other in ((n, a, b), (n + 1, b, a)):
            words = mention.text.split()
            if (
                other.label == "PERSON"
                and mention.label in ("GPE", "ORG", "LOC")
                and len(words) == 2
                and all(w[:1].isupper() and w.isalpha() for w in words)
                and (
                    words[-1] in alone
                    # ("Chandlers Ford, Hampshire", where the model read the county as a person)
                    or (
                        between(a, b) == " and "
                        and len(other.text.split()) >= 2
                        and _given_and_surname(words)
                    )
                )
            ):
                read[index] = replace(mention, label="PERSON")
    return read


def _given_and_surname(words: Sequence[str]) -> bool:
    """A first name, then a surname that is no first name and no body's head: "Declan
    Donnelly" beside "Anthony McPartlin" is a person, where "Morgan Stanley" (a first name twice),
    "Lehman Brothers" and "Virgin Atlantic" (no first name) need more. The census lists few
    first names from outside the US ("Declan", "Vladimir"): a word that is neither an English
    word nor a surname it lists is taken for one."""
    from .load.fused.words import is_common_word

    first, last = (w.lower() for w in words)
    return (
        (first in given_names() or (first not in census_surnames() and not is_common_word(first)))
        and last not in given_names()
        and last not in ORG_HEADS
        and last not in PLACE_HEADS
        and last in census_surnames()
    )


def _listed_apart(mentions: Sequence[Mention]) -> list[Mention]:
    """An organisation's span that joins two names by "and" split in two where the article
    names one of them apart and the other is a name too: "Gazprom and Rosneft", "the Film
    Council and Channel 4" (a film commissioned by both, where "the UK Film Council" is named
    too). A name of its own keeps its "and" ("Marks and Spencer", "the Centers for Disease
    Control and Prevention", "the Care and Support Alliance"): one of its parts is a common
    word, not a name, or neither part is named alone."""
    names = {_strip_the(m.text) for m in mentions}
    split: list[Mention] = []
    for mention in mentions:
        first, found, second = mention.text.partition(" and ")
        parts = (_strip_the(first), second)
        if (
            mention.label != "ORG"
            or not found
            or " and " in second
            or not all(_a_name(part) for part in parts)
            or not any(_named_apart(part, names - {_strip_the(mention.text)}) for part in parts)
        ):
            split.append(mention)
            continue
        second_start = mention.start + len(first) + len(found)
        split.append(replace(mention, text=first, end=mention.start + len(first)))
        split.append(replace(mention, text=second, start=second_start))
    return split


def _a_name(text: str) -> bool:
    """Whether a part of a span can be a body's name: capitalised, and more than one word, or
    holding a figure ("Channel 4"), or one word rare enough in English to be a name."""
    words = text.split()
    if not words or not words[0][:1].isupper():
        return False
    if len(words) > 1 or any(c.isdigit() for c in text):
        return True
    from .load.fused.words import is_common_word

    return not is_common_word(text)


def _named_apart(part: str, names: Collection[str]) -> bool:
    """Whether the article names `part` on its own: as a whole mention, or, for a name of more
    than one word, as the end of a longer one ("Film Council" in "the UK Film Council")."""
    return part in names or (" " in part and any(name.endswith(" " + part) for name in names))


def _joined(document: Document, mentions: Sequence[Mention], sports: bool = False) -> list[Mention]:
    """Mentions with a name the model cut in two joined again: "the Association of Directors
    of" + "Adult Social Services" (a span that ends with "of" goes on in the next). Only
    across a space: "Bush/Kerry" is two people. `sports`: whether the article is a sports
    story (`_is_sports`), where a place and a people may name a club."""
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        first_word = _first_word_cut_off(document, mention)
        if first_word is not None:
            # "the Public and" + "Commercial Services Union": one union, cut at its "and"
            if last is not None and (last.paragraph, last.start) == (mention.paragraph, first_word):
                joined.pop()  # the first word, read as a name of its own
            paragraph = _paragraph_text(document, mention.paragraph)
            mention = replace(mention, text=paragraph[first_word : mention.end], start=first_word)
            joined.append(mention)
            continue
        if last is not None and _topics_joined(document, last, mention):
            # "the Parliamentary Group on Betting" + "and" + "Gaming": one body's name, of two
            # topics ("Department of Trade and Industry")
            text = _paragraph_text(document, mention.paragraph)[last.start : mention.end]
            joined[-1] = Mention(text, "ORG", last.paragraph, last.start, mention.end)
            continue
        label = (
            _one_name(document, last, mention, sports)
            if last is not None
            and last.paragraph == mention.paragraph
            and _paragraph_text(document, mention.paragraph)[last.end : mention.start] == " "
            else None
        )
        if last is not None and label is not None:
            text = f"{last.text} {mention.text}"
            joined[-1] = Mention(text, label, last.paragraph, last.start, mention.end)
        else:
            joined.append(mention)
    return joined


_TOPIC_PREPOSITION = re.compile(r" (?:of|on|for) [A-Z]")


def _topics_joined(document: Document, last: Mention, mention: Mention) -> bool:
    """Whether a body's name with its topic after "of", "on" or "for" goes on past "and" into
    the next mention: one capitalised English word, the name's second topic ("Group on Betting
    and Gaming", "Department of Trade and Industry"); not another body's name ("the Bank of
    England and Barclays")."""
    from .load.fused.words import is_common_word

    if last.label != "ORG" or last.paragraph != mention.paragraph or " " in mention.text:
        return False
    text = _paragraph_text(document, mention.paragraph)
    return (
        text[last.end : mention.start] == " and "
        and _TOPIC_PREPOSITION.search(last.text) is not None
        and mention.text[:1].isupper()
        and is_common_word(mention.text.lower())
        and not re.match(r" [A-Z]", text[mention.end : mention.end + 2])
    )


def _one_name(document: Document, last: Mention, mention: Mention, sports: bool) -> str | None:
    """The label of the one name two mentions a space apart make, or None where they are two."""
    if last.label == mention.label and last.text.rsplit(" ", 1)[-1] in ("of", "for", "and"):
        return last.label
    if last.label == mention.label == "PERSON" and " " not in last.text + mention.text:
        # "Edith" + "Masai": one name the model read as two people; names in a list are
        # set apart by commas or "and", never by a space alone
        return "PERSON"
    if last.label == "NORP" and mention.label == "ORG" and mention.text.lower() in BODY_WORDS:
        # "Islamic" + "State", "Muslim" + "Brotherhood": a body named by its people's
        # adjective and a common noun, which the model read as two
        return "ORG"
    if (
        last.label == "NORP"
        and mention.label in ("ORG", "PERSON")
        and " " not in mention.text
        and mention.text.lower() in INSTITUTION_HEADS | {"library", "airways"}
        and _paragraph_text(document, last.paragraph)[: last.start].endswith(("the ", "The "))
    ):
        # "the British" + "Library" (read as a person, every time), "the National" + "Museum":
        # after "the", a people's adjective and an institution's noun are one body's name
        return "ORG"
    paragraph = _paragraph_text(document, last.paragraph)
    if (
        last.label == "GPE"
        and mention.label == "ORG"
        and mention.text.rsplit(" ", 1)[-1].lower() in ORG_HEADS
        and (
            paragraph[: last.start].endswith(("the ", "The "))
            or last.text.startswith(("the ", "The "))  # the model's span: "the United States"
        )
    ):
        # "the US" + "Anti-Doping Agency", "the US" + "District Court": after "the", a
        # country's name before a body's is the first word of one name, which the model
        # read as a place and a body
        return "ORG"
    if (
        sports
        and last.label == "GPE"
        and mention.label == "NORP"
        and " " not in mention.text
        and not _before_a_noun(paragraph, mention.end)
    ):
        # "London" + "Irish", "London" + "Welsh": in a sports story, a place and a people
        # standing for a noun are a club's name ("to sink London Irish with a trio of ...");
        # not a people's adjective before its noun ("the London Irish community")
        return "ORG"
    return None


# What may follow a name used as a noun: punctuation, or one of these words.
_AFTER_A_NOUN = frozenset(
    """with at in on for to from and but or as by against after before is are was were has have
    had will would can could did do does who which that than into over under""".split()
)


def _before_a_noun(text: str, end: int) -> bool:
    """Whether the word after `end` in the text may be a noun the name describes: a word in
    lower case that is not one of those that follow a noun phrase."""
    following = re.match(r" ([a-z][\w’'-]*)", text[end:])
    return following is not None and following.group(1) not in _AFTER_A_NOUN


def _first_word_cut_off(document: Document, mention: Mention) -> int | None:
    """Where a body's name the model cut at its "and" starts: "the Public and Commercial
    Services Union" read as "Commercial Services Union" (and perhaps "Public"). Its first word
    is one common word after "the", capitalised and not in capitals ("the BBC and ..."), that
    is no body's noun ("the Army and Royal Navy": two bodies) and that the article writes
    nowhere else, so is no name of its own; the rest ends in a body's noun. None where no word
    is cut off."""
    from .load.fused.words import is_common_word

    if (
        mention.label != "ORG"
        or " " not in mention.text
        or mention.text.rsplit(" ", 1)[-1].lower() not in ORG_HEADS
    ):
        return None
    before = _CUT_AT_AND.search(_paragraph_text(document, mention.paragraph)[: mention.start])
    if before is None:
        return None
    word = before.group("word")
    if word.lower() in ORG_HEADS or not is_common_word(word.lower()):
        return None
    text = "\n".join([document.article.title, *(p.text for p in document.paragraphs)])
    if len(re.findall(rf"\b{word}\b", text)) > 1:
        return None  # "the Army" elsewhere too: a body of its own
    return before.start("word")


_CUT_AT_AND = re.compile(r"\b[Tt]he (?P<word>[A-Z][a-z]+) and $")


# Common nouns that a body's name may be, after an adjective of a people or a faith.
BODY_WORDS = frozenset(
    """state party front army union brotherhood jihad council church republic movement congress
    league alliance federation guard assembly parliament government""".split()
)


def _completed(document: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions the model cut short where the text goes on with the rest of a name: "the
    Affordable Care" before "act" when the article also names "the Affordable Care Act" (a law,
    so never listed); "Swansea Unite" before "Against Fascism (UAF)", a name its abbreviation
    spells out; "the Board of Deputies" before "of British Jews". The completed mention takes
    the longer name's label (an organisation for a name with an abbreviation that the model
    took for a person)."""
    longer: dict[str, dict[str, str]] = {}  # first word -> longer name -> its label
    for mention in mentions:
        # the name as a name: "Adil Rashid", not the span "Adil Rashid - who"
        span = re.split(r"\s[-–—]\s|,|\s\(", mention.text)[0]
        text = clean_name(span, mention.label) or _strip_the(span)
        if " " in text:
            longer.setdefault(text.split(" ", 1)[0].lower(), {}).setdefault(text, mention.label)
    spelled: dict[int, list[tuple[int, int, str]]] = {}
    lone_people = {m.text for m in mentions if m.label == "PERSON" and " " not in m.text}
    followed = _always_followed(document, mentions)
    completed = []
    for mention in mentions:
        paragraph = _paragraph_text(document, mention.paragraph)
        bracket = mention.text.find(" (")
        inside = mention.text[bracket + 2 :] if bracket > 0 else ""
        if bracket > 0 and (
            not _ACRONYM.fullmatch(inside)
            or _abbreviates(inside, _strip_the(mention.text[:bracket]).split())
        ):
            # "the Global Alliance for Vaccines and Immunisation (Gavi": the name, then its
            # abbreviation, a name of its own (not where the letters spell more than the name
            # before them: "the Office for National (ONS) statistics")
            end = mention.start + bracket
            mention = Mention(
                paragraph[mention.start : end], mention.label, mention.paragraph, mention.start, end
            )
        opening = _CLUB_OPENING_BEFORE.search(paragraph, max(0, mention.start - 12), mention.start)
        if (
            opening is not None
            and mention.label in ("GPE", "LOC", "PERSON")
            and not any(
                m.paragraph == mention.paragraph and m.start <= opening.start() < m.end
                for m in mentions
            )
        ):
            # "Real Sociedad president", read as the place "Sociedad": a club's opening word, in
            # capitals mid-sentence, is the start of the club's name ("Inter Milan", "Dynamo
            # Kiev", "Bayern Munich")
            start = opening.start("word")
            mention = Mention(
                paragraph[start : mention.end], "ORG", mention.paragraph, start, mention.end
            )
        named_for = (
            _BODY_BEFORE_ITS_COUNTRY.search(paragraph, max(0, mention.start - 60), mention.start)
            if mention.label == "GPE"
            else None
        )
        if (
            named_for is not None
            # (not a name before the noun it describes: "the Aero India show")
            and not _before_a_noun(paragraph, mention.end)
            and (_key(mention.text) in COUNTRY_ALIASES or mention.text.lower() in country_names())
            and named_for.group("words").split()[0] not in _COMPASS
            and not any(
                w in DEMONYMS or w in WEEKDAYS or w in MONTHS
                for w in named_for.group("words").split()
            )
            and not any(
                m.paragraph == mention.paragraph and m.start <= named_for.start("words") < m.end
                for m in mentions
            )
        ):
            # "Universities UK", "Cancer Research UK", read as the country alone: words in
            # capitals mid-sentence, and a country's name after them, are a body's name
            start = named_for.start("words")
            mention = Mention(
                paragraph[start : mention.end], "ORG", mention.paragraph, start, mention.end
            )
        state_body = _STATE_BODY_AFTER.match(paragraph, mention.end)
        if mention.label == "NORP" and " " not in mention.text and state_body is not None:
            # "the Scottish Executive", read as the adjective alone: a people's adjective and a
            # government's body in capitals are that body's name ("Welsh Assembly", "French
            # Government"; not "the Scottish government", a description)
            end = state_body.end()
            mention = Mention(
                paragraph[mention.start : end], "ORG", mention.paragraph, mention.start, end
            )
        short = _strip_the(mention.text)
        for name, label in longer.get(short.split(" ", 1)[0].lower(), {}).items():
            rest = name[len(short) :]
            end = mention.end + len(rest)
            if (
                rest[:1] == " "
                and name[: len(short)].lower() == short.lower()
                and paragraph[mention.end : end].lower() == rest.lower()
                and not _word_char(paragraph[end : end + 1])
            ):
                mention = Mention(
                    paragraph[mention.start : end], label, mention.paragraph, mention.start, end
                )
                break
        if mention.paragraph not in spelled:
            spelled[mention.paragraph] = list(_spelled_out(paragraph))
        for start, end, _ in spelled[mention.paragraph]:
            if mention.start < end and start < mention.end < end:
                start = min(start, mention.start)
                label = "ORG" if mention.label == "PERSON" else mention.label
                mention = Mention(paragraph[start:end], label, mention.paragraph, start, end)
                break
        rest_pattern = _CONTINUED.get("-" if mention.text.endswith("-") else mention.label)
        more = rest_pattern.match(paragraph, mention.end) if rest_pattern else None
        if more and not any(
            m.paragraph == mention.paragraph and m.start == more.end(1) and m.label in PLACE_LABELS
            for m in mentions
        ):
            # "the Board of Deputies" + "of British Jews", "Valery Giscard" + "d'Estaing"; not
            # "Jacobs" + "of Dallas"
            end = more.end()
            mention = Mention(
                paragraph[mention.start : end], mention.label, mention.paragraph, mention.start, end
            )
        surname = _NEXT_NAME.match(paragraph, mention.end)
        if (
            mention.label == "PERSON"
            and surname
            and (
                (" " not in mention.text and surname.group(1) in lone_people - {mention.text})
                # "Tory Dominic" + "Grieve": a span ending on a first name, cut before the
                # capitalised word after it, which no other name begins
                or (
                    " " in mention.text
                    and mention.text.split()[-1].lower() in given_names()
                    and surname.group(1) not in _DATE_WORDS
                    and not any(
                        m.paragraph == mention.paragraph and m.start == surname.start(1)
                        for m in mentions
                    )
                )
            )
        ):
            # "champion Edith Masai", with only "Edith" read there and "Masai" alone later
            end = surname.end()
            mention = Mention(
                paragraph[mention.start : end], "PERSON", mention.paragraph, mention.start, end
            )
        owners = _PLURAL_OWNER_BEFORE.search(paragraph, max(0, mention.start - 40), mention.start)
        if (
            owners is not None
            and mention.label not in ("PERSON", "GPE", "NORP")  # "the Americans' Iraq policy"
            and not any(
                m.paragraph == mention.paragraph and m.end == owners.end() - 1 for m in mentions
            )
            and _common_plural(owners.group("word"), mentions)
        ):
            # "the Critics' Circle", read as "Circle": a plural in the possessive opens the
            # names of bodies of people ("Writers' Guild", "Farmers' Union"), never a person's
            # nor a place's
            start = owners.start("word")
            mention = Mention(
                paragraph[start : mention.end], "ORG", mention.paragraph, start, mention.end
            )
        tail = _HYPHENATED_TAIL.match(paragraph, mention.end)
        if tail is not None and (
            any(
                m.paragraph == mention.paragraph and mention.end < m.start < tail.end()
                for m in mentions
            )
            or _hyphenated_pair(tail.group(0))
        ):
            tail = None  # "US-China talks", "the UK-Dutch group": two names paired
        end = tail.end() if tail is not None else None
        rest = followed.get(mention.text)
        after = mention.end + 1 + len(rest or "")
        if (
            end is None
            and rest
            and paragraph.startswith(f" {rest}", mention.end)
            and not _word_char(paragraph[after : after + 1])
        ):
            end = after
        head = _HEAD_AFTER.match(paragraph, mention.end)
        noun = head.group(1).lower() if head else ""
        if (
            end is None
            and noun in EVENT_AND_LAW_HEADS
            # Not an owner's: "Gordon Brown's" Budget. An index is named for those it asks, in
            # the possessive; a place's name before it is where it measures ("its Iraq Index").
            and (noun == "index") == bool(_POSSESSIVE.search(mention.text))
        ):
            # "the Mental Capacity" + "Bill", "Purchasing Managers'" + "Index": the name of a
            # law, an event or a figure, of which the model read only the words before its noun
            end = head.end()
        treaty = _TREATY_AFTER.match(paragraph, mention.end)
        if (
            end is None
            and treaty is not None
            and mention.label == "GPE"
            and paragraph[: mention.start].endswith(("the ", "The "))
            and _key(mention.text) not in country_names()
        ):
            # "the Kyoto treaty", "the Lisbon treaty": a pact named for where it was signed, in
            # lower case; no place of the story
            mention = Mention(
                paragraph[mention.start : treaty.end()],
                "LAW",
                mention.paragraph,
                mention.start,
                treaty.end(),
            )
        if end is not None:
            # "Kingston" + "-upon-Thames"; "Church of the Almighty" + "God", where the text
            # never writes the shorter name alone
            mention = Mention(
                paragraph[mention.start : end], mention.label, mention.paragraph, mention.start, end
            )
        completed.append(mention)
    return completed


# A government's body, in capitals, after a people's adjective ("the Scottish Executive")
# Words in capitals right before a country's name, mid-sentence (after a comma, "the", "a" or a
# word in lower case): "..., Universities UK, said", "the charity Cancer Research UK".
_BODY_BEFORE_ITS_COUNTRY = re.compile(
    r"(?:[,;(]|\b(?:the|a|an|[a-z]+)) (?P<words>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) $"
)
_COMPASS = frozenset(
    "North South East West Northern Southern Eastern Western Central Greater New Great Upper "
    "Lower Mainland Outer Inner Democratic Republic People's United Royal".split()
)
_STATE_BODY_AFTER = re.compile(
    r" (?:Executive|Government|Parliament|Assembly|Senate|Cabinet|Administration)\b(?![ -][A-Z])"
)
_NEXT_NAME = re.compile(r" ([A-Z][\w’'-]+)\b")
_PLURAL_OWNER_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]+s)['’] $")


def _common_plural(word: str, mentions: Sequence[Mention]) -> bool:
    """Whether the capitalised word is a plural noun for people ("Critics", "Farmers",
    "Veterans"), not a person's name in the possessive ("Brendan Rodgers' Liverpool"): a
    common word, shaped as such a plural, that is no word of a name the model read as a
    person's."""
    from .load.fused.words import is_common_word

    return (
        _PEOPLE_PLURAL.fullmatch(word) is not None
        and word not in DEMONYMS
        and word[:-1] not in DEMONYMS
        and is_common_word(word.lower())
        and not any(m.label == "PERSON" and word in m.text.split() for m in mentions)
    )


_PEOPLE_PLURAL = re.compile(r"[A-Z][a-z]+(?:ers|ors|ics|ists|ians|ans|ants|ents|ees|men|zens)")
_HEAD_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
# (after "the" and a city: "the Kyoto treaty", "the Oslo accords"; not "Britain accords ...",
# nor "the US treaty obligations", a country's)
_TREATY_AFTER = re.compile(r" (?:treaty|protocol|accords)\b")
# The rest of a place's name joined by hyphens: "-upon-Thames", "-on-Sea"
_HYPHENATED_TAIL = re.compile(r"(?:-(?:[a-z]{1,4}|[A-Z][\w’']*))*-[A-Z][\w’']+")
_FOLLOWING_CAPITAL = re.compile(r" ([A-Z][\w’'-]*[a-z][\w’'-]*)(?=[\s,.;:!?)]|$)")


def _hyphenated_pair(tail: str) -> bool:
    """Whether a name's hyphenated tail is a second name, not the rest of the first: a people's
    ("-Dutch") or a place's or body's alone ("-China"); "-upon-Thames" and "-Vives" are not."""
    last = tail.rsplit("-", 1)[-1]
    return tail.count("-") == 1 and (
        last in IRREGULAR_DEMONYMS or _ADJECTIVE_OF_A_PEOPLE.search(last) is not None
    )


def _always_followed(document: Document, mentions: Sequence[Mention]) -> dict[str, str]:
    """Mention -> the capitalised word that follows every one of its two or more uses in the
    text, where that word starts no mention of its own and is no title: the rest of a name the
    model cut short ("Church of the Almighty" + "God" three times)."""
    starts = {(m.paragraph, m.start) for m in mentions}
    found: dict[str, str] = {}
    for text in {m.text for m in mentions if m.label in ("ORG", "GPE", "FAC", "LOC")}:
        words: set[str] = set()
        uses = 0
        for paragraph in document.paragraphs:
            for start in _positions(paragraph.text, text):
                uses += 1
                after = _FOLLOWING_CAPITAL.match(paragraph.text, start + len(text))
                if after is None or (paragraph.index, after.start(1)) in starts:
                    words.add("")
                else:
                    words.add(after.group(1))
        word = next(iter(words)) if len(words) == 1 else ""
        if uses >= 2 and word and word.lower() not in TITLES:
            found[text] = word
    return found


# Offices that come before a person's full name ("City boss Pep Guardiola", "TV anchor Geraldo
# Rivera"), and never before a firm's.
_ROLE_BEFORE = re.compile(r"\b(?:boss|coach|anchor|presenter|skipper|striker|chairman) $")


_CAPITAL = re.compile(r"[^\W\d_a-z]")  # as `_complete_person`'s first name opens


def _after_a_capital(text: str, surname: str) -> bool:
    """Whether the surname follows a capitalised word and a space anywhere in the text: where
    a first name may stand (a cheap test before the full one)."""
    start = text.find(surname)
    while start >= 0:
        if start >= 2 and text[start - 1] == " ":
            word_start = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
            if _CAPITAL.match(text, word_start):
                return True
        start = text.find(surname, start + 1)
    return False


def _complete_person(cluster: _Cluster, document: Document, mentions: Sequence[Mention]) -> None:
    """A surname the model tagged only alone where the text gives the full name once: "coach
    Rinus Michels", with "Rinus" in no mention of its own, makes "Michels" (a person to the
    model at least once, or named after an office) "Rinus Michels". The word before the first
    name is in lower case or a comma: a sentence's first word, capitalised anyway, is no first
    name, unless the age that news gives only people follows ("Imran Uddin, 25, who ...") or
    it is no common English word ("Iain Ferguson was awarded ...")."""
    from .load.fused.words import is_common_word

    surname = cluster.name
    if " " in surname or not any(
        _after_a_capital(paragraph.text, surname) for paragraph in document.paragraphs
    ):
        return
    word = r"([^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_a-z][^\W\d_A-Z]+)?)"
    full_name = re.compile(
        rf"(?<=[a-z,] ){word} {re.escape(surname)}\b"
        # or opening a sentence, with the age that only a person's name is given: "Imran
        # Uddin, 25, who was studying science"
        rf"|(?:^|(?<=[.!?] )){word} {re.escape(surname)}(?={_AGE_AFTER.pattern})"
        # or opening a sentence with a word English has only as a name ("Iain Ferguson was
        # awarded the title ..."), where the model reads the surname as a person's
        rf"|(?:^|(?<=[.!?] )){word} {re.escape(surname)}\b"
    )
    for paragraph in document.paragraphs:
        for match in full_name.finditer(paragraph.text):
            first = match.group(1) or match.group(2) or match.group(3)
            if match.group(3) and (is_common_word(first) or not cluster.labels.get("person")):
                continue  # "Yesterday Ferguson ...", "Chelsea Ferguson": a sentence's first word
            if first.lower() in TITLES or first.lower() in HONORIFICS:
                continue
            if first.lower() in _OPENING_FUNCTION_WORDS:
                continue  # "... Breakfast With Alastair": no given name
            if (
                _DETERMINER_BEFORE.search(paragraph.text, 0, match.start())
                and is_common_word(first.lower())
                and first.lower() not in given_names()
            ):
                # "the Spread Firefox website": an English word after "the", no first name (not
                # "the Svetlana Kuznetsova doping row", a name set before a noun)
                continue
            if match.group(2) and first.lower() in PERSON_NOUNS:
                continue  # "Singer Jamelia, 23, ...": what she is, then her one name
            if (
                match.group(2) is None  # not with an age
                and not cluster.labels.get("person")
                and not cluster.cues["person"]
                and not _ROLE_BEFORE.search(
                    paragraph.text[max(0, match.start() - 20) : match.start()]
                )
            ):
                # "Manchester City boss Pep Guardiola", with "Guardiola" an organisation to
                # the model: an office before the full name says it is a person's
                continue
            if any(
                m.paragraph == paragraph.index and m.start <= match.start() < m.end
                for m in mentions
            ):
                continue  # "Manchester" of a name of its own
            cluster.forms[match.group(0)] += 1
            cluster.votes.append((match.group(0), "person"))
            return


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An) $")


def _same_names_joined(clusters: list[_Cluster]) -> list[_Cluster]:
    """One cluster per name: a surname completed from the text ("Michels" made "Rinus
    Michels") joins the name's own cluster, where the model tagged it in full elsewhere."""
    joined: dict[str, _Cluster] = {}
    for cluster in clusters:
        key = _key(cluster.name)
        if key in joined:
            joined[key].absorb(cluster)
        else:
            joined[key] = cluster
    return list(joined.values())


# What goes on after a name the model cut before a particle: an organisation "of", "for" or
# "pour" something capitalised, a person's "d'Estaing" or "van Gaal".
_CONTINUED = {
    "ORG": re.compile(
        r" (?:of|for|pour|de|du|des)(?: the| la| le)? ((?:l['’]|d['’])?)[A-Z][\w’'-]*"
        r"(?: [A-Z][\w’'-]*)*"
    ),
    "PERSON": re.compile(r" ((?:d['’]|(?:de|van|von|da|di|del|der|du|le|la) ))[A-Z][\w’'-]*"),
    # cut inside a word: "the Telford Co-" + "operative Multi-Academy Trust"
    "-": re.compile(r"()[\w’'-]+(?: [A-Z][\w’'-]*)*"),
}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _strip_the(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
_WORD = re.compile(r"\S+")
_NAME_WORD = re.compile(r"[A-Z][\w’'&-]*|of|for|and|the|on|de")


def _spelled_out(paragraph: str) -> Iterator[tuple[int, int, str]]:
    """Names written out before their abbreviation in brackets, as (start, end, abbreviation):
    "the Scottish Environment Protection Agency (Sepa)", "Unite Against Fascism (UAF)". The
    abbreviation's letters, in any case, are the initials of the name's capitalised words."""
    for match in _ABBREVIATION.finditer(paragraph):
        letters = match.group(1).replace("&", "").upper()
        left = max(0, match.start() - 150)  # a name of at most ten words or so
        words = [
            (w.start() + left, w.group()) for w in _WORD.finditer(paragraph[left : match.start()])
        ]
        capitals: list[int] = []  # indexes in `words` of capitalised words, right to left
        n = len(words) - 1
        while n >= 0 and _NAME_WORD.fullmatch(words[n][1]) and len(capitals) < len(letters):
            if words[n][1][0].isupper():
                capitals.append(n)
            n -= 1
        initials = "".join(words[i][1][0] for i in reversed(capitals))
        if len(letters) >= 2 and initials == letters:
            first = capitals[-1]
            start = words[first][0]
            yield start, start + len(paragraph[start : match.start()].rstrip()), match.group(1)


# --- reading mentions -----------------------------------------------------------------------------
# A participle that opens a sentence: "Praising Celtic and Rangers ...", "Speaking to Reuters
# ...", which the model may read as the first word of the name after it. (Not an adverb's
# "-ly", which ends given names: "Kelly Sotherton".)
_OPENING_VERB = re.compile(r"[A-Z][a-z]+(?:ing|ed)")


def _opened_by_a_verb(form: str, forms: Collection[str]) -> bool:
    """Whether the form is another of the entity's forms after a common English verb
    ("Praising Celtic" beside "Celtic"); not a name a common word begins whose rest is no name
    of its own ("Reading FC", "Trading Standards")."""
    first, _, rest = form.partition(" ")
    if not rest or rest not in forms or not _OPENING_VERB.fullmatch(first):
        return False
    from .load.fused.words import is_common_word

    # By its stem, the verb ("praise" of "praising", which is rarer in the word list), of four
    # letters or more: the word list holds given names too ("fred"), and short stems are
    # words that given names end in ("jar" of "Jared").
    word = first.lower()
    stem = word[: -len(re.search(r"(?:ing|ed)$", word).group(0))]
    return any(is_common_word(w) for w in (stem, stem + "e", stem[:-1]) if len(w) >= 4)


@lru_cache(maxsize=8192)  # a name is cleaned for each of its mentions, and at each merge
def clean_name(text: str, label: str) -> str | None:
    """The name a mention gives, without a leading "the", a title or a possessive; None for a
    span that is not a clean name."""
    opener = _NEXT_SENTENCE.search(text)
    if opener is not None:
        text = text[: opener.start() + 1]  # "Malcolm X. Besides Dee": a name, then a sentence
    words = text.split()
    while words and (words[0].lower() == "the" or _title(words[0], label)):
        words = words[1:]
    if len(words) > 1 and words[0].lower() in OPENING_PREPOSITIONS:
        words = words[1:]  # "Across Wales, pickets ...": the sentence's opening, not the name's
    if label == "PERSON":
        if len(words) > 1 and words[0].lower() in _OPENING_FUNCTION_WORDS:
            words = words[1:]  # "With Alastair Campbell ...": the sentence's first word
        if "and" in words or "&" in words:
            return None  # "Floyd and Manny": two people
        # "MLA Danny Kennedy", "Guy Mansfield QC": an office's letters, before or after
        while len(words) > 1 and words[0].rstrip(".,") in MEMBER_TITLES:
            words = words[1:]
        while len(words) > 1 and words[-1].rstrip(".,") in POST_NOMINALS:
            words = words[:-1]
        if words and words[-1].lower() in _TITLE_BEFORE_A_NAME:
            return None  # "Tory Treasurer Lord": the title, cut from the name after it
        if (
            len(words) >= 3
            and words[0].endswith("s")
            and words[0].lower() not in given_names()
            and words[1].lower() in given_names()
        ):
            # "Springboks John Smit": the side he plays for, a plural before a first name
            words = words[1:]
    if len(words) > 1 and words[-1].rstrip(".,").removesuffix("s") in MEMBER_TITLES:
        # "Labour MPs", "Conservative MPs": the members, named by their party, which is the name
        words = words[:-1]
        party = PARTY_MEMBER.get(" ".join(words).lower())
        if party is not None:
            words = party.split()
    if words and words[0] in DEGREES:
        return None  # "BA English Studies", "three MA courses": a course, not a body
    if not words:
        return None
    words[-1] = _POSSESSIVE.sub("", words[-1].rstrip(",;:"))  # "Fraser," of a list
    affix = _HYPHENATED_AFFIX.search(words[-1]) if words[-1] else None
    if affix is not None:
        if affix.group("affix") in _LIKENESS_AFFIXES:
            return None  # "a George Bush-style tax-cutting spree": a likeness, not an actor
        words[-1] = words[-1][: affix.start()]  # "Labour-led", "US-based": the name itself
    words = [w for w in words if w]
    if label in ("ORG", "NORP", "GPE"):
        for n, word in enumerate(words[1:-1], start=1):
            if word.rstrip(".") in MEMBER_TITLES:
                # "UKIP AM David Rowlands", "Labour MP Diane Abbott": the body, then one of its
                # members by name
                words = words[:n]
                break
    name = " ".join(words)
    if not name or len(words) > MAX_WORDS:
        return None
    if _ADDRESS.search(name) or _HASHLIKE.search(name) or any(c in name for c in '"“”()[]|'):
        return None
    if "," in name and label in ("PERSON", "ORG") and not _CORPORATE_TAIL.search(name):
        return None  # "formed in 1971 by Ferry, Mackay and Brian Eno": two names in a list
    pair = re.fullmatch(r"(\S+) .+ (?:and|&) (\S+) .+", name)
    if pair and pair.group(1) == pair.group(2):
        return None  # "Real Madrid and Real Sociedad": two names that open alike, not one
    if any(w.endswith(("-", "–")) for w in words):
        return None  # "Telford Co-": cut inside a word
    from .load.fused.words import is_common_word

    if (
        label == "ORG"
        and len(words) == 2
        and words[0][:1].isupper()
        and _MINISTRY.fullmatch(words[-1])
        and is_common_word(words[0].lower())
    ):
        # "Iraq's Interior ministry": a ministry named by what it does, which its first word
        # alone does not name
        words[-1] = words[-1].capitalize()
    while words and (
        (_lower(words[-1]) and words[-1].lower() not in PARTICLES) or _SCORE.fullmatch(words[-1])
    ):
        words.pop()  # "Fujian province" -> "Fujian", "Chelsea 2-1" -> "Chelsea"
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])  # "Luton Town's academy" -> "Luton Town"
        words = [w for w in words if w]  # (a lone "’" left by the tokenizer leaves nothing)
    if len(words) > 1 and words[-1] in _BUILDING:
        words.pop()  # "Moose Toys HQ": the body's building, named by the body
    while words and _lower(words[0]) and words[0].lower() not in PARTICLES:
        words.pop(0)
    for n, word in enumerate(words[1:-1], start=1):
        if word in ("on", "in", "by", "from", "until", "since") and words[n + 1] in _DATE_WORDS:
            words = words[:n]  # "the Commons on Monday": the name, then when
            break
    if not words or not words[0][0].isupper():
        return None
    if len(words) == 1 and words[0] in _PART_OF_A_PLACE and label != "PERSON":
        return None  # "North v South", "the West": a direction or a side, no place's name
    for n, word in enumerate(words):
        if not _lower(word):
            continue
        if word.lower() not in PARTICLES or n == len(words) - 1:
            return None  # "Minister Asif also met", "Association of Directors of": cut
        if word == "the" and words[n - 1].lower() not in ("of", "for", "and", "on", "in"):
            return None  # "Independent the Tories": two names run together
    return " ".join(words)


# A lower-case word joined to a name to make an adjective of it: of likeness, where the name
# is only compared with ("Bush-style", "Kafka-esque"), or of agency, where it acts or is where
# something is from ("Labour-led", "US-based"), and is the name without it.
_LIKENESS_AFFIXES = frozenset("style like esque era type inspired themed".split())
_HYPHENATED_AFFIX = re.compile(
    r"-(?P<affix>style|like|esque|era|type|inspired|themed|led|backed|funded|owned|based|born|"
    r"run|controlled|sponsored|brokered|dominated|linked|affiliated|made|built|bound)$"
)
_MINISTRY = re.compile(r"(?:ministry|department)(?:['’]s)?")
_DATE_WORDS = frozenset((*WEEKDAYS, *MONTHS))
_BUILDING = frozenset({"HQ", "Headquarters"})
_CORPORATE_TAIL = re.compile(r", (?:Inc|Ltd|LLC|LP|L\.P|plc|Co|Corp)\.?$")


# A stop, then a word that opens sentences and begins no name: the model's span ran on past
# the end of its sentence (an initial's stop, "Malcolm X.", hid it from the splitter too).
_NEXT_SENTENCE = re.compile(
    r"\.\s+(?:Besides|However|Meanwhile|But|And|After|Before|Although|Though|While|When|"
    r"Despite|Since|Instead|Earlier|Later|Then|Yet|Also|Still|Nevertheless|Both|He|She|It|"
    r"They|His|Her|Its|Their)\b"
)


# Academic degrees, which name a course of study before its subject.
DEGREES = frozenset("BA BSc MA MSc MBA MPhil DPhil PhD BEd MEd LLB LLM BEng MEng HND".split())
# Words that open a sentence and never a person's name ("With Alastair Campbell back ...",
# "And Colossus ...").
_OPENING_FUNCTION_WORDS = frozenset(
    """and but or nor yet so with without for from at by to on in as of after before into
    about against between under over since until while when where if like unlike""".split()
)
# Prepositions that open a sentence with a capital, which the model takes in with the name after
# them ("Across Wales", "Inside Balatov"); not those that begin names ("Under Armour", "Beyond
# Meat", "After Earth").
OPENING_PREPOSITIONS = frozenset(
    """across inside throughout within despite during among amid amidst along beneath towards
    toward via""".split()
)


def _title(word: str, label: str) -> bool:
    """Whether the word is a title before a name; "General" begins bodies' names ("General
    Motors", "General Electric") as often as it is a rank, so only before a person's."""
    word = word.lower().rstrip(".")
    return word in TITLES and (label == "PERSON" or word not in ("general", "gen"))


def _lower(word: str) -> bool:
    return word[0].islower() and not _PARTICLE_PREFIX.match(word)


# What a person does, written before the name as a title ("Musician Alan Wass"), which the model
# takes in with the name.
OCCUPATIONS = frozenset(
    """musician singer rapper guitarist drummer actor actress comedian presenter broadcaster
    journalist writer author novelist poet artist painter photographer designer producer
    director composer dancer chef architect lawyer barrister solicitor surgeon scientist
    economist analyst archaeologist historian businessman businesswoman entrepreneur
    campaigner activist striker midfielder defender goalkeeper keeper winger""".split()
)


def _common_title(name: str, text: str) -> str:
    """A person's name without the words the model took in before it: a common noun
    ("Archaeologist David Jacques" -> "David Jacques", the article writing "archaeologists"), a
    party ("Tory Kelly Tolhurst", "Tories Ken Clarke"), a nationality ("Kenyan Susan
    Chepkemei"), several of them ("Veteran Spaniard Conchita Martinez"), or a sentence's
    opening word that is no name's ("With Alastair Campbell")."""
    words = name.split()
    while len(words) >= 2 and words[0].lower() in NEVER_IN_A_NAME:
        words = words[1:]
    while len(words) >= 3 and (
        (party := _party_words(words)) or _describes_a_person(words[0], text)
    ):
        words = words[max(party, 1) :]
    if (
        len(words) == 2
        and (
            words[0].lower() in OCCUPATIONS
            or words[0].lower() in PARTY_MEMBER
            or _NATIONAL_NOUN.fullmatch(words[0])
            # "Calling Anzac's war criminals!": a word the article also writes in lower case,
            # shaped like a verb's "-ing" or a doer
            or (
                _DESCRIBING_SHAPE.fullmatch(words[0])
                and next(_positions(text, words[0].lower()), None) is not None
            )
        )
        # and the article names the rest without it ("Mirco Antenucci", "Anzac day")
        and sum(1 for _ in _positions(text, words[1]))
        > sum(1 for _ in _positions(text, " ".join(words)))
    ):
        return words[1]
    return " ".join(words)


def _in_lower_case(word: str, text: str) -> bool:
    """Whether the text writes the word in lower case, at a word's start ("archaeologists" for
    "Archaeologist"); not inside a web address ("georgewbush.com" is no use of "george")."""
    for start in _positions(text, word.lower(), prefix=True):
        token = re.match(r"[^\s,;:!?()\"“”]+", text[start:])
        if token is None or not _ADDRESS.search(token.group(0).rstrip(".")):
            return True
    return False


_DESCRIBING_SHAPE = re.compile(r"[A-Z][a-z]{2,}(?:ing|er|or|ist|ian|man|woman)")


def _described_subject_word(word: str) -> bool:
    # (a nationality too: "American Davenport", after "Lindsay Davenport")
    return (
        word.lower() in OCCUPATIONS
        or word in DEMONYMS
        or _DESCRIBING_SHAPE.fullmatch(word) is not None
    )


def _described_surname(name: str, full_names: Collection[Sequence[str]]) -> str | None:
    """The surname in "Goalscorer Toure", "Striker Henry" or "American Davenport" (a word that
    describes a person, then a surname), which the model read as a body or a place: where the
    article names someone in full with that surname and no one with that first word, the
    mention is theirs."""
    words = name.split()
    if (
        len(words) != 2
        or not _described_subject_word(words[0])
        or words[0].lower() in given_names()  # "Adrian Ismay", shaped like "Goalscorer"
        or not _SURNAME_SHAPE.fullmatch(words[1])
        or any(full[0] == words[0] for full in full_names)
    ):
        return None
    named = [
        full
        for full in full_names
        if full[-1].removesuffix("'s").removesuffix("’s") == words[1]
        and full[0].lower().rstrip(".") not in TITLES  # named in full, not "Mr Ismay"
    ]
    return words[1] if named else None


def _nationality_and(name: str, text: str) -> str | None:
    """The person's name in "Frenchman Cyril Saulnier", "Veteran Spaniard Conchita Martinez"
    or "Lib Dems David Laws", which the model read as one organisation or place: a nationality
    that is only ever a noun, or a party, after words that describe a person, if any; then a
    first name and a surname, neither of them a word that heads a body, a place or an event."""
    words = name.split()
    heads = ORG_HEADS | INSTITUTION_HEADS | PLACE_HEADS | EVENT_AND_LAW_HEADS | FACILITY_HEADS
    if (
        len(words) < 3
        or not (_GIVEN_SHAPE.fullmatch(words[-2]) or _INITIALS.fullmatch(words[-2]))
        or not _SURNAME_SHAPE.fullmatch(words[-1])
        or any(w.lower() in heads for w in words[-2:])
    ):
        return None
    lead = words[:-2]
    party = _party_words(lead)
    if party and party == len(lead):
        return " ".join(words[-2:])
    if not PERSON_OF_A_NATION.fullmatch(lead[-1]):
        return None
    if all(_describes_a_person(w, text) for w in lead[:-1]):
        return " ".join(words[-2:])
    return None


def _party_words(words: Sequence[str]) -> int:
    """How many of the first words name a party by its members ("Tories", "Lib Dems"): 0 if
    they do not."""
    for count in (2, 1):
        joined = " ".join(words[:count]).lower()
        if len(words) >= count and (joined in PARTY_MEMBER or joined in PARTIES_BY_MEMBERS):
            return count
    return 0


def _describes_a_person(word: str, text: str) -> bool:
    """Whether a capitalised word before a name describes the person rather than begins the
    name: a trade, a nationality, or a word the article also writes in lower case ("Veteran",
    capitalised only to open a sentence)."""
    from .load.fused.words import is_rare_word

    return (
        word.lower() in OCCUPATIONS
        or word.lower() in PARTY_MEMBER
        or _NATIONAL_NOUN.fullmatch(word) is not None
        or word in DEMONYMS
        or _in_lower_case(word, text)
        # "Golfer Tiger Woods", "Farmer Geoff Brooks": a doer's noun, which no first name is
        or (
            _DESCRIBING_SHAPE.fullmatch(word) is not None
            and not is_rare_word(word)
            and word.lower() not in given_names()
        )
    )


# Words that open a sentence with a capital and that no name begins with: the model takes
# them in with the name after them ("Said Wales coach ...", "With Alastair Campbell ...").
NEVER_IN_A_NAME = frozenset(
    """said says with without and but or nor yet both either neither including besides unlike
    then also even only fellow""".split()
)


_GIVEN_SHAPE = re.compile(r"[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)?")
_INITIALS = re.compile(r"[A-Z]{2}|(?:[A-Z]\.){1,3}")  # "JP McManus", "J.K. Rowling"
_SURNAME_SHAPE = re.compile(rf"(?:Mc|Mac|O['’]|D['’])?{_GIVEN_SHAPE.pattern}")  # "McManus"

# A nationality as a noun before a name: "Frenchman Cyril Saulnier", "Briton Tim Henman".
_NATIONAL_NOUN = re.compile(
    r"(?:English|French|Irish|Welsh|Scots|Dutch|Ulster|Cornish)(?:man|woman|men|women)|Briton|"
    r"Dane|Swede|Finn|Pole|Turk|Scot|Kiwi|Aussie|Spaniard|Swiss|Czech|Argentine|Brazilian|"
    r"Australian|"
    r"American|Canadian|Italian|German|Russian|Norwegian|Belgian|Austrian|Croatian|Serbian"
)


def _party_by_its_name(name: str, forms: Counter[str], text: str) -> str:
    """A party named by a member's adjective ("Lib Dem", of "the Lib Dem spokesman") under the
    name the text calls the party by: its own ("Liberal Democrats") where the text gives it,
    else its members' ("Lib Dems", "Tories")."""
    party = PARTY_MEMBER.get(name.lower())
    if party is None:
        return name
    if re.search(rf"\b{re.escape(party)}\b", text):
        return party
    members = [f for f in forms if PARTIES_BY_MEMBERS.get(f.lower()) == party]
    return max(members, key=forms.__getitem__) if members else name


def _party(name: str, label: str, text: str) -> str | None:
    """The party a name stands for, if it is one named by its members ("the Tories"); the
    Liberal Democrats, where the article names them, for the "Democrats" the model cut from
    their name."""
    lower = name.lower()
    party = PARTIES_BY_MEMBERS.get(lower)
    if party is None and label != "NORP":
        party = PARTY_MEMBER.get(lower)
    if (party == "Democratic Party" or lower == "liberal") and "Liberal Democrat" in text:
        return "Liberal Democrats"  # "Liberal" of "Liberal Democrat chief executive", cut short
    if party is None and label == "ORG":
        # "The UK Independence Party", which the model read as a place and a party: a party's
        # own name that opens on its country, cut there
        for full in NATIONAL_PARTIES:
            country, _, rest = full.partition(" ")
            if rest.lower() == lower and country in ("UK", "US") and f"{country} {name}" in text:
                return full
    return party


def _merge(
    document: Document, mentions: Iterable[Mention], works: Collection[str], *, sports: bool
) -> list[_Cluster]:
    """Mentions gathered into one cluster per entity; none for the names of `works`. `sports`:
    whether the article is a sports story (`_is_sports`)."""
    # name, kind, mention, its context (a team, after "in", a speaker, a cue to its kind, after
    # "the"), the party it names
    read: list[
        tuple[str, str | None, Mention, tuple[bool, bool, bool, str | None, bool], str | None]
    ] = []
    names = set()
    text = " ".join(p.text for p in document.paragraphs)
    mentions = list(mentions)
    full_names = [m.text.split() for m in mentions if m.label == "PERSON" and " " in m.text]
    for n, mention in enumerate(mentions):
        name = clean_name(mention.text, mention.label)
        label = mention.label
        peer = _PEER_BEFORE.search(
            _paragraph_text(document, mention.paragraph), max(0, mention.start - 12), mention.start
        )
        if peer is not None and name is not None and label in ("PERSON", "ORG") and " " not in name:
            # "Lord Bingham - a senior law lord - said ...": a peer goes by his title and one
            # name, which the model read without the title (as a person's or a body's); where
            # the article also names him in full, that name is his ("Lord Butler" is "Robin
            # Butler", `_join_parts`)
            name, label = f"{peer.group(1)} {name}", "PERSON"
        elif name is not None and label == "PERSON":
            name = _common_title(name, text)
        elif (
            name is not None
            and label in ("ORG", "GPE")
            and (person := _nationality_and(name, text))
        ):
            name, label = person, "PERSON"  # "Frenchman Cyril Saulnier", labelled a body
        elif (
            name is not None
            and label in ("ORG", "GPE", "NORP")
            and (person := _described_surname(name, full_names))
        ):
            name, label = person, "PERSON"  # "Goalscorer Toure", labelled a body
        if (
            name in works
            or _after_a_degree(document, mention)
            or _inside_a_work(document, mention, works)
        ):
            continue
        noun = _noun_before(document, mention) if name is not None else None
        if label not in KINDS and noun in ORG_NOUNS:
            label = "ORG"  # "network monitoring company Sandvine", read as a product
        if name is not None and label in KINDS and not _after_number(document, mention):
            kind = KINDS[label]
            party = _party(name, mention.label, text)
            if party is not None:
                kind = "organisation"  # whatever the model took it for ("Lib Dems": a person)
                if (party == "Liberal Democrats" and " " not in name) or party.endswith(f" {name}"):
                    # the half of their name the model kept: no name of theirs ("Democrats";
                    # "Independence Party" of "The UK Independence Party")
                    name = party
            elif (
                kind in ("person", "place")
                and (
                    # ("anti-virus firm Sophos", which the model may read as a building)
                    noun in ORG_NOUNS
                    or _body_after(document, mention)
                    or _apposed(document, mention) == "organisation"
                )
            ) or (
                # "Symantec subsidiary Brightmail", read as a people: what owns a subsidiary
                # is a firm, whatever the model took it for; not a people's word ("Japanese")
                kind == "group"
                and name not in DEMONYMS
                and _UNIT_AFTER.match(_paragraph_text(document, mention.paragraph), mention.end)
            ):
                # "marketing company Doubleclick"; "the Atlantic magazine", "the Marie Stopes
                # clinic": the name names the body
                kind = "organisation"
            elif (
                kind in ("place", "organisation")
                and _POSSESSIVE_BEFORE.search(
                    _paragraph_text(document, mention.paragraph),
                    max(0, mention.start - 4),  # ("x's ": no need to read the paragraph)
                    mention.start,
                )
                and _a_persons_name(name, sports, text)
                and not _body_after(document, mention)  # "Northern Ireland's Marie Stopes clinic"
            ):
                kind = "person"  # "Japan's Ai Sugiyama", the player read as a building
            elif (
                kind == "person"
                and " " in name
                and name.rsplit(" ", 1)[-1] in _PART_OF_A_PLACE
                and name.split()[0].lower() not in given_names()
            ):
                kind = "place"  # "Leeds Central", "Nottingham North": a seat, no person
            elif kind == "person" and " " not in name and _names_a_people(name, text):
                kind = "group"  # "the Yanomami" where the text says "Yanomami people"
            elif kind == "person" and _owner_of_a_person(mention, mentions[n + 1 : n + 2]):
                # "Aston Villa's Carlton Cole": whose player he is; the model reads the owner
                # of a person as a person by its place, which says nothing of what it is
                kind = None
            elif kind == "person" and _whose_the_next_person_is(
                document, mention, mentions[n + 1 : n + 2]
            ):
                # "Maverick Tottenham forward Emmanuel Adebayor": likewise, unless its last
                # word says a body ("Manchester United winger Cristiano Ronaldo")
                kind = "organisation" if _head_word(name) in ORG_HEADS else None
            names.add(name)
            neighbours = (mentions[n - 1] if n else None, mentions[n + 1 : n + 2])
            context = (
                _acts_as_team(document, mention)
                or (sports and _listed_with_a_body(document, mention, neighbours)),
                _located(document, mention),
                mention.label == "PERSON" and _speaks(document, mention),
                None if party else _cue(document, mention, noun, neighbours),
                _after_the(document, mention),
            )
            read.append((name, kind, mention, context, party))
    # "the Fiat-GM deal", "US-China talks": two names the article also gives apart, paired
    read = [entry for entry in read if not _pairing(entry[0], names)]
    # "Henry's Arsenal club-mate" in an article that names Thierry Henry
    surnames = {n.rsplit(" ", 1)[-1] for n in names if " " in n}
    people = {n.rsplit(" ", 1)[-1] for n, kind, *_ in read if kind == "person" and " " in n}
    # the surnames of names shaped as a person's, whatever the model read them as: a first name,
    # then a word that may be a surname ("Dent"), not a body's noun ("Delta Airlines", "Royal
    # Bank")
    last_words = {
        n.rsplit(" ", 1)[-1]
        for n in names
        if 2 <= len(n.split()) <= 3
        and n.split()[0].lower() in given_names()
        and _may_be_a_surname(n.rsplit(" ", 1)[-1])
    }
    clusters: dict[str, _Cluster] = {}
    for name, kind, mention, context, party in read:
        if context[4] and name[-1:] == "s" and name[:-1] in people and name not in surnames:
            continue  # "the private life of the Beckhams": a family, no entity the memo lists
        nationality, _, rest = name.partition(" ")
        if nationality in DEMONYMS and kind != "person" and _a_persons_name(rest, sports, text):
            # "American Taylor Dent", one span to the model, read as a body: a player and
            # where he is from
            name, kind = rest, "person"
        elif (
            nationality in DEMONYMS
            and kind != "person"
            and re.fullmatch(r"[A-Z][a-z’'-]+", rest)
            and rest in last_words
        ):
            # "American Dent" after "Taylor Dent": where he is from, and the surname of one the
            # article names in full (a nationality describes people, not bodies)
            name, kind = rest, "person"
        owner = _INNER_POSSESSIVE.match(name)
        owned_person = (
            owner is not None
            and _a_persons_name(owner.group(2), sports, text)
            and not _body_after(document, mention)
        )
        # (a country's body: "America's National Football League", whoever else the text names)
        country_owned = (
            owner is not None
            and (
                _key(owner.group(1)) in COUNTRY_ALIASES or owner.group(1).lower() in country_names()
            )
            and _head_word(owner.group(2)) in ORG_HEADS | INSTITUTION_HEADS
        )
        if owner and (
            owner.group(1) in names or owner.group(1) in surnames or owned_person or country_owned
        ):
            # "Western Sahara's Polisario Front": two names, the first typed by its own
            # mentions; "Roma's Olivier Dacourt", read as one body's name: a club's player
            clusters.setdefault(_key(owner.group(1)), _Cluster()).add(
                owner.group(1), None, mention, context
            )
            name = owner.group(2)
            if owned_person:
                kind = "person"
        if _common_words(name, text):
            continue
        # A party's forms ("Tories", "Conservatives", "Conservative Party") share its entry,
        # named by the form the text uses most.
        key = _key(party or name)
        # whatever the model took it for: one entry
        key = BODY_ALIASES.get(key) or COUNTRY_ALIASES.get(key, key)
        clusters.setdefault(key, _Cluster()).add(name, kind, mention, context)
    # A name in brackets right after another is another name for it: "the Fondation pour
    # l'Enfance (Foundation for Childhood)".
    bracketed = {}
    for (name, _, mention, *_), (other, _, after, *_) in pairwise(read):
        paragraph = _paragraph_text(document, mention.paragraph)
        if (
            after.paragraph == mention.paragraph
            and paragraph[mention.end : after.start] == " ("
            and paragraph[after.end : after.end + 1] == ")"
        ):
            bracketed[other] = name
    clustered = _join_spellings(list(clusters.values()))
    return _join_short_given_names(_join_parts(clustered, text, bracketed))


def _join_spellings(clusters: list[_Cluster]) -> list[_Cluster]:
    """One cluster for a person's name spelled two ways (`_transliterated`: "Hilary Clinton"
    in a caption, "Hillary Clinton" in the text), named by the spelling written most
    (`_Cluster.name`); so that the surname alone has one full name to join. Only names that
    end on the same word are compared."""
    kept: list[_Cluster] = []
    named: dict[str, list[_Cluster]] = {}  # names of more than one word, by their last word
    for cluster in clusters:
        name = cluster.name
        if " " not in name:
            kept.append(cluster)
            continue
        same = named.setdefault(name.rsplit(" ", 1)[-1], [])
        # (one of the two read as a person's somewhere: the model's reading of a place's name
        # spelled another way, "Ko Samui", as it reads a person's)
        home = next(
            (
                k
                for k in same
                if (k.labels["person"] or cluster.labels["person"])
                and _transliterated(k.name, name)
            ),
            None,
        )
        if home is None:
            kept.append(cluster)
            same.append(cluster)
        else:
            home.absorb(cluster)
    return kept


# Nouns for a people and what is theirs as a people: a word written before one names the people
# ("Yanomami people", "a Maasai village"), which no one person's name does.
_PEOPLE_NOUNS = (
    "people|peoples|tribe|tribes|tribespeople|tribesmen|tribeswomen|villagers|clan|clans|"
    "ethnic group|indigenous group|community|communities|language|territory|homeland"
)


def _names_a_people(word: str, text: str) -> bool:
    """Whether the text writes `word` before a noun for a people ("Yanomami people"), after
    "ethnic", or in the plural after a number or a description: the word is the people's name,
    so on its own it is no person's surname, whatever the model read."""
    if (f"ethnic {word}" in text and re.search(rf"\bethnic {re.escape(word)}\b", text)) or (
        f" {word}s" in text
        and re.search(
            rf"\b(?!(?:the|these|those|both|all|two|three|four|five)\b)(?:[a-z]+|\d[\d,]*) "
            rf"{re.escape(word)}s\b",
            text,
        )
    ):
        # "an ethnic Hutu leader", "800,000 Tutsis and moderate Hutus": a people, counted and
        # described in the plural (not "the Kennedys", a family)
        return True
    # Each place the word stands, not inside another word, looked at with one expression: an
    # expression built for every word is compiled for every word.
    written = f"{word} "
    start = text.find(written)
    while start >= 0:
        before = text[start - 1] if start else " "
        if not (before.isalnum() or before in "_-") and _PEOPLE_NOUN.match(
            text, start + len(written)
        ):
            return True
        start = text.find(written, start + 1)
    return False


_PEOPLE_NOUN = re.compile(rf"(?:{_PEOPLE_NOUNS})\b")


# Lower-case particles of surnames ("van der Burgh", "le Clos", "da Silva"), and the suffixes
# that tell a son from his father
_SURNAME_PARTICLES = frozenset("de del della di da das do dos du la le van von der den ter".split())
_SUFFIXES = frozenset({"Junior", "Jr", "Jnr", "Senior", "Snr"})


def _a_persons_name(words: str, sports: bool, text: str) -> bool:
    """Whether the words are shaped as a person's name: a first name and a surname, no common
    word closing them nor a body's or a place's head ("Olivier Dacourt", not "Royal Navy",
    "Toyota Motor"); the first name one the census lists, or, in a sports story, where
    "Japan's Ai Sugiyama" and "Roma's Olivier Dacourt" are players, any that is no common
    word and that the `text` never uses alone (`_named_by_first_word`)."""
    from .load.fused.words import is_common_word

    # (a surname's particles and a son's suffix are no words of their own: "Chad le Clos",
    # "Joao Gomes Junior")
    parts = [p for p in words.split() if p not in _SURNAME_PARTICLES]
    if len(parts) < len(words.split()):
        # a surname with its particle is written alone too ("Le Clos said"); a place's name
        # with one is not ("Santa Cruz de Tenerife")
        surname = words.split(" ", 1)[1]
        if text.lower().count(surname.lower()) <= text.count(words):
            return False
    if len(parts) > 2 and parts[-1] in _SUFFIXES:
        parts.pop()
    if len(parts) not in (2, 3) or not all(_GIVEN_SHAPE.fullmatch(p) for p in parts):
        return False
    last = parts[-1].lower()
    if is_common_word(last) or last in _NAMED_FOR or last in ORG_HEADS:
        return False
    first = parts[0].lower()
    return first in given_names() or (
        sports
        # (a place's name has particles too: "Paseo de Anoeta")
        and not any(p in _SURNAME_PARTICLES for p in words.split())
        and not is_common_word(first)
        and not _named_by_first_word(words, text)
    )


def _named_by_first_word(name: str, text: str) -> bool:
    """Whether the text names the thing by the first word of its name on its own, at least once
    besides the full name: a club's short name ("Cotonsport" of "Cameroon's Cotonsport
    Garoua"), where a person is named by the surname."""
    first = name.split()[0]
    alone = sum(1 for _ in _positions(text, first))
    return alone > sum(1 for _ in _positions(text, name))


def _owner_of_a_person(mention: Mention, following: Sequence[Mention]) -> bool:
    """Whether the mention is a possessive right before a person's name, in one span of text
    ("Aston Villa's Carlton Cole")."""
    return (
        mention.text.endswith(("'s", "’s"))
        and bool(following)
        and following[0].label == "PERSON"
        and following[0].paragraph == mention.paragraph
        and following[0].start - mention.end <= 1
    )


def _named_as_a_product(name: str, mentions: Sequence[Mention]) -> int:
    """How often the model read a name that opens on this one as a product's, a model of it
    ("Windows 95"): no place has models. (The name alone read as a product is the model's
    noise as often as not: "G7".)"""
    return sum(m.label == "PRODUCT" and m.text.startswith(f"{name} ") for m in mentions)


def _whose_the_next_person_is(
    document: Document, mention: Mention, following: Sequence[Mention]
) -> bool:
    """Whether the mention is what the person named right after it plays for or works in,
    with what he is between them ("Maverick Tottenham forward Emmanuel Adebayor"): no one is
    described by another person's name that way."""
    if not following or following[0].label != "PERSON" or " " not in following[0].text:
        return False
    if following[0].paragraph != mention.paragraph:
        return False
    between = _paragraph_text(document, mention.paragraph)[mention.end : following[0].start]
    words = between.split()
    return (
        between.startswith(" ")
        and between.endswith(" ")
        and (len(words) == 1 or (len(words) == 2 and words[0] in _BEFORE_A_POST))
        and words[-1] in PERSON_NOUNS | _POSTS_BEFORE_A_NAME
    )


# What may qualify the post between them ("Chelsea assistant manager Steve Clarke"); not a word
# that joins two people ("centre Will Greenwood and flanker Richard Hill while fly-half ...")
_BEFORE_A_POST = frozenset("assistant deputy vice former new caretaker interim acting".split())


# Posts that come before a person's name after whom he works for ("Chelsea boss Jose
# Mourinho"), which `PERSON_NOUNS` leaves out as they come before firms too ("fund manager").
_POSTS_BEFORE_A_NAME = frozenset(
    "forward boss manager coach player chief minister secretary leader president".split()
)


def _inside_a_work(document: Document, mention: Mention, works: Collection[str]) -> bool:
    """Whether the mention is a word of a work's name where the text gives that name again:
    "Baghdad" in "Both Why We Fight and The Liberace of Baghdad were made for the BBC", after
    the model read the whole title once. Only a place's name: a person's or a body's inside a
    title is how the work is called in short ("Housewives"), which joins the work later."""
    if mention.label not in _WHERE_LABELS:
        return False
    text = _paragraph_text(document, mention.paragraph)
    for work in works:
        if mention.text not in work or mention.text == work:
            continue
        start = text.find(work, max(0, mention.end - len(work)))
        if start != -1 and start <= mention.start and mention.end <= start + len(work):
            return True
    return False


def _after_a_degree(document: Document, mention: Mention) -> bool:
    """ "MA [Women's Studies]", "BA History with [Social Sciences]": a course's subject."""
    before = _paragraph_text(document, mention.paragraph)[
        max(0, mention.start - 40) : mention.start
    ]
    words = before.split()
    return bool(words) and (words[-1] in DEGREES or (len(words) > 2 and words[-3] in DEGREES))


_HYPHENED_PAIR = re.compile(r"([A-Z][\w.&'’]*)-([A-Z][\w.&'’]*)")


def _pairing(name: str, names: Collection[str]) -> bool:
    """A hyphened pair of names the article also gives alone ("Fiat-GM"), not one name written
    with a hyphen ("Rolls-Royce", "Bosnia-Herzegovina": their parts are not names of their own
    in the text)."""
    pair = _HYPHENED_PAIR.fullmatch(name)
    return pair is not None and pair.group(1) in names and pair.group(2) in names


def _works(document: Document, mentions: Sequence[Mention]) -> set[str]:
    """Names of films, books, shows and the like, which the model takes for people,
    organisations or places: a name the text calls a work anywhere ("the British film Bullet
    Boy") or the model labels one is a work in all its mentions. Not a name before "film" ("a
    BBC documentary", "the Martin Scorsese film"): the maker, as often as the title."""
    works = set()
    # Names the model reads as a place or a people anywhere: "US actor Will Smith", "Hollywood
    # star Kevin Spacey" say where the person is from, not what they made.
    placed = {clean_name(m.text, m.label) for m in mentions if m.label in _WHERE_LABELS}
    for mention in mentions:
        name = clean_name(mention.text, mention.label)
        if name is None:
            continue
        nouns = WORK_NOUNS if mention.label == "PERSON" else WORK_NOUNS_BEFORE
        before = _noun_before(document, mention)
        if (
            mention.label == "WORK_OF_ART"
            or before in nouns
            or (before == "hit" and _a_hit(document, mention))
        ):
            works.add(name)
        elif _MADE_BY.match(_paragraph_text(document, mention.paragraph)[mention.end :]):
            works.add(name)  # "The Liberace of Baghdad by British director Sean McAllister"
        elif _MAKERS_OWN.search(
            _paragraph_text(document, mention.paragraph), max(0, mention.start - 80), mention.start
        ):
            works.add(name)  # "British director Sean McAllister's The Liberace of Baghdad"
        elif _LISTED_AS_WORKS.search(
            _paragraph_text(document, mention.paragraph), 0, mention.start
        ):
            works.add(name)  # "hits such as Open Water, Napoleon Dynamite, Garden State and ..."
        elif (
            mention.label in ("PERSON", "WORK_OF_ART")
            and _SUNG.search(
                _paragraph_text(document, mention.paragraph),
                max(0, mention.start - 60),
                mention.start,
            )
            and not re.match(
                r"['’]s\b", _paragraph_text(document, mention.paragraph)[mention.end :]
            )
            and not _before_a_noun(_paragraph_text(document, mention.paragraph), mention.end)
        ):
            works.add(name)  # "sang Hey Jude", "a version of Live And Let Die"; not "Elton John's"
        elif _YEAR_AFTER.match(_paragraph_text(document, mention.paragraph), mention.end):
            # "The Boxer (1998)": the year a film, a book or a record came out; a person's
            # years are two ("(1926-2016)"), an age is no year
            works.add(name)
        elif mention.label != "ORG" and _owned(document, mention):
            works.add(name)  # "his Taser", "my Oscar": a thing someone has
        elif _work_apposed(document, mention):
            works.add(name)  # "his duet with Keys, My Boo, earned the pair a nod"
        elif (
            name not in placed
            and mention.label not in _WHERE_LABELS
            and _MAKER_AFTER.match(_paragraph_text(document, mention.paragraph), mention.end)
            and (
                mention.label == "PERSON"
                or _MAKER_AFTER_A_BODY.match(
                    _paragraph_text(document, mention.paragraph), mention.end
                )
            )
        ):
            works.add(name)  # "Harry Potter author JK Rowling", "Friends star Matt LeBlanc"
    return works | _listed_with_works(document, mentions, works)


def _listed_with_works(
    document: Document, mentions: Sequence[Mention], works: set[str]
) -> set[str]:
    """Names listed before a work with the kind of work said between them: "art-house
    offerings such as Napoleon Dynamite and critical hit Sideways" makes Napoleon Dynamite a
    work, as "Sideways" is one (a name after its kind is one already). Not a plain list
    ("Anastacia, Avril Lavigne and Britney Spears"): one name in it wrongly taken for a work
    would take all the others with it."""
    found: set[str] = set()
    ordered = sorted(mentions, key=lambda m: (m.paragraph, m.start))
    for first, second in pairwise(ordered):
        if first.paragraph != second.paragraph:
            continue
        between = _paragraph_text(document, first.paragraph)[first.end : second.start]
        if not _WORKS_JOINED.fullmatch(between):
            continue
        name, work = clean_name(first.text, first.label), clean_name(second.text, second.label)
        before = [
            w.lower()
            for w in _paragraph_text(document, first.paragraph)[: first.start].split()[-2:]
        ]
        cast = bool(before) and (
            before[-1] in _CAST_BEFORE or (before[-1] == "as" and before[:1] != ["such"])
        )
        if name is not None and work in works and name not in works and not cast:
            found.add(name)
    return found


# Words before a name that make it a person in a work's list, not a work: "The Polar Express,
# starring Tom Hanks, and festive comedy Christmas with the Kranks"; and "as" (not "such as"):
# "starring Leonardo DiCaprio as Howard Hughes and wine-tasting comedy Sideways".
_CAST_BEFORE = frozenset("starring co-starring featuring with by alongside and".split())


# After a work's name, its maker or its star: "Harry Potter author JK Rowling", "Friends star
# Matt LeBlanc", "Office creator Ricky Gervais". After a name the model read as a body, only
# the nouns of writing: "Chelsea star" and "BBC director" name bodies; never after a place or a
# people ("US actor", "Hollywood star").
_MAKER_AFTER = re.compile(
    r"['’]?\s+(?:author|creator|co-creator|writer|novelist|screenwriter|star|actor|actress|"
    r"director|producer)\s+[A-Z]"
)
_MAKER_AFTER_A_BODY = re.compile(
    r"['’]?\s+(?:author|creator|co-creator|novelist|screenwriter)\s+[A-Z]"
)
_WHERE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})


# Words before "hit" that make it a verb: "would hit Europe", "who hit Dr Dre", "to hit Sri
# Lanka". After anything else it is a noun, and what follows it a work: "the television hit
# Desperate Housewives", "her debut hit Genie", "the BBC's hit Little Britain".
_HIT_AS_A_VERB = frozenset(
    """to who which that would will could can may might must shall should did does do also
    and or not never then they he she it we i you had has have was were been be""".split()
)


def _a_hit(document: Document, mention: Mention) -> bool:
    """Whether the "hit" right before the mention is the noun, a successful work."""
    paragraph = _paragraph_text(document, mention.paragraph)
    words = paragraph[: mention.start].split()
    if len(words) < 2:
        return False
    word = words[-2]
    after = re.match(r"\s+([a-z]+)", paragraph[mention.end :])
    if after is not None and after.group(1) in WORK_NOUNS:
        return False  # "the hit BBC show": its maker
    return (
        word.lower() in ("the", "a", "his", "her", "its", "their")
        or (word.islower() and word not in _HIT_AS_A_VERB)
        or word.endswith(("'s", "’s"))
    )


_OWNER = re.compile(r"\b(?:my|your|his|her|its|our|their) $", re.IGNORECASE)
# What may follow a name that ends its noun phrase: a stop, a comma or a conjunction before a
# lower-case word (not "their Chappaqua, New York, home", "its Mangala and Aishwariya
# fields"), a preposition.
_PHRASE_ENDS = re.compile(
    r"[.;:!?)\"”]|(?:,| and| or| but) [a-z]| (?:to|as|at|in|on|from|with|for|into|onto|by|when|"
    r"while|because|before|after|during)\b|$"
)


def _owned(document: Document, mention: Mention) -> bool:
    """A name a possessive pronoun owns, as the head of its phrase ("grabbed his Taser"): a
    product or a prize, since a person or a place is never "his" in news; not a modifier of a
    noun after it ("his Chelsea team-mates", "its Iraq Index", "its US-based staff")."""
    text = _paragraph_text(document, mention.paragraph)
    return bool(
        _OWNER.search(text[max(0, mention.start - 6) : mention.start])
        and _PHRASE_ENDS.match(text, mention.end)
    )


_YEAR_AFTER = re.compile(r"\s*\((?:1[89]|20)\d\d\)")
# A maker's name in the possessive, then the name of what they made: "British director Sean
# McAllister's The Liberace of Baghdad" (a body would be lower case: "director X's company").
_MAKERS_OWN = re.compile(
    r"\b(?:director|film-?maker|author|novelist|playwright|screenwriter|composer|songwriter) "
    r"(?:[A-Z][\w'’.-]* ){0,3}[A-Z][\w'’.-]*['’]s (?:(?:new|latest|debut|first|last) )?"
    r"(?:(?:film|movie|documentary|novel|book|play|album) )?(?:The )?$"
)
# What is sung, or played as one version of it: "sang Hey Jude and other Beatles songs", "a
# rousing version of Hey Jude" (a singer is sung with, or sung by; a person "performed" is a
# role: "performed Hamlet"; whom a side or a player "played" is a rival: "played Federer")
_SUNG = re.compile(
    r"\b(?:(?:sang|sing|sings|singing|performed|performs|performing) "
    r"(?:(?:his|her|their|the) (?:[a-z]+ )?(?:hit|song|single|anthem|track|number) )?|"
    r"(?:played|plays|playing) (?:his|her|their|the) (?:[a-z]+ )?(?:hit|song|single|track) |"
    r"(?:version|rendition|cover|remix|chorus|verse) of )"
    # (the model may leave the title's first words out: "sang Hey [Jude]")
    r"(?:[A-Z][\w'’]* ){0,2}$"
)
# A list of names after the kind of work they all are: "hits such as Open Water, Napoleon
# Dynamite, Garden State and Super-Size Me" (each item opens on a capital).
_LISTED_AS_WORKS = re.compile(
    r"\b(?:films|movies|hits|documentaries|albums|novels|books|songs|singles|shows|series|"
    r"programmes|sitcoms|dramas|comedies|thrillers|blockbusters|plays|musicals),? "
    r"(?:such as|including|like) (?:[A-Z][^,.;:!?]*?, )*(?:[A-Z][^,.;:!?]*?,? (?:and|or) )?$"
)
# A name followed by who made it: a work's title. Only makers' nouns: "the takeover of Manchester
# United by Malcolm Glazer" names a club.
_MADE_BY = re.compile(
    r",? by (?:the )?(?:[\w'’-]+ ){0,3}?(?:director|film-?maker|author|writer|novelist|"
    r"playwright|poet|artist|painter|photographer|composer|songwriter|band|singer|rapper|"
    r"choreographer|sculptor)s?\b",
    re.IGNORECASE,
)


def _join_short_given_names(clusters: list[_Cluster]) -> list[_Cluster]:
    """A person named once with the short form of the given name and once in full, with the
    same surname ("Josh Sweet" in a standfirst, "Joshua Sweet" in the report), is one person:
    the short form is the long one's first letters, three or more, or its initial ("S Taylor"
    of a team sheet, "Simon Taylor" in the report), where no one else of the article fits."""
    people = [
        c
        for c in clusters
        if " " in c.name and c.labels and c.labels.most_common(1)[0][0] == "person"
    ]
    joined: set[int] = set()
    for short in people:
        first, *rest = short.name.split()
        initial = _INITIAL.fullmatch(first)
        if initial is not None:
            first = initial.group(1)
        longer = [
            c
            for c in people
            if c is not short
            and id(c) not in joined
            and c.name.split()[1:] == rest
            and (len(first) >= SHORT_GIVEN_NAME or initial is not None)
            and c.name.split()[0] != first
            and c.name.split()[0].startswith(first)
            and _INITIAL.fullmatch(c.name.split()[0]) is None
        ]
        if len(longer) == 1:
            longer[0].absorb(short)
            joined.add(id(short))
    return [c for c in clusters if id(c) not in joined]


SHORT_GIVEN_NAME = 3  # letters: "Jo" may be John or Joanna
_INITIAL = re.compile(r"([A-Z])\.?")


def _join_parts(clusters: list[_Cluster], text: str, bracketed: dict[str, str]) -> list[_Cluster]:
    """Shorter names folded into the longer names they are part of or abbreviate, and names
    the text gives in brackets into the name before them."""
    # Abbreviations the article defines ("State Environmental Protection Agency (Sepa)"),
    # whatever their case.
    defined = {
        abbreviation: _strip_the(text[start:end]) for start, end, abbreviation in _spelled_out(text)
    }
    defined.update(bracketed)
    # (a peer's title is no word of his name: "Lord Butler" is shorter than "Robin Butler")
    clusters.sort(key=lambda c: (c.name in defined, -len(_without_peerage(c.name.split()))))
    kept: list[tuple[_Cluster, list[str]]] = []
    for cluster in clusters:
        home = _home(cluster, kept, defined.get(cluster.name))
        if home is not None:
            home.absorb(cluster)
        elif not _common_acronym(cluster.name, text):
            kept.append((cluster, cluster.name.split()))
    return [cluster for cluster, _ in kept]


def _without_peerage(words: list[str]) -> list[str]:
    """The words of a name without a peer's title before it ("Lord", "Baroness"); not "Lady",
    which is also a lord's wife's ("Lady Thatcher" is not "Mark Thatcher")."""
    if len(words) > 1 and words[0].lower() in PEERAGES | {"baroness"}:
        return words[1:]
    return words


def _home(
    short: _Cluster, longer: list[tuple[_Cluster, list[str]]], spelled: str | None = None
) -> _Cluster | None:
    """The one longer cluster `short` is a part or an abbreviation of, if exactly one;
    `spelled` is the name the article spells `short` out as, if it does."""
    if spelled is not None:
        for cluster, _ in longer:
            if spelled in cluster.forms:
                return cluster
    # "Van Gaal" opening a sentence is "Louis van Gaal"
    # "Lord Rix" is "Brian Rix" where the article names him; a peer's name where not
    words = _without_peerage(short.name.lower().split())
    labels = set(short.labels)
    candidates = []
    for cluster, full in longer:
        if len(full) <= len(words):
            continue
        if any(_MODEL_CODE.fullmatch(w) for w in full[1:]):
            continue  # "BMW" is not its "BMW X5", a product (`_read_kind`)
        written, full = full, [w.lower() for w in full]
        part = set(words) <= set(full)
        if not part and not _abbreviates(short.name, written):
            continue
        top = cluster.labels.most_common(1)[0][0] if cluster.labels else None
        if (
            top
            and len(words) == 1
            and "person" in labels
            and cluster.labels["person"] == cluster.labels[top]
        ):
            # "Geoff Winestock" read once as a body and once as a person, and "Winestock" as a
            # person: the even split is settled by the surname
            top = "person"
        if short.cues["person"] and len(words) == 1 and words[-1] == full[-1]:
            # "Mr Gray" -> "Freddie Gray", whatever the model took the full name for
            top = "person"
        if (
            labels == {"person"}
            and words == full[-1:]
            # (beaten "over Taylor Dent" says nothing of a side where a first name opens it)
            and _named_like_a_person(cluster, athlete=full[0] in given_names())
        ):
            # "Dementieva" -> "Elena Dementieva", a body to the model where her full name
            # opened a sentence (`_surname_read_as_person` then types the two)
            top = "person"
        # "Darin's wife" in a story about Bobby Darin, "from Adil" for Adil Rashid: a name the
        # model took for a place, but never where a place stands ("in Darin")
        name_as_place = labels == {"place"} and not short.located and len(words) == 1
        if (
            top == "person"
            and part
            and (not labels or labels & {"person", "organisation"} or name_as_place)
        ):
            # "Asif", "Khawaja Asif" -> "Khawaja Muhammad Asif"; "Andros" -> "Andros Townsend"
            if words[-1] == full[-1] or words == full[: len(words)]:
                candidates.append(cluster)
        elif top in ("organisation", "place") and _abbreviates(short.name, written):
            candidates.append(cluster)  # "FBI" -> "Federal Bureau of Investigation"
        elif (
            top in ("organisation", None)  # None: no label of its own ("Aston Villa's Cole")
            and labels == {"organisation"}
            and part
            and (
                full[: len(words)] == words
                # (not a party into its branch: "Labour Party" is not "Stevenage Labour Party";
                # but "Independence Party" is the "UK Independence Party")
                or (
                    full[-len(words) :] == words
                    and (not is_party_name(short.name) or cluster.name in NATIONAL_PARTIES)
                )
            )
        ):
            candidates.append(cluster)  # "Labour" -> "Labour Party", "Lilly" -> "Eli Lilly"
        elif top != "person" and words == [full[-1]] and words[0] in CLUB_SHORT_FORMS:
            candidates.append(cluster)  # "City" -> "Manchester City", whatever its label
        elif (
            len(full) == 2
            and full[0] in _CALLED_BY_TOWN
            and words == full[1:]
            and (short.team_like or labels == {"organisation"})
            and not short.located
        ):
            # "Madrid were about to play", "Sociedad levelled": a club called by its town, which
            # acts as a side and is never somewhere ("in Madrid" is the city)
            candidates.append(cluster)
        elif _opens_a_brand(words, full, top, short):
            candidates.append(cluster)  # "Krispy Kreme" -> "Krispy Kreme Doughnuts"
    if len(candidates) > 1 and words[0] in CLUB_SHORT_FORMS and len(words) == 1:
        # "United" in a story of Manchester United and Shareholders United: the club the
        # article names most
        counts = sorted((sum(c.forms.values()), n) for n, c in enumerate(candidates))
        if counts[-1][0] > counts[-2][0]:
            return candidates[counts[-1][1]]
    if len(candidates) > 1 and labels == {"organisation"}:
        # "Navy" in a story of the U.S. Navy and the Navy Provisional Detainee Battalion: a
        # name's last word is what it names (a battalion of the navy is a battalion), so the one
        # that ends on the short name is it
        ending = [c for c in candidates if _key(c.name).split()[-len(words) :] == words]
        if len(ending) == 1:
            return ending[0]
    return candidates[0] if len(candidates) == 1 else None


# Head words of names given for a person or a place ("Nelson Mandela Foundation", "Dallas Cup"):
# another entity than the one it is named for.
_NAMED_FOR = INSTITUTION_HEADS | PLACE_HEADS | FACILITY_HEADS | EVENT_AND_LAW_HEADS


def _opens_a_brand(words: list[str], full: list[str], top: str | None, short: _Cluster) -> bool:
    """Whether the short name of two words or more is the opening of a longer name of a body
    that is the same body, as a firm goes by its name without what it sells ("Krispy Kreme"
    for "Krispy Kreme Doughnuts"), whatever the model took the short name for. Not the name of
    a person or a place a body is named for: the short name opens on a given name ("Nelson
    Mandela" and the "Nelson Mandela Foundation"), the model read it as a place ("New York",
    "New York Times"), or the longer name ends on a word for an institution, a place or an
    event ("John Smith Memorial Hall", "Dallas Cup")."""
    return (
        len(words) > 1
        and words == full[: len(words)]
        and top != "person"
        and bool(short.labels)
        and short.labels.most_common(1)[0][0] != "place"
        and words[0] not in given_names()
        and not set(full[len(words) :]) & _NAMED_FOR
    )


# The last word of a club's name that stands for the club on its own ("City" for Manchester
# City, "United", "Rovers"): a common noun otherwise, which the model takes for a place.
CLUB_SHORT_FORMS = frozenset(
    "city united town county rovers athletic wanderers albion villa hotspur".split()
)


def _abbreviates(short: str, full: list[str]) -> bool:
    """Whether `short` is the initials of the name of words `full` ("FBI"); not where it is a
    word of that name ("BT" of "BT Together", a tariff of BT's)."""
    if not _ACRONYM.fullmatch(short) or short in full:
        return False
    letters = [c for c in short if c.isupper()]
    initials = [w[0] for w in full if w[0].isupper()]
    return len(letters) >= 2 and letters == initials


def _common_acronym(short: str, text: str) -> bool:
    """An acronym whose expansion the article writes but the model did not tag as a name
    ("MoU" for "Memorandum of Understanding"), or writes in lower case ("GMO" for "genetically
    modified organisms"), or whose plural it writes ("GP" beside "GPs"): an abbreviated common
    noun."""
    if " " in short or not _ACRONYM.fullmatch(short):
        return False
    letters = [c for c in short if c.isupper()]
    if len(letters) < 2:
        return False
    if short.isupper() and re.search(rf"\b{re.escape(short)}s\b", text):
        return True  # "GPs", "ISPs": a kind that has many, as no body's initials do
    written_out, in_lower_case, defined = _acronym_expressions(short, "".join(letters))
    if written_out.search(text):
        return True
    # In lower case only for three letters or more, each a word of five or more: two letters
    # ("US": "up sharply") and short words ("BBC": "been building capacity") match by chance.
    if in_lower_case is not None and in_lower_case.search(text):
        return True
    # "paraxylene (PX)": defined by a lower-case phrase
    return defined.search(text) is not None


@lru_cache(maxsize=4096)
def _acronym_expressions(
    short: str, letters: str
) -> tuple[re.Pattern, re.Pattern | None, re.Pattern]:
    """The expressions `_common_acronym` looks for, compiled once for each acronym: the same
    few recur from article to article."""
    joiner = r"\s+(?:(?:of|and|for|the|on|in)\s+)?"
    written_out = re.compile(r"\b" + joiner.join(c + r"[a-z][\w-]*" for c in letters))
    in_lower_case = None
    if len(letters) >= 3:
        in_lower_case = re.compile(
            r"\b" + r"\s+".join(c.lower() + r"[a-z]{4,}" for c in letters) + r"\b"
        )
    defined = re.compile(rf"\b[a-z][\w-]*\s+\({re.escape(short)}\)")
    return written_out, in_lower_case, defined


def _common_words(name: str, text: str) -> bool:
    """A capitalised common word or phrase: the article also writes it in lower case
    ("Defence" next to "defence", "Defence Cooperation" next to "defence cooperation")."""
    lower = name.lower()
    if lower == name:
        return False
    return next(_positions(text, lower), None) is not None


def _key(name: str) -> str:
    """The name as mentions of one entity share it: case, spacing, hyphens, stops and accents
    aside ("Hermés Birkin", "Hermes Birkin")."""
    if not name.isascii():
        name = "".join(
            c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
        )
    return re.sub(r"[\s\-.]+", " ", name.lower()).strip()


def _by_context(kind: str, cues: Counter[str], labels: Counter[str]) -> str:
    """An organisation the words around it call a place ("stopping off in Eastleigh",
    "travelled to Eastleigh", "near Eastleigh"), or the other way round ("a cheque from
    Unite"): the model's labels of one name are one guess, repeated, so words that never
    contradict each other overrule it when they are two or more, or outnumber its labels."""
    if kind not in ("organisation", "place"):
        return kind
    other = "place" if kind == "organisation" else "organisation"
    against = cues[other]
    if cues[kind] == 0 and against and (against >= 2 or against > labels[kind]):
        return other
    return kind


def _country_not_team(cluster: _Cluster) -> bool:
    """A country the words around never make a team ("a tour of the UAE"): the model's label of
    its acronym as an organisation is no evidence that it plays."""
    return _key(cluster.name) in COUNTRY_ALIASES and not cluster.team_like


def _called_a_person(cluster: _Cluster) -> bool:
    """The words around the name call it a person ("singer", "Mr") and never a body or a
    place."""
    return bool(cluster.cues["person"]) and not (
        cluster.cues["organisation"] or cluster.cues["place"]
    )


def _named_like_a_person(cluster: _Cluster, athlete: bool = False) -> bool:
    """Whether the name is shaped as a first name and a surname ("Elena Dementieva"), with
    nothing around it saying it is a body or a place, and no word of it one that heads a
    body's or a place's name ("Aston Villa", "Victoria Park"). `athlete`: words of sport
    around it ("Jones won") do not say it is a team's."""
    words = cluster.name.split()
    if not 2 <= len(words) <= 3 or not all(_GIVEN_SHAPE.fullmatch(w) for w in words):
        return False
    heads = ORG_HEADS | INSTITUTION_HEADS | PLACE_HEADS | EVENT_AND_LAW_HEADS | FACILITY_HEADS
    return not (
        any(w.lower() in heads for w in words)
        or (cluster.team_like and not athlete)
        or cluster.located
        or cluster.determined  # "the Neath-Swansea Ospreys", "the Deutsche Boerse bid"
        or cluster.cues["organisation"]
        or cluster.cues["place"]
    )


def _named_again_by_first_word(cluster: _Cluster) -> bool:
    """Whether the name's first word, which is no given name, stands alone more often than the
    full name and at least twice, and its last word never does."""
    words = cluster.name.split()
    alone = cluster.forms[words[0]]
    return (
        len(words) >= 2
        and alone >= 2
        and alone > cluster.forms[cluster.name]
        and not cluster.forms[words[-1]]
        and words[0].lower() not in given_names()
    )


def _surname_read_as_person(cluster: _Cluster) -> bool:
    """A name the model took for a body or a place where it is written in full, and for a person
    where its surname stands alone, at least as often: "Elena Dementieva swept aside ..." (an
    organisation) and later "Dementieva" (a person). Alone, the name is read by its own shape,
    without a sentence's opening or a list around it to mislead the model."""
    surname = cluster.name.split()[-1]
    alone = Counter(kind for form, kind in cluster.votes if kind and form == surname)
    other = Counter(kind for form, kind in cluster.votes if kind and form != surname)
    if other["person"]:
        # the full name read both ways ("Marion Jones" once a person, three times a body, and
        # "Jones" alone five times a person): the reading of most of its mentions decides,
        # whatever she did in sport ("Jones won", which a team does too)
        person = alone["person"] + other["person"]
        return person * 2 > alone.total() + other.total() and _named_like_a_person(
            cluster, athlete=True
        )
    # (a player is beaten as a side is, "a 7-5 6-3 win over Taylor Dent": no evidence of a
    # side where a first name opens the name)
    if not _named_like_a_person(cluster, athlete=cluster.name.split()[0].lower() in given_names()):
        return False
    return alone["person"] > 0 and alone["person"] >= max(
        alone.total() - alone["person"], other.total()
    )


# Three capitals or more, not a king's number ("Edward Bryant III").
_CAPITALS_ONLY = re.compile(r"(?!(?:II|III|IV|VI|VII|VIII|XI|XII)\b)[A-Z]{3,}")


# Two capitals or more ending a name, not a king's number ("Team GB"; not "Charles II").
_CAPITALS_AT_THE_END = re.compile(r"(?!(?:II|III|IV|VI|VII|VIII|IX|XI|XII)\b)[A-Z]{2,}")


def _kind(cluster: _Cluster, sports: bool, surnames: Collection[str] = ()) -> str | None:
    """What the entity is (see `_read_kind`); never a person where a word that joins a body's
    name stands inside it ("Reporters Without Borders")."""
    kind = _read_kind(cluster, sports, surnames)
    if kind == "person" and any(w in _CAPITALISED_LINKS for w in cluster.name.split()[1:]):
        return "organisation"
    return kind


LONE_TITLES = frozenset(
    "king queen prince princess duke duchess earl countess baron baroness emperor empress pope "
    "sultan emir sheikh tsar".split()
)


def _read_kind(cluster: _Cluster, sports: bool, surnames: Collection[str] = ()) -> str | None:
    """What the entity is: by the labels of its fullest form's mentions (the model reads a
    full name better than a surname alone), then by all its mentions. A person needs a full
    name; a head word overrides the model ("Jubilee Coalition", "Maidan Square"); a place that
    acts as a team in a sports story is an organisation."""
    votes = Counter(kind for form, kind in cluster.votes if kind and form == cluster.name)
    labels = Counter(kind for _, kind in cluster.votes if kind)
    if labels and _GROUND_OPENING.match(cluster.name):
        return "place"  # "Stade de France", "Estadio Azteca": a ground, whatever the model read
    if (
        sports
        and labels
        and _a_clubs_name(cluster.name)
        # a town's or a city's name, not a club's, where it is somewhere and never a side ("in
        # Cape Town", "in Salt Lake City"); a stake is "in Manchester United"
        and not (
            cluster.located
            and not cluster.team_like
            and (
                cluster.name.split()[-1].lower() in ("city", "town")
                # ("the Open 13 in Marseille": a tournament's town, never a side)
                or (cluster.cues["place"] and not cluster.cues["organisation"])
            )
        )
        # a person's name: "David Villa" (but "Nelson Town", "Man City" are clubs)
        and not (
            cluster.name.split()[0].lower() in given_names()
            and cluster.name.split()[-1].lower() in CLUB_ENDINGS - _CLUB_WORDS
        )
    ):
        return "organisation"  # "Aston Villa", "Birmingham City", "Racing Santander": clubs
    if cluster.cues["person"] and labels.get("person") and " " in cluster.name:
        return "person"  # "Mr Gray" for "Freddie Gray", whom the model took for an organisation
    if _surname_read_as_person(cluster):
        return "person"
    if " " not in cluster.name and cluster.name.lower() in LONE_TITLES:
        return None  # "the Duchess", "the Pope": a title standing for its holder, no name
    if " " not in cluster.name:
        if labels.get("place") and (_a_family(cluster) or _a_places_people(cluster)):
            return None
        if labels.get("person") and cluster.name.lower() in country_names():
            # "Rhys Williams says Wales are ...": a country, which the model read as a
            # person's surname (none is introduced by a country's name alone)
            votes["place"] += votes.pop("person", 0)
            labels["place"] += labels.pop("person")
        against = labels.total() - labels["person"] + cluster.cues.total() - cluster.cues["person"]
        if (
            labels["person"] >= LONE_PERSON_VOTES
            and labels["person"] >= 2 * against
            # (not "flooding across Kent", "in Bolton": a place the model read as a person,
            # which the words around say is one)
            and not cluster.located
            and not (cluster.cues["place"] or cluster.cues["organisation"])
            and (cluster.name.lower() in given_names() or cluster.name.lower() in census_surnames())
            and not (sports and cluster.team_like)
        ):
            # "Paula" (Radcliffe, never named in full), "Parry", read as a person three times
            # or more and twice as often as anything else: a people's name the model mostly
            # reads as a person's is most likely one; unlisted, as a lone name, rather than
            # listed on the reading the model mostly rejected. (Not "Yukos" or "Lycos", which
            # it reads as people too.)
            return None
        # People are introduced by a full name; a lone name "in" something is a place the
        # model took for a person ("a double success in Glasgow").
        if labels.get("person") and cluster.located and len(labels) == 1:
            return "place"
        if (
            cluster.name in surnames
            and not cluster.located
            and not (cluster.cues["place"] or cluster.cues["organisation"])
        ):
            # "Scott" in a story of Walter Scott and Tim Scott: the surname of people named in
            # full, that no words around call a place or a body, is neither, whatever the model
            # read ("Clinton" as a place in a story of Hillary Clinton); unlisted, since it names
            # no one person (one person's surname alone joins his entry).
            return None
        votes.pop("person", None)
        labels.pop("person", None)
    ranked = sorted(labels, key=lambda k: (-votes[k], -labels[k]))
    if not ranked:
        # A lone name the model took for a person, and words around it that say what it is
        # ("Matalan founder", "stake in Matalan").
        cues = [kind for kind in cluster.cues if kind != "person"]
        return cues[0] if len(cues) == 1 else None
    kind = ranked[0]
    if (
        kind == "group"
        and cluster.cues["organisation"]
        and labels["organisation"] >= labels["group"]
        and cluster.name not in DEMONYMS
    ):
        # "senior manager at Symantec", "Symantec subsidiary Brightmail": read as a people's
        # name as often as a body's, with words around it that say a body, and no people's
        kind = "organisation"
    # "the Open 13 in Marseille": read once as a body, but somewhere and never a side
    somewhere = (
        sports
        and " " not in cluster.name
        and not cluster.team_like
        and cluster.located
        and cluster.cues["place"]
        and not cluster.cues["organisation"]
        and labels.total() == labels["organisation"] == 1
    )
    if somewhere:
        kind = "place"
    if (
        kind == "person"
        and not sports
        and cluster.cues["organisation"]
        and labels["organisation"] >= labels["person"]
        and not cluster.cues["person"]
        and cluster.name.split()[0].lower() not in given_names()
    ):
        # "Electronic Arts and Vivendi", "Vivendi Universal": a name with no first name the
        # census knows, which the model read as a body too and which is listed among bodies,
        # is a body's (outside sport, where a side and its player are listed together; "Liam
        # Fox", never read as a body, stays a person whatever his neighbours)
        kind = "organisation"
    if (
        kind == "person"
        and not sports
        and not cluster.cues["person"]
        and (cluster.cues["organisation"] or labels["organisation"])
        and _named_again_by_first_word(cluster)
    ):
        # "France's Pernod Ricard", then "Pernod said", "Pernod shares": a firm is named again
        # by the first word of its name, a person by the surname; with a word or a reading of
        # the model that says "body" and none that says "person" ("Mr Hu" of Hu Jintao)
        kind = "organisation"
    if kind in ("place", "organisation") and _called_a_person(cluster):
        # "Church warden Liz Cowley", labelled an organisation: a full name the words around
        # call a person's is one; "ex-Smiths star Morrissey", labelled a place, is not one,
        # whatever it is
        if " " not in cluster.name:
            return None
        kind = "person"  # (the name's head word may still say otherwise: "Xiluodu Dam")
    if (
        kind == "organisation"
        and not cluster.team_like
        and (
            _key(cluster.name) in COUNTRY_ALIASES
            or (not sports and _key(cluster.name) in country_names())
        )
    ):
        # "the UAE", "the US" acting: still the country; and any country outside sport, where
        # none fields a side ("Turkey ... recognise Cyprus", read as a body and a product)
        kind = "place"
    if kind == "place" and "group" in labels:
        return "group"  # "Ukrainian": a demonym is never a place, whatever one mention says
    if (
        kind == "organisation"
        and " " not in cluster.name
        and votes["group"] >= votes[kind]
        # (unless the words around it say a body, of a name no people has: "senior manager at
        # Symantec", "Symantec subsidiary Brightmail", which the model read as a people's)
        and not (cluster.cues["organisation"] and cluster.name not in DEMONYMS)
    ):
        return "group"  # "Scotch" of "Scotch whisky" and of "Scotch" alone: a people's word
    read = _by_context(kind, cluster.cues, labels)
    placed = read != kind  # the words around it say "place", against the model's labels
    kind = read
    head = _head_word(cluster.name)
    if " " not in cluster.name and head in _HEADS:
        return None  # "Islands", "United": the noun of a name cut from it, no name of its own
    if _MEMBERS.search(cluster.name):
        return "group"  # members of a body, not a name
    if kind == "person" and any(c.isdigit() for c in cluster.name):
        kind = "organisation"  # "Mix 96.5", a radio station: no person's name has digits
    if any(_MODEL_CODE.fullmatch(w) for w in cluster.name.split()[1:]):
        return None  # "Aston Martin DB9 Volante", "Airbus A380": a product's model, no body
    if kind == "person" and (
        any(_CAPITALS_ONLY.fullmatch(w) for w in cluster.name.split())
        or _CAPITALS_AT_THE_END.fullmatch(cluster.name.split()[-1])
    ):
        # "BBC Sport Wales", "Team GB": no person's name has an acronym, nor ends in capitals
        kind = "organisation"
    if (
        kind in ("person", "organisation")
        and cluster.name.split()[0] == "County"
        and (kind == "person" or head not in _HEADS)
    ):
        kind = "place"  # "County Antrim", "County Durham"; not "County Court", a court
    if kind == "organisation" and sports and _a_players_name(cluster):
        kind = "person"
    if kind == "person" and re.fullmatch(r"[A-Z]", cluster.name.split()[-1]):
        return None  # "Fig C", "Plan B": no surname is one letter
    if kind == "place" and " " not in cluster.name and any(c.isdigit() for c in cluster.name):
        return None  # "F1": no place's one-word name has digits
    if head in EVENT_AND_LAW_HEADS and (" " in cluster.name or kind in ("organisation", "place")):
        # "Commonwealth Games", "Heineken Cup", "Antisocial Behaviour ... Act"; "the
        # Championship" on its own
        return None
    if head in DAY_HEADS and kind in ("organisation", "place"):
        return None  # "Anzac Day", "Boxing Day", "Holy Week": a day, not where or who
    if (kind == "person" and head in ORG_HEADS) or (
        kind == "place" and head in INSTITUTION_HEADS and _key(cluster.name) not in COUNTRY_ALIASES
    ):
        kind = "organisation"  # "Barclays Premier League", "Leicester City Council"
    if (
        kind == "place"
        and head in PUBLICATION_HEADS
        and " " in cluster.name
        and labels["organisation"]
    ):
        # "an advert in the New York Times": what is printed in a newspaper is no place in it
        kind = "organisation"
    if (
        kind in ("person", "organisation")
        and head in PLACE_HEADS
        and not (kind == "person" and _called_by_its_last_word(cluster))
    ) or (kind == "organisation" and head in FACILITY_HEADS):
        kind = "place"
    if (
        kind == "place"
        and sports
        and not placed
        and not somewhere
        and not _country_not_team(cluster)
        # "Wembley Stadium" hosts teams and never plays
        and head not in PLACE_HEADS | FACILITY_HEADS
    ):
        # "City" for Manchester City: no place goes by the last word of its name alone
        shortened = sum(n for f, n in cluster.forms.items() if f.lower() in CLUB_SHORT_FORMS)
        team_like = cluster.team_like + shortened
        places = labels["place"] - team_like
        if team_like + labels["organisation"] >= max(places, 1):
            kind = "organisation"
    return kind


# The words football clubs' names end or open on, in Britain and in Europe: a place's name with
# one of them is a club's in a sports story ("Birmingham City", "Steaua Bucharest").
CLUB_ENDINGS = CLUB_SHORT_FORMS - {"county"} | frozenset(
    "hotspur villa rangers celtic fc afc argyle alexandra orient".split()
)
# Grounds named in French, Spanish, Portuguese and Italian ("Stade de France", "Estadio da Luz")
_GROUND_OPENING = re.compile(r"(?:Stade (?:de|du|des|la)|Estadio|Est[aá]dio|Stadio) ")


# Clubs' opening words whose clubs the town alone names ("Madrid" for Real Madrid, "Dortmund",
# "Marseille"); not "Inter", "Sporting", "Dynamo": "Milan" is AC Milan as often as Inter
_CALLED_BY_TOWN = frozenset({"real", "borussia", "olympique"})
# A club's opening word right before a name the model read as a place's or a person's
_CLUB_OPENING_BEFORE = re.compile(
    r"\b(?P<word>"
    + "|".join(sorted(w.capitalize() for w in CLUB_OPENINGS if len(w) > 3 and w != "cska"))
    + r"|AC|AS|FC|SC|SS|AFC|CSKA|PSV) $"
)


# Of those, the words that are no one's surname
_CLUB_WORDS = frozenset(
    "city town united rovers athletic wanderers albion fc afc argyle alexandra orient".split()
)


def _a_places_people(cluster: _Cluster) -> bool:
    """Whether the lone name is the people of a place, always after "the" and never somewhere:
    "the Teessiders", "the Londoners" (a place's name is no agent's plural)."""
    return (
        cluster.name.endswith("ers")
        and cluster.determined == sum(cluster.forms.values())
        and not cluster.located
        and not cluster.cues["place"]
    )


def _a_family(cluster: _Cluster) -> bool:
    """Whether the lone name is a family's: "the Randalls", always after "the", a surname in
    the plural that is no English word ("the Highlands", "the Greens" are not families), a
    plural rare in English (places' names are not: "the Brussels race") and never somewhere
    ("in the Azores")."""
    from .load.fused.words import is_common_word, is_rare_word

    name = cluster.name
    singular = name[:-1].lower()
    return (
        name.endswith("s")
        and not name.endswith("ss")
        and cluster.determined == sum(cluster.forms.values())
        and not cluster.located
        and not cluster.cues["place"]
        and singular in census_surnames()
        and not is_common_word(singular)
        and is_rare_word(name)
        and name.lower() not in country_names()
    )


def _a_clubs_name(name: str) -> bool:
    """Whether the name (two words or more) is shaped as a football club's."""
    words = name.split()
    return len(words) >= 2 and (
        words[-1].lower() in CLUB_ENDINGS
        or (words[0].lower() in CLUB_OPENINGS and not words[1].islower())
    )


def _may_be_a_surname(word: str) -> bool:
    """Whether the word may be a person's surname: no head of a body's or a place's name, and
    no common English word unless the census lists it as a surname ("Dent", not "Airlines")."""
    from .load.fused.words import is_common_word

    lower = word.lower()
    if lower in _HEADS or lower.rstrip("s") in _HEADS:
        return False
    return not is_common_word(lower) or lower in census_surnames()


COMMON_NOUN_USES = 3  # a surname the text writes in lower case this often is its noun


def _surname_a_common_noun(cluster: _Cluster, text: str) -> bool:
    """Whether a name the model read as a person's opens or ends on a noun that the text writes
    in lower case at least `COMMON_NOUN_USES` times, the first word no first name nor title and
    nothing calling it a person ("Vasilissa Greek Honey" among 30 uses of "honey", "Honeycomb
    Amphora"): a product's name. A person's surname is not the story's noun ("Gordon Brown",
    "Condoleezza Rice": "Mr", "Ms")."""
    words = cluster.name.split()
    first = words[0].lower()
    if len(words) < 2 or cluster.cues["person"] or first in given_names():
        return False
    if _title(first, "PERSON") or first in OCCUPATIONS or first in _TITLE_BEFORE_A_NAME:
        return False  # "Judge Roy Moore" in a story of judges, "Lord Woolf" of "the lord chief"
    return any(
        sum(1 for _ in _positions(text, word.lower())) >= COMMON_NOUN_USES
        for word in (words[0], words[-1])
    )


def _words_not_a_name(cluster: _Cluster, text: str) -> bool:
    """Whether a name the model read as a person's is English words and nothing else, the first
    no first name ("Classic Rock", a magazine; "Being Digital", a book), and nothing in the text
    calls it a person: not "Mr", and never the last word alone, as people are named again
    ("Tiger Woods" ... "Woods, who won the Masters")."""
    from .load.fused.words import is_common_word

    words = cluster.name.split()
    if not 2 <= len(words) <= 3 or cluster.cues["person"]:
        return False
    first = words[0].lower()
    if first in given_names() or first in _PEERS or _title(words[0], "PERSON"):
        return False  # a first name, or a title: "Lord Liverpool", "Sir Anything"
    if not all(is_common_word(w.lower()) for w in words):
        return False
    return not _stands_alone(words[-1], text)


def _stands_alone(word: str, text: str) -> bool:
    """Whether the text writes the word on its own, not inside another name ("Xbox Live
    Arcade", "Digital Media Group")."""
    for found in re.finditer(rf"\b{re.escape(word)}\b", text):
        before = re.search(r"(\S+) $", text[max(0, found.start() - 40) : found.start()])
        if before and before.group(1)[:1].isupper() and not before.group(1).endswith("."):
            continue  # the end of a longer name ("Tiger Woods", "Microsoft Xbox Live")
        if re.match(r" [A-Z]", text[found.end() :]):
            continue  # the start of one
        return True
    return False


def _ends_on_a_noun(cluster: _Cluster, text: str) -> bool:
    """Whether a name the model read as a person's opens on no first name the census knows and
    ends on a word that is no census surname and that the text writes in lower case, as a noun
    of its own, but never capitalised alone, and nothing calls it a person ("Tsunami Blog" in a
    story of blogs, "Beatty Rail Maintenance" of a "railway maintenance arm"): a product's, a
    site's or a firm's. A surname is not the text's noun ("Vladimir Putin")."""
    words = cluster.name.split()
    last = words[-1]
    return (
        len(words) >= 2
        and not cluster.cues["person"]
        and words[0].lower() not in given_names()
        and not _title(words[0], "PERSON")
        and last not in _SUFFIXES
        and not _ROMAN_NUMBER.fullmatch(last)
        and last.lower() not in census_surnames()
        and next(_positions(text, last.lower()), None) is not None
        and not cluster.forms[last]
        and not _stands_alone(last, text)
    )


_ROMAN_NUMBER = re.compile(r"[IVX]+")


def _a_players_name(cluster: _Cluster) -> bool:
    """Whether a name the model read as a body's is, in a sports story, a player's, named once
    or twice in passing ("beat Rafael Nadal 6-2", "Swedish heptathlon gold medallist Carolina
    Kluft"): a first name, then a word that is rare in English (less than once in a million
    words: a foreign surname, not "Multimedia", "Consortium" or "Bulls"), and no words around it
    that call it a body ("accountancy firm Grant Thornton"). A side is named for its place or
    its own name ("Leyton Orient", "Crystal Palace"), not so."""
    from .load.fused.words import is_rare_word

    words = cluster.name.split()
    return (
        len(words) == 2
        and sum(cluster.forms.values()) <= 2
        and not cluster.cues["organisation"]
        and words[0].lower() in given_names()
        and re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*", words[1]) is not None
        and words[1].lower() not in _HEADS
        and is_rare_word(words[1])
    )


# Words that join the parts of a body's name in capitals, and never a person's.
_AGAINST = frozenset({"v", "vs", "versus"})
_CAPITALISED_LINKS = frozenset("Without For Of And Against Into Over Under With".split())


_HEADS = ORG_HEADS | INSTITUTION_HEADS | PLACE_HEADS | EVENT_AND_LAW_HEADS | FACILITY_HEADS


def _head_word(name: str) -> str:
    """The noun that says what a name names, in lower case: its last word, or the one before
    its "of", "on" or "for" where that is such a noun ("the University of the Highlands and
    Islands" is a university, not islands; "the Palace of Westminster" a palace; "the European
    Convention on Human Rights" a treaty, not a body)."""
    words = name.split()
    for joining in ("of", "on", "for"):
        if joining in words[1:-1]:
            before = words[words.index(joining) - 1].lower()
            if before in _HEADS:
                return before
    head = words[-1].lower()
    if head not in PLACE_HEADS and head.endswith("s") and head[:-1] in PLACE_HEADS:
        head = head[:-1]  # "Drakelow Tunnels"; not "Geraldo Rivera"
    return head


def _called_by_its_last_word(cluster: _Cluster) -> bool:
    """Whether the entity is also called by its last word alone, as a person is by surname
    ("Bridge" for Wayne Bridge) and no place by its head noun ("Bridge" is never Tower
    Bridge)."""
    last = cluster.name.split()[-1]
    return " " in cluster.name and cluster.forms.get(last, 0) > 0


# --- context --------------------------------------------------------------------------------------
def _paragraph_text(document: Document, index: int) -> str:
    if index == 0:
        return document.article.title
    return document.paragraphs[index - 1].text if index <= len(document.paragraphs) else ""


def _boilerplate(document: Document, mention: Mention) -> bool:
    """A mention in a byline or credit, or the outlet in a dateline: "Hong Kong (CNN)Six"."""
    text = _paragraph_text(document, mention.paragraph)
    sentence = _sentence_around(document, mention)
    if _CREDIT.search(sentence):
        return True
    if len(sentence.split()) <= CREDIT_WORDS and _CREDIT_LINE.search(sentence):
        return True
    if mention.paragraph == 1 and mention.start <= 60:
        for match in _DATELINE_OUTLET.finditer(text[:80]):
            if match.start(1) <= mention.start < match.end(1):
                return True
    return False


# Where someone's words were given, not who did anything: "told BBC Sport", "speaking to the
# BBC News website", "in an interview with Reuters".
_MEDIUM_BEFORE = re.compile(
    r"\b(?:told|tells|telling|speaking to|talking to|spoke to|speaks to|in an interview with|"
    r"interviewed by|writing in|wrote in|quoted by|said on|speaking on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# Where people post: "took to Twitter", "posted on Facebook" (not "took [him] to London")
_PLATFORM_BEFORE = re.compile(r"\b(?:took|take|takes|taking) to $|\bpost(?:ed|ing|s)? on $")


def _a_medium(document: Document, mention: Mention) -> bool:
    """A body's mention as the medium someone spoke to or through ("..., he told BBC Sport"):
    the outlet that carried the words, not an actor in the story."""
    # (a broadcaster's name with its letters, "BBC Sport", the model may read as a person's)
    body = mention.label == "ORG" or (
        mention.label == "PERSON" and any(len(w) > 1 and w.isupper() for w in mention.text.split())
    )
    if mention.text.rsplit(" ", 1)[-1].lower() in _AUDIENCES:
        return False  # "told Congress", "told the Commons Treasury committee": who was told
    text = _paragraph_text(document, mention.paragraph)
    if (
        _PLATFORM_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        and mention.label not in ("LOC", "FAC")
        and _head_word(mention.text) not in PLACE_HEADS | FACILITY_HEADS
        and _key(mention.text) not in country_names()
    ):
        # "took to Weibo to post photos", whatever the model read the name as; not "took to
        # Tahrir Square", a place people take to
        return True
    medium = _MEDIUM_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    return body and medium is not None


# Bodies told things in the course of the story, whose telling is news.
_AUDIENCES = frozenset(
    """congress parliament senate commons lords assembly committee council conference court
    tribunal inquiry summit convention board union cabinet""".split()
)


# A see or a peerage: "the Archbishop of Canterbury", "the Duke of Edinburgh" name a person by
# office; the place in the title is not where the story is.
_TITLE_OF = re.compile(
    r"\b(?:Archbishop|Bishop|Dean|Duke|Duchess|Earl|Countess|Marquess|Prince|Princess) of "
    r"(?:the )?$"
    # an office's portfolio: "the Secretary of [State for Culture], Media and Sport"
    r"|\b(?:Secretary|Minister|Commissioner) (?:of|for) $"
)


def _a_section_label(document: Document, mention: Mention) -> bool:
    """An English word in capitals that opens a paragraph before a colon: a label of the page's
    ("VERDICT: ...", "UPDATE: ..."), not a body's name ("NATO: ..." is no English word)."""
    from .load.fused.words import is_common_word

    return (
        mention.start == 0
        and mention.text.isupper()
        and " " not in mention.text
        and _paragraph_text(document, mention.paragraph).startswith(":", mention.end)
        and is_common_word(mention.text.lower())
    )


# Brands a body owns, not bodies: "the Beringer and Wolf Blass brands", "whose brands include
# Penfolds, Rosemount and Lindemans".
_BRAND_AFTER = re.compile(r"^(?:['’]s)?(?: and [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})? brands?\b")
_BRANDS_BEFORE = re.compile(
    r"\bbrands,? (?:include|including|such as|like|are|were)\s+"
    r"(?:(?:the )?[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3}(?:, | and |, and ))*$"
)


def _a_brand(document: Document, mention: Mention) -> bool:
    """A mention the text gives as a brand's: before "brand" ("the Wolf Blass brand", "the
    Beringer and Wolf Blass brands") or in a list of brands ("its brands include Penfolds,
    Rosemount and Lindemans"): a product's name, not a body's or a person's, whatever its
    shape."""
    text = _paragraph_text(document, mention.paragraph)
    return bool(
        _BRAND_AFTER.match(text[mention.end : mention.end + 60])
        or _BRANDS_BEFORE.search(text[max(0, mention.start - 160) : mention.start])
    )


def _plural_of_a_name(name: str, text: str) -> bool:
    """Whether a person's name is another name's plural, which the text also writes: "the
    young Billy Elliots" beside the musical "Billy Elliot". No one person goes by a name that
    is someone else's with an "s" added."""
    if " " not in name or not name.endswith("s") or name.endswith(("ss", "'s", "’s")):
        return False
    return bool(re.search(rf"\b{re.escape(name[:-1])}(?![\w'’])", text))


_COUNTRY_SHORT = frozenset("US UK EU UN".split())


def _without_its_country(name: str, text: str) -> str:
    """A body's name without the country the text put before it ("the US Pew Research Center",
    then "the Pew report"), where the rest of the name opens on a word the text writes apart from
    it ("Pew" of "the Pew report"): the country says where the body is, and is no part of its
    name. "UK Independence Party" keeps its "UK" ("the Independence Party" is the same name), and
    so does "US Supreme Court"; a people's adjective is part of more names than not ("British
    Medical Association", "Welsh Rugby Union") and stays."""
    first, _, rest = name.partition(" ")
    if not rest or " " not in rest or first not in _COUNTRY_SHORT:
        return name
    head = re.escape(rest.split()[0])
    if not re.search(rf"\bthe {re.escape(first)} {re.escape(rest)}\b", text):
        return name  # (written without "the": "British Airways said")
    # (the rest of the name written apart is the same name: "the Independence Party")
    alone = re.finditer(rf"(?<![\w'’-]){head}\b(?! {re.escape(rest.split(' ', 1)[1])}\b)", text)
    if any(not text[: m.start()].endswith(f"{first} ") for m in alone):
        return rest
    return name


def _without_its_branch(name: str, text: str) -> str:
    """A body's own name, not its branch's, where the text names the body more often than the
    branch: "the Fostering Network" (three times) over "director of the Fostering Network
    Scotland" (once)."""
    words = name.split()
    if len(words) < 3 or words[-1].lower() not in country_names():
        return name
    rest = " ".join(words[:-1])
    if not rest.split()[-1][:1].isupper():
        return name  # "Royal Bank of Scotland": the country is the name's own
    whole = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
    alone = len(re.findall(rf"(?<![\w-]){re.escape(rest)}(?![\w-])", text)) - whole
    return rest if alone > whole else name


# Words that follow a firm's name where it is the subject ("Foster's said"), not its possessive
# ("Foster's offer"); or a body's head that goes on with the name ("Foster's Group").
_AFTER_A_SUBJECT = re.compile(
    r"^(?:[.,;:)!?\"”]|$| (?:has|have|had|is|was|were|are|will|would|could|can|may|might|must|"
    r"should|said|says|also|which|who|did|does|announced|reported|bought|sold)\b)"
)


def _possessive_name(name: str, text: str) -> str:
    """A body's name as the text writes it: "Foster's", "McDonald's", "Moody's", where every
    time the text gives the name it has the "'s", and at least once that is no possessive
    ("Foster's said", "brewing giant Foster's Group"). Not "Chelsea's", of "Chelsea's Damien
    Duff" and "Chelsea's manager"."""
    found = list(re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])(['’]s)?", text))
    if not found or any(m.group(1) is None for m in found):
        return name
    if not any(
        _AFTER_A_SUBJECT.match(after := text[m.end() : m.end() + 20])
        or (after[1:2].isupper() and after[1:].split(" ", 1)[0].lower() in ORG_HEADS)
        for m in found
    ):
        return name
    return name + found[0].group(1)


_COUNT_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten) $")


def _counted(document: Document, mention: Mention) -> bool:
    """A plural counted in lower case ("as the Bill passes through the two Houses"): things of
    a kind, capitalised for the institution they make up, not one body's name."""
    if " " in mention.text or not mention.text.endswith("s") or mention.text.isupper():
        return False
    text = _paragraph_text(document, mention.paragraph)
    return bool(_COUNT_BEFORE.search(text, max(0, mention.start - 12), mention.start))


_ALIAS_BEFORE = re.compile(
    r"(?<!\bbecame )(?<!\bbecome )(?<!\bbecomes )(?<!\bnow )(?<!\bbe )"
    r"\b(?:(?:also|better|widely|popularly|formerly|previously|once) )?(?:known|referred to) as "
    r"(?:the )?$|\b(?:nicknamed|dubbed|a\.k\.a\.?|aka) (?:the )?$"
)


def _another_name_for(document: Document, mention: Mention) -> bool:
    """A name given as another's other name ("Anthony McPartlin and Declan Donnelly, known as Ant
    and Dec", "Mahmoud Abbas, also known as Abu Mazen", "MCI, formerly known as Worldcom"): the
    entity is named already, and its nickname or old name is no entry of its own. Where the
    text goes on to use the other name, those mentions still count. Not a new name ("the site
    became known as the Drakelow Tunnels", "the seat now known as Copeland"), which is the
    entity's own."""
    text = _paragraph_text(document, mention.paragraph)
    return bool(_ALIAS_BEFORE.search(text[max(0, mention.start - 40) : mention.start]))


def _outside(document: Document, spans: Sequence[tuple[int, int, int]]) -> str:
    """The headline and the paragraphs, without the spans (paragraph, start, end)."""
    parts = [document.article.title or ""]
    for paragraph in document.paragraphs:
        text = paragraph.text
        for p, start, end in sorted(spans, key=lambda span: -span[1]):
            if p == paragraph.index:
                text = text[:start] + " " + text[end:]
        parts.append(text)
    return "\n".join(parts)


def _captions(document: Document) -> list[tuple[int, int, int]]:
    """Where the article's captions and other page furniture are (paragraph, start, end)."""
    return [(s.paragraph, s.start, s.end) for s in document.sentences if is_furniture(s.text)]


def _glued_to_a_colon(document: Document, mention: Mention) -> bool:
    """Part of a name written round a colon ("CD:UK", "SM:tv"): the model reads "UK" and "SM"
    as names of their own."""
    text = _paragraph_text(document, mention.paragraph)
    after = text[mention.end : mention.end + 2]
    before = text[max(0, mention.start - 2) : mention.start]
    return (after[:1] == ":" and after[1:2].isalnum()) or (
        before[-1:] == ":" and before[:1].isalnum()
    )


def _in_a_title(document: Document, mention: Mention) -> bool:
    """A see or a peerage ("the Archbishop of Canterbury"), a minister's portfolio ("the
    Secretary of State for Culture"), or the field of an office before its holder's name
    ("Transportation Secretary Norman Mineta"): part of a title, not an entity of the story's."""
    text = _paragraph_text(document, mention.paragraph)
    before = text[max(0, mention.start - 20) : mention.start]
    return _TITLE_OF.search(before) is not None or bool(_OFFICE_AFTER.match(text, mention.end))


# (the holder named after it: "a Church of Scotland Minister in Kirkcaldy" is the church's)
_OFFICE_AFTER = re.compile(
    r" (?:Secretary|Minister|Commissioner|Attorney|Ambassador|Senator|Governor) "
    r"(?:[A-Z][a-z]+ )*[A-Z][a-z]+\b"
)


def _sentence_around(document: Document, mention: Mention) -> str:
    if mention.paragraph == 0 or mention.paragraph > len(document.paragraphs):
        return ""
    paragraph = document.paragraphs[mention.paragraph - 1]
    for sentence in paragraph.sentences:
        if sentence.start <= mention.start < sentence.end:
            return sentence.text
    return paragraph.text


# Common nouns that, right before a name, say it names a work, not a person ("the British film
# Bullet Boy"), or an organisation ("marketing company Doubleclick", "the union Unison").
WORK_NOUNS = frozenset(
    """film movie documentary album song single track show series programme sitcom drama novel
    book play musical opera game app website brand ship horse comedy thriller blockbuster
    sequel character""".split()
)
# Of those, the ones that say "work" before any name, not only one the model took for a person:
# no verbs among them ("to play Arsenal", "book Ryanair").
WORK_NOUNS_BEFORE = frozenset(
    """film movie documentary album novel sitcom musical opera comedy thriller blockbuster
    sequel drama series programme""".split()
)
# A work's noun, and whom it is with or by, then a comma: the name after it is the work's title.
_WORK_BEFORE_A_COMMA = re.compile(
    rf"\b(?:{'|'.join(sorted(WORK_NOUNS | {'duet', 'hit', 'record'}))})"
    r"(?: (?:with|by|from) (?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}))?, $"
)


def _work_apposed(document: Document, mention: Mention) -> bool:
    """A name set between commas after a work's noun: its title ("his duet with Keys, My Boo,
    earned the pair a nod", "her new single, Toxic, went to number one")."""
    text = _paragraph_text(document, mention.paragraph)
    return text.startswith(",", mention.end) and bool(
        _WORK_BEFORE_A_COMMA.search(text, max(0, mention.start - 80), mention.start)
    )


# What joins two works in a list: a comma or "and"/"or", and words that say what kind of work
# the second is ("and critical hit", "and the comedy").
_WORKS_JOINED = re.compile(
    r"(?:,|,? and|,? or) (?:the )?"
    rf"(?:[a-z-]+ ){{0,2}}(?:{'|'.join(sorted(WORK_NOUNS_BEFORE | {'hit'}))}) (?:the )?"
)
# ... and that it names a person: "Czech qualifier Tomas Zib", "midfielder Paul Merson".
# Not "player", "manager", "director" or "author", which come before firms as often ("fund
# manager Fidelity International").
PERSON_NOUNS = frozenset(
    """qualifier seed striker midfielder defender goalkeeper winger batsman bowler actor actress
    star singer rapper musician pianist guitarist drummer comedian playwright poet novelist
    presenter spokesman spokeswoman senator congressman congresswoman wife husband widow widower
    son daughter girlfriend boyfriend fiancee fiancée full-back fly-half scrum-half half-back
    fullback quarterback flanker pitcher mother father brother sister grandmother grandfather
    grandson granddaughter uncle aunt nephew niece cousin lawyer solicitor barrister teacher
    headteacher nurse farmer chef author writer economist analyst campaigner activist
    passenger resident witness warden champion sprinter athlete heptathlete decathlete hurdler
    swimmer cyclist boxer golfer jockey skier rower gymnast wrestler captain skipper chairman
    chairwoman supermodel photographer painter sculptor dancer composer conductor filmmaker
    film-maker director journalist reporter correspondent columnist commentator
    pundit dj surname""".split()
)
# ("surname": "identified only by her surname Wang")
ORG_NOUNS = frozenset(
    """company firm group band label magazine newspaper union retailer chain
    bank charity airline carrier operator maker manufacturer publisher broadcaster insurer
    lender supermarket agency affiliate offshoot faction militia regulator watchdog network
    website platform tabloid station channel supplier provider consortium conglomerate
    utility monopoly giant giants unit subsidiary carmaker automaker exporter refiner""".split()
)
# ("network", "website", "platform": "microblogging network Weibo", which the model may read as
# a place; "station", "channel": "radio station Cadena Ser", read as a person)
# Words around a name that say it is a place: "stopping off in Eastleigh", "travelled to
# Eastleigh", "near Eastleigh", "the town of Eastleigh".
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|outside|across|around|throughout|towards|(?:north|south|east|west) of|"
    r"(?:town|city|village|county|region|capital|suburb|district|province|state) of|"
    r"(?:travelled|traveled|flew|moved|returned|headed|trip|journey) to|visited|visiting)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A route's two ends: "from Oxford to Didcot" (a cheque "from Unite" has no "to" place after).
_TRADED_IN = re.compile(r"\b(?:trade|trades|traded|trading|deal|deals|dealing) in\s+(?:the\s+)?$")
_ROUTE_BEFORE = re.compile(r"\bfrom (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* to (?:the )?$")
_FROM_BEFORE = re.compile(r"\bfrom (?:the )?$")
_ROUTE_AFTER = re.compile(r" to (?:the )?[A-Z]")
# ... and that it is an organisation: "a stake in Matalan", "founder of Matalan", "a £1m
# cheque from Unite", "given by Unison"; "Matalan founder", "Matalan's chief executive".
_ORG_BEFORE = re.compile(
    r"\b(?:(?:stakes?|shares|shareholdings?|holdings?|investments?) in|"
    r"(?:founder|co-founder|boss|chairman|chairwoman|chief executive|owner|spokesman|"
    r"spokeswoman|spokesperson|shareholders|employees|members) of|"
    r"(?:cheques?|checks?|donations?|grants?|loans?|funding|bid|offer|payments?) from|"
    r"(?:given|donated|funded|owned|bought|acquired|run|founded|controlled) by|"
    # what is bought, sold and merged is a firm ("the auction of Yugansk", "merge with Gazprom")
    r"(?:sale|auction|sell-off|takeover|purchase|acquisition|privatisation|privatization|"
    r"flotation|break-up|nationalisation|nationalization) of|"
    r"(?:merge|merged|merges|merging|merger) with|(?:bid|offer) for|"
    # where someone works: "senior manager at Symantec", "economist with Markit"
    r"(?:manager|director|analyst|economist|consultant|executive|vice[- ]president|officer|"
    r"researcher|strategist|spokes(?:man|woman|person)) (?:at|with))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ORG_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:founder|co-founder|boss|bosses|chairman|chairwoman|chief executive|"
    r"owner|spokesman|spokeswoman|spokesperson|shareholders|shares|employees|executives?|"
    r"leader|leadership|board|(?:global |group |chief )?head of)\b"
    # "Gazprom chief Alexei Miller" (not "the US chief negotiator")
    r"|^\s+chief(?=(?-i: [A-Z]))",
    re.IGNORECASE,
)
# A name in a list with another: "the GMB and Unison", "Pakistan and Morocco".
_COORDINATION = re.compile(r"(?:,|,? and|,? or|,? nor) (?:the )?", re.IGNORECASE)
HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame".split())
CUE_LABELS = {"ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place"}


def _noun_before(document: Document, mention: Mention) -> str | None:
    """The lower-case word right before the mention ("film" in "the British film Bullet
    Boy")."""
    before = _paragraph_text(document, mention.paragraph)[
        max(0, mention.start - 30) : mention.start
    ]
    words = before.split()
    if not words or not before.endswith(" "):
        return None
    if words[-1] == "The" and len(words) > 1:
        words.pop()  # "family comedy The Pacifier": the title's "The", which the model left out
    if words[-1].endswith(",") and _apposition_ends(document, mention):
        # "Al Qaeda's local affiliate, Jabhat al-Nusra.": the noun the name is set beside; not
        # "members of the union, Smith said"
        return words[-1][:-1] if words[-1][:-1].islower() else None
    if words[-1] in _NOUNS_IN_CAPITALS:
        return words[-1].lower()  # "dance DJ Rob Da Bank"
    if words[-1] in _ALSO_ADJECTIVES and (len(words) < 2 or words[-2].lower() in _DETERMINERS):
        return None  # "the giant US budget deficit": an adjective (not "oil giant Shell")
    return words[-1] if words[-1].islower() else None


_NOUNS_IN_CAPITALS = frozenset({"DJ", "DJs"})


def _apposition_ends(document: Document, mention: Mention) -> bool:
    text = _paragraph_text(document, mention.paragraph)
    after = text[mention.end : mention.end + 2]
    if after[:1] in (".", ";", ")") or after == "":
        return True  # to the sentence's end
    # ... or closed by a comma, where the phrase before the name ends on its own noun: "the mass
    # media regulator, Roskomnadzor, and ..."; not "The head of the Naftohaz company, Yury
    # Boyko, said ..." or "a spokesman for the firm, John Smith, said", which set the name
    # beside "the head" and "a spokesman"
    if after[:1] != ",":
        return False
    phrase = _PHRASE_BEFORE.search(text, max(0, mention.start - 100), mention.start)
    return phrase is not None and not _PREPOSITION.search(phrase.group(1))


_PHRASE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+([^,.;:!?]*),\s*$")
_PREPOSITION = re.compile(r"\b(?:of|for|at|in|with|from|on|to|by|as|under|behind)\b")


# The kind of body a name stands before as its modifier: "the Atlantic magazine", "the Marie
# Stopes clinic", "Laura Ashley stores".
_BODY_AFTER = re.compile(
    r"\s+(?:magazine|newspaper|clinics?|hospital|charity|company|firm|brand|chain|studio|offices?|"
    r"stores|shops|foundation|group|division|subsidiary|website)\b"
    # ... but not a noun that goes on to another name: "Hollywood studio Warner Brothers"
    r"(?!\s+[A-Z])"
)
# ... and, after a name the model took for a person's, what trade the body is in: "Sal
# Oppenheim investment bank" (not after a place: "the US investment bank" is an adjective's)
_TRADE_AFTER = re.compile(
    r"\s+(?:(?:investment|merchant|private|media|fashion|record|law|research|software|oil|"
    r"energy|insurance|advertising|retail|telecoms|drinks)\s+)?(?:bank|label|agency|insurer)\b"
    r"(?!\s+[A-Z])"
)


def _body_after(document: Document, mention: Mention) -> bool:
    text = _paragraph_text(document, mention.paragraph)
    return bool(
        _BODY_AFTER.match(text, mention.end)
        or (mention.label == "PERSON" and _TRADE_AFTER.match(text, mention.end))
    )


# The part of a body after its owner's name: "Symantec subsidiary Brightmail", "Microsoft's MSN
# division"
_UNIT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+)?(?:subsidiary|division|unit|affiliate)\b"
)


# An apposition that says what the name is: "Solidere, the Lebanese company founded by ...",
# "Smith, the 58-year-old singer". It defines the name, so it outweighs the model's label.
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+([\w'’ -]{1,60})")


def _apposed(document: Document, mention: Mention) -> str | None:
    """What an apposition right after the mention says it names ("organisation", "person"):
    its first noun of a kind, within a few words; None where there is none."""
    text = _paragraph_text(document, mention.paragraph)
    match = _APPOSITION.match(text, mention.end)
    if match is None:
        return None
    words = list(re.finditer(r"[\w'’-]+", match.group(1)))[:5]
    # "Jabhat al-Nusra, Al Qaeda's local affiliate": the owner's name, then what this one is
    owner = next((n for n, w in enumerate(words) if re.search(r"['’]s$", w.group())), None)
    if owner is not None and all(w.group()[:1].isupper() for w in words[: owner + 1]):
        words = words[owner + 1 :]
    for n, word in enumerate(w.group() for w in words):
        if word in MEMBER_TITLES and not any(w.group() in _PREPOSITIONS for w in words[:n]):
            return "person"  # "Quentin Davies, the MP for Grantham and Stamford"
        if n and word[:1].isupper():
            return None  # "X, the BBC's correspondent": a name inside is another entity's
        if word in _PREPOSITIONS:
            return None  # "an analyst at research firm ...": the firm is another entity
        if word in ORG_NOUNS or word in PERSON_NOUNS:
            if _CLAUSE_GOES_ON.match(text, match.start(1) + words[n].end()):
                return None  # "In California, the company is fighting ...": a new clause
            return "organisation" if word in ORG_NOUNS else "person"
    return None


def _a_modifier(text: str, mention: Mention) -> bool:
    """A country's name set before a noun, which it describes: "the sale of the US unit", "the
    giant US budget deficit" say nothing of what the country is."""
    return bool(_LOWER_WORD_AFTER.match(text, mention.end)) and (
        _key(mention.text) in COUNTRY_ALIASES or _key(mention.text) in country_names()
    )


_LOWER_WORD_AFTER = re.compile(
    r" (?!(?:in|on|at|of|for|to|from|with|by|and|or|but|is|was|are|were|has|had|have|will|would|"
    r"said|says|which|who|that|as|after|before|over)\b)[a-z]"
)
_ALSO_ADJECTIVES = frozenset({"giant"})
_DETERMINERS = frozenset("the a an its their his her this that these those".split())
_PREPOSITIONS = frozenset("at of for in with from on to by as under behind".split())
_CLAUSE_GOES_ON = re.compile(
    r"\s+(?:says|said|adds|added|announced|argues|argued|insists|insisted|is|was|are|were|"
    r"has|had|have|will|would|can|could|may|might|must|should|did|does|do)\b"
)


def _cue(
    document: Document,
    mention: Mention,
    noun: str | None,
    neighbours: tuple[Mention | None, Sequence[Mention]],
) -> str | None:
    """What the words around the mention say it names: "person", "organisation", "place" or
    nothing."""
    text = _paragraph_text(document, mention.paragraph)
    honorific = mention.text.split()[0].lower().rstrip(".")
    if honorific in HONORIFICS and not (
        _INNER_POSSESSIVE.match(mention.text)
        or (
            honorific == "dr"
            and (_POSSESSIVE.search(mention.text) or text[mention.end :].startswith(("'s", "’s")))
        )
    ):
        # "Mr Gray"; not "Mr Brown's International Finance Facility", nor "Dr Reddy's", a
        # firm named for a doctor in the possessive, as shops are ("Sainsbury's")
        return "person"
    words = mention.text.split()
    if len(words) >= 2 and words[0].lower() in _PEERS:
        return "person"  # "Lord Hutton's inquiry", which the model may read as a body's name
    before = text[max(0, mention.start - 40) : mention.start]
    if noun in PERSON_NOUNS:
        return "person"  # "Czech qualifier Tomas Zib"
    if _MAKER_BEFORE.search(before):
        return "person"  # "A Very Long Engagement, directed by Jean-Pierre Jeunet"
    office = _OFFICE_BEFORE.search(before)
    if office and office.group(1).lower() in OFFICES:
        return "person"  # "Assistant U.S. Attorney Nadine Pellegrini": an office's holder
    if _HONORIFIC_BEFORE.search(before):
        return "person"  # "until Mr Ferguson helped", the model's span without its "Mr"
    if _AGE_AFTER.match(text, mention.end):
        return "person"  # "Uddin, 25, who was studying science": news gives people's ages
    apposed = _apposed(document, mention)
    if apposed is not None:
        return apposed
    if (noun in ORG_NOUNS or _ORG_BEFORE.search(before)) and not _a_modifier(text, mention):
        return "organisation"
    if _ORG_AFTER.match(text[mention.end : mention.end + 30]):
        return "organisation"
    owned = _POSSESSIVE.search(mention.text) or text.startswith(("'s", "’s"), mention.end)
    if (
        not owned
        and (_PLACE_BEFORE.search(before) or _ROUTE_BEFORE.search(before))
        # "to trade in Gazprom", "trading in Asia": what is traded in is either
        and not _TRADED_IN.search(before)
    ):
        # (not "doubts in Paula's mind", "holes in Microsoft's browser": the name owns what is
        # somewhere, and is the owner, of any kind)
        return "place"
    if _ROUTE_AFTER.match(text, mention.end) and _FROM_BEFORE.search(before):
        return "place"  # "the service from Oxford to Didcot": both ends of a route
    if mention.label in CUE_LABELS:
        # "The EU and US": coordination joins names of different kinds as readily as of one;
        # it only types a name the model gave no kind the memo lists.
        return None
    last, following = neighbours
    for other in (last, *following):
        if other is None or other.paragraph != mention.paragraph:
            continue
        first, second = sorted((other, mention), key=lambda m: m.start)
        gap = text[first.end : second.start]
        if other is second and _DESCRIBES_A_PERSON_AFTER.match(text, other.end):
            # "Brazilian Ronaldo and England captain David Beckham": the place describes the
            # noun after it, and it is that noun, a person, the name is joined to
            continue
        if other.label in CUE_LABELS and _COORDINATION.fullmatch(gap):
            return CUE_LABELS[other.label]
    return None


# A word for a person right after a name, which the name then describes ("England captain")
_DESCRIBES_A_PERSON_AFTER = re.compile(
    r" (?:" + "|".join(sorted(PERSON_NOUNS | TITLES | {"boss", "coach", "manager"})) + r")\b"
)
_PEERS = PEERAGES | frozenset({"lady", "baroness"})
_PEER_BEFORE = re.compile(r"\b(Lord|Lady|Baroness|Baron|Viscount|Earl) $")
# Who makes a work, where a firm may not: "directed by", "written by", "starring"; not "produced
# by" or "presented by", which studios and channels do too.
_MAKER_BEFORE = re.compile(
    r"\b(?:(?:directed|written|composed|choreographed|narrated) by|(?:co-)?starring) $"
)


# (not "Dr", which begins firms' names too: "Dr Reddy's", "Dr Martens")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Sir|Dame)\.? $")
# An office in capitals right before a name: its holder's title ("Prosecutor Jane Doe").
_OFFICE_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
OFFICES = TITLES - HONORIFICS | {"attorney", "prosecutor", "constable", "coroner", "premier"}


# A person's age in apposition after the name, as news gives it: "Imran Uddin, 25, who ...",
# "Lizzi Crawford, 32, tipped the scales ..."
_AGE_AFTER = re.compile(r",\s(?:aged\s)?\d{1,3},")
# A side's name in brackets after a player's, as squads and match reports give them: a place's
# or a club's words, capitalised, and no more.
_SIDE_AFTER = r" \(((?:[A-Z][a-z’'-]+)(?: [A-Z][a-z’'-]+){0,2})\)"


def _player_and_side(name: str, text: str) -> bool:
    """Whether the text gives the full name (two or three words) with a side's in brackets after
    it: a player, and the club he plays for ("Imanol Harinordoquy (Biarritz)" in a squad, "Foul
    by Florent Cuvelier (Walsall)."). Not a body's name and its short form: its initials ("World
    Anti-Doping Agency (Wada)") or its words' beginnings ("the Liberal Democrats (Lib Dems)")."""
    from .load.fused.words import is_rare_word

    words = name.split()
    if not 2 <= len(words) <= 3 or words[-1].lower() in _HEADS:
        return False  # ("Greek Athletics Federation (Segas)": a body by its head word)
    if not is_rare_word(words[-1]):
        return False  # a foreign surname, as `_a_players_name` asks; not "Bayern Munich"
    initials = "".join(part[0] for part in re.split(r"[\s-]+", name) if part).lower()
    for side in re.finditer(rf"(?<![\w-]){re.escape(name)}{_SIDE_AFTER}", text):
        short = side.group(1).split()
        if initials.startswith(side.group(1).lower()):
            continue  # "World Anti-Doping Agency (Wada)": its initials
        if _key(side.group(1)) in COUNTRY_ALIASES or side.group(1).lower() in country_names():
            continue  # "Real Madrid (Spain)": a club and its country, in a draw
        if not any(w.lower().startswith(s[:3].lower()) for s in short for w in words):
            return True
    return False


def _after_number(document: Document, mention: Mention) -> bool:
    """A short capitalised word right after a number is a unit or an era: "4336 BC"."""
    if len(mention.text) > 3:
        return False
    before = _paragraph_text(document, mention.paragraph)[max(0, mention.start - 3) : mention.start]
    return re.search(r"\d\s?$", before) is not None


def _speaks(document: Document, mention: Mention) -> bool:
    """Whether the mention's sentence reports what someone said, after the name ("X, who ...,
    said") or right before it ("according to X")."""
    if mention.paragraph == 0:
        return False
    paragraph = document.paragraphs[mention.paragraph - 1]
    for sentence in paragraph.sentences:
        if sentence.start <= mention.start < sentence.end:
            after = paragraph.text[mention.end : sentence.end]
            before = paragraph.text[sentence.start : mention.start]
            return bool(_REPORTED.search(after) or _ACCORDING.search(before))
    return False


def _after_the(document: Document, mention: Mention) -> bool:
    """Whether "the" stands right before the name, or opens the mention ("the Ospreys"); or
    "a" or "an", with a word between or none: one of a kind ("a silver Skoda Fabia")."""
    if mention.text[:4].lower() == "the ":
        return True
    text = _paragraph_text(document, mention.paragraph)
    before = _THE_BEFORE.search(text[max(0, mention.start - 24) : mention.start])
    if before is None:
        return False
    # ("a" of a noun after the name is the noun's: "a Steven Gerrard own goal", "had a Ruud
    # van Nistelrooy they would ...")
    return before.group("article") is not None or bool(_PHRASE_ENDS_AFTER.match(text, mention.end))


_THE_BEFORE = re.compile(r"(?:^|\W)(?:(?P<article>[Tt]he)|(?P<a>[Aa]n?)(?: [a-z][a-z-]*)?) $")
_PHRASE_ENDS_AFTER = re.compile(r"\s*(?:[,.;:!?)]|(?:and|or)\b|$)")


def _located(document: Document, mention: Mention) -> bool:
    """Whether the word "in" stands right before the name (not the end of "Iain" or "Kevin");
    not where a name the model read as a person's owns what is in ("doubts in Paula's mind")."""
    text = _paragraph_text(document, mention.paragraph)
    if mention.label == "PERSON" and (
        _POSSESSIVE.search(mention.text) or text.startswith(("'s", "’s"), mention.end)
    ):
        return False
    return _IN_BEFORE.search(text[max(0, mention.start - 4) : mention.start]) is not None


_IN_BEFORE = re.compile(r"(?:^|\W)in $")


def _acts_as_team(document: Document, mention: Mention) -> bool:
    text = _paragraph_text(document, mention.paragraph)
    owner = _OWNS_A_PERSON.match(text, mention.end)
    if owner and any(
        m.paragraph == mention.paragraph and m.start == owner.end() and m.label == "PERSON"
        for m in document.mentions or ()
    ):
        # "beat Sweden's Thomas Enqvist": the one beaten is the player, the place his own
        return bool(_TEAM_AFTER.match(text[mention.end : mention.end + 80]))
    return bool(
        _TEAM_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
        or _TEAM_AFTER.match(text[mention.end : mention.end + 80])
        or _TEAM_IN_BRACKETS.match(text, mention.end)
        or _plural_subject(text, mention.start, mention.end)
    )


# "Southampton have just drawn", "Southampton were last humbled": a town's name with a plural
# verb is its side's, as British sport writes of a team (not "the Netherlands are")
_PLURAL_VERB_AFTER = re.compile(r" (?:are|were|have|have been)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|of|across|around|throughout|to|for) $")


def _plural_subject(text: str, start: int, end: int) -> bool:
    """Whether the name, not a plural one, is the subject of a plural verb; not where a
    preposition before it makes the verb another noun's ("fans ... in Europe are")."""
    return (
        not text[start:end].endswith("s")
        and _PLURAL_VERB_AFTER.match(text, end) is not None
        and not _PREPOSITION_BEFORE.search(text, max(0, start - 12), start)
    )


# "West Ham (the team his dad Andy supports)": what the name is, said in brackets after it
_TEAM_IN_BRACKETS = re.compile(
    r"\s*\((?:the|a|his|her|their) (?:[\w'’-]+ ){0,2}(?:team|club|side)\b"
)


_OWNS_A_PERSON = re.compile(r"['’]s ")


def _listed_with_a_body(
    document: Document, mention: Mention, neighbours: tuple[Mention | None, Sequence[Mention]]
) -> bool:
    """Whether a place's name stands in a list beside an organisation's: in a sports story,
    the clubs a boy weighs offers from ("offers from Arsenal, Chelsea and Tottenham"), where
    the model read the last as the town. The kinds a list joins are one in sport, where
    teams go by their towns; elsewhere not ("the EU and US"), so only sport asks this."""
    if mention.label not in ("GPE", "LOC"):
        return False
    text = _paragraph_text(document, mention.paragraph)
    last, following = neighbours
    for other in (last, *following):
        if other is None or other.paragraph != mention.paragraph or other.label != "ORG":
            continue
        first, second = sorted((other, mention), key=lambda m: m.start)
        gap = text[first.end : second.start]
        # A comma alone joins a list only where the list goes on after the second name; else
        # it may end a phrase before the next clause's subject ("the Consumer Electronics Show
        # in Las Vegas, Toshiba announced ...", "pre-orders in Japan, Nintendo is confident").
        if _JOINED_IN_A_LIST.fullmatch(gap) or (
            _COORDINATION.fullmatch(gap) and _LIST_GOES_ON.match(text, second.end)
        ):
            return True
    return False


_JOINED_IN_A_LIST = re.compile(r",? (?:and|or) (?:the )?")
_LIST_GOES_ON = re.compile(r",? (?:and |or )?(?:the )?[A-Z]")


def _is_sports(document: Document) -> bool:
    """A sports story: several distinct sporting words, one of them sport's alone, or many
    (docs/design.md gives how this rule reads bbc_news's own categories)."""
    words = set(re.findall(r"[a-z][a-z\-]+", " ".join(p.text for p in document.paragraphs).lower()))
    found = {_ONE_WORD.get(w, w) for w in words & (SPORTS_WORDS | SPORTING_TERMS)}
    return len(found) >= SPORTS_CUES and (
        not found.isdisjoint(SPORTING_TERMS) or len(found) >= CONTEST_WORDS
    )


# The sporting words that video games and music players share, each one word with its plural:
# "the game ... games ... players" is a story of consoles as often as of football.
_ONE_WORD = {"games": "game", "players": "player"}


def _a_match_report(text: str) -> bool:
    """Whether a sports story tells of matches: it gives a score ("24-18", "3-0") or many
    words of sport, not the three that a business story may have too ("boss", "fans",
    "league")."""
    if _SCORE.search(text):
        return True
    words = set(re.findall(r"[a-z][a-z\-]+", text.lower()))
    return len(words & SPORTS_WORDS) >= 2 * SPORTS_CUES


_SCORE = re.compile(r"(?<![\d.,£$€-])\b\d{1,2}-\d{1,2}\b(?![\d.,%-])")


def _title_is_file_name(document: Document) -> bool:
    article = document.article
    stem = [w.lower() for w in re.split(r"[\s_\-]+", article.path.stem) if w]
    return [w.lower() for w in article.title.split()] == stem


def _demonym(name: str, clusters: Sequence[_Cluster]) -> bool:
    """A word like "Ukrainian" next to "Ukraine" in the same article, or one that names a
    people in any article ("Dutch", "Scots"): the people of a place, whatever label the model
    gave it. A name of several words is one beside the place's ("Sri Lankan" next to "Sri
    Lanka")."""
    if " " in name:
        words, last = name.rsplit(" ", 1)
        return bool(_DEMONYM.search(last)) and any(
            other.name.startswith(f"{words} ")
            and " " not in other.name[len(words) + 1 :]
            and len(other.name) < len(name)
            and other.name[len(words) + 1 :][:4] == last[:4]
            for other in clusters
        )
    if name in IRREGULAR_DEMONYMS or name.removesuffix("s") in IRREGULAR_DEMONYMS:
        return True
    if name in DEMONYMS:
        return True  # "the Angolan film", where the article never names Angola
    if PERSON_OF_A_NATION.fullmatch(name):
        return True  # "the Frenchman", "the Spaniards": people described, never a body
    if not _DEMONYM.search(name):
        return False
    return any(
        len(other.name) < len(name) and other.name[:4] == name[:4] and " " not in other.name
        for other in clusters
    )


def _two_names_joined(name: str, names: Collection[str], listed: bool) -> bool:
    """Whether the name is two joined by "and": both given apart elsewhere ("Everton and
    Arsenal" beside "Everton" and "Arsenal"), or the end of a list of names ("Chelsea, Everton
    and Arsenal", `listed`) one of which is given apart; not one with a part that is no name of
    its own ("Bethnal Green and Bow" beside "Bethnal Green", "World Travel and Tourism
    Council")."""
    first, joined, second = name.partition(" and ")
    # (names of capitalised words only: "Centers for Disease Control and Prevention" and
    # "University of the Highlands and Islands" are one name each, whatever the model cut)
    plain = all(word[:1].isupper() for word in f"{first} {second}".split())
    apart = (first in names) + (second in names)
    return bool(joined) and plain and (apart == 2 or (apart == 1 and listed))


def _after_a_list(document: Document, cluster: _Cluster) -> bool:
    """Whether the entity's first mention comes right after a name and a comma ("Chelsea, ")."""
    paragraph, start = cluster.first
    before = _paragraph_text(document, paragraph)[max(0, start - 40) : start]
    return re.search(r"[A-Z][\w'’.-]*,\s+$", before) is not None


def _residents(name: str, text: str) -> bool:
    """A place's name and "-ers" ("Londoners", "New Yorkers") where the article names the
    place too, as a place, in any phrase ("Transport for London"): its people, not a place.
    ("Booker" beside "Whitbread Book of the Year" is no one's people.)"""
    found = re.fullmatch(r"(?P<place>.{4,}?)(?:ers?|ites?)", name)
    if found is None:
        return False
    place = re.escape(found["place"])
    return re.search(rf"\b(?:in|of|for|from|to|near|across|around) {place}\b", text) is not None


PLACE_DIVISIONS = PLACE_HEADS | frozenset(
    """city town village region state district capital suburb municipality prefecture desert
    sea ocean lake coast gulf bay forest plain plains highlands delta strait""".split()
)


def _only_before_a_noun(name: str, document: Document) -> bool:
    """Whether every use of the word in the body describes the noun after it ("the Kuwaiti
    border", "Iraqi forces"), as a people's adjective does; a place is also somewhere things
    happen ("in Dubai", "Dubai has ..."). Read from the parse of the sentences that use it."""
    from .language import parse_sentence

    used = False
    for sentence in document.sentences:
        for start in _positions(sentence.text, name):
            token = next((t for t in parse_sentence(sentence.text) if t.idx == start), None)
            if token is None or token.dep_ not in ("amod", "compound", "nmod"):
                return False
            if token.head.pos_ != "NOUN" or token.head.i <= token.i:
                return False
            if token.head.lower_ in PLACE_DIVISIONS:
                return False  # "China's Fujian province": the place, named as what it is
            used = True
    return used


def _occurrences(text: str, forms: Sequence[str]) -> int:
    """Occurrences of any of the forms (longest first) as whole names, not inside a longer
    one: "Britain" in "Good Morning Britain" is no mention of Britain."""
    taken: list[tuple[int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        for start in _positions(text, form):
            end = start + len(form)
            if any(a < end and start < b for a, b in taken):
                continue
            if text[end : end + 2].rstrip()[:1].isupper() and text[end : end + 1] == " ":
                continue  # followed by a capitalised word
            if _CAPITALISED_BEFORE.search(text[max(0, start - 40) : start]):
                continue
            taken.append((start, end))
    return len(taken)


def _named_in(text: str, forms: Sequence[str]) -> bool:
    return any(next(_positions(text, form), None) is not None for form in forms)


def _positions(text: str, phrase: str, prefix: bool = False) -> Iterator[int]:
    """Where `phrase` occurs in `text` as whole words (or, with `prefix`, at a word's start)."""
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        # A possessive may follow ("Morocco’s"); a hyphen joins words ("Pakistan-Morocco").
        if not _word_char(before) and (prefix or not (after.isalnum() or after in "-_")):
            yield start
        start = text.find(phrase, start + 1)


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "’'-_"
