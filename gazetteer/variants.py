"""Other shapes of an old or archival name: the texts to try when the name itself fails.

Registers, old maps and archives name villages in shapes today's gazetteer does not use,
though the village is the same (or lives on in a part of today's name):

- an alternative in brackets: ``Велика (Нова) Мощаниця`` is Велика or Нова Мощаниця;
- a village since split into numbered parts: ``Гільча`` is today Гільча Перша and Друга;
- a qualifier since dropped or added: ``Мале Ситне`` is today Ситне, ``Брусин`` Підбрусинь;
- one half of a double name: ``Русино-Берестечко`` is today Берестечко;
- an adjectival name in another gender, or another final vowel: ``Зарічний`` is Зарічне,
  ``Молодава`` Молодаво (Перше, Друге);
- a plural name for a possessive one and back: ``Посники`` is Посників, ``Суслів`` Сусли;
- a hamlet's ``-щина`` for today's ``-ка``: ``Ромашківщина`` is Ромашківка.

:func:`name_variants` lists such texts with the reason for each. They are weak readings:
the query path tries them only when nothing else reached the threshold, and scores what
they find below the confident score.
"""

from __future__ import annotations

from translit.lazyre import lazy_compile

from .rank import is_cyrillic

#: Words that qualify a village name (Ukrainian, in every gender and number, and Russian).
QUALIFIERS = frozenset(
    word + ending
    for stem, endings in (
        ("велик", ("ий", "а", "е", "і", "ая", "ое", "ие")),
        ("мал", ("ий", "а", "е", "і", "ая", "ое", "ые")),
        ("нов", ("ий", "а", "е", "і", "ая", "ое", "ые")),
        ("стар", ("ий", "а", "е", "і", "ая", "ое", "ые")),
        ("верхн", ("ій", "я", "є", "і", "ий", "яя", "ее", "ие")),
        ("нижн", ("ій", "я", "є", "і", "ий", "яя", "ее", "ие")),
        ("горішн", ("ій", "я", "є", "і")),
        ("долішн", ("ій", "я", "є", "і")),
        ("середн", ("ій", "я", "є", "і")),
        ("панськ", ("ий", "а", "е", "і")),
        ("руськ", ("ий", "а", "е", "і")),
        ("польськ", ("ий", "а", "е", "і")),
        ("німецьк", ("ий", "а", "е", "і")),
        ("чеськ", ("ий", "а", "е", "і")),
    )
    for word in (stem,)
    for ending in endings
)
#: The words that number the parts of a split village, by the gender of the name.
PART_WORDS = ("Перша", "Друга", "Перше", "Друге", "Перший", "Другий", "Перші", "Другі")
#: The first two part words agreeing with a name's ending (Молодаво Перше, Гільча Перша).
AGREEING_PARTS = (
    (("а", "я"), ("Перша", "Друга")),
    (("е", "є", "о"), ("Перше", "Друге")),
    (("и", "і"), ("Перші", "Другі")),
    ((), ("Перший", "Другий")),  # (any other ending)
)
#: The qualifiers a name most often gained since, agreeing with its ending (Глуша: Велика
#: Глуша; 463 settlements bear such a name whose bare name no settlement bears).
AGREEING_QUALIFIERS = (
    (("а", "я"), ("Велика", "Мала", "Нова", "Стара", "Верхня", "Нижня")),
    (("е", "є", "о"), ("Велике", "Мале", "Нове", "Старе", "Верхнє", "Нижнє")),
    (("и", "і"), ("Великі", "Малі", "Нові", "Старі", "Верхні", "Нижні")),
    ((), ("Великий", "Малий", "Новий", "Старий", "Верхній", "Нижній")),  # (any other ending)
)
#: Endings an adjectival name or a name's final vowel takes instead, by the ending written:
#: gender (Зарічний, Зарічне), number and a vowel of another spelling (Молодава, Молодаво).
OTHER_ENDINGS = (
    ("ий", ("е", "а", "і")),
    ("ій", ("є", "я", "і")),
    ("а", ("о", "е", "ий")),
    ("о", ("е", "а")),
    ("е", ("ий", "а", "і")),
    ("я", ("є", "ій")),
    ("є", ("ій", "я")),
)
#: What a reading of one half of a double name says (a town's name with another name
#: joined to it is a village named after the town: gazetteer.finder reads it so).
HALF = "one half of the double name"
#: The shortest word whose ending is changed (the stem keeps at least three letters).
ENDING_MIN_LETTERS = 5
#: Prefixes a village name gains or loses (Брусин, Підбрусинь).
PREFIXES = ("під", "за", "над", "при")
_BRACKETED = lazy_compile(r"^(?P<head>[^()]*?)\s*\((?P<alt>[^()]+)\)\s*(?P<tail>[^()]+)$")


