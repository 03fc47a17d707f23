"""The offline answerer: pick the sentence that answers, or abstain.

No LLM. Candidates are the stored sentences inside the retrieved chunks. A candidate must
pass checks, then is scored, because no single signal separates answers from near misses
(a cosine threshold cannot: unanswerable questions score inside the range of answerable
ones). typed.py tidies the question, question.py reads it, evidence.py holds the checks on
a sentence's types and anchors, acts.py those on how it says the asked act:

- type: what the question asks for (a date, a count of the asked noun, a person, a place,
  an organisation, a role) is in the sentence and does not merely repeat the question;
  for "who is <role>" the name stands in apposition to the role, and the role is not
  another country's; "what date" needs a day, "which agency" an agency, "which countries"
  two of them, "what rank" a military rank, "which Iraqi city" a city and not another
  country's capital, "how often" a frequency word, "what does SNSC stand for" its expansion;
- anchors: every proper name of the question appears in the sentence, the two before it
  or a role description that stands for it ("the Iraqi president"); the question's verb
  ("did X *meet*", or one `VERB_CLASSES` puts beside it) and its subject noun ("the
  *delegation*") appear, as does what a who-verb acts on ("who leads *the group*"), the
  parties the right way round ("did Iran accuse the US") and the asked country's role
  holder ("the *Iraqi* defense minister"); "what did X say" needs reported speech, "say
  about Y" needs Y, and X not merely met ("Hatami met with the interior minister");
  "who leads X" a named leader of X; "which militia" one it names, not the question's own
  words; "the 2019 summit" that year; "who is X now" no one dead; "how did A describe B" a
  sentence that calls B something, where one passes; a yes/no question's verb or its
  opposite ("Did Iran accept it?": "dismissed", "non-binding"); "whom did Salman meet"
  Salman in the sentence; "what did they visit" more than "traveled to"; "invited him to
  visit" is no visit; a day or a time relative to an event the question names ("on
  January 3", "a day before");
- score: IDF-weighted coverage of the question's terms (sentence alone, and with its
  context for "he" / "the two sides"), MiniLM cosine, the rank of its chunk.

It abstains when no candidate passes or the best covers too little of the question (less
still will do when MiniLM finds it very close in meaning). It does not paraphrase: the
answer is the quoted sentence(s). Weights and thresholds are in
`Weights`, fitted on eval/facts.jsonl; the checks were added for failures of question
sets written before each change (tests/blind*.jsonl).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import numpy as np

from rag.acts import (
    anyones_only,
    doers_only,
    done_to_another,
    finds_only,
    heads_target,
    mentions,
    noun_only,
    only_future,
    only_in_part,
    only_of_another_act,
    only_past,
    only_supposed,
    only_time_taken,
    only_went,
    passive_only,
    placed_apart,
    qualified,
    target_acts,
    with_speaker,
)
from rag.coref import NO_COREF, Coref
from rag.evidence import (
    DISTANCE,
    GROUP_NOUNS,
    REFERS_BACK,
    RELATIVE_TIME,
    SINCE_LAST,
    adds_name_part,
    attribute_of,
    counts,
    group_does,
    has_distance,
    has_org_name,
    has_type,
    in_apposition,
    leans_on_previous,
    listed_names,
    modified_head,
    names_place,
    names_someone,
    names_together,
    names_us,
    only_as_object,
    only_as_place,
    other_kind,
    owned_elsewhere,
    person_names,
    possessor_near,
    pronoun_does,
    reports_speech,
    reverses,
    specified,
    starts_with_name,
)
from rag.lexicon import (
    COLOURS,
    HONORIFICS,
    LOCATIVE,
    MONTHS,
    NAME_RUN,
    NAMED_POSTS,
    NUMBER_WORDS,
    OCCUPATIONS,
    ORDINALS,
    ORG_WORDS,
    PEOPLE,
    RANKS,
    ROLE_WORDS,
    TITLES,
    TOKEN,
    YEAR,
    is_role,
)
from rag.question import LIGHT_STEMS, NAME_OF, Reading, read
from rag.store import Unit
from rag.text import (
    COUNTRIES,
    IRREGULAR_PAST,
    STOPWORDS,
    UPPER,
    TermStats,
    match_synonym,
    match_term,
    opposites,
    synonyms,
    terms,
    words,
)
from rag.typed import WORKS

__all__ = ["ABSTAIN_TEXT", "DEFAULT_WEIGHTS", "Pick", "Weights", "on_topic", "pick_sentences", "score_candidates"]

ABSTAIN_TEXT = "The corpus does not say."


@dataclass(frozen=True)
class Pick:
    """A candidate sentence and why it scored: higher `score` is better (about 0..1.3)."""

    unit: Unit
    score: float
    coverage: float  # of this question's terms (not an earlier turn's), by the sentence with its context
    own_coverage: float  # by the sentence alone
    cosine: float


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
    min_coverage: float = 0.55  # below this share of the question, abstain ...
    paraphrase_cosine: float = 0.72  # ... unless MiniLM finds the sentence this close in meaning ...
    paraphrase_coverage: float = 0.4  # ... and it still shares this much ("came to help" / "rushed to the aid")
    min_score: float = 0.45  # below this combined score, abstain
    own_reported: float = 0.4  # "which agency reported X": the sentence itself must say this much of X


DEFAULT_WEIGHTS = Weights()


# "a *leading* state sponsor": an -ing word between an article and its noun describes, it does
# not act ("a *meeting* with" still names the act); "in the face of" faces nothing.
_ADJECTIVE_ING = re.compile(
    r"\b(?:a|an|the) \w+ing\b(?= (?!(?:with|of|in|on|at|between|for|to|by|and)\b)[a-z])|\b[Ii]n the face of\b"
)
_AGENT = (
    r"(?:official|officer|commander|source|diplomat|\w*man|\w*woman|bride|groom|"  # "A *milkman* who ..."
    r"(?!number|other|quarter|water|power|order|border|letter|paper|center|chapter|after|under|over)\w{3,}(?:er|or|ist))s?\b"
)
_UNNAMED = re.compile(  # ... or "A retired physics *teacher* in rural Canterbury has become": an agent noun
    rf"(?:An?|Some|Several) (?:[\w-]+ ){{0,3}}{_AGENT}"
)
# Words that place a thing in a sequence, not name an event: "When was the *previous* notice
# issued?" is answered by "The last boil-water notice ... was issued in 2016"; "When did the
# advisers *first* rush ...?" by "In 2014, ... advisers rushed"
_SEQUENCE = frozenset(terms("previous prior earlier latest recent current former first"))
_DEAD = re.compile(r"\b(killed|assassinated|died|dead)\b", re.I)
_COUNTRY_NOUNS = frozenset(terms("countries nations states"))
# "invited his counterpart to *pay a visit*": asked for, not done ("Which city did he visit?")
_UNDONE = re.compile(r"(\b(?:invit|urg|ask)\w* (?:[\w’'-]+ ){0,4}?to )((?:pay|make) an? )?\w+", re.I)
_ROLES = sorted(ROLE_WORDS - {"counterpart"})  # "his Iraqi counterpart" is the other side's, not the speaker's
# "Which English *clubs* made ...": the noun a which-question asks for, before its verb
_AUXES = "did|does|do|is|are|was|were|has|have|had|will"
_WHICH_HEAD = re.compile(
    rf"(?:which|what) (?:(?!(?:{_AUXES})\b)[a-z-]+ ){{0,2}}?([a-z]+?)s? "
    r"(?:(?:in|at|from|near) [a-z]+ )?"  # "Which foundry *in Loughborough* recast ...?"
    rf"(?:{_AUXES}|\w+ed|{'|'.join(sorted(IRREGULAR_PAST))})\b"
)
_PRONOUN_SUBJECT = re.compile(r"(?:It|Its|They|Their|He|His|She|Her|This|These)\b")
_NON = re.compile(r"\bnon-(\w+)", re.I)
# "Who did X meet *before seeing the president*?": the later meeting is no answer; the one a
# sentence marks as earlier is (_EARLIER: "Shamkhani *earlier* met with ...")
_MET_AFTER = re.compile(
    r"(?i)\bbefore (?:seeing|meeting|visiting|talking (?:to|with)|speaking (?:to|with)) (?:the |a |an )?([\w' -]+?)\W*$"
)
_EARLIER = re.compile(r"(?i)\b(?:earlier|before|previously|first)\b")
# A plan as it stood: "the harvest *was due to* begin" says nothing of when it will begin now
_ONCE_DUE = re.compile(r"(?i)\b(?:was|were|had been) (?:due|expected|scheduled|supposed|set) to\b")
# ... or the one before: "Who held the record *before Nika*?": "The *previous* record was held by"
_ANOTHER = re.compile(
    r"\b(also|too|as well|along with|besides|other|others|in addition|together with|previous|predecessors?)\b", re.I
)


def score_candidates(
    question: str,
    qvec: np.ndarray,
    candidates: Sequence[tuple[Unit, int]],
    context: Callable[[Unit], str],
    stats: TermStats,
    kind: str | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    earlier: str = "",
    coref: Callable[[Unit], Coref] = lambda u: NO_COREF,
) -> list[Pick]:
    """Every candidate that supplies what the question asks for, scored, best first.

    `candidates` pairs each sentence with the rank (0 = best) of the chunk it came from;
    `context(u)` gives the text that may resolve its pronouns (previous sentence, title);
    `stats` weighs question terms; `kind` overrides `answer_type(question)`; `earlier` is
    the previous question of a follow-up ("What was *he* responsible for?"), whose terms
    add a bonus but never decide abstention; `coref(u)` gives what coref reads off u's
    article: the names u's role descriptions stand for ("Iran's defence minister" -> Amir
    Hatami), which answer "who"; the posts of the people u names; the scene of the article's
    visit, which u need not repeat.
    """
    r = read(question)
    kind = kind or r.kind
    qterms = list(dict.fromkeys(terms(r.scope, drop_question_words=True) or _compound(r.scope, candidates)))
    if not qterms:
        return []
    qterms = [_superlative(t, stats) for t in qterms]  # "When was it last this *cold*?": "the coldest May night"
    outlets = {t for u, _ in candidates for t in terms(str(u.meta.get("outlet") or ""))}  # "according to RT"
    # "company" is never written, but "Northgate Facilities Ltd" is one
    kinds_named = {
        u.id: frozenset(t for rx, ts in _NAMED_KINDS if rx.search(u.text) for t in ts) for u, _ in candidates
    }
    named_kinds = frozenset().union(*kinds_named.values())
    after_meeting = _MET_AFTER.search(r.text)
    met_after = terms(after_meeting.group(1)) if after_meeting else []
    # ... whose words the earlier meeting's sentence need not have
    unasked = (
        set(terms(after_meeting.group())) - set(terms(r.text[: after_meeting.start()])) if after_meeting else set()
    )
    hedges = set(terms(" ".join(_HEDGED.findall(r.text))))  # "When is it *expected* to be signed?"
    hedges |= set(terms(" ".join(_SHARE_OF.findall(r.text))))  # "What *share* of shots ...?": "94 percent of"
    hedges |= set(terms(" ".join(_HELPS.findall(r.text))))
    # "How many ringers *took part*?": taking part is being among them ("Eight bell ringers ... rang")
    took_part = set(terms("take part")) if _TAKES_PART.search(r.text) else set()
    hedges |= took_part
    hedges |= _ANY_PERSON  # "How long can *each person* play?": "limiting players to 15 minutes each"
    # "How much *prize money*", "How much is it *worth*?": a sum of money is written by its currency ("$30,000")
    asks_much = re.match(r"(?i)how much\b", r.text)
    money_words = _ASKS_MONEY.findall(r.text) + _MONEY_WORDS.findall(r.text) if asks_much else []
    hedges |= set(terms(" ".join(money_words)))
    since = set(terms("since")) if re.match(r"(?i)how long\b.*\bsince\b", r.text) else set()  # "been since"
    hedges |= since
    unseen = [
        t
        for t in qterms
        if not any(map(stats.seen, synonyms(t)))
        and t not in r.category | LIGHT_STEMS | outlets | _SEQUENCE | named_kinds | hedges
        and not any(_says_act(t, u.text) for u, _ in candidates)
    ]  # ... "watch", never written, is said as "in front of 13,000 fans" (_ACT_WORDING)
    if kind in ("number", "age", "date", "exact-date") and unseen:
        return []  # a count or a date of an event the corpus never names ("when was X *elected*")
    # "which *disease*" describes the answer; "in which *region*" is all said by a place's name
    described_by = 0.0 if kind == "place" else 0.5
    # "What is *the new* ferry called?": new to the asker; the article may just name it ("The ferry, named ...")
    # "What is the new frog called?"; "What is the name of the ship?" where it asks for a thing, not a person
    naming = _ASKS_NAME.match(r.text) or (NAME_OF.match(r.text) if kind == "any" else None)
    fresh = {"new"} if naming and re.search(r"(?i)\bthe new \w", r.text) else set()
    idfs = {t: stats.idf(t) * (described_by if t in r.category else 0.5 if t in fresh else 1.0) for t in qterms}
    gerund_asked = bool(re.search(r"\b\w+ \w+ing\b", r.text))  # "When did they start *building* it?"
    # "How fast can riders *go*?": the speed says they go ("reach speeds of up to 60mph")
    moving = set(terms("go travel move")) if re.match(r"(?i)how fast\b", r.text) else set()
    # "Which newspaper reported the award?" read for the passage beside the page's outlet (kind "any",
    # qa's metadata pass): the newspaper and its reporting are the page's, not the sentence's
    outlet_asked = _WHICH_OUTLET.match(r.text) if kind == "any" else None
    paged = set(terms(outlet_asked[0] + " report publish story article piece")) if outlet_asked else set()
    # "On which beach was the contest held?": where it was is where it was held ("drew 212 teams to Tregarthen Beach")
    where_held = re.match(r"(?i)(?:where|(?:at|on|in) which \w+) (?:was|were|is|are)\b.* held\?$", r.text)
    where_held = where_held or re.match(r"(?i)which \w+ (?:was|were|is|are)\b.* held (?:on|in|at|across)\?$", r.text)
    held_at = set(terms("hold")) if where_held else set()
    anyone = _ANY_PERSON if r.subject in _ANY_PERSON else set()  # "each *person*": whoever does it
    dropped = unasked | since | took_part | moving | paged | held_at | anyone
    idfs = {t: v for t, v in idfs.items() if t not in dropped} or idfs
    total = sum(idfs.values()) or 1.0  # "Which village is she from?": its one term only describes the answer
    # An earlier turn's terms only break ties between candidates; abstention and the score
    # scale come from this question's own terms.
    before = {t: stats.idf(t) for t in terms(earlier, drop_question_words=True) if t not in idfs}
    before_total = sum(before.values()) or 1.0
    qwords = set(words(question))
    holders = _holders(r.counted, qwords) if r.counted else ""  # once per question, not per sentence
    type_check = r.type_check(kind)
    heads = r.heads(kind)
    # "disease" is never written; "virus" is, inside "coronavirus"
    # "What *damage* ...?" is written as a "tear" (`synonyms`)
    seen_thing = r.thing and (any(map(stats.seen, synonyms(r.thing))) or _in_compound(r.thing, stats.df.keys()))
    asked_thing = r.thing if seen_thing else None
    focus = list(r.focus)
    exactly = bool(re.search(r"(?i)\bexactly\b", r.text))
    ago = bool(re.search(r"(?i)\bago\b", r.text))  # "How long ago did she leave?": "22 years ago"
    asks_relative = bool(re.search(r"(?i)\b(?:before|after|earlier|later)\b", r.text))  # "How long before ...?"
    # "At which *beach* ...?": one by name ("Twilight Beach"), not "near Esperance"
    feature = re.match(r"(?i)(?:at|on|in|to|from|near|off) which ([a-z]+)\b", r.text)
    feature = feature if feature and feature[1].lower() in _FEATURES else None
    # "What *kind of* shark was seen?": "a great white shark", not "saw the shark"
    kind_of = re.match(r"(?i)what (?:kind|type|sort|variety|breed) of ([a-z]+)\b", r.text)
    sort_of = terms(kind_of[1])[0] if kind_of and terms(kind_of[1]) else None
    sort_named = rf"(?i)\b{kind_of[1]}\w* {_SAYS_WHICH}" if kind_of else ""  # "the victory *over* Islamic State"
    focus_people = any(f in ROLE_WORDS for f in focus)
    # "Who is *Hatami's* counterpart?": "... with *his* new Iraqi counterpart, General Hatami
    # congratulated Najah ...", where the one the counterpart is of does the act
    counterpart_of = re.search(r"\b([A-Z][\w-]+)['’]s (?:[\w-]+ ){0,2}counterparts?\b", r.text)
    partners = {t: _name_partners(t, stats) for t in r.names}
    # the first names of a question's full names, where it asks for a typed value ("How old is Priya Natarajan?")
    firsts = {a for a, b in zip(r.names, r.names[1:], strict=False) if b in partners[a]} if kind != "any" else set()
    # "*From* which cathedral ...?": the asked noun after the preposition
    asked = re.sub(r"(?i)^(?:from|to|for|with|by|into|on|at|in) (?=which )", "", r.text)
    head = _WHICH_HEAD.match(asked.lower()) if kind == "any" else None
    head = head or (re.match(r"(?:which|what) ([a-z]+)'s\b", r.text.lower()) if kind == "any" else None)
    head = head if head and terms(head.group(1)) else None  # "Which cooperation between *the* armed ...": no noun
    which_body = terms(head.group(1))[0] if head and head.group(1) in ORG_WORDS else None  # "Which English *clubs*",
    # "Which *airline*'s pilots ...?"; "Which *ship* blocked the canal?" asks for one by name
    # "Which companies *operate* scooters?": a verb the synonym classes know after the head
    acting = re.match(r"which ([a-z]+s) ([a-z]+) ", r.text.lower()) if kind == "any" and not head else None
    acted = acting and terms(acting.group(2)) and len(synonyms(terms(acting.group(2))[0])) > 1
    body = terms(acting.group(1))[0] if acting and acted else None
    which_body = which_body or (body if body in {t for w in ORG_WORDS for t in terms(w)} else None)
    one = head and asked.lower().startswith("which") and asked[head.end(1) : head.end(1) + 1] != "s"
    which_named = terms(head.group(1))[0] if head and one and not which_body else None  # one, not "Which vehicles"
    # "Which *supermarkets* give food to the fridge?": several, each by name ("three supermarkets" names none)
    plural = re.match(r"which ([a-z]+(?<![su])s)\b", asked.lower())  # not "Which *bus* ...?"
    which_many = plural[1] if plural and ((head and not one) or acting) else None
    name_given = re.match(r"(?i)what name (?:did|does|do|has|have|had|was|is|were|are)\b", r.text)
    people_named = bool(naming and kind == "person" and naming.group(2))  # "What are the names of the climbers?"
    named_noun = next((g for g in naming.groups() if g), None) if naming else None
    # "The *Ringbanen* line", and "to mother *Sasha*": the name before or right after the noun
    name_before = rf"\b[Tt]he (?:[a-z]+ )?[{UPPER}][\w'’-]* {re.escape(named_noun)}\b" if named_noun else ""
    name_before += rf"|\b{re.escape(named_noun)} [{UPPER}][a-z]" if named_noun else ""
    name_before += (
        rf"|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) {re.escape(named_noun)}, [{UPPER}][a-z]" if named_noun else ""
    )  # "his wife, Jean", "*His daughter, Ife*, spent"
    # ... or the name with the noun in apposition: "on *the Brambling Bank, a sandbank* that appears ..."
    name_before += rf"|\b[{UPPER}][\w'’-]*, an? (?:[\w-]+ )?{re.escape(named_noun)}\b" if named_noun else ""
    # ... or the noun as the last word of the name: "set up *Prickles Rescue*"
    name_before += (
        rf"|(?<=[a-z,] )[{UPPER}][\w'’-]* {re.escape(named_noun.capitalize())}\b(?! [{UPPER}])" if named_noun else ""
    )
    # "each hydrogen bus" where the articles write "hydrogen buses" and "a battery bus": kinds of bus
    # (the headlines count: "Retired teacher spots *new comet*" tells it from "The last comet")
    texts = [u.text for u, _ in candidates] + sorted({str(u.meta.get("title") or "") for u, _ in candidates})
    # "Who scored the *first* goal?" asks for that one; "What *brand* of cheddar ...?" for a name
    # "the *last three* seasons" is a span, not one of a series ("the *last* goal")
    ordinal_of = re.search(
        r"(?i)\b(first|second|third|opening|last|final) (?!(?:two|three|four|five|six)\b)([a-z]+)\b", r.scope
    )
    pair = (terms(ordinal_of.group(1)), terms(ordinal_of.group(2))) if ordinal_of else ([], [])
    ordinal = (pair[0][0], pair[1][0]) if pair[0] and pair[1] else None
    # ... and what it was first in: "the first typewriter *he bought*" (a verb of the question's own)
    relative = ordinal_of and re.search(
        rf"(?i)\b{ordinal_of.group(2)} (?:that |which )?(?:he|she|they|it) (\w+)", r.text
    )
    ordinal_act = r.verb or (terms(relative.group(1))[0] if relative and terms(relative.group(1)) else None)
    branded = bool(re.match(r"(?i)(?:what|which) (?:brand|make|model|breed|variety) of\b", r.text))
    # "What did parliament pass *after the drone strike* ...?": a time, not the kind of thing asked about
    kinds = [k for k in _kinds(_AFTER_EVENT.sub(" ", r.scope), texts) if r.verb not in k]
    # "Which areas *of military cooperation* ...?" asks for its kinds: "educational ... cooperation" is one
    sorts = _SORTS_OF.search(r.scope)
    sorted_terms = set(terms(sorts.group(1))) if sorts else set()
    kinds = [k for k in kinds if not (sorted_terms and set(k) <= sorted_terms)]
    # "*Whose helicopter* rescued the men?" ("Whose regional arch-foe ...": the noun is not known)
    whose = re.match(rf"(?i)whose ([a-z-]+) (?:{_AUX}|\w+ed)\b", r.text)
    owned = _owned(whose.group(1)) if whose else None
    must_say = _must_say(r.text)  # "What are the pilots striking *over*?": "over"
    # ... a material right before the thing says what it is made of ("The brown *leather wallet*"; not "a
    # box of remembrance ... under the foundation *stone*")
    made_by = (
        re.compile(rf"(?i)\b{_MATERIALS} (?:[a-z]+ )?{re.escape(r.subject)}\w*")
        if _MADE_FROM in must_say and r.subject
        else None
    )
    about = bool(_ABOUT.match(r.text))
    future = bool(re.search(r"\bwill\b", r.text, re.I))
    past = not future and bool(re.search(r"\b(was|were|did|had)\b", r.text, re.I))
    where = kind == "place" and r.text.lower().startswith("where")
    first_one = kind in ("date", "exact-date", "place", "place-name") and bool(
        re.search(r"\bthe first [a-z]+\b", r.text)
    )
    amount = _amount(r, kind, stats)
    upright = amount.measure & _UPRIGHT  # "How tall ...?": no length answers
    # "Who started the sourdough *starter*?": the thing acted on, named from the verb, is no act
    acted_on = {t for t in r.target if r.verb and t != r.verb and t.startswith(r.verb)}
    asked_lower = {t for w in re.findall(r"\b[a-z][\w'’-]*", r.text) for t in terms(w)}  # its lower-case words
    calls = _calls(r.described) if r.described else None
    contrary = opposites(r.verb) if r.yes_no and r.verb else frozenset()
    head_stems = {t for h in heads for t in terms(h)}
    # "Which Iraqi *intelligence* chief ...?": "the Iraqi *defense* chief" is another kind of chief
    post_kinds = [
        (terms(m[1])[0], terms(h)[0])
        for h in heads
        if h in _POSTS and (m := re.search(rf"\b([a-z]+) {h}s?\b", r.text)) and terms(m[1])
    ]
    # "Which *Syrian* official": the country a role must be of; the asked role's, not "the visiting
    # *Iranian* minister" it met
    asked_owners = [c for role, c in r.role_owners if set(terms(role)) & head_stems or not heads]
    # "When did the panda give birth?": "the zoo *said on Friday*" dates the saying, not the birth
    act_dated = kind in ("date", "exact-date") and not _ASKS_SAYING.search(r.text)
    told = re.search(rf"\b(?:say|tell|said|told)(?: to)? ([{UPPER}][\w'’-]+)", r.text)  # "say to *Hatami*"
    told_to = words(told.group(1))[0] if told and words(told.group(1)) else None
    # "What was the purpose of Saadoun's *trip*?": the purpose comes after the thing ("traveled to
    # Tehran to iron out the deal"), not before it ("ways to reinforce ... cooperation")
    purpose = re.match(
        r"(?i)what (?:is|was) the (?:purpose|aim|goal|reason) (?:of|for|behind) (?:the |a |an |his |her |its |"
        r"their |[\w-]+['’]s )?([\w'’ -]+?)(?: between| with| to| in| of| at|\?|$)",
        r.text,
    )
    purpose_of = terms(purpose.group(1))[-1] if purpose and kind == "reason" and terms(purpose.group(1)) else None
    # "How did X vote?", "What was the vote on the ban?"
    how_voted = bool(
        re.match(r"(?i)how (?:did|do|does|will|would) .+\bvote\b|what (?:was|is) the (?:\w+ )?vote\b", r.text)
    )
    # "How many councillors voted against?", not "How many people voted in Millbrook?" (no tally gives a turnout)
    counts_votes = bool(re.match(r"(?i)how many \w+ vot\w* (?:for|against|in favou?r|to)\b", r.text))
    to_come = bool(re.match(r"(?i)what will happen\b", r.text))  # "What will happen to the flats?": what is to come
    top = bool(_TOP.search(r.text)) and not _RUNNER_UP.search(r.text)  # "the *record* price"
    conduct = bool(_CONDUCT.search(r.text))
    months = {m.lower() for m in _MONTH_NAME.findall(r.text)}  # "in *March*", not "What *may* happen"
    # "the *women's* race": a sentence on "the *men's* race" alone is about the other one
    sides = [(a, b) for a, b in _SIDES if a.search(r.text) and not b.search(r.text)]
    # "the reef's *worst bleaching*", not "the *longest the* gates will stay shut" nor "Is it the biggest?"
    superlative = (
        {a for a, b in itertools.pairwise(words(r.text)) if a in _SUPERLATIVES and b not in STOPWORDS}
        if not (_RUNNER_UP.search(r.text) or r.yes_no)
        else set()
    )
    # "When did the last mass stranding happen?", "When did the reef last bleach?": "20 mass
    # strandings since 2000" dates the first of many
    latest = act_dated and bool(re.search(r"(?i)\b(?:last|latest|most recent)\b(?! (?:week|month|year)\b)", r.text))
    # "said *its director*, Julien Roussel": the asked role of what was just named
    its_role = re.compile(rf"\b(?:[Ii]ts|[Tt]heir) (?:[a-z]+ )?(?:{'|'.join(map(re.escape, focus))})\b")
    # "How much was the grant?": a sum given, which no price paid is
    granted = amount.how_much and bool(set(qterms) & _GIVEN_SUMS)
    # "How many ... each week?", "... in the first month?": a count over that time
    per = _PERIOD_ASKED.search(r.text) if kind == "number" else None
    period = rf"(?i)\b(?:{per[1]}s?|{_PER_UNIT[per[1].lower()]})\b" if per else ""
    light_acts = [t for t in qterms if t in LIGHT_STEMS and t != r.verb]  # "made", "got": no verb to check
    # "How long did it take to build?": "the first competition ... *for 15 years*" is the time since the last
    asks_since_last = bool(re.search(r"(?i)\b(?:since|last|before|previous)\b", r.text))
    # "How old is Gordon?" asks his age; "How old is Slovenia's new champion?" not Slovenia's
    aged = [n for n in r.names if not re.search(rf"(?i)\b{re.escape(n)}['’]s\b", r.text)] if kind == "age" else []
    # "How long was Juniper *missing*?": "went *missing* ... *eight years ago*", the state begun then
    state = re.match(r"(?i)how long (?:was|were|has|have|had been) .+? ([a-z]+)\?$", r.text)
    began = re.compile(rf"\b{state[1]}\b[^.;]{{0,60}}?{_AGO.pattern}") if state and r.counted == "duration" else None

    def began_ago(text: str) -> bool:
        return bool(began and began.search(text))

    measured_now = r.counted == "length" and not past and not future and not asks_relative
    # "Who came second?": a sentence that says second (or runner-up), not the winner's
    placed_at = re.search(r"(?i)\b(?:came|finished|placed|was) (second|third|fourth|fifth)\b", r.text)
    clock_asked = bool(re.match(r"(?i)(?:at )?what time\b(?! of\b)", r.text))  # not "What time of year"
    w = weights
    picks = []
    for u, rank in candidates:
        context_text = context(u)
        together = people_named and names_together(u.text, qwords)  # "Tomas Novak, 31, and Jiri Blaha"
        named = list(coref(u).names)
        typed = f"{u.text} ({', '.join(named)})" if named else u.text
        if named and kind == "age":  # "A ... patrol officer ... has retired *at the age of 78*": his, named first
            typed = f"({', '.join(named)}) {u.text}"
        refers_to = set(terms(" ".join(named)))
        # "How many countries run the centre?": "operated by Iran, Iraq, Syria and Russia" counts them;
        # "How long has Iran had ties?": "since the 2003 invasion" measures it
        # "How long did they ring?": "learned to ring only *two years ago*" is when, not how long
        counted_text = _AGO.sub(" ", u.text) if r.counted and not ago and not began_ago(u.text) else u.text
        # "How long did the speech last?": "the strikes launched ... *a day before*" is when, not how long
        counted_text = RELATIVE_TIME.sub(" ", counted_text) if r.counted and not asks_relative else counted_text
        # "How long *is* the pier now?": "reopened ..., *two years after* a storm" says when, no length
        counted_text = _SPAN_AFTER.sub(" ", counted_text) if measured_now else counted_text
        listed = r.counted in _COUNTRY_NOUNS and bool(_NAMES_LISTED.search(u.text))  # "Iran, Iraq, Syria and Russia"
        listing = (listed and len(listed_names(u.text, qwords, countries=True)) >= 2) or (
            r.counted in ("duration", "span", "length") and counts(counted_text, r.counted)
        )
        # "How long will the ban last?": "would stay in place *until the reservoirs had recovered*"
        listing = listing or (r.counted == "duration" and future and bool(re.search(r"\buntil\b", u.text)))
        post = r.who_is and has_type("role", u.text, qwords)  # "Who is Hatami?": "Defense Minister ... Hatami"
        free = amount.money and bool(_FREE.search(u.text))  # "How much does it cost to see?": "entry ... is free"
        # "What was Pickering's job?": "A former finance *director* at ... has been jailed", a lead
        # whose description stands for him (coref)
        described = type_check == "role" and all(match_term(t, refers_to) for t in r.names) and bool(r.names)
        described = described and any(is_role(w) or w in OCCUPATIONS for w in words(" ".join(u.text.split()[:6])))
        if (
            not has_type(type_check, _dated(typed, act_dated, latest), qwords)
            and not listing
            and not described
            and not post
            and not free
            and not (
                (r.who_said or (r.verb and pronoun_does(u.text, r.verb)))
                and leans_on_previous(u.text)
                and has_type(kind, context_text, qwords)
            )
        ):
            continue
        sent_words = set(re.findall(r"\b[a-z][a-z-]*\b", u.text))  # as written: "New York" is no "new"
        own = _with_parts(terms(u.text))  # "two-day" says "day"
        ctx = _with_parts(terms(context_text))
        possessive = bool(_POSSESSIVE_OPENING.match(u.text))  # "*Its* chair, ...": of what was just named
        around = own | ctx
        # "invited to choose": not done, unless the question asks what will be ("How will it be chosen?")
        plain = _ADJECTIVE_ING.sub("", u.text)
        said = set(terms(plain if future else _UNDONE.sub(r"\1", plain)))
        denied = any(match_term(t, said) for t in contrary) or (  # "Did Iran accept it?": "dismissed" says no
            r.yes_no and bool(r.verb) and any(match_term(r.verb or "", set(terms(n))) for n in _NON.findall(u.text))
        )  # "Was the resolution binding?": "a *non-binding* resolution" says no
        # "a *leader* leads", "the *winner* won"
        endings = ("er", "or", "r", f"{(r.verb or '')[-1:]}er", "man", "woman")  # ... and a "chairman" chairs
        doer_noun = kind == "person" and bool(r.verb) and any(f"{r.verb}{s}" in said - acted_on for s in endings)
        # "look for *a buyer*" names no one who buys ("*A milk tanker driver, Dylan Trewin*, said" does)
        doer_noun = doer_noun and not re.search(
            rf"\b(?:[Aa]n?|[Aa]ny|[Nn]o) (?:[\w-]+ ){{0,2}}{r.verb}\w*(?:er|or)\b(?!,? {_HONORIFIC}[{UPPER}])", u.text
        )
        # ... nor does "after *its owners* retired": the doer noun needs a name beside it ("His owner,
        # Marjorie Tuckett", "Mission leader Dr Kadri Tamm", "Tom Ormsby, the chairman", "Last year's
        # winner was the Glasgow poet Daniel Reid") or one coref gives it
        doer_noun = doer_noun and bool(
            re.search(rf"\b{r.verb}\w*,? {_HONORIFIC}[{UPPER}]", u.text)
            or re.search(rf"\b{r.verb}\w* (?:was|is|were|are) (?:[\w-]+ ){{0,3}}[{UPPER}]", u.text)  # "winner was ..."
            or re.search(rf"[{UPPER}][\w'’-]*, (?:[\w'’-]+ ){{0,3}}{r.verb}\w*\b", u.text)
            or coref(u).names
        )
        # "a city with 300,000 people" live there; "five times the town's population" gives no count
        counted_people = amount.population and bool(_POPULATION.search(u.text)) and not _MULTIPLE_OF.search(u.text)
        if counted_people:
            own, around = own | _LIVE, around | _LIVE
        # "How *high* will the fence be?": "raise the fence to 2.5 metres", not "8 kilometres off the island"
        if amount.measure and has_distance(u.text):
            own, around = own | amount.measure, around | amount.measure
        if _SAID.search(u.text):  # "Which agency *announced* the recall?": "..., NHTSA *said* on Friday"
            own, around, said = own | _ANNOUNCED, around | _ANNOUNCED, said | _ANNOUNCED | _REPORTED
        # "Northgate Facilities *Ltd*" is a company, "the Proceeds of Crime *Act*" a law
        own, around = own | kinds_named[u.id], around | kinds_named[u.id]
        # "Who is the mayor of Carrickstowe?": "She cut a ribbon with *the mayor, Councillor Paul Brimble*"
        # in an article whose lead is about Carrickstowe ("The pier at Carrickstowe reopened ..."): an
        # official no one else owns is the one of the place the story is about
        if focus and re.search(rf"\b[Tt]he {focus[-1]}, {_HONORIFIC}[{UPPER}]", u.text):
            home = coref(u).home & set(r.names)
            own, around = own | home, around | home
        # the act in other words: "Who *carried out* the survey?": "a survey ... *by* the Institute"
        tally = counts_votes and bool(_TALLY.search(u.text))  # "How many voted against?": "by 11 votes to 4"
        if r.verb and ((conduct and _BY_NAME.search(u.text)) or _says_act(r.verb, u.text) or tally):
            own, around, said = own | {r.verb}, around | {r.verb}, said | {r.verb}
        # ... or a light verb the question has no main verb for: "When was it *made*?": "a 1954 Velocette"
        worded = {t for t in light_acts if _says_act(t, u.text)}
        worded |= {_MAKE} if made_by and made_by.search(u.text) else set()  # "The brown *leather* wallet"
        own, around = own | worded, around | worded
        if doer_noun and r.verb:
            own, around = own | {r.verb}, around | {r.verb}  # a "leader" leads
        says_act = match_synonym(r.verb, said - acted_on) if r.verb and r.verb not in paged else True  # the page's act
        # "How long can each person *play*?": "limiting *players* to 15 minutes each", the act by its doers
        doers_counted = bool(r.counted and r.verb and f"{r.verb}er" in said)
        if doers_counted and r.verb:
            own, around = own | {r.verb}, around | {r.verb}
        if not says_act and not denied and not doer_noun and not counted_people and not doers_counted:
            continue  # the sentence must say the asked-about action itself ("a *leading* sponsor" does not),
            # or for "who", the one who does it: "Who leads the mission?": "Mission *leader* Dr Kadri Tamm"
        if kind == "person" and r.verb and not doer_noun and doers_only(u.text, r.verb):
            continue  # "Who organised the last race?": "when the last of *its organisers* moved away" names none
        if r.counted == "duration" and (future or not asks_since_last) and SINCE_LAST.search(u.text):
            continue  # "How long will the ban last?": "the first hosepipe ban ... for ten years" is since the last
        if r.names and r.counted and _JOINT.search(u.text) and len(listed_names(u.text, qwords, False)) > 1:
            continue  # "How many scooters does Zipr run?": "Zipr, Scootly and VoltRide, which together run 4,500"
        if _RETRACTED.search(u.text) and not re.search(r"(?i)\bcorrect", r.text):
            continue  # "Correction: an earlier version of this article said ... in 2019": not so
        if kind == "person" and r.verb and _only_possessive(u.text, r.verb):
            continue  # "Who founded Crumb & Co?": "the founder's grandson" is someone else
        if where and re.match(r"(?i)where (?:is|are)\b", r.text) and _STILL_MISSING.search(u.text):
            continue  # "Where are the drawings now?": "..., which are *still missing*" says no one knows
        if r.verb and where and placed_apart(u.text, r.verb, qwords):
            continue  # "Where was it launched from?": "after launch, when it passed over a station in Tartu"
        if purpose_of:
            words_at = re.finditer(r"[\w'’-]+", u.text)
            spot = next((m for m in words_at if match_synonym(purpose_of, set(terms(m.group())))), None)
            if spot and not has_type("reason", u.text[spot.end() :], qwords):
                continue  # "What is the purpose of the cooperation?": "cooperation *to combat* threats"
        if how_voted and not _VOTED.search(u.text):
            continue  # "How did the councillors vote?": "voted 34 to 19 in favour", not "has approved plans"
        if to_come and not _FUTURE.search(u.text):
            continue  # "What will happen to the flats?": "The flats will be returned ...", not "have pushed up rents"
        parts = {p for w in sent_words for p in w.split("-")}  # "the 10 *worst*-hit counties"
        if superlative and not (parts & superlative or (superlative & _TOP_WORDS and _TOP.search(u.text))):
            continue  # "When was the reef's *worst* bleaching?": "its third mass bleaching since 2016" is any one
        # the sentence without its "second busiest", where it has one
        beyond = _RUNNER_UP.sub(" ", u.text) if (superlative or top) and _RUNNER_UP.search(u.text) else None
        if superlative and beyond is not None and not superlative & set(words(beyond)):
            continue  # "the country's *busiest* airport": "the country's second busiest" is another
        if top and beyond is not None and not _TOP.search(beyond):
            continue  # "What is the record price?": "the second-highest price ever paid" is not it
        if kind != "age" and any(a in qwords and a not in sent_words and sent_words & b for a, b in _CONTRARY.items()):
            continue  # "What was the *old* price?": "the *new* price of 20,928 cedis" is the other one
        if amount.how_much and not free and not has_type("number", _NOT_AMOUNT.sub(" ", u.text), qwords):
            continue  # "How much copper does it produce?": "within two weeks" is no amount
        if amount.population and not counted_people:
            continue  # "How many people live in Graz?": "with about 300,000 people", not "payments to 12,000 residents"
        if amount.unit and not amount.unit.search(u.text):
            continue  # "How much power will the dam produce?": megawatts, not "90 percent of its power"; "How
            # heavy is the meteorite?": a weight, not "less than 1 percent of all known meteorites"
        if kind == "age" and aged and all(_only_possessive(u.text, n) for n in aged):
            continue  # "How old is Gordon?": "Gordon's owner, Beryl Sotherton, 84" gives her age
        if kind == "age" and aged and not any(_name_in(n, own) for n in aged) and _AGE_OF_NAMED.search(u.text):
            continue  # "How old is Dorothea Aldgate?": "*84-year-old Reginald Scarth*, who was in her first class"
        lengths = [u.text[m.end() :].startswith(_NOT_HEIGHT) for m in DISTANCE.finditer(u.text)] if upright else []
        if lengths and all(lengths):
            continue  # "How tall is the windmill?": "New sails, each 11 metres long" is a length, no height,
            # nor is "a diversion that adds 14 miles to the journey"
        said_by = around if leans_on_previous(u.text) else own  # "'We have 14 tonnes of tomme ...,' he said"
        if amount.amount_of and not (
            match_synonym(amount.amount_of, said_by) or _in_compound(amount.amount_of, said_by) or _MONEY.search(u.text)
        ):
            continue  # "How much severance ...?": an amount of it or of money, not "900 of the plant's workers"
        if amount.cost and _ONLY_ASKED.search(u.text) and not _PAID.search(u.text):
            continue  # "How much did the attack cost?": the ransom "demanded" is no cost
        if amount.size and qterms and counts(u.text, qterms[-1]) and not DISTANCE.search(u.text):
            continue  # "How big is the beach hut?": "Eastcliff has *320 beach huts*" counts them, no size
        if amount.size and _MONEY.search(u.text) and not DISTANCE.search(u.text):
            continue  # "How big will the telescope be?": "awarded £3.2 million to build a new telescope" is no size
        if (
            amount.paid_for
            and not match_synonym(amount.paid_for, own)
            and not (re.search(r"\b(?:it|them)\b", u.text) and match_synonym(amount.paid_for, ctx))  # "bought it"
        ):
            continue  # "How much did he pay for the chapel?": "bought at auction ... for $14,000" is another's price
        if amount.money and not _MONEY.search(u.text) and not free:
            continue  # "What is the price of coffee?": "2.15 dollars a pound", not "prices jumped" or "fell 2 percent"
        if amount.share and not _PORTION.search(u.text):
            continue  # "What share of the world's cocoa ...?": "second-largest producer" gives none
        if r.verb and future and only_past(u.text, r.verb):
            continue  # "When *will* Kaja-2 stop working?": "ESTCube-1 ... *stopped* working in 2015" is done
        if r.verb and past and only_future(u.text, r.verb):
            continue  # "When *was* the bridge built?": "engineers *will build* a temporary bridge" is to come
        if r.verb and past and only_supposed(u.text, r.verb):
            continue  # "How much did the pup weigh?": "A healthy pup of its age *would weigh* about 25kg"
        if r.verb and kind == "any" and r.text.lower().startswith("what") and only_went(u.text, r.verb):
            continue  # "What did the commanders *visit*?": "traveled *to* Tehran" went somewhere, names no sight
        if r.verb and not gerund_asked and only_of_another_act(u.text, r.verb, set(qterms)):
            continue  # "When did the festival start?": "Some families *start planning* ..." starts the planning
        if r.verb and amount.how_much and only_in_part(u.text, r.verb):
            continue  # "How much was raised?": "cost £9,500, *most of it raised* by ..." says not how much
        if r.verb and kind == "person" and anyones_only(u.text, r.verb):
            continue  # "Who bought the hut?": "*people are buying* a view" names no buyer
        if r.verb and kind == "person" and finds_only(u.text, r.verb):
            continue  # "Who found the ring?": "*His other finds* include ..." names the act as a thing
        if (
            r.verb
            and kind == "person"
            and r.target
            and done_to_another(u.text, r.verb, set(r.target))
            and not re.match(rf"[Tt]he {_KIND_WORDS}", u.text)  # "*The project* was started by", the library
        ):
            continue  # "Who founded the paper mill?": "*The club was founded* ... by workers from the paper mill"
        if r.verb and kind == "person" and passive_only(u.text, r.verb):
            continue  # "Who will sign the document?": "which will be signed" says by whom nowhere
        unknown = _UNKNOWN_DOER.search(u.text) if kind == "person" else None
        if unknown and set(terms(unknown[1])) & set(qterms):
            continue  # "Who was flying the drones?": "did not find the drones or *whoever was flying* them"
        if kind == "person" and set(heads) & RANKS and not any(match_synonym(h, own | refers_to) for h in heads):
            continue  # "Which Iraqi *general* met Shamkhani?": a prime minister and an adviser are none
        their_posts = set(terms(" ".join(coref(u).posts)))  # "General Hatami": "iran minister"
        asked_posts = [t for h in heads if h in _POSTS for t in _POSTS[h]] if kind == "person" else []
        if asked_posts and not any(match_term(t, own | refers_to | their_posts) for t in asked_posts):
            continue  # "Which Iraqi intelligence *chief* met Hatami?": "Iraq's interior minister" is none
        if any(other_kind(u.text, k, qwords) for k in post_kinds):
            continue  # "Which intelligence chief did Shamkhani meet?": "the Iraqi defense chief" is another
        posts = [t for h in heads if h.rstrip("s") in NAMED_POSTS for t in terms(h)]
        if kind == "person" and posts and not set(posts) & (own | refers_to):
            continue  # "Which *councillors* voted ...?": the mayor is none, nor the "council" itself
        if r.verb and kind == "person" and r.target:
            agents = [w for w in words(u.text) if w.rstrip("s") in ROLE_WORDS and match_synonym(r.verb, set(terms(w)))]
            only_agents = agents and not match_synonym(r.verb, said - set(terms(" ".join(agents))))
            if only_agents and not names_someone(u.text, qwords, stats.common):
                continue  # "Who leads the Navy?": "Navy, Air Force ... commanders" names none
            its = possessive and match_term(r.target[-1], ctx)  # "*Its* chair, Gareth Lewis": the one just named
            # ... "*The judge, local vet Margery Fennimore*, said": the story's (its dog show's) judge
            its = its or (
                bool(re.search(rf"\b[Tt]he (?:{'|'.join(agents)}), (?:[a-z]+ ){{0,3}}[{UPPER}]", u.text))
                and match_term(r.target[-1], around | _title_terms(u))
            )
            if only_agents and not heads_target(u.text, agents, r.target[-1]) and not its:
                continue  # "Who heads Iraq's Air Defense?": the "Commander of ... Base of the Iranian Army" does not
        opening = " ".join(u.text.split()[:6])  # the sentence's subject, usually
        if any(role in words(opening) and not possessor_near(opening, [role], [c]) for role, c in r.role_owners):
            continue  # "the Iraqi defense minister": "Iran's defence minister has visited" is someone else
        if any(
            _owner_other_role(u.text, role, c) and not match_synonym(role, own | refers_to)
            for role, c in r.role_owners
            if role.rstrip("s") not in _ANY_POST  # "Which Iraqi *official*": a minister is one
        ):
            continue  # "the talks with *the Iraqi president*": "the *Iraqi defense chief* held talks" are another's
        # "Which chief met the visiting *Iranian minister*?": "Iraq's acting Prime Minister" is none
        if asked_posts and any(
            not set(terms(role)) & head_stems and role in words(u.text) and not possessor_near(u.text, [role], [c])
            for role, c in r.role_owners
            if c not in their_posts
        ):
            continue
        if r.verb and reverses(u.text, r.verb, r.actors):
            continue  # "did Iran accuse the US": "the US accused Iran" is the other way round
        if (
            (kind == "person" or (r.speaker and any(is_role(w) for w in words(typed))))
            and asked_owners
            and not leans_on_previous(u.text)
            and not possessor_near(typed, _ROLES, asked_owners)
        ):
            continue  # "Which *Syrian* official visited?": "*Iran's* defence minister has visited" is not one
        if kind == "person" and asked_owners and not any(_name_in(c, own) for c in asked_owners):
            others = {t for m in _OWNED_ROLE.finditer(u.text) for t in terms(m.group(1)) if t in COUNTRIES}
            if others - set(asked_owners):
                continue  # "Which *Syrian* officials met Hatami?": "*Iraq's* interior minister and other officials"
        # ... introduced so: "The owner, Eulalia Potts," after "returned to its owner"; not "The owner,
        # Johan Verbeke" after "A pawn shop owner", another one
        the_doer = (
            doer_noun
            and u.text.startswith("The ")
            and len(words(u.text)) > 1
            and not re.search(rf"(?i)\b(?:an?|one) (?:[\w-]+ ){{0,3}}{re.escape(words(u.text)[1])}\b", context_text)
        )
        # ... or the doer noun as a name's title: "*Organiser* Fitzroy Quince, 66, said" for "Who organises the race?"
        trade = re.match(rf"([A-Z][a-z]+(?:er|or)) [{UPPER}]", u.text) if kind == "person" and r.verb else None
        the_doer = the_doer or bool(trade and match_term(r.verb or "", set(terms(trade[1]))))
        if (
            r.doer
            and not leans_on_previous(u.text)
            # "Who does *the US* accuse ...?": "The United States has repeatedly accused"
            and not all(
                match_term(t, own | refers_to)
                or (t in ("us", "america") and names_us(own))
                or (t in firsts and bool(partners.get(t, set()) & own))  # "*Mr Gundry*" for Horace Gundry
                for t in r.doer
            )
        ):
            continue  # "Whom did King Salman meet?": "Arab leaders met" after his name is not his meeting
        # "Who made the otter statue?": "*The otter* was made ...", the headline's "bronze otter statue"
        by_kind = len(r.target) > 1 and match_term(r.target[-2], own) and match_term(r.target[-1], set(_title_terms(u)))
        # ... "Who released the beavers?": "*The seven animals* ... were let go", after the beavers' sentence
        kind_word = bool(r.target) and bool(re.search(rf"\b[Tt]he (?:\w+ )?{_KIND_WORDS}", u.text))
        by_kind = by_kind or (kind_word and match_term(r.target[-1], ctx))
        # "Who runs the race now?": "*It is now run by* the Rotary Club", it being what was just told of
        done_by = _IT_DONE_BY.match(u.text)  # ... the asked act: not "It was *recovered* by" for "Who stole it?"
        it_does = bool(done_by and r.verb and match_synonym(r.verb, set(terms(done_by[1]))))
        if (
            r.target
            and not by_kind
            and not (
                # "The buyers, Owen and Carys Lloyd, ...": the doer named by the act just reported;
                # the thing in other words: "Who spotted the footprints?": "The tracks ... were spotted"
                match_synonym(
                    r.target[-1],
                    (around if leans_on_previous(u.text) or possessive or the_doer or it_does else own) | refers_to,
                )
                # "Iran-Iraq": Iran and Iraq; "the *pilots'* union" where the headline is of a pilots' strike
                and all(match_term(t, around | _title_terms(u)) for t in _parts(r.target[:-1]))
            )
            # "Who proposed the 20mph limit?": "*The plan* was put forward by ...", the headline's "20mph limit"
            and not (_THE_PLAN.search(u.text) and all(match_term(t, set(_title_terms(u))) for t in _parts(r.target)))
            # "Who opposed the plan?": "The Bexwell Traders' Association *opposed it*", the plan being the
            # story's (not "Who owns the pawn shop?": "which *owns it*", where "it" is the violin)
            and not (r.verb and r.target[-1] in _PLAN_WORDS and re.search(rf"\b{r.verb}\w* (?:it|them)\b", u.text))
        ):
            continue  # "Who commands *the Iraqi militia*": the Quds Force's commander is no answer
        if (kind == "person" or which_body or r.thing in ORG_WORDS) and r.verb and only_time_taken(u.text, r.verb):
            continue  # "Which company built the barrier?": "It ... took six years to build" names no builder
        owned_by = re.search(r"\bbelongs? to\b", u.text)  # "a meteorite *belongs to* the owner of the land"
        if kind == "person" and r.verb and r.target and target_acts(u.text, r.verb, r.target[-1]) and not owned_by:
            continue  # "Who started the fire?": "The fire started on Monday" is no one's act
        if met_after and all(match_term(t, own) for t in met_after) and not _EARLIER.search(u.text):
            continue  # "Who did Shamkhani meet *before seeing the president*?": not "He met Iraqi President ..."
        if r.now and future and _ONCE_DUE.search(u.text):
            continue  # "When will the harvest *now* begin?": "was due to begin" was the plan before
        listed = len(r.excepted) > 1 and all(match_term(t, own) for t in r.excepted)
        if r.other and not _ANOTHER.search(u.text) and not listed:
            # "Who *else* was killed": news marks the one more ("also killed", "along with"), or lists
            # them all ("operated by Iran, Iraq, Syria and Russia")
            continue
        if (
            r.acting_role
            and not (r.verb or r.described)  # nothing anchors the act ("give" is light): the actor must be there
            and not mentions(r.acting_role, own | refers_to)
            and names_someone(u.text, qwords, stats.common)
        ):
            continue  # "What did Iraq's interior minister give?": "Gen. Saad al-Alak ... called" is another's act
        if r.acting_role and only_as_object(u.text, r.acting_role):
            continue  # "What did the interior minister say?": "Hatami met with Iraq's interior minister and praised"
        if r.speaker and not reports_speech(u.text, r.speaker):
            continue  # "What did Kadhimi say?" needs something said, not a list of who was met
        if r.speaker and leans_on_previous(u.text) and with_speaker(u.text, r.speaker):
            continue  # "What did the Navy commander say?": "... along with Navy ... commanders ..., he said" is his
        met_speaker = r.speaker and re.search(rf"\b(?:met|meets|meeting) with {re.escape(r.speaker)}\b", u.text)
        if met_speaker and (starts_with_name(u.text, qwords) or person_names(u.text[:40], qwords)):
            continue  # "According to Hatami, ...?": "Gen. Saad al-Alak, ..., who met with Hatami, called" is al-Alak's
        if r.speaker and only_as_place(u.text, r.speaker.lower()):
            continue  # "What did Iran say about the story?": "a story claiming ... killed in Iran" is not Iran's
        # the speaker is not in the sentence, by name or by a role standing for them ("the minister")
        held_posts = set(terms(" ".join(coref(u).posts)))  # "General Hatami noted": Iran's defence minister
        elsewhere = r.speaker and not mentions(r.speaker, own | refers_to | held_posts)
        if elsewhere and names_someone(u.text, qwords, stats.common):
            continue  # "What did Russia say about the alliance?": "Gen. Saad al-Alak ... called" is his word
        opener = re.match(r"The (?:[A-Z][\w'’-]* )*([a-z]+)\b", u.text)  # "The Iraqi *president* also urged"
        if elsewhere and opener and is_role(opener.group(1)) and opener.group(1) not in words(r.speaker):
            continue  # "What did the Iraqi prime minister say?": the president's words are not his
        speaker_here = all(match_term(t, own | refers_to) for t in terms(r.speaker))
        if r.speaker and told_to and not speaker_here and told_to in words(u.text) and not leans_on_previous(u.text):
            continue  # "What did Iraq's interior minister say to Hatami?": "..., General Hatami noted" is Hatami's
        scored = r.attribute == _SCORE and bool(re.search(r"\b\d{1,3}-\d{1,3}\b", u.text))  # "beating HIFK 3-2"
        own, around = (own | {_SCORE}, around | {_SCORE}) if scored else (own, around)
        if (
            r.attribute
            and not scored
            and not (match_synonym(r.attribute, own) and attribute_of(u.text, r.attribute, qterms))
        ):
            continue  # "What is the *budget* of the centre?": the sentence must name the centre's budget
        if r.topic and not all(match_synonym(t, around if REFERS_BACK.search(u.text) else own) for t in r.topic):
            continue  # "What did King Salman say about *Russia*?": in the sentence, or one it refers back to
        lead = set(terms(" ".join(u.text.split()[:3])))  # "Chief conductor Marta Liepina": the role it opens with
        where_thing = around if _PRONOUN_SUBJECT.match(u.text) else own  # "*It* will spend two years ..."
        headed = own | refers_to | _title_terms(u) if focus_people else around
        own_role = own  # where the asked role and its owner must be written
        if focus_people and (possessive or its_role.search(u.text)):
            # "*Its* chief executive, Rodrigo Fuenzalida", "said *its director*, Julien Roussel": its = the
            # company just named; "*The club's* chairman": the club coref names ("Quarrendon Picture Club")
            headed, own_role = headed | ctx | refers_to, own | ctx | refers_to
        titled = asked_thing in _WORK_STEMS and _TITLED.search(u.text)  # "A copy of *"The Old Man and the Sea"*"
        clocked = asked_thing == _TIME and _CLOCK_TIME.search(u.text)  # "What time ...?": "*twenty past three*"
        if placed_at and not re.search(rf"(?i)\b{placed_at[1]}\b|\brunners?-up\b", u.text):
            continue  # "Who came second in the snail race?": "Dash has won ..." says who came first
        if clock_asked and not _CLOCK_TIME.search(u.text):
            continue  # "What time did the first race start?": a clock's time, where the corpus never says "time"
        if (
            asked_thing
            and not (match_synonym(asked_thing, where_thing) or _in_compound(asked_thing, where_thing))
            and not titled
            and not clocked
        ):
            continue  # "What *exhibition* did they visit", "Which *fjord*": a sentence without one names none
        if asked_thing and exactly and _only_bare(u.text, asked_thing):
            continue  # "What equipment *exactly* did it supply?": "the equipment it needed" says none
        if feature and not re.search(
            rf"\b[{UPPER}][\w'’-]* {_FEATURE_KIND}(?i:{feature[1]})|\b(?i:{feature[1]}) [{UPPER}]", u.text
        ):
            continue  # "At which beach was the shark spotted?": "Three beaches near Esperance" names none
        if sort_of and _only_bare(u.text, sort_of) and not re.search(sort_named, u.text):
            continue  # "What kind of shark was seen?": "saw the shark" says no kind
        if sort_of and not match_synonym(sort_of, own) and _PRONOUN_WORD.search(u.text):
            continue  # "What variety of pumpkin did he grow?": "I've been growing *them*" says none
        earmarked = _EARMARKED.search(u.text) if amount.cost_of else None
        # "Tickets cost £18 *for adults*": a price per head, not money for another thing
        earmarked = None if earmarked and earmarked.group(1).split()[0].lower() in _PER_HEAD else earmarked
        if amount.cost_of and earmarked and not match_synonym(amount.cost_of, set(terms(earmarked.group(1)))):
            continue  # "How much will the stadium cost?": "£4.5 million towards new bus routes" is theirs
        priced = _PRICED.search(u.text) if amount.cost_of else None
        # "How much did the restoration cost?": "*The work* cost £9,500", work of any kind
        undertaken = bool(
            priced and _WORK.fullmatch(priced.group(1).strip()) and _UNDERTAKING.search(amount.cost_of or "")
        )
        # ... but "*Hiring them* costs £40 a week" where "them" are the goats just told of
        undertaken = undertaken or bool(
            priced and re.search(r"\b(?:it|them)\b", priced.group(1)) and match_synonym(amount.cost_of or "", ctx)
        )
        if priced and not undertaken and not match_synonym(amount.cost_of or "", set(terms(priced.group(1)))):
            continue  # "How much will the café cost?": "*Entry to the pier* will cost 50p" is entry's price
        if granted and not _MONEY.search(_BOUGHT_FOR.sub(" ", u.text)):
            continue  # "How much was the grant?": "bought the boat for £31,000 with ... a grant" is a price
        if period and not re.search(period, u.text):
            continue  # "How many books were borrowed in the first month?": "90 ... in two hours" is no month's
        if undertaken and amount.cost_of:
            own, around = own | {amount.cost_of}, around | {amount.cost_of}  # the work is the restoration
        named_thing = r.thing in ORG_WORDS and not asked_thing
        if named_thing and not names_someone(_unplaced(u.text, stats), qwords, stats.common):
            continue  # "Which *company* will dredge it?": a corpus that never says "company" must name one
        # "A red panda that escaped ... was found" then "*Ruby, a two-year-old female*, went missing"
        # ("A cargo ship lost 46 containers": "*The Nordhavn Star, a* 180-metre vessel")
        introduced = bool(named_noun) and bool(
            re.match(rf"(?:The )?[{UPPER}][\w'’-]*(?: [{UPPER}][\w'’-]*)*, (?:a|an) ", u.text)
            and re.search(rf"\b[Aa]n? (?:\w+ )?{named_noun}\b", context_text)
        )
        # ... or coref names the one the sentence tells of by the asked noun ("from *a busker* while he ...")
        told_of = (
            bool(named) and named_noun is not None and bool(re.search(rf"\ban? {re.escape(named_noun)}\b", u.text))
        )
        if naming and not (
            _GIVES_NAME.search(u.text) or re.search(name_before, u.text) or together or introduced or told_of
        ):
            continue  # "What is the new frog called?": "The frog, *named* Pristimantis cobrizo", not "a rain frog";
            # "What is the new line called?": "The *Ringbanen* line"; "the names of the climbers": "Tomas
            # Novak, 31, and Jiri Blaha"
        if name_given and not (_GIVES_NAME.search(u.text) or names_someone(u.text, qwords, stats.common)):
            continue  # "What name did the paper give for the Al-Qaeda figure?": "a story claiming that
            # Al-Qaeda's second-in-command was killed" gives none
        # "When was the *last* full peal?": "the *first* full peal ... *since 1953*" was after the last
        first_since = (
            ordinal_of
            and ordinal_of.group(1).lower() == "last"
            and re.search(
                # ... or "the *first snowman competition* held in Ashby Fell *for 15 years*"
                rf"(?i)\bfirst (?:[\w-]+ ){{0,2}}?{ordinal_of.group(2)}\w* [^.;]{{0,40}}?\b(?:since|for \w+ years)\b",
                u.text,
            )
        )
        if ordinal and other_kind(u.text, ordinal, qwords) and not first_since:
            continue  # "Who scored Ilves' *first* goal?": "scored the *winning* goal" is another one
        first_to = ordinal_of and re.search(
            rf"(?i)\b{ordinal_of.group(1)} (?:[\w-]+ ){{0,2}}?{ordinal_of.group(2)}\w* to (?:be |have )?(\w+)", u.text
        )
        if first_to and ordinal_act and not match_synonym(ordinal_act, set(terms(first_to.group(1)))):
            continue  # "the first typewriter he bought": not "the first typewriter *to use* the QWERTY layout"
        if ordinal and not match_term(ordinal[0], own) and _only_in_compounds(u.text, ordinal[1]):
            continue  # "Who did Nika beat in the *first round*?": "the nine-round tournament" is all of them
        if branded and not names_someone(u.text, qwords, stats.common):
            continue  # "What brand of cheddar does the farm make?": "has made cheese" names none
        if any(other_kind(u.text, k, qwords) for k in kinds):
            continue  # "How much does each hydrogen bus cost?": "a battery bus costs about €450,000" is another
        if owned and not owned.search(re.sub(r"[“”\"]", "", u.text)):  # Iran's "blatant interference"
            continue  # "Whose helicopter ...?": "an *Italian air force* helicopter", not "The helicopter lifted"
        if about and not _SAYS_ABOUT.search(u.text):
            continue  # "What is Small Hours about?": not "*Small Hours* is published by Lantern Press"
        if not all(p.search(u.text) for p in must_say):
            continue  # "What are they striking over?": "a dispute *over* pay", not the headline's "strike"
        asked_kind = which_named or which_body
        # "Which clinic treated him?": "at a local clinic", "in libraries" say none; "Which company
        # was fined?": "A water company has been fined" names none, unless the next sentence gives
        # its name ("Northvale Water pleaded guilty ...", see coref)
        if (
            asked_kind
            and one
            and not u.is_title
            and not (which_body and named)
            and asked_kind not in kinds_named[u.id]  # "teams from 42 other schools" beside "Marlcombe Academy"
            and _indefinite_only(u.text, asked_kind)
        ):
            continue
        if asked_kind and u.is_title and not specified(u.text, asked_kind, qwords, by_name=stats.common):
            continue  # "Which ship blocked the canal?": a headline describes ("Container ship"), the body names
        bare_act = which_named and kind == "any" and r.verb and noun_only(u.text, r.verb)
        if (bare_act or (which_body and (acted or r.verb == _MAKE))) and not names_someone(
            _unplaced(u.text, stats), qwords, stats.common
        ):
            continue  # "Which museum returned them?": "Campaigners said *the return* should be ..." names none;
            # "Which companies operate scooters?": "Operators have until 1 September ..." names none, nor
            # "Which company made the kite?": "a workshop showed families how to make one"
        if which_body and not specified(u.text, which_body, qwords):
            continue  # "Which English clubs made offers?": "offers from two English clubs" names none
        if which_many and _counted_only(u.text, which_many):
            continue  # "Which supermarkets ...?": "food that three supermarkets ... would throw away" names none
        if kind == "org" and r.org_head and not specified(u.text, r.org_head, qwords):
            continue  # "Which Iraqi militia ...?": "members of an Iraqi militia" does not say which
        if (
            kind == "org"
            and r.org_head
            # ... and "councillors" are no council
            and not (has_org_name(u.text, qwords) if r.org_head in _ANY_ORG else _names_kind(r.org_head, own))
        ):
            continue  # "Which *agency* killed him": a newspaper that reported it is no agency; "Which
            # organisation announced the ban?": any named as one ("the Athletics Integrity Unit")
        if r.listed and len(listed_names(u.text, qwords, countries=r.listed_countries)) < r.listed:
            continue  # "Which four countries ...": four of them named
        if (
            r.counted
            and not listing
            and not counts(counted_text, r.counted)
            and not _counts_them(u.text, r.counted, ctx, holders)
            and not tally
        ):
            continue  # "How many *advisers*": a number beside advisers, not "three years"
        if r.subject in GROUP_NOUNS and not group_does(u.text, context_text, r.subject):
            continue  # "What did the *delegation* visit": "They ..." after the minister and his commanders
        if (
            r.subject
            and r.subject not in GROUP_NOUNS
            and kind != "role"  # "What was her *job* when she retired?": the post is the answer, not its word
            and not match_synonym(r.subject, around)
            and not _opens_compound(r.subject, u.text)
            # "What will *the money* pay for?": "He has raised *more than £7,400*, which will pay for"
            and not (r.subject in _SUM_NOUNS and _MONEY.search(u.text))
            and r.subject not in _ANY_PERSON  # "How long can *each person* play?": whoever plays
            # "How long did the winners spend building it?": "*The winning* entry was built by the Haversage family"
            and not (r.subject.endswith("er") and re.search(rf"\b[Tt]he {r.subject[:-2]}ing\b", u.text))
        ):
            continue  # ... and be about the one the question asks about
        if r.now and kind == "person" and _DEAD.search(u.text):
            continue  # "Who commands the Quds Force *now*?": not the commander the sentence reports killed
        if first_one and not _FIRST.search(u.text):
            continue  # "When was the *first* concert?": "was to *open* on October 4", not the tour's month
        if any(b.search(u.text) and not a.search(u.text) for a, b in sides):
            continue  # "the winning time in the women's race": not "In the men's race, Zielak won in 2:08:11"
        if any(t not in f"{u.text} {context_text} {u.meta.get('date') or ''}".lower() for t in r.times):
            continue  # "the *2019* summit": a sentence of a 2018 article is about another one
        years = [t for t in r.times if re.fullmatch(YEAR, t) and t not in f"{u.text} {u.meta.get('date') or ''}"]
        before_it = context_text.split(f"\n{u.meta.get('title') or ''}\n")[0] if years else ""
        last_year = ([""] + re.findall(rf"\b{YEAR}\b", f"{before_it} {u.text}"))[-1]
        if years and last_year not in years:
            continue  # "How much coral died *in 2016*?": "The worst, *in 2020*, killed ..." and the
            # sentence after it are about another year than "... since 2016" before them
        if months and not months & set(words(u.text)) and _IN_MONTH.search(u.text):
            continue  # "the temperature *in March*": "31C *in February*" is another month's
        # the place of the visit the article is about, where the sentence names everyone else itself
        # ("Who did Shamkhani meet in Baghdad?": "Shamkhani earlier met with ...", as he was visiting Baghdad)
        scene = coref(u).scene
        scene = scene if all(_name_in(t, own | refers_to) or t in scene for t in r.names) else frozenset()
        # "Iran has maintained"; "the United States" and "US" are America too
        governed = {c for c, land in r.governments if _name_in(land, own) or (land == "america" and names_us(own))}
        # "“The purpose of this meeting is ...,” he said." after "his meeting with the Iraqi defense
        # minister": Khattab, as that sentence's description stands for him
        earlier_named = set(terms(" ".join(coref(u).before))) if leans_on_previous(u.text) else set()
        if not all(
            _name_in(t, around | refers_to | earlier_named)
            or partners.get(t, set()) & own
            or t in scene
            or t in governed
            for t in r.names
        ):
            continue  # the question names someone or somewhere the passage does not mention
            # ("Why did Moura choose Porto?": "*Gabriel* chose Porto", where he is "Gabriel Moura";
            # "When did the Ashgrove gasworks close?": "The gasworks closed", after "the Ashgrove gasworks")
        if (
            kind == "activity"
            and r.names
            and not leans_on_previous(u.text)
            and not any(_name_in(t, own | refers_to) for t in r.names)
        ):
            continue  # "What was Brenda Oakhurst doing when she lost the ring?": not the finder's sentence after hers
        if r.name_part and not adds_name_part(u.text, qwords):
            continue  # "the middle name of Mohammad Baqeri" needs more of his name than the question has
        if focus and qualified(u.text, focus, qwords):
            continue  # "Who is the health minister?": a "*Deputy* Health Minister" is not
        their_counterpart = (
            counterpart_of is not None
            and _THEIR_COUNTERPART.search(u.text) is not None
            and counterpart_of[1].lower() in words(u.text)
            and names_someone(u.text, qwords, stats.common)
        )
        if focus and not (
            their_counterpart
            or (
                in_apposition(u.text, focus, qwords)
                # "the name of the students' satellite": "The satellite, named Kaja-2" after the students
                # "the outgoing mayor of Lyon": the role in the sentence, Lyon in it or in the headline
                and all(
                    match_synonym(t, own_role if focus_people and t not in r.names else headed) for t in r.focus_terms
                )
                and possessor_near(u.text, focus, list(r.owners))
            )
            or (
                focus_people  # a person: "Iran's defence minister ... Amir Hatami met"
                and starts_with_name(u.text, qwords, focus)
                # "Governor Zsófia Kertész said the bank ...": the role opens it, "central" in the headline
                and all(match_term(t, ctx | lead) for t in r.focus_terms)
                and possessor_near(context_text, focus, list(r.owners))
            )
            # "Who was the shop's last customer?": "*The shop's last customer*, on Saturday, *was a bus driver*",
            # someone the article does not name
            or bool(
                re.search(rf"\b{re.escape(focus[-1])}s?,?(?: [^,.;]{{1,40}},)? (?:was|is) {_SOMEONE_BY_TRADE}", u.text)
            )
            # "Who is the walker?": "*A 67-year-old walker* who ...", the lead coref names from the next sentence
            or (bool(named) and (held := _UNNAMED.match(u.text)) is not None and bool(set(focus) & set(words(held[0]))))
        ):
            continue
        if focus and r.names and owned_elsewhere(u.text, focus, r.names):
            continue  # "the chief executive of Nordic Air": "Baltavia's chief executive, X" is another's
        by_surname = {t for t in firsts if partners.get(t, set()) & own}  # "Priya" in "Natarajan, a 34-year-old"
        # "the ship" is not in "the World *Shipping* Council": a word that only modifies a body's name
        shadow = _name_modifiers(u.text, qwords) & asked_lower
        # a capital standing for its state ("between *Tehran* and Riyadh": "Iran") is a name given another way
        cov_own = sum(v * _match_weight(t, own - shadow, refers_to | by_surname | governed) for t, v in idfs.items())
        cov_own /= total
        if kind == "org" and _ASKS_REPORTER.search(r.text) and cov_own < weights.own_reported:
            continue  # "Which agency reported Hatami's call for ...?": "..., IRNA said" vouches for its own sentence
        asks_who = type_check == "person" and r.text.lower().startswith("who")  # not "the names of the climbers"
        if cov_own == 0 and (type_check == "place-name" or asks_who) and not leans_on_previous(u.text) and not named:
            continue  # "Which Western countries carried out the strikes?": "Saudi Arabia pushed instead ..."
            # shares no word with the question (only the sentence before does): a country it names did else;
            # "Who was the printer in Perth?": "The stamp was sold by the estate of Dorothy Keane" is no one's
            # answer to it
        cov = sum(v * _match_weight(t, around - shadow, by_surname | governed) for t, v in idfs.items()) / total
        cov_before = sum(v for t, v in before.items() if match_term(t, around)) / before_total
        cos = float(qvec @ u.vector) if u.vector is not None else 0.0
        appos = float(
            bool(focus)
            or bool(heads and (in_apposition(u.text, heads, qwords) or modified_head(u.text, heads, qwords)))
            or post
            or bool(r.speaker and re.search(r"[“”\"]", u.text))  # "What did Salih say?": his words, quoted
            or together
            or introduced  # "Ruby, a two-year-old female": the name the lead held back
        ) or 0.5 * (r.who_is and adds_name_part(u.text, qwords))  # ... or where news introduces him in full
        score = (
            w.coverage * cov
            + w.own * cov_own
            + w.cosine * max(cos, 0.0)
            + w.rank / (rank + 1)
            + w.apposition * appos
            + w.earlier * cov_before
            - w.headline * u.is_title
        )
        picks.append(Pick(u, score, cov, cov_own, cos))
    if r.other and r.beside:
        # "Besides the exhibition, what else would they do?": "also visited an exhibition ... and
        # would hold meetings", the sentence that tells of it
        picks = _prefer(picks, lambda text: all(match_term(t, set(terms(text))) for t in r.beside))
    if kind == "person":
        # "Who hailed the agreement?": a lead's "A senior Iranian military official has hailed"
        # holds the name back for a later sentence; that sentence answers, if it passes, or the
        # lead does, where coref reads the name off the next sentence ("Colin Feather, 58, ...")
        picks = [p for p in picks if not _UNNAMED.match(p.unit.text) or coref(p.unit).names] or picks
        # ... as a headline does ("Great-grandmother, 91, wins pub darts league")
        body_or_named = [p for p in picks if not p.unit.is_title or names_someone(p.unit.text, qwords, stats.common)]
        picks = body_or_named or picks
        # ... and one naming someone before one where only "people" do it ("where *people* can borrow
        # tools ... has opened" for "Who started it?", before "The project was started by ... Hamish Ogundipe")
        picks = _prefer(picks, lambda text: not _ONLY_PEOPLE.search(text) or bool(person_names(text, qwords)))
    if kind == "person" and r.verb:
        # "Who operates the ferry?": "*The operator*, Fjordline Vest, said ...", not a sentence
        # where "a diesel boat ... had run the route"; the doer named by the noun of the act, also
        # with its owner: "said *the sanctuary's manager*, Helen Ashdown", not "run by volunteers"
        act = r.verb
        doer_named = rf"(?i)\b(?:the|its|their) (?:[\w-]+['’]s )?{act}(?:e?r|or)s?, [{UPPER}]"
        # ... or by a clause on the act: "*The vet who scanned him, Evander Quartey*, said"
        doer_named += rf"|\b[Tt]he (?:[\w-]+ )?[a-z]+ who {act}\w*(?: [a-z]+){{0,2}}, (?-i:[{UPPER}])"
        picks = _prefer(picks, lambda text: bool(re.search(doer_named, text)))
        # "Who found the ring?": "has been found *by a metal detectorist*" leaves him unnamed
        picks = _prefer(
            picks,
            lambda text: not any(match_synonym(act, set(terms(m[1] or m[2]))) for m in _BY_UNNAMED.finditer(text)),
        )
    if re.search(r"(?i)\brole (?:in|of)\b", r.text):
        # "What was Soleimani's role in the region?": "who *played a key role* in eliminating Daesh", a
        # part played (where one is written), not his post in another sentence that names him
        picks = _prefer(picks, lambda text: bool(re.search(r"(?i)\brole\b", text)))
    if calls:
        # "How did Hatami describe Iraq?": "Hailing *Iraq as* a friend", not all else he said of it;
        # where no passing sentence calls it anything ("Iraq is an independent country"), all stay
        picks = _prefer(picks, lambda text: bool(calls.search(text)))
    if how_voted:
        # "How did the councillors vote?": the tally, before one councillor's "who voted for the plan"
        picks = _prefer(picks, lambda text: bool(_TALLY.search(text)))
    if r.now and kind in ("number", "place"):
        # "How many customers does the round have *now*?": "It *now* has 140", before "when it had 600";
        # "Where is the gnome now?": "Humphrey is *now* back by the pond", before where it was bought
        picks = _prefer(picks, lambda text: bool(re.search(r"\bnow\b", text)))
    if type_check == "place":
        # "Where is the centre based?": "the *Baghdad*-based centre" before "in the Iraqi capital"
        # ... among sentences that share a word with the question ("The village will hold a welcome-home
        # concert *in the harbour*", not "A 28-member choir from ... *Dunmore East*", which shares none)
        # ... and no less of it than the best ("*The six that remain*, around the war memorial" after the
        # sentence on the lights, before "The village of Skelwith Fold has switched off ... lights")
        best_cov = max((p.coverage for p in picks), default=0.0)
        placed = [
            p for p in picks if p.own_coverage > 0 and p.coverage >= best_cov and names_place(p.unit.text, qwords)
        ]
        picks = placed or picks
    if which_named and re.search(rf"\b{re.escape(which_named)}", r.text):  # a noun as typed, not "Iran"
        # "Which river is it held across?": "*the River Bell*", a name that ends or starts with the noun,
        # before "face each other across *the river*"
        in_name = re.compile(rf"\b{re.escape(which_named.capitalize())}\w*\b")
        picks = _prefer(picks, lambda text: bool(in_name.search(text)))
    if took_part:
        # "How many people took part?": "More than 70 ploughmen and women *took part*", before "About
        # 3,000 visitors came to watch" (taking part is hedged: where no sentence says it, all stay)
        picks = _prefer(picks, lambda text: bool(_TAKES_PART.search(text)))
    if r.counted and r.verb and past:
        # "How many swimmers were rescued?": "Lifeguards *rescued* 12 swimmers", the act as a verb,
        # before "paddled out on *rescue* boards and ... brought the last three swimmers back"
        done = re.compile(rf"(?i)\b{r.verb}\w*(?:ed|en)\b")
        picks = _prefer(picks, lambda text: bool(done.search(text)))
    if r.counted == "length":
        # "How long was the bridge?": "the 60-metre bridge" before "within three weeks", where
        # a distance is said at all; "How long was the trip?" has only durations to give, and "How long
        # was the pregnancy?" is not answered by "40 kilometres of pipe", which shares no word with it,
        # but by its "22-month pregnancy" (what *was* may have lasted; what *is* long is measured)
        # "How long is the boat's *loop*?": "a *two-week loop*", before "the 58-foot boat"
        thing = re.search(r"([a-z]+)\W*$", r.text)
        bound = re.compile(rf"(?i)\b[\w.,]+-[a-z]+ (?:[a-z-]+ )?{thing[1]}s?\b") if thing else None
        picks = _prefer(picks, lambda text: bool(bound and bound.search(text)))
        measured = [p for p in picks if p.own_coverage > 0 and has_distance(p.unit.text)]
        timed = [p for p in picks if p.own_coverage > 0 and counts(p.unit.text, "duration")] if past else []
        picks = measured or timed or _prefer(picks, has_distance)
    return sorted(picks, key=lambda p: -p.score)


@functools.lru_cache(maxsize=1024)
def _terms_of(title: str) -> frozenset[str]:
    return frozenset(terms(title))


def _title_terms(u: Unit) -> frozenset[str]:
    """The stemmed terms of u's article title, computed once per title (not per candidate)."""
    return _terms_of(str(u.meta.get("title") or ""))


