"""A council or hromada as spreadsheets write it beside a settlement, read before a query is
split at its slashes and commas.

Humanitarian and government sheets name a settlement with the council it lay in before 2020
or the hromada it lies in today, in many notations: a slashed abbreviation (``с/р``,
``с/рада``, ``с/с``, ``п/с``, ``м/р``), one word (``сільрада``, ``сельсовет``, ``поссовет``),
an acronym (``МТГ``, ``СТГ``), the council in the genitive after the name without a comma
(``смт Печеніги Печенізької с/р``, ``Березники Старосалтівської сел. ради``), a Russian
adjective (``Циркуновский с/с``). :func:`council_notation` writes each as the cleaner reads
a council (``Печеніги, Печенізька селищна рада``): its adjective in the nominative feminine,
its kind and noun written out, set apart by a comma from a name before it. A post office
(``Березники, п/о Старий Салтів``) is the settlement it is in, set beside the name; a
council abbreviated with no adjective (``Циркуни с/р``, ``с/с Циркуны``) is the settlement's
own, and says nothing more.
"""

from __future__ import annotations

import re

from translit.lazyre import lazy_compile

from .ignorecase import may_hold, words_held

#: A kind's first letters (as the abbreviations and words start) -> the kind written out.
_KINDS = (
    ("селищ", "селищна"), ("сіл", "сільська"), ("сел", "сільська"), ("с", "сільська"),
    ("пос", "селищна"), ("п", "селищна"), ("міс", "міська"), ("м", "міська"), ("гор", "міська"),
    ("selyshch", "selyshchna"), ("s", "silska"), ("pos", "selyshchna"), ("p", "selyshchna"),
    ("m", "miska"), ("gor", "miska"), ("hor", "miska"),
)  # fmt: skip
#: A hromada's acronym -> its kind written out (none for ОТГ, ТГ: any hromada).
_ACRONYM_KINDS = {"МТГ": "міська", "СТГ": "сільська", "СелТГ": "селищна", "СМТГ": "селищна",
                  "ОТГ": "", "ТГ": ""}  # fmt: skip
#: A slashed abbreviation of a council (с/р, с/рада, с/с, с/сов., п/с, м/р), its kind first.
_SLASHED = r"(?P<slashed>[спмspm])\s?/\s?(?:[рr](?:ад[аиіуо]\w*|ad\w*)?|[сs](?:ов\w*|ov\w*)?)\.?"
#: A council in one word (сільрада, селищрада, міськрада, сельсовет, поссовет, горсовет).
_ONE_WORD = (
    r"(?P<one>сільрад|селищрад|міськрад|сельсовет|поссовет|горсовет|сельрад"
    r"|silrad|selrad|selyshchrad|miskrad|selsovet|possovet|gorsovet)\w*"
)
#: A hromada's acronym: міська, сільська, селищна, об'єднана територіальна громада.
_ACRONYM = r"(?P<acronym>МТГ|СТГ|СелТГ|СМТГ|ОТГ|ТГ)"
#: A council's kind written as a word, or cut short with a stop (сел. ради, с. ради).
_KIND_WORD = (
    r"(?:сільськ|селищн|міськ|сельск|поселков|городск|територіальн|территориальн)\w*"
    r"|(?:сел|с|пос|м)\."
)
#: A council's noun after its kind (рада, ради, совет, совета) in any case.
_NOUN = r"(?P<noun>рад[аиіуо]\w*|совет\w*)"
#: An adjective a council or hromada is named by, capitalised, in any case or gender
#: (Циркунівська, Печенізької, Циркуновский, Старосалтовского).
_ADJECTIVE = (
    r"(?P<adjective>[А-ЯІЇЄҐ][\w'’-]*?[сцз]ь?к(?:ої|ій|ою|а|ого|ому|ий|ой|ом|ая)"
    r"|[A-Z][\w'’-]*?[stz]k(?:a|oi|ii|yi|iy|ij|oho|ogo|aya|aia|oy))"
)
_NOTATION = lazy_compile(
    rf"(?<![\w/.])(?:{_ADJECTIVE}\s+)?(?P<kinds>(?:(?:{_KIND_WORD})\s*)*)"
    rf"(?:{_SLASHED}|{_ONE_WORD}|{_ACRONYM}|(?<=\s){_NOUN})(?![\w/])",
)
#: A post office beside a name (п/о, п/в, п.о.): the settlement it is in.
_POST_OFFICE = lazy_compile(r"\s*,?\s*(?<![\w/])(?:п\s?/\s?[ов]|п\.\s?о)\.?(?![\w/])\s*")
_SPACED_COMMA = lazy_compile(r"\s+,")
#: What a text must hold for a notation to be read (most texts hold none)...
_TRIGGER = lazy_compile(r"/|рад|совет|rad|sovet|ТГ|п\.\s?о", re.IGNORECASE)
#: ...and the words it cannot be found without, told first (:mod:`gazetteer.ignorecase`).
_TRIGGER_HELD = words_held("/", "рад", "совет", "rad", "sovet", "тг", "п.")


