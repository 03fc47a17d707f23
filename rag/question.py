"""Reading a question: what it asks for, its verb, subject, names and role phrase.

typed.py first rewrites it as people type it into the form these expect (corpus casing,
no "Can you tell me", a question mark). What follows are small pattern readers, not a
parser: they look at the words right after the wh-word and auxiliary, so
"What did the Iraqi delegation *visit*" gives the subject "delegation" and the verb
"visit", and an unusual word order gives None rather than a guess.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from rag.lexicon import (
    CAPITAL_OF,
    MONTHS,
    NAMED_POSTS,
    NOT_NAMES,
    NUMBER_WORDS,
    OCCUPATIONS,
    ORG_WORDS,
    PEOPLE,
    PLACE_TERMS,
    RANKS,
    ROLE_WORDS,
    TITLES,
    TOKEN,
    YEAR,
    is_demonym,
    is_head,
    is_name,
    is_role,
)
from rag.text import (
    COUNTRIES,
    IRREGULAR_PAST,
    STOPWORDS,
    UPPER,
    match_synonym,
    synonyms,
    terms,
    words,
)

__all__ = [
    "LIGHT_STEMS",
    "LIGHT_VERBS",
    "NAME_OF",
    "NAME_PART",
    "WHICH_PERSON",
    "Reading",
    "answer_type",
    "article_qualifier",
    "asked_speaker",
    "category_words",
    "focus_phrase",
    "focus_text",
    "is_follow_up",
    "question_names",
    "question_scope",
    "question_subject",
    "question_verb",
    "read",
]

# "Who is Iraq's interior minister?", "the name of the Iraqi militia that ...": the answer
# must stand in apposition to that phrase, not merely share a sentence with it.
_FOCUS = re.compile(
    r"^(?P<wh>who|what) (?:is|was|are|were) (?:(?:serving|working) as )?(?:the )?"
    r"(?P<name>(?:first |full |last )?name of )?(?:the )?(?P<f>.+?)"
    r"(?: (?:who|that|which|whose|whom|when|where|during)\b.*)?\??$"  # "... *during* his visit"
)


_WHICH_ONE = re.compile(r"which (?:(\w+) )?(\w+) (?!of\b)")  # "which *scientist* studies", "which Iraqi *farmer*"


# "What is the name of the (cargo) *ship*?": the noun whose name is asked, at the question's end
NAME_OF = re.compile(r"(?i)what (?:is|was) the name of (?:the |its |their )?(?:[\w'-]+ ){0,2}(\w+)\?$")


def _names_person(noun: str) -> bool:
    """Is `noun` a word for a person ("postman", "teacher", "mayor"), not a thing ("ship")?"""
    return is_role(noun) or noun in OCCUPATIONS or f"{noun}s" in PEOPLE or noun.endswith(("man", "woman"))


def _asks_one_person(question: str) -> bool:
    """ "Which scientist studies ...?", "Which Austrian player ...?": one person, by name (the
    singular of a noun for people); "Which children ...?" asks which kind."""
    m = _WHICH_ONE.match(question.lower())
    return m is not None and any(f"{w}s" in PEOPLE for w in m.groups() if w)


WHICH_PERSON = re.compile(  # not "Which summit did *King* Salman open?": the role is the asker's
    r"\bwhich ((?!(?:did|does|do|is|was|were|are|has|have|had|will)\b)\w+ ){0,3}"  # "Which Iraqi air force *commander*"
    r"(official|minister|general|commander|president|king|leader|secretary|chief|adviser|"
    rf"{'|'.join(NAMED_POSTS)})s?\b"
    r"|\bwhich (iranian|iraqi|syrian|saudi|american|russian|israeli)\b(?= (is|was|did|has|had|said|says)\b)"
)


# "What does SNSC stand for?": the words an acronym abbreviates
STANDS_FOR = re.compile(  # "What does SNSC stand for?", "What does the abbreviation SNSC refer to?"
    r"^(?i:what (?:does|did|do) (?:the )?(?:acronym |abbreviation )?)([A-Z]{2,6}) (?i:stand for|refer to|mean)\b"
)


# "Where does the water come from?", "Where did Gustav come from before the zoo?": its source
_COMES_FROM = re.compile(r"(?i)where\b.* (?:come|comes|came) from(?:\W*$| before\b)")
# "Which town is Nika Kovač from?", "Where is she from?": where someone hails from ("a
# schoolgirl from Maribor"), not where the news happened ("the tournament in Ljubljana")
_HAILS_FROM = re.compile(
    r"(?i)(?:where|(?:which|what) (?:[\w-]+ )?(?P<noun>town|city|country|village|region|county)) (?:is|are|was|were) "
    r".*?(?P<last>[\w'’-]+) from\W*$"  # not "Where were the statues *taken* from?"
)

# Which article a question names, not what the answer must say: "..., in the report on his
# meeting with Khattab?", "the Press TV article on ...", "Press TV's report on ..."
_IN_ARTICLE = r",? (?:in|according to|from) "
_ARTICLE_QUALIFIER = re.compile(
    rf"{_IN_ARTICLE}(?:(?:the|this|that)(?-i:(?: [A-Z][\w'’-]*){{0,3}})"
    r"|(?-i:(?:[A-Z][\w'’-]* ){0,2}[A-Z][\w-]*)['’]s) "
    r"(?:news )?(?:report|article|story|piece|coverage) "
    r"(?:on|about|of|covering|describing) (?P<what>[^?]+?)\s*(?=\?|$)",
    re.I,
)
# ... or only by the one it is about: "according to *the Shamkhani article*"
_NAMED_ARTICLE = re.compile(
    rf"{_IN_ARTICLE}(?:the|this|that) (?P<what>(?:[A-Z][\w'’-]* ){{1,3}})(?:article|report|story|piece)\b"
)


def article_qualifier(question: str) -> tuple[str, list[str]] | None:
    """(the question without it, the stemmed terms of the article it names) for a question
    that says which article to read ("What is Baqeri's full title *in the report on his
    meeting with Khattab*?"); None when it names none."""
    m = _ARTICLE_QUALIFIER.search(question) or _NAMED_ARTICLE.search(question)
    wanted = terms(m.group("what"), drop_question_words=True) if m else []
    if not m or not wanted:
        return None
    return (question[: m.start()] + question[m.end() :]).strip(), wanted


def answer_type(question: str) -> str:
    """What the question asks for: number, age, reason, author, published, headline, exact-date, date,
    nationality, colour, place, org, person, role, acronym, frequency, activity or any."""
    if STANDS_FOR.match(question):
        return "acronym"
    q = question.lower()
    if re.search(r"\bhow (often|frequently)\b", q):
        return "frequency"
    if re.match(r"what (was|were|is|are) [^?]+ doing\b", q):
        return "activity"  # "What was Soleimani doing when he was killed?": "upon his arrival at ..."
    if re.search(r"\bhow old\b|\bwhat age\b(?!-)|['’]s age\b|\bthe age of\b", q):  # not "What *age-old* ties"
        return "age"  # "How old is Tigist Bekele?": "Bekele, 24,", "a 67-year-old man"
    # "How deep is it?": "a depth of 390 metres"; "What was the vote count?": a figure, not the vote
    measure = r"\bhow (many|much|long|deep|high|tall|wide|far|heavy|big|large|strong|fast|hot|cold|warm)\b"
    quantity = r"number|percentage|amount|share|temperature|speed|distance|height|depth|length|weight|population"
    quantity += r"|count|tally|altitude|elevation|margin|toll"  # "What was the death *toll*?"
    # "What was the coronavirus case *count*?"
    what_quantity = rf"\bwhat (?:(?:is|was|are|were) )?(?:the )?(?:\w+ ){{0,2}}({quantity})\b"
    # "What was the men's *winning time*?": a race's time is a duration ("in one minute and 12 seconds")
    race_time = r"\bwhat (?:is|was|are|were) (?:the )?(?:\w+['’]s )?(?:winning|finishing|fastest|record|lap) times?\b"
    if re.search(measure, q) or re.search(what_quantity, q) or re.search(race_time, q):
        return "number"  # "What temperature was recorded?": a figure
    # "What was the purpose of Saadoun's trip?" asks why he went
    if re.match(r"why\b|for what (reason|purpose)\b|what (is|was) the (purpose|aim|goal|reason) (of|for|behind)\b", q):
        return "reason"
    if re.search(r"\bwho (wrote|authored|reported|is the (author|reporter))\b.*\b(article|story|report|piece)\b", q):
        return "author"  # the byline answers ("By Amina Otieno"), see qa.Engine._meta_line
    published = r"\b(when|what (year|date|day|month)|on what (date|day))\b.*\b(published|written|dated|publish)\b"
    # ... not "When did *the New York Times* publish its story?": a publisher it names did, on a day the text gives
    named_publisher = re.search(r"\b(?:did|does|do|has|have|had) (?:the )?[A-Z]\w*", question)
    if (re.search(published, q) and not named_publisher) or re.search(
        r"\b(date|day) (of|on) (the|this|that) (article|story|report|piece)\b", q
    ):
        return "published"  # the article's own date line answers, not a date in its text (qa.Engine._meta_line)
    if re.search(r"\b(title|headline)s? of (the|this|that|an|a) (article|story|report|piece)\b", q) or re.search(
        r"\b(article|story|report|piece)('s|’s)? (title|headline)\b|\b(headline|title)d?\b.*\b(article|story)\b", q
    ):
        return "headline"  # the article's own title line answers (see qa.Engine._meta_line)
    if re.search(r"\b(what|which) (year|date|month|day|decade)\b|\bon what day\b|^when\b.*\bexactly\b", q):
        return "exact-date"  # "When will she swim it *exactly*?": not "next summer"
    if re.match(r"(since |until |till |by )?when\b", q):
        return "date"
    if re.search(r"\b(what|which) nationalit(y|ies)\b", q):
        return "nationality"  # "What nationality were the climbers?": "Two *Czech* climbers"
    if re.search(r"\b(what|which) colou?rs?\b", q):
        return "colour"  # "What colour was the balloon?": "this huge *red and yellow* thing"
    places = (
        r"city|cities|country|countries|kingdoms?|capitals?|places?|towns?|regions?|villages?|mountains?"
        r"|(?:mountain )?ranges?"
    )
    if re.search(rf"\bwhere\b|\b(what|which) (\w+ )?({places})\b", q):
        return "place"
    if re.search(
        r"\b(what|which) (\w+ )?(agency|outlet|newspaper|publication|organi[sz]ation|group|ministry|paper|force|"
        r"militia|council|party)\b(?! (leader|commander|chief|head|spokesman|member|official)s?\b)",
        q,
    ):
        return "org"
    # "What is the name of the *ship*?": a thing's name, not a person's ("the retired *postman*")
    thing = NAME_OF.match(q)
    thing = thing if thing and re.fullmatch(r"[a-z]+", thing.group(1)) else None
    if thing and not _names_person(thing.group(1)) and _singular(thing.group(1)) not in ORG_WORDS:
        return "any"
    # "Who ...?", "To whom ...?"; not the relative "What fines will people *who* break the ban face?"
    relative_who = re.match(r"(what|which|when|where|why|how)\b", q)
    if (re.search(r"\bwho(m)?\b", q) and not relative_who) or re.search(r"\bnames? of\b", q) or WHICH_PERSON.search(q):
        return "person"
    if _asks_one_person(q):
        return "person"
    post = r"(job|position|post|title|rank|office)"  # "What office did Salih hold?"
    if re.match(rf"(what|which) (is|was) (?:[\w-]+ ){{0,2}}?(\S+'s |the )?(\w+ )?{post}\b", q) or re.match(
        rf"(what|which) (\w+ )?{post} (does|did|do) .*\b(hold|have|occupy|fill)\b", q
    ):
        return "role"
    if re.match(r"what (does|did|do) .+ do for a living\b", q):
        return "role"  # "What does Natarajan do for a living?": "a 34-year-old primary school teacher"
    return "any"


def _without_reduced_relative(question: str) -> str:
    """ "Who is the Iraqi president *Shamkhani met*?" -> "Who is the Iraqi president?": a name and
    its act closing the question say which one, not what the role is."""
    m = re.search(r" ([A-Z][\w'’-]+) ([a-z]+)\?$", question)
    if m and (m.group(2).endswith("ed") or m.group(2) in IRREGULAR_PAST):
        return question[: m.start()] + "?"
    return question


def focus_phrase(question: str) -> list[str]:
    """Head words of the role or group a who-is / name-of question asks about, or [].

    [] too when the phrase already ends in a name ("Iran's defence minister Hatami").
    """
    q = _without_reduced_relative(question.replace("’", "'").strip())
    m = _FOCUS.match(q.lower())
    if not m:
        return []
    phrase = q[m.start("f") : m.end("f")].split()
    if len(phrase) > 1 and phrase[-1][:1].isupper() and is_head(phrase[-2].lower()):
        return []
    ws = words(m.group("f"))
    if ws and (ws[0].endswith("ed") or ws[0] in IRREGULAR_PAST):
        return []  # "who was *killed* in Iran": a passive verb, not a role
    if ws and ws[-1] in _PREPOSITIONS:
        return []  # "Who was the dress made *for*?": a stranded preposition, no role
    if m.group("wh") == "what" and not m.group("name") and not (ws and is_head(ws[0])):
        return []  # "what is Baqeri's position": not a role phrase
    compound = len(ws) > 1 and not set(ws) & {"of", "for", "in"} and not is_head(ws[-1])
    if m.group("wh") == "what" and not m.group("name") and compound:
        return []  # "What was the council *vote*?": the vote is asked about, not the council
    heads = [w for w in ws if is_head(w)]
    owned = {w.removesuffix("'s") for w in phrase[:-1] if w.endswith("'s") and w.islower()}  # not "Council's"
    # "the picture *club's* chairman": the club owns the role; "the *team's* top board": no head but the owner
    heads = [w for w in heads if w not in owned] or ([] if owned and ws[-1] not in owned else heads)
    if not heads and m.group("name") and ws and m.group("wh") == "what":
        return ws[-1:]  # "the name of the US *drone*": a name must stand beside it
    common = " ".join(phrase).islower() and len(ws) <= 3 and re.match(r"who (?:is|was|are|were) the ", q.lower())
    if not heads and common and ws[-1] not in _ANYONE:
        return ws[-1:]  # "Who was the private *collector*?": a name must stand beside it
    return heads


_ANYONE = {"guy", "person", "man", "woman", "one", "people", "individual", "fellow", "lady"}


def focus_text(question: str) -> str:
    """The whole role phrase of a who-is / name-of question ("president of the united states")."""
    m = _FOCUS.match(_without_reduced_relative(question.replace("’", "'").strip()).lower())
    return m.group("f") if m and focus_phrase(question) else ""


def question_names(question: str) -> list[str]:
    """Stemmed terms of the proper names in a question ("Shamkhani", "Iran-Iraq", "Al-Qaeda's"):
    an answer must mention each of them."""
    out: list[str] = []
    for i, m in enumerate(TOKEN.finditer(question.replace("’", "'"))):
        tok = m.group()
        if i == 0 or not tok[:1].isupper():
            continue
        for part in tok.split("-"):  # "Iran-Iraq", "Al-Qaeda's"; not the "led" of "US-led"
            if part[:1].isupper():
                # not "King", nor the "Army" of "the Iraqi Army": a rank or an institution names no one
                out += [t for t in terms(part) if len(t) > 2 and _singular(part.lower()) not in ROLE_WORDS | ORG_WORDS]
    return list(dict.fromkeys(out))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "news")) else word


