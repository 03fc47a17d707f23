"""Keep the index in step with a corpus folder: `ingest()`.

Incremental and idempotent: an unchanged file costs one hash; a changed file embeds only
the chunks and sentences whose text is new, then its old ones are deleted; a file gone
from the folder loses its records. Each article is committed by writing its record in
the docs collection last, so a killed run resumes where it stopped and nothing stored is
embedded twice. A manifest next to the index lets an unchanged corpus skip opening
Chroma at all (< 0.5 s). Unreadable files are skipped with a warning naming the reason.

It does not answer questions (see qa.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rag.config import Settings
from rag.errors import UnreadableFileError
from rag.load import Skipped, find_articles, load_article
from rag.types import Document

__all__ = ["IngestReport", "Progress", "ingest", "signature"]

Progress = Callable[[str, int, int], None]  # (what, done, total)

MODEL_ID = "all-MiniLM-L6-v2-int8"
TEXT_VERSION = 47  # of cleaning (load.py) and sentence splitting (chunk.py): bump when they change


@dataclass
class IngestReport:
    """What one `ingest` run did. `skipped` lists files left out, with the reason."""

    folder: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    embedded: int = 0  # chunks + sentences embedded in this run
    chunks: int = 0  # chunks written in this run
    seconds: float = 0.0

    def summary(self) -> str:
        parts = [
            f"{len(self.added)} added",
            f"{len(self.updated)} updated",
            f"{len(self.removed)} removed",
            f"{self.unchanged} unchanged",
        ]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return f"{', '.join(parts)}; {self.embedded} texts embedded in {self.seconds:.2f} s"


def signature(settings: Settings) -> str:
    """What the stored units depend on besides the file: change it and everything re-ingests."""
    return f"{MODEL_ID}/t{TEXT_VERSION}/c{settings.chunk_size}/o{settings.chunk_overlap}/clean={int(settings.clean)}"


def _file_sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _manifest_path(settings: Settings) -> Path:
    return settings.data_dir / f"{settings.collection}.manifest.json"


def _read_manifest(settings: Settings) -> dict[str, Any] | None:
    if settings.chroma_url:  # another machine may write the server: always ask it
        return None
    try:
        data = json.loads(_manifest_path(settings).read_text())
        return data if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None


def _write_manifest(settings: Settings, files: dict[str, str]) -> None:
    path = _manifest_path(settings)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"signature": signature(settings), "files": files}, indent=1))
    os.replace(tmp, path)  # atomic: a crash leaves the old manifest or the new one


def ingest(
    path: str | Path | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
    prune: bool = True,
    store: Any = None,
    force: bool = False,
) -> IngestReport:
    """Make the index mirror the articles under `path` (default: `settings.corpus_dir`).

    With `prune=False`, files are added or updated but nothing else is removed. Pass the
    `store` of a running engine so its caches see the change. `force` checks every file
    against the store even when the manifest says nothing changed.
    """
    settings = settings or Settings.from_env()
    folder = Path(path) if path is not None else settings.corpus_dir
    t0 = time.perf_counter()
    report = IngestReport(folder=str(folder))
    paths = {p.relative_to(folder).as_posix(): p for p in find_articles(folder)}
    shas = {src: _file_sha(p) for src, p in paths.items()}

    manifest = _read_manifest(settings) if not force else None
    if prune and manifest and manifest.get("signature") == signature(settings) and manifest.get("files") == shas:
        report.unchanged = len(shas)
        report.seconds = time.perf_counter() - t0
        return report

    from rag.store import open_store

    store = store or open_store(settings)
    with store.write_lock():
        _manifest_path(settings).unlink(missing_ok=True)  # stale from here until we finish
        stored = store.doc_records()
        sig = signature(settings)
        if prune:
            for src in sorted(set(stored) - set(paths)):
                store.delete_source(src)
                report.removed.append(src)
        todo: list[Document] = []
        for src, p in paths.items():
            rec = stored.get(src)
            if rec and rec.get("file_sha") == shas[src] and rec.get("signature") == sig:
                report.unchanged += 1
                continue
            try:
                todo.append(load_article(p, src, clean=settings.clean))
            except UnreadableFileError as e:
                report.skipped.append(Skipped(src, str(e)))
                if src in stored:  # it was readable once; do not answer from a stale copy
                    store.delete_source(src)
                    report.removed.append(src)
        for i, doc in enumerate(todo):
            _write_document(store, settings, doc, report)
            (report.updated if doc.source in stored else report.added).append(doc.source)
            if progress:
                progress("articles", i + 1, len(todo))
        committed = {s: h for s, h in shas.items() if h and s not in {k.source for k in report.skipped}}
        if prune and not report.skipped:
            _write_manifest(settings, committed)
    report.seconds = time.perf_counter() - t0
    return report


def _write_document(store: Any, settings: Settings, doc: Document, report: IngestReport) -> None:
    from rag.chunk import split_chunks, split_sentences
    from rag.embed import get_encoder

    enc = get_encoder(settings.embed_threads)
    chunks = split_chunks(doc, enc.tokenize, settings.chunk_size, settings.chunk_overlap)
    sents = split_sentences(doc)
    base = {
        "source": doc.source,
        "title": doc.title,
        "date": doc.date or "",
        "outlet": doc.outlet or "",
        "author": doc.author or "",
        "date_int": int(doc.date.replace("-", "")) if doc.date else 0,
    }
    for coll, units in ((store.chunks, chunks), (store.sents, sents)):
        ids = [u.id for u in units]
        have = store.existing_ids(coll, ids)
        new = [u for u in units if u.id not in have]
        if new:
            vecs = enc.encode([u.text for u in new], settings.embed_batch_size)
            metas = [dict(base, start=u.start, end=u.end) for u in new]
            store.upsert(coll, [u.id for u in new], vecs, [u.text for u in new], metas)
            report.embedded += len(new)
        kept = [u for u in units if u.id in have]
        if kept:  # the same text, but the loader may now read another title, date or outlet for it
            store.set_metadata(coll, [u.id for u in kept], [dict(base, start=u.start, end=u.end) for u in kept])
        stale = store.ids_of_source(coll, doc.source) - set(ids)
        if stale:
            store.delete_ids(coll, sorted(stale))
    report.chunks += len(chunks)
    title_vec = enc.encode([doc.title])
    meta = dict(base, file_sha=doc.file_sha, signature=signature(settings), chunks=len(chunks))
    store.upsert(store.docs, [doc.source], title_vec, [doc.text], [meta])  # the commit marker
