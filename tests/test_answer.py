"""Answers on the real corpus: correct, cited exactly, and abstaining when the corpus is silent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import rag
from rag import Answer, Settings, answer, corpus_text
from rag.errors import InputError
from rag.qa import engine
from tests.conftest import load_facts, normalise

HELDOUT = load_facts(Path(__file__).with_name("heldout.jsonl"))


def _correct(fact: dict, a: Answer) -> bool:
    hit = (all if fact.get("all") else any)(normalise(x) in normalise(a.text) for x in fact["answers"])
    return a.answerable and hit and any(c.source in fact["sources"] for c in a.citations)


def _assert_citations_exact(a: Answer, settings: Settings) -> None:
    for c in a.citations:
        assert corpus_text(c.source, settings)[c.start : c.end] == c.quote


def test_public_api_is_exactly_this() -> None:
    assert set(rag.__all__) == {
        "answer",
        "ingest",
        "corpus_text",
        "Settings",
        "Answer",
        "Citation",
        "Chunk",
        "Document",
        "IngestReport",
        "RagError",
        "errors",
    }
    for name in rag.__all__:
        assert hasattr(rag, name)


def test_the_issue_example_is_answered_with_tasnim(settings: Settings) -> None:
    a = answer("Which news agency reported Salih saying that Iraq is an independent country?", settings)
    assert a.answerable and "Tasnim" in a.text and "[1]" in a.text
    assert [c.source for c in a.citations] == ["002_74a40bdd0df97d7e.txt"]
    _assert_citations_exact(a, settings)
    c = a.citations[0]
    assert c.title == "Iran, Iraq discuss beefing up anti-terror cooperation" and c.n == 1 and c.score > 0


def test_the_issue_example_abstains_on_the_budget(settings: Settings) -> None:
    a = answer("What is Iraq's annual defence budget?", settings)
    assert not a.answerable and a.citations == () and a.text == "The corpus does not say."


def test_heldout_questions_accuracy_and_exact_citations(settings: Settings) -> None:
    facts = [f for f in HELDOUT if f["answers"]]
    assert len(facts) >= 30 and {s for f in facts for s in f["sources"]} >= set(
        p.name for p in settings.corpus_dir.glob("*.txt")
    )
    wrong = []
    for f in facts:
        a = answer(f["question"], settings)
        _assert_citations_exact(a, settings)
        if not _correct(f, a):
            wrong.append((f["id"], f["question"], a.text))
    accuracy = 1 - len(wrong) / len(facts)
    print(f"held-out accuracy {accuracy:.3f} ({len(facts) - len(wrong)}/{len(facts)})")
    assert accuracy >= 0.9, wrong


def test_heldout_unanswerable_questions_all_abstain(settings: Settings) -> None:
    facts = [f for f in HELDOUT if not f["answers"]]
    assert len(facts) >= 10
    answered = [(f["question"], a.text) for f in facts if (a := answer(f["question"], settings)).answerable]
    assert not answered


@pytest.mark.parametrize(
    ("question", "post"),
    [
        ("Who is Hatami?", "Defense Minister of Iran"),
        ("who is amir hatami", "Defense Minister of Iran"),
        ("Who is Mustafa Kadhimi?", "head of the country’s National Intelligence Service"),
        ("Who is Alireza Sabahi Fard?", "Commander of Khatam al-Anbia"),
        ("Who is King Salman?", "Saudi Arabia's King Salman"),
        ("Who is Al-Shammari?", "his new Iraqi counterpart"),
    ],
)
def test_who_is_a_person_answers_with_their_post(settings: Settings, question: str, post: str) -> None:
    """Where the articles give a post ("Defense Minister of Iran ... Amir Hatami"), "who is"
    cites it rather than a sentence with his rank ("Brigade General") or another's role."""
    a = answer(question, settings)
    assert a.answerable and post in a.text, a.text
    _assert_citations_exact(a, settings)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When did Soleimani die?", "January 3"),  # "die" is how people ask; the articles say "killed", "assassinated"
        ("Where did Soleimani die?", "Baghdad"),
        ("What did Salih say?", "“Iraq is an independent country"),  # his quoted words, not "the two sides"
        # Only one chunk says "foreign ministry"; chunks sharing just "Iran" must not outvote it.
        ("What did Iran's foreign ministry do?", "dismissed the story"),
        ("How many days did Shamkhani spend in Baghdad?", "two-day trip"),
        ("How many countries run the joint intelligence centre?", "Iran, Iraq, Syria and Russia"),
        ("What was the headline of the story about Hatami's visit to Baghdad?", "visits Baghdad to promote security"),
        ("What year did the US-led invasion of Iraq happen?", "2003 US-led invasion"),  # "led" is no name
        ("Who did Hatami call?", "In a telephone conversation"),  # whom he phoned, not what he "called for"
        # Who accuses whom: "The United States has accused Iran" does not answer the reverse.
        ("What did Iran accuse the United States of?", "accused the United States of seeking"),
        ("What did the United States accuse Iran of?", "leading state sponsor of terrorism"),
    ],
)
def test_plain_questions_in_other_words_than_the_articles(settings: Settings, question: str, expected: str) -> None:
    a = answer(question, settings)
    assert a.answerable and expected in a.text, a.text
    _assert_citations_exact(a, settings)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What does SNSC stand for?", "Supreme National Security Council (SNSC)"),
        ("What military rank does Baqeri hold?", "Major General"),
        ("What military rank does Shamkhani hold?", None),  # "Secretary" is a post, not a rank
        ("Which Iranian city did Shamkhani visit?", None),  # Baghdad is no Iranian city
        ("Who did King Salman meet at the Arab League summit?", None),  # "Arab leaders met" is not his meeting
        ("What happened a day before the Arab League summit opened?", "Western strikes"),  # not the opening itself
        ("In what year did Daesh begin its terror campaign in Iraq?", "In 2014"),  # "unleashed its campaign"
        ("Which Iranian official said Iraq has faced several conspiracies?", "Baqeri"),  # "the Iranian general"
        ("What did Iran say about the story of the Israeli assassins?", "false information"),  # not "killed in Iran"
        ("Which country did Al-Shammari visit first as defence minister?", None),  # invited to visit is no visit
        ("How long has Shamkhani been SNSC secretary?", None),  # a "two-day trip" is not how long he has held it
        ("How often has the US accused Iran of sponsoring terrorism?", "repeatedly"),
        ("Did the Iraqi parliament's resolution bind the government?", "non-binding"),
        ("name the four nations behind the intelligence centre in baghdad", "Iran, Iraq, Syria and Russia"),
        ("Give me Ali Shamkhani's title.", "the Secretary of Iran’s Supreme National Security Council"),
        ("Which Iranian general said the US seeks to redeploy terrorists?", "Baqeri"),  # the sentence before
        ("Which Syrian official visited the joint intelligence centre?", None),  # Iran's defence minister did
        ("Does Al-Shammari think the security of Iran and Iraq is linked?", "interrelated"),
        ("waht did king salman criticise at the arab league summit", "blatant interference"),
        ("quick question: which agency reported hatami's phone call with al-shammari?", "Tasnim"),
        ("I forget - where did Baqeri meet the Iraqi defense minister?", "in Tehran"),
        ("i read that iran's defence minister went to baghdad - what did he visit there?", "intelligence centre"),
        ("what virus did salih talk about", "coronavirus"),  # "virus" is written only inside "coronavirus"
        ("did iran deny the nyt report about al-qaeda's deputy?", "dismissed the story"),
        ("what did baqeri say the americans want?", "redeploy terrorists"),  # want ~ seek
        ("hey, what did putin say about the intelligence centre?", None),
        ("What happened on January 3?", "assassinated"),  # the day itself, not "in January"
        ("Who was killed along with members of an Iraqi militia?", "Qassem Soleimani"),  # "The strike also killed"
        ("What was Soleimani doing when he was killed?", "upon his arrival"),
        ("What did Iran's Navy commander say about Iraq?", None),  # "along with Navy ... commanders, he said"
        ("What did the Iraqi commanders visit during their trip?", "exhibition"),  # not "traveled to Tehran"
        ("What did Iran accuse Washington of sending into the region?", "extremists"),  # not "of destabilizing"
        ("What did the US say about the Iraqi parliament's resolution?", None),  # the US is a speaker too
        ("What did Iraq's interior minister give Hatami?", None),  # "Gen. Saad al-Alak ... called" is not his
        ("Who did Shamkhani meet before meeting Salih?", "Abdul-Mahdi"),  # "earlier met", not Salih
        ("Who will sign the Iran-Iraq defense document?", None),  # "will be signed" says by whom nowhere
        ("Who allegedly sent extremists into the region?", "by Washington"),  # ... and "being sent by" does
        ("Which Iraqi general met Shamkhani?", None),  # a prime minister and an adviser are no general
        ("How many countries voted for the Arab League statement?", None),  # no vote is reported
        ("Who runs the intelligence centre Hatami toured in Baghdad?", "Iran, Iraq, Syria and Russia"),
        ("On what day was Soleimani killed at Baghdad airport?", "on January 3"),  # a date names the day too
        ("What does the US accuse Iran of being?", "state sponsor of terrorism"),  # not "Iran ... accused Washington"
        ("What was the vote count on the Iraqi parliament's resolution?", None),  # a count, not its passing
        ("According to Shamkhani, who don't Iraqis need for their security?", "foreigners"),
        ("Which acting Iraqi premier did Shamkhani see?", "Adel Abdul-Mahdi"),
        ("Which Iraqi city is the intelligence centre in?", "Baghdad-based"),
        ("Which news agency reported Hatami's call for expanding military ties with Iraq?", "Tasnim"),  # not IRNA
        ("Who leads the Iranian delegation visiting Baghdad?", "Shamkhani"),  # the delegation, not the visit
        ("What part did Soleimani have in the defeat of Daesh?", "key role"),
    ],
)
def test_the_answer_supplies_what_it_asks_for(settings: Settings, question: str, expected: str | None) -> None:
    a = answer(question, settings)
    if expected is None:
        assert not a.answerable and not a.citations, a.text
    else:
        assert a.answerable and expected in a.text, a.text
        _assert_citations_exact(a, settings)