def _prefer(picks: list[Pick], good: Callable[[str], bool]) -> list[Pick]:
    """The picks whose sentence is `good`, if any is; else all of them."""
    kept = [p for p in picks if good(p.unit.text)]
    return kept or picks


@dataclass(frozen=True)
class _Amount:
    """What a "How much / how many / what share" question needs a sentence to state."""

    how_much: bool  # "How much ...?": an amount at all
    money: bool  # a sum of money ("How much did it cost?", "prize money")
    cost: bool  # ... what something cost: not a ransom "demanded"
    cost_of: str | None  # "How much will the *stadium* cost?": whose cost
    paid_for: str | None  # "How much did he pay for *the chapel*?": what was bought
    share: bool  # "What share ...?": a percentage or a fraction
    population: bool  # "How many people live ...?": a head count
    unit: re.Pattern[str] | None  # "How heavy / tall / high / fast": the unit the answer is in
    amount_of: str | None  # "How much *severance*": what is measured
    measure: frozenset[str]  # "How *high* will the fence be?": "raise the fence to 2.5 metres"
    size: bool  # "How big will the telescope be?": a size, which no sum of money is


def _amount(r: Reading, kind: str, stats: TermStats) -> _Amount:
    """The amount `r` asks for, read once per question (`score_candidates` checks each sentence)."""
    share = kind == "number" and bool(re.search(r"\bwhat (share|percentage|proportion|fraction)\b", r.text, re.I))
    how_much = kind == "number" and bool(re.match(r"how much\b(?! (?:time|longer|of)\b)", r.text, re.I))
    # "How much would it have saved?" asks for money; "How much water was saved?" does not
    saved = bool(re.match(r"(?i)how much (?:did|does|do|would|will|could|can|has|have|had|is|was)\b", r.text))
    saved = saved and bool(re.search(r"\bsav(?:e|es|ed|ing)\b", r.text))
    prize = how_much and bool(_MONEY_WORDS.search(r.text))  # "How much prize money ...?"
    prize = prize or (how_much and bool(re.search(r"(?i)\b(?:win|won)\?$", r.text)))  # "How much did they win?"
    prize = prize or bool(re.search(r"(?i)\bin (?:prize |cash )?money\b", r.text))  # "What did it win in prize money?"
    money = bool(_ASKS_MONEY.search(r.text) or saved or prize) and not _ASKS_CHANGE.search(r.text)
    money = money and kind in ("number", "any")
    money = money and not share and not r.counted  # "What share of the fee?", "How many days did he spend?"
    # "What will the money *pay for*?", "What was it spent on?": the thing bought, not a sum
    money = money and not (kind == "any" and re.search(r"(?i)\b(?:pay|paid|spend|spent)\b.* (?:for|on)\?$", r.text))
    cost = money and bool(re.search(r"\bcost\b", r.text))
    # "How much will the new *stadium* cost?": the thing whose cost is asked
    priced = re.match(rf"(?i)how much (?:{_AUX}) (?:the |a |an |its |their |each )?([\w'’ -]+?) cost\b", r.text)
    cost_of = terms(priced.group(1))[-1] if priced and terms(priced.group(1)) else None
    paid = re.match(
        rf"(?i)how much (?:{_AUX}) [\w'’ -]+? pay for (?:the |a |an |his |her |its |their )?([\w'’ -]+)", r.text
    )
    paid_for = terms(paid.group(1))[-1] if paid and terms(paid.group(1)) else None
    population = bool(
        re.search(r"(?i)\bhow many [a-z-]+ (?:live|reside)\b|\bpopulation\b", r.text)  # "How many schoolchildren live"
    )
    measured = re.match(r"how much (\w+)", r.text, re.I)
    unit = _UNIT_OF.get(measured.group(1).lower()) if measured else None
    unit = unit or (_WEIGHT if re.match(r"(?i)how heavy\b", r.text) else None)  # "a 6.8-kilogram meteorite"
    # "How tall will the dam be?": a length ("stands at 3,198 metres"), not "the 180-megawatt project"
    unit = unit or (DISTANCE if re.match(r"(?i)how (?:tall|deep|wide)\b", r.text) else None)
    # "How high did the balloon fly?": a height, not a ticket's £199 ("How high was inflation?": 7.6
    # percent); "How fast?": a speed
    unit = unit or (_HEIGHT if re.match(r"(?i)how high\b", r.text) else None)
    unit = unit or (_SPEED if re.match(r"(?i)how fast\b", r.text) else None)
    unit = unit or (_DEGREES if re.match(r"(?i)how (?:hot|cold|warm)\b", r.text) else None)  # not "30cm of snow"
    # "How much *severance* ...?" names what is measured; "How much did it cost?", "How much money?" do not
    of = terms(measured.group(1)) if measured and how_much and not unit else []
    amount_of = of[0] if of and stats.seen(of[0]) and of[0] not in _MONEY_NOUNS else None
    measure = terms(" ".join(re.findall(r"(?i)^how (high|tall|deep|wide|long|far)\b", r.text)))
    # "How big will the telescope be?": a size; "How big was the grant?": a sum
    size = bool(re.match(r"(?i)how (?:big|large)\b", r.text)) and not set(terms(r.text)) & _SUMS
    measure_terms = frozenset(measure)
    return _Amount(how_much, money, cost, cost_of, paid_for, share, population, unit, amount_of, measure_terms, size)


