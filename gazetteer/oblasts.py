"""The top-level units (oblasts, Crimea, Kyiv, Sevastopol) and reading them from free text.

People write an oblast in many ways: ``Kherson Oblast``, ``Khersonska oblast``,
``Kherson region``, ``Херсонська обл.``, ``Херсонская область``, ``Cherson``,
``Oblast Kherson``, ``UA-65``, ``UA65``. :class:`OblastTable.parse` reads all of them: it
drops the words that say "oblast", then compares the match key of what is left with the
keys of every name the table knows for each unit (Ukrainian, KMU, English, Russian, the
centre's name), accepting a prefix (``Kharkov`` in ``Kharkovskaya``) or a near spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from translit import match_key
from translit.lazyre import lazy_compile

from .councils import spell_acronyms
from .newsroomwords import REGION_WORDS
from .oblastscore import form_score
from .oblastspellings import latin_spellings, near_spelling, plain_letters
from .regionforms import (
    OTHER_FILLER,
    UNIT_WORDS,
    as_written,
    polish_declined,
    region_names,
    short_forms_written_out,
    written_latin,
)
from .unitabbreviations import UNIT_ABBREVIATIONS, abbreviation_key, abbreviation_written

#: Words that say "this is an oblast" in the languages of the data; they carry no name.
OBLAST_WORDS = UNIT_WORDS | frozenset(
    """oblast oblasti oblasts obl region regions province oblastʹ gebiet obwód obwodu
    région región regione область області обл обласць вобласць
    облдержадміністрація облдержадміністрації regional governor""".split()
)
#: ...and those of foreign newsrooms (województwo, județul, megye)
OBLAST_WORDS |= frozenset(word for word, level in REGION_WORDS.items() if level == "O")
#: Words of the Crimean unit's long name and other filler around an oblast name.
FILLER_WORDS = OTHER_FILLER | frozenset(
    """autonomous republic respublika avtonomna of the de du ar arc aрк арк ар автономна респ
    республіка автономная республика""".split()
)
#: ...declined, as text writes it (в Республике Крым, в Автономной Республике Крым, у
#: Республіці Крим, над Автономною Республікою Крим)
FILLER_WORDS |= frozenset(
    """республике республикой республику республіці республікою республіку автономной
    автономную автономній автономної автономною автономну""".split()
)
#: ...and of the names the occupation authorities gave Donetsk and Luhansk oblasts
#: (Донецкая Народная Республика), which Russian reports put after a place's name.
FILLER_WORDS |= frozenset(
    """народная народной народна народної народні people's peoples people
    республики республіки республіка republic's""".split()
)
#: The cities with special status and the unit that surrounds each of them.
_ENCLOSING = {"UA80": "UA32", "UA85": "UA01"}
_CODE = lazy_compile(r"^\s*ua[\s\-_]?(\d{2})\s*$", re.IGNORECASE)
_FULL_CODE = lazy_compile(r"^\s*(ua\d{2})\d{15}\s*$", re.IGNORECASE)
_WHOLE_FLOAT = lazy_compile(r"(?<=\d)\.0+$")  #: a whole number written as a float: 65.0
_TOKEN = lazy_compile(r"[^\W\d_]+(?:['’ʼ`-][^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Oblast:
    """One top-level unit, as ``data/oblasts.tsv`` lists it."""

    prefix: str  #: KATOTTG prefix, ``UA65``
    code: str  #: full KATOTTG code of the unit
    iso: str  #: ISO 3166-2, ``UA-65``
    name_uk: str
    name: str  #: KMU Latin
    name_en: str
    name_ru: str
    center_uk: str
    #: the names the region goes by (Харківщина, Закарпаття), ``|``-separated
    region_names: str = ""


@dataclass(frozen=True)
class OblastReading:
    """What :meth:`OblastTable.parse` made of a text: the units it may mean, best first."""

    oblasts: tuple[Oblast, ...]
    score: float
    said_oblast: bool  #: the text had a word such as "oblast" or "область"
    #: the units read by a name in another language (``oblast_names.tsv``) better than by
    #: any of their own, each with its own names' best score: their exonym met
    exonym: Mapping[str, float] = field(default_factory=dict)


#: How many texts' readings an :class:`OblastTable` keeps (all forgotten when full).
PARSED_KEPT = 4096


class OblastTable:
    """The 27 units, indexed by prefix, ISO code and every name form's match key."""

    def __init__(
        self, oblasts: Iterable[Oblast], foreign: Mapping[str, Iterable[str]] | None = None
    ):
        """``foreign``: KATOTTG prefix -> the unit's names in other languages
        (:func:`~gazetteer.regionforms.foreign_names`), read as its English name is."""
        self.oblasts = tuple(oblasts)
        self.by_prefix = {o.prefix: o for o in self.oblasts}
        self.by_iso = {o.iso: o for o in self.oblasts}
        self._forms: list[tuple[str, Oblast, bool]] = []  # (key, unit, is_adjective)
        #: a foreign name less its unit's words (Volînia, Kárpátalja) -> its units
        self._foreign: dict[str, tuple[Oblast, ...]] = {}
        self._exonyms: set[int] = set()  #: the positions in _forms of the foreign names
        self._names: set[str] = set()  #: the keys of the units' nouns (Kiev, Krym, LNR)
        #: each text's reading (:meth:`parse`): a text's hints, levels and list heads recur
        self._parsed: dict[tuple[str, float], OblastReading | None] = {}
        #: each unit's names as Latin letters write them (:func:`latin_spellings`)
        self._spellings: dict[str, frozenset[str]] = {}
        for unit in self.oblasts:
            adjectives = [unit.name_uk, unit.name, unit.name_ru]
            nouns = [unit.name_en, unit.center_uk]
            for text in adjectives:
                self._add(text, unit, adjective=unit.prefix not in ("UA80", "UA85"))
            for text in nouns:
                self._add(text, unit, adjective=False)
            for text in (foreign or {}).get(unit.prefix, ()):  # (as written: Sumî is no Sum-)
                if self._add(text, unit, adjective=False):
                    self._exonyms.add(len(self._forms) - 1)
                if unit.prefix not in _ENCLOSING and (bare := _strip_words(text)[0]):
                    key = as_written(bare)  # (Polish Krymu is no Ukrainian Криму)
                    self._foreign[key] = (*self._foreign.get(key, ()), unit)
        #: match key of each region's own name (Харківщина) -> its units (Донбас: two)
        self._regions: dict[str, tuple[Oblast, ...]] = {}
        #: a region's name in accented Latin letters, read as written (Crimée: crime's key)
        self._written: dict[str, tuple[Oblast, ...]] = {}
        #: each abbreviation (АРК, DNR) by its letters: their key is another word's (Ярк's)
        self._abbreviated: dict[str, tuple[Oblast, ...]] = {}
        for prefix, abbreviations in UNIT_ABBREVIATIONS.items():
            for text in abbreviations:
                self._add(text, self.by_prefix[prefix], adjective=False)
                self._abbreviated[text.casefold()] = (self.by_prefix[prefix],)  # a name alone
        for unit in self.oblasts:
            # (województwo kijowskie: as written, for its key is Kovske's)
            polish = [
                f for text in (foreign or {}).get(unit.prefix, ()) for f in polish_declined(text)
            ]
            for name in [*region_names(unit), *polish]:
                if written_latin(name) or name in polish:
                    for key in {as_written(name), as_written(name).replace("ı", "i")}:
                        self._written[key] = (*self._written.get(key, ()), unit)
                    continue
                key = match_key(name)
                self._regions[key] = (*self._regions.get(key, ()), unit)
                self._forms.append((key, unit, False))

    def _add(self, text: str, unit: Oblast, *, adjective: bool) -> bool:
        """Add a form of ``unit``'s name; whether it is a new one."""
        key = match_key(_strip_words(text)[0])
        if key and not adjective:
            self._names.add(key)
        if key and (key, unit, adjective) not in self._forms:
            self._forms.append((key, unit, adjective))
            return True
        return False

    def region_named(self, text: str) -> tuple[Oblast, ...]:
        """The units whose region goes by the name ``text`` (Харківщина: Kharkiv oblast;
        Донбас: Donetsk and Luhansk oblasts), or ()."""
        found = (
            self._regions.get(match_key(text), ())
            or self.abbreviated(text)
            or self.written_named(text)
        )
        # (a word alone has no other to strip; nor is a number a word of a region's name:
        # Харків 25, a count beside a city, is no Kharkiv oblast)
        if found or " " not in text.strip() or any(map(str.isdigit, text)):
            return found
        bare = _strip_words(text)[0]
        if bare and len(bare.split()) < len(text.split()):  # АР Крим
            found = self._regions.get(match_key(bare), ()) or self.abbreviated(bare)
            if not found and (reading := self.parse(text)) and reading.score >= 100:
                found = reading.oblasts  # AR Crimea
        return found

    def abbreviated(self, text: str) -> tuple[Oblast, ...]:
        """The unit an abbreviation names, written with its very letters in any case (АРК,
        днр, LPR: :data:`UNIT_ABBREVIATIONS`), or ()."""
        return self._abbreviated.get(text.strip().casefold(), ())

    def written_named(self, text: str) -> tuple[Oblast, ...]:
        """The units a region's name in accented Latin letters names as written (Kırım,
        Crimée, Polish kijowskie); a dotless ı also as i, as capitals write it (KIRIM)."""
        return self._written.get(as_written(text), ())

    def foreign_named(self, text: str) -> tuple[Oblast, ...]:
        """The units an ISO name in another language names as written, less its words for
        the unit (Romanian Volînia, Hungarian Kárpátalja of Kárpátalja megye), or (): a
        city's name among them (Romanian Kiev, Harkov) is the caller's to tell."""
        return self._foreign.get(as_written(text), ())

    def numbered(self, text: str) -> Oblast | None:
        """The unit a number alone stands for, as spreadsheets give an oblast: its two digits
        (``63``, ``5``: the ISO code's, which are KATOTTG's but for Luhansk, Crimea, Kyiv,
        Sevastopol and Chernivtsi, and no number stands for two units), or a KOATUU code of
        ten digits (``6310100000``: its first two, KATOTTG's; ``510100000``, its 0 lost, is
        ``0510100000``); either may end in ``.0``, as a number column with a blank cell is
        written from pandas (``65.0``)."""
        digits = _WHOLE_FLOAT.sub("", text.strip())
        if not digits.isdigit() or not digits.isascii():
            return None
        if len(digits) in (9, 10):  # (nine: a spreadsheet dropped Crimea's or Vinnytsia's 0)
            return self.by_prefix.get(f"UA{digits.zfill(10)[:2]}")
        if len(digits) <= 2:
            number = digits.zfill(2)
            return self.by_iso.get(f"UA-{number}") or self.by_prefix.get(f"UA{number}")
        return None

    def with_enclosing(self, unit: Oblast) -> tuple[Oblast, ...]:
        """``unit``, then the unit around it or inside it if it is one of a special city's
        pair (Kyiv oblast and Kyiv city): a row's ``Kyiv`` under oblast ``32`` is the capital,
        as under ``Kyiv Oblast``."""
        partner = _ENCLOSING.get(unit.prefix) or next(
            (city for city, around in _ENCLOSING.items() if around == unit.prefix), None
        )
        other = self.by_prefix.get(partner) if partner else None
        return (unit, other) if other is not None else (unit,)

    def get(self, code: str) -> Oblast | None:
        """The unit with this KATOTTG prefix, ISO code or full KATOTTG code."""
        code = code.strip().upper()
        if code in self.by_iso:
            return self.by_iso[code]
        return self.by_prefix.get(code[:4])

    def names_its_centre(self, oblast: str, name_uk: str) -> bool:
        """Whether ``name_uk`` is the name of the centre of ``oblast`` (an ISO code or a
        KATOTTG code or prefix; ``""``: none)."""
        unit = self.get(oblast) if oblast else None
        return unit is not None and unit.center_uk == name_uk

    def parse(self, text: str, *, min_score: float = 80.0) -> OblastReading | None:
        """Read ``text`` as an oblast; None when it does not name one."""
        if not isinstance(text, str) or not text.strip():
            return None
        key = (text, min_score)
        # one look-up, not a test and a read: a thread clearing the full cache between the
        # two would make the read fail (the library's threads share a gazetteer)
        try:
            return self._parsed[key]
        except KeyError:
            pass
        if len(self._parsed) >= PARSED_KEPT:
            self._parsed.clear()
        reading = self._parsed[key] = self._parse(text, min_score)
        return reading

    def _parse(self, text: str, min_score: float) -> OblastReading | None:
        text = short_forms_written_out(spell_acronyms(text))  # Харківська ОВА, Луг. обл.
        code = _CODE.match(text) or _FULL_CODE.match(text)
        if code:
            digits = code.group(1)[-2:]
            unit = self.by_iso.get(f"UA-{digits}") or self.by_prefix.get(f"UA{digits}")
            return OblastReading(self.with_enclosing(unit), 100.0, True) if unit else None
        rest, said_oblast = _strip_words(text)
        if written := self.written_named(rest):  # Kırım, Crimée: as written, sure
            units = dict.fromkeys(u for unit in written for u in self.with_enclosing(unit))
            return OblastReading(tuple(units), 100.0, said_oblast)
        key = match_key(rest)
        if len(key) < 3:
            return None
        # a short form as written: an abbreviation's dot (Sum.), or a unit's name (Kiev)
        dotted = key in self._names or _dotted(text)
        scores: dict[str, float] = {}
        own: dict[str, float] = {}  # (by the unit's own names, not another language's)
        letters = plain_letters(rest) if rest.isascii() else ""
        heads = _heads(rest)
        two_names = self._two_names(rest)
        for i, (form_key, unit, adjective) in enumerate(self._forms):
            # (АРК: its very letters, or no dark, no Ярк, whose key is АРК's)
            if not abbreviation_key(form_key) or (key == form_key and abbreviation_written(rest)):
                # (a name and another word is no name with an ending: Kharkiv Sumy; nor are
                # two units' names one name misspelt: Lviv Kyiv is no Lvivskyi)
                if form_key in heads or (two_names and key != form_key):
                    score = 0.0
                else:
                    score = form_score(key, form_key, adjective, dotted)
                scores[unit.prefix] = max(score, scores.get(unit.prefix, 0.0))
                if i not in self._exonyms:
                    own[unit.prefix] = max(score, own.get(unit.prefix, 0.0))
        for prefix, score in scores.items():
            # a Latin text read only as a near key: its letters must be a letter from a
            # spelling of the unit's name too (Kheron, Khersn; not heron, person, knew)
            if letters and 0 < score < 99 and not self._spelled_near(letters, prefix):
                scores[prefix] = own[prefix] = 0.0
        if not scores:
            return None
        best = max(scores.values())
        if best < min_score:
            return None
        tied = [p for p, s in scores.items() if s >= best - 1.5]
        # "Kyiv" names both the city and the oblast: the oblast when the text says so.
        # Each special city lies inside its oblast, so either reading brings the other along.
        for city, oblast in _ENCLOSING.items():
            for prefix in (city, oblast):
                if prefix in tied and (other := city if prefix == oblast else oblast) not in tied:
                    tied.append(other)
        tied.sort(
            key=lambda p: (
                scores.get(p, 0.0) < best - 1.5,
                (p in _ENCLOSING) == said_oblast,
                -scores.get(p, 0.0),
            )
        )
        exonym = {
            p: own.get(p, 0.0)
            for p in tied
            if own.get(p, 0.0) < scores.get(p, 0.0) and scores.get(p, 0.0) >= best - 1.5
        }
        return OblastReading(tuple(self.by_prefix[p] for p in tied), best, said_oblast, exonym)

    def _two_names(self, rest: str) -> bool:
        """Whether ``rest`` is two units' names side by side (Lviv Kyiv, Kharkiv Sumy): the
        keys of its first words and of the rest are each some unit's form's key."""
        words = rest.split()
        keys = self.__dict__.get("_form_key_set")  # (made on first use: the table is pickled)
        if keys is None:
            keys = self.__dict__["_form_key_set"] = frozenset(k for k, _, _ in self._forms)
        return any(
            match_key(" ".join(words[:cut])) in keys and match_key(" ".join(words[cut:])) in keys
            for cut in range(1, len(words))
        )

    def spell_out(self) -> None:
        """Make every unit's Latin spellings now (:func:`latin_spellings`: ~1 s, most of it
        translit's tables), so that a table built for the cache carries them and no process
        that loads it pays for them on its first loose reading."""
        for prefix in self.by_prefix:
            self._spellings_of(prefix)

    def _spellings_of(self, prefix: str) -> frozenset[str]:
        spellings = self._spellings.get(prefix)
        if spellings is None:
            unit = self.by_prefix[prefix]
            spellings = self._spellings[prefix] = latin_spellings(
                [_strip_words(text)[0] for text in (unit.name, unit.name_en)],
                # (Крим, without Автономна Республіка)
                [_strip_words(text)[0] for text in (unit.name_uk, unit.name_ru, unit.center_uk)],
            )
        return spellings

    def _spelled_near(self, letters: str, prefix: str) -> bool:
        """Whether ``letters`` (a Latin text's, lowercased) are at most one letter from a
        spelling of the unit's names (:func:`near_spelling`)."""
        return any(near_spelling(letters, spelling) for spelling in self._spellings_of(prefix))


def enclosing_pair(a: str, b: str) -> bool:
    """Whether two KATOTTG prefixes are a special city and the unit around it (Kyiv city and
    Kyiv oblast, Sevastopol and Crimea)."""
    return _ENCLOSING.get(a) == b or _ENCLOSING.get(b) == a


def _strip_words(text: str) -> tuple[str, bool]:
    """Drop the "oblast" words (and near misspellings) and the filler; say if any was there."""
    kept: list[str] = []
    said_oblast = False
    for token in _TOKEN.findall(text.lower()):
        bare = token.rstrip(".")
        if bare in OBLAST_WORDS or (len(bare) >= 5 and fuzz.ratio(bare, "oblast") >= 80):
            said_oblast = True
        elif bare not in FILLER_WORDS:
            kept.append(token)
    return " ".join(kept), said_oblast


def _heads(rest: str) -> frozenset[str]:
    """The match keys of the words of ``rest`` before its last, and of fewer (``Kharkiv
    Sumy``: kharkiv's): a name they are is followed by a word, no ending of its own."""
    words = rest.split()
    return frozenset(match_key(" ".join(words[:cut])) for cut in range(1, len(words)))


def _dotted(text: str) -> bool:
    """Whether a word of ``text`` other than an "oblast" word ends in a dot, as an
    abbreviation does (``Tern.``, ``Vinn. obl.``; not ``sum obl.``)."""
    lowered = text.lower()
    return any(
        lowered[token.end() : token.end() + 1] == "."
        and token.group() not in OBLAST_WORDS
        and token.group() not in FILLER_WORDS
        for token in _TOKEN.finditer(lowered)
    )
