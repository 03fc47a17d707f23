"""The running UI through gradio_client: the documented /respond endpoint, and rendering."""

from __future__ import annotations

from gradio_client import Client

from rag.types import Answer, Citation
from ui.render import chat_markdown, source_cards


def test_respond_endpoint_answers_with_tasnim_and_its_source(ui_server: str) -> None:
    client = Client(ui_server, verbose=False)
    text, cards = client.predict(
        "Which news agency reported Salih saying that Iraq is an independent country?",
        5,
        "extractive",
        api_name="/respond",
    )
    assert "Tasnim" in text and "(#src-1)" in text
    assert "002_74a40bdd0df97d7e.txt" in cards and "<mark>" in cards


def test_respond_endpoint_shows_an_abstention(ui_server: str) -> None:
    text, cards = Client(ui_server, verbose=False).predict(
        "What is Iraq's annual defence budget?", 5, "extractive", api_name="/respond"
    )
    assert "No answer found" in text and "src-abstain" in cards


def test_document_text_is_escaped_in_cards_and_chat() -> None:
    evil = '<img src=x onerror="alert(1)"> said the <script>alert(2)</script> minister.'
    cite = Citation(1, "<b>x</b>.txt", "<i>Title</i>", None, evil, 0, len(evil), 0.5)
    a = Answer("q <script>", f"{evil} [1]", True, (cite,))
    cards = source_cards(a, {"<b>x</b>.txt": evil})
    assert "<img" not in cards and "<script" not in cards and "<b>x" not in cards and "<i>" not in cards
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in cards
    md = chat_markdown(a)
    assert "<img" not in md and "<script" not in md and "[\\[1\\]](#src-1)" in md
    abstain = source_cards(Answer("<script>x</script>", "The corpus does not say.", False), {})
    assert "<script>" not in abstain and "&lt;script&gt;" in abstain
