"""`gazetteer lookup` of a name with near misses but no answer: the table shows them without
a tie's `?` or its advice (no answer is being told apart), and the last line says why when
the name is a city's abroad."""

from __future__ import annotations

from click.testing import CliRunner

from gazetteer.cli import main


def _lookup(name: str) -> tuple[int, str, str]:
    done = CliRunner().invoke(main, ["lookup", name])
    return done.exit_code, done.stdout, done.stderr


def test_a_city_abroad_is_said_so_and_no_tie_is_advised() -> None:
    code, out, err = _lookup("Minsk")  # Belarus's capital; Малинськ is a typo away
    assert code == 1
    assert "Malynsk" in out  # (the near miss, shown)
    assert " ?" not in out and "cannot be told apart" not in out
    assert err.strip() == (
        "no answer: unmatched, the name of Minsk (BY, 1,742,124 people); the candidates "
        "above are near misses (normalize leaves the value unmatched)"
    )


def test_an_answer_still_advises_on_its_tie() -> None:
    code, out, _ = _lookup("Lyubymivka")
    assert code == 0
    assert "variant ?" in out and "cannot be told apart" in out


def test_a_city_abroad_read_only_by_its_consonants_is_named() -> None:
    """Łódź meets Одеса and Ялта by consonants alone: unmatched, as before, and now says
    whose name it is."""
    from gazetteer import Gazetteer

    found = Gazetteer.default().resolve("Łódź")
    assert found.status == "unmatched" and found.candidates
    assert found.candidates[0].explain[-1] == "the name of Łódź (PL, 639,890 people)"
    code, _, err = _lookup("Barcelona")
    assert code == 1 and err.startswith("no answer: unmatched, the name of Barcelona (ES, ")
