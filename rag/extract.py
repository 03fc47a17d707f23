"""The offline answerer: pick the sentence that answers, or abstain.

No LLM. Candidates are the stored sentences inside the retrieved chunks. A candidate must
pass three checks, then is scored, because no single signal separates answers from near
misses (a cosine threshold cannot: unanswerable questions score inside the range of
answerable ones):

- type: what the question asks for (a date, a number, a person, a place, an organisation)
  is in the sentence and does not merely repeat the question; for "who is <role>" the
  name stands in apposition to the role;
- anchors: every proper name of the question appears in the sentence or the two before
  it, and the question's main verb ("did X *meet*") appears in the sentence itself;
- score: IDF-weighted coverage of the question's terms (sentence alone, and with its
  context for "he" / "the two sides"), MiniLM cosine, the rank of its chunk.

It abstains when no candidate passes or the best covers too little of the question. It
does not paraphrase: the answer is the quoted sentence(s). Weights and thresholds are in
`Weights`, fitted on eval/facts.jsonl.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from rag.store import Unit
from rag.text import COUNTRIES, DEMONYMS, IRREGULAR_PAST, STOPWORDS, synonyms, terms, words

__all__ = [
    "ABSTAIN_TEXT",
    "DEFAULT_WEIGHTS",
    "Pick",
    "TermStats",
    "Weights",
    "answer_type",
    "context_adds",
    "is_follow_up",
    "leans_on_previous",
    "match_synonym",
    "match_term",
    "pick_sentences",
    "score_candidates",
    "tidy_question",
]

ABSTAIN_TEXT = "The corpus does not say."

_NUMBER_WORDS = (
    """one two three four five six seven eight nine ten eleven twelve dozen dozens hundred
    hundreds thousand thousands million millions billion first second third fourth fifth half"""
).split()
_MONTHS = (
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday"""
).split()
_ORG_WORDS = set(
    """agency council ministry force forces republic service army navy state times news media
    league party government parliament group base airport committee organization organisation
    university bank tv press industries corps guard militia""".split()
)
_ROLE_WORDS = set(
    """president minister ministers chief commander general secretary adviser advisor head king
    spokesman official officials counterpart leader director chairman prime deputy ambassador
    delegation""".split()
)


@dataclass(frozen=True)
class Pick:
    """A candidate sentence and why it scored: higher `score` is better (about 0..1.3)."""

    unit: Unit
    score: float
    coverage: float  # of this question's terms (not an earlier turn's), by the sentence with its context
    own_coverage: float  # by the sentence alone
    cosine: float


_DEMONYM = re.compile(r"(ian|ians|ish|ese|is)$")
_NOT_NAMES = set(
    """iraqi iraqis saudi israeli arab western islamic takfiri sunni shiite kurdish us the a an in on at
    he she they it his her their this that these those but and also both earlier later top read""".split()
) | set(_MONTHS)
_HEADS = _ROLE_WORDS | _ORG_WORDS | {"second-in-command", "militia", "capital", "city", "base"}
_CONNECTORS = {"of", "the", "al", "bin", "ibn", "and"}
_TOKEN = re.compile(r"[A-Za-z0-9][\w’'-]*|[^\w\s]")
# "Who is Iraq's interior minister?", "the name of the Iraqi militia that ...": the answer
# must stand in apposition to that phrase, not merely share a sentence with it.
_FOCUS = re.compile(
    r"^(?P<wh>who|what) (?:is|was|are|were) (?:the )?"
    r"(?P<name>(?:first |full |last )?name of )?(?:the )?(?P<f>.+?)"
    r"(?: (?:who|that|which|whose|whom|when|where)\b.*)?\??$"
)


_WHICH_PERSON = re.compile(
    r"\bwhich (\w+ ){0,2}(official|minister|general|commander|president|king|leader|secretary|chief|adviser)s?\b"
)


def answer_type(question: str) -> str:
    """What the question asks for: number, exact-date, date, place, org, person, role or any."""
    q = question.lower()
    if re.search(r"\bhow (many|much|long)\b|\bwhat (number|percentage|amount|share)\b", q):
        return "number"
    if re.search(r"\b(what|which) (year|date|month|day)\b|\bon what day\b", q):
        return "exact-date"
    if re.match(r"(since |until |till |by )?when\b", q):
        return "date"
    if re.search(r"\bwhere\b|\b(what|which) (\w+ )?(city|cities|country|countries|capital|place|town|region)\b", q):
        return "place"
    if re.search(
        r"\b(what|which) (\w+ )?(agency|outlet|newspaper|organi[sz]ation|group|ministry|paper|force|"
        r"militia|council|party)\b(?! (leader|commander|chief|head|spokesman|member|official)s?\b)",
        q,
    ):
        return "org"
    if re.search(r"\bwho(m)?\b|\bname of\b", q) or _WHICH_PERSON.search(q):
        return "person"
    if re.match(r"(what|which) (is|was) (\S+'s |the )?(job|position|post|title|rank)\b", q) or re.match(
        r"(what|which) (job|position|post|title|rank) (does|did|do) .*\b(hold|have|occupy|fill)\b", q
    ):
        return "role"
    return "any"


