"""Back from Latin to Cyrillic: the likely Cyrillic spellings of a romanised name.

A small weighted grammar maps Latin spellings (single letters and multigraphs from every
romanisation standard and the German, Polish, Czech and French habits) to Cyrillic letters,
each with a cost; a beam search over the ways to cut the word into such pieces keeps the
cheapest spellings. Costs depend on the place in the word: ``i`` after a vowel is ї or й
(Biliaivka, Yurii), ``y`` + vowel at the start of a word is є ю я ї... Each piece costs 1
plus its weight, so one multigraph beats the letters that spell it (``kh`` -> х, not к + г).

A consonant may hide a soft sign, which most romanisations drop (Kharkov -> Харьков); a
spelling that is a known name of the language (``translit/rules/known-<lang>.txt``, the
cities that news and old documents name most) is ranked first.

>>> to_cyrillic("Liubymivka")[0]
'Любимівка'
>>> to_cyrillic("Kharkov", "ru")[0]
'Харьков'
"""

from __future__ import annotations

import heapq
import unicodedata
from functools import lru_cache

__all__ = ["LANGUAGES", "to_cyrillic"]

LANGUAGES = ("uk", "ru")

_BEAM = 48
_SOFT_SIGN_COST = 1.6
_SOFTENABLE = frozenset("лнтсздрцк")
_VOWELS = frozenset("аеєиіїоуюяыэё")
_APOSTROPHES = "'’ʼ`"

# latin piece -> ((cyrillic, weight), ...), shared by both languages.
_COMMON: dict[str, tuple[tuple[str, float], ...]] = {
    "a": (("а", 0.0),), "b": (("б", 0.0),), "d": (("д", 0.0),), "f": (("ф", 0.0),),
    "k": (("к", 0.0),), "l": (("л", 0.0),), "m": (("м", 0.0),), "n": (("н", 0.0),),
    "o": (("о", 0.0),), "p": (("п", 0.0),), "r": (("р", 0.0),), "s": (("с", 0.0),),
    "t": (("т", 0.0),), "u": (("у", 0.0),), "v": (("в", 0.0),), "w": (("в", 0.2),),
    "z": (("з", 0.0),), "q": (("к", 0.5),), "x": (("кс", 0.6), ("х", 0.8)),
    "c": (("ц", 0.4), ("к", 0.8)), "ph": (("ф", 0.3),), "ou": (("у", 0.4),),
    "ss": (("с", 0.6),), "ts": (("ц", 0.2),), "tz": (("ц", 0.3),), "c\u030c": (("ч", 0.0),),
    "č": (("ч", 0.0),), "cz": (("ч", 0.1),), "tsch": (("ч", 0.1),), "tch": (("ч", 0.6),),
    "kh": (("х", 0.0),), "ch": (("ч", 0.3), ("х", 0.7)), "zh": (("ж", 0.0),),
    "ž": (("ж", 0.0),), "rz": (("ж", 0.9),), "sh": (("ш", 0.0),), "š": (("ш", 0.0),),
    "sz": (("ш", 0.3),), "sch": (("ш", 0.5), ("щ", 0.9)), "shch": (("щ", 0.0),),
    "šč": (("щ", 0.0),), "szcz": (("щ", 0.0),), "schtsch": (("щ", 0.0),), "ŝ": (("щ", 0.0),),
    "ś": (("сь", 0.2),), "ź": (("зь", 0.2),), "ć": (("ць", 0.2),), "ń": (("нь", 0.2),),
    "ł": (("л", 0.0),), "ĺ": (("ль", 0.2),), "ŭ": (("в", 0.3),),
    "yu": (("ю", 0.0),), "iu": (("ю", 0.1),), "ju": (("ю", 0.0),), "û": (("ю", 0.0),),
    "ya": (("я", 0.0),), "ia": (("я", 0.1),), "ja": (("я", 0.0),), "â": (("я", 0.0),),
    "yo": (("йо", 0.3),), "io": (("ьо", 0.8), ("йо", 0.9)), "jo": (("йо", 0.3),),
    "e": (("е", 0.0),), "j": (("й", 0.3),),
    "lu": (("лю", 1.5),), "la": (("ля", 1.5),),  # Polish habit: soft l before a vowel
}  # fmt: skip

