"""Who "the Iraqi president" is: role descriptions resolved to the names they stand for.

News names a person in full once ("Iraqi President Barham Salih") and by role afterwards
("The Iraqi president also urged ..."). `RoleAliases` reads an article's sentences in order,
remembers each "<country> <role> <Name>" it meets, and tells which names a later
description ("the president", "the Iraqi defense minister", "Iran's defence minister")
refers to. A lead often works the other way round: "Iran's defence minister has visited
..." comes before anyone is named, and the first person named after it ("Brigade General
Amir Hatami met ...") is the one it meant; so is "A former finance director ... has been
jailed" the "Graham Pickering, 61, ..." of the next sentence, and "A retired postman has grown
the heaviest pumpkin ..." the "Arthur Pellow's pumpkin ..." that follows. Organisations go
the same way: "Halvorsen Tire will close ..., the company said" makes a later "the company" Halvorsen
Tire, and "the Swedish Maritime Museum" a later "the museum", and sites too: "the former
Ashgrove gasworks" makes a later "The gasworks" the Ashgrove gasworks, and places: "the
village of Saint-Aulas" a later "The village's 300 residents"; a business introduced by its
kind ("the bakery chain Crumb & Co") is a later "The company", and a name a sentence opens
with and then describes ("Gustav, a Galápagos giant tortoise at ...") a later "The tortoise".
`setting` reads the scene: a lead saying where a visit is to ("Shamkhani is currently
visiting Baghdad") places what the article tells of afterwards; `held_roles` goes from names
to posts: a later "General Hatami noted" is the word of the "Defense Minister of Iran" named
so once. It is deliberately small: the one pronoun it reads is a sentence-opening "He" or
"She", or the "he said" closing a quote, up to three sentences after a person named the news
way ("Maeve Doherty, 36, ..."; for the others the answerer reads the sentences before), no
descriptions without a role or organisation word ("the Arab country"), and the most recent
match wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rag.lexicon import HONORIFICS, ORG_WORDS, PLACE_TERMS
from rag.text import COUNTRIES, IRREGULAR_PAST, terms, words

__all__ = [
    "NO_COREF",
    "Coref",
    "RoleAliases",
    "descriptions",
    "held_roles",
    "org_names",
    "read_article",
    "role_aliases",
    "setting",
]

# Roles that introduce a name right after them ("President Barham Salih"); lexicon.ROLE_WORDS
# is broader ("officials", "delegation") because it types answers instead.
_ROLES = frozenset(
    """president minister chief commander general secretary adviser advisor head king spokesman
    counterpart leader director chairman ambassador""".split()
)
_TITLES = frozenset("brigadier brigade major lieutenant general gen. gen colonel admiral".split())
_TOKEN = re.compile(r"[A-Za-z][\w’'.-]*|[^\w\s]")
_DEFINITE = re.compile(
    r"\b(?:the|(\w+)['’]s) ((?:[\w’'-]+ ){0,3}?)(" + "|".join(sorted(_ROLES)) + r")\b(?! (?-i:[A-Z]))"
    r"(?!(?: [a-z]+)?, (?-i:[A-Z][a-z]+ [A-Z]))",  # "The hospital's chief executive, Martin Quarrington": named
    re.I,
)


# Organisations news names once and then calls "the company": "Halvorsen Tire will close ...,
# the company said", "the Swedish Maritime Museum said ... The museum said it would not ..."
_ORG_NOUNS = frozenset(
    """company firm maker carmaker manufacturer operator airline bank retailer insurer developer
    museum council union university hospital club agency""".split()
)
_BODIES = _ORG_NOUNS | ORG_WORDS | {w + "s" for w in ORG_WORDS}  # "... Association", "... Industries"
# Places news names once by the name before their noun and then calls "the gasworks": "the
# former Ashgrove gasworks ... The gasworks closed in 1978", "the Lindell Road treatment plant"
_SITE_NOUNS = frozenset(
    """gasworks plant factory mine mill refinery stadium dam bridge station airport port harbour
    estate prison reactor tunnel canal reservoir lighthouse castle pier""".split()
)
_NAMED_SITE = re.compile(
    r"(?<![\w-])((?:(?!(?:The|A|An|This|That|Its|Their|His|Her)\b)[A-Z][a-z][\w'’&-]* ){1,3})(?:[a-z]+ )?("
    + "|".join(sorted(_SITE_NOUNS))
    + r")\b"
)
# A business news introduces by its kind: "the family-owned bakery *chain Crumb & Co*", "accountancy
# *firm Harwood Price*"; a later "the company" may stand for any of these kinds
_BUSINESS = frozenset("company firm chain maker carmaker manufacturer retailer start-up".split())
_KIND_NAME = re.compile(
    r"\b(" + "|".join(sorted(_BUSINESS)) + r") ((?:[A-Z][\w'’-]*)(?: (?:&|and|[A-Z][\w'’-]*))*(?<!and))"
)
# Places news names once as "the village of Saint-Aulas" and then calls "the village"
_PLACE_NOUNS = frozenset("village town city island".split())
_PLACE_OF = re.compile(r"\b[Tt]he (village|town|city|island) of ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")
_THE_ORG = re.compile(r"\b[Tt]he (" + "|".join(sorted(_ORG_NOUNS | _SITE_NOUNS | _PLACE_NOUNS)) + r")\b(?![ -]?[A-Z])")
# "from the operator, Solvang Marine": the noun first, the name in apposition
_ORG_APPOSITION = re.compile(r"\b[Tt]he (" + "|".join(sorted(_ORG_NOUNS)) + r"), ([A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)*)")
_NAME_RUN = re.compile(r"(?<![\w-])(?:[A-Z][a-z][\w'’&-]*|of|the)(?: (?:[A-Z][a-z][\w'’&-]*|of|the))+")
# A lead that holds a person's name back ("A former finance director at Eastmoor District Council
# has been jailed ...") and the sentence after it that gives it the news way: name, age, ("Graham
# Pickering, 61, of Linton Road, admitted ..."): the lead was about that person ("A number of"
# is no one)
_PERSONS = set(
    """man woman boy girl schoolboy schoolgirl teenager nurse student pupil patient resident mother
    father pensioner bride groom""".split()
)
_SOMEONE = re.compile(
    r"An? (?:[\w-]+ ){0,4}?(?:"
    + "|".join(sorted(_ROLES | _PERSONS))
    + r"|[a-z]{3,}(?:er|or|ist|man))\b(?! of\b)"  # "A retired *postman*", "a policewoman"
)
# ... and a business's the same way: "A water company has been fined ..." before "Northvale Water pleaded ..."
_SOME_BODY = re.compile(r"An? (?:[\w-]+ ){0,3}?(?:" + "|".join(sorted(_ORG_NOUNS | _BUSINESS)) + r")\b")
_NAME_OPENS = re.compile(r"((?:[A-Z][\w'’&-]+ )+[A-Z][\w'’&-]+) (?=[a-z])")
# ... or a full name, first and last, opening the next sentence with its verb
_PERSON_OPENS = re.compile(
    rf"([A-Z][a-z][\w'’-]+ [A-Z][a-z][\w'’-]+) (?=[a-z]+ed\b|was\b|had\b|(?:{'|'.join(sorted(IRREGULAR_PAST))})\b)"
)
# ... where the lead told of someone only by kind, as its subject or its act's doer ("A message in
# a bottle thrown into the sea *by a schoolboy* ...")
_BY_SOMEONE = re.compile(
    r"\b(?:by|from) an? (?:[\w-]+ ){0,2}?(?:" + "|".join(sorted(_ROLES | _PERSONS)) + r"|[a-z]{3,}(?:er|ist))\b"
    r"|\bthe (?:man|woman|boy|girl) who\b"  # "... to celebrate the 100th birthday of *the woman who* taught ..."
)
# ... or a full name owning what that lead told of: "*Arthur Pellow's pumpkin* weighed 612kg"
_OWNER_OPENS = re.compile(r"((?:[A-Z][\w'’-]+ )+[A-Z][\w-]+)['’]s ([a-z]{3,})\b")
_PRONOUN = re.compile(r"(?:He|She)\b|.*, and (?:he|she)\b")  # "She said ...", "..., and she has fitted"
# ... "Staff there scanned *him*", "*His* daughter, Ife, ..." (not "a neighbour who said it overlooked
# *his* greenhouse")
_OBJECT_PRONOUN = re.compile(r"\bhim\b|^His\b")
# a full name, whose owner a pronoun in the next sentence stands for ("..., the finds officer, Dr Owain
# Tallis." "He said")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")
# ... or the quote's speaker after it: "“I've been growing them for 20 years,” *he said*."
_QUOTE_SAID = re.compile(r"^[\"“‘'][^\"“”]+[,?!][\"”’'] (?:he|she) (?:said|says|added|adds)\b")
# or "Nika Kovač, who", "Priya Raman, a pupil at ..."
_NAME_AGE = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}), (?:\d{1,3}, |who |an? [a-z])")
# A name news introduces by its kind ("*Gustav, a* Galápagos giant *tortoise* at Leipzig Zoo") and
# then calls "The tortoise"
_INTRODUCED = re.compile(
    r"^([A-Z][\w'’-]+), an? (?:[\w'’-]+ ){0,3}?([a-z]{3,})(?=,| (?:at|in|from|of|who|that|which)\b)"
)
_PERSONAL_TITLE = re.compile(rf"{HONORIFICS}\.? ")
_PLACED = re.compile(r"\b(?:in|at|from|to|near|into|across|off|of)\s*$", re.I)


def org_names(sentence: str) -> list[tuple[str, str]]:
    """(noun, name) for each organisation `sentence` names: a name that ends in the noun
    ("Wellington City Council"), or one the sentence goes on to call "the company"."""
    out = []
    named = [m for m in _NAME_RUN.finditer(sentence) if len(m.group().split()) >= 2]
    named = [m for m in named if m.group().split()[-1] not in ("of", "the")]
    runs = [m for m in named if not _PLACED.search(sentence[: m.start()])]  # "in Oslo" is no body
    runs = [m for m in runs if not _PERSONAL_TITLE.match(m.group())]  # nor "Dr Haverigg said ... the hospital"
    for m in named:  # "taken *from the Dordrechts Museum*": a body, wherever it stands
        last = m.group().split()[-1].lower()
        if last in _ORG_NOUNS:
            out.append((last, re.sub(r"^(?:The|the) ", "", m.group())))
    out += [(m.group(2), m.group()) for m in _NAMED_SITE.finditer(sentence)]
    out += [(m.group(1), m.group(2)) for m in _PLACE_OF.finditer(sentence)]
    out += [(m.group(1), m.group(2)) for m in _KIND_NAME.finditer(sentence)]
    out += [(m.group(1).lower(), m.group(2)) for m in _ORG_APPOSITION.finditer(sentence)]
    called: set[str] = set()
    for t in _THE_ORG.finditer(sentence):
        if t.group(1) in _SITE_NOUNS | _PLACE_NOUNS:
            continue  # a site is called by the name before its noun, never "X ..., the gasworks"; a place by "of X"
        if t.group(1).lower() in called:
            continue  # "*The club's* chairman, Tom Yelland, said *the club* ...": the club of the sentence before
        called.add(t.group(1).lower())
        # not "the Swedish Airline Pilots Association ..., the airline said": a body of another kind
        before = [m for m in runs if m.end() <= t.start() and m.group().split()[-1].lower() not in _BODIES]
        if before:
            out.append((t.group(1).lower(), before[0].group()))
    return out


class RoleAliases:
    """Role descriptions seen so far in one article, each with the name it introduced."""

    def __init__(self) -> None:
        self._seen: list[tuple[str, str | None, str]] = []  # (role, country or None, name)
        self._orgs: list[tuple[str, str]] = []  # (noun, name)
        self._portfolios: dict[str, frozenset[str]] = {}  # name -> its title's words: "Defense" Minister

    def read(self, sentence: str) -> None:
        """Remember every "<country>? <role> <titles>* <Name>" in `sentence`, and every
        organisation it names with the noun that may stand for it later."""
        self._orgs += org_names(sentence)
        self._orgs += [(m.group(2), m.group(1)) for m in _INTRODUCED.finditer(sentence)]
        toks = [m.group() for m in _TOKEN.finditer(sentence)]
        low = [t.lower() for t in toks]
        for i, t in enumerate(low):
            if t not in _ROLES:
                continue
            j = i + 1
            after = low[j + 1] if j + 1 < len(low) else ""
            if low[j : j + 1] == ["of"] and set(terms(after)) & COUNTRIES and not after.endswith(("'s", "’s")):
                j += 2  # "Defense Minister of Iran Brigadier General Amir Hatami"
            while j < len(toks) and low[j] in _TITLES | _ROLES:
                j += 1
            name = []
            while j < len(toks) and _capitalised(toks[j]) and low[j] not in _ROLES:
                name.append(toks[j])
                j += 1
            if not name or all(w.lower() in ("of", "the") for w in name):
                continue
            title = _title_run(toks, i)
            self._seen.append((t, _country(title + _of_country(low, i)), " ".join(name)))
            self._portfolios[" ".join(name)] = frozenset(terms(" ".join(title))) - COUNTRIES

    def resolve(self, sentence: str) -> list[str]:
        """Names that the definite role descriptions in `sentence` stand for, and the
        organisations its "the company" stands for where it names none itself."""
        out = []
        introduced = {noun for noun, _ in self._orgs} - _ORG_NOUNS - _SITE_NOUNS - _PLACE_NOUNS
        mentions = list(_THE_ORG.finditer(sentence)) + [
            m for m in re.finditer(r"\b[Tt]he ([a-z]+)\b(?![ -]?[A-Z])", sentence) if m.group(1) in introduced
        ]
        own = {noun for noun, _ in org_names(sentence)} if mentions else set()  # read() finds these again
        for m in mentions:
            noun = m.group(1).lower()
            kinds = _BUSINESS if noun == "company" else {noun}  # "bakery chain X ... The company"
            name = next((n for seen, n in reversed(self._orgs) if seen in kinds), None)
            if name and noun not in own and name not in out:
                out.append(name)
        for role, country in descriptions(sentence):
            for seen_role, seen_country, name in reversed(self._seen):
                if seen_role == role and (country is None or country == seen_country):
                    out.append(name)
                    break
        for m in _DEFINITE.finditer(sentence):  # "the Iraqi *defense chief*": the Defense Minister named before
            portfolio = set(terms(m.group(2))) - COUNTRIES
            country = _country(words(f"{m.group(1) or ''} {m.group(2)}"))
            if m.group(3).lower() not in ("chief", "head") or not portfolio:
                continue
            for _, seen_country, name in reversed(self._seen):
                if country in (None, seen_country) and portfolio <= self._portfolios.get(name, frozenset()):
                    out += [name] if name not in out else []
                    break
        return out

    def organisations(self) -> list[tuple[str, str]]:
        """(noun, name) of every organisation named so far, in order."""
        return list(self._orgs)

    def people(self) -> list[tuple[str, str | None, str]]:
        """(role, country or None, name) of everyone named with a post so far, in order."""
        return list(self._seen)

    def first(self, country: str | None) -> str | None:
        """The first name met, if it may be of `country` (None: no country known)."""
        if not self._seen:
            return None
        _, seen_country, name = self._seen[0]
        return name if country is None or seen_country in (None, country) else None


def descriptions(sentence: str) -> list[tuple[str, str | None]]:
    """(role, country or None) of each role description: "the Iraqi president" -> (president, iraq)."""
    return [
        (m.group(3).lower(), _country(words(f"{m.group(1) or ''} {m.group(2)}"))) for m in _DEFINITE.finditer(sentence)
    ]


def role_aliases(sentences: Iterable[str]) -> list[list[str]]:
    """For each sentence of an article, the names its role descriptions refer to: back to the
    last match, or, before anyone is named, forward to the first person named."""
    return _read_roles(sentences)[0]


def _read_roles(sentences: Iterable[str]) -> tuple[list[list[str]], RoleAliases]:
    """`role_aliases`, and the RoleAliases that read the whole article on the way."""
    aliases = RoleAliases()
    out: list[list[str]] = []
    waiting: list[tuple[int, str]] = []  # descriptions with a country met before anyone was named
    previous = ""
    person, seen_at = "", -9  # the last person named the news way, and the last sentence naming them
    gender: str | None = None  # the pronoun that has stood for them
    for i, s in enumerate(sentences):
        out.append(aliases.resolve(s))
        aged = _NAME_AGE.match(s)
        if aged:
            person, seen_at, gender = aged.group(1), i, None
            if _held_back(previous, i - 1):  # "A former finance director ... jailed." "Graham Pickering, 61, ..."
                out[i - 1].append(person)
        elif (m := _OWNER_OPENS.match(s)) and _SOMEONE.match(previous) and set(terms(m[2])) <= set(terms(previous)):
            out[i - 1].append(m[1])  # "A retired postman has grown the heaviest pumpkin ..." "Arthur Pellow's pumpkin"
        elif (m := _NAME_OPENS.match(s)) and _SOME_BODY.match(previous):
            out[i - 1].append(m.group(1))  # "A water company has been fined ... Northvale Water pleaded guilty ..."
        elif (m := _PERSON_OPENS.match(s)) and _held_back(previous, i - 1) and not _titled(m[1]):
            out[i - 1].append(m[1])  # "A school crossing patrol officer ... has retired" "Clifford Lightfoot started"
        elif (m := _INTRODUCED.match(s)) and re.match(rf"An? (?:[\w-]+ ){{0,3}}?{m[2]}\b", previous):
            out[i - 1].append(m[1])  # "A terrier that went missing ..." "Juniper, a Border terrier, disappeared"
            person, seen_at, gender = m[1], i, None  # ... and "He was found last month ..."
        said = _PRONOUN.match(s) or _QUOTE_SAID.match(s)
        other = any(person.split()[-1] not in m[0] for m in _FULL_NAME.finditer(previous)) if person else False
        pronoun = "he" if said and re.search(r"(?i)\bhe\b", said[0]) else "she" if said else None
        if not aged and person and person.split()[-1] in s:
            seen_at = i
        elif not aged and person and said and i - seen_at <= 3 and gender in (None, pronoun) and not other:
            # "Doherty, who still works ... 'I never expected ...,' she said. ... *She* said ...", and on while
            # the same pronoun goes on: "He has worked ..." "His daughter ..." "*He* has raised ..."
            out[i].append(person)
            gender, seen_at = pronoun, i
        elif (
            not aged
            and person
            and _OBJECT_PRONOUN.search(s)
            and i - seen_at <= 2
            and gender in (None, "he")
            and not other
        ):
            out[i].append(person)  # "Juniper, a Border terrier, ..." "He was found ..." "Staff there scanned *him*"
            gender, seen_at = "he", i
        previous = s
        named_before = aliases.first(None) is not None
        aliases.read(s)
        if named_before:
            continue
        if aliases.first(None) is None:
            waiting += [(i, country) for _, country in descriptions(s) if country]  # not "the head of a ..."
            continue
        for j, country in waiting:  # not this sentence's own: "Hatami met Iraq's interior minister"
            name = aliases.first(country)
            if name and name not in out[j]:
                out[j].append(name)
        waiting = []
    return out, aliases


def _title_run(toks: list[str], i: int) -> list[str]:
    """The words before the role at i that belong to its title: the last three, or the whole
    capitalised run ("Chief of Staff of the *Iranian* Armed Forces Major General")."""
    j = i
    while j > 0 and (_capitalised(toks[j - 1]) or toks[j - 1].lower() in ("of", "the")):
        j -= 1
    return [t.lower() for t in toks[min(j, max(0, i - 3)) : i]]


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper() or tok.startswith("al-")


def _of_country(low: list[str], i: int) -> list[str]:
    """ "Defense Minister *of Iran*": the country after the role."""
    j = i + 1
    while j < len(low) and low[j] in _ROLES | {"defense", "defence", "foreign", "interior"}:
        j += 1
    return low[j + 1 : j + 2] if j < len(low) and low[j] == "of" else []


def _country(ws: list[str]) -> str | None:
    found = [t for w in ws for t in terms(w) if t in COUNTRIES]
    return found[-1] if found else None


# "is currently *visiting Baghdad*", "Iran's defence minister *visits Baghdad*"
_SET_IN = re.compile(r"\bvisit(?:s|ed|ing)? ([A-Z][\w’'-]+)")


def setting(sentences: Iterable[str]) -> frozenset[str]:
    """Where an article's story happens, as its headline and first sentences say ("Ali Shamkhani
    is currently visiting Baghdad"): the stemmed places or countries a visit there is to. A later
    sentence about the visitor need not repeat it ("Shamkhani earlier met with Iraq's acting Prime
    Minister ..." in Baghdad). Only a visit sets the scene: "talks in Tehran on Sunday" places one
    meeting, not the rest of the story. Pass the headline and the first three sentences."""
    found = (m.group(1) for text in sentences for m in _SET_IN.finditer(text))
    return frozenset(t for name in found for t in terms(name) if t in PLACE_TERMS or t in COUNTRIES)


def held_roles(sentences: Sequence[str], aliases: RoleAliases | None = None) -> list[list[str]]:
    """For each sentence of an article, the posts of the people it names by name, as the
    article gives them anywhere ("Defense Minister of Iran ... Amir Hatami": a later "General
    Hatami noted" is the Iranian minister's word): "<country> <role>" strings; and the nouns
    the article calls the organisations it names ("the operator, Solvang Marine": a later
    "Solvang Marine said" is the operator's word). `aliases`: a RoleAliases that has already
    read every sentence."""
    if aliases is None:
        aliases = RoleAliases()
        for s in sentences:
            aliases.read(s)
    posts = [(name.split()[-1], f"{country or ''} {role}".strip()) for role, country, name in aliases.people()]
    posts += [(name, noun) for noun, name in aliases.organisations()]
    return [sorted({post for named, post in posts if re.search(rf"\b{re.escape(named)}\b", s)}) for s in sentences]


@dataclass(frozen=True)
class Coref:
    """What the whole article tells about one of its sentences."""

    names: tuple[str, ...] = ()  # whom its role descriptions stand for ("the Iraqi president": Barham Salih)
    posts: tuple[str, ...] = ()  # the posts of the people it names ("General Hatami": "iran minister")
    scene: frozenset[str] = frozenset()  # where the article's visit is to ("baghdad")
    before: tuple[str, ...] = ()  # `names` of the sentence before ("his meeting with the Iraqi defense minister")
    home: frozenset[str] = frozenset()  # the names the headline and lead give ("carrickstow", "fernleigh")


NO_COREF = Coref()


# a capitalised run inside a sentence, not its first word: "The pier at *Carrickstowe* reopened"
_INNER_NAME = re.compile(r"(?<=[a-z,] )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*")


def _held_back(lead: str, at: int) -> bool:
    """Does `lead` (sentence `at`) tell of someone by kind only: "A retired postman has ...", or
    the article's lead "... thrown into the sea by a schoolboy" (later, "by a grower from Marrick"
    is someone else)?"""
    return bool(_SOMEONE.match(lead) or (at <= 2 and _BY_SOMEONE.search(lead)))


def _titled(name: str) -> bool:
    """Is a two-word run a post, a body or a place ("Health Minister", "Parish Council") rather
    than a person's first and last name?"""
    ws = words(name)
    return any(w in _ROLES or w in ORG_WORDS or w in PLACE_TERMS or set(terms(w)) & COUNTRIES for w in ws)


def read_article(sentences: Sequence[str]) -> list[Coref]:
    """`role_aliases` (its own and the sentence before's), `held_roles`, the `setting` of
    the headline and lead and the names they give, per sentence (the article's role names read
    once for both)."""
    names, aliases = _read_roles(sentences)
    scene = setting(sentences[:4])
    home = frozenset(t for s in sentences[:5] for m in _INNER_NAME.finditer(s) for t in terms(m.group()))
    posts = held_roles(sentences, aliases)
    before = [[], *names][: len(names)]
    return [Coref(tuple(n), tuple(p), scene, tuple(b), home) for n, p, b in zip(names, posts, before, strict=True)]
