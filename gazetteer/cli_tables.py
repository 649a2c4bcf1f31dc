"""What ``gazetteer lookup`` and ``gazetteer oblasts`` print as tables, in the words of the
gazetteer they run on: its top-level area is an ``oblast`` in KATOTTG and a ``region`` in a
gazetteer of your own (:attr:`Gazetteer.region_word`), and a column no entry of the
gazetteer fills (a file of your own has no raions) is left out."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence

import click

from .gazetteer import Gazetteer
from .model import Entry, Match
from .ties import tie_advice

#: The entry columns of lookup's table: its header (``None``: the region word) and value.
_ENTRY_COLUMNS: tuple[tuple[str | None, Callable[[Entry], str]], ...] = (
    ("code", lambda e: e.code),
    ("name", lambda e: e.name),
    ("name_uk", lambda e: e.name_uk),
    ("cat", lambda e: e.category),
    (None, lambda e: e.oblast),
    ("raion", lambda e: e.raion),
)


def filled(gz: Gazetteer, value: Callable[[Entry], str]) -> bool:
    """Whether any entry of ``gz`` has this value (KATOTTG: each column is filled)."""
    return gz.oblasts is not None or any(value(e) for e in gz)


def candidates_table(
    gz: Gazetteer,
    matches: Sequence[Match],
    *,
    explain: bool,
    unsure: bool,
    query: str,
    answered: bool = True,
) -> str:
    """lookup's table of candidates, best first, and its last line on a tie or a guess
    (none, nor the ``?`` of a tie, for near misses that are no answer: not ``answered``)."""
    region = gz.region_word
    columns = [(head or region, value) for head, value in _ENTRY_COLUMNS if filled(gz, value)]
    header = (*(head for head, _ in columns), "score", "match")
    rows = [
        (
            *(value(m.entry) for _, value in columns),
            f"{m.score:.1f}",
            m.kind + (" ?" if m.ambiguous and answered else ""),
        )
        for m in matches
    ]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(header, widths)).rstrip()]
    for row, match in zip(rows, matches):
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
        if explain:
            lines.extend(f"    - {reason}" for reason in match.explain)
    tied = [m for m in matches if m.ambiguous and answered]
    if tied:
        advice = tie_advice(tied, query, region) if gz.kind != "people" else people_advice(tied)
        lines.append(f"? ambiguous: these candidates cannot be told apart; {advice}")
    elif unsure and (cut := [m.entry.name_uk for m in matches if m.kind == "short"]):
        lines.append(  # (Kamianets: Кам'янець, and Кам'янець-Подільський cut; Bilhorod)
            f"? unsure: {query!r} may be {cut[0]}'s name cut short, or another place's; give "
            f"the whole name or the {region}; normalize marks it ambiguous"
        )
    elif unsure:
        lines.append("? unsure: the best candidate is only a guess; normalize marks it ambiguous")
    return "\n".join(lines)


def people_advice(tied: Sequence[Match]) -> str:
    """What tells people of a list apart who bear the name asked (Шевченко, В. Кличко)."""
    if len({m.entry.oblast for m in tied}) > 1:
        return "several people bear the name; give their given name, or a region hint"
    return "several people bear the name; give their given name"


def print_regions(gz: Gazetteer, as_json: bool) -> None:
    """``oblasts`` on a gazetteer of your own: each value of its region column and how many
    entries lie in it, most first; a usage error when no entry names a region."""
    counts = Counter(e.oblast for e in gz if e.oblast)
    if not counts:
        raise click.UsageError(
            "this gazetteer names no region: no row of its file fills a region column"
        )
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if as_json:
        records = [{"region": region, "entries": n} for region, n in ranked]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    width = max(len(region) for region in counts)
    click.echo(f"{'region':<{width}}  entries")
    for region, n in ranked:
        click.echo(f"{region:<{width}}  {n}")


def beyond_hint_note(
    gz: Gazetteer, query: str, sources: str | None, min_score: float | None
) -> str:
    """Why a hinted lookup found nothing when the name is borne outside the hinted area (a
    hint costs a place outside it 25 points, below the score shown): the best place without
    the hint, for the user to check the hint; else ""."""
    found = gz.lookup(query, limit=1, sources=sources, min_score=min_score)
    if not found:
        return ""
    e = found[0].entry
    where = f", {e.oblast}" if e.oblast else ""
    return f"none in the hinted {gz.region_word}; without the hint: {e.name_uk} ({e.name}{where})"
