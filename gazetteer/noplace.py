"""Texts that name no place: the country's name (``Ukraine``), a word standing for a name
(``village``, ``unknown``), an address's street (``вул. Сумська, 10``) or number, a river or
a sea (``Dnipro river``, ``Azov Sea``); and the country's name set apart from a name written
beside it without a comma (``Kharkiv Ukraine``)."""

from __future__ import annotations

import re
from functools import lru_cache

from translit.lazyre import lazy_compile

from .countries import country_code, lowered
from .words import LEVEL_WORDS, PLACE_WORDS, STREET_AFTER, STREET_WORDS

#: The country, written before an address (Україна, Херсонська обл., ...) or after a name
#: (Kharkiv, Ukraina): not a place name.
COUNTRY = frozenset({"україна", "ukraine", "украина", "ukraina", "ua"})
#: A word of an address: letters or digits, with apostrophes or hyphens inside.
_WORDS = lazy_compile(r"[^\W_][\w'’ʼ-]*")


@lru_cache(maxsize=64)  # (a value is asked whether it is generic, then whether a feature)
def _words_of(text: str) -> tuple[str, ...]:
    """The words of ``text``, lower-cased."""
    lowered = text.lower()
    if lowered.isalpha():  # (one word of letters, most values: itself, told without a search)
        return (lowered,)
    return tuple(_WORDS.findall(lowered))


#: The country's name as a whole value (a spreadsheet's "Ukraine" where no place was known),
#: also in the spellings and languages its users meet.
_COUNTRY_NAMES = COUNTRY | {
    "ukraina", "ukrajina", "ukraїna", "україни", "украины", "ukraine (ua)", "l'ukraine",
    "ucraina", "ucrania", "ucrânia", "ukrayina", "ukrainë",
}  # fmt: skip


#: Words that, as a whole value, stand where no place was known (Latin letters only: a
#: village may be called Селище or Хутір).
_NO_PLACE_WORDS = frozenset({
    "village", "city", "town", "settlement", "district", "region", "oblast", "raion",
    "hromada", "community", "area", "place", "location", "unknown", "other", "various",
    "multiple", "none", "null", "nan", "n/a", "na", "tbd", "undisclosed",
    # a table's totals row and its other-and-unknown rows, in Cyrillic letters too (no
    # place bears these: Прочее had met Поріччя, Область Облаз, Sum Суми)
    "total", "totals", "grand total", "subtotal", "sum", "всього", "усього", "разом",
    "итого", "всего", "інше", "інші", "прочее", "прочие", "другое", "другие", "невідомо",
    "неизвестно", "не вказано", "не указано", "область", "район", "не відомо",
})  # fmt: skip


def is_other_country(text: str) -> bool:
    """Whether ``text`` is the name of a country other than Ukraine (``Russia``, ``России``).

    >>> is_other_country("России"), is_other_country("Belarus"), is_other_country("Kyiv")
    (True, True, False)
    """
    return bool(country_code(text))


def is_no_place(text: str) -> bool:
    """Whether ``text`` as a whole value names no place: the country (``Ukraine``), or a
    word standing in for a name (``village``, ``unknown``).

    >>> is_no_place("Village"), is_no_place("Ukraine"), is_no_place("Selyshche")
    (True, True, False)
    >>> is_no_place("#REF!"), is_no_place("#N/A")
    (True, True)
    """
    plain = lowered(text)  # (once for both lists)
    return (
        _names_country(plain)
        or plain in _NO_PLACE_WORDS
        or ("#" in text and bool(_SPREADSHEET_ERROR.fullmatch(text.strip())))
    )


#: A spreadsheet's error value or placeholder (#REF!, #N/A, #VALUE!, #DIV/0!, #NAME?,
#: #NULL!, #NUM!, #SPILL!, ###), which a loose reading of its letters made a city of.
_SPREADSHEET_ERROR = lazy_compile(r"#(?:[A-Z/0-9]+[!?]?|#+)", re.IGNORECASE)


