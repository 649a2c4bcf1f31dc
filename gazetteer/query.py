"""Cleaning a query as people write it, before it is keyed.

``clean_query`` takes a raw cell (``с. Біляївка``, ``Lyman, Donetsk oblast``,
``Херсонська обл., Бериславський р-н, с. Любимівка``, ``Баранівка (Куропатницька сільська
рада)``, ``village of Kreminna``, ``Voznesensk airbase``) and returns the bare name, the
texts beside it that may be an oblast or other context, the kind of place the noise words
asked for, and other readings of the name for the gazetteer to prefer when a place bears
them (``Нове Село``, ``Н. Каховка``: Нова Каховка, ``Новоселівка 1``: Новоселівка
Перша). Look-alike letters of the other script inside a word (a Latin ``i`` typed in a
Cyrillic name, and the reverse) are put back in the word's script.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from translit import match_key, without_stress
from translit.lazyre import lazy_compile

from .councilnotes import council_notation
from .councils import spell_acronyms
from .letterforms import APOSTROPHES as _APOSTROPHES
from .letterforms import fix_lookalikes, sound_lookalikes
from .noise import renamed_brackets, said_twice, without_counts, without_marks, without_noise
from .noplace import COUNTRY, a_street, country_parted, no_letter
from .oldraions import PARTED_NAMES
from .quickinit import quick_init
from .unitparts import a_region_form, an_oblast_centre, region_parted, units_parted
from .words import FILLER_WORDS, LEVEL_WORDS, NEAR_WORDS, PLACE_WORDS
from .writtenout import written_out

_FILLER = FILLER_WORDS

#: a word: letters and the marks on them (ALA-LC's tie bar: Li͡ublynet͡s'), apostrophes and
#: hyphens inside it; or one other non-space character
_WORD = lazy_compile(r"[\w\u0300-\u036f]+(?:['’ʼ`-][\w\u0300-\u036f]+)*|[^\w\s]", re.UNICODE)
_BRACKETS = lazy_compile(r"\(([^()]*)\)|\[([^\[\]]*)\]|\{([^{}]*)\}")
#: A word that puts a place near another, after a name (Kamianka near Izium): a new part.
_NEAR = lazy_compile(
    r"(?<=\S)\s+(?=(?:" + "|".join(sorted(NEAR_WORDS, key=len, reverse=True)) + r")\s+\S)",
    re.IGNORECASE,
)
_SPACES = lazy_compile(r"\s+")
_SEPARATORS = lazy_compile(r"[,;/|>→]|:(?=\s)")
#: An arrow between parts: a path from the top down (Kharkiv > Izium > Kamianka).
_DOWNWARD = lazy_compile(r"[>→]")
#: An oblast's ISO 3166-2 code beside a name (UA-63 Kamianka): a part of its own.
_ISO_CODE = lazy_compile(r"(?<![\w-])(UA-\d{2})(?![\w-])")
#: A one-word unit adjective, as a hierarchy of bare names gives it (Kharkivska/Iziumskyi/...).
BARE_UNIT = re.compile(r"(?:[stz]ka|[stz]kyi|[сцз]ька|[сцз]ький)$", re.IGNORECASE)
#: A dash with spaces around it: two places (Kupiansk - Kurylivka), or a hyphen typed so;
#: and a word joining two places (Kharkiv and Kyiv, Бахмут та Соледар)
_SPACED_DASH = lazy_compile(r"\s+(?:[-–—&+]|and|та|і|и)\s+", re.IGNORECASE)
#: A dash between two letters, with no space: a hyphen (Pokrovsk–Myrnohrad).
_GLUED_DASH = lazy_compile(r"(?<=\w)[–—‑](?=\w)")
_AND = lazy_compile(r"\s+(?:[&+]|and|та|і|и)\s+", re.IGNORECASE)


@quick_init
@dataclass(frozen=True)
class CleanQuery:
    """A query taken apart: the name, what stood beside it, and what it asked for."""

    raw: str
    name: str  #: the bare name, in its own script, apostrophes unified, single spaces
    beside: tuple[str, ...] = ()  #: comma-separated and bracketed parts (hints, councils)
    wants: str = ""  #: a category letter asked for by a noise word (``C``, ``M``, ``O``...)
    #: other readings (name, wants), to be preferred when a place is so named: first those
    #: keeping more of the text, a settlement word cut after or before the name (``Нове
    #: Село``, ``Станція Ташлик``) or a hyphen typed with spaces (``Кам'янка - Бузька``)...
    fuller: tuple[tuple[str, str], ...] = ()
    #: ...then those writing out an abbreviated first word (``Н. Каховка``: Нова Каховка)
    #: or a number ending the name (``Новоселівка 1``: Новоселівка Перша)
    written_out: tuple[tuple[str, str], ...] = ()
    #: the name with a Latin word's stray Cyrillic letters read by their sound, not their
    #: shape (``Kherсon``: Kherson, not Khercon); "" when it has none
    sounded: str = ""
    #: a second name the text joins to the name by a word (Kramatorsk & Sloviansk, Бахмут
    #: та Соледар); "" when it joins none
    also: str = ""
    #: how many of ``beside``'s parts, its last, stood in brackets: asides, not a list's items
    bracketed: int = 0
    #: whether ``;`` or ``|`` parts the text: a list of places (Харків; Ізюм), no address
    listed: bool = False
    #: whether the name ends a path of three parts or more from its oblast down (Kharkiv >
    #: Izium > Kamianka): ``beside`` holds the oblast, then the units between
    path: bool = False

    def fuller_in(self, first_words: Collection[str]) -> tuple[tuple[str, str], ...]:
        """:attr:`fuller` less the readings keeping a filler cut before the name, unless one
        of the gazetteer's names opens with it (Le Havre; not w Sadky, Vsadky's key)."""
        if not self.fuller:  # (most values: no set made, on every value's path)
            return self.fuller
        cut = _CUT_WORDS.difference(first_words) if first_words else _CUT_WORDS
        return tuple(r for r in self.fuller if r[0].split(" ", 1)[0].lower() not in cut)


def _near_parts(part: str) -> list[str]:
    """``part`` cut before a word that puts a place near another (Kamianka | near Izium),
    unless all before it are words around names (the village | near the Perekop plant)."""
    pieces = _NEAR.split(part)
    if len(pieces) > 1 and all(
        word.lower() in PLACE_WORDS or word.lower() in FILLER_WORDS
        for word in _WORD.findall(pieces[0])
    ):
        return [part]
    return pieces


#: An urban settlement's kind spelt with dots (с.м.т., п.г.т., р.п.) or in words (посёлок
#: городского типа, пос. гор. типа, селище міського типу), read as смт and пгт.
_DOTTED_KIND = lazy_compile(
    r"(?<!\w)(?:([сп])\.\s?[мг]\.\s?т|р\.\s?п|(?:пос[её]лок|пос|селище)\.?\s+"
    r"(?:городского|гор|міського)\.?\s+тип[ау])(?:\.|(?!\w))\s*",
    re.IGNORECASE,
)
#: A query longer than this is no place name, and is not read (free text goes to
#: :func:`gazetteer.extract.find_places`): its reading would take minutes.
MAX_QUERY_LENGTH = 1_000


@lru_cache(maxsize=4096)  # a query is cleaned for its candidates and again for its region
def clean_query(raw: str) -> CleanQuery:
    """Split ``raw`` into the name and what stands beside it; see the module docs. A text
    longer than :data:`MAX_QUERY_LENGTH` is no name: nothing is taken from it."""
    if len(raw) > MAX_QUERY_LENGTH:  # (a page, or a file's rest after an unclosed quote)
        return CleanQuery(raw, "")
    text = unicodedata.normalize("NFC", without_stress(raw)).translate(_APOSTROPHES)
    text = council_notation(spell_acronyms(text))  # (Ки́їв: without its stress mark; с/р)
    if "_" in text:  # an identifier's or a file name's word break: Derhachi_Kharkivska
        text = " ".join(text.replace("_", " ").split())
    if text.isalpha():  # one word of letters (most values): nothing to take apart
        return CleanQuery(raw, fix_lookalikes(text), sounded=sound_lookalikes(text))
    text = without_marks(text)
    text = _GLUED_DASH.sub("-", text)  # Pokrovsk–Myrnohrad: a hyphen typed as a dash
    beside: list[str] = []

    def keep_bracketed(match: re.Match[str]) -> str:
        inner = (match.group(1) or match.group(2) or match.group(3) or "").strip()
        if inner:
            beside.append(inner)
        return " "

    text = _BRACKETS.sub(keep_bracketed, renamed_brackets(text))
    text = _DOTTED_KIND.sub(lambda m: "смт " if (m[1] or "п") in "сС" else "пгт ", text)  # с.м.т.
    text = units_parted(text)  # Київський район Харкова, у Києві в Дарницькому районі
    if _ISO_CODE.search(text) and not _ISO_CODE.fullmatch(text.strip()):
        text = _ISO_CODE.sub(r", \1,", text).strip(" ,")  # UA-63 Kamianka
    text = region_parted(text)  # Любимівка на Херсонщині, Любимівка Херсонщини
    text = country_parted(text)  # Kharkiv Ukraine: Kharkiv, Ukraine
    text = without_noise(text)
    # a spaced dash parts places as a comma does (Kharkiv obl. - Izium), but may be a hyphen
    # typed with spaces (Кам'янка - Бузька): the glued reading is kept aside
    comma_parts = [piece.strip() for part in _SEPARATORS.split(text) for piece in _near_parts(part)]
    parts = [piece.strip() for part in comma_parts for piece in _SPACED_DASH.split(part)]
    if streets := [p for p in parts if a_street(p) or (len(parts) > 1 and no_letter(p))]:
        # an address's street, house number and postcode name no place, nor a street alone
        comma_parts = [p for p in comma_parts if p not in streets]
        parts = [p for p in parts if p not in streets] or [""]
    downward = bool(_DOWNWARD.search(text)) or _slashed_path(text, parts)
    head, rest = _name_part(parts, downward=downward)
    path = downward and len(rest) >= 2 and head == parts[-1]
    head = said_twice(head)  # Харків-Kharkiv: one name, written in both scripts
    whole = next((p for p in comma_parts if _SPACED_DASH.search(p) and head in p), "")
    pair = [piece.strip() for piece in _AND.split(whole)] if whole else []
    also = pair[pair.index(head) + 1] if head in pair[:-1] else ""
    joined = _strip_place_words(whole)[:2] if whole else None
    bracketed = len(beside)
    beside = [part for part in rest if part] + beside
    lone = next((p for p in beside if _a_level_word(p)), None)
    if lone is not None and head and not unit_level(head):  # Kharkiv (oblast): the oblast
        head = f"{head} {lone}"
        beside.remove(lone)
        bracketed = min(bracketed, len(beside))
    name, wants, kept = _strip_place_words(head)
    if not name and beside:  # ", Kherson" or "(Kherson)": the name was not first
        head = beside.pop(0)
        bracketed = min(bracketed, len(beside))
        name, wants, kept = _strip_place_words(head)
    if not wants and match_key(name) in PARTED_NAMES:  # Київ-Святошинський: a raion's name
        wants = "P"
    kept = [joined, *kept] if joined else kept
    written = []
    for written_text in written_out(head):
        written_name, written_wants, written_kept = _strip_place_words(written_text)
        kept += written_kept
        written.append((written_name, written_wants))

    def fixed(readings: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
        return tuple((fix_lookalikes(n), w) for n, w in readings if n and n != name)

    return CleanQuery(
        raw,
        fix_lookalikes(name),
        tuple(beside),
        wants,
        fixed(kept),
        fixed(written),
        sound_lookalikes(name),
        also,
        bracketed,
        ";" in text or "|" in text,
        path,
    )


def _name_part(parts: list[str], *, downward: bool = False) -> tuple[str, list[str]]:
    """The part of a comma-separated text that is the place's name, and the others.

    The first part, unless it names an oblast, raion or hromada and a later part does
    not: an address runs from the oblast down (Херсонська обл., Бериславський р-н, с.
    Любимівка), and a country before it is dropped. When every part names a unit, the
    name is the smallest one (Kherson oblast, Beryslav raion: the raion). Parts ``downward``
    (parted by arrows) run from the top down: the last is the place.
    """
    kept = [p for p in parts if p and p.lower().rstrip(".") not in COUNTRY]
    if not parts[0] or not kept:  # ", Kherson": the caller looks beside it
        return parts[0], parts[1:]
    if len(kept) < 2:
        return kept[0], []
    levels = [unit_level(part) for part in kept]
    if (downward or not levels[0]) and _bare_hierarchy(kept, downward):  # Kharkivska/.../...
        return kept[-1], kept[:-1]
    if not levels[0]:
        return kept[0], kept[1:]
    plain = [i for i, level in enumerate(levels) if not level]
    chosen = plain[0] if plain else max(range(len(kept)), key=lambda i: _DEPTH[levels[i]])
    return kept[chosen], kept[:chosen] + kept[chosen + 1 :]


_DEPTH = {"O": 1, "P": 2, "H": 3}


def _slashed_path(text: str, parts: list[str]) -> bool:
    """Whether slashes alone part ``text`` into three parts or more, the first an oblast's
    (by its bare adjective, its centre or its level word): a path from the top down
    (Kharkiv/Izium/Kamianka), not a list (Izium/Balakliia/Kupiansk)."""
    if len(parts) < 3 or text.count("/") != len(parts) - 1:
        return False
    first = parts[0]
    return (
        unit_level(first) == "O"
        or an_oblast_centre(first)
        or (" " not in first and bool(BARE_UNIT.search(first)))
    )


def _bare_hierarchy(parts: list[str], downward: bool = False) -> bool:
    """Whether ``parts`` run from units named by bare adjectives down to a place (Kharkivska,
    Iziumskyi, Kamianka): every part but the last one word in -ska or -skyi, the last not;
    the first may name the oblast by its centre (Kharkiv/Iziumskyi/Kamianka). Parts
    ``downward`` (Kharkiv > Izium > Kamianka) do whatever their units' words."""
    first, *units, last = parts
    # (a last part in -ska may be a place before its units: Dolynska, Kirovohradska; one
    # that says its level is a unit, the place before it: Ruda-Siletska, Lvivskyi raion)
    if unit_level(last):
        return False
    if downward:
        return True
    top = an_oblast_centre(first) and bool(units)  # (Kharkiv, Iziumskyi: two places)
    return (
        all(" " not in u and BARE_UNIT.search(u) for u in units)
        and (top or (" " not in first and bool(BARE_UNIT.search(first))))
        and not BARE_UNIT.search(last)
    )


