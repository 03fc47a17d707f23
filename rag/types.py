"""The data that flows through the pipeline, as frozen dataclasses.

Ids are content hashes, so the same text always gets the same id across runs
and machines. Rendering (CLI text, JSON, HTML) happens at the edges, never here,
except for `Answer.to_dict`, the one JSON shape every front end shares.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Document", "Chunk", "Sentence", "Citation", "Answer", "content_id"]


def content_id(*parts: str) -> str:
    """A stable 16-hex-digit id for some text (sha256 of the parts)."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class Document:
    """One cleaned article. `text` is what every offset in the index refers to."""

    source: str  # file name relative to the corpus folder, e.g. "002_74a40bdd0df97d7e.txt"
    title: str
    text: str
    date: str | None = None  # ISO "YYYY-MM-DD", only when the article states it
    outlet: str | None = None  # only when the article names it
    file_sha: str = ""  # sha256 of the raw file bytes: decides whether to re-ingest
    author: str | None = None  # the writer the page's metadata names (front matter, meta tag, JSON-LD)

    @property
    def id(self) -> str:
        return content_id(self.source, self.text)


@dataclass(frozen=True)
class Chunk:
    """A retrieval unit: `document.text[start:end] == text`."""

    source: str
    start: int
    end: int
    text: str

    _kind = "c"  # keeps a sentence's id apart from a chunk's with the same span

    @property
    def id(self) -> str:
        prefix = () if self._kind == "c" else (self._kind,)  # chunk ids predate the prefix
        return content_id(*prefix, self.source, str(self.start), self.text)


@dataclass(frozen=True)
class Sentence(Chunk):
    """A quotable unit inside a document: `document.text[start:end] == text`."""

    _kind = "s"


@dataclass(frozen=True)
class Citation:
    """Evidence for one claim: an exact quote and where it sits in its article."""

    n: int  # the number used in the answer's [n] marker
    source: str
    title: str
    date: str | None
    quote: str  # == corpus_text(source)[start:end]
    start: int
    end: int
    score: float  # relevance of the quote to the question, higher is better
    outlet: str | None = None
    also_in: tuple[str, ...] = ()  # other articles with a near-duplicate passage (corroboration)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "source": self.source,
            "title": self.title,
            "date": self.date,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Answer:
    """What `rag.answer` returns. With `answerable` false there are no citations."""

    question: str
    text: str
    answerable: bool
    citations: tuple[Citation, ...] = ()
    timing_ms: dict[str, float] = field(default_factory=dict, compare=False)
    mode: str = "extractive"
    notices: tuple[str, ...] = ()  # e.g. an LLM fallback, citations dropped

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "answerable": self.answerable,
            "citations": [c.to_dict() for c in self.citations],
            "timing_ms": {k: round(v, 2) for k, v in self.timing_ms.items()},
        }