def council_notation(text: str) -> str:
    """``text`` with each council or hromada notation written as the cleaner reads a council
    (see the module docs), and a post office's mark read as a comma; as it is without one."""
    if not may_hold(text, _TRIGGER_HELD) or not _TRIGGER.search(text):
        return text
    text = _POST_OFFICE.sub(", ", text).strip(" ,") if "п" in text else text
    written = _NOTATION.sub(lambda m: _written(m, text), text)
    return _SPACED_COMMA.sub(",", written).strip(" ,") if written != text else text


def _written(match: re.Match[str], text: str) -> str:
    """One notation written out, after a comma when a name stands before it in its part."""
    adjective, kinds = match["adjective"], match["kinds"].split()
    if not adjective and (match["slashed"] or match["one"]):
        return " "  # (Циркуни с/р, с/с Циркуны: a council named by the settlement itself)
    if not adjective and (match["acronym"] or not kinds):
        return match[0]  # (рада alone: perhaps a name's word; Ізюм ТГ: its hromada)
    if match["noun"] and not kinds and adjective and adjective.endswith("а"):
        return match[0]  # (Черкаська рада: as it is read already)
    lead = match["slashed"] or match["one"] or (kinds[0] if kinds else "")
    kind = _ACRONYM_KINDS[match["acronym"]] if match["acronym"] else _kind(lead.lower())
    if match["noun"] and kind == "міська":
        return match[0]  # (a city's council written out: gazetteer.councils reads it)
    noun = "громада" if match["acronym"] else "рада" if not lead.isascii() else "rada"
    words = [_nominative(adjective)] if adjective else []
    written = " ".join([*words, kind, noun] if kind else [*words, noun])
    before = text[: match.start()].rstrip()
    apart = adjective and before and before[-1] not in ",;([{"
    return f", {written}" if apart else written


def _kind(lead: str) -> str:
    """The kind a council's first letters say, written out."""
    if lead.startswith(("терит", "террит")):
        return ""
    return next((kind for start, kind in _KINDS if lead.startswith(start)), "")


#: Oblique endings of a feminine adjective (Печенізької, Печенізькій, Starosaltivskoi), and a
#: masculine's romanised (Tsyrkunovskii): read as the feminine's nominative.
_FEMININE_OBLIQUE = (
    "ої",
    "ій",
    "ою",
    "oi",
    "ii",
    "yi",
    "iy",
    "ij",
    "oho",
    "ogo",
    "aya",
    "aia",
    "oy",
)
#: Russian endings of an adjective, any case or gender (Циркуновский, Печенежского).
_RUSSIAN_ENDINGS = ("ого", "ому", "ий", "ый", "ой", "ом", "ая")


def _nominative(adjective: str) -> str:
    """A council's adjective in the nominative feminine, as a hromada's name is written
    (Печенізької: Печенізька; Циркуновский, Старосалтовского: Циркуновская)."""
    for ending in _FEMININE_OBLIQUE:
        if adjective.endswith(ending):
            return adjective[: -len(ending)] + ("a" if ending.isascii() else "а")
    for ending in _RUSSIAN_ENDINGS:
        if adjective.endswith(ending):
            return adjective[: -len(ending)] + "ая"
    return adjective
