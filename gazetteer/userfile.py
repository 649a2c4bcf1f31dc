"""Reading a gazetteer of your own: another country, a list of people, units, anything named.

The file is CSV or TSV (by extension, or sniffed) with a header row, in UTF-8 (with or
without BOM), UTF-16 with BOM or Windows-1251, detected as normalize detects them (or given:
``encoding=``); lines that start
with ``#`` are comments, before the header or below it (not inside a quoted field; a quote
opens one only at a field's start, as csv reads it). A first line ``sep=;`` (Excel's) names
the delimiter and is no header, as normalize reads it (:func:`gazetteer.sniff.sep_line`).
Columns, by name, in any order:

============ ========= ======================================================================
column       required  meaning
============ ========= ======================================================================
id           yes       a unique identifier, returned as ``Entry.code``
name         yes       the name in its own script, returned as ``Entry.name_uk``
alt_names    no        other names, separated by ``|`` or line breaks (former names, exonyms)
name_latin   no        the canonical Latin name (default: :func:`latin_name`)
region       no        the region or parent area, matched by hints (``Entry.oblast``)
parent       no        the id of the parent entry (``Entry.parent``; ``children()`` uses it)
category     no        your own label; ``city``/``town`` rank above ``village`` (see below)
latitude     no        WGS 84 degrees, with ``longitude``: the entry's point
longitude    no        (:func:`gazetteer.coordinates.locate`; ``normalize --add coordinates``)
============ ========= ======================================================================

Categories named ``capital``, ``city``, ``town``, ``settlement`` or ``village`` are stored as
KATOTTG's letters K, M, M, X and C (``Entry.category``) and take their ranking priors; any other
label is kept as written and ranks neutrally. A malformed file (a row with more non-empty
fields than the header, a repeated id, a ``parent`` that is no id in the file, parents in a
circle, a quote left open that took in the rows below it) stops with its line named. A
comment line above the header may declare the file's kind: ``# kind: names`` for names that
are no places (units, firms), read in text as :mod:`gazetteer.namelist` says; ``# kind:
people`` for people's names, read so and written as people write them
(:mod:`gazetteer.personforms`).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from translit import detect, to_latin

from .errors import GazetteerFileError, InputError
from .index import NameForm
from .letterforms import fix_lookalikes
from .model import Entry
from .namelist import file_kind
from .sniff import BAD_DELIMITER, NOT_TEXT, detect_encoding, named_delimiter, sep_line
from .userbook import is_workbook, workbook_text

_EXTRA = "\0extra"  #: where csv puts a row's fields beyond the header's
_UTF8 = {"utf-8", "utf-8-sig", "utf8"}

#: Plain-word categories and the KATOTTG letters whose ranking priors they share.
CATEGORY_WORDS = {"city": "M", "town": "M", "settlement": "X", "village": "C", "capital": "K"}


def read_user_gazetteer(
    path: Path, *, delimiter: str | None = None, encoding: str | None = None
) -> tuple[list[Entry], list[NameForm], dict[str, tuple[float, float]], str | None]:
    """Entries, name forms, points (id -> latitude, longitude) and the kind its comments
    declare (``# kind: names`` or ``people``, :mod:`gazetteer.namelist`; None when none)
    from a user gazetteer file (format: the module docs); its encoding detected unless
    ``encoding`` names one."""
    try:
        data = path.read_bytes()
        if encoding is None and is_workbook(data):  # (the xlsx extra reads it)
            data, encoding = workbook_text(path).encode(), "utf-8"
            delimiter = delimiter or "tab"
        if encoding is None:
            try:
                encoding = detect_encoding(data, complete=True)[0]
            except InputError as error:
                if any(data.startswith(magic) for magic, _ in NOT_TEXT):  # (an .xls, a gzip)
                    raise GazetteerFileError(f"{path}: {error}") from None
                raise GazetteerFileError(
                    f"{path}: not UTF-8 text, nor Windows-1251 Cyrillic: save it as UTF-8, "
                    "or give its encoding (encoding=...)"
                ) from None
        # (utf-8-sig and utf-16 drop their BOM; a plain utf-8 given would keep it)
        text = data.decode(encoding).removeprefix("\ufeff")
    except FileNotFoundError:
        raise GazetteerFileError(f"gazetteer file not found: {path}") from None
    except IsADirectoryError:
        raise GazetteerFileError(f"{path} is a folder, not a gazetteer file") from None
    except OSError as error:
        raise GazetteerFileError(f"cannot read {path}: {error.strerror}") from None
    except LookupError:
        raise GazetteerFileError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as error:
        said = "UTF-8" if (encoding or "").lower().replace("_", "-") in _UTF8 else encoding
        raise GazetteerFileError(
            f"{path}: not {said} text (byte {error.start}: {error.reason}); save it as {said}"
        ) from None
    lines = text.splitlines()
    named = sep_line(text)  # Excel's first line sep=X: the delimiter (unless told), no header
    skip = 0 if named is None else 1
    while skip < len(lines) and (lines[skip].startswith("#") or not lines[skip].strip()):
        skip += 1
    if skip == len(lines):
        raise GazetteerFileError(f"{path}: no header row")
    kind = file_kind(lines[:skip], str(path))
    sep = _delimiter_given(delimiter) if delimiter else named  # ("": sniffed, as none)
    sep = sep or _delimiter(path, lines[skip] + "\n")
    # '#' lines are comments below the header too; each kept line remembers its own number
    line_of = [skip + 1]
    quoted = False  # (a '#' inside a quoted field that runs over lines is no comment)
    for n in range(skip + 1, len(lines)):
        if quoted or not lines[n].startswith("#"):
            line_of.append(n + 1)
            quoted = _ends_quoted(lines[n], sep, quoted)
    body = [lines[n - 1] + "\n" for n in line_of]  # (a quoted field keeps its line breaks)
    reader = csv.DictReader(body, delimiter=sep, restkey=_EXTRA)
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = {"id", "name"} - set(header)
    if missing:
        raise GazetteerFileError(
            f"{path}: missing column(s) {', '.join(sorted(missing))}; the header has {header}"
        )
    twice = sorted({h for h in header if h and header.count(h) > 1})
    if twice:
        raise GazetteerFileError(f"{path}: column(s) {', '.join(twice)} named twice in the header")
    reader.fieldnames = header
    entries: list[Entry] = []
    forms: list[NameForm] = []
    seen: dict[str, int] = {}
    points: dict[str, tuple[float, float]] = {}
    start = first = reader.line_num  # (indexes in body: where the next and the last row begin)
    for row in reader:
        number = line_of[reader.line_num - 1]  # (the line a row ends on, as an editor counts)
        _one_line(row, f"{path}, line {line_of[start]}")
        first, start = start, reader.line_num
        code = (row.get("id") or "").strip()
        if any(extra.strip() for extra in row.get(_EXTRA, ())):  # (empty ones: a trailing sep)
            raise GazetteerFileError(
                f"{path}, line {number}: more fields than the header's {len(header)} "
                f"(a {sep!r} inside a name must be in quotes)"
            )
        name = (row.get("name") or "").strip()
        if not code or not name:
            raise GazetteerFileError(f"{path}, line {number}: empty id or name")
        if code in seen:
            raise GazetteerFileError(
                f"{path}, line {number}: duplicate id {code!r} (first on line {seen[code]})"
            )
        seen[code] = number
        latin = (row.get("name_latin") or "").strip() or latin_name(name)
        label = (row.get("category") or "").strip()
        i = len(entries)
        entries.append(
            Entry(
                code=code,
                name=latin,
                name_uk=name,
                category=CATEGORY_WORDS.get(label.lower(), label),
                oblast=(row.get("region") or "").strip(),
                oblast_name=(row.get("region") or "").strip(),
                parent=(row.get("parent") or "").strip(),
            )
        )
        forms.append(NameForm(i, name, "official"))
        # (a Latin look-alike in a Cyrillic name, GeoNames' Жодзina: Жодзіна as typed too)
        for spelling in dict.fromkeys((fix_lookalikes(name), latin, *plain_spellings(name))):
            if spelling != name:  # (Krakow, Koeln and Koln for Kraków and Köln: exact too)
                forms.append(NameForm(i, spelling, "official"))
        for alt in _ALT_SEPARATORS.split(row.get("alt_names") or ""):
            for text in dict.fromkeys((alt.strip(), fix_lookalikes(alt.strip()))):
                if text:
                    forms.append(NameForm(i, text, "exonyms", note="alternative name"))
        point = _point(row, f"{path}, line {number}")
        if point is not None:
            points[code] = point
    if first < len(body) and _left_open(body[first:], sep):  # (its rows lost unseen)
        raise GazetteerFileError(
            f"{path}, line {line_of[first]}: a quote opened on this row is never closed, "
            "so the lines after it were read as one field"
        )
    if not entries:
        raise GazetteerFileError(f"{path}: no entries below the header")
    _check_parents(path, entries, seen)
    return entries, forms, points, kind


def name_words(forms: list[NameForm]) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case words that stand between capitalised words inside the names (``im``
    of Freiburg im Breisgau, ``ob der`` of Rothenburg ob der Tauber, ``di``, ``upon``), and
    the first words of the names of several words, lower-cased (``le`` of Le Havre,
    ``north`` of North Shields): running text reads a name across the ones and from the
    others (:func:`gazetteer.spans.name_spans`)."""
    small: set[str] = set()
    first: set[str] = set()
    for form in forms:
        words = form.text.split()
        if len(words) < 2:
            continue
        first.add(words[0].lower())
        if any(w[:1].islower() for w in words[1:-1]):  # (none in most: Тарас Г. Шевченко)
            capitals = [k for k, word in enumerate(words) if word[:1].isupper()]
            if len(capitals) > 1:
                small.update(w for w in words[capitals[0] + 1 : capitals[-1]] if w[:1].islower())
    return frozenset(small), frozenset(first)


#: Scripts whose writers write capitals: a name in one of them keeps its case as written.
_CASED_SCRIPTS = frozenset({"Latin", "Cyrillic", "Greek", "Armenian", "Mixed"})
#: Quotation marks that ASCII folding would write as ``<<``, ``>>`` or ``,,``.
_QUOTES = str.maketrans(dict.fromkeys("«»„“”", '"'))
#: A word's first letter: at the start, or after a space, a hyphen, a bracket or a slash,
#: behind the apostrophe an ayin or aleph is romanised as ('man: عمان, tl 'byb: תל אביב).
_WORD_START = re.compile(r"(?:^|(?<=[\s\-(/]))['ʻʼ’`]?[a-z]")


def latin_name(name: str) -> str:
    """The default canonical Latin name of ``name``: the name as written when it is in Latin
    letters already (Kraków, Köln, Plzeň: its diacritics kept; a lookup of Krakow or Koln
    finds it all the same), else ``translit.to_latin``'s, its quotation
    marks plain (``"Kholodnyi Yar"``, not ``<<Kholodnyi Yar>>``), and each word capitalised
    when the name's script writes no capitals (Georgian თბილისი: ``Tbilisi``, not ``tbilisi``;
    Arabic, Hebrew, CJK)."""
    script = detect(name).script
    if script == "Latin":  # (Kraków, Köln: the Latin spelling is the name as written)
        return name
    latin = to_latin(name.translate(_QUOTES))
    if any(c.isupper() for c in name) or script in _CASED_SCRIPTS:
        return latin
    return _WORD_START.sub(lambda m: m.group().upper(), latin)


#: German letters as written without them: Köln as Koeln, Straße as Strasse.
_GERMAN_PLAIN = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def plain_spellings(name: str) -> tuple[str, ...]:
    """How a Latin ``name`` with diacritics is written without them, looked up as exactly as
    the name: ASCII (Krakow, Koln) and, with German letters, as German writes them (Koeln,
    Muenchen); none for a name in other letters (its ``latin_name`` is its spelling)."""
    if detect(name).script != "Latin" or name.isascii():
        return ()
    return (to_latin(name), name.translate(_GERMAN_PLAIN))


#: What parts ``alt_names``: ``|``, or a line break in a quoted cell (a spreadsheet's
#: Alt+Enter, one name a line).
_ALT_SEPARATORS = re.compile(r"[|\r\n]")

#: The columns that hold one value each, where a line break says a quote was left open.
_ONE_LINE = ("id", "name", "name_latin", "region", "parent", "category", "latitude", "longitude")


def _one_line(row: dict[str, str], where: str) -> None:
    """A one-value column with a line break in it: a quote left open took in the lines after
    it (its rows lost unseen), so the reading stops naming the line the row starts on."""
    for column in _ONE_LINE:
        value = row.get(column)
        if value and ("\n" in value or "\r" in value):
            raise GazetteerFileError(
                f"{where}: the {column} runs over several lines (a quote left open?)"
            )


def _ends_quoted(line: str, sep: str, quoted: bool) -> bool:
    """Whether ``line``, begun inside a quoted field or not (``quoted``), ends inside one, as
    csv reads quotes: a quote opens a field only at the field's start (Khar"kov's is a letter),
    and inside one a doubled quote is a quote, a single one closes it."""
    at_start = not quoted
    i = 0
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"':
                if line[i + 1 : i + 2] == '"':
                    i += 1
                else:
                    quoted = False  # (csv, not strict, reads what follows into the field)
        elif c == sep:
            at_start = True
            i += 1
            continue
        elif c == '"' and at_start:
            quoted = True
        at_start = False
        i += 1
    return quoted


def _left_open(lines: list[str], sep: str) -> bool:
    """Whether the last row's lines end inside a quoted field (csv, not strict, would take
    the rest of the file as that field and say nothing)."""
    try:
        for _ in csv.reader(lines, delimiter=sep, strict=True):
            pass
    except csv.Error as error:
        return "end of data" in str(error)
    return False


def _point(row: dict[str, str], where: str) -> tuple[float, float] | None:
    """The row's (latitude, longitude); None when both are empty."""
    texts = [(row.get(column) or "").strip() for column in ("latitude", "longitude")]
    if not any(texts):
        return None
    if not all(texts):
        raise GazetteerFileError(f"{where}: a latitude without a longitude, or the other way")
    try:
        latitude, longitude = (float(t.replace(",", ".")) for t in texts)
    except ValueError:
        raise GazetteerFileError(
            f"{where}: latitude and longitude must be numbers in degrees, not {texts}"
        ) from None
    if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):
        raise GazetteerFileError(
            f"{where}: ({latitude}, {longitude}) is no point (latitude -90..90, "
            "longitude -180..180)"
        )
    return latitude, longitude


