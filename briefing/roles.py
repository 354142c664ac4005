"""Roles: what the article calls a person where it first names them, read from a parse.

Three shapes cover how news introduces people:

- a title before the name: "Pakistan's Defence Minister Khawaja Muhammad Asif", "Tory leader
  Michael Howard" (the words left of the name in its noun phrase);
- an appositive after it: "Abdellatif Loudyi, the Moroccan Government official in charge of
  National Defence Administration, ..." (up to the next comma);
- the name as the appositive of a role: "his running mate, William Ruto".

Only the sentence of each listed person's first full-name mention is parsed (a few sentences an
article, in one batch), without the entity reader (the mentions are known already): parsing
whole articles would cost as much as reading their names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .parties import PARTY_MEMBER
from .records import Document, Entity, Mention, Sentence
from .segment import capitalised_inside_a_sentence
from .summarise.standalone import last_body_source
from .titles import CLUB_OPENINGS, DEMONYMS, TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MAX_ROLE_WORDS = 8
HONORIFICS = frozenset("mr mrs ms miss dr drs prof sir dame lord lady mx messrs".split())
# Words before a title that are no part of it ("[Both] Culture Secretary Tessa Jowell and ...").
LEADING = frozenset(
    "the a an one another his her their its our my your both either neither also".split()
)
# ... and the adverbs that open a sentence ("[Earlier] Foreign Secretary Jack Straw said", which
# the parse may read as part of the title), unless a hyphen joins them to the title's next word
# ("the recently-crowned European champion").
OPENING_ADVERBS = frozenset(
    """earlier later meanwhile separately previously recently afterwards elsewhere yesterday
    today tonight instead again""".split()
)
CUTS = frozenset(",;:()[]—–")
FUNCTION_WORDS = frozenset(
    """a an the and or but nor with without by of to for from at in on into onto over under
    between against among about as than that which who whom whose when while after before
    since until said says told asked added says is was were are be been has have had will
    would could should may might must do did does also""".split()
)
PLURAL = frozenset({"NNS", "NNPS"})  # a role is one person's


def read_roles(
    document: Document, people: Sequence[Entity], model: str | None = None
) -> dict[str, str]:
    """Person name -> role, for those of `people` the text gives a role."""
    wanted: list[tuple[str, Sentence, Mention]] = []
    for person in people:
        found = _first_sentence(document, person)
        if found is not None and _may_have_role(document, found[1]):
            wanted.append((person.name, *found))
    sentences = list(dict.fromkeys(sentence for _, sentence, _ in wanted))
    parsed = dict(zip(sentences, _parse(document, sentences, model), strict=True))
    roles = {}
    for name, sentence, mention in wanted:
        start = mention.start - sentence.start
        role = role_in(
            parsed[sentence], start, min(mention.end - sentence.start, len(sentence.text))
        )
        role = _first_description(role) if role else None
        if role and role.split()[0].lower() in _FEELINGS:
            # "said a proud coach Mike Ruddock": how he felt that day, not what he is
            role = " ".join(w for w in role.split() if w.lower() not in _FEELINGS) or None
        if role and any(
            role.endswith(other.name) and not _whose(role, other.name)
            for other in people
            if other.name != name
        ):
            # "SBS Managing Director Michael Ebeid and Director of Sport, Ken Shipp": the
            # words before the name describe someone else
            role = None
        if role and (body := _body_of_its(role, sentence, document)):
            # "Vodafone has drafted in its UK chief executive William Morrow": whose office it
            # is, which the list of names must say, as "its" cannot there
            role = f"{role} of {body}"
        elif role:
            # (first: what is left is then held to the checks below, "head" of "head of its
            # research division" among them)
            role = _without_pronoun_phrase(role)
        if role and role.lower() in _NO_ROLE:
            role = None  # "a woman, Wu Shuoyan, ...": what anyone is
        if role and role.lower() in _HEADS_OF_NOTHING:
            role = None  # "creator" of "the creator of the best-selling The Sims games"
        if role and role.split()[0].lower() in _CLAUSE_OPENERS:
            role = None
        if role and (role.split()[0].lower() == "of" or role.split()[-1].lower() in _SEVERAL):
            # "George Gregan, one of four Wallabies"; "Ethiopian duo Gebre Gebremariam and
            # Dejene Berhanu": what a group of them is, no one's role
            role = None
        if role and _relation_of_no_one(role):
            role = None  # "her compatriot Kostas Kenteris": whose, which the role cannot say
        if role and _given_name_left_out(role, sentence.text):
            role = None  # "Catalina" of "Catalina Sandino Moreno", which the model left out
        if role and not set(name.split()) & set(role.split()):
            # Not a role that repeats part of the name ("Sumit Mohan, Sumit")
            roles[name] = _in_lower_case(role, sentence, document, parsed[sentence][0])
    return roles


def _whose(role: str, name: str) -> bool:
    """Whether the role ends on whom it is held for, with that name: "attorney for 19-year-old
    Heather Mack", "spokesman for Mr Blair" (a few words between, an age or a title)."""
    return bool(re.search(rf"\b(?:for|of|to)\s+(?:[\w'’-]+\s+){{0,2}}{re.escape(name)}$", role))


def _body_of_its(role: str, sentence: Sentence, document: Document) -> str | None:
    """The body whose office the role is where the text gives it as "its" office: the one
    body named before it in the sentence, which opens it ("Vodafone has drafted in its UK
    chief executive William Morrow"; not where another name stands between, as in "Deutsche
    Bank maintains ... Yukos has no assets ... owned by its chief finance officer"); or, for
    one who speaks after what they said, the body last given as the source of what the
    sentence reports ("..., said its chief executive, Sir Howard Newby", after "The Higher
    Education Funding Council for England said ..."). With its "the" ("the Higher Education
    Funding Council for England"); None where the role is no one's "its" or no body is found."""
    at = sentence.text.find(role)
    if at < 0 or not re.search(r"\bits\s+$", sentence.text[:at]):
        return None
    before = [
        mention
        for mention in document.mentions or ()
        if mention.paragraph == sentence.paragraph
        and sentence.start <= mention.start < sentence.start + at
        and mention.label in ("ORG", "PERSON", "GPE", "NORP", "LOC", "FAC")
    ]
    if before:
        body = before[0]
        opening = sentence.text[: body.start - sentence.start]
        if len(before) == 1 and body.label == "ORG" and re.fullmatch(r"(?:the\s+)?", opening, re.I):
            the = "the " if opening or body.text[:4].lower() == "the " else ""
            return the + re.sub(r"^[Tt]he\s+", "", body.text)
        return None
    if not re.search(r"\b(?:said|says|added|adds|warned|warns)\s+its\s+$", sentence.text[:at]):
        return None
    found = last_body_source(sentence, document)
    return f"{found[0]}{found[1]}" if found else None


