"""Tests for translit.russian: golden Russian names, API conventions, invariants."""

from __future__ import annotations

import doctest
import re
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit import russian
from translit.russian import russian_forms, ukrainian_forms_from_russian

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "russian_forms.tsv"

#: A "word" as the public contract defines it: a run of Cyrillic letters, apostrophes inside it.
WORD = re.compile(r"[\u0400-\u04ff]+(?:['’ʼ‘`´][\u0400-\u04ff]+)*")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
UKRAINIAN_ONLY = set("іїєґІЇЄҐ'’ʼ")


class Row(NamedTuple):
    """One golden pair: a Ukrainian name and its attested Russian name."""

    uk: str
    ru: str
    expect: str
    source: str


def fold(text: str) -> str:
    """Fold ё to е: russian_forms never writes ё, sources often do."""
    return text.replace("ё", "е").replace("Ё", "Е")


def load_golden() -> list[Row]:
    """Rows of tests/data/russian_forms.tsv (comments and header skipped)."""
    lines = GOLDEN.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert rows[0] == ["name_uk", "name_ru", "expect", "source"]
    return [Row(*r) for r in rows[1:]]


ROWS = load_golden()


def rank(row: Row, limit: int = 4) -> int:
    """1-based rank of the attested form among the candidates; 0 if absent."""
    candidates = russian_forms(row.uk, limit=limit)
    target = fold(row.ru)
    return candidates.index(target) + 1 if target in candidates else 0


def test_golden_table_is_well_formed() -> None:
    assert len(ROWS) >= 40
    assert len({r.uk for r in ROWS}) == len(ROWS)
    for row in ROWS:
        assert row.expect in {"first", "top4", "miss"}, row
        assert row.source.strip(), row
        assert CYRILLIC.search(row.uk) and CYRILLIC.search(row.ru), row
        assert not re.search(r"[A-Za-z]", row.uk + row.ru), row


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(r, marks=pytest.mark.xfail(reason="irregular correspondence", strict=False))
        if r.expect == "miss"
        else r
        for r in ROWS
    ],
    ids=[r.uk for r in ROWS],
)
def test_golden(row: Row) -> None:
    found = rank(row)
    if row.expect == "first":
        assert found == 1, (row, russian_forms(row.uk))
    else:
        assert found >= 1, (row, russian_forms(row.uk))


def test_golden_hit_rates() -> None:
    ranks = [rank(r) for r in ROWS]
    at1 = sum(r == 1 for r in ranks) / len(ranks)
    at4 = sum(r >= 1 for r in ranks) / len(ranks)
    assert at1 >= 0.75
    assert at4 >= 0.90


@pytest.mark.parametrize("row", ROWS[:40], ids=[r.uk for r in ROWS[:40]])
def test_smaller_limit_is_a_prefix(row: Row) -> None:
    full = russian_forms(row.uk, limit=4)
    for k in (1, 2, 3):
        assert russian_forms(row.uk, limit=k) == full[:k]


def test_examples_from_the_brief_come_first() -> None:
    assert russian_forms("Луганськ")[0] == "Луганск"
    assert russian_forms("Сєвєродонецьк")[0] == "Северодонецк"
    assert "Харьков" in russian_forms("Харків")


def test_empty_and_blank_give_no_forms() -> None:
    assert russian_forms("") == []
    assert russian_forms("   ") == []


def test_non_cyrillic_is_returned_unchanged() -> None:
    assert russian_forms("Kharkiv") == ["Kharkiv"]
    assert russian_forms("123") == ["123"]


def test_limit() -> None:
    assert russian_forms("Харків", limit=0) == []
    assert russian_forms("Харків", limit=-3) == []
    assert len(russian_forms("Харків", limit=2)) == 2
    assert russian_forms("Херсон", limit=10) == ["Херсон"]


def test_separators_and_case_are_kept() -> None:
    assert russian_forms("ХАРКІВ", limit=1) == ["ХАРЬКОВ"]
    assert russian_forms("м. Львів, 1", limit=1) == ["м. Львов, 1"]
    assert russian_forms("Кам’янка", limit=1) == ["Каменка"]  # U+2019 apostrophe


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="str"):
        russian_forms(None)  # type: ignore[arg-type]


