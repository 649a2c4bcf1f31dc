"""``resolve_many``: names that belong together choose their same-named candidates together.

A news article that names Lyubymivka, Bilyaivka and Ukrainka (each the name of many
villages) is about one area: the right readings are the ones that lie near each other. Each
name first gets its own candidates; a name whose answer is already certain (the only place
of its name, or far ahead of the next) stays as it is. For the others, every settlement
candidate close to the best (a city and the villages of its name alike) is given the support
of the group. Each other name spreads one vote evenly over the units its own candidates lie
in (a name with candidates in 12 oblasts gives 1/12 to each); a candidate's support is the
votes for its hromada (x1), raion (x1.5) and oblast (x0.5). The candidate with the best
rank + 4 x support wins when its support is clearly higher than every rival's; otherwise the
name keeps its own answer; it wins for sure only when it leads by :data:`CONFIDENT_SUPPORT`
(or is the name's own sure answer, which a weak lead only agrees with) and nothing else the
group points to could be meant too (:func:`~gazetteer.groupsure.sure_choice`: a namesake in
its raion, or in another raion the names cluster in), and is otherwise put first but left
ambiguous. A village replaces a city of its name only
when at least two other names of the group lie in the village's raion.

When the parts of the text the names stand in are known (sentences), a story that rounds up
several fronts reads each front's villages by their own sentence: 70% of the support comes
from the names of the same part, each of which counts once for every unit it has a
candidate in (three names that all have a candidate in one raion rarely meet by chance).
Tallies make a group of n names cost O(n·k), not O(n²).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .formscore import KEEP
from .groupsure import (
    CONFIDENT_SUPPORT,
    DECISIVE_SUPPORT,
    doubted,
    in_cluster,
    other_kind,
    sure_choice,
    village_beside,
)
from .hintprior import well_known_city
from .judging import match_of, verdict
from .model import Resolution, Status
from .query import clean_query
from .rank import CITY_CATEGORIES, Scored
from .readback import marked_misread, read_as_written
from .ties import OWN_NAME_KINDS

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: How far below a name's best score a candidate may be and still be chosen by context.
POOL_MARGIN = 2.0
#: Candidates of a name context chooses among at most: every settlement of the commonest
#: names (119 villages Ivanivka, 75 Vesele), or the one a story means may not be among them;
#: as many as scoring keeps (:data:`gazetteer.formscore.KEEP`).
POOL_SIZE = KEEP
#: Support for a candidate from another name with a candidate in the same unit.
OBLAST_SUPPORT, RAION_SUPPORT, HROMADA_SUPPORT = 0.5, 1.5, 1.0
_SETTLEMENTS = frozenset("KMXC")
#: Of a name's support, the share that comes from the names of its own part of the text (its
#: sentence), when the parts are known: a story's round-up of several fronts names each
#: front's villages together.
NEAR_SHARE = 0.7
#: How support weighs against a candidate's own rank (a city's lead over a village is 1.5).
SUPPORT_WEIGHT = 4.0
#: Support for a city's district from its city, named in the group (у Києві в
#: Шевченківському районі: Kyiv's, of the eight cities' districts so called), and for a
#: place from the oblast, raion or hromada its sentence names surely (In Beryslav district,
#: Russians shelled Lyubymivka): enough to be sure, when no namesake lies there too.
DISTRICT_SUPPORT = CONFIDENT_SUPPORT


def resolve_group(
    gz: Gazetteer,
    names: list[str],
    *,
    oblast: str | None = None,
    min_score: float | None = None,
    sources: Iterable[str] | None = None,
    parts: Sequence[Hashable] | None = None,
) -> list[Resolution]:
    """Resolve ``names`` as one group; see the module docs. ``parts``: the part of the text
    each name stands in (its sentence): the names of its own part weigh most."""
    from .gazetteer import DEFAULT_MIN_SCORE
    from .index import chosen_sources

    for name in names:
        if not isinstance(name, str):
            raise TypeError(f"resolve_many() expects str names, got {type(name).__name__}")
    allowed = chosen_sources(sources)
    threshold = DEFAULT_MIN_SCORE if min_score is None else float(min_score)
    given, read = names, [read_as_written(name) for name in names]  # Ð¥Ð°Ñ€ÐºÑ–Ð²: Харків
    names = [text for text, _ in read]
    ranked = [gz._candidates(name, oblast, allowed) for name in names]
    singles = [
        verdict(gz, name, scored, threshold, gz._region_of(name, oblast or "", scored), hint=oblast)
        for name, scored in zip(names, ranked)
    ]
    pools = [_pool(gz, single, scored) for single, scored in zip(singles, ranked)]
    tallies = _tally(gz, pools)
    if parts is not None and len(parts) != len(names):
        raise ValueError(f"resolve_many() got {len(parts)} parts for {len(names)} names")
    by_part: dict[Hashable, list[list[Scored]]] = defaultdict(list)
    for part, pool in zip(parts or (), pools):
        by_part[part].append(pool)
    part_tallies = {part: _tally(gz, own, spread=False) for part, own in by_part.items()}
    part_raions = {part: _raion_names(gz, own) for part, own in by_part.items()}
    raion_names = _raion_names(gz, pools)
    cities = {
        r.best.entry.code
        for r in singles
        if r.best is not None
        and r.status != "unmatched"
        and r.best.entry.category in CITY_CATEGORIES
    }
    units: dict[Hashable, set[str]] = defaultdict(set)  # each part's units (oblasts by ISO)
    for j, r in enumerate(singles):
        unit = r.best.entry if r.best is not None and r.status == "matched" else None
        if unit is not None and unit.category in ("O", "P", "H"):
            units[parts[j] if parts is not None else None].add(
                unit.oblast if unit.category == "O" else unit.code
            )
    results = []
    for i, (name, single, pool) in enumerate(zip(names, singles, pools)):
        choices = _choices(gz, pool)
        if kind := clean_query(name).wants:  # (с. Козятин: no town is a rival)
            choices = [s for s in choices if not other_kind(kind, gz.entries[s.position].category)]
        if len(choices) < 2 or _is_certain(single):
            results.append(single)
            continue
        own = _units(gz, pool)
        named = (cities, units.get(parts[i] if parts is not None else None, set()))
        near = part_tallies.get(parts[i]) if parts is not None else None
        supported = sorted(
            ((_support(gz, s, tallies, own, near) + _named(gz, s, *named), s) for s in choices),
            key=lambda item: (-(item[1].rank + SUPPORT_WEIGHT * item[0]), item[1].position),
        )
        top_support, top = supported[0]
        next_support = max(support for support, _ in supported[1:])
        # (namesakes all in the unit the sentence names: one of them first, none sure)
        in_named = _named(gz, top, *named) > 0 and not _named(gz, pool[0], *named)
        undecided = top_support - next_support < DECISIVE_SUPPORT and not in_named
        if undecided or not _may_replace(gz, top, pool, raion_names, names):
            clustered = in_cluster(gz, top, raion_names, names)
            results.append(doubted(gz, single, supported, ranked[i], clustered))
            continue
        why = (
            *top.explain,
            f"{_GROUP_REASON} {top_support:g} from the group, next {next_support:g}",
        )
        clusters = raion_names if parts is None else part_raions[parts[i]]
        sure = sure_choice(gz, top, top_support, supported, clusters)
        if not sure and _agrees(single, top, gz):
            # the group only agrees with a sure answer: it stands, with the group's word
            assert single.best is not None
            agreed = replace(single.best, explain=(*single.best.explain, why[-1]))
            candidates = (agreed, *single.candidates[1:])
            results.append(replace(single, best=agreed, candidates=candidates))
            continue
        best = replace(match_of(gz.entries, top, not sure), explain=why)
        rest = tuple(
            match_of(gz.entries, s, not sure and top_support - support < CONFIDENT_SUPPORT)
            for support, s in supported[1:5]
        )
        status: Status = "matched" if sure else "ambiguous"
        results.append(Resolution(name, status, best, (best, *rest), single.region))
    # (a city and a village of its name in the raion the group's villages lie in: not sure)
    villages = [
        (parts[j] if parts is not None else None, pool)
        for j, (r, pool) in enumerate(zip(singles, pools))
        if r.best is not None and r.best.entry.category not in CITY_CATEGORIES
    ]
    village_raions = {
        part: _raion_names(gz, [pool for p, pool in villages if p == part])
        for part in {p for p, _ in villages}
    }
    results = [
        village_beside(
            gz,
            res,
            _choices(gz, pool),
            village_raions.get(parts[i] if parts is not None else None, Counter()),
            names,
        )
        for i, (res, pool) in enumerate(zip(results, pools))
    ]
    return [
        marked_misread(res, query, text, misread) if misread else res
        for res, query, (text, misread) in zip(results, given, read)
    ]


def _named(gz: Gazetteer, s: Scored, cities: set[str], units: set[str]) -> float:
    """The support a city's district has from its city named in the group, and a place
    from its oblast, raion or hromada named in its part of the text."""
    entry = gz.entries[s.position]
    if entry.category == "B" and entry.parent in cities:
        return DISTRICT_SUPPORT
    inside = entry.raion_code in units or entry.hromada_code in units or entry.oblast in units
    return DISTRICT_SUPPORT if inside and entry.category not in ("P", "H") else 0.0


def _agrees(single: Resolution, top: Scored, gz: Gazetteer) -> bool:
    """Whether the group's choice is the name's own sure answer (Нікополь, the city)."""
    return (
        single.status == "matched"
        and single.best is not None
        and single.best.entry.code == gz.entries[top.position].code
    )


#: How the reason for a choice of the group begins.
_GROUP_REASON = "context: support"


def sure_by_group(resolution: Resolution) -> bool:
    """Whether the group made ``resolution`` sure: its choice led by
    :data:`CONFIDENT_SUPPORT` (other names lie around it)."""
    best = resolution.best
    return (
        resolution.status == "matched"
        and best is not None
        and bool(best.explain)
        and best.explain[-1].startswith(_GROUP_REASON)
    )


def _pool(gz: Gazetteer, single: Resolution, scored: list[Scored]) -> list[Scored]:
    """The candidates context may choose among (only the answer when it is already certain)."""
    if single.status == "unmatched" or single.best is None:
        return []
    if _is_certain(single):
        return scored[:1]
    best = scored[0].score
    settlement = gz.entries[scored[0].position].category in _SETTLEMENTS
    # a name places bear today is not given to a place that only bore it or is so called
    # abroad (Антонівка, a GeoNames name of the village Анталовці), but a city's Russian
    # name may be meant (Купянск, Изюм и Балаклея: the city Балаклія, not Cherkasy
    # oblast's village Балаклея)
    own = scored[0].kind in OWN_NAME_KINDS
    return [
        s
        for s in scored[:POOL_SIZE]
        if s.score >= best - POOL_MARGIN
        and (gz.entries[s.position].category in _SETTLEMENTS) == settlement
        and (not own or s.kind in OWN_NAME_KINDS or _a_citys_russian_name(gz, s))
    ]


def _a_citys_russian_name(gz: Gazetteer, s: Scored) -> bool:
    """Whether ``s`` is a city met by its Russian name: a generated Russian form, or
    GeoNames' name in Russian (Балаклея), not any name it bore (Чистякове, once Олексіївка)."""
    if gz.entries[s.position].category not in CITY_CATEGORIES:
        return False
    return s.kind == "russian" or (s.kind == "exonym" and s.form.note == "GeoNames, ru")


