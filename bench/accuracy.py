"""Accuracy of the gazetteer on the dev evaluation sets, scored as ../shared/eval/dev/README.md
says, beside the naive baseline and against the targets.

    python bench/accuracy.py                        # every file, through `gazetteer normalize`
    python bench/accuracy.py --files cir_towns,codab_renamed --show-errors 20
    python bench/accuracy.py --library              # through gz.resolve instead of the CLI

See bench/README.md for the columns and the targets.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy_scoring import (
    FILES,
    NO_EXONYMS,
    Answer,
    Row,
    Run,
    load_rows,
    row_right,
    score,
)
from baseline import EVAL_DIR, Baseline, cli_env, gazetteer_command, katottg_rows, to_iso


# -- the tool under test ------------------------------------------------------------------------
def via_cli(argv: list[str], rows: Sequence[Row], sources: str) -> list[Answer]:
    """Run ``gazetteer normalize`` on the rows as the eval README does; raise on failure."""
    with tempfile.TemporaryDirectory(prefix="placematch-eval-") as tmp:
        src, out = Path(tmp) / "in.csv", Path(tmp) / "out.csv"
        with src.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["query", "oblast_hint"])
            writer.writerows([r.query, r.hint] for r in rows)
        cmd = [
            *argv,
            "normalize",
            str(src),
            "--column",
            "query",
            "--oblast-column",
            "oblast_hint",
            "-o",
            str(out),
        ]
        if sources != "all":
            cmd += ["--sources", sources]
        done = subprocess.run(cmd, capture_output=True, env=cli_env(), timeout=1800, check=False)
        if done.returncode != 0:
            tail = done.stderr.decode(errors="replace")[-1500:]
            raise RuntimeError(f"exit {done.returncode}: {tail}")
        with out.open(encoding="utf-8", newline="") as handle:
            got = list(csv.DictReader(handle))
    if len(got) != len(rows):
        raise RuntimeError(f"{len(got)} output rows for {len(rows)} input rows")
    return [
        Answer(
            code=(g.get("query_code") or "").strip(),
            oblast=to_iso(g.get("query_oblast") or "", g.get("query_code") or ""),
            status=(g.get("query_status") or "").strip(),
            score=(g.get("query_score") or "").strip(),
        )
        for g in got
    ]


def from_resolution(res: Any) -> Answer:
    """An :class:`Answer` from a library Resolution."""
    best = res.best
    if best is None:
        return Answer(status=res.status)
    entry = best.entry
    return Answer(entry.code, to_iso(entry.oblast, entry.code), res.status, f"{best.score:g}")


def via_library(gz: Any, rows: Sequence[Row], sources: str) -> list[Answer]:
    """``gz.resolve`` row by row; a row that raises is reported and counted as ``error``."""
    chosen = None if sources == "all" else sources.split(",")
    answers: list[Answer] = []
    failed = 0
    for r in rows:
        try:
            res = gz.resolve(r.query, oblast=r.hint or None, sources=chosen)
            answers.append(from_resolution(res))
        except Exception:
            if not failed:
                print(
                    f"  ! gz.resolve({r.query!r}, oblast={r.hint!r}) raised:\n"
                    + traceback.format_exc(limit=4)
                )
            failed += 1
            answers.append(Answer(status="error"))
    if failed:
        print(f"  ! {failed} rows raised in gz.resolve")
    return answers


# -- printing --------------------------------------------------------------------------------
def fmt(value: float | None) -> str:
    """A percentage cell."""
    return "-" if value is None else f"{value:.1f}"


def check_text(metric: str, threshold: float, value: float | None) -> str:
    """``top1>=99`` style text of one target."""
    short = {"precision": "prec", "oblast": "obl", "confident wrong merged": "merged-wrong"}
    name = short.get(metric, metric.replace(" ", "-"))
    if metric.startswith("confident wrong"):
        return f"{name}={0 if value is None else int(value)}<={threshold:g}"
    return f"{name}>={threshold:g}"


def print_table(runs: Sequence[Run]) -> None:
    """The summary table: one line per run."""
    head = (
        f"{'file':<22} {'sources':<23} {'rows':>5} {'top1':>6} {'obl':>6} {'unm':>6} "
        f"{'amb':>6} {'prec':>6} {'base':>6} {'sec':>5}  targets"
    )
    print(head)
    print("-" * (len(head) + 36))
    for run in runs:
        m = run.metrics
        failed = [check_text(*c[:3]) for c in run.checks if not c[3]]
        targets = " ".join(check_text(*c[:3]) for c in run.checks)
        verdict = "PASS" if not failed else "FAIL " + ",".join(failed)
        print(
            f"{run.file:<22} {run.sources:<23} {int(m['rows'] or 0):>5} {fmt(m['top1']):>6} "
            f"{fmt(m['oblast']):>6} {fmt(m['unmatched']):>6} {fmt(m['ambiguous']):>6} "
            f"{fmt(m['precision']):>6} {fmt(m['baseline']):>6} {run.seconds:>5.1f}  "
            f"{targets}  {verdict}"
        )
        for kind in ("historic", "historic-merged"):
            if f"top1 {kind}" in m:
                wrong = m.get(f"confident wrong {kind.replace('historic-', '')}")
                print(
                    f"{'  kind ' + kind:<46} top1 {fmt(m[f'top1 {kind}'])}, "
                    f"confident wrong answers {int(wrong or 0)}"
                )


def describe(entries: dict[str, dict[str, str]], code: str) -> str:
    """``code Name (Назва, C, UA-65)`` for error lines."""
    e = entries.get(code)
    if e is None:
        return code or "-"
    return f"{code} {e['name']} ({e['name_uk']}, {e['category']}, {to_iso(e['oblast'], code)})"


def print_errors(
    run: Run, limit: int, gz: Any, entries: dict[str, dict[str, str]], statuses: set[str]
) -> None:
    """Up to ``limit`` wrong rows, confident (matched) errors first, then ambiguous, unmatched."""
    order = {"matched": 0, "ambiguous": 1, "unmatched": 2}
    wrong = [
        (r, a)
        for r, a in zip(run.rows, run.answers)
        if not row_right(r, a) and a.status in statuses
    ]
    wrong.sort(key=lambda p: order.get(p[1].status, 3))
    if not wrong:
        return
    print(
        f"\n== {run.file} [{run.sources}]: {len(wrong)} wrong rows ({'/'.join(sorted(statuses))})"
        f" ({sum(a.status == 'matched' for _, a in wrong)} confident); first {limit}:"
    )
    chosen = None if run.sources in ("all", "resolve_many") else run.sources.split(",")
    for r, a in wrong[:limit]:
        expected = " | ".join(describe(entries, c) for c in sorted(r.codes))
        expected = expected or "oblast " + "|".join(sorted(r.oblasts))
        print(f"- {r.query!r}  hint={r.hint!r}  kind={r.kind}  {a.status.upper()} score={a.score}")
        print(f"    expected: {expected}")
        got = describe(entries, a.code) + ("" if a.code else f" oblast={a.oblast}")
        print(f"    got:      {got}")
        if gz is not None and r.codes:
            try:
                found = gz.lookup(r.query, oblast=r.hint or None, limit=25, sources=chosen)
            except Exception as exc:  # the core is changing; show, don't stop
                print(f"    lookup raised {type(exc).__name__}: {exc}")
                continue
            ranks = [i for i, mt in enumerate(found, 1) if mt.entry.code in r.codes]
            if ranks:
                mt = found[ranks[0] - 1]
                print(
                    f"    expected is #{ranks[0]} in lookup: score {mt.score:g} via {mt.kind} "
                    f"{mt.matched_name!r}; top {found[0].score:g} via {found[0].kind} "
                    f"{found[0].matched_name!r}"
                )
            else:
                print(f"    expected not in lookup's top 25 ({len(found)} candidates)")


# -- main ------------------------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    """Score every chosen file and print the table (and errors)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("--files", help="comma-separated file names without .tsv (default: all)")
    parser.add_argument(
        "--show-errors", type=int, default=0, metavar="N", help="print up to N wrong rows per file"
    )
    parser.add_argument(
        "--error-status",
        default="matched,ambiguous,unmatched,error",
        help="with --show-errors: only rows with these statuses (matched = confident errors)",
    )
    parser.add_argument("--library", action="store_true", help="use gz.resolve, not the CLI")
    parser.add_argument("--no-baseline", action="store_true", help="skip the baseline column")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)

    if not args.eval_dir.is_dir():
        print(f"no evaluation data at {args.eval_dir}; nothing to score")
        return 0
    names = (
        [n.strip().removesuffix(".tsv") for n in args.files.split(",")]
        if args.files
        else [n for n in FILES if (args.eval_dir / f"{n}.tsv").is_file()]
    )
    extra = sorted(p.stem for p in args.eval_dir.glob("*.tsv") if p.stem not in FILES)
    if not args.files:
        names += extra
    missing = [n for n in names if not (args.eval_dir / f"{n}.tsv").is_file()]
    if missing:
        print(f"no such file in {args.eval_dir}: {', '.join(missing)}")
        return 2
    if args.files:
        print(f"subset: {', '.join(names)}")

    cli = None if args.library else gazetteer_command("normalize")
    if cli is None:
        why = "--library" if args.library else "`gazetteer normalize --help` failed"
        print(f"via: LIBRARY gz.resolve(q, oblast=hint or None) ({why}); not the CLI")
    else:
        print(
            f"via: {cli[1]} normalize IN.csv --column query --oblast-column oblast_hint -o OUT.csv"
        )

    from gazetteer import Gazetteer

    gz = Gazetteer.default()
    base = None if args.no_baseline else Baseline()
    entries = {e["code"]: e for e in katottg_rows()}
    runs: list[Run] = []
    for name in names:
        rows = load_rows(args.eval_dir / f"{name}.tsv")
        variants = ["all", NO_EXONYMS] if name.startswith("geonames_alt") else ["all"]
        base_codes: list[str] = []
        if base is not None:
            for r in rows:
                hinted = gz.parse_oblast(r.hint) if r.hint else None
                pick = base.best(r.query, hinted.oblast if hinted is not None else "")
                base_codes.append(pick.code if pick else "")
        for sources in variants:
            start, via = time.perf_counter(), "cli"
            try:
                if cli is None:
                    raise LookupError("no CLI")
                answers = via_cli(cli[0], rows, sources)
            except (RuntimeError, subprocess.TimeoutExpired) as exc:
                print(
                    f"  ! gazetteer normalize failed on {name} [{sources}]: {exc}\n"
                    f"    falling back to the library for this file"
                )
                answers, via = via_library(gz, rows, sources), "library"
            except LookupError:
                answers, via = via_library(gz, rows, sources), "library"
            runs.append(
                Run(name, sources, via, rows, answers, time.perf_counter() - start, base_codes)
            )
        if name == "seed_article":
            start = time.perf_counter()
            try:
                answers = [from_resolution(x) for x in gz.resolve_many([r.query for r in rows])]
            except Exception:
                print("  ! gz.resolve_many raised:\n" + traceback.format_exc(limit=6))
                answers = [Answer(status="error") for _ in rows]
            runs.append(
                Run(
                    name,
                    "resolve_many",
                    "library",
                    rows,
                    answers,
                    time.perf_counter() - start,
                    base_codes,
                )
            )

    for run in runs:
        score(run)
    print(
        "\nPercent of rows. top1: code right (rows with a code); obl: oblast right; unm/amb: "
        "status unmatched/ambiguous;\nprec: right among rows called matched; base: naive "
        "baseline's top1; sec: wall time of the tool.\n"
    )
    print_table(runs)
    failed = [r for r in runs if not all(c[3] for c in r.checks)]
    print(
        f"\n{len(runs) - len(failed)}/{len(runs)} runs meet their targets"
        + (
            ""
            if all(r.via == "cli" for r in runs if r.sources != "resolve_many")
            else "  (some runs went through the library, see above)"
        )
    )
    if args.show_errors:
        for run in runs:
            print_errors(run, args.show_errors, gz, entries, set(args.error_status.split(",")))
    if args.json:
        out = [
            {k: v for k, v in asdict(r).items() if k not in ("rows", "answers", "baseline")}
            for r in runs
        ]
        args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
