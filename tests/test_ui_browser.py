"""The UI in a real browser (Playwright driving Debian's Chromium): ask, verify, follow up, upload.

Screenshots go to artifacts/screenshots/ (kept by CI with the workspace).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = next((p for p in ("/usr/lib/chromium/chromium", "/usr/bin/chromium") if Path(p).exists()), None)
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
SHOTS = ROOT / "artifacts" / "screenshots"
BOT = "[data-testid='bot']"
USER = "[data-testid='user']"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None and shutil.which("chromium") is None,
        reason="Debian chromium is not installed (.ci/run installs it)",
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _open(browser, url: str):  # type: ignore[no-untyped-def]
    page = browser.new_context(viewport={"width": 1300, "height": 950}).new_page()
    page.goto(url, wait_until="load")  # not "networkidle": gradio keeps a connection open
    page.wait_for_selector("#chat-input textarea", timeout=30_000)
    page.evaluate("window.__pwned = 0")
    return page


def _ask(page, question: str, expect: str) -> float:  # type: ignore[no-untyped-def]
    """Type a question, press Enter; seconds until the answer text containing `expect` shows."""
    before = page.locator(BOT).count()
    page.fill("#chat-input textarea", question)
    t0 = time.perf_counter()
    page.press("#chat-input textarea", "Enter")
    page.wait_for_function(
        "([sel, n, text]) => { const m = document.querySelectorAll(sel);"
        " return m.length > n && m[m.length - 1].innerText.includes(text); }",
        arg=[BOT, before, expect],
        timeout=30_000,
        polling=20,
    )
    return time.perf_counter() - t0


def test_ask_and_verify_the_highlighted_quote(browser, ui_server: str) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, ui_server)
    _ask(page, "Who did Shamkhani meet in Baghdad?", "Shamkhani")  # warm the app
    seconds = [
        _ask(page, "Which news agency reported Salih saying that Iraq is an independent country?", "Tasnim"),
        _ask(page, "Who is the head of Iraq's military intelligence?", "al-Alak"),
        _ask(page, "When did Iran and Iraq sign an agreement to boost military cooperation?", "July 2017"),
    ]
    print(f"\nEnter -> first visible answer text (warm, offline): {[round(s * 1000) for s in seconds]} ms")
    # The median, not the slowest: on 2 shared cores one answer once took 1.18 s while another
    # job ran beside the tests; a real slowdown moves all three.
    assert sorted(seconds)[1] <= 1.0
    page.locator(BOT).last.locator("a[href='#src-1']").click()
    card = page.locator("#src-1")
    assert card.get_attribute("open") is not None
    mark = card.locator("mark")
    assert "In July 2017, Iran and Iraq signed an agreement" in mark.inner_text()
    assert "001_f827c2b710232763.txt" in card.inner_text()
    page.screenshot(path=str(SHOTS / "answer-with-source.png"), full_page=True)

    _ask(page, "What is Iraq's annual defence budget?", "No answer found")
    assert "does not answer" in page.locator("#sources").inner_text()
    page.screenshot(path=str(SHOTS / "abstention.png"), full_page=True)


def test_follow_up_uses_the_previous_turn(browser, ui_server: str) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, ui_server)
    _ask(page, "Which Syrian president is a close ally of Iran and Russia?", "Assad")
    _ask(page, "What was he responsible for in 2011?", "uprising")
    assert "000_016d6dad66e0669f.txt" in (page.locator("#sources").text_content() or "")
    page.screenshot(path=str(SHOTS / "follow-up.png"), full_page=True)


def test_two_sessions_keep_their_own_history(browser, ui_server: str) -> None:  # type: ignore[no-untyped-def]
    a, b = _open(browser, ui_server), _open(browser, ui_server)
    _ask(a, "Which Syrian president is a close ally of Iran and Russia?", "Assad")
    _ask(b, "Who is the secretary of Iran's Supreme National Security Council?", "Shamkhani")
    _ask(b, "What did he say the Iraqi people do not need?", "foreigners")
    _ask(a, "What was he responsible for in 2011?", "uprising")
    assert a.locator(USER).count() == 2 and b.locator(USER).count() == 2
    assert "Shamkhani" not in a.locator("#chatbot").inner_text()
    assert "Assad" not in b.locator("#chatbot").inner_text()


def test_uploaded_html_payloads_are_shown_as_text_never_run(
    browser,
    ui_server: str,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    article = tmp_path / "basra-port.txt"
    article.write_text(
        "Basra port deal <b>signed</b>\n\n"
        "Officials in Basra said the port deal was signed on Tuesday <script>window.__pwned = 1</script>.\n\n"
        'The harbour master Karim Jaber <img src=x onerror="window.__pwned = 2"> praised the dredging contract.\n'
    )
    page = _open(browser, ui_server)
    page.get_by_role("tab", name="Corpus").click()
    page.set_input_files("#upload input[type=file]", str(article))
    page.wait_for_function(
        "() => document.querySelector('#upload-status')?.innerText.includes('Index updated')", timeout=60_000
    )
    assert "basra-port.txt" in page.locator("#corpus-table").inner_text()
    page.get_by_role("tab", name="Chat").click()
    _ask(page, "Who praised the dredging contract?", "Karim Jaber")
    page.locator(BOT).last.locator("a[href='#src-1']").click()
    chat_text = page.locator("#chatbot").inner_text()
    card_text = page.locator("#sources").inner_text()
    assert '<img src=x onerror="window.__pwned = 2">' in card_text
    assert "<img src=x" in chat_text
    _ask(page, "When was the Basra port deal signed?", "Tuesday")
    assert (
        "<script>window.__pwned = 1</script>"
        in page.locator("#sources").inner_text() + page.locator("#chatbot").inner_text()
    )
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") == 0
    assert page.locator("#sources img, #chatbot img[src='x']").count() == 0
    page.screenshot(path=str(SHOTS / "escaped-upload.png"), full_page=True)


def test_a_binary_upload_is_rejected_with_a_message(browser, ui_server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "photo.txt"
    bad.write_bytes(bytes(range(256)) * 20)
    page = _open(browser, ui_server)
    page.get_by_role("tab", name="Corpus").click()
    page.set_input_files("#upload input[type=file]", str(bad))
    page.wait_for_function(
        "() => document.querySelector('#upload-status')?.innerText.includes('Rejected')", timeout=60_000
    )
    assert "looks binary" in page.locator("#upload-status").inner_text()


def test_html_in_a_question_never_runs(browser, ui_server: str) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, ui_server)
    evil = '<img src=x onerror="window.__pwned=3"><script>window.__pwned=4</script> What is the GDP of Iran?'
    _ask(page, evil, "No answer found")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") == 0
    assert "onerror" not in page.locator(USER).last.inner_html()  # the chatbot sanitises the message
    assert evil in page.locator("#sources").inner_text()  # and the sources panel shows it as text
