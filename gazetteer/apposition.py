"""A settlement word set beside a name in running text, to say what the name is and where it
lies (``Kamianka, a village in Izium district``, ``Kamianka village, Izium raion``,
``Кам'янка, село Ізюмського району``): the unit after it is the name's, as a unit right after
the name is (:func:`gazetteer.spannames.unit_after`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from translit import match_key

from .borne import bears_name, cut_out
from .declension import ATTACK_NOUNS, nominatives
from .gazetteer import Gazetteer
from .query import clean_query
from .rank import is_cyrillic
from .words import PLACE_WORDS, SENTENCE_END
from .writtenout import ABBREVIATED_WORDS, written_out

#: What may stand between the name, the settlement word and the unit: spaces, or one comma.
_GAP = re.compile(r"^\s*,?\s*$")
#: Articles before an English settlement word (Kamianka, a village ...).
_ARTICLES = frozenset({"a", "an", "the"})
#: Words between the settlement word and the unit (a village in the Izium district, село в
#: Ізюмському районі).
_IN = frozenset({"in", "of", "в", "у", "the"})


def after_settlement_word(text: str, words: list[tuple[int, int, str]], i: int) -> int:
    """The index of the word a unit may start at after a settlement word said of the name
    that ends before word ``i`` (with its article before it and in/of/в/у after it); ``i``
    when no settlement word stands there."""
    j = i
    if j < len(words) and words[j][2].lower() in _ARTICLES and _gap(text, words, j):
        j += 1
    word = words[j][2].lower() if j < len(words) else ""
    if not PLACE_WORDS.get(word) or len(word) < 3 or not _gap(text, words, j):
        return i  # (a site's word, as direction, says no settlement: none)
    j += 1
    while j < len(words) and words[j][2] in _IN and not text[words[j - 1][1] : words[j][0]].strip():
        j += 1
    return j if j < len(words) and _gap(text, words, j) else i


def _gap(text: str, words: list[tuple[int, int, str]], j: int) -> bool:
    """Whether only spaces, or one comma, stand before word ``j``."""
    return j > 0 and bool(_GAP.match(text[words[j - 1][1] : words[j][0]]))


def unit_before(
    words: list[tuple[int, int, str]], i: int, unit_at: Callable[[int], str | None]
) -> str:
    """The unit named before a settlement word and "of" ahead of word ``i`` (the Kharkiv
    Oblast village of Kamianka, the Izium district village of Kamianka), by ``unit_at``
    (the unit whose name starts at a word, if any); "" when there is none."""
    if i < 4 or words[i - 1][2] != "of" or not PLACE_WORDS.get(words[i - 2][2].lower()):
        return ""
    for start in (i - 4, i - 5):  # (a unit's name of one word or two before its level)
        if start >= 0 and (unit := unit_at(start)):
            return unit
    return ""


def cued_before_quote(text: str, quote: int) -> bool:
    """Whether a settlement word stands before the quotation mark at ``quote``."""
    before = re.findall(r"[\w'’-]+", text[max(0, quote - 30) : quote])
    return bool(before) and (
        before[-1].lower() in PLACE_WORDS or before[-1].lower() in {"селі", "of"}
    )


def an_initial(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a capital letter and its full stop, inside a sentence, stand right before word
    ``i``: a person's initial (Вчера П. Шевченко приехал, said Д. Кулеба), where a settlement
    word's letter is written small (в п. Мирный, с. Петрівка)."""
    if i < 2 or text[words[i - 1][1] : words[i][0]].strip() != ".":
        return False
    letter = words[i - 1][2]
    return (
        len(letter) == 1
        and letter.isupper()
        and not SENTENCE_END.search(text[words[i - 2][1] : words[i - 1][0]])
    )


