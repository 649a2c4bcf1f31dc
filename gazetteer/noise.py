"""What a cell holds beside a place's name that is no part of it: marks and symbols of
posts (``#Бахмут``, ``★ Kharkiv``), hedges, a cell's line breaks and invisible characters;
"populated place" (``н.п.``), dates, coordinates (``48°08′N``, ``48.595 38.000``), distances
(``10 km``) and an English article before a settlement word. :func:`gazetteer.query.clean_query`
takes them out before it parts the text.
"""

from __future__ import annotations

import re
import unicodedata

from .words import HEDGE_WORDS

#: "Populated place", as Russian and Ukrainian reports write before a name (н.п. Авдеевка).
_LOCALITY = re.compile(
    r"(?<!\w)(?:[нН]\.\s?п\.|нп(?!\w)|[нН]асел(?:енн|ен|ённ|ён)(?:ый|ий) пункт(?!\w)"
    r"|[нН]аселен(?:их|ных) пункт(?:ів|ов)(?!\w))"
)
#: A distance before a direction (10 km south of Izium): no part of a name.
_DISTANCE = re.compile(
    r"(?<!\w)\d+(?:[.,]\d+)?\s*(?:km|км|kilometres?|kilometers?|кілометр\w*|километр\w*"
    r"|miles?|mi)(?!\w)\.?",
    re.IGNORECASE,
)
#: An English article before a settlement word (Kamianka, a village in Izium district); not
#: a filler everywhere, for "a" is a syllable of names in pinyin (a fu di fu ka).
_ARTICLE = re.compile(
    r"(?<!\w)an?\s+(?=(?:small\s+)?(?:village|town|city|settlement|hamlet|urban-type)\b)",
    re.IGNORECASE,
)
#: A date beside a name (Kherson 11.11.2022, Izium 2022-09-10), or a coordinate (Bakhmut
#: 48.595 38.000): no part of it.
_DATE = re.compile(
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
_COORDINATE = re.compile(
    r"(?<![\w.])-?\d{1,3}(?:(?:[.,]\d+)?\s*°(?:\s*\d{1,2}(?:[.,]\d+)?\s*['′])?"
    rf"(?:\s*\d{{1,2}}(?:[.,]\d+)?\s*[\"″])?\s*{_HEMISPHERE}?|\.\d+\s*[NSEW])(?!\w)"
)
#: Marks around a name in posts and notes (#Бахмут, Kharkiv?!, *Izium*): no part of it.
_MARKS = str.maketrans(dict.fromkeys("#@!?*", " "))
_HEDGES = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(HEDGE_WORDS))})(?!\w)", re.IGNORECASE)
#: Pictographs and other symbols (emoji, stars, arrows but →, which parts a path).
_SYMBOL = re.compile(r"[\u2190\u2191\u2193-\u21ff\u2300-\u2bff\U0001f000-\U0001faff\ufe0f]")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_LINE_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")


def without_marks(text: str) -> str:
    """``text`` without invisible characters, control characters and line breaks (a cell's
    lines part as commas do), symbols, marks of posts and hedges, nor a heading's dash at
    either end (Kherson —)."""
    text = text.translate(_INVISIBLE)
    if not text.isprintable():  # a printable text has no control or format character
        text = _LINE_BREAKS.sub(", ", text.strip())  # a cell's lines: parts, as commas part
        text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    if _SYMBOL.search(text):  # 😀 Kyiv, ★ Kharkiv: no name's letter
        text = _SYMBOL.sub(" ", text)
    return _HEDGES.sub(" ", text.translate(_MARKS)).strip(" –—")  # (a heading's dash)


def without_noise(text: str) -> str:
    """``text`` without "populated place", coordinates, dates, distances and an article
    before a settlement word."""
    return _ARTICLE.sub(
        " ", _DISTANCE.sub(" ", _DATE.sub(" ", _COORDINATE.sub(" ", _LOCALITY.sub(" ", text))))
    )
