"""Chroma storage: three collections per index, embedded on disk or on a Chroma server.

    <name>          chunks: retrieval units, embedded, with source/offset/date metadata
    <name>-sents    sentences: quotable units, embedded once at ingest (not per question)
    <name>-docs     one record per article: cleaned text, title, date, outlet, author, file hash;
                    written last, so it is the commit marker of that article's ingest

Writes are upserts keyed by content hashes, so a rerun after a crash rewrites nothing
that is already there. This module knows nothing of files or questions.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import numpy as np

from rag.config import Settings, offline_environment
from rag.errors import RagError, StoreError, UnknownSourceError
from rag.types import Document

__all__ = ["Store", "Unit", "open_store"]

_WRITE_BATCH = 256
_READ_PAGE = 5000
F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Unit:
    """A stored chunk or sentence: its text, metadata and (if asked for) its vector."""

    id: str
    text: str
    meta: dict[str, Any]
    vector: np.ndarray | None = None
    distance: float | None = None

    @property
    def source(self) -> str:
        return str(self.meta["source"])

    @property
    def start(self) -> int:
        return int(self.meta["start"])

    @property
    def end(self) -> int:
        return int(self.meta["end"])

    @property
    def is_title(self) -> bool:
        """Is this its article's title line ("# Title" in Markdown too), or a teaser line that
        repeats its opening ("Prayer book returned" under "Prayer book returned after 40 years")?"""
        line, title = self.text.lstrip("# "), str(self.meta.get("title") or "")
        return line == title or (len(line.split()) >= 4 and title.startswith(line) and line[-1:].isalnum())


def _client(settings: Settings) -> Any:
    offline_environment()
    try:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        if settings.chroma_url:
            from urllib.parse import urlparse

            url = urlparse(settings.chroma_url)
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or 8000,
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.data_dir), settings=chroma_settings)
    except Exception as e:  # chromadb raises many kinds here; all mean the same to a user
        where = settings.chroma_url or settings.data_dir
        raise StoreError(
            f"cannot open the index at {where} ({type(e).__name__}: {e}); check that the folder is writable "
            "(or set RAG_DATA_DIR), that the Chroma server is running (RAG_CHROMA_URL), or, if the index is "
            "corrupt, move the folder aside and run `rag ingest` to rebuild it."
        ) from None


def _guarded(method: F) -> F:
    """Turn any failure of Chroma (a server gone, a disk error) into one StoreError that says what to do."""

    @functools.wraps(method)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except RagError:
            raise
        except Exception as e:  # chromadb, httpx and sqlite errors all mean the same to a user
            where = self.settings.chroma_url or self.settings.data_dir
            hint = (
                "is the Chroma server running (RAG_CHROMA_URL)?"
                if self.settings.chroma_url
                else ("is the folder writable and not corrupt (move it aside and run `rag ingest` to rebuild it)?")
            )
            raise StoreError(f"the index at {where} failed ({type(e).__name__}: {e}); {hint}") from None

    return cast(F, wrapper)


class Store:
    """The three collections of one index, and the few operations the pipeline needs."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        # Two processes creating the same new index at once race in Chroma's SQLite set-up (one
        # fails), so creating takes a lock of its own (not the writers': a long ingest would
        # starve it); an existing index opens freely.
        new = not settings.chroma_url and not (settings.data_dir / "chroma.sqlite3").exists()
        with _dir_lock(settings, "create") if new else contextlib.nullcontext():
            self.client = _client(settings)
            self._open_collections(settings.collection)
        self.generation = 0  # bumped on every write, so readers can drop caches

    def _open_collections(self, name: str) -> None:
        try:
            space = {"hnsw": {"space": "cosine"}}
            self.chunks = self.client.get_or_create_collection(name, embedding_function=None, configuration=space)
            self.sents = self.client.get_or_create_collection(
                f"{name}-sents", embedding_function=None, configuration=space
            )
            self.docs = self.client.get_or_create_collection(
                f"{name}-docs", embedding_function=None, configuration=space
            )
        except Exception as e:
            raise StoreError(
                f"cannot open collection {name!r} ({type(e).__name__}: {e}); use a name of 3-60 letters, "
                "digits, '-' or '_' (RAG_COLLECTION), or delete a corrupt index folder and run `rag ingest`."
            ) from None

    # --- reading -------------------------------------------------------------------

    @_guarded
    def count(self) -> int:
        """Committed articles."""
        return int(self.docs.count())

    @_guarded
    def chunk_count(self) -> int:
        return int(self.chunks.count())

    @_guarded
    def doc_records(self) -> dict[str, dict[str, Any]]:
        """source -> metadata of every committed article."""
        got = _get_all(self.docs, include=["metadatas"])
        return {i: dict(m or {}) for i, m in zip(got["ids"], got["metadatas"] or [], strict=True)}

    @_guarded
    def document(self, source: str) -> Document:
        got = self.docs.get(ids=[source], include=["documents", "metadatas"])
        if not got["ids"]:
            raise UnknownSourceError(
                f"{source!r} is not in the index; list the indexed articles with `rag sources` "
                "or add the file to the corpus and run `rag ingest`."
            )
        m = got["metadatas"][0]
        return Document(
            source=source,
            title=str(m.get("title") or source),
            text=got["documents"][0],
            date=m.get("date") or None,
            outlet=m.get("outlet") or None,
            file_sha=str(m.get("file_sha", "")),
            author=m.get("author") or None,
        )

    @_guarded
    def existing_ids(self, collection: Any, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for b in range(0, len(ids), _WRITE_BATCH):
            found.update(collection.get(ids=list(ids[b : b + _WRITE_BATCH]), include=[])["ids"])
        return found

    @_guarded
    def ids_of_source(self, collection: Any, source: str) -> set[str]:
        return set(_get_all(collection, where={"source": source}, include=[])["ids"])

    @_guarded
    def all_chunks(self) -> list[Unit]:
        got = _get_all(self.chunks, include=["documents", "metadatas"])
        return [Unit(i, d, dict(m)) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)]

    @_guarded
    def query_chunks(self, vector: np.ndarray, n: int, where: dict[str, Any] | None = None) -> list[Unit]:
        """The stored chunks nearest to `vector` (cosine distance in `Unit.distance`)."""
        return self._nearest(self.chunks, vector, n, where)

    @_guarded
    def query_sentences(self, vector: np.ndarray, n: int, exclude_source: str | None = None) -> list[Unit]:
        """The stored sentences nearest to `vector`, optionally outside one article."""
        return self._nearest(self.sents, vector, n, {"source": {"$ne": exclude_source}} if exclude_source else None)

    @staticmethod
    def _nearest(collection: Any, vector: np.ndarray, n: int, where: dict[str, Any] | None) -> list[Unit]:
        n = min(n, int(collection.count()))
        if n == 0:
            return []
        got = collection.query(
            query_embeddings=[vector.tolist()],
            n_results=n,
            where=where or None,
            include=["documents", "metadatas", "distances"],
        )
        return [
            Unit(i, d, dict(m), distance=float(dist))
            for i, d, m, dist in zip(
                got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0], strict=True
            )
        ]

    @_guarded
    def sentences_of(self, sources: Sequence[str]) -> list[Unit]:
        """Every sentence of these articles, with its vector."""
        if not sources:
            return []
        got = _get_all(
            self.sents, where={"source": {"$in": list(sources)}}, include=["documents", "metadatas", "embeddings"]
        )
        return [
            Unit(i, d, dict(m), vector=np.asarray(v, dtype=np.float32))
            for i, d, m, v in zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True)
        ]

    # --- writing -------------------------------------------------------------------

    @_guarded
    def upsert(
        self,
        collection: Any,
        ids: Sequence[str],
        vectors: np.ndarray,
        texts: Sequence[str],
        metas: Sequence[dict[str, Any]],
    ) -> None:
        for b in range(0, len(ids), _WRITE_BATCH):
            s = slice(b, b + _WRITE_BATCH)
            collection.upsert(
                ids=list(ids[s]),
                embeddings=vectors[s].tolist(),
                documents=list(texts[s]),
                metadatas=list(metas[s]),
            )
        self.generation += 1

    @_guarded
    def set_metadata(self, collection: Any, ids: Sequence[str], metas: Sequence[dict[str, Any]]) -> None:
        """Rewrite the metadata of stored units whose text (and so vector) is unchanged."""
        for b in range(0, len(ids), _WRITE_BATCH):
            collection.update(ids=list(ids[b : b + _WRITE_BATCH]), metadatas=list(metas[b : b + _WRITE_BATCH]))
        self.generation += 1

    @_guarded
    def delete_ids(self, collection: Any, ids: Sequence[str]) -> None:
        for b in range(0, len(ids), _WRITE_BATCH):
            collection.delete(ids=list(ids[b : b + _WRITE_BATCH]))
        self.generation += 1

    @_guarded
    def delete_source(self, source: str) -> None:
        """Remove an article: its record first (uncommit), then its chunks and sentences."""
        self.docs.delete(ids=[source])
        self.chunks.delete(where={"source": source})
        self.sents.delete(where={"source": source})
        self.generation += 1

    def write_lock(self, wait_s: float = 30.0) -> contextlib.AbstractContextManager[None]:
        """One writer at a time per data dir (an flock, released even if the process dies)."""
        return _dir_lock(self.settings, "write", wait_s)


