"""Whether a sentence can stand in a memo on its own: news, not furniture; its referents named.

A policy reader lifts a memo's bullets into their own briefs, so each bullet must be true and
intelligible where it lands. This module decides, for one sentence of an article:

- **furniture**: text about the page, not the news (captions and picture credits, calls to
  follow, subscribe or watch, broadcast schedules, editors' notes, copyright lines);
- **first person**: the writer's own voice outside quotation marks ("when I open the jar ..."),
  a review or a column, not a report;
- **the opening**: a connective pointing back at the previous sentence ("But", "However") is
  dropped; an opening pronoun ("He", "Her") is replaced by the person it names, in square
  brackets as journalists mark inserted words ("[Khawaja Muhammad Asif] said ..."), found among
  the people the article names before the sentence (the language pipeline's mentions); any
  other opening pronoun or demonstrative ("They", "It", "This", "To combat this") makes the
  sentence unusable, since its referent is outside it.

The rules follow the conventions of wire services and policy offices (`../shared/MEMO.md`), not
statistics of any data set.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from itertools import pairwise

from ..load.fused.words import is_common_word
from ..parties import is_party_name
from ..records import Document, Mention, Sentence
from ..segment import capitalised_inside_a_sentence
from ..titles import DEMONYMS, PERSON_OF_A_NATION
from .first_mention import first_mention_named, short_name_completed

# Connectives that point to the sentence before. Dropping them leaves the claim intact.
# "so" and "still" only with a comma: "So far ..." and "Still images ..." are not connectives.
_CONNECTIVE = re.compile(
    r"^(?:(?:but|and|yet|however|also|meanwhile|moreover|furthermore|additionally|nevertheless|"
    r"nonetheless|thus|therefore|hence|firstly|secondly|thirdly)\b,?|"
    # These only with their comma: "Instead of ...", "Besides the cost ...", "In addition to
    # ...", "So far ..." and "Still images ..." are not connectives.
    r"(?:instead|besides|plus|likewise|similarly|separately|in addition|in fact|"
    r"at the same time|as a result|on the other hand|by contrast|in contrast|even so|after all|"
    r"of course|indeed|notably|importantly|crucially|overall|so|still|then|now|again|anyway|"
    r"rather|first|second|third|finally|lastly|for example|for instance|to begin with|"
    r"to start with|for a start|well|earlier|later|elsewhere|essentially|basically|in essence|"
    r"in short|in other words),|"
    r"so(?= (?:there|it|the|he|she|they|we|this|that|if|when|what)\b)|"
    # "Instead the RFU said ...": any "instead" but the preposition's ("Instead of ...")
    r"instead(?! of\b)(?= )|"
    # and without it before a pronoun: "As a result he misses ...", "Now he fears ..."
    r"(?:as a result|now|then|still|instead|again|earlier|later)"
    r"(?= (?:he|she|they|it|we|his|her|their)\b)|"
    # "Earlier Foreign Secretary Jack Straw said ...": before the title and name of who spoke,
    # not before a day ("Earlier Monday police said ...")
    r"(?:earlier|later)(?= (?-i:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"(?:[A-Z][\w'’-]+ )+)(?:said|says|told|warned|added)\b))\s+",
    re.IGNORECASE,
)
# A connective that opens an inverted sentence: the subject follows the verb, so the sentence
# does not stand without it ("Also being released is ...", "Also present were ...").
_INVERTED = re.compile(
    r"^(?:Also|And|But) (?:being|present|included|among|joining|attending|on hand)\b|"
    # ... or on a place in a list given before: "Topping the list was a controversial dam ...",
    # "Rounding out the top five was ...", "Among them were blogs ..."
    r"^(?:(?:Topping|Heading|Rounding out|Rounding off|Completing) the (?:list|table|top \w+|"
    r"rankings?|chart|poll)|Among (?:them|those|these)),? (?:was|were|is|are)\b"
)
# A reporting frame: the verbs and phrases by which news attributes a claim to its source.
REPORTING_VERBS = (
    r"say|says|said|saying|tell|tells|told|claim|claims|claimed|believe|believes|believed|"
    r"argue|argues|argued|suggest|suggests|suggested|note|notes|noted|add|adds|added|warn|warns|"
    r"warned|insist|insists|insisted|state|states|stated|report|reports|reported|allege|alleges|"
    r"alleged|estimate|estimates|estimated|predict|predicts|predicted|think|thinks|thought|"
    r"deny|denies|denied|admit|admits|admitted|accuse|accuses|accused|announce|announces|"
    r"announced|confirm|confirms|confirmed|explain|explains|explained|write|writes|wrote|"
    r"acknowledge|acknowledges|acknowledged|maintain|maintains|maintained|contend|contends|"
    r"contended|assert|asserts|asserted|conclude|concludes|concluded|fear|fears|feared|"
    r"expect|expects|hope|hopes|hoped|according to|quoted|cited|"
    # adverbs that say the claim is someone else's: "..., having reportedly informed ..."
    r"reportedly|allegedly|apparently|reputedly|purportedly|supposedly"
)
# Pronouns that name a person: resolved from the people named before the sentence.
PERSONAL = {"he": "male", "his": "male", "she": "female", "her": "female"}
POSSESSIVE = frozenset({"his", "her"})
# Openings whose referent lies outside the sentence and is not a named person.
_UNRESOLVABLE = frozenset(
    """they them their theirs it its this these those that such we our us i my me you your
    him hers""".split()
)
# "One of them said ...", "One told the BBC ...": one of people named before. Not a number or a
# determiner: "One in 10 adult Americans ...", "One man was killed ...".
_ONE_OF_THEM = re.compile(
    r"^One (?:of (?:them|those|these|us|the (?:two|three|four|men|women|victims|others))\b|"
    r"(?:said|says|told|tells|added|adds|described|claimed|admitted)\b)|"
    # "None of this seems to have affected his standing", "Some of them were ...", "Almost all
    # of them used the net ...", "80% of them": a share of what an earlier sentence told
    r"^(?:(?:Almost|Nearly|Virtually|Practically|Roughly|About|Around|Only|Just|Over|Under|"
    r"More than|Less than|Fewer than|Up to|At least) (?=[a-z\d]))?"
    r"(?i:none|all|much|most|some|many|both|each|either|neither|few|several|half|any|part|two|"
    r"three|four|five|six|seven|eight|nine|ten|\d[\d,.]*%?) of (?:this|that|these|those|them|"
    r"it|us)\b"
)
# "Almost all could identify Tony Blair", "Nearly half said ...": a share with its noun left
# out, told in the sentence before ("... 14-16 year olds knew ..."); the verb follows it
_SHARE_ALONE = re.compile(
    r"^(?:(?:Almost|Nearly|Virtually|Practically|Only|Just|About|Around|Roughly) )?"
    r"(?i:all|most|many|some|half|none|few|a few|a third|a quarter|the rest|the majority|"
    r"the remainder) (?:could|can|would|will|were|was|are|is|had|have|has|did|do|does|said|say|"
    r"says|knew|know|thought|think|believed|believe|wanted|want)\b"
)
# "Some of her dancers", "One of their sons": a share of what belongs to someone named before
_SHARE_OF_THEIRS = re.compile(
    r"^(?:None|All|Much|Most|Some|Many|Both|Each|Either|Neither|Few|Several|Half|Any|Part|One|"
    r"Two|Three) of (?P<pronoun>his|her|their|its)\b"
)
# "To combat this, ...", "Despite that ...", "Because of this ...": a demonstrative standing as
# a pronoun in the opening phrase. A demonstrative before a noun ("this year") is a determiner.
_DEMONSTRATIVE_OPENING = re.compile(
    # A phrase that opens on a preposition or "to": "Indonesia's government has confirmed it is
    # ..." has its subject first, and its "it" is the government's.
    r"^(?:To|Despite|Because|After|Before|Given|Like|Unlike|Besides|Beyond|Apart|In|On|For|With|"
    r"Without|Against|Following|Under|Amid|As|By|From|Of|At|During|Since|Through|Over|Behind|"
    r"Due|Thanks|Aside|Until|Till)\s(?:[A-Za-z’']+\s){0,3}(?:this|that|these|those|it|them|"
    r"then)(?:[,.;:]|"
    r"['’]s\b|\s+(?:is|was|are|were|"
    r"has|had|will|would|could|may|might|must|should|can|the|a|an|some|many|most|more|all|"
    r"several|there|its|their|our|his|her|[A-Z]\w*))",
)

# "But, says Nick Donofrio, senior vice-president ..., it was not ...": without its connective,
# a speaker's inverted verb opens the sentence, which reads as no sentence at all
_INVERTED_SPEAKER = re.compile(
    r"^(?:Says|Said|Argues|Argued|Adds|Added|Insists|Insisted|Claims|Claimed|Believes|Notes|"
    r"Noted|Warns|Warned|Suggests|Suggested|Explains|Explained)\s+(?:the\s+|an?\s+)?[A-Z]"
)
# "The company points out that this will also appeal to anyone ...": a demonstrative standing
# for what an earlier sentence told, as the subject of what is said or thought
_POINTER_SAID = re.compile(
    r"\b(?:that|said|says|say|believes?|believed|thinks?|thought|argues?|argued|claims?|"
    r"claimed|warns?|warned|adds?|added|insists?|insisted)\s+(?:this|these|those)\s+(?:will|"
    r"would|could|can|may|might|must|should|is|was|are|were|has|have|had|means?|meant)\b"
)


def _points_outside(text: str) -> bool:
    """Whether a demonstrative is the subject of what the sentence says was said, with no clause
    of its own before it to stand for ("The Liberal Democrats have admitted they are on course
    to lose at least 20 MPs, but claim this could still be enough ...": the losing)."""
    found = _POINTER_SAID.search(text)
    return found is not None and not re.search(r"\b(?:but|and|yet)\b|;", text[: found.start()])


# "What this means, said Stacey Jolna, ... is that ...": what a pointer means, told where the
# pointer is not
_WHAT_IT_MEANS = re.compile(
    r"^What (?:this|that|these|those|it|all this) (?:means|meant|will mean|would mean|shows|"
    r"showed|suggests|suggested|tells us)\b"
)
# "At that point Burns quipped ...", "Since that inquiry was launched ...", "From that point, the
# note will become ...": "that" before a noun in an opening phrase points back to what the
# sentences before told ("this week" is counted from today, "that week" from what was told).
# Not "those who": a relative clause says which ones.
_THAT_OPENING = re.compile(
    r"^(?:At|By|In|On|After|Before|From|Until|Since|During|For|Of|With|Despite|Under|Given)\s+"
    r"(?:that|those)\s+(?!who\b|whose\b|which\b)[a-z]"
)

# "Vinci's game fell to pieces after that and Martinez swept her aside ...", "Before this, ...":
# a demonstrative standing alone after a preposition of time or contrast stands for what an
# earlier sentence told ("after that season" is a noun's determiner, and says which).
_POINTER_AFTER_A_PREPOSITION = re.compile(
    r"\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Dd]espite|[Ff]ollowing|[Bb]esides|[Bb]eyond|than)\s+"
    r"(?:that|this)\b(?=\s*(?:[,.;:!?]|(?:and|but|or)\b|$))"
)

# "It is thought that ...", "It remains unclear whether ...": an empty subject, standing for
# the clause it announces, not for anything earlier.
_EXPLETIVE_IT = re.compile(
    r"^It (?:is|was|has been|had been|will be|would be|could be|may be|might be|seems|seemed|"
    r"appears|appeared|remains|remained|emerged|became|is being|was being)(?: not)?"
    r"(?: (?:widely|now|still|also|already|generally|understood|thought|believed|expected|"
    r"reported|feared|hoped|claimed|alleged|estimated|likely|unlikely|unclear|clear|possible|"
    r"impossible|important|vital|essential|necessary|difficult|hard|easy|known|unknown|"
    r"certain|uncertain|true|false|understood))*(?: that| whether| if| how| why| when)\b"
)
# "Last week, it denied ...", "Earlier this month, he registered ...": a short opening phrase
# (no quotation in it), then the subject; a pronoun there points outside the sentence as an
# opening one does.
_FRONTED = re.compile(r"^(?P<lead>[^,\"“”‘’]{2,60}?),\s+(?P<word>[A-Za-z]+)\b")
# Words of an opening phrase or clause, at most, before a pronoun subject ("Along with any
# number of senior cabinet colleagues, they ...") or with one of its own ("Should he win ...")
_FRONTED_WORDS = 12
# Personal pronouns that cannot be read as anything else ("her" may be an object or a possessive)
_PERSONAL_IN_LEAD = re.compile(r"\b(?:he|she|his)\b")
# Pronouns there that stand for something named earlier; determiners ("Last year, this
# company ...", "one official") are not among them.
_FRONTED_PRONOUNS = frozenset("it its they them their we our us i my me you your".split())

# "The latter ...", "The other is ...", "The third was ...": the noun they stand for is in an
# earlier sentence.
_ANAPHORIC = re.compile(
    # "The former chief financial officer at WorldCom ..." is a title, not a pointer.
    r"^(?:The|the) (?:latter|former|other|others|same|first|second|third|fourth|fifth|last|"
    r"rest|remainder)(?=[,.;:]|\s+(?:is|was|are|were|has|had|will|would|can|could|said|says|"
    r"told|added)\b)|"
    # "None more so than Henson, who ...": compared with those the sentence before named
    r"^(?:None|Nowhere|No one|Nobody|Nothing) (?:more|less) so than\b|"
    r"^(?:Not least|Especially|Particularly|Above all)(?= [A-Z]|,)"
)
# "The pair claim ...", "Both will be in action ...": two or three named before, standing alone
# as the subject (not "The two Japanese companies", "Both the CML and the BSA").
_GROUP_OPENING = re.compile(
    r"^(?:The (?P<noun>pair|duo|couple|trio)(?! of\b)|The two|The three|Both) [a-z]"
)
_GROUP_WORDS = frozenset("two three both".split())
_FIRST_PERSON = re.compile(r"(?:^|[^\w’'])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|mine|myself)\b")
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:we|our|us|ourselves)\b")
# ... and the writer speaking to the reader about the reader ("could fool you into believing",
# "you might think", "you'd be forgiven for"); not an explainer's "you" ("lets you download
# songs", "if you earn more than £30,000, your tax bill will rise"), which is the news.
_READER_ADDRESSED = re.compile(
    r"\b(?:fool|forgive|surprise|remind|tempt)\w* you\b|"
    r"\byou(?:['’]d| would| might| may| could)(?: well)? (?:be forgiven|think|imagine|expect|"
    r"be surprised|be excused|be tempted)\b|\b(?:imagine|picture) (?:yourself|you)\b",
    re.IGNORECASE,
)
# Quoted speech, closed or running on past the sentence; single quotes only where they open
# after a space or colon (else they are apostrophes).
_QUOTED = re.compile(
    r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|(?:^|(?<=[\s:(]))[‘'][^‘’']*(?:[’'](?=\W|$)|$)"
)

# Page furniture. Each pattern names a kind of text that is about the page, not the news.
# Where someone stands in a picture, in a caption
_STANDS_IN_BRACKETS = (
    r"\((?:far |second |third |back |front )?(?:left|right|centre|center|front|back|top|bottom|"
    r"above|below|inset)(?: left| right)?(?:,[^)]*)?\)"
)
_STANDS_AFTER_COMMAS = (
    r"(?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+), (?:far |second )?(?:left|right|centre|center)"
    r"(?:,| and\b)"
)
_FURNITURE = re.compile(
    "|".join(
        (
            # calls to follow, share, subscribe, sign up, download, click, read or watch more
            r"\bfollow (?:us|@\w+|\w+ on (?:twitter|x|facebook|instagram|tiktok|bluesky))",
            r"\bon (?:twitter|facebook|instagram|tiktok)\b.*@\w+|@\w+.*\bon (?:twitter|x)\b",
            # (the reader told to: not "refusal to sign up to the Kyoto protocol", "if they
            # sign up to broadband in December", which report what others do)
            r"^(?:sign up|subscribe)\b|\b(?:sign up|subscribe) (?:now|here|today)\b",
            r"\b(?:sign up|subscribe) (?:to|for) (?:our|my|free (?:updates|alerts|e-?mails?)|"
            r"updates|alerts|e-?mails?)\b",
            r"\bnewsletter\b",
            r"\b(?:click|tap) here\b",
            r"\bdownload (?:our|the) (?:\w+ )?app\b",
            r"\blike us on\b",
            r"\bshare (?:this|your) (?:story|article|page|thoughts|views)\b",
            r"\b(?:read|see|watch|listen to) (?:more|the full|our)\b.{0,40}\b(?:here|below|at)\b",
            r"\bjoin the (?:conversation|debate) (?:on|at)\b",
            # a call to go to a link: "visit www.example.org", "people are urged to search Men
            # United ... via prostatecanceruk.org/menunited"; not a firm named by its domain
            # ("shares in Lastminute.com", "visit Google.com every day")
            r"\b(?:visit|go to|log on to|head to)\s+(?:www\.|https?://|[\w-]+\.(?:org|com|net|"
            r"co\.uk|org\.uk)/)",
            r"\b(?:urged|encouraged|invited) to\b.{0,200}(?:www\.|https?://|\b[\w-]+\.(?:org|com|"
            r"net|co\.uk|org\.uk)/)",
            # picture captions and credits
            r"^(?:above|below|pictured|inset|top|bottom|left|right|main picture|main image)"
            r"(?:\s*\([^)]*\))?\s*[,:]",
            r"\b(?:image|photo|picture) (?:copyright|caption|credit)\b",
            r"\((?:photo|picture|image|video)s?(?:\s*:|\s+by\b)[^)]*\)",
            r"\b(?:getty images|afp/getty|reuters/|ap photo|pa wire|pa media)\b",
            r"^(?:photo|picture|image|video|watch|listen|graphic)s?\s*:",
            # "The child with the hood in this photo ...", "... by ISIS (file picture)": the
            # sentence points at a picture on the page
            r"\bin this (?:file )?(?:photo|photograph|picture|image|still)\b",
            r"\((?:file )?(?:picture|photo|image|pic)\)",
            # "Wigan manager Gary Caldwell looks on nervously as ...": a caption's present tense
            r"\blooks on(?: \w+ly)? as\b",
            # "The full op-ed can be read at USA Today.": a pointer to the rest elsewhere
            r"\bcan be (?:read|viewed|watched|seen) (?:in full )?(?:at|here|online)\b",
            # "Clinton is seen here on Saturday, ...": the reader is looking at a picture
            r"\b(?:is|are|was|were) (?:seen|pictured|shown) (?:here|above|below|left|right|"
            r"centre|center)\b",
            # a caption's label in capitals: "EXCLUSIVE: ...", "TUNE-UP: The campaign ...". Not a
            # word with a capital ("Pictured:" is above; "Mr Smith said: ..." is not a label).
            r"^(?-i:[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]+){0,2}):\s",
            # where someone stands in the picture: "X (left) and Y (second right) at the launch"
            _STANDS_IN_BRACKETS,
            # ... or set off by commas after a full name: "Kim Kardashian, left, and Heidi
            # Klum, right, are both ..."
            _STANDS_AFTER_COMMAS,
            # editors' notes, corrections, copyright
            r"^(?:apologies|editor['’]s note|update|correction|clarification)\b",
            r"\bthis (?:article|story|report|page) (?:was|has been|is being) "
            r"(?:updated|amended|corrected)\b",
            r"\bsee below\b",
            r"\ball rights reserved\b|\bcopyright \d{4}\b",
            r"\b(?:additional reporting|reporting) by [A-Z]",
            r"\bcontributed to this (?:report|story|article)\b",
            # a series' own schedule: "Part two will follow on Monday."
            r"^part (?:one|two|three|four|five|six|\d+|[ivx]+)\b(?=.*\b(?:follow|follows|"
            r"tomorrow|next|will)\b)",
            # the outlet telling what its piece does: "BBC Sport examines the challenges facing
            # Radcliffe", "Here we look at ...", "This article explains ..."
            r"^(?:BBC(?: [A-Z]\w+){0,2}|(?:here,? )?we|this (?:article|page|guide|feature|"
            r"report|piece)) (?:examines|examine|looks at|look at|takes a look at|take a look at|"
            r"explains|explain|assesses|assess|profiles|profile|rounds up|round up|considers|"
            r"consider|answers|answer|runs the rule over|run the rule over)\b",
            # broadcast schedules: a clock time, and something to watch or hear
            r"^(?=.*\b(?:watch|live|coverage|catch|listen|tune in|iplayer|prelims|kick-off)\b)"
            r".*\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b",
        )
    ),
    re.IGNORECASE,
)


# A sentence about what is still to happen (a future form, or a scheduled event), for the memo's
# and the digest's What to watch; and dates that point back rather than ahead.
# Business put off to a date, told in the past ("deferred sentence until 27 June", "the case was
# adjourned until Friday"): the date it is put off to is still to come.
PUT_OFF = frozenset("deferred adjourned remanded bailed postponed delayed".split())
PUT_OFF_UNTIL = rf"(?:{'|'.join(sorted(PUT_OFF))}|put off)\b[^.;]{{0,80}}?\buntil"
FUTURE = re.compile(
    r"\b(?:will|shall|is to|are to|(?:is|are) due|(?:is|are) expected to|(?:is|are) set to|"
    r"(?:is|are) scheduled|plans? to|scheduled|next (?:week|month|year)|deadline|run-off|"
    r"to vote|due to (?:be|take|vote|meet|visit)|"
    # the present tense of a timetable, with the date it names ("Peers begin three days of
    # debate on the bill on Thursday", "the trial opens on 3 May")
    # (verbs, not the nouns after a determiner: "At the start of the year")
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?:begins?|starts?|opens?|resumes?|"
    r"reconvenes?|takes? place|kicks? off|goes? to the polls)|"
    # ("face a criminal trial": words between only after the article, not "faces at the trial")
    r"goes? on trial|faces? (?:(?:a |an )(?:[a-z-]+ ){0,2}?)?(?:vote|trial|hearing|deadline|"
    r"ballot|election)|"
    rf"{PUT_OFF_UNTIL})\b",
    re.IGNORECASE,
)
# The verbs of FUTURE's timetable phrases, in the present tense: a main clause on one of them
# is the sentence's own future (`pipeline.mark_what_to_watch`).
TIMETABLE_VERBS = frozenset(
    """begin begins start starts open opens resume resumes reconvene reconvenes take takes kick
    kicks go goes face faces""".split()
)
PAST_DATE = re.compile(r"\b(?:last|yesterday|ago|earlier|previous|former)\b", re.IGNORECASE)
# A date that says when: a day, a month, a year, "next week", "tomorrow"; not how often
# ("daily press briefings", "updated monthly"), which the entity reader also calls a date.
WHEN = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day\b|\b(?:next|tomorrow|tonight|later|coming|this|end|spring|summer|"
    r"autumn|winter|fortnight|new year)\b",
    re.IGNORECASE,
)


_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# A day the text spells out: "on 13 January", "from 3-8 May", "May 14", "on Thursday".
_DAY = re.compile(
    rf"\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:st|nd|rd|th)?\s+{_MONTHS}\b|\b{_MONTHS}\s+\d{{1,2}}\b|"
    r"\b(?:on|from|until|by|next|this) "
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


# What background tells: what came before the news. Words that place a sentence earlier than
# the story ("previously", "since 1997", "had been", "was founded"), or a date the language
# pipeline read that is past ("last year", "in 2003", "two years ago").
_EARLIER = re.compile(
    r"\b(?:previously|formerly|originally|earlier|ago|since|used to|had (?:been|[a-z]+(?:ed|en|"
    r"wn|ung|ught|ost|ade|ept|eft|old|ound|aid))|(?:was|were) (?:founded|established|created|"
    r"formed|set up|introduced|launched|built|opened|elected|appointed|first|once))\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def looks_back(sentence: Sentence, document: Document) -> bool:
    """Whether the sentence tells what came before the news: history, earlier events, how long
    something has been so; not the news itself, a reaction to it or what comes next."""
    text = sentence.text
    if FUTURE.search(text):
        return False
    if _EARLIER.search(text):
        return True
    return any(
        m.label == "DATE"
        and m.paragraph == sentence.paragraph
        and sentence.start <= m.start < sentence.end
        and (PAST_DATE.search(m.text) or _YEAR.search(m.text))
        for m in document.mentions or ()
    )


# Verbs after "would" that say what is or is wished, not what someone will do: "said it would
# become obvious if ...", "said it would take many years", "said he would love the 19-year-old
# to come".
NOT_A_PLAN = "become|seem|take|mean|cost|like|love|prefer|want|welcome|hate|rather|expect|hope|need"
# What a speaker says they will do, reported: "Charles Clarke said he would carefully consider
# the ruling and would return to Parliament early in the new year". Only their own plan (a
# pronoun for the speaker): "said the economy would grow" is a forecast; not what would have
# been, nor a judgement ("would be wrong").
# The verbs that report a plan, and those that make a promise, in the forms news uses; the
# parse of a point checks the same ones (`pipeline._main_clause_is_future`).
PLAN_VERBS = frozenset(
    "said says announced announces confirmed confirms promised promises pledged pledges vowed "
    "vows insisted insists added adds".split()
)
PROMISE_VERBS = frozenset("promised promises pledged pledges vowed vows".split())
_REPORTED_PLAN = re.compile(
    rf"(?<!\bhad )\b(?:{'|'.join(sorted(PLAN_VERBS))})(?: that)? "
    r"(?:he|she|it|they|we) (?:[a-z]+ly )?(?P<would>would) (?!(?:[a-z]+ly )?(?:have|not|"
    # ("would be" a state, but "would be making" a plan)
    rf"be(?! [a-z]+ing\b)|{NOT_A_PLAN})\b)"
)
_WOULD = re.compile(r"\bwould\b")
# ... and a promise: "The Lib Dems have pledged to oppose the bill when it is debated next
# Monday", "promised to publish the plan within 10 days"; not one of the past ("had pledged").
_PROMISE = re.compile(rf"(?<!\bhad )(?<!\bpreviously )\b(?:{'|'.join(sorted(PROMISE_VERBS))}) to\b")


def future_markers(text: str) -> list[re.Match]:
    """Where the sentence speaks of the future: `FUTURE`, a promise, and the "would" of a
    reported plan and of each verb joined to it ("... would consider the ruling and would
    return ...")."""
    return list(FUTURE.finditer(text)) + _reported_futures(text)


def _reported_futures(text: str) -> list[re.Match]:
    """A promise, and the "would" of a reported plan and of each verb joined to it."""
    futures = list(_PROMISE.finditer(text))
    for plan in _REPORTED_PLAN.finditer(text):
        futures.extend(_WOULD.finditer(text, plan.start("would")))
    return futures


def dated_future(sentence: Sentence, document: Document) -> bool:
    """Whether the sentence states a future event with a date the language pipeline read in it
    ("talks are due to resume on 3 March")."""
    reported_futures = _reported_futures(sentence.text)
    futures = list(FUTURE.finditer(sentence.text)) + reported_futures
    # (a date opening the sentence dates a reported plan's saying or a promise's making: "On
    # Tuesday, the mayor said he would be making a full written response", "In December, the
    # EU pledged to work towards lifting the ban")
    reported = {future.start() for future in reported_futures}
    if not futures or _CONDITIONAL.match(sentence.text.strip()):
        # "If the result remains at 1-1, Real will drop to third place": what may happen, not
        # what is set to
        return False
    quoted = _quotation_states(sentence.text)

    def owns(future: re.Match, at: int) -> bool:
        """Whether the date at `at` is the future's own: on the same side of the quotation
        marks ("On Friday, he said: 'in next 30 years there will be no wars'" dates the
        saying), and after it or opening the sentence ("In June, MPs will vote"), not the
        past's ("was worth $20m in 2004, but is set to ...")."""
        if quoted[at] != quoted[future.start()]:
            return False
        if at >= future.start():
            # not a date inside an aside in the past between them ("Jobs will also be lost in
            # the US - which accounted for 46% of profit in the first half of 2004 - ...")
            return not _PAST_ASIDE.search(sentence.text, future.end(), at)
        return future.start() not in reported and bool(_OPENING_DATE.fullmatch(sentence.text[:at]))

    def owns_day(future: re.Match, day: re.Match) -> bool:
        """Whether a day the entity reader may have missed ("from 3-8 May", "on Tuesday") is
        the future's own: as a date it found, or right before its verb ("and on Tuesday will
        outline", "The dinner, on Tuesday, is expected to"); not a day of a clause before it
        ("had until Tuesday afternoon to return their ballots - any late submissions will not
        be included": the deadline has passed)."""
        if owns(future, day.start()):
            return True
        between = sentence.text[day.end() : future.start()]
        return (
            day.end() <= future.start()
            and quoted[day.start()] == quoted[future.start()]
            and len(between.split()) <= _WORDS_TO_ITS_VERB
            # ("The show airs on Tuesday and will feature ...": one subject's two verbs)
            and (between.strip(" ,") in ("and", "") or not _CLAUSE_BREAK.search(between))
            # ("... held a conference call on Tuesday and are set to announce ...": the past's)
            and not _PAST_BEFORE_DAY.search(sentence.text, 0, day.start())
        )

    if any(owns_day(future, day) for day in _DAY.finditer(sentence.text) for future in futures):
        return True  # "from 3-8 May": the entity reader took "3" for a number and missed it
    return any(
        m.label in ("DATE", "TIME")
        and m.paragraph == sentence.paragraph
        and sentence.start <= m.start < sentence.end
        and WHEN.search(m.text)
        and not PAST_DATE.search(m.text)
        and not _AN_AGE.fullmatch(m.text.strip())
        and not _DECADE.search(m.text)
        and not _RECURRING.search(
            sentence.text[max(0, m.start - sentence.start - 6) : m.end - sentence.start]
        )
        and not _SPAN_OF_TIME.search(
            sentence.text[max(0, m.start - sentence.start - 11) : m.end - sentence.start]
        )
        and not (
            _YEAR.fullmatch(m.text.strip())
            and _BY_THEN.search(sentence.text[: m.start - sentence.start])
        )
        and any(owns(future, m.start - sentence.start) for future in futures)
        for m in document.mentions or ()
    )


# A date right before a future's verb is its own: at most this many words between, and no
# break between two clauses ("... their ballots - any late submissions will ...", "was worth
# $20m in 2004, but is set to ...").
_WORDS_TO_ITS_VERB = 2
_CLAUSE_BREAK = re.compile(
    r"[;:–—]| - |\b(?:but|and|or|while|yet|although|whereas|if|when|as|because|unless|that)\b"
)
# An era, not an event's date: "similar to Douglas's action films of the 1980s".
_DECADE = re.compile(r"\b(?:19|20)?\d0['’]?s\b")
# A time that comes round again: a schedule, not an event ("every Tuesday", "on Wednesdays",
# "each month", "weekly").
_RECURRING = re.compile(
    r"\b(?:every|each)\s+\w+|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|"
    r"\b(?:daily|weekly|monthly|nightly|fortnightly)\b",
    re.IGNORECASE,
)
_PAST_ASIDE = re.compile(
    r"(?:\b(?:which|who|that)\b|\s[-–—]\s|\()[^.;]*?"
    # (not the participles of a future: "the next election, which is widely expected to be
    # held on 5 May")
    r"\b(?:was|were|had|did|(?!expected|scheduled|planned|slated)[a-z]+ed)\b"
)
# A verb in the past a few words before a day: the day is that verb's ("held a conference call
# on Tuesday").
_PAST_BEFORE_DAY = re.compile(
    r"\b(?:was|were|had|did|held|met|took|said|told|made|gave|went|came|began|[a-z]+ed)\b"
    r"(?:\s+\S+){0,4}\s+\S*$"
)
_OPENING_DATE = re.compile(r"\s*(?:[A-Za-z]+\s+)?(?:the\s+)?")


_CONDITIONAL = re.compile(r"(?:If|Unless|Should|Were)\b")
# "Martin Richard, who was 8": an age, which the model calls a date
_AN_AGE = re.compile(r"\d{1,3}")
# A forecast's horizon, not a date to watch: "is set to be worth $1.8bn by 2009"
_BY_THEN = re.compile(r"\bby (?:the end of )?$")


# How long, not when: "over the next 10 years", "for the next two months", "in the coming
# years" say nothing a reader can put in a diary.
_SPAN_OF_TIME = re.compile(
    r"\b(?:over|for|during|within|throughout|in) (?:the )?(?:next|coming|following) "
    r"(?:[\w-]+ )?(?:days?|weeks?|months?|years?|decades?|few)\b|"
    r"\bthe (?:next|coming) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several) "
    r"(?:days|weeks|months|years|decades)\b|"
    # years away: a horizon ("in 50 years no soldiers"), not a day in a diary
    r"\b(?:in|within) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) "
    r"(?:years|decades)\b",
    re.IGNORECASE,
)


def is_furniture(text: str) -> bool:
    """Captions, credits, calls to follow or subscribe, schedules, editors' notes."""
    return bool(_FURNITURE.search(text.strip()))


def caption_block(document: Document) -> set[int]:
    """The sentences (indices into `document.sentences`) of the other captions of a block of
    pictures: one-sentence paragraphs right before or after a caption that says where someone
    stands in its picture ("... rides the challenge of Liverpool defender Dejan Lovren
    (left)"), that tell a moment in the present as captions do ("Adebayor takes to Twitter to
    pledge his future to Tottenham ...", "Adebayor gives an underwhelming performance against
    ..."), not an event in the past as the report does."""
    sentences = document.sentences
    by_paragraph: dict[int, list[int]] = {}
    for i, sentence in enumerate(sentences):
        by_paragraph.setdefault(sentence.paragraph, []).append(i)
    alone = {p: found[0] for p, found in by_paragraph.items() if len(found) == 1}
    marked = [p for p, i in alone.items() if _WHERE_IN_THE_PICTURE.search(sentences[i].text)]
    block: set[int] = set(_inside_a_quotation(document, alone))
    for paragraph in marked:
        for step in (1, -1):
            nearby = paragraph + step
            while nearby in alone and _a_moment_in_the_present(sentences[alone[nearby]].text):
                block.add(alone[nearby])
                nearby += step
    return block


_REPORTED = re.compile(rf"\b(?:{REPORTING_VERBS})\b", re.IGNORECASE)
_OPENS_A_QUOTATION = re.compile(r"(?:^|[:,]\s+)['‘\"“]\w")


def _inside_a_quotation(document: Document, alone: dict[int, int]) -> Iterator[int]:
    """The one-sentence paragraphs set between two paragraphs of one quotation: the paragraph
    before leaves it open, as a quotation that goes on to the next paragraph does, and the one
    after opens with a quotation mark and goes on with it ("... saying: 'He is getting used in
    the right way." / "Marouane Fellaini has enjoyed an upturn in fortunes ..." / "'We like to
    play out from the back ..."). The reporter's words are not set inside a speaker's: a
    picture's caption, laid out there, is."""
    texts = {p.index: p.text for p in document.paragraphs}
    for paragraph, sentence in alone.items():
        before, after = texts.get(paragraph - 1), texts.get(paragraph + 1)
        own = texts[paragraph].lstrip()
        if (
            before is not None
            and after is not None
            and not own.startswith(("'", '"', "‘", "“"))
            and after.lstrip().startswith(("'", '"', "‘", "“"))
            and _quotation_states(before.rstrip())[-1]
            and _OPENS_A_QUOTATION.search(before) is not None  # (not "in the '90s.")
            # the paragraph after goes on with the speaker's words, with no speaker of its own
            # ('"There are not enough words ...," he said' is another quotation, and what
            # stands before it the reporter's)
            and not _REPORTED.search(unquoted(after))
        ):
            yield sentence


# Where someone stands in a picture: "(left)", "(second right)", "(pictured)"; "Kim
# Kardashian, left, and"
_WHERE_IN_THE_PICTURE = re.compile(
    rf"{_STANDS_IN_BRACKETS}|\(pictured\)|{_STANDS_AFTER_COMMAS}", re.IGNORECASE
)


def _a_moment_in_the_present(text: str) -> bool:
    """Whether the sentence's main verb is a simple present of doing ("takes", "gives"), not
    of being, having or saying ("is", "has", "says": the present of news too), outside any
    quotation."""
    from ..language import PRESENT_OF_NEWS, parse_sentence

    if _QUOTED.search(text):
        return False
    roots = [t for t in parse_sentence(text) if t.dep_ == "ROOT"]
    return bool(roots) and all(
        root.tag_ in ("VBZ", "VBP") and root.lower_ not in PRESENT_OF_NEWS for root in roots
    )


def unquoted(text: str) -> str:
    """The text with its quotations (closed, or running to its end) left out."""
    return _QUOTED.sub(" ", text)


def is_first_person(text: str) -> bool:
    """The writer's own voice outside quotation marks: I, me, my (or we, our, us), or the
    reader addressed about himself ("could fool you into believing")."""
    unquoted = _QUOTED.sub(" ", text)
    if _FIRST_PERSON.search(unquoted):
        return True
    lowered = unquoted[:1].lower() + unquoted[1:]  # "We ..." opening the sentence
    return bool(_FIRST_PERSON_PLURAL.search(lowered) or _READER_ADDRESSED.search(unquoted))


# A column or a review: the writer's own "I" in this many of its sentences (outside quotations),
# and in this share of them, from its opening on. A report quotes its people; readers' comments
# appended to a report ("I think the government should ...") come after the report, so an "I"
# that first comes after the opening does not make the article the writer's opinion.
OPINION_SENTENCES = 4
OPINION_SHARE = 0.1
OPINION_OPENING = 8  # sentences
_ANY_QUOTE = re.compile(r"[\"“”‘]|(?:^|[\s:(])'(?=[A-Z])")


def written_as_opinion(document: Document) -> bool:
    """Whether the article is the writer's own view (a column, a review, a diary) rather than
    a report: the writer says "I" throughout it, from its first part on."""
    sentences = document.sentences
    quoted = inside_quotation(document)
    own = [
        n
        for n, (sentence, inside) in enumerate(zip(sentences, quoted, strict=True))
        # no quotation mark at all: a speaker's "I" in a quotation that the sentence splitter
        # or the outlet's style left unpaired is no writer's
        if not inside
        and not _ANY_QUOTE.search(sentence.text)
        and _FIRST_PERSON.search(sentence.text)
    ]
    return (
        len(own) >= OPINION_SENTENCES
        and len(own) >= OPINION_SHARE * len(sentences)
        and own[0] < OPINION_OPENING
    )


def is_news(text: str) -> bool:
    """Whether the sentence reports news at all: not furniture, not the writer's own voice nor
    the writer's own judgement."""
    return not (is_furniture(text) or is_first_person(text) or writers_judgement(text))


# The writer vouching for a claim: adverbs of certainty, outside quotations ("the 54-year-old
# executive certainly talks the talk", "Mr Kennedy is clearly hoping for more"). A report says
# who holds a view; these say the writer does.
_CERTAINTY = re.compile(
    r"\b(?:certainly|clearly|undoubtedly|surely|obviously|unquestionably|"
    r"indisputably|undeniably|no doubt)\b",
    re.IGNORECASE,
)
_FRAMED = re.compile(rf"\b(?:{REPORTING_VERBS}|forecast|forecasts)\b", re.IGNORECASE)


# A sentence with no capitalised word but its first and no figure: no one, nowhere, no amount.
NO_NAME_NOR_FIGURE = re.compile(r"[A-Z][^A-Z0-9]*")
NEWS_MARKS = frozenset("first only last record now".split())  # what makes a state news


def said_in_general(root, existential: bool = True) -> bool:
    """Whether a present "is" or "are" (the parse's `root`) says what holds in general, of no
    one thing: its subject a bare noun ("Gambling is hugely popular, especially with
    tech-savvy criminals", "Mobile phones are everywhere") or an existential "There" ("There is
    no doubt that mobile phones ... are hugely popular"). A feature opens so; news tells who
    did what. Not "are to" ("Ways of ensuring that parents know ... are to be considered by the
    games industry"): a plan. `existential`: whether "There is ..." counts."""
    if any(c.dep_ == "xcomp" for c in root.children):
        return False
    for child in root.children:
        if child.dep_ == "expl":
            return existential
        if child.dep_ == "nsubj":
            return child.tag_ in ("NN", "NNS", "VBG") and not any(
                c.dep_ in ("det", "poss", "nummod") for c in child.children
            )
    return False


def says_in_general(sentence: Sentence, document: Document, language: str | None = None) -> bool:
    """Whether the sentence says what a thing is or what holds of a kind, naming no one and no
    figure ("Blogs, or web logs, are online spaces in which people can publish their
    thoughts ..."): context that explains the news, not news. Not "There is ..." ("There are
    questions over discrepancies between the officers' report and the video" is news)."""
    from ..language import parse_sentence

    text = sentence.text
    if NO_NAME_NOR_FIGURE.fullmatch(text.strip()) is None:
        return False  # most sentences name someone or give a figure: no parse needed
    if any(
        m.paragraph == sentence.paragraph and m.start == sentence.start
        for m in document.mentions or ()
    ):
        return False  # a name opening the sentence, which the tagger may take for a noun
    first = re.match(r"[\w’'-]+", text.strip())
    body = " ".join(p.text for p in document.paragraphs)
    if first is None or capitalised_inside_a_sentence(first.group(0), body):
        return False  # ... or that the model read only where the article names it in full
    parsed = parse_sentence(text, language)
    roots = [t for t in parsed if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].lower_ not in ("is", "are"):
        return False
    if any(t.tag_ in ("JJS", "RBS") or t.lower_ in NEWS_MARKS for t in parsed):
        return False  # "Broadband is now the most popular way to get online": news
    return said_in_general(roots[0], existential=False)


def writers_judgement(text: str) -> bool:
    """Whether the sentence vouches for its claim in the writer's own voice: an adverb of
    certainty outside its quotations and no one said to hold the view ("some analysts forecast
    that the Bank will almost certainly raise rates" is theirs)."""
    outside = unquoted(text)
    return bool(_CERTAINTY.search(outside)) and not _FRAMED.search(outside)


# A list's marker left at the start of a line: "- Britain's Paula Radcliffe ...", "• The ..."
_LIST_MARKER = re.compile(r"^(?:[-–—•*·]|\d{1,2}[.)])\s+(?=\S)")


_THERE_ALSO = re.compile(
    r"^(There (?:is|are|was|were|will be|has been|have been|had been)) also\b", re.IGNORECASE
)


def drop_connective(text: str) -> str:
    """The sentence without a list's marker or a leading connective, its first letter
    capitalised."""
    text = _LIST_MARKER.sub("", text.strip(), count=1)
    stripped = _CONNECTIVE.sub("", text.strip(), count=1)
    if stripped == text.strip() or not stripped:
        stripped = text.strip()
    else:
        stripped = stripped[:1].upper() + stripped[1:]
    # "There were also fears that ...": the "also" points back as an opening "Also" does
    stripped = _without_also(_THERE_ALSO.sub(r"\1", stripped, count=1))
    # "Sir Paul, however, did nothing more racy ...": so does one set between commas after
    # the sentence's subject, or after its opening phrase of time
    stripped = _INNER_CONNECTIVE.sub(lambda m: f"{m.group(1) or m.group(2)} ", stripped, count=1)
    # "... was in no mood to celebrate either.": so does a closing "too" or "either"
    return _TRAILING_ADDITIVE.sub(r"\1", stripped, count=1)


# (a word before it, not a quotation's end: "... said: 'Me too.'" is what was said)
# ("as well" only after a comma: "He did not play as well." compares)
_TRAILING_ADDITIVE = re.compile(r"(?<=[a-z])(?:(?:,\s*|\s+)(?:too|either)|,\s*as well)([.!?])$")


# "also" after the verb's auxiliary ("The damming of the Upper Yangtze has also begun to attract
# criticism", "The revolt was also reduced by news that ...", "There will also be a further
# £19.2m"): it points back to what the sentence before said, as an opening "Also" does, and the
# claim stands without it. Outside quotations only: a speaker's words are theirs.
_AUXILIARY_ALSO = re.compile(
    r"\b(is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|do|does|did)"
    r" also (?=[a-z])"
)


def _without_also(text: str) -> str:
    found = list(_AUXILIARY_ALSO.finditer(text))
    if not found:
        return text  # most sentences: no quotation to find
    quotations = [m.span() for m in _QUOTED.finditer(text)]
    for match in found:
        if not any(start <= match.start() < end for start, end in quotations):
            return f"{text[: match.start()]}{match.group(1)} {text[match.end() :]}"
    return text


_LINKING = (
    r"(?:however|though|meanwhile|therefore|nevertheless|nonetheless|too|by contrast|"
    r"in contrast|instead|for (?:his|her|its|their) part)"
)
# A connective set between commas right after the sentence's subject, which links it to the one
# before: "Sir Paul, however, did nothing ...", "Market leader Nintendo, however, is releasing
# ...", "The firm, for its part, denied ..."; its verb follows (not a participle or a word
# that adds to the clause before: "..., though, turning on the style", "..., however,
# especially as ..." need their comma). Or after a short opening phrase of time, the subject
# following: "Last week, however, Mr Glazer issued ...". Deeper in the sentence the commas may
# do other work ("Taken in the context of a full work week, though, Clinton's rate ...").
_INNER_CONNECTIVE = re.compile(
    rf"^((?:[^\s,\"“”]+ ){{0,6}}[^\s,\"“”]+), {_LINKING}, "
    r"(?=[a-z](?![a-z]*ing\b))(?!(?:especially|particularly|notably|including|even|coupled|"
    r"combined|along|together)\b)|"
    rf"^((?:[^\s,\"“”]+ ){{0,2}}[^\s,\"“”]+), {_LINKING}, (?=[A-Z])"
)


def standalone(sentence: Sentence, document: Document, text: str | None = None) -> str | None:
    """`text` (default: the sentence) with a leading connective dropped, an opening personal
    pronoun replaced by "[Name]" and a quotation's speaker named where the sentence gives only
    "he said"; None when it refers outside itself to something that cannot be named from the
    article."""
    text = _with_opening_named(sentence, document, text)
    if text is None:
        return None
    text = _with_speaker_named(sentence, document, text)
    if text is None:
        return None
    return _with_withheld_name_given(
        sentence, document, _with_person_named(sentence, document, text)
    )


# A lede that holds back its subject's name ("A man has admitted killing his wife of 25 years"),
# and the paragraph after it, opening on the name with the age news gives a person ("Asghar
# Buksh, 55, repeatedly struck ..."): the name and age, in brackets after the description.
_INDEFINITE = re.compile(r"(?:A|An) ")
_DESCRIBING_WORD = re.compile(r"[a-z][a-z’'-]*|\d{1,3}-year-old")
# What may follow the description's noun where the noun is the subject's head: a relative
# pronoun, an auxiliary, a past tense, a place of origin ("A man from Leeds")
_AFTER_THE_SUBJECT = re.compile(
    r"(?:who|whose|has|had|was|is|will|would|could|from|aged|[a-z]+ed)\b|,"
)
_NAMED_WITH_AGE = re.compile(r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}), (?P<age>\d{1,3}),")
WITHHELD_NAME_PARAGRAPHS = 2  # a lede: the article's first paragraphs


def _with_withheld_name_given(
    sentence: Sentence, document: Document, text: str | None
) -> str | None:
    """`text`, where it opens as the article's lede on a person it does not name ("A student
    who tried to cheat ...", "An obese mother who ..."), with the name the next paragraph opens
    on, and the age it gives, in brackets after the description: "A student [Imran Uddin, 25]
    who tried to cheat ...". (The age is what says a person's name: the model read "Uddin" as
    a place.)"""
    if text is None or sentence.paragraph > WITHHELD_NAME_PARAGRAPHS:
        return text
    opening = _INDEFINITE.match(text)
    if opening is None or not _first_in_paragraph(sentence, document):
        return text
    noun_end = None
    at = opening.end()
    for _ in range(4):
        word = _DESCRIBING_WORD.match(text, at)
        if word is None:
            return text
        if word.group() in PERSON_WORDS:
            noun_end = word.end()
            break
        at = word.end() + 1
        if text[word.end() : at] != " ":
            return text
    if noun_end is None or not _AFTER_THE_SUBJECT.match(text[noun_end:].lstrip()):
        return text
    following = [p for p in document.paragraphs if p.index == sentence.paragraph + 1]
    if not following:
        return text
    named = _NAMED_WITH_AGE.match(following[0].text)
    if named is None or named.group("name") in text:
        return text
    label = f"[{named.group('name')}, {named.group('age')}]"
    return f"{text[:noun_end]} {label}{text[noun_end:]}"


def _first_in_paragraph(sentence: Sentence, document: Document) -> bool:
    return any(
        p.index == sentence.paragraph and p.sentences and p.sentences[0].start == sentence.start
        for p in document.paragraphs
    )


def _with_speaker_named(sentence: Sentence, document: Document, text: str) -> str | None:
    """`text` with the "he" or "she" who speaks its quotation, or closes it ("..., he said."),
    named in brackets; None where no one can be named."""
    speaker = _PRONOUN_SPEAKER.search(text)
    if speaker is None:
        text = _with_described_speaker_named(sentence, document, text)
        named = _with_frame_named(sentence, document, text)
        return None if named is None else _with_body_frame_named(sentence, document, named)
    # "'This is a huge tragedy,' she said.": lifted into a brief, a quotation by "she" is a
    # quotation by no one
    pronoun = speaker.group("pronoun").lower()
    if _framed_by_its_opening(text[: speaker.start()], pronoun, document):
        return text
    label = _named(pronoun, sentence, document)
    if label is None or _named_in(label, text[: speaker.start()]):
        return None
    return text[: speaker.start("pronoun")] + label + text[speaker.end("pronoun") :]


# A quotation closed by a speaker described, not named: '"It was my first final," said the
# German.', '..., said the Sale full-back.', '..., added the 34-year-old.'
_DESCRIBED_SPEAKER = re.compile(
    r"[,?!][’'\"”]\s+(?:said|says|added|adds|explained|explains|insisted|insists|admitted|"
    r"admits|conceded|concedes|continued|continues|warned|warns)\s+"
    r"(?P<description>the\s+(?:[\w'’-]+\s+){0,3}(?P<head>[\w'’-]+))\s*[.!]?[’'\"”]?\s*$"
)


def _with_described_speaker_named(sentence: Sentence, document: Document, text: str) -> str:
    """`text` with a quotation's speaker given by a description ("said the German", "said
    the Sale full-back") named in brackets after it, as an opening description is: where the
    person the nearest sentence before names is one the article so describes, or, for one of
    a people, one it gives no other nation. Left as it is otherwise: a description, unlike a
    pronoun, still says who spoke."""
    found = _DESCRIBED_SPEAKER.search(text)
    if found is None or document.mentions is None:
        return text
    head = found.group("head")
    peoples = _nationalities(document)
    if not _may_describe_a_person(head, peoples):
        return text
    label = _referent(sentence, document, None, head)
    if label is None or re.search(rf"\b{re.escape(label.split()[-1])}\b", text):
        return text
    described = _described_as(label, head, document, found.group("description"))
    one_of_a_people = head in peoples or bool(PERSON_OF_A_NATION.fullmatch(head))
    if not (
        described or (one_of_a_people and not _of_another_nation(label, head, document, peoples))
    ):
        return text
    end = found.end("description")
    return f"{text[:end]} [{label}]{text[end:]}"


# A person's pronoun inside a point ("... confirmed that he could only be eligible"), not one
# that opens it (named or refused above) or speaks a quotation ("she said", named below).
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|himself|herself)\b", re.IGNORECASE)
# Words for a person that a pronoun in the same sentence may stand for ("The woman, identified
# only by her surname"; "The prime minister said he ..."), besides epithets and offices.
PERSON_WORDS = frozenset(
    """man woman men women boy girl child baby teenager mother father mum dad son daughter wife
    husband brother sister widow widower uncle aunt victim patient pupil student teacher worker
    fan owner author writer artist director producer officer soldier doctor nurse lawyer
    candidate member businessman businesswoman pensioner founder heir journalist reporter
    presenter broadcaster comedian footballer defendant suspect analyst economist expert
    executive scientist researcher campaigner activist politician official critic hooker prop
    flanker fly-half scrum-half full-back medallist winner runner finalist record-holder
    runner-up""".split()
)
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w’'-]*")
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Rev)\.? [A-Z]")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_MEMBERS_TITLES = frozenset("MP MEP MSP AM MLA TD".split())


def _with_person_named(sentence: Sentence, document: Document, text: str) -> str | None:
    """`text`, where it speaks of a person ("he", "his") whom neither it nor its sentence names or
    describes, with the first such pronoun named in brackets as an opening one is ("...
    confirmed that [Olly Barkley] could only be eligible"); None where no one can be named, or
    the pronoun is "her" (whose form does not say which brackets it takes): "Last
    December, the International Rugby Board confirmed that he could only be eligible for
    England" says nothing of whom, once pasted into another brief."""
    if document.mentions is None or "[" in text:
        return text  # (a name put in brackets names the person the pronoun stands for)
    pronoun = _PERSONAL_PRONOUN.search(text)
    if pronoun is None or _names_or_describes_a_person(sentence, document):
        return text
    if _person_subject_before(sentence, document):
        return text
    word = pronoun.group().lower()
    if word == "him":
        # (an object, as "[Jack McConnell]" is in "... which accused [Jack McConnell] of ...")
        name = _referent(sentence, document, "male")
        label = None if name is None else f"[{name}]"
    elif word in PERSONAL and word != "her":
        label = _named(word, sentence, document)
    else:
        return None
    if label is None:
        return None
    return text[: pronoun.start()] + label + text[pronoun.end() :]


def _names_or_describes_a_person(sentence: Sentence, document: Document) -> bool:
    """Whether the sentence names someone: a name the language pipeline read as a person's
    there or anywhere in the article ("Uddin changed the marks", though read as a place there),
    a title before a name ("Dr Oz"), or a capitalised word it read as no kind of name (a name
    it missed; not the sentence's first word, capitalised whatever it is); or describes someone
    with a word for a person ("The prime minister said he ...", "the Scottish boxer's career",
    "The 28-year-old")."""
    words = [_POSSESSIVE_END.sub("", w) for w in re.findall(r"[\w’'-]+", sentence.text)]
    # (in lower case, or opening the sentence: "the International Rugby Board" is a name's word)
    common = {w for w in words if w.islower()} | {w.lower() for w in words[:1]}
    if common & (PERSON_WORDS | EPITHET_NOUNS | ROLE_NOUNS):
        return True
    if _AGE.search(sentence.text) or _HONORIFIC_NAME.search(sentence.text):
        return True
    if any(w in _MEMBERS_TITLES for w in words):
        return True  # "The MEP said his party ..."
    if any(PERSON_OF_A_NATION.fullmatch(w) for w in words):
        return True
    mentions = document.mentions or ()
    # (the surname of a full name the pipeline read as a person's, and any word it reads as a
    # person's at least as often as alone as another kind of name: "England", read once alone
    # as a person and seven times as a place, is no person's name)
    other_kinds = Counter(
        m.text for m in mentions if m.label in ("GPE", "LOC", "NORP", "ORG", "FAC")
    )
    as_person = Counter(
        _POSSESSIVE_END.sub("", w) for m in mentions if m.label == "PERSON" for w in m.text.split()
    )
    surnames = {
        _POSSESSIVE_END.sub("", m.text.split()[-1])
        for m in mentions
        if m.label == "PERSON" and " " in m.text
    }
    people = surnames | {w for w, n in as_person.items() if n >= other_kinds[w]}
    here = [
        m
        for m in mentions
        if m.paragraph == sentence.paragraph and sentence.start <= m.start < sentence.end
    ]
    for word in _CAPITALISED_WORD.finditer(sentence.text):
        if _PERSONAL_PRONOUN.fullmatch(word.group()):
            continue
        bare = _POSSESSIVE_END.sub("", word.group())
        if bare in people:
            return True
        if word.start() == 0:
            if not is_common_word(bare):
                return True  # "Mutu faces a ban ...": a name, whatever the pipeline read it as
            continue
        at = sentence.start + word.start()
        if not any(m.start <= at < m.end for m in here):
            return True  # a capitalised word the pipeline read as no name: perhaps a person
        if re.search(r"\w['’]s $", sentence.text[: word.start()]):
            return True  # "The Fabian Society's Sundar Katwala", read as one body: its member
    return False


def _person_subject_before(sentence: Sentence, document: Document) -> bool:
    """Whether the pronoun may stand for the sentence's own subject, before it: a name, whatever
    the pipeline read it as ("Phillips Idowu lit up the field events, not only with his hair";
    "the International Rugby Board" ends on a common word and is no person's name), or any
    subject of the article's first sentence, which has nothing before it to point to ("An
    executive who froze his broken hard disk ...", "A wartime scientist has revisited the
    factory where she ..."). Elsewhere a common noun may be a thing ("The one-sentence comment
    was criticised by the SNP, which accused him ...")."""
    subject = sentence_subject(sentence.text)
    if subject is None or subject.tag_ not in ("NN", "NNP"):
        return False
    pronoun = _PERSONAL_PRONOUN.search(sentence.text)
    if pronoun is None or subject.idx > pronoun.start():
        return False
    if _a_name(subject):
        return True
    return bool(document.sentences) and sentence == document.sentences[0]


def _a_name(token) -> bool:
    """Whether the token is a proper noun that is no common English word: a name, whatever kind
    the language pipeline read it as."""
    return token.tag_ == "NNP" and not is_common_word(token.text)


# Reported speech whose speaker the sentence gives last, as a pronoun, without quotation marks:
# "The guidelines were to recognise the need to spare victims ..., he said."
_TRAILING_FRAME = re.compile(
    r",\s+(?P<pronoun>he|she)\s+(?:said|says|added|adds|explained|explains|insisted|insists|"
    r"warned|warns|argued|argues|claimed|claims|believes|believed|told [\w ]{1,30}?)\s*[.!?]?$"
)


def _with_frame_named(sentence: Sentence, document: Document, text: str) -> str | None:
    """`text` with the "he" or "she" of a closing "..., he said." named in brackets as for a
    quotation; as it is where what is reported names that person already ("[Tony Blair] was
    delighted, he said.": himself) or the sentence opens on its speaker; None where no one can
    be named: a claim by "he" is a claim by no one."""
    frame = _TRAILING_FRAME.search(text)
    if frame is None:
        return text
    pronoun = frame.group("pronoun")
    reported = text[: frame.start()]
    if _framed_by_its_opening(reported, pronoun, document):
        return text
    label = _named(pronoun, sentence, document)
    if label is None:
        return None
    if _named_in(label, reported):
        return text
    return text[: frame.start("pronoun")] + label + text[frame.end("pronoun") :]


_BODY_FRAME = re.compile(
    r",\s+(?P<pronoun>it)\s+(?:said|says|added|adds|warned|warns|claimed|claims|argued|argues|"
    r"believes|stated|states|insisted|insists|reported|reports|predicted|predicts|estimated|"
    r"estimates)\s*[.!?]?$"
)
# A body as the source of what a sentence reports: "ADASS said", "the Association of Directors
# of Adult Social Services has warned", "according to Gartner".
_SOURCE_VERB_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|also|has also|had also)\s+)?(?:said|says|warned|warns|claimed|"
    r"claims|suggested|suggests|reported|reports|found|finds|added|adds|stated|states|"
    r"estimated|estimates|predicted|predicts|believes|believed|argued|argues|forecast|"
    r"forecasts|announced|announces|insisted|insists)\b"
)
_SOURCE_BEFORE = re.compile(r"\b(?:according to|said|says|warned|added)\s+(?:the\s+)?$")
_NAME_BEFORE_AN_OF = re.compile(r"(?:(?:[A-Z][\w'’&-]*\s+)+(?:of|for|and|on)\s+)+$")
# The first words of a name written out that English gives its "the": "the Association of ..."
THE_NAMES = frozenset(
    "Association Institute Society Federation Union Council Confederation Organisation "
    "Organization Department Ministry Office Commission Committee Board Bank".split()
)
BODY_SOURCE_PARAGRAPHS = 8  # how far back a closing "it said" may find its body


