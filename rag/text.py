"""Word-level helpers shared by BM25 and the extractive answerer.

`terms()` lowercases, folds curly quotes and British spellings, drops stop words and
possessives, and strips a few English suffixes so "visits"/"visited" meet. It is a
deliberately small stemmer: no lemmas. The only synonyms are `VERB_CLASSES`, a short
hand-made list of the verbs (and a few nouns) news reports swap for one another
("accused" / "condemned", "tenure" / "office").
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

__all__ = [
    "COUNTRIES",
    "DEMONYMS",
    "IRREGULAR_PAST",
    "QUESTION_WORDS",
    "STOPWORDS",
    "OPPOSITES",
    "VERB_CLASSES",
    "edit_distance",
    "opposites",
    "respelled",
    "synonyms",
    "terms",
    "words",
]

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    according said says say told tell did does do according one two also s t get got done regarding
    concerning behind anyone anybody someone somebody anything something everyone nobody
    must might shall going without within upon onto toward towards via per among amid near another""".split()
)
# Words that shape a question but are never evidence for an answer.
QUESTION_WORDS = frozenset(
    """what which who whom whose when where why how many much name names named kind type sort article articles
    report reported reports reporting news story stories corpus mention mentioned mentions text
    describe described according happen happened long day date year month week time city country
    place town job position post title role rank quote quoted quotes cite cited remark remarks comment
    comments statement statements words reportedly allegedly apparently supposedly often frequently exactly
    again money previously""".split()
)  # hedges: "Who was *reportedly* killed" asks what the text reports, in whatever words
# Verb forms the suffix stripper cannot bring to their stem, so "met" meets "meet": irregular
# pasts and participles, and a few short forms ("goes", "used").
IRREGULAR_PAST = dict(
    pair.split(":")
    for pair in """met:meet took:take went:go made:make held:hold led:lead gave:give began:begin won:win fell:fall
    gone:go goes:go does:do fought:fight sent:send spoke:speak brought:bring rose:rise flew:fly saw:see came:come
    used:use became:become left:leave paid:pay drew:draw struck:strike thought:think sought:seek built:build
    ran:run chose:choose wrote:write taken:take given:give spoken:speak chosen:choose written:write
    seen:see known:know knew:know heard:hear found:find lost:lose upheld:uphold withheld:withhold
    broke:break broken:break grew:grow grown:grow stood:stand understood:understand kept:keep lent:lend
    tore:tear torn:tear sank:sink sunk:sink hid:hide hidden:hide drove:drive driven:drive rode:ride
    ridden:ride threw:throw thrown:throw caught:catch bought:buy sold:sell told:tell taught:teach felt:feel
    dealt:deal shot:shoot stuck:stick spent:spend fled:flee beaten:beat begun:begin cast:cast recast:recast
    froze:freeze frozen:freeze hung:hang laid:lay lain:lie lit:light rang:ring rung:ring sang:sing sung:sing
    shook:shake shaken:shake sat:sit slid:slide spun:spin stole:steal stolen:steal stung:sting swore:swear
    sworn:swear swept:sweep swam:swim swum:swim woke:wake woken:wake wore:wear worn:wear withdrew:withdraw
    withdrawn:withdraw arose:arise arisen:arise bitten:bite blew:blow blown:blow drank:drink
    drunk:drink flown:fly forgot:forget forgotten:forget overtook:overtake undertook:undertake
    mistook:mistake shone:shine sprang:spring sprung:spring fed:feed ate:eat eaten:eat""".split()
)

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
# Latin letters as regex classes, so "Ibáñez", "Žižek" and "Łódź" are names too; Python's re
# has no \p{Lu}, and Latin Extended-A alternates capitals and small letters, so they are listed.
_LATIN = [chr(c) for c in range(0xC0, 0x250) if chr(c) not in "×÷"]
UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())


def fold(text: str) -> str:
    """`text` without accents ("Júcar" -> "Jucar"): users type names either way."""
    if text.isascii():
        return text
    text = text.translate(_UNSPLIT)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Letters NFKD leaves whole: "Jørgensen" -> "Jorgensen", "Ørsted" -> "Orsted"
