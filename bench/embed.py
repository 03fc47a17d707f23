"""Embedding throughput: batched against one text at a time, on the corpus's own sentences and chunks.

    python bench/embed.py [--device cpu|cuda]

`--device cuda` needs onnxruntime-gpu and a GPU (none on the default machine); the default
stays CPU, int8 ONNX, no torch.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.chunk import split_chunks, split_sentences  # noqa: E402
from rag.embed import get_encoder  # noqa: E402
from rag.load import find_articles, load_article  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser(description="embedding throughput")
    p.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    args = p.parse_args()
    enc = get_encoder()
    if args.device == "cuda":
        import onnxruntime as ort

        if "CUDAExecutionProvider" not in ort.get_available_providers():
            sys.exit("Error: no CUDA provider; install onnxruntime-gpu on a machine with a GPU, or use --device cpu.")
        enc.session.set_providers(["CUDAExecutionProvider"])
    docs = [load_article(p, p.name) for p in find_articles(ROOT / "corpus")]
    sets = {
        "sentences": [s.text for d in docs for s in split_sentences(d)] * 4,
        "chunks (128 pieces)": [c.text for d in docs for c in split_chunks(d, enc.tokenize, 128, 24)] * 4,
    }
    print(f"{'texts':<22} {'n':>5} {'one at a time /s':>17} {'batch 32 /s':>12} {'speed-up':>9}")
    for name, texts in sets.items():
        enc.encode(texts[:8])
        t0 = time.perf_counter()
        for t in texts:
            enc.encode([t])
        single = len(texts) / (time.perf_counter() - t0)
        t0 = time.perf_counter()
        enc.encode(texts, 32)
        batched = len(texts) / (time.perf_counter() - t0)
        print(f"{name:<22} {len(texts):>5} {single:>17.1f} {batched:>12.1f} {batched / single:>8.2f}x")


if __name__ == "__main__":
    main()