def _with_body_frame_named(sentence: Sentence, document: Document, text: str) -> str:
    """`text` with the "it" of a closing "..., it said." named in brackets: the body that was
    last given, in the sentences before, as the source of what they report ("..., the
    Association of Directors of Adult Social Services has warned. ... Some companies ... are
    struggling to attract staff, it said."), a report of a report going on in its body's voice;
    so is the "its" of one who speaks for it ("..., said its chief executive, Sir Howard
    Newby."). Unchanged where no sentence within a few paragraphs gives a body as its source:
    a claim by "it" is then still framed as a claim."""
    frame = _BODY_FRAME.search(text) or _BODYS_SPEAKER.search(text)
    if frame is None or document.mentions is None:
        return text
    found = last_body_source(sentence, document)
    if found is None:
        return text
    the, name = found
    if re.search(rf"\b{re.escape(name)}\b", text[: frame.start()]):
        return text  # what the body says of itself: "[The company] ..., it said." reads so
    written = _written_out(name, document)
    if written != name:
        the = "the " if written.split()[0] in THE_NAMES else ""
    if frame.group("pronoun") == "its":
        written += "’" if written.endswith("s") else "’s"
    return f"{text[: frame.start('pronoun')]}[{the}{written}]{text[frame.end('pronoun') :]}"