def pick_sentences(
    question: str,
    qvec: np.ndarray,
    candidates: Sequence[tuple[Unit, int]],
    context: Callable[[Unit], str],
    stats: TermStats,
    kind: str | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    earlier: str = "",
    coref: Callable[[Unit], Coref] = lambda u: NO_COREF,
) -> list[Pick]:
    """The sentence that answers `question`, as a one-item list; [] means abstain."""
    scored = score_candidates(question, qvec, candidates, context, stats, kind, weights, earlier, coref)
    if not scored or scored[0].score < weights.min_score:
        return []
    best = scored[0]
    if best.unit.is_title:
        # a headline compresses ("*Kenya* declares drought ..."): the body's sentence saying as
        # much in full ("*Kenya's president* declared ...") answers in its place
        same = (p for p in scored[1:] if p.unit.source == best.unit.source and p.score >= best.score - 0.05)
        best = next(same, best)
    if best.coverage < weights.min_coverage and not (
        best.coverage >= weights.paraphrase_coverage and best.cosine >= weights.paraphrase_cosine
    ):
        return []
    return [best]


def on_topic(
    question: str, candidates: Sequence[tuple[Unit, int]], said: Callable[[str], frozenset[str]]
) -> list[tuple[Unit, int]]:
    """The candidates of articles that say something of what the question is about: "How many
    people watched the regatta?" is not answered from an article that never says "regatta" (a
    crowd gathered to watch ducks cross a street) where another retrieved article says it. What
    it is about is the question's words but its verb and what it counts; `said(source)` is the
    stemmed terms of a whole article."""
    r = read(question)
    asked = LIGHT_STEMS | r.category | {r.verb or "", r.counted or ""}
    topic = [t for t in terms(r.scope, drop_question_words=True) if t not in asked]
    sources = {u.source for u, _ in candidates}
    covered = {s: {t for t in topic if match_synonym(t, set(said(s)))} for s in sources}
    anywhere = any(covered.values())
    return [(u, rank) for u, rank in candidates if covered[u.source] or not anywhere]


