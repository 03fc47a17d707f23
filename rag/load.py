"""Load articles from a folder and strip web boilerplate into a `Document`.

Reads `.txt`, `.md` and `.html` files, decodes them (UTF-8, UTF-16 with a BOM,
else Windows-1252), removes navigation and share lines, tag strips, photo captions and
credits, lists of other stories ("Most read"), duplicated teaser headlines and trailers,
reads Markdown links and emphasis as their words, and normalises whitespace. Finds the
title, and the outlet, date and writer (the last from metadata only) only where the page states
them: unknown stays None.

It does not chunk, embed or store (see chunk.py, embed.py, store.py). The cleaned
`Document.text` is the text every offset in the index refers to.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date as Date
from html.parser import HTMLParser
from pathlib import Path

from rag.errors import CorpusNotFoundError, UnreadableFileError
from rag.types import Document

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_FILE_BYTES",
    "MAX_PARAGRAPH_CHARS",
    "Skipped",
    "clean_text",
    "find_articles",
    "load_article",
    "parse_date_line",
]

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article is ~10 kB; anything this big is not one
MAX_PARAGRAPH_CHARS = 50_000  # a news paragraph is < 3,000 characters

# Whole lines that are site furniture, matched case-insensitively after normalising.
_BOILERPLATE = re.compile(
    r"^(skip to (main )?(content|navigation|menu)|back to top( button)?|read more|share( this( story| article)?)?!?|"
    r"share on \w+(?: ?[|·•/] ?(?:share on )?\w+)*|"  # "Share on Facebook | Share on X"
    r"(facebook|twitter|x|linkedin|whatsapp|reddit|email|e-mail|copy link)"  # share buttons: "Facebook Twitter Email"
    r"(( ?[|·•/] ?| )(facebook|twitter|x|linkedin|whatsapp|reddit|email|e-mail|copy link))+|"
    r"[*_]?share( this( story| article| page| post)?)?:[*_]? .*|"  # "*Share this article:* Facebook · X", "Share: X"
    r"(sign up|subscribe)( now)? (for|to) [^.!?]{1,60}|"  # "Sign up for our morning briefing"
    r"(get|receive) [^.!?]{1,50} (in|to|straight to) your inbox[.!]?|"  # "Get the day's top stories in your inbox."
    r"think your friends would be interested\?.*|(advertisement|publicité|publicidad|anzeige)( ?[-–—:|] ?.{0,40})?|"
    r"related( articles| news)?|(breaking( news)?|live)(:.*)?|"  # "LIVE: Weather warnings across the region"
    r"comments are (closed|disabled)\.?|report an (error|issue|inaccuracy)|"
    r"story continues (below|after (this )?ad(vertisement)?)|"
    r"join the (conversation|discussion)( \(\d+ comments?\))?|"
    r"this (article|story|report) (was|has been|is) (written|produced|supplied|updated) .*|"  # not a correction note
    r".*\bfollow (him|her|them) (on|at) .*|"  # an author's bio: "Sara Mendes covers ... Follow her on X at ..."
    r"(related|see also|read also|also read|read more|more on this(?: story| topic)?|our standards):.*|"
    r"\d+ min(ute)?s? read|you may also like|follow us.*|subscribe.*newsletter.*|menu|search|home|sign in|log in|"
    # "Get our free newsletter every Friday"
    r"(get|receive|sign up for) (our|the)( free)?( [\w-]+)? newsletters?\b[^.!?]{0,40}|"
    r"listen to this (article|story)( ?[|·•-] ?\d+ min(ute)?s?)?|reading time:? .*|"
    r"(photo|photograph|image|picture|source)s?( credit)?s?(:| by ).*|"
    r"thanks for reading!?.*|"
    r"(have|got) a (story|tip|news tip)\b[^.!]*\? (email|contact|write to) us\b.*|"
    r".*\bshare (it|this( article| story)?) with (a friend|friends)\b.*|"
    r"topics?:.*|tags?:.*|(posted|filed) (in|under):.*|categor(y|ies):.*|"
    r"(posted|filed) (in|under) [\w&' ]{1,30}( [|·•] \d+ min(ute)?s? read)?|"  # "Posted in Science · 5 min read"
    r"[*_]?[^*_]+[.!?] (photo|image|picture)( credit)?: [^.]{1,60}[*_]?|"  # "*Mei Lan with a cub. Photo: Zoo*"
    r"print( this)?( page| article| story)?|comments?( \(\d+\))?|\d+ comments?|[-*_=]{3,}|"
    r"\|?(?: ?:?-{3,}:? ?\|)+(?: ?:?-{3,}:? ?)?|"  # a Markdown table's rule: "|---|:--:|"
    r"trending( now)?(:.*)?|sponsored|click here.*|(updated:? )?\d+ (minutes?|hours?|days?) ago|"
    r"[^.!?]+ [\[(](getty( images)?|afp|reuters|ap( photo)?|epa|anadolu( agency)?|file( photo)?)[^\])]*[\])]|"
    r"(file( photo)?\s?[-:–—] )?.+ \((ap|afp|reuters|epa|getty images|photo)[ /:][^)]*\))$",
    re.IGNORECASE,
)  # the last two: photo captions ending in their credit, "Iran has maintained close ties ... [Getty]",
# "FILE - A fishing boat on the river ..., March 3, 2021. (AP Photo/Somsack Vongsa)"
# A heading after which a page lists other stories ("Most read"): the article has ended.
_TRAILER = re.compile(
    r"^(?:#+ )?(most (read|popular|viewed|shared)|more (stories|news)|more from \w[^.!?]*|read next|"
    r"recommended( for you)?|you (may|might) also like|related (coverage|stories|articles|reading|content))$",
    re.I,
)
# "Copyright 2022 Harbour Times", "© 2020 Science Desk. All rights reserved.", "© Coast News 2023":
# furniture naming the outlet (the year is required: "Copyright Office rules ..." is a sentence)
_COPYRIGHT = re.compile(
    r"^(?:(?i:copyright)|©|\(c\))(?: ©| \(c\))? ?(?=[^.]*\d{4}\b)(?:\d{4},? )?(?P<outlet>[A-Z][\w.&'’ -]{1,40}?)"
    r"(?: Media Group| Media Ltd| Ltd)?(?:,? \d{4})?\.?(?: (?i:all rights reserved)\.?)?$"
)
# A newspaper's name above the headline: "Ashby Vale Gazette" (not "Local News", a section's label)
_MASTHEAD = re.compile(
    r"^(?:The )?(?:(?:[A-Z][\w&'’-]*|&) ){1,4}"
    r"(?:Gazette|Herald|Chronicle|Courier|Tribune|Observer|Echo|Telegraph|Argus|"
    r"Advertiser|Examiner|Sentinel|Ledger|Courant|Dispatch|Register|Mercury|Times|Post|Journal|"
    r"Record|Press|Standard|Star|Mail|Express|Guardian|Review|Bulletin|Clarion|Messenger|Citizen)$"
)
_NEWS_PAPER = re.compile(r"(?:[A-Z][\w'’-]*|&)(?: (?:[A-Z][\w'’-]*|&)){1,4} News")
# A wire service's version tag before a headline: "UPDATE 2-", "EXCLUSIVE-", "REFILE-"
_WIRE_TAG = re.compile(r"^(?:UPDATE \d+|WRAPUP \d+|EXCLUSIVE|BREAKING|REFILE|CORRECTED)\s?[-:]\s?")
# A byline that names the outlet after the writer: "By Martin Kessel | Northern Wildlife News",
# "By Amina Okafor, Valley Herald"; not a post ("By X, Crime Correspondent", "Transport reporter") or a date
_BYLINE_OUTLET = re.compile(
    r"^By [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:,| \|| [–—]) "
    r"(?P<outlet>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4})(?<!Reporter)(?<!Correspondent)(?<!Editor)(?<!Writer)"
    r"(?P<dated> [|·•—–] [^|·•]*\d{4})?$"  # ... and a date after it: "By X | The Marcher Herald | 3 March 2024"
)
_BYLINE = re.compile(r"^By [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}$")  # "By Cressida Lacey", alone on its line
# A row of furniture links: "*Share this story* · *Read more odd news*"
_ROW_SEPARATOR = re.compile(r"\s+[·|•]\s+")
_ROW_LINK = re.compile(r"(?i)(?:read more|more from|more in)\b.{0,40}")


def _furniture_row(line: str) -> bool:
    """Is `line` two or more links of site furniture set apart by "·" or "|"?"""
    parts = [p.strip("*_ ") for p in _ROW_SEPARATOR.split(line)]
    return len(parts) >= 2 and all(_BOILERPLATE.match(p) or _ROW_LINK.fullmatch(p) for p in parts)


# A menu whose items are set apart by runs of spaces: "News  Sport  What's On  Jobs"
_SPACED_MENU = re.compile(r"\s*[A-Z][\w'’&]*(?: [\w'’&]+){0,2}(?: {2,}[A-Z][\w'’&]*(?: [\w'’&]+){0,2}){2,}\s*")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
# Markdown a reader does not see: images, link targets ("[Culture](/culture)"), bold markers
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_BOLD = re.compile(r"\*\*|__")
_MD_QUOTE = re.compile(r"(?m)^[ \t]*>[ \t]?")
_READ_FULL = re.compile(r"\s*Read Full Article at (\S+?)\.?$")
# "TEHRAN (Tasnim) –", "NAIROBI, Kenya (AP) —", "LIMA, 8 August 2019 (Andina) -"
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,30}(?:, (?P<more>[\w .'-]{1,30}))? \((?P<outlet>[A-Z][A-Za-z .-]{1,30})\)\s*[–—-]"
)
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = (
    r"(?P<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# "Published 3 November 2020", "Science | 21 July 2018", "By Diego Fuentes — 9 September 2022",
# "Oslo, 14 October 2024", "By Camille Roche — Published 9 November 2021"
_LABEL = r"(?:[\w .'’&]{1,30}(?: [|·•—–-]|,) ){0,2}"  # "By Rhian Bevan | The Marcher Herald | 3 March 2024"
_LABEL += r"(?:(?:first |last )?(?:published|posted|updated|modified|reviewed|date)(?: on)?:? )?"  # "Date: 2022-09-21"
_WEEKDAY = r"(?:\w+day,? |(?:mon|tue|wed|thu|fri|sat|sun)\.?,? )?"  # "Friday ", "Tue "
_DATE_LINE = [
    re.compile(rf"^{_LABEL}{_WEEKDAY}(?P<d>\d{{1,2}}) {_MONTH},? (?P<y>\d{{4}})$", re.IGNORECASE),
    re.compile(rf"^{_LABEL}{_WEEKDAY}{_MONTH} (?P<d>\d{{1,2}}),? (?P<y>\d{{4}})$", re.IGNORECASE),
    re.compile(rf"^{_LABEL}(?P<y>\d{{4}})-(?P<mo>\d{{2}})-(?P<d>\d{{2}})(?:[T ][\d:.+-Z]*)?$", re.IGNORECASE),
]


@dataclass(frozen=True)
class Skipped:
    """A file that was not ingested, and why (shown to the user as a warning)."""

    source: str
    reason: str


_FRONT_MATTER_OUTLET = ("outlet", "site", "publisher", "publication", "newspaper", "source")  # its keys for the outlet


def find_articles(folder: Path) -> Iterator[Path]:
    """Article files under `folder`, sorted, hidden files and symlinked folders skipped."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusNotFoundError(
            f"corpus folder {folder} does not exist; create it with your .txt/.md/.html articles "
            "or point RAG_CORPUS_DIR (or `rag ingest PATH`) at one."
        )
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):  # no symlink loops
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root, f) for f in files if not f.startswith(".") and f.lower().endswith(ARTICLE_SUFFIXES)]
    yield from sorted(found)


