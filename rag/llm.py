"""LLM answers through any OpenAI-compatible endpoint, then verified against the passages.

The model (llama-index `OpenAILike`, which wraps the `openai` client) sees the retrieved
chunks as numbered, fenced passages packed into its context window with tiktoken. Its
reply streams token by token; then every [n] is checked: markers to passages that were
not given are removed, each cited sentence must be supported by a sentence of the cited
passage (which becomes the `Citation`, with exact offsets), unsupported sentences are
dropped, and a reply left with no supported sentence becomes an abstention. What was
dropped is returned as notices.

Retries (connection errors, timeouts, rate limits, 5xx) are bounded with exponential
backoff and happen only before the first token. It does not retrieve (see qa.py).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rag.config import Settings, offline_environment
from rag.errors import LLMError
from rag.extract import ABSTAIN_TEXT
from rag.prompts import CONDENSE_PROMPT, PASSAGE_TEMPLATE, SYSTEM_PROMPT, USER_TEMPLATE
from rag.store import Unit
from rag.text import TermStats, match_term, terms

__all__ = ["LLMClient", "Passage", "fence", "pack", "verify", "is_configured"]

MIN_SUPPORT = 0.5  # share of a claim's IDF-weighted terms (at least two) that the cited sentence must contain
_MARKER = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk as shown to the model, with the sentences a citation may quote."""

    n: int
    chunk: Unit
    sentences: tuple[Unit, ...]

    def render(self) -> str:
        m = self.chunk.meta
        return PASSAGE_TEMPLATE.format(
            n=self.n,
            title=fence(str(m.get("title", ""))).replace('"', "'"),
            outlet=m.get("outlet") or "not stated",
            date=m.get("date") or "not stated",
            source=self.chunk.source,
            text=fence(self.chunk.text),
        )


def fence(text: str) -> str:
    """Document text that cannot close or open a passage fence."""
    return re.sub(r"<\s*(/?)\s*passage", r"‹\1passage", text, flags=re.IGNORECASE)


def is_configured(settings: Settings) -> bool:
    return bool(settings.llm_base_url or settings.llm_api_key)


def _encoding(model: str) -> Any:
    offline_environment()
    import tiktoken

    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:  # a local model tiktoken does not know: cl100k is a close upper bound
        return tiktoken.get_encoding("cl100k_base")


def pack(passages: Sequence[Passage], question: str, settings: Settings) -> list[Passage]:
    """The most relevant passages that fit the context window minus the answer's reserve,
    renumbered 1..n in relevance order; the least relevant are left out first."""
    enc = _encoding(settings.llm_model)
    budget = (
        settings.llm_context_window
        - settings.llm_max_tokens
        - len(enc.encode(SYSTEM_PROMPT))
        - len(enc.encode(USER_TEMPLATE.format(passages="", question=question)))
        - 32  # chat-format overhead per message
    )
    chosen: list[Passage] = []
    for p in passages:
        cost = len(enc.encode(p.render())) + 2
        if cost <= budget:
            chosen.append(p)
            budget -= cost
    return [Passage(i + 1, p.chunk, p.sentences) for i, p in enumerate(chosen)]


