"""The Gradio chat UI: a thin shell over `rag.answer`, `rag.index` and `ui.render`.

Chat with streamed answers and a sources panel whose cards highlight each quote; a
settings area (top-k, answer mode, what is active); a corpus tab listing the indexed
articles, with upload. No retrieval or answering logic lives here.
"""

from __future__ import annotations

import queue
import re
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rag.config import Settings, offline_environment

offline_environment()

import gradio as gr  # noqa: E402

from rag.errors import RagError, UnreadableFileError  # noqa: E402
from rag.load import ARTICLE_SUFFIXES, load_article  # noqa: E402
from rag.qa import engine  # noqa: E402
from ui import render  # noqa: E402

__all__ = ["build", "launch"]

EXAMPLES = [
    "Which news agency reported Salih saying that Iraq is an independent country?",
    "Which Syrian president is a close ally of Iran and Russia?",
    "Who did Shamkhani meet in Baghdad?",
    "When did Iran and Iraq sign an agreement to boost military cooperation?",
    "What is Iraq's annual defence budget?",
]

# Clicking a [n] marker opens and scrolls to its source card.
HEAD = """<script>
document.addEventListener("click", (e) => {
  const a = e.target.closest('a[href^="#src-"]');
  if (!a) return;
  e.preventDefault();
  const card = document.getElementById(a.getAttribute("href").slice(1));
  if (card) { card.open = true; card.scrollIntoView({ block: "nearest" }); }
});
</script>"""

CSS = """
#sources mark { background: #ffe066; color: inherit; padding: 0 2px; }
.src-card { border: 1px solid #ccc; border-radius: 8px; padding: 6px 10px; margin: 6px 0; }
.src-card summary { cursor: pointer; font-weight: 600; }
.src-meta { font-size: 0.85em; color: #666; margin: 4px 0; }
.src-passage { margin: 4px 0; white-space: pre-wrap; }
.src-abstain { border-left: 4px solid #e8590c; padding: 6px 10px; background: #fff4e6; color: #222; }
"""


def _status(settings: Settings) -> str:
    eng = engine(settings)
    docs = eng.store.doc_records()
    chunks = sum(int(m.get("chunks", 0)) for m in docs.values())
    llm = (
        f"LLM available: `{settings.llm_model}` at `{settings.llm_base_url}`"
        if settings.llm_base_url
        else ("no LLM configured (set RAG_LLM_BASE_URL or OPENAI_API_KEY for LLM answers)")
    )
    return (
        f"**Mode:** {settings.mode} · **retrieval:** {settings.retrieval} · **embedder:** all-MiniLM-L6-v2 "
        f"(int8 ONNX, offline) · **index:** {len(docs)} articles, {chunks} chunks · {llm}"
    )


def _texts(settings: Settings, sources: list[str]) -> dict[str, str]:
    eng = engine(settings)
    return {s: eng.text_of(s) for s in sources}


