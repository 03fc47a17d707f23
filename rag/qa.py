"""`answer(question)`: validate, retrieve, pick evidence, and return a cited `Answer`.

Keeps one warm `Engine` per index (store, BM25, encoder) so repeated questions cost
milliseconds. Ingests the configured corpus first if the index is empty. Every citation
is checked against the stored article text before it is returned.

The LLM mode lives in llm.py; the UI and CLI only call `answer`.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from rag.config import Settings
from rag.coref import NO_COREF, Coref, read_article
from rag.corroborate import corroborating, labels
from rag.errors import InputError, LLMError
from rag.evidence import context_adds, leans_on_previous
from rag.extract import ABSTAIN_TEXT, on_topic, pick_sentences
from rag.load import parse_date_line
from rag.question import answer_type, article_qualifier, is_follow_up
from rag.retrieve import Hit, Retriever
from rag.store import Store, Unit, open_store
from rag.text import TermStats, match_synonym, terms
from rag.typed import respellings, tidy_question
from rag.types import Answer, Citation

__all__ = ["answer", "corpus_text", "engine", "Engine", "check_question"]


def check_question(question: str, settings: Settings) -> str:
    """The question, tidied; InputError naming the fix if it cannot be asked."""
    if not isinstance(question, str):
        raise InputError("the question must be text.")
    q = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", question)
    q = re.sub(r"\s+", " ", q).strip()
    if not q:
        raise InputError(
            'the question is empty; ask something about the articles, e.g. rag ask "Who did Shamkhani meet?"'
        )
    if len(q) > settings.max_question_chars:
        raise InputError(
            f"the question is {len(q)} characters long; shorten it to at most "
            f"{settings.max_question_chars} (RAG_MAX_QUESTION_CHARS)."
        )
    return q


class Engine:
    """Warm state for one index: the store, the retriever, IDF weights and article texts."""

    def __init__(self, settings: Settings) -> None:
        from rag.embed import get_encoder

        self.settings = settings
        self.store: Store = open_store(settings)
        self.retriever = Retriever(self.store, settings)
        self.encoder = get_encoder(settings.embed_threads)
        self._generation: tuple[int, int, int] = (-1, -1, -1)
        self._texts: dict[str, str] = {}
        self._corefs: dict[str, dict[str, Coref]] = {}
        self._said: dict[str, frozenset[str]] = {}
        self._lock = threading.RLock()
        self._stats = TermStats([])
        self._llm: Any = None

    def ensure_index(self, progress: Any = None) -> None:
        """Ingest the configured corpus if the index is empty."""
        if self.store.count() == 0:  # forced: a manifest may survive an index deleted by hand
            self.ingest(progress=progress, force=True)

    def ingest(self, path: Any = None, progress: Any = None, force: bool = False) -> Any:
        """`rag.index.ingest` through this engine's store, so its caches follow."""
        from rag.index import ingest

        with self._lock:
            return ingest(path, self.settings, progress=progress, store=self.store, force=force)

    def refresh(self) -> None:
        """Rebuild IDF, BM25 and the text cache when the index changed (here or in another process)."""
        with self._lock:
            state = (self.store.generation, self.store.count(), self.store.chunk_count())
            if self._generation != state:
                self._texts = {}
                self._corefs = {}
                self._said = {}
                self._stats = TermStats([u.text for u in self.store.all_chunks()])
                self.retriever.refresh()
                self._generation = state

    def read_question(self, question: str) -> str:
        """The question as retrieval and the answerer read it: "who is shamkhani" is read as
        "Who is Shamkhani?" (cased as the corpus writes it; see `tidy_question`)."""
        return tidy_question(question, self._stats)

    def _coref(self, source: str, sentences: Sequence[Unit]) -> dict[str, Coref]:
        """Sentence id -> what coref reads off its article (whom "the Iraqi president" stands
        for, the posts of the people it names, the visit's scene); computed once per article and
        index state, as the article text cannot change in between."""
        if source not in self._corefs:
            read = read_article([s.text for s in sentences])
            self._corefs[source] = {s.id: c for s, c in zip(sentences, read, strict=True)}
        return self._corefs[source]

    def text_of(self, source: str) -> str:
        if source not in self._texts:
            self._texts[source] = self.store.document(source).text
        return self._texts[source]

    def answer(
        self,
        question: str,
        k: int | None = None,
        since: str | None = None,
        until: str | None = None,
        history: Sequence[Any] | None = None,
        mode: str | None = None,
        on_token: Callable[[str], None] | None = None,
    ) -> Answer:
        """See `rag.answer`. `on_token` receives the LLM's text as it streams (LLM mode)."""
        q = check_question(question, self.settings)
        mode = mode or self.settings.mode
        if mode not in ("extractive", "llm"):
            raise InputError(f"unknown mode {mode!r}; use extractive or llm.")
        self.ensure_index()
        self.refresh()
        if mode == "llm":
            try:
                return self._llm_answer(q, k, since, until, history, on_token)
            except LLMError as e:
                if not self.settings.llm_fallback:
                    raise
                a = self.answer(q, k, since, until, history, mode="extractive")
                notice = f"The LLM failed ({e}) so this is the offline answer."
                return replace(a, notices=(notice, *a.notices))
        t0 = time.perf_counter()
        asked, q = q, self.read_question(q)
        earlier = _previous_question(history) if is_follow_up(q) else ""
        qvec = self.encoder.encode([q])[0]
        hits = self.retriever.retrieve(q, qvec, k, since, until)
        if earlier:  # a follow-up: also search with the earlier turn's names ("he" = Assad)
            search = f"{q} {earlier}"
            more = self.retriever.retrieve(search, self.encoder.encode([search])[0], k, since, until)
            hits += [h for h in more if h.unit.id not in {x.unit.id for x in hits}]
        by_source = None  # the retrieved articles' sentences, read once
        if qualified := article_qualifier(q):  # "..., in the Tasnim report?": the fact, searched for in it
            plain, wanted = qualified
            by_source = self._sentences_by_source(hits)
            if named := _named_articles(wanted, by_source):
                # ... only in the articles already retrieved, so their sentences stay the ones read
                more = self.retriever.retrieve(plain, self.encoder.encode([plain])[0], k, since, until, named)
                hits += [h for h in more if h.unit.id not in {x.unit.id for x in hits}]
        t1 = time.perf_counter()
        text, cites = self._extractive(q, qvec, hits, earlier, by_source)
        timing = {"retrieve": (t1 - t0) * 1000, "answer": (time.perf_counter() - t1) * 1000}
        notices = tuple(f"Read “{a}” as “{b}”, as the articles spell it." for a, b in respellings(asked, self._stats))
        return Answer(asked, text, bool(cites), tuple(cites), timing, notices=notices)

    def _llm_answer(
        self,
        q: str,
        k: int | None,
        since: str | None,
        until: str | None,
        history: Sequence[Any] | None,
        on_token: Callable[[str], None] | None,
    ) -> Answer:
        from rag.llm import LLMClient, Passage, answer_prompt, pack, verify
        from rag.prompts import SYSTEM_PROMPT

        if self._llm is None:
            self._llm = LLMClient(self.settings)
        t0 = time.perf_counter()
        earlier = _user_turns(history)
        standalone = self._llm.condense(q, earlier) if earlier else q
        qvec = self.encoder.encode([standalone])[0]
        hits = self.retriever.retrieve(standalone, qvec, k, since, until)
        by_source = self._sentences_by_source(hits)
        passages = [
            Passage(
                i + 1,
                h.unit,
                tuple(s for s in by_source.get(h.unit.source, []) if _overlaps(s, h.unit)),
            )
            for i, h in enumerate(hits)
        ]
        passages = pack(passages, standalone, self.settings)
        t1 = time.perf_counter()
        reply = self._llm.chat(SYSTEM_PROMPT, answer_prompt(passages, standalone), on_token)
        text, cited, notices = verify(reply, passages, self._stats)
        cites = self._citations(cited)
        timing = {"retrieve": (t1 - t0) * 1000, "answer": (time.perf_counter() - t1) * 1000}
        if not cites:
            text = ABSTAIN_TEXT
        return Answer(q, text, bool(cites), tuple(cites), timing, mode="llm", notices=tuple(notices))

    def _sentences_by_source(self, hits: Sequence[Hit]) -> dict[str, list[Unit]]:
        sources = list(dict.fromkeys(h.unit.source for h in hits))
        by_source: dict[str, list[Unit]] = {}
        for s in sorted(self.store.sentences_of(sources), key=lambda u: (u.source, u.start)):
            by_source.setdefault(s.source, []).append(s)
        return by_source

    def _citations(self, evidence: Sequence[tuple[Unit, float]]) -> list[Citation]:
        """Citations numbered in order, each checked against the article text."""
        cites: list[Citation] = []
        for u, score in evidence:
            if self.text_of(u.source)[u.start : u.end] != u.text:
                continue  # never return a quote that is not at its offsets
            also = labels(corroborating(u, self.store, self._stats))
            cites.append(
                Citation(
                    also_in=also,
                    n=len(cites) + 1,
                    source=u.source,
                    title=str(u.meta.get("title", "")),
                    date=u.meta.get("date") or None,
                    quote=u.text,
                    start=u.start,
                    end=u.end,
                    score=score,
                    outlet=u.meta.get("outlet") or None,
                )
            )
        return cites

    def _extractive(
        self, q: str, qvec: Any, hits: Sequence[Hit], earlier: str = "", by_source: dict[str, list[Unit]] | None = None
    ) -> tuple[str, list[Citation]]:
        by_source = by_source if by_source is not None else self._sentences_by_source(hits)
        candidates = []
        for s in (s for ss in by_source.values() for s in ss):
            ranks = [r for r, h in enumerate(hits) if _overlaps(s, h.unit)]
            if ranks:
                candidates.append((s, min(ranks)))

        if qualified := article_qualifier(q):
            # "..., in the report on his meeting with Khattab?": read the articles that report it
            plain, wanted = qualified
            if named := _named_articles(wanted, by_source):
                q, candidates = plain, [(s, r) for s, r in candidates if s.source in named]

        def said(source: str) -> frozenset[str]:  # an article's words, read once per index state
            if source not in self._said:
                ss = by_source[source]
                self._said[source] = frozenset(
                    terms(" ".join([str(ss[0].meta.get("title", "")), *(s.text for s in ss)]))
                )
            return self._said[source]

        candidates = on_topic(q, candidates, said)
        before = {b.id: a for ss in by_source.values() for a, b in zip(ss, ss[1:], strict=False)}
        after = {a.id: b for ss in by_source.values() for a, b in zip(ss, ss[1:], strict=False)}

        def previous(u: Unit) -> Unit | None:
            return before.get(u.id)

        corefs = {sid: c for source, ss in by_source.items() for sid, c in self._coref(source, ss).items()}

        def coref(u: Unit) -> Coref:
            return corefs.get(u.id, NO_COREF)

        def context(u: Unit) -> str:  # two sentences back: "…Salih said." "The president also said…" "he added"
            prev = previous(u)
            prev2 = previous(prev) if prev else None
            lines = [x.text for x in (prev2, prev) if x] + [str(u.meta.get("title", "")), *coref(u).names]
            outlet = str(u.meta.get("outlet") or "")
            if outlet and re.search(rf"(?i)\b{re.escape(outlet)}\b", q):  # "according to RT": it stands behind it;
                lines.append(outlet)  # "COUNTY ECHO" says nothing of "In which county ...?"
            return "\n".join(lines)

        retrieved = {s.id for s, _ in candidates}  # only these may be cited
        evidence: list[tuple[Unit, float]] = []

        picks = pick_sentences(q, qvec, candidates, context, self._stats, earlier=earlier, coref=coref)
        kind = answer_type(q)
        # Where only the page's metadata gives the article's date, outlet or writer (a meta tag, a
        # syndication trailer cut as furniture, front matter), the answer says so before its passages
        lead = ""
        # "Which outlet ran the story ...?": the page's own outlet, whatever bodies its sentences name
        outlet_asked = kind == "org" and bool(re.search(r"(?i)\b(?:outlet|newspaper|publication|website)\b", q))
        # ... or "Which newspaper reported the names?", where no sentence says who "reported" them
        reported = bool(re.search(r"(?i)\b(?:reported|published)\b", q)) and not (
            picks and re.search(r"\b(?:reported|reports|published)\b", picks[0].unit.text)
        )
        outlet_asked = outlet_asked and (bool(re.search(r"(?i)\b(?:story|article|report|piece)\b", q)) or reported)
        # ... unless the story is one the text tells of: "the New York Times published a story"
        outlet_asked = outlet_asked and not (picks and _TELLS_OF_STORY.search(picks[0].unit.text))
        if (not picks or outlet_asked) and kind in ("date", "exact-date", "org", "headline", "published", "author"):
            # The article's own dateline, outlet or title line can answer "when was it reported",
            # "which agency reported it" or "what was the headline": find the event, then cite
            # that line beside it.
            picks = pick_sentences(q, qvec, candidates, context, self._stats, "any", earlier=earlier, coref=coref)
            meta_line = self._meta_line(picks[0].unit, by_source, kind, q) if picks else None
            if meta_line is not None and meta_line.id not in retrieved:
                meta_line = None
            undated = picks and not any(parse_date_line(s.text) for s in by_source[picks[0].unit.source])
            if meta_line is None and kind == "published" and undated and picks[0].unit.meta.get("date"):
                lead = f"Dated {picks[0].unit.meta['date']} in the page's metadata: "  # cited with the passage
            elif meta_line is None and outlet_asked and picks and picks[0].unit.meta.get("outlet"):
                lead = f"Published by {picks[0].unit.meta['outlet']}, as the page's metadata says: "  # "... at RT.com"
            elif meta_line is None and kind == "author" and picks and picks[0].unit.meta.get("author"):
                lead = f"Written by {picks[0].unit.meta['author']}, as the page's metadata says: "  # "author: X"
            elif meta_line is None:
                picks = []
            else:
                evidence.append((meta_line, picks[0].score))
        for p in picks:
            prev = previous(p.unit)
            if (
                prev is not None
                and prev.id in retrieved
                and prev.id not in {u.id for u, _ in evidence}
                and (
                    context_adds(q, p.unit.text, prev.text)
                    or leans_on_previous(p.unit.text)
                    or (kind == "person" and _names_only_before(coref(p.unit).names, p.unit.text, prev.text))
                    or (kind == "person" and _surname_only(p.unit.text, prev.text))
                    or _continues(p.unit.text, prev.text)
                    or _quote_goes_on(p.unit.text, prev.text)
                )
            ):
                evidence.append((prev, p.score))  # the sentence that says who "he" or "the general" is
            if p.unit.id not in {u.id for u, _ in evidence}:
                evidence.append((p.unit, p.score))
            # "Who won the prize?": "A nurse ... has won ..." is answered with the next sentence,
            # "Maeve Doherty, 36, ...", that names her
            # ... and "What is the busker's *name*?" the one that gives it ("Teodor Balan, 31, ...")
            wants_name = kind in ("person", "org") or q.lower().startswith("which") or bool(_ASKS_A_NAME.search(q))
            nxt = after.get(p.unit.id) if wants_name else None
            held_back = nxt is not None and any(
                n not in p.unit.text and nxt.text.startswith(n) for n in coref(p.unit).names
            )
            if nxt is not None and held_back and nxt.id in retrieved and nxt.id not in {u.id for u, _ in evidence}:
                evidence.append((nxt, p.score))
        evidence.sort(key=lambda e: (e[0].source, e[0].start))
        cites = self._citations(evidence)
        if not cites:
            return ABSTAIN_TEXT, []
        return lead + " ".join(f"{c.quote} [{c.n}]" for c in cites), cites

    def _meta_line(self, u: Unit, by_source: dict[str, list[Unit]], kind: str, q: str) -> Unit | None:
        """The sentence of u's article that states its date, names its outlet or is its title."""
        if kind == "author":  # "By Amina Otieno", "*By Diego Fuentes — 9 September 2022*", "Tomaž Kranjc | 9 ..."
            lines = by_source[u.source]
            bylines = (s for s in lines if _BYLINE.search(s.text) or _name_and_date(s.text))
            # "Jessamy Tolliver" on its own line above the date: a byline without "By"
            above = (
                s
                for s, n in zip(lines, lines[1:], strict=False)
                if _NAME_ONLY.fullmatch(s.text) and parse_date_line(n.text)
            )
            return next(bylines, None) or next(above, None)
        if kind == "headline":  # "# Ljubljana to ban cars ..." in Markdown too
            return next((s for s in by_source[u.source] if s.is_title), None)
        if kind == "org":
            outlet = str(u.meta.get("outlet") or "")
            if not outlet or not re.search(r"\b(report|publish|according|news|agency|outlet)", q.lower()):
                return None
            return next((s for s in by_source[u.source] if re.search(rf"\b{re.escape(outlet)}\b", s.text)), None)
        date = str(u.meta.get("date") or "")
        if not date or not re.search(r"\b(report|publish|written|wrote|article|story|news|dated)", q.lower()):
            return None  # the article's date says when it was published, not when events happened
        return next((s for s in by_source[u.source] if parse_date_line(s.text) == date), None)