@pytest.mark.parametrize(
    ("question", "spelled", "expected"),
    [
        ("What is Mohammad Bagheri's rank?", "Baqeri's", "Major General"),
        ("Is Shamkani visiting Baghdad?", "Shamkhani", "currently visiting Baghdad"),
        ("How was Suleimani killed?", "Soleimani", "drone strike"),
        ("Who is Qasem Soleimani?", "Qassem", "commander"),  # five letters, but "Qassem Soleimani" is written
    ],
)
def test_a_misspelled_name_is_read_as_the_corpus_spells_it(
    settings: Settings, question: str, spelled: str, expected: str
) -> None:
    a = answer(question, settings)
    assert a.answerable and expected in a.text, a.text
    assert any(f"as “{spelled}”" in n for n in a.notices), a.notices
    _assert_citations_exact(a, settings)


def test_a_name_is_not_respelled_into_someone_else(settings: Settings) -> None:
    a = answer("What did Salah say?", settings)  # five letters from "Salih", and no name beside it
    assert not a.notices and not a.answerable


def test_an_outlet_only_the_page_metadata_names_is_said_to_come_from_it(settings: Settings) -> None:
    """RT's article ends "Read Full Article at RT.com", furniture the loader cuts: its outlet is
    metadata, so the answer says so and cites the passage that finds the story."""
    a = answer("Which outlet ran the story on Baqeri hailing the deal?", settings)
    assert a.text.startswith("Published by RT, as the page's metadata says: ")
    assert {c.source for c in a.citations} == {"004_3cbce875c1587dd0.txt"}


