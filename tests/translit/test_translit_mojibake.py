"""translit.read_mojibake: Cyrillic text misread in a wrong encoding, read back as written."""

from __future__ import annotations

import pytest

from translit import mojibake, read_mojibake, repair_mojibake

UTF8_AS_1252 = "UTF-8 read as Windows-1252"
UTF8_AS_LATIN1 = "UTF-8 read as Latin-1"
UTF8_AS_1251 = "UTF-8 read as Windows-1251"
CP1251_AS_LATIN1 = "Windows-1251 read as Latin-1"


@pytest.mark.parametrize(
    ("text", "written", "misread"),
    [
        ("Ð¥Ð°Ñ€ÐºÑ–Ð²", "Харків", UTF8_AS_1252),
        ("Ð Ñ–Ð²Ð½Ðµ", "Рівне", UTF8_AS_1252),  # Р's D0 A0: the no-break space made plain
        ("Ð\xa0Ñ–Ð²Ð½Ðµ", "Рівне", UTF8_AS_1252),  # ... or kept
        ("Ð\x9dÐ¾Ð²Ð°", "Нова", UTF8_AS_LATIN1),  # Н's 9D: none in Windows-1252
        ("Ð\x9dÐ¾Ð²Ð° ÐšÐ°Ñ…Ð¾Ð²ÐºÐ°", "Нова Каховка", UTF8_AS_1252),
        ("ÐšÐ°Ð¼'Ñ\x8fÐ½ÐºÐ°", "Кам'янка", UTF8_AS_1252),
        ("Ð¥Ð°Ñ€ÐºÑ–Ð², Ð¥Ð°Ñ€ÐºÑ–Ð²Ñ\x81ÑŒÐºÐ° Ð¾Ð±Ð».", "Харків, Харківська обл.", UTF8_AS_1252),
        ("РҐР°СЂРєС–РІ", "Харків", UTF8_AS_1251),
        ("РљРёС—РІ", "Київ", UTF8_AS_1251),  # short: ftfy leaves it, the rule reads it
        ("РЎСѓРјРё", "Суми", UTF8_AS_1251),
        ("Р С–РІРЅРµ", "Рівне", UTF8_AS_1251),  # Р's no-break space made plain
        ("Р\x98Р·СЋРј", "Изюм", UTF8_AS_1251),  # И's 98: none in cp1251
        ("Õàðê³â", "Харків", CP1251_AS_LATIN1),
        ("Ëüâ³â", "Львів", CP1251_AS_LATIN1),
        ("Ð³âíå", "Рівне", CP1251_AS_LATIN1),  # Р's D0 as Ð, as UTF-8 of Cyrillic begins
        ("Ñóìè", "Суми", CP1251_AS_LATIN1),
        ("Êàì’ÿíêà-Áóçüêà", "Кам’янка-Бузька", CP1251_AS_LATIN1),
        ("¯æàê³âêà", "Їжаківка", CP1251_AS_LATIN1),
        ("´àëàãàíè", "ґалагани", CP1251_AS_LATIN1),
        ("Íüþ-¨ðê", "Нью-Ёрк", CP1251_AS_LATIN1),
        # Latin letters with marks: UTF-8 read as Windows-1252 (or Latin-1, where the
        # misread bytes are A0-BF and either code page reads them alike: ftfy names Latin-1)
        ("KijÃ³w", "Kijów", UTF8_AS_LATIN1),
        ("CharkÃ³w", "Charków", UTF8_AS_LATIN1),
        ("CrimÃ©e", "Crimée", UTF8_AS_LATIN1),
        ("BiaÅ‚a Cerkiew", "Biała Cerkiew", UTF8_AS_1252),  # ł's 82: ‚ in Windows-1252 only
        ("Å½ytomyr", "Žytomyr", UTF8_AS_LATIN1),
        ("ZaporiÅ¾Å¾ja", "Zaporižžja", UTF8_AS_LATIN1),
    ],
)
def test_each_misreading_is_read_back(text: str, written: str, misread: str) -> None:
    assert read_mojibake(text) == (written, misread)
    assert repair_mojibake(text) == written


@pytest.mark.parametrize(
    "name",
    ["Харків", "Біла Церква", "Запоріжжя", "Кам'янка", "Їжаківка", "Ґалагани", "Суми", "Рівне"],
)
def test_every_misreading_of_a_name_round_trips(name: str) -> None:
    data = name.encode("utf-8")

    def each_byte(codec: str, lacks: bytes) -> str:  # a byte the code page lacks kept as is
        return "".join(chr(b) if b in lacks else bytes([b]).decode(codec) for b in data)

    misread = [
        data.decode("latin-1"),
        each_byte("cp1252", b"\x81\x8d\x8f\x90\x9d"),
        each_byte("cp1251", b"\x98"),
        name.encode("cp1251").decode("latin-1"),
    ]
    for text in misread:
        assert repair_mojibake(text) == name, text


@pytest.mark.parametrize(
    "text",
    [
        "Kharkiv",
        "Харків",
        "Рівне",
        "Сіверськ",
        "ДНР Сіверськ",
        "Crimée",
        "Kijów",
        "Charków",
        "Biała Cerkiew",
        "Âltukšìv",  # ISO 9
        "Grušìvka",
        "Sofijivka Perša",
        "Dniprodzeržyns´k",
        "«Харків»",
        "Харків\xa0",
        "48°30′ пн. ш.",
        "Ñuñoa",
        "Ðakovo",
        "Île-de-France",
        "Øst",
        "Ãé",  # two letters: too few to tell
        "Åland",
        "Ärztekammer",
        "SÃO PAULO",
    ],
)
def test_real_text_is_left_as_it_is(text: str) -> None:
    assert read_mojibake(text) is None
    assert repair_mojibake(text) == text


def test_a_lossy_reading_is_not_taken() -> None:
    # Н's 9D decoded by strict cp1252 with replacement: a letter lost, no repair
    assert read_mojibake("Ð\ufffdÐ¾Ð²Ð°") is None


def test_plain_and_clean_text_never_reach_ftfy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cheap test: ASCII, clean Cyrillic and Latin spellings with marks pay nothing more."""

    def refuse(text: str) -> None:
        raise AssertionError(f"ftfy asked about {text!r}")

    monkeypatch.setattr(mojibake, "_by_ftfy", refuse)
    mojibake._read_short.cache_clear()
    try:
        for text in ("Kharkiv", "Харків", "Рівне", "Сіверськ", "Âltukšìv", "Kijów", "Crimée"):
            assert read_mojibake(text) is None
    finally:
        mojibake._read_short.cache_clear()


def test_a_long_text_is_read_but_not_remembered():
    # a page of running text must not be kept (4,096 of them would hold a lot of memory)
    page = "Бої біля Ð¥Ð°Ñ€ÐºÑ–Ð². " + "Ð" * 5000
    before = mojibake._read_short.cache_info().currsize
    read_mojibake(page)
    assert mojibake._read_short.cache_info().currsize == before
    assert read_mojibake("Ð¥Ð°Ñ€ÐºÑ–Ð²").text == "Харків"
    assert mojibake._read_short.cache_info().currsize >= 1