_UK: dict[str, tuple[tuple[str, float], ...]] = {
    "h": (("г", 0.0), ("х", 1.0)), "g": (("г", 0.3), ("ґ", 0.6)), "zgh": (("зг", 0.0),),
    "y": (("и", 0.0), ("й", 0.7)), "i": (("і", 0.0), ("и", 0.8), ("й", 1.2), ("ї", 1.5)),
    "ye": (("є", 0.0),), "ie": (("є", 0.2), ("іе", 0.9)), "je": (("є", 0.0),),
    "ê": (("є", 0.0),), "yi": (("ї", 0.0), ("ий", 0.5)), "ji": (("ї", 0.0),),
    "ï": (("ї", 0.0),), "ì": (("і", 0.0),), "ë": (("е", 0.5),), "è": (("е", 0.5),),
    "ĭ": (("й", 0.0),), "\u02b9": (("ь", 0.0),), "\u02ba": (("'", 0.0),),
    "'": (("'", 0.0), ("ь", 0.5)), "’": (("'", 0.0), ("ь", 0.5)), "ʼ": (("'", 0.0),),
}  # fmt: skip

_RU: dict[str, tuple[tuple[str, float], ...]] = {
    "h": (("х", 0.3), ("г", 0.9)), "g": (("г", 0.0),),
    "y": (("ы", 0.3), ("и", 0.5), ("й", 0.6)), "i": (("и", 0.0), ("й", 1.0)),
    "ye": (("е", 0.2), ("ье", 0.8)), "ie": (("е", 0.4), ("ие", 0.6)), "je": (("е", 0.3),),
    "yo": (("ё", 0.3), ("йо", 0.5)), "io": (("ьо", 0.8), ("ё", 0.8)), "ë": (("ё", 0.0),),
    "è": (("э", 0.0),), "iy": (("ий", 0.0),), "yy": (("ый", 0.0),), "ii": (("ий", 0.2),),
    "yi": (("ый", 0.5), ("ий", 0.6)), "\u02b9": (("ь", 0.0),), "\u02ba": (("ъ", 0.0),),
    "'": (("ь", 0.0), ("ъ", 0.5)), "’": (("ь", 0.0), ("ъ", 0.5)), "ʼ": (("ь", 0.0),),
}  # fmt: skip

_TABLES = {"uk": {**_COMMON, **_UK}, "ru": {**_COMMON, **_RU}}
_LONGEST = max(len(k) for table in _TABLES.values() for k in table)


