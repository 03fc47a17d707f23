"""Server mode: `RAG_CHROMA_URL` points at a real `chroma run` on loopback instead of the embedded store."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from rag import Settings, answer, corpus_text, ingest
from rag.errors import StoreError
from tests.conftest import background, free_port, run_cli

CHROMA = Path(sys.executable).with_name("chroma")
pytestmark = pytest.mark.skipif(not CHROMA.exists() and not shutil.which("chroma"), reason="chroma CLI not installed")


@contextmanager
def chroma_server(path: Path, port: int) -> Iterator[str]:
    cmd = [
        str(CHROMA) if CHROMA.exists() else "chroma",
        "run",
        "--path",
        str(path),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    with background(cmd, f"http://127.0.0.1:{port}/api/v2/heartbeat", path.parent / f"chroma-{port}.log", timeout=60):
        yield f"http://127.0.0.1:{port}"


def test_ingest_and_ask_through_a_chroma_server_and_survive_its_restart(tmp_path: Path) -> None:
    port = free_port()
    with chroma_server(tmp_path / "server-data", port) as url:
        s = Settings.from_env(env={}, chroma_url=url, data_dir=tmp_path / "local")
        report = ingest(settings=s)
        assert len(report.added) == 5
        assert ingest(settings=s).embedded == 0  # the server is asked, not a local manifest
        a = answer("Which news agency reported Salih saying that Iraq is an independent country?", s)
        assert a.answerable and "Tasnim" in a.text and a.citations[0].source == "002_74a40bdd0df97d7e.txt"
        c = a.citations[0]
        assert corpus_text(c.source, s)[c.start : c.end] == c.quote
        assert not (tmp_path / "local" / "chroma.sqlite3").exists()  # nothing was stored locally

    # the server is gone: a clear error, not a traceback
    with pytest.raises(StoreError):
        answer("Who is the head of Iraq's military intelligence?", s)
    r = run_cli(
        "ask",
        "Who is the head of Iraq's military intelligence?",
        env={"RAG_CHROMA_URL": url, "RAG_DATA_DIR": str(tmp_path / "local")},
    )
    assert r.returncode == 1 and r.stderr.startswith("Error: ") and "Traceback" not in r.stderr
    assert "Chroma server" in r.stderr or "RAG_CHROMA_URL" in r.stderr

    # it comes back on the same data: answers work again in the same process
    with chroma_server(tmp_path / "server-data", port):
        a = answer("Who is the head of Iraq's military intelligence?", s)
        assert a.answerable and "al-Alak" in a.text
