"""Golden values per standard, from the published tables cited in each row's source."""

from __future__ import annotations

import threading
import unicodedata

import pytest
from conftest import golden

from translit import UnknownStandardError, standards, to_latin, transliterate
from translit.standards import clear_caches

ROWS = golden("translit_ukrainian.tsv") + golden("translit_other.tsv")


@pytest.mark.parametrize(("standard", "cyrillic", "latin", "source"), ROWS)
def test_golden(standard: str, cyrillic: str, latin: str, source: str) -> None:
    assert source
    got = transliterate(cyrillic, standard)
    assert unicodedata.normalize("NFC", got) == unicodedata.normalize("NFC", latin)


def test_every_standard_has_golden_rows() -> None:
    covered = {row[0] for row in ROWS}
    assert covered >= set(standards()) - {"ascii", "ru-ascii"}


def test_registry_lists_every_standard_with_a_description() -> None:
    names = standards()
    assert next(iter(names)) == "kmu2010"
    for name in (
        "kmu2010",
        "bgn",
        "iso9",
        "scholarly",
        "alalc",
        "ascii",
        "ru-bgn",
        "ru-iso9",
        "ru-passport",
        "ru-ascii",
        "be-bgn",
        "be-national",
    ):
        assert names[name]
        assert "\n" not in names[name]


def test_default_standard_is_kmu2010() -> None:
    assert transliterate("Любимівка") == "Liubymivka"


def test_unknown_standard_names_value_and_valid_ones() -> None:
    with pytest.raises(UnknownStandardError) as info:
        transliterate("Київ", "klingon")
    message = str(info.value)
    assert "'klingon'" in message
    assert "kmu2010" in message and "be-national" in message
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("bad", [None, 1, b"Kyiv", ["Київ"]])
def test_non_string_is_type_error(bad: object) -> None:
    expected = f"transliterate\\(\\) expects str, got {type(bad).__name__}"
    with pytest.raises(TypeError, match=expected):
        transliterate(bad)  # type: ignore[arg-type]


def test_non_string_standard_is_unknown() -> None:
    with pytest.raises(UnknownStandardError):
        transliterate("Київ", None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("standard", "text", "expected"),
    [
        ("ascii", "Запоріжжя Αθήνα", "Zaporizhzhia Athena"),
        ("ru-ascii", "Харьков", "Kharkov"),
        ("ru-ascii", "Щёлково", "Shchelkovo"),
        ("ru-ascii", "Запорожье", "Zaporozhye"),
    ],
)
def test_ascii_standards(standard: str, text: str, expected: str) -> None:
    assert transliterate(text, standard) == expected


@pytest.mark.parametrize("standard", list(standards()))
def test_latin_passes_through(standard: str) -> None:
    assert transliterate("Kyiv, Lviv-2 (UA)", standard) == "Kyiv, Lviv-2 (UA)"


def test_ascii_standards_give_ascii() -> None:
    for standard in ("ascii", "ru-ascii"):
        assert transliterate("Ёлкино Київ Ελλάδα 東京 Łódź", standard).isascii()


def test_other_scripts_go_through_any_latin() -> None:
    assert to_latin(transliterate("Αθήνα")) == "Athena"
    assert transliterate("თბილისი") == "tbilisi"
    assert transliterate("北京") == "běi jīng"
    assert to_latin("北京") == "bei jing"


@pytest.mark.parametrize(
    ("standard", "text", "expected"),
    [
        ("kmu2010", "Щёлково", "Shchëlkovo"),  # ё is not Ukrainian: ISO 9
        ("ru-bgn", "Київ", "Kiïv"),  # ї is not Russian: ISO 9
        ("be-national", "Київ", "Kiïv"),
    ],
)
def test_letters_outside_the_alphabet_go_by_iso9(standard: str, text: str, expected: str) -> None:
    assert transliterate(text, standard) == expected


def test_to_latin_has_no_marks() -> None:
    assert to_latin("Запоріжжя") == "Zaporizhzhia"
    assert to_latin("Щёлково", "ru-bgn") == "Shchelkovo"
    assert to_latin("Lûbimìvka") == "Lubimivka"