#: Words that, before the country's name, name a part of it, not a place (western Ukraine,
#: на сході України, Восточная Украина).
_PART_OF_COUNTRY = frozenset({
    "the", "of", "in", "west", "western", "east", "eastern", "north", "northern", "south",
    "southern", "central", "southeast", "southeastern", "south-east", "south-eastern",
    "northeast", "northeastern", "north-east", "north-eastern", "southwest", "southwestern",
    "south-west", "south-western", "northwest", "northwestern", "north-west", "north-western",
    "на", "у", "в", "захід", "заході", "західна", "схід", "сході", "східна", "південь",
    "півдні", "південна", "північ", "півночі", "північна", "центр", "центрі", "центральна",
    "запад", "западе", "западная", "восток", "востоке", "восточная", "юг", "юге", "южная",
    "север", "севере", "северная", "центре", "центральная",
})  # fmt: skip


#: English words for a part of any place (Industrial Zone, West Side, Train Station) that
#: say no kind of place: sides, ages and heights (west, old, upper), the parts of a town
#: (park, square, bank). They are not :data:`~gazetteer.words.PLACE_WORDS`, which a query
#: drops beside a name: these stand in names (Old Town, New York; Nova, Verkhnia), or name
#: a part of the place beside them, not what it is (Central Park is no village Central).
_PART_WORDS = frozenset({
    "industrial", "train", "rail", "bus", "west", "east", "north", "south", "western",
    "eastern", "northern", "southern", "central", "side", "centre", "center", "downtown",
    "old", "new", "park", "residential", "sea", "coast", "coastal", "countryside", "seaside",
    "riverside", "suburb", "the", "of", "quarter", "square", "left", "right", "bank", "upper",
    "lower",
})  # fmt: skip
#: ...with the words that name a kind of place or unit (village, station, zone, district:
#: :data:`~gazetteer.words.PLACE_WORDS` and :data:`~gazetteer.words.LEVEL_WORDS`), one list
#: for both: a value of these alone is no place's name, though a village bears one of them
#: (Side, Port). In Latin letters only (the foreign ones as met bare: citta, koy): villages
#: bear the Cyrillic ones (Завод, Гребля, Порт), and село Завод is the village Завод.
_GENERIC_WORDS = _PART_WORDS | {w for w in (*PLACE_WORDS, *LEVEL_WORDS) if w.isascii()}
#: ...and these are no place's name standing alone.
_GENERIC_ALONE = frozenset({
    "countryside", "seaside", "riverside", "downtown", "outskirts", "suburbs", "waterfront",
})  # fmt: skip


def is_generic_place_words(text: str) -> bool:
    """Whether ``text`` is only words (in Latin letters) for a part or a kind of any place,
    no place's name: English ones (Industrial Zone) and the kind words a query drops
    (:data:`~gazetteer.words.PLACE_WORDS`, :data:`~gazetteer.words.LEVEL_WORDS`: selo, raion).

    >>> is_generic_place_words("Industrial Zone"), is_generic_place_words("Countryside")
    (True, True)
    >>> is_generic_place_words("Side"), is_generic_place_words("Odesa Port")
    (False, False)
    """
    words = _words_of(text)
    if len(words) == 1:
        return words[0] in _GENERIC_ALONE
    return len(words) > 1 and all(w in _GENERIC_WORDS for w in words)


#: The Latin words that say a kind of settlement (village, selo, s.): beside one word, which
#: may be a village's very name (s. Port, Selo Derevnia), not a part of a place.
_KIND_WORDS = frozenset(w for w, kind in PLACE_WORDS.items() if kind and w.isascii())


def names_beside_kind_words(text: str) -> list[str]:
    """The words of ``text`` that the rest of it only says the kind of settlement of: the
    name a generic text (:func:`is_generic_place_words`) may still be a village's, asked for
    with its kind (``s. Port``: the village Порт; ``Selo Derevnia``: the village Деревня).

    >>> names_beside_kind_words("s. Port"), names_beside_kind_words("West Side")
    (['port'], [])
    """
    words = _WORDS.findall(text.lower())
    return [
        w for i, w in enumerate(words) if all(o in _KIND_WORDS for o in words[:i] + words[i + 1 :])
    ]


