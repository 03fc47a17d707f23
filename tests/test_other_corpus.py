"""Articles the answerer was never tuned on: tests/other_corpus holds three invented news
reports (a ferry deal, floods, a student satellite; the people and events are made up for
these tests) as .txt, .html and .md with web boilerplate. tests/other.jsonl was written with
them, before the answerer had read them. It measures how far rules written on the five seed
articles carry to others; the seed sets cannot, as every rule was written on them."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag import Answer, Settings, answer, corpus_text, ingest
from rag.load import find_articles, load_article
from tests.conftest import load_facts, normalise

OTHER = Path(__file__).resolve().parent / "other_corpus"
FACTS = load_facts(Path(__file__).resolve().parent / "other.jsonl")


@pytest.fixture(scope="module")
def other(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    s = Settings.from_env(env={}, corpus_dir=OTHER, data_dir=tmp_path_factory.mktemp("other-index"))
    ingest(settings=s)
    return s


def test_titles_and_dates_of_other_sites() -> None:
    """A "Menu" line, a "Business" label, "Published 3 November 2020" and "Science | 21 July
    2018" are site furniture around the title and the date, not the title or no date."""
    docs = {p.name: load_article(p, p.name) for p in find_articles(OTHER)}
    got = {name: (d.title, d.date) for name, d in docs.items()}
    assert got == {
        "portugal_morocco_ferry.txt": ("Portugal and Morocco to link ports with new ferry line", "2019-03-12"),
        "valencia_floods.html": ("Floods force thousands from homes in eastern Spain", "2020-11-03"),
        "tartu_satellite.md": ("Estonian students' satellite reaches orbit", "2018-07-21"),
    }
    text = docs["portugal_morocco_ferry.txt"].text
    assert "Menu" not in text and "Business" not in text and "Read more" not in text
    assert text.count("Portugal and Morocco to link ports") == 1  # the teaser headline once


def test_accented_names_are_found_typed_either_way(other: Settings) -> None:
    for question in ("Which river burst its banks?", "Which river did the rain cause to burst its banks?"):
        assert "Júcar" in answer(question, other).text
    a = answer("Who is Carlos Ibanez?", other)  # typed without the accents the article uses
    assert a.answerable and "Spain's interior minister, Carlos Ibáñez" in a.text


def test_unseen_articles_first_run_and_since(other: Settings) -> None:
    """First run, before any change: 29/41 correct, 1 wrong (o030 "Where was Kaja-2 launched
    from?" quoted the ground station "in Tartu"), 10/12 abstaining (ou04 "Which company will
    dredge ...?" quoted the fishermen's protest, ou10 "When will Kaja-2 stop working?" quoted
    ESTCube-1 having stopped). The classes found were then fixed (accented names were split
    at each accent, "67-year-old" did not say "old", ...). Known misses, all abstentions: o001
    "connect" (the route "between" two ports), o030 (the launch is told before the sentence
    that names Kaja-2), o031 "carried" ("aboard a Vega rocket"), o039 "receive" ("share its
    data with"), o040 "operate" ("will spend two years measuring")."""
    results = [(f, answer(f["question"], other)) for f in FACTS]
    for _, a in results:
        for c in a.citations:
            assert corpus_text(c.source, other)[c.start : c.end] == c.quote

    def correct(f: dict, a: Answer) -> bool:
        hit = (all if f.get("all") else any)(normalise(x) in normalise(a.text) for x in f["answers"])
        return a.answerable and hit and any(c.source in f["sources"] for c in a.citations)

    right = sum(correct(f, a) for f, a in results if f["answers"])
    wrong = [f["id"] for f, a in results if f["answers"] and a.answerable and not correct(f, a)]
    answered = [f["id"] for f, a in results if not f["answers"] and a.answerable]
    print(f"other corpus: {right}/{sum(1 for f in FACTS if f['answers'])} correct, wrong {wrong}, answered {answered}")
    assert right >= 36 and not wrong and not answered