def test_compiled_once_across_threads() -> None:
    clear_caches()
    results: list[str] = []

    def work() -> None:
        results.append(transliterate("Біла Церква", "alalc"))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["Bila T͡serkva"] * 8


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u02bc", "`"])
def test_bgn_romanises_every_typed_apostrophe_as_double_prime(apostrophe: str) -> None:
    # BGN/PCGN 1965 for Ukrainian: the apostrophe is romanised ʺ (double prime), ь ʹ
    # (prime); Ukrainian text types the apostrophe in any of these four ways.
    assert transliterate(f"Мар{apostrophe}їне", "bgn") == "Marʺyine"
    assert transliterate(f"П{apostrophe}ятихатки", "bgn") == "Pʺyatykhatky"
    assert transliterate(f"Знам{apostrophe}янка Львів", "bgn") == "Znamʺyanka Lʹviv"


def test_bgn_keeps_quotation_marks_around_a_word() -> None:
    assert transliterate("'Ялта'", "bgn") == "'Yalta'"


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        # BGN/PCGN 1965 spells щ shch, ж zh, ч ch, ш sh, я ya; a word's case is its own:
        ("Щербухи", "Shcherbukhy"),
        ("ЩЕРБУХИ", "SHCHERBUKHY"),
        # a Russian ё (outside the Ukrainian alphabet, romanised by ISO 9) in a title-case word
        ("Щёкино", "Shchëkyno"),
        ("ЩЁКИНО", "SHCHËKYNO"),
        ("Жэмчужна", "Zhèmchuzhna"),
        # a capital alone (an initial) is title case, as in a title-case word
        ("Ч. Шевченко", "Ch. Shevchenko"),
        ("Я", "Ya"),
        # a Latin small letter typed among Cyrillic ones (a homoglyph a) follows the word
        ("Жaбa", "Zhaba"),
    ],
)
def test_bgn_case_follows_the_word(cyrillic: str, latin: str) -> None:
    assert transliterate(cyrillic, "bgn") == latin


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        # KMU 2010: я is ya at the start of a word, є ye, ї yi; the apostrophe is not written.
        # A letter apostrophe (U+02BC) typed before a word's first letter leaves it first.
        ("\u02bcЯлта", "Yalta"),
        ("\u02bcЄнакієве", "Yenakiieve"),
        ("\u02bcЇжакевич", "Yizhakevych"),
        # inside a word it is the apostrophe, as ever (Знам'янка Znamianka)
        ("Знам\u02bcянка", "Znamianka"),
        # a quotation mark around a word stays, and the word starts after it
        ("'Ялта'", "'Yalta'"),
    ],
)
def test_kmu_letter_apostrophe_before_a_word_is_not_a_letter(cyrillic: str, latin: str) -> None:
    assert transliterate(cyrillic, "kmu2010") == latin


@pytest.mark.parametrize(
    ("standard", "cyrillic", "latin"),
    [
        # BGN/PCGN Russian 1947: ж zh, щ shch, е ye at the start of a word, ы y; the middle
        # dot ICU sets between a consonant and э (and ы after a vowel) takes no case away
        ("ru-bgn", "Жэка", "Zh·eka"),
        ("ru-bgn", "ЖЭКА", "ZH·EKA"),
        ("ru-bgn", "Щ", "Shch"),  # an initial
        ("ru-bgn", "Ч. Иванов", "Ch. Ivanov"),
        ("ru-bgn", "Яык", "Ya·yk"),
        ("ru-bgn", "ЕЫКА", "YE·YKA"),
        ("ru-bgn", "Еыка", "Ye·yka"),
        ("ru-ascii", "ЕЫКА", "YEYKA"),
        ("ru-ascii", "Жэка", "Zheka"),
        # BGN/PCGN Belarusian 1979: ж zh; и is no Belarusian letter (ISO 9 writes it)
        ("be-bgn", "Жика", "Zhika"),
        ("be-bgn", "Ж", "Zh"),
        ("be-bgn", "Жыта", "Zhyta"),
        ("be-bgn", "ЖЫТА", "ZHYTA"),
    ],
)
def test_russian_and_belarusian_bgn_case_follows_the_word(
    standard: str, cyrillic: str, latin: str
) -> None:
    assert transliterate(cyrillic, standard) == latin


_ALPHABETS = {
    "bgn": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "ru-bgn": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "ru-ascii": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "be-bgn": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
}
_SMALL = sorted(set("".join(_ALPHABETS.values())) | {"a"})  # (a Latin homoglyph too)


@pytest.mark.parametrize("standard", list(_ALPHABETS))
def test_a_title_case_word_is_its_small_word_with_a_capital(standard: str) -> None:
    # Every capital of the alphabet (the signs ь ъ have no case to give) before every small
    # letter of the three alphabets, and alone: the capital's Latin letters are in title case
    # (Жэка: Zh·eka as жэка is zh·eka), as the word's case is; ICU wrote ZH·eka, Ë, ZHika.
    for capital in _ALPHABETS[standard].upper().replace("Ь", "").replace("Ъ", ""):
        for word in [capital, capital + ".", *(capital + s + "к" for s in _SMALL)]:
            small = transliterate(word.lower(), standard)
            assert transliterate(word, standard) == small[:1].upper() + small[1:], word


@pytest.mark.parametrize(
    ("standard", "cyrillic", "latin"),
    [
        # A word in ALL CAPS with an apostrophe after its first letter: Х’ЮСТОН (Houston) is
        # KHʺYUSTON, as Х’юстон is Khʺyuston (BGN: х kh, ’ ʺ, ю yu); ICU's Ukrainian and
        # Belarusian tables count the apostrophe a small letter and wrote KhʺYUSTON, and the
        # case passes made Russian BGN's KH'YUSTON Kh'YUSTON.
        ("bgn", "Х’ЮСТОН", "KHʺYUSTON"),
        ("bgn", "Х'ЮСТОН", "KHʺYUSTON"),
        ("bgn", "Х’юстон", "Khʺyuston"),
        ("bgn", "ЇХ Ч’ЯН", "YIKH CHʺYAN"),
        ("be-bgn", "Х’ЮСТОН", "KHʺYUSTON"),
        ("be-bgn", "Х'юстон", "Kh'yuston"),
        ("ru-bgn", "Х'ЮСТОН", "KH'YUSTON"),
        ("ru-bgn", "Х'юстон", "Kh'yuston"),
        ("ru-ascii", "Ш'ЯН", "SH'YAN"),
    ],
)
def test_bgn_capital_before_an_apostrophe_takes_the_word_case(
    standard: str, cyrillic: str, latin: str
) -> None:
    assert transliterate(cyrillic, standard) == latin