# Verbs that news paraphrases freely ("describe" for "called", "talk" for "a telephone conversation").
LIGHT_VERBS = set(
    """describe characterise characterize call talk speak say tell state claim note add mention report quote
    announce express comment want get make do have go come take give put use see know think regard consider
    view hold serve spend happen occur last react respond reply reach contain""".split()
)
LIGHT_STEMS = frozenset(t for v in LIGHT_VERBS for t in terms(v))


_AUX = {"did", "does", "do", "will", "would", "can", "could", "should", "must", "has", "have", "had"}


_BE = {"was", "were", "is", "are"}


_DETERMINERS = set("""the a an his her its their this that these those iran's iraq's two three both all each""".split())


_PREPOSITIONS = {
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "of",
    "about",
    "after",
    "before",
    "during",
    "into",
    "as",
    "against",
    "under",
    "over",
    "between",
    "besides",
    "except",
    "including",
    "like",
    "near",
    "around",
    "within",
    "without",
    "through",
    "across",
    "toward",
    "towards",
    "upon",
    "among",
    "amid",
    "since",
    "until",
    "despite",
    "?",
}


_NOT_VERBS = {"yet", "now", "again", "too", "also", "there", "here", "today", "still", "already"}
# "did Ilves *last* win": an adverb before the verb after a name
_TIME_ADVERBS = frozenset("first last ever also just finally still never once".split())
# "did the *new* Iraqi defence minister commend": a modifier before a name, not the verb
_BEFORE_NAME = frozenset("new former late then acting outgoing incoming current interim".split())
# "did the chief *of staff* host": a title's tail, not the noun's object
_OF_TITLE = (["staff"], ["state"])
# "did the *alleged* killing take place": a hedge on the noun, not the noun
_HEDGING = frozenset("alleged reported suspected apparent so-called".split())
# Nouns that end in "s" as a verb does: "Which official *news* agency relayed ...?"
_S_NOUNS = frozenset("news series species means headquarters".split())
# Verbs of saying: "Which Iranian commander *said* ... was ready?" has its own verb before the auxiliary
_SAYING = ("say", "says", "said", "tell", "told", "claim", "claims", "claimed")
# "did the delegation plan to *hold*", "did Salman fail to *mention*": the act is the verb after "to"
_INTENT = set("plan want try intend expect seek aim hope decide need agree agreed fail".split())