class LLMClient:
    """One OpenAI-compatible chat model, with bounded retries and clear errors."""

    def __init__(self, settings: Settings) -> None:
        if not is_configured(settings):
            raise LLMError(
                "no LLM configured. Set RAG_LLM_BASE_URL (e.g. a llama.cpp server at http://127.0.0.1:8080/v1) "
                "and RAG_LLM_MODEL, or OPENAI_API_KEY; or use --mode extractive."
            )
        offline_environment()
        from llama_index.llms.openai_like import OpenAILike

        self.settings = settings
        self.url = settings.llm_base_url or "https://api.openai.com/v1"
        self.llm = OpenAILike(
            model=settings.llm_model,
            api_base=self.url,
            api_key=settings.llm_api_key or "not-needed",
            is_chat_model=True,
            context_window=settings.llm_context_window,
            max_tokens=settings.llm_max_tokens,
            timeout=settings.llm_timeout,
            max_retries=0,  # retries are ours: bounded, and never after the first token
            temperature=0.0,
        )

    def chat(self, system: str, user: str, on_token: Callable[[str], None] | None = None) -> str:
        from llama_index.core.llms import ChatMessage

        messages = [ChatMessage(role="system", content=system), ChatMessage(role="user", content=user)]
        for attempt in range(self.settings.llm_retries + 1):
            parts: list[str] = []
            try:
                chunks = 0
                for chunk in self.llm.stream_chat(messages):
                    chunks += 1
                    delta = chunk.delta or ""
                    if delta:
                        parts.append(delta)
                        if on_token:
                            on_token(delta)
                if chunks == 0:  # not even an empty completion: the body was no event stream
                    raise ValueError("no completion chunks in the reply")
                return "".join(parts)
            except Exception as e:  # noqa: BLE001 - mapped to one LLMError below
                retry, message = self._describe(e)
                if not retry or parts or attempt == self.settings.llm_retries:
                    raise LLMError(message) from None
                time.sleep(0.5 * 2**attempt)
        raise AssertionError("unreachable")

    def _describe(self, e: Exception) -> tuple[bool, str]:
        import openai

        where = f"the LLM at {self.url}"
        if isinstance(e, openai.APITimeoutError):
            wait = f"{self.settings.llm_timeout:.0f} s"
            return True, f"{where} did not answer within {wait}; raise RAG_LLM_TIMEOUT or use --mode extractive."
        if isinstance(e, openai.APIConnectionError):
            return True, f"cannot reach {where}; start the server or fix RAG_LLM_BASE_URL, or use --mode extractive."
        if isinstance(e, openai.RateLimitError):
            return True, f"{where} is rate-limiting requests; wait and retry, or use --mode extractive."
        if isinstance(e, openai.AuthenticationError):
            return False, f"{where} rejected the API key; set RAG_LLM_API_KEY (or OPENAI_API_KEY)."
        if isinstance(e, openai.NotFoundError):
            return False, f"{where} does not serve model {self.settings.llm_model!r}; set RAG_LLM_MODEL."
        if isinstance(e, openai.APIStatusError):
            return e.status_code >= 500, f"{where} failed with HTTP {e.status_code}; check the server's log."
        return False, f"{where} sent a reply that could not be read ({type(e).__name__}); check the server."

    def condense(self, question: str, history: Sequence[str]) -> str:
        """A standalone version of a follow-up question, written by the model."""
        convo = "\n".join(f"User: {h}" for h in history[-4:])
        out = self.chat("You rewrite questions.", CONDENSE_PROMPT.format(history=convo, question=question))
        out = out.strip().splitlines()[0].strip() if out.strip() else ""
        return out if 3 <= len(out) <= 500 else question


def answer_prompt(passages: Sequence[Passage], question: str) -> str:
    return USER_TEMPLATE.format(passages="\n\n".join(p.render() for p in passages), question=question)


def _sentences(text: str) -> list[str]:
    """Split a reply into sentences, each keeping the markers that follow it."""
    parts = re.findall(r".+?(?:[.!?](?:\s*\[\d+\])*(?=\s|$)|$)", text.strip(), flags=re.S)
    return [p.strip() for p in parts if p.strip()]


def verify(
    reply: str, passages: Sequence[Passage], stats: TermStats
) -> tuple[str, list[tuple[Unit, float]], list[str]]:
    """Check a reply's citations. Returns (text with renumbered markers, cited sentences with
    their support, notices). An empty list of cited sentences means: abstain."""
    notices: list[str] = []
    text = reply.strip()
    if not text:
        return ABSTAIN_TEXT, [], ["The LLM returned an empty answer."]
    if text.lower().startswith(ABSTAIN_TEXT.lower().rstrip(".")):
        return ABSTAIN_TEXT, [], []
    by_n = {p.n: p for p in passages}
    cited: list[tuple[Unit, float]] = []
    kept: list[str] = []
    for sent in _sentences(text):
        claim = _MARKER.sub("", sent).strip()
        numbers = list(dict.fromkeys(int(n) for n in _MARKER.findall(sent)))
        for n in numbers:
            if n not in by_n:
                notices.append(f"Removed citation [{n}]: no passage {n} was given to the model.")
        new_markers = []
        for n in (n for n in numbers if n in by_n):
            best = _best_support(claim, by_n[n], stats)
            if best is None:
                notices.append(f"Removed citation [{n}]: passage {n} does not support “{claim[:80]}”.")
                continue
            ids = [u.id for u, _ in cited]
            if best[0].id not in ids:
                cited.append(best)
                ids.append(best[0].id)
            new_markers.append(ids.index(best[0].id) + 1)
        if new_markers:
            kept.append(claim + " " + "".join(f"[{m}]" for m in dict.fromkeys(new_markers)))
        elif claim:
            notices.append(f"Dropped an unsupported sentence: “{claim[:80]}”.")
    if not cited:
        return ABSTAIN_TEXT, [], notices + ["No sentence of the LLM's answer was supported by a passage."]
    return " ".join(kept), cited, notices


def _best_support(claim: str, passage: Passage, stats: TermStats) -> tuple[Unit, float] | None:
    weights = {t: stats.idf(t) for t in dict.fromkeys(terms(claim))}
    total = sum(weights.values())
    if len(weights) < 2:
        return None  # "PWNED", "Yes": a single word cannot be checked against a passage
    best: tuple[Unit, float] | None = None
    for s in passage.sentences:
        bag = set(terms(s.text))
        support = sum(w for t, w in weights.items() if match_term(t, bag)) / total
        if support >= MIN_SUPPORT and (best is None or support > best[1]):
            best = (s, support)
    return best
