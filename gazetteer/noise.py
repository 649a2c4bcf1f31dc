"""What a cell holds beside a place's name that is no part of it: marks and symbols of
posts (``#Бахмут``, ``★ Kharkiv``), hedges, a cell's line breaks and invisible characters;
"populated place" (``н.п.``), dates, coordinates (``48°08′N``, ``48.595 38.000``), distances
(``10 km``) and an English article before a settlement word; a list's marker, a table's
caption or a sub-row's "including" before a name (``1. Харків``, ``№5 Ізюм``, ``Table 2:
Kherson Oblast``, ``в т.ч. Ізюм``); a name the place bore before, in brackets (``Bakhmut
(formerly Artemivsk)``, ``Артемівськ (нині Бахмут)``); a count or mark after a name
(``Харків 25``, ``Kharkiv+``, ``Izium x3``) and the name written again in the other script
after a hyphen (``Харків-Kharkiv``). :func:`gazetteer.query.clean_query` takes them out before
it parts the text.
"""

from __future__ import annotations

import re
import unicodedata

from translit import match_key
from translit.lazyre import lazy_compile

from .words import HEDGE_WORDS, LEVEL_WORDS

#: "Populated place", as Russian and Ukrainian reports write before a name (н.п. Авдеевка).
_LOCALITY = lazy_compile(
    r"(?<!\w)(?:[нН]\.\s?п\.|нп(?!\w)|[нН]асел(?:енн|ен|ённ|ён)(?:ый|ий) пункт(?!\w)"
    r"|[нН]аселен(?:их|ных) пункт(?:ів|ов)(?!\w))"
)
#: A distance before a direction (10 km south of Izium), and the compass point written in
#: capitals after it (Kherson 10km W, 5 km NE): no part of a name.
_DISTANCE = lazy_compile(
    r"(?<!\w)\d+(?:[.,]\d+)?\s*(?:km|км|kilometres?|kilometers?|кілометр\w*|километр\w*"
    r"|miles?|mi)(?!\w)\.?(?-i:\s*[NSEW]{1,3}(?!\w))?",
    re.IGNORECASE,
)
#: An English article before a settlement word (Kamianka, a village in Izium district); not
#: a filler everywhere, for "a" is a syllable of names in pinyin (a fu di fu ka).
_ARTICLE = lazy_compile(
    r"(?<!\w)an?\s+(?=(?:small\s+)?(?:village|town|city|settlement|hamlet|urban-type)\b)",
    re.IGNORECASE,
)
#: A point's two coordinates in decimals (Bakhmut 48.59 38.0, Izium 49.2, 37.3): no part of
#: a name, however few their decimals.
_POINT = lazy_compile(r"(?<![\w.])-?\d{1,3}\.\d+(?:\s*[,;]\s*|\s+)-?\d{1,3}\.\d+(?![\w.])")
#: A date beside a name (Kherson 11.11.2022, Izium 2022-09-10), or a coordinate (Bakhmut
#: 48.595 38.000): no part of it.
_DATE = lazy_compile(
    r"(?<![\w.])(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|-?\d{1,3}\.\d{2,})(?![\w.])"
)
#: The hemisphere after a coordinate in degrees: N, E, or as Ukrainian and Russian write it
#: (пн. ш., півд. ш., сх. д.; с.ш., в.д.; північної широти, восточной долготы).
_HEMISPHERE = (
    r"(?:[NSEW]|(?i:(?:пн|пд|півн|півд|с|ю|сев|юж)\.?\s*ш|(?:сх|зх|в|з|вост|зап)\.?\s*д)\.?"
    r"|(?i:(?:північн|південн|східн|західн|северн|южн|восточн|западн)\w*\s+"
    r"(?:широт|довгот|долгот)\w*))"
)
#: A coordinate in degrees (48°08′N, 48°08'20"N, 48.139N, 37.742° E, 48°30′ пн. ш.): no
#: part of a name.
_COORDINATE = lazy_compile(
    r"(?<![\w.])-?\d{1,3}(?:(?:[.,]\d+)?\s*°(?:\s*\d{1,2}(?:[.,]\d+)?\s*['′])?"
    rf"(?:\s*\d{{1,2}}(?:[.,]\d+)?\s*[\"″])?\s*{_HEMISPHERE}?|\.\d+\s*[NSEW])(?!\w)"
)
#: Marks around a name in posts and notes (#Бахмут, Kharkiv?!, *Izium*), and a footnote's
#: mark after it in a table (Харків¹, Izium†): no part of it.
_MARKS = str.maketrans(dict.fromkeys("#@!?*¹²³⁰⁴⁵⁶⁷⁸⁹†‡", " "))
_HEDGES = lazy_compile(rf"(?<!\w)(?:{'|'.join(sorted(HEDGE_WORDS))})(?!\w)", re.IGNORECASE)
#: Pictographs and other symbols (emoji, stars, arrows but →, which parts a path).
_SYMBOL = lazy_compile(r"[\u2190\u2191\u2193-\u21ff\u2300-\u2bff\U0001f000-\U0001faff\ufe0f]")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_LINE_BREAKS = lazy_compile(r"\s*[\r\n\u2028\u2029]+\s*")