@lru_cache(maxsize=len(LANGUAGES))
def _known(language: str) -> frozenset[str]:
    """Known names of the language, lower case, from ``rules/known-<language>.txt``."""
    from importlib import resources  # (here, where read: a start need not import it)

    path = resources.files("translit.rules").joinpath(f"known-{language}.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip()[:1] not in "#")


def _context_weight(language: str, piece: str, cyr: str, out: str, end: bool) -> float | None:
    """A weight for where the piece falls (after a vowel, at the end), or None to keep it."""
    after_vowel = out[-1:] in _VOWELS
    if language == "uk" and after_vowel and piece == "i":
        # ї inside a word (Biliaivka, Kadyivka), й at its end (Yurii, Oleksii).
        if end:
            return {"й": 0.1, "ї": 0.5}.get(cyr, 1.5)
        return {"ї": 0.2, "й": 0.3}.get(cyr, 1.0)
    if language == "uk" and after_vowel and piece == "y":
        return 0.3 if cyr == "й" else 0.9
    return None


def _pieces(language: str, word: str, pos: int) -> list[tuple[str, str, float]]:
    """Every (latin piece, cyrillic, weight) of the grammar that fits ``word`` at ``pos``."""
    table = _TABLES[language]
    found = [
        (word[pos : pos + size], cyr, weight)
        for size in range(min(_LONGEST, len(word) - pos), 0, -1)
        for cyr, weight in table.get(word[pos : pos + size], ())
    ]
    rest = word[pos:]
    if language == "uk" and rest in ("ov", "ev"):  # Ukrainian -ів is -ov/-ev in Russian
        found.append((rest, "ів", 0.0))
    if language == "ru" and pos == 0 and rest[:1] == "e":  # initial э: Elista
        found.append(("e", "э", 0.8))
    return found


def _needs_apostrophe(out: str, cyr: str) -> bool:
    """Ukrainian writes an apostrophe between a labial or р after a vowel and я ю є ї."""
    return (
        bool(cyr)
        and bool(out)
        and cyr[0] in "яюєї"
        and out[-1] in "бпвмфр"
        and (len(out) < 2 or out[-2] in _VOWELS)
    )


def _word(word: str, language: str, width: int) -> list[tuple[float, str]]:
    """Cheapest Cyrillic spellings of one lower-case Latin word: (cost, spelling)."""
    beams: list[dict[str, float]] = [{} for _ in range(len(word) + 1)]
    beams[0][""] = 0.0
    for pos in range(len(word)):
        states = heapq.nsmallest(width, beams[pos].items(), key=lambda kv: (kv[1], kv[0]))
        if not states:
            continue
        options = _pieces(language, word, pos)
        if not options:  # a letter the grammar does not know: keep it as it is
            options = [(word[pos], word[pos], 1.0)]
        for out, cost in states:
            for piece, cyr, weight in options:
                end = pos + len(piece) == len(word)
                adjusted = _context_weight(language, piece, cyr, out, end)
                step = 1.0 + (weight if adjusted is None else adjusted)
                nxt = beams[pos + len(piece)]
                spellings = [(out + cyr, cost + step)]
                if language == "uk" and _needs_apostrophe(out, cyr):
                    spellings = [(out + "'" + cyr, cost + step), (out + cyr, cost + step + 0.5)]
                if cyr[-1] in _SOFTENABLE:
                    spellings.append((out + cyr + "ь", cost + step + _SOFT_SIGN_COST))
                for text, total in spellings:
                    if total < nxt.get(text, float("inf")):
                        nxt[text] = total
    return sorted(((c, t) for t, c in beams[-1].items()), key=lambda ct: (ct[0], ct[1]))


def _apply_case(latin: str, cyrillic: str) -> str:
    letters = [ch for ch in latin if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return cyrillic.upper()
    if letters and letters[0].isupper():
        return cyrillic[:1].upper() + cyrillic[1:]
    return cyrillic


def _split(text: str) -> list[str]:
    """Words and the separators between them, alternating, starting with a word."""
    parts, current, in_word = [], "", True
    for ch in text:
        is_letter = ch.isalpha() or unicodedata.category(ch) == "Mn" or ch in _APOSTROPHES
        if is_letter != in_word:
            parts.append(current)
            current, in_word = "", is_letter
        current += ch
    parts.append(current)
    return parts


def _check(latin: object, language: object, limit: object) -> None:
    if not isinstance(latin, str):
        raise TypeError(f"to_cyrillic() expects str, got {type(latin).__name__}")
    if language not in _TABLES:
        raise ValueError(f"unknown language {language!r}; valid languages: {', '.join(LANGUAGES)}")
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise ValueError(f"limit must be a positive int, got {limit!r}")


def to_cyrillic(latin: str, language: str = "uk", limit: int = 5) -> list[str]:
    """The ``limit`` most likely Cyrillic spellings of the romanised name ``latin``, best first.

    ``language`` is ``"uk"`` (Ukrainian letters) or ``"ru"`` (Russian letters: ы э ё ъ).
    Text without Latin letters comes back as it is, as the only candidate.

    >>> "Любимівка" in to_cyrillic("Lubymiwka")
    True
    """
    _check(latin, language, limit)
    # NFC joins letters and their marks (č, ï); the ALA-LC tie bars carry no sound of their own.
    text = unicodedata.normalize("NFC", latin).replace("\u0361", "").replace("\u0360", "")
    if not any((ch.isascii() and ch.isalpha()) or _is_latin(ch) for ch in text):
        return [text]
    width = _BEAM if len(text) <= 200 else 1
    parts = _split(text)
    combos: list[tuple[float, str]] = [(0.0, "")]
    for index, part in enumerate(parts):
        if index % 2 == 1 or not part:  # separator, or the empty first word
            combos = [(cost, out + part) for cost, out in combos]
            continue
        found = _word(part.lower(), language, width)[:width]
        cased = [(cost, _apply_case(part, cyr)) for cost, cyr in found]
        joined = [(c1 + c2, o1 + o2) for c1, o1 in combos for c2, o2 in cased]
        combos = heapq.nsmallest(width, joined)
    known = _known(language)
    ranked = sorted(combos, key=lambda co: (co[1].lower() not in known, co[0], co[1]))
    result: list[str] = []
    for _, out in ranked:
        if out not in result:
            result.append(out)
        if len(result) == limit:
            break
    return result


@lru_cache(maxsize=1024)
def _is_latin(ch: str) -> bool:
    return "LATIN" in unicodedata.name(ch, "")