def build(settings: Settings) -> gr.Blocks:
    """The app, with the engine for `settings` warmed up."""
    eng = engine(settings)
    eng.ensure_index()
    eng.refresh()

    def respond(message: str, history: list[dict[str, Any]], k: float, mode: str) -> Iterator[tuple[str, str]]:
        if not (message or "").strip():
            raise gr.Error("Type a question about the articles first.")
        empty = render.source_cards(None, {})
        yield "*Searching the articles…*", empty
        tokens: queue.Queue[str | None] = queue.Queue()
        done: dict[str, Any] = {}

        def work() -> None:  # answer in a thread so LLM tokens can stream into the chat
            try:
                done["answer"] = eng.answer(message, k=int(k), history=history, mode=mode, on_token=tokens.put)
            except Exception as e:  # noqa: BLE001 - shown to the user below
                done["error"] = e
            finally:
                tokens.put(None)

        threading.Thread(target=work, daemon=True).start()
        text = ""
        while (token := tokens.get()) is not None:
            text += token
            yield render.escape_markdown(text) + " ▌", empty
        if "error" in done:
            e = done["error"]
            raise gr.Error(str(e) if isinstance(e, RagError) else f"Unexpected {type(e).__name__}: {e}") from None
        a = done["answer"]
        yield render.chat_markdown(a), render.source_cards(a, _texts(settings, [c.source for c in a.citations]))

    def upload(files: list[Any] | None, progress: gr.Progress = gr.Progress()) -> tuple[list[list[Any]], str, str]:  # noqa: B008 (gradio injects it)
        notes = _save_uploads(files or [], settings.corpus_dir)
        if any(n.startswith("Added") for n in notes):
            report = eng.ingest(settings.corpus_dir, progress=lambda what, d, t: progress((d, t), desc="Indexing"))
            notes += [f"Skipped {s.reason}" for s in report.skipped]
            notes.append(f"Index updated: {report.summary()}.")
        rows = render.corpus_rows(eng.store.doc_records())
        return rows, "\n".join(f"- {n}" for n in notes) or "No files.", _status(settings)

    with gr.Blocks(title="News corpus Q&A") as demo:
        gr.Markdown(
            "## Ask the news corpus\nAnswers quote the articles; every **[n]** opens its source card with the "
            "quote highlighted. When the articles do not say, the assistant says so."
        )
        with gr.Tab("Chat"), gr.Row():
            with gr.Column(scale=3):
                sources = gr.HTML(render.source_cards(None, {}), elem_id="sources", render=False)
                k = gr.Slider(1, 10, value=settings.k, step=1, label="Passages to retrieve (top-k)", render=False)
                modes = ["extractive", "llm"] if settings.llm_base_url else ["extractive"]
                mode = gr.Radio(
                    modes,
                    value=settings.mode if settings.mode in modes else "extractive",
                    label="Answer mode",
                    render=False,
                )
                chat = gr.ChatInterface(
                    respond,
                    chatbot=gr.Chatbot(elem_id="chatbot", height=480, label="Chat"),
                    textbox=gr.Textbox(
                        elem_id="chat-input",
                        placeholder="Ask about the articles…",
                        submit_btn=True,
                        show_label=False,
                    ),
                    additional_inputs=[k, mode],
                    additional_inputs_accordion="Settings",
                    additional_outputs=[sources],
                    api_name="respond",
                )
                gr.Examples(EXAMPLES, inputs=chat.textbox, label="Examples")
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                sources.render()  # type: ignore[no-untyped-call]
                status = gr.Markdown(_status(settings), elem_id="status")
        with gr.Tab("Corpus"):
            table = gr.Dataframe(
                value=render.corpus_rows(eng.store.doc_records()),
                headers=["file", "title", "outlet", "date", "chunks"],
                interactive=False,
                elem_id="corpus-table",
                wrap=True,
            )
            files = gr.File(
                label="Add articles (.txt, .md, .html)",
                file_count="multiple",
                file_types=list(ARTICLE_SUFFIXES),
                elem_id="upload",
            )
            note = gr.Markdown(elem_id="upload-status")
            files.upload(upload, inputs=files, outputs=[table, note, status], api_name="upload")
    blocks: gr.Blocks = demo
    return blocks


def _save_uploads(files: list[Any], corpus_dir: Path) -> list[str]:
    """Copy readable article files into the corpus folder; one note per file."""
    notes = []
    corpus_dir.mkdir(parents=True, exist_ok=True)
    for f in files:
        tmp = Path(getattr(f, "name", f))
        original = re.split(r"[\\/]", str(getattr(f, "orig_name", "") or tmp.name))[-1]  # no "../" or "..\\"
        name = "".join(ch for ch in original if ch.isalnum() or ch in "._- ").strip()
        if not name or name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
            notes.append(f"Rejected {original!r}: only .txt, .md and .html files with a plain name are accepted.")
            continue
        try:
            load_article(tmp, name)
        except UnreadableFileError as e:
            notes.append(f"Rejected {e}")
            continue
        dest = corpus_dir / name
        if dest.exists() and dest.read_bytes() != tmp.read_bytes():
            notes.append(f"Rejected {name}: a different file with that name is already in the corpus; rename it.")
            continue
        shutil.copyfile(tmp, dest)
        notes.append(f"Added {name}.")
    return notes


def launch(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Index the corpus if needed (with progress), then serve the app until interrupted."""
    eng = engine(settings)
    if eng.store.count() == 0:
        from tqdm import tqdm

        print(f"Indexing {settings.corpus_dir} (first run)…", file=sys.stderr)
        bar = tqdm(unit=" articles", file=sys.stderr)

        def progress(what: str, done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        eng.ensure_index(progress=progress)
        bar.close()
    demo = build(settings)
    print(f"Open http://{host}:{port} in a browser (Ctrl-C stops).", file=sys.stderr)
    demo.queue(default_concurrency_limit=4).launch(
        server_name=host,
        server_port=port,
        css=CSS,
        head=HEAD,
        theme=gr.themes.Soft(),
        show_error=True,
        quiet=True,
    )