def test_a_publication_date_is_the_article_date_or_nothing(settings: Settings) -> None:
    """The Baqeri article states no date of its own; "on Sunday" in its text is when he met
    Saadoun, not when the article was published."""
    a = answer("When was the article about Baqeri's meeting with Saadoun published?", settings)
    assert not a.answerable
    a = answer("When was the report on Hatami's visit to the Iraqi intelligence centre published?", settings)
    assert a.answerable and "20 April, 2018" in a.text
    _assert_citations_exact(a, settings)


def test_questions_typed_as_people_type_them(settings: Settings) -> None:
    """Chat users type "who did shamkhani meet in baghdad" or "Can you tell me who ...":
    the same answers, and no new wrong ones."""
    variants = [str.lower, lambda q: q.rstrip("?"), lambda q: f"Can you tell me {q[0].lower()}{q[1:]}"]
    variants += [lambda q: f"Please tell me: {q.lower()}", lambda q: f"According to the articles, {q.lower()}"]
    for variant in variants:
        results = [(f, answer(variant(f["question"]), settings)) for f in HELDOUT]
        correct = sum(_correct(f, a) for f, a in results if f["answers"])
        wrong = [f["id"] for f, a in results if a.answerable and not (f["answers"] and _correct(f, a))]
        assert correct >= 0.9 * sum(1 for f in HELDOUT if f["answers"]) and not wrong, (correct, wrong)
    a = answer("which news agency reported salih saying that iraq is an independent country", settings)
    assert a.question == "which news agency reported salih saying that iraq is an independent country"
    assert "Tasnim" in a.text and a.citations[0].source == "002_74a40bdd0df97d7e.txt"