def _compound(scope: str, candidates: Sequence[tuple[Unit, int]]) -> list[str]:
    """ "When is *story time* held?": two question words the articles write together name a thing;
    alone, each only asks ("What *time* ...?", "Which *story* ...?")."""
    ws = [w for w in words(scope) if w not in STOPWORDS]
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(ws)]
    return next((terms(p) for p in pairs if any(p in u.text.lower() for u, _ in candidates)), [])


def _superlative(term: str, stats: TermStats) -> str:
    """The corpus's superlative of an adjective it never writes plain ("cold" -> "coldest",
    "hot" -> "hottest"); the term itself otherwise. `terms` keeps "-est" (west, interest)."""
    if stats.seen(term):
        return term
    return next((s for s in (f"{term}est", f"{term}{term[-1:]}est") if s in stats.df), term)


_HEIGHT = re.compile(rf"(?:{DISTANCE.pattern})|\d\s?%|\bper ?cent\b", DISTANCE.flags)
_DEGREES = re.compile(r"\d ?(?:°|degrees?\b|C\b|F\b)|\b(?:freezing|below zero)\b")
_SPEED = re.compile(r"(?i)\b\d[\d,.]* ?(?:km/h|kph|mph|knots|(?:kilometres|kilometers|miles) (?:an|per) hour)\b")
# A work named by its title in quotes: "Which *book* was returned?": "A copy of "The Old Man and the Sea""
_WORK_STEMS = frozenset(terms(" ".join(WORKS.split("|"))))
_TITLED = re.compile(r"[\"“][A-Z][^\"“”]{2,80}[\"”]")
_SORTS_OF = re.compile(r"(?i)\b(?:areas?|kinds?|types?|fields?|forms?|sorts?|aspects?) of ((?:[\w-]+ ){1,2}[\w-]+)")


