"""The `rag` command: parse arguments, call the library, print. Nothing else lives here.

    rag ask "QUESTION" [-k N] [--json] [--since DATE] [--until DATE]
    rag ask < questions.txt            one question per line
    rag ingest [PATH]                  index a folder (default: the bundled corpus/)
    rag sources                        list the indexed articles
    rag ui [--host H] [--port P]       the chat UI
    rag eval [...]                     the evaluation suite (see eval/)

Every expected failure prints one line, `Error: ...`, naming the fix, and exits 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from rag.config import Settings
from rag.errors import RagError

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line and exit 1, not usage + exit 2
        raise RagError(f"{message}; see `{self.prog} --help`.")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="rag", description="Ask questions about a folder of news articles; answers cite their sources.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    ask = sub.add_parser("ask", help="answer a question (or one per line from standard input)")
    ask.add_argument("question", nargs="?", help="the question; omit it to read questions from stdin")
    ask.add_argument("-k", type=int, help="passages to retrieve (default 5, RAG_K)")
    ask.add_argument("--json", action="store_true", help="print one JSON object per question")
    ask.add_argument("--mode", choices=["extractive", "llm"], help="answer mode (default extractive, RAG_MODE)")
    ask.add_argument("--since", metavar="YYYY-MM-DD", help="only articles dated on or after this")
    ask.add_argument("--until", metavar="YYYY-MM-DD", help="only articles dated on or before this")

    ing = sub.add_parser("ingest", help="index a folder of .txt/.md/.html articles")
    ing.add_argument("path", nargs="?", help="folder to index (default: RAG_CORPUS_DIR or the bundled corpus/)")

    sub.add_parser("sources", help="list the indexed articles")

    ui = sub.add_parser("ui", help="start the chat UI")
    ui.add_argument("--host", default="127.0.0.1")
    ui.add_argument("--port", type=int, default=7860)

    ev = sub.add_parser("eval", help="run the evaluation suite", add_help=False)
    ev.add_argument("args", nargs=argparse.REMAINDER)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["eval"]:  # the suite parses its own options
            from eval.run import main as eval_main

            return int(eval_main(argv[1:]))
        args = _parser().parse_args(argv)
        if args.command is None:
            _parser().print_help()
            return 0
        settings = Settings.from_env(k=getattr(args, "k", None), mode=getattr(args, "mode", None))
        return int(_COMMANDS[args.command](args, settings))
    except RagError as e:
        print(f"Error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except Exception as e:  # a bug, not bad input: still one line, with how to see more
        if os.environ.get("RAG_DEBUG"):
            raise
        print(f"Error: unexpected {type(e).__name__}: {e} (rerun with RAG_DEBUG=1 for details)", file=sys.stderr)
        return 1


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from rag.qa import answer

    kw = {"since": args.since, "until": args.until}
    if args.question is not None:
        streamed: list[str] = []

        def show(token: str) -> None:  # LLM tokens as they arrive; the verified answer follows
            streamed.append(token)
            print(token, end="", flush=True)

        a = answer(args.question, settings, **kw, on_token=None if args.json else show)
        if streamed:
            print("\n")
        _print_answer(a, args.json, streamed="".join(streamed))
        return 0
    if sys.stdin.isatty():
        print("Type one question per line; end with Ctrl-D.", file=sys.stderr)
    failed = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            _print_answer(answer(line, settings, **kw), args.json)
        except RagError as e:  # one bad line must not stop the batch
            failed += 1
            if args.json:
                print(json.dumps({"question": line.strip(), "error": str(e)}), flush=True)
            else:
                print(f"Error: {e}", file=sys.stderr)
    return 1 if failed else 0


def _print_answer(a: Any, as_json: bool, streamed: str = "") -> None:
    if as_json:
        print(json.dumps(a.to_dict(), ensure_ascii=False), flush=True)
        return
    if streamed and streamed.strip() != a.text:
        print("Verified answer:")
    if not streamed or streamed.strip() != a.text:
        print(a.text if a.answerable else f"{a.text} (no passage in the corpus answers this)")
    for n in a.notices:
        print(f"Notice: {n}")
    if a.citations:
        print("\nSources:")
    for c in a.citations:
        meta = " · ".join(x for x in (c.outlet, c.date, c.source) if x)
        print(f"  [{c.n}] {c.title} ({meta}; chars {c.start}-{c.end}; score {c.score:.2f})")
        print(f"      > {c.quote}")
        if c.also_in:
            print(f"      also reported in: {', '.join(c.also_in)}")
    print(flush=True)


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from rag.index import ingest

    bar = _progress_bar()
    report = ingest(args.path, settings, progress=bar)
    for s in report.skipped:
        print(f"Warning: skipped {s.reason}", file=sys.stderr)
    print(f"Indexed {report.folder}: {report.summary()}.")
    return 0


def _progress_bar() -> Any:
    from tqdm import tqdm

    state: dict[str, Any] = {}

    def update(what: str, done: int, total: int) -> None:
        if "bar" not in state:
            state["bar"] = tqdm(total=total, unit=" " + what, file=sys.stderr, leave=False)
        state["bar"].update(done - state["bar"].n)
        if done >= total:
            state.pop("bar").close()

    return update


def _sources(args: argparse.Namespace, settings: Settings) -> int:
    from rag.qa import engine

    eng = engine(settings)
    eng.ensure_index()
    for src, m in sorted(eng.store.doc_records().items()):
        meta = " · ".join(str(x) for x in (m.get("outlet"), m.get("date")) if x)
        print(f"{src}\t{m.get('chunks', '?')} chunks\t{m.get('title', '')}" + (f" ({meta})" if meta else ""))
    return 0


def _ui(args: argparse.Namespace, settings: Settings) -> int:
    from ui.app import launch

    launch(settings, host=args.host, port=args.port)
    return 0


_COMMANDS = {"ask": _ask, "ingest": _ingest, "sources": _sources, "ui": _ui}

if __name__ == "__main__":
    sys.exit(main())
