"""detect(): script and Cyrillic language."""

from __future__ import annotations

import pytest

from translit import Detection, detect


@pytest.mark.parametrize(
    ("text", "script", "language"),
    [
        ("Біляївка", "Cyrillic", "uk"),
        ("Запоріжжя", "Cyrillic", "uk"),
        ("Ґалаґан", "Cyrillic", "uk"),
        ("Єнакієве", "Cyrillic", "uk"),
        ("Біла Церква", "Cyrillic", "uk"),
        ("Щёлково", "Cyrillic", "ru"),
        ("Объячево", "Cyrillic", "ru"),
        ("Выборг", "Cyrillic", "ru"),
        ("Элиста", "Cyrillic", "ru"),
        ("Магілёў", "Cyrillic", "be"),
        ("Віцебск", "Cyrillic", "uk"),
        ("Мінскі раён Шчучынскі", "Cyrillic", "be"),
        ("Гродзенская вобласць і Брэст", "Cyrillic", "be"),
        ("Москва", "Cyrillic", None),
        ("Kyiv", "Latin", None),
        ("Αθήνα", "Greek", None),
        ("თბილისი", "Georgian", None),
        ("ירושלים", "Hebrew", None),
        ("北京", "Han", None),
    ],
)
def test_detect(text: str, script: str, language: str | None) -> None:
    found = detect(text)
    assert (found.script, found.language) == (script, language)
    assert found.mixed is False


def test_mixed_scripts_in_one_word() -> None:
    found = detect("Kиїв")  # Latin K, Cyrillic иїв
    assert found == Detection("Mixed", "uk", True, ("Cyrillic", "Latin"))


@pytest.mark.parametrize("text", ["", "   ", "123 - 45", "😀", "\u200b", "\x00\x07"])
def test_no_letters_is_unknown(text: str) -> None:
    assert detect(text) == Detection("Unknown", None, False, ())


def test_detection_is_frozen() -> None:
    found = detect("Київ")
    with pytest.raises(AttributeError):
        found.script = "Latin"  # type: ignore[misc]


@pytest.mark.parametrize("bad", [None, 3])
def test_detect_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="detect\\(\\) expects str"):
        detect(bad)  # type: ignore[arg-type]