def _choices(gz: Gazetteer, pool: list[Scored]) -> list[Scored]:
    """The candidates of ``pool`` context may put first: when the best is met as a place's
    very official name, only those met as their very text, not a namesake it is only
    another spelling of (Vovnihy, Вовніги's own name, not Вовничі in the raion of the
    group's others), or a city met by its Russian name (Балаклея among Купянск and Изюм);
    the others still say where the name may lie (:func:`_tally`)."""
    best = pool[0] if pool else None
    if best is None or best.kind != "exact" or best.form.source != "official":
        return pool
    return [s for s in pool if s.kind == "exact" or _a_citys_russian_name(gz, s)]


def _raion_names(gz: Gazetteer, pools: list[list[Scored]]) -> Counter[str]:
    """How many of the names (``pools``) have a candidate in each raion."""
    return Counter(r for pool in pools for r in _units(gz, pool)[1])


def _may_replace(
    gz: Gazetteer, top: Scored, pool: list[Scored], raion_names: Counter[str], group: list[str]
) -> bool:
    """A place that is no city, in place of a city of its name, needs two other names in its
    raion, and a quarter of the group (:func:`~gazetteer.groupsure.in_cluster`); one
    settlement that is no city may replace another (a village a selyshche) on the group's
    support alone; a city known by its name alone (:func:`~gazetteer.hintprior.well_known_city`: the
    capital, an oblast's centre, a city of 100,000) is what its name means, whatever the
    group: a story about the villages of one raion that names Zaporizhzhia means the city,
    not the village Запоріжжя in that raion."""
    entry = gz.entries[top.position]
    if any(
        well_known_city(gz, s.position)
        and s is not top
        and s.score >= top.score  # (not Мелітополь, once Новоолександрівка, behind them)
        and gz.entries[s.position].category in CITY_CATEGORIES
        for s in pool
    ):
        return False
    # (a selyshche is no city: a village may replace one as it may another village)
    if entry.category in CITY_CATEGORIES or not any(
        gz.entries[s.position].category in CITY_CATEGORIES for s in pool
    ):
        return True
    return in_cluster(gz, top, raion_names, group)