def abbreviated(
    text: str, words: list[tuple[int, int, str]], i: int, gz: Gazetteer | None = None
) -> tuple[str, int]:
    """The capitalised word right before word ``i`` with its full stop between, when it is
    an abbreviation a name opens with (у Н. Каховці: Нова Каховка; біля В. Новосілки) or a
    Cyrillic capital letter, an initial (Памятник П. Хмельницкому: a person's, or a hyphened
    name cut short, Переяслав-Хмельницький), else ''; and the word whose word before is the
    name's cue: the cut's, the name's, or -1 for none (said D. Kuleba: a Latin initial). With
    ``gz``, any Cyrillic cut a place's name is read with is one too (у Кр. Розі: Кривий Ріг),
    and a Latin letter after a settlement word is (the village of I. Franka)."""
    if i < 1 or text[words[i - 1][1] : words[i][0]].strip() != ".":
        return "", i
    cut = words[i - 1][2]
    if not cut[0].isupper():  # (в п. Мирный, с. Петрівка: a settlement word)
        return "", i
    known = cut.lower() in ABBREVIATED_WORDS and (is_cyrillic(cut) or len(cut) == 1)
    if known or (len(cut) == 1 and is_cyrillic(cut)):
        return cut, i - 1
    if gz is not None and is_cyrillic(cut) and cut_nominative(gz, cut, words[i][2], True):
        return cut, i - 1
    if len(cut) == 1 and settled_cut(text, words, i):  # (the village of I. Franka)
        return cut, i - 1
    return "", -1 if an_initial(text, words, i) else i


def cut_nominative(
    gz: Gazetteer, cut: str, span: str, declined: bool, *, settled: bool = False
) -> str:
    """The nominative of ``span`` (a name's noun after an abbreviation, ``cut``) that a place
    bears with the abbreviation written out (у В. Новоселки: Новоселка, Великая Новоселка),
    its declined readings first after a preposition (``declined``); '' when none is.
    ``settled``: a settlement word stands before the cut (:func:`settled_cut`)."""
    readings = [*nominatives(span), span] if declined else [span, *nominatives(span)]
    return next((n for n in readings if _cut_borne(gz, cut, n, settled)), "")


def _cut_borne(gz: Gazetteer, cut: str, noun: str, settled: bool = False) -> bool:
    """Whether a place bears the name ``cut``, then ``noun``, stands for, written out by the
    table (В. Новоселка) or, when the cut has two letters or more or a settlement word
    stands before it (``settled``: у селі І. Франка), read as any word of a name (Кр. Ріг:
    Кривий Ріг; Івана Франка; a single letter alone is too often a person's initial: П.
    Хмельницкому)."""
    text = f"{cut}. {noun}"
    if any(bears_name(gz, w) for w in written_out(text)):
        return True
    return (len(cut) > 1 or settled) and bool(cut_out(gz.index, clean_query(text)))