_UNSPLIT = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "đ": "d", "ł": "l", "Ł": "L", "þ": "th", "ð": "d"}
)


_SPELLING = [
    (re.compile(r"ence\b"), "ense"),
    (re.compile(r"is(e|ed|es|ing|ation)\b"), r"iz\1"),
    (re.compile(r"(?<=[a-z])tre\b"), "ter"),
    (re.compile(r"(?<=[a-z]{3})our\b"), "or"),
    (re.compile(r"(?<=[a-z]{2})logue(s?)\b"), r"log\1"),  # "dialogue" / "dialog"
]


def words(text: str) -> list[str]:
    """Lowercased word tokens with apostrophes folded and possessives dropped."""
    text = fold(text.lower()).replace("’", "'").replace("‘", "'")
    return [w[:-2] if w.endswith("'s") else w for w in _WORD.findall(text)]


def _spell(w: str) -> str:
    for pattern, repl in _SPELLING:
        w = pattern.sub(repl, w)
    return w


# Demonyms meet their country: "the Iranian minister" / "Iran's minister".
_DEMONYMS = dict(
    pair.split(":")
    for pair in """iranian:iran iranians:iran iraqi:iraq iraqis:iraq syrian:syria syrians:syria
    russian:russia russians:russia israeli:israel israelis:israel american:america americans:america
    turkish:turkey egyptian:egypt egyptians:egypt lebanese:lebanon saudis:saudi jordanian:jordan
    kuwaiti:kuwait qatari:qatar yemeni:yemen afghan:afghanistan pakistani:pakistan indian:india
    chinese:china japanese:japan korean:korea vietnamese:vietnam thai:thailand indonesian:indonesia
    filipino:philippines australian:australia canadian:canada mexican:mexico brazilian:brazil
    chilean:chile peruvian:peru colombian:colombia venezuelan:venezuela argentine:argentina
    kenyan:kenya ethiopian:ethiopia somali:somalia nigerian:nigeria ghanaian:ghana sudanese:sudan
    libyan:libya tunisian:tunisia algerian:algeria moroccan:morocco british:britain french:france
    german:germany spanish:spain portuguese:portugal italian:italy dutch:netherlands greek:greece
    ukrainian:ukraine polish:poland swedish:sweden norwegian:norway danish:denmark finnish:finland
    estonian:estonia icelandic:iceland irish:ireland swiss:switzerland austrian:austria english:england
    scottish:scotland welsh:wales albanian:albania armenian:armenia belgian:belgium bulgarian:bulgaria
    croatian:croatia cuban:cuba cypriot:cyprus czech:czechia hungarian:hungary latvian:latvia
    lithuanian:lithuania romanian:romania serbian:serbia slovak:slovakia slovenian:slovenia bosnian:bosnia
    georgian:georgia kazakh:kazakhstan uzbek:uzbekistan ugandan:uganda tanzanian:tanzania rwandan:rwanda
    zambian:zambia zimbabwean:zimbabwe malaysian:malaysia singaporean:singapore nepali:nepal
    nepalese:nepal bangladeshi:bangladesh ecuadorian:ecuador bolivian:bolivia uruguayan:uruguay
    paraguayan:paraguay haitian:haiti jamaican:jamaica panamanian:panama guatemalan:guatemala
    honduran:honduras nicaraguan:nicaragua senegalese:senegal cameroonian:cameroon congolese:congo
    angolan:angola mozambican:mozambique namibian:namibia malian:mali belarusian:belarus
    moldovan:moldova maltese:malta montenegrin:montenegro azerbaijani:azerbaijan""".split()
)


DEMONYMS = frozenset(_DEMONYMS)  # "iranian", "americans": adjectives and peoples, never names


_EED = frozenset("speed breed bleed greed steed tweed exceed proceed succeed".split())