def focus_phrase(question: str) -> list[str]:
    """Head words of the role or group a who-is / name-of question asks about, or [].

    [] too when the phrase already ends in a name ("Iran's defence minister Hatami").
    """
    q = question.replace("’", "'").strip()
    m = _FOCUS.match(q.lower())
    if not m:
        return []
    phrase = q[m.start("f") : m.end("f")].split()
    if len(phrase) > 1 and phrase[-1][:1].isupper() and _is_head(phrase[-2].lower()):
        return []
    ws = words(m.group("f"))
    if ws and (ws[0].endswith("ed") or ws[0] in IRREGULAR_PAST):
        return []  # "who was *killed* in Iran": a passive verb, not a role
    if m.group("wh") == "what" and not m.group("name") and not (ws and _is_head(ws[0])):
        return []  # "what is Baqeri's position": not a role phrase
    heads = [w for w in ws if _is_head(w)]
    if not heads and m.group("name") and ws and m.group("wh") == "what":
        return ws[-1:]  # "the name of the US *drone*": a name must stand beside it
    return heads


def focus_text(question: str) -> str:
    """The whole role phrase of a who-is / name-of question ("president of the united states")."""
    m = _FOCUS.match(question.replace("’", "'").strip().lower())
    return m.group("f") if m and focus_phrase(question) else ""


def _is_head(w: str) -> bool:
    return w in _HEADS or w.rstrip("s") in _HEADS


def _is_name(tok: str, qwords: set[str]) -> bool:
    w = words(tok)
    if not w or not (tok[:1].isupper() or re.match(r"al-[A-Z]", tok)):
        return False
    lw = w[0]
    return (
        lw not in qwords
        and lw not in _NOT_NAMES
        and lw not in DEMONYMS
        and not _DEMONYM.search(lw)
        and not lw.isdigit()
    )


def _modified_head(text: str, heads: list[str], qwords: set[str]) -> bool:
    """ "Iran's *foreign* ministry": a head word with a modifier the question lacks."""
    toks = [m.group().lower() for m in _TOKEN.finditer(text)]
    return any(
        t in heads and i > 0 and toks[i - 1].isalpha() and toks[i - 1] not in qwords and toks[i - 1] not in STOPWORDS
        for i, t in enumerate(toks)
    )


def _in_apposition(text: str, focus: list[str], qwords: set[str]) -> bool:
    """Is a name right after the focus phrase ("adviser Falih Fayyad", "Base of the Army,
    Brigadier General X") or right before it with a comma ("Saad al-Alak, head of")?"""
    toks = [m.group() for m in _TOKEN.finditer(text)]
    low = [t.lower().replace("’", "'") for t in toks]
    low = [t[:-2] if t.endswith("'s") else t for t in low]
    fset = set(focus) | {f + "s" for f in focus}
    hits = [i for i, t in enumerate(low) if t in fset]
    if not hits:
        return False
    commas = 0
    for t, lt in zip(toks[max(hits) + 1 :], low[max(hits) + 1 :], strict=True):  # forwards
        if _is_name(t, qwords):
            return True
        if t == ",":
            commas += 1
            if commas > 1:
                break
        elif not (t in "()" or lt in _CONNECTORS or t[:1].isupper()):
            break
    j = min(hits) - 1
    while j >= 0 and low[j] in ("the", "a", "an", "its", "news"):
        j -= 1
    k = j
    people = any(f in _ROLE_WORDS for f in focus)  # "Navy, Air Force, Air Defense commanders" name no one
    while not people and k >= 0 and (toks[k][:1].isupper() or toks[k] == ","):  # "Quds Force"
        if _is_name(toks[k], qwords):
            return True
        k -= 1
    return j >= 1 and toks[j] == "," and _is_name(toks[j - 1], qwords)


def question_names(question: str) -> list[str]:
    """Stemmed terms of the proper names in a question ("Shamkhani", "Iran-Iraq", "Al-Qaeda's"):
    an answer must mention each of them."""
    out: list[str] = []
    for i, m in enumerate(_TOKEN.finditer(question.replace("’", "'"))):
        tok = m.group()
        if i == 0 or not tok[:1].isupper():
            continue
        for part in tok.split("-"):
            out += [t for t in terms(part) if len(t) > 2 and part.lower() not in _ROLE_WORDS]  # not "King"
    return list(dict.fromkeys(out))


# Verbs that news paraphrases freely ("describe" for "called", "talk" for "a telephone conversation").
_LIGHT_VERBS = set(
    """describe call talk speak say tell state claim note add mention report announce express comment want
    get make do have go come take give put use see know think regard consider view hold serve""".split()
)
_AUX = {"did", "does", "do", "will", "would", "can", "could", "should", "has", "have", "had"}
_BE = {"was", "were", "is", "are"}
_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "iran's", "iraq's"}
_DETERMINERS |= {"two", "three", "both", "all", "each"}
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


_INTENT = {"plan", "want", "try", "intend", "expect", "seek", "aim", "hope", "decide", "need", "agree", "agreed"}


