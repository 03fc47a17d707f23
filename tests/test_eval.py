"""The evaluation suite: the fact set is sound, the metrics are right, the CI gate can trip."""

from __future__ import annotations

import json
from pathlib import Path

from eval.metrics import alias_hit, summarise, verdicts
from eval.run import DEFAULT_FACTS, load_facts
from rag.load import load_article
from tests.conftest import CORPUS, SOURCES, normalise, run_cli

GATES = ["answer_accuracy=0.9", "citation_validity=1.0", "abstention_recall=1.0", "hit@5=0.95"]


def test_fact_set_size_coverage_and_gold_answers_in_the_text() -> None:
    facts = load_facts(DEFAULT_FACTS)
    answerable = [f for f in facts if f["answers"]]
    assert len(answerable) >= 60 and len(facts) - len(answerable) >= 12
    assert {s for f in answerable for s in f["sources"]} == set(SOURCES)
    assert len({f["id"] for f in facts}) == len(facts)
    assert {
        "date",
        "person",
        "title",
        "place",
        "organisation",
        "number",
        "quote",
        "event",
        "cross-article",
        "unanswerable",
    } <= {f["category"] for f in facts}
    assert any(len(f["sources"]) >= 2 for f in answerable if f["category"] == "cross-article")
    texts = {s: normalise(load_article(CORPUS / s, s).text) for s in SOURCES}
    for f in answerable:  # the gold answer is written in its gold articles (every part of an "all" answer)
        found = [any(normalise(a) in texts[s] for s in f["sources"]) for a in f["answers"]]
        assert (all if f.get("all") else any)(found), f["id"]


def test_metrics_on_a_hand_checked_example() -> None:
    fact_a = {"answers": ["Tasnim"], "sources": ["a.txt"], "category": "org"}
    fact_u = {"answers": [], "sources": [], "category": "unanswerable"}
    texts = {"a.txt": "Salih said, according to Tasnim news agency.", "b.txt": "Other text."}
    good = {
        "answer": "according to Tasnim [1]",
        "answerable": True,
        "latency_ms": 10.0,
        "retrieved_sources": ["b.txt", "a.txt"],
        "citations": [{"source": "a.txt", "quote": "according to Tasnim", "start": 12, "end": 31}],
    }
    bad = {
        "answer": "x",
        "answerable": True,
        "latency_ms": 30.0,
        "retrieved_sources": ["b.txt"],
        "citations": [{"source": "b.txt", "quote": "Other", "start": 1, "end": 6}],
    }
    recs = [
        {"fact": fact_a, "result": good, "verdict": verdicts(fact_a, good, texts)},
        {"fact": fact_u, "result": bad, "verdict": verdicts(fact_u, bad, texts)},
    ]
    m = summarise(recs)
    assert m["hit@1"] == 0.0 and m["hit@3"] == 1.0 and m["mrr"] == 0.5
    assert m["answer_accuracy"] == 1.0 and m["citation_precision"] == 1.0
    assert m["citation_validity"] == 0.5  # "Other" is at 0..5, not 1..6
    assert m["abstention_recall"] == 0.0 and m["abstention_precision"] == 1.0
    assert m["latency_p50_ms"] == 10.0 and m["latency_p95_ms"] == 30.0
    assert alias_hit({"answers": ["two-day"]}, "a two day trip")
    assert not alias_hit({"answers": ["Iran", "Syria"], "all": True}, "Iran only")


def test_eval_json_report_and_gates_on_the_real_corpus(tmp_path: Path) -> None:
    r = run_cli(
        "eval",
        "--json",
        "--compare",
        "baseline",
        "retrieval=dense",
        "--reports",
        str(tmp_path),
        "--fail-under",
        *GATES,
        env={"RAG_DATA_DIR": str(tmp_path / "index")},
        timeout=600,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    out = json.loads(r.stdout)
    for key in (
        "hit@1",
        "hit@3",
        "hit@5",
        "mrr",
        "ndcg@5",
        "answer_accuracy",
        "citation_precision",
        "citation_validity",
        "abstention_precision",
        "abstention_recall",
        "latency_p50_ms",
        "latency_p95_ms",
        "by_category",
        "configs",
    ):
        assert key in out
    assert out["citation_validity"] == 1.0 and out["abstention_recall"] == 1.0 and out["answer_accuracy"] >= 0.9
    assert set(out["configs"]) == {"default", "baseline", "retrieval=dense"}
    assert out["configs"]["baseline"]["abstention_recall"] == 0.0  # the baseline never abstains
    assert out["answer_accuracy"] > out["configs"]["baseline"]["answer_accuracy"]
    report = Path(out["report_dir"])
    assert (report / "metrics.png").stat().st_size > 10_000
    md = (report / "report.md").read_text()
    assert "| answer_accuracy |" in md and "## Failed questions: baseline" in md
    rows = [json.loads(x) for x in (report / "results.jsonl").read_text().splitlines()]
    assert len(rows) == 3 * len(load_facts(DEFAULT_FACTS)) and {"verdict", "citations", "expected"} <= set(rows[0])


def test_gate_trips_when_retrieval_is_broken(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong-corpus"
    wrong.mkdir()
    (wrong / "weather.txt").write_text(
        "Heavy rain in Basra\n\nHeavy rain flooded streets in Basra on Monday, officials said.\n"
    )
    r = run_cli(
        "eval",
        "--no-report",
        "--corpus",
        str(wrong),
        "--fail-under",
        *GATES,
        env={"RAG_DATA_DIR": str(tmp_path / "index")},
        timeout=600,
    )
    assert r.returncode == 1
    assert "Gate failed: hit@5 = 0.000 is below 0.950" in r.stderr
    assert "Gate failed: answer_accuracy" in r.stderr
