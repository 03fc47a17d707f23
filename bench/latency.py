"""Latency figures for the offline pipeline on this machine; prints a table, asserts nothing.

    python bench/latency.py

- cold `rag ask`: wall time of a new process answering one question on an existing index
- warm `answer()`: p50 / p95 over 50 questions from eval/facts.jsonl in one process
- ingest: seconds per chunk for a fresh index of the bundled corpus, and a no-change rerun
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag import Settings, answer, ingest  # noqa: E402


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def main() -> None:
    data = Path(tempfile.mkdtemp(prefix="rag-bench-"))
    s = Settings.from_env(env={}, data_dir=data)
    t0 = time.perf_counter()
    report = ingest(settings=s)
    fresh = time.perf_counter() - t0
    t0 = time.perf_counter()
    ingest(settings=s)
    rerun = time.perf_counter() - t0

    env = {"RAG_DATA_DIR": str(data), "PATH": str(Path(sys.executable).parent)}
    colds = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "rag", "ask", "Who did Shamkhani meet in Baghdad?"],
            env=env,
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        colds.append(time.perf_counter() - t0)

    facts = [json.loads(x) for x in (ROOT / "eval" / "facts.jsonl").read_text().splitlines()]
    questions = [f["question"] for f in facts][:50]
    answer(questions[0], s)  # warm up: load the model, BM25 and IDF once
    warm = []
    for q in questions:
        t0 = time.perf_counter()
        answer(q, s)
        warm.append((time.perf_counter() - t0) * 1000)

    rows = [
        ("cold `rag ask` (new process, existing index)", f"{statistics.median(colds):.2f} s", "target ≤ 5 s"),
        ("warm answer() p50 over 50 questions", f"{pct(warm, 50):.1f} ms", "target ≤ 100 ms"),
        ("warm answer() p95 over 50 questions", f"{pct(warm, 95):.1f} ms", ""),
        ("fresh ingest of the corpus", f"{fresh:.2f} s for {report.chunks} chunks, {report.embedded} texts", ""),
        ("ingest time per chunk (chunks + sentences embedded)", f"{fresh / max(report.chunks, 1) * 1000:.0f} ms", ""),
        ("re-ingest, nothing changed", f"{rerun * 1000:.1f} ms", "target < 2 s"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':<40}  note")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:<40}  {note}")


if __name__ == "__main__":
    main()
