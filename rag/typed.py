"""Questions as people type them, rewritten into the form the readers expect.

`tidy_question` turns "quick question: waht did king salman criticise" into "What did King
Salman criticise?": polite requests, labels, asides and lead-ins go, a slip in the first
word and a misspelled name ("Bagheri") are read as meant, words are cased as the corpus
writes them, and a question mark ends it. It leaves the meaning alone: reading what the
question asks for is question.py's; a word it cannot place stays as typed.
"""

from __future__ import annotations

import re

from rag.lexicon import ROLE_WORDS
from rag.text import STOPWORDS, TermStats, edit_distance, respelled

__all__ = ["respellings", "tidy_question"]

_WH = re.compile(
    r"^(what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|does|do|has|have|had|will|can)\b", re.I
)


# "Name the four nations ...", "Give me Shamkhani's title": a request that is no question;
# read as "Which four nations ...?", "What is Shamkhani's title?"
_IMPERATIVE = re.compile(
    r"^(?:please\s+)?(?:(name|list|identify)\s+(?:the |a |an |one )?|(?:give|tell) me\s+"
    r"|give (?=the (?:number|total|count|amount)\b))"  # "Give the number of missiles ...": how many
    r"(?!(?:what|which|who|whom|whose|when|where|why|how|if|whether)\b)(?=\w)",
    re.I,
)

# "Can you tell me ...", "Please tell me: ...", "I'd like to know ...", "..., please?"
_REQUEST = re.compile(
    r"^(?:(?:hi|hello|hey|ok(?:ay)?|so|and|also|now)\b[,!.]?\s*)*(?:please[,:]?\s+)?"
    r"(?:(?:can|could|would|will) you (?:please )?(?:tell|show|let) me(?: know)?|(?:please )?tell me"
    r"|do you know|(?:i|we)(?: want| wanna| would like|'d like|’d like| need) to know|i wonder(?:ed)?"
    r"|remind me|i forget|quick question|one more question)?"
    r"(?:\s*(?:,|:|-)\s*|\s+)?(?=\w)|[,\s]+please\b(?=\W*$)",
    re.I,
)


# "according to the articles", "in the news": they name the corpus itself, so they say nothing.
_ABOUT_THE_CORPUS = re.compile(
    r",?\s*\b(?:(?:mentioned|named|cited|quoted|discussed|described|reported) )?"
    r"(?:according to|based on|in|from) (?:the |these |your )?"
    r"(?:news|articles?|reports?|stories|corpus|sources|texts?|documents?)\b"
    r"(?!\s+(?:on|about|of|covering|describing)\b),?",  # "in the report *on X*" names one: question.py's
    re.I,
)


_LEADING_PHRASE = re.compile(
    r"^(?P<pre>(?!(?:what|which|who|whom|whose|when|where|why|how)\b)[^?,]{2,60}),\s*"
    r"(?P<q>(?:what|which|who|whom|whose|when|where|why|how)\b.*)$",
    re.I,
)


_WH_WORDS = ("what", "which", "where", "when", "who", "why", "how")

# Said around a question, not part of it: "quick question:", "(the other officials)", "in a few words"
_ASIDE = re.compile(r"\s*\([^)]*\)\W*$|,?\s*\b(?:in (?:a few|one|short|brief) words?|in short|briefly)\b", re.I)
_ABBREVIATIONS = {
    "nyt": "New York Times",
    "pm": "Prime Minister",
    "premier": "prime minister",
    "head of state": "president",
}
_CONTRACTION = re.compile(r"\b(do|does|did|is|are|was|were|has|have|had|wo|ca)n['’]t\b", re.I)
_CONTRACTED = {"wo": "will", "ca": "can"}  # "won't", "can't"
_PREAMBLE = re.compile(
    rf"^(?P<pre>[^?]{{3,90}}?)\s+(?:-|–|—)\s+|^(?P<label>[^?\s][^?]{{0,30}}):\s+(?=(?:{'|'.join(_WH_WORDS)})\b)", re.I
)
# "What is the title of the recovered painting?": a work, named as it is ("The work, *Winter
# Morning ...*"); not a person's title ("Baqeri's full title") nor the article's ("headline")
WORKS = "painting|picture|portrait|sculpture|statue|drawing|book|novel|film|song|album|play|poem|opera|artwork|tune"
_TITLE_OF = re.compile(
    rf"^what (is|was) the (?:name|title) of ((?:the|this|that|its|their|his|her) (?:[\w-]+ ){{0,2}}?(?:{WORKS}))\?$",
    re.I,
)
# A question asked as a statement, its question word last: "Salih said Iran has been what?"
_ECHO_SAID = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’-]*\s?)+?) (?P<verb>said|says|claimed|claims) (?P<rest>.+?),?\s+(?P<wh>what|whom|who)\?$"
)
_SAY_BASE = {"said": ("did", "say"), "says": ("does", "say"), "claimed": ("did", "claim"), "claims": ("does", "claim")}
# Meeting said as sitting down: "Which minister *sat down with* Hatami?" asks whom he met
_SAT_DOWN = re.compile(r"\b(sat|sit|sits|sitting) down with\b", re.I)
_MET = {"sat": "met", "sit": "meet", "sits": "meets", "sitting": "meeting"}
_HEARD = re.compile(r"^(?:i|we) (?:read|heard|saw|think|know|remember)(?: that)? ", re.I)  # "i read that ..."