def test_docstring_examples() -> None:
    result = doctest.testmod(russian)
    assert result.attempted > 0 and result.failed == 0


def test_the_reverse_lives_in_fromrussian_and_is_still_named_here() -> None:
    from translit import fromrussian

    assert ukrainian_forms_from_russian is fromrussian.ukrainian_forms_from_russian
    assert fromrussian.ukrainian_forms_from_russian("Харьков", limit=1) == ["Харків"]
    result = doctest.testmod(fromrussian)
    assert result.attempted > 0 and result.failed == 0
    with pytest.raises(AttributeError, match="no_such_name"):
        russian.no_such_name  # noqa: B018


def invariants(name: str, forms: list[str], limit: int) -> None:
    """What must hold for any input."""
    assert len(forms) <= max(limit, 0)
    assert len(set(forms)) == len(forms)
    if limit < 1 or not name.strip():
        assert forms == []
    elif not CYRILLIC.search(name):
        assert forms == [name]
    else:
        assert forms
        outside = WORD.sub("", name)
        for form in forms:
            # A hard sign between two letters is written as the apostrophe in Ukrainian.
            written = CYRILLIC.sub("", form)
            assert written == outside or written.replace("'", "") == outside.replace("'", "")


@settings(max_examples=300, deadline=None)
@given(st.text(), st.integers(min_value=-1, max_value=6))
def test_any_text(name: str, limit: int) -> None:
    invariants(name, russian_forms(name, limit=limit), limit)
    invariants(name, ukrainian_forms_from_russian(name, limit=limit), limit)