def _stem(w: str) -> str:
    w = _DEMONYMS.get(w, w)
    w = _spell(IRREGULAR_PAST.get(w, w))
    if w in _EED:
        return w  # "speed" is no "sp-ed", as "speeds" is "speed"
    if len(w) == 4 and w.endswith("s") and (w[-2] not in "suiae" or w[1:3] == "ee") and w != "news":
        return w[:-1]  # days -> day, arms -> arm, bees -> bee
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"  # allies -> ally
    elif len(w) > 5 and w.endswith("iest"):
        w = w[:-4] + "y"  # heaviest -> heavy
    elif len(w) > 4:
        # "closeness" -> close; "dismiss" keeps its -ss, as "dismissed" does
        for suffix in ("ness", "ing", "ed", "ches", "shes", "sses", "xes", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not (suffix == "s" and w.endswith("ss")):
                suffix = suffix[-2:] if suffix.endswith("es") else suffix
                w = _spell(w[: -len(suffix)])
                if suffix in ("ed", "ing") and len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeioulsz":
                    w = w[:-1]  # planned -> plan, committed -> commit
                if suffix == "ed" and w.endswith("i"):
                    return w[:-1] + "y"  # allied -> ally, supplied -> supply
                if suffix in ("ed", "ing"):
                    return w  # its "e" went with the suffix: agreed -> agre, as agree -> agre
                break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]  # urge -> urg, as urged -> urg
    return w


# Countries, as `terms` writes them: "Iraq's", "Iraqi" and "Iraqis" all become "iraq".
COUNTRIES = frozenset(
    _stem(c)
    for c in [
        *_DEMONYMS.values(),
        *"""bahrain oman emirates uk usa andorra bahamas barbados belize benin bhutan botswana brunei
        burundi comoros djibouti eritrea eswatini fiji gabon gambia grenada guinea guyana kiribati kosovo
        kyrgyzstan laos lesotho liberia liechtenstein luxembourg madagascar malawi maldives mauritania
        mauritius monaco mongolia myanmar nauru niger macedonia palau palestine samoa seychelles suriname
        taiwan tajikistan togo tonga turkmenistan tuvalu vanuatu vatican""".split(),
    ]
)


def terms(text: str, drop_question_words: bool = False) -> list[str]:
    """Content terms of `text`, stemmed, in order (duplicates kept)."""
    stop = STOPWORDS | QUESTION_WORDS if drop_question_words else STOPWORDS
    return [_stem(w) for w in words(text) if w not in stop and len(w) > 1]