# Adjectives of how someone felt when the story found them, which no office or trade has.
_FEELINGS = frozenset(
    """proud delighted happy angry furious relieved frustrated jubilant disappointed elated
    emotional upset satisfied pleased defiant dejected tearful beaming bullish unrepentant
    unhappy shocked stunned bemused baffled buoyant upbeat gleeful livid irate""".split()
)
# Nouns that say no more of a person than that they are one.
_NO_ROLE = frozenset("man woman boy girl person individual gentleman lady guy fellow".split())


def _given_name_left_out(role: str, sentence: str) -> bool:
    """Whether the "role" is one word capitalised inside its sentence that is no title, no
    office's letters ("MP") and no common English word ("Officer"): the first name of a person
    whose surname the model read alone ("Other winners included Catalina Sandino Moreno"), or a
    scrap ("HIV/Aids"). At a sentence's start a trade is capitalised anyway ("Singer Jamelia")."""
    if " " in role or not role[:1].isupper() or role.isupper():
        return False
    if sentence.lstrip(" \"'‘“").startswith(role):
        return False
    if role.lower() in TITLES or role in DEMONYMS or role.lower() in PARTY_MEMBER:
        return False
    from .load.fused.words import is_common_word

    return not is_common_word(role)


# Nouns that say nothing without what they are of: a role cut to one of them is none.
_HEADS_OF_NOTHING = frozenset("head creator member owner part chief leader boss".split())
# Nouns of a relation to someone: a role only with whose ("Wenger's Bayern counterpart").
_RELATIONS = frozenset(
    """compatriot colleague friend partner team-mate teammate wife husband son daughter brother
    sister father mother rival counterpart girlfriend boyfriend fiancee fiancée fiance cousin
    uncle aunt nephew niece widow widower stepfather stepmother""".split()
)
_OWNED = re.compile(r"\w['’]s?(?=\s|$)|\bof\b")
# A phrase of the role that points to someone by a pronoun: "retired minister [in her
# hometown]", which a list of names out of the sentence cannot resolve.
_PRONOUN_PHRASE = re.compile(
    r",?\s+(?:in|of|at|for|from|with|to|on|near|under|behind)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:his|her|their|its|him|them)\b.*$"
)


def _relation_of_no_one(role: str) -> bool:
    """Whether the role is a relation without whose it is: "compatriot", "late husband"; not
    "Wenger's Bayern counterpart", "former West Ham team-mate" (a name says whose)."""
    words = role.split()
    if words[-1].lower() in _SAME_OFFICE and not _OWNED.search(role):
        return True  # "Millwall counterpart", "Israeli counterpart": of someone else's office
    return (
        words[-1].lower() in _RELATIONS
        and not _OWNED.search(role)
        and not any(w[:1].isupper() for w in words[1:-1])
        and not (len(words) > 1 and words[0][:1].isupper() and words[0].lower() not in _SHAPES)
    )


# A relation to another's office: what it is says only whose it is, whatever the words before
# it ("his Millwall counterpart Neil Harris" is Millwall's manager, as Caldwell is Wigan's).
_SAME_OFFICE = frozenset({"counterpart", "counterparts"})
# Words that open a relation's role only by a sentence's capital: "Former team-mate ...".
_SHAPES = frozenset("former late fellow close old new ex".split())


def _without_pronoun_phrase(role: str) -> str | None:
    """The role without a phrase that names someone by a pronoun; None where nothing, or only
    the pronoun's possession, is left ("her coach")."""
    role = _PRONOUN_PHRASE.sub("", role).strip()
    if not role or re.search(r"\b(?:his|her|their|its)\b", role):
        return None
    return role


# Words that open a clause, never a description: "Kevin Keegan, but his professionalism ...",
# "Steven Gerrard, as they eye captain", spans the parse ran on into.
_CLAUSE_OPENERS = frozenset("but and or as while with to if so because".split())
# Nouns for two people or more, said of them together
_SEVERAL = frozenset("duo pair trio quartet quintet couple twins".split())


def _first_description(role: str) -> str:
    """The first of two descriptions joined by "and": "Ferrari driver" of "Ferrari driver and
    fellow Spaniard", whose second the parse may cut short ("... and fellow"). Not an "and"
    inside a body's or an office's name ("secretary of state for health and social care")."""
    before, joined, after = role.partition(" and ")
    office = before.split()[-1][:1].isupper() and after[:1].isupper()  # "Work and Pensions"
    # (and only where the first ends on a word for a person: "Tory work and pensions
    # spokesman" is one description, whose "work" is no one)
    if (
        joined
        and not office
        and not re.search(r"\b(?:of|for)\b", before)
        and _names_a_person(before.split()[-1])
        # (not two posts of one body: "founder and chairman of P2P network Red Swoosh",
        # "former mayor and chairman of Amesbury Museum", whose "of" both are)
        and not re.match(r"[\w-]+ (?:of|at)\b", after)
    ):
        return before
    return role


# Endings of the nouns that say what a person is or does ("driver", "director", "novelist",
# "spokesman", "trainee"), and nouns for a post without them ("chief", "head", "boss").
_PERSON_ENDING = re.compile(r"(?:er|or|ist|ian|man|woman|ant|ent|ee|eer|ier|ive|ary|ess|ard)$")
_POSTS = frozenset("chief head boss star captain mate coach champion leader aide envoy".split())


def _names_a_person(word: str) -> bool:
    word = word.lower()
    return word in _POSTS or word in TITLES or bool(_PERSON_ENDING.search(word))