def _is_certain(single: Resolution) -> bool:
    """The only place of its name (no rival within the margin) needs no help from the group."""
    return single.status == "matched" and (
        len(single.candidates) < 2
        or single.candidates[1].score < single.candidates[0].score - POOL_MARGIN
    )


def _units(gz: Gazetteer, pool: list[Scored]) -> tuple[set[str], set[str], set[str]]:
    oblasts, raions, hromadas = set(), set(), set()
    for s in pool:
        entry = gz.entries[s.position]
        oblasts.add(entry.oblast)
        if entry.raion_code:
            raions.add(entry.raion_code)
        if entry.hromada_code:
            hromadas.add(entry.hromada_code)
    return oblasts, raions, hromadas


Tally = dict[str, float]


def _tally(
    gz: Gazetteer, pools: list[list[Scored]], spread: bool = True
) -> tuple[Tally, Tally, Tally]:
    """Each name's belief in each unit (1/k over its k candidate units; without ``spread``,
    1 for each unit it has a candidate in), summed over names."""
    oblasts: Tally = defaultdict(float)
    raions: Tally = defaultdict(float)
    hromadas: Tally = defaultdict(float)
    for pool in pools:
        for tally, units in zip((oblasts, raions, hromadas), _units(gz, pool)):
            for unit in units:
                tally[unit] += 1.0 / len(units) if spread else 1.0
    return oblasts, raions, hromadas


