"""How retrieval grows from 1k to 100k chunks. Prints a table and ratios; asserts nothing.

    python bench/scale.py [--sizes 1000 10000 100000] [--questions 200]

Each size runs in its own process (so peak memory is that size's own) on a fresh embedded
Chroma. The corpus is synthesised from the real articles' sentences: names, numbers,
years and months are swapped for generated ones, two sentences per chunk. Among them
sit planted facts with a known answer, one per synthetic article sampled for questions:
"{Name}, the {role} of {org}, said on {weekday} that {n} {items} would reach {city}." and
the question "How many {items} did {Name} say would reach {city}?".

Measured: ingest throughput (embed + write, chunks/s), index size on disk, warm hybrid
retrieval latency p50/p95, peak memory (max RSS), and hit@5 of the planted chunk. The
chunker and the sentence index are not exercised here: chunks are built directly.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = (
    "Amir Layla Karim Nadia Omar Sara Yusuf Hana Tariq Mina Jalal Rana Sami Dina Fadi Noor Bilal Zara Rami Salma"
).split()
LAST = (
    "Haddad Karimi Nasser Rahimi Saleh Jaber Tehrani Bakr Mansour Qasemi Farah Azimi Yazdi Hamdan Khalil Najafi"
).split()
CITIES = ("Basra Mosul Erbil Najaf Karbala Kirkuk Tabriz Shiraz Isfahan Mashhad Ahvaz Qom Sulaymaniyah Hilla").split()
ROLES = "minister adviser commander spokesman director governor envoy chief".split()
ORGS = [
    "the Port Authority",
    "the Water Council",
    "the Border Agency",
    "the Grain Board",
    "the Rail Company",
    "the Power Ministry",
]
ITEMS = "trucks generators pumps turbines ambulances containers tractors cranes".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October November December".split()
NAME = re.compile(r"\b(Hatami|Shamkhani|Baqeri|Salih|Saadoun|Soleimani|Assad|Salman|al-Alak|Al-Shammari|Kadhimi)\b")


def real_sentences() -> list[str]:
    from rag.chunk import split_sentences
    from rag.load import find_articles, load_article

    out = []
    for p in find_articles(ROOT / "corpus"):
        out += [s.text for s in split_sentences(load_article(p, p.name)) if len(s.text) > 60]
    return out


def vary(sentence: str, rng: random.Random) -> str:
    s = NAME.sub(lambda m: rng.choice(LAST), sentence)
    s = re.sub(r"\b(19|20)\d\d\b", lambda m: str(rng.randint(1990, 2030)), s)
    s = re.sub(r"\b\d{1,2}\b", lambda m: str(rng.randint(1, 28)), s)
    return re.sub("|".join(MONTHS), lambda m: rng.choice(MONTHS), s)


def build(n_chunks: int, n_questions: int, seed: int = 7) -> tuple[list[str], list[tuple[str, int]]]:
    rng = random.Random(seed)
    base = real_sentences()
    chunks = [" ".join(vary(rng.choice(base), rng) for _ in range(2)) for _ in range(n_chunks)]
    questions = []
    for i, at in enumerate(rng.sample(range(n_chunks), min(n_questions, n_chunks))):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}-{i}"
        city, item, n = rng.choice(CITIES), rng.choice(ITEMS), rng.randint(2, 900)
        fact = (
            f"{name}, the {rng.choice(ROLES)} of {rng.choice(ORGS)}, said on {rng.choice(DAYS)} that {n} "
            f"{item} would reach {city}."
        )
        chunks[at] = f"{fact} {vary(rng.choice(base), rng)}"
        questions.append((f"How many {item} did {name} say would reach {city}?", at))
    return chunks, questions


def run_one(n: int, n_questions: int) -> dict[str, float]:

    from rag.config import Settings
    from rag.embed import get_encoder
    from rag.retrieve import Retriever
    from rag.store import open_store
    from rag.types import content_id

    chunks, questions = build(n, n_questions)
    data = Path(tempfile.mkdtemp(prefix=f"rag-scale-{n}-"))
    settings = Settings.from_env(env={}, data_dir=data, collection="scale")
    store = open_store(settings)
    enc = get_encoder()
    ids = [content_id("synthetic", str(i), c) for i, c in enumerate(chunks)]
    t0 = time.perf_counter()
    for b in range(0, n, 512):
        part = chunks[b : b + 512]
        vecs = enc.encode(part, 64)
        metas = [
            {
                "source": f"syn-{b + i}.txt",
                "start": 0,
                "end": len(c),
                "title": "",
                "date": "",
                "outlet": "",
                "date_int": 0,
            }
            for i, c in enumerate(part)
        ]
        store.upsert(store.chunks, ids[b : b + 512], vecs, part, metas)
    ingest_s = time.perf_counter() - t0
    retriever = Retriever(store, settings)
    t0 = time.perf_counter()
    retriever.bm25()
    bm25_s = time.perf_counter() - t0
    lat, hits = [], 0
    for q, at in questions:
        t0 = time.perf_counter()
        got = retriever.retrieve(q, enc.encode([q])[0], k=5)
        lat.append((time.perf_counter() - t0) * 1000)
        hits += any(h.unit.id == ids[at] for h in got)
    size = sum(p.stat().st_size for p in data.rglob("*") if p.is_file())
    lat.sort()
    return {
        "chunks": n,
        "ingest_chunks_per_s": n / ingest_s,
        "bm25_build_s": bm25_s,
        "index_mb": size / 2**20,
        "query_p50_ms": statistics.median(lat),
        "query_p95_ms": lat[int(0.95 * (len(lat) - 1))],
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "hit@5": hits / len(questions),
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    p.add_argument("--questions", type=int, default=200)
    p.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.questions)))
        return
    rows = []
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--questions", str(args.questions)],
            capture_output=True,
            text=True,
        )
        if out.returncode:
            sys.exit(f"the {n}-chunk run failed:\n{out.stderr[-3000:]}")
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(f"done {n} chunks", file=sys.stderr)
    cols = [
        "chunks",
        "ingest_chunks_per_s",
        "bm25_build_s",
        "index_mb",
        "query_p50_ms",
        "query_p95_ms",
        "peak_rss_mb",
        "hit@5",
    ]
    print(" | ".join(f"{c:>19}" for c in cols))
    for r in rows:
        print(" | ".join(f"{r[c]:>19.3f}" if isinstance(r[c], float) else f"{r[c]:>19}" for c in cols))
    first = rows[0]
    print(f"\nratios against {first['chunks']} chunks:")
    for r in rows[1:]:
        print(f"  {r['chunks']:>7} chunks: " + ", ".join(f"{c} x{r[c] / first[c]:.2f}" for c in cols[1:] if first[c]))


if __name__ == "__main__":
    main()