def _name_in(name: str, bag: set[str]) -> bool:
    """`match_term` for a name, where a word inside another is no match: "Antarctic" is not
    "Arctic" ("Iranian" still meets "Iran")."""
    return name in bag or any(w[:4] == name[:4] and match_term(name, {w}) for w in bag)


def _kinds(scope: str, texts: list[str]) -> list[tuple[str, str]]:
    """(modifier, noun) stems the question writes together ("hydrogen bus") and so do the
    retrieved sentences ("40 hydrogen buses"): a kind of thing the articles tell apart."""
    ws = re.findall(r"[\w'’-]+", scope)
    content = [
        w.replace("-", "").isalpha() and w.islower() and bool(terms(w, True)) for w in ws
    ]  # "the *second-hand* projector"
    # ... and a modifier further from its noun: "the *old* mobile library *van*" where "the old van" is written
    pairs = [
        (terms(ws[i])[0], terms(ws[j])[0])
        for i in range(len(ws))
        for j in range(i + 1, min(i + 4, len(ws)))
        if all(content[i : j + 1])
        and ws[j].isalpha()
        and not is_role(ws[j])  # "Iran's defence minister" also meets "Iraq's interior minister"
    ]
    if not pairs:
        return []
    written = {(x, y) for t in texts for ts in [terms(t)] for x, y in itertools.pairwise(ts)}
    return [p for p in pairs if p in written]