def _clause(question: str) -> tuple[str | None, str | None]:
    """(subject noun, verb) of a "What did the *delegation* *visit*…" question, unstemmed; None
    where the question has no such part (or the subject is only names, handled elsewhere)."""
    found = list(re.finditer(r"[\w’'-]+|\?", question))
    raw = [m.group() for m in found]
    toks = [t.lower().replace("’", "'") for t in raw]
    if not toks:
        return None, None  # "," or "…": no words to read
    # "did the Saudis urge, rather than talk about ...": a comma ends the clause
    comma = [question[m.end() :].startswith(",") for m in found]
    rest = [t for t, r in zip(toks[1:3], raw[1:3], strict=False) if not t.endswith("ly") and r.islower()]
    if toks[0] == "who" and rest and rest[0] not in _AUX | _BE | {"else", "?"}:  # not "who Shamkhani met"
        return None, rest[0]  # "Who *met* Barham Salih?"
    caps = [t[:1].isupper() or bool(re.match(r"al-[A-Z]", t)) for t in raw]
    if toks[0] in ("which", "what"):  # "Which Israeli official *ordered*", "which official *works*", "What *killed*"
        for k in range(1, min(4, len(toks))):
            if toks[k] in _AUX | _BE:
                break
            past = toks[k].endswith("ed") or toks[k] in IRREGULAR_PAST
            present = k >= 2 and toks[k].endswith("s") and (is_head(toks[k - 1]) or toks[k - 1] == "country")
            # "Which official *news* agency": a noun; "Which country *besides* Iran": a preposition
            present = present and toks[k] not in _S_NOUNS | _PREPOSITIONS
            present = present and k + 1 < len(toks) and toks[k + 1] not in _AUX | _BE  # "militia members were"
            if (past or present) and not caps[k] and not caps[k - 1] and (k >= 2 or toks[0] == "what"):
                return None, toks[k]
    # "Which national security adviser *did* ...": a fourth word, after a noun phrase, not "What kind of X did"
    phrase = toks[0] in ("which", "what") and not set(toks[1:4]) & (_PREPOSITIONS | _DETERMINERS) and not any(caps[1:4])
    reach = 5 if phrase else 4
    # "What showcase of Iran's arms makers *did* ...", "Whose regime in Damascus *do* ...": a longer
    # asked phrase, with no verb of its own before the auxiliary
    first = next((i for i, t in enumerate(toks[:9]) if t in _AUX | _BE), None)
    longer = toks[0] in ("which", "what", "whose") and bool(first) and toks[2:3] != ["of"]  # not "What kind of"
    if longer and not any(w.endswith("ed") or w in IRREGULAR_PAST or w in _SAYING for w in toks[1:first]):
        reach = max(reach, (first or 0) + 1)
    for i, t in enumerate(toks[:reach]):
        if t in _AUX or t in _BE:
            j = i + 1
            while j < len(toks) and (
                toks[j] in _DETERMINERS
                or caps[j]
                or toks[j].endswith("'s")
                or (toks[j] in _BEFORE_NAME and j + 1 < len(toks) and caps[j + 1])  # "the *new* Iraqi minister"
            ):
                j += 1
            j0 = j
            run: list[str] = []  # lowercase words up to the next preposition: subject noun, verb, object
            while j < len(toks) and not caps[j]:
                if toks[j] == "of" and len(run) == 1 and is_head(run[0]) and toks[j + 1 : j + 2] in _OF_TITLE:
                    j += 2  # "did the Iranian chief *of staff* host": a title, not the verb
                    continue
                of_noun = toks[j] == "of" and len(run) == 1 and j + 2 < len(toks) and toks[j + 2] != "?"
                if of_noun and not caps[j + 1] and toks[j + 1] not in _PREPOSITIONS | _DETERMINERS:
                    j += 2  # "has the library *of things* opened": the noun's own phrase, not the verb
                    continue
                if toks[j] in _PREPOSITIONS | _DETERMINERS:
                    k = j + 1  # "did the meeting *between Shamkhani and Salih* address": a name-only phrase
                    while k < len(toks) and (caps[k] or toks[k] == "and"):
                        k += 1
                    # "did the meeting *between Shamkhani and Salih* address", "the new mayor *of Lyon*"
                    # ... "did two restaurants *on Main Street* close": a place-name phrase after the noun
                    after_noun = (
                        ("between", "of", "with") if len(run) == 2 else ("between", "of", "with", "on", "in", "at")
                    )
                    if not (toks[i + 1] in _DETERMINERS and len(run) <= 2 and toks[j] in after_noun):
                        break
                    if k == j + 1 or k >= len(toks) or toks[k] in _PREPOSITIONS | _DETERMINERS:
                        break
                    j = k
                    continue
                if toks[j] in ("and", "or"):  # "the minister and his commanders *visit*": start over
                    run = []
                    j += 1
                    while j < len(toks) and (toks[j] in _DETERMINERS or caps[j]):
                        j += 1
                    j0 = j
                    continue
                if not run and toks[j] in _HEDGING:
                    j += 1  # "did the *alleged* killing ... take place": the killing
                    continue
                run.append(toks[j])
                j += 1
                if comma[j - 1]:
                    break
            last = raw[j0 - 1] if j0 > i + 1 else ""
            named = bool(last) and toks[i + 1] not in _DETERMINERS and not toks[j0 - 1].endswith("'s")
            named = named and is_name(last, set())
            light = [
                k
                for k, w in enumerate(run[1:3], 1)
                if (w in LIGHT_VERBS or w in ("say", "said", "told")) and not (w in _TIME_ADVERBS and k + 1 < len(run))
            ]  # not "was the bridge *last* repaired"
            passive = [k + 1 for k, w in enumerate(run[:-1]) if w == "be" or w == "been" and _participle(run[k + 1])]
            if passive:
                v = passive[0]  # "will the document be *signed*", "has Iraq been *subjected* to"
            elif named and run:
                # "did Iran *fire* missiles", "did Ilves last *win*"
                v = 1 if (run[0].endswith("ly") or run[0] in _TIME_ADVERBS) and len(run) > 1 else 0
            elif light:
                v = light[0]  # "did the military chief *say* the Americans ..."
            elif adverb := [k + 1 for k, w in enumerate(run[:-1]) if k and (w.endswith("ly") or w in _TIME_ADVERBS)]:
                v = adverb[0]  # "do the short rains usually *fall*", "did the advisers first *rush*"
            elif len(run) == 3 and toks[j : j + 1] == ["?"] and not (run[-1].endswith("ly") or run[-1] in _NOT_VERBS):
                v = len(run) - 1  # "did coffee prices *jump*?": the last word before the question mark
            elif t in ("has", "have", "had") and (done := [k for k, w in enumerate(run) if k and _participle(w)]):
                v = done[0]  # "has the council *offered* people in flats": its participle, not "people"
            elif known := [k for k, w in enumerate(run) if k and terms(w) and synonyms(terms(w)[0]) != {terms(w)[0]}]:
                v = known[0]  # "did Iran's military advisory *help* Iraq": a verb VERB_CLASSES knows
            elif len(run) >= 3:
                v = 2 if is_head(run[1]) else 1  # "did the president *urge* ...", "did the defence minister *visit*"
            elif run:
                v = len(run) - 1  # "did the delegation *visit*", "did Hatami *invite*"
            else:
                return None, None
            verb: str | None = run[v]
            to = next((k for k in range(j, min(j + 6, len(toks) - 1)) if toks[k] == "to"), None)
            names_only = to is not None and all(caps[k] or toks[k] == "and" for k in range(j, to))
            if v == len(run) - 1 and run[v] in _INTENT and names_only and to is not None:
                verb = toks[to + 1]  # "did the delegation plan to *hold*", "want Iran and Iraq to *cooperate*"
            if t in _BE and not _participle(run[v]) and not (i == 1 and toks[0] == "who" and run[v].endswith("ing")):
                # "was he responsible", "is X's position", "are *fishermen* protesting": none to check;
                # "Who was *driving* the car?" asks who did it
                verb = None
            # A subject noun only where the question spells one out: "did *the* (Iraqi) delegation
            # visit", "did Saudi Arabia's king accuse"; not "did Hatami describe supporting".
            modified = j0 > i + 1 and (toks[i + 1] in _DETERMINERS or toks[j0 - 1].endswith("'s"))
            ordered = v == 2 and run[0] in _ORDER_WORDS  # "is the *next* strike planned": the strike
            one_noun = v == 1 or (v == 2 and run[1] in ("be", "been")) or ordered
            noun = run[1] if ordered else run[0]
            subject = noun if verb and modified and one_noun and not noun.endswith("ly") else None
            return subject, verb
    return None, None


