"""The exception hierarchy. Every error a user can cause or fix is one of these.

    RagError                    base: catch this to catch everything below
    ├── InputError              a bad question or option (empty, unknown mode)
    ├── CorpusError             the corpus folder or a file in it
    │   ├── CorpusNotFoundError the folder does not exist
    │   └── UnreadableFileError a file is binary, undecodable or unreadable
    ├── StoreError              the Chroma index (locked, read-only, corrupt, unreachable)
    │   └── UnknownSourceError  a source file name that is not in the index
    └── LLMError                the configured LLM (unreachable, bad reply)

Each message says what to do about it. Only `rag/cli.py` and `ui/` catch these;
everything else lets them rise.
"""

from __future__ import annotations

__all__ = [
    "RagError",
    "InputError",
    "CorpusError",
    "CorpusNotFoundError",
    "UnreadableFileError",
    "StoreError",
    "UnknownSourceError",
    "LLMError",
]


class RagError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(RagError, ValueError):
    """The question or an option is invalid."""


class CorpusError(RagError):
    """The corpus folder or one of its files cannot be used."""


class CorpusNotFoundError(CorpusError, FileNotFoundError):
    """The corpus folder does not exist."""


class UnreadableFileError(CorpusError):
    """A file cannot be read as text (binary, bad encoding, permissions)."""


class StoreError(RagError):
    """The vector store cannot be opened, written or reached."""


class UnknownSourceError(StoreError, KeyError):
    """A source file name that the index does not hold."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class LLMError(RagError):
    """The configured LLM could not produce a usable answer."""
