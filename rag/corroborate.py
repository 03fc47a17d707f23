"""Cross-article corroboration: which other articles carry a near-duplicate of a cited sentence.

Two sentences corroborate each other when they are close in meaning (MiniLM cosine at
least 0.55) and share most of their rarer words (IDF-weighted overlap, over the shorter of
the two, at least 0.45). Neither signal alone separates "the same reported fact" from
"same topic" on this corpus (cosine ranks an unrelated headline pair at 0.79); together
they flagged the 003/004 reports of the Tehran meeting (Shamkhani's talks, the document
"signed in the near future", the "conspiracies" quote) and nothing unrelated.
It does not merge or hide anything; it only annotates citations.
"""

from __future__ import annotations

from collections.abc import Sequence

from rag.store import Store, Unit
from rag.text import TermStats, terms

__all__ = ["MIN_COSINE", "MIN_OVERLAP", "corroborating", "labels", "overlap"]

MIN_COSINE = 0.55
MIN_OVERLAP = 0.45


def overlap(a: str, b: str, stats: TermStats) -> float:
    """IDF-weighted share of the shorter sentence's terms found in the other."""
    ta = {t: stats.idf(t) for t in set(terms(a))}
    tb = {t: stats.idf(t) for t in set(terms(b))}
    if not ta or not tb:
        return 0.0
    shared = sum(w for t, w in ta.items() if t in tb)
    return shared / min(sum(ta.values()), sum(tb.values()))


def corroborating(unit: Unit, store: Store, stats: TermStats, n: int = 8) -> list[Unit]:
    """Sentences of other articles that report what `unit` says, most similar first."""
    if unit.vector is None:
        return []
    found: dict[str, Unit] = {}
    for s in store.query_sentences(unit.vector, n, exclude_source=unit.source):
        cos = 1.0 - float(s.distance or 1.0)
        if cos >= MIN_COSINE and overlap(unit.text, s.text, stats) >= MIN_OVERLAP:
            found.setdefault(s.source, s)
    return list(found.values())


def labels(units: Sequence[Unit]) -> tuple[str, ...]:
    """ "RT (004_….txt)" or just the file name when the outlet is unknown."""
    return tuple(f"{u.meta['outlet']} ({u.source})" if u.meta.get("outlet") else u.source for u in units)