_AUX = "did|does|do|is|was|were|are|has|have|had|will|would|can|could"


_ARTICLES = frozenset("a an the his her its their this that these those".split())


# Roles any post fills: "Which Iraqi official ...?", "the Iraqi delegation"
_ANY_POST = frozenset("official officer leader figure delegation representative counterpart".split())


def _owner_other_role(text: str, role: str, owner: str) -> bool:
    """Does `text` give the owner another post than `role` ("the *Iraqi defense chief*" where
    the question asks for the Iraqi president)?"""
    toks = [m.group() for m in TOKEN.finditer(text)]
    for i, t in enumerate(toks[:-1]):
        if terms(t)[:1] != [owner] or not t[:1].isupper():
            continue
        after = [w for w in toks[i + 1 : i + 3] if w.islower()]
        others = [w for w in after if is_role(w) and w.rstrip("s") not in _ANY_POST]  # "his new *Iraqi counterpart*"
        if any(not match_synonym(role, set(terms(w))) for w in others):
            return True
    return False


def _indefinite_only(text: str, noun: str) -> bool:
    """Does `text` name the noun only as some one of its kind: "at *a local clinic*", "*a*
    34-year-old primary *school* teacher", "most of them *in libraries*", never "the clinic",
    "the Sahlgrenska clinic", "fields, including counterterrorism", "a local grocery chain,
    Harvest Lane Markets" nor "a peaceful uprising in 2011"?"""
    found = list(re.finditer(r"[\w'’-]+", text))
    toks = [m.group() for m in found]
    spots = [i for i, t in enumerate(toks) if terms(t) == [noun]]

    def some(i: int) -> bool:
        before = [t.lower() for t in toks[max(0, i - 2) : i]]
        plural_bare = toks[i].lower().endswith("s") and not set(before) & {"the", "its", "their", "this", "these"}
        # "the Sahlgrenska clinic", "Ivy League universities"; not "Millbrook's schools" (whose, not which)
        named = i > 0 and toks[i - 1][:1].isupper() and not toks[i - 1].endswith(("'s", "’s"))
        named = named or (i > 0 and toks[i - 1].lower() in COLOURS)  # "*green* bins for glass" says which
        article = next((t.lower() for t in reversed(toks[max(0, i - 3) : i]) if t.lower() in _ARTICLES), "")
        if toks[i + 1 : i + 2] and toks[i + 1].lower() in ("including", "such", "like", "namely", "notably"):
            return False  # "in a host of fields, including counterterrorism" names one
        if any(re.fullmatch(r"(?:19|20)\d\d", t) for t in toks[i + 1 : i + 4]):
            return False  # "a peaceful uprising in 2011" says which, by its year
        if re.match(rf",\s+(?:the\s+)?[{UPPER}]", text[found[i].end() :]):
            return False  # "a local grocery chain, Harvest Lane Markets" names it after the comma
        opening = next((k for k in range(i - 1, max(-1, i - 4), -1) if toks[k].lower() in ("a", "an")), None)
        if opening is not None and re.search(
            rf"[{UPPER}][\w'’&-]* [{UPPER}][\w'’&-]*,\s*$", text[: found[opening].start()]
        ):
            return False  # "built by Loxley Adventure, a company run by ..." named it before the comma
        # "was taken *to hospital*": a singular noun with no article is any one of them (not the verb
        # of "set out *to walk the* 14-mile Horseshoe")
        bare = not article and not named and i > 0 and toks[i - 1].lower() in ("to", "in", "from", "at")
        bare = bare and not (toks[i + 1 : i + 2] and toks[i + 1].lower() in _ARTICLES)
        one = not named and i > 0 and toks[i - 1].lower() == "one"  # "a commuter who only knows *one song*"
        return article in ("a", "an") or (plural_bare and not named) or bare or one

    return bool(spots) and all(some(i) for i in spots)


def _owned(noun: str) -> re.Pattern[str]:
    """ "Whose helicopter?": the noun with its owner before it ("an Italian air force
    helicopter", "the navy's helicopter", "American forces", "Iranian military advisers") or
    after it ("the interests of the region", "The idea came from retired teacher ..."), not
    alone ("The helicopter lifted", "kept helicopters grounded")."""
    n = rf"{re.escape(noun)}s?"
    plain = rf"(?:(?!(?:{'|'.join(sorted(STOPWORDS))})\b)[\w-]+ )"  # no "the", "of", "and"
    return re.compile(
        rf"\b(?i:an?|the) {plain}{{1,3}}{n}\b|\b(?i:its|their|his|her) {plain}{{0,3}}{n}\b"
        rf"|[\w-]+['’]s? {plain}{{0,2}}{n}\b"
        rf"|\b(?!(?:The|A|An|This|That|These|Those)\b)[{UPPER}][\w-]* {plain}{{0,2}}{n}\b"
        rf"|\b{n} (?:(?:came|comes) )?(?:of|from|between|belonging to|owned by|operated by) (?:the )?\w"
    )


def _calls(thing: str) -> re.Pattern[str]:
    """ "How did Hatami describe Iraq?": a sentence that calls it something ("hailing Iraq as a
    friend", "called the alliance “a distinguished example”"), or a quote that says what it is
    ("“Iraq is an independent country ...,” Salih said"); "support for Iraq as" is not. "His own
    country" is the one a quote names."""
    thing = re.sub(r"^(the|a|an) ", "", thing, flags=re.I)
    own = re.fullmatch(r"(?i)(?:his|her|their|its) (?:own )?(?:country|nation)", thing)
    named = rf"(?-i:[{UPPER}])[\w'’-]+" if own else re.escape(thing)
    verbs = r"(?:hail|call|describ|nam|label|term|see|saw|view|regard|consider|brand|dub)\w*"
    modifier = r"(?!(?:for|of|to|in|on|with|by|from|and)\b)[\w-]+ "  # "the *four-nation* alliance"
    said = rf"(?:(?:the |a |an )?(?:{modifier}){{0,2}}{named}|it|them|him|her)"  # "describing *it* as"
    quoted = rf"[“\"](?:the )?{named} (?:is|are|was|were)\b"
    return re.compile(rf"\b{verbs} {said}['’]?s? ?(?:as\b|[“\"])|{quoted}", re.I)


# Modifiers that pick out the other one of a pair: the old price and the new one
_CONTRARY = {
    "old": {"new"},
    "new": {"old", "previous", "former"},
    "previous": {"new"},
    "former": {"new", "current"},
    "current": {"former", "previous"},
    "highest": {"lowest"},
    "lowest": {"highest"},
    "largest": {"smallest"},
    "smallest": {"largest"},
    # "Where can the Milky Way be *seen* from now?": not where it "had been *invisible* from"
    "see": {"invisible", "unseen"},
    "seen": {"invisible", "unseen"},
    "visible": {"invisible"},
}
# No amount: "within two weeks", "the world's second-largest producer"
_NOT_AMOUNT = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few)[ -]"
    r"(?:day|week|month|year|hour|minute|second)s?\b"
    rf"|\b(?:{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th))(?:-\w+)?\b",
    re.I,
)
# "What is X called?": a sentence that names something ("named Thor Two", "called the Kesto One", "(ISIS)")
_ASKS_NAME = re.compile(
    r"(?i)what (?:is|was|are|were|will) .*?(\w+) (?:be )?(?:called|named|known as)\??$"
    r"|what (?:are|were|will be) the names of (?:the |its |their )?(?:\w+ )*?(\w+)\??$"
    r"|what (?:is|was) the (?:\w+ )?(\w+)['’]s name\??$"  # "What is the dog's name?": not "Dogs Trust"
)  # "What are the names of the cubs?": "They will be named when ..." gives none
_GIVES_NAME = re.compile(
    rf"\b(?:called|named|dubbed|known as|christened|titled) (?:the )?[“\"']?[{UPPER}0-9]|\([{UPPER}]"
    rf"|^The [\w-]+, (?:No\. ?\d+ )?[*“\"']?[{UPPER}]"  # "The engine, No. 4471 *Lady Catherine*, was built"
)
_WHICH_OUTLET = re.compile(r"(?i)^(?:which|what) (?:news )?(?:agency|outlet|newspaper|paper|publication|website)\b")
_ASKS_REPORTER = re.compile(r"(?i)\b(?:agency|outlet|newspaper|media|channel)\b.*\b(?:report|said|say|quote)")
# "How much power ...?": an amount of what the question names is given in its units
_WATTS = re.compile(
    r"\b(?:(?:kilo|mega|giga)?watts?|kw|mw|gw|kwh|mwh|gwh)\b|\d(?:kw|mw|gw)\b|-(?:kilo|mega|giga)watt", re.I
)
# ... and "180mm" is as much rain as "180 mm"
_RAIN = re.compile(
    r"(?:\b|(?<=\d))(?:millimet(?:re|er)s?|mm|inch(?:es)?|centimet(?:re|er)s?|cm|litres?|liters?)\b", re.I
)
# "How heavy is it?": a weight ("a 6.8-kilogram meteorite")
_WEIGHT = re.compile(r"(?i)\d[\d,.]*[- ]?(?:kilo)?(?:grams?|kg|tonnes?|tons?|pounds?|lbs?|ounces?|oz)\b")
_UNIT_OF = {
    "power": _WATTS,
    "electricity": _WATTS,
    "energy": _WATTS,
    "water": re.compile(r"\b(?:litres?|liters?|gallons?|cubic|m3)\b", re.I),
    "wine": re.compile(r"\b(?:(?:hecto)?lit(?:re|er)s?|bottles|cases)\b", re.I),  # "33.3 million hectolitres"
    "rain": _RAIN,  # "180 litres per square metre" of rain
    "rainfall": _RAIN,
    "weight": _WEIGHT,  # "How much weight did it gain?": "put on 18kg"
}
_SAID_ON = re.compile(
    r"\b(?:said|says|told \w+|announced|reported|confirmed)(?: late| early)? on (?:\w+day|\w+ \d{1,2}|\d{1,2} \w+)\b"
)
_FUTURE = re.compile(r"\b(?:will|would|shall|is to|are to|plans? to|going to)\b|['’]ll\b", re.I)
_ANY_ORG = frozenset(terms("organisation organization"))  # "Which organisation ...?": any one named
# Money set aside for a named thing: "pay £4.5 million *towards new bus routes*"
_PER_HEAD = frozenset(
    "adults adult children child members students pensioners seniors families visitors people".split()
)
_EARMARKED = re.compile(
    r"(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]* (?:dollars|euros|pounds|kroner))(?: (?:million|billion|bn|m))? "
    r"(?:towards|for|to pay for) ((?:[\w'’-]+ ){0,4}[\w'’-]+)",
    re.I,
)
# How a vote went: a tally ("34 to 19"), "unanimously", or a side ("voted against the plan")
_TALLY = re.compile(r"\b\d[\d,]* (?:votes? )?to \d[\d,]*\b|\b\d{1,3}[-–]\d{1,3}\b")  # "34 to 19", "9-6"
_VOTED = re.compile(
    rf"{_TALLY.pattern}|\bunanimous(?:ly)?\b|\bvot\w* (?:\w+ly )?(?:for|against|in favou?r|yes|no)\b", re.I
)
_TOP = re.compile(r"\b(?:record|highest|largest|biggest|top)\b", re.I)
_TOP_WORDS = frozenset("highest largest biggest".split())
_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS[:12])  # capitalised: "May", not "may"
_MONTH_NAME = re.compile(rf"\b(?:{_MONTH_NAMES})\b")
_SIDE_WORDS = [("women", "men"), ("girls", "boys"), ("junior", "senior"), ("mother", "father"), ("daughter", "son")]
_SIDES = [
    (re.compile(rf"(?i)\b{a}['’]?s?\b"), re.compile(rf"(?i)\b{b}['’]?s?\b"))
    for x, y in _SIDE_WORDS
    for a, b in ((x, y), (y, x))
]
_IN_MONTH = re.compile(rf"(?i)\b(?:in|during) (?:{_MONTH_NAMES})\b")
_SUPERLATIVES = frozenset(
    """worst best biggest largest highest lowest longest shortest oldest youngest deadliest strongest
    hottest coldest heaviest fastest warmest wettest driest smallest greatest busiest""".split()
)
# "the second-highest price ever paid" is not the record; "second-largest ... after Ivory Coast" names it
_RUNNER_UP = re.compile(
    r"\b(?:second|third|fourth|fifth)[- ](?:highest|largest|biggest|best|most|lowest|smallest|busiest)\b"
    r"(?![^.;]*\b(?:after|behind)\b)",
    re.I,
)
_SINCE = re.compile(r"\bsince (?:the )?[\w-]+")
_NONE_SINCE = re.compile(  # a negation or a superlative ("heaviest", "biggest"), not "harvest"
    r"\b(?:not|never|no|\w+n't|best|worst|most|first|"  # "the club's *first* national title since 1992"
    r"(?!(?:harvest|interest|forest|protest|suggest|request|contest|arrest|invest|honest|modest)\b)\w{2,}est)\b.*\bsince\b",
    re.I,
)


def _dated(text: str, act: bool, latest: bool) -> str:
    """The text whose dates may answer a When-question: for an act, without the date of its
    saying (`_SAID_ON`); for the last of several events, without "since 2000" too, unless
    the sentence says none like it came since ("not seen frost like this since 1994", "the
    heaviest rainfall since 1982", "its first title since 1992")."""
    text = _SAID_ON.sub(" ", text) if act else text
    return _SINCE.sub(" ", text) if latest and not _NONE_SINCE.search(text) else text


_ASKS_SAYING = re.compile(r"(?i)\b(?:say|said|says|tell|told|announc\w*|report\w*|confirm\w*|publish\w*)\b")
_ONLY_PEOPLE = re.compile(r"\b(?:people|anyone|everyone) (?:can|could|may|will|are|were)\b")
_ANY_PERSON = frozenset(terms("person people"))
_SUM_NOUNS = frozenset(terms("money cash funds sum"))
_SOMEONE_BY_TRADE = rf"an? (?:[\w-]+ ){{0,2}}(?:{'|'.join(sorted(OCCUPATIONS))})\b"  # "a bus driver"
_MONEY_NOUNS = frozenset(terms("money cash funding funds price cost fee budget salary worth"))
_SUMS = _MONEY_NOUNS | frozenset(
    terms("grant loss fine prize debt bill deal award profit revenue reward pay wage bonus")
)
_FIRST = re.compile(r"\b(?:first|open\w*|begin\w*|began|start\w*|debut\w*|inaugural|launch\w*)\b", re.I)
# "nearly five times the town's usual population": a multiple of it, which does not give it
_MULTIPLE_OF = re.compile(r"\b(?:times|twice|double|half)\b(?: [\w'’]+){0,3} population\b(?! of \d)", re.I)
# A place's people counted as its population: "Grindavik's 3,700 residents", "a city with about 300,000 people"
_POPULATION = re.compile(
    r"(?:['’]s|\bwith|\bhome to|\bpopulation of|\bcity of|\btown of|\bvillage of) (?:about |around |some "
    r"|nearly |almost |roughly |more than |over |under )?\d[\d,.]*(?: (?:million|thousand))?"
    r"(?: people| residents| inhabitants)?(?![\w,.])|\bpopulation\b|\binhabitants\b|"
    r"\d[\d,.]*(?: (?:million|thousand))? (?:people|residents|inhabitants) (?:live|reside)\b",  # "2,400 people live"
    re.I,
)
_LIVE = frozenset(terms("live reside"))
_ONLY_ASKED = re.compile(r"\b(?:demand|ask|sought|seek|offer|propos|request)\w* (?:[\w-]+ ){0,3}?(?:[$€£]|\d)", re.I)
_PAID = re.compile(r"\b(?:cost|paid|pay|spent|spend|price|bill|damage|loss)\w*\b", re.I)
# "which *together* run about 4,500": a count of several, not of one of them
_JOINT = re.compile(r"(?i)\b(?:together|between them)\b")
# A correction quoting what an earlier version wrongly said
_RETRACTED = re.compile(r"(?i)\b(?:an earlier|a previous) version of this (?:article|story|report)\b")
_SCORE = terms("score")[0]