def without_marks(text: str) -> str:
    """``text`` without a list's marker or a caption before the name, invisible characters,
    control characters and line breaks (a cell's lines part as commas do), symbols, marks of
    posts and hedges, nor a heading's dash at either end (Kherson —)."""
    text = _HEADING.sub("", text.translate(_INVISIBLE), count=1)
    if not text.isprintable():  # a printable text has no control or format character
        text = _LINE_BREAKS.sub(", ", text.strip())  # a cell's lines: parts, as commas part
        text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    if _SYMBOL.search(text):  # 😀 Kyiv, ★ Kharkiv: no name's letter
        text = _SYMBOL.sub(" ", text)
    return _HEDGES.sub(" ", text.translate(_MARKS)).strip(" –—")  # (a heading's dash)


def without_noise(text: str) -> str:
    """``text`` without "populated place", coordinates, dates, distances and an article
    before a settlement word."""
    text = _COORDINATE.sub(" ", _LOCALITY.sub(" ", text))
    return _ARTICLE.sub(" ", _DISTANCE.sub(" ", _DATE.sub(" ", _POINT.sub(" ", text))))


#: A list's marker before a name: a bullet or a dash (• Харків), an item's number with its
#: full stop or bracket (1. Харків, 2.1. Izium, 3) Kupiansk, (4) Lyman) or of two levels
#: (1.2 Izium), a letter or roman numeral with a bracket (a) Izium, iv) Kupiansk; not с.
#: Ізюм, which is a village's word, nor V. Novosilka, Велика's initial), a number after its
#: sign (№5 Ізюм, No. 5 Izium, #5 Izium). A bare number stays: it may begin a name (8
#: Березня, 1 Травня).
_LIST_MARKER = (
    r"(?:[•‣⁃◦▪·*+-]|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zа-яіїє]|[ivx]{1,4})\)"
    r"|\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}(?:\.\d{1,3})+|(?:№|(?i:no)\.?|#)\s*\d{1,4}\.?)"
)
#: A table's, an annex's or a figure's caption before what it is about (Таблиця 3.
#: Харківська область, Table 2: Kherson Oblast, Додаток 1 — Ізюмський район, Annex B): its
#: word, its number or capital letter, and the mark after it.
_CAPTION = (
    r"(?i:табл(?:иця|ица)?|table|tab|tbl|додаток|приложение|annex|appendix|рис(?:унок)?"
    r"|figure|fig|розділ|раздел|section|глава|chapter)\.?\s*(?:№\s*)?"
    r"(?:[A-ZА-ЯІЄ]?\d{1,3}(?:\.\d{1,3})*|[A-ZА-ЯІЄ])(?!\w)\s*[.:)–—-]?"
)
#: A sub-row's "including", under a total (в т.ч. Ізюм, в том числе г. Изюм, of which Izium).
_INCLUDING = (
    r"(?i:[ву]\s*т\.\s*ч\.?|в\s+тому\s+числі|в\s+том\s+числе|зокрема|з\s+них|из\s+них"
    r"|including|incl\.|of\s+which)(?!\w)\s*[:–—-]?"
)
#: Any of them, in this order, at the start of a cell, with a letter after them.
_HEADING = lazy_compile(
    rf"^\s*(?:{_CAPTION}\s*)?(?:{_LIST_MARKER}\s*)?(?:{_INCLUDING}\s*)?(?=[^\W\d_])"
)

