"""to_cyrillic(): likely Cyrillic spellings of a romanised name."""

from __future__ import annotations

import pytest

from translit import to_cyrillic


@pytest.mark.parametrize(
    "latin",
    ["Liubymivka", "Lyubymivka", "Ljubymiwka", "Lubymiwka", "Li͡ubymivka", "LIUBYMIVKA"],
)
def test_every_romanisation_of_liubymivka(latin: str) -> None:
    found = [c.lower() for c in to_cyrillic(latin)]
    assert "любимівка" in found


@pytest.mark.parametrize(
    ("latin", "language", "best"),
    [
        ("Liubymivka", "uk", "Любимівка"),
        ("Biliaivka", "uk", "Біляївка"),
        ("Bilyayivka", "uk", "Біляївка"),
        ("Zaporizhzhia", "uk", "Запоріжжя"),
        ("Kyiv", "uk", "Київ"),
        ("Yurii", "uk", "Юрій"),
        ("Shcherbukhy", "uk", "Щербухи"),
        ("Bila Tserkva", "uk", "Біла Церква"),
        ("Znamianka", "uk", "Знам'янка"),
        ("Kharkov", "ru", "Харьков"),
        ("Kharkov", "uk", "Харків"),
        ("Zaporozhye", "ru", "Запорожье"),
        ("Nikolaev", "ru", "Николаев"),
        ("Lugansk", "ru", "Луганск"),
    ],
)
def test_best_candidate(latin: str, language: str, best: str) -> None:
    assert to_cyrillic(latin, language)[0] == best


def test_kharkov_gives_both_forms() -> None:
    assert {"Харков", "Харьков"} <= set(to_cyrillic("Kharkov", "ru"))
    assert {"Харків", "Харков"} <= set(to_cyrillic("Kharkov", "uk"))


def test_case_follows_the_input() -> None:
    assert to_cyrillic("KYIV")[0] == "КИЇВ"
    assert to_cyrillic("kyiv")[0] == "київ"
    assert to_cyrillic("Ivano-Frankivsk")[0] == "Івано-Франківськ"


def test_limit_and_order_are_stable() -> None:
    first = to_cyrillic("Kharkiv", limit=3)
    assert len(first) == 3
    assert to_cyrillic("Kharkiv", limit=3) == first
    assert to_cyrillic("Kharkiv", limit=1) == first[:1]
    assert len(set(to_cyrillic("Kharkiv", limit=20))) == len(to_cyrillic("Kharkiv", limit=20))


@pytest.mark.parametrize("text", ["", "   ", "123", "Київ", "北京", "😀"])
def test_text_without_latin_comes_back(text: str) -> None:
    assert to_cyrillic(text) == [text]


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="to_cyrillic\\(\\) expects str, got NoneType"):
        to_cyrillic(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"'de'.*uk, ru"):
        to_cyrillic("Kyiv", "de")
    with pytest.raises(ValueError, match="limit"):
        to_cyrillic("Kyiv", limit=0)


def test_long_input_stays_fast() -> None:
    text = "Liubymivka " * 5000
    assert to_cyrillic(text, limit=1)[0].startswith("Любимівка Любимівка")
