"""All knobs in one typed, frozen object, each with a default, a description and an env var.

`Settings.from_env()` reads `RAG_*` variables over the defaults; no other module reads
`os.environ` for settings. This module also sets the three variables that keep the stack
offline (tiktoken's cache, onnxruntime and gradio telemetry) before anything imports them.
"""

from __future__ import annotations

import os
from dataclasses import MISSING, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from rag.errors import InputError

__all__ = ["Settings", "PROJECT_DIR", "offline_environment"]

PROJECT_DIR = Path(__file__).resolve().parent.parent


def offline_environment() -> None:
    """Point tiktoken at llama-index's bundled encodings and switch off telemetry."""
    if "TIKTOKEN_CACHE_DIR" not in os.environ:
        import importlib.util

        spec = importlib.util.find_spec("llama_index.core")
        if spec and spec.submodule_search_locations:
            cache = Path(list(spec.submodule_search_locations)[0]) / "_static" / "tiktoken_cache"
            os.environ["TIKTOKEN_CACHE_DIR"] = str(cache)
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")  # chromadb
    os.environ.setdefault("HF_HUB_OFFLINE", "1")


def _setting(default: Any, env: str, help: str) -> Any:
    return field(default=default, metadata={"env": env, "help": help})


@dataclass(frozen=True)
class Settings:
    """Every setting of the pipeline. Build with `Settings.from_env(k=3, ...)`."""

    corpus_dir: Path = _setting(PROJECT_DIR / "corpus", "RAG_CORPUS_DIR", "Folder of .txt/.md/.html articles to index.")
    data_dir: Path = _setting(
        PROJECT_DIR / ".rag-data", "RAG_DATA_DIR", "Where the Chroma index lives (created if missing)."
    )
    collection: str = _setting("news", "RAG_COLLECTION", "Chroma collection name prefix.")
    chroma_url: str | None = _setting(
        None, "RAG_CHROMA_URL", "http://host:port of a Chroma server; unset = embedded store."
    )
    k: int = _setting(5, "RAG_K", "How many passages to retrieve per question.")
    retrieval: str = _setting(
        "hybrid", "RAG_RETRIEVAL", "Passage retrieval: hybrid (BM25 + dense, fused), dense or bm25."
    )
    dense_weight: float = _setting(
        0.3, "RAG_DENSE_WEIGHT", "Weight of the dense ranking against BM25's (1.0) in hybrid fusion (eval-tuned)."
    )
    chunk_size: int = _setting(128, "RAG_CHUNK_SIZE", "Chunk size in MiniLM word pieces (the model reads at most 256).")
    chunk_overlap: int = _setting(24, "RAG_CHUNK_OVERLAP", "Overlap between chunks, in word pieces.")
    clean: bool = _setting(True, "RAG_CLEAN", "Strip web boilerplate at ingest (off only for baselines).")
    embed_batch_size: int = _setting(32, "RAG_EMBED_BATCH", "Texts per embedding batch.")
    embed_threads: int = _setting(0, "RAG_EMBED_THREADS", "onnxruntime threads; 0 = one per core.")
    mode: str = _setting("extractive", "RAG_MODE", "Answer mode: extractive (offline) or llm.")
    llm_base_url: str | None = _setting(
        None, "RAG_LLM_BASE_URL", "OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1."
    )
    llm_model: str = _setting("gpt-4o-mini", "RAG_LLM_MODEL", "Model name sent to the LLM server.")
    llm_api_key: str | None = _setting(
        None, "RAG_LLM_API_KEY", "API key for the LLM server (falls back to OPENAI_API_KEY)."
    )
    llm_timeout: float = _setting(30.0, "RAG_LLM_TIMEOUT", "Seconds to wait for the LLM before giving up.")
    llm_retries: int = _setting(2, "RAG_LLM_RETRIES", "Retries (with backoff) on connection errors, 429 and 5xx.")
    llm_fallback: bool = _setting(
        False, "RAG_LLM_FALLBACK", "When the LLM fails, answer offline with a notice instead of an error."
    )
    llm_context_window: int = _setting(4096, "RAG_LLM_CONTEXT", "The model's context window, in tokens.")
    llm_max_tokens: int = _setting(300, "RAG_LLM_MAX_TOKENS", "Tokens reserved for the answer.")
    max_question_chars: int = _setting(
        2000, "RAG_MAX_QUESTION_CHARS", "Longer questions are refused with a clear message."
    )

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then `RAG_*` environment variables, then keyword overrides."""
        env = dict(os.environ) if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            name = f.metadata["env"]
            if name in env and env[name] != "":
                values[f.name] = _parse(f.name, env[name], f.default)
        if "llm_api_key" not in values and env.get("OPENAI_API_KEY"):
            values["llm_api_key"] = env["OPENAI_API_KEY"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    def __post_init__(self) -> None:
        for name in ("corpus_dir", "data_dir"):
            object.__setattr__(self, name, Path(getattr(self, name)).expanduser())
        if self.k < 1:
            raise InputError(f"k must be at least 1 (got {self.k}); pass -k 5 or set RAG_K=5.")
        if self.retrieval not in ("hybrid", "dense", "bm25"):
            raise InputError(f"unknown retrieval {self.retrieval!r}; use hybrid, dense or bm25 (RAG_RETRIEVAL).")
        if self.mode not in ("extractive", "llm"):
            raise InputError(f"unknown mode {self.mode!r}; use extractive or llm (RAG_MODE).")
        if not 16 <= self.chunk_size <= 250:
            raise InputError(
                f"chunk_size {self.chunk_size} is out of range; MiniLM reads 256 word pieces, "
                "so use 16..250 (RAG_CHUNK_SIZE)."
            )

    @classmethod
    def describe(cls) -> list[tuple[str, str, str]]:
        """(field, env var, help) for every setting, for the README and `rag --help`."""
        return [(f.name, f.metadata["env"], f.metadata["help"]) for f in fields(cls)]


def _parse(name: str, raw: str, default: Any) -> Any:
    if default is MISSING or default is None or isinstance(default, (str, Path)):
        return raw
    try:
        if isinstance(default, bool):
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        return type(default)(raw)
    except ValueError:
        env = next(f.metadata["env"] for f in fields(Settings) if f.name == name)
        raise InputError(f"{env}={raw!r} is not a valid {type(default).__name__}; fix or unset it.") from None