_NOW_WORDS = (
    r"now|currently|today|renamed(?:\s+(?:to|as))?|нині|тепер|зараз|сьогодні|ныне|сейчас"
    r"|теперь|сегодня|перейменован\w*(?:\s+на)?|переименован\w*(?:\s+в)?"
)
_FORMER_WORDS = (
    r"formerly|former|previously|earlier|ex-|old\s+name|(?:until|before|pre-)\s*\d{4}"
    r"|колишн\w*|кол\.|раніше|стара\s+назва|бывш\w*\.?|ранее|прежде|старое\s+название"
    r"|до\s+\d{4}(?:\s*(?:року|р\.|года|г\.))?"
)
#: A name before a bracket that gives the name of today (Артемівськ (нині Бахмут), Artemivsk
#: (now Bakhmut)): group 1 is the bracket's rest.
_NOW = lazy_compile(
    rf"[^,;/()\[\]]*?\s*\(\s*(?:{_NOW_WORDS})(?!\w)\s*[-–—:]?\s*([^()]+?)\s*\)", re.IGNORECASE
)
#: A bracket that gives the name the place bore before (Bakhmut (formerly Artemivsk), Дніпро
#: (колишній Дніпропетровськ)): group 1 is its rest.
_FORMERLY = lazy_compile(
    rf"\(\s*(?:{_FORMER_WORDS})(?!\w)\s*[-–—:]?\s*([^()]*?)\s*\)", re.IGNORECASE
)
_WORDS = lazy_compile(r"[\w-]+")


def renamed_brackets(text: str) -> str:
    """``text`` read by the name of today its brackets give (Артемівськ (нині Бахмут):
    Бахмут; Bakhmut (formerly Artemivsk): Bakhmut). A bracket that names a unit keeps it,
    without the word (Любимівка (колишній Нововоронцовський район): the raion of then, which
    :mod:`gazetteer.oldraions` reads)."""
    if "(" not in text:
        return text

    def now(match: re.Match[str]) -> str:
        if _a_unit(match[1]):  # Любимівка (нині Каховський район): the raion of today
            return f"{match[0][: match[0].index('(')]} ({match[1]})"
        return f" {match[1]} "

    def formerly(match: re.Match[str]) -> str:
        return f" ({match[1]}) " if _a_unit(match[1]) else " "

    return _FORMERLY.sub(formerly, _NOW.sub(now, text))


def _a_unit(text: str) -> bool:
    """Whether ``text`` says it names a unit (a raion, an oblast, a hromada)."""
    return any(w.lower().rstrip(".") in LEVEL_WORDS for w in _WORDS.findall(text))


#: A count or a mark a table writes after a name (Харків 25, Kharkiv+, Izium x3, Lyman ×2, +1):
#: no name of the codifier holds a digit, and a number written for an ordinal that ends one
#: (Новоселівка 1: Новоселівка Перша) is read from the text before the count is dropped.
_COUNT = lazy_compile(r"\d{1,3}|[+×%]|[x×х]\d{1,3}|\d{1,3}[x×х]", re.IGNORECASE)
#: A number's sign before a count (Kharkiv No. 2, Ізюм № 3).
_NUMBER_SIGNS = frozenset({"no", "nr", "№"})


def without_counts(tokens: list[str]) -> list[str]:
    """The words of a name, ``tokens``, without the counts and marks that end them (Харків
    25, Kharkiv 25 %, Kharkiv No. 2); the first word stays."""
    end = len(tokens)
    while end > 1 and _COUNT.fullmatch(tokens[end - 1]):
        end -= 1
        if end > 1 and tokens[end].isdigit() and tokens[end - 1].lower() in _NUMBER_SIGNS:
            end -= 1
    return tokens[:end]


def said_twice(text: str) -> str:
    """``text``'s first half when the text is one name written in both scripts, joined by a
    hyphen (``Харків-Kharkiv``, ``Kamianka-Buzka-Кам'янка-Бузька``: the same key); else
    ``text``."""
    if "-" not in text or text.isascii():
        return text
    pieces = text.split("-")
    for cut in range(1, len(pieces)):
        first, second = "-".join(pieces[:cut]).strip(), "-".join(pieces[cut:]).strip()
        if (
            first
            and second
            and first.isascii() != second.isascii()
            and one_script(first) is not None
            and one_script(second) is not None
            and match_key(first) == match_key(second)
        ):
            return first
    return text


def one_script(text: str) -> bool | None:
    """True when ``text``'s letters are all Latin, False when all of another script
    (Cyrillic); None when they are mixed, or there are none."""
    scripts = {c.isascii() for c in text if c.isalpha()}
    return scripts.pop() if len(scripts) == 1 else None
