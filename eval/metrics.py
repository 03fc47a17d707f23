"""Score one run of the fact set: retrieval, answers, citations, abstention, latency.

Pure functions over plain records, so every metric can be checked by hand. A record is
what `eval.run` writes to results.jsonl: the fact (gold answers, gold sources, category)
and what came back (answer text, answerable, citations, retrieved sources, latency).

Definitions (all in [0, 1] except latency):
- hit@n: a gold source is among the first n distinct sources retrieved (answerable facts);
- mrr: mean of 1 / rank of the first gold source; ndcg@5: binary-relevance nDCG over sources;
- answer_accuracy: answerable facts answered with a gold alias in the answer (normalised);
  with "all": true every listed alias must appear. An abstention counts as wrong;
- citation_precision: citations (of answered, answerable facts) whose source is gold and
  whose quote contains a gold alias;
- citation_validity: citations whose quote equals the article text at its offsets;
- abstention_precision / _recall: over facts without answers, of abstentions / of those facts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["METRICS", "normalise", "alias_hit", "verdicts", "summarise", "percentile"]

METRICS = [
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
]


def normalise(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[\u2010-\u2015-]", " ", text)  # "two-day" matches "two day"
    return re.sub(r"\s+", " ", text)


def alias_hit(fact: dict[str, Any], text: str) -> bool:
    aliases = [normalise(a) for a in fact["answers"]]
    t = normalise(text)
    return (all if fact.get("all") else any)(a in t for a in aliases) if aliases else False


def verdicts(fact: dict[str, Any], result: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """Per-question judgement; `texts` maps a source to the text its offsets refer to."""
    answerable_fact = bool(fact["answers"])
    gold = set(fact["sources"])
    cites = result["citations"]
    valid = [texts.get(c["source"], "")[c["start"] : c["end"]] == c["quote"] for c in cites]
    supported = [c["source"] in gold and alias_hit({"answers": fact["answers"]}, c["quote"]) for c in cites]
    sources = result.get("retrieved_sources", [])
    rank = next((i + 1 for i, s in enumerate(sources) if s in gold), None)
    return {
        "answerable_fact": answerable_fact,
        "abstained": not result["answerable"],
        "correct": answerable_fact and result["answerable"] and alias_hit(fact, result["answer"]),
        "first_gold_rank": rank,
        "citations_valid": valid,
        "citations_supported": supported,
    }


def percentile(xs: Sequence[float], p: float) -> float:
    if not xs:
        return 0.0
    s = sorted(xs)
    return s[min(len(s) - 1, max(0, math.ceil(p / 100 * len(s)) - 1))]


def _ndcg5(rank_list: Sequence[str], gold: set[str]) -> float:
    dcg = sum(1 / math.log2(i + 2) for i, s in enumerate(rank_list[:5]) if s in gold)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(gold), 5)))
    return dcg / ideal if ideal else 0.0


def summarise(records: Iterable[dict[str, Any]]) -> dict[str, float]:
    """The metrics above over a list of records (each with "fact", "result", "verdict")."""
    recs = list(records)
    ans = [r for r in recs if r["verdict"]["answerable_fact"]]
    unans = [r for r in recs if not r["verdict"]["answerable_fact"]]
    out: dict[str, float] = {}
    for n in (1, 3, 5):
        out[f"hit@{n}"] = _mean(
            r["verdict"]["first_gold_rank"] is not None and r["verdict"]["first_gold_rank"] <= n for r in ans
        )
    out["mrr"] = _mean(1 / r["verdict"]["first_gold_rank"] if r["verdict"]["first_gold_rank"] else 0.0 for r in ans)
    out["ndcg@5"] = _mean(_ndcg5(r["result"].get("retrieved_sources", []), set(r["fact"]["sources"])) for r in ans)
    out["answer_accuracy"] = _mean(r["verdict"]["correct"] for r in ans)
    answered = [r for r in ans if not r["verdict"]["abstained"]]
    out["citation_precision"] = _mean(s for r in answered for s in r["verdict"]["citations_supported"])
    out["citation_validity"] = _mean((v for r in recs for v in r["verdict"]["citations_valid"]), empty=1.0)
    abstained = [r for r in recs if r["verdict"]["abstained"]]
    out["abstention_precision"] = _mean((not r["verdict"]["answerable_fact"] for r in abstained), empty=1.0)
    out["abstention_recall"] = _mean(r["verdict"]["abstained"] for r in unans)
    lat = [float(r["result"]["latency_ms"]) for r in recs]
    out["latency_p50_ms"] = percentile(lat, 50)
    out["latency_p95_ms"] = percentile(lat, 95)
    out["questions"] = float(len(recs))
    return out


def _mean(xs: Iterable[Any], empty: float = 0.0) -> float:
    vals = [float(x) for x in xs]
    return sum(vals) / len(vals) if vals else empty