def _check_parents(path: Path, entries: list[Entry], line_of: dict[str, int]) -> None:
    """Every parent is an id of the file, and no entry is its own ancestor (a cycle would
    make ``hierarchy`` climb for ever)."""
    parent_of = {e.code: e.parent for e in entries}
    for entry in entries:
        if entry.parent and entry.parent not in parent_of:
            raise GazetteerFileError(
                f"{path}, line {line_of[entry.code]}: parent {entry.parent!r} is no id in the file"
            )
    done: set[str] = set()
    for entry in entries:
        chain: list[str] = []
        code = entry.code
        while code and code not in done:
            if code in chain:
                loop = " -> ".join([*chain[chain.index(code) :], code])
                raise GazetteerFileError(
                    f"{path}, line {line_of[code]}: parents run in a circle ({loop})"
                )
            chain.append(code)
            code = parent_of[code]
        done.update(chain)


def _delimiter_given(value: str) -> str:
    """``delimiter=`` as ``normalize --delimiter`` takes it: one character, or ``tab``."""
    named = named_delimiter(value)
    if named is None:
        raise GazetteerFileError(f"bad delimiter {value!r}: {BAD_DELIMITER}")
    return named


def _delimiter(path: Path, header: str) -> str:
    if path.suffix.lower() == ".tsv" or "\t" in header:
        return "\t"
    if path.suffix.lower() == ".csv" and "," in header:
        return ","
    return ";" if header.count(";") > header.count(",") else ","