def test_reading_a_question_restores_the_corpus_casing(settings: Settings) -> None:
    read = engine(settings).read_question
    assert read("who did shamkhani meet in baghdad") == "Who did Shamkhani meet in Baghdad?"
    assert read("what did al-qaeda's deputy do") == "What did Al-Qaeda’s deputy do?"  # as the corpus writes it
    assert read("Who is Netanyahu") == "Who is Netanyahu?"  # a name the corpus lacks keeps its case
    assert read("Iraq's defence budget.") == "Iraq's defence budget."  # not a question form: left alone
    assert read("Could you please tell me who met salih, please") == "Who met Salih?"
    assert read("I'd like to know: when did the Iran-Iraq talks start") == "When did the Iran-Iraq talks start?"
    assert read("According to the news, who's Salih") == "Who is Salih?"
    assert read("In 2014, who rushed to Iraq") == "Who rushed to Iraq, in 2014?"
    assert read("what did saudi arabia's king salman say") == "What did Saudi Arabia's King Salman say?"
    assert read("what did the new york times claim") == "What did the New York Times claim?"
    assert read("What did Iran's support save Iraq from, according to the defense chief?").endswith("defense chief?")
    # what people type around a question: slips, asides, lead-ins, abbreviations
    assert read("whats iraq's defence budget these days") == "What is Iraq’s defence budget these days?"
    assert read("wich country hosts the centre?") == "Which country hosts the centre?"
    assert read("who did shamkhani meet before salih? (the other officials)") == "Who did Shamkhani meet before Salih?"
    assert read("quick q: what's shamkhani's age") == "What is Shamkhani's age?"
    assert read("I forget - where did Baqeri meet him?") == "Where did Baqeri meet him?"  # a lead-in naming no one
    assert read("the document Iran and Iraq prepared - when will it be signed?") == (
        "When will it be signed, the document Iran and Iraq prepared?"  # ... and one that does
    )
    assert read("did iran deny the nyt report?") == "Did Iran deny the New York Times report?"
    assert read("what did putin say") == "What did Putin say?"  # unknown to the corpus, in a speaker's place
    assert read("what was the name of the iraqi president shamkhani met") == (
        "What was the name of the Iraqi president Shamkhani met?"  # not "President Shamkhani": he is none
    )


def test_citations_come_only_from_retrieved_passages(settings: Settings) -> None:
    eng = engine(settings)
    for f in HELDOUT[:15]:
        a = answer(f["question"], settings)
        q = eng.read_question(a.question)
        hits = eng.retriever.retrieve(q, eng.encoder.encode([q])[0])
        for c in a.citations:
            assert any(
                h.unit.source == c.source
                and h.unit.start <= c.start
                and c.end <= h.unit.end + 1
                or (h.unit.source == c.source and c.start < h.unit.end and c.end > h.unit.start)
                for h in hits
            ), (f["id"], c)


def test_follow_the_k_setting(settings: Settings) -> None:
    eng = engine(settings)
    q = "Who is the head of Iraq's military intelligence?"
    assert len(eng.retriever.retrieve(q, eng.encoder.encode([q])[0], k=2)) == 2
    assert answer(q, settings, k=2).answerable


@pytest.mark.parametrize("bad", ["", "   ", "\n\t", "\x00\x01"])
def test_empty_questions_raise_a_clear_error(settings: Settings, bad: str) -> None:
    with pytest.raises(InputError, match="question is empty"):
        answer(bad, settings)


def test_too_long_question_is_refused(settings: Settings) -> None:
    with pytest.raises(InputError, match="at most 2000"):
        answer("why " * 3000, settings)


def test_answer_json_shape(settings: Settings) -> None:
    d = answer("When did Iran and Iraq sign an agreement to boost military cooperation?", settings).to_dict()
    assert set(d) == {"question", "answer", "answerable", "citations", "timing_ms"}
    assert set(d["timing_ms"]) == {"retrieve", "answer"}
    assert set(d["citations"][0]) == {"n", "source", "title", "date", "quote", "start", "end", "score"}
    assert "July 2017" in d["answer"]


def test_corroboration_across_articles(settings: Settings) -> None:
    a = answer("When will the Iran-Iraq defense cooperation document be signed?", settings)
    assert a.answerable and a.citations[0].source == "003_c55b60ebb2b2dd3a.txt"
    assert a.citations[0].also_in == ("RT (004_3cbce875c1587dd0.txt)",)
    b = answer("Which Syrian president is a close ally of Iran and Russia?", settings)
    assert b.citations[0].also_in == ()  # only one article says it