_ASKS_A_NAME = re.compile(r"(?i)\bname\b|\bcalled\?$")


def _continues(text: str, previous: str) -> bool:
    """Does `text` go on about an event `previous` reported ("... killed in a US drone strike."
    "*The strike also* killed ...")? The one named first is in `previous`."""
    m = re.match(r"The (\w+) also\b", text)
    return m is not None and re.search(rf"\b{m.group(1)}\b", previous) is not None


def _quote_goes_on(text: str, previous: str) -> bool:
    """Does `text` close a quotation `previous` opened ("“Safety has to come first." "We are
    heartbroken,” said ... Ek.")? Then both are the quote."""
    return (
        len(_QUOTE_MARK.findall(previous)) % 2 == 1
        and len(_QUOTE_MARK.findall(text)) % 2 == 1
        and bool(_QUOTE_MARK.match(previous))
    )


_QUOTE_MARK = re.compile(r"[\"“”]")


def _names_only_before(names: Sequence[str], text: str, previous: str) -> bool:
    """Does `previous` name someone `text` only describes ("... Major General Mohammad Hossein
    Baqeri ..." before "the Iranian general accused ...")?"""
    return any(n.split()[-1] in previous and n.split()[-1] not in text for n in names)


_BYLINE = re.compile(  # "By Pieter *de* Wit": name particles in lower case
    r"(?:^|[|·•—] |\d{4} )[*_(]*(?:By|by|Reporting by|Written by|Words by|Reporter:|Author:) [A-Z][\w'’-]+ "
    r"(?:(?:de|van|von|der|den|da|di|du|del|della|dos|das|le|la|ter|ten) )*[A-Z]"
)
# "*Tomaž Kranjc | 9 February 2019*": a name and the date, the byline of a page that writes no "By"
_NAME_DATE = re.compile(r"[*_]*((?:[^\W\d_][\w'’-]*)(?: [^\W\d_][\w'’-]*){1,2}) [|·•] ")


