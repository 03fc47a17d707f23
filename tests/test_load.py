"""Loading and cleaning the real articles: boilerplate out, metadata only where stated."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.errors import CorpusNotFoundError, UnreadableFileError
from rag.load import clean_text, find_articles, load_article
from tests.conftest import CORPUS, SOURCES


def docs() -> dict:
    return {p.name: load_article(p, p.name) for p in find_articles(CORPUS)}


def test_corpus_holds_the_five_seed_articles() -> None:
    seeds = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
    assert len(SOURCES) == 5
    if seeds.is_dir():
        assert sorted(p.name for p in seeds.iterdir()) == SOURCES
        for name in SOURCES:
            assert (seeds / name).read_bytes() == (CORPUS / name).read_bytes()


@pytest.mark.parametrize(
    "junk",
    [
        "Skip to main content",
        "Back to top button",
        "Read more",
        "Share this story",
        "IranIraqMiddle East",
        "IranIraqQasem Suleimani",
        "Read Full Article",
        "2 min read",
        "\u00a0",
        "chiefDefense",
        "[Getty]",  # the photo caption "Iran has maintained close ties ... invasion [Getty]"
    ],
)
def test_boilerplate_is_removed(junk: str) -> None:
    for d in docs().values():
        assert junk not in d.text, (d.source, junk)


def test_a_caption_is_known_by_its_credit() -> None:
    from rag.load import clean_text

    text = "Protesters in Paris on Monday (Reuters/Jane Doe)\n\nHe told AFP [AFP] nothing.\n\nIt ended (AFP)."
    assert clean_text(text) == "He told AFP [AFP] nothing.\n\nIt ended (AFP)."  # a sentence keeps its credit


def test_duplicated_headlines_are_kept_once() -> None:
    d = docs()
    assert d["002_74a40bdd0df97d7e.txt"].text.count("Countdown started for expulsion") == 1
    rt = d["004_3cbce875c1587dd0.txt"].text
    assert rt.count("A senior Iranian military official has hailed an agreement") == 1


def test_metadata_only_where_the_text_states_it() -> None:
    d = docs()
    assert d["000_016d6dad66e0669f.txt"].date == "2018-04-20"
    assert d["000_016d6dad66e0669f.txt"].title == "Iran's defence minister visits Baghdad to promote security ties"
    assert d["001_f827c2b710232763.txt"].outlet == "Tasnim"
    assert d["001_f827c2b710232763.txt"].title == "Iran Urges Closer Military Ties with Iraq"
    assert d["002_74a40bdd0df97d7e.txt"].title == "Iran, Iraq discuss beefing up anti-terror cooperation"
    assert d["004_3cbce875c1587dd0.txt"].outlet == "RT"
    for name in (
        "001_f827c2b710232763.txt",
        "002_74a40bdd0df97d7e.txt",
        "003_c55b60ebb2b2dd3a.txt",
        "004_3cbce875c1587dd0.txt",
    ):
        assert d[name].date is None  # no publication date in the text: never invented
    for name in ("000_016d6dad66e0669f.txt", "002_74a40bdd0df97d7e.txt", "003_c55b60ebb2b2dd3a.txt"):
        assert d[name].outlet is None


def test_paragraphs_are_separated_and_whitespace_normalised() -> None:
    for d in docs().values():
        assert "  " not in d.text and "\n\n\n" not in d.text and d.text == d.text.strip()


def test_html_and_markdown_articles(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        "<html><head><title>Site | Page</title><meta property='article:published_time' content='2020-10-19T10:00'>"
        "<script>alert(1)</script><style>p{}</style></head><body><nav>Home News</nav>"
        "<h1>Tehran talks</h1><p>Officials met in Tehran on Sunday.</p><p>Read more</p></body></html>"
    )
    (tmp_path / "b.md").write_text("# A markdown headline\n\nThe body says something.\n")
    a = load_article(tmp_path / "a.html", "a.html")
    assert a.title == "Tehran talks" and a.date == "2020-10-19"
    assert "alert" not in a.text and "p{}" not in a.text and "Home News" not in a.text and "Read more" not in a.text
    assert "Officials met in Tehran on Sunday." in a.text
    b = load_article(tmp_path / "b.md", "b.md")
    assert b.title == "A markdown headline" and "The body says something." in b.text


def test_the_writer_only_the_metadata_names(tmp_path: Path) -> None:
    """Front matter's "author:", a meta tag and JSON-LD's "author" name the writer; a page that
    names none has none (the seed articles name theirs in the text, if at all)."""
    (tmp_path / "a.md").write_text("---\ntitle: Vote\nauthor: Rhiannon Quarrie\n---\n\nThe council voted.\n")
    (tmp_path / "b.html").write_text(
        "<html><head><meta name='author' content='Tamsin Achary'></head><body><h1>Moor</h1><p>He was found.</p>"
    )
    (tmp_path / "c.html").write_text(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
        '"name": "Owain Fenwick"}}</script></head><body><h1>School</h1><p>She retired.</p></body></html>'
    )
    got = {p.name: load_article(p, p.name).author for p in sorted(tmp_path.iterdir())}
    assert got == {"a.md": "Rhiannon Quarrie", "b.html": "Tamsin Achary", "c.html": "Owain Fenwick"}
    assert {d.author for d in docs().values()} == {None}


def test_encodings(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks in T\xe9h\xe9ran.\n\nSecond paragraph.".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes("Headline\n\nBody text here.".encode("utf-16"))
    assert "Café" in load_article(tmp_path / "latin1.txt", "latin1.txt").text
    assert "Body text here." in load_article(tmp_path / "utf16.txt", "utf16.txt").text


def test_binary_and_empty_files_are_refused_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "empty.txt").write_text("   \n")
    with pytest.raises(UnreadableFileError, match="bin.txt: looks binary"):
        load_article(tmp_path / "bin.txt", "bin.txt")
    with pytest.raises(UnreadableFileError, match="empty.txt: no article text"):
        load_article(tmp_path / "empty.txt", "empty.txt")


def test_missing_folder_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(CorpusNotFoundError, match="RAG_CORPUS_DIR"):
        list(find_articles(tmp_path / "nope"))


def test_clean_text_is_idempotent() -> None:
    for d in docs().values():
        assert clean_text(d.text) == d.text