def test_date_filters(settings: Settings) -> None:
    q = "Which Syrian president is a close ally of Iran and Russia?"
    assert answer(q, settings, until="2018-12-31").answerable  # 000 is dated 2018-04-20
    assert not answer(q, settings, since="2019-01-01").answerable  # no dated article after 2018
    a = answer("Who did Shamkhani meet in Baghdad?", settings, since="2018-01-01")
    assert not a.answerable  # 002 states no date, so a date filter cannot admit it


FRESH = load_facts(Path(__file__).with_name("fresh.jsonl"))


def test_fresh_questions_written_after_tuning(settings: Settings) -> None:
    """28 questions written after the answerer's rules were fixed, run once to measure it
    honestly (75% correct, 1 wrong, 4 abstentions, 8/8 abstentions on the first run). Its
    failures then guided the next round of rules (17/20, 0 wrong), so it is no longer unseen:
    tests/blind.jsonl is the honest measure now. This guards against regressions."""
    answerable = [f for f in FRESH if f["answers"]]
    results = [(f, answer(f["question"], settings)) for f in FRESH]
    correct = sum(_correct(f, a) for f, a in results if f["answers"])
    wrong = [(f["id"], a.text[:80]) for f, a in results if a.answerable and not (f["answers"] and _correct(f, a))]
    print(f"fresh: {correct}/{len(answerable)} correct, wrong answers: {wrong}")
    assert correct / len(answerable) >= 0.85
    assert not wrong  # a wrong confident answer is the worst outcome
    assert all(not a.answerable for f, a in results if not f["answers"])


PARAPHRASE = load_facts(Path(__file__).with_name("paraphrase.jsonl"))


def test_paraphrased_questions(settings: Settings) -> None:
    """22 questions in other words than the articles use ("phone" for "telephone conversation",
    "blame" for "condemnation", "What is Shamkhani's job?"), written to find the rules'
    blind spots and used to fix them, so a regression guard rather than a measure. Known
    misses on the last run: p05 answers with the Iraqi defence chief's talks with Shamkhani,
    held in Tehran, not Baghdad; p08 ("want" for "seek") abstains."""
    results = [(f, answer(f["question"], settings)) for f in PARAPHRASE]
    correct = sum(_correct(f, a) for f, a in results if f["answers"])
    wrong = [f["id"] for f, a in results if a.answerable and f["answers"] and not _correct(f, a)]
    answered = [f["id"] for f, a in results if a.answerable and not f["answers"]]
    print(f"paraphrase: {correct}/{sum(1 for f in PARAPHRASE if f['answers'])} correct, wrong {wrong}, {answered}")
    assert correct >= 16 and len(wrong) <= 1 and not answered


BLIND = [f for p in sorted(Path(__file__).parent.glob("blind*.jsonl")) for f in load_facts(p)]