# One who speaks for a body, after the verb that closes what they said: "..., said its chief
# executive, Sir Howard Newby."
_BODYS_SPEAKER = re.compile(
    r"\b(?:said|says|added|adds|warned|warns)\s+(?P<pronoun>its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:chief|head|director|spokesman|spokeswoman|spokesperson|chairman|chairwoman|chair|"
    r"president|secretary|executive|founder|boss|leader|manager|officer|economist|analyst|"
    r"author)\b"
)


def last_body_source(sentence: Sentence, document: Document) -> tuple[str, str] | None:
    """The body last given as the source of what a sentence reports, within a few paragraphs
    before `sentence`, with the "the" the article gives it ("the ", "Association of Directors
    of Adult Social Services"); None where none is."""
    texts = {p.index: p.text for p in document.paragraphs}
    sources = [
        m
        for m in document.mentions or ()
        if m.label == "ORG"
        and (m.paragraph, m.start) < (sentence.paragraph, sentence.start)
        and m.paragraph >= sentence.paragraph - BODY_SOURCE_PARAGRAPHS
        and (
            _SOURCE_VERB_AFTER.match(texts.get(m.paragraph, ""), m.end)
            or _SOURCE_BEFORE.search(texts.get(m.paragraph, "")[: m.start])
        )
    ]
    if not sources:
        return None
    source = sources[-1]
    # (the model may cut a long name at an "of": "the Association of Directors of [Adult Social
    # Services]")
    before = texts.get(source.paragraph, "")[: source.start]
    cut = _NAME_BEFORE_AN_OF.search(before)
    start = cut.start() if cut else source.start
    name = _organisation((cut.group() if cut else "") + source.text)
    # ("the" as the article gives it: "[the Association of ...] said", "[UK Coal] said")
    given_the = re.search(r"\bthe\s+$", before[:start], re.IGNORECASE) or re.match(
        r"the\s", source.text, re.IGNORECASE
    )
    return ("the " if given_the else ""), name


