"""Word lists the answerer reads questions and sentences with: roles, organisations,
months, number words, titles, and what counts as a proper name.

English news vocabulary only, written by hand; no gazetteer and no named-entity model, so
"Washington" is a name like "Salih" and a capitalised first word of a sentence can pass
for one (see `is_name`).
"""

from __future__ import annotations

import re

from rag.text import COUNTRIES, DEMONYMS, UPPER, terms, words

__all__ = [
    "HONORIFICS",
    "CONNECTORS",
    "DEMONYM",
    "DEMONYM_PEOPLE",
    "HEADS",
    "KIN",
    "LOCATIVE",
    "MONTHS",
    "NOT_NAMES",
    "NUMBER_WORDS",
    "OCCUPATIONS",
    "ORDINALS",
    "ORG_WORDS",
    "PEOPLE",
    "PLACES",
    "PLACE_TERMS",
    "ROLE_WORDS",
    "TITLES",
    "RANKS",
    "CAPITAL_OF",
    "YEAR",
    "NAME_RUN",
    "TOKEN",
    "is_demonym",
    "is_head",
    "is_name",
    "is_role",
]

ORDINALS = ("first", "second", "third", "fourth", "fifth")
NUMBER_WORDS = (
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen
    dozens hundred hundreds thousand thousands million millions billion half quarter"""
).split() + list(ORDINALS)


MONTHS = (
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday"""
).split()


ORG_WORDS = set(
    """agency council ministry force forces republic service army navy state times news media
    league party government parliament group base airport committee organization organisation
    university bank tv press industries corps guard militia institute association company union authority
    centre center commission foundation unit office club team airline trust society federation charity""".split()
)


ROLE_WORDS = set(
    """president minister ministers chief commander general secretary adviser advisor head king
    spokesman official officials counterpart leader director chairman prime deputy ambassador
    delegation judge justice mayor governor founder co-founder executive ceo chairwoman chair manager coach
    captain editor spokeswoman spokesperson senator prosecutor chancellor vice-chancellor rector dean
    commissioner ombudsman inspector treasurer councillor councillors councilor councilors agent owner
    detective sergeant constable superintendent headteacher headmaster headmistress vicar curate
    chaplain pastor bishop archbishop""".split()
)


DEMONYM = re.compile(r"(ian|ians|ish|ese)$")


def is_demonym(word: str) -> bool:
    """Does the lower-case `word` read as a people's name: "iranian", "danish", "chinese", and
    "kuwaitis" (a country's name before "-is"), not "memphis", "paris" or "harris"?"""
    return bool(DEMONYM.search(word)) or (word.endswith("is") and word[:-2] in COUNTRIES)


# Posts a "Which <post> ...?" question asks for by name, as it asks for a rank ("Which councillors ...?")
NAMED_POSTS = ("councillor", "councilor", "mayor", "governor", "senator", "judge")

NOT_NAMES = set(
    """iraqi iraqis saudi israeli arab western islamic takfiri sunni shiite kurdish us the a an in on at
    he she they it his her their this that these those but and also both earlier later top read""".split()
) | set(MONTHS)
NOT_NAMES |= {f"{d}s" for d in MONTHS[12:]}  # "open on Sundays"
NOT_NAMES |= {"is", "isis"}  # "Is ..." opening a question; "Islamic State (IS, formerly ISIS)" is no one who speaks


HEADS = ROLE_WORDS | ORG_WORDS | {"second-in-command", "militia", "capital", "city", "base"}


CONNECTORS = {"of", "the", "al", "bin", "ibn", "and"}


TOKEN = re.compile(r"[^\W_][\w’'-]*|[^\w\s]")


LOCATIVE = {"in", "at", "to", "from", "into", "near", "inside", "outside", "across", "toward", "towards"}


# Plural nouns for people a "who" question can be answered with ("members of an Iraqi militia").
PEOPLE = set(
    """members people soldiers troops officials fighters civilians advisers forces foreigners assassins
    militants terrorists protesters citizens diplomats experts leaders government pupils students children
    families workers residents farmers herders fishermen voters patients nurses staff employees teachers
    doctors players fans tourists visitors refugees migrants passengers investors engineers scientists
    researchers police officers firefighters rescuers volunteers prosecutors lawyers judges detectives
    crew crews twins neighbours villagers""".split()
)


