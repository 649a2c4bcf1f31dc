"""Queries as people paste them: a KATOTTG code without its ``UA`` or with a space after it,
stress marks, two oblasts in one hint."""

from __future__ import annotations

import unicodedata

import pytest

from gazetteer import Gazetteer
from gazetteer.extract import find_places
from translit import to_latin, transliterate, without_stress

LUHANSK_CITY = "UA44060010010012753"  # M Луганськ
KRASNE_BROVARY = "UA32060110150041623"  # C Красне, Броварський район
NOVOVORONTSOVSKA = "UA65020150000047137"  # H Нововоронцовська громада


@pytest.mark.parametrize(
    "text",
    ["44060010010012753", " UA 44060010010012753 ", "ua_44060010010012753", "ua44060010010012753"],
)
def test_a_katottg_code_as_pasted(gz: Gazetteer, text: str) -> None:
    got = gz.resolve(text)
    assert got.best is not None
    assert (got.best.entry.code, got.status, got.best.kind) == (LUHANSK_CITY, "matched", "code")


def test_a_p_code_with_a_space(gz: Gazetteer) -> None:
    got = gz.resolve("UA 6502015")
    assert got.best is not None and got.best.entry.code == NOVOVORONTSOVSKA


@pytest.mark.parametrize("text", ["4406001001", "6502015", "440600100100127530"])
def test_a_bare_number_that_may_be_another_code_is_no_code(gz: Gazetteer, text: str) -> None:
    # ten digits are KOATUU's length, fewer a P-code's digits or a postcode: not read
    assert gz.resolve(text).status == "unmatched"


@pytest.mark.parametrize("text", ["Krasne 32060110150041623", "Krasne (UA 32060110150041623)"])
def test_a_pasted_code_beside_its_name(gz: Gazetteer, text: str) -> None:
    got = gz.resolve(text)
    assert got.best is not None
    assert (got.best.entry.code, got.status) == (KRASNE_BROVARY, "matched")


KYIV_CITY = "UA80000000000093317"  # K Київ
KHARKIV_CITY = "UA63120270010096107"  # M Харків
BAKHMUT_CITY = "UA14020010010059145"  # M Бахмут


@pytest.mark.parametrize(
    ("stressed", "plain", "code"),
    [
        ("Ки́їв", "Київ", KYIV_CITY),
        ("Харкі́в", "Харків", KHARKIV_CITY),
        ("Бахму́т", "Бахмут", BAKHMUT_CITY),
    ],
)
def test_a_stress_mark_changes_nothing(gz: Gazetteer, stressed: str, plain: str, code: str) -> None:
    got, bare = gz.resolve(stressed), gz.resolve(plain)
    assert got.best is not None and bare.best is not None
    assert (got.best.entry.code, got.best.kind, got.best.score) == (code, "exact", 100.0)
    assert (got.status, got.best.score) == (bare.status, bare.best.score)


def test_stress_marks_in_running_text(gz: Gazetteer) -> None:
    text = "Обстріли: Харкі́в, а також у Бахму́ті."
    found = find_places(gz, text)
    assert [(m.text, m.resolution.best.entry.code) for m in found if m.resolution.best] == [
        ("Харкі́в", KHARKIV_CITY),
        ("Бахму́ті", BAKHMUT_CITY),
    ]
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Ки́їв", "Київ"),
        (
            unicodedata.normalize("NFD", "Ки́їв, Йосипі́вка"),
            unicodedata.normalize("NFD", "Київ, Йосипівка"),
        ),
        ("Café, Lʹviv", "Café, Lʹviv"),  # no stress mark: a Latin letter's accent, a prime
    ],
)
def test_without_stress_keeps_the_letters(text: str, plain: str) -> None:
    assert without_stress(text) == plain


def test_transliteration_drops_stress_marks() -> None:
    assert transliterate("Ки́їв") == "Kyiv"
    assert transliterate("Харкі́в", "iso9") == transliterate("Харків", "iso9")
    assert to_latin("Ки́їв") == to_latin("Київ")


#: Вишневе: a town of Kyiv oblast, and seven villages of Kherson and Zaporizhzhia oblasts.
VYSHNEVE_KYIV_OBLAST = "UA32080090010037585"
VYSHNEVE_SOUTH = {
    "UA23040190060019905", "UA23060230050077224", "UA23080230060082454", "UA23100110020028356",
    "UA65020050110082724", "UA65060050040055823", "UA65080150220087219",
}  # fmt: skip


@pytest.mark.parametrize(
    ("hint", "oblasts"),
    [
        ("Kherson Oblast; Zaporizhzhia Oblast", {"UA-65", "UA-23"}),
        ("Kherson/Zaporizhzhia", {"UA-65", "UA-23"}),
        ("Херсонська та Запорізька області", {"UA-65", "UA-23"}),
        ("Donetsk and Luhansk oblasts", {"UA-14", "UA-09"}),
        # read whole, the hint named only one of them (Luhansk; the city of Kyiv; Sevastopol)
        ("Луганська і Донецька", {"UA-09", "UA-14"}),
        ("Донецкая и Луганская", {"UA-14", "UA-09"}),
        ("Київська обл. / м. Київ", {"UA-32", "UA-30"}),
        ("Crimea / Sevastopol", {"UA-43", "UA-40"}),
        ("м. Київ, Святошинський р-н", {"UA-30"}),  # the city and its district: the city
        ("Kharkiv, Izium", {"UA-63"}),
        ("Kherson Oblast, Ukraine", {"UA-65"}),  # one oblast, and the country
        ("Kherson; Qzxwvyj", {"UA-65"}),  # (read as a whole, as before)
    ],
)
def test_a_hint_listing_oblasts_names_them_all(gz: Gazetteer, hint: str, oblasts: set[str]) -> None:
    assert set(gz.hint_oblasts(hint)) == oblasts


@pytest.mark.parametrize("hint", ["Kherson Oblast; Zaporizhzhia Oblast", "Kherson/Zaporizhzhia"])
def test_a_hint_of_two_oblasts_keeps_to_them(gz: Gazetteer, hint: str) -> None:
    alone = gz.resolve("Vyshneve")
    assert alone.best is not None and alone.best.entry.code == VYSHNEVE_KYIV_OBLAST
    got = gz.resolve("Vyshneve", oblast=hint)
    assert got.best is not None and got.best.entry.code in VYSHNEVE_SOUTH
    assert got.status == "ambiguous"  # seven namesakes, in either oblast
    assert got.region == ""  # (no one region is named)


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("Cafe\u0301 Київ", "Café Kyiv"),  # (é as NFD writes it: macOS's file names)
        ("\u0301Київ", "\u0301Kyiv"),  # a lone mark at the start: no stress mark, left as is
    ],
)
def test_transliteration_of_an_acute_that_is_no_stress_mark(text: str, latin: str) -> None:
    # an acute after a Latin letter, or alone, is no stress mark: it is kept, and the
    # transliteration ends (it recursed forever: RecursionError)
    assert unicodedata.normalize("NFC", transliterate(text)) == latin