_ORDER_WORDS = frozenset("next first last latest final second".split())


def _participle(word: str) -> bool:
    """A past participle: "signed", "taken"; not "fishermen"."""
    return word.endswith(("ed", "en")) and not word.endswith("men") or word in IRREGULAR_PAST


# "Which institute carried out the surveys?": the act is in the noun ("surveys by X"); a "Who
# carried out ...?" keeps its verb ("led the survey" is no carrying out)
_CARRIED_REPORT = re.compile(r"(?i)\b(?:carr(?:y|ies|ied)|ran|runs?) (?:the|a|this|that) (?:report|story|news)\b")
_CARRIED_OUT = re.compile(r"(?i)(?:which|what)\b.*\bcarr(?:y|ies|ied|ying) out\b")


# "helped (to) lift": the act helped with, not the helping
_HELPED = re.compile(
    r"(?i)\bhelp(?:s|ed|ing)? (?:to )?"
    r"(?!(?:the|a|an|his|her|its|their|them|him|us|our|this|that|with|out)\b)((?-i:[a-z]{3,}))\b"
)


def question_verb(question: str) -> str | None:
    """The main verb of a "What did X *invite*…" / "When was X *killed*" question, stemmed, or None.

    The answer sentence itself must use it: sharing the names and the place is not enough
    ("Shamkhani underlined Tehran's position" does not say whom Shamkhani *met* in Tehran)."""
    question = re.sub(r"(?i)^(how many) of (?:the|its|their|his|her) ", r"\1 ", question)  # "How many of the questions"
    verb = _clause(question)[1]
    modal = re.search(r"\b(?:would|could|might|should|must|will) .*?\bhave (\w+)\b", question, re.I)
    if modal and _participle(modal.group(1).lower()):
        verb = modal.group(1).lower()  # "How much would closing libraries on Sundays have *saved*?"
    # "How many countries *voted* for ...?", "How many restaurants in Marrow Creek *stayed* open?"
    # ... and the passive: "How many fake pills *were sold*?"
    counted = re.match(
        r"(?i:how many) (?!of\b)(?:[\w-]+ )?[\w-]+ (?:(?:in|on|at|from|near) (?:[A-Z][\w'’-]* ?)+ )?"
        rf"(?:(?:were|was|have been|had been|has been) )?(\w+ed|{'|'.join(sorted(IRREGULAR_PAST))})\b",
        question,
    )
    # "How many councillors *sit* on the council?"
    acting = re.match(
        r"(?i:how many) [\w-]+ ([a-z]+) (?:on|in|at|for|with|to|from|into|the|a|an|its|their)\b", question
    )
    if verb is None and counted:
        verb = counted.group(1).lower()
    elif verb is None and (stated := _STATED.match(question)):
        verb = stated.group(1).lower()
    elif verb is None and acting and acting.group(1) not in _PREPOSITIONS | _DETERMINERS | _AUX | _BE | STOPWORDS:
        verb = None if acting.group(1).endswith(("ly", "s")) else acting.group(1)  # not "usually", "residents"
    if re.match(r"(?i)how (?:is|are|was|were) .+ related to\b", question):
        return None  # "How is Peter Crump related to the founder?": "the founder's grandson"
    if re.match(r"(?i)who (?:gave|gives|give)\b.* (?:to|for)\b", question):
        return terms("give")[0]  # "Who gave Gustav to the zoo?" ("the money for the day?"): a handing over
    if _COMES_FROM.match(question):
        return None  # "Where does the water come from?" asks its source ("water from a mountain reservoir")
    if re.match(r"(?i)where\b.*\bbe built\W*$", question):
        return None  # "Where will the new factory be built?" asks for its site: "The new factory, in Setúbal, will"
    if verb and verb.startswith("vot") and re.search(r"(?i)\bvot\w* against\b", question):
        return terms("oppose")[0]  # "Which councillors *voted against* it?": not those who approved it
    if verb in ("call", "ring") and re.search(r"(?i)^who.*\b(call|ring)( on the phone| by phone)?\W*$", question):
        return "phon"  # "Who did Hatami call?" asks whom he phoned, not what he "called for"
    reported = re.search(
        rf"\b(?:{'|'.join(_SAYING)})\b.*\b(?:(?:has|have|had|was|were)\s+(?:been\s+)?(\w+ed|\w+en)"
        r"|(?:will|would|must|should|can|could|may)\s+(?!be\b|have\b)(\w+))\b",
        question,
    )
    if reported and (verb is None or verb in _SAYING):
        # "What did Baqeri say Iraq has *faced*?", "What does the agreement say they will *provide*?":
        # the reported act is asked about
        asked_what = re.match(r"(?i)what (?:does|do)\b", question)  # "What does X say they will *provide*?"
        verb = reported.group(1) or (reported.group(2) if asked_what else verb)
    accused = re.search(r"\baccuse\w* .+? of (\w+ing)\b", question)
    if accused and verb and verb.startswith("accus") and accused.group(1) not in ("being", "having", "doing"):
        verb = accused.group(1)  # "accuse Washington of *sending* extremists": the act accused of is asked about
    if verb in ("begin", "start", "commence") and re.search(rf"\b{verb} (?:its|their|his|her|the|a|an) \w+", question):
        return None  # "did Daesh begin *its campaign*": the event noun carries it ("unleashed its campaign")
    helped = _HELPED.search(question)
    if verb and helped and verb.lower().startswith("help"):
        verb = helped.group(1).lower()  # "What machine helped *lift* the pumpkin?": the act helped with
    if _CARRIED_REPORT.search(question):
        return terms("report")[0]  # "Which agency *carried the report* that ...?": "..., IRNA said"
    if _CARRIED_OUT.match(question):
        return None  # "Which institute carried out the surveys?": "surveys *by* the Western Marine Institute"
    if re.match(r"(?i)(?:who|which [a-z]+) (?:made|makes) (?:the|a|an|this|that|its|their) ", question):
        return terms("make")[0]  # "Who made the otter statue?": the maker, not anyone near the statue
    if re.match(r"(?i)(?:where|which \w+) (?:was|were|is|are|has|have|had been) .+\btaken\b", question):
        return terms("take")[0]  # "Where were the climbers taken?": carried somewhere ("flew them to"), no light verb
    if re.match(r"(?i)what (?:was|were|is|are|has|have|had been) .+\bgiven\W*$", question):
        return terms("give")[0]  # "What was Mrs Tindle given?": what she received, no light verb
    if re.match(r"(?i)what (?:did|does|do|will|would) .+ give\b", question):
        return terms("give")[0]  # "What did Reginald Scarth give Dorothea Aldgate?": a handing over
    stem = terms(verb) if verb else []
    return stem[0] if stem and verb not in STOPWORDS | LIGHT_VERBS and stem[0] not in LIGHT_STEMS else None


