"""Words that describe a person before or beside a name: the titles written before one
("President", "Dr"), what the people of a country are called ("Kenyan") and the nouns for one
of them ("Briton", "Frenchman"). Names
(`entities`) keep them out of a person's name; roles (`roles`) keep a title's capital.
"""

import re
from functools import lru_cache

# Titles written before a person's name ("Chancellor Gordon Brown", "Dr Smith"): what the person
# is, no part of the name.
TITLES = frozenset(
    """mr mrs ms miss mx dr drs prof professor sir dame rev reverend councillor cllr president
    chancellor mayor governor senator sen judge justice inspector detective sergeant sgt
    captain capt colonel col general gen lieutenant lt minister secretary ambassador
    archbishop bishop cardinal pope rabbi imam sheikh pastor vicar chairman chairwoman
    commissioner treasurer speaker superintendent constable
    det ch insp supt dci dsi""".split()  # (the police's shortened ranks: "Det Ch Insp", "Supt")
)

# What the people of a country are called, as an adjective before a person's name ("Kenyan
# Susan Chepkemei", "Slovakian Daniela Hantuchova"). Only countries' and nations' own words:
# "Christian" or "Jordan" would take a first name.
DEMONYMS = frozenset(
    """Afghan Albanian Algerian American Angolan Argentine Argentinian Armenian Australian
    Austrian Azerbaijani Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian
    British Bulgarian Burmese Cambodian Cameroonian Canadian Catalan Chilean Chinese Colombian
    Congolese Croatian Cuban Cypriot Czech Danish Dutch Ecuadorian Egyptian Emirati English
    Eritrean Estonian Ethiopian Fijian Filipino Finnish French Georgian German Ghanaian Greek
    Guatemalan Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish
    Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovan Kurdish
    Kuwaiti Latvian Lebanese Liberian Libyan Lithuanian Macedonian Malaysian Malian Maltese
    Mexican Moldovan Mongolian Montenegrin Moroccan Mozambican Namibian Nepalese Nigerian
    Norwegian Pakistani Palestinian Panamanian Paraguayan Peruvian Polish Portuguese Qatari
    Romanian Russian Rwandan Samoan Saudi Scottish Senegalese Serbian Singaporean Slovak
    Slovakian Slovenian Somali Spanish Sudanese Swedish Swiss Syrian Taiwanese Tanzanian Thai
    Tongan Tunisian Turkish Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh
    Yemeni Zambian Zimbabwean""".split()
)

# One person, or people, of a nation by a noun that is never an adjective: "the Frenchman",
# "the Spaniards", "Briton Paula Radcliffe" (unlike "American Eagle Outfitters", a firm).
PERSON_OF_A_NATION = re.compile(
    r"(?:English|French|Irish|Welsh|Dutch|Cornish|Scots)(?:man|woman|men|women)|"
    r"(?:Briton|Dane|Swede|Finn|Pole|Turk|Scot|Kiwi|Aussie|Spaniard|Zealander)s?"
)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """People's first names, lower-cased: the men's and women's lists of the 1990 US Census
    (about 5,500 names) that the `names` package ships. Far from every name in the news
    ("Vladimir", "Aiden" are not there), so only ever evidence that a word is a first name,
    never that it is not one on its own."""
    from importlib.resources import files

    folder = files("names")
    return frozenset(
        line.split()[0].lower()
        for listing in ("dist.male.first", "dist.female.first")
        for line in folder.joinpath(listing).read_text(encoding="ascii").splitlines()
        if line.strip()
    )


@lru_cache(maxsize=1)
def census_surnames() -> frozenset[str]:
    """Surnames, lower-cased: the 1990 US Census list of about 89,000 that the `names` package
    ships ("parry", "paterson"). Many are places' and firms' names too ("everton", "apple"), so
    only ever evidence that a word may be a person's."""
    from importlib.resources import files

    listing = files("names").joinpath("dist.all.last").read_text(encoding="ascii")
    return frozenset(line.split()[0].lower() for line in listing.splitlines() if line.strip())


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The names of the world's countries and territories in English, lower-cased ("italy",
    "ireland"), from the Unicode CLDR's list as Babel ships it, with the four nations of the
    United Kingdom, which field teams of their own ("wales", "scotland")."""
    from babel import Locale

    territories = Locale("en").territories
    names = {
        name.lower()
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NO_COUNTRY
    }
    # as news writes them: "Trinidad and Tobago" for CLDR's "&", "St Lucia" without its stop
    names |= {n.replace(" & ", " and ") for n in names} | {n.replace("st. ", "st ") for n in names}
    return frozenset(names | _ENGLISH_NAMES)


# Names English news uses where CLDR gives another ("Türkiye", "Czechia", "Côte d’Ivoire",
# "Myanmar (Burma)", "Hong Kong SAR China"), and the four nations of the United Kingdom, which
# field teams of their own ("wales", "scotland").
_ENGLISH_NAMES = frozenset(
    """turkey|czech republic|ivory coast|burma|hong kong|macau|palestine|vatican|england|
    scotland|wales|northern ireland""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)


# CLDR's two-letter codes for what is no country: unions of them, and codes for testing.
_NO_COUNTRY = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


# The words European football clubs' names open on ("Real Madrid", "Inter Milan", "PSV
# Eindhoven"); not "Stade de France", a ground.
CLUB_OPENINGS = frozenset(
    """racing sporting real atletico athletic inter dynamo dinamo lokomotiv spartak olympique
    borussia bayern stade steaua deportivo fc ac as ss sc afc cska psv""".split()
)