def _clause(question: str) -> tuple[str | None, str | None]:
    """(subject noun, verb) of a "What did the *delegation* *visit*…" question, unstemmed; None
    where the question has no such part (or the subject is only names, handled elsewhere)."""
    raw = re.findall(r"[\w’'-]+|\?", question)
    toks = [t.lower().replace("’", "'") for t in raw]
    rest = [t for t, r in zip(toks[1:3], raw[1:3], strict=False) if not t.endswith("ly") and r.islower()]
    if toks[0] == "who" and rest and rest[0] not in _AUX | _BE | {"else", "?"}:  # not "who Shamkhani met"
        return None, rest[0]  # "Who *met* Barham Salih?"
    caps = [t[:1].isupper() or bool(re.match(r"al-[A-Z]", t)) for t in raw]
    for i, t in enumerate(toks[:4]):
        if t in _AUX or t in _BE:
            j = i + 1
            while j < len(toks) and (toks[j] in _DETERMINERS or caps[j] or toks[j].endswith("'s")):
                j += 1
            j0 = j
            run: list[str] = []  # lowercase words up to the next preposition: subject noun, verb, object
            while j < len(toks) and not caps[j]:
                if toks[j] in _PREPOSITIONS | _DETERMINERS:
                    k = j + 1  # "did the meeting *between Shamkhani and Salih* address": a name-only phrase
                    while k < len(toks) and (caps[k] or toks[k] == "and"):
                        k += 1
                    if not (toks[i + 1] in _DETERMINERS and len(run) == 1 and toks[j] in ("between", "of", "with")):
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
                run.append(toks[j])
                j += 1
            last = raw[j0 - 1] if j0 > i + 1 else ""
            named = bool(last) and toks[i + 1] not in _DETERMINERS and not toks[j0 - 1].endswith("'s")
            named = named and _is_name(last, set())
            light = [k for k, w in enumerate(run[1:3], 1) if w in _LIGHT_VERBS or w in ("say", "said", "told")]
            if "be" in run[:-1]:
                v = run.index("be") + 1  # "will the document be *signed*"
            elif named and run:
                v = 1 if run[0].endswith("ly") and len(run) > 1 else 0  # "did Iran *fire* missiles"
            elif light:
                v = light[0]  # "did the military chief *say* the Americans ..."
            elif known := [k for k, w in enumerate(run) if k and terms(w) and synonyms(terms(w)[0]) != {terms(w)[0]}]:
                v = known[0]  # "did Iran's military advisory *help* Iraq": a verb VERB_CLASSES knows
            elif len(run) >= 3:
                v = 2 if _is_head(run[1]) else 1  # "did the president *urge* ...", "did the defence minister *visit*"
            elif run:
                v = len(run) - 1  # "did the delegation *visit*", "did Hatami *invite*"
            else:
                return None, None
            verb: str | None = run[v]
            if v == len(run) - 1 and run[v] in _INTENT and toks[j : j + 1] == ["to"] and j + 1 < len(toks):
                verb = toks[j + 1]  # "did the delegation plan to *hold*": the planned act is asked about
            if t in _BE and not (run[v].endswith(("ed", "en")) or run[v] in IRREGULAR_PAST):
                verb = None  # "was he responsible", "is X's position": no verb to check
            # A subject noun only where the question spells one out: "did *the* (Iraqi) delegation
            # visit", "did Saudi Arabia's king accuse"; not "did Hatami describe supporting".
            modified = j0 > i + 1 and (toks[i + 1] in _DETERMINERS or toks[j0 - 1].endswith("'s"))
            one_noun = v == 1 or (v == 2 and run[1] == "be")
            subject = run[0] if verb and modified and one_noun and not run[0].endswith("ly") else None
            return subject, verb
    return None, None


def question_verb(question: str) -> str | None:
    """The main verb of a "What did X *invite*…" / "When was X *killed*" question, stemmed, or None.

    The answer sentence itself must use it: sharing the names and the place is not enough
    ("Shamkhani underlined Tehran's position" does not say whom Shamkhani *met* in Tehran)."""
    verb = _clause(question)[1]
    stem = terms(verb) if verb else []
    light = {t for v in _LIGHT_VERBS for t in terms(v)}
    return stem[0] if stem and verb not in STOPWORDS | _LIGHT_VERBS and stem[0] not in light else None


# "What did Kadhimi say?": the evidence must report speech (a verb of saying or a quote).
_SPEECH_QUESTION = re.compile(r"^(?i:what|who|whom|how)\b.*\b(?i:did|does|do|has|have|had)\b.*\b(say|tell|claim)\b")
_HEADLINE_SPEAKER = re.compile(r"^([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*):")  # "Shamkhani: Countdown started"
_SPEECH_CUE = re.compile(
    r"\b(sa(id|y|ys|ying)|t(old|ell|ells)|not(ed|es|ing)|stress|add(ed|s|ing)|claim|stat(ed|es|ing)|according to|"
    r"underlin|urg(ed|es|ing)|call(ed|s|ing)|describ|warn|insist|argu|express|remark|announc|declar|assert|"
    r"emphasi[sz]|reiterat|accus|condemn|prais|hail|address|discuss)|[“”\"]",
    re.I,
)


def _speaker(question: str) -> str:
    """For "What did *Kadhimi* say ...?", who is asked to have spoken ("?" if unnamed); "" if
    the question is not about speech."""
    m = _SPEECH_QUESTION.search(question)
    if not m:
        return ""
    named = re.search(r"\b(?i:did|does|do|has|have|had) ((?:[A-Z][\w'’-]*\s?)+)\b(?:say|tell|claim)\b", question)
    return named.group(1).strip() if named else ""  # "What does the 2017 deal say": a document, not a speaker


def _reports_speech(text: str, speaker: str) -> bool:
    """Does `text` report speech, and in a headline ("Shamkhani: ...") by the asked speaker?"""
    head = _HEADLINE_SPEAKER.match(text)
    if head:
        return speaker == "?" or bool(set(words(head.group(1))) & set(words(speaker)))
    return bool(_SPEECH_CUE.search(text))


def question_subject(question: str) -> str | None:
    """The common noun that does the asking about action ("What did the *delegation* visit"),
    stemmed, or None. The evidence must be about it: "Iran's defence minister has visited"
    does not say what the delegation visited."""
    subject = _clause(question)[0]
    stem = terms(subject) if subject and subject not in STOPWORDS | _PARTIES else []
    return stem[0] if stem else None


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


