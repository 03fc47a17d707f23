"""Local question answering over a news corpus, with cited passages. Offline by default.

    from rag import answer
    a = answer("Which news agency reported Salih saying that Iraq is an independent country?")
    a.text, a.answerable, a.citations

Everything not listed in `__all__` is internal and may change.
"""

from rag.config import Settings, offline_environment

offline_environment()  # before llama-index, chromadb, onnxruntime or gradio load

from rag import errors  # noqa: E402
from rag.errors import RagError  # noqa: E402
from rag.index import IngestReport, ingest  # noqa: E402
from rag.qa import answer, corpus_text  # noqa: E402
from rag.types import Answer, Chunk, Citation, Document  # noqa: E402

__all__ = [
    "answer",
    "ingest",
    "corpus_text",
    "Settings",
    "Answer",
    "Citation",
    "Chunk",
    "Document",
    "IngestReport",
    "RagError",
    "errors",
]