def load_article(path: Path, source: str, clean: bool = True) -> Document:
    """Read, decode and clean one article. Raises UnreadableFileError with the reason."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UnreadableFileError(
                f"{source}: {path.stat().st_size / 2**20:.0f} MB is too large for an article "
                f"(limit {MAX_FILE_BYTES // 2**20} MB); split it or remove it from the corpus."
            )
        raw = path.read_bytes()
    except OSError as e:
        raise UnreadableFileError(f"{source}: cannot read it ({e.strerror}); check its permissions.") from None
    text = _decode(raw, source)
    title = date = site = author = None
    if path.suffix.lower() in (".html", ".htm"):
        title, date, site, author, text = _html_to_text(text)
    elif m := _FRONT_MATTER.match(text):  # Markdown's "---\ntitle: ...\ndate: ...\n---" ("headline:", "published:")
        fields = dict(re.findall(r"(?m)^(\w+):[ \t]*['\"]?(.*?)['\"]?[ \t]*$", m.group(1)))
        title = fields.get("title") or fields.get("headline") or None
        date = parse_date_line(next((fields[k] for k in ("date", "published", "pubdate") if fields.get(k)), "")[:10])
        site = next((fields[k] for k in _FRONT_MATTER_OUTLET if fields.get(k)), None)
        author = fields.get("author") or fields.get("byline") or None
        text = text[m.end() :]
    if clean and path.suffix.lower() in (".md", ".markdown"):
        text = _MD_BOLD.sub("", _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", text)))  # the words a reader sees
        text = _MD_QUOTE.sub("", text)  # "> "Some growers have lost ...": a quoted paragraph, as read
    if not clean:
        body = text.replace("\r\n", "\n")
        first = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
        return Document(source, title or _shorten(first) or source, body, date, None, _sha(raw))
    paragraphs, meta = _clean_lines(text)
    body = "\n\n".join(paragraphs)
    if not body.strip():
        raise UnreadableFileError(f"{source}: no article text left after cleaning; is the file empty?")
    longest = max(len(p) for p in paragraphs)
    if longest > MAX_PARAGRAPH_CHARS:
        raise UnreadableFileError(
            f"{source}: one paragraph of {longest:,} characters is not article text (limit "
            f"{MAX_PARAGRAPH_CHARS:,}); split it into paragraphs or remove it from the corpus."
        )
    title = _WIRE_TAG.sub("", title or meta.get("title") or _shorten(paragraphs[0]))  # "UPDATE 2-Wildfire ..."
    return Document(
        source=source,
        title=title,
        text=body,
        date=date or meta.get("date"),
        outlet=meta.get("outlet") or site,
        file_sha=_sha(raw),
        author=author,
    )


def clean_text(text: str) -> str:
    """The cleaning `load_article` applies, on a string (for tests and tools)."""
    return "\n\n".join(_clean_lines(text)[0])


def _sha(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _decode(raw: bytes, source: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in raw[:8192]:
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")  # the usual non-UTF-8 web encoding
            if text.count("\ufffd") < max(3, len(text) // 1000):
                return text
    raise UnreadableFileError(
        f"{source}: looks binary or is not text in UTF-8, UTF-16 or Windows-1252; "
        "save it as UTF-8 text or remove it from the corpus."
    )


def _normalise(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").replace("\t", " ")
    line = "".join(ch for ch in line if ch >= " " or ch == "\n")  # control characters
    return re.sub(r" {2,}", " ", line).strip()


def _is_tag_strip(line: str) -> bool:
    """'IranIraqMiddle East', 'MENA', 'Home > Business': category links, not prose."""
    if re.fullmatch(r"(?:[^\W\d_]|[ &'’-]){1,30}(?: [>»›/|] (?:[^\W\d_]|[ &'’-]){1,30}){1,6}", line):
        return True  # a breadcrumb trail or section label: "Home > Business > Commodities", "SPORT | FOOTBALL"
    words = line.split()
    if len(words) > 6 or line[-1:] in ".?!\"”'’:":
        return False
    if len(words) == 1 and (line.isupper() and len(line) <= 6 or line.isalpha()):
        return True  # "MENA", "Business": a section label
    if len([w for w in words if w != "&"]) <= 3 and line.isupper() and not re.search(r"\d", line):
        return not _masthead(line)  # "WORLD NEWS", "DAIRY & FARM WEEKLY"; not "ASHBY ADVERTISER"
    return any(re.search(r"[a-z][A-Z]", w) for w in words) and not re.search(r"[,;]", line)


def parse_date_line(line: str) -> str | None:
    """ISO date of a line that is only a date (\"20 April, 2018\"), else None."""
    # Markdown emphasis: "*By X — 9 September 2022*", "**Politics** ·", "By X — *Published 9 November 2021*"
    line = re.sub(r"(?<![\w*])[*_]+|[*_]+(?![\w*])", "", line).strip()
    line = re.sub(r" [|·•] (?:reporting |written |words )?by .*$", "", line, flags=re.I)  # "... | Reporting by X"
    line = re.sub(r"(?<=\d{4}) by [A-Z][^|·•]*(?: [|·•] .*)?$", "", line)  # "Posted 3 May 2021 by X · Animals"
    line = re.sub(r" [|·•] \d+ min(?:ute)?s? read$", "", line, flags=re.I)  # "27 January 2024 • 4 min read"
    line = re.sub(r"(?<=\d{4}) [|·•] [A-Z][\w &]{1,30}$", "", line)  # "Published 9 August 2022 · Weather & Environment"
    line = re.sub(r" [|·•] (?:last )?(?:updated|modified):? .*$", "", line, flags=re.I)  # "... | Updated: May 4"
    # "..., 14:05 CET", "Dec. 28, 2023 5:42 PM EST"
    line = re.sub(r",? (?:at )?\d{1,2}[:.]\d\d(?: ?[aApP]\.?[mM]\.?)?(?: [A-Z]{2,4})?$", "", line)
    line = re.sub(  # "Last updated 14:32, 5 June 2023": the time before the date
        r"^((?:last )?(?:published|posted|updated|modified)(?: on)?:? )?"
        r"\d{1,2}[:.]\d\d(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?,? ",
        r"\1",
        line,
        flags=re.I,
    )
    for pattern in _DATE_LINE:
        m = pattern.match(line)
        if not m:
            continue
        parts = m.groupdict()
        month = int(parts["mo"]) if parts.get("mo") else _MONTHS[parts["m"].lower()[:3]]
        try:
            return Date(int(parts["y"]), month, int(parts["d"])).isoformat()
        except ValueError:
            return None
    return None


def _clean_lines(text: str) -> tuple[list[str], dict[str, str]]:
    """Cleaned paragraphs and metadata. Cleaning repeats until nothing changes: dropping a
    teaser can make the next kept line look like one ("Iran?" before "Iran? Iran?"), and
    cleaning cleaned text must give it back unchanged (the stored text is what offsets index)."""
    kept, meta = _clean_once(text)
    for _ in range(5):
        again, later = _clean_once("\n".join(kept))
        if again == kept:
            break
        kept, meta = again, {**meta, **later}  # the outlet of a trailer cut in the first pass stays
    return kept, meta


def _clean_once(text: str) -> tuple[list[str], dict[str, str]]:
    meta: dict[str, str] = {}
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [_normalise(ln) for ln in raw]
    kept: list[str] = []
    seen: set[str] = set()
    teasers: list[str] = []
    for i, line in enumerate(lines):
        if not line:
            continue
        m = _READ_FULL.search(line)
        if m:  # "… Read Full Article at RT.com": a syndication trailer naming the outlet
            meta.setdefault("outlet", re.sub(r"\.(com|net|org|co\.uk)$", "", m.group(1)))
            line = line[: m.start()].strip()
        bare = line.strip("*_ ") or line  # Markdown emphasis: "*Reading time: 3 minutes*"; "***" a rule
        if _TRAILER.match(bare) and sum(k[-1:] in '."”' for k in kept) >= 2:
            # only once the article's prose has come: a sidebar may open the page; the footer's
            # copyright line below the story list still names the outlet
            if m := next(filter(None, map(_COPYRIGHT.match, lines[i + 1 :])), None):
                _copyright_outlet(meta, m.group("outlet").strip())
            break
        if m := _COPYRIGHT.match(bare):
            _copyright_outlet(meta, m.group("outlet").strip())
            continue
        m = _BYLINE_OUTLET.match(bare)  # "By Martin Kessel | Northern Wildlife News"
        if m and not (m.group("dated") and " " not in m.group("outlet")):  # not "By X | Culture | 16 September"
            meta.setdefault("outlet", m.group("outlet"))
        top = len(kept) < 3  # a page's menus and section labels come before its prose
        row = _furniture_row(bare) or (top and (_is_tag_strip(line) or bool(_SPACED_MENU.fullmatch(raw[i]))))
        if row and top and _masthead(paper := _ROW_SEPARATOR.split(bare)[0].strip("*_ ")):
            meta.setdefault("outlet", paper)  # "**Thornwick Chronicle** | Sport": the masthead and a section
        if not line or _BOILERPLATE.match(bare) or row:
            continue
        if len(kept) < 8 and "date" not in meta and (d := parse_date_line(line)):
            meta["date"] = d
            paper = re.split(r" [|·•—–-] |, ", bare)[0].strip("*_ ")  # "*Hollowmere Courier, 12 June 2025*"
            if _MASTHEAD.match(paper) or _NEWS_PAPER.fullmatch(paper):  # "*Sefton & District News*, 3 ..."
                meta.setdefault("outlet", paper)
        if "outlet" not in meta and (m := _DATELINE.match(line)):
            meta["outlet"] = m.group("outlet").strip()
            if "date" not in meta and (d := parse_date_line(m.group("more") or "")):
                meta["date"] = d
        key = line.casefold()
        if key in seen:  # teaser headlines and trailers repeated from the article
            continue
        nxt = next((ln for ln in lines[i + 1 :] if ln and not _BOILERPLATE.match(ln)), "")
        if nxt.startswith(line) and len(nxt) > len(line):
            teasers.append(line)  # a related-story headline, repeated glued to its summary next
            continue
        seen.add(key)
        glued = next((t for t in teasers if len(line) > len(t) and line.startswith(t) and line[len(t)].isupper()), None)
        if glued is not None:
            line = line[len(glued) :]  # "…Defense chiefDefense Minister…": keep only the summary
        kept.append(line)
    # "Ashby Vale Gazette", and in capitals: "KILBRIDE & DISTRICT ADVERTISER"; above the headline or
    # right below it ("Church clock strikes again ..." / "Stainby Evening Post")
    # ... or below the headline's byline ("Three-legged greyhound ..." / "By Cressida Lacey" / "Wragby Mercury")
    byline = len(kept) > 2 and bool(_BYLINE.match(kept[1]))
    # ... or opening a row with its section: "**Ebbsworth Gazette** · Community"
    heads = [_ROW_SEPARATOR.split(k)[0].strip("*_ ") for k in kept[:3]]
    at = next((j for j in (0, 1, 2) if len(kept) > 3 and (j < 2 or byline) and _masthead(heads[j])), None)
    if at is not None:
        meta.setdefault("outlet", heads[at])
        kept.pop(at)
    if (outlet := meta.get("outlet", "").casefold()) and len(kept) > 3:
        kept = [k for i, k in enumerate(kept) if i >= 3 or k.casefold() != outlet]  # the masthead above a headline
    if kept:
        # the first line that reads as a headline: "Local News" above it is a section label; in
        # Markdown, the "# " heading ("## City News" above it is a section's)
        heading = next((k for k in kept[:3] if k.startswith("# ")), None)
        lines = [k for k in kept[:3] if not parse_date_line(k)]  # "Last Modified: Mon 14 Aug 2023 08.15 BST"
        first = (heading or next((k for k in lines if len(k.lstrip("# ").split()) >= 3), kept[0])).lstrip("# ")
        if len(first.split()) <= 25 and first[-1:] not in ".!" and len(kept) > 1:
            meta["title"] = first
    return kept, meta


def _masthead(line: str) -> bool:
    """Is `line` a newspaper's name ("Stainby Evening Post"), in capitals too ("ALPINE POST")?"""
    return bool(_MASTHEAD.match(line) or (line.isupper() and _MASTHEAD.match(line.title())))


def _copyright_outlet(meta: dict[str, str], outlet: str) -> None:
    """The outlet a copyright line names, unless another was found first; it replaces a
    dateline's initials of it ("(MW)" is "Copyright 2023 Metro Wire")."""
    if meta.get("outlet") == "".join(w[0] for w in outlet.split() if w[0].isupper()):
        meta["outlet"] = outlet
    meta.setdefault("outlet", outlet)


def _shorten(text: str, limit: int = 90) -> str:
    text = text.lstrip("# ").strip()
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit)].rstrip(",;:") + "…"