def unit_level(text: str) -> str:
    """The level (``O``, ``P``, ``H``) a word of ``text`` says it names, or ``""``; an
    oblast's ISO code is an oblast."""
    if _ISO_CODE.fullmatch(text.strip()) or a_region_form(text.strip()):
        return "O"
    for word in _WORD.findall(text):
        level = _category_word(word.lower().rstrip("."))
        if level in _DEPTH:
            return level
    return ""


def _a_level_word(part: str) -> bool:
    """Whether ``part`` is a unit's level word and nothing else (``oblast``, ``район``): set
    apart from the name (``Kharkiv, oblast``, ``Kharkiv (oblast)``), it says what the name is."""
    words = _WORD.findall(part)
    return len(words) == 1 and _category_word(words[0].lower().rstrip(".")) in _DEPTH


def _strip_place_words(text: str) -> tuple[str, str, list[tuple[str, str]]]:
    """Drop settlement-type, site and level words at either end; return the name, the
    category asked for, and the (name, category) readings that keep the settlement or site
    word cut next after or before the name (``Нове Село``, ``Станція Ташлик``)."""
    tokens = [t for t in _WORD.findall(text) if t not in _MARK_TOKENS]
    head, _, last = tokens[-1].rpartition("-") if tokens else ("", "", "")
    if head and len(last) >= 3 and _category_word(last.lower()) is not None:  # Kyiv-city
        tokens[-1:] = [head, last]
    lead: list[tuple[str, str]] = []  #: the words cut from the start, outermost first
    next_to_name = True  # False after "village of": the word does not precede the name
    cut: list[str] = []  #: the fillers cut right before the name (Le Havre, North Shields)
    while tokens:
        first = tokens[0].lower().rstrip(".")
        if len(tokens) > 1 and first in _AREA_WORDS:  # в районі Бахмута: near Bakhmut
            cut.append(tokens.pop(0))
            next_to_name = False
        elif (
            len(tokens) > 1
            and not (lead == [] and _a_name_cut(text))  # (П.-Хмельницкий: a name's word)
            and (category := _category_word(first)) is not None
        ):
            lead.append((tokens.pop(0), category))
            next_to_name, cut = True, []
        elif len(tokens) > 1 and first in _FILLER:
            cut.append(tokens.pop(0))
            next_to_name = False
        else:
            break
    trail: list[tuple[str, str]] = []  #: the words cut from the end, outermost first
    tokens = without_counts(tokens)  # Харків 25, Kharkiv+: a count, a mark
    while len(tokens) > 1:
        category = _category_word(tokens[-1].lower().rstrip("."))
        if category is None:
            break
        trail.append((tokens.pop(), category))
        if len(tokens) > 1 and tokens[-1].lower() in _FILLER:
            tokens.pop()
            trail = []  # "... of village": the word does not follow the name
    fuller = []  # (a word, or its abbreviation written out: с. and м. name no place)
    if trail and _may_be_named(trail[-1][0]):
        fuller.append((_joined([*tokens, _written(trail[-1][0])]), _wanted(lead, trail[:-1])))
    if lead and next_to_name and _may_be_named(lead[-1][0]):
        fuller.append((_joined([_written(lead[-1][0]), *tokens]), _wanted(lead[:-1], trail)))
    # (a name the gazetteer holds with its first word a filler: El Paso, near Le Havre)
    fuller += [(_joined([*cut[k:], *tokens]), _wanted(lead, trail)) for k in range(len(cut))]
    return _joined(tokens), _wanted(lead, trail), fuller