def test_blind_sets_first_run_and_since(settings: Settings) -> None:
    """Sixty-one sets of 30+10 (35+10 from blind30), each committed before the answerer changes it then
    prompted, and run once unseen (correct / wrong / unanswerables abstaining): blind
    21/5/7, blind2 23/3/7, blind3 24/1/7, blind4 25/1/9, blind5 27/1/6, blind6 25/3/9,
    blind7 26/1/9, blind8 26/1/7, blind9 26/3/9, blind10 25/1/8, blind11 23/3/9, blind12
    23/2/8, blind13 24/1/8, blind14 26/0/8, blind15 25/2/9, blind16 24/4/10, blind17 19/1/9
    (its one wrong answer was right: j030's gold missed Baqeri), blind18 19/1/9, blind19
    20/2/9, blind20 24/1/7, blind21 22/4/7 (two of the four were right: ab019 and ab029's
    golds were too narrow), blind22 25/1/7, blind23 22/3/8, blind24 20/3/8 (one of the
    three was right: ae018's gold was too narrow; its six misspelled names all abstained),
    blind25 17/4/8 (old facts typed as people type them: "waht", "quick question:", "nyt"),
    blind26 23/4/9, blind27 23/3/7, blind28 25/1/9, blind29 23/1/5, blind30 28/0/10,
    blind31 24/1/9 (mostly reworded), blind32 26/1/9, blind33 25/3/8 (one of the three was
    right: an020's gold named one of the three articles that give Shamkhani's post), blind34
    31/2/10, blind35 25/4/7 (three of the four were right: ap013, ap016 and ap027's golds named
    one of the articles that say it, now all of them; 28/1/7 counted so; three of its
    rewordings, ap020, ap030 and ap035, repeated earlier questions), blind36 24/3/8 (after
    thirty-three rounds on other articles; 12 first drafts reworded), blind37 27/1/9 (after
    other_corpus34; 10 first drafts reworded), blind38 32/0/10 (8 first drafts reworded), blind39
    31/1/9 (12 first drafts reworded; at029's gold named one of the two articles that say it, now
    both: 30/2/9 as first marked), blind40 28/0/7 (9 first drafts reworded, and auu04 repeated an
    earlier question unnoticed; au001's gold named Baghdad only, though "the Iraqi capital" it quoted is
    right, as r001's gold accepts: 27/1/7 as first marked), blind41 27/0/9 (6 first drafts
    reworded; the run first stopped on av027 with an IndexError, guarded before it was measured),
    blind42 32/0/9 (9 first drafts reworded), blind43 29/2/8 (24 first drafts reworded; ax018's
    gold named one of the three articles that give Shamkhani's post, and ax026's "Which
    commanders accompanied ...?" quoted 004's "senior Iraqi commanders", both right in fact
    and now accepted: 27/4/8 as first marked), blind44 31/1/8 (13 first drafts reworded;
    ay016's gold named one of the three articles that spell out SNSC: 30/2/8 as first marked),
    blind45 27/0/7 (10 first drafts reworded), blind46 23/1/10 (12 first drafts
    reworded), blind47 25/1/10 (22 first drafts reworded), blind48 26/1/10 (19 first
    drafts reworded), blind49 22/1/9 (11 first drafts reworded; of blind46-49's 140
    answerable questions, the 87 kept as first drafted were 72 right on the first run, 83%,
    the 53 reworded away from the articles' words 24, 45%), blind50 21/0/8 (21 first drafts
    reworded, 10 of them right on the first run; 11 of the 14 kept as drafted), blind51
    22/4/10 (12 first drafts reworded; df024's gold named "revive terrorists in the region", but
    the headline's "revive terrorists" it quoted is right: 23/3/10 counted so), blind52 23/1/10
    (12 first drafts reworded, 6 of them right on the first run; 17 of the 23 kept as drafted),
    blind53 27/1/8 (15 first drafts reworded, 13 of them right on the first run; 14 of the 20
    kept as drafted), blind54 25/1/10 (12 first drafts reworded, 4 of them right on the first
    run; 21 of the 23 kept as drafted), blind55 20/3/9 (17 first drafts reworded, 5 of them
    right on the first run; 15 of the 18 kept as drafted; dj015's gold named one of the three
    articles that give Shamkhani's council, now all: 21/2/9 counted so), blind56 24/1/7 (34 of
    the 35 first drafts repeated earlier questions and were reworded, 9 of the 10 unanswerables;
    three unanswerables answered: "In which Saudi city ...?" quoted "met in Saudi Arabia", "What
    was the death toll ...?" a sentence with no figure, "Who took over the Quds Force ...?"
    Soleimani's killing), blind57 16/3/9 (29 of the 35 first drafts were reworded, and reworded
    they were mostly missed; dl019's gold named 002's "military advisory assistance", but 003's
    "Iranian military advisers rushed to the aid" it quoted is right: 17/2/9 counted so), blind58
    17/2/9 (34 of the 45 first drafts reworded: "the Baghdad intelligence hub", "Iraq's caretaker
    premier"), blind59 17/5/10 (20 of 45 reworded; questions put as statements: "Hatami described
    Iraq as what to Iran?", "Which outlet ran the story on Baqeri hailing the deal?"), blind60
    28/2/8 (28 of 45 reworded: "Give the number of missiles ...", "Hatami asked his new Iraqi
    counterpart to do what?"), blind61 22/1/9 (17 of 45 reworded, two drafts with a wrong
    premise replaced: "Tehran's help to Baghdad's counter-terror efforts took what form?").
    From blind17 on, many first drafts repeated earlier sets word for word and were
    reworded, so those sets lean to paraphrase. Their failures were then fixed as classes
    of question where a fix did not cost elsewhere (the commits name each class), so they
    no longer measure; they guard those fixes. Known misses: twenty-one wrong answers (ap025
    "Which branches' commanders accompanied ...?" quotes "senior Iraqi commanders"; m013
    "Which Iranian security official visited Baghdad?" cites the defence minister; ag019,
    ah013 and ai019 "What will the document / the cooperation do?" cite its signing; aj021
    "What preparations did Baqeri mention?" cites the prepared document; ah016
    "Which Iranian minister hailed Iraq?" quotes "the Iranian minister" without his name,
    which is in a sentence not retrieved; an014 "What did Iraq's new defence minister praise Iran for?" quotes
    Iran's minister praising Iraq's victory; an034 "How did Iran respond to the killing of
    Soleimani?" quotes its dismissal of another story before the accusation it made; ao026
    "What did the Iraqi delegation visit in Iran?" quotes Shamkhani's delegation visiting
    Baghdad; aq015 "For what did the new Iraqi defence minister commend Iran?", an014's class;
    ar008 "What did Hatami call Iraq during the phone conversation?" quotes his call for
    wider ties and the phone call, not "Hailing Iraq as a friend of Iran"; df025
    "In what setting did the Iranian chief of staff speak to reporters?" quotes "Speaking to
    reporters, Baqeri ...", which names no setting; dg010 "For what help was Iran commended by
    the Iraqi minister ...?" quotes Hatami's praise of Iraqi officials, a passive question's
    parties not read; di011 "Hatami called for Tehran and Baghdad to consult more closely on
    which matters?", a question put as a statement, quotes his call for wider ties, as the
    sentence on "closer consultations" is not retrieved; dj016 "Whom did the SNSC chief see at
    the top of Iraq's state?" quotes his talks with the Iraqi defence chief; dl024 "Baqeri said
    the two countries' militaries share what?" quotes the views they exchanged, as "the armed
    forces ... enjoy long-term ties" shares no word with it; dm034 "How did Iraqi lawmakers
    respond to the Soleimani killing?" quotes the foreign ministry's dismissal, as "respond" meets
    "responsibility"; dn031 "Who was accused of sending
    extremists ...?", a passive question, quotes the accuser; dn034 "Which two officials' remarks
    does the RT piece report?" quotes one of the two; dp019 "Shamkhani's position on Baghdad was
    described with what adjective?" quotes his visit, "position" being read as a question word)
    and twenty-six unanswerables answered (amu10 and apu10 "Which US bases ... were
    hit?" quote "several military installations in Iraq that hosted US troops"; apu08
    "Which Iranian defence companies took part in the exhibition?" quotes "an exhibition of
    Iranian defense industries"; anu08 "When was the defence
    cooperation document signed?" quotes that it "will be ... signed in the near future"; anu09 "Which Iraqi
    militia members were killed with Soleimani?" quotes his killing): xu008 ("Which Israeli assassins ..."
    quotes the sentence that does not name them), abu01 ("Which Iraqi militia does Iran sponsor?"
    quotes "state-sanctioned militias"), abu09 ("What kind of drone killed Soleimani?"
    quotes "a US drone strike"), aeu08 and ahu02 (what an Iraqi commander said: quotes
    others), afu07 ("Where did Hatami stay in Baghdad?" quotes his visit), ahu07 ("Which
    Iranian general was killed with Soleimani?" quotes Soleimani's killing), aju02 ("Which
    world powers face off over Syria?" quotes the sentence that does not name them), aju05
    ("What did the Quds Force say ...?" quotes its commander's killing), auu09 ("What weapons did Iran's Defense
    Ministry supply to Iraq?" quotes "the equipment it needed"), avu08 ("Which Iraqi commander led the navy
    delegation?" quotes the Navy commanders who came along), azu08 ("What was the US response
    to the parliament's resolution?" quotes the resolution), azu09 ("Where in Iran was
    Al-Qaeda's second-in-command killed?" quotes Soleimani's killing in Baghdad), ddu09 ("Which
    Israeli unit killed Al-Qaeda's deputy?" quotes "by Israeli assassins", xu008's class), deu02
    ("Which Russian officer runs the joint intelligence centre?" quotes the centre "operated by
    Iran, Iraq, Syria and Russia": the answer's nationality is not checked), dhu07 ("What did
    Khattab say at the defence exhibition?" quotes Baqeri saying the Iraqi party visited it),
    dhu10 ("Which Iraqi militia members died in the drone strike, by name?" quotes "members of
    an Iraqi militia"), dju08 ("When was the defence document finally signed?" quotes that it
    "will be finalized and formally signed in the near future", anu08's class), dku07 ("Who took
    over the Quds Force after Soleimani's death?" quotes his killing: a "who" question takes a
    country or a city for its answer, and "Washington" is named), dlu06 ("What was the New York
    Times reporter's name?" quotes the story it published), dou08 ("The Israeli assassins belonged
    to which named unit?" quotes "by Israeli assassins", xu008's class)."""
    results = [(f, answer(f["question"], settings)) for f in BLIND]
    correct = sum(_correct(f, a) for f, a in results if f["answers"])
    wrong = [f["id"] for f, a in results if a.answerable and f["answers"] and not _correct(f, a)]
    answered = [f["id"] for f, a in results if a.answerable and not f["answers"]]
    total = sum(1 for f in BLIND if f["answers"])
    print(f"blind: {correct}/{total} correct, wrong {wrong}, unanswerables answered {answered}")
    assert correct >= 1725 and len(wrong) <= 21
    known = {"xu008", "abu01", "abu09", "aeu08", "afu07", "ahu02", "ahu07", "aju02", "aju05", "amu10"}
    known |= {"anu08", "anu09", "apu08", "apu10", "auu09", "avu08", "azu08", "azu09", "ddu09", "deu02", "dhu07"}
    known |= {"dhu10", "dju08", "dku07", "dlu06", "dou08"}
    assert set(answered) <= known


