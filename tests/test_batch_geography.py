"""The batch layer's use of what a file says about itself: hints and its geography."""

from __future__ import annotations

from gazetteer import Gazetteer, normalize_rows

BERYSLAV_RAION = "UA65020000000032929"
IVANIVKA_BERYSLAV = "UA65020070080047252"  # C Іванівка, Beryslav raion, Kherson oblast
# Villages each unique in Kherson oblast, all in Beryslav raion.
SURE = ["Khreshchenivka", "Zolota Balka", "Novovorontsovka"]


def rows_of(names: list[str]) -> list[dict[str, str]]:
    return [{"place": n, "region": "Kherson Oblast"} for n in names]


def test_an_unmatched_value_keeps_the_oblast_of_its_hint(gz: Gazetteer) -> None:
    row = next(
        normalize_rows(
            [{"place": "Qzxwvyj", "region": "Donetsk Oblast"}],
            column="place",
            oblast_column="region",
            gazetteer=gz,
        )
    )
    assert row["place_status"] == "unmatched"
    assert row["place_code"] == ""
    assert row["place_oblast"] == "UA-14"


def test_an_ambiguous_value_leans_to_the_raion_of_the_files_sure_values(gz: Gazetteer) -> None:
    out = list(
        normalize_rows(
            rows_of([*SURE, "Ivanivka"]), column="place", oblast_column="region", gazetteer=gz
        )
    )
    assert [r["place_status"] for r in out[:3]] == ["matched"] * 3
    assert out[3]["place_status"] == "ambiguous"
    assert out[3]["place_code"] == IVANIVKA_BERYSLAV


def test_without_file_context_the_resolvers_first_guess_stays(gz: Gazetteer) -> None:
    alone = gz.resolve("Ivanivka", oblast="Kherson Oblast")
    assert alone.best is not None and alone.best.entry.code != IVANIVKA_BERYSLAV
    out = list(
        normalize_rows(
            rows_of([*SURE, "Ivanivka"]),
            column="place",
            oblast_column="region",
            gazetteer=gz,
            file_context=False,
        )
    )
    assert out[3]["place_code"] == alone.best.entry.code


def test_the_lean_does_not_depend_on_the_row_order(gz: Gazetteer) -> None:
    out = list(
        normalize_rows(
            rows_of(["Ivanivka", *SURE]), column="place", oblast_column="region", gazetteer=gz
        )
    )
    assert out[0]["place_code"] == IVANIVKA_BERYSLAV


def test_the_command_leans_unless_told_not_to(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from gazetteer.cli import main

    source = tmp_path / "in.csv"
    source.write_text(
        "place,region\n" + "".join(f"{n},Kherson Oblast\n" for n in [*SURE, "Ivanivka"]),
        encoding="utf-8",
    )
    codes = {}
    for flag in ("--file-context", "--no-file-context"):
        out = tmp_path / f"out{flag}.csv"
        args = [
            "normalize",
            str(source),
            "-o",
            str(out),
            "--column",
            "place",
            "--oblast-column",
            "region",
            "--jobs",
            "1",
            flag,
        ]
        done = CliRunner().invoke(main, args)
        assert done.exit_code == 0, done.output
        last = out.read_text(encoding="utf-8").splitlines()[-1]
        codes[flag] = last.split(",")[2]
    assert codes["--file-context"] == IVANIVKA_BERYSLAV
    assert codes["--no-file-context"] != IVANIVKA_BERYSLAV