def settled_cut(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word ``i`` follows a cut (a capital letter or an abbreviation and its stop)
    that a settlement word stands right before (у селі І. Франка, с. Т. Шевченка, в селе
    И. Франко): the words are the village's name, a person's though they read (Івана
    Франка, a village of Zaporizhzhia oblast)."""
    if i < 1 or text[words[i - 1][1] : words[i][0]].strip() != ".":
        return False
    return bool(kind_before(text, words[i - 1][0]))


def cut_named(gz: Gazetteer, text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word ``i``, after an abbreviation a name opens with, is the rest of a place's
    name written out, though no place bears it alone (в М. Токмачке: Мала Токмачка; біля Ч.
    Яру: :func:`initial_named`; after a settlement word, у селі І. Франка, the village of
    I. Franka: Івана Франка)."""
    cut = abbreviated(text, words, i)[0]
    settled = bool(cut) and settled_cut(text, words, i)  # (у селі І. Франка)
    if (
        cut
        and (is_cyrillic(cut) or settled)
        and cut_nominative(gz, cut, words[i][2], True, settled=settled)
    ):
        return True
    return bool(initial_named(gz, text, words, i))


#: Prepositions of place a city's name cut to its first letter is read after (у К.
#: Подільському, біля Ч. Яру), and nouns of an attack (обстріл Ч. Яру); not з, від, до,
#: на: a person's initial as often (від П. Шевченка, до К. Подільського).
_INITIAL_BEFORE = ATTACK_NOUNS | {"у", "в", "біля", "під", "поблизу", "во", "под", "возле", "около"}
#: A genitive's ending, a person's after у (у П. Хмельницького: at his), no locative's.
_GENITIVE = ("ого", "ої", "ой", "их", "ых")


def initial_named(gz: Gazetteer, text: str, words: list[tuple[int, int, str]], i: int) -> str:
    """The city's name a Cyrillic capital letter and its stop before word ``i``, after a
    preposition of place, stand for (у К. Подільському: Кам'янець-Подільський; біля Ч. Яру:
    Часів Яр; в К. Подольском): the name of the one city (M) whose first word opens with
    the letter and whose other words are word ``i``'s nominative; '' when none or several
    is (a letter is a person's initial as often: П. Шевченко)."""
    if i < 2 or text[words[i - 1][1] : words[i][0]].strip() != ".":
        return ""
    letter, before, noun = words[i - 1][2], words[i - 2][2].lower(), words[i][2]
    if len(letter) != 1 or not letter.isupper() or not is_cyrillic(letter):
        return ""
    if before not in _INITIAL_BEFORE or text[words[i - 2][1] : words[i - 1][0]].strip():
        return ""
    if before in ("у", "в", "во") and noun.lower().endswith(_GENITIVE):
        return ""
    table = _initial_cities(gz)
    for form in (noun, *nominatives(noun), *nominatives(noun, adjective=True)):
        named = table.get((letter.lower(), match_key(form)), ())
        if len(named) == 1:
            return gz.entries[named[0]].name_uk
        if named:
            return ""
    return ""


def _initial_cities(gz: Gazetteer) -> dict[tuple[str, str], tuple[int, ...]]:
    """(a city's first letter, the match key of its other words) -> the cities (M) so named,
    by any form of their names (Кам'янець-Подільський, Каменец-Подольский)."""
    table = _TABLES.get(id(gz))
    if table is None:
        found: dict[tuple[str, str], set[int]] = {}
        for i, entry in enumerate(gz.entries):
            if entry.category != "M":
                continue
            for position in gz.index.positions_of([i]):
                name = gz.index.text_of[position]
                first, rest = _TWO_PARTS.match(name).groups()  # type: ignore[union-attr]
                if rest and is_cyrillic(name) and (key := match_key(rest)):
                    found.setdefault((first[0].lower(), key), set()).add(i)
        table = _TABLES[id(gz)] = {k: tuple(sorted(v)) for k, v in found.items()}
    return table


#: A name's first word, and the rest after a space or a hyphen ('' for a name of one word).
_TWO_PARTS = re.compile(r"([^\s-]+)[\s-]*(.*)")
_TABLES: dict[int, dict[tuple[str, str], tuple[int, ...]]] = {}


#: A settlement word right before a name (м. Козятин, у селі Бахмач, the town of Bucha): a
#: one-letter one only with its full stop (с Козятина is "from").
_KIND_BEFORE = re.compile(r"(?:^|[^\w.])([^\W\d_][\w-]*)(\.?)\s+(?:of\s+)?$")
#: Kinds a word before a name may ask for: a city, a village, a selyshche.
_SETTLEMENT_KINDS = frozenset("MCXV")
#: ...but not ``п.`` (н. п. Козятин, a населений пункт: any kind) nor ``v``, ``в`` (in).
_NOT_KINDS = frozenset({"п", "v", "в"})


def kind_before(text: str, start: int) -> str:
    """The settlement word that stands right before the name at ``start`` (``м.``, ``селі``,
    ``the town of``), as a query's prefix (``м. ``, ``town ``), or ``""``: it tells a city
    from a village of its name (:func:`gazetteer.groupsure.village_beside`)."""
    m = _KIND_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return ""
    word, dot = m.group(1), m.group(2)
    if (
        PLACE_WORDS.get(word.lower(), "") not in _SETTLEMENT_KINDS
        or (len(word) < 2 and not dot)
        or word.lower() in _NOT_KINDS
    ):
        return ""
    return f"{word}{dot} "


#: A word closed by a full stop, and the capitalised word after it (с. Козятин).
_DOT_BEFORE_NAME = re.compile(r"\s*[A-ZА-ЯІЇЄҐ]")


def kind_dot(text: str, at: int) -> bool:
    """Whether the full stop at ``at`` closes a settlement word before a name (с. Козятин,
    м. Бар), not a sentence: the name stands in the sentence of the words before it."""
    name = _DOT_BEFORE_NAME.match(text, at + 1) if text[at] == "." else None
    return name is not None and kind_before(text, name.end() - 1).endswith(". ")