def is_country_name(text: str) -> bool:
    """Whether ``text`` names the country as a whole, or a part of it by its side, not a
    place (``Ukraine``, ``Україна``, ``western Ukraine``, ``на сході України``).

    >>> is_country_name("Ukraine"), is_country_name(" україна. "), is_country_name("Ukrainka")
    (True, True, False)
    >>> is_country_name("Eastern Ukraine"), is_country_name("Східна Україна")
    (True, True)
    """
    return _names_country(lowered(text))


def _names_country(plain: str) -> bool:
    """:func:`is_country_name` of a text already :func:`~gazetteer.countries.lowered`."""
    if plain in _COUNTRY_NAMES:
        return True
    head, _, last = plain.rpartition(" ")
    if not head or last not in _COUNTRY_NAMES:
        return False
    return all(w in _PART_OF_COUNTRY for w in head.split())


def a_street(part: str) -> bool:
    """Whether ``part`` of an address names a street (вул. Сумська, 10; Sumska Street)."""
    words = _WORDS.findall(part.lower())
    while words and words[-1][0].isdigit():  # the house's number
        words.pop()
    numbered = bool(words) and words[0][0].isdigit()  # 12 Sadova St: the house first
    while numbered and words and words[0][0].isdigit():
        words.pop(0)
    closing = STREET_AFTER | {"st"} if numbered else STREET_AFTER
    return len(words) > 1 and (words[0] in STREET_WORDS or words[-1] in closing)


def no_letter(part: str) -> bool:
    """Whether ``part`` has no letter (a house's number, a postcode)."""
    return bool(part) and not any(c.isalpha() for c in part)


#: Words of a water's or an island's name: a river, a sea, a spit. A few villages bear one
#: (Біла Річка, Білосарайська Коса), and are read by their whole name. (Not гора: many
#: villages are called ... Гора, and a wrong guess at one is a lead worth showing.)
NATURE_WORDS = frozenset({
    "river", "sea", "lake", "island", "spit", "estuary",
    "річка", "ріка", "море", "озеро", "острів", "коса", "река", "остров",
})  # fmt: skip


def names_a_feature(text: str) -> bool:
    """Whether ``text``, a name of several words, names a river, a sea or the like.

    >>> names_a_feature("Dnipro river"), names_a_feature("Azov Sea"), names_a_feature("Dnipro")
    (True, True, False)
    """
    words = _words_of(text)
    return len(words) > 1 and any(w in NATURE_WORDS for w in words) and "," not in text


#: The country's name before or after a name without a comma (Kharkiv Ukraine, Україна
#: Харків); not Україна where it ends a village's name (Нова Україна, Вільна Україна).
_COUNTRY_WORD = "|".join(sorted(COUNTRY - {"ua"}))  # (UA only in capitals, after a name)
_COUNTRY_AFTER = lazy_compile(rf"^(?P<name>.*?\w)[\s.]+(?P<country>{_COUNTRY_WORD})\.?\s*$", re.I)
_COUNTRY_BEFORE = lazy_compile(rf"^\s*(?P<country>{_COUNTRY_WORD})[\s.]+(?=\w)", re.I)
_OF_UKRAINA = frozenset({
    "нова", "вільна", "рідна", "новая", "вольная", "родная", "nova", "vilna", "ridna", "novaya",
    "volnaya", "rodnaya", "nowa", "wolna",
})  # fmt: skip


def country_parted(text: str) -> str:
    """``text`` with the country's name beside the name, without a comma, set apart by one
    (``Kharkiv Ukraine``: ``Kharkiv, Ukraine``), as the cleaner reads a part that names no
    place."""
    if (after := _COUNTRY_AFTER.match(text)) is not None:
        name = after["name"]
        last = name.rsplit(None, 1)[-1].lower()
        if after["country"].lower() == "ukraine" or last not in _OF_UKRAINA:
            return f"{name}, {after['country']}"
    if text.endswith(" UA") and len(text) > 4:  # (in capitals only: ua ends no word)
        return f"{text[:-3].rstrip(' ,')}, UA"
    if (before := _COUNTRY_BEFORE.match(text)) is not None:
        return f"{before['country']}, {text[before.end() :]}"
    return text