def _in_lower_case(role: str, sentence: Sentence, document: Document, first_token: Token) -> str:
    """A role that opens its sentence, without the capital its place gave it where the article
    writes that word in lower case elsewhere, or it is an ordinal: "Former England captain
    Michael Vaughan" gives "former England captain", "Fifth seed" "fifth seed", "Passenger
    Rebecca Crow" "passenger". A title keeps its capital ("Chancellor George Osborne", "Trade
    and Industry Secretary"), and so do a nation's, a party's or a name's words ("Olympic
    heptathlon champion", "Tory leader", "Real Madrid midfielder")."""
    words = role.split()
    first = words[0]
    if not sentence.text.startswith(role) or not first[:1].isupper() or not first[1:].islower():
        return role
    if first.lower().rstrip(".") in TITLES or first in DEMONYMS or first.lower() in PARTY_MEMBER:
        return role
    if any(w[:1].isupper() and w.lower() in TITLES for w in words[1:]):
        return role  # an office's name: "Trade and Industry Secretary"
    if first_token.ent_type_ in _NAMED_TYPES and first_token.ent_type_ != "PERSON":
        # (a person's span the model began at the role: "[Spokesman Nick Davies] said")
        return role
    if first_token.tag_ in ("NNP", "NNPS") and len(words) > 1 and words[1][:1].isupper():
        return role  # a name's first word: "Real Madrid midfielder", "Plaid Cymru's"
    if len(words) > 1 and words[1][:1].isupper() and first.lower() in CLUB_OPENINGS:
        return role  # ... which the tagger reads as an adjective: "Real" of "Real Madrid"
    text = " ".join(p.text for p in document.paragraphs)
    if first_token.ent_type_ == "ORDINAL" or re.search(rf"\b{re.escape(first.lower())}", text):
        return role[0].lower() + role[1:]
    if (
        first_token.tag_ in ("NN", "NNS")
        and (len(words) == 1 or words[1][:1].islower())  # not "Formula 1 driver"
        and not capitalised_inside_a_sentence(first, text)
        # a side's nickname, a plural, before its staff's or players' role ("Blues boss Jose
        # Mourinho", "Spurs boss Martin Jol")
        and not (first.endswith("s") and words[-1].lower() in _SIDE_ROLES)
    ):
        # "Communications director Nick Davies": a common noun, as the tagger reads it, that
        # the article writes nowhere else; a club's or a firm's name it writes inside a
        # sentence too ("Bath prop Duncan Bell" ... "Bath's starting line-up")
        from .load.fused.words import is_common_word

        if is_common_word(first.lower()):
            return role[0].lower() + role[1:]
    # "Prosecutor Gordon Lamont": a person's noun, which the tagger may take for a name's word;
    # "Spokesman Nick Davies", a noun less common than `is_common_word` asks
    persons_noun = (
        first_token.tag_ in ("NN", "NNP")
        and len(words) == 1
        and (_names_a_person(first) or first.lower() in _PEOPLE)
    )
    if (
        (first_token.tag_ in _DESCRIBING_TAGS or persons_noun)
        and not capitalised_inside_a_sentence(first, text)
        # (a noun as the tagger reads it may end as an adjective of a name does: "Economist")
        and (not _NAMES_ADJECTIVE.search(first) or (persons_noun and first_token.tag_ == "NN"))
        and all(_an_english_word(part) for part in first.split("-"))
    ):
        # "Diminutive wing Shane Williams", "Defending champion Joice Maduaka", "Fly-half
        # Stephen Jones": a description's first word, capitalised by its place alone
        return role[0].lower() + role[1:]
    return role


# Tags of a description's first word that no name's word takes: an adjective, a participle, a
# verb's bare form ("Fly" of "Fly-half", as the tagger reads it).
_DESCRIBING_TAGS = frozenset({"JJ", "VBG", "VBN", "VB"})
# The endings of adjectives made from names, capitalised wherever they stand ("Olympic
# heptathlon champion", "Victorian novelist", "Marxist historian"): word counts, folded to lower
# case, do not tell them from common ones.
_NAMES_ADJECTIVE = re.compile(r"(?:ic|ian|ean|ese|ish|ist|ite)$")


def _an_english_word(word: str) -> bool:
    from .load.fused.words import word_frequencies

    return word.lower() in word_frequencies()


_SIDE_ROLES = frozenset(
    """boss manager coach captain skipper chairman striker midfielder defender goalkeeper keeper
    winger forward prop lock fly-half scrum-half centre full-back flanker hooker player
    players""".split()
)


def _first_sentence(document: Document, person: Entity) -> tuple[Sentence, Mention] | None:
    """The sentence of the first mention by the full name (else by any form), and the
    mention."""
    forms = {person.name, *person.aliases}
    mentions = [m for m in document.mentions or () if m.paragraph > 0 and _names(m, forms)]
    full = [m for m in mentions if person.name in m.text] or _written_in_full(document, person)
    for mention in full[:1] or mentions[:1]:
        mention = _without_titles(mention)
        for sentence in document.paragraphs[mention.paragraph - 1].sentences:
            if sentence.start <= mention.start < sentence.end:
                return sentence, mention
    return None


def _without_titles(mention: Mention) -> Mention:
    """A person's mention without the titles the model read into it: "Det Ch Insp Richard
    Campbell" is Richard Campbell, whose role the words before the name then give."""
    if mention.label != "PERSON":
        return mention
    words = mention.text.split(" ")
    titles = 0
    while titles < len(words) - 1 and words[titles].lower().rstrip(".") in TITLES:
        titles += 1
    if not titles:
        return mention
    cut = len(" ".join(words[:titles])) + 1
    return Mention(
        mention.text[cut:], mention.label, mention.paragraph, mention.start + cut, mention.end
    )


def _written_in_full(document: Document, person: Entity) -> list[Mention]:
    """Where the text first gives the full name that the model read only in part ("Manchester
    City boss Pep Guardiola says ...", of which it read no name, then "Guardiola" later), as a
    mention of its own; none where the text never writes it."""
    if " " not in person.name:
        return []
    pattern = re.compile(rf"(?<![\w-]){re.escape(person.name)}(?![\w-])")
    for paragraph in document.paragraphs:
        found = pattern.search(paragraph.text)
        if found is not None:
            return [Mention(person.name, "PERSON", paragraph.index, found.start(), found.end())]
    return []


def _parse(document: Document, sentences: Sequence[Sentence], model: str | None) -> list[Doc]:
    """Tags and dependencies for the sentences, with the entities the document's mentions
    already give: the pipeline's own entity reader is not run again."""
    from spacy.util import filter_spans

    from .language import parse_texts

    docs = parse_texts([sentence.text for sentence in sentences], model)
    for doc, sentence in zip(docs, sentences, strict=True):
        spans = []
        for m in map(_without_titles, document.mentions or ()):
            if m.paragraph == sentence.paragraph and sentence.start <= m.start < sentence.end:
                start, end = m.start - sentence.start, m.end - sentence.start
                span = doc.char_span(start, end, label=m.label, alignment_mode="contract")
                if span is not None and len(span):
                    spans.append(span)
        doc.ents = filter_spans(spans)
    return docs


