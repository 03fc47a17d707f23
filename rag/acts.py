"""How a sentence says an act, and who does it: the checks that read a verb in its sentence.

Each takes the sentence and a stemmed verb (or the asked role) from the question and says
whether every use of the verb is of a kind that does not answer: only as motion ("traveled
to"), only in the passive with no "by", only in the past when the question asks about the
future, only in clauses that name no place; whether the asked role is only qualified
("*Deputy* Health Minister") or only in company ("along with Navy ... commanders"). extract.py
applies them; none reads the question itself. No parser: word positions and short windows.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from rag.evidence import has_type
from rag.lexicon import LOCATIVE, TOKEN, is_role
from rag.text import IRREGULAR_PAST, match_synonym, match_term, terms, words

__all__ = [
    "QUALIFIERS",
    "anyones_only",
    "doers_only",
    "done_to_another",
    "every_use",
    "finds_only",
    "heads_target",
    "mentions",
    "noun_only",
    "only_future",
    "only_of_another_act",
    "only_in_part",
    "only_past",
    "only_supposed",
    "only_time_taken",
    "only_went",
    "passive_only",
    "placed_apart",
    "qualified",
    "target_acts",
    "with_speaker",
]

_MOTION = frozenset(terms("travel traveled travelled go went come came fly flew head headed return returned"))


def every_use(text: str, verb: str, test: Callable[[list[str], int], bool]) -> bool:
    """Does `text` use `verb` (or a synonym) at least once, and pass `test(words, i)` at each use?"""
    ws = words(text)
    hits = [i for i, w in enumerate(ws) if match_synonym(verb, set(terms(w)))]
    return bool(hits) and all(test(ws, i) for i in hits)


def noun_only(text: str, verb: str) -> bool:
    """Is the act only named as a thing, after an article ("said *the return* should be the first")?"""
    return every_use(text, verb, lambda ws, i: i > 0 and ws[i - 1] in ("the", "a", "an"))


def finds_only(text: str, verb: str) -> bool:
    """Is the act only named as the things it gave, owned ("*His other finds* include two Roman
    coins")? For "who", that names no one who did it."""
    return every_use(
        text, verb, lambda ws, i: i > 1 and ws[i].endswith("s") and ws[i - 1] in _OTHER and ws[i - 2] in _THEIR
    )


_OTHER = frozenset("other latest best biggest earlier previous".split())


def anyones_only(text: str, verb: str) -> bool:
    """Is the act said only of people at large ("*people are buying* a view")? For "who", that
    names no one who did it."""
    return every_use(text, verb, lambda ws, i: any(w in _ANYONE for w in ws[max(0, i - 2) : i]))


_ANYONE = frozenset("people everyone everybody anyone anybody someone somebody nobody".split())


_THEIR = frozenset("its their his her".split())


def doers_only(text: str, verb: str) -> bool:
    """Is the act said only by the noun for those who do it, owned by a pronoun ("when the last of
    *its organisers* moved away")? For "who", that names no one who did it."""
    return every_use(
        text,
        verb,
        lambda ws, i: ws[i].endswith(("er", "ers", "or", "ors")) and terms(ws[i]) != [verb] and ws[i - 1] in _THEIR,
    )


def only_in_part(text: str, verb: str) -> bool:
    """Is the act only said of part of an amount ("The work cost £9,500, *most of it raised* by a
    sponsored bell-ringing marathon": what was raised is less, and not stated), or of the amount
    unstated ("Entry cost £3, and *the money raised* will go to the school")?"""
    return every_use(
        text,
        verb,
        lambda ws, i: (
            any(
                ws[j : j + 3]
                in (["most", "of", "it"], ["much", "of", "it"], ["part", "of", "it"], ["half", "of", "it"])
                for j in range(max(0, i - 5), i)
            )
            or ws[max(0, i - 2) : i] in (["the", "money"], ["the", "funds"], ["the", "cash"])
        ),
    )


def only_of_another_act(text: str, verb: str, asked: set[str]) -> bool:
    """Is the act only the start or end of another, its gerund ("Some families *start planning* next
    year's scarecrow": the planning starts, not the festival), one the question does not ask about
    (`asked`, its terms: "When will the *deliveries* start?": "will start *delivering*")?"""
    return every_use(
        text,
        verb,
        lambda ws, i: (
            bool(set(terms(ws[i])) & _ASPECT)
            and i + 1 < len(ws)
            and ws[i + 1].endswith("ing")
            and ws[i + 1] not in _NOT_GERUNDS
            and not any(match_term(t, asked) for t in terms(ws[i + 1]))
        ),
    )


_ASPECT = frozenset(terms("start begin stop finish keep continue quit resume"))  # of another act, "start planning"
_NOT_GERUNDS = frozenset("during morning evening thing nothing something anything everything building".split())


def only_went(text: str, verb: str) -> bool:
    """Does `text` say the act only with a synonym of motion ("traveled *to*"), not the verb?"""
    return every_use(
        text,
        verb,
        lambda ws, i: (
            bool(set(terms(ws[i])) & _MOTION)
            and not match_term(verb, set(terms(ws[i])))
            and ws[i + 1 : i + 2] == ["to"]
        ),
    )


def passive_only(text: str, verb: str) -> bool:
    """Is the act only in the passive, with no "by" naming who does it ("will be signed", "a
    violin ..., *stolen* from a car", "the *stolen* violin")?"""
    return every_use(
        text,
        verb,
        lambda ws, i: (
            (
                (
                    any(b in _BE for b in ws[max(0, i - 2) : i])
                    # not "who did not want *to be named handed* the violin in": another participle between
                    and not (i > 0 and ws[i - 1] not in _BE and ws[i - 1].endswith(("ed", "en")))
                )
                or bool(re.search(rf"(?i), {re.escape(ws[i])} (?:from|in|on|at|during)\b", text))
                # a headline's "*Stolen* 300-year-old violin found ...", "the *stolen* violin" (not
                # "the *US-sponsored* group", which names who)
                or i == 0
                or (ws[i - 1] in ("a", "an", "the") and "-" not in ws[i])
                # ... or an owner's: "Busker's *stolen* violin", "her *stolen* bike"
                or bool(re.search(rf"(?i)(?:\w['’]s|\b(?:his|her|their|its|my|our)) {re.escape(ws[i])}\b", text))
            )
            # a participle, not "are *grateful*"; "be *rebuilt*" too
            and (ws[i].endswith(("ed", "en")) or ws[i] in IRREGULAR_PAST or ws[i].removeprefix("re") in IRREGULAR_PAST)
            and "by" not in ws[i + 1 : i + 7]
            # "had been *spotted* waddling along the pavement outside the post office *by* a shopkeeper"
            and not re.search(rf"(?i)\b{re.escape(ws[i])}\b[^,.;]{{0,80}}?\bby\b", text)
            # "The fraud was discovered in 2021 *when* an auditor, Priya Shah, *noticed* ...": she found it
            and not ("when" in ws[i + 1 : i + 6] and bool(set(ws[i + 1 : i + 16]) & _NOTICED))
        ),
    )


def done_to_another(text: str, verb: str, target: set[str]) -> bool:
    """Is the act only done to another thing than the asked one, named as its passive subject
    ("*The club was founded* in 1925 by workers from the town's paper mill" for "Who founded the
    paper mill?")?"""
    return every_use(
        text,
        verb,
        lambda ws, i: (
            i >= 3
            and ws[i - 1] in _BE
            and ws[i - 3] in ("the", "a", "an", "its", "their", "his", "her")
            and not any(match_term(t, set(terms(ws[i - 2]))) for t in target)
            and bool(terms(ws[i - 2]))
            # the clause's subject: not "a scarecrow of a footballer scoring *a goal, was made* by"
            and bool(re.search(rf"(?i)\b{' '.join(map(re.escape, ws[i - 3 : i + 1]))}\b", text))
        ),
    )


_BE = ("be", "been", "being", "is", "are", "was", "were")
_NOTICED = {"noticed", "spotted", "found", "realised", "realized", "saw", "discovered", "detected", "uncovered"}


QUALIFIERS = {"deputy", "vice", "former", "assistant", "ex", "late"}  # an "acting" minister still is one


def qualified(text: str, focus: list[str], qwords: set[str]) -> bool:
    """Is every mention of the asked role qualified in a way the question is not ("*Deputy*
    Health Minister" for "the health minister", "*former* president" for "the president")?"""
    ws = words(text)
    spots = [i for i, w in enumerate(ws) if w in focus or w.rstrip("s") in focus]
    return bool(spots) and all(any(q in QUALIFIERS - qwords for q in ws[max(0, i - 3) : i]) for i in spots)


def only_past(text: str, verb: str) -> bool:
    """Is the act only in the past tense ("stopped working"), never "will stop" / "to stop" /
    "would be mothballed rather than *sold*"?"""
    return every_use(
        text,
        verb,
        lambda ws, i: (
            (ws[i].endswith("ed") or ws[i] in IRREGULAR_PAST)
            and not any(w in ("will", "would", "to", "be", "than") for w in ws[max(0, i - 3) : i])
            # "will stay open *until the maize is harvested* in late September": to come
            and not (ws[i - 1 : i] in (["is"], ["are"]) and bool(set(ws[max(0, i - 5) : i - 1]) & _UNTIL))
        ),
    )


_UNTIL = {"until", "till", "when", "once", "before", "after"}


_AMOUNT_WORDS = frozenset("up about around nearly almost more over some at least".split())


def target_acts(text: str, verb: str, target: str) -> bool:
    """Does the sentence open with the question's object doing the act itself ("Who started
    the fire?": "The fire started on Monday" names no one who started it), not done to it
    ("Saadoun, accompanied by ...", "Mulligan's Bakery, founded in 1962 by ...")?"""

    def acts(ws: list[str], i: int) -> bool:
        by = next((j for j in range(i + 1, min(i + 5, len(ws))) if ws[j] == "by"), None)
        measure = by is not None and by + 1 < len(ws) and (ws[by + 1] in _AMOUNT_WORDS or ws[by + 1][0].isdigit())
        if (by is not None and not measure) or re.fullmatch(rf"{re.escape(verb)}(?:e?(?:er|or)|man|woman)s?", ws[i]):
            return False  # "... founded by ...", and "The observatory's *director*" is someone; "grown
            # *by up to* 20 kilograms" is a measure, not who grew it
        # "The fire started", "the pumpkin *had* grown"
        subject = i - 2 if i >= 2 and ws[i - 1] in ("had", "has", "have") else i - 1  # not passive "was found"
        if 0 <= subject < 5 and match_term(target, set(terms(ws[subject]))):
            return True
        # "A postage stamp *printed with its swan upside down* sold at auction": a participle's phrase
        # between; "A wooden beach hut *with no electricity or running water* has sold": a "with" phrase
        return any(
            match_term(target, set(terms(ws[j])))
            and (
                (j < 3 and (ws[j + 1].endswith("ed") or ws[j + 1] in IRREGULAR_PAST))
                or (ws[j + 1] == "with" and i - j <= 10 and not any(w.endswith("ed") for w in ws[j + 1 : i]))
            )
            and "by" not in ws[j + 1 : i]
            for j in range(min(5, i - 2))
        )

    return every_use(text, verb, acts)


def only_time_taken(text: str, verb: str) -> bool:
    """Is the act only what something "took six years to build": no one's doing it?"""
    return every_use(
        text,
        verb,
        lambda ws, i: ws[i - 1 : i] == ["to"] and any(w in ("took", "take", "takes") for w in ws[max(0, i - 5) : i]),
    )


def only_future(text: str, verb: str) -> bool:
    """Is the act only to come ("will build a temporary bridge"), never done ("was built")?"""
    return every_use(text, verb, lambda ws, i: "will" in ws[max(0, i - 3) : i])


def only_supposed(text: str, verb: str) -> bool:
    """Is the act only supposed ("A healthy pup of its age *would weigh* about 25kg"), not what
    happened, and not reported either ("said it would cost ...")?"""
    if re.search(r"\b(?:said|says|told|expected|thought|hoped|believed|estimated)\b", text):
        return False
    return every_use(text, verb, lambda ws, i: "would" in ws[max(0, i - 2) : i])


_CLAUSE = re.compile(r"[;:]|,(?!\d{3}\b)| (?:when|while|after|before|because|where|which|who) ")  # not "2,000"


def placed_apart(text: str, verb: str, qwords: set[str]) -> bool:
    """Does `text` say the act only in clauses that name no place ("after *launch*, when it passed
    over a ground station in Tartu": Tartu is where the station is, not where it was launched)?"""
    clauses = _CLAUSE.split(text)
    uses = [
        _until_next_act(" ".join([c, *_attached(clauses[k + 1 :])]), verb)
        for k, c in enumerate(clauses)
        if any(match_synonym(verb, set(terms(w))) for w in words(c))
    ]
    return bool(uses) and not any(has_type("place", c, qwords) for c in uses)


def _attached(rest: list[str]) -> list[str]:
    """The comma pieces after an act that still belong to it: a name in apposition and the place
    after it ("were spotted by a dog walker*, Fiona MacLeod, at Brothers' Point*")."""
    out = []
    for piece in rest:
        first = piece.split()[:1]
        if not first or not (first[0][:1].isupper() or first[0].lower() in LOCATIVE):
            break
        out.append(piece)
        if first[0].lower() in LOCATIVE:
            break
    return out


_BE_FORMS = frozenset("be being been is are was were".split())


def _until_next_act(clause: str, verb: str) -> str:
    """`clause` up to the next past-tense verb after `verb`'s first use: "A postage stamp
    *printed* with its swan upside down" (then "sold at auction in London" is another act)."""
    found = list(re.finditer(r"[\w'’-]+", clause))
    at = next((k for k, m in enumerate(found) if match_synonym(verb, set(terms(m.group())))), None)
    if at is None:
        return clause
    for k in range(at + 1, len(found)):
        w, before = found[k].group(), found[k - 1].group().lower()
        if (
            (w.endswith("ed") or w.lower() in IRREGULAR_PAST)
            and w.islower()  # not "at *Stansted* Airport"
            and before not in _BE_FORMS  # "a museum *being built* in the capital": the place is still the act's
            and before not in ("a", "an", "the")  # "released into *a fenced* wetland": an adjective
            and not match_synonym(verb, set(terms(w)))
            and not (k == at + 2 and before in ("and", "or"))  # "*started and finished* at X": both there
        ):
            return clause[: found[k].start()]
    return clause


def with_speaker(text: str, speaker: str) -> bool:
    """Is the asked speaker's role only in company ("along with Navy ... commanders")?"""
    head = words(speaker)[-1] if words(speaker) else ""
    company = rf"\b(?:along with|accompanied by|together with)\b[^,.;]*(?:,[^,.;]*)*?\b{re.escape(head)}s?\b"
    return is_role(head) and bool(re.search(company, text, re.I))


def mentions(phrase: str, bag: set[str]) -> bool:
    """Is the speaker `phrase` in `bag`: a name of it, or its role ("the Iraqi navy *commander*";
    "the judge": "Justice Peter Mwangi")?"""
    roles = [t for w in words(phrase) if is_role(w) for t in terms(w)]
    return all(match_synonym(t, bag) for t in roles) if roles else any(match_term(t, bag) for t in terms(phrase))


def heads_target(text: str, agents: list[str], head: str) -> bool:
    """Is what a "commander" / "head" leads the asked thing: "*Quds Force* commander", "head of
    the country's National Intelligence *Service*", up to the next comma? An agent the sentence
    opens with is its subject, whose act the whole sentence tells ("Founder Ruth Tiplady, a
    retired dental nurse, set up *Prickles Rescue*")."""
    low = [t.lower() for t in TOKEN.findall(text)]
    for i, w in enumerate(low):
        if w not in agents:
            continue
        nearby = low[max(0, i - 3) : i] + list(itertools.takewhile(lambda x: x != ",", low[i + 1 : i + 10]))
        if match_term(head, set(terms(" ".join(low[1:] if i == 0 else nearby)))):
            return True
    return False
