"""The baseline: plain llama-index defaults over the same Chroma and the same embedder.

`VectorStoreIndex.from_documents` on the raw files (no cleaning, default SentenceSplitter
of 1024 tokens, default top-2 retriever), stored in its own Chroma collection. With no LLM
its "answer" is the top retrieved passage, cited with llama-index's own offsets into the
raw file; it never abstains. Retrieval metrics use the same index with top-5, so hit@5 is
compared like for like. This is what a first llama-index tutorial would build.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding

from rag.config import Settings
from rag.embed import get_encoder
from rag.load import ARTICLE_SUFFIXES

__all__ = ["MiniLMEmbedding", "Baseline"]


class MiniLMEmbedding(BaseEmbedding):
    """llama-index adapter over `rag.embed.Encoder` (only the method names differ)."""

    model_name: str = "all-MiniLM-L6-v2-int8"

    def _get_query_embedding(self, query: str) -> list[float]:
        return [float(x) for x in get_encoder().encode([query])[0]]

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._get_query_embedding(text)

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return [[float(x) for x in v] for v in get_encoder().encode(texts)]


class Baseline:
    """Build (once per process) and query the default llama-index pipeline."""

    def __init__(self, settings: Settings, corpus: Path) -> None:
        from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
        from llama_index.vector_stores.chroma import ChromaVectorStore

        from rag.store import _client

        docs = SimpleDirectoryReader(str(corpus), required_exts=list(ARTICLE_SUFFIXES), recursive=True).load_data()
        self.texts = {Path(d.metadata["file_path"]).relative_to(corpus).as_posix(): d.text for d in docs}
        for d in docs:
            d.metadata["source"] = Path(d.metadata["file_path"]).relative_to(corpus).as_posix()
        client = _client(settings)
        name = f"{settings.collection}-baseline"
        with contextlib.suppress(Exception):  # NotFoundError or ValueError, by chromadb version
            client.delete_collection(name)  # rebuilt each run: it is cheap and never stale
        store = ChromaVectorStore(chroma_collection=client.get_or_create_collection(name))
        ctx = StorageContext.from_defaults(vector_store=store)
        index = VectorStoreIndex.from_documents(docs, storage_context=ctx, embed_model=MiniLMEmbedding())
        self.answer_retriever = index.as_retriever()  # the default: top-2
        self.rank_retriever = index.as_retriever(similarity_top_k=5)

    def run(self, question: str) -> dict[str, Any]:
        t0 = time.perf_counter()
        nodes = self.answer_retriever.retrieve(question)
        latency = (time.perf_counter() - t0) * 1000
        ranked = self.rank_retriever.retrieve(question)
        cites = []
        if nodes:
            n = nodes[0].node
            text = n.get_content()
            start = getattr(n, "start_char_idx", None) or 0
            cites.append(
                {
                    "n": 1,
                    "source": n.metadata["source"],
                    "title": "",
                    "date": None,
                    "quote": text,
                    "start": start,
                    "end": start + len(text),
                    "score": float(nodes[0].score or 0),
                }
            )
        return {
            "answer": cites[0]["quote"] if cites else "",
            "answerable": bool(cites),
            "citations": cites,
            "retrieved_sources": list(dict.fromkeys(x.node.metadata["source"] for x in ranked)),
            "latency_ms": latency,
        }