def _chatter(question: str, stats: TermStats) -> str:
    """The question without what people type around it: a slip in its first word ("waht",
    "wich", "whats"), an aside ("(the other officials)"), a label ("quick question:"), and a
    lead-in before a dash, which goes after the question if it names something ("i read that
    Iran's defence minister went to Baghdad - what did he visit?") and away if not ("I forget
    - where ..."), a "For" before "how long", "How soon", "At what point" or "At what time of
    the week" for "When", "the title of the painting" for what it is called, a question put as
    a statement ("Shamkhani said Iraqis can do without outsiders for what?") as one, and "sat
    down with" as "met with"; news abbreviations are spelled out ("nyt", "PM", "premier") and
    contractions read out ("don't" -> "do not")."""
    q = _ASIDE.sub("", question.strip()).strip() or question.strip()
    if m := _PREAMBLE.match(q):
        pre, rest = _HEARD.sub("", m["pre"] or ""), q[m.end() :]
        named = any(w.lower().replace("’", "'") in stats.capitalised for w in re.findall(r"[\w’'-]+", pre))
        q = f"{rest.rstrip('?')}, {pre}?" if named and m["pre"] and _WH.match(rest) else rest if _WH.match(rest) else q
    q = re.sub(r"(?i)^for how long\b", "How long", q)  # "For how long has Iran kept ...?"
    q = re.sub(r"(?i)^how soon\b", "When", q)  # "How soon is the paper expected to be signed?"
    q = re.sub(r"(?i)^at what (?:point|stage|time(?: of (?:the )?(?:day|week|year))?)\b", "When", q)
    q = _TITLE_OF.sub(r"What \1 \2 called?", q)  # "What is the title of the painting?": what is it called
    if m := _ECHO_SAID.match(q):  # "Shamkhani said Iraqis can do without outsiders for what?"
        aux, verb = _SAY_BASE[m["verb"].lower()]
        q = f"{m['wh'].capitalize()} {aux} {m['who']} {verb} {m['rest']}?"  # "What did Shamkhani say ... for?"
    q = _SAT_DOWN.sub(lambda m: f"{_MET[m[1].lower()]} with", q)  # "sat down with": "met with"
    first = re.match(r"[A-Za-z]+", q)
    if first:
        w = first.group().lower()
        fixed = {"whats": "what is", "whos": "who is", "wheres": "where is"}.get(w)
        if not fixed and len(w) >= 4 and w not in stats.vocabulary and w not in STOPWORDS:
            near = [x for x in _WH_WORDS if edit_distance(w, x) == 1]
            fixed = near[0] if len(near) == 1 else None
        if fixed:
            q = fixed + q[first.end() :]
    q = re.sub(
        rf"\b({'|'.join(_ABBREVIATIONS)})\b(?<!\d pm)", lambda m: _ABBREVIATIONS[m.group().lower()], q, flags=re.I
    )
    return _CONTRACTION.sub(lambda m: f"{_CONTRACTED.get(m[1].lower(), m[1])} not", q)  # "don't" -> "do not"


def respellings(question: str, stats: TermStats) -> list[tuple[str, str]]:
    """(as typed, as the corpus spells it) for each misspelled name: "Bagheri" -> "Baqeri"."""
    ws = re.findall(r"[A-Za-z][\w’'-]*", question)
    following = [*ws[1:], ""] if ws else []
    return [(w, name) for w, nxt in zip(ws, following, strict=True) if (name := respelled(w, stats, nxt))]