# Words with which a sentence's subject frames the speech it goes on to quote: "Arnold ...
# described her victory as "truly overwhelming ...," she said."
_FRAMING = re.compile(
    rf"\b(?:{REPORTING_VERBS}|described|calls?|called|hailed|branded|dubbed|labelled)\b"
)
_OPENING_NAME = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+)?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?=[\s,])"
)


def _framed_by_its_opening(reported: str, pronoun: str, document: Document) -> bool:
    """Whether the quotation's "he" or "she" is the person the sentence opens on, who frames
    what is quoted ("Arnold, from Dartford in Kent, described her victory as "truly
    overwhelming. ...," she said."): the sentence names its speaker already, and the last
    person named before it is someone else. Not someone whose act is reported ("Tsarnaev saw
    the people he killed as "the enemy," she said.": no word of speech), nor a possessive
    ("Mr Blair's spokesman described ...")."""
    narrated = unquoted(reported).strip()
    opening = _OPENING_NAME.match(narrated)
    if opening is None or not _FRAMING.search(narrated, opening.end()):
        return False
    name = opening.group("name")
    if name.endswith(("'s", "’s")):
        return False
    people = [m for m in document.mentions or () if m.label == "PERSON"]
    if not any(m.text == name or _surname(m.text) == name for m in people):
        return False
    texts = {p.index: p.text for p in document.paragraphs}
    full = next((m.text for m in people if _surname(m.text) == _surname(name)), name)
    return _gender(full, people, texts) in (PERSONAL[pronoun], None)


def _named_in(label: str, reported: str) -> bool:
    """Whether what a speaker says names the person "[Name]" stands for: then the speaker is
    someone else ('Tsarnaev saw the people he killed as "the enemy," she said.': whoever
    reports what someone did, by name, is not that someone)."""
    surname = label.strip("[]").removesuffix("’s").split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", reported) is not None


def unnamed_speaker(text: str) -> bool:
    """Whether a quotation in `text` is given to "he" or "she" ("..., she said.")."""
    return _PRONOUN_SPEAKER.search(text) is not None


# A writer's hedge, then a pronoun as the subject: "Presumably those are ...", "Clearly this
# is ...", "Perhaps he will ..." (not "Early this year": a determiner, before no verb).
_HEDGED_PRONOUN = re.compile(
    r"^(?:Perhaps|Presumably|Surely|Clearly|Obviously|Certainly|Evidently|Apparently|Arguably|"
    r"Undoubtedly|Probably|Possibly|Maybe|Inevitably|Naturally|Ultimately|Understandably),?\s+"
    r"(?P<pronoun>he|she|they|it|this|that|these|those|we)\s+(?:is|are|was|were|will|would|"
    r"has|have|had|can|could|may|might|must|should|do|does|did|seems?|appears?|[a-z]+(?:ed|s))\b"
)

# A phrase or clause of time, cause or concession before the main clause, whose subject is then
# a pronoun: "After back-to-back wins at the start of the tournament, they will travel to Paris
# ...". The pronoun is the sentence's subject, as if it opened it.
_FRONTED_PRONOUN = re.compile(
    r"^(?:After|Before|When|Whenever|While|Since|Despite|Having|Following|Although|Though|Once|"
    r"Until|Unlike|Like|With|Without|As|Because|If|Unless)\b[^,;:\"“”]{3,150},\s+"
    r"(?P<pronoun>he|she|they|we)\s+(?:is|are|was|were|will|would|has|have|had|can|could|may|"
    r"might|must|should|do|does|did|[a-z]+(?:ed|s))\b"
)


def _fronted_pronoun(document: Document, text: str) -> re.Match[str] | None:
    """`_FRONTED_PRONOUN`'s match, unless the opening phrase names whom the pronoun may stand for
    ("If Mr Blair wins the next election ..., he will surpass ...": whole as it is)."""
    fronted = _FRONTED_PRONOUN.match(text)
    if fronted is None:
        return None
    pronoun = fronted.group("pronoun").lower()
    if _names_whom(document, text[: fronted.start("pronoun")], pronoun):
        return None
    return fronted


_LIKENED = re.compile(r"(?:Like|Unlike|As with)\b")
_EARLY_PERSON = re.compile(r"[^,]{2,150},\s+(?P<pronoun>he|she)\b")


def _names_whom(document: Document, lead: str, pronoun: str) -> bool:
    """Whether an opening phrase names someone the pronoun after it may stand for: a person
    for "he" or "she" (not "the House of Lords" before "he"), anyone the language pipeline
    found for "they"."""
    if _LIKENED.match(lead):
        return False  # "Like O'Sullivan, he was well within his rights": someone else
    if pronoun in PERSONAL:
        return _opening_names_a_person(document, lead)
    return _names_read_as(document, lead, {"PERSON", "ORG", "GPE", "NORP"})


def _opening_names_a_person(document: Document, lead: str) -> bool:
    """Whether the words name a person: a title and a name ("Mr Ruddock"), or a name the
    language pipeline read as a person's."""
    return bool(_HONORIFIC_NAME.search(lead)) or _names_read_as(document, lead, {"PERSON"})


def _names_read_as(document: Document, words: str, labels: Collection[str]) -> bool:
    """Whether a capitalised word of `words` ends a name the language pipeline read with one of
    `labels` anywhere in the article (it may miss it in these words)."""
    names = {m.text.split()[-1] for m in document.mentions or () if m.label in labels}
    return any(word.group() in names for word in _CAPITALISED_WORD.finditer(words))


# A quotation's speaker given as a pronoun after it: "..., she said.", "...?" he asked.
_PRONOUN_SPEAKER = re.compile(
    r"[,?!][’'\"”]\s+(?P<pronoun>he|she)\s+(?:said|says|added|adds|asked|asks|told|tells|"
    r"explained|explains|insisted|insists|warned|warns|continued|continues|wrote|writes)\b"
)


def _with_opening_named(sentence: Sentence, document: Document, text: str | None) -> str | None:
    text = text if text is not None else sentence.text
    if _INVERTED.match(text.strip()):
        return None  # "Also being released is a utility ...": no sentence without its "Also"
    text = drop_connective(text)
    # "Presumably those are the kind of decisions they ...", "Perhaps he will ...": the pronoun
    # after the writer's hedge is the subject, as if it opened the sentence
    hedged = _HEDGED_PRONOUN.match(text) or _fronted_pronoun(document, text)
    lead = hedged.start("pronoun") if hedged is not None else 0
    likened = _EARLY_PERSON.match(text) if _LIKENED.match(text) else None
    if likened is not None and _opening_names_a_person(document, text[: likened.start("pronoun")]):
        # "Like O'Sullivan, he was well within his rights": someone likened to the one named,
        # whom the nearest name before may well be ("Like a surgeon, [Gordon Brown] ...")
        return None
    match = re.match(r"[A-Za-z]+", text[lead:])
    first = _pronoun_form(match.group(0)) if match else ""
    if first in PERSONAL:
        label = _named(first, sentence, document)
        return None if label is None else text[:lead] + label + text[lead + len(first) :]
    if hedged is not None:
        return None  # "those", "they", "this": pointers outside, as they would be opening it
    share = _SHARE_OF_THEIRS.match(text)
    if share is not None:
        # "Some of her dancers were pictured ...": whose, named, or the sentence is unusable
        pronoun = share.group("pronoun").lower()
        label = _named(pronoun, sentence, document) if pronoun in PERSONAL else None
        if label is None:
            return None
        return text[: share.start("pronoun")] + label + text[share.end("pronoun") :]
    epithet = _person_epithet(text, document)
    if epithet is not None:
        # "The prosecutor warned ...": a person by description, named in brackets where the
        # nearest person named before is one the article so describes. A description may
        # introduce someone else ("The former French president" after a sentence on Mr
        # Cameron); an office, unlike a pronoun, still says who acted, so it is left as it is
        # else.
        head, end = epithet
        label = _referent(sentence, document, None, head)
        described = label is not None and _described_as(label, head, document, text[:end])
        if not described and label is not None and _described_as(label, head, document):
            # "The Croatian eighth seed" after "seventh seed Tim Henman": someone else
            label = None
        if not described:
            if head.lower() not in ROLE_NOUNS:
                # "The 29-year-old finished second ..." after a quotation of the official who
                # banned her: past the speaker of a quotation, who is the reporter's source, a
                # player's, a performer's or an age's description is the story's subject, the
                # one person its headline names. Past anyone else named last ("Vitali, who
                # retired ... The 43-year-old has led ..."), it is that person or no one.
                if (
                    label is not None
                    and _last_named_as_speaker(label, sentence, document)
                    and _holds_an_office(label, document)
                    and head.lower() not in _HEADS_OF_SIDES
                ):
                    # (not past a player's own words: '"We didn't expect it to be that
                    # one-sided," said Zenden. ... The Holland international said ...' is
                    # Zenden, though the headline names his manager)
                    # (and not to the headline's person where the article gives them an
                    # office: "Laporte tinkers with team" is the coach's story, and "The Stade
                    # Toulousain star" one of his players)
                    story = _headline_person(sentence, document)
                    if story is not None and _holds_an_office(story, document):
                        story = None
                    label = story or label
                if label is not None and not _headlined(label, document):
                    label = None
                if label is None:
                    # "Marion Jones has filed a lawsuit against Balco boss Victor Conte ... The
                    # Sydney Olympic gold medallist says ...": a description opening the
                    # sentence after one whose subject is the story's person (the one its
                    # headline names) goes on about that person
                    label = _subject_before_is_the_story(sentence, document, head)
            else:
                label = None
        # "The ... Tottenham manager, Redknapp feels ...": the sentence names him itself
        if label is not None and not re.search(rf"\b{re.escape(label.split()[-1])}\b", text):
            return f"{text[:end]} [{label}]{text[end:]}"
        if label is None and head.lower() not in ROLE_NOUNS and not _NAMED_BESIDE.match(text, end):
            # "The 25-year-old tested positive ...", "The Romanian international later
            # suggested ...": an age, a nationality, a player's or a performer's standing says
            # who acted no more than "he" does
            return None
    if _EXPLETIVE_IT.match(text):
        return text  # "It is thought that ...": the "it" stands for the clause that follows
    if _a_group_named_before(text):
        # "The pair [Isinbayeva and Feofanova] had a thrilling battle ...": the two people the
        # nearest sentence to name anyone names, or the sentence is unusable
        return _pair_named(sentence, document, text)
    if _SIDES_OPENING.match(text):
        # "The two sides [Italy and England], both without a win, meet ...": likewise, the
        # two teams or countries
        return _sides_named(sentence, document, text)
    if (
        first in _UNRESOLVABLE
        or _ONE_OF_THEM.match(text)
        or _DEMONSTRATIVE_OPENING.match(text)
        or _THAT_OPENING.match(text)
        or _ANAPHORIC.match(text)
        or _WHAT_IT_MEANS.match(text)
        or _INVERTED_SPEAKER.match(text)
        or _SHARE_ALONE.match(text)
        or _SIDE_BY_ITS_PART.match(text)
        or _points_outside(outside := unquoted(text))
        or _POINTER_AFTER_A_PREPOSITION.search(outside)
    ):
        return None
    text = _organisation_named(sentence, document, text)
    text = _ranked_body_named(sentence, document, text)
    text = first_mention_named(sentence, document, text)
    text = short_name_completed(sentence, document, text)
    return _after_opening_phrase(sentence, document, text)


