"""How far a settlement's stand-in point lies from its own: the error of placing a village
GeoNames does not list at its hromada's or raion's centre (gazetteer.coordinates).

    python bench/bench_coordinates.py

For every settlement with a GeoNames point whose hromada (or raion) centre has one too, the
distance between the two: what the stand-in would be off by, had the place no point of its
own. Then how many settlements get each kind of point. No evaluation data is read.
"""

from __future__ import annotations

import statistics
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gazetteer import Gazetteer
from gazetteer.coordinates import _centres, katottg_points
from gazetteer.nearby import km


def main() -> None:
    gz = Gazetteer.default()
    points, centres = katottg_points(), _centres(gz)
    off: dict[str, list[float]] = {"hromada centre": [], "raion centre": []}
    for entry in gz.entries:
        if entry.category not in ("M", "X", "C") or entry.code not in points:
            continue
        for kind, centre in (
            ("hromada centre", centres.hromada.get(entry.hromada_code)),
            ("raion centre", centres.raion.get(entry.raion_code)),
        ):
            if centre is not None and centre != entry.code:
                off[kind].append(km(points[entry.code], points[centre]))
    for kind, distances in off.items():
        distances.sort()
        share = [distances[int(q * len(distances))] for q in (0.9, 0.99)]
        print(
            f"{kind:15s} {len(distances):5,} settlements with both points: median "
            f"{statistics.median(distances):.1f} km, 90% within {share[0]:.1f} km, "
            f"99% within {share[1]:.1f} km, farthest {distances[-1]:.0f} km"
        )
    kinds: Counter[str] = Counter()
    for entry in gz.entries:
        if entry.category in ("M", "X", "C"):
            where = gz.coordinates(entry.code)
            kinds[where.precision if where else "none"] += 1
    total = sum(kinds.values())
    print(
        "settlements (M, X, C) placed: "
        + ", ".join(f"{k} {n:,} ({100 * n / total:.1f}%)" for k, n in kinds.most_common())
    )


if __name__ == "__main__":
    main()