_TELLS_OF_STORY = re.compile(r"\b(?:published|ran|carried|printed)\b[^.;]{0,20}\b(?:story|report|article)\b")
_NAME_ONLY = re.compile(r"[A-Z][a-z][\w'’-]* (?:[A-Z][a-z][\w'’-]* )?[A-Z][a-z][\w'’-]*")


def _name_and_date(line: str) -> bool:
    """Is `line` a name and a date ("*Tomaž Kranjc | 9 February 2019*"), not a section label
    and a date ("Local News | 17 May 2023")?"""
    m = _NAME_DATE.match(line)
    name = m.group(1) if m else ""
    section = re.search(r"(?i)\b(news|sports?|politics|business|world|local|city|opinion|culture|science)\b", name)
    return bool(name and all(w[0].isupper() for w in name.split()) and not section and parse_date_line(line))


def _surname_only(text: str, previous: str) -> bool:
    """Does `text` open with a lone surname the previous sentence gives in full ("*Chebet*
    finished second" after "Kenya's Ruth Chebet")?"""
    m = re.match(r"([A-Z][\w'’-]{2,})\b(?! [A-Z])", text)
    return m is not None and re.search(rf"\b[A-Z][\w'’-]+ {re.escape(m.group(1))}\b", previous) is not None


def _named_articles(wanted: Sequence[str], by_source: dict[str, list[Unit]]) -> set[str]:
    """The articles that say every one of the `wanted` terms (or a synonym), in text or title;
    if the outlet of some says them, only those: "the Tasnim report" is Tasnim's, not one
    that quotes Tasnim."""

    def says(bag: str) -> bool:
        return all(match_synonym(t, set(terms(bag))) for t in wanted)

    def article(ss: list[Unit]) -> str:
        return " ".join([str(ss[0].meta.get("title") or ""), *(s.text for s in ss)])

    by_outlet = {src for src, ss in by_source.items() if says(str(ss[0].meta.get("outlet") or ""))}
    return by_outlet or {src for src, ss in by_source.items() if says(article(ss))}


