"""An administration or a council after a name, said of the unit it governs: an acronym
(Харківська ОВА, Ізмаїльська РДА), an oblast's council or administration written out
(Харківська обласна рада, Херсонської обласної військової адміністрації, Харьковский
областной совет: the oblast), and a city's council or head (Черкаська міська рада,
Харьковский городской совет, Житомирської міської ради, romanised Kharkivska miska rada:
the city the adjective is made of, :func:`gazetteer.directions.direction_town`, not a
village named like the adjective)."""

from __future__ import annotations

import re

from translit.lazyre import lazy_compile

from .ignorecase import may_hold, words_held

#: The acronyms of an oblast's or a raion's administration (Харківська ОВА, Ізмаїльська
#: РДА), in capitals only: in small letters they are pieces of names (ova Hurynivka, a slip
#: of Nova Hurynivka), read as the word their level is.
ACRONYM_LEVELS = {"ОВА": "область", "ОДА": "область", "OVA": "oblast", "ODA": "oblast",
                  "РВА": "район", "РДА": "район"}  # fmt: skip
ACRONYM_RE = lazy_compile(r"(?<!\w)(?:ОВА|ОДА|OVA|ODA|РВА|РДА)(?!\w)")
#: An oblast's adjective for its council or administration, declined (обласна, обласної,
#: областной): a level word, the oblast's (Харківська обласна ...).
OBLAST_ADJECTIVES = frozenset({
    "обласна", "обласної", "обласній", "обласну", "обласною", "областной", "областного",
    "областном", "областному", "областная", "областную",
})  # fmt: skip
#: A city's adjective for its council, head or administration, declined (міська рада, міської
#: ради, городской совет, городского головы): a level word, read as the city's.
CITY_ADJECTIVES = frozenset({
    "міської", "міській", "міську", "міською", "городской", "городского", "городском",
    "городскому", "городскую",
})  # fmt: skip
#: The nouns an oblast's council or administration is named with after its adjective.
_COUNCIL = (
    r"(?:(?:державн|військов|государственн|военн)\w*\s+)?"
    r"(?:рад[аиіуо]\w*|адміністраці\w*|совет\w*|администраци\w*)"
)
#: An oblast's council or administration written out, or cut short (облрада, облсовет).
_OBLAST_COUNCIL = lazy_compile(
    r"(?<!\w)(?:(?:обласн|областн)\w*\s+" + _COUNCIL + r"|облрад\w*|облсовет\w*"
    r"|облгосадминистраци\w*|облдержадміністраці\w*)(?!\w)",
    re.IGNORECASE,
)
#: A city's council, head or administration after its adjective, in any case (міська рада,
#: міської ради, городской совет, городской голова): what says a city's adjective stands
#: before it, unless the words say a hromada (міська громада, територіальна, об'єднана, or
#: the acronyms ТГ, ОТГ that data sheets name hromadas with).
_HROMADA_WORD = (
    r"(?:територіальн|территориальн|громад|общин|об['’ʼ]?єднан|объединенн)\w*|о?тг(?!\w)"
    r"|(?:terytorialn|territorial|hromad|obiednan|ob'?yednan|community)\w*|o?tg(?!\w)"
)
#: ...and those words romanised (Kharkivska miska rada, Kharkovskiy gorodskoy sovet), in
#: their endings only: a word that opens so is no city's adjective (Miskolc).
_LATIN_CITY = r"misk(?:a|oi|oy|ii|iy|u|oiu|oyu)|gorodsk(?:oy|oi|oj|ogo|ovo|om|omu|aya|aia|uyu)"
_CITY_COUNCIL = lazy_compile(
    r"(?<!\w)(?:(?:міськ|городск)\w*|" + _LATIN_CITY + r")(?!\w)(?!\s+(?:" + _HROMADA_WORD + "))",
    re.IGNORECASE,
)
#: What :data:`_CITY_COUNCIL` cannot be found without, told first (:mod:`gazetteer.ignorecase`).
_CITY_HELD = words_held("міськ", "городск", "misk", "gorodsk")
#: A city's adjective (міська, городской), and a word of a hromada's after it.
CITY_WORD = re.compile(r"(?:міськ|городск)\w*", re.IGNORECASE)
HROMADA_WORD = re.compile(_HROMADA_WORD, re.IGNORECASE)


def spell_acronyms(text: str) -> str:
    """``text`` with an administration's acronym after a name read as its level's word
    (Харківська ОВА: область), and an oblast's council or administration written out
    (обласна рада, обласної військової адміністрації: область); an acronym alone is left
    as it is."""
    if not text or text.strip(" ()[]{}.,;:") in ACRONYM_LEVELS:
        return text
    if "ВА" in text or "ДА" in text or "VA" in text or "DA" in text:  # (each acronym's end)
        text = ACRONYM_RE.sub(lambda m: ACRONYM_LEVELS[m.group()], text)
    return _OBLAST_COUNCIL.sub("область", text) if "обл" in text.lower() else text


def a_city_council(text: str) -> bool:
    """Whether ``text`` says a city's council, head or administration (Черкаська міська
    рада, Харьковский городской совет), not its hromada (Черкаська міська громада)."""
    return may_hold(text, _CITY_HELD) and _CITY_COUNCIL.search(text) is not None
