"""`rag eval` / `python -m eval`: run the fact set, print metrics, write a report, gate CI.

    rag eval [--facts PATH] [--k N] [--json] [--compare CONFIG ...] [--fail-under METRIC=VALUE ...]

A CONFIG is `baseline` (plain llama-index, see baseline.py) or comma-separated setting
overrides, e.g. `retrieval=dense`, `retrieval=bm25,k=3`, `chunk_size=64`. Every config gets
its own Chroma collection (named after its corpus and chunking), so the user's index is
never touched. Each run writes eval/reports/<timestamp>/ with report.md, results.jsonl and
metrics.png. `--fail-under` exits 1 when a metric of the default config is below its floor.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eval.metrics import METRICS, summarise, verdicts
from rag.config import Settings
from rag.errors import InputError, RagError

__all__ = ["main", "run_config", "load_facts"]

HERE = Path(__file__).resolve().parent
DEFAULT_FACTS = HERE / "facts.jsonl"
CHART_METRICS = [m for m in METRICS if not m.startswith("latency")]


def load_facts(path: Path) -> list[dict[str, Any]]:
    try:
        facts = [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
    except (OSError, ValueError) as e:
        raise InputError(f"cannot read the fact set {path}: {e}; pass --facts PATH to a .jsonl file.") from None
    for f in facts:
        missing = {"id", "question", "answers", "sources", "category"} - set(f)
        if missing:
            raise InputError(f"fact {f.get('id', '?')} in {path} lacks {sorted(missing)}; see eval/facts.jsonl.")
    return facts


def _config_settings(base: Settings, overrides: dict[str, str]) -> Settings:
    from dataclasses import fields

    from rag.config import _parse

    known = {f.name: f for f in fields(Settings)}
    values: dict[str, Any] = {}
    for key, raw in overrides.items():
        if key not in known:
            raise InputError(f"unknown setting {key!r} in --compare; use one of {', '.join(sorted(known))}.")
        values[key] = _parse(key, raw, known[key].default)
    s = base.replace(**values)
    from rag.index import signature

    tag = hashlib.sha256(f"{s.corpus_dir.resolve()}|{signature(s)}".encode()).hexdigest()[:10]
    return s.replace(collection=f"eval-{tag}")


def _parse_config(spec: str) -> dict[str, str]:
    if spec == "default":
        return {}
    try:
        return dict(part.split("=", 1) for part in spec.split(",") if part)
    except ValueError:
        raise InputError(
            f"cannot read config {spec!r}; write it as key=value[,key=value], e.g. retrieval=dense."
        ) from None


def run_config(
    name: str, base: Settings, facts: list[dict[str, Any]], progress: Callable[[int], None] | None = None
) -> list[dict[str, Any]]:
    """Answer every fact under one configuration; return the judged records."""
    if name == "baseline":
        from eval.baseline import Baseline

        bl = Baseline(base, base.corpus_dir)
        texts = bl.texts
        ask: Callable[[str], dict[str, Any]] = bl.run
    else:
        from rag.qa import engine

        settings = _config_settings(base, _parse_config(name))
        eng = engine(settings)
        eng.ingest(settings.corpus_dir)
        eng.refresh()
        texts = {s: eng.text_of(s) for s in eng.store.doc_records()}

        def ask(q: str) -> dict[str, Any]:
            t0 = time.perf_counter()
            a = eng.answer(q)
            latency = (time.perf_counter() - t0) * 1000
            hits = eng.retriever.retrieve(a.question, eng.encoder.encode([a.question])[0], k=max(settings.k, 5))
            d = a.to_dict()
            d["retrieved_sources"] = list(dict.fromkeys(h.unit.source for h in hits))
            d["latency_ms"] = latency
            return d

    records = []
    for f in facts:
        result = ask(f["question"])
        records.append({"config": name, "fact": f, "result": result, "verdict": verdicts(f, result, texts)})
        if progress:
            progress(1)
    return records


def _by_category(records: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    cats = sorted({r["fact"]["category"] for r in records})
    return {c: summarise(r for r in records if r["fact"]["category"] == c) for c in cats}


def _metrics(results: dict[str, dict[str, float]]) -> list[str]:
    return METRICS + (["faithfulness"] if all("faithfulness" in r for r in results.values()) else [])


def _table(results: dict[str, dict[str, float]]) -> str:
    names = list(results)
    width = max(12, *(len(n) for n in names))
    lines = [f"{'metric':<22}" + "".join(f"{n:>{width + 2}}" for n in names)]
    for m in _metrics(results):
        lines.append(f"{m:<22}" + "".join(f"{results[n][m]:>{width + 2}.3f}" for n in names))
    return "\n".join(lines)


def _write_report(
    out: Path, results: dict[str, dict[str, float]], records: dict[str, list[dict[str, Any]]], facts_path: Path
) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "results.jsonl").open("w") as fh:
        for recs in records.values():
            for r in recs:
                row = {
                    "config": r["config"],
                    "id": r["fact"]["id"],
                    "category": r["fact"]["category"],
                    "question": r["fact"]["question"],
                    "expected": r["fact"]["answers"],
                    "expected_sources": r["fact"]["sources"],
                    **r["result"],
                    "verdict": r["verdict"],
                }
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    _chart(out / "metrics.png", results)
    first = next(iter(records))
    lines = [
        f"# Evaluation report, {dt.datetime.now().isoformat(timespec='seconds')}",
        "",
        f"Fact set `{facts_path}`: {int(results[first]['questions'])} questions. Machine: {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}.",
        "",
        "![metrics](metrics.png)",
        "",
        "## Metrics by configuration",
        "",
        "| metric | " + " | ".join(results) + " |",
        "|---|" + "---|" * len(results),
        *(f"| {m} | " + " | ".join(f"{results[n][m]:.3f}" for n in results) + " |" for m in _metrics(results)),
        "",
        f"## By category ({first})",
        "",
        "| category | n | hit@5 | answer_accuracy | abstention_recall | citation_validity |",
        "|---|---|---|---|---|---|",
    ]
    for cat, m in _by_category(records[first]).items():
        unans = cat == "unanswerable"
        cells = [
            "—" if unans else f"{m['hit@5']:.3f}",
            "—" if unans else f"{m['answer_accuracy']:.3f}",
            f"{m['abstention_recall']:.3f}" if unans else "—",
            f"{m['citation_validity']:.3f}",
        ]
        lines.append(f"| {cat} | {int(m['questions'])} | " + " | ".join(cells) + " |")
    for name, recs in records.items():
        failed = [r for r in recs if not _passed(r)]
        lines += ["", f"## Failed questions: {name} ({len(failed)})", ""]
        for r in failed:
            expected = " / ".join(r["fact"]["answers"]) or "(abstain)"
            got = "(abstained)" if not r["result"]["answerable"] else r["result"]["answer"][:300]
            lines.append(
                f"- **{r['fact']['id']}** {r['fact']['question']}  \n  expected: {expected} in "
                f"{', '.join(r['fact']['sources']) or 'no article'}  \n  got: {got}"
            )
    (out / "report.md").write_text("\n".join(lines) + "\n")


def _passed(r: dict[str, Any]) -> bool:
    v = r["verdict"]
    return bool(v["correct"]) if v["answerable_fact"] else bool(v["abstained"])


def _chart(path: Path, results: dict[str, dict[str, float]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(results)
    fig, (ax, lat) = plt.subplots(1, 2, figsize=(14, 5), gridspec_kw={"width_ratios": [4, 1]})
    width = 0.8 / len(names)
    for i, n in enumerate(names):
        xs = [j + i * width for j in range(len(CHART_METRICS))]
        ax.bar(xs, [results[n][m] for m in CHART_METRICS], width, label=n)
        lat.bar([i], [results[n]["latency_p50_ms"]], 0.6, label=n)
    ax.set_xticks([j + width * (len(names) - 1) / 2 for j in range(len(CHART_METRICS))])
    ax.set_xticklabels(CHART_METRICS, rotation=30, ha="right")
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("score (higher is better)")
    ax.set_title("Quality by configuration")
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.28), ncol=min(len(names), 6))
    ax.grid(axis="y", alpha=0.3)
    lat.set_xticks(range(len(names)))
    lat.set_xticklabels(names, rotation=30, ha="right", fontsize=8)
    lat.set_ylabel("ms")
    lat.set_title("Latency p50")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _gates(specs: Sequence[str], metrics: dict[str, float]) -> list[str]:
    failures = []
    for spec in specs:
        name, _, raw = spec.partition("=")
        if name not in metrics or not raw:
            raise InputError(f"cannot read gate {spec!r}; write METRIC=VALUE with METRIC one of {', '.join(METRICS)}.")
        if metrics[name] < float(raw):
            failures.append(f"{name} = {metrics[name]:.3f} is below {float(raw):.3f}")
    return failures


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="rag eval", description="Evaluate answers and retrieval on a fact set.")
    p.add_argument("--facts", type=Path, default=DEFAULT_FACTS, help="fact set (.jsonl), default eval/facts.jsonl")
    p.add_argument("--k", type=int, help="passages to retrieve (default: RAG_K or 5)")
    p.add_argument("--json", action="store_true", help="print one JSON object with every metric")
    p.add_argument(
        "--compare",
        nargs="+",
        default=[],
        metavar="CONFIG",
        help="more configs to run side by side: baseline, retrieval=dense, k=3, chunk_size=64, ...",
    )
    p.add_argument("--fail-under", nargs="+", default=[], metavar="METRIC=VALUE", help="exit 1 below these floors")
    p.add_argument("--corpus", type=Path, help="corpus folder (default: RAG_CORPUS_DIR or corpus/)")
    p.add_argument("--reports", type=Path, default=HERE / "reports", help="where report folders go")
    p.add_argument("--no-report", action="store_true", help="do not write a report folder")
    p.add_argument("--judge", action="store_true", help="add LLM-judged faithfulness (needs RAG_LLM_BASE_URL)")
    args = p.parse_args(argv)
    try:
        return _run(args)
    except RagError as e:
        print(f"Error: {e}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    facts = load_facts(args.facts)
    base = Settings.from_env(k=args.k, corpus_dir=args.corpus)
    configs = ["default", *[c for c in args.compare if c != "default"]]
    results: dict[str, dict[str, float]] = {}
    records: dict[str, list[dict[str, Any]]] = {}
    for name in configs:
        with tqdm(total=len(facts), desc=f"eval {name}", unit="q", file=sys.stderr, leave=False) as bar:
            records[name] = run_config(name, base, facts, bar.update)
        results[name] = summarise(records[name])
        if args.judge:
            from eval.judge import faithfulness

            results[name]["faithfulness"] = faithfulness(records[name], base)
    out = None
    if not args.no_report:
        out = args.reports / dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        _write_report(out, results, records, args.facts)
    failures = _gates(args.fail_under, results["default"])
    if args.json:
        payload: dict[str, Any] = dict(results["default"])
        payload["by_category"] = _by_category(records["default"])
        payload["configs"] = results
        payload["report_dir"] = str(out) if out else None
        payload["gate_failures"] = failures
        print(json.dumps(payload, indent=1))
    else:
        print(_table(results))
        if out:
            print(f"\nReport: {out / 'report.md'}")
    for f in failures:
        print(f"Gate failed: {f}", file=sys.stderr)
    return 1 if failures else 0