# "The firm", "The company's": an organisation named earlier, by what it is. Named in brackets
# where the article leaves no doubt which ("[Nestle] said ..."); else left as it is (a
# description, unlike a pronoun, still says what kind of body acted). "The group" as often means
# people ("a group of cult members"): it names a body only where the article calls that body a
# group, or where the body is the subject of the sentence just before.
BODY_NOUNS = (
    r"firm|company|bank|insurer|carrier|airline|retailer|carmaker|broadcaster|"
    r"operator|manufacturer|supermarket|chain|brewer|publisher|studio|label|club|union|"
    r"regulator|agency|watchdog|charity|giant|conglomerate|lender|miner|drugmaker|"
    r"institute|ministry|department|council|commission|committee|foundation|university|"
    r"party|organisation|organization|alliance|coalition|federation|association|league|"
    r"trust|society|authority|court|bureau|"
    r"telecoms firm|oil firm|oil company|oil giant|software giant|software firm|"
    r"internet firm|internet company|technology firm|tech firm|media group"
)
# ... also after where it is from, and then a group is a firm too ("The UK-Dutch group", "The
# Netherlands-based company", "The German-US carmaker")
_ORIGIN = r"[A-Z]\w*-(?:[A-Z]\w+|based)"
# ... and bodies that are named only where the article calls one by the word: "The group" as
# often means people ("a group of cult members"), but not after "media group Pearson"; "The
# band" after "rock band Franz Ferdinand", which the model may read as a person.
_DESCRIBED_BODIES = r"group|band"
_ORGANISATION_OPENING = re.compile(
    rf"^The (?:(?:{_ORIGIN}) (?P<placed>group|{BODY_NOUNS})|(?P<noun>{BODY_NOUNS})"
    rf"|(?P<described>{_DESCRIBED_BODIES}))"
    r"(?P<possessive>['’]s)?(?=[\s,])"
)
# Bodies of a kind whose names say so ("Institute for Fiscal Studies", "Leeds City Council"):
# "The institute", "The council" is only one named so ("The council said" after a hospital is
# named is not the hospital). A party may be named without the word ("Labour").
NAMED_KINDS = frozenset(
    """institute ministry department council commission committee foundation university
    alliance coalition federation association league trust society authority court
    bureau""".split()
)


# Words for a body of any kind: "The organisation" may be one whose name does not say so.
_ANY_BODY = frozenset({"organisation", "organization"})


def _called(noun: str, name: str) -> bool:
    """Whether an organisation of this name can be the one "The <noun>" stands for."""
    lowered = name.lower()
    if noun in NAMED_KINDS or noun in ("organisation", "organization"):
        return noun[:6] in lowered  # "organisation" and "Organization" alike
    if noun == "party":
        return is_party_name(name)
    return True


# Where an organisation is named as the medium, not the actor: "told the BBC", "according to
# Reuters".
_MEDIUM_BEFORE = re.compile(r"(?:\btold|\baccording to|\bquoted by|\bsaid in|\bon)\s+(?:the\s+)?$")


def _organisation_named(sentence: Sentence, document: Document, text: str) -> str:
    """`text` with an opening "The firm" (or "The company's") replaced by "[Name]" ("[Name’s]"):
    of the names in the nearest sentence before it that names any (the headline counts), the
    one the article calls by that noun, or else the one organisation, the story's own; of
    several of the story's own, the sentence's subject. Unchanged when no one of them is left,
    or no sentence within a few paragraphs names one. "The organisation", which may stand for
    a body of any kind, is the one body the sentence just before names, the story's own or
    not."""
    opening = _ORGANISATION_OPENING.match(text)
    if opening is None or document.mentions is None:
        return text
    noun = opening.group("noun") or opening.group("placed") or opening.group("described")
    if not opening.group("possessive") and _modifies_another_noun(text, noun):
        return text  # "The charity record is tipped to ...": the record, not the charity
    texts = {p.index: p.text for p in document.paragraphs}
    texts[0] = document.article.title
    by_paragraph: dict[int, list[Mention]] = {}
    for m in document.mentions:
        # People too: the model reads some firms as people ("water firm Aguas Argentinas,
        # controlled by France's Suez"), and a second name makes the firm no safe guess.
        if m.label in ("ORG", "PERSON") and not _MEDIUM_BEFORE.search(
            texts.get(m.paragraph, "")[: m.start]
        ):
            by_paragraph.setdefault(m.paragraph, []).append(m)
    earlier = [
        s
        for s in document.sentences
        if (s.paragraph, s.start) < (sentence.paragraph, sentence.start)
        and s.paragraph >= sentence.paragraph - REFERENT_PARAGRAPHS
    ]
    spans = [(s.paragraph, s.start, s.end) for s in reversed(earlier)]
    if sentence.paragraph - REFERENT_PARAGRAPHS <= 1:
        spans.append((0, 0, len(texts[0])))  # then the headline
    # The story's own organisations: those its headline or its first sentence names. A firm
    # named in passing just before ("... said rival Rolls-Royce. The company ...", "The Beijing
    # News said the company ...") is not one.
    lead = document.sentences[0] if document.sentences else None
    salient = {
        _organisation(m.text)
        for paragraph, ms in by_paragraph.items()
        for m in ms
        if m.label == "ORG"
        and (
            paragraph == 0
            or (lead is not None and paragraph == lead.paragraph and m.start < lead.end)
        )
    }
    for paragraph, start, end in spans:
        named = {
            (_organisation(m.text), m.label)
            for m in by_paragraph.get(paragraph, ())
            if start <= m.start < end
        }
        # (a name the model read as a person's counts: "water firm Aguas Argentinas")
        # A body named as one of its kind calls itself so: "the Countryside Alliance ... The
        # alliance says", as "reinsurance firm Hanover Re ... The company"
        described = {
            name
            for name, _ in named
            if _called(noun, name)
            and (noun in NAMED_KINDS or _body_described_as(name, noun, document))
        }
        if len(described) == 1:
            # "A spokeswoman for Hanover Re, Europe's fifth-largest reinsurance firm, ... The
            # company has paid ...": the one the article itself calls a firm, in the story or
            # named in passing
            return _organisation_inserted(described.pop(), opening, text)
        if opening.group("described") and named:
            before = texts[paragraph][start:end]
            if (
                opening.group("described") == "group"
                and (paragraph, start, end) == spans[0]
                # (not "Amnesty said a group of 30 migrants had been held. The group ...")
                and not re.search(r"\bgroups?\b", before, re.IGNORECASE)
            ):
                # "The Countryside Alliance had its latest legal bid ... thwarted. But the group
                # says ...": the body the sentence just before is about, its subject
                subject = _subject_of(
                    before,
                    [m for m in by_paragraph.get(paragraph, ()) if start <= m.start < end],
                    start,
                )
                if len(subject) == 1:
                    return _organisation_inserted(subject.pop()[0], opening, text)
            return text
        if len({name for name, _ in named}) > 1:
            # "Microsoft ... its Xbox consoles": of several bodies, the story's own, if only one
            # is; not where the model read one as a person, which may be the story's own
            if any(label != "ORG" for _, label in named):
                return text
            named = {(name, label) for name, label in named if name in salient}
            if len(named) > 1:
                # "Oracle has announced ... its takeover of Peoplesoft. The company said ...":
                # of the story's own, the one the sentence is about, its subject
                named = _subject_of(
                    texts[paragraph][start:end],
                    [m for m in by_paragraph.get(paragraph, ()) if start <= m.start < end],
                    start,
                )
            if len(named) != 1:
                return text
        if named:
            name, label = named.pop()
            if (
                label == "ORG"
                and noun in _ANY_BODY
                and (paragraph, start, end) == spans[0]
                and not any(word in text for word in name.split())
            ):
                # "The RAC welcomed the news ... But the organisation urged drivers ...": a word
                # for a body of any kind, right after one body is named, is that body, the
                # story's own or not; without it the memo would give its words to another
                return _organisation_inserted(_written_out(name, document), opening, text)
            if label != "ORG" or name not in salient or not _called(noun, name):
                return text
            return _organisation_inserted(name, opening, text)
    return text


# "France's second largest carmaker enjoyed ...", "The world's biggest software firm has ...":
# a body by its rank among its kind, opening the sentence as its subject (a name right after it,
# "Britain's biggest retailer Tesco", is named already).
_RANKED_BODY = re.compile(
    r"^(?P<description>(?:The )?(?:world|[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s "
    r"(?:(?:[a-z]+est|most [a-z]+|second|third|fourth|fifth|leading|top|number one|No\.? ?\d)"
    r"[ -])+(?:[a-z][\w-]* ){0,2}(?:"
    + BODY_NOUNS
    + r"|group|network|maker|producer|exporter|importer|employer|seller))"
    r"(?= (?:also |[a-z]+ly )?(?:has|have|had|is|was|will|would|can|could|may|might|must|did|"
    r"does|said|says|[a-z]+ed|[a-z]+[^s]s)\b)"
)


def _ranked_body_named(sentence: Sentence, document: Document, text: str) -> str:
    """`text` with an opening body described by its rank ("France's second largest carmaker")
    given its name in brackets, as news names the lead's firm and then describes it in the next
    sentence: "France's second largest carmaker [Renault] enjoyed ...". Only right after a
    sentence that names one organisation, and that one named in the headline or the lead (the
    story's own); a rival so described would be named in its own sentence."""
    opening = _RANKED_BODY.match(text)
    if opening is None or document.mentions is None:
        return text
    index = document.sentences.index(sentence) if sentence in document.sentences else -1
    if index < 1:
        return text
    before = document.sentences[index - 1]
    named = {
        _organisation(m.text)
        for m in document.mentions
        if m.paragraph == before.paragraph
        and before.start <= m.start < before.end
        and m.label in ("ORG", "PERSON")
    }
    if len(named) != 1:
        return text
    name = named.pop()
    lead = document.sentences[0]
    story = {
        _organisation(m.text)
        for m in document.mentions
        if m.label == "ORG"
        and (m.paragraph == 0 or (m.paragraph == lead.paragraph and m.start < lead.end))
    }
    if name not in story or name in text:
        return text
    end = opening.end("description")
    return f"{text[:end]} [{name}]{text[end:]}"


# A word that is a verb, not a noun, after "The firm": read without a parse.
_VERB_NEXT = re.compile(
    r" (?:has|have|had|is|was|were|will|would|could|can|may|might|should|must|also|said|says|"
    r"which|who|that|does|did|[a-z]+ed)\b"
)


def _modifies_another_noun(text: str, noun: str) -> bool:
    """Whether the opening "The <noun>" is only a modifier of the subject's own noun ("The
    charity record", "The club captain"): the parse's subject is another word. Read only where a
    lower-case word follows the noun, which a verb ("said") or a noun may be."""
    rest = text[len("The ") + len(noun) :]
    if not re.match(r" [a-z]", rest) or _VERB_NEXT.match(rest):
        return False  # "The company said", "The firm expects": the noun is the subject
    subject = sentence_subject(text)
    return subject is not None and subject.lower_ != noun.split()[-1]


def _written_out(name: str, document: Document) -> str:
    """An acronym's full name where the article spells it out before it in brackets
    ("Athletics Kenya (AK)"), for a memo that may not carry that sentence; else the name."""
    if not name.isupper() or len(name) > 6:
        return name
    pattern = re.compile(rf"\b((?:[A-Z][\w'’-]*\s(?:(?:of|for|and|the)\s)*)+)\({re.escape(name)}\)")
    for paragraph in document.paragraphs:
        found = pattern.search(paragraph.text)
        if found:
            written = found.group(1).strip()
            initials = "".join(w[0] for w in written.split() if w[0].isupper())
            if initials.endswith(name) or initials == name:
                return " ".join(written.split()[-len(name) :]) if initials != name else written
    return name


def _organisation_inserted(name: str, opening: re.Match, text: str) -> str:
    """The text with its opening "The firm" replaced by "[Name]", or "The firm's" by
    "[Name’s]" ("[Institute for Fiscal Studies’] director", "[Nestle’s] sales"). Unchanged
    where the opening says where the body is from and the name says it is from somewhere else:
    "The German-based firm kitted out Team GB" after "UK Athletics has agreed a new deal with
    adidas" is adidas, a name the language model did not read, not UK Athletics."""
    if opening.group("placed"):
        origin = set(re.split(r"[\s-]+", text[4 : opening.start("placed")]))
        if any(word in _PLACE_WORDS and word not in origin for word in name.split()):
            return text
    apostrophe = "’" if name.endswith("s") else "’s"
    inserted = f"[{name}{apostrophe}]" if opening.group("possessive") else f"[{name}]"
    return inserted + text[opening.end() :]


# Words of a body's name that say where it is from: a nation's adjective, or a country's short
# name ("UK Athletics", "US Airways").
_PLACE_WORDS = DEMONYMS | frozenset(
    "UK US USA GB EU Britain England Scotland Wales America".split()
)
# Two words for one kind of body: "The company" is what the article calls a firm.
_TRADING = frozenset({"firm", "company"})


def _body_described_as(name: str, noun: str, document: Document) -> bool:
    """Whether the article calls the organisation by this noun: before its name ("reinsurance
    firm Hanover Re", "luxury goods group LVMH") or in an apposition after it ("Hanover Re,
    Europe's fifth-largest reinsurance firm,")."""
    last = noun.split()[-1]
    kind = "firm|company" if last in _TRADING else re.escape(last)
    body = re.escape(name)
    text = "\n".join([document.article.title, *(p.text for p in document.paragraphs)])
    return bool(
        re.search(rf"\b(?i:{kind})\s+(?:the\s+)?{body}\b", text)
        or re.search(
            rf"\b{body}(?:['’]s)?,\s+(?:(?i:the|a|an|its)|[A-Z][\w.-]*['’]s)\s+"
            rf"(?:[\w'’-]+\s+){{0,4}}(?i:{kind})\b",
            text,
        )
    )


def _subject_of(sentence: str, mentions: list[Mention], offset: int) -> set[tuple[str, str]]:
    """The organisation that is the sentence's subject, as `_organisation_named` keeps names
    (none, where the subject is no organisation's name)."""
    subject = sentence_subject(sentence)
    if subject is None:
        return set()
    return {
        (_organisation(m.text), m.label)
        for m in mentions
        if m.label == "ORG" and m.start - offset <= subject.idx < m.end - offset
    }


def _organisation(text: str) -> str:
    """A mention as a name: "the BBC's" -> "BBC"."""
    return re.sub(r"['’]s$", "", re.sub(r"^[Tt]he ", "", text.strip(" -–—,")))


def _after_opening_phrase(sentence: Sentence, document: Document, text: str) -> str | None:
    """`text` with a pronoun that follows a short opening phrase ("Last week, he ...") named as
    an opening one is, or None when it cannot be named."""
    fronted = _FRONTED.match(text)
    if fronted is None or len(fronted.group("lead").split()) > _FRONTED_WORDS:
        return _pronoun_subject(sentence, document, text)
    word, at = fronted.group("word"), fronted.start("word")
    lower = _pronoun_form(word)
    if lower in PERSONAL and _PARENTHETICAL_SAID.match(text, fronted.end("word")):
        # "The former French president, he said, ...": the "he" is whoever is reporting, not
        # the person the sentence is about, and the nearest name is no safe guess for either
        return None
    if lower in PERSONAL and _names_whom(document, fronted.group("lead"), lower):
        # "If Mr Ruddock keeps the side together, he will become ...": the "he" is whom the
        # opening names, not the nearest person before the sentence
        return text
    if lower in PERSONAL:
        # "Should he win the next general election, he has earmarked ...": the first "he" is
        # in the opening clause. (One there before a named subject points ahead to it: "When
        # he arrived, Tony Blair was greeted ...", which is left as it stands.)
        inner = _PERSONAL_IN_LEAD.search(fronted.group("lead"))
        first, where = (inner.group(0), inner.start()) if inner else (lower, at)
        label = _named(first, sentence, document)
        return None if label is None else text[:where] + label + text[where + len(first) :]
    if lower in _FRONTED_PRONOUNS and not _EXPLETIVE_IT.match(text[at:].capitalize()):
        return None
    return _pronoun_subject(sentence, document, text)


