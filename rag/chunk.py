"""Split a cleaned `Document` into retrieval chunks and quotable sentences, with offsets.

Chunks come from llama-index's `SentenceSplitter`, sized in MiniLM word pieces (the
embedder reads at most 256, so a bigger chunk would be partly invisible to it).
Sentences come from llama-index's bundled punkt model, run per paragraph, which keeps
"Gen. Baqeri" in one sentence; a "sentence" that starts in lower case continues the one
before ("shortly after 9 p.m. and congratulated ..."). Every unit satisfies
`doc.text[start:end] == text`.

It does not embed or store anything (see embed.py, store.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rag.config import offline_environment
from rag.types import Chunk, Document, Sentence

__all__ = ["split_sentences", "split_chunks"]

# punkt misses some title abbreviations before a name ("… terrorists: Gen. Baqeri") and a
# month's before its day ("Dec. 28, 2023").
_TITLE_ABBREV = re.compile(
    r"\b(Gen|Lt|Col|Maj|Brig|Capt|Sgt|Adm|Cmdr|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Pres|St|Jr|Sr|No|[A-Z]"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$"
)


def split_sentences(doc: Document) -> list[Sentence]:
    """Sentences of `doc` in order; a headline or a line without a full stop is one sentence."""
    offline_environment()
    from llama_index.core.utils import globals_helper

    punkt = globals_helper.punkt_tokenizer
    out: list[Sentence] = []
    for para in re.finditer(r"[^\n]+", doc.text):
        for s, e in punkt.span_tokenize(para.group()):
            start, end = para.start() + s, para.start() + e
            same_para = bool(out) and out[-1].end >= para.start()
            if same_para and (_TITLE_ABBREV.search(out[-1].text) or para.group()[s : s + 1].islower()):
                start = out.pop().start  # "Gen. Baqeri", "after 9 p.m. *and* congratulated ..."
            out.append(Sentence(doc.source, start, end, doc.text[start:end]))
    return out


def split_chunks(
    doc: Document, tokenize: Callable[[str], list[str]], chunk_size: int, chunk_overlap: int
) -> list[Chunk]:
    """Overlapping, sentence-aligned chunks of at most `chunk_size` word pieces."""
    offline_environment()
    from llama_index.core import Document as LIDocument
    from llama_index.core.node_parser import SentenceSplitter

    splitter = SentenceSplitter(
        chunk_size=chunk_size,
        chunk_overlap=chunk_overlap,
        tokenizer=tokenize,
        paragraph_separator="\n\n",
        include_metadata=False,
        include_prev_next_rel=False,
    )
    nodes = splitter.get_nodes_from_documents([LIDocument(text=doc.text)])
    chunks: list[Chunk] = []
    prev_start, prev_end = -1, 0
    for node in nodes:
        text = node.get_content()
        # Find it ourselves: with repeated text, llama-index's offset can point at an earlier
        # copy. Each chunk starts after the previous one and reaches past its end.
        start = _locate(doc.text, text, prev_start + 1, prev_end)
        if start < 0:
            raise AssertionError(f"chunk of {doc.source} is not a slice of its text: {text[:60]!r}")
        chunks.append(Chunk(doc.source, start, start + len(text), text))
        prev_start, prev_end = start, start + len(text)
    return chunks


def _locate(text: str, part: str, after: int, past: int) -> int:
    """Where `part` continues the chunks so far: the latest occurrence at or after `after` that
    reaches beyond `past` and leaves no text uncovered before it; else the first occurrence."""
    best, pos = -1, text.find(part, after)
    first = pos
    while pos >= 0:
        if pos + len(part) > past and not text[past:pos].strip():
            best = pos
        pos = text.find(part, pos + 1)
    return best if best >= 0 else first