def test_role_descriptions_resolve_to_the_names_they_stand_for(settings: Settings) -> None:
    from rag.coref import role_aliases

    text = corpus_text("002_74a40bdd0df97d7e.txt", settings)
    sentences = [s for s in re.split(r"(?<=[.”])\s+", text) if s]
    refs = dict(zip(sentences, role_aliases(sentences), strict=True))
    urged = next(s for s in sentences if s.startswith("The Iraqi president also urged"))
    assert refs[urged] == ["Barham Salih"]
    assert role_aliases(["The president spoke.", "Iraqi President Barham Salih met him."]) == [[], []]
    # A lead names by role first: the first person named after it is the one meant, but not
    # a description in that person's own sentence, nor one without a country.
    lead = [
        "Iran's defence minister has visited Baghdad.",
        "He led the head of a delegation.",
        "Brigade General Amir Hatami met with Iraq's interior minister.",
    ]
    assert role_aliases(lead) == [["Amir Hatami"], [], []]
    assert role_aliases(["Defense Minister of Iran Amir Hatami spoke.", "The Iraqi minister left."]) == [[], []]


def test_a_name_holds_the_post_its_article_gives_it(settings: Settings) -> None:
    """ "General Hatami noted" is the word of the "Defense Minister of Iran" the article named
    so once: a question about the Iranian defence minister's words may quote it."""
    from rag.coref import held_roles

    lead = ["Defense Minister of Iran Brigadier General Amir Hatami called for ties.", "It is policy, Hatami noted."]
    assert held_roles(lead) == [["iran general", "iran minister"]] * 2  # his rank and his post
    assert held_roles(["The minister spoke.", "Hatami left."]) == [[], []]
    q = "What did the Iranian defence minister say Iran has always done with regard to Iraq's security?"
    a = answer(q, settings)
    assert a.answerable and "always defended it" in a.text
    assert {c.source for c in a.citations} == {"001_f827c2b710232763.txt"}