# A personal pronoun among a sentence's first words, after its first: a subject, perhaps,
# behind an opening phrase with no comma or with an aside of its own ("At the time of the
# hacking he was expected ...", "Through the software, which recorded key strokes, he was able
# ...").
_EARLY_PRONOUN = re.compile(r"^(?:\S+\s+){1,15}?(?:he|she|they|it)\b")


def _pronoun_subject(sentence: Sentence, document: Document, text: str) -> str | None:
    """`text` with the pronoun that is its main clause's subject named in brackets ("At the
    time of the hacking [Imran Uddin] was expected ..."); None when it cannot be named; the
    text as it is when its subject is no pronoun."""
    if not _EARLY_PRONOUN.match(text):
        return text  # most sentences: no parse needed to say so
    subject = sentence_subject(text)
    if subject is None or subject.i == 0 or subject.lower_ not in ("he", "she", "they", "it"):
        return text
    if subject.lower_ in PERSONAL:
        label = _named(subject.lower_, sentence, document)
        if label is None:
            return None
        reported = [c for c in subject.head.children if c.dep_ == "ccomp" and c.i < subject.i]
        if any(
            _named_in(label, clause.doc[clause.left_edge.i : clause.right_edge.i + 1].text)
            for clause in reported
        ):
            return None  # what the sentence reports of someone by name, said by someone else
        return text[: subject.idx] + label + text[subject.idx + len(subject.text) :]
    if subject.lower_ == "it" and _EXPLETIVE_IT.match(text[subject.idx :].capitalize()):
        return text  # "Two days later it emerged that ...": the "it" of the clause after it
    if subject.lower_ == "it" and _IT_IS_SAID.match(text, subject.idx):
        return text  # "... has diverted attention from the real issues, it has been claimed."
    return None


# A frame that closes a sentence and says it is a claim, whose "it" is the claim itself.
_IT_IS_SAID = re.compile(
    r"it (?:has been|is|was|had been) (?:claimed|reported|said|suggested|alleged|announced|"
    r"confirmed|revealed|understood|thought|believed)[.!]?[\"”’']?$"
)


# Words that describe a person by office, trade or standing, for an opening "The ... <noun>"
# ("The top seed", "The 20-year-old Swede", "The premier"). Not "man", "woman" or "teenager",
# which as often stand for someone the article never names ("A man was stabbed ... The man").
EPITHET_NOUNS = frozenset(
    """seed champion holder veteran star striker midfielder defender goalkeeper keeper winger
    forward skipper captain boss player actor actress singer rapper musician presenter leader
    batsman bowler driver rider jockey trainer golfer boxer cyclist sprinter athlete
    swimmer pioneer international dj performer entertainer comedian medallist medalist
    hurdler footballer cricketer gymnast skier skater novelist""".split()
)


_AGE = re.compile(r"\d{1,3}-year-old")
# A name right after a description, or a clause beside it that names its person: "The
# 101-year-old Torao Toshitsune has ...", "The 24-year-old, named locally as Sid Ahmed Ghlam,
# ...", "The rapper, whose real name is David Darnell Brown, ..."
_NAMED_BESIDE = re.compile(
    r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+"
    r"|,\s+(?:\w+\s+){0,2}(?:named|called|known as|identified as)\b"
    r"|,\s+whose\s+(?:real\s+|full\s+)?name\b"
)


def _with_hyphens(token) -> str:
    """The word the token ends, with the parts before it that the parse split off at hyphens
    ("29-year-old" for "old")."""
    first = token.i
    while first > 1 and not token.doc[first - 1].whitespace_:
        first -= 1
    return token.doc[first : token.i + 1].text


_AGE_THEN_VERB = re.compile(
    r"^The (\d{1,3}-year-old) (?=[a-z]+ed\b|(?:is|was|has|had|will|would|said|says|won|wins)\b)"
)


# A people's adjective that English never uses for one person: "The French turned in a
# stuttering performance" is the team ("a Frenchman", never "a French"); "The Swede", "The
# Kenyan" may be one.
_COLLECTIVE = re.compile(r"(?:ese|ish|French|Dutch|Swiss|Welsh)$")


_COUNTRY_OWNER = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s (?=[a-z\d])")
_VERB_AFTER_A_SUBJECT = re.compile(
    r" (?:(?:also|has|have|had|will|would|could|may|might|must|is|was) |[a-z]+ed\b|says\b|"
    r"said\b|is\b|was\b)"
)


def _person_epithet(text: str, document: Document) -> tuple[str, int] | None:
    """An opening "The <description>" of a person, as the sentence's subject: "The top seed",
    "The 46-year-old", "The 20-year-old Swede" (a nationality the language pipeline found in
    the article). Its head noun and where the description ends; None for any other opening.
    A country's in the possessive opens one as "The" does: "America's former world indoor
    200m champion is the first athlete to be suspended ..." (the language pipeline read the
    country as one)."""
    owner = _COUNTRY_OWNER.match(text)
    if owner is not None:
        # (read by words, not by the parse: the small model takes "world" for the head of
        # "the former world indoor 200m champion")
        if not any(m.label == "GPE" and m.text == owner.group(1) for m in document.mentions or ()):
            return None
        return next(
            (
                (word.group(), word.end())
                for word in re.finditer(r"[\w-]+", text[: owner.end() + 60])
                if word.start() >= owner.end()
                and word.group().lower() in EPITHET_NOUNS | ROLE_NOUNS
                and _VERB_AFTER_A_SUBJECT.match(text, word.end())
            ),
            None,
        )
    if not text.startswith("The "):
        return None
    age = _AGE_THEN_VERB.match(text)
    if age:
        # the subject, whatever the parse says: the small model reads "The 29-year-old
        # finished second to ..." with the verb for an adjective
        return age.group(1), age.end(1)
    peoples = {
        form
        for m in document.mentions or ()
        if m.label == "NORP"
        for form in (m.text, m.text.split()[-1])
    }
    if not _AGE.search(text) and not any(
        word.lower() == "number" or _may_describe_a_person(word, peoples)
        for word in _word_starts(text)
    ):
        return None  # no word the description's noun could be: no parse needed to tell
    subject = sentence_subject(text)
    if subject is None or subject.left_edge.i != 0:
        return None
    # (a name in a clause or a phrase after the noun is another's: "The 28-year-old host who
    # also presents Stars In Their Eyes")
    clauses = {t.i for c in subject.rights if c.dep_ in ("relcl", "acl", "prep") for t in c.subtree}
    if any(t.dep_ == "poss" and t.i not in clauses for t in subject.subtree):
        return None  # "The institute's director": the body is named instead, if it can be
    head = _with_hyphens(subject)
    ranked = head.lower() == "number" and any(c.lower_ == "one" for c in subject.children)
    aged = any(_AGE.fullmatch(_with_hyphens(c)) for c in subject.children if c.dep_ == "amod")
    if (
        subject.pos_ == "PROPN"
        and subject.text[:1].isupper()
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children)
    ):
        return None  # "The 101-year-old Torao Toshitsune": a name, whatever the model took it for
    if not (
        ranked  # "The former world number one"
        or aged  # "The 28-year-old host"
        or _may_describe_a_person(head, peoples)
    ):
        return None
    if any(t.ent_type_ == "PERSON" and t.i not in clauses for t in subject.subtree) or any(
        c.pos_ == "PROPN" and c.i > subject.i and c.dep_ in ("appos", "compound")
        for c in subject.children
    ):
        # "The Lib Dem leader Charles Kennedy": named already; a name before the noun is what
        # the person does or leads ("The London Wasps captain"), one in a clause after it
        # another's ("The striker, who is on loan from Chelsea, ...")
        return None
    # the brackets go after the description, before a clause or a phrase it has ("The striker
    # [Carlton Cole], who is on loan ...")
    kept = [c for c in subject.rights if c.dep_ not in ("relcl", "acl", "punct", "prep", "appos")]
    last = max([subject, *(c.right_edge for c in kept)], key=lambda t: t.i)
    end = last.idx + len(last.text)
    if ranked or head.lower() == "number":
        # "The British number one": the rank's number is the description's, however parsed
        after = re.match(
            r"\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b", text[end:]
        )
        end += after.end() if after else 0
    return head, end


def _may_describe_a_person(head: str, peoples: Collection[str]) -> bool:
    """Whether a description whose noun is `head` may be a person's: an epithet or a role ("The
    top seed", "The minister"), an age ("The 46-year-old"), or one of a people ("The Swede",
    "The Scot"; `peoples` are the nationalities the language pipeline found in the article, and
    their last words: "South African" gives "The South African")."""
    return (
        head.lower() in EPITHET_NOUNS
        or head.lower() in ROLE_NOUNS
        or head.endswith("year-old")
        or (head in peoples and not head.endswith("s") and not _COLLECTIVE.search(head))
        # "The Scot", "The Briton": one person, whether or not the model read the word
        or bool(PERSON_OF_A_NATION.fullmatch(head) and not re.search(r"(?:s|men)$", head))
    )


def _word_starts(text: str) -> Iterator[str]:
    """Each word of the text, and each of its beginnings that ends before a mark inside it
    ("Swede," gives "Swede" and "Swede,"; "world-number" gives "world" and "world-number"):
    every string a parse's token, with the parts joined to it before by no space, can be."""
    for word in text.split():
        for mark in re.finditer(r"(?<=.)(?=[^\w])|$", word):
            yield word[: mark.start()]


def _headlined(name: str, document: Document) -> bool:
    """Whether the article's headline opens on the person (by surname), or names no one else:
    the story's subject, whom a description of a player, a performer or an age, opening a
    sentence after they were last named, means ("Cole faces lengthy injury lay-off" ... "The
    striker, who is on a season-long loan ..."; "TV presenter Deeley drops CD:UK" ... "The
    28-year-old host"). Offices are left to the text ("Chancellor Gordon Brown"): a story
    headed by one person is often about another with an office."""
    title = (document.article.title or "").strip()
    surname = re.escape(_surname(name))
    opens = re.match(rf"(?:{re.escape(name)}|{surname})(?:['’]s)?\b", title) is not None
    return opens or _headline_surnames(document) == {_surname(name)}


def _headline_surnames(document: Document) -> set[str]:
    """The surnames of the article's people that its headline names, counting the last word of
    a name of two or more words the model took for a body ("Phillips Idowu", an organisation to
    it): one person too many there leaves a description unnamed, which is safe."""
    title = set(re.findall(r"[\w'’-]+", document.article.title or ""))
    names = {
        _surname(m.text)
        for m in document.mentions or ()
        if m.paragraph > 0 and (m.label == "PERSON" or (m.label == "ORG" and " " in m.text))
    }
    return names & title


def _names_a_person(sentence: Sentence, people: list[Mention]) -> bool:
    return any(
        m.paragraph == sentence.paragraph and sentence.start <= m.start < sentence.end
        for m in people
    )


def _last_named_as_speaker(name: str, sentence: Sentence, document: Document) -> bool:
    """Whether the last sentence before this one to name the person gives them as a
    quotation's speaker ('"We have banned her ...," said AK chief Isaiah Kiplagat.')."""
    surname = re.escape(_surname(name))
    earlier = [
        s
        for s in document.sentences
        if (s.paragraph, s.start) < (sentence.paragraph, sentence.start)
        and re.search(rf"\b{surname}\b", s.text)
    ]
    if not earlier:
        return False
    text = earlier[-1].text
    return bool(_QUOTATION_MARK.search(text)) and bool(
        re.search(rf"\b(?:said|says|added|adds|told)\s+(?:[\w'’.-]+\s+){{0,5}}{surname}\b", text)
        or re.search(rf"\b{surname}\b(?:,[^,]{{1,80}},)?\s+(?:said|says|added|adds)\b", text)
    )


_QUOTATION_MARK = re.compile(r"[\"“”]")


def _holds_an_office(name: str, document: Document) -> bool:
    """Whether the article gives the person an office or a post ("AK chief Isaiah Kiplagat",
    "Kiplagat, the federation's president"): someone who speaks about the story's subject."""
    return _described_by(name, ROLE_NOUNS, document)


def _subject_before_is_the_story(sentence: Sentence, document: Document, head: str) -> str | None:
    """The person the sentence before this one (in its paragraph, or the last of the one
    before) names as its subject, where they are the story's (the headline opens on them, or
    names no one else: `_headlined`); else None. Only for a description (its noun `head`) the
    article gives no one, and not a people's ("The Briton" may be either of two Britons)."""
    peoples = {m.text.split()[-1] for m in document.mentions or () if m.label == "NORP"}
    if head in peoples or PERSON_OF_A_NATION.fullmatch(head):
        return None
    before = [
        s
        for s in document.sentences
        if (s.paragraph == sentence.paragraph and s.start < sentence.start)
        or s.paragraph == sentence.paragraph - 1
    ]
    if not before:
        return None
    last = before[-1]
    subject = sentence_subject(last.text)
    if subject is None or subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    span = subject.doc[subject.left_edge.i : subject.i + 1]
    offset = last.text.find(span.text)
    names = [
        m.text
        for m in document.mentions or ()
        if m.label == "PERSON"
        and m.paragraph == last.paragraph
        and last.start + offset <= m.start < last.start + offset + len(span.text)
    ]
    if len(names) != 1 or not _headlined(names[0], document):
        return None
    # Anyone else the sentence before names may be meant ("Kevin Keegan has praised striker
    # Robbie Fowler ... The 29-year-old, out of favour at City, ..." is Fowler), unless this
    # sentence names them itself ("... The Sydney Olympic gold medallist says Conte damaged her
    # reputation": not Conte)
    here = _words_of(sentence.text)
    # (a name the model also reads as something else elsewhere is no sure person: "Jesper
    # Gronkjaer has agreed a move to Atletico Madrid", the club a person once)
    bodies = {m.text for m in document.mentions or () if m.label != "PERSON"}
    others = {
        m.text.split()[-1]
        for m in document.mentions or ()
        if m.label == "PERSON"
        and m.paragraph == last.paragraph
        and last.start <= m.start < last.end
        and m.text not in bodies
    } - {names[0].split()[-1]}
    if any(surname not in here for surname in others):
        return None
    people = {m.text for m in document.mentions or () if m.label == "PERSON" and " " in m.text}
    if any(_described_as(name, head, document) for name in people):
        return None  # "Third seed Tim Henman" ... "The Croatian eighth seed": not his
    # by the fullest name the article gives them so far ("[William Gallas]" for "Gallas")
    return _fullest_so_far(_surname(names[0]), sentence, document) or names[0]


def _words_of(text: str) -> set[str]:
    return set(re.findall(r"[\w’'-]+", text))


def _headline_person(sentence: Sentence, document: Document) -> str | None:
    """The one person the headline names, by the fullest name the article gives before the
    sentence ("Chepkemei hit by big ban": "Susan Chepkemei"); None where the headline names
    no one, or two, or a surname that two people named before share."""
    surnames = _headline_surnames(document)
    if len(surnames) != 1 or document.mentions is None:
        return None
    (surname,) = surnames
    return _fullest_so_far(surname, sentence, document)


def _fullest_so_far(surname: str, sentence: Sentence, document: Document) -> str | None:
    """The fullest name with this surname that the article gives up to the sentence's
    paragraph; None where none, or where two people named so far share it."""
    named = [
        m
        for m in document.mentions or ()
        if m.label == "PERSON"
        and 0 < m.paragraph <= sentence.paragraph
        and _surname(m.text) == surname
    ]
    forms = _forms_by_surname(named).get(surname, set())
    return next(iter(forms)) if len(forms) == 1 else None


def _described_as(name: str, head: str, document: Document, description: str = "") -> bool:
    """Whether the article gives the person named this description (see `_described_by`)."""
    return _described_by(name, {head}, document, description)


def _described_by(
    name: str, heads: Collection[str], document: Document, description: str = ""
) -> bool:
    """Whether the article gives the person named a description with one of these heads (all
    the offices at once, for `_holds_an_office`): as a title before the name ("Prosecutor
    Nafir Afzal", "top seed Lleyton Hewitt", "Swede Joachim Johansson"), in an apposition
    after it ("Guardiola, the Catalan manager,"), or, for an age, as the number
    after it ("Pep Guardiola, 46,"). With the whole `description` ("The Croatian eighth
    seed"), a rank in it must be the article's too, and the article's may not qualify the
    office where it does not ("shadow foreign secretary Michael Ancram" is not "The foreign
    secretary")."""
    surname = re.escape(name.split()[-1])
    ages = [found for found in map(re.compile(r"(\d+)-year-old").match, heads) if found]
    # (the description in any case, "Top seed Lleyton Hewitt"; the words between it and the
    # name capitalised, as a name's are: "the company said AOL's profit" describes no one)
    word = f"(?i:{'|'.join(map(re.escape, sorted(heads)))})"
    patterns = [
        rf"(?P<before>(?:[\w'’-]+\s+){{0,2}})\b{word}\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}{surname}\b",
        rf"\b{surname},\s+(?i:the|a|an)\s+(?P<before>(?:[\w'’-]+\s+){{0,4}}){word}\b",
    ]
    patterns += [rf"\b{surname},\s+{age.group(1)}\b" for age in ages]
    mine = {w.lower() for w in re.findall(r"[\w'’-]+", description)}
    ranks = mine & _RANKS
    text = "\n".join([document.article.title, *(p.text for p in document.paragraphs)])
    for pattern in patterns:
        for found in re.finditer(pattern, text):
            theirs = {w.lower() for w in (found.groupdict().get("before") or "").split()}
            if description and (ranks - theirs or (theirs & _QUALIFIERS) - mine):
                continue
            return True
    theirs = _lead_description(name, heads, document)
    if theirs is None:
        return False
    return not (description and (ranks - theirs or (theirs & _QUALIFIERS) - mine))