# Verbs of diplomacy and conflict that reports use for the same act. Written by hand (no
# offline thesaurus links "accuse" to "condemn"); kept short because every pair here lets
# a question's verb match a sentence it does not literally share.
VERB_CLASSES = [
    "accuse blame criticise condemn denounce responsible",
    "kill assassinate eliminate murder die died death",
    "praise hail applaud laud commend congratulate",  # "congratulate them on": "praised their victory"
    "meet talks confer gather receive summit",  # nouns too: "What meeting did the king open?": "the summit"
    "visit travel tour trip stay visitor tourist",  # "How many people visit it?": "2,100 visitors"
    "agree deal accord agreement pact",
    "urge call press push",  # "What stance did the Saudis urge?": "pushed instead for a tough ... stance"
    "expel oust evict",
    "protect defend guard safeguard",
    "help aid assist support back",
    "reject dismiss deny",
    "boost increase strengthen enhance expand bolster reinforce deepen grow",
    "expand widen broaden",  # "what do they want to widen?": "the need to expand", not "reinforcement"
    "rise raise increase",  # "How much will its costs rise?": "raise its costs by about a fifth"
    "supply provide deliver give",  # "give each other": "provide each other with training"
    "sign conclude",
    "discuss address exchange negotiate talks",
    "thank grateful gratitude appreciate",
    "phone telephone contact touch",  # "How did Hatami contact him?": "In a telephone conversation"
    "talk conversation",  # "By what means did they talk?": "In a telephone conversation"
    "vote pass approve adopt",
    "fire launch shoot unleash",  # "launch a campaign": "unleashed its campaign"
    "plan prepare draft",
    "arrest detain capture seize",
    "attack strike bomb target hit",
    "withdraw pull",
    "damage tear destroy wreck hit",  # "When did the storm damage the nets?": "A storm tore a hole in the nets"
    "cut reduce slash savings shed axe eliminate lose",  # "the savings were needed to"; jobs "cut" are "lost"
    "lose loss",  # "How much did it lose?": "a second-quarter loss of $38 million"
    "deploy send dispatch station",
    "lead head command chair run",  # "Who will run the group?": "will lead the new group"
    "fight combat battle counter war",
    "afraid terrified scared frightened",  # "What was she afraid of?": "I was terrified of moths"
    "arrive reach",  # "What time did the players arrive?": "reached the bank by boat at 6.10am"
    "defeat beat",  # "When was Daesh beaten?": "helping the Arab country defeat ... Daesh in late 2017"
    "warn threaten",
    "cooperate collaborate together",  # "fight it together": "cooperation against"
    "appoint elect choose",
    "keep maintain retain",
    "operate run manage",
    "invite ask",
    "deputy second-in-command",  # nouns: "Al-Qaeda's deputy"
    "tenure office term",
    "role part",  # "What part did Soleimani have in ...?": "played a key role in"
    "goal purpose aim objective",
    "king monarch ruler",  # nouns: "the Saudi ruler" is its king
    "overdue late",  # "the overdue book": "returned 63 years late"
    "foreigner outsider",  # nouns: "do without outsiders": "do not need foreigners"
    "speech address remarks",  # nouns: "the ruler's address" is his "opening speech"
    "official officer",
    "begin open start",
    "decide decision ruling",  # "When is a decision expected?": "is expected to decide in the autumn"
    "link interrelated connect",
    "want seek wish",
    "important key crucial vital",
    "judge justice",  # "Justice Peter Mwangi" is the judge
    "deep depth",  # "How deep is it?": "a depth of 390 metres"
    "high height",
    "wide width",
    "heavy weight weigh",
    "far distance away",
    "injure injury hurt wound",
    "pay cost fee charge fare",  # "How much did Porto pay?": "for a club-record fee of 42 million euros"
    "live resident inhabitant",  # "How many people live in X?": "X's 3,700 residents" ...
    "people resident inhabitant visitor employee staff",  # ... are people, though "two people remain" do not live there
    "party democrat republican conservative socialist liberal labour",  # "Which party?": "Social Democrats"
    "spot see sight",  # "Where was the shark spotted?": "saw the shark ... at Twilight Beach"
    "discover find uncover spot recover",  # "Who spotted the comet?": "found the comet"; a "recovered" painting
    "show reveal find",  # "What share of the reefs showed bleaching?": "Surveys found bleaching on 60 percent"
    "promise pledge vow",
    "rob steal theft thief thieves loot",  # "Which museum was robbed?": "Thieves broke into ..."
    "own belong possess",
    "lend loan",  # "Who lent the pandas?": "on loan from the China Wildlife Conservation Association"
    "employ employee staff",  # "How many people will it employ?": "about 19,000 employees", "its staff from 120"
    "land area hectare acre",  # "How much land has it burned?": "about 2,000 hectares"
    "factory plant mill",  # nouns: "the factory" is "the plant"
    "close closure shut",  # "How many jobs will be lost in the closures?": "38 of the shops would close"
    "ship vessel boat",
    "footprint track print",  # nouns: "Who spotted the footprints?": "The tracks ... were spotted by"
    "locomotive engine",  # nouns: "the locomotive" is "the engine"
    "track follow monitor",  # "How are the birds followed?": "tracked by satellite"
    "penalty fine punishment",  # "What is the penalty for ...?": "can carry an unlimited fine"
    "worth value valuation",  # "How much could it be worth?": "would value his find at about $340,000"
    "stadium ground arena",  # "the new stadium": "the £310 million ground"
    "ready prepared",  # "ready to meet Iraq's demands": "fully prepared to satisfy"
    "agency administration bureau regulator",  # "Which agency?": "the National Highway Traffic Safety Administration"
    "repair fix mend replace",  # "pay for the repair": "Dealers will replace the sensor free of charge"
    "take bring fly transport transfer airlift",  # "Where were they taken?": "flew them to Aosta"
    "strand stick trap",  # "Where were the climbers stuck?": "stranded on a ledge"
    "country nation",  # nouns too: "how many countries" is answered by "the four-nation alliance"
    "street road avenue lane boulevard",  # "On which street?": "on Hollis Avenue"
    "win award",  # "How much has the observatory won?": "has been awarded £3.2 million"
    "build construct construction building",  # "When will construction begin?": "Building work is due to start"
    "need demand requirement",  # "Iraq's air defence needs": "Iraq's air defense demands"
    "prevent stop avert",  # "What did the support stop?": "prevented the disintegration of ..."
    "general gen",  # ranks, and their abbreviations: "Gen. Saad al-Alak" is a general
    "colonel col",
    "captain capt",
    "acting interim caretaker",  # "Iraq's caretaker premier": its "acting Prime Minister"
    "parliament lawmaker legislator legislature",  # nouns: "the lawmakers' resolution" is parliament's
    "race marathon",  # nouns: "won the Port Elma Marathon" won the race
    "missing vanish disappear",  # "How long was it missing?": "40 years after it vanished"
    "suppress crush quell repress",  # "What was crushed in 2011?": "violently suppressing a peaceful uprising"
    "prove show demonstrate",  # "What did the war prove?": "the fight ... showed that"
    "burst split rupture",  # "When did the main burst?": "split beneath Thessaly Road at about 2am"
    "book manuscript volume",  # nouns: "the prayer book" is "the illuminated manuscript"
    "exhibition display showcase expo",  # nouns: "a display of Iran's arms": "an exhibition of ... industries"
    "threat danger risk",  # "Against what danger was it aimed?": "to combat possible threats"
    "biggest largest",  # "What was the biggest kite?": "the largest a 30-metre inflatable whale"
    "enter entry",  # "How much did it cost to enter?": "*Entry* cost £3"
    "last final",  # "on his last day": "On his *final* day"
    "remove clear eradicate",  # "When were the rats removed?": "rats ... had been cleared from the island"
    "west western",  # "to Iran's west": "Iran's western border"
    "east eastern",
    "north northern",
    "south southern",
]
# Verbs whose opposite answers a yes/no question: "Did Iran *accept* the story?" is answered by
# "Iran's foreign ministry *dismissed* the story" (no).
OPPOSITES = [
    "accept reject dismiss deny refuse",
    "confirm deny dismiss",
    "support oppose",
    "agree disagree refuse",
]
_SYNONYMS: dict[str, frozenset[str]] = {}
for _line in VERB_CLASSES:
    _class = frozenset(_stem(w) for w in _line.split())
    for _t in _class:
        _SYNONYMS[_t] = _SYNONYMS.get(_t, frozenset()) | _class