#: Tokens around a name that are no word of it: stops, colons, quotes (German „Ізюм“ too).
_MARK_TOKENS = frozenset({".", ":", "'", '"', "«", "»", "„", "“", "”"})
#: A capitalised word cut short before a hyphen, opening a name (П.-Хмельницкий, Переяслав-
#: Хмельницький), or a capital letter before a surname's adjective (П. Хмельницкий: an
#: initial, or that name cut short): no settlement word (п., посёлок) however it is spelt.
_NAME_CUT = lazy_compile(r"\s*([^\W\d_]{1,4})\.-(?=\w)")
_INITIAL = lazy_compile(r"\s*[^\W\d_a-zа-яіїєґё]\.\s*[^\W\d_]+[сц]ь?к(?:ий|ій|ого|ому|им|ом)(?!\w)")


def _a_name_cut(text: str) -> bool:
    """Whether ``text`` opens with a capitalised word cut short, or an initial."""
    cut = _NAME_CUT.match(text)
    return (cut is not None and cut[1][0].isupper()) or _INITIAL.match(text) is not None


#: "Raion" in the locative before a name means the area around it (в районі Бахмута, в
#: районе Авдеевки), where the raion itself is named by an adjective (у Бахмутському районі).
_AREA_WORDS = frozenset({"районі", "районе", "районах"})
#: The words cut before a name that a fuller reading may keep (:meth:`CleanQuery.fuller_in`).
_CUT_WORDS = _FILLER | _AREA_WORDS

