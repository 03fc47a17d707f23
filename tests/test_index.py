"""Ingest into real Chroma: offsets exact, idempotent, incremental, resumable."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from rag import Settings, corpus_text, ingest
from rag.embed import get_encoder
from rag.store import open_store
from rag.types import content_id
from tests.conftest import CORPUS, SOURCES, run_cli


def test_every_stored_unit_slices_its_article_exactly(settings: Settings) -> None:
    store = open_store(settings)
    assert sorted(store.doc_records()) == SOURCES
    texts = {s: corpus_text(s, settings) for s in SOURCES}
    for coll in (store.chunks, store.sents):
        got = coll.get(include=["documents", "metadatas"])
        assert got["ids"]
        for doc, meta in zip(got["documents"], got["metadatas"], strict=True):
            assert texts[meta["source"]][meta["start"] : meta["end"]] == doc


def test_chunks_fit_the_embedder_and_cover_the_text(settings: Settings) -> None:
    enc = get_encoder()
    store = open_store(settings)
    chunks = store.all_chunks()
    assert max(enc.count_tokens(u.text) for u in chunks) <= settings.chunk_size
    for src in SOURCES:
        text = corpus_text(src, settings)
        covered = set()
        for u in (u for u in chunks if u.source == src):
            covered.update(range(u.start, u.end))
        missing = [i for i in range(len(text)) if i not in covered and not text[i].isspace()]
        assert not missing, (src, text[missing[0] : missing[0] + 40])


def test_ids_are_content_hashes() -> None:
    assert content_id("a", "b") == content_id("a", "b") != content_id("ab")
    assert len(content_id("x")) == 16


def test_rerun_on_unchanged_corpus_embeds_nothing_and_is_fast(settings: Settings) -> None:
    t0 = time.perf_counter()
    report = ingest(settings=settings)
    assert report.embedded == 0 and report.unchanged == 5 and not report.added
    assert time.perf_counter() - t0 < 2.0


def test_rerun_from_the_command_line_is_under_two_seconds(settings: Settings) -> None:
    env = {"RAG_DATA_DIR": str(settings.data_dir), "RAG_CORPUS_DIR": str(settings.corpus_dir)}
    t0 = time.perf_counter()
    r = run_cli("ingest", env=env)
    elapsed = time.perf_counter() - t0
    assert r.returncode == 0, r.stderr
    assert "5 unchanged; 0 texts embedded" in r.stdout
    assert elapsed < 2.0, elapsed


def test_changed_and_deleted_files(corpus_copy: Path, tmp_path: Path) -> None:
    s = Settings.from_env(env={}, corpus_dir=corpus_copy, data_dir=tmp_path / "index")
    first = ingest(settings=s)
    assert len(first.added) == 5 and first.embedded > 0
    store = open_store(s)
    before = store.chunks.count()

    changed = corpus_copy / "001_f827c2b710232763.txt"
    changed.write_text(changed.read_text() + "\n\nIn a new paragraph, officials announced a joint naval exercise.\n")
    (corpus_copy / "000_016d6dad66e0669f.txt").unlink()
    second = ingest(settings=s)
    assert second.updated == ["001_f827c2b710232763.txt"] and second.removed == ["000_016d6dad66e0669f.txt"]
    assert second.unchanged == 3
    assert 0 < second.embedded < first.embedded / 4  # only the changed article's new text
    assert "joint naval exercise" in corpus_text("001_f827c2b710232763.txt", s)
    assert not store.chunks.get(where={"source": "000_016d6dad66e0669f.txt"})["ids"]
    assert not store.sents.get(where={"source": "000_016d6dad66e0669f.txt"})["ids"]
    assert store.chunks.count() < before
    # no orphans: every stored chunk belongs to a committed article
    sources = {m["source"] for m in store.chunks.get(include=["metadatas"])["metadatas"]}
    assert sources == set(store.doc_records())


def test_bad_file_is_skipped_with_a_warning_and_the_rest_ingested(corpus_copy: Path, tmp_path: Path) -> None:
    (corpus_copy / "broken.txt").write_bytes(b"\x00\x01\x02binary" * 100)
    (corpus_copy / "notes.pdf").write_bytes(b"%PDF-1.4")  # not an article type: ignored
    s = Settings.from_env(env={}, corpus_dir=corpus_copy, data_dir=tmp_path / "index")
    report = ingest(settings=s)
    assert len(report.added) == 5
    assert [k.source for k in report.skipped] == ["broken.txt"]
    assert "looks binary" in report.skipped[0].reason
    r = run_cli("ingest", str(corpus_copy), env={"RAG_DATA_DIR": str(tmp_path / "index2")})
    assert r.returncode == 0
    assert "Warning: skipped broken.txt: looks binary" in r.stderr and "5 added" in r.stdout


def test_ingest_path_becomes_the_corpus(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "note.md").write_text("# Harbour opening\n\nThe port of Umm Qasr reopened on 3 May 2021 after repairs.\n")
    env = {"RAG_DATA_DIR": str(tmp_path / "index")}
    assert run_cli("ingest", str(other), env=env).returncode == 0
    r = run_cli("ask", "--json", "When did the port of Umm Qasr reopen?", env=env)
    assert r.returncode == 0, r.stderr
    assert '"source": "note.md"' in r.stdout and "3 May 2021" in r.stdout


def test_new_cleaning_rules_reindex_unchanged_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An index written before the cleaning or sentence rules changed is rebuilt from the
    same files, so no article keeps text cleaned the old way."""
    import rag.index

    s = Settings.from_env(env={}, corpus_dir=CORPUS, data_dir=tmp_path / "index")
    assert len(ingest(settings=s).added) == 5
    monkeypatch.setattr(rag.index, "TEXT_VERSION", rag.index.TEXT_VERSION + 1)
    again = ingest(settings=s)
    assert len(again.updated) == 5 and again.unchanged == 0
    assert ingest(settings=s).unchanged == 5


def test_new_cleaning_rules_rewrite_the_metadata_of_unchanged_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the loader comes to read another date or outlet for an article whose text is the
    same, the stored chunks and sentences (the same ids, so nothing is embedded) carry the new
    ones, not the old."""
    import rag.index
    import rag.load

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Ferry line opens\n\nThe new ferry line opened on Monday, the port said.\n\n© 2023 The Harbour Post\n"
    )
    s = Settings.from_env(env={}, corpus_dir=corpus, data_dir=tmp_path / "index")
    ingest(settings=s)
    store = open_store(s)
    assert {u.meta["outlet"] for u in store.sentences_of(["a.txt"])} == {"The Harbour Post"}

    real = rag.load.load_article
    monkeypatch.setattr(rag.index, "load_article", lambda *a, **k: replace(real(*a, **k), outlet="Harbour Post"))
    monkeypatch.setattr(rag.index, "TEXT_VERSION", rag.index.TEXT_VERSION + 1)
    report = ingest(settings=s)
    assert report.updated == ["a.txt"] and report.embedded == 0
    store = open_store(s)
    assert {u.meta["outlet"] for u in store.sentences_of(["a.txt"])} == {"Harbour Post"}
    assert {u.meta["outlet"] for u in store.all_chunks()} == {"Harbour Post"}