_BARE_OPENING = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+)?")
# How soon after a lead that describes its subject the news names them: the next sentence or
# the one after.
_NAMED_AFTER_THE_LEAD = 2


def _lead_description(name: str, heads: Collection[str], document: Document) -> set[str] | None:
    """The other words of the description the article's first sentence opens on, where that is
    this person: the news lead that names its subject only after it ("Scotland's justice
    minister has warned bigoted soccer fans ..." and then "Cathy Jamieson said ..."). The lead
    names no one, and the first person named, in the next sentence or the one after, is this
    one. None otherwise."""
    sentences = document.sentences
    if not sentences or document.mentions is None:
        return None
    lead = sentences[0]
    people = sorted(
        (m for m in document.mentions if m.label == "PERSON" and m.paragraph > 0),
        key=lambda m: (m.paragraph, m.start),
    )
    if not people or _surname(people[0].text) != _surname(name):
        return None
    first = people[0]
    position = (first.paragraph, first.start)
    if position < (lead.paragraph, lead.end):
        return None  # the lead names someone
    soon = sentences[min(_NAMED_AFTER_THE_LEAD, len(sentences) - 1)]
    if position >= (soon.paragraph, soon.end):
        return None
    # ... and opens its sentence, bare: "Cathy Jamieson said ..."; one named with a description
    # of their own ("Opposition spokesman Bill Aitken said ...") is someone else
    naming = next(
        s for s in sentences if s.paragraph == first.paragraph and s.start <= first.start < s.end
    )
    texts = {p.index: p.text for p in document.paragraphs}
    if not _BARE_OPENING.fullmatch(texts[first.paragraph][naming.start : first.start]):
        return None
    subject = sentence_subject(lead.text)
    if (
        subject is None
        or subject.left_edge.i != 0
        or _with_hyphens(subject).lower() not in {head.lower() for head in heads}
    ):
        return None
    return {t.lower_ for t in subject.subtree if t.i != subject.i}


# Descriptions of one who runs a side, not of one who plays: after a quotation of an official,
# "The Rovers assistant boss" is more likely the official than the player the story is about.
_HEADS_OF_SIDES = frozenset({"boss", "leader", "skipper", "captain"})
# Words that rank a description ("eighth seed", "world number one") or qualify an office
# ("shadow foreign secretary", "assistant manager"): two people's descriptions that differ in
# one describe two people.
_RANKS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth top""".split()
)
_QUALIFIERS = frozenset(
    """shadow former deputy vice assistant acting ex junior interim caretaker""".split()
)


_PARENTHETICAL_SAID = re.compile(
    r"\s+(?:said|says|added|adds|argued|argues|claimed|claims|insisted|insists|noted|notes|"
    r"wrote|writes|told [\w ]{1,30}?|believes|believed)\s*,"
)


def _pronoun_form(word: str) -> str:
    """The word in lower case, as pronouns are listed; "" for an acronym in capitals ("US",
    "IT"), which is a name, not the pronoun it spells."""
    return "" if len(word) > 1 and word.isupper() else word.lower()


def _named(pronoun: str, sentence: Sentence, document: Document) -> str | None:
    """ "[Name]" (or "[Name’s]") for a personal pronoun of the sentence; None when nobody can
    be named."""
    name = _referent(sentence, document, PERSONAL[pronoun])
    if name is None:
        return None
    return f"[{name}’s]" if pronoun in POSSESSIVE else f"[{name}]"


def _gendered_surname(surname: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:(?P<female>Mrs|Ms|Miss|Dame|Lady)|Mr|Sir|Lord)\.?\s+{re.escape(surname)}\b"
    )


def _both_genders(surname: str, document: Document) -> bool:
    """Whether the article titles the surname as a man's and as a woman's ("Mr Howard", "Mrs
    Howard"): two people, whom the full name alone does not tell apart."""
    pattern = _gendered_surname(surname)
    found = {
        found.group("female") is not None
        for p in document.paragraphs
        for found in pattern.finditer(p.text)
    }
    return found == {True, False}


_MALE_TITLES = re.compile(r"\b(?:Mr|Sir|Lord|King|Prince|Duke|Father|Brother)\.?\s+$")
_FEMALE_TITLES = re.compile(
    r"\b(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess|Duchess|Sister|Mother)\.?\s+$"
)
_TITLE_WORD = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess)\.?"
)
REFERENT_PARAGRAPHS = 3  # how far back a pronoun's person may have been named
_GENDERED_PRONOUN = {
    "male": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE),
    "female": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE),
}


def _referent(
    sentence: Sentence, document: Document, gender: str | None, head: str | None = None
) -> str | None:
    """The person a sentence-initial "he" or "she" names: the one person the nearest sentence
    before it names (people whose titles say otherwise, "Mrs" for "he", left aside), within a
    few paragraphs, by the fullest form of the name the article uses. With `gender` None, the
    person a description names ("The 46-year-old"; `head`, its noun): anyone, but no one where
    a sentence before introduces one so described without a name ("a 46-year-old"). A
    sentence names a person by any form of the name, tagged there or not ("Buksh went to the
    police"), and a surname two people share names both. None when two people could be
    meant: a wrong name in brackets puts one person's act on another, which is worse than no
    point."""
    if document.mentions is None:
        from ..language import with_mentions

        document = with_mentions(document)
    mentions = document.mentions or ()
    owners = {
        (a.paragraph, a.start)
        for a, b in pairwise(mentions)
        if a.text.endswith(("'s", "’s")) and b.label == "PERSON" and b.start - a.end <= 1
    }  # "Aston Villa's Carlton Cole": whose player he is, a club the model took for a person
    people = [
        m
        for m in mentions
        if m.label == "PERSON"
        and m.paragraph > 0
        and not any(c.isdigit() for c in m.text)
        and not is_party_name(m.text)
        and not PERSON_OF_A_NATION.fullmatch(m.text)
        and m.text.split()[-1].lower() not in _BODY_ENDINGS
        and (m.paragraph, m.start) not in owners
    ]  # digits: "Mix 96.5", a station the model took for a person; "the Lib Dems", a party
    texts = {p.index: p.text for p in document.paragraphs}
    forms = _forms_by_surname(people, texts)
    earlier = [
        s
        for s in document.sentences
        if (s.paragraph, s.start) < (sentence.paragraph, sentence.start)
        and s.paragraph >= sentence.paragraph - REFERENT_PARAGRAPHS
    ]
    unnamed = (
        re.compile(rf"\b(?:a|an|one|another) (?:[\w'’-]+ ){{0,2}}{re.escape(head)}\b", re.I)
        if head
        else None
    )
    for before in reversed(earlier):
        if unnamed is not None and any(
            # (not said of someone: "inspiring him to become an actor")
            not _PREDICATE_BEFORE.search(before.text, 0, found.start())
            for found in unnamed.finditer(before.text)
        ):
            return None
        if gender is not None and _unnamed_person(before.text, gender, "a"):
            # "Police arrested a man ... He ...": someone new, whom the sentence does not name
            return None
        if _names_someone_unread(before, document, forms):
            # "His words came as Cardinal Cormac Murphy O'Connor ... backed Mr Howard's stance.
            # In a statement, he said ...": the model did not read the Cardinal as a person, so
            # the one it did read is no safe guess.
            return None
        opening = re.match(r"[A-Za-z]+", before.text)
        said = PERSONAL.get(opening.group(0).lower()) if opening else None
        if said is not None and said == (gender or said):
            continue  # "He then spent ...": the same person, named further back
        described = _described_subject(before, document) if gender is not None else False
        if isinstance(described, str):
            # "The Spaniard believed he was talking to ... Emilio Butragueno ... He began the
            # season ...": the person the sentence is about, whom it describes, as its own
            # point names them; not the one it names after (the director a prank imitated)
            return described if _gender(described, people, texts) in (gender, None) else None
        if described is None and _names_a_person(before, people):
            return None  # someone described, whom nothing names, and someone else named
        if gender is not None and described is False and _subject_unread(before, forms):
            # "Baros denied suggestions he wanted to leave ... But his admission ...": the
            # sentence is about someone by a name the pipeline did not read as a person's, who
            # may be the one meant; anyone named further back is no safe guess
            return None
        named: set[str] = set()
        spoken_of = False
        narrated = unquoted(before.text)
        for surname, full in forms.items():
            if re.search(rf"\b{re.escape(surname)}\b", narrated):
                shown = {f for f in full if f in before.text}
                titled = _gendered_surname(surname).search(narrated) if gender else None
                if not shown and titled is not None and _both_genders(surname, document):
                    # "Mrs Howard has also appeared alongside her husband ... she said": the
                    # person the title names, not the surname's full name ("Michael Howard")
                    if (titled.group("female") is not None) == (gender == "female"):
                        named.add(titled.group(0))
                    continue
                named |= shown or full
            elif re.search(rf"\b{re.escape(surname)}\b", before.text):
                spoken_of = True
        if spoken_of and not named:
            # 'the headline: "America Attacked by Bruce Springsteen's crotch"': someone only
            # quoted is spoken of, not the one the story goes on about; nor is anyone before
            return None
        if gender is None and not named and _names_a_person(before, people):
            # "Vitali, who retired from boxing in 2013, ... The 43-year-old has led ...": a
            # description after someone named by one word is that person, not one named before
            return None
        subject = sentence_subject(before.text) if named or _ROLE.search(before.text) else None
        if subject is not None and PERSONAL.get(subject.lower_) in {
            gender or "male",
            gender or "female",
        }:
            # "Vehement: He told Matt Lauer that ...": the sentence is about its subject, the
            # same person as before; whom he told is not the next "he".
            continue
        if subject is not None and _unnamed_role(subject, named):
            # "Earlier the Archbishop of Canterbury wrote to all three parties ...": the next
            # "he" is most likely the one the sentence describes and does not name.
            return None
        compatible = {
            n for n in named if gender is None or _gender(n, people, texts) in (gender, None)
        }
        if compatible and gender is not None and _unnamed_person(before.text, gender, "the"):
            # "Liaoshen Wanbao reported the 49-year-old woman ... had claimed ... She said ...":
            # the person named, or the one described beside her (alone, "The schoolboy said
            # ..." describes the one named before)
            return None
        if len(compatible) > 1:
            if head is not None:
                # "... win over seventh seed Feliciano Lopez. The seventh seed ...": of the
                # people named there, the one the article gives this description, if one is
                described = [n for n in compatible if _described_as(n, head, document)]
                if len(described) == 1:
                    return _titled(described[0], people, texts)
                # "Henman ... faltering against Nalbandian. The Briton ...", where the article
                # calls Nalbandian an Argentine: of them, the one not of another nation
                peoples = _nationalities(document)
                if PERSON_OF_A_NATION.fullmatch(head) or head in peoples:
                    others = [
                        n for n in compatible if not _of_another_nation(n, head, document, peoples)
                    ]
                    if len(others) == 1:
                        return _titled(others[0], people, texts)
            return None  # "Prosecutor Lamont said Buksh had ... He also ...": who?
        if compatible:
            name = compatible.pop()
            if gender is not None and _spoken_of_before(narrated, name, gender, subject):
                # "One of his fellow pupils at intelligence school was Vladimir Putin. ... he
                # says he will remain on hunger strike": the sentence speaks of another man
                # ("his") before the one it names, who is not its subject; the next "he" is
                # more likely the other
                return None
            if gender is not None and _another_as_object(narrated, name, gender):
                # "Prime Minister Tony Blair called him a "giant" ... He held each of the major
                # offices ...": the sentence speaks of a second man, the one its subject acts
                # on, and the next "he" is as likely him
                return None
            if _only_in_a_phrase(before.text, name):
                # "The minister confirmed she received support from the movement Opus Dei. She
                # denied ...": "she" is the minister, whom the sentence does not name.
                return None
            return _titled(name, people, texts)
    return None


def _subject_unread(sentence: Sentence, forms: dict[str, set[str]]) -> bool:
    """Whether the sentence's subject is a name (a proper noun no common English word) that is
    no form of the people the pipeline read ("Baros denied ...", Baros read as a place)."""
    subject = sentence_subject(sentence.text)
    if subject is None or not _a_name(subject):
        return False
    if PERSON_OF_A_NATION.fullmatch(subject.text):
        return False  # "The Spaniard believed ...": someone described, not named
    # (the parts of a name joined by hyphens too: "Kraljevic-Gudelj" gives "Gudelj")
    known = {
        part
        for surname, names in forms.items()
        for name in (surname, *names)
        for word in name.split()
        for part in (word, *word.split("-"))
    }
    return subject.text not in known


def _spoken_of_before(text: str, name: str, gender: str, subject) -> bool:
    """Whether the sentence speaks of someone of that gender by a pronoun before it names the
    person (who is not its subject): someone else, named further back."""
    first = min((text.find(w) for w in name.split() if w in text), default=-1)
    pronoun = _GENDERED_PRONOUN[gender].search(text, 0, max(first, 0))
    if first < 0 or pronoun is None:
        return False
    return subject is None or not {t.text for t in subject.subtree} & set(name.split())


# A pronoun as the object of a verb or a preposition: never the subject of its own clause
# ("called him a giant"; "her" only where no noun follows, as one would a possessive).
_OBJECT_PRONOUN = {
    "male": re.compile(r"\bhim\b"),
    "female": re.compile(
        r"\bher\b(?=\s*(?:[.,;:!?)]|$|\s(?:a|an|the|to|as|of|for|in|on|at|by|with|from|and|or|"
        r"but|that|if|when|after|before|up|out|off|back|down)\b))"
    ),
}


def _another_as_object(text: str, name: str, gender: str) -> bool:
    """Whether the sentence names the person as the subject of a verb whose object is a pronoun
    of the same gender ("Tony Blair called him a giant"): a pronoun never stands for its own
    verb's subject, so it is a second person the passage is about. ("Amjad Yaaqub said ... the
    terrorists beat him" is Amjad: "him" is the terrorists' object.)"""
    from ..language import parse_sentence

    first = min((text.find(w) for w in name.split() if w in text), default=-1)
    if first < 0 or _OBJECT_PRONOUN[gender].search(text, first) is None:
        return False
    words = set(name.split())
    for token in parse_sentence(text):
        if token.lower_ not in ("him", "her") or token.idx < first:
            continue
        if token.lower_ == "her" and token.dep_ == "poss":
            continue
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        # the subject's own words, not an owner's ("John Smith's wife joined him": him is Smith)
        if any(
            words & {s.text, *(c.text for c in s.children if c.dep_ in ("compound", "flat"))}
            for s in subjects
        ):
            return True
    return False


_BRACKETED = re.compile(r"\s\[(?P<name>[^\]]+)\]")


def _described_subject(sentence: Sentence, document: Document) -> str | bool | None:
    """For a sentence whose subject is a person described and not named ("The Spaniard
    believed ..."), whom its own point would name in brackets, or None where it would name no
    one (a pronoun after it looks further back, past a sentence that names no one); False for
    any other sentence."""
    text = drop_connective(sentence.text)
    epithet = _person_epithet(text, document)
    if epithet is None:
        return False
    # "The player who staked the biggest claim ... was Gavin Henson.": the one it says he is
    subject = sentence_subject(text)
    if subject is not None and subject.head.lemma_ == "be":
        attributes = {c.text for c in subject.head.children if c.dep_ == "attr"}
        for m in document.mentions or ():
            if (
                m.label == "PERSON"
                and m.paragraph == sentence.paragraph
                and sentence.start <= m.start < sentence.end
                and attributes & set(m.text.split())
            ):
                return m.text
    named = _with_opening_named(sentence, document, None)
    if named is None:
        return None
    found = _BRACKETED.match(named, epithet[1])
    return found.group("name") if found else None


# The nations of the United Kingdom and Britain's: one person may be called by any of them.
_BRITISH = frozenset(
    """Briton British English Englishman Englishwoman Scot Scottish Scotsman Scotswoman Welsh
    Welshman Welshwoman""".split()
)


def _nationalities(document: Document) -> set[str]:
    """The words for a people the article uses: the language pipeline's ("Argentine", "South
    African" and "African"), and the nouns for one of a nation ("Swede", "Briton")."""
    text = "\n".join(p.text for p in document.paragraphs)
    words = {w for w in re.findall(r"\b[A-Z][a-z]+\b", text) if PERSON_OF_A_NATION.fullmatch(w)}
    for m in document.mentions or ():
        if m.label == "NORP":
            words |= {m.text, m.text.split()[-1]}
    return words | (DEMONYMS & set(re.findall(r"\b[A-Z][a-z]+\b", text)))


def _of_another_nation(name: str, head: str, document: Document, peoples: set[str]) -> bool:
    """Whether the article describes the person by one of `peoples` other than `head`'s
    ("Argentine David Nalbandian" for "The Briton")."""
    britain = head in _BRITISH
    others = sorted(o for o in peoples - {head} if not (britain and o in _BRITISH))
    if not others:
        return False
    if _described_by(name, others, document):
        return True
    # ... or by a people and a standing before the name: "Thai second seed Paradorn Srichaphan"
    text = "\n".join(p.text for p in document.paragraphs)
    pattern = (
        rf"\b(?:{'|'.join(map(re.escape, others))})\s+(?:(?:{_STANDING})\s+){{1,3}}"
        rf"(?:[A-Z][\w'’.-]*\s+){{0,3}}{re.escape(_surname(name))}\b"
    )
    return re.search(pattern, text) is not None


DETERMINERS = {"a": "a|an", "the": "the|this|that"}  # someone new, or someone told of before
# People a crime story describes and may never name, "he" or "she" alike ("Mr Cazeneuve said
# the suspect was found ... He originally claimed ...": the suspect, not the minister).
_UNNAMED_EITHER = """suspect attacker assailant accused defendant killer intruder robber hijacker
    bomber shooter victim""".split()