# A statement asked as a question: "Hatami *asked* his new Iraqi counterpart to do what?"; not
# "Hatami extended *an invitation* to ...", whose noun says the act
_STATED = re.compile(
    rf"(?!(?i:what|which|who|whom|whose|where|when|why|how)\b)(?:[{UPPER}][\w'’-]*\s)+"
    rf"(\w+ed|{'|'.join(sorted(IRREGULAR_PAST))})\b(?! (?:an?|the|his|her|its|their) \w+(?:tion|ment|al)\b)"
    r"(?=.*\b(?i:what|which|whom|who|where|when)\b)"
)


# "What did Kadhimi say?": the evidence must report speech (a verb of saying or a quote).
_SAYS = r"(?:say|tell|claim|describe)\b"
_SPEECH_QUESTION = re.compile(rf"^(?i:what|who|whom|how)\b.*\b(?i:did|does|do|has|have|had)\b.*\b{_SAYS}")


def asked_speaker(question: str) -> str:
    """For "What did *Kadhimi* say ...?", who is asked to have spoken; "" if the question is
    not about what a named speaker said."""
    message = re.match(  # "What was Fayyad's *message* to Shamkhani?": what he said
        rf"(?i:what) (?:was|is|were|are) ((?:[{UPPER}][\w'’-]*\s?)+)['’]s "
        r"(?:message|words|remarks|comments|statement)\b",
        question,
    )
    if message:
        return message.group(1).strip()
    # "..., per Baqeri?", "..., according to Salih?": what he said; not "according to Iran"
    per = re.search(rf",? (?:according to|per) ((?:[{UPPER}][\w'’-]*\s?)+)\?\s*$", question)
    if per and not set(terms(per.group(1))) & COUNTRIES and not per.group(1).strip().isupper():  # not "RT"
        return per.group(1).strip()
    m = _SPEECH_QUESTION.search(question)
    if not m:
        return ""
    named = re.search(rf"\b(?i:did|does|do|has|have|had) ((?:[{UPPER}][\w'’-]*\s?)+)\b{_SAYS}", question)
    if named:
        return named.group(1).strip()
    # "What did the Iraqi parliament say": a speaker too; "What does the 2017 deal say": a document
    body = re.search(
        rf"\b(?i:did|does|do|has|have|had) (?:the|[A-Z]\w*['’]s) ([\w'’ -]+?) {_SAYS}", question
    )  # ... and "What did Iran's Navy commander say": the commander
    head = body.group(1).split()[-1] if body else ""
    country = body is not None and (head.lower() in ("us", "states") or bool(set(terms(body.group(1))) & COUNTRIES))
    # "What did the regional government say", "How did the operator describe its offer?"
    bodies = ("parliament", "government", "ministry", "council", "court", "company", "firm", "operator", "union")
    return body.group(1) if body and (is_role(head) or head in bodies or country) else ""


def doer(question: str, verb: str | None) -> list[str]:
    """Stemmed names of the person who acts in "Whom did *King Salman* meet ...?" (the answer
    is who was met); [] for other questions, and for countries, which news also calls by
    their capitals or "it" ("Who did Iran help?": "*Tehran* backed ...")."""
    m = re.match(r"(?i:who|whom) (?:did|does|do|has|have|had) (.+)", question)
    if not verb or not m:
        return []
    toks = re.findall(r"[\w’'-]+", m.group(1))
    at = next((i for i, t in enumerate(toks) if match_synonym(verb, set(terms(t)))), None)
    if not at:
        return []
    names = [t for tok in toks[:at] if tok[:1].isupper() and tok.lower() not in TITLES for t in terms(tok)]
    return [t for t in names if t not in COUNTRIES and t not in PLACE_TERMS]


def who_target(question: str) -> list[str]:
    """Stemmed words of the phrase a "Who <verb> ..." question's verb acts on, up to the first
    preposition: "Who leads *the Islamic State group*?" -> islamic, stat, group. [] for other questions."""
    described = re.match(
        r"who (?:is|was|are|were) (?:described|called|named|known|referred to|seen) as (.*?)\??$", question, re.I
    )
    m = re.match(r"who (\w+) (.*?)\??$", question, re.I)
    if described:  # "Who is described as the country's most senior military official?"
        return terms(described.group(1))  # "the *country's* most senior": here "country" is no question word
    if not m or m.group(1).lower() in _AUX | _BE | {"else"}:
        return []
    if m.group(1).lower() in ("say", "says", "said", "claim", "claims", "claimed"):
        return []  # "Who said the Air Defense *stands ready* ...?": a clause was said, not a thing acted on
    out: list[str] = []
    toks = re.findall(r"[\w’'-]+", m.group(2))
    for w, nxt in itertools.zip_longest(toks, toks[1:], fillvalue=""):  # each word and the next ("Who What ?": none)
        if w.lower() in _PREPOSITIONS or w.lower() in ("that", "who", "which", "when", "where", "while"):
            break
        if out and w[:1].isupper() and (nxt.endswith("ed") or nxt in IRREGULAR_PAST):
            break  # "Who runs the centre *Hatami toured*?": a clause about the centre, not part of it
        if out and w.endswith("ing") and (nxt[:1].isupper() or nxt in ("the", "a", "an")):
            break  # "Who leads the delegation *visiting Baghdad*?"
        out += terms(w, drop_question_words=True)
    return out