def _overlaps(sentence: Unit, chunk: Unit) -> bool:
    return sentence.source == chunk.source and sentence.start < chunk.end and sentence.end > chunk.start


def _user_turns(history: Sequence[Any] | None) -> list[str]:
    """The user's questions in a chat history (messages dicts, or plain question strings)."""
    out = []
    for turn in history or []:
        if isinstance(turn, str):
            out.append(turn)
        elif isinstance(turn, dict) and turn.get("role") == "user" and isinstance(turn.get("content"), str):
            out.append(str(turn["content"]))
    return out


def _previous_question(history: Sequence[Any] | None) -> str:
    """The last user turn of a chat history."""
    turns = _user_turns(history)
    return turns[-1] if turns else ""


_engines: dict[Settings, Engine] = {}
_engines_lock = threading.Lock()


def engine(settings: Settings | None = None) -> Engine:
    """The warm engine for these settings (one per process and index)."""
    settings = settings or Settings.from_env()
    with _engines_lock:
        if settings not in _engines:
            _engines[settings] = Engine(settings)
        return _engines[settings]


def answer(question: str, settings: Settings | None = None, **kw: Any) -> Answer:
    """Answer `question` from the corpus with citations, or abstain (`answerable` false).

    Keyword arguments: `k`, `since`, `until` (ISO dates) override the settings for one call;
    `history` (earlier questions, or chat messages) lets a follow-up like "What did he say?"
    borrow the names of the previous question; `mode` ("extractive" or "llm") overrides
    `settings.mode`; `on_token(text)` receives LLM output as it streams.
    """
    return engine(settings).answer(question, **kw)


def corpus_text(source: str, settings: Settings | None = None) -> str:
    """The cleaned text of an indexed article: every citation's offsets point into it.
    Like `answer`, it indexes the configured corpus first if the index is empty."""
    eng = engine(settings)
    eng.ensure_index()
    return eng.store.document(source).text