UKRAINIAN_NAMES = st.text(
    alphabet=st.sampled_from(list("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГІЄЇКМНОПС' -’")),
    min_size=1,
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(UKRAINIAN_NAMES)
def test_output_has_no_ukrainian_letters(name: str) -> None:
    forms = russian_forms(name)
    invariants(name, forms, 4)
    for form in forms:
        inside = "".join(m.group() for m in re.finditer(r"[\u0400-\u04ff]+", form))
        assert not UKRAINIAN_ONLY & set(inside), (name, form)


REVERSE = [
    ("Харьков", "Харків"),
    ("Луганск", "Луганськ"),
    ("Сватово", "Сватове"),
    ("Новониколаевка", "Новомиколаївка"),
    ("Александровка", "Олександрівка"),
    ("Великая Александровка", "Велика Олександрівка"),
    ("Белая Церковь", "Біла Церква"),
    ("Мирное", "Мирне"),
    ("Донецк", "Донецьк"),
    ("Беляевка", "Біляївка"),
    ("Энергодар", "Енергодар"),
]


@pytest.mark.parametrize(("ru", "uk"), REVERSE)
def test_reverse_direction(ru: str, uk: str) -> None:
    assert uk in ukrainian_forms_from_russian(ru)


def test_ordinals_are_translated() -> None:
    # Russian names translate the ordinal that ends a name (Новосёловка Первая)
    assert russian_forms("Новоселівка Перша", limit=1) == ["Новоселовка Первая"]
    assert "Гильча Вторая" in russian_forms("Гільча Друга", limit=3)
    assert russian_forms("Новоселівка Третя", limit=1) == ["Новоселовка Третья"]


def test_velyka_is_also_bolshaya() -> None:
    # Велика Лепетиха is Великая Лепетиха and, in much Russian reporting, Большая Лепетиха
    # (GeoNames lists it so); the regular form stays first
    forms = russian_forms("Велика Лепетиха")
    assert forms[0] == "Великая Лепетиха" and "Большая Лепетиха" in forms
    assert "Большой Бурлук" in russian_forms("Великий Бурлук")
    assert "Большие Копани" in russian_forms("Великі Копані")
    assert not any("Больш" in f for f in russian_forms("Великодолинське"))  # a word, no adjective


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Кіровоград", "Кировоград"),  # і from и in a name: Kropyvnytskyi's Soviet name
        ("Ленінка", "Ленинка"),  # a surname's -ін-
        ("Калініне", "Калинино"),  # -іне of a surname in -ин
        ("Кіровське", "Кировское"),
        ("Орджонікідзе", "Орджоникидзе"),  # a Georgian surname keeps its -е
        ("Нікополь", "Никополь"),
        ("Мелітополь", "Мелитополь"),
        ("Вінниця", "Винница"),
        ("Білозерка", "Белозерка"),  # і from ѣ: бѣлый
        ("Сіверськ", "Северск"),
        ("Львів", "Львов"),  # і from о in a closed syllable
        ("Рубіжне", "Рубежное"),
        ("Авдіївка", "Авдеевка"),  # Андрій, Авдій: Russian -ей
        ("Макіївка", "Макеевка"),
        ("Георгіївка", "Георгиевка"),  # Георгій: Russian -ий
        ("Світлодарськ", "Светлодарск"),  # світ- of свет: ѣ
        ("Світязь", "Свитязь"),  # the lake and village: no ѣ root світ
        ("Слобідка", "Слободка"),  # слобода: і from о, though бід (бѣда) is a ѣ root
        ("Новослобідське", "Новослободское"),
        ("Ізобільне", "Изобильное"),  # обильный: біл inside another root
        ("Ємільчине", "Емильчино"),  # міл inside a name
        ("Ясіня", "Ясиня"),  # сін inside a name
        ("Забілоччя", "Забелочье"),  # за- + біл: the ѣ root still
    ],
)
def test_i_is_read_by_where_it_comes_from(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


def test_dnipro_and_y_forms_are_among_the_guesses() -> None:
    assert "Днепр" in russian_forms("Дніпро")  # і from ѣ, -ро from -р
    assert "Рысаково" in russian_forms("Рисакове")  # Ukrainian и is also Russian ы


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Спаське", "Спасское"),  # a root's с that Ukrainian -ськ- swallowed, Russian keeps
        ("Поліське", "Полесское"),
        ("Черкаська", "Черкасская"),
        ("Руські Тишки", "Русские Тишки"),
        ("Білопілля", "Белополье"),  # -пілля of поле
        ("Добропілля", "Доброполье"),
        ("Поділля", "Подолье"),
        ("Опішня", "Опошня"),  # і of о before a last -шня, -ша
        ("Гомільша", "Гомольша"),
        ("Піщане", "Песчаное"),  # roots Russian spells otherwise
        ("Багате", "Богатое"),
        ("Багачка", "Богачка"),
        ("Білий Колодязь", "Белый Колодезь"),
        ("Металіст", "Металлист"),  # loans: Russian's double consonant, -ист
        ("Комісарівка", "Комиссаровка"),
        ("Сінгури", "Сингуры"),  # і before нг: no ѣ root сін
    ],
)
def test_roots_russian_spells_otherwise_come_first(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


def test_forms_second_to_the_regular_one() -> None:
    assert "Почтовое" in russian_forms("Поштове")  # пошта: почта
    assert "Керчь" in russian_forms("Керч")  # a feminine noun's ь
    assert "Геническая" in russian_forms("Генічеська")  # Геническ: no root's с to keep
    assert russian_forms("Пішки")[0] == "Пешки"  # піш- of пеший stays ѣ
    assert "Клещеевка" in russian_forms("Кліщіївка")  # of Bakhmut raion (кліщ: клещ)


def test_plural_names_take_russian_plural_endings() -> None:
    # the plural adjective and noun of a two-word name (Нові Санжари: Новые Санжары,
    # Великі Копані: Великие Копани), a possessive's plural in -ьи, -ины (козачий: Казачьи
    # Лагеря, the two villages of Kherson oblast; Сорокині Яри: Сорокины Яры) and its
    # singular in -ья, -ье (Козача Лопань: Казачья Лопань; Рибаче: Рыбачье)
    assert russian_forms("Нові Санжари")[0] == "Новые Санжары"
    assert russian_forms("Великі Копані")[0] == "Великие Копани"
    assert "Казачьи Лагеря" in russian_forms("Козачі Лагері")
    assert russian_forms("Сорокині Яри")[0] == "Сорокины Яры"
    assert russian_forms("Козача Лопань")[0] == "Казачья Лопань"
    assert "Рыбачье" in russian_forms("Рибаче")


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Опитне", "Опытное"),  # опыт: Russian ы where Ukrainian writes и
        ("Високопілля", "Высокополье"),  # высокий
        ("Бистриця", "Быстрица"),  # быстрый
        ("Рибальське", "Рыбальское"),  # рыба
        ("Димер", "Дымер"),  # дым
        ("Лиса Гора", "Лысая Гора"),  # лысый
        ("Кринки", "Крынки"),  # крынка
        ("Давидівка", "Давыдовка"),  # Давыд, the old Russian form of Давид
        ("Радомишль", "Радомышль"),
        ("Вишгород", "Вышгород"),
        ("Кагарлик", "Кагарлык"),  # the Turkic -лык
        ("Синицине", "Синицыно"),  # a surname's -ицын
        ("Комишуваха", "Камышеваха"),  # камыш, and -еват- after ш
        ("Комиші", "Камыши"),
    ],
)
def test_y_roots_take_russian_y(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Лисичанськ", "Лисичанск"),  # лисица (a fox's), no лысый
        ("Лисець", "Лисец"),
        ("Криниця", "Криница"),  # криница keeps и; крынка has ы
        ("Сиротине", "Сиротино"),  # сирота keeps и; сыр has ы
        ("Теплик", "Теплик"),  # a Slavic -ик, no Turkic -лык
    ],
)
def test_other_roots_keep_russian_i(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Володимир", "Владимир"),  # Christian names Russian spells otherwise
        ("Володимирець", "Владимирец"),
        ("Старокостянтинів", "Староконстантинов"),
        ("Новоолексіївка", "Новоалексеевка"),  # олекс- inside a word
        ("Якимівка", "Акимовка"),
        ("Омелянівка", "Емельяновка"),
        ("Вікторівка", "Викторовка"),
        ("Касянівка", "Касьяновка"),
        ("Севастянівка", "Севастьяновка"),
        ("Глибокий Яр", "Глубокий Яр"),  # roots: глибокий, шовк, хрест, шахтар
        ("Шовковичне", "Шелковичное"),
        ("Хрестівка", "Крестовка"),
        ("Шахтарськ", "Шахтерск"),
        ("Слов'яносербськ", "Славяносербск"),
        ("Ясинувата", "Ясиноватая"),  # -уват- of -оват-, -еват- after a vowel
        ("Глеюватка", "Глееватка"),
        ("Лисиче", "Лисичье"),  # a possessive's -иче: -ичье
        ("Придорожнє", "Придорожное"),  # Russian's hard -дорожный, -городный
        ("Підгороднє", "Подгородное"),
        ("Нижнє", "Нижнее"),  # but нижний is soft in both
        ("Залізне", "Зализное"),  # Donetsk oblast's: Russian kept Зализ-
    ],
)
def test_names_and_roots_russian_spells_otherwise(uk: str, ru: str) -> None:
    assert russian_forms(uk)[0] == ru


def test_kozak_cheskyi_and_hush_adjectives() -> None:
    # козак: казак also before -цьке (Козацьке: Казацкое)
    assert russian_forms("Козацьке")[0] == "Казацкое"
    # Генічеськ is Russian Геническ: -еськ- after ч is Russian's suffix -еск-, no root's с
    assert russian_forms("Генічеська")[0] == "Геническая"
    assert russian_forms("Черкаське")[0] == "Черкасское"  # Черкассы: the root's с
    # Сиваш: Ukrainian шськ is ськ, Russian keeps ш (Сивашское)
    assert "Сивашское" in russian_forms("Сиваське")
    # -ове is -ово (of a surname: Сватово) or -овое (an adjective, as вербовий: Вербовое)
    assert russian_forms("Вербове", limit=2) == ["Вербовое", "Вербово"]
    assert russian_forms("Сватове", limit=2) == ["Сватово", "Сватовое"]
    # кліщ is клещ (Кліщинці: Клещинцы), -ів after щ is -ев
    assert russian_forms("Кліщів")[0] == "Клещев"
    assert russian_forms("Кліщинці")[0] == "Клещинцы"
