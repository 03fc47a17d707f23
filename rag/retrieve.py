"""Find the top-k chunks for a question: dense (Chroma), BM25 (bm25s), or both fused.

Hybrid fuses the two rankings by reciprocal rank (score = sum of 1 / (60 + rank)):
news questions reuse the article's own names, where BM25 is strong, and paraphrase,
where dense is. The BM25 index is built in memory from the stored chunks and rebuilt
when the engine sees the store change. Date filters use the `date_int` (YYYYMMDD) chunk metadata.

Near-duplicate chunks (80% of word 3-shingles shared) are shown once, so the top k are k
distinct pieces of evidence. It does not pick sentences or write answers (see extract.py).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

import numpy as np

from rag.config import Settings
from rag.coref import role_aliases
from rag.store import Store, Unit
from rag.text import terms

__all__ = ["BM25_FLOOR", "Hit", "Retriever", "RRF_K"]

RRF_K = 60  # the constant from Cormack et al. (2009); rank 1 weighs 1/61
BM25_FLOOR = 0.1  # BM25 hits scoring under this share of the best one are left out of the fusion


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its fused score and the ranks that produced it."""

    unit: Unit
    score: float
    dense: float | None = None  # cosine similarity, if dense search found it
    bm25: float | None = None  # BM25 score, if BM25 found it


class _BM25:
    def __init__(self, units: list[Unit]) -> None:
        import bm25s

        self.units = units
        self.model = bm25s.BM25()
        # The article's title goes with each chunk, and the names its role descriptions stand
        # for: a chunk that says "Hatami met..." belongs to "Iran's defence minister visits
        # Baghdad", and one that says "The Iraqi president also urged" is about Barham Salih.
        refers = _role_names(units)
        texts = [f"{u.meta.get('title', '')}\n{' '.join(refers.get(u.id, []))}\n{u.text}" for u in units]
        ids, self.vocab = _vocab_ids([terms(t) or ["_"] for t in texts])
        self.model.index((ids, self.vocab), show_progress=False)

    def search(self, query: str, n: int, keep: set[str] | None) -> list[tuple[Unit, float]]:
        q = [self.vocab[t] for t in terms(query, drop_question_words=True) if t in self.vocab]
        if not q or not self.units:
            return []
        scores = self.model.get_scores(q)
        order = np.argsort(-scores)
        out: list[tuple[Unit, float]] = []
        for i in order:
            if scores[i] <= 0 or len(out) >= n:
                break
            if keep is None or self.units[i].id in keep:
                out.append((self.units[i], float(scores[i])))
        return out


def _role_names(units: list[Unit]) -> dict[str, list[str]]:
    """Chunk id -> the names its "the president"-style descriptions refer back to."""
    by_source: dict[str, list[Unit]] = {}
    for u in units:
        by_source.setdefault(u.source, []).append(u)
    out: dict[str, list[str]] = {}
    for chunks in by_source.values():
        chunks.sort(key=lambda u: u.start)
        for u, names in zip(chunks, role_aliases(u.text for u in chunks), strict=True):
            out[u.id] = names
    return out


def _vocab_ids(corpus: list[list[str]]) -> tuple[list[list[int]], dict[str, int]]:
    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(t, len(vocab)) for t in doc] for doc in corpus]
    return ids, vocab


class Retriever:
    """Retrieval over one `Store`; keeps the BM25 index warm between questions."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._bm25: _BM25 | None = None

    def bm25(self) -> _BM25:
        if self._bm25 is None:
            self.refresh()
        assert self._bm25 is not None
        return self._bm25

    def refresh(self) -> None:
        """Rebuild the BM25 index from the stored chunks (after ingest)."""
        self._bm25 = _BM25(self.store.all_chunks())

    def retrieve(
        self,
        question: str,
        qvec: np.ndarray,
        k: int | None = None,
        since: str | None = None,
        until: str | None = None,
        sources: Collection[str] | None = None,
    ) -> list[Hit]:
        """The top k chunks, from the articles dated since..until and, if given, only `sources`."""
        k = k or self.settings.k
        where = _date_filter(since, until)
        if sources:
            named = {"source": {"$in": sorted(sources)}}
            where = {"$and": [*where["$and"], named]} if where else named
        mode = self.settings.retrieval
        pool = max(4 * k, 20)
        dense = self.store.query_chunks(qvec, pool, where) if mode != "bm25" else []
        keep = None
        if where:
            keep = {u.id for u in self.store.query_chunks(qvec, 10_000, where)}
        sparse = self.bm25().search(question, pool, keep) if mode != "dense" else []
        # Rank fusion ignores how far apart BM25 scores are: chunks that share only "Iran"
        # with "What did Iran's foreign ministry do?" would outvote the one that says
        # "foreign ministry". A match scoring under a tenth of the best is no match.
        sparse = [(u, s) for u, s in sparse if s >= BM25_FLOOR * sparse[0][1]] if sparse else []
        fused: dict[str, dict[str, Any]] = {}
        for rank, u in enumerate(dense):
            e = fused.setdefault(u.id, {"unit": u, "score": 0.0})
            e["score"] += self.settings.dense_weight / (RRF_K + rank + 1)
            e["dense"] = 1.0 - float(u.distance or 0.0)
        for rank, (u, s) in enumerate(sparse):
            e = fused.setdefault(u.id, {"unit": u, "score": 0.0})
            e["score"] += 1 / (RRF_K + rank + 1)
            e["bm25"] = s
        hits = sorted((Hit(**e) for e in fused.values()), key=lambda h: -h.score)
        return _diverse(hits, k)


def _shingles(text: str) -> set[tuple[str, ...]]:
    ws = terms(text)
    return {tuple(ws[i : i + 3]) for i in range(max(1, len(ws) - 2))}


def _diverse(hits: list[Hit], k: int, max_jaccard: float = 0.8) -> list[Hit]:
    """The best k hits, skipping any whose word 3-shingles are >= 80% those of a better hit:
    a wire story syndicated twice, or a file copied under two names, shows once."""
    kept: list[tuple[Hit, set[tuple[str, ...]]]] = []
    for h in hits:
        sh = _shingles(h.unit.text)
        if all(len(sh & other) / max(1, len(sh | other)) < max_jaccard for _, other in kept):
            kept.append((h, sh))
        if len(kept) == k:
            break
    return [h for h, _ in kept]


def _date_filter(since: str | None, until: str | None) -> dict[str, Any] | None:
    conds: list[dict[str, Any]] = []
    if since:
        conds.append({"date_int": {"$gte": int(since.replace("-", "")[:8].ljust(8, "0"))}})
    if until:
        conds.append({"date_int": {"$lte": int(until.replace("-", "")[:8].ljust(8, "9"))}})
    if conds:
        conds.append({"date_int": {"$gt": 0}})  # an undated article cannot match a date range
        return {"$and": conds}
    return None