def _names_kind(head: str, own: set[str]) -> bool:
    """Does a sentence (its stemmed terms `own`) say the organisation kind `head` ("council") or a
    synonym as a word of its own, not only inside a longer one ("*council*lors")?"""
    return head in own or any(match_term(t, own) for t in synonyms(head) - {head})


def _only_in_compounds(text: str, noun: str) -> bool:
    """Is the stemmed `noun` in `text` only inside hyphenated words ("the nine-*round* tournament")?"""
    toks = re.findall(r"[\w'’]+(?:-[\w'’]+)*", text)
    inside = [t for t in toks if "-" in t and noun in terms(t.replace("-", " "))]
    return bool(inside) and not any(terms(t) == [noun] for t in toks if "-" not in t)


# Posts a "Which <post> ...?" question asks for, which the answer names or stands for ("head of")
_POSTS = {w: terms(w) for w in "minister president commander adviser advisor secretary director ambassador".split()}
_POSTS["chief"] = terms("chief head")  # "head of Iraq's military intelligence" is its chief
_STILL_MISSING = re.compile(
    r"\b(?:still|remains?|remained) (?:missing|lost|unaccounted for)\b|\bwhereabouts (?:are|is|remain\w*) unknown\b"
)
# Places an "At which <feature> ...?" question asks for by name: "Twilight Beach", "Baghdad International Airport"
_PRONOUN_WORD = re.compile(r"\b(?:it|them|they|one|ones)\b")
_FEATURES = frozenset("beach bridge airport station stadium".split())
_FEATURE_KIND = r"(?:(?:railway|bus|coach|train|football|rugby|road|rail|foot) )?"  # "Duxbury *railway* station"
_SAYS_WHICH = r"(?:over|of|against|for|with|from|called|named)\b"
# Names listed together: "*Iran, Iraq, Syria and Russia*", "*Iran and Iraq*"; not "Saudi Arabia's
# King Salman ... criticising Iran's", two countries apart
_NAMES_LISTED = re.compile(rf"\b[{UPPER}][\w'’-]*(?: [{UPPER}][\w'’-]*)?(?:, [{UPPER}][\w'’-]*)*,? and [{UPPER}]")
_BARE = frozenset("the a an its their his her this that these those some any".split())


def _only_bare(text: str, thing: str) -> bool:
    """Does `text` write the asked thing only with no word saying which ("supplied Iraq with
    *the equipment* it needed"), where "*military* equipment" would say?"""
    toks = [t.lower() for t in re.findall(r"[\w'’-]+", text)]
    at = [i for i, t in enumerate(toks) if terms(t)[:1] == [thing]]
    # ... nor a measure: "the *9-millimetre* beetle" is no kind of beetle; nor a sentence's first word
    # ("*Bees* kept on the roof ...")
    return bool(at) and all(i == 0 or toks[i - 1] in _BARE or toks[i - 1][:1].isdigit() for i in at)


_THEIR_COUNTERPART = re.compile(r"\b(?:his|her|their) (?:[\w-]+ ){0,2}counterparts?\b")
# "*Its* chair", "*The team's* coach, Petri Niemi": of the one just named
_POSSESSIVE_OPENING = re.compile(r"(?:Its|Their|His|Her) |The (?:team|club|company|firm|group|council)['’]s ")


def _only_possessive(text: str, verb: str) -> bool:
    """Is the doer of the act, or the one asked about, named only as an owner ("the *founder's*
    grandson", "*Gordon's* owner, Beryl Sotherton, 84")? False where the text does not name it."""
    uses = re.findall(rf"(?i)\b{re.escape(verb)}\w*", text)
    return bool(uses) and all(re.search(rf"(?i)\b{re.escape(u)}['’]s\b", text) for u in uses)


def _holders(noun: str, qwords: set[str]) -> str:
    """The question's other words as a pattern, for `_counts_them` ("How many names were on the
    *shortlist*?"); not the counted noun's own: "a team of six" is no count of teams."""
    return "|".join(sorted(re.escape(w) for w in qwords - STOPWORDS if noun not in terms(w)))


def _counts_them(text: str, noun: str, before: set[str], holders: str) -> bool:
    """ "By August, they had caught about *31,000 of them*": a count of what was just named;
    "its cheese and onion *slice, which sells about 50,000* a week": one its clause gives; "How
    many names were on the shortlist?": "drew up *a shortlist of twenty*," (what it holds, unsaid;
    `holders` from `_holders`)."""
    numbers = "|".join(NUMBER_WORDS[:20])
    if holders and re.search(rf"(?i)\ban? (?:{holders}) of (?:\d[\d,]*|{numbers})(?=[,.;]| (?:and|who|which)\b)", text):
        return True
    them = re.search(rf"(?i)\b(?:\d[\d,.]*|{numbers}) of them\b", text)
    # ... or named earlier in the sentence: "the original buttons, *all 42 of them*"
    if them and (match_term(noun, before) or match_term(noun, set(terms(text[: them.start()])))):
        return True  # ... or "She answered *nine of them*"
    if match_term(noun, before) and re.search(rf"(?i)\b(?:\d[\d,.]*|{numbers}) {_KIND_WORDS}", text):
        return True  # "Two families of beavers ..." then "*The seven animals*, brought from the River Tay"
    if match_term(noun, before) and re.search(
        r"\b(?:has|have|had) (?:about |around |nearly |more than )?\d[\d,]*(?=[,.;])", text
    ):
        return True  # "... when it had 600 customers." then "It now *has 140*, served from ..."
    if noun in _PEOPLE_T and match_term(noun, before) and re.search(rf"(?i)\b(?:\d[\d,]*|{numbers}) people\b", text):
        return True  # "Volunteers steer the boat ..." then "*40 people* had signed up"
    number = r"(?:about |around |some |nearly |more than |over )?\d[\d,.]*"
    return bool(re.search(rf"(?i)\b{re.escape(noun)}\w*, (?:which|that) \w+ {number}\b", text))


_STRANDED = re.compile(r"(?i)^(?:what|which)\b.* (over|against)\?$")  # the answer follows the preposition
_MADE_OF = re.compile(r"(?i)what (?:is|was|are|were) .+ made (?:of|from)\?$")
# ... "made ... of/from", or the material named ("*A copper* weather vane", "the ivory *silk* dress")
_MATERIALS = (
    r"(?:copper|brass|bronze|iron|steel|tin|silver|gold|wooden|wood|oak|pine|silk|cotton|wool|woollen|linen"
    r"|glass|stone|marble|granite|plastic|leather|clay|concrete|brick|straw|paper|cardboard)"
)
_MADE_FROM = re.compile(rf"\bmade\b[^.;]{{0,40}}?\b(?:of|from)\b|\b{_MATERIALS}\b", re.I)
_RAISED_FOR = re.compile(r"(?i)\brais\w* (?:\w+ ){0,3}for\?$")
_TO_WHOM = re.compile(r"(?i)who(?:m)? (?:was|were|is|are)\b.* (from|to|for|with)\?$")


def _must_say(question: str) -> list[re.Pattern[str]]:
    """What every answering sentence must say where the question ends on the word its answer
    follows (read once per question): "What are they striking *over*?": "over" ("via" too, for
    "diverted over"); "What is the dress made of?": not "It was made *for* her ..."; "What does
    the fete raise money for?": not "This year's fete raised £2,870"; "Who was the violin stolen
    *from*?": not "he was not the original thief"."""
    needs = []
    if stranded := _STRANDED.search(question):
        route = "|via" if stranded[1].lower() == "over" else ""
        needs.append(re.compile(rf"\b(?:{stranded[1]}{route})\b", re.I))
    if _MADE_OF.match(question):
        needs.append(_MADE_FROM)
    if _RAISED_FOR.search(question):
        needs.append(re.compile(r"\b(?:for|towards)\b", re.I))
    if to_whom := _TO_WHOM.match(question):
        needs.append(re.compile(rf"\b{to_whom[1]}\b", re.I))
    return needs


# "What is Small Hours about?": "a book *about* caring for ...", "a dispute *over* automation"
_ABOUT = re.compile(r"(?i)^what (?:is|was|are|were) [^?]+ about\?$")
_SAYS_ABOUT = re.compile(r"\b(?:about|over)\b")
# "What is the price ...?", "How much does it cost?": an amount of money, not a change in one
_ASKS_MONEY = re.compile(r"\b(prices?|costs?|fees?|budget|salary|paid|pay|spend|spent|worth|fined?)\b", re.I)
_MONEY_WORDS = re.compile(r"(?i)\b(?:money|prizes?)\b")  # ... after "How much": a sum too
_ASKS_CHANGE = re.compile(
    r"\b(rise|rose|risen|fall|fell|fallen|drop|dropped|increase|jump|jumped|climb|climbed|raise|raised|cut|"
    r"lower|lowered|reduce|reduced)\b|\bby how much\b|\bhappen(?:s|ed)? to\b",  # "What happened to fuel costs?"
    re.I,
)
_MONEY = re.compile(
    r"[$€£¥]|\b(dollars?|euros?|pounds?|yen|yuan|rupees?|pesos?|shillings?|cedis?|kroner|krona|francs?|"
    r"rubles?|roubles?|riyals?|dinars?|rials?|reais|lira|naira|dirhams?|zloty|zlotys|pence|cents?)\b"
    r"|\d(?: (?:million|billion|trillion))? (?:won|real|rand)\b"  # "50,000 won", not "Zielak won"
    r"|\b\d+p\b",  # "50p"
    re.I,
)
# Saying is announcing or declaring ("said" itself is a stopword, no term)
_SAID = re.compile(r"\b(?:said|says|told|according to)\b")
_ANNOUNCED = frozenset(terms("announce announced declare declared"))  # not "state": "Which US state"
_REPORTED = frozenset(terms("report"))  # the act only: "Speaking to *reporters*" is no report
# "*Iraq's* interior minister": a role and the country it is of
_OWNED_ROLE = re.compile(rf"\b([{UPPER}][\w-]*)['’]s (?:[a-z]+ ){{0,2}}(?:{'|'.join(sorted(ROLE_WORDS))})\b")
_ROUTES = r"(?:stage|race|route|journey|trip|flight|voyage|march|walk|ride|leg)s?"  # they run from a place
_PRIZE = r"(?:prize|title|trophy|cup|award)"  # what is won: "took the junior *prize*", "*title* went to"
# "*running 380 metres from the market cross to* the church gate": where a way starts and ends
_FROM_TO = (
    rf"\b(?:{_ROUTES}|course|runs?|ran|running|goes|went|walk(?:s|ed|ing)?)\b[^.;]{{0,30}}?"
    r" from (?:the |an? )?[\w'’-]+(?: [\w'’-]+)? to\b"
)
# Sentences that say the question's act in other words
_ACT_WORDING = [
    # "Which council did he *work for*?": "a finance *director at* Eastmoor District Council"
    (
        frozenset(terms("work employ")),
        re.compile(r"\b(?:" + "|".join(sorted(ROLE_WORDS)) + r")s? (?:at|of|for|with) (?:the )?[A-Z]"),
    ),
    # "How much did the society *pay* for the engine?": "*bought* the engine *for £9,000*"
    (
        frozenset(terms("pay")),
        re.compile(
            r"\b(?:bought|buys?|purchased?) [^.;]{0,40}? for (?:about |around |just )?[$€£]\s?\d"
            # "How did he pay for it?": "*bought with his* first wage packet"
            r"|\b(?:bought|buys?|purchased?) [^.;]{0,40}?\bwith (?:his|her|their|its|the|a)\b"
        ),
    ),
    # "When will the ban *start*?": "voted to ban ... *from 1 October 2027*"; "Where did the stage
    # *start*?": "The 187-kilometre *stage from* Kristiansand"
    (
        frozenset(terms("start begin")),
        re.compile(
            rf"\bfrom (?:\d{{1,2}} )?(?:{_MONTH_NAMES})\b|\bfrom {YEAR}\b|\b{_ROUTES} from (?:the )?[{UPPER}]"
            rf"|{_FROM_TO}"
            r"|\bstarting (?:pistol|gun|whistle)\b"  # "Who started the race?": "fired the *starting pistol*"
        ),
    ),
    # "Where does the race *finish*?": "running 380 metres *from the market cross to* the church gate"
    (frozenset(terms("finish end")), re.compile(_FROM_TO)),
    # "Which farm did the alpaca *escape* from?": "*slipped through* a broken fence at Pennyfold Farm"
    (
        frozenset(terms("escape")),
        re.compile(r"\b(?:slip|slips|slipped|broke|breaks|got|gets) (?:through|out|free|away)\b"),
    ),
    # "What did truffles *cost* last year?": "*Prices* ... have risen to €1,400, up from about €900"
    (frozenset(terms("cost")), re.compile(r"\b[Pp]rices?\b[^.;]{0,60}?[$€£]\s?\d")),
    # "How many fans *watched* the game?": "scored ... *in front of 13,000* fans"
    (
        frozenset(terms("watch attend")),
        re.compile(r"\bin front of (?:a crowd of )?(?:about |some |nearly |more than )?\d"),
    ),
    # "Which council *rejected* the farm?": "the planning committee *voted* by seven votes to four *against*"
    (frozenset(terms("reject oppose")), re.compile(r"\bvot(?:ed|es|e) (?:[^.;]{0,30} )?against\b")),
    # "Who *proposed* the limit?": "The plan was *put forward* by Councillor Priscilla Yelverton"
    (frozenset(terms("propose suggest")), re.compile(r"\b(?:put|puts|putting) (?:\w+ )?forward\b")),
    # "Where does Ellis Pennock *live*?": "Ellis Pennock, *a retired surveyor from Ravensby*"; "Where do
    # her grandchildren live?": "visiting *her grandchildren in New Zealand*"
    (
        frozenset(terms("live")),
        re.compile(
            rf", (?:an?|the) (?:[\w-]+ ){{0,3}}[a-z]+ from [{UPPER}]"
            rf"|\b(?:grand)?(?:children|parents|sons?|daughters?|family|relatives) in [{UPPER}]"
            # "Mr Rowntree, now 46 and *a bus driver in Hastings*": where he works, and so lives
            rf"|\ban? (?:[\w-]+ )?(?:{'|'.join(sorted(OCCUPATIONS))}) in [{UPPER}]"
        ),
    ),
    # "What did Salman *leave out* of his speech?": "made *no mention of* the Western strikes"
    (frozenset(terms("leave omit")), re.compile(r"\b(?:made|makes|make) no mention of\b|\bdid not mention\b")),
    # "What does the draft plan *include*?": "a plan that *calls for* joint military drills"
    (frozenset(terms("include contain")), re.compile(r"\b(?:calls?|called|provides?|provided) for\b")),
    # "By how much did Kjær *beat* Lunde?": "crossed the line 38 seconds *ahead of* Norwegian Tobias Lunde"
    # ... "Upperthorpe have *won* the annual tug of war *against* neighbouring Lowerthorpe"
    (frozenset(terms("beat")), re.compile(r"\b(?:ahead of|clear of)\b|\bw[oi]ns? [^.;]{0,40}?\b(?:against|over)\b")),
    # "How many vehicles *cross* the bridge?": "carries about 14,000 vehicles a day *across* the river"
    (frozenset(terms("cross")), re.compile(r"\bacross\b")),
    # "Which villages does the ferry *link*?": "carrying passengers ... *between Jondal and* Tørvikbygd"
    (frozenset(terms("link connect")), re.compile(rf"\bbetween [{UPPER}][\w'’-]* and [{UPPER}]")),
    # "Which commanders *accompanied* Khattab?": "The Iraqi defense minister, *along with* Navy, ... commanders"
    # ... and "Which country *joins* Iran as an ally of Assad?": "Iran, *along with* Russia, is a close ally"
    (frozenset(terms("accompany join")), re.compile(r"\b(?:along with|together with|accompanied by)\b")),
    # "Which company *won* the contract?": "The contract has been *awarded to* Hallam Civil Engineering"
    # ... "a sea turtle by a pair of twins *took the junior prize*", "*Second place went to* a group of"
    (
        frozenset(terms("win")),
        re.compile(
            rf"\b(?:awarded|given) to\b|\b(?:took|takes|take) the (?:[\w-]+ )?{_PRIZE}\b"
            rf"|\b(?:{_PRIZE}|place) went to\b"
            r"|\b(?:declared|named|crowned) (?:the )?winners?\b"  # "Lymcombe were *declared the winners*"
        ),
    ),
    # "Which school does Nika *attend*?": "*Her school*, the Tabor Primary School"
    # ... "Priya Raman, *a pupil at* Weald Park Academy"
    (
        frozenset(terms("attend")),
        re.compile(
            r"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:\w+ )?(?:school|college|university)\b"
            rf"|\b(?:pupil|student)s? (?:at|of) (?:the )?[{UPPER}]"
            # "a biology student *from the University of Keswin*", not "students from Galway"
            r"|\b(?:pupil|student)s? from (?:the )?(?:[A-Z][\w'’-]* )*(?:University|College|School|Academy)\b"
        ),
    ),
    # "Who *received* the book?": "was *handed to* the cathedral's dean"
    (frozenset(terms("receive")), re.compile(r"\b(?:handed|given|presented|awarded) (?:over |back )?to\b")),
    # "What did the commander *pledge* to satisfy?": "said the Iranian Air Defense is fully *prepared to* satisfy"
    (
        frozenset(terms("pledge promise vow")),
        re.compile(r"\b(?:said|says|saying)\b[^.;]{0,80}?\b(?:(?:prepared|ready|willing) to|will)\b"),
    ),
    # "How many solar panels were *planned*?": "Brightfield Energy *wanted to* cover 120 hectares with ..."
    (frozenset(terms("plan")), re.compile(r"\b(?:want|wanted|wants|intend|intended|intends|aim|aimed|aims) to\b")),
    # "Who *sold* the phone box?": "The parish council *bought* the box *from* BT"
    # ... not "was bought *by* a retired dentist *from Birmingham*", where he is from
    (frozenset(terms("sell")), re.compile(r"\b(?:bought|buys?|purchased?)\b(?:(?!\bby\b)[^.;]){0,40}? from\b")),
    # "Who *released* the beavers?": "The seven animals ... were *let go* at dusk on Sunday by staff from ..."
    (frozenset(terms("release free")), re.compile(r"\b(?:let|letting|lets) (?:\w+ )?go\b|\bset (?:\w+ )?free\b")),
    # "When was the pier *built*?": "the *1888* pier" (a year before the thing names the one of that year)
    # ... "When was the motorcycle *made*?": "*a 1954 Velocette*", a model of that year
    (
        frozenset(terms("build construct make")),
        re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts) {YEAR} [a-z]|\b[Aa]n? {YEAR} [{UPPER}]"),
    ),
    # "Who did the staff *call*?" (phone): "*called the Hebden Bay Seal Rescue*", the police, an ambulance
    (
        frozenset(terms("phone")),
        re.compile(
            r"\bcall(?:ed|s|ing)? (?:the |an? )?(?:police|ambulance|coastguard|fire brigade"
            r"|(?:[A-Z][\w'’-]* )+(?:Rescue|Police|Ambulance|Coastguard|Service))\b"
        ),
    ),
    # "How deep was the ring *buried*?": "found the ring ... about 20cm *under the soil*"
    (
        frozenset(terms("bury")),
        re.compile(r"\b(?:under|beneath|below) the (?:soil|ground|earth|surface|sand|mud|seabed)\b|\bunderground\b"),
    ),
    # "From which station did the bus *leave*?": "a shuttle bus *ran* every 20 minutes *from Duxbury* railway station"
    (
        frozenset(terms("leave depart")),
        re.compile(
            rf"\b(?:ran|runs|set off|sets off|sailed|sails|flew|flies) (?:[^.;]{{0,40}}? )?from (?:the )?[{UPPER}]"
        ),
    ),
    # "How many bicycles were *found* in the pond?": "the clean-up ... also *turned up* 14 bicycles"
    # ... something turned up, not one that "has turned up at its old loft" (came back)
    (
        frozenset(terms("find discover")),
        re.compile(
            r"\b(?:turned|turns|turning) up (?=\d|(?:an?|the|some|several|more)\b)|\b(?:came|comes) across\b"
            r"|\b(?:was|were) picked up\b"  # "The bottle *was picked up* last month by Halvard Brekke"
            r"|\b(?:tracked|tracks|tracking) down\b"  # "How did she find them?": "*tracked down* pupils through"
        ),
    ),
    # "Which clubs *played* the match?": "*The match between* the Pendower Sailing Club and ..."
    (frozenset(terms("play")), re.compile(r"\b(?:match|game|final|contest|fixture)(?:es)? between\b")),
    # "Who *sent* Miss Aldgate a card?": "Miss Aldgate *received* a card *from* the King"
    (frozenset(terms("send")), re.compile(r"\breceived (?:[\w'’-]+ ){0,4}?from\b")),
    # "How many runs is a ball *worth*?": "Any ball hit into the water *counts as* four runs"
    (frozenset(terms("worth")), re.compile(r"\bcounts? as\b")),
    # "Who can *visit* the museum for free?": "*Entry to the museum costs* £4 ... and is free for children"
    # ... and "How many villages does the library *visit*?": "has *driven* the library *to 38 villages*"
    (
        frozenset(terms("visit enter")),
        re.compile(
            r"\b(?:[Ee]ntry|[Aa]dmission|[Ee]ntrance) (?:to [^.;]{1,40}? )?(?:is|costs?)\b"
            r"|\b(?:driven|drove|drives|taken|took|takes|sailed|sails|flown|flew|flies) [^.;]{0,30}?\bto (?:\d|[A-Z])"
            r"|\bon holiday in\b"  # "How many countries did the gnome visit?": "*on holiday in* 11 countries"
        ),
    ),
    # "Who *gave* the grant?": "paid for with a £3,500 *grant from* the town council"
    (
        frozenset(terms("give fund donate")),
        re.compile(r"\b(?:grant|donation|gift|loan|funding|bequest)s? (?:of [^ ]+ )?from (?:the )?[a-zA-Z]"),
    ),
    # "What did the swan rescuer *bring*?": "*arrived with* a van and a net"
    (frozenset(terms("bring")), re.compile(r"\b(?:arrived|arrives|came|comes|turned up) with\b")),
    # "How much weight did it *gain* a day?": "the pumpkin *put on 18kg* a day"
    (frozenset(terms("gain")), re.compile(r"\b(?:put|puts|putting) on (?:about |nearly |up to )?\d")),
    # "How many people were *needed* to lift it?": "*It took eight people* and a forklift truck *to lift* it"
    (frozenset(terms("need require")), re.compile(r"\b(?:took|takes|take) [^.;]{1,60}? to [a-z]+")),
    # "How many points did Nika *score*?": "finished the nine-round tournament ... *with seven points*"
    (
        frozenset(terms("score")),
        re.compile(rf"\bwith (?:\d+(?:\.5)?|{'|'.join(NUMBER_WORDS[:20])})(?: and a half)? (?:points|goals|runs)\b"),
    ),
]