_OPPOSITES: dict[str, frozenset[str]] = {}
for _line in OPPOSITES:
    _first, *_others = [_stem(w) for w in _line.split()]
    _OPPOSITES[_first] = _OPPOSITES.get(_first, frozenset()) | frozenset(_others)


def opposites(term: str) -> frozenset[str]:
    """The stemmed verbs `OPPOSITES` sets against `term` ("accept" -> reject, dismiss, ...)."""
    return _OPPOSITES.get(term, frozenset())


def synonyms(term: str) -> frozenset[str]:
    """The stemmed terms `VERB_CLASSES` puts beside `term` (itself included), or {term}."""
    return _SYNONYMS.get(term, frozenset({term}))


def match_term(term: str, bag: set[str]) -> bool:
    """Exact, contained ("phone" in "telephone") or sharing a 5-letter stem ("expan-d/-sion")."""
    if term in bag:
        return True
    if len(term) < 4:
        return False
    return any(
        (min(len(w), len(term)) >= 5 and (term in w or w in term))
        or _shared_prefix(term, w) >= max(5, 0.8 * min(len(term), len(w)))
        for w in bag
    )


def match_synonym(term: str, bag: set[str]) -> bool:
    """`match_term` for the term or a verb `VERB_CLASSES` puts beside it ("accuse" ~ "condemn")."""
    return any(match_term(t, bag) for t in synonyms(term))


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