def actors(question: str, verb: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Stemmed names before and after the verb of "What did *Iran* accuse *the United States*
    of?": who acts and who is acted on; ((), ()) unless the question names both."""
    if not verb or not re.match(r"\w+ (did|does|do|has|have|had)\b", question, re.I):
        return (), ()
    toks = re.findall(r"[\w’'-]+", question)
    at = next((i for i, t in enumerate(toks) if i > 1 and match_synonym(verb, set(terms(t)))), None)
    if at is None:
        return (), ()
    names = [(i, t) for i, tok in enumerate(toks) if i and tok[:1].isupper() for t in terms(tok)]
    subject = tuple(t for i, t in names if i < at)
    obj = tuple(t for i, t in names if i > at)
    return (subject, obj) if subject and obj else ((), ())


def role_owners(question: str) -> list[tuple[str, str]]:
    """(role, country) for each "<country> <role>" of the question: "the Iraqi defense minister"
    -> (minister, iraq). A sentence about "Iran's defence minister" is about someone else."""
    ws = words(question)
    out = []
    for i, w in enumerate(ws):
        country = [t for t in terms(w) if t in COUNTRIES]
        # "the Iraqi defense *minister*", "Which Russian *general*": a rank only right after the country
        role = next((x for x in ws[i + 1 : i + 4] if is_role(x) and x not in TITLES), None)
        role = ws[i + 1] if i + 1 < len(ws) and ws[i + 1] in RANKS and is_role(ws[i + 1]) else role
        if country and role:
            out.append((role, country[0]))
    return out


def acting_role(question: str) -> str | None:
    """ "What did *the interior minister* say?" -> "interior minister": the post whose act is
    asked about, with the word before it (the same post, not "Iran's defence minister")."""
    m = re.match(r"what (?:did|does|has|have) (.+)", question.lower())
    asker = words(m.group(1))[:4] if m else []
    return next((" ".join(asker[i - 1 : i + 1]) for i, w in enumerate(asker) if i and w in ROLE_WORDS), None)


def question_subject(question: str) -> str | None:
    """The common noun that does the asking about action ("What did the *delegation* visit"),
    stemmed, or None. The evidence must be about it: "Iran's defence minister has visited"
    does not say what the delegation visited."""
    subject = _clause(question)[0]
    stem = terms(subject) if subject and subject not in STOPWORDS | _PARTIES | _THE_TEXT else []
    return stem[0] if stem else None


# "What does *the article* call Daesh?": the text itself speaks; it is no party to the events.
_THE_TEXT = {"article", "articles", "story", "report", "text", "piece", "corpus"}

# "the two sides", "both countries": they stand for parties the evidence names, not for words it must repeat.
_PARTIES = {
    "side",
    "sides",
    "country",
    "countries",
    "nation",
    "nations",
    "neighbor",
    "neighbors",
    "neighbours",
    "parties",
    "states",
    "governments",
}


_PARTY_STEMS = frozenset(t for w in _PARTIES for t in terms(w)) | {"two", "both"}


_CATEGORY_END = frozenset("did does do is was were are has have had will can".split())


def _modifies(word: str) -> bool:
    """Is the first word after "which" part of what is asked for ("which *Iraqi* militia", "which
    *news* agency")?"""
    return word in ("news", "kind", "kinds", "type", "sort") or is_demonym(word) or word in NOT_NAMES


def category_words(question: str) -> list[str]:
    """The words naming what kind of answer is wanted ("which *disease*", "what *position*"):
    they describe the answer, so the evidence need not repeat them."""
    m = re.search(r"\b(?:which|what)\b(.*)", question.lower())
    out: list[str] = []
    for w in m.group(1).split() if m else []:
        w = w.strip("?,.")
        if w in _CATEGORY_END:
            break
        if len(out) == 2:  # "which national security *adviser* did": the third word before the verb is the head
            nxt = [x.strip("?,.") for x in m.group(1).split()[3:4]] if m else []
            # lower case as written: not "Which *Quds Force* commander"
            lower = re.search(rf"(?i:which|what) {re.escape(' '.join(out))} {re.escape(w)}\b", question)
            if nxt and nxt[0] in _CATEGORY_END and not _modifies(out[0]) and lower:
                out = [w]
            break
        out.append(w)
    after = [x.strip("?,.") for x in m.group(1).split()[2:3]] if m else []
    if len(out) == 2 and not _modifies(out[0]) and not (after and after[0] in _CATEGORY_END):
        out = out[:1]  # "which ministry dismissed": the second word is the verb, not "which mountain range is"
    # "How *high* is the hut?": a height, "stands at 3,198 metres", need not say "high"
    return out + re.findall(r"^how (high|tall|deep|wide|far|heavy)\b", question.lower())


NAME_PART = re.compile(r"\b(first|middle|last|full|given|family) name\b")


@dataclass(frozen=True)
class Reading:
    """Everything the answerer checks a sentence against, read once from one question."""

    text: str
    kind: str  # answer_type
    category: frozenset[str]  # stems of "which *disease*": they describe the answer, need not be in it
    names: tuple[str, ...]  # question_names
    verb: str | None  # question_verb
    subject: str | None  # question_subject
    speaker: str  # "What did *Kadhimi* say": the named speaker, or ""
    who_said: bool  # "Who said ...": the speaker is the answer
    attribute: str | None  # "What is the *budget* of X"
    topic: tuple[str, ...]  # "What did X say about *Russia*"
    listed: int  # "Which *four* countries": how many names the answer must hold
    listed_countries: bool  # ... and whether they must be countries
    counted: str | None  # "How many *advisers*": the noun a number must stand before
    name_part: bool  # "the *middle name* of"
    target: tuple[str, ...]  # "Who leads *the Islamic State group*": what a who-verb question's verb acts on
    other: bool  # "Who *else* was killed": someone besides those already named
    excepted: tuple[str, ...]  # "besides *Iran, Iraq and Syria*": a list naming them all names one more
    beside: tuple[str, ...]  # "Besides *the exhibition*, what else ...?": the sentence telling of it tells the rest
    actors: tuple[tuple[str, ...], tuple[str, ...]]  # "did *Iran* accuse *the US*": who acts, who is acted on
    doer: tuple[str, ...]  # "Whom did *King Salman* meet?": who acts, asked about what they did
    role_owners: tuple[tuple[str, str], ...]  # "the *Iraqi* defense *minister*": (minister, iraq)
    who_is: bool  # "Who is Amir Hatami?": his post answers best
    scope: str  # the question less the words that are not facts to find ("besides X", "full name")
    thing: str | None  # "What *exhibition* did ... visit": the stem of the one noun asked for
    described: str  # "How did Hatami describe *Iraq*?": what is called something, as written, or ""
    acting_role: str | None  # "What did *the interior minister* say?": the post that acts, with its modifier
    times: tuple[str, ...]  # "the *2019* summit", "a *day before*", "*last year*": times the evidence must name
    now: bool  # "Who commands the Quds Force *now*?"
    yes_no: bool  # "Did Iran accept the story?": "dismissed" answers it too
    focus: tuple[str, ...]  # focus_phrase
    focus_terms: tuple[str, ...]  # stems of focus_text
    owners: tuple[str, ...]  # "*Iraq's* defense minister": the countries the role belongs to
    governments: tuple[tuple[str, str], ...]  # "has *Tehran* kept ties": (tehran, iran), a capital acting as its state

    def type_check(self, kind: str) -> str:
        """The kind `has_type` checks for a question of answer type `kind`."""
        q = self.text.lower()
        unit = re.search(r"\b(?:what|which) (year|date|month|day|decade)\b", q)
        if kind == "exact-date" and unit:  # what the question names is what the answer must state
            return {"date": "calendar-date", "day": "weekday"}.get(unit.group(1), unit.group(1))
        which = WHICH_PERSON.search(q)
        if kind == "person" and which:  # "which officials": roles do, and no organisation is one
            return "people" if which.group(0).endswith("s") else "named-person"
        if kind == "person" and _asks_one_person(q):
            return "named-person"  # "Which scientist ...?": one by name, not "Scientists do not know"
        person_noun = re.match(r"what (?:is|was) the (?:full )?name of (?:the |a |an )?(?:[\w-]+ )*?([a-z]+)\?", q)
        if kind == "person" and person_noun and _names_person(person_noun.group(1)):
            return "named-person"  # "What is the name of the retired postman?": not "A retired postman has ..."
        if kind == "place" and _COMES_FROM.match(q):
            return "source"  # "Where does the water come from?": a source, "from a mountain reservoir"
        hails = _HAILS_FROM.match(self.text)
        if kind == "place" and hails and not (hails["last"].islower() and hails["last"].endswith(("ed", "en"))):
            # "Which town is Nika from?": "a schoolgirl *from Maribor*"; "Where is Baltavia from?": "*Latvian*"
            return "origin" if (hails["noun"] or "country").lower() == "country" else "origin-town"
        if kind == "place" and re.match(r"(?:in|at|to|from|into) which (?:[a-z]+ )?(?:city|town|village)\b", q):
            return "city-place"  # "In which (Saudi) city was the summit held?": a place that is no country
        if kind == "place" and not re.match(r"(where|(in|at|to|from|into) which)\b", q):
            if re.search(r"\b(which|what) (\w+ )?(city|cities|towns?|capitals?|villages?)\b", q):
                return "city-name"  # "Which Iraqi city ...": a name that is not a country
            return "place-name"  # "Which country is an ally of Assad?" asks for an actor, not a location
        if kind == "role" and re.search(r"\branks?\b", q):
            return "rank"  # "What military rank does Shamkhani hold?": "Secretary" is no rank
        return kind

    @property
    def org_head(self) -> str | None:
        """ "Which Israeli *agency* killed ...": the kind of organisation asked for, stemmed;
        None for a newspaper or outlet, which the text names without saying what it is."""
        found = [w for w in category_words(self.text) if w in _ORG_KINDS]
        return terms(found[0])[0] if found and self.kind == "org" else None

    def heads(self, kind: str) -> list[str]:
        """ "Which *agency*", "which *minister*": the head an org or person answer stands beside."""
        if kind not in ("org", "person"):
            return []
        found = [w for w in category_words(self.text) if is_head(w)]
        which = WHICH_PERSON.search(self.text.lower()) if kind == "person" else None
        if which and which.group(2) and not found:
            found.append(which.group(2))  # "Which Iraqi air force *commander* ...?": past three words
        return found


_ORG_KINDS = {"agency", "ministry", "group", "force", "militia", "council", "party", "organization", "organisation"}


# "What *exhibition* did ... visit": the one noun naming what is asked for. Where the corpus
# uses that word, the answer does too ("disease" is never written beside "coronavirus").
# "*Near* which constellation was it spotted?" asks for one too; "In which state", "At what
# time" ask for a place or a time, which sentences give without the noun ("on Evia")
_ASKED_THING = re.compile(
    r"(?:(?:near|from|into|for|with|by|under|over|through|behind|inside|beside) )?"
    r"(?:what|which) (?!kind|type|sort)([a-z]+) (?:exactly )?(?:did|does|do|is|was|were|are|has|have|had|will)\b"
    # ... and with a verb in the past: "Which class *wrote* the letter?"
    rf"|(?:what|which) (?!kind|type|sort)([a-z]+) (?:[a-z]+ed|{'|'.join(sorted(IRREGULAR_PAST))})\b"
)
_DESCRIBED = re.compile(
    r"(?i:how|what) (?:did|does|do|has|have) .+? (?:describe|call|characteri[sz]e|label|term|see|view|regard)"
    r" (?!for\b|as\b)((?:the |a |an )?[\w'’-]+(?: [\w'’-]+){0,4}?)(?: as)?\??$"
    # ... and as a statement: "Hatami described *Iraq* as what to Iran?"
    r"|^[\w'’ -]+? (?:described|called|labelled|labeled|termed|branded|dubbed|hailed) "
    r"((?:the |a |an )?[\w'’-]+(?: [\w'’-]+){0,4}?) as (?i:what)\b"
)
# "What happened on *January 3*?": a day the answer states too
_DAY_OF_MONTH = re.compile(rf"\b(?:(?:{'|'.join(MONTHS[:12])}) \d{{1,2}}|\d{{1,2}} (?:{'|'.join(MONTHS[:12])}))\b")
# "What happened a *day before* the summit?": a time relative to an event, which the answer names too
# ("How many *years after* 2014": that is the question, not a given)
_RELATIVE = re.compile(r"\b(?:a|the|one|two|three) ((?:day|week|month|year)s? (?:before|after|earlier|later))\b")
_ABOUT_ARTICLE = re.compile(r"\b(title|headline|article|story|report|piece|published|written|dated|publish)s?\b", re.I)
# "besides Salih", "before meeting Salih": someone the answer is not
_EXCEPT = re.compile(
    r"\b(besides|apart from|other than|aside from|except|along with|before (?:meeting |seeing )?(?=(?-i:[A-Z])))"
    r"[^?,]*(?:, (?-i:[A-Z])[\w'’-]*)*(?:,? and (?-i:[A-Z])[\w'’-]*)?",  # "besides Iran, Iraq and Syria"
    re.I,
)


# Verbs a question of this opening asks through, not about: the length, amount, count, place
# or time is the fact ("How long did the strike *last*?", "How much did the robot *cost*?",
# "How many planes were *used*?", "Where were the talks *held*?", "Which day did the speech *take place*?").
_NOT_FACTS = [
    (
        re.compile(r"(?i)how long\b"),  # "How long is the strike *planned to last*?": how long it lasts
        re.compile(
            r"\b(?:(?:planned|expected|scheduled|due|set|supposed|meant|going) to )?"
            r"(last|take|go on|continue)(?=\W*$| (?:before|until|to)\b)"
        ),
    ),
    (re.compile(r"(?i)how much\b"), re.compile(r"\b(cost|costs)\b")),
    (re.compile(r"(?i)how many\b"), re.compile(r"\b(used|involved|needed|there)(?=\W*$)")),
    (
        re.compile(r"(?i)(?:where|when|(?:on |in )?(?:which|what) (?:day|date|month|year|city|town|country)\b)"),
        re.compile(r"\b(held|hosted|located|based|situated|take place|took place|taking place)(?=\W*$)"),
    ),
]


def question_scope(question: str, kind: str) -> str:
    """The question less what the evidence need not say: "besides the Iraqi president" (who
    the answer is not), "full name" (the answer is a name), and for "When was the story about
    X published?" the words about the article (X is what it must say)."""
    if acronym := STANDS_FOR.match(question):
        return acronym.group(1)  # "What does SNSC stand for?": the expansion shares no word but SNSC
    scope = NAME_PART.sub("", _EXCEPT.sub("", question))
    if kind == "role":  # "What post does X *hold*?": the post is the fact, holding it no word to find
        scope = re.sub(r"\b(hold|have|occupy|fill|do for a living)(?=\W*$)", "", scope)
        scope = re.sub(r"(?i)\b(?:full|official|exact) (?=title\b)", "", scope)  # "Baqeri's *full* title"
    if kind == "age":  # "How *old* is X?": the age is the fact, "old" no word to find
        scope = re.sub(r"(?i)\b(old|age)\b", "", scope)
    if _CARRIED_OUT.match(scope):  # "Which institute carried out the survey?": by which
        scope = re.sub(r"(?i)\bcarr(?:y|ies|ied|ying) out\b", "", scope)
    if re.match(r"(?i)what (?:is|was|are|were) .+ (?:called|named|known as)\W*$", scope):
        scope = re.sub(r"\b(?:called|named|known as)(?=\W*$)", "", scope)  # "What is X called?": a name is the fact
    if kind == "nationality":  # ... and the nationality the fact, in a people's name
        scope = re.sub(r"(?i)\bnationalit(y|ies)\b", "", scope)
    if kind == "colour":  # "What colour was the balloon?": "red and yellow" is the fact
        scope = re.sub(r"(?i)\bcolou?rs?\b", "", scope)
    scope = re.sub(r"(?i)^(how (?:is|are|was|were) .+) related (to\b)", r"\1 \2", scope)  # kinship is the fact
    scope = re.sub(r"(?i)\b(?:serving|working) as\b", "", scope)  # "Who was serving as X?" asks who was X
    scope = re.sub(r"(?i)\bin charge of\b", "head of", scope)  # "in charge of X": "head of X"
    scope = re.sub(r"(?i)\btoo (?:little|few)\b", "not enough", scope)  # "too little snow": "without enough snow"
    measure = r"(?i)^how (big|large|small|far|strong|fast|hot|cold|warm|full|heavy)\b"
    scope = re.sub(measure, "how", scope)  # the size is the fact, in whatever unit
    for opening, verbs in _NOT_FACTS:
        if opening.match(scope):
            scope = verbs.sub("", scope)
    if kind == "author":
        scope = re.sub(r"(?i)\b(wrote|authored|reported|author|reporter)\b", "", scope)
    return _ABOUT_ARTICLE.sub("", scope) if kind in ("headline", "published", "author") else scope


# "How long was the book *missing*?", "How long was the bridge *closed*?": how long a state lasted
_IN_A_STATE = r" (?:missing|away|gone|open|shut|empty|vacant|lost|[a-z]{3,}ed)\W*$"
# "Which countries run the centre?": more than one, so a sentence naming one is no answer.
_PLURAL_PLACES = re.compile(r"(?:which|what) (?:\w+ )?(?:countries|nations|cities)\b")


@functools.lru_cache(maxsize=1024)
def read(question: str) -> Reading:
    """Read `question` (already tidied) for the answerer's checks. Cached: the answerer reads the
    same question in each of its passes (`on_topic`, then `score_candidates` once or twice), and a
    Reading is frozen."""
    q = question.lower()
    m = re.match(r"(?:what|which) (?:is|was|are|were) (?:the )?([a-z]+) of\b", q) or re.match(
        r"(?:what|which) (?:is|was|are|were) (?:(?!(?:in|of|on|at|for|from|to|with|by|during)\b)[\w'’-]+ ){0,4}?"
        r"[\w-]+['’]s (?:[a-z]+ ){0,2}?([a-z]+)\??$",
        q,  # "What is Fayyad's *age*?", "What is Novak's own chess *rating*?"; not "the time *in* the women's race"
    )
    kind = answer_type(question)
    attribute = terms(m.group(1), drop_question_words=True) if m and not is_head(m.group(1)) else []
    attribute = [] if kind in ("headline", "reason") else attribute  # "the headline of the story": its title line
    # "What did X say about *Russia*?"; not "*Rather than talk about* the strikes, what did X urge?"
    unsaid = re.sub(r"(?i)\b(?:rather than|instead of)\b[^,?]*,?", "", question)
    about = re.search(r"\b(?:say|said|says|speak|spoke|talk|tell|told)\b.*?\babout (.+?)\??$", unsaid)
    # "Which four countries": four names; not "Which three areas of cooperation", named in plain words
    sorts = r"(?!(?:areas|kinds|types|fields|forms|ways)\b)"
    listed = re.match(rf"(?:which|what) (two|three|four|five|six) {sorts}\w+s\b", q)
    topic = terms(about.group(1), drop_question_words=True) if about else []
    # "How many *winters* in a row has ...", "How many *days* a winter were ...": a rate or a run, not the noun
    qc = re.sub(r" (?:in a row|running|(?:a|per|each) (?:day|week|month|year|season|winter|summer))\b", "", q)
    counted = re.match(  # "How many bee *colonies* does ...", "how many children's cancer *wings* does"
        r"how many (?:[a-z'’-]+ ){0,3}?([a-z-]+) "
        r"(?=(?:did|does|do|were|was|are|is|have|has|had|will|can)\b|[a-z]+ed\b)",
        qc,
    )
    counted = counted or re.match(r"how many (?:[a-z-]+(?<!s) )([a-z-]+s)\b", qc)  # "How many union *members* work"
    counted = (
        re.match(r"how many ([a-z-]+) of\b", qc) or counted or re.match(r"how many ([a-z-]+)", qc)
    )  # "*pieces* of"
    counted_terms = terms(counted.group(1)) if counted else ["duration"] if q.startswith("how long") else []
    # "How large was the delegation?": how many were in it ("a 30-strong delegation"), not a "two-day trip"
    sized = re.match(r"how (?:large|big) (?:is|was|are|were) (?:the |its |his |her |their )?(delegation|crowd|team)", q)
    counted_terms = terms(sized.group(1)) if sized else counted_terms
    if re.match(r"how long (has|have)\b", q):
        counted_terms = ["span"]  # "How long has X been secretary?": since when, not a "two-day trip"
    elif re.match(r"how long (is|are|was|were)\b", q) and re.search(_IN_A_STATE, q):
        counted_terms = ["duration"]  # "How long was the book *missing*?", "... the bridge *closed*?": a time
    elif re.match(r"how long (is|are|was|were)\b", q) and not re.search(r"\b(?:last|go on|continue)\W*$", q):
        counted_terms = ["length"]  # "How long is the fissure?": "3 kilometres", or a "two-day trip"
    names = question_names(_EXCEPT.sub("", question))  # "besides Salih": the answer need not name him
    # "When was the story *published*", "Who *wrote* the article": the article's act, not the story's
    verb = None if kind in ("acronym", "published", "author", "headline") else question_verb(question)
    if kind == "number" and verb == "cost":
        verb = None  # "How much did the robot cost to build?": "built it ... for about 900 euros"
    focus_terms = terms(focus_text(question))
    thing = _ASKED_THING.match(q)
    # ... not a body by a past verb: "Which company announced the ban?" is answered by "Southbrook Water"
    body = thing is not None and thing.group(2) in ORG_WORDS
    thing_terms = terms(thing.group(1) or thing.group(2)) if thing and kind == "any" and not body else []
    described = _DESCRIBED.match(question)
    besides = _EXCEPT.search(question)
    except_phrase = besides.group() if besides else ""  # "besides Iran, Iraq and Syria", "Besides the exhibition"
    listing = bool(re.search(r",| and ", except_phrase))  # a list of names
    beside = except_phrase[len(besides.group(1)) :] if besides and not question_names(except_phrase) else ""
    return Reading(
        text=question,
        kind=kind,
        category=frozenset(terms(" ".join(category_words(question)))),
        names=tuple(names),
        verb=verb,
        subject=question_subject(question),
        speaker=asked_speaker(question),
        who_said=bool(re.match(r"who (said|says|told|stated|claimed|stressed|noted|added|warned|insisted)\b", q)),
        attribute=attribute[0] if attribute else None,
        topic=tuple(t for t in topic if t not in _PARTY_STEMS),  # "the two countries" are parties, not words
        listed=NUMBER_WORDS.index(listed.group(1)) + 1 if listed else 2 if _PLURAL_PLACES.match(q) else 0,
        listed_countries=bool(re.search(r"\b(countries|nations|states)\b", q)),
        counted=counted_terms[0] if counted_terms else None,
        name_part=bool(NAME_PART.search(q)),
        target=tuple(who_target(question)),
        scope=question_scope(question, kind),
        thing=thing_terms[0] if thing_terms else None,
        described=(described.group(1) or described.group(2)) if described else "",
        acting_role=acting_role(question),
        times=tuple(re.findall(rf"\b{YEAR}\b|\b\d+(?:st|nd|rd|th)\b", q))  # "the *2019* summit", "the *28th*"
        + tuple(m.group(1) for m in _RELATIVE.finditer(q))
        + tuple(_DAY_OF_MONTH.findall(q))
        + tuple(re.findall(r"\blast year\b", q)),  # "Who won *last year*?": not the race the article reports
        now=bool(re.search(r"\b(now|today|currently|current)\b", q)),
        yes_no=bool(re.match(r"(did|does|do|is|was|were|are|has|have|had|will|can)\b", q)),
        who_is=bool(re.fullmatch(rf"(?i:who) (?:is|was) (?:[{UPPER}][\w’'-]*\s?)+\??", question.strip())),
        actors=actors(question, verb),
        doer=tuple(doer(question, verb)),
        role_owners=tuple(role_owners(question)),
        other=bool(
            re.search(r"\b(who|what|where) else\b|\balso\b|\b(the|which|what) other\b", q)
            # "Where did Ruby come from *before Brackenfield*?" asks where she was, not who else
            or (besides is not None and not re.match(r"where\b.*\bfrom before\b", q))
        ),
        excepted=tuple(terms(" ".join(question_names(except_phrase)))) if listing else (),
        beside=tuple(terms(beside)),
        focus=tuple(focus_phrase(question)),
        focus_terms=tuple(focus_terms),
        owners=tuple(t for t in names if t in focus_terms and t in COUNTRIES),
        governments=tuple(
            (terms(c)[0], land)
            for c, land in CAPITAL_OF.items()
            if re.search(rf"\b(?:did|does|do|has|have|had|will|would|can) (?:[A-Z]\w+ and )?{c}\b(?! been\b)", question)
            # "tensions *between Tehran and Riyadh*", "*Washington's* alleged aim": states, not cities
            or re.search(rf"\bbetween (?:{c} and [A-Z]\w+|[A-Z]\w+ and {c})\b", question)
            or re.search(rf"\b{c}['’]s (?!capital\b|mayor\b|streets?\b|airport\b)", question)
            # "Iran props up which Syrian leader *alongside Moscow*?": an ally is a state
            or re.search(rf"\b(?:alongside|along with|together with) {c}\b", question)
            # "Which security *council in Tehran*": a state body, seated in its capital
            or re.search(rf"(?i:council|ministry|government|agency|army|parliament|court|committee) in {c}\b", question)
        ),
    )


_PRONOUN = re.compile(r"\b(he|she|him|his|her|hers|they|them|their|it|its|this|that|these|those|there|then)\b", re.I)


def is_follow_up(question: str) -> bool:
    """Does the question lean on an earlier turn ("What was *he* responsible for?")?"""
    return bool(_PRONOUN.search(question)) or len(question.split()) <= 3
