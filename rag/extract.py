"""The offline answerer: pick the sentence that answers, or abstain.

No LLM. Candidates are the stored sentences inside the retrieved chunks. A candidate must
pass checks, then is scored, because no single signal separates answers from near misses
(a cosine threshold cannot: unanswerable questions score inside the range of answerable
ones). question.py reads the question, evidence.py holds the checks on a sentence:

- type: what the question asks for (a date, a count of the asked noun, a person, a place,
  an organisation, a role) is in the sentence and does not merely repeat the question;
  for "who is <role>" the name stands in apposition to the role, and the role is not
  another country's;
- anchors: every proper name of the question appears in the sentence, the two before it
  or a role description that stands for it ("the Iraqi president"); the question's verb
  ("did X *meet*", or one `VERB_CLASSES` puts beside it) and its subject noun ("the
  *delegation*") appear; "what did X say" needs reported speech, "say about Y" needs Y;
- score: IDF-weighted coverage of the question's terms (sentence alone, and with its
  context for "he" / "the two sides"), MiniLM cosine, the rank of its chunk.

It abstains when no candidate passes or the best covers too little of the question. It
does not paraphrase: the answer is the quoted sentence(s). Weights and thresholds are in
`Weights`, fitted on eval/facts.jsonl; the checks were added for failures of question
sets written before each change (tests/blind*.jsonl).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from rag.evidence import (
    REFERS_BACK,
    adds_name_part,
    attribute_of,
    counts,
    has_type,
    in_apposition,
    leans_on_previous,
    listed_names,
    modified_head,
    possessor_near,
    pronoun_does,
    reports_speech,
    starts_with_name,
)
from rag.lexicon import NUMBER_WORDS, ROLE_WORDS, is_head
from rag.question import (
    LIGHT_VERBS,
    NAME_PART,
    WHICH_PERSON,
    answer_type,
    asked_speaker,
    category_words,
    focus_phrase,
    focus_text,
    question_names,
    question_subject,
    question_verb,
)
from rag.store import Unit
from rag.text import COUNTRIES, TermStats, match_synonym, match_term, terms, words

__all__ = ["ABSTAIN_TEXT", "DEFAULT_WEIGHTS", "Pick", "Weights", "pick_sentences", "score_candidates"]

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
    category = set(terms(" ".join(category_words(question))))
    light = {terms(v)[0] for v in LIGHT_VERBS if terms(v)}
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
    speech = asked_speaker(question)
    m = re.match(r"(?:what|which) (?:is|was|are|were) (?:the )?([a-z]+) of\b", question.lower())
    attr = terms(m.group(1), drop_question_words=True) if m and not is_head(m.group(1)) else []
    attribute = attr[0] if attr else None
    m = re.search(r"\b(?:say|said|says|speak|spoke|talk|tell|told)\b.*?\babout (.+?)\??$", question)
    topic = terms(m.group(1), drop_question_words=True) if m else []
    m = re.match(r"(?:which|what) (two|three|four|five|six) \w+s\b", question.lower())
    listed = NUMBER_WORDS.index(m.group(1)) + 1 if m else 0
    listed_countries = bool(re.search(r"\b(countries|nations|states)\b", question.lower()))
    m = re.match(r"how many ([a-z-]+)", question.lower())
    counted = terms(m.group(1))[0] if m and terms(m.group(1)) else None
    type_check = "named-person" if kind == "person" and WHICH_PERSON.search(question.lower()) else kind
    if kind == "place" and not re.match(r"(where|(in|at|to|from|into) which)\b", question.lower()):
        type_check = "place-name"  # "Which country is an ally of Assad?" asks for an actor, not a location
        if re.search(r"\b(which|what) (\w+ )?(city|cities|town|capital)\b", question.lower()):
            type_check = "city-name"  # "Which Iraqi city ...": a name that is not a country
    speaker = bool(
        re.match(r"who (said|says|told|stated|claimed|stressed|noted|added|warned|insisted)\b", question.lower())
    )
    name_part = bool(NAME_PART.search(question.lower()))
    focus = focus_phrase(question)
    focus_terms = terms(focus_text(question))
    owners = [t for t in names if t in focus_terms and t in COUNTRIES]  # "*Iraq's* defense minister"
    heads = [w for w in category_words(question) if is_head(w)] if kind in ("org", "person") else []
    w = weights
    picks = []
    for u, rank in candidates:
        if not has_type(type_check, u.text, qwords) and not (
            (speaker or (verb and pronoun_does(u.text, verb)))
            and leans_on_previous(u.text)
            and has_type(kind, context(u), qwords)
        ):
            continue
        own = set(terms(u.text))
        ctx = set(terms(context(u)))
        around = own | ctx
        if verb and not match_synonym(verb, own):
            continue  # the sentence must say the asked-about action itself
        if speech and not reports_speech(u.text, speech):
            continue  # "What did Kadhimi say?" needs something said, not a list of who was met
        if attribute and not (match_synonym(attribute, own) and attribute_of(u.text, attribute, qterms)):
            continue  # "What is the *budget* of the centre?": the sentence must name the centre's budget
        if topic and not all(match_synonym(t, own if not REFERS_BACK.search(u.text) else around) for t in topic):
            continue  # "What did King Salman say about *Russia*?": in the sentence, or one it refers back to
        if listed and len(listed_names(u.text, qwords, countries=listed_countries)) < listed:
            continue  # "Which four countries ...": four of them named
        if counted and not counts(u.text, counted):
            continue  # "How many *advisers*": a number beside advisers, not "three years"
        if subject and not match_synonym(subject, around):
            continue  # ... and be about the one the question asks about
        parts = around | {p for t in around if "-" in t for p in t.split("-")}  # "Anti-Aircraft"
        if not all(match_term(t, parts) for t in names):
            continue  # the question names someone or somewhere the passage does not mention
        if name_part and not adds_name_part(u.text, qwords):
            continue  # "the middle name of Mohammad Baqeri" needs more of his name than the question has
        if focus and not (
            (
                in_apposition(u.text, focus, qwords)
                and all(match_term(t, own) for t in focus_terms)
                and possessor_near(u.text, focus, owners)
            )
            or (
                any(f in ROLE_WORDS for f in focus)  # a person: "Iran's defence minister ... Amir Hatami met"
                and starts_with_name(u.text, qwords, focus)
                and all(match_term(t, ctx) for t in focus_terms)
                and possessor_near(context(u), focus, owners)
            )
        ):
            continue
        cov_own = sum(v * _match_weight(t, own) for t, v in idfs.items()) / total
        cov = sum(v * _match_weight(t, around) for t, v in idfs.items()) / total
        cov_before = sum(v for t, v in before.items() if match_term(t, around)) / before_total
        cos = float(qvec @ u.vector) if u.vector is not None else 0.0
        appos = bool(focus) or bool(
            heads and (in_apposition(u.text, heads, qwords) or modified_head(u.text, heads, qwords))
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


def _match_weight(term: str, bag: set[str]) -> float:
    """1 for the question's own word, 0.7 for a synonym ("applauded" beats "hailed"), else 0."""
    return 1.0 if match_term(term, bag) else 0.7 if match_synonym(term, bag) else 0.0
