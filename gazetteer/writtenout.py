"""Abbreviated and numbered names written out (``Н. Каховка``: Нова Каховка; ``Новоселівка 1``:
Новоселівка Перша), each way they may be read; the caller keeps those a place bears."""

from __future__ import annotations

import re

from translit.lazyre import lazy_compile

#: Abbreviated adjectives that open place names (``Н. Каховка``, ``V. Novosilka``, ``Ст.
#: Салтів``) and what they may stand for, in the genders a name may need.
_GENDERS = {
    "нов": ("Нова", "Новий", "Нове", "Нові"), "нижн": ("Нижня", "Нижній", "Нижнє", "Нижні"),
    "вел": ("Велика", "Великий", "Велике", "Великі"),
    "верх": ("Верхня", "Верхній", "Верхнє", "Верхні"), "мал": ("Мала", "Малий", "Мале", "Малі"),
    "стар": ("Стара", "Старий", "Старе", "Старі"),
    "nov": ("Nova", "Novyi", "Nove", "Novi"), "nyzh": ("Nyzhnia", "Nyzhnii", "Nyzhnie", "Nyzhni"),
    "vel": ("Velyka", "Velykyi", "Velyke", "Velyki"),
    "verkh": ("Verkhnia", "Verkhnii", "Verkhnie", "Verkhni"),
    "mal": ("Mala", "Malyi", "Male", "Mali"), "star": ("Stara", "Staryi", "Stare", "Stari"),
    # Russian, as Russian-language news cuts them (у В. Новоселки, в Н. Серогозах)
    "нов-ru": ("Новая", "Новый", "Новое", "Новые"),
    "нижн-ru": ("Нижняя", "Нижний", "Нижнее", "Нижние"),
    "вел-ru": ("Великая", "Великий", "Великое", "Великие"),
    "верх-ru": ("Верхняя", "Верхний", "Верхнее", "Верхние"),
    "мал-ru": ("Малая", "Малый", "Малое", "Малые"),
    "стар-ru": ("Старая", "Старый", "Старое", "Старые"),
    "бол-ru": ("Большая", "Большой", "Большое", "Большие"),
    "біл": ("Біла", "Білий", "Біле", "Білі"), "біл-ru": ("Белая", "Белый", "Белое", "Белые"),
    "bil": ("Bila", "Bilyi", "Bile", "Bili"),
}  # fmt: skip
#: The stems of the adjectives each abbreviation stands for.
_STEMS = {
    "н": ("нов", "нижн"), "нов": ("нов",), "нижн": ("нижн",), "ниж": ("нижн",),
    "в": ("вел", "верх"), "вел": ("вел",), "вер": ("верх",), "верх": ("верх",),
    "м": ("мал",), "мал": ("мал",), "ст": ("стар",), "стар": ("стар",),
    "б": ("біл", "бол"), "бол": ("бол",), "біл": ("біл",), "бел": ("біл",),
    "n": ("nov", "nyzh"), "nov": ("nov",), "nyzh": ("nyzh",), "nizh": ("nyzh",),
    "v": ("vel", "verkh"), "vel": ("vel",), "verkh": ("verkh",),
    "m": ("mal",), "mal": ("mal",), "st": ("star",), "star": ("star",),
    "b": ("bil",), "bil": ("bil",),
}  # fmt: skip
_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    short: tuple(
        form for stem in stems for kin in (stem, f"{stem}-ru") for form in _GENDERS.get(kin, ())
    )  # (a Cyrillic cut: the Ukrainian adjectives first, then the Russian)
    for short, stems in _STEMS.items()
}
#: The abbreviations :data:`_ABBREVIATIONS` writes out (н, в, ст, v).
ABBREVIATED_WORDS = frozenset(_ABBREVIATIONS)
#: A capitalised abbreviation with its full stop, before a word: ``Н. Каховка``, ``Н.Водолага``.
_ABBREVIATED = lazy_compile(r"(?<!\w)([A-ZА-ЯІЇЄҐ][a-zа-яіїєґ]{0,4})\.\s*(?=\w)")