# Elements that are site furniture by a class, id or role word ("menu", "main-nav", "cookie-banner"),
# unless they hold the article itself (<article>, <main>, <body>).
_FURNITURE = re.compile(
    r"(?:[\w-]*-)?(?:menu|nav|navbar|navigation|breadcrumbs?|share|sharing|social|tags|related|cookies?|newsletter|paywall|"
    r"sponsored|comments?|"
    r"trending|logo|masthead|kicker|eyebrow|disclaimer|caption|pullquote|pull-quote|most-read|most-popular|popular|bio|video|tweet)"
    r"(?:-[\w-]+)?",
    re.I,
)
_HOLDS_ARTICLE = {"article", "main", "body", "html"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, one block per line; script/style/nav dropped."""

    _SKIP = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "svg", "template", "figure"}
    _BLOCK = {
        "p",
        "div",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "li",
        "tr",
        "section",
        "article",
        "blockquote",
        "title",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title = ""
        self.h1 = ""
        self.date: str | None = None
        self.site: str | None = None
        self.author: str | None = None
        self._in: str | None = None
        self.open: dict[str, int] = {}  # open elements by tag name
        self.furniture: list[tuple[str, int]] = []  # open site-furniture elements: (tag, depth)
        self.headers: list[bool] = []  # open <header>s: skipped (the site's) or not (an <article>'s own)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "header":  # an <article>'s own header holds its headline, dek and date
            self.headers.append(not self.open.get("article"))
        if tag in self._SKIP and (tag != "header" or self.headers[-1]):
            self.skip += 1
        if tag not in _VOID:
            self.open[tag] = self.open.get(tag, 0) + 1
            marks = f"{a.get('class', '')} {a.get('id', '')} {a.get('role', '')}".split()
            if tag not in _HOLDS_ARTICLE and any(_FURNITURE.fullmatch(m) for m in marks):
                self.furniture.append((tag, self.open[tag]))  # <div class="menu">: skipped to its end
        if tag == "meta" and not self.date:
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in ("article:published_time", "datepublished", "date", "pubdate", "dc.date", "dcterms.date"):
                self.date = parse_date_line(a.get("content", "")[:10])
        if tag == "meta" and (a.get("property") or a.get("name") or "").lower() == "og:site_name":
            self.site = _normalise(a.get("content", "")) or None  # the outlet, as the page names it
        if tag == "meta" and (a.get("name") or a.get("property") or "").lower() in ("author", "article:author"):
            self.author = self.author or _normalise(a.get("content", "")) or None  # the writer, as metadata names him
        if tag == "script" and a.get("type") == "application/ld+json":
            self._in = "ld+json"  # schema.org NewsArticle: its "datePublished" and "publisher"
        if tag == "time" and not self.date and a.get("datetime"):
            self.date = parse_date_line(a["datetime"][:10])
        if tag in ("title", "h1"):
            self._in = tag
        if tag in self._BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")  # a table row reads "Beds 48", not "Beds48"

    def handle_endtag(self, tag: str) -> None:
        skipped = self.headers.pop() if tag == "header" and self.headers else tag != "header"
        if tag in self._SKIP and self.skip and skipped:
            self.skip -= 1
        if self.furniture and self.furniture[-1] == (tag, self.open.get(tag, 0)):
            self.furniture.pop()
        if self.open.get(tag):
            self.open[tag] -= 1
        if tag in self._BLOCK:
            self.parts.append("\n")
        if tag == self._in or (tag == "script" and self._in == "ld+json"):
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "ld+json":
            if not self.date and (m := re.search(r'"datePublished"\s*:\s*"([^"]+)"', data)):
                self.date = parse_date_line(m.group(1)[:10])
            self.site = self.site or _ld_name(data, "publisher")  # ... its "publisher": the outlet
            self.author = self.author or _ld_name(data, "author")  # ... and its "author"
        if self.skip or self.furniture:
            return
        if self._in == "title":
            self.title += data
            return
        if self._in == "h1":
            self.h1 += data
        self.parts.append(data)


def _ld_name(data: str, key: str) -> str | None:
    """The "name" of a JSON-LD object under `key`: "publisher": {"name": "Borderlands Today"}."""
    m = re.search(rf'"{key}"\s*:\s*\{{[^{{}}]*?"name"\s*:\s*"([^"]+)"', data)
    return (_normalise(m.group(1)) or None) if m else None


def _html_to_text(page: str) -> tuple[str | None, str | None, str | None, str | None, str]:
    """Title, date, outlet (the site's name after the headline in <title>: "X | Science Desk",
    else its og:site_name), author (a meta tag's or JSON-LD's) and text of a page."""
    # Hand-written on the standard library: trafilatura would add lxml and ~10 MB for
    # the few tags news pages need here.
    p = _TextExtractor()
    p.feed(page)
    p.close()
    h1, head = _normalise(p.h1), _normalise(html.unescape(p.title))
    site = re.match(rf"{re.escape(h1)} [-|–—:·] (.{{2,40}})$", head) if h1 else None
    return h1 or head or None, p.date, site.group(1) if site else p.site, p.author, "".join(p.parts)
