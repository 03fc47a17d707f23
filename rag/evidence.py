"""Checks on a candidate sentence: does it hold the kind of answer asked for, beside the
right name, said by the right speaker?

Each function answers one yes/no question about a sentence and the question's words
(`qwords`); `extract.score_candidates` decides which apply. They read surface patterns
(capitalised runs, "X, head of", "Minister of Iran"), so they can be fooled by unusual
sentences; every one errs towards rejecting, since a rejected answer becomes an
abstention and a wrong one is the worst outcome.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Sequence

from rag.coref import org_names
from rag.lexicon import (
    CAPITAL_OF,
    COLOURS,
    CONNECTORS,
    DEMONYM_PEOPLE,
    HEADS,
    KIN,
    LOCATIVE,
    MONTHS,
    NAME_RUN,
    NUMBER_WORDS,
    OCCUPATIONS,
    ORDINALS,
    ORG_WORDS,
    PEOPLE,
    PLACE_TERMS,
    PLACES,
    RANKS,
    ROLE_WORDS,
    TITLES,
    TOKEN,
    YEAR,
    is_head,
    is_name,
    is_role,
)
from rag.text import (
    COUNTRIES,
    DEMONYMS,
    IRREGULAR_PAST,
    STOPWORDS,
    UPPER,
    match_synonym,
    match_term,
    synonyms,
    terms,
    words,
)

__all__ = [
    "DISTANCE",
    "REFERS_BACK",
    "RELATIVE_TIME",
    "SINCE_LAST",
    "adds_name_part",
    "attribute_of",
    "context_adds",
    "counts",
    "has_distance",
    "has_org_name",
    "has_type",
    "in_apposition",
    "leans_on_previous",
    "listed_names",
    "modified_head",
    "names_place",
    "names_someone",
    "names_us",
    "names_together",
    "only_as_object",
    "only_as_place",
    "other_kind",
    "owned_elsewhere",
    "possessor_near",
    "pronoun_does",
    "reports_speech",
    "specified",
    "starts_with_name",
]


def modified_head(text: str, heads: list[str], qwords: set[str]) -> bool:
    """ "Iran's *foreign* ministry": a head word with a modifier the question lacks."""
    toks = [m.group().lower() for m in TOKEN.finditer(text)]
    return any(
        t in heads and i > 0 and toks[i - 1].isalpha() and toks[i - 1] not in qwords and toks[i - 1] not in STOPWORDS
        for i, t in enumerate(toks)
    )


_NUMBERS = frozenset(NUMBER_WORDS)  # "two English clubs" says how many, not which


def other_kind(text: str, kind: tuple[str, str], qwords: set[str]) -> bool:
    """Does `text` speak of another kind of the question's thing? `kind` is a (modifier, noun)
    pair of stems the question and the articles both write ("hydrogen bus"); "a *battery* bus
    costs about €450,000" is of another kind, where the sentence never says "hydrogen" and
    every bus it names has another word before it. The modifier counts as written in lower
    case: "a *New* Zealander" says nothing "new"."""
    modifier, noun = kind
    toks = TOKEN.findall(text)
    if match_synonym(modifier, set(terms(" ".join(t for i, t in enumerate(toks) if i == 0 or not t[:1].isupper())))):
        return False
    spots = [i for i, t in enumerate(toks) if terms(t) == [noun]]
    return bool(spots) and all(  # every mention: "The buses ... cost €650,000 each, twice a diesel bus" is one
        i > 0
        and (b := toks[i - 1]).isalpha()
        and b.islower()
        and b not in qwords | STOPWORDS
        and bool(terms(b))  # "a *battery* bus", not "the bus" nor "each bus"
        and not b.startswith(modifier)  # "the *railway* tunnel" is the "rail tunnel"
        for i in spots
    )


def specified(text: str, noun: str, qwords: set[str], by_name: set[str] | None = None) -> bool:
    """Where `text` uses the question's noun, does it say which one ("the *Takfiri* terrorist
    group", "Quds Force", "group *of Daesh*"), not just repeat the question ("members of an
    Iraqi militia,")? True when the noun is not there. With `by_name` (the words the corpus
    writes in lower case), only a name says which ("the *Rhône* glacier", not "a container
    ship" nor the headline's "Container ship")."""
    toks = [m.group() for m in TOKEN.finditer(text)]
    low = [t.lower() for t in toks]
    spots = [i for i, t in enumerate(low) if terms(t) == [noun] and not _inside_other_name(toks, i, noun)]

    def name_at(j: int) -> bool:  # a sentence's capitalised first word may be an ordinary one
        ordinary = j == 0 and by_name and low[0] in by_name
        demonym = by_name is not None and low[j : j + 1] and low[j] in DEMONYMS  # "Welsh cathedral": whose, not which
        counted = j < len(toks) and low[j] in _NUMBERS  # "*Two* sailing clubs": how many, not which
        return j < len(toks) and is_name(toks[j], qwords) and not ordinary and not demonym and not counted

    def named_after(i: int) -> bool:  # "Their trade association, *Pyrotechniek Nederland*, said"
        j = i + 2
        while name_at(j):
            j += 1
        return low[i + 1 : i + 2] == [","] and j > i + 2 and low[j : j + 1] == [","]

    def says_which(i: int) -> bool:
        before, after = low[max(0, i - 2) : i], low[i + 1 : i + 3]
        k = i + 2 if after[:1] == [","] else i + 1  # "other airports, *including Columbus* and Pittsburgh"
        named = (
            (low[k : k + 1] == ["including"] and name_at(k + 1))
            or (low[k : k + 2] == ["such", "as"] and name_at(k + 2))
            or any(name_at(j) for j in range(max(0, i - 2), i))
            or (len(after) == 2 and after[0] in ("called", "named") and after[1] not in qwords)
            or (after == ["calling", "itself"] and name_at(i + 3))  # "A group calling itself NightOwl"
            or name_at(i + 1)
            or named_after(i)
        )
        if by_name is not None:
            return named
        return (
            named
            # "the *Takfiri* terrorist group"; not "*Two sailing* clubs", a kind of the ones counted
            or (
                any(b.replace("-", "").isalpha() and b not in qwords | STOPWORDS | _NUMBERS for b in before[-1:])
                and not set(before) & _NUMBERS
            )
            or (len(after) == 2 and after[0] == "of" and after[1] not in qwords)
            or after[:1] in (["in"], ["at"], ["operated"], ["run"], ["owned"], ["based"])  # "a centre *in* Baghdad"
            # "Halvorsen Tire will close ..., *the company* said": the one the sentence named
            or (before[-1:] == ["the"] and low[i] in qwords and any(n == low[i] for n, _ in org_names(text)))
        )

    return not spots or any(says_which(i) for i in spots)


def _inside_other_name(toks: list[str], i: int, noun: str) -> bool:
    """Is toks[i] a word inside a name that ends in another organisation's noun ("the Swedish
    *Airline* Pilots Association" is no airline; "Bank Melli" and "Quds Force" are theirs)?"""
    j = i + 1
    while j < len(toks) and toks[j][:1].isupper():
        j += 1
    last = toks[j - 1].lower()
    return toks[i][:1].isupper() and j > i + 1 and last.rstrip("s") in ORG_WORDS and terms(last) != [noun]


_ARTICLES = ("the", "a", "an", "its")


_AGED = re.compile(r"[\w-]+-year-old$")  # "Its top board, *ten-year-old* Caspian Vell"


def in_apposition(text: str, focus: list[str], qwords: set[str]) -> bool:
    """Is a name right after the focus phrase ("adviser Falih Fayyad", "Base of the Army,
    Brigadier General X") or right before it with a comma ("Saad al-Alak, head of")?"""
    toks = [m.group() for m in TOKEN.finditer(text)]
    low = [t.lower().replace("’", "'") for t in toks]
    low = [t[:-2] if t.endswith("'s") else t for t in low]
    fset = set(focus) | {f + "s" for f in focus}
    kin = {s for f in focus for t in terms(f) for s in synonyms(t)}  # "the judge": "Justice Peter Mwangi"
    hits = [i for i, t in enumerate(low) if t in fset or bool(set(terms(t)) & kin)]
    if not hits:
        return False
    # "The overall champion, for the second year running, *was Isla Maitland*": named by the copula
    copula = re.search(
        rf"(?i)\b(?:{'|'.join(map(re.escape, fset))}),?(?: [^,.;]{{1,40}},)? (?:was|is) (?-i:([A-Z][\w'’-]+))", text
    )
    if copula and is_name(copula[1], qwords) and copula[1].lower() not in TITLES:
        return True
    commas = 0
    after = max(hits) + 1
    for n, (t, lt) in enumerate(zip(toks[after:], low[after:], strict=True)):  # forwards
        if is_name(t, qwords) and lt.rstrip(".") not in TITLES:  # "Brigadier General" names no one yet
            run = itertools.takewhile(lambda x: x[:1].isupper(), toks[after + n :])
            return not any(w in qwords for x in run for w in words(x))  # "Amir *Hatami*" is the asker's own
        if t == ",":
            commas += 1
            if commas > 1:
                break
        elif not (t in "()" or lt in CONNECTORS or t[:1].isupper() or lt in ("named", "called") or _AGED.match(lt)):
            if n <= 4 and not commas and lt in qwords:
                continue  # "Its head *baker*, Saoirse Mulligan", "head of *books*, Daniel Acheson",
                # "The association of *tourist flat owners*, Pisos Turístics BCN": the asked role goes on
            break  # "The satellite, *named* Kaja-2": a name is given
    j = min(hits) - 1
    # "The Nordhavn Star, a *180-metre* vessel": a measure between the article and the noun
    j = j - 1 if j >= 1 and re.fullmatch(r"\d[\w,.]*-[a-z-]+", toks[j]) and low[j - 1] in _ARTICLES else j
    while j >= 0 and low[j] in (*_ARTICLES, "news"):
        j -= 1
    k = j
    people = any(f in ROLE_WORDS for f in focus)  # "Navy, Air Force, Air Defense commanders" name no one
    while not people and k >= 0 and (toks[k][:1].isupper() or toks[k] == ","):  # "Quds Force"
        if is_name(toks[k], qwords) and (k, j) != (0, 0):  # not a sentence's first word: "*Cargo* ship loses"
            return True
        k -= 1
    while j >= 0 and (
        low[j] in _ARTICLES or (people and low[j] in qwords and (toks[j].islower() or toks[j].endswith(("'s", "’s"))))
    ):
        j -= 1  # "Annelies Bakker, the *provincial* official": the question's own modifier too, or its
        # owner: "Rachel Dunmore, *Korvan's* head of North American quality"
    if j >= 1 and toks[j] == "," and is_name(toks[j - 1], qwords):
        return True
    # "Jean-Marc Lafon, who has grown truffles ... and *is president of* the Federation"; "Silas
    # Pardew, was *the last principal keeper*", its modifiers the question's own
    who_is = re.search(
        rf"([{UPPER}][\w'’-]*),(?: who [^.;]{{0,100}}?\b)? (?:is|was)(?: also| now)? (?:the |a |an )?"
        rf"((?:[a-z-]+ ){{0,2}}){re.escape(focus[0])}\b",
        text,
    )
    return who_is is not None and is_name(who_is.group(1), qwords) and set(words(who_is.group(2))) <= qwords


_HEADLINE_SPEAKER = re.compile(rf"^([{UPPER}][\w’'-]*(?: [{UPPER}][\w’'-]*)*):")  # "Shamkhani: Countdown started"


_SPEECH_CUE = re.compile(
    r"\b(sa(id|y|ys|ying)|t(old|ell|ells)|not(ed|es|ing)|stress|add(ed|s|ing)|claim|stat(ed|es|ing)|according to|"
    r"underlin|urg(ed|es|ing)|call(ed|s|ing)|describ|warn|insist|argu|express|remark|announc|declar|assert|"
    r"emphasi[sz]|reiterat|accus|condemn|prais|hail|address|discuss|promis|pledg|vow)|[“”\"]",
    re.I,
)


def reports_speech(text: str, speaker: str) -> bool:
    """Does `text` report speech, and in a headline ("Shamkhani: ...") by the asked speaker?"""
    head = _HEADLINE_SPEAKER.match(text)
    if head:
        return bool(set(words(head.group(1))) & set(words(speaker)))
    return bool(_SPEECH_CUE.search(text))


def adds_name_part(text: str, qwords: set[str]) -> bool:
    """Does a run of capitalised words hold one of the question's names and one it lacks
    ("Major General Mohammad *Hossein* Baqeri")?"""
    for run in re.findall(rf"[{UPPER}][\w'’-]*(?: [{UPPER}][\w'’-]*)+", text):
        ws = [words(t)[0] for t in run.split() if words(t)]
        if any(w in qwords and w not in TITLES for w in ws) and any(w not in qwords | ROLE_WORDS | TITLES for w in ws):
            return True
    return False


def possessor_near(text: str, heads: list[str], owners: list[str]) -> bool:
    """Is the role not someone else's? "Iraq's defense minister" is not the "Defense Minister
    of Iran": a role word with another country and not the asked one beside it does not count."""
    if not owners:
        return True
    toks = [m.group() for m in TOKEN.finditer(text)]
    stems = [terms(t)[0] if terms(t) else "" for t in toks]
    wanted = set(heads) | {h + "s" for h in heads}
    for i, t in enumerate(toks):
        if not (words(t) and words(t)[0] in wanted):
            continue
        after: list[str] = []  # "Minister of Iran", "Commander of Khatam al-Anbia Base of the Iranian Army"
        if toks[i + 1 : i + 2] == ["of"]:
            end = next((k for k in range(i + 1, min(len(toks), i + 12)) if toks[k] == ","), min(len(toks), i + 12))
            after = stems[i + 1 : end]
        before = toks[max(0, i - 3) : i]
        cut = max((k + 1 for k, t in enumerate(before) if t == ","), default=0)  # "his Iraqi counterpart, General X"
        near = set(stems[max(0, i - 3) + cut : i]) | set(after)
        if set(owners) <= near or not (near & COUNTRIES):
            return True
    return False


def owned_elsewhere(text: str, role: Sequence[str], names: Collection[str]) -> bool:
    """Is every "<Name>'s <role>" in `text` another owner's ("*Baltavia's* chief executive" for
    "the chief executive of Nordic Air")? False where the role is not owned by a name at all."""
    toks = [m.group() for m in TOKEN.finditer(text)]
    spots = [i for i, t in enumerate(toks) if words(t)[:1] == [role[0]] and i > 0]
    owners = []
    for i in spots:
        j = i - 1  # the whole name: "*Saudi Arabia's* King Salman"
        while j > 0 and toks[j - 1][:1].isupper():
            j -= 1
        if toks[i - 1].endswith(("'s", "’s")) and toks[i - 1][:1].isupper():
            owners.append(" ".join(toks[j:i]))
    parts = [{p for t in terms(o) for p in (t, *t.split("-"))} for o in owners]  # "Saint-Aulas's": saint, aula
    return bool(spots) and len(owners) == len(spots) and not any(p & set(names) for p in parts)


def starts_with_name(text: str, qwords: set[str], focus: Sequence[str] = ()) -> bool:
    """ "Brigade General Amir Hatami met ...": a sentence whose subject is a named person, with
    no role of their own but the asked one ("Iraqi Defense *Minister* Saadoun" is no official)."""
    toks = [m.group() for m in TOKEN.finditer(text)][:5]
    if any(t.lower() in ROLE_WORDS - TITLES and t.lower() not in focus for t in toks[:4]):
        return False
    return sum(
        is_name(t, qwords) or t.lower() in ROLE_WORDS or t.lower() in ("brigade", "brigadier") for t in toks[:4]
    ) >= 3 and all(t[:1].isupper() or t.lower() in qwords for t in toks[:3])  # "Chief *conductor* Marta ..."


_SPEAKER = re.compile(
    r"^\W*(he|she|they|the (?:pair|couple|two)(?! \w+s\b))\b|\b(he|she|they) (said|added|noted|stressed|says|told)\b",
    re.I,
)  # "*The pair* are on loan from ...": the two just named


# Nouns for a party of people: "the Iraqi *delegation*" is who a later "They ..." stands for.
GROUP_NOUNS = frozenset(terms("delegation delegates visitors team entourage party"))
_GROUP_CUE = re.compile(r"\b(along with|accompanied by|together with|delegation|commanders|officials)\b", re.I)


def group_does(text: str, context: str, noun: str) -> bool:
    """Is the party `noun` names ("delegation", "visitors") the subject of `text`: named
    there or just before, or "They" after a sentence about several people ("The minister,
    along with commanders, ...")? The noun itself must be written: "visited" names no visitors."""
    if noun in set(terms(text)) | set(terms(context)):
        return True
    return bool(re.match(r"\W*they\b", text, re.I)) and bool(_GROUP_CUE.search(context))


_MEET = set(terms("meet"))


def reverses(text: str, verb: str, actors: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """Does `text` have the question's parties the other way round: "The United States has
    accused Iran" for "What did Iran accuse the United States of?"""
    if match_synonym(verb, _MEET):
        return False  # a meeting is both sides' act: "did the president receive Shamkhani?": "He met President Salih"
    toks = TOKEN.findall(text)
    at = next((i for i, t in enumerate(toks) if match_synonym(verb, set(terms(t)))), None)
    if not actors[0] or at is None:
        return False
    before = _parties(tok for tok in toks[max(0, at - 4) : at] if tok[:1].isupper())  # its subject
    after = _parties(tok for tok in toks[at + 1 : at + 4] if tok[:1].isupper())  # its object
    subject, obj = _parties(actors[0]), _parties(actors[1])
    named = _parties(tok for tok in toks if tok[:1].isupper())
    # "*Washington* accused Iran" read as "Iran accused Washington"; or the asked-about doer is
    # accused where the question's other party is nowhere ("accusations that *Washington* had ...")
    return bool(before & obj or not named & obj) and not before & subject and bool(after & subject)


def _parties(names: Iterable[str]) -> set[str]:
    """Stemmed names, with the country a capital stands for ("*Washington* accused": the US;
    "the United States", "America" and "US" are one)."""
    out = {t for n in names for t in terms(n)}
    out |= {CAPITAL_OF[n] for n in CAPITAL_OF if n.lower() in out}
    return out | ({"us"} if names_us(out) else set())


def names_us(bag: set[str]) -> bool:
    """Do these stemmed terms name the United States ("US efforts", "the United States", "America")?"""
    return bool(bag & {"america", "us"}) or {"unit", "stat"} <= bag


def _spots(text: str, phrase: str) -> tuple[list[str], list[int]]:
    """The words of `text`, and where the (lower-case) `phrase` or its plural starts in them."""
    low = words(text)
    n = len(phrase.split())  # "interior minister": the same post, not "Iran's defence minister"
    return low, [i for i in range(len(low)) if " ".join(low[i : i + n]) in (phrase, phrase + "s")]


def only_as_place(text: str, name: str) -> bool:
    """Is `name` in `text` only as a place, right after its preposition ("a story claiming he
    was killed *in Iran*")? Then it is not who speaks."""
    low, spots = _spots(text, name)
    return bool(spots) and all(i > 0 and low[i - 1] in ("in", "at", "from", "into") for i in spots)


def only_as_object(text: str, role: str) -> bool:
    """Is `role` in `text` only as someone met or spoken to ("Hatami met *with* Iraq's interior
    minister and praised ...")? Then what the sentence says was not said or done by that role."""
    low, spots = _spots(text, role)
    return bool(spots) and all(
        any(t in ("with", "met", "meet", "meets", "to") for t in low[max(0, i - 3) : i])
        and "along" not in low[max(0, i - 4) : i]
        for i in spots
    )


def pronoun_does(text: str, verb: str) -> bool:
    """ "He *met* Iraqi President Barham Salih": a pronoun subject doing the question's verb."""
    m = re.match(r"\W*(?:he|she|they)\s+(?:also\s+)?([\w’'-]+)", text, re.I)
    return m is not None and match_synonym(verb, set(terms(m.group(1))))


def leans_on_previous(text: str) -> bool:
    """Does the sentence's subject or speaker stand in the sentence before ("He met ...",
    "..., he said", "The pair are on loan ...")?"""
    return bool(_SPEAKER.search(text))


def _after_title(ws: list[str]) -> int:
    """Where the name starts in a run's lower-case words, past its last role or rank word or an
    opening trade: "Energy Minister *Dan Jørgensen*", "Beekeeper *Ambrose Wenlock*" (0 when there
    is none)."""
    trade = int(len(ws) > 2 and ws[0] in OCCUPATIONS)
    return max((k + 1 for k, w in enumerate(ws) if is_role(w) or w in TITLES), default=trade)


def _without_question_people(text: str, qwords: set[str]) -> str:
    """`text` less the titled names the question already holds ("Iraqi President Barham *Salih*"):
    their title is not a new answer."""
    for m in reversed(list(NAME_RUN.finditer(text))):
        toks = m.group().split()
        toks = toks[_after_title([(words(t) or [""])[0] for t in toks]) :]  # only the name after a title
        if len(m.group().split()) > 1 and any(
            is_name(t, set())
            and words(t)[0] in qwords
            and not is_head(words(t)[0])
            and words(t)[0] not in TITLES
            and not set(terms(t)) & COUNTRIES
            for t in toks
        ):
            role = re.search(r"\b([a-z]+) $", text[: m.start()])  # "Quds Force *commander* General ...": his
            start = role.start() if role and is_role(role.group(1)) else m.start()
            text = text[:start] + " " + text[m.end() :]
    return text


def _has_person_name(text: str, qwords: set[str]) -> bool:
    """A capitalised run the question lacks that is not an organisation or an acronym
    ("Barham Salih", not "Islamic State" or "ISIS")."""
    return bool(person_names(text, qwords))


# what the last word of a place's name says it is ("Fairholme *Park*", "Coldstream *Road*")
_SITE_WORDS = frozenset(
    "park road street lane avenue square close drive hill bridge station airport harbour beach river valley".split()
)
_FROM_TO = re.compile(rf"\bfrom [{UPPER}][^,.;]*? to [{UPPER}][\w'’-]*(?: (?:o['’] )?[{UPPER}][\w'’-]*)*")


def person_names(text: str, qwords: set[str]) -> list[re.Match[str]]:
    """The capitalised runs of `text` that may name a person the question lacks (see `_has_person_name`)."""
    found = []
    route = [m.span() for m in _FROM_TO.finditer(text)]
    for m in NAME_RUN.finditer(text):
        if any(a <= m.start() < b for a, b in route):
            continue  # "a walk from Land's End to John o' Groats": places, not people
        toks = m.group().split()
        first = not text[: m.start()].strip(" “\"‘'")
        if len(toks) == 1 and first and (toks[0].endswith(("ing", "ed", "ly")) or toks[0].lower() in PEOPLE):
            continue  # "Stressing the need ...", "Scientists do not know ...": a sentence's first word, not a name
        if len(toks) == 1 and re.search(r"\b(?:from|in|near) $", text[: m.start()]):
            continue  # "a retired dentist *from Birmingham*", "a bus driver *in Hastings*": a place
        ws = [words(t)[0] for t in toks if words(t)]
        own = ws[_after_title(ws) :]
        if any(w.rstrip("s") in ORG_WORDS for w in ws) or any(w in qwords and w not in HEADS | DEMONYMS for w in own):
            continue  # an organisation, or the question's own person ("General Qassem Soleimani")
        if ws[:1] == ["air"]:
            continue  # "Air Defense", "Air Canada": a service or an airline, no person
        if len(ws) > 1 and ws[-1] in _SITE_WORDS:
            continue  # "Fairholme Park", "Coldstream Road": a place, no person
        after = words(text[m.end() : m.end() + 20])
        if len(toks) == 1 and (after[:1] and after[0] in _SITE_WORDS or after[:2] == ["high", "street"]):
            continue  # "on *Scarbridge* high street", "*Kelby* station": a place's name before the kind of site
        if toks[-1].endswith(("'s", "’s")) and all(t in COUNTRIES for w in ws for t in terms(w)):
            continue  # "Iran's foreign ministry": a country as the owner, not the one who acted
        if any(is_name(t, qwords) and not t.isupper() for t in toks):
            found.append(m)
    return found


def names_together(text: str, qwords: set[str]) -> bool:
    """Two people named in one list: "Tomas Novak, 31, and Jiri Blaha", "Ana Ruiz and Luis Gil"."""
    found = person_names(text, qwords)
    return any(
        re.fullmatch(r",? (?:\d+, )?(?:and |& )?", text[a.end() : b.start()]) for a, b in itertools.pairwise(found)
    )


_STATE_ACRONYMS = COUNTRIES | {"us", "uk", "eu", "un"}  # "from the US": a state, no body that acts


def has_org_name(text: str, qwords: set[str]) -> bool:
    """A capitalised run of two words or more, new to the question, ending in an organisation
    word ("the European Space Agency", "the Civil Guard") or opening with one ("the University
    of Graz"), or an acronym doing the act ("owned by BHP")."""
    acronyms = re.findall(r"\b(?:by|from) (?:the )?([A-Z]{2,6})\b", text)  # "bought the box *from BT*"
    if any(a.lower() not in qwords and a.lower() not in _STATE_ACRONYMS for a in acronyms):
        return True
    of = re.finditer(rf"\b([{UPPER}][a-z]+) of (?:the )?([{UPPER}][\w'’-]*)", text)  # "the University of Graz"
    if any(m[1].lower() in ORG_WORDS and m[2].lower() not in qwords for m in of):
        return True
    for m in NAME_RUN.finditer(text):
        ws = [words(t)[0] for t in m.group().split() if words(t)]
        # ... also where a name runs on after it: "National Intelligence *Service* Mustafa Kadhimi"
        for i in range(1, len(ws)):
            org = ws[i].rstrip("s")  # "the United States" is a country
            if org in ORG_WORDS and org != "state" and not set(ws[: i + 1]) <= qwords:
                return True
    return False


def names_someone(text: str, qwords: set[str], common: set[str]) -> bool:
    """Does `text` name someone the question does not? Stricter than `_has_person_name`: a name
    is a capitalised word the corpus never writes in lower case (`common`: "Alireza", not the
    "Air" of "Air Defense"), and no rank, body, place or pronoun."""
    return any(
        is_name(t, qwords)
        and (w := words(t)[0]) not in common
        and w.rstrip("s") not in ORG_WORDS | ROLE_WORDS | TITLES | STOPWORDS  # not the "We" of a quote
        and not set(terms(w)) & (COUNTRIES | PLACE_TERMS)
        for m in NAME_RUN.finditer(text)
        for t in m.group().split()
        if words(t)
    )


# "dismissed *the story*": the sentence is about something the sentence before named.
REFERS_BACK = re.compile(
    r"\b(it|this|the (story|report|claim|article|statement|remarks|news|move|deal|agreement|plan|decision|"
    r"document|accusation|accusations))\b",
    re.I,
)


def attribute_of(text: str, attribute: str, qterms: list[str]) -> bool:
    """ "The purpose of *this meeting*" is not the purpose of the air defense cooperation: where the
    sentence says "<attribute> of X" or "X's <attribute>", X shares a word with the question
    ("*Nika's* rating" is not her coach's)."""
    for m in re.finditer(r"(?:\b([Tt]he|[Ii]ts|[Tt]heir) )?\b([\w-]+)['’]s (?:[\w-]+ ){0,2}?([\w-]+)", text):
        if terms(m.group(3)) == [attribute] and not m.group(1):  # "*the country's* goal" may be Denmark's
            if re.fullmatch(r"(?i)year|week|month|day|today|yesterday|season", m.group(2)):
                continue  # "*This year's* theme": when, not whose
            return any(t in qterms for t in terms(m.group(2)))
    for m in re.finditer(r"\b(\w+) of ((?:\S+\s+){1,4})", text):
        if re.match(r"(?:about |around |nearly |some |more than |over |up to |almost |at least )?[$€£]?\d", m.group(2)):
            continue  # "its population *of 1.6 million*": the value, not whose
        if terms(m.group(1)) == [attribute]:
            return any(t in qterms for t in terms(m.group(2)))
    return True


def listed_names(text: str, qwords: set[str], countries: bool) -> set[str]:
    """The distinct names in `text` (only countries, if `countries`)."""
    if countries:  # "Saudi" is no name to is_name, but it is a country
        return {t for tok in TOKEN.findall(text) if tok[:1].isupper() for t in terms(tok) if t in COUNTRIES}
    return {terms(t)[0] for t in TOKEN.findall(text) if is_name(t, qwords) and terms(t)}


_UNITS = r"(?:hour|day|week|month|year|decade|centur(?:y|ie)|generation)"  # "for four generations"


def counts(text: str, noun: str) -> bool:
    """Is a number right before `noun` ("four-nation", "three years", "20 soldiers")? For the
    noun "duration" (a "how long" question): a number of days to years, or "since" a year; for
    "span" ("how long *has* X been"): "since" or "for" a time, not a "two-day trip"; for "length"
    ("how long *is* X"): a duration or a distance."""
    if noun == "span":
        # ... or "the first elephant birth at the park *in 20 years*"
        first_in = rf"|\bfirst\b[^.;]{{0,60}}\bin (?:\d+|\w+) {_UNITS}s\b"
        return bool(re.search(rf"\bsince\b|\bfor (?:the (?:past|last) )?(?:\w+ )?{_UNITS}s?\b{first_in}", text))
    if noun == "length":  # "a 27-kilometre tunnel", a "two-day trip"; not "a 59-year-old man"
        return counts(re.sub(r"\b[\w-]+-(?:year|month|week)-old\b", " ", text), "duration") or has_distance(text)
    if noun == "duration":
        if re.search(rf"\bsince (the )?{YEAR}\b", text):
            return True
        if re.search(
            r"\b(?:up to|about|nearly|almost|more than|over|at least|under|less than|takes?|took|lasts?|lasted) "
            r"an? (?:minute|hour|day|week|month|year)\b",
            text,
        ):
            return True  # "expected to take *up to a year*", "The fix takes *about an hour*"
        if RELATIVE_TIME.search(text):
            return True  # "How long before the summit ...?": "launched ... *a day before*"
        # "7,500 vehicles a day" is a rate, no duration, and "about 500 years old" an age
        rates = re.sub(r"\b(?:a|an|per|each) (?:day|week|month|year|hour|minute)\b", " ", text)
        rates = re.sub(r"\b(?:year|month|week|day)s? old\b", " ", rates)
        # ... or generations: "have farmed the land for *four generations*"
        units = ("day", "week", "month", "year", "hour", "minut", "second", "generation")  # "12 seconds at a time"
        return any(counts(rates, unit) for unit in units)
    # "40 of *the orchard's* 85 hectares" counts hectares, not orchards
    text = re.sub(r"(\d of (?:the|its|their|his|her) )[\w-]+['’]s\b", r"\1", text)
    # ... but a rounded count may follow its noun: "will carry fewer books, *around 2,200*"
    if re.search(rf"\b{re.escape(noun)}\w*, (?:around|about|some|roughly|nearly|almost) \d", text):
        return True
    # a count and its noun share a clause: "a shortlist of twenty, and residents voted" counts no residents
    return any(_counts_in(words(clause), noun) for clause in re.split(r"[,;:]\s", text))


_PEOPLE_TERM = terms("people")[0]


def _counts_in(toks: list[str], noun: str) -> bool:
    """`counts` within one clause's words."""
    for i, w in enumerate(toks):
        parts = w.split("-")
        # "the first turbines" count none; "the fourth time" does, and "its third mass bleaching since 2016"
        ordinal = parts[0] in ORDINALS and noun != "tim" and "since" not in toks[i + 1 : i + 5]
        # ... but "for the *first time in* eleven years" counts no times
        ordinal = ordinal or (parts[0] == "first" and toks[i + 2 : i + 3] in (["in"], ["since"]))
        vague = parts[0] in ("dozens", "hundreds", "thousands", "millions")  # "*Hundreds of* volunteers": no count
        # "the *47th* pup the charity has taken in *since* October", "its *61st* call-out *this* year": so many so far
        so_far = bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", parts[0]) and {"since", "this"} & set(toks[i + 1 : i + 8]))
        if (parts[0] in NUMBER_WORDS and not ordinal and not vague) or parts[0].isdigit() or so_far:
            if toks[i + 1 : i + 2] in (["percent"], ["per"]) or re.fullmatch(YEAR, w):
                continue  # "60 percent of reefs" is a share of them, "in 1979, scientists" a year: no count
            if (
                len(parts) > 1
                and (_MEASURE_UNIT.fullmatch(parts[1]) or re.fullmatch(rf"{_UNITS}s?", parts[1]))
                and not match_synonym(noun, set(terms(parts[1])))
            ):
                continue  # "the 9-millimetre beetle" is one beetle's size, no count of beetles; "a
                # five-year restoration by volunteers" counts years, no volunteers
            # "140 *of the city's servers*"; "two shark-*monitoring* receivers" counts no sharks
            following = toks[i + 1 : i + (6 if toks[i + 1 : i + 2] == ["of"] else 4)]
            after = parts[1:] + [x.rsplit("-", 1)[-1] for x in following]
            after = [x for x in after if not x.endswith("ed")]  # "90,000 *farmed* salmon" counts no farms
            if any(terms(x) and match_synonym(noun, set(terms(x))) for x in after):
                return True
            if noun == _PEOPLE_TERM and any(x.endswith("men") or x in PEOPLE for x in after[:2]):
                return True  # "How many people took part?": "More than 70 *ploughmen and women*", "12 *nurses*"
    return False


_LENGTH_UNITS = r"(?:kilo|centi|milli)?met(?:re|er)s?|km|cm|mm|miles?|feet|foot"
# ... and the units a "9-millimetre" or "48-megawatt" compound measures in
_MEASURE_UNIT = re.compile(
    rf"{_LENGTH_UNITS}|inch(?:es)?|(?:kilo)?grams?|kg|tonnes?|tons?|lit(?:re|er)s?|megawatts?|hectares?|acres?"
)
# A time before or after an event: "launched ... *a day before*" (a duration only when asked "how long before")
RELATIVE_TIME = re.compile(r"\ban? (?:minute|hour|day|week|month|year|fortnight) (?:before|after|earlier|later)\b")
DISTANCE = re.compile(  # "27-kilometre", "about *four metres* long", "*20cm* under the soil"
    r"\b(?:\d[\d,.]*[ -]?|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)[ -])"
    rf"(?:{_LENGTH_UNITS})\b",
    re.I,
)
_MONTH_NAMES = "|".join(MONTHS[:12])
_CALENDAR = {
    "calendar-date": re.compile(
        rf"\b({_MONTH_NAMES}) \d{{1,2}}\b|\b\d{{1,2}} ({_MONTH_NAMES})\b|\b\d{{4}}-\d\d-\d\d\b"
    ),
    "weekday": re.compile(r"\b(" + "|".join(MONTHS[12:]) + r")\b"),
    "year": re.compile(rf"\b{YEAR}\b"),
    "month": re.compile(rf"\b({_MONTH_NAMES})\b"),
    "decade": re.compile(r"\b(?:1[0-9]|20)\d0s\b"),  # "Which decade ...?": "the *1950s*"
}


# "across the region", "in the Iraqi capital": a place named by a common noun
_PLACE_KINDS = frozenset("town city village port province region district island street".split())  # "the streets of X"
# A post one holder fills at a time: the portfolio says who, without a name
_OFFICE = re.compile(
    r"(?i)\b(interior|defen[cs]e|foreign|finance|health|justice|education|energy|transport|environment|"
    r"home|trade|culture|agriculture|oil|prime) (minister|secretary)\b"
)
_UNNAMED_PERSON = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) (?:man|woman|boy|girl|person) who (?:did not|didn't|does not|asked not to)\b"
)
# "the first hosepipe ban in the region for ten years": the time since the last one
SINCE_LAST = re.compile(r"(?i)\bthe first\b[^.;]*\b(?:for|in) (?:more than |over |nearly )?\w+ (?:years|decades)\b")
# prepositions only ever of place, whatever their noun ("under the plan" is none)
_INSIDE = re.compile(r"\b(?:inside|beneath|underneath) (?:the|an?|its|their|his|her) ([\w-]+)", re.I)
_PLACE_PHRASE = re.compile(
    r"\b(in|at|across|throughout|near|inside|outside|beside|behind|opposite|on|from|through|via|around|by|to|into) "
    rf"(the|an?|its|their|his|her|[{UPPER}][\w-]*['’]s) (\w+ ){{0,2}}"
    r"(region|capital|city|country|countries|border|borders|area|province|airport|headquarters|town|village|port|"
    r"district|island|coast|peninsula|slopes?|foot|outskirts|edge|shores?|banks?|"
    r"lobby|hall|room|house|home|garden|yard|park|square|station|quay|harbour|field|"  # "in the lobby"
    r"tower|wall|roof|cellar|basement|attic|shop|church|cathedral|farm|beach|river|lake|canal|"  # "on the tower of"
    r"memorial|monument|statue|pitch|"  # "*around the war memorial*", "from the cricket pitch"
    r"chest|trunk|drawer|cupboard|wardrobe|"  # "kept the dress ... *in a cedar chest*"
    r"green|course|fairway|bunker|bridge|loft|"  # "on the 14th green", "in a bunker", "from the old packhorse bridge"
    r"shelter|shed|barn|garage|cave|hut|cottage|tent|"  # "in a stone sheep shelter"
    r"library|school|museum|hospital|hotel|pub|supermarket|show|fair|market|"  # "outside the town library"
    r"bar|kitchen|office|workshop|classroom|ward|marquee|van|pavilion|storeroom|store|warehouse|depot|"
    r"pond|doorstep|porch|door|hook)\b",  # "*back by the pond*", "*on her doorstep*", "*on the hook by the door*"
    re.I,
)
_TOWNISH = frozenset("capital city town village port outskirts district".split())  # what a city's place is
_AGE_WORDS = "|".join(NUMBER_WORDS[:12])  # one to twelve: "a *two-year-old* female"
_YEARS_WORDS = "|".join(NUMBER_WORDS[:27])  # one to ninety: "*aged seven*", "more than *fifteen years old*"
_AT_AGE = re.compile(rf"\bat the age of (?:\d{{1,3}}|{_AGE_WORDS})\b")
_AGE = re.compile(
    rf"\b(?:\d{{1,3}}|{_AGE_WORDS})-(?:year|month|week)-old\b|\baged (?:\d{{1,3}}|{_YEARS_WORDS})\b"
    r"|\bturn(?:ed|s)? \d{1,3}\b(?! (?:percent|per cent|metres|kilometres|times)\b)"  # "*turned 100* on Monday"
    rf"|[{UPPER}][\w'’-]*, \d{{1,3}}(?:,|\.$)"
    rf"|^[{UPPER}][\w'’-]* [a-z]+, \d{{1,3}},(?!\d)"  # a headline's "*Crossword setter, 94,* publishes ..."
    rf"|[{UPPER}][\w'’-]*, is \d{{1,3}}(?:[.,;]| and\b)"  # "The youngest, Ruby Fenwright, *is 24 and* ..."
    rf"|\b(?:was|were|is) (?:only |just )?(?:\d{{1,2}}|{_AGE_WORDS}|{_YEARS_WORDS}) when\b"  # "*was nine when* he"
    # "disappeared in 2017 *when he was two*"
    rf"|\bwhen (?:he|she|it|they) (?:was|were) (?:only |just )?(?:\d{{1,2}}|{_AGE_WORDS}|{_YEARS_WORDS})\b(?! \w)"
    r"|\b\d{1,3}(?:st|nd|rd|th) birthday\b"  # "the *100th birthday* of the woman who ..."
    rf"|[{UPPER}][\w'’-]*, who (?:is|was) (?:\d{{1,3}}|{_AGE_WORDS}|{_YEARS_WORDS}),"  # "Sprocket, *who is six*, lost"
    rf"|\b(?:about |around |nearly )?(?:\d{{1,3}}|{_YEARS_WORDS}) (?:days?|weeks?|months?|years?) old\b"
    # a thing's age by when it was made: "is thought to *date from the late 3rd century AD*"
    r"|\bdat(?:e|es|ed|ing) (?:back )?(?:from|to) (?:the )?(?:early |mid-|late )?"
    r"(?:\d{1,2}(?:st|nd|rd|th) century|\d{3,4})"
)  # "Bekele, 24,", "said team captain Niamh Duffy, 16.", "when they are about two years old"
_ACTIVITY = re.compile(
    r"\b(?:on the sidelines of|upon (?:his|her|their) (?:arrival|return)|during (?:a|an|his|her|their)|while \w+ing"
    r"|on (?:a|an|his|her|their) (?:\w+ )?(?:visit|trip|tour)"
    r"|\bwho (?:was|were) (?!being\b|going\b)\w+ing"  # "... by Ifeanyi Okorafor, *who was weeding* his plot"
    r"|\bwhile (?:he|she|they|we) (?:was|were) \w+ing)\b",  # "*while they were collecting* driftwood"
    re.I,
)
_FREQUENCY = re.compile(
    r"\b(repeatedly|often|frequently|regularly|routinely|always|never|rarely|seldom|occasionally|again|once|twice"
    r"|(?:daily|weekly|monthly|yearly|annual(?:ly)?)|every \w+|(?:\w+|\d+) times)\b",
    re.I,
)
_REASON = re.compile(
    r"\b(because|since|so that|so as to|in order to|purpose|aims?|aimed|goal|reason|due to(?! be\b)|in a bid to|"
    r"meant to|needed to)\b"
    r"|, as (?:the|it|he|she|they|there|its|his|her|their)\b"  # "no one would be charged, *as the man* ... is dead"
    r"|\bto (avoid|ensure|increase|promote|boost|protect|combat|counter|support|help|develop|deepen|strengthen|"
    r"improve|guard|expand|enhance|reinforce|prevent|create|provide|iron|finalize|discuss|fight)\b"
    # "congratulated Al-Shammari on taking the post": praise, thanks or blame for doing something
    # ... and a fine or a sentence for doing it ("a fine against X ... for abusing its position")
    r"|\b(congratulat|thank|prais|hail|criticis|condemn|blam|accus|fine|fining|punish|sentenc|convict|jail)\w*"
    r" [^.]{0,80}?\b(on|for) \w+ing\b"
    # "have criticised the plan, saying the turbines will close ...": the objection is why
    r"|\b(criticis|criticiz|protest|oppos|object|complain|condemn|reject)\w*\b[^.]*?, saying\b"
    # "who had *waded in to remove* a shopping trolley": a movement and what it was for
    r"|\b[a-z]+ed (?:in|out|up|down|over|back|off|across) to (?!(?:the|an?|his|her|their|its|be)\b)[a-z]+\b"
    # "was flown to hospital ... *after a fall* from a hay trailer": a mishap and what followed it
    r"|\bafter (?:a|an|the|his|her) (?:[a-z]+ )?(?:fall|crash|accident|collision|injury|fire|flood|storm|stroke)\b"
    # "*became suspicious when* she saw an appeal": what brought the state about
    r"|\b(?:became|becomes|become|grew|got) [a-z]+ when\b"
    # "protested against plans to dredge": what a protest is against is why
    r"|\b(protest|demonstrat|rallie|rally|campaign|strike|struck)\w* (against|over)\b"
    # "..., blaming cheaper imports", "citing rising costs"; "which is why wood survives": the cause
    r"|, (blaming|citing)\b|\b(which|that|this) is why\b"
    # "switched the light off ..., saying satellite navigation had made it *unnecessary*": the ground given
    r"|, saying\b[^.]{0,100}\b(unnecessary|obsolete|redundant|unsafe|no longer|too (costly|expensive|dangerous))\b"
    # "a harvest less than half the usual *after the hottest and driest summer* on record": an extreme cause
    r"|\bafter (the |a |an )?(?!latest|earliest|nearest|closest)([a-z]+est|worst|record)\b"
    # "after a dry June, *which made* the race slower": a cause and its effect
    r"|, which (?:made|makes|caused|causes|meant|means)\b"
    # "The race, which *had stopped when* the last of its organisers moved away": what ended a state
    r"|\bhad (?:been )?[a-z]+(?:ed|en|t)(?: off| down| up)?\b[^.;]{0,30}?\bwhen\b"
    # "who *called the police when* the ducks tried to step into the road": what brought the call
    r"|\b(?:called|rang|phoned|alerted|contacted) (?:the )?[a-z]+ when\b"
    # "drivers *got out of their cars to take* photographs": a movement and what it was for
    r"|\b(?:got|gets|climbed|stepped|came|jumped) (?:out|off|down) of (?:the|their|his|her|its|a) [a-z]+"
    r" to (?!be\b)[a-z]+\b"
    # "while she *stopped to buy* petrol": what a stop is for
    r"|\b(?:stopped|stopping|paused|pulled over) to [a-z]+\b"
    # "slipped the ring *off to wash her* hands": a verb with its object after a particle is what it was for
    r"|\b(?:off|out|away|aside|up|down) to (?-i:[a-z]+) (?:the|a|an|her|his|their|its|our|my|your|them|it)\b"
    # "closed for the day *rather than cook* with boiled water": what a choice avoids
    r"|\brather than (?-i:[a-z]+)\b"
    # "took two rest days *after straining a knee*": a mishap is why, not the time of it
    r"|\bafter (?:straining|spraining|injuring|hurting|breaking|twisting|tearing|falling|failing|suffering)\b"
    # "got stuck after strong winds *pushed* it": "after" a clause, not "after 14 hours"
    rf"|\bafter (?:the |a |an )?(?:[a-z-]+ ){{1,2}}(?:[a-z]+ed|{'|'.join(IRREGULAR_PAST)})\b",
    re.I,
)


_STRETCHES = re.compile(r"\b(?:stretch|extend|run|span)\w* (?:for )?(?:about |some |nearly |almost |more than )?$")


def has_distance(text: str) -> bool:
    """Does `text` give a length ("a 27-kilometre tunnel", "60 metres"), not a depth or height
    ("a depth of 390 metres", "390 metres below sea level"), where something lies ("8
    kilometres off the island", "20 km from the coast") nor a part of it ("60 metres of the pier")?"""
    return any(
        _STRETCHES.search(text[: m.start()])  # "the reef, which *stretches for* 340 kilometres off the coast"
        or (
            not re.search(r"\b(depth|height|altitude) of (about |some )?$", text[: m.start()])
            and not re.search(r"\bscale of $", text[: m.start()])  # "to a *scale of 4mm* to the foot": a ratio
            and not re.match(
                r" (deep|high|tall|below|above|up|down|off|from|away|offshore|inland|outside|beyond|"
                r"(north|south|east|west)(east|west)?(ward)?|of (the|its|their))\b",  # "60 metres of the pier": a part
                text[m.end() :],
            )
        )
        for m in DISTANCE.finditer(text)
    )


_LINKED = LOCATIVE | {"between"}  # "in Graz"; "a ferry between *Jondal* and Tørvikbygd"
_TIME_WORDS = frozenset(MONTHS)  # months and weekdays: "from Monday" is no source


def _says_which_one(modifiers: str | None, qwords: set[str]) -> bool:
    """Do the words before a place noun name which one ("the *Arab* region"), new to the question?"""
    return any(w[:1].isupper() and w.lower() not in qwords for w in (modifiers or "").split())


def names_place(text: str, qwords: set[str]) -> bool:
    """Does `text` give a place by its name ("the *Baghdad*-based centre", "the village of
    *Carcaixent*", "in Tehran"), not only as a description ("in the Iraqi capital")?"""
    toks = [m.group() for m in TOKEN.finditer(text)]
    named = re.finditer(rf"\b(?:{'|'.join(sorted(_PLACE_KINDS))})s? of ([{UPPER}][\w'’-]*)", text)
    if any(words(m.group(1))[0] not in qwords for m in named if words(m.group(1))):
        return True  # "through the town of *Nowy Targ*"
    if any(m.group(1).lower() not in qwords for m in re.finditer(rf"\b([{UPPER}][\w'’]*)-based\b", text)):
        return True  # "the *Baghdad-based* Iraqi intelligence centre"
    # "struck *southern Albania*", "vineyards *south of Beaune*"
    compass = re.finditer(
        rf"\b(?:north|south|east|west|central)(?:ern)?(?:-\w+)?(?: of)? ([{UPPER}][\w'’-]*)", text, re.I
    )
    if any(words(m.group(1))[0] not in qwords for m in compass if m.group(1)[0].isupper()):
        return True  # "struck *southern Albania*"
    return any(
        is_name(t, qwords)
        # "in Tehran", "to the Iraqi capital", "*visiting* Baghdad"
        and (
            any(p in LOCATIVE or p.startswith("visit") for p in (toks[k - 1 : k] + toks[k - 2 : k - 1]))
            and not (  # "*to boost* Iraq's security": an infinitive, not a way there
                toks[k - 2 : k - 1] == ["to"] and toks[k - 1].islower() and toks[k - 1] not in ("the", "a", "an")
            )
            # "stranded *on Farewell Spit*", "released *on the Isle* of Wight", not "on Sunday"
            or ((toks[k - 1] == "on" or toks[k - 2 : k] == ["on", "the"]) and t.lower() not in MONTHS)
            # "in the *French* Alps", "across the Scottish Highlands"
            or (k > 2 and toks[k - 3].lower() in LOCATIVE and toks[k - 2] == "the" and toks[k - 1][:1].isupper())
        )
        for k, t in enumerate(toks)
        if k > 0
        # "security in both Iran and Iraq", "in every Christmas pantomime"
        and toks[k - 1].lower() not in ("both", "all", "each", "every")
        # "at the *Ivybridge Theatre*" names the theatre asked about, not where it is
        and not (toks[k + 1 : k + 2] and toks[k + 1][:1].isupper() and toks[k + 1].lower() in qwords)
    )


def _source_of_another(before: str, qwords: set[str]) -> bool:
    """Does a "from" after `before` tell where another thing than the asked one came from ("paid
    for with *a £3,500 grant* from the town council"), a noun just named that the question lacks?"""
    m = re.search(r"\b(?:an?|the|its|their|his|her|[£$€]?\d[\d,.]*) (?:[\w-]+ )?([a-z]+) $", before)
    return m is not None and m[1] not in qwords and not m[1].endswith("ed")  # not "the water *imported* from"


def has_type(kind: str, text: str, qwords: set[str]) -> bool:
    """Does `text` supply a `kind` that the question does not already contain?"""
    new = [w for w in words(text) if w not in qwords]
    if kind == "age":
        at = _AT_AGE.search(text)  # "Nika Kovač, who learned the game ... *at the age of five*": hers, not Zupan's
        named_before = at and any(w.lower() in qwords for w in re.findall(rf"[{UPPER}][\w'’-]*", text[: at.start()]))
        return bool(_AGE.search(text) or named_before)
    if kind == "colour":  # "this huge *red and yellow* thing", not "bright colours"
        written = re.findall(r"\b[a-z]+\b", text)  # as written: "Norbury *Green*" is a name, no colour
        return any(w in COLOURS and w not in qwords for w in written)
    if kind == "nationality":  # "Two *Czech* climbers", not "the Italian air force" the question names
        return any(w in DEMONYMS for w in new)
    if kind == "number":  # a count, not a day of the month or a year
        text = re.sub(
            rf"\b({'|'.join(MONTHS)}) \d{{1,2}}\b|\b\d{{1,2}} ({'|'.join(MONTHS)})\b",
            " ",
            text,
            flags=re.IGNORECASE,
        )
        # "the two sides" refers back; "the three most damaged sites" picks out and counts
        text = re.sub(
            r"\b(the|both|these|those) (two|three|four) (?!most\b|least\b|\w+est\b)\w+", " ", text, flags=re.I
        )
        ws = words(text)
        # "the reef's *third* mass bleaching" is a place in a row; "*a third* of the coral" a share,
        # "the *fourth* time" and "its *third* mass bleaching since 2016" counts
        places = {
            w
            for i, w in enumerate(ws)
            if w in ORDINALS
            and ws[i - 1 : i] not in (["a"], ["one"], ["two"])
            and ws[i + 1 : i + 2] != ["time"]
            and not ("since" in ws[i + 1 : i + 5] and "many" in qwords)
        }
        new = [w for w in ws if w not in qwords and not re.fullmatch(YEAR, w) and w not in places]
        ranks = [w for w in new if re.fullmatch(r"(?:second|third|fourth|fifth)-\w+est", w)]  # "second-lowest"
        return any(re.search(r"\d", w) or w.split("-")[0] in NUMBER_WORDS for w in new if w not in ranks)
    if kind in _CALENDAR:  # "On what *date*": the day itself, not "in August" or "earlier this week"
        return bool(_CALENDAR[kind].search(" ".join(new))) or (
            kind == "weekday" and bool(_CALENDAR["calendar-date"].search(" ".join(new)))
        )  # "On what day ...?": "on January 3" names the day too
    if kind in ("date", "exact-date"):
        if any(re.fullmatch(YEAR, w) or re.fullmatch(rf"{YEAR}s", w) or w in MONTHS for w in new):
            return True  # "in 2015", "in January", "in the 1930s"
        if "last" in qwords and SINCE_LAST.search(text):
            return True  # "When was the last contest?": "the first competition held ... *for 15 years*" ago
        relative = (
            r"\b\d{1,2}([:.]\d\d)? ?[ap]\.?m\b|\b(at|by|before|after) (noon|midnight|dawn|dusk|night)\b|"  # "9.40pm"
            r"\b(late|early|earlier|last|this|next) (week|month|year)|\bnear future\b|\bsoon\b|\byesterday\b"
            r"|\b(end|start|beginning) of (the|this|next) \w+\b"
            r"|\b(?:in|by|this|next|last|until) (?:the )?(?:spring|summer|autumn|fall|winter)\b"  # "in the autumn"
            r"|\b(a|the|one|two|three|some \w+) (day|week|month|year)s? (before|after|earlier|later|ago)\b"
            r"|\bwithin (\d+|a|one|two|three|four|five|six|ten) (hour|day|week|month|year)s?\b"  # "within 30 days"
            # "The first fruit is expected *in about three years*" (not "the first tram line in 70 years")
            r"|\bin (?:about|around|roughly) (\d+|a|one|two|three|four|five|six|ten|a few) (day|week|month|year)s?\b"
            r"|\bwhen (?:they|it|he|she) (?:are|is|turns?|reach(?:es)?) (?:about )?\w+ (?:day|week|month|year)s? old\b"
            r"|\b(?:over|during|at|on|this|last|next) (?:the )?weekend\b"  # "shut down over the weekend"
            r"|\b(?:every|each) (?:morning|afternoon|evening|night|lunchtime)\b"  # "is stocked *every evening*"
            r"|\b(?:in|since|until|by|before|after|between) 1[0-7]\d\d\b"  # "sank in 1659": an older year
            r"|\b\d{3,4} (?:bc|bce)\b"  # "made between 1600 and *1400 BC*"
            r"|\b\d{1,2}(?:st|nd|rd|th)[- ]century\b"  # "by the early 20th century"
            r"|\b\d[\d,]*(?: and \d[\d,]*)? (?:day|week|month|year)s? ago\b"  # "between 1,000 and 5,000 years ago"
            # "from Easter"
            r"|\b(?:from|by|at|before|after|until|over|since|for) (?:easter|christmas|whitsun|new year|twelfth night"
            r"|halloween|bonfire night|boxing day|shrove tuesday|hogmanay)\b"  # "until *Twelfth Night*"
        )
        return kind == "date" and bool(re.search(relative, text.lower()))
    if kind == "org":  # a name, not only a place's: "in *Felixstowe*" names no police force
        toks = [m.group() for m in TOKEN.finditer(text)]
        placed = {k for k in range(1, len(toks)) if toks[k - 1].lower() in LOCATIVE}
        counted = {k for k in range(1, len(toks)) if toks[k - 1][0].isdigit() or toks[k - 1].lower() in NUMBER_WORDS}
        return any(is_name(t, qwords) and k not in placed for k, t in enumerate(toks)) or any(
            t.lower() in ORG_WORDS and t.lower() not in qwords and k not in counted for k, t in enumerate(toks)
        )  # not "eight *times* a day"
    if kind in ("person", "named-person", "people"):
        text = _without_question_people(text, qwords)
        if kind == "named-person":  # "Which Iraqi militia *leader*": a named person, not Washington or Iran
            offices = _OFFICE.finditer(text)  # "Which minister did Hatami meet?": "Iraq's *interior* minister"
            if any(m.group(1).lower() not in qwords and m.group(2).lower() in qwords for m in offices):
                return True
            return _has_person_name(re.sub(r"\b(" + "|".join(sorted(PLACES)) + r")\b", " ", text), qwords)
        new = [w for w in words(text) if w not in qwords]
        return (
            _has_person_name(text, qwords)
            # ... or one by trade: "by a passing bus *driver*, who called 999"
            or any(is_role(w) or w in PEOPLE or w in DEMONYM_PEOPLE or w in KIN or w in OCCUPATIONS for w in new)
            # ... or one the news does not name: "*A woman who did not want to be named* handed the violin in"
            or bool(_UNNAMED_PERSON.search(text))
            # "Who paid for the launch?": "the European Space Agency"; not for "Which councillors ...?"
            or (kind == "person" and has_org_name(text, qwords))
        )
    if kind in ("place-name", "city-name"):  # "Which country is an ally of Assad?": a name, not a location
        qterms = {t for w in qwords for t in terms(w)}  # "Iraq's" is no new place when the question says "Iraqi"
        toks = [m.group().removesuffix("-based") for m in TOKEN.finditer(text)]  # "the *Baghdad*-based centre"
        of_place = {  # "the Austrian city of Graz", "the villages of Meursault and ..."
            k for k in range(2, len(toks)) if toks[k - 1] == "of" and toks[k - 2].lower().rstrip("s") in _PLACE_KINDS
        }
        if kind == "city-name":
            asked = qterms & COUNTRIES  # "Which *Iranian* city": not a capital of another country
            qterms |= COUNTRIES | {terms(c)[0] for c, land in CAPITAL_OF.items() if asked and land not in asked}
        # ... or the one a sentence opens with and calls one: "*Stoneleigh* has been named the county's best
        # kept village"
        called = bool(set(words(text)) & qwords & _PLACE_KINDS)
        return any(
            is_name(t, qwords)
            and not set(terms(t)) & qterms
            # a city is one the lexicon knows or one the sentence puts somewhere ("in Najaf"), not "Council"
            and (
                kind == "place-name"
                or t in PLACES
                or (k > 0 and toks[k - 1].lower() in _LINKED)
                or k in of_place
                or (k == 0 and called)
            )
            for k, t in enumerate(toks)  # ... or one it calls a place: "the Austrian *city of Graz*"
        )
    if kind == "city-place":  # "In which city was the summit held?": somewhere in one, not "in Saudi Arabia"
        runs = [m for m in NAME_RUN.finditer(text) if any(set(terms(t)) & COUNTRIES for t in m.group().split())]
        for m in reversed(runs):
            text = text[: m.start()] + " " + text[m.end() :]
        if any(
            m.group(4).lower() in _TOWNISH and m.group(4).lower() not in qwords for m in _PLACE_PHRASE.finditer(text)
        ):
            return True  # "in the Saudi capital"
        return names_place(text, qwords)  # not "taken from a storeroom" for "In which town is the theatre?"
    if kind in ("origin", "origin-town"):  # "Which town is Nika from?": "*from Maribor*", "a native of *Lyon*"
        kinds = "|".join(sorted(_PLACE_KINDS))
        # ... "from the *Kentish* village of Ashcombe Green"
        hails = rf"\b(?:from|native of) (?:the (?:[\w'’-]+ )?(?:{kinds}) of )?([{UPPER}][\w'’-]*)"
        found = [m.group(1) for m in re.finditer(hails, text)] + re.findall(rf"\b([{UPPER}][\w'’]*)-born\b", text)
        if any(w.lower() not in qwords and w.lower() not in _TIME_WORDS for w in found):
            return True
        # "Tomasz Zielak *of Poland*", "*Ethiopia's* Hiwot Bekele": a competitor's country
        of_land = re.findall(rf"\b[{UPPER}][\w'’-]+ of ([{UPPER}][\w'’-]*)", text)
        of_land += re.findall(rf"\b([{UPPER}][\w'’-]*)['’]s [{UPPER}][a-z]", text)
        if kind == "origin" and any(set(terms(w)) & COUNTRIES and w.lower() not in qwords for w in of_land):
            return True
        # "Where is Baltavia from?": "the *Latvian* carrier" gives a country, not "Which city ...?"
        return kind == "origin" and any(w in DEMONYMS and w not in qwords for w in words(text))
    if kind == "source":  # "Where does the water come from?": "water *from a mountain reservoir*",
        # "electricity *from offshore wind farms*", "*from Hamburg*"; not "at Leipzig Zoo", "from Monday"
        found = [
            words(m.group(1))
            for m in re.finditer(r"\bfrom (?:(?:a|an|the|its|their) )?((?:[\w'’-]+ ){0,2}[\w'’-]+)", text)
            if not _source_of_another(text[: m.start()], qwords)
        ]
        return any(
            ws and ws[-1] not in qwords and not set(ws) & _TIME_WORDS and not any(w.isdigit() for w in ws)
            for ws in found
        )
    if kind == "place":  # "in Tehran", "at Baghdad International Airport", "to Iran", "across the region"
        if any(
            m.group(4).lower() not in qwords or _says_which_one(m.group(3), qwords)
            for m in _PLACE_PHRASE.finditer(text)
        ):
            return True  # "across the region"; "in the *Arab* region" for "In which region ...?"
        if any(m.group(1).lower() not in qwords for m in _INSIDE.finditer(text)):
            return True  # "found honeycomb ... *inside the largest wooden pipe*": whatever it is inside
        return names_place(text, qwords)
    if kind in ("headline", "published", "author"):  # only the title, date or byline line answers; see qa.py
        return False
    if kind == "activity":  # "What was he doing when ...?": what he was there for, or on his way to
        return bool(_ACTIVITY.search(text))
    if kind == "frequency":  # "How often has the US accused Iran?": "repeatedly"
        return bool(_FREQUENCY.search(text))
    if kind == "acronym":  # "Supreme National Security Council (SNSC)", "Islamic State (IS, formerly ISIS)"
        return any(re.search(rf"[{UPPER}][\w’'-]* \({re.escape(a.upper())}\b", text) for a in qwords if a.isalpha())
    if kind == "reason":  # "Why ...": a purpose or a cause, stated; "since 2000" is a time
        return bool(_REASON.search(re.sub(rf"\bsince (?:(?:the )?{YEAR}|\w+ \d{{4}}|then)\b", " ", text)))
    if kind in ("role", "rank"):  # "What is Shamkhani's job?": a title beside the name, not someone else's
        return (
            _role_beside(text, qwords, rank=kind == "rank")
            or (kind == "role" and _role_as(text, qwords))
            # "What was *his* job before?": "Mr Foxley, *a former accountant*," the one the pronoun stands for
            or (kind == "role" and bool(qwords & {"his", "her"}) and _ANY_ROLE_BESIDE.search(text) is not None)
        )
    return True


_ANY_ROLE_BESIDE = re.compile(
    rf"[{UPPER}][\w'’-]+, an? (?:retired |former |local )?(?:{'|'.join(sorted(OCCUPATIONS))})\b"
)


def _role_as(text: str, qwords: set[str]) -> bool:
    """ "What was her job when she *retired*?": "until she *retired as head teacher*", the post the
    question's own verb was done as."""
    for m in re.finditer(r"\b([a-z]+) as (?:an? |the )?((?:[a-z]+ ){0,2}[a-z]+)\b", text):
        if set(terms(m[1])) & {t for w in qwords for t in terms(w)} and any(
            is_role(w) or w in OCCUPATIONS for w in m[2].split()
        ):
            return True
    return False


def _role_beside(text: str, qwords: set[str], rank: bool = False) -> bool:
    """Does a role word stand in the title run just before one of the question's names
    ("Secretary of Iran's Supreme National Security Council (SNSC) Ali *Shamkhani*") or
    after it past a comma ("Ali *Shamkhani*, the Secretary of ...")? With `rank`, a
    military rank must ("Lieutenant General Juma Anad Saadoun Khattab")."""

    def fits(w: str) -> bool:
        return w in RANKS if rank else (is_role(w) or w in OCCUPATIONS) and w not in TITLES  # a post or a trade

    toks = [m.group() for m in TOKEN.finditer(text)]
    low = [words(t)[0] if words(t) else t for t in toks]
    for i, t in enumerate(low):
        if t not in qwords or not (toks[i][:1].isupper() or toks[i].startswith("al-")):  # "Saad al-Alak"
            continue
        j = i - 1  # backwards through the title run ("national security adviser Falih Fayyad")
        while (
            j >= max(0, i - 16)
            and (
                toks[j][:1].isupper()
                # "Commander of the Base, Brigadier General X", not "his counterpart, General Hatami"
                or (toks[j] == "," and "," not in toks[j + 1 : i] and j > 0 and toks[j - 1][:1].isupper())
                # "a caretaker, Sandra Lowe, opened": the trade just before the comma
                or (toks[j] == "," and j + 1 == i and j > 0 and (is_role(low[j - 1]) or low[j - 1] in OCCUPATIONS))
                or toks[j].startswith("al-")  # "Khatam al-Anbia"
                or low[j] in CONNECTORS
                or toks[j] in "()"
                # "national security adviser Falih Fayyad"; not "Judge Amanda Reyes *said* Pickering"
                or (toks[j].isalpha() and toks[j].islower() and 1 < i - j <= 4)
                or bool(
                    re.fullmatch(r"[a-z]+['’]s", toks[j])
                )  # "head of *the country's* National Intelligence Service"
                or is_role(low[j])
                or low[j] in OCCUPATIONS  # "retired *nurse* Margaret Hale"
            )
        ):
            if fits(low[j]) and not (rank and any(w.islower() and w not in CONNECTORS for w in toks[j + 1 : i])):
                return True  # a rank stands in the name's own run: "General Hatami congratulated X" is his
            j -= 1
        after = low[i + 1 : i + 10]
        if after[:3] and after[0] == "," and after[1].isdigit() and after[2:3] == [","]:
            after = after[2:]  # "Kitty Greenhalgh, 27, a tree surgeon": past her age
        if after[:1] == [","]:
            stop = after.index(",", 1) if "," in after[1:] else len(after)
            if any(w in RANKS if rank else is_role(w) or w in OCCUPATIONS for w in after[1:stop]):
                return True
    return False


def context_adds(question: str, sentence: str, previous: str) -> bool:
    """Does the previous sentence supply question terms the sentence lacks (who "he" is)?"""
    own = set(terms(sentence))
    prev = set(terms(previous))
    # A word of a name the question spells ("Quds *Force*") is supplied only by that word capitalised,
    # not by a common noun ("Iraqi armed *forces*")
    named = {t for w in re.findall(r"(?<!^)\b[A-Z][a-z]+\b", question) for t in terms(w)}
    capitals = {t for w in re.findall(r"\b[A-Z][a-z]+\b", previous) for t in terms(w)}
    return any(
        match_term(t, prev) and not match_term(t, own) and (t not in named or t in capitals)
        for t in terms(question, drop_question_words=True)
    )