def tidy_question(question: str, stats: TermStats) -> str:
    """The question as the rules expect it: without a polite request around it ("Can you
    tell me who ..."), words cased as the corpus writes them ("who is shamkhani" -> "who is
    Shamkhani", "Interior Minister" -> "interior minister"), and a question mark at the end.
    Words the corpus never uses keep the case they were typed in; a misspelled name becomes
    the corpus's spelling ("Bagheri" -> "Baqeri", see `text.respelled`)."""

    def case(word: str, following: str = "") -> str:
        if name := respelled(word, stats, following):
            return name  # "Bagheri" -> "Baqeri"
        low = word.lower().replace("’", "'")
        if low in ROLE_WORDS and word.islower():
            return word  # "the SNSC *secretary* hold talks": a post, capitalised below only before a name
        if low in stats.capitalised and word.islower() and not _only_in_pairs(low, following.lower()):
            return stats.capitalised[low]
        base = low.removesuffix("'s")
        if base != low and base in stats.capitalised and word.islower():
            return stats.capitalised[base] + word[len(base) :]  # "hatami's" -> "Hatami's"
        if low in stats.lowercase and word[:1].isupper() and not word.isupper():
            return word.lower()
        return word

    def _only_in_pairs(low: str, following: str) -> bool:
        """Is `low` capitalised in the corpus only as the first word of a name it does not
        start here ("the *new* wind farm", where the articles write "New York")?"""
        return low in stats.firsts and low not in stats.alone and (low, following) not in stats.name_pairs

    question = _chatter(question, stats)
    if m := _IMPERATIVE.match(question.strip()):
        question = ("Which " if m.group(1) else "What is ") + question.strip()[m.end() :]
    question = _REQUEST.sub("", question.strip()).strip() or question.strip()
    question = _ABOUT_THE_CORPUS.sub("", question).strip(" ,") or question
    question = re.sub(r"^(who|what|where|when|how|which)['’]s\b", r"\1 is", question, flags=re.I)  # "Who's"
    if m := _LEADING_PHRASE.match(question):  # "In 2014, who rushed ...?" -> "Who rushed ..., in 2014?"
        question = f"{m['q'].rstrip('?')}, {m['pre'][:1].lower()}{m['pre'][1:]}?"
    toks = re.split(r"(\s+)", question)
    for i in range(2, len(toks), 2):  # every word but the first
        core = toks[i].rstrip("?,.!;:")
        previous = toks[i - 2].rstrip("?,.!;:")
        proper = previous[:1].isupper() and previous.lower() not in stats.common  # "Southbrook", not "Air"
        if core[:1].isupper() and proper and (previous.lower(), core.lower()) in stats.name_pairs:
            continue  # "Southbrook Water": a name the corpus writes, though it writes "water" in lower case
        after = toks[i + 2].rstrip("?,.!;:") if i + 2 < len(toks) and core == toks[i] else ""  # "Qasem Soleimani"
        cased = case(core, after)
        cased = cased if cased != core or "-" not in core else "-".join(map(case, core.split("-")))
        before = toks[i - 2].rstrip("?,.!;:").lower()
        if cased.islower() and (before, cased) in stats.name_pairs and cased not in stats.common:
            cased = cased.capitalize()  # "costa rica" -> "Costa Rica", a word the articles only capitalise
        toks[i] = cased + toks[i][len(core) :]
    out = "".join(toks)
    titles = "|".join(sorted(ROLE_WORDS | {"brigadier", "lieutenant", "major"}))
    out = re.sub(  # "king Salman", but not "the iraqi president Shamkhani met": he is no president
        rf"\b({titles}) (?=([A-Z]\w*))",
        lambda m: (
            m[0]
            if m[2].lower() in stats.capitalised and (m[1], m[2].lower()) not in stats.name_pairs
            else m[1].capitalize() + " "
        ),
        out,
    )
    out = re.sub(  # "new York Times" -> "New York Times"
        r"\b([a-z]+) (?=([A-Z]\w*))",
        lambda m: m.group(1).capitalize() + " " if (m.group(1), m.group(2).lower()) in stats.name_pairs else m.group(0),
        out,
    )
    out = re.sub(  # "what did putin say": a word the corpus never writes, in a speaker's place, is a name
        r"\b(did|does|has|have|had) ([a-z]{3,}) (?=(?:say|tell|claim|think|want)\b)",
        lambda m: f"{m[1]} {m[2].capitalize()} " if m[2] not in stats.vocabulary and m[2] not in STOPWORDS else m[0],
        out,
    )
    if toks and toks[0][:1].islower():
        out = out[:1].upper() + out[1:]
    if _WH.match(out) and not out.endswith("?"):
        out = out.rstrip(".!") + "?"
    return out