def _may_have_role(document: Document, mention: Mention) -> bool:
    """Whether the words around the name can hold a role, before parsing: a comma after it
    (an appositive) or before it ("his running mate, William Ruto"), or a word of its noun
    phrase before it ("Tory leader Michael Howard"), not a function word ("said X", "and X")."""
    text = document.paragraphs[mention.paragraph - 1].text
    if text[mention.end : mention.end + 1] == "," or _MADE_AS.match(text, mention.end):
        return True
    before = text[max(0, mention.start - 40) : mention.start]
    if before.endswith(", "):
        return True
    words = before.split()
    if not words or not before.endswith(" ") or words[-1][-1] in '.!?:;"“”(':
        return False  # the sentence starts with the name
    return words[-1].lower() not in FUNCTION_WORDS


# "Claudio Ranieri has been sacked as Valencia coach": the verbs that give or take a post, "as"
# the post (`_role_after_as`), in the forms news uses (the parse gives no lemmas).
_LEAVING = frozenset(
    """sacked resigned resigns resign quit quits stepped steps step left leaves leave fired
    dismissed ousted axed removed replaced""".split()
)
_TAKING = frozenset(
    "appointed named installed elected re-elected confirmed hired reinstated chosen".split()
)
_MADE_AS = re.compile(
    r"[^.;:!?]{0,40}?\b(?:"
    + "|".join(sorted((_LEAVING | _TAKING) - {"step", "steps", "stepped"}))
    + r"|(?:step|steps|stepped) down) as\b"
)


def _role_after_is(doc: Doc, head: Token) -> str | None:
    """The office the sentence says the person, its subject, holds at a body it names: "Dr
    Peter Melton is local GP and clinical chief officer for North East Lincolnshire CCG" gives
    "local GP and clinical chief officer". Only an office at a named body: "Smith is a big fan
    of the band" or "Jones is the best player" say what someone is like, not what they hold."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < head.i:
        return None
    if any(t.dep_ == "neg" or t.tag_ == "MD" for t in verb.children):
        return None  # "is not chairman", "may be the next chairman"
    office = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if office is None or not _names_a_person(office.lower_):
        return None
    if not any(
        e.label_ == "ORG" and office.i < e.start and e.end - 1 <= office.right_edge.i
        for e in doc.ents
    ):
        return None
    return _phrase(doc, office)


def _role_after_as(doc: Doc, head: Token) -> str | None:
    """The post the person, the verb's subject, was given or left, "as" it: "Claudio Ranieri
    has been sacked as Valencia coach" gives "former Valencia coach", "Walter Smith was named as
    the new national manager" "new national manager", "will step down as chairman" "chairman"
    (not yet left). Only a title or a post of the closed lists: "resigned as a matter of
    principle", "left as a legend" give none."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = head.head
    word = verb.lower_
    if word not in _LEAVING and word not in _TAKING:
        return None
    at = verb.i + 1 + (verb.i + 1 < len(doc) and doc[verb.i + 1].dep_ == "prt")  # "step down"
    if at >= len(doc) or doc[at].lower_ != "as":
        return None
    marker = doc[at]
    if marker.dep_ == "prep":
        post = next((t for t in marker.children if t.dep_ == "pobj"), None)
    else:  # "as Valencia coach" read as a clause of its own: its noun is the post
        post = marker.head if marker.head.pos_ == "NOUN" and marker.head.i > at else None
    # (a closed list: "resigned as a matter of principle", "left as a legend" give no post)
    if post is None or not (post.lower_ in _TITLE_NOUNS or post.lower_ in TITLES):
        return None
    if marker.dep_ == "prep":
        role = _phrase(doc, post)
    else:
        tokens = list(doc[at + 1 : post.i + 1])
        while tokens and _leading(tokens):
            tokens = tokens[1:]
        role = _text(doc, tokens) if tokens else None
    if role is None or re.search(r"(?:^|\s)[a-z][\w-]*['’]s?\s", role):
        return None  # "the club's manager": whose, which the list cannot say
    if any(t.dep_ == "neg" for t in verb.children):
        return None  # "has not been sacked as coach"
    # (X replaced Y as manager: X takes the post; X was replaced as it: X left it)
    left = word in _LEAVING and (word != "replaced" or head.dep_ == "nsubjpass")
    # (not yet, or maybe: "will step down", "is to quit", "might be sacked")
    undone = any(t.tag_ == "MD" or t.lower_ == "to" for t in verb.children)
    if left and verb.tag_ in ("VBD", "VBN") and not undone:
        return f"former {role}"
    if left and not undone:
        return None  # "quits as coach": news tells a done thing in the present too
    return role  # taken, or held still


def _names(mention: Mention, forms: set[str]) -> bool:
    return any(form in mention.text for form in forms)


