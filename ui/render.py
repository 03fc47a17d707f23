"""Turn `Answer` objects into chat markdown and source-card HTML. Pure functions, no Gradio.

Every piece of document text (titles, file names, passages, quotes) and every question
is HTML-escaped here before it meets markup: articles are data, never markup. The only
tags in the output are the ones this module writes.
"""

from __future__ import annotations

import html
import re

from rag.types import Answer, Citation

__all__ = ["ABSTAIN_NOTE", "chat_markdown", "corpus_rows", "escape_markdown", "passage_around", "source_cards"]

ABSTAIN_NOTE = "No passage in the corpus answers this, so there is no answer rather than a guess."


def escape_markdown(text: str) -> str:
    """Escape markdown and HTML specials in document text shown in the chat."""
    text = html.escape(text, quote=False)
    return re.sub(r"([\\`*_{}\[\]()#+!|>~])", r"\\\1", text)


def chat_markdown(a: Answer) -> str:
    """The chat message: the answer with each [n] linked to its source card, or an abstention."""
    if not a.answerable:
        return f"**No answer found.** {escape_markdown(a.text)}\n\n*{ABSTAIN_NOTE}*"
    body = escape_markdown(a.text)
    for c in a.citations:
        body = body.replace(f"\\[{c.n}\\]", f"[\\[{c.n}\\]](#src-{c.n})")
    notices = "".join(f"\n\n> {escape_markdown(n)}" for n in a.notices)
    return body + notices


def passage_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The paragraph holding text[start:end], split as (before, quote, after)."""
    p0 = text.rfind("\n\n", 0, start)
    p0 = 0 if p0 < 0 else p0 + 2
    p1 = text.find("\n\n", end)
    p1 = len(text) if p1 < 0 else p1
    return text[p0:start], text[start:end], text[end:p1]


def _card(c: Citation, passage: tuple[str, str, str], open_: bool) -> str:
    before, quote, after = (html.escape(x) for x in passage)
    meta = " · ".join(html.escape(x) for x in (c.outlet or "outlet not stated", c.date or "date not stated"))
    return (
        f'<details class="src-card" id="src-{c.n}"{" open" if open_ else ""}>'
        f'<summary><span class="src-n">[{c.n}]</span> {html.escape(c.title)}</summary>'
        f'<div class="src-meta">{meta} · <code>{html.escape(c.source)}</code> · relevance {c.score:.2f}'
        f" · chars {c.start}–{c.end}</div>"
        f'<blockquote class="src-passage">{before}<mark>{quote}</mark>{after}</blockquote>'
        + (f'<div class="src-also">Also reported in: {html.escape(", ".join(c.also_in))}</div>' if c.also_in else "")
        + "</details>"
    )


def source_cards(a: Answer | None, texts: dict[str, str]) -> str:
    """HTML for the sources panel; `texts` maps each cited source to its cleaned text."""
    if a is None:
        return '<div class="src-empty">Sources of the latest answer appear here.</div>'
    if not a.answerable:
        q = html.escape(a.question)
        return f'<div class="src-abstain"><b>No sources:</b> the corpus does not answer “{q}”.</div>'
    cards = [_card(c, passage_around(texts[c.source], c.start, c.end), open_=False) for c in a.citations]
    return f'<div class="src-list">{"".join(cards)}</div>'


def corpus_rows(records: dict[str, dict[str, object]]) -> list[list[object]]:
    """Rows for the corpus table: file, title, outlet, date, chunks (plain text: the table escapes)."""
    return [
        [src, m.get("title", ""), m.get("outlet") or "—", m.get("date") or "—", m.get("chunks", 0)]
        for src, m in sorted(records.items())
    ]
