"""An oblast's area name in running text (``атакували Харківщину``, ``Харківщина під
обстрілом``): the oblast, sure, though a village bears the name too (Харківщина, a village
of Sumy oblast), which a lookup of the bare name gives beside the oblast, neither sure (a
column of villages may mean it). News names the oblast so; the village stays the answer
after a settlement word (``село Харківщина``: :func:`gazetteer.apposition.kind_before`),
with its unit (``Харківщина Сумської області``) and, still unsure, when another name of the
text lies in its oblast (``Обстріляли Будилку, Харківщину та Лебедин``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from translit import match_key

from .areanames import area_nominative
from .rank import SETTLEMENT_CATEGORIES

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .model import Match, Resolution

#: The score an oblast's area name has when nothing else bears it (на Харківщині).
_SURE = 100.0


def oblasts_by_area_name(
    gz: Gazetteer, texts: Sequence[str], kinds: Sequence[str], resolutions: Sequence[Resolution]
) -> list[Resolution]:
    """``resolutions`` of the names ``texts`` (as written; ``kinds``: the settlement word
    before each, if any), each an oblast's area name that only villages so named rival made
    sure as the oblast, unless another name's answer lies in such a village's oblast."""
    if gz.oblasts is None:
        return list(resolutions)
    found = list(resolutions)
    for n, (text, kind, resolution) in enumerate(zip(texts, kinds, resolutions)):
        namesakes = _namesakes(gz, text, resolution) if not kind else None
        if namesakes is None:
            continue
        oblasts = {m.entry.oblast for m in namesakes}
        if any(_settled_in(r, oblasts) for k, r in enumerate(resolutions) if k != n):
            continue  # (Будилку, Харківщину та Лебедин: Sumy oblast's villages, its too)
        best = resolution.best
        assert best is not None
        why = f"an oblast's area name in running text; {best.entry.name_uk}, not the village"
        sure = replace(best, score=_SURE, ambiguous=False, explain=(*best.explain, why))
        rest = tuple(m for m in resolution.candidates if m.entry.code != best.entry.code)
        found[n] = replace(resolution, status="matched", best=sure, candidates=(sure, *rest))
    return found


def _namesakes(gz: Gazetteer, text: str, resolution: Resolution) -> list[Match] | None:
    """The settlements that tie with the oblast ``resolution`` gives first for the area
    name ``text`` (Харківщину: the village Харківщина), all bearing the name; None when the
    answer is no such oblast, or another kind of place ties with it."""
    best, name = resolution.best, area_nominative(text)
    if resolution.status != "ambiguous" or best is None or best.entry.category != "O" or not name:
        return None
    assert gz.oblasts is not None
    if {o.iso for o in gz.oblasts.region_named(name)} != {best.entry.oblast}:
        return None
    key = match_key(name)
    tied = [
        m
        for m in (*resolution.candidates, *resolution.also_tied)
        if m.entry.code != best.entry.code and m.score >= best.score
    ]
    if not tied or any(
        m.entry.category not in SETTLEMENT_CATEGORIES or match_key(m.entry.name_uk) != key
        for m in tied
    ):
        return None
    return tied


def _settled_in(resolution: Resolution, oblasts: set[str]) -> bool:
    """Whether ``resolution`` answers with a place below an oblast, in one of ``oblasts``."""
    best = resolution.best
    return best is not None and best.entry.category != "O" and best.entry.oblast in oblasts