def role_in(doc: Doc, start: int, end: int) -> str | None:
    """The role the parsed sentence gives the name at [start, end), if any."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    title = _title_before(doc, span, head) or _title_in_brackets(doc, span)
    if title:
        return title
    comma = span.end
    if _age_after(doc, comma):
        comma += 2  # "Robert Jackson, 58, MP for Wantage": the age, then the role
    if comma + 1 < len(doc) and doc[comma].text == ",":
        # The appositive right after the name and its comma, whichever name the parser hung it
        # on: in "talks between X and Y, the official ...", on X, the head of the coordination.
        for token in doc[comma + 1 :]:
            if token.dep_ == "appos" and token.left_edge.i == comma + 1:
                while (
                    token.i + 2 < len(doc)
                    and not token.whitespace_
                    and doc[token.i + 1].text == "-"
                    and not doc[token.i + 1].whitespace_
                ):
                    token = doc[token.i + 2]  # "co-founder", which the parse split at its hyphen
                return _phrase(doc, token)
        affiliation = _affiliation(doc, comma)
        if affiliation:
            return affiliation
    elif comma < len(doc) and doc[comma].lower_ == "of":
        # with no comma: "said Yonca Brunini of Yahoo.", "Dr Rosie Loftus of the charity
        # Macmillan Cancer Support described ..."; not "from", which says as often where
        # someone lives ("Helen Carroll from Portsmouth said ...")
        affiliation = _affiliation(doc, comma - 1, then_a_verb=True)
        if affiliation:
            return affiliation
    if (
        head.dep_ == "appos"
        and head.head.i < span.start
        and head.head.pos_ in ("NOUN", "PROPN")
        and _role_for_appositive(doc, head.head, span)
    ):
        # "his running mate, William Ruto"; "the former Foreign Secretary Sir Malcolm Rifkind",
        # which the parse may read the same way: the words before the name, without its "Sir"
        role = _phrase(doc, head.head)
        if role is not None and span.text not in role:
            return role
        # (the phrase runs on past the name, to the score: "defending champion Venus Williams
        # 6-3 6-2", which is no phrase of a role)
        return _words_before(doc, head.head.left_edge.i, span.start)
    return (
        _title_the_parse_missed(doc, span) or _role_after_as(doc, head) or _role_after_is(doc, head)
    )


# Words that describe a body before its name: where it is based, and what it is, in lower case
_DESCRIPTION_BEFORE_A_BODY = re.compile(
    r"(?!the )(?:[A-Z][\w.]*(?: [A-Z][\w.]*)*-based )?(?:[a-z][\w-]* ){0,3}(?=[A-Z])"
)


def _affiliation(doc: Doc, comma: int, then_a_verb: bool = False) -> str | None:
    """The body a person speaks for, where the name's comma is followed by "of" or "from" and
    the body's name, and that phrase ends there: "Mike Hobday, of the League Against Cruel
    Sports, told BBC News" gives "League Against Cruel Sports". Not a place ("Helen Carroll,
    from Portsmouth": where she lives), nor a phrase that goes on ("from the FNSEA agricultural
    union": the parse's words, not a name, would have to be cut). `then_a_verb`: the body's name
    may be followed by the verb the person is the subject of, as where no comma sets the
    phrase off ("Dr Rosie Loftus of the charity Macmillan Cancer Support described ...")."""
    at = comma + 1
    if at >= len(doc) or doc[at].lower_ not in ("of", "from"):
        return None
    at += 1
    if then_a_verb and at < len(doc) and doc[at].lower_ == "the":
        at += 1  # "of the charity Macmillan Cancer Support": the description after its "the"
    # (the model's span may take in the "the" before the name, or leave it out; and a
    # description may stand before it: "of New York-based Human Rights Watch", "of
    # anti-corruption campaigners Transparency International")
    described = _DESCRIPTION_BEFORE_A_BODY.match(doc.text, doc[at].idx) if at < len(doc) else None
    if described is not None and described.end() > doc[at].idx:
        following = [t.i for t in doc if t.idx >= described.end()]
        at = following[0] if following else at
    starts = (at, at + 1) if at < len(doc) and doc[at].lower_ == "the" else (at,)
    body = next((e for e in doc.ents if e.start in starts), None)
    if body is None or body.label_ != "ORG":
        return None
    if body.end < len(doc) and not (
        doc[body.end].text in (",", ";", ".", ":")
        or (then_a_verb and doc[body.end].pos_ in ("VERB", "AUX"))
    ):
        return None
    return re.sub(r"^[Tt]he\s+", "", body.text)


def _role_for_appositive(doc: Doc, noun: Token, span: Span) -> bool:
    """Whether the noun the name is the appositive of can be what the person is: set off by a
    comma ("his running mate, William Ruto"), with no article before it ("third seed Nicolas
    Kiefer"), or a name's word, a title ("the former Foreign Secretary Sir Malcolm Rifkind") or
    a noun for a person. Not a thing the parse took the name for the apposition of: "The memory
    Gordon Brown says keeps returning"."""
    if any(t.text == "," for t in doc[noun.i + 1 : span.start]):
        return True
    if doc[noun.left_edge.i].lower_ not in ("the", "a", "an"):
        return True  # "third seed Nicolas Kiefer", "Wenger's Bayern counterpart Felix Magath"
    word = noun.lower_
    # (whose it is says a post: "the band's guitarist Richard Reed-Parry"; without it, closed
    # lists, for endings such as "-er" or "-ent" take in "statement", "letter")
    owned = any(t.tag_ == "POS" for t in doc[noun.left_edge.i : noun.i])
    return (
        noun.pos_ == "PROPN"
        or word in _TITLE_NOUNS
        or word in TITLES
        or word in _PEOPLE
        or word in _RELATIONS
        or word in KINSHIP
        or (owned and _names_a_person(word))
    )


# Nouns for a person that no ending in `_PERSON_ENDING` finds.
_PEOPLE = frozenset(
    """ace legend veteran icon great hero heroine idol rookie youngster teenager teen victim
    suspect witness survivor patient pupil fan mum dad king queen prince princess duke duchess
    earl baron baroness emperor empress chef pilot nurse doctor judge priest monk nun poet
    artist model guru tycoon magnate mogul substitute""".split()
)


def _age_after(doc: Doc, at: int) -> bool:
    """Whether the name is followed by its age between commas, as news gives it ("Robert
    Jackson, 58, MP for Wantage"; "Joe Bloggs, 34, of Leeds")."""
    return (
        at + 3 < len(doc)
        and doc[at].text == ","
        and doc[at + 1].text.isdigit()
        and len(doc[at + 1].text) <= 3
        and doc[at + 2].text == ","
    )


# Nouns that stand before a name as what the person is ("Chelsea striker Didier Drogba"); a
# closed list, since a word's ending says too little ("last summer Pep Guardiola joined").
_TITLE_NOUNS = _POSTS | frozenset(
    """manager striker midfielder defender goalkeeper keeper winger forward full-back fly-half
    scrum-half flanker prop lock hooker centre skipper trainer jockey rider driver boxer golfer
    sprinter athlete player batsman bowler chairman chairwoman spokesman spokeswoman director
    executive founder owner editor reporter correspondent presenter analyst economist lawyer
    campaigner activist singer actor actress rapper musician comedian author novelist""".split()
)


def _title_the_parse_missed(doc: Doc, span: Span) -> str | None:
    """A title right before the name that the parse did not hang on it: "Manchester City boss
    Pep Guardiola says ...", read as two subjects of "says". The words before the name up to a
    determiner, a preposition, a verb or a comma, ending on a noun for a person ("boss",
    "striker", "minister") in lower case."""
    if span.start == 0:
        return None
    last = doc[span.start - 1]
    if last.tag_ != "NN" or (last.text not in _TITLE_NOUNS and last.text not in TITLES):
        return None
    first = span.start - 1
    while (
        first > 0
        and (
            doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ", "NUM")
            or doc[first - 1].dep_ == "amod"  # "ousted", "acting"
            or doc[first - 1].tag_ == "POS"  # "Rangers' striker", "England's acting head coach"
            # "tight-head prop"
            or (doc[first - 1].text == "-" and first > 1 and not doc[first - 2].whitespace_)
            # "former Spurs and England defender": two names the title is of (not "Brazilian
            # Ronaldo and England captain David Beckham": a person before the "and")
            or (
                doc[first - 1].lower_ == "and"
                and doc[first].pos_ == "PROPN"
                and first > 1
                and doc[first - 2].ent_type_ != "PERSON"
            )
        )
        # (a person's name only as an owner: "Senator Leahy's spokeswoman")
        and (doc[first - 1].ent_type_ != "PERSON" or doc[first].tag_ == "POS")
    ):
        first -= 1
        if doc[first].text == "-" and first > 0:
            first -= 1  # the word the hyphen joins: "long-serving"
    if doc[first].lower_ == "and":
        first += 1
    while first < span.start - 1 and (doc[first].pos_ == "ADV" or doc[first].text == "-"):
        # "Newly-crowned Australian Open champion": no adverb, nor the word it is joined to
        hyphen = doc[first].text == "-"
        first += 1 + hyphen
    # the words as one title, its qualifiers kept: "deputy chief executive", "former ... defender"
    return _words_before(doc, first, span.start, adjective_starts=False)


def _title_in_brackets(doc: Doc, span: Span) -> str | None:
    """A title an editor put in brackets right before the name, inside a quotation: "It is up
    to (Bath owner) Andrew Brownsword"."""
    if span.start < 3 or doc[span.start - 1].text not in (")", "]"):
        return None
    opening = next(
        (
            t.i
            for t in reversed(doc[max(0, span.start - MAX_ROLE_WORDS - 2) : span.start - 1])
            if t.text in ("(", "[")
        ),
        None,
    )
    if opening is None:
        return None
    tokens = list(doc[opening + 1 : span.start - 1])
    if not tokens or any(t.is_punct or _a_persons_word(t) for t in tokens):
        return None
    last = tokens[-1]
    if last.pos_ not in ("NOUN", "PROPN") or last.tag_ in PLURAL or last.lower_ in HONORIFICS:
        return None
    if any(t.pos_ in ("VERB", "AUX", "PRON", "ADP") and t.lower_ != "of" for t in tokens):
        return None  # "(as he said) Smith": words of the sentence, not a title
    return _text(doc, tokens)


def _a_persons_word(token: Token) -> bool:
    """Whether the word is part of a name the model read as a person's, and not a party's that
    it misread ("Lib Dem leader Charles Kennedy": "Lib Dem" as a person)."""
    if token.ent_type_ != "PERSON":
        return False
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return entity is None or entity.text.lower() not in PARTY_MEMBER


def _without_titles_after(tokens: list[Token]) -> list[Token]:
    """The words of an office without the holder's own title after it ("Foreign Secretary
    [Sir] Malcolm Rifkind"): the office, not the "Sir"."""
    end = len(tokens)
    while end > 1 and tokens[end - 1].lower_ in HONORIFICS:
        end -= 1
    return tokens[:end]


KINSHIP = frozenset("son daughter wife husband father mother brother sister friend widow".split())


def _words_before(doc: Doc, first: int, name: int, adjective_starts: bool = True) -> str | None:
    """The title the words from `first` up to the name give it: "former Conservative Foreign
    Secretary" of "the former Conservative Foreign Secretary Sir Malcolm Rifkind"; none where
    the words describe someone else ("the son of councillor Shakil Ahmed"). A noun then an
    adjective starts a title after the noun ("the job [current Bournemouth manager] Eddie
    Howe has done")."""
    tokens: list[Token] = []
    for token in doc[first:name]:
        tokens = [] if token.text in CUTS else [*tokens, token]
    # (unless the caller chose the words as one title: "Ryanair deputy chief executive")
    for n in range(len(tokens) - 1, 0, -1) if adjective_starts else ():
        if tokens[n - 1].pos_ == "NOUN" and tokens[n].pos_ == "ADJ":
            tokens = tokens[n:]
            break
    while tokens and (_leading(tokens) or _when(tokens[0])):
        tokens = tokens[1:]
    tokens = _without_titles_after(tokens)
    words = [t.lower_ for t in tokens]
    if "of" in words and words.index("of") > 0 and words[words.index("of") - 1] in KINSHIP:
        return None  # another's kin: the name is the relative's, whose title follows "of"
    owner = {t.i - 1 for t in tokens if t.tag_ == "POS"}  # "Mr Kenyatta's running mate"
    if _word_count(tokens) > MAX_ROLE_WORDS or any(
        _a_persons_word(t) and t.i not in owner and t.i + 1 not in owner for t in tokens
    ):
        return None
    last = tokens[-1] if tokens else None
    if last is None or last.pos_ not in ("NOUN", "PROPN") or last.tag_ in PLURAL:
        return None  # "British stars Joss Stone and ...", "the 37-year-old", "the BBC's"
    if last.lower_ in HONORIFICS:
        return None  # "Sir" alone
    if last.ent_type_ or any(
        t.pos_ in ("ADV", "ADP") and t.lower_ != "of" and not _hyphenated(tokens[n:])
        for n, t in enumerate(tokens)
    ):
        # "shares in state construction companies Adhi Karya"; but "newly-appointed chief
        # executive", an adverb of a hyphenated word
        return None
    return _text(doc, tokens)


def _title_before(doc: Doc, span: Span, head: Token) -> str | None:
    first = head.left_edge.i
    # the rest of a hyphenated word the parse split ("co-" of "co-ordinator"), and an office
    # "of" or "for" something that the parse hung elsewhere ("Minister for Work Jane Kennedy")
    while (
        first > 0
        and first < span.start
        and (doc[first].text == "-" or not doc[first - 1].whitespace_)
    ):
        first -= 1
    while (
        first > 0
        and first < span.start
        and doc[first - 1].dep_ in ("compound", "nmod", "amod")
        and first <= doc[first - 1].head.i < span.end
    ):
        first -= 1  # "election" of "election co-ordinator"
    if (
        first > 1
        and first < span.start
        and doc[first - 1].lower_ in ("for", "of")
        and (
            (
                doc[first - 2].pos_ == "PROPN"
                and doc[first - 2].text[:1].isupper()
                and not doc[first - 2].ent_type_
            )
            # ... in lower case too: "the minister for civil aviation Praful Patel"
            or (doc[first - 2].pos_ == "NOUN" and doc[first - 2].lower_ in _OFFICES_OF)
        )
    ):
        first -= 2
        if doc[first].pos_ == "NOUN":
            # with the body the office is of: "Real Madrid director of sport Emilio Butragueno"
            first = min(first, doc[first].left_edge.i)
    department = _department_joined(doc, first, span.start)
    tokens = list(doc[department : span.start])
    while tokens and (_leading(tokens) or tokens[0].lower_ in HONORIFICS or _when(tokens[0])):
        tokens = tokens[1:]  # "[On Monday] school inspection chief David Bell"
    tokens = _without_titles_after(tokens)  # "Foreign Secretary Sir Malcolm Rifkind"
    # (the commas of a department's name are no cut: "Culture, Media and Sport Secretary")
    if not tokens or any((t.text in CUTS and t.i >= first) or _a_persons_word(t) for t in tokens):
        return None
    last = tokens[-1]
    if last.lower_ in HONORIFICS or last.pos_ not in ("NOUN", "PROPN") or last.ent_type_:
        return None  # "Mr Asif", "Chelsea's Arjen Robben": no role
    if last.lower_ in _TIMES_OF_PLAY and doc[last.i - 1].text != "-":
        # "Early in the second half Wayne Carlisle's cross ...": when, not who; but a
        # "scrum-half" or a "fly-half" plays there
        return None
    if last.tag_ in PLURAL or any(t.pos_ == "ADV" for t in tokens):
        return None  # "Sprinters Kostas Kenteris ...", "the more high-profile Caroline Lucas"
    plural = last.lower_.endswith("s") and not last.lower_.endswith("ss")
    if plural and span.end < len(doc) and doc[span.end].lower_ == "and":
        return None  # "Opponents Chad Mendes and Ricardo Lamas": what both are, read as a name
    return _text(doc, tokens)


# Offices named with what they are "of" or "for" before the holder's name ("director of sport",
# "head of security", "minister for civil aviation")
_OFFICES_OF = TITLES | frozenset("director head chief editor leader dean controller".split())


def _department_joined(doc: Doc, first: int, name: int) -> int:
    """Where an office's title starts, with the words of its department that commas and "and"
    join before it: "Culture, Media and Sport Secretary Tessa Jowell", "Work and Pensions
    Secretary Alan Johnson", which the parse leaves out of the title ("Sport Secretary" is
    another office). Only single capitalised words, starting the sentence or after a word in
    lower case: "Foreign Secretary Jack Straw and Home Secretary ..." joins no names."""
    if not (first < name and doc[name - 1].lower_ in TITLES):
        return first
    i = first
    if i < 2 or doc[i - 1].lower_ != "and" or not _capitalised_word(doc[i - 2]):
        return first
    i -= 2
    while i >= 2 and doc[i - 1].text == "," and _capitalised_word(doc[i - 2]):
        i -= 2
    if i > 0 and (doc[i - 1].text[:1].isupper() or doc[i - 1].text == ","):
        return first  # "Jack Straw and Home Secretary ...": a name before, not a department
    return i


def _capitalised_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.pos_ in ("NOUN", "PROPN")


# The parts of a match that say when something happened in it.
_TIMES_OF_PLAY = frozenset("half minute period quarter innings round set session".split())


def _leading(tokens: list[Token]) -> bool:
    """Whether the first word is no part of the title that follows (`LEADING`,
    `OPENING_ADVERBS`)."""
    first = tokens[0].lower_
    return first in LEADING or (first in OPENING_ADVERBS and not _hyphenated(tokens))


def _when(token: Token) -> bool:
    """A word of a date or a time ("Monday", "yesterday"): when, never part of what someone
    is. Not a year: "the 2004 Olympic champion" was one then."""
    return token.ent_type_ in ("DATE", "TIME") and token.is_alpha


def _phrase(doc: Doc, word: Token) -> str | None:
    """The noun phrase headed by `word`, up to its first comma or clause, without a leading
    determiner; no longer than `MAX_ROLE_WORDS`."""
    tokens = []
    start = word.left_edge.i
    while _after_a_hyphen(doc, doc[start]):
        start -= 2  # the rest of a hyphenated word: "co-" of "co-founder"
        # ... with the words before it, which the parse may have hung on its first part:
        # "Google" of "Google vice-president of operations"
        start = min(start, doc[start].left_edge.i)
    division = None  # "BT's managing director[, broadband and internet services]"
    for token in doc[start : word.right_edge.i + 1]:
        if token.i > word.i and _division_after(doc, word, token):
            division = doc[token.i + 1 : word.right_edge.i + 1].text
            break
        if token.i > word.i and (_cut(token) or token.dep_ in ("relcl", "acl", "advcl")):
            break
        if token.i < word.i and _cut(token):
            tokens = []
            continue
        tokens.append(token)
    while tokens and (_leading(tokens) or (tokens[0].pos_ == "ADV" and not _hyphenated(tokens))):
        tokens = tokens[1:]  # "presently a non-executive director"; not "well-known"
    while tokens and _leading(tokens):
        tokens = tokens[1:]
    short = _with_the_body_named_short(doc, word, tokens)
    if short is not None:
        return short
    if _word_count(tokens) > MAX_ROLE_WORDS:
        # Too long: the head's own "of ..." stays, a phrase after it goes ("Yahoo's head of
        # consumer services [in the UK]"), or, if still too long, all after the head ("Yahoo's
        # head" alone reads as Yahoo's boss, so that is the last resort)
        later = [
            t
            for t in tokens
            if t.i > word.i
            and t.dep_ == "prep"
            and not (t.head == word and t.lower_ == "of")
            # inside a name: "the Confederation of British Industry"; but a body's names
            # take no "at" or "in": "the Institute for Aging Research [at the Albert Einstein
            # College of Medicine]" is where the institute is; and a word in lower case is
            # no name's, whatever the parse tagged it ("the GPs committee [of the ...]")
            and (t.head.pos_ != "PROPN" or t.lower_ in ("at", "in") or t.head.text.islower())
        ]
        shorter = [t for t in tokens if not later or t.i < later[0].i]
        candidates = [shorter]
        if later and (body := _body_named_after(doc, later[0], tokens)):
            # first, the body the office is held at, without the words that describe it before
            # its name: "director of business development for [digital content company] THX"
            candidates.insert(0, [*shorter, later[0], *body])
        # (nor a clause the parse ran on into: "line has the support")
        fitting = [
            candidate
            for candidate in candidates
            if _word_count(candidate) <= MAX_ROLE_WORDS
            and not any(
                # (the part of a hyphenated word after its hyphen is no verb of a clause:
                # "director of value-added services [at BT Retail]")
                t.pos_ in ("VERB", "AUX")
                and not (t.is_alpha and t.is_lower and _after_a_hyphen(doc, t))
                for t in candidate
            )
        ]
        tokens = fitting[0] if fitting else [t for t in tokens if t.i <= word.i]
    if not tokens or _word_count(tokens) > MAX_ROLE_WORDS or word.tag_ in PLURAL:
        return None  # "Chad Mendes, Opponents ...": a role is one person's
    if word.pos_ in ("VERB", "AUX") or tokens[0].tag_ in ("WP", "WDT", "WP$"):
        return None  # "James Diner, who once dated model Caprice": a clause, not what he is
    if not any(t.pos_ == "NOUN" or (t.pos_ == "PROPN" and not t.ent_type_) for t in tokens):
        return None  # an age ("45"), a place ("London"): not a role
    if tokens[-1].pos_ not in ("NOUN", "PROPN"):
        return None  # "Manchester United past ...": a phrase the parse cut, not a role
    role = _text(doc, tokens)
    if role is not None and division is not None and tokens[-1].i == word.i:
        return f"{role}, {division}"  # (the head is the title's; the division is where)
    return role


def _body_named_after(doc: Doc, prep: Token, tokens: list[Token]) -> list[Token] | None:
    """The name of a body that ends the phrase after the preposition, where only words in lower
    case (a description: "digital content company") stand between them; None where none."""
    rest = [t for t in tokens if t.i > prep.i]
    body = next(
        (e for e in doc.ents if e.label_ == "ORG" and rest and e.end - 1 == rest[-1].i), None
    )
    if body is None or body.start <= prep.i:
        return None
    between = [t for t in rest if t.i < body.start]
    if not between or not all(t.is_lower or t.tag_ == "POS" for t in between):
        return None
    return list(doc[body.start : body.end])


def _word_count(tokens: list[Token]) -> int:
    """How many words the tokens are as written: the parse splits "vice-president" into three
    tokens, which are one word of a role."""
    return sum(1 for t in tokens[:-1] if t.whitespace_) + bool(tokens)


def _after_a_hyphen(doc: Doc, token: Token) -> bool:
    """Whether the token is the part of a hyphenated word after its hyphen ("added" of
    "value-added")."""
    return (
        token.i >= 2
        and doc[token.i - 1].text == "-"
        and not doc[token.i - 1].whitespace_
        and not doc[token.i - 2].whitespace_
    )


def _division_after(doc: Doc, word: Token, comma: Token) -> bool:
    """Whether the comma after a role's head goes on to the part of the body the role is in,
    up to the end of the sentence: "Duncan Ingram, BT's managing director, broadband and
    internet services." (he heads a division, not BT). Words in lower case that the parse
    joins to the head, with no verb among them."""
    if comma.text != "," or comma.i + 1 >= len(doc):
        return False
    joined = [t for t in word.children if t.dep_ == "conj" and t.left_edge.i == comma.i + 1]
    if not joined:
        return False
    words = doc[comma.i + 1 : joined[0].right_edge.i + 1]
    after = joined[0].right_edge.i + 1
    return (
        all(t.is_lower and t.pos_ in ("NOUN", "ADJ", "CCONJ") for t in words)
        # (more of what he is, not where: "a lawyer, teacher and father")
        and not any(t.pos_ == "NOUN" and _names_a_person(t.lower_) for t in words)
        and (after == len(doc) or doc[after].text in (".", "!", "?"))
    )


def _with_the_body_named_short(doc: Doc, word: Token, tokens: list[Token]) -> str | None:
    """The role with the body it is held at named as the text names it for short, where the
    phrase gives it as a long name with its abbreviation after ("group chief executive at the
    Chartered Institute of Procurement and Supply (CIPS)": "group chief executive at CIPS",
    which fits where the long one is cut to "group chief executive"), or as a description with
    its name set after it ("chief economist at the manufacturers' organisation, EEF": "chief
    economist at EEF"). None where neither."""
    at = next(
        (t for t in tokens if t.i > word.i and t.head == word and t.dep_ == "prep"),
        None,
    )
    if at is None or at.lower_ == "of" or tokens[-1].i + 3 >= len(doc):
        return None
    role = doc.text[tokens[0].idx : at.idx + len(at.text)]
    body = [t for t in tokens if t.i > at.i]
    after = doc[tokens[-1].i + 1 : tokens[-1].i + 4]
    if (
        _word_count(tokens) > MAX_ROLE_WORDS
        and after[0].text == "("
        and after[2].text == ")"
        and re.fullmatch(r"[A-Z][A-Z&]{1,6}", after[1].text)
        and [t.text[0] for t in body if t.text[:1].isupper()]
        == list(after[1].text.replace("&", ""))
    ):
        return f"{role} {after[1].text}"
    if (
        after[0].text == ","
        and body
        and body[-1].pos_ == "NOUN"
        and body[-1].lower_ == body[-1].text
    ):
        name = []
        for token in doc[after[0].i + 1 :]:
            if token.ent_type_ != "ORG" or token.pos_ not in ("PROPN", "DET"):
                break
            name.append(token)
        end = name[-1].i + 1 if name else None
        if name and name[-1].pos_ == "PROPN" and end < len(doc) and doc[end].text == ",":
            return f"{role} {doc.text[name[0].idx : name[-1].idx + len(name[-1].text)]}"
    return None


# Kinds of name the language model reads, as opposed to numbers and dates ("Fifth").
_NAMED_TYPES = frozenset(
    "PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE".split()
)


def _hyphenated(tokens: list[Token]) -> bool:
    """Whether the first token opens a word the parse split at its hyphen ("well" of
    "well-known")."""
    return len(tokens) > 1 and tokens[1].text == "-" and not tokens[0].whitespace_


def _cut(token: Token) -> bool:
    """A comma, a bracket or a dash ("chairman of Save Our Community - a group ...")."""
    return token.text in CUTS or (token.text == "-" and bool(token.whitespace_))


# A wh-word opens a clause, which no title holds.
_CLAUSE_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})


def _text(doc: Doc, tokens: list[Token]) -> str | None:
    if not tokens or any(t.tag_ in _CLAUSE_TAGS for t in tokens):
        return None  # "where Lib Dem MP Parmjit": a clause's words, no title
    # (runs of tokens, where words were left out between them: "director of business
    # development for [digital content company] THX")
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    text = " ".join(doc.text[run[0].idx : run[-1].idx + len(run[-1].text)] for run in runs)
    # (a list's dash before the title is no part of it: "- Blackburn boss Mark Hughes")
    return re.sub(r"^[-–—]\s+", "", text.strip(" ,;:")) or None
