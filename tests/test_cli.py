"""The `rag` command as a user runs it: one clear line and exit 1 on every expected error."""

from __future__ import annotations

import json
from pathlib import Path

from rag import Settings
from tests.conftest import run_cli


def _env(settings: Settings) -> dict[str, str]:
    return {"RAG_DATA_DIR": str(settings.data_dir), "RAG_CORPUS_DIR": str(settings.corpus_dir)}


def test_ask_prints_answer_and_numbered_sources(settings: Settings) -> None:
    r = run_cli(
        "ask", "Which news agency reported Salih saying that Iraq is an independent country?", env=_env(settings)
    )
    assert r.returncode == 0, r.stderr
    assert "Tasnim" in r.stdout and "Sources:" in r.stdout and "[1] Iran, Iraq discuss" in r.stdout
    assert "002_74a40bdd0df97d7e.txt" in r.stdout


def test_ask_json_schema(settings: Settings) -> None:
    r = run_cli("ask", "--json", "-k", "3", "What is Iraq's annual defence budget?", env=_env(settings))
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert (
        d["answerable"] is False and d["citations"] == [] and d["question"] == "What is Iraq's annual defence budget?"
    )
    assert set(d["timing_ms"]) == {"retrieve", "answer"}


def test_ask_reads_questions_from_stdin(settings: Settings) -> None:
    qs = "Who is the head of Iraq's military intelligence?\n\nWhat is the population of Iraq?\n"
    r = run_cli("ask", "--json", env=_env(settings), stdin=qs)
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["answerable"] for x in lines] == [True, False]
    assert "al-Alak" in lines[0]["answer"]


def test_ask_ingests_the_corpus_when_the_index_is_empty(tmp_path: Path) -> None:
    r = run_cli(
        "ask",
        "--json",
        "Which Syrian president is a close ally of Iran and Russia?",
        env={"RAG_DATA_DIR": str(tmp_path / "fresh")},
    )
    assert r.returncode == 0, r.stderr
    assert "Assad" in json.loads(r.stdout)["answer"]


def _one_line_error(r, needle: str) -> None:  # type: ignore[no-untyped-def]
    assert r.returncode == 1
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and needle in lines[0], r.stderr
    assert "Traceback" not in r.stderr


def test_errors_are_one_line_with_exit_code_1(settings: Settings, tmp_path: Path) -> None:
    _one_line_error(run_cli("ask", "   ", env=_env(settings)), "question is empty")
    _one_line_error(run_cli("ask", "--frobnicate", "x", env=_env(settings)), "unrecognized arguments")
    _one_line_error(run_cli("ingest", str(tmp_path / "missing")), "does not exist")
    _one_line_error(run_cli("ask", "-k", "0", "Who?", env=_env(settings)), "k must be at least 1")
    _one_line_error(run_cli("ask", "x", env={**_env(settings), "RAG_K": "many"}), "RAG_K='many'")