def _says_act(verb: str, text: str) -> bool:
    """Does `text` say the act `verb` (stemmed) in other words (`_ACT_WORDING`)?"""
    return any(verb in verbs and wording.search(text) for verbs, wording in _ACT_WORDING)


_ONE_TO_NINETY = NUMBER_WORDS[:27]  # counts written exactly, not "dozen" or "hundreds"
_SPAN_AFTER = re.compile(rf"\b(?:\d+|{'|'.join(_ONE_TO_NINETY)}) (?:day|week|month|year)s? (?:after|later)\b")
_IT_DONE_BY = re.compile(  # "It is now run by", "It was *set up* by"
    r"(?:It|They) (?:is|are|was|were|has been|have been) (?:now |still )?([a-z]+)(?: up| out| off| down)?"
    r"(?: [a-z]+){0,2}? by\b"  # "It was tuned *for free* by"
)
_TIME = terms("time")[0]
_MAKE = terms("make")[0]
_HOUR = "|".join([*NUMBER_WORDS[:12], "[1-9]", "1[0-2]"])  # a clock's hours, in words or figures
_CLOCK_TIME = re.compile(  # a time on a clock: "twenty past three", "7.15pm", "noon", "six o'clock"
    rf"\b(?:(?:(?:a )?(?:quarter|half|five|ten|twenty|twenty-five)(?: minutes)?|\d{{1,2}} minutes)"
    rf" (?:past|to) (?:{_HOUR})"
    rf"|(?:{_HOUR}) o['’]clock"
    rf"|(?:{_HOUR})(?:[.:][0-5]\d)? ?[ap]\.?m\b|noon|midnight)\b"
)
_WORK = re.compile(r"[Tt]he (?:work|works|project|job)")  # an undertaking named by its kind, and the kinds
_UNDERTAKING = re.compile(r"(?:tion|ment|repair|rebuild|upgrade|work)$")  # "restor*ation*", "refurbish*ment*"
_AGE_OF_NAMED = re.compile(rf"\b\d{{1,3}}-year-old (?:[a-z]+ )?[{UPPER}]|[{UPPER}][\w'’-]+, (?:aged )?\d{{1,3}},")
_GIVEN_SUMS = frozenset(terms("grant loan donation fine prize award reward bonus"))
_BOUGHT_FOR = re.compile(  # a price: "*bought the 58-foot boat for £31,000*"
    r"\b(?:bought|buys?|purchased?|sold|sells?|paid|pays?)\b[^.;]{0,40}? for (?:about |around |just |nearly )?"
    r"[$€£]\s?\d[\d,.]*(?:\s?(?:million|billion|m|bn|k)\b)?",
    re.I,
)
_PERIOD_ASKED = re.compile(r"(?i)\b(?:each|every|per|a|an|in (?:the|its|their) first) (day|week|month|year)\b")
_PER_UNIT = {"day": "daily", "week": "weekly", "month": "monthly", "year": "yearly|annual(?:ly)?"}
# "*Entry to the pier* will cost 50p": what the price is of (a noun phrase; not "It cost", "... began and cost")
_PRICED = re.compile(
    r"^(?!(?:It|They|This|That|These|Those|He|She)\b)((?:(?!and\b)[\w'’-]+ ){1,5})(?:will |would |could )?"
    r"cost(?:s|ed)? (?:about |around |up to )?[$€£\d]"
)
# What follows a distance that is no height: "11 metres *long*", "7.2 metres *around*", "adds 14 miles *to
# the* journey", "180mm *of* rain"
_NOT_HEIGHT = tuple(
    f" {w}" for w in "long|wide|across|around|round|of |to the|from|away|off|further|farther".split("|")
)
_PLANS = "plan proposal scheme idea change".split()  # what a story is about: "*The plan* was put forward by"
_PLAN_WORDS = frozenset(terms(" ".join(_PLANS)))
_THE_PLAN = re.compile(rf"\b[Tt]he (?:{'|'.join(_PLANS)})\b")
_AGO = re.compile(r"\b[\w-]+ (?:minute|hour|day|week|month|year|decade)s? ago\b")
_PEOPLE_T = frozenset(t for w in PEOPLE for t in terms(w))  # whom news calls "people" the second time
# what news calls the beavers, the kestrels or a motorcycle the second time
_KIND_WORDS = r"(?:animals?|creatures?|birds?|machines?|vehicles?|vessels?|craft|devices?|objects?|project|scheme)\b"
_UPRIGHT = frozenset(terms("tall deep high"))  # measures no length answers
_HONORIFIC = rf"(?:{HONORIFICS}\.? )?"  # "the mayor, *Councillor* Paul Brimble"
# "has been *found by a metal detectorist*": the act's doer, unnamed (a later sentence names him);
# not "will be run by a paid manager, Kirsty Bellamore"
_BY_UNNAMED = re.compile(
    rf"\b(?:be|been|being|is|are|was|were) (\w+) by (?:an?|some|several) (?:[\w-]+ ){{0,3}}{_AGENT}"
    rf"(?!,? {_HONORIFIC}[{UPPER}])"
    # ... or "returned to him ... *by a family who found it*"
    rf"|\bby (?:an?|some|several) (?:[\w-]+ ){{0,2}}?(?:family|couple|group|{_AGENT}) who (\w+)"
)
_HEDGED = re.compile(r"(?i)\b(expected|due|scheduled|likely|supposed) to\b")
_TAKES_PART = re.compile(r"\b(?:take|takes|took|taken|taking) part\b")
# "will *help* run the shop": the verb after "help" says what is done ("a rota of 30 volunteers" runs it)
_HELPS = re.compile(
    r"\b(help)(?:s|ed)? (?:to )?(?!(?:the|a|an|his|her|its|their|them|him|us|our|this|that)\b)[a-z]{3,}\b"
)
_SHARE_OF = re.compile(r"(?i)^what (share|proportion|percentage|fraction) of\b")
_AFTER_EVENT = re.compile(r"(?i)\b(?:after|before|following) (?:the|a|an|his|her|its|their) [^,?]*")
_UNKNOWN_DOER = re.compile(
    r"\b(?:whoever|whomever|someone|somebody|an unknown \w+) (?:was |were |is |had )?(\w+)", re.I
)
_CONDUCT = re.compile(r"(?i)\b(?:carr(?:y|ied|ies) out|conduct|perform|undert[ao]k)\w*")  # light verbs of an activity
_BY_NAME = re.compile(r"\bby (?:the )?[A-Z]")
_NAMED_KINDS = [
    (
        re.compile(r"\b[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)* (?:Ltd|Limited|Inc|plc|PLC|GmbH|LLC|Corp)\b"),
        frozenset(terms("company firm")),
    ),
    (re.compile(r"\b[A-Z][\w'’-]*(?: (?:of|[A-Z][\w'’-]*))* Act\b"), frozenset(terms("law"))),
    # "Which school does Priya attend?": "a pupil at Weald Park *Academy*"
    (re.compile(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* (?:Academy|College|Grammar)\b"), frozenset(terms("school"))),
    # "Which hospital ...?": "flown to Strathmore Royal *Infirmary*"
    (re.compile(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* (?:Infirmary|Clinic)\b"), frozenset(terms("hospital"))),
    # "Which pub does she play for?": "plays for the Oakenshaw *Arms*"
    (re.compile(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* (?:Arms|Inn|Tavern)\b"), frozenset(terms("pub"))),
]
# No money at all answers a price too: "Dealers will replace the sensor *free of charge*"
_FREE = re.compile(
    r"\bfree of charge\b|\bat no (?:extra |additional )?(?:cost|charge)\b|\bfor free\b|"
    r"\bfree (?:entry|admission)\b|\b(?:entry|admission)\b[\w ]{0,30} (?:is|was|will be) free\b",  # "entry ... is free"
    re.I,
)
# "What share ...?": a percentage or a fraction
_PORTION = re.compile(r"\d ?(?:percent|per cent|%)|\b(?:half|quarter|thirds?|fifth|tenth|fraction|majority)\b", re.I)


def _unplaced(text: str, stats: TermStats) -> str:
    """`text` without the places it locates things in, and without its first word unless the
    corpus capitalises that word mid-sentence too: "*Fishermen* *in Portimão*" names no company."""
    first, _, rest = text.partition(" ")
    text = text if words(first) and words(first)[0] in stats.capitalised else rest
    return _LOCATED.sub(" ", text)


_LOCATED = re.compile(rf"\b(?:{'|'.join(sorted(LOCATIVE))}) (?:the )?{NAME_RUN.pattern}")


def _name_partners(term: str, stats: TermStats) -> set[str]:
    """The other halves of the two-word names the corpus writes with `term` ("gabriel" for
    "moura" where it writes "Gabriel Moura")."""
    out = set()
    for a, b in stats.pairs_with.get(term, ()):
        ta, tb = terms(a), terms(b)
        if is_role(a) or is_role(b) or a in TITLES or b in TITLES:
            continue  # "General Hatami": "general" is no part of his name
        if ta and tb and term in (ta[0], tb[0]):
            out.add(tb[0] if ta[0] == term else ta[0])
    return out - {term}


def _parts(ts: Sequence[str]) -> list[str]:
    """Hyphenated terms split ("iran-iraq" -> iran, iraq); others as they are."""
    return [p for t in ts for p in (t.split("-") if "-" in t else [t]) if p]


def _counted_only(text: str, noun: str) -> bool:
    """Is every mention of `noun` (as the question writes it) only counted, exactly ("*three
    supermarkets* and a bakery", not "about a dozen birds ..., most of them jackdaws")?"""
    ws = words(text)
    spots = [i for i, w in enumerate(ws) if w == noun]
    return bool(spots) and all(i > 0 and (ws[i - 1].isdigit() or ws[i - 1] in _ONE_TO_NINETY) for i in spots)


def _with_parts(ts: list[str]) -> set[str]:
    """The terms, and the parts of hyphenated ones: "Anti-Aircraft", "two-day"; not of a noun made
    of a verb and its particle ("*use-by* dates", "a *drop-in*"), which says no act."""
    return set(ts) | set(_parts([t for t in ts if t.rsplit("-", 1)[-1] not in _PARTICLES]))


_PARTICLES = frozenset("by in on up out off down over".split())


# A body's name: "the World Shipping Council", "the Danish Maritime Authority"
_BODY_NAME = re.compile(rf"\b((?:[{UPPER}][\w'’&-]* )+)(?:{'|'.join(sorted(w.capitalize() for w in ORG_WORDS))})\b")


def _name_modifiers(text: str, qwords: set[str]) -> set[str]:
    """Stems written in `text` only inside a body's name, before its head noun, in another word
    than the question's ("Shipping" in "the World Shipping Council" for "the ship"): the council
    is no ship. The head ("council") names its kind, and the question's own word counts
    ("Intelligence" in "National Intelligence Service" for "intelligence chief")."""
    inside = {t for m in _BODY_NAME.finditer(text) for w in words(m.group(1)) if w not in qwords for t in terms(w)}
    outside = set(terms(_BODY_NAME.sub(" ", text)))
    return inside - outside


def _match_weight(term: str, bag: set[str], named: Collection[str] = ()) -> float:
    """1 for the question's own word, 0.7 for a synonym ("applauded" beats "hailed"), the
    end of a compound ("virus" in "coronavirus") or a name the sentence gives by role
    (`named`: "Salih" for "The Iraqi president"), else 0."""
    if match_term(term, bag):
        return 1.0
    return 0.7 if match_synonym(term, bag) or _in_compound(term, bag) or term in named else 0.0


def _opens_compound(term: str, text: str) -> bool:
    """Is `term` the first part of a longer word in `text` ("hail" in "Hailstones", "snow" in
    "snowflakes")? The rest must run five letters at least ("stones"), so "port" in "portrait" is none."""
    return len(term) >= 4 and any(w.startswith(term) and len(w) >= len(term) + 5 for w in words(text))


def _in_compound(term: str, bag: Collection[str]) -> bool:
    """Is `term` the end of a longer word in `bag` ("viru" in "coronaviru")?"""
    return len(term) >= 4 and any(len(w) >= len(term) + 4 and w.endswith(term) for w in bag)
