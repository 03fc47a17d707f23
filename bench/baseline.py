"""Our pipeline against plain llama-index defaults on the eval fact set, in one run, as ratios.

    python bench/baseline.py [--facts eval/facts.jsonl]

The baseline is `eval/baseline.py`: `VectorStoreIndex.from_documents` on the raw files
with default settings (1024-token chunks, top-2), the same Chroma and the same MiniLM
embedder; its answer is its top passage and it never abstains. Latency is the warm time
per question (ours: retrieval + answer; baseline: retrieval).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.metrics import METRICS, summarise  # noqa: E402
from eval.run import DEFAULT_FACTS, load_facts, run_config  # noqa: E402
from rag.config import Settings  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser(description="ours vs plain llama-index on the fact set")
    p.add_argument("--facts", type=Path, default=DEFAULT_FACTS)
    args = p.parse_args()
    facts = load_facts(args.facts)
    base = Settings.from_env(env={}, data_dir=Path(tempfile.mkdtemp(prefix="rag-bench-baseline-")))
    run_config("default", base, facts[:3])  # warm both: index built, model loaded
    ours = summarise(run_config("default", base, facts))
    theirs = summarise(run_config("baseline", base, facts))
    print(f"{len(facts)} questions from {args.facts}\n")
    print(f"{'metric':<20} {'ours':>10} {'baseline':>10} {'ours/baseline':>14}")
    for m in METRICS:
        ratio = f"{ours[m] / theirs[m]:.2f}x" if theirs[m] else "n/a (0)"
        print(f"{m:<20} {ours[m]:>10.3f} {theirs[m]:>10.3f} {ratio:>14}")


if __name__ == "__main__":
    main()