_TOKENIZER_JSON = Path(__file__).parent / "assets" / "minilm-tokenizer.json"  # also the embedder's
# Two-letter acronyms everyone knows; longer ones are read off the names the corpus writes
_TWO_WORD_ACRONYMS = {"EU": "European Union", "UN": "United Nations", "UK": "United Kingdom", "US": "United States"}


class TermStats:
    """Document frequencies of stemmed terms over the stored chunks, and how the corpus
    capitalises its words (to read a question typed in lower case)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.n = len(texts)
        self.df: dict[str, int] = {}
        written: Counter[str] = Counter()  # each word form as written inside sentences
        pairs: set[tuple[str, str]] = set()
        expansions: dict[str, set[str]] = {}  # "WFP" -> {"World Food Programme"}
        starts: set[tuple[str, str]] = set()  # two capitalised words opening a sentence: "Priya Natarajan took"
        alone: set[str] = set()  # capitalised mid-sentence with no capitalised word after: "in *Baghdad* late"
        for t in texts:
            ts = terms(t)
            for term in set(ts) | {p for x in ts if "-" in x for p in x.split("-") if p}:  # "67-year-old": old
                self.df[term] = self.df.get(term, 0) + 1
            written.update(_MID_SENTENCE_WORD.findall(t))
            alone.update(w.lower() for w in _NAME_ALONE.findall(t))
            pairs.update(_NAME_PAIR.findall(t))
            starts.update(_NAME_PAIR_START.findall(t))
            for run in (r.removeprefix("The ") for r in _LONG_NAME.findall(t)):
                initials = "".join(w[0] for w in run.split() if w[0].isupper())
                expansions.setdefault(initials, set()).add(run)
            for short, full in _TWO_WORD_ACRONYMS.items():  # too short to read off any two-word name ("LA")
                if full in t:
                    expansions.setdefault(short, set()).add(full)
        self.common = {form.replace("’", "'") for form in written if form.islower()}  # "air", never "fard"
        pairs |= {(a, b) for a, b in starts if a.lower() not in self.common}  # not "In April", "Defense Minister"
        self.prefixes = {t[:5] for t in self.df if len(t) >= 5}
        self.name_pairs = {(a.lower(), b.lower()) for a, b in pairs}  # ("new", "york"): "New York"
        # the same pairs, looked up per word rather than scanned per question
        self.firsts: set[str] = set()  # "new"
        self.before: dict[str, set[str]] = {}  # "york" -> {"new"}
        self.pairs_with: dict[str, set[tuple[str, str]]] = {}  # a stemmed half -> its pairs
        for a, b in self.name_pairs:
            self.firsts.add(a)
            self.before.setdefault(b, set()).add(a)
            for half in (*terms(a)[:1], *terms(b)[:1]):
                self.pairs_with.setdefault(half, set()).add((a, b))
        self.alone = alone
        cases: dict[str, Counter[str]] = {}
        for form, n in written.items():
            cases.setdefault(fold(form.lower()).replace("’", "'"), Counter())[form] = n
        self.capitalised: dict[str, str] = {}  # "al-qaeda's" -> "Al-Qaeda’s"
        self.lowercase: set[str] = set()
        for w, forms in cases.items():
            up = sum(n for f, n in forms.items() if f[:1].isupper())
            if up > 2 * (forms.total() - up):
                self.capitalised[w] = forms.most_common(1)[0][0]
            elif forms.total() - up > 2 * up:
                self.lowercase.add(w)

        self.vocabulary = set(cases)  # every word form written inside a sentence, lower case
        self.names = sorted(w for w in self.capitalised if len(w) >= 4 and not w.endswith("'s"))
        self.acronyms = {a: next(iter(runs)) for a, runs in expansions.items() if len(runs) == 1 and len(a) >= 2}

    def idf(self, term: str) -> float:
        """Rarer terms weigh more; a term the corpus never uses weighs the most."""
        return math.log(1 + (self.n + 1) / (self.df.get(term, 0) + 0.5))

    def seen(self, term: str) -> bool:
        return term in self.df or (len(term) >= 5 and term[:5] in self.prefixes)


def respelled(word: str, stats: TermStats, following: str = "") -> str | None:
    """The corpus name a misspelled one stands for ("Bagheri" -> "Baqeri", "Shamkani's" ->
    "Shamkhani's"), or None: a word the corpus never writes, within one edit of exactly one
    name (two for words of seven letters or more), six letters at least ("Salah" is someone
    else) unless the next word is a name the corpus writes after it ("Qasem Soleimani"); a
    common English word typed in lower case is none ("carried" is no "Harriet"), nor one whose
    stem the corpus writes ("gritter", where it writes "gritters", is no "Gritney").
    Transliterated names have many spellings. An acronym the corpus never writes stands for
    the one name whose initials it is ("WFP" -> "World Food Programme")."""
    word = word.replace("’", "'")
    possessive = word[-2:] if word.lower().endswith("'s") else ""
    low = word[: len(word) - len(possessive)].lower()
    bare = word[: len(word) - len(possessive)]
    if bare.isupper() and low not in stats.vocabulary and low not in stats.df and bare in stats.acronyms:
        return stats.acronyms[bare] + possessive  # "WFP" -> "World Food Programme"
    if len(low) < 4 or not low.isalpha() or low in stats.vocabulary or low in STOPWORDS or low in QUESTION_WORDS:
        return None
    if word.islower() and (low in english_words() or any(t in stats.df for t in terms(low))):
        return None  # "Who *carried* out the survey?" is no misspelled "Harriet", "gritter" ("gritters") no "Gritney"
    paired = stats.before.get(following.lower(), set()) if following else set()
    if len(low) < 6 and not paired:
        return None
    limit = 2 if len(low) >= 7 else 1
    names = [n for n in stats.names if abs(len(n) - len(low)) <= limit and (n in paired or len(low) >= 6)]
    near = [(edit_distance(low, n), n) for n in names]
    best = [n for d, n in near if d <= limit and d == min(d for d, _ in near)]
    return stats.capitalised[best[0]] + possessive if len(best) == 1 else None


@functools.cache
def english_words() -> frozenset[str]:
    """The whole words of the bundled MiniLM tokenizer's vocabulary (about 20,000 common English
    words, "carried", "survey"): a word typed in lower case that is one of them is no misspelled name."""
    vocab = json.loads(_TOKENIZER_JSON.read_text(encoding="utf-8"))["model"]["vocab"]
    return frozenset(w for w in vocab if w.isalpha() and w.islower())


def edit_distance(a: str, b: str) -> int:
    """Edits (insert, delete, replace, swap two neighbours) that turn a into b."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


_MID_SENTENCE_WORD = re.compile(rf"(?<=[\w,;:’'\-)] )[{UPPER}{LOWER}][\w’'-]*")


_NAME_ALONE = re.compile(rf"(?<=[\w,;:’'\-)] )[{UPPER}][{LOWER}]+\b(?!['’]?\w* [{UPPER}])")
# "World Food Programme", "Ministry of Health and Welfare": a name of three words or more
_LONG_NAME = re.compile(rf"[{UPPER}][{LOWER}]+(?: (?:of |for |and |the )*[{UPPER}][{LOWER}]+){{2,}}")
_NAME_PAIR_START = re.compile(rf"(?:^|(?<=[.!?] ))([{UPPER}][{LOWER}]+) (?=([{UPPER}][{LOWER}]+)\b)", re.M)
_NAME_PAIR = re.compile(rf"(?<=[\w,;:’'\-)] )([{UPPER}][{LOWER}]+) (?=([{UPPER}][{LOWER}]+))")  # inside a sentence
