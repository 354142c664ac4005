"""Political parties as news names them: by their members ("the Tories", "Democrats"), by a
member ("a Tory MP"), or by themselves ("Labour"). Names (`entities`) list them as one
organisation whatever the language model took them for, and a memo point that opens "The party
said" is given the name of one (`summarise.standalone`).
"""

# Parties named by their members ("the Tories", "Democrats"), which the model labels NORP with
# nationalities and religions: a party acting is an organisation, one entry for all its names.
# The singular ("Tory leader") describes a person and stays a group. Listed: the major parties
# of the English-speaking democracies whose news names them this way; a party the text names
# as such ("Labour Party", "Scottish National Party") is an ORG already.
PARTIES_BY_MEMBERS = {
    "conservatives": "Conservative Party",
    "tories": "Conservative Party",
    "democrats": "Democratic Party",
    "republicans": "Republican Party",
    "liberal democrats": "Liberal Democrats",
    "lib dems": "Liberal Democrats",
    "greens": "Green Party",
    "ukip": "UK Independence Party",
    # and the one named by itself, which the model reads as a person as often as not
    "labour": "Labour Party",
    "new labour": "Labour Party",
}
# The singular describes a member ("Tory leader", "a Lib Dem MP"): the same party when the
# model took it for a name of its own (a person, a place), a group when it read it as one.
PARTY_MEMBER = {
    "conservative": "Conservative Party",
    "tory": "Conservative Party",
    "democrat": "Democratic Party",
    "republican": "Republican Party",
    "liberal democrat": "Liberal Democrats",
    "lib dem": "Liberal Democrats",
}

# The parties' own full names.
NATIONAL_PARTIES = frozenset({*PARTIES_BY_MEMBERS.values(), *PARTY_MEMBER.values()})


def is_party_name(name: str) -> bool:
    """Whether the name, as the text writes it, names a party: "Labour", "the Tories", "Scottish
    National Party"."""
    lowered = name.lower().removeprefix("the ")
    return "party" in lowered.split() or lowered in PARTIES_BY_MEMBERS