GENDERED_NOUNS = {
    "female": """woman girl mother wife daughter sister widow actress grandmother aunt niece
        girlfriend businesswoman policewoman schoolgirl""".split()
    + _UNNAMED_EITHER,
    "male": """man boy father husband son brother widower grandfather uncle nephew boyfriend
        businessman policeman schoolboy gunman""".split()
    + _UNNAMED_EITHER,
}
_UNNAMED_PERSON = {
    (gender, article): re.compile(
        rf"(?<!,)(?<!, )\b(?:{words}) (?:[\w'’-]+ ){{0,2}}(?:{'|'.join(nouns)})\b",
        re.IGNORECASE,
    )
    for gender, nouns in GENDERED_NOUNS.items()
    for article, words in DETERMINERS.items()
}


def _unnamed_person(text: str, gender: str, article: str) -> bool:
    """Whether the sentence describes, without naming, someone a pronoun of `gender` may be,
    with `article` ("a": "a 49-year-old woman"; "the": "the man"); not a description set
    beside a name or said of one ("Mrs Clinton, the first woman to ...", "she became the first
    woman to ...")."""
    text = unquoted(text)  # ('"I am a man of my word," he said': no one new)
    return any(
        not _PREDICATE_BEFORE.search(text, 0, found.start())
        for found in _UNNAMED_PERSON[gender, article].finditer(text)
    )


# "Ms Smith became the first woman to ...": a description of someone the sentence names
_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|was|be|been|being|became|become|becomes|remains|remained|as)\s+$", re.IGNORECASE
)


# Offices and occupations that stand for a person the sentence describes rather than names ("the
# Archbishop of Canterbury wrote ...", "the minister said ..."). A name after one makes it a
# title ("Prime Minister Tony Blair"), which the parse reads as part of the name.
ROLE_NOUNS = frozenset(
    """archbishop bishop cardinal pope president chancellor minister secretary premier mayor
    governor senator judge prosecutor ambassador chairman chairwoman chairperson chief
    commissioner spokesman spokeswoman spokesperson coach manager director officer inspector
    detective sergeant captain colonel general king queen prince princess duke duchess
    emperor""".split()
)
# What stands between a people and a name in a description ("Thai second seed", "British number
# one"): a standing, an office, a rank.
_NUMBERED = frozenset("world number one two three four five".split())
_STANDING = "|".join(sorted(EPITHET_NOUNS | ROLE_NOUNS | _RANKS | _QUALIFIERS | _NUMBERED))
_ROLE = re.compile(rf"\b(?:the|a|an)\s+(?:\w+\s+)?(?:{'|'.join(ROLE_NOUNS)})\b", re.IGNORECASE)


_SUBORDINATE = frozenset({"advcl", "ccomp", "relcl", "xcomp", "csubj", "pcomp", "conj"})


def _pair_named(sentence: Sentence, document: Document, text: str) -> str | None:
    """`text` with "The pair", "The two" or "Both" followed by "[A and B]", the two people the
    nearest sentence before it that names anyone names, by surname; None when that sentence
    names one person or more than two, or the opening counts three."""
    opening = _GROUP_OPENING.match(text)
    if opening is None or re.match(r"The (?:trio|three)\b", text):
        return None
    people = [
        m
        for m in document.mentions or ()
        if m.label == "PERSON"
        and m.paragraph > 0
        and not is_party_name(m.text)
        and not PERSON_OF_A_NATION.fullmatch(m.text)
    ]  # (not "the Briton", whom the model took for a name)
    named = _two_named_before(sentence, document, people, _surname)
    if named is None:
        return None
    end = opening.end() - 2  # before the space and the letter that follow the opening
    return f"{text[:end]} [{named[0]} and {named[1]}]{text[end:]}"


def _two_named_before(
    sentence: Sentence,
    document: Document,
    mentions: Sequence[Mention],
    name: Callable[[str], str],
) -> tuple[str, str] | None:
    """The two names (`name` of each mention's text) of `mentions` in the nearest sentence
    before `sentence`, in its paragraph or the one before, that has any of them; None where
    that sentence names one or more than two."""
    earlier = [
        s
        for s in document.sentences
        if (s.paragraph, s.start) < (sentence.paragraph, sentence.start)
        and s.paragraph >= sentence.paragraph - 1
    ]
    for before in reversed(earlier):
        named = list(
            dict.fromkeys(
                name(m.text)
                for m in mentions
                if m.paragraph == before.paragraph and before.start <= m.start < before.end
            )
        )
        if named:
            return (named[0], named[1]) if len(named) == 2 else None
    return None


# "The hosts had the better chances ...", "The visitors levelled ...": a side named by its part
# in the match, which sentences before it named
_SIDE_BY_ITS_PART = re.compile(r"^The (?:hosts|visitors|home side|away side|home team|away team)\b")
_SIDES_OPENING = re.compile(r"^The two (?:sides|teams|clubs|nations|countries)\b")


def _sides_named(sentence: Sentence, document: Document, text: str) -> str | None:
    """`text` with "The two sides" followed by "[A and B]", the two bodies or countries the
    nearest sentence before it that names any names; None when it names one or more than
    two."""
    bodies = [m for m in document.mentions or () if m.label in ("ORG", "GPE")]
    named = _two_named_before(sentence, document, bodies, lambda text: text.removeprefix("the "))
    if named is None:
        return None
    end = _SIDES_OPENING.match(text).end()
    return f"{text[:end]} [{named[0]} and {named[1]}]{text[end:]}"


# Last words of bodies' names that the model reads as people's ("Manchester United said"):
# no person's surname.
_BODY_ENDINGS = frozenset(
    """united utd fc rovers athletic wanderers albion council committee party association
    federation university college institute ministry department agency records""".split()
)


def _a_group_named_before(text: str) -> bool:
    """Whether the sentence's subject is "The pair", "The two" or "Both" alone: people named
    before it, whom the sentence does not name (see `_pair_named`)."""
    opening = _GROUP_OPENING.match(text)
    if opening is None:
        return False
    if opening.group("noun"):
        return True  # a noun for people, whatever the parse makes of "The pair claim ..."
    subject = sentence_subject(text)
    return subject is not None and subject.i <= 1 and subject.lower_ in _GROUP_WORDS


def sentence_subject(text: str):
    """The subject of the sentence's first main clause (a spaCy token), or None: the first
    subject whose verb is in no subordinate clause ("Although he ..., Smith said" gives Smith).
    Not only the root's: a caption's label ("Vehement: He told ...") takes the root."""
    from ..language import parse_sentence

    doc = parse_sentence(text)
    for token in doc:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ not in _SUBORDINATE:
            if token.head.dep_ == "acl" and any(c.dep_ == "mark" for c in token.head.children):
                # "The first minister's statement that it was okay ...": the noun's own clause
                continue
            return token
    return None


def _unnamed_role(subject, named: set[str]) -> bool:
    """Whether the subject is an office or occupation ("the Archbishop", "the minister") with
    no name of a person in its phrase."""
    if subject.lower_ not in ROLE_NOUNS:
        return False
    phrase = " ".join(t.text for t in subject.subtree)
    return not any(name in phrase for name in named)


# Two to four capitalised words in a row, not at the start of the sentence: a name.
_NAME_LIKE = re.compile(
    r"(?<=[\s(“\"‘'])(?:[A-Z][a-z]+|O['’][A-Z][a-z]+|Mc[A-Z][a-z]+)"
    r"(?:\s(?:[A-Z][a-z]+|O['’][A-Z][a-z]+|Mc[A-Z][a-z]+)){1,3}\b"
)


def _names_someone_unread(
    sentence: Sentence, document: Document, forms: dict[str, set[str]]
) -> bool:
    """Whether the sentence has a name (capitalised words in a row) that no entity mention and
    no known person's name covers: someone the model missed, who may be the one meant."""
    offset = sentence.start
    spans = [
        (m.start, m.end)
        for m in document.mentions or ()
        if m.paragraph == sentence.paragraph and sentence.start <= m.start < sentence.end
    ]
    known = {name for names in forms.values() for name in names} | set(forms)
    for found in _NAME_LIKE.finditer(sentence.text):
        start, end = offset + found.start(), offset + found.end()
        if any(a < end and start < b for a, b in spans):
            continue
        if any(word in known for word in found.group(0).split()):
            continue
        if re.search(r"\b[Tt]he\s+$", sentence.text[: found.start()]):
            continue  # "the Lord Chief Justice": an office or a body, never a person's name
        return True
    # One word saying something, no common word: "Rowling said she had plenty of time ...",
    # where the model read "JK Rowling's" elsewhere as a body and her surname here as nothing
    for found in _ONE_WORD_SPEAKING.finditer(sentence.text):
        start = offset + found.start()
        if any(a <= start < b for a, b in spans) or found.group(1) in known:
            continue
        if not is_common_word(found.group(1)):
            return True
    return False


_ONE_WORD_SPEAKING = re.compile(
    r"\b([A-Z][a-z]{2,})\s+(?:has\s+|had\s+)?(?:already\s+|also\s+)?"
    r"(?:said|says|told|added|adds|revealed|reveals|announced|announces|admitted|admits)\b"
)


def _only_in_a_phrase(text: str, name: str) -> bool:
    """Whether every mention of `name` in the sentence is the object of a preposition ("from
    ... Opus Dei", "with Mr Obama"; "by" names the doer, so not that) or a modifier of a noun
    ("cancelled her Onyx Hotel tour"): the sentence is about someone else, and a pronoun after
    it is not this person. Read from the parse."""
    from ..language import parse_sentence

    doc = parse_sentence(text)
    spans = [
        doc.char_span(m.start(), m.end(), alignment_mode="expand")
        for m in re.finditer(rf"\b{re.escape(name)}\b", text)
    ]
    spans = [span for span in spans if span is not None and len(span)]
    return bool(spans) and all(_in_prepositional_phrase(span.root) for span in spans)


def _in_prepositional_phrase(token) -> bool:
    """Whether the token hangs, through nouns, from a preposition other than "by", or names
    the kind of a thing ("her Onyx Hotel tour", "the Obama administration"): either way the
    sentence's actor is someone or something else."""
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        return True
    while token.dep_ not in ("ROOT",) and token.pos_ not in ("VERB", "AUX"):
        if token.dep_ == "pobj":
            return token.head.lower_ != "by"
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
            return False
        token = token.head
    return False


def _titled(name: str, people: list[Mention], texts: dict[int, str]) -> str:
    """A surname alone as the article gives it, with its title: "Mrs Ngilu", not "Ngilu"."""
    if " " in name:
        return name
    for m in people:
        words = m.text.split()
        if len(words) == 2 and words[1] == name and _TITLE_WORD.fullmatch(words[0]):
            return m.text  # the model's span holds the title: "Mrs Ngilu"
        if m.text == name:
            before = texts.get(m.paragraph, "")[max(0, m.start - 12) : m.start]
            title = re.search(rf"\b({_TITLE_WORD.pattern})\s+$", before)
            if title:
                return f"{title.group(1)} {name}"
    return name


def _forms_by_surname(
    people: list[Mention], texts: dict[int, str] | None = None
) -> dict[str, set[str]]:
    """Each surname with the fullest names that end in it: one, or several when people share
    it ("Asghar Buksh" and "Nasreen Buksh"); a name given only by surname stands for itself.
    `texts`: the paragraphs, where a title before the model's span is read ("Lord Woolf", of
    which the model took "Woolf")."""
    forms: dict[str, set[str]] = {}
    titled: set[str] = set()
    for mention in people:
        before = (texts or {}).get(mention.paragraph, "")[
            max(0, mention.start - 12) : mention.start
        ]
        # (a dash between spaces ends the name: "Arsene Wenger - he's always said ...")
        text = _DASHED.split(mention.text, maxsplit=1)[0]
        if re.search(rf"\b{_TITLE_WORD.pattern}\s+$", before):
            titled.add(_surname(text))
        words = text.split()
        while words and _TITLE_WORD.fullmatch(words[0]):
            words = words[1:]  # "Mrs Buksh" is a form of "Buksh", not a name of its own
            titled.add(_surname(text))
        while (len(words) > 1 and words[0].lower() in EPITHET_NOUNS | ROLE_NOUNS) or (
            len(words) > 2 and words[0] in DEMONYMS
        ):
            # "Rapper Young Buck", opening a sentence, "seventh seed Russian Mikhail Youzhny":
            # what the person is, then who ("German Gref" is a name: a nationality goes only
            # before two words)
            words = words[1:]
            titled.add(_surname(text))  # "Rapper Eminem": by one name, as the article calls him
        if words and len(words) <= 4:
            # the name, not its possessive ("Bruce Springsteen's crotch"): "[Bruce Springsteen]"
            words[-1] = _surname(words[-1])
            forms.setdefault(_surname(text), set()).add(" ".join(words))
    for surname, names in list(forms.items()):
        longest = {n for n in names if not any(n != o and o.endswith(" " + n) for o in names)}
        if all(" " not in n for n in longest) and surname not in titled:
            # Never a full name nor a title ("menswear retailer Burton"): a word the model took
            # for a person, where a person is introduced by name ("Greg Tufnell", "Mr Tufnell").
            del forms[surname]
        else:
            forms[surname] = longest
    return forms


_DASHED = re.compile(r"\s[-–—]\s")


def _surname(text: str) -> str:
    """The name's last word, without a possessive, or the one before a generation's suffix
    ("Harry Connick Jr": "Connick")."""
    words = text.split()
    while len(words) > 1 and _SUFFIX.fullmatch(re.sub(r"[’']s?$", "", words[-1])):
        words = words[:-1]
    return re.sub(r"[’']s?$", "", words[-1]) if words else text


_SUFFIX = re.compile(r"(?:Jr|Jnr|Sr|Snr)\.?|II|III|IV")


def _gender(name: str, people: list[Mention], texts: dict[int, str]) -> str | None:
    """male or female when a title says so, before or inside a mention of the name itself. A
    surname's title ("Mrs Buksh") speaks for a full name only when the article knows the person
    by surname alone: "Mrs Buksh" may be the wife of Asghar Buksh, named in full or not."""
    words = name.split()
    for m in people:
        mentioned = m.text.split()
        while mentioned and _TITLE_WORD.fullmatch(mentioned[0]):
            mentioned = mentioned[1:]
        if mentioned != words:
            continue
        before = texts.get(m.paragraph, "")[max(0, m.start - 12) : m.start]
        if _MALE_TITLES.search(before) or re.match(r"(?:Mr|Sir|Lord|King|Prince)\b", m.text):
            return "male"
        if _FEMALE_TITLES.search(before) or re.match(r"(?:Mrs|Ms|Miss|Dame|Lady)\b", m.text):
            return "female"
    return None


def inside_quotation(document: Document) -> list[bool]:
    """For each sentence of the document, whether it is speech that a quotation opened before
    it in its paragraph ("..., saying: 'He is getting used in the right way. He is a handful for
    defenders to mark."): its speaker is outside it, and its "he" is whom the speaker means."""
    inside = []
    for paragraph in document.paragraphs:
        states = _quotation_states(paragraph.text)
        # "Richard Oelmann: Umpires had no choice. England would have done the same.": a
        # speaker's label opens the paragraph, and every sentence after the first is his too.
        labelled = _speaker_label(paragraph.index, paragraph.text, document.mentions or ())
        inside.extend(
            _opens_inside(states, s.start) or (labelled and n > 0)
            for n, s in enumerate(paragraph.sentences)
        )
    return inside


def _opens_inside(states: list[bool], start: int) -> bool:
    """Whether the sentence from `start` opens inside a quotation. A sentence that begins by
    closing one (the splitter left the mark that ends the sentence before at its front: '"
    The captain said ...') does not."""
    start = min(start, len(states) - 1)
    if states[start] and start + 1 < len(states) and not states[start + 1]:
        return False
    return states[start]


def _speaker_label(index: int, text: str, mentions: Sequence[Mention]) -> bool:
    """Whether the paragraph opens with a person's name and a colon, the name one the language
    pipeline read as a person ("Richard Oelmann:"; not "Premier League:" or "Key Dates:")."""
    label = _SPEAKER_LABEL.match(text)
    if label is None:
        return False
    colon = label.end() - 2
    return any(m.paragraph == index and m.label == "PERSON" and m.end == colon for m in mentions)


# A speaker's name and a colon opening a paragraph: "Chris Tudor: ...", "Former England spinner
# Graeme Swann: ...". Two capitalised words at least before the colon: a one-word label
# ("Sacked:", "Pictured:") is a caption's.
_SPEAKER_LABEL = re.compile(r"^(?:[A-Za-z][\w'’.-]*\s){0,5}[A-Z][\w'’.-]*\s[A-Z][\w'’-]+:\s")


def _straight_quote_opens(before: str, after: str, open_: bool) -> bool:
    """Whether a quotation is open after a straight double quote, read by where it stands: after
    a space and before a word it opens, before a space or a stop it closes, and only a mark
    that says neither counts as the other of the last. A speaker's words that run on from one
    paragraph to the next open again without closing ('... a Liverpool player. "We have an
    open ...'): counting marks would read the rest as outside the quotation."""
    opening = (before.isspace() or before in "([—–-") and not after.isspace()
    closing = not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-")
    if opening and not closing:
        return True
    if closing and not opening:
        return False
    return not open_


def ends_inside_quotation(text: str) -> bool:
    """Whether a quotation the text opens is still open at its end, straight quotes read by
    where they stand: 'Mr Straw said: "He is clever. "He lacks strategy.' has an even count
    of marks, both opening."""
    return _quotation_states(text)[-1]


def _quotation_states(text: str) -> list[bool]:
    """Whether a quotation is open at each position of `text` (one pass): double quotes
    (curly, or straight by where they stand), and single quotes that open after a space or a colon
    and close before one (an apostrophe sits between letters)."""
    double = single = False
    states: list[bool] = []
    # The state changes only at a quotation mark: the positions between two take it whole.
    for mark in _QUOTATION_MARK.finditer(text):
        i = mark.start()
        states.extend([double or single] * (i + 1 - len(states)))
        char = mark.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if char == "“":
            double = True
        elif char == "”":
            double = False
        elif char == '"':
            double = _straight_quote_opens(before, after, double)
        elif char in "‘'" and (before.isspace() or before in ':(—–-“"') and after.isalnum():
            single = True
        elif char in "’'" and single and not after.isalnum():
            single = False
    states.extend([double or single] * (len(text) + 1 - len(states)))
    return states


_QUOTATION_MARK = re.compile("[“”\"‘’']")