#: Abbreviated settlement words that are also the first word of names (Хутір Дашківський).
_WRITTEN_OUT = {"хут": "Хутір", "khut": "Khutir"}


def _may_be_named(word: str) -> bool:
    """Whether a settlement or site word may be part of a name (Село, Хутір, Станція)."""
    return len(word) >= 3 and word.lower() in PLACE_WORDS


def _written(word: str) -> str:
    """A settlement word as a name writes it: ``хут.`` is Хутір."""
    return _WRITTEN_OUT.get(word.lower().rstrip("."), word)


def _wanted(lead: list[tuple[str, str]], trail: list[tuple[str, str]]) -> str:
    """The category the cut words ask for: the one nearest the end of the name, else the
    first one before it."""
    after = [category for _, category in trail if category]
    before = [category for _, category in lead if category]
    if "H" in after:  # Bakhmut urban hromada: the hromada, not an urban settlement
        return "H"
    return after[-1] if after else before[0] if before else ""


def _joined(tokens: list[str]) -> str:
    name = _SPACES.sub(" ", " ".join(tokens)).strip(" .-–—'")  # (a dash before a count)
    return name.replace(" - ", "-").replace(" -", "-").replace("- ", "-")


def _category_word(word: str) -> str | None:
    if word.isdigit() and len(word) >= 4:  # a year or a postcode beside the name
        return ""
    if word in LEVEL_WORDS:
        return LEVEL_WORDS[word]
    if len(word) >= 5 and fuzz.ratio(word, "oblast") >= 80:  # Obalst, Olbast, Oblasr
        return "O"
    return PLACE_WORDS.get(word)