def _category_words(question: str) -> list[str]:
    """The words naming what kind of answer is wanted ("which *disease*", "what *position*"):
    they describe the answer, so the evidence need not repeat them."""
    m = re.search(r"\b(?:which|what)\b(.*)", question.lower())
    out: list[str] = []
    for w in m.group(1).split() if m else []:
        w = w.strip("?,.")
        if w in ("did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "will", "can") or len(out) == 2:
            break
        out.append(w)
    if len(out) == 2 and not (
        out[0] in ("news", "kind", "kinds", "type", "sort") or _DEMONYM.search(out[0]) or out[0] in _NOT_NAMES
    ):
        out = out[:1]  # "which ministry dismissed": the second word is the verb
    return out


_NAME_PART = re.compile(r"\b(first|middle|last|full|given|family) name\b")


def _adds_name_part(text: str, qwords: set[str]) -> bool:
    """Does a run of capitalised words hold one of the question's names and one it lacks
    ("Major General Mohammad *Hossein* Baqeri")?"""
    for run in re.findall(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+", text):
        ws = [words(t)[0] for t in run.split() if words(t)]
        if any(w in qwords for w in ws) and any(w not in qwords and w not in _ROLE_WORDS for w in ws):
            return True
    return False


def _possessor_near(text: str, heads: list[str], owners: list[str]) -> bool:
    """Is the role not someone else's? "Iraq's defense minister" is not the "Defense Minister
    of Iran": a role word with another country and not the asked one beside it does not count."""
    if not owners:
        return True
    toks = [m.group() for m in _TOKEN.finditer(text)]
    stems = [terms(t)[0] if terms(t) else "" for t in toks]
    wanted = set(heads) | {h + "s" for h in heads}
    for i, t in enumerate(toks):
        if not (words(t) and words(t)[0] in wanted):
            continue
        after: list[str] = []  # "Minister of Iran", "Commander of Khatam al-Anbia Base of the Iranian Army"
        if toks[i + 1 : i + 2] == ["of"]:
            end = next((k for k in range(i + 1, min(len(toks), i + 12)) if toks[k] == ","), min(len(toks), i + 12))
            after = stems[i + 1 : end]
        near = set(stems[max(0, i - 3) : i]) | set(after)
        if set(owners) <= near or not (near & COUNTRIES):
            return True
    return False


def _starts_with_name(text: str, qwords: set[str], focus: Sequence[str] = ()) -> bool:
    """ "Brigade General Amir Hatami met ...": a sentence whose subject is a named person, with
    no role of their own but the asked one ("Iraqi Defense *Minister* Saadoun" is no official)."""
    toks = [m.group() for m in _TOKEN.finditer(text)][:5]
    if any(t.lower() in _ROLE_WORDS - _TITLES and t.lower() not in focus for t in toks[:4]):
        return False
    return sum(
        _is_name(t, qwords) or t.lower() in _ROLE_WORDS or t.lower() in ("brigade", "brigadier") for t in toks[:4]
    ) >= 3 and all(t[:1].isupper() for t in toks[:3])


_LOCATIVE = {"in", "at", "to", "from", "into", "near", "inside", "outside", "across", "toward", "towards"}
# Plural nouns for people a "who" question can be answered with ("members of an Iraqi militia").
_PEOPLE = set(
    """members people soldiers troops officials fighters civilians advisers forces foreigners assassins
    militants terrorists protesters citizens diplomats experts leaders government""".split()
)
_DEMONYM_PEOPLE = {"iranians", "iraqis", "americans", "syrians", "russians", "israelis", "saudis", "arabs"}


# Capitals that reports use for their governments ("Washington had betrayed its ally"): an actor
# for "who", never the person a "which leader" question asks for.
_PLACES = {
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
_TITLES = {"gen", "general", "brigadier", "brigade", "major", "lieutenant", "colonel", "defense", "defence"}
_SPEAKER = re.compile(r"^\W*(he|she|they)\b|\b(he|she|they) (said|added|noted|stressed|says|told)\b", re.I)


def _pronoun_does(text: str, verb: str) -> bool:
    """ "He *met* Iraqi President Barham Salih": a pronoun subject doing the question's verb."""
    m = re.match(r"\W*(?:he|she|they)\s+(?:also\s+)?([\w’'-]+)", text, re.I)
    return m is not None and match_synonym(verb, set(terms(m.group(1))))


def leans_on_previous(text: str) -> bool:
    """Does the sentence's subject or speaker stand in the sentence before ("He met ...",
    "..., he said")?"""
    return bool(_SPEAKER.search(text))


def _without_question_people(text: str, qwords: set[str]) -> str:
    """`text` less the titled names the question already holds ("Iraqi President Barham *Salih*"):
    their title is not a new answer."""
    runs = re.finditer(r"(?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*)(?: (?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*))*", text)
    for m in reversed(list(runs)):
        toks = m.group().split()
        if len(toks) > 1 and any(
            _is_name(t, set())
            and words(t)[0] in qwords
            and not _is_head(words(t)[0])
            and words(t)[0] not in _TITLES
            and not set(terms(t)) & COUNTRIES
            for t in toks
        ):
            text = text[: m.start()] + " " + text[m.end() :]
    return text


def _has_person_name(text: str, qwords: set[str]) -> bool:
    """A capitalised run the question lacks that is not an organisation or an acronym
    ("Barham Salih", not "Islamic State" or "ISIS")."""
    for m in re.finditer(r"(?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*)(?: (?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*))*", text):
        toks = m.group().split()
        if len(toks) == 1 and not text[: m.start()].strip(" “\"‘'") and toks[0].endswith(("ing", "ed", "ly")):
            continue  # "Stressing the need ...": a sentence's first word, not a name
        ws = [words(t)[0] for t in toks if words(t)]
        if any(w.rstrip("s") in _ORG_WORDS or (w in qwords and w not in _HEADS | _TITLES | DEMONYMS) for w in ws):
            continue  # an organisation, or the question's own person ("General Qassem Soleimani")
        if toks[-1].endswith(("'s", "’s")) and all(t in COUNTRIES for w in ws for t in terms(w)):
            continue  # "Iran's foreign ministry": a country as the owner, not the one who acted
        if any(_is_name(t, qwords) and not t.isupper() for t in toks):
            return True
    return False


# "dismissed *the story*": the sentence is about something the sentence before named.
_REFERS_BACK = re.compile(
    r"\b(it|this|the (story|report|claim|article|statement|remarks|news|move|deal|agreement|plan|decision|"
    r"document|accusation|accusations))\b",
    re.I,
)


def _attribute_of(text: str, attribute: str, qterms: list[str]) -> bool:
    """ "The purpose of *this meeting*" is not the purpose of the air defense cooperation: where the
    sentence says "<attribute> of X", X shares a word with the question."""
    for m in re.finditer(r"\b(\w+) of ((?:\S+\s+){1,4})", text):
        if terms(m.group(1)) == [attribute]:
            return any(t in qterms for t in terms(m.group(2)))
    return True


def _listed_names(text: str, qwords: set[str], countries: bool) -> set[str]:
    """The distinct names in `text` (only countries, if `countries`)."""
    if countries:  # "Saudi" is no name to _is_name, but it is a country
        return {t for tok in _TOKEN.findall(text) if tok[:1].isupper() for t in terms(tok) if t in COUNTRIES}
    return {terms(t)[0] for t in _TOKEN.findall(text) if _is_name(t, qwords) and terms(t)}


def _counts(text: str, noun: str) -> bool:
    """Is a number right before `noun` ("four-nation", "three years", "20 soldiers")?"""
    toks = words(text)
    for i, w in enumerate(toks):
        parts = w.split("-")
        if parts[0] in _NUMBER_WORDS or parts[0].isdigit():
            after = [p for p in parts[1:]] + toks[i + 1 : i + 4]
            if any(terms(x) and match_synonym(noun, set(terms(x))) for x in after):
                return True
    return False


def _has_type(kind: str, text: str, qwords: set[str]) -> bool:
    """Does `text` supply a `kind` that the question does not already contain?"""
    new = [w for w in words(text) if w not in qwords]
    if kind == "number":  # a count, not a day of the month or a year
        text = re.sub(
            rf"\b({'|'.join(_MONTHS)}) \d{{1,2}}\b|\b\d{{1,2}} ({'|'.join(_MONTHS)})\b",
            " ",
            text,
            flags=re.IGNORECASE,
        )
        text = re.sub(r"\b(the|both|these|those) (two|three|four) \w+", " ", text, flags=re.IGNORECASE)
        new = [w for w in words(text) if w not in qwords and not re.fullmatch(r"(1[89]|20)\d\d", w)]
        return any(re.search(r"\d", w) or w.split("-")[0] in _NUMBER_WORDS for w in new)
    if kind in ("date", "exact-date"):
        if any(re.fullmatch(r"(1[89]|20)\d\d", w) or w in _MONTHS for w in new):
            return True
        relative = r"\b(late|early|earlier|last|this|next) (week|month|year)|\bnear future\b|\bsoon\b"
        return kind == "date" and bool(re.search(relative, text.lower()))
    names = any(_is_name(m.group(), qwords) for m in _TOKEN.finditer(text))
    if kind == "org":
        return names or any(w in _ORG_WORDS for w in new)
    if kind in ("person", "named-person"):
        text = _without_question_people(text, qwords)
        if kind == "named-person":  # "Which Iraqi militia *leader*": a named person, not Washington or Iran
            return _has_person_name(re.sub(r"\b(" + "|".join(sorted(_PLACES)) + r")\b", " ", text), qwords)
        new = [w for w in words(text) if w not in qwords]
        return _has_person_name(text, qwords) or any(
            w.rstrip("s") in _ROLE_WORDS or w in _ROLE_WORDS or w in _PEOPLE or w in _DEMONYM_PEOPLE for w in new
        )
    if kind == "place-name":  # "Which country is an ally of Assad?": a name, not necessarily a location
        qterms = {t for w in qwords for t in terms(w)}  # "Iraq's" is no new place when the question says "Iraqi"
        return any(
            _is_name(t, qwords) and not set(terms(t)) & qterms for t in (m.group() for m in _TOKEN.finditer(text))
        )
    if kind == "place":  # "in Tehran", "at Baghdad International Airport", "to Iran"
        toks = [m.group() for m in _TOKEN.finditer(text)]
        return any(
            _is_name(t, qwords) and any(p in _LOCATIVE for p in (toks[k - 1 : k] + toks[k - 2 : k - 1]))
            for k, t in enumerate(toks)
            if k > 0
        )
    if kind == "role":  # "What is Shamkhani's job?": a title beside the name, not someone else's
        return _role_beside(text, qwords)
    return True


def _role_beside(text: str, qwords: set[str]) -> bool:
    """Does a role word stand in the title run just before one of the question's names
    ("Secretary of Iran's Supreme National Security Council (SNSC) Ali *Shamkhani*") or
    after it past a comma ("Ali *Shamkhani*, the Secretary of ...")?"""
    toks = [m.group() for m in _TOKEN.finditer(text)]
    low = [words(t)[0] if words(t) else t for t in toks]
    for i, t in enumerate(low):
        if t not in qwords or not toks[i][:1].isupper():
            continue
        j = i - 1  # backwards through the title run ("national security adviser Falih Fayyad")
        while j >= max(0, i - 12) and (
            toks[j][:1].isupper()
            or low[j] in _CONNECTORS
            or toks[j] in "()"
            or (toks[j].isalpha() and toks[j].islower() and i - j <= 4)
        ):
            if low[j] in _ROLE_WORDS or low[j].rstrip("s") in _ROLE_WORDS:
                return True
            j -= 1
        after = low[i + 1 : i + 8]
        if after[:1] == [","]:
            stop = after.index(",", 1) if "," in after[1:] else len(after)
            if any(w in _ROLE_WORDS or w.rstrip("s") in _ROLE_WORDS for w in after[1:stop]):
                return True
    return False


@dataclass(frozen=True)
class Weights:
    """How the signals combine. Fitted on eval/facts.jsonl, never on tests/heldout.jsonl."""

    coverage: float = 0.25  # question terms found in the sentence plus its context
    own: float = 0.35  # question terms found in the sentence itself
    cosine: float = 0.3  # MiniLM similarity of question and sentence
    rank: float = 0.1  # 1 / rank of the best retrieved chunk holding the sentence
    apposition: float = 0.1  # the asked-for name stands next to the asked-about role
    earlier: float = 0.15  # for a follow-up: the earlier question's terms found around the sentence
    headline: float = 0.05  # a headline compresses what the body says in full, so the body wins a tie
    min_coverage: float = 0.55  # below this share of the question, abstain
    min_score: float = 0.45  # below this combined score, abstain


DEFAULT_WEIGHTS = Weights()


def score_candidates(
    question: str,
    qvec: np.ndarray,
    candidates: Sequence[tuple[Unit, int]],
    context: Callable[[Unit], str],
    stats: TermStats,
    kind: str | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    earlier: str = "",
) -> list[Pick]:
    """Every candidate that supplies what the question asks for, scored, best first.

    `candidates` pairs each sentence with the rank (0 = best) of the chunk it came from;
    `context(u)` gives the text that may resolve its pronouns (previous sentence, title);
    `stats` weighs question terms; `kind` overrides `answer_type(question)`; `earlier` is
    the previous question of a follow-up ("What was *he* responsible for?"), whose terms
    add a bonus but never decide abstention.
    """
    qterms = list(dict.fromkeys(terms(question, drop_question_words=True)))
    if not qterms:
        return []
    kind = kind or answer_type(question)
    category = set(terms(" ".join(_category_words(question))))
    light = {terms(v)[0] for v in _LIGHT_VERBS if terms(v)}
    unseen = [t for t in qterms if not stats.seen(t) and t not in category and t not in light]
    if kind in ("number", "date", "exact-date") and unseen:
        return []  # a count or a date of an event the corpus never names ("when was X *elected*")
    idfs = {t: stats.idf(t) * (0.5 if t in category else 1.0) for t in qterms}
    total = sum(idfs.values())
    # An earlier turn's terms only break ties between candidates; abstention and the score
    # scale come from this question's own terms.
    before = {t: stats.idf(t) for t in terms(earlier, drop_question_words=True) if t not in idfs}
    before_total = sum(before.values()) or 1.0
    qwords = set(words(question))
    names = question_names(question)
    verb = question_verb(question)
    subject = question_subject(question)
    speech = _speaker(question)
    m = re.match(r"(?:what|which) (?:is|was|are|were) (?:the )?([a-z]+) of\b", question.lower())
    attr = terms(m.group(1), drop_question_words=True) if m and not _is_head(m.group(1)) else []
    attribute = attr[0] if attr else None
    m = re.search(r"\b(?:say|said|says|speak|spoke|talk|tell|told)\b.*?\babout (.+?)\??$", question)
    topic = terms(m.group(1), drop_question_words=True) if m else []
    m = re.match(r"(?:which|what) (two|three|four|five|six) \w+s\b", question.lower())
    listed = _NUMBER_WORDS.index(m.group(1)) + 1 if m else 0
    listed_countries = bool(re.search(r"\b(countries|nations|states)\b", question.lower()))
    m = re.match(r"how many ([a-z-]+)", question.lower())
    counted = terms(m.group(1))[0] if m and terms(m.group(1)) else None
    type_check = "named-person" if kind == "person" and _WHICH_PERSON.search(question.lower()) else kind
    if kind == "place" and not re.match(r"(where|(in|at|to|from|into) which)\b", question.lower()):
        type_check = "place-name"  # "Which country is an ally of Assad?" asks for an actor, not a location
    speaker = bool(
        re.match(r"who (said|says|told|stated|claimed|stressed|noted|added|warned|insisted)\b", question.lower())
    )
    name_part = bool(_NAME_PART.search(question.lower()))
    focus = focus_phrase(question)
    focus_terms = terms(focus_text(question))
    owners = [t for t in names if t in focus_terms and t in COUNTRIES]  # "*Iraq's* defense minister"
    heads = [w for w in _category_words(question) if _is_head(w)] if kind in ("org", "person") else []
    w = weights
    picks = []
    for u, rank in candidates:
        if not _has_type(type_check, u.text, qwords) and not (
            (speaker or (verb and _pronoun_does(u.text, verb)))
            and leans_on_previous(u.text)
            and _has_type(kind, context(u), qwords)
        ):
            continue
        own = set(terms(u.text))
        ctx = set(terms(context(u)))
        around = own | ctx
        if verb and not match_synonym(verb, own):
            continue  # the sentence must say the asked-about action itself
        if speech and not _reports_speech(u.text, speech):
            continue  # "What did Kadhimi say?" needs something said, not a list of who was met
        if attribute and not (match_synonym(attribute, own) and _attribute_of(u.text, attribute, qterms)):
            continue  # "What is the *budget* of the centre?": the sentence must name the centre's budget
        if topic and not all(match_synonym(t, own if not _REFERS_BACK.search(u.text) else around) for t in topic):
            continue  # "What did King Salman say about *Russia*?": in the sentence, or one it refers back to
        if listed and len(_listed_names(u.text, qwords, countries=listed_countries)) < listed:
            continue  # "Which four countries ...": four of them named
        if counted and not _counts(u.text, counted):
            continue  # "How many *advisers*": a number beside advisers, not "three years"
        if subject and not match_synonym(subject, around):
            continue  # ... and be about the one the question asks about
        parts = around | {p for t in around if "-" in t for p in t.split("-")}  # "Anti-Aircraft"
        if not all(match_term(t, parts) for t in names):
            continue  # the question names someone or somewhere the passage does not mention
        if name_part and not _adds_name_part(u.text, qwords):
            continue  # "the middle name of Mohammad Baqeri" needs more of his name than the question has
        if focus and not (
            (
                _in_apposition(u.text, focus, qwords)
                and all(match_term(t, own) for t in focus_terms)
                and _possessor_near(u.text, focus, owners)
            )
            or (
                any(f in _ROLE_WORDS for f in focus)  # a person: "Iran's defence minister ... Amir Hatami met"
                and _starts_with_name(u.text, qwords, focus)
                and all(match_term(t, ctx) for t in focus_terms)
                and _possessor_near(context(u), focus, owners)
            )
        ):
            continue
        cov_own = sum(v * _match_weight(t, own) for t, v in idfs.items()) / total
        cov = sum(v * _match_weight(t, around) for t, v in idfs.items()) / total
        cov_before = sum(v for t, v in before.items() if match_term(t, around)) / before_total
        cos = float(qvec @ u.vector) if u.vector is not None else 0.0
        appos = bool(focus) or bool(
            heads and (_in_apposition(u.text, heads, qwords) or _modified_head(u.text, heads, qwords))
        )
        score = (
            w.coverage * cov
            + w.own * cov_own
            + w.cosine * max(cos, 0.0)
            + w.rank / (rank + 1)
            + w.apposition * appos
            + w.earlier * cov_before
            - w.headline * (u.text == u.meta.get("title"))
        )
        picks.append(Pick(u, score, cov, cov_own, cos))
    return sorted(picks, key=lambda p: -p.score)


def pick_sentences(
    question: str,
    qvec: np.ndarray,
    candidates: Sequence[tuple[Unit, int]],
    context: Callable[[Unit], str],
    stats: TermStats,
    kind: str | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    earlier: str = "",
) -> list[Pick]:
    """The sentence that answers `question`, as a one-item list; [] means abstain."""
    scored = score_candidates(question, qvec, candidates, context, stats, kind, weights, earlier)
    if not scored or scored[0].coverage < weights.min_coverage or scored[0].score < weights.min_score:
        return []
    return scored[:1]


def match_term(term: str, bag: set[str]) -> bool:
    """Exact, contained ("phone" in "telephone") or sharing a 5-letter stem ("expan-d/-sion")."""
    if term in bag:
        return True
    if len(term) < 4:
        return False
    return any(
        (min(len(w), len(term)) >= 5 and (term in w or w in term))
        or _shared_prefix(term, w) >= max(5, 0.8 * min(len(term), len(w)))
        for w in bag
    )


def _match_weight(term: str, bag: set[str]) -> float:
    """1 for the question's own word, 0.7 for a synonym ("applauded" beats "hailed"), else 0."""
    return 1.0 if match_term(term, bag) else 0.7 if match_synonym(term, bag) else 0.0


def match_synonym(term: str, bag: set[str]) -> bool:
    """`match_term` for the term or a verb `VERB_CLASSES` puts beside it ("accuse" ~ "condemn")."""
    return any(match_term(t, bag) for t in synonyms(term))


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class TermStats:
    """Document frequencies of stemmed terms over the stored chunks, and how the corpus
    capitalises its words (to read a question typed in lower case)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.n = len(texts)
        self.df: dict[str, int] = {}
        cases: dict[str, Counter[str]] = {}  # word -> how it is written inside sentences
        self.name_pairs: set[tuple[str, str]] = set()  # ("new", "york"): "New" starts the name "New York"
        for t in texts:
            for term in set(terms(t)):
                self.df[term] = self.df.get(term, 0) + 1
            for m in _MID_SENTENCE_WORD.finditer(t):
                cases.setdefault(m.group().lower().replace("’", "'"), Counter())[m.group()] += 1
            self.name_pairs |= {(a.lower(), b.lower()) for a, b in _NAME_PAIR.findall(t)}
        self.prefixes = {t[:5] for t in self.df if len(t) >= 5}
        self.capitalised: dict[str, str] = {}  # "al-qaeda's" -> "Al-Qaeda’s"
        self.lowercase: set[str] = set()
        for w, forms in cases.items():
            up = sum(n for f, n in forms.items() if f[:1].isupper())
            if up > 2 * (forms.total() - up):
                self.capitalised[w] = forms.most_common(1)[0][0]
            elif forms.total() - up > 2 * up:
                self.lowercase.add(w)

    def idf(self, term: str) -> float:
        """Rarer terms weigh more; a term the corpus never uses weighs the most."""
        return math.log(1 + (self.n + 1) / (self.df.get(term, 0) + 0.5))

    def seen(self, term: str) -> bool:
        return term in self.df or (len(term) >= 5 and term[:5] in self.prefixes)


_MID_SENTENCE_WORD = re.compile(r"(?<=[\w,;:’'\-)] )[A-Za-z][\w’'-]*")
_NAME_PAIR = re.compile(r"(?<=[\w,;:’'\-)] )([A-Z][a-z]+) ([A-Z][a-z]+)")  # inside a sentence
_WH = re.compile(
    r"^(what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|does|do|has|have|had|will|can)\b", re.I
)


# "Can you tell me ...", "Please tell me: ...", "I'd like to know ...", "..., please?"
_REQUEST = re.compile(
    r"^(?:(?:hi|hello|hey|ok(?:ay)?|so|and|also|now)\b[,!.]?\s*)*(?:please[,:]?\s+)?"
    r"(?:(?:can|could|would|will) you (?:please )?(?:tell|show|let) me(?: know)?|(?:please )?tell me"
    r"|do you know|(?:i|we)(?: want| wanna| would like|'d like|’d like| need) to know|i wonder(?:ed)?)?"
    r"(?:\s*(?:,|:|-)\s*|\s+)?(?=\w)|[,\s]+please\b(?=\W*$)",
    re.I,
)

# "according to the articles", "in the news": they name the corpus itself, so they say nothing.
_ABOUT_THE_CORPUS = re.compile(
    r",?\s*\b(?:(?:mentioned|named|cited|quoted|discussed|described|reported) )?"
    r"(?:according to|based on|in|from) (?:the |these |your )?"
    r"(?:news|articles?|reports?|stories|corpus|sources|texts?|documents?)\b,?",
    re.I,
)
_LEADING_PHRASE = re.compile(
    r"^(?P<pre>(?!(?:what|which|who|whom|whose|when|where|why|how)\b)[^?,]{2,60}),\s*"
    r"(?P<q>(?:what|which|who|whom|whose|when|where|why|how)\b.*)$",
    re.I,
)


def tidy_question(question: str, stats: TermStats) -> str:
    """The question as the rules expect it: without a polite request around it ("Can you
    tell me who ..."), words cased as the corpus writes them ("who is shamkhani" -> "who is
    Shamkhani", "Interior Minister" -> "interior minister"), and a question mark at the end.
    Words the corpus never uses keep the case they were typed in."""

    def case(word: str) -> str:
        low = word.lower().replace("’", "'")
        if low in stats.capitalised and word.islower():
            return stats.capitalised[low]
        if low in stats.lowercase and word[:1].isupper() and not word.isupper():
            return word.lower()
        return word

    question = _REQUEST.sub("", question.strip()).strip() or question.strip()
    question = _ABOUT_THE_CORPUS.sub("", question).strip(" ,") or question
    question = re.sub(r"^(who|what|where|when|how|which)['’]s\b", r"\1 is", question, flags=re.I)  # "Who's"
    if m := _LEADING_PHRASE.match(question):  # "In 2014, who rushed ...?" -> "Who rushed ..., in 2014?"
        question = f"{m['q'].rstrip('?')}, {m['pre'][:1].lower()}{m['pre'][1:]}?"
    toks = re.split(r"(\s+)", question)
    for i in range(2, len(toks), 2):  # every word but the first
        core = toks[i].rstrip("?,.!;:")
        cased = case(core) if case(core) != core or "-" not in core else "-".join(map(case, core.split("-")))
        toks[i] = cased + toks[i][len(core) :]
    out = "".join(toks)
    titles = "|".join(sorted(_ROLE_WORDS | {"brigadier", "lieutenant", "major"}))
    out = re.sub(rf"\b({titles})(?= [A-Z])", lambda m: m.group(1).capitalize(), out)  # "king Salman"
    out = re.sub(  # "new York Times" -> "New York Times"
        r"\b([a-z]+) (?=([A-Z]\w*))",
        lambda m: m.group(1).capitalize() + " " if (m.group(1), m.group(2).lower()) in stats.name_pairs else m.group(0),
        out,
    )
    if toks and toks[0][:1].islower():
        out = out[:1].upper() + out[1:]
    if _WH.match(out) and not out.endswith("?"):
        out = out.rstrip(".!") + "?"
    return out


_PRONOUN = re.compile(r"\b(he|she|him|his|her|hers|they|them|their|it|its|this|that|these|those|there|then)\b", re.I)


def is_follow_up(question: str) -> bool:
    """Does the question lean on an earlier turn ("What was *he* responsible for?")?"""
    return bool(_PRONOUN.search(question)) or len(question.split()) <= 3


def context_adds(question: str, sentence: str, previous: str) -> bool:
    """Does the previous sentence supply question terms the sentence lacks (who "he" is)?"""
    own = set(terms(sentence))
    prev = set(terms(previous))
    return any(match_term(t, prev) and not match_term(t, own) for t in terms(question, drop_question_words=True))