#: Ordinal numbers that end place names (Новоселівка Перша, Гільча Друга), by the digit or
#: Roman numeral people write for them (Новоселівка 1, Гільча-2, Molodavo I).
_ORDINALS = {
    "1": ("Перша", "Перший", "Перше", "Перші", "Persha", "Pershyi", "Pershe", "Pershi"),
    "2": ("Друга", "Другий", "Друге", "Другі", "Druha", "Druhyi", "Druhe", "Druhi"),
    "3": ("Третя", "Третій", "Третє", "Треті", "Tretia", "Tretii", "Tretie", "Treti"),
}
_ROMAN = {"i": "1", "ii": "2", "iii": "3"}
#: A name ending in such a number: ``Новоселівка 1``, ``Новоселівка-1``, ``Гільча 2-а``.
_NUMBERED = lazy_compile(r"^(.*\w)[\s-]+(1|2|3|I{1,3})(?:-?[а-яіїєa-z]{1,3})?\.?$", re.IGNORECASE)


#: Neuter ordinals a date's number stands for when it opens a name (8 Березня: Восьме Березня).
_DATE_ORDINALS = {
    "1": "Перше", "2": "Друге", "3": "Третє", "4": "Четверте", "5": "П’яте", "6": "Шосте",
    "7": "Сьоме", "8": "Восьме", "9": "Дев’яте", "10": "Десяте",
}  # fmt: skip
#: A name opened by a date's day, before the month's name (8 Березня, с. 8 Березня).
_DATED = lazy_compile(r"(?<!\S)(\d{1,2})\s+(?=[А-ЯІЇЄҐ][а-яіїєґ’']+$)")


def written_out(head: str) -> list[str]:
    """``head`` with its first abbreviated word (``Н. Каховка``), a number that ends it
    (``Новоселівка 1``), or a day's number that opens it (``8 Березня``), written out, each
    way it may be read."""
    dated = _DATED.search(head)
    if dated is not None and dated.group(1) in _DATE_ORDINALS:
        day = _DATE_ORDINALS[dated.group(1)]
        return [f"{head[: dated.start()]}{day} {head[dated.end() :]}"]
    found = _ABBREVIATED.search(head)
    if found is not None:
        forms = _ABBREVIATIONS.get(found.group(1).lower(), ())
        return [f"{head[: found.start()]}{form} {head[found.end() :]}" for form in forms]
    numbered = _NUMBERED.match(head)
    if numbered is not None:
        digit = _ROMAN.get(numbered.group(2).lower(), numbered.group(2))
        latin = numbered.group(1).isascii()
        return [
            f"{numbered.group(1)} {word}" for word in _ORDINALS[digit] if word.isascii() == latin
        ]
    return []


def abbreviated_name(text: str) -> str:
    """The name ``text`` opens with an abbreviation (``с. М. Воля, Стрийський р-н``: М.
    Воля), up to a comma or a bracket; "" when none opens it."""
    found = _ABBREVIATED.search(text)
    if found is None or found.group(1).lower() not in _STEMS:
        return ""
    return re.split(r"[,;(\[/]", text[found.start() :], maxsplit=1)[0].strip()


def stem_alike(head: str, name: str) -> bool:
    """Whether ``name``, another place's, opens with a word the abbreviation opening ``head``
    may stand for as readily as for its adjectives (``М. Воля``: Малнівська Воля, as Мала
    Воля; the cut keeps the stem's letters): the stem's, not one of the adjectives."""
    found = _ABBREVIATED.search(head)
    first = name.split(" ", 1)[0].lower()
    if found is None or not first:
        return False
    stems = _STEMS.get(found.group(1).lower(), ())
    return first.startswith(stems) and first not in _ADJECTIVES


#: Every adjective an abbreviation is written out as, in lower case.
_ADJECTIVES = frozenset(form.lower() for forms in _GENDERS.values() for form in forms)
