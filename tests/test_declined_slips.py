"""Declined place names in running text that were read wrongly or not at all: a feminine
name met as written after a preposition of the genitive, which is another's genitive (из
Панькова: Панькове too); a Russian locative in -е of a name in -а and one in -я alike (в
Вовне: Вовна or Вівня, Russian Вовня); names of three letters declined (біля Буд: Буди; в
Гае, у Гаю, у Гаї: Гай); the Russian Черная of Ukrainian Чорна (у Усть-Черной); and a city's
case that a village's shares (у Хмельницькому: the city). And forms no ending table read:
a feminine's instrumental doubling a hard consonant (під Бершаддю), the о of Міст, Потік
declined (у Кам’яному Мосту, у Золотому Потоці), hyphened names whose parts both decline
(над Хутором-Михайлівським, у Миколаєві-Полі), a masculine in -іль (біля Тернополя), a
feminine's accusative (за Борщову: Борщова, not Борщів's dative), neuters in -’є (біля
Дуб’я), plurals of no ending (з Вовчиць, з Білоголів) and a soft adjective as a name (з
Подорожньої). Every code is a row of data/katottg.tsv; the forms follow Ukrainian and
Russian grammar."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places
from gazetteer.model import Resolution
from translit.russian import russian_forms

PANKOVA = "UA46040010370078435"  # C Панькова, Lviv oblast
PANKOVE = "UA12020270340058994"  # C Панькове, Dnipropetrovsk oblast (Russian Паньково)
MASHYNA = "UA18040550060098408"  # C Машина, Zhytomyr oblast
MASHYNE = {"UA01020090040049851", "UA01120250030074316"}  # C Машине, Crimea (Машино)
VOVNA = "UA59100170070082604"  # C Вовна, Sumy oblast
VIVNIA = "UA46100230070047820"  # C Вівня, Lviv oblast (Russian Вовня)
BUDY = {  # Буди: X in Kharkiv oblast, C in Vinnytsia, Lviv, Rivne and Chernihiv oblasts
    "UA63120190020022059", "UA05040250020097541", "UA46060390040070515",
    "UA56040250030012415", "UA74080030100080061", "UA74100110030081490",
}  # fmt: skip
HAI = {  # the villages Гай (C)
    "UA12140250110096261", "UA18040350070050058", "UA32080030080021342",
    "UA56040130050066941", "UA56060450150043312", "UA59060050040099170",
    "UA71040210030089988", "UA73060010030096131", "UA74020070070027562",
    "UA74060030180017406",
}  # fmt: skip
ROTY = "UA14020050190021853"  # X Роти, Donetsk oblast
UST_CHORNA = "UA21080190010077478"  # X Усть-Чорна, Zakarpattia oblast
KHMELNYTSKYI = "UA68040470010096613"  # M Хмельницький, the oblast's centre


def _mention(gz: Gazetteer, text: str, words: str) -> Resolution | None:
    """The resolution of the mention over ``words`` in ``text``; None when none is."""
    start = text.index(words)
    end = start + len(words)
    over = [m for m in find_places(gz, text) if m.start < end and start < m.end]
    return over[0].resolution if over else None


def _tied(res: Resolution) -> set[str]:
    """The codes of the candidates tied with the best."""
    top = res.candidates[0].score
    return {c.entry.code for c in res.candidates if c.score == top}


@pytest.mark.parametrize(
    ("text", "words", "feminine", "declined"),
    [
        # Панькова would be из Паньковой; Паньково's genitive is Панькова
        ("Жителей эвакуировали из Панькова утром.", "Панькова", PANKOVA, {PANKOVE}),
        ("Бои идут у Панькова.", "Панькова", PANKOVA, {PANKOVE}),
        ("Колонна стоит возле Машина.", "Машина", MASHYNA, MASHYNE),
    ],
)
def test_a_feminine_as_written_ties_with_the_genitive_it_also_is(
    gz: Gazetteer, text: str, words: str, feminine: str, declined: set[str]
) -> None:
    res = _mention(gz, text, words)
    assert res is not None
    assert res.status == "ambiguous"
    assert feminine in _tied(res) and declined <= _tied(res)


def test_a_russian_locative_in_e_is_of_a_name_in_a_or_ya_alike(gz: Gazetteer) -> None:
    res = _mention(gz, "Вчера в Вовне прогремели взрывы.", "Вовне")
    assert res is not None and res.status == "ambiguous"
    assert {VOVNA, VIVNIA} <= _tied(res)


def test_the_ukrainian_locative_in_i_is_the_ukrainian_names(gz: Gazetteer) -> None:
    # (Вівня's locative is у Вівні)
    res = _mention(gz, "Вчора у Вовні пролунали вибухи.", "Вовні")
    assert res is not None and res.status == "matched" and res.best is not None
    assert res.best.entry.code == VOVNA


@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        ("Бої тривають біля Буд.", "Буд", BUDY),  # the genitive of Буди
        ("Жителей эвакуировали из Буд утром.", "Буд", BUDY),
        ("Вчера в Гае прогремели взрывы.", "Гае", HAI),  # Russian locative of Гай
        ("Вчора в Гаю пролунали вибухи.", "Гаю", HAI),
        ("Евакуаційний потяг вирушив з Гаю зранку.", "Гаю", HAI),
        ("Вчора у Гаї пролунали вибухи.", "Гаї", HAI),
        ("Под Гаем сбили беспилотник.", "Гаем", HAI),
    ],
)
def test_a_short_name_declined_is_read(
    gz: Gazetteer, text: str, words: str, codes: set[str]
) -> None:
    res = _mention(gz, text, words)
    assert res is not None and res.candidates
    assert _tied(res) & codes


def test_a_short_plural_in_the_genitive_names_its_one_place(gz: Gazetteer) -> None:
    res = _mention(gz, "Гуманітарний вантаж доставили до Рот.", "Рот")
    assert res is not None and res.status == "matched" and res.best is not None
    assert res.best.entry.code == ROTY


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Гроші передали до Іри вчора.", "Іри"),  # a first name's genitive
        ("Техніку передали у ЗСУ вчора.", "ЗСУ"),  # an acronym
        ("Вчора в Гаю Ігоря пролунали вибухи.", "Гаю"),  # a capitalised word after it
    ],
)
def test_a_short_word_that_is_no_declined_name_is_not_read(
    gz: Gazetteer, text: str, words: str
) -> None:
    assert _mention(gz, text, words) is None


def test_the_russian_of_chorna_is_chernaya() -> None:
    assert "Черная" in russian_forms("Чорна")
    assert "Усть-Черная" in russian_forms("Усть-Чорна")


def test_ust_chornaya_declined_is_ust_chorna(gz: Gazetteer) -> None:
    res = _mention(gz, "Бои идут у Усть-Черной.", "Усть-Черной")
    assert res is not None and res.status == "matched" and res.best is not None
    assert res.best.entry.code == UST_CHORNA


@pytest.mark.parametrize(
    "text",
    [
        "Вчора у Хмельницькому відновили електропостачання.",
        "Евакуаційний потяг вирушив з Хмельницького зранку.",
        "Вночі над Хмельницьким збили ворожий дрон.",
    ],
)
def test_a_citys_case_that_a_villages_shares_is_the_city(gz: Gazetteer, text: str) -> None:
    # (the villages Хмельницьке decline alike: у Хмельницькому, з Хмельницького)
    res = _mention(gz, text, "Хмельницьк")
    assert res is not None and res.status == "matched" and res.best is not None
    assert res.best.entry.code == KHMELNYTSKYI


BERSHAD = "UA05040010010024726"  # M Бершадь, Vinnytsia oblast
BRECH = "UA74020010070076131"  # C Бреч, Chernihiv oblast
VASYLIVSKA_PUSTOSH = "UA14120090150074238"  # X Василівська Пустош, Donetsk oblast
KAMIANYI_MIST = {"UA35060150080038160", "UA48080070010068754", "UA48080070040024460"}
ZOLOTYI_POTIK = "UA61060190010044378"  # X Золотий Потік, Ternopil oblast
KHUTIR_MYKHAILIVSKYI = "UA59100050010097062"  # M Хутір-Михайлівський, Sumy oblast
ISLIAM_TEREK = "UA01180230010088856"  # X Іслям-Терек, Crimea
MYKOLAI_POLE = {"UA23060190270056351", "UA23060330170070412"}  # C Миколай-Поле


@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        # a feminine in a consonant and ь, its instrumental doubling a hard one too
        ("Ворог зосередив сили під Бершаддю.", "Бершаддю", {BERSHAD}),
        ("Вночі над Бреччю збили ворожий дрон.", "Бреччю", {BRECH}),
        ("Вночі над Василівською Пустошшю збили дрон.", "Пустошшю", {VASYLIVSKA_PUSTOSH}),
        # the і of Міст, Потік is о when declined (Мосту, Мостом, Потоці)
        ("Вчора у Кам’яному Мосту відновили світло.", "Мосту", KAMIANYI_MIST),
        ("Гуманітарний вантаж доставили до Кам’яного Моста.", "Моста", KAMIANYI_MIST),
        ("Вчора у Золотому Потоці відновили світло.", "Потоці", {ZOLOTYI_POTIK}),
        # a hyphened name, both parts declined
        ("Вночі над Хутором-Михайлівським збили дрон.", "Хутором", {KHUTIR_MYKHAILIVSKYI}),
        ("Вночі над Іслямом-Тереком збили ворожий дрон.", "Іслямом", {ISLIAM_TEREK}),
        ("Минулої ночі у Миколаєві-Полі пролунали вибухи.", "Миколаєві", MYKOLAI_POLE),
        ("Ворог зосередив сили під Миколаєм-Полем.", "Миколаєм", MYKOLAI_POLE),
    ],
)
def test_a_declined_name_once_missed_is_read(
    gz: Gazetteer, text: str, words: str, codes: set[str]
) -> None:
    res = _mention(gz, text, words)
    assert res is not None and res.candidates
    assert _tied(res) & codes
    assert res.status == "ambiguous" or (res.best is not None and res.best.entry.code in codes)


TERNOPIL = "UA61040490010069060"  # M Тернопіль
VYSOKOPIL = "UA12080070050061518"  # C Високопіль, Dnipropetrovsk oblast


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        # a masculine in -іль, its і о when declined (Тернополя, Тернополем, у Тернополі)
        ("Бої тривають біля Тернополя.", "Тернополя", TERNOPIL),
        ("Ворог зосередив сили під Тернополем.", "Тернополем", TERNOPIL),
        ("Гуманітарний вантаж доставили до Високополя.", "Високополя", VYSOKOPIL),
    ],
)
def test_a_name_in_il_declined_is_read_by_its_own_letters(
    gz: Gazetteer, text: str, words: str, code: str
) -> None:
    res = _mention(gz, text, words)
    assert res is not None and res.best is not None
    assert res.best.entry.code == code and res.best.score == 100


BORSHCHOVA = {"UA35020170020092766", "UA63120090030077586", "UA63140090030042822"}
BORSHCHIV_CITY = "UA61060050010030430"  # M Борщів, Ternopil oblast


@pytest.mark.parametrize(
    "text", ["Ворог наступає на Борщову з трьох боків.", "Бої за Борщову тривають."]
)
def test_a_feminines_accusative_is_hers_not_a_masculines_dative(gz: Gazetteer, text: str) -> None:
    # (Борщів's accusative is на Борщів; Борщову is its dative or locative, no case за or
    # на takes of a town)
    res = _mention(gz, text, "Борщову")
    assert res is not None and res.best is not None
    assert _tied(res) <= BORSHCHOVA and res.best.entry.code != BORSHCHIV_CITY


def test_a_citys_dative_after_po_stays_the_city(gz: Gazetteer) -> None:
    res = _mention(gz, "Ракетний удар по Борщову вночі.", "Борщову")
    assert res is not None and res.best is not None
    assert res.best.entry.code == BORSHCHIV_CITY


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Бої тривають біля Дуб’я.", "Дуб’я", "UA46040050060023042"),  # Дуб’є
        ("Бої тривають біля Дуб'я.", "Дуб'я", "UA46040050060023042"),
        ("Минулої ночі в Дуб’ю пролунали вибухи.", "Дуб’ю", "UA46040050060023042"),
        ("Евакуаційний потяг вирушив з Вовчиць зранку.", "Вовчиць", "UA56020070070035540"),
        ("Евакуаційний потяг вирушив з Білоголів зранку.", "Білоголів", "UA61040130020058916"),
        ("Бої тривають біля Гір-Стрийовецьких.", "Гір", "UA61040150090014388"),
        ("Евакуаційний потяг вирушив з Подорожньої.", "Подорожньої", "UA05120150210078778"),
        ("Вчора в Подорожній відновили світло.", "Подорожній", "UA05120150210078778"),
    ],
)
def test_a_plurals_or_a_neuters_case_is_its_name(
    gz: Gazetteer, text: str, words: str, code: str
) -> None:
    res = _mention(gz, text, words)
    assert res is not None and res.status == "matched" and res.best is not None
    assert res.best.entry.code == code