def _support(
    gz: Gazetteer,
    s: Scored,
    tallies: tuple[Tally, Tally, Tally],
    own: tuple[set[str], set[str], set[str]],
    near: tuple[Tally, Tally, Tally] | None = None,
) -> float:
    """Support from the other names (this name's own pool is subtracted out); with ``near``
    (the tallies of its own part of the text), those of its part weigh :data:`NEAR_SHARE`
    and the whole group the rest."""
    whole = _unit_support(gz, s, tallies, own)
    if near is None:
        return whole
    return (1.0 - NEAR_SHARE) * whole + NEAR_SHARE * _unit_support(gz, s, near, own, spread=False)


def _unit_support(
    gz: Gazetteer,
    s: Scored,
    tallies: tuple[Tally, Tally, Tally],
    own: tuple[set[str], set[str], set[str]],
    spread: bool = True,
) -> float:
    entry = gz.entries[s.position]
    oblasts, raions, hromadas = tallies
    own_o, own_r, own_h = own
    support = OBLAST_SUPPORT * _others(oblasts, own_o, entry.oblast, spread)
    if entry.raion_code:
        support += RAION_SUPPORT * _others(raions, own_r, entry.raion_code, spread)
    if entry.hromada_code:
        support += HROMADA_SUPPORT * _others(hromadas, own_h, entry.hromada_code, spread)
    return support


def _others(tally: Tally, own: set[str], unit: str, spread: bool = True) -> float:
    """The tally of ``unit`` less this name's own share of it."""
    if unit not in own:
        return tally.get(unit, 0.0)
    return tally.get(unit, 0.0) - (1.0 / len(own) if spread else 1.0)
