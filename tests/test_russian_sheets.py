"""Russian-language spreadsheets and registers: oblasts' short forms, settlement words and
raions as such sources write them. Codes from data/katottg.tsv; the short forms are the
ones Russian and Ukrainian address books and registers use (Луг. обл., Ив.-Франк. обл.)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, normalize_rows

IZIUM = "UA63040090010029555"  #: Ізюм, city, Kharkiv oblast
TSYRKUNY = "UA63120290010028715"  #: Циркуни, the one village so named (Kharkiv raion)
#: Шевченкове, the selyshche (a former смт) of Kupiansk raion, Kharkiv oblast
SHEVCHENKOVE = "UA63080150010082504"
#: Білогорівка, the selyshche of Luhansk oblast (Sievierodonetsk raion); a village of that
#: name lies in Donetsk oblast's Bakhmut raion
BILOHORIVKA_LUHANSK = "UA44120050040082233"
#: Петрівка, the one village so named in Volnovakha raion (Donetsk oblast)
PETRIVKA_VOLNOVAKHA = "UA14040150190039822"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Луг. обл.", "UA-09"),
        ("Од. обл.", "UA-51"),
        ("Ив.-Франк. обл.", "UA-26"),
        ("Ів.-Франк. обл.", "UA-26"),
        ("И.-Франк.", "UA-26"),
        ("Хм. обл.", "UA-68"),
        ("Вол. обл.", "UA-07"),
        ("Жит. обл.", "UA-18"),
        ("Зап. обл.", "UA-23"),
        ("Льв. обл.", "UA-46"),
        ("Ник. обл.", "UA-48"),
        ("Мик. обл.", "UA-48"),
        ("Пол. обл.", "UA-53"),
        ("Ров. обл.", "UA-56"),
        ("Рів. обл.", "UA-56"),
        ("Тер. обл.", "UA-61"),
        ("Кир. обл.", "UA-35"),
        ("Кір. обл.", "UA-35"),
        ("Респ. Крым", "UA-43"),
    ],
)
def test_an_oblast_s_short_form_names_it(gz: Gazetteer, text: str, iso: str) -> None:
    assert gz.oblasts is not None
    reading = gz.oblasts.parse(text)
    assert reading is not None and reading.oblasts[0].iso == iso


@pytest.mark.parametrize("text", ["луг", "под", "Од", "пол"])
def test_a_short_word_without_its_dot_names_no_oblast(gz: Gazetteer, text: str) -> None:
    assert gz.oblasts is not None
    assert gz.oblasts.parse(text) is None


def test_a_short_form_after_a_comma_is_the_hint(gz: Gazetteer) -> None:
    # Луг. обл. had been read as no oblast: the Donetsk village came first, unsure
    found = gz.resolve("Белогоровка, Луг. обл.")
    assert found.status == "matched"
    assert found.best is not None and found.best.entry.code == BILOHORIVKA_LUHANSK
    # eleven villages Петрівка lie in Odesa oblast, none in Crimea, which had come first
    found = gz.resolve("Петровка, Од. обл.")
    assert found.status == "ambiguous" and found.candidates[0].entry.oblast == "UA-51"


def test_a_short_form_in_the_oblast_column(gz: Gazetteer) -> None:
    rows = [{"place": "Белогоровка", "region": "Луг. обл."}]
    [row] = normalize_rows(rows, column="place", oblast_column="region", gazetteer=gz)
    assert row["place_code"] == BILOHORIVKA_LUHANSK and row["place_status"] == "matched"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("дер. Циркуны", TSYRKUNY),  # деревня
        ("гор. Изюм", IZIUM),  # город
        ("п. Шевченково, Купянский р-н", SHEVCHENKOVE),  # посёлок
        ("рп Шевченково, Купянский р-н", SHEVCHENKOVE),  # рабочий посёлок
        ("р.п. Шевченково, Купянский р-н", SHEVCHENKOVE),
        ("посёлок гор. типа Шевченково, Харьк. обл.", SHEVCHENKOVE),
        ("поселок городского типа Шевченково, Купянский р-н", SHEVCHENKOVE),
    ],
)
def test_a_russian_settlement_word_is_no_part_of_the_name(
    gz: Gazetteer, text: str, code: str
) -> None:
    found = gz.resolve(text)
    assert found.status == "matched"
    assert found.best is not None and found.best.entry.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Изюм Харьк. обл.", IZIUM),
        ("г. Изюм Харьк. обл.", IZIUM),
        ("Циркуны Харьк. обл.", TSYRKUNY),
    ],
)
def test_an_abbreviated_oblast_after_a_name_without_a_comma(
    gz: Gazetteer, text: str, code: str
) -> None:
    # as with the whole adjective (Изюм Харьковская обл.): the oblast, not part of the name
    found = gz.resolve(text)
    assert found.status == "matched"
    assert found.best is not None and found.best.entry.code == code


@pytest.mark.parametrize(
    "text",
    [
        "Петровка, Волновахского р-на",
        "Петровка, Волновахского района",
        "Петрівка, Волноваського району",
    ],
)
def test_a_raion_in_the_genitive_after_a_comma(gz: Gazetteer, text: str) -> None:
    # Crimea's two Петрівка had led, unsure: the raion went unread
    found = gz.resolve(text)
    assert found.status == "matched"
    assert found.best is not None and found.best.entry.code == PETRIVKA_VOLNOVAKHA


@pytest.mark.parametrize("text", ["П.-Хмельницкий", "П.-Хмельницький"])
def test_a_cut_word_before_a_hyphen_is_no_settlement_word(gz: Gazetteer, text: str) -> None:
    # П.-Хмельницкий is Переяслав-Хмельницький (Pereiaslav's name until 2019) cut short, not
    # посёлок Хмельницкий: the selyshche Хмельницький of Luhansk oblast had been the sure answer;
    # the cut word read, it is the city Переяслав (KATOTTG UA32040110010043320)
    found = gz.resolve(text)
    assert found.best is not None and found.best.entry.code == "UA32040110010043320"