def name_variants(raw: str, name: str) -> list[tuple[str, str]]:
    """(text, why) readings of ``name`` (``raw`` is the query as written), best first.

    Only Cyrillic names get the word rules: the qualifiers and part words are Ukrainian.
    """
    found: list[tuple[str, str]] = []
    bracketed = _BRACKETED.match(raw.strip())
    if bracketed and bracketed["tail"].strip():
        head, alt, tail = (bracketed[k].strip() for k in ("head", "alt", "tail"))
        for first in (head, alt):
            if first:
                found.append((f"{first} {tail}", f"'{first} {tail}', one reading of {raw!r}"))
    if not is_cyrillic(name):
        return found
    found.extend(_shapes(name))
    words = name.split(" ")
    if len(words) == 1:
        for part in PART_WORDS:
            found.append((f"{name} {part}", f"split since into parts: {name} {part}"))
        lowered = name[0].lower() + name[1:]
        for prefix in PREFIXES:
            found.append((prefix.capitalize() + lowered, f"with the prefix {prefix}-"))
            if lowered.startswith(prefix) and len(lowered) - len(prefix) >= 4:
                bare = lowered[len(prefix) :]
                found.append((bare.capitalize(), f"without the prefix {prefix}-"))
    return found


def _shapes(name: str) -> list[tuple[str, str]]:
    """(text, why): the name without its qualifier, and each half of a double name."""
    words = name.split(" ")
    shapes = []
    if len(words) > 1 and words[0].lower() in QUALIFIERS:
        rest = " ".join(words[1:])
        shapes.append((rest, f"without the qualifier {words[0]!r}"))
    if "-" in name:
        for part in name.split("-"):
            if len(part) >= 4:
                shapes.append((part, f"{part!r}, {HALF}"))
    return shapes


def ending_variants(name: str) -> list[tuple[str, str, str]]:
    """(base, text, why): the name with a qualifier it may have gained (Велика, Нова...), and
    the name and its shapes (:func:`name_variants`) with another ending
    (:func:`other_endings`), alone and split into parts; ``base`` is the text whose ending was
    changed, a reading worth trying only when ``base`` itself found nothing."""
    if not is_cyrillic(name):
        return []
    found = []
    if name.split(" ")[0].lower() not in QUALIFIERS:
        for qualifier in agreeing(name, AGREEING_QUALIFIERS):
            found.append((name, f"{qualifier} {name}", f"with the qualifier {qualifier!r}"))
    for base, why in [(name, ""), *_shapes(name)]:
        for other, how in other_endings(base):
            found.append((base, other, f"{why}, {how}" if why else how))
            if " " not in other:
                for part in agreeing(other, AGREEING_PARTS):
                    found.append((base, f"{other} {part}", f"{how}, split since into parts"))
    return found


def other_endings(text: str) -> list[tuple[str, str]]:
    """(text, why): ``text`` with its last word's ending changed as archives' habits change
    it (:data:`OTHER_ENDINGS`, a plural for a possessive and back, ``-щина`` for ``-ка``)."""
    head, _, last = text.rpartition(" ")
    if len(last) < ENDING_MIN_LETTERS or "-" in last:
        return []
    lead = f"{head} " if head else ""
    found = []
    for ending, others in OTHER_ENDINGS:
        if last.endswith(ending):
            stem = last[: -len(ending)]
            found += [(lead + stem + o, f"with the ending -{o} for -{ending}") for o in others]
            break
    if last.endswith("щина"):
        found.append((lead + last[:-4] + "ка", "with -ка for the hamlet's -щина"))
    elif last.endswith("и"):
        found.append((lead + last[:-1] + "ів", "the possessive -ів for the plural -и"))
    elif last.endswith("ів"):
        found += [(lead + last[:-2] + e, f"the plural -{e} for -ів") for e in ("и", "і")]
    return found


def agreeing(
    name: str, table: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
) -> tuple[str, ...]:
    """The words of ``table`` (:data:`AGREEING_QUALIFIERS`, :data:`AGREEING_PARTS`: endings,
    then the words agreeing with them) that agree with ``name``'s ending."""
    for endings, words in table:
        if not endings or name.endswith(endings):
            return words
    return ()