DEMONYM_PEOPLE = {"iranians", "iraqis", "americans", "syrians", "russians", "israelis", "saudis", "arabs"}


# Capitals that reports use for their governments ("Washington had betrayed its ally"): an actor
# for "who", never the person a "which leader" question asks for.
PLACES = {
    "Washington",
    "Tehran",
    "Baghdad",
    "Riyadh",
    "Damascus",
    "Moscow",
    "Beirut",
    "Ankara",
    "Cairo",
    "Jerusalem",
    "Iran",
    "Iraq",
    "Syria",
    "Russia",
    "Israel",
    "America",
    "Saudi Arabia",
    "Turkey",
    "Egypt",
    "Lebanon",
}
PLACE_TERMS = frozenset(t for p in PLACES for t in terms(p))  # stemmed: "baghdad", "saudi", "arabia"


# A year as news writes one ("2003", "1979"): a pattern to put inside others.
YEAR = r"(?:1[89]|2[01])\d\d"

# Military ranks ("What is Baqeri's *rank*?" asks for one of these, not his post).
RANKS = {"gen", "general", "brigadier", "brigade", "major", "lieutenant", "colonel", "admiral", "captain", "marshal"}
# The country each capital of PLACES is in ("Which *Iranian* city ...": Baghdad is none).
CAPITAL_OF = {
    "Tehran": "iran",
    "Baghdad": "iraq",
    "Riyadh": "saudi",
    "Damascus": "syria",
    "Moscow": "russia",
    "Washington": "america",
    "Beirut": "lebanon",
    "Ankara": "turkey",
    "Cairo": "egypt",
    "Jerusalem": "israel",
}

TITLES = RANKS | {"defense", "defence"}
# Titles of address before a name ("*Dr* Anita Haverigg", "the mayor, *Councillor* Paul Brimble"): a person's
HONORIFICS = r"(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Sir|Dame|Councillor|Cllr|Rev)"


# Who someone is to another: "*His nephew* ... called the police" answers "Who called the police?"
KIN = frozenset(
    """son daughter wife husband brother sister father mother uncle aunt nephew niece cousin grandson
    granddaughter grandfather grandmother widow widower stepson stepdaughter""".split()
)
# Trades a person is described by ("retired *nurse* Margaret Hale"): a job, though no post
OCCUPATIONS = frozenset(
    """nurse doctor teacher engineer farmer pilot lawyer scientist architect journalist firefighter
    driver chef baker fisherman miner soldier priest vet midwife surgeon plumber electrician
    caretaker janitor cleaner gardener librarian porter guard postman postwoman postmistress postmaster
    anaesthetist anesthetist dentist pharmacist paramedic physiotherapist bricklayer carpenter joiner
    builder mechanic butcher barber hairdresser plasterer roofer welder shopkeeper accountant beekeeper
    organist""".split()
)


# Colour words, for "What colour was it?"
COLOURS = frozenset(
    """red orange yellow green blue purple violet pink brown black white grey gray gold golden silver
    scarlet amber""".split()
)


def is_role(w: str) -> bool:
    """ "minister", "ministers", "officials": a role word, singular or plural."""
    return w in ROLE_WORDS or w.rstrip("s") in ROLE_WORDS


# A run of capitalised words, "al-" names included: "Iraqi President Barham Salih", "Saad al-Alak".
NAME_RUN = re.compile(rf"(?:[{UPPER}][\w'’-]*|al-[{UPPER}][\w'’-]*)(?: (?:[{UPPER}][\w'’-]*|al-[{UPPER}][\w'’-]*))*")


def is_head(w: str) -> bool:
    return w in HEADS or w.rstrip("s") in HEADS


def is_name(tok: str, qwords: set[str]) -> bool:
    w = words(tok)
    if not w or not (tok[:1].isupper() or re.match(r"al-[A-Z]", tok)):
        return False
    lw = w[0]
    return lw not in qwords and lw not in NOT_NAMES and lw not in DEMONYMS and not is_demonym(lw) and not lw.isdigit()
