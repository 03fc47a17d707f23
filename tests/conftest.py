"""Shared fixtures: the real corpus, the real embedder, real Chroma in temp dirs."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rag import Settings, ingest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SOURCES = sorted(p.name for p in CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The bundled corpus indexed once into a session-wide temp data dir."""
    s = Settings.from_env(env={}, corpus_dir=CORPUS, data_dir=tmp_path_factory.mktemp("index"))
    ingest(settings=s)
    return s


@pytest.fixture()
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the corpus, for tests that change files."""
    dst = tmp_path / "corpus"
    shutil.copytree(CORPUS, dst)
    return dst


def load_facts(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def run_cli(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """`rag ARGS` in a subprocess, as a user would run it."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "rag", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        timeout=timeout,
        cwd=ROOT,
    )


def normalise(text: str) -> str:
    return text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, timeout: float = 90.0, proc: subprocess.Popen[str] | None = None) -> None:
    """Poll `url` until it answers (any HTTP status), or fail with the server's output."""
    import time
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited early with code {proc.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


@contextlib.contextmanager
def background(
    cmd: list[str], ready_url: str, log_path: Path, env: dict[str, str] | None = None, timeout: float = 90.0
) -> Iterator[subprocess.Popen[str]]:
    """Run a server until the block ends; ready when `ready_url` answers. Output goes to a
    file, not a pipe: nobody reads it while the tests run, and a full pipe stalls a server."""
    log = log_path.open("a")
    proc = subprocess.Popen(
        cmd, env={**os.environ, **(env or {})}, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, text=True
    )
    try:
        wait_http(ready_url, timeout=timeout, proc=proc)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@contextlib.contextmanager
def running_ui(base: Path, **env: str) -> Iterator[str]:
    """A real `rag ui` on loopback over a writable copy of the corpus; yields its URL."""
    shutil.copytree(CORPUS, base / "corpus")
    port = free_port()
    env = {"RAG_CORPUS_DIR": str(base / "corpus"), "RAG_DATA_DIR": str(base / "index"), **env}
    url = f"http://127.0.0.1:{port}/"
    with background([sys.executable, "-m", "rag", "ui", "--port", str(port)], url, base / "ui.log", env):
        yield url


@pytest.fixture(scope="module")
def ui_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_ui(tmp_path_factory.mktemp("ui")) as url:
        yield url