@contextmanager
def _dir_lock(settings: Settings, purpose: str = "write", wait_s: float = 30.0) -> Iterator[None]:
    """An flock in the data dir, one per purpose ("write", "create"), waited for up to `wait_s`."""
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        name = f"{settings.collection}.lock" if purpose == "write" else f"{settings.collection}.{purpose}.lock"
        path = settings.data_dir / name
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise StoreError(
            f"cannot open the index at {settings.data_dir} ({e.strerror}); fix its permissions "
            "or point RAG_DATA_DIR at a writable folder."
        ) from None
    deadline = time.monotonic() + wait_s
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    busy = "another `rag ingest` is writing to" if purpose == "write" else "another process is creating"
                    raise StoreError(
                        f"{busy} {settings.data_dir} (lock {path.name}); wait for it to finish and run again."
                    ) from None
                time.sleep(0.2)
        yield
    finally:
        os.close(fd)  # closing releases the flock


def _get_all(collection: Any, **kw: Any) -> dict[str, list[Any]]:
    """`collection.get` in pages: one call for more than ~32k records fails in Chroma's
    SQLite backend ("too many SQL variables")."""
    out: dict[str, list[Any]] = {"ids": [], "documents": [], "metadatas": [], "embeddings": []}
    offset = 0
    while True:
        got = collection.get(limit=_READ_PAGE, offset=offset, **kw)
        for key in out:
            part = got.get(key)
            if part is not None:
                out[key].extend(part)
        offset += len(got["ids"])
        if len(got["ids"]) < _READ_PAGE:
            return out


def open_store(settings: Settings) -> Store:
    return Store(settings)