def test_the_scene_of_a_visit_stands_for_the_sentences_after_it(settings: Settings) -> None:
    """An article about a visit need not say the place again: "Shamkhani earlier met with ...
    Falih Fayyad" happened in Baghdad, which the lead says he is visiting; a meeting placed
    "in Tehran on Sunday" places that meeting only."""
    from rag.coref import setting

    lead = ["Ali Shamkhani is currently visiting Baghdad for a two-day trip.", "He met Salih in Baghdad."]
    assert setting(lead) == {"baghdad"}
    assert setting(["He made the remarks at a meeting in Tehran on Sunday."]) == frozenset()
    a = answer("Which national security adviser did Shamkhani meet in Baghdad?", settings)
    assert a.answerable and "Falih Fayyad" in a.text
    assert a.citations[0].source == "002_74a40bdd0df97d7e.txt"
    # "in Tehran on Sunday" sets no scene: the sentence that names Tehran answers
    assert "Juma Anad Saadoun" in answer("Which Iraqi defense minister met Baqeri in Tehran?", settings).text


def test_top_k_holds_distinct_evidence(tmp_path: Path) -> None:
    import shutil

    from rag import ingest
    from tests.conftest import CORPUS

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    shutil.copy(corpus / "002_74a40bdd0df97d7e.txt", corpus / "syndicated-copy.txt")
    s = Settings.from_env(env={}, corpus_dir=corpus, data_dir=tmp_path / "index")
    ingest(settings=s)
    eng = engine(s)
    eng.refresh()
    q = "Which news agency reported Salih saying that Iraq is an independent country?"
    hits = eng.retriever.retrieve(q, eng.encoder.encode([q])[0], k=5)
    texts = [h.unit.text for h in hits]
    assert len(hits) == 5 and len(set(texts)) == 5  # the copy's identical chunk is not shown twice
    assert {h.unit.source for h in hits} & {"002_74a40bdd0df97d7e.txt", "syndicated-copy.txt"}
    a = answer(q, s)
    assert a.answerable and "Tasnim" in a.text
    assert a.citations[0].also_in  # the other copy corroborates
